"""Topic lookup and mail drafts, as components of their own."""

from __future__ import annotations

import pytest

from advocacy_cli.errors import UsageError
from advocacy_cli.routing import find_topic, mailto_uri
from advocacy_cli.session import bundled_data_path, load_faq


@pytest.fixture(scope="module")
def faq():
    return load_faq(bundled_data_path())


@pytest.mark.parametrize(
    ("name", "topic"),
    [
        ("disinformation", "disinformation"),
        ("DISINFO", "disinformation"),
        ("disinformaton", "disinformation"),
        ("Human Rights", "human-rights"),
        ("human_rights", "human-rights"),
        ("lawyer", "legal"),
        ("contract", "contracts"),
        ("public policy", "advocacy"),
        ("user groups", "affiliates"),
    ],
)
def test_topics_resolve_forgivingly(faq, name, topic):
    assert find_topic(faq, name).topic.key == topic


def test_unknown_topic_names_the_closest(faq):
    with pytest.raises(UsageError) as caught:
        find_topic(faq, "pizza")
    assert "closest topics" in str(caught.value)


def test_mailto_cannot_inject_headers(faq):
    uri = mailto_uri(faq.contacts["legal"], question="help\r\nBcc: evil@example.org")
    assert uri.startswith("mailto:legal@wikimedia.org?subject=")
    assert "\r" not in uri and "\n" not in uri and "Bcc:" not in uri

"""Danger read from a question, and topic lookup, as components of their own."""

from __future__ import annotations

import pytest

from advocacy_cli.errors import UsageError
from advocacy_cli.session import bundled_data_path, load_faq
from advocacy_cli.danger import assess
from advocacy_cli.routing import find_topic, mailto_uri


@pytest.mark.parametrize(
    "question",
    [
        "they said they will kill me if I keep editing that article",
        "I got death threats after my edits about the election",
        "my colleague was detained by the police yesterday and nobody knows where he is",
        "police are at my door because of my wikipedia edits",
        "our volunteer has gone missing after writing about the army",
        "I want to end my life",
        "someone posted my home address and said they are coming",
        "I was beaten up by men who said it was because of my articles",
        "I fear for my safety after the article on the cartel",
        "armed men came to our office asking for the editors",
        "they know where I live and said I will regret my edits",
        "secret police are questioning my brother about his edits right now",
        "i feel like ending it all",
        "police arrested our chapter president this morning",
        "my colleague is in prison for editing wikipedia",
        "there's a warrant out for my arrest because of my edits",
        "our coordinator hasn't been seen since the demonstration",
        "someone said they will bring a gun to our meetup",
        "a fellow editor was taken from his flat by security officers",
        "is my friend going to be arrested for this?",
        "can they kill me for this article",
        "somone threatend to kil me because of my edits",
        "my colleague was arested yesterday",
        "i have thoughts of sucide",
        "our volunteer dissapeared after the protest",
        "I am afriad they will come for me",
        "my friend hasn't come home for two days and his phone is off",
    ],
)
def test_fires_for_people_in_danger(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "urgent: the deadline for comments is tomorrow",
        "I'm dying to know how you choose issues",
        "this dangerous bill would harm free knowledge",
        "what is the emergency address for?",
        "a company threatened to sue our chapter",
        "is it risky for our chapter to sign the letter",
        "this law is an attack on free knowledge",
        "that is a killer argument for open access",
        "my boss will kill me if I miss the newsletter",
        "how do you choose which laws to fight",
        "our chapter is in danger of missing the consultation deadline",
        "can you review our submission on the arrest warrant law",
        "this bill would kill wikipedia in our country",
        "a troll keeps attacking my edits on the talk page",
        "not an emergency: which team protects people whose safety is at risk?",
        "are editors in authoritarian countries at higher risk of being jailed?",
        "can wikipedia editors be arrested for their edits?",
        "the draft letter is attached",
        "the policies are detailed on meta",
        "i'm worried they might delete my article",
        "just so I have it on file (nothing is wrong): which address is for people at risk of serious harm?",
        "general question: can editors be arrested for what they write?",
        "wikimedians in authoritarian states risk being jailed for writing, how do you respond?",
        "I didn't come home on time and my phone is off",
    ],
)
def test_stays_quiet_for_figures_of_speech(question):
    assert assess(question).level != "emergency"


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

"""The export formats as pure functions: Faq in, text out, checked by parsing the text back."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from types import MappingProxyType
from urllib.parse import quote

import pytest
from markdown_it import MarkdownIt

from advocacy_cli import formats
from advocacy_cli.errors import UsageError
from advocacy_cli.formats import Format
from advocacy_cli.model import Category, Contact, Entry, Faq, Meta, Topic
from advocacy_cli.session import load_faq
from advocacy_cli.shapes import contact_json

HOSTILE_QUESTION = "<script>alert(1)</script> | pipe [x](javascript:alert(1)) & more?"
HOSTILE_ANSWER = "# not a heading\n\n> not a quote\n- not a list\n1. not ordered\n<img src=x onerror=alert(1)> `code` *em* | cell"


def make_faq(**meta_overrides: str) -> Faq:
    """A small FAQ with awkward text in every field an export writes."""
    meta = Meta(
        title="Test FAQ <b>bold</b>",
        source="https://example.org/wiki/FAQ",
        licence="CC BY-SA 4.0",
        licence_url="https://creativecommons.org/licenses/by-sa/4.0/",
        reviewed="2025-01-31",
        note="A note.",
        fallback_contact="team",
        emergency_contact="urgent",
    )
    if meta_overrides:
        meta = meta._replace(**meta_overrides)
    contacts = {
        "team": Contact("team", "The Team", "team@example.org", "General questions."),
        "urgent": Contact("urgent", "Urgent | line", "urgent+now@example.org", "When someone is <em>in danger</em>."),
        "quiet": Contact("quiet", "Quiet", "quiet@example.org"),
    }
    topics = {
        "help": Topic("help", ("team",), ("assistance", "support"), "Getting help"),
        "danger": Topic("danger", ("urgent", "team")),
    }
    categories = {"general": Category("general", "General"), "safety": Category("safety", "Safety & <danger>")}
    entries = (
        Entry("first", "general", "What is this, \"really\"?", "It is a test,\nwith a newline; commas, and \"quotes\".", ("team",), ("what is it",), ("test",)),
        Entry("hostile", "safety", HOSTILE_QUESTION, HOSTILE_ANSWER, ("urgent", "team")),
        Entry("formula", "general", "=HYPERLINK(\"http://evil.example\",\"click\")", "+1 plus", ("quiet",)),
        Entry("unicode", "general", "Ünïcödé — «quotes» 日本語?", "Line\u2028separator and café.", ("team",)),
    )
    return Faq(meta, MappingProxyType(categories), MappingProxyType(contacts), MappingProxyType(topics), entries)


@pytest.fixture
def faq() -> Faq:
    return make_faq()


# --- the format table -----------------------------------------------------------------------------
def test_every_format_has_a_renderer():
    assert set(formats.RENDERERS) == set(Format)


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_renders_text_ending_in_a_newline(fmt, faq):
    text = formats.render(fmt, faq)
    assert isinstance(text, str)
    assert text.endswith("\n")
    assert text.strip()


@pytest.mark.parametrize("fmt", list(Format))
def test_rendering_is_pure(fmt, faq):
    assert formats.render(fmt, faq) == formats.render(fmt, make_faq())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("json", Format.JSON),
        ("JSON", Format.JSON),
        ("jsonl", Format.JSONL),
        ("csv", Format.CSV),
        ("Csv", Format.CSV),
        ("toml", Format.TOML),
        ("markdown", Format.MARKDOWN),
        ("Markdown", Format.MARKDOWN),
        ("md", Format.MARKDOWN),
        ("MD", Format.MARKDOWN),
        ("html", Format.HTML),
        ("HTML", Format.HTML),
        ("htm", Format.HTML),
        (" html ", Format.HTML),
    ],
)
def test_parse_format_accepts_names_and_aliases(name, expected):
    assert formats.parse_format(name) is expected


@pytest.mark.parametrize("name", ["yml", "yaml", "xml", "", "markdow", "json lines"])
def test_parse_format_rejects_unknown_names(name):
    with pytest.raises(UsageError) as info:
        formats.parse_format(name)
    assert str(info.value) == f"unknown format '{name}'; choose from json, jsonl, csv, toml, markdown, html"


# --- json, jsonl ----------------------------------------------------------------------------------
def test_json_is_the_whole_dataset(faq):
    text = formats.render(Format.JSON, faq)
    data = json.loads(text)
    assert list(data) == ["meta", "categories", "contacts", "topics", "entries"]
    assert data["meta"]["title"] == faq.meta.title
    assert data["meta"]["source"] == faq.meta.source
    assert data["categories"] == {"general": {"title": "General"}, "safety": {"title": "Safety & <danger>"}}
    assert data["contacts"]["urgent"] == contact_json(faq.contacts["urgent"])
    assert set(data["topics"]) == {"help", "danger"}
    assert data["topics"]["danger"]["contacts"] == ["urgent", "team"]
    assert [e["id"] for e in data["entries"]] == ["first", "hostile", "formula", "unicode"]
    assert data["entries"][0] == {
        "id": "first",
        "category": "general",
        "question": faq.entries[0].question,
        "answer": faq.entries[0].answer,
        "contacts": ["team"],
        "variants": ["what is it"],
        "keywords": ["test"],
    }
    assert data["entries"][1]["answer"] == HOSTILE_ANSWER


def test_json_is_indented_utf8_with_a_trailing_newline(faq):
    text = formats.render(Format.JSON, faq)
    assert text.endswith("}\n")
    assert '\n  "meta": {' in text
    assert "日本語" in text and "\\u65e5" not in text


def test_jsonl_has_one_valid_object_per_entry(faq):
    text = formats.render(Format.JSONL, faq)
    # str.splitlines also splits on U+2028: the raw character must not appear.
    lines = text.splitlines()
    assert len(lines) == len(faq.entries)
    objects = [json.loads(line) for line in lines]
    assert [o["id"] for o in objects] == [e.id for e in faq.entries]
    assert objects[1]["contacts"] == [contact_json(faq.contacts["urgent"]), contact_json(faq.contacts["team"])]
    assert objects[3]["answer"] == "Line\u2028separator and café."
    assert set(objects[0]) == {"id", "category", "question", "answer", "contacts", "variants", "keywords"}


def test_jsonl_of_no_entries_is_empty(faq):
    assert formats.render(Format.JSONL, faq.with_entries(())) == ""


# --- csv ------------------------------------------------------------------------------------------
def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_header_and_rows(faq):
    rows = read_csv(formats.render(Format.CSV, faq))
    assert rows[0] == ["id", "category", "question", "answer", "contacts"]
    assert len(rows) == 1 + len(faq.entries)
    assert rows[1] == ["first", "general", faq.entries[0].question, faq.entries[0].answer, "team@example.org"]


def test_csv_joins_contact_addresses_with_semicolons(faq):
    rows = read_csv(formats.render(Format.CSV, faq))
    assert rows[2][4] == "urgent+now@example.org;team@example.org"


def test_csv_uses_crlf_and_keeps_quotes_newlines_and_commas(faq):
    text = formats.render(Format.CSV, faq)
    assert text.startswith("id,category,question,answer,contacts\r\n")
    assert text.endswith("\r\n")
    answer = read_csv(text)[1][3]
    assert answer == "It is a test,\nwith a newline; commas, and \"quotes\"."


@pytest.mark.parametrize(
    "hostile",
    ['=HYPERLINK("http://evil.example","click")', "+1", "-2", "@x", "\tleading tab", "\rcarriage", "=1+1"],
)
def test_csv_neutralises_cells_a_spreadsheet_would_run(hostile, faq):
    entry = Entry("risky", "general", hostile, hostile, ("team",))
    rows = read_csv(formats.render(Format.CSV, faq.with_entries((entry,))))
    assert rows[1][2] == "'" + hostile
    assert rows[1][3] == "'" + hostile


def test_csv_leaves_ordinary_cells_alone(faq):
    rows = read_csv(formats.render(Format.CSV, faq))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert rows[4][2] == faq.entries[3].question


# --- toml -----------------------------------------------------------------------------------------
def assert_same_data(loaded: Faq, original: Faq) -> None:
    assert loaded.meta == original.meta
    assert dict(loaded.categories) == dict(original.categories)
    assert dict(loaded.contacts) == dict(original.contacts)
    assert dict(loaded.topics) == dict(original.topics)
    assert loaded.entries == original.entries


def test_toml_loads_back_into_the_same_faq(faq, tmp_path):
    path = tmp_path / "exported.toml"
    path.write_text(formats.render(Format.TOML, faq), encoding="utf-8")
    assert_same_data(load_faq(path), faq)


def test_toml_keeps_text_exactly(faq, tmp_path):
    odd = Entry(
        "odd",
        "general",
        "  leading and trailing spaces  ",
        'back\\slash "quotes" \'single\' \r\n crlf \t tab \x1b[31m escape """ triple',
        ("team",),
        (" spaced variant ",),
    )
    original = faq.with_entries(faq.entries + (odd,))
    path = tmp_path / "exported.toml"
    path.write_text(formats.render(Format.TOML, original), encoding="utf-8")
    assert load_faq(path).entry("odd") == odd


def test_toml_omits_empty_optional_fields(faq):
    text = formats.render(Format.TOML, faq)
    quiet = text.split("[contacts.quiet]", 1)[1].split("\n\n", 1)[0]
    assert "reason" not in quiet
    danger = text.split("[topics.danger]", 1)[1].split("\n\n", 1)[0]
    assert "aliases" not in danger and "description" not in danger
    hostile = text.split('id = "hostile"', 1)[1].split("[[entries]]", 1)[0]
    assert "variants" not in hostile and "keywords" not in hostile


def test_toml_of_a_file_without_default_contacts_still_loads(tmp_path):
    # The emergency contact defaults to a key this file lacks; writing it out would make it invalid.
    # (The fallback must name a contact: the loader refuses a file whose default fallback is missing.)
    faq = make_faq(emergency_contact="emergency", reviewed="", note="")
    path = tmp_path / "exported.toml"
    path.write_text(formats.render(Format.TOML, faq), encoding="utf-8")
    assert_same_data(load_faq(path), faq)


# --- markdown -------------------------------------------------------------------------------------
def markdown_to_html(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(text)


def test_markdown_has_a_heading_and_anchor_for_every_entry(faq):
    text = formats.render(Format.MARKDOWN, faq)
    assert text.startswith("# Test FAQ")
    for entry in faq.entries:
        assert f'<a id="{entry.id}"></a>' in text
        assert f"](#{entry.id})" in text
    assert "\n### What is this, \"really\"?\n" in text
    assert "## General\n" in text


def test_markdown_links_contacts_with_mailto(faq):
    text = formats.render(Format.MARKDOWN, faq)
    assert "[The Team](mailto:team@example.org)" in text
    assert "(mailto:urgent%2Bnow@example.org)" in text
    assert "| Contact | Address | Write here when |" in text
    assert "Source: [https://example.org/wiki/FAQ](https://example.org/wiki/FAQ)" in text


def test_markdown_escapes_hostile_data(faq):
    html = markdown_to_html(formats.render(Format.MARKDOWN, faq))
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<h1>not a heading" not in html and "# not a heading" in html
    assert "<blockquote>" not in html and "<li>not a list" not in html and "<ol>" not in html
    assert "<em>em</em>" not in html and "<code>" not in html


def test_markdown_table_survives_pipes_in_cells(faq):
    html = markdown_to_html(formats.render(Format.MARKDOWN, faq))
    table = html.split("<table>", 1)[1].split("</table>", 1)[0]
    rows = table.split("<tr>")[1:]
    assert len(rows) == 1 + len(faq.contacts)
    for row in rows:
        assert row.count("<td") + row.count("<th") == 3
    assert "Urgent | line" in table


def test_markdown_does_not_link_a_non_web_source():
    faq = make_faq(source="javascript:alert(1)")
    html = markdown_to_html(formats.render(Format.MARKDOWN, faq))
    assert 'href="javascript' not in html


# --- html -----------------------------------------------------------------------------------------
class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def attrs_of(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def parse_html(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser


def test_html_is_a_complete_accessible_page(faq):
    text = formats.render(Format.HTML, faq)
    assert text.startswith("<!doctype html>\n")
    page = parse_html(text)
    assert page.attrs_of("html") == [{"lang": "en"}]
    assert {"charset": "utf-8"} in page.attrs_of("meta")
    assert any(a.get("name") == "viewport" for a in page.attrs_of("meta"))
    assert "<title>Test FAQ &lt;b&gt;bold&lt;/b&gt;</title>" in text
    assert len(page.attrs_of("style")) == 1 and len(page.attrs_of("nav")) == 1
    assert [a["scope"] for a in page.attrs_of("th") if a.get("scope") == "col"] == ["col"] * 3


def test_html_has_a_section_and_a_contents_link_for_every_entry(faq):
    page = parse_html(formats.render(Format.HTML, faq))
    section_ids = [a.get("id") for a in page.attrs_of("section") if a.get("id")]
    # Grouped by category, in the order the categories are declared.
    assert section_ids == ["first", "formula", "unicode", "hostile"]
    hrefs = [a.get("href") for a in page.attrs_of("a")]
    for entry in faq.entries:
        assert f"#{entry.id}" in hrefs


def test_html_links_contacts_with_quoted_mailto(faq):
    page = parse_html(formats.render(Format.HTML, faq))
    hrefs = {a.get("href") for a in page.attrs_of("a")}
    for contact in faq.contacts.values():
        assert f"mailto:{quote(contact.email, safe='@')}" in hrefs
    assert "mailto:urgent%2Bnow@example.org" in hrefs


def test_html_escapes_hostile_data_and_loads_nothing_external(faq):
    text = formats.render(Format.HTML, faq)
    page = parse_html(text)
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "img", "link", "iframe", "object", "embed"}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    for _, attrs in page.tags:
        assert "src" not in attrs and not any(name.startswith("on") for name in attrs)
    allowed = {faq.meta.source, faq.meta.licence_url}
    for attrs in page.attrs_of("a"):
        href = attrs["href"] or ""
        assert href.startswith(("mailto:", "#")) or href in allowed, href


def test_html_footer_links_source_and_licence(faq):
    text = formats.render(Format.HTML, faq)
    footer = text.split("<footer>", 1)[1]
    assert '<a href="https://example.org/wiki/FAQ">' in footer
    assert '<a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">CC BY-SA 4.0</a>' in footer


def test_html_does_not_link_a_non_web_source():
    faq = make_faq(source="javascript:alert(1)", licence_url="data:text/html,<script>")
    page = parse_html(formats.render(Format.HTML, faq))
    for attrs in page.attrs_of("a"):
        assert not (attrs["href"] or "").startswith(("javascript", "data"))


def test_html_escapes_a_hostile_entry_id():
    faq = make_faq()
    evil = Entry('x"><script>alert(1)</script>', "general", "Q?", "A.", ("team",))
    text = formats.render(Format.HTML, faq.with_entries((evil,)))
    assert "<script>" not in text
    assert 'id="x&quot;&gt;&lt;script&gt;' in text

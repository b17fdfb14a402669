"""`advocacy export` through the real command: formats, filters, and writing files safely."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from conftest import BUNDLED_CONTACTS, BUNDLED_ENTRIES, write_faq
from typer.testing import CliRunner

from advocacy_cli.cli import app
from advocacy_cli.session import bundled_data_path, load_faq

FORMATS = ["json", "jsonl", "csv", "toml", "markdown", "html"]
QUESTIONS = [
    "who do I email about a fake news campaign?",
    "a government official is pressuring me over my edits",
    "can our chapter sign an open letter?",
    "I need a lawyer",
    "what is the difference between advocacy and public policy advocacy",
    "someone threatened to kill me because of my edits",
    "how do I bake sourdough bread",
    "who do I contact about our chapter contract",
]


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args))

    return invoke


def one_line_error(result) -> str:
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("Error: ")
    return result.stderr


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith("."))


# --- formats ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS + ["md", "htm", "JSON"])
def test_every_format_exports_to_stdout(run, fmt):
    result = run("export", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert result.stderr == ""


def test_default_format_is_json_of_every_entry(run):
    result = run("export")
    data = json.loads(result.stdout)
    assert len(data["entries"]) == BUNDLED_ENTRIES
    assert data["contacts"]["legal"]["email"] == "legal@wikimedia.org"
    assert data["meta"]["source"] == "https://meta.wikimedia.org/wiki/Global_Advocacy/FAQ"


@pytest.mark.parametrize("fmt", ["yml", "xml", "pdf"])
def test_unknown_format_is_a_usage_error(run, fmt):
    result = run("export", "--format", fmt)
    assert result.exit_code == 2
    assert one_line_error(result) == f"Error: unknown format '{fmt}'; choose from json, jsonl, csv, toml, markdown, html\n"
    assert result.stdout == ""


def test_stdout_gets_exact_utf8_bytes(run, tmp_path):
    data = tmp_path / "accents.toml"
    write_faq(data, HOSTILE_DATA.replace('licence = "CC0"', 'licence = "CC0 — café 日本語"'))
    result = run("export", "--data", str(data), "--format", "csv")
    assert result.stdout_bytes.startswith(b"id,category,question,answer,contacts\r\n")
    result = run("export", "--data", str(data), "--format", "json")
    assert "CC0 — café 日本語".encode() in result.stdout_bytes


def test_jsonl_has_one_object_per_entry(run):
    lines = run("export", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == BUNDLED_ENTRIES
    first = json.loads(lines[0])
    assert first["id"] == "advocacy-vs-public-policy"
    assert first["contacts"][0]["email"] == "globaladvocacy@wikimedia.org"


def test_csv_lists_each_entry_with_its_addresses(run):
    rows = list(csv.reader(io.StringIO(run("export", "--format", "csv").stdout, newline="")))
    assert rows[0] == ["id", "category", "question", "answer", "contacts"]
    by_id = {row[0]: row for row in rows[1:]}
    assert len(by_id) == BUNDLED_ENTRIES
    assert by_id["legal-help"][4] == "legal@wikimedia.org;talktohumanrights@wikimedia.org;emergency@wikimedia.org"


def test_markdown_and_html_anchor_every_entry(run):
    markdown = run("export", "--format", "markdown").stdout
    html = run("export", "--format", "html").stdout
    for entry in load_faq(bundled_data_path()).entries:
        assert f'<a id="{entry.id}"></a>' in markdown
        assert f'<section class="entry" id="{entry.id}">' in html
        assert f'<a href="#{entry.id}">' in html
    assert "(mailto:globaladvocacy@wikimedia.org)" in markdown
    assert '<a href="mailto:emergency@wikimedia.org">' in html
    assert "<script" not in html and "<link" not in html and " src=" not in html


HOSTILE_DATA = '''\
[meta]
title = "Hostile <script>alert(1)</script>"
source = "javascript:alert(1)"
licence = "CC0"
fallback_contact = "team"

[contacts.team]
name = "Team | <b>pipe</b>"
email = "team@example.org"
reason = "[x](javascript:alert(1))"

[topics.help]
contacts = ["team"]

[[entries]]
id = "evil"
category = "general"
question = "<script>alert('q')</script> | [x](javascript:alert(1))?"
answer = "=HYPERLINK(\\"http://evil.example\\") <img src=x onerror=alert(1)>"
contacts = ["team"]
'''


def test_hostile_data_is_escaped_in_every_format(run, tmp_path):
    data = tmp_path / "hostile.toml"
    write_faq(data, HOSTILE_DATA)
    markdown = run("export", "--data", str(data), "--format", "md").stdout
    html = run("export", "--data", str(data), "--format", "html").stdout
    rows = list(csv.reader(io.StringIO(run("export", "--data", str(data), "--format", "csv").stdout, newline="")))
    for text in (markdown, html):
        # Markdown may keep a backslash-escaped '\<', which renders as text.
        assert not re.search(r"(?<!\\)<(script|img)", text)
        assert 'href="javascript' not in text
    # In Markdown an unescaped '](' would make a javascript: link; in HTML it is plain text.
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)
    assert "\\| \\[x\\](javascript" in markdown
    assert "&lt;script&gt;alert(&#x27;q&#x27;)&lt;/script&gt;" in html
    assert rows[1][3].startswith("'=HYPERLINK(")
    assert json.loads(run("export", "--data", str(data)).stdout)["entries"][0]["answer"].startswith("=HYPERLINK(")


# --- toml round trip -------------------------------------------------------------------------------
@pytest.fixture
def exported_toml(run, tmp_path) -> Path:
    path = tmp_path / "exported.toml"
    result = run("export", "--format", "toml", "--output", str(path))
    assert result.exit_code == 0, result.stderr
    return path


def test_exported_toml_validates(run, exported_toml):
    result = run("validate", str(exported_toml))
    assert result.exit_code == 0, result.stderr
    assert f"OK ({BUNDLED_ENTRIES} entries, {BUNDLED_CONTACTS} contacts" in result.stdout


def test_exported_toml_loads_into_the_same_faq(exported_toml):
    original = load_faq(bundled_data_path())
    loaded = load_faq(exported_toml)
    assert loaded.meta == original.meta
    assert dict(loaded.categories) == dict(original.categories)
    assert dict(loaded.contacts) == dict(original.contacts)
    assert dict(loaded.topics) == dict(original.topics)
    assert loaded.entries == original.entries


@pytest.mark.parametrize("question", QUESTIONS)
def test_exported_toml_answers_like_the_bundled_data(run, exported_toml, question):
    bundled = run("ask", "--json", question)
    exported = run("ask", "--data", str(exported_toml), "--json", question)
    assert exported.exit_code == bundled.exit_code
    assert json.loads(exported.stdout) == json.loads(bundled.stdout)


def test_exported_toml_of_one_category_loads_and_answers(run, tmp_path):
    path = tmp_path / "legal.toml"
    assert run("export", "-f", "toml", "-c", "legal", "-o", str(path)).exit_code == 0
    assert run("validate", str(path)).exit_code == 0
    listed = json.loads(run("list", "--data", str(path), "--json").stdout)
    assert {e["id"] for e in listed} == {"chapter-advocacy-independence", "contract-contact", "legal-help"}
    assert len(json.loads(run("contacts", "--data", str(path), "--json").stdout)) == 7


# --- filters ---------------------------------------------------------------------------------------
def test_category_filter_keeps_contacts_and_topics_whole(run):
    data = json.loads(run("export", "--category", "disinformation").stdout)
    assert [e["id"] for e in data["entries"]] == ["avoiding-false-information", "editorial-independence", "report-misinformation"]
    assert len(data["contacts"]) == 7
    assert len(data["categories"]) == 5
    assert "legal" in data["topics"]


def test_id_filter_is_repeatable_and_keeps_file_order(run):
    result = run("export", "--format", "jsonl", "--id", "legal-help", "--id", "team-work")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["team-work", "legal-help"]


def test_unknown_category_is_a_usage_error(run):
    result = run("export", "--category", "lega")
    assert result.exit_code == 2
    assert "unknown category 'lega'" in one_line_error(result)


def test_unknown_id_is_a_usage_error(run):
    result = run("export", "--id", "no-such-entry")
    assert result.exit_code == 2
    assert "unknown entry id 'no-such-entry'" in one_line_error(result)


def test_ids_outside_the_category_are_a_usage_error(run):
    result = run("export", "--category", "legal", "--id", "team-work")
    assert result.exit_code == 2
    one_line_error(result)
    assert result.stdout == ""


# --- writing files ---------------------------------------------------------------------------------
def test_output_writes_the_file_and_nothing_to_stdout(run, tmp_path):
    target = tmp_path / "faq.csv"
    result = run("export", "--format", "csv", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_bytes() == run("export", "--format", "csv").stdout_bytes
    assert target.read_bytes().startswith(b"id,category,question,answer,contacts\r\n")
    assert leftovers(tmp_path) == []


def test_output_refuses_to_overwrite_without_force(run, tmp_path):
    target = tmp_path / "faq.json"
    target.write_text("precious", encoding="utf-8")
    result = run("export", "--output", str(target))
    assert result.exit_code == 2
    assert "already exists; use --force" in one_line_error(result)
    assert target.read_text(encoding="utf-8") == "precious"
    assert leftovers(tmp_path) == []


def test_force_overwrites(run, tmp_path):
    target = tmp_path / "faq.json"
    target.write_text("old", encoding="utf-8")
    result = run("export", "--output", str(target), "--force")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(target.read_text(encoding="utf-8"))["entries"]) == BUNDLED_ENTRIES
    assert leftovers(tmp_path) == []


def test_relative_output_lands_in_the_current_folder(run, tmp_path):
    assert run("export", "-f", "md", "-o", "faq.md").exit_code == 0
    assert (tmp_path / "faq.md").read_text(encoding="utf-8").startswith("# ")


def test_missing_folder_is_a_usage_error(run, tmp_path):
    result = run("export", "--output", str(tmp_path / "nowhere" / "faq.json"))
    assert result.exit_code == 2
    assert "no such folder" in one_line_error(result)
    assert not (tmp_path / "nowhere").exists()


def test_output_to_a_folder_is_a_usage_error(run, tmp_path):
    result = run("export", "--output", str(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in one_line_error(result)


def test_parent_that_is_a_file_is_a_usage_error(run, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = run("export", "--output", str(blocker / "faq.json"))
    assert result.exit_code == 2
    one_line_error(result)
    assert blocker.read_text(encoding="utf-8") == "x"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_a_usage_error(run, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run("export", "--output", str(folder / "faq.json"))
        assert result.exit_code == 2
        assert "cannot write" in one_line_error(result)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_failed_write_leaves_no_temporary_file_and_the_old_file_intact(run, tmp_path, monkeypatch):
    target = tmp_path / "faq.html"
    target.write_text("old", encoding="utf-8")

    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    result = run("export", "--format", "html", "--output", str(target), "--force")
    assert result.exit_code == 2
    assert "no space left on device" in one_line_error(result)
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_unwritable_folder_is_a_usage_error_even_as_root(run, tmp_path, monkeypatch):
    # What a read-only folder does for an ordinary user, simulated so it also runs as root.
    import tempfile

    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    result = run("export", "--output", str(tmp_path / "faq.json"))
    assert result.exit_code == 2
    assert one_line_error(result) == f"Error: cannot write to '{tmp_path / 'faq.json'}': permission denied\n"
    assert list(tmp_path.iterdir()) == []

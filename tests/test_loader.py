"""The loader under hostile data files: bounded time on any text, exact validation, located messages."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w
from conftest import faq_data, write_faq

from advocacy_cli.errors import DataError
from advocacy_cli.session import load_faq

BUDGET = 5.0  # seconds of processor time for a whole process, Python start-up included; a super-linear pattern takes minutes


def write(path: Path, data: dict | None = None, extra: str = "") -> Path:
    return write_faq(path, data or faq_data(), extra)


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def validate_within_budget(path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``advocacy validate PATH`` as a process that must use at most BUDGET seconds of processor time.

    Processor time, not time on the clock: tests run side by side on a busy machine, where the clock
    also counts the time the process waits for a processor; a slow algorithm costs processor time."""
    env = {k: v for k, v in os.environ.items() if k != "ADVOCACY_CLI_DATA"} | {"XDG_CACHE_HOME": str(tmp_path / "cache"), "LANG": "C.UTF-8"}
    before = _children_cpu_seconds()
    try:
        done = subprocess.run([sys.executable, "-m", "advocacy_cli", "validate", str(path)], capture_output=True, text=True, env=env, timeout=BUDGET * 5)
    except subprocess.TimeoutExpired:
        pytest.fail(f"validate took more than {BUDGET * 5} s")
    elapsed = _children_cpu_seconds() - before
    assert elapsed < BUDGET, f"validate took {elapsed:.1f} s of processor time"
    assert "Traceback" not in done.stderr
    return done


# --- item 2: no regular expression backtracks on a long line ---------------------------------------
def test_a_bracket_and_spaces_in_a_multiline_answer_do_not_stall_the_problem_report(tmp_path: Path) -> None:
    text = tomli_w.dumps(faq_data()).replace('answer = "Write to the legal department; it can help you find a lawyer."', 'answer = """A\n[' + " " * 3000 + 'x\n"""\nsurprise = 1')
    path = tmp_path / "slow.toml"
    path.write_text(text, encoding="utf-8")
    done = validate_within_budget(path, tmp_path)
    assert done.returncode == 3
    assert "surprise: unknown field" in done.stderr
    line = text.splitlines().index("surprise = 1") + 1
    assert f"{path}:{line}: entries[0].surprise" in done.stderr


# --- item 4: deep keys are refused whatever their syntax, in linear time ----------------------------
def _deep(separator: str, parts: int) -> str:
    return separator.join(["a"] * parts)


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param("\n" + _deep("\t.\t", 15000) + " = 1\n", id="tabs around the dots"),
        pytest.param("\n[extra]\nx = {" + _deep(".", 30000) + " = 1}\n", id="inside an inline table"),
        pytest.param("\n[" + _deep(' . "q.x" . ', 12000) + "]\n", id="quoted parts in a header"),
        pytest.param("\n[[" + _deep(".", 30000) + "]]\n", id="array of tables"),
    ],
)
def test_deep_keys_are_refused_in_every_syntax(tmp_path: Path, extra: str) -> None:
    path = write(tmp_path / "deep.toml", extra=extra)
    done = validate_within_budget(path, tmp_path)
    assert done.returncode == 3

    assert "nested more than 64 levels deep" in done.stderr


def test_whitespace_lines_and_many_dots_in_a_valid_file_load_promptly(tmp_path: Path) -> None:
    data = faq_data()
    data["entries"][0]["answer"] = "See e.g. the list. " * 40
    path = write(tmp_path / "spaces.toml", data, extra=("\n" + " " * 4000) * 10 + "\n")
    done = validate_within_budget(path, tmp_path)
    assert done.returncode == 0, done.stderr


def test_dots_in_strings_comments_and_numbers_are_not_key_parts(tmp_path: Path) -> None:
    data = faq_data()
    data["entries"][0]["answer"] = "." * 500 + ' "a.b" ' + "x." * 100
    data["meta"]["note"] = "multi\n" + "a." * 200
    path = write(tmp_path / "dots.toml", data, extra="# " + "." * 300 + "\n")
    faq = load_faq(path)
    assert faq.entries[0].answer.startswith("." * 500)


def test_a_key_of_64_parts_is_still_accepted_by_the_guard(tmp_path: Path) -> None:
    path = write(tmp_path / "deep-ok.toml", extra="\n[" + _deep(".", 64) + "]\n")
    with pytest.raises(DataError) as raised:
        load_faq(path)
    assert not any("nested" in problem for problem in raised.value.problems)  # only the unknown table


# --- item 10: an unreadable file is exit 3 with FILE: however it is named --------------------------
@pytest.fixture
def unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data file this process may not read (simulated, since root reads any file)."""
    import builtins

    path = write(tmp_path / "secret.toml")
    real_open, real_access = builtins.open, os.access

    def deny_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    def deny_access(file, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(file) == str(path) and mode & os.R_OK:
            return False
        return real_access(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny_open)
    monkeypatch.setattr(os, "access", deny_access)
    return path


@pytest.mark.parametrize(
    "how",
    [["--data", "{path}", "list"], ["list", "--data", "{path}"], ["validate", "{path}"], ["validate", "--data", "{path}"], ["env", "list"], ["env", "validate"]],
    ids=" ".join,
)
def test_an_unreadable_data_file_exits_3_whichever_way_it_is_named(unreadable: Path, how: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from advocacy_cli.cli import app

    monkeypatch.setenv("XDG_CACHE_HOME", str(unreadable.parent / "cache"))
    args = [a.replace("{path}", str(unreadable)) for a in how if a != "env"]
    env = {"ADVOCACY_CLI_DATA": str(unreadable)} if how[0] == "env" else {}
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 3, result.output
    assert result.stderr == f"{unreadable}: file: cannot read the data file: permission denied\n"


def test_validate_json_reports_an_unreadable_file_as_json(unreadable: Path) -> None:
    import json

    from typer.testing import CliRunner

    from advocacy_cli.cli import app

    result = CliRunner().invoke(app, ["validate", "--json", str(unreadable)])
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["valid"] is False and "permission denied" in report["problems"][0]


# --- item 11: validation gaps --------------------------------------------------------------------------
def problems_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as raised:
        load_faq(path, use_cache=False)
    return raised.value.problems


def test_a_trailing_newline_is_not_part_of_a_valid_key_or_address(tmp_path: Path) -> None:
    data = faq_data()
    data["entries"][0]["id"] = "one\n"
    data["contacts"]["legal"]["email"] = "desk@example.org\n"
    found = problems_of(write(tmp_path / "newline.toml", data))
    assert any("entries[0].id" in p and "lowercase letters" in p for p in found), found
    assert any("contacts.legal.email" in p and "not an e-mail address" in p for p in found), found


def test_a_web_address_with_a_trailing_newline_is_not_a_link() -> None:
    from advocacy_cli.formats import _web_url

    assert _web_url("https://example.org/faq")
    assert not _web_url("https://example.org/faq\n")


def test_an_empty_categories_table_is_a_problem_not_a_switch(tmp_path: Path) -> None:
    data = faq_data() | {"categories": {}}
    data["entries"][0]["category"] = "no-such-category"
    found = problems_of(write(tmp_path / "empty-categories.toml", data))
    assert any(p.endswith("categories: is empty (at least one category is required)") for p in found), found


def test_one_alias_in_two_normal_forms_cannot_name_two_topics(tmp_path: Path) -> None:
    import unicodedata

    data = faq_data()
    data["topics"] = {
        "legal": {"contacts": ["legal"], "aliases": [unicodedata.normalize("NFC", "café law")]},
        "other": {"contacts": ["legal"], "aliases": [unicodedata.normalize("NFD", "Café  Law")]},
    }
    found = problems_of(write(tmp_path / "aliases.toml", data))
    assert any("topics.other.aliases" in p and "already names topic 'legal'" in p for p in found), found


def test_the_fallback_contact_always_names_a_contact(tmp_path: Path) -> None:
    data = faq_data()
    data["contacts"].pop("global-advocacy")
    data["entries"] = [e for e in data["entries"] if "global-advocacy" not in e["contacts"]]
    first = next(iter(data["contacts"]))
    # No contact of the default name: the file's first contact answers what nothing matches.
    assert load_faq(write(tmp_path / "no-fallback.toml", data)).meta.fallback_contact == first
    data["meta"]["fallback_contact"] = "nobody"
    found = problems_of(write(tmp_path / "unknown.toml", data))
    assert any("meta.fallback_contact" in p and "unknown contact 'nobody'" in p for p in found), found
    data["meta"]["fallback_contact"] = "legal"
    assert load_faq(write(tmp_path / "fallback.toml", data)).meta.fallback_contact == "legal"


@pytest.mark.parametrize("reviewed", ["20250101", "2025-W01-1", "2025-001", "２０２５-01-01"])
def test_reviewed_must_be_written_yyyy_mm_dd(tmp_path: Path, reviewed: str) -> None:
    data = faq_data()
    data["meta"]["reviewed"] = reviewed
    found = problems_of(write(tmp_path / "reviewed.toml", data))
    assert any("meta.reviewed" in p and "is not a date (YYYY-MM-DD)" in p for p in found), found


def test_a_key_with_an_escape_sequence_is_reported_visibly_with_its_line(tmp_path: Path) -> None:
    data = faq_data()
    data["contacts"]["bad\x1b[31mkey"] = {"name": "Bad", "email": "bad@example.org"}
    path = write(tmp_path / "escape.toml", data)
    line = path.read_text(encoding="utf-8").splitlines().index('[contacts."bad\\u001b[31mkey"]') + 1
    found = problems_of(path)
    assert any(p.startswith(f"{path}:{line}: contacts.bad\\x1b[31mkey: contact key 'bad\\x1b[31mkey'") for p in found), found
    assert not any("\x1b" in p for p in found)


# --- item 12: did-you-mean is bounded ---------------------------------------------------------------------
def test_many_misspelt_references_are_reported_in_bounded_time(tmp_path: Path) -> None:
    data = faq_data()
    data["contacts"] = {f"contact-number-{i}": {"name": f"C{i}", "email": f"c{i}@example.org"} for i in range(1500)}
    data["contacts"]["global-advocacy"] = {"name": "GA", "email": "ga@example.org"}
    data["topics"] = {}
    data["entries"] = [
        {"id": f"e{i}", "category": "legal", "question": "Q?", "answer": "A.", "contacts": [f"contact-numbr-{i}"]} for i in range(1500)
    ]
    path = write(tmp_path / "typos.toml", data)
    assert path.stat().st_size > 150_000
    done = validate_within_budget(path, tmp_path)
    assert done.returncode == 3
    lines = done.stderr.splitlines()
    assert len(lines) == 1500  # every problem is still reported
    assert "unknown contact 'contact-numbr-0' (did you mean 'contact-number-0'?)" in lines[0]

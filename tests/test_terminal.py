"""Everyday use at a terminal: output that fits any window, options that never fail silently."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from advocacy_cli.cli import app

ADDRESSES = (
    "globaladvocacy@wikimedia.org",
    "legal@wikimedia.org",
    "croslof@wikimedia.org",
    "ca@wikimedia.org",
    "csciubbacaniglia@wikimedia.org",
    "talktohumanrights@wikimedia.org",
    "emergency@wikimedia.org",
)
POLICE = "police raided our office and arrested a volunteer"
HINT = re.compile(r"\(advocacy show [a-z-]+\)")


@pytest.fixture(autouse=True)
def _no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")


def cli(*args: str, columns: int | str = 100, input: str | None = None, **env: str) -> Any:
    result = CliRunner().invoke(app, list(args), input=input, env={"COLUMNS": str(columns), **env}, prog_name="advocacy")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"crashed: {result.exception!r}") from result.exception
    return result


def process(*args: str, input: bytes | None = None, **env: str) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "ADVOCACY_CLI_DATA", "FORCE_COLOR")}
    environ.update({"LANG": "C.UTF-8", "NO_COLOR": "1"}, **env)
    return subprocess.run([sys.executable, "-m", "advocacy_cli", *args], input=input, env=environ, capture_output=True, timeout=60)


# --- layout ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("columns", [20, 30, 40, 60])
def test_an_address_is_never_cut(columns: int) -> None:
    shown = cli("contact", "--topic", "human rights", columns=columns).output
    assert "talktohumanrights@wikimedia.org" in shown.split()
    assert "Human Rights team" in shown
    listing = cli("contacts", columns=columns).output
    for address in ADDRESSES:
        assert address in listing.split(), (columns, address)
    # nothing that looks like a cut address
    assert not [w for w in listing.split() if "@" in w and w.rstrip(".,;:)") not in ADDRESSES]


def test_narrow_windows_stack_instead_of_printing_letter_columns() -> None:
    for args, most in ((("ask", POLICE), 70), (("contacts",), 70), (("list",), 120), (("topics",), 120), (("ask", "will the team review our open letter?", "--explain"), 120)):
        shown = cli(*args, columns=40).output
        assert "…" not in shown, args  # nothing cut short with an ellipsis either
        lines = shown.splitlines()
        assert len(lines) < most, (args, len(lines))
        lonely = [line for line in lines if len(line.strip()) == 1 and line.strip().isalnum()]
        assert not lonely, args
        assert all(len(line) <= 40 or re.fullmatch(r"\s*\S+|\s*\(advocacy show \S+\)", line) for line in lines), args


def test_wide_enough_windows_keep_the_tables() -> None:
    shown = cli("contacts", columns=100).output
    assert re.search(r"^Contact\s+Address\s+Write here when$", shown, re.M)
    assert re.search(r"^Legal department\s+legal@wikimedia\.org\s+Write here", shown, re.M)


@pytest.mark.parametrize("columns", [60, 80, 100, 120])
def test_command_hints_are_never_split_and_wrapped_bullets_hang(columns: int) -> None:
    for question in ("why does wikimedia do advocacy", "will the team review our open letter?", "who decides wikipedia policies"):
        shown = cli("ask", question, columns=columns).output
        assert shown.count("(advocacy show") == len(HINT.findall(shown)), (columns, shown)
        lines = shown.splitlines()
        for title in ("Also relevant", "Closest entries"):
            if title not in lines:
                continue
            for line in lines[lines.index(title) + 1 :]:
                if not line.strip() or not line.startswith(" "):
                    break
                assert line.startswith("  • ") or line.startswith("    "), line
                assert len(line) <= columns


def test_prose_stops_at_a_readable_measure_in_wide_windows() -> None:
    for args in (("ask", "lawyer"), ("show", "legal-help"), ("contacts",)):
        lines = cli(*args, columns=220).output.splitlines()
        assert max(len(line) for line in lines) <= 100, args
        assert max(len(line) for line in lines) > 80, args


def test_no_trailing_spaces_when_piped() -> None:
    for args in (("ask", "lawyer"), ("contacts",), ("list",), ("topics",), ("show", "legal-help"), ("ask", POLICE)):
        done = process(*args)
        assert done.stdout, args
        assert not [line for line in done.stdout.decode().splitlines() if line.endswith(" ")], args


@pytest.mark.parametrize("columns", ["0", "1", "-5", "abc", ""])
def test_absurd_widths_are_treated_as_unknown_and_the_emergency_address_is_printed(columns: str) -> None:
    done = process("ask", "my friend was arrested and threatened with violence", COLUMNS=columns)
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 0
    assert any("emergency@wikimedia.org" in line.split() or "emergency@wikimedia.org." in line.split() for line in lines)
    assert max(len(line) for line in lines) > 40  # laid out in a sane width, not one word a line


def _in_a_terminal(args: list[str], columns: int, **env: str) -> str:
    """Run ``advocacy ARGS`` with stdout on a pseudo-terminal ``columns`` wide; what it printed."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "ADVOCACY_CLI_DATA", "FORCE_COLOR")}
    environ.update({"LANG": "C.UTF-8", "NO_COLOR": "1"}, **env)
    child = subprocess.Popen([sys.executable, "-m", "advocacy_cli", *args], stdin=subprocess.DEVNULL, stdout=follower, stderr=follower, env=environ)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    child.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.mark.skipif(not hasattr(os, "openpty") or sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_dumb_terminal_still_uses_its_real_width() -> None:
    wide = _in_a_terminal(["show", "legal-help"], 96, TERM="dumb")
    assert max(len(line) for line in wide.splitlines()) > 80
    assert max(len(line) for line in wide.splitlines()) <= 96
    narrow = _in_a_terminal(["contacts"], 36, TERM="dumb")
    assert "csciubbacaniglia@wikimedia.org" in narrow.split()
    assert max(len(line) for line in narrow.splitlines()) <= 36


# --- exit codes and pipes -------------------------------------------------------------------------
def _into_a_closed_pipe(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``advocacy ARGS`` writing into a pipe whose reader has already gone (as after ``| head -1``)."""
    reader, writer = os.pipe()
    os.close(reader)
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "ADVOCACY_CLI_DATA")}
    try:
        return subprocess.run(
            [sys.executable, "-m", "advocacy_cli", *args], input=input, stdout=writer, stderr=subprocess.PIPE, env=environ | {"LANG": "C.UTF-8"}, timeout=60
        )
    finally:
        os.close(writer)


@pytest.mark.parametrize(
    "args",
    [["ask", "lawyer"], ["ask", "zzzz qqqq"], ["ask", "lawyer", "--json"], ["contacts"], ["list", "--json"], ["show", "legal-help"], ["export", "--format", "csv"], ["topics"]],
)
def test_a_closed_pipe_has_its_own_exit_code_for_every_command(args: list[str]) -> None:
    done = _into_a_closed_pipe(*args)
    assert done.returncode == 141, (args, done.stderr)
    assert done.stderr == b""


def test_a_closed_pipe_in_batch_mode_is_141_too() -> None:
    done = _into_a_closed_pipe("ask", "-", "--json", input=b"lawyer\nzzzz\n")
    assert done.returncode == 141
    assert done.stderr == b""



# --- commands and options that do what they say ---------------------------------------------------
def test_help_command_shows_the_help_of_the_tool_and_of_each_command() -> None:
    whole = cli("help")
    assert whole.exit_code == 0
    assert whole.output.startswith("Usage: advocacy [OPTIONS] COMMAND")
    assert whole.output == cli("--help").output
    for name in ("ask", "show", "export", "eval", "contact", "help"):
        one = cli("help", name)
        assert one.exit_code == 0, name
        assert one.output == cli(name, "--help").output, name
    unknown = cli("help", "shwo")
    assert unknown.exit_code == 2
    assert unknown.stderr.strip() == "Error: no such command 'shwo'; did you mean 'show'?"


def test_help_works_as_a_process_too() -> None:
    done = process("help", "show", COLUMNS="80")
    assert done.returncode == 0
    assert done.stdout.decode().startswith("Usage: advocacy show")


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (["show", "nope"], None),
        (["export", "--id", "nope"], None),
        (["show", "xyzzy-plugh"], None),
        (["show", "legal-hlep"], "legal-help"),
        (["show", "Legal-Help "], None),  # found as it is: no error at all
        (["export", "--id", "why-advocay"], "why-advocacy"),
        (["list", "--category", "lgeal"], "legal"),
        (["nope"], None),
        (["shwo", "legal-help"], "show"),
    ],
)
def test_suggestions_are_plausible_or_absent(args: list[str], suggestion: str | None) -> None:
    result = cli(*args)
    if args[1:] == ["Legal-Help "]:
        assert result.exit_code == 0
        return
    assert result.exit_code == 2
    message = result.stderr.strip().splitlines()[-1]
    if suggestion is None:
        assert "did you mean" not in message.casefold(), message
    else:
        assert f"'{suggestion}'" in message and "did you mean" in message.casefold(), message


def test_contact_takes_an_unquoted_topic_like_ask_takes_a_question() -> None:
    unquoted = cli("contact", "human", "rights", "--json")
    assert unquoted.exit_code == 0
    assert unquoted.output == cli("contact", "--topic", "human rights", "--json").output
    assert '"human-rights"' in unquoted.output
    assert cli("contact", "public", "policy").exit_code == 0


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["ask", "lawyer", "--mailto", "--json"], None, ("--mailto", "--json")),
        (["ask", "lawyer", "--open", "--json"], None, ("--open", "--json")),
        (["ask", "lawyer", "--mailto", "--explain"], None, ("--mailto", "--explain")),
        (["ask", "-", "--mailto"], "lawyer\n", ("--mailto", "'-'")),
        (["ask", "-", "--open"], "lawyer\n", ("--open", "'-'")),
        (["ask", "-", "--explain"], "lawyer\n", ("--explain", "--json")),
        (["contact", "legal", "--topic", "disinformation"], None, ("TOPIC", "--topic")),
        (["contact", "legal", "--mailto", "--json"], None, ("--mailto", "--json")),
    ],
)
def test_conflicting_options_are_one_line_usage_errors(args: list[str], stdin: str | None, words: tuple[str, ...]) -> None:
    result = cli(*args, input=stdin)
    assert result.exit_code == 2
    assert result.stdout == ""  # nothing half-done on stdout: no link, no JSON, no answer
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    assert all(word in lines[0] for word in words), lines[0]


def test_batch_explain_with_json_still_explains() -> None:
    result = cli("ask", "-", "--explain", "--json", input="lawyer\n")
    assert result.exit_code == 0
    assert "explain" in json.loads(result.stdout)


@pytest.mark.parametrize(
    ("name", "start"),
    [("faq.md", "# "), ("faq.markdown", "# "), ("faq.csv", "id,category,question"), ("faq.html", "<!doctype html>"), ("faq.toml", "# FAQ data"), ("faq.jsonl", '{"'), ("faq.json", "{\n"), ("faq.txt", "{\n")],
)
def test_export_takes_the_format_from_the_output_extension(name: str, start: str, tmp_path: Any) -> None:
    target = tmp_path / name
    result = cli("export", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith(start)


def test_export_format_and_extension_that_disagree_are_a_usage_error(tmp_path: Any) -> None:
    result = cli("export", "-o", str(tmp_path / "faq.md"), "--format", "csv")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == ["Error: --format csv does not match the extension of 'faq.md' (markdown); give one or make them agree"]
    assert not (tmp_path / "faq.md").exists()
    agree = cli("export", "-o", str(tmp_path / "faq.md"), "--format", "md")
    assert agree.exit_code == 0
    assert (tmp_path / "faq.md").read_text(encoding="utf-8").startswith("# ")


def _fake_opener(folder: Any, exit_code: int) -> str:
    """A PATH holding only an ``xdg-open``/``open`` that records its argument and exits ``exit_code``."""
    for name in ("xdg-open", "open"):
        script = folder / name
        script.write_text(f'#!/bin/sh\necho "$1" > "{folder}/opened"\nexit {exit_code}\n', encoding="utf-8")
        script.chmod(0o755)
    return str(folder)


@pytest.mark.skipif(os.name == "nt", reason="xdg-open and open are POSIX openers")
@pytest.mark.parametrize("args", [["ask", "lawyer", "--open"], ["contact", "legal", "--open"]])
def test_open_that_fails_says_so_and_exits_non_zero_with_the_link_printed(args: list[str], tmp_path: Any) -> None:
    failing = cli(*args, PATH=_fake_opener(tmp_path, 3))
    assert failing.exit_code == 4
    assert failing.stdout.startswith("mailto:legal@wikimedia.org?")
    assert failing.stderr.strip() == "Error: could not open a mail program; copy the link above into one"
    assert (tmp_path / "opened").read_text(encoding="utf-8").strip() == failing.stdout.strip()

    nowhere = tmp_path / "empty"
    nowhere.mkdir()
    missing = cli(*args, PATH=str(nowhere))
    assert missing.exit_code == 4
    assert missing.stdout == failing.stdout

    (tmp_path / "opened").unlink()
    working = cli(*args, PATH=_fake_opener(tmp_path, 0))
    assert working.exit_code == 0
    assert working.stderr == ""
    assert (tmp_path / "opened").read_text(encoding="utf-8").strip() == working.stdout.strip()


# --- --help ---------------------------------------------------------------------------------------
COMMANDS = ("ask", "contact", "topics", "contacts", "list", "show", "export", "validate", "eval", "help")


def test_help_shows_placeholders_not_python_types() -> None:
    texts = {name: cli(name, "--help", columns=80).output for name in COMMANDS}
    texts["advocacy"] = cli("--help", columns=80).output
    for name, text in texts.items():
        for leak in ("<list[", "<int", "<str>", "<path>", "<float>", "[[", "{cases}", "{ID}", "[question]"):
            assert leak not in text, (name, leak)
    assert "Usage: advocacy ask [OPTIONS] [QUESTION]..." in texts["ask"]
    assert re.search(r"^  QUESTION\.\.\.\s+The question", texts["ask"], re.M)
    assert "-n, --limit N " in texts["ask"]
    assert "Usage: advocacy contact [OPTIONS] [TOPIC]..." in texts["contact"]
    assert "-t, --topic TOPIC " in texts["contact"]
    assert "Usage: advocacy show [OPTIONS] ID" in texts["show"]
    assert "-o, --output FILE " in texts["export"] and "--id ID " in texts["export"]
    assert "--min-top1 PERCENT " in texts["eval"]
    assert "--data PATH " in texts["advocacy"]


def test_format_option_lists_and_completes_the_format_enum() -> None:
    from advocacy_cli.cli import FORMAT_NAMES
    from advocacy_cli.formats import Format

    assert FORMAT_NAMES == tuple(member.value for member in Format)
    assert "-f, --format [json|jsonl|csv|toml|markdown|html]" in cli("export", "--help", columns=80).output
    done = process(_ADVOCACY_COMPLETE="complete_bash", COMP_WORDS="advocacy export --format m", COMP_CWORD="3")
    assert done.stdout.decode().split() == ["markdown"]
    done = process(_ADVOCACY_COMPLETE="complete_bash", COMP_WORDS="advocacy export --format j", COMP_CWORD="3")
    assert done.stdout.decode().split() == ["json", "jsonl"]


def test_the_command_list_is_not_cut_at_80_columns() -> None:
    text = cli("--help", columns=80).output
    listed = text[text.index("Commands:") :].splitlines()[1 : len(COMMANDS) + 1]
    assert [line.split()[0] for line in listed] == list(COMMANDS)
    for line in listed:
        assert len(line) <= 80 and not line.endswith("..."), line
        assert line.rstrip().endswith("."), line


# --- eval -----------------------------------------------------------------------------------------
def _cases(path: Any, *lines: Any) -> str:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines), encoding="utf-8")
    return str(path)


def test_eval_reports_expectations_the_data_does_not_have_as_problems_of_the_file(tmp_path: Any) -> None:
    path = _cases(
        tmp_path / "cases.jsonl",
        {"query": "can the foundation help me find a lawyer", "expect_id": "legal-help"},
        {"query": "can the foundation help me find a lawyer", "expect_id": "legal-hlep"},
        {"query": "can the foundation help me find a lawyer", "expect_contact": "lawyers"},
        {"kind": "topic", "query": "legal", "expect_topic": "legl", "expect_contacts": ["legal", "nobody"]},
    )
    result = cli("eval", path)
    assert result.exit_code == 2
    assert result.stdout == ""  # no figures that a typo in the cases would distort
    assert result.stderr.splitlines() == [
        f"Error: {path}:2: expect_id: 'legal-hlep' is not an entry id of the data",
        f"Error: {path}:3: expect_contact: 'lawyers' is not a contact key of the data",
        f"Error: {path}:4: expect_topic: 'legl' is not a topic of the data",
        f"Error: {path}:4: expect_contacts: 'nobody' is not a contact key of the data",
    ]


def test_eval_reports_every_malformed_line_at_once(tmp_path: Any) -> None:
    path = _cases(tmp_path / "bad.jsonl", "not json", {"query": "lawyer", "expect_id": "legal-help"}, '["a list"]', {"kind": "dance", "query": "x"}, "# fine", {"query": 3})
    result = cli("eval", path)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(":")[2] for line in lines] == ["1", "3", "4", "6"]
    assert all(line.startswith(f"Error: {path}:") and "not a valid case" in line for line in lines)


@pytest.mark.parametrize(("option", "value"), [("--min-top1", "150"), ("--min-top1", "-1"), ("--min-top3", "nan"), ("--max-false-alarms", "101"), ("--min-mrr", "1.5"), ("--min-topic-accuracy", "inf")])
def test_eval_thresholds_outside_their_range_are_usage_errors(tmp_path: Any, option: str, value: str) -> None:
    path = _cases(tmp_path / "cases.jsonl", {"query": "can the foundation help me find a lawyer", "expect_id": "legal-help"})
    result = cli("eval", path, option, value)
    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.stderr
    assert result.stdout == ""
    assert cli("eval", path, option, "0" if option.startswith("--max") else "1").exit_code == 0


def test_eval_reports_several_files_separately_and_together(tmp_path: Any) -> None:
    first = _cases(tmp_path / "a.jsonl", {"query": "can the foundation help me find a lawyer", "expect_id": "legal-help"})
    second = _cases(
        tmp_path / "b.jsonl",
        {"query": "how do I bake sourdough bread", "style": "offtopic"},
        {"query": "can the foundation help me find a lawyer", "expect_id": "team-names"},
    )
    shown = cli("eval", first, second)
    assert shown.exit_code == 0
    text = shown.stdout
    assert text.index(f"{first}:") < text.index("1 cases") < text.index(f"{second}:") < text.index("2 cases") < text.index("All 2 files:") < text.index("3 cases")
    assert re.search(r"top-1\s+50\.0 %  \(1/2\)", text[text.index("All 2 files:") :])
    assert "line 2 [top-1]" in text[text.index(f"{second}:") : text.index("All 2 files:")]

    report = json.loads(cli("eval", first, second, "--json").stdout)
    assert report["cases"] == 3 and report["figures"]["top1"] == 50.0
    assert [(f["file"], f["cases"], f["figures"]["top1"]) for f in report["files"]] == [(first, 1, 100.0), (second, 2, 0.0)]
    assert [(m["file"], m["line"]) for m in report["misses"]] == [(second, 2)]
    assert cli("eval", first, second, "--min-top1", "60").exit_code == 1  # bars apply to the total
    assert cli("eval", first, "--min-top1", "60").exit_code == 0


def test_eval_problems_in_several_files_are_all_reported(tmp_path: Any) -> None:
    first = _cases(tmp_path / "a.jsonl", "oops")
    second = _cases(tmp_path / "b.jsonl", {"query": "x", "expect_id": "nope"})
    result = cli("eval", first, second)
    assert result.exit_code == 2
    assert [line.split(":")[1].strip() for line in result.stderr.splitlines()] == [first, second]

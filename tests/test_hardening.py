"""Hostile questions, broken data and odd environments: a clear message and a documented exit code, never a crash.

CliRunner shows what a command prints; a real process (``python -m advocacy_cli``) shows what only a
process can: terminal colours, locales, closed or broken streams, signals.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED_ENTRIES, end_process, faq_data, write_faq
from typer.testing import CliRunner

from advocacy_cli.cli import app

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE, EXIT_DATA = 0, 1, 2, 3
TIMEOUT = 30  # seconds: generous, so a slow machine never fails a test, but a hang does

# Everything a hostile question or data file might try on a terminal.
OSC_TITLE = "\x1b]0;PWNED-TITLE\x07"
OSC8_LINK = "\x1b]8;;http://evil.example/osc8\x1b\\CLICK\x1b]8;;\x1b\\"
CSI = "\x1b[2J\x1b[31;1m\x1b[?25l"
C0 = "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\t")
C1 = "".join(chr(c) for c in range(0x80, 0xA0))
BIDI = "\u202e\u2066\u2067\u2068\u2069\u202a"
MARKUP = "[link=file:///etc/passwd]x[/link] [blink]b[/blink] [bold red]r[/]"
NASTY = f"lawyer help {OSC_TITLE}{OSC8_LINK}{CSI}{C0}\x7f{C1}{BIDI} {MARKUP} end"
NASTY_ARGV = NASTY.replace("\x00", "")  # a process argument cannot hold NUL

# Raw in human output these would act on a terminal (tab and newline are layout, not attacks).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What rich itself writes when colours are forced: SGR colours and its own OSC 8 mailto: links.
RICH_SGR = re.compile(r"\x1b\[[0-9;]*m")
RICH_LINK = re.compile(r"\x1b\]8;id=[\w-]*;mailto:[^\x1b\x07]*\x1b\\|\x1b\]8;;\x1b\\")
INJECTED_WORDS = ("PWNED-TITLE", "evil.example")


# --- helpers --------------------------------------------------------------------------------------
def invoke(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Any:
    result = CliRunner().invoke(app, list(args), input=input, env=env)
    assert_no_crash(result)
    return result


def assert_no_crash(result: Any) -> None:
    """Only SystemExit may leave a command: anything else is a traceback for the user."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"crashed: {result.exception!r}") from result.exception
    assert "Traceback" not in result.output


def process_env(**extra: str | None) -> dict[str, str]:
    """The user's environment minus anything that changes our output, plus ``extra`` (None removes)."""
    env = {k: v for k, v in os.environ.items() if k not in ("ADVOCACY_CLI_DATA", "FORCE_COLOR", "NO_COLOR", "COLUMNS", "LINES", "PYTHONIOENCODING", "CI")}
    env.update({"LANG": "C.UTF-8", "TERM": "dumb"})
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    """``advocacy ARGS`` as a real process."""
    if input is not None:
        kwargs["input"] = input
    elif "stdin" not in kwargs:
        kwargs["stdin"] = subprocess.DEVNULL
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    done = subprocess.run([sys.executable, "-m", "advocacy_cli", *args], env=env or process_env(), timeout=TIMEOUT, **kwargs)
    assert b"Traceback" not in (done.stderr or b""), done.stderr.decode("utf-8", "replace")
    return done


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write_faq(tmp_path / "good.toml", faq_data())


def nasty_dataset() -> dict[str, Any]:
    """Every text a person sees carries escape sequences, controls, bidi overrides and markup."""
    data = faq_data()
    data["meta"]["title"] = "Title " + NASTY
    data["categories"] = {"legal": {"title": "Legal " + NASTY}, "general": {"title": "General " + NASTY}}
    for contact in data["contacts"].values():
        contact["name"] += " " + NASTY
        contact["reason"] += " " + NASTY
    data["topics"]["legal"]["aliases"] += ["attorney", "counsel " + NASTY]
    data["topics"]["legal"]["description"] = "Lawyers " + NASTY
    for entry in data["entries"]:
        entry["question"] += " " + NASTY
        entry["answer"] += " " + NASTY
        entry["variants"] = ["lawyer help " + NASTY]
    return data


@pytest.fixture
def nasty_file(tmp_path: Path) -> Path:
    return write_faq(tmp_path / "nasty.toml", nasty_dataset())


def assert_terminal_safe(text: str, payloads_removed: bool = False) -> None:
    """No control character, escape or bidi override at all; with ``payloads_removed``, not even the
    harmless text inside the injected sequences (a window title, a link target) is left."""
    found = UNSAFE.search(text)
    assert found is None, f"raw {found.group()!r} in output: {text[max(found.start() - 40, 0):found.end() + 40]!r}"
    if payloads_removed:
        for word in INJECTED_WORDS:
            assert word not in text


def assert_only_rich_escapes(text: str, payloads_removed: bool = False) -> None:
    """Coloured output: rich's own SGR codes and mailto: links, nothing from the input or the data."""
    assert_terminal_safe(RICH_LINK.sub("", RICH_SGR.sub("", text)), payloads_removed=payloads_removed)


# Human views of the nasty data, as `advocacy --data FILE ...` arguments.
DATA_VIEWS = [
    ["list"],
    ["list", "--category", "legal"],
    ["show", "legal-help"],
    ["contacts"],
    ["topics"],
    ["contact", "--topic", "legal"],
    ["contact", "--topic", "attorney"],
    ["ask", "how do I get help from a lawyer"],
    ["ask", "--explain", "lawyer help"],
    ["ask", "my life is in danger, they threatened to kill me"],
    ["ask", "how do I bake sourdough bread"],
]
# Commands whose error message echoes a hostile argument.
ECHOING_ERRORS = [
    ["show", NASTY],
    ["contact", "--topic", NASTY],
    ["contact", NASTY],
    ["list", "--category", NASTY],
    ["export", "--format", NASTY],
    ["export", "--id", NASTY],
    [NASTY],
    ["ask", "--limit", NASTY, "x"],
    ["ask", "--" + NASTY],
    ["show", "legal-help", NASTY],
]


# --- 1. terminal safety ---------------------------------------------------------------------------
@pytest.mark.parametrize("args", DATA_VIEWS, ids=lambda a: " ".join(a)[:30])
def test_data_text_reaches_the_terminal_cleaned(nasty_file: Path, args: list[str]) -> None:
    result = invoke("--data", str(nasty_file), *args, env={"COLUMNS": "400"})
    assert result.exit_code in (EXIT_OK, EXIT_NO_MATCH)
    assert_terminal_safe(result.output, payloads_removed=True)
    if args[0] in ("list", "show", "contacts", "topics", "contact") or "lawyer" in args[-1]:
        assert "[link=file:///etc/passwd]x[/link]" in result.output  # markup shown as the text it is
        assert "[blink]" in result.output


def test_question_text_reaches_the_terminal_cleaned(good_file: Path) -> None:
    for args in (["ask", "--", NASTY], ["ask", "--explain", "--", NASTY]):
        result = invoke("--data", str(good_file), *args, env={"COLUMNS": "400"})
        assert result.exit_code in (EXIT_OK, EXIT_NO_MATCH)
        assert_terminal_safe(result.output, payloads_removed=True)
    mailto = invoke("--data", str(good_file), "ask", "--mailto", "--", NASTY)
    assert mailto.stdout.startswith("mailto:") and mailto.stdout.count("\n") == 1
    assert_terminal_safe(mailto.output)  # the question percent-encoded, every byte of it
    assert "%1B%5D0%3BPWNED-TITLE%07" in mailto.stdout
    batch = invoke("--data", str(good_file), "ask", "-", input=NASTY + "\n" + NASTY + "\n")
    assert batch.exit_code == EXIT_OK
    assert_terminal_safe(batch.output.replace("\t", " "), payloads_removed=True)
    assert batch.stdout.count("\n") == 2
    assert "[link=file:///etc/passwd]x[/link]" in batch.stdout


@pytest.mark.parametrize("args", ECHOING_ERRORS, ids=lambda a: " ".join(a)[:20].encode("unicode_escape").decode())
def test_error_messages_echo_input_cleaned(good_file: Path, args: list[str]) -> None:
    result = invoke("--data", str(good_file), *args)
    assert result.exit_code == EXIT_USAGE
    assert result.stdout == ""
    assert_terminal_safe(result.stderr)
    assert "Error" in result.stderr


def test_data_errors_echo_file_names_and_values_cleaned(tmp_path: Path) -> None:
    bad = faq_data()
    bad["entries"][0]["category"] = "cat " + NASTY
    bad["contacts"]["legal"]["email"] = "not an address " + NASTY
    path = write_faq(tmp_path / "bad.toml", bad)
    result = invoke("--data", str(path), "list")
    assert result.exit_code == EXIT_DATA
    assert_terminal_safe(result.stderr)
    assert len(result.stderr.splitlines()) == 2
    missing = invoke("--data", str(tmp_path / ("missing " + NASTY_ARGV + ".toml")), "list")
    assert missing.exit_code == EXIT_DATA
    assert_terminal_safe(missing.stderr)


def test_json_keeps_the_exact_text_but_escapes_what_a_terminal_acts_on(nasty_file: Path, good_file: Path) -> None:
    result = invoke("--data", str(good_file), "ask", "--json", "--", NASTY)
    assert json.loads(result.stdout)["query"] == NASTY
    assert_terminal_safe(result.stdout)  # C1, DEL and bidi as \\uXXXX, ESC and C0 as JSON escapes
    shown = invoke("--data", str(nasty_file), "show", "legal-help", "--json")
    entry = json.loads(shown.stdout)
    assert entry["question"] == nasty_dataset()["entries"][0]["question"]
    assert entry["contacts"][0]["name"] == nasty_dataset()["contacts"]["legal"]["name"]
    assert_terminal_safe(shown.stdout)
    for args in (["list", "--json"], ["contacts", "--json"], ["topics", "--json"], ["contact", "--topic", "legal", "--json"]):
        out = invoke("--data", str(nasty_file), *args).stdout
        json.loads(out)
        assert_terminal_safe(out)


@pytest.mark.parametrize("args", [["show", "legal-help"], ["contacts"], ["list"], ["topics"], ["contact", "--topic", "legal"], ["ask", "lawyer help"]])
def test_forced_colours_emit_only_rich_own_sequences(nasty_file: Path, args: list[str]) -> None:
    done = run("--data", str(nasty_file), *args, env=process_env(FORCE_COLOR="1", TERM="xterm-256color", COLUMNS="300"))
    assert done.returncode in (EXIT_OK, EXIT_NO_MATCH)
    out = done.stdout.decode("utf-8")
    assert "\x1b[" in out, "FORCE_COLOR should have turned colours on"
    assert_only_rich_escapes(out, payloads_removed=True)
    assert "[link=file:///etc/passwd]x[/link]" in out


def test_forced_colours_question_and_errors(good_file: Path) -> None:
    env = process_env(FORCE_COLOR="1", TERM="xterm-256color")
    asked = run("--data", str(good_file), "ask", "--", NASTY_ARGV, env=env)
    assert asked.returncode in (EXIT_OK, EXIT_NO_MATCH)
    assert_only_rich_escapes(asked.stdout.decode())
    for args in (["show", NASTY_ARGV], ["contact", "--topic", NASTY_ARGV], [NASTY_ARGV], ["ask", "--" + NASTY_ARGV]):
        failed = run("--data", str(good_file), *args, env=env)
        assert failed.returncode == EXIT_USAGE
        assert_only_rich_escapes(failed.stderr.decode())
        assert failed.stderr.decode().startswith(("Error: ", "Usage: "))


def test_rich_mailto_links_survive_forced_colours(good_file: Path) -> None:
    done = run("--data", str(good_file), "contacts", env=process_env(FORCE_COLOR="1", TERM="xterm-256color"))
    assert "mailto:legal@example.org" in done.stdout.decode()


# --- 2. data validation ---------------------------------------------------------------------------
def problem_lines(stderr: str, path: Path) -> list[str]:
    lines = stderr.splitlines()
    for line in lines:
        assert line.startswith(str(path) + ":"), line
    return lines


def line_pattern(path: Path, line: int | None, field: str) -> re.Pattern[str]:
    where = re.escape(str(path)) + (f":{line}" if line else r"(:\d+)?")
    return re.compile(rf"^{where}: {re.escape(field)}: \S.*$", re.MULTILINE)


BROKEN = {
    # name: (file text, [(line, field, words in the message)])
    "wrong type": ('[meta]\ntitle = 42\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = ["legal"]\n', [(2, "meta.title", "expected text")]),
    "missing field": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nanswer = "a"\ncontacts = ["legal"]\n', [(6, "entries[0].question", "missing")]),
    "empty field": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "   "\nanswer = "a"\ncontacts = ["legal"]\n', [(9, "entries[0].question", "empty")]),
    "empty list": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = []\n', [(11, "entries[0].contacts", "empty")]),
    "duplicate id": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = ["legal"]\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q2"\nanswer = "a2"\ncontacts = ["legal"]\n', [(13, "entries[1].id", "duplicate")]),
    "unknown contact": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = ["legall"]\n', [(11, "entries[0].contacts", "unknown contact 'legall'")]),
    "unknown topic contact": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[topics.law]\ncontacts = ["nobody"]\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = ["legal"]\n', [(7, "topics.law.contacts", "unknown contact 'nobody'")]),
    "malformed e-mail": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemail = "legal at x dot org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = ["legal"]\n', [(5, "contacts.legal.email", "not an e-mail address")]),
    "unknown category": ('[meta]\ntitle = "T"\n[categories.legal]\ntitle = "Legal"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "cooking"\nquestion = "q"\nanswer = "a"\ncontacts = ["legal"]\n', [(10, "entries[0].category", "unknown category 'cooking'")]),
    "unknown meta contact": ('[meta]\ntitle = "T"\nemergency_contact = "sos"\n[contacts.legal]\nname = "L"\nemail = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = ["legal"]\n', [(3, "meta.emergency_contact", "unknown contact 'sos'")]),
    "misspelt field": ('[meta]\ntitle = "T"\n[contacts.legal]\nname = "L"\nemial = "l@x.org"\n[[entries]]\nid = "a"\ncategory = "legal"\nquestion = "q"\nanswer = "a"\ncontacts = ["legal"]\n', [(5, "contacts.legal.emial", "did you mean 'email'"), (3, "contacts.legal.email", "missing")]),
    "syntax error": ('[meta]\ntitle = "T\n[contacts.legal]\n', [(2, "syntax", "not valid TOML")]),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_each_broken_file_exits_3_naming_file_line_and_field(tmp_path: Path, name: str) -> None:
    text, expected = BROKEN[name]
    path = tmp_path / "faq.toml"
    path.write_text(text, encoding="utf-8")
    for args in (["--data", str(path), "list"], ["validate", str(path)]):
        result = invoke(*args)
        assert result.exit_code == EXIT_DATA
        # These small files have no 'global-advocacy' contact, the default fallback: one more problem each.
        lines = [line for line in problem_lines(result.stderr, path) if "(the default;" not in line]
        assert len(lines) == len(expected), lines
        for line, field, words in expected:
            assert line_pattern(path, line, field).search(result.stderr), result.stderr
            assert words in result.stderr


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "three.toml"
    path.write_text(
        '[meta]\ntitle = "T"\n[categories.legal]\ntitle = "Legal"\n\n[contacts.legal]\nname = "L"\nemail = "nope"\n\n'
        '[[entries]]\nid = "a"\ncategory = "cooking"\nquestion = "q"\nanswer = 7\ncontacts = ["legal"]\n',
        encoding="utf-8",
    )
    result = invoke("--data", str(path), "show", "a")
    assert result.exit_code == EXIT_DATA
    lines = problem_lines(result.stderr, path)
    assert len(lines) == 3, lines
    assert line_pattern(path, 8, "contacts.legal.email").search(result.stderr)
    assert line_pattern(path, 12, "entries[0].category").search(result.stderr)
    assert line_pattern(path, 14, "entries[0].answer").search(result.stderr)
    validated = invoke("validate", str(path))
    assert validated.exit_code == EXIT_DATA
    assert validated.stderr == result.stderr
    as_json = invoke("validate", str(path), "--json")
    assert as_json.exit_code == EXIT_DATA
    assert json.loads(as_json.stdout)["problems"] == lines


@pytest.mark.parametrize(
    "kind",
    ["empty", "blank", "directory", "missing", "binary", "latin-1", "utf-16", "comments only", "huge line", "deep array", "deep inline table", "deep key", "deep header"],
)
def test_unusable_files_exit_3_with_one_clear_line(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "faq.toml"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_bytes(b"  \n\t\n")
    elif kind == "directory":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 4)
    elif kind == "latin-1":
        path.write_bytes('[meta]\ntitle = "Caf\xe9"\n'.encode("latin-1"))
    elif kind == "utf-16":
        path.write_bytes('[meta]\ntitle = "T"\n'.encode("utf-16"))
    elif kind == "comments only":
        path.write_text("# nothing here\n", encoding="utf-8")
    elif kind == "huge line":
        path.write_text('[meta]\ntitle = "' + "x" * 3_000_000 + '\n', encoding="utf-8")
    elif kind == "deep array":
        path.write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    elif kind == "deep inline table":
        path.write_text("x = " + "{a=" * 50_000 + "1" + "}" * 50_000 + "\n", encoding="utf-8")
    elif kind == "deep key":  # tomllib needs minutes for this one: it must be refused before parsing
        path.write_text("[meta]\n" + "a" + ".a" * 30_000 + " = 1\n", encoding="utf-8")
    elif kind == "deep header":
        path.write_text("[a" + ".a" * 30_000 + "]\n", encoding="utf-8")
    result = invoke("--data", str(path), "list")
    assert result.exit_code == EXIT_DATA
    assert result.stdout == ""
    lines = problem_lines(result.stderr, path)
    assert lines and all(len(line) < 500 for line in lines)
    if kind in ("latin-1", "binary", "utf-16"):
        assert re.match(rf"^{re.escape(str(path))}:\d+: file: ", lines[0]), lines
    if kind == "comments only":
        assert len(lines) == 3  # meta, contacts, entries: every missing table at once
    if kind.startswith("deep"):
        assert "nested" in lines[0]


def test_endless_or_special_files_are_refused_not_read_forever(good_file: Path) -> None:
    endless = run("--data", "/dev/zero", "list")  # TIMEOUT is the guard
    assert endless.returncode == EXIT_DATA
    assert endless.stderr.decode().startswith("/dev/zero: file: larger than")
    empty = run("--data", os.devnull, "list")
    assert empty.returncode == EXIT_DATA
    piped = run("--data", "/dev/stdin", "list", "--json", input=good_file.read_bytes())
    assert piped.returncode == EXIT_OK
    assert len(json.loads(piped.stdout)) == 2


def test_unreadable_file_exits_3(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = write_faq(tmp_path / "secret.toml", faq_data())
    path.chmod(0)
    result = invoke("--data", str(path), "list")
    assert result.exit_code == EXIT_DATA
    assert "permission denied" in result.stderr


def test_validate_accepts_a_good_file_and_the_bundled_one(good_file: Path) -> None:
    result = invoke("validate", str(good_file))
    assert result.exit_code == EXIT_OK
    assert str(good_file) in result.stdout
    assert invoke("validate").exit_code == EXIT_OK
    assert json.loads(invoke("validate", str(good_file), "--json").stdout)["valid"] is True


def test_data_option_and_environment_variable_select_the_file(tmp_path: Path) -> None:
    data = faq_data()
    data["entries"][0]["id"] = "only-in-this-file"
    path = write_faq(tmp_path / "mine.toml", data)
    ids = lambda result: [e["id"] for e in json.loads(result.stdout)]  # noqa: E731
    assert "only-in-this-file" in ids(invoke("--data", str(path), "list", "--json"))
    assert "only-in-this-file" in ids(invoke("list", "--data", str(path), "--json"))
    assert "only-in-this-file" in ids(invoke("list", "--json", env={"ADVOCACY_CLI_DATA": str(path)}))
    broken = tmp_path / "broken.toml"
    broken.write_text("[meta\n", encoding="utf-8")
    assert invoke("list", env={"ADVOCACY_CLI_DATA": str(broken)}).exit_code == EXIT_DATA
    assert invoke("validate", env={"ADVOCACY_CLI_DATA": str(broken)}).exit_code == EXIT_DATA
    # --data wins over the environment variable
    assert invoke("--data", str(path), "list", env={"ADVOCACY_CLI_DATA": str(broken)}).exit_code == EXIT_OK


def test_data_errors_from_a_process_have_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_bytes(b'[meta]\ntitle = "\xff"\n')
    done = run("--data", str(path), "ask", "lawyer")
    assert done.returncode == EXIT_DATA
    assert done.stderr.decode().count("\n") == 1


# --- 3. questions of any shape --------------------------------------------------------------------
@pytest.mark.parametrize("question", ["", "   ", "\t \n"])
def test_blank_question_is_a_usage_error(question: str) -> None:
    result = invoke("ask", question)
    assert result.exit_code == EXIT_USAGE
    assert "empty" in result.stderr
    assert invoke("ask", "--json", "--", question).exit_code == EXIT_USAGE


@pytest.mark.parametrize(
    "question",
    ["?!...;:", "\u200b\u200c\u200d\ufeff", "🙂🙃🔥", "x", "the and of to is it", "what is this about", "\u202e", "--", "-x"],
    ids=["punctuation", "zero-width", "emoji", "one-letter", "stop-words", "vague", "bidi", "dashes", "dash-x"],
)
def test_questions_without_content_find_nothing(question: str) -> None:
    result = invoke("ask", "--json", "--", question)
    assert result.exit_code == EXIT_NO_MATCH
    answer = json.loads(result.stdout)
    assert answer["query"] == question
    assert answer["matches"] == []
    assert answer["emergency"] is False
    assert answer["contacts"], "even with no match the tool says whom to write to"
    human = invoke("ask", "--", question)
    assert human.exit_code == EXIT_NO_MATCH
    assert_terminal_safe(human.output)


def test_options_after_double_dash_are_the_question() -> None:
    result = invoke("ask", "--", "--json")
    assert result.exit_code in (EXIT_OK, EXIT_NO_MATCH)
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)  # a human answer, not --json
    as_json = invoke("ask", "--json", "--", "--json", "--limit", "-")
    assert json.loads(as_json.stdout)["query"] == "--json --limit -"


def test_a_120_kb_question_is_answered_promptly() -> None:
    question = ("who do I write to about a disinformation campaign on wikipedia " * 2000)[:120_000]
    done = run("ask", "--json", "--", question)  # TIMEOUT is the guard: no timing assertion
    assert done.returncode == EXIT_OK
    answer = json.loads(done.stdout)
    assert answer["query"] == question
    assert answer["matches"][0]["id"] == "report-misinformation"


@pytest.mark.parametrize("args", [["show"], ["contact", "--topic"], ["list", "--category"], ["export", "--format"], ["export", "--id"], []], ids=lambda a: " ".join(a) or "command")
def test_huge_arguments_give_short_errors(args: list[str]) -> None:
    huge = "legal disinformation human rights \x1b]0;PWNED-TITLE\x07 " * 3000
    result = invoke(*args, huge)
    assert result.exit_code == EXIT_USAGE
    assert result.stdout == ""
    assert len(result.stderr) < 500
    assert_terminal_safe(result.stderr)


def test_a_multi_megabyte_stdin_line_is_one_answer() -> None:
    line = "lawyer " * 700_000  # ~4.9 MB, one line
    done = run("ask", "-", "--json", input=line.encode() + b"\nhow do I contact lawmakers\n")
    assert done.returncode == EXIT_OK
    answers = [json.loads(out) for out in done.stdout.splitlines()]
    assert len(answers) == 2
    assert answers[0]["query"] == line
    assert answers[1]["query"] == "how do I contact lawmakers"


def test_batch_keeps_order_and_survives_nul_and_invalid_utf8() -> None:
    lines = [
        b"who do I email about a fake news campaign?",
        b"nul\x00inside a lawyer question",
        b"\xff\xfe\xfa invalid utf-8 \xc3\x28",
        b"",
        b"   \t",
        b"\x1b]0;PWNED-TITLE\x07contact lawmakers",
        b"crlf line about chapter contracts\r",
        b"\x00",
        b"last line without newline",
    ]
    done = run("ask", "-", "--json", input=b"\n".join(lines))
    assert done.returncode == EXIT_OK
    answers = [json.loads(out) for out in done.stdout.decode("utf-8").splitlines()]
    expected = [raw.decode("utf-8", "replace").rstrip("\r") for raw in lines if raw.strip()]
    assert [a["query"] for a in answers] == expected
    assert "\ufffd" in answers[2]["query"]
    assert answers[1]["query"] == "nul\x00inside a lawyer question"
    plain = run("ask", "-", input=b"\n".join(lines))
    assert plain.returncode == EXIT_OK
    assert len(plain.stdout.splitlines()) == len(expected)
    assert_terminal_safe(plain.stdout.decode("utf-8").replace("\t", " "))


def test_batch_of_thousands_of_lines_in_one_process() -> None:
    questions = [f"question {i} about a lawyer for our chapter" for i in range(3000)]
    done = run("ask", "-", "--json", input="\n".join(questions).encode())
    assert done.returncode == EXIT_OK
    assert [json.loads(out)["query"] for out in done.stdout.splitlines()] == questions


def test_invalid_utf8_argument_becomes_replacement_characters() -> None:
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"advocacy_cli", b"ask", b"--json", b"--", b"lawyer \xff\xfe help"],
        capture_output=True, env=process_env(), timeout=TIMEOUT, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == EXIT_OK
    assert b"Traceback" not in done.stderr
    assert json.loads(done.stdout)["query"] == "lawyer \ufffd\ufffd help"


# --- 4. environments ------------------------------------------------------------------------------
def test_ascii_only_terminal_replaces_what_it_cannot_show(tmp_path: Path) -> None:
    data = faq_data()
    data["entries"][0]["answer"] = "Écrivez au département juridique — «avocat» 🙂 日本語."
    path = write_faq(tmp_path / "unicode.toml", data)
    env = process_env(LANG="C", LC_ALL="C", PYTHONIOENCODING="ascii")
    question = "How do I get help from a lawyer — «ahora»? 🙂"
    human = run("--data", str(path), "ask", question, env=env)
    assert human.returncode == EXIT_OK
    text = human.stdout.decode("ascii")  # nothing but ASCII reached stdout
    assert "crivez au d" in text and "?" in text
    as_json = run("--data", str(path), "ask", "--json", question, env=env)
    assert as_json.returncode == EXIT_OK
    answer = json.loads(as_json.stdout.decode("ascii"))
    assert answer["query"] == question
    assert answer["matches"][0]["answer"] == data["entries"][0]["answer"]
    for args in (["show", "légal-🙂"], ["contact", "--topic", "日本語"], ["list", "--category", "ünknown"]):
        failed = run("--data", str(path), *args, env=env)
        assert failed.returncode == EXIT_USAGE
        failed.stderr.decode("ascii")
    for args in (["list"], ["contacts"], ["topics"], ["show", "legal-help"], ["export", "--format", "markdown"]):
        assert run("--data", str(path), *args, env=env).returncode == EXIT_OK


def test_narrow_terminal_wraps_instead_of_failing() -> None:
    for args in (["ask", "my life is in danger, the police threatened to kill me"], ["list"], ["contacts"], ["show", "legal-help"], ["topics"]):
        done = run(*args, env=process_env(COLUMNS="20"))
        assert done.returncode == EXIT_OK
        # Only one unbreakable word (an address, an id) or a command may run past the window: cut, it would be wrong.
        wide = [line for line in done.stdout.decode().splitlines() if len(line) > 20]
        assert all(re.fullmatch(r"\s*\S+|\s*\(advocacy show \S+\)", line) for line in wide), (args, wide)
    for columns in ("0", "-3", "abc", "1"):
        assert run("contacts", env=process_env(COLUMNS=columns)).returncode == EXIT_OK


def test_no_home_or_unwritable_home(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        for home in (None, str(locked), "/dev/null/not-a-directory"):
            env = process_env(HOME=home, XDG_STATE_HOME=None, XDG_CONFIG_HOME=None, XDG_CACHE_HOME=None)
            assert run("ask", "who do I email about a fake news campaign", env=env).returncode == EXIT_OK
            assert run("list", "--json", env=env).returncode == EXIT_OK
            assert run("export", "--format", "toml", env=env).returncode == EXIT_OK
    finally:
        locked.chmod(0o700)


def test_cache_folder_that_cannot_be_used_changes_nothing(big_file: Path, tmp_path: Path) -> None:
    expected = run("--data", str(big_file), "list", "--json").stdout
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    for cache_home in (str(not_a_folder), "/dev/null/not-a-directory", "relative/path", str(tmp_path / "fresh")):
        for _ in range(2):  # the second run may read what the first one cached
            done = run("--data", str(big_file), "list", "--json", env=process_env(XDG_CACHE_HOME=cache_home, HOME=str(tmp_path / "home")))
            assert done.returncode == EXIT_OK
            assert done.stdout == expected
            assert done.stderr == b""
    for cached in (tmp_path / "fresh").rglob("*"):
        if cached.is_file():
            cached.write_bytes(cached.read_bytes()[:100] + b"\x00garbage" * 10)  # a corrupt cache file
    done = run("--data", str(big_file), "list", "--json", env=process_env(XDG_CACHE_HOME=str(tmp_path / "fresh")))
    assert done.returncode == EXIT_OK and done.stdout == expected


def test_ask_without_question_and_without_stdin_is_a_usage_error() -> None:
    devnull = run("ask", stdin=subprocess.DEVNULL)
    assert devnull.returncode == EXIT_USAGE
    assert b"missing question" in devnull.stderr
    closed = run("ask", stdin=None, preexec_fn=lambda: os.close(0))
    assert closed.returncode == EXIT_USAGE
    batch_closed = run("ask", "-", "--json", stdin=None, preexec_fn=lambda: os.close(0))
    assert batch_closed.returncode == EXIT_USAGE
    assert b"standard input" in batch_closed.stderr
    empty = run("ask", "-", "--json", stdin=subprocess.DEVNULL)
    assert empty.returncode == EXIT_OK and empty.stdout == b""


def test_sigint_during_batch_exits_130_without_traceback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "advocacy_cli", "ask", "-", "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=process_env(),
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(b"who do I email about a fake news campaign?\n")
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["matches"]  # the batch loop is running, stdin stays open
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=TIMEOUT) == 130
        assert process.stderr is not None
        assert b"Traceback" not in process.stderr.read()
    finally:
        end_process(process)


def _reader_goes_away(args: list[str]) -> tuple[int, bytes]:
    """``advocacy ARGS | head -1``: read one line, close the pipe, let the writer hit EPIPE."""
    process = subprocess.Popen(
        [sys.executable, "-m", "advocacy_cli", *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=process_env()
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    code = process.wait(timeout=TIMEOUT)
    err = process.stderr.read()
    process.stderr.close()
    assert first
    return code, err


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough entries that the output outgrows a pipe buffer (64 KB), so the writer really meets EPIPE."""
    data = faq_data()
    template = data["entries"][1]
    data["entries"] += [dict(template, id=f"entry-{i}", question=f"Question {i} " + "about lawmakers " * 8, answer="An answer. " * 30) for i in range(700)]
    return write_faq(tmp_path_factory.mktemp("big") / "big.toml", data)


@pytest.mark.parametrize("args", [["list"], ["export", "--format", "jsonl"], ["list", "--json"], ["contacts"]])
def test_broken_pipe_is_quiet(big_file: Path, args: list[str]) -> None:
    code, err = _reader_goes_away(["--data", str(big_file), *args])
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err
    assert b"BrokenPipe" not in err
    assert code in (EXIT_OK, 141)


@pytest.mark.parametrize("command", ["list", "export --format jsonl", "ask - --json"])
def test_pipeline_into_head_as_typed_in_a_shell(command: str, big_file: Path) -> None:
    import shlex

    tool = f"{shlex.quote(sys.executable)} -m advocacy_cli --data {shlex.quote(str(big_file))}"
    feed = "yes 'who do I email about a fake news campaign' | head -n 20000 | " if command.startswith("ask") else ""
    done = subprocess.run(["sh", "-c", f"{feed}{tool} {command} | head -1"], capture_output=True, env=process_env(), timeout=TIMEOUT)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 1
    assert done.stderr == b"", done.stderr.decode("utf-8", "replace")


def test_broken_pipe_in_batch_mode_is_quiet() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "advocacy_cli", "ask", "-", "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=process_env(),
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdout.close()  # nobody reads the answers
    try:
        process.stdin.write(b"lawyer help for our chapter\n" * 20_000)
        process.stdin.close()
    except BrokenPipeError:  # the tool may have left already: that is the point
        pass
    assert process.wait(timeout=TIMEOUT) in (EXIT_OK, 141)
    assert b"Traceback" not in process.stderr.read()
    process.stderr.close()


def test_full_disk_on_stdout_is_one_line_and_exit_2() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    for args in (["list"], ["list", "--json"], ["ask", "--json", "lawyer"], ["export", "--format", "json"]):
        with open("/dev/full", "wb") as full:
            done = run(*args, stdout=full, stderr=subprocess.PIPE)
        assert done.returncode == EXIT_USAGE, (args, done.stderr)
        assert done.stderr.decode().splitlines() == ["Error: cannot write the output: no space left on device"]


def test_closed_stdout_or_stderr_keeps_the_exit_code() -> None:
    def closing(fd: int) -> Any:
        return lambda: os.close(fd)

    no_stdout = subprocess.run([sys.executable, "-m", "advocacy_cli", "ask", "--json", "lawyer"], stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=closing(1), env=process_env(), timeout=TIMEOUT)
    assert no_stdout.returncode == EXIT_OK
    assert no_stdout.stderr == b""
    no_stderr = subprocess.run([sys.executable, "-m", "advocacy_cli", "show", "no-such-id"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, preexec_fn=closing(2), env=process_env(), timeout=TIMEOUT)
    assert no_stderr.returncode == EXIT_USAGE


# --- files written ----------------------------------------------------------------------------------
def test_export_never_leaves_a_half_written_file(tmp_path: Path, good_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.json"
    target.write_text("precious", encoding="utf-8")
    refused = invoke("--data", str(good_file), "export", "--output", str(target))
    assert refused.exit_code == EXIT_USAGE
    assert target.read_text(encoding="utf-8") == "precious"

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    failed = invoke("--data", str(good_file), "export", "--output", str(target), "--force")
    assert failed.exit_code == EXIT_USAGE
    assert "no space left on device" in failed.stderr
    assert target.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.json"]  # no temporary file left behind
    monkeypatch.undo()
    assert invoke("--data", str(good_file), "export", "--output", str(target), "--force").exit_code == EXIT_OK
    assert json.loads(target.read_text(encoding="utf-8"))["entries"]


def test_export_to_missing_folder_or_directory_is_a_usage_error(tmp_path: Path) -> None:
    for target in (tmp_path / "no" / "such" / "folder.json", tmp_path):
        result = invoke("export", "--output", str(target))
        assert result.exit_code == EXIT_USAGE
        assert result.stderr.startswith("Error: ")
    assert list(tmp_path.iterdir()) == []


def test_export_writes_through_devices_and_pipes_instead_of_replacing_them(tmp_path: Path) -> None:
    assert invoke("export", "--format", "jsonl", "--output", os.devnull).exit_code == EXIT_OK
    assert Path(os.devnull).is_char_device()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = invoke("export", "--format", "jsonl", "--output", str(fifo), "--force")
    reader.join(timeout=TIMEOUT)
    assert result.exit_code == EXIT_OK
    assert fifo.is_fifo(), "the named pipe must not be replaced by a regular file"
    assert len(received[0].splitlines()) == BUNDLED_ENTRIES

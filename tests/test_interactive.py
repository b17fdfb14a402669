"""The interactive prompt: driven through a real pseudo-terminal, as a person at a keyboard would."""

from __future__ import annotations

import builtins
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advocacy_cli import interactive
from advocacy_cli.interactive import PROMPT, run_prompt

needs_pty = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")

TIMEOUT = 30.0  # generous: CI machines can be slow to start Python
CTRL_C = b"\x03"
CTRL_D = b"\x04"
SETTLE = 0.5  # seconds between seeing the prompt and pressing Ctrl-C


class Terminal:
    """`advocacy ask` running with a pseudo-terminal as its controlling terminal."""

    def __init__(self, home: Path, args: tuple[str, ...] = (), **extra_env: str) -> None:
        import fcntl
        import pty
        import termios

        master, slave = pty.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ADVOCACY_CLI", "FORCE_COLOR"))}
        env.update(
            HOME=str(home),
            XDG_STATE_HOME=str(home / "state"),
            NO_COLOR="1",
            TERM="xterm",
            INPUTRC=os.devnull,  # the user's key bindings must not change what the test types
            COLUMNS="100",
            LINES="40",
            **extra_env,
        )

        def controlling_terminal() -> None:  # runs in the child, after setsid(): make Ctrl-C send SIGINT
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            [sys.executable, "-m", "advocacy_cli", "ask", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=home,
            start_new_session=True,
            preexec_fn=controlling_terminal,
            close_fds=True,
        )
        os.close(slave)
        self.master = master
        self.pending = b""
        self.seen = b""

    def read_until(self, token: bytes, timeout: float = TIMEOUT) -> str:
        """Everything up to and including ``token``; fails with what was seen if it never comes."""
        deadline = time.monotonic() + timeout
        while token not in self.pending:
            if time.monotonic() > deadline:
                pytest.fail(f"waited {timeout}s for {token!r}; the terminal showed:\n{self.seen.decode(errors='replace')}")
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                chunk = self._read()
                if not chunk:
                    pytest.fail(f"the program ended before {token!r}; the terminal showed:\n{self.seen.decode(errors='replace')}")
                self.pending += chunk
                self.seen += chunk
        end = self.pending.index(token) + len(token)
        out, self.pending = self.pending[:end], self.pending[end:]
        return out.decode("utf-8", errors="replace").replace("\r\n", "\n")

    def prompt(self) -> str:
        return self.read_until(PROMPT.encode())

    def type(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def interrupt(self) -> None:
        """Ctrl-C, once the program waits for a key: a signal that lands between printing the prompt
        and waiting for input is only noticed at the next key (a readline race no person can hit)."""
        time.sleep(SETTLE)
        self.type(CTRL_C)

    def finish(self, timeout: float = TIMEOUT) -> tuple[int, str]:
        """Wait for the program to end; its exit code and whatever it printed last."""
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.close()
            pytest.fail(f"the program did not end; the terminal showed:\n{self.seen.decode(errors='replace')}")
        rest = b""
        while select.select([self.master], [], [], 0.2)[0]:
            chunk = self._read()
            if not chunk:
                break
            rest += chunk
        self.seen += rest
        return code, (self.pending + rest).decode("utf-8", errors="replace")

    def _read(self) -> bytes:
        try:
            return os.read(self.master, 65536)
        except OSError:  # Linux reports EIO once the child has closed the terminal
            return b""

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(TIMEOUT)
        if self.master >= 0:
            os.close(self.master)
            self.master = -1


@pytest.fixture
def terminal(tmp_path: Path):
    opened: list[Terminal] = []

    def start(*args: str, **extra_env: str) -> Terminal:
        term = Terminal(tmp_path, args, **extra_env)
        opened.append(term)
        return term

    yield start
    for term in opened:
        term.close()


@needs_pty
def test_question_answered_then_help_then_quit(terminal, tmp_path: Path) -> None:
    term = terminal()
    assert "help" in term.prompt()
    term.type(b"whom do I write to about our chapter's contract\r")
    shown = term.prompt()
    assert "contract-contact" in shown
    assert "croslof@wikimedia.org" in shown
    term.type(b"help\r")
    shown = term.prompt()
    assert ":q" in shown and "Ctrl-D" in shown
    term.type(b":q\r")
    code, rest = term.finish()
    assert code == 0
    assert "Traceback" not in term.seen.decode(errors="replace")
    history = tmp_path / "state" / "advocacy-cli" / "history"
    assert "chapter's contract" in history.read_text(encoding="utf-8")
    assert history.stat().st_mode & 0o077 == 0, "history can hold personal questions: owner only"


@needs_pty
def test_blank_lines_are_ignored_and_quit_words_leave(terminal) -> None:
    for word in (b"quit", b"exit"):
        term = terminal()
        term.prompt()
        term.type(b"   \r")
        assert term.prompt().strip() == PROMPT.strip()
        term.type(word + b"\r")
        code, _ = term.finish()
        assert code == 0


@needs_pty
def test_ctrl_d_leaves(terminal) -> None:
    term = terminal()
    term.prompt()
    term.type(CTRL_D)
    code, _ = term.finish()
    assert code == 0
    assert "Traceback" not in term.seen.decode(errors="replace")


@needs_pty
def test_ctrl_c_cancels_the_line_and_twice_leaves(terminal) -> None:
    term = terminal()
    term.prompt()
    term.type(b"a question I change my mind about")
    term.read_until(b"mind about")
    term.interrupt()
    term.prompt()  # the line is dropped and the prompt comes back
    assert term.process.poll() is None
    term.interrupt()
    assert "again" in term.prompt()
    term.interrupt()
    code, _ = term.finish()
    assert code == 0
    shown = term.seen.decode(errors="replace")
    assert "Traceback" not in shown and "KeyboardInterrupt" not in shown and "Aborted" not in shown


def test_prompt_needs_a_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_CLI")}
    done = subprocess.run(
        [sys.executable, "-m", "advocacy_cli", "ask"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=TIMEOUT,
    )
    assert done.returncode == 2
    assert "missing question" in done.stderr
    assert done.stdout == ""


# --- the loop itself, with input() replaced -----------------------------------------------------
def _typed(monkeypatch: pytest.MonkeyPatch, keys: list[object]) -> None:
    """Make input() return each string of ``keys`` in turn, or raise it if it is an exception."""
    pending = list(keys)

    def fake_input(prompt: str = "") -> str:
        assert prompt == PROMPT
        key = pending.pop(0) if pending else EOFError()
        if isinstance(key, BaseException):
            raise key
        return str(key)

    monkeypatch.setattr(builtins, "input", fake_input)
    monkeypatch.setattr(interactive, "_import_readline", lambda: None)


def test_every_other_line_goes_to_the_answerer(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    asked: list[str] = []
    _typed(monkeypatch, ["first question", "", "  ", "?", "second one", "QUIT", "never asked"])
    run_prompt(lambda q: asked.append(q) or 0, history_file=False)
    assert asked == ["first question", "second one"]
    assert "show this help" in capsys.readouterr().out


def test_interrupted_answer_does_not_end_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def slow(question: str) -> int:
        asked.append(question)
        if question == "slow":
            raise KeyboardInterrupt
        return 0

    _typed(monkeypatch, ["slow", "next", KeyboardInterrupt(), KeyboardInterrupt(), "not reached"])
    run_prompt(slow, history_file=False)
    assert asked == ["slow", "next"]


def test_unwritable_history_is_not_fatal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    _typed(monkeypatch, ["a question", ":q"])
    monkeypatch.setattr(interactive, "_import_readline", _real_readline)  # history on, but nowhere to write it
    asked: list[str] = []
    run_prompt(lambda q: asked.append(q) or 0, history_file=blocker / "history")
    assert asked == ["a question"]


def _real_readline():
    try:
        import readline
    except ImportError:
        return None
    return readline


def test_history_lives_in_the_state_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert interactive.history_path() == tmp_path / "state" / "advocacy-cli" / "history"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert interactive.history_path() == tmp_path / ".local" / "state" / "advocacy-cli" / "history"


# --- item 8: bytes that are not UTF-8 become U+FFFD at the prompt, as in batch mode and argv -------
def test_undecodable_bytes_reach_the_answerer_as_replacement_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    _typed(monkeypatch, ["lawyer \udcff\udcfe", "fine"])  # what input() returns for b"\xff\xfe" under surrogateescape
    run_prompt(lambda q: asked.append(q) or 0, history_file=False)
    assert asked == ["lawyer \ufffd\ufffd", "fine"]


@needs_pty
@pytest.mark.parametrize("option", ["--mailto", "--json"])
def test_invalid_utf8_typed_at_the_prompt_is_answered(terminal, option: str) -> None:
    term = terminal(option)
    term.prompt()
    term.type(b"lawyer \xff\xfe\r")
    shown = term.prompt()
    assert "Traceback" not in shown and "Error" not in shown, shown
    if option == "--mailto":
        assert "mailto:" in shown and "%EF%BF%BD%EF%BF%BD" in shown
    else:
        import json

        body = shown[shown.index("{") : shown.rindex("}") + 1]
        assert json.loads(body)["query"] == "lawyer \ufffd\ufffd"
        assert "\\udcff" not in body
    term.type(b":q\r")
    code, _ = term.finish()
    assert code == 0


# --- privacy of the history -----------------------------------------------------------------------
def _session(term: Terminal, lines: list[bytes]) -> int:
    term.prompt()
    for line in lines:
        term.type(line + b"\r")
        if line not in (b"q", b":q", b"quit"):
            term.prompt()
    code, _ = term.finish()
    return code


@needs_pty
def test_history_keeps_questions_not_the_prompts_commands_and_q_quits(terminal, tmp_path: Path) -> None:
    term = terminal()
    assert _session(term, [b"whom do I write to about our chapter's contract", b"help", b"?", b":help", b"q"]) == 0
    assert "No confident match" not in term.seen.decode(errors="replace")  # 'q' left, it was not asked
    history = (tmp_path / "state" / "advocacy-cli" / "history").read_text(encoding="utf-8")
    # libedit (macOS) writes a header line and spaces as \\040; GNU readline writes the lines as typed
    remembered = [line.replace("\\040", " ") for line in history.splitlines() if not line.startswith("_HiStOrY_V2_")]
    assert remembered == ["whom do I write to about our chapter's contract"]


@needs_pty
@pytest.mark.parametrize("setting", [("--no-history",), ("ADVOCACY_CLI_HISTORY", "0"), ("ADVOCACY_CLI_HISTORY", "off")])
def test_history_can_be_turned_off(terminal, tmp_path: Path, setting: tuple[str, ...]) -> None:
    term = terminal(setting[0]) if len(setting) == 1 else terminal(**{setting[0]: setting[1]})
    assert _session(term, [b"can the foundation help me find a lawyer", b":q"]) == 0
    assert "legal@wikimedia.org" in term.seen.decode(errors="replace")
    assert not (tmp_path / "state").exists() or not list((tmp_path / "state").rglob("*history*"))


@needs_pty
def test_history_file_can_be_moved(terminal, tmp_path: Path) -> None:
    elsewhere = tmp_path / "private" / "questions"
    term = terminal(ADVOCACY_CLI_HISTORY=str(elsewhere))
    assert _session(term, [b"lawyer for our chapter", b"quit"]) == 0
    assert "lawyer" in elsewhere.read_text(encoding="utf-8")
    assert elsewhere.stat().st_mode & 0o077 == 0
    assert not (tmp_path / "state" / "advocacy-cli" / "history").exists()


def test_history_setting_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for off in ("0", "off", "No", " false "):
        monkeypatch.setenv("ADVOCACY_CLI_HISTORY", off)
        assert interactive.history_path() is None
    monkeypatch.setenv("ADVOCACY_CLI_HISTORY", str(tmp_path / "h"))
    assert interactive.history_path() == tmp_path / "h"
    monkeypatch.setenv("ADVOCACY_CLI_HISTORY", "")
    assert interactive.history_path() == tmp_path / "state" / "advocacy-cli" / "history"


def test_bare_q_quits_instead_of_being_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    _typed(monkeypatch, ["first", "Q", "never asked"])
    run_prompt(lambda q: asked.append(q) or 0, history_file=False)
    assert asked == ["first"]

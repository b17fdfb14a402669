"""The interactive prompt of `advocacy ask`: one question per line, with line editing, history and a calm way out."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from advocacy_cli import environment

PROMPT = "advocacy> "
QUIT_WORDS = frozenset({"q", ":q", ":quit", "quit", "exit", ":exit"})
HELP_WORDS = frozenset({"help", "?", ":h", ":help"})
HISTORY_LENGTH = 1000
# Questions can be personal: this turns the history file off ("0", "off", "no", "false", "none") or
# moves it (a path); --no-history does the same for one session.
HISTORY_ENV = environment.HISTORY
HISTORY_OFF = environment.OFF_WORDS
HELP = f"""\
Type a question and press Enter: you get the best answer from the FAQ and whom to write to.
  help, ?           show this help
  q, :q, quit, exit leave (Ctrl-D does the same)
  Ctrl-C            cancel the line you are typing; press it again on an empty line to leave
  Up, Down          recall earlier questions (when line editing is available)
Questions (not these commands) are kept in a history file readable by you only;
{environment.HISTORY}=0 or 'advocacy ask --no-history' keeps them for this session only.
"""
GREETING = "Ask a question about Wikimedia's Global Advocacy work. Type 'help' for help, ':q' to leave.\n"


def history_path() -> Path | None:
    """Where questions are remembered between sessions: $ADVOCACY_CLI_HISTORY, else the user's state
    folder if there is one; None when history is turned off."""
    chosen = os.environ.get(HISTORY_ENV)
    if chosen is not None and chosen.strip():
        if chosen.strip().casefold() in HISTORY_OFF:
            return None
        return Path(os.path.expanduser(chosen.strip()))
    folder = environment.user_folder("state")
    return folder / "history" if folder is not None else None


class _History:
    """readline history backed by a private file; any failure leaves history in memory only."""

    def __init__(self, readline: ModuleType | None, path: Path | None) -> None:
        self.readline = readline
        self.path = path
        if readline is None:
            return
        try:
            readline.set_history_length(HISTORY_LENGTH)
            if path is not None and path.is_file():
                readline.read_history_file(str(path))
        except (OSError, ValueError):
            self.path = None

    def save(self) -> None:
        if self.readline is None or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Questions can be personal: create the file readable by its owner only.
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)
            self.readline.write_history_file(str(self.path))
        except (OSError, ValueError):
            pass

    def forget_last(self) -> None:
        """Drop the line just typed from history: the prompt's own commands are not worth recalling."""
        if self.readline is None:
            return
        try:
            count = self.readline.get_current_history_length()
            if count > 0:
                self.readline.remove_history_item(count - 1)
        except (AttributeError, OSError, ValueError):
            pass

    def current_line(self) -> str:
        if self.readline is None:
            return ""
        try:
            return self.readline.get_line_buffer()
        except (AttributeError, OSError, ValueError):
            return ""


def _as_text(line: str) -> str:
    """The line as typed; bytes that were not UTF-8 (lone surrogates from stdin's decoder) become
    U+FFFD, as in batch mode and in arguments, so no later encoding step can fail on them."""
    try:
        return line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate surrogateescape did not make (pasted as text): replace it too
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in line)


def _import_readline() -> ModuleType | None:
    try:
        import readline
    except ImportError:  # Windows without pyreadline, or a Python built without it
        return None
    return readline


def run_prompt(answer_one: Callable[[str], int], *, history_file: Path | None | bool = True) -> None:
    """Ask ``answer_one`` every non-blank line typed at the prompt, until the user leaves.

    ``history_file`` is True for the default location, a path to use that one, or False/None to
    keep history in memory only.
    """
    readline = _import_readline()
    path = history_path() if history_file is True else history_file or None
    history = _History(readline, path if isinstance(path, Path) else None)
    write = sys.stdout.write
    write(GREETING)
    sys.stdout.flush()
    interrupted = False  # the previous key was a Ctrl-C on an empty line
    try:
        while True:
            try:
                line = _as_text(input(PROMPT))
            except EOFError:
                write("\n")
                return
            except KeyboardInterrupt:
                typed = history.current_line().strip()
                write("\n")
                if interrupted and not typed:
                    return
                interrupted = not typed
                if interrupted:
                    write("(press Ctrl-C again, Ctrl-D or type :q to leave)\n")
                sys.stdout.flush()
                continue
            interrupted = False
            command = line.strip()
            if not command:
                continue
            if command.casefold() in QUIT_WORDS | HELP_WORDS:
                history.forget_last()
            if command.casefold() in QUIT_WORDS:
                return
            if command.casefold() in HELP_WORDS:
                write(HELP)
                sys.stdout.flush()
                continue
            try:
                answer_one(line)
            except KeyboardInterrupt:
                write("\n")
            sys.stdout.flush()
    finally:
        sys.stdout.flush()
        history.save()

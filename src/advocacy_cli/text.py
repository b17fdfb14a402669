"""Plain-text helpers shared by every layer: terminal-safe cleaning, keys as typed, did-you-mean.

A leaf module: it imports neither rich nor the model, so the exporters and the core can clean
text without loading the terminal UI.
"""

from __future__ import annotations

import re
from typing import Iterable

# ESC-initiated sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte escapes.
# Only complete sequences are removed whole: an unterminated OSC or a lone 8-bit C1 introducer
# (U+009B, U+009D, common in mis-decoded text) must not swallow the rest of an answer; without
# their ESC/C1 byte (dropped here or replaced by _CONTROL) what follows is plain text.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]?")
# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_LINE_BREAKS = re.compile(r"[\n\t\r\u2028\u2029]+")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """``text`` made safe for a terminal: escape sequences removed, other controls shown as U+FFFD."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub(REPLACEMENT, text.replace("\r\n", "\n"))


def clean_line(text: str) -> str:
    """``clean`` for one-line messages: newlines, tabs and line separators become spaces as well."""
    return _LINE_BREAKS.sub(" ", clean(text))


def shorten(text: str, width: int = 60) -> str:
    """``text`` for quoting in a one-line message: cleaned first, then cut, so no half escape survives."""
    cleaned = clean_line(text)
    return cleaned if len(cleaned) <= width else cleaned[: width - 3] + "..."


def key_of(name: str) -> str:
    """A key as people type it ('Human Rights', 'human_rights ') in the data's form ('human-rights')."""
    return re.sub(r"[\s_-]+", "-", name.casefold()).strip("-")


# Below this similarity (difflib's ratio) a suggestion is a guess, not a correction: 'nope' must not
# propose 'sign-open-letter'. 0.6 keeps one slip in a short word and two in a long one.
SUGGESTION_FLOOR = 0.6
MAX_SUGGESTION_CHOICES = 5000  # did-you-mean looks at this many names at most: a hint must stay cheap
MAX_SUGGESTION_LENGTH = 100


def closest(word: str, choices: Iterable[str], n: int = 1, floor: float = SUGGESTION_FLOOR) -> list[str]:
    """The names among ``choices`` that ``word`` is plausibly a misspelling of, best first (maybe none)."""
    import difflib
    from itertools import islice

    if not word or len(word) > MAX_SUGGESTION_LENGTH:
        return []
    names = [str(choice) for choice in islice(choices, MAX_SUGGESTION_CHOICES)]
    return difflib.get_close_matches(word, names, n=n, cutoff=floor)

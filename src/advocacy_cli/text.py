"""Plain-text helpers shared by every layer: terminal-safe cleaning, keys as typed, did-you-mean.

A leaf module: it imports neither rich nor the model, so the exporters and the core can clean
text without loading the terminal UI.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# ESC-initiated sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte escapes.
# Only complete sequences are removed whole: an unterminated OSC or a lone 8-bit C1 introducer
# (U+009B, U+009D, common in mis-decoded text) must not swallow the rest of an answer; without
# their ESC/C1 byte (dropped here or replaced by _CONTROL) what follows is plain text.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]?")
# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_LINE_BREAKS = re.compile(r"[\n\t\r\u2028\u2029]+")
REPLACEMENT = "\ufffd"


def hashed_grams(words: Sequence[str], bits: int) -> list[int]:
    """The buckets (crc32 modulo 2 ** ``bits``) of ``words`` and of each pair of neighbouring words,
    sorted and each once: the features of the learned readers (danger_words, entry_model)."""
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    mask = (1 << bits) - 1
    return sorted({zlib.crc32(g.encode("utf-8")) & mask for g in grams})


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
    """A key as people type it ('Human Rights', 'human_rights ') in the data's form ('human-rights'):
    Unicode-normalised (NFKC, so composed and decomposed accents are one key), case-folded, with
    runs of blanks, '-' and '_' as one '-'. The one normaliser for entry ids, categories and topic
    names and aliases (two names clash when their keys are equal)."""
    if not name.isascii():
        import unicodedata

        name = unicodedata.normalize("NFKC", name)
    return _SEPARATORS.sub("-", name.casefold()).strip("-")


_SEPARATORS = re.compile(r"[\s_-]+")

# Below this similarity (difflib's ratio, about one wrong letter in four) a suggestion is a guess,
# not a correction: 'nope' must not propose 'sign-open-letter'.
SUGGESTION_FLOOR = 0.75
MAX_SUGGESTION_CHOICES = 5000  # did-you-mean looks at this many names at most: a hint must stay cheap
MAX_SUGGESTION_LENGTH = 100


def closest(word: str, choices: Iterable[str], n: int = 1, floor: float = SUGGESTION_FLOOR) -> list[str]:
    """The names among ``choices`` that ``word`` is plausibly a slip for, best first, at most ``n``
    (maybe none): the one did-you-mean of the tool, for commands, ids, categories, topics and fields.

    Plausible means a typo away (difflib's ratio at least ``floor``), two letters swapped
    ('lgeal' -> 'legal'), or the start of a longer name ('legal' -> 'legal-help'). ``word`` is
    compared case-folded and stripped. The work is capped: a word longer than
    MAX_SUGGESTION_LENGTH suggests nothing and only the first MAX_SUGGESTION_CHOICES names are
    looked at, so a hint stays cheap whatever a data file holds.
    """
    import difflib
    from itertools import islice

    typed = word.strip().casefold()
    if not typed or len(typed) > MAX_SUGGESTION_LENGTH or n < 1:
        return []
    matcher = difflib.SequenceMatcher(None, typed)
    scored: list[tuple[float, str]] = []
    for choice in dict.fromkeys(str(c) for c in islice(choices, MAX_SUGGESTION_CHOICES)):
        swapped = len(typed) >= 3 and len(choice) == len(typed) and sorted(typed) == sorted(choice) and sum(a != b for a, b in zip(typed, choice)) == 2
        prefix = len(typed) >= 3 and choice.startswith(typed)
        matcher.set_seq2(choice)
        # The quick upper bounds first: most names are far from the word and need no full comparison.
        near = matcher.real_quick_ratio() >= floor and matcher.quick_ratio() >= floor
        ratio = matcher.ratio() if near or swapped or prefix else 0.0
        if ratio >= floor or swapped or prefix:
            scored.append((max(ratio, 0.9 if swapped else 0.0, 0.8 if prefix else 0.0), choice))
    scored.sort(key=lambda item: -item[0])
    return [choice for _, choice in scored[:n]]


class LazyPattern:
    """A regular expression compiled the first time it is used: importing a module that defines many
    patterns compiles none, and a run pays only for those it needs."""

    __slots__ = ("pattern", "flags", "build", "compiled")

    def __init__(self, pattern: str, flags: int = 0, build: Callable[[str], re.Pattern[str]] | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self.build = build  # how to compile it (a caller may rewrite the pattern first); re.compile by default
        self.compiled: re.Pattern[str] | None = None

    def _compiled(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = self.build(self.pattern) if self.build is not None else re.compile(self.pattern, self.flags)
        return self.compiled

    # The methods used on every question are spelt out: __getattr__ runs only after a failed lookup,
    # which costs more than the search itself on short questions.
    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return (self.compiled or self._compiled()).search(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return (self.compiled or self._compiled()).sub(repl, string, count)

    def findall(self, string: str, *args: Any) -> list[Any]:
        return (self.compiled or self._compiled()).findall(string, *args)

    def __getattr__(self, name: str) -> Any:  # match, finditer... of the compiled pattern
        return getattr(self._compiled(), name)

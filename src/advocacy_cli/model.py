"""The immutable objects everything else works on: the FAQ as loaded, and an answer to a question.

Records are NamedTuples (cheap to define, which start-up time notices) and the Faq a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping, NamedTuple

# Categories allowed when a data file does not declare its own [categories].
DEFAULT_CATEGORIES: Mapping[str, str] = MappingProxyType(
    {
        "general": "General questions",
        "human-rights": "Human rights",
        "disinformation": "Disinformation",
        "community": "Community and affiliates",
        "legal": "Legal affairs",
    }
)


class Meta(NamedTuple):
    title: str
    source: str = ""
    licence: str = ""
    licence_url: str = ""
    reviewed: str = ""
    note: str = ""
    fallback_contact: str = "global-advocacy"
    emergency_contact: str = "emergency"
    # Contacts suggested after the emergency address when someone is in danger, most relevant first.
    emergency_also: tuple[str, ...] = ()
    # Questions this FAQ does not answer (editing articles, donations...): a question closer to one
    # of them than to any entry is not answered, however many words it shares with an entry.
    not_covered: tuple[str, ...] = ()


class Category(NamedTuple):
    key: str
    title: str


class Contact(NamedTuple):
    key: str
    name: str
    email: str
    reason: str = ""


class Topic(NamedTuple):
    key: str
    contacts: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    description: str = ""


class Entry(NamedTuple):
    id: str
    category: str
    question: str
    answer: str
    contacts: tuple[str, ...]
    variants: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Faq:
    meta: Meta
    categories: Mapping[str, Category]
    contacts: Mapping[str, Contact]
    topics: Mapping[str, Topic]
    entries: tuple[Entry, ...]
    source_path: str = ""
    _by_id: Mapping[str, Entry] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({e.id: e for e in self.entries}))

    def entry(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def with_entries(self, entries: tuple[Entry, ...]) -> "Faq":
        """The same FAQ limited to ``entries`` (for filtered exports)."""
        return Faq(self.meta, self.categories, self.contacts, self.topics, entries, self.source_path)

    def contacts_of(self, keys: tuple[str, ...] | list[str]) -> tuple[Contact, ...]:
        return tuple(self.contacts[k] for k in keys if k in self.contacts)

    @property
    def emergency_contact(self) -> Contact | None:
        return self.contacts.get(self.meta.emergency_contact)


class Contribution(NamedTuple):
    """One reason an entry scored: a query term found in one field of the entry."""

    term: str
    matched: str
    field: str
    points: float


class Match(NamedTuple):
    entry: Entry
    score: float  # 0-100: the lexical score fused with the semantic one (the lexical alone without it)
    contributions: tuple[Contribution, ...] = ()
    # How much specific evidence backs the score (rarity-weighted words matched), whatever the
    # question's length: a long story can score low on the 0-100 scale and still be a sure match.
    evidence: float = 0.0
    lexical: float = 0.0  # the lexical view's score, 0-100
    semantic: float | None = None  # the cosine of the question to the entry; None without the semantic view


class Answer(NamedTuple):
    """Everything the tool says about one question; every output format reads this object."""

    query: str
    emergency: bool  # danger == "emergency"
    matches: tuple[Match, ...]
    contacts: tuple[Contact, ...]
    # The best candidates even when none is confident, so "nothing found" can still point somewhere.
    closest: tuple[Match, ...] = ()
    danger: str | None = None  # "emergency", "possible" or None (see danger.py)
    danger_cues: tuple[str, ...] = ()  # what in the question decided ``danger``, for --explain
    english: bool = True  # False when the question looks written in another language

    @property
    def found(self) -> bool:
        return bool(self.matches) or self.emergency

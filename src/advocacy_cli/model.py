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
    score: float
    contributions: tuple[Contribution, ...] = ()
    # How much specific evidence backs the score (rarity-weighted words matched), whatever the
    # question's length: a long story can score low on the 0-100 scale and still be a sure match.
    evidence: float = 0.0


class Answer(NamedTuple):
    """Everything the tool says about one question; every output format reads this object."""

    query: str
    emergency: bool
    matches: tuple[Match, ...]
    contacts: tuple[Contact, ...]
    # The best candidates even when none is confident, so "nothing found" can still point somewhere.
    closest: tuple[Match, ...] = ()
    emergency_signals: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.matches) or self.emergency

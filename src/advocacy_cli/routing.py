"""Whom to write to: contacts for an answer, forgiving topic lookup, and mail drafts."""

from __future__ import annotations

import re
from typing import NamedTuple

from advocacy_cli.errors import UsageError
from advocacy_cli.model import Contact, Faq, Match, Topic
from advocacy_cli.text import LazyPattern, closest, key_of

# --- shared helpers ---------------------------------------------------------------------------------
MAX_SCAN_CHARS = 20_000
_WORD = re.compile(r"[a-z]+")


def _near(word: str, target: str, allowed: int) -> bool:
    """Whether ``word`` is within ``allowed`` edits of ``target`` (insert, delete, replace, swap two)."""
    if abs(len(word) - len(target)) > allowed:
        return False
    previous2: list[int] = []
    previous = list(range(len(target) + 1))
    for i, a in enumerate(word, 1):
        current = [i] + [0] * len(target)
        for j, b in enumerate(target, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == target[j - 2] and word[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > allowed:
            return False
        previous2, previous = previous, current
    return previous[-1] <= allowed


# --- contacts for an answer ----------------------------------------------------------------------
# After a contact's distinctive name, these words show the question is after that contact's address
# ("the emergency e-mail"), or at least talking about that contact ("the legal team").
_ADDRESS_NOUNS = frozenset({"email", "mail", "emial", "address", "adress", "addres", "contact", "inbox", "mailbox", "@"})
_NAME_FILLER = frozenset({"team", "department", "contact", "lead", "the", "and"})
_TOKEN = re.compile(r"\w+|@")


def _asked_contacts(faq: Faq, question: str) -> list[str]:
    """Contacts whose address the question asks for ("the emergency e-mail", "address of the legal
    department", or the address itself), in the order the question names them."""
    text = question[:MAX_SCAN_CHARS].casefold().replace("e-mail", "email")
    if not any(noun in text for noun in _ADDRESS_NOUNS):
        return []  # the common case: an address holds "@", and a name counts only beside one of these nouns
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text) if m.group() != "and"]
    words = [word for _, word in tokens]
    asked: list[tuple[int, str]] = []
    for contact in faq.contacts.values():
        at = text.find(contact.email.casefold())
        if at >= 0:
            asked.append((at, contact.key))
            continue
        name = [w for w in _TOKEN.findall(contact.name.casefold()) if w not in _NAME_FILLER]
        if not name:
            continue
        for i in range(len(words) - len(name) + 1):
            if words[i : i + len(name)] != name:
                continue
            # "the emergency address", "emergency e-mail please", "the address of the emergency contact"
            near = words[i + len(name) : i + len(name) + 2] + words[max(i - 4, 0) : i]
            if _ADDRESS_NOUNS.intersection(near):
                asked.append((tokens[i][0], contact.key))
                break
    return [key for _, key in sorted(asked)]


def contacts_for(faq: Faq, question: str, matches: list[Match], danger: str | None = None) -> tuple[Contact, ...]:
    """Contacts to suggest, most relevant first, no duplicates.

    When someone is in danger the emergency contact leads, then any contact the question asks for
    by name, the best entry's contacts and those the data file names for emergencies. When danger
    is possible, the emergency contact follows the first contact. Otherwise the best entry's
    contacts (or the fallback contact), after any contact whose address the question asks for.
    """
    keys: list[str] = []
    entry_keys = list(matches[0].entry.contacts) if matches else []
    asked = _asked_contacts(faq, question)
    if danger == "emergency":
        keys.append(faq.meta.emergency_contact)
        keys.extend(asked)
        keys.extend(entry_keys)
        keys.extend(faq.meta.emergency_also)  # the data file says who else helps a person in danger
    else:
        keys.extend(asked)
        keys.extend(entry_keys if matches else [faq.meta.fallback_contact])
        if danger == "possible":
            keys.insert(1, faq.meta.emergency_contact)
    return faq.contacts_of(list(dict.fromkeys(k for k in keys if k in faq.contacts)))


# --- topics ----------------------------------------------------------------------------------------
class TopicLookup(NamedTuple):
    topic: Topic
    contacts: tuple[Contact, ...]


def topic_names(faq: Faq) -> dict[str, str]:
    """Every name a topic answers to (its key and aliases, normalised) -> topic key."""
    names: dict[str, str] = {}
    for topic in faq.topics.values():
        for name in (topic.key, *topic.aliases):
            names.setdefault(key_of(name), topic.key)
    return names


# Words that say someone may be in danger. A topic name made of one of these is never read as a typo
# of an unrelated topic ("police" is not "policy"), and the emergency topic is always suggested for it.
_DANGER_STEMS = (
    "abduct", "abus", "arrest", "assault", "attack", "beat", "behead", "bomb", "custody", "danger",
    "dead", "death", "detain", "detention", "disappear", "emergenc", "fear", "gun", "harass", "harm",
    "hostage", "hurt", "imprison", "injur", "intimidat", "jail", "kidnap", "kil", "knife", "lynch",
    "missing", "murder", "persecut", "police", "prison", "raid", "rape", "risk", "safe", "scared",
    "shoot", "shot", "stab", "stalk", "suicid", "threat", "tortur", "unsafe", "urgent", "violen",
    "weapon",
)
_DANGER_WORD = LazyPattern(r"\b(?:" + "|".join(_DANGER_STEMS) + r")")
# Whole words whose slips ("polise", "jial", "attackd") are read as danger words too.
_DANGER_WORDS = frozenset(
    """
    abducted arrested assaulted attacked beaten danger detained emergency harassed harassment hostage
    injured intimidated intimidation jail jailed killed kidnapped missing murdered persecuted police
    prison raided shooting stabbed threat threatened tortured unsafe violence
    """.split()
)
# Everyday words one slip from a danger word: real words, so never read as one.
_LOOKALIKES = frozenset(
    """
    attached dancer detailed emergence insured policy polite prosecuted prosecution raised shouting
    thread threads treat treated
    """.split()
)


def _faq_words(faq: Faq) -> set[str]:
    """Every word the FAQ's entries and topic descriptions use."""
    vocabulary: set[str] = set()
    for entry in faq.entries:
        for text in (entry.question, entry.answer, *entry.variants, *entry.keywords):
            vocabulary.update(_WORD.findall(text.casefold()))
    for topic in faq.topics.values():
        vocabulary.update(_WORD.findall(topic.description.casefold()))
    return vocabulary


def _danger_like(faq: Faq, wanted: str) -> bool:
    """Whether a topic name says, or nearly says (a slip in a word that is no real word), that
    someone may be in danger."""
    if _DANGER_WORD.search(wanted):
        return True
    known = _faq_words(faq) | _LOOKALIKES
    for word in _WORD.findall(wanted):
        if len(word) >= 4 and word not in known and any(
            target[0] == word[0] and _near(word, target, 2 if len(target) >= 9 else 1) for target in _DANGER_WORDS
        ):
            return True
    return False


def _emergency_topic(faq: Faq) -> str | None:
    """The topic that leads to the emergency contact (first such topic), if the FAQ has one."""
    leading = [t.key for t in faq.topics.values() if t.contacts[:1] == (faq.meta.emergency_contact,)]
    anywhere = [t.key for t in faq.topics.values() if faq.meta.emergency_contact in t.contacts]
    found = leading or anywhere
    return found[0] if found else None


def _is_real_word_of(faq: Faq, wanted: str) -> bool:
    """Whether every word of ``wanted`` is a word the FAQ itself uses (or an everyday look-alike of
    a danger word): then it is no typo."""
    vocabulary = _faq_words(faq) | _LOOKALIKES
    words = _WORD.findall(wanted)
    return bool(words) and all(word in vocabulary for word in words)


def _fuzzy_topic(faq: Faq, wanted: str, names: dict[str, str]) -> str | None:
    """A topic for a misspelt name; never one word read as another real word, nor a danger word
    read as anything but the emergency topic."""
    from rapidfuzz import fuzz, process

    choices = list(names)
    if _danger_like(faq, wanted):
        choices = [name for name in choices if names[name] == _emergency_topic(faq)]
    best = process.extractOne(wanted, choices, scorer=fuzz.ratio, score_cutoff=80)
    if best is None or len(wanted) < 4:
        return None
    plural = best[0] in (wanted + "s", wanted + "es") or wanted in (best[0] + "s", best[0] + "es")
    if not plural and _is_real_word_of(faq, wanted):
        return None
    return names[best[0]]


def find_topic(faq: Faq, name: str) -> TopicLookup:
    """The topic ``name`` stands for, forgiving case, hyphens, aliases and small typos."""
    wanted = key_of(name)
    names = topic_names(faq)
    key = names.get(wanted) or names.get(wanted.replace("-", ""))
    if key is None and wanted:
        key = _fuzzy_topic(faq, wanted, names)
    if key is None:
        raise UsageError(_unknown_topic_message(faq, name, names))
    topic = faq.topics[key]
    return TopicLookup(topic, faq.contacts_of(topic.contacts))


def _unknown_topic_message(faq: Faq, name: str, names: dict[str, str]) -> str:
    """The error for a topic name that is none: the topics it is plausibly a slip for (else the
    first ones), the emergency topic first whenever the name speaks of danger."""
    from advocacy_cli.text import shorten

    shown = shorten(name, 60)
    wanted = key_of(name)
    suggested = list(dict.fromkeys(names[candidate] for candidate in closest(wanted, names, n=10)))
    suggested = suggested[:3] or list(faq.topics)[:3]
    emergency = _emergency_topic(faq)
    if emergency and _danger_like(faq, wanted):
        suggested = [emergency, *(key for key in suggested if key != emergency)][:3]
    return f"unknown topic '{shown}'; closest topics: {', '.join(suggested)} (see 'advocacy topics')"


# --- mail drafts -------------------------------------------------------------------------------------
def mailto_uri(contact: Contact, subject: str | None = None, question: str | None = None) -> str:
    """A ``mailto:`` URI for ``contact``; every header value is percent-encoded, so no header can be injected."""
    from urllib.parse import quote

    if subject is None:
        subject = "Question about Global Advocacy"
        if question:
            first_line = " ".join(question.split())
            subject = first_line if len(first_line) <= 70 else first_line[:67] + "..."
    params = [f"subject={quote(subject, safe='')}"]
    if question:
        body = f"Hello,\n\nMy question:\n\n> {question.strip()}\n\n"
        params.append(f"body={quote(body[:4000], safe='')}")
    return f"mailto:{quote(contact.email, safe='@')}?{'&'.join(params)}"

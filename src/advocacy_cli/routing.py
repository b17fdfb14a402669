"""Whom to write to: emergency detection, contacts for an answer, and forgiving topic lookup."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from advocacy_cli.errors import UsageError
from advocacy_cli.model import Contact, Faq, Match, Topic

# --- emergency detection ------------------------------------------------------------------------
# A person in danger must never be missed, so the patterns lean towards firing; the guards below
# take back the common figures of speech and questions *about* the emergency address.
_RELATIVE = r"(?:family|friends?|kids|children|child|son|daughter|wife|husband|partner|colleagues?|parents?|mother|father|mom|mum|dad|brother|sister|people|members?|volunteers?|editors?|staff|team|organi[sz]ers?|relatives?)"
_PERSON = rf"(?:me|him|her|them|us|(?:my|our|his|her|their) {_RELATIVE}|people|everyone|someone|somebody|a (?:friend|colleague|volunteer|editor|member|wikimedian|fellow \w+))"
_HARM = r"(?:kil+|murder|hurt|harm|beat|attack|assault|rape|kidnap|abduct|shoot|stab|torture|disappear|burn|lynch|execute|behead)\w*"

class _Lazy:
    """A regular expression compiled the first time it is used: start-up pays only for what runs."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # search, sub, match... of the compiled pattern
        if self.compiled is None:
            self.compiled = re.compile(self.pattern, self.flags)
        return getattr(self.compiled, name)


class _Alarm(NamedTuple):
    label: str
    cues: tuple[str, ...]  # the pattern cannot match unless one of these is in the lowercased text
    pattern: str


# Patterns are compiled only when one of their cues appears, so the everyday question compiles none.
_ALARMS: tuple[_Alarm, ...] = (
    _Alarm("threat to life", ("threat",), rf"\b(?:threat|threaten|threatened|threatening|threats)\b[^.?!]{{0,40}}\b{_HARM}"),
    _Alarm("threat to life", ("kil", "murder", "hurt", "harm", "beat", "attack", "assault", "rape", "kidnap", "abduct", "shoot", "stab", "tortur", "disappear", "burn", "lynch", "execut", "behead"), rf"\b{_HARM}\s+{_PERSON}\b"),
    _Alarm("threat to life", ("threat", "armed", "masked", "gunpoint", "gun", "knife", "weapon"), r"\bthreats? (?:of|to) (?:death|kill|murder|my life|his life|her life|their lives|our lives)\b|\b(?:armed|masked) (?:men|man|people|group|gang|thugs)\b|\bat gunpoint\b|\bwith (?:a )?(?:gun|knife|weapons?)\b"),
    _Alarm("threat to life", ("threat",), r"\bdeath threats?\b|\b(?:violent|physical|credible) threats?\b|\bthreats? of violence\b"),
    _Alarm("threat to life", ("fear", "afraid", "scared", "worried", "terrified"), r"\b(?:fear|afraid|scared|worried|terrified)\b[^.?!]{0,20}\b(?:for|of) (?:my|his|her|their|our|the) (?:life|lives|safety|family|kids|children)\b"),
    _Alarm("threat to life", ("danger", "at risk", "threat"), r"\b(?:life|lives|safety)\b[^.?!]{0,25}\b(?:in danger|at risk|threatened|under threat)\b"),
    _Alarm("threat to life", ("danger", "safe"), r"\b(?:i am|im|i'm|we are|were|is|are|he is|she is|they are|being|feel|remain)\s+(?:\w+\s+)?(?:in (?:\w+ )?danger|not safe|unsafe)\b"),
    _Alarm("threat to life", ("danger", "harm", "risk of"), r"\b(?:in (?:immediate|grave|serious|real|great|mortal) danger|serious harm|risk of (?:death|harm|serious harm))\b"),
    _Alarm("violence", ("attack", "assault", "beaten", "stabbed", "shot", "tortur", "kidnap", "abduct", "rape", "injur", "hurt"), r"\b(?:was|were|been|got|get|getting|being|is|are)\s+(?:\w+\s+)?(?:attacked|assaulted|beaten|beaten up|stabbed|shot|tortured|kidnapped|abducted|raped|injured|hurt)\b"),
    _Alarm("violence", ("physically", "violently", "violence", "mob", "beat"), r"\b(?:physically|violently)\s+(?:attacked|assaulted|harmed|threatened|hurt)\b|\bviolence against\b|\bmob\b|\bbeat (?:me|him|her|them|us) up\b"),
    _Alarm("detention", ("arrest", "detain", "jail", "imprison", "custody", "abduct", "police"), r"\b(?:was|were|been|got|get|getting|being|is|are|be)\s+(?:\w+\s+)?(?:arrested|detained|jailed|imprisoned|taken into custody|abducted|held by (?:the )?police)\b"),
    _Alarm("detention", ("arrest", "detain", "jail", "imprison", "take", "custody"), r"\b(?:arrest|detain|jail|imprison|take)\s+(?:me|him|her|them|us)\b|\b(?:in|into) (?:police )?custody\b|\barrest warrant (?:for|against|on|was|has|out)\b|\bwarrant (?:\w+ )?for (?:my|his|her|their|our) arrest\b"),
    _Alarm("detention", ("arrest", "detain", "jail", "imprison", "question", "interrogat", "summon", "prison", "detention"), r"\b(?:police|security|soldiers|agents|officers|army|militia|authorities|government)\b[^.?!]{0,30}\b(?:arrested|detained|jailed|imprisoned|questioning|interrogating|interrogated|summoned|questioned)\b|\b(?:is|are|was|were|been|now|still)\s+(?:\w+\s+)?in (?:prison|jail|detention)\b"),
    _Alarm("detention", ("police", "security", "soldier", "army", "militia", "intelligence", "agent"), r"\b(?:police|security forces|secret police|soldiers|army|militia|intelligence (?:service|agents?)|agents)\b[^.?!]{0,30}\b(?:coming|came|raided|raid|outside|at (?:my|our|his|her) (?:door|house|home|office)|looking for|took|knocked)\b"),
    _Alarm("detention", ("raid",), r"\b(?:raided|raid on)\b[^.?!]{0,20}\b(?:home|house|office|flat|apartment)\b"),
    _Alarm("detention", ("detention", "prison", "jail", "cell", "custody", "arrest", "detain", "imprison"), r"\b(?:held|kept|locked up|put|thrown)\s+(?:in|into)\s+(?:detention|prison|jail|a cell|custody)\b|\bunder arrest\b|\b(?:facing|face|risk of|about to be|going to be|will be)\s+(?:arrest|arrested|detained|jailed|imprisoned|prosecuted and jailed)\b"),
    _Alarm("detention", ("taken", "dragged", "picked up", "hauled", "snatched", "grabbed"), r"\b(?:taken|dragged|picked up|hauled|snatched|grabbed)\b[^.?!]{0,40}\b(?:police|security|soldiers|agents|officers|army|militia|men|authorities)\b|\b(?:police|security|soldiers|agents|officers|army|militia|authorities)\b[^.?!]{0,40}\b(?:taken|dragged|picked up|hauled|snatched|grabbed)\b"),
    _Alarm("missing person", ("missing", "disappeared", "can't", "cant", "cannot", "seen", "heard", "whereabouts", "no news", "no word", "no sign"), r"\b(?:went|gone|is|are|has been|have been|reported)\s+missing\b|\b(?:has|have)\s+disappeared\b|\bdisappeared\b[^.?!]{0,30}\b(?:after|since|days?|weeks?)\b|\bcan(?:no|')?t (?:reach|find|contact|locate) (?:him|her|them)\b|\b(?:has ?n[o']t|have ?n[o']t|has not|have not|hasnt|havent) been (?:seen|heard (?:from|of))\b|\b(?:nobody|no one|no-one) (?:has|have) (?:seen|heard from)\b|\bwhereabouts\b|\bno (?:news|word|sign) (?:from|of) (?:him|her|them)\b"),
    _Alarm("threat to life", ("gun", "knife", "knives", "bomb", "explosive", "weapon", "shoot", "burn"), r"\b(?:bring|brings|bringing|carry|carrying|has|have|with)\s+(?:a\s+)?(?:gun|guns|knife|knives|bomb|explosives?|weapons?)\b|\bshoot(?:ing)? (?:people|everyone|us|up)\b|\bbomb threat\b|\b(?:burn|bomb) (?:down )?(?:our|the|my) (?:office|house|home|event|conference)\b"),
    _Alarm("self-harm", ("suicid", "myself", "himself", "herself", "themselves", "life", "lives", "self", "die", "reason to live", "it all"), r"\b(?:suicid\w*|kill\w* (?:myself|himself|herself|themselves)|end(?:ing)? (?:my|his|her|their) (?:own )?li(?:fe|ves)|take (?:my|his|her|their) (?:own )?li(?:fe|ves)|self[- ]?harm\w*|(?:hurt|harm|cut)\w* (?:myself|himself|herself|themselves)|wants? to die|no reason to live|end(?:ing)? it all)\b"),
    _Alarm("threat to life", ("know where", "knows where", "scared", "afraid", "terrified", "photo", "picture"), r"\b(?:they|he|she|people|someone) (?:know|knows) where (?:i|we|he|she|they) (?:live|lives|work|works)\b|\b(?:scared|afraid|too scared|terrified) to (?:go|leave|walk) (?:outside|out|home)\b|\b(?:photos?|pictures?) of (?:my|our|his|her) (?:house|home|kids|children|family)\b"),
    _Alarm("missing person", ("home", "phone", "taken", "heard"), r"\b(?:he|she|they|who|friend|colleague|brother|sister|son|daughter|husband|wife|father|mother|dad|mom|mum|editor|volunteer|member|coordinator|organi[sz]er|journalist)\b[^.?!]{0,50}\b(?:has ?n[o']t|hasnt|has not|have ?n[o']t|havent|have not|did ?n[o']t|didnt|did not|never)\s+(?:come|came|returned|got|gotten|made it)\s+(?:back\s+)?home\b|\b(?:his|her|their)\s+(?:phone|mobile|cell)\b[^.?!]{0,20}\b(?:is|has been|was|goes|going)\s+(?:off|switched off|turned off|dead|unreachable|straight to voicemail)\b|\b(?:he|she|they) (?:was|were|has been|have been|got) taken\b|\b(?:nobody|no one|no-one) (?:has|have) heard (?:from|of)\b"),
    _Alarm("threat to life", ("afraid", "scared", "terrified", "fear", "worried"), r"\b(?:afraid|scared|terrified|fear|worried)\b[^.?!]{0,15}\b(?:they|he|she|someone|people|police|the police|the government|soldiers|men)\s+(?:will|are going to|is going to|might|could|may|want to)\s+(?:come for|come after|find|hurt|harm|kill|arrest|take|attack|get)\b"),
    _Alarm("being hunted", ("followed", "stalk", "watched", "hunted", "follows me", "home address", "house address"), r"\b(?:being (?:followed|stalked|watched|hunted)|stalking me|follows? me home)\b|\b(?:posted|published|leaked|shared)\b[^.?!]{0,30}\b(?:home|house) address\b"),
)

# Alarm words used figuratively or about the address itself: these spans are blanked before the
# patterns run, so "dying to know" or "what is the emergency address for" raise no alarm.
_FIGURES = _Lazy(
    r"\b(?:dying to|to die for|killer (?:\w+)|kill(?:ing)? (?:the|this|a|that) (?:bill|law|proposal|amendment|time|process)|"
    r"dead ?line|drop[- ]dead|deadly (?:boring|serious)|"
    r"in danger of (?!being )\w+ing|"
    r"(?:threat|danger|attack|risk)s? (?:to|on|against) (?:free|open|the|our|wikipedia|wikimedia|privacy|knowledge|access|internet|democracy|the internet|encyclopedia)\w*(?: \w+)?|"
    r"(?:sue|suing|sued|lawsuit|legal action|take (?:us|me) to court|report(?:ed)? (?:us|me)|block(?:ed)? (?:us|me)|ban(?:ned)? (?:us|me)|delete\w*)|"
    r"emergency (?:e-?mail|address|contact|line|number|mailbox|inbox)s?\b[^.?!\n]*|emergency threats? of serious harm|"
    r"(?:boss|mom|mum|dad|mother|father|teacher|wife|husband|girlfriend|boyfriend|manager|professor|supervisor|editor) (?:will|would|is going to|gonna) kill me|"
    r"killing (?:trust|the mood|it|time|me softly)|"
    r"in case of (?:an )?emergency)\b",
    re.IGNORECASE,
)
# Someone who says outright that nobody is in danger is believed for the rest of that sentence.
_DENIAL = _Lazy(
    r"\b(?:(?:(?:this|it)(?:'s| is) )?not an? (?:emergency|urgent (?:matter|case))|(?:no ?one|nobody) is (?:in (?:any )?danger|at risk|hurt)"
    r"|nothing (?:is wrong|has happened|bad has happened)|(?:a |just a )?general question|not about (?:any|a) (?:specific|particular|real) (?:case|person)"
    r"|hypothetical(?:ly)?|(?:just )?in case|for future reference|(?:just )?so (?:i|we) have it on file)\b[^.?!]*",
    re.IGNORECASE,
)
# A question about how things are in general ("are editors at risk of being jailed?") names no one
# in particular; a person in danger shows up as I, we, my friend, a colleague, he, she, or a when.
_GENERAL_QUESTION = _Lazy(r"\s*(?:can|could|would|might|may|do|does|did|is|are|was|were|will|have|has|what happens|what if|how (?:often|do|does|can|many)|why (?:do|does|are|is))\b", re.IGNORECASE)
_GENERIC_RISK = _Lazy(r"\b(?:editors|wikimedians|wikipedians|volunteers|contributors|journalists|activists|users|people)\b[^.?!]{0,40}\b(?:risk|risks|can|could|may|might|would)\b", re.IGNORECASE)
_SOMEONE_IN_PARTICULAR = _Lazy(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|we've|our|ours|us|he|she|him|his|hers)\b"
    r"|\b(?:a|one|another|this) (?:friend|colleague|fellow|volunteer|editor|member|wikimedian|journalist|organi[sz]er)\b"
    r"|\b(?:yesterday|today|tonight|this morning|last night|right now|at the moment|currently)\b",
    re.IGNORECASE,
)
_ALARM_PATTERNS = tuple(_Lazy(alarm.pattern, re.IGNORECASE) for alarm in _ALARMS)
_THREAT_OF_SUIT = _Lazy(r"\bthreat\w*\s+(?:to\s+)?(?:sue|suing|legal action|a lawsuit|lawsuits?|court|report|ban|block)\b", re.IGNORECASE)
MAX_SCAN_CHARS = 20_000


# Alarm words that no everyday English word is one slip away from ("attacked" is: "attached"), so a
# misspelling of them ("arested", "threatend", "sucide") can safely be read as the word itself.
_ALARM_SPELLINGS = frozenset(
    """
    abducted afraid arrested assaulted custody dangerous disappeared imprisoned interrogated kidnapped
    militia murdered suicidal suicide terrified threaten threatened threatening violence whereabouts
    """.split()
)
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


def _spell_alarms(lowered: str) -> str:
    """``lowered`` with misspelt alarm words written correctly (one slip, two in long words)."""

    def fix(found: re.Match[str]) -> str:
        word = found.group()
        if len(word) < 6 or word in _ALARM_SPELLINGS:
            return word
        for target in _ALARM_SPELLINGS:
            if target[0] == word[0] and _near(word, target, 2 if len(target) >= 9 else 1):
                return target
        return word

    return _WORD.sub(fix, lowered)


def emergency_signals(question: str) -> tuple[str, ...]:
    """What in the question says a person is in danger (empty when nothing does)."""
    text = _spell_alarms(question[:MAX_SCAN_CHARS].replace("\u2019", "'").casefold())
    candidates = [number for number, alarm in enumerate(_ALARMS) if any(cue in text for cue in alarm.cues)]
    if not candidates:
        return ()
    text = _DENIAL.sub(" ", text)
    text = _THREAT_OF_SUIT.sub(" ", text)
    text = _FIGURES.sub(" ", text)
    found: list[str] = []
    for number in candidates:
        label = _ALARMS[number].label
        if label not in found and _ALARM_PATTERNS[number].search(text):
            found.append(label)
    if found and (_GENERAL_QUESTION.match(text) or _GENERIC_RISK.search(text)) and not _SOMEONE_IN_PARTICULAR.search(text):
        # "Can editors be arrested for their edits?" asks about the world, not about a person now.
        found = [label for label in found if label == "self-harm"]
    return tuple(found)


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


def contacts_for(faq: Faq, question: str, matches: list[Match], emergency: bool) -> tuple[Contact, ...]:
    """Contacts to suggest, most relevant first, no duplicates.

    In an emergency the emergency contact leads, then whatever else the question needs. Otherwise
    the best entry's contacts, after any contact whose address the question asks for by name.
    """
    keys: list[str] = []
    entry_keys = list(matches[0].entry.contacts) if matches else []
    asked = _asked_contacts(faq, question)
    if emergency:
        keys.append(faq.meta.emergency_contact)
        keys.extend(asked)
        keys.extend(entry_keys)
        keys.extend(faq.meta.emergency_also)  # the data file says who else helps a person in danger
    else:
        keys.extend(asked)
        keys.extend(entry_keys if matches else [faq.meta.fallback_contact])
    return faq.contacts_of(list(dict.fromkeys(k for k in keys if k in faq.contacts)))


# --- topics ----------------------------------------------------------------------------------------
def _topic_key(name: str) -> str:
    return re.sub(r"[\s_-]+", " ", name.casefold()).strip()


class TopicLookup(NamedTuple):
    topic: Topic
    contacts: tuple[Contact, ...]


def topic_names(faq: Faq) -> dict[str, str]:
    """Every name a topic answers to (its key and aliases, normalised) -> topic key."""
    names: dict[str, str] = {}
    for topic in faq.topics.values():
        for name in (topic.key, *topic.aliases):
            names.setdefault(_topic_key(name), topic.key)
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
_DANGER_WORD = _Lazy(r"\b(?:" + "|".join(_DANGER_STEMS) + r")")
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
    return (leading or anywhere or [None])[0]


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
    wanted = _topic_key(name)
    names = topic_names(faq)
    key = names.get(wanted) or names.get(wanted.replace(" ", ""))
    if key is None and wanted:
        key = _fuzzy_topic(faq, wanted, names)
    if key is None:
        raise UsageError(_unknown_topic_message(faq, name, names))
    topic = faq.topics[key]
    return TopicLookup(topic, faq.contacts_of(topic.contacts))


def _unknown_topic_message(faq: Faq, name: str, names: dict[str, str]) -> str:
    from rapidfuzz import fuzz, process

    from advocacy_cli.text import shorten

    shown = shorten(name, 60)
    closest: list[str] = []
    for candidate, _, _ in process.extract(_topic_key(name), list(names), scorer=fuzz.WRatio, limit=10):
        if names[candidate] not in closest:
            closest.append(names[candidate])
    closest = closest[:3] or list(faq.topics)[:3]
    emergency = _emergency_topic(faq)
    if emergency and _danger_like(faq, _topic_key(name)):
        closest = [emergency, *(key for key in closest if key != emergency)][:3]
    return f"unknown topic '{shown}'; closest topics: {', '.join(closest)} (see 'advocacy topics')"


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

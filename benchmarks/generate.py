"""Makes the inputs of bench.py: a large FAQ data file and a file of questions, both deterministic.

    python benchmarks/generate.py                 # both, into benchmarks/out/
    python benchmarks/generate.py --entries 2000  # a smaller data file

The data file follows the schema of data/faq.toml (it passes `advocacy validate`). Its text is
made of sentences over a vocabulary of real words (those of the bundled FAQ and a list of policy
words) plus a long Zipf-distributed tail of made-up names, so the index sees what a real large
FAQ would give it: many distinct terms, a few very common ones, most of them rare.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tomllib
from pathlib import Path

import tomli_w

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BUNDLED = HERE.parent / "data" / "faq.toml"
SEED = 20261125

CONTACTS = {
    "global-advocacy": ("Global Advocacy team", "globaladvocacy@wikimedia.org", "Advocacy ideas and campaigns, support for affiliates."),
    "legal": ("Legal department", "legal@wikimedia.org", "Contracts, legal questions, help finding a lawyer."),
    "chapter-contracts": ("Chapter contracts", "croslof@wikimedia.org", "Questions about chapter contracts."),
    "trust-and-safety": ("Trust and Safety team", "ca@wikimedia.org", "Suspected coordinated or deliberate disinformation."),
    "anti-disinformation-lead": ("Anti-Disinformation Strategy Lead", "csciubbacaniglia@wikimedia.org", "Suspected disinformation campaigns."),
    "human-rights": ("Human Rights team", "talktohumanrights@wikimedia.org", "Human-rights related concerns."),
    "emergency": ("Emergency contact", "emergency@wikimedia.org", "A person at risk of serious harm or death."),
}
TOPICS = {
    "disinformation": (["trust-and-safety", "anti-disinformation-lead"], ["misinformation", "disinfo", "false information"]),
    "legal": (["legal"], ["lawyer", "law"]),
    "contracts": (["chapter-contracts", "legal"], ["contract"]),
    "human-rights": (["human-rights"], ["human rights"]),
    "emergency": (["emergency"], ["danger", "urgent"]),
    "advocacy": (["global-advocacy"], ["policy", "public policy", "lawmakers", "open letter"]),
    "affiliates": (["global-advocacy"], ["chapters", "user groups", "community"]),
}
CATEGORIES = ("general", "human-rights", "disinformation", "community", "legal")

POLICY_WORDS = """
access accountability affiliate agency agreement algorithm amendment archive article assembly
audit authority ban barrier bill board broadband budget bureau campaign censorship charter
citizen civic clause coalition code commission committee community compliance consent
consultation content copyright council court coverage culture data database decree defamation
delegate democracy deputy directive disclosure dispute document draft editor education election
encryption enforcement exception expression federal filter forum framework freedom funding
governance government grant guideline harassment heritage hosting identity infrastructure
injunction institution intermediary internet journalist judge jurisdiction knowledge language
law lawsuit legislation legislator liability library licence literacy litigation lobby mandate
media member minister ministry moderation museum network neutrality notice obligation official
openness parliament participation partner petition platform policy politician portal press
privacy procedure proposal protection publication publisher ratification reform regulation
regulator report research review right ruling safeguard science senate sovereignty speech
statute submission surveillance takedown telecom territory transparency treaty tribunal upload
user verification volunteer vote website wiki workshop archive photograph translation
university student teacher school region province municipality mayor embassy delegation
summit conference hearing testimony witness evidence appeal verdict sanction fine penalty
""".split()

VERBS = """
protect support review draft submit publish challenge oppose defend report explain contact
organise translate upload share discuss negotiate sign endorse fund train monitor analyse
document clarify request appeal coordinate prepare approve reject amend restrict block
""".split()

FUNCTION_WORDS = "the the the of of and and to to in a a for with on that is are by as from this our their its can may".split()

QUESTION_FORMS = (
    "How can our {group} {verb} the {noun} on {topic}?",
    "Who should I contact to {verb} a {noun} about {topic}?",
    "What does the Foundation do when a {noun} threatens {topic}?",
    "Can the team help us {verb} the new {noun} in {place}?",
    "Is there guidance on {topic} for a {group} in {place}?",
    "Where do I report a {noun} that affects {topic}?",
    "Why does the Foundation care about {topic} and the {noun}?",
    "When should a {group} {verb} a {noun} on {topic}?",
)
VARIANT_FORMS = (
    "{verb} {noun} {topic}",
    "help with {topic} in {place}",
    "{group} {noun} about {topic}",
    "who to ask about the {noun} on {topic}",
    "can you {verb} our {noun}",
    "{topic} {noun} {place}",
    "what to do about a {noun} in {place}",
)
GROUPS = ("chapter", "user group", "affiliate", "community", "editor", "volunteer", "thematic organisation")

SYLLABLES = "ka lo mi ra te su vi no ze ba du fi go he ju la mo ne pi qua ri so tu va wi xo ya zu an el in or ul ast ber cor dan fel gar hol".split()


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


class _Vocabulary:
    """Real words, common to rare, then a Zipf tail of made-up names (places, bodies, laws)."""

    def __init__(self, rng: random.Random) -> None:
        bundled = tomllib.loads(BUNDLED.read_text(encoding="utf-8")) if BUNDLED.is_file() else {"entries": []}
        found: dict[str, int] = {}
        for entry in bundled.get("entries", []):
            for text in (entry.get("question", ""), entry.get("answer", "")):
                for word in re.findall(r"[a-z]{4,}", text.lower()):
                    found[word] = found.get(word, 0) + 1
        real = sorted(found, key=lambda w: -found[w]) + [w for w in POLICY_WORDS if w not in found]
        self.rng = rng
        self._cumulative: dict[int, list[float]] = {}
        self.real = real
        self.tail = list(dict.fromkeys(_pseudo_word(rng) for _ in range(30_000)))
        self.places = [w.capitalize() for w in self.tail[:2_000]]
        self.topics = [" ".join(rng.sample(POLICY_WORDS, 2)) for _ in range(3_000)]

    def zipf(self, words: list[str], s: float = 1.05) -> str:
        # Rank r is drawn with probability ~ 1/r^s: a few words everywhere, most words rare.
        cumulative = self._cumulative.get(id(words))
        if cumulative is None:
            total = 0.0
            cumulative = []
            for rank in range(1, len(words) + 1):
                total += 1 / rank**s
                cumulative.append(total)
            self._cumulative[id(words)] = cumulative
        return self.rng.choices(words, cum_weights=cumulative)[0]

    def content_word(self) -> str:
        return self.zipf(self.real) if self.rng.random() < 0.7 else self.zipf(self.tail)

    def slots(self) -> dict[str, str]:
        rng = self.rng
        return {
            "group": rng.choice(GROUPS),
            "verb": rng.choice(VERBS),
            "noun": rng.choice(POLICY_WORDS) if rng.random() < 0.6 else self.content_word(),
            "topic": rng.choice(self.topics),
            "place": self.zipf(self.places),
        }

    def sentence(self) -> str:
        rng = self.rng
        words = [rng.choice(FUNCTION_WORDS) if rng.random() < 0.42 else self.content_word() for _ in range(rng.randint(9, 22))]
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words)), self.zipf(self.places))
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."


def make_data(entries: int, seed: int = SEED) -> dict:
    rng = random.Random(seed)
    vocab = _Vocabulary(rng)
    rows = []
    for i in range(entries):
        slots = vocab.slots()
        category = CATEGORIES[i % len(CATEGORIES)]
        keys = rng.sample(list(CONTACTS), rng.randint(1, 3))
        rows.append(
            {
                "id": f"{category}-{slots['topic'].replace(' ', '-')}-{i:05d}",
                "category": category,
                "question": rng.choice(QUESTION_FORMS).format(**slots),
                "answer": " ".join(vocab.sentence() for _ in range(rng.randint(3, 6))),
                "contacts": keys,
                "variants": [rng.choice(VARIANT_FORMS).format(**vocab.slots()) for _ in range(rng.randint(2, 6))],
                "keywords": list(dict.fromkeys(vocab.content_word() for _ in range(rng.randint(3, 10)))),
            }
        )
    return {
        "meta": {
            "title": f"Generated FAQ ({entries} entries) for benchmarks",
            "source": "benchmarks/generate.py",
            "licence": "CC0",
            "reviewed": "2026-11-25",
            "note": "Synthetic text; not advice.",
        },
        "contacts": {key: {"name": n, "email": e, "reason": r} for key, (n, e, r) in CONTACTS.items()},
        "topics": {key: {"contacts": c, "aliases": a} for key, (c, a) in TOPICS.items()},
        "entries": rows,
    }


OFF_TOPIC = (
    "how do I bake sourdough bread",
    "what is the weather in Lisbon tomorrow",
    "best laptop for gaming under 1000",
    "how to fix a flat bicycle tyre",
    "recommend a good fantasy novel",
)
FILLERS = ("", "", "", "hi, ", "quick question: ", "hello team, ", "sorry to bother you but ", "please help, ")


def _typo(rng: random.Random, text: str) -> str:
    words = text.split()
    if not words:
        return text
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 4:
        j = rng.randrange(1, len(w) - 1)
        w = w[:j] + w[j + 1 :] if rng.random() < 0.5 else w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        words[i] = w
    return " ".join(words)


def make_questions(count: int, seed: int = SEED) -> list[str]:
    """Questions a crowd would type: FAQ phrasings cut, misspelt and padded, and some off topic."""
    rng = random.Random(seed + 1)
    bundled = tomllib.loads(BUNDLED.read_text(encoding="utf-8")) if BUNDLED.is_file() else {"entries": []}
    phrasings = [p for e in bundled.get("entries", []) for p in (e["question"], *e.get("variants", []))] or ["who do I email about a fake news campaign?"]
    keywords = [k for e in bundled.get("entries", []) for k in e.get("keywords", [])] or ["disinformation"]
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.08:
            text = rng.choice(OFF_TOPIC)
        elif roll < 0.2:
            text = " ".join(rng.sample(keywords, rng.randint(1, 3)))
        else:
            words = rng.choice(phrasings).split()
            if len(words) > 4 and rng.random() < 0.4:
                del words[rng.randrange(len(words))]
            text = " ".join(words)
        if rng.random() < 0.3:
            text = _typo(rng, text)
        out.append(rng.choice(FILLERS) + text)
    return out


def write_data(path: Path, entries: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text("# Generated by benchmarks/generate.py; do not edit.\n" + tomli_w.dumps(make_data(entries)), encoding="utf-8")
    temporary.replace(path)
    return path


def write_questions(path: Path, count: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(q + "\n" for q in make_questions(count)), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000, help="entries in the data file (default 10000)")
    parser.add_argument("--questions", type=int, default=10_000, help="lines in the questions file (default 10000)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write to (default benchmarks/out)")
    args = parser.parse_args(argv)
    data = write_data(args.out / "big.toml", args.entries)
    questions = write_questions(args.out / "questions.txt", args.questions)
    print(f"wrote {data} ({data.stat().st_size // 1024} KB, {args.entries} entries) and {questions} ({args.questions} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes tests/fixtures/wordpiece_ids.json: varied texts and the ids the reference BertTokenizer gives them (run by hand).

    python tools/make_wordpiece_fixture.py --vocab src/advocacy_cli/data/vocab.txt

Needs transformers (the `vectors` extra). The texts are made here from the fragments below with a fixed seed; the
reference is transformers' BertTokenizer (do_lower_case=True) over the same vocabulary the package ships.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

QUESTIONS = [
    "Who should I write to about a new copyright bill in my country?",
    "how do i report a goverment blocking wikipedia",
    "Can the foundation help our chapter meet members of parliament?",
    "what counts as lobbying and what does not",
    "is there training for volunteers who want to talk to lawmakers",
    "where do I send questions on data protection rules",
    "We are worried about a law on intermediary liability, who can help?",
    "does the team work on freedom of expression online",
    "How can affiliates get money for an advocacy campaign?",
    "what is the position on artificial intelligence regulation",
    "Our user group wants to sign an open letter, is that ok?",
    "who handles press enquiries about censorship",
    "i need a contact for legal threats against an editor",
    "Is public domain art covered by the new EU directive?",
    "what about misinformation during elections",
    "How does the movement fight false information on health topics?",
    "tell me about the human rights policy",
    "can somebody review our policy brief before friday",
    "Which countries restrict access to the projects right now?",
    "what does 'knowledge equity' mean in policy terms",
]
CHAT = [
    "pls hlp wher do i snd this", "thx u r the best!!", "idk who 2 ask lol", "wat abt copyrite law??",
    "howdoi contact legl team", "plz explane lobying vs advocasy", "yo wikimedia ppl, quick q", "gr8 thx c u",
    "smbdy blockd wiki in my cntry :(", "r u able 2 help w/ a petition", "soooooo confused rn", "omg the law passed",
]
ACCENTED = [
    "Qué pasa con la regulación europea?", "Ça va? Une façade naïve et un rôle clé", "coöperate with the Zürich chapter",
    "São Paulo e Brasília", "Øresund and Åland", "Łódź, Kraków, Gdańsk", "İstanbul ve Iğdır", "ﬁle ﬂow ligatures",
    "e\u0301te\u0301 with combining marks", "an\u0303o nuevo", "Crème brûlée à la carte", "Dvořák Škoda Žižkov",
    "ÀÉÎÕÜ àéîõü", "Ångström Å", "Straße and STRASSE", "Ἀθῆναι and ὁδός",
]
SCRIPTS = [
    "維基媒體基金會的倡導工作", "我们如何联系法律团队？", "ウィキペディアの著作権について", "ひらがな と カタカナ",
    "위키미디어 재단에 문의하기", "ما هي سياسة حرية التعبير؟", "مرحبا بكم في ويكيبيديا", "Как связаться с юристами фонда?",
    "Закон о защите данных", "Свобода слова в интернете", "विकिपीडिया के बारे में प्रश्न", "मानव अधिकार नीति क्या है",
    "שאלה על זכויות יוצרים", "คำถามเกี่ยวกับลิขสิทธิ์", "ΟΔΟΣ ΣΟΦΟΣ και λόγος", "Ἑλληνικὴ γλῶσσα",
    "Բարև ձեզ", "გამარჯობა", "সম্পাদনা নীতি", "தமிழ் விக்கிப்பீடியா", "Tiếng Việt có dấu", "𠀀𠀁 extension B",
    "豈更車 compatibility ideographs", "中文English混合text", "日本語のテキスト123",
]
EMOJI = [
    "😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "❤️", "✨ great ✨", "help🙏", "🤔?", "🔥🔥🔥", "☃", "👩🏾‍⚖️ lawyer", "➡️ next",
]
LONG = [
    "a" * 99, "b" * 100, "c" * 101, "x" * 150, "supercalifragilisticexpialidocious", "antidisestablishmentarianism",
    "pneumonoultramicroscopicsilicovolcanoconiosis", "https://meta.wikimedia.org/wiki/Global_Advocacy/FAQ?x=1&y=2",
    "someone.name+tag@example.org", "C:\\Users\\someone\\file.txt", "snake_case_identifier", "CamelCaseWordsTogether",
    "hyphen-ated-multi-part-word", "don't won't can't y'all", "unaffable unhappiness rewrite",
]
DIGITS = [
    "1234567890", "3.14159", "1,000,000", "v2.0.1", "2026-11-29", "10:45pm", "+41 22 555 01 23", "50%", "#42",
    "1st 2nd 3rd 4th", "١٢٣ ٤٥٦", "१२३", "①②③", "½ ¼ ¾", "x²+y³", "₹500 €20 $3 £7 ¥9",
]
PUNCT = [
    "!!!???...", "—–-", "«quoted»", "“curly” ‘single’", "¿Qué? ¡Sí!", "、。「」", "…", "@#$%^&*()", "[]{}<>|~`",
    "::;;,,", "•·‧", "†‡§¶", "‽⁇", "/\\/\\", "_-_-_", "'\"'\"",
]
SPACES = [
    "\u00a0", "\u2003", "\u3000", "\u2028", "\u2029", "\t", "\n", "\r\n", "\x0b", "\x0c", "  ", "\u200b", "\ufeff",
    "\u200d", "\u202f", "\u1680",
]
CONTROLS = ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\ufffd", "\u00ad", "\u202e", "\x1f", "\x9b", "\ue000"]


def make_texts(seed: int = 20261129) -> list[str]:
    rng = random.Random(seed)
    texts: list[str] = []
    for pool in (QUESTIONS, CHAT, ACCENTED, SCRIPTS, EMOJI, LONG, DIGITS, PUNCT):
        texts.extend(pool)
    texts.extend(["", " ", "\n\n", "a", "A", "##", "##ing", "[UNK]", "[CLS] hello [SEP]", "[unused5]"])
    texts.extend(["x[CLS]y", "[[SEP]]", "[ SEP]", "a [MASK][PAD] b", "[unk] [Unk]", "[CLS", "SEP]", "ΣΊΣΥΦΟΣ", "a\u0378b unassigned", "\U0002B820\U0002B920 ext E"])
    for question in QUESTIONS:
        texts.append(question.upper())
        texts.append("".join(ch.upper() if rng.random() < 0.3 else ch for ch in question))
        texts.append(rng.choice(SPACES).join(question.split()))
        words = question.split()
        spot = rng.randrange(len(words))
        words[spot] = words[spot] + rng.choice(CONTROLS) + rng.choice(EMOJI)
        texts.append(" ".join(words))
    pools = [QUESTIONS, CHAT, ACCENTED, SCRIPTS, EMOJI, LONG, DIGITS, PUNCT]
    while len(texts) < 420:
        parts = [rng.choice(rng.choice(pools)) for _ in range(rng.randint(2, 4))]
        glue = [rng.choice([" ", "", rng.choice(SPACES), rng.choice(CONTROLS), rng.choice(PUNCT)]) for _ in parts]
        texts.append("".join(part + sep for part, sep in zip(parts, glue)))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vocab", type=Path, default=REPO / "src" / "advocacy_cli" / "data" / "vocab.txt")
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "fixtures" / "wordpiece_ids.json")
    args = parser.parse_args()

    import transformers
    from transformers import BertTokenizer

    reference = BertTokenizer(str(args.vocab), do_lower_case=True)
    cases = [{"text": text, "ids": reference(text, add_special_tokens=False)["input_ids"]} for text in make_texts()]
    record = {
        "reference": f"transformers {transformers.__version__} BertTokenizer(do_lower_case=True) over the shipped vocab.txt",
        "cases": cases,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(record, ensure_ascii=True, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {args.out}")


if __name__ == "__main__":
    main()

"""The danger reading's word model: a logistic regression over hashed words and word pairs of our own
labelled messages (written by tools/train_danger_words.py; do not edit by hand). The weights are
data/danger_words.i8, one signed byte per bucket, read on first use."""

from __future__ import annotations

from array import array
from pathlib import Path

BITS = 16  # buckets: 2 ** BITS, a word or pair goes to crc32(it) % 2 ** BITS
SCALE = 0.010706711887612644  # weight = int8 value * SCALE
BIAS = -0.3009730435617318
SHA256 = "f213e48ced8dbb56fe08007148763b7f296470afd8f0a84eb4b26c86e731a785"  # of data/danger_words.i8
CASES = 10025  # training cases: 2638 people in danger, the rest not; training accuracy 0.989
L2, STEPS, RATE = 0.001, 3000, 8.0
TRAINED_ON = {
    "danger-tune.jsonl": "ee89e1760e7397b76749eedc91297c2a2e16f8dc497a91a3bf14f78d5730744d",
    "danger-blind3.jsonl": "95308a875ca2f12d67da8688716519bc2d746efec2a81acf7ecab2ff9797457d",
    "danger-blind4.jsonl": "62d3c0a0d352dcd56f71f5a6e1673594d28ffe10b82656dce93f449700e2e725",
    "danger-blind5.jsonl": "71a59324a2b79aab9737297a0e7d086518d307c7a6f6f877d3c8aea5c7557bf8",
    "danger-blind6.jsonl": "8bcd0d6f13dea10a2446bb15dd810b8744c7f454bf60662bbfa666ad0b41f91c",
    "danger-blind7.jsonl": "f8146d8b76bb272cef0eadef3872532ea6b087ee5efbd3e3f5d0eff1a37d1098",
    "danger-blind8.jsonl": "34068f4c91acb69ac09009ba53d6723e7f8dc1db2650c384933be8b071155195",
    "danger-blind10.jsonl": "b81f734a49c00fab4e08bed0064b67c2c12e05e4fa179dbbbb6d84cdc7f47e4c",
    "danger-blind14.jsonl": "990cc1a2ee906191c0889cf635cc749bd7085799f1018c03c55aa8cae54a9928",
    "danger-blind16.jsonl": "b758ade1c3b07643b03d322fe71c115ff4f4b7a54f69b8ffc5ab2fba8a5a9bf7",
    "danger-blind17.jsonl": "9491107f8959396dddfd399f711376b1d71f8db89163f473721e4a8ff276630b",
    "danger-blind18.jsonl": "36d0fa23cdadbf25c625edb8dfa48db56083504e7b3ded7ed40c0d7d4ba48c6e",
    "danger-blind19.jsonl": "2f17387bafe3064246b823f44657d291746a3c32933cd6894ebaa380a0ef0567",
    "danger-blind20.jsonl": "08cbc8b5abb295335d16c054ec0f18b56b26b8042676d5a669b3867eb2d3f001",
    "danger-blind21.jsonl": "b527a15f1956cbf01bcc2f1d43e009f1ac67c6cb34e960443647953ba9018e76",
    "danger-blind22.jsonl": "491b4ceef7581e819d88e66591ecd176039551b71d3a40677b63f432a39136ed",
    "danger-blind23.jsonl": "f2570677d18aeebbe9095d32e8e0cee9bac41e70bc56cee57aec458135efb3a6",
    "everyday-negatives.jsonl": "2dd2922e65f64e3b89d51cc36e6cab999bb9b3f91decb1790667d7f0733e9072",
    "everyday-negatives2.jsonl": "b758faac52690488f5930c981382bd3142934fbe7fdb208e5fc8c521398e7bd7",
    "real-tune.jsonl": "65f0c826a83fb6f7e1b243e2dcec1094745b43cc9abf6478469bbf455fb86b89",
    "fresh.jsonl": "db2a196112e2dfe0489b314403111420a6b513611b38c0b9ce3090e5277c51d7",
    "wide.jsonl": "b5359587eef5bb81963613ea2c2e7267920666d165cde37854971a82df1f5f3e",
    "real-holdout.jsonl": "871bb8efbd823f654802964a3473eaf8d5c3af4fe6270e4d49bd6e35c1607943",
    "real-blind2.jsonl": "111ac0e590668155e20d7c9d8324e80128e8e4a7b6dde2e3dd520af66dae5892",
    "real-blind3.jsonl": "4b0f6e20d56002bfc33dc0c6b06677770fd494b8916916f7ea4f3ad95e9e8d6a",
    "real-blind8.jsonl": "60cadb6df49e62bf23c0e788e15a813621fb44286a33eea773d06f44a34ae594",
    "real-blind9.jsonl": "6593227e3f5dc3d75b72643bd79a0356f752323b038b97f49d2337da2836ba08",
    "real-blind10.jsonl": "eb97efa6b83755f109467df18322bb30053c19f68a246036cb308752c066927c",
    "real-blind11.jsonl": "dd72ddcff2cc3284f6257aa97fa9e18947fae18b08690115ce5530a2f20cf9e3",
}


def weights() -> array[int] | None:
    """The weights, or None when the file is missing or not of this size (the lexicons then read alone)."""
    try:
        raw = (Path(__file__).parent / "data" / "danger_words.i8").read_bytes()
    except OSError:
        return None
    if len(raw) != 1 << BITS:
        return None
    found = array("b")
    found.frombytes(raw)
    return found

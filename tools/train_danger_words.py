"""Train the danger reading's word model: a logistic regression over hashed words and word pairs.

Run by hand after the danger corpus changes (needs numpy: `pip install numpy`):

    python tools/train_danger_words.py

The concept lexicons in danger.py know the situations they were written for; this model learns from
every word of our own labelled messages, so "unreachable", "the van" or "a note on the table" count
even where no pattern names them, and "booking", "parcel" or "boiler" count against. It reads the
tuning files only (never the held-out files or the shared development sets) and writes
src/advocacy_cli/data/danger_words.i8 (one int8 weight per bucket) and src/advocacy_cli/danger_words.py
(their scale, the bias, the weights' checksum and the checksums of the files they were trained on: a
test fails when those files change and the weights do not).

It also trains models of the same kind for the kinds of danger the first reads least well (FAMILY_MODELS):
each learns from the messages of one family of people in danger (a wish to die said in everyday words;
being watched, followed or threatened; summoned, charged, accused or gone missing) against every harmless
one, the other people in danger left out, and writes its own weights (src/advocacy_cli/data/danger_self_harm.i8,
danger_watched.i8, danger_state.i8) and its scale,
bias and checksum in the same module.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from advocacy_cli import danger  # noqa: E402

CASES = ROOT / "tests" / "cases"
OUT = ROOT / "src" / "advocacy_cli" / "danger_words.py"
WEIGHTS = ROOT / "src" / "advocacy_cli" / "data" / "danger_words.i8"
# The models of one kind of danger: weights file, name of their constants, the families they learn from, who they are.
FAMILY_MODELS = (
    ("danger_self_harm.i8", "SELF_HARM", ("self-harm",), "people thinking of ending their life"),
    ("danger_watched.i8", "WATCHED", ("veiled-threat", "stalking"), "people watched, followed or threatened"),
    ("danger_state.i8", "STATE", ("summons", "charges", "accusation", "disappearance"), "people summoned, charged, accused or gone missing"),
)
# The blind danger files the model never reads: the held-out ones (tests/test_danger.py checks that none
# is among TRAINED_ON), and 11, 13 and 15. A new held-out file goes here before the model is retrained.
HELD_OUT = frozenset((11, 12, 13, 15, 26, 29, 35, 39, 40, 43, 45, 48, 51, 54, 57, 60, 63, 66, 69, 73, 76, 80, 84, 88, 91, 94, 97, 100, 104, 108, 111, 117, 119, 120, 124, 129, 133, 134, 137, 138, 142, 145, 149, 152, 154, 158, 160, 163, 165, 168, 170, 173, 176, 179, 181, 184, 187, 190, 193, 196, 199, 202, 205, 207, 208, 209, 210, 213, 214, 216, 217, 218, 221, 222, 225, 228, 229, 232, 234, 237, 240, 246, 247, 248, 253, 254))
# Messages from people in danger and hard negatives (every other blind file), everyday questions to
# other help desks that sound like mishaps, and ordinary questions about the FAQ.
FILES = (
    "danger-tune.jsonl",
    *sorted(
        (path.name for path in CASES.glob("danger-blind*.jsonl") if int(path.stem.removeprefix("danger-blind")) not in HELD_OUT),
        key=lambda name: int(name.removeprefix("danger-blind").removesuffix(".jsonl")),
    ),
    "everyday-negatives.jsonl",
    "everyday-negatives2.jsonl",
    "real-tune.jsonl",
    "fresh.jsonl",
    "wide.jsonl",
    "real-holdout.jsonl",
    "real-blind2.jsonl",
    "real-blind3.jsonl",
    "real-blind8.jsonl",
    "real-blind9.jsonl",
    "real-blind10.jsonl",
    "real-blind11.jsonl",
)
BITS = danger.WORD_BITS
L2 = 0.001
STEPS = 3000
RATE = 8.0


def read_rows(files: tuple[str, ...] | list[str]) -> list[tuple[list[int], float]]:
    """Each message of ``files`` as its buckets and its label (1.0 for someone in danger)."""
    rows = []
    for name in files:
        for line in (CASES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("kind", "ask") == "ask":
                    rows.append((danger.word_features(case["query"], BITS), 1.0 if case.get("style") == "emergency" else 0.0))
    return rows


def read_family_rows(files: tuple[str, ...] | list[str], families: tuple[str, ...]) -> list[tuple[list[int], float]]:
    """Each message of ``files`` from someone in danger of one of ``families`` (1.0) or from no one in danger (0.0)."""
    rows = []
    for name in files:
        for line in (CASES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("kind", "ask") != "ask":
                    continue
                if case.get("style") != "emergency":
                    rows.append((danger.word_features(case["query"], BITS), 0.0))
                elif case.get("family") in families:
                    rows.append((danger.word_features(case["query"], BITS), 1.0))
    return rows


def fit(rows: list[tuple[list[int], float]]) -> tuple[np.ndarray, float, float, float]:
    """The quantised weights (int8), their scale, the bias and the training accuracy."""
    flat = np.concatenate([np.array(f, dtype=np.int64) for f, _ in rows])
    lengths = np.array([len(f) for f, _ in rows])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    row_of = np.repeat(np.arange(len(rows)), lengths)
    y = np.array([label for _, label in rows])
    balance = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))  # both classes weigh the same
    weights, bias = np.zeros(1 << BITS), 0.0
    for _ in range(STEPS):
        z = np.add.reduceat(weights[flat], starts) + bias
        err = (1 / (1 + np.exp(-z)) - y) * balance / len(y)
        grad = np.zeros_like(weights)
        np.add.at(grad, flat, err[row_of])
        weights -= RATE * (grad + L2 * weights)
        bias -= RATE * float(err.sum())
    z = np.add.reduceat(weights[flat], starts) + bias
    accuracy = float(((z >= 0) == (y == 1)).mean())
    scale = float(np.abs(weights).max() / 127)
    quantised = np.clip(np.round(weights / scale), -127, 127).astype(np.int8)
    return quantised, scale, bias, accuracy


def main() -> None:
    rows = read_rows(FILES)
    y = np.array([label for _, label in rows])
    quantised, scale, bias, accuracy = fit(rows)
    blob = quantised.tobytes()
    WEIGHTS.write_bytes(blob)
    family_constants = ""
    for weights_name, prefix, families, who in FAMILY_MODELS:
        family_rows = read_family_rows(FILES, families)
        family_quantised, family_scale, family_bias, family_accuracy = fit(family_rows)
        family_blob = family_quantised.tobytes()
        (WEIGHTS.parent / weights_name).write_bytes(family_blob)
        positive = int(sum(label for _, label in family_rows))
        family_constants += (
            f"# A model of one kind of danger: {who} against no one in danger (data/{weights_name}).\n"
            f"{prefix}_SCALE = {family_scale!r}\n"
            f"{prefix}_BIAS = {family_bias!r}\n"
            f'{prefix}_SHA256 = "{hashlib.sha256(family_blob).hexdigest()}"\n'
            f"{prefix}_CASES = {len(family_rows)}  # {positive} {who}, the rest no one in danger; training accuracy {family_accuracy:.3f}\n"
        )
        print(f"{prefix.lower()} model: {len(family_rows)} cases ({positive} {who}); training accuracy {family_accuracy:.3f}")
    files = "\n".join(f'    "{name}": "{hashlib.sha256((CASES / name).read_bytes()).hexdigest()}",' for name in FILES)
    OUT.write_text(
        '"""The danger reading\'s word model: a logistic regression over hashed words and word pairs of our own\n'
        "labelled messages (written by tools/train_danger_words.py; do not edit by hand). The weights are\n"
        "data/danger_words.i8, one signed byte per bucket, read on first use; those of the models of one kind of danger\n"
        'are data/danger_self_harm.i8, data/danger_watched.i8 and data/danger_state.i8."""\n\n'
        "from __future__ import annotations\n\n"
        "from array import array\n"
        "from pathlib import Path\n\n"
        f"BITS = {BITS}  # buckets: 2 ** BITS, a word or pair goes to crc32(it) % 2 ** BITS\n"
        f"SCALE = {scale!r}  # weight = int8 value * SCALE\n"
        f"BIAS = {bias!r}\n"
        f'SHA256 = "{hashlib.sha256(blob).hexdigest()}"  # of data/danger_words.i8\n'
        f"CASES = {len(rows)}  # training cases: {int(y.sum())} people in danger, the rest not; training accuracy {accuracy:.3f}\n"
        f"L2, STEPS, RATE = {L2!r}, {STEPS!r}, {RATE!r}\n"
        f"{family_constants}"
        f"TRAINED_ON = {{\n{files}\n}}\n\n\n"
        "def weights(name: str = \"danger_words.i8\") -> array[int] | None:\n"
        '    """The weights of one model (``danger_self_harm.i8`` for a model of one kind of danger), or None when the file is\n'
        '    missing or not of this size (the lexicons then read alone)."""\n'
        "    try:\n"
        '        raw = (Path(__file__).parent / "data" / name).read_bytes()\n'
        "    except OSError:\n"
        "        return None\n"
        "    if len(raw) != 1 << BITS:\n"
        "        return None\n"
        '    found = array("b")\n'
        "    found.frombytes(raw)\n"
        "    return found\n",
        encoding="utf-8",
    )
    print(f"trained on {len(rows)} cases ({int(y.sum())} in danger); training accuracy {accuracy:.3f}; wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

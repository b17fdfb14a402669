"""Train the meaning-based danger probe: a logistic model over the static sentence vectors.

Run by hand after the danger corpus or the vectors change (needs numpy: `pip install numpy`):

    python tools/train_danger_meaning.py

It learns from our own cases only: people in danger and hard negatives from
tests/cases/danger-tune.jsonl and danger-blind3/4/5/6/7/8.jsonl, everyday questions to other help desks that
sound like mishaps (tests/cases/everyday-negatives.jsonl: "the pan caught fire", "my locker key was
taken"), and ordinary questions from tests/cases/real-tune.jsonl, fresh.jsonl and wide.jsonl (never
the held-out files, the made-up FAQs' cases or the shared development sets), and writes
src/advocacy_cli/danger_meaning.py: the weights, the bias, and the checksum of the vectors they
belong to (the probe switches itself off for other vectors).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from advocacy_cli import vectors  # noqa: E402

CASES = ROOT / "tests" / "cases"
OUT = ROOT / "src" / "advocacy_cli" / "danger_meaning.py"
L2 = 0.001
STEPS = 4000
RATE = 2.0


def main() -> None:
    table = vectors.load()
    rows = []
    for name in ("danger-tune.jsonl", "danger-blind3.jsonl", "danger-blind4.jsonl", "danger-blind5.jsonl", "danger-blind6.jsonl", "danger-blind7.jsonl", "danger-blind8.jsonl", "everyday-negatives.jsonl", "everyday-negatives2.jsonl"):
        rows += [json.loads(line) for line in (CASES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in ("real-tune.jsonl", "fresh.jsonl", "wide.jsonl"):
        rows += [c for c in (json.loads(line) for line in (CASES / name).read_text(encoding="utf-8").splitlines() if line.strip()) if c.get("style") != "emergency"]
    x = np.array([table.sentence_vector(c["query"]) or [0.0] * table.dims for c in rows])
    y = np.array([1.0 if c.get("style") == "emergency" else 0.0 for c in rows])
    weights, bias = np.zeros(table.dims), 0.0
    balance = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))  # both classes weigh the same
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ weights + bias)))
        g = (p - y) * balance
        weights -= RATE * (x.T @ g / len(y) + L2 * weights)
        bias -= RATE * float(g.mean())
    p = 1 / (1 + np.exp(-(x @ weights + bias)))
    print(f"trained on {len(rows)} cases ({int(y.sum())} in danger); training accuracy {((p >= 0.5) == (y == 1)).mean():.3f}")
    digest = hashlib.sha256((Path(vectors.DATA_DIR) / "vectors.i8").read_bytes()).hexdigest()
    numbers = ",\n    ".join(", ".join(f"{v:.6f}" for v in weights[i : i + 8]) for i in range(0, len(weights), 8))
    OUT.write_text(
        '"""How close a message is in meaning to messages from people in danger: a logistic model over the\n'
        "static sentence vectors (weights written by tools/train_danger_meaning.py; do not edit by hand).\"\"\"\n\n"
        "from __future__ import annotations\n\n"
        "from collections.abc import Sequence\n"
        "from math import exp\n"
        "from operator import mul\n\n"
        f'VECTORS_SHA256 = "{digest}"  # the vectors these weights belong to\n'
        f"CASES = {len(rows)}  # training cases: {int(y.sum())} people in danger, the rest not\n"
        f"BIAS = {bias:.6f}\n"
        f"WEIGHTS = (\n    {numbers},\n)\n\n\n"
        "def probability(direction: Sequence[float]) -> float | None:\n"
        '    """The probability that a message whose normalised sentence vector is ``direction`` comes from\n'
        '    someone in danger; None when the vector is not of these weights\' size."""\n'
        "    if len(direction) != len(WEIGHTS):\n"
        "        return None\n"
        "    return from_projection(sum(map(mul, direction, WEIGHTS)))\n\n\n"
        "def from_projection(projection: float) -> float:\n"
        '    """The same probability from the normalised vector\'s dot product with WEIGHTS, when it is known."""\n'
        "    z = projection + BIAS\n"
        "    return 1 / (1 + exp(-z)) if z > -60 else 0.0\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

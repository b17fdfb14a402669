"""Fit the danger model's weights on the tuning corpus and write them into src/advocacy_cli/danger.py.

    python tools/train_danger.py [FILE.jsonl ...]

Without arguments it reads the tuning files: danger-tune.jsonl, danger-blind3/4/5/6/7/8.jsonl (each a blind
check once, measured before it was tuned on) and everyday-negatives(2).jsonl.

A logistic regression in plain Python over the concept features of ``danger.features``, with an
L2 penalty so that no single concept carries the decision. Only the tuning files are read; the
holdout file is for measuring.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "src" / "advocacy_cli" / "danger.py"
DEFAULT = [ROOT / "tests" / "cases" / name for name in ("danger-tune.jsonl", "danger-blind3.jsonl", "danger-blind4.jsonl", "danger-blind5.jsonl", "danger-blind6.jsonl", "danger-blind7.jsonl", "danger-blind8.jsonl", "everyday-negatives.jsonl", "everyday-negatives2.jsonl")]
L2 = 0.002
EPOCHS = 3000
RATE = 0.3
# People in danger weigh more than harmless messages: a miss costs more than a false alarm.
DANGER_WEIGHT = 1.5


def load(paths: list[Path]) -> list[tuple[str, int]]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("style") in ("emergency", "not-emergency"):
                    rows.append((case["query"], 1 if case["style"] == "emergency" else 0))
    return rows


def train(rows: list[tuple[dict[str, float], int]]) -> tuple[float, dict[str, float]]:
    names = sorted({name for feats, _ in rows for name in feats})
    weights = dict.fromkeys(names, 0.0)
    bias = 0.0
    total = sum(DANGER_WEIGHT if y else 1.0 for _, y in rows)
    for _ in range(EPOCHS):
        grad = dict.fromkeys(names, 0.0)
        grad_bias = 0.0
        for feats, y in rows:
            z = bias + sum(weights[n] * v for n, v in feats.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = (p - y) * (DANGER_WEIGHT if y else 1.0)
            grad_bias += err
            for n, v in feats.items():
                grad[n] += err * v
        bias -= RATE * grad_bias / total
        for n in names:
            weights[n] -= RATE * (grad[n] / total + L2 * weights[n])
    return bias, weights


def write(bias: float, weights: dict[str, float]) -> None:
    text = MODULE.read_text(encoding="utf-8")
    lines = [f"_BIAS = {bias:.3f}", "_WEIGHTS: dict[str, float] = {"]
    for name, value in sorted(weights.items(), key=lambda item: -abs(item[1])):
        if abs(value) >= 0.005:
            lines.append(f"    {name!r}: {value:.3f},")
    lines.append("}")
    block = "\n".join(lines)
    new, count = re.subn(r"(# BEGIN WEIGHTS\n).*?(\n# END WEIGHTS)", lambda m: m.group(1) + block + m.group(2), text, flags=re.S)
    if count != 1:
        raise SystemExit("weights markers not found in danger.py")
    MODULE.write_text(new, encoding="utf-8")


def _weighed(feats: dict[str, float]) -> dict[str, float]:
    """The features the model weighs: names starting with "_" are flags read by rules, never weighed
    (danger.probability skips them), so training must not lean on them either."""
    return {name: value for name, value in feats.items() if not name.startswith("_")}


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from advocacy_cli.danger import features

    paths = [Path(arg) for arg in argv] or DEFAULT
    # Messages without any sign of harm are never weighed (danger.probability says 0), so only the others teach.
    rows = [(_weighed(feats), label) for feats, label in ((features(query)[0], label) for query, label in load(paths)) if feats.get("_alarm")]
    bias, weights = train(rows)
    write(bias, weights)
    print(f"trained on {len(rows)} cases, {len(weights)} features; bias {bias:.2f}")
    for name, value in sorted(weights.items(), key=lambda item: -abs(item[1]))[:15]:
        print(f"  {name:24} {value:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Where the second word model (a wish to die said in everyday words) should start to show the address.

Run by hand (needs numpy; about two minutes on two cores):

    python tools/self_harm_threshold.py

The teaching blind files (those tools/train_danger_words.py learns from) are split in two by the parity of their
number. The second model is trained on one half (and on every other file it learns from) and reads the other half,
both ways round. For each threshold it prints how many of the people in danger to whom `ask` shows no address
without the second model it would show the address to, and how many harmless messages that get nothing it would
give "possible": what SELF_HARM_POSSIBLE in danger.py costs and buys, read on messages the model never saw.
"""

from __future__ import annotations

import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import train_danger_words as trainer  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def _levels(name: str) -> list[tuple[bool, str | None, list[int]]]:
    """Each message of ``name``: in danger or not, the level `ask` gives it without the second model, its buckets."""
    from advocacy_cli import danger
    from advocacy_cli.session import Session

    danger.SELF_HARM_POSSIBLE = 2.0  # the second model never speaks
    matcher = Session(None).matcher()
    out = []
    for line in (trainer.CASES / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            if case.get("kind", "ask") == "ask" and case.get("style") in ("emergency", "not-emergency"):
                level = matcher.answer(case["query"], explain=False).danger
                out.append((case["style"] == "emergency", level, danger.word_features(case["query"], trainer.BITS)))
    return out


def main() -> None:
    teaching = [name for name in trainer.FILES if name.startswith("danger-blind")]
    halves = [[n for n in teaching if int(re.search(r"\d+", n).group()) % 2 == k] for k in (0, 1)]
    with Pool(2) as pool:
        read = dict(zip(teaching, pool.map(_levels, teaching, chunksize=1)))
    gained = dict.fromkeys(THRESHOLDS, 0)
    cost = dict.fromkeys(THRESHOLDS, 0)
    harmless = 0
    for k in (0, 1):
        learn = [name for name in trainer.FILES if name not in halves[k]]
        quantised, scale, bias, _ = trainer.fit(trainer.read_self_harm_rows(learn))
        weights = quantised.astype(np.float64) * scale
        for name in halves[k]:
            for in_danger, level, buckets in read[name]:
                harmless += not in_danger
                if level is not None:
                    continue
                p = 1.0 / (1.0 + np.exp(-(bias + weights[buckets].sum())))
                for t in THRESHOLDS:
                    if p >= t:
                        gained[t] += in_danger
                        cost[t] += not in_danger
    for t in THRESHOLDS:
        print(f"from {t}: {gained[t]} people in danger who saw nothing see the address; {cost[t]} of {harmless} harmless messages get 'possible' ({100 * cost[t] / harmless:.2f} points)")


if __name__ == "__main__":
    main()

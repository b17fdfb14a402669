"""Where a word model of one kind of danger (a wish to die said in everyday words; being watched, followed or
threatened; summoned, charged, accused or gone missing) should start to show the address.

Run by hand (needs numpy; about three minutes on two cores):

    python tools/family_thresholds.py [--strict] [--model SELF_HARM|WATCHED|STATE]

The teaching blind files (those tools/train_danger_words.py learns from) are split in two by the parity of their
number. The model (SELF_HARM unless --model says otherwise) is trained on one half (and on every other file it learns from) and reads the other half,
both ways round. For each threshold it prints how many of the people in danger to whom `ask` shows no address
without the models of one kind of danger it would show the address to, and how many harmless messages that get nothing it would
give "possible": what SELF_HARM_POSSIBLE in danger.py costs and buys, read on messages the model never saw. With
--strict it prints, for higher thresholds, how many people in danger without the banner the model alone would give
it to, and how many harmless messages without it would get a false alarm: what SELF_HARM_CERTAIN costs and buys.
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
STRICT_THRESHOLDS = (0.8, 0.85, 0.9, 0.95, 0.98)


def _levels(name: str) -> list[tuple[bool, str | None, list[int]]]:
    """Each message of ``name``: in danger or not, the level `ask` gives it without the second model, its buckets."""
    from advocacy_cli import danger
    from advocacy_cli.session import Session

    danger.by_family_words = lambda question, found=None: None  # the models of one kind of danger never speak
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
    strict = "--strict" in sys.argv[1:]
    model = sys.argv[sys.argv.index("--model") + 1] if "--model" in sys.argv[1:] else "SELF_HARM"
    families = next(found for _, prefix, found, _ in trainer.FAMILY_MODELS if prefix == model)
    thresholds = STRICT_THRESHOLDS if strict else THRESHOLDS
    teaching = [name for name in trainer.FILES if name.startswith("danger-blind")]
    halves = [[n for n in teaching if int(re.search(r"\d+", n).group()) % 2 == k] for k in (0, 1)]
    with Pool(2) as pool:
        read = dict(zip(teaching, pool.map(_levels, teaching, chunksize=1)))
    gained = dict.fromkeys(thresholds, 0)
    cost = dict.fromkeys(thresholds, 0)
    harmless = 0
    for k in (0, 1):
        learn = [name for name in trainer.FILES if name not in halves[k]]
        quantised, scale, bias, _ = trainer.fit(trainer.read_family_rows(learn, families))
        weights = quantised.astype(np.float64) * scale
        for name in halves[k]:
            for in_danger, level, buckets in read[name]:
                harmless += not in_danger
                if level == "emergency" or (level is not None and not strict):
                    continue
                p = 1.0 / (1.0 + np.exp(-(bias + weights[buckets].sum())))
                for t in thresholds:
                    if p >= t:
                        gained[t] += in_danger
                        cost[t] += not in_danger
    for t in thresholds:
        if strict:
            print(f"from {t}: {gained[t]} people in danger without the banner get it; {cost[t]} of {harmless} harmless messages get a false alarm ({100 * cost[t] / harmless:.2f} points)")
        else:
            print(f"from {t}: {gained[t]} people in danger who saw nothing see the address; {cost[t]} of {harmless} harmless messages get 'possible' ({100 * cost[t] / harmless:.2f} points)")


if __name__ == "__main__":
    main()

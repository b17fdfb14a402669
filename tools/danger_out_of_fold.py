"""How the word model reads messages it has not learned from: out-of-fold figures for the teaching files.

Run by hand (needs numpy; about six minutes on two cores):

    python tools/danger_out_of_fold.py [--folds 5]

The teaching blind files (those tools/train_danger_words.py learns from) are split into folds by their
number. For each fold a word model is trained, exactly as the shipped one is, on everything else it learns
from, and `ask` reads that fold's files with it (the lexicons and every other reader as shipped). It prints
strict recall, seen recall, false alarms and "possible" over all folds, and, for the people in danger who
saw no address and the harmless messages that got nothing, how many the word model put in each band under
the "possible" floor: what lowering WORDS_POSSIBLE would show, and what it would cost, read on messages the
model never saw. (The lexicons did learn from these files, so the figures are kinder than those of a file
nobody has read.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from array import array
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import train_danger_words as trainer  # noqa: E402

BANDS = (0.3, 0.35, 0.4, 0.45, 0.5, 1.01)  # upper ends of the bands of the word model's probability


def fold_of(name: str, folds: int) -> int | None:
    """The fold of a blind file (its number modulo ``folds``); None for every other file."""
    found = re.fullmatch(r"danger-blind(\d+)\.jsonl", name)
    return int(found.group(1)) % folds if found else None


def _train(job: tuple[int, int]) -> tuple[int, bytes, float, float]:
    fold, folds = job
    rows = trainer.read_rows([name for name in trainer.FILES if fold_of(name, folds) != fold])
    quantised, scale, bias, _ = trainer.fit(rows)
    return fold, quantised.tobytes(), scale, bias


def _read(job: tuple[bytes, float, float, list[str]]) -> tuple[Counter[str], Counter[tuple[str, float]]]:
    blob, scale, bias, names = job
    from advocacy_cli import danger
    from advocacy_cli.session import Session

    weights = array("b")
    weights.frombytes(blob)
    danger._word_weights = (weights, scale, bias, danger.WORD_BITS)
    danger.word_probability.cache_clear()
    matcher = Session(None).matcher()
    levels: Counter[str] = Counter()
    bands: Counter[tuple[str, float]] = Counter()
    for name in names:
        for line in (trainer.CASES / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if case.get("style") not in ("emergency", "not-emergency"):
                continue
            who = "danger" if case["style"] == "emergency" else "harmless"
            level = matcher.answer(case["query"], explain=False).danger
            levels[f"{who} {level}"] += 1
            if level is None:
                p = danger.word_probability(case["query"]) or 0.0
                bands[(who, next(band for band in BANDS if p < band))] += 1
    return levels, bands


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    folds = parser.parse_args().folds
    with Pool(2) as pool:
        models = pool.map(_train, [(fold, folds) for fold in range(folds)])
    jobs = []
    for fold, blob, scale, bias in models:
        names = [name for name in trainer.FILES if fold_of(name, folds) == fold]
        jobs += [(blob, scale, bias, names[part::2]) for part in range(2)]
    levels: Counter[str] = Counter()
    bands: Counter[tuple[str, float]] = Counter()
    with Pool(2, maxtasksperchild=1) as pool:
        for found_levels, found_bands in pool.map(_read, jobs, chunksize=1):
            levels.update(found_levels)
            bands.update(found_bands)
    danger = sum(count for key, count in levels.items() if key.startswith("danger"))
    harmless = sum(count for key, count in levels.items() if key.startswith("harmless"))
    print(f"out of {folds} folds: {danger} people in danger, {harmless} harmless messages")
    print(f"  strict recall          {levels['danger emergency'] / danger * 100:6.2f} %")
    print(f"  seen recall            {(danger - levels['danger None']) / danger * 100:6.2f} %")
    print(f"  false alarms           {levels['harmless emergency'] / harmless * 100:6.2f} %")
    print(f"  possible on harmless   {levels['harmless possible'] / harmless * 100:6.2f} %")
    print("  word model's probability of the messages that got nothing (below each band's upper end):")
    low = 0.0
    for band in BANDS:
        print(f"    {low:.2f} to {min(band, 1.0):.2f}: in danger {bands[('danger', band)]:4}, harmless {bands[('harmless', band)]:6}")
        low = band


if __name__ == "__main__":
    main()

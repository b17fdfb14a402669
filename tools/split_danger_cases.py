"""Split a JSON Lines file of danger cases into a tuning part and a holdout part.

The split is stratified by the "family" key and uses a fixed seed, so the same input always gives
the same two files:

    python tools/split_danger_cases.py ALL.jsonl tests/cases/danger-tune.jsonl tests/cases/danger-holdout.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261129
HOLDOUT_SHARE = 0.3


def split(lines: list[str]) -> tuple[list[str], list[str]]:
    by_family: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in lines:
        case = json.loads(line)
        by_family[(case["style"], case.get("family", ""))].append(line)
    rng = random.Random(SEED)
    tune: list[str] = []
    holdout: list[str] = []
    for key in sorted(by_family):
        group = by_family[key]
        rng.shuffle(group)
        cut = round(len(group) * HOLDOUT_SHARE)
        holdout.extend(group[:cut])
        tune.extend(group[cut:])
    return tune, holdout


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    source, tune_path, holdout_path = (Path(arg) for arg in argv)
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune, holdout = split(lines)
    tune_path.write_text("\n".join(tune) + "\n", encoding="utf-8")
    holdout_path.write_text("\n".join(holdout) + "\n", encoding="utf-8")
    print(f"{len(tune)} tuning cases, {len(holdout)} holdout cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""How the danger reading does on files of cases: recall, false alarms and the misses.

    python tools/danger_report.py tests/cases/danger-tune.jsonl [MORE.jsonl ...] [--quiet] [--families]

Cases with style "emergency" are people at risk; cases with style "not-emergency" are not.
--quiet leaves out the misses; --families adds, per family, how many were seen and how many alarmed
(use it on tuning files: on the holdout file only the whole figures are looked at).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from advocacy_cli.danger import assess


def report(path: Path, show_misses: bool = True, families: bool = False) -> dict[str, float]:
    danger: list[tuple[str, str | None, tuple[str, ...]]] = []
    harmless: list[tuple[str, str | None, tuple[str, ...]]] = []
    by_family: dict[tuple[str, str], list[str | None]] = {}
    started = time.perf_counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        case = json.loads(line)
        if case.get("kind", "ask") != "ask" or case.get("style") not in ("emergency", "not-emergency"):
            continue
        result = assess(case["query"])
        row = (case["query"], result.level, result.cues)
        (danger if case["style"] == "emergency" else harmless).append(row)
        by_family.setdefault((case["style"], case.get("family", "-")), []).append(result.level)
    elapsed = time.perf_counter() - started
    figures = {
        "strict recall": _share(danger, lambda level: level == "emergency"),
        "seen recall": _share(danger, lambda level: level is not None),
        "false alarms": _share(harmless, lambda level: level == "emergency"),
        "possible on negatives": _share(harmless, lambda level: level == "possible"),
    }
    print(f"== {path}: {len(danger)} in danger, {len(harmless)} not")
    for name, value in figures.items():
        print(f"  {name:24} {value * 100:6.1f} %")
    count = len(danger) + len(harmless)
    if count:
        print(f"  {'time per message':24} {elapsed / count * 1000:6.3f} ms")
    if families:
        for (style, family), levels in sorted(by_family.items()):
            if style == "emergency":
                figure = f"emergency {levels.count('emergency')}, possible {levels.count('possible')}, unseen {levels.count(None)}"
            else:
                figure = f"emergency {levels.count('emergency')}, possible {levels.count('possible')}"
            print(f"  {style:13} {family:20} {len(levels):4}  {figure}")
    if show_misses:
        for query, level, cues in danger:
            if level != "emergency":
                print(f"  MISS [{level}] {query}\n      cues: {'; '.join(cues) or '-'}")
        for query, level, cues in harmless:
            if level is not None:
                print(f"  ALARM [{level}] {query}\n      cues: {'; '.join(cues) or '-'}")
    return figures


def _share(rows: list[tuple[str, str | None, tuple[str, ...]]], hit) -> float:
    return sum(1 for _, level, _ in rows if hit(level)) / len(rows) if rows else 0.0


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    families = "--families" in argv
    paths = [Path(arg) for arg in argv if arg not in ("--quiet", "--families")]
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for path in paths:
        report(path, show_misses=not quiet, families=families)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

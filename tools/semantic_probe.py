"""Measures the static vectors alone as a matcher (no lexical view): top-1/top-3 per case file, off-topic cosines, cost.

    python tools/semantic_probe.py [--vectors DIR ...] [--cases FILE ...]

Each entry is represented by the vectors of its question and variants (with --answer, its answer's sentences too);
a query scores an entry by the best (max) or the mean cosine over those phrase vectors. Development tool, run by hand.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from advocacy_cli import vectors as vectors_module  # noqa: E402
from advocacy_cli.session import load_faq  # noqa: E402

DEFAULT_CASES = [
    Path("/work/shared/eval/dev.jsonl"),
    REPO / "tests" / "cases" / "holdout.jsonl",
    REPO / "tests" / "cases" / "fresh.jsonl",
    REPO / "tests" / "cases" / "wide.jsonl",
]


def read_cases(path: Path) -> list[dict]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            if case.get("kind", "ask") == "ask":
                cases.append(case)
    return cases


def entry_phrases(entry, with_answer: bool) -> list[str]:
    phrases = [entry.question, *entry.variants]
    if with_answer:
        phrases.extend(part.strip() for part in entry.answer.replace("\n", " ").split(". ") if len(part.strip()) > 20)
    return phrases


def percentiles(values: list[float]) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return f"n={len(ordered)} min={ordered[0]:.2f} p10={pick(0.1):.2f} p50={pick(0.5):.2f} p90={pick(0.9):.2f} max={ordered[-1]:.2f}"


def probe(folder: Path, case_files: list[Path], with_answer: bool) -> None:
    model = vectors_module.Vectors(folder)
    faq = load_faq(REPO / "data" / "faq.toml")
    entries = list(faq.entries)
    table = {entry.id: [v for v in map(model.sentence_vector, entry_phrases(entry, with_answer)) if v is not None] for entry in entries}
    print(f"# {folder} dims={model.dims} entries={len(entries)} phrases={sum(map(len, table.values()))} answer={with_answer}")
    for mode in ("max", "mean"):
        best_in, best_off = [], []
        for path in case_files:
            if not path.is_file():
                continue
            hits1 = hits3 = scored = 0
            for case in read_cases(path):
                query = model.sentence_vector(case["query"])
                scores = []
                for entry_id, phrase_vectors in table.items():
                    if query is None or not phrase_vectors:
                        scores.append((0.0, entry_id))
                        continue
                    sims = [vectors_module.cosine(query, v) for v in phrase_vectors]
                    scores.append((max(sims) if mode == "max" else sum(sims) / len(sims), entry_id))
                scores.sort(reverse=True)
                if case.get("style") == "offtopic":
                    best_off.append(scores[0][0])
                elif case.get("expect_id"):
                    best_in.append(scores[0][0])
                if case.get("expect_id"):
                    scored += 1
                    ranked = [entry_id for _, entry_id in scores]
                    hits1 += ranked[0] == case["expect_id"]
                    hits3 += case["expect_id"] in ranked[:3]
            if scored:
                print(f"{mode:4} {path.name:16} top1 {100 * hits1 / scored:5.1f}  top3 {100 * hits3 / scored:5.1f}  (n={scored})")
        print(f"{mode:4} best cosine, in scope: {percentiles(best_in)}")
        print(f"{mode:4} best cosine, off-topic: {percentiles(best_off)}")


def cost(folder: Path) -> None:
    """Milliseconds per question for the dot products alone, by the number of phrase vectors compared."""
    model = vectors_module.Vectors(folder)
    query = model.sentence_vector("who do I write to about a law that blocks the site in my country")
    phrase = model.sentence_vector("which team handles government censorship of the projects")
    started = time.perf_counter()
    model.sentence_vector("who do I write to about a law that blocks the site in my country")
    embed_ms = (time.perf_counter() - started) * 1000
    print(f"# cost dims={model.dims}: one sentence vector (16 tokens) {embed_ms:.3f} ms")
    for count in (25, 100, 250, 500, 1000):
        pool = [phrase] * count
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            for v in pool:
                vectors_module.cosine(query, v)
            runs.append((time.perf_counter() - started) * 1000)
        dot_runs = []
        for _ in range(5):
            started = time.perf_counter()
            for v in pool:
                sum(map(float.__mul__, query, v))
            dot_runs.append((time.perf_counter() - started) * 1000)
        print(f"  {count:5} vectors: cosine {statistics.median(runs):7.3f} ms, dot only (unit vectors) {statistics.median(dot_runs):7.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vectors", type=Path, action="append", help="a folder of vectors (repeatable); default the shipped one")
    parser.add_argument("--cases", type=Path, action="append", help="a case file (repeatable)")
    parser.add_argument("--answer", action="store_true", help="also embed the answers' sentences")
    parser.add_argument("--cost", action="store_true", help="time the dot products")
    args = parser.parse_args()
    folders = args.vectors or [Path(vectors_module.DATA_DIR)]
    for folder in folders:
        probe(folder, args.cases or DEFAULT_CASES, args.answer)
        if args.cost:
            cost(folder)


if __name__ == "__main__":
    main()

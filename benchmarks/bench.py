"""Start-up, throughput and scale of advocacy-cli, as ratios against a floor; run by hand.

    python benchmarks/bench.py                 # 21 rounds, table + benchmarks/out/results.json
    python benchmarks/bench.py --quick         # 5 rounds, one batch run: a smoke check
    python benchmarks/bench.py --runs 41 --json-out /tmp/bench.json

Every figure is the median of whole-process runs (Python start-up included). The variants of a
comparison are run alternately, round-robin after a warm-up run each, so a slow minute of the
machine hits them alike; a ratio divides two medians of the same rounds. The floor
(benchmarks/floor_app.py) is the smallest Typer app with one argument and one flag, run with the
same interpreter: a ratio of 1.0 means advocacy-cli adds nothing to what Python and Typer cost.

The cache of parsed data files is kept in benchmarks/out/cache (XDG_CACHE_HOME) so the user's own
cache is not touched; "10k entries, no cache" runs each time with a new, empty cache folder.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
QUESTION = "who do I email about a fake news campaign?"
BATCH_QUESTIONS = 10_000
BIG_ENTRIES = 10_000

sys.path.insert(0, str(HERE))
import generate  # noqa: E402  (a sibling script, not a package)


def advocacy_command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m advocacy_cli``."""
    folder = Path(sys.executable).parent
    for name in ("advocacy", "advocacy.exe"):
        script = folder / name
        if script.is_file():
            return [str(script)]
    return [sys.executable, "-m", "advocacy_cli"]


@dataclass
class Variant:
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    stdin: Path | None = None
    ok_codes: tuple[int, ...] = (0,)
    fresh_cache: bool = False  # a new empty XDG_CACHE_HOME for every run
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    output: bytes = b""


class Runner:
    def __init__(self, base_env: dict[str, str], scratch: Path) -> None:
        self.base_env = base_env
        self.scratch = scratch

    def run(self, variant: Variant, keep_output: bool = False) -> tuple[float, int]:
        """One whole-process run: wall time in seconds and the child's own peak RSS (KB)."""
        env = dict(self.base_env, **variant.env)
        if variant.fresh_cache:
            env["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="cache-", dir=self.scratch)
        stdin = open(variant.stdin, "rb") if variant.stdin else subprocess.DEVNULL
        stdout = tempfile.TemporaryFile(dir=self.scratch) if keep_output else subprocess.DEVNULL
        try:
            start = time.perf_counter()
            process = subprocess.Popen(variant.argv, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE if keep_output else subprocess.DEVNULL, env=env)
            # wait4 gives this child's own rusage; RUSAGE_CHILDREN would be the max over all children.
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            if keep_output:
                stdout.seek(0)
                variant.output = stdout.read()
            code = process.returncode
            if code not in variant.ok_codes:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise SystemExit(f"{variant.name}: exit {code} (expected {variant.ok_codes}): {' '.join(variant.argv)}\n{error[-2000:]}")
            if process.stderr:
                process.stderr.close()
        finally:
            if variant.stdin:
                stdin.close()  # type: ignore[union-attr]
            if keep_output:
                stdout.close()  # type: ignore[union-attr]
            if variant.fresh_cache:
                shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
        return elapsed, usage.ru_maxrss

    def rounds(self, variants: list[Variant], runs: int) -> None:
        """A warm-up run of each (kept output, checked exit code), then ``runs`` interleaved rounds."""
        for variant in variants:
            self.run(variant, keep_output=True)
        for i in range(runs):
            # Rotate the order each round so no variant always follows the same neighbour.
            k = i % len(variants)
            for variant in variants[k:] + variants[:k]:
                elapsed, rss = self.run(variant)
                variant.times.append(elapsed)
                variant.rss_kb.append(rss)


def median_ms(variant: Variant) -> float:
    return 1000 * statistics.median(variant.times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="interleaved rounds of the start-up comparisons (default 21)")
    parser.add_argument("--quick", action="store_true", help="5 rounds and a single batch / no-cache run")
    parser.add_argument("--json-out", type=Path, default=OUT / "results.json", help="where to write the figures (default benchmarks/out/results.json)")
    args = parser.parse_args(argv)
    runs = 5 if args.quick and args.runs == 21 else args.runs
    slow_runs = 1 if args.quick else 5

    OUT.mkdir(parents=True, exist_ok=True)
    big = OUT / "big.toml"
    questions = OUT / "questions.txt"
    if not big.is_file() or big.stat().st_mtime < Path(generate.__file__).stat().st_mtime:
        generate.write_data(big, BIG_ENTRIES)
    if not questions.is_file() or questions.stat().st_mtime < Path(generate.__file__).stat().st_mtime:
        generate.write_questions(questions, BATCH_QUESTIONS)
    # The questions file repeats some lines, as real inboxes do, and a batch answers a repeated line
    # once; the same questions with each line once show the cost of matching alone (reported, no target).
    lines_once = OUT / "questions-once.txt"
    lines_once.write_text("".join(line + "\n" for line in dict.fromkeys(questions.read_text(encoding="utf-8").splitlines()) if line.strip()), encoding="utf-8")
    cache = OUT / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir()
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=OUT))

    env = {k: v for k, v in os.environ.items() if k not in ("ADVOCACY_CLI_DATA", "ADVOCACY_CLI_JOBS", "_ADVOCACY_COMPLETE", "_FLOOR_COMPLETE", "COMP_WORDS", "COMP_CWORD")}
    env.update({"XDG_CACHE_HOME": str(cache), "COLUMNS": "100", "NO_COLOR": "1"})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runner = Runner(env, scratch)
    advocacy = advocacy_command()
    floor = [sys.executable, str(HERE / "floor_app.py")]

    validate = Variant("validate big", [*advocacy, "validate", str(big), "--json"])
    runner.run(validate, keep_output=True)
    if not json.loads(validate.output).get("valid"):
        raise SystemExit(f"{big} is not valid: {validate.output[:500]!r}")

    complete_env = {"_ADVOCACY_COMPLETE": "complete_bash", "COMP_WORDS": "advocacy show ", "COMP_CWORD": "2"}
    floor_complete_env = {"_FLOOR_COMPLETE": "complete_bash", "COMP_WORDS": "floor --", "COMP_CWORD": "1"}
    v = {
        "floor --json": Variant("floor --json", [*floor, QUESTION, "--json"]),
        "floor": Variant("floor", [*floor, QUESTION]),
        "floor --help": Variant("floor --help", [*floor, "--help"]),
        "floor completion": Variant("floor completion", floor, env=floor_complete_env),
        "ask --json": Variant("ask --json", [*advocacy, "ask", QUESTION, "--json"]),
        "ask (human)": Variant("ask (human)", [*advocacy, "ask", QUESTION]),
        "--help": Variant("--help", [*advocacy, "--help"]),
        "completion": Variant("completion", advocacy, env=complete_env),
        "ask --json, 10k entries": Variant("ask --json, 10k entries", [*advocacy, "ask", QUESTION, "--json", "--data", str(big)], ok_codes=(0, 1)),
    }
    slow = {
        "ask --json, 10k entries, no cache": Variant("ask --json, 10k entries, no cache", [*advocacy, "ask", QUESTION, "--json", "--data", str(big)], ok_codes=(0, 1), fresh_cache=True),
        "batch ask - --json": Variant("batch ask - --json", [*advocacy, "ask", "-", "--json"], stdin=questions),
        "batch, each line once": Variant("batch, each line once", [*advocacy, "ask", "-", "--json"], stdin=lines_once),
        # A long batch is shared among one worker per core (Linux); this is the same batch in one process.
        # The first batch on a data file: nothing in the cache (the others find the word pieces' dot products there).
        "batch, empty cache": Variant("batch, empty cache", [*advocacy, "ask", "-", "--json"], stdin=questions, fresh_cache=True),
        "batch, one process": Variant("batch, one process", [*advocacy, "ask", "-", "--json"], env={"ADVOCACY_CLI_JOBS": "1"}, stdin=questions),
    }
    print(f"advocacy: {' '.join(advocacy)}\npython: {sys.version.split()[0]} on {platform.platform()}\n{runs} interleaved rounds...", file=sys.stderr)
    runner.rounds(list(v.values()), runs)
    print(f"{slow_runs} round(s) of the batch and no-cache runs...", file=sys.stderr)
    runner.rounds(list(slow.values()), slow_runs)
    shutil.rmtree(scratch, ignore_errors=True)

    completions = v["completion"].output.decode().split()
    if "legal-help" not in completions:
        raise SystemExit(f"completion did not list the entry ids: {completions[:5]}")
    answered = slow["batch ask - --json"].output.count(b"\n")
    lines = sum(1 for line in questions.read_text(encoding="utf-8").splitlines() if line.strip())
    if answered != lines:
        raise SystemExit(f"batch answered {answered} of {lines} questions")

    batch_s = statistics.median(slow["batch ask - --json"].times)
    big_rss_mb = max(v["ask --json, 10k entries"].rss_kb) / 1024
    rows = [
        # name, value, reference name, limit, "max" or "min", unit (the limits of the semantic-matching issue)
        ("cold ask --json vs floor --json", median_ms(v["ask --json"]) / median_ms(v["floor --json"]), 1.25, "max", "x"),
        ("human ask vs floor", median_ms(v["ask (human)"]) / median_ms(v["floor"]), 1.40, "max", "x"),
        ("--help vs floor --help", median_ms(v["--help"]) / median_ms(v["floor --help"]), 1.10, "max", "x"),
        ("completion vs floor completion", median_ms(v["completion"]) / median_ms(v["floor completion"]), 1.10, "max", "x"),
        ("batch ask - --json (10k questions)", lines / batch_s, 2000, "min", "q/s"),
        ("10k entries ask vs bundled ask", median_ms(v["ask --json, 10k entries"]) / median_ms(v["ask --json"]), 2.0, "max", "x"),
        ("10k entries ask peak memory", big_rss_mb, 150, "max", "MB"),
    ]

    print(f"\n{'run':38} {'median ms':>10} {'peak MB':>8}")
    for variant in [*v.values(), *slow.values()]:
        print(f"{variant.name:38} {median_ms(variant):10.1f} {max(variant.rss_kb) / 1024:8.1f}")
    print(f"\n{'target':38} {'value':>14} {'limit':>12}  met")
    missed = 0
    for name, value, limit, kind, unit in rows:
        ok = value <= limit if kind == "max" else value >= limit
        missed += not ok
        sign = "<=" if kind == "max" else ">="
        print(f"{name:38} {value:10.2f} {unit:<3} {sign} {limit:>6g} {unit:<3}  {'yes' if ok else 'NO'}")
    print("\nall targets met" if not missed else f"\n{missed} target(s) missed")
    once = sum(1 for line in lines_once.read_text(encoding="utf-8").splitlines() if line.strip())
    once_rate = once / statistics.median(slow["batch, each line once"].times)
    print(f"batch of the {once} distinct questions, each once: {once_rate:.0f} q/s (no target; {lines - once} of {lines} lines repeat)")
    first_rate = lines / statistics.median(slow["batch, empty cache"].times)
    print(f"batch with an empty cache: {first_rate:.0f} q/s (no target; the first batch on a data file)")
    alone_rate = lines / statistics.median(slow["batch, one process"].times)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"batch in one process (ADVOCACY_CLI_JOBS=1): {alone_rate:.0f} q/s (no target; the batch above may use {cores} cores)")

    results = {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "advocacy": advocacy,
        "rounds": runs,
        "slow_rounds": slow_runs,
        "question": QUESTION,
        "runs": {
            variant.name: {"median_ms": round(median_ms(variant), 2), "times_ms": [round(1000 * t, 2) for t in variant.times], "peak_rss_mb": round(max(variant.rss_kb) / 1024, 1)}
            for variant in [*v.values(), *slow.values()]
        },
        "batch_each_line_once_qps": round(once_rate, 1),
        "batch_one_process_qps": round(alone_rate, 1),
        "batch_empty_cache_qps": round(first_rate, 1),
        "cores": cores,
        "targets": {name: {"value": round(value, 3), "unit": unit, "limit": limit, "kind": kind, "ok": (value <= limit if kind == "max" else value >= limit)} for name, value, limit, kind, unit in rows},
    }
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

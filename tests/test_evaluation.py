"""`advocacy eval` under odd bars and odd cases files: usage errors, in bounded time and memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from advocacy_cli.cli import app

CASES = '{"query": "How do I find a lawyer?", "expect_id": "legal-help"}\n'


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text(CASES, encoding="utf-8")
    return path


# --- item 14: a bar that is not a number is a usage error ------------------------------------------
@pytest.mark.parametrize("option", ["--min-top1", "--min-top3", "--min-mrr", "--max-false-alarms", "--min-topic-accuracy"])
@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf"])
def test_a_bar_that_is_not_a_finite_number_is_a_usage_error(cases: Path, option: str, value: str) -> None:
    result = CliRunner().invoke(app, ["eval", str(cases), option, value])
    assert result.exit_code == 2, result.output
    assert option in result.stderr and "from 0 to" in result.stderr


def test_a_finite_bar_still_decides(tmp_path: Path) -> None:
    path = tmp_path / "miss.jsonl"
    path.write_text('{"query": "How do I find a lawyer?", "expect_id": "updates"}\n', encoding="utf-8")
    assert CliRunner().invoke(app, ["eval", str(path), "--min-top1", "100"]).exit_code == 1


# --- item 14: a cases file is read up to a limit ----------------------------------------------------
@pytest.mark.parametrize("source", ["/dev/zero", "endless lines"])
def test_an_endless_cases_file_is_refused_within_time_and_memory(tmp_path: Path, source: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ADVOCACY_CLI_DATA"} | {"XDG_CACHE_HOME": str(tmp_path), "LANG": "C.UTF-8"}
    probe = (
        "import resource, subprocess, sys\n"
        "feed = subprocess.Popen(['yes', '{}'], stdout=subprocess.PIPE) if sys.argv[1] == '-' else None\n"
        "done = subprocess.run([sys.executable, '-m', 'advocacy_cli', 'eval', '/dev/stdin' if feed else sys.argv[1]], stdin=feed.stdout if feed else None, capture_output=True, text=True)\n"
        "feed and feed.kill()\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"
        "sys.stderr.write(done.stderr)\n"
    )
    try:
        done = subprocess.run([sys.executable, "-c", probe, "-" if source == "endless lines" else source], capture_output=True, text=True, env=env, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("eval read an endless cases file for too long")
    code, peak = map(int, done.stdout.split())
    assert code == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert peak < 200, f"peak memory {peak} MB"


# --- the bars: one list (evaluation.BARS) for eval's options, Bars and the failure messages ------------
def _eval_options() -> dict[str, object]:
    import typer

    command = typer.main.get_command(app).commands["eval"]  # type: ignore[attr-defined]
    bars = {}
    for param in command.params:
        if any(name.startswith(("--min-", "--max-")) for name in param.opts):
            checker = getattr(param.callback, "__wrapped__", param.callback).__name__
            bars[param.name] = (tuple(param.opts), param.metavar, param.help, checker)
    return bars


def test_eval_has_one_option_per_bar_as_the_list_describes_it() -> None:
    from advocacy_cli.evaluation import BARS

    assert _eval_options() == {
        bar.field: ((bar.option,), bar.metavar, bar.help, "_percent" if bar.scale == 100 else "_fraction") for bar in BARS
    }


def test_the_readme_names_every_bar() -> None:
    import re

    from advocacy_cli.evaluation import BARS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Measuring the matching", 1)[1].split("\n## ", 1)[0]
    assert set(re.findall(r"`(--(?:min|max)-[a-z0-9-]+)`", section)) == {bar.option for bar in BARS}


def test_each_bar_fails_only_on_its_side_of_its_figure() -> None:
    from advocacy_cli.evaluation import BARS, Bars, Report

    report = Report()
    for bar in BARS:
        figure = getattr(report, bar.figure)
        for _ in range(3):
            figure.add(True)
        figure.add(False)
    for bar in BARS:
        value = getattr(report, bar.figure).value * bar.scale
        strict, loose = (value + 0.01 * bar.scale, value - 0.01 * bar.scale)
        if not bar.is_minimum:
            strict, loose = loose, strict
        assert Bars.of({bar.field: loose}).failures(report) == []
        [failure] = Bars.of({bar.field: strict}).failures(report)
        assert failure.startswith(f"{bar.figure} ") and ("<" if bar.is_minimum else ">") in failure
    assert Bars.of({}).failures(report) == []


def test_mrr_in_json_keeps_the_digits_a_target_is_judged_by(tmp_path):
    """An MRR of 0.8472 must not read as 0.85 next to a target of 0.85."""
    import json

    from typer.testing import CliRunner

    from advocacy_cli.cli import app

    cases = tmp_path / "cases.jsonl"
    rows = [
        {"kind": "ask", "query": "can the foundation pay for a lawyer", "expect_id": "legal-help", "style": "keywords"},
        {"kind": "ask", "query": "zzzz qqqq", "expect_id": "legal-help", "style": "keywords"},
        {"kind": "ask", "query": "zzzz qqqq", "expect_id": "legal-help", "style": "keywords"},
    ]
    cases.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(cases), "--json"])
    assert json.loads(result.stdout)["figures"]["mrr"] == 0.3333

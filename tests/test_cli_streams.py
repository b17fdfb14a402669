"""The command line at its edges: full disks for every way out, odd completion requests."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run_to(stdout_path: str, *args: str, env: dict[str, str] | None = None, in_bash: bool = False) -> subprocess.CompletedProcess[bytes]:
    """Run the tool with its output going to ``stdout_path``; ``in_bash`` runs it as a child of bash,
    which is how --show-completion finds the shell (it reads the process's parents, not $SHELL)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("ADVOCACY_CLI_DATA", "COLUMNS")} | {"LANG": "C.UTF-8"} | (env or {})
    command = [sys.executable, "-m", "advocacy_cli", *args]
    if in_bash:
        command = ["/bin/bash", "-c", '"$@"; exit $?', "bash", *command]  # no exec: bash stays the parent
    with open(stdout_path, "wb") as stdout:
        return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, env=environment, timeout=30)


# --- item 9: a full disk is one clear line for every option that prints --------------------------
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["--show-completion", "bash"], ["ask", "--help"], ["export", "--help"], []], ids=" ".join)
def test_options_that_print_and_exit_report_a_full_disk(args: list[str]) -> None:
    done = run_to("/dev/full", *args, env={"SHELL": "/bin/bash"}, in_bash="--show-completion" in args)
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert done.returncode == 2, stderr
    assert stderr == "Error: cannot write the output: no space left on device\n"


# --- item 14: an odd completion request is no traceback -------------------------------------------
@pytest.mark.parametrize("cword", ["²", "x", "-1", "", "1.5", "٣"])
def test_a_completion_request_with_an_odd_word_number_is_no_traceback(cword: str) -> None:
    done = run_to(os.devnull, env={"_ADVOCACY_COMPLETE": "complete_bash", "COMP_WORDS": "advocacy sh", "COMP_CWORD": cword})
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert done.returncode in (0, 1)


def test_a_completion_request_still_completes() -> None:
    environment = {k: v for k, v in os.environ.items() if k != "ADVOCACY_CLI_DATA"} | {"_ADVOCACY_COMPLETE": "complete_bash", "COMP_WORDS": "advocacy sh", "COMP_CWORD": "1"}
    done = subprocess.run([sys.executable, "-m", "advocacy_cli"], capture_output=True, text=True, env=environment, timeout=30)
    assert done.returncode == 0 and done.stdout.split() == ["show"]


# --- item 14: batch TSV output is one line per question ----------------------------------------------
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_batch_tsv_output_has_one_line_per_question(separator: str) -> None:
    questions = f"lawyer{separator}help\nsecond question\n".encode()
    done = subprocess.run([sys.executable, "-m", "advocacy_cli", "ask", "-"], input=questions, capture_output=True, timeout=30, env={k: v for k, v in os.environ.items() if k != "ADVOCACY_CLI_DATA"} | {"LANG": "C.UTF-8"})
    text = done.stdout.decode("utf-8")
    assert len(text.splitlines()) == 2, repr(text)
    assert all(len(line.split("\t")) == 5 for line in text.splitlines())

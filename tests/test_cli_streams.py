"""The command line at its edges: full disks for every way out, odd completion requests."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run_to(stdout_path: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("ADVOCACY_CLI_DATA", "COLUMNS")} | {"LANG": "C.UTF-8"} | (env or {})
    with open(stdout_path, "wb") as stdout:
        return subprocess.run([sys.executable, "-m", "advocacy_cli", *args], stdout=stdout, stderr=subprocess.PIPE, env=environment, timeout=30)


# --- item 9: a full disk is one clear line for every option that prints --------------------------
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["--show-completion", "bash"], ["ask", "--help"], ["export", "--help"], []], ids=" ".join)
def test_options_that_print_and_exit_report_a_full_disk(args: list[str]) -> None:
    done = run_to("/dev/full", *args, env={"SHELL": "/bin/bash"})
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert done.returncode == 2, stderr
    assert stderr == "Error: cannot write the output: no space left on device\n"

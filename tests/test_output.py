"""Writing exports to files: no-clobber that holds under races, names at the limit, signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy_cli import output
from advocacy_cli.errors import OutputError
from advocacy_cli.output import write_output


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- item 6: no-clobber is atomic ----------------------------------------------------------------
def test_a_file_that_appears_while_writing_is_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another export creates the target between our checks and our rename: it must win, intact."""
    target = tmp_path / "out.json"
    real_fsync = os.fsync

    def racing_fsync(fd: int) -> None:
        real_fsync(fd)
        if not target.exists():
            target.write_text("the other export", encoding="utf-8")

    monkeypatch.setattr(output.os, "fsync", racing_fsync)
    with pytest.raises(OutputError, match="already exists"):
        write_output("ours", str(target))
    assert target.read_text(encoding="utf-8") == "the other export"
    assert leftovers(tmp_path) == []


def test_concurrent_exports_without_force_never_both_succeed(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    script = "import sys\nfrom advocacy_cli.output import write_output\nwrite_output(sys.argv[1] * 200_000, sys.argv[2])\n"
    for trial in range(10):
        if target.exists():
            target.unlink()
        procs = [subprocess.Popen([sys.executable, "-c", script, name, str(target)], stderr=subprocess.PIPE) for name in "ab"]
        codes = [p.wait(timeout=30) for p in procs]
        for p in procs:
            p.stderr.close()
        assert sorted(codes) == [0, 1], f"trial {trial}: exit codes {codes}"
        assert target.read_text(encoding="utf-8") in ("a" * 200_000, "b" * 200_000)
    assert leftovers(tmp_path) == []


# --- item 14: names and links at the output path ----------------------------------------------------
def test_a_dangling_symlink_is_not_replaced_without_force(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(OutputError, match="already exists"):
        write_output("data", str(link))
    assert link.is_symlink() and os.readlink(link) == str(tmp_path / "nowhere")
    write_output("data", str(link), force=True)
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "data"


def test_a_name_of_250_characters_can_be_written(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 246 + ".csv")
    write_output("data", str(target))
    assert target.read_text(encoding="utf-8") == "data"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", ["/", "/."])
def test_a_name_ending_in_a_slash_is_a_folder_that_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match="no such folder"):
        write_output("data", "newname" + suffix)
    assert list(tmp_path.iterdir()) == []


# --- item 13: SIGTERM and SIGHUP clean up like Ctrl-C ---------------------------------------------
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_termination_signal_while_writing_leaves_no_temporary_file(tmp_path: Path, signum: int) -> None:
    script = (
        "import os, signal, sys\n"
        "from advocacy_cli import output\n"
        f"signal.signal({int(signum)}, signal.SIG_DFL)  # as in a terminal, whatever runs the tests\n"
        f"output.os.fsync = lambda fd: os.kill(os.getpid(), {int(signum)})\n"
        "output.write_output('x' * 1_000_000, sys.argv[1])\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "out.json")], capture_output=True, text=True, timeout=30)
    assert done.returncode == -signum, done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_hangup_ignored_from_the_start_does_not_stop_the_write(tmp_path: Path) -> None:
    """Under nohup SIGHUP is ignored: a hangup while writing must not cost the export."""
    script = (
        "import os, signal, sys\n"
        "from advocacy_cli import output\n"
        "signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as nohup leaves it\n"
        "real_fsync = os.fsync\n"
        "def hangup(fd):\n"
        "    os.kill(os.getpid(), signal.SIGHUP)\n"
        "    real_fsync(fd)\n"
        "output.os.fsync = hangup\n"
        "output.write_output('x' * 1_000_000, sys.argv[1])\n"
        "assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "out.json")], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "x" * 1_000_000

"""Exports of hostile data: nothing from the data acts on a terminal, files keep the exact text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_faq

from advocacy_cli import formats
from advocacy_cli.session import load_faq

# What a data file might hide in its text to act on a terminal or reorder what is read.
HOSTILE = "start \x1b]0;PWNED-TITLE\x07 \x1b[2J\x1b[31m bell\x07 back\x08 csi\x9b2J nel\x85 rlo\u202e end"
RAW_UNSAFE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x0D), *range(0x0E, 0x20), *range(0x7F, 0xA0))] + ["\u202e", "\u2066", "\u2028"]


def hostile_file(tmp_path: Path) -> Path:
    data = {
        "meta": {"title": "Hostile " + HOSTILE},
        "contacts": {
            "global-advocacy": {"name": "Team " + HOSTILE, "email": "ga@example.org"},
            "emergency": {"name": "Emergency", "email": "emergency@example.org"},
        },
        "entries": [{"id": "one", "category": "general", "question": "Q " + HOSTILE, "answer": HOSTILE, "contacts": ["global-advocacy"]}],
    }
    return write_faq(tmp_path / "hostile.toml", data)


def export_to_terminal(*args: str) -> bytes:
    """``advocacy export ARGS`` with a pseudo-terminal as stdout; what the terminal received."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("ADVOCACY_CLI_DATA", "COLUMNS")} | {"LANG": "C.UTF-8", "TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, "-m", "advocacy_cli", "export", *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    received = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    assert proc.wait(timeout=30) == 0, proc.stderr.read().decode()
    proc.stderr.close()
    return received


# --- item 5: export to a terminal ------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "toml", "json", "jsonl", "markdown", "html"])
def test_export_to_a_terminal_sends_nothing_that_acts_on_it(tmp_path: Path, fmt: str) -> None:
    received = export_to_terminal("--format", fmt, "--data", str(hostile_file(tmp_path))).decode("utf-8")
    received = received.replace("\r\n", "\n")  # the terminal's own line endings
    found = sorted({f"U+{ord(c):04X}" for c in received if c in RAW_UNSAFE})
    assert found == [], f"raw control characters reached the terminal: {found}"
    assert "PWNED-TITLE" not in received or fmt in ("json", "jsonl", "toml")  # escaped text may stay, never as a sequence


@pytest.mark.parametrize("fmt", ["json", "jsonl", "toml"])
def test_escaped_export_to_a_terminal_still_decodes_to_the_exact_text(tmp_path: Path, fmt: str) -> None:
    received = export_to_terminal("--format", fmt, "--data", str(hostile_file(tmp_path))).decode("utf-8").replace("\r\n", "\n")
    if fmt == "toml":
        import tomllib

        assert tomllib.loads(received)["entries"][0]["answer"] == HOSTILE
    elif fmt == "json":
        assert json.loads(received)["entries"][0]["answer"] == HOSTILE
    else:
        assert json.loads(received.splitlines()[0])["answer"] == HOSTILE


@pytest.mark.parametrize("fmt", ["csv", "toml"])
def test_files_written_with_output_keep_the_exact_content(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    subprocess.run([sys.executable, "-m", "advocacy_cli", "export", "--format", fmt, "-o", str(target), "--data", str(hostile_file(tmp_path))], check=True, timeout=30)
    assert target.read_bytes().decode("utf-8") == formats.render(formats.parse_format(fmt), load_faq(hostile_file(tmp_path)))
    if fmt == "csv":
        assert HOSTILE.replace("\x1b", "") in target.read_text(encoding="utf-8").replace("\x1b", "")
        assert "\x1b]0;PWNED-TITLE\x07" in target.read_text(encoding="utf-8")


# --- item 14: a CSV cell starting with NUL is neutralised too ----------------------------------------
def test_a_csv_cell_starting_with_nul_is_prefixed(tmp_path: Path) -> None:
    faq = load_faq(hostile_file(tmp_path))
    entry = faq.entries[0]._replace(question="\x00=HYPERLINK(\"http://evil.example\")")
    rows = formats.to_csv(faq.with_entries((entry,))).split("\r\n")
    assert rows[1].split(",")[2].startswith("'\x00") or rows[1].split(",")[2].startswith("\"'\x00")


# --- item 5 (JSON part): one JSON writer escapes what a terminal acts on ----------------------------
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_exports_escape_c1_nel_and_bidi_controls(tmp_path: Path, fmt: str) -> None:
    text = formats.render(formats.parse_format(fmt), load_faq(hostile_file(tmp_path)))
    for char in ("\x9b", "\x85", "\u202e"):
        assert char not in text
        assert f"\\u{ord(char):04x}" in text.lower()


def test_output_to_a_terminal_device_is_treated_like_stdout_on_a_terminal(tmp_path: Path) -> None:
    master, slave = os.openpty()
    try:
        env = {k: v for k, v in os.environ.items() if k != "ADVOCACY_CLI_DATA"} | {"LANG": "C.UTF-8"}
        args = ["export", "--format", "csv", "-o", os.ttyname(slave), "--data", str(hostile_file(tmp_path))]
        done = subprocess.run([sys.executable, "-m", "advocacy_cli", *args], capture_output=True, env=env, timeout=30)
        assert done.returncode == 0, done.stderr
        received = b""
        while True:
            import select

            if not select.select([master], [], [], 0.5)[0]:
                break
            received += os.read(master, 65536)
    finally:
        os.close(slave)
        os.close(master)
    text = received.decode("utf-8")
    assert "Q start" in text
    assert not any(c in RAW_UNSAFE for c in text.replace("\r\n", "\n")), ascii(text[:200])

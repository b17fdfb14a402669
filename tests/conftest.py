"""Shared test setup: a clean environment for every test, the bundled data's figures, small data files,
and the check of the ``ask --json`` shape that several files apply."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = tomllib.loads((ROOT / "data" / "faq.toml").read_text(encoding="utf-8"))
BUNDLED_ENTRIES = len(BUNDLED["entries"])
BUNDLED_CONTACTS = len(BUNDLED["contacts"])

# Everything in the caller's environment that changes what a command reads, prints or writes.
USER_VARIABLES = (
    "ADVOCACY_CLI_DATA",
    "ADVOCACY_CLI_SEMANTIC",
    "ADVOCACY_CLI_HISTORY",
    "ADVOCACY_CLI_JOBS",
    "NO_COLOR",
    "FORCE_COLOR",
    "TERM",
    "COLUMNS",
    "LINES",
)

MATCH_KEYS = {"id", "category", "question", "answer", "score"}
CONTACT_KEYS = {"key", "name", "email", "reason"}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> None:
    """No test depends on the caller's data file, colours, terminal or folder, or reads or writes their cache
    or history. The cache folder is shared by the tests of one process (it is keyed on content); files that
    test the cache itself give each test a folder of its own."""
    for name in USER_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    # Relative paths a test writes land in a folder of its own, never where pytest was started.
    monkeypatch.chdir(tmp_path)


# --- small data files -------------------------------------------------------------------------------
def faq_data(**changes: Any) -> dict[str, Any]:
    """A small valid data file as a dict; ``changes`` replace top-level tables."""
    data: dict[str, Any] = {
        "meta": {"title": "Test FAQ", "source": "https://example.org/faq", "licence": "CC BY-SA 4.0"},
        "contacts": {
            "global-advocacy": {"name": "Global Advocacy team", "email": "ga@example.org", "reason": "Advocacy."},
            "legal": {"name": "Legal department", "email": "legal@example.org", "reason": "Lawyers."},
            "emergency": {"name": "Emergency contact", "email": "emergency@example.org", "reason": "Danger."},
        },
        "topics": {"legal": {"contacts": ["legal"], "aliases": ["lawyer", "law"]}},
        "entries": [
            {
                "id": "legal-help",
                "category": "legal",
                "question": "How do I get help from a lawyer?",
                "answer": "Write to the legal department; it can help you find a lawyer.",
                "contacts": ["legal", "emergency"],
                "keywords": ["lawyer", "attorney"],
            },
            {
                "id": "team-work",
                "category": "general",
                "question": "What does the advocacy team do?",
                "answer": "It speaks to lawmakers about laws that affect free knowledge.",
                "contacts": ["global-advocacy"],
            },
        ],
    }
    data.update(changes)
    return data


def write_faq(path: Path, data: dict[str, Any] | str, extra: str = "") -> Path:
    """Write a data file: a dict as TOML, a string as it is; ``extra`` is appended as text."""
    text = data if isinstance(data, str) else tomli_w.dumps(data)
    path.write_text(text + extra, encoding="utf-8")
    return path


# --- the shape of an answer -------------------------------------------------------------------------
def assert_contact_shape(contact: dict[str, Any]) -> None:
    assert set(contact) == CONTACT_KEYS
    assert all(isinstance(contact[k], str) for k in CONTACT_KEYS)
    assert "@" in contact["email"]


def assert_answer_shape(
    answer: dict[str, Any], query: str | None = None, limit: int | None = None, explain: bool = False, emergency_contact: str = "emergency"
) -> None:
    """``ask --json`` as the contract describes it; ``query`` and ``limit``, when given, are checked too.
    In an emergency answer the data file's ``emergency_contact`` comes first."""
    assert set(answer) == {"query", "emergency", "danger", "matches", "contacts"} | ({"explain"} if explain else set())
    assert isinstance(answer["query"], str)
    if query is not None:
        assert answer["query"] == query
    assert isinstance(answer["emergency"], bool)
    scores = []
    for match in answer["matches"]:
        assert set(match) == MATCH_KEYS
        assert all(isinstance(match[k], str) for k in MATCH_KEYS - {"score"})
        assert isinstance(match["score"], (int, float)) and 0 <= match["score"] <= 100
        scores.append(match["score"])
    if limit is not None:
        assert len(scores) <= limit
    assert scores == sorted(scores, reverse=True), "scores must not increase down the list"
    ids = [m["id"] for m in answer["matches"]]
    assert len(ids) == len(set(ids)), "no entry twice"
    keys = [c["key"] for c in answer["contacts"]]
    assert len(keys) == len(set(keys)), "no contact twice"
    for contact in answer["contacts"]:
        assert_contact_shape(contact)
    assert keys, "there is always someone to write to"
    if answer["emergency"]:
        assert keys[0] == emergency_contact


def end_process(process: subprocess.Popen[bytes]) -> None:
    """Kill a test's child process if it still runs, reap it and close its pipes."""
    process.kill()
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()

"""`ask -`: one question per line, answered in input order, alone or shared among worker processes."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from conftest import end_process

from advocacy_cli import batch
from advocacy_cli.environment import JOBS

TIMEOUT = 120
LINUX = sys.platform.startswith("linux")

STARTS = ["hi,", "quick question:", "sorry to bother you, but", "from our user group:", "", "hello team!"]
ASKS = [
    "who do I write to about a contract for our chapter",
    "can the foundation pay for a lawyer for me",
    "what is global advocacy doing about the new copyright law",
    "someone is following me home after the edit-a-thon",
    "is there a mailing list for public policy news",
    "how do I bake rye bread",
    "they took my laptop at the airport and asked about my edits",
    "can we get help answering a government consultation",
]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ADVOCACY_CLI_DATA", "PYTHONUNBUFFERED", JOBS)}
    return env | {"LANG": "C.UTF-8"} | extra


def many_questions() -> bytes:
    """More distinct questions than are answered before workers start, with repeats, blank lines,
    CRLF endings, a bad byte and no newline at the end."""
    lines = [f"{start} {ask} ({n})".strip() for n in range(8) for start in STARTS for ask in ASKS]
    assert len(set(lines)) > batch.PARALLEL_AFTER + 4 * batch.CHUNK
    mixed = []
    for i, line in enumerate(lines):
        mixed.append(line.encode())
        if i % 7 == 0:
            mixed.append(b"")
        if i % 11 == 0:
            mixed.append(lines[i // 2].encode() + b"\r")
    mixed.append(b"lawyer \xff please")
    return b"\n".join(mixed)


def ask_batch(stdin: bytes, jobs: str, *options: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "advocacy_cli", "ask", "-", *options], input=stdin, capture_output=True, env=environment(**{JOBS: jobs}), timeout=TIMEOUT
    )


@pytest.mark.skipif(not LINUX, reason="workers are forks, on Linux only")
@pytest.mark.parametrize("options", [["--json"], []], ids=["json", "text"])
def test_workers_write_the_same_bytes_as_one_process(options: list[str]) -> None:
    stdin = many_questions()
    alone = ask_batch(stdin, "1", *options)
    shared = ask_batch(stdin, "3", *options)
    assert alone.returncode == shared.returncode == 0, shared.stderr
    assert shared.stderr == alone.stderr == b""
    assert shared.stdout == alone.stdout
    expected = [line.decode("utf-8", "replace").rstrip("\r") for line in stdin.split(b"\n") if line.strip()]
    if options:
        assert [json.loads(line)["query"] for line in shared.stdout.splitlines()] == expected
    else:
        assert len(shared.stdout.splitlines()) == len(expected)


WORKER_PIDS = textwrap.dedent(
    """
    import os, sys, time
    from advocacy_cli.batch import answer_stream

    def answer(line):
        time.sleep(0.002)  # as long as a real question takes, so that every worker gets its share
        return f"{line}\\t{os.getpid()}\\n"

    answer_stream(sys.stdin.buffer, answer, sys.stdout.write, sys.stdout.flush)
    """
)


@pytest.mark.skipif(not LINUX, reason="workers are forks, on Linux only")
@pytest.mark.parametrize(("jobs", "processes"), [("1", 1), ("2", 3), ("4", 5)])
def test_a_long_batch_is_shared_among_the_workers_asked_for(jobs: str, processes: int) -> None:
    lines = [f"question {n}" for n in range(batch.PARALLEL_AFTER + 40 * batch.CHUNK)]
    done = subprocess.run(
        [sys.executable, "-c", WORKER_PIDS], input="\n".join(lines).encode(), capture_output=True, env=environment(**{JOBS: jobs}), timeout=TIMEOUT
    )
    assert done.returncode == 0, done.stderr
    answered = [line.split("\t") for line in done.stdout.decode().splitlines()]
    assert [question for question, _ in answered] == lines, "in input order"
    pids = [pid for _, pid in answered]
    assert len(set(pids[: batch.PARALLEL_AFTER])) == 1, "the first questions are answered by the batch process itself"
    assert len(set(pids)) == processes


def test_a_short_batch_starts_no_worker() -> None:
    lines = [f"question {n}" for n in range(batch.PARALLEL_AFTER)]
    done = subprocess.run([sys.executable, "-c", WORKER_PIDS], input="\n".join(lines).encode(), capture_output=True, env=environment(**{JOBS: "4"}), timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    assert len({line.split("\t")[1] for line in done.stdout.decode().splitlines()}) == 1


def test_a_question_is_answered_before_the_next_one_is_written() -> None:
    """A program that writes a question and waits for its answer gets it, output buffering or not."""
    process = subprocess.Popen(
        [sys.executable, "-m", "advocacy_cli", "ask", "-", "--json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment()
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        for question, entry in [("can the foundation pay for a lawyer for me", "legal-help"), ("whom do I write to about our chapter contract", "contract-contact")]:
            process.stdin.write(question.encode() + b"\n")
            process.stdin.flush()
            answer = json.loads(process.stdout.readline())
            assert answer["query"] == question and answer["matches"][0]["id"] == entry
        process.stdin.close()
        assert process.wait(timeout=TIMEOUT) == 0
    finally:
        end_process(process)


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


@pytest.mark.skipif(not LINUX, reason="workers are forks, on Linux only")
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, -signal.SIGTERM), (signal.SIGKILL, -signal.SIGKILL)], ids=["SIGINT", "SIGTERM", "SIGKILL"])
def test_a_stopped_shared_batch_leaves_no_process_and_no_traceback(signum: int, status: int) -> None:
    marker = f"ADVOCACY_TEST_RUN={uuid.uuid4().hex}"
    name, value = marker.split("=")
    questions = [f"question {n} about a lawyer for our chapter" for n in range(batch.PARALLEL_AFTER + 10 * batch.CHUNK)]
    process = subprocess.Popen(
        [sys.executable, "-m", "advocacy_cli", "ask", "-", "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(**{JOBS: "2", name: value}),
    )
    try:
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        process.stdin.write("".join(q + "\n" for q in questions).encode())
        process.stdin.flush()
        for question in questions:
            assert json.loads(process.stdout.readline())["query"] == question
        assert len(_processes_with(marker)) == 3, "the batch process and its two workers, waiting for more"
        process.send_signal(signum)
        assert process.wait(timeout=TIMEOUT) == status
        assert process.stderr.read() == b""
        for _ in range(50):  # workers of a killed process see their pipe close and end
            if not _processes_with(marker):
                break
            subprocess.run(["sleep", "0.1"])
        assert _processes_with(marker) == []
    finally:
        end_process(process)


class Trickle(io.RawIOBase):
    """A stream that hands out at most ``size`` bytes a read, like a slow pipe."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size = data, size

    def readable(self) -> bool:
        return True

    def read1(self, limit: int = -1) -> bytes:
        piece, self.data = self.data[: min(self.size, limit)], self.data[min(self.size, limit) :]
        return piece


@pytest.mark.parametrize("size", [1, 3, 64, 1 << 20])
def test_lines_split_across_reads_are_whole_questions(size: int) -> None:
    huge = "x" * 300_000
    data = f"first\r\n\n  \nsecond part of it\n{huge}\nlast without newline".encode()
    got = [line for block in batch._blocks(Trickle(data, size)) for line in block]  # type: ignore[arg-type]
    assert got == ["first", "second part of it", huge, "last without newline"]


def test_answers_are_written_block_by_block_in_order() -> None:
    written: list[str] = []
    data = "".join(f"q{n % 50}\n" for n in range(400)).encode()
    asked: list[str] = []

    def answer(line: str) -> str:
        asked.append(line)
        return line.upper() + "\n"

    batch.answer_stream(Trickle(data, 100), answer, written.append, lambda: None)  # type: ignore[arg-type]
    assert "".join(written) == "".join(f"Q{n % 50}\n" for n in range(400))
    assert len(written) > 1, "one write per block read"
    assert asked == [f"q{n}" for n in range(50)], "a line that comes again is not answered again"


@pytest.mark.parametrize(("value", "expected"), [("1", 1), ("3", 3), ("0", 1), (" 2 ", 2), ("many", None), ("", None), ("٣", None), ("1000", batch.MAX_JOBS)])
def test_the_number_of_processes_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, expected: int | None) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3, 4, 5}, raising=False)
    monkeypatch.setenv(JOBS, value)
    assert batch.worker_count() == (expected if expected is not None else 6)


def test_no_workers_where_they_cannot_be_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv(JOBS, "4")
    assert batch.worker_count() == 1


# --- the per-token dot products: passed back by the workers, kept in the cache -----------------------
def cached_tokens(cache: Path) -> set[int]:
    """The token ids whose dot products the cache holds for the bundled data file (as a batch would load them)."""
    from array import array

    from advocacy_cli.session import Session, TokenMemory

    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        session = Session()
        view = session.matcher().semantic
        assert view is not None
        memory = TokenMemory(session, view)
        if memory.slot is None or not memory.parts:
            return set()
        return set(array("i", memory.parts[0][0]))
    finally:
        if old is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = old


def token_id(word: str) -> int:
    from advocacy_cli import vectors

    (found,) = vectors.load().tokenize(word)
    return found


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_keeps_what_it_computed_for_the_next_one(tmp_path: Path, jobs: str) -> None:
    """Questions answered by the batch process and by its workers alike leave their tokens in the
    cache; the next batch gives the same bytes with them, and a damaged cache file changes nothing."""
    questions = [f"{start} {ask} ({n})".strip() for n in range(8) for start in STARTS for ask in ASKS][: batch.PARALLEL_AFTER + 3 * batch.CHUNK]
    assert len(set(questions)) == batch.PARALLEL_AFTER + 3 * batch.CHUNK
    questions.append("can the foundation help with a volcano")  # the last question: a worker answers it when there are workers
    stdin = "\n".join(questions).encode()
    env = environment(**{JOBS: jobs, "XDG_CACHE_HOME": str(tmp_path)})
    first = subprocess.run([sys.executable, "-m", "advocacy_cli", "ask", "-", "--json"], input=stdin, capture_output=True, env=env, timeout=TIMEOUT)
    assert first.returncode == 0, first.stderr
    kept = cached_tokens(tmp_path)
    assert token_id("volcano") in kept
    again = subprocess.run([sys.executable, "-m", "advocacy_cli", "ask", "-", "--json"], input=stdin, capture_output=True, env=env, timeout=TIMEOUT)
    assert again.stdout == first.stdout
    (cache_file,) = tmp_path.glob("advocacy-cli/tokens-*.cache")
    cache_file.write_bytes(cache_file.read_bytes()[:-100] + b"\x00" * 100)
    damaged = subprocess.run([sys.executable, "-m", "advocacy_cli", "ask", "-", "--json"], input=stdin, capture_output=True, env=env, timeout=TIMEOUT)
    assert damaged.returncode == 0 and damaged.stderr == b"" and damaged.stdout == first.stdout


def test_dot_products_of_another_shape_are_not_taken() -> None:
    from array import array

    from advocacy_cli.session import Session

    view = Session(semantic=True).matcher().semantic
    assert view is not None
    width = view.token_width
    good = (array("i", [2000]).tobytes(), array("d", [0.5] * width).tobytes())
    assert view.adopt_tokens(*good)
    for ids, dots in [
        (array("i", [2001]).tobytes(), array("d", [0.5] * (width - 1)).tobytes()),  # one dot product short
        (array("i", [-1]).tobytes(), array("d", [0.5] * width).tobytes()),  # no such token
        (array("i", [view.table.rows]).tobytes(), array("d", [0.5] * width).tobytes()),
        (b"\x01\x02\x03", array("d", [0.5] * width).tobytes()),
        ("2001", "0.5"),
    ]:
        assert not view.adopt_tokens(ids, dots)  # type: ignore[arg-type]


def test_the_dot_products_kept_are_bounded_by_their_number(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file with thousands of entries has thousands of dot products a token: the view keeps as
    many tokens as MAX_CACHED_VALUES allows, and answers the same beyond them."""
    from advocacy_cli import semantic
    from advocacy_cli.session import Session

    unbounded = Session(semantic=True).matcher()
    assert unbounded.semantic is not None
    width = unbounded.semantic.token_width
    assert width == len(unbounded.semantic.rows) + len(unbounded.semantic.outside) + len(unbounded.semantic.extra)
    assert unbounded.semantic.token_room == min(semantic.MAX_CACHED_TOKENS, semantic.MAX_CACHED_VALUES // width) > 1000
    monkeypatch.setattr(semantic, "MAX_CACHED_VALUES", width - 1)
    bounded = Session(semantic=True).matcher()
    assert bounded.semantic is not None and bounded.semantic.token_room == 0
    questions = [f"{start} {ask} ({n})".strip() for n in range(3) for start in STARTS for ask in ASKS]
    for question in questions:
        assert bounded.answer(question, explain=False) == unbounded.answer(question, explain=False)
    assert len(bounded.semantic._tokens) == 0 and len(unbounded.semantic._tokens) > 50

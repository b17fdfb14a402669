"""Many questions, one per line (`ask -`): answered in input order, one line of output each.

Input is taken a block at a time, as it arrives (what one read returns: up to READ_SIZE bytes); the
block's answers are written and flushed before the next read waits. So a file is read in large
blocks, and a program that writes one question and waits for its answer gets it.

A long batch is shared among worker processes, one per available core, where a worker can be a
fork of this process (Linux): it starts with the matcher built and its caches warm, so it costs a
few milliseconds. The first PARALLEL_AFTER questions are answered here, so a short batch never
starts a worker. Answering is a pure function of the line and the options, so the output is the
same byte for byte whatever the number of workers (tests/test_batch.py checks it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, Protocol

from advocacy_cli.environment import JOBS

READ_SIZE = 1 << 16
# Questions answered in this process before any worker starts (a worker forked after them inherits
# the caches they filled). Below this, starting workers costs more than it saves.
PARALLEL_AFTER = 200
CHUNK = 16  # questions a worker takes at a time: small enough to share a block evenly, large enough that passing it costs little
MAX_JOBS = 32  # ADVOCACY_CLI_JOBS above this asks for more processes than any batch can use
REMEMBERED_CHARS = 4_000_000  # characters of questions and answers kept for lines that come again


class Sharing(Protocol):
    """What workers learn while answering (the semantic view's per-token dot products) and pass back,
    so that the batch process holds all of it at the end (see session.TokenMemory)."""

    def mark(self) -> None:
        """In the batch process, just before the workers start: what it knows so far is theirs too."""

    def news(self) -> Any:
        """In a worker, after each chunk: what it learned since it last said (picklable)."""

    def absorb(self, news: Any) -> None:
        """In the batch process: take what a worker learned."""


# The answering function of this batch (and its Sharing). A forked worker inherits them, so neither
# the function nor the matcher it closes over is ever pickled.
_answer: Callable[[str], str] | None = None
_sharing: Sharing | None = None


def answer_stream(stream: BinaryIO, answer: Callable[[str], str], write: Callable[[str], Any], flush: Callable[[], Any], sharing: Sharing | None = None) -> None:
    """Answer every non-blank line of ``stream`` with ``answer`` and write the answers in input order."""
    global _answer, _sharing
    from advocacy_cli.output import cleanup_on_termination

    _answer, _sharing = answer, sharing
    try:
        with cleanup_on_termination():  # SIGTERM and SIGHUP, like Ctrl-C, stop the workers before this process ends
            _answer_all(stream, answer, write, flush, sharing, worker_count() if _has_descriptor(stream) else 1)
    finally:
        _answer = _sharing = None


def _answer_all(stream: BinaryIO, answer: Callable[[str], str], write: Callable[[str], Any], flush: Callable[[], Any], sharing: Sharing | None, jobs: int) -> None:
    written: dict[str, str] = {}  # a line that comes again gets the text written for it the first time
    room = REMEMBERED_CHARS
    asked = 0
    pool: Any = None
    try:
        for lines in _blocks(stream):
            todo = [line for line in dict.fromkeys(lines) if line not in written]
            if pool is None and jobs > 1 and asked + len(todo) > PARALLEL_AFTER + 2 * CHUNK:
                here = max(PARALLEL_AFTER - asked, 0)
                fresh = {line: answer(line) for line in todo[:here]}
                flush()  # a fork's copy of unwritten output would be written again when it exits
                if sharing is not None:
                    sharing.mark()
                pool = _start_workers(jobs)
                fresh.update(_answered_by(pool, todo[here:], sharing))
            elif pool is not None:
                fresh = _answered_by(pool, todo, sharing)
            else:
                fresh = {line: answer(line) for line in todo}
            asked += len(todo)
            write("".join(written.get(line) or fresh[line] for line in lines))
            flush()
            for line, text in fresh.items():
                if room > 0:
                    written[line] = text
                    room -= len(line) + len(text)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


def worker_count() -> int:
    """How many processes share a long batch: the number in ADVOCACY_CLI_JOBS (1: this one alone),
    else one per core this process may run on; 1 where workers cannot be forked."""
    if not sys.platform.startswith("linux"):
        return 1  # elsewhere a worker would be a new interpreter that loads everything again
    wanted = os.environ.get(JOBS, "").strip()
    if wanted.isascii() and wanted.isdigit():
        return min(max(int(wanted), 1), MAX_JOBS)
    try:
        return min(len(os.sched_getaffinity(0)), MAX_JOBS)
    except (AttributeError, OSError):
        return min(os.cpu_count() or 1, MAX_JOBS)


def _has_descriptor(stream: BinaryIO) -> bool:
    # Workers only for a real input (a file, a pipe): an in-memory stream is a test or an embedding program.
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _blocks(stream: BinaryIO) -> Iterator[list[str]]:
    """The non-blank lines of ``stream`` (UTF-8, bad bytes replaced), in the groups one read brings."""
    read = getattr(stream, "read1", stream.read)
    start: list[bytes] = []  # the line begun by earlier reads (a list: a huge line is not copied read after read)
    while True:
        data = read(READ_SIZE)
        if not data:
            break
        if b"\n" not in data:
            start.append(data)
            continue
        first, *complete, rest = data.split(b"\n")
        lines = _decoded([b"".join((*start, first)), *complete])
        start = [rest]
        if lines:
            yield lines
    lines = _decoded([b"".join(start)])
    if lines:
        yield lines


def _decoded(raw_lines: list[bytes]) -> list[str]:
    out = []
    for raw in raw_lines:
        line = raw.decode("utf-8", errors="replace").rstrip("\r")
        if line.strip():
            out.append(line)
    return out


def _start_workers(jobs: int) -> Any:
    import multiprocessing

    return multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_signals)


def _worker_signals() -> None:
    # Ctrl-C reaches the whole process group: the batch process stops its workers, they do not report it too.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    # A worker has nothing to say on the terminal: an error in answering reaches the batch process with
    # the result, and a batch process killed outright (SIGKILL) must not leave workers' tracebacks behind.
    sys.stderr = open(os.devnull, "w", encoding="utf-8")


def _answered_by(pool: Any, todo: list[str], sharing: Sharing | None) -> dict[str, str]:
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    texts = []
    for part, news in pool.map(_answer_chunk, chunks, chunksize=1):
        texts.extend(part)
        if sharing is not None:
            sharing.absorb(news)
    return dict(zip(todo, texts))


def _answer_chunk(lines: list[str]) -> tuple[list[str], Any]:
    assert _answer is not None  # set before the workers were forked
    texts = [_answer(line) for line in lines]
    return texts, (_sharing.news() if _sharing is not None else None)

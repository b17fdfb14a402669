"""The cache of parsed data files: used when fresh, ignored when stale or broken, never a reason to fail."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import write_faq
from typer.testing import CliRunner

from advocacy_cli import cache
from advocacy_cli.cli import app
from advocacy_cli.errors import DataError
from advocacy_cli.session import bundled_data_path, load_faq

ENTRY = """
[[entries]]
id = "entry-{i}"
category = "legal"
question = "How do I find a lawyer for case {i}?"
answer = "{answer}"
contacts = ["legal", "global-advocacy"]
variants = ["lawyer for case {i}", "legal help {i}"]
keywords = ["lawyer", "case-{i}"]
"""
HEAD = """
[meta]
title = "Cache test FAQ"
reviewed = 2026-01-31

[categories.legal]
title = "Legal"

[contacts.legal]
name = "Legal department"
email = "legal@example.org"
reason = "Legal questions."

[contacts.global-advocacy]
name = "Global Advocacy team"
email = "globaladvocacy@example.org"

[topics.legal]
contacts = ["legal"]
aliases = ["lawyer", "law"]
description = "Legal help"
"""


def cache_test_faq(entries: int = 3, answer: str = "Write to the legal department.") -> str:
    """A data file of ``entries`` near-identical entries, as text (edits below keep its size)."""
    return textwrap.dedent(HEAD) + "".join(ENTRY.format(i=i, answer=answer) for i in range(entries))


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Cache files go to a folder of the test's own."""
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "advocacy-cli"


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    return write_faq(tmp_path / "faq.toml", cache_test_faq())


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.cache")) if folder.is_dir() else []


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, reading TOML fails: a load that succeeds came from the cache."""

    def refuse(text: str) -> None:
        raise AssertionError("the data file was parsed again")

    import tomllib

    monkeypatch.setattr(tomllib, "loads", refuse)


def test_second_load_comes_from_the_cache_and_equals_the_first(data_file: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_faq(data_file)
    assert len(cache_files(cache_home)) == 1
    no_parsing(monkeypatch)
    second = load_faq(data_file)
    assert second == first
    assert second.entry("entry-2") == first.entry("entry-2")
    assert second.topics["legal"].aliases == ("lawyer", "law")
    assert second.meta.reviewed == "2026-01-31"


def test_cached_faq_keeps_the_name_it_was_asked_for(data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_faq(data_file)
    monkeypatch.chdir(data_file.parent)
    no_parsing(monkeypatch)
    assert load_faq("faq.toml").source_path == "faq.toml"


def test_corrupt_cache_file_is_ignored_and_replaced(data_file: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = load_faq(data_file)
    [cached] = cache_files(cache_home)
    good = cached.read_bytes()
    for broken in (b"", b"garbage", good[: len(good) // 2], good[:-1] + bytes([good[-1] ^ 0xFF]), good.replace(b"entry-1", b"entry-9")):
        cached.write_bytes(broken)
        assert load_faq(data_file) == expected
        assert cached.read_bytes() == good  # rewritten by that load
    no_parsing(monkeypatch)
    assert load_faq(data_file) == expected


def test_stale_after_the_data_file_changes(data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_faq(data_file)
    write_faq(data_file, cache_test_faq(answer="Write to the LEGAL department."))  # same size, new text
    stat = data_file.stat()
    os.utime(data_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_faq(data_file).entry("entry-0").answer == "Write to the LEGAL department."


def test_touching_the_data_file_keeps_the_cache_of_its_content(data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = load_faq(data_file)
    stat = data_file.stat()
    os.utime(data_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    no_parsing(monkeypatch)
    assert load_faq(data_file) == expected


def _edit_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    assert len(old) == len(new)
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns


def test_an_edit_that_keeps_size_and_mtime_is_seen(data_file: Path) -> None:
    """cp -p, rsync -t, tar x and coarse clocks keep both: the cache is keyed on the content."""
    assert load_faq(data_file).contacts["legal"].email == "legal@example.org"
    _edit_keeping_size_and_mtime(data_file, "legal@example.org", "lxgal@example.org")
    assert load_faq(data_file).contacts["legal"].email == "lxgal@example.org"
    result = CliRunner().invoke(app, ["contacts", "--json", "--data", str(data_file)])
    assert "lxgal@example.org" in result.output and "legal@example.org" not in result.output


def test_validate_reports_a_corrupt_byte_the_cache_has_not_seen(data_file: Path) -> None:
    assert CliRunner().invoke(app, ["validate", str(data_file)]).exit_code == 0
    assert CliRunner().invoke(app, ["list", "--data", str(data_file)]).exit_code == 0  # cached now
    _edit_keeping_size_and_mtime(data_file, 'legal@example.org"', 'legal@example.or\x01"')
    result = CliRunner().invoke(app, ["validate", str(data_file)])
    assert result.exit_code == 3
    assert f"{data_file}:" in result.stderr


def test_validate_never_reads_a_cache(data_file: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_faq(data_file)
    assert cache_files(cache_home)

    def refuse(self: cache.Slot) -> None:
        raise AssertionError("validate read the cache")

    monkeypatch.setattr(cache.Slot, "load", refuse)
    result = CliRunner().invoke(app, ["validate", str(data_file)])
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_security_page_states_the_cache_policy_of_the_code() -> None:
    page = (Path(__file__).resolve().parent.parent / "SECURITY.md").read_text(encoding="utf-8")
    assert "MIN_SIZE" not in Path(cache.__file__).read_text(encoding="utf-8")  # no size below which a file is not cached
    assert "256 KB and more" not in page
    assert "Every data file is cached" in page
    assert "content" in page and "modification time" not in page


def test_another_version_of_the_tool_does_not_use_the_cache(data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_faq(data_file)
    monkeypatch.setattr(cache, "__version__", "999.0.0")
    no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed again"):
        load_faq(data_file)


@pytest.mark.parametrize("where", ["a file", "inside a file", "relative", "no home"])
def test_unusable_cache_folder_changes_nothing(data_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    expected = load_faq(data_file)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    home = {"a file": str(blocker), "inside a file": str(blocker / "cache"), "relative": "relative/cache", "no home": ""}[where]
    monkeypatch.setenv("XDG_CACHE_HOME", home)
    if where in ("relative", "no home"):
        monkeypatch.setenv("HOME", str(blocker))  # ~/.cache would be inside a file
    if where == "no home":
        monkeypatch.delenv("HOME")
        monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # as when no home can be found
        assert cache.cache_folder() is None
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        assert load_faq(data_file) == expected
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_invalid_files_are_never_cached(tmp_path: Path, cache_home: Path) -> None:
    bad = write_faq(tmp_path / "bad.toml", cache_test_faq())
    bad.write_text(bad.read_text(encoding="utf-8").replace('email = "legal@example.org"', 'email = "nobody"'), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DataError, match="is not an e-mail address"):
            load_faq(bad)
    assert cache_files(cache_home) == []


def test_the_bundled_file_is_cached_too(cache_home: Path) -> None:
    load_faq(bundled_data_path())
    assert [p.name.split("-")[0] for p in cache_files(cache_home)] == ["faq"]


def test_cache_file_is_private_and_written_whole(data_file: Path, cache_home: Path) -> None:
    load_faq(data_file)
    [cached] = cache_files(cache_home)
    assert cached.stat().st_mode & 0o077 == 0
    assert list(cache_home.glob("*.tmp")) == []
    assert b"pickle" not in cached.read_bytes()[:64] and cached.read_bytes().startswith(b"advocacy-cli faq cache\n")


def test_ask_gives_the_same_answer_with_and_without_the_cache(data_file: Path, cache_home: Path) -> None:
    runs = [CliRunner().invoke(app, ["ask", "lawyer for case 2", "--json", "--data", str(data_file)]) for _ in range(2)]
    assert sorted(p.name.split("-")[0] for p in cache_files(cache_home)) == ["faq", "index", "semantic"]
    assert runs[0].exit_code == runs[1].exit_code == 0
    assert runs[0].output == runs[1].output
    assert '"entry-2"' in runs[0].output


def test_cached_index_ranks_exactly_as_a_fresh_one(data_file: Path, cache_home: Path) -> None:
    from advocacy_cli.session import Session

    first = Session(data_file).matcher()  # builds and stores the index
    second = Session(data_file).matcher()  # restores it
    assert second.index.state is not first.index.state
    for question in ("lawyer for case 2", "entry 3 question", "nothing here at all"):
        assert second.index.rank(question) == first.index.rank(question)


def test_an_index_of_other_entries_is_not_used(data_file: Path, cache_home: Path) -> None:
    from advocacy_cli.matching import Index, build_state, state_fits

    faq = load_faq(data_file)
    other = faq.with_entries(faq.entries[:-1])
    assert state_fits(build_state(faq), faq)
    assert not state_fits(build_state(other), faq)
    assert not state_fits({"format": -1}, faq)
    assert not state_fits("garbage", faq)
    assert Index(faq, build_state(other)).n == len(faq.entries)


# --- item 7: a hostile or damaged cache file is a miss, never a hang, a crash or a wrong answer -----
def _ask(data_file: Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["ask", "lawyer for case 2", "--json", "--data", str(data_file)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


def _process_with_peak(args: list[str], env: dict[str, str], timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    """``advocacy ARGS`` in a process of its own; returns it and its peak memory in MB."""
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-m', 'advocacy_cli', *sys.argv[1:]], capture_output=True, text=True)\n"
        "sys.stdout.write(str(done.returncode) + '\\n' + str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + '\\n' + done.stdout)\n"
        "sys.stderr.write(done.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, env=env, timeout=timeout)
    code, peak_kb, output = done.stdout.split("\n", 2)
    return subprocess.CompletedProcess(args, int(code), output, done.stderr), int(peak_kb) / 1024


@pytest.mark.parametrize("kind", ["symlink to /dev/zero", "named pipe"])
def test_a_cache_file_that_is_not_a_regular_file_is_not_read(data_file: Path, cache_home: Path, kind: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ADVOCACY_CLI_DATA"} | {"XDG_CACHE_HOME": str(cache_home.parent), "LANG": "C.UTF-8"}
    args = ["ask", "lawyer for case 2", "--json", "--data", str(data_file)]
    expected = subprocess.run([sys.executable, "-m", "advocacy_cli", *args], capture_output=True, text=True, env=env, timeout=30)
    files = cache_files(cache_home)
    assert len(files) == 3  # the Faq, the lexical index, the semantic view
    for path in files:
        path.unlink()
        if kind == "named pipe":
            os.mkfifo(path)
        else:
            path.symlink_to("/dev/zero")
    try:
        done, peak = _process_with_peak(args, env, timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail("the tool hung on a cache file that is not a regular file")
    assert done.returncode == expected.returncode == 0
    assert done.stdout == expected.stdout
    assert "Traceback" not in done.stderr
    assert peak < 200, f"peak memory {peak:.0f} MB"


def _entry_rows(payload: tuple, change: Callable[[tuple], tuple]) -> tuple:  # type: ignore[type-arg]
    """A Faq payload whose entry rows are ``change(row)`` (ids and offsets made to fit)."""
    import marshal
    from array import array
    from itertools import accumulate

    meta, categories, contacts, topics, ids_text, offsets, blob = payload
    bounds = array("I")
    bounds.frombytes(offsets)
    rows = [marshal.dumps(change(marshal.loads(blob[a:b]))) for a, b in zip(bounds, bounds[1:])]
    return (meta, categories, contacts, topics, ids_text, array("I", accumulate(map(len, rows), initial=0)).tobytes(), b"".join(rows))


def _ask_both(data_file: Path) -> tuple[tuple[int, str], tuple[int, str]]:
    """``ask --json`` and ``ask --json --explain`` (which also reads each match's closest phrasing)."""
    explained = CliRunner().invoke(app, ["ask", "lawyer for case 2", "--json", "--explain", "--data", str(data_file)])
    assert explained.exception is None or isinstance(explained.exception, SystemExit), repr(explained.exception)
    return _ask(data_file), (explained.exit_code, explained.output)


def test_a_well_formed_cache_of_the_wrong_shapes_is_a_miss(data_file: Path, cache_home: Path) -> None:
    expected = _ask_both(data_file)
    faq_slot = _slot(data_file, "faq")
    index_slot = _slot(data_file, "index")
    assert faq_slot is not None and index_slot is not None
    faq_payload = faq_slot.load()
    index_payload = index_slot.load()
    assert faq_payload is not None and index_payload is not None
    meta, categories, contacts, topics, ids_text, offsets, blob = faq_payload
    bad_faqs = [
        _entry_rows(faq_payload, lambda row: row[:2] + (5,) + row[3:]),  # a number for a question
        _entry_rows(faq_payload, lambda row: row[:4] + (("nobody",),) + row[5:]),  # an unknown contact
        _entry_rows(faq_payload, lambda row: ("entry-9",) + row[1:]),  # another entry than the list says
        _entry_rows(faq_payload, lambda row: row[:6]),  # a field missing
        (meta, categories, contacts, topics, ids_text, bytes(len(offsets)), blob),  # offsets that point nowhere
        (meta, categories, contacts, topics, ids_text, offsets, blob[: len(blob) // 2]),  # rows cut short
        (meta, categories, contacts, topics, ids_text, offsets[:-4], blob),
        (meta, categories, contacts, topics, "entry-0\nentry-0\nentry-0", offsets, blob),  # an id twice
        (meta[:3], categories, contacts, topics, ids_text, offsets, blob),
    ]
    # The question's own terms: a cached index is checked a list at a time, as a question uses it.
    used = [term for term in index_payload["vocabulary"] if term in index_payload["ids"] or term.startswith(("lawyer", "case"))]
    assert used
    bad_indexes = [
        index_payload | {"postings": index_payload["postings"] | {term: b"\xff\xff\xff\x7f\x00" for term in used}},  # an entry that is not there
        index_payload | {"postings": index_payload["postings"] | {term: b"\x00\x00\x00\x00\x07" for term in used}},  # a field that is not there
        index_payload | {"postings": index_payload["postings"] | {term: 7 for term in used}},
        index_payload | {"phrases_with": {term: b"\xff\xff\x00\x00" for term in used}},  # a phrase that is not there
        index_payload | {"bigrams": {first: b"\x09\x00\x00\x00" for first in index_payload["bigrams"]}},  # nine followers, none listed
        index_payload | {"bigrams": {first: raw[:-4] + b"\x63\x00\x00\x00" for first, raw in index_payload["bigrams"].items()}},  # an entry that is not there
        index_payload | {"bigrams": {first: "text" for first in index_payload["bigrams"]}},
        index_payload | {"phrase_slot": b"\x63\x00\x00\x00" * (len(index_payload["phrase_slot"]) // 4)},  # a variant that is not there
        index_payload | {"vocabulary": index_payload["vocabulary"] + ("ghost",)},
        index_payload | {"phrase_mass": b""},
        index_payload | {"curated": "yes"},
    ]
    for bad_faq in bad_faqs:
        faq_slot.store(bad_faq)
        assert _ask_both(data_file) == expected
    for bad_index in bad_indexes:
        _slot(data_file, "faq").store(faq_payload)
        load_faq(data_file)
        _slot(data_file, "index").store(bad_index)
        assert _ask_both(data_file) == expected
        assert _slot(data_file, "index").load() == index_payload, "the damaged index was not replaced in the cache"
    semantic_slot = _slot(data_file, "semantic")
    semantic_payload = semantic_slot.load()
    assert semantic_payload is not None
    for bad_view in (semantic_payload | {"rows": semantic_payload["rows"][:-4]}, semantic_payload | {"dims": 3}, {"format": 1}, ("rows",)):
        semantic_slot.store(bad_view)
        assert _ask_both(data_file) == expected


def test_a_cached_faq_reads_its_entries_as_they_are_used(tmp_path: Path) -> None:
    data_file = write_faq(tmp_path / "many.toml", cache_test_faq(entries=40))
    parsed = load_faq(data_file, use_cache=False)
    load_faq(data_file)  # writes the cache
    cached = load_faq(data_file)
    assert len(cached.entry_list()) == 40 and cached.entry_ids() == parsed.entry_ids()
    assert cached.entry_list()[7] == parsed.entries[7] and cached.entry_list()[-1] == parsed.entries[-1]
    with pytest.raises(IndexError):
        cached.entry_list()[40]
    assert cached.entry("entry-12") == parsed.entries[12]
    assert cached == parsed and cached.entries == parsed.entries


def test_an_answer_from_the_cache_leaves_most_entries_unread(tmp_path: Path) -> None:
    from advocacy_cli.session import Session

    data_file = write_faq(tmp_path / "many.toml", cache_test_faq(entries=300))
    Session(data_file).matcher()  # writes the caches
    session = Session(data_file)
    answer = session.matcher().answer("How do I find a lawyer for case 17?")
    assert answer.matches[0].entry.id == "entry-17"
    # Every entry has the word "lawyer": only the best ranked (MAX_RANKED) and those close in meaning are read.
    read = len(session.faq().entry_list()._read)  # type: ignore[attr-defined]
    assert 0 < read <= 100


def _slot(data_file: Path, kind: str) -> cache.Slot:
    """The cache slot the tool itself uses for ``kind`` of this data file as it is now."""
    from advocacy_cli import matching, semantic, vectors

    made_by = {"faq": (), "index": matching.code_stamp(), "semantic": semantic.code_stamp(vectors.load())}[kind]
    found = cache.slot_for(data_file, cache.content_key(data_file.read_bytes()), kind, made_by)
    assert found is not None
    return found

"""Properties that hold for any question and any data file: checked with hypothesis.

Every run, CI's included, takes the short "ci" profile (at most 30 examples a property, in the
suite's time budget); HYPOTHESIS_PROFILE=thorough takes each property's full count, for a deeper
look by hand: ``HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import tomli_w
from conftest import assert_answer_shape, write_faq
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from advocacy_cli.cli import app
from advocacy_cli.matching import Matcher
from advocacy_cli.model import DEFAULT_CATEGORIES, Faq
from advocacy_cli.session import Session, bundled_data_path, load_faq
from advocacy_cli.shapes import answer_json
from advocacy_cli.text import key_of

settings.register_profile("ci", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", deadline=None, suppress_health_check=[HealthCheck.too_slow])
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
settings.load_profile("thorough" if THOROUGH else "ci")


def examples(n: int) -> int:
    """``n`` examples in the thorough profile, the ci profile's 30 at most otherwise."""
    return n if THOROUGH else min(n, 30)


def fast(n: int) -> Any:
    return settings(max_examples=examples(n), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@lru_cache(maxsize=1)
def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="advocacy-properties-"))


@lru_cache(maxsize=1)
def bundled_matcher() -> Matcher:
    return Matcher(load_faq(bundled_data_path()))


# --- questions --------------------------------------------------------------------------------------
def _faq_words() -> list[str]:
    faq = bundled_matcher().faq
    found = set()
    for entry in faq.entries:
        found.update(re.findall(r"[A-Za-z]+", entry.question))
    return sorted(found)


ALARM_WORDS = ["threatened", "kill", "me", "my", "life", "in", "danger", "police", "arrested", "attacked", "emergency", "address", "sue", "deadline", "dying", "to", "know"]
ALARM_PHRASES = [
    "they threatened to kill me", "my life is in danger", "I was arrested by the police", "a colleague has gone missing",
    "the police raided our office", "what is the emergency address", "I'm dying to know", "threat to free knowledge",
]
ODD = ["\x00", "\x1b[31m", "\x1b]0;t\x07", "\u202e", "\u200b", "🙂", "[link=x]", "[/]", "\x9b", "\r", "\t", "é", "日本", "--", "-", "?", "'s", "e-mail", "@", "legal@wikimedia.org"]


@st.composite
def questions(draw: st.DrawFn) -> str:
    """Any text, or words from the FAQ and alarm words mixed with odd characters."""
    vocabulary = _faq_words() + ALARM_WORDS + ODD
    kind = draw(st.integers(min_value=0, max_value=2))
    if kind == 0:
        return draw(st.text(max_size=300))
    if kind == 1:
        return " ".join(draw(st.lists(st.sampled_from(ALARM_PHRASES + vocabulary[:40] + ODD), min_size=1, max_size=6)))
    parts = draw(st.lists(st.one_of(st.sampled_from(vocabulary), st.text(max_size=6)), max_size=25))
    return " ".join(parts)


@fast(400)
@given(question=questions(), limit=st.integers(min_value=1, max_value=25))
def test_any_question_gets_an_answer_of_the_contract_shape(question: str, limit: int) -> None:
    answer = bundled_matcher().answer(question, limit=limit)
    shaped = json.loads(json.dumps(answer_json(answer)))
    assert_answer_shape(shaped, query=question, limit=limit)


@fast(60)
@given(question=questions())
def test_ask_json_through_the_command_line(question: str) -> None:
    assume(question.strip() and question != "-")
    result = CliRunner().invoke(app, ["ask", "--json", "--", question])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    answer = json.loads(result.stdout)
    assert_answer_shape(answer, query=question, limit=3)
    found = bool(answer["matches"]) or answer["emergency"]
    assert result.exit_code == (0 if found else 1)
    assert UNSAFE.search(result.stdout) is None


@fast(40)
@given(question=questions())
def test_human_answer_never_shows_raw_controls(question: str) -> None:
    assume(question.strip() and question != "-")
    result = CliRunner().invoke(app, ["ask", "--explain", "--", question], env={"COLUMNS": "100"})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1)
    assert UNSAFE.search(result.output) is None


@fast(40)
@given(lines=st.lists(questions(), max_size=8))
def test_batch_answers_each_non_blank_line_in_order(lines: list[str]) -> None:
    lines = [re.sub(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", " ", line) for line in lines]
    result = CliRunner().invoke(app, ["ask", "-", "--json"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    expected = [line for line in lines if line.strip()]
    answers = [json.loads(out) for out in result.stdout.split("\n") if out]
    assert [a["query"] for a in answers] == expected


# --- data files ---------------------------------------------------------------------------------------
KEYS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,11}", fullmatch=True)
TEXT = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
EMAILS = st.from_regex(r"[A-Za-z0-9._%+-]{1,10}@[A-Za-z0-9-]{1,10}(\.[A-Za-z0-9-]{1,6}){1,2}", fullmatch=True)


@st.composite
def datasets(draw: st.DrawFn) -> dict[str, Any]:
    """A valid data file as a dict: 1-3 contacts, 0-2 topics, 1-5 entries, odd characters in the text."""
    contact_keys = draw(st.lists(KEYS, min_size=1, max_size=3, unique=True))
    contacts = {}
    for key in contact_keys:
        body: dict[str, Any] = {"name": draw(TEXT), "email": draw(EMAILS)}
        if draw(st.booleans()):
            body["reason"] = draw(TEXT)
        contacts[key] = body
    pick_contacts = st.lists(st.sampled_from(contact_keys), min_size=1, max_size=3, unique=True)

    data: dict[str, Any] = {"meta": {"title": draw(TEXT)}}
    for field in ("source", "licence", "note"):
        if draw(st.booleans()):
            data["meta"][field] = draw(TEXT)
    if draw(st.booleans()):
        data["meta"]["reviewed"] = draw(st.dates()).isoformat()
    if draw(st.booleans()) or "global-advocacy" not in contact_keys:  # the fallback, even the default, must exist
        data["meta"]["fallback_contact"] = draw(st.sampled_from(contact_keys))
    if draw(st.booleans()):
        category_keys = draw(st.lists(KEYS, min_size=1, max_size=3, unique=True))
        data["categories"] = {key: {"title": draw(TEXT)} for key in category_keys}
    else:
        category_keys = list(DEFAULT_CATEGORIES)
    data["contacts"] = contacts

    topics: dict[str, Any] = {}
    names: set[str] = set()
    for key in draw(st.lists(KEYS, max_size=2, unique=True)):
        aliases = draw(st.lists(TEXT, max_size=2))
        folded = {key_of(name) for name in (key, *aliases)}
        assume(not folded & names)  # an alias names one topic only
        names |= folded
        topic: dict[str, Any] = {"contacts": draw(pick_contacts)}
        if aliases:
            topic["aliases"] = aliases
        if draw(st.booleans()):
            topic["description"] = draw(TEXT)
        topics[key] = topic
    data["topics"] = topics

    entries = []
    for entry_id in draw(st.lists(KEYS, min_size=1, max_size=5, unique=True)):
        entry: dict[str, Any] = {
            "id": entry_id,
            "category": draw(st.sampled_from(category_keys)),
            "question": draw(TEXT),
            "answer": draw(TEXT),
            "contacts": draw(pick_contacts),
        }
        for field in ("variants", "keywords"):
            values = draw(st.lists(TEXT, max_size=2))
            if values:
                entry[field] = values
        entries.append(entry)
    data["entries"] = entries
    return data


def write(data: dict[str, Any], name: str = "faq.toml") -> Path:
    folder = Path(tempfile.mkdtemp(dir=_scratch()))
    return write_faq(folder / name, data)


def without_path(faq: Faq) -> Faq:
    return dataclasses.replace(faq, source_path="")


@fast(80)
@given(data=datasets())
def test_any_valid_dataset_loads_with_its_exact_text(data: dict[str, Any]) -> None:
    faq = load_faq(write(data))
    assert [e.id for e in faq.entries] == [e["id"] for e in data["entries"]]
    for entry, raw in zip(faq.entries, data["entries"]):
        assert (entry.question, entry.answer, entry.contacts) == (raw["question"], raw["answer"], tuple(raw["contacts"]))
    for key, raw in data["contacts"].items():
        assert (faq.contacts[key].name, faq.contacts[key].email) == (raw["name"], raw["email"])
    assert set(faq.topics) == set(data["topics"])
    # and every command a person runs on it keeps to the contract
    runner = CliRunner()
    path = str(faq.source_path)
    for args in (["list"], ["contacts"], ["topics"], ["show", data["entries"][0]["id"]], ["ask", "--", data["entries"][0]["question"]]):
        result = runner.invoke(app, ["--data", path, *args], env={"COLUMNS": "120"})
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
        assert result.exit_code in (0, 1), (args, result.output)
        assert UNSAFE.search(result.output) is None


@fast(60)
@given(data=datasets())
def test_export_toml_loads_back_as_an_equal_faq(data: dict[str, Any]) -> None:
    source = write(data)
    original = load_faq(source)
    result = CliRunner().invoke(app, ["--data", str(source), "export", "--format", "toml"])
    assert result.exit_code == 0, result.output
    exported = source.with_name("exported.toml")
    exported.write_text(result.stdout, encoding="utf-8")
    check = CliRunner().invoke(app, ["--data", str(exported), "validate"])
    assert check.exit_code == 0, check.output
    assert without_path(load_faq(exported)) == without_path(original)


# --- broken data files ----------------------------------------------------------------------------------
REQUIRED = [
    ("meta",), ("meta", "title"), ("contacts",), ("entries",),
    ("contacts", 0, "name"), ("contacts", 0, "email"),
    ("entries", 0, "id"), ("entries", 0, "category"), ("entries", 0, "question"), ("entries", 0, "answer"), ("entries", 0, "contacts"),
    ("topics", 0, "contacts"),
]
TYPED = REQUIRED + [
    ("topics",), ("categories",), ("contacts", 0), ("entries", 0), ("topics", 0),
    ("meta", "source"), ("meta", "note"), ("contacts", 0, "reason"), ("topics", 0, "aliases"), ("topics", 0, "description"),
    ("entries", 0, "variants"), ("entries", 0, "keywords"), ("categories", 0, "title"),
]
TEXT_FIELDS = {"title", "source", "note", "name", "email", "reason", "id", "category", "question", "answer", "description"}
LIST_FIELDS = {"contacts", "aliases", "variants", "keywords"}


def wrong_values(path: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    """Values of the wrong type for the field at ``path``."""
    numbers = st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.booleans())
    last = path[-1]
    if isinstance(last, int) or len(path) == 1 or (len(path) == 2 and path[0] in ("contacts", "topics", "categories", "entries") and isinstance(path[1], int)):
        return st.one_of(numbers, TEXT, st.lists(st.integers(), min_size=1, max_size=2)) if path != ("entries",) else st.one_of(numbers, TEXT, st.fixed_dictionaries({"x": TEXT}))
    if last in LIST_FIELDS:
        return st.one_of(numbers, TEXT, st.lists(numbers, min_size=1, max_size=2), st.fixed_dictionaries({"x": TEXT}))
    assert last in TEXT_FIELDS, path
    return st.one_of(numbers, st.lists(TEXT, max_size=2), st.fixed_dictionaries({"x": TEXT}), st.times())


def _resolve(data: dict[str, Any], path: tuple[Any, ...]) -> tuple[Any, Any] | None:
    """(container, key) of ``path`` in ``data``; an int picks the n-th key of a table or item of a list."""
    node: Any = data
    for step, part in enumerate(path):
        if isinstance(part, int):
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                return None
            part = keys[part % len(keys)]
        if step == len(path) - 1:
            return (node, part) if (isinstance(node, dict) and part in node) or isinstance(node, list) else None
        if isinstance(node, dict) and part not in node:
            return None
        node = node[part]
    return None


@st.composite
def broken_datasets(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    data = draw(datasets())
    if draw(st.booleans()):
        path = draw(st.sampled_from(REQUIRED))
        where = _resolve(data, path)
        assume(where is not None)
        container, key = where
        del container[key]
        return data, "removed " + ".".join(map(str, path))
    path = draw(st.sampled_from(TYPED))
    where = _resolve(data, path)
    assume(where is not None)
    container, key = where
    container[key] = draw(wrong_values(path))
    return data, "wrong type for " + ".".join(map(str, path))


@fast(120)
@given(case=broken_datasets())
def test_any_broken_dataset_exits_3_with_located_problems(case: tuple[dict[str, Any], str]) -> None:
    data, what = case
    try:
        text = tomli_w.dumps(data)
    except (TypeError, ValueError):
        assume(False)  # a shape TOML cannot write (e.g. a time inside a mixed array)
    path = write(data)
    path.write_text(text, encoding="utf-8")
    runner = CliRunner()
    for args in (["--data", str(path), "list"], ["validate", str(path)], ["--data", str(path), "ask", "lawyer"]):
        result = runner.invoke(app, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), (what, repr(result.exception))
        assert result.exit_code == 3, (what, result.output)
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert lines, what
        for line in lines:
            assert re.match(rf"^{re.escape(str(path))}(:\d+)?: \S+: \S", line), (what, line)
        assert UNSAFE.search(result.stderr) is None


# --- long runs of every character class: bounded time in the loader and the matcher ----------------
# One representative (or a few) of every class a hostile file or question can repeat: blanks, line
# breaks, TOML punctuation, quotes, escapes, word characters, controls, bidi, separators, non-ASCII.
CHARACTER_CLASSES = {
    "space": " ", "tab": "\t", "newline": "\n", "crlf": "\r\n", "open bracket": "[", "close bracket": "]",
    "dot": ".", "spaced dot": " . ", "tabbed dot": "\t.\t", "dotted key": "a.", "quoted part": '"q".',
    "double quote": '"', "single quote": "'", "triple quote": '"""', "backslash": "\\", "hash": "#",
    "equals": "=", "comma": ",", "braces": "{", "letter": "a", "digit": "7", "hyphen": "-", "underscore": "_",
    "at": "@", "email-ish": "a@b.", "escape": "\x1b", "csi": "\x1b[", "osc": "\x1b]", "bell": "\x07", "c1": "\x9b",
    "nel": "\x85", "bidi": "\u202e", "line separator": "\u2028", "zero width": "\u200b", "combining": "e\u0301",
    "emoji": "\U0001f642", "cjk": "日", "arabic digit": "٣", "apostrophe": "'s ", "word and space": "lawyer ",
}
TIME_BUDGET = 2.0  # seconds of processor time for one load or one answer; a backtracking pattern takes minutes


@st.composite
def long_runs(draw: st.DrawFn) -> str:
    """One to three character classes, each repeated a few thousand times, side by side."""
    names = draw(st.lists(st.sampled_from(sorted(CHARACTER_CLASSES)), min_size=1, max_size=3))
    return "".join(CHARACTER_CLASSES[name] * (draw(st.integers(min_value=500, max_value=6000)) // len(CHARACTER_CLASSES[name])) for name in names)


PLACES = ("top-level line", "key", "header", "inline table key", "multi-line answer", "answer value", "comment")


def _file_with_run(run: str, place: str) -> str:
    """The small valid data set with ``run`` at ``place``, plus an unknown field so that a valid
    file still has a problem to locate (the line index only runs on a problem)."""
    data = {
        "meta": {"title": "Runs"},
        "contacts": {"global-advocacy": {"name": "GA", "email": "ga@example.org"}},
        "entries": [{"id": "one", "category": "general", "question": "Q?", "answer": "A.", "contacts": ["global-advocacy"]}],
    }
    if place == "answer value":
        data["entries"][0]["answer"] = run
    text = tomli_w.dumps(data) + "surprise = 1\n"
    if place == "top-level line":
        return run + "\n" + text
    if place == "key":
        return text + run + " = 1\n"
    if place == "header":
        return text + "[" + run + "]\n"
    if place == "inline table key":
        return text + "x = {" + run + " = 1}\n"
    if place == "multi-line answer":
        return text.replace('answer = "A."', 'answer = """A\n' + run + '\n"""')
    if place == "comment":
        return text + "# " + run + "\n"
    return text


@fast(150)
@given(run=long_runs(), place=st.sampled_from(PLACES))
@example(run="[" + " " * 5000 + "x", place="multi-line answer")  # issue 13, item 2
@example(run="a\t.\t" * 15000 + "a", place="key")  # item 4: blanks around the dots
@example(run="a." * 80000 + "a", place="inline table key")  # item 4: inside an inline table
@example(run=" " * 30000 + "\n# " + "." * 70, place="top-level line")  # item 4: a blank line in a file with many dots
def test_long_runs_of_any_character_class_load_in_bounded_time(run: str, place: str) -> None:
    import time

    from advocacy_cli.errors import DataError

    path = write({})
    path.write_text(_file_with_run(run, place), encoding="utf-8")
    started = time.process_time()
    try:
        load_faq(path, use_cache=False)
    except DataError as error:
        assert error.problems
    elapsed = time.process_time() - started
    assert elapsed < TIME_BUDGET, f"{place}: {elapsed:.2f} s"


@fast(150)
@given(run=long_runs(), words=st.lists(st.sampled_from(ALARM_WORDS + ["lawyer", "legal", "email"]), max_size=4))
def test_long_runs_of_any_character_class_are_answered_in_bounded_time(run: str, words: list[str]) -> None:
    import time

    from advocacy_cli.render import clean

    question = " ".join(words[:2]) + run + " ".join(words[2:])
    matcher = bundled_matcher()
    started = time.process_time()
    answer = matcher.answer(question)
    clean(question)
    elapsed = time.process_time() - started
    assert elapsed < TIME_BUDGET, f"{elapsed:.2f} s"
    assert answer.contacts


# --- a damaged cache never shows: no traceback, no other answer ------------------------------------
CACHE_QUESTIONS = ("How do I find a lawyer for case 2?", "legal help 1", "nothing to do with anything", "they threatened to kill me")


@lru_cache(maxsize=1)
def _cached_file_and_answers() -> tuple[Path, dict[str, Any]]:
    """A data file, and the answers to CACHE_QUESTIONS computed without any cache."""
    data = {
        "meta": {"title": "Cache"},
        "contacts": {
            "global-advocacy": {"name": "GA", "email": "ga@example.org"},
            "legal": {"name": "Legal", "email": "legal@example.org"},
            "emergency": {"name": "Emergency", "email": "emergency@example.org"},
        },
        "entries": [
            {"id": f"case-{i}", "category": "legal", "question": f"How do I find a lawyer for case {i}?", "answer": "Ask legal.",
             "contacts": ["legal"], "variants": [f"legal help {i}"], "keywords": ["lawyer"]}
            for i in range(6)
        ],
    }
    path = write(data, name="cached.toml")
    fresh = Matcher(load_faq(path, use_cache=False))
    expected = {q: answer_json(fresh.answer(q)) for q in CACHE_QUESTIONS}
    return path, expected


def _corrupt(blob: bytes, how: str, position: int, value: int) -> bytes:
    if not blob:
        return bytes([value])
    position %= len(blob)
    if how == "flip":
        return blob[:position] + bytes([blob[position] ^ (value or 1)]) + blob[position + 1 :]
    if how == "truncate":
        return blob[:position]
    if how == "extend":
        return blob + bytes([value]) * (position % 64 + 1)
    return blob[:position] + blob[position + 1 :]  # drop one byte


@fast(120)
@given(
    target=st.sampled_from(["faq", "index", "both"]),
    how=st.sampled_from(["flip", "truncate", "extend", "drop"]),
    position=st.integers(min_value=0, max_value=1 << 20),
    value=st.integers(min_value=0, max_value=255),
)
def test_a_randomly_damaged_cache_never_changes_an_answer(target: str, how: str, position: int, value: int) -> None:
    from advocacy_cli import cache

    path, expected = _cached_file_and_answers()
    Session(path, semantic=False).matcher()  # make sure both cache files exist and are fresh
    folder = cache.cache_folder()
    assert folder is not None
    for cache_file in folder.glob("*.cache"):
        if target == "both" or cache_file.name.startswith(target):
            cache_file.write_bytes(_corrupt(cache_file.read_bytes(), how, position, value))
    import time

    started = time.process_time()
    matcher = Session(path, semantic=False).matcher()  # a damaged size field must not make marshal allocate gigabytes
    assert time.process_time() - started < TIME_BUDGET
    for question, answer in expected.items():
        assert answer_json(matcher.answer(question)) == answer


@st.composite
def reshaped(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """``value`` with one part somewhere inside replaced by something of another type, or the
    outermost record with a key more or less. (A value of the same type, a list with an entry less,
    or a table keyed by terms with a term less, is another valid cache, not a damaged one: only the
    checksum and the content key stand for those.)"""
    kinds = {type(None): st.none(), int: st.integers(-5, 1 << 40), str: st.text(max_size=3), bytes: st.binary(max_size=9), tuple: st.just(()), dict: st.just({}), float: st.floats()}
    odd = st.one_of(*(strategy for kind, strategy in kinds.items() if not isinstance(value, kind)))
    if depth > 6 or not isinstance(value, (tuple, dict)) or not value or draw(st.integers(0, 4)) == 0:
        return draw(odd)
    if isinstance(value, dict) and depth == 0 and draw(st.integers(0, 5)) == 0:  # one key more or less
        return dict(list(value.items())[:-1]) if draw(st.booleans()) else value | {"extra": value[next(iter(value))]}
    if isinstance(value, tuple):
        index = draw(st.integers(0, len(value) - 1))
        return value[:index] + (draw(reshaped(value[index], depth + 1)),) + value[index + 1 :]
    key = draw(st.sampled_from(sorted(value, key=repr)))
    return value | {key: draw(reshaped(value[key], depth + 1))}


@fast(150)
@given(data=st.data(), target=st.sampled_from(["faq", "index"]))
def test_a_well_formed_cache_of_any_other_shape_never_changes_an_answer(data: st.DataObject, target: str) -> None:
    """Even with a valid checksum (a cache written by another build, or by hand), a payload whose
    shape differs anywhere is a cache miss, never a traceback or another answer."""
    from advocacy_cli import cache
    from advocacy_cli.matching import build_state

    path, expected = _cached_file_and_answers()
    fresh = load_faq(path, use_cache=False)  # the payloads a correct cache holds, whatever earlier examples stored
    payload = cache._encode(fresh) if target == "faq" else build_state(fresh)
    from advocacy_cli.matching import code_stamp

    slot = cache.slot_for(path, cache.content_key(path.read_bytes()), target, () if target == "faq" else code_stamp())
    assert slot is not None
    slot.store(data.draw(reshaped(payload)))
    matcher = Session(path, semantic=False).matcher()
    for question, answer in expected.items():
        assert answer_json(matcher.answer(question)) == answer

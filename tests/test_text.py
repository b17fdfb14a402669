"""text.closest, the one did-you-mean, and text.key_of, the one key normaliser."""

from __future__ import annotations

import time

import pytest

from advocacy_cli.text import MAX_SUGGESTION_CHOICES, MAX_SUGGESTION_LENGTH, closest, key_of

NAMES = ["legal", "legal-help", "show", "list", "disinformation", "human-rights"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("lgeal", "legal"),  # two letters swapped
        ("shwo", "show"),
        ("disinformaton", "disinformation"),  # one letter missing
        ("legal-hlep", "legal-help"),
        ("human-rig", "human-rights"),  # the start of a name
        (" Legal ", "legal"),  # compared case-folded and stripped
    ],
)
def test_a_slip_suggests_the_name(word: str, expected: str) -> None:
    assert closest(word, NAMES)[:1] == [expected]


@pytest.mark.parametrize("word", ["nope", "xyzzy", "", "   ", "gardening", "le"])
def test_nothing_plausible_suggests_nothing(word: str) -> None:
    assert closest(word, NAMES, n=3) == []


def test_best_first_at_most_n_and_each_once() -> None:
    found = closest("legal", NAMES + ["legal"], n=5)
    assert found[0] == "legal" and found.count("legal") == 1
    assert "legal-help" in found
    assert closest("legal", NAMES, n=1) == ["legal"]
    assert closest("legal", NAMES, n=0) == []


def test_the_floor_decides_what_is_plausible() -> None:
    assert closest("emial", ["email"], floor=0.99) == ["email"]  # a swap stays plausible
    assert closest("contcts", ["contacts"], floor=0.95) == []
    assert closest("contcts", ["contacts"], floor=0.6) == ["contacts"]


def test_the_work_is_capped_for_huge_lists_and_long_words() -> None:
    many = [f"name-{i}" for i in range(MAX_SUGGESTION_CHOICES * 20)] + ["overlooked"]
    started = time.perf_counter()
    assert closest("overlooked", many) == []  # past the cap: not looked at
    assert closest("overlooked", many[-1:]) == ["overlooked"]
    assert time.perf_counter() - started < 2.0
    assert closest("name-1", many) == ["name-1"]
    assert closest("a" * (MAX_SUGGESTION_LENGTH + 1), ["a" * (MAX_SUGGESTION_LENGTH + 1)]) == []


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Human Rights", "human-rights"),
        ("human_rights ", "human-rights"),
        ("  HUMAN -- rights", "human-rights"),
        ("legal", "legal"),
        ("Cafe\u0301", "caf\u00e9"),  # decomposed and composed accents are one key
        ("ﬁle", "file"),  # NFKC: the ligature is two letters
        ("-x-", "x"),
    ],
)
def test_key_of(typed: str, key: str) -> None:
    assert key_of(typed) == key
    assert key_of(key_of(typed)) == key_of(typed)

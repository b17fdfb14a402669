"""The matcher on the bundled FAQ: normalisation, typo tolerance, ranking and confidence."""

from __future__ import annotations

import pytest

from advocacy_cli.matching import Matcher, stem, terms
from advocacy_cli.session import bundled_data_path, load_faq


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_faq(bundled_data_path()))


def top_id(matcher: Matcher, question: str) -> str | None:
    answer = matcher.answer(question)
    return answer.matches[0].entry.id if answer.matches else None


def test_terms_fold_case_accents_apostrophes_and_stop_words():
    assert terms("What's the Fundación's RÔLE in Advocacy?") == ["fundacion", "role", "advocacy"]
    assert terms("the of and to") == []


def test_stemmer_meets_inflections_and_keeps_short_words():
    assert stem("campaigns") == stem("campaigning") == stem("campaign")
    assert stem("policies") == stem("policy")
    assert stem("news") == "news"
    assert stem("founded") != stem("found")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("lawer help pls", "legal-help"),
        ("disinfomation campain on wikipedia, who do i tell", "report-misinformation"),
        ("chapter agrement contact person", "contract-contact"),
        ("our affiliate would like your feedback on a consultation response we drafted", "review-open-letter"),
        ("are you on medium", "updates"),
        ("what is Don't Blink", "choosing-issues"),
        ("my MP is drafting a bill, can you help me get a meeting", "contact-lawmakers"),
        ("is wikivoyage neutral like wikipedia", "neutrality"),
        ("UCoC who is responsible", "trust-and-safety-difference"),
        ("universal declaration of human rights article one", "western-values"),
    ],
)
def test_finds_the_entry_people_mean(matcher, question, expected):
    assert top_id(matcher, question) == expected


@pytest.mark.parametrize(
    "question",
    ["recipe for pancakes", "how tall is mount everest", "asdf qwerty zxcv", "?!", "ok thanks bye"],
)
def test_says_no_confident_match_for_questions_the_faq_does_not_cover(matcher, question):
    answer = matcher.answer(question)
    assert answer.matches == ()
    assert [c.key for c in answer.contacts] == ["global-advocacy"]


def test_scores_are_bounded_and_ordered_and_limit_is_respected(matcher):
    answer = matcher.answer("advocacy team", limit=2)
    assert 1 <= len(answer.matches) <= 2
    scores = [m.score for m in answer.matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_explanation_names_the_matched_words(matcher):
    answer = matcher.answer("lawer for editors")
    top = answer.closest[0]
    assert top.entry.id == "legal-help"
    matched = {c.matched for c in top.contributions}
    assert "lawyer" in matched  # the typo was read as the known word


def test_huge_question_is_bounded(matcher):
    answer = matcher.answer("lawyer " * 50_000)
    assert answer.matches and answer.matches[0].entry.id == "legal-help"


def test_contacts_follow_the_entry_and_the_named_address(matcher):
    answer = matcher.answer("who do I ask about our chapter contract")
    assert [c.key for c in answer.contacts][:2] == ["chapter-contracts", "legal"]
    answer = matcher.answer("when should I use the emergency e-mail address?")
    assert answer.emergency is False
    assert answer.contacts[0].key == "emergency"


def test_own_cases_meet_the_bars(matcher):
    """The project's own held-out cases (tests/cases/holdout.jsonl) stay above agreed floors."""
    from pathlib import Path

    from advocacy_cli.evaluation import evaluate, read_cases

    report = evaluate(matcher, read_cases(Path(__file__).parent / "cases" / "holdout.jsonl"))
    figures = report.as_json()["figures"]
    assert figures["top1"] >= 88
    assert figures["top3"] >= 90
    assert figures["offtopic_rejected"] >= 80
    assert figures["emergency_recall"] == 100
    assert figures["false_alarms"] <= 2
    assert figures["topic_accuracy"] == 100


def test_typos_are_corrected_but_other_words_are_not_turned_into_known_ones(matcher):
    assert [known for known, _ in matcher.index.expand("lawer")] == ["lawyer"]
    assert "found" not in [known for known, _ in matcher.index.expand("sound")]


def test_ranking_without_reasons_is_the_ranking_with_them(tmp_path):
    """A batch ranks without the reasons --explain shows, by a shorter path: the entries, their order
    and their scores must be the same, also in a file large enough that only the best are ordered."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import generate

    from advocacy_cli.matching import MAX_RANKED, Index

    big = Index(load_faq(generate.write_data(tmp_path / "big.toml", 400), use_cache=False))
    questions = [line for line in generate.make_questions(60) if line.strip()]
    questions += ["who do I email about a fake news campaign?", "lawyer for a chapter contract", "press freedom report"]
    crowded = 0
    for question in questions:
        with_reasons = [(m.entry.id, m.score, m.evidence) for m in big.rank(question, explain=True)]
        without = [(m.entry.id, m.score, m.evidence) for m in big.rank(question, explain=False)]
        assert with_reasons == without, question
        crowded += len(with_reasons) == MAX_RANKED
    assert crowded  # some questions touch more entries than are ranked, so the shortcut was taken

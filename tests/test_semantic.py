"""The semantic view through the real CLI: fusion with the words, the off switch, damaged vectors,
data files without variants, and the large-file path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from advocacy_cli import semantic, vectors
from advocacy_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
OTHER_FAQ = ROOT / "tests" / "cases" / "otherfaq" / "faq.toml"


def ask(*args: str, env: dict[str, str] | None = None) -> tuple[int, dict, str]:
    result = CliRunner().invoke(app, ["ask", *args, "--json"], env=env)
    return result.exit_code, json.loads(result.stdout), result.stderr


def top(answer: dict) -> str | None:
    return answer["matches"][0]["id"] if answer["matches"] else None


def test_meaning_finds_the_entry_when_the_words_do_not() -> None:
    question = "what is the foundation's approach to fighting falsehoods on wikipedia?"
    _, with_meaning, _ = ask(question)
    _, words_only, _ = ask(question, "--no-semantic")
    assert top(with_meaning) == "avoiding-false-information"
    assert top(words_only) != "avoiding-false-information"


@pytest.mark.parametrize(
    "question",
    [
        "Hello, my name is Maria from Wikimedia Peru. What does the advocacy team do?",
        "wat does the advocacy team do",
        "Hi all! Quick one from a chapter volunteer: what kind of work does the Global Advocacy team actually take on? Thanks, Jo",
    ],
)
def test_greetings_and_chat_spelling_do_not_drown_the_question(question: str) -> None:
    code, answer, _ = ask(question)
    assert code == 0 and top(answer) == "team-work"


@pytest.mark.parametrize(
    "question",
    [
        "Hi, I'm Kofi, a volunteer who uploads photos of old buildings and news events. Can the Foundation lobby and still stay neutral?",
        "Good morning, I am Priya, an editor who mostly keeps up with news about elections. How does advocacy fit with neutrality?",
    ],
)
def test_who_the_writer_is_does_not_decide_what_they_ask(question: str) -> None:
    """The description after an introduction ("I'm Kofi, a volunteer who uploads photos of ... news")
    is left out: its words ("news", "keeps up") would otherwise pull towards the updates entry."""
    code, answer, _ = ask(question)
    assert code == 0 and top(answer) == "neutrality"


def test_an_introduction_that_asks_is_read_whole() -> None:
    from advocacy_cli.matching import without_pleasantries

    assert "want to know what the team does" in without_pleasantries("Hi, I am Tom, a student, and I want to know what the team does.")
    assert without_pleasantries("Hi, a friend told me the Foundation lobbies. Is that true?").strip().startswith("a friend told me")
    assert without_pleasantries("Hello, I'm Grace, a retired teacher who writes about history. Why advocacy?").strip() == "Why advocacy?"


def test_a_name_and_where_from_after_a_greeting_and_a_sign_off_with_thanks_in_advance_are_left_out() -> None:
    from advocacy_cli.matching import without_pleasantries

    said = "Hello! Ana from Wikimedia Portugal here. How does the team pick its issues? Thanks in advance, Ana"
    assert without_pleasantries(said).strip() == "How does the team pick its issues?"
    # without a greeting, the same words may be the question
    assert without_pleasantries("Editors from Brazil: what does the team do?").strip() == "Editors from Brazil: what does the team do?"
    code, answer, _ = ask(said)
    assert code == 0 and top(answer) == "choosing-issues"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("y does wmf even bother w/ public policy stuff", "why-advocacy"),
        ("can u tell me who is on ur team n where they r based", "team-members"),
        ("does wmf help chapters w/ money 4 campaigns", "affiliate-support"),
    ],
)
def test_chat_shortenings_are_read_as_the_words_they_stand_for(question: str, expected: str) -> None:
    code, answer, _ = ask(question)
    assert code == 0 and top(answer) == expected


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("y does wmf even bother w/ public policy", "why does Wikimedia Foundation even bother with public policy"),
        ("Hey, y are u guys lobbying? thank u.", "Hey, why are you guys lobbying? thank you."),
        ("can i sign w/o a lawyer b/c of cost", "can i sign without a lawyer because of cost"),
        ("how is your team different from T&S?", "how is your team different from Trust and Safety?"),
        # "AT&T" and "R&D" stay as they are
        ("AT&T and R&D", "AT&T and R&D"),
        # left alone: the letter y, "U.S.", a u-turn, "w/e" and slashes inside words
        ("the letter y is odd; U.S. law; a u-turn; w/e; a/w/b", "the letter y is odd; U.S. law; a u-turn; w/e; a/w/b"),
    ],
)
def test_spelled_out(text: str, spelled: str) -> None:
    from advocacy_cli.matching import spelled_out

    assert spelled_out(text) == spelled


def test_what_the_faq_does_not_cover_gets_no_answer() -> None:
    code, answer, _ = ask("How do I edit a Wikipedia article?")
    assert code == 1 and answer["matches"] == []
    assert [c["key"] for c in answer["contacts"]] == ["global-advocacy"]


def test_explain_shows_both_views_and_the_score_is_their_blend() -> None:
    _, answer, _ = ask("who do I email about a fake news campaign?", "--explain")
    best = answer["explain"]["candidates"][0]
    assert 0 < best["semantic"] <= 1 and 0 <= best["lexical"] <= 100
    from advocacy_cli.matching import COSINE_FLOOR

    meaning = 100 * max(best["semantic"] - COSINE_FLOOR, 0) / (1 - COSINE_FLOOR)
    # The bundled FAQ has an entry model too (tests/test_entry_model.py): half the score is its probability.
    assert 0 <= best["learned"] <= 1
    assert best["score"] == pytest.approx(0.5 * (0.5 * best["lexical"] + 0.5 * meaning) + 50 * best["learned"], abs=0.2)
    shown = CliRunner().invoke(app, ["ask", "who do I email about a fake news campaign?", "--explain"], env={"COLUMNS": "200"}).stdout
    assert "x words" in shown and "x meaning" in shown and "cosine" in shown and "x learned" in shown


def test_in_a_file_without_variants_meaning_weighs_more_and_explain_says_so() -> None:
    question = "my chain keeps slipping off when I pedal hard"
    _, answer, _ = ask("--data", str(OTHER_FAQ), question, "--explain")
    best = answer["explain"]["candidates"][0]
    from advocacy_cli.matching import COSINE_FLOOR

    meaning = 100 * max(best["semantic"] - COSINE_FLOOR, 0) / (1 - COSINE_FLOOR)
    assert best["learned"] is None  # no entry model for another data file
    views = 0.4 * best["lexical"] + 0.6 * meaning
    # ...and the word-by-word view makes 0.47 of the score
    assert 0 < best["aligned"] <= 1
    assert best["score"] == pytest.approx(0.53 * views + 47 * best["aligned"], abs=0.2)
    shown = CliRunner().invoke(app, ["--data", str(OTHER_FAQ), "ask", question, "--explain"], env={"COLUMNS": "200"}).stdout
    assert f"= 0.4 x words {best['lexical']:g} + 0.6 x meaning" in shown
    assert f"+ 0.47 x word by word {100 * best['aligned']:.1f}" in shown


def test_the_word_by_word_view_is_only_for_files_without_variants() -> None:
    _, answer, _ = ask("who do I email about a fake news campaign?", "--explain")
    assert all(c["aligned"] is None for c in answer["explain"]["candidates"])
    _, answer, _ = ask("--data", str(OTHER_FAQ), "who do I email about a fake news campaign?", "--explain")
    assert all(c["aligned"] is None or 0 <= c["aligned"] <= 1 for c in answer["explain"]["candidates"])


def test_word_by_word_an_entry_s_own_question_is_met_fully_and_a_paraphrase_by_nearness() -> None:
    from advocacy_cli.loader import parse_faq

    faq = parse_faq(OTHER_FAQ.read_bytes(), str(OTHER_FAQ))
    view = semantic.SemanticView(faq, vectors.load())
    entry = faq.entry_list()[0]
    own = view.closeness(entry.question)
    assert own is not None
    assert view.alignment(own.tokens, [0])[0] == pytest.approx(1.0)
    # words of its own question met one by one by the nearest words of every entry, and never above 1
    other = view.closeness("zebra violin thunderstorm")
    assert other is not None
    scores = view.alignment(other.tokens, range(len(faq.entry_list())))
    assert all(0 < value < 0.8 for value in scores.values())
    # the same pairs again in a batch give the same figures (the kept cosines are exact)
    assert view.alignment(other.tokens, range(len(faq.entry_list()))) == scores


@pytest.mark.parametrize("how", [("--no-semantic", None), (None, "0"), (None, "off")])
def test_the_semantic_view_can_be_turned_off(how: tuple[str | None, str | None]) -> None:
    option, value = how
    args = ["who do I email about a fake news campaign?", "--explain", *([option] if option else [])]
    _, answer, _ = ask(*args, env={"ADVOCACY_CLI_SEMANTIC": value} if value else None)
    assert all(c["semantic"] is None for c in answer["explain"]["candidates"])
    assert top(answer) == "report-misinformation"  # the words alone still answer it


def test_the_option_before_the_command_works_too() -> None:
    result = CliRunner().invoke(app, ["--no-semantic", "ask", "fake news campaign", "--json", "--explain"])
    assert all(c["semantic"] is None for c in json.loads(result.stdout)["explain"]["candidates"])


@pytest.mark.parametrize("damage", ["missing", "truncated", "empty vocabulary"])
def test_damaged_vectors_fall_back_to_words_with_one_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    folder = tmp_path / "vectors"
    shutil.copytree(vectors.DATA_DIR, folder)
    if damage == "missing":
        (folder / "vectors.i8").unlink()
    elif damage == "truncated":
        data = (folder / "vectors.i8").read_bytes()
        (folder / "vectors.i8").write_bytes(data[: len(data) // 2])
    else:
        (folder / "vocab.txt").write_bytes(b"")
    monkeypatch.setattr(vectors, "DATA_DIR", str(folder))
    monkeypatch.setattr(vectors, "_default", None)
    _, words_only, _ = ask("who do I email about a fake news campaign?", "--no-semantic")
    code, answer, stderr = ask("who do I email about a fake news campaign?")
    assert code == 0 and answer == words_only
    assert stderr.count("Warning: semantic matching is off") == 1 and "Traceback" not in stderr
    batch = CliRunner().invoke(app, ["ask", "-", "--json"], input="fake news\nlawyer\nopen letter\n")
    assert batch.exit_code == 0 and len(batch.stdout.splitlines()) == 3
    assert batch.stderr.count("Warning:") == 1  # once per run, not once per question


def test_a_faq_without_variants_is_carried_by_meaning() -> None:
    question = "I'm on a tight budget after losing my job, is there a cheaper rate?"
    code, answer, _ = ask("--data", str(OTHER_FAQ), question)
    assert code == 0 and top(answer) == "sliding-scale"


def test_large_files_compare_a_question_with_its_lexical_candidates_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "FULL_SCAN", 5)  # the bike co-op FAQ (60 entries) now counts as large
    _, answer, _ = ask("--data", str(OTHER_FAQ), "how do I fix a flat tyre", "--explain")
    assert top(answer) == "fix-puncture"
    assert any(c["semantic"] is not None for c in answer["explain"]["candidates"])


@pytest.mark.parametrize("mode", [["--json"], [], ["--json", "--explain"]], ids=["json", "text", "explain"])
def test_a_large_file_that_shares_no_word_with_the_question_has_no_answer_and_no_traceback(monkeypatch: pytest.MonkeyPatch, mode: list[str]) -> None:
    monkeypatch.setattr(semantic, "FULL_SCAN", 5)  # the bike co-op FAQ (60 entries) now counts as large
    result = CliRunner().invoke(app, ["--data", str(OTHER_FAQ), "ask", "quantum chromodynamics lecture notes", *mode])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if "--json" in mode:
        assert json.loads(result.stdout)["matches"] == []
    batch = CliRunner().invoke(app, ["--data", str(OTHER_FAQ), "ask", "-", "--json"], input="quantum chromodynamics lecture notes\nhow do I fix a flat tyre\n")
    assert batch.exit_code == 0, batch.output
    answers = [json.loads(line) for line in batch.stdout.splitlines()]
    assert answers[0]["matches"] == [] and answers[1]["matches"][0]["id"] == "fix-puncture"


# --- data files without variants or keywords ------------------------------------------------------------
def test_a_file_without_variants_answers_with_the_entry_that_stands_out_in_meaning(monkeypatch) -> None:
    from advocacy_cli import matching

    code, answer, _ = ask("--data", str(OTHER_FAQ), "brake adjustment")
    assert code == 0 and top(answer) == "adjust-brakes"
    # Without the rule for such files the same two words are refused: they are short, and the file
    # has no phrasings of its own to be sure from.
    monkeypatch.setattr(matching, "UNCURATED_SPREAD", 99.0)
    monkeypatch.setattr(matching, "SHORT_AGREED_SPREAD", 99.0)
    code, answer, _ = ask("--data", str(OTHER_FAQ), "brake adjustment")
    assert code == 1 and answer["matches"] == []


def test_a_short_query_both_views_agree_on_needs_less_spread(monkeypatch) -> None:
    from advocacy_cli import matching

    code, answer, _ = ask("--data", str(OTHER_FAQ), "volunteer application")
    assert code == 0 and top(answer) == "volunteer-signup"
    monkeypatch.setattr(matching, "SHORT_AGREED_SPREAD", 99.0)  # the spread alone does not reach UNCURATED_SPREAD
    code, answer, _ = ask("--data", str(OTHER_FAQ), "volunteer application")
    assert code == 1 and answer["matches"] == []
    monkeypatch.undo()
    # Where the words and the meaning point to different entries (words: private-sessions, meaning:
    # volunteer-signup, as far above the rest as "volunteer application"), the rule does not apply.
    code, answer, _ = ask("--data", str(OTHER_FAQ), "volunteer companies")
    assert code == 1 and answer["matches"] == []


def test_in_a_file_without_variants_a_word_of_the_answer_counts_as_a_variants_would() -> None:
    from advocacy_cli import matching
    from advocacy_cli.session import Session

    other = Session(OTHER_FAQ, True).matcher().index
    bundled = Session(None, True).matcher().index
    for index, strength in ((other, matching.UNCURATED_ANSWER_WEIGHT), (bundled, matching.FIELD_WEIGHTS["answer"])):
        in_answers = [s for term in index.vocabulary[:400] for s, field in index.postings(term).values() if field == "answer"]
        assert in_answers and set(in_answers) == {strength}


@pytest.mark.parametrize(
    ("name", "measured"),
    [
        # top-1, top-3, off-topic refused, contact@1 (%), measured with this version
        ("real-blind4.jsonl", (99.1, 100.0, 100.0, 100.0)),
        ("real-blind5.jsonl", (98.7, 99.6, 100.0, 100.0)),
        ("real-blind6.jsonl", (99.1, 100.0, 100.0, 99.6)),
        ("real-blind7.jsonl", (99.1, 99.6, 100.0, 99.6)),
        ("real-blind12.jsonl", (98.7, 98.7, 100.0, 100.0)),
        ("real-blind14.jsonl", (97.3, 98.7, 97.5, 99.6)),  # 95.1 / 97.8 / 97.5 / 99.1 on arrival
        ("real-blind17.jsonl", (98.2, 98.2, 97.5, 100.0)),  # 97.8 / 98.7 / 97.5 / 99.6 on arrival
        ("real-blind19.jsonl", (98.2, 98.2, 97.5, 100.0)),  # the same on arrival
        # 99.1 / 99.1 / 100 / 100 on arrival; since the word model also learned from danger-blind204 and 206, one question
        # about an accusation of bias on a talk page reads as danger by its words alone (0.955, from 0.949; a banner there needs 0.95)
        ("real-blind21.jsonl", (98.6, 98.6, 100.0, 99.1)),
        ("real-blind22.jsonl", (99.1, 99.1, 100.0, 100.0)),  # the same on arrival
    ],
)
def test_held_out_questions_stay_at_their_measured_level(name: str, measured: tuple[float, float, float, float]) -> None:
    """Questions to the bundled FAQ written blind, in every style, and never tuned on."""
    result = CliRunner().invoke(app, ["eval", str(ROOT / "tests" / "cases" / name), "--json"])
    figures = json.loads(result.stdout)["figures"]
    got = tuple(figures[key] for key in ("top1", "top3", "offtopic_rejected", "contact_at_1"))
    assert all(value >= floor - 0.5 for value, floor in zip(got, measured, strict=True)), (name, got)


@pytest.mark.parametrize(
    ("folder", "top1", "mrr", "words_top1"),
    [
        # measured with this version (top-1 %, MRR; top-1 % with --no-semantic)
        ("otherfaq", 84.3, 0.882, 61.6),  # a bike co-op, 300 questions
        ("otherfaq2", 91.5, 0.944, 75.5),  # cooking
        ("otherfaq3", 85.4, 0.908, 62.7),  # home tech support
        ("otherfaq4", 89.9, 0.921, 72.5),  # travel, StackExchange-style: titles and accepted answers
        ("otherfaq7", 69.4, 0.752, 41.7),  # pools and sports centres (66.4 / 0.724 on arrival)
        ("otherfaq8", 76.5, 0.803, 60.2),  # photography, StackExchange-style (72.3 / 0.776 on arrival)
        # Held out (written blind, measured on arrival, never tuned on), with paraphrases that avoid the
        # FAQ's own nouns: far harder for both views, and under the targets (top-1 80 %, MRR 0.85).
        ("otherfaq5", 62.5, 0.681, 39.8),  # a public library (58.3 / 0.645 before the word-by-word view)
        ("otherfaq6", 66.7, 0.72, 43.2),  # a tenants' association (63.5 / 0.69 before it)
        ("otherfaq9", 56.3, 0.64, 34.3),  # a university's student services (51.1 / 0.61 on arrival)
        ("otherfaq10", 75.8, 0.792, 54.8),  # gardening, StackExchange-style (70.9 / 0.766 on arrival)
    ],
)
def test_files_without_variants_are_carried_by_meaning(folder: str, top1: float, mrr: float, words_top1: float) -> None:
    """Made-up FAQs of other domains with only questions and answers: the semantic view keeps its
    measured level, well above the words alone."""
    data = str(ROOT / "tests" / "cases" / folder / "faq.toml")
    cases = str(ROOT / "tests" / "cases" / folder / "cases.jsonl")
    figures = {}
    for mode in ("--semantic", "--no-semantic"):
        result = CliRunner().invoke(app, ["--data", data, "eval", cases, "--json", mode])
        figures[mode] = json.loads(result.stdout)["figures"]
    assert figures["--semantic"]["top1"] >= top1 - 0.5 and figures["--semantic"]["mrr"] >= mrr - 0.005, figures
    assert figures["--no-semantic"]["top1"] >= words_top1 - 0.5, figures
    assert figures["--semantic"]["top1"] >= figures["--no-semantic"]["top1"] + 8, figures

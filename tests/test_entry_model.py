"""The entry model (entry_model.py): its record, where it applies, what it changes through the real CLI,
and damaged files. Also the semantic view's reading of misspelt words."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from advocacy_cli import entry_model, semantic
from advocacy_cli.cli import app
from advocacy_cli.session import Session

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
OTHER_FAQ = CASES / "otherfaq" / "faq.toml"
RECORD = json.loads((entry_model.FOLDER / entry_model.RECORD).read_text(encoding="utf-8"))
# Never trained on: the held-out matcher files and the shared development set.
HELD_OUT = ("real-blind4.jsonl", "real-blind5.jsonl", "real-blind6.jsonl", "real-blind7.jsonl", "real-blind12.jsonl", "real-blind14.jsonl", "real-blind17.jsonl", "real-blind19.jsonl", "real-blind21.jsonl", "real-blind22.jsonl", "dev.jsonl")


def ask(*args: str) -> tuple[int, dict, str]:
    result = CliRunner().invoke(app, ["ask", *args, "--json", "--explain"])
    return result.exit_code, json.loads(result.stdout), result.stderr


@pytest.fixture
def without_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the model's folder that the tests may damage, in place of the shipped one."""
    folder = tmp_path / "model"
    folder.mkdir()
    for name in (entry_model.RECORD, entry_model.WEIGHTS):
        shutil.copy(entry_model.FOLDER / name, folder / name)
    monkeypatch.setattr(entry_model, "FOLDER", folder)
    return folder


def test_the_record_describes_the_shipped_weights_and_the_bundled_faq() -> None:
    weights = (entry_model.FOLDER / entry_model.WEIGHTS).read_bytes()
    assert hashlib.sha256(weights).hexdigest() == RECORD["sha256"]
    faq = Session().faq()
    assert RECORD["ids"] == [entry.id for entry in faq.entries]
    assert RECORD["fingerprint"] == entry_model.fingerprint(faq), "the bundled FAQ changed: run tools/train_entry_model.py"


def test_the_model_was_trained_on_the_tuning_files_as_they_are_now_and_on_no_held_out_file() -> None:
    trained = RECORD["trained_on"]
    assert trained, "the record names no training file"
    for name, digest in trained.items():
        assert hashlib.sha256((CASES / name).read_bytes()).hexdigest() == digest, f"{name} changed: run tools/train_entry_model.py"
    assert not set(trained) & set(HELD_OUT)


def top(answer: dict) -> str | None:
    return answer["matches"][0]["id"] if answer["matches"] else None


@pytest.mark.parametrize(
    ("question", "entry", "without"),
    [
        # what stops bad actors is the prevention entry, though the words and meaning lean to reporting
        ("my parents think wikipedia is full of propaganda, what stops bad actors", "avoiding-false-information", "report-misinformation"),
        # where the team's people are: the two views alone are not sure enough to answer
        ("are the policy people all in san francisco or spread out", "team-members", None),
    ],
)
def test_the_model_moves_a_question_to_the_entry_people_mean_by_it(question: str, entry: str, without: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, answer, _ = ask(question)
    assert code == 0 and top(answer) == entry
    assert answer["explain"]["candidates"][0]["learned"] > 0.5
    monkeypatch.setattr(entry_model, "FOLDER", tmp_path)  # no model files: the two views alone
    _, views_only, stderr = ask(question)
    assert top(views_only) == without and "entry model" in stderr


@pytest.mark.parametrize(
    ("question", "without"),
    [
        ("how can I download a full copy of wikipedia for offline use", "avoiding-false-information"),
        ("how do we get our new user group recognised officially", "affiliate-support"),
    ],
)
def test_the_model_refuses_questions_it_reads_as_outside_the_faq(question: str, without: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, answer, _ = ask(question)
    assert code == 1 and answer["matches"] == []
    assert [c["key"] for c in answer["contacts"]] == ["global-advocacy"]  # still an address to write to
    monkeypatch.setattr(entry_model, "FOLDER", tmp_path)
    _, views_only, _ = ask(question)
    assert top(views_only) == without


def test_the_model_is_not_used_for_a_data_file_it_was_not_trained_for() -> None:
    code, answer, _ = ask("--data", str(OTHER_FAQ), "how do I fix a flat tyre")
    assert code == 0 and all(c["learned"] is None for c in answer["explain"]["candidates"])


def test_a_changed_question_in_the_data_file_turns_the_model_off(tmp_path: Path) -> None:
    text = (ROOT / "data" / "faq.toml").read_text(encoding="utf-8")
    first = Session().faq().entries[0].question
    data = tmp_path / "faq.toml"
    data.write_text(text.replace(first, first.rstrip("?") + " today?", 1), encoding="utf-8")
    code, answer, stderr = ask("--data", str(data), "who do I email about a fake news campaign?")
    assert code == 0 and all(c["learned"] is None for c in answer["explain"]["candidates"]) and stderr == ""


@pytest.mark.parametrize("damage", ["missing weights", "short weights", "broken record"])
def test_damaged_model_files_fall_back_to_the_two_views_with_one_warning(without_model: Path, damage: str) -> None:
    if damage == "missing weights":
        (without_model / entry_model.WEIGHTS).unlink()
    elif damage == "short weights":
        (without_model / entry_model.WEIGHTS).write_bytes(b"\x01" * 100)
    else:
        (without_model / entry_model.RECORD).write_text('{"ids": [', encoding="utf-8")
    code, answer, stderr = ask("who do I email about a fake news campaign?")
    assert code == 0 and answer["matches"][0]["id"] == "report-misinformation"
    assert all(c["learned"] is None for c in answer["explain"]["candidates"])
    assert stderr.count("Warning: matching without the entry model") == 1 and "Traceback" not in stderr


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how do I reprot disinformaton on wikipeda", "report-misinformation"),
        ("is the humen rigths team seperate from yours", "human-rights-team-difference"),
    ],
)
def test_misspelt_words_are_read_as_the_words_they_slip_from(question: str, entry: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, answer, _ = ask(question)
    assert code == 0 and answer["matches"][0]["id"] == entry
    read_as_typed = answer["explain"]["candidates"][0]["semantic"]
    monkeypatch.setattr(semantic, "_LETTERS", re.compile(r"(?!)"))  # no word is corrected
    _, uncorrected, _ = ask(question)
    cosine = {c["id"]: c["semantic"] for c in uncorrected["explain"]["candidates"]}.get(entry, 0.0)
    assert read_as_typed > cosine + 0.1


def test_words_of_the_data_file_and_names_are_left_as_they_are() -> None:
    view = Session().matcher().semantic
    assert view._correction("wikimedia") == ""  # the FAQ's own word, though the vocabulary splits it
    assert view._correction("wanjiru") == ""  # a name: no vocabulary word is one slip from it
    assert view._correction("organisatons") == "organisations"


def test_the_questions_the_faq_does_not_answer_refuse_by_meaning_only_where_the_model_does_not_place_the_question_inside(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nearer in meaning to one of the data file's not_covered phrases than to its best entry is
    refused, unless the entry model gives "none of them" less than LEARNED_INSIDE."""
    from advocacy_cli import matching

    matcher = Session(None, True).matcher()
    question = "how do I upload my photos to Commons and which licence lets others reuse them"
    entries = len(matcher.faq.entry_list())
    for outside, answered in ((0.3, False), (matching.LEARNED_INSIDE / 2, True)):
        # The model half sure of any entry (enough to answer, under LEARNED_SURE), and this much of "none of them".
        sure = [0.5] * entries + [outside]
        monkeypatch.setattr(matcher.entry_model, "probabilities", lambda *args, p=sure: list(p))
        ranked, answerable, _, close = matcher.rank(question)
        assert close is not None and close.outside > matching.cosine_of(ranked[0]) + matching.NOT_COVERED_MARGIN
        assert answerable is answered, (outside, ranked[0].entry.id)

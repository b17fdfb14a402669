"""The data review: danger words reach help, no word is read as an unrelated topic, the emergency
address is visible wherever someone in danger may land, addresses claim only what the source says,
and other people's data files declare categories as they expect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_faq
from typer.testing import CliRunner

from advocacy_cli.cli import app

EMERGENCY = "emergency@wikimedia.org"


@pytest.fixture(autouse=True)
def terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")


def run(*args: str):
    return CliRunner().invoke(app, list(args), prog_name="advocacy")


def run_json(*args: str, code: int = 0):
    result = run(*args, "--json")
    assert result.exit_code == code, result.output
    return json.loads(result.stdout)


def topic_of(name: str) -> tuple[str, list[str]]:
    found = run_json("contact", "--topic", name)
    return found["topic"], [c["key"] for c in found["contacts"]]


# --- danger words reach the emergency or human-rights topic ------------------------------------------
@pytest.mark.parametrize(
    "word",
    ["police", "Police", "jail", "prison", "killed", "attacked", "unsafe", "threat", "arrested", "detained",
     "violence", "kidnapped", "beaten", "missing", "in danger"],
)
def test_danger_words_reach_the_emergency_topic(word: str) -> None:
    assert topic_of(word) == ("emergency", ["emergency"])


@pytest.mark.parametrize("word", ["persecuted", "persecution", "harassment", "harassed"])
def test_persecution_and_harassment_reach_the_human_rights_team(word: str) -> None:
    assert topic_of(word) == ("human-rights", ["human-rights"])


@pytest.mark.parametrize("word", ["intimidation", "intimidated"])
def test_intimidation_gives_legal_human_rights_and_emergency_as_the_source_does(word: str) -> None:
    assert topic_of(word) == ("intimidation", ["legal", "human-rights", "emergency"])


def test_harassment_topic_shows_the_emergency_address_with_the_human_rights_team() -> None:
    result = run("contact", "--topic", "harassment")
    assert result.exit_code == 0
    assert "talktohumanrights@wikimedia.org" in result.stdout
    assert EMERGENCY in result.stdout


def test_contracts_topic_keeps_to_chapter_contracts() -> None:
    aliases = {t["topic"]: t["aliases"] for t in run_json("topics")}["contracts"]
    assert "agreement" not in aliases and "agreements" not in aliases
    assert run("contact", "--topic", "agreement").exit_code == 2
    assert topic_of("chapter agreement")[0] == "contracts"


# --- no fuzzy match from one real word to another ---------------------------------------------------
LOOKALIKES = """\
[meta]
title = "Look-alike topics"
emergency_contact = "sos"

[contacts.office]
name = "Office"
email = "office@example.org"

[contacts.sos]
name = "Emergency line"
email = "sos@example.org"

[topics.advocacy]
contacts = ["office"]
aliases = ["policy"]

[topics.contracts]
contacts = ["office"]

[topics.safety]
contacts = ["sos"]
aliases = ["danger"]

[[entries]]
id = "a"
category = "general"
question = "Who writes to the police about our policy and our contract?"
answer = "The office does; call the emergency line when someone is in danger."
contacts = ["office"]
"""


@pytest.fixture
def lookalikes(tmp_path: Path) -> Path:
    return write_faq(tmp_path / "lookalikes.toml", LOOKALIKES)


def test_police_is_never_read_as_policy(lookalikes: Path) -> None:
    result = run("--data", str(lookalikes), "contact", "--topic", "police")
    assert result.exit_code == 2, result.output
    message = result.stderr.strip()
    assert "unknown topic 'police'" in message
    assert message.split("closest topics: ")[1].startswith("safety"), message


@pytest.mark.parametrize("word", ["jial", "attackd", "polise"])
def test_a_misspelt_danger_word_goes_to_the_emergency_topic_or_nowhere(lookalikes: Path, word: str) -> None:
    result = run("--data", str(lookalikes), "contact", "--topic", word, "--json")
    if result.exit_code == 0:
        assert json.loads(result.stdout)["topic"] == "safety"
    else:
        assert result.exit_code == 2
        assert result.stderr.split("closest topics: ")[1].startswith("safety")


def test_a_word_the_faq_uses_is_no_typo_of_another(lookalikes: Path) -> None:
    # 'contract' is one letter from 'contracts', 'contact' one from 'contract': only the first is a slip
    assert run_json("--data", str(lookalikes), "contact", "--topic", "contract")["topic"] == "contracts"
    assert run("contact", "--topic", "contact").exit_code == 2


@pytest.mark.parametrize("word", ["thread", "attached", "prosecuted"])
def test_a_real_word_one_slip_from_a_danger_word_is_no_typo(word: str) -> None:
    result = run("contact", "--topic", word)
    assert result.exit_code == 2, result.output
    assert f"unknown topic '{word}'" in result.stderr


def test_real_typos_are_still_forgiven(lookalikes: Path) -> None:
    assert run_json("--data", str(lookalikes), "contact", "--topic", "polcy")["topic"] == "advocacy"
    assert topic_of("disinformaton")[0] == "disinformation"


@pytest.mark.parametrize("word", ["shooting", "hostage", "stabbing"])
def test_unknown_danger_words_suggest_emergency_first(word: str) -> None:
    result = run("contact", "--topic", word)
    assert result.exit_code == 2
    assert result.stderr.split("closest topics: ")[1].startswith("emergency"), result.stderr


# --- the emergency address wherever someone in danger may land --------------------------------------
def test_human_rights_team_entry_names_the_emergency_address() -> None:
    result = run("show", "human-rights-team-difference")
    assert result.exit_code == 0
    assert EMERGENCY in result.stdout


def test_human_rights_contact_names_the_emergency_address() -> None:
    contacts = {c["key"]: c for c in run_json("contacts")}
    assert EMERGENCY in contacts["human-rights"]["reason"]
    assert EMERGENCY in run("contacts").stdout


def test_emergency_reason_keeps_the_source_scope() -> None:
    reason = {c["key"]: c for c in run_json("contacts")}["emergency"]["reason"].casefold()
    assert "serious harm or death" in reason
    assert "immediate" not in reason


# --- addresses claim only what the source says -------------------------------------------------------
def test_harassment_is_not_claimed_for_trust_and_safety() -> None:
    contacts = {c["key"]: c for c in run_json("contacts")}
    assert "harass" not in contacts["trust-and-safety"]["reason"].casefold()
    entry = run_json("show", "trust-and-safety-difference")
    assert not any("harass" in text.casefold() for text in (entry["answer"], *entry["variants"], *entry["keywords"]))
    for question in ("who handles harassment", "where do I report harassment"):
        result = run("ask", question, "--json")
        answer = json.loads(result.stdout)
        # The FAQ has no answer about harassment: it says so (exit 1) and names the fallback contact.
        assert result.exit_code == 1 and answer["matches"] == [], question
        assert [c["key"] for c in answer["contacts"]] == ["global-advocacy"], question
    assert "trust-and-safety" not in topic_of("harassment")[1]


# --- other people's data files -------------------------------------------------------------------------
CHAPTER = """\
[meta]
title = "Chapter FAQ"

[contacts.board]
name = "Board"
email = "board@example.org"

[[entries]]
id = "join"
category = "local"
question = "How do we join?"
answer = "Fill in the form."
contacts = ["board"]

[[entries]]
id = "regional"
category = "regional-work"
question = "Who runs regional work?"
answer = "The board."
contacts = ["board"]

[[entries]]
id = "later"
category = "local"
question = "When does the board meet?"
answer = "Monthly."
contacts = ["board"]
"""


def test_a_file_without_categories_uses_its_entries_own(tmp_path: Path) -> None:
    path = tmp_path / "chapter.toml"
    write_faq(path, CHAPTER)
    assert run("validate", str(path)).exit_code == 0
    listed = run_json("--data", str(path), "list", "--category", "local")
    assert [e["id"] for e in listed] == ["join", "later"]
    result = run("--data", str(path), "export", "--format", "json")
    assert result.exit_code == 0, result.output
    categories = json.loads(result.stdout)["categories"]
    titles = {key: (value["title"] if isinstance(value, dict) else value) for key, value in categories.items()}
    assert titles == {"local": "Local", "regional-work": "Regional work"}


def test_the_first_unknown_category_says_how_to_declare_one(tmp_path: Path) -> None:
    path = tmp_path / "chapter.toml"
    write_faq(path, CHAPTER.replace("[contacts.board]", '[categories.news]\ntitle = "News"\n\n[contacts.board]'))
    result = run("validate", str(path))
    assert result.exit_code == 3
    lines = [line for line in result.stderr.splitlines() if "unknown category" in line]
    assert len(lines) == 3, result.stderr
    assert "[categories.local]" in lines[0] and "title" in lines[0]
    assert not any("declare" in line for line in lines[1:])

"""Every command and every exit code of the contract, driven as a user would type them."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from conftest import BUNDLED_CONTACTS, BUNDLED_ENTRIES, assert_answer_shape, assert_contact_shape, write_faq
from typer.testing import CliRunner

from advocacy_cli import __version__
from advocacy_cli.cli import app

# --- the contract, restated from SPEC -----------------------------------------------------------
ENTRY_IDS = {
    "advocacy-vs-public-policy": ("general", ["global-advocacy"]),
    "team-work": ("general", ["global-advocacy"]),
    "why-advocacy": ("general", ["global-advocacy"]),
    "choosing-issues": ("general", ["global-advocacy"]),
    "team-members": ("general", ["global-advocacy"]),
    "updates": ("general", ["global-advocacy"]),
    "team-names": ("general", ["global-advocacy"]),
    "partners": ("general", ["global-advocacy"]),
    "global-reach": ("general", ["global-advocacy"]),
    "neutrality": ("general", ["global-advocacy"]),
    "internal-policies": ("general", ["global-advocacy"]),
    "trust-and-safety-difference": ("general", ["trust-and-safety", "global-advocacy"]),
    "human-rights-role": ("human-rights", ["global-advocacy", "human-rights"]),
    "human-rights-team-difference": ("human-rights", ["human-rights", "global-advocacy"]),
    "western-values": ("human-rights", ["global-advocacy", "human-rights"]),
    "avoiding-false-information": ("disinformation", ["trust-and-safety", "anti-disinformation-lead"]),
    "editorial-independence": ("disinformation", ["anti-disinformation-lead", "global-advocacy"]),
    "report-misinformation": ("disinformation", ["trust-and-safety", "anti-disinformation-lead"]),
    "affiliate-support": ("community", ["global-advocacy"]),
    "contact-lawmakers": ("community", ["global-advocacy"]),
    "review-open-letter": ("community", ["global-advocacy"]),
    "sign-open-letter": ("community", ["global-advocacy"]),
    "chapter-advocacy-independence": ("legal", ["legal"]),
    "contract-contact": ("legal", ["chapter-contracts", "legal"]),
    "legal-help": ("legal", ["legal", "human-rights", "emergency"]),
}
CONTACTS = {
    "global-advocacy": "globaladvocacy@wikimedia.org",
    "legal": "legal@wikimedia.org",
    "chapter-contracts": "croslof@wikimedia.org",
    "trust-and-safety": "ca@wikimedia.org",
    "anti-disinformation-lead": "csciubbacaniglia@wikimedia.org",
    "human-rights": "talktohumanrights@wikimedia.org",
    "emergency": "emergency@wikimedia.org",
}
TOPICS = {
    "disinformation": (["misinformation", "disinfo", "false information"], ["trust-and-safety", "anti-disinformation-lead"]),
    "legal": (["lawyer", "law"], ["legal"]),
    "contracts": (["contract"], ["chapter-contracts", "legal"]),
    "human-rights": (["human rights"], ["human-rights"]),
    "emergency": (["danger", "urgent"], ["emergency"]),
    "advocacy": (["policy", "public policy", "lawmakers", "open letter"], ["global-advocacy"]),
    "affiliates": (["chapters", "user groups", "community"], ["global-advocacy"]),
}

TINY_FAQ = """\
[meta]
title = "Kitchen FAQ"
source = "https://example.org/kitchen-faq"
licence = "CC0"
fallback_contact = "desk"
emergency_contact = "sos"

[categories.baking]
title = "Baking"

[categories.cooking]
title = "Cooking"

[contacts.desk]
name = "Front desk"
email = "desk@example.org"
reason = "Anything the FAQ does not cover."

[contacts.baker]
name = "Head baker"
email = "baker@example.org"
reason = "Bread, starters and ovens."

[contacts.sos]
name = "Emergency line"
email = "sos@example.org"
reason = "Someone is in danger."

[topics.bread]
contacts = ["baker", "desk"]
aliases = ["sourdough", "loaf"]
description = "Bread and starters"

[topics.danger]
contacts = ["sos"]
aliases = ["urgent"]

[[entries]]
id = "starter-care"
category = "baking"
question = "How do I keep a sourdough starter alive?"
answer = "Feed it flour and water every day and keep it somewhere warm."
contacts = ["baker", "desk"]
keywords = ["starter", "sourdough", "feeding"]

[[entries]]
id = "oven-temperature"
category = "baking"
question = "How hot should the oven be for bread?"
answer = "Preheat to 230 degrees Celsius with a tray of water for steam."
contacts = ["baker"]

[[entries]]
id = "pasta-water"
category = "cooking"
question = "How much salt goes into pasta water?"
answer = "About ten grams per litre."
contacts = ["desk"]
variants = ["how salty should pasta water be"]
"""


# --- fixtures and helpers ---------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Layout is checked at one width (conftest clears everything else)."""
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_faq(tmp_path / "kitchen.toml", TINY_FAQ)


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), input=input, env=env, prog_name="advocacy")


def run_json(*args: str, code: int = 0, input: str | None = None):
    result = run(*args, "--json", input=input)
    assert result.exit_code == code, result.output
    return json.loads(result.stdout)


def ask(question: str, *options: str, code: int = 0) -> dict:
    return run_json("ask", question, *options, code=code)


# --- ask ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "entry_id", "first_contact"),
    [
        ("whom should I contact about our chapter's contract?", "contract-contact", "chapter-contracts"),
        ("I found false information in a Wikipedia article, what should I do?", "report-misinformation", "trust-and-safety"),
        ("will the team review our open letter before we send it?", "review-open-letter", "global-advocacy"),
        ("can the Foundation help me find a lawyer?", "legal-help", "legal"),
        ("who is on the Global Advocacy team and where are they based?", "team-members", "global-advocacy"),
    ],
)
def test_ask_clear_question(question: str, entry_id: str, first_contact: str) -> None:
    answer = ask(question)
    assert_answer_shape(answer)
    assert answer["query"] == question
    assert answer["emergency"] is False
    assert answer["matches"][0]["id"] == entry_id
    assert answer["matches"][0]["category"] == ENTRY_IDS[entry_id][0]
    assert answer["contacts"][0]["key"] == first_contact
    assert answer["contacts"][0]["email"] == CONTACTS[first_contact]


def test_ask_human_output_shows_answer_and_addresses() -> None:
    result = run("ask", "whom should I contact about our chapter's contract?")
    assert result.exit_code == 0
    assert "contract-contact" in result.stdout
    assert "croslof@wikimedia.org" in result.stdout and "legal@wikimedia.org" in result.stdout
    assert "\x1b" not in result.stdout, "no colour when stdout is not a terminal"


def test_ask_words_need_no_quotes() -> None:
    answer = run_json("ask", "whom", "should", "I", "contact", "about", "our", "chapter", "contract")
    assert answer["query"] == "whom should I contact about our chapter contract"
    assert answer["matches"][0]["id"] == "contract-contact"


@pytest.mark.parametrize("question", ["how do I bake sourdough bread", "what is the best pizza topping"])
def test_ask_no_match_exits_1_with_fallback_contact(question: str) -> None:
    answer = ask(question, code=1)
    assert_answer_shape(answer)
    assert answer["matches"] == []
    assert answer["emergency"] is False
    assert [c["key"] for c in answer["contacts"]] == ["global-advocacy"]


def test_ask_no_match_human_output_still_says_whom_to_write_to() -> None:
    result = run("ask", "how do I bake sourdough bread")
    assert result.exit_code == 1
    assert "globaladvocacy@wikimedia.org" in result.stdout


@pytest.mark.parametrize(
    "question",
    ["they threatened to kill me because of my edits", "my friend was arrested by the police yesterday"],
)
def test_ask_emergency_puts_the_emergency_contact_first(question: str) -> None:
    answer = ask(question)  # exit 0 even when no entry matches
    assert_answer_shape(answer)
    assert answer["emergency"] is True
    assert answer["contacts"][0]["key"] == "emergency"
    assert answer["contacts"][0]["email"] == "emergency@wikimedia.org"


def test_ask_emergency_banner_comes_first_in_human_output() -> None:
    result = run("ask", "they threatened to kill me because of my edits")
    assert result.exit_code == 0
    first_lines = result.stdout.splitlines()[:3]
    assert "EMERGENCY" in first_lines[0]
    assert "emergency@wikimedia.org" in result.stdout.split("Write to")[0]


def test_ask_limit() -> None:
    question = "open letter"  # two entries are about open letters
    assert 2 <= len(ask(question)["matches"]) <= 3
    assert len(ask(question, "--limit", "2")["matches"]) == 2
    assert len(ask(question, "--limit", "1")["matches"]) == 1
    assert len(ask(question, "-n", "1")["matches"]) == 1
    assert run("ask", question, "--limit", "0").exit_code == 2
    assert run("ask", question, "--limit", "many").exit_code == 2


def test_ask_explain() -> None:
    plain = ask("can the Foundation help me find a lawyer?")
    assert "explain" not in plain
    explained = ask("can the Foundation help me find a lawyer?", "--explain")
    assert_answer_shape(explained, explain=True)
    assert explained["matches"] == plain["matches"]
    why = explained["explain"]
    assert isinstance(why["danger_cues"], list)
    top = why["candidates"][0]
    assert top["id"] == "legal-help"
    assert top["parts"] and {"term", "matched", "field", "points"} <= set(top["parts"][0])

    human = run("ask", "can the Foundation help me find a lawyer?", "--explain")
    assert human.exit_code == 0
    assert "Why 'legal-help'" in human.stdout


def _mailto_parts(uri: str) -> tuple[str, dict[str, list[str]]]:
    assert uri.startswith("mailto:")
    split = urlsplit(uri)
    return unquote(split.path), parse_qs(split.query, keep_blank_values=True, strict_parsing=True)


def test_ask_mailto_is_percent_encoded() -> None:
    result = run("ask", "can the Foundation help me find a lawyer? A&B = 100% sure", "--mailto")
    assert result.exit_code == 0
    uri = result.stdout.rstrip("\n")
    assert "\n" not in uri and " " not in uri
    address, fields = _mailto_parts(uri)
    assert address == "legal@wikimedia.org"
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == ["can the Foundation help me find a lawyer? A&B = 100% sure"]
    assert "A&B = 100% sure" in fields["body"][0]


def test_ask_mailto_cannot_inject_headers() -> None:
    question = "can the Foundation help me find a lawyer?\r\nBcc: x@y\r\n&cc=evil@example.org"
    result = run("ask", question, "--mailto")
    assert result.exit_code == 0
    uri = result.stdout.rstrip("\n")
    assert "\r" not in uri and "\n" not in uri, "no raw line break in the URI"
    assert uri.count("?") == 1
    address, fields = _mailto_parts(uri)
    assert address == "legal@wikimedia.org"
    assert set(fields) == {"subject", "body"}, "the question must not add a header of its own"
    assert "\r" not in fields["subject"][0] and "\n" not in fields["subject"][0]
    assert "Bcc: x@y" in fields["body"][0]  # quoted as text in the body, where it is harmless


def test_ask_empty_question_is_a_usage_error() -> None:
    result = run("ask", "   ")
    assert result.exit_code == 2
    assert "empty" in result.stderr


def test_ask_without_question_and_without_terminal_is_a_usage_error() -> None:
    result = run("ask", input="")
    assert result.exit_code == 2
    assert "missing question" in result.stderr
    assert result.stdout == ""


def test_ask_batch_json_lines_in_input_order() -> None:
    questions = [
        "whom should I contact about our chapter's contract?",
        "how do I bake sourdough bread",
        "can the Foundation help me find a lawyer?",
        "they threatened to kill me because of my edits",
    ]
    stdin = "\n".join([questions[0], "", questions[1], "   ", questions[2] + "\r", questions[3]]) + "\n\n"
    result = run("ask", "-", "--json", input=stdin)
    assert result.exit_code == 0, "batch exits 0 even when a line finds nothing"
    lines = result.stdout.splitlines()
    assert len(lines) == len(questions), "blank lines are skipped"
    answers = [json.loads(line) for line in lines]
    for answer in answers:
        assert_answer_shape(answer)
    assert [a["query"] for a in answers] == questions
    assert answers[0]["matches"][0]["id"] == "contract-contact"
    assert answers[1]["matches"] == []
    assert answers[3]["emergency"] is True


def test_ask_batch_text_is_one_line_per_question() -> None:
    result = run("ask", "-", input="can the Foundation help me find a lawyer?\nhow do I bake sourdough bread\n")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[0] == "legal-help"
    assert lines[1].split("\t")[0] == "-"


def test_ask_batch_survives_undecodable_bytes() -> None:
    result = run("ask", "-", "--json", input=b"lawyer \xff\xfe help\n")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def test_ask_batch_handles_many_lines() -> None:
    stdin = "can the Foundation help me find a lawyer?\nhow do I bake sourdough bread\n" * 500
    result = run("ask", "-", "--json", input=stdin)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1000


def test_ask_batch_answers_a_repeated_line_as_the_first_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line asked again gets the same answer, and the matcher is not asked twice for it; a line that
    differs (here only by its case) is answered on its own."""
    from advocacy_cli.matching import Matcher

    asked: list[str] = []
    answer = Matcher.answer

    def counting(self: Matcher, question: str, *args: object, **kwargs: object) -> object:
        asked.append(question)
        return answer(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Matcher, "answer", counting)
    lines = ["can the Foundation help me find a lawyer?", "they threatened to kill me", "can the Foundation help me find a lawyer?", "CAN the Foundation help me find a lawyer?", "they threatened to kill me"]
    for options in (["--json"], [], ["--json", "--explain"]):
        asked.clear()
        result = run("ask", "-", *options, input="\n".join(lines) + "\n")
        assert result.exit_code == 0
        out = result.stdout.splitlines()
        assert len(out) == 5 and out[0] == out[2] and out[1] == out[4] and out[3] != out[0]
        assert asked == [lines[0], lines[1], lines[3]]
        if options:
            assert json.loads(out[1])["emergency"] is True


# --- contact ------------------------------------------------------------------------------------
@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_contact_every_topic_of_the_contract(topic: str) -> None:
    found = run_json("contact", "--topic", topic)
    assert set(found) == {"topic", "contacts"}
    assert found["topic"] == topic
    assert [c["key"] for c in found["contacts"]] == TOPICS[topic][1]
    for contact in found["contacts"]:
        assert_contact_shape(contact)
        assert contact["email"] == CONTACTS[contact["key"]]


@pytest.mark.parametrize(
    ("typed", "topic"),
    [
        ("LEGAL", "legal"),
        ("Human Rights", "human-rights"),
        ("human rights", "human-rights"),
        ("human_rights", "human-rights"),
        ("disinfo", "disinformation"),
        ("misinformation", "disinformation"),
        ("false information", "disinformation"),
        ("disinformaton", "disinformation"),
        ("lawyer", "legal"),
        ("contract", "contracts"),
        ("danger", "emergency"),
        ("Open Letter", "advocacy"),
        ("user-groups", "affiliates"),
    ],
)
def test_contact_topic_is_forgiving(typed: str, topic: str) -> None:
    assert run_json("contact", "--topic", typed)["topic"] == topic


def test_contact_topic_as_argument_and_short_option() -> None:
    assert run_json("contact", "legal")["topic"] == "legal"
    assert run_json("contact", "-t", "contracts")["topic"] == "contracts"


def test_contact_unknown_topic_exits_2_naming_closest_topics() -> None:
    result = run("contact", "--topic", "gardening")
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert "\n" not in message, "a one-line error"
    assert "gardening" in message
    assert any(topic in message for topic in TOPICS)
    assert result.stdout == ""


def test_contact_missing_topic_exits_2() -> None:
    assert run("contact").exit_code == 2


def test_contact_human_output() -> None:
    result = run("contact", "--topic", "disinformation")
    assert result.exit_code == 0
    assert "ca@wikimedia.org" in result.stdout
    assert "csciubbacaniglia@wikimedia.org" in result.stdout
    assert result.stdout.index("ca@wikimedia.org") < result.stdout.index("csciubbacaniglia@wikimedia.org")


def test_contact_mailto() -> None:
    result = run("contact", "--topic", "contracts", "--mailto")
    assert result.exit_code == 0
    address, fields = _mailto_parts(result.stdout.strip())
    assert address == "croslof@wikimedia.org"
    assert "contracts" in fields["subject"][0]


# --- list, show -----------------------------------------------------------------------------------
def test_list_json_has_every_entry_of_the_contract() -> None:
    entries = run_json("list")
    assert isinstance(entries, list)
    for entry in entries:
        assert {"id", "category", "question"} <= set(entry)
        assert all(isinstance(entry[k], str) for k in ("id", "category", "question"))
    assert {e["id"]: e["category"] for e in entries} == {i: c for i, (c, _) in ENTRY_IDS.items()}


def test_list_human_output() -> None:
    result = run("list")
    assert result.exit_code == 0
    for entry_id in ENTRY_IDS:
        assert entry_id in result.stdout


@pytest.mark.parametrize("typed", ["legal", "Legal", " legal "])
def test_list_category(typed: str) -> None:
    entries = run_json("list", "--category", typed)
    assert [e["id"] for e in entries] == ["chapter-advocacy-independence", "contract-contact", "legal-help"]


def test_list_human_rights_category_forgives_the_space() -> None:
    assert {e["category"] for e in run_json("list", "-c", "Human Rights")} == {"human-rights"}


def test_list_unknown_category_exits_2() -> None:
    result = run("list", "--category", "cooking")
    assert result.exit_code == 2
    assert "cooking" in result.stderr and "legal" in result.stderr


@pytest.mark.parametrize("entry_id", sorted(ENTRY_IDS))
def test_show_json(entry_id: str) -> None:
    entry = run_json("show", entry_id)
    assert {"id", "category", "question", "answer", "contacts"} <= set(entry)
    assert entry["id"] == entry_id
    assert entry["category"] == ENTRY_IDS[entry_id][0]
    assert entry["question"].strip() and entry["answer"].strip()
    assert [c["key"] for c in entry["contacts"]] == ENTRY_IDS[entry_id][1]
    for contact in entry["contacts"]:
        assert_contact_shape(contact)


def test_show_human_output() -> None:
    result = run("show", "legal-help")
    assert result.exit_code == 0
    assert "lawyer" in result.stdout
    for key in ENTRY_IDS["legal-help"][1]:
        assert CONTACTS[key] in result.stdout


def test_show_forgives_case() -> None:
    assert run_json("show", "LEGAL-HELP")["id"] == "legal-help"


def test_show_unknown_id_exits_2_with_did_you_mean() -> None:
    result = run("show", "legl-help")
    assert result.exit_code == 2
    assert "did you mean" in result.stderr
    assert "legal-help" in result.stderr
    assert result.stdout == ""


def test_show_without_id_exits_2() -> None:
    assert run("show").exit_code == 2


# --- topics, contacts -------------------------------------------------------------------------------
def test_topics_json() -> None:
    topics = run_json("topics")
    assert isinstance(topics, list)
    by_key = {}
    for topic in topics:
        assert {"topic", "aliases", "contacts"} <= set(topic)
        assert isinstance(topic["topic"], str)
        assert all(isinstance(a, str) for a in topic["aliases"])
        assert all(isinstance(k, str) for k in topic["contacts"])
        by_key[topic["topic"]] = topic
    for key, (aliases, contacts) in TOPICS.items():
        assert by_key[key]["contacts"] == contacts
        assert set(aliases) <= {a.casefold() for a in by_key[key]["aliases"]}


def test_topics_human_output() -> None:
    result = run("topics")
    assert result.exit_code == 0
    for key in TOPICS:
        assert key in result.stdout


def test_contacts_json_matches_the_contract() -> None:
    contacts = run_json("contacts")
    assert isinstance(contacts, list)
    for contact in contacts:
        assert {"key", "name", "email"} <= set(contact)
    assert {c["key"]: c["email"] for c in contacts} == CONTACTS


def test_contacts_human_output() -> None:
    result = run("contacts")
    assert result.exit_code == 0
    for email in CONTACTS.values():
        # a narrow column may fold a long address; the address is whole once spaces and breaks go
        assert email in re.sub(r"\s+", "", result.stdout) or email in result.stdout


# --- validate -------------------------------------------------------------------------------------
def test_validate_bundled_data() -> None:
    result = run("validate")
    assert result.exit_code == 0
    assert "OK" in result.stdout and f"{BUNDLED_ENTRIES} entries" in result.stdout
    report = run_json("validate")
    assert report["valid"] is True and report["problems"] == []
    assert report["entries"] == BUNDLED_ENTRIES and report["contacts"] == BUNDLED_CONTACTS


def test_validate_a_given_file(tiny: Path) -> None:
    report = run_json("validate", str(tiny))
    assert report["valid"] is True
    assert report["entries"] == 3
    assert report["file"] == str(tiny)


def test_validate_invalid_file_exits_3_naming_file_line_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    write_faq(broken, TINY_FAQ.replace('email = "baker@example.org"', 'email = "not an address"'))
    line = TINY_FAQ.splitlines().index('email = "baker@example.org"') + 1
    result = run("validate", str(broken))
    assert result.exit_code == 3
    assert f"{broken}:{line}: contacts.baker.email:" in result.stderr
    report = run_json("validate", str(broken), code=3)
    assert report["valid"] is False
    assert any("contacts.baker.email" in p for p in report["problems"])


def test_validate_missing_file_exits_3(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nowhere.toml"))
    assert result.exit_code == 3
    assert "nowhere.toml" in result.stderr


# --- export (the formats themselves are tested elsewhere) ----------------------------------------------
def test_export_json_to_stdout() -> None:
    result = run("export", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "toml", "markdown", "html"])
def test_export_every_format(fmt: str) -> None:
    result = run("export", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "legal-help" in result.stdout


def test_export_toml_loads_back(tmp_path: Path) -> None:
    target = tmp_path / "copy.toml"
    assert run("export", "--format", "toml", "--output", str(target)).exit_code == 0
    assert run_json("--data", str(target), "list") == run_json("list")
    assert run_json("--data", str(target), "show", "legal-help") == run_json("show", "legal-help")


def test_export_filters_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "legal.jsonl"
    assert run("export", "-f", "jsonl", "-c", "legal", "-o", str(target)).exit_code == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3
    again = run("export", "-f", "jsonl", "--id", "legal-help", "-o", str(target))
    assert again.exit_code == 2 and "--force" in again.stderr
    assert run("export", "-f", "jsonl", "--id", "legal-help", "-o", str(target), "--force").exit_code == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1


def test_export_usage_errors() -> None:
    assert run("export", "--format", "pdf").exit_code == 2
    assert run("export", "--id", "no-such-entry").exit_code == 2
    assert run("export", "--category", "cooking").exit_code == 2


# --- eval ------------------------------------------------------------------------------------------
FIGURES = {"top1", "top3", "mrr", "offtopic_rejected", "false_rejections", "contact_at_1", "emergency_recall", "seen_recall", "false_alarms", "possible_rate", "topic_accuracy"}


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    lines = [
        {"kind": "ask", "query": "whom should I contact about our chapter's contract?", "expect_id": "contract-contact", "expect_contact": "chapter-contracts", "style": "paraphrase"},
        {"kind": "ask", "query": "can the Foundation help me find a lawyer?", "expect_id": "legal-help", "expect_contact": "legal"},
        {"kind": "ask", "query": "how do I bake sourdough bread", "style": "offtopic"},
        {"kind": "ask", "query": "they threatened to kill me because of my edits", "style": "emergency", "expect_contact": "emergency"},
        {"kind": "ask", "query": "this law is a threat to free knowledge", "style": "not-emergency"},
        {"kind": "topic", "query": "Human Rights", "expect_topic": "human-rights", "expect_contacts": ["human-rights"]},
        {"kind": "topic", "query": "gardening", "expect_topic": None},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("# a comment line\n" + "\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    return path


def test_eval_json_figures(cases: Path) -> None:
    report = run_json("eval", str(cases))
    assert report["cases"] == 7
    assert set(report["figures"]) == FIGURES
    figures = report["figures"]
    assert figures["top1"] == 100.0 and figures["top3"] == 100.0 and figures["mrr"] == 1.0
    assert figures["offtopic_rejected"] == 100.0
    assert figures["emergency_recall"] == 100.0
    assert figures["false_alarms"] == 0.0
    assert figures["contact_at_1"] == 100.0
    assert figures["topic_accuracy"] == 100.0
    assert report["counts"]["top1"] == 2 and report["counts"]["emergency_recall"] == 1
    assert report["misses"] == [] and report["failed"] == []


def test_eval_human_output(cases: Path) -> None:
    result = run("eval", str(cases))
    assert result.exit_code == 0
    assert "7 cases" in result.stdout and "top-1" in result.stdout


def test_eval_bar_not_met_exits_1(cases: Path, tmp_path: Path) -> None:
    missed = tmp_path / "missed.jsonl"
    missed.write_text(json.dumps({"query": "can the Foundation help me find a lawyer?", "expect_id": "team-names"}) + "\n", encoding="utf-8")
    result = run("eval", str(missed), "--min-top1", "50")
    assert result.exit_code == 1
    assert "top1" in result.stderr
    report = run_json("eval", str(missed), "--min-top1", "50", code=1)
    assert report["failed"]
    assert run("eval", str(cases), "--min-top1", "50", "--max-false-alarms", "0").exit_code == 0


def test_eval_miss_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "miss.jsonl"
    path.write_text(json.dumps({"query": "can the Foundation help me find a lawyer?", "expect_id": "team-names"}) + "\n", encoding="utf-8")
    report = run_json("eval", str(path))  # no bar: figures are reported, exit 0
    assert report["figures"]["top1"] == 0.0
    assert report["misses"][0]["line"] == 1


@pytest.mark.parametrize(
    "content",
    ["this is not json\n", '{"kind": "ask"}\n', '["a list"]\n', '{"kind": "dance", "query": "x"}\n', "\n# only a comment\n"],
)
def test_eval_bad_cases_file_exits_2(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = run("eval", str(path))
    assert result.exit_code == 2
    assert "bad.jsonl" in result.stderr


def test_eval_missing_cases_file_exits_2(tmp_path: Path) -> None:
    assert run("eval", str(tmp_path / "none.jsonl")).exit_code == 2


# --- the app as a whole -------------------------------------------------------------------------------
def test_version() -> None:
    for option in ("--version", "-V"):
        result = run(option)
        assert result.exit_code == 0
        assert result.stdout == f"advocacy {__version__}\n"


def test_no_command_prints_short_help_with_three_examples() -> None:
    result = run()
    assert result.exit_code == 0
    examples = [line for line in result.stdout.splitlines() if line.startswith("  advocacy ")]
    assert len(examples) == 3
    assert "Usage:" in result.stdout
    assert len(result.stdout.splitlines()) < 20, "short"


def test_help_lists_every_command_and_the_source() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("ask", "contact", "list", "show", "topics", "contacts", "export", "validate", "eval"):
        assert re.search(rf"^\s+{command}\b", result.stdout, re.MULTILINE), command
    assert "https://meta.wikimedia.org/wiki/Global_Advocacy/FAQ" in result.stdout
    assert "CC BY-SA 4.0" in result.stdout


@pytest.mark.parametrize(("typo", "command"), [("lsit", "list"), ("contcat", "contact"), ("topic", "topics"), ("shwo", "show")])
def test_typo_in_command_suggests_the_right_one(typo: str, command: str) -> None:
    result = run(typo)
    assert result.exit_code == 2
    assert f"Did you mean '{command}'" in result.stderr


def test_bad_option_exits_2() -> None:
    result = run("list", "--colour")
    assert result.exit_code == 2
    assert "--colour" in result.stderr


# --- another data file ---------------------------------------------------------------------------
def test_data_option_before_and_after_the_command(tiny: Path) -> None:
    for args in (("--data", str(tiny), "list"), ("list", "--data", str(tiny))):
        assert [e["id"] for e in run_json(*args)] == ["starter-care", "oven-temperature", "pasta-water"]


def test_environment_variable_selects_the_data_file(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVOCACY_CLI_DATA", str(tiny))
    assert run_json("contact", "loaf")["topic"] == "bread"
    assert {c["key"] for c in run_json("contacts")} == {"desk", "baker", "sos"}


def test_data_option_wins_over_the_environment(tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVOCACY_CLI_DATA", str(tmp_path / "missing.toml"))
    assert len(run_json("--data", str(tiny), "list")) == 3


def test_other_data_answers_with_its_own_contacts(tiny: Path) -> None:
    found = run_json("--data", str(tiny), "ask", "keep my sourdough starter alive")
    assert found["matches"][0]["id"] == "starter-care"
    assert [c["key"] for c in found["contacts"]] == ["baker", "desk"]
    nothing = run_json("--data", str(tiny), "ask", "who won the football world cup", code=1)
    assert [c["key"] for c in nothing["contacts"]] == ["desk"], "the file's own fallback contact"
    danger = run_json("--data", str(tiny), "ask", "they threatened to kill me")
    assert danger["emergency"] is True and danger["contacts"][0]["key"] == "sos"


@pytest.mark.parametrize("command", [("list",), ("ask", "anything at all"), ("contact", "legal"), ("show", "legal-help"), ("topics",), ("contacts",), ("export",)])
def test_missing_data_file_exits_3_for_every_command(tmp_path: Path, command: tuple[str, ...]) -> None:
    missing = tmp_path / "missing.toml"
    result = run("--data", str(missing), *command)
    assert result.exit_code == 3
    assert "missing.toml" in result.stderr
    assert "Traceback" not in result.output


def test_invalid_data_file_exits_3_naming_line_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    write_faq(broken, TINY_FAQ.replace('category = "cooking"', 'category = "cookery"'))
    line = TINY_FAQ.splitlines().index('category = "cooking"') + 1
    result = run("--data", str(broken), "ask", "pasta water salt")
    assert result.exit_code == 3
    assert f"{broken}:{line}: entries[2].category: unknown category 'cookery'" in result.stderr


def test_toml_syntax_error_exits_3(tmp_path: Path) -> None:
    broken = tmp_path / "syntax.toml"
    broken.write_text(textwrap.dedent("""\
        [meta]
        title = "unterminated
        """), encoding="utf-8")
    result = run("--data", str(broken), "list")
    assert result.exit_code == 3
    assert f"{broken}:2:" in result.stderr

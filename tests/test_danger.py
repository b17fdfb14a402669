"""Reading a message for a person at risk (advocacy_cli.danger), measured on the project's own corpus."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

import pytest

from advocacy_cli.danger import MAX_SCAN_CHARS, Danger, assess, looks_non_english

CASES = Path(__file__).parent / "cases"
TUNE = CASES / "danger-tune.jsonl"
HOLDOUT = CASES / "danger-holdout.jsonl"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _families(path: Path) -> dict[tuple[str, str], list[str]]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for case in _read(path):
        groups[(case["style"], case["family"])].append(case["query"])
    return dict(groups)


def _family_params() -> list:
    # Families of the tuning file one by one; the holdout file is only measured as a whole
    # (test_holdout_meets_the_targets), so that its failures do not steer the tuning.
    return [pytest.param(style, queries, id=f"{style}-{family}") for (style, family), queries in sorted(_families(TUNE).items())]


@pytest.mark.parametrize(("style", "queries"), _family_params())
def test_every_family(style, queries):
    """Every kind of danger is seen and mostly read as an emergency; no kind of harmless message alarms."""
    levels = [assess(query).level for query in queries]
    if style == "emergency":
        unseen = [q for q, level in zip(queries, levels) if level is None]
        assert unseen == []
        assert levels.count("emergency") / len(levels) >= 0.75
    else:
        alarms = [q for q, level in zip(queries, levels) if level == "emergency"]
        assert len(alarms) <= max(1, len(levels) // 10), alarms
        # Families are small; the real bound on "possible" (10 %) is checked on whole files below.
        assert levels.count("possible") / len(levels) <= 0.5


def _figures(path: Path) -> dict[str, float]:
    """Strict, seen, false alarms and "possible" on a file, read as `ask` reads (all three readers)."""
    from advocacy_cli.session import Session

    matcher = Session(None).matcher()
    danger = [matcher.answer(c["query"], explain=False).danger for c in _read(path) if c["style"] == "emergency"]
    harmless = [matcher.answer(c["query"], explain=False).danger for c in _read(path) if c["style"] == "not-emergency"]
    return {
        "strict": danger.count("emergency") / len(danger),
        "seen": sum(level is not None for level in danger) / len(danger),
        "false alarms": harmless.count("emergency") / len(harmless),
        "possible": harmless.count("possible") / len(harmless),
    }


def test_corpus_is_large_and_split():
    tune, holdout = _read(TUNE), _read(HOLDOUT)
    cases = tune + holdout
    assert sum(c["style"] == "emergency" for c in cases) >= 320
    assert sum(c["style"] == "not-emergency" for c in cases) >= 320
    # Split 70/30 once; cases written later (for gaps found on the development set, and the blind
    # batches measured before they taught anything) went to tuning only, so the share shrinks.
    assert len(holdout) >= 190 and len(holdout) / len(cases) >= 0.1
    assert {c["family"] for c in holdout if c["style"] == "emergency"} >= {"detention", "self-harm", "non-english", "veiled-threat"}
    assert not {c["query"] for c in tune} & {c["query"] for c in holdout}


def test_tuning_file_meets_the_targets():
    figures = _figures(TUNE)
    assert figures["strict"] >= 0.95 and figures["seen"] == 1.0, figures
    assert figures["false alarms"] <= 0.02 and figures["possible"] <= 0.10, figures


def test_holdout_meets_the_targets():
    """Measured: strict 99.0 %, seen 100 %, false alarms 1.0 % (1 of 96), possible 2.1 %."""
    figures = _figures(HOLDOUT)
    assert figures["strict"] >= 0.9, figures
    assert figures["seen"] == 1.0, figures
    assert figures["false alarms"] <= 0.02, figures
    assert figures["possible"] <= 0.10, figures


def test_holdout_stays_at_its_measured_level():
    """No change may read the held-out messages worse than the figures reported for this version."""
    figures = _figures(HOLDOUT)
    assert figures["strict"] >= 0.98 and figures["seen"] == 1.0, figures
    # "possible" 6.25 % (6 of 96) since words that read as danger from 0.45 (not 0.5) keep the address in view
    assert figures["false alarms"] <= 0.015 and figures["possible"] <= 0.063, figures


@pytest.mark.parametrize(
    ("name", "measured"),
    [
        # first measured on the code of their commits: strict, seen, false alarms, possible
        ("danger-blind12.jsonl", (0.973, 1.0, 0.016, 0.074)),
        ("danger-blind26.jsonl", (0.991, 1.0, 0.0, 0.053)),
        ("danger-blind29.jsonl", (0.964, 0.991, 0.0211, 0.074)),
        ("danger-blind35.jsonl", (0.964, 0.991, 0.0211, 0.0842)),
        ("danger-blind39.jsonl", (0.982, 0.991, 0.0053, 0.0211)),
        ("danger-blind40.jsonl", (0.991, 1.0, 0.0105, 0.0737)),
        ("danger-blind43.jsonl", (0.973, 1.0, 0.0211, 0.0842)),
        ("danger-blind45.jsonl", (0.973, 0.991, 0.0, 0.0632)),
        ("danger-blind48.jsonl", (0.973, 1.0, 0.0264, 0.0316)),
        ("danger-blind51.jsonl", (0.964, 1.0, 0.0158, 0.0421)),
        ("danger-blind54.jsonl", (0.927, 0.991, 0.0105, 0.0632)),
        ("danger-blind57.jsonl", (0.991, 1.0, 0.0105, 0.0421)),
        ("danger-blind60.jsonl", (0.973, 1.0, 0.0053, 0.0842)),
        ("danger-blind63.jsonl", (0.982, 1.0, 0.0158, 0.0579)),
        ("danger-blind66.jsonl", (0.982, 0.991, 0.0053, 0.0737)),
        ("danger-blind69.jsonl", (0.973, 0.982, 0.0053, 0.0526)),
        ("danger-blind73.jsonl", (0.964, 1.0, 0.0, 0.0421)),
        ("danger-blind76.jsonl", (0.955, 1.0, 0.0053, 0.0842)),
        ("danger-blind80.jsonl", (0.945, 0.982, 0.0105, 0.0737)),
        ("danger-blind84.jsonl", (0.973, 1.0, 0.0158, 0.0737)),
        # in other languages: 81.8 / 89.1 / 3.7 / 7.4 on arrival; 91.8 / 95.5 / 3.7 / 9.5 after the lists of romanised and
        # colloquial forms; since a story in another language that asks nothing is "possible": seen 99.1, possible 13.2 (12.6 since the word model also learned from blind204 and 206)
        ("danger-blind88.jsonl", (0.918, 0.990, 0.0369, 0.1316)),
        # in other languages too: 86.4 / 95.5 / 1.1 / 16.3 on arrival, above the 10 % bound on "possible", which holds for English
        ("danger-blind91.jsonl", (0.918, 0.982, 0.0105, 0.1685)),
        ("danger-blind94.jsonl", (0.991, 1.0, 0.0105, 0.0684)),
        ("danger-blind97.jsonl", (0.973, 1.0, 0.0158, 0.0684)),
        # 97.3 / 98.2 / 1.1 / 2.6 on arrival
        ("danger-blind100.jsonl", (0.973, 0.982, 0.0053, 0.0316)),
        # young people and families: the same on arrival
        ("danger-blind104.jsonl", (0.982, 0.991, 0.0211, 0.0632)),
        # groups at risk together: the same on arrival
        # (one false alarm read as "possible" since: a few words about a group, nothing happening now)
        ("danger-blind108.jsonl", (0.955, 0.973, 0.0053, 0.1106)),
        # as varied as possible: the same on arrival
        ("danger-blind111.jsonl", (0.964, 1.0, 0.0053, 0.0368)),
        # second-hand and uncertain reports: the same on arrival
        ("danger-blind117.jsonl", (0.991, 1.0, 0.0105, 0.0526)),
        # as varied as possible: the same on arrival
        ("danger-blind119.jsonl", (0.964, 1.0, 0.0053, 0.0947)),
        # as varied as possible, the round after: the same on arrival, 94.5 / 100 / 0 / 5.3 since the word model also learned
        # from blind238 to 243
        ("danger-blind120.jsonl", (0.945, 0.991, 0.0, 0.0789)),
        # as varied as possible, surprising on both sides: the same on arrival
        ("danger-blind124.jsonl", (0.973, 0.991, 0.0053, 0.0263)),
        # plain words in danger, harmless messages as close as they come: the same on arrival (false alarms 2.1 % since the
        # word model also learned from blind233, 235 and 236)
        ("danger-blind129.jsonl", (0.973, 0.991, 0.0211, 0.0684)),
        # as varied as possible, surprising on both sides: the same on arrival
        ("danger-blind133.jsonl", (0.973, 0.991, 0.0105, 0.0474)),
        # as varied as possible: the same on arrival
        ("danger-blind134.jsonl", (0.964, 1.0, 0.0158, 0.10)),
        # upset about harmless things, flat about danger: the same on arrival
        ("danger-blind137.jsonl", (0.964, 1.0, 0.0053, 0.0684)),
        # as varied as possible, surprising on both sides: the same on arrival
        ("danger-blind138.jsonl", (0.964, 0.991, 0.0, 0.0368)),
        # as varied as possible: the same on arrival
        ("danger-blind142.jsonl", (0.945, 1.0, 0.0053, 0.0368)),
        # very short, typed in a hurry: 84.5 / 94.5 / 2.1 / 8.4 on arrival
        ("danger-blind145.jsonl", (0.855, 0.955, 0.0158, 0.0842)),
        # short, non-native, typed fast: 90.9 / 99.1 / 5.3 / 14.2 on arrival
        ("danger-blind149.jsonl", (0.909, 0.991, 0.0369, 0.1474)),
        # as varied as possible, danger played down: 94.5 / 97.3 / 1.6 / 17.9 on arrival
        ("danger-blind152.jsonl", (0.945, 0.972, 0.0158, 0.1474)),
        # terse and indirect, many countries: 90.9 / 99.1 / 3.2 / 9.0 on arrival
        # (possible 10.5 % since the word model keeps the address in view from 0.6 instead of 0.65; 11.6 % since it
        # learns from every teaching file and keeps the address in view from 0.5: 91.8 / 99.1 / 2.6 / 11.6)
        ("danger-blind154.jsonl", (0.909, 0.991, 0.0316, 0.1158)),
        # as varied as possible, danger shown through details: 95.5 / 100 / 2.6 / 10.5 on arrival
        ("danger-blind158.jsonl", (0.955, 1.0, 0.0264, 0.1053)),
        # as varied as possible, many ordinary questions about this team's work: 91.8 / 95.5 / 3.2 / 7.9 on arrival
        ("danger-blind160.jsonl", (0.918, 0.973, 0.0316, 0.0842)),
        # understatement and calm: 95.5 / 99.1 / 3.2 / 6.3 on arrival
        ("danger-blind163.jsonl", (0.955, 0.991, 0.0264, 0.0579)),
        # as varied as possible, the danger described: 91.8 / 96.4 / 2.6 / 11.1 on arrival
        ("danger-blind165.jsonl", (0.918, 0.964, 0.0264, 0.1106)),
        # short and medium, from many regions, local terms: 94.5 / 100 / 5.3 / 8.4 on arrival
        ("danger-blind168.jsonl", (0.945, 1.0, 0.0474, 0.0842)),
        # as varied as possible, the danger described: 92.7 / 95.5 / 3.7 / 10.5 on arrival
        ("danger-blind170.jsonl", (0.927, 0.954, 0.0369, 0.1053)),
        # written the way people text friends: 94.5 / 98.2 / 1.6 / 7.4 on arrival
        ("danger-blind173.jsonl", (0.945, 0.981, 0.0158, 0.0737)),
        # as varied as possible, the danger described: 97.3 / 100 / 2.1 / 9.5 on arrival
        ("danger-blind176.jsonl", (0.973, 1.0, 0.0211, 0.0947)),
        # as varied as possible, the danger described: 96.4 / 99.1 / 1.6 / 8.4 on arrival
        ("danger-blind179.jsonl", (0.963, 0.991, 0.0158, 0.0842)),
        # as varied as possible, the danger described: 92.7 / 98.2 / 1.6 / 6.3 on arrival
        ("danger-blind181.jsonl", (0.927, 0.982, 0.0158, 0.0632)),
        # as varied as possible, the danger described: 96.4 / 97.3 / 1.6 / 7.4 on arrival
        ("danger-blind184.jsonl", (0.964, 0.973, 0.0158, 0.0737)),
        # as varied as possible, the danger described: 91.8 / 99.1 / 2.1 / 9.5 on arrival
        # (92.7 / 100 / 1.1 / 10.5 since the word model learns from every teaching file)
        ("danger-blind187.jsonl", (0.918, 0.991, 0.0211, 0.1053)),
        # as varied as possible, the danger described: 93.6 / 99.1 / 2.1 / 4.2 on arrival
        ("danger-blind190.jsonl", (0.936, 0.991, 0.0211, 0.0421)),
        # as varied as possible: 91.8 / 100 / 0.5 / 4.7 on arrival, 93.6 / 100 / 0.5 / 4.7 since
        ("danger-blind193.jsonl", (0.936, 1.0, 0.0053, 0.0474)),
        # as varied as possible: 94.5 / 98.2 / 1.1 / 8.9 on arrival, 96.4 / 100 / 1.1 / 7.4 since
        ("danger-blind196.jsonl", (0.964, 1.0, 0.0105, 0.0737)),
        # as varied as possible: 91.8 / 98.2 / 1.1 / 7.4 on arrival, 92.7 / 99.1 / 1.1 / 7.4 since
        ("danger-blind199.jsonl", (0.927, 0.991, 0.0105, 0.0737)),
        # as varied as possible: 97.3 / 100 / 1.1 / 5.8 on arrival, the same since
        ("danger-blind202.jsonl", (0.973, 1.0, 0.0105, 0.0579)),
        # long, polite messages with the danger in the middle: 98.2 / 100 / 4.2 / 7.4 on arrival, 98.2 / 100 / 3.7 / 7.9 since
        # (false alarms 4.2 % again since the word model also learned from blind211, 212 and 215)
        ("danger-blind205.jsonl", (0.981, 1.0, 0.0422, 0.0790)),
        # a few specific people at risk, online pressure turning offline: 91.8 / 98.2 / 2.6 / 9.0 on arrival, 91.8 / 98.2 / 2.6 / 8.4 since
        ("danger-blind207.jsonl", (0.918, 0.981, 0.0264, 0.0895)),
        # as varied as possible: 93.6 / 98.2 / 0 / 7.9 on arrival
        ("danger-blind208.jsonl", (0.936, 0.981, 0.0, 0.0790)),
        # harmless messages that share most words with a danger: 97.3 / 100 / 2.6 / 6.3 on arrival
        ("danger-blind209.jsonl", (0.972, 1.0, 0.0264, 0.0632)),
        # as varied as possible, the danger described: 91.8 / 97.3 / 0.5 / 6.3 on arrival
        ("danger-blind210.jsonl", (0.918, 0.972, 0.0053, 0.0632)),
        # formal reports, minutes and letters: 95.5 / 98.2 / 4.2 / 11.6 on arrival, 95.5 / 98.2 / 4.2 / 11.1 since
        ("danger-blind213.jsonl", (0.954, 0.981, 0.0422, 0.1158)),
        # as varied as possible, all in English: 90.0 / 95.5 / 1.6 / 3.2 on arrival, 90.9 / 95.5 / 1.6 / 3.2 since
        ("danger-blind214.jsonl", (0.909, 0.954, 0.0158, 0.0316)),
        # written on behalf of someone who cannot write: 98.2 / 100 / 4.2 / 13.7 on arrival, false alarms 4.7 % since the
        # word model also learned from blind238 to 243, 4.2 / 14.2 since it also learned from blind244 and 245 and a letter to
        # another desk is "possible" at most, 4.2 / 14.7 since it also learned from blind249 to 252, 5.3 / 13.2 since it
        # also learned from blind255 to 258
        ("danger-blind216.jsonl", (0.981, 1.0, 0.0527, 0.1474)),
        # as varied as possible, all in English: 95.5 / 100 / 3.2 / 6.3 on arrival
        ("danger-blind217.jsonl", (0.954, 1.0, 0.0369, 0.0632)),
        # English as a second language, the writer's own grammar and courtesy carried into it: 91.8 / 99.1 / 2.6 / 13.2
        # on arrival, 91.8 / 99.1 / 2.1 / 13.7 since the word model also learned from blind219 and 220
        ("danger-blind218.jsonl", (0.918, 0.991, 0.0264, 0.1369)),
        # as varied as possible, all in English, the danger shown through small details: 92.7 / 99.1 / 2.6 / 4.7 on arrival
        ("danger-blind221.jsonl", (0.927, 0.991, 0.0264, 0.0474)),
        # second-hand reports of what happened to someone in the writer's community: 99.1 / 100 / 1.6 / 7.4 on arrival,
        # 100 / 100 / 2.1 / 6.8 since the word model also learned from blind249 to 252
        ("danger-blind222.jsonl", (0.991, 1.0, 0.0211, 0.0737)),
        # as varied as possible, all in English: 95.5 / 100 / 2.1 / 7.4 on arrival, 95.5 / 100 / 2.1 / 7.9 since the word
        # model also learned from blind226 and 227, 95.5 / 100 / 1.6 / 7.9 since it also learned from blind230 and 231
        ("danger-blind225.jsonl", (0.954, 1.0, 0.0211, 0.0790)),
        # English with words, greetings and phrases of another language mixed in: 95.5 / 100 / 1.1 / 5.8 on arrival,
        # 96.4 / 100 / 1.1 / 5.3 since
        ("danger-blind228.jsonl", (0.954, 1.0, 0.0105, 0.0579)),
        # as varied as possible, all in English, the danger described: 95.5 / 99.1 / 0.5 / 6.3 on arrival
        ("danger-blind229.jsonl", (0.954, 0.991, 0.0053, 0.0632)),
        # smaller-language communities writing English with their own words for police, courts and chiefs: 98.2 / 100 /
        # 2.1 / 7.9 on arrival
        ("danger-blind232.jsonl", (0.981, 1.0, 0.0211, 0.0790)),
        # only a wish to die said sideways, mostly after a practical question (an account, a password, a project to hand
        # over), and harmless messages asking the same: 65.5 / 83.6 / 3.2 / 9.5 on arrival, 70.9 / 88.2 / 3.2 / 8.4 since
        # the word model also learned from blind233, 235 and 236 and a supposition or a look back no longer takes back a
        # wish to die told in a later sentence; 72.7 / 90.9 / 3.7 / 10.0 since a wish to die is read in everyday words and
        # in pieces and the word model also learned from blind238 to 243
        # 73.6 / 95.5 / 3.2 / 12.6 after a second word model read a wish to die in everyday words, 83.6 / 95.5 / 4.2 / 11.6
        # since it gives the banner from 0.9
        ("danger-blind234.jsonl", (0.836, 0.954, 0.0422, 0.1264)),
        # as varied as possible, all in English: 94.5 / 100 / 3.2 / 5.8 on arrival, the same since
        ("danger-blind237.jsonl", (0.945, 1.0, 0.0316, 0.0579)),
        # long messages about something else, the danger (or, in the harmless ones, alarming words) in one or two sentences:
        # 96.4 / 99.1 / 8.4 / 9.0 on arrival, 96.4 / 100 / 8.9 / 9.5 after the word model learned from blind238 to 243,
        # 96.4 / 100 / 6.3 / 11.6 since a letter to another desk is "possible" at most and it also learned from blind244 and 245
        # (12.1 % "possible" since the second word model)
        ("danger-blind240.jsonl", (0.963, 1.0, 0.0895, 0.1211)),
        # the angle of blind240 again, written blind after it: 90.0 / 96.4 / 4.7 / 12.6 on arrival, 90.0 / 96.4 / 4.2 / 12.1
        # after, 90.9 / 97.3 / 4.2 / 13.2 since the word model also learned from blind249 to 258
        # (98.2 % seen, 13.7 % "possible" since the second word model)
        ("danger-blind246.jsonl", (0.909, 0.981, 0.0474, 0.1369)),
        # as varied as possible, all in English, another writer: 93.6 / 99.1 / 1.1 / 5.8 on arrival, the same since
        ("danger-blind247.jsonl", (0.936, 0.991, 0.0106, 0.0579)),
        # the danger described, never named (the angle of blind239, written blind): 95.5 / 98.2 / 2.1 / 10.0 on arrival,
        # 96.4 / 98.2 / 2.1 / 10.0 since the word model also learned from blind249 to 252, 96.4 / 98.2 / 2.1 / 10.5 after it
        # also learned from blind255 to 258, 96.4 / 98.2 / 2.6 / 10.0 since the word models of one kind of danger
        ("danger-blind248.jsonl", (0.963, 0.982, 0.0264, 0.1053)),
        # harm to the body said indirectly (the angle of blind251, written blind): 78.2 / 91.8 / 2.6 / 6.8 on arrival,
        # 80.9 / 95.5 / 2.1 / 7.4 since the word models of one kind of danger
        ("danger-blind253.jsonl", (0.809, 0.954, 0.0264, 0.0742)),
        # a question about the FAQ with the writer's own situation (the angle of blind252, written blind): 85.5 / 95.5 / 0 /
        # 5.8 on arrival, 88.2 / 96.4 / 0.5 / 5.8 since
        ("danger-blind254.jsonl", (0.881, 0.963, 0.0053, 0.0579)),
    ],
)
def test_the_last_blind_checks_stay_at_their_measured_level(name, measured):
    """danger-blind12, 26, 29, 35, 39, 40, 43, 45, 48, 51, 54, 57, 60, 63, 66, 69, 73, 76, 80, 84, 88, 91, 94, 97, 100, 104, 108, 111, 117, 119, 120, 124, 129, 133, 134, 137, 138, 142, 145, 149, 152, 154, 158, 160, 163, 165, 168, 170, 173, 176, 179, 181, 184, 187, 190, 193, 196, 199, 202, 205, 207, 208, 209, 210, 213, 214, 216, 217, 218, 221, 222, 225, 228, 229, 232, 234, 237, 240, 246, 247, 248, 253 and 254 were written blind and are held out: no reader learns from them."""
    strict, seen, false_alarms, possible = measured
    figures = _figures(CASES / name)
    assert figures["strict"] >= strict - 0.01 and figures["seen"] >= seen - 0.01, figures
    assert figures["false alarms"] <= max(false_alarms, 0.02) and figures["possible"] <= max(possible, 0.10), figures


def test_blind_checks_stay_read_as_measured():
    """The blind files, each measured once before it taught anything (blind5: strict 77.3 %, false
    alarms 9.5 %, before the word model; blind6: 86.4 % and 1.6 %, after it; blind7: 86.4 % and 2.6 %; blind8: 88.2 % and 1.6 %;
    blind9: 91.8 % and 2.1 %; blind10: 96.4 % and 1.1 %; blind14: 93.6 % and 2.1 %; blind20: 90.9 % and 0.5 %,
    seen 97.3 %; blind21: 96.4 % and 1.1 %; blind22: 97.3 % and 1.6 %, seen 99.1 %; blind23: 93.6 % and 1.1 %,
    seen 99.1 %; blind24: 99.1 % and 3.7 %, seen 99.1 %, possible 10.5 %; blind25: 89.1 % and 0.5 %, seen 93.6 %;
    blind27: 97.3 % and 2.6 %, possible 10.5 %; blind28: 92.7 % and 1.6 %, seen 98.2 %; blind30: 98.2 % and
    0.5 %, possible 9.5 %; blind31: 94.5 % and 2.6 %, seen 98.2 %, possible 9.5 %; blind32: 92.7 % and 3.2 %,
    possible 7.9 %; blind33: 94.5 % and 1.6 %, seen 98.2 %, possible 4.2 %;
    blind34: 95.5 % and 3.2 %, seen 99.1 %, possible 9.5 %; blind36: 92.7 % and 1.1 %, seen 99.1 %, possible
    7.9 %; blind37: 96.4 % and 1.1 %, seen 98.2 %, possible 6.3 %; blind38: 93.6 % and 2.6 %, seen 99.1 %, possible
    5.8 %; blind46: 99.1 % and 2.1 %, seen 100 %, possible 7.4 %; blind47: 98.2 % and 0.5 %, seen 100 %, possible
    7.9 %; blind11, 13 and 15, held out for several rounds before they taught: 95.5 / 98.2 / 97.3 %, seen 99.1 %
    each, false alarms 0.5 / 1.6 / 0 %; blind49: 96.4 % and 2.6 %, seen 100 %, possible 7.4 %; blind50: 94.5 % and
    2.1 %, seen 99.1 %, possible 6.8 %; blind52: 97.3 % and 1.6 %, seen 98.2 %, possible 7.4 %; blind53: 98.2 % and
    1.6 %, seen 99.1 %, possible 8.9 %; blind55: 97.3 % and 0.5 %, seen 100 %, possible 4.2 %; blind56: 97.3 % and
    0.5 %, seen 100 %, possible 5.3 %; blind58: 96.4 % and 3.2 %, seen 100 %, possible 3.7 %; blind59: 98.2 % and
    1.1 %, seen 100 %, possible 4.2 %; blind61: 94.5 % and 1.6 %, seen 97.3 %, possible 6.8 %; blind62: 100 % and
    0.5 %, seen 100 %, possible 7.4 %; blind64: 98.2 % and 1.1 %, seen 100 %, possible 8.4 %; blind65: 97.3 % and
    0.5 %, seen 99.1 %, possible 9.5 %; blind67: 95.5 % and 0 %, seen 99.1 %, possible 3.7 %; blind68: 90.9 % and
    0.5 %, seen 99.1 %, possible 5.8 %; blind70: 95.5 % and 2.6 %, seen 100 %, possible 9.0 %; blind71: 96.4 % and
    1.1 %, seen 100 %, possible 4.2 %; blind72: 97.3 % and 0 %, seen 100 %, possible 6.3 %;
    blind74: 92.7 % and 1.6 %, seen 100 %, possible 2.1 %; blind75: 98.2 % and 2.6 %, seen 100 %, possible 4.7 %;
    blind77: 92.7 % and 0.5 %, seen 98.2 %, possible 4.2 %; blind78: 93.6 % and 2.1 %, seen 98.2 %, possible 16.3 %;
    blind79: 97.3 % and 3.7 %, seen 99.1 %, possible 10.0 %; blind81: 95.5 % and 2.6 %, seen 99.1 %, possible 4.7 %;
    blind82: 95.5 % and 0.5 %, seen 100 %, possible 3.7 %; blind83: 98.2 % and 1.6 %, seen 100 %, possible 6.3 %;
    blind85: 98.2 % and 1.6 %, seen 99.1 %, possible 7.9 %; blind86: 97.3 % and 1.1 %, seen 100 %, possible 7.9 %;
    blind87 (a third written partly or wholly in other languages): 72.7 % and 2.6 %, seen 88.2 %, possible 9.5 %;
    blind89 (half wholly in other languages): 58.2 % and 4.7 %, seen 80.9 %, possible 16.8 %; blind90: 97.3 % and
    2.1 %, seen 100 %, possible 5.3 %; blind92 (half wholly in other languages): 66.4 % and 3.7 %, seen 83.6 %,
    possible 20.0 %; blind93 (very short, two thirds in other languages): 46.4 % and 6.3 %, seen 71.8 %, possible
    21.1 %; blind95: 95.5 % and 0.5 %, seen 98.2 %, possible 4.2 %; blind96: 98.2 % and 0 %, seen 99.1 %,
    possible 6.3 %; blind98 (half wholly in other languages, half English mixed with them): 69.1 % and 7.4 %,
    seen 91.8 %, possible 24.2 %; blind99: 95.5 % and 2.1 %, seen 99.1 %, possible 4.2 %; blind101 (terse): 95.5 % and 1.6 %, seen 100 %, possible
    7.9 %; blind102 (formal): 96.4 % and 0 %, seen 98.2 %, possible 7.4 %; blind103 (dictated, autocorrected): 98.2 % and
    1.1 %, seen 99.1 %, possible 6.8 %; blind105 (pressure through institutions): 99.1 % and 0.5 %, seen 100 %, possible
    4.2 %; blind106 (local names of security services, many regions): 86.4 % and 2.6 %, seen 99.1 %, possible 6.3 %;
    blind107 (irony and gallows humour): 94.5 % and 1.1 %, seen 99.1 %, possible 4.2 %; blind109 (groups): 91.8 % and
    1.6 %, seen 99.1 %, possible 4.2 %; blind110 (a practical question with the danger told in passing): 96.4 % and
    0.5 %, seen 99.1 %, possible 2.6 %; blind112 (few and vague words): 88.2 % and 0.5 %, seen 97.3 %, possible
    3.2 %; blind113 (groups and communities): 95.5 % and 1.1 %, seen 100 %, possible 5.8 %; blind114 (other languages,
    half mixed with English): 59.1 % and 2.6 %, seen 84.5 %, possible 24.2 %; blind115 (other languages as typed in
    Latin letters, Arabizi, Finglish, chat slang): 44.5 % and 5.3 %, seen 72.7 %, possible 23.7 %; blind116 (despair
    said through what people do): 97.3 % and 0.5 %, seen 98.2 %, possible 5.8 %; blind118 (the danger in one or two
    sentences of a long message): 94.5 % and 2.6 %, seen 99.1 %, possible 9.5 %; blind121 (English of non-native
    writers from many regions): 97.3 % and 1.6 %, seen 99.1 %, possible 5.3 %; blind122 (worried relatives and
    friends): 98.2 % and 1.1 %, seen 100 %, possible 3.2 %; blind123 (other languages: in their scripts, typed in
    Latin letters and mixed with English): 52.7 % and 3.7 %, seen 80.9 %, possible 31.1 %; blind125 (harmless
    messages as close to danger as they come, calm people in danger): 97.3 % and 1.6 %, seen 100 %, possible
    6.8 %; blind126 (very short): 92.7 % and 1.6 %, seen 98.2 %, possible 7.9 %; blind127 (eighteen languages,
    half mixed with English): 55.5 % and 2.6 %, seen 80.0 %, possible 22.6 %; blind128 (as varied as possible): 94.5 %
    and 2.1 %, seen 98.2 %, possible 7.4 %; blind131 (the danger hidden in a long message about something else): 99.1 %
    and 0.5 %, seen 100 %, possible 10.5 %; blind132 (English as a second language, typed on phones): 99.1 % and 0.5 %,
    seen 99.1 %, possible 7.9 %; blind130 (eighteen languages, half mixed with English): 67.3 % and 3.2 %,
    seen 86.4 %, possible 20.0 %; blind135 (a formal register on both sides): 97.3 % and 2.1 %, seen 98.2 %, possible
    3.7 %; blind136 (danger told through what happens around someone): 96.4 % and 2.1 %, seen 99.1 %, possible 5.8 %;
    blind139 (a practical question first, the danger in a clause): 99.1 % and 0.5 %, seen 99.1 %, possible 3.2 %;
    blind140 (28 languages, ten of them without a list then): 60.0 % and 4.2 %, seen 80.9 %, possible 20.5 %;
    blind141 (written in a hurry or in shock): 99.1 % and 0 %, seen 100 %, possible 5.3 %; blind143 (someone else at
    risk, told by a worried writer): 99.1 % and 0.5 %, seen 100 %, possible 11.1 %; blind144 (English as a second
    language from South and Southeast Asia): 96.4 % and 2.1 %, seen 99.1 %, possible 14.7 %; blind146 (relatives
    and neighbours, understatement): 95.5 % and 2.1 %, seen 98.2 %, possible 8.4 %; blind147 (authorities told by
    what they do, dates and next steps): 93.6 % and 1.1 %, seen 98.2 %, possible 13.2 %; blind148 (terse): 87.3 %
    and 4.2 %, seen 97.3 %, possible 9.5 %; blind150 (terse, first names): 80.0 % and 1.1 %, seen 95.5 %, possible
    11.6 %; blind151 (one or two lines, log-style): 91.8 % and 2.1 %, seen 97.3 %, possible 13.7 %; blind153 (terse and
    indirect): 72.7 % and 1.6 %, seen 90.9 %, possible 8.9 %; blind155 (the danger in the middle of a practical
    message): 92.7 % and 2.1 %, seen 99.1 %, possible 8.4 %; blind156 (the danger told through a practical question):
    87.3 % and 1.6 %, seen 92.7 %, possible 5.8 %; blind157 (reported speech and quotes): 94.5 % and 3.2 %, seen
    97.3 %, possible 12.6 %; blind159 (long chatty messages, the danger mentioned once, late or in a P.S.): 94.5 % and
    1.1 %, seen 99.1 %, possible 6.8 %; blind161 (what happens tonight, at dawn, when the hearing starts): 90.9 % and
    3.7 %, seen 99.1 %, possible 5.8 %; blind162 (non-native English carrying the grammar and idioms of eleven
    languages): 94.5 % and 2.6 %, seen 97.3 %, possible 7.4 %; blind164 (harmless messages that share most words with
    a danger): 94.5 % and 3.7 %, seen 97.3 %, possible 10.0 %; blind166 (written on behalf of someone else): 91.8 % and
    3.7 %, seen 99.1 %, possible 12.6 %; blind167 (questions on this team's subjects, the danger implied by one
    detail): 83.6 % and 2.1 %, seen 91.8 %, possible 7.4 %; blind169 (a third of the people in danger thinking of
    suicide or threatened indirectly): 84.5 % and 2.6 %, seen 97.3 %, possible 7.4 %; blind171 (a danger to a group
    or someone in it): 92.7 % and 2.1 %, seen 96.4 %, possible 7.4 %; blind172 (very short): 87.3 % and 6.8 %, seen
    96.4 %, possible 11.1 %; blind174 (unsure whether it is serious, asking for advice): 91.8 % and 2.1 %, seen
    96.4 %, possible 8.4 %; blind175 (a person at risk asking about procedures, forms and accounts): 90.0 % and 1.6 %,
    seen 98.2 %, possible 8.4 %; blind177 (an ordinary question with a sign of danger in the middle or at the end):
    87.3 % and 2.6 %, seen 97.3 %, possible 8.4 %; blind178 (flat, factual reports): 97.3 % and 1.6 %, seen 99.1 %,
    possible 10.0 %; blind180 (scared writers who lack the words, a situation told in pieces): 93.6 % and 4.7 %,
    seen 98.2 %, possible 6.3 %; blind182 (the danger of someone else, told second-hand and unsure): 96.4 % and
    4.2 %, seen 98.2 %, possible 6.8 %; blind183 (rural volunteers, local officials, elders and landlords):
    96.4 % and 1.6 %, seen 99.1 %, possible 8.4 %; blind185 (the danger in one clause of a practical question):
    87.3 % and 0.5 %, seen 94.5 %, possible 7.9 %; blind186 (typed in a hurry while it happens): 94.5 % and 1.6 %,
    seen 96.4 %, possible 8.4 %; blind188 (organisers of events and campaigns): 99.1 % and 1.6 %, seen 100 %,
    possible 5.3 %; blind189 (written for a parent, child or partner): 99.1 % and 5.3 %, seen 100 %, possible 13.7 %;
    blind191 (the danger told through a sequence of small steps): 90.9 % and 4.2 %, seen 98.2 %, possible 9.0 %;
    blind192 (a real risk played down, harmless things hedged alike): 96.4 % and 1.1 %, seen 98.2 %, possible 6.8 %;
    blind194 (English with the grammar of the writer's own language): 90.0 % and 2.6 %, seen 98.2 %, possible 10.0 %;
    blind195 (the danger in passing in a long message about something else): 95.5 % and 3.2 %, seen 98.2 %, possible
    10.0 %; blind197 (euphemism, metaphor and understatement): 91.8 % and 1.6 %, seen 99.1 %, possible 4.7 %;
    blind198 (told by someone close to an editor): 98.2 % and 4.2 %, seen 100 %, possible 10.5 %; blind200 (one to twelve
    words): 90.9 % and 2.1 %, seen 99.1 %, possible 5.3 %; blind201 (local officials, elders, employers and landlords):
    99.1 % and 1.1 %, seen 100 %, possible 10.0 %; blind203 (a practical request and the real reason for writing):
    93.6 % and 0.5 %, seen 98.2 %, possible 13.2 %; blind204 (as varied as possible): 97.3 % and 0.5 %, seen 99.1 %,
    possible 6.3 %; blind206 (a question about policy that reveals a danger now): 90.9 % and 1.6 %, seen 97.3 %,
    possible 7.9 %; blind211 (worn-down writers, and burnout that is no danger): 92.7 % and 3.2 %, seen 100 %,
    possible 6.3 %; blind212 (English mixed with another language, or another language alone): 75.5 % and 1.6 %,
    seen 95.5 %, possible 15.3 %; blind215 (situations told as a log of facts): 97.3 % and 1.1 %, seen 100 %,
    possible 14.2 %; blind219 (typed on a phone in a hurry or dictated): 95.5 % and 0.5 %, seen 100 %, possible 6.8 %;
    blind220 (online trouble that reaches a person offline, and online quarrels that do not): 94.5 % and 1.1 %, seen
    98.2 %, possible 7.9 %; blind223 (long messages of several paragraphs): 95.5 % and 4.7 %, seen 100 %, possible
    11.6 % (false alarms 2.6 % since); blind224 (everyday questions to other help desks about the police, a court, a fine): 94.5 % and 1.1 %,
    seen 100 %, possible 7.4 %; blind226 (formal messages, the danger often told in passing): 97.3 % and 3.2 %, seen 100 %,
    possible 5.3 %; blind227 (writers not used to computers or help desks, in their own homely words): 99.1 % and 2.1 %,
    seen 100 %, possible 11.1 %; blind230 (several people or events, some over and some not): 93.6 % and 1.6 %, seen
    99.1 %, possible 4.2 %; blind231 (one to twelve words): 90.0 % and 2.1 %, seen 99.1 %, possible 5.8 %; blind233 (only a wish to die said sideways,
    and lookalikes): 82.7 % and 7.9 %, seen 96.4 %, possible 15.8 %; blind235 (only being watched and veiled threats, and
    lookalikes): 80.0 % and 7.4 %, seen 97.3 %, possible 16.8 %; blind236 (a wish to die told after a practical question,
    the angle of the held-out blind234): 65.5 % and 2.6 %, seen 87.3 %, possible 11.6 %; blind238 (the same angle again,
    written blind, with lookalikes): 46.4 % and 4.2 %, seen 63.6 %, possible 13.7 %; blind239 (the danger described, never
    named): 95.5 % and 3.7 %, seen 100 %, possible 7.9 %; blind241 (pressure through employers, landlords, elders and
    relatives): 97.3 % and 0.5 %, seen 100 %, possible 4.7 %; blind242 (two to twenty words typed in a hurry): 91.8 % and
    2.1 %, seen 99.1 %, possible 3.7 %; blind243 (the angle of the held-out blind240, long messages with the danger or
    alarming words in passing): 94.5 % and 12.6 %, seen 97.3 %, possible 17.9 %; blind244 and 245 (the same angle, the
    harmless letters to landlords, schools, insurers and shops as close as they come): 94.5 % and 21.6 %, seen 97.3 %,
    possible 12.6 %, and 96.4 % and 18.9 %, seen 98.2 %, possible 13.2 %; blind249 (non-native English): 97.3 % and 2.1 %,
    seen 98.2 %, possible 5.8 %; blind250 (hedged and unsure writers, often about someone else): 97.3 % and 1.1 %, seen
    99.1 %, possible 3.7 %; blind251 (self-harm and violence said indirectly, with lookalikes): 77.3 % and 0.5 %, seen
    90.0 %, possible 7.4 %; blind252 (a question about the FAQ with the writer's own situation around it): 85.5 % and 0 %,
    seen 94.5 %, possible 1.1 %; blind255 (as varied as possible, all English): 95.5 % and 1.1 %, seen 100 %, possible
    4.2 %; blind256 (the angle of blind251 again): 75.5 % and 2.6 %, seen 94.5 %, possible 10.0 %; blind257 (words passed
    on: forwarded texts, pasted chats, retold calls): 95.5 % and 3.2 %, seen 97.3 %, possible 12.1 %; blind258 (the angle
    of blind252 again): 82.7 % and 0 %, seen 94.5 %, possible 2.6 %),
    must not slip back. Files wholly
    or half in other languages may keep more false alarms than the 3 % of the others: their bound is given."""
    for name, strict, *bound in (("danger-blind3.jsonl", 0.97), ("danger-blind4.jsonl", 0.95), ("danger-blind5.jsonl", 0.9), ("danger-blind6.jsonl", 0.9), ("danger-blind7.jsonl", 0.9), ("danger-blind8.jsonl", 0.9), ("danger-blind9.jsonl", 0.93), ("danger-blind10.jsonl", 0.97), ("danger-blind14.jsonl", 0.95), ("danger-blind20.jsonl", 0.95), ("danger-blind21.jsonl", 0.97), ("danger-blind22.jsonl", 0.97), ("danger-blind23.jsonl", 0.97), ("danger-blind24.jsonl", 0.97), ("danger-blind25.jsonl", 0.9), ("danger-blind27.jsonl", 0.95), ("danger-blind28.jsonl", 0.92), ("danger-blind30.jsonl", 0.97), ("danger-blind31.jsonl", 0.94), ("danger-blind32.jsonl", 0.97), ("danger-blind33.jsonl", 0.94), ("danger-blind34.jsonl", 0.95), ("danger-blind36.jsonl", 0.95), ("danger-blind37.jsonl", 0.96), ("danger-blind38.jsonl", 0.97), ("danger-blind41.jsonl", 0.97), ("danger-blind42.jsonl", 0.97), ("danger-blind44.jsonl", 0.98), ("danger-blind46.jsonl", 0.98), ("danger-blind47.jsonl", 0.98), ("danger-blind11.jsonl", 0.98), ("danger-blind13.jsonl", 0.97), ("danger-blind15.jsonl", 0.98), ("danger-blind49.jsonl", 0.98), ("danger-blind50.jsonl", 0.98), ("danger-blind52.jsonl", 0.98), ("danger-blind53.jsonl", 0.98), ("danger-blind55.jsonl", 0.98), ("danger-blind56.jsonl", 0.98), ("danger-blind58.jsonl", 0.98), ("danger-blind59.jsonl", 0.98), ("danger-blind61.jsonl", 0.98), ("danger-blind62.jsonl", 0.98), ("danger-blind64.jsonl", 0.98), ("danger-blind65.jsonl", 0.98), ("danger-blind67.jsonl", 0.97), ("danger-blind68.jsonl", 0.96), ("danger-blind70.jsonl", 0.98), ("danger-blind71.jsonl", 0.98), ("danger-blind72.jsonl", 0.98), ("danger-blind74.jsonl", 0.98), ("danger-blind75.jsonl", 0.98), ("danger-blind77.jsonl", 0.97), ("danger-blind78.jsonl", 0.97), ("danger-blind79.jsonl", 0.98), ("danger-blind81.jsonl", 0.98), ("danger-blind82.jsonl", 0.98), ("danger-blind83.jsonl", 0.98), ("danger-blind85.jsonl", 0.98), ("danger-blind86.jsonl", 0.98), ("danger-blind87.jsonl", 0.85), ("danger-blind89.jsonl", 0.89), ("danger-blind90.jsonl", 0.98), ("danger-blind92.jsonl", 0.83), ("danger-blind93.jsonl", 0.65), ("danger-blind95.jsonl", 0.97), ("danger-blind96.jsonl", 0.98), ("danger-blind98.jsonl", 0.75), ("danger-blind99.jsonl", 0.98), ("danger-blind101.jsonl", 0.98), ("danger-blind102.jsonl", 0.98), ("danger-blind103.jsonl", 0.98), ("danger-blind105.jsonl", 0.98), ("danger-blind106.jsonl", 0.98), ("danger-blind107.jsonl", 0.98), ("danger-blind109.jsonl", 0.96), ("danger-blind110.jsonl", 0.97), ("danger-blind112.jsonl", 0.96), ("danger-blind113.jsonl", 0.96), ("danger-blind114.jsonl", 0.7), ("danger-blind115.jsonl", 0.57, 0.035), ("danger-blind116.jsonl", 0.97), ("danger-blind118.jsonl", 0.95), ("danger-blind121.jsonl", 0.97), ("danger-blind122.jsonl", 0.98), ("danger-blind123.jsonl", 0.62, 0.037), ("danger-blind125.jsonl", 0.98), ("danger-blind126.jsonl", 0.93), ("danger-blind127.jsonl", 0.59), ("danger-blind128.jsonl", 0.98), ("danger-blind130.jsonl", 0.83, 0.016), ("danger-blind131.jsonl", 1.0), ("danger-blind132.jsonl", 1.0), ("danger-blind135.jsonl", 0.99), ("danger-blind136.jsonl", 0.97), ("danger-blind139.jsonl", 0.99), ("danger-blind140.jsonl", 0.61, 0.016), ("danger-blind141.jsonl", 1.0), ("danger-blind143.jsonl", 0.99), ("danger-blind144.jsonl", 0.97), ("danger-blind146.jsonl", 0.98), ("danger-blind147.jsonl", 0.95), ("danger-blind148.jsonl", 0.99), ("danger-blind150.jsonl", 0.92), ("danger-blind151.jsonl", 0.94), ("danger-blind153.jsonl", 0.8), ("danger-blind155.jsonl", 0.96), ("danger-blind156.jsonl", 0.91), ("danger-blind157.jsonl", 0.95), ("danger-blind159.jsonl", 0.96), ("danger-blind161.jsonl", 0.91), ("danger-blind162.jsonl", 0.96), ("danger-blind164.jsonl", 0.97), ("danger-blind166.jsonl", 0.92), ("danger-blind167.jsonl", 0.86), ("danger-blind169.jsonl", 0.86), ("danger-blind171.jsonl", 0.94), ("danger-blind172.jsonl", 0.9), ("danger-blind174.jsonl", 0.94), ("danger-blind175.jsonl", 0.91), ("danger-blind177.jsonl", 0.89), ("danger-blind178.jsonl", 0.97), ("danger-blind180.jsonl", 0.95), ("danger-blind182.jsonl", 0.99), ("danger-blind183.jsonl", 0.98), ("danger-blind185.jsonl", 0.93), ("danger-blind186.jsonl", 0.99), ("danger-blind188.jsonl", 0.99), ("danger-blind189.jsonl", 0.99), ("danger-blind191.jsonl", 0.92), ("danger-blind192.jsonl", 0.97), ("danger-blind194.jsonl", 0.95), ("danger-blind195.jsonl", 0.98), ("danger-blind197.jsonl", 0.96), ("danger-blind198.jsonl", 0.99, 0.032), ("danger-blind200.jsonl", 0.96), ("danger-blind201.jsonl", 0.99), ("danger-blind203.jsonl", 0.96), ("danger-blind204.jsonl", 0.97), ("danger-blind206.jsonl", 0.94), ("danger-blind211.jsonl", 0.97), ("danger-blind212.jsonl", 0.74), ("danger-blind215.jsonl", 0.96), ("danger-blind219.jsonl", 0.98), ("danger-blind220.jsonl", 0.99), ("danger-blind223.jsonl", 0.95), ("danger-blind224.jsonl", 0.98), ("danger-blind226.jsonl", 0.99), ("danger-blind227.jsonl", 0.99), ("danger-blind230.jsonl", 0.99), ("danger-blind231.jsonl", 0.99), ("danger-blind233.jsonl", 0.98, 0.043), ("danger-blind235.jsonl", 0.92, 0.043), ("danger-blind236.jsonl", 0.80, 0.032), ("danger-blind238.jsonl", 0.72, 0.037), ("danger-blind239.jsonl", 0.97, 0.032), ("danger-blind241.jsonl", 0.97), ("danger-blind242.jsonl", 0.92), ("danger-blind243.jsonl", 0.95, 0.079), ("danger-blind244.jsonl", 0.95, 0.069), ("danger-blind245.jsonl", 0.95, 0.079), ("danger-blind249.jsonl", 0.97), ("danger-blind250.jsonl", 0.97), ("danger-blind251.jsonl", 0.9), ("danger-blind252.jsonl", 0.95), ("danger-blind255.jsonl", 0.96), ("danger-blind256.jsonl", 0.9), ("danger-blind257.jsonl", 0.97), ("danger-blind258.jsonl", 0.89)):
        figures = _figures(CASES / name)
        assert figures["strict"] >= strict and figures["false alarms"] <= (bound[0] if bound else 0.03), (name, figures)


@pytest.mark.parametrize(
    ("question", "least"),
    [
        ("I was interrogated by the security services about my Wikipedia account", "emergency"),
        ("they confiscated my passport and laptop at the border because of Wikipedia", "emergency"),
        ("one of our members is worried about his safety after talking to the press", "possible"),
    ],
)
def test_the_issue_examples(question, least):
    result = assess(question)
    assert result.level == "emergency" if least == "emergency" else result.level in ("possible", "emergency")
    assert result.cues


def test_a_general_question_about_arrests_is_not_an_emergency():
    assert assess("what does the Foundation do when editors are arrested?").level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "what is the emergency address?",
        "This deadline is killing me, who approves the grant report?",
        "How do I write an open letter to our parliament?",
        "",
        "   ",
    ],
)
def test_harmless_questions_raise_nothing(question):
    assert assess(question) == Danger(None, ())


def test_cues_say_why():
    result = assess("the police won't let me leave the station right now")
    assert result.level == "emergency"
    text = " ".join(result.cues)
    assert "detention" in text and "now" in text and "specific person" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La policía detuvo a mi hermano esta mañana", True),
        ("Mon collègue a été arrêté par la police", True),
        ("Polis kardeşimi gözaltına aldı, yardım edin", True),
        ("Помогите, моего брата задержали", True),
        ("ساعدوني، الشرطة اعتقلت أخي", True),
        ("警察逮捕了我的朋友", True),
        ("Polisi wamemkamata kaka yangu", True),
        ("i am editor from small country, police is come to my house yesterday because article", False),
        ("pls help me they took my bro, he not come back since 2 day", False),
        # a word shared with Spanish ("no") among English words is still English...
        ("gone since friday. no call", False),
        ("still no news of my sister", False),
        # ...while a few words of Indonesian or Spanish are not
        ("tolong polisi di rumah", True),
        ("no me dejan salir", True),
        ("What is the Foundation's position on the new copyright directive?", False),
        ("", False),
    ],
)
def test_looks_non_english(text, expected):
    assert looks_non_english(text) is expected


@pytest.mark.parametrize(
    "question",
    [
        "Ayuda, la policía arrestó a mi hermano",
        "Au secours, ils menacent de me tuer",
        "Estou em perigo, a polícia está na minha porta",
        "Меня задержала полиция",
        "Мене заарештували, допоможіть",
        "هددوني بالقتل",
        "پلیس مرا بازداشت کرد",
        "Polis beni tehdit ediyor",
        "Tolong, saya ditangkap polisi",
        "پولیس نے مجھے گرفتار کر لیا",
        "पुलिस ने मुझे गिरफ्तार किया",
        "我被警察拘留了",
        "Nisaidie, polisi wananitafuta",
        # charges, searches, summonses, seizures and being followed, and romanised Hindustani
        "A mi primo lo acusaron de traición, el juicio es el lunes",
        "Ils fouillent mon appartement en ce moment",
        "Ontem revistaram a casa do meu irmão e o intimaram a depor",
        "Меня вызвали повесткой на допрос завтра",
        "Сказали: береги здоровье, редактор",
        "صادروا هاتفي عند الحاجز",
        "ماموران امروز مرا برای بازجویی احضار کردند",
        "Dün gece kardeşimi evden götürdüler, karakolda yok diyorlar",
        "Ada orang yang mengikuti saya dari kantor setiap hari",
        "Nimezuiwa kuondoka nchini na polisi",
        "police ne mere bhai ko uthaya, thane mein bhi nahi hai",
        "mujhe dhamki mili hai, log ghar ke bahar hain",
        "udah capek, mending gak ada aja",
        "Me prohibieron salir del país y me siguen a todas partes",
        "Ils ont mis mon frère en garde à vue ce matin",
        "Tem um carro parado na frente da minha casa há três dias",
        "منعوني من السفر في المطار اليوم",
        "از دیروز ممنوع الخروج شدم",
        "Yurt dışı yasağı getirildi, sorguya çağrıldım",
        "Alamat rumah saya disebar di grup, mereka mau datangi",
        "Nimepigwa na wanaume watatu, wamesema watarudi",
        "我被限制出境了，还被传唤",
        "За мной следят уже неделю",
        "no me dejan salir del aeropuerto",
        "je suis bloqué à la frontière depuis ce matin",
        "me escribieron: cuida tu salud",
        "ils tapent à la porte, on est cachés",
        "cikis yasagi koydular",
        "rafiki yangu amechukuliwa jana",
        "HP saya disita polisi",
        "海关拿走了我的手机",
        # typed in Latin letters, and in chat spelling
        "menya zaderzhali na granitse i zabrali telefon, ne otpuskayut",
        "mene vyklykaly na dopyt do SBU na zavtra",
        "el mukhabarat 5adouh la akhoya mbare7 w ma 7ada bya3ref wein huwe",
        "temen gw diciduk aparat semalem, hp nya disita",
        "ye log bol rahe hain ki mera naam ECL pe hai, jane nahi diya",
        "sejak pagi orang berkumpul di depan rumah, teriak2 nama saya",
        "nimeshtakiwa na kesho ni mahakamani",
        "طلبوني عالفرع بكرا",
        "công an đã bắt em trai tôi tối qua, không ai biết ở đâu",
    ],
)
def test_danger_words_in_other_languages_are_seen(question):
    assert assess(question).level in ("possible", "emergency")


@pytest.mark.parametrize(
    "question",
    [
        "Supongamos que la policía detiene a un editor, ¿quién ayuda?",
        "Il y a des années, la police m'a arrêté, l'affaire est close",
        "Diyelim ki gözaltına alındım, kim yardım eder?",
        "Hace años la policía me detuvo, el caso está cerrado y ya me recuperé",
        # English mixed with another language: the supposition is said in either
        "what if la policía me detiene algún día? es hipotético",
    ],
)
def test_a_supposition_or_a_look_back_in_another_language_is_possible_not_an_emergency(question):
    assert assess(question).level == "possible"


@pytest.mark.parametrize("question", ["快递已签收但我没收到", "会议开到一半电脑死机了", "我们约好下午一起喝茶", "外卖打包带走"])
def test_a_parcel_not_received_or_a_crashed_laptop_in_chinese_raises_nothing(question):
    assert assess(question).level is None


def test_police_arrest_and_a_brother_in_another_language_is_an_emergency():
    assert assess("La policía arrestó a mi hermano anoche").level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        " " * 100_000,
        "a" * 100_000,
        "a " * 50_000,
        "!?.,;:'\"-" * 20_000,
        "arrested " * 20_000,
        "if i just " * 20_000,
        "they are holding our " * 10_000,
        "posted " + "x " * 50_000,
        "ساعدوني " * 20_000,
        "anti-" * 20_000,
        "my full name " * 5_000,
        "won't be a problem for " * 5_000,
    ],
)
def test_hostile_input_finishes_quickly(text):
    started = time.process_time()
    assess(text)
    looks_non_english(text)
    assert time.process_time() - started < 1.0


def test_only_the_first_part_of_a_long_message_is_read():
    tail = " my brother was arrested by the police right now"
    assert assess("x " * MAX_SCAN_CHARS + tail).level is None
    assert assess(tail).level == "emergency"


def test_typical_questions_are_fast():
    questions = [c["query"] for c in _read(TUNE)]
    for question in questions:  # the first reading of each word is not what is measured
        assess(question)
    started = time.process_time()
    for question in questions:
        assess(question)
    per_question = (time.process_time() - started) / len(questions)
    assert per_question < 0.005  # processor time, generous for slow machines; about 0.1 ms here


def test_patterns_have_no_formatting_accidents():
    """A quantifier such as {1,3} inside an f-string turns into "(1, 3)"; every pattern must be as written."""
    import re

    from advocacy_cli import danger

    patterns = [pattern for _, _, pattern in danger._PHRASES] + [pattern for _, pattern in danger._DOWN_PHRASES] + [danger._FIGURES]
    assert not [p for p in patterns if re.search(r"\(\d+, \d+\)", p)]


@pytest.mark.parametrize(
    "question",
    [
        "A solicitor acting for a mayor wrote that I will face a defamation claim unless I delete a section. Can the Foundation help?",
        "I got a summons to appear in court over a libel suit about an article I edited and I have no money for a lawyer.",
        "Our chapter received a cease and desist letter about the photo contest logo. Who should answer it?",
        "A museum says it will sue us over the scans we uploaded; is there legal support for chapters?",
        "my neighbour keeps threatening to take me to court over a photo of his house on Commons",
        "A mining company plans a court case against me over the pollution section I sourced. Can I get a lawyer through you?",
        "The hotel chain's attorneys sent me a demand to remove a review quote from the article or they go to court.",
        "the court order about my old stalker expired years ago, can I show my real name on my user page again?",
    ],
)
def test_civil_disputes_are_legal_help_not_emergencies(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "A prosecutor summoned me for questioning about my edits and said I could get eight years in prison.",
        "The lawyer of a militia leader wrote that they know my address and I will be killed if I don't delete the article.",
    ],
)
def test_a_legal_word_does_not_hide_a_criminal_case_or_violence(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "In my short story a volunteer is abducted by soldiers; would the Foundation ever hear about it?",
        "My cousin was missing for a day last month but came back safe, it was a misunderstanding.",
        "Who should I write to if a volunteer is in danger: trust and safety or legal?",
        "Is the address emergency@wikimedia.org also for doxxing or only for violence?",
        "This week's meeting was a massacre, everyone argued about the budget; any tips on chairing?",
        "I'm panicking, the grant report is due tonight and the form keeps failing.",
    ],
)
def test_stories_the_past_teams_and_figures_raise_no_emergency(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "There is a senate hearing on data retention in May and our chapter wants to send written evidence; who can help?",
        "We know what we want to tell the ministry about open data, we only need the right person to tell it to.",
        "I know what I should write in the consultation, but could your team read it before I send it?",
    ],
)
def test_hearings_of_lawmakers_and_knowing_ones_own_mind_are_not_threats(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    ["they know where my daughter takes the bus", "we know where you sleep, wikipedist", "my hearing is on monday and the prosecutor wants six years"],
)
def test_knowing_where_someone_is_and_a_hearing_ahead_are_still_read(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "my friend from the user group is in lockup since Friday because of a photo he uploaded",
        "officials told my parents they will lose their shop if I keep writing",
        "They are sending me back tomorrow to the country I ran from, where I am wanted for my articles",
    ],
)
def test_someone_specific_with_a_sign_of_harm_is_at_least_possible(question):
    assert assess(question).level in ("possible", "emergency")


@pytest.mark.parametrize(
    "question",
    [
        "lol my flatmate says the admins will lock me up for my template mess, how do I fix the infobox?",
        "A famous singer was attacked in my town last night; which sources can I cite to update her article?",
        "can the police arrest me for editing? just asking before I start",
    ],
)
def test_jokes_news_to_write_about_and_questions_ahead_raise_nothing(question):
    assert assess(question).level is None


def test_the_model_weighs_no_flag_read_by_rules():
    from advocacy_cli import danger

    assert not [name for name in danger._WEIGHTS if name.startswith("_")]


def test_a_law_named_after_an_accusation_is_policy_but_its_register_is_not():
    assert assess("Our user group is writing to MPs about the foreign agents bill; can the Foundation co-sign?").level != "emergency"
    assert assess("they put my name on the foreign agents register today, my family is scared").level == "emergency"


# --- single messages: people in danger, and figures of speech --------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "they said they will kill me if I keep editing that article",
        "I got death threats after my edits about the election",
        "my colleague was detained by the police yesterday and nobody knows where he is",
        "police are at my door because of my wikipedia edits",
        "our volunteer has gone missing after writing about the army",
        "I want to end my life",
        "someone posted my home address and said they are coming",
        "I was beaten up by men who said it was because of my articles",
        "I fear for my safety after the article on the cartel",
        "armed men came to our office asking for the editors",
        "they know where I live and said I will regret my edits",
        "secret police are questioning my brother about his edits right now",
        "i feel like ending it all",
        "police arrested our chapter president this morning",
        "my colleague is in prison for editing wikipedia",
        "there's a warrant out for my arrest because of my edits",
        "our coordinator hasn't been seen since the demonstration",
        "someone said they will bring a gun to our meetup",
        "a fellow editor was taken from his flat by security officers",
        "is my friend going to be arrested for this?",
        "can they kill me for this article",
        "somone threatend to kil me because of my edits",
        "my colleague was arested yesterday",
        "i have thoughts of sucide",
        "our volunteer dissapeared after the protest",
        "I am afriad they will come for me",
        "my friend hasn't come home for two days and his phone is off",
        "honestly there is no reason anymore for me to stay alive",
        "i just need everything to stop, for good",
        "please close my account, I won't need it after this weekend",
        "my brother gave away all his games and told mum the house would be lighter without him",
        "they filed a case saying my edit on the shrine article hurt religious feelings, men are outside",
        "got back from work, everything turned over in my flat and my wiki username written on the mirror",
    ],
)
def test_fires_for_people_in_danger(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "urgent: the deadline for comments is tomorrow",
        "I'm dying to know how you choose issues",
        "this dangerous bill would harm free knowledge",
        "what is the emergency address for?",
        "a company threatened to sue our chapter",
        "is it risky for our chapter to sign the letter",
        "this law is an attack on free knowledge",
        "that is a killer argument for open access",
        "my boss will kill me if I miss the newsletter",
        "how do you choose which laws to fight",
        "our chapter is in danger of missing the consultation deadline",
        "can you review our submission on the arrest warrant law",
        "this bill would kill wikipedia in our country",
        "a troll keeps attacking my edits on the talk page",
        "not an emergency: which team protects people whose safety is at risk?",
        "are editors in authoritarian countries at higher risk of being jailed?",
        "can wikipedia editors be arrested for their edits?",
        "the draft letter is attached",
        "the policies are detailed on meta",
        "i'm worried they might delete my article",
        "just so I have it on file (nothing is wrong): which address is for people at risk of serious harm?",
        "general question: can editors be arrested for what they write?",
        "wikimedians in authoritarian states risk being jailed for writing, how do you respond?",
        "I didn't come home on time and my phone is off",
        "how do we keep small-language wikis alive?",
        "we want the vandalism on our article to stop",
        "I won't need the grant money after this month, who do I tell?",
        "I gave away my old books to the library, can I cite them?",
        "is hurting religious feelings a crime in india? asking for an article",
    ],
)
def test_stays_quiet_for_figures_of_speech(question):
    assert assess(question).level != "emergency"


# --- the meaning-based probe (danger_meaning.py) -------------------------------------------------------
def test_the_meaning_probe_belongs_to_the_shipped_vectors():
    import json as _json

    from advocacy_cli import danger_meaning, vectors

    record = _json.loads((Path(vectors.DATA_DIR) / "vectors.json").read_text(encoding="utf-8"))
    assert danger_meaning.VECTORS_SHA256 == record["files"]["vectors.i8"]
    assert len(danger_meaning.WEIGHTS) == record["dims"]
    assert danger_meaning.probability((0.0,) * 3) is None  # a vector of another size is no answer


def test_a_situation_the_word_lists_miss_is_possible_by_meaning(monkeypatch):
    from typer.testing import CliRunner

    from advocacy_cli import danger
    from advocacy_cli.cli import app

    # The word models would read this one as an emergency (see the word-model tests below); without them,
    # the meaning probe is what keeps the emergency address in view.
    monkeypatch.setattr(danger, "word_probability", lambda question: None)
    monkeypatch.setattr(danger, "family_probability", lambda model, question: None)
    question = "every car that slows down outside makes me think they have finally come for me"
    assert assess(question).level is None  # the lexicons alone see nothing
    shown = CliRunner().invoke(app, ["ask", question, "--json", "--explain"])
    answer = json.loads(shown.stdout)
    assert answer["danger"] == "possible" and answer["emergency"] is False
    assert "emergency" in [c["key"] for c in answer["contacts"]]
    assert any(cue.startswith("meaning:") for cue in answer["explain"]["danger_cues"])
    words_only = json.loads(CliRunner().invoke(app, ["ask", question, "--json", "--no-semantic"]).stdout)
    assert words_only["danger"] is None  # the probe reads meaning: off with the semantic view


# --- the word model (danger_words.py) ------------------------------------------------------------------
def test_the_word_model_was_trained_on_the_files_as_they_are():
    """Weights trained on older versions of the tuning files are stale: run tools/train_danger_words.py."""
    import hashlib

    from advocacy_cli import danger_words

    cases = Path(__file__).parent / "cases"
    assert {name: hashlib.sha256((cases / name).read_bytes()).hexdigest() for name in danger_words.TRAINED_ON} == danger_words.TRAINED_ON
    kept_out = {"danger-holdout.jsonl", *(f"danger-blind{n}.jsonl" for n in (11, 12, 13, 15, 26, 29, 35, 39, 40, 43, 45, 48, 51, 54, 57, 60, 63, 66, 69, 73, 76, 80, 84, 88, 91, 94, 97, 100, 104, 108, 111, 117, 119, 120, 124, 129, 133, 134, 137, 138, 142, 145, 149, 152, 154, 158, 160, 163, 165, 168, 170, 173, 176, 179, 181, 184, 187, 190, 193, 196, 199, 202, 205, 207, 208, 209, 210, 213, 214, 216, 217, 218, 221, 222, 225, 228, 229, 232, 234, 237, 240, 246, 247, 248, 253, 254))}
    assert not kept_out & set(danger_words.TRAINED_ON)
    # ...and every other blind file teaches it: a new one means training it again
    assert {path.name for path in cases.glob("danger-blind*.jsonl")} - kept_out <= set(danger_words.TRAINED_ON)


def test_the_word_model_weights_are_the_ones_recorded():
    import hashlib

    from advocacy_cli import danger, danger_words

    raw = (Path(danger_words.__file__).parent / "data" / "danger_words.i8").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == danger_words.SHA256
    assert len(raw) == 1 << danger_words.BITS
    for model, name in danger.FAMILY_MODELS.items():
        family = (Path(danger_words.__file__).parent / "data" / name).read_bytes()
        assert hashlib.sha256(family).hexdigest() == getattr(danger_words, f"{model}_SHA256"), name
        assert len(family) == 1 << danger_words.BITS


@pytest.mark.parametrize(
    "question",
    [
        # A wish to die in everyday words that no list reads: the second word model shows the address, calmly.
        "I keep thinking everyone would manage fine if I just wasn't in the picture any more",
    ],
)
def test_a_wish_to_die_only_the_second_word_model_reads_shows_the_address_calmly(question):
    from advocacy_cli import danger

    assert danger.assess(question).level is None and danger.by_words_alone(question) is None  # nothing else reads it
    answer = _cli_danger(question)
    assert answer["danger"] == "possible" and answer["emergency"] is False
    assert "emergency" in [c["key"] for c in answer["contacts"]]
    assert any(cue.startswith(danger.SELF_HARM_CUE) for cue in answer["explain"]["danger_cues"])


def test_a_wish_to_die_the_second_word_model_is_sure_of_gets_the_banner():
    from advocacy_cli import danger

    question = "the grant report is done. I won't be needing the account after this. thanks for the years, say bye to the chapter for me"
    assert danger.assess(question).level != "emergency"  # the lists alone do not raise the banner
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency"
    assert any(cue.startswith(danger.SELF_HARM_CUE) for cue in answer["explain"]["danger_cues"])


def test_being_watched_or_threatened_that_the_third_word_model_is_sure_of_gets_the_banner():
    from advocacy_cli import danger

    question = "the same grey car parks across from my flat every evening since my article on the senator, and last night someone photographed my door"
    assert danger.family_probability("WATCHED", question) >= danger.WATCHED_CERTAIN
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency"


def test_a_summons_that_only_the_fourth_word_model_reads_gets_the_banner():
    from advocacy_cli import danger

    question = "since my article on the mayor I get letters from the investigative committee, the latest says I must come in person before friday"
    assert danger.assess(question).level is None  # the lists alone see nothing
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency"
    assert any(cue.startswith(danger.STATE_CUE) for cue in answer["explain"]["danger_cues"])


def test_a_goodbye_from_someone_retiring_from_the_wiki_gets_no_banner():
    # The second word model reads it as a wish to die (0.9 or more), but the message says the writer is leaving the wiki.
    answer = _cli_danger("After ten years I'm retiring from Wikipedia. Goodbye everyone, I'll miss you, thanks for everything.")
    assert answer["danger"] != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "I'm exhausted after the edit-a-thon, can someone take over the newsletter for a month?",
        "my grandmother passed away last week, how do I ask for a few weeks off from the arbitration committee?",
        "feeling a bit low since the deletion debate, is there a wikibreak template?",
    ],
)
def test_tiredness_grief_and_a_low_mood_are_not_read_as_a_wish_to_die(question):
    from advocacy_cli import danger

    assert danger.by_family_words(question) is None, danger.self_harm_probability(question)
    assert _cli_danger(question)["danger"] is None


def test_without_the_word_model_the_lexicons_read_alone(monkeypatch):
    from advocacy_cli import danger, danger_words

    monkeypatch.setattr(danger_words, "weights", lambda name="danger_words.i8": None)
    monkeypatch.setattr(danger, "_word_weights", None)
    monkeypatch.setattr(danger, "_family_weights", {})
    danger.word_probability.cache_clear()
    danger.family_probability.cache_clear()
    try:
        question = "I got injured at the climbing wall last week, can I pause my membership?"
        assert danger.word_probability(question) is None
        assert danger.self_harm_probability(question) is None and danger.by_family_words(question) is None
        assert danger.assess(question) == danger._read(question)
    finally:
        danger.word_probability.cache_clear()  # the weights are back once monkeypatch undoes its changes
        danger.family_probability.cache_clear()


def _cli_danger(question: str) -> dict:
    from typer.testing import CliRunner

    from advocacy_cli.cli import app

    result = CliRunner().invoke(app, ["ask", question, "--json", "--explain"])
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "question",
    [
        "I got injured at the climbing wall last week, can I pause my membership?",
        "the referee threatened to send me off, is that allowed?",
        "I was threatened with a late fee by the library",
    ],
)
def test_one_harm_word_in_ordinary_words_is_possible_not_an_emergency(question):
    from advocacy_cli import danger

    assert danger._read(question).level == "emergency"  # the lexicons alone would raise the banner
    answer = _cli_danger(question)
    assert answer["danger"] == "possible" and answer["emergency"] is False
    assert "emergency" in [c["key"] for c in answer["contacts"]]  # still in view
    assert any(cue.startswith("words: like messages that are not emergencies") for cue in answer["explain"]["danger_cues"])


@pytest.mark.parametrize(
    "question",
    [
        "someone sent me death threats over my edits, can the foundation help with legal support?",
        "what's the point of anything, can someone delete my account",
    ],
)
def test_threats_to_kill_and_thoughts_of_suicide_are_never_taken_back_by_the_words(question):
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency"


def test_words_that_read_as_danger_about_someone_are_an_emergency_where_no_pattern_names_it():
    question = "every car that slows down outside makes me think they have finally come for me"
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency"
    assert any(cue.startswith("words: like messages from people in danger") for cue in answer["explain"]["danger_cues"])


def test_an_uneasy_reading_becomes_an_emergency_when_the_words_read_as_danger():
    from advocacy_cli import danger

    question = "the same grey car again outside the school gate this morning"
    assert danger._read(question).level == "possible"
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency"
    assert any(cue.startswith("words: like messages from people in danger") for cue in answer["explain"]["danger_cues"])


def test_words_that_read_as_danger_keep_the_address_in_view_when_nothing_else_does():
    from typer.testing import CliRunner

    from advocacy_cli import danger
    from advocacy_cli.cli import app

    question = "the men from the committee came back and talked to the neighbours about us"
    assert danger.assess(question).level is None  # no pattern, and not sure enough for an emergency
    result = CliRunner().invoke(app, ["ask", question, "--json", "--explain", "--no-semantic"])
    answer = json.loads(result.stdout)
    assert answer["danger"] == "possible" and answer["emergency"] is False
    assert "emergency" in [c["key"] for c in answer["contacts"]]
    assert any(cue.startswith("words: like messages from people in danger") for cue in answer["explain"]["danger_cues"])


def test_the_word_model_leaves_other_languages_to_their_own_lists():
    from advocacy_cli import danger

    question = "la policía se llevó a mi hermano anoche, ayuda por favor"
    assert danger.assess(question) == danger._read(question)


def test_ordinary_questions_stay_quiet_by_meaning():
    from advocacy_cli.session import Session

    matcher = Session(None).matcher()
    for question in ("what are the opening hours of the library", "how does the team choose which laws to work on", "who do I write to about our chapter contract"):
        assert matcher.answer(question).danger is None, question


# --- every situation family and every kind of hard negative, through the real CLI -------------------
def _family_samples(per_family: int = 2) -> list[tuple[str, str, str]]:
    seen: dict[tuple[str, str], int] = {}
    samples = []
    for case in _read(TUNE):
        key = (case["style"], case.get("family", "?"))
        if seen.get(key, 0) < per_family:
            seen[key] = seen.get(key, 0) + 1
            samples.append((case["style"], key[1], case["query"]))
    return samples


@pytest.mark.parametrize(("style", "family", "question"), _family_samples(), ids=lambda v: v if len(v) < 30 else None)
def test_each_family_through_the_cli(style: str, family: str, question: str) -> None:
    from typer.testing import CliRunner

    from advocacy_cli.cli import app

    answer = json.loads(CliRunner().invoke(app, ["ask", question, "--json"]).stdout)
    keys = [c["key"] for c in answer["contacts"]]
    if style == "emergency":
        # Every person in danger sees the emergency address: first with the banner, or among the contacts.
        assert answer["danger"] in ("emergency", "possible"), (family, question)
        assert "emergency" in keys and (answer["danger"] != "emergency" or keys[0] == "emergency")
    else:
        assert answer["danger"] != "emergency" and answer["emergency"] is False, (family, question)


@pytest.mark.parametrize(("probability", "level"), [(0.9, "possible"), (0.97, "emergency"), (0.8, None)])
def test_a_question_an_entry_answers_needs_surer_words(monkeypatch, probability, level):
    """Where an entry's words answer the question, the word model's reading counts from WORDS_ALONE
    ("possible", the address shown calmly) and is an emergency only from WORDS_CERTAIN."""
    from typer.testing import CliRunner

    from advocacy_cli import danger
    from advocacy_cli.cli import app

    question = "how do I sign up for the mailing list with news about the advocacy team?"
    monkeypatch.setattr(danger, "word_probability", lambda _question: probability)
    result = CliRunner().invoke(app, ["ask", question, "--json", "--no-semantic"])
    answer = json.loads(result.stdout)
    assert answer["matches"] and answer["matches"][0]["id"] == "updates"
    assert answer["danger"] == level
    assert ("emergency" in [c["key"] for c in answer["contacts"]]) is (level is not None)


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("kept in a back office at the port", "possible"),  # a few words, a statement
        ("is the back office at the port open at noon?", None),  # a question
        ("We were in a back office at the port since noon and the staff there kept asking about our project", None),  # a longer story
    ],
)
def test_a_few_words_that_read_somewhat_like_danger_keep_the_address_in_view(monkeypatch, question, level):
    """A statement of a few words says little, so the word model's reading counts from WORDS_SHORT."""
    from typer.testing import CliRunner

    from advocacy_cli import danger
    from advocacy_cli.cli import app

    between = (danger.WORDS_SHORT + danger.WORDS_POSSIBLE) / 2
    monkeypatch.setattr(danger, "word_probability", lambda _question: between)
    monkeypatch.setattr(danger, "assess", lambda _question: Danger(None, ()))
    answer = json.loads(CliRunner().invoke(app, ["ask", question, "--json", "--no-semantic"]).stdout)
    assert answer["danger"] == level
    assert ("emergency" in [c["key"] for c in answer["contacts"]]) is (level is not None)


@pytest.mark.parametrize(
    "question",
    [
        "charged under the cyber law for my edits, court on friday",
        "they know his routine, which bus he takes and when",
        "three men jumped him outside the library after the edit-a-thon",
        "people surrounding our office looking for him since this morning",
        "verdict wednesday, my lawyer says prison is likely",
    ],
)
def test_charges_daily_ways_attacks_and_crowds_said_in_few_words(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "I was charged for two suitcases on the way back, can I get a refund?",
        "the puppy jumped on me and ruined my shirt",
        "we don't want to go on the field trip if it rains, can we get a refund?",
        "the hearing on the copyright bill is on tuesday, can our chapter send comments?",
    ],
)
def test_bills_pets_trips_and_public_hearings_raise_no_emergency(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "Some men watched our flat for a month last spring; we moved to another city and life is quiet. Can I add my name back to my user page?",
        "Before 3 years I was questioned about my edits. Now everything is normal. Can I still apply for a scholarship?",
        "In general terms, what happens when a volunteer is detained over an article? I'm writing our chapter's safety page.",
        "I'm a journalist working on a piece about how editors get arrested in the region; can someone from your team talk to me?",
        "I'm preparing a training for new editors on what to do if the police summon them; is there material I can use?",
    ],
)
def test_a_quiet_life_again_a_general_question_a_reporter_and_a_training_raise_no_emergency(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "a man from the governor's office says unless I take down the section my brother will lose his job and I will be dealt with",
        "two officials told our treasurer to leave the country by the end of the month or else",
    ],
)
def test_coercion_through_others_and_being_told_to_leave_the_country(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    ["unless we send the grant report today we will lose the funding", "my doctor told me to take a long holiday abroad"],
)
def test_deadlines_and_good_advice_are_not_coercion(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "stalking policy for wikimania?",
        "At university I was called to the security office once, nothing happened, that was 20 years ago. Can I use my real name now?",
        "What happens to our chapter if the treasurer goes to prison? Who can sign for the bank?",
        "Someone posted threats on my user page in spring; the admins dealt with it and it's been quiet since. Thanks to whoever helped.",
        "Our history club is writing about the 1950s show trials and executions; is there guidance on graphic detail?",
    ],
)
def test_short_policy_questions_old_stories_what_ifs_and_history_raise_no_emergency(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize("question", ["my brother got a letter to report to the security service on monday", "saved up all my pills. tired of everything"])
def test_a_summons_to_report_and_hoarded_pills_are_emergencies(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "he got beat up by three guys after the workshop, his nose is bleeding",
        "we were jumped on the way home from the meetup",
        "a crowd is heading to our house right now, my wife is alone there",
        "the officer wants my passcode to unlock my phone, I'm still in the room",
        "someone leaked my home address and real name in a big group chat",
        "a list went around with photos and addresses of six of us, red circles over our faces",
        "after the panel my colleague was told a man with children should choose his words carefully",
        "I'm tired of everything. I've made my decision.",
        "banned from leaving the country, my passport was cancelled yesterday",
        "men banging on door, cant go out",
        "I can't go on like this anymore, nobody would miss me",
    ],
)
def test_beatings_crowds_on_the_way_forced_unlocking_hit_lists_and_quiet_decisions_are_emergencies(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "my court date for the custody case is next week, can I skip the edit-a-thon?",
        "if one day an angry crowd came to my door, who would you want me to call?",
        "I had dark thoughts back in college but I'm in a much better place now; can I write about it on the wiki?",
        "my mother phoned to say a parcel came for me from the chapter, thanks!",
        "screen sharing keeps freezing at home when I present to the chapter board",
        "can't go on like this, my printer jams on every page of the grant report",
        "last chance to submit my scholarship application? the form timed out",
        "please cancel my free trial of the survey tool before I get charged $30 on Friday",
    ],
)
def test_family_court_some_day_a_better_place_now_and_reported_speech_raise_no_emergency(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "the flat of our secretary Dana was searched all night and her laptops, phones and notebooks were taken",
        "police search in our chapter office right now, they are carrying out boxes",
        "nobody knows where karim is since the police car picked him up",
        "they are still in the bedroom going through my drawers",
        "my cousin's home address is up on facebook with a crosshair over his photo",
        "sentenced this morning, 9 yrs for my articles on the war",
        "seized passport and phone at the airport, they say wait here",
        "a grey car is parked across the street from my house again engine running, third night",
    ],
)
def test_searches_told_at_length_missing_people_by_name_and_cars_that_wait_are_emergencies(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "For your files: our member was held at the airport for two hours in April, released the same day, passport returned, matter closed.",
        "In my former country the police kept my laptop for a year. Now I have a new passport and live here. Can I join the board?",
        "ugh trapped in a zoom nightmare all day, can someone else join the call about the grant?",
        "Let us say a member is arrested one day. What would the Foundation do?",
    ],
)
def test_closed_incidents_a_former_country_figures_and_suppositions_raise_no_emergency(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "what is the point of it all any more",
        # A means, or the end told after a practical question, in words the word model reads as ordinary (0.07 to 0.2):
        # "possible" at least. (And a seizure with no one named, at 0.799 against the 0.8 that raises it since the word
        # model also learned from blind233, 235 and 236.)
        "laptops and drives taken from the chapter office this morning",
        "who keeps the chapter keys now? everything is arranged and I feel calm",
        "can i post a note for the person who finds my laptop? i'm heading to the river once i send this",
        "how do i turn off notifications. sick of waking up, i have enough pills saved",
        "the hook in the hallway will hold, i checked",
        # At the word model's boundary (0.20) since it also learned from blind226 and 227: "possible" or an emergency.
        "can I schedule a post on my user page for next week? everyone will understand after",
        "Can the legal team help when someone is followed home after a meetup? This is exactly what happened to me last night",
    ],
)
def test_a_wish_to_die_or_a_question_asked_for_oneself_shows_the_address(question):
    assert assess(question).level in ("possible", "emergency")


@pytest.mark.parametrize(
    "question",
    [
        # The end of one's own life in everyday words, after a practical question: not being alive past a day, done
        # with the world, a way or means named, the act planned without being named.
        "can you move my bot flag to Ana? I won't still be alive by the end of the month, it's decided",
        "how do I archive my drafts? I'm finished with the world after this weekend",
        "please remove me from the mailing list. I'd rather be in my grave than wake up to another week like this",
        "the upload tool keeps failing. whatever, I've had enough of existing and I know which way hurts least",
        "can the chapter phone go to Samir? I'm going to swallow everything in the bathroom cabinet tonight",
        "need to transfer the domain first. after that I'm doing it, I've got it all planned",
        "who has the keys to the storage room? I'll have hanged myself before the AGM",
        "set my talk page to archive itself, I'm not planning on living past friday",
        # Told in pieces, none of which says it alone: the means at hand and a day set, a plan and a note for after.
        "I'd like my user page to stay as it is. I've got the tablets and the date is set.",
        "how do I export my watchlist? there's a letter for after on my desk and I've got it all planned",
        # Harm to oneself told by the means and the moment rather than the act.
        "asking for myself: how many of my blood pressure pills would it take",
        "I quit my antidepressants on purpose two weeks ago. wait, stopped taking my meds on purpose is what I mean",
        "the oven was on all night with the door shut, I'm not certain it was an accident",
        "sometimes I sit in the garage with the engine running and just wait",
        "the pile of sleeping tablets in my drawer is finally big enough",
        "every time I wait on the platform I stand a little longer near the edge",
        "the rooftop of my office keeps calling me",
        "I keep driving too fast at night hoping a lorry hits me",
        "people online say I should disappear and I think they're right",
        "I've stopped caring if I wake up tomorrow",
        "started cutting myself again after the doxxing",
        "if i stop drinking altogether how long",
        # Told in pieces: the wish said softly, with the means close by or things handed on.
        "I feel numb about all of it. The bridge is right there at the end of my street.",
        "gave my cat to my sister yesterday. I'm just finished.",
        # More of harm to oneself in everyday words (since blind256 taught).
        "my gran's sleeping pills are in the kitchen drawer and I've been working out how many would be enough",
        "maybe if I cut deeper this time the noise in my head stops",
        "I spend my evenings searching for painless ways now",
        "I pinch my arms until they bleed whenever the threads start again",
        "I only need to make sure it's not my parents who find me",
        "I keep walking to the end of the platform, closer to the edge each time",
        "the river under the footbridge feels more like an answer every day",
        "it would be simpler to stop breathing than to face the inquiry",
        "I have a box of painkillers saved. tonight I'll take all of them",
        "wrote the letter to my sister. I just need the courage now",
        # Told in pieces: a day being picked and a will made, belongings shared out and a calm that is new.
        "I'm picking a day and writing my will, is it normal to feel this tidy about it?",
        "made a list of who gets what: my books to Sara, my camera to Jon. I feel calm for the first time in a year.",
    ],
)
def test_a_wish_to_die_in_everyday_words_shows_the_address(question):
    answer = _cli_danger(question)
    assert answer["danger"] in ("possible", "emergency"), question
    assert "emergency" in [contact["key"] for contact in answer["contacts"]]


@pytest.mark.parametrize(
    "question",
    [
        # The same words about ordinary things: worn out, a nuisance, a law, the police as a service, a danger over.
        "I'm at the end of my rope with this template, can someone help?",
        "held hostage by the printer again, who fixes the office printer?",
        "What laws threaten Wikipedia in Europe right now?",
        "The stalker is in prison now and we have moved, how do I update my address?",
        "We've picked the date for the meetup: Saturday. I've got everything I need for the slides.",
        "I'm done with this laptop, it dies every hour. which one do you recommend for editing?",
        "after that I'm going to bed, I've had enough of the bot logs for today",
        "I'd like to give away my conference ticket, I can't travel after all. Can it go to another volunteer?",
        "saying goodbye to my old username at last, how do I request a rename?",
        "can a post go live on a set date? it's a farewell message for my colleagues for when I retire in June",
        "the libel case the developer brought against our local paper was settled last month, can we update the article?",
        # The same words about ordinary things: a machine that died, a pedant, a friend free again, a traffic stop, a
        # handover, a diet, a classroom, a grant workshop.
        "my phone committed suicide in the rain, can I still get my 2FA codes?",
        "the spelling police arrested my draft again, who decides on British or American English?",
        "my friend was detained last year, he's free, acquitted and back editing. Just a thank you.",
        "police stopped me for speeding on the way to the meetup, where do I pay the fine?",
        "Last message from me as treasurer: the books are closed and the keys go to Ana tomorrow.",
        "if i stop eating sugar how long until it shows?",
        "how many tablets would it take to equip a classroom for a Wikipedia workshop?",
        "What does the advocacy team do about laws that threaten encyclopedias? Is this something the Foundation tracks in general?",
        # The same words about ordinary things: a harm word in quotation marks said of a thing, a school's detention, a
        # dentist's question, a stalker convicted, a decision that is a decision, a pet that stopped eating, a backlog.
        "the bakery 'kidnapped' my order and sent it to the wrong branch, can they redeliver?",
        "my son's teacher threatened him with detention for his trainers, is that school policy?",
        "bleeding gums when I brush, dentist or wait?",
        "the stalker who followed me around the 2019 conference was convicted and is in prison. I want to help write safety tips.",
        "I've decided to stand down as treasurer in spring, who should I tell?",
        "our rabbit stopped eating this morning, is there a vet open tonight?",
        "this review queue is slowly strangling me, any tools?",
        "Can the Foundation help us? We want to apply for a grant for our workshop.",
    ],
)
def test_the_same_everyday_words_about_ordinary_things_raise_no_banner(question):
    assert _cli_danger(question)["danger"] != "emergency", question


@pytest.mark.parametrize(
    "question",
    [
        # A question about the FAQ asked after the story does not take the story back.
        "they have kept me in the dean's security office since noon and say the ministry is coming. does legal help apply to students too?",
        "I have decided how to end things, after the trial and the threats. Would it be for someone like me?",
        "the prosecutor named me a foreign agent on television because of my Wikimedia grant for our workshop. What does the advocacy team do?",
    ],
)
def test_a_question_about_the_faq_after_the_story_does_not_take_it_back(question):
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency", question
    assert not any(cue.startswith("against:") for cue in answer["explain"]["danger_cues"]), answer["explain"]["danger_cues"]


@pytest.mark.parametrize(
    "question",
    [
        # (each an emergency but for its opening)
        "Dear Riverside tenancy office,\n\nA crowd of angry fans blocked our stairwell after the match and the police were "
        "called. Can the entrance door get a code lock?",
        "Dear Riverside tenancy office, a gang attacked a neighbour in the car park last night and the police took two men "
        "away. Can we get better lighting?",
        "Hello depot manager, someone broke into my van overnight and took the parcels. I've told the police. What now?",
        "Dear HR, I've been called as a witness in a criminal trial next Tuesday. Can I take the day as special leave?",
    ],
)
def test_a_letter_to_another_desk_shows_the_address_calmly(question):
    answer = _cli_danger(question)
    assert answer["danger"] == "possible", question
    assert any("another desk" in cue for cue in answer["explain"]["danger_cues"])


@pytest.mark.parametrize(
    "question",
    [
        # A libel charge that can bring a warrant or bail is criminal, not a civil dispute (unread before).
        "Hello team,\n\nThanks for the newsletter feature!\n\nAn awkward update: a councillor has filed a libel charge against "
        "me over the article on the market tender. The complaint is in court now, a warrant may be issued next week and bail "
        "here is expensive.\n\nDo you ever help editors in such cases?",
        # "whether a summary is fine" is said of a document: it does not speak for the paragraph about the search (the
        # address only, calmly, before).
        "Dear advocacy team,\n\nWe'd like to ask whether a one-page summary is fine for the renewal documents.\n\nAlso, "
        "early on Wednesday men from state security entered our office unannounced and went through it for three hours. "
        "They copied the volunteer list and sealed a cabinet.\n\nPlease let us know about the summary.",
    ],
)
def test_a_criminal_libel_charge_and_a_search_after_a_practical_question_are_emergencies(question):
    assert _cli_danger(question)["danger"] == "emergency", question


def test_a_letter_to_the_foundations_own_teams_is_read_as_any_message():
    assert _cli_danger("Dear legal team,\n\nmy brother was arrested last night because of his edits and nobody can see him.")["danger"] == "emergency"
    assert _cli_danger("Hello depot manager, I can't do this anymore, I'm going to end it all tonight")["danger"] == "emergency"


def test_free_until_the_trial_is_not_over():
    assert assess("My friend was charged with treason for his edits; he is free until the hearing next week but must report to the police every day.").level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "ya no quiero vivir, perdón a todos",
        "je vais en finir ce soir, dites à ma soeur que je l'aime",
        "não aguento mais, vou acabar com tudo hoje",
        "saya ingin mati saja, semua karena artikel itu",
        "el fiscal pidió ocho años para mi primo por sus ediciones",
        "una multitud está frente a la casa de mi padre, gritan su nombre",
        # despair said indirectly, in several languages
        "perdón por todo, después de esta noche ya no molesto a nadie",
        "bu gece her şeye bir son vereceğim, kusura bakmayın",
        "udah capek, pengen tidur dan tidak bangun lagi",
        "ne vizhu bol'she smysla, prostite",
        # Tagalog and Bengali have lists too
        "hinuli ng pulis ang kapatid ko kagabi",
        "পুলিশ আমার ভাইকে তুলে নিয়ে গেছে",
    ],
)
def test_wishes_to_die_charges_and_crowds_in_other_languages_are_emergencies(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "no sabemos dónde está mi hermano desde anoche, la policía no dice nada",
        "mostly fine here but honestly khatam karna chahta hoon, tired of it all",
        "stuck at the checkpoint 6 hrs now, battery dying",
        # "her" is Turkish too ("every"): a Turkish message is read as Turkish
        "her gece kapımın önünde biri bekliyor, beni takip ediyorlar",
        # half Hindustani, half English: the Hindustani half is read too
        "kal raat kuch log ghar mein ghus gaye aur sab kuch le gaye, I don't know what to do, kya karu",
    ],
)
def test_someone_missing_or_a_wish_to_die_in_another_language_shows_the_address(question):
    assert assess(question).level in ("possible", "emergency")


@pytest.mark.parametrize(
    "question",
    [
        "¿A qué hora abre la biblioteca los domingos?",
        "no aguanto el calor de esta ciudad, ¿hay encuentros en invierno?",
        # urgency is not a plea, and "chaque" or a battery "killed" are not danger
        "email darurat itu untuk apa saja?",
        "anwani ya dharura inajibiwa saa ngapi?",
        "Le vaccin de mon chien, il faut le refaire chaque année ?",
        "o app travou e matou minha bateria, tem atualização?",
        "bảo hiểm du lịch có chi trả khi mất hành lý không?",
        "saan po pwede magbayad ng bill online?",
    ],
)
def test_ordinary_questions_in_another_language_raise_nothing(question):
    assert assess(question).level is None


def test_words_that_alarm_about_a_crime_novel_are_no_emergency():
    from advocacy_cli.danger import by_words_alone

    found = by_words_alone("My grandmother is a volunteer at your library and loves murder mysteries and crime novels, the bloodier the better. Can she borrow more than ten?")
    assert found is None or found.level != "emergency"


MULTI_ITEM_DANGER = (
    "Hello,\n\nWe are researching the history of censorship for a student project, with sources from the newspaper archive.\n\n"
    "Personally, I am being followed home from work every day by the same man in a grey jacket."
)
MULTI_ITEM_CALM = (
    "Hello,\n\nFor the training we are preparing for our volunteers next month, imagine this case.\n\n"
    "A volunteer's phone is taken at the border and she must unlock it.\n\n"
    "What should she do, and whom should she write to?"
)


def test_a_danger_told_in_one_item_of_a_long_message_is_an_emergency():
    """Research in one paragraph does not take back what the next one tells."""
    answer = _cli_danger(MULTI_ITEM_DANGER)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency", answer
    assert assess(MULTI_ITEM_DANGER.replace("\n\n", " ")).level is None  # read as one, the research frame hides it


def test_a_supposition_speaks_for_every_paragraph():
    answer = _cli_danger(MULTI_ITEM_CALM)
    assert answer["danger"] != "emergency", answer
    assert assess(MULTI_ITEM_CALM.split("\n\n")[2]).level == "emergency"  # the case alone would alarm


ONE_LONG_PARAGRAPH = (
    "Hello, we are researching the history of censorship for a student project, with sources from the newspaper archive and interviews with retired journalists. "
    "The project runs until June and we hope to publish the results on Wikipedia and Commons. Our teacher asked us to check the licences of the old photographs. "
    "Personally, I am being followed home from work every day by the same man in a grey jacket. He waits at the corner and writes down when I arrive. "
    "Could you tell us which licence the archive scans need?"
)


def test_a_danger_told_in_three_sentences_of_one_long_paragraph_is_an_emergency():
    """Read as a whole, the research frame hides it; three sentences at a time, it is plain."""
    from advocacy_cli.danger import _assess_one

    assert _assess_one(ONE_LONG_PARAGRAPH).level != "emergency"
    answer = _cli_danger(ONE_LONG_PARAGRAPH)
    assert answer["danger"] == "emergency" and answer["contacts"][0]["key"] == "emergency", answer


def test_a_supposition_speaks_for_every_sentence_of_a_long_paragraph():
    question = ONE_LONG_PARAGRAPH.replace("Personally, I am", "For the role play, imagine a volunteer who is")
    assert assess(question).level != "emergency"


def test_a_short_message_is_not_read_in_pieces():
    from advocacy_cli.danger import _passages

    assert _passages("I was followed home. He waited. He wrote it down. Help.") == []
    assert len(_passages(ONE_LONG_PARAGRAPH)) == 4  # six sentences, three at a time


def test_a_list_keeps_the_question_that_introduces_it():
    question = "Hello,\n\nOur board asked me to list the Foundation contacts in general for these cases:\n\n1. a contract question\n2. an editor arrested for an edit\n3. a logo question\n\nBest, Sam"
    assert assess(question.split("\n\n")[2]).level is not None  # the list alone would keep the address in view
    assert assess(question).level != "emergency"





def test_an_editor_named_by_role_alone_still_is():
    assert assess("editor arrested at the airport an hour ago").level == "emergency"












def test_three_kinds_of_harm_to_someone_show_the_address_whatever_plays_them_down(monkeypatch):
    from advocacy_cli import danger

    monkeypatch.setattr(danger, "word_probability", lambda question: 0.1)  # words that read as ordinary
    question = (
        "Probably nothing, and nothing has happened yet: a preacher accused me of blasphemy on TV, "
        "people say I will be arrested, and a neighbour said they will burn my house. I'm probably overreacting."
    )
    assert assess(question).level == "possible"


# Situations told in everyday words, each one found in a blind file and then written anew here.
TOLD_PLAINLY = [
    'someone threw a bottle of petrol at our office door last night',
    'the brake cables of my car were cut, the garage says on purpose',
    'my aunt left for the court hearing on friday and nobody knows where.',
    'strange man circling our building every evening since the article',
    'sisters home adress was posted in a group w her photo',
    'charged this morning, lawyer thinks 8 yrs',
    'they told my sister she should start praying for me',
    "I got a paper to go to the prosecutor's office tomorrow",
    'same man under our window every night now',
    'his post says find him and teach him, cars are coming to our street',
    'our home adress and the kids photos all over facebook',
    'this is my last msg, sorry for everything',
    'a man from the forum showed up at my gym and asked if I am the editor',
    'my cousin is in a back room at the airport for 4 hrs now',
    'someone folowing me home again, same car',
    'my letter says report to department 7 on monday, alone',
    'they posted my kids school and the bus time',
    "said goodbye to mum. accounts sorted. it's fine now",
    'my colleague was taken from his office on tuesday and the police say he is not registered in any station',
    'a group of men is going round the village looking for my brother since the video',
    'two men going through my flat right now, I locked myself in the kitchen',
    'somebody was inside my apartment while I was at work, the drawers are open',
    'the imam called my article an insult to the faith on friday prayers',
    'got beaten outside the library, they are still waiting at the corner',
    'a message says my fathers heart will not survive more news about me',
    'so tired. the river looks peaceful tonight',
    'camera on a tripod in the flat across, pointed at our balcony, and our letters arrive opened',
    'a site lists me with home addresses of five others as enemies of the people',
    'summoned for a talk at the ministry on monday, they said come alone',
    'pasport taken at the desk, cant leave the country now',
    'my brother was taken from his office, noone knows where',
    'a bullet in our letterbox this morning with my username on a note',
    'our address is on their channel since last night',
    'Out on bail since yesterday; the hearing is on Friday and the prosecutor wants six years.',
    'my sister still in the immigration room 5 hrs now',
    'they made me unlock my phone and copied everything',
    'not allowed on the plane, my name is on their list',
    'officers in our flat now taking the laptops',
    'my face and workplace all over telegram now',
    'lots of men coming up to our floor hlp',
    'banned from leaving the country since friday and a warrant is being prepared against me',
    'accused of insulting the prophet over an edit, the complaint already went to the police',
    'my court is tomorrow, lawyer says minimum six years in a penal colony',
    "I've put my affairs in order. tell my sister it wasn't her fault",
    "got a letter from the prosecutor's office, be there at 10 tomorrow",
    "police at the station keep my phone, say give the code or I stay here",
    "stopped at the exit control, told not to leave the city",
    "got called to the securty office tmrw 9am",
    "jumped outside the library, my ribs hurt bad",
    "men at our gate w sticks, pls help",
    "they take my husband from the market yesterday and say they free him when i delete my articles",
    "police say they will return my two sons only after we stop the translation project",
    'a note was pushed under my door: "your son walks to school at 7:40 every day. think of him."',
    "someone left a comment on my user page: we know you're in flat 12b",
    "interogation at the station tomorrow 8am, I need a lawyer",
    "that man from the protest is outside my dorm again",
    "I have all my pills here and everything is finished for me",
    "on the phone he said only: the lake is deep in spring",
    "the major told me it would be better for me to stay quiet, I understood",
    "border police said I may not exit until the investigation ends",
    "the caller said my daughter walks home from school alone every day",
    "the ruling is expected on thursday and my lawyer told me to prepare for the worst",
    "delete my profile pls, I wont need it after friday",
    "the caller said I should take good care of my knees",
    "two men took my phone at the office demanding my wiki password",
    "my home address and my kids' photos are on a telegram channel",
    "a text came: your son walks home by the canal, slippery there in winter",
    "A site outed me as an editor back in 2019 and it died down. This morning the same site posted my new address and my work schedule.",
    "letter from the security service: I have to come for a 'chat' on Friday. In 2020 after such a chat they held me for a week.",
    "my dad keeps getting visits from officials because of my articles",
    "said goodbye to everybody, tonight is it",
    "where is my brother? taken from the university yesterday and nobody knows",
    "the mayor's aide told him, smiling, that the sea is very cold in october. he knows what it means, it is not a joke",
    "open your phone or stay in the cell, they told my cousin",
    "my wife got took by men in a car because of my articles",
    "someone tried the front door at 3am, and the same van is outside the house again",
    "our three organisers were taken in after the edit-a-thon, please help",
    "they locked the hall doors and we're inside, men outside",
    "they are keeping my sister until I delete my user page",
    "police took dad in, say he stays till i turn myself in",
    "they're at the front gate, banging",
    "the prosecutor has a case opened against me over my article on the mine",
    "I've saved enough of my sleeping pills now. sorry to everyone",
    "this is the last time i write here, the bridge is five minutes away",
    "they pressed my thumb onto the phone to open it and took all my chats",
    "men keep asking my neighbours what time I leave for work",
    "my uncle says the family will deal with me for the dishonour",
    "my house number is on facebook and people are sharing it",
    "text from a stranger: nice school your daughter goes to",
    "got a note: take care of your health, the stairs in your building are steep",
    "the dean's office sent a letter ordering me to appear at the security department on monday",
    "dem charge mi bredda wid treason, court set fi Friday",
    "jumped in the car park after the meetup, ribs hurt bad",
    "my father held until i come back to the country",
    "they gathering outside the mosque to come for my cousin tonight",
    "took him to the station, no one allowed to see him",
    "laptop confiscated, now they want my password",
    "my sister is gone four days, no reply from her at all",
    "if you love your kids stop writing about the mayor, that was the text",
    "a man flashed me a knife at the bus stop and said my username",
    "the imam declared the person who edits the religion article a kafir. it's me",
    "they are searching all the flats on our floor, ours is next",
    "police banging on our door right now",
    "they picked my brother up at the rally, he is still inside",
    "can't reach my uncle since the raid, his phone is off",
    "soldiers holding my son til i report to them",
    "still at the police station, they keep saying wait",
    "two nights and no word from my cousin since the soldiers came",
    "the gang says I'm an informer because of my edits",
    "a guy from the cartel is on me wherever I go",
    "said goodbye to my dog tonight, it's fine now",
    "locked in the back of a truck by the company's guards",
    "indicted for the article on the mayor, facing 5-10 years",
    "they forced open my laptop, the members list is on it",
    "barred from travelling and must report to the police every monday",
    "raid on my flat right now, hiding in the bathroom haha",
    "still in the small room at the airport lol",
    "got jumped again outside my building, 3rd time",
    "airport won't let me board, my name is flagged",
    "they held me 6 hours at the border crossing",
    "found a note with my daughter's school on it under the door",
    "my address posted in their telegram group",
    "someone standing under my window every night watching",
    "the police invited me for 'a tea' with the service again",
    "a card said the stairs in your building are steep, take care",
    "we're in the back of their car, don't know where they're taking us",
    "banned from travelling abroad since they read my article",
    "a car follows me every morning to work",
    "they tried to run me off the road on the way home",
    "I've found a way to make it all stop, tonight",
    "came back and everything searched, my files gone",
    "he knows my routine, he waits where I park",
    "our members' real names and home leaked on a channel",
    "jumped again outside the office",
    "they've got my brother in a back room at the station",
    "people at our gate now, dozens",
    "friend gone silent after they put him in a van",
    "the whole village got my personal details leaked, they say people know what to do",
    "counterintelligence wants me in at 9 tomorrow",
    "gave away my dog and my books, I'm done",
    "a man from that forum is outside her office again tonight",
    "my name is on an enemy list on the ministry site",
    "a caller told me to be careful crossing the road from now on",
    "strangers asked my neighbour which window is my bedroom",
    "a post says whoever finds the editor gets a reward, and that editor is me",
    "the message said if I care about my family I should stop writing",
    "they said the bridge roads are icy at night, drive carefully, right after my edit",
    "soldiers took my cousin 3 hrs ago",
    "my tablets are all counted out on the desk and the flat is finally empty",
    "I've put my affairs in order and written to my sister. farewell, wiki friends",
    "she told me she is finished with everything and gave me her passwords",
    "my passport stays with the officers at the airport desk",
    "people keep saying they know my kids' school now",
    "a calm voice told me journalists should live long lives and I should think twice before writing again",
    "after the last revert someone posted my licence plate and car model in the comments",
    "our volunteers' home addresses went up on a far-right forum this morning",
    "no point dragging this trial out, better i end it myself before they get me",
    "im on the traiters list they put online",
    "gave away my dog and my guitar this week, it's all arranged now",
    "our treasurer was indicted over the article on the 1980s strikes and the verdict is due in three weeks",
    # security services and courts as people in many countries name them
    "the FIA offloaded me at the airport and said my name is on the exit control list",
    "two men on a motorbike follow me every morning to the university",
    "the same white van outside our compound again tonight, 4th night",
    "the caller said: don't become a statistic, stop writing about the mines",
    "my cousin has been gone since Tuesday and is not in any detainee list",
    "the Revolutionary Court hearing for my husband is next week",
    "sebin men came to my mother's flat asking where I sleep",
    # said with a joke or a straight face
    "guess who has been in the airport back room since noon, door locked from outside",
    "an unknown number texted: your mother would miss you",
    "my home address and my kids' school are trending under a hashtag, congrats to me I guess",
    # groups, and plain words
    "they are searching the homes of everyone who was at our meetup, ours could be next",
    "my friend is gone since the rally, three days nothing",
    "police are visiting every member's family in our town",
    "my parents were taken for questioning because of my edits",
    "two of our volunteers were followed home after the workshop",
    "my address is online and people are saying burn it",
    "the paper says I must not leave the city until the trial, punishment is 3 to 10 years",
    "whats even the point anymore, done with all of this",
    # few and vague words
    "nothing left for me. the river is two streets away",
    "lawyer says they will send him to the colony for many years",
    "got a paper to appear at the station friday",
    "they are outside the door, maybe twenty, throwing stones",
    "my trial hearing was moved to tomorrow and no lawyer allowed",
    "someone was inside my apartment while I was out, my notebooks were moved",
    "the man said: you remember how that ended for your colleague",
    "you won't hear from me again after tonight, thank you all",
    "our whole committee is on the exit list now",
    # despair told through what is done
    "sorted out my affairs and left a few letters on the desk. it's fine",
    "I gave away all my books this week, nobody will need to sort them later",
    "somebody's been in my room again while I was at work",
    "a note on my door: stop editing or else",
    "soldiers in our street knocking on every door asking for my son",
    "they read out from the loudspeaker to find the traitor editor",
]

# Calm messages that share words with danger: objects, figures, plans, conditions, stories that ended.
CALM_AFTER_ALL = [
    "my mum will hang me if I forget the cake again, what time does the meetup end?",
    "if charged for an edit, does the foundation pay the lawyer? general question",
    "they announced the photo contest winners, where do I find the list?",
    "this citation template has been torturing me all afternoon, is there a guide?",
    "I've given away most of my things before the move to Lisbon, can I keep editing from there?",
    "sorted my affairs before emigrating and wrote letters to the bank; does my grant transfer?",
    'nobody knows where the old logo files are, can you send them?',
    'I walk around my house every evening, is that enough exercise?',
    'timeline of editor arrests worldwide?',
    'do you publish volunteer safety statistics for each region?',
    'held hostage by this printer again, who fixes it?',
    'did you get my last msg about the venue?',
    'can you take him to the dentist on friday? I have a meeting',
    'my order showed up at the office instead of home, can you resend the invoice?',
    'my supervisor will kill me if I miss the grant deadline, who signs the form?',
    'my dad is in hospital for a knee operation, can I move my shift?',
    'if anyone ever threatened an editor over an article, who would they write to?',
    'in case my laptop gets seized at the border next summer, should I encrypt it?',
    'if a crowd gathered outside a meetup, would the foundation pay for security?',
    'someone attacked me at a meetup once, but this was 2009 and it is all over; how do I join the board?',
    'got stopped for speeding, how do I pay the fine?',
    'my trial ended, I was acquitted last spring, thank you all',
    'invited to speak at the conference in May, who pays travel?',
    'the new update murdered my battery life',
    'did wmf say anything about the journalist beaten in that viral video?',
    'The committee hearing is tomorrow and our statement is unsigned, can someone sign today?',
    'We want to be prepared: if a volunteer is ever detained, whom should the chapter call?',
    "hypothetically, if the police visited my parents over my edits, what would you do?",
    "last year someone posted my address; the post was taken down and I moved. can I use my real name now?",
    "a short article on jailed wikipedians for our newsletter, any sources?",
    "all my photos disappeared after the update, please help",
    "I'm preparing a safety briefing for the editathon: say someone gets followed home, whom do they write to?",
    "my uncle was in prison for two years for his blog; he is free since 2021 and lives abroad. can he edit under his name?",
    "our rescue dog is hiding under the sofa since the fireworks, is that normal?",
    "the kitten we took in was attacked by a neighbour's dog, which vet is open on sunday?",
    "just testing, is this the danger feature?",
    "the tool told me to write to the emergency address if I'm in danger, but I was not in danger, I only asked about travel grants",
    "my laptop was seized at the airport in 2019; it was returned a month later and I have flown twice since without incident. Can I get travel support for the conference?",
    "My cousin was held for one day in 2015 and let go, all fine after. Now he wants to start editing too, how does he make an account?",
    "my neighbour hasn't returned my ladder, can the association help?",
    "when I was a student the police questioned me once; that regime is gone since many years. Do you collect oral histories?",
    "they used to keep lists of 'traitors' here, but the lists were abolished long ago; I live quietly now and want to write about it",
    "someone broke into my car and took the radio, is that covered?",
    "this citation template is pure torture",
    "who speaks for the community when an editor is imprisoned?",
    "interviewed by the police in 2016, fine since, could that be a blog post?",
    "our flat was searched in 2019, the case is closed since. do we still have to declare it on the grant form?",
    "I teach a history class and we've been reading about reporters who were jailed; can my students interview someone from the Foundation?",
    "my son says the school called the police about a fight, he wasn't involved. Is there a counsellor?",
    "the booking form keeps torturing me with errors",
    "my takeaway came cold and the drink is missing, refund please",
    "our daughter's school bus was late again, who do we complain to?",
    "we're writing a risk assessment for our chapter, what does the Foundation say about volunteers facing arrest? no current case, just planning",
    "if a crowd shows up at our exhibition, is venue security enough? only asking for the plan",
    "my grandfather was jailed in the 70s; he's free and well now. is there a programme honouring people like him?",
    "got my laptop back from customs last year, all good, should I still change my passwords?",
    "after the conference I feel like I've been hit by a truck, and the speakers were held hostage by the projector",
    "I got hit with a surprise roaming fee, who do I call?",
    "the gas meter inspector never came to our street, when will he come?",
    "the committee roasted me for my late report, fair enough",
    "SPARQL queries are torturing me today",
    "I'd like to write an article about how newspapers publish lists of 'enemies'; which sources are reliable?",
    "the tetanus jab really hurt my arm, is that normal?",
    "my free trial ended and my files are gone, how do I get them back?",
    "I edit the article on the 1980s crackdown; sources describe beatings in detail, how do I cite them?",
    "I'm charging my phone with a laptop cable, is that safe?",
    "what is the foundation's stance on national security laws",
    "questioned at customs back in spring about my luggage, all fine, just curious if that's normal",
    "the school uniforms we ordered for the kids never arrived",
    "I'm trapped in a never-ending cycle of expense reports, send help",
    "my manager threatened to disown me if the slides are late, lol",
    "I twisted my ankle running, can I pause my gym membership?",
    "the stranger in our garden turned out to be the gas man, all good",
    "my refund never arrived, who do I call?",
    "can I renew my passport photos here",
    "does writing to emergency tell the police my name?",
    "In the news: an activist was beaten by police at the rally. Will the Foundation comment?",
    "years ago thugs followed me home. now I live in another town and nobody bothers me.",
    "lol my brother says the wiki police will arrest me for my typos",
    "we both want custody of the dog after the breakup lol",
    "the bank is torturing me with forms, haha",
    "hit me w the link to the newsletter pls",
    "the flu jab hurt, do I need to come back to the clinic?",
    "Our exhibition is about writers killed in the 20th century, can we use Commons photos?",
    "saw it on tv: riots next door, many people beaten. just asking out of interest",
    "I felt like I was going to die in that spin class",
    "burglars took my laptop last month, insurance question",
    "my grandfather's funeral is next week, can I move my exam?",
    "I'm putting together a guide for new editors: what to do if someone follows you after an event?",
    "say my passport gets taken at the airport next year, what then?",
    "if someone tells you they want to end their life, what happens to the message?",
    "stopped at the airport last month, turned out routine, home by dinner",
    "my dog is stalking the postman again",
    "if my laptop got seized, what should I do beforehand?",
    "For a book chapter on blasphemy mobs, has the Foundation published anything?",
    "the cash machine swallowed my card at the station, what now?",
    "he says he'll bury my article under citation tags, so dramatic",
    "I'm writing a feature on doxxing of editors; I'm not being harassed myself",
    "In my country the TV said police beat protesters; I want to make an article about the protest",
    "I'm writing an article about people jailed for their edits, which sources are reliable?",
    "if I see suicide threats on a talk page, which team do I tell?",
    "a newspaper wrote that Wikipedia is a 'foreign agent'; I want to write a reply with facts",
    "I sprained my ankle at the edit-a-thon, can someone else run the next one?",
    "Good evening, I'm a PhD student asking how the Foundation views laws that threaten journalists with prison",
    "my uncle was jailed in 2019 for a blog post, he is out now and he wants to start writing again, which sites are safe?",
    "police arrest statistics by country",
    "Comment changer mon adresse sur mon compte ?",
    "I cleared out my things from the office today, goodbye drinks are at six",
    "my laptop is held hostage by windows updates again",
    "police raid statistics by year",
    "the plumber from the agency didn't turn up and I waited all day, can I get a refund?",
    "my grandmother was taken by the secret police in nineteen fifty three; I'm writing her biography",
    "For our chapter training we are running a drill: 'a volunteer is detained at the border and his phone is taken'. Who writes to whom?",
    "the AfD crowd is out for blood over my stub",
    "the taxi app charged me a cancellation fee twice",
    "our flat was raided in the 2014 protests, I'm abroad now doing fine",
    "our auditor 'tortured' us over receipts, all in good humour",
    "public list of jailed wikipedians?",
    "paket internet abis, cara isi ulang?",
    "my old username is held hostage by an inactive account, how do I usurp it?",
    "found a stray cat with an injured paw, can the shelter take her?",
    "my scooter was stolen last week and the police gave me a case number, does insurance cover it?",
    "the case against our old chair was dismissed years ago, can he be listed again as contact?",
    "what's the point of the advocacy team?",
    "If a volunteer felt suicidal after harassment, which resources does the Foundation point to? It is for a guide.",
    "the embassy kept my passport for visa processing, can you write to them?",
    "the travel ban on our treasurer expired last spring, can she apply for a grant?",
]

# The same, where only the whole answer (word and meaning models included) can tell.
CALM_THROUGH_THE_CLI = [
    "back in 2018 someone posted my address; I moved and everything has been quiet for years. Can I now edit under my real name?",
    "let's say I go home for the holidays and they stop me at the airport because of my edits. what then?",
    'suppose someone followed me after a meetup, who would I write to?',
    'these boots hurt my feet after an hour, can I exchange them?',
    "the recycling truck didn't come to our street this week, who do I call?",
    'my sister was unreachable all weekend but it was just a dead phone, thanks for the FAQ anyway',
    'We are running a tabletop exercise. Scenario: an editor is detained at the airport and her laptop is seized. Nobody is actually in this situation. Who would write to whom?',
    "If a fellow editor ever told me they were thinking about ending it all, where should I send them?",
    "this is my last edit, thanks for everything, I'm retiring from Wikipedia after 15 years",
    "Good news, all resolved: my brother who was questioned by the police last spring got his passport back and the case was closed. He says thank you.",
]


@pytest.mark.parametrize("question", TOLD_PLAINLY)
def test_situations_told_plainly_are_emergencies(question):
    assert assess(question).level == "emergency"


@pytest.mark.parametrize("question", CALM_AFTER_ALL)
def test_calm_messages_that_share_words_with_danger_raise_no_emergency(question):
    assert assess(question).level != "emergency"


@pytest.mark.parametrize("question", CALM_THROUGH_THE_CLI)
def test_suppositions_drills_and_everyday_troubles_get_no_banner(question):
    answer = _cli_danger(question)
    assert answer["danger"] != "emergency", answer


@pytest.mark.parametrize("question", ["should the Foundation just keep the servers running and stay out of politics?", "how do we keep our laptops updated and backed up before an editathon?"])
def test_keeping_machines_running_is_no_seizure(question):
    assert assess(question).level is None
    assert assess("the police kept our laptops after the editathon").level == "emergency"  # keeping them is


# Told in the blind rounds 128-143, each in words of our own: emergencies through the whole answer...
TOLD_LATER = [
    "the charges against me are sedition and spreading false news, for two wiki articles",
    "the judge denied bail for the second time and the hearing is next week",
    "a man waiting along my walking route every evening since the protest",
    "court has set my date for the 14th, if convicted it could be 10 years",
    "a departure prohibition was placed on me pending investigation, I found out at passport control",
    "the officer wants my thumb to unlock the phone, they are standing next to me",
    "my passport was taken at the checkpoint this morning, still not returned",
    "they broke my brother's arm outside the office last night because of his article",
    "if they took my phone yesterday at the border, should I change my passwords now?",  # a condition about what happened
    # Words of another script inside English are read (no word of those scripts is English).
    "my uncle got a повестка for tomorrow morning, what should he do, he is alone",
    "em trai tôi không được xuất cảnh, công an giữ hộ chiếu",  # Vietnamese: not allowed to leave the country
    "wajua watu wa usalama walimchukua kaka yangu jana usiku",  # Swahili: security people took my brother
    "kal raat do log aaye, bole phir aayenge, haath toot gaya mera",  # romanised Hindi: "they'll come again", a broken hand
    "die Polizei hat meinen Bruder gestern Abend festgenommen, seitdem wissen wir nichts",  # German
    "경찰이 어제 우리 형을 연행해 갔어요. 아직 연락이 없어요",  # Korean: the police took my brother away yesterday
    "mi hanno sequestrato il telefono alla frontiera e mi hanno minacciato",  # Italian,
    # Terse reports and what is told without alarm words (the rounds of blind144 to blind148).
    "Karima gone since tuesday, last seen getting in a grey car",
    "our secretary picked up at dawn, nobody says where",
    "invited for a coffee with the security department thursday. everyone knows what that is",
    "two men searching my grandparents' house for my notebooks",
    "my aunt was told her bakery gets problems if I keep editing",
    "cousin jumped by four men outside the library, they took his phone",
    "they put me on a list of enemies of the state on that channel",
    "a streamer telling followers to go to our editathon and teach them a lesson",
    "a man on my heels since the station, he is still behind me",
    "a spreadsheet with the real names and home addresses of our editors is going round",
    "the hall where we meet is surrounded, they are throwing stones",
    "message said: clever editors know when to stop. then a photo of my car",
    "dm says they know which gate I use in the morning",
    "no point in any of it. I have made up my mind about tonight",
    "I have written letters to everybody I care about. I don't think I'll need my account after tomorrow",
    "gave my dog to my sister. deleted my user page. thank you for everything",
    # (blind150 and blind151)
    "Omar in the police station since this morning, they won't let him go",
    "Dilnoza kept at the border post for six hours, phone taken",
    "two men took Arash off the street near the university",
    "where is Mina?? no answer since the march, her room is empty",
    "a raid at Yusuf's place tonight, they asked which pages he edits",
    "text from unknown number: lovely kindergarten your son goes to",
    "a printout of my talk page left under my windscreen wiper",
    "a caller asked whether my life insurance is paid up, then hung up",
    "they broke his arm and said they will be back for the rest",
    "the troll knows which gym I go to and posted it",
    "minister said editors of that page should be treated as traitors and named our usernames on tv",
    "charged with insulting the monarch, 15 years per count",
    "they are raiding the flats of everyone who signed the petition, mine will be next",
    "an unknown account wrote: nice balcony on the 7th floor, in summer the windows stay open and people fall",
    "a cousin in the ministry rang my wife and advised her to take a long holiday abroad, soon",
    # A wish to die in three sentences of a long message about a report is read whatever the rest says.
    "Dear team, thank you for the help with our consultation response last spring. I attach the final version of the report on platform regulation, with the new figures for the region and a short section on how the law changed traffic to Wikipedia. It was the last thing I wanted to finish. Since the campaign against me began I lost my work and my friends, and I cannot carry this any more. I have given away most of my things and put my affairs in order. Please use the report as you like, my name need not be on it. I will not be reachable after Sunday.",
    # (blind153 and blind155)
    "Anil went in at ten to give a statement and is still not out",
    "a paper under my door from the ministry: appear thursday 9am, room 12",
    "a third invitation for tea from the directorate, I ignored the other two",
    "my phone is with them now, all my wiki logins are on it",
    "I came back to find the drawers out and only the hard drives gone",
    "the station says no record of him and the hospitals have nothing",
    "white van near our gate again, third day in a row",
    "my phone is sharing its location with someone I don't know",
    "a scan of my passport is circulating on telegram",
    "stones hitting the windows of our office right now",
    "dozens of men outside my uncle's house, the children are inside",
    "the state paper says our group is paid by foreign powers",
    "the prosecutor asks for 8 years for Dilan",
    "I'm tired of it all. I've put my papers in order and told no one",
    "i dont think ill be around after this weekend. someone take over the project",
    # (blind156 and blind157)
    "is there help with legal costs? I was charged on Friday with 'insulting the state' over my edits, first hearing in 12 days",
    "what happens to my uploads if I go to prison? the sentencing is on Thursday",
    "they are going through the houses on our street one by one, can someone keep my backup disk?",
    "can you get a channel to remove a post that has my full name and my parents' address?",
    "what happens to an account when its owner dies? I'm asking for myself, I have decided",
    "a letter from the security service: I am invited as a witness on Monday, my friend says that is how it starts",
    "our door was kicked in at 5am and they asked where the laptop is",
    "a post says: meeting tonight at the house of the woman who writes about the mine. bring what you need",
    "they accuse my cousin of spying for an embassy because of her map uploads, here that carries the death penalty",
    "she has been at the prosecutor's office since noon and her lawyer still can't get in",
    "the flat where our meetups happen was turned upside down overnight and the attendance sheet is gone",
    "i won't be around much longer, please tell the other admins thanks for everything",
    "can I set my talk page to show a note after i'm gone? probably this weekend",
    "where is Dana. nobody knows. since Tuesday",
    "nobody has been able to reach him since the raid on the print shop, his phone is off",
    "an account keeps replying with which tram i took this morning and what i was wearing",
    "they let me make one call from the station, can someone tell my chapter",
    "my exit from the country is suspended and I was told to hand in my passport by Monday",
    "someone set our front door alight last night, the third time since my edits on the mayor",
    "an official rang my boss to ask after my health and suggested I take a very long holiday far away",
    "our secretary was told there is a travel prohibition on her and on both founders",
    "they took the usbs with the sign-up sheets of every volunteer",
    "door forced when we got back, the box with our membership list is gone",
    "a channel of thousands is organising to find our photographer after the mosque article",
    "a letter orders me to appear at the cyber crime unit on Wednesday about my online publications, do I need a lawyer?",
    "under our meetup post someone wrote: bring flowers for your own funerals",
    "someone posted my daughter's school under my comment on the article about the sect",
    "they stopped me at the airport last month and said my name is flagged, I need to leave before Friday",
    "honestly tired of being alive since the doxxing",
    "sorry for everything I caused the project, I won't be a problem after tonight",
    "an envelope in our letterbox: a printout of my talk page and one bullet",
    "customs kept my laptop and passport at the airport and said come back next week, the member list was on it",
    "our translator dropped off the map three days ago, her account was used this morning",
    "they refuse to release Dawit, it is day four",
    "my colleague was told at passport control she is prohibited from leaving until the inquiry ends",
    "a cleric on TV called for our admin to be punished for insulting the prophet",
    "someone hurled a rock with a message through my window last night",
    "the indictment arrived this morning, hearing begins the 12th of March",
    "please give my files to the chapter, there won't be a tomorrow for me",
    "they won't let us go home, we've been in this hall since noon",
    "inspectors are in our office right now going through every drawer and asking for the member list",
    "men turned my flat inside out last night looking for my notebook",
    "the summons says to bring all my devices on Thursday",
    "at the station tomorrow morning, they say it's a few questions",
    "someone sent me photos of my son's school with no message",
    "someone posted it on TikTok with my home address and the phone rings all night",
    "a man has been walking behind me every evening from the library",
    "charged with undermining state security, hearing next week",
    "what happens to my account when I die? asking for myself, I've made up my mind",
    "they told my uncle his shop licence goes unless I hand over the names of our members",
    "a note said stop writing about the dam or there will be an accident",
    "a man is parked outside our office every morning taking photos of whoever comes in",
    "someone sent me a picture of my front door last night",
    "I keep staring at the pills in the drawer",
    "reported to the religious police for apostasy over my talk page posts",
    "a page posted the home addresses of our three admins, mine too, what do we do tonight?",
    "I want nothing left of me online, it is all arranged for tomorrow",
    "Dear Trust and Safety: my brother has been held at the airport since this morning",
    "my friend was taken by the police yesterday, who should I write to?",
    "im being followed right now where do i go",
    "I've been held in a side room at the airport since noon",
    "we've been kept at the immigration centre for two days",
    "someone put a dossier about me online with my parents' home address",
    "there's a van parked across the road with a camera pointed at my front door",
    "please tell my sister it wasn't her fault",
    "the border police kept my laptop 'for checking' and told me to wait",
    "a crowd is outside my shop and they broke the window",
    "my uncle's bike was found by the river and nobody has heard from him",
    "our secretary was detained this morning, we need a lawyer from the foundation",
    "they have me in a locked room, no lawyer",
    "indicted last week, the trial date is set for March",
    "a channel is calling for people to show up at our workshop tomorrow and teach us a lesson",
    "a message came: your father's balcony is very high, isn't it",
    "a page published where my son goes to school",
    "the imam issued a ruling against me over my edits",
    "a car has been parked outside my house every night since my article came out",
]
# ...and harmless messages that come as close.
CALM_LATER = [
    "the car rental company charged me twice for the same weekend, can I get a refund?",
    "my landlord wants to search the flat for the yearly inspection, is that legal here?",
    "my son got detained after school for talking in class, is that normal?",
    "wmf policy on arrested journalists",
    "quick thought: if we travel to a conference abroad and customs takes our laptops, what's the recommended approach?",
    "the security guard at the gym said I can't bring my backpack in, is that a rule?",
    "my daughter broke her wrist at your climbing gym, I need the accident report",
    "my roommate broke her ankle and can't come to the editathon, can I bring someone else?",
    "what is the procedure to be followed should one of our editors be detained abroad?",
    "if customs took my laptop at the airport, would my wiki account be safe?",
    "if volunteer arrested who should they write to",
    "my landlord isn't answering and the boiler has been broken for a week, what can I do?",
    "my laptop was taken at customs once but returned the same day, years ago. any tips for next time?",
    "I'll be shot if I miss the report deadline again, when is it exactly?",
    "how does the Foundation decide on a statement when a volunteer is jailed? not for a specific case, just curious",
    "arrested by the notability police again, my stub got deleted",
    "dead man if I miss the chapter meeting tonight, is it recorded?",
    # A research question in English leaves the words of another script unread; a supposition in Italian.
    "for my thesis I'm collecting cases of اعتقال of bloggers in the 1990s, does the Foundation keep any records of this",
    "Se un giorno la polizia fermasse un volontario, cosa dovrebbe fare?",
    # ...and the harmless messages near them.
    "what should I wear for jury service? I have to be at the court on Monday",
    "school trip to the museum was cancelled because of the crowds, do we get a refund?",
    "police verification for my passport has been pending for a month, who do I ask?",
    "my car got towed by traffic police, where is the pound and what are the fees?",
    "late fees on library books, how much?",
    "the energy company is threatening to cut my electricity over one unpaid bill",
    "parcel held by customs, it's only printer ink",
    "can my landlord enter my room without notice?",
    "my brother was unreachable for two days but he is home now, it was a phone problem",
    "questioned once in March, let go the same day, nothing followed. just noting it for the record",
    "the man who followed me was identified and has since moved to another city, eight months without any problem",
    "does Wikimedia have a general process for editors who get death threats? not for me, I just want to understand it",
    "bring sticks and marshmallows for the campfire on saturday",
    "gave my cat to my neighbour while I travel for two weeks, thanks for covering the meetup",
    "is a threat model for my home router overkill?",
    "can I bring my own racket to the tennis club trial?",
    "back home safe, the airport thing got sorted and they gave my laptop back. thanks",
    "riot police on tv arresting students; none of our members were there. just keeping an eye",
    "there's an article in the Guardian about raids on NGOs in the region, thought you'd like to read it",
    "crowd control for the school concert: do we need to hire security staff?",
    "Hello team. We are writing a training scenario for our volunteer support workshop next month, and would like your review before we print it. In the scenario, a volunteer has been harassed for months over an article. She tells a friend she has given away most of her things and put her affairs in order. The friend does not know what to do. Our questions: which address should the friend write to, and what should the facilitator say afterwards? Thanks for any comments on the wording.",
    "drawing up a checklist in case the police ever visit our office",
    "are emergency reports passed on to the police?",
    "what time does the mock trial society meet?",
    "the volunteer we reported missing turned up safe the next day, sorry for the scare",
    "news reports say a mob burned shops in a town far from here; can we start an article yet?",
    "spam emails threatening to leak webcam videos unless I pay in bitcoin, is this a scam?",
    "the club trophy went missing after the awards dinner, has anyone seen it?",
    "I don't think I'll be around after this weekend, we're moving house",
    "what happens to my account if I go to prison one day? just wondering",
    "the school says phones will be confiscated if pupils use them in class, can they keep them over the weekend?",
    "my flight was cancelled after a security alert at the airport, can I get a refund?",
    "our clan keeps getting raided at night, any way to set up defences while offline?",
    "the committee stabbed us in the back by cancelling the meetup, who mediates?",
    "my son got detention for talking in class, is that fair?",
    "I'm not asking for myself: what should a volunteer do if they think they are followed after an event?",
    "my basil keeps dying on the balcony, what am I doing wrong?",
    "our guild raid wiped three times on the last boss tonight, any tips for the second phase?",
    "how can I stop websites from following my location on my phone?",
    "the page says it was blocked by your network administrator at work, whom do I ask?",
    "someone vandalised the article on our local football club, how do I undo it quickly?",
    "where are the records of my great-grandfather's trial in 1902? it is for our family history",
    "can our residents' group bring a crowd of supporters to the court hearing about the rent increase?",
    "for your monitoring: a minister called the encyclopedia an enemy of the nation on TV tonight, nobody in our group has been targeted",
    "I once thought someone was following me home after a meetup, it turned out to be a neighbour, no action needed",
    "our dog has been missing since yesterday near the park, has anyone seen him?",
    "the auditors will interrogate me about the workshop receipts, which costs are eligible?",
    "antivirus says threat detected on a file from my own laptop, is it a false positive?",
    "can the hotel keep my passport at reception for the whole stay?",
    "our Discord server got raided by trolls last night, which moderation bot helps?",
    "is there a dress code for court? my sister has her divorce hearing next week",
    "the crowd at the farmers' market blocks the ramp every weekend, who do I tell at the council?",
    "the doxxing of my friend was in 2022, the posts are gone and it's been quiet for two years, can he use his real name again?",
    "workshop role play idea: officers at an editor's door, how should the editor answer?",
    "the summons I got in March was dropped, thank you for the advice back then",
    "the news says hundreds detained after the vote, is the Foundation saying anything?",
    "a letter says there is a warrant for my arrest unless I pay in gift cards, scam right?",
    "can my employer track my location on the work phone after hours?",
    "my husband is going to kill me, I said I'd stop editing at ten and it's past one, goodnight all",
    "I'm writing a short story for our fiction contest where an editor is followed by secret police, is that realistic?",
    "a library in another country was set on fire by extremists, can our members donate to rebuild it?",
    "the channel says some bloggers were declared foreign agents, I'm not one of them, does the Foundation comment?",
    "my phone charger gets very hot and smells, is it dangerous to leave it plugged in?",
    "my son's phone was confiscated at school today, when can he collect it?",
    "a news site published a list of foreign agents today, none of us are on it, should our group register anything?",
    "newspapers report hoax bomb threats against several universities, our workshop is at one in May, anything to change?",
    "in the screenplay I'm writing, an editor finds her name on a list of traitors, what support would she get?",
    "the festival permit has to be collected from the police station by Friday, do we need a letter from you?",
    "my daughter was kept back after class for being late, does that count as a detention?",
    "our chair is gonna kill us, we blew the snack budget again",
    "a mob of new editors swamped the help desk after the banner campaign lol",
    "everyone stormed the pizza at the meetup, order more next time",
    "haunted by this one template error on every page I open",
    "killed my laptop battery streaming all night, is it covered?",
    "a creeper blew up our base on the wiki club server",
    "boss fight on level 6, the guards keep shooting me, any advice?",
    "can my dad renew his senior pass at the station?",
    "how do we share dashcam video of a car theft with the police?",
    "my sister was stopped by police for cycling without a helmet, is there a fine?",
    "my cousin got a parking ticket, does contesting it mean a trial?",
    "someone parks across my driveway every day, is that a police matter?",
    "my son's tablet was confiscated by his teacher for the whole week, is that allowed?",
    "the fence dispute with my neighbour is in court on Friday, do I need a lawyer?",
    "customs kept my laptop for a week in 2022 but they returned it, do I need to declare it again this time?",
    "my daughter got detention today for talking in class, can I pick her up at 4?",
    "how do I move my watchlist from my old email account to the new one?",
    "the police rang to say they recovered my stolen scooter, what paperwork do I need?",
    "I want to press charges against whoever scratched my car, where do I start?",
    "raid at 9, we need two healers, who's in?",
    "our craft page was flagged as a dangerous organisation by the platform, how do we appeal?",
    "saw a viral story about a librarian attacked over a book display, could our articles be affected?",
    "my grandad's car is held at the police pound, what does it cost to get it out?",
    "my company laptop was seized by IT when I quit, can I get my photos back?",
    "the bank threatened to take it out of my wages if I miss another payment, what are my options?",
    "the invigilator took my daughter's phone during the exam, is that normal?",
    "the meeting drew a crowd of 60, can we book a bigger room?",
    "if my brother were detained at the border, who should we call? we're planning ahead",
    "this paperwork is my prison, three forms for one receipt",
    "are the wasps nesting in the shed dangerous?",
    "the insurance company needs a police report number for the dent in my car, where do I get one?",
    "our photographer was held at the port for an hour last year, released the same afternoon with an apology",
    "the sync error is haunting me, it's like it follows me from laptop to laptop",
    "protests in the capital today, police used tear gas according to the radio. how do we keep our article neutral?",
    "my grandfather got a summons for jury duty, can he be excused at 80?",
    "my hearing aid went missing at the clinic, who pays for a new one?",
    "football trials for the under-12s are on saturday, what should my son bring?",
    "what is the crowd capacity of the main hall for our meetup?",
    "the city came for a routine audit of our chapter's grant, everything was in order",
    "my sister was questioned about the festival permit last spring and the case was formally closed in June",
]


@pytest.mark.parametrize("question", TOLD_LATER)
def test_situations_told_in_the_later_rounds_are_emergencies(question):
    assert _cli_danger(question)["danger"] == "emergency"


@pytest.mark.parametrize("question", CALM_LATER)
def test_harmless_messages_of_the_later_rounds_get_no_banner(question):
    assert _cli_danger(question)["danger"] != "emergency"


@pytest.mark.parametrize(
    ("question", "danger"),
    [
        # The writer tells what happened to them without "I" or "my", then asks what the Foundation can do: a plea.
        # (An emergency until the word model learned from blind211, 212 and 215: it now reads these words at 0.195,
        # just under the 0.2 below which one kind of harm alone is "possible"; letting a harm told now pass that veto
        # cost 55 false alarms on the teaching files for no person in danger more.)
        ("held at the border since this morning. what can wikimedia do", ("possible", "emergency")),
        ("indicted on friday, trial in march. what can the foundation do", ("possible", "emergency")),
        ("summoned by the prosecutor for tomorrow. how can wikimedia help", ("possible", "emergency")),
        # Nobody of the writer's is named or told of: a question about the world stays quiet.
        ("arrested editors in many countries. what can wikimedia do", (None, "possible")),
    ],
)
def test_an_unnamed_writer_s_story_before_a_question_to_the_foundation_is_a_plea(question: str, danger: tuple[str | None, ...]) -> None:
    from typer.testing import CliRunner

    from advocacy_cli.cli import app

    answer = json.loads(CliRunner().invoke(app, ["ask", question, "--json"]).stdout)
    assert answer["danger"] in danger, question
    if answer["danger"] is not None:
        assert "emergency" in [c["key"] for c in answer["contacts"]]


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        # Dutch, Hungarian, Greek and Georgian, whose danger words no list holds: what is happening, told.
        ("Sinds maandag staat er elke avond een busje voor ons huis en vanochtend liep een man achter mij aan naar de markt.", "UNREAD_CUE"),
        ("Tegnap óta két férfi áll a kapunk előtt, és ma reggel a munkahelyemig követtek.", "UNREAD_CUE"),
        ("Εδώ και τρεις νύχτες ένα αυτοκίνητο περιμένει έξω από το σπίτι μας και σήμερα με ακολούθησαν.", "UNREAD_CUE"),
        ("ორი დღეა ჩვენს სახლთან უცნობი კაცები დგანან და ყველგან თან დამდევენ.", "UNREAD_CUE"),
        ("Երեք օր է մեր տան մոտ մի մեքենա է կանգնած, իսկ այսօր ինձ հետևեցին մինչև աշխատավայր։", "UNREAD_CUE"),
        # Latin letters without accents, and small words no list holds: Indonesian chat, Turkish typed
        # without its letters. Few of the words are English words, and none is a small English word.
        ("kakak gw ga pulang2 dr kemarin sore, hp nya mati, ga ada yg tau dia dimana", "UNREAD_CUE"),
        ("ada mobil item parkir depan rumah tiap malam sejak artikel gw naik", "UNREAD_CUE"),
        ("iki gundur evin onunde ayni araba bekliyor bugun de ise kadar arkamdan geldi", "UNREAD_CUE"),
        # A script no list reads, and the small words of languages with no list of danger words: the
        # question may hide a danger, so the address is shown calmly, question mark or not.
        ("Πότε ανοίγει η βιβλιοθήκη την Κυριακή;", "UNREAD_LANGUAGE_CUE"),
        ("Mijn collega wordt sinds gisteren vastgehouden aan de grens en ik heb geen nieuws. Kunnen jullie iets doen?", "UNREAD_LANGUAGE_CUE"),
        ("Mi-au luat telefonul la poliție și nu mi l-au mai dat înapoi. Ce pot să fac acum?", "UNREAD_LANGUAGE_CUE"),
        ("Včera mi vzali telefon na hranici a dnes jsem dostal předvolání. Co mám dělat?", "UNREAD_LANGUAGE_CUE"),
    ],
)
def test_a_story_or_a_question_no_list_reads_shows_the_address_calmly(question: str, cue: str) -> None:
    from advocacy_cli import danger

    answer = _cli_danger(question)
    assert answer["danger"] == "possible" and answer["emergency"] is False
    assert answer["explain"]["danger_cues"] == [getattr(danger, cue)]
    assert "emergency" in [c["key"] for c in answer["contacts"]]
    assert answer["explain"]["english"] is False


@pytest.mark.parametrize(
    "question",
    [
        # A question in a language some list reads carries its mark: it asks, it does not tell. So does
        # one whose few small words do not show which language it is.
        "Hoe laat gaat de bibliotheek op zondag open?",
        "Mikor nyit ki a könyvtár vasárnap?",
        "图书馆星期天几点开门？",
        "¿A qué hora abre la biblioteca el domingo?",
        # A few words of thanks tell nothing.
        "dank je wel",
        "ありがとうございます",
    ],
)
def test_a_question_or_a_thank_you_in_another_language_raises_nothing(question: str) -> None:
    assert _cli_danger(question)["danger"] is None


@pytest.mark.parametrize(
    "question",
    [
        # Chat spellings and typos keep English small words, or chat words that stand for them.
        "gimme sum gud tipz 4 writin lettrz 2 lawmakrz pls",
        "wat r teh rulez 4 joinin advocasy mailin lst nd wen do they meet",
        "hw cn our chaptr gt fundng fr a policy campain",
    ],
)
def test_english_in_chat_spelling_is_still_english(question: str) -> None:
    answer = _cli_danger(question)
    assert answer["explain"]["english"] is True
    assert answer["danger"] is None


def test_a_story_in_another_language_is_read_only_when_nothing_else_flags_it() -> None:
    from advocacy_cli.danger import UNREAD_CUE

    # Spanish is read by its own list: its cues, not the unread-language one.
    answer = _cli_danger("la policía se llevó a mi hermano anoche y nadie sabe dónde está")
    assert answer["danger"] == "emergency"
    assert UNREAD_CUE not in answer["explain"]["danger_cues"]
    told = _cli_danger("ორი დღეა ჩვენს სახლთან უცნობი კაცები დგანან და ყველგან თან დამდევენ.")
    assert told["explain"]["danger_cues"] == [UNREAD_CUE]


@pytest.mark.parametrize(
    "question",
    [
        # Asked of no one, about someone gone for a count of days ("2" is a number there, not "to").
        "where is my sister. 2 days",
        "where is he, 4 days now",
        "where is our treasurer. three days",
        # Said indirectly: how it ended for someone who wrote before; someone who lives alone.
        "a note under the door: remember how it ended for the last one who wrote about the mayor",
        "they messaged the chapter: your chair lives alone, right. nice quiet street",
        # A question to the Foundation, then what is happening to the writer now.
        "Does the Foundation respond when editors are attacked? men are gathering outside my building right now because of my article",
    ],
)
def test_a_count_of_days_veiled_words_and_a_question_before_the_story_are_emergencies(question: str) -> None:
    assert _cli_danger(question)["danger"] == "emergency", question


@pytest.mark.parametrize(
    "question",
    [
        "where is my parcel, 3 days and no update",
        "where is my order. 5 days",
        "do you remember how it ended in the last episode? I missed it",
        "my grandfather lives alone, how do I set up a tablet for him?",
        "Does the Foundation comment when editors are jailed? my aunt was held for a day in 2015 and is fine now",
        "the admin kicked me and banned me from the Telegram group, can I appeal?",
        "will posting at night hurt my reach on the channel?",
        "suitcase 5 days no news from the airline, who do I call",
        "a man followed me at the meetup two years ago; he was banned and the organisers handled it really well",
    ],
)
def test_a_parcel_an_episode_a_ban_from_a_group_and_a_case_handled_well_raise_no_banner(question: str) -> None:
    assert _cli_danger(question)["danger"] != "emergency", question


@pytest.mark.parametrize(
    "question",
    [
        # A workshop being prepared, a policy being drafted: planning, not a person in danger.
        "we're holding a digital safety workshop next month. what should people do if a phone is seized at a border?",
        "I'm drafting the safety policy for our user group: how do you help volunteers who have been doxxed?",
        # Violence in the news that touched nobody of the writer's own.
        "there was a shooting near the stadium last night. nobody from our chapter was involved. should we still hold the meetup?",
        # The police, someone named, and no harm at all, in plainly ordinary words.
        "our choir wants to sing in the square on sunday, do we need permission from the police?",
        "does my car insurance pay if the police tow my car by mistake?",
    ],
)
def test_planning_news_that_touched_no_one_and_the_police_without_harm_raise_nothing(question: str) -> None:
    assert _cli_danger(question)["danger"] is None, question


def test_a_workshop_that_the_police_interrupt_is_still_an_emergency() -> None:
    # "holding a workshop" takes back only a plan told in the present, not what happened during one.
    answer = _cli_danger("We were holding a workshop at the library when men in uniform came in and told everyone to stay seated. Nobody has been allowed out for two hours.")
    assert answer["danger"] == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        # Held, said without a subject; a tracker that is not the writer's.
        "still held at the airport, they took my phone, cant write more",
        "there's an airtag in my backpack that isn't mine",
        # A picture taken at one's door, sent to show they watch.
        "a stranger emailed me a picture of me leaving my flat yesterday evening",
        # An address out in the open: in group chats, on a channel or a talk page.
        "my address and phone number are being shared in local telegram groups since this morning",
        "my home address is on the telegram channel of the opposition now",
        # A wish to be gone, said sideways; a threat said as a courtesy.
        "honestly it would be simpler for everyone if I was gone",
        'a message came: "honesty is costly these days. is your mother well?"',
        # Found and waited for; a summons called a conversation.
        "an ex-colleague who hates my edits tracked down my home and now he stands outside the gate every evening",
        "I was invited for a conversation at the prosecutor's office on friday",
        # A sign agreed beforehand, now given by silence: not a supposition.
        "she told me: if she ever goes silent for a day, write to you. it has been two days now.",
        # Despair since something began is not a danger that is over.
        "i keep thinking about the railway bridge. ever since the threats started it's all i think about",
        # A wish to be gone, said as relief for others, as regret of being born, as a burden.
        "after everything on the wiki this year, you won't have to worry about me much longer",
        "i won't be a bother to anyone for long. the hate on my talk page won",
        "some nights i wish i had never been born. the messages keep coming",
        "i feel like such a burden to everyone since they put my name online",
        "nobody will have to put up with me again after tonight",
        # Looking for a way; standing at a height thinking of it; things that will not matter.
        "i've been reading about ways to end it. the threats won't stop",
        "i keep going up to the roof at night and thinking about the drop",
        "soon none of it will matter. i've decided",
        "you can delete my account. i won't be needing it much longer",
        "i've written my will and deleted my accounts. i'm tired",
        # Watched, without a word of threat: asked after, opened mail, known clothes and hours.
        "my neighbour says a stranger was asking which flat the wikipedia guy lives in",
        "my letters have been opened before they reach me since i started editing the election articles",
        "he texted me the exact time i left the office yesterday and what i was wearing",
        "there's a guy who sits in a car opposite my building all night and leaves at dawn",
        "my daughter says a man asked her at the school gate if her mother writes on wikipedia",
        "an account on twitter posts where i am every evening, the café, the gym, the library",
        # A summons in other words: a department "of" counter-something, explanations to give.
        "they invited my brother to the unit for counter-terrorism on monday to give explanations about his wikipedia articles",
        "I am asked to provide explanations about my edits at the department of anti-extremism next week",
        # A witness before an investigative committee is not a civil matter.
        "my colleague got a summons to appear before the investigative committee as a witness next tuesday",
        # Someone shows they know what was never made public.
        "someone sent me a letter with only my home address on it, nothing else, two days after my edits",
        "the dm said 'your son looked happy at practice today'. i have never mentioned my son anywhere online",
        "our admin's dox went online this morning, his address and his wife's workplace are in it",
        # "on record somewhere" is not the news.
        "the sentencing is tomorrow. i just want it on record somewhere that i only wrote an article.",
        # Silence after a last message, for days; a phone listened to; a list of who came, with where each lives;
        # a sentencing set; a car burned.
        "our friend's last message was 'they are at the door' and then nothing, four days now",
        "nobody knows. three days now since he went to the ministry",
        "i think my phone is tapped, things i said only on calls are repeated to me by strangers",
        "they posted the list of our workshop participants with phone numbers and the street each one lives on",
        "they're sentencing my brother next week",
        "they burned our office door last night after the article",
        # Threats said as care or as a remark.
        "got a text: nice article. your father still walks to the mosque alone at 5am?",
        "a voice on the phone said I have a good future and I should think about keeping it",
        "an email said: we hope your hands stay healthy enough to type",
        "a card arrived with a drawing of my house on fire",
        "my boss said that people who embarrass the governor tend to lose more than their jobs",
        "a message said 'wikipedia won't protect you when you are walking home'",
        "a stranger said hello using my real name and the name of my son, then walked away",
        # A relief said as the end of being a burden; someone who turns up wherever one goes.
        "tonight I'll finally stop being a problem for everyone",
        "every time I check in somewhere online, someone shows up there an hour later",
        # Not released yet: not over. An account's name and face made public with the hours one keeps.
        "our secretary was taken by men in plain clothes on friday and has not been released, the lawyer cannot see her",
        "a forum posted the real name behind my user account and my work shift schedule at the factory",
        # Premises gone through by officials; a kindness that speaks of one's family; one's children named.
        "the room where our chapter keeps its archive was gone through last night by officials, our member list was there",
        "an email from a ministry address said it would be a pity for your family if your edits were misread",
        "then a second message listing my kids' full names, nothing else",
        # A hold tied to an open investigation; a height remarked on; a family calmer if an edit goes; a fate recalled.
        "the airport said there is a hold on me because of an open investigation for my posts, I cannot fly",
        "a text from an unknown number: nice view you have, the 9th floor is high",
        "the mayor's assistant told me my parents would sleep much better if the article were gone",
        "a comment under my photo: remember what happened to the blogger from our town last year",
        # An old case over and a new one opened; a bridge at night; not waking up, after a case that is closed.
        "my first case ended fine in 2022. now the prosecutor has opened a new one and the hearing is in ten days",
        "the harassment is over, you helped. but tonight I have been standing on the bridge by the river for hours",
        "the ban on him was settled, its not about that anymore. i keep thinking about not waking up",
        # A few words: called in to explain, a search under way, men inside, days of silence, missed check-ins,
        # hours asked after, a bike at the corner, tailed, a plate posted, things given away, goodbyes sent.
        "officer called, said come to the station and explain my articles",
        "our office being raided now",
        "they have a warrant and are inside. hiding upstairs",
        "our treasurer offline 5 days, wife doesnt know where",
        "she missed both check-ins this week, no answer",
        "the porter says a man asked what time i leave for work",
        "a white van parks at my entrance every evening",
        "our editor is being tailed since the mining article",
        "my licence plate and my workplace are on telegram now",
        "giving my camera to the chapter. wont need it anymore",
        "say goodbye to the project team for me",
        # A wish to die said sideways: quiet for good, one way or another, no day more, no tomorrow, no strength,
        # whether anyone would notice, one less like me; letters to whoever reads, left this time; meds stopped for
        # good; pills sat with; hours in a car by the sea; accounts to close after; fast trains; no help wanted.
        "i want it all to go silent for good. the messages never stop",
        "it ends this weekend one way or the other",
        "i cannot face this one more day, sorry to whoever finds this",
        "honestly i can't see any tomorrow after what they posted",
        "i don't have the strength to keep going after the trial",
        "sometimes i wonder if anybody would even notice if i disappeared",
        "the movement is better off without me. one less liar like me, they say",
        "i wrote the notes again. this time i'll leave them on the desk",
        "stopped taking my medication last week and i won't start it again",
        "i have the sleeping pills lined up on the table",
        "i drove to the sea and sat in the car there for four hours tonight",
        "my brother has my passwords so he can close my accounts afterwards",
        "i haven't eaten in five days and i don't want to",
        "i don't want to be saved, i just want someone to know",
        # A day picked, things made ready, places and means, things left for after.
        "i have a plan for saturday. thank you all for the help with my articles",
        "I've chosen the date. the doxxing made sure of that",
        "i'm up at the cliffs, the wind is strong. tell the group i'm sorry",
        "I have let four trains go past on this platform tonight",
        "been cutting again since the leak, it's getting deeper",
        "i'm not taking the pills, i'm saving them up instead. nearly enough",
        "the door will be unlocked for whoever comes first, I left the letters",
        "I left the door open, don't come over, call the police and let them go in first",
        "it was an honour to work with you all. please don't come looking for me",
        "after sunday there will be nobody to log in to this account",
        "i'd rather be gone than see my name in the papers again",
        # The end told in passing after a practical question.
        "can someone take over the bot? after monday nobody will need to contact me anymore",
        "how do I hide my sandbox? I don't want my brother to read it after.",
        "please cancel my wikimania registration, I don't think I'll make it to august",
        "can my account be renamed? after that it doesn't matter anyway",
        "i'll be gone by the time you read this, I took care of the arrangements",
        "I'm fine, really. I've been saving up my tablets for a month and tonight is the night",
        # Watched and warned without a threat word.
        "my sister's yoga teacher says a man asked her when i'm home alone",
        "a drone has been hovering over our garden every evening since my article",
        "he sent me the name of my hotel in Tbilisi. I never told anyone",
        "a card came: remember Ilya? he also liked to write about the port",
        "someone wrote RIP and today's date on my user page",
        "'it would be a loss if your hands could not type anymore', left on my talk page",
        "the message said: the fence at your son's school is very low, isn't it",
        "a stranger asked on my talk page: does your mother still walk to the market on fridays?",
        "a box came with a child's sock in it, my daughter's size",
        # A supposition asked first does not take back a wish to die told after it.
        "what happens to my files if I delete my account? I won't be here next week anyway, the pills are counted",
        # Situations read since blind249 to 252 taught: held for re-education, a confession shown on television, a
        # fear that someone was taken, a group surrounded, a threat said as remembering, a greeting that names a place,
        # a departure barred, a participant list leaked with phone numbers.
        "my uncle has been held in a re-education camp since spring because of his photos on Commons",
        "state television broadcast my brother's 'confession' last night and now my parents are called in too",
        "our admin went silent a week ago and we fear he was taken by the police",
        "we are surrounded by men with sticks outside the library where our editathon is",
        "a caller told me my edits are read by people who never forget",
        "a new account wrote on my user page: say hi to your husband at the bakery on monday",
        "the border website says my departure is restricted since my interview about Wikipedia",
        "someone leaked the attendee list of our edit-a-thon with everyone's phone numbers and called us traitors",
        # Veiled threats said as advice or care, a group asking for the visitors, a visit being organised, a list with
        # names and pictures, a passport blocked, someone choked, a door kicked in.
        "a message on my talk page: people who write about the colonel should check their brakes",
        "an email said accidents happen to nosy editors. Think about your children.",
        "the caller said: enjoy your garden while you can. That was right after I edited the mayor's article",
        "a card in my letterbox said drive carefully, with a printout of my user page",
        "my cousin says they are making lists before the vote and my user name is on one",
        "some men are at the reception asking for me and the other trainers of the wiki course",
        "a forum is organising to pay a visit to me, the wikipedia editor who wrote about the mine",
        "a blog posted a list of 'saboteurs' with our names, cities and photos",
        "the airport officer said my passport is blocked since my interview about Wikipedia",
        "my stepfather keeps choking my mother when he drinks and he's drinking now",
        "they are kicking down the door of our office right now",
    ],
)
def test_situations_told_in_everyday_words_are_emergencies(question: str) -> None:
    answer = _cli_danger(question)
    assert answer["danger"] == "emergency", question
    assert answer["contacts"][0]["key"] == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        # The same words and turns of phrase about ordinary things.
        # (The police as a service the writer turns to, with no harm named: the address calmly, never a banner.)
        "my car got towed from in front of my house and the police say call the towing company",
        "the neighbours play loud music every night until 3am, council or police?",
        "Reuters reported crowds attacking a newspaper office over a cartoon. Should our article wait for more sources?",
        # A rule asked about in advance, a message that says nobody is in danger, payments held.
        "Can the school confiscate my daughter's phone if she brings it to class, and keep it for a week?",
        "I run a forum for editors: what should moderators do if someone posts that they want to hurt themselves?",
        "my bank says my account is under review and payments are held, how long does that take?",
        "Held our first editathon at the library, how do I upload the photos?",
        "my address is on the invoice page, can I change it?",
        "my home address is in the members group of our club, is that allowed under GDPR?",
        "my phone says an airtag is travelling with me, it's my wife's, she borrowed my bag. how do I stop the alert?",
        "it's easier if I'm not here when the plumber comes, can you let him in?",
        "writing is expensive for freelancers, is there a grant?",
        "your mother is well? I hope so! anyway, about the grant report",
        "if he ever goes quiet on the mailing list, should I ping him?",
        "I've been fine ever since the case was dropped in 2019, I just want to edit again",
        "I wish I had been born earlier, I would have loved the early days of Wikipedia",
        "I feel like a burden to my team because my English is slow, any tips?",
        "the view from the balcony of the venue is great, mind the drop though",
        "none of this will matter if the bill passes anyway, right?",
        "I won't be needing the projector anymore, who do I return it to?",
        "I wrote my will last year with a lawyer, does the foundation accept bequests?",
        "you won't have to deal with me much longer, my term on the board ends in march",
        "the delivery guy asked which flat my neighbour lives in, can I give it?",
        "my friend texted me what she was wearing to the gala, lol",
        "a teacher asked my son about his father's job for a class project",
        "the app shares my location with my wife, how do i turn it off?",
        "my dad still walks to the shop alone at 80, any tips for keeping him safe from falls?",
        "you have a bright future in the movement, think about keeping it up with the grant!",
        "we hope your hands stay warm at the winter editathon, bring gloves",
        "my son made a drawing of our house on fire for his fire-safety class",
        "the firewall won't protect you when you are on public wifi, use a VPN",
        "a man at the conference called me by my full name, I forgot his, how embarrassing",
        # Things mislaid, a stolen bike the police found, a hearing at work, an animal to take in.
        "my grandma is missing her reading glasses again, she swears someone took them",
        "the police called about my stolen bike, they found it near the station",
        "I have been asked to attend a disciplinary hearing on monday about missed deadlines, can a colleague come?",
        "a stray dog keeps following me home from the bus stop, could you take him in?",
        "my wife is being held back at the office every evening without overtime pay, who do we complain to?",
        # A supposition asked for a group; a case closed; a title in a signature; the news about a stranger.
        "volunteers ask whether writing about armed groups could get them prosecuted under the new law. any guidance?",
        "good news: the court acquitted our photographer and the prosecutor will not appeal, the case is now closed",
        "our registration at the ministry expires in a week, can you send the letter? regards, programme officer",
        "I heard on the radio that an editor was jailed abroad. Is it true? I do not know him, I was just sad",
        "the newspaper says a minister called Wikipedia a nest of spies. Should ordinary readers worry?",
        # A follower on a forum, a crowd at a match, a pest one will not kill, a search of long ago, a figure of torture,
        # a player kicked from a guild, tea held at customs.
        "a guy on the app follows me and likes all my photos, cute honestly. how do I see who follows me?",
        "the fans in the stands went wild when the ref sent our striker off, is the red card appealable?",
        "how do I get a wasp out of the kitchen? I don't want to kill it",
        "that search of our office was in 2016, we moved countries since",
        "these meetings are pure torture, can we do the board call by email?",
        "the clan kicked me for being inactive, how do I ask to rejoin?",
        "customs kept my parcel of coffee beans, how do I get a refund?",
        # Goodbyes on a last day at work, pills asked about for an exam, a drive to the sea for photos.
        "we said our goodbyes to the team today, it's my last day at the chapter office before my new job",
        "how many sleeping pills are safe with alcohol? it's for my pharmacology exam",
        "i drove to the sea for the sunset and sat on the beach for hours, can i upload the photos?",
        "i stopped taking my allergy medication since the pollen season is over, can i join the hike?",
        "the trains are fast here compared to home, is the wikimania venue near the station?",
        # Ropes in a garden, blood tests, cars parked by their owner, someone not suicidal, goodbyes to a country.
        "the council wants our rope swing removed from the oak tree, can they do that?",
        "can I take paracetamol before my blood tests tomorrow?",
        "can I leave my car at the airport car park for two weeks during wikimania?",
        "I'm not suicidal, just exhausted after the noticeboard thread, can someone mediate?",
        "goodbye post for our user group: I'm leaving the country for a new job, who takes over the newsletter?",
        "someone on the forum follows me around the wiki fixing my typos, kind of sweet. is that allowed?",
    ],
)
def test_the_same_words_about_ordinary_things_raise_no_banner(question: str) -> None:
    assert _cli_danger(question)["danger"] != "emergency", question

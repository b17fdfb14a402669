"""Measuring the matcher: a file of cases in, the figures and the misses out."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from advocacy_cli.errors import AdvocacyError, CasesError, UsageError
from advocacy_cli.matching import Matcher

SPECIAL_STYLES = {"offtopic", "emergency", "not-emergency"}
MAX_CASES_BYTES = 16 * 1024 * 1024  # far above any cases file; reading stops here


@dataclass(frozen=True, slots=True)
class Case:
    line: int
    kind: str
    query: str
    style: str | None = None
    expect_id: str | None = None
    expect_contact: str | None = None
    expect_topic: str | None = None
    expect_contacts: tuple[str, ...] = ()
    file: str = ""

    @property
    def in_scope(self) -> bool:
        return self.kind == "ask" and self.expect_id is not None and self.style not in SPECIAL_STYLES


def read_cases(path: Path) -> list[Case]:
    """Parse a JSON Lines file of cases; every malformed line is reported at once (CasesError)."""
    cases, problems = parse_cases(path)
    if problems:
        raise CasesError(problems)
    return cases


def parse_cases(path: Path) -> tuple[list[Case], list[str]]:
    """The cases of a JSON Lines file, and one ``FILE:LINE: problem`` for each line that is not a case."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_CASES_BYTES + 1)  # /dev/zero or an endless pipe: stop at the limit
        if len(data) > MAX_CASES_BYTES:
            raise UsageError(f"cases file '{path}' is larger than {MAX_CASES_BYTES // (1024 * 1024)} MB; not a cases file")
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UsageError(f"cannot read cases file '{path}': {reason}") from None
    cases: list[Case] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise ValueError("expected a JSON object")
            kind = raw.get("kind", "ask")
            if kind not in ("ask", "topic") or not isinstance(raw.get("query"), str):
                raise ValueError("needs a 'query' text and 'kind' ask or topic")
            for key in ("style", "expect_id", "expect_contact", "expect_topic"):
                if raw.get(key) is not None and not isinstance(raw[key], str):
                    raise ValueError(f"'{key}' should be text")
            listed = raw.get("expect_contacts") or []
            if not isinstance(listed, list) or not all(isinstance(key, str) for key in listed):
                raise ValueError("'expect_contacts' should be a list of contact keys")
            cases.append(
                Case(
                    line=number,
                    kind=kind,
                    query=raw["query"],
                    style=raw.get("style"),
                    expect_id=raw.get("expect_id"),
                    expect_contact=raw.get("expect_contact"),
                    expect_topic=raw.get("expect_topic"),
                    expect_contacts=tuple(raw.get("expect_contacts") or ()),
                    file=str(path),
                )
            )
        except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested too deep
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            problems.append(f"{path}:{number}: not a valid case: {reason}")
    if not cases and not problems:
        problems.append(f"{path}: no cases found")
    return cases, problems


def unknown_expectations(faq: Any, cases: list[Case]) -> list[str]:
    """``FILE:LINE: problem`` for each expected id, contact or topic the data does not have.

    Such a case could never be met: counted as a miss it would hide a typo in the cases file.
    """
    known = (
        ("expect_id", {entry.id for entry in faq.entries}, "an entry id"),
        ("expect_contact", set(faq.contacts), "a contact key"),
        ("expect_topic", set(faq.topics), "a topic"),
    )
    problems = []
    for case in cases:
        for field_name, names, what in known:
            value = getattr(case, field_name)
            if value is not None and value not in names:
                problems.append(f"{case.file}:{case.line}: {field_name}: '{value}' is not {what} of the data")
        for key in case.expect_contacts:
            if key not in faq.contacts:
                problems.append(f"{case.file}:{case.line}: expect_contacts: '{key}' is not a contact key of the data")
    return problems


def check_cases(faq: Any, path: Path) -> tuple[list[Case], list[str]]:
    """``parse_cases`` and ``unknown_expectations`` together: the cases and every problem, in line order."""
    cases, problems = parse_cases(path)
    problems += unknown_expectations(faq, cases)
    prefix = f"{path}:"

    def line_of(problem: str) -> int:
        number = problem[len(prefix) :].split(":", 1)[0]
        return int(number) if number.isdigit() else 0

    return cases, sorted(problems, key=line_of)


@dataclass
class Ratio:
    hits: float = 0.0
    total: int = 0

    def add(self, value: float) -> None:
        self.hits += value
        self.total += 1

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.hits / self.total


@dataclass
class Report:
    cases: int = 0
    top1: Ratio = field(default_factory=Ratio)
    top3: Ratio = field(default_factory=Ratio)
    mrr: Ratio = field(default_factory=Ratio)
    offtopic_rejected: Ratio = field(default_factory=Ratio)
    false_rejections: Ratio = field(default_factory=Ratio)
    contact_at_1: Ratio = field(default_factory=Ratio)
    emergency_recall: Ratio = field(default_factory=Ratio)
    seen_recall: Ratio = field(default_factory=Ratio)
    false_alarms: Ratio = field(default_factory=Ratio)
    possible_rate: Ratio = field(default_factory=Ratio)
    topic_accuracy: Ratio = field(default_factory=Ratio)
    misses: list[dict[str, Any]] = field(default_factory=list)

    # (attribute, label, shown as percent)
    FIGURES = (
        ("top1", "top-1", True),
        ("top3", "top-3", True),
        ("mrr", "MRR", False),
        ("offtopic_rejected", "off-topic rejected", True),
        ("false_rejections", "false rejections", True),
        ("contact_at_1", "contact@1", True),
        ("emergency_recall", "emergency recall", True),  # strict: danger "emergency", emergency contact first
        ("seen_recall", "seen recall", True),  # strict, or "possible" with the emergency contact shown
        ("false_alarms", "false alarms", True),
        ("possible_rate", "possible on others", True),  # "possible" on questions that are no emergency
        ("topic_accuracy", "topic accuracy", True),
    )

    def as_json(self) -> dict[str, Any]:
        figures = {}
        for name, _, percent in self.FIGURES:
            ratio: Ratio = getattr(self, name)
            value = ratio.value
            # Percentages to 2 decimals; MRR (0-1) to 4, so 0.847 is not shown as 0.85.
            figures[name] = None if value is None else round(100 * value, 2) if percent else round(value, 4)
        counts = {name: getattr(self, name).total for name, _, _ in self.FIGURES}
        return {"cases": self.cases, "figures": figures, "counts": counts, "misses": self.misses}

    @classmethod
    def combined(cls, reports: list["Report"]) -> "Report":
        """The figures over all the cases of ``reports`` together (each ratio summed, not averaged)."""
        total = cls(cases=sum(r.cases for r in reports))
        for name, _, _ in cls.FIGURES:
            ratio: Ratio = getattr(total, name)
            for report in reports:
                part: Ratio = getattr(report, name)
                ratio.hits += part.hits
                ratio.total += part.total
        total.misses = [miss for report in reports for miss in report.misses]
        return total

    def lines(self, misses: bool = True) -> list[str]:
        out: list[str] = []
        if self.misses and misses:
            out.append(f"Misses ({len(self.misses)}):")
            for miss in self.misses:
                out.append(
                    f"  line {miss['line']} [{miss['problem']}] {miss['query']!r}: expected {miss['expected']}, got {miss['got']}"
                )
            out.append("")
        out.append(f"{self.cases} cases")
        for name, label, percent in self.FIGURES:
            ratio: Ratio = getattr(self, name)
            if ratio.value is None:
                out.append(f"  {label:<20} n/a")
            elif percent:
                out.append(f"  {label:<20} {100 * ratio.value:6.1f} %  ({ratio.hits:g}/{ratio.total})")
            else:
                out.append(f"  {label:<20} {ratio.value:6.3f}    (over {ratio.total})")
        return out


def evaluate(matcher: Matcher, cases: list[Case]) -> Report:
    report = Report(cases=len(cases))
    for case in cases:
        if case.kind == "topic":
            _evaluate_topic(matcher, case, report)
        else:
            _evaluate_ask(matcher, case, report)
    return report


def _miss(report: Report, case: Case, problem: str, expected: Any, got: Any) -> None:
    report.misses.append({"file": case.file, "line": case.line, "query": case.query, "style": case.style, "problem": problem, "expected": expected, "got": got})


def _evaluate_ask(matcher: Matcher, case: Case, report: Report) -> None:
    answer = matcher.answer(case.query, limit=3, explain=False)
    ids = [m.entry.id for m in answer.matches]
    got_top = ids[0] if ids else None
    if case.in_scope:
        rank = ids.index(case.expect_id) + 1 if case.expect_id in ids else 0
        report.top1.add(rank == 1)
        report.top3.add(0 < rank <= 3)
        report.mrr.add(1 / rank if rank else 0.0)
        report.false_rejections.add(not ids)
        if rank != 1:
            _miss(report, case, "rejected" if not ids else "top-1", case.expect_id, ids or "no match")
    if case.style == "offtopic":
        report.offtopic_rejected.add(not ids)
        if ids:
            _miss(report, case, "off-topic answered", "no match", got_top)
    if case.expect_contact is not None:
        first = answer.contacts[0].key if answer.contacts else None
        report.contact_at_1.add(first == case.expect_contact)
        if first != case.expect_contact:
            _miss(report, case, "contact", case.expect_contact, first)
    emergency_key = matcher.faq.meta.emergency_contact
    keys = [c.key for c in answer.contacts]
    if case.style == "emergency":
        strict = answer.danger == "emergency" and keys[:1] == [emergency_key]
        report.emergency_recall.add(strict)
        report.seen_recall.add(strict or (answer.danger == "possible" and emergency_key in keys))
        if not strict:
            _miss(report, case, "emergency missed", "emergency", answer.danger or "not flagged")
    else:
        report.false_alarms.add(answer.emergency)
        report.possible_rate.add(answer.danger == "possible")
        if answer.emergency:
            _miss(report, case, "false alarm", "no emergency", list(answer.danger_cues))


def _evaluate_topic(matcher: Matcher, case: Case, report: Report) -> None:
    from advocacy_cli.routing import find_topic

    try:
        found = find_topic(matcher.faq, case.query)
        got_topic: str | None = found.topic.key
        got_contacts = [c.key for c in found.contacts]
    except AdvocacyError:
        got_topic, got_contacts = None, []
    ok = got_topic == case.expect_topic and (got_topic is None or got_contacts == list(case.expect_contacts))
    report.topic_accuracy.add(ok)
    if not ok:
        _miss(report, case, "topic", case.expect_topic, got_topic)


class Bar(NamedTuple):
    """One bar ``advocacy eval`` can set: the one list (BARS) its options, Bars and the failure
    messages come from."""

    field: str  # the attribute of Bars, also the name of eval's parameter in cli.py
    option: str  # the command-line option
    figure: str  # the Report figure it bounds, as named in the JSON report and failure messages
    what: str  # the figure as the option's help names it
    scale: int  # 100 for a percentage, 1 for MRR (0-1)
    is_minimum: bool  # a lower bound (--min-*) or an upper one (--max-*)

    @property
    def metavar(self) -> str:
        return "PERCENT" if self.scale == 100 else "N"

    @property
    def help(self) -> str:
        return f"Exit 1 if {self.what} {'is below' if self.is_minimum else 'are above'} this."


# cli.py spells out one option per bar (Typer reads them from eval's signature);
# tests/test_evaluation.py checks that they are exactly these.
BARS: tuple[Bar, ...] = (
    Bar("min_top1", "--min-top1", "top1", "top-1 (%)", 100, True),
    Bar("min_top3", "--min-top3", "top3", "top-3 (%)", 100, True),
    Bar("min_mrr", "--min-mrr", "mrr", "MRR (0-1)", 1, True),
    Bar("min_offtopic", "--min-offtopic", "offtopic_rejected", "off-topic rejected (%)", 100, True),
    Bar("min_contact", "--min-contact1", "contact_at_1", "contact@1 (%)", 100, True),
    Bar("min_emergency", "--min-emergency-recall", "emergency_recall", "emergency recall (%)", 100, True),
    Bar("max_false_alarms", "--max-false-alarms", "false_alarms", "false alarms (%)", 100, False),
    Bar("max_false_rejections", "--max-false-rejections", "false_rejections", "false rejections (%)", 100, False),
    Bar("min_topic", "--min-topic-accuracy", "topic_accuracy", "topic accuracy (%)", 100, True),
)


@dataclass(frozen=True)
class Bars:
    """Minimum (or maximum) figures a maintainer can demand, one per entry of BARS (None: no bar);
    percent except MRR (0-1)."""

    values: dict[str, float | None] = field(default_factory=dict)  # Bar.field -> the bar

    @classmethod
    def of(cls, values: dict[str, Any]) -> "Bars":
        """The bars among ``values`` (eval's parameters: anything that is no bar is ignored)."""
        return cls({bar.field: values.get(bar.field) for bar in BARS})

    def failures(self, report: Report) -> list[str]:
        failed = []
        for bar in BARS:
            limit = self.values.get(bar.field)
            value = getattr(report, bar.figure).value
            if limit is None or value is None:
                continue
            value *= bar.scale
            if (bar.is_minimum and value < limit) or (not bar.is_minimum and value > limit):
                failed.append(f"{bar.figure} {value:.3g} {'<' if bar.is_minimum else '>'} {limit:g}")
        return failed

"""Measuring the matcher: a file of cases in, the figures and the misses out."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
            figures[name] = None if value is None else round(100 * value if percent else value, 2)
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


@dataclass(frozen=True)
class Bars:
    """Minimum (or maximum) figures a maintainer can demand; percent except MRR (0-1)."""

    min_top1: float | None = None
    min_top3: float | None = None
    min_mrr: float | None = None
    min_offtopic: float | None = None
    min_contact: float | None = None
    min_emergency: float | None = None
    max_false_alarms: float | None = None
    max_false_rejections: float | None = None
    min_topic: float | None = None

    def failures(self, report: Report) -> list[str]:
        checks = (
            ("top1", self.min_top1, 100, True),
            ("top3", self.min_top3, 100, True),
            ("mrr", self.min_mrr, 1, True),
            ("offtopic_rejected", self.min_offtopic, 100, True),
            ("contact_at_1", self.min_contact, 100, True),
            ("emergency_recall", self.min_emergency, 100, True),
            ("false_alarms", self.max_false_alarms, 100, False),
            ("false_rejections", self.max_false_rejections, 100, False),
            ("topic_accuracy", self.min_topic, 100, True),
        )
        failed = []
        for name, bar, scale, is_minimum in checks:
            value = getattr(report, name).value
            if bar is None or value is None:
                continue
            value *= scale
            if (is_minimum and value < bar) or (not is_minimum and value > bar):
                failed.append(f"{name} {value:.3g} {'<' if is_minimum else '>'} {bar:g}")
        return failed

"""The JSON shapes of the contract, built from model objects (the only place that knows them)."""

from __future__ import annotations

from typing import Any

from advocacy_cli.model import Answer, Contact, Entry, Faq, Match, Topic


def contact_json(contact: Contact) -> dict[str, Any]:
    return {"key": contact.key, "name": contact.name, "email": contact.email, "reason": contact.reason}


def entry_summary_json(entry: Entry) -> dict[str, Any]:
    """What ``list --json`` shows of an entry."""
    return {"id": entry.id, "category": entry.category, "question": entry.question, "contacts": list(entry.contacts)}


def entry_record(entry: Entry) -> dict[str, Any]:
    """An entry as plain data, its contacts as keys: the JSON export's entries."""
    return {
        "id": entry.id,
        "category": entry.category,
        "question": entry.question,
        "answer": entry.answer,
        "contacts": list(entry.contacts),
        "variants": list(entry.variants),
        "keywords": list(entry.keywords),
    }


def entry_json(faq: Faq, entry: Entry) -> dict[str, Any]:
    """What ``show ID --json`` shows: the entry with its contacts resolved."""
    return entry_record(entry) | {"contacts": [contact_json(c) for c in faq.contacts_of(entry.contacts)]}


def match_json(match: Match) -> dict[str, Any]:
    e = match.entry
    return {"id": e.id, "category": e.category, "question": e.question, "answer": e.answer, "score": match.score}


def explain_json(match: Match) -> dict[str, Any]:
    return {
        "id": match.entry.id,
        "score": match.score,
        "lexical": match.lexical if match.semantic is not None else match.score,
        "semantic": match.semantic,  # cosine of question and entry; null without the semantic view
        "learned": match.learned,  # the entry model's probability; null where no model fits the data file
        "aligned": match.aligned,  # word by word, 0-1 (data files without variants or keywords); null elsewhere
        "parts": [
            {"term": c.term, "matched": c.matched, "field": c.field, "points": round(c.points, 1)}
            for c in match.contributions
        ],
    }


def answer_json(answer: Answer, explain: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "query": answer.query,
        "emergency": answer.emergency,
        "danger": answer.danger,
        "matches": [match_json(m) for m in answer.matches],
        "contacts": [contact_json(c) for c in answer.contacts],
    }
    if explain:
        out["explain"] = {
            "danger_cues": list(answer.danger_cues),
            "english": answer.english,
            "candidates": [explain_json(m) for m in answer.closest],
        }
    return out


def topic_json(topic: Topic) -> dict[str, Any]:
    return {"topic": topic.key, "aliases": list(topic.aliases), "contacts": list(topic.contacts), "description": topic.description}


def topic_lookup_json(topic: Topic, contacts: tuple[Contact, ...]) -> dict[str, Any]:
    return {"topic": topic.key, "contacts": [contact_json(c) for c in contacts]}

"""model.SCHEMA, the one description of a data file's fields, against the model, the loader and the README."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from advocacy_cli.errors import DataError
from advocacy_cli.loader import parse_faq
from advocacy_cli.model import SCHEMA, TABLES, Category, Contact, Entry, Meta, Topic, fields_of, schema_table

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_table() -> str:
    section = README.read_text(encoding="utf-8").split("\n## Data files", 1)[1]
    lines = section.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| field | required | meaning |"))
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("|"))
    return "\n".join(lines[start:end])


def test_the_readme_table_of_fields_is_the_schema() -> None:
    assert _readme_table() == schema_table()


def test_the_readme_rows_name_each_field_once_with_its_required_flag() -> None:
    rows = [re.fullmatch(r"\| `([^`]+)` \| (yes|no) \| .+ \|", line) for line in _readme_table().splitlines()[2:]]
    assert all(rows)
    documented = {row.group(1): row.group(2) == "yes" for row in rows if row}
    assert len(documented) == len(rows) == len(SCHEMA)
    assert documented == {f.shown: f.required for f in SCHEMA}


@pytest.mark.parametrize(
    ("table", "record", "skip"),
    [("meta", Meta, 0), ("categories", Category, 1), ("contacts", Contact, 1), ("topics", Topic, 1), ("entries", Entry, 0)],
)
def test_the_schema_names_the_model_fields_in_order(table: str, record: Any, skip: int) -> None:
    # Categories, contacts and topics are keyed by their table key, which is no field of the file.
    assert tuple(f.name for f in fields_of(table)) == record._fields[skip:]


def test_every_field_belongs_to_a_table_and_has_a_known_kind() -> None:
    assert {f.table for f in SCHEMA} == set(TABLES)
    assert {f.kind for f in SCHEMA} <= {"text", "date", "key", "keys", "texts"}
    assert len({(f.table, f.name) for f in SCHEMA}) == len(SCHEMA)


def _value(table: str, name: str, kind: str) -> Any:
    if kind == "date":
        return "2025-01-15"
    if kind == "key":
        return "office"
    if kind == "keys":
        return ["office"]
    if kind == "texts":
        return ["some words"]
    if name == "email":
        return "office@example.org"
    if table == "entries" and name == "category":
        return "local"
    if table == "entries" and name == "id":
        return "one"
    return "Some text"


def _complete() -> dict[str, Any]:
    """A data file with every field of SCHEMA set."""
    data: dict[str, Any] = {"meta": {}, "categories": {"local": {}}, "contacts": {"office": {}}, "topics": {"office": {}}, "entries": [{}]}
    for field in SCHEMA:
        value = _value(field.table, field.name, field.kind)
        if field.table == "meta":
            data["meta"][field.name] = value
        elif field.table == "entries":
            data["entries"][0][field.name] = value
        else:
            next(iter(data[field.table].values()))[field.name] = value
    return data


def _record(data: dict[str, Any], table: str) -> dict[str, Any]:
    if table == "meta":
        return data["meta"]
    if table == "entries":
        return data["entries"][0]
    return next(iter(data[table].values()))


def _load(data: dict[str, Any]) -> Any:
    return parse_faq(tomli_w.dumps(data).encode("utf-8"), "schema.toml")


def test_a_file_with_every_field_loads_with_every_value() -> None:
    faq = _load(_complete())
    records = {"meta": faq.meta, "categories": faq.categories["local"], "contacts": faq.contacts["office"], "topics": faq.topics["office"], "entries": faq.entries[0]}
    for field in SCHEMA:
        value = getattr(records[field.table], field.name)
        expected = _value(field.table, field.name, field.kind)
        assert (list(value) if isinstance(value, tuple) else value) == expected, field


@pytest.mark.parametrize("field", SCHEMA, ids=lambda f: f.shown)
def test_the_loader_requires_exactly_the_required_fields(field: Any) -> None:
    data = copy.deepcopy(_complete())
    del _record(data, field.table)[field.name]
    if field.required:
        with pytest.raises(DataError) as caught:
            _load(data)
        assert any(f"{field.name}: missing" in problem for problem in caught.value.problems), caught.value.problems
    else:
        _load(data)


@pytest.mark.parametrize("table", TABLES)
def test_each_table_refuses_a_field_the_schema_does_not_name(table: str) -> None:
    data = copy.deepcopy(_complete())
    first = fields_of(table)[0].name
    _record(data, table)[first + "x"] = "Some text"
    with pytest.raises(DataError) as caught:
        _load(data)
    assert any(f"{first}x: unknown field (did you mean '{first}'?)" in problem for problem in caught.value.problems), caught.value.problems

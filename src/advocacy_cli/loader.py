"""Reads a FAQ data file (TOML) into an immutable Faq, reporting every problem as FILE:LINE: field: what."""

from __future__ import annotations

import datetime as _dt
import re
from types import MappingProxyType
from typing import Any

from advocacy_cli.errors import DataError
from advocacy_cli.model import DEFAULT_CATEGORIES, LIST_KINDS, TABLES, Category, Contact, Entry, Faq, Meta, Topic, fields_of
from advocacy_cli.text import closest, key_of

# Used with fullmatch: '$' would also match before a final newline ("one\n", "desk@example.org\n").
KEY_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
# Deliberately simple: one @, no spaces, a dot in the domain. Enough to catch typos, not to validate RFC 5322.
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MAX_HINTS = 20  # 'did you mean' suggestions computed per file: each compares a name with every known one

# The fields each table allows, from the one description of the schema (model.SCHEMA).
ENTRY_FIELDS = {f.name for f in fields_of("entries")}
CONTACT_FIELDS = {f.name for f in fields_of("contacts")}
TOPIC_FIELDS = {f.name for f in fields_of("topics")}
CATEGORY_FIELDS = {f.name for f in fields_of("categories")}
META_FIELDS = {f.name for f in fields_of("meta")}
META_TEXT_FIELDS = tuple(f.name for f in fields_of("meta") if f.kind not in LIST_KINDS)
META_LIST_FIELDS = tuple(f.name for f in fields_of("meta") if f.kind in LIST_KINDS)
META_REQUIRED = {f.name for f in fields_of("meta") if f.required}
TOP_LEVEL = set(TABLES)


def parse_faq(data: bytes, name: str) -> Faq:
    """The Faq in ``data`` (the bytes of a TOML data file called ``name`` in messages); raise
    DataError listing every problem found, each as NAME:LINE: field: what is wrong."""
    text = _decode_text(data, name)
    _check_nesting(text, name)
    import tomllib  # here, not at the top: a cached file never needs the parser

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError([_syntax_problem(name, exc)]) from None
    except RecursionError:  # arrays or inline tables nested thousands deep
        raise DataError([f"{name}: syntax: values nested too deeply (not a FAQ data file)"]) from None
    validator = _Validator(name, text)
    faq = validator.build(raw, source_path=name)
    if validator.problems or faq is None:
        raise DataError(validator.problems)
    return faq


def _decode_text(data: bytes, name: str) -> str:
    if not data.strip():
        raise DataError([f"{name}: file: the data file is empty"])
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise DataError([f"{name}:{line}: file: binary data (NUL byte); expected a UTF-8 TOML text file"])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError([f"{name}:{line}: file: not valid UTF-8 (byte 0x{data[exc.start]:02x})"]) from None
    return text.removeprefix("\ufeff")


MAX_KEY_DEPTH = 64
# Strings and comments, whose dots are not key separators. Each alternative starts with its own
# delimiter and its body cannot overlap its terminator, so this scans the text once.
_STRINGS_AND_COMMENTS = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]|"(?!""))*""""{0,2}'  # multi-line basic string (up to two more quotes at its end)
    r"|'{3}[\s\S]*?'{3}'{0,2}"  # multi-line literal string
    r'|"(?:[^"\\\n]|\\.)*"'  # basic string
    r"|'[^'\n]*'"  # literal string
    r"|#[^\n]*"  # comment
)
# MAX_KEY_DEPTH + 1 dots with only key characters, blanks and (blanked-out) quoted parts between them.
_DEEP_KEY = re.compile(r"\.(?:[ \tA-Za-z0-9_-]*\.){" + str(MAX_KEY_DEPTH) + "}")


def _blank_strings(found: re.Match[str]) -> str:
    """A one-line string becomes one key character (it may be a quoted key part); a multi-line
    string, which is always a value, becomes a NUL per line break (NUL never continues a key)."""
    text = found.group()
    if text.startswith("#"):
        return ""
    if text.startswith(('"""', "'''")):
        return "\x00" + "\n" * text.count("\n")
    return "q"


def _check_nesting(text: str, name: str) -> None:
    """Refuse absurdly deep dotted keys: tomllib takes quadratic time and memory on them.

    Whatever the syntax (a header, an array of tables, a dotted key, one inside an inline table,
    blanks or quoted parts around the dots), a key of more than MAX_KEY_DEPTH parts is a chain of
    more than MAX_KEY_DEPTH dots outside strings and comments with only key characters between them.
    """
    if text.count(".") <= MAX_KEY_DEPTH:
        return
    bare = _STRINGS_AND_COMMENTS.sub(_blank_strings, text)
    found = _DEEP_KEY.search(bare)
    if found:
        line = bare.count("\n", 0, found.start()) + 1
        raise DataError([f"{name}:{line}: syntax: key nested more than {MAX_KEY_DEPTH} levels deep (not a FAQ data file)"])


def _syntax_problem(name: str, exc: Exception) -> str:
    message = str(exc)
    found = re.search(r"\(at line (\d+), column (\d+)\)", message)
    line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
    message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    where = f"{name}:{line}" if line else name
    return f"{where}: syntax: {message[:1].lower() + message[1:]} (not valid TOML)"


class _LineIndex:
    """Maps a field path such as ('entries', 3, 'answer') to the line that defines it.

    A small hand-written scanner rather than one regular expression per line: every step consumes
    input, so the time is linear in the file whatever a line holds (a run of spaces after a '[' in
    an answer took a backtracking pattern minutes). Lines inside multi-line strings are skipped.
    """

    # One key part and the blanks around it; the alternatives start with different characters.
    _PART = re.compile(r"""[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|([A-Za-z0-9_-]+))[ \t]*""")

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[Any, ...], int] = {}
        counters: dict[tuple[Any, ...], int] = {}
        prefix: tuple[Any, ...] = ()
        closing = ""  # the delimiter of the multi-line string we are in, if any
        for number, line in enumerate(text.splitlines(), start=1):
            if closing:
                if closing in line:
                    closing = ""
                continue
            stripped = line.strip()
            if stripped.startswith("["):
                array = stripped.startswith("[[")
                found = self._keys(stripped, 2 if array else 1)
                if found is not None:
                    parts, end = found
                    if stripped.startswith("]]" if array else "]", end):
                        if array:
                            index = counters.get(parts, 0)
                            counters[parts] = index + 1
                            prefix = parts + (index,)
                        else:
                            prefix = parts
                        self.lines.setdefault(prefix, number)
                        continue
            found = self._keys(line, 0)
            if found is not None and line.startswith("=", found[1]):
                self.lines.setdefault(prefix + found[0], number)
                closing = _opens_multiline(line, found[1] + 1)

    @classmethod
    def _keys(cls, line: str, start: int) -> tuple[tuple[str, ...], int] | None:
        """The dotted key at ``start`` (its parts, decoded) and where it ends, or None."""
        parts: list[str] = []
        while True:
            found = cls._PART.match(line, start)
            if found is None:
                return None
            basic, literal, bare = found.groups()
            parts.append(_unescape(basic) if basic is not None else literal if literal is not None else bare)
            start = found.end()
            if not line.startswith(".", start):
                return tuple(parts), start
            start += 1

    def line_of(self, path: tuple[Any, ...]) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


_VALUE_STRING = re.compile(r'"""|\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#')


def _opens_multiline(line: str, start: int) -> str:
    """The delimiter of a multi-line string that the value from ``start`` opens and does not close."""
    position = start
    while True:
        found = _VALUE_STRING.search(line, position)
        if found is None or found.group() == "#":
            return ""
        token = found.group()
        if token not in ('"""', "'''"):
            position = found.end()
            continue
        end = line.find(token, found.end())
        if end < 0:
            return token
        position = end + 3


_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "e": "\x1b", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")


def _unescape(text: str) -> str:
    """A basic string's escapes decoded, as TOML reads them (so a key line is found by its real name)."""

    def one(found: re.Match[str]) -> str:
        code = found.group(1)
        if code[0] in "uU" and len(code) > 1:
            try:
                return chr(int(code[1:], 16))
            except (ValueError, OverflowError):
                return found.group()
        return _ESCAPES.get(code, found.group())

    return _ESCAPE.sub(one, text) if "\\" in text else text


def _field_name(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "file"


class _Validator:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.source_text = text
        self.lines: _LineIndex | None = None  # built at the first problem: a valid file never needs it
        self._found: list[tuple[int, int, str]] = []  # (line, order found, message)
        self.used_categories: dict[str, Category] = {}  # a file without [categories]: those its entries use
        self._hints: dict[str, str | None] = {}

    # -- reporting -------------------------------------------------------------------------
    def problem(self, path: tuple[Any, ...], what: str) -> None:
        if self.lines is None:
            self.lines = _LineIndex(self.source_text)
        line = self.lines.line_of(path)
        where = f"{self.name}:{line}" if line else self.name
        # Keys and values from the file are shown with their control characters visibly escaped.
        self._found.append((line or 0, len(self._found), f"{where}: {_visible(_field_name(path))}: {_visible(what)}"))

    def hint(self, word: str, choices: Any) -> str | None:
        """The closest known name, computed at most MAX_HINTS times per file (each call compares
        ``word`` with every choice: unbounded, N typos among N names took minutes)."""
        if word in self._hints:
            return self._hints[word]
        if len(self._hints) >= MAX_HINTS:
            return None
        found = closest(word, choices)
        hint = self._hints[word] = found[0] if found else None
        return hint

    @property
    def problems(self) -> list[str]:
        """Every problem, in the order of the file's lines (those without a line first)."""
        return [message for _, _, message in sorted(self._found)]

    def unknown_keys(self, table: dict[str, Any], allowed: set[str], path: tuple[Any, ...]) -> None:
        for key in table:
            if key not in allowed:
                hint = self.hint(key, allowed)
                self.problem(path + (key,), "unknown field" + (f" (did you mean '{hint}'?)" if hint else ""))

    # -- typed getters ---------------------------------------------------------------------
    def table(self, value: Any, path: tuple[Any, ...], required: bool = True) -> dict[str, Any] | None:
        if value is None:
            if required:
                self.problem(path, "missing (a table is required)")
            return None
        if not isinstance(value, dict):
            self.problem(path, f"expected a table, found {_type_name(value)}")
            return None
        return value

    def text(self, table: dict[str, Any], key: str, path: tuple[Any, ...], required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(path + (key,), "missing (required text)")
            return ""
        if isinstance(value, _dt.date) and key == "reviewed":
            return value.isoformat()
        if not isinstance(value, str):
            self.problem(path + (key,), f"expected text, found {_type_name(value)}")
            return ""
        if required and not value.strip():
            self.problem(path + (key,), "is empty")
        return value

    def text_list(self, table: dict[str, Any], key: str, path: tuple[Any, ...], required: bool = False) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(path + (key,), "missing (required list)")
            return ()
        if not isinstance(value, list):
            self.problem(path + (key,), f"expected a list of text, found {_type_name(value)}")
            return ()
        items: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.problem(path + (key,), f"item {i + 1} should be text, found {_type_name(item)}")
            elif not item.strip():
                self.problem(path + (key,), f"item {i + 1} is empty")
            else:
                items.append(item)
        if required and not value:
            self.problem(path + (key,), "is empty (at least one is required)")
        return tuple(items)

    def key_name(self, key: str, path: tuple[Any, ...], kind: str) -> None:
        if not KEY_RE.fullmatch(key):
            self.problem(path, f"{kind} key '{key}' should use lowercase letters, digits and hyphens")

    def references(self, keys: tuple[str, ...], known: dict[str, Any], path: tuple[Any, ...], kind: str) -> None:
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                self.problem(path, f"{kind} '{key}' is listed twice")
            seen.add(key)
            if known and key not in known:
                hint = self.hint(key, known)
                self.problem(path, f"unknown {kind} '{key}'" + (f" (did you mean '{hint}'?)" if hint else ""))

    # -- the file --------------------------------------------------------------------------
    def build(self, raw: dict[str, Any], source_path: str) -> Faq | None:
        self.unknown_keys(raw, TOP_LEVEL, ())
        meta = self.build_meta(raw.get("meta"))
        categories = self.build_categories(raw.get("categories"))
        contacts = self.build_contacts(raw.get("contacts"))
        topics = self.build_topics(raw.get("topics"), contacts)
        entries = self.build_entries(raw.get("entries"), contacts, categories)
        if categories is None:  # no [categories]: the entries' own, titled from the key
            categories = self.used_categories
        for attr in ("fallback_contact", "emergency_contact"):
            key = getattr(meta, attr)
            named = isinstance(raw.get("meta"), dict) and attr in raw["meta"]
            if named and contacts and key not in contacts:
                self.problem(("meta", attr), f"unknown contact '{key}'")
        if contacts and meta.fallback_contact not in contacts:
            # The fallback answers every question nothing matches, so it must name a contact: a
            # file without the default one (a chapter's own FAQ) falls back to its first contact.
            meta = meta._replace(fallback_contact=next(iter(contacts)))
        self.references(meta.emergency_also, contacts, ("meta", "emergency_also"), "contact")
        if self.problems:
            return None
        return Faq(
            meta=meta,
            categories=MappingProxyType(categories),
            contacts=MappingProxyType(contacts),
            topics=MappingProxyType(topics),
            entries=tuple(entries),
            source_path=source_path,
        )

    def build_meta(self, value: Any) -> Meta:
        table = self.table(value, ("meta",))
        if table is None:
            return Meta(title="")
        path = ("meta",)
        self.unknown_keys(table, META_FIELDS, path)
        fields: dict[str, Any] = {key: self.text(table, key, path, required=(key in META_REQUIRED)) for key in META_TEXT_FIELDS}
        reviewed = fields["reviewed"]
        if reviewed:
            try:
                if not DATE_RE.fullmatch(reviewed):  # fromisoformat also takes 20250101 and 2025-W01-1
                    raise ValueError(reviewed)
                _dt.date.fromisoformat(reviewed)
            except ValueError:
                self.problem(path + ("reviewed",), f"'{reviewed}' is not a date (YYYY-MM-DD)")
        fields = {k: v for k, v in fields.items() if v or k in META_REQUIRED}
        fields.update((key, self.text_list(table, key, path)) for key in META_LIST_FIELDS)
        return Meta(**fields)

    def build_categories(self, value: Any) -> dict[str, Category] | None:
        """The declared categories; None when the file declares none, so its entries' own apply."""
        if value is None:
            return None
        table = self.table(value, ("categories",))
        if table is not None and not table:  # not "no category checks": declare some or leave the table out
            self.problem(("categories",), "is empty (at least one category is required)")
        categories: dict[str, Category] = {}
        for key, body in (table or {}).items():
            path = ("categories", key)
            self.key_name(key, path, "category")
            body = self.table(body, path)
            if body is None:
                continue
            self.unknown_keys(body, CATEGORY_FIELDS, path)
            categories[key] = Category(key, self.text(body, "title", path))
        return categories

    def build_contacts(self, value: Any) -> dict[str, Contact]:
        table = self.table(value, ("contacts",))
        if table is not None and not table:
            self.problem(("contacts",), "is empty (at least one contact is required)")
        contacts: dict[str, Contact] = {}
        for key, body in (table or {}).items():
            path = ("contacts", key)
            self.key_name(key, path, "contact")
            body = self.table(body, path)
            if body is None:
                continue
            self.unknown_keys(body, CONTACT_FIELDS, path)
            email = self.text(body, "email", path)
            if email.strip() and not EMAIL_RE.fullmatch(email):
                self.problem(path + ("email",), f"'{email}' is not an e-mail address")
            contacts[key] = Contact(key, self.text(body, "name", path), email, self.text(body, "reason", path, required=False))
        return contacts

    def build_topics(self, value: Any, contacts: dict[str, Contact]) -> dict[str, Topic]:
        # Optional: without topics everything but `contact --topic` works (and an empty [topics] was already fine).
        table = self.table(value, ("topics",), required=False)
        topics: dict[str, Topic] = {}
        owner: dict[str, str] = {}
        for key, body in (table or {}).items():
            path = ("topics", key)
            self.key_name(key, path, "topic")
            body = self.table(body, path)
            if body is None:
                continue
            self.unknown_keys(body, TOPIC_FIELDS, path)
            keys = self.text_list(body, "contacts", path, required=True)
            self.references(keys, contacts, path + ("contacts",), "contact")
            aliases = self.text_list(body, "aliases", path)
            for alias in (key, *aliases):
                folded = key_of(alias)
                if folded in owner and owner[folded] != key:
                    self.problem(path + ("aliases",), f"'{alias}' already names topic '{owner[folded]}'")
                owner.setdefault(folded, key)
            topics[key] = Topic(key, keys, aliases, self.text(body, "description", path, required=False))
        return topics

    def build_entries(self, value: Any, contacts: dict[str, Contact], categories: dict[str, Category] | None) -> list[Entry]:
        if value is None:
            self.problem(("entries",), "missing (at least one [[entries]] table is required)")
            return []
        if not isinstance(value, list):
            self.problem(("entries",), f"expected an array of tables ([[entries]]), found {_type_name(value)}")
            return []
        if not value:
            self.problem(("entries",), "is empty (at least one entry is required)")
        entries: list[Entry] = []
        first_line: dict[str, int] = {}
        told_how = False  # the first unknown category says how to declare one, the others do not repeat it
        for index, body in enumerate(value):
            path = ("entries", index)
            body = self.table(body, path)
            if body is None:
                continue
            self.unknown_keys(body, ENTRY_FIELDS, path)
            entry_id = self.text(body, "id", path)
            if entry_id.strip():
                self.key_name(entry_id, path + ("id",), "entry")
                if entry_id in first_line:
                    self.problem(path + ("id",), f"duplicate id '{entry_id}' (first used by entries[{first_line[entry_id]}])")
                first_line.setdefault(entry_id, index)
            category = self.text(body, "category", path)
            if category.strip() and categories is None and category not in self.used_categories:
                self.key_name(category, path + ("category",), "category")
                title = DEFAULT_CATEGORIES.get(category) or category.replace("-", " ").capitalize()
                self.used_categories[category] = Category(category, title)
            elif category.strip() and categories is not None and category not in categories:
                hint = self.hint(category, categories)
                declared = category if KEY_RE.fullmatch(category) else "KEY"
                how = "" if told_how else f"; declare it with [categories.{declared}] title = \"...\""
                told_how = True
                self.problem(path + ("category",), f"unknown category '{category}'" + (f" (did you mean '{hint}'?)" if hint else "") + how)
            keys = self.text_list(body, "contacts", path, required=True)
            self.references(keys, contacts, path + ("contacts",), "contact")
            entries.append(
                Entry(
                    id=entry_id,
                    category=category,
                    question=self.text(body, "question", path),
                    answer=self.text(body, "answer", path),
                    contacts=keys,
                    variants=self.text_list(body, "variants", path),
                    keywords=self.text_list(body, "keywords", path),
                )
            )
        return entries


_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _visible(text: str) -> str:
    """``text`` with control, bidi and line-separator characters written as \\xNN or \\uNNNN."""
    return _INVISIBLE.sub(lambda found: f"\\x{ord(found.group()):02x}" if ord(found.group()) < 0x100 else f"\\u{ord(found.group()):04x}", text)


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (_dt.date, _dt.time)):
        return "a date/time"
    return type(value).__name__

"""The export formats: one pure function per format, Faq -> str, picked from an enum of names."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from typing import Any

from advocacy_cli.errors import UsageError
from advocacy_cli.model import Contact, Entry, Faq
from advocacy_cli.shapes import contact_json, entry_json, entry_record, topic_json
from advocacy_cli.text import clean, shorten


class Format(enum.Enum):
    """Every format `advocacy export --format` can write; RENDERERS must cover each one."""

    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TOML = "toml"
    MARKDOWN = "markdown"
    HTML = "html"


_ALIASES = {"md": Format.MARKDOWN, "htm": Format.HTML}


def parse_format(name: str) -> Format:
    """``name`` as typed on the command line (any case, 'md', 'htm') -> Format; UsageError otherwise."""
    wanted = name.strip().casefold()
    for member in Format:
        if member.value == wanted:
            return member
    if wanted in _ALIASES:
        return _ALIASES[wanted]
    shown = shorten(name, 40)
    choices = ", ".join(member.value for member in Format)
    raise UsageError(f"unknown format '{shown}'; choose from {choices}")


def render(fmt: Format, faq: Faq) -> str:
    """The whole of ``faq`` (its entries as filtered by the caller) as text in ``fmt``."""
    return RENDERERS[fmt](faq)


# What a terminal acts on or what makes text read differently: C0 controls but tab, newline and
# carriage return, DEL, C1 controls (U+009B is CSI, U+0085 a line break), bidi controls and the
# Unicode line separators.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def for_terminal(fmt: Format, text: str) -> str:
    """An export about to be shown on a terminal, made unable to act on it.

    JSON, JSON Lines and TOML hold all data text in quoted strings, where ``\\uXXXX`` is the same
    character: those characters are escaped, so the text still decodes exactly. CSV has no escapes
    (and Markdown and HTML were cleaned already): escape sequences are removed, other controls
    shown as U+FFFD, as everywhere else on a terminal. Files written with --output are not changed.
    """
    if fmt in (Format.JSON, Format.JSONL, Format.TOML):
        return _TERMINAL_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    return _TERMINAL_UNSAFE.sub("\ufffd", clean(text))


# --- shared views of the data ---------------------------------------------------------------------
def _entries_by_category(faq: Faq) -> Iterator[tuple[str, str, list[Entry]]]:
    """(key, title, entries) for each category that has entries, in the data file's order."""
    grouped: dict[str, list[Entry]] = {key: [] for key in faq.categories}
    for entry in faq.entries:
        grouped.setdefault(entry.category, []).append(entry)
    for key, entries in grouped.items():
        if entries:
            category = faq.categories.get(key)
            yield key, (category.title if category else key), entries


def _web_url(url: str) -> bool:
    """Only http(s) URLs from the data become links; anything else (javascript:, data:) stays text."""
    return bool(re.fullmatch(r"https?://[^\s<>\"']+", url, re.IGNORECASE))


def _dumps(value: Any, indent: int | None = None) -> str:
    from advocacy_cli.jsonout import dumps

    return dumps(value, indent=indent)


# --- json, jsonl ----------------------------------------------------------------------------------
def to_json(faq: Faq) -> str:
    """The whole dataset as one JSON document; contacts in entries are keys into "contacts"."""
    dataset = {
        "meta": faq.meta._asdict(),
        "categories": {key: {"title": c.title} for key, c in faq.categories.items()},
        "contacts": {key: contact_json(c) for key, c in faq.contacts.items()},
        "topics": {key: topic_json(t) for key, t in faq.topics.items()},
        "entries": [entry_record(e) for e in faq.entries],
    }
    return _dumps(dataset, indent=2) + "\n"


def to_jsonl(faq: Faq) -> str:
    """One entry per line, its contacts resolved to objects (the shape of ``show ID --json``)."""
    return "".join(_dumps(entry_json(faq, e)) + "\n" for e in faq.entries)


# --- csv ------------------------------------------------------------------------------------------
CSV_HEADER = ("id", "category", "question", "answer", "contacts")
# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")


def _csv_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(faq: Faq) -> str:
    """RFC 4180 CSV, one row per entry; contacts are the e-mail addresses joined by ';'."""
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADER)
    for entry in faq.entries:
        addresses = ";".join(c.email for c in faq.contacts_of(entry.contacts))
        row = (entry.id, entry.category, entry.question, entry.answer, addresses)
        writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue()


# --- toml -----------------------------------------------------------------------------------------
def _toml_dataset(faq: Faq) -> dict[str, Any]:
    """The data-file schema (see data/faq.toml): what loader.load_faq reads back into an equal Faq."""
    meta = {key: value for key, value in faq.meta._asdict().items() if value or key == "title"}
    # The loader rejects a fallback/emergency key naming no contact; when it names none it was the default.
    for key in ("fallback_contact", "emergency_contact"):
        if meta.get(key) not in faq.contacts:
            meta.pop(key, None)
    contacts = {}
    for key, c in faq.contacts.items():
        contacts[key] = {"name": c.name, "email": c.email} | ({"reason": c.reason} if c.reason else {})
    topics: dict[str, dict[str, Any]] = {}
    for key, t in faq.topics.items():
        topics[key] = {"contacts": list(t.contacts)}
        if t.aliases:
            topics[key]["aliases"] = list(t.aliases)
        if t.description:
            topics[key]["description"] = t.description
    entries = []
    for e in faq.entries:
        item: dict[str, Any] = {"id": e.id, "category": e.category, "question": e.question, "answer": e.answer, "contacts": list(e.contacts)}
        if e.variants:
            item["variants"] = list(e.variants)
        if e.keywords:
            item["keywords"] = list(e.keywords)
        entries.append(item)
    return {
        "meta": meta,
        "categories": {key: {"title": c.title} for key, c in faq.categories.items()},
        "contacts": contacts,
        "topics": topics,
        "entries": entries,
    }


def to_toml(faq: Faq) -> str:
    """A data file of the same schema as data/faq.toml, loadable with ``--data``."""
    import tomli_w

    header = "# FAQ data exported by advocacy-cli: the schema of data/faq.toml (load it with --data).\n\n"
    return header + tomli_w.dumps(_toml_dataset(faq))


# --- markdown -------------------------------------------------------------------------------------
# Characters that start inline Markdown (emphasis, code, links, images, raw HTML, entities, tables,
# strikethrough); backslash-escaped everywhere so data text stays text.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|#!&~])")
# Line starts that open a block: lists, quotes, headings, setext underlines, ordered lists.
_MD_BLOCK_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def _md_line(text: str) -> str:
    line = _MD_INLINE.sub(r"\\\1", clean(text).strip())
    found = _MD_BLOCK_START.match(line)
    if found:
        line = found.group(0) + "\\" + line[found.end() :] if found.group(0)[0].isdigit() else "\\" + line
    return line


def _md_inline(text: str) -> str:
    """Data text for one line (a heading, a list item, a table cell): newlines become spaces."""
    return _md_line(" ".join(text.split()))


def _md_block(text: str) -> str:
    """Data text as paragraphs: blank lines kept, each line escaped on its own."""
    paragraphs = re.split(r"\n\s*\n", clean(text).strip())
    return "\n\n".join("  \n".join(_md_line(line) for line in p.splitlines() if line.strip()) for p in paragraphs if p.strip())


def _md_mailto(contact: Contact) -> str:
    from urllib.parse import quote

    return f"[{_md_inline(contact.name)}](mailto:{quote(contact.email, safe='@')}) ({_md_inline(contact.email)})"


def _md_url(url: str, text: str) -> str:
    from urllib.parse import quote

    if not _web_url(url):
        return _md_inline(text or url)
    return f"[{_md_inline(text or url)}]({quote(url, safe=':/?#@!$&*+,;=%~')})"


def to_markdown(faq: Faq) -> str:
    """A readable document: contents, one section per category, one anchored heading per entry, contacts."""
    from html import escape
    from urllib.parse import quote

    meta = faq.meta
    out = [f"# {_md_inline(meta.title)}", ""]
    credits = []
    if meta.source:
        credits.append("Source: " + _md_url(meta.source, meta.source))
    if meta.licence:
        credits.append("Licence: " + _md_url(meta.licence_url, meta.licence))
    if meta.reviewed:
        credits.append("Reviewed: " + _md_inline(meta.reviewed))
    if credits:
        out += [". ".join(credits) + ".", ""]
    if meta.note:
        out += [_md_block(meta.note), ""]
    groups = list(_entries_by_category(faq))
    out += ["## Contents", ""]
    for _, title, entries in groups:
        out.append(f"- {_md_inline(title)}")
        out += [f"  - [{_md_inline(e.question)}](#{quote(e.id, safe='')})" for e in entries]
    out.append("- [Contacts](#contacts_table)")
    out.append("")
    for _, title, entries in groups:
        out += [f"## {_md_inline(title)}", ""]
        for e in entries:
            out += [f'<a id="{escape(e.id, quote=True)}"></a>', "", f"### {_md_inline(e.question)}", ""]
            out += [_md_block(e.answer), ""]
            contacts = faq.contacts_of(e.contacts)
            if contacts:
                out += ["Write to: " + ", ".join(_md_mailto(c) for c in contacts), ""]
    out += ['<a id="contacts_table"></a>', "", "## Contacts", "", "| Contact | Address | Write here when |", "| --- | --- | --- |"]
    for c in faq.contacts.values():
        address = f"[{_md_inline(c.email)}](mailto:{quote(c.email, safe='@')})"
        out.append(f"| {_md_inline(c.name)} | {address} | {_md_inline(c.reason)} |")
    return "\n".join(out) + "\n"


# --- html -----------------------------------------------------------------------------------------
_STYLE = """\
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
a{color:#0645ad}
h1,h2,h3{line-height:1.25}
section.entry{border-top:1px solid #ccc;padding-top:.5rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
footer{margin-top:2rem;font-size:.9rem;color:#444}
@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#8ab4f8}footer{color:#bbb}}"""


def _h(text: str) -> str:
    """Data text for HTML: control characters replaced, then every special character escaped."""
    from html import escape

    return escape(clean(text), quote=True)


def _h_block(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", clean(text).strip())
    return "\n".join("<p>" + "<br>\n".join(_h(line) for line in p.splitlines()) + "</p>" for p in paragraphs if p.strip())


def _h_mailto(contact: Contact, label: str) -> str:
    from urllib.parse import quote

    return f'<a href="mailto:{_h(quote(contact.email, safe="@"))}">{label}</a>'


def _h_url(url: str, text: str, rel: str = "") -> str:
    if not _web_url(url):
        return _h(text or url)
    rel_attr = f' rel="{rel}"' if rel else ""
    return f'<a href="{_h(url)}"{rel_attr}>{_h(text or url)}</a>'


def to_html(faq: Faq) -> str:
    """One self-contained, accessible page: no scripts, no external assets, every data string escaped."""
    meta = faq.meta
    groups = list(_entries_by_category(faq))
    # Our own ids contain '_', which entry ids (lowercase letters, digits, hyphens) never do.
    out = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{_h(meta.title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
        f"<header>\n<h1>{_h(meta.title)}</h1>",
    ]
    if meta.note:
        out.append(_h_block(meta.note))
    out += ["</header>", '<nav aria-labelledby="toc_heading">', '<h2 id="toc_heading">Contents</h2>', "<ul>"]
    for _, title, entries in groups:
        out.append(f"<li>{_h(title)}\n<ul>")
        out += [f'<li><a href="#{_h(e.id)}">{_h(e.question)}</a></li>' for e in entries]
        out.append("</ul>\n</li>")
    out += ['<li><a href="#contacts_heading">Contacts</a></li>', "</ul>", "</nav>", "<main>"]
    for key, title, entries in groups:
        out += [f'<section class="category" aria-labelledby="category_{_h(key)}">', f'<h2 id="category_{_h(key)}">{_h(title)}</h2>']
        for e in entries:
            out += [f'<section class="entry" id="{_h(e.id)}">', f"<h3>{_h(e.question)}</h3>", _h_block(e.answer)]
            contacts = faq.contacts_of(e.contacts)
            if contacts:
                links = ", ".join(f"{_h_mailto(c, _h(c.name))} ({_h(c.email)})" for c in contacts)
                out.append(f'<p class="write-to">Write to: {links}</p>')
            out.append("</section>")
        out.append("</section>")
    out += [
        '<section aria-labelledby="contacts_heading">',
        '<h2 id="contacts_heading">Contacts</h2>',
        "<table>",
        "<thead><tr><th scope=\"col\">Contact</th><th scope=\"col\">Address</th><th scope=\"col\">Write here when</th></tr></thead>",
        "<tbody>",
    ]
    for c in faq.contacts.values():
        out.append(f'<tr><th scope="row">{_h(c.name)}</th><td>{_h_mailto(c, _h(c.email))}</td><td>{_h(c.reason)}</td></tr>')
    out += ["</tbody>", "</table>", "</section>", "</main>", "<footer>"]
    credits = []
    if meta.source:
        credits.append("Source: " + _h_url(meta.source, meta.source))
    if meta.licence:
        credits.append("Licence: " + _h_url(meta.licence_url, meta.licence, rel="license"))
    if meta.reviewed:
        credits.append("Reviewed: " + _h(meta.reviewed))
    if credits:
        out.append("<p>" + ". ".join(credits) + ".</p>")
    out += ["</footer>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


RENDERERS: dict[Format, Callable[[Faq], str]] = {
    Format.JSON: to_json,
    Format.JSONL: to_jsonl,
    Format.CSV: to_csv,
    Format.TOML: to_toml,
    Format.MARKDOWN: to_markdown,
    Format.HTML: to_html,
}

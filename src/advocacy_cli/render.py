"""Human output with rich, and the sanitising of untrusted text on its way to a terminal.

Every piece of text from a question or a data file goes through ``clean`` and into a rich ``Text``
(never a markup string), so neither escape sequences nor ``[link=...]`` markup from input can act.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING, Iterable

from advocacy_cli.model import Answer, Contact, Entry, Faq, Match, Topic

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

# ESC-initiated sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte escapes.
# Only complete sequences are removed whole: an unterminated OSC or a lone 8-bit C1 introducer
# (U+009B, U+009D, common in mis-decoded text) must not swallow the rest of an answer; without
# their ESC/C1 byte (dropped here or replaced by _CONTROL) what follows is plain text.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]?")
# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """``text`` made safe for a terminal: escape sequences removed, other controls shown as U+FFFD."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub(REPLACEMENT, text.replace("\r\n", "\n"))


def clean_line(text: str) -> str:
    """``clean`` for one-line messages: newlines, tabs and Unicode line separators become spaces as well."""
    return re.sub("[\n\t\r\u2028\u2029]+", " ", clean(text))


def shorten(text: str, width: int = 60) -> str:
    """``text`` for quoting in a one-line message: cleaned first, then cut, so no half escape survives."""
    cleaned = clean_line(text)
    return cleaned if len(cleaned) <= width else cleaned[: width - 3] + "..."


def colour_allowed() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return os.environ.get("TERM") != "dumb" or bool(os.environ.get("FORCE_COLOR"))


def make_console(stderr: bool = False) -> "Console":
    from rich.console import Console

    return Console(
        file=sys.stderr if stderr else sys.stdout,
        color_system="auto" if colour_allowed() else None,
        markup=False,
        emoji=False,
        highlight=False,
    )


def _text(value: str, style: str = "") -> "Text":
    from rich.text import Text

    return Text(clean(value), style=style)


def _link(contact: Contact, colour: bool) -> "Text":
    from rich.style import Style
    from rich.text import Text

    return Text(clean(contact.email), style=Style(link=f"mailto:{clean_line(contact.email)}", underline=colour, color="cyan" if colour else None))


def contacts_table(contacts: Iterable[Contact], title: str = "Write to") -> "object":
    from rich import box
    from rich.table import Table

    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("Contact", style="bold", overflow="fold")
    table.add_column("Address", no_wrap=True, overflow="fold")
    table.add_column("Write here when", overflow="fold", ratio=1)
    colour = colour_allowed()
    for contact in contacts:
        table.add_row(_text(contact.name), _link(contact, colour), _text(contact.reason))
    return table


def emergency_banner(contact: Contact | None) -> "object":
    from rich.panel import Panel
    from rich.text import Text

    body = Text()
    body.append("If someone is at risk of serious harm or death, write now to ", style="bold")
    if contact is not None:
        body.append_text(_link(contact, colour_allowed()))
        body.append(".", style="bold")
    body.append("\nIf the danger is immediate, also call your local emergency services.")
    return Panel(body, title="EMERGENCY", title_align="left", border_style="bold red", expand=False)


def _entry_block(match_or_entry: Match | Entry, faq: Faq) -> list["object"]:
    from rich.padding import Padding
    from rich.text import Text

    entry = match_or_entry.entry if isinstance(match_or_entry, Match) else match_or_entry
    label = Text(f"{clean_line(entry.id)} · {clean_line(_category_title(faq, entry.category))}", style="dim")
    if isinstance(match_or_entry, Match):
        label.append(f" · score {match_or_entry.score:g}", style="dim")
    return [_text(entry.question, "bold"), label, Padding(_text(entry.answer), (0, 0, 0, 2), expand=False)]


def _category_title(faq: Faq, key: str) -> str:
    category = faq.categories.get(key)
    return category.title if category else key


def _alternatives(matches: Iterable[Match], title: str) -> list["object"]:
    from rich.text import Text

    items = list(matches)
    if not items:
        return []
    out: list[object] = [Text(title, style="bold")]
    for match in items:
        line = Text("  • ")
        line.append_text(_text(match.entry.question))
        line.append(f"  (advocacy show {clean_line(match.entry.id)})", style="dim")
        out.append(line)
    return out


def answer_view(faq: Faq, answer: Answer, explain: bool = False) -> list["object"]:
    """The renderables for ``ask``: emergency first, then the answer, whom to write to, what else."""
    from rich.text import Text

    parts: list[object] = []
    if answer.emergency:
        parts.append(emergency_banner(faq.emergency_contact))
        parts.append(Text())
    if answer.matches:
        parts.extend(_entry_block(answer.matches[0], faq))
        parts.append(Text())
    elif not answer.emergency:
        parts.append(Text("No confident match in the FAQ for this question.", style="bold yellow"))
        parts.append(Text("Try other words, 'advocacy list' to browse, or write to the address below.", style="dim"))
        parts.append(Text())
    if answer.contacts:
        parts.append(contacts_table(answer.contacts))
    if answer.matches:
        parts.extend(_alternatives(answer.matches[1:], "Also relevant"))
    else:
        parts.extend(_alternatives(answer.closest[:3], "Closest entries"))
    if explain:
        parts.extend(explain_view(answer))
    return parts


def explain_view(answer: Answer) -> list["object"]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out: list[object] = [Text()]
    if answer.emergency_signals:
        out.append(Text("Emergency because of: " + ", ".join(answer.emergency_signals), style="bold red"))
    if not answer.closest:
        out.append(Text("Why: no word of the question is known to the FAQ.", style="dim"))
        return out
    top = answer.closest[0]
    table = Table(title=f"Why '{clean_line(top.entry.id)}' scored {top.score:g}", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    table.add_column("Question word")
    table.add_column("Found as")
    table.add_column("In")
    table.add_column("Points", justify="right")
    for part in top.contributions:
        table.add_row(_text(part.term), _text(part.matched), _text(part.field), f"{part.points:.1f}")
    out.append(table)
    if len(answer.closest) > 1:
        runner = answer.closest[1]
        out.append(Text(f"Runner-up: {clean_line(runner.entry.id)} ({runner.score:g})", style="dim"))
    return out


def entry_view(faq: Faq, entry: Entry) -> list["object"]:
    parts = _entry_block(entry, faq)
    from rich.text import Text

    parts.append(Text())
    parts.append(contacts_table(faq.contacts_of(entry.contacts)))
    return parts


def entries_table(faq: Faq, entries: Iterable[Entry]) -> "object":
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Id", style="cyan", no_wrap=True)
    table.add_column("Category", style="dim", no_wrap=True)
    table.add_column("Question", overflow="fold")
    for entry in entries:
        table.add_row(_text(entry.id), _text(entry.category), _text(entry.question))
    return table


def topics_table(faq: Faq, topics: Iterable[Topic]) -> "object":
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Topic", style="cyan", no_wrap=True)
    table.add_column("Also answers to", overflow="fold")
    table.add_column("Contacts", overflow="fold")
    for topic in topics:
        table.add_row(_text(topic.key), _text(", ".join(topic.aliases)), _text(", ".join(topic.contacts)))
    return table


def topic_view(topic: Topic, contacts: Iterable[Contact]) -> list["object"]:
    from rich.text import Text

    head = Text()
    head.append_text(_text(topic.key, "bold"))
    if topic.description:
        head.append(" · ")
        head.append_text(_text(topic.description, "dim"))
    return [head, contacts_table(contacts)]


def print_all(parts: Iterable["object"], console: "Console | None" = None) -> None:
    console = console or make_console()
    for part in parts:
        console.print(part)

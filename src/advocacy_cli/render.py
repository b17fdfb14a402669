"""Human output with rich: every view a person reads on a terminal.

Every piece of text from a question or a data file goes through ``text.clean`` and into a rich ``Text``
(never a markup string), so neither escape sequences nor ``[link=...]`` markup from input can act.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from advocacy_cli.model import Answer, Contact, Entry, Faq, Match, Topic
from advocacy_cli.text import clean, clean_line, shorten  # noqa: F401  (shorten: re-exported for callers)

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions
    from rich.text import Text


def colour_allowed() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return os.environ.get("TERM") != "dumb" or bool(os.environ.get("FORCE_COLOR"))


# Below this a window is taken as unknown (COLUMNS=0 or 1 is a broken setting, not a window);
# above PROSE_WIDTH lines get hard to read, so text stops there as man pages do.
MIN_WIDTH = 20
PROSE_WIDTH = 100
FALLBACK_WIDTH = 80


def terminal_width() -> int:
    """The width to lay text out in: COLUMNS, else the terminal's own (also when TERM=dumb), else 80."""
    columns = os.environ.get("COLUMNS", "").strip()
    width = int(columns) if columns.isdigit() else 0
    if width < MIN_WIDTH:
        width = 0
        for stream in (sys.stdout, sys.stderr, sys.stdin):
            try:
                width = os.get_terminal_size(stream.fileno()).columns
            except (AttributeError, ValueError, OSError):
                continue
            break
    if width <= 1:
        width = FALLBACK_WIDTH
    return max(width, MIN_WIDTH)


def make_console(stderr: bool = False) -> "Console":
    from rich.console import Console

    lines = os.environ.get("LINES", "").strip()
    return Console(
        file=sys.stderr if stderr else sys.stdout,
        color_system="auto" if colour_allowed() else None,
        markup=False,
        emoji=False,
        highlight=False,
        width=min(terminal_width(), PROSE_WIDTH),
        height=int(lines) if lines.isdigit() and int(lines) > 0 else 25,
    )


def _text(value: str, style: str = "") -> "Text":
    from rich.text import Text

    return Text(clean(value), style=style)


def _link(contact: Contact, colour: bool) -> "Text":
    from rich.style import Style
    from rich.text import Text

    return Text(clean(contact.email), style=Style(link=f"mailto:{clean_line(contact.email)}", underline=colour, color="cyan" if colour else None))


# The narrowest a column of prose may get before a table gives way to stacked blocks.
READABLE_COLUMN = 20


class _Fitted:
    """A table when the window has room for it, otherwise one block per row (nothing cut, no letter columns)."""

    def __init__(self, needed: int, table: "Callable[[], object]", stacked: "Callable[[int], Iterable[object]]") -> None:
        self.needed = needed
        self.table = table
        self.stacked = stacked

    def __rich_console__(self, console: "Console", options: "ConsoleOptions") -> "Iterable[object]":
        if options.max_width >= self.needed:
            yield self.table()
        else:
            yield from self.stacked(options.max_width)


def _table_width(*columns: int) -> int:
    """The width a SIMPLE_HEAD table without edges needs for columns of these minimum widths."""
    return sum(columns) + 3 * (len(columns) - 1)


def _longest_word(texts: Iterable[str]) -> int:
    from rich.cells import cell_len

    return max((cell_len(word) for text in texts for word in clean_line(text).split()), default=1)


def _whole(value: str, style: str = "", indent: int = 0) -> "Text":
    """One line that is never wrapped or cut (an address, a command): a window too narrow shows it overflowing."""
    from rich.text import Text

    text = Text(" " * indent)
    text.append(clean_line(value), style=style)
    text.no_wrap = True
    text.overflow = "ignore"
    return text


def _indented(text: "Text", indent: int = 2) -> "object":
    from rich.padding import Padding

    return Padding(text, (0, 0, 0, indent), expand=False)


def contacts_table(contacts: Iterable[Contact], title: str = "Write to") -> "object":
    from rich.cells import cell_len

    rows = list(contacts)
    needed = _table_width(
        _longest_word(c.name for c in rows),
        max((cell_len(clean_line(c.email)) for c in rows), default=1),
        max(READABLE_COLUMN, _longest_word(c.reason for c in rows)),  # an address in a reason stays whole too
    )
    return _Fitted(needed, lambda: _contacts_as_table(rows, title), lambda width: _contacts_stacked(rows, title, width))


def _contacts_as_table(contacts: list[Contact], title: str) -> "object":
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


def _wrapped_whole_words(value: str, width: int, indent: int = 0) -> list["Text"]:
    """``value`` wrapped at spaces to ``width``; a word wider than that (an address) overflows, never cut."""
    import textwrap

    lines = textwrap.wrap(clean_line(value), max(width - indent, 10), break_long_words=False, break_on_hyphens=False)
    return [_whole(line, indent=indent) for line in lines]


def _contacts_stacked(contacts: list[Contact], title: str, width: int) -> list["object"]:
    from rich.text import Text

    colour = colour_allowed()
    out: list[object] = [Text(title, style="bold")]
    for contact in contacts:
        address = Text("  ")
        address.append_text(_link(contact, colour))
        address.no_wrap = True
        address.overflow = "ignore"
        out.extend([_text(contact.name, "bold"), address, *_wrapped_whole_words(contact.reason, width, indent=2)])
    return out


def emergency_banner(contact: Contact | None) -> "object":
    from rich.cells import cell_len

    address = cell_len(clean_line(contact.email)) if contact is not None else 0
    # A panel only where its inside holds the whole address (and the full stop after it).
    return _Fitted(address + 6, lambda: _emergency_panel(contact), lambda width: _emergency_plain(contact))


def _emergency_panel(contact: Contact | None) -> "object":
    from rich.panel import Panel
    from rich.text import Text

    body = Text()
    body.append("If someone is at risk of serious harm or death, write now to ", style="bold")
    if contact is not None:
        body.append_text(_link(contact, colour_allowed()))
        body.append(".", style="bold")
    body.append("\nIf the danger is immediate, also call your local emergency services.")
    return Panel(body, title="EMERGENCY", title_align="left", border_style="bold red", expand=False)


def _emergency_plain(contact: Contact | None) -> list["object"]:
    from rich.text import Text

    out: list[object] = [Text("EMERGENCY", style="bold red"), Text("If someone is at risk of serious harm or death, write now to:", style="bold")]
    if contact is not None:
        address = _link(contact, colour_allowed())
        address.no_wrap = True
        address.overflow = "ignore"
        out.append(address)
    out.append(Text("If the danger is immediate, also call your local emergency services."))
    return out


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


class _Bullet:
    """``  • text  (hint)``: wrapped lines hang under the text, and the hint is never split, so it can be copied."""

    def __init__(self, text: "Text", hint: str) -> None:
        self.text = text
        self.hint = hint

    def __rich_console__(self, console: "Console", options: "ConsoleOptions") -> "Iterable[object]":
        from rich.text import Text

        width = max(options.max_width - 4, 1)
        lines = [line.copy() for line in self.text.wrap(console, width)] or [Text()]
        for line in lines:
            line.rstrip()
        hint = Text(self.hint, style="dim")
        if lines[-1].cell_len + 2 + hint.cell_len <= width:
            lines[-1].append("  ")
            lines[-1].append_text(hint)
        else:
            lines.append(hint)
        for number, line in enumerate(lines):
            row = Text("  • " if number == 0 else "    ")
            row.append_text(line)
            row.no_wrap = True
            row.overflow = "ignore"
            yield row


def _alternatives(matches: Iterable[Match], title: str) -> list["object"]:
    from rich.text import Text

    items = list(matches)
    if not items:
        return []
    out: list[object] = [Text(title, style="bold")]
    for match in items:
        out.append(_Bullet(_text(match.entry.question), f"(advocacy show {clean_line(match.entry.id)})"))
    return out


def answer_view(faq: Faq, answer: Answer, explain: bool = False) -> list["object"]:
    """The renderables for ``ask``: emergency first, then the answer, whom to write to, what else."""
    from rich.text import Text

    parts: list[object] = []
    if answer.emergency:
        parts.append(emergency_banner(faq.emergency_contact))
        parts.append(Text())
    elif answer.danger == "possible" and faq.emergency_contact is not None:
        # No banner for a maybe, but the address in plain sight: one calm line above the answer.
        line = Text("If you or someone else may be in danger, write to ")
        line.append_text(_link(faq.emergency_contact, colour_allowed()))
        line.append(".")
        parts.extend([line, Text()])
    if not answer.english:
        parts.append(Text("This FAQ is in English; the closest entries are shown below, if any.", style="dim"))
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
        parts.extend(explain_view(faq, answer))
    return parts


def explain_view(faq: Faq, answer: Answer) -> list["object"]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out: list[object] = [Text()]
    if answer.danger:
        label = "Emergency" if answer.danger == "emergency" else "Possible danger"
        cues = ", ".join(clean_line(cue) for cue in answer.danger_cues) or "the question as a whole"
        out.append(Text(f"{label} because of: {cues}", style="bold red" if answer.danger == "emergency" else "bold"))
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
    parts = top.contributions
    # padded at the edges, and rich shares a shortfall out across columns: room for whole terms and fields
    needed = _table_width(max(_longest_line(p.term for p in parts), 13), max(_longest_word(p.matched for p in parts), 8), max(_longest_line(p.field for p in parts), 8), 6) + 4
    out.append(_Fitted(needed, lambda: table, lambda width: _explain_stacked(str(table.title or ""), parts)))
    if top.semantic is not None:
        from advocacy_cli.matching import COSINE_FLOOR, LEARNED_SHARE, is_curated, lexical_share

        share = lexical_share(is_curated(faq))
        meaning = 100 * max(top.semantic - COSINE_FLOOR, 0.0) / (1 - COSINE_FLOOR)
        views = f"{share:g} x words {top.lexical:g} + {1 - share:g} x meaning {meaning:.1f} (cosine {top.semantic:.2f})"
        blend = share * top.lexical + (1 - share) * meaning
        if top.aligned is not None:
            from advocacy_cli.matching import ALIGNED_SHARE

            out.append(Text(f"Score {top.score:g} = {1 - ALIGNED_SHARE:.2f} x views {blend:.1f} + {ALIGNED_SHARE:.2f} x word by word {100 * top.aligned:.1f}", style="dim"))
            out.append(Text(f"Views {blend:.1f} = {views}", style="dim"))
        elif top.learned is None:
            out.append(Text(f"Score {top.score:g} = {views}", style="dim"))
        else:
            out.append(Text(f"Score {top.score:g} = {1 - LEARNED_SHARE:.2f} x views {blend:.1f} + {LEARNED_SHARE:.2f} x learned {100 * top.learned:.1f} (entry model)", style="dim"))
            out.append(Text(f"Views {blend:.1f} = {views}", style="dim"))
    if len(answer.closest) > 1:
        runner = answer.closest[1]
        out.append(Text(f"Runner-up: {clean_line(runner.entry.id)} ({runner.score:g})", style="dim"))
    return out


def _explain_stacked(title: str, parts: Iterable[object]) -> list["object"]:
    from rich.text import Text

    out: list[object] = [Text(str(title), style="bold")]
    for part in parts:
        line = _text(f"{part.term} → {part.matched}")  # type: ignore[attr-defined]
        line.append(f" ({clean_line(part.field)}, {part.points:.1f})", style="dim")  # type: ignore[attr-defined]
        out.append(_indented(line))
    return out


def entry_view(faq: Faq, entry: Entry) -> list["object"]:
    parts = _entry_block(entry, faq)
    from rich.text import Text

    parts.append(Text())
    parts.append(contacts_table(faq.contacts_of(entry.contacts)))
    return parts


def entries_table(faq: Faq, entries: Iterable[Entry]) -> "object":
    rows = list(entries)
    needed = _table_width(_longest_line(e.id for e in rows), _longest_line(e.category for e in rows), READABLE_COLUMN)
    return _Fitted(needed, lambda: _entries_as_table(rows), lambda width: _entries_stacked(rows, width))


def _longest_line(texts: Iterable[str]) -> int:
    from rich.cells import cell_len

    return max((cell_len(clean_line(text)) for text in texts), default=1)


def _entries_as_table(entries: list[Entry]) -> "object":
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Id", style="cyan", no_wrap=True)
    table.add_column("Category", style="dim", no_wrap=True)
    table.add_column("Question", overflow="fold")
    for entry in entries:
        table.add_row(_text(entry.id), _text(entry.category), _text(entry.question))
    return table


def _entries_stacked(entries: list[Entry], width: int) -> list["object"]:
    out: list[object] = []
    for entry in entries:
        head = _whole(entry.id, "cyan")
        category = f" · {clean_line(entry.category)}"
        if head.cell_len + len(category) <= width:
            head.append(category, style="dim")
        out.extend([head, _indented(_text(entry.question))])
    return out


def topics_table(faq: Faq, topics: Iterable[Topic]) -> "object":
    rows = list(topics)
    needed = _table_width(_longest_line(t.key for t in rows), READABLE_COLUMN, READABLE_COLUMN)
    return _Fitted(needed, lambda: _topics_as_table(rows), lambda width: _topics_stacked(rows))


def _topics_as_table(topics: list[Topic]) -> "object":
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Topic", style="cyan", no_wrap=True)
    table.add_column("Also answers to", overflow="fold")
    table.add_column("Contacts", overflow="fold")
    for topic in topics:
        table.add_row(_text(topic.key), _text(", ".join(topic.aliases)), _text(", ".join(topic.contacts)))
    return table


def _topics_stacked(topics: list[Topic]) -> list["object"]:
    out: list[object] = []
    for topic in topics:
        out.append(_whole(topic.key, "cyan"))
        if topic.aliases:
            out.append(_indented(_text("also: " + ", ".join(topic.aliases))))
        out.append(_indented(_text("contacts: " + ", ".join(topic.contacts))))
    return out


def topic_view(topic: Topic, contacts: Iterable[Contact]) -> list["object"]:
    from rich.text import Text

    head = Text()
    head.append_text(_text(topic.key, "bold"))
    if topic.description:
        head.append(" · ")
        head.append_text(_text(topic.description, "dim"))
    return [head, contacts_table(contacts)]


# Spaces rich pads lines with, before any style or link codes that end the line.
_TRAILING_SPACE = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m|\x1b\]8;[^\x1b\x07]*(?:\x1b\\|\x07))*)$", re.M)


def print_all(parts: Iterable["object"], console: "Console | None" = None) -> None:
    """Print the renderables without the trailing spaces rich pads lines with, and without cutting long words."""
    console = console or make_console()
    with console.capture() as capture:
        for part in parts:
            console.print(part, crop=False)
    console.file.write(_TRAILING_SPACE.sub(r"\1", capture.get()))
    console.file.flush()

"""The `advocacy` command line: options in, the core called, a renderer picked, errors mapped to exit codes."""

import math
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from advocacy_cli import __version__
from advocacy_cli.environment import DATA as ENV_VAR
from advocacy_cli.environment import HISTORY as HISTORY_ENV
from advocacy_cli.environment import SEMANTIC as SEMANTIC_ENV
from advocacy_cli.errors import AdvocacyError, DataError, UsageError

# The loader (and with it tomllib and the model) is imported when data is needed, not for --help
# or completion of commands.

if TYPE_CHECKING:
    from advocacy_cli.matching import Matcher
    from advocacy_cli.model import Answer, Faq
    from advocacy_cli.session import Session

EXIT_NO_MATCH = 1
EXIT_NOT_OPENED = 4  # --open: no mail program could be started (the link is printed all the same)
OPENER_PATIENCE = 10  # seconds to wait for xdg-open/open to say whether it found a mail program
# The reader went away (`| head`): what a shell reports for a writer killed by SIGPIPE (128 + 13),
# for every command alike, so it is never mistaken for ask's "no confident match".
EXIT_CLOSED_PIPE = 141
EPILOG_SOURCE = (
    "Bundled data: Global Advocacy/FAQ, https://meta.wikimedia.org/wiki/Global_Advocacy/FAQ, "
    "CC BY-SA 4.0, summarised in this project's words."
)
EXAMPLES = """\
Examples:
  advocacy ask "a government official is pressuring me over my edits"
  advocacy contact --topic disinformation
  advocacy show legal-help"""


class _ReportedError(typer.Exit):
    """Carries an AdvocacyError out of a command after its message has been printed."""


def _print_error(error: AdvocacyError) -> None:
    from advocacy_cli.text import clean_line

    problems: list[str] = list(getattr(error, "problems", None) or [])
    lines = problems if isinstance(error, DataError) else [f"Error: {p}" for p in problems] if problems else [f"Error: {error}"]
    try:
        for line in lines:
            sys.stderr.write(clean_line(line) + "\n")
        sys.stderr.flush()
    except (AttributeError, OSError):  # stderr closed or full: the exit code still tells
        pass


def _clean_usage_error(error: typer.TyperException) -> None:
    """Click's own messages echo the user's words and escape only C0/C1: clean bidi controls too."""
    from advocacy_cli.text import clean_line

    if isinstance(getattr(error, "message", None), str):
        error.message = clean_line(error.message)


def _silence_stdout() -> None:
    """After stdout failed, point it at /dev/null so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass


def _plain_placeholder(argument: Any) -> None:
    """Show an argument as its placeholder alone (QUESTION..., [TOPIC]..., FILE), not with a Python type name."""
    name = argument.metavar + ("..." if argument.nargs != 1 else "")
    usage = argument.metavar if argument.required else f"[{argument.metavar}]"
    usage += "..." if argument.nargs != 1 else ""
    argument.display_type_rich = lambda ctx: None
    argument._rich_display_name = lambda: name
    argument.get_usage_pieces = lambda ctx: [usage]


class _Verbatim:
    """Coercion of one parameter's value, for values the command line already gives in their final type.

    Typer 0.29 sends every parameter's value through a pydantic TypeAdapter, and importing pydantic
    for that costs about 40 ms on every run, more than answering the question. A value that needs
    no converting (text for a text parameter, the words of a QUESTION..., an option left out, a
    number option at its default) is passed as Typer would pass it, and a path is made a Path and
    checked by Typer's own path checks; any other value goes to Typer's own coercion, built the
    first time it is needed, so errors and conversions stay Typer's.
    """

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self._typer: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        many = param.multiple or param.nargs == -1
        if value is None:
            return () if many else None
        annotation, info = self.descriptor.annotation, self.descriptor.parameter_info
        if many and annotation == list[str] and isinstance(value, tuple) and all(type(v) is str for v in value):
            return list(value)
        if not many and annotation is str and type(value) is str:
            return value
        if not many and annotation is int and type(value) is int and value == param.default and not info.clamp:
            return value
        if not many and annotation is Path and info.path_type is None and type(value) is str and value:
            from typer._param_types import coerce_cli_path

            # Typer's own checks (exists, dir_okay...), given the Path that pydantic would have made
            return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        if self._typer is None:
            from typer._coercion import build_runtime_param

            self._typer = build_runtime_param(self.descriptor)
        return self._typer.coerce(value, param=param, ctx=ctx)


def _quick_coercion(params: list[Any]) -> list[Any]:
    """Give parameters of plain types the coercion above (Typer's stays for files, choices, parsers)."""
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", True) is not None:
            continue  # not Typer's parameter class, or its coercion is already built
        info = descriptor.parameter_info
        if descriptor.file_annotation is None and not descriptor.is_choice and info.parser is None:
            param._runtime_param = _Verbatim(descriptor)
    return params


def _with_quick_coercion(command: Any) -> None:
    """Every parameter the command parses (its help option too, made while parsing) gets _Verbatim."""
    get_params = command.get_params
    command.get_params = lambda ctx: _quick_coercion(get_params(ctx))


class _Group(TyperGroup):
    """Maps the core's exceptions to messages and exit codes, and suggests commands for typos."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except typer.TyperException as error:
            _clean_usage_error(error)
            raise

    def invoke(self, ctx: Any) -> Any:
        import errno

        try:
            try:
                return super().invoke(ctx)
            finally:
                if sys.stdout is not None:
                    sys.stdout.flush()  # here, so a full disk is reported, not a traceback at exit
        except AdvocacyError as error:
            _print_error(error)
            raise _ReportedError(error.exit_code) from None
        except typer.TyperException as error:
            _clean_usage_error(error)
            raise
        except OSError as error:
            if error.errno == errno.EPIPE:
                _silence_stdout()  # quietly: the reader has what it wanted
                raise typer.Exit(EXIT_CLOSED_PIPE) from None
            from advocacy_cli.errors import OutputError

            _silence_stdout()
            reason = (error.strerror or type(error).__name__).lower()
            _print_error(OutputError(f"cannot write the output: {reason}"))
            raise _ReportedError(OutputError.exit_code) from None

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None and "get_params" not in vars(command):
            _with_quick_coercion(command)
        for param in getattr(command, "params", ()):
            if param.param_type_name == "argument" and param.metavar:
                _plain_placeholder(param)
        return command

    def get_params(self, ctx: Any) -> list[Any]:
        return _quick_coercion(super().get_params(ctx))

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            from advocacy_cli.text import closest, shorten

            close = closest(name, self.list_commands(ctx))
            hint = f" Did you mean '{close[0]}'?" if close else ""
            ctx.fail(f"No such command '{shorten(name)}'.{hint}")
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=_Group,
    name="advocacy",
    help="Answers questions about the Wikimedia Foundation's Global Advocacy work and tells you whom to write to.",
    epilog=EPILOG_SOURCE,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    invoke_without_command=True,
)


# --- shared state and options ----------------------------------------------------------------
def _session(ctx: typer.Context, data: Path | None = None, semantic: bool | None = None) -> "Session":
    """The run's one Session, made the first time a command needs data (a command's own --data or
    --no-semantic replaces the global one)."""
    from advocacy_cli.session import Session

    root = ctx.find_root()
    wanted = root.params.get("semantic") if semantic is None else semantic
    if not isinstance(root.obj, Session) or data is not None or wanted != root.obj.semantic_option:
        root.obj = Session(data or root.params.get("data"), semantic=wanted)
    return root.obj


def _warn(session: "Session") -> None:
    """The session's warnings (the vectors could not be read, say), once each, on stderr."""
    from advocacy_cli.text import clean_line

    while session.warnings:
        try:
            sys.stderr.write(f"Warning: {clean_line(session.warnings.pop(0))}\n")
        except (AttributeError, OSError):
            pass


def _matcher(session: "Session") -> "Matcher":
    matcher = session.matcher()
    _warn(session)
    return matcher


def load_faq(path: str | os.PathLike[str], use_cache: bool = True) -> "Faq":
    from advocacy_cli.session import load_faq as load

    return load(path, use_cache=use_cache)


def resolve_data_path(option: str | os.PathLike[str] | None) -> Path:
    from advocacy_cli.session import resolve_data_path as resolve

    return resolve(option)


def _data_path_for_completion(ctx: typer.Context) -> Path:
    for c in (ctx, ctx.parent):
        if c is not None and c.params.get("data"):
            return Path(c.params["data"])
    return resolve_data_path(None)


def _completer(names_of: Callable[["Faq"], Iterable[str]]) -> Callable[[typer.Context, str], list[str]]:
    """A shell-completion callback offering the names ``names_of`` finds in the data file in use."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            faq = load_faq(_data_path_for_completion(ctx))
        except AdvocacyError:
            return []
        return [name for name in names_of(faq) if name.startswith(incomplete.casefold())]

    return complete


_complete_topics = _completer(lambda faq: faq.topics)
_complete_ids = _completer(lambda faq: (entry.id for entry in faq.entries))
_complete_categories = _completer(lambda faq: faq.categories)

# The names of formats.Format, spelled out so that --help need not import the exporters
# (tests/test_terminal.py checks the two agree); completion reads the enum itself.
FORMAT_NAMES = ("json", "jsonl", "csv", "toml", "markdown", "html")


def _complete_formats(incomplete: str) -> list[str]:
    from advocacy_cli.formats import Format

    return [member.value for member in Format if member.value.startswith(incomplete.casefold())]


DataOption = Annotated[
    Optional[Path],
    # readable=False: the loader reports an unreadable file (FILE: ..., exit 3), as for $ADVOCACY_CLI_DATA.
    typer.Option("--data", metavar="PATH", help=f"FAQ data file to use instead of the bundled one [env: {ENV_VAR}].", show_default=False, dir_okay=True, readable=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
SemanticOption = Annotated[
    Optional[bool],
    typer.Option("--semantic/--no-semantic", help=f"Match by meaning as well as by words (the default), or by words only [env: {SEMANTIC_ENV}=0].", show_default=False),
]


def _emit_json(value: Any) -> None:
    """JSON straight to stdout: never wrapped, exact text (escaped to ASCII if stdout cannot encode it)."""
    sys.stdout.write(_json_line(value))


def _json_line(value: Any) -> str:
    from advocacy_cli.jsonout import dumps

    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return dumps(value, ascii_only=encoding not in ("utf8", "utf16", "utf32")) + "\n"


def _output(json_: bool, as_json: Callable[[], Any], view: Callable[[], list[Any]]) -> None:
    """The one branch of every command that prints data: its JSON on stdout, or its human view."""
    if json_:
        _emit_json(as_json())
    else:
        _print(view())


def _print(parts: list[Any]) -> None:
    from advocacy_cli.render import print_all

    print_all(parts)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"advocacy {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    data: DataOption = None,
    semantic: SemanticOption = None,
    version: Annotated[bool, typer.Option("--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True)] = False,
) -> None:
    """Answers questions about the Wikimedia Foundation's Global Advocacy work and tells you whom to write to."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass
    if ctx.invoked_subcommand is None:
        sys.stdout.write(ctx.get_usage() + "\n\n" + (app.info.help or "") + "\n\n" + EXAMPLES + "\n\nRun 'advocacy --help' for every command.\n")


# --- ask ----------------------------------------------------------------------------------------
@app.command(epilog='Example: advocacy ask "who do I email about a fake news campaign?"  (use - to read one question per line from stdin)')
def ask(
    ctx: typer.Context,
    question: Annotated[Optional[list[str]], typer.Argument(metavar="QUESTION", help="The question (quotes optional), or - to answer one question per line from stdin.", show_default=False)] = None,
    json_: JsonOption = False,
    limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", min=1, max=25, help="At most this many matching entries.")] = 3,
    explain: Annotated[bool, typer.Option("--explain", help="Show why the top entry won.")] = False,
    mailto: Annotated[bool, typer.Option("--mailto", help="Print a mailto: link to the first suggested contact, quoting the question.")] = False,
    open_: Annotated[bool, typer.Option("--open", help="Open a draft to the first suggested contact in the mail client.")] = False,
    no_history: Annotated[bool, typer.Option("--no-history", help=f"At the interactive prompt, keep no history file (also: {HISTORY_ENV}=0).")] = False,
    semantic: SemanticOption = None,
    data: DataOption = None,
) -> None:
    """Answer a question and say whom to write to. Exits 1 when nothing matches."""
    state = _session(ctx, data, semantic)
    words = question or []
    _check_ask_options(words == ["-"], json_, explain, mailto, open_)
    if words == ["-"]:
        _ask_batch(state, json_, limit, explain)
        return
    if not words:
        if sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty():
            from advocacy_cli.interactive import run_prompt

            _matcher(state)  # a bad data file is reported before the prompt, not after the first question
            run_prompt(lambda q: _show_answer(state, q, json_, limit, explain, mailto, open_), history_file=not no_history)
            return
        raise UsageError("missing question: give one, or '-' to read questions from stdin")
    text = _argv_text(words)
    if not text.strip():
        raise UsageError("the question is empty")
    raise typer.Exit(_show_answer(state, text, json_, limit, explain, mailto, open_))


def _check_ask_options(batch: bool, json_: bool, explain: bool, mailto: bool, open_: bool) -> None:
    """Combinations that cannot all be honoured are refused, never silently dropped."""
    link = "--open" if open_ else "--mailto"
    if batch and (mailto or open_):
        raise UsageError(f"{link} writes one draft for one question; it cannot be used with '-' (many questions)")
    if (mailto or open_) and json_:
        raise UsageError(f"{link} prints a link, not JSON: leave out --json (or {link})")
    if (mailto or open_) and explain:
        raise UsageError(f"{link} prints only a link: leave out --explain (or {link})")
    if batch and explain and not json_:
        raise UsageError("with '-', --explain needs --json (the tab-separated lines have no room for it)")


def _argv_text(words: list[str]) -> str:
    """The question as typed; bytes that were not UTF-8 become U+FFFD, as in batch mode (not lone surrogates)."""
    text = " ".join(words)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text


def _show_answer(state: "Session", text: str, json_: bool, limit: int, explain: bool, mailto: bool, open_: bool) -> int:
    answer = _matcher(state).answer(text, limit=limit, explain=explain)
    if mailto or open_:
        _mail_draft(answer.contacts[:1], answer.query, open_)
    else:
        from advocacy_cli import render, shapes

        _output(json_, lambda: shapes.answer_json(answer, explain=explain), lambda: render.answer_view(state.faq(), answer, explain=explain))
    return 0 if answer.found else EXIT_NO_MATCH


def _ask_batch(state: "Session", json_: bool, limit: int, explain: bool) -> None:
    from advocacy_cli.batch import answer_stream
    from advocacy_cli.shapes import answer_json

    matcher = _matcher(state)
    stream = sys.stdin.buffer if sys.stdin is not None and hasattr(sys.stdin, "buffer") else None
    if stream is None:
        raise UsageError("no standard input to read questions from")

    def answer(line: str) -> str:
        found = matcher.answer(line, limit=limit, explain=explain)
        return _json_line(answer_json(found, explain=explain)) if json_ else _batch_line(found)

    tokens = state.token_memory()
    answer_stream(stream, answer, sys.stdout.write, sys.stdout.flush, tokens)
    if tokens is not None:
        tokens.save()


def _batch_line(answer: "Answer") -> str:
    """One tab-separated line per question for shell pipelines: id, score, first address, question."""
    from advocacy_cli.text import clean_line

    top = answer.matches[0] if answer.matches else None
    fields = [
        top.entry.id if top else "-",
        f"{top.score:g}" if top else "0",
        answer.contacts[0].email if answer.contacts else "-",
        "EMERGENCY" if answer.emergency else "-",
        answer.query,
    ]
    return "\t".join(clean_line(f) for f in fields) + "\n"


def _mail_draft(contacts: Any, question: str | None, open_: bool, subject: str = "") -> None:
    from advocacy_cli.routing import mailto_uri

    if not contacts:
        raise UsageError("no contact to write to")
    uri = mailto_uri(contacts[0], subject=subject or None, question=question)
    sys.stdout.write(uri + "\n")
    if open_:
        sys.stdout.flush()
        if not _open_in_mail_program(uri):
            sys.stderr.write("Error: could not open a mail program; copy the link above into one\n")
            raise typer.Exit(EXIT_NOT_OPENED)


def _open_in_mail_program(uri: str) -> bool:
    """Hand a mailto: link to the desktop's opener; False when none could be started or it failed."""
    import shutil
    import subprocess

    if os.name == "nt":
        try:
            os.startfile(uri)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    opener = shutil.which("open" if sys.platform == "darwin" else "xdg-open")
    if opener is None:
        return False
    try:
        process = subprocess.Popen([opener, uri], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return False
    try:
        return process.wait(timeout=OPENER_PATIENCE) == 0
    except subprocess.TimeoutExpired:
        return True  # still running: a mail program in the foreground, which is what was asked for


# --- contact, topics, contacts -------------------------------------------------------------------
@app.command(epilog="Example: advocacy contact --topic disinformation --json")
def contact(
    ctx: typer.Context,
    topic_words: Annotated[Optional[list[str]], typer.Argument(metavar="TOPIC", help="Same as --topic (quotes optional: contact human rights).", show_default=False, autocompletion=_complete_topics)] = None,
    topic: Annotated[Optional[str], typer.Option("--topic", "-t", metavar="TOPIC", help="A topic or one of its aliases (see 'advocacy topics').", show_default=False, autocompletion=_complete_topics)] = None,
    json_: JsonOption = False,
    mailto: Annotated[bool, typer.Option("--mailto", help="Print a mailto: link to the topic's first contact.")] = False,
    open_: Annotated[bool, typer.Option("--open", help="Open a draft to the topic's first contact in the mail client.")] = False,
    data: DataOption = None,
) -> None:
    """Whom to write to about a topic."""
    from advocacy_cli.routing import find_topic

    if topic is not None and topic_words:
        raise UsageError("give the topic once: either as TOPIC or with --topic, not both")
    if (mailto or open_) and json_:
        raise UsageError("--mailto and --open print a link, not JSON: leave out --json")
    name = topic if topic is not None else " ".join(topic_words or [])
    if not name.strip():
        raise UsageError("missing topic: use --topic TOPIC (see 'advocacy topics')")
    faq = _session(ctx, data).faq()
    found = find_topic(faq, name)
    if mailto or open_:
        _mail_draft(found.contacts, None, open_, subject=f"Question about {found.topic.key}")
    else:
        from advocacy_cli import render, shapes

        _output(json_, lambda: shapes.topic_lookup_json(found.topic, found.contacts), lambda: render.topic_view(found.topic, found.contacts))


@app.command(epilog="Example: advocacy topics --json")
def topics(ctx: typer.Context, json_: JsonOption = False, data: DataOption = None) -> None:
    """List the topics 'contact --topic' understands."""
    faq = _session(ctx, data).faq()
    from advocacy_cli import render, shapes

    _output(json_, lambda: [shapes.topic_json(t) for t in faq.topics.values()], lambda: [render.topics_table(faq, faq.topics.values())])


@app.command(epilog="Example: advocacy contacts --json")
def contacts(ctx: typer.Context, json_: JsonOption = False, data: DataOption = None) -> None:
    """List every contact with its address and when to write to it."""
    faq = _session(ctx, data).faq()
    from advocacy_cli import render, shapes

    _output(json_, lambda: [shapes.contact_json(c) for c in faq.contacts.values()], lambda: [render.contacts_table(faq.contacts.values(), title="Contacts")])


# --- list, show ---------------------------------------------------------------------------------
@app.command("list", epilog="Example: advocacy list --category legal")
def list_(
    ctx: typer.Context,
    category: Annotated[Optional[str], typer.Option("--category", "-c", metavar="CATEGORY", help="Only entries of this category.", show_default=False, autocompletion=_complete_categories)] = None,
    json_: JsonOption = False,
    data: DataOption = None,
) -> None:
    """List the FAQ entries."""
    faq = _session(ctx, data).faq()
    entries = _entries_in(faq, category)
    from advocacy_cli import render, shapes

    _output(json_, lambda: [shapes.entry_summary_json(e) for e in entries], lambda: [render.entries_table(faq, entries)])


def _entries_in(faq: "Faq", category: str | None) -> list[Any]:
    if category is None:
        return list(faq.entries)
    from advocacy_cli.text import closest, key_of, shorten

    keys = {key_of(key): key for key in faq.categories}
    wanted = category if category in faq.categories else keys.get(key_of(category), "")
    if not wanted:
        close = closest(key_of(category), faq.categories)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise UsageError(f"unknown category '{shorten(category)}'; {hint}categories: {', '.join(faq.categories)}")
    return [e for e in faq.entries if e.category == wanted]


@app.command(epilog="Example: advocacy show legal-help")
def show(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="An entry id (see 'advocacy list').", autocompletion=_complete_ids)],
    json_: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Show one FAQ entry and whom to write to."""
    faq = _session(ctx, data).faq()
    entry = _find_entry(faq, entry_id)
    from advocacy_cli import render, shapes

    _output(json_, lambda: shapes.entry_json(faq, entry), lambda: render.entry_view(faq, entry))


def _find_entry(faq: "Faq", entry_id: str) -> Any:
    from advocacy_cli.text import closest, key_of, shorten

    entry = faq.entry(entry_id.strip().casefold())
    if entry is not None:
        return entry
    wanted = key_of(entry_id)
    entry = next((e for e in faq.entries if key_of(e.id) == wanted), None)
    if entry is not None:
        return entry
    close = closest(entry_id, (e.id for e in faq.entries), n=3)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "; see 'advocacy list'"
    raise UsageError(f"unknown entry id '{shorten(entry_id)}'{hint}")


# --- export, validate, eval -----------------------------------------------------------------------
@app.command(epilog="Example: advocacy export --format csv --output faq.csv")
def export(
    ctx: typer.Context,
    format_: Annotated[Optional[str], typer.Option("--format", "-f", metavar=f"[{'|'.join(FORMAT_NAMES)}]", help="The format (default: from the output file's extension, else json).", show_default=False, autocompletion=_complete_formats)] = None,
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE", help="File to write (- for stdout).")] = "-",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    category: Annotated[Optional[str], typer.Option("--category", "-c", metavar="CATEGORY", help="Only entries of this category.", show_default=False, autocompletion=_complete_categories)] = None,
    ids: Annotated[Optional[list[str]], typer.Option("--id", metavar="ID", help="Only this entry (repeatable).", show_default=False, autocompletion=_complete_ids)] = None,
    data: DataOption = None,
) -> None:
    """Write the FAQ, or part of it, to a file. Formats: JSON, JSON Lines, CSV, TOML, Markdown, HTML."""
    from advocacy_cli import formats
    from advocacy_cli.output import is_terminal, write_output

    faq = _session(ctx, data).faq()
    fmt = _export_format(format_, output)
    chosen = _entries_in(faq, category)
    if ids:
        wanted = [_find_entry(faq, i).id for i in ids]
        chosen = [e for e in chosen if e.id in wanted]
        if not chosen:
            raise UsageError(f"none of the --id entries is in category '{category}'")
    text = formats.render(fmt, faq.with_entries(tuple(chosen)))
    if is_terminal(output):  # stdout or -o /dev/tty: nothing from the data may act on the terminal
        text = formats.for_terminal(fmt, text)
    write_output(text, output, force=force)


def _export_format(option: str | None, output: str) -> Any:
    """--format if given, else the output file's extension (faq.md -> markdown), else JSON; a mismatch is an error."""
    from advocacy_cli import formats

    suffix = Path(output).suffix.lstrip(".").casefold() if output != "-" else ""
    try:
        implied = formats.parse_format({"ndjson": "jsonl"}.get(suffix, suffix)) if suffix else None
    except UsageError:
        implied = None  # faq.txt, faq.out: the extension says nothing about the format
    if option is None:
        return implied or formats.Format.JSON
    chosen = formats.parse_format(option)
    if implied is not None and implied is not chosen:
        from advocacy_cli.text import shorten

        raise UsageError(f"--format {chosen.value} does not match the extension of '{shorten(Path(output).name)}' ({implied.value}); give one or make them agree")
    return chosen


@app.command(epilog="Example: advocacy validate my-faq.toml")
def validate(
    ctx: typer.Context,
    path: Annotated[Optional[Path], typer.Argument(metavar="FILE", help=f"The data file to check (default: --data, ${ENV_VAR} or the bundled file).", show_default=False, readable=False)] = None,
    json_: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Check a FAQ data file. Reports every problem; exits 3 when the file is invalid."""
    target = path or resolve_data_path(data or _session(ctx).data)
    try:
        faq = load_faq(target, use_cache=False)  # the file itself is checked, never a cache of it
    except DataError as error:
        if json_:
            _emit_json({"file": str(target), "valid": False, "problems": error.problems})
            raise typer.Exit(error.exit_code) from None
        raise
    summary = {"file": str(target), "valid": True, "problems": [], "entries": len(faq.entries), "contacts": len(faq.contacts), "topics": len(faq.topics)}
    if json_:
        _emit_json(summary)
    else:
        from advocacy_cli.text import clean_line

        sizes = ((len(faq.entries), "entry", "entries"), (len(faq.contacts), "contact", "contacts"), (len(faq.topics), "topic", "topics"))
        counts = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in sizes)
        sys.stdout.write(f"{clean_line(str(target))}: OK ({counts})\n")


def _percent(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 100:  # also refuses nan, which compares false
        raise typer.BadParameter(f"{value:g} is not a percentage from 0 to 100")
    return value


def _fraction(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 1:
        raise typer.BadParameter(f"{value:g} is not a fraction from 0 to 1")
    return value


@app.command("eval", epilog="Example: advocacy eval cases.jsonl --min-top1 90")
def eval_(
    ctx: typer.Context,
    cases: Annotated[list[Path], typer.Argument(metavar="FILE", help="Cases files, one JSON object per line (see README); several are reported one by one, then together.", show_default=False)],
    json_: JsonOption = False,
    # One option per evaluation.BARS entry, named as its field (tests/test_evaluation.py checks them).
    min_top1: Annotated[Optional[float], typer.Option("--min-top1", metavar="PERCENT", callback=_percent, help="Exit 1 if top-1 (%) is below this.", show_default=False)] = None,
    min_top3: Annotated[Optional[float], typer.Option("--min-top3", metavar="PERCENT", callback=_percent, help="Exit 1 if top-3 (%) is below this.", show_default=False)] = None,
    min_mrr: Annotated[Optional[float], typer.Option("--min-mrr", metavar="N", callback=_fraction, help="Exit 1 if MRR (0-1) is below this.", show_default=False)] = None,
    min_offtopic: Annotated[Optional[float], typer.Option("--min-offtopic", metavar="PERCENT", callback=_percent, help="Exit 1 if off-topic rejected (%) is below this.", show_default=False)] = None,
    min_contact: Annotated[Optional[float], typer.Option("--min-contact1", metavar="PERCENT", callback=_percent, help="Exit 1 if contact@1 (%) is below this.", show_default=False)] = None,
    min_emergency: Annotated[Optional[float], typer.Option("--min-emergency-recall", metavar="PERCENT", callback=_percent, help="Exit 1 if emergency recall (%) is below this.", show_default=False)] = None,
    max_false_alarms: Annotated[Optional[float], typer.Option("--max-false-alarms", metavar="PERCENT", callback=_percent, help="Exit 1 if false alarms (%) are above this.", show_default=False)] = None,
    max_false_rejections: Annotated[Optional[float], typer.Option("--max-false-rejections", metavar="PERCENT", callback=_percent, help="Exit 1 if false rejections (%) are above this.", show_default=False)] = None,
    min_topic: Annotated[Optional[float], typer.Option("--min-topic-accuracy", metavar="PERCENT", callback=_percent, help="Exit 1 if topic accuracy (%) is below this.", show_default=False)] = None,
    semantic: SemanticOption = None,
    data: DataOption = None,
) -> None:
    """Measure matching on files of cases. Prints the figures and the misses."""
    from advocacy_cli.errors import CasesError
    from advocacy_cli.evaluation import BARS, Bars, Report, check_cases, evaluate

    bars = Bars.of(ctx.params)
    for bar in BARS:
        value = bars.values[bar.field]
        if value is not None and not math.isfinite(value):  # nan compares false with everything: it would pass any report
            raise UsageError(f"{bar.option} must be a finite number, not '{value}'")
    state = _session(ctx, data, semantic)
    files = [check_cases(state.faq(), path) for path in cases]
    problems = [problem for _, bad in files for problem in bad]
    if problems:  # every problem of every file at once, before any figure that they would distort
        raise CasesError(problems)
    reports = [evaluate(_matcher(state), found) for found, _ in files]
    report = reports[0] if len(reports) == 1 else Report.combined(reports)
    failed = bars.failures(report)
    if json_:
        each = {"files": [{"file": str(path)} | one.as_json() for path, one in zip(cases, reports)]} if len(reports) > 1 else {}
        _emit_json(report.as_json() | each | {"failed": failed})
    else:
        from advocacy_cli.text import clean_line

        lines = report.lines()
        if len(reports) > 1:
            lines = [line for path, one in zip(cases, reports) for line in (f"{path}:", *one.lines(), "")]
            lines += [f"All {len(reports)} files:", *report.lines(misses=False)]
        sys.stdout.write("".join(clean_line(line) + "\n" for line in lines))
        for line in failed:
            sys.stderr.write(f"below the bar: {line}\n")
    if failed:
        raise typer.Exit(1)


@app.command("help", epilog="Example: advocacy help ask")
def help_(
    ctx: typer.Context,
    command: Annotated[Optional[str], typer.Argument(metavar="COMMAND", help="The command to explain (default: all of them).", show_default=False)] = None,
) -> None:
    """Show the help of advocacy or of one of its commands."""
    group = typer.main.get_command(app)  # the whole app: this run may have built only 'help'
    root = typer.Context(group, info_name="advocacy", help_option_names=["-h", "--help"])
    if command is None:
        sys.stdout.write(group.get_help(root) + "\n")
        return
    chosen = group.get_command(root, command)  # type: ignore[attr-defined]
    if chosen is None:
        from advocacy_cli.text import closest, shorten

        close = closest(command, group.list_commands(root))  # type: ignore[attr-defined]
        hint = f"; did you mean '{close[0]}'?" if close else "; see 'advocacy help'"
        raise UsageError(f"no such command '{shorten(command)}'{hint}")
    sys.stdout.write(chosen.get_help(typer.Context(chosen, info_name=command, parent=root)) + "\n")


def main() -> None:
    """Console-script entry point."""
    # Started with stdout or stderr closed (`>&-`): write into the void, so the exit code still tells.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    if os.environ.get("_ADVOCACY_COMPLETE", "").startswith("complete_bash") and not _bash_completion_request():
        raise SystemExit(1)  # a malformed completion request: nothing to offer (the completion code would crash)
    try:
        try:
            _app_for_this_run()(prog_name="advocacy")
        finally:
            sys.stdout.flush()  # --help, --version and --show-completion print while parsing, before any command
    except OSError as error:
        _output_failed(error)


def _output_failed(error: OSError) -> None:
    """stdout could not be written while parsing the options or at the end: one line, exit 2."""
    import errno

    _silence_stdout()
    if error.errno == errno.EPIPE:  # the reader went away (`| head`): end quietly, as commands do
        raise SystemExit(1)
    from advocacy_cli.errors import OutputError

    _print_error(OutputError(f"cannot write the output: {(error.strerror or type(error).__name__).lower()}"))
    raise SystemExit(OutputError.exit_code)


def _bash_completion_request() -> bool:
    """Whether bash's COMP_WORDS and COMP_CWORD are there and COMP_CWORD is a number (ASCII digits)."""
    word_number = os.environ.get("COMP_CWORD", "")
    return "COMP_WORDS" in os.environ and word_number.isascii() and word_number.isdigit() and len(word_number) <= 9


def _app_for_this_run() -> typer.Typer:
    """``app`` with only the command named first on the command line (or in a bash completion request).

    Typer turns every registered command into a Click command before it parses anything; building
    one instead of all of them is a good part of what start-up costs beyond Python and Typer.
    Anything else (no command, an option first, a typo) gets the whole app.
    """
    if sys.argv[1:] in (["--help"], ["-h"]) and not os.environ.get("_ADVOCACY_COMPLETE"):
        return _listing_app()
    words = sys.argv[1:2]
    if not words and os.environ.get("_ADVOCACY_COMPLETE") and _bash_completion_request() and int(os.environ["COMP_CWORD"]) >= 2:
        words = os.environ.get("COMP_WORDS", "").split()[1:2]
    chosen = [c for c in app.registered_commands if words and c.callback and (c.name or typer.main.get_command_name(c.callback.__name__)) == words[0]]
    if len(chosen) != 1:
        return app
    import copy

    narrow = copy.copy(app)
    narrow.registered_commands = chosen
    return narrow


def _listing_app() -> typer.Typer:
    """``app`` for ``advocacy --help``, which lists each command by its name and help only: the
    commands' parameters, whose reading is most of what building a command costs, are left unread."""
    import copy

    def listed(info: Any) -> Any:
        def command() -> None:  # pragma: no cover - never run: --help exits first
            pass

        command.__name__, command.__doc__ = info.callback.__name__, info.callback.__doc__
        shown = copy.copy(info)
        shown.callback = command
        return shown

    narrow = copy.copy(app)
    narrow.registered_commands = [listed(c) if c.callback else c for c in app.registered_commands]
    return narrow


if __name__ == "__main__":  # pragma: no cover
    main()

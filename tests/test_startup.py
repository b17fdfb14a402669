"""Start-up stays cheap: what --help, completion and ask --json import, checked without timing anything.

Each case runs the real entry point in a fresh interpreter and lists the modules it ended with, so
a top-level import added anywhere (rich in a shared helper, the loader in cli.py...) fails here
instead of quietly costing every user tens of milliseconds. benchmarks/bench.py has the timings.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.main import get_command_name

from advocacy_cli import cli, loader

# Runs `advocacy ARGS` through cli.main(), then writes the names of all loaded modules to OUT.
WRAPPER = textwrap.dedent(
    """
    import sys
    out, args = sys.argv[1], sys.argv[2:]
    sys.argv = ["advocacy", *args]
    try:
        from advocacy_cli.cli import main
        main()
    except SystemExit:
        pass
    finally:
        with open(out, "w", encoding="utf-8") as stream:
            stream.write("\\n".join(sorted(sys.modules)))
    """
)
QUESTION = "who do I email about a fake news campaign?"
COMPLETE_IDS = {"_ADVOCACY_COMPLETE": "complete_bash", "COMP_WORDS": "advocacy show ", "COMP_CWORD": "2"}
COMPLETE_COMMANDS = {"_ADVOCACY_COMPLETE": "complete_bash", "COMP_WORDS": "advocacy sh", "COMP_CWORD": "1"}


def imported(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> tuple[set[str], str]:
    """The modules loaded by `advocacy ARGS`, and what it printed."""
    out = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.txt"
    environment = {k: v for k, v in os.environ.items() if k not in ("ADVOCACY_CLI_DATA", "_ADVOCACY_COMPLETE", "COMP_WORDS", "COMP_CWORD")}
    environment.update({"XDG_CACHE_HOME": str(tmp_path / "cache"), "TERM": "dumb"}, **(env or {}))
    done = subprocess.run([sys.executable, "-c", WRAPPER, str(out), *args], env=environment, capture_output=True, timeout=60)
    assert b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    return set(out.read_text(encoding="utf-8").split()), done.stdout.decode(errors="replace")


def loaded(modules: set[str], package: str) -> bool:
    return any(m == package or m.startswith(package + ".") for m in modules)


def test_help_loads_no_data_and_renders_nothing_with_rich(tmp_path: Path) -> None:
    modules, output = imported(tmp_path, "--help")
    assert "Usage: advocacy" in output
    for heavy in ("rich", "rapidfuzz", "advocacy_cli.matching", "advocacy_cli.loader", "tomllib", "advocacy_cli.render"):
        assert not loaded(modules, heavy), heavy


@pytest.mark.parametrize("env", [COMPLETE_IDS, COMPLETE_COMMANDS], ids=["entry ids", "command names"])
def test_completion_neither_matches_nor_renders(tmp_path: Path, env: dict[str, str]) -> None:
    modules, output = imported(tmp_path, env=env)
    assert ("legal-help" if env is COMPLETE_IDS else "show") in output.split()
    for heavy in ("rich", "rapidfuzz", "advocacy_cli.matching", "advocacy_cli.render"):
        assert not loaded(modules, heavy), heavy
    if env is COMPLETE_COMMANDS:
        assert not loaded(modules, "advocacy_cli.loader")  # command names need no data


def test_ask_json_does_not_import_rich(tmp_path: Path) -> None:
    modules, output = imported(tmp_path, "ask", QUESTION, "--json")
    assert '"matches"' in output
    assert loaded(modules, "advocacy_cli.matching")  # the check above is not vacuous
    assert not loaded(modules, "rich")


@pytest.mark.parametrize(
    "args",
    [
        ("ask", QUESTION),
        ("ask", QUESTION, "--json", "--explain"),
        ("ask", QUESTION, "--data", str(Path(__file__).resolve().parents[1] / "data" / "faq.toml")),
        ("contact", "--topic", "legal"),
        ("show", "legal-help", "--json"),
        ("list", "--category", "legal"),
    ],
    ids=["ask", "ask --json --explain", "ask --data", "contact --topic", "show", "list --category"],
)
def test_values_given_as_text_are_not_sent_through_pydantic(tmp_path: Path, args: tuple[str, ...]) -> None:
    modules, output = imported(tmp_path, *args)
    assert "legal-help" in output if args[0] == "list" else "@wikimedia.org" in output
    assert loaded(modules, "typer")  # the check below is not vacuous
    assert not loaded(modules, "pydantic")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ask", QUESTION, "-n", "0"), "greater than or equal to 1"),
        (("ask", QUESTION, "-n", "many"), "valid integer"),
        (("eval", "--min-top1", "high", "x.jsonl"), "valid number"),
    ],
)
def test_values_that_need_converting_keep_typers_checks(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "ADVOCACY_CLI_DATA"}
    environment.update({"XDG_CACHE_HOME": str(tmp_path / "cache"), "TERM": "dumb", "COLUMNS": "200"})
    done = subprocess.run([sys.executable, "-m", "advocacy_cli", *args], env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def test_a_number_option_is_used_at_its_default_and_when_given() -> None:
    import json

    from typer.testing import CliRunner

    def matches(*options: str) -> int:
        done = CliRunner().invoke(cli.app, ["ask", QUESTION, "--json", *options])
        return len(json.loads(done.stdout)["matches"])

    assert matches() == matches("-n", "3") > 1
    assert matches("-n", "1") == matches("--limit", "1") == 1


def test_rapidfuzz_is_imported_only_for_a_word_the_faq_does_not_know(tmp_path: Path) -> None:
    data = tmp_path / "faq.toml"
    data.write_text(
        textwrap.dedent(
            """
            [meta]
            title = "Tiny"
            fallback_contact = "legal"
            [contacts.legal]
            name = "Legal department"
            email = "legal@example.org"
            [[entries]]
            id = "lawyers"
            category = "legal"
            question = "Can someone pay for my lawyer?"
            answer = "Write to the legal department about a lawyer."
            contacts = ["legal"]
            """
        ),
        encoding="utf-8",
    )
    known, _ = imported(tmp_path, "ask", "pay lawyer", "--json", "--data", str(data))
    assert not loaded(known, "rapidfuzz")
    typo, _ = imported(tmp_path, "ask", "lawyre", "--json", "--data", str(data))
    assert loaded(typo, "rapidfuzz")


def test_environment_variables_are_named_in_one_place() -> None:
    from advocacy_cli import environment, session

    assert cli.ENV_VAR == environment.DATA
    source = Path(session.__file__).read_text(encoding="utf-8") + Path(loader.__file__).read_text(encoding="utf-8")
    assert '"ADVOCACY_CLI_' not in source  # every module takes the names from environment.py


@pytest.mark.parametrize("name", sorted(c.name or get_command_name(c.callback.__name__) for c in cli.app.registered_commands if c.callback))
def test_every_command_works_when_built_alone(name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # main() builds only the command named on the command line; each must still parse and show its help.
    monkeypatch.setattr(sys, "argv", ["advocacy", name, "--help"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code in (0, None)
    assert f"Usage: advocacy {name}" in capsys.readouterr().out


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_the_command_list_is_the_same_without_reading_the_commands_parameters(flag: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # main() lists the commands for `advocacy --help` without building their parameters; the page must
    # be the one the whole app prints, word for word.
    from typer.testing import CliRunner

    monkeypatch.setenv("COLUMNS", "120")
    whole = CliRunner().invoke(cli.app, [flag], env={"COLUMNS": "120"})
    assert whole.exit_code == 0
    monkeypatch.setattr(sys, "argv", ["advocacy", flag])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code in (0, None)
    listed = capsys.readouterr().out
    assert listed.split() == whole.stdout.split()  # the same words (the two runs may wrap at other widths)
    assert all(f" {name} " in listed for name in (c.name or get_command_name(c.callback.__name__) for c in cli.app.registered_commands if c.callback))

"""The floor for bench.py: the smallest Typer CLI with one string argument and one flag.

It is configured like `advocacy` (no rich help, no pretty tracebacks) so that a ratio against it
measures what advocacy-cli adds on top of Python + Typer, not what Typer costs anyway.
Run it as `python benchmarks/floor_app.py QUESTION [--json]`; its completion variable is
_FLOOR_COMPLETE (prog name "floor").
"""

from __future__ import annotations

import typer

app = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)


@app.command()
def main(question: str, json_: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Echo the question."""
    if json_:
        import json

        typer.echo(json.dumps({"query": question}))
    else:
        typer.echo(question)


if __name__ == "__main__":
    app(prog_name="floor")

"""The ``marsad`` command: one sub-command per module, thin over the library."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import clean as clean_command
from marsad.cli import code as code_command
from marsad.cli import demo as demo_command
from marsad.cli import explain as explain_command
from marsad.output.writers import OutputFormat
from marsad.version import __version__

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): code Arabic news into PLOVER political event records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[list[str], typer.Argument(
    help="Document JSONL, .txt or .html files, folders of them, or - for stdin.")]
Lexicons = Annotated[list[Path], typer.Option("--lexicon", help="Your own actor lexicon (YAML); repeatable.")]


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def _version(value: bool) -> None:
    if value:
        typer.echo(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """marsad (مرصد): code Arabic news into PLOVER political event records."""


@app.command()
def code(
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write records here (default: stdout).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="jsonl or csv.")] = OutputFormat.JSONL,
    date: Annotated[str | None, typer.Option("--date", help="Publication date for inputs without one.")] = None,
    lexicon: Lexicons = [],  # noqa: B006 - typer reads the default, it is never mutated
    include_negated: Annotated[bool, typer.Option("--include-negated", help="Also write negated events.")] = False,
    keep_duplicates: Annotated[bool, typer.Option("--keep-duplicates", help="Code duplicate articles too.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar.")] = False,
) -> None:
    """Code documents into event records (JSONL or CSV); a summary goes to stderr."""
    status = code_command.run_code(inputs, output=output, output_format=output_format,
                                   default_date=_parse_date(date), lexicons=lexicon,
                                   include_negated=include_negated, keep_duplicates=keep_duplicates, quiet=quiet)
    raise typer.Exit(status)


@app.command()
def clean(
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("-o", "--output",
                                                help="Write documents here (default: stdout).")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Publication date for inputs without one.")] = None,
) -> None:
    """Show what ingestion does: the cleaned documents as JSONL; rejected inputs on stderr."""
    raise typer.Exit(clean_command.run_clean(inputs, output=output, default_date=_parse_date(date)))


@app.command()
def demo(
    limit: Annotated[int, typer.Option(help="Show at most this many events.")] = 200,
) -> None:
    """Code the example articles that ship with marsad and show the events as a table."""
    raise typer.Exit(demo_command.run_demo(limit=limit))


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="An Arabic sentence or article, or - to read stdin.")],
    date: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the explanation as JSON.")] = False,
) -> None:
    """Show tokens, actors, trigger candidates and why each was coded or dropped."""
    source = sys.stdin.read() if text == "-" else text
    raise typer.Exit(explain_command.run_explain(source, date=_parse_date(date), as_json=as_json))


def run() -> None:
    """Console-script entry point."""
    app(prog_name="marsad")


if __name__ == "__main__":  # pragma: no cover
    run()

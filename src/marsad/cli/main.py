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
from marsad.cli import serve as serve_command
from marsad.cli import store as store_command
from marsad.config import (
    DEFAULT_API_BURST,
    DEFAULT_API_RATE,
    DEFAULT_MAX_DOCUMENT_CHARS,
    DEFAULT_MAX_SECONDS_PER_DOCUMENT,
    DEFAULT_MAX_SENTENCE_TOKENS,
    Config,
)
from marsad.engine.runner import Engine
from marsad.output.writers import OutputFormat
from marsad.store.filters import Filters
from marsad.store.ingest import COMMIT_EVERY
from marsad.store.query import ExportFormat
from marsad.store.store import DEFAULT_DB
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
MaxChars = Annotated[int, typer.Option("--max-chars", min=1,
                                       help="Set aside documents longer than this many characters.")]
MaxSeconds = Annotated[float, typer.Option("--max-seconds", min=0,
                                           help="Set aside documents that take longer than this to code (0: no "
                                                "limit).")]
MaxSentenceTokens = Annotated[int, typer.Option("--max-sentence-tokens", min=1,
                                                help="Skip sentences longer than this many tokens (tables, lists).")]

Workers = Annotated[int | None, typer.Option("--workers", min=1,
                                              help="Processes (local) or Dask workers; default: all cores.")]
EngineOption = Annotated[Engine, typer.Option("--engine", help="local (a process pool) or dask.")]
Scheduler = Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster).")]
Database = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def _limits(max_chars: int, max_seconds: float, max_sentence_tokens: int) -> Config:
    """The limits given on the command line, as a Config (other switches at their defaults)."""
    return Config(max_document_chars=max_chars, max_seconds_per_document=max_seconds or None,
                  max_sentence_tokens=max_sentence_tokens)


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
    max_chars: MaxChars = DEFAULT_MAX_DOCUMENT_CHARS,
    max_seconds: MaxSeconds = DEFAULT_MAX_SECONDS_PER_DOCUMENT,
    max_sentence_tokens: MaxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS,
    workers: Workers = None,
    engine: EngineOption = Engine.LOCAL,
    scheduler: Scheduler = None,
) -> None:
    """Code documents into event records (JSONL, CSV, or Parquet partitions); a summary goes to stderr."""
    status = code_command.run_code(inputs, output=output, output_format=output_format,
                                   default_date=_parse_date(date), lexicons=lexicon,
                                   include_negated=include_negated, keep_duplicates=keep_duplicates, quiet=quiet,
                                   limits=_limits(max_chars, max_seconds, max_sentence_tokens), workers=workers,
                                   engine=engine, scheduler=scheduler)
    raise typer.Exit(status)


@app.command()
def clean(
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("-o", "--output",
                                                help="Write documents here (default: stdout).")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Publication date for inputs without one.")] = None,
    max_chars: MaxChars = DEFAULT_MAX_DOCUMENT_CHARS,
) -> None:
    """Show what ingestion does: the cleaned documents as JSONL; rejected inputs on stderr."""
    raise typer.Exit(clean_command.run_clean(inputs, output=output, default_date=_parse_date(date),
                                             max_chars=max_chars))


@app.command()
def demo(
    limit: Annotated[int, typer.Option(help="Show at most this many events.")] = 200,
    db: Annotated[Path | None, typer.Option("--db", help="Also store the examples here, to open with marsad serve.")]
    = None,
) -> None:
    """Code the example articles that ship with marsad and show the events as a table."""
    raise typer.Exit(demo_command.run_demo(limit=limit, db=db))


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="An Arabic sentence or article, or - to read stdin.")],
    date: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the explanation as JSON.")] = False,
) -> None:
    """Show tokens, actors, trigger candidates and why each was coded or dropped."""
    source = sys.stdin.read() if text == "-" else text
    raise typer.Exit(explain_command.run_explain(source, date=_parse_date(date), as_json=as_json))


@app.command()
def ingest(
    inputs: Inputs,
    db: Database = Path(DEFAULT_DB),
    date: Annotated[str | None, typer.Option("--date", help="Publication date for inputs without one.")] = None,
    lexicon: Lexicons = [],  # noqa: B006 - typer reads the default, it is never mutated
    keep_duplicates: Annotated[bool, typer.Option("--keep-duplicates", help="Code duplicate articles too.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar.")] = False,
    max_chars: MaxChars = DEFAULT_MAX_DOCUMENT_CHARS,
    max_seconds: MaxSeconds = DEFAULT_MAX_SECONDS_PER_DOCUMENT,
    max_sentence_tokens: MaxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS,
    workers: Workers = None,
    engine: EngineOption = Engine.LOCAL,
    scheduler: Scheduler = None,
    commit_every: Annotated[int, typer.Option("--commit-every", min=1,
                                              help="Documents per transaction (a killed run loses at most these).")]
    = COMMIT_EVERY,
) -> None:
    """Code documents and store them (documents, sentences, mentions, events) in DuckDB; safe to re-run."""
    raise typer.Exit(store_command.run_ingest(inputs, db=db, default_date=_parse_date(date), lexicons=lexicon,
                                              keep_duplicates=keep_duplicates, quiet=quiet, workers=workers,
                                              engine=engine, scheduler=scheduler, commit_every=commit_every,
                                              limits=_limits(max_chars, max_seconds, max_sentence_tokens)))


@app.command()
def recode(
    db: Database = Path(DEFAULT_DB),
    lexicon: Lexicons = [],  # noqa: B006 - typer reads the default, it is never mutated
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar.")] = False,
    workers: Workers = None,
    engine: EngineOption = Engine.LOCAL,
    scheduler: Scheduler = None,
) -> None:
    """Code the stored documents again with the current coder and lexicons, replacing their events."""
    raise typer.Exit(store_command.run_recode(db=db, lexicons=lexicon, quiet=quiet, workers=workers, engine=engine,
                                              scheduler=scheduler))


def _filter(actor: str | None, recipient: str | None, event: str | None, country: str | None,
            since: str | None, until: str | None, include_negated: bool) -> Filters:
    return Filters(actor=actor, recipient=recipient, types=(event,) if event else (), country=country,
                   since=_parse_date(since), until=_parse_date(until), include_negated=include_negated)


Actor = Annotated[str | None, typer.Option("--actor", help="Actor code (RUS) or code and sector (RUS-MIL).")]
Recipient = Annotated[str | None, typer.Option("--recipient", help="Recipient code (SYR) or code+sector (SYR-REB).")]
EventType = Annotated[str | None, typer.Option("--event", help="PLOVER event type, e.g. ASSAULT.")]
Country = Annotated[str | None, typer.Option("--country", help="Country of the event's place, e.g. SYR.")]
Since = Annotated[str | None, typer.Option("--since", help="Events on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", help="Events on or before this date (YYYY-MM-DD).")]
Negated = Annotated[bool, typer.Option("--include-negated", help="Also events the text denies.")]
Limit = Annotated[int | None, typer.Option("--limit", min=1, help="At most this many rows.")]


@app.command()
def export(
    db: Database = Path(DEFAULT_DB),
    export_format: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv, parquet or cameo (TSV).")]
    = ExportFormat.JSONL,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here (default: stdout).")] = None,
    actor: Actor = None, recipient: Recipient = None, event: EventType = None, country: Country = None,
    since: Since = None, until: Until = None, include_negated: Negated = False, limit: Limit = None,
) -> None:
    """Export stored per-article events, filtered, as JSONL, CSV, Parquet or CAMEO-coded TSV."""
    where = _filter(actor, recipient, event, country, since, until, include_negated)
    raise typer.Exit(store_command.run_export(db=db, export_format=export_format, output=output, where=where,
                                              limit=limit))


@app.command()
def query(
    db: Database = Path(DEFAULT_DB),
    actor: Actor = None, recipient: Recipient = None, event: EventType = None, country: Country = None,
    since: Since = None, until: Until = None, include_negated: Negated = False, limit: Limit = 50,
    canonical: Annotated[bool, typer.Option("--canonical", help="Canonical events (one per happening).")] = False,
    sql: Annotated[str | None, typer.Option("--sql", help="Your own SQL; the store is opened read-only.")] = None,
) -> None:
    """Show stored events as a table, filtered; or run your own read-only SQL with --sql."""
    where = _filter(actor, recipient, event, country, since, until, include_negated)
    raise typer.Exit(store_command.run_query(db=db, where=where, sql=sql, canonical=canonical, limit=limit))


@app.command()
def serve(
    db: Database = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option("--host", help="Address to listen on (default: this machine only).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    cors_origin: Annotated[list[str], typer.Option("--cors-origin",
                                                   help="Allow this web origin to call the API; repeatable.")]
    = [],  # noqa: B006 - typer reads the default, it is never mutated
    query_seconds: Annotated[float, typer.Option("--query-seconds", min=0.1, max=600,
                                                 help="Stop any one query after this many seconds.")] = 10.0,
    rate_limit: Annotated[float, typer.Option("--rate-limit", min=0,
                                              help="Requests per second per client address (0: no limit).")]
    = DEFAULT_API_RATE,
    rate_burst: Annotated[int, typer.Option("--rate-burst", min=1, help="Requests a client may make at once.")]
    = DEFAULT_API_BURST,
) -> None:
    """Serve the store read-only: the HTTP API (/api, docs at /api/docs) and the dashboard (/)."""
    raise typer.Exit(serve_command.run_serve(db=db, host=host, port=port, cors_origins=cors_origin,
                                             query_seconds=query_seconds, rate_limit=rate_limit or None,
                                             rate_burst=rate_burst))


def run() -> None:
    """Console-script entry point."""
    app(prog_name="marsad")


if __name__ == "__main__":  # pragma: no cover
    run()

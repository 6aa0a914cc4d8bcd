"""``marsad ingest``, ``recode``, ``export`` and ``query``: thin commands over ``marsad.store``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from marsad.cli.code import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, print_summary, runner_options
from marsad.config import Config
from marsad.engine.coding import PipelineSpec, worker_pipeline
from marsad.engine.runner import Engine, RunnerOptions
from marsad.errors import MarsadError
from marsad.run import RunSummary
from marsad.store.filters import Filters
from marsad.store.ingest import COMMIT_EVERY, ingest, recode
from marsad.store.query import (
    TABLE_COLUMNS,
    ExportFormat,
    export_events,
    run_sql,
    select_canonical,
    select_events,
)
from marsad.store.store import Store

PIPED_WIDTH = 170


def _progress(err: Console, *, quiet: bool) -> Progress:
    return Progress(TextColumn("coding"), MofNCompleteColumn(), TextColumn("{task.fields[events]} events"),
                    TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True)


def run_ingest(inputs: Sequence[str], *, db: Path, default_date: dt.date | None, lexicons: Sequence[Path],
               keep_duplicates: bool, quiet: bool, workers: int | None, engine: Engine,
               scheduler: str | None, commit_every: int = COMMIT_EVERY, limits: Config | None = None) -> int:
    """Code ``inputs`` into the store at ``db``; returns the exit status."""
    err = Console(stderr=True)
    config = dataclasses.replace(limits or Config(), drop_duplicates=not keep_duplicates)
    spec = PipelineSpec(config, tuple(str(p) for p in lexicons))
    try:
        worker_pipeline(spec)
        with Store(db) as store, _progress(err, quiet=quiet) as progress:
            task = progress.add_task("coding", total=None, events=0)

            def update(summary: RunSummary) -> None:
                progress.update(task, completed=summary.coded, events=summary.events)

            options = runner_options(engine=engine, workers=workers, scheduler=scheduler, inputs=inputs)
            summary = ingest(inputs, store=store, spec=spec, options=options, default_date=default_date,
                             commit_every=commit_every, on_progress=update)
            counts = store.counts()
    except MarsadError as exc:
        err.print(str(exc), markup=False, highlight=False)
        return EXIT_ERROR
    print_summary(summary, err, written=summary.events)
    err.print(f"store {db}: documents {counts['documents']}, events {counts['events']}, "
              f"canonical events {counts['canonical_events']}, rejections {counts['rejections']}")
    return EXIT_OK if summary.clean else EXIT_REJECTED


def run_recode(*, db: Path, lexicons: Sequence[Path], quiet: bool, workers: int | None, engine: Engine,
               scheduler: str | None) -> int:
    """Code every stored document again with the current coder; returns the exit status."""
    err = Console(stderr=True)
    spec = PipelineSpec(Config(), tuple(str(p) for p in lexicons))
    try:
        if not db.exists():
            err.print(f"no store at {db}; create one with: marsad ingest INPUT --db {db}")
            return EXIT_ERROR
        worker_pipeline(spec)
        with Store(db) as store, _progress(err, quiet=quiet) as progress:
            task = progress.add_task("coding", total=None, events=0)

            def update(summary: RunSummary) -> None:
                progress.update(task, completed=summary.coded, events=summary.events)

            result = recode(store=store, spec=spec, options=RunnerOptions(engine, workers, scheduler),
                            on_progress=update)
    except MarsadError as exc:
        err.print(str(exc), markup=False, highlight=False)
        return EXIT_ERROR
    err.print(f"documents recoded {result.run.coded} of {result.run.read}; events unchanged {result.unchanged}, "
              f"changed {result.changed}, added {result.added}, removed {result.removed}")
    return EXIT_OK if result.run.clean else EXIT_REJECTED


def run_export(*, db: Path, export_format: ExportFormat, output: Path | None, where: Filters,
               limit: int | None) -> int:
    """Write the selected events; returns the exit status."""
    err = Console(stderr=True)
    try:
        with Store(db, read_only=True) as store:
            count = export_events(store, where, export_format, output=output, stream=sys.stdout, limit=limit)
    except MarsadError as exc:
        err.print(str(exc), markup=False, highlight=False)
        return EXIT_ERROR
    err.print(f"events exported {count}")
    return EXIT_OK


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def run_query(*, db: Path, where: Filters, sql: str | None, canonical: bool, limit: int | None) -> int:
    """Print the selected events (or the result of ``sql``) as a table; returns the exit status."""
    console = Console() if Console().is_terminal else Console(width=PIPED_WIDTH)
    err = Console(stderr=True)
    try:
        if sql is not None:
            columns, rows = run_sql(db, sql)
            rows = rows[:limit] if limit is not None else rows
        else:
            with Store(db, read_only=True) as store:
                if canonical:
                    columns, rows = select_canonical(store, where, limit=limit)
                else:
                    columns, rows = list(TABLE_COLUMNS), select_events(store, where, limit=limit)
    except MarsadError as exc:
        err.print(str(exc), markup=False, highlight=False)
        return EXIT_ERROR
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    console.print(table)
    err.print(f"rows {len(rows)}")
    return EXIT_OK

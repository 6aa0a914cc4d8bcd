"""``marsad code``: documents in, event records out, a summary at the end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.config import DEFAULT_MAX_DOCUMENT_CHARS, Config
from marsad.engine.coding import PipelineSpec, worker_pipeline
from marsad.engine.runner import Engine, RunnerOptions, code_stream, code_to_parquet
from marsad.ingest.dedupe import Deduplicator
from marsad.ingest.readers import read_documents
from marsad.model import Document, Rejection
from marsad.output.writers import OutputFormat, RecordWriter
from marsad.run import RunSummary, accepted_documents

EXIT_OK = 0
EXIT_REJECTED = 1  # the run finished, but some inputs were set aside
EXIT_ERROR = 2  # nothing could be coded (bad arguments, unreadable lexicon)
# Below this many input bytes a progress bar is noise.
PROGRESS_MIN_BYTES = 1_000_000
# Below this many input bytes (a few hundred articles), starting worker processes (about a
# second each, lexicons included) costs more than it saves: code in this process.
PARALLEL_MIN_BYTES = 1_000_000


def _input_bytes(inputs: Sequence[str]) -> int:
    total = 0
    for name in inputs:
        path = Path(name)
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total


def print_summary(summary: RunSummary, console: Console, *, written: int) -> None:
    """The closing summary: read, coded, duplicates, rejected with reasons, events written."""
    duplicates = sum(summary.duplicates.values())
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(summary.duplicates.items()))
    stored = f", already stored {summary.stored}" if summary.stored else ""
    console.print(f"documents read {summary.read}, coded {summary.coded}{stored}, duplicates {duplicates}"
                  + (f" ({kinds})" if kinds else "")
                  + f", rejected {len(summary.rejected) + len(summary.failed)}; events written {written}")
    for reason, count in sorted(summary.rejected_by_reason.items()):
        console.print(f"  rejected: {reason}: {count}")
    for rejection in (summary.rejected + summary.failed)[:50]:
        console.print(f"    {rejection.describe()}", markup=False, highlight=False)
    hidden = len(summary.rejected) + len(summary.failed) - 50
    if hidden > 0:
        console.print(f"    … and {hidden} more")


def runner_options(*, engine: Engine, workers: int | None, scheduler: str | None,
                   inputs: Sequence[str]) -> RunnerOptions:
    """Runner options; a small local input is coded in this process (starting workers would cost more)."""
    if engine is Engine.LOCAL and workers is None and _input_bytes(inputs) < PARALLEL_MIN_BYTES:
        workers = 1
    return RunnerOptions(engine=engine, workers=workers, scheduler=scheduler)


def run_code(inputs: Sequence[str], *, output: Path | None, output_format: OutputFormat,
             default_date: dt.date | None, lexicons: Sequence[Path], include_negated: bool,
             keep_duplicates: bool, quiet: bool, max_chars: int = DEFAULT_MAX_DOCUMENT_CHARS,
             limits: Config | None = None, workers: int | None = 1, engine: Engine = Engine.LOCAL,
             scheduler: str | None = None) -> int:
    """Run ``marsad code``; returns the exit status."""
    # soft wrap: a rejection line (file:line: reason) stays on one line to be grepped
    err = Console(stderr=True, soft_wrap=True)
    # limits (from the command line) carry the document, sentence and time limits; max_chars is the Python default
    limits = limits or Config(max_document_chars=max_chars)
    config = dataclasses.replace(limits, drop_duplicates=not keep_duplicates)
    spec = PipelineSpec(config, tuple(str(p) for p in lexicons))
    worker_pipeline(spec)  # load the lexicons now: a bad user lexicon fails before any input is read
    options = runner_options(engine=engine, workers=workers, scheduler=scheduler, inputs=inputs)
    if output_format is OutputFormat.PARQUET and output is None:
        err.print("--format parquet writes a directory of partitions: add -o DIRECTORY")
        return EXIT_ERROR
    show_progress = not quiet and _input_bytes(inputs) >= PROGRESS_MIN_BYTES
    summary = RunSummary()
    deduplicator = Deduplicator(threshold=config.near_duplicate_threshold) if config.drop_duplicates else None
    items = read_documents(inputs, default_date=default_date, max_chars=config.max_document_chars)
    docs = accepted_documents(items, summary, config=config, deduplicator=deduplicator)
    if output_format is OutputFormat.PARQUET and output is not None:
        written = _code_to_parquet(docs, spec, options, output, summary, include_negated=include_negated,
                                   console=err, show_progress=show_progress)
        print_summary(summary, err, written=written)
        return EXIT_OK if summary.clean else EXIT_REJECTED
    stream: TextIO = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        writer = RecordWriter(stream, output_format)
        with writer, _progress(err, show_progress) as progress:
            task = progress.add_task("coding", total=None, events=0)
            for result in code_stream(docs, spec, options):
                if isinstance(result, Rejection):
                    summary.failed.append(result)
                    continue
                summary.coded += 1
                summary.events += len(result.records)
                for record in result.records:
                    if include_negated or not record["negated"]:
                        writer.write(record)
                progress.update(task, completed=summary.coded, events=writer.count)
            written = writer.count
    finally:
        if output:
            stream.close()
    print_summary(summary, err, written=written)
    return EXIT_OK if summary.clean else EXIT_REJECTED


def _progress(console: Console, show: bool) -> Progress:
    return Progress(
        TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(), console=console, disable=not show, transient=True,
    )


def _code_to_parquet(docs: Iterable[Document], spec: PipelineSpec, options: RunnerOptions, directory: Path,
                     summary: RunSummary, *, include_negated: bool, console: Console, show_progress: bool) -> int:
    """Code into Parquet partitions that the workers write themselves; returns the rows written."""
    written = 0
    with _progress(console, show_progress) as progress:
        task = progress.add_task("coding", total=None, events=0)
        for result in code_to_parquet(docs, spec, options, directory, include_negated=include_negated):
            summary.coded += result.coded
            summary.events += result.events
            summary.failed.extend(result.failed)
            written += result.written
            progress.update(task, completed=summary.coded, events=written)
    return written

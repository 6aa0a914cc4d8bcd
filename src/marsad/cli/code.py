"""``marsad code``: documents in, event records out, a summary at the end."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.config import Config
from marsad.output.writers import OutputFormat, RecordWriter
from marsad.pipeline import Pipeline
from marsad.run import RunSummary, run

EXIT_OK = 0
EXIT_REJECTED = 1  # the run finished, but some inputs were set aside
EXIT_ERROR = 2  # nothing could be coded (bad arguments, unreadable lexicon)
# Below this many input bytes a progress bar is noise.
PROGRESS_MIN_BYTES = 1_000_000


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
    console.print(f"documents read {summary.read}, coded {summary.coded}, duplicates {duplicates}"
                  + (f" ({kinds})" if kinds else "")
                  + f", rejected {len(summary.rejected) + len(summary.failed)}; events written {written}")
    for reason, count in sorted(summary.rejected_by_reason.items()):
        console.print(f"  rejected: {reason}: {count}")
    for rejection in (summary.rejected + summary.failed)[:50]:
        console.print(f"    {rejection.describe()}", markup=False, highlight=False)
    hidden = len(summary.rejected) + len(summary.failed) - 50
    if hidden > 0:
        console.print(f"    … and {hidden} more")


def run_code(inputs: Sequence[str], *, output: Path | None, output_format: OutputFormat,
             default_date: dt.date | None, lexicons: Sequence[Path], include_negated: bool,
             keep_duplicates: bool, quiet: bool) -> int:
    """Run ``marsad code``; returns the exit status."""
    err = Console(stderr=True)
    config = Config(drop_duplicates=not keep_duplicates)
    pipeline = Pipeline.default(config=config, lexicons=lexicons)
    stream: TextIO = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    show_progress = not quiet and _input_bytes(inputs) >= PROGRESS_MIN_BYTES
    try:
        with RecordWriter(stream, output_format) as writer, Progress(
            TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[events]} events"),
            TimeElapsedColumn(), console=err, disable=not show_progress, transient=True,
        ) as progress:
            task = progress.add_task("coding", total=None, events=0)
            summary, coded = run(inputs, pipeline=pipeline, config=config, default_date=default_date)
            for _doc, records in coded:
                for record in records:
                    if include_negated or not record["negated"]:
                        writer.write(record)
                progress.update(task, completed=summary.coded, events=writer.count)
            written = writer.count
    finally:
        if output:
            stream.close()
    print_summary(summary, err, written=written)
    return EXIT_OK if summary.clean else EXIT_REJECTED

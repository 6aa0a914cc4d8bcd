"""Write event records as JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from marsad.output.records import CSV_COLUMNS, flat_row


class OutputFormat(str, Enum):
    """Formats ``marsad code`` writes."""

    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"  # a directory of partitions


class RecordWriter:
    """Writes records one by one to an open text stream, flushing each line."""

    def __init__(self, stream: TextIO, output_format: OutputFormat) -> None:
        self._stream = stream
        self._format = output_format
        self._csv: csv.DictWriter[str] | None = None
        self.count = 0
        if output_format == OutputFormat.CSV:
            self._csv = csv.DictWriter(stream, fieldnames=list(CSV_COLUMNS))
            self._csv.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        """Append one record."""
        if self._csv is not None:
            self._csv.writerow(flat_row(record))
        else:
            self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stream.flush()


class ParquetPartitionWriter:
    """Writes records as Parquet partitions ``part-00000.parquet``… into a directory (flat columns + record JSON)."""

    def __init__(self, directory: Path, *, rows_per_part: int = 10_000) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._directory = directory
        self._rows_per_part = rows_per_part
        self._rows: list[dict[str, Any]] = []
        self.parts = 0
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        """Append one record; a full partition is written out."""
        row = flat_row(record)
        row["record"] = json.dumps(record, ensure_ascii=False)
        self._rows.append(row)
        self.count += 1
        if len(self._rows) >= self._rows_per_part:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(self._rows), self._directory / f"part-{self.parts:05d}.parquet")
        self.parts += 1
        self._rows = []

    def __enter__(self) -> ParquetPartitionWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._flush()

"""Write event records as JSON Lines, CSV or Parquet partitions."""

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


# Column types of a Parquet partition, fixed so that partitions written apart (by different
# workers, from batches where a column happens to be all empty or all whole numbers) read
# back as one dataset.
_PARQUET_TYPES = {"score": "float64", "lat": "float64", "lon": "float64", "confidence": "float64",
                  "negated": "bool"}


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record as a Parquet row: its flat columns and the whole record as JSON."""
    row = flat_row(record)
    row["record"] = json.dumps(record, ensure_ascii=False)
    return row


def write_parquet_partition(rows: list[dict[str, Any]], path: Path) -> None:
    """Write ``rows`` as one Parquet file, atomically: a killed run leaves no half-written partition."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, _PARQUET_TYPES.get(name, "string")) for name in (*CSV_COLUMNS, "record")])
    table = pa.Table.from_pylist(rows, schema=schema)
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(table, partial)
    partial.replace(path)

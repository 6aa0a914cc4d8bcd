"""Write event records as JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from enum import Enum
from types import TracebackType
from typing import Any, TextIO

from marsad.output.records import CSV_COLUMNS, flat_row


class OutputFormat(str, Enum):
    """Formats ``marsad code`` writes."""

    JSONL = "jsonl"
    CSV = "csv"


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

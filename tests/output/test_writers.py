"""RecordWriter: JSON Lines or CSV, one record at a time."""

from __future__ import annotations

import csv
import io
import json

from marsad.output.records import CSV_COLUMNS
from marsad.output.writers import OutputFormat, RecordWriter

RECORD = {"id": "d:e0", "doc_id": "d", "date": "2018-05-02", "date_precision": "day", "event": "ACCUSE",
          "mode": "allege", "quad_code": "verbal_conflict", "score": -3.5,
          "actor": [{"entity_text": "قطر", "code": "QAT", "sector": "GOV"}],
          "recipient": [{"entity_text": "السعودية", "code": "SAU", "sector": "GOV"}], "event_loc": None,
          "trigger": {"text": "اتهمت", "start": 0, "end": 5}, "coder": {"name": "marsad", "rule": "ar.accuse.accuse"},
          "confidence": 0.8, "negated": False, "event_text": "اتهمت قطر السعودية أمس بدعم الإرهاب، \"قالت\"."}


def test_jsonl_writes_one_unescaped_line_per_record() -> None:
    stream = io.StringIO()
    with RecordWriter(stream, OutputFormat.JSONL) as writer:
        writer.write(RECORD)
        writer.write(RECORD)
    lines = stream.getvalue().splitlines()
    assert writer.count == 2 and len(lines) == 2
    assert json.loads(lines[0]) == RECORD
    assert "قطر" in lines[0]  # ensure_ascii is off


def test_csv_writes_the_header_even_without_records() -> None:
    stream = io.StringIO()
    with RecordWriter(stream, OutputFormat.CSV) as writer:
        pass
    assert writer.count == 0
    assert stream.getvalue().splitlines() == [",".join(CSV_COLUMNS)]


def test_csv_quotes_arabic_commas_and_quotes() -> None:
    stream = io.StringIO(newline="")
    with RecordWriter(stream, OutputFormat.CSV) as writer:
        writer.write(RECORD)
    [row] = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert row["event_text"] == RECORD["event_text"]
    assert (row["actor_code"], row["recipient_code"], row["score"]) == ("QAT", "SAU", "-3.5")

"""``marsad clean``: the documents as ingestion leaves them, to see what it did."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console

from marsad.config import DEFAULT_MAX_DOCUMENT_CHARS
from marsad.ingest.readers import read_documents
from marsad.model import Rejection

EXIT_OK = 0
EXIT_REJECTED = 1


def run_clean(inputs: Sequence[str], *, output: Path | None, default_date: dt.date | None,
              max_chars: int = DEFAULT_MAX_DOCUMENT_CHARS) -> int:
    """Write cleaned documents as JSONL; report rejections on stderr; returns the exit status."""
    err = Console(stderr=True, soft_wrap=True)
    stream: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
    written = rejected = 0
    try:
        for item in read_documents(inputs, default_date=default_date, max_chars=max_chars):
            if isinstance(item, Rejection):
                rejected += 1
                err.print(f"rejected: {item.describe()}", markup=False, highlight=False)
                continue
            record = {"id": item.id, "title": item.title, "date": item.date.isoformat() if item.date else None,
                      "url": item.url, "outlet": item.outlet, "lang": item.lang, "text": item.text,
                      "source": item.meta.get("source")}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    finally:
        if output:
            stream.close()
    err.print(f"documents written {written}, rejected {rejected}")
    return EXIT_REJECTED if rejected else EXIT_OK

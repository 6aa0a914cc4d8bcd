"""The Python entry point: ``marsad.code(text_or_documents, date=...)``."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad.ingest.clean import clean_text
from marsad.model import Document, Event
from marsad.output.records import CSV_COLUMNS, event_record, flat_row
from marsad.pipeline import Pipeline

DocumentInput = str | Document | dict[str, Any]


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The shipped pipeline, built once per process (lexicons load once)."""
    return Pipeline.default()


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def text_id(text: str) -> str:
    """A stable id derived from the content (the same text always gets the same id)."""
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def as_document(item: DocumentInput, *, date: dt.date | None = None) -> Document:
    """A Document from a plain string, a document mapping (spec format) or a Document."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        text = clean_text(item)
        return Document(id=text_id(text), text=text, date=date)
    text = str(item["text"])
    return Document(id=str(item.get("id") or text_id(text)), text=text,
                    date=_as_date(item.get("date")) or date, title=item.get("title"), url=item.get("url"),
                    outlet=item.get("outlet"), lang=item.get("lang"))


@dataclass(slots=True)
class CodedEvents(Sequence[Event]):
    """The events of a ``code()`` call, with the documents they came from."""

    events: list[Event]
    documents: dict[str, Document] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, index: int) -> Event:  # type: ignore[override]
        return self.events[index]

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def records(self) -> list[dict[str, Any]]:
        """PLOVER records (spec/EVENT_FORMAT.md) of the events."""
        return [event_record(e, self.documents[e.doc_id]) for e in self.events]

    def to_dataframe(self) -> Any:
        """A pandas DataFrame, one row per event (needs pandas: ``pip install marsad[pandas]``)."""
        import pandas as pd  # imported here: pandas is an optional dependency

        return pd.DataFrame([flat_row(r) for r in self.records()], columns=list(CSV_COLUMNS))


def code(text_or_documents: DocumentInput | Iterable[DocumentInput], *, date: dt.date | str | None = None,
         include_negated: bool = False, pipeline: Pipeline | None = None) -> CodedEvents:
    """Code one text, one document or many; ``date`` is the publication date where none is given."""
    items: Iterable[DocumentInput]
    items = [text_or_documents] if isinstance(text_or_documents, (str, Document, dict)) else text_or_documents
    runner = pipeline or default_pipeline()
    publication = _as_date(date)
    events: list[Event] = []
    documents: dict[str, Document] = {}
    for item in items:
        doc = runner(as_document(item, date=publication))
        documents[doc.id] = doc
        events.extend(e for e in doc.events if include_negated or not e.negated)
    return CodedEvents(events, documents)

"""A coding run: read inputs, set aside bad and duplicate documents, code the rest, count everything."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.config import Config
from marsad.engine.coding import timeout_rejection
from marsad.engine.timeout import DocumentTimeout, time_limit
from marsad.ingest.dedupe import Deduplicator
from marsad.ingest.readers import read_documents
from marsad.model import Document, Rejection
from marsad.output.records import event_record
from marsad.pipeline import Pipeline

ARABIC = "ar"


@dataclass(slots=True)
class RunSummary:
    """What happened to every input document."""

    read: int = 0
    coded: int = 0
    events: int = 0
    stored: int = 0  # already in the store with the same text, not coded again (marsad ingest)
    duplicates: Counter[str] = field(default_factory=Counter)  # exact / near
    rejected: list[Rejection] = field(default_factory=list)
    failed: list[Rejection] = field(default_factory=list)  # documents the coder could not process

    @property
    def rejected_by_reason(self) -> Counter[str]:
        return Counter(r.reason for r in self.rejected + self.failed)

    @property
    def clean(self) -> bool:
        """True when no input was rejected or failed."""
        return not self.rejected and not self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "coded": self.coded, "events": self.events, "stored": self.stored,
            "duplicates": dict(self.duplicates), "rejected": dict(self.rejected_by_reason),
        }


def accepted_documents(items: Iterable[Document | Rejection], summary: RunSummary, *, config: Config,
                       deduplicator: Deduplicator | None) -> Iterator[Document]:
    """Documents fit to code; rejections, other languages and duplicates are counted in ``summary``."""
    seen_ids: dict[str, str] = {}  # id → hash of the text first seen under it
    for item in items:
        if isinstance(item, Rejection):
            summary.rejected.append(item)
            continue
        summary.read += 1
        text_hash = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        earlier_hash = seen_ids.get(item.id)
        if earlier_hash is not None:
            if earlier_hash == text_hash:
                summary.duplicates["exact"] += 1  # the same document given twice
            else:
                # event ids derive from document ids: a second text under one id would collide
                summary.rejected.append(Rejection(item.meta.get("source", item.id), item.meta.get("line"),
                                                  "duplicate-id", f"another document already has id {item.id!r}; "
                                                  "document ids must be unique"))
            continue
        seen_ids[item.id] = text_hash
        if item.lang not in (None, ARABIC) and not config.code_non_arabic:
            summary.rejected.append(Rejection(item.meta.get("source", item.id), item.meta.get("line"),
                                              "not-arabic", f"document {item.id} is in {item.lang!r}; "
                                              "marsad codes Arabic only"))
            continue
        if deduplicator is not None:
            duplicate = deduplicator.check(item.id, item.text)
            if duplicate is not None:
                kind, earlier = duplicate
                summary.duplicates[kind] += 1
                item.meta["duplicate_of"] = earlier
                continue
        yield item


def code_documents(docs: Iterable[Document], pipeline: Pipeline, summary: RunSummary, *,
                   seconds: float | None = None) -> Iterator[tuple[Document, list[dict[str, Any]]]]:
    """Each document with its event records; a document that breaks the coder or takes over ``seconds``
    is set aside."""
    for doc in docs:
        try:
            with time_limit(seconds) as deadline:
                pipeline(doc, deadline=deadline)
                records = [event_record(e, doc) for e in doc.events]
        except DocumentTimeout as timeout:
            summary.failed.append(timeout_rejection(doc, timeout.seconds))
            continue
        except Exception as exc:
            summary.failed.append(Rejection(doc.meta.get("source", doc.id), doc.meta.get("line"), "coder-error",
                                            f"document {doc.id}: {type(exc).__name__}: {exc}"))
            continue
        summary.coded += 1
        summary.events += len(records)
        yield doc, records


def run(inputs: Sequence[str], *, pipeline: Pipeline, config: Config, default_date: dt.date | None = None,
        on_read: Callable[[RunSummary], None] | None = None,
        ) -> tuple[RunSummary, Iterator[tuple[Document, list[dict[str, Any]]]]]:
    """Start a run over files, folders or ``-``; iterate the second value to code lazily."""
    summary = RunSummary()
    items = read_documents(inputs, default_date=default_date, max_chars=config.max_document_chars)
    deduplicator = Deduplicator(threshold=config.near_duplicate_threshold) if config.drop_duplicates else None
    docs = accepted_documents(items, summary, config=config, deduplicator=deduplicator)

    def coded() -> Iterator[tuple[Document, list[dict[str, Any]]]]:
        for pair in code_documents(docs, pipeline, summary, seconds=config.max_seconds_per_document):
            if on_read is not None:
                on_read(summary)
            yield pair

    return summary, coded()

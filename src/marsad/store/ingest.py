"""``ingest`` and ``recode``: code documents into the store, a transaction per batch, resumable and idempotent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from marsad.engine.coding import CodedDocument, PipelineSpec, text_hash
from marsad.engine.runner import RunnerOptions, code_stream
from marsad.ingest.dedupe import Deduplicator
from marsad.ingest.readers import read_documents
from marsad.model import Document, Rejection
from marsad.run import RunSummary, accepted_documents
from marsad.store.store import Store, rebuild_canonical

# Documents per transaction: a killed run loses at most this many documents of work.
COMMIT_EVERY = 200
Progress = Callable[[RunSummary], None]


def _write_results(results: Iterable[CodedDocument | Rejection], store: Store, summary: RunSummary,
                   *, commit_every: int, on_progress: Progress | None) -> None:
    """Commit coded documents and every rejection noted in ``summary`` so far, batch by batch."""
    pending: list[CodedDocument] = []
    flushed = 0  # rejections already written

    def flush() -> None:
        nonlocal flushed
        rejections = summary.rejected + summary.failed
        store.write_batch(pending, rejections[flushed:])
        flushed = len(rejections)
        pending.clear()

    for result in results:
        if isinstance(result, Rejection):
            summary.failed.append(result)
        else:
            summary.coded += 1
            summary.events += len(result.records)
            pending.append(result)
        if len(pending) >= commit_every:
            flush()
        if on_progress is not None:
            on_progress(summary)
    flush()


def ingest(inputs: Sequence[str], *, store: Store, spec: PipelineSpec, options: RunnerOptions,
           default_date: dt.date | None = None, commit_every: int = COMMIT_EVERY,
           on_progress: Progress | None = None) -> RunSummary:
    """Read, code and store ``inputs``; documents already stored with the same text are skipped."""
    config = spec.config
    summary = RunSummary()
    stored = store.stored_hashes()
    items = read_documents(inputs, default_date=default_date, max_chars=config.max_document_chars)
    # Every document passes the deduplicator, stored or not, so a resumed run makes the same
    # duplicate decisions as an uninterrupted one.
    deduplicator = Deduplicator(threshold=config.near_duplicate_threshold) if config.drop_duplicates else None
    docs = accepted_documents(items, summary, config=config, deduplicator=deduplicator)

    def fresh() -> Iterator[Document]:
        for doc in docs:
            if stored.get(doc.id) == text_hash(doc.text):
                summary.stored += 1
                continue
            yield doc

    _write_results(code_stream(fresh(), spec, options), store, summary, commit_every=commit_every,
                   on_progress=on_progress)
    rebuild_canonical(store)
    return summary


@dataclass(slots=True)
class RecodeSummary:
    """What a recode changed, by event content hash."""

    run: RunSummary
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0


def recode(*, store: Store, spec: PipelineSpec, options: RunnerOptions, commit_every: int = COMMIT_EVERY,
           on_progress: Progress | None = None) -> RecodeSummary:
    """Code every stored document again with the current coder, replacing its events."""
    before = store.event_hashes()
    ids = [row[0] for row in store.con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    summary = RunSummary()

    def stored_documents() -> Iterator[Document]:
        for start in range(0, len(ids), commit_every):
            for doc in store.documents_by_id(ids[start:start + commit_every]):
                summary.read += 1
                yield doc

    _write_results(code_stream(stored_documents(), spec, options), store, summary, commit_every=commit_every,
                   on_progress=on_progress)
    rebuild_canonical(store)
    after = store.event_hashes()
    result = RecodeSummary(summary)
    for event_id, digest in after.items():
        old = before.get(event_id)
        if old is None:
            result.added += 1
        elif old == digest:
            result.unchanged += 1
        else:
            result.changed += 1
    result.removed = sum(1 for event_id in before if event_id not in after)
    return result

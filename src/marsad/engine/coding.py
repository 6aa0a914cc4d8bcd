"""Code one document into a compact, picklable result: what a worker sends back to the writer."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import importlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.config import Config
from marsad.engine.timeout import DocumentTimeout, time_limit
from marsad.model import Document, Mention, Rejection
from marsad.output.records import event_record
from marsad.output.writers import parquet_row, write_parquet_partition
from marsad.pipeline import Pipeline

# Allocations before a young-generation pass, and passes before each older one (Python's
# defaults are 700, 10, 10): with these the collector takes about 2% of coding time, not 15%.
COLLECTOR_THRESHOLDS = (10_000, 10, 10)
# A mention as stored: (kind, start, end, text, entry_id, code, sector, name)
EntityRow = tuple[str, int, int, str, "str | None", "str | None", "str | None", "str | None"]


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """What a worker needs to build the pipeline itself (lexicons load once per worker)."""

    config: Config
    lexicons: tuple[str, ...] = ()


@lru_cache(maxsize=2)
def worker_pipeline(spec: PipelineSpec) -> Pipeline:
    """The pipeline of ``spec``, built once per process and reused for every document."""
    pipeline = Pipeline.default(config=spec.config, lexicons=[Path(p) for p in spec.lexicons])
    settle_collector()
    return pipeline


def preload(spec: PipelineSpec, parquet: bool = False) -> None:
    """Build this process's pipeline now (a worker does it before its first task); returns nothing to send back.

    With ``parquet``, also import the Parquet writer (a third of a second) before the first partition.
    """
    worker_pipeline(spec)
    if parquet:
        importlib.import_module("pyarrow.parquet")


def settle_collector() -> None:
    """Tune Python's cycle collector for a process that codes documents in bulk.

    The lexicons, the gazetteer and the per-word caches are millions of long-lived objects
    that the collector's full passes walk again and again (15% of coding time on the news
    corpus); coding itself frees nearly everything by reference counting. So what is loaded
    now is frozen out of the collector's reach, and passes run less often.
    """
    gc.freeze()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def text_hash(text: str) -> str:
    """sha256 of a document's text as stored: tells a changed document from one already coded."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def record_hash(record: dict[str, Any]) -> str:
    """A hash of what an event record says, without its id and coder versions (so a recode can tell changes)."""
    content = {k: v for k, v in record.items() if k not in ("id", "coder")}
    content["rule"] = record["coder"]["rule"]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class CodedDocument:
    """A coded document without its tokens: metadata, sentence spans, mentions and event records."""

    doc: Document  # tokens, mentions and events emptied: the rows below carry them
    text_hash: str
    sentences: list[tuple[int, int]]
    entities: list[EntityRow]
    records: list[dict[str, Any]]


def _entity_row(doc: Document, mention: Mention) -> EntityRow:
    code = sector = name = None
    if mention.actor is not None:
        code, sector, name = mention.actor.code, mention.actor.sector, mention.actor.name
    elif mention.place is not None:
        code, name = mention.place.country_code, mention.place.resolved_place
    elif mention.date is not None:
        name = mention.date.value
    return (mention.kind.value, mention.span.start, mention.span.end, doc.span_text(mention.span),
            mention.entry_id, code, sector, name)


def timeout_rejection(doc: Document, seconds: float) -> Rejection:
    """The Rejection of a document that took longer than ``seconds`` to code."""
    return Rejection(doc.meta.get("source", doc.id), doc.meta.get("line"), "timeout",
                     f"document {doc.id} took longer than {seconds:g} s to code; it is set aside "
                     "(split it, or raise the limit with --max-seconds)")


def code_one(doc: Document, pipeline: Pipeline, *, seconds: float | None = None) -> CodedDocument | Rejection:
    """Run the pipeline on ``doc`` within ``seconds``; a document that breaks the coder or runs late becomes
    a Rejection, not a crash."""
    try:
        with time_limit(seconds) as deadline:
            pipeline(doc, deadline=deadline)
            records = [event_record(e, doc) for e in doc.events]
    except DocumentTimeout as timeout:
        return timeout_rejection(doc, timeout.seconds)
    except Exception as exc:
        return Rejection(doc.meta.get("source", doc.id), doc.meta.get("line"), "coder-error",
                         f"document {doc.id}: {type(exc).__name__}: {exc}")
    sentences = [(s.span.start, s.span.end) for s in doc.sentences]
    entities = [_entity_row(doc, m) for m in doc.mentions]
    light = dataclasses.replace(doc, sentences=[], tokens=[], mentions=[], events=[])
    return CodedDocument(light, text_hash(doc.text), sentences, entities, records)


def code_batch(docs: Sequence[Document], spec: PipelineSpec) -> list[CodedDocument | Rejection]:
    """Code a batch with this process's pipeline (the unit of work sent to pool and cluster workers)."""
    pipeline = worker_pipeline(spec)
    return [code_one(doc, pipeline, seconds=spec.config.max_seconds_per_document) for doc in docs]


@dataclass(slots=True)
class PartitionResult:
    """What a worker reports after coding a batch and writing its events as one Parquet partition."""

    coded: int
    events: int  # event records, negated ones included
    written: int  # rows in the partition
    failed: list[Rejection]
    partition: str | None  # the file's name; None when the batch had no events to write


def partition_name(number: int) -> str:
    """The file name of partition ``number`` (batches are numbered in input order)."""
    return f"part-{number:05d}.parquet"


def code_batch_to_parquet(docs: Sequence[Document], spec: PipelineSpec, directory: str, number: int,
                          include_negated: bool) -> PartitionResult:
    """Code a batch and write its events as partition ``number`` of ``directory``, here, on the worker.

    Only counts and rejections travel back: the records go straight to disk, so the client
    neither receives nor serializes them (``directory`` must be reachable from every worker).
    """
    coded = events = 0
    failed: list[Rejection] = []
    rows: list[dict[str, Any]] = []
    for result in code_batch(docs, spec):
        if isinstance(result, Rejection):
            failed.append(result)
            continue
        coded += 1
        events += len(result.records)
        rows.extend(parquet_row(r) for r in result.records if include_negated or not r["negated"])
    name = None
    if rows:
        name = partition_name(number)
        write_parquet_partition(rows, Path(directory) / name)
    return PartitionResult(coded, events, len(rows), failed, name)

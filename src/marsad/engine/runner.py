"""Map the coder over a stream of documents: in process, in a local process pool, or on a Dask cluster.

Every runner returns results in input order and keeps only a few batches in flight, so
memory stays flat however long the corpus is, and a writer downstream can commit
batch by batch (what makes an interrupted run resumable).
"""

from __future__ import annotations

import importlib
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from enum import Enum
from typing import Any

from marsad.engine.coding import CodedDocument, PipelineSpec, code_batch, code_one, worker_pipeline
from marsad.errors import MarsadError
from marsad.model import Document, Rejection

# Documents per task: large enough that pickling and scheduling cost little beside coding
# (a batch takes about 0.2 s at 150 documents/s), small enough to keep every worker busy.
BATCH_SIZE = 32
# Batches queued per worker beyond the one it is coding.
IN_FLIGHT_PER_WORKER = 2

Result = CodedDocument | Rejection


class Engine(str, Enum):
    """Where documents are coded."""

    LOCAL = "local"
    DASK = "dask"


class EngineError(MarsadError):
    """The requested engine cannot run (Dask missing, scheduler unreachable)."""

    code = "engine-error"


@dataclass(frozen=True, slots=True)
class RunnerOptions:
    """How to spread the work."""

    engine: Engine = Engine.LOCAL
    workers: int | None = None  # None: all cores
    scheduler: str | None = None  # a Dask scheduler address; None starts a LocalCluster
    batch_size: int = BATCH_SIZE
    dask_processes: bool = True  # False: LocalCluster workers are threads (fast start, for tests)

    @property
    def worker_count(self) -> int:
        return max(1, self.workers if self.workers is not None else (os.cpu_count() or 1))


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _in_order(submit: Any, batches: Iterator[list[Document]], limit: int) -> Iterator[Result]:
    """Submit batches keeping at most ``limit`` pending; yield their results in submission order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _local(docs: Iterable[Document], spec: PipelineSpec, options: RunnerOptions) -> Iterator[Result]:
    workers = options.worker_count
    if workers == 1:
        pipeline = worker_pipeline(spec)
        for doc in docs:
            yield code_one(doc, pipeline, seconds=spec.config.max_seconds_per_document)
        return
    # spawn, not fork: the CLI's progress bar runs a thread, and forking a threaded process can deadlock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=worker_pipeline,
                             initargs=(spec,)) as pool:
        def submit(batch: list[Document]) -> Future[list[Result]]:
            return pool.submit(code_batch, batch, spec)

        yield from _in_order(submit, _batches(docs, options.batch_size), workers * (1 + IN_FLIGHT_PER_WORKER))


def _dask(docs: Iterable[Document], spec: PipelineSpec, options: RunnerOptions) -> Iterator[Result]:
    try:
        # Imported as a plain module object: dask is an optional extra and its API is untyped.
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise EngineError('the Dask engine needs dask[distributed]: pip install "marsad[dask]"') from None
    cluster = None
    if options.scheduler is None:
        cluster = distributed.LocalCluster(n_workers=options.worker_count, threads_per_worker=1,
                               processes=options.dask_processes, dashboard_address=None)
        client = distributed.Client(cluster)
    else:
        try:
            client = distributed.Client(options.scheduler, timeout="20s")
        except OSError as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {options.scheduler} ({exc})") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(batch: list[Document]) -> Any:
            return client.submit(code_batch, batch, spec, pure=False)

        yield from _in_order(submit, _batches(docs, options.batch_size), workers * (1 + IN_FLIGHT_PER_WORKER))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def code_stream(docs: Iterable[Document], spec: PipelineSpec, options: RunnerOptions) -> Iterator[Result]:
    """Each document coded (or a Rejection when the coder failed on it), in input order."""
    if options.engine is Engine.DASK:
        return _dask(docs, spec, options)
    return _local(docs, spec, options)

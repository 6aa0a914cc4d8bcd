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
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from marsad.engine.coding import (
    CodedDocument,
    PartitionResult,
    PipelineSpec,
    code_batch,
    code_batch_to_parquet,
    code_one,
    preload,
    worker_pipeline,
)
from marsad.errors import MarsadError
from marsad.model import Document, Rejection

# Documents per task: large enough that pickling and scheduling cost little beside coding
# (a batch takes about 0.2 s at 150 documents/s), small enough to keep every worker busy.
BATCH_SIZE = 32
# Batches queued per worker beyond the one it is coding.
IN_FLIGHT_PER_WORKER = 2
# Documents per Parquet partition written by a worker: about 700 events and a second or two of
# coding, so partitions are few enough for a dataset reader and work still spreads evenly.
PARTITION_SIZE = 250

Result = CodedDocument | Rejection
R = TypeVar("R")


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
    partition_size: int = PARTITION_SIZE  # documents per Parquet partition (code_to_parquet)
    dask_processes: bool = True  # False: LocalCluster workers are threads (fast start, for tests)

    @property
    def worker_count(self) -> int:
        return max(1, self.workers if self.workers is not None else (os.cpu_count() or 1))


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _in_order(submit: Callable[[Any], Any], tasks: Iterable[Any], limit: int) -> Iterator[Any]:
    """Submit tasks keeping at most ``limit`` pending; yield each one's result in submission order."""
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@contextmanager
def _dask_client(spec: PipelineSpec, options: RunnerOptions, *, parquet: bool = False) -> Iterator[tuple[Any, int]]:
    """A Dask client (on a new LocalCluster unless a scheduler is given) and its number of workers.

    Every worker builds its pipeline (lexicons included) before the first task arrives, once:
    ``worker_pipeline`` is cached per process, so later tasks reuse it.
    """
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
        client.run(preload, spec, parquet=parquet)
        yield client, max(1, len(client.scheduler_info().get("workers", {})))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_tasks(task: Callable[..., R], arguments: Iterable[tuple[Any, ...]], spec: PipelineSpec,
               options: RunnerOptions, *, parquet: bool = False) -> Iterator[R]:
    """``task(*args)`` for each tuple of ``arguments``, in this process, a process pool or on Dask; in order."""
    if options.engine is Engine.DASK:
        with _dask_client(spec, options, parquet=parquet) as (client, workers):
            yield from _in_order(lambda args: client.submit(task, *args, pure=False), arguments,
                                 workers * (1 + IN_FLIGHT_PER_WORKER))
        return
    workers = options.worker_count
    if workers == 1:
        for args in arguments:
            yield task(*args)
        return
    # spawn, not fork: the CLI's progress bar runs a thread, and forking a threaded process can deadlock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=preload,
                             initargs=(spec, parquet)) as pool:
        yield from _in_order(lambda args: pool.submit(task, *args), arguments, workers * (1 + IN_FLIGHT_PER_WORKER))


def code_stream(docs: Iterable[Document], spec: PipelineSpec, options: RunnerOptions) -> Iterator[Result]:
    """Each document coded (or a Rejection when the coder failed on it), in input order."""
    if options.engine is Engine.LOCAL and options.worker_count == 1:
        return _one_by_one(docs, spec)
    batches = ((batch, spec) for batch in _batches(docs, options.batch_size))
    return (result for results in _run_tasks(code_batch, batches, spec, options) for result in results)


def _one_by_one(docs: Iterable[Document], spec: PipelineSpec) -> Iterator[Result]:
    pipeline = worker_pipeline(spec)
    for doc in docs:
        yield code_one(doc, pipeline, seconds=spec.config.max_seconds_per_document)


def code_to_parquet(docs: Iterable[Document], spec: PipelineSpec, options: RunnerOptions, directory: Path, *,
                    include_negated: bool = False) -> Iterator[PartitionResult]:
    """Code ``docs`` and write their events as Parquet partitions into ``directory``, one per batch.

    The workers (pool processes or Dask workers) write the partitions themselves; a
    partition is named after its batch's place in the input, so the files come out the same
    whoever codes them. Yields each batch's counts and rejections, in input order.
    """
    directory.mkdir(parents=True, exist_ok=True)
    target = str(directory.resolve())
    tasks = ((batch, spec, target, number, include_negated)
             for number, batch in enumerate(_batches(docs, options.partition_size)))
    return _run_tasks(code_batch_to_parquet, tasks, spec, options, parquet=True)

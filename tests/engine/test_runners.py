"""The process pool and the Dask runner give the same events, in the same order, as coding in one process;
Dask workers write the Parquet partitions themselves, with lexicons loaded once per worker."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from marsad.config import Config
from marsad.engine.coding import CodedDocument, PipelineSpec, partition_name, worker_pipeline
from marsad.engine.runner import Engine, RunnerOptions, code_stream, code_to_parquet
from marsad.model import Document
from store.articles import ARTICLES, many_articles

SPEC = PipelineSpec(Config())


def _documents() -> list[Document]:
    items = ARTICLES + many_articles(6)
    return [Document(id=str(a["id"]), text=str(a["text"]), date=dt.date.fromisoformat(str(a["date"])),
                     outlet=str(a["outlet"])) for a in items]


def _records(options: RunnerOptions) -> list[tuple[str, list[dict[str, Any]]]]:
    out = []
    for result in code_stream(_documents(), SPEC, options):
        assert isinstance(result, CodedDocument)
        out.append((result.doc.id, result.records))
    return out


@pytest.fixture(scope="module")
def in_process() -> list[tuple[str, list[dict[str, Any]]]]:
    records = _records(RunnerOptions(workers=1))
    assert sum(len(r) for _, r in records) > 0
    return records


def test_process_pool_matches_one_process(in_process: list[tuple[str, list[dict[str, Any]]]]) -> None:
    assert _records(RunnerOptions(workers=2, batch_size=3)) == in_process


def test_dask_local_cluster_matches_one_process(in_process: list[tuple[str, list[dict[str, Any]]]]) -> None:
    pytest.importorskip("distributed")
    options = RunnerOptions(engine=Engine.DASK, workers=2, batch_size=3, dask_processes=False)
    assert _records(options) == in_process


def _partition_records(directory: Path) -> list[dict[str, Any]]:
    pq = pytest.importorskip("pyarrow.parquet")
    out = []
    for path in sorted(directory.glob("part-*.parquet")):
        out += [json.loads(text) for text in pq.read_table(path).column("record").to_pylist()]
    return out


def _asserted(in_process: list[tuple[str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    return [r for _, records in in_process for r in records if not r["negated"]]


def test_partitions_written_in_one_process_hold_its_events(
        tmp_path: Path, in_process: list[tuple[str, list[dict[str, Any]]]]) -> None:
    options = RunnerOptions(workers=1, partition_size=4)
    results = list(code_to_parquet(_documents(), SPEC, options, tmp_path))
    assert [r.partition for r in results] == [partition_name(n) for n in range(len(results))]
    assert sum(r.coded for r in results) == len(in_process)
    assert _partition_records(tmp_path) == _asserted(in_process)


def test_dask_workers_write_the_partitions_and_load_lexicons_once(
        tmp_path: Path, in_process: list[tuple[str, list[dict[str, Any]]]]) -> None:
    distributed = pytest.importorskip("distributed")
    # worker processes, as a real cluster has: each must build its own pipeline, once
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        options = RunnerOptions(engine=Engine.DASK, scheduler=cluster.scheduler_address, partition_size=3)
        results = list(code_to_parquet(_documents(), SPEC, options, tmp_path))
        with distributed.Client(cluster) as client:
            builds = client.run(worker_pipeline.cache_info)
    assert sum(r.coded for r in results) == len(in_process)
    assert not any(r.failed for r in results)
    assert _partition_records(tmp_path) == _asserted(in_process)
    assert len(builds) == 2
    assert all(info.misses == 1 for info in builds.values())
    assert sum(info.hits for info in builds.values()) >= len(results)  # every batch reused its worker's

"""The process pool and the Dask runner give the same events, in the same order, as coding in one process."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from marsad.config import Config
from marsad.engine.coding import CodedDocument, PipelineSpec
from marsad.engine.runner import Engine, RunnerOptions, code_stream
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

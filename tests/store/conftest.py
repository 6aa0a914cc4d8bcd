"""A store filled once per session from the hand-written articles (coding in this process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import Config
from marsad.engine.coding import PipelineSpec
from marsad.engine.runner import RunnerOptions
from marsad.store.ingest import ingest
from marsad.store.store import Store

from .articles import ARTICLES, write_jsonl

SPEC = PipelineSpec(Config())
ONE_PROCESS = RunnerOptions(workers=1)


@pytest.fixture(scope="session")
def articles_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    return write_jsonl(folder / "articles.jsonl", ARTICLES, extra_lines=("{not json", '{"id": "x"}'))


@pytest.fixture(scope="session")
def filled_db(articles_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "events.duckdb"
    with Store(db) as store:
        ingest([str(articles_file)], store=store, spec=SPEC, options=ONE_PROCESS)
    return db

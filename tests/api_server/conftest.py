"""A store built once per session from the bundled example articles, and the API app over it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the API extra is not installed: pip install 'marsad[api]'")

from fastapi import FastAPI
from fastapi.testclient import TestClient

from marsad.api_server import create_app
from marsad.cli.demo import EXAMPLE_DATE, EXAMPLES
from marsad.config import Config
from marsad.datafiles import data_path
from marsad.engine.coding import PipelineSpec
from marsad.engine.runner import RunnerOptions
from marsad.store.ingest import ingest
from marsad.store.store import Store


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles (as ``marsad demo`` codes them) in a DuckDB store."""
    db = tmp_path_factory.mktemp("api-store") / "examples.duckdb"
    with Store(db) as store:
        ingest([str(data_path(name)) for name in EXAMPLES], store=store, spec=PipelineSpec(Config()),
               options=RunnerOptions(workers=1), default_date=dt.date.fromisoformat(EXAMPLE_DATE))
    return db


@pytest.fixture(scope="session")
def app(example_db: Path) -> FastAPI:
    return create_app(example_db)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> TestClient:
    return TestClient(app)

"""Shared fixtures: hand-built documents and the location of ../shared."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from marsad.lang.ar.document import segment_document
from marsad.model import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"


def arabic_document(text: str, date: str = "2018-05-03", doc_id: str = "test") -> Document:
    """A document with sentences and tokens, built the way the pipeline builds it."""
    return segment_document(Document(doc_id, text, dt.date.fromisoformat(date)))


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """../shared/eval, or skip when this checkout has no shared folder beside it."""
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is absent")
    return path

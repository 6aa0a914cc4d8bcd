"""Shared fixtures: hand-built documents and the location of ../shared."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from marsad.lang.ar.document import segment_document
from marsad.model import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"

# Property tests: "ci" (the default) keeps hypothesis's 100 examples but no per-example deadline,
# which a loaded two-core machine misses without any bug; "deep" runs many more examples
# (HYPOTHESIS_PROFILE=deep python -m pytest tests/lang tests/ingest tests/test_robustness.py).
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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

"""Property tests of the API from its own OpenAPI schema (schemathesis + hypothesis): no request gets a 500."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed: pip install -e '.[dev]'")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

# Every GET operation of the schema; a test below fails when an endpoint is added without being listed here.
PATHS = ("/api/summary", "/api/events", "/api/events/export", "/api/events/{event_id}", "/api/actors",
         "/api/network", "/api/timeline", "/api/places", "/api/documents", "/api/documents/{doc_id}",
         "/api/documents/{doc_id}/sentences/{seq}/explain", "/api/explain")
# The explain endpoints run the coder (tens of ms a call); the others are plain queries.
NO_PARAMETERS = "/api/summary"  # nothing to get wrong: no invalid requests to make
SLOW = {"/api/documents/{doc_id}", "/api/documents/{doc_id}/sentences/{seq}/explain", "/api/explain"}


@pytest.fixture(scope="module")
def api_schema(app: FastAPI) -> Any:
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema: Any) -> None:
    assert set(api_schema.raw_schema["paths"]) == set(PATHS)


@pytest.mark.parametrize(("path", "mode"), [
    pytest.param(path, mode, id=f"{path}-{mode.value}") for path in PATHS for mode in GenerationMode
    if not (mode is GenerationMode.NEGATIVE and path == NO_PARAMETERS)])
def test_no_server_errors(api_schema: Any, path: str, mode: GenerationMode) -> None:
    """Valid requests (by the schema) and invalid ones (out of range, wrong type, bad pattern): a 2xx or a 4xx."""
    operation = api_schema[path]["GET"]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=25 if path in SLOW else 60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def call(case: Any) -> None:
        case.call_and_validate(checks=[not_a_server_error])

    call()

"""Request limits (URL, body, rate), read-only access, and no SQL built from what a client sends."""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

import pytest
from fastapi.testclient import TestClient

from marsad.api_server import create_app, queries
from marsad.api_server.limits import MAX_BODY_BYTES, MAX_URL_BYTES, TokenBuckets
from marsad.store import filters
from marsad.store import query as store_query


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_allows_its_burst_then_its_rate() -> None:
    clock = Clock()
    buckets = TokenBuckets(rate=2.0, burst=3, clock=clock)
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("a") == pytest.approx(0.5)
    assert buckets.take("b") == 0.0  # each address has its own bucket
    clock.now = 0.5
    assert buckets.take("a") == 0.0
    assert buckets.take("a") > 0


def test_a_bucket_forgets_the_least_recent_address_beyond_its_capacity() -> None:
    buckets = TokenBuckets(rate=1.0, burst=1, clock=Clock(), max_keys=2)
    buckets.take("a")
    buckets.take("b")
    buckets.take("c")  # "a" is forgotten: it starts full again
    assert buckets.take("a") == 0.0


def test_past_the_rate_a_client_gets_429_with_retry_after(example_db: Path) -> None:
    client = TestClient(create_app(example_db, rate_limit=0.01, rate_burst=3))
    assert [client.get("/api/summary").status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get("/api/summary")
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert "slow down" in refused.json()["detail"]


def test_no_rate_limit_unless_asked(client: TestClient) -> None:
    assert {client.get("/api/summary").status_code for _ in range(100)} == {200}


def test_long_urls_and_request_bodies_are_refused(client: TestClient) -> None:
    assert client.get("/api/events", params={"q": "x" * MAX_URL_BYTES}).status_code == 414
    body = client.request("GET", "/api/summary", content=b"x" * (MAX_BODY_BYTES + 1))
    assert body.status_code == 413
    assert client.request("GET", "/api/summary", headers={"content-length": "nonsense"}).status_code in (400, 413)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_nothing_writes(client: TestClient, method: str) -> None:
    for path in ("/api/events", "/api/summary", "/api/documents/example-001"):
        assert client.request(method, path).status_code == 405


INJECTIONS = ("' OR 1=1 --", "x'); DROP TABLE events; --", "\" OR \"\"=\"", "1; DELETE FROM documents",
              "%' OR '%'='", "\\'; SELECT * FROM documents --", "ا' OR 'ا'='ا")


@pytest.mark.parametrize("value", INJECTIONS)
def test_injected_sql_is_only_ever_a_value(client: TestClient, value: str) -> None:
    before = client.get("/api/summary").json()
    total = client.get("/api/events").json()["total"]
    for param in ("actor", "recipient", "party", "country", "place", "q", "doc_id", "type", "since"):
        response = client.get("/api/events", params={param: value})
        assert response.status_code in (200, 422), (param, response.status_code)
        if response.status_code == 200:
            assert response.json()["total"] < total, param  # matched as text, not as a condition
    assert client.get(f"/api/documents/{value}").status_code in (404, 422)
    assert client.get("/api/summary").json() == before


# The only names interpolated into SQL text in the query modules: module constants and clauses built from them.
SQL_FRAGMENTS = {"IS_COOPERATION", "SEARCH_TEXT", "base", "clause", "codes_column", "having", "keys_sql", "left",
                 "right", "' AND' if clause else ' WHERE'", "IS_COOPERATION.replace('quad_code', 'a.quad_code')"}
# f-strings that are messages, not SQL
MESSAGE_VALUES = {"exc", "self.path", "self.query_seconds"}


@pytest.mark.parametrize("module", [queries, filters, store_query], ids=lambda m: m.__name__)
def test_sql_text_interpolates_constants_and_clauses_only(module: ModuleType) -> None:
    source = Path(str(module.__file__)).read_text(encoding="utf-8")
    interpolated = {ast.unparse(value.value) for node in ast.walk(ast.parse(source)) if isinstance(node, ast.JoinedStr)
                    for value in node.values if isinstance(value, ast.FormattedValue)}
    assert interpolated <= SQL_FRAGMENTS | MESSAGE_VALUES, "a new value in SQL text: bind it as a parameter (?)"
    assert source.count(".format(") == source.count(".format(clause=clause)")

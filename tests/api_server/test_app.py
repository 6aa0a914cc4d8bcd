"""The HTTP API over a store of the bundled example articles: filters, pagination, counts that agree, spans, safety."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import duckdb
import pytest
from fastapi.testclient import TestClient

from marsad.api_server import create_app
from marsad.api_server.app import STATIC
from marsad.api_server.queries import QueryTimeoutError, ReadOnlyStore
from marsad.api_server.schemas import MAX_PAGE
from marsad.errors import StoreError

COOPERATION = {"verbal_cooperation", "material_cooperation"}


def get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    page = get(client, "/api/events", limit=MAX_PAGE, **params)
    assert page["total"] <= MAX_PAGE
    return list(page["items"])


def stored(app: Any, sql: str) -> Any:
    """A value read straight from the store (through the app's own read-only connection)."""
    return app.state.store.one(sql)[0]


def test_summary_counts_what_the_store_holds(client: TestClient, app: Any) -> None:
    summary = get(client, "/api/summary")
    assert summary["documents"] == stored(app, "SELECT count(*) FROM documents") == 12
    assert summary["events"] == stored(app, "SELECT count(*) FROM events WHERE NOT negated") > 50
    assert summary["first_date"] <= summary["last_date"]
    assert "ASSAULT" in summary["event_types"]


def test_events_page_through_all_records_once(client: TestClient) -> None:
    total = get(client, "/api/events", limit=1)["total"]
    seen: list[str] = []
    for offset in range(0, total, 20):
        page = get(client, "/api/events", limit=20, offset=offset)
        assert page["total"] == total and len(page["items"]) <= 20
        seen.extend(item["id"] for item in page["items"])
    assert len(seen) == len(set(seen)) == total
    assert get(client, "/api/events", offset=total)["items"] == []


@pytest.mark.parametrize(("params", "check"), [
    ({"actor": "RUS"}, lambda e: "RUS" in [a["code"] for a in e["actor"]]),
    ({"actor": "rus-mil"}, lambda e: ("RUS", "MIL") in [(a["code"], a["sector"]) for a in e["actor"]]),
    ({"recipient": "YEM"}, lambda e: "YEM" in [a["code"] for a in e["recipient"]]),
    ({"party": "SAU-GOV"}, lambda e: ("SAU", "GOV") in [(a["code"], a["sector"]) for a in e["actor"] + e["recipient"]]),
    ({"country": "SYR"}, lambda e: e["event_loc"]["country_code"] == "SYR"),
    ({"type": ["ASSAULT", "ACCUSE"]}, lambda e: e["event"] in {"ASSAULT", "ACCUSE"}),
    ({"quad": "verbal_cooperation"}, lambda e: e["quad_code"] == "verbal_cooperation"),
    ({"place": "إدلب"}, lambda e: e["event_loc"]["extracted_place"] == "إدلب"),
    ({"since": "2018-01-01", "until": "2018-12-31"}, lambda e: "2018" <= e["date"] <= "2018-12-31"),
    ({"q": "غارات"}, lambda e: "غارات" in e["event_text"]),
    ({"doc_id": "example-002"}, lambda e: e["doc_id"] == "example-002"),
])
def test_event_filters_select_only_matching_records(client: TestClient, params: dict[str, Any], check: Any) -> None:
    items = all_events(client, **params)
    assert items, f"the examples have events for {params}"
    assert all(check(e) for e in items), [e["id"] for e in items if not check(e)]
    assert all(not e["negated"] for e in items)


def test_filters_combine_and_narrow(client: TestClient) -> None:
    both = {e["id"] for e in all_events(client, actor="RUS", type="ASSAULT")}
    assert both and both == {e["id"] for e in all_events(client, actor="RUS")} & {
        e["id"] for e in all_events(client, type="ASSAULT")}


def test_negated_events_only_on_request(client: TestClient, app: Any) -> None:
    negated = stored(app, "SELECT count(*) FROM events WHERE negated")
    assert negated > 0
    with_negated = get(client, "/api/events", include_negated=True)["total"]
    assert with_negated == get(client, "/api/events")["total"] + negated


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": MAX_PAGE + 1}, {"offset": -1}, {"actor": "x;drop table events"}, {"actor": "RUSS"},
    {"recipient": "'--"}, {"country": "SY"}, {"type": "FOO"}, {"quad": "cooperation"}, {"since": "2018-13-01"},
    {"until": "yesterday"}, {"q": "x" * 201}, {"q": ""}, {"place": "p" * 101}, {"include_negated": "maybe"},
])
def test_invalid_parameters_are_rejected_with_422(client: TestClient, params: dict[str, Any]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422, response.text


@pytest.mark.parametrize("value", ["' OR 1=1 --", "\"; DROP TABLE events; --", "%", "_", "\\", "غارات' OR '1'='1"])
def test_text_is_bound_not_spliced_into_sql(client: TestClient, value: str, app: Any) -> None:
    assert get(client, "/api/events", q=value)["total"] == 0
    assert get(client, "/api/events", place=value)["total"] == 0
    assert stored(app, "SELECT count(*) FROM events") > 0


def test_event_by_id_and_unknown_ids(client: TestClient) -> None:
    first = get(client, "/api/events", limit=1)["items"][0]
    assert get(client, f"/api/events/{first['id']}") == first
    assert client.get("/api/events/no-such-event").status_code == 404
    assert client.get("/api/documents/no-such-doc").status_code == 404


def test_actor_counts_agree_with_event_filters(client: TestClient) -> None:
    actors = get(client, "/api/actors", limit=MAX_PAGE)
    assert actors["total"] == len(actors["items"]) > 10
    counts = [a["events"] for a in actors["items"]]
    assert counts == sorted(counts, reverse=True)
    for actor in actors["items"][:8]:
        assert actor["key"] == actor["code"] + (f"-{actor['sector']}" if actor["sector"] else "")
        assert get(client, "/api/events", party=actor["key"])["total"] == actor["events"]
        assert get(client, "/api/events", actor=actor["key"])["total"] == actor["as_actor"]
    recipients = get(client, "/api/actors", role="recipient", limit=MAX_PAGE)["items"]
    assert recipients and all(a["as_recipient"] > 0 for a in recipients)


def test_network_edges_are_the_dyads_of_the_events(client: TestClient) -> None:
    window = {"since": "2016-01-01", "until": "2019-12-31"}
    network = get(client, "/api/network", **window)
    nodes = {n["id"]: n for n in network["nodes"]}
    assert network["edges"] and not network["truncated"]
    for edge in network["edges"]:
        assert edge["source"] in nodes and edge["target"] in nodes and edge["source"] != edge["target"]
        # a bare code filters any sector (UNO finds UNO-GOV too); an edge joins exact keys
        events = [e for e in all_events(client, actor=edge["source"], recipient=edge["target"], **window)
                  if edge["source"] in _keys(e["actor"]) and edge["target"] in _keys(e["recipient"])]
        assert len(events) == edge["events"] == edge["cooperation_events"] + edge["conflict_events"]
        cooperation = [e for e in events if e["quad_code"] in COOPERATION]
        assert edge["cooperation_events"] == len(cooperation)
        assert edge["cooperation"] == pytest.approx(sum(abs(e["score"]) for e in cooperation))
        assert edge["conflict"] == pytest.approx(sum(abs(e["score"]) for e in events if e not in cooperation))
    for node_id, node in list(nodes.items())[:6]:
        events = all_events(client, party=node_id, **window)
        assert len([e for e in events if node_id in _keys(e["actor"]) | _keys(e["recipient"] or [])]) == node["events"]


def _keys(entities: list[dict[str, Any]] | None) -> set[str]:
    """The actor keys (CODE or CODE-SECTOR) of an event's actor or recipient list."""
    return {e["code"] + (f"-{e['sector']}" if e["sector"] else "") for e in entities or [] if e["code"]}


def test_network_window_and_edge_limit(client: TestClient) -> None:
    assert get(client, "/api/network", since="2030-01-01") == {"since": "2030-01-01", "until": None, "nodes": [],
                                                               "edges": [], "truncated": False}
    limited = get(client, "/api/network", max_edges=2)
    assert len(limited["edges"]) == 2 and limited["truncated"]


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_timeline_buckets_add_up_to_the_dated_events(client: TestClient, interval: str) -> None:
    for params in ({}, {"party": "YEM-REB"}, {"actor": "QAT-GOV", "recipient": "SAU-GOV"}):
        timeline = get(client, "/api/timeline", interval=interval, **params)
        dated = [e for e in all_events(client, **params) if e["date"]]
        assert sum(b["events"] for b in timeline["buckets"]) == len(dated) > 0
        periods = [b["period"] for b in timeline["buckets"]]
        assert periods == sorted(set(periods))
        for bucket in timeline["buckets"]:
            assert bucket["events"] == bucket["cooperation_events"] + bucket["conflict_events"]
            assert -10 <= bucket["mean_score"] <= 10


def test_places_have_coordinates_and_counts(client: TestClient) -> None:
    places = get(client, "/api/places", limit=MAX_PAGE)
    assert places["total"] == len(places["items"]) > 5
    for place in places["items"][:6]:
        assert place["lat"] is not None and place["lon"] is not None
        assert get(client, "/api/events", place=place["place"], country=place["country"])["total"] == place["events"]


def test_document_spans_point_into_the_text(client: TestClient) -> None:
    listing = get(client, "/api/documents", limit=MAX_PAGE)
    assert listing["total"] == 12
    kinds: set[str] = set()
    for summary in listing["items"]:
        doc = get(client, f"/api/documents/{summary['id']}")
        text = doc["text"]
        for span in doc["spans"]:
            assert text[span["start"]:span["end"]] == span["text"]
            kinds.add(span["kind"])
        spans = {(s["kind"], s["start"], s["end"]): s for s in doc["spans"]}
        for event in doc["events"]:
            trigger = spans[("trigger", event["trigger"]["start"], event["trigger"]["end"])]
            assert event["id"] in trigger["event_ids"]
            for entity in event["actor"]:
                assert event["id"] in spans[("actor", entity["start"], entity["end"])]["event_ids"]
            for entity in event["recipient"]:
                assert event["id"] in spans[("recipient", entity["start"], entity["end"])]["event_ids"]
        assert [s["seq"] for s in doc["sentences"]] == list(range(len(doc["sentences"])))
    assert {"trigger", "actor", "recipient", "place", "date", "mention"} <= kinds


def test_explain_a_stored_sentence_names_the_rule_that_coded_it(client: TestClient) -> None:
    event = all_events(client, type="ASSAULT")[0]
    explanation = get(client, f"/api/documents/{event['doc_id']}/sentences/{event['text_info']['sequence']}/explain")
    assert explanation["text"] == event["event_text"]
    coded = [c for c in explanation["candidates"] if c["rule"] == event["coder"]["rule"]]
    assert coded and coded[0]["decision"].startswith("coded")
    assert client.get(f"/api/documents/{event['doc_id']}/sentences/9999/explain").status_code == 404


def test_explain_own_text(client: TestClient) -> None:
    explained = get(client, "/api/explain", text="لم تقصف الطائرات الروسية مدينة إدلب أمس", date="2019-05-16")
    assert explained[0]["candidates"][0]["status"] == "negated"
    assert client.get("/api/explain", params={"text": "x" * 2001}).status_code == 422


def test_export_csv_and_jsonl_hold_the_filtered_events(client: TestClient) -> None:
    total = get(client, "/api/events", type="ASSAULT")["total"]
    response = client.get("/api/events/export", params={"type": "ASSAULT", "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total and {r["event"] for r in rows} == {"ASSAULT"}
    response = client.get("/api/events/export", params={"type": "ASSAULT", "format": "jsonl"})
    records = [json.loads(line) for line in response.text.splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in rows]
    assert client.get("/api/events/export", params={"limit": 10_001}).status_code == 422


def test_the_store_is_opened_read_only(app: Any) -> None:
    with pytest.raises(duckdb.Error):
        app.state.store.con.execute("CREATE TABLE intruder (a INTEGER)")
    with pytest.raises(duckdb.Error):
        app.state.store.con.execute("DELETE FROM events")


def test_a_query_over_its_time_limit_is_stopped(example_db: Path) -> None:
    store = ReadOnlyStore(example_db, query_seconds=0.2)
    try:
        with pytest.raises(QueryTimeoutError):
            store.rows("SELECT count(*) FROM range(100000000000) a WHERE a % 7 = 3")
    finally:
        store.close()


def test_a_timeout_answers_503(example_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.api_server import queries

    def slow(store: ReadOnlyStore) -> dict[str, Any]:
        store.rows("SELECT count(*) FROM range(100000000000) a WHERE a % 7 = 3")
        return {}

    monkeypatch.setattr(queries, "summary", slow)
    client = TestClient(create_app(example_db, query_seconds=0.2))
    response = client.get("/api/summary")
    assert response.status_code == 503 and "narrow the filters" in response.json()["detail"]


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="marsad ingest"):
        create_app(tmp_path / "absent.duckdb")


def test_no_cors_unless_asked(client: TestClient, example_db: Path) -> None:
    response = client.get("/api/summary", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    allowed = TestClient(create_app(example_db, cors_origins=["https://lab.example"]))
    response = allowed.get("/api/summary", headers={"Origin": "https://lab.example"})
    assert response.headers["access-control-allow-origin"] == "https://lab.example"


def test_dashboard_and_its_files_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    referenced = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
    assert len(referenced) >= 4
    for path in referenced:
        assert client.get(path).status_code == 200, path
    assert client.get("/static/vendor/countries-110m.json").json()["type"] == "Topology"
    assert not re.search(r"https?://", (STATIC / "app.js").read_text(encoding="utf-8")), "nothing from the network"


def test_vendored_files_match_their_recorded_checksums() -> None:
    import hashlib

    vendor = STATIC / "vendor"
    for line in (vendor / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
        assert any(vendor.glob("LICENSE.*")), "licenses ship with the libraries"


def test_openapi_schema_lists_enums_and_bounds(client: TestClient) -> None:
    schema = get(client, "/api/openapi.json")
    for path in ("/api/events", "/api/actors", "/api/network", "/api/timeline", "/api/places",
                 "/api/documents/{doc_id}", "/api/documents/{doc_id}/sentences/{seq}/explain"):
        assert path in schema["paths"], path
    params = {p["name"]: p for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == MAX_PAGE
    assert "ASSAULT" in json.dumps(params["type"]["schema"]) or "EventType" in json.dumps(params["type"]["schema"])

"""Read-only SQL over the store for the API; every value a user gives is a bound parameter."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from marsad.api_server.schemas import COOPERATION
from marsad.errors import StoreError
from marsad.store.filters import Filters

# SQL fragments (constants, never built from input): whether an event is cooperation.
IS_COOPERATION = "list_contains(['" + "', '".join(COOPERATION) + "'], quad_code)"
DEFAULT_QUERY_SECONDS = 10.0


class QueryTimeoutError(StoreError):
    """A query ran longer than the server allows."""

    code = "query-timeout"


class ReadOnlyStore:
    """The store opened read-only, one cursor per query, each query stopped after a time limit."""

    def __init__(self, path: str | Path, *, query_seconds: float = DEFAULT_QUERY_SECONDS) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"no store at {self.path}; create one with: marsad ingest INPUT --db {self.path}")
        try:
            self.con = duckdb.connect(str(self.path), read_only=True,
                                      config={"enable_external_access": False})
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path} read-only ({exc}); is another process writing it?") from None
        self.query_seconds = query_seconds

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self.con.cursor()
        timer = threading.Timer(self.query_seconds, cursor.interrupt)
        timer.start()
        try:
            yield cursor
        except duckdb.InterruptException:
            raise QueryTimeoutError(f"the query took longer than {self.query_seconds:g} s; narrow the filters") \
                from None
        finally:
            timer.cancel()
            cursor.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._cursor() as cursor:
            return cursor.execute(sql, list(params)).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
        rows = self.rows(sql, params)
        return rows[0]


def count_events(store: ReadOnlyStore, filters: Filters) -> int:
    clause, params = filters.where()
    return int(store.one(f"SELECT count(*) FROM events{clause}", params)[0])


def event_records(store: ReadOnlyStore, filters: Filters, *, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """Records (spec format) of the selected events, in date then id order."""
    clause, params = filters.where()
    rows = store.rows(f"SELECT record FROM events{clause} ORDER BY event_date NULLS LAST, id LIMIT ? OFFSET ?",
                      [*params, limit, offset])
    return [json.loads(row[0]) for row in rows]


def summary(store: ReadOnlyStore) -> dict[str, Any]:
    documents = store.one("SELECT count(*) FROM documents")[0]
    events, first, last = store.one("SELECT count(*), min(event_date), max(event_date) FROM events WHERE NOT negated")
    canonical = store.one("SELECT count(*) FROM canonical_events")[0]
    types = [r[0] for r in store.rows("SELECT DISTINCT event FROM events WHERE NOT negated ORDER BY 1")]
    quads = [r[0] for r in store.rows("SELECT DISTINCT quad_code FROM events WHERE quad_code IS NOT NULL ORDER BY 1")]
    versions = [r[0] for r in store.rows(
        "SELECT DISTINCT coder_version FROM events WHERE coder_version IS NOT NULL ORDER BY 1")]
    return {"documents": documents, "events": events, "canonical_events": canonical, "first_date": first,
            "last_date": last, "event_types": types, "quad_classes": quads, "coder_versions": versions}


# Each event's sides, one row per (event, side, actor); the filters apply to the events.
_SIDES = """
WITH e AS (SELECT id, quad_code, score, actor_codes, actor_sectors, recipient_codes, recipient_sectors,
                  actor, recipient FROM (SELECT *, json_extract(record, '$.actor') AS actor,
                  json_extract(record, '$.recipient') AS recipient FROM events{clause})),
sides AS (
  SELECT id, quad_code, score, 'actor' AS side, unnest(actor_codes) AS code, unnest(actor_sectors) AS sector,
         unnest(json_transform(actor, '["JSON"]')) AS entity FROM e
  UNION ALL
  SELECT id, quad_code, score, 'recipient', unnest(recipient_codes), unnest(recipient_sectors),
         unnest(json_transform(recipient, '["JSON"]')) FROM e),
keyed AS (SELECT *, code || coalesce('-' || sector, '') AS key,
                 coalesce(json_extract_string(entity, '$.name'), json_extract_string(entity, '$.entity_text')) AS label
          FROM sides WHERE code IS NOT NULL)
"""


def actor_counts(store: ReadOnlyStore, filters: Filters, *, role: str, limit: int, offset: int,
                 ) -> tuple[int, list[dict[str, Any]]]:
    """Actors (code and sector) with the number of events they take part in."""
    clause, params = filters.where()
    having = {"any": "", "actor": " HAVING as_actor > 0", "recipient": " HAVING as_recipient > 0"}[role]
    base = (_SIDES.format(clause=clause) +
            "SELECT key, any_value(code) AS code, any_value(sector) AS sector, mode(label) AS name, "
            "count(DISTINCT id) AS events, count(DISTINCT id) FILTER (WHERE side = 'actor') AS as_actor, "
            f"count(DISTINCT id) FILTER (WHERE side = 'recipient') AS as_recipient FROM keyed GROUP BY key{having}")
    total = int(store.one(f"SELECT count(*) FROM ({base})", params)[0])
    rows = store.rows(f"{base} ORDER BY events DESC, key LIMIT ? OFFSET ?", [*params, limit, offset])
    names = ("key", "code", "sector", "name", "events", "as_actor", "as_recipient")
    return total, [dict(zip(names, row, strict=True)) for row in rows]


def network(store: ReadOnlyStore, filters: Filters, *, max_edges: int) -> tuple[list[dict[str, Any]],
                                                                                 list[dict[str, Any]], bool]:
    """Nodes (actors with activity) and directed edges actor → recipient weighted by PLOVER score."""
    clause, params = filters.where()
    sides = _SIDES.format(clause=clause)
    node_rows = store.rows(
        sides + "SELECT key, any_value(code), any_value(sector), mode(label), count(DISTINCT id) FROM keyed "
        "GROUP BY key ORDER BY 5 DESC, key", params)
    edge_sql = (sides + "SELECT a.key, r.key, count(DISTINCT a.id) AS n, "
                f"count(DISTINCT a.id) FILTER (WHERE {IS_COOPERATION.replace('quad_code', 'a.quad_code')}), "
                f"count(DISTINCT a.id) FILTER (WHERE NOT {IS_COOPERATION.replace('quad_code', 'a.quad_code')}), "
                f"coalesce(sum(abs(a.score)) FILTER (WHERE {IS_COOPERATION.replace('quad_code', 'a.quad_code')}), 0), "
                f"coalesce(sum(abs(a.score)) FILTER (WHERE NOT {IS_COOPERATION.replace('quad_code', 'a.quad_code')})"
                ", 0), avg(a.score) "
                "FROM keyed a JOIN keyed r ON a.id = r.id AND a.side = 'actor' AND r.side = 'recipient' "
                "AND a.key <> r.key GROUP BY a.key, r.key ORDER BY n DESC, a.key, r.key LIMIT ?")
    edge_rows = store.rows(edge_sql, [*params, max_edges + 1])
    truncated = len(edge_rows) > max_edges
    nodes = [{"id": k, "code": c, "sector": s, "name": n, "events": e} for k, c, s, n, e in node_rows]
    edges = [{"source": a, "target": r, "events": n, "cooperation_events": cn, "conflict_events": kn,
              "cooperation": float(cs), "conflict": float(ks), "mean_score": float(m or 0.0)}
             for a, r, n, cn, kn, cs, ks, m in edge_rows[:max_edges]]
    return nodes, edges, truncated


def timeline(store: ReadOnlyStore, filters: Filters, *, interval: str) -> list[dict[str, Any]]:
    """Counts and mean PLOVER score per day, week (from Monday) or month."""
    clause, params = filters.where()
    rows = store.rows(
        "SELECT CAST(date_trunc(?, event_date) AS DATE) AS period, count(*), "
        f"count(*) FILTER (WHERE {IS_COOPERATION}), count(*) FILTER (WHERE NOT {IS_COOPERATION}), avg(score), "
        f"coalesce(sum(abs(score)) FILTER (WHERE {IS_COOPERATION}), 0), "
        f"coalesce(sum(abs(score)) FILTER (WHERE NOT {IS_COOPERATION}), 0) "
        f"FROM events{clause} GROUP BY period ORDER BY period", [interval, *params])
    names = ("period", "events", "cooperation_events", "conflict_events", "mean_score", "cooperation", "conflict")
    return [dict(zip(names, row, strict=True)) for row in rows]


def place_counts(store: ReadOnlyStore, filters: Filters, *, limit: int, offset: int,
                 ) -> tuple[int, list[dict[str, Any]]]:
    """Places named by events, with coordinates and event counts."""
    clause, params = filters.where()
    base = ("SELECT place, any_value(json_extract_string(record, '$.event_loc.resolved_place')), "
            "place_country, lat, lon, count(*) AS n, "
            f"count(*) FILTER (WHERE {IS_COOPERATION}), count(*) FILTER (WHERE NOT {IS_COOPERATION}) "
            f"FROM events{clause}{' AND' if clause else ' WHERE'} place IS NOT NULL "
            "GROUP BY place, place_country, lat, lon")
    total = int(store.one(f"SELECT count(*) FROM ({base})", params)[0])
    rows = store.rows(f"{base} ORDER BY n DESC, place LIMIT ? OFFSET ?", [*params, limit, offset])
    names = ("place", "resolved_place", "country", "lat", "lon", "events", "cooperation_events", "conflict_events")
    return total, [dict(zip(names, row, strict=True)) for row in rows]


def documents(store: ReadOnlyStore, *, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    total = int(store.one("SELECT count(*) FROM documents")[0])
    rows = store.rows(
        "SELECT d.id, d.title, d.date, d.outlet, d.url, count(e.id) FILTER (WHERE NOT e.negated) FROM documents d "
        "LEFT JOIN events e ON e.doc_id = d.id GROUP BY ALL ORDER BY d.date NULLS LAST, d.id LIMIT ? OFFSET ?",
        [limit, offset])
    names = ("id", "title", "date", "outlet", "url", "events")
    return total, [dict(zip(names, row, strict=True)) for row in rows]


def document(store: ReadOnlyStore, doc_id: str) -> dict[str, Any] | None:
    """A stored document with its sentences, all its records (negated included) and its actor mentions."""
    rows = store.rows("SELECT id, title, date, outlet, url, text FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    names = ("id", "title", "date", "outlet", "url", "text")
    out = dict(zip(names, rows[0], strict=True))
    out["sentences"] = [{"seq": s, "start": a, "end": b} for s, a, b in store.rows(
        "SELECT seq, start_char, end_char FROM sentences WHERE doc_id = ? ORDER BY seq", [doc_id])]
    out["events"] = [json.loads(r[0]) for r in store.rows(
        "SELECT record FROM events WHERE doc_id = ? ORDER BY sentence, trigger_start, id", [doc_id])]
    out["mentions"] = store.rows(
        "SELECT start_char, end_char, text, code, sector, name FROM entities WHERE doc_id = ? AND kind = 'actor' "
        "ORDER BY start_char", [doc_id])
    return out


def event_record(store: ReadOnlyStore, event_id: str) -> dict[str, Any] | None:
    rows = store.rows("SELECT record FROM events WHERE id = ?", [event_id])
    return json.loads(rows[0][0]) if rows else None

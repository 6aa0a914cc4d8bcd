"""Filters, queries and exports over the store; filter values are always bound parameters."""

from __future__ import annotations

import csv
import json
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

import duckdb

from marsad.errors import StoreError
from marsad.output.records import CSV_COLUMNS, flat_row
from marsad.store.filters import Filters
from marsad.store.store import Store

CAMEO_TABLE = Path(__file__).with_name("plover_cameo.tsv")
CAMEO_COLUMNS = ("id", "doc_id", "date", "source_code", "source_sector", "target_code", "target_sector",
                 "cameo_code", "cameo_root", "cameo_quad", "cameo_name", "plover_event", "plover_mode",
                 "country", "lat", "lon", "url")
# CAMEO's quad classes by root code: 01-05 verbal cooperation, 06-08 material cooperation,
# 09-14 verbal conflict, 15-20 material conflict.
_QUAD_BOUNDS = ((5, 1), (8, 2), (14, 3), (20, 4))
TABLE_COLUMNS = ("date", "event", "mode", "actor", "recipient", "place", "country", "id")


class ExportFormat(str, Enum):
    """Formats ``marsad export`` writes."""

    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    CAMEO = "cameo"


def select_events(store: Store, where: Filters, *, limit: int | None = None) -> list[tuple[Any, ...]]:
    """Rows of ``TABLE_COLUMNS`` for a readable table, in date then id order."""
    clause, params = where.where()
    sql = ("SELECT date, event, mode, array_to_string(actor_codes, ' | ') || ' ' || actor_text, "
           "array_to_string(recipient_codes, ' | ') || ' ' || recipient_text, place, place_country, id "
           f"FROM events{clause} ORDER BY event_date NULLS LAST, id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return store.con.execute(sql, params).fetchall()


def select_canonical(store: Store, where: Filters, *, limit: int | None = None,
                     ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Canonical events having at least one per-article record that passes the filter."""
    clause, params = where.where()
    sql = ("SELECT c.id, c.event_date, c.event, c.mode, c.actor_code, c.recipient_code, c.country, c.place, "
           "c.mentions, c.documents, array_to_string(c.outlets, ', ') AS outlets FROM canonical_events c "
           f"WHERE c.id IN (SELECT m.canonical_id FROM event_mentions m JOIN (SELECT id FROM events{clause}) e "
           "ON e.id = m.event_id) ORDER BY c.event_date NULLS LAST, c.id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    cursor = store.con.execute(sql, params)
    return [d[0] for d in cursor.description], cursor.fetchall()


def run_sql(path: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The user's own SQL on their store, opened read-only so a query cannot change it."""
    with Store(path, read_only=True) as store:
        try:
            cursor = store.con.execute(sql)
        except duckdb.Error as exc:
            raise StoreError(f"the query failed: {exc}") from None
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()


@lru_cache(maxsize=1)
def cameo_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(PLOVER type, mode or "") → (CAMEO code, CAMEO name), from ``plover_cameo.tsv``."""
    table: dict[tuple[str, str], tuple[str, str]] = {}
    for line in CAMEO_TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        event, mode, code, name = line.split("\t")
        table[(event, mode)] = (code, name)
    return table


def cameo_code(event: str, mode: str | None) -> tuple[str, str]:
    """The nearest CAMEO code and name of a PLOVER type and mode (the type's default when the mode has none)."""
    table = cameo_table()
    return table.get((event, mode or "")) or table[(event, "")]


def cameo_quad(code: str) -> int:
    """CAMEO quad class (1 verbal cooperation … 4 material conflict) of a CAMEO code."""
    root = int(code[:2])
    return next(quad for bound, quad in _QUAD_BOUNDS if root <= bound)


def cameo_row(record: dict[str, Any], url: str | None) -> dict[str, Any]:
    """One CAMEO-style row of a PLOVER record (first actor and recipient; CAMEO has one of each)."""
    code, name = cameo_code(record["event"], record["mode"])
    source = record["actor"][0] if record["actor"] else {}
    target = record["recipient"][0] if record["recipient"] else {}
    loc = record["event_loc"] or {}
    return {"id": record["id"], "doc_id": record["doc_id"], "date": (record["date"] or "").replace("-", ""),
            "source_code": source.get("code"), "source_sector": source.get("sector"),
            "target_code": target.get("code"), "target_sector": target.get("sector"),
            "cameo_code": code, "cameo_root": code[:2], "cameo_quad": cameo_quad(code), "cameo_name": name,
            "plover_event": record["event"], "plover_mode": record["mode"], "country": loc.get("country_code"),
            "lat": loc.get("lat"), "lon": loc.get("lon"), "url": url}


def export_events(store: Store, where: Filters, export_format: ExportFormat, *, output: Path | None,
                  stream: TextIO | None = None, limit: int | None = None) -> int:
    """Write the selected events; Parquet needs ``output``, the text formats write ``output`` or ``stream``."""
    clause, params = where.where()
    sql = f"SELECT * FROM events{clause} ORDER BY event_date NULLS LAST, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if export_format is ExportFormat.PARQUET:
        if output is None:
            raise StoreError("Parquet export needs a file: add -o events.parquet")
        import pyarrow.parquet as pq

        table: Any = store.con.sql(sql, params=params).to_arrow_table()
        pq.write_table(table, output)
        return int(table.num_rows)
    urls = dict(store.con.execute("SELECT id, url FROM documents WHERE url IS NOT NULL").fetchall()) \
        if export_format is ExportFormat.CAMEO else {}
    cursor = store.con.execute(sql.replace("SELECT *", "SELECT record, doc_id", 1), params)
    target = output.open("w", encoding="utf-8", newline="") if output else stream
    if target is None:
        raise StoreError("nowhere to write: give an output file or a stream")
    count = 0
    try:
        writer: csv.DictWriter[str] | None = None
        if export_format is ExportFormat.CSV:
            writer = csv.DictWriter(target, fieldnames=list(CSV_COLUMNS))
        elif export_format is ExportFormat.CAMEO:
            writer = csv.DictWriter(target, fieldnames=list(CAMEO_COLUMNS), delimiter="\t")
        if writer is not None:
            writer.writeheader()
        while rows := cursor.fetchmany(1000):
            for record_json, doc_id in rows:
                if export_format is ExportFormat.JSONL:
                    target.write(record_json + "\n")
                else:
                    record = json.loads(record_json)
                    assert writer is not None
                    writer.writerow(flat_row(record) if export_format is ExportFormat.CSV
                                    else cameo_row(record, urls.get(doc_id)))
                count += 1
    finally:
        if output:
            target.close()
    return count

"""Open the DuckDB store and write coded documents to it, one transaction per batch."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from marsad.engine.coding import CodedDocument, record_hash
from marsad.errors import StoreError
from marsad.model import Document, Rejection
from marsad.store.schema import NO_LINE, SCHEMA_VERSION, TABLES

DEFAULT_DB = "marsad.duckdb"
# Tables that hold one document's coding; a recode or a changed text replaces them together.
_PER_DOCUMENT = ("sentences", "entities", "events")


def _event_date(record: dict[str, Any]) -> dt.date | None:
    """The first day a record's date covers (``2018-05`` → 2018-05-01), for range filters."""
    value = record["date"]
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _event_row(record: dict[str, Any]) -> dict[str, Any]:
    loc = record["event_loc"] or {}
    return {
        "id": record["id"], "doc_id": record["doc_id"], "content_hash": record_hash(record),
        "event": record["event"], "mode": record["mode"], "context": record["context"],
        "actor_codes": [a["code"] for a in record["actor"]], "actor_sectors": [a["sector"] for a in record["actor"]],
        "actor_text": " | ".join(a["entity_text"] for a in record["actor"]),
        "recipient_codes": [a["code"] for a in record["recipient"]],
        "recipient_sectors": [a["sector"] for a in record["recipient"]],
        "recipient_text": " | ".join(a["entity_text"] for a in record["recipient"]),
        "place": loc.get("extracted_place"), "place_country": loc.get("country_code"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "geonameid": loc.get("geonameid"),
        "place_resolution": loc.get("resolution"),
        "date": record["date"], "date_precision": record["date_precision"], "event_date": _event_date(record),
        "negated": record["negated"], "quad_code": record["quad_code"], "score": float(record["score"]),
        "confidence": float(record["confidence"]), "rule": record["coder"]["rule"],
        "coder_version": record["coder"]["version"], "lexicon_version": record["coder"].get("lexicon"),
        "sentence": record["text_info"]["sequence"], "trigger_start": record["trigger"]["start"],
        "trigger_end": record["trigger"]["end"], "record": json.dumps(record, ensure_ascii=False),
    }


def _document_row(coded: CodedDocument) -> dict[str, Any]:
    doc = coded.doc
    versions = coded.records[0]["coder"] if coded.records else {}
    return {"id": doc.id, "text_hash": coded.text_hash, "text": doc.text, "title": doc.title, "url": doc.url,
            "outlet": doc.outlet, "lang": doc.lang, "date": doc.date, "source": doc.meta.get("source"),
            "line": doc.meta.get("line"), "coder_version": versions.get("version"),
            "lexicon_version": versions.get("lexicon")}


class Store:
    """A DuckDB file holding coded documents; use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}; create one with: marsad ingest INPUT --db {self.path}")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path} ({exc}); is another marsad process writing it?") from None
        if not read_only:
            # one transaction: a run killed while it creates the store leaves every table or none
            self.con.execute("BEGIN TRANSACTION")
            for ddl in TABLES:
                self.con.execute(ddl)
            self.con.execute("INSERT OR REPLACE INTO store_info VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            self.con.execute("COMMIT")
        elif not self.con.execute("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_name = 'store_info'").fetchone()[0]:  # type: ignore[index]
            self.con.close()
            raise StoreError(f"{self.path} holds no marsad tables (was the run that created it killed at once?); "
                             f"create it with: marsad ingest INPUT --db {self.path}")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def stored_hashes(self) -> dict[str, str]:
        """Document id → text hash of every stored document (what a resumed run skips)."""
        return dict(self.con.execute("SELECT id, text_hash FROM documents").fetchall())

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = ("documents", "sentences", "entities", "events", "rejections", "canonical_events", "event_mentions")
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}  # type: ignore[index]

    def insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        arrow = pa.Table.from_pylist(rows)
        self.con.register("_incoming", arrow)
        try:
            names = ", ".join(columns)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def write_batch(self, coded: Sequence[CodedDocument], rejections: Sequence[Rejection] = ()) -> None:
        """Store coded documents (replacing earlier codings of the same ids) and rejections, atomically."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            ids = [c.doc.id for c in coded]
            if ids:
                self.con.execute("CREATE OR REPLACE TEMP TABLE _batch_ids AS SELECT unnest(?::VARCHAR[]) AS id", [ids])
                for table in _PER_DOCUMENT:
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT id FROM _batch_ids)")
                self.con.execute("DELETE FROM documents WHERE id IN (SELECT id FROM _batch_ids)")
            self.insert_rows("documents", [_document_row(c) for c in coded])
            self.insert_rows("sentences", [{"doc_id": c.doc.id, "seq": i, "start_char": s, "end_char": e}
                                       for c in coded for i, (s, e) in enumerate(c.sentences)])
            self.insert_rows("entities", [
                {"doc_id": c.doc.id, "kind": k, "start_char": s, "end_char": e, "text": t, "entry_id": entry,
                 "code": code, "sector": sector, "name": name}
                for c in coded for (k, s, e, t, entry, code, sector, name) in c.entities])
            self.insert_rows("events", [_event_row(r) for c in coded for r in c.records])
            if rejections:
                self.con.executemany(
                    "INSERT OR REPLACE INTO rejections (source, line, reason, detail) VALUES (?, ?, ?, ?)",
                    [(r.source, r.line if r.line is not None else NO_LINE, r.reason, r.detail) for r in rejections])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def documents_by_id(self, ids: Sequence[str]) -> list[Document]:
        """Stored documents (text as stored: no re-reading of sources), in the order of ``ids``."""
        rows = self.con.execute(
            "SELECT id, text, date, title, url, outlet, lang, source, line FROM documents "
            "WHERE list_contains(?::VARCHAR[], id)", [list(ids)]).fetchall()
        by_id = {row[0]: row for row in rows}
        docs = []
        for doc_id in ids:
            if doc_id in by_id:
                _, text, date, title, url, outlet, lang, source, line = by_id[doc_id]
                docs.append(Document(id=doc_id, text=text, date=date, title=title, url=url, outlet=outlet,
                                     lang=lang, meta={"source": source, "line": line}))
        return docs

    def event_hashes(self) -> dict[str, str]:
        """Event id → content hash."""
        return dict(self.con.execute("SELECT id, content_hash FROM events").fetchall())


def rebuild_canonical(store: Store) -> int:
    """Recompute canonical events and their mentions from every stored, non-negated event; returns their count."""
    from marsad.store.canonical import canonical_row, cluster_events, facts_from_rows, mention_rows

    rows = store.con.execute(
        "SELECT e.id, e.doc_id, d.outlet, e.event, e.mode, e.actor_codes, e.recipient_codes, e.place_country, "
        "e.date, e.date_precision, e.lat, e.lon, e.place_resolution, e.place "
        "FROM events e JOIN documents d ON d.id = e.doc_id WHERE NOT e.negated").fetchall()
    clusters = cluster_events(facts_from_rows(rows))
    store.con.execute("BEGIN TRANSACTION")
    try:
        store.con.execute("DELETE FROM event_mentions")
        store.con.execute("DELETE FROM canonical_events")
        store.insert_rows("canonical_events", [canonical_row(c) for c in clusters])
        store.insert_rows("event_mentions", [m for c in clusters for m in mention_rows(c)])
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    return len(clusters)

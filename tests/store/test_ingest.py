"""Ingest: idempotent, skips what is stored, replaces changed documents, records rejections; recode."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from marsad.errors import StoreError
from marsad.store.ingest import ingest, recode
from marsad.store.store import Store

from .articles import ARTICLES, write_jsonl
from .conftest import ONE_PROCESS, SPEC


def test_ingest_stores_documents_sentences_entities_and_events(filled_db: Path) -> None:
    with Store(filled_db, read_only=True) as store:
        counts = store.counts()
        assert counts["documents"] == len(ARTICLES)
        assert counts["sentences"] >= len(ARTICLES)
        assert counts["entities"] > 0 and counts["events"] > 0
        text, = store.con.execute("SELECT text FROM documents WHERE id = 'wire-1'").fetchone() or ("",)
        # every stored mention points at its words in the stored text
        for start, end, words in store.con.execute(
                "SELECT start_char, end_char, text FROM entities WHERE doc_id = 'wire-1'").fetchall():
            assert text[start:end] == words
        record = json.loads(store.con.execute("SELECT record FROM events LIMIT 1").fetchone()[0])  # type: ignore[index]
        assert {"id", "doc_id", "event", "actor", "recipient", "coder"} <= set(record)


def test_rejections_are_recorded_with_source_line_and_reason(filled_db: Path) -> None:
    with Store(filled_db, read_only=True) as store:
        rows = store.con.execute("SELECT line, reason FROM rejections ORDER BY line").fetchall()
    assert rows == [(len(ARTICLES) + 1, "invalid-json"), (len(ARTICLES) + 2, "missing-text")]


def test_ingesting_twice_stores_nothing_twice(filled_db: Path, articles_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copy(filled_db, db)
    with Store(db) as store:
        before = store.counts()
        summary = ingest([str(articles_file)], store=store, spec=SPEC, options=ONE_PROCESS)
        assert (summary.coded, summary.stored) == (0, len(ARTICLES))
        assert store.counts() == before


def test_a_changed_text_replaces_its_coding(filled_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copy(filled_db, db)
    changed = dict(ARTICLES[2], text="زار وزير الخارجية الروسي سيرغي لافروف العاصمة التركية أنقرة أمس.")
    source = write_jsonl(tmp_path / "changed.jsonl", [changed])
    with Store(db) as store:
        summary = ingest([str(source)], store=store, spec=SPEC, options=ONE_PROCESS)
        assert summary.coded == 1
        assert store.counts()["documents"] == len(ARTICLES)
        text = store.con.execute("SELECT text FROM documents WHERE id = ?", [changed["id"]]).fetchone()
        assert text == (changed["text"],)
        events = store.con.execute("SELECT event FROM events WHERE doc_id = ?", [changed["id"]]).fetchall()
        assert ("ASSAULT",) not in events


def test_recode_replaces_events_and_reports_changes(filled_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copy(filled_db, db)
    with Store(db) as store:
        before = store.counts()
        result = recode(store=store, spec=SPEC, options=ONE_PROCESS)
        assert result.run.coded == len(ARTICLES)
        assert (result.unchanged, result.changed, result.added, result.removed) == (before["events"], 0, 0, 0)
        assert store.counts() == before


def test_a_database_without_the_store_tables_is_refused_when_read(tmp_path: Path) -> None:
    # what a run killed between creating the file and committing its tables leaves behind
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreError, match="holds no marsad tables"):
        Store(empty, read_only=True)
    with Store(empty) as store:  # the next ingest creates the tables
        assert store.counts()["documents"] == 0

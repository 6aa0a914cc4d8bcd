"""A real ``marsad ingest`` killed with SIGKILL mid-run loses nothing committed; the next run finishes the job."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from marsad.store.store import Store

from .articles import many_articles, write_jsonl

ARTICLES = 400
COMMIT_EVERY = 20
# The store's write-ahead log grows past this once a batch of documents has been committed.
COMMITTED_WAL_BYTES = 50_000


def _ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "marsad.cli.main", "ingest", str(source), "--db", str(db), "--workers", "1",
               "--commit-every", str(COMMIT_EVERY), "--keep-duplicates", "-q"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _counts(db: Path) -> tuple[int, int, int]:
    with Store(db, read_only=True) as store:
        docs, distinct, events = store.con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT id) FROM documents), "
            "(SELECT count(*) FROM events)").fetchone() or (0, 0, 0)
    return docs, distinct, events


def test_a_killed_ingest_resumes_to_the_same_store(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "many.jsonl", many_articles(ARTICLES))
    reference = tmp_path / "reference.duckdb"
    assert _ingest(source, reference).wait(timeout=120) == 0
    expected = _counts(reference)
    assert expected[0] == ARTICLES and expected[2] > 0

    db = tmp_path / "killed.duckdb"
    wal = Path(str(db) + ".wal")
    process = _ingest(source, db)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > COMMITTED_WAL_BYTES:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    docs, distinct, _ = _counts(db)
    assert 0 < docs < ARTICLES and docs == distinct  # some batches committed, none torn
    assert docs % COMMIT_EVERY == 0

    resumed = _ingest(source, db)
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr.decode()
    assert f"already stored {docs}" in stderr.decode().replace("\n", " ")
    assert _counts(db) == expected


def _stored(db: Path) -> tuple[int, dict[str, list[str]]]:
    """Document rows, and each stored document's sorted event content hashes."""
    if not db.exists():
        return 0, {}
    with duckdb.connect(str(db), read_only=True) as con:
        if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'"
                           ).fetchone()[0]:  # type: ignore[index]
            return 0, {}  # killed before the store's tables were committed: nothing stored
    with Store(db, read_only=True) as store:
        rows = (store.con.execute("SELECT count(*) FROM documents").fetchone() or (0,))[0]
        by_doc: dict[str, list[str]] = {d: [] for (d,) in store.con.execute("SELECT id FROM documents").fetchall()}
        for doc_id, digest in store.con.execute("SELECT doc_id, content_hash FROM events").fetchall():
            by_doc[doc_id].append(digest)
    return int(rows), {doc_id: sorted(hashes) for doc_id, hashes in by_doc.items()}


KILL_CYCLES = 5
KILL_ARTICLES = 300
KILL_COMMIT_EVERY = 7


def test_repeated_kills_at_random_points_never_lose_or_double_a_document(tmp_path: Path) -> None:
    # Duplicate detection stays on here: a resumed run must make the same duplicate decisions.
    source = write_jsonl(tmp_path / "slice.jsonl", many_articles(KILL_ARTICLES))

    def ingest(db: Path) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "marsad.cli.main", "ingest", str(source), "--db", str(db), "--workers",
                   "1", "--commit-every", str(KILL_COMMIT_EVERY), "-q"]
        return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    started = time.monotonic()
    assert ingest(tmp_path / "reference.duckdb").wait(timeout=120) == 0
    reference_seconds = time.monotonic() - started
    expected_rows, expected = _stored(tmp_path / "reference.duckdb")
    assert expected_rows == len(expected) > 0

    rng = random.Random(8)
    db = tmp_path / "killed.duckdb"
    killed = 0
    for _ in range(KILL_CYCLES):
        process = ingest(db)
        time.sleep(rng.uniform(0.1, 0.9) * reference_seconds)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed += 1
        process.wait(timeout=30)
        rows, stored = _stored(db)
        assert rows == len(stored)  # no document twice
        assert all(expected.get(doc_id) == events for doc_id, events in stored.items())  # none torn
    assert killed >= 1
    assert ingest(db).wait(timeout=120) == 0
    assert _stored(db) == (expected_rows, expected)

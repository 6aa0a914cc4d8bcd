"""A real ``marsad ingest`` killed with SIGKILL mid-run loses nothing committed; the next run finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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

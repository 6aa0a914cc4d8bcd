"""Kill ``marsad ingest`` with SIGKILL at random points, again and again, and check the store each time.

    python scripts/kill_resume.py --articles 600 --cycles 20 --seed 8

Codes the first ``--articles`` documents of the corpus (default: the ANT 2018 political
articles in ../shared/eval/corpus) once without interruption, as the reference. Then, cycle
after cycle, starts ``marsad ingest`` on a second store, kills it with SIGKILL after a random
share of the reference run's time, and checks that the store holds whole documents only:
every document at most once, each with exactly the events the reference gave it. A run that
finishes before its kill must leave the store equal to the reference (the same documents,
each stored once, the same events); the next cycles then start on an empty store. The last
store is run to completion and compared the same way.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from marsad.store.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus" / "ant_2018_political.jsonl"


def ingest_command(source: Path, db: Path, commit_every: int, workers: int) -> list[str]:
    return [sys.executable, "-m", "marsad.cli.main", "ingest", str(source), "--db", str(db),
            "--workers", str(workers), "--commit-every", str(commit_every), "-q"]


def snapshot(db: Path) -> tuple[int, dict[str, list[str]]]:
    """Document rows, and each stored document's sorted event content hashes."""
    if not db.exists():
        return 0, {}
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT count(*) FROM documents").fetchone()
        by_doc: dict[str, list[str]] = {doc_id: [] for (doc_id,) in
                                        store.con.execute("SELECT id FROM documents").fetchall()}
        for doc_id, digest in store.con.execute("SELECT doc_id, content_hash FROM events").fetchall():
            by_doc.setdefault(doc_id, []).append(digest)
    return int(rows[0]) if rows else 0, {k: sorted(v) for k, v in by_doc.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--commit-every", type=int, default=25)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"no corpus at {args.source}; give one with --source", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "slice.jsonl"
        with args.source.open("rb") as full, source.open("wb") as out:
            out.writelines(itertools.islice(full, args.articles))
        command = ingest_command(source, Path(tmp) / "reference.duckdb", args.commit_every, args.workers)
        started = time.monotonic()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        reference_seconds = time.monotonic() - started
        expected_rows, expected = snapshot(Path(tmp) / "reference.duckdb")
        expected_events = sum(len(v) for v in expected.values())
        print(f"reference: {expected_rows} documents, {expected_events} events in {reference_seconds:.1f} s")
        failures = killed = rounds = 0
        db = Path(tmp) / "round-1.duckdb"
        for cycle in range(1, args.cycles + 1):
            delay = rng.uniform(0.05, 1.0) * reference_seconds
            process = subprocess.Popen(ingest_command(source, db, args.commit_every, args.workers),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                killed += 1
            process.wait()
            rows, stored = snapshot(db)
            problems = []
            if rows != len(stored):
                problems.append(f"{rows} document rows for {len(stored)} ids")
            unknown = set(stored) - set(expected)
            if unknown:
                problems.append(f"{len(unknown)} documents the reference does not have")
            torn = [d for d in stored if d in expected and stored[d] != expected[d]]
            if torn:
                problems.append(f"{len(torn)} documents whose events differ from the reference (e.g. {torn[0]})")
            finished = process.returncode == 0
            if finished and (rows != expected_rows or stored != expected):
                problems.append("the run finished but the store differs from the reference")
            failures += bool(problems)
            print(f"cycle {cycle} (store {rounds + 1}): {'finished' if finished else 'killed'} after {delay:.1f} s; "
                  f"documents {rows}/{expected_rows}, events {sum(len(v) for v in stored.values())}/{expected_events}"
                  + (f"; PROBLEMS: {'; '.join(problems)}" if problems else ""))
            if finished:  # this store is whole: start the next cycles on an empty one
                rounds += 1
                db = Path(tmp) / f"round-{rounds + 1}.duckdb"
        subprocess.run(ingest_command(source, db, args.commit_every, args.workers), check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows, stored = snapshot(db)
        same = rows == expected_rows and stored == expected
        failures += not same
        print(f"final run on store {rounds + 1}: documents {rows} (each once: {rows == len(stored)}), events "
              f"{sum(len(v) for v in stored.values())}; equal to the reference: {same}")
        print(f"cycles {args.cycles}, killed mid-run {killed}, stores completed through kills {rounds + 1}, "
              f"failures {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: how cost grows with the corpus, cross-article deduplication, and Dask workers.

Codes the first 1k, 2k, 4k and 7k corpus articles on one core (read, clean, dedupe, code),
times canonical-event deduplication over the events of each run, then codes one sample on a
Dask LocalCluster with one worker and with two, the workers writing the Parquet partitions
(cluster start and lexicon loading are timed apart from the coding).

    python bench/bench_scale.py [--corpus …] [--sizes 1000,2000,4000,7000] [--dask-size 2000]
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

from marsad.config import Config
from marsad.engine.coding import CodedDocument, PipelineSpec, preload, worker_pipeline
from marsad.engine.runner import Engine, RunnerOptions, code_stream, code_to_parquet
from marsad.ingest.dedupe import Deduplicator
from marsad.ingest.readers import read_documents
from marsad.run import RunSummary, accepted_documents
from marsad.store.canonical import EventFacts, cluster_events, facts_from_rows

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus" / "ant_2018_political.jsonl"


def _sample(corpus: Path, size: int, folder: Path) -> Path:
    path = folder / f"sample-{size}.jsonl"
    with corpus.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as target:
        target.writelines(itertools.islice(source, size))
    return path


def _code(path: Path, options: RunnerOptions) -> tuple[float, int, list[CodedDocument]]:
    spec = PipelineSpec(Config())
    summary = RunSummary()
    items = read_documents([str(path)])
    docs = accepted_documents(items, summary, config=spec.config, deduplicator=Deduplicator())
    started = time.perf_counter()
    coded = [r for r in code_stream(docs, spec, options) if isinstance(r, CodedDocument)]
    return time.perf_counter() - started, summary.read, coded


def _facts(coded: list[CodedDocument]) -> list[EventFacts]:
    rows = []
    for c in coded:
        for r in c.records:
            if r["negated"]:
                continue
            loc = r["event_loc"] or {}
            rows.append((r["id"], r["doc_id"], c.doc.outlet, r["event"], r["mode"], [a["code"] for a in r["actor"]],
                         [a["code"] for a in r["recipient"]], loc.get("country_code"), r["date"], r["date_precision"],
                         loc.get("lat"), loc.get("lon"), loc.get("resolution"), loc.get("extracted_place")))
    return facts_from_rows(rows)


def _dask_run(sample: Path, workers: int, directory: Path) -> tuple[float, float, int, int]:
    """(cluster start seconds, coding seconds, articles read, events written) with ``workers`` Dask workers.

    The workers write the Parquet partitions; the client reads, sets duplicates aside and
    gets back counts only.
    """
    import distributed

    spec = PipelineSpec(Config())
    started = time.perf_counter()
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            client.run(preload, spec)  # lexicons load once per worker, before the clock starts
        start = time.perf_counter() - started
        started = time.perf_counter()
        summary = RunSummary()
        docs = accepted_documents(read_documents([str(sample)]), summary, config=spec.config,
                                  deduplicator=Deduplicator())
        options = RunnerOptions(engine=Engine.DASK, scheduler=cluster.scheduler_address)
        written = sum(r.written for r in code_to_parquet(docs, spec, options, directory))
        return start, time.perf_counter() - started, summary.read, written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="1000,2000,4000,7000")
    parser.add_argument("--dask-size", type=int, default=2000)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    worker_pipeline(PipelineSpec(Config()))  # lexicons load once, outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        print("articles  seconds  docs/s  events  dedupe-s  canonical")
        for size in (int(s) for s in args.sizes.split(",")):
            seconds, read, coded = _code(_sample(args.corpus, size, Path(tmp)), RunnerOptions(workers=1))
            facts = _facts(coded)
            started = time.perf_counter()
            clusters = cluster_events(facts)
            dedupe = time.perf_counter() - started
            print(f"{read:8d} {seconds:8.1f} {read / seconds:7.1f} {len(facts):7d} {dedupe:9.3f} {len(clusters):10d}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (this process, one core): {peak:.0f} MB")
        sample = _sample(args.corpus, args.dask_size, Path(tmp))
        coding: dict[int, float] = {}
        total: dict[int, float] = {}
        for workers in (1, 2):
            start, seconds, read, written = _dask_run(sample, workers, Path(tmp) / f"parquet-{workers}")
            coding[workers], total[workers] = seconds, start + seconds
            print(f"dask LocalCluster, {workers} worker(s): cluster start and lexicons {start:.1f} s; "
                  f"{read} articles coded and {written} events written by the workers in {seconds:.1f} s "
                  f"({read / seconds:.1f} docs/s)")
        print(f"dask speedup, 2 workers over 1: {coding[1] / coding[2]:.2f}x coding, "
              f"{total[1] / total[2]:.2f}x with the cluster start")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: the full pipeline (read, clean, dedupe, code, records) on the first N corpus articles.

Prints documents per second on one core, time per stage, and peak memory (RSS).

    python bench/bench_pipeline.py [--corpus ../shared/eval/corpus/ant_2018_political.jsonl] [--limit 2000]
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from marsad.config import Config
from marsad.engine.coding import PipelineSpec, worker_pipeline
from marsad.native import COMPILED, compiled_modules
from marsad.pipeline import Pipeline
from marsad.run import run

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus" / "ant_2018_political.jsonl"


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with args.corpus.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as target:
            target.writelines(itertools.islice(source, args.limit))
        started = time.perf_counter()
        config = Config()
        pipeline = worker_pipeline(PipelineSpec(config))  # as marsad code and the workers build it
        load_seconds = time.perf_counter() - started
        stage_seconds: dict[str, float] = defaultdict(float)  # wall seconds, then CPU seconds
        stage_cpu: dict[str, float] = defaultdict(float)
        started = time.perf_counter()
        cpu_started = time.process_time()
        summary, coded = run([str(sample)], pipeline=_Timed(pipeline, stage_seconds, stage_cpu), config=config)
        events = sum(len(records) for _doc, records in coded)
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
    print(f"documents: {summary.read} read, {summary.coded} coded, {sum(summary.duplicates.values())} duplicates, "
          f"{len(summary.rejected) + len(summary.failed)} rejected; events {events}")
    for rejection in (summary.rejected + summary.failed)[:3]:
        print(f"  set aside: {rejection.describe()}")
    print(f"lexicon load: {load_seconds:.2f} s")
    print(f"throughput: {summary.read / seconds:.1f} documents/s on one core ({seconds:.1f} s)")
    # CPU time is the robust figure on a shared machine: wall time counts other processes' turns too.
    print(f"cpu: {cpu_seconds:.1f} s, {1000 * cpu_seconds / max(summary.read, 1):.2f} ms/document "
          f"({summary.read / max(cpu_seconds, 1e-9):.1f} documents per CPU second)")
    coded_count = max(summary.coded, 1)
    for name, spent in stage_seconds.items():
        print(f"  stage {name:10} {spent:7.2f} s  {1000 * spent / coded_count:6.2f} ms/doc  "
              f"(cpu {1000 * stage_cpu[name] / coded_count:5.2f} ms/doc)")
    print(f"peak memory: {peak_rss_mb():.0f} MB")
    compiled = compiled_modules()
    print(f"compiled modules: {len(compiled)} of {len(COMPILED)}" + ("" if compiled else " (pure Python)"))
    return 0


class _Timed(Pipeline):
    """The same stages, timed one by one."""

    def __init__(self, inner: Pipeline, seconds: dict[str, float], cpu: dict[str, float]) -> None:
        super().__init__(inner.stages)
        self._seconds = seconds
        self._cpu = cpu

    def __call__(self, doc, *, deadline=None):  # type: ignore[no-untyped-def]
        for stage in self.stages:
            t0, c0 = time.perf_counter(), time.process_time()
            doc = stage(doc)
            self._seconds[stage.name] += time.perf_counter() - t0
            self._cpu[stage.name] += time.process_time() - c0
        return doc


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark script keeps working (its figures are measured by running it, never in tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_pipeline_runs_on_the_example_articles() -> None:
    corpus = ROOT / "src" / "marsad" / "data" / "examples" / "articles.jsonl"
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_pipeline.py"), "--corpus", str(corpus),
                             "--limit", "5"], capture_output=True, text=True, check=True, timeout=120)
    assert "documents: 5 read, 5 coded" in result.stdout
    assert "documents/s on one core" in result.stdout
    assert "peak memory" in result.stdout

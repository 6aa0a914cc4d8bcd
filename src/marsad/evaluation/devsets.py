"""Code ../shared/eval development sets and score them with its score.py (read at run time, never copied)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.api import as_document
from marsad.output.records import event_record
from marsad.pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class EvalPaths:
    """Where the shared evaluation material lives."""

    root: Path  # ../shared/eval

    @property
    def scorer(self) -> Path:
        return self.root / "score.py"

    @property
    def gsr_sentences(self) -> Path:
        return self.root / "gsr" / "dev_sentences.jsonl"

    @property
    def gsr_labels(self) -> Path:
        return self.root / "gsr" / "dev_labels.jsonl"

    @property
    def gsr_spans(self) -> Path:
        return self.root / "gsr" / "dev_spans.jsonl"

    @property
    def docs_articles(self) -> Path:
        return self.root / "docs" / "dev_articles.jsonl"

    @property
    def docs_gold(self) -> Path:
        return self.root / "docs" / "dev_gold.jsonl"


def code_file(source: Path, target: Path, pipeline: Pipeline) -> int:
    """Code a document JSONL file into an event JSONL file; returns the number of events."""
    count = 0
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            if not line.strip():
                continue
            doc = pipeline(as_document(json.loads(line)))
            for event in doc.events:
                out.write(json.dumps(event_record(event, doc), ensure_ascii=False) + "\n")
                count += 1
    return count


def score(paths: EvalPaths, task: str, prediction: Path) -> dict[str, Any]:
    """Run the shared scorer; returns its closing JSON summary."""
    if task == "gsr":
        args = ["gsr", "--labels", str(paths.gsr_labels), "--spans", str(paths.gsr_spans)]
    else:
        args = ["docs", "--gold", str(paths.docs_gold), "--docs", str(paths.docs_articles)]
    result = subprocess.run([sys.executable, str(paths.scorer), *args, "--pred", str(prediction)],
                            capture_output=True, text=True, check=True)
    summary: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    summary["report"] = result.stdout
    return summary


def evaluate(paths: EvalPaths, workdir: Path, pipeline: Pipeline | None = None) -> dict[str, dict[str, Any]]:
    """Code and score both development sets."""
    runner = pipeline or Pipeline.default()
    workdir.mkdir(parents=True, exist_ok=True)
    gsr_pred, docs_pred = workdir / "gsr_pred.jsonl", workdir / "docs_pred.jsonl"
    code_file(paths.gsr_sentences, gsr_pred, runner)
    code_file(paths.docs_articles, docs_pred, runner)
    return {"gsr": score(paths, "gsr", gsr_pred), "docs": score(paths, "docs", docs_pred)}

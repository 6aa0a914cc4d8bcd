"""Quality gate: code the ../shared development sets, score them, and hold the recorded floors.

Floors live in tests/eval_floors.json. Raise them as quality improves; lowering one needs a
stated reason in that file's "why" entry. Skips when ../shared is absent.

Besides the shared scorer's figures, the "guide" task holds marsad's agreement with the guide
labels of the GSR ASSAULT sentences (scripts/guide_ceiling.py): the GSR labels themselves depart
from the coding guide, so a change that follows the guide more closely can lower the GSR figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.scripts import load_script

from marsad.evaluation.devsets import EvalPaths, evaluate

FLOORS = Path(__file__).with_name("eval_floors.json")


def _lookup(summary: dict[str, Any], dotted: str) -> float:
    node: Any = summary
    for part in dotted.split("."):
        node = node[part]
    return float(node)


@pytest.fixture(scope="module")
def results(shared_eval: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    workdir = tmp_path_factory.mktemp("eval")
    summaries = evaluate(EvalPaths(shared_eval), workdir)
    guide = load_script("guide_ceiling")
    if guide is not None:  # the sdist leaves scripts/ out
        agreement = guide.agreement_with_guide(shared_eval.parent, workdir / "gsr_pred.jsonl")
        summaries["guide"] = {"ASSAULT": {"precision": agreement.precision, "recall": agreement.recall,
                                          "f1": agreement.f1}}
    return summaries


def _floor_items() -> list[tuple[str, str, float]]:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    return [(task, metric, value) for task, metrics in floors.items() for metric, value in metrics.items()]


@pytest.mark.eval
@pytest.mark.parametrize(("task", "metric", "floor"), _floor_items(), ids=lambda v: str(v))
def test_quality_floor(results: dict[str, dict[str, Any]], task: str, metric: str, floor: float) -> None:
    if task not in results:
        pytest.skip(f"no {task} figures in this source tree")
    value = _lookup(results[task], metric)
    if metric.endswith("hard_negative_fp_rate"):
        assert value <= floor, f"{task} {metric} = {value} rose above the ceiling {floor}"
    else:
        assert value >= floor, f"{task} {metric} = {value} fell below the floor {floor}"

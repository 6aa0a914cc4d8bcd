"""The guide labels of GSR ASSAULT sentences and the ceiling script that reads them (scripts/guide_ceiling.py)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from tests.scripts import load_script

REASONS = {"event", "no-violence", "not-happened", "generic", "old", "no-actor"}


@pytest.fixture(scope="module")
def ceiling() -> ModuleType:
    module = load_script("guide_ceiling")
    if module is None:
        pytest.skip("scripts/ is not in this source tree (the sdist leaves it out)")
    return module


def test_every_labelled_sentence_has_both_readings_and_a_reason_that_fits_the_decision(ceiling: ModuleType) -> None:
    by_id, sampled = ceiling.guide_labels(ceiling.LABELS)
    assert len(by_id) > 500 and sampled <= set(by_id)
    for sentence, labels in by_id.items():
        assert set(labels) == {"A", "B"}, sentence
        for label in labels.values():
            assert label.reason in REASONS and label.codable == (label.reason == "event"), sentence


def test_the_labels_name_only_gsr_assault_sentences(ceiling: ModuleType, shared_eval: Path) -> None:
    by_id, _ = ceiling.guide_labels(ceiling.LABELS)
    gsr = ceiling.gsr_assault_labels(shared_eval.parent)
    assert set(by_id) <= set(gsr)
    # every yes and difficult-no sentence is labelled: the ceiling's recall and hard negatives are complete
    assert {s for s, label in gsr.items() if label in ("yes", "difficult no")} <= set(by_id)


def test_a_sampled_easy_no_sentence_stands_for_its_share_of_the_unlabelled_ones(ceiling: ModuleType) -> None:
    gsr = {"y1": "yes", "y2": "yes", "d1": "difficult no", "e1": "easy no", "e2": "easy no", "e3": "easy no",
           "e4": "easy no"}
    labelled, sampled = {"y1", "y2", "d1", "e1"}, {"e1"}
    weight = ceiling.weights(gsr, labelled, sampled, scale=True)
    assert weight == {"y1": 1.0, "y2": 1.0, "d1": 1.0, "e1": 4.0}
    codes = {"y1": True, "y2": False, "d1": True, "e1": True}
    score = ceiling.oracle_score(gsr, weight, codes.__getitem__)
    assert (score.tp, score.fp, score.fn) == (1.0, 5.0, 1.0)
    unscaled = ceiling.oracle_score(gsr, ceiling.weights(gsr, labelled, sampled, scale=False), codes.__getitem__)
    assert (unscaled.tp, unscaled.fp, unscaled.fn) == (1.0, 1.0, 1.0)

"""The pipeline checks, when it is built, that every stage gets what it requires."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from marsad.api import default_pipeline
from marsad.errors import PipelineError
from marsad.model import Document
from marsad.pipeline import ActorStage, ArabicStage, EventStage, Pipeline, PlaceTimeStage


@dataclass
class FakeStage:
    """A stage that only declares; it is never run."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document) -> Document:
        raise AssertionError("a stage of a rejected pipeline must not run")


def test_default_pipeline_stage_names_are_pinned() -> None:
    assert [stage.name for stage in default_pipeline().stages] == ["arabic", "actors", "events", "placetime"]
    assert [type(s) for s in default_pipeline().stages] == [ArabicStage, ActorStage, EventStage, PlaceTimeStage]


def test_default_pipeline_provides_everything() -> None:
    assert default_pipeline().provided == frozenset(
        {"text", "sentences", "tokens", "actors", "events", "places", "dates"})


@pytest.mark.parametrize("order", [(1, 0, 2, 3), (0, 2, 1, 3), (0, 1, 3, 2), (3,), (2, 3)])
def test_shipped_stages_out_of_order_are_refused(order: tuple[int, ...]) -> None:
    stages = default_pipeline().stages
    with pytest.raises(PipelineError) as caught:
        Pipeline([stages[i] for i in order])
    assert caught.value.code == "pipeline-error"
    assert str(caught.value).startswith("[pipeline-error] stage ")


def test_the_error_names_the_stage_and_what_is_missing() -> None:
    stages = [FakeStage("read", frozenset({"text"}), frozenset({"sentences"})),
              FakeStage("vote", frozenset({"sentences", "ballots"}), frozenset({"results"}))]
    with pytest.raises(PipelineError, match=r"stage 'vote' needs \['ballots'\]"):
        Pipeline(stages)


def test_a_stage_needing_only_text_may_come_first() -> None:
    pipeline = Pipeline([FakeStage("count", frozenset({"text"}), frozenset({"counts"})),
                         FakeStage("sum", frozenset({"counts"}), frozenset())])
    assert pipeline.provided == frozenset({"text", "counts"})


def test_an_empty_pipeline_provides_text_and_returns_the_document() -> None:
    pipeline = Pipeline([])
    doc = Document("d", "نص")
    assert pipeline(doc) is doc
    assert pipeline.provided == frozenset({"text"})

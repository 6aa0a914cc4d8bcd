"""The reason the explanation gives for a candidate that made no record (our own sentences)."""

from __future__ import annotations

import pytest

from marsad.api import as_document
from marsad.explain import explain_document
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def _decisions(pipeline: Pipeline, text: str, date: str = "2018-05-12") -> dict[str, str]:
    sentences = explain_document(as_document({"text": text, "date": date}), pipeline)
    return {c["trigger"]: c["decision"] for s in sentences for c in s.candidates}


def test_each_dropped_candidate_names_its_own_reason(pipeline: Pipeline) -> None:
    decisions = _decisions(pipeline, "وأرسلت تركيا مساعدات إنسانية.")
    assert next(iter(decisions.values())) == "dropped: no recipient, which its type needs"
    repeat = _decisions(pipeline, "وأعلن تنظيم القاعدة مسؤوليته عن تفجير في بغداد أمس، وقال إن التفجير استهدف الشرطة.")
    assert repeat["تفجير"].startswith("dropped: a repeat of the ASSAULT coded at «استهدف»"), repeat
    assert repeat["التفجير"].startswith("dropped: a verbal noun alone"), repeat
    old = _decisions(pipeline, "وقدمت الولايات المتحدة مساعدات عسكرية للبنان في آذار 2016.")
    assert any(d.startswith("dropped: background") for d in old.values()), old

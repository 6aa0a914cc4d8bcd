"""PLOVER scores and quad classes, and the flat row behind CSV output and DataFrames."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from marsad.datafiles import data_path
from marsad.model import Actor, DatePrecision, Document, Event, EventDate, Place, Provenance, Sentence, Span
from marsad.output.records import CSV_COLUMNS, event_record, flat_row, plover_score, quad_code

PLOVER = json.loads(data_path("plover.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("event", "mode", "score"), [
    ("ASSAULT", "aerial", -9.5),
    ("ASSAULT", None, -9),
    ("ASSAULT", "unconventional", -10),
    ("CONSULT", "visit", 4),
    ("CONSULT", "phone", 1.5),
    ("CONSULT", None, 2.5),
    ("ACCUSE", "allege", -3.5),
    ("ACCUSE", None, -2),
    ("RETREAT", "disarm", 10),
    ("REQUEST", "change", -1),
    ("AID", "military", 10),  # no AID:military score: the type's own
    ("PROTEST", "no-such-mode", -5),  # an unknown mode falls back to the type
])
def test_plover_score(event: str, mode: str | None, score: float) -> None:
    assert plover_score(event, mode) == score


def test_every_scored_mode_matches_plover_json() -> None:
    for key, score in PLOVER["scores"].items():
        event, _, mode = key.partition(":")
        assert plover_score(event, mode or None) == score


@pytest.mark.parametrize(("event", "quad"), [
    ("AGREE", "verbal_cooperation"), ("CONSULT", "verbal_cooperation"), ("SUPPORT", "verbal_cooperation"),
    ("CONCEDE", "verbal_cooperation"), ("COOPERATE", "material_cooperation"), ("AID", "material_cooperation"),
    ("RETREAT", "material_cooperation"), ("REQUEST", "verbal_conflict"), ("ACCUSE", "verbal_conflict"),
    ("REJECT", "verbal_conflict"), ("THREATEN", "verbal_conflict"), ("SANCTION", "verbal_conflict"),
    ("PROTEST", "material_conflict"), ("MOBILIZE", "material_conflict"), ("COERCE", "material_conflict"),
    ("ASSAULT", "material_conflict"),
])
def test_quad_code(event: str, quad: str) -> None:
    assert quad_code(event) == quad
    assert event in PLOVER["quad_class"][quad]


def test_every_event_type_has_a_quad_and_a_score() -> None:
    assert len(PLOVER["event_types"]) == 16
    for event in PLOVER["event_types"]:
        assert quad_code(event)
        assert isinstance(plover_score(event, None), (int, float))


@pytest.mark.parametrize("event", ["FIGHT", "accuse", ""])
def test_unknown_types_are_refused(event: str) -> None:
    with pytest.raises(KeyError):
        quad_code(event)
    with pytest.raises(KeyError):
        plover_score(event, None)


def _record(actor: list[dict[str, Any]], recipient: list[dict[str, Any]],
            loc: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"id": "d:e0", "doc_id": "d", "date": "2018-05-02", "date_precision": "day", "event": "ACCUSE",
            "mode": "allege", "quad_code": "verbal_conflict", "score": -3.5, "actor": actor,
            "recipient": recipient, "event_loc": loc, "trigger": {"text": "اتهمت", "start": 0, "end": 5},
            "coder": {"name": "marsad", "rule": "ar.accuse.accuse"}, "confidence": 0.8, "negated": False,
            "event_text": "…"}


def _entity(text: str, code: str | None, sector: str | None) -> dict[str, Any]:
    return {"entity_text": text, "code": code, "sector": sector}


def test_flat_row_joins_lists_of_actors() -> None:
    row = flat_row(_record([_entity("قطر", "QAT", "GOV"), _entity("الكويت", "KWT", None)],
                           [_entity("السعودية", "SAU", "GOV"), _entity("جماعة مسلحة", None, "REB")],
                           {"extracted_place": "الدوحة", "country_code": "QAT", "lat": 25.29, "lon": 51.53}))
    assert list(row) == list(CSV_COLUMNS)
    assert row["actor_text"] == "قطر | الكويت"
    assert row["actor_code"] == "QAT | KWT"
    assert row["actor_sector"] == "GOV | "  # None becomes an empty cell, the separator stays
    assert row["recipient_code"] == "SAU | "
    assert row["recipient_sector"] == "GOV | REB"
    assert (row["place"], row["place_country"], row["lat"], row["lon"]) == ("الدوحة", "QAT", 25.29, 51.53)
    assert (row["trigger"], row["rule"]) == ("اتهمت", "ar.accuse.accuse")


def test_flat_row_without_recipient_or_place() -> None:
    row = flat_row(_record([_entity("قطر", "QAT", "GOV")], []))
    assert (row["actor_code"], row["recipient_text"], row["recipient_code"]) == ("QAT", "", "")
    assert (row["place"], row["lat"]) == (None, None)


def test_event_record_of_a_hand_built_event() -> None:
    text = "قال شاهد. اتهمت قطر السعودية أمس بدعم الإرهاب."
    start = text.index("اتهمت")
    doc = Document("qna-1", text, dt.date(2018, 5, 3),
                   sentences=[Sentence(Span(0, start - 1), 0, 2), Sentence(Span(start, len(text)), 2, 8)])

    def actor(word: str, code: str) -> Actor:
        at = text.index(word)
        return Actor(word, Span(at, at + len(word)), code, "GOV", identifier_id=f"marsad:country:{code}")

    event = Event("ACCUSE", "allege", [], [actor("قطر", "QAT")], [actor("السعودية", "SAU")],
                  Span(start, start + 5), "اتهمت", 1, False, 0.8, Provenance("0.1.0", "0.1.0", "ar.accuse.accuse"),
                  loc=Place("الدوحة", None, country_code="QAT"),
                  date=EventDate("2018-05-02", DatePrecision.DAY, True), doc_id="qna-1", index=3)
    record = event_record(event, doc)
    assert record["id"] == "qna-1:e3"
    assert record["event_text"] == "اتهمت قطر السعودية أمس بدعم الإرهاب."
    assert record["text_info"] == {"sequence": 1, "start": start, "end": len(text)}
    assert record["trigger"] == {"text": "اتهمت", "start": start, "end": start + 5}
    assert [(a["code"], text[a["start"] : a["end"]]) for a in record["actor"]] == [("QAT", "قطر")]
    assert (record["quad_code"], record["score"]) == ("verbal_conflict", -3.5)
    assert (record["date"], record["date_precision"]) == ("2018-05-02", "day")
    assert record["event_loc"]["extracted_place"] == "الدوحة" and "start" not in record["event_loc"]
    assert record["coder"]["rule"] == "ar.accuse.accuse"

"""``marsad.code()``: strings, document mappings and lists in; events, records and a DataFrame out."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import marsad
from marsad.api import CodedEvents
from marsad.model import Event
from marsad.output.records import CSV_COLUMNS

ACCUSATION = "اتهمت قطر السعودية أمس بدعم الإرهاب."
VISIT = ("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الروسي سيرغي لافروف. "
         "وبحث الجانبان الأوضاع في ليبيا وسوريا.")
NEGATED = "لم تفرض الولايات المتحدة عقوبات جديدة على إيران."
QUIET = "شهدت أسواق الذهب في دبي اليوم إقبالا كبيرا من المتسوقين قبل العيد."


def check_offsets(result: CodedEvents) -> None:
    """Every span of every event indexes the text of the document it came from."""
    for event in result:
        text = result.documents[event.doc_id].text
        assert text[event.trigger.start : event.trigger.end] == event.trigger_text
        for actor in event.actor + event.recipient:
            assert text[actor.span.start : actor.span.end] == actor.entity_text


@pytest.mark.parametrize("date", ["2018-05-03", dt.date(2018, 5, 3)])
def test_a_string_is_coded_with_its_publication_date(date: str | dt.date) -> None:
    result = marsad.code(ACCUSATION, date=date)
    [event] = result
    assert isinstance(event, Event)
    assert event.event == "ACCUSE"
    assert [a.code for a in event.actor] == ["QAT"] and [r.code for r in event.recipient] == ["SAU"]
    assert event.date is not None and event.date.value == "2018-05-02"  # "أمس"
    assert not event.negated
    assert result.documents[event.doc_id].text == ACCUSATION
    check_offsets(result)


def test_a_document_mapping_keeps_its_id_and_date() -> None:
    result = marsad.code({"id": "mena-2019-0614", "text": VISIT, "date": "2019-06-14"}, date="2000-01-01")
    assert {e.doc_id for e in result} == {"mena-2019-0614"}
    assert result[0].event == "CONSULT"
    assert result[0].date is not None and result[0].date.value == "2019-06-14"  # the document's date wins
    check_offsets(result)


def test_a_list_of_strings_and_mappings() -> None:
    result = marsad.code([ACCUSATION, {"id": "visit", "text": VISIT, "date": "2019-06-14"}, QUIET],
                         date="2018-05-03")
    assert len(result.documents) == 3
    assert {e.event for e in result} >= {"ACCUSE", "CONSULT"}
    assert "visit" in {e.doc_id for e in result}
    assert all(re.fullmatch(r"doc-[0-9a-f]{16}", d) for d in result.documents if d != "visit")
    check_offsets(result)


def test_the_same_text_gets_the_same_id() -> None:
    first, second = marsad.code(ACCUSATION), marsad.code(ACCUSATION)
    assert list(first.documents) == list(second.documents)


def test_negated_events_only_when_asked() -> None:
    assert len(marsad.code(NEGATED, date="2018-05-03")) == 0
    [event] = marsad.code(NEGATED, date="2018-05-03", include_negated=True)
    assert (event.event, event.negated) == ("SANCTION", True)
    assert [a.code for a in event.actor] == ["USA"]


def test_records_follow_the_event_format() -> None:
    result = marsad.code([{"id": "a", "text": ACCUSATION, "date": "2018-05-03"},
                          {"id": "v", "text": VISIT, "date": "2019-06-14"}])
    records = result.records()
    assert len(records) == len(result) >= 2
    texts = {"a": ACCUSATION, "v": VISIT}
    for record in records:
        text = texts[record["doc_id"]]
        assert re.fullmatch(rf"{record['doc_id']}:e\d+", record["id"])
        for entity in record["actor"] + record["recipient"]:
            assert text[entity["start"] : entity["end"]] == entity["entity_text"]
        assert text[record["trigger"]["start"] : record["trigger"]["end"]] == record["trigger"]["text"]
        info = record["text_info"]
        assert text[info["start"] : info["end"]] == record["event_text"]
        assert record["coder"]["name"] == "marsad" and record["coder"]["version"] == marsad.__version__
    accuse = next(r for r in records if r["doc_id"] == "a")
    assert (accuse["event"], accuse["quad_code"], accuse["score"]) == ("ACCUSE", "verbal_conflict", -3.5)


def test_to_dataframe_has_one_row_per_event() -> None:
    pytest.importorskip("pandas")
    result = marsad.code([ACCUSATION, VISIT], date="2019-06-14")
    frame = result.to_dataframe()
    assert len(frame) == len(result) >= 2
    assert list(frame.columns) == list(CSV_COLUMNS)
    row: dict[str, Any] = frame[frame["event"] == "ACCUSE"].iloc[0].to_dict()
    assert (row["actor_code"], row["recipient_code"], row["rule"]) == ("QAT", "SAU", "ar.accuse.accuse")


def test_to_dataframe_of_no_events_keeps_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = marsad.code(QUIET, date="2021-05-11").to_dataframe()
    assert len(frame) == 0
    assert list(frame.columns) == list(CSV_COLUMNS)

"""An act dated by another (دعا إلى اجتماع بعد الضربات), strikes and shelling named by the verb that
launched them (الغارات التي شنتها X), first-person verbs in quotes, and a bare year before a
preposition, in our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.events.dyads import moded_dyads as dyads

from marsad.events.attach import speaks_first_person
from marsad.model import DatePrecision
from marsad.time import find_dates


def test_strikes_after_a_call_for_a_meeting_are_coded_on_their_own() -> None:
    text = "دعت بريطانيا إلى اجتماع عاجل لمجلس الأمن الدولي عقب الضربات التي شنتها الطائرات الروسية على إدلب"
    found = dyads(text)
    assert [d for d in found if d[0] == "REQUEST"], found
    assault = [d for d in found if d[0] == "ASSAULT"]
    assert assault and assault[0][2] == [("RUS", "MIL")], found


def test_a_condemnation_after_a_killing_still_targets_its_doer() -> None:
    text = "أدان الرئيس الفلسطيني محمود عباس القصف بعد مقتل عشرة فلسطينيين برصاص الجيش الإسرائيلي في غزة"
    accuse = [d for d in dyads(text, "2018-05-14") if d[0] == "ACCUSE"]
    assert accuse and accuse[0][3] == [("ISR", "MIL")], dyads(text, "2018-05-14")


def test_raids_named_by_the_verb_that_launched_them_take_its_subject() -> None:
    text = "قتل عشرة مدنيين في الغارات التي شنتها الطائرات الروسية على بلدة في ريف إدلب"
    assert ("ASSAULT", "aerial", [("RUS", "MIL")], [("SYR", "CVL")]) in dyads(text, "2018-09-10")


@pytest.mark.parametrize(("verb", "present", "first"), [
    ("اشكر", True, True), ("ندين", True, True), ("يشكر", True, False), ("تدين", True, False),
    ("اتهم", False, False), ("نشر", False, False),
])
def test_first_person_imperfects(verb: str, present: bool, first: bool) -> None:
    assert speaks_first_person(verb, present=present) is first


def test_a_first_person_verb_in_a_quote_is_the_speakers() -> None:
    text = 'وقال الرئيس الفرنسي إيمانويل ماكرون "أشكر رجال الإطفاء الفرنسيين على شجاعتهم"'
    assert dyads(text, "2019-04-16") == [("SUPPORT", None, [("FRA", "GOV")], [("FRA", "COP")])]


def test_a_third_person_verb_still_takes_the_subject_after_it() -> None:
    text = "وتشكر الحكومة الفرنسية رجال الإطفاء على شجاعتهم"
    support = [d for d in dyads(text, "2019-04-16") if d[0] == "SUPPORT"]
    assert support and support[0][2] == [("FRA", "GOV")], dyads(text, "2019-04-16")


@pytest.mark.parametrize(("sentence", "year"), [
    ("ووقع الأردن في 1994 على معاهدة السلام مع إسرائيل", "1994"),
    ("وانضمت فلسطين منذ 2015 إلى المحكمة الجنائية الدولية", "2015"),
])
def test_a_bare_year_before_a_preposition_is_a_date(sentence: str, year: str) -> None:
    dates = find_dates(sentence, 0, len(sentence), dt.date(2018, 3, 1))
    assert [(d.value, d.precision) for d in dates] == [(year, DatePrecision.YEAR)]


def test_a_number_before_a_noun_after_a_preposition_is_still_a_count() -> None:
    sentence = "وزعت المنظمة المساعدات في 2000 موقع على الحدود"
    assert find_dates(sentence, 0, len(sentence), dt.date(2018, 3, 1)) == []


def test_signing_in_a_bare_past_year_is_background() -> None:
    assert dyads("ووقع الأردن في 1994 على معاهدة السلام مع إسرائيل", "2018-03-01") == []

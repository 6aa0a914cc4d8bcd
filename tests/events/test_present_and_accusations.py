"""Imperfect verb forms, diplomatic sanctions, relative clauses and traded accusations, in our own sentences."""

from __future__ import annotations

import pytest
from tests.events.dyads import dyads, of_type

from marsad.events.lexicon import TriggerLexicon


@pytest.mark.parametrize(("form", "present"), [
    ("\u064a\u0647\u0627\u062c\u0645", True),  # يهاجم: an imperfect
    ("\u062a\u0642\u0635\u0641", True),  # تقصف
    ("\u0647\u0627\u062c\u0645", False),  # هاجم: a perfect
    ("\u0627\u062a\u0647\u0645", False),  # اتهم: a perfect, though also "I accuse"
])
def test_imperfect_forms_are_marked_and_perfects_win_a_tie(form: str, present: bool) -> None:
    hits = TriggerLexicon.load().words_of(form)
    assert hits and all(hit.present == present for hit in hits if hit.pos.value == "verb")


def test_qad_before_an_imperfect_hedges_it() -> None:
    assert not of_type("قال مسؤول أمريكي إن إيران قد تهاجم القوات الأمريكية في العراق", "ASSAULT")


def test_qad_before_a_perfect_asserts_it() -> None:
    text = "وكانت وزارة الخارجية المصرية قد استدعت السفير التركي في القاهرة"
    assert ("SANCTION", [("EGY", "GOV")], [("TUR", "GOV")]) in dyads(text), dyads(text)


def test_an_expelled_ambassador_is_the_recipient() -> None:
    text = "طردت الحكومة البحرينية السفير الإيراني في المنامة"
    assert ("SANCTION", [("BHR", "GOV")], [("IRN", "GOV")]) in dyads(text), dyads(text)


def test_a_coordinated_verb_keeps_the_first_subject_not_its_object() -> None:
    text = "استدعت الكويت سفيرها من دمشق وطردت السفير السوري لديها"
    assert ("SANCTION", [("KWT", "GOV")], [("SYR", "GOV")]) in dyads(text), dyads(text)


def test_a_conjunct_after_the_verb_is_no_subject() -> None:
    text = "وطردت كندا السفير السعودي في أوتاوا والملحق العسكري السعودي"
    assert all(actor == [("CAN", "GOV")] for _, actor, _ in of_type(text, "SANCTION")), dyads(text)


def test_the_antecedent_of_a_relative_pronoun_is_the_subject_of_its_verb() -> None:
    text = "أعلنت فرنسا التي تساند القوات العراقية أنها ستواصل غاراتها على تنظيم الدولة"
    assert ("AID", [("FRA", "GOV")], [("IRQ", "MIL")]) in dyads(text), dyads(text)


def test_a_relative_verb_with_an_object_pronoun_keeps_its_own_subject() -> None:
    text = "عادت الحياة إلى الموصل التي حررتها القوات العراقية من تنظيم الدولة"
    assert not any(actor == [("IRQ", "GOV")] for _, actor, _ in dyads(text)), dyads(text)


def test_traded_accusations_are_coded_each_way() -> None:
    text = "تبادل الرئيس الأمريكي دونالد ترامب والرئيس الإيراني حسن روحاني الاتهامات أمس"
    accusations = of_type(text, "ACCUSE", date="2018-09-26")
    assert ("ACCUSE", [("USA", "GOV")], [("IRN", "GOV")]) in accusations, accusations
    assert ("ACCUSE", [("IRN", "GOV")], [("USA", "GOV")]) in accusations, accusations


def test_a_call_that_brought_two_leaders_together_lists_both() -> None:
    text = "مكالمة هاتفية جمعت الرئيسين الروسي فلاديمير بوتين والتركي رجب طيب أردوغان مساء الثلاثاء"
    calls = of_type(text, "CONSULT")
    assert calls and {("RUS", "GOV"), ("TUR", "GOV")} <= set(calls[0][1]), dyads(text)


def test_accusations_levelled_by_a_named_doer() -> None:
    text = "وترفض الدوحة الاتهامات التي توجهها لها الرياض بدعم الإرهاب"
    assert ("ACCUSE", [("SAU", "GOV")], [("QAT", "GOV")]) in dyads(text), dyads(text)


def test_a_noun_after_a_named_object_is_no_subject() -> None:
    text = "في إشارة إلى اتهامات توجهها للسعودية بمنع الحجاج القطريين من السفر"
    assert not any(actor == [("QAT", "CVL")] for _, actor, _ in of_type(text, "ACCUSE")), dyads(text)


def test_allowing_someone_is_a_concession() -> None:
    text = "سمحت الحكومة المصرية للصحفيين الأجانب بتغطية الانتخابات الرئاسية"
    assert [event for event, _, _ in dyads(text)] == ["CONCEDE"], dyads(text)


def test_not_allowing_someone_stays_a_single_threat() -> None:
    text = "أكد وزير الدفاع الإسرائيلي أن إسرائيل لن تسمح لحزب الله بامتلاك صواريخ دقيقة"
    assert [event for event, _, _ in dyads(text)] == ["THREATEN"], dyads(text)

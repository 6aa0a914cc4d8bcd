from __future__ import annotations

import pytest

import marsad
from marsad.datafiles import plover


@pytest.mark.parametrize(
    ("text", "event", "context"),
    [
        ("شنت الطائرات الحربية الإسرائيلية غارات على مواقع لحركة حماس في قطاع غزة.", "ASSAULT", "military"),
        ("اعتقلت الشرطة المصرية عشرة أشخاص بتهمة تهريب المخدرات عبر الحدود.", "COERCE", "illegal_drugs"),
        ("طردت السعودية السفير الكندي وجمدت التبادل التجاري مع كندا.", "SANCTION", "diplomatic"),
    ],
)
def test_an_event_takes_the_context_its_sentence_names(text: str, event: str, context: str) -> None:
    coded = [e for e in marsad.code(text, date="2021-05-16") if e.event == event]
    assert coded, f"no {event} coded"
    assert context in coded[0].context


def test_the_main_topic_of_a_document_reaches_every_event() -> None:
    text = ("أجرت إيران تجربة على صاروخ باليستي جديد قادر على حمل رأس نووي. "
            "وقالت الوكالة الدولية للطاقة الذرية إن البرنامج النووي الإيراني يتوسع. "
            "وطالبت فرنسا إيران بوقف التخصيب فورا والعودة إلى الاتفاق النووي.")
    requests = [e for e in marsad.code(text, date="2021-05-16") if e.event == "REQUEST"]
    assert requests and "cbrn" in requests[0].context


def test_contexts_are_plover_contexts() -> None:
    text = "فرضت الولايات المتحدة عقوبات على البنك المركزي الإيراني بتهمة تمويل الإرهاب."
    allowed = set(plover()["contexts"])
    for event in marsad.code(text, date="2019-09-20"):
        assert set(event.context) <= allowed

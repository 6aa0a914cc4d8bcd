"""Protesters, protest targets and the targets of statements about someone's act, in our own sentences."""

from __future__ import annotations

import pytest
from tests.conftest import arabic_document
from tests.events.dyads import dyads, of_type

import marsad
from marsad.events.attach import _agrees, has_plural_subject, marker_of
from marsad.events.modality import Modality
from marsad.model import Token


@pytest.mark.parametrize(("text", "code", "sector"), [
    # a perfect verb whose stem begins with تـ takes a masculine plural subject (تظاهر الآلاف …)
    ("تظاهر آلاف الجزائريين أمس في العاصمة للمطالبة بتأجيل الانتخابات", "DZA", "CVL"),
    # quantity + من + people noun: the counted noun phrase is the subject, not a من complement
    ("وكان الآلاف من السودانيين قد خرجوا في مظاهرات في الخرطوم ليلة أمس", "SDN", "CVL"),
    ("اعتصم مئات من طلبة الجامعات الأردنية أمام مجلس النواب", "JOR", "EDU"),
])
def test_protesters_named_by_quantity_and_nationality(text: str, code: str, sector: str) -> None:
    protests = of_type(text, "PROTEST")
    assert protests, dyads(text)
    assert any((code, sector) in actors for _, actors, _ in protests)


@pytest.mark.parametrize(("text", "target"), [
    ("تظاهر مئات اللبنانيين في بيروت احتجاجا على زيارة وزير الخارجية الإيراني", "IRN"),
    ("خرج آلاف الأتراك إلى الشوارع للتنديد بالرئيس الفرنسي إيمانويل ماكرون", "FRA"),
    ("يحتج العشرات من الفلسطينيين على اعتقال الجيش الإسرائيلي لناشطة في الخليل", "ISR"),
    ("وتجمهر مئات الباكستانيين أمام السفارة هاتفين «الموت لأمريكا»", "USA"),
])
def test_a_protest_targets_what_its_purpose_phrase_names(text: str, target: str) -> None:
    protests = of_type(text, "PROTEST")
    assert any(target in {code for code, _ in recipients} for _, _, recipients in protests), dyads(text)


def test_a_protest_with_no_purpose_phrase_has_no_recipient() -> None:
    [(_, actors, recipients)] = of_type("تظاهر آلاف المغاربة في الرباط يوم الأحد", "PROTEST")
    assert actors == [("MAR", "CVL")] and recipients == []


def test_police_next_to_protesters_are_not_protesters() -> None:
    text = "وقعت اشتباكات بين الشرطة ومتظاهرين يحتجون على غلاء الأسعار في عمان"
    for _, actors, _ in of_type(text, "PROTEST"):
        assert all(sector not in ("COP", "MIL") for _, sector in actors)


def test_a_plural_verb_does_not_take_the_person_before_it_as_subject() -> None:
    text = "وكان عشرات العراقيين في النجف طردوا حيدر العبادي، ورموه بالأحذية خلال جولته"
    protests = of_type(text, "PROTEST", date="2018-03-01")
    assert protests and all(("IRQ", "GOV") not in actors for _, actors, _ in protests)


def test_a_trigger_word_inside_an_organization_name_is_no_event() -> None:
    text = "اتهم تحالف دعم الشرعية الحوثيين بزرع الألغام في الحديدة"
    assert ("ACCUSE", [("SAU", "MIL")], [("YEM", "REB")]) in dyads(text, date="2018-07-01")
    assert not of_type(text, "SUPPORT", date="2018-07-01")


@pytest.mark.parametrize(("text", "event", "target"), [
    ("رفضت الحكومة اللبنانية يوم الاثنين المقترح الأمريكي الجديد", "REJECT", "USA"),
    ("أدان الرئيس الفلسطيني القصف الإسرائيلي على مدينة رفح", "ACCUSE", "ISR"),
    ("أكد الرئيس السوري أن دمشق لن تقبل بأي مبادرة تركية", "REJECT", "TUR"),
])
def test_a_statement_about_an_act_targets_whose_act_it_is(text: str, event: str, target: str) -> None:
    assert any(target in {code for code, _ in recipients} for _, _, recipients in of_type(text, event)), dyads(text)


def test_a_statement_does_not_target_its_own_speaker() -> None:
    # الأمريكية qualifies the speaker's own country: no recipient rather than the speaker again
    for _, actors, recipients in of_type("رحبت الخارجية الأمريكية بالخطة الأمريكية للسلام", "SUPPORT"):
        assert not set(recipients) & set(actors)


@pytest.mark.parametrize(("text", "code"), [
    ("نظم حزب البعث العربي الاشتراكي في السودان مظاهرة أمام البرلمان", "SDN"),
    ("قال حزب البعث السوداني إن السلطات اعتقلت قادته", "SDN"),
    ("قال حزب البعث إن الانتخابات ستجري في موعدها", "SYR"),
])
def test_a_party_belongs_to_the_country_that_qualifies_it(text: str, code: str) -> None:
    doc = marsad.code(text, date="2007-01-15")
    mentions = [m for m in doc.documents[next(iter(doc.documents))].mentions
                if m.actor is not None and (m.entry_id or "").startswith("org:")]
    assert [m.actor.code for m in mentions if m.actor is not None] == [code]


def token(norm: str) -> Token:
    doc = arabic_document(norm)
    return doc.tokens[0]


@pytest.mark.parametrize(("verb", "present", "agrees"), [
    ("تظاهر", False, True),  # perfect: the تـ is the stem's
    ("تقصف", True, False),  # imperfect: feminine
    ("قصفت", False, False),  # perfect with the feminine ـت
])
def test_feminine_agreement_reads_the_prefix_only_in_the_imperfect(verb: str, present: bool, agrees: bool) -> None:
    assert _agrees(verb, token("المسلحون"), present=present) is agrees


def test_plural_subject_endings() -> None:
    assert has_plural_subject("خرجوا") and has_plural_subject("يحتجون")
    assert not has_plural_subject("تظاهر")


def test_a_counted_noun_after_a_quantity_and_min_has_no_marker() -> None:
    doc = arabic_document("تظاهر مئات من الطلاب")
    modality = Modality.load()
    found = marsad.code("تظاهر مئات من الطلاب", date="2019-03-01")
    mentions = [m for m in found.documents[next(iter(found.documents))].mentions if m.actor is not None]
    assert mentions
    assert marker_of(mentions[0], doc.tokens, 0, modality) is None

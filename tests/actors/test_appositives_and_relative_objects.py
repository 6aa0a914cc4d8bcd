"""A role in apposition to a named person, police chiefs, and a pronoun after a verb whose own
pronoun stands for a fronted object (اتهامات وجهها له X), in our own sentences."""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.model import Document
from marsad.pipeline import Pipeline


def recipients_of(text: str, event: str, date: str = "2018-08-10") -> list[list[tuple[str | None, str | None]]]:
    return [[(r.code, r.sector) for r in e.recipient] for e in marsad.code(text, date=date)
            if e.event == event and not e.negated]


def test_the_pronoun_after_a_verb_about_a_fronted_object_is_the_subject_outside() -> None:
    text = "رد وزير الخارجية القطري على اتهامات وجهها له وزير الخارجية السعودي عادل الجبير"
    assert recipients_of(text, "ACCUSE") == [[("QAT", "GOV")]]


def test_the_pronoun_after_a_relative_clause_verb_is_the_subject_outside() -> None:
    text = "وترفض أنقرة الاتهامات التي توجهها لها دمشق بدعم المسلحين في إدلب"
    assert [("TUR", "GOV")] in recipients_of(text, "ACCUSE", "2019-05-01")


def test_a_role_in_apposition_to_a_named_person_takes_his_country() -> None:
    # شرطة دبي: Dubai is a place, not an actor, so only the person tells the role's country
    text = "سخر الفريق ضاحي خلفان، نائب رئيس شرطة دبي، من اتهامات وجهها له مسؤول إسرائيلي"
    events = [e for e in marsad.code(text, date="2018-08-10") if e.event == "ACCUSE" and not e.negated]
    assert events and all(r.code == "ARE" for e in events for r in e.recipient), events


def test_a_deputy_police_chief_is_police() -> None:
    text = "اعتقل نائب رئيس الشرطة المصرية ثلاثة متهمين في القاهرة"
    [event] = [e for e in marsad.code(text, date="2018-08-10") if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in event.actor] == [("EGY", "COP")]


def test_a_role_after_a_word_other_than_a_comma_is_no_appositive() -> None:
    # عادل عبد المهدي مطالب المتظاهرين: the protesters are no Iraqi by the person's apposition
    text = "رفض عادل عبد المهدي مطالب المتظاهرين بالاستقالة"
    doc = Document(id="t", text=text, date=dt.date(2019, 10, 31))
    Pipeline.default()(doc)
    protesters = [m for m in doc.mentions if (m.entry_id or "") == "agent:protester"]
    assert protesters and all(m.actor is not None and m.actor.code is None for m in protesters)


def test_a_role_set_off_after_a_named_subject_is_no_object() -> None:
    text = "انتقد الفريق ضاحي خلفان، نائب رئيس شرطة دبي، تصريحات وزير الخارجية القطري"
    [event] = [e for e in marsad.code(text, date="2018-03-12") if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in event.recipient] == [("QAT", "GOV")]


def test_criticism_levelled_at_a_pronoun_names_its_doer_and_target() -> None:
    text = "ردت الحكومة الأردنية على انتقادات وجهها لها البرلمان الأوروبي"
    [event] = [e for e in marsad.code(text, date="2018-11-03") if e.event == "ACCUSE"]
    assert [a.code for a in event.actor] == ["EUR"] and [r.code for r in event.recipient] == ["JOR"]


def test_a_quoted_name_after_its_kind_of_body_is_that_body() -> None:
    # قناة "العربية": one actor, the channel named, not an unnamed channel and a second actor
    text = 'انتقد وزير الإعلام القطري قناة "العربية" السعودية بسبب تغطيتها'
    [event] = [e for e in marsad.code(text, date="2018-08-10") if e.event == "ACCUSE" and not e.negated]
    assert [(r.code, r.sector) for r in event.recipient] == [("SAU", "JRN")], event


def test_a_role_of_several_words_takes_a_state_as_owner_but_not_the_next_role_noun() -> None:
    # منظمات حقوقية is closed by its adjective: الحكومة after it is the verb's object, not its owner
    assert recipients_of("وطالبت منظمات حقوقية الحكومة المصرية بالإفراج عن الصحفيين", "REQUEST") == [
        [("EGY", "GOV")]]
    # a state after a role of several words is its owner; so is a body after المتحدث باسم
    # (a call for calm is AGREE by the guide)
    [call] = [e for e in marsad.code("ودعا متحدث باسم الحكومة الألمانية الأطراف إلى التهدئة", date="2018-05-12")
              if e.event == "AGREE"]
    assert [(a.code, a.sector) for a in call.actor] == [("DEU", "GOV")] and not call.recipient
    [met] = [e for e in marsad.code("واستقبل وزير خارجية البحرين السفير المصري في المنامة أمس", date="2018-05-12")
             if e.event == "CONSULT"]
    assert ("BHR", "GOV") in [(a.code, a.sector) for a in met.actor] + [(r.code, r.sector) for r in met.recipient]
    assert len(met.actor) + len(met.recipient) == 2, met


def test_mothers_of_detainees_and_organizations_are_actors() -> None:
    text = "وناشدت أمهات المختطفين المنظمات الدولية التدخل لإطلاق سراح أبنائهن في صنعاء"
    [appeal] = [e for e in marsad.code(text, date="2018-05-12") if e.event == "REQUEST"]
    assert [a.sector for a in appeal.actor] == ["CVL"] and [r.sector for r in appeal.recipient] == ["SOC"]

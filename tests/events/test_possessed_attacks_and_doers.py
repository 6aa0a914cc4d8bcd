"""Doers of attacks: a possessive pronoun, a role noun with a nationality, a shared subject (our own sentences)."""

from __future__ import annotations

from tests.events.dyads import dyads, of_type


def test_a_possessive_on_plural_raids_is_their_doer() -> None:
    text = "واصلت إسرائيل حصار قطاع غزة، وسقط في غاراتها أمس ستة فلسطينيين"
    assert ("ASSAULT", [("ISR", "GOV")], [("PSE", "CVL")]) in dyads(text, "2008-12-30")


def test_a_possessive_on_plural_aggressions_is_their_doer() -> None:
    text = "واصلت إسرائيل حصار قطاع غزة، وسقط في اعتداءاتها أمس ستة فلسطينيين"
    assert ("ASSAULT", [("ISR", "GOV")], [("PSE", "CVL")]) in dyads(text, "2008-01-17")


def test_a_single_aggression_is_no_trigger() -> None:
    # the singular is as often a crime in general or one feared: كل من يقوم باعتداء
    text = "قال الرئيس اللبناني إن كل من يقوم باعتداء على الجيش اللبناني سيحال إلى القضاء"
    assert not of_type(text, "ASSAULT", "2007-05-28")


def test_used_to_tells_a_habit() -> None:
    text = "قال قائد الشرطة العراقية إن مسلحي القاعدة اعتادوا شن هجماتهم على الأسواق في بعقوبة"
    assert not of_type(text, "ASSAULT", "2008-10-10")
    assert not of_type("اعتادت الطائرات الإسرائيلية قصف مواقع حركة حماس في قطاع غزة", "ASSAULT", "2008-10-10")


def test_a_plural_verb_joined_by_waw_shares_the_subject_of_the_plural_verb_before() -> None:
    # تسللوا is no trigger and its subject is a dozen words back: وخطفوا has the same subject
    text = ("قال مسؤول محلي إن مسلحي حركة الشباب تسللوا إلى بلدة جوهر قرب الحدود الكينية ليلة أمس"
            " وخطفوا ثلاثة عمال إغاثة كينيين")
    assert ("ASSAULT", [("SOM", "REB")], [("KEN", "SOC")]) in dyads(text, "2008-11-25")


def test_the_subject_of_a_light_verb_does_the_act_not_the_genitive_of_its_object() -> None:
    # بقصف منازل المواطنين: the citizens are what is shelled, the forces are who shell
    text = "قامت القوات الإسرائيلية بقصف منازل المواطنين في بلدة بيت حانون شمال قطاع غزة أمس"
    assert of_type(text, "ASSAULT", "2006-11-08") == [("ASSAULT", [("ISR", "MIL")], [("PSE", "CVL")])]


def test_the_subject_of_set_about_does_the_attack() -> None:
    text = "عمدت القوات الإسرائيلية إلى قصف منازل المواطنين في بلدة بيت حانون شمال قطاع غزة أمس"
    assert of_type(text, "ASSAULT", "2006-11-08") == [("ASSAULT", [("ISR", "MIL")], [("PSE", "CVL")])]


def test_resorting_to_talks_is_no_attack() -> None:
    assert not of_type("لجأت الحكومة اللبنانية إلى الحوار مع المعارضة", "ASSAULT", "2009-02-10")

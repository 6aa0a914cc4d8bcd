"""Acts told in the impersonal passive (تم، جرى + verbal noun): who reports them did not do them (our own sentences)."""

from __future__ import annotations

from tests.events.dyads import dyads, of_type


def test_the_officials_who_report_an_impersonal_strike_are_not_its_doer() -> None:
    # the strike's nationality names its doer, a state's armed force
    text = "أعلن مسؤولون أمنيون في إسلام آباد أنه تم شن غارة جوية أمريكية على مجمع في منطقة باجور الأربعاء"
    assert of_type(text, "ASSAULT", "2008-10-30") == [("ASSAULT", [("USA", "MIL")], [])]


def test_an_impersonal_act_takes_its_doer_from_the_agent_marker() -> None:
    text = "ذكرت مصادر محلية أنه جرى اغتيال مسؤول في الحزب الديمقراطي الكردستاني على يد مسلحين في كركوك"
    assert of_type(text, "ASSAULT", "2008-03-20") == [("ASSAULT", [("IRQ", "UAF")], [("IRQ", "GOV")])]


def test_an_arrest_in_the_impersonal_passive_is_the_agents() -> None:
    text = "وقال شهود إنه تم اعتقال ناشط كردي على يد الشرطة السورية في مدينة القامشلي"
    assert ("COERCE", [("SYR", "COP")], [("SYR", "CVL")]) in dyads(text, "2011-05-20")


def test_the_genitive_of_an_impersonal_act_is_what_it_was_done_to_not_its_doer() -> None:
    # مواقع المسلحين: the gunmen's positions were shelled; nobody named shelled them
    text = "قال الجيش العراقي إنه تم قصف مواقع المسلحين في الموصل"
    assert not [d for d in of_type(text, "ASSAULT", "2008-06-12") if d[1] == [("IRQ", "UAF")]]


def test_a_nationality_behind_a_preposition_is_no_doer_of_an_impersonal_act() -> None:
    # الداخل اللبناني is where the arrest happens, not who makes it
    assert not of_type("وقال المحامي إن موكله تم توقيفه في الداخل اللبناني", "COERCE", "2018-03-27")

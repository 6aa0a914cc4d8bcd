"""Relative clauses whose antecedent is governed outside them, acts of one doer with different modes,
and triggers that report nothing (an office's name, a refusal to comment, a family visit), in our own
sentences."""

from __future__ import annotations

import pytest
from tests.events.dyads import moded_dyads as dyads


def test_a_relative_pronoun_is_its_verbs_subject_even_after_a_preposition() -> None:
    # من governs قوات الأمن in the outer clause; التي makes it the subject of فرضت
    text = "انتشرت دوريات في الشوارع بدعم من قوات الأمن الجزائرية التي فرضت قيودا مشددة على دخول المتظاهرين"
    coerce = [d for d in dyads(text) if d[0] == "COERCE"]
    assert coerce and coerce[0][2] == [("DZA", "COP")], dyads(text)


def test_two_acts_of_one_doer_with_different_modes_are_both_coded() -> None:
    text = ("وسط انتشار واسع لقوات الشرطة الإسرائيلية التي فرضت إجراءات مشددة على دخول المصلين "
            "ونفذت حملة اعتقالات في البلدة القديمة")
    modes = {d[1] for d in dyads(text) if d[0] == "COERCE"}
    assert {"restrict", "arrest"} <= modes, dyads(text)


@pytest.mark.parametrize("text", [
    "وقال المبعوث الأمريكي لشؤون نزع السلاح إن المفاوضات مع كوريا الشمالية مستمرة",
    "افتتح مؤتمر نزع السلاح دورته السنوية في جنيف يوم الاثنين",
])
def test_a_verbal_noun_naming_an_office_or_forum_reports_no_act(text: str) -> None:
    assert not [d for d in dyads(text) if d[0] == "RETREAT"], dyads(text)


def test_disarming_is_still_coded_outside_a_name() -> None:
    text = "نزعت الحكومة الكولومبية سلاح آلاف المقاتلين من حركة فارك الأسبوع الماضي"
    assert [d for d in dyads(text) if d[0] == "RETREAT"], dyads(text)


def test_refusing_to_comment_is_no_rejection() -> None:
    text = "ورفضت وزارة الخارجية الفرنسية التعليق على تقارير عن اعتقال صحفي فرنسي في طهران"
    assert not [d for d in dyads(text) if d[0] == "REJECT"], dyads(text)


def test_a_family_visit_is_no_consultation() -> None:
    text = "اعتقلت السلطات التركية مواطنا ألمانيا بينما كان يزور عائلته في إسطنبول"
    assert not [d for d in dyads(text) if d[0] == "CONSULT"], dyads(text)


def test_a_state_visit_is_still_a_consultation() -> None:
    text = "يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر يوم الأربعاء"
    assert [d for d in dyads(text) if d[0] in ("CONSULT", "AGREE")], dyads(text)


def test_the_verb_right_after_a_resuming_complementizer_is_the_subjects() -> None:
    # إنه resumes الجيش: the verb after it is the army's, not the activists' it carries
    text = "قال الجيش الإسرائيلي إنه اعترض سفينة قبالة غزة تنقل ناشطين أجانب"
    coerce = [d for d in dyads(text, "2018-07-29") if d[0] == "COERCE"]
    assert coerce and all(d[2] == [("ISR", "MIL")] for d in coerce), dyads(text, "2018-07-29")


def test_a_noun_after_the_object_of_a_verb_pattern_is_not_its_subject() -> None:
    # أطلقت … قذيفة باتجاه إسرائيل: with no subject before the object, the verb's subject is dropped
    text = "وأطلقت أمس عشرات القذائف من جنوب لبنان باتجاه إسرائيل"
    for event, _, actors, _ in dyads(text, "2018-07-21"):
        assert ("ISR", "GOV") not in actors, (event, actors)


def test_a_clause_after_a_meeting_noun_is_not_its_genitive() -> None:
    text = "وقال الرئيس الفلسطيني في ختام الاجتماع أن الحكومة الإسرائيلية تتحمل المسؤولية"
    assert not [d for d in dyads(text, "2018-05-14") if d[0] == "CONSULT" and ("ISR", "GOV") in d[2]], \
        dyads(text, "2018-05-14")


@pytest.mark.parametrize(("text", "doer"), [
    # the attack noun's relative clause names who carried it out: the doer, not a target
    ("وذكرت أنقرة أن الهجوم الذي شنه مسلحو حزب العمال الكردستاني ليلا على مخفر في هكاري أوقع جريحين",
     ("TUR", "REB")),
    ("قتل أربعة جنود في هجوم شنته حركة الشباب على قاعدة للقوات الصومالية قرب كيسمايو", ("SOM", "REB")),
    ("وقالت الشرطة إن الاعتداء الذي نفذته مجموعة مسلحة على حاجز أمني في العريش أمس أوقع قتيلين",
     ("EGY", "UAF")),
])
def test_the_subject_of_an_attacks_relative_clause_carried_it_out(text: str, doer: tuple[str, str]) -> None:
    attacks = [d for d in dyads(text, "2018-10-06") if d[0] == "ASSAULT"]
    assert attacks and all(d[2] == [doer] for d in attacks), dyads(text, "2018-10-06")


def test_a_scathing_attack_carried_out_is_a_criticism() -> None:
    text = "وأثار هجوم لاذع شنته واشنطن على حركة حماس أمس غضب الفصائل الفلسطينية"
    assert not [d for d in dyads(text, "2018-10-06") if d[0] == "ASSAULT"], dyads(text, "2018-10-06")


def test_who_set_about_an_attack_did_it() -> None:
    # أقدم على + verbal noun reports the act of its subject, as عمد إلى does
    text = "وأقدم مسلحون مجهولون أمس على خطف ثلاثة مهندسين أتراك في كركوك"
    assert ("ASSAULT", "abduct", [("IRQ", "UAF")], [("TUR", "CVL")]) in dyads(text, "2008-10-06"), \
        dyads(text, "2008-10-06")


def test_who_claims_an_attack_carried_it_out() -> None:
    text = "وأعلن تنظيم «القاعدة في بلاد المغرب الإسلامي» مسؤوليته عن تفجير استهدف مقرا للأمم المتحدة في الجزائر أمس"
    assert [d for d in dyads(text, "2007-12-12") if d[0] == "ASSAULT" and d[2] == [("IMG", "REB")]], \
        dyads(text, "2007-12-12")
    # who lays the responsibility on someone else (حمّل) did not do it
    blamed = "وحمل وزير الداخلية العراقي تنظيم القاعدة المسؤولية عن تفجير الحافلة في بغداد أمس"
    assert not [d for d in dyads(blamed, "2007-12-12") if d[0] == "ASSAULT" and d[2] == [("IRQ", "GOV")]]
    # a denial of responsibility claims nothing
    assert not [d for d in dyads("ونفت حركة الشباب مسؤوليتها عن الهجوم على فندق في مقديشو أمس", "2018-10-06")
                if d[0] == "ASSAULT"]


def test_fighting_is_coded_between_two_sides_named_not_as_a_topic() -> None:
    between = "واندلع قتال أمس بين القوات الحكومية ومقاتلي حركة الشباب في ضواحي مقديشو"
    assert [d for d in dyads(between, "2018-10-06") if d[0] == "ASSAULT" and ("SOM", "MIL") in d[2]], \
        dyads(between, "2018-10-06")
    assert not [d for d in dyads("وفر الآلاف جراء تصاعد القتال في محافظة درعا نحو الحدود الأردنية", "2018-06-27")
                if d[0] == "ASSAULT"]


def test_a_political_word_elsewhere_in_the_sentence_does_not_make_an_air_strike_verbal() -> None:
    # حل سياسي qualifies the solution; the attacks are armed ones (weapons sites), not words
    text = ("وشددت برلين على أولوية الحل السياسي بعد الهجمات التي شنتها الولايات المتحدة على مخازن الأسلحة "
            "قرب حمص فجر اليوم")
    attacks = [d for d in dyads(text, "2018-04-15") if d[0] in ("ASSAULT", "ACCUSE") and ("USA", "GOV") in d[2]]
    assert attacks and all(d[0] == "ASSAULT" for d in attacks), dyads(text, "2018-04-15")


def test_what_exploded_and_who_stood_near_it_are_not_the_bomber() -> None:
    # انفجرت has no object: its subject is the device, and a patrol arriving before it was hit
    text = "ولدى وصول دوريات الشرطة العراقية إلى المكان انفجرت عبوة ناسفة ثانية مما أسفر عن مقتل شرطي"
    attacks = [d for d in dyads(text, "2008-03-04") if d[0] == "ASSAULT"]
    assert attacks and not [d for d in attacks if ("IRQ", "COP") in d[2]], attacks
    assert all([sector for _, sector in d[2]] == ["UAF"] for d in attacks), attacks  # the bomber a device implies


def test_who_met_their_death_is_the_victim_even_when_armed() -> None:
    # لقي مسلحان حتفهما: the subject died; armed or not, the dead are not the attackers
    text = "لقي خمسة من عناصر حركة الشباب مصرعهم في غارة جوية أمريكية جنوب الصومال أمس"
    assert not [d for d in dyads(text, "2018-10-06") if d[0] == "ASSAULT" and ("SOM", "REB") in d[2]], \
        dyads(text, "2018-10-06")


def test_bombers_killed_by_their_own_device_attacked_no_one() -> None:
    text = "لقي مسلحان حتفهما أمس أثناء محاولتهما زرع عبوة ناسفة على طريق قرب كركوك"
    assert not [d for d in dyads(text, "2008-03-04") if d[0] == "ASSAULT"], dyads(text, "2008-03-04")
    # the army killing them while they planted it is the army's attack
    army = "وقتل الجيش العراقي مسلحين اثنين أثناء محاولتهما زرع عبوة ناسفة قرب كركوك أمس"
    assert [d for d in dyads(army, "2008-03-04") if d[0] == "ASSAULT" and d[2] == [("IRQ", "MIL")]], \
        dyads(army, "2008-03-04")

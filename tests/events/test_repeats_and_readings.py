"""Quoted roles that belong to a group, attacks told again with no target, and the noun reading of
a verb that would swap its parties, in our own sentences."""

from __future__ import annotations

import marsad

Dyad = tuple[str, str | None, list[tuple[str | None, str | None]], list[tuple[str | None, str | None]]]


def dyads(text: str, date: str = "2019-03-02") -> list[Dyad]:
    """(type, mode, actor (code, sector) list, recipient (code, sector) list) of the non-negated events."""
    return [(e.event, e.mode, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in marsad.code(text, date=date) if not e.negated]


def test_a_quoted_role_belongs_to_the_group_after_it() -> None:
    text = 'أعلن الجيش العراقي قصف "غرفة عمليات" لتنظيم داعش قرب مدينة البوكمال السورية'
    assert dyads(text) == [("ASSAULT", None, [("IRQ", "MIL")], [("IMG", "REB")])]


def test_the_shelled_object_is_not_read_as_a_shelling_doer() -> None:
    text = "أعلن الجيش العراقي قصف غرفة عمليات لتنظيم داعش قرب مدينة البوكمال السورية"
    assert dyads(text) == [("ASSAULT", None, [("IRQ", "MIL")], [("IMG", "REB")])]


def test_an_attack_told_again_without_its_target_is_one_attack() -> None:
    text = ("شنت الطائرات الروسية غارات على مواقع هيئة تحرير الشام في ريف إدلب. "
            "وقال المرصد إن الطائرات الروسية شنت غارات عنيفة ليلة أمس.")
    assert dyads(text, "2018-02-20") == [("ASSAULT", "aerial", [("RUS", "MIL")], [("SYR", "REB")])]


def test_an_attack_without_target_by_another_doer_is_kept() -> None:
    text = ("شنت الطائرات الروسية غارات على مواقع هيئة تحرير الشام في ريف إدلب. "
            "وقال المرصد إن الطائرات التركية شنت غارات عنيفة ليلة أمس.")
    found = dyads(text, "2018-02-20")
    assert ("ASSAULT", "aerial", [("TUR", "MIL")], []) in found, found


def test_a_trigger_word_heading_a_known_name_reports_nothing() -> None:
    text = "وقال صادق خان عمدة لندن إنه على تواصل دائم مع قيادة الشرطة"
    assert not [d for d in dyads(text, "2018-08-15") if d[0] == "AGREE"], dyads(text, "2018-08-15")


def test_the_same_verb_outside_a_name_still_ratifies() -> None:
    text = "وصادق البرلمان الأردني على اتفاقية الغاز مع إسرائيل"
    found = dyads(text, "2018-08-15")
    assert [d for d in found if d[0] == "AGREE" and d[2] == [("JOR", "LEG")]], found


def test_a_destruction_after_an_attack_names_what_it_hit() -> None:
    text = "واستطاعت قوات التحالف العربي عبر قصف جوي مكثف تدمير منصات صواريخ الحوثيين شرق صعدة"
    assert ("ASSAULT", "aerial", [("SAU", "MIL")], [("YEM", "REB")]) in dyads(text, "2018-07-02")


def test_a_noun_coordinated_after_a_preposition_keeps_the_attack_target_in_reach() -> None:
    text = "شن طيران التحالف غارات مكثفة على موقع وتعزيزات الحوثيين في مديرية الدريهمي"
    found = dyads(text, "2018-07-02")
    assert ("ASSAULT", "aerial", [("SAU", "MIL")], [("YEM", "REB")]) in found, found


def test_raids_warned_of_as_a_possibility_are_no_attack() -> None:
    text = "حذرت هيئة الطيران المدني الطائرات من التحليق فوق البحر المتوسط لاحتمال شن غارات جوية على سوريا"
    assert not [d for d in dyads(text, "2018-04-11") if d[0] == "ASSAULT"], dyads(text, "2018-04-11")

"""Calls to end a conflict, warnings of one's own act, and what an actor has always said, in our own sentences."""

from __future__ import annotations

from tests.events.dyads import dyads, of_type


def test_what_an_actor_has_always_said_is_no_threat() -> None:
    # لطالما: a habit of saying, not an occasion (guide §1: generic statements are background)
    text = "وقد أكدت تركيا لطالما أنها لن تسمح للمقاتلين الأكراد بإقامة كيان على حدودها الجنوبية"
    assert not of_type(text, "THREATEN"), dyads(text)


def test_a_will_not_allow_on_an_occasion_stays_a_threat() -> None:
    text = "أكدت تركيا الثلاثاء أنها لن تسمح للمقاتلين الأكراد بإقامة كيان على حدودها الجنوبية"
    assert of_type(text, "THREATEN"), dyads(text)


def test_a_call_for_a_truce_after_long_adjuncts_is_agree() -> None:
    # إلى introduces what is called for, past the subject, a date and a place of statement
    text = "ودعت الجامعة العربية يوم الأحد في بيان لها إلى هدنة فورية في اليمن"
    assert ("AGREE", [("IGO", None)], []) in dyads(text), dyads(text)
    assert not of_type(text, "REQUEST"), dyads(text)


def test_a_call_for_a_release_after_ila_stays_a_request() -> None:
    text = "ودعت منظمة العفو الدولية يوم الخميس إلى الإفراج عن الصحفيين المعتقلين في مصر"
    assert of_type(text, "REQUEST") and not of_type(text, "AGREE"), dyads(text)


def test_a_warning_of_a_future_act_is_a_threat() -> None:
    # guide §2: حذر من أنه سـ…; the act warned of is the threat's content, not an event of its own
    text = "وحذر رئيس الوزراء العراقي حيدر العبادي من أن الحكومة ستعتقل كل من يعتدي على المتظاهرين"
    threats = of_type(text, "THREATEN", date="2018-06-01")
    assert threats and threats[0][1] == [("IRQ", "GOV")], threats
    assert not of_type(text, "COERCE", date="2018-06-01")


def test_a_warner_restated_as_the_doer_is_not_the_target() -> None:
    text = "وحذر قائد الجيش اللبناني العماد جوزيف عون من أن الجيش سيمنع إغلاق الطرق بالقوة"
    assert ("THREATEN", [("LBN", "MIL")], []) in dyads(text), dyads(text)


def test_a_warning_of_a_danger_is_no_threat() -> None:
    text = "وحذرت منظمة الصحة العالمية من خطورة تفشي الكوليرا في اليمن"
    assert not of_type(text, "THREATEN"), dyads(text)

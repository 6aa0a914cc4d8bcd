"""Statement events (threats, refusals, condemnations, welcomes) and pronouns on trigger words, in our own sentences."""

from __future__ import annotations

import pytest
from tests.events.dyads import dyads, of_type

from marsad.events.lexicon import TriggerLexicon


@pytest.mark.parametrize(("word", "not_word"), [
    ("\u0627\u064a\u062f\u064a", "v-ayyad"),  # ايدي: "hands" (على أيدي), a verb's "me" is ـني
    ("\u0633\u0644\u0627\u0645\u062a\u0646\u0627", "v-lam"),  # سلامتنا: سـ never stands before a perfect
])
def test_impossible_verb_segmentations_are_not_triggers(word: str, not_word: str) -> None:
    assert not_word not in {hit.word_id for hit in TriggerLexicon.load().words_of(word)}


def test_a_future_imperfect_is_still_a_verb() -> None:
    assert "v-ayyad" in {hit.word_id for hit in TriggerLexicon.load().words_of("\u0633\u064a\u0624\u064a\u062f")}


def test_at_the_hands_of_is_no_support() -> None:
    assert not of_type("قتل ثلاثة مدنيين على أيدي مسلحين مجهولين في مدينة درنة", "SUPPORT")


def test_a_negator_between_subject_and_verb_keeps_the_subject() -> None:
    text = "أكد وزير الدفاع الإسرائيلي أن إسرائيل لن تسمح لحزب الله بامتلاك صواريخ دقيقة"
    assert ("THREATEN", [("ISR", "GOV")], [("LBN", "REB")]) in dyads(text)


def test_a_condemnation_targets_the_named_doer_of_a_later_act() -> None:
    text = "أدانت وزارة الخارجية الأردنية المجزرة في غزة بعد مقتل عشرين فلسطينيا برصاص الجيش الإسرائيلي"
    assert any(("ISR", "MIL") in recipients for _, _, recipients in of_type(text, "ACCUSE")), dyads(text)


def test_a_verb_object_pronoun_is_the_earlier_object_not_the_place() -> None:
    text = "طرد عشرات العراقيين وزير الخارجية الإيراني من المسجد ورموه بالأحذية"
    assert ("PROTEST", [("IRQ", "CVL")], [("IRN", "GOV")]) in dyads(text)


def test_a_possessive_on_a_threat_noun_is_its_doer() -> None:
    text = "رد وزير الخارجية الإيراني محمد جواد ظريف على تغريدة الرئيس الأمريكي دونالد ترامب وتلويحه بفرض عقوبات جديدة"
    threats = of_type(text, "THREATEN")
    assert threats and all(actors == [("USA", "GOV")] for _, actors, _ in threats), dyads(text)


def test_a_possessive_on_an_attack_noun_makes_no_event() -> None:
    # هجماتهم names a topic here: the possessive anchors statements only
    assert not of_type("تحدث قائد الشرطة الباكستانية عن مسلحي طالبان وهجماتهم في السنوات الماضية", "ASSAULT")


def test_quotation_marks_take_no_room_in_a_gap() -> None:
    text = 'أكد وزير الخارجية البحريني وقوف بلاده "دائما" مع المملكة العربية السعودية'
    assert ("SUPPORT", [("BHR", "GOV")], [("SAU", "GOV")]) in dyads(text)


def test_a_praise_takes_its_recipient_after_beh() -> None:
    text = "أشاد الرئيس الأمريكي دونالد ترامب بالجيش الإسرائيلي خلال زيارته إلى القدس"
    assert ("SUPPORT", [("USA", "GOV")], [("ISR", "MIL")]) in dyads(text)


def test_corridors_opened_before_people_are_opened_for_them() -> None:
    text = "أعلن الجيش العراقي فتح ممرات آمنة أمام المدنيين في الموصل القديمة"
    assert ("RETREAT", [("IRQ", "MIL")], [("IRQ", "CVL")]) in dyads(text)


def test_an_operation_in_coordination_with_a_partner_is_cooperation() -> None:
    text = "نفذ الجيش اللبناني عملية في جرود عرسال بالتنسيق مع الجيش السوري"
    assert ("COOPERATE", [("LBN", "MIL")], [("SYR", "MIL")]) in dyads(text)


def test_the_adverb_always_is_not_the_russian_duma() -> None:
    text = "أكد وزير الخارجية الإماراتي وقوف بلاده دوما مع السعودية"
    assert all(("RUS", "LEG") not in actors + recipients for _, actors, recipients in dyads(text))


def test_a_possessor_may_stand_after_a_preposition() -> None:
    text = "رد وزير الخارجية الإيراني محمد جواد ظريف على الرئيس الأمريكي دونالد ترامب وتلويحه بفرض عقوبات جديدة"
    threats = of_type(text, "THREATEN")
    assert threats and all(actors == [("USA", "GOV")] for _, actors, _ in threats), dyads(text)


def test_a_suspicion_is_no_asserted_support() -> None:
    text = "اعتقلت السلطات المصرية صحفيا مصريا للاشتباه بدعمه لجماعة الإخوان المسلمين"
    assert not of_type(text, "SUPPORT") and of_type(text, "COERCE")

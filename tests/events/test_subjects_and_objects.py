"""Whose act a verb form is: states named like plurals, verbal nouns after another subject (our own sentences)."""

from __future__ import annotations

from tests.events.dyads import dyads, of_type


def test_a_state_whose_name_ends_like_a_masculine_plural_is_the_subject_of_a_feminine_verb() -> None:
    # الصين، البحرين، فلسطين end in ـين and are singular: أدانت الصين is China's condemnation
    assert of_type("أدانت الصين بشدة التفجير الذي استهدف سفارتها في كابول", "ACCUSE", "2009-10-09") == [
        ("ACCUSE", [("CHN", "GOV")], [])]
    assert ("REQUEST", [("BHR", "GOV")], [("IRN", "GOV")]) in dyads(
        "وتطالب البحرين إيران بوقف التدخل في شؤونها الداخلية", "2011-04-05")


def test_a_verb_form_right_after_another_verbs_subject_is_its_object_not_that_subjects_act() -> None:
    # قتل here is "the killing" the condemnation is about: France condemned it, France did not kill
    text = "أدانت فرنسا أمس قتل رهينتين من مواطنيها في شمال مالي"
    assert not [d for d in of_type(text, "ASSAULT", "2011-01-09") if d[1] == [("FRA", "GOV")]]
    assert ("ACCUSE", [("FRA", "GOV")], []) in dyads(text, "2011-01-09")


def test_a_request_rejected_is_not_the_rejecters_request() -> None:
    text = "ورفضت إسرائيل طلب الأمين العام للأمم المتحدة فتح تحقيق مستقل في أحداث غزة"
    assert not [d for d in of_type(text, "REQUEST", "2018-04-02") if d[1] == [("ISR", "GOV")]]


def test_the_agent_of_a_condemned_killing_is_still_its_doer() -> None:
    text = "أدانت فرنسا أمس قتل رهينتين من مواطنيها على يد تنظيم القاعدة في بلاد المغرب الإسلامي"
    assert [d for d in of_type(text, "ASSAULT", "2011-01-09") if d[1] == [("IMG", "REB")]]


def test_a_given_name_after_abu_is_no_verb() -> None:
    # ياسر reads as يأسر "captures" once folded: after أبو it is a name
    text = "وقال قائد الفصيل المعروف بأبو ياسر الحلبي لصحفيين في إدلب إن الرد سيكون حازما"
    assert not of_type(text, "ASSAULT", "2018-09-08")


def test_a_word_inside_a_name_the_document_introduces_is_no_verb() -> None:
    # وحيد is و + حيّد "neutralized" written alike: after a rank it opens the officer's name
    text = "وقال الناطق باسم الجيش الباكستاني اللواء وحيد أرشد إن الجيش لم ينفذ أي عملية في باجور"
    assert not of_type(text, "ASSAULT", "2007-06-21")
    assert of_type("حيّد الجيش الباكستاني عشرة مسلحين في باجور أمس", "ASSAULT", "2007-06-21")


def test_what_admits_no_doubt_is_no_refusal() -> None:
    # لا يقبل الشك، لا تقبل التأويل: idioms of certainty, not a rejection of anything
    text = "وأكدت وزارة الخارجية المصرية بصورة لا تقبل التأويل أن موقفها من سد النهضة ثابت"
    assert not of_type(text, "REJECT", "2020-06-20")
    assert of_type("وقالت المعارضة السورية إنها لا تقبل الشروط الروسية", "REJECT", "2018-05-01")


def test_a_state_after_a_visit_is_where_the_visitor_goes() -> None:
    # زيارة روسيا، سيزور إثيوبيا: the state is the destination, the visitor is the subject
    assert ("AGREE", [("ERI", "GOV")], [("ETH", "GOV")]) in dyads(
        "قال وزير الإعلام إن الرئيس الإريتري سيزور إثيوبيا غدا", "2018-07-13")
    assert not [d for d in of_type("بدأ الرئيس المصري زيارة السعودية أمس", "CONSULT", "2019-03-04")
                if d[1] == [("SAU", "GOV")]]


def test_a_listed_imperfect_is_hedged_like_a_derived_one() -> None:
    # نلتقي and يلتقي are listed forms of التقى: قد and ربما hedge them as they hedge يقصف
    assert not of_type("ربما نلتقي بالرئيس الروسي في موسكو الشهر المقبل", "CONSULT", "2018-05-01")
    assert not of_type("قال مصدر إن الرئيس المصري قد يلتقي نظيره الروسي في سوتشي", "CONSULT", "2018-05-01")
    assert of_type("التقى الرئيس المصري عبد الفتاح السيسي الرئيس الروسي في سوتشي", "CONSULT", "2018-05-01")

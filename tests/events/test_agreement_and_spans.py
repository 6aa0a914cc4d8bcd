"""Who a verb's subject can be by gender, what casualties died of, and acts told over a long span
(our own sentences)."""

from __future__ import annotations

from tests.events.dyads import dyads, of_type


def test_a_state_after_a_masculine_verb_is_its_object() -> None:
    # دعا is masculine and الولايات المتحدة feminine: he called on the United States
    calls = of_type("ودعا الولايات المتحدة إلى الحفاظ على الاتفاق النووي", "REQUEST", "2018-05-12")
    assert not [d for d in calls if ("USA", "GOV") in d[1]], calls
    # with a feminine verb the state is the subject; a masculine state or noun agrees with a masculine verb
    assert of_type("ودعت الولايات المتحدة إيران إلى وقف دعمها للحوثيين", "REQUEST", "2018-05-12")[0][1] == [
        ("USA", "GOV")]
    assert [d for d in of_type("وقصف الاحتلال الإسرائيلي مواقع في غزة ليل السبت", "ASSAULT", "2018-07-21")
            if ("ISR", "MIL") in d[1] or ("ISR", "GOV") in d[1]]
    # a verbal noun written like the verb keeps its genitive as doer (بناء على طلب الكويت)
    assert [d for d in of_type("وعقد مجلس الأمن جلسة طارئة بناء على طلب الكويت", "REQUEST", "2018-05-15")
            if d[1] == [("KWT", "GOV")]]


def test_what_casualties_died_of_names_its_doer_by_its_nationality() -> None:
    text = "قتل فلسطينيان وأصيب آخر بجروح في قصف إسرائيلي على شمال قطاع غزة صباح الأحد"
    assert [d for d in of_type(text, "ASSAULT", "2018-07-22") if d[1] == [("ISR", "MIL")]], dyads(text)
    # casualties of another attack told between are not this one's
    other = "قتل شخص في هجوم انتحاري استهدف مظاهرة تندد بالغارات الإسرائيلية على غزة"
    assert not [d for d in of_type(other, "ASSAULT", "2008-12-29") if ("ISR", "MIL") in d[1]], dyads(other)


def test_acts_told_over_a_long_span_are_no_occasion_but_a_first_time_since_is() -> None:
    for tally in ("وقتل 141 فلسطينيا على الأقل بنيران الجيش الإسرائيلي منذ بدء التظاهرات",
                  "وتغلق السلطات المصرية معبر رفح منذ عدة سنوات",
                  "وقدمت الولايات المتحدة أكثر من مليار دولار من المساعدات العسكرية للبنان منذ عام 2006"):
        assert not [d for d in dyads(tally, "2018-06-01") if d[0] in ("ASSAULT", "COERCE", "AID")], tally
    assert of_type("ثم شنت إسرائيل أعنف ضربات جوية في سوريا منذ بدء الحرب هناك", "ASSAULT", "2018-05-11")
    assert of_type("وقصفت الطائرات الإسرائيلية مواقع في غزة منذ يومين", "ASSAULT", "2018-06-01")
    # a statement's span is its content's: the request is news
    assert of_type("وطالب الوزير برفع الحصار المفروض على غزة منذ عام 2007", "REQUEST", "2018-06-01")


def test_the_name_after_a_title_read_as_its_body_is_the_same_subject() -> None:
    # الأمين العام للأمم المتحدة reads as the UN (no sector); Guterres after it is he, not the one called on
    text = "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل إلى ضبط النفس"
    calls = of_type(text, "REQUEST", "2018-05-12")
    assert calls and all(("UNO", "GOV") not in d[2] for d in calls) and ("ISR", "GOV") in calls[0][2], calls

"""Who a verb's subject can be by gender, what casualties died of, and acts told over a long span
(our own sentences)."""

from __future__ import annotations

from tests.events.dyads import dyads, of_type


def test_a_state_after_a_masculine_verb_is_its_object() -> None:
    # دعا is masculine and فرنسا feminine: he called on France
    calls = of_type("ودعا فرنسا في كلمته أمام البرلمان إلى مراجعة صفقات السلاح", "REQUEST", "2018-05-12")
    assert not [d for d in calls if ("FRA", "GOV") in d[1]], calls
    # with a feminine verb the state is the subject; a masculine state or noun agrees with a masculine verb
    assert of_type("ودعت ألمانيا تركيا إلى الإفراج عن الصحفي المعتقل", "REQUEST", "2018-05-12")[0][1] == [
        ("DEU", "GOV")]
    shelled = "وقصف الاحتلال الإسرائيلي أرضا زراعية شرق خان يونس فجر الثلاثاء"
    assert [d for d in of_type(shelled, "ASSAULT", "2018-07-21") if ("ISR", "MIL") in d[1] or ("ISR", "GOV") in d[1]]
    # a verbal noun written like the verb keeps its genitive as doer (بناء على طلب الكويت)
    assert [d for d in of_type("واجتمع وزراء الخارجية العرب في القاهرة بناء على طلب الكويت", "REQUEST", "2018-05-15")
            if d[1] == [("KWT", "GOV")]]


def test_what_casualties_died_of_names_its_doer_by_its_nationality() -> None:
    text = "لقي صياد حتفه وجرح اثنان من رفاقه في قصف إسرائيلي قبالة ساحل دير البلح"
    assert [d for d in of_type(text, "ASSAULT", "2018-07-22") if d[1] == [("ISR", "MIL")]], dyads(text)
    # casualties of another attack told between are not this one's
    other = "قتل ثلاثة أشخاص في هجوم انتحاري على تجمع كان ينظم حملة لدعم الضحايا الفلسطينيين للغارات الإسرائيلية"
    assert not [d for d in of_type(other, "ASSAULT", "2008-12-29") if ("ISR", "MIL") in d[1]], dyads(other)


def test_acts_told_over_a_long_span_are_no_occasion_but_a_first_time_since_is() -> None:
    for tally in ("وقتلت القوات الحكومية نحو ثلاثمئة معارض منذ بدء الاحتجاجات في نيكاراغوا",
                  "وتغلق السلطات الجزائرية حدودها البرية مع المغرب منذ سنوات طويلة",
                  "وقدمت اليابان نحو مئتي مليون دولار من المساعدات الإنسانية للأردن منذ عام 2012"):
        assert not [d for d in dyads(tally, "2018-06-01") if d[0] in ("ASSAULT", "COERCE", "AID")], tally
    assert of_type("وشنت روسيا أعنف غاراتها على ريف إدلب منذ توقيع اتفاق خفض التصعيد", "ASSAULT", "2018-05-11")
    assert of_type("وقصفت الطائرات التركية قرى كردية شمال العراق منذ يومين", "ASSAULT", "2018-06-01")
    # a statement's span is its content's: the request is news
    assert of_type("وطالب الوزير بإلغاء القيود المفروضة على الصيادين منذ عام 2009", "REQUEST", "2018-06-01")


def test_the_name_after_a_title_read_as_its_body_is_the_same_subject() -> None:
    # الأمين العام للأمم المتحدة reads as the UN (no sector); Guterres after it is he, not the one called on
    text = "وطالب الأمين العام للأمم المتحدة أنطونيو غوتيريش ميانمار بالسماح بعودة اللاجئين الروهينغا"
    calls = of_type(text, "REQUEST", "2018-05-12")
    assert calls and all(("UNO", "GOV") not in d[2] for d in calls) and ("MMR", "GOV") in calls[0][2], calls

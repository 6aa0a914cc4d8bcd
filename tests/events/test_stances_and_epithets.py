"""Nouns and participles that name a standing relation, not an act: support as a topic, the backed as an
epithet, forces based somewhere, homographs and the mode of a march (our own sentences)."""

from __future__ import annotations

from tests.events.dyads import dyads, moded_dyads, of_type


def test_support_affirmed_by_a_statement_is_coded_and_support_as_a_topic_is_not() -> None:
    affirmed = "أكد وزير خارجية الكويت الشيخ صباح الخالد الحمد الصباح، الأحد، على دعم الكويت الكامل لجهود المغرب"
    assert [d for d in of_type(affirmed, "SUPPORT", "2018-10-12") if ("MAR", "GOV") in d[2]], dyads(affirmed)
    assert of_type("وجدد العاهل الأردني دعم بلاده للشعب الفلسطيني", "SUPPORT", "2018-10-12")
    for topic in ("وأبدت لندن انزعاجها في إشارة إلى دعم موسكو لدمشق",
                  "ويغضب أنقرة تسليح واشنطن ودعم البنتاغون للمقاتلين الأكراد شرق الفرات",
                  "وأكد الوزير أن دعم إيران للحوثيين يهدد أمن المنطقة"):
        assert not of_type(topic, "SUPPORT", "2018-10-12"), topic


def test_backed_with_the_article_is_an_epithet_without_it_a_circumstance() -> None:
    epithet = "وقال المتحدث إن الفصائل المسلحة المدعومة من إيران تواصل خرق الهدنة قرب الحديدة"
    assert not of_type(epithet, "AID", "2018-10-12")
    # backing by forces in the fight is the news even with the article
    fight = "وسيطرت قوات الجيش اليمني المدعومة من التحالف العربي على تلال مطلة على صرواح"
    assert [d for d in of_type(fight, "AID", "2018-06-20") if ("YEM", "GOV") in d[2] or ("YEM", "MIL") in d[2]]
    circumstance = "وتقدمت قوات الجيش اليمني مدعومة بطيران التحالف نحو مدينة الحديدة أمس"
    assert [d for d in of_type(circumstance, "AID", "2018-10-12") if ("YEM", "MIL") in d[2]]


def test_where_forces_are_based_is_no_mobilization_taking_positions_is() -> None:
    assert not of_type("وتقع البلدة في منطقة تتمركز فيها قوات أميركية شرق سوريا", "MOBILIZE", "2018-10-12")
    assert of_type("وتمركزت قوات الجيش التركي في محيط مدينة عفرين أمس", "MOBILIZE", "2018-01-25")


def test_a_single_face_is_no_neutralizing() -> None:
    assert not of_type("وقال إن الحكومة الجديدة ليست سوى وجه وحيد لنظام قديم", "ASSAULT", "2018-10-12")


def test_a_march_gives_no_drone_mode_a_drone_does() -> None:
    shot = "وأصابت القوات الإسرائيلية مسعفا فلسطينيا بالرصاص خلال مسيرة العودة قرب رفح"
    assert next(m for m in moded_dyads(shot, "2018-04-12") if m[0] == "ASSAULT")[1] == "firearms"
    drone = "وقصفت طائرة مسيرة أمريكية سيارة لمسلحين في مأرب أمس"
    assert next(m for m in moded_dyads(drone, "2018-04-12") if m[0] == "ASSAULT")[1] == "drone"


def test_a_call_joined_to_a_clause_with_its_subject_calls_on_the_noun_after_it() -> None:
    # the rights groups condemned and called on the government: the government is called on
    text = "وانتقدت منظمات حقوقية دولية الحكم على المعارض، ودعت سلطات جنوب السودان إلى إلغائه فورا"
    calls = of_type(text, "REQUEST", "2018-05-12")
    assert calls and all(("SSD", "GOV") in d[2] and ("SSD", "GOV") not in d[1] for d in calls), calls
    # opening a sentence, the noun after دعا is its subject
    assert of_type("ودعا الرئيس الفلسطيني إلى استئناف المفاوضات", "REQUEST", "2018-05-12")[0][1] == [("PSE", "GOV")]


def test_words_after_a_trigger_that_give_it_another_sense() -> None:
    # تهدد أمن الملاحة endangers; منع تدهور الأوضاع restrains no one; أفرج عن مقتطفات frees no one
    assert not of_type("وقال إن الألغام البحرية تهدد أمن الملاحة التجارية في خليج عدن", "THREATEN", "2018-05-12")
    assert not of_type("وحذر التقرير من تهديد القراصنة للملاحة قبالة سواحل الصومال", "THREATEN", "2018-05-12")
    assert of_type("وهدد الحوثيون بقصف العاصمة السعودية بالصواريخ", "THREATEN", "2018-05-12")
    assert not of_type("واجتمع الوزراء لبحث سبل منع تدهور الأوضاع الإنسانية في غزة", "COERCE", "2018-05-12")
    assert not of_type("وأفرج والد الفتاة عن مقتطفات من فيديو التحقيق", "RETREAT", "2018-05-12")
    assert of_type("وأفرجت السلطات المصرية عن ثلاثة صحفيين أمس", "RETREAT", "2018-05-12")


def test_its_dead_is_no_killing() -> None:
    # قتلاها "its dead", not قتلا + ها "the two of them killed her"
    assert not of_type("ونقلت الميليشيات الحوثية قتلاها إلى مستشفى في صنعاء", "ASSAULT", "2018-05-12")


def test_a_source_wishing_to_stay_anonymous_makes_no_request_or_refusal() -> None:
    assert not of_type("وقالت متحدثة باسم الخارجية الألمانية رفضت نشر اسمها إن بلادها تحترم قرار الناخبين",
                       "REJECT", "2018-06-25")
    assert not of_type("وقال مسؤول عسكري عراقي طلب عدم ذكر اسمه إن القوات تقدمت", "REQUEST", "2018-06-25")
    assert of_type("ورفضت تركيا نشر قوات أمريكية على حدودها", "REJECT", "2018-06-25")


def test_a_hospital_after_a_visit_verb_is_visited() -> None:
    # the visitor, named in an earlier sentence, is dropped here: the hospital is where she went
    visits = of_type("وفي نيروبي حيث زارت مستشفى حكوميا الخميس رفع العاملون لافتات ترحيب", "CONSULT", "2018-10-05")
    assert not [d for d in visits if any(sector == "MED" for _, sector in d[1])], visits

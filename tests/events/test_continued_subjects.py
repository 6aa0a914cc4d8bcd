"""Verbs that continue the subject of a speech verb (قال X إن …، واتهم Y بـ …), in our own sentences."""

from __future__ import annotations

from tests.events.dyads import dyads, of_type


def test_one_noun_phrase_before_the_complement_is_the_accused_not_the_accuser() -> None:
    text = ("قال الرئيس الإيراني حسن روحاني في خطاب متلفز إن بلاده لن تفاوض تحت الضغط، "
            "واتهم الولايات المتحدة بشن حرب اقتصادية")
    assert of_type(text, "ACCUSE", "2019-05-01") == [("ACCUSE", [("IRN", "GOV")], [("USA", "GOV")])]


def test_two_noun_phrases_keep_subject_and_object() -> None:
    text = "واتهمت روسيا الولايات المتحدة بدعم الإرهاب"
    assert of_type(text, "ACCUSE", "2019-05-01") == [("ACCUSE", [("RUS", "GOV")], [("USA", "GOV")])]


def test_holding_responsible_after_a_condemnation_keeps_the_condemner() -> None:
    text = "أدان الرئيس المصري عبد الفتاح السيسي الهجوم، وحمل جماعة الإخوان المسؤولية"
    assert ("ACCUSE", [("EGY", "GOV")], [("EGY", "OPP")]) in of_type(text, "ACCUSE", "2019-05-01")


def test_a_threat_joined_to_a_statement_is_the_speakers() -> None:
    text = "قال المتحدث باسم الحوثيين إن قواتهم صامدة، وهدد السعودية بضرب منشآتها النفطية"
    assert of_type(text, "THREATEN", "2019-05-01") == [("THREATEN", [("YEM", "REB")], [("SAU", "GOV")])]


def test_a_verb_joined_to_reported_speech_with_no_subject_is_the_speakers() -> None:
    text = "وأكد الوزير الأردني أن المفاوضات مستمرة، وندد بالقصف الإسرائيلي لغزة"
    assert of_type(text, "ACCUSE", "2019-05-01") == [("ACCUSE", [("JOR", "GOV")], [("ISR", "GOV")])]


def test_the_speaker_of_a_sentence_is_the_subject_of_the_next_one() -> None:
    text = ("قال الرئيس الفلسطيني محمود عباس إن القدس ليست للبيع. "
            "وحمل الإدارة الأمريكية مسؤولية فشل عملية السلام")
    assert of_type(text, "ACCUSE", "2019-05-01") == [("ACCUSE", [("PSE", "GOV")], [("USA", "GOV")])]


def test_the_speaker_is_handed_on_one_sentence_only() -> None:
    # the closure two sentences later is nobody's act the text names, not the correspondent's
    text = ("وقال مراسل صحيفة الغارديان البريطانية إن الشرطة وصلت بسرعة. وكان الطقس باردا في تلك الساعة. "
            "وأغلقت محطة القطارات القريبة أمام الركاب")
    assert all(actors != [("GBR", "JRN")] for _, actors, _ in dyads(text, "2019-05-01")), dyads(text, "2019-05-01")

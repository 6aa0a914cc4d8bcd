"""Accusations told as reported speech (قال X إن Y خرق …) and owners after التابع لـ, in our own sentences."""

from __future__ import annotations

from tests.events.dyads import dyads, moded_dyads, of_type

from marsad.api import as_document
from marsad.events import coder
from marsad.pipeline import EventStage, Pipeline


def test_a_wrong_a_speaker_reports_is_the_speakers_accusation() -> None:
    text = "قالت وزارة الخارجية الأردنية إن الحكومة الإسرائيلية انتهكت الوضع القائم في المسجد الأقصى"
    assert ("ACCUSE", "allege", [("JOR", "GOV")], [("ISR", "GOV")]) in moded_dyads(text), moded_dyads(text)


def test_a_wrong_in_the_journalists_own_words_accuses_no_one() -> None:
    assert not of_type("وانتهكت القوات الإسرائيلية اتفاق الهدنة مرات عدة خلال الليل", "ACCUSE")


def test_a_speaker_before_the_verb_accuses_too() -> None:
    text = "وكانت موسكو قد قالت إن واشنطن اختلقت الأدلة على الهجوم"
    assert ("ACCUSE", [("RUS", "GOV")], [("USA", "GOV")]) in of_type(text, "ACCUSE"), of_type(text, "ACCUSE")


def test_a_participle_speaks_for_the_main_speaker() -> None:
    # the clause after مؤكدين is said by the elders who said the first one, not by anyone named inside it
    text = "قال شيوخ قبائل مأرب أمس إنهم متمسكون بالسلام، مؤكدين أن الحوثيين نقضوا كل العهود السابقة"
    assert of_type(text, "ACCUSE") == [("ACCUSE", [("YEM", "CVL")], [("YEM", "REB")])], of_type(text, "ACCUSE")


def test_a_denied_wrong_accuses_no_one() -> None:
    assert not of_type("قال المتحدث باسم وزارة الدفاع الروسية إن قواته لم تخرق الهدنة في إدلب", "ACCUSE")


def test_violations_a_speaker_reports_have_the_speaker_as_accuser() -> None:
    text = "قال رئيس الوزراء العراقي عادل عبد المهدي إن خروقات كبيرة وقعت خلال عمليات العد في نينوى"
    assert of_type(text, "ACCUSE") == [("ACCUSE", [("IRQ", "GOV")], [])], of_type(text, "ACCUSE")


def test_a_breach_someone_means_to_commit_is_no_violation() -> None:
    # لخرق: an aim the speaker ascribes, not a violation that happened
    assert not of_type("قال خفر السواحل اليوناني إن القارب جاء لخرق الحظر المفروض على ليبيا", "ACCUSE")


def test_violations_with_no_speaker_have_no_accuser() -> None:
    assert not of_type("وتكررت الخروقات في ريف حماة الشمالي طوال الأسبوع", "ACCUSE")


def test_the_owner_after_tabi_li_is_the_actor() -> None:
    # the subject (an account) is no actor; the embassy that owns it mocks
    text = "وسخر الحساب الرسمي التابع للسفارة الأمريكية في بغداد من تصريحات المسؤول العراقي"
    assert ("ACCUSE", [("USA", "GOV")], [("IRQ", "GOV")]) in of_type(text, "ACCUSE"), of_type(text, "ACCUSE")


def test_a_reported_wrong_governs_no_content() -> None:
    # the bombing after خرقت … بـ is told as done, not as what a wrong consists of: it stays its own candidate
    text = "خرقت الطائرات الروسية الهدنة بقصف بلدة خان شيخون في إدلب"
    pipeline = Pipeline.default()
    doc = pipeline(as_document({"id": "t", "text": text, "date": "2019-06-01"}))
    stage = next(s for s in pipeline.stages if isinstance(s, EventStage))
    candidates = coder.sentence_candidates(doc, 0, stage.lexicon, stage.modality)
    shelling = [c for c in candidates if c.event == "ASSAULT"]
    assert shelling and all(c.embedded_in is None for c in shelling)


def test_a_massacre_a_speaker_ascribes_is_an_accusation_of_its_doer() -> None:
    text = "قال وزير الخارجية القطري إن مجزرة الجيش الإسرائيلي في غزة لن تمر دون حساب"
    assert ("ACCUSE", "allege", [("QAT", "GOV")], [("ISR", "MIL")]) in moded_dyads(text, "2018-05-16")


def test_crimes_a_speaker_ascribes_are_an_accusation_of_their_doer() -> None:
    text = "قالت وزارة الخارجية الأردنية إن جرائم المستوطنين في الخليل تتصاعد"
    assert of_type(text, "ACCUSE") == [("ACCUSE", [("JOR", "GOV")], [("ISR", "CVL")])], of_type(text, "ACCUSE")


def test_a_crime_of_no_one_named_accuses_no_one() -> None:
    assert not of_type("قال المتحدث إن الجريمة هزت المدينة", "ACCUSE")


def test_raising_ones_voice_against_is_a_criticism_not_a_vote() -> None:
    text = "رفعت منظمة العفو الدولية صوتها عاليا ضد إعدام المعارضين في إيران"
    assert not of_type(text, "REJECT") and of_type(text, "ACCUSE"), moded_dyads(text)


def test_evidence_a_speaker_says_they_hold_against_someone_is_an_allegation() -> None:
    text = "قالت لندن إن لديها أدلة دامغة على أن روسيا دبرت عملية التسميم"
    assert of_type(text, "ACCUSE", "2018-03-20") == [("ACCUSE", [("GBR", "GOV")], [("RUS", "GOV")])]


def test_no_evidence_is_no_allegation() -> None:
    assert not of_type("قال وزير الخارجية الفرنسي إنه لا توجد أدلة على تورط إيران في الهجوم", "ACCUSE", "2019-09-20")


def test_a_spokesperson_speaks_for_the_body_named_after_bism() -> None:
    # المتحدث باسم حركة حماس is of Hamas (PSE REB), whatever the story's country
    text = "وقال المتحدث باسم حركة حماس إن إسرائيل خرقت التهدئة"
    assert of_type(text, "ACCUSE", "2019-09-20") == [("ACCUSE", [("PSE", "REB")], [("ISR", "GOV")])]


def test_violations_a_speaker_only_talks_about_are_no_charge() -> None:
    text = "قال وزير العدل العراقي إن الحكومة ستحاسب مرتكبي الانتهاكات في السجون"
    assert not of_type(text, "ACCUSE"), of_type(text, "ACCUSE")


def test_a_violation_a_speaker_predicates_is_a_charge() -> None:
    text = "قال وزير الخارجية الأردني إن ما جرى في المسجد الأقصى يشكل انتهاكا للقانون الدولي"
    assert of_type(text, "ACCUSE") == [("ACCUSE", [("JOR", "GOV")], [])], of_type(text, "ACCUSE")


def test_an_actor_owned_by_another_keeps_its_own_marking() -> None:
    # الميليشيات التابعة لإيران: the militia fires, the owner is no subject
    text = "أكد التحالف أن الميليشيات الحوثية التابعة لإيران أطلقت صاروخا باليستيا على جازان"
    assert all(actors != [("IRN", "GOV")] for _, actors, _ in dyads(text)), dyads(text)


def test_strikes_on_a_target_told_by_themselves_are_not_coded() -> None:
    assert not of_type("وتواصلت الضربات الجوية على المدينة الليلة الماضية", "ASSAULT")

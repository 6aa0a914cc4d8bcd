"""PROTEST triggers that report no protest (events/protest.py), gatherings that need a cue, and the
constructions that report a protest taking place (joined, renewed, went out demonstrating)."""

from __future__ import annotations

import pytest
from tests.events.dyads import candidate_reasons

import marsad
from marsad.events import coder, protest
from marsad.model import Event


def _events(text: str, kind: str = "PROTEST", date: str = "2019-06-01") -> list[Event]:
    return [e for e in marsad.code(text, date=date) if e.event == kind and not e.negated]


def _reasons(text: str) -> dict[str, str | None]:
    """Each PROTEST candidate's first trigger word and why it reports no protest (None: it may)."""
    return candidate_reasons(text, "PROTEST", lambda doc, index, candidate, _stage: coder.not_a_protest(
        doc, index, candidate), by_head=False)


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("توقفت المباراة دقائق بعد احتجاج اللاعبين المصريين على ركلة الجزاء التي احتسبها الحكم", "احتجاج",
         protest.SPORTS),
        ("خرج الوزير خاسرا من الشارع بعد أن فشل في حشد أنصاره", "خرج", protest.ORIGIN),
        ("حث الحزب الشيوعي أنصاره على الاعتصام أمام البرلمان في الخرطوم", "الاعتصام", protest.CALLED),
        ("منعت الشرطة الطلاب من تنظيم مظاهرة أمام جامعة القاهرة", "مظاهرة", protest.CALLED),
        ("قال الوزير إن كل من يتظاهر دون ترخيص سيحاسب", "يتظاهر", protest.GENERIC),
        ("على أن ينظم تيار المستقبل مسيرة شموع في طرابلس", "ينظم", protest.PLANNED),
        ("يتظاهر أنصار المعارضة غدا أمام مقر الحكومة في تونس", "يتظاهر", protest.PLANNED),
        ("وتنظم النقابات مظاهرة الجمعة المقبلة في الرباط", "وتنظم", protest.PLANNED),
        ("تظاهر آلاف الجزائريين في العاصمة ضد الانتخابات الرئاسية المقبلة", "تظاهر", None),
        ("احتج النائب بأن الحكومة لم تعرض الموازنة على البرلمان", "احتج", protest.ARGUED),
        ("سجلت النقابة احتجاجا على قرار الوزارة بتجميد الرواتب", "احتجاجا", protest.LODGED),
        ("ويشارك الناشط الإسرائيلي كل أسبوع في المظاهرات ضد الجدار في بلعين", "ويشارك", protest.HABITUAL),
        ("وحمّل المحتجون الذين كانوا قد تجمعوا قرب البلدية قوات الأمن مسؤولية الإصابات", "تجمعوا", protest.RELATIVE),
        ("تجمع مئات الصحفيين في قاعة المؤتمر لمتابعة كلمة الرئيس", "تجمع", protest.UNCUED),
        ("ونظمت هذه المظاهرات نقابات العمال في الدار البيضاء", "ونظمت", protest.TOLD_BEFORE),
        ("وتجمع مئات الطلاب في ساحة الجامعة الأردنية مرددين هتافات ضد رفع الرسوم", "وتجمع", None),
        ("تظاهر آلاف المغاربة في الرباط احتجاجا على غلاء الأسعار", "تظاهر", None),
    ],
)
def test_why_a_protest_word_reports_no_protest(text: str, trigger: str, reason: str | None) -> None:
    assert _reasons(text)[trigger] == reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وخرج الجيش لمواجهة متظاهرين في ساحة الشهداء ببيروت", "وخرج"),
        ("وقالت إنها ظهرت علنا أثناء تجمع في عمان بعد إعدام والدها", "تجمع"),
        ("وحمّل المحتجون الذين تجمعوا قرب مبنى البلدية قوات الأمن مسؤولية الإصابات", "تجمعوا"),
        ("أصاب جنود الاحتلال شبانا يشاركون في مسيرات سلمية شرق خان يونس", "يشاركون"),
    ],
)
def test_misread_constructions_are_no_candidates(text: str, word: str) -> None:
    # not even a candidate: a noun "rally", or protesters the act is aimed at, end no clause
    assert word not in _reasons(text)


def test_a_rally_noun_does_not_cut_off_an_attack_target() -> None:
    coded = _events("أطلقت مروحية إسرائيلية صاروخا على تجمع للمواطنين الفلسطينيين شرق رفح", "ASSAULT")
    assert [r.code for e in coded for r in e.recipient] == ["PSE"]


@pytest.mark.parametrize(
    "text",
    [
        "وتجمع عشرات الفلسطينيين في دوار المنارة وسط رام الله وهم يرفعون لافتات تطالب بوقف الاستيطان",
        "خرج آلاف اللبنانيين متظاهرين في ساحة الشهداء ضد الحكومة اللبنانية",
        "شارك آلاف الطلاب المغاربة في مسيرة حاشدة في الرباط",
        "انخرطت أحزاب تونسية كثيرة في مسيرة ضد الإرهاب في العاصمة",
        "تجددت المظاهرات في الخرطوم أمس ضد الحكومة السودانية",
        "اندلعت احتجاجات الطلاب في طهران بعد قرار رفع الأسعار",
        "ارتفعت حدة الاحتجاجات في بغداد مع حلول المساء",
        "شهدت بورما نزول مئات الرهبان البوذيين إلى شوارع رانغون",
    ],
)
def test_constructions_that_report_a_protest(text: str) -> None:
    assert _events(text), text


def test_a_present_participation_in_a_strike_is_kept() -> None:
    # the habit filter looks for a habit phrase, not at the tense: a strike joined now is news
    assert _events("تشارك صحيفتان سودانيتان في الإضراب عن الطعام احتجاجا على الرقابة")


def test_an_official_protest_is_a_criticism() -> None:
    text = "احتجت وزارة الخارجية المصرية لدى السفير الإسرائيلي في القاهرة على مقتل جنديين مصريين"
    assert not _events(text)
    accusations = _events(text, "ACCUSE")
    assert [(e.mode, e.actor[0].code, e.recipient[0].code) for e in accusations] == [("disapprove", "EGY", "ISR")]


def test_an_official_protest_against_no_one_named_is_not_coded() -> None:
    text = "احتجت وزارة الخارجية المصرية على القرار"
    assert not _events(text) and not _events(text, "ACCUSE")


def test_an_official_act_in_protest_is_left_to_its_own_rule() -> None:
    # استدعت … احتجاجا على: the summons is the official act; the adverb adds no protest of its own
    text = "استدعت وزارة الخارجية الأردنية سفير إسرائيل لديها احتجاجا على اقتحام باحات المسجد الأقصى"
    assert not _events(text)
    assert not [e for e in _events(text, "ACCUSE") if e.provenance.rule == "ar.protest.in-protest-against"]


def test_protests_happening_take_no_doer_from_before_the_verb() -> None:
    coded = _events("وعقد البرلمان العراقي جلسة طارئة بعد تصاعد حدة التظاهرات في البصرة")
    assert coded and all(a.sector == "CVL" for e in coded for a in e.actor)


def test_a_state_before_a_protest_adverb_is_where_it_happens() -> None:
    # قرب الشريط الحدودي بين غزة وإسرائيل احتجاجا على: Israel is no official complaining
    text = "وتجمع مئات الشبان قرب الشريط الحدودي بين غزة وإسرائيل احتجاجا على إغلاق المعابر"
    assert _events(text) and not _events(text, "ACCUSE")


def test_a_crowd_still_protests_with_the_same_verb() -> None:
    coded = _events("احتج مئات العمال المصريين أمام وزارة القوى العاملة في القاهرة على تأخر الرواتب")
    assert coded and coded[0].actor[0].sector in ("CVL", "LAB")


def test_hardly_anyone_going_out_is_negated() -> None:
    # لا يكاد: "hardly", a negator before the auxiliary يكاد
    coded = marsad.code("ولا يكاد يخرج إلى الشارع أحد في المساء بسبب القصف", date="2019-06-01")
    assert all(e.negated for e in coded if e.event == "PROTEST")

"""Tests for marsad.ingest.clean."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.ingest.clean import clean_text

TITLE = "قوات الأمن تعتقل خلية مسلحة في ريف دمشق"
LEAD = (
    "أعلنت وزارة الداخلية، صباح اليوم السبت، أن قوات الأمن اعتقلت خمسة أشخاص يشتبه في انتمائهم "
    "إلى خلية مسلحة كانت تخطط لتفجير سيارة مفخخة في ريف دمشق."
)
LEAD_AGAIN = (
    "أعلنت وزارة الداخلية صباح اليوم السبت أن قوات الأمن اعتقلت خمسة أشخاص يشتبه في انتمائهم "
    "إلى خلية مسلحة كانت تخطط لتفجير سيارة مفخخة في ريف دمشق"
)
BODY_1 = "وقال مصدر أمني إن العملية جاءت بعد مراقبة استمرت أسبوعين، وإن المعتقلين نقلوا إلى التحقيق."
BODY_2 = "وأضاف المصدر أن القوات صادرت أسلحة خفيفة وكميات من المتفجرات كانت مخبأة في مزرعة مهجورة."
RELATED_LINK_1 = "انفجار يهز حيا سكنيا في حمص"
RELATED_LINK_2 = "مقتل جنديين في هجوم على حاجز عسكري"
COMMENT = "الله يحمي البلد من كل شر"

RAW_PAGE = f"""الرئيسية > أخبار > محليات
{TITLE}
\u00a0
{LEAD}

{LEAD_AGAIN}
{BODY_1}
اقرأ أيضًا:
{RELATED_LINK_1}
{RELATED_LINK_2}
{BODY_2}
   \u00a0\u00a0
شارك هذا المقال
فيسبوك
تويتر
التعليقات (2)
{COMMENT}
جميع الحقوق محفوظة 2024
"""


@pytest.fixture(scope="module")
def cleaned() -> str:
    return clean_text(RAW_PAGE, title=f"{TITLE} - موقع الحدث")


@pytest.mark.parametrize("must_contain", [LEAD, BODY_1, BODY_2])
def test_keeps_the_article(cleaned: str, must_contain: str) -> None:
    assert must_contain in cleaned


@pytest.mark.parametrize(
    "must_not_contain",
    [
        TITLE,
        "الرئيسية",
        "اقرأ أيضًا",
        RELATED_LINK_1,
        RELATED_LINK_2,
        "شارك هذا المقال",
        "فيسبوك",
        "التعليقات",
        COMMENT,
        "جميع الحقوق محفوظة",
        "\u00a0",
        "\n\n",
    ],
)
def test_drops_boilerplate(cleaned: str, must_not_contain: str) -> None:
    assert must_not_contain not in cleaned


def test_drops_the_near_verbatim_repeated_lead(cleaned: str) -> None:
    assert cleaned.count("اعتقلت خمسة أشخاص") == 1


def test_keeps_paragraph_order_and_newlines(cleaned: str) -> None:
    assert cleaned.split("\n") == [LEAD, BODY_1, BODY_2]


def test_without_title_drops_a_doubled_first_line_only() -> None:
    assert clean_text(f"{TITLE}\n{TITLE}\n{BODY_1}") == f"{TITLE}\n{BODY_1}"


def test_collapses_runs_of_spaces() -> None:
    raw = "قال  الوزير \t  إن\u00a0\u00a0المفاوضات    مستمرة."
    assert clean_text(raw) == "قال الوزير إن المفاوضات مستمرة."


@pytest.mark.parametrize(
    "sentence",
    [
        "شارك على الأقل مئة شخص في المظاهرة التي خرجت وسط العاصمة.",
        "التعليقات التي نشرها الوزير على حسابه أثارت جدلا واسعا في البرلمان.",
        "اقرأ أيضا ما قاله الرئيس في خطابه الأخير أمام البرلمان، فقد كان واضحا وحاسما في موقفه من الأزمة.",
        "وقال المتحدث: «لن نتراجع».",
        "أخبار سارة للمزارعين بعد هطول الأمطار الغزيرة في الجنوب.",
    ],
)
def test_never_drops_an_ordinary_sentence(sentence: str) -> None:
    text = f"{BODY_1}\n{BODY_2}\n{sentence}"
    assert sentence in clean_text(text)


def test_inline_related_link_line_is_dropped() -> None:
    text = f"{BODY_1}\nاقرأ أيضا: {RELATED_LINK_1}\n{BODY_2}"
    assert clean_text(text) == f"{BODY_1}\n{BODY_2}"


@pytest.mark.parametrize(
    "marker", ["اقرأ أيضا", "إقرأ أيضاً", "اقرأ/ي أيضًا", "اقرأ المزيد", "شاهد أيضا", "مواضيع ذات صلة",
               "أخبار ذات صلة", "روابط ذات صلة"],
)
def test_related_link_headers(marker: str) -> None:
    text = f"{BODY_1}\n{marker}:\n{RELATED_LINK_1}\n{BODY_2}"
    assert clean_text(text) == f"{BODY_1}\n{BODY_2}"


@pytest.mark.parametrize(
    "marker", ["التعليقات", "اترك تعليقا", "أضف تعليقك", "شارك هذا المقال", "شارك على", "تابعونا على",
               "جميع الحقوق محفوظة"],
)
def test_footer_markers_cut_the_rest(marker: str) -> None:
    text = f"{LEAD}\n{BODY_1}\n{BODY_2}\n{marker}\n{COMMENT}"
    assert clean_text(text) == f"{LEAD}\n{BODY_1}\n{BODY_2}"


def test_footer_marker_at_the_top_is_not_a_footer() -> None:
    text = f"التعليقات\n{LEAD}\n{BODY_1}\n{BODY_2}"
    assert LEAD in clean_text(text)


def test_exact_repeated_paragraph_far_down_is_dropped() -> None:
    filler = "\n".join(f"فقرة رقم {i} تتحدث عن تطورات الوضع الميداني في المدينة." for i in range(20))
    text = f"{LEAD}\n{filler}\n{LEAD}"
    assert clean_text(text).count(LEAD) == 1


def test_lead_repeated_with_a_word_changed_is_dropped() -> None:
    repeat = LEAD.replace("صباح اليوم السبت", "صباح السبت").replace("خلية مسلحة", "خلية إرهابية")
    assert clean_text(f"{LEAD}\n{repeat}\n{BODY_1}") == f"{LEAD}\n{BODY_1}"


def test_paragraphs_differing_in_a_number_are_both_kept() -> None:
    first = "أفادت مصادر طبية بأن عدد القتلى في القصف الذي استهدف السوق الشعبي وسط المدينة بلغ 12 شخصا."
    second = "أفادت مصادر طبية بأن عدد القتلى في القصف الذي استهدف السوق الشعبي وسط المدينة بلغ 15 شخصا."
    assert clean_text(f"{first}\n{second}") == f"{first}\n{second}"


@pytest.mark.parametrize("text", ["", "\n\n", "\u00a0\n \n\t", "\u200b\n\u200f"])
def test_blank_input_gives_empty_text(text: str) -> None:
    assert clean_text(text) == ""


@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=40)))
def test_clean_text_never_raises(text: str, title: str | None) -> None:
    result = clean_text(text, title=title)
    assert "\n\n" not in result
    assert result == result.strip()


@given(st.text(max_size=400))
def test_clean_text_is_idempotent_enough(text: str) -> None:
    once = clean_text(text)
    assert len(clean_text(once)) <= len(once)

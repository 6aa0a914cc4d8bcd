"""Tests for marsad.ingest.html."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.ingest.html import extract_html, strip_tags

TITLE = "البرلمان يقر قانون الانتخابات الجديد"
BODY = (
    "صوت مجلس النواب، مساء الأربعاء، بأغلبية أعضائه على قانون الانتخابات الجديد بعد نقاش "
    "استمر ثلاث جلسات متتالية حول توزيع الدوائر الانتخابية في المحافظات.",
    "وقال رئيس اللجنة القانونية في المجلس إن القانون يرفع حصة النساء في المقاعد، ويمنح "
    "الناخبين في الخارج حق التصويت للمرة الأولى منذ سنوات طويلة.",
    "في المقابل، أعلنت كتلتان معارضتان أنهما ستطعنان في القانون أمام المحكمة الدستورية "
    "خلال الأيام المقبلة بدعوى مخالفته لمبدأ المساواة بين المواطنين.",
)
NAV = "خريطة الموقع الكاملة"
COMMENT = "تعليق من قارئ غاضب على هذا الخبر"

PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} - جريدة الميدان</title>
<meta property="og:site_name" content="جريدة الميدان">
<meta property="og:url" content="https://example.org/politics/elections-law">
<meta property="article:published_time" content="2022-11-16T18:05:00+02:00">
</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/map">{NAV}</a></nav></header>
<article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in BODY)}
</article>
<section id="comments" class="comments"><h3>التعليقات</h3>
<div class="comment"><p>{COMMENT}، لن يتغير شيء في البلاد.</p></div></section>
<footer><p>جميع الحقوق محفوظة © 2022 جريدة الميدان</p></footer>
</body></html>"""


def test_extracts_article_and_leaves_out_navigation_and_comments() -> None:
    text, _ = extract_html(PAGE)
    for paragraph in BODY:
        assert paragraph in text
    assert NAV not in text
    assert COMMENT not in text
    assert "جميع الحقوق محفوظة" not in text


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("title", TITLE),
        ("date", "2022-11-16"),
        ("url", "https://example.org/politics/elections-law"),
        ("sitename", "جريدة الميدان"),
    ],
)
def test_extracts_metadata(key: str, value: str) -> None:
    _, meta = extract_html(PAGE)
    assert meta[key] is not None
    assert value in str(meta[key])


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<p>",
        "<<<>>></p></div><p>نص <b>غير <i>مغلق",
        "<div>" * 50_000 + "نص عميق جدا" + "</div>" * 50_000,
        "<html><body>" + "<span>" * 5000 + "انفجار في المرفأ" + "\x00",
        "<script>var x = '<p>';</script><p>خبر قصير</p>",
    ],
    ids=["empty", "lone-tag", "malformed", "deep", "unclosed-nul", "script"],
)
def test_never_raises_on_broken_pages(html: str) -> None:
    text, meta = extract_html(html)
    assert isinstance(text, str)
    assert set(meta) == {"title", "date", "url", "sitename"}


def test_short_page_falls_back_to_tag_stripper() -> None:
    page = "<html><head><title>خبر</title></head><body><p>وصل الوفد إلى عمان.</p></body></html>"
    text, meta = extract_html(page)
    assert "وصل الوفد إلى عمان." in text
    assert meta["title"] == "خبر"


def test_strip_tags_skips_scripts_and_navigation() -> None:
    text, title = strip_tags(
        "<title>عنوان</title><nav>قائمة</nav><script>alert(1)</script><p>سطر أول</p><p>سطر ثان</p>"
    )
    assert text == "سطر أول\nسطر ثان"
    assert title == "عنوان"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' pdivbrhtml!-&;#xابت\n")), max_size=300))
def test_extract_html_never_raises(html: str) -> None:
    text, _ = extract_html(html)
    assert isinstance(text, str)

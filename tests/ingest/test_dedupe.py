"""Tests for marsad.ingest.dedupe."""

from __future__ import annotations

import pytest
from datasketch import MinHash
from hypothesis import given
from hypothesis import strategies as st

from marsad.ingest.dedupe import MINHASH_SEED, NUM_PERM, SHINGLE_WORDS, Deduplicator, words

ARTICLE = (
    "أعلنت وزارة الصحة في غزة، مساء الثلاثاء، أن حصيلة الغارات الجوية على مخيم جباليا ارتفعت إلى "
    "اثني عشر قتيلا وعشرات الجرحى، بينهم أطفال ونساء. وقال المتحدث باسم الوزارة إن الطواقم الطبية "
    "ما زالت تبحث عن مفقودين تحت الأنقاض، وإن المستشفيات تعاني نقصا حادا في الأدوية والوقود. "
    "من جهتها، دعت الأمم المتحدة إلى وقف فوري لإطلاق النار والسماح بدخول المساعدات الإنسانية دون "
    "عوائق، فيما أكدت مصر أنها تجري اتصالات مكثفة مع الأطراف المعنية لاحتواء التصعيد ومنع اتساع "
    "رقعة المواجهات في المنطقة خلال الأيام المقبلة."
)
ONE_WORD_CHANGED = ARTICLE.replace("اثني عشر قتيلا", "ثلاثة عشر قتيلا")
DIFFERENT = (
    "وقعت المغرب وموريتانيا، يوم الاثنين في الرباط، اتفاقية لتعزيز التعاون في مجال الطاقة المتجددة "
    "وربط الشبكتين الكهربائيتين بحلول نهاية العقد. وقال وزير الطاقة المغربي إن المشروع سيخلق آلاف "
    "فرص العمل في البلدين، بينما أكد نظيره الموريتاني أن الاتفاقية تفتح الباب أمام استثمارات "
    "أوروبية في مزارع الرياح على الساحل الأطلسي. وتأتي الاتفاقية بعد سلسلة من الزيارات المتبادلة "
    "بين مسؤولي البلدين خلال العام الجاري لبحث ملفات التجارة والأمن والحدود."
)


def test_first_document_is_new() -> None:
    assert Deduplicator().check("a", ARTICLE) is None


@pytest.mark.parametrize(
    "copy",
    [
        ARTICLE,
        "  " + ARTICLE.replace(" ", "\n  ") + "\n",
        ARTICLE.replace("أعلنت", "اعلنت").replace("إلى", "الى"),
        ARTICLE.replace("وزارة", "وزارَة").replace("الصحة", "الصحـة"),
    ],
    ids=["same", "whitespace", "hamza-spelling", "diacritics-tatweel"],
)
def test_exact_duplicates(copy: str) -> None:
    dedupe = Deduplicator()
    assert dedupe.check("a", ARTICLE) is None
    assert dedupe.check("b", copy) == ("exact", "a")


def test_one_changed_word_is_a_near_duplicate() -> None:
    dedupe = Deduplicator()
    dedupe.check("a", ARTICLE)
    assert dedupe.check("b", ONE_WORD_CHANGED) == ("near", "a")


def test_different_article_is_not_a_duplicate() -> None:
    dedupe = Deduplicator()
    dedupe.check("a", ARTICLE)
    assert dedupe.check("b", DIFFERENT) is None
    assert len(dedupe) == 2


def test_duplicates_are_not_registered() -> None:
    dedupe = Deduplicator()
    dedupe.check("a", ARTICLE)
    dedupe.check("b", ARTICLE)
    assert len(dedupe) == 1
    assert dedupe.check("c", ARTICLE) == ("exact", "a")


def test_near_duplicate_names_the_earliest_copy() -> None:
    dedupe = Deduplicator()
    dedupe.check("a", ARTICLE)
    dedupe.check("b", DIFFERENT)
    assert dedupe.check("c", ONE_WORD_CHANGED) == ("near", "a")


@pytest.mark.parametrize(("short", "other"), [("قصف على حلب", "قصف على حمص"), ("اجتماع طارئ", "اجتماع عاجل")])
def test_short_texts_are_compared_exactly_only(short: str, other: str) -> None:
    dedupe = Deduplicator()
    assert dedupe.check("a", short) is None
    assert dedupe.check("b", other) is None
    assert dedupe.check("c", short) == ("exact", "a")


def test_same_result_across_instances() -> None:
    first, second = Deduplicator(), Deduplicator()
    for dedupe in (first, second):
        dedupe.check("a", ARTICLE)
    assert first.check("b", ONE_WORD_CHANGED) == second.check("b", ONE_WORD_CHANGED)


def test_higher_threshold_is_stricter() -> None:
    dedupe = Deduplicator(threshold=0.95)
    dedupe.check("a", ARTICLE)
    assert dedupe.check("b", ONE_WORD_CHANGED) is None


@pytest.mark.parametrize("threshold", [0.0, -0.5, 1.5, 0.99])
def test_invalid_threshold(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        Deduplicator(threshold=threshold)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير،إن «الاتفاق» تم؛ فهل ينجح؟", ["قال", "الوزير", "ان", "الاتفاق", "تم", "فهل", "ينجح"]),
        ("في عام ٢٠٢٤ زار Macron الجزائر.", ["في", "عام", "2024", "زار", "macron", "الجزائر"]),
    ],
)
def test_words_split_at_arabic_punctuation(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@given(st.lists(st.text(max_size=80), max_size=8))
def test_check_never_raises(texts: list[str]) -> None:
    dedupe = Deduplicator()
    for index, text in enumerate(texts):
        result = dedupe.check(str(index), text)
        assert result is None or result[0] in {"exact", "near"}


@given(st.lists(st.sampled_from(["قصفت", "الطائرات", "الروسية", "مدينة", "حلب", "أمس", "x", "2019", "\ud800"]),
                min_size=3, max_size=30))
def test_signatures_are_datasketchs_default_sha1_minhash(tokens: list[str]) -> None:
    # the shingles are hashed inline for speed: the signature must stay what datasketch's own hashing gives
    shingles = {" ".join(tokens[i:i + SHINGLE_WORDS]).encode("utf-8", "surrogatepass")
                for i in range(len(tokens) - SHINGLE_WORDS + 1)}
    reference = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    reference.update_batch(sorted(shingles))
    assert (Deduplicator()._minhash(tokens).digest() == reference.digest()).all()

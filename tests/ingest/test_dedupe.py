"""Tests for marsad.ingest.dedupe."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.ingest.dedupe import SHINGLE_WORDS, Deduplicator, jaccard, shingle_hashes, words

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


def _string_shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


_VOCABULARY = ["قصفت", "الطائرات", "الروسية", "مدينة", "حلب", "أمس", "x", "2019", "\ud800"]


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=30))
def test_one_hash_per_distinct_shingle(tokens: list[str]) -> None:
    hashes = shingle_hashes(tokens)
    assert hashes.tolist() == sorted(set(hashes.tolist()))
    assert hashes.size == len(_string_shingles(tokens))  # no two shingles of an article share a hash


def test_shingle_hashes_are_the_same_on_every_machine() -> None:
    # CRC-32 of the words and fixed 64-bit arithmetic: no seed from the process or the platform
    assert shingle_hashes(["a", "b", "c"]).tolist() == [4076480882]
    assert shingle_hashes(["قصف", "على", "حلب", "أمس"]).tolist() == [3460153820, 3703726008]


def test_threshold_is_compared_with_the_exact_jaccard() -> None:
    # LSH only proposes the earlier article: the verdict is the exact Jaccard of the shingle sets
    similarity = jaccard(shingle_hashes(words(ARTICLE)), shingle_hashes(words(ONE_WORD_CHANGED)))
    assert similarity == len(_string_shingles(words(ARTICLE)) & _string_shingles(words(ONE_WORD_CHANGED))) / len(
        _string_shingles(words(ARTICLE)) | _string_shingles(words(ONE_WORD_CHANGED)))
    at, above = Deduplicator(threshold=similarity), Deduplicator(threshold=similarity + 1e-9)
    for dedupe in (at, above):
        dedupe.check("a", ARTICLE)
    assert at.check("b", ONE_WORD_CHANGED) == ("near", "a")
    assert above.check("b", ONE_WORD_CHANGED) is None


@given(st.lists(st.sampled_from(_VOCABULARY[:6]), min_size=5, max_size=25),
       st.lists(st.sampled_from(_VOCABULARY[:6]), min_size=5, max_size=25),
       st.sampled_from([0.3, 0.5, 0.8]))
def test_near_duplicate_exactly_when_jaccard_reaches_threshold(first: list[str], second: list[str],
                                                               threshold: float) -> None:
    # The bands propose a pair at the threshold with probability 0.9999 or more; above it, more.
    dedupe = Deduplicator(threshold=threshold)
    one, other = " ".join(first), " ".join(second)
    dedupe.check("a", one)
    result = dedupe.check("b", other)
    if words(one) == words(other):
        assert result == ("exact", "a")
    else:
        expected = jaccard(shingle_hashes(words(one)), shingle_hashes(words(other))) >= threshold
        assert (result == ("near", "a")) == expected

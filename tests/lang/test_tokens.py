from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import analyses, tokenize


@pytest.mark.parametrize(
    ("word", "prefixes", "stem", "suffix"),
    [
        ("وبموسكو", ("و", "ب"), "موسكو", ""),
        ("للحكومة", ("ل", "ال"), "حكومة", ""),
        ("غارتها", (), "غارة", "ها"),
        ("قتلوه", (), "قتلوا", "ه"),
        ("للحكومة", ("ل",), "الحكومة", ""),
        ("والأميركيون", ("و", "ال"), "اميركيون", ""),
        ("لروسيا", ("ل",), "روسيا", ""),
        ("وسيزور", ("و", "س"), "يزور", ""),
        ("عليهم", (), "علي", "هم"),
        ("قصفها", (), "قصف", "ها"),
        ("فالجيش", ("ف", "ال"), "جيش", ""),
    ],
)
def test_analyses_include_the_segmentation(word: str, prefixes: tuple[str, ...], stem: str, suffix: str) -> None:
    found = {(a.prefixes, a.stem, a.suffix) for a in analyses(match_key(word))}
    assert (prefixes, stem, suffix) in found


def test_unsegmented_reading_comes_first() -> None:
    # وزير starts with و but is one word: the lexicon must be able to see it whole
    first = analyses(match_key("وزير"))[0]
    assert first.prefixes == () and first.stem == "وزير"


def test_tokens_keep_offsets_and_split_punctuation() -> None:
    text = "قال «المرصد»: قُتل 5 مدنيين، وأصيب آخرون."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["قال", "«", "المرصد", "»", ":", "قُتل", "5", "مدنيين", "،", "وأصيب",
                                        "آخرون", "."]
    for token in tokens:
        assert text[token.span.start : token.span.end] == token.text
    assert tokens[5].norm == "قتل"
    assert not tokens[1].is_word and not tokens[6].is_word


@given(st.text())
def test_tokenize_never_fails_and_spans_are_exact(text: str) -> None:
    for token in tokenize(text):
        assert text[token.span.start : token.span.end] == token.text
        assert token.text.strip()


def test_hashtags_split_into_words() -> None:
    text = "مسنودة بمقاتلات #التحالف_العربي"
    assert [t.text for t in tokenize(text)] == ["مسنودة", "بمقاتلات", "التحالف", "العربي"]

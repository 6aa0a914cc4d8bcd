from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from marsad.lang.ar import normalize as normalize_module
from marsad.lang.ar.normalize import fold, match_key, normalize, normalize_with_offsets


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الرُّوسِيَّة", "الروسية"),  # harakat and shadda go
        ("مـــوسكو", "موسكو"),  # tatweel goes
        ("\ufefb\u0639\u0628", "لاعب"),  # presentation-form lam-alef becomes two letters
        ("عام\u00a02018", "عام 2018"),  # non-breaking space becomes a space
        ("\u0662\u0660\u0661\u0668", "2018"),  # Arabic-Indic digits
        ("\u06f1\u06f4", "14"),  # Persian digits
        ("\u200fقطر\u202e", "قطر"),  # bidi marks and overrides go
        ("ایران", "ايران"),  # Persian yeh becomes Arabic yeh
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("word", "key"),
    [("أمريكا", "امريكا"), ("إسطنبول", "اسطنبول"), ("مستشفى", "مستشفي"), ("الحكومة", "الحكومة"), ("آذار", "اذار")],
)
def test_match_key_folds_spelling_variants(word: str, key: str) -> None:
    assert match_key(word) == key


def test_offsets_point_back_into_the_original() -> None:
    raw = "قصفت الطائراتُ الرّوسيّة \ufefbذقية"
    result = normalize_with_offsets(raw)
    start = result.text.index("الروسية")
    begin, end = result.to_original(start, start + len("الروسية"))
    assert raw[begin:end] == "الرّوسيّة"


@given(st.text())
# U+FBFC (a Farsi yeh presentation form) decomposes to U+06CC, which folds to ي: found by
# hypothesis when the fold ran before the decomposition only
@example("\ufbfc")
@example("\ufe70\ufbb2")
def test_normalize_is_idempotent_and_offsets_valid(text: str) -> None:
    result = normalize_with_offsets(text)
    assert normalize(result.text) == result.text
    assert result.text == normalize(text)
    assert len(result.origin) == len(result.text) + 1
    assert all(0 <= i <= len(text) for i in result.origin)
    assert list(result.origin) == sorted(result.origin)


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


# Any characters, weighted towards those normalization and folding change.
_MIXED = st.text(st.sampled_from(
    "\u0627\u0623\u0625\u0622\u0649\u064a\u0643\u06a9\u06cc\u064e\u0651\u0640\u200f\u00a0\u0662"
    "\ufefb\ufb8f\ufb90\ufe8d x7 ") | st.characters(), max_size=60)


@given(_MIXED)
def test_normalize_and_fold_translate_like_their_tables(text: str) -> None:
    # both replace characters one by one for speed; that must give what translating with the table gives
    assert normalize(text) == text.translate(normalize_module._normalize_table())
    assert fold(text) == text.translate(normalize_module._FOLD_TABLE)


def test_fold_outputs_are_not_folded_again() -> None:
    assert not any(ord(out) in normalize_module._FOLD_TABLE for _, out in normalize_module._FOLD_PAIRS)

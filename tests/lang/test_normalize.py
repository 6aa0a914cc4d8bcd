from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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

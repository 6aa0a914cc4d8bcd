"""Tests for marsad.ingest.language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("استقبل الرئيس التونسي، أمس الخميس، وزير الخارجية الجزائري في قصر قرطاج.", "ar"),
        ("قصف مدفعي على ريف إدلب", "ar"),
        ("وزیر امور خارجه ایران روز پنجشنبه برای گفتگو با همتای ترک خود به آنکارا سفر کرد.", "fa"),
        ("پاکستان کے وزیر اعظم نے جمعرات کو چین کے صدر سے ملاقات کی اور تجارت پر بات چیت کی۔", "ur"),
        ("The Tunisian president received the Algerian foreign minister on Thursday in Carthage.", "en"),
        ("Le président tunisien a reçu jeudi le ministre algérien des affaires étrangères à Carthage.", "fr"),
    ],
    ids=["ar", "ar-short", "fa", "ur", "en", "fr"],
)
def test_detects_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "!!! ؟؟؟ ...", "\x00\x01\x02"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_arabic_with_english_names_is_arabic() -> None:
    text = "قالت وكالة Reuters إن شركة Exxon Mobil وقعت اتفاقا مع الحكومة العراقية لتطوير حقل نفطي في البصرة."
    assert detect_language(text) == "ar"


def test_control_characters_and_surrogates_do_not_break_detection() -> None:
    text = "أعلن الجيش\x00\x1b سيطرته\ud800 على المدينة بعد معارك عنيفة استمرت أياما."
    assert detect_language(text) == "ar"


@given(st.text(max_size=300))
def test_detect_language_never_raises(text: str) -> None:
    code = detect_language(text)
    assert code == "und" or (code.isascii() and 2 <= len(code) <= 3)

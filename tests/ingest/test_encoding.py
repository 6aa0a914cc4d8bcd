"""Tests for marsad.ingest.encoding."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.ingest.encoding import decode_bytes

ARABIC = "أعلنت الحكومة الأردنية، اليوم الثلاثاء، عن خطة لدعم المزارعين في وادي الأردن.\n"
ENGLISH = "The ministry said the talks would resume in Cairo next week.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16-be"),
        (ARABIC.encode("cp1256"), "windows-1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "cp1256"],
)
def test_decodes_arabic_in_each_encoding(data: bytes, encoding: str) -> None:
    text, name = decode_bytes(data)
    assert text == ARABIC
    assert name == encoding


def test_short_cp1256_line_is_read_as_arabic() -> None:
    text, name = decode_bytes("قصف مدفعي على درعا".encode("cp1256"))
    assert text == "قصف مدفعي على درعا"
    assert name == "windows-1256"


def test_latin1_french_falls_back_to_charset_normalizer() -> None:
    source = "Le président a annoncé des élections anticipées à la fin de l'été.\n" * 3
    text, _ = decode_bytes(source.encode("latin-1"))
    assert "président" in text
    assert "élections" in text


def test_ascii_is_utf8() -> None:
    assert decode_bytes(ENGLISH.encode("ascii")) == (ENGLISH, "utf-8")


def test_empty_bytes_are_empty_text() -> None:
    assert decode_bytes(b"") == ("", "utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"%PDF-1.4\n\x00\x01\x02\x03binary",
        bytes(range(1, 32)) * 10,
        b"\x1b\x02\x03\x04\x05\x06 text \x07\x08\x0e\x0f",
    ],
    ids=["png", "nul", "controls", "escape-codes"],
)
def test_binary_data_raises_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)


def test_input_error_message_carries_its_code() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"\x00\x00\x00\x00")
    assert str(info.value).startswith("[input-error]")


def test_broken_utf16_after_bom_is_an_input_error() -> None:
    with pytest.raises(InputError, match="utf-16-le"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")


@given(st.binary(max_size=2000))
def test_decode_bytes_raises_only_input_error(data: bytes) -> None:
    try:
        text, name = decode_bytes(data)
    except InputError:
        return
    assert isinstance(text, str)
    assert name


@given(st.text(max_size=500))
def test_utf8_text_round_trips(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        decoded, _ = decode_bytes(data)
    except InputError:
        return
    if "\x00" not in text and all(ord(c) < 0xD800 or ord(c) > 0xDFFF for c in text):
        assert decoded == text.removeprefix("\ufeff") or decoded == text

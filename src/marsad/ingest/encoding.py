"""Turn the bytes of an input file into text, refusing binary data."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from marsad.errors import InputError
from marsad.lang.ar import chars

# A few stray control characters occur in scraped text (form feeds, escape codes);
# more than one in fifty characters means the file is not text.
MAX_CONTROL_SHARE = 0.02
# When bytes are not UTF-8 and at least this share of their non-ASCII characters read
# as Arabic letters under Windows-1256, the file is Arabic legacy text: charset
# guessers often misread short Arabic files as Cyrillic or Greek code pages.
MIN_ARABIC_SHARE_CP1256 = 0.8

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_LETTER = re.compile(f"[{chars.ARABIC_LETTERS}]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _check_text(text: str, encoding: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` unless the text is full of control characters."""
    if "\x00" in text:
        raise InputError("the input contains NUL characters: it is binary data, not text")
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        raise InputError(
            f"the input has {controls} control characters in {len(text)}: "
            "it looks like binary data; give marsad plain text, HTML or JSON Lines"
        )
    return text, encoding


def _looks_like_cp1256(data: bytes) -> str | None:
    """The Windows-1256 reading of ``data`` when it is mostly Arabic, else None."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii == 0:
        return None
    if len(_ARABIC_LETTER.findall(text)) / non_ascii >= MIN_ARABIC_SHARE_CP1256:
        return text
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding name)``; raise InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom) :].decode(encoding.removesuffix("-sig")), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"the input starts with a {encoding} byte-order mark but does not decode as "
                    f"{encoding} ({exc.reason} at byte {exc.start}); re-save it as UTF-8"
                ) from None
    if b"\x00" in data:
        raise InputError("the input contains NUL bytes: it is binary data (or UTF-16 without a BOM)")
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    arabic = _looks_like_cp1256(data)
    if arabic is not None:
        return _check_text(arabic, "windows-1256")
    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            "the input does not decode in any known text encoding: it looks like binary data; "
            "re-save it as UTF-8 text"
        )
    return _check_text(str(best), best.encoding)

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
# Mojibake: UTF-8 Arabic decoded as a single-byte code page. The lead bytes of Arabic letters
# (0xD8, 0xD9) read as Ø and Ù in Windows-1252/Latin-1, and as ط and ظ in Windows-1256, where
# ا (D8 A7) becomes ط§ and ل (D9 84) becomes ظ„.
_MOJIBAKE_HINTS = ("\u00d8", "\u00d9", "\u0637\u00a7", "\u0638\u201e")
MOJIBAKE_CODECS = ("cp1252", "latin-1", "cp1256")
# A repair must restore at least this many multi-byte characters, and shrink the non-ASCII
# characters to at most this share (two mojibake characters make one Arabic letter).
MIN_MOJIBAKE_REPAIRS = 4
MAX_REPAIRED_SHARE = 0.6


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


def repair_mojibake(text: str) -> tuple[str, str] | None:
    """``(repaired text, code page it was misread in)`` when ``text`` is UTF-8 Arabic misread, else None."""
    if not any(hint in text for hint in _MOJIBAKE_HINTS):
        return None
    before = len(_NON_ASCII.findall(text))
    for codec in MOJIBAKE_CODECS:
        try:
            repaired = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        after = len(_NON_ASCII.findall(repaired))
        if (after >= MIN_MOJIBAKE_REPAIRS and after <= MAX_REPAIRED_SHARE * before
                and _ARABIC_LETTER.search(repaired)):
            return repaired, codec
    return None


def _mixed_lines(data: bytes) -> str | None:
    """Text whose lines are each UTF-8 or Windows-1256 Arabic (files concatenated from two sources), or None."""
    lines: list[str] = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        arabic = _looks_like_cp1256(line)
        if arabic is None:
            return None
        lines.append(arabic)
    return "\n".join(lines)


def _unmangled(text: str, encoding: str) -> tuple[str, str]:
    """``(text, encoding)`` with mojibake repaired; the encoding then says what was repaired."""
    repaired = repair_mojibake(text)
    if repaired is None:
        return text, encoding
    return repaired[0], f"{encoding} (mojibake repaired: UTF-8 read as {repaired[1]})"


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
        return _check_text(*_unmangled(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    arabic = _looks_like_cp1256(data)
    if arabic is not None:
        return _check_text(arabic, "windows-1256")
    mixed = _mixed_lines(data)
    if mixed is not None:
        return _check_text(*_unmangled(mixed, "utf-8 and windows-1256 lines"))
    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            "the input does not decode in any known text encoding: it looks like binary data; "
            "re-save it as UTF-8 text"
        )
    return _check_text(str(best), best.encoding)

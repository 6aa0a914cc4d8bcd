"""Guess the language of a document: script counts first, pycld2 to decide within a script."""

from __future__ import annotations

import re

import pycld2

from marsad.lang.ar import chars
from marsad.lang.ar.normalize import normalize

UNDETERMINED = "und"
# Enough text to decide; reading more only costs time.
SAMPLE_CHARS = 20_000
# Arabic-script documents: pycld2 decides among these, and anything else it says is ignored.
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"})
# Share of letters in Arabic script above which a text is an Arabic-script text.
MIN_ARABIC_SCRIPT_SHARE = 0.5
# Letter signatures used when pycld2 is unsure (short texts): Urdu letters, Persian
# letters, and the teh marbuta and alef maksura that Persian and Urdu rarely write.
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]")
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_ARABIC_ONLY = re.compile("[\u0629\u0649\u064a\u0643]")
_ARABIC_SCRIPT = re.compile(f"[{chars.ARABIC_LETTERS}]")
_LETTER = re.compile(r"[^\W\d_]")
# pycld2 rejects control characters and anything that is not valid UTF-8 (lone surrogates).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# pycld2 still reports a few retired ISO 639 codes.
_LEGACY_CODES = {"iw": "he", "in": "id", "jw": "jv", "mo": "ro"}


def _cld2(text: str) -> tuple[str, bool]:
    """pycld2's best language code for ``text`` and whether it is reliable."""
    try:
        reliable, _, details = pycld2.detect(text)
    except (pycld2.error, ValueError, UnicodeError):
        return UNDETERMINED, False
    code = str(details[0][1]).split("-")[0].lower()
    if code in ("un", "xxx", ""):
        return UNDETERMINED, False
    return _LEGACY_CODES.get(code, code), bool(reliable)


def _arabic_script_language(sample: str) -> str:
    """Which Arabic-script language ``sample`` is written in."""
    code, reliable = _cld2(sample)
    if reliable and code in ARABIC_SCRIPT_LANGUAGES:
        return code
    urdu = len(_URDU.findall(sample))
    persian = len(_PERSIAN.findall(sample))
    arabic = len(_ARABIC_ONLY.findall(sample))
    if urdu > max(2, arabic):
        return "ur"
    if persian > max(2, arabic):
        return "fa"
    if code in ARABIC_SCRIPT_LANGUAGES:
        return code
    return "ar"


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of ``text`` (``'und'`` when it cannot tell)."""
    # normalize: presentation forms (legacy PDF and Word exports) count as the letters they stand for
    sample = _UNSAFE.sub(" ", normalize(text[:SAMPLE_CHARS]))
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return UNDETERMINED
    if len(_ARABIC_SCRIPT.findall(sample)) / letters >= MIN_ARABIC_SCRIPT_SHARE:
        return _arabic_script_language(sample)
    code, _ = _cld2(sample)
    return code

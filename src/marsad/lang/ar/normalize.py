"""Arabic normalization that keeps a map from every normalized character back to the original.

Two levels:

- ``normalize``: orthographic clean-up that does not change what a word is (presentation
  forms to letters, diacritics, tatweel and invisible characters removed, odd spaces to a
  space, Eastern digits to ASCII, Persian yeh/keheh to Arabic). Lexicon patterns must be
  written so that ``normalize`` leaves them unchanged.
- ``fold``: the matching key, which merges spellings writers use interchangeably
  (hamzated alefs, alef maksura/yeh). It maps one character to one, so offsets survive
  it unchanged. Teh marbuta stays distinct from heh: news writes it consistently, and
  merging it would make every feminine noun look like a word with the pronoun ـه
  (وزارة read as the verb زار + ه).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.ar import chars

_REMOVED = re.compile(f"[{chars.DIACRITICS}{chars.TATWEEL}{chars.INVISIBLE}]")
_NEEDS_WORK = re.compile(
    f"[{chars.DIACRITICS}{chars.TATWEEL}{chars.INVISIBLE}{chars.PRESENTATION_FORMS}"
    f"{chars.ARABIC_INDIC_DIGITS}{chars.PERSIAN_DIGITS}{chars.FARSI_YEH}{chars.KEHEH}"
    "\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
_PRESENTATION = re.compile(f"[{chars.PRESENTATION_FORMS}]")
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")

_CHAR_MAP: dict[str, str] = {chars.FARSI_YEH: chars.YEH, chars.KEHEH: chars.KAF}
for _i in range(10):
    _CHAR_MAP[chr(0x0660 + _i)] = str(_i)
    _CHAR_MAP[chr(0x06F0 + _i)] = str(_i)

_FOLD_TABLE = str.maketrans(
    {
        **{c: chars.ALEF for c in chars.ALEF_FORMS},
        chars.ALEF_MAKSURA: chars.YEH,
    }
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized string and, for each of its characters, the index it came from."""

    text: str
    origin: tuple[int, ...]  # len(origin) == len(text) + 1; the last entry is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of the normalized text back to the original text."""
        if start >= end:
            point = self.origin[start]
            return point, point
        return self.origin[start], self.origin[end - 1] + 1


def _normalize_char(ch: str) -> str:
    if _REMOVED.match(ch):
        return ""
    if ch in _SPACES:
        return " "
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if _PRESENTATION.match(ch):
        # NFKC turns a presentation form into its letters (lam-alef into two), which are
        # normalized in turn: it may leave diacritics behind, or a Farsi yeh (U+FBFC) that
        # must fold to ي here, or a second pass would change the text again.
        letters = unicodedata.normalize("NFKC", ch)
        if letters == ch:
            return ch  # a presentation form with no decomposition stays as it is
        return "".join(_normalize_char(letter) for letter in letters)
    return ch


@lru_cache(maxsize=1)
def _normalize_table() -> dict[int, str]:
    """``_normalize_char`` for every character it changes, as a ``str.translate`` table.

    Built once on first use (about 20 ms): translating a whole text in C is what lets
    ingestion normalize each article several times at corpus speed.
    """
    table: dict[int, str] = {}
    for code in range(0x80, 0x10000):
        ch = chr(code)
        if _NEEDS_WORK.match(ch):
            table[code] = _normalize_char(ch)
    return table


def normalize_with_offsets(text: str) -> Normalized:
    """Normalize ``text`` and record where each output character came from."""
    if not _NEEDS_WORK.search(text):
        return Normalized(text, tuple(range(len(text) + 1)))
    table = _normalize_table()
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        replacement = table.get(ord(ch), ch)
        out.append(replacement)
        origin.extend([index] * len(replacement))
    origin.append(len(text))
    return Normalized("".join(out), tuple(origin))


@lru_cache(maxsize=1)
def _replaceable() -> dict[str, str]:
    """The table's characters whose replacement holds no character the table changes.

    Replacing such characters one after the other, in any order, gives what translating
    gives; ``str.replace`` runs through a text many times faster than ``str.translate``,
    which looks every character up in the table.
    """
    table = _normalize_table()
    return {chr(code): out for code, out in table.items() if not any(ord(ch) in table for ch in out)}


def normalize(text: str) -> str:
    """The orthographic normalization of ``text`` (see the module docstring)."""
    found = set(_NEEDS_WORK.findall(text))
    if not found:
        return text
    replaceable = _replaceable()
    if not found <= replaceable.keys():
        return text.translate(_normalize_table())
    for ch in found:
        text = text.replace(ch, replaceable[ch])
    return text


# One character to one, and no output is itself folded (a test checks): replacing each in turn folds.
_FOLD_PAIRS = tuple((chr(code), str(out)) for code, out in _FOLD_TABLE.items())


def fold(text: str) -> str:
    """Merge interchangeable spellings; one character in, one character out."""
    # str.replace, not str.translate: many times faster on a whole article, and on a word too
    for source, target in _FOLD_PAIRS:
        text = text.replace(source, target)
    return text


@lru_cache(maxsize=200_000)
def match_key(text: str) -> str:
    """The key under which words and lexicon patterns are compared."""
    return fold(normalize(text))


def match_keys(words: Iterable[str]) -> frozenset[str]:
    """The match keys of a word list (a lexicon's list, looked up by key)."""
    return frozenset(match_key(w) for w in words)

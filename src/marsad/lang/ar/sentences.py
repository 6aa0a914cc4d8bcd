"""Sentence splitting for Arabic news: newlines, Arabic and Latin final punctuation, quotes."""

from __future__ import annotations

import re

from marsad.lang.ar import chars
from marsad.model import Span

# One-letter and short abbreviations that end with a period but not a sentence:
# د. (doctor), م. (engineer / AD), ق.م (BC), ص. (page), plus Latin initials.
_ABBREVIATIONS = frozenset({"\u062f", "\u0645", "\u0635", "\u0647", "\u0642", "\u0623", "\u0627",
                            "Dr", "Mr", "Mrs", "St", "No", "U.S", "U.N"})
_CLOSERS = "\"'\u201d\u2019)" + chars.RIGHT_GUILLEMET
_BOUNDARY = re.compile(
    f"[{re.escape(chars.SENTENCE_FINAL)}]+[{re.escape(_CLOSERS)}]*(?=\\s|$)|\\n+"
)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # Walk back over the word before the dot; a regex anchored at ``dot`` would rescan the text from
    # its start at every period (quadratic on long articles).
    end = dot - 1 if dot > 0 and text[dot - 1] == "\n" else dot  # ``$`` also matches before a final newline
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    if begin == end:
        return False
    word = text[begin:end].lstrip("(\"'" + chars.LEFT_GUILLEMET)
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding white space."""
    stop = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, stop):
        if match.group()[0] != "\n" and _is_abbreviation(text, match.start()):
            continue
        cut = match.start() if match.group()[0] == "\n" else match.end()
        _append_trimmed(text, begin, cut, spans)
        begin = match.end()
    _append_trimmed(text, begin, stop, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))

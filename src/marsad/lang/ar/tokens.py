"""Word tokens with clitic segmentation (و ف ب ل ك س ال and pronoun suffixes).

Undiacritized Arabic does not tell whether the first و of وزير is a conjunction, so
``analyses`` returns every plausible segmentation of a word, least segmented first, and
the lexicons decide which one names something. ``Token.prefixes``/``stem``/``suffixes``
hold one conservative default analysis for display and for words no lexicon knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.ar import chars
from marsad.lang.ar.normalize import match_key
from marsad.model import Span, Token

# Hashtags join words with _ (#التحالف_العربي): # and _ separate words like spaces do.
_TOKEN = re.compile(f"[{chars.WORD_CHARS}]+|[^\\s#_{chars.WORD_CHARS}]")
_HAS_LETTER = re.compile(f"[{chars.ARABIC_LETTERS}{chars.PRESENTATION_FORMS}A-Za-z\u00c0-\u024f]")

WAW, FEH, BEH, LAM, KAF, SEEN, TEH = "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0633", "\u062a"
AL = chars.DEFINITE_ARTICLE

CONJUNCTIONS = (WAW, FEH)
IN = match_key("\u0641\u064a")  # في, written apart: the preposition most rules look for
PREPOSITIONS = (BEH, LAM, KAF)
# Enclitic pronouns, longest first so that هما is tried before ها and ه.
PRONOUN_SUFFIXES = ("\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0645", "\u0647\u0646",
                    "\u0643\u0645", "\u0643\u0646", "\u0647\u0627", "\u0646\u0627", "\u0646\u064a",
                    "\u0647", "\u0643", "\u064a")
# A stem shorter than this after stripping is more likely a whole short word than a clitic host.
MIN_STEM = 2


def without_conjunction(norm: str) -> str:
    """A folded word without a leading و or ف, when four letters or more make it a conjunction's (والتي → التي)."""
    return norm[1:] if len(norm) > 3 and norm[0] in CONJUNCTIONS else norm


@dataclass(frozen=True, slots=True)
class Analysis:
    """One segmentation of a folded word."""

    prefixes: tuple[str, ...]
    stem: str
    suffix: str = ""

    @property
    def has_article(self) -> bool:
        return AL in self.prefixes


def _proclitic_splits(word: str) -> list[tuple[tuple[str, ...], str]]:
    """Every split of conjunction + (preposition | future seen) + article off the front."""
    results: list[tuple[tuple[str, ...], str]] = [((), word)]
    heads: list[tuple[tuple[str, ...], str]] = [((), word)]
    if len(word) > MIN_STEM + 1 and word[0] in CONJUNCTIONS:
        heads.append(((word[0],), word[1:]))
    for head, rest in list(heads):
        if len(rest) > MIN_STEM + 1 and rest[0] in PREPOSITIONS:
            if rest[0] == LAM and rest.startswith(LAM + LAM) and len(rest) > MIN_STEM + 2:
                # لل = لـ + الـ with the alef dropped: للحكومة is ل + ال + حكومة
                heads.append(((*head, LAM, AL), rest[2:]))
                results.append(((*head, LAM), AL + rest[2:]))
            heads.append(((*head, rest[0]), rest[1:]))
        if len(rest) > MIN_STEM + 1 and rest[0] == SEEN:
            heads.append(((*head, SEEN), rest[1:]))
    for head, rest in heads:
        if head:
            results.append((head, rest))
        if rest.startswith(AL) and len(rest) >= len(AL) + MIN_STEM and AL not in head:
            results.append(((*head, AL), rest[len(AL):]))
    return results


@lru_cache(maxsize=300_000)
def analyses(word: str) -> tuple[Analysis, ...]:
    """All segmentations of a folded word, the unsegmented word first."""
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    out: list[Analysis] = []
    for prefixes, rest in _proclitic_splits(word):
        candidates = [(rest, "")]
        for suffix in PRONOUN_SUFFIXES:
            if rest.endswith(suffix) and len(rest) - len(suffix) >= MIN_STEM:
                host = rest[: -len(suffix)]
                candidates.append((host, suffix))
                if host.endswith(TEH):
                    # teh marbuta is written ت before a pronoun: غارتها = غارة + ها
                    candidates.append((host[:-1] + chars.TEH_MARBUTA, suffix))
                elif host.endswith(WAW):
                    # the alef of ـوا drops before a pronoun: قتلوه = قتلوا + ه
                    candidates.append((host + chars.ALEF, suffix))
        for stem, suffix in candidates:
            key = (prefixes, stem, suffix)
            if key not in seen:
                seen.add(key)
                out.append(_analysis(prefixes, stem, suffix))
    return tuple(out)


# An analysis is built here from parts that are valid by construction: its slots are set
# directly rather than through the frozen dataclass's __init__, which costs several times
# more (a new word form gets a dozen analyses, and a corpus has a hundred thousand forms).
_set_prefixes = vars(Analysis)["prefixes"].__set__
_set_stem = vars(Analysis)["stem"].__set__
_set_suffix = vars(Analysis)["suffix"].__set__


def _analysis(prefixes: tuple[str, ...], stem: str, suffix: str) -> Analysis:
    analysis: Analysis = object.__new__(Analysis)
    _set_prefixes(analysis, prefixes)
    _set_stem(analysis, stem)
    _set_suffix(analysis, suffix)
    return analysis


@lru_cache(maxsize=300_000)
def default_analysis(word: str) -> Analysis:
    """A conservative segmentation: strip a conjunction, a preposition and the article only."""
    prefixes: list[str] = []
    rest = word
    if len(rest) > 4 and rest[0] in CONJUNCTIONS:
        prefixes.append(rest[0])
        rest = rest[1:]
    if rest.startswith(LAM + LAM) and len(rest) > 4:
        prefixes += [LAM, AL]
        rest = rest[2:]
    elif len(rest) > 4 and rest[0] in PREPOSITIONS and rest[1:].startswith(AL):
        prefixes.append(rest[0])
        rest = rest[1:]
    if rest.startswith(AL) and len(rest) > 3:
        prefixes.append(AL)
        rest = rest[2:]
    return Analysis(tuple(prefixes), rest, "")


_Surface = tuple[str, tuple[str, ...], str, bool]
# ``_surface_analysis`` per surface form: news repeats its words. A plain dict rather than an
# lru_cache, whose hit costs twice a dict's (every token of every article is looked up).
_SURFACES: dict[str, _Surface] = {}
SURFACE_CACHE_SIZE = 300_000


def _surface_analysis(surface: str) -> _Surface:
    """``(norm, prefixes, stem, is_word)`` of a surface form."""
    norm = match_key(surface)
    if _HAS_LETTER.search(surface):
        analysis = default_analysis(norm)
        return norm, analysis.prefixes, analysis.stem, True
    return norm, (), norm, False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with spans into ``text``."""
    tokens: list[Token] = []
    stop = len(text) if end is None else end
    append = tokens.append
    known = _SURFACES
    new_span, set_start, set_end = _new_span, _set_start, _set_end
    for match in _TOKEN.finditer(text, start, stop):
        surface = match[0]
        analysis = known.get(surface)
        if analysis is None:
            if len(known) >= SURFACE_CACHE_SIZE:
                known.clear()
            analysis = known[surface] = _surface_analysis(surface)
        norm, prefixes, stem, is_word = analysis
        # _span inlined: a Python call fewer per token of every article
        span = new_span(Span)
        set_start(span, match.start())
        set_end(span, match.end())
        append(Token(span, surface, norm, prefixes, stem, (), is_word))
    return tokens


# A match's span is always a valid Span: set its two slots directly rather than through the
# frozen dataclass's checked __init__, which costs as much as the rest of a token (every
# word of every article passes here).
_new_span = object.__new__
_set_start = vars(Span)["start"].__set__  # the slot descriptors
_set_end = vars(Span)["end"].__set__


def token_span(begin: int, end: int) -> Span:
    """A span from the start of one token to the end of the same or a later one (valid by construction),
    without the checks of ``Span.__init__``: for the spans built for every mention."""
    span: Span = _new_span(Span)
    _set_start(span, begin)
    _set_end(span, end)
    return span

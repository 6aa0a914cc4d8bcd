"""Longest-match lookup of multiword phrases over clitic-segmented tokens.

A phrase is stored under the match keys of its words. The first word of a phrase may
carry proclitics in the text (وبموسكو, للحكومة); a phrase written without the article
(جيش, روسي) also matches the word with it (الجيش, الروسية). Later words must match
exactly, or differ only by the article, because Arabic noun phrases agree in
definiteness (قوات الأمن العراقية / قوات أمن عراقية).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from typing import Generic, TypeVar

from marsad.lang.ar.forms import lookup_forms, norms_of
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import AL, analyses
from marsad.model import Token

T = TypeVar("T")
_Heads = tuple[tuple[str, tuple[str, ...]], ...]  # the first words a word form can be read as, with the proclitics
# Word forms whose readings each index remembers; a long news corpus has a few hundred thousand.
HEAD_CACHE_SIZE = 300_000
# An index with at most this many first words tests a word's endings before segmenting it.
SMALL_INDEX = 64


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The match keys of a phrase's words."""
    return tuple(match_key(word) for word in phrase.split())


def holds_phrase(keys: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Whether the run of match ``keys`` holds one of ``phrases`` (tuples of match keys) word by word."""
    return any(tuple(keys[i : i + len(p)]) == p for p in phrases for i in range(len(keys) - len(p) + 1)
               if keys[i] == p[0])


@lru_cache(maxsize=HEAD_CACHE_SIZE)
def _strip_article(key: str) -> str:
    return key[len(AL):] if key.startswith(AL) and len(key) > len(AL) + 1 else key


@lru_cache(maxsize=HEAD_CACHE_SIZE)
def _head_readings(norm: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every first word ``norm`` can be read as, each with the proclitics stripped to reach it.

    The same for every index (actors, people, contexts), so it is worked out once per word form.
    """
    out: list[tuple[str, tuple[str, ...]]] = []
    seen_heads: set[str] = set()
    for analysis in analyses(norm):
        if analysis.suffix:
            continue
        for head in (analysis.stem, AL + analysis.stem) if analysis.has_article else (analysis.stem,):
            if head in seen_heads:
                continue
            seen_heads.add(head)
            out.append((head, tuple(p for p in analysis.prefixes if not (p == AL and head.startswith(AL)))))
    return tuple(out)


def _tails_of(first_words: dict[str, _Node[T]]) -> tuple[str, ...]:
    """The endings a word needs to be read as one of ``first_words`` (see ``PhraseIndex._tails``)."""
    return tuple({head[len(AL):] if head.startswith(AL) else head for head in first_words})


@dataclass(slots=True)
class _Node(Generic[T]):
    """The phrases continuing with one more word: what ends here and what goes on."""

    values: list[T] = field(default_factory=list)
    children: dict[str, _Node[T]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    """A phrase found at tokens ``[start, end)``; ``value`` is what it was stored with."""

    start: int
    end: int
    value: T
    prefixes: tuple[str, ...]  # the proclitics stripped from the first word


@dataclass(slots=True)
class PhraseIndex(Generic[T]):
    """Phrases indexed by their first word; values attached to each phrase."""

    # first word → a trie over the later words (article-stripped), so a lookup walks the
    # tokens once instead of trying every phrase that starts with a frequent word (قوات، وزير)
    _by_first: dict[str, _Node[T]] = field(default_factory=dict)
    longest: int = 1
    # For each word form seen: the indexed heads it can be read as, with the proclitics stripped
    # to reach them. News repeats its words, so this saves most of the segmentation work.
    _heads: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)
    # For an index of few first words (a document's people): what a word must end with to be
    # read as one of them. Every reading of a word is one of its endings, or the article and one
    # (للحكومة read as الحكومة): a word that ends with none starts no phrase, so the scan skips it
    # with one ``endswith`` instead of segmenting it again each time the index learns a name.
    _tails: tuple[str, ...] | None = None

    def add(self, phrase: str, value: T) -> None:
        """Store ``value`` under ``phrase``; several values may share one phrase."""
        keys = phrase_keys(phrase)
        if not keys:
            return
        new_head = keys[0] not in self._by_first
        node = self._by_first.setdefault(keys[0], _Node())
        for key in keys[1:]:
            node = node.children.setdefault(_strip_article(key), _Node())
        node.values.append(value)
        self.longest = max(self.longest, len(keys))
        if new_head:
            self._heads.clear()  # the heads a word form can be read as depend on the first words only
            self._tails = _tails_of(self._by_first) if len(self._by_first) <= SMALL_INDEX else None

    def __contains__(self, key: str) -> bool:
        return key in self._by_first

    def _heads_of(self, norm: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The indexed first words ``norm`` can be read as, each with the proclitics stripped to reach it."""
        cached = self._heads.get(norm)
        if cached is not None:
            return cached
        if self._tails is not None and not norm.endswith(self._tails):
            out: tuple[tuple[str, tuple[str, ...]], ...] = ()
        else:
            out = tuple(reading for reading in _head_readings(norm) if reading[0] in self._by_first)
        if len(self._heads) >= HEAD_CACHE_SIZE:
            self._heads.clear()
        self._heads[norm] = out
        return out

    def _heads_at(self, segment: Sequence[Token]) -> list[_Heads]:
        """``_heads_of`` each token's word form."""
        if self._tails is None:
            return lookup_forms(self._heads, segment, self._heads_of)
        # A small index (a document's people) learns names as the document goes and forgets its
        # word forms each time: the words ending with none of its first words are told apart in
        # one pass, through map(), and only the others are read.
        norms = norms_of(segment)
        heads_at: list[_Heads] = [()] * len(norms)
        for i in compress(range(len(norms)), map(str.endswith, norms, repeat(self._tails))):
            heads_at[i] = self._heads_of(norms[i])
        return heads_at

    def matches_at(self, tokens: Sequence[Token], index: int, end: int) -> list[PhraseMatch[T]]:
        """Every phrase starting at ``tokens[index]`` (within ``end``), longest first."""
        token = tokens[index]
        if not token.is_word:
            return []
        return self._matches(tokens, index, end, self._heads_of(token.norm))

    def _matches(self, tokens: Sequence[Token], index: int, end: int,
                 heads: tuple[tuple[str, tuple[str, ...]], ...]) -> list[PhraseMatch[T]]:
        found: list[PhraseMatch[T]] = []
        for head, prefixes in heads:
            node: _Node[T] | None = self._by_first[head]
            stop = index + 1
            while node is not None:
                found.extend(PhraseMatch(index, stop, value, prefixes) for value in node.values)
                if stop >= end or not node.children:
                    break
                node = node.children.get(_strip_article(tokens[stop].norm))
                stop += 1
        if len(found) > 1:
            found.sort(key=lambda m: (-(m.end - m.start), len(m.prefixes)))
        return found

    def scan(self, tokens: Sequence[Token], start: int, end: int, prefer: Callable[[T], bool] | None = None,
             yields: Callable[[T], bool] | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping longest matches from left to right over ``tokens[start:end]``.

        With ``prefer`` and ``yields``, a preferred phrase that starts inside a match of values
        that yield and reaches past it wins the shared words: عناصر + جيش الإسلام, not
        عناصر جيش + الإسلام.
        """
        out: list[PhraseMatch[T]] = []
        if not self._by_first:
            return out  # a document's own index of people, before it has learnt any
        # The heads of each word form are looked up here rather than through matches_at: most
        # words start no phrase, and this runs over every token of every sentence, so the
        # lookups go through map() and only the positions that start something are visited.
        heads_at = self._heads_at(tokens[start:end])
        resume = start  # the word after the last match
        for index in compress(range(start, end), heads_at):
            if index < resume:
                continue
            if not tokens[index].is_word:
                continue
            # every entry with the same words: السعودية is the country and the adjective
            here = self._longest(tokens, index, end, heads_at[index - start])
            if here and prefer is not None and yields is not None and here[0].end - index > 1:
                # the slow path, for the shorter matches a preferred phrase may cut back to
                every = self._yield_to_preferred(tokens, self.matches_at(tokens, index, end), end, prefer,
                                                 yields)
                best_length = every[0].end - every[0].start if every else 0
                here = [m for m in every if m.end - m.start == best_length]
            if here:
                out.extend(here)
                resume = here[0].end
        return out

    def _yield_to_preferred(self, tokens: Sequence[Token], here: list[PhraseMatch[T]], end: int,
                            prefer: Callable[[T], bool], yields: Callable[[T], bool]) -> list[PhraseMatch[T]]:
        """``here`` cut short before a preferred phrase that starts inside its longest match and ends beyond it."""
        longest = here[0]
        if not all(yields(m.value) for m in here if m.end == longest.end):
            return here
        for inner in range(longest.start + 1, longest.end):
            later = self.matches_at(tokens, inner, end)
            # a preposition on the inner word opens a complement the longest match ends with
            # (القوات الموالية للحكومة + الحكومة اليمنية): no construct to cut
            if later and later[0].end > longest.end and not later[0].prefixes and \
                    any(prefer(m.value) for m in later):
                return [m for m in here if m.end <= inner]
        return here

    def _longest(self, tokens: Sequence[Token], index: int, end: int,
                 heads: tuple[tuple[str, tuple[str, ...]], ...]) -> list[PhraseMatch[T]]:
        """The longest of ``_matches``, in its order, without building the shorter ones."""
        best_length = 0
        best: list[tuple[tuple[str, ...], list[T]]] = []  # (prefixes, values) in the order _matches finds them
        for head, prefixes in heads:
            node: _Node[T] | None = self._by_first[head]
            stop = index + 1
            while node is not None:
                if node.values:
                    if stop - index > best_length:
                        best_length, best = stop - index, [(prefixes, node.values)]
                    elif stop - index == best_length:
                        best.append((prefixes, node.values))
                if stop >= end or not node.children:
                    break
                node = node.children.get(_strip_article(tokens[stop].norm))
                stop += 1
        if len(best) > 1:
            best.sort(key=lambda found: len(found[0]))  # stable, as _matches sorts
        return [PhraseMatch(index, index + best_length, value, prefixes) for prefixes, values in best
                for value in values]

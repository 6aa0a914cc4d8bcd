"""Find trigger-rule matches in a sentence: single words and multiword expressions with gaps."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from marsad.events.lexicon import Pos, TriggerLexicon, TriggerRule, WordHit
from marsad.lang.ar.tokens import SEEN
from marsad.model import Token

VERB_OBJECT_GAP = 6
# Quotation marks around a quoted word (وقوف بلاده "دوما" مع) take no room in a gap.
QUOTES = frozenset('"\u00ab\u00bb\u201c\u201d\u2018\u2019\'')
_TEXT = attrgetter("text")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A rule matched on tokens; ``positions`` are the token indices of its pattern words."""

    rule: TriggerRule
    positions: tuple[int, ...]
    head_hit: WordHit

    @property
    def head(self) -> int:
        return self.positions[self.rule.head]

    @property
    def start(self) -> int:
        return self.positions[0]

    @property
    def end(self) -> int:
        return self.positions[-1] + 1

    @property
    def is_verb(self) -> bool:
        return self.head_hit.pos == Pos.VERB

    @property
    def future_prefix(self) -> bool:
        return SEEN in self.head_hit.analysis.prefixes


def find_triggers(tokens: Sequence[Token], start: int, end: int, lexicon: TriggerLexicon) -> list[TriggerMatch]:
    """Rule matches in ``tokens[start:end]``; a match inside a longer one is dropped."""
    hits: dict[int, list[WordHit]] = {}
    # where each trigger word occurs, in text order, and where the quotation marks are: a
    # multiword rule finds its next word by binary search instead of rescanning the gap for
    # every rule that starts at every hit
    where: dict[str, list[int]] = {}
    segment = tokens[start:end]
    quotes = list(compress(range(start, end), map(QUOTES.__contains__, map(_TEXT, segment))))
    # every token's trigger words through map(), then only the tokens that have any
    readings = lexicon.words_at(segment)
    for i in compress(range(start, end), readings):
        if tokens[i].is_word:
            hits[i] = found = readings[i - start]
            for hit in found:
                where.setdefault(hit.word_id, []).append(i)
    matches: list[TriggerMatch] = []
    for i, words in hits.items():
        for hit in words:
            for rule in lexicon.rules_by_first.get(hit.word_id, ()):
                positions = _extend(rule, i, hits, where, end, quotes)
                if positions is not None:
                    head_hit = hit if rule.head == 0 else _hit_for(hits[positions[rule.head]],
                                                                 rule.pattern[rule.head])
                    matches.append(TriggerMatch(rule, positions, head_hit))
    return _drop_contained(matches)


def _hit_for(words: list[WordHit], word_id: str) -> WordHit:
    return next(w for w in words if w.word_id == word_id)


def _extend(rule: TriggerRule, first: int, hits: dict[int, list[WordHit]], where: dict[str, list[int]], end: int,
            quotes: Sequence[int] = ()) -> tuple[int, ...] | None:
    """The positions of ``rule``'s words from ``first`` on; ``where``: each word's positions, ``quotes`` sorted."""
    if len(rule.pattern) == 1:
        return (first,)  # a one-word rule (most of them): nothing to extend
    if not where.keys() >= rule.later_words:
        return None  # a word of the rule is nowhere in the sentence (most multiword rules tried)
    positions = [first]
    # after a verb its subject and a quantity may come first (نشرت السلطات الجزائرية آلاف
    # عناصر الشرطة): give the object of a verb-headed expression more room
    verb_first = rule.gap > 0 and any(h.pos == Pos.VERB and h.word_id == rule.pattern[0]
                                      for h in hits.get(first, ()))
    for index, word_id in enumerate(rule.pattern[1:]):
        previous = positions[-1]
        gap = max(rule.gap, VERB_OBJECT_GAP) if verb_first and index == 0 else rule.gap
        # quotation marks within the gap take no room
        reach = previous + 2 + gap + bisect_right(quotes, previous + 1 + gap) - bisect_right(quotes, previous)
        # the first occurrence of the word after ``previous``, if it is within reach
        places = where.get(word_id, ())
        at = bisect_right(places, previous)
        if at == len(places) or places[at] >= min(end, reach):
            return None
        positions.append(places[at])
    return tuple(positions)


def _drop_contained(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Keep, for each token, only the longest rules using it (أطلق سراح over أطلق)."""
    matches.sort(key=lambda m: (-len(m.positions), m.start))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for match in matches:
        if taken.intersection(match.positions):
            if len(match.positions) > 1 or match.head not in taken:
                continue
            # a same-length alternative on the same word (two readings of one verb) survives
            if not any(k.positions == match.positions for k in kept):
                continue
        kept.append(match)
        taken.update(match.positions)
    kept.sort(key=lambda m: m.head)
    return kept

"""Definite descriptions of organizations named earlier: حركة فتح … الحركة, منظمة الصحة … المنظمة."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from marsad.lang.ar.forms import lookup_forms
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import AL, Analysis, analyses
from marsad.model import Actor, Document, Mention, MentionKind

# Head nouns of organization names that news repeats alone, with the article, for the
# organization just named ("حركة فتح … وطالبت الحركة").
HEAD_NOUNS = frozenset(match_key(w) for w in (
    "حركة", "جبهة", "تنظيم", "جماعة", "منظمة", "هيئة", "حزب", "وكالة", "ميليشيا", "لجنة", "شركة", "صحيفة",
    "قناة", "مجلس", "جمعية", "كتائب", "ائتلاف", "مفوضية", "محكمة", "بعثة"))
# How many sentences back the organization may have been named.
REACH_SENTENCES = 6
ORGANIZATION = "org:"


def _head_of(text_norm: str) -> str | None:
    first = text_norm.split()[0] if text_norm.split() else ""
    for analysis in analyses(first):
        if not analysis.suffix and analysis.stem in HEAD_NOUNS:
            return analysis.stem
    return None


# Per word form, its readings that could be an anaphor (cached: every token is tried). A plain
# dict: most words have none, and a dict hit costs half an lru_cache's.
_HEAD_READINGS: dict[str, tuple[Analysis, ...]] = {}
READING_CACHE_SIZE = 300_000


def _head_readings(norm: str) -> tuple[Analysis, ...]:
    """The readings of a word with the article, no pronoun suffix and a head noun as stem."""
    found = _HEAD_READINGS.get(norm)
    if found is None:
        if len(_HEAD_READINGS) >= READING_CACHE_SIZE:
            _HEAD_READINGS.clear()
        found = _HEAD_READINGS[norm] = tuple(a for a in analyses(norm) if AL in a.prefixes and not a.suffix
                                             and a.stem in HEAD_NOUNS)
    return found


def organization_anaphors(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for the bare definite head nouns that stand for an organization named before."""
    tokens = doc.tokens
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    starts = {m.token_start for m in mentions}
    sentence_of = [0] * len(tokens)
    for index, sentence in enumerate(doc.sentences):
        sentence_of[sentence.token_start:sentence.token_end] = [index] * (sentence.token_end - sentence.token_start)
    named: dict[str, tuple[int, Actor, str | None]] = {}  # head noun → (sentence, actor, entry)
    ordered = sorted(mentions, key=lambda m: m.token_start)
    out: list[Mention] = []
    next_mention = 0
    # only words that can be read as a definite head noun can be anaphors: visit those alone
    # (through map(), every token's readings looked up once; the organizations named before
    # each of them are taken in as the loop reaches it)
    readings_at = lookup_forms(_HEAD_READINGS, tokens, _head_readings)
    for i in compress(range(len(tokens)), readings_at):
        token = tokens[i]
        while next_mention < len(ordered) and ordered[next_mention].token_start <= i:
            mention = ordered[next_mention]
            next_mention += 1
            if mention.actor is not None and (mention.entry_id or "").startswith(ORGANIZATION):
                head = _head_of(" ".join(t.norm for t in tokens[mention.token_start:mention.token_end]))
                if head is not None:
                    named[head] = (sentence_of[mention.token_start], mention.actor, mention.entry_id)
        if not named or i in covered or not token.is_word:
            continue  # (no organization named yet: no word can be its anaphor)
        # (the organizations named are keyed by head nouns, so no other reading can be one of them)
        reading = next((a for a in readings_at[i] if a.stem in named), None)
        if reading is None:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and following.is_word and following.norm.startswith(AL) and i + 1 not in starts:
            continue  # الحركة الإسلامية: an adjective makes a name of its own, not the one before
        named_in, actor, entry = named[reading.stem]
        if sentence_of[i] - named_in > REACH_SENTENCES:
            continue
        out.append(Mention(token.span, MentionKind.ACTOR, entry, i, i + 1, reading.prefixes,
                           actor=Actor(token.text, token.span, actor.code, actor.sector, actor.name,
                                       actor.identifier_id)))
    return out

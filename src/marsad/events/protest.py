"""PROTEST triggers that report no protest: games, calls and bans, plans, generalities, arguments,
official complaints; and gatherings, which are protests only with a cue of one.

The coding guide (§2) codes as PROTEST civilian collective action (تظاهر، احتج، اعتصم، أضرب،
قاطع) by the protesters. The same words also name what someone calls for or bans (دعوة إلى
الإضراب، منع الناس من التظاهر), a protest to come (ينظم الحزب مسيرة غدا), anyone who would
protest (كل من يتظاهر), an argument (احتج بأن) or a government's complaint (احتجت الخارجية لدى
السفير), which is a criticism (ACCUSE disapprove) rather than a protest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from marsad.datafiles import load_data
from marsad.events.attach import ActorSource, Arguments
from marsad.events.modality import word_in
from marsad.events.triggers import QUOTES, TriggerMatch
from marsad.lang.ar.normalize import match_keys
from marsad.lang.ar.phrases import holds_phrase, phrase_keys
from marsad.lang.ar.tokens import AL, BEH, LAM
from marsad.model import Mention, Token

PROTEST_SCHEMA = "marsad.events.protest/1"
# The reasons a PROTEST candidate is no protest (shown by `marsad explain`).
SPORTS = "a game"
ORIGIN = "leaving the street"
CALLED = "called for, banned or planned"
GENERIC = "anyone who would"
PLANNED = "still to come"
ARGUED = "an argument"
LODGED = "a complaint in words"
UNCUED = "a gathering with no sign of protest"
RELATIVE = "a clause describing the protesters"
NOT_A_CLAUSE = "a noun: a rally told about"
HABITUAL = "a habit or a kind"
TOLD_BEFORE = "a protest told before"
AIMED_AT = "protesters as what the act is aimed at"
# A sentence with this many sports words reports a game.
SPORTS_EVIDENCE = 2
# How far before a protest word a call, ban or plan word governs it: its subject and object come
# between (حث الحزب الشيوعي أنصاره على الاعتصام).
CALL_REACH = 5
# How many words before a present-tense protest verb a plan phrase ends in (على أن ينظم).
PLAN_REACH = 3
# How far after a present-tense protest verb or a protest noun a time word dates it to come
# (تنظم النقابة اعتصاما صباح الأحد المقبل).
FUTURE_REACH = 8
# How far after احتج its "that" may stand: the subject comes first (احتج النائب بأن …).
ARGUE_REACH = 3
# How far before a protest noun a lodging verb and its subject stand (قدمت مصر احتجاجا).
LODGING_REACH = 2
# How far after a gathering its cue may stand: the gatherers, a time and a place come first
# (تجمع عشرات الطلاب في ساحة الجامعة وسط العاصمة بدعوة من اتحادهم وهم يرفعون لافتات …).
CUE_REACH = 20
# How far around a protest word a habit phrase counts (يشارك كل أسبوع في هذه المظاهرات).
HABIT_REACH = 4
# How far before a participation's protest noun "such" stands (في مثل هذه المظاهرات).
KIND_REACH = 2
PROCLITIC_MIN = 3  # a word longer than this that starts with ل or ب may carry it as a proclitic
SECURITY_SECTORS = frozenset({"COP", "MIL"})
STATE_IDENTIFIERS = ("marsad:country:", "marsad:capital:", "marsad:seat:")
CONJUNCTION_PREFIXES = frozenset(("\u0648", "\u0641"))  # و ف
# Words that may stand between a relative pronoun and the gathering verb (الذين كانوا قد تجمعوا).
RELATIVE_GAP = 2


@dataclass(frozen=True, slots=True)
class ProtestCues:
    """The word lists of ``events/protest.yaml``, as match keys (rule ids, sectors and codes as written)."""

    sports_words: frozenset[str]
    street_rules: frozenset[str]
    origin_words: frozenset[str]
    call_words: frozenset[str]
    generic_words: frozenset[str]
    plan_words: tuple[tuple[str, ...], ...]
    future_time_words: frozenset[str]
    time_nouns: frozenset[str]
    coming_words: frozenset[str]
    argue_words: frozenset[str]
    verbal_rules: frozenset[str]
    official_sectors: frozenset[str]
    official_codes: frozenset[str]
    lodging_words: frozenset[str]
    cued_rules: frozenset[str]
    clause_rules: frozenset[str]
    genitive_only_rules: frozenset[str]
    cue_words: frozenset[str]
    relatives: frozenset[str]
    clause_openers: frozenset[str]
    habitual_phrases: tuple[tuple[str, ...], ...]
    kind_words: frozenset[str]
    demonstratives: frozenset[str]
    circumstantial_rules: frozenset[str]
    object_markers: frozenset[str]
    quantity_words: frozenset[str]
    version: str

    @classmethod
    def load(cls) -> ProtestCues:
        """The shipped cues."""
        return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> ProtestCues:
    data = load_data("events/protest.yaml", PROTEST_SCHEMA)
    words = ("sports_words", "origin_words", "call_words", "generic_words", "future_time_words", "time_nouns",
             "coming_words", "argue_words",
             "lodging_words", "cue_words", "relatives", "clause_openers", "kind_words", "demonstratives",
             "object_markers", "quantity_words")
    as_written = ("street_rules", "verbal_rules", "official_sectors", "official_codes", "cued_rules", "clause_rules",
                  "genitive_only_rules",
                  "circumstantial_rules")
    return ProtestCues(**{k: match_keys(data[k]) for k in words}, **{k: frozenset(data[k]) for k in as_written},
                       plan_words=_phrases(data["plan_words"]), habitual_phrases=_phrases(data["habitual_phrases"]),
                       version=f"{data['name']}@{data['version']}")


def _phrases(entries: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(map(phrase_keys, entries))


def _is(token: Token, words: frozenset[str]) -> bool:
    """A word, as written, without و/ف, or without its clitics (للشارع → شارع), is one of ``words``."""
    return token.is_word and (word_in(token, words) or token.stem in words)


def _words(tokens: Sequence[Token], first: int, last: int) -> list[Token]:
    """The words of ``tokens[first:last]`` (bounds clipped to the sequence)."""
    return [t for t in tokens[max(0, first) : max(0, last)] if t.is_word]


def rejection(match: TriggerMatch, args: Arguments, tokens: Sequence[Token], bounds: tuple[int, int],
              cues: ProtestCues) -> str | None:
    """Why a PROTEST candidate reports no protest, or None when it reports one.

    ``bounds`` are the first and past-the-last token indices of the sentence.
    """
    start, end = bounds
    sentence = tokens[start:end]
    if sum(_is(t, cues.sports_words) for t in sentence) >= SPORTS_EVIDENCE:
        return SPORTS
    if match.rule.id in cues.street_rules and _leaves_street(match, tokens, cues):
        return ORIGIN
    present = match.is_verb and match.head_hit.present
    before = _words(tokens, max(start, match.start - CALL_REACH), match.start)
    if (present or not match.is_verb) and any(_is(t, cues.call_words) for t in before):
        return CALLED
    if present and before and _is(before[-1], cues.generic_words):
        return GENERIC
    if (present or not match.is_verb) and _planned(match, tokens, bounds, cues):
        return PLANNED
    if _habitual(match, tokens, bounds, cues):
        return HABITUAL
    if _pointed_back(match, tokens, start, cues):
        return TOLD_BEFORE
    if match.rule.id in cues.circumstantial_rules:
        return _aimed_at_protesters(match, tokens, cues)
    if match.rule.id in cues.verbal_rules:
        return _verbal(match, tokens, start, cues)
    if match.rule.id in cues.cued_rules:
        return _uncued(match, tokens, bounds, cues)
    return None


def _leaves_street(match: TriggerMatch, tokens: Sequence[Token], cues: ProtestCues) -> bool:
    """خرج خاسرا من الشارع: the street after من is where one comes from."""
    street = match.positions[-1]
    return street > 0 and _is(tokens[street - 1], cues.origin_words)


def _planned(match: TriggerMatch, tokens: Sequence[Token], bounds: tuple[int, int], cues: ProtestCues) -> bool:
    """على أن ينظم التيار مسيرة، مظاهرة مساء غد: a protest to come."""
    start, end = bounds
    after = _words(tokens, match.end, min(end, match.end + FUTURE_REACH))
    if any(_is(t, cues.future_time_words) for t in after):
        return True
    if any(_is(time, cues.time_nouns) and _is(coming, cues.coming_words) for time, coming in pairwise(after)):
        return True
    if not match.is_verb:
        return False
    keys = tuple(word.norm for word in _words(tokens, max(start, match.start - PLAN_REACH), match.start))
    return any(keys[-len(phrase):] == phrase for phrase in cues.plan_words if len(keys) >= len(phrase))


def _habitual(match: TriggerMatch, tokens: Sequence[Token], bounds: tuple[int, int], cues: ProtestCues) -> bool:
    """يشارك كل أسبوع في المظاهرات، تشارك في مثل هذه المظاهرات: a habit or a kind, not an occasion."""
    start, end = bounds
    near = [t.norm for t in _words(tokens, max(start, match.start - HABIT_REACH), min(end, match.end + HABIT_REACH))]
    if holds_phrase(near, cues.habitual_phrases):
        return True
    if len(match.positions) < 2:
        return False
    last = match.positions[-1]
    return any(_is(t, cues.kind_words) for t in _words(tokens, max(start, last - KIND_REACH), last))


def _pointed_back(match: TriggerMatch, tokens: Sequence[Token], start: int, cues: ProtestCues) -> bool:
    """نظمت هذه المظاهرات، قمعت تلك الاحتجاجات: a protest noun after a demonstrative is one told before."""
    nouns = match.positions[1:] if match.is_verb else match.positions
    return any(p > start and _is(tokens[p - 1], cues.demonstratives) for p in nouns)


def _aimed_at_protesters(match: TriggerMatch, tokens: Sequence[Token], cues: ProtestCues) -> str | None:
    """خرج الآلاف متظاهرين، خرج متظاهرون: the protesters went out; خرج الجيش لمواجهة متظاهرين: not them."""
    noun = match.positions[-1]
    if noun == match.positions[0] + 1:
        return None  # خرج متظاهرون: the subject right after the verb
    previous = tokens[noun - 1]
    # the tokenizer splits لـ/بـ only off words it knows: لمواجهة stays whole
    governed = LAM in previous.prefixes or BEH in previous.prefixes or (
        len(previous.norm) > PROCLITIC_MIN and previous.norm[0] in (LAM, BEH))
    # خرج آلاف المتظاهرين: the definite noun after a quantity is the subject
    counted = tokens[noun].prefixes == (AL,) and _is(previous, cues.quantity_words)
    aimed = (bool(tokens[noun].prefixes) and not counted) or governed or _is(previous, cues.object_markers)
    return AIMED_AT if aimed else None


def _verbal(match: TriggerMatch, tokens: Sequence[Token], start: int, cues: ProtestCues) -> str | None:
    """احتج بأن …: an argument; سجل احتجاجا، قدمت الخارجية احتجاجا: a complaint lodged in words."""
    if match.is_verb:
        after = _words(tokens, match.end, match.end + ARGUE_REACH)
        return ARGUED if any(_is(t, cues.argue_words) for t in after) else None
    before = _words(tokens, max(start, match.start - LODGING_REACH), match.start)
    return LODGED if any(_is(t, cues.lodging_words) for t in before) else None


def _uncued(match: TriggerMatch, tokens: Sequence[Token], bounds: tuple[int, int], cues: ProtestCues) -> str | None:
    """A gathering is a protest when protesters gather or chant, raise banners or say what they want."""
    start, end = bounds
    for token in reversed(_words(tokens, max(start, match.start - 1 - RELATIVE_GAP), match.start)):
        if _is(token, cues.relatives):
            return RELATIVE
    if not _opens_clause(match, tokens, start, cues):
        return NOT_A_CLAUSE
    after = _words(tokens, match.end, min(end, match.end + CUE_REACH))
    return None if any(_is(t, cues.cue_words) for t in after) else UNCUED


def misread(match: TriggerMatch, tokens: Sequence[Token], start: int) -> bool:
    """A match that is no protest construction at all, dropped before it is a candidate (it must not
    end the clause of the verb before it): a gathering word that opens no clause is the noun "a
    rally" (أطلقت دبابة قذيفة على تجمع للمواطنين), and the protesters after خرج may be what it
    is aimed at (خرجوا لتشييع محتجين قتلتهم القوات)."""
    cues = ProtestCues.load()
    if match.rule.id in cues.cued_rules or match.rule.id in cues.clause_rules:
        return not _opens_clause(match, tokens, start, cues)
    return match.rule.id in cues.circumstantial_rules and _aimed_at_protesters(match, tokens, cues) is not None


def _opens_clause(match: TriggerMatch, tokens: Sequence[Token], start: int, cues: ProtestCues) -> bool:
    """تجمع المتظاهرون، وتجمع، …، تجمع، حيث تجمع: the verb opens a clause; أثناء تجمع: a noun."""
    if set(match.head_hit.analysis.prefixes) & CONJUNCTION_PREFIXES:
        return True
    previous = next((t for t in reversed(tokens[start : match.start]) if t.is_word or t.text not in QUOTES), None)
    return previous is None or not previous.is_word or _is(previous, cues.clause_openers)


def borrowed_doer(match: TriggerMatch, args: Arguments, cues: ProtestCues) -> bool:
    """تجددت مظاهرات الطلاب: the protests' own genitive is their doer; a mention before the verb
    (عقد البرلمان جلسة بعد تصاعد حدة التظاهرات) is someone else."""
    return match.rule.id in cues.genitive_only_rules and bool(args.actor) and not _own_doer(match, args)


def _own_doer(match: TriggerMatch, args: Arguments) -> bool:
    """احتجاج الخارجية، احتجاج من قبل الوزارة: the doer in the noun's own genitive or agent phrase."""
    if args.actor_source == ActorSource.AGENT_MARKER:
        return True
    return args.actor_source == ActorSource.GENITIVE and args.actor[0].token_start == match.end


def official_complaint(match: TriggerMatch, args: Arguments, cues: ProtestCues) -> bool:
    """احتجت الخارجية لدى السفير: a protest by officials is an official complaint, not civilian action.

    Coded as ACCUSE disapprove (coding guide §2: civilian collective action is PROTEST; a
    criticism is ACCUSE), except after an official act (استدعت الخارجية السفير احتجاجا على),
    which its own rule codes. All the named protesters must be officials; a lone protest noun names
    its doer only in its genitive (احتجاج الخارجية): a state near it is where it happens
    (احتجاجات عمت العراق).
    """
    actors = args.actor
    if match.rule.id not in cues.verbal_rules or not actors:
        return False
    if not (match.is_verb or match.rule.anchored or _own_doer(match, args)):
        return False
    if not match.is_verb and any(_place_or_force(m) for m in actors):
        # تجمع المحتجون قرب الحدود بين لبنان وإسرائيل احتجاجا على: before a noun a state or a force
        # is where the protest is or who faces it, not who lodges a complaint (احتجت مصر is a verb's)
        return False
    return all(m.actor is not None and (m.actor.sector in cues.official_sectors or m.actor.code in cues.official_codes)
               for m in actors)


def _place_or_force(mention: Mention) -> bool:
    actor = mention.actor
    if actor is None:
        return False
    return actor.sector in SECURITY_SECTORS or (actor.identifier_id or "").startswith(STATE_IDENTIFIERS)

"""Attached pronouns and relatives (عليهم، لها، الذي) as mentions of the actor they stand for.

A pronoun takes the nearest actor of its sentence, or else of the sentence before, that
agrees with it in number and gender. Within its own clause an object pronoun does not
refer to the subject next to it (عرضت موسكو عليهم: هم is not Moscow).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress

from marsad.lang.ar.forms import lookup_forms
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import BEH, CONJUNCTIONS, LAM, analyses
from marsad.model import Document, Mention, MentionKind, Span, Token

MASCULINE, FEMININE, PLURAL, DUAL = "m", "f", "p", "d"
# Pronoun suffixes (folded) and what their antecedent must be.
SUFFIXES: dict[str, frozenset[str]] = {
    "\u0647\u0645\u0627": frozenset({DUAL}),  # هما
    "\u0647\u0645": frozenset({PLURAL}),  # هم
    "\u0647\u0646": frozenset({PLURAL}),  # هن
    "\u0647\u0627": frozenset({FEMININE}),  # ها (also non-human plurals: قوات)
    "\u0647": frozenset({MASCULINE}),  # ه
}
# Prepositions that carry an attached pronoun, folded as written before it (على → علي in عليهم).
HOSTS: dict[str, str] = {
    "\u0639\u0644\u064a": "\u0639\u0644\u064a",  # على
    "\u0627\u0644\u064a": "\u0627\u0644\u064a",  # إلى
    LAM: LAM,
    BEH: BEH,
    "\u0645\u0646": "\u0645\u0646",  # من
    "\u0639\u0646": "\u0639\u0646",  # عن
    "\u0645\u0639": "\u0645\u0639",  # مع
    "\u0636\u062f": "\u0636\u062f",  # ضد
    "\u0644\u062f\u064a": "\u0644\u062f\u064a",  # لدى
    "\u0639\u0646\u062f": "\u0639\u0646\u062f",  # عند
    "\u0628\u064a\u0646": "\u0628\u064a\u0646",  # بين
}
# Nouns of members and belongings whose possessive pronoun is their owner (جنوده، عناصرها،
# دوريتهم، منزله), as written before the pronoun (a feminine ة is ت there). The owner may be
# the subject of the same clause: أعلن الجيش مقتل أحد جنوده (its own soldier).
MEMBER_HOSTS = frozenset(match_key(w) for w in (
    "جنود", "عناصر", "أفراد",  # جنود عناصر أفراد
    "رجال", "مقاتلي", "أعضاء",  # رجال مقاتلي أعضاء
    "موظفي", "حراس",  # موظفي حراس
    "دوريت", "قافلت", "موكب",  # دوريت قافلت موكب
    "منزل", "مقر", "سيارت",  # منزل مقر سيارت
))
# Relative pronouns and what they agree with; they refer to the noun phrase right before them.
RELATIVES: dict[str, frozenset[str]] = {
    match_key("\u0627\u0644\u0630\u064a"): frozenset({MASCULINE}),  # الذي
    match_key("\u0627\u0644\u062a\u064a"): frozenset({FEMININE}),  # التي
    match_key("\u0627\u0644\u0630\u064a\u0646"): frozenset({PLURAL}),  # الذين
    match_key("\u0627\u0644\u0644\u0630\u0627\u0646"): frozenset({DUAL}),  # اللذان
    match_key("\u0627\u0644\u0644\u0630\u064a\u0646"): frozenset({DUAL}),  # اللذين
    match_key("\u0627\u0644\u0644\u062a\u0627\u0646"): frozenset({DUAL}),  # اللتان
}
# Words that open a subordinate clause: an actor before one may be an object pronoun's antecedent.
CLAUSE_OPENERS = frozenset(match_key(w) for w in (
    "\u0623\u0646", "\u0625\u0646", "\u0628\u0623\u0646", "\u0644\u0623\u0646",  # أن إن بأن لأن
    "\u0623\u0646\u0647", "\u0625\u0646\u0647", "\u0648\u0623\u0646", "\u0648\u0625\u0646",  # أنه إنه وأن وإن
))
TEH_MARBUTA = "\u0629"
AL = "\u0627\u0644"  # ال
MIN_VERB_STEM = 2  # a verb carrying a pronoun has a stem of at least this many letters (وجه+ها)
SOUND_PLURALS = ("\u0648\u0646", "\u064a\u0646")  # ـون ـين
FEMININE_PLURAL = "\u0627\u062a"  # ـات
DUAL_ENDINGS = ("\u0627\u0646", "\u062a\u0627\u0646")  # ـان ـتان

# What a pronoun site is: a relative, a pronoun on a preposition, a possessive on a member noun.
RELATIVE_KIND, PREPOSITION_KIND, POSSESSIVE_KIND = "relative", "preposition", "possessive"


@dataclass(frozen=True, slots=True)
class PronounSite:
    """Where a pronoun is: its token, the characters of the pronoun itself, what it agrees with."""

    token: int
    span: Span
    agrees: frozenset[str]
    governor: str | None  # the preposition it is attached to; None for relatives and possessives
    relative: bool
    possessive: bool = False  # on a member or belonging noun (MEMBER_HOSTS)


def pronoun_sites(doc: Document, start: int, end: int) -> list[PronounSite]:
    """Pronouns attached to prepositions, and relatives, among ``doc.tokens[start:end]``."""
    sites: list[PronounSite] = []
    tokens = doc.tokens
    segment = tokens[start:end]
    # the readings of every word form through map(): most words have none
    readings = lookup_forms(_READINGS, segment, _remember_reading)
    for i in compress(range(start, end), readings):
        token = tokens[i]
        if not token.is_word:
            continue
        reading = readings[i - start]
        if reading is None:
            continue
        suffix_length, agrees, governor, kind = reading
        if kind == RELATIVE_KIND:
            sites.append(PronounSite(i, token.span, agrees, None, True))
        else:
            span = Span(token.span.end - suffix_length, token.span.end)
            sites.append(PronounSite(i, span, agrees, governor, False, possessive=kind == POSSESSIVE_KIND))
    return sites


_Reading = tuple[int, frozenset[str], str | None, str]
# Readings per word form (every token of every sentence is looked at, and news repeats its
# words): a plain dict, whose hit costs half an lru_cache's.
_READINGS: dict[str, _Reading | None] = {}
READING_CACHE_SIZE = 300_000


def _remember_reading(norm: str) -> _Reading | None:
    if len(_READINGS) >= READING_CACHE_SIZE:
        _READINGS.clear()
    reading = _READINGS[norm] = _pronoun_reading(norm)
    return reading


def _pronoun_reading(norm: str) -> _Reading | None:
    """``(suffix length, agreement, governor, kind)`` of a relative, a pronoun on a preposition
    (governor: the preposition) or a possessive on a member or belonging noun (جنوده).
    """
    if norm in RELATIVES:
        return 0, RELATIVES[norm], None, RELATIVE_KIND
    word = norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > 2 else norm
    for suffix, agrees in SUFFIXES.items():
        if not word.endswith(suffix):
            continue
        host = word[: -len(suffix)]
        if host in HOSTS:
            return len(suffix), agrees, HOSTS[host], PREPOSITION_KIND
        if host in MEMBER_HOSTS:
            return len(suffix), agrees, None, POSSESSIVE_KIND
    return None


def agreement(mention: Mention, tokens: Sequence[Token], singulars: Mapping[str, str]) -> frozenset[str]:
    """The pronouns an actor mention can be referred to by (``singulars``: role noun id → singular head)."""
    entry = mention.entry_id or ""
    head = tokens[mention.token_start].norm
    singular = singulars.get(entry)
    if singular is not None and tokens[mention.token_start].stem in (singular, singular + TEH_MARBUTA):
        # الوزير، الجيش، الحكومة: one person or body
        return frozenset({FEMININE}) if head.endswith(TEH_MARBUTA) else frozenset({MASCULINE})
    if entry.startswith(("country:", "capital:")):
        return frozenset({FEMININE})  # states and cities are feminine
    if entry.startswith(("person:", "local:")):
        return frozenset({FEMININE}) if head.endswith(TEH_MARBUTA) else frozenset({MASCULINE})
    if head.endswith(SOUND_PLURALS):
        return frozenset({PLURAL, DUAL}) if head.endswith("\u064a\u0646") else frozenset({PLURAL})
    if head.endswith(DUAL_ENDINGS):
        return frozenset({DUAL})
    if head.endswith(FEMININE_PLURAL):
        return frozenset({PLURAL, FEMININE})  # القوات … عليها / عليهم
    if head.endswith(TEH_MARBUTA):
        # الحكومة، حركة حماس: a feminine body, whose members may be هم
        return frozenset({FEMININE, PLURAL}) if entry.startswith(("org:", "agent:")) else frozenset({FEMININE})
    if entry.startswith(("org:", "agent:", "demonym:")):
        # a masculine body (حزب الله، الجيش) or a broken plural (جنود، مسلحو): ه or هم
        return frozenset({MASCULINE, PLURAL})
    return frozenset({MASCULINE})


def resolve_pronouns(doc: Document, mentions: Sequence[Mention], *,
                     singulars: Mapping[str, str] | None = None) -> list[Mention]:
    """Pronoun mentions of the document, each carrying its antecedent's actor."""
    singulars = singulars or {}
    by_sentence: dict[int, list[Mention]] = {}
    starts = [sentence.token_start for sentence in doc.sentences]
    for mention in mentions:
        if mention.kind == MentionKind.ACTOR and mention.actor is not None and not mention.adjective:
            by_sentence.setdefault(_sentence_of(doc, mention.token_start, starts), []).append(mention)
    out: list[Mention] = []
    for index, sentence in enumerate(doc.sentences):
        here = sorted(by_sentence.get(index, []), key=lambda m: m.token_start)
        previous = sorted(by_sentence.get(index - 1, []), key=lambda m: m.token_start)
        for site in pronoun_sites(doc, sentence.token_start, sentence.token_end):
            if any(m.token_start <= site.token < m.token_end for m in here):
                continue  # inside a name or a role phrase
            antecedent = _antecedent(site, here, previous, doc.tokens, sentence.token_start, singulars)
            if antecedent is None or antecedent.actor is None:
                continue
            prefixes = (site.governor,) if site.governor in (LAM, BEH) else ()
            out.append(Mention(site.span, MentionKind.ACTOR, antecedent.entry_id, site.token, site.token + 1,
                               prefixes, actor=antecedent.actor, pronoun=True,
                               antecedent=antecedent.antecedent or antecedent.span, governor=site.governor))
    return out


def _antecedent(site: PronounSite, here: list[Mention], previous: list[Mention], tokens: Sequence[Token],
                sentence_start: int, singulars: Mapping[str, str]) -> Mention | None:
    before = [m for m in here if m.token_end <= site.token]
    if site.relative:
        # الذي refers to the noun phrase it follows, and nothing else
        last = before[-1] if before else None
        if last is not None and site.token - last.token_end <= 1 and agreement(last, tokens, singulars) & site.agrees:
            return last
        return None
    # an object pronoun does not stand for an actor of its own clause (عرضت موسكو عليهم):
    # only actors before the complementizer that opened the clause (كشف سيجري أن …) qualify
    # or, within the clause, an object already governed by a preposition (التقى بالمسلحين ووعد لهم)
    boundary = next((i for i in range(site.token - 1, sentence_start - 1, -1) if tokens[i].norm in CLAUSE_OPENERS),
                    sentence_start)
    boundary = max(boundary, _relative_clause_start(site, tokens, sentence_start))
    if site.possessive:
        boundary = site.token  # an owner may be the subject of the clause: أعلن الجيش مقتل جنوده
    for mention in reversed(before):
        outside = mention.token_end <= boundary
        if (outside or {LAM, BEH} & set(mention.prefixes)) and agreement(mention, tokens, singulars) & site.agrees:
            return mention
    for mention in previous:
        if agreement(mention, tokens, singulars) & site.agrees:
            return mention
    return None


def _relative_clause_start(site: PronounSite, tokens: Sequence[Token], sentence_start: int) -> int:
    """Where a relative clause about an object opens, when the pronoun follows its verb.

    In اتهامات وجهها له X and الاتهامات التي توجهها لها X the verb's own pronoun (ـها) stands
    for the noun before it, so the clause is about that noun: the actors before the noun (or its
    التي) are outside the clause and may be what له stands for. ``sentence_start`` when not so.
    """
    verb, head = site.token - 1, site.token - 2
    if site.governor is None or head < sentence_start or not tokens[head].is_word:
        return sentence_start
    resumptive = any(a.suffix in SUFFIXES and len(a.stem) >= MIN_VERB_STEM for a in analyses(tokens[verb].norm))
    if not resumptive:
        return sentence_start
    noun = tokens[head]
    if noun.norm in RELATIVES or (AL not in noun.prefixes and not noun.norm.startswith(AL)
                                  and noun.norm not in HOSTS and len(noun.norm) > MIN_VERB_STEM):
        return head
    return sentence_start


def _sentence_of(doc: Document, token: int, starts: Sequence[int]) -> int:
    """The index of the sentence holding ``token`` (-1 if none); ``starts``: each sentence's first token."""
    # a binary search: sentences are in order and do not overlap (a scan was quadratic in long articles)
    index = bisect_right(starts, token) - 1
    return index if index >= 0 and token < doc.sentences[index].token_end else -1

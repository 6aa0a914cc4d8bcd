"""Find actor mentions in a sentence and compose them: الجيش التركي → TUR MIL, الرئيس الروسي بوتين → RUS GOV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from marsad.actors.lexicon import AMBIGUOUS_WORDS, ActorEntry, ActorLexicon, EntryKind
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.phrases import PhraseMatch
from marsad.lang.ar.tokens import AL, LAM
from marsad.model import Actor, Document, Mention, MentionKind, Span, Token

NAMED = (EntryKind.PERSON, EntryKind.ORGANIZATION)
AGENT_PREFIX = "agent:"
PEOPLE_SECTOR = "CVL"
# Role nouns that are rarely the story country's own: الدول الغربية, القوات الأجنبية.
NO_FALLBACK = frozenset({"agent:state", "agent:foreign-forces", "agent:coalition-forces", "agent:peacekeepers",
                         "agent:ngo", "agent:mediator", "agent:envoy", "agent:embassy", "agent:ambassador",
                         "agent:tourist", "agent:expatriate", "agent:migrant", "agent:refugee"})
APPOSITIVE_PUNCTUATION = frozenset({",", "\u060c"})
# Role nouns that stand for whoever they belong to: متحدث باسم الجيش is the army speaking.
RELATIONAL_AGENTS = frozenset({"agent:spokesperson", "agent:official", "agent:leader", "agent:commander",
                               "agent:delegation", "agent:envoy", "agent:supporters", "agent:unit",
                               "agent:media-person", "agent:adviser", "agent:senior-official"})
STATES = (EntryKind.COUNTRY, EntryKind.CAPITAL, EntryKind.SEAT)
# Sound-plural endings that make a nationality word a people noun (الأمريكيون) rather
# than an adjective of whatever noun precedes it (الحدود التركية).
PLURAL_ENDINGS = (match_key("\u0648\u0646"), match_key("\u064a\u064a\u0646"))
SINGULAR_NISBA_ENDINGS = (match_key("\u064a"), match_key("\u064a\u0629"), match_key("\u064a\u0627\u0646"))


@dataclass(slots=True)
class _Atom:
    start: int  # token indices [start, end)
    end: int
    entry: ActorEntry
    has_article: bool
    prefixes: tuple[str, ...]
    alternatives: list[ActorEntry] = field(default_factory=list)  # other entries with the same words


def _atoms(tokens: Sequence[Token], start: int, end: int, lexicon: ActorLexicon) -> list[_Atom]:
    atoms: list[_Atom] = []
    matches: list[PhraseMatch[ActorEntry]] = lexicon.index.scan(tokens, start, end)
    for match in matches:
        if match.end - match.start == 1 and tokens[match.start].norm in AMBIGUOUS_WORDS:
            continue
        if atoms and atoms[-1].start == match.start:
            # several entries share the phrase: the most specific kind leads, the others wait
            previous = atoms[-1]
            if _rank(match.value.kind) <= _rank(previous.entry.kind):
                previous.alternatives.append(match.value)
            else:
                previous.alternatives.append(previous.entry)
                previous.entry = match.value
            continue
        first = tokens[match.start]
        has_article = first.norm.startswith(AL) or AL in match.prefixes or AL in first.prefixes
        atoms.append(_Atom(match.start, match.end, match.value, has_article, match.prefixes))
    return atoms


def _rank(kind: EntryKind) -> int:
    order = (EntryKind.AGENT, EntryKind.DEMONYM, EntryKind.CAPITAL, EntryKind.COUNTRY, EntryKind.SEAT,
             EntryKind.ORGANIZATION, EntryKind.PERSON)
    return order.index(kind)


def _read_as_adjective(previous: _Atom, atom: _Atom) -> None:
    """After a role noun, السعودية is the adjective "Saudi", not the country: السلطات السعودية."""
    if previous.entry.kind != EntryKind.AGENT or previous.end != atom.start or atom.entry.kind not in STATES:
        return
    adjective = next((e for e in atom.alternatives if e.kind == EntryKind.DEMONYM), None)
    if adjective is not None and previous.has_article == atom.has_article:
        atom.alternatives.append(atom.entry)
        atom.entry = adjective


def _joins(previous: _Atom, atom: _Atom, tokens: Sequence[Token]) -> bool:
    """Whether ``atom`` continues the noun phrase that ``previous`` ends."""
    gap = atom.start - previous.end
    kind, before = atom.entry.kind, previous.entry.kind
    if gap == 1 and kind == EntryKind.PERSON and before in (EntryKind.AGENT, EntryKind.DEMONYM):
        # an appositive comma: وزير الداخلية، ساجد جاويد
        return tokens[previous.end].norm in APPOSITIVE_PUNCTUATION
    if gap == 1 and before == EntryKind.AGENT and kind == EntryKind.DEMONYM:
        # one agreeing adjective may stand between: الطائرات الحربية الروسية
        between = tokens[previous.end]
        return between.is_word and between.norm.startswith(AL) == atom.has_article
    if gap != 0:
        return False
    if before == EntryKind.AGENT and LAM in atom.prefixes and kind in (*STATES, EntryKind.ORGANIZATION):
        # لـ of belonging: المبعوث الخاص للأمم المتحدة, سفير لروسيا
        return True
    if before == EntryKind.AGENT:
        if kind in (EntryKind.DEMONYM, EntryKind.PERSON):
            return True
        # a construct state has no article on its head: حكومة العراق, قوات حزب الله
        return kind in (*STATES, EntryKind.ORGANIZATION, EntryKind.AGENT) and not previous.has_article
    if before == EntryKind.DEMONYM:
        return kind == EntryKind.PERSON
    if before == EntryKind.ORGANIZATION:
        return kind == EntryKind.DEMONYM and previous.entry.code is None
    return False


def _merge_titled_names(groups: list[list[_Atom]]) -> list[list[_Atom]]:
    """A role phrase right before a titled name is that person: وزير الخارجية القطري + الشيخ محمد …"""
    merged: list[list[_Atom]] = []
    for group in groups:
        if merged and merged[-1][-1].end == group[0].start and _unnamed_role(merged[-1]) and \
                any(a.entry.kind == EntryKind.PERSON for a in group):
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    return merged


def _unnamed_role(group: list[_Atom]) -> bool:
    kinds = {a.entry.kind for a in group}
    return EntryKind.AGENT in kinds and not kinds & set(NAMED)


def _compose(group: list[_Atom], day: dt.date | None) -> tuple[str | None, str | None, ActorEntry]:
    """(code, sector, the entry that identifies the actor) of a composed noun phrase."""
    named = [a.entry for a in group if a.entry.kind in NAMED]
    if named:
        code, sector = named[-1].resolve(day)
        if code is None:
            code = next((a.entry.code for a in group if a.entry.kind in (EntryKind.DEMONYM, *STATES)), None)
        return code, sector, named[-1]
    agents = [a.entry for a in group if a.entry.kind == EntryKind.AGENT]
    places = [a.entry for a in group if a.entry.kind in (EntryKind.DEMONYM, *STATES)]
    if agents:
        code = next((a.code for a in agents if a.code), None) or (places[-1].code if places else None)
        # the head noun decides (قوات الحكومة is military), unless it only relates to the next one
        head = next((a for a in agents if a.id not in RELATIONAL_AGENTS), agents[-1])
        return code, head.sector, head
    entry = places[0]
    if entry.kind == EntryKind.DEMONYM:
        # a nationality word standing alone is a people: الفلسطينيون, السوريين
        return entry.code, PEOPLE_SECTOR, entry
    return entry.code, entry.sector or "GOV", entry


def inherit_countries(mentions: list[Mention], *, fallback: str | None = None) -> None:
    """A bare role noun takes the country it had earlier in the document: الجيش اليمني … الجيش → YEM MIL.

    With none earlier it takes ``fallback``, the country where the story happens (مسلحون in
    an article about Syria are Syrian gunmen: coding guide §1, "code = country where known").
    """
    known: dict[str, str] = {}
    for i, mention in enumerate(mentions):
        actor = mention.actor
        if actor is None or mention.entry_id is None or not mention.entry_id.startswith(AGENT_PREFIX):
            continue
        if actor.code is not None:
            known[mention.entry_id] = actor.code
        elif mention.entry_id in known:
            mentions[i].actor = replace(actor, code=known[mention.entry_id])
        elif fallback is not None and mention.entry_id not in NO_FALLBACK:
            mentions[i].actor = replace(actor, code=fallback)


def find_actors(doc: Document, sentence_index: int, lexicon: ActorLexicon) -> list[Mention]:
    """Actor mentions of one sentence, composed into noun phrases, resolved on the document date."""
    sentence = doc.sentences[sentence_index]
    tokens = doc.tokens
    atoms = _atoms(tokens, sentence.token_start, sentence.token_end, lexicon)
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups:
            _read_as_adjective(groups[-1][-1], atom)
        if groups and _joins(groups[-1][-1], atom, tokens):
            groups[-1].append(atom)
        else:
            groups.append([atom])
    groups = _merge_titled_names(groups)
    mentions: list[Mention] = []
    for group in groups:
        lone_adjective = len(group) == 1 and group[0].entry.kind == EntryKind.DEMONYM
        adjective = lone_adjective and not _is_people_noun(tokens[group[0].start])
        code, sector, entry = _compose(group, doc.date)
        if adjective:
            sector = None  # an adjective of some noun; the coder decides whether it names an actor
        first, last = tokens[group[0].start], tokens[group[-1].end - 1]
        span = Span(first.span.start, last.span.end)
        actor = Actor(doc.text[span.start : span.end], span, code, sector, entry.name, f"marsad:{entry.id}")
        mentions.append(Mention(span, MentionKind.ACTOR, entry.id, group[0].start, group[-1].end,
                                group[0].prefixes, adjective, actor=actor))
    return mentions


def _is_people_noun(token: Token) -> bool:
    """A nationality word standing alone names people only in the plural (الروس، الأمريكيون)."""
    if token.norm.endswith(PLURAL_ENDINGS):
        return True
    # broken plurals (روس، أتراك) do not end in the nisba ya that singular adjectives end in
    return not token.norm.endswith(SINGULAR_NISBA_ENDINGS)

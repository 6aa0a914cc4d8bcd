"""Find actor mentions in a sentence and compose them: الجيش التركي → TUR MIL, الرئيس الروسي بوتين → RUS GOV."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from marsad.actors.lexicon import (
    AMBIGUOUS_WORDS,
    STATE_ROLE_ONLY_WORDS,
    VERB_OBJECT_REACH,
    VERB_OBJECTS,
    ActorEntry,
    ActorLexicon,
    EntryKind,
)
from marsad.actors.names import HONORIFICS, LOCAL_PREFIX, DocumentPeople, is_person_role, name_end
from marsad.actors.titles import FORMER, OFFICE_TITLES
from marsad.lang.ar.homographs import ordinary_after
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.phrases import PhraseMatch
from marsad.lang.ar.tokens import AL, BEH, IN, LAM, token_span, without_conjunction
from marsad.model import Actor, Ambiguity, Document, Mention, MentionKind, Token

NAMED = (EntryKind.PERSON, EntryKind.ORGANIZATION)
ROYAL_HOUSE_PREFIX = "org:royal-house-"  # آل سعود، آل خليفة: a name containing one is a royal
AGENT_PREFIX = "agent:"
PERSON_PREFIX = "person:"
PEOPLE_SECTOR = "CVL"
GOVERNMENT = "GOV"
STATE_ROLE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})  # the roles a state's adjective follows
# Role nouns that are rarely the story country's own: الدول الغربية, القوات الأجنبية.
NO_FALLBACK = frozenset({"agent:state", "agent:foreign-forces", "agent:coalition-forces", "agent:peacekeepers",
                         "agent:ngo", "agent:mediator", "agent:envoy", "agent:embassy", "agent:ambassador",
                         "agent:tourist", "agent:expatriate", "agent:migrant", "agent:refugee"})
APPOSITIVE_PUNCTUATION = frozenset({",", "\u060c"})
# The participle of arrival after a role noun (قادمون من): the place after من is where the
# people come from. Stems keep their plural and feminine endings, so each is listed. (الوافدين
# is left out: it is a role noun of its own, expatriates.)
ORIGIN_PARTICIPLES = frozenset({"قادمون", "قادمين", "قادمة", "قادم"})
ON_BEHALF = "\u0628\u0627\u0633\u0645"  # باسم: متحدث باسم X speaks for X
FROM = "من"
# Nouns of members of a body: عناصر من الشرطة are the police acting (matched without a leading و).
MEMBER_NOUNS = frozenset(match_key(w) for w in (
    "\u0639\u0646\u0627\u0635\u0631", "\u0639\u0646\u0635\u0631",  # عناصر عنصر
    "\u0623\u0641\u0631\u0627\u062f", "\u0641\u0631\u062f",  # أفراد فرد
    "\u0623\u0639\u0636\u0627\u0621", "\u0639\u0636\u0648",  # أعضاء عضو
))
QUOTE_MARKS = frozenset('"\u00ab\u00bb\u201c\u201d')  # a quoted role: "غرفة عمليات" لتنظيم داعش
MAX_PHRASE_ATOMS = 16
MAX_NAME_TOKENS = 24  # tokens a personal name can span: four words and any connectors (عبد، أبو، بن)
# Role nouns that stand for whoever they belong to: متحدث باسم الجيش is the army speaking.
RELATIONAL_AGENTS = frozenset({"agent:spokesperson", "agent:official", "agent:leader", "agent:commander",
                               "agent:delegation", "agent:envoy", "agent:supporters", "agent:unit",
                               "agent:media-person", "agent:adviser", "agent:senior-official",
                               "agent:patrol"})  # دورية للجيش is the army's
PARTY_SECTOR = "PTY"
UNKNOWN_AGENT = "agent:unknown-persons"  # مجهولون: a noun alone, an adjective after one
STATES = (EntryKind.COUNTRY, EntryKind.CAPITAL, EntryKind.SEAT)
# Kind groups tested below, spelt out as constants (mypyc, for the optional compiled build,
# cannot compile a starred tuple inside a test).
_STATE_OR_ORGANIZATION = frozenset((*STATES, EntryKind.ORGANIZATION))
_OWNER_KINDS = frozenset((*STATES, EntryKind.ORGANIZATION, EntryKind.AGENT))
_DEMONYM_OR_STATE = frozenset((EntryKind.DEMONYM, *STATES))
_PERSON_OR_STATE = frozenset((EntryKind.PERSON, *STATES))
# the kinds a role phrase can end with (قائد لواء المعتصم، وزير الخارجية الروسي)
_ROLE_PHRASE_ENDS = frozenset((EntryKind.AGENT, EntryKind.DEMONYM, EntryKind.ORGANIZATION, *STATES))
LOCATIVES = frozenset(match_key(w) for w in ("\u0641\u064a", "\u0625\u0644\u0649", "\u0645\u0646"))  # في إلى من
# Sound-plural endings that make a nationality word a people noun (الأمريكيون) rather
# than an adjective of whatever noun precedes it (الحدود التركية).
PLURAL_ENDINGS = (match_key("\u0648\u0646"), match_key("\u064a\u064a\u0646"))
NOMINATIVE_PLURAL = match_key("\u0648\u0646")  # ـون
ACCUSATIVE_NISBA = match_key("\u064a\u0627")  # ـيا
ADVERBS = frozenset(match_key(w) for w in ("\u0623\u0645\u0633", "\u063a\u062f\u0627"))  # أمس غدا: no adjectives
ALIF = match_key("\u0627")  # the alif of an indefinite accusative: هجوما
VERB_PLURAL = match_key("\u0648\u0627")  # ـوا: خطفوا
SINGULAR_NISBA_ENDINGS = (match_key("\u064a"), match_key("\u064a\u0629"), match_key("\u064a\u0627\u0646"))


@dataclass(slots=True)
class _Atom:
    start: int  # token indices [start, end)
    end: int
    entry: ActorEntry
    has_article: bool
    prefixes: tuple[str, ...]
    alternatives: list[ActorEntry] = field(default_factory=list)  # other entries with the same words
    introduced: bool = False  # a name the document introduces right after its role phrase


def _atoms(tokens: Sequence[Token], start: int, end: int, lexicon: ActorLexicon,
           people: DocumentPeople | None = None) -> list[_Atom]:
    atoms = _lexicon_atoms(lexicon.index.scan(tokens, start, end, prefer=_is_organization,
                                             yields=_is_group_role), tokens)
    if lexicon.split_names:
        atoms = _split_roles(atoms, tokens, end, lexicon)
    if people is not None:
        # people the document introduced earlier win over the knowledge base: the المالكي of
        # a story that introduced تركي المالكي is not Nouri al-Maliki
        for local in _lexicon_atoms(people.index.scan(tokens, start, end), tokens):
            overlapped = [a for a in atoms if a.start < local.end and local.start < a.end]
            if any(a.end - a.start > local.end - local.start for a in overlapped):
                continue
            local.alternatives += [a.entry for a in overlapped if a.entry.kind == EntryKind.PERSON]
            atoms = [a for a in atoms if a not in overlapped] + [local]
        atoms.sort(key=lambda a: a.start)
        atoms = _introduce_names(atoms, tokens, end, lexicon, people)
    return atoms


def _split_roles(atoms: list[_Atom], tokens: Sequence[Token], end: int, lexicon: ActorLexicon) -> list[_Atom]:
    """وحدة إسرائيلية خاصة: a role name whose nationality adjective stands between its two words.

    The first word alone (وحدة "unity", قوة "strength") names no actor; with the adjective and the
    second word around it, it is the role, and the adjective composes with it as after any role.
    """
    added: list[_Atom] = []
    for index, atom in enumerate(list(atoms)):
        before, after = atom.start - 1, atom.end
        if atom.end - atom.start != 1 or before < 0 or after >= end:
            continue
        if atom.entry.kind != EntryKind.DEMONYM and all(e.kind != EntryKind.DEMONYM for e in atom.alternatives):
            continue
        if (index and atoms[index - 1].end > before) or (index + 1 < len(atoms) and atoms[index + 1].start <= after):
            continue  # a word of another name
        head, tail = tokens[before], tokens[after]
        if set(tail.prefixes) - {AL}:
            continue  # وخاصة "and especially": a new clause, no word of the name
        entry = lexicon.split_names.get((_bare_key(head), _bare_key(tail)))
        # the three words agree in the article: الوحدة الإسرائيلية الخاصة, وحدة إسرائيلية خاصة
        if entry is None or not (_has_article(head) == atom.has_article == _has_article(tail)):
            continue
        added.append(_Atom(before, atom.start, entry, atom.has_article, head.prefixes))
        atom.end = after + 1  # the phrase ends with the role's second word: its verb may follow

    return sorted(atoms + added, key=lambda a: a.start) if added else atoms


def _has_article(token: Token) -> bool:
    return AL in token.prefixes or token.norm.startswith(AL)


def _bare_key(token: Token) -> str:
    """A token's match key without its conjunction and article (والوحدة -> وحدة)."""
    return token.stem if token.stem and token.suffixes == () else token.norm


def _is_organization(entry: ActorEntry) -> bool:
    """A named organization wins words it shares with a role phrase (عناصر + جيش الإسلام)."""
    return entry.kind == EntryKind.ORGANIZATION


def _is_group_role(entry: ActorEntry) -> bool:
    """A role noun (عناصر جيش) yields its words to a named group; a government title (رئيس حكومة) keeps them."""
    return entry.kind == EntryKind.AGENT and entry.sector != GOVERNMENT


def _introduce_names(atoms: list[_Atom], tokens: Sequence[Token], stop: int, lexicon: ActorLexicon,
                     people: DocumentPeople) -> list[_Atom]:
    """A name right after a role phrase (or an honorific) introduces a person: قائد لواء المعتصم مصطفى سيجري."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        out.append(atom)
        i += 1
        role_ends = atom.entry.kind in _ROLE_PHRASE_ENDS
        after_role = role_ends and any(a.entry.kind == EntryKind.AGENT and is_person_role(a.entry.id)
                                       for a in _phrase_before(out, tokens))
        honorific = atom.entry.kind == EntryKind.AGENT and tokens[atom.start].norm in HONORIFICS
        if not after_role and not honorific:
            continue
        position = atom.end
        if position < stop and tokens[position].norm in APPOSITIVE_PUNCTUATION:
            position += 1
        while position < stop and tokens[position].norm in HONORIFICS:
            position += 1
        # a name is at most MAX_NAME_WORDS words and a few connectors: only atoms this close can be in it
        # (atoms are sorted by start; looking at every later atom made long lists of roles quadratic)
        name_stop = min(stop, position + MAX_NAME_TOKENS)
        near = []
        for later_atom in itertools.islice(atoms, i, None):
            if later_atom.start >= name_stop:
                break
            near.append(later_atom)
        later = [a for a in near if a.start >= position]
        if any(a.start == position and a.entry.kind in (EntryKind.PERSON, EntryKind.AGENT, EntryKind.COUNTRY,
                                                          EntryKind.CAPITAL, EntryKind.ORGANIZATION)
               for a in later):
            continue  # the knowledge base knows the name, or the word is another role or place
        taken = frozenset(t for a in later if a.entry.kind != EntryKind.PERSON and not _royal_house(a.entry)
                          for t in range(a.start, a.end))
        end = name_end(tokens, position, name_stop, lexicon, taken - {position}) if position < stop else None
        if end is None:
            continue
        inside = [a for a in near if a.start < end]
        if atom.entry.kind == EntryKind.AGENT and tokens[atom.start].norm in HONORIFICS and atom.end - atom.start == 1:
            out.pop()  # the honorific is part of the name, not a role
            first = atom.start
        else:
            first = position
        entry = people.learn(tokens, position, end, lexicon)
        local = _Atom(first, end, entry, False, tokens[first].prefixes, introduced=True)
        # a royal house inside the name (آل خليفة) says whose the person is
        local.alternatives += [a.entry for a in inside if _royal_house(a.entry)]
        out.append(local)
        i += len(inside)
    return out


def _royal_house(entry: ActorEntry) -> bool:
    return entry.id.startswith(ROYAL_HOUSE_PREFIX)


def _phrase_before(atoms: list[_Atom], tokens: Sequence[Token]) -> list[_Atom]:
    """The atoms of the noun phrase ending with ``atoms[-1]`` (adjacent atoms, at most one word apart)."""
    phrase = [atoms[-1]]
    # A run of more atoms than this is a list (روسيا، تركيا، إيران …), not a phrase: without the cap
    # every name of a long list walked back over the whole list (50,000 names took minutes).
    for atom in reversed(atoms[-MAX_PHRASE_ATOMS:-1]):
        if phrase[-1].start - atom.end > 1:
            break
        phrase.append(atom)
    phrase.reverse()
    return phrase


def _lexicon_atoms(matches: list[PhraseMatch[ActorEntry]], tokens: Sequence[Token]) -> list[_Atom]:
    atoms: list[_Atom] = []
    for match in matches:
        if match.end - match.start == 1 and tokens[match.start].norm in AMBIGUOUS_WORDS:
            continue
        if match.end - match.start == 1 and (not _state_role_adjective(atoms, match.start, tokens)
                                             or _verb_with_object(match.start, tokens)
                                             or ordinary_after(tokens, match.start)):
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


def _state_role_adjective(atoms: list[_Atom], start: int, tokens: Sequence[Token]) -> bool:
    """Whether a word of STATE_ROLE_ONLY_WORDS at ``start`` (or any other word) may name an actor.

    Such a word names the country after a state's role noun that agrees with it in article
    (الجيش المالي، رئيس الوزراء المالي، حكومة مالي), not after a construct head (وزير المالية).
    """
    token = tokens[start]
    bare = token.norm[len(AL):] if token.norm.startswith(AL) else token.norm
    if bare not in STATE_ROLE_ONLY_WORDS:
        return True
    previous = next((a for a in reversed(atoms) if a.start < start), None)
    if previous is None or previous.end != start or previous.entry.kind != EntryKind.AGENT or \
            previous.entry.sector not in STATE_ROLE_SECTORS:
        return False
    return tokens[previous.end - 1].norm.startswith(AL) == token.norm.startswith(AL)


def _verb_with_object(start: int, tokens: Sequence[Token]) -> bool:
    """فتح مسلحون النار: a one-word name read as the verb it also is, its object following."""
    objects = VERB_OBJECTS.get(tokens[start].norm)
    if objects is None:
        return False
    for i in range(start + 1, min(len(tokens), start + 1 + VERB_OBJECT_REACH)):
        if not tokens[i].is_word or tokens[i].norm[:1] in (BEH, LAM):
            return False  # اتهمت فتح حماس بإطلاق النار: the fire is another verb's
        if tokens[i].norm in objects:
            return True
    return False


def _rank(kind: EntryKind) -> int:
    order = (EntryKind.AGENT, EntryKind.DEMONYM, EntryKind.CAPITAL, EntryKind.COUNTRY, EntryKind.SEAT,
             EntryKind.ORGANIZATION, EntryKind.PERSON)
    return order.index(kind)


def _read_as_adjective(previous: _Atom, atom: _Atom, tokens: Sequence[Token]) -> None:
    """After a role noun, السعودية is the adjective "Saudi", not the country: السلطات السعودية.

    A country name that is also an accusative nisba (بريطانيا، تركيا) is the adjective only of
    an accusative noun, which ends in alif as well (جنديا تركيا): after مسلحون it is no
    adjective (اختطف مسلحون بريطانيا: gunmen abducted a Briton).
    """
    if previous.entry.kind != EntryKind.AGENT or previous.end != atom.start or atom.entry.kind not in STATES:
        return
    if tokens[atom.start].norm.endswith(ACCUSATIVE_NISBA) and not tokens[previous.end - 1].norm.endswith(ALIF):
        return
    adjective = next((e for e in atom.alternatives if e.kind == EntryKind.DEMONYM), None)
    if adjective is not None and previous.has_article == atom.has_article:
        atom.alternatives.append(atom.entry)
        atom.entry = adjective


# المتحدث باسم: a role that ends in "in the name of" is open for its owner (المتحدث باسم الحكومة الألمانية)
IN_THE_NAME_OF = match_key("\u0628\u0627\u0633\u0645")  # باسم


def _joins(previous: _Atom, atom: _Atom, tokens: Sequence[Token]) -> bool:
    """Whether ``atom`` continues the noun phrase that ``previous`` ends."""
    gap = atom.start - previous.end
    if atom.introduced:
        return gap == 0 or (gap == 1 and tokens[previous.end].norm in APPOSITIVE_PUNCTUATION)
    kind, before = atom.entry.kind, previous.entry.kind
    if gap == 1 and before == EntryKind.AGENT and LAM in atom.prefixes and kind in _STATE_OR_ORGANIZATION:
        # a quoted role still belongs to its owner: قصف "غرفة عمليات" لتنظيم داعش
        return tokens[previous.end].text in QUOTE_MARKS
    if gap == 1 and before == EntryKind.AGENT and kind == EntryKind.ORGANIZATION and not previous.has_article:
        # a quoted name after its kind of body is that body: قناة "الجزيرة"، صحيفة "الأهرام"
        return tokens[previous.end].text in QUOTE_MARKS
    if gap == 1 and kind == EntryKind.PERSON and before in (EntryKind.AGENT, EntryKind.DEMONYM):
        # an appositive comma: وزير الداخلية، ساجد جاويد
        return tokens[previous.end].norm in APPOSITIVE_PUNCTUATION
    if gap == 1 and before == EntryKind.AGENT and kind == EntryKind.DEMONYM:
        # one agreeing adjective may stand between: الطائرات الحربية الروسية
        between = tokens[previous.end]
        return (between.is_word and between.norm not in ADVERBS and between.norm.startswith(AL) == atom.has_article
                and previous.has_article == atom.has_article)
    if gap != 0:
        return False
    if atom.entry.id == UNKNOWN_AGENT and before in (EntryKind.AGENT, EntryKind.DEMONYM):
        return True  # مجهولون qualifies the noun before it: مسلحون صوماليون مجهولون
    if before == EntryKind.AGENT and LAM in atom.prefixes and kind in _STATE_OR_ORGANIZATION:
        # لـ of belonging: المبعوث الخاص للأمم المتحدة, سفير لروسيا
        return True
    if before == EntryKind.AGENT:
        if kind in (EntryKind.DEMONYM, EntryKind.PERSON):
            # an adjective or a name agrees with no preposition between: اليهود للفلسطينيين is two
            return not (set(atom.prefixes) & {LAM, BEH})
        # a construct state has no article on its head: حكومة العراق, قوات حزب الله; nor the ن
        # of a plural (مسلحو الحركة): مسلحون دورية is a subject and its object. A role of several
        # words takes a state or a named body as owner (وزير خارجية البحرين) but not another role noun:
        # it is a phrase closed by its adjective or genitive (منظمات حقوقية الحكومة، أهالي المعتقلين
        # الحكومة: the role and the object of its verb)
        closed = previous.end - previous.start > 1 and tokens[previous.end - 1].norm != IN_THE_NAME_OF
        return kind in _OWNER_KINDS and not previous.has_article and not (closed and kind == EntryKind.AGENT) and \
            not tokens[previous.end - 1].norm.endswith(NOMINATIVE_PLURAL)
    if before == EntryKind.DEMONYM:
        return kind == EntryKind.PERSON
    if before == EntryKind.ORGANIZATION:
        # a party's nationality adjective says which country's party it is: حزب البعث السوداني
        return kind == EntryKind.DEMONYM and (previous.entry.code is None or previous.entry.sector == PARTY_SECTOR)
    return False


def _merge_titled_names(groups: list[list[_Atom]]) -> list[list[_Atom]]:
    """A role phrase right before a titled name is that person: وزير الخارجية القطري + الشيخ محمد …"""
    merged: list[list[_Atom]] = []
    for group in groups:
        if merged and merged[-1][-1].end == group[0].start and _unnamed_role(merged[-1]) and \
                any(a.entry.kind == EntryKind.PERSON for a in group) and group[0].entry.kind != EntryKind.AGENT:
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    return merged


def _unnamed_role(group: list[_Atom]) -> bool:
    kinds = {a.entry.kind for a in group}
    return EntryKind.AGENT in kinds and not kinds & set(NAMED)


def _compose(group: list[_Atom], day: dt.date | None) -> tuple[str | None, str | None, ActorEntry]:
    """(code, sector, the entry that identifies the actor) of a composed noun phrase."""
    if group[-1].entry.id.startswith(LOCAL_PREFIX):
        # a person the document introduces: the role phrase says who they are, or a royal
        # house inside the name does (الشيخ خالد بن أحمد آل خليفة)
        house = next((e for e in group[-1].alternatives if _royal_house(e)), None)
        if house is not None:
            code, sector = house.resolve(day)
            return code, sector, group[-1].entry
        if len(group) > 1:
            code, sector, _ = _compose(group[:-1], day)
            return code, sector, group[-1].entry
        return None, None, group[-1].entry
    named = [a.entry for a in group if a.entry.kind in NAMED]
    if named:
        code, sector = named[-1].resolve(day)
        if code is None or sector == PARTY_SECTOR:
            code = next((a.entry.code for a in group if a.entry.kind in _DEMONYM_OR_STATE), code)
        return code, sector, named[-1]
    agents = [a.entry for a in group if a.entry.kind == EntryKind.AGENT]
    places = [a.entry for a in group if a.entry.kind in _DEMONYM_OR_STATE]
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


def inherit_countries(mentions: list[Mention], *, fallback: str | None = None,
                      tokens: Sequence[Token] = ()) -> None:
    """A bare role noun takes the country it had earlier in the document: الجيش اليمني … الجيش → YEM MIL.

    With none earlier it takes ``fallback``, the country where the story happens (مسلحون in
    an article about Syria are Syrian gunmen: coding guide §1, "code = country where known").
    """
    known: dict[str, str] = {}
    for i, mention in enumerate(mentions):
        actor = mention.actor
        if actor is None or mention.entry_id is None or not mention.entry_id.startswith(AGENT_PREFIX):
            continue
        appositive = _appositive_of(mentions[i - 1], mention, tokens) if i > 0 else None
        if actor.code is None and appositive is not None:
            # الفريق ضاحي خلفان، نائب رئيس شرطة دبي: the role after a named person is that person's
            mentions[i].actor = replace(actor, code=appositive)
            continue
        spoken_for = _spoken_for(mention, mentions[i + 1:i + 2], tokens) if actor.code is None else None
        if spoken_for is not None:
            # المتحدث باسم تحالف دعم الشرعية: a spokesperson is of the body they speak for
            mentions[i].actor = replace(actor, code=spoken_for.code, sector=spoken_for.sector or actor.sector)
            continue
        origin = _origin_of(mention, mentions[i + 1:i + 2], tokens) if actor.code is None else None
        if origin is not None:
            # محتجون قادمون من ولايات أميركية: where they came from says whose they are, not
            # the story's country
            mentions[i].actor = replace(actor, code=origin)
            continue
        if actor.code is not None:
            known[mention.entry_id] = actor.code
        elif mention.entry_id in known:
            mentions[i].actor = replace(actor, code=known[mention.entry_id])
        elif fallback is not None and mention.entry_id not in NO_FALLBACK:
            mentions[i].actor = replace(actor, code=fallback)


def _origin_of(mention: Mention, following: Sequence[Mention], tokens: Sequence[Token]) -> str | None:
    """The country a role noun's people come from: (ال)قادمين من [word] X, X a country or nationality."""
    end = mention.token_end
    if not following or end + 1 >= len(tokens) or tokens[end].stem not in ORIGIN_PARTICIPLES:
        return None
    if tokens[end + 1].norm != FROM:
        return None
    source = following[0]
    # one word may stand between من and the country: من ولايات أميركية، من مدن سورية
    if source.actor is None or source.actor.code is None or not 0 <= source.token_start - (end + 2) <= 1:
        return None
    return source.actor.code


def _spoken_for(mention: Mention, following: Sequence[Mention], tokens: Sequence[Token]) -> Actor | None:
    """Whom a spokesperson speaks for, named right after باسم: المتحدثة باسم الخارجية الأمريكية."""
    end = mention.token_end
    if not following or not 0 < end <= len(tokens) or tokens[end - 1].norm != ON_BEHALF:
        return None
    spoken = following[0]
    if spoken.actor is None or spoken.actor.code is None or spoken.token_start != end:
        return None
    return spoken.actor


def _appositive_of(previous: Mention, mention: Mention, tokens: Sequence[Token]) -> str | None:
    """The country of the named person a role noun stands in apposition to (one comma between)."""
    person = previous.actor
    if person is None or person.code is None or not (previous.entry_id or "").startswith(PERSON_PREFIX):
        return None
    if mention.token_start - previous.token_end != 1 or previous.token_end >= len(tokens):
        return None
    return person.code if tokens[previous.token_end].norm in APPOSITIVE_PUNCTUATION else None


def find_actors(doc: Document, sentence_index: int, lexicon: ActorLexicon,
                people: DocumentPeople | None = None) -> list[Mention]:
    """Actor mentions of one sentence, composed into noun phrases, resolved on the document date.

    With ``people``, names the document introduced earlier are found again (by surname too),
    and names introduced in this sentence are remembered.
    """
    sentence = doc.sentences[sentence_index]
    tokens = doc.tokens
    atoms = _atoms(tokens, sentence.token_start, sentence.token_end, lexicon, people)
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups:
            _read_as_adjective(groups[-1][-1], atom, tokens)
        if groups and _joins(groups[-1][-1], atom, tokens):
            groups[-1].append(atom)
        else:
            groups.append([atom])
    groups = _merge_titled_names(groups)
    mentions: list[Mention] = []
    for index, group in enumerate(groups):
        lone_adjective = len(group) == 1 and group[0].entry.kind == EntryKind.DEMONYM
        before = tokens[group[0].start - 1] if group[0].start > sentence.token_start else None
        adjective = lone_adjective and not _is_people_noun(tokens[group[0].start], before)
        code, sector, entry = _compose(group, doc.date)
        if sector == PARTY_SECTOR:
            code = _party_country(group, groups[index + 1] if index + 1 < len(groups) else None, tokens) or code
        if adjective:
            sector = None  # an adjective of some noun; the coder decides whether it names an actor
        first, last = tokens[group[0].start], tokens[group[-1].end - 1]
        span = token_span(first.span.start, last.span.end)
        title = _title_of(group)
        former = group[-1].end < sentence.token_end and tokens[group[-1].end].norm in FORMER
        if title is not None and former:
            sector = "ELI"  # الرئيس الأمريكي السابق: no longer in office
        holder = None
        if title is not None and code is not None and not former:
            holder = office_holder(lexicon, title, code, doc.date)
        if holder is not None:
            code, sector = holder.resolve(doc.date)
            entry = holder
        identifier = None if entry.id.startswith(LOCAL_PREFIX) else f"marsad:{entry.id}"
        actor = Actor(doc.text[span.start : span.end], span, code, sector, entry.name, identifier)
        mention = Mention(span, MentionKind.ACTOR, entry.id, group[0].start, group[-1].end,
                          group[0].prefixes, adjective, actor=actor)
        _note_ambiguity(mention, group, doc, tokens)
        if people is not None:
            _remember(people, mention, group, title if code is None and not former else None, tokens, lexicon)
        mentions.append(mention)
    return _members_of_groups(mentions, tokens, sentence.token_start, doc.text)


def _members_of_groups(mentions: list[Mention], tokens: Sequence[Token], sentence_start: int,
                       text: str) -> list[Mention]:
    """عناصر من الشرطة السودانية، أفراد من الجيش اللبناني: the members act as their body.

    A member noun, من and an actor make one mention with the body's code and sector, which
    replaces the member noun's own reading (أفراد alone is people, CVL).
    """
    out: list[Mention] = []
    for mention in mentions:
        start = mention.token_start
        body = mention.actor
        if mention.adjective or mention.pronoun or body is None or body.sector is None or start - 2 < sentence_start:
            out.append(mention)
            continue
        member = tokens[start - 2]
        if tokens[start - 1].norm != FROM or without_conjunction(member.norm) not in MEMBER_NOUNS:
            out.append(mention)
            continue
        if out and out[-1].token_end == start - 1:
            out.pop()  # the member noun read alone (أفراد: people)
        span = token_span(member.span.start, mention.span.end)
        actor = replace(body, entity_text=text[span.start : span.end], span=span)
        out.append(replace(mention, span=span, token_start=start - 2, prefixes=member.prefixes, actor=actor,
                           alternatives=(), ambiguity=None))
    return out


def _party_country(group: list[_Atom], following: list[_Atom] | None, tokens: Sequence[Token]) -> str | None:
    """The country a party is placed in right after its name: حزب البعث في السودان is Sudan's Ba'ath."""
    if following is None or len(following) != 1 or following[0].entry.kind != EntryKind.COUNTRY:
        return None
    end = group[-1].end
    if following[0].start != end + 1 or tokens[end].norm != IN:
        return None
    return following[0].entry.code


def _title_of(group: list[_Atom]) -> str | None:
    """The office a group names when it is a title and a country only (الرئيس السوري، ملك الأردن)."""
    agents = [a.entry.id for a in group if a.entry.kind == EntryKind.AGENT]
    others = [a for a in group if a.entry.kind in NAMED]
    if len(agents) == 1 and not others and agents[0] in OFFICE_TITLES:
        return agents[0]
    return None


def office_holder(lexicon: ActorLexicon, title: str, code: str, day: dt.date | None) -> ActorEntry | None:
    """The one person holding office ``title`` (an agent id) for ``code`` on ``day``, if known."""
    holders = lexicon.office_holders(OFFICE_TITLES[title], code, day)
    return holders[0] if len(holders) == 1 else None


def _remember(people: DocumentPeople, mention: Mention, group: list[_Atom], bare_title: str | None,
              tokens: Sequence[Token], lexicon: ActorLexicon) -> None:
    last = group[-1]
    if last.entry.kind == EntryKind.PERSON and last.end - last.start > 1 and not last.introduced:
        # a known person named in full: a later bare surname is them, not a namesake
        people.teach_surname(tokens, last.end - 1, last.entry, lexicon)
    head = next((a.entry.id for a in group if a.entry.kind == EntryKind.AGENT and is_person_role(a.entry.id)), None)
    named = group[-1].entry.kind == EntryKind.PERSON and len(group) > 1
    if head is not None and named:
        people.by_role.append((head, mention))
    local = people.people.get(group[-1].entry.id)
    if local is not None and local.introduction is None:
        local.introduction = mention
        local.role = next((a.entry.id for a in group if a.entry.kind == EntryKind.AGENT), None)
    if bare_title is not None and len(group) == 1:
        people.bare_titles.append(mention)


def _note_ambiguity(mention: Mention, group: list[_Atom], doc: Document, tokens: Sequence[Token]) -> None:
    """Keep the other readings of the words (another person, another state) on the mention."""
    last = group[-1]
    if len(group) == 1 and last.entry.kind in (EntryKind.CAPITAL, EntryKind.SEAT) and _after_locative(tokens, last):
        mention.ambiguity = Ambiguity.PLACE_OR_GOVERNMENT  # في موسكو: where, or the Russian government
        return
    assert mention.actor is not None
    readings: list[Actor] = []
    kinds = {last.entry.kind}
    for entry in last.alternatives:
        if entry.id == last.entry.id or entry.kind not in _PERSON_OR_STATE:
            continue
        code, sector = entry.resolve(doc.date)
        if entry.kind != EntryKind.PERSON and last.entry.kind != EntryKind.PERSON and code == mention.actor.code:
            continue  # the country and its capital: one actor
        kinds.add(entry.kind)
        readings.append(Actor(mention.actor.entity_text, mention.actor.span, code, sector, entry.name,
                              f"marsad:{entry.id}"))
    if readings:
        mention.alternatives = tuple(readings)
        mention.ambiguity = Ambiguity.PERSON_OR_PLACE if EntryKind.PERSON in kinds and kinds & set(STATES) \
            else Ambiguity.SEVERAL_ENTRIES


def _after_locative(tokens: Sequence[Token], atom: _Atom) -> bool:
    """بموسكو, في موسكو: the capital says where rather than who."""
    if BEH in atom.prefixes:
        return True
    return atom.start > 0 and tokens[atom.start - 1].norm in LOCATIVES


def _is_people_noun(token: Token, before: Token | None = None) -> bool:
    """A nationality word standing alone names people only in the plural (الروس، الأمريكيون).

    An accusative singular (فلسطينيا) is an adjective after an indefinite accusative noun,
    which ends in alif as it does (هجوما أميركيا), and a person otherwise: after a number
    (قتل 15 فلسطينيا), a verb or an adverb (خطفوا أمس أميركيا).
    """
    if token.norm.endswith(PLURAL_ENDINGS):
        return True
    if token.norm.endswith(ACCUSATIVE_NISBA):
        if before is None or before.norm.isdigit():
            return before is not None
        return not (before.norm.endswith(ALIF) and not before.norm.endswith(VERB_PLURAL))
    # broken plurals (روس، أتراك) do not end in the nisba ya that singular adjectives end in
    return not token.norm.endswith(SINGULAR_NISBA_ENDINGS)

"""Find place mentions in a sentence and resolve them against the gazetteer.

A name counts as a place when it follows a cue word (في حلب، قرب الحدود، محافظة إدلب،
شمال سوريا، مطار صنعاء) or, written bare, when it cannot be anything else: a province,
city or smaller place that is not a country and not a capital (those are actors as often as
places: "موسكو رفضت" is the Russian government) and not an ordinary word. Clitics are
stripped with ``analyses`` (بحلب، وبغداد، لإدلب، للموصل). A name shared by several places
(طرابلس: Libya or Lebanon) goes to the country the rest of the document talks about, then
to the largest place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import compress, repeat
from operator import attrgetter, is_not, itemgetter, not_

from marsad.geo.gazetteer import (
    LEVEL_BELOW_CITY,
    LEVEL_CITY,
    LEVEL_COUNTRY,
    LEVEL_DISTRICT,
    LEVEL_PROVINCE,
    Gazetteer,
    PlaceEntry,
)
from marsad.lang.ar.forms import lookup_forms
from marsad.lang.ar.homographs import ordinary_after
from marsad.lang.ar.normalize import match_key, normalize_with_offsets
from marsad.lang.ar.tokens import AL, BEH, CONJUNCTIONS, WAW, analyses
from marsad.model import Document, Place, Span, Token

# A bare name from geonames (not hand-written in the supplement) must be at least this
# populous: small places share their names with too many ordinary words. A one-word bare
# name must moreover be a large city of the region: on a sample of news, one-word geonames
# names elsewhere matched words (كالة from وكالة, قوله, بيان) or given names (فلاديمير).
BARE_MIN_POPULATION = 15_000
BARE_ONE_WORD_MIN_POPULATION = 100_000
# The document's countries decide among places whose population is at least this share
# of the largest one's: طرابلس Lebanon (17% of Tripoli, Libya) can win by context, the
# Geneva, Illinois (11% of Geneva) cannot.
CONTEXT_MIN_SHARE = 0.15
BARE_ONE_WORD_COUNTRIES = frozenset(
    "DZA BHR EGY IRQ JOR KWT LBN LBY MAR OMN PSE QAT SAU SDN SYR TUN ARE YEM ISR TUR IRN AFG".split()  # noqa: SIM905
)


class CueKind(str, Enum):
    """What a cue word says about the name after it."""

    PREPOSITION = "preposition"  # في، قرب: no preference
    DIRECTION = "direction"  # شمال، جنوبي، وسط
    DIVISION = "division"  # محافظة، ولاية: prefer a province
    TOWN = "town"  # مدينة، بلدة، قرية: prefer a city
    CAPITAL = "capital"  # العاصمة: prefer a capital
    AREA = "area"  # ريف، حي، منطقة
    FACILITY = "facility"  # مطار، معبر، ميناء، مخيم: part of the place's name
    DESTINATION = "destination"  # إلى: where something goes, a weaker sign than في


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(word) for word in words.split())


_CUES: dict[str, CueKind] = {}
for _kind, _words in (
    (CueKind.PREPOSITION, "في قرب قبالة داخل عموم أنحاء أرجاء محور جبهة"),
    (CueKind.DIRECTION, "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط أطراف ضواحي محيط"),
    (CueKind.DIVISION, "محافظة ولاية إقليم مديرية قضاء ناحية مقاطعة"),
    (CueKind.TOWN, "مدينة بلدة قرية"),
    (CueKind.CAPITAL, "عاصمة"),
    (CueKind.AREA, "ريف حي منطقة"),
    (CueKind.FACILITY, "مخيم معبر مطار ميناء"),
    (CueKind.DESTINATION, "إلى"),
):
    for _key in _keys(_words):
        _CUES[_key] = _kind
CUE_WORDS: dict[str, CueKind] = dict(_CUES)  # folded cue word -> kind
# Cue words that also open names (وسط دارفور، شمال سيناء، ريف دمشق، معبر رفح).
_NAME_OPENERS = frozenset(
    k for k, kind in CUE_WORDS.items() if kind not in (CueKind.PREPOSITION, CueKind.DESTINATION))
_FROM = match_key("من")  # بالقرب من
_TOWNS = (CueKind.TOWN, CueKind.CAPITAL)
_NISBA_ENDING = "\u064a\u0629"  # ية: feminine nisba
_LEVEL_PREFERENCE: dict[CueKind | None, tuple[int, ...]] = {
    CueKind.DIVISION: (LEVEL_PROVINCE, LEVEL_DISTRICT, LEVEL_CITY, LEVEL_BELOW_CITY),
}
_DEFAULT_PREFERENCE = (LEVEL_CITY, LEVEL_BELOW_CITY, LEVEL_DISTRICT, LEVEL_PROVINCE)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place found in a sentence, with how it was found."""

    place: Place
    cued: bool  # after a cue word (or the preposition بـ), not a bare name
    token_start: int  # index into Document.tokens
    token_end: int
    entry: PlaceEntry
    weak: bool = False  # the only cue was إلى: where something was sent, not where it happened
    # Where the mention is, when the place is named elsewhere: an anaphor (المدينة) or a
    # place taken from the story's lead points to the words that name it but sits here.
    at: int | None = None

    @property
    def position(self) -> int:
        """The character offset the mention sits at in the document."""
        if self.at is not None:
            return self.at
        return self.place.span.start if self.place.span is not None else 0

    @property
    def strength(self) -> int:
        """2 after a cue word, 1 after إلى only, 0 bare."""
        return 0 if not self.cued else 1 if self.weak else 2


@dataclass(frozen=True, slots=True)
class _Match:
    length: int  # tokens
    key: str
    entries: tuple[PlaceEntry, ...]
    cut: int  # characters of the first token's normalized form before the name
    restore_article: bool  # للموصل: the name's ال lost its alef to the preposition
    beh: bool  # the first token carries the preposition بـ


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # token index of the name
    match: _Match
    cued: bool
    cue: CueKind | None  # the cue word right before the name
    facility: int = -1  # token index of a facility cue word (مطار الحديدة), or -1
    weak: bool = False  # the only cue was إلى


def _first_forms(norm: str) -> tuple[tuple[str, int, bool, bool], ...]:
    """(form, cut, restore_article, has_beh) for every clitic reading of a first word."""
    forms: list[tuple[str, int, bool, bool]] = [(norm, 0, False, False)]
    for analysis in analyses(norm)[1:]:
        if analysis.suffix:
            continue
        cut = len(norm) - len(analysis.stem)
        beh = BEH in analysis.prefixes
        if not norm.endswith(analysis.stem):  # ل + الموصل read off للموصل
            forms.append((analysis.stem, len(norm) - len(analysis.stem) + len(AL), True, beh))
        elif analysis.has_article:
            if norm[cut - len(AL):cut] == AL:
                forms.append((AL + analysis.stem, cut - len(AL), False, beh))
            else:
                forms.append((AL + analysis.stem, cut, True, beh))
        else:
            forms.append((analysis.stem, cut, False, beh))
    return tuple(forms)


_Forms = tuple[tuple[str, int, bool, bool], ...]
# What the scan needs of a word form: its cue kind, and the clitic readings that some
# gazetteer name starts with (most words: none).
_Role = tuple[CueKind | None, _Forms]
_NO_ROLE: _Role = (None, ())
# Word forms remembered per gazetteer before the memo is emptied. A plain dict per
# gazetteer rather than lru_cache: no linked-list node and key tuple per word form, which
# over a corpus's hundred thousand word forms is tens of megabytes.
ROLE_MEMO_SIZE = 300_000
_ROLE_MEMOS: dict[Gazetteer, dict[str, _Role]] = {}


def _role_memo(gazetteer: Gazetteer) -> dict[str, _Role]:
    memo = _ROLE_MEMOS.get(gazetteer)
    if memo is None or len(memo) >= ROLE_MEMO_SIZE:
        memo = _ROLE_MEMOS[gazetteer] = {}
    return memo


def _role_of(norm: str, gazetteer: Gazetteer, memo: dict[str, _Role]) -> _Role:
    role = memo.get(norm)
    if role is None:
        starts = gazetteer.starts
        forms = tuple(f for f in _first_forms(norm) if f[0] in starts)
        cue = _cue_of_word(norm)
        # one shared object for the words with no role, so that the scan can skip them by identity
        role = memo[norm] = (cue, forms) if cue is not None or forms else _NO_ROLE
    return role


def _match_at(tokens: Sequence[Token], start: int, gazetteer: Gazetteer, forms: _Forms | None = None) -> _Match | None:
    """The longest gazetteer name starting at ``tokens[start]``, trying each clitic reading.

    ``forms``: the first word's readings that start a name, when the caller has them.
    """
    if forms is None:
        token = tokens[start]
        if not token.is_word:
            return None
        forms = _role_of(token.norm, gazetteer, _role_memo(gazetteer))[1]
    if not forms:
        return None
    best: _Match | None = None
    # the gazetteer's sets looked into directly: a method call per word tried cost more than the test
    names, continuations = gazetteer.entries_by_key, gazetteer.continuations
    for form, cut, restore, beh in forms:
        key = form
        length = 1
        found: _Match | None = None
        while True:
            entries = names.get(key)
            if entries is not None:
                found = _Match(length, key, entries, cut, restore, beh)
            nxt = start + length
            if nxt >= len(tokens) or not tokens[nxt].is_word or key not in continuations:
                break
            key = f"{key} {tokens[nxt].norm}"
            length += 1
        if found is not None and found.length == 1 and ordinary_after(tokens, start):
            found = None  # صلاة المغرب: the sunset prayer, not Morocco
        if found is not None and (best is None or found.length > best.length):
            best = found
    return best


def _cue_of_word(norm: str) -> CueKind | None:
    if norm[:1] in CONJUNCTIONS and norm[1:] in CUE_WORDS:  # وفي: too short for analyses
        return CUE_WORDS[norm[1:]]
    for analysis in analyses(norm):
        if not analysis.suffix and analysis.stem in CUE_WORDS:
            return CUE_WORDS[analysis.stem]
    return None


def _is_nisba(token: Token) -> bool:
    """A definite feminine nisba adjective (الأردنية، العراقية), as after العاصمة."""
    return token.norm.startswith(AL) and token.norm.endswith(_NISBA_ENDING) and len(token.norm) > 5


def _allowed(entries: Sequence[PlaceEntry], *, cued: bool, weak: bool = False) -> list[PlaceEntry]:
    """The entries a name may stand for, given whether a cue word came before it.

    After إلى alone (``weak``) a name must be a country, a capital or a name trusted bare:
    "افتقر إلى أساس" is not the village of Asas.
    """
    if cued and weak:
        return [e for e in entries if not e.needs_cue and (e.is_country or e.is_capital or _prominent(e))]
    if cued:
        return list(entries)
    if entries and all(e.is_region for e in entries):
        return list(entries)  # الأراضي السورية: a country's land, never its government
    if any(e.is_country or e.is_capital or e.needs_cue for e in entries):
        return []  # a bare country or capital name is an actor; a cue-only name is a word
    return [e for e in entries if e.level >= LEVEL_PROVINCE and _prominent(e)]


def _prominent(entry: PlaceEntry) -> bool:
    """Whether a bare mention of ``entry``'s name can be trusted to mean the place."""
    if entry.from_supplement:
        return True
    if entry.word_count > 1:
        return entry.population >= BARE_MIN_POPULATION
    return entry.country_code in BARE_ONE_WORD_COUNTRIES and entry.population >= BARE_ONE_WORD_MIN_POPULATION


def _choose(entries: Sequence[PlaceEntry], context: Counter[str], cue: CueKind | None) -> PlaceEntry:
    """Pick the country the document talks about (then the largest), then the level the cue suggests."""
    if cue is CueKind.CAPITAL:
        entries = [e for e in entries if e.is_capital] or list(entries)
    by_country: dict[str, list[PlaceEntry]] = {}
    for entry in entries:
        by_country.setdefault(entry.country_code, []).append(entry)
    largest = {cc: max(e.population for e in group) for cc, group in by_country.items()}
    floor = max(largest.values()) * CONTEXT_MIN_SHARE
    eligible = [cc for cc in by_country if largest[cc] >= floor]
    country = max(eligible, key=lambda cc: (context[cc], largest[cc]))
    group = by_country[country]
    countries = [e for e in group if e.level == LEVEL_COUNTRY]
    if countries:
        return countries[0]
    order = _LEVEL_PREFERENCE.get(cue, _DEFAULT_PREFERENCE)
    return min(group, key=lambda e: (order.index(e.level) if e.level in order else len(order), -e.population))


_IS_WORD = attrgetter("is_word")


def _scan(tokens: Sequence[Token], gazetteer: Gazetteer) -> list[_Hit]:
    """Each name found, left to right, longest first, with the cue words before it."""
    # Each token's role, looked up once (non-words take none); the loop below visits only the
    # tokens that have one: most are neither a cue word nor the start of a name.
    memo = _role_memo(gazetteer)
    roles = lookup_forms(memo, tokens, lambda norm: _role_of(norm, gazetteer, memo))
    for position in compress(range(len(tokens)), map(not_, map(_IS_WORD, tokens))):
        roles[position] = _NO_ROLE
    cues = list(map(itemgetter(0), roles))
    found: list[_Hit] = []
    count = len(tokens)
    resume = 0  # the token after the last name or cue chain
    for i in compress(range(count), map(is_not, roles, repeat(_NO_ROLE))):
        if i < resume:
            continue
        cue, forms = roles[i]
        if cue is None:
            match = _match_at(tokens, i, gazetteer, forms)
            if match is not None:
                found.append(_Hit(i, match, match.beh, None))
                resume = i + match.length
                if match.beh:
                    resume = _joined(tokens, resume, gazetteer, None, found)
            continue
        chain = [i]  # a run of cue words: في ريف حلب، في شمال غربي سوريا، بالقرب من
        adjectives = False
        j = i + 1
        while j < count:
            if cues[j] is not None:
                chain.append(j)
            elif cues[chain[-1]] in _TOWNS and _is_nisba(tokens[j]):
                adjectives = True  # العاصمة الأردنية عمان: an adjective may follow a town cue
            elif tokens[j].norm != _FROM:
                break
            j += 1
        kinds = [cues[position] for position in chain]
        weak = CueKind.DESTINATION in kinds and CueKind.PREPOSITION not in kinds
        hit: _Hit | None = None
        for position in chain:
            if tokens[position].is_word and any(
                    a.stem in _NAME_OPENERS for a in analyses(tokens[position].norm) if not a.suffix):
                match = _match_at(tokens, position, gazetteer)
                if match is not None:
                    previous = cues[position - 1] if position > i else None
                    hit = _Hit(position, match, previous is not None or match.beh, previous, weak=weak)
                    break
        if hit is None and j < count:
            match = _match_at(tokens, j, gazetteer)
            if match is not None and adjectives:
                # المدينة الاستراتيجية المطلة على البحر: after an adjective the cue no longer
                # vouches for a name that is an ordinary word too
                match = _without_cue_only(match)
            if match is not None:
                last = kinds[-1]
                facility = chain[-1] if last is CueKind.FACILITY and chain[-1] == j - 1 else -1
                hit = _Hit(j, match, True, last, facility, weak)
        if hit is not None:
            found.append(hit)
            end = hit.start + hit.match.length
            resume = _joined(tokens, end, gazetteer, hit.cue, found, weak=hit.weak) if hit.cued else end
        else:
            resume = j + 1 if j > i else i + 1
    return found


def _without_cue_only(match: _Match) -> _Match | None:
    entries = tuple(e for e in match.entries if not e.needs_cue)
    return _Match(match.length, match.key, entries, match.cut, match.restore_article, match.beh) if entries else None


def _joined(tokens: Sequence[Token], i: int, gazetteer: Gazetteer, cue: CueKind | None,
            found: list[_Hit], *, weak: bool = False) -> int:
    """بحلب وبغداد، في حلب وإدلب: names joined by و to a cued name are cued too."""
    while i < len(tokens) and tokens[i].norm.startswith(WAW):
        joined = _match_at(tokens, i, gazetteer)
        if joined is None:
            break
        found.append(_Hit(i, joined, True, cue, weak=weak))
        i += joined.length
    return i


def document_countries(doc: Document, *, gazetteer: Gazetteer | None = None) -> Counter[str]:
    """How often each country is named in ``doc``, by countries and unambiguous places.

    Compute it once per document and pass it to ``find_places(..., context=...)``.
    Countries named equally often come in the order of their most prominent place (a country
    before a province before a city; a larger city first), so that ``most_common`` takes the
    story's country from them: a sentence naming بغداد and a hamlet of another country once
    each happens in Iraq.
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.load()
    counts: Counter[str] = Counter()
    prominence: dict[str, tuple[int, int]] = {}
    capitals: list[list[PlaceEntry]] = []

    def count(entries: list[PlaceEntry]) -> None:
        code = entries[0].country_code
        counts[code] += 1
        rank = min((e.level, -e.population) for e in entries)
        prominence[code] = min(rank, prominence.get(code, rank))

    for hit in _scan(doc.tokens, gaz):
        entries = [e for e in hit.match.entries if hit.cued or not e.needs_cue]
        codes = {e.country_code for e in entries}
        if len(codes) == 1 and codes.pop():
            count(entries)
        elif entries and entries[0].is_capital:
            capitals.append(entries)
    # a capital's name with namesakes abroad counts for the capital (إسلام آباد, not an Iranian
    # village), unless the document names a namesake's country (طرابلس in a story about Lebanon)
    for entries in capitals:
        if not any(counts[e.country_code] for e in entries[1:] if e.country_code != entries[0].country_code):
            count(entries[:1])
    return Counter({code: counts[code] for code in sorted(counts, key=prominence.__getitem__)})


def find_place_mentions(doc: Document, sentence_index: int, *, gazetteer: Gazetteer | None = None,
                        context: Counter[str] | None = None) -> list[PlaceMention]:
    """Place mentions of sentence ``sentence_index``, with whether each followed a cue word."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.load()
    countries = context if context is not None else document_countries(doc, gazetteer=gaz)
    sentence = doc.sentences[sentence_index]
    tokens = doc.tokens[sentence.token_start:sentence.token_end]
    mentions: list[PlaceMention] = []
    for hit in _scan(tokens, gaz):
        start, match, facility = hit.start, hit.match, hit.facility
        entries = _allowed(match.entries, cued=hit.cued, weak=hit.weak)
        if not entries:
            continue
        entry = _choose(entries, countries, hit.cue)
        first, last = tokens[start], tokens[start + match.length - 1]
        begin = _offset(first, match.cut)
        extracted = doc.text[begin:last.span.end]
        if match.restore_article:
            extracted = AL_SURFACE + extracted
        level = entry.level
        token_start = start
        if facility >= 0:  # مطار الحديدة: the airport, located by its city
            begin = _offset(tokens[facility], _cut_of_stem(tokens[facility]))
            extracted = doc.text[begin:last.span.end]
            level = LEVEL_BELOW_CITY
            token_start = facility
        place = Place(extracted_place=extracted, span=Span(begin, last.span.end),
                      resolved_place=entry.name, country_code=entry.country_code or None,
                      lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid or None,
                      resolution=level)
        mentions.append(PlaceMention(place, hit.cued, sentence.token_start + token_start,
                                     sentence.token_start + start + match.length, entry, hit.weak))
    return mentions


class AnaphorKind(str, Enum):
    """What an anaphoric place noun (المدينة، القطاع) points back to."""

    TOWN = "town"  # المدينة، البلدة، القرية: the last city or smaller place
    STRIP = "strip"  # القطاع: the last قطاع (قطاع غزة)
    PROVINCE = "province"  # المحافظة: the last province
    CAMP = "camp"  # المخيم: the last camp


_ANAPHOR_NOUNS: dict[str, AnaphorKind] = {
    match_key(word): kind for words, kind in (
        ("مدينة بلدة قرية", AnaphorKind.TOWN),
        ("قطاع", AnaphorKind.STRIP),
        ("محافظة", AnaphorKind.PROVINCE),
        ("مخيم", AnaphorKind.CAMP),
    ) for word in words.split()
}
# القطاع الخاص is the private sector, not the Strip.
_SECTOR_ADJECTIVES = _keys("الخاص العام الحكومي الصحي النفطي المصرفي الزراعي الصناعي السياحي التعليمي"
                           " الأمني الخدمي العقاري التجاري الاقتصادي")
# An anaphor points back at most this many sentences; further back the story has moved on.
ANAPHOR_WINDOW_SENTENCES = 8


@dataclass(frozen=True, slots=True)
class PlaceAnaphor:
    """A definite place noun standing for a place named before it (لتحرير المدينة)."""

    kind: AnaphorKind
    span: Span
    token_start: int  # index into Document.tokens


def find_place_anaphors(doc: Document, sentence_index: int, *,
                        gazetteer: Gazetteer | None = None) -> list[PlaceAnaphor]:
    """Definite place nouns of a sentence that are not followed by a name (المدينة, للقطاع)."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.load()
    sentence = doc.sentences[sentence_index]
    tokens = doc.tokens[sentence.token_start:sentence.token_end]
    # every token's anaphor kind through map() (most words have none), then the words that have one
    kinds = lookup_forms(_ANAPHOR_KINDS, tokens, _anaphor_kind_of)
    candidates = [(i, kind) for i in compress(range(len(tokens)), kinds)
                  if tokens[i].is_word and (kind := kinds[i]) is not None]
    if not candidates:
        return []
    named: set[int] = set()
    for hit in _scan(tokens, gaz):
        first = hit.facility if hit.facility >= 0 else hit.start
        named.update(range(first, hit.start + hit.match.length))
        named.add(hit.start - 1)  # the cue word of a name (مدينة الحديدة)
    found: list[PlaceAnaphor] = []
    for i, kind in candidates:
        if i in named:
            continue
        if kind is AnaphorKind.STRIP and i + 1 < len(tokens) and tokens[i + 1].norm in _SECTOR_ADJECTIVES:
            continue
        found.append(PlaceAnaphor(kind, tokens[i].span, sentence.token_start + i))
    return found


# The anaphor kind of each word form seen: a plain dict as big as the other word-form caches
# (an lru_cache of 4,096 forms missed on most words of a corpus).
_ANAPHOR_KINDS: dict[str, AnaphorKind | None] = {}


def _anaphor_kind_of(norm: str) -> AnaphorKind | None:
    if norm in _ANAPHOR_KINDS:
        return _ANAPHOR_KINDS[norm]
    if len(_ANAPHOR_KINDS) >= ROLE_MEMO_SIZE:
        _ANAPHOR_KINDS.clear()
    kind = _ANAPHOR_KINDS[norm] = next((_ANAPHOR_NOUNS[a.stem] for a in analyses(norm)
                                        if a.has_article and not a.suffix and a.stem in _ANAPHOR_NOUNS), None)
    return kind


def _fits(kind: AnaphorKind, mention: PlaceMention) -> bool:
    entry = mention.entry
    if kind is AnaphorKind.TOWN:
        return mention.place.resolution == LEVEL_CITY  # not مطار الحديدة: المدينة is the city
    if kind is AnaphorKind.STRIP:
        return entry.key.startswith(_STRIP_KEY)
    if kind is AnaphorKind.PROVINCE:
        return entry.level == LEVEL_PROVINCE
    return match_key(mention.place.extracted_place).startswith(_CAMP_KEY)


_STRIP_KEY = match_key("قطاع ")
_CAMP_KEY = match_key("مخيم")


def resolve_anaphor(anaphor: PlaceAnaphor, earlier: Sequence[PlaceMention]) -> PlaceMention | None:
    """The latest of ``earlier`` (mentions in text order) that the anaphor can stand for.

    The result keeps the antecedent's place, as written where it is named, and sits at the
    anaphor: it counts as a cued mention of the sentence the anaphor is in.
    """
    for mention in reversed(earlier):
        if mention.position < anaphor.span.start and _fits(anaphor.kind, mention):
            return PlaceMention(mention.place, True, anaphor.token_start, anaphor.token_start + 1,
                                mention.entry, at=anaphor.span.start)
    return None


def find_places(doc: Document, sentence_index: int, *, gazetteer: Gazetteer | None = None,
                context: Counter[str] | None = None) -> list[Place]:
    """Places named in sentence ``sentence_index`` of ``doc``, in text order.

    ``context`` is ``document_countries(doc)``; it is computed here when not given.
    """
    return [m.place for m in find_place_mentions(doc, sentence_index, gazetteer=gazetteer, context=context)]


def best_place(places: Sequence[Place | PlaceMention], trigger_start: int) -> Place | None:
    """The place an event at ``trigger_start`` most likely happened in.

    Prefers places after a cue word (known only when given ``PlaceMention``s; after إلى
    alone ranks between cued and bare), then places below country level, then the one
    nearest the trigger, then the most specific.
    """
    best: tuple[tuple[int, bool, int, int], Place] | None = None
    for item in places:
        if isinstance(item, PlaceMention):
            place, strength, position = item.place, item.strength, item.position
        else:
            place, strength = item, 2
            position = place.span.start if place.span is not None else -(1 << 30)
        distance = abs(position - trigger_start)
        level = place.resolution or LEVEL_COUNTRY
        score = (strength, level > LEVEL_COUNTRY, -distance, level)
        if best is None or score > best[0]:
            best = (score, place)
    return best[1] if best is not None else None


AL_SURFACE = "\u0627\u0644"  # the article as written, restored in للموصل -> الموصل


def _offset(token: Token, cut: int) -> int:
    """The offset in the document of character ``cut`` of the token's normalized form."""
    if cut == 0:
        return token.span.start
    mapped = normalize_with_offsets(token.text)
    return token.span.start + mapped.origin[cut]


def _cut_of_stem(token: Token) -> int:
    """Characters of clitics in front of a cue word (بمطار -> 1)."""
    for analysis in analyses(token.norm):
        if not analysis.suffix and analysis.stem in CUE_WORDS:
            return len(token.norm) - len(analysis.stem)
    return 0

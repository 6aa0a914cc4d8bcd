"""Give each event its place and date, and leave out background events older than the news window."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from marsad.geo.gazetteer import LEVEL_BELOW_CITY, LEVEL_COUNTRY, Gazetteer
from marsad.geo.places import (
    ANAPHOR_WINDOW_SENTENCES,
    PlaceMention,
    best_place,
    document_countries,
    find_place_anaphors,
    find_place_mentions,
    resolve_anaphor,
)
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import without_conjunction
from marsad.model import DatePrecision, Document, Event, EventDate, Mention, Place, Span, Token
from marsad.time.dates import find_dates, publication_default

# The coding guide's news window opens "about one month" before publication; a few days
# more keep "late last month" events in.
NEWS_WINDOW_DAYS = 40
NAMED_ACTOR_PREFIXES = ("person:", "org:")

# Events that happen somewhere physically. When their sentence names no place they take the
# story's place (the first place below country level named after a cue word): on the dev
# articles every such event whose sentence named no place was coded with a place from
# elsewhere in the article (11 of 11), while statements (ACCUSE, REQUEST, ...) in such
# sentences were coded with none (30 of 38), so they stay without one.
PHYSICAL_EVENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "RETREAT"})
# Acts that happen at a moment: told over a span opened long ago (منذ عام 2002، منذ سنوات، منذ بدء
# الاحتجاجات), they are a tally or a standing state (coding guide §1: no specific occasion). Not
# statements, whose span is most often their content's (طالب برفع الحصار المفروض منذ 2007).
TALLIED_TYPES = PHYSICAL_EVENT_TYPES | {"SANCTION"}

# Words that open a new clause after the trigger: a date or place behind one of them belongs
# to that clause's event, not the trigger's (دعت إلى تحقيق في الهجوم الذي ضرب صعدة الخميس;
# أرسلت منظومة إلى سوريا بعد حادث ... في 17 سبتمبر). عقب and إثر are left out: what
# follows "right after" happened at the same time (أصيب ثلاثة عقب انحراف سيارة صباح الثلاثاء).


def _folded(words: str) -> frozenset[str]:
    return frozenset(match_key(word) for word in words.split())


_RELATIVE_PRONOUNS = _folded("الذي التي الذين اللذين اللتين اللواتي اللاتي")
_SUBORDINATORS = _folded("بعد بعدما قبل قبيل غداة عشية")
# A relative clause this close after the trigger describes the trigger's own noun
# (الهجوم الذي وقع الخميس), so its date stays.
_HEAD_NOUN_GAP = 1
# "Since" opens a duration: "محاصرة منذ عام 2013" says when a state began, not when the
# reported event happened. Month and year dates after it, and approximate spans
# ("منذ نحو أسبوعين"), do not date the event.
_SINCE = match_key("منذ")
_START = attrgetter("span.start")
_END = attrgetter("span.end")
_FROM = match_key("من")
_IN = match_key("في")
_APPROXIMATE = _folded("نحو حوالي قرابة أكثر أقل زهاء")
# What "since" opens when it names no date: a long span (منذ سنوات، منذ أكثر من عقد، منذ ثلاثة أشهر) or
# the onset of something ongoing (منذ بدء الاحتجاجات، منذ اندلاع الحرب). Not days or hours: "منذ يومين"
# dates a recent event.
_LONG_SPANS = _folded("سنوات سنين أعوام عقد عقدين عقود سنة سنتين عام عاما عامين أشهر شهور شهرين "
                      "بدء بداية اندلاع انطلاق تأسيس")
# A first time or a superlative since (للمرة الأولى منذ 2016، أعنف ضربات منذ بدء الحرب، الأكبر منذ
# أشهر) marks an occasion, not a tally. Not أكثر, which counts (قتل أكثر من 90 شخصا منذ عام 2002).
_FIRST_TIME = _folded("الأولى أول لأول الأول أعنف الأعنف أكبر الأكبر أسوأ الأسوأ أشد الأشد أخطر الأخطر "
                      "أوسع الأوسع أعلى الأعلى أدنى الأدنى أقوى الأقوى أطول الأطول")
# How far from the trigger "since" may stand in its clause, and how far after it the span's word.
_SINCE_REACH_AFTER = 8
_SINCE_REACH_BEFORE = 6
_SPAN_WORD_REACH = 3
# How far before "since" its first-time word or superlative may stand, past the noun phrase it
# qualifies (أعنف مواجهة عسكرية بين إسرائيل والفصائل الفلسطينية في قطاع غزة منذ).
_OCCASION_REACH = 10


@dataclass(slots=True)
class _Story:
    """Place mentions of a document's sentences, found once and on demand."""

    doc: Document
    gazetteer: Gazetteer
    countries: Counter[str]
    named: list[Mention]
    _mentions: dict[int, list[PlaceMention]] = field(default_factory=dict)
    _candidates: dict[int, list[PlaceMention]] = field(default_factory=dict)
    _lead: list[Place | None] = field(default_factory=list)

    def mentions(self, index: int) -> list[PlaceMention]:
        """Place names of sentence ``index`` (not those inside a person's or organization's name)."""
        if index not in self._mentions:
            found = find_place_mentions(self.doc, index, gazetteer=self.gazetteer, context=self.countries)
            self._mentions[index] = [p for p in found if not _inside_named_actor(p, self.named)]
        return self._mentions[index]

    def candidates(self, index: int) -> list[PlaceMention]:
        """The sentence's place names and the places its anaphors (المدينة، القطاع) stand for."""
        # found once per sentence: a sentence with several events asks again for each
        if index not in self._candidates:
            self._candidates[index] = self._find_candidates(index)
        return self._candidates[index]

    def _find_candidates(self, index: int) -> list[PlaceMention]:
        own = self.mentions(index)
        anaphors = find_place_anaphors(self.doc, index, gazetteer=self.gazetteer)
        if not anaphors:
            return own
        earlier = [m for i in range(max(0, index - ANAPHOR_WINDOW_SENTENCES), index + 1)
                   for m in self.mentions(i)]
        resolved = [r for a in anaphors if (r := resolve_anaphor(a, earlier)) is not None]
        return own + resolved

    def lead_place(self) -> Place | None:
        """The story's place: the first place below country level named after a cue word."""
        if not self._lead:
            self._lead.append(next(
                (m.place for i in range(len(self.doc.sentences)) for m in self.mentions(i)
                 if m.strength == 2 and (m.place.resolution or LEVEL_COUNTRY) > LEVEL_COUNTRY), None))
        return self._lead[0]


@dataclass(slots=True)
class PlaceTime:
    """Place and date resolution for the events of a document."""

    gazetteer: Gazetteer

    @classmethod
    def load(cls) -> PlaceTime:
        """With the shipped gazetteer."""
        return cls(Gazetteer.load())

    def annotate(self, doc: Document) -> list[Event]:
        """The document's events with place and date; background events are dropped."""
        if not doc.events:
            return []
        named = [m for m in doc.mentions if m.entry_id and m.entry_id.startswith(NAMED_ACTOR_PREFIXES)]
        countries = doc.place_countries
        if countries is None:
            countries = doc.place_countries = document_countries(doc, gazetteer=self.gazetteer)
        story = _Story(doc, self.gazetteer, countries, named)
        dates_of: dict[int, list[EventDate]] = {}
        kept: list[Event] = []
        for event in doc.events:
            sentence = doc.sentences[event.sentence]
            if event.sentence not in dates_of:
                dates_of[event.sentence] = find_dates(doc.text, sentence.span.start, sentence.span.end, doc.date)
            tokens = doc.tokens[sentence.token_start:sentence.token_end]
            candidates = story.candidates(event.sentence)
            if event.event not in PHYSICAL_EVENT_TYPES:
                # "المبعوث الأممي إلى اليمن": إلى names where things and people are sent,
                # the place of a sending or a deployment, not of a statement; but a site below a
                # city (وصولهم إلى مطار الملك عبد العزيز) is where the people it concerns are
                candidates = [c for c in candidates if not c.weak or (c.place.resolution or 0) >= LEVEL_BELOW_CITY]
            candidates = _without_locators(candidates, doc.tokens)
            in_clause = [c for c in candidates if not _across_boundary(c.position, event.trigger, tokens)]
            event.loc = best_place(in_clause or candidates, event.trigger.start)
            if event.loc is None and event.event in PHYSICAL_EVENT_TYPES:
                event.loc = story.lead_place()
            event.date = _finer(event_date(dates_of[event.sentence], event.trigger, tokens, doc.text), doc.date)
            if _is_background(event.date, doc.date):
                continue
            if event.event in TALLIED_TYPES and (event.date is None or not event.date.from_text) and (
                    _tallied_since_long_ago(dates_of[event.sentence], event.trigger, tokens, doc)
                    or _over_a_long_span(event.trigger, tokens)):
                continue
            kept.append(event)
        for index, event in enumerate(kept):
            event.index = index
        return kept


def _tallied_since_long_ago(dates: list[EventDate], trigger: Span, tokens: list[Token], doc: Document) -> bool:
    """قتل أكثر من 90 أستراليا في تفجيرات منذ عام 2002: attacks tallied over a span that opened before
    the news window are no occasion (coding guide §1: "تقصف روسيا المدنيين منذ سنوات" is background)."""
    return any(d.span is not None and _opens_duration(d, tokens, doc.text) and not _first_since(d.span, tokens)
               and not _behind_boundary(d.span, trigger, tokens) and _is_background(d, doc.date) for d in dates)


def _first_since(span: Span, tokens: list[Token]) -> bool:
    """للمرة الأولى منذ عام 2016: the first time since a date is an occasion, not a tally. The window
    counts منذ itself when the date's span does not start with it."""
    return _first_time_before(bisect_right(tokens, span.start, key=_END), tokens, _OCCASION_REACH + 1)


def _first_time_before(end: int, tokens: list[Token], reach: int) -> bool:
    """A first-time word or a superlative among the ``reach`` tokens before ``tokens[end]``."""
    return any(_word(t) in _FIRST_TIME for t in tokens[max(0, end - reach) : end])


def _over_a_long_span(trigger: Span, tokens: list[Token]) -> bool:
    """وقتل 141 فلسطينيا منذ بدء التظاهرات، تغلق السلطات المعبر منذ عدة سنوات: an act told over a long
    span that "since" opens with no date, in the trigger's clause; not a first time since (أول … منذ)."""
    first_after = bisect_left(tokens, trigger.end, key=_START)  # tokens are in text order
    last_before = bisect_right(tokens, trigger.start, key=_END)
    before = range(max(0, last_before - _SINCE_REACH_BEFORE), last_before)
    after = range(first_after, min(len(tokens), first_after + _SINCE_REACH_AFTER))
    for i in (*before, *after):
        if _word(tokens[i]) != _SINCE:
            continue
        if _first_time_before(i, tokens, _OCCASION_REACH):
            continue
        if i in after and _behind_boundary(tokens[i].span, trigger, tokens):
            continue
        if i in before and _boundary_between(tokens[i].span.end, trigger.start, tokens):
            continue
        if any(_word(t) in _LONG_SPANS for t in tokens[i + 1 : i + 1 + _SPAN_WORD_REACH]):
            return True
    return False


def _without_locators(candidates: list[PlaceMention], tokens: list[Token]) -> list[PlaceMention]:
    """Drop the city that only locates a site named before it: مطار الملك عبد العزيز في جدة → the airport."""
    sites = [c for c in candidates if (c.place.resolution or 0) >= LEVEL_BELOW_CITY and c.at is None]
    return [c for c in candidates
            if not any(c.token_start == site.token_end + 1 and _word(tokens[site.token_end]) == _IN for site in sites)]


def _finer(date: EventDate | None, publication: dt.date | None) -> EventDate | None:
    """The event's date, or the publication date when the text gives none or only its year.

    "This year" (الحج لهذا العام، في عام 2018 in a 2018 article) says no more than the
    publication date does, and the guide's default for an undated event is the publication day.
    """
    if publication is None:
        return date
    if date is None or (date.precision is DatePrecision.YEAR and date.value == str(publication.year)):
        return publication_default(publication)
    return date


def _inside_named_actor(place: PlaceMention, named: list[Mention]) -> bool:
    """A place name inside a person's or organization's name is not a place (بايدن is not Aydın)."""
    return any(m.token_start <= place.token_start < m.token_end for m in named)


def event_date(dates: list[EventDate], trigger: Span, tokens: list[Token], text: str) -> EventDate | None:
    """The date of the sentence that belongs to the trigger's clause, nearest the trigger.

    ``tokens`` are the sentence's tokens. Dates behind a clause boundary after the trigger
    and dates that open a duration (منذ عام 2013) are left out; None when no date is left.
    """
    tied = [d for d in dates if d.span is not None
            and not _opens_duration(d, tokens, text) and not _behind_boundary(d.span, trigger, tokens)]
    if not tied:
        return None
    return min(tied, key=lambda d: abs(d.span.start - trigger.start) if d.span else 0)


def _word(token: Token) -> str:
    """The token's folded form without a leading conjunction (والتي -> التي)."""
    return without_conjunction(token.norm)


def _opens_duration(date: EventDate, tokens: list[Token], text: str) -> bool:
    if date.span is None:
        return False
    inside = [t for t in tokens if date.span.start <= t.span.start < date.span.end]
    before = [t for t in tokens if t.span.end <= date.span.start]
    starts_with_since = bool(inside) and _word(inside[0]) == _SINCE
    after_since = bool(before) and _word(before[-1]) == _SINCE
    if after_since and date.precision is not DatePrecision.DAY:
        return True
    return starts_with_since and any(_word(t) in _APPROXIMATE for t in inside[1:3])


def _behind_boundary(span: Span, trigger: Span, tokens: list[Token]) -> bool:
    """Whether a clause boundary stands between the trigger and something after it."""
    return span.start >= trigger.end and _boundary_between(trigger.end, span.start, tokens)


def _across_boundary(position: int, trigger: Span, tokens: list[Token]) -> bool:
    """Whether a clause boundary separates the trigger from a place at ``position``, on either side."""
    if position >= trigger.end:
        return _boundary_between(trigger.end, position, tokens)
    return _boundary_between(position, trigger.start, tokens, skip_first_word=True)


def _boundary_between(start: int, end: int, tokens: list[Token], *, skip_first_word: bool = False) -> bool:
    """A relative pronoun (not right after ``start``: that is its head noun) or a subordinator
    (not right before ``end``: that is the date's own preposition) between two offsets."""
    between = [t for t in tokens if start <= t.span.start and t.span.end <= end]
    if skip_first_word:  # the place's own word(s) start the range
        between = between[1:]
    for position, token in enumerate(between):
        word = _word(token)
        if word in _RELATIVE_PRONOUNS and position >= _HEAD_NOUN_GAP:
            return True
        if word in _SUBORDINATORS and position < len(between) - 1 and not (
                position > 0 and _word(between[position - 1]) == _FROM):
            return True  # not "من قبل" (by), and not the date's own preposition (بعد يومين)
    return False


def _is_background(date: EventDate | None, publication: dt.date | None) -> bool:
    if date is None or publication is None or not date.from_text:
        return False
    if date.precision == DatePrecision.DAY:
        day = dt.date.fromisoformat(date.value)
    elif date.precision == DatePrecision.MONTH:
        year, month = (int(p) for p in date.value.split("-"))
        # the last day of that month: a month still running inside the window counts
        day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    else:
        day = dt.date(int(date.value), 12, 31)
    return (publication - day).days > NEWS_WINDOW_DAYS

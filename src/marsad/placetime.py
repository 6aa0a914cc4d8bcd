"""Give each event its place and date, and leave out background events older than the news window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from marsad.geo.gazetteer import Gazetteer
from marsad.geo.places import PlaceMention, best_place, document_countries, find_place_mentions
from marsad.model import DatePrecision, Document, Event, EventDate, Mention
from marsad.time.dates import find_dates, publication_default

# The coding guide's news window opens "about one month" before publication; a few days
# more keep "late last month" events in.
NEWS_WINDOW_DAYS = 40
NAMED_ACTOR_PREFIXES = ("person:", "org:")


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
        places_of: dict[int, list[PlaceMention]] = {}
        dates_of: dict[int, list[EventDate]] = {}
        kept: list[Event] = []
        countries = document_countries(doc, gazetteer=self.gazetteer) if doc.events else None
        named = [m for m in doc.mentions if m.entry_id and m.entry_id.startswith(NAMED_ACTOR_PREFIXES)]
        for event in doc.events:
            sentence = doc.sentences[event.sentence]
            if event.sentence not in places_of:
                found = find_place_mentions(doc, event.sentence, gazetteer=self.gazetteer, context=countries)
                places_of[event.sentence] = [p for p in found if not _inside_named_actor(p, named)]
                dates_of[event.sentence] = find_dates(doc.text, sentence.span.start, sentence.span.end, doc.date)
            event.loc = best_place(places_of[event.sentence], event.trigger.start)
            event.date = _nearest_date(dates_of[event.sentence], event.trigger.start) or (
                publication_default(doc.date) if doc.date else None)
            if _is_background(event.date, doc.date):
                continue
            kept.append(event)
        for index, event in enumerate(kept):
            event.index = index
        return kept


def _inside_named_actor(place: PlaceMention, named: list[Mention]) -> bool:
    """A place name inside a person's or organization's name is not a place (بايدن is not Aydın)."""
    return any(m.token_start <= place.token_start < m.token_end for m in named)


def _nearest_date(dates: list[EventDate], position: int) -> EventDate | None:
    if not dates:
        return None
    return min(dates, key=lambda d: abs((d.span.start if d.span else position) - position))


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

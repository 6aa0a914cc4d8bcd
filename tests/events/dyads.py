"""What the event tests compare: the dyads of the events marsad codes in a text, negated ones left out."""

from __future__ import annotations

import marsad

Entities = list[tuple[str | None, str | None]]  # (code, sector) of each actor or recipient
Dyad = tuple[str, Entities, Entities]  # (type, actors, recipients)
ModedDyad = tuple[str, str | None, Entities, Entities]  # (type, mode, actors, recipients)
# A date of no consequence to the sentences the tests write (no office changes hands near it).
DEFAULT_DATE = "2019-03-01"


def moded_dyads(text: str, date: str = DEFAULT_DATE) -> list[ModedDyad]:
    return [(e.event, e.mode, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in marsad.code(text, date=date) if not e.negated]


def dyads(text: str, date: str = DEFAULT_DATE) -> list[Dyad]:
    return [(event, actors, recipients) for event, _, actors, recipients in moded_dyads(text, date)]


def of_type(text: str, event: str, date: str = DEFAULT_DATE) -> list[Dyad]:
    return [d for d in dyads(text, date) if d[0] == event]

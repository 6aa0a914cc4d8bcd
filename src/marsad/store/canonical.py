"""Cross-article deduplication: one canonical event per happening, with the articles that report it.

Two records describe the same happening when they have the same PLOVER type, compatible
actors and recipients (shared codes, or one side unknown), dates within a day, the same
country when both know it, nearby places when both name a town, and the same mode when
both have one. Records are blocked by (type, actor code) and swept in date order, so the
cost grows with the corpus times the handful of events open in one block on one day: never
quadratic in the corpus. The mentions table says which documents and outlets report each
canonical event, like GDELT's mentions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Reports of one happening may be dated a day apart (the evening before, "yesterday" misread).
MAX_DAYS_APART = 1
# Two town-level places farther apart than this are two happenings. Outlets name the same strike
# by the town or by the governorate, which the gazetteer resolves to its capital city (Khan Shaykhun
# and "south of Idlib" → Idlib city, ~60 km apart); Douma and Khan Shaykhun are ~250 km apart.
MAX_KM_APART = 75.0
# Place resolution from which a place is a town or finer (spec: 4 = city, 5 = below city).
TOWN_RESOLUTION = 4
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What deduplication compares of a per-article event record."""

    id: str
    doc_id: str
    outlet: str | None
    event: str
    mode: str | None
    actors: frozenset[str]
    recipients: frozenset[str]
    country: str | None
    date: dt.date | None  # only day-precision dates; others are never merged
    lat: float | None = None
    lon: float | None = None
    resolution: int | None = None
    place: str | None = None

    @property
    def block_actor(self) -> str:
        return min(self.actors) if self.actors else ""


@dataclass(slots=True)
class CanonicalEvent:
    """A happening and the per-article records that report it (first = earliest, then by id)."""

    members: list[EventFacts] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "ce-" + hashlib.sha256(self.members[0].id.encode("utf-8")).hexdigest()[:16]


def _km(a: EventFacts, b: EventFacts) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _is_town(e: EventFacts) -> bool:
    return e.lat is not None and e.lon is not None and (e.resolution or 0) >= TOWN_RESOLUTION


def same_happening(a: EventFacts, b: EventFacts) -> bool:
    """Whether two records plausibly report one happening (dates are checked by the sweep)."""
    if a.event != b.event:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    if a.recipients and b.recipients and not a.recipients & b.recipients:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    return not (_is_town(a) and _is_town(b) and _km(a, b) > MAX_KM_APART)


def cluster_events(events: Iterable[EventFacts]) -> list[CanonicalEvent]:
    """Group records into canonical events; deterministic for a given set of records."""
    dated: dict[tuple[str, str], list[EventFacts]] = {}
    clusters: list[CanonicalEvent] = []
    for e in events:
        if e.date is None:
            clusters.append(CanonicalEvent([e]))
        else:
            dated.setdefault((e.event, e.block_actor), []).append(e)
    for block in dated.values():
        block.sort(key=lambda e: (e.date, e.id))
        open_clusters: list[tuple[dt.date, CanonicalEvent]] = []
        for e in block:
            assert e.date is not None
            horizon = e.date - dt.timedelta(days=MAX_DAYS_APART)
            open_clusters = [(anchor, c) for anchor, c in open_clusters if anchor >= horizon]
            for _anchor, cluster in open_clusters:
                if all(same_happening(m, e) for m in cluster.members):
                    cluster.members.append(e)
                    break
            else:
                cluster = CanonicalEvent([e])
                open_clusters.append((e.date, cluster))
                clusters.append(cluster)
    clusters.sort(key=lambda c: c.id)
    return clusters


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def canonical_row(cluster: CanonicalEvent) -> dict[str, Any]:
    """The canonical_events row of a cluster."""
    members = cluster.members
    first = members[0]
    dates = [m.date for m in members if m.date is not None]
    finest = max(members, key=lambda m: (m.resolution or 0, m.id == first.id))
    return {
        "id": cluster.id, "event": first.event, "mode": _most_common(m.mode for m in members),
        "actor_code": first.block_actor or None,
        "recipient_code": _most_common(r for m in members for r in sorted(m.recipients)),
        "country": _most_common(m.country for m in members),
        "event_date": min(dates) if dates else None, "last_date": max(dates) if dates else None,
        "place": finest.place, "lat": finest.lat, "lon": finest.lon,
        "mentions": len(members), "documents": len({m.doc_id for m in members}),
        "outlets": sorted({m.outlet for m in members if m.outlet}), "first_event_id": first.id,
    }


def mention_rows(cluster: CanonicalEvent) -> list[dict[str, Any]]:
    """The event_mentions rows of a cluster: one per per-article record."""
    return [{"canonical_id": cluster.id, "event_id": m.id, "doc_id": m.doc_id, "outlet": m.outlet,
             "event_date": m.date} for m in cluster.members]


def facts_from_rows(rows: Sequence[tuple[Any, ...]]) -> list[EventFacts]:
    """EventFacts from ``(id, doc_id, outlet, event, mode, actor_codes, recipient_codes, country,
    date, precision, lat, lon, resolution, place)`` rows as the store returns them."""
    out = []
    for (eid, doc_id, outlet, event, mode, actors, recipients, country, date, precision,
         lat, lon, resolution, place) in rows:
        day = dt.date.fromisoformat(date) if date and precision == "day" else None
        out.append(EventFacts(eid, doc_id, outlet, event, mode, frozenset(a for a in actors or () if a),
                              frozenset(r for r in recipients or () if r), country, day, lat, lon, resolution, place))
    return out

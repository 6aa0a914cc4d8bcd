"""Cross-article deduplication: the same happening from several articles becomes one canonical event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from marsad.store.canonical import EventFacts, cluster_events, same_happening
from marsad.store.store import Store

from .articles import ARRESTS_A, ARRESTS_B, LATER_STRIKE, OTHER_STRIKE, SAME_STRIKE_A, SAME_STRIKE_B

KHAN_SHAYKHUN = (35.44, 36.65)
DOUMA = (33.57, 36.40)


def facts(eid: str, *, event: str = "ASSAULT", mode: str | None = "aerial", actors: tuple[str, ...] = ("RUS",),
          recipients: tuple[str, ...] = ("SYR",), country: str | None = "SYR", day: int = 15,
          place: tuple[float, float] | None = KHAN_SHAYKHUN) -> EventFacts:
    lat, lon = place if place else (None, None)
    return EventFacts(eid, eid.split(":")[0], None, event, mode, frozenset(actors), frozenset(recipients), country,
                      dt.date(2019, 5, day), lat, lon, 4 if place else None, None)


@pytest.mark.parametrize(("other", "same"), [
    (facts("b:e0"), True),
    (facts("b:e0", day=16), True),  # a day apart
    (facts("b:e0", recipients=()), True),  # recipient unknown on one side
    (facts("b:e0", mode=None, place=None, country=None), True),  # less said is not a contradiction
    (facts("b:e0", day=18), False),  # three days later
    (facts("b:e0", event="COERCE", mode=None), False),
    (facts("b:e0", actors=("TUR",)), False),
    (facts("b:e0", recipients=("IRQ",)), False),
    (facts("b:e0", country="IRQ"), False),
    (facts("b:e0", place=DOUMA), False),  # same country, 250 km apart
    (facts("b:e0", mode="firearms"), False),
])
def test_pairs(other: EventFacts, same: bool) -> None:
    clusters = cluster_events([facts("a:e0"), other])
    assert (len(clusters) == 1) is same
    if same:
        assert same_happening(facts("a:e0"), other)


def test_clusters_do_not_chain_beyond_a_day() -> None:
    clusters = cluster_events([facts(f"d{day}:e0", day=day) for day in (10, 11, 12, 13)])
    assert sorted(len(c.members) for c in clusters) == [2, 2]


def test_events_without_a_day_date_stay_alone() -> None:
    undated = EventFacts("u:e0", "u", None, "ASSAULT", "aerial", frozenset({"RUS"}), frozenset(), "SYR", None)
    assert len(cluster_events([undated, facts("a:e0")])) == 2


def test_cost_grows_linearly_with_blocks() -> None:
    # 20,000 events over 2,000 days and 10 actors: blocking keeps each comparison set tiny.
    many = [EventFacts(f"x{i}:e0", f"x{i}", None, "ASSAULT", None, frozenset({f"A{i % 10}"}), frozenset(), None,
                       dt.date(2000, 1, 1) + dt.timedelta(days=i // 10)) for i in range(20_000)]
    clusters = cluster_events(many)
    assert len(clusters) == 20_000 // 2  # consecutive days of one actor pair up


def _canonical_of(store: Store, doc_id: str) -> set[str]:
    rows = store.con.execute("SELECT m.canonical_id FROM event_mentions m JOIN events e ON e.id = m.event_id "
                             "WHERE e.doc_id = ? AND e.event IN ('ASSAULT', 'COERCE')", [doc_id]).fetchall()
    return {r[0] for r in rows}


def test_two_outlets_reporting_one_strike_give_one_canonical_event(filled_db: Path) -> None:
    with Store(filled_db, read_only=True) as store:
        a, b = _canonical_of(store, str(SAME_STRIKE_A["id"])), _canonical_of(store, str(SAME_STRIKE_B["id"]))
        assert a and a == b
        mentions, documents, outlets = store.con.execute(
            "SELECT mentions, documents, outlets FROM canonical_events WHERE id = ?", [a.pop()]).fetchone() or ()
        assert (mentions, documents) == (2, 2)
        assert sorted(outlets) == sorted([SAME_STRIKE_A["outlet"], SAME_STRIKE_B["outlet"]])


def test_the_same_arrests_from_two_outlets_merge(filled_db: Path) -> None:
    with Store(filled_db, read_only=True) as store:
        a, b = _canonical_of(store, str(ARRESTS_A["id"])), _canonical_of(store, str(ARRESTS_B["id"]))
        assert a and a == b


def test_other_places_and_other_weeks_stay_separate(filled_db: Path) -> None:
    with Store(filled_db, read_only=True) as store:
        strike = _canonical_of(store, str(SAME_STRIKE_A["id"]))
        assert strike.isdisjoint(_canonical_of(store, str(OTHER_STRIKE["id"])))
        assert strike.isdisjoint(_canonical_of(store, str(LATER_STRIKE["id"])))
        # the per-article records stay queryable
        assert store.con.execute("SELECT count(*) FROM events WHERE doc_id = ?",
                                 [SAME_STRIKE_B["id"]]).fetchone() != (0,)

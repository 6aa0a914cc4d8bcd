"""Event records in the PLOVER exchange format of spec/EVENT_FORMAT.md, and a flat row for tables."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from marsad.datafiles import plover
from marsad.model import Actor, Document, Event, Place

CODER_NAME = "marsad"
CSV_COLUMNS = (
    "id", "doc_id", "date", "date_precision", "event", "mode", "quad_code", "score",
    "actor_text", "actor_code", "actor_sector", "recipient_text", "recipient_code", "recipient_sector",
    "place", "place_country", "lat", "lon", "trigger", "rule", "confidence", "negated", "event_text",
)
LIST_SEPARATOR = " | "


@lru_cache(maxsize=1)
def _quad_of() -> dict[str, str]:
    return {event: quad for quad, events in plover()["quad_class"].items() for event in events}


def plover_score(event: str, mode: str | None) -> float:
    """The PLOVER conflict–cooperation score of a type and mode."""
    scores: dict[str, float] = plover()["scores"]
    if mode is not None and f"{event}:{mode}" in scores:
        return scores[f"{event}:{mode}"]
    return scores[event]


def quad_code(event: str) -> str:
    """The PLOVER quad class of an event type."""
    return _quad_of()[event]


def _entity(actor: Actor) -> dict[str, Any]:
    return {"entity_text": actor.entity_text, "code": actor.code, "sector": actor.sector, "name": actor.name,
            "identifier_id": actor.identifier_id, "start": actor.span.start, "end": actor.span.end}


def _place(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    out: dict[str, Any] = {
        "extracted_place": place.extracted_place, "resolved_place": place.resolved_place,
        "country_code": place.country_code, "lat": place.lat, "lon": place.lon,
        "geonameid": place.geonameid, "resolution": place.resolution,
    }
    if place.span is not None:
        out["start"], out["end"] = place.span.start, place.span.end
    return out


def event_record(event: Event, doc: Document) -> dict[str, Any]:
    """The JSON-ready record of one event (field order as in the spec)."""
    sentence = doc.sentences[event.sentence].span
    return {
        "id": f"{doc.id}:e{event.index}",
        "doc_id": doc.id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "actor": [_entity(a) for a in event.actor],
        "recipient": [_entity(r) for r in event.recipient],
        "event_loc": _place(event.loc),
        "date": event.date.value if event.date else None,
        "date_precision": event.date.precision.value if event.date else None,
        "date_from_text": event.date.from_text if event.date else False,
        "event_text": doc.text[sentence.start : sentence.end],
        "text_info": {"sequence": event.sentence, "start": sentence.start, "end": sentence.end},
        "trigger": {"text": event.trigger_text, "start": event.trigger.start, "end": event.trigger.end},
        "negated": event.negated,
        "quad_code": quad_code(event.event),
        "score": plover_score(event.event, event.mode),
        "confidence": event.confidence,
        "coder": {"name": CODER_NAME, "version": event.provenance.coder_version,
                  "lexicon": event.provenance.lexicon_version, "rule": event.provenance.rule},
    }


def _join(values: list[Any]) -> str:
    return LIST_SEPARATOR.join("" if v is None else str(v) for v in values)


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV/table row of a record; lists of actors are joined with `` | ``."""
    loc = record.get("event_loc") or {}
    return {
        "id": record["id"], "doc_id": record["doc_id"], "date": record["date"],
        "date_precision": record["date_precision"], "event": record["event"], "mode": record["mode"],
        "quad_code": record["quad_code"], "score": record["score"],
        "actor_text": _join([a["entity_text"] for a in record["actor"]]),
        "actor_code": _join([a["code"] for a in record["actor"]]),
        "actor_sector": _join([a["sector"] for a in record["actor"]]),
        "recipient_text": _join([a["entity_text"] for a in record["recipient"]]),
        "recipient_code": _join([a["code"] for a in record["recipient"]]),
        "recipient_sector": _join([a["sector"] for a in record["recipient"]]),
        "place": loc.get("extracted_place"), "place_country": loc.get("country_code"),
        "lat": loc.get("lat"), "lon": loc.get("lon"),
        "trigger": record["trigger"]["text"], "rule": record["coder"]["rule"],
        "confidence": record["confidence"], "negated": record["negated"], "event_text": record["event_text"],
    }


def offset_problems(record: dict[str, Any], text: str) -> list[str]:
    """Where a record's character offsets do not index ``text`` (empty when every span is right)."""
    problems: list[str] = []

    def check(what: str, start: Any, end: Any, expected: str | None) -> None:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            problems.append(f"{what}: span {start}..{end} outside the text ({len(text)} characters)")
        elif expected is not None and text[start:end] != expected:
            problems.append(f"{what}: text[{start}:{end}] is {text[start:end]!r}, not {expected!r}")

    for role in ("actor", "recipient"):
        for index, entity in enumerate(record[role]):
            check(f"{role} {index}", entity["start"], entity["end"], entity["entity_text"])
    check("trigger", record["trigger"]["start"], record["trigger"]["end"], record["trigger"]["text"])
    info = record["text_info"]
    check("sentence", info["start"], info["end"], record["event_text"])
    loc = record["event_loc"]
    if loc is not None and loc.get("start") is not None:
        check("place", loc["start"], loc["end"], loc["extracted_place"])
    return problems

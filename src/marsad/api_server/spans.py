"""The highlighted stretches of a stored document: actors, recipients, triggers, places and dates of its events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Drawn in this order when spans share the same characters (the dashboard nests them).
KINDS = ("trigger", "actor", "recipient", "place", "date", "mention")


def _label(entity: dict[str, Any]) -> str:
    return " ".join(part for part in (entity.get("code"), entity.get("sector")) if part) or "?"


def document_spans(text: str, records: Sequence[dict[str, Any]], mentions: Sequence[tuple[Any, ...]],
                   date_spans: dict[tuple[int, str], tuple[int, int]]) -> list[dict[str, Any]]:
    """One entry per (kind, start, end), listing the events it belongs to; offsets index ``text``."""
    spans: dict[tuple[str, int, int], dict[str, Any]] = {}

    def add(kind: str, start: int | None, end: int | None, label: str | None, event_id: str | None) -> None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            return  # a record from another version of the text: nothing to point at
        span = spans.setdefault((kind, start, end), {"kind": kind, "start": start, "end": end,
                                                     "text": text[start:end], "label": label, "event_ids": []})
        if event_id is not None and event_id not in span["event_ids"]:
            span["event_ids"].append(event_id)

    covered: set[tuple[int, int]] = set()
    for record in records:
        event_id = record["id"]
        add("trigger", record["trigger"]["start"], record["trigger"]["end"],
            record["event"] + (f" {record['mode']}" if record.get("mode") else ""), event_id)
        for side in ("actor", "recipient"):
            for entity in record[side]:
                add(side, entity["start"], entity["end"], _label(entity), event_id)
                covered.add((entity["start"], entity["end"]))
        loc = record.get("event_loc") or {}
        add("place", loc.get("start"), loc.get("end"), loc.get("resolved_place") or loc.get("extracted_place"),
            event_id)
        date_span = date_spans.get((record["trigger"]["start"], record["coder"]["rule"]))
        if date_span is not None:
            add("date", date_span[0], date_span[1], record.get("date"), event_id)
    for start, end, _text, code, sector, name in mentions:
        if (start, end) not in covered:
            add("mention", start, end, " ".join(p for p in (code, sector) if p) or name, None)
    return sorted(spans.values(), key=lambda s: (s["start"], -s["end"], KINDS.index(s["kind"])))

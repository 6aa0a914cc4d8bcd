"""Which stored events to select: one filter for the CLI, the exports and the API.

Every value a user gives becomes a bound parameter; the SQL text holds only the constants below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# SQL fragments (constants, never built from input): an event's actor and recipient keys
# (CODE or CODE-SECTOR, '?' when the code is unknown) and its text to search.
ACTOR_KEYS = ("list_transform(range(1, len(actor_codes) + 1), lambda i: coalesce(actor_codes[i], '?') "
              "|| coalesce('-' || actor_sectors[i], ''))")
RECIPIENT_KEYS = ("list_transform(range(1, len(recipient_codes) + 1), lambda i: coalesce(recipient_codes[i], '?') "
                  "|| coalesce('-' || recipient_sectors[i], ''))")
SEARCH_TEXT = ("lower(concat_ws(' ', json_extract_string(record, '$.event_text'), actor_text, recipient_text, "
               "place, rule, event))")


def _key_clause(keys_sql: str, codes_column: str, key: str, params: list[Any]) -> str:
    """Match an actor key: a bare code matches any sector, CODE-SECTOR matches both."""
    key = key.upper()
    if "-" in key:
        params.append(key)
        return f"list_contains({keys_sql}, ?)"
    params.append(key)
    return f"list_contains({codes_column}, ?)"


@dataclass(frozen=True, slots=True)
class Filters:
    """What events to select; empty fields do not constrain."""

    actor: str | None = None
    recipient: str | None = None
    party: str | None = None  # actor or recipient
    country: str | None = None
    types: Sequence[str] = ()
    quads: Sequence[str] = ()
    place: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    doc_id: str | None = None
    include_negated: bool = False
    require_date: bool = False
    extra: tuple[str, ...] = field(default=())  # constant SQL conditions added by the caller

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause over ``events`` (empty when nothing constrains) and its parameters."""
        clauses: list[str] = list(self.extra)
        params: list[Any] = []
        if not self.include_negated:
            clauses.append("NOT negated")
        if self.actor:
            clauses.append(_key_clause(ACTOR_KEYS, "actor_codes", self.actor, params))
        if self.recipient:
            clauses.append(_key_clause(RECIPIENT_KEYS, "recipient_codes", self.recipient, params))
        if self.party:
            left = _key_clause(ACTOR_KEYS, "actor_codes", self.party, params)
            right = _key_clause(RECIPIENT_KEYS, "recipient_codes", self.party, params)
            clauses.append(f"({left} OR {right})")
        if self.country:
            clauses.append("place_country = ?")
            params.append(self.country.upper())
        if self.types:
            clauses.append("list_contains(?::VARCHAR[], event)")
            params.append([t.upper() for t in self.types])
        if self.quads:
            clauses.append("list_contains(?::VARCHAR[], quad_code)")
            params.append(list(self.quads))
        if self.place:
            clauses.append("place = ?")
            params.append(self.place)
        if self.since:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?")
            params.append(self.until)
        if self.require_date:
            clauses.append("event_date IS NOT NULL")
        if self.text:
            clauses.append(f"strpos({SEARCH_TEXT}, ?) > 0")
            params.append(self.text.lower())
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

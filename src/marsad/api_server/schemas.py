"""Request enums and response models of the HTTP API (they are its OpenAPI schema)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# Bounds on what one request may ask for: page sizes, export rows, text lengths.
MAX_PAGE = 500
DEFAULT_PAGE = 50
MAX_OFFSET = 1_000_000
MAX_EXPORT_ROWS = 10_000
MAX_NETWORK_EDGES = 2_000
MAX_TEXT_QUERY = 200
MAX_EXPLAIN_TEXT = 2_000
# An actor key: a three-letter code (SYR, UNO, NGO) or code and PLOVER sector (SYR-MIL).
ACTOR_KEY_PATTERN = r"^[A-Za-z]{3}(-[A-Za-z]{3})?$"
COUNTRY_PATTERN = r"^[A-Za-z]{3}$"
ID_PATTERN = r"^[^\x00-\x1f]{1,200}$"


class EventType(str, Enum):
    """The 16 PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class QuadClass(str, Enum):
    """PLOVER quad classes."""

    VERBAL_COOPERATION = "verbal_cooperation"
    MATERIAL_COOPERATION = "material_cooperation"
    VERBAL_CONFLICT = "verbal_conflict"
    MATERIAL_CONFLICT = "material_conflict"


COOPERATION = (QuadClass.VERBAL_COOPERATION.value, QuadClass.MATERIAL_COOPERATION.value)


class Interval(str, Enum):
    """Timeline bucket widths."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Role(str, Enum):
    """Which side of events an actor count looks at."""

    ANY = "any"
    ACTOR = "actor"
    RECIPIENT = "recipient"


class ExportFormat(str, Enum):
    """Export formats of the events endpoint."""

    CSV = "csv"
    JSONL = "jsonl"


class Entity(BaseModel):
    """An actor or recipient of a record, with its offsets into the document text."""

    model_config = ConfigDict(extra="allow")
    entity_text: str
    code: str | None
    sector: str | None
    name: str | None = None
    identifier_id: str | None = None
    start: int
    end: int


class EventLocation(BaseModel):
    """Where an event happened (offsets of the place name when the text gave one)."""

    model_config = ConfigDict(extra="allow")
    extracted_place: str
    resolved_place: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: int | None = None
    start: int | None = None
    end: int | None = None


class TextInfo(BaseModel):
    sequence: int
    start: int
    end: int


class Trigger(BaseModel):
    text: str
    start: int
    end: int


class Coder(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    version: str
    lexicon: str | None = None
    rule: str


class EventRecord(BaseModel):
    """A PLOVER event record as spec/EVENT_FORMAT.md defines it."""

    model_config = ConfigDict(extra="allow")
    id: str
    doc_id: str
    event: str
    mode: str | None
    context: list[str]
    actor: list[Entity]
    recipient: list[Entity]
    event_loc: EventLocation | None
    date: str | None
    date_precision: str | None
    event_text: str
    text_info: TextInfo
    trigger: Trigger
    negated: bool
    quad_code: str
    score: float
    confidence: float
    coder: Coder


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters")
    limit: int
    offset: int
    items: list[EventRecord]


class StoreSummary(BaseModel):
    documents: int
    events: int = Field(description="Events the text asserts (negated ones are not counted)")
    canonical_events: int
    first_date: dt.date | None
    last_date: dt.date | None
    event_types: list[str]
    quad_classes: list[str]
    coder_versions: list[str]


class ActorCount(BaseModel):
    key: str = Field(description="CODE or CODE-SECTOR; use it as the actor/recipient/party filter")
    code: str
    sector: str | None
    name: str | None = Field(description="The most frequent canonical name or text of this actor")
    events: int
    as_actor: int
    as_recipient: int


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ActorCount]


class NetworkNode(BaseModel):
    id: str
    code: str
    sector: str | None
    name: str | None
    events: int = Field(description="Events in the window with this actor on either side")


class NetworkEdge(BaseModel):
    source: str = Field(description="Actor key")
    target: str = Field(description="Recipient key")
    events: int
    cooperation_events: int
    conflict_events: int
    cooperation: float = Field(description="Sum of PLOVER scores of cooperation events (>= 0)")
    conflict: float = Field(description="Sum of |PLOVER score| of conflict events (>= 0)")
    mean_score: float


class Network(BaseModel):
    since: dt.date | None
    until: dt.date | None
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool = Field(description="True when more edges than the limit matched (the heaviest are kept)")


class TimelineBucket(BaseModel):
    period: dt.date = Field(description="First day of the bucket")
    events: int
    cooperation_events: int
    conflict_events: int
    mean_score: float
    cooperation: float
    conflict: float


class Timeline(BaseModel):
    interval: Interval
    buckets: list[TimelineBucket]


class PlaceCount(BaseModel):
    place: str
    resolved_place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    events: int
    cooperation_events: int
    conflict_events: int


class PlacePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[PlaceCount]


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    events: int


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentSummary]


class Sentence(BaseModel):
    seq: int
    start: int
    end: int


class TextSpan(BaseModel):
    """A highlighted stretch of the document text: [start, end) in code points."""

    kind: str = Field(description="actor, recipient, trigger, place, date, or mention (an actor not in any event)")
    start: int
    end: int
    text: str
    label: str | None = None
    event_ids: list[str]


class DocumentDetail(BaseModel):
    id: str
    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    text: str
    sentences: list[Sentence]
    events: list[EventRecord]
    spans: list[TextSpan]


class ExplainCandidate(BaseModel):
    trigger: str
    rule: str
    event: str
    mode: str | None
    status: str
    actor: list[str]
    recipient: list[str]
    decision: str


class SentenceExplanation(BaseModel):
    index: int
    text: str
    tokens: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    candidates: list[ExplainCandidate]


class Problem(BaseModel):
    detail: str

"""The FastAPI app over a store: events, actors, network, timelines, places, documents, explain; and the dashboard."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles

from marsad.api_server import queries
from marsad.api_server.limits import DEFAULT_BURST, RequestLimits
from marsad.api_server.queries import QueryTimeoutError, ReadOnlyStore
from marsad.api_server.schemas import (
    ACTOR_KEY_PATTERN,
    COUNTRY_PATTERN,
    DEFAULT_PAGE,
    ID_PATTERN,
    MAX_EXPLAIN_TEXT,
    MAX_EXPORT_ROWS,
    MAX_NETWORK_EDGES,
    MAX_OFFSET,
    MAX_PAGE,
    MAX_TEXT_QUERY,
    ActorPage,
    DocumentDetail,
    DocumentPage,
    EventPage,
    EventRecord,
    EventType,
    ExportFormat,
    Interval,
    Network,
    PlacePage,
    Problem,
    QuadClass,
    Role,
    SentenceExplanation,
    StoreSummary,
    Timeline,
)
from marsad.api_server.spans import document_spans
from marsad.errors import MarsadError
from marsad.store.filters import Filters
from marsad.version import __version__

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
# The dashboard loads only its own files: no inline script, nothing from another origin.
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                           "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
# Exports stream in chunks, not a row at a time: Starlette moves every chunk of a synchronous
# iterator through its thread pool, and under 50 concurrent clients a row-by-row CSV export of
# 70 events took 4 s (p50) in scripts/load_test.py.
EXPORT_CHUNK_CHARS = 65_536
EXPORT_CHUNK_RECORDS = 200
ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": Problem}, 422: {"model": Problem},
                                           503: {"model": Problem}}

ActorKey = Annotated[str | None, Query(pattern=ACTOR_KEY_PATTERN, description="Actor code (RUS) or code-sector "
                                       "(RUS-MIL)")]
Country = Annotated[str | None, Query(pattern=COUNTRY_PATTERN, description="Country of the event's place (ISO3)")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
IdPath = Annotated[str, PathParam(pattern=ID_PATTERN, max_length=200)]


def event_filters(
    actor: ActorKey = None,
    recipient: Annotated[str | None, Query(pattern=ACTOR_KEY_PATTERN, description="Recipient code or code-sector")]
    = None,
    party: Annotated[str | None, Query(pattern=ACTOR_KEY_PATTERN, description="Actor or recipient")] = None,
    country: Country = None,
    type: Annotated[list[EventType] | None, Query(max_length=16, description="PLOVER event types")] = None,
    quad: Annotated[list[QuadClass] | None, Query(max_length=4, description="PLOVER quad classes")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=100, description="Place name as extracted")]
    = None,
    since: Annotated[dt.date | None, Query(description="Events on or after (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="Events on or before (YYYY-MM-DD)")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT_QUERY,
                                   description="Words in the sentence, actor or place text, rule or type")] = None,
    doc_id: Annotated[str | None, Query(pattern=ID_PATTERN, max_length=200)] = None,
    include_negated: Annotated[bool, Query(description="Also events the text denies")] = False,
) -> Filters:
    """The event filters shared by every endpoint that selects events."""
    return Filters(actor=actor, recipient=recipient, party=party, country=country,
                   types=[t.value for t in type or ()], quads=[c.value for c in quad or ()], place=place,
                   since=since, until=until, text=q, doc_id=doc_id, include_negated=include_negated)


EventFilters = Annotated[Filters, Depends(event_filters)]


def _csv_lines(records: Sequence[dict[str, Any]]) -> Iterator[str]:
    from marsad.output.records import CSV_COLUMNS, flat_row

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS))
    writer.writeheader()
    for record in records:
        writer.writerow(flat_row(record))
        if buffer.tell() >= EXPORT_CHUNK_CHARS:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_chunks(records: Sequence[dict[str, Any]]) -> Iterator[str]:
    for start in range(0, len(records), EXPORT_CHUNK_RECORDS):
        yield "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[start:start + EXPORT_CHUNK_RECORDS])


class _Coder:
    """The coding pipeline, loaded on first use and shared by requests one at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def explain(self, text: str, date: dt.date | None) -> list[dict[str, Any]]:
        from marsad.api import as_document, default_pipeline
        from marsad.explain import explain_document

        with self._lock:
            return [dataclasses.asdict(e) for e in explain_document(as_document(text, date=date),
                                                                    default_pipeline())]

    def explain_stored(self, doc_id: str, text: str, date: dt.date | None) -> list[dict[str, Any]]:
        from marsad.api import default_pipeline
        from marsad.explain import explain_document
        from marsad.model import Document

        with self._lock:
            return [dataclasses.asdict(e) for e in explain_document(Document(id=doc_id, text=text, date=date),
                                                                    default_pipeline())]

    def date_spans(self, doc_id: str, text: str, date: dt.date | None) -> dict[tuple[int, str], tuple[int, int]]:
        """(trigger start, rule) → date span, from coding the stored text again (the store keeps no date spans)."""
        from marsad.api import default_pipeline
        from marsad.model import Document

        with self._lock:
            doc = default_pipeline()(Document(id=doc_id, text=text, date=date))
        return {(e.trigger.start, e.provenance.rule): (e.date.span.start, e.date.span.end)
                for e in doc.events if e.date is not None and e.date.span is not None}


def create_app(db: str | Path, *, query_seconds: float = queries.DEFAULT_QUERY_SECONDS,
               cors_origins: Sequence[str] = (), dashboard: bool = True, rate_limit: float | None = None,
               rate_burst: int = DEFAULT_BURST) -> FastAPI:
    """The API (under /api) and the dashboard (at /) over the store ``db``, opened read-only.

    Nothing writes, so nothing needs a token. ``rate_limit`` (requests a second per client address,
    with bursts of ``rate_burst``) is off unless given; URL and body sizes are always limited.
    """
    store = ReadOnlyStore(db, query_seconds=query_seconds)
    coder = _Coder()
    app = FastAPI(title="marsad", version=__version__,
                  description="Arabic political events coded in PLOVER: read-only access to a marsad store.",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.state.store = store
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"],
                           allow_headers=[], allow_credentials=False)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith("/api/docs"):
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response

    @app.exception_handler(QueryTimeoutError)
    async def timeout_handler(request: Request, exc: QueryTimeoutError) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=503)

    @app.exception_handler(MarsadError)
    async def marsad_error_handler(request: Request, exc: MarsadError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.get("/api/summary", response_model=StoreSummary, tags=["store"])
    def get_summary() -> dict[str, Any]:
        """Counts, the span of event dates, and the types and coder versions in the store."""
        return queries.summary(store)

    @app.get("/api/events", response_model=EventPage, responses=ERRORS, tags=["events"])
    def list_events(filters: EventFilters, limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Per-article event records (spec format), filtered, in date order, one page at a time."""
        return {"total": queries.count_events(store, filters), "limit": limit, "offset": offset,
                "items": queries.event_records(store, filters, limit=limit, offset=offset)}

    @app.get("/api/events/export", responses={**ERRORS, 200: {"content": {"text/csv": {},
                                                                           "application/x-ndjson": {}}}},
             response_class=StreamingResponse, tags=["events"])
    def export_events(filters: EventFilters, format: ExportFormat = ExportFormat.CSV,
                      limit: Annotated[int, Query(ge=1, le=MAX_EXPORT_ROWS)] = MAX_EXPORT_ROWS,
                      ) -> StreamingResponse:
        """The filtered events as CSV (one flat row each) or JSON Lines (full records)."""
        records = queries.event_records(store, filters, limit=limit)
        if format is ExportFormat.CSV:
            return StreamingResponse(_csv_lines(records), media_type="text/csv; charset=utf-8",
                                     headers={"Content-Disposition": 'attachment; filename="marsad-events.csv"'})
        return StreamingResponse(_jsonl_chunks(records), media_type="application/x-ndjson; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="marsad-events.jsonl"'})

    @app.get("/api/events/{event_id}", response_model=EventRecord, responses=ERRORS, tags=["events"])
    def get_event(event_id: IdPath) -> dict[str, Any]:
        """One event record by id (``DOC:eN``)."""
        record = queries.event_record(store, event_id)
        if record is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return record

    @app.get("/api/actors", response_model=ActorPage, responses=ERRORS, tags=["actors"])
    def list_actors(filters: EventFilters, role: Role = Role.ANY, limit: Limit = DEFAULT_PAGE,
                    offset: Offset = 0) -> dict[str, Any]:
        """Actors (code and sector) with the number of selected events they take part in, most active first."""
        total, items = queries.actor_counts(store, filters, role=role.value, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/network", response_model=Network, responses=ERRORS, tags=["actors"])
    def get_network(filters: EventFilters,
                    max_edges: Annotated[int, Query(ge=1, le=MAX_NETWORK_EDGES)] = 500) -> dict[str, Any]:
        """The actor network of the selected events: nodes are actors, edges actor → recipient with
        cooperation and conflict weights (sums of PLOVER scores)."""
        nodes, edges, truncated = queries.network(store, filters, max_edges=max_edges)
        return {"since": filters.since, "until": filters.until, "nodes": nodes, "edges": edges,
                "truncated": truncated}

    @app.get("/api/timeline", response_model=Timeline, responses=ERRORS, tags=["events"])
    def get_timeline(filters: EventFilters, interval: Interval = Interval.MONTH) -> dict[str, Any]:
        """Events per day, week or month (dated events only) for an actor (``party``), a dyad
        (``actor`` and ``recipient``) or any filter."""
        buckets = queries.timeline(store, dataclasses.replace(filters, require_date=True), interval=interval.value)
        return {"interval": interval, "buckets": buckets}

    @app.get("/api/places", response_model=PlacePage, responses=ERRORS, tags=["places"])
    def list_places(filters: EventFilters, limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Places of the selected events with coordinates and counts, most events first."""
        total, items = queries.place_counts(store, filters, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/documents", response_model=DocumentPage, tags=["documents"])
    def list_documents(limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Stored documents with their event counts."""
        total, items = queries.documents(store, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/documents/{doc_id}", response_model=DocumentDetail, responses=ERRORS, tags=["documents"])
    def get_document(doc_id: IdPath,
                     dates: Annotated[bool, Query(description="Find date spans by coding the text again")] = True,
                     ) -> dict[str, Any]:
        """A document's text, sentences, every record (negated ones too) and the character spans of
        every actor, recipient, trigger, place and date."""
        found = queries.document(store, doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        date_spans = coder.date_spans(doc_id, found["text"], found["date"]) if dates else {}
        found["spans"] = document_spans(found["text"], found["events"], found.pop("mentions"), date_spans)
        return found

    @app.get("/api/documents/{doc_id}/sentences/{seq}/explain", response_model=SentenceExplanation,
             responses=ERRORS, tags=["explain"])
    def explain_sentence(doc_id: IdPath, seq: Annotated[int, PathParam(ge=0, le=100_000)]) -> dict[str, Any]:
        """Why each trigger candidate of one stored sentence was coded or dropped (the document is coded again
        with the current coder, so the explanation reflects this version's rules)."""
        found = queries.document(store, doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        explanations = coder.explain_stored(doc_id, found["text"], found["date"])
        if seq >= len(explanations):
            raise HTTPException(404, f"document {doc_id!r} has {len(explanations)} sentences")
        return explanations[seq]

    @app.get("/api/explain", response_model=list[SentenceExplanation], responses=ERRORS, tags=["explain"])
    def explain_text(text: Annotated[str, Query(min_length=1, max_length=MAX_EXPLAIN_TEXT)],
                     date: dt.date | None = None) -> list[dict[str, Any]]:
        """Explain a text of your own (not stored): tokens, actors, and every trigger candidate's fate."""
        return coder.explain(text, date)

    if dashboard:
        @app.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # added last, so it runs first: a refused request costs no routing, no query and no coding
    app.add_middleware(RequestLimits, rate=rate_limit, burst=rate_burst)
    return app

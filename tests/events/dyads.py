"""What the event tests compare: the dyads of the events marsad codes in a text, negated ones left out."""

from __future__ import annotations

from collections.abc import Callable

import marsad
from marsad.api import as_document
from marsad.events import coder
from marsad.events.coder import Candidate
from marsad.model import Document
from marsad.pipeline import EventStage, Pipeline

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


# Why a candidate of one type reports no event of that type (None: it may), as the coder says it.
Reason = Callable[[Document, int, Candidate, EventStage], str | None]


def candidate_reasons(text: str, event: str, reason: Reason, *, by_head: bool = True) -> dict[str, str | None]:
    """``reason``'s verdict on each ``event`` candidate of ``text``, keyed by its trigger's head (or first) word."""
    pipeline = Pipeline.default()
    doc: Document = pipeline(as_document({"id": "t", "text": text, "date": "2019-06-01"}))
    stage = next(s for s in pipeline.stages if isinstance(s, EventStage))
    out: dict[str, str | None] = {}
    for index in range(len(doc.sentences)):
        for candidate in coder.sentence_candidates(doc, index, stage.lexicon, stage.modality):
            if candidate.event == event:
                word = doc.tokens[candidate.match.head if by_head else candidate.match.start].text
                out[word] = reason(doc, index, candidate, stage)
    return out

"""Stages and the pipeline that runs them; stages declare what they need and provide."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from marsad.actors.document import resolve_document
from marsad.actors.lexicon import ActorLexicon
from marsad.config import Config
from marsad.datafiles import lexicon_version
from marsad.engine.timeout import DocumentTimeout
from marsad.errors import PipelineError
from marsad.events.coder import code_document
from marsad.events.contexts import ContextLexicon, assign_contexts
from marsad.events.lexicon import TriggerLexicon
from marsad.events.modality import Modality
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.places import document_countries
from marsad.lang.ar.document import segment_document
from marsad.model import Document
from marsad.placetime import PlaceTime


class Stage(Protocol):
    """A step that adds annotations to a document and returns it."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document) -> Document: ...


@dataclass(slots=True)
class ArabicStage:
    """Sentences and clitic-segmented tokens."""

    name: str = "arabic"
    requires: frozenset[str] = frozenset({"text"})
    provides: frozenset[str] = frozenset({"sentences", "tokens"})

    def __call__(self, doc: Document) -> Document:
        return segment_document(doc)


@dataclass(slots=True)
class ActorStage:
    """Actor mentions, resolved against the knowledge base on the document date."""

    lexicon: ActorLexicon
    gazetteer: Gazetteer
    name: str = "actors"
    requires: frozenset[str] = frozenset({"sentences", "tokens"})
    provides: frozenset[str] = frozenset({"actors"})

    def __call__(self, doc: Document) -> Document:
        places = doc.place_countries = document_countries(doc, gazetteer=self.gazetteer)
        actors = resolve_document(doc, self.lexicon, story_country=places.most_common(1)[0][0] if places else None)
        doc.mentions = [m for m in doc.mentions if m.actor is None] + actors
        return doc


@dataclass(slots=True)
class EventStage:
    """PLOVER events with their actors, recipients, modes and the rule that fired."""

    lexicon: TriggerLexicon
    modality: Modality
    config: Config
    version: str
    contexts: ContextLexicon
    name: str = "events"
    requires: frozenset[str] = frozenset({"sentences", "tokens", "actors"})
    provides: frozenset[str] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        doc.events = code_document(doc, self.lexicon, self.modality,
                                   max_sentence_tokens=self.config.max_sentence_tokens,
                                   lexicon_version=self.version)
        assign_contexts(doc, self.contexts)
        return doc


@dataclass(slots=True)
class PlaceTimeStage:
    """Where and when each event happened; drops background events older than the news window."""

    placetime: PlaceTime
    name: str = "placetime"
    requires: frozenset[str] = frozenset({"events", "tokens"})
    provides: frozenset[str] = frozenset({"places", "dates"})

    def __call__(self, doc: Document) -> Document:
        doc.events = self.placetime.annotate(doc)
        return doc


@dataclass(slots=True)
class Pipeline:
    """Stages in order; checked when built so a bad order fails before the first document."""

    stages: Sequence[Stage]
    provided: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        available = {"text"}
        for stage in self.stages:
            missing = stage.requires - available
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage provides")
            available |= stage.provides
        self.provided = frozenset(available)

    @classmethod
    def default(cls, *, config: Config | None = None, lexicons: Sequence[Path] = ()) -> Pipeline:
        """The full Arabic pipeline with the shipped lexicons (plus users' actor files)."""
        config = config or Config()
        actor_lexicon = ActorLexicon.load(lexicons)
        triggers = TriggerLexicon.load()
        version = f"{lexicon_version()}"
        return cls([
            ArabicStage(),
            ActorStage(actor_lexicon, Gazetteer.load()),
            EventStage(triggers, Modality.load(), config, version, ContextLexicon.load()),
            PlaceTimeStage(PlaceTime.load()),
        ])

    def __call__(self, doc: Document, *, deadline: float | None = None) -> Document:
        """Run the stages; past ``deadline`` (``time.monotonic``) the next stage raises DocumentTimeout."""
        started = time.monotonic()
        for stage in self.stages:
            if deadline is not None and time.monotonic() > deadline:
                raise DocumentTimeout(deadline - started)
            doc = stage(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every document through the stages, lazily."""
        for doc in docs:
            yield self(doc)

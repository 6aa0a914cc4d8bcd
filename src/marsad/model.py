"""The typed data model that travels between stages; offsets always index ``Document.text``."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class MentionKind(str, Enum):
    """What a mention refers to."""

    ACTOR = "actor"
    PLACE = "place"
    DATE = "date"


class Ambiguity(str, Enum):
    """Why an actor mention could be read more than one way (its other readings are in ``alternatives``)."""

    PLACE_OR_GOVERNMENT = "place-or-government"  # a capital or seat after في/بـ: where, or who
    PERSON_OR_PLACE = "person-or-place"  # the same words name a person and a place
    SEVERAL_ENTRIES = "several-entries"  # two knowledge-base (or document) entries share the words


class DatePrecision(str, Enum):
    """How much of a date the text gave."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Token:
    """A word as written, with its normalized form and clitic segmentation."""

    span: Span
    text: str
    norm: str  # orthographically normalized and folded form used for matching
    prefixes: tuple[str, ...] = ()  # proclitics, outermost first: و ف ب ل ك س ال
    stem: str = ""  # the form left when clitics are removed (folded)
    suffixes: tuple[str, ...] = ()  # enclitic pronouns: ه ها هم ...
    is_word: bool = True  # False for punctuation and digits-only tokens


@dataclass(slots=True)
class Sentence:
    """A sentence: its span and the index range of its tokens in ``Document.tokens``."""

    span: Span
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved political actor, as it appears in an event record."""

    entity_text: str
    span: Span
    code: str | None  # ISO alpha-3 or a non-state code (IGO, UNO, EUR, NGO, ISM, IMG, MNC)
    sector: str | None  # PLOVER sector code
    name: str | None = None
    identifier_id: str | None = None  # the knowledge-base entry that resolved it


@dataclass(slots=True)
class Mention:
    """An actor, place or date expression found in the text."""

    span: Span
    kind: MentionKind
    entry_id: str | None
    token_start: int = 0
    token_end: int = 0
    prefixes: tuple[str, ...] = ()  # proclitics on the first word (ل, ب, و …): they mark its role
    adjective: bool = False  # a nationality adjective qualifying a non-actor noun (القصف الروسي)
    actor: Actor | None = None
    place: Place | None = None
    date: EventDate | None = None
    # An attached pronoun or relative (عليهم، لها، الذي) standing for an earlier actor mention:
    # ``actor`` is the antecedent's actor, ``antecedent`` the antecedent's span.
    pronoun: bool = False
    antecedent: Span | None = None
    # The preposition a pronoun is attached to (folded: على، ل، ب، من، عن، الي، مع …); for
    # ل and ب it is also in ``prefixes``.
    governor: str | None = None
    # Other readings of the same words, and why there are several (None: unambiguous).
    alternatives: tuple[Actor, ...] = ()
    ambiguity: Ambiguity | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place resolved against the gazetteer."""

    extracted_place: str
    span: Span | None
    resolved_place: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: int | None = None  # 5 below city, 4 city, 3 district, 2 province, 1 country


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, and how precisely the text said so."""

    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: DatePrecision
    from_text: bool  # False when it defaulted to the publication date
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Provenance:
    """What produced a record, so a user can ask why it was coded."""

    coder_version: str
    lexicon_version: str
    rule: str


@dataclass(slots=True)
class Event:
    """A coded PLOVER event."""

    event: str
    mode: str | None
    context: list[str]
    actor: list[Actor]
    recipient: list[Actor]
    trigger: Span
    trigger_text: str
    sentence: int
    negated: bool
    confidence: float
    provenance: Provenance
    loc: Place | None = None
    date: EventDate | None = None
    doc_id: str = ""
    index: int = 0  # position among the document's events; part of the record id


@dataclass(slots=True)
class Document:
    """One article, carried through every stage; each stage adds to it."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # how often each country is named by the document's places: the story's setting, which
    # unnamed actors and ambiguous places are resolved against (filled by the actor stage)
    place_countries: Counter[str] | None = None

    def span_text(self, span: Span) -> str:
        """The document text under ``span``."""
        return self.text[span.start : span.end]

    def sentence_tokens(self, index: int) -> list[Token]:
        """The tokens of sentence ``index``."""
        sentence = self.sentences[index]
        return self.tokens[sentence.token_start : sentence.token_end]


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input set aside, with where it came from and why."""

    source: str  # file path, or "<stdin>"
    line: int | None  # 1-based line for JSONL inputs
    reason: str  # a short machine-readable code, e.g. "invalid-json"
    detail: str  # a human sentence saying what was wrong

    def describe(self) -> str:
        """``file:line: reason: detail`` as shown to users."""
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}: {self.detail}"

"""PLOVER contexts: what an event is about, from words in its sentence and in its whole document."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from marsad.datafiles import load_data, plover
from marsad.errors import LexiconError
from marsad.lang.ar.phrases import PhraseIndex
from marsad.model import Document

CONTEXTS_SCHEMA = "marsad.events.contexts/1"


@dataclass(frozen=True, slots=True)
class ContextLexicon:
    """Context cue phrases, and how many a document needs to be about a context."""

    index: PhraseIndex[str]
    document_threshold: int
    version: str

    @classmethod
    def load(cls) -> ContextLexicon:
        """The shipped context cues."""
        return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> ContextLexicon:
    data = load_data("events/contexts.yaml", CONTEXTS_SCHEMA)
    known = set(plover()["contexts"])
    index: PhraseIndex[str] = PhraseIndex()
    for context, cues in data["contexts"].items():
        if context not in known:
            raise LexiconError(f"events/contexts.yaml: {context!r} is not a PLOVER context")
        for cue in cues:
            index.add(cue, context)
    return ContextLexicon(index, int(data["document_threshold"]), f"{data['name']}@{data['version']}")


def assign_contexts(doc: Document, lexicon: ContextLexicon) -> None:
    """Give each event of ``doc`` its rule's contexts, its sentence's, and the document's main ones."""
    if not doc.events:
        return
    by_sentence: dict[int, set[str]] = {}
    counts: Counter[str] = Counter()
    for index, sentence in enumerate(doc.sentences):
        found = {m.value for m in lexicon.index.scan(doc.tokens, sentence.token_start, sentence.token_end)}
        by_sentence[index] = found
        counts.update(found)
    about = {context for context, count in counts.items() if count >= lexicon.document_threshold}
    for event in doc.events:
        event.context = sorted(set(event.context) | by_sentence.get(event.sentence, set()) | about)

"""Fill a document's sentences and tokens."""

from __future__ import annotations

from marsad.lang.ar.sentences import split_sentences
from marsad.lang.ar.tokens import tokenize
from marsad.model import Document, Sentence


def segment_document(doc: Document) -> Document:
    """Split ``doc.text`` into sentences and clitic-segmented tokens (replacing any earlier ones)."""
    doc.sentences, doc.tokens = [], []
    for span in split_sentences(doc.text):
        first = len(doc.tokens)
        doc.tokens.extend(tokenize(doc.text, span.start, span.end))
        doc.sentences.append(Sentence(span, first, len(doc.tokens)))
    return doc

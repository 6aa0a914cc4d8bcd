"""Hand-built documents for the place finder tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.geo.gazetteer import Gazetteer
from marsad.lang.ar.sentences import split_sentences
from marsad.lang.ar.tokens import tokenize
from marsad.model import Document, Sentence


def make_document(text: str) -> Document:
    """A document with sentences and tokens filled in, as the pipeline would."""
    doc = Document(id="test", text=text)
    for span in split_sentences(text):
        first = len(doc.tokens)
        doc.tokens.extend(tokenize(text, span.start, span.end))
        doc.sentences.append(Sentence(span, first, len(doc.tokens)))
    return doc


@pytest.fixture(name="make_document", scope="session")
def make_document_fixture() -> Callable[[str], Document]:
    return make_document


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()

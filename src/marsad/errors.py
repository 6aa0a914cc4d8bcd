"""Error classes with a stable code and a message that says what to do."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class: every marsad error carries a short code."""

    code = "marsad-error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(MarsadError):
    """An input file or document cannot be read as given."""

    code = "input-error"


class LexiconError(MarsadError):
    """A lexicon file is malformed; the message names the file and the entry."""

    code = "lexicon-error"


class PipelineError(MarsadError):
    """Stages were assembled in an order that cannot work."""

    code = "pipeline-error"


class StoreError(MarsadError):
    """The event store cannot be opened or queried as asked."""

    code = "store-error"

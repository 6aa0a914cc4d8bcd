"""Run configuration: one frozen object passed to the stages that need it."""

from __future__ import annotations

from dataclasses import dataclass

# A 50 MB single line of "text" is almost always a scraping accident; two megabytes
# hold the longest real news articles we have seen (about 60,000 words) many times over.
DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000
# Sentences longer than this are tables or run-on lists; the coder skips them
# rather than spending quadratic effort attaching arguments across them.
DEFAULT_MAX_SENTENCE_TOKENS = 400


@dataclass(frozen=True, slots=True)
class Config:
    """Limits and switches for a run; defaults are safe for untrusted input."""

    max_document_chars: int = DEFAULT_MAX_DOCUMENT_CHARS
    max_sentence_tokens: int = DEFAULT_MAX_SENTENCE_TOKENS
    near_duplicate_threshold: float = 0.8
    drop_duplicates: bool = True
    code_non_arabic: bool = False

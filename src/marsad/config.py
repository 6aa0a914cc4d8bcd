"""Run configuration: one frozen object passed to the stages that need it."""

from __future__ import annotations

from dataclasses import dataclass

# A 50 MB single line of "text" is almost always a scraping accident; two megabytes
# hold the longest real news articles we have seen (about 60,000 words) many times over.
DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000
# Sentences longer than this are tables or run-on lists; the coder skips them
# rather than spending quadratic effort attaching arguments across them.
DEFAULT_MAX_SENTENCE_TOKENS = 400
# Seconds the coder may spend on one document before it is set aside ("timeout"). Measured on a
# two-core machine: a long article (15,000 characters) codes in 0.1 s, 150,000 characters of
# news in 0.7 s, 2,000,000 (the size limit) in about 40 s, since coding grows faster than the
# text. A minute is far beyond any real article and stops a pathological one early.
DEFAULT_MAX_SECONDS_PER_DOCUMENT = 60.0

# marsad serve: requests a second and burst per client address. The dashboard makes a few
# requests per view and at most five a second while its time slider moves (it waits 200 ms),
# so a person never meets the limit; create_app leaves it off unless asked.
DEFAULT_API_RATE = 20.0
DEFAULT_API_BURST = 60


@dataclass(frozen=True, slots=True)
class Config:
    """Limits and switches for a run; defaults are safe for untrusted input."""

    max_document_chars: int = DEFAULT_MAX_DOCUMENT_CHARS
    max_sentence_tokens: int = DEFAULT_MAX_SENTENCE_TOKENS
    max_seconds_per_document: float | None = DEFAULT_MAX_SECONDS_PER_DOCUMENT  # None: no limit
    near_duplicate_threshold: float = 0.8
    drop_duplicates: bool = True
    code_non_arabic: bool = False

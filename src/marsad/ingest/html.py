"""Main text and metadata of an HTML page, with trafilatura and a plain fallback."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Any

import trafilatura

logger = logging.getLogger(__name__)

METADATA_KEYS = ("title", "date", "url", "sitename")

# Elements whose content is never article text.
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
     "form", "iframe", "svg", "button", "select", "object", "embed", "canvas"}
)
# Elements that end a line of text.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
     "table", "section", "article", "main", "blockquote", "pre", "hr", "dd", "dt", "figcaption",
     "body", "html"}
)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
# Pages beyond these go to the tag stripper (linear, no tree) instead of trafilatura: lxml
# caps its tree depth, but trafilatura walks the tree recursively and slowly, and no real
# article page comes near (news pages have a few thousand tags, nested a few dozen deep).
MAX_EXTRACTION_TAGS = 200_000
MAX_EXTRACTION_DEPTH = 1_000


class _TagStripper(HTMLParser):
    """Collect visible text, one line per block element, and the page title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIPPED and tag not in _VOID:
            self._skip_depth += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED and self._skip_depth > 0:
            self._skip_depth -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._skip_depth == 0:
            self.parts.append(data)


def strip_tags(html: str) -> tuple[str, str | None]:
    """Visible text of ``html`` (one line per block) and its ``<title>``, without trafilatura."""
    parser = _TagStripper()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient, but keep the promise never to raise
        logger.debug("tag stripper gave up part-way", exc_info=True)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title_parts).split()) or None
    return text, title


def _metadata(result: Any) -> dict[str, str | None]:
    """The metadata fields we keep from a trafilatura result, as strings or None."""
    meta: dict[str, str | None] = {}
    for key in METADATA_KEYS:
        value = getattr(result, key, None)
        meta[key] = value.strip() or None if isinstance(value, str) else None
    date = meta["date"]
    if date is not None:
        found = _ISO_DATE.match(date)
        meta["date"] = found.group(0) if found else None
    return meta


def too_complex(html: str) -> bool:
    """True for a page with more tags, or tags nested deeper, than trafilatura should be given."""
    if html.count("<") <= MAX_EXTRACTION_DEPTH:
        return False  # too few tags to be deep or many
    depth = tags = 0
    for match in _TAG.finditer(html):
        tags += 1
        if tags > MAX_EXTRACTION_TAGS:
            return True
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _VOID:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > MAX_EXTRACTION_DEPTH:
            return True
    return False


def extract_html(html: str) -> tuple[str, dict[str, str | None]]:
    """The main text of ``html`` and its metadata (``title``, ``date``, ``url``, ``sitename``)."""
    text = ""
    meta: dict[str, str | None] = dict.fromkeys(METADATA_KEYS)
    try:
        if too_complex(html):
            raise ValueError("the page is too deeply nested or has too many tags for trafilatura")
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            favor_precision=True,
            with_metadata=True,
            include_tables=True,
        )
    except Exception:  # lxml and trafilatura fail in many ways on broken or deeply nested pages
        logger.debug("trafilatura failed; using the tag stripper", exc_info=True)
        result = None
    if result is not None:
        meta = _metadata(result)
        raw = getattr(result, "text", None)
        text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        text, title = strip_tags(html)
        meta["title"] = meta["title"] or title
    return text, meta

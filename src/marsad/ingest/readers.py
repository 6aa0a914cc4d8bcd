"""Read documents from files, directories and stdin; set aside what cannot be read."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from marsad.config import DEFAULT_MAX_DOCUMENT_CHARS
from marsad.errors import InputError
from marsad.ingest.clean import clean_text
from marsad.ingest.encoding import decode_bytes, repair_mojibake
from marsad.ingest.html import extract_html
from marsad.ingest.language import detect_language
from marsad.model import Document, Rejection

STDIN = "-"
STDIN_SOURCE = "<stdin>"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES
# UTF-8 takes at most 4 bytes a character, and JSON's \uXXXX escapes 6 (12 for a
# surrogate pair, rare in Arabic): a file or line longer than this cannot fit.
TEXT_BYTES_PER_CHAR = 4
JSON_BYTES_PER_CHAR = 6
JSON_LINE_OVERHEAD = 65_536  # room for the other fields of a document line
# HTML markup around an article is commonly five to ten times its text.
HTML_BYTES_PER_CHAR = 10
# A first line shorter than this is taken as the title of a text file.
MAX_TITLE_CHARS = 200
SNIFF_BYTES = 8192
# A JSON line over the limit is skipped in chunks of this size, never held in memory whole.
SKIP_CHUNK_BYTES = 1 << 20
OPTIONAL_STRING_FIELDS = ("title", "url", "outlet", "lang")
KNOWN_FIELDS = frozenset({"id", "text", "date", *OPTIONAL_STRING_FIELDS})
_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?")


@dataclass(frozen=True, slots=True)
class _Options:
    """The reading options every reader needs."""

    default_date: dt.date | None
    max_chars: int
    clean: bool


class _RejectedError(Exception):
    """Internal: a document that must become a Rejection."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _too_large(size: int, unit: str, max_chars: int) -> _RejectedError:
    return _RejectedError(
        "too-large",
        f"the document has {size:,} {unit}, over the limit of {max_chars:,} characters; "
        "split it into articles or raise the limit (--max-chars)",
    )


def _content_id(text: str) -> str:
    """A stable id derived from the text: ``doc-`` and 16 hex digits of its sha256."""
    return "doc-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _parse_date(value: str) -> dt.date:
    found = _ISO_DATE.fullmatch(value.strip())
    if found is None:
        raise ValueError(value)
    return dt.date.fromisoformat(found.group(1))


def _finish(text: str, *, source: str, opts: _Options, title: str | None = None, clean: bool = True) -> str:
    """Checked and cleaned text for a document; raises _RejectedError when there is none."""
    text = _SURROGATE.sub("\ufffd", text)
    if len(text) > opts.max_chars:
        raise _too_large(len(text), "characters", opts.max_chars)
    if opts.clean and clean:
        text = clean_text(text, title=title)
    if not text.strip():
        raise _RejectedError("empty", f"{source} has no text; remove it or give it an article body")
    return text


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return decode_bytes(data)
    except InputError as exc:
        raise _RejectedError("binary", f"{exc.message}; marsad reads .txt, .html and .jsonl files") from None


def _read_bytes(path: Path, *, max_bytes: int, max_chars: int) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise _RejectedError("empty", "the file is empty; remove it or give it an article")
    if size > max_bytes:
        raise _too_large(size, "bytes", max_chars)
    return path.read_bytes()


def _text_document(data: bytes, *, source: str, opts: _Options) -> Document:
    text, encoding = _decode(data)
    text = _finish(text, source=source, opts=opts)
    lines = text.strip().split("\n")
    title = lines[0].strip() if len(lines) > 1 and len(lines[0]) <= MAX_TITLE_CHARS else None
    return Document(
        id=_content_id(text),
        text=text,
        date=opts.default_date,
        title=title,
        lang=detect_language(text),
        meta={"source": source, "encoding": encoding},
    )


def _html_document(data: bytes, *, source: str, opts: _Options) -> Document:
    html, encoding = _decode(data)
    text, page = extract_html(html)
    text = _finish(text, source=source, opts=opts, title=page["title"])
    date = opts.default_date
    if page["date"]:
        try:
            date = _parse_date(page["date"])
        except ValueError:
            date = opts.default_date
    return Document(
        id=_content_id(text),
        text=text,
        date=date,
        title=page["title"],
        url=page["url"],
        outlet=page["sitename"],
        lang=detect_language(text),
        meta={"source": source, "encoding": encoding},
    )


def _string_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value
    raise _RejectedError(
        "wrong-type", f"field {name!r} must be a string, not {type(value).__name__} ({value!r:.40})"
    )


def _record_document(record: Any, *, source: str, line: int, opts: _Options) -> Document:
    """A Document from one parsed JSON Lines record."""
    if not isinstance(record, dict):
        raise _RejectedError(
            "not-an-object", f"expected a JSON object with 'id' and 'text', got {type(record).__name__}"
        )
    doc_id = _string_field(record, "id")
    if doc_id is None or not doc_id.strip():
        raise _RejectedError("missing-id", "every document needs a non-empty string 'id'")
    text = _string_field(record, "text")
    if text is None:
        raise _RejectedError("missing-text", f"document {doc_id!r} has no 'text'; add the article body")
    fields = {name: _string_field(record, name) for name in OPTIONAL_STRING_FIELDS}
    raw_date = record.get("date")
    date = opts.default_date
    if raw_date is not None:
        if not isinstance(raw_date, str):
            detail = f"field 'date' must be an ISO date string like \"2018-02-27\", not {raw_date!r:.40}"
            raise _RejectedError("wrong-type", detail)
        try:
            date = _parse_date(raw_date)
        except ValueError:
            raise _RejectedError(
                "invalid-date", f"date {raw_date!r:.40} is not an ISO date; write it as YYYY-MM-DD"
            ) from None
    # A JSON Lines text is what the user chose to code: it is kept as given, so that every
    # offset in the output indexes the user's own text (raw .txt and .html pages are cleaned).
    text = _finish(text, source=source, opts=opts, clean=False)
    mojibake = repair_mojibake(text)
    if mojibake is not None:
        raise _RejectedError("mojibake", f"document {doc_id!r} is UTF-8 Arabic decoded as {mojibake[1]} "
                             f"({text[:12]!r} for {mojibake[0][:6]!r}); fix the scraper's decoding")
    meta: dict[str, Any] = {"source": source, "line": line}
    extra = {key: value for key, value in record.items() if key not in KNOWN_FIELDS}
    if extra:
        meta["extra"] = extra
    return Document(
        id=doc_id,
        text=text,
        date=date,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
        lang=fields["lang"] or detect_language(text),
        meta=meta,
    )


def _max_line_bytes(opts: _Options) -> int:
    return opts.max_chars * JSON_BYTES_PER_CHAR + JSON_LINE_OVERHEAD


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of ``stream``; a line longer than ``limit`` bytes is read past in chunks and given as its length."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = stream.readline(SKIP_CHUNK_BYTES)
            if not raw:
                break
            size += len(raw)
        yield size


def _jsonl_line(raw: bytes | int, *, source: str, line: int, opts: _Options) -> Document | Rejection | None:
    """The document on one JSON Lines line (or the length of a line too long to read), a Rejection, or None
    for a blank line."""
    try:
        if isinstance(raw, int) or len(raw) > _max_line_bytes(opts):
            raise _too_large(raw if isinstance(raw, int) else len(raw), "bytes", opts.max_chars)
        if line == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            return None
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _RejectedError("not-utf8", "JSON Lines must be UTF-8; re-save the file as UTF-8") from None
        try:
            record = json.loads(decoded)
        except (ValueError, RecursionError) as exc:
            detail = f"this line is not valid JSON ({exc}); fix or remove it"
            raise _RejectedError("invalid-json", detail) from None
        return _record_document(record, source=source, line=line, opts=opts)
    except _RejectedError as rejected:
        return Rejection(source, line, rejected.reason, rejected.detail)


def _jsonl_lines(lines: Iterable[bytes | int], *, source: str, opts: _Options) -> Iterator[Document | Rejection]:
    for number, raw in enumerate(lines, start=1):
        result = _jsonl_line(raw, source=source, line=number, opts=opts)
        if result is not None:
            yield result


def _sniff_binary(stream: BinaryIO) -> str | None:
    """Why the start of ``stream`` is not JSON Lines text, or None; rewinds the stream."""
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        return "the file is gzip-compressed; decompress it first (gunzip)"
    if b"\x00" in head:
        return "the file contains NUL bytes: it is binary, or UTF-16; save it as UTF-8 JSON Lines"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        return "the file holds a JSON array; marsad reads JSON Lines, one object per line (jq -c '.[]')"
    return None


def _read_jsonl_file(path: Path, *, source: str, opts: _Options) -> Iterator[Document | Rejection]:
    with path.open("rb") as stream:
        problem = _sniff_binary(stream)
        if problem is not None:
            reason = "json-array" if "array" in problem else "binary"
            yield Rejection(source, None, reason, problem)
            return
        empty = True
        for item in _jsonl_lines(_bounded_lines(stream, _max_line_bytes(opts)), source=source, opts=opts):
            empty = False
            yield item
        if empty:
            yield Rejection(source, None, "empty", "the file has no JSON lines; remove it or fill it")


def _read_file(path: Path, *, opts: _Options) -> Iterator[Document | Rejection]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, source=source, opts=opts)
        elif suffix in TEXT_SUFFIXES:
            data = _read_bytes(path, max_bytes=opts.max_chars * TEXT_BYTES_PER_CHAR, max_chars=opts.max_chars)
            yield _text_document(data, source=source, opts=opts)
        elif suffix in HTML_SUFFIXES:
            data = _read_bytes(path, max_bytes=opts.max_chars * HTML_BYTES_PER_CHAR, max_chars=opts.max_chars)
            yield _html_document(data, source=source, opts=opts)
        else:
            yield Rejection(
                source, None, "unsupported-file",
                f"marsad reads {', '.join(sorted(SUPPORTED_SUFFIXES))} files; convert or rename this one",
            )
    except _RejectedError as rejected:
        yield Rejection(source, None, rejected.reason, rejected.detail)
    except OSError as exc:
        detail = f"cannot read the file ({exc.strerror}); check its permissions"
        yield Rejection(source, None, "unreadable", detail)


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory``, depth first in name order (as ``find | sort`` lists them)."""
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _read_stdin(stream: BinaryIO, *, opts: _Options) -> Iterator[Document | Rejection]:
    """JSON Lines if the first non-blank line is a JSON object, otherwise one text document."""
    head: list[bytes | int] = []
    for raw in _bounded_lines(stream, _max_line_bytes(opts)):
        head.append(raw)
        if isinstance(raw, int) or raw.strip():
            break
    first = head[-1] if head else b""
    stripped = b"" if isinstance(first, int) else first.strip().removeprefix(b"\xef\xbb\xbf")
    if isinstance(first, int) or (stripped.startswith(b"{") and stripped.endswith(b"}")):
        yield from _jsonl_lines(_chain(head, _bounded_lines(stream, _max_line_bytes(opts))), source=STDIN_SOURCE,
                                opts=opts)
        return
    limit = opts.max_chars * TEXT_BYTES_PER_CHAR
    data = b"".join(raw for raw in head if isinstance(raw, bytes))
    data += stream.read(max(0, limit + 1 - len(data)))
    try:
        if not data.strip():
            raise _RejectedError("empty", "nothing was given on standard input")
        if len(data) > limit:
            raise _too_large(len(data), "bytes or more", opts.max_chars)
        yield _text_document(data, source=STDIN_SOURCE, opts=opts)
    except _RejectedError as rejected:
        yield Rejection(STDIN_SOURCE, None, rejected.reason, rejected.detail)


def _chain(head: list[bytes | int], rest: Iterable[bytes | int]) -> Iterator[bytes | int]:
    yield from head
    yield from rest


def read_documents(
    inputs: Sequence[str],
    *,
    default_date: dt.date | None = None,
    max_chars: int = DEFAULT_MAX_DOCUMENT_CHARS,
    clean: bool = True,
) -> Iterator[Document | Rejection]:
    """Documents from files, directories and ``-`` (stdin), with a Rejection for each input set aside."""
    opts = _Options(default_date=default_date, max_chars=max_chars, clean=clean)
    for name in inputs:
        if name == STDIN:
            yield from _read_stdin(sys.stdin.buffer, opts=opts)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, opts=opts)
        elif path.exists():
            yield from _read_file(path, opts=opts)
        else:
            yield Rejection(name, None, "not-found", "no such file or directory; check the path")

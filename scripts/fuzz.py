"""Fuzz the readers, the Arabic layer and the whole coder with seeded random inputs; report crashes.

    python scripts/fuzz.py --inputs 100000 --seed 8 --workers 2
    python scripts/fuzz.py --seed 8 --replay 4711     # run one input again, with its traceback

Input ``i`` of seed ``s`` is generated from ``random.Random(f"{s}:{i}")`` alone, so every
crash is reproducible by its index. Each input is a text (our own Arabic sentences cut,
spliced and salted with diacritics, presentation forms, bidi and control characters, lone
surrogates, other scripts, odd spaces) or raw bytes built from one (re-encoded, truncated,
mojibaked, bit-flipped, wrapped in HTML or a JSON line with wrong-typed fields). A text goes
through normalize, the sentence splitter, the tokenizer, clean_text, language detection, the
deduplicator and the whole pipeline, whose records must index the text exactly; bytes go
through decode_bytes and the .txt, .html and .jsonl readers. A crash is an exception other
than the documented rejections, or a broken invariant (offsets, idempotent normalization).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Our own sentences (the project's test style): the seeds every mutation starts from.
SENTENCES = (
    "قصفت الطائرات الحربية الروسية مدينة خان شيخون في ريف إدلب الجنوبي أمس، ما أدى إلى مقتل خمسة مدنيين.",
    "اعتقلت قوات الأمن المصرية عشرات المتظاهرين في القاهرة يوم الجمعة.",
    "التقى وزير الخارجية التركي نظيره الإيراني في أنقرة لبحث الأزمة السورية.",
    "لم تقصف الطائرات الروسية مدينة إدلب أمس، بحسب المرصد.",
    "وقال المتحدث باسم الحكومة العراقية إن الجيش سيطر على الموصل.",
    "طالبت الأمم المتحدة إسرائيل بوقف الاستيطان في الضفة الغربية.",
    "د. محمد أحمد: «نرفض التدخل الأجنبي في شؤوننا».",
    "أعلنت السعودية فرض عقوبات على ٣ شركات إيرانية في ١٥ آذار ٢٠١٩.",
)
# Characters that break naive text handling, by kind.
SALT = {
    "diacritics": "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640",
    "presentation": "\ufefb\ufef5\ufe8d\ufe91\ufed7\ufeeb\ufdf2\ufdfa\ufc5e\ufe70\ufe72\ufefc",
    "bidi": "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200b\u200c\u200d\ufeff",
    "control": "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f\r\t",
    "surrogate": "\ud800\udbff\udc00\udfff",
    "spaces": "\u00a0\u2000\u2009\u202f\u3000\u2028\u2029\u1680\n\n",
    "punctuation": ".!?؟۔…،؛:«»\"'()[]{}<>&#_/\\|-–—",
    "digits": "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵",
    "other scripts": "Русскийעבריתελληνικά中文日本語한국어हिन्दीไทยپچژگکی",
    "astral": "\U0001f600\U0001f1f8\U0001f1fe\U00010000\U0010ffff\U0001d400",
    "noncharacters": "\ufdd0\ufdef\ufffe\uffff\ufffd",
}
JSON_FIELD_VALUES: tuple[Any, ...] = (None, 0, 1.5, True, [], {}, "", " ", "2019-05-16", "2019-02-30", "x" * 300,
                                      "16/05/2019", "2019-05-16T10:00:00Z", ["a"], {"nested": [1, 2]})
CODECS = ("utf-8", "utf-16", "utf-16-le", "utf-32", "cp1256", "latin-1", "cp1252", "iso-8859-6", "utf-8-sig")


def random_text(rng: random.Random) -> str:
    """A text: our sentences, mutated."""
    parts = [rng.choice(SENTENCES) for _ in range(rng.randint(0, 4))]
    text = rng.choice((" ", "\n", "", "\n\n", ". ")).join(parts)
    for _ in range(rng.randint(0, 12)):
        op = rng.random()
        pos = rng.randint(0, len(text))
        if op < 0.45:  # salt
            kind = rng.choice(tuple(SALT))
            text = text[:pos] + "".join(rng.choice(SALT[kind]) for _ in range(rng.randint(1, 6))) + text[pos:]
        elif op < 0.6:  # any code point, surrogates included
            text = text[:pos] + chr(rng.randint(0, 0x10FFFF)) + text[pos:]
        elif op < 0.75 and text:  # delete a slice
            end = min(len(text), pos + rng.randint(1, 30))
            text = text[:pos] + text[end:]
        elif op < 0.85 and text:  # duplicate a slice
            end = min(len(text), pos + rng.randint(1, 60))
            text = text[:pos] + text[pos:end] * rng.randint(2, 5) + text[pos:]
        elif op < 0.92:  # a long run (run-on sentence, tatweel flood, spaces)
            text = text[:pos] + rng.choice(("و ", "\u0640", " ", "،", "ال", "a")) * rng.randint(50, 800) + text[pos:]
        else:  # swap two halves
            text = text[pos:] + text[:pos]
    return text


def _encode(rng: random.Random, text: str) -> bytes:
    codec = rng.choice(CODECS)
    errors = rng.choice(("replace", "ignore", "surrogatepass" if "utf" in codec else "replace"))
    data = text.encode(codec, errors=errors)
    if rng.random() < 0.15:  # mojibake: UTF-8 read as a single-byte code page, saved as UTF-8
        data = text.encode("utf-8", "replace").decode(rng.choice(("cp1252", "latin-1", "cp1256")), "replace").encode()
    return data


def random_bytes(rng: random.Random, text: str) -> tuple[str, bytes]:
    """``(reader kind, bytes)``: the text as a .txt, .html or .jsonl input, damaged."""
    kind = rng.choice(("txt", "html", "jsonl"))
    if kind == "html":
        depth = rng.choice((0, 1, 5, 50, 2000))
        tag = rng.choice(("div", "p", "span", "table", "b", "article", "li", "script", "title", "!--"))
        page = (f"<html><head><title>{text[:40]}</title><meta name='date' content='2019-05-16'></head><body>"
                + f"<{tag}>" * depth + text + f"</{tag}>" * rng.choice((0, depth)) + "</body></html>")
        data = _encode(rng, page)
    elif kind == "jsonl":
        lines = []
        for number in range(rng.randint(1, 4)):
            record: dict[str, Any] = {"id": f"f{number}", "text": text, "date": "2019-05-16"}
            fields = ("id", "text", "date", "title", "url", "outlet", "lang", "extra")
            for name in rng.sample(fields, rng.randint(0, 3)):
                if rng.random() < 0.3:
                    record.pop(name, None)
                else:
                    record[name] = rng.choice(JSON_FIELD_VALUES)
            line = json.dumps(record, ensure_ascii=rng.random() < 0.3)
            if rng.random() < 0.2:  # truncated line
                line = line[: rng.randint(0, len(line))]
            lines.append(line)
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
    else:
        data = _encode(rng, text)
    if rng.random() < 0.2 and data:  # flip bytes
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        data = bytes(damaged)
    if rng.random() < 0.1:  # truncate mid-character
        data = data[: rng.randint(0, len(data))]
    if rng.random() < 0.05:
        data = rng.choice((b"\x1f\x8b\x08", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"[", b"\x00")) + data
    return kind, data


@dataclass
class Report:
    """What a shard tried and what broke."""

    inputs: int = 0
    calls: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    crashes: list[dict[str, Any]] = field(default_factory=list)


class InvariantError(AssertionError):
    """A property of the output that must hold did not."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise InvariantError(message)


class Targets:
    """The functions under test, loaded once per process."""

    def __init__(self) -> None:
        from marsad.api import default_pipeline
        from marsad.engine.coding import code_one
        from marsad.ingest import readers
        from marsad.ingest.clean import clean_text
        from marsad.ingest.dedupe import Deduplicator
        from marsad.ingest.encoding import decode_bytes
        from marsad.ingest.language import detect_language
        from marsad.lang.ar.normalize import normalize, normalize_with_offsets
        from marsad.lang.ar.sentences import split_sentences
        from marsad.lang.ar.tokens import tokenize
        from marsad.output.records import offset_problems

        self.readers = readers
        self.pipeline = default_pipeline()
        self.code_one = code_one
        self.clean_text, self.detect_language, self.decode_bytes = clean_text, detect_language, decode_bytes
        self.normalize, self.normalize_with_offsets = normalize, normalize_with_offsets
        self.split_sentences, self.tokenize, self.offset_problems = split_sentences, tokenize, offset_problems
        self.dedupe = Deduplicator()
        self.options = readers._Options(default_date=None, max_chars=200_000, clean=True)

    def text(self, text: str, index: int, calls: Counter[str], outcomes: Counter[str]) -> None:
        from marsad.model import Document, Rejection

        calls["normalize"] += 1
        result = self.normalize_with_offsets(text)
        _require(result.text == self.normalize(text), "normalize_with_offsets and normalize differ")
        _require(self.normalize(result.text) == result.text, "normalize is not idempotent")
        _require(len(result.origin) == len(result.text) + 1, "origin map has the wrong length")
        calls["sentences"] += 1
        for span in self.split_sentences(text):
            _require(0 <= span.start < span.end <= len(text), f"sentence span {span} outside the text")
        calls["tokens"] += 1
        for token in self.tokenize(text):
            _require(text[token.span.start:token.span.end] == token.text, f"token {token.text!r} misplaced")
        calls["clean_text"] += 1
        self.clean_text(text, title=text[:30] or None)
        calls["language"] += 1
        self.detect_language(text)
        calls["dedupe"] += 1
        self.dedupe.check(f"t{index}", text)
        calls["pipeline"] += 1
        date = dt.date(2019, 5, 16) if index % 2 else None  # relative dates resolve only against a date
        coded = self.code_one(Document(f"fuzz-{index}", text, date), self.pipeline, seconds=60)
        if isinstance(coded, Rejection):
            if coded.reason == "timeout":
                outcomes["coder timeout"] += 1
                return
            raise InvariantError(f"the coder failed: {coded.detail}")
        outcomes["events"] += len(coded.records)
        for record in coded.records:
            problems = self.offset_problems(record, text)
            _require(not problems, "; ".join(problems))

    def data(self, kind: str, data: bytes, calls: Counter[str], outcomes: Counter[str]) -> None:
        import io

        from marsad.errors import InputError
        from marsad.model import Document

        readers = self.readers
        calls["decode_bytes"] += 1
        try:
            decoded, _ = self.decode_bytes(data)
            _require(isinstance(decoded, str), "decode_bytes returned no text")
        except InputError:
            outcomes["decode refused"] += 1
        calls[f"read {kind}"] += 1
        items: list[Any] = []
        try:
            if kind == "txt":
                items = [readers._text_document(data, source="fuzz.txt", opts=self.options)]
            elif kind == "html":
                items = [readers._html_document(data, source="fuzz.html", opts=self.options)]
            else:
                stream = io.BytesIO(data)
                problem = readers._sniff_binary(stream)
                if problem is None:
                    items = list(readers._jsonl_lines(readers._bounded_lines(stream, readers._max_line_bytes(
                        self.options)), source="fuzz.jsonl", opts=self.options))
        except readers._RejectedError as rejected:
            outcomes[f"rejected {rejected.reason}"] += 1
        for item in items:
            if isinstance(item, Document):
                outcomes["documents"] += 1
                _require(isinstance(item.text, str) and item.text.strip() != "", "a document without text")
            else:
                outcomes[f"rejected {item.reason}"] += 1


def _run_one(targets: Targets, seed: int, index: int, report: Report) -> None:
    rng = random.Random(f"{seed}:{index}")
    text = random_text(rng)
    report.inputs += 1
    as_bytes = rng.random() < 0.5
    try:
        if as_bytes:
            kind, data = random_bytes(rng, text)
            targets.data(kind, data, report.calls, report.outcomes)
        else:
            targets.text(text, index, report.calls, report.outcomes)
    except Exception as exc:  # a crash: record it and go on
        report.crashes.append({"index": index, "error": f"{type(exc).__name__}: {exc}"[:500],
                               "input": repr(data[:300] if as_bytes else text[:300]),
                               "where": traceback.format_exc().strip().splitlines()[-3][:300]})


def run_shard(args: tuple[int, int, int]) -> Report:
    seed, start, stop = args
    targets = Targets()
    report = Report()
    for index in range(start, stop):
        _run_one(targets, seed, index, report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--replay", type=int, help="run input INDEX alone and show its traceback")
    args = parser.parse_args(argv)
    if args.replay is not None:
        rng = random.Random(f"{args.seed}:{args.replay}")
        text = random_text(rng)
        targets = Targets()
        report = Report()
        if rng.random() < 0.5:
            kind, data = random_bytes(rng, text)
            print(f"bytes for the {kind} reader: {data[:500]!r}")
            targets.data(kind, data, report.calls, report.outcomes)
        else:
            print(f"text: {text[:500]!r}")
            targets.text(text, args.replay, report.calls, report.outcomes)
        print("no crash", dict(report.outcomes))
        return 0
    started = time.monotonic()
    shards = max(1, args.workers) * 8
    bounds = [(args.seed, args.inputs * i // shards, args.inputs * (i + 1) // shards) for i in range(shards)]
    total = Report()
    run: Callable[..., Any]
    with multiprocessing.get_context("spawn").Pool(max(1, args.workers)) as pool:
        run = pool.imap_unordered
        for report in run(run_shard, bounds):
            total.inputs += report.inputs
            total.calls.update(report.calls)
            total.outcomes.update(report.outcomes)
            total.crashes.extend(report.crashes)
            print(f"  {total.inputs:,} inputs, {len(total.crashes)} crashes, {time.monotonic() - started:.0f} s",
                  file=sys.stderr, flush=True)
    print(f"seed {args.seed}: inputs tried {total.inputs:,}, crashes {len(total.crashes)}, "
          f"{time.monotonic() - started:.0f} s on {args.workers} workers")
    print("calls: " + ", ".join(f"{k} {v:,}" for k, v in sorted(total.calls.items())))
    print("outcomes: " + ", ".join(f"{k} {v:,}" for k, v in sorted(total.outcomes.items())))
    by_error = Counter(c["error"].split(":")[0] + " @ " + c["where"] for c in total.crashes)
    for error, count in by_error.most_common(20):
        example = next(c for c in total.crashes if c["error"].split(":")[0] + " @ " + c["where"] == error)
        print(f"crash x{count}: {error}\n    e.g. input {example['index']}: {example['error'][:200]}")
    return 1 if total.crashes else 0


if __name__ == "__main__":
    sys.exit(main())

"""Tests for marsad.ingest.readers."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from marsad.ingest.readers import read_documents
from marsad.model import Document, Rejection

TITLE = "الحكومة اللبنانية تعلن خطة طوارئ للكهرباء"
BODY = (
    "أعلنت الحكومة اللبنانية، الأربعاء، خطة طوارئ لتأمين الكهرباء خلال فصل الصيف بعد انقطاع "
    "استمر ساعات طويلة في بيروت والجنوب.\n"
    "وقال وزير الطاقة إن الخطة تعتمد على شحنات وقود من العراق وتمويل من البنك الدولي."
)
ARTICLE = f"{TITLE}\n{BODY}\n"
DAY = dt.date(2021, 7, 14)

PAGE = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="article:published_time" content="2021-07-10"></head><body>
<nav><a href="/">الرئيسية</a></nav><article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in BODY.split(chr(10)))}
<p>وأضاف الوزير أن المحطات ستعمل بطاقتها الكاملة مطلع الشهر المقبل إذا وصلت الشحنات في موعدها.</p>
</article></body></html>"""


def _read(*paths: Path | str, **options: object) -> list[Document | Rejection]:
    return list(read_documents([str(p) for p in paths], **options))  # type: ignore[arg-type]


def _only(results: list[Document | Rejection]) -> Document | Rejection:
    assert len(results) == 1, results
    return results[0]


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_txt_document(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = _only(_read(path, default_date=DAY))
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE.strip()
    assert doc.title == TITLE
    assert doc.date == DAY
    assert doc.lang == "ar"
    assert doc.id.startswith("doc-") and len(doc.id) == 20
    assert doc.meta["source"] == str(path)


def test_txt_id_is_stable_across_encodings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    first, second = _read(tmp_path / "a.txt", tmp_path / "b.txt")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id


def test_windows_1256_file(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    doc = _only(_read(path))
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE.strip()
    assert doc.meta["encoding"] == "windows-1256"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\xc2\xa0\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("empty.html", b"", "empty"),
        ("empty.jsonl", b"", "empty"),
        ("archive.jsonl", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary"),
        ("array.json", b'[{"id": "a", "text": "x"}]', "json-array"),
        ("notes.md", b"# notes", "unsupported-file"),
    ],
)
def test_unreadable_files_are_rejected(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    results = _read(path)
    rejection = _only(results)
    assert isinstance(rejection, Rejection)
    assert rejection.reason == reason
    assert rejection.source == str(path)
    assert rejection.detail


def test_missing_path(tmp_path: Path) -> None:
    rejection = _only(_read(tmp_path / "nowhere.txt"))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "not-found"


def test_jsonl_document_fields(tmp_path: Path) -> None:
    record = {"id": "lb-1", "text": BODY, "title": TITLE, "date": "2021-07-14", "url": "https://example.org/1",
              "outlet": "المرصد", "lang": "ar", "section": "politics"}
    path = _jsonl(tmp_path / "docs.jsonl", [json.dumps(record, ensure_ascii=False)])
    doc = _only(_read(path))
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.title, doc.date, doc.url, doc.outlet, doc.lang) == (
        "lb-1", BODY, TITLE, DAY, "https://example.org/1", "المرصد", "ar"
    )
    assert doc.meta == {"source": str(path), "line": 1, "extra": {"section": "politics"}}


def test_jsonl_keeps_given_lang_and_detects_missing_one(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "docs.jsonl", [
        json.dumps({"id": "a", "text": BODY, "lang": "xx"}),
        json.dumps({"id": "b", "text": "The minister said the plan relies on fuel shipments from Iraq."}),
    ])
    first, second = _read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.lang == "xx"
    assert second.lang == "en"


def test_jsonl_default_date_only_when_missing(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "docs.jsonl", [
        json.dumps({"id": "a", "text": BODY}),
        json.dumps({"id": "b", "text": BODY, "date": "2020-01-02T10:00:00Z"}),
    ])
    first, second = _read(path, default_date=DAY)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.date == DAY
    assert second.date == dt.date(2020, 1, 2)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x", "text": "قصف على', "invalid-json"),
        ('{"id": "x", "text": "نص"} trailing', "invalid-json"),
        ('["id", "text"]', "not-an-object"),
        ('{"id": "x"}', "missing-text"),
        ('{"id": "x", "text": null}', "missing-text"),
        ('{"text": "وصل الوفد إلى القاهرة."}', "missing-id"),
        ('{"id": 17, "text": "وصل الوفد إلى القاهرة."}', "wrong-type"),
        ('{"id": "x", "text": ["وصل", "الوفد"]}', "wrong-type"),
        ('{"id": "x", "text": "وصل الوفد إلى القاهرة.", "date": 20210714}', "wrong-type"),
        ('{"id": "x", "text": "وصل الوفد إلى القاهرة.", "date": "14/07/2021"}', "invalid-date"),
        ('{"id": "x", "text": "وصل الوفد إلى القاهرة.", "date": "2021-02-30"}', "invalid-date"),
        ('{"id": "x", "text": "وصل الوفد إلى القاهرة.", "title": 5}', "wrong-type"),
        ('{"id": "x", "text": "   "}', "empty"),
        ("[" * 100_000, "invalid-json"),
    ],
)
def test_bad_jsonl_line_is_rejected_and_the_others_read(tmp_path: Path, line: str, reason: str) -> None:
    good = json.dumps({"id": "good-1", "text": BODY}, ensure_ascii=False)
    later = json.dumps({"id": "good-2", "text": BODY}, ensure_ascii=False)
    path = _jsonl(tmp_path / "docs.jsonl", [good, "", line, later])
    results = _read(path)
    assert [type(r).__name__ for r in results] == ["Document", "Rejection", "Document"]
    rejection = results[1]
    assert isinstance(rejection, Rejection)
    assert (rejection.reason, rejection.line, rejection.source) == (reason, 3, str(path))
    assert results[2].meta["line"] == 4  # type: ignore[union-attr]


def test_jsonl_line_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b'{"id": "a", "text": "' + "قصف".encode("cp1256") + b'"}\n')
    rejection = _only(_read(path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "not-utf8"


def test_text_over_max_chars(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "docs.jsonl", [json.dumps({"id": "a", "text": BODY})])
    rejection = _only(_read(path, max_chars=50))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "too-large"


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_50_megabyte_single_line_is_rejected(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"huge{suffix}"
    chunk = "قصف " * 1000
    with path.open("w", encoding="utf-8") as out:
        if suffix == ".jsonl":
            out.write('{"id": "huge", "text": "')
        while out.tell() < 50_000_000:
            out.write(chunk)
        if suffix == ".jsonl":
            out.write('"}')
    rejection = _only(_read(path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "too-large"
    assert "limit" in rejection.detail


def test_html_document(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = _only(_read(path, default_date=DAY))
    assert isinstance(doc, Document)
    assert doc.title == TITLE
    assert doc.date == dt.date(2021, 7, 10)
    assert doc.lang == "ar"
    assert "خطة طوارئ لتأمين الكهرباء" in doc.text
    assert "الرئيسية" not in doc.text
    assert not doc.text.startswith(TITLE)


def test_html_without_date_uses_default(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    undated = PAGE.replace('<meta property="article:published_time" content="2021-07-10">', "")
    path.write_text(undated, encoding="utf-8")
    doc = _only(_read(path, default_date=DAY))
    assert isinstance(doc, Document)
    assert doc.date == DAY


def test_directory_mixing_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    _jsonl(tmp_path / "b" / "docs.jsonl", [json.dumps({"id": "j1", "text": BODY}), "{oops"])
    (tmp_path / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "c.ndjson").write_text(json.dumps({"id": "n1", "text": BODY}) + "\n", encoding="utf-8")
    results = _read(tmp_path)
    summary = [
        (Path(r.meta["source"]).name, r.id) if isinstance(r, Document) else (Path(r.source).name, r.reason)
        for r in results
    ]
    assert summary[0][0] == "a.txt"
    assert summary[1:] == [
        ("docs.jsonl", "j1"),
        ("docs.jsonl", "invalid-json"),
        ("page.html", summary[3][1]),
        ("photo.jpg", "unsupported-file"),
        ("c.ndjson", "n1"),
    ]
    assert summary[3][1].startswith("doc-")


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode("utf-8"), ["Document"]),
        (("\n" + json.dumps({"id": "s1", "text": BODY}) + "\n{bad\n").encode(), ["Document", "invalid-json"]),
        (b"", ["empty"]),
        (b"\x00\x01\x02\x03", ["binary"]),
    ],
    ids=["text", "jsonl", "empty", "binary"],
)
def test_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    results = _read("-")
    assert [r.reason if isinstance(r, Rejection) else "Document" for r in results] == expected
    for result in results:
        source = result.source if isinstance(result, Rejection) else result.meta["source"]
        assert source == "<stdin>"


def test_stdin_jsonl_line_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join([json.dumps({"id": "s1", "text": BODY}), "{bad", json.dumps({"id": "s2", "text": BODY})])
    monkeypatch.setattr(sys, "stdin", _Stdin(data.encode()))
    results = _read("-")
    assert [r.line if isinstance(r, Rejection) else r.meta["line"] for r in results] == [1, 2, 3]


def test_nothing_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.bin").write_bytes(b"\x00")
    (tmp_path / "y.txt").write_text(ARTICLE, encoding="utf-8")
    _read(tmp_path)
    assert capsys.readouterr() == ("", "")


def test_clean_can_be_switched_off(tmp_path: Path) -> None:
    text = "سطر أول  فيه   مسافات.\n\nسطر ثان."
    path = _jsonl(tmp_path / "docs.jsonl", [json.dumps({"id": "a", "text": text})])
    doc = _only(_read(path, clean=False))
    assert isinstance(doc, Document)
    assert doc.text == text

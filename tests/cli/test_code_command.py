"""``marsad code`` run as a real process: good input, every output route, and bad input set aside.

Every process this module needs is started once, concurrently, by the ``runs`` fixture (each
costs a second or two of imports and lexicon loading); the tests then read their results.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer

from marsad.cli.main import app
from marsad.datafiles import data_path
from marsad.output.records import CSV_COLUMNS
from marsad.version import __version__

PLOVER = json.loads(data_path("plover.json").read_text(encoding="utf-8"))
# Written out here rather than read from plover.json, so a change to the data file shows up.
EVENT_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
QUAD_CODES = frozenset({"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"})
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
ENTITY_FIELDS = frozenset({"entity_text", "code", "sector", "name", "identifier_id", "start", "end"})
RECORD_FIELDS = frozenset({
    "id", "doc_id", "event", "mode", "context", "actor", "recipient", "event_loc", "date", "date_precision",
    "event_text", "text_info", "trigger", "negated", "quad_code", "score", "confidence", "coder",
})
DATE_BY_PRECISION = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
SUMMARY = re.compile(r"documents read (\d+), coded (\d+), duplicates (\d+)(?: \([^)]*\))?, "
                     r"rejected (\d+); events written (\d+)")
# Wide enough that no rejection line is wrapped; one test below checks the default width.
WIDE = "1000"
NARROW = "80"
# A bad input must be set aside in seconds, however large; the bound allows for a loaded machine.
MAX_SECONDS = 30

# Our own sentences about real actors; each is a one- or two-sentence news lead.
QATAR_ACCUSES = "اتهمت قطر السعودية أمس بدعم الإرهاب."
CAIRO_VISIT = ("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الروسي سيرغي لافروف. "
               "وبحث الجانبان الأوضاع في ليبيا وسوريا.")
SHAYRAT_STRIKE = ("قصفت الولايات المتحدة فجر اليوم قاعدة الشعيرات الجوية في ريف حمص بتسعة وخمسين صاروخا "
                  "من طراز توماهوك. وأدانت روسيا الضربة الأميركية ووصفتها بأنها عدوان على دولة ذات سيادة.")
BAGHDAD_DEMAND = ("طالبت الحكومة العراقية الولايات المتحدة بسحب قواتها من البلاد، فيما تظاهر آلاف العراقيين "
                  "في بغداد احتجاجا على الغارة.")
GOLD_MARKET = "شهدت أسواق الذهب في دبي اليوم إقبالا كبيرا من المتسوقين قبل العيد."
DOHA_LEGACY = ("اتهمت قطر السعودية أمس بدعم الإرهاب، وقالت وزارة الخارجية القطرية في بيان إن الحصار "
               "المفروض على الدوحة منذ عام يخالف القانون الدولي.")
UNCLEAN_TEXT = "  اتهمت  قطر السعودية أمس بدعم الإرهاب."
TURKEY_PAGE = (
    "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
    "<title>تركيا تقصف مواقع لحزب العمال الكردستاني شمالي العراق</title>"
    "<meta property='article:published_time' content='2021-04-24T09:30:00+03:00'></head><body>"
    "<nav><a href='/'>الرئيسية</a> <a href='/news'>أخبار</a></nav><article>"
    "<h1>تركيا تقصف مواقع لحزب العمال الكردستاني شمالي العراق</h1>"
    "<p>قصفت مقاتلات تركية اليوم مواقع لحزب العمال الكردستاني في منطقة متينا شمالي العراق، "
    "بحسب ما أعلنت وزارة الدفاع التركية في بيان.</p>"
    "<p>وأدانت وزارة الخارجية العراقية القصف التركي واعتبرته انتهاكا للسيادة العراقية.</p>"
    "<p>وتشن تركيا منذ سنوات عمليات عسكرية ضد مسلحي الحزب الذي تصنفه منظمة إرهابية.</p>"
    "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
)

GOOD_DOCUMENTS = (
    {"id": "qna-2018-0503", "date": "2018-05-03", "outlet": "marsad tests", "text": QATAR_ACCUSES},
    {"id": "mena-2019-0614", "date": "2019-06-14", "title": "السيسي يستقبل لافروف", "text": CAIRO_VISIT},
    {"id": "afp-2017-0407", "date": "2017-04-07", "text": SHAYRAT_STRIKE},
    {"id": "ina-2020-0103", "date": "2020-01-03", "text": BAGHDAD_DEMAND},
    {"id": "wam-2021-0511", "date": "2021-05-11", "text": GOLD_MARKET},
)
TEXTS = {d["id"]: d["text"] for d in GOOD_DOCUMENTS}
DATES = ("2019-06-14", "2021-01-10")


@dataclass(frozen=True)
class Result:
    """What one ``marsad`` process did."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def summary(self) -> dict[str, int]:
        found = SUMMARY.search(self.stderr)
        assert found is not None, f"no summary line on stderr:\n{self.stderr}"
        return dict(zip(("read", "coded", "duplicates", "rejected", "written"), map(int, found.groups()), strict=True))


@dataclass(frozen=True)
class Call:
    """One ``marsad`` command line to run."""

    args: tuple[str | Path, ...]
    stdin: bytes = b""
    columns: str = WIDE


def marsad(call: Call) -> Result:
    """Run ``python -m marsad.cli.main`` as a process; stdin is empty unless given."""
    env = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR", "NO_COLOR")}
    env["COLUMNS"] = call.columns
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "marsad.cli.main", *map(str, call.args)], input=call.stdin,
                          capture_output=True, env=env, timeout=120, check=False)
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"),
                  time.monotonic() - started)


def write_jsonl(path: Path, documents: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    return path


def check_entity(entity: dict[str, Any], text: str) -> None:
    assert set(entity) >= ENTITY_FIELDS
    assert text[entity["start"] : entity["end"]] == entity["entity_text"]
    code = entity["code"]
    assert code is None or code in NONSTATE_CODES or re.fullmatch(r"[A-Z]{3}", code)
    assert entity["sector"] is None or entity["sector"] in PLOVER["sectors"]


def check_record(record: dict[str, Any], text: str) -> None:
    """``record`` follows spec/EVENT_FORMAT.md, with offsets that index ``text``."""
    assert set(record) >= RECORD_FIELDS
    assert re.fullmatch(rf"{re.escape(record['doc_id'])}:e\d+", record["id"])
    event = record["event"]
    assert event in EVENT_TYPES
    allowed_modes = PLOVER["modes"].get(event, []) + (PLOVER["aid_modes_marsad_extension"] if event == "AID" else [])
    assert record["mode"] is None or record["mode"] in allowed_modes
    assert isinstance(record["context"], list)
    assert record["actor"], "an event has at least one actor"
    for entity in record["actor"] + record["recipient"]:
        check_entity(entity, text)
    info = record["text_info"]
    assert info["sequence"] >= 0
    assert text[info["start"] : info["end"]] == record["event_text"]
    trigger = record["trigger"]
    assert text[trigger["start"] : trigger["end"]] == trigger["text"]
    assert info["start"] <= trigger["start"] < trigger["end"] <= info["end"]
    if record["date"] is not None:
        assert re.fullmatch(DATE_BY_PRECISION[record["date_precision"]], record["date"])
    if record["event_loc"] is not None:
        assert record["event_loc"]["extracted_place"]
    assert isinstance(record["negated"], bool)
    assert record["quad_code"] in QUAD_CODES and event in PLOVER["quad_class"][record["quad_code"]]
    scores = PLOVER["scores"]
    assert record["score"] == scores.get(f"{event}:{record['mode']}", scores[event])
    assert 0.0 <= record["confidence"] <= 1.0
    coder = record["coder"]
    assert coder["name"] == "marsad" and coder["version"] == __version__
    assert re.fullmatch(r"ar(\.[a-z0-9-]+)+", coder["rule"])


# --- bad inputs, each written by a function --------------------------------------------------

FIFTY_MB = 50 * 1024 * 1024


def _fifty_mb(path: Path, *, prefix: bytes = b"", suffix: bytes = b"") -> None:
    """A single 50 MB line of Arabic words, written in large chunks."""
    chunk = "\u0627\u0644\u062d\u0631\u0628 ".encode() * 100_000  # "الحرب " — about 1 MB
    with path.open("wb") as handle:
        handle.write(prefix)
        for _ in range(FIFTY_MB // len(chunk) + 1):
            handle.write(chunk)
        handle.write(suffix)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _nul_binary(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def _gzipped(path: Path) -> None:
    path.write_bytes(gzip.compress(json.dumps(GOOD_DOCUMENTS[0], ensure_ascii=False).encode("utf-8"), mtime=0))


def _invalid_json(path: Path) -> None:
    lines = [json.dumps(GOOD_DOCUMENTS[1], ensure_ascii=False),
             '{"id": "broken-1", "text": "قصفت إسرائيل مواقع',
             json.dumps(GOOD_DOCUMENTS[2], ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _no_text(path: Path) -> None:
    write_jsonl(path, [GOOD_DOCUMENTS[1], {"id": "headline-only", "title": "السيسي يستقبل لافروف"},
                       GOOD_DOCUMENTS[2]])


def _huge_text(path: Path) -> None:
    _fifty_mb(path)


def _huge_jsonl(path: Path) -> None:
    _fifty_mb(path, prefix=b'{"id": "runaway", "text": "', suffix=b'"}\n')


@dataclass(frozen=True)
class BadInput:
    name: str  # the file name
    make: Callable[[Path], None]
    reason: str  # the rejection reason expected on stderr
    line: int | None  # the JSONL line reported, None for a whole file
    good_inside: int  # good documents in the same file, which must still be coded

    @property
    def key(self) -> str:
        return f"{self.name}-{self.reason}"


BAD_INPUTS = (
    BadInput("empty.txt", _empty, "empty", None, 0),
    BadInput("empty.html", _empty, "empty", None, 0),
    BadInput("scan.txt", _nul_binary, "binary", None, 0),
    BadInput("archive.jsonl", _gzipped, "binary", None, 0),
    BadInput("wire.jsonl", _invalid_json, "invalid-json", 2, 2),
    BadInput("wire.jsonl", _no_text, "missing-text", 2, 2),
    BadInput("runaway.txt", _huge_text, "too-large", None, 0),
    BadInput("runaway.jsonl", _huge_jsonl, "too-large", 1, 0),
)


@dataclass(frozen=True)
class Runs:
    """The folder the inputs were written to, and each run's result by name."""

    root: Path
    results: dict[str, Result]

    def __getitem__(self, name: str) -> Result:
        return self.results[name]

    def bad_path(self, bad: BadInput) -> Path:
        return self.root / "bad" / bad.key / bad.name


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    """Write every input, run every command concurrently, return the results."""
    root = tmp_path_factory.mktemp("code")
    articles = write_jsonl(root / "articles.jsonl", GOOD_DOCUMENTS)
    first_only = write_jsonl(root / "first.jsonl", GOOD_DOCUMENTS[:1])
    lead = root / "lead.txt"
    lead.write_text(CAIRO_VISIT + "\n", encoding="utf-8")
    (root / "copy").mkdir()
    lead_copy = root / "copy" / "lead.txt"
    lead_copy.write_text(CAIRO_VISIT + "\n", encoding="utf-8")

    folder = root / "news"
    (folder / "html").mkdir(parents=True)
    (folder / "lead.txt").write_text(QATAR_ACCUSES + "\n", encoding="utf-8")
    write_jsonl(folder / "wire.jsonl", GOOD_DOCUMENTS[1:3])
    (folder / "html" / "page.html").write_text(TURKEY_PAGE, encoding="utf-8")

    twice = [{"id": "qna-1", "date": "2018-05-03", "text": QATAR_ACCUSES},
             {"id": "alj-7", "date": "2018-05-03", "text": QATAR_ACCUSES}]
    write_jsonl(root / "twice.jsonl", twice)
    legacy = root / "legacy.txt"
    legacy.write_bytes(DOHA_LEGACY.encode("cp1256"))
    empty_jsonl = root / "empty.jsonl"
    empty_jsonl.write_bytes(b"")
    deep = root / "a-rather-long-folder-name-as-archives-have" / "2018" / "05" / "wire.jsonl"
    deep.parent.mkdir(parents=True)
    _invalid_json(deep)
    same_id = write_jsonl(root / "same-id.jsonl", [{**GOOD_DOCUMENTS[0], "id": "same"},
                                                   {**GOOD_DOCUMENTS[1], "id": "same"}])
    unclean = write_jsonl(root / "unclean.jsonl", [{"id": "ws", "date": "2018-05-03", "text": UNCLEAN_TEXT}])

    bad_paths = []
    for bad in BAD_INPUTS:
        path = root / "bad" / bad.key / bad.name
        path.parent.mkdir(parents=True)
        bad.make(path)
        bad_paths.append(path)

    stdin_jsonl = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in GOOD_DOCUMENTS[:2]).encode("utf-8")
    calls = {
        "good": Call(("code", articles)),
        "csv": Call(("code", articles, "--format", "csv", "-o", root / "events.csv")),
        "parquet": Call(("code", articles, "--format", "parquet", "-o", root / "parquet")),
        "bad-date": Call(("code", lead, "--date", "14/06/2019")),
        "stdin-jsonl": Call(("code", "-"), stdin=stdin_jsonl),
        "stdin-text": Call(("code", "-", "--date", "2018-05-03"), stdin=(QATAR_ACCUSES + "\n").encode("utf-8")),
        "folder": Call(("code", folder, "--date", "2018-05-03")),
        "twice": Call(("code", root / "twice.jsonl")),
        "twice-kept": Call(("code", root / "twice.jsonl", "--keep-duplicates")),
        "text-twice": Call(("code", lead, lead_copy, "--date", "2019-06-14")),
        "cp1256": Call(("code", legacy, "--date", "2018-05-03")),
        "missing": Call(("code", root / "nowhere.jsonl", first_only)),
        "all-bad": Call(("code", *bad_paths, articles)),
        "empty-jsonl": Call(("code", empty_jsonl)),
        "narrow": Call(("code", deep), columns=NARROW),
        "same-id": Call(("code", same_id)),
        "unclean": Call(("code", unclean)),
        **{f"date-{date}": Call(("code", lead, "--date", date)) for date in DATES},
        **{f"bad-{bad.key}": Call(("code", path, first_only)) for bad, path in zip(BAD_INPUTS, bad_paths, strict=True)},
    }
    with ThreadPoolExecutor(max_workers=(os.cpu_count() or 2) + 1) as pool:
        futures = {name: pool.submit(marsad, call) for name, call in calls.items()}
        return Runs(root, {name: future.result() for name, future in futures.items()})


# --- good input ---------------------------------------------------------------------------------


def test_good_jsonl_exits_0_and_prints_only_the_summary(runs: Runs) -> None:
    result = runs["good"]
    assert result.returncode == 0, result.stderr
    assert result.summary() == {"read": 5, "coded": 5, "duplicates": 0, "rejected": 0,
                                "written": len(result.records())}
    assert result.stderr.strip().splitlines() == [
        f"documents read 5, coded 5, duplicates 0, rejected 0; events written {len(result.records())}"]


def test_good_jsonl_records_follow_the_event_format(runs: Runs) -> None:
    records = runs["good"].records()
    assert len(records) >= 4
    for record in records:
        check_record(record, TEXTS[record["doc_id"]])
    assert len({r["id"] for r in records}) == len(records)
    assert {r["doc_id"] for r in records} >= {"qna-2018-0503", "mena-2019-0614", "afp-2017-0407"}


def test_a_clear_accusation_is_coded_as_qatar_accusing_saudi_arabia(runs: Runs) -> None:
    [record] = [r for r in runs["good"].records() if r["doc_id"] == "qna-2018-0503"]
    assert record["event"] == "ACCUSE"
    assert [a["code"] for a in record["actor"]] == ["QAT"]
    assert [r["code"] for r in record["recipient"]] == ["SAU"]
    assert record["trigger"]["text"] == "اتهمت"
    assert (record["date"], record["date_precision"]) == ("2018-05-02", "day")  # "أمس" before 2018-05-03
    assert record["quad_code"] == "verbal_conflict"


def test_a_visit_in_cairo_is_a_consult_by_the_visitor(runs: Runs) -> None:
    # استقبل السيسي لافروف: in a visit the visitor acts (PLOVER CONSULT visit), the host receives
    records = [r for r in runs["good"].records() if r["doc_id"] == "mena-2019-0614"]
    assert [r["event"] for r in records][:1] == ["CONSULT"]
    assert records[0]["actor"][0]["code"] == "RUS"
    assert {r["code"] for r in records[0]["recipient"]} == {"EGY"}


def test_a_document_without_events_writes_no_record(runs: Runs) -> None:
    assert not [r for r in runs["good"].records() if r["doc_id"] == "wam-2021-0511"]


def test_csv_output_has_the_header_and_one_row_per_event(runs: Runs) -> None:
    result = runs["csv"]
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # -o sends the records to the file
    content = (runs.root / "events.csv").read_text(encoding="utf-8")
    assert content.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(content, newline="")))
    expected = runs["good"].records()
    assert len(rows) == len(expected) == result.summary()["written"]
    assert [row["id"] for row in rows] == [r["id"] for r in expected]
    assert all(row["event"] in EVENT_TYPES for row in rows)
    first = next(row for row in rows if row["doc_id"] == "qna-2018-0503")
    assert (first["actor_code"], first["recipient_code"], first["rule"]) == ("QAT", "SAU", "ar.accuse.accuse")


def test_parquet_output_holds_the_records_in_partitions(runs: Runs) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    result = runs["parquet"]
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    parts = sorted((runs.root / "parquet").glob("part-*.parquet"))
    assert parts
    records = [json.loads(text) for part in parts for text in pq.read_table(part).column("record").to_pylist()]
    assert records == runs["good"].records() and len(records) == result.summary()["written"]
    assert pq.read_table(parts[0]).column_names == [*CSV_COLUMNS, "record"]


@pytest.mark.parametrize("date", DATES)
def test_date_option_dates_a_text_file(runs: Runs, date: str) -> None:
    result = runs[f"date-{date}"]
    assert result.returncode == 0, result.stderr
    records = result.records()
    assert records and records[0]["event"] == "CONSULT"
    assert {r["date"] for r in records} == {date}  # "اليوم" is the publication day
    assert all(re.fullmatch(r"doc-[0-9a-f]{16}", r["doc_id"]) for r in records)


def test_a_malformed_date_option_is_a_usage_error(runs: Runs) -> None:
    result = runs["bad-date"]
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
    assert result.stdout == ""


def test_stdin_jsonl(runs: Runs) -> None:
    result = runs["stdin-jsonl"]
    assert result.returncode == 0, result.stderr
    assert {r["doc_id"] for r in result.records()} == {"qna-2018-0503", "mena-2019-0614"}
    assert result.summary()["read"] == 2


def test_stdin_plain_text_with_date(runs: Runs) -> None:
    result = runs["stdin-text"]
    assert result.returncode == 0, result.stderr
    [record] = result.records()
    check_record(record, QATAR_ACCUSES)
    assert (record["event"], record["date"]) == ("ACCUSE", "2018-05-02")


def test_a_folder_of_mixed_files(runs: Runs) -> None:
    result = runs["folder"]
    assert result.returncode == 0, result.stderr
    assert result.summary()["read"] == result.summary()["coded"] == 4
    records = result.records()
    doc_ids = {r["doc_id"] for r in records}
    assert {"mena-2019-0614", "afp-2017-0407"} <= doc_ids
    generated = doc_ids - {"mena-2019-0614", "afp-2017-0407"}
    assert len(generated) == 2 and all(re.fullmatch(r"doc-[0-9a-f]{16}", d) for d in generated)
    turkish = [r for r in records if r["trigger"]["text"] == "قصفت" and r["actor"][0]["code"] == "TUR"]
    assert turkish and {r["date"] for r in turkish} == {"2021-04-24"}  # the page's own date wins over --date
    for record in records:
        if record["doc_id"] in TEXTS:
            check_record(record, TEXTS[record["doc_id"]])
        elif record["event"] == "ACCUSE" and record["actor"][0]["code"] == "QAT":
            check_record(record, QATAR_ACCUSES)  # the .txt file, stored as written


# --- duplicates -----------------------------------------------------------------------------------


def test_the_same_article_twice_is_coded_once(runs: Runs) -> None:
    result = runs["twice"]
    assert result.returncode == 0, result.stderr  # a duplicate is not a rejection
    assert result.summary() == {"read": 2, "coded": 1, "duplicates": 1, "rejected": 0, "written": 1}
    assert {r["doc_id"] for r in result.records()} == {"qna-1"}


def test_the_same_text_file_twice_is_coded_once(runs: Runs) -> None:
    result = runs["text-twice"]
    assert result.returncode == 0, result.stderr
    summary = result.summary()
    assert (summary["read"], summary["coded"], summary["duplicates"]) == (2, 1, 1)


def test_keep_duplicates_codes_both(runs: Runs) -> None:
    result = runs["twice-kept"]
    assert result.summary() == {"read": 2, "coded": 2, "duplicates": 0, "rejected": 0, "written": 2}
    assert {r["doc_id"] for r in result.records()} == {"qna-1", "alj-7"}


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[bad.key for bad in BAD_INPUTS])
def test_bad_input_is_reported_and_the_rest_is_coded(runs: Runs, bad: BadInput) -> None:
    result = runs[f"bad-{bad.key}"]
    assert result.seconds < MAX_SECONDS
    assert result.returncode == 1, result.stderr
    path = runs.bad_path(bad)
    where = f"{path}:{bad.line}" if bad.line is not None else str(path)
    assert re.search(rf"^\s*{re.escape(where)}: {re.escape(bad.reason)}: \S", result.stderr, re.MULTILINE), \
        result.stderr
    assert f"rejected: {bad.reason}: 1" in result.stderr
    assert "Traceback" not in result.stderr
    summary = result.summary()
    assert summary["rejected"] == 1
    assert summary["read"] == summary["coded"] == 1 + bad.good_inside
    doc_ids = {r["doc_id"] for r in result.records()}
    assert "qna-2018-0503" in doc_ids  # the good file after the bad one is still coded
    if bad.good_inside:
        assert {"mena-2019-0614", "afp-2017-0407"} <= doc_ids  # lines around the bad one too


def test_everything_bad_at_once_is_counted_in_the_summary(runs: Runs) -> None:
    result = runs["all-bad"]
    assert result.returncode == 1
    for bad in BAD_INPUTS:
        assert str(runs.bad_path(bad)) in result.stderr
    # The two wire files and articles.jsonl share documents: repeats are duplicates, not rejections.
    assert result.summary() == {"read": 2 + 2 + len(GOOD_DOCUMENTS), "coded": len(GOOD_DOCUMENTS),
                                "duplicates": 4, "rejected": len(BAD_INPUTS), "written": len(result.records())}


def test_windows_1256_text_is_coded_not_rejected(runs: Runs) -> None:
    with pytest.raises(UnicodeDecodeError):
        (runs.root / "legacy.txt").read_bytes().decode("utf-8")  # the file really is not UTF-8
    result = runs["cp1256"]
    assert result.returncode == 0, result.stderr
    assert result.summary()["rejected"] == 0
    records = result.records()
    for record in records:
        check_record(record, DOHA_LEGACY)
    accusations = [r for r in records if r["event"] == "ACCUSE" and r["actor"][0]["code"] == "QAT"]
    assert accusations and accusations[0]["recipient"][0]["code"] == "SAU"


def test_a_missing_file_is_reported_and_exits_1(runs: Runs) -> None:
    result = runs["missing"]
    assert result.returncode == 1
    assert f"{runs.root / 'nowhere.jsonl'}: not-found:" in result.stderr
    assert [r["doc_id"] for r in result.records()] == ["qna-2018-0503"]


# --- defects found and fixed: these tests keep them fixed ---------------------------------------


def test_an_empty_jsonl_file_is_reported(runs: Runs) -> None:
    result = runs["empty-jsonl"]
    assert f"{runs.root / 'empty.jsonl'}: empty:" in result.stderr
    assert result.returncode == 1


def test_rejections_stay_on_one_line_at_the_default_width(runs: Runs) -> None:
    deep = runs.root / "a-rather-long-folder-name-as-archives-have" / "2018" / "05" / "wire.jsonl"
    assert f"{deep}:2: invalid-json: " in runs["narrow"].stderr


def test_options_suggested_in_rejections_exist(runs: Runs) -> None:
    stderr = runs["bad-runaway.txt-too-large"].stderr
    suggested = set(re.findall(r"--[a-z][a-z-]+", stderr))
    assert suggested, stderr
    command = typer.main.get_command(app)
    options = {opt for param in command.commands["code"].params for opt in param.opts}  # type: ignore[attr-defined]
    assert suggested <= options


def test_repeated_document_ids_do_not_give_repeated_record_ids(runs: Runs) -> None:
    result = runs["same-id"]
    ids = [r["id"] for r in result.records()]
    assert ids and len(ids) == len(set(ids))
    assert "duplicate-id" in result.stderr  # the second text under the same id is set aside, and said so


def test_offsets_index_the_jsonl_text_as_given(runs: Runs) -> None:
    [record] = runs["unclean"].records()
    check_record(record, UNCLEAN_TEXT)

"""``marsad clean``, ``demo``, ``explain`` and ``--version`` run as real processes (started concurrently)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from marsad.version import __version__

EVENT_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
WIDE = "1000"
NARROW = "80"

TITLE = "الأردن يستدعي السفير الإسرائيلي احتجاجا على اقتحام المسجد الأقصى"
LEAD = ("استدعت وزارة الخارجية الأردنية اليوم السفير الإسرائيلي في عمان وسلمته مذكرة احتجاج رسمية "
        "على اقتحام قوات الاحتلال باحات المسجد الأقصى فجر اليوم.")
BODY = (
    "وقال الناطق باسم الوزارة إن المملكة ترفض أي مساس بالوضع التاريخي والقانوني القائم في القدس، "
    "وطالب الحكومة الإسرائيلية بوقف الانتهاكات فورا.",
    "وأدانت جامعة الدول العربية في بيان الاقتحام ودعت مجلس الأمن الدولي إلى تحمل مسؤولياته في حماية المقدسات.",
    "وكانت السلطة الفلسطينية قد حذرت الأسبوع الماضي من تصعيد إسرائيلي في المدينة خلال فترة الأعياد اليهودية.",
)
READ_ALSO = "اقرأ أيضًا: مصر تدين اقتحام المستوطنين للمسجد الأقصى"
COMMENTS = ("التعليقات (2)", "خالد من الزرقاء: موقف مشرف من الخارجية", "أم أحمد: حسبنا الله ونعم الوكيل")
# As a scraper leaves it: title and lead twice, a related-link line inside the body, comments at the end.
SCRAPED = "\n\n".join([TITLE, TITLE, LEAD, LEAD, BODY[0], READ_ALSO, BODY[1], BODY[2], "\n".join(COMMENTS)]) + "\n"

ACCUSATION = "اتهمت قطر السعودية أمس بدعم الإرهاب"
NEGATED = "لم تفرض الولايات المتحدة عقوبات جديدة على إيران"


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def marsad(args: tuple[str, ...], stdin: bytes = b"", columns: str = WIDE) -> Result:
    env = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR", "NO_COLOR")}
    env["COLUMNS"] = columns
    done = subprocess.run([sys.executable, "-m", "marsad.cli.main", *args], input=stdin, capture_output=True,
                          env=env, timeout=120, check=False)
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Result]:
    root = tmp_path_factory.mktemp("commands")
    page = root / "page.txt"
    page.write_text(SCRAPED, encoding="utf-8")
    calls = {
        "clean": (("clean", str(page), "--date", "2022-04-15"), b"", WIDE),
        "demo": (("demo",), b"", WIDE),
        "demo-narrow": (("demo",), b"", NARROW),
        "explain": (("explain", ACCUSATION, "--date", "2018-05-03"), b"", WIDE),
        "explain-narrow": (("explain", ACCUSATION, "--date", "2018-05-03"), b"", NARROW),
        "explain-negated": (("explain", NEGATED), b"", WIDE),
        "explain-json-stdin": (("explain", "-", "--json"), NEGATED.encode("utf-8"), WIDE),
        "version": (("--version",), b"", WIDE),
    }
    with ThreadPoolExecutor(max_workers=(os.cpu_count() or 2) + 1) as pool:
        futures = {name: pool.submit(marsad, *call) for name, call in calls.items()}
        return {name: future.result() for name, future in futures.items()}


def test_clean_drops_repeats_related_links_and_comments(runs: dict[str, Result]) -> None:
    result = runs["clean"]
    assert result.returncode == 0, result.stderr
    assert "documents written 1, rejected 0" in result.stderr
    [line] = result.stdout.splitlines()
    document = json.loads(line)
    text = document["text"]
    assert document["date"] == "2022-04-15"
    assert document["title"] == TITLE
    assert text.count(TITLE) == 1
    assert text.count(LEAD) == 1
    assert all(text.count(sentence) == 1 for sentence in BODY)
    assert "اقرأ" not in text
    assert not any(comment in text for comment in COMMENTS)
    assert "التعليقات" not in text
    assert re.fullmatch(r"doc-[0-9a-f]{16}", document["id"])


def _event_types(table: str) -> set[str]:
    """The event types in the demo table's ``event`` column."""
    return set(re.findall(r"│\s*([A-Z]+)\s*│", table)) & EVENT_TYPES


@pytest.mark.parametrize("width", ["demo", "demo-narrow"])
def test_demo_shows_many_event_types(runs: dict[str, Result], width: str) -> None:
    result = runs[width]
    assert result.returncode == 0, result.stderr
    assert "marsad demo" in result.stdout
    assert len(_event_types(result.stdout)) >= 8, sorted(_event_types(result.stdout))
    found = re.search(r"documents read (\d+), coded (\d+), duplicates \d+, rejected (\d+); events shown (\d+)",
                      result.stdout)
    assert found is not None
    read, coded, rejected, shown = map(int, found.groups())
    assert read == coded > 0 and rejected == 0 and shown >= 8


def test_explain_names_the_rule_that_coded_the_event(runs: dict[str, Result]) -> None:
    result = runs["explain"]
    assert result.returncode == 0, result.stderr
    assert "ar.accuse.accuse" in result.stdout
    assert re.search(r"قطر → QAT GOV", result.stdout)
    assert re.search(r"ACCUSE.*coded", result.stdout)


def test_explain_marks_a_negated_event(runs: dict[str, Result]) -> None:
    result = runs["explain-negated"]
    assert result.returncode == 0, result.stderr
    assert re.search(r"SANCTION.*negated", result.stdout)
    assert "coded" not in result.stdout.replace("not counted", "")


def test_explain_json_from_stdin(runs: dict[str, Result]) -> None:
    result = runs["explain-json-stdin"]
    assert result.returncode == 0, result.stderr
    [sentence] = json.loads(result.stdout)
    assert sentence["text"] == NEGATED
    [candidate] = sentence["candidates"]
    assert (candidate["event"], candidate["status"]) == ("SANCTION", "negated")
    assert candidate["decision"].startswith("negated")
    assert {a["code"] for a in sentence["actors"]} == {"USA", "IRN"}


def test_explain_names_the_rule_at_the_default_width(runs: dict[str, Result]) -> None:
    assert "ar.accuse.accuse" in runs["explain-narrow"].stdout


def test_version(runs: dict[str, Result]) -> None:
    result = runs["version"]
    assert result.returncode == 0
    assert result.stdout.strip() == f"marsad {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_demo_examples_are_bundled() -> None:
    from marsad.cli.demo import EXAMPLES
    from marsad.datafiles import data_path

    assert all(Path(data_path(name)).is_file() for name in EXAMPLES)

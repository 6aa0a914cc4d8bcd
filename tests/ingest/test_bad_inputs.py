"""Everything a scraper leaves behind, through a real ``marsad code``: each input coded or set aside with
file, line and reason; the run goes on; the summary and exit status say what happened."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from marsad.ingest.encoding import decode_bytes, repair_mojibake
from marsad.ingest.html import MAX_EXTRACTION_DEPTH, extract_html, too_complex
from marsad.ingest.language import detect_language

SENTENCE = "قصفت الطائرات الحربية الروسية مدينة خان شيخون في ريف إدلب أمس، ما أدى إلى مقتل خمسة مدنيين."
OTHER = "اعتقلت قوات الأمن المصرية عشرات المتظاهرين في القاهرة يوم الجمعة."


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


JSONL_LINES = {  # line number → the reason it is set aside (None: coded)
    1: (_line(id="ok", text=SENTENCE, date="2019-05-16"), None),
    2: ('{"id": "cut", "text": "قصفت الطائ', "invalid-json"),
    3: (_line(id=5, text=OTHER), "wrong-type"),
    4: (_line(id="list", text=["a"]), "wrong-type"),
    5: (_line(id="num-date", text=OTHER, date=20190516), "wrong-type"),
    6: (_line(id="bad-date", text=OTHER, date="16/05/2019"), "invalid-date"),
    7: (_line(id="empty", text=""), "empty"),
    8: (_line(id="no-text"), "missing-text"),
    9: (_line(id="english", text="Russian warplanes bombed the city of Idlib yesterday, killing five people."),
        "not-arabic"),
    10: (_line(id="chinese", text="俄罗斯战机昨天轰炸了伊德利卜市，造成五名平民死亡。"), "not-arabic"),
    11: ("[1, 2, 3]", "not-an-object"),
    12: ('{"id": "deep", "text": ' + "[" * 20_000 + "]" * 20_000 + "}", "invalid-json"),
    13: (_line(id="mojibake", text=OTHER.encode().decode("latin-1")), "mojibake"),
    14: (_line(id="bidi", text="\u202e\u2066" + OTHER + "\u2069\x07\x1b[0m"), None),
    15: (_line(id="too-big", text="ب" * 250_000), "too-large"),
}


def _write_corpus(folder: Path) -> dict[str, str | None]:
    """Bad inputs of every kind; returns ``where`` (as the summary prints it) → reason (None: coded)."""
    folder.mkdir()
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (folder / name).write_bytes(data)
        expected[str(folder / name)] = reason

    put("random.bin.txt", bytes(random.Random(8).randrange(1, 256) for _ in range(4000)) + b"\x00", "binary")
    put("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary")
    put("archive.jsonl", b"\x1f\x8b\x08\x00" + bytes(64), "binary")
    put("array.json", b'[{"id": "a", "text": "x"}]', "json-array")
    put("empty.txt", b"", "empty")
    put("blank.txt", b"  \n\n\t ", "empty")
    put("report.pdf", b"%PDF-1.4", "unsupported-file")
    put("truncated.txt", OTHER.encode()[:-1], None)  # a cut final character becomes U+FFFD
    put("windows.txt", ("وفي القاهرة " + OTHER).encode("cp1256"), None)
    put("utf16.txt", ("وفي الإسكندرية " + OTHER).encode("utf-16"), None)
    put("mixed.txt", SENTENCE.encode() + b"\n" + OTHER.encode("cp1256"), None)
    put("mojibake.txt", ("\u0645\u0648\u0636\u0648\u0639: " + OTHER).encode().decode("cp1256", "replace").encode(),
        None)
    put("nested.html", ("<html><body>" + "<div>" * 100_000 + OTHER + "</div>" * 100_000 + "</body></html>").encode(),
        None)
    huge = folder / "huge-line.jsonl"  # a 50 MB single line, then a good one
    with huge.open("w", encoding="utf-8") as f:
        f.write('{"id": "huge", "text": "' + "ا" * 25_000_000 + '"}\n')
        f.write(_line(id="after-huge", text="وقال المتحدث إن " + SENTENCE) + "\n")
    expected[f"{huge}:1"] = "too-large"
    expected[f"{huge}:2"] = None
    lines = folder / "docs.jsonl"
    lines.write_text("\n".join(line for line, _ in JSONL_LINES.values()) + "\n", encoding="utf-8")
    expected.update({f"{lines}:{n}": reason for n, (_, reason) in JSONL_LINES.items()})
    return expected


def test_every_bad_input_is_coded_or_set_aside_with_its_place_and_reason(tmp_path: Path) -> None:
    expected = _write_corpus(tmp_path / "corpus")
    result = subprocess.run([sys.executable, "-m", "marsad.cli.main", "code", str(tmp_path / "corpus"), "--max-chars",
                             "200000", "--keep-duplicates", "-o", str(tmp_path / "events.jsonl")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr  # some inputs set aside, the rest coded
    set_aside = {line.strip().split(": ")[0]: line.strip().split(": ")[1]
                 for line in result.stderr.splitlines() if line.startswith("    ")}
    assert set_aside == {where: reason for where, reason in expected.items() if reason is not None}
    coded = sum(1 for reason in expected.values() if reason is None)
    rejected = len(expected) - coded
    assert f"documents read {coded + 2}, coded {coded}," in result.stderr  # + the two not-arabic lines
    assert f"rejected {rejected};" in result.stderr
    assert (tmp_path / "events.jsonl").read_text(encoding="utf-8").count("\n") > 0


def test_mojibake_is_repaired_and_plain_arabic_left_alone() -> None:
    for codec in ("cp1252", "latin-1", "cp1256"):
        garbled = OTHER.encode().decode(codec, "replace")
        repaired = repair_mojibake(garbled)
        if codec != "cp1252":  # cp1252 has holes (0x81, 0x8d ...): replaced bytes cannot come back
            assert repaired == (OTHER, codec)
    assert repair_mojibake(OTHER) is None
    assert repair_mojibake("Ørsted og Ålborg") is None
    text, encoding = decode_bytes(OTHER.encode().decode("latin-1").encode())
    assert (text, encoding) == (OTHER, "utf-8 (mojibake repaired: UTF-8 read as latin-1)")


def test_lines_in_two_encodings_are_each_decoded() -> None:
    text, encoding = decode_bytes(SENTENCE.encode() + b"\n" + OTHER.encode("cp1256"))
    assert text == SENTENCE + "\n" + OTHER
    assert "windows-1256" in encoding


def test_presentation_forms_are_arabic() -> None:
    assert detect_language("\ufed7\ufebb\ufed4\ufe97 \ufe8d\ufedf\ufec4\ufe8e\ufe8b\ufeae\ufe8d\ufe95 \ufe8d\ufedf"
                           "\ufeae\ufeed\ufeb3\ufef4\ufe93 \ufee3\ufeaa\ufef3\ufee8\ufe93") == "ar"


def test_deep_or_huge_pages_skip_trafilatura_but_keep_their_text() -> None:
    deep = "<div>" * (MAX_EXTRACTION_DEPTH + 1) + OTHER + "</div>" * (MAX_EXTRACTION_DEPTH + 1)
    assert too_complex(deep)
    assert not too_complex("<html><body>" + "<p>x</p><br>" * 2_000 + "</body></html>")
    assert extract_html(deep)[0] == OTHER


def test_a_document_over_max_seconds_is_set_aside_and_the_next_is_coded(tmp_path: Path) -> None:
    source = tmp_path / "slow.jsonl"
    source.write_text(_line(id="slow", text=(SENTENCE + "\n") * 3_000) + "\n"
                      + _line(id="quick", text=SENTENCE, date="2019-05-16") + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "marsad.cli.main", "code", str(source), "--max-seconds", "0.2",
                             "--keep-duplicates"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"{source}:1: timeout: document slow took longer than 0.2 s" in result.stderr
    assert '"doc_id": "quick"' in result.stdout

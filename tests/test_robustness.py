"""Any text through the whole coder: no exception, every offset indexes the text; the time limit."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import marsad
from marsad.api import default_pipeline
from marsad.engine.coding import CodedDocument, code_one
from marsad.engine.timeout import DocumentTimeout, time_limit
from marsad.model import Document, Rejection
from marsad.output.records import offset_problems

# Our own sentences, cut into words the strategies below recombine with hostile characters.
SENTENCES = (
    "قصفت الطائرات الحربية الروسية مدينة خان شيخون في ريف إدلب أمس، ما أدى إلى مقتل خمسة مدنيين.",
    "اعتقلت قوات الأمن المصرية عشرات المتظاهرين في القاهرة يوم الجمعة.",
    "لم يلتق وزير الخارجية التركي نظيره الإيراني في أنقرة، وقال إنه سيزور طهران.",
    "أعلنت السعودية فرض عقوبات على ٣ شركات إيرانية في ١٥ آذار ٢٠١٩.",
)
WORDS = sorted({word for sentence in SENTENCES for word in sentence.split()})
HOSTILE = (
    "\u064e\u0651\u0640"  # harakat, shadda, tatweel
    "\ufefb\ufed7\ufe8d\ufdf2"  # presentation forms
    "\u200f\u202e\u2066\u2069\u200d\ufeff"  # bidi marks, overrides, isolates, zero-width joiner, BOM
    "\x00\x07\x1b\x85\r\t\n\u2028\u00a0"  # control characters and odd line breaks
    "\ud800\udfff\ufffd\U0001f600"  # lone surrogates, replacement character, astral
    ".،؛؟«»:()"  # punctuation
    "Zя中"  # other scripts
)
arabic_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=HOSTILE, min_size=1, max_size=3),
                                 st.sampled_from((" ", " ", "\n", ". "))), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=300), arabic_text)


def _records(text: str, date: dt.date | None) -> list[dict[str, object]]:
    return marsad.code(Document("prop", text, date), include_negated=True).records()


@given(text=any_text, dated=st.booleans())
def test_the_coder_takes_any_text_and_every_offset_indexes_it(text: str, dated: bool) -> None:
    for record in _records(text, dt.date(2019, 5, 16) if dated else None):
        assert offset_problems(record, text) == []


@given(text=any_text)
def test_code_accepts_any_plain_string(text: str) -> None:
    coded = marsad.code(text, date="2019-05-16")  # a plain string is cleaned first: offsets index the clean text
    for record in coded.records():
        assert offset_problems(record, coded.documents[record["doc_id"]].text) == []


def test_hostile_characters_around_a_sentence_keep_its_event() -> None:
    sentence = SENTENCES[0]
    hostile = "\u202e\u2066" + sentence.replace(" ", " \u200f") + "\u2069\x07"
    records = _records(hostile, dt.date(2019, 5, 16))
    assert any(r["event"] == "ASSAULT" for r in records)
    assert all(offset_problems(r, hostile) == [] for r in records)


def _presentation_forms(text: str) -> str:
    """``text`` with every letter written as a presentation form (as old PDF exports write Arabic)."""
    forms: dict[str, str] = {}
    for code in range(0xFE70, 0xFEFD):
        letter = unicodedata.normalize("NFKC", chr(code))
        if len(letter) == 1:
            forms.setdefault(letter, chr(code))
    return "".join(forms.get(ch, ch) for ch in text)


def test_presentation_forms_code_like_letters() -> None:
    text = _presentation_forms(SENTENCES[0])
    assert text != SENTENCES[0]
    expected = [(r["event"], r["trigger"]["start"]) for r in _records(SENTENCES[0], dt.date(2019, 5, 16))]
    assert expected
    assert [(r["event"], r["trigger"]["start"]) for r in _records(text, dt.date(2019, 5, 16))] == expected


LONG = "\n".join(SENTENCES) * 400


def test_a_document_over_its_time_limit_is_set_aside_and_the_coder_goes_on() -> None:
    pipeline = default_pipeline()
    slow = code_one(Document("slow", LONG, None, meta={"source": "big.jsonl", "line": 3}), pipeline, seconds=0.05)
    assert isinstance(slow, Rejection)
    assert (slow.source, slow.line, slow.reason) == ("big.jsonl", 3, "timeout")
    # the interrupted document left nothing behind: the next one codes as in a fresh pipeline
    after = code_one(Document("after", SENTENCES[0], dt.date(2019, 5, 16)), pipeline, seconds=30)
    assert isinstance(after, CodedDocument)
    assert after.records == marsad.code(Document("after", SENTENCES[0], dt.date(2019, 5, 16))).records()


def test_a_timeout_lost_where_it_was_raised_comes_again() -> None:
    # as when the timer fires inside a garbage-collector callback, which can only report the exception
    swallowed, started = 0, time.monotonic()
    with pytest.raises(DocumentTimeout), time_limit(0.05):
        while time.monotonic() - started < 2.0:  # a one-shot timer would let this loop run out
            try:
                while time.monotonic() - started < 2.0:
                    pass
            except DocumentTimeout:
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2 and time.monotonic() - started < 1.0


def test_a_time_limit_of_none_never_interrupts() -> None:
    with time_limit(None) as deadline:
        assert deadline is None


def test_off_the_main_thread_the_pipeline_checks_the_deadline_between_stages() -> None:
    with pytest.raises(DocumentTimeout):
        default_pipeline()(Document("late", SENTENCES[0], None), deadline=0.0)

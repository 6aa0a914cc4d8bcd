from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.lang.ar.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات حلب. وقتل عشرة مدنيين.", ["قصفت الطائرات حلب.", "وقتل عشرة مدنيين."]),
        ("هل تنسحب القوات؟ لا أحد يعرف!", ["هل تنسحب القوات؟", "لا أحد يعرف!"]),
        ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
        ("قال د. محمد البرادعي إن الوضع خطير.", ["قال د. محمد البرادعي إن الوضع خطير."]),
        ("بلغ النمو 3.5 في المئة. وتراجع التضخم.", ["بلغ النمو 3.5 في المئة.", "وتراجع التضخم."]),
        ("وقال: «لن ننسحب.» ثم غادر.", ["وقال: «لن ننسحب.»", "ثم غادر."]),
        ("\n\n  \n", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


@given(st.text())
def test_sentences_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for span in split_sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end

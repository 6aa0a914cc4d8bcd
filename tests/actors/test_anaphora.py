from __future__ import annotations

import pytest

import marsad


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("استنكرت حركة فتح تصريحات السفير القطري. وطالبت الحركة السفير القطري بالتراجع عن مواقفه.", ("PSE", "PTY")),
        ("أعلنت منظمة الصحة العالمية حالة طوارئ. ودعت المنظمة الدول إلى تقديم مساعدات عاجلة.", ("UNO", "MED")),
    ],
)
def test_a_bare_head_noun_stands_for_the_organization_named_before(text: str, actor: tuple[str, str | None]) -> None:
    requests = [e for e in marsad.code(text, date="2018-05-01") if e.event == "REQUEST"]
    assert requests, "no REQUEST coded"
    assert [(a.code, a.sector) for a in requests[0].actor] == [actor]
    assert requests[0].actor[0].entity_text in ("الحركة", "المنظمة")


def test_a_head_noun_with_its_own_adjective_is_another_name() -> None:
    text = "انتقدت حركة فتح القرار. وطالبت الحركة الإسلامية بالإفراج عن المعتقلين."
    requests = [e for e in marsad.code(text, date="2018-05-01") if e.event == "REQUEST"]
    assert all(a.entity_text != "الحركة" for e in requests for a in e.actor)

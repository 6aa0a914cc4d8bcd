"""What a condemnation of strikes targets: the doer the article named, or the adjective of the strikes."""

from __future__ import annotations

from tests.events.dyads import of_type


def test_condemned_strikes_told_before_with_their_doer_target_that_doer() -> None:
    text = ("شنت الولايات المتحدة وبريطانيا ضربات صاروخية على مواقع للحوثيين في اليمن فجر اليوم. "
            "وأدانت إيران بشدة الضربات على اليمن.")
    accusations = of_type(text, "ACCUSE", date="2024-01-12")
    assert accusations == [("ACCUSE", [("IRN", "GOV")], [("USA", "GOV"), ("GBR", "GOV")])], accusations


def test_condemned_strikes_with_no_known_doer_target_no_one() -> None:
    # the country struck is not whom the condemnation is aimed at
    accusations = of_type("أدانت إيران بشدة الضربات على اليمن.", "ACCUSE", date="2024-01-12")
    assert accusations == [("ACCUSE", [("IRN", "GOV")], [])], accusations


def test_the_adjective_of_condemned_strikes_names_their_doer() -> None:
    accusations = of_type("أدانت إيران بشدة الضربات الأمريكية على اليمن.", "ACCUSE", date="2024-01-12")
    assert accusations == [("ACCUSE", [("IRN", "GOV")], [("USA", "GOV")])], accusations


def test_strikes_on_a_target_with_no_doer_are_no_attack() -> None:
    assert not of_type("تواصلت الضربات على المدينة طوال الليل", "ASSAULT")

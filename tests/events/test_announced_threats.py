"""Threats: a side announcing its own future attack, and the target a warning lends from its content."""

from __future__ import annotations

from tests.events.dyads import moded_dyads, of_type


def test_an_attack_a_side_announces_it_will_launch_is_a_threat() -> None:
    text = "أعلن الجيش التركي أنه سيشن عملية عسكرية ضد وحدات حماية الشعب شرق الفرات"
    coded = moded_dyads(text, "2019-09-20")
    assert ("THREATEN", "violence", [("TUR", "MIL")], [("SYR", "REB")]) in coded, coded


def test_an_attack_others_forecast_is_no_threat() -> None:
    text = "قال محللون إن الجيش التركي سيشن عملية عسكرية ضد وحدات حماية الشعب شرق الفرات"
    assert not of_type(text, "THREATEN", "2019-09-20")


def test_a_warning_targets_the_target_of_the_act_not_its_doer() -> None:
    # تركيا after أن is who will expel; the ambassador's country is whom the warning threatens
    text = "حذر أردوغان من أن تركيا ستطرد السفير الأمريكي"
    assert of_type(text, "THREATEN", "2019-09-20") == [("THREATEN", [("TUR", "GOV")], [("USA", "GOV")])]

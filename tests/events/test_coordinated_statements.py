"""A second statement joined by و to a first (اتهامات وجهها له X وتلويحه بـ …), in our own sentences."""

from __future__ import annotations

from tests.events.dyads import moded_dyads, of_type


def test_a_possessed_noun_after_a_statement_is_a_second_statement_toward_the_same_man() -> None:
    text = ("رد وزير الخارجية الإيراني محمد جواد ظريف على اتهامات وجهها له وزير الخارجية الأمريكي "
            "مايك بومبيو، وتلويحه بفرض عقوبات جديدة")
    coded = moded_dyads(text, "2019-05-16")
    assert ("ACCUSE", "allege", [("USA", "GOV")], [("IRN", "GOV")]) in coded, coded
    assert ("THREATEN", "restrict", [("USA", "GOV")], [("IRN", "GOV")]) in coded, coded


def test_a_possessed_noun_after_a_content_continues_that_content() -> None:
    # وحصارها is more of what is alleged, not an accusation or a siege of its own
    text = "اتهمت المعارضة السورية قوات النظام بقصف مدينة دوما وحصارها"
    assert of_type(text, "ACCUSE", "2018-03-16") == [("ACCUSE", [("SYR", "OPP")], [("SYR", "MIL")])]
    assert len(moded_dyads(text, "2018-03-16")) == 1, moded_dyads(text, "2018-03-16")

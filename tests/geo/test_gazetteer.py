from __future__ import annotations

import time

import pytest

from marsad.geo.gazetteer import Gazetteer
from marsad.lang.ar.normalize import match_key


def test_loads_quickly_and_is_cached() -> None:
    from marsad.datafiles import data_path

    start = time.perf_counter()
    fresh = Gazetteer.from_file(data_path("geo/gazetteer.tsv"))
    assert time.perf_counter() - start < 1.0
    assert len(fresh) > 15_000
    assert Gazetteer.load() is Gazetteer.load()


def test_file_is_compact() -> None:
    from marsad.datafiles import data_path

    assert data_path("geo/gazetteer.tsv").stat().st_size < 5_000_000


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("طرابلس", {"LBY", "LBN"}),
        ("حلب", {"SYR"}),
        ("إدلب", {"SYR"}),
        ("اسطنبول", {"TUR"}),
        ("إسطنبول", {"TUR"}),
        ("انقرة", {"TUR"}),
        ("الغوطة الشرقية", {"SYR"}),
        ("قطاع غزة", {"PSE"}),
        ("معبر كرم أبو سالم", {"ISR"}),
        ("الأنبار", {"IRQ"}),
        ("القرم", {"UKR"}),
        ("روسيا", {"RUS"}),
        ("فلسطين", {"PSE"}),
        ("الرياض", {"SAU"}),  # رياض is a given name and stopped; the capital with ال stays
    ],
)
def test_lookup_finds_places(gazetteer: Gazetteer, name: str, codes: set[str]) -> None:
    entries = gazetteer.lookup(match_key(name))
    assert entries
    assert codes <= {e.country_code for e in entries}


def test_entries_ranked_by_population(gazetteer: Gazetteer) -> None:
    entries = gazetteer.lookup(match_key("طرابلس"))
    populations = [e.population for e in entries]
    assert populations == sorted(populations, reverse=True)
    assert entries[0].country_code == "LBY"


@pytest.mark.parametrize("word", ["الأمن", "قال", "في", "السلام", "محمد", "الشمال", "الجديدة", "مقر", "عسكري", "المصدر",
                                  "دينار", "أوباما", "سلطات", "يوميا", "ينقل", "كلينتون", "عينت",
                                  "رومني", "كندي", "ذباب"])
def test_common_words_are_not_places(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.lookup(match_key(word)) == []


def test_levels_and_flags(gazetteer: Gazetteer) -> None:
    (syria,) = [e for e in gazetteer.lookup_text("سوريا") if e.country_code == "SYR"]
    assert syria.is_country and syria.level == 1
    moscow = next(e for e in gazetteer.lookup_text("موسكو") if e.country_code == "RUS")
    assert moscow.is_capital
    anbar = gazetteer.lookup_text("الأنبار")[0]
    assert anbar.level == 2
    assert any(e.needs_cue for e in gazetteer.lookup_text("الشرقية"))


def test_keys_are_match_keys(gazetteer: Gazetteer) -> None:
    for key in ("حلب", "دير الزور", "الرقة"):
        assert key in gazetteer
        assert match_key(key) == key

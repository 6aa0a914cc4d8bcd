"""Actor knowledge base lint (CI): schema per file, unique ids, normalized Arabic, ISO dates, codes, sectors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from marsad.actors.lexicon import GIVEN_NAMES, SHIPPED
from marsad.actors.validate import known_codes, sectors, validate_document
from marsad.datafiles import load_data
from marsad.lang.ar.normalize import fold

FILES = [*SHIPPED, GIVEN_NAMES]


@pytest.mark.parametrize(("relative", "schema"), FILES, ids=[f for f, _ in FILES])
def test_file_follows_its_schema(relative: str, schema: str) -> None:
    problems = validate_document(load_data(relative, schema), source=relative, strict=True)
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize(("relative", "schema"), SHIPPED, ids=[f for f, _ in SHIPPED])
def test_ids_are_unique(relative: str, schema: str) -> None:
    ids = [str(e["id"]) for e in load_data(relative, schema)["entries"]]
    assert len(ids) == len(set(ids))


def _roles(relative: str, schema: str) -> list[tuple[str, dict[str, Any]]]:
    return [(str(e["id"]), r) for e in load_data(relative, schema)["entries"] for r in e.get("roles") or []]


@pytest.mark.parametrize(("relative", "schema"), [f for f in SHIPPED if "people" in f[0] or "organ" in f[0]],
                         ids=["organizations", "people"])
def test_role_dates_are_iso_and_in_order(relative: str, schema: str) -> None:
    for entry in load_data(relative, schema)["entries"]:
        starts = []
        for role in entry.get("roles") or []:
            for key in ("start", "end"):
                if role.get(key) is not None:
                    assert isinstance(role[key], dt.date), f"{entry['id']}: {key} {role[key]!r}"
            if role.get("end") is not None and role.get("start") is not None:
                assert role["start"] <= role["end"], entry["id"]
            starts.append(role.get("start") or dt.date.min)
        assert starts == sorted(starts), f"{entry['id']}: roles out of date order"


def test_every_code_and_sector_is_known() -> None:
    codes, known_sectors = known_codes(), sectors()
    for relative, schema in SHIPPED:
        for entry_id, role in _roles(relative, schema):
            assert role["code"] in codes, entry_id
            assert role["sector"] in known_sectors, entry_id


def test_country_ids_are_iso_alpha3() -> None:
    pycountry = pytest.importorskip("pycountry")
    iso = {c.alpha_3 for c in pycountry.countries} | {"PSE", "KOS"}
    countries = load_data("actors/countries.yaml", "marsad.actors.countries/1")["entries"]
    assert {e["id"] for e in countries} <= iso


def test_an_agent_name_belongs_to_one_role_noun() -> None:
    owner: dict[str, str] = {}
    for entry in load_data("actors/agents.yaml", "marsad.actors.agents/1")["entries"]:
        for name in entry["names"]:
            key = fold(name)
            assert owner.setdefault(key, entry["id"]) == entry["id"], f"{name} in {owner[key]} and {entry['id']}"


def _spellings(entry: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    """The names an entry claims: plain name lists, seats and former names (dicts or strings)."""
    texts = [str(t) for key in keys for t in entry.get(key) or []]
    texts += [str(seat["text"]) for seat in entry.get("seats") or []]
    texts += [str(f["text"]) if isinstance(f, dict) else str(f) for f in entry.get("former_names") or []]
    return texts


def test_a_country_or_organization_spelling_belongs_to_one_entry() -> None:
    # Across both files: a spelling two entries claim would resolve by file order, silently.
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for relative, keys in (("actors/countries.yaml", ("names", "capitals", "adjectives", "plurals")),
                           ("actors/organizations.yaml", ("names",))):
        schema = dict(SHIPPED)[relative]
        for entry in load_data(relative, schema)["entries"]:
            mine = f"{relative}:{entry['id']}"
            for text in _spellings(entry, keys):
                if owner.setdefault(fold(text), mine) != mine:
                    clashes.append(f"{text!r} in {owner[fold(text)]} and {mine}")
    assert not clashes, "\n".join(clashes[:20])

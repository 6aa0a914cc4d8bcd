"""Check actor lexicon files against their schema (data/SCHEMA.md): users' files on load, shipped files in CI."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from marsad.datafiles import load_data, plover, strings_in
from marsad.lang.ar.normalize import normalize

COUNTRIES = "marsad.actors.countries/1"
PEOPLE = "marsad.actors.people/1"
ORGANIZATIONS = "marsad.actors.organizations/1"
AGENTS = "marsad.actors.agents/1"
GIVEN_NAMES = "marsad.actors.given-names/1"
SCHEMAS = (COUNTRIES, PEOPLE, ORGANIZATIONS, AGENTS)
ENTRY_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_ID = re.compile(r"^[A-Z]{3}$")
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
ORGANIZATION_KINDS = frozenset({"igo", "un", "eu", "ngo", "party", "armed-group", "media", "company", "state-body"})
# Bodies the annotators leave without a sector (the UN, the EU, other IGOs).
UNSECTORED_KINDS = frozenset({"igo", "un", "eu"})
# Keys each schema allows on an entry (and on a role, former name or seat).
KEYS = {
    COUNTRIES: {"id", "name", "names", "adjectives", "plurals", "capitals", "seats", "former_names"},
    PEOPLE: {"id", "name", "names", "roles", "after", "code", "sector"},
    ORGANIZATIONS: {"id", "name", "kind", "code", "sector", "names", "former_names", "roles"},
    AGENTS: {"id", "name", "sector", "names", "code", "split_names"},
}
ROLE_KEYS = {"code", "sector", "title", "start", "end"}


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Country codes of the shipped countries file, the special codes and the non-state codes."""
    spec = plover()
    shipped = {str(e["id"]) for e in load_data("actors/countries.yaml", COUNTRIES).get("entries") or []
               if isinstance(e, dict)}
    return frozenset(shipped | set(spec["special_country_codes"]) | set(spec["nonstate_codes"]))


def sectors() -> frozenset[str]:
    """The PLOVER sector codes."""
    return frozenset(plover()["sectors"])


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


class _Report:
    """Problems found in one file, each naming the file and the entry."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{self.source}: {where}: {message}")


def validate_document(content: dict[str, Any], *, source: str, strict: bool = True) -> list[str]:
    """Every problem in a parsed lexicon file, one line each (empty: valid).

    ``strict`` adds the rules shipped files follow: Arabic already normalized, no stray
    spaces, roles written oldest first.
    """
    report = _Report(source)
    schema = content.get("schema")
    if schema == GIVEN_NAMES:
        _check_names_list(content, report, strict)
        return report.problems
    if schema not in SCHEMAS:
        report.add("header", f"schema {schema!r} is not one of {', '.join(SCHEMAS)}")
        return report.problems
    if not SEMVER.match(str(content.get("version", ""))):
        report.add("header", f"version {content.get('version')!r} should be a quoted semver string like \"1.0.0\"")
    entries = content.get("entries")
    if not isinstance(entries, list):
        report.add("header", "entries must be a list")
        return report.problems
    file_countries = {str(e.get("id")) for e in entries if isinstance(e, dict)} if schema == COUNTRIES else set()
    codes = known_codes() | file_countries
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            report.add(f"entry {position}", "must be a mapping with an id")
            continue
        where = f"entry {position} ({entry.get('id', 'no id')})"
        entry_id = entry.get("id")
        if entry_id is None:
            report.add(where, "missing required field 'id'")
        elif str(entry_id) in seen:
            report.add(where, "duplicate id (ids are unique within a file)")
        seen.add(str(entry_id))
        unknown = set(entry) - KEYS[schema]
        if unknown:
            report.add(where, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(KEYS[schema])}")
        names = entry.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            report.add(where, "'names' must be a non-empty list of Arabic strings")
        _check_arabic(entry, where, report, strict)
        if schema == COUNTRIES:
            _check_country(entry, where, report)
        elif schema == PEOPLE:
            _check_person(entry, where, report, codes, strict)
        elif schema == ORGANIZATIONS:
            _check_organization(entry, where, report, codes, strict)
        else:
            _check_agent(entry, where, report, codes)
    return report.problems


def _check_names_list(content: dict[str, Any], report: _Report, strict: bool) -> None:
    for key in ("names", "connectors", "common_words"):
        values = content.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            report.add("header", f"{key} must be a list of strings")
            continue
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            report.add(key, f"listed twice: {duplicates}")
        if strict:
            for value in values:
                if normalize(value) != value:
                    report.add(key, f"not normalized: {value!r}")


def _check_arabic(entry: dict[str, Any], where: str, report: _Report, strict: bool) -> None:
    if not strict:
        return
    for text in strings_in(entry):
        if ARABIC.search(text) and normalize(text) != text:
            report.add(where, f"not normalized (diacritics, tatweel, presentation forms): {text!r}")
        if text != text.strip() or "  " in text:
            report.add(where, f"stray whitespace: {text!r}")


def _check_code(value: Any, where: str, report: _Report, codes: frozenset[str] | set[str], *,
                nullable: bool = False) -> None:
    if value is None and nullable:
        return
    if value not in codes:
        report.add(where, f"code {value!r} is not an ISO alpha-3 country code in countries.yaml "
                          f"nor a non-state code ({', '.join(sorted(plover()['nonstate_codes']))})")


def _check_sector(value: Any, where: str, report: _Report, *, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    if value not in sectors():
        report.add(where, f"sector {value!r} is not a PLOVER sector ({', '.join(sorted(sectors()))})")


def _check_country(entry: dict[str, Any], where: str, report: _Report) -> None:
    if not COUNTRY_ID.match(str(entry.get("id"))):
        report.add(where, "a country id is its ISO 3166-1 alpha-3 code in capitals (RUS, PSE)")
    if not entry.get("name"):
        report.add(where, "missing required field 'name' (the English short name)")
    for key in ("adjectives", "plurals", "capitals"):
        value = entry.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            report.add(where, f"'{key}' must be a list of strings")
    for seat in entry.get("seats") or []:
        if not isinstance(seat, dict) or not isinstance(seat.get("text"), str):
            report.add(where, f"seat {seat!r} needs text (and a sector)")
            continue
        _check_sector(seat.get("sector", "GOV"), where + " seat", report)
    for former in entry.get("former_names") or []:
        if not isinstance(former, str):
            report.add(where, f"former name {former!r} must be a string")


def _check_roles(entry: dict[str, Any], where: str, report: _Report, codes: frozenset[str] | set[str], *,
                 need_title: bool, strict: bool) -> None:
    roles = entry.get("roles")
    if roles is None:
        return
    if not isinstance(roles, list):
        report.add(where, "'roles' must be a list")
        return
    previous: dt.date | None = None
    for number, role in enumerate(roles, start=1):
        role_where = f"{where} role {number}"
        if not isinstance(role, dict):
            report.add(role_where, "must be a mapping {code, sector, start, end}")
            continue
        unknown = set(role) - ROLE_KEYS
        if unknown:
            report.add(role_where, f"unknown field(s) {sorted(unknown)}")
        _check_code(role.get("code"), role_where, report, codes)
        _check_sector(role.get("sector"), role_where, report)
        if need_title and not role.get("title"):
            report.add(role_where, "missing required field 'title'")
        start = _as_date(role.get("start"))
        if role.get("start") is not None and start is None:
            report.add(role_where, f"start {role.get('start')!r} is not an ISO date (YYYY-MM-DD)")
        end = _as_date(role.get("end"))
        if role.get("end") is not None and end is None:
            report.add(role_where, f"end {role.get('end')!r} is not an ISO date (YYYY-MM-DD)")
        if start is not None and end is not None and end < start:
            report.add(role_where, f"ends ({end}) before it starts ({start})")
        if strict and start is not None:
            if previous is not None and start < previous:
                report.add(role_where, "roles must be in date order, oldest first")
            previous = start


def _check_person(entry: dict[str, Any], where: str, report: _Report, codes: frozenset[str] | set[str],
                  strict: bool) -> None:
    if not ENTRY_ID.match(str(entry.get("id"))):
        report.add(where, "id must be lower-case ASCII words joined by '-' (vladimir-putin)")
    if not entry.get("name"):
        report.add(where, "missing required field 'name' (the English name)")
    if not entry.get("roles") and not entry.get("code"):
        report.add(where, "a person needs dated 'roles' (or a fixed 'code' and 'sector')")
    if entry.get("code") is not None:
        _check_code(entry.get("code"), where, report, codes)
        _check_sector(entry.get("sector"), where, report)
    _check_sector(entry.get("after", "ELI"), where + " after", report)
    _check_roles(entry, where, report, codes, need_title=True, strict=strict)


def _check_organization(entry: dict[str, Any], where: str, report: _Report, codes: frozenset[str] | set[str],
                        strict: bool) -> None:
    if not ENTRY_ID.match(str(entry.get("id"))):
        report.add(where, "id must be lower-case ASCII words joined by '-' (hayat-tahrir-al-sham)")
    if not entry.get("name"):
        report.add(where, "missing required field 'name' (the English name)")
    kind = entry.get("kind")
    if kind not in ORGANIZATION_KINDS:
        report.add(where, f"kind {kind!r} is not one of {', '.join(sorted(ORGANIZATION_KINDS))}")
    _check_code(entry.get("code"), where, report, codes)
    _check_sector(entry.get("sector"), where, report, nullable=kind in UNSECTORED_KINDS)
    for former in entry.get("former_names") or []:
        if not isinstance(former, dict) or not isinstance(former.get("text"), str):
            report.add(where, f"former name {former!r} needs text and until")
        elif _as_date(former.get("until")) is None:
            report.add(where, f"former name {former['text']!r}: until {former.get('until')!r} is not an ISO date")
    _check_roles(entry, where, report, codes, need_title=False, strict=strict)


def _check_agent(entry: dict[str, Any], where: str, report: _Report, codes: frozenset[str] | set[str]) -> None:
    if not ENTRY_ID.match(str(entry.get("id"))):
        report.add(where, "id must be lower-case ASCII words joined by '-' (riot-police)")
    _check_sector(entry.get("sector"), where, report)
    _check_code(entry.get("code"), where, report, codes, nullable=True)

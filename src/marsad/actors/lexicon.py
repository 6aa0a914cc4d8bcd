"""The actor knowledge base: countries, people, organizations and role nouns, compiled for matching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from marsad.actors.validate import validate_document
from marsad.datafiles import load_data, read_yaml_file
from marsad.errors import LexiconError
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.phrases import PhraseIndex

COUNTRIES_SCHEMA = "marsad.actors.countries/1"
PEOPLE_SCHEMA = "marsad.actors.people/1"
ORGANIZATIONS_SCHEMA = "marsad.actors.organizations/1"
AGENTS_SCHEMA = "marsad.actors.agents/1"
GIVEN_NAMES_SCHEMA = "marsad.actors.given-names/1"
GIVEN_NAMES = ("actors/given_names.yaml", GIVEN_NAMES_SCHEMA)
SHIPPED = (
    ("actors/countries.yaml", COUNTRIES_SCHEMA),
    ("actors/organizations.yaml", ORGANIZATIONS_SCHEMA),
    ("actors/people.yaml", PEOPLE_SCHEMA),
    ("actors/agents.yaml", AGENTS_SCHEMA),
)
# Nisba endings generated from a masculine demonym: feminine, sound plurals, duals, and the
# accusative of the indefinite singular (جنديا تركيا، 15 فلسطينيا).
DEMONYM_ENDINGS = ("", "\u0629", "\u0648\u0646", "\u064a\u0646", "\u0627\u0646", "\u062a\u064a\u0646",
                   "\u0627\u062a", "\u0627\u062a\u0627\u0646", "\u0627")
# Single words that name an actor in the lexicon but are far more often ordinary words
# in news prose: مالي "financial" (not Mali), عمان (Amman or Oman: decided by context).
# أمام "in front of" folds to the same key as إمام "imam".
ARTICLE = "\u0627\u0644"  # ال as written in the data files
AMBIGUOUS_WORDS = frozenset(match_key(w) for w in ("عمان", "جزائر", "أمام"))
# Words that name a country only as the adjective of a state's role noun right before them
# (الجيش المالي، الحكومة المالية، حكومة مالي: Mali); elsewhere they are ordinary words
# (الدعم المالي، وزارة المالية، عجز مالي: financial). Written without ال.
# One-word names that are also a verb, with the objects that show the verb (فتح مسلحون النار:
# "opened fire", not Fatah). Within VERB_OBJECT_REACH words after the name, such an object
# makes it the verb.
VERB_OBJECTS = {match_key("فتح"): frozenset(match_key(w) for w in ("النار", "نار", "نارا", "النيران", "نيران"))}
VERB_OBJECT_REACH = 4
STATE_ROLE_ONLY_WORDS = frozenset(match_key(w) for w in ("مالي", "مالية", "ماليا", "ماليون", "ماليين", "ماليات"))


class EntryKind(str, Enum):
    """What kind of thing a lexicon entry names."""

    COUNTRY = "country"  # the state by name: GOV when it acts
    CAPITAL = "capital"  # its capital used for the government
    SEAT = "seat"  # a seat of power (الكرملين, البنتاغون)
    DEMONYM = "demonym"  # a nationality adjective or people noun (الروسية, الأتراك)
    PERSON = "person"
    ORGANIZATION = "organization"
    AGENT = "agent"  # a role noun (جيش, متظاهرون) that composes with a country


# Kinds whose names are often plural nouns that change ending with case.
PLURAL_KINDS = frozenset({EntryKind.ORGANIZATION, EntryKind.AGENT})


@dataclass(frozen=True, slots=True)
class Role:
    """A code and sector held from ``start`` to ``end`` (open ends unbounded)."""

    code: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    title: str | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One knowledge-base entry, ready to resolve on a date."""

    id: str
    kind: EntryKind
    name: str | None
    code: str | None
    sector: str | None
    roles: tuple[Role, ...] = ()
    after: str | None = None  # sector once every dated role has ended (former officials: ELI)
    until: dt.date | None = None  # for a former name: the day it stopped being used

    def resolve(self, day: dt.date | None) -> tuple[str | None, str | None]:
        """The (code, sector) this entry stands for on ``day``."""
        if not self.roles:
            return self.code, self.sector
        if day is None:
            latest = self.roles[-1]
            return latest.code, latest.sector
        for role in reversed(self.roles):
            if role.covers(day):
                return role.code, role.sector
        starts = [r.start for r in self.roles if r.start is not None]
        if starts and day < min(starts):
            # before any known office: the person or group's base identity, if given
            return (self.code, self.sector) if self.code else (self.roles[0].code, None)
        return self.roles[-1].code, self.after or "ELI"


@dataclass(slots=True)
class ActorLexicon:
    """All actor entries and the phrase index that finds them in tokens."""

    entries: dict[str, ActorEntry]
    index: PhraseIndex[ActorEntry]
    version: str
    # match keys of words that open a personal name, and of the words joining its parts
    given_names: frozenset[str] = frozenset()
    name_connectors: frozenset[str] = frozenset()
    # office title (people.yaml role title) -> the people who held it, with the role
    offices: dict[str, list[tuple[ActorEntry, Role]]] = field(default_factory=dict)
    # role noun id -> match key of its singular head word (the first name listed: وزير، مسلح)
    singulars: dict[str, str] = field(default_factory=dict)
    # two-word role names whose nationality adjective may stand between the words (وحدة إسرائيلية
    # خاصة): (first word, second word) as match keys without ال -> the role entry
    split_names: dict[tuple[str, str], ActorEntry] = field(default_factory=dict)

    def office_holders(self, titles: Iterable[str], code: str, day: dt.date | None) -> list[ActorEntry]:
        """The people holding one of ``titles`` for ``code`` on ``day`` (today's holder when undated)."""
        found: dict[str, ActorEntry] = {}
        for title in titles:
            for entry, role in self.offices.get(title, ()):
                if role.code != code:
                    continue
                if (day is not None and role.covers(day)) or (day is None and role.end is None):
                    found[entry.id] = entry
        return list(found.values())

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorLexicon:
        """The shipped lexicon plus users' files (later files override entries by id)."""
        if not extra:
            return _shipped()
        documents = [load_data(relative, schema) for relative, schema in SHIPPED]
        documents += [read_user_file(path) for path in extra]
        return _compile(documents, load_data(*GIVEN_NAMES))


@lru_cache(maxsize=1)
def _shipped() -> ActorLexicon:
    return _compile([load_data(relative, schema) for relative, schema in SHIPPED], load_data(*GIVEN_NAMES))


def read_user_file(path: Path) -> dict[str, Any]:
    """A user's lexicon file, checked entry by entry; every problem is reported at once."""
    try:
        content = read_yaml_file(path)
    except ValueError:
        # YAML turns 2017-31-01 into a date and fails; read dates as text so the check names the entry
        content = _read_dates_as_text(path)
    problems = validate_document(content, source=str(path), strict=False)
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise LexiconError(f"{path}: {len(problems)} problem(s) in the lexicon file:\n  {shown}{more}")
    # entries keep the file's path as their source so later errors name it too
    return {**content, "name": str(path)}


class _TextDateLoader(yaml.SafeLoader):
    """A safe loader that leaves timestamps as strings."""


_TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_dates_as_text(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        content = yaml.load(handle, Loader=_TextDateLoader)
    if not isinstance(content, dict):
        raise LexiconError(f"{path}: expected a mapping with name, version, schema, entries")
    return content


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise LexiconError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of strings")
    return value


def _roles(raw: Any, where: str) -> tuple[Role, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise LexiconError(f"{where}: roles must be a list")
    roles = [
        Role(r.get("code"), r.get("sector"), _date(r.get("start"), where), _date(r.get("end"), where),
             r.get("title"))
        for r in raw
        if isinstance(r, dict)
    ]
    return tuple(sorted(roles, key=lambda r: r.start or dt.date.min))


def case_variants(name: str) -> list[str]:
    """A name with its sound-plural ending in both cases: الحوثيون ↔ الحوثيين, مسلحون ↔ مسلحين."""
    words = name.split()
    last = words[-1]
    for nominative, oblique in (("\u0648\u0646", "\u064a\u0646"),):
        if last.endswith(nominative) and len(last) > 4:
            return [name, " ".join([*words[:-1], last[: -len(nominative)] + oblique])]
        if last.endswith(oblique) and len(last) > 4 and last.endswith("\u064a\u064a\u0646"):
            return [name, " ".join([*words[:-1], last[: -len(oblique)] + nominative])]
    return [name]


def demonym_forms(adjective: str) -> list[str]:
    """Every inflection of a masculine nisba adjective (روسي → روسية، روسيون، روسيين …).

    Each word of a two-word adjective agrees: كوري جنوبي → كورية جنوبية.
    """
    words = adjective.split()
    return [" ".join(word + ending for word in words) for ending in DEMONYM_ENDINGS]


def _compile(documents: Iterable[dict[str, Any]], given: dict[str, Any] | None = None) -> ActorLexicon:
    entries: dict[str, ActorEntry] = {}
    phrases: dict[str, list[str]] = {}
    split: dict[str, list[str]] = {}
    versions: list[str] = []
    for document in documents:
        versions.append(f"{document['name']}@{document['version']}")
        schema = document["schema"]
        for raw in document.get("entries") or []:
            if not isinstance(raw, dict) or "id" not in raw:
                raise LexiconError(f"{document['name']}: every entry needs an id: {raw!r}")
            for entry_id, entry, names in _entries_of(schema, raw, document["name"]):
                entries[entry_id] = entry
                phrases[entry_id] = names  # a later file's entry replaces the names too
                if schema == AGENTS_SCHEMA:
                    split[entry_id] = _strings(raw.get("split_names"), f"{document['name']}: {raw['id']}")
    index: PhraseIndex[ActorEntry] = PhraseIndex()
    for entry_id, entry_names in phrases.items():
        entry = entries[entry_id]
        for name in entry_names:
            variants = case_variants(name) if entry.kind in PLURAL_KINDS else [name]
            for variant in variants:
                index.add(variant, entry)
    given_names = {match_key(n) for n in (given or {}).get("names") or []}
    offices: dict[str, list[tuple[ActorEntry, Role]]] = {}
    for entry_id, entry in entries.items():
        if entry.kind != EntryKind.PERSON:
            continue
        for role in entry.roles:
            if role.title:
                offices.setdefault(role.title, []).append((entry, role))
        for name in phrases[entry_id]:
            first = name.split()[0]
            if len(name.split()) > 1 and len(first) > 2 and not first.startswith(ARTICLE):
                given_names.add(match_key(first))  # the first word of a known full name
    singulars = {entry_id: match_key(names[0].split()[0]) for entry_id, names in phrases.items()
                 if names and entries[entry_id].kind == EntryKind.AGENT}
    connectors = frozenset(match_key(n) for n in (given or {}).get("connectors") or [])
    common = {match_key(n) for n in (given or {}).get("common_words") or []}
    split_names = {(match_key(first), match_key(second)): entries[entry_id]
                   for entry_id, names in split.items() for first, second in map(_two_words, names)}
    return ActorLexicon(entries, index, "+".join(versions), frozenset(given_names - connectors - common),
                        connectors, offices, singulars, split_names)


def _two_words(name: str) -> tuple[str, str]:
    words = name.split()
    if len(words) != 2:
        raise LexiconError(f"split name {name!r}: two words expected")
    return words[0], words[1]


def _entries_of(schema: str, raw: dict[str, Any], source: str) -> list[tuple[str, ActorEntry, list[str]]]:
    where = f"{source}: {raw['id']}"
    key = str(raw["id"])
    name = raw.get("name")
    if schema == COUNTRIES_SCHEMA:
        code = key
        out = [(f"country:{code}", ActorEntry(f"country:{code}", EntryKind.COUNTRY, name, code, "GOV"),
                _strings(raw.get("names"), where) + _strings(raw.get("former_names"), where))]
        out.append((f"capital:{code}", ActorEntry(f"capital:{code}", EntryKind.CAPITAL, name, code, "GOV"),
                    _strings(raw.get("capitals"), where)))
        demonyms = [form for adj in _strings(raw.get("adjectives"), where) for form in demonym_forms(adj)]
        demonyms += _strings(raw.get("plurals"), where)
        out.append((f"demonym:{code}", ActorEntry(f"demonym:{code}", EntryKind.DEMONYM, name, code, None),
                    demonyms))
        for seat in raw.get("seats") or []:
            seat_id = f"seat:{code}:{match_key(seat['text'])}"
            out.append((seat_id, ActorEntry(seat_id, EntryKind.SEAT, name, code, seat.get("sector", "GOV")),
                        [seat["text"]]))
        return out
    if schema == PEOPLE_SCHEMA:
        entry = ActorEntry(f"person:{key}", EntryKind.PERSON, name, raw.get("code"), raw.get("sector"),
                           _roles(raw.get("roles"), where), raw.get("after", "ELI"))
        return [(entry.id, entry, _strings(raw.get("names"), where))]
    if schema == ORGANIZATIONS_SCHEMA:
        roles = _roles(raw.get("roles"), where)
        if roles and raw.get("code"):
            # the undated code/sector hold until the first dated role begins
            roles = (Role(raw.get("code"), raw.get("sector"), None, roles[0].start), *roles)
        entry = ActorEntry(f"org:{key}", EntryKind.ORGANIZATION, name, raw.get("code"), raw.get("sector"),
                           roles)
        names = _strings(raw.get("names"), where)
        names += [f["text"] for f in raw.get("former_names") or [] if isinstance(f, dict) and "text" in f]
        return [(entry.id, entry, names)]
    if schema == AGENTS_SCHEMA:
        entry = ActorEntry(f"agent:{key}", EntryKind.AGENT, name, raw.get("code"), raw.get("sector"))
        return [(entry.id, entry, _strings(raw.get("names"), where))]
    raise LexiconError(f"{source}: unknown schema {schema!r}")

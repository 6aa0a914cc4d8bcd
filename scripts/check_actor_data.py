"""Lint the actor lexicons: src/marsad/data/actors/{countries,organizations}.yaml.

Checks: the YAML parses (safe_load) and has the header of its schema; ids are unique and
well-formed; every Arabic string is unchanged by ``normalize``; codes are ISO alpha-3 (or
the guide's special and non-state codes); sectors come from shared/spec/codes.json; dates
are ISO. Exit status 1 and one line per problem on failure.

    python scripts/check_actor_data.py [path/to/codes.json]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pycountry
import yaml

from marsad.lang.ar.normalize import fold, normalize

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "src" / "marsad" / "data" / "actors"
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
ORG_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
KINDS = {"igo", "un", "eu", "ngo", "party", "armed-group", "media", "company", "state-body"}
# Sector may be null only for bodies the annotators leave unsectored (the UN, the EU, IGOs).
NULL_SECTOR_KINDS = {"igo", "un", "eu"}


def find_codes_json(argv: list[str]) -> Path:
    if len(argv) > 1:
        return Path(argv[1])
    for base in (ROOT.parent / "shared", ROOT / "shared", Path("/work/shared")):
        if (base / "spec" / "codes.json").exists():
            return base / "spec" / "codes.json"
    raise SystemExit("codes.json not found: pass its path")


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def is_date(v) -> bool:
    if isinstance(v, dt.date):
        return True
    try:
        dt.date.fromisoformat(str(v))
        return True
    except ValueError:
        return False


def check(path: Path, schema: str, codes: set[str], sectors: set[str]) -> list[str]:
    errors: list[str] = []
    err = lambda where, msg: errors.append(f"{path.name}: {where}: {msg}")  # noqa: E731
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, want in (("name", path.stem), ("schema", schema)):
        if data.get(key) != want:
            err("header", f"{key} should be {want!r}")
    if not re.fullmatch(r"\d+\.\d+\.\d+", str(data.get("version", ""))):
        err("header", "version should be a quoted semver string")
    seen: set[str] = set()
    for i, e in enumerate(data.get("entries") or []):
        eid = str(e.get("id"))
        where = f"entry {i} ({eid})"
        if eid in seen:
            err(where, "duplicate id")
        seen.add(eid)
        for s in strings(e):
            if ARABIC.search(s) and normalize(s) != s:
                err(where, f"not normalized: {s!r}")
            if s != s.strip() or "  " in s:
                err(where, f"stray whitespace: {s!r}")
        if not e.get("name") or not e.get("names"):
            err(where, "needs name and names")
        if schema.endswith("countries/1"):
            if eid not in codes:
                err(where, "id is not a country code")
            for seat in e.get("seats") or []:
                if seat.get("sector") not in sectors:
                    err(where, f"seat sector {seat.get('sector')!r}")
        else:
            if not ORG_ID.match(eid):
                err(where, "id must be lower-case ascii with '-'")
            if e.get("kind") not in KINDS:
                err(where, f"kind {e.get('kind')!r}")
            if e.get("code") not in codes:
                err(where, f"code {e.get('code')!r}")
            sector = e.get("sector")
            if sector not in sectors and not (sector is None and e.get("kind") in NULL_SECTOR_KINDS):
                err(where, f"sector {sector!r}")
            for f in e.get("former_names") or []:
                if not f.get("text") or not is_date(f.get("until")):
                    err(where, f"former name {f!r}")
            for r in e.get("roles") or []:
                if r.get("code") not in codes or r.get("sector") not in sectors or not is_date(r.get("start")):
                    err(where, f"role {r!r}")
                if r.get("end") is not None and not is_date(r["end"]):
                    err(where, f"role end {r!r}")
    return errors


def ambiguous_names() -> list[str]:
    """A folded string claimed by two entries (in either file) is ambiguous: report it."""
    owner: dict[str, str] = {}
    errors: list[str] = []
    for fname, keys in (("countries.yaml", ("names", "capitals", "adjectives", "plurals")),
                        ("organizations.yaml", ("names",))):
        data = yaml.safe_load((ACTORS / fname).read_text(encoding="utf-8"))
        for e in data.get("entries") or []:
            texts = [t for k in keys for t in e.get(k) or []]
            texts += [s["text"] for s in e.get("seats") or []]
            texts += [f["text"] if isinstance(f, dict) else f for f in e.get("former_names") or []]
            mine = f"{fname}:{e['id']}"
            for t in texts:
                k = fold(t)
                if k in owner and owner[k] != mine:
                    errors.append(f"ambiguous: {t!r} in {owner[k]} and {mine}")
                owner.setdefault(k, mine)
    return errors


def main(argv: list[str]) -> int:
    spec = json.loads(find_codes_json(argv).read_text(encoding="utf-8"))
    sectors = set(spec["sectors"])
    countries = {c.alpha_3 for c in pycountry.countries} | set(spec["special_country_codes"])
    codes_org = countries | set(spec["nonstate_codes"])
    errors = check(ACTORS / "countries.yaml", "marsad.actors.countries/1", countries, sectors)
    errors += check(ACTORS / "organizations.yaml", "marsad.actors.organizations/1", codes_org, sectors)
    errors += ambiguous_names()
    for line in errors:
        print(line)
    print(f"{len(errors)} problem(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

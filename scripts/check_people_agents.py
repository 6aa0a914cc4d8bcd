"""Lint src/marsad/data/actors/{people,agents}.yaml.

Checks: the YAML parses (safe_load) with the header of its schema; ids are unique and
lower-case ASCII with '-'; every Arabic string is unchanged by ``normalize`` (no harakat,
shadda, tatweel...); codes are ISO alpha-3 or the guide's special/non-state codes; sectors
come from shared/spec/codes.json; role dates are ISO with start <= end and in order.
Warnings (not failures): overlapping roles of one person, and a name (folded) listed for
several people or agents. Exit status 1 and one line per problem on failure.

    python scripts/check_people_agents.py [path/to/codes.json]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
import yaml

from marsad.lang.ar.normalize import fold, normalize

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "src" / "marsad" / "data" / "actors"
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PERSON_KEYS = {"id", "name", "names", "roles", "after"}
ROLE_KEYS = {"code", "sector", "title", "start", "end"}
AGENT_KEYS = {"id", "sector", "names", "code"}
# proper nouns that keep their article in agents.yaml
PROPER_WITH_ARTICLE = {"الأزهر", "الفاتيكان"}


def phrase_key(text: str) -> str:
    """How the matcher compares a phrase: folded, each word without a leading ال."""
    words = [fold(w) for w in text.split()]
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


def find_codes_json(argv: list[str]) -> Path:
    if len(argv) > 1:
        return Path(argv[1])
    for base in (ROOT.parent / "shared", ROOT / "shared", Path("/work/shared")):
        if (base / "spec" / "codes.json").exists():
            return base / "spec" / "codes.json"
    raise SystemExit("codes.json not found: pass its path")


def as_date(v) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        return None


def main(argv: list[str]) -> int:
    spec = json.loads(find_codes_json(argv).read_text(encoding="utf-8"))
    sectors = set(spec["sectors"])
    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= set(spec["nonstate_codes"]) | set(spec["special_country_codes"])
    errors: list[str] = []
    warnings: list[str] = []

    def err(where: str, msg: str) -> None:
        errors.append(f"{where}: {msg}")

    def check_ar(where: str, s) -> None:
        if not isinstance(s, str) or not s.strip():
            err(where, f"empty or non-string name {s!r}")
            return
        if normalize(s) != s:
            err(where, f"not normalized: {s!r} -> {normalize(s)!r}")
        if not ARABIC.search(s):
            err(where, f"not Arabic: {s!r}")
        if s != s.strip() or "  " in s:
            err(where, f"stray spaces: {s!r}")

    def load(fname: str, schema: str):
        path = ACTORS / fname
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            err(fname, "not a mapping")
            return []
        if data.get("schema") != schema:
            err(fname, f"schema is {data.get('schema')!r}, expected {schema!r}")
        if data.get("name") != fname.removesuffix(".yaml"):
            err(fname, f"name is {data.get('name')!r}")
        if not re.fullmatch(r"\d+\.\d+\.\d+", str(data.get("version", ""))):
            err(fname, f"version {data.get('version')!r} is not semver")
        entries = data.get("entries")
        if not isinstance(entries, list) or not entries:
            err(fname, "no entries")
            return []
        return entries

    # ---- people
    people = load("people.yaml", "marsad.actors.people/1")
    seen: set[str] = set()
    by_name: dict[str, list[str]] = defaultdict(list)
    for i, p in enumerate(people):
        pid = p.get("id") if isinstance(p, dict) else None
        where = f"people.yaml[{i}] {pid}"
        if not isinstance(p, dict):
            err(where, "entry is not a mapping")
            continue
        if extra := set(p) - PERSON_KEYS:
            err(where, f"unknown keys {sorted(extra)}")
        if not isinstance(pid, str) or not ID.match(pid):
            err(where, "bad id")
        elif pid in seen:
            err(where, "duplicate id")
        seen.add(pid)
        if not isinstance(p.get("name"), str) or not p["name"]:
            err(where, "missing English name")
        names = p.get("names") or []
        if not names:
            err(where, "no names")
        if len(set(names)) != len(names):
            err(where, "duplicate names")
        for n in names:
            check_ar(where, n)
            if isinstance(n, str):
                by_name[fold(n)].append(pid)
        if p.get("after", "ELI") not in sectors:
            err(where, f"after sector {p.get('after')!r} unknown")
        roles = p.get("roles") or []
        if not roles:
            err(where, "no roles")
        prev_start = None
        spans = []
        for j, r in enumerate(roles):
            rw = f"{where} role {j}"
            if not isinstance(r, dict):
                err(rw, "not a mapping")
                continue
            if extra := set(r) - ROLE_KEYS:
                err(rw, f"unknown keys {sorted(extra)}")
            if r.get("code") not in codes:
                err(rw, f"code {r.get('code')!r} unknown")
            if r.get("sector") not in sectors:
                err(rw, f"sector {r.get('sector')!r} unknown")
            if not isinstance(r.get("title"), str) or not r["title"]:
                err(rw, "missing title")
            start = as_date(r.get("start"))
            end = as_date(r.get("end")) if r.get("end") is not None else None
            if start is None:
                err(rw, f"bad start {r.get('start')!r}")
                continue
            if r.get("end") is not None and end is None:
                err(rw, f"bad end {r.get('end')!r}")
            if end is not None and end < start:
                err(rw, f"end {end} before start {start}")
            if prev_start is not None and start < prev_start:
                err(rw, "roles not in chronological order")
            prev_start = start
            if r.get("end") is None and j != len(roles) - 1:
                warnings.append(f"{rw}: open-ended role is not the last one")
            spans.append((start, end or dt.date.max))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                (s1, e1), (s2, e2) = spans[a], spans[b]
                if s2 < e1 and s1 < e2 and (e1 - s2).days > 1:
                    warnings.append(f"{where}: roles {a} and {b} overlap")

    for key, ids in sorted(by_name.items()):
        if len(set(ids)) > 1:
            warnings.append(f"people name {key!r} shared by {sorted(set(ids))}")

    # ---- agents
    agents = load("agents.yaml", "marsad.actors.agents/1")
    seen = set()
    agent_names: dict[str, list[str]] = defaultdict(list)
    for i, a in enumerate(agents):
        aid = a.get("id") if isinstance(a, dict) else None
        where = f"agents.yaml[{i}] {aid}"
        if not isinstance(a, dict):
            err(where, "entry is not a mapping")
            continue
        if extra := set(a) - AGENT_KEYS:
            err(where, f"unknown keys {sorted(extra)}")
        if not isinstance(aid, str) or not ID.match(aid):
            err(where, "bad id")
        elif aid in seen:
            err(where, "duplicate id")
        seen.add(aid)
        if a.get("sector") not in sectors:
            err(where, f"sector {a.get('sector')!r} unknown")
        if a.get("code") is not None and a.get("code") not in codes:
            err(where, f"code {a.get('code')!r} unknown")
        names = a.get("names") or []
        if not names:
            err(where, "no names")
        if len(set(names)) != len(names):
            err(where, "duplicate names")
        for n in names:
            check_ar(where, n)
            if isinstance(n, str):
                if n.startswith("ال") and n.split()[0] not in PROPER_WITH_ARTICLE:
                    warnings.append(f"{where}: {n!r} starts with ال (role nouns are written bare)")
                agent_names[phrase_key(n)].append(aid)
    for key, ids in sorted(agent_names.items()):
        if len(set(ids)) > 1:
            err("agents.yaml", f"name {key!r} listed under several entries {sorted(set(ids))}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"people: {len(people)} entries; agents: {len(agents)} entries; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

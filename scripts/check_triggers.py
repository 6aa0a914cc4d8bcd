#!/usr/bin/env python
"""Check src/marsad/data/events/triggers.yaml (schema marsad.events.triggers/1).

Run: python scripts/check_triggers.py [path]. Prints counts and exits 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from marsad.lang.ar.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "src/marsad/data/events/triggers.yaml"
PLOVER_FILES = [ROOT / "src/marsad/data/plover.json", ROOT.parent / "shared/spec/codes.json"]
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
RULE_ID_RE = re.compile(r"^ar\.[a-z-]+\.[a-z0-9-]+$")
POS = {"verb", "noun"}
ARABIC = re.compile(r"[\u0600-\u06ff]")


def load_plover() -> dict:
    for path in PLOVER_FILES:
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    sys.exit("no plover.json / codes.json found")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    plover = load_plover()
    types = set(plover["event_types"])
    modes = {t: set(ms) for t, ms in plover["modes"].items()}
    modes["AID"] = modes.get("AID", set()) | set(plover.get("aid_modes_marsad_extension", []))
    contexts = set(plover.get("contexts", []))
    errors: list[str] = []

    def arabic(where: str, s: object) -> None:
        if not isinstance(s, str) or not s or s != s.strip():
            errors.append(f"{where}: bad string {s!r}")
        elif normalize(s) != s:
            errors.append(f"{where}: {s!r} is not normalized")
        elif not ARABIC.search(s):
            errors.append(f"{where}: {s!r} has no Arabic")

    for key, want in (("name", "triggers"), ("schema", "marsad.events.triggers/1")):
        if data.get(key) != want:
            errors.append(f"header {key} is {data.get(key)!r}, expected {want!r}")
    if not isinstance(data.get("version"), str):
        errors.append("header version must be a string")

    words = data.get("words") or []
    rules = data.get("rules") or []
    ids = Counter([w.get("id") for w in words] + [r.get("id") for r in rules])
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    word_ids = {w.get("id"): w for w in words}

    for w in words:
        wid = w.get("id", "?")
        if not isinstance(wid, str) or not ID_RE.match(wid):
            errors.append(f"word {wid!r}: bad id")
        pos = w.get("pos")
        if pos not in POS:
            errors.append(f"word {wid}: pos {pos!r}")
        lists = ("past", "present", "forms") if pos == "verb" else ("forms",)
        total = 0
        for key in lists:
            vals = w.get(key, [])
            if not isinstance(vals, list):
                errors.append(f"word {wid}: {key} is not a list")
                continue
            total += len(vals)
            for s in vals:
                arabic(f"word {wid} {key}", s)
            if len(set(vals)) != len(vals):
                errors.append(f"word {wid}: repeated string in {key}")
        if total == 0:
            errors.append(f"word {wid}: no forms")
        extra = set(w) - {"id", "pos", *lists}
        if extra:
            errors.append(f"word {wid}: unknown keys {sorted(extra)}")

    used: set[str] = set()
    for r in rules:
        rid = r.get("id", "?")
        if not isinstance(rid, str) or not RULE_ID_RE.match(rid):
            errors.append(f"rule {rid!r}: bad id")
        event = r.get("event")
        if event not in types:
            errors.append(f"rule {rid}: unknown event {event!r}")
        elif isinstance(rid, str) and not rid.startswith(f"ar.{event.lower()}."):
            errors.append(f"rule {rid}: id does not name its event {event}")
        mode = r.get("mode")
        if mode is not None and mode not in modes.get(event, set()):
            errors.append(f"rule {rid}: mode {mode!r} not a mode of {event}")
        pattern = r.get("pattern")
        if not isinstance(pattern, list) or not pattern:
            errors.append(f"rule {rid}: empty pattern")
            continue
        for wid in pattern:
            if wid not in word_ids:
                errors.append(f"rule {rid}: unknown word {wid}")
            used.add(wid)
        gap = r.get("gap")
        if not isinstance(gap, int) or gap < 0:
            errors.append(f"rule {rid}: bad gap {gap!r}")
        head = r.get("head", 0)
        if not isinstance(head, int) or not 0 <= head < len(pattern):
            errors.append(f"rule {rid}: head {head!r} outside the pattern")
        else:
            head_word = word_ids.get(pattern[head], {})
            if pattern[head].startswith("p-"):
                errors.append(f"rule {rid}: head is a particle")
            if "genitive" in r and head_word.get("pos") == "verb":
                errors.append(f"rule {rid}: genitive on a verb head")
        if "genitive" in r and r["genitive"] not in ("actor", "recipient"):
            errors.append(f"rule {rid}: genitive {r.get('genitive')!r}")
        for c in r.get("context") or []:
            if c not in contexts:
                errors.append(f"rule {rid}: unknown context {c!r}")
        if len(pattern) == 1 and pattern[0].startswith("p-"):
            errors.append(f"rule {rid}: a particle alone")
        extra = set(r) - {"id", "event", "mode", "pattern", "gap", "head", "genitive", "context"}
        if extra:
            errors.append(f"rule {rid}: unknown keys {sorted(extra)}")

    signatures = Counter((r.get("event"), tuple(r.get("pattern") or ())) for r in rules)
    errors += [f"two rules for {e} {list(p)}" for (e, p), c in signatures.items() if c > 1]

    for event, by_mode in (data.get("modes") or {}).items():
        if event not in types:
            errors.append(f"modes: unknown event {event}")
            continue
        for mode, cues in by_mode.items():
            if mode not in modes.get(event, set()):
                errors.append(f"modes: {mode!r} not a mode of {event}")
            for s in cues:
                arabic(f"modes {event}.{mode}", s)

    unused = sorted(set(word_ids) - used)
    per_type = Counter(r.get("event") for r in rules)
    print(f"{path}: {len(words)} words, {len(rules)} rules")
    for t in plover["event_types"]:
        print(f"  {t:10} {per_type.get(t, 0)}")
    missing = [t for t in plover["event_types"] if not per_type.get(t)]
    errors += [f"no rule for {t}" for t in missing]
    if unused:
        print(f"unused words ({len(unused)}): {' '.join(unused)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

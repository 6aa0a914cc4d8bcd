"""The shipped lexicons: headers, schemas, unique ids, normalized Arabic, ISO dates, manifest checksums."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from marsad.datafiles import data_path, file_sha256, manifest, strings_in
from marsad.lang.ar.normalize import normalize

DATA = data_path("")
YAML_FILES = sorted(p for p in DATA.rglob("*.yaml"))
ARABIC = re.compile("[\u0600-\u06ff]")
DATE_KEYS = ("start", "end", "until")


def _dated(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in DATE_KEYS:
                yield key, value
            else:
                yield from _dated(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dated(value)


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        content: dict[str, Any] = yaml.safe_load(handle)
    return content


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.relative_to(DATA).as_posix())
def test_header(path: Path) -> None:
    content = _load(path)
    assert {"name", "version", "schema"} <= set(content), f"{path.name}: header incomplete"
    assert content["name"] == path.stem
    assert re.fullmatch(r"\d+\.\d+\.\d+", str(content["version"]))
    assert str(content["schema"]).startswith("marsad.")


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.relative_to(DATA).as_posix())
def test_arabic_strings_are_normalized(path: Path) -> None:
    bad = [s for s in strings_in(_load(path)) if ARABIC.search(s)
           and (normalize(s) != s or unicodedata.normalize("NFC", s) != s)]
    assert not bad, f"{path.name}: not in normalized form (diacritics, tatweel, presentation forms): {bad[:10]}"


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.relative_to(DATA).as_posix())
def test_ids_are_unique(path: Path) -> None:
    content = _load(path)
    for section in ("entries", "words", "rules"):
        ids = [e["id"] for e in content.get(section) or [] if isinstance(e, dict) and "id" in e]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        assert not duplicates, f"{path.name} {section}: duplicate ids {duplicates}"


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.relative_to(DATA).as_posix())
def test_dates_are_iso(path: Path) -> None:
    for key, value in _dated(_load(path)):
        if value is None:
            continue
        assert isinstance(value, dt.date) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)), \
            f"{path.name}: {key}: {value!r} is not YYYY-MM-DD"


def test_manifest_lists_every_data_file_with_its_checksum() -> None:
    listed = manifest()["files"]
    shipped = {p.relative_to(DATA).as_posix() for p in DATA.rglob("*")
               if p.is_file() and p.suffix in (".yaml", ".tsv", ".json", ".jsonl", ".txt", ".html")
               and p.name != "manifest.json"}
    assert set(listed) == shipped, "run python scripts/build_manifest.py"
    stale = [name for name, info in listed.items() if file_sha256(DATA / name) != info["sha256"]]
    assert not stale, f"checksums changed for {stale}: run python scripts/build_manifest.py"

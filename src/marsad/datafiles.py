"""Read the versioned data files shipped in ``marsad/data`` (and users' own lexicons)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import LexiconError

DATA_PACKAGE = "marsad.data"
HEADER_KEYS = ("name", "version", "schema")

# The C loader is several times faster on the large lexicons; PyYAML may lack libyaml.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_path(relative: str) -> Path:
    """The path of a shipped data file, e.g. ``actors/countries.yaml``."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(relative)))


def read_yaml_file(path: Path, *, schema: str | None = None) -> dict[str, Any]:
    """Parse a lexicon file and check its header; errors name the file."""
    try:
        with path.open(encoding="utf-8") as handle:
            content = yaml.load(handle, Loader=_Loader)
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(content, dict):
        raise LexiconError(f"{path}: expected a mapping with name, version, schema, entries")
    missing = [key for key in HEADER_KEYS if key not in content]
    if missing:
        raise LexiconError(f"{path}: header lacks {', '.join(missing)}")
    if schema is not None and content["schema"] != schema:
        raise LexiconError(f"{path}: schema is {content['schema']!r}, expected {schema!r}")
    return content


@lru_cache(maxsize=64)
def load_data(relative: str, schema: str | None = None) -> dict[str, Any]:
    """A shipped data file, parsed once per process."""
    return read_yaml_file(data_path(relative), schema=schema)


@lru_cache(maxsize=1)
def plover() -> dict[str, Any]:
    """The PLOVER controlled vocabularies: types, modes, quad classes, scores, sectors."""
    with data_path("plover.json").open(encoding="utf-8") as handle:
        content: dict[str, Any] = json.load(handle)
    return content


def strings_in(node: Any) -> Iterator[str]:
    """Every string in a parsed data file, however deeply nested (for lints of the Arabic in it)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings_in(value)


def file_sha256(path: Path) -> str:
    """The hex sha256 of a file, as recorded in the manifest."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def manifest() -> dict[str, Any]:
    """The manifest: every data file with its version and checksum."""
    with data_path("manifest.json").open(encoding="utf-8") as handle:
        content: dict[str, Any] = json.load(handle)
    return content


def lexicon_version() -> str:
    """One version string for all shipped lexicons together (recorded on every event)."""
    return str(manifest()["version"])

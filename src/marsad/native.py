"""The optional compiled build: which modules it compiles, and a guard against stale binaries.

Two ways to build it. An install: ``HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .`` compiles
the modules listed under ``[tool.hatch.build.targets.wheel.hooks.mypyc]`` in pyproject.toml (the
same as ``COMPILED``; a test keeps them equal) into the wheel. A source checkout:

``python scripts/build_native.py`` compiles ``COMPILED`` with mypyc next to their sources
(``places.py`` gets a ``places.cpython-*.so``, which Python then imports instead) and writes
``native.json``: the SHA-256 of each source it compiled. Nothing else changes: without a
compiler, or before the script is run, marsad is pure Python. A compiled module whose source
has since been edited would silently run the old code, so ``guard`` (run when ``marsad`` is
imported) checks the hashes and, if any differs, loads every compiled module from its source
instead, with a warning: the modules of a build call one another directly, so they are
replaced all together.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

# The hot modules of the coder (two thirds of its time); mypyc compiles them as one group.
# Not compiled: marsad.lang.ar.phrases (mypyc cannot compile a generic dataclass),
# marsad.lang.ar.tokens (its time goes to the regex and Token objects; no gain measured),
# marsad.actors.lexicon (mypyc fails on its yaml loader subclass) and marsad.pipeline (its
# classes are subclassed outside the build, which a compiled class forbids).
COMPILED = (
    "marsad.lang.ar.forms",
    "marsad.geo.places",
    "marsad.actors.resolve",
    "marsad.actors.pronouns",
    "marsad.actors.anaphora",
    "marsad.actors.document",
    "marsad.events.triggers",
    "marsad.events.coder",
    "marsad.events.attach",
    "marsad.events.modality",
    "marsad.events.lexicon",
    "marsad.events.assault",
    "marsad.events.contexts",
    "marsad.time.dates",
    "marsad.placetime",
    "marsad.events.speech",
    "marsad.events.protest",
    "marsad.events.clitics",
    "marsad.actors.names",
    "marsad.lang.ar.normalize",
    "marsad.lang.ar.sentences",
    "marsad.lang.ar.homographs",
    "marsad.lang.ar.document",
    "marsad.geo.gazetteer",
    "marsad.actors.titles",
)
MANIFEST = "native.json"
_PACKAGE = Path(__file__).resolve().parent


def source_path(module: str, package_dir: Path = _PACKAGE) -> Path:
    """The ``.py`` file of ``module`` (a ``marsad.`` name) under ``package_dir``."""
    return package_dir.joinpath(*module.split(".")[1:]).with_suffix(".py")


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale_modules(package_dir: Path = _PACKAGE) -> list[str]:
    """The compiled modules whose source differs from the one compiled (none without a build)."""
    manifest = package_dir / MANIFEST
    if not manifest.exists():
        # binaries a wheel build left beside the sources of a checkout (hatch-mypyc compiles in
        # place) have no manifest: nothing says they match the sources, so they count as stale
        return orphaned_binaries(package_dir)
    built: dict[str, str] = json.loads(manifest.read_text(encoding="utf-8"))
    stale = []
    for module, digest in built.items():
        path = source_path(module, package_dir)
        if not path.exists() or source_hash(path) != digest:
            stale.append(module)
    return stale


class _FromSource(importlib.abc.MetaPathFinder):
    """Finds the named modules' ``.py`` files, ahead of the compiled binaries beside them."""

    def __init__(self, modules: Sequence[str], package_dir: Path) -> None:
        self._modules = frozenset(modules)
        self._package_dir = package_dir

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self._modules:
            return None
        return importlib.util.spec_from_file_location(fullname, source_path(fullname, self._package_dir))


def orphaned_binaries(package_dir: Path = _PACKAGE) -> list[str]:
    """``COMPILED`` modules with a binary beside their source in a source checkout, and no manifest.

    An installed wheel (no pyproject.toml above its package) is built whole and never stale.
    """
    if not (package_dir.parent.name == "src" and (package_dir.parent.parent / "pyproject.toml").exists()):
        return []
    return [m for m in COMPILED if _binaries_of(m, package_dir)]


def _binaries_of(module: str, package_dir: Path) -> list[Path]:
    source = source_path(module, package_dir)
    return [*source.parent.glob(f"{source.stem}.*.so"), *source.parent.glob(f"{source.stem}.*.pyd")]


def compiled_modules() -> list[str]:
    """The modules of ``COMPILED`` that run compiled in this process (imports them)."""
    return [name for name in COMPILED if not str(importlib.import_module(name).__file__).endswith(".py")]


def guard(package_dir: Path = _PACKAGE) -> list[str]:
    """Load the compiled modules from source if any is stale; the stale ones' names."""
    stale = stale_modules(package_dir)
    if stale:
        manifest = package_dir / MANIFEST
        built = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else stale
        warnings.warn(f"marsad: the compiled build is out of date ({', '.join(stale)} changed or of no known "
                      "build); running the pure-Python modules. Run scripts/build_native.py again, or with "
                      "--clean.", stacklevel=2)
        sys.meta_path.insert(0, _FromSource(list(built), package_dir))
    return stale

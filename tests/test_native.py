"""Tests for marsad.native: the guard against a compiled build older than its sources."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

from marsad import native


def _build(package: Path, module: str, source: str) -> Path:
    """A fake build: ``module``'s source under ``package`` and a manifest naming its hash."""
    path = native.source_path(module, package)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    (package / native.MANIFEST).write_text(json.dumps({module: native.source_hash(path)}), encoding="utf-8")
    return path


def test_every_compiled_module_has_a_source() -> None:
    for module in native.COMPILED:
        assert native.source_path(module).exists(), module


def test_without_a_build_nothing_is_stale(tmp_path: Path) -> None:
    assert native.stale_modules(tmp_path) == []
    assert native.guard(tmp_path) == []


def test_an_edited_source_is_stale(tmp_path: Path) -> None:
    path = _build(tmp_path, "marsad.geo.fake_places", "VALUE = 1\n")
    assert native.stale_modules(tmp_path) == []
    path.write_text("VALUE = 2\n", encoding="utf-8")
    assert native.stale_modules(tmp_path) == ["marsad.geo.fake_places"]
    path.unlink()
    assert native.stale_modules(tmp_path) == ["marsad.geo.fake_places"]


def test_a_stale_build_runs_the_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    path = _build(tmp_path, "marsad.fake_stale", "VALUE = 1\n")
    path.write_text("VALUE = 2\n", encoding="utf-8")  # edited after the build
    with pytest.warns(UserWarning, match="out of date"):
        assert native.guard(tmp_path) == ["marsad.fake_stale"]
    try:
        module = importlib.import_module("marsad.fake_stale")
        assert module.VALUE == 2
        assert module.__file__ == str(path)
    finally:
        sys.modules.pop("marsad.fake_stale", None)


def test_binaries_left_in_a_checkout_without_a_manifest_are_stale(tmp_path: Path) -> None:
    # a compiled wheel build compiles in place and leaves coder.cpython-*.so beside the source
    package = tmp_path / "src" / "marsad"
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    module = native.COMPILED[0]
    source = native.source_path(module, package)
    source.parent.mkdir(parents=True)
    source.write_text("VALUE = 1\n", encoding="utf-8")
    assert native.stale_modules(package) == []
    source.with_name(f"{source.stem}.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    assert native.stale_modules(package) == [module]
    (tmp_path / "pyproject.toml").unlink()  # an installed wheel: built whole, never stale
    assert native.stale_modules(package) == []

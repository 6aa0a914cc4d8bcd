"""The compiled install (HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .) builds and codes as pure Python does.

The wheel is built offline (``--no-build-isolation``: hatchling, hatch-mypyc and mypy come with the dev
extras), installed into a temporary directory, and run in a subprocess on the bundled example articles.
It takes about a minute, most of it mypyc's C compile; it is skipped when there is no C compiler.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from marsad import native

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "src" / "marsad" / "data" / "examples" / "articles.jsonl"
# Codes the example articles and prints, as JSON, the records and which modules ran compiled.
CODE_EXAMPLES = """
import json, sys
import marsad
from marsad.native import compiled_modules
articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
records = marsad.code(articles).records()
print(json.dumps({"compiled": compiled_modules(), "records": records}, ensure_ascii=False, sort_keys=True))
"""


def test_the_build_hook_compiles_exactly_the_modules_marsad_lists() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    listed = [str(Path(p).relative_to("src/marsad")) for p in hook["include"]]
    assert sorted(listed) == sorted(str(native.source_path(m).relative_to(ROOT / "src" / "marsad"))
                                    for m in native.COMPILED)
    assert hook["enable-by-default"] is False  # pip install . stays pure Python unless asked


def _code_examples(python_path: Path | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if python_path is not None:
        env["PYTHONPATH"] = str(python_path)
    done = subprocess.run([sys.executable, "-c", CODE_EXAMPLES, str(EXAMPLES)], capture_output=True, text=True,
                          env=env, cwd=python_path or ROOT, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler")
def test_the_compiled_wheel_codes_the_examples_as_pure_python_does(tmp_path: Path) -> None:
    pytest.importorskip("hatch_mypyc")
    # hatch-mypyc compiles in place: build from a copy, so no binary is left beside the sources here
    checkout = tmp_path / "checkout"
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        (checkout / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, checkout / name)
    shutil.copytree(ROOT / "src" / "marsad", checkout / "src" / "marsad",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", native.MANIFEST))
    env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "true"}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q",
                    "-w", str(tmp_path / "wheel"), str(checkout)], env=env, check=True, capture_output=True)
    (wheel,) = (tmp_path / "wheel").glob("marsad-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    "--target", str(tmp_path / "site"), str(wheel)], check=True, capture_output=True)
    compiled = _code_examples(tmp_path / "site")
    pure = _code_examples(None)
    assert sorted(compiled["compiled"]) == sorted(native.COMPILED)  # type: ignore[arg-type]
    assert compiled["records"] == pure["records"]
    assert compiled["records"]  # the examples do code events

"""Optional: compile the coder's hot modules with mypyc, in place, for about 15% less CPU per document.

    python scripts/build_native.py          # needs mypy (with mypyc) and a C compiler; about a minute
    python scripts/build_native.py --clean  # back to pure Python

The binaries land next to their sources in src/marsad (and one shared library in src/); Python
imports them instead of the .py files, so a source checkout or an editable install (pip install -e .)
runs compiled. They are not committed and not packaged: pip install . stays pure Python. The
modules are listed in marsad.native, which also refuses stale binaries (a source edited after the
build): marsad then warns and runs the sources.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

from marsad.native import COMPILED, MANIFEST, source_hash, source_path  # noqa: E402

PACKAGE = SRC / "marsad"
GROUP = "marsad_native"  # the shared library: src/marsad_native__mypyc.*.so


def binaries() -> list[Path]:
    # *__mypyc*: this script's shared library, and the one a compiled wheel build leaves (hatch-mypyc
    # compiles in place and names it by a hash)
    return [*PACKAGE.rglob("*.so"), *SRC.glob("*__mypyc*.so"), *PACKAGE.rglob("*.pyd"), *SRC.glob("*__mypyc*.pyd")]


def clean() -> None:
    for path in binaries():
        path.unlink()
    (PACKAGE / MANIFEST).unlink(missing_ok=True)


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    clean()
    paths = [str(source_path(module).relative_to(SRC)) for module in COMPILED]
    started = time.perf_counter()
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as temp:
        os.chdir(SRC)  # mypyc names the modules from paths relative to here
        try:
            extensions = mypycify(paths, opt_level="3", group_name=GROUP, target_dir=str(Path(temp) / "c"))
            setup(name="marsad-native", ext_modules=extensions, script_name="build_native.py",
                  script_args=["-q", "build_ext", "--inplace", "--build-temp", str(Path(temp) / "build"),
                               "--build-lib", str(Path(temp) / "lib")])
        finally:
            os.chdir(cwd)
            shutil.rmtree(SRC / ".mypy_cache", ignore_errors=True)
    manifest = {module: source_hash(source_path(module)) for module in COMPILED}
    (PACKAGE / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"compiled {len(COMPILED)} modules in {time.perf_counter() - started:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args()
    if args.clean:
        clean()
        print("removed the compiled modules: marsad is pure Python")
    else:
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write src/marsad/data/manifest.json: every shipped data file with its version and sha256.

Run after changing any data file (the lint test fails until the manifest matches):
    python scripts/build_manifest.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "marsad" / "data"
# The version of the lexicons taken together; bump it whenever a data file changes.
LEXICON_VERSION = "0.1.0"
SUFFIXES = (".yaml", ".tsv", ".json", ".jsonl", ".txt", ".html")


def file_version(path: Path) -> str | None:
    if path.suffix != ".yaml":
        return None
    with path.open(encoding="utf-8") as handle:
        header = yaml.safe_load(handle)
    return str(header.get("version")) if isinstance(header, dict) else None


def main() -> int:
    files = {}
    for path in sorted(DATA.rglob("*")):
        if path.is_file() and path.suffix in SUFFIXES and path.name != "manifest.json":
            files[path.relative_to(DATA).as_posix()] = {
                "version": file_version(path),
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "bytes": path.stat().st_size,
            }
    manifest = {"version": LEXICON_VERSION, "files": files}
    (DATA / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"manifest: {len(files)} files, lexicon version {LEXICON_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Code the ../shared/eval development sets and print the scorer's reports.

    python scripts/evaluate.py [--shared ../shared] [--out .eval]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.evaluation.devsets import EvalPaths, evaluate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--out", type=Path, default=Path(".eval"))
    args = parser.parse_args()
    results = evaluate(EvalPaths(args.shared / "eval"), args.out)
    for task, summary in results.items():
        print(f"== {task}")
        print(summary.pop("report"))
    print(json.dumps({t: {k: v for k, v in s.items() if k != "per_type_dyad"} for t, s in results.items()},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

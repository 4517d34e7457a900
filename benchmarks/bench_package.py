"""Loader and CLI start-up against their floors.

- ``import workshop_data; load_schedule()`` against ``import pandas; pd.read_csv(slots.csv)``:
  pandas' import is nearly all of both. Target ≤ 1.10×.
- ``workshop-data --help`` against ``python -c pass``. Target ≤ 3×.

Run: ``.venv/bin/python benchmarks/bench_package.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harness import SHIPPED, Result, compare  # benchmarks/ is on sys.path when a script here runs

SLOTS = SHIPPED / "slots.csv"


def main(runs: int = 15) -> list[Result]:
    py = sys.executable
    results = [
        compare(
            "load_schedule() vs read_csv",
            [py, "-c", "import workshop_data as w; w.load_schedule()"],
            [py, "-c", f"import pandas as pd; pd.read_csv({str(SLOTS)!r})"],
            runs=runs,
            target=1.10,
        ),
        compare(
            "workshop-data --help vs python",
            [str(Path(py).with_name("workshop-data")), "--help"],
            [py, "-c", "pass"],
            runs=runs,
            target=3.0,
        ),
    ]
    for r in results:
        print(r.line())
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    main(parser.parse_args().runs)

"""Loader and CLI start-up against their floors.

- ``import workshop_data; load_schedule()`` against ``import pandas; pd.read_csv(slots.csv)`` of
  the ``slots.csv`` it reads (the newest edition's newest release): pandas' import is nearly all
  of both. Target ≤ 1.10×.
- ``load_schedule(edition="all")`` (every edition's latest release, checked, stacked) against
  ``pd.read_csv`` of the same ``slots.csv`` files, concatenated. Target ≤ 1.5×.
- ``workshop-data --help`` against ``python -c pass``. Target ≤ 3×.

Run: ``.venv/bin/python benchmarks/bench_package.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harness import Result, compare  # benchmarks/ is on sys.path when a script here runs


def latest_slots() -> list[str]:
    """The ``slots.csv`` of every edition's latest release in the shipped data (what
    ``load_schedule(edition="all")`` reads), oldest edition first."""
    from workshop_data.defaults import LATEST
    from workshop_data.store import release_path, resolve_editions

    return [str(release_path(e, LATEST, None) / "slots.csv") for e in resolve_editions("all", None)]


def main(runs: int = 15) -> list[Result]:
    py = sys.executable
    files = latest_slots()
    newest = files[-1]  # what load_schedule() reads: the newest edition's newest release (NeurIPS 2024's once)
    cases = (  # name, command, floor, target
        (
            "load_schedule() vs read_csv",
            [py, "-c", "import workshop_data as w; w.load_schedule()"],
            [py, "-c", f"import pandas as pd; pd.read_csv({newest!r})"],
            1.10,
        ),
        (
            'load_schedule("all") vs read_csv x9',
            [py, "-c", "import workshop_data as w; w.load_schedule('all')"],
            [py, "-c", f"import pandas as pd; pd.concat([pd.read_csv(f) for f in {files!r}], ignore_index=True)"],
            1.50,
        ),
        ("workshop-data --help vs python", [str(Path(py).with_name("workshop-data")), "--help"], [py, "-c", "pass"], 3),
    )
    results = [compare(name, command, floor, runs=runs, target=target) for name, command, floor, target in cases]
    for r in results:
        print(r.line())
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    main(parser.parse_args().runs)

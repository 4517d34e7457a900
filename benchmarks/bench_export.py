"""Exports against their floor: the same CLI start and release read, written as the package's JSON.

- ``workshop-data export --format ics|frab-xml|frab-json`` against
  ``workshop-data export --format json``: what building the calendar or the frab schedule
  costs (for ``ics``: importing ``icalendar``, the VTIMEZONE, reading the edition's earlier
  releases for ``SEQUENCE``).
- ``export --format ics`` with ten earlier releases in the data directory against the same with
  none: what ``SEQUENCE`` costs as an edition grows.
- In process, the schedule repeated over several days: medians and their ratio to one day
  (the writers should grow linearly).

Run: ``.venv/bin/python benchmarks/bench_export.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from harness import SHIPPED, Result, compare, median_time  # benchmarks/ is on sys.path when a script here runs
from synthetic import over_days

from workshop_data.datapackage import write_release
from workshop_data.formats import frab, ical
from workshop_data.model import Release
from workshop_data.validation import read_release

CLI = [sys.executable, "-m", "workshop_data", "export"]


def with_history(data_dir: Path, n: int) -> None:
    """The shipped release and ``n`` later ones (the Q&A's status changing each time)."""
    release = read_release(SHIPPED)
    write_release(release, data_dir)
    for i in range(1, n + 1):
        slots = tuple(dataclasses.replace(s, status=f"v{i}") if s.slot_id == "qa" else s for s in release.slots)
        later = dataclasses.replace(
            release, name=f"2024-12-{i:02d}", published=dt.datetime(2024, 12, i, tzinfo=dt.UTC), slots=slots
        )
        write_release(later, data_dir)


def main(runs: int = 15) -> list[Result]:
    results = []
    floor = [*CLI, "--format", "json"]
    for name, target in (("ics", 2.5), ("frab-xml", 1.3), ("frab-json", 1.3)):
        results.append(compare(f"export --format {name}", [*CLI, "--format", name], floor, runs=runs, target=target))
        print(results[-1].line(), flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        one, eleven = Path(tmp, "one"), Path(tmp, "eleven")
        with_history(one, 0)
        with_history(eleven, 10)
        results.append(
            compare(
                "ics with 10 earlier releases",
                [*CLI, "--format", "ics", "--data-dir", str(eleven)],
                [*CLI, "--format", "ics", "--data-dir", str(one)],
                runs=runs,
                target=1.5,
            )
        )
        print(results[-1].line(), flush=True)
    for label, write in (
        ("to_ics", lambda r: ical.to_ics(r, history=[])),
        ("frab.to_xml", frab.to_xml),
        ("frab.to_json", frab.to_json),
    ):
        print(growth(label, write, runs), flush=True)
    return results


def growth(label: str, write: Callable[[Release], str], runs: int) -> str:
    """In-process medians of ``write`` over the schedule of 1, 10 and 50 days."""
    release = read_release(SHIPPED)
    base = median_time(lambda: write(release), runs)
    line = [f"{label:<13} 1 day {base * 1000:7.1f} ms"]
    for days in (10, 50):
        big = over_days(release, days)
        took = median_time(lambda big=big: write(big), max(3, runs // 3))
        line.append(f"{days} days {took * 1000:7.1f} ms ({took / base:5.1f}×)")
    return "  ".join(line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    main(parser.parse_args().runs)

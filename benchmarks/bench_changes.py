"""Identity and diff against their floor: reading the two releases they compare.

- ``workshop-data diff OLD NEW`` against a process that builds the same CLI, parses the same
  arguments and loads the same two releases: what comparing and printing cost. Target ≤ 1.15×.
  (Until 2026-12 the floor was ``workshop-data releases E``, which then read both releases in
  full; it now reads only what it lists, and would flatter nothing but the ratio.)
- ``carry_ids(previous, new)`` on a fresh import of an edited release, in a process that reads
  both releases, against the same process without ``carry_ids``. Target ≤ 1.15×.
- ``carry_ids`` at scale, in process (the schedule repeated over several days, so with many
  alike slots, every name respelled): medians, and their ratio to the one-day case.

Run: ``.venv/bin/python benchmarks/bench_changes.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

from harness import SHIPPED, Result, compare, median_time  # benchmarks/ is on sys.path when a script here runs
from synthetic import over_days

from workshop_data.datapackage import write_release
from workshop_data.identity import carry_ids
from workshop_data.model import Release
from workshop_data.validation import read_release


def edited(old: Release) -> Release:
    """A later release: a name corrected, two slots swapped, a status dropped."""
    slots = {s.slot_id: s for s in old.slots}
    ho, jacques = slots["hardware-richard-ho"], slots["invited-natasha-jacques"]
    moved = {
        ho.slot_id: dataclasses.replace(ho, start=jacques.start, end=jacques.end),
        jacques.slot_id: dataclasses.replace(jacques, start=ho.start, end=ho.end),
        "qa": dataclasses.replace(slots["qa"], status=""),
    }
    people = tuple(
        dataclasses.replace(p, name="Natasha Jaques") if p.person_id == "natasha-jacques" else p for p in old.people
    )
    return dataclasses.replace(
        old,
        name="2024-12-01",
        published=dt.datetime(2024, 12, 1, 18, tzinfo=dt.UTC),
        slots=tuple(sorted((moved.get(s.slot_id, s) for s in old.slots), key=lambda s: s.start)),
        people=people,
    )


def main(runs: int = 15) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-changes-") as tmp:
        return measure(Path(tmp), runs)


def measure(data: Path, runs: int) -> list[Result]:
    py = sys.executable
    old = read_release(SHIPPED)
    write_release(old, data)
    write_release(edited(old), data)
    read_two = (
        f"from workshop_data.loaders import load_release as l; d = {str(data)!r}; "
        "a = l('neurips2024', '2024-11-20', d); b = l('neurips2024', '2024-12-01', d)"
    )
    argv = ["diff", "2024-11-20", "2024-12-01", "--data-dir", str(data)]
    parse = f"from workshop_data.cli import build_parser; build_parser().parse_args({argv!r}); "
    results = [
        compare(
            "diff vs parse + read both (CLI)",
            [py, "-c", f"import sys; from workshop_data.cli import main; sys.exit(main({argv!r}))"],
            [py, "-c", parse + read_two],
            runs=runs,
            target=1.15,
        ),
        compare(
            "carry_ids vs reading both",
            [py, "-c", read_two + "; from workshop_data.identity import carry_ids; carry_ids(a, b)"],
            [py, "-c", read_two],
            runs=runs,
            target=1.15,
        ),
    ]
    for r in results:
        print(r.line())
    one_day = 0.0
    for days in (1, 5, 10, 20):
        big = over_days(old, days)
        renamed = dataclasses.replace(big, people=tuple(dataclasses.replace(p, name=p.name + ".") for p in big.people))
        median = median_time(lambda b=big, r=renamed: carry_ids(b, r), 5)
        one_day = one_day or median
        print(
            f"carry_ids, {len(big.slots):3d} slots, {len(big.talks):2d} talks: "
            f"median {median * 1000:8.1f} ms  ({median / one_day:6.1f}× one day)"
        )
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    main(parser.parse_args().runs)

"""Identity and diff against their floor: reading the two releases they compare.

- ``workshop-data diff OLD NEW`` against a process that builds the same CLI, parses the same
  arguments and loads the same two releases: what comparing and printing cost. Target ≤ 1.15×.
  (Until 2026-12 the floor was ``workshop-data releases E``, which then read both releases in
  full; it now reads only what it lists, and would flatter nothing but the ratio.)
- ``carry_ids(previous, new)`` on a fresh import of an edited release, in a process that reads
  both releases, against the same process without ``carry_ids``. Target ≤ 1.15×.
- ``carry_ids`` at scale: a re-import of 1,000 and of 10,000 rows (the schedule repeated over
  days, every id fresh, one day in a hundred edited), in a process that reads both releases,
  against the same process without it. Target ≤ 1.5×: linear, like reading them.

Run: ``.venv/bin/python benchmarks/bench_changes.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

from harness import SHIPPED, Result, compare  # benchmarks/ is on sys.path when a script here runs
from synthetic import over_days

from workshop_data.datapackage import write_release
from workshop_data.identity import rename_ids
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


def reimported(release: Release, days: int) -> Release:
    """Release ``2024-12-01`` of the schedule repeated on ``days`` days, as an import of the
    page makes it: fresh ids (none the same as before), and one day in a hundred edited."""
    new = over_days(release, days, papers=False, edit=edited, edit_every=100)
    new = rename_ids(
        new,
        {s.slot_id: f"new-{s.slot_id}" for s in new.slots},
        {t.talk_id: f"new-{t.talk_id}" for t in new.talks},
        {p.person_id: f"new-{p.person_id}" for p in new.people},
    )
    return dataclasses.replace(new, name="2024-12-01", published=dt.datetime(2024, 12, 1, 18, tzinfo=dt.UTC))


def main(runs: int = 15) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-changes-") as tmp:
        return measure(Path(tmp) / "data", runs)


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
    results += at_scale(data.parent / "scale", old, runs=max(3, runs // 5))
    for r in results:
        print(r.line())
    return results


def at_scale(root: Path, shipped: Release, runs: int) -> list[Result]:
    """``carry_ids`` on a re-import of 1,000 and 10,000 rows: in a process that reads both
    releases, against the same process without ``carry_ids``."""
    py = sys.executable
    results = []
    for rows in (1000, 10000):
        days = -(-rows // len(shipped.slots))
        data = root / str(rows)
        old = dataclasses.replace(over_days(shipped, days, papers=False), path=None)
        write_release(old, data)
        write_release(reimported(shipped, days), data)
        read_two = (
            f"from workshop_data.loaders import load_release as l; d = {str(data)!r}; "
            "a = l('neurips2024', '2024-11-20', d); b = l('neurips2024', '2024-12-01', d)"
        )
        results.append(
            compare(
                f"carry_ids, {len(old.slots):,} rows",
                [py, "-c", read_two + "; from workshop_data.identity import carry_ids; carry_ids(a, b)"],
                [py, "-c", read_two],
                runs=runs,
                warmup=0,
                target=1.5,
            )
        )
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    main(parser.parse_args().runs)

"""How loading, validating and every export grow with the size of an edition and the number of
editions (in process, imports excluded).

Data: ``benchmarks/synthetic.py`` — one edition of 14, 140, 1,008 and 10,010 slots (talks,
people, roles, papers and authors scaled with it), and 1, 10, 100 and 1,000 editions of 14
slots, written with ``write_release`` into temporary data directories.

- one edition: ``read_release`` (validate), every loader, and every export format's writer
  (``table``, ``csv``, ``json``, ``ics``, ``frab-xml``, ``frab-json``, ``jekyll``);
- many editions: every loader with ``edition="all"``, ``editions()`` and ``releases()``.

Each operation runs in this process once everything is imported (a warm-up run first), so a
timing holds no interpreter or import start-up; the reader's memo of parsed files is emptied
before each, so that every read is a first read, as in a new process, and so is the frab
writers' memo of a release's layout (the XML and the JSON of one release share it). What fixed cost remains
(an empty frame, a descriptor read) is subtracted as the smallest size's time. The exponent between the two
largest sizes is k = ln[(t(n2) − t(n0)) / (t(n1) − t(n0))] / ln[(n2 − n0) / (n1 − n0)], n0 the
smallest size; target ≤ 1.1 (linear). Rounds are interleaved (every operation at every size,
then again), the largest size in ``--big-runs`` rounds only; medians of CPU time (this
process's; steadier than wall-clock time on a shared machine), wall-clock time beside it.

Run: ``.venv/bin/python benchmarks/bench_scale.py [--runs N] [--big-runs N] [--slots ...]
[--editions ...] [--only slots|editions]``.
"""

from __future__ import annotations

import argparse
import functools
import math
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import synthetic  # benchmarks/ is on sys.path when a script here runs
from harness import load_average

import workshop_data as wd
from workshop_data import encoding, validation
from workshop_data.formats import FORMATS, frab, writer
from workshop_data.validation import read_release

LOADERS = (
    "load_release",
    "load_edition",
    "load_schedule",
    "load_talks",
    "load_people",
    "load_roles",
    "load_papers",
    "load_authors",
    "load_workshop",
)
#: Loaders that take ``edition="all"`` (all but those of one release or one edition's history).
ALL_LOADERS = tuple(name for name in LOADERS if name not in ("load_release", "load_edition"))
TARGET = 1.1


def exponent(ns: Sequence[int], times: Sequence[float]) -> float:
    """Growth exponent between the two largest sizes, the smallest size's time subtracted."""
    (n0, t0), (n1, t1), (n2, t2) = (ns[0], times[0]), (ns[-2], times[-2]), (ns[-1], times[-1])
    return math.log(max(t2 - t0, 1e-9) / max(t1 - t0, 1e-9)) / math.log((n2 - n0) / (n1 - n0))


def one_edition_steps(data: Path) -> dict[str, Callable[[], Any]]:
    """Every operation on the one edition in ``data``."""
    edition = "neurips2024"
    folder = next((data / edition).iterdir())
    release = read_release(folder)
    steps: dict[str, Callable[[], Any]] = {"validate (read_release)": lambda: read_release(folder)}
    for name in LOADERS:
        steps[name] = lambda name=name: getattr(wd, name)(edition, data_dir=data)
    for fmt in FORMATS:
        steps[f"export {fmt}"] = lambda fmt=fmt: writer(fmt)(release)
    return steps


def editions_steps(data: Path) -> dict[str, Callable[[], Any]]:
    """Every operation over all the editions in ``data``."""
    steps: dict[str, Callable[[], Any]] = {
        f"{name}('all')": (lambda name=name: getattr(wd, name)("all", data_dir=data)) for name in ALL_LOADERS
    }
    steps["editions()"] = lambda: wd.editions(data_dir=data)
    steps["releases() of one"] = lambda: wd.releases("neurips2024", data_dir=data)
    return steps


def measure(
    label: str,
    sizes: Sequence[int],
    make: Callable[[Path, int], dict[str, Callable[[], Any]]],
    runs: int,
    big_runs: int,
) -> list[str]:
    """Interleaved rounds of every step at every size; a table of medians and exponents."""
    cpu: dict[tuple[str, int], list[float]] = {}
    wall: dict[tuple[str, int], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix=f"bench-scale-{label}-") as tmp:
        steps = {n: make(Path(tmp, str(n)), n) for n in sizes}
        names = list(steps[sizes[0]])
        for n in sizes:  # warm-up: imports, caches of zones and schemas
            for step in steps[n].values():
                step()
        for round_ in range(runs):
            for n in sizes:
                if n == sizes[-1] and round_ >= big_runs:
                    continue
                for name, step in steps[n].items():
                    # a first reading, as in a new process: the reader remembers the rows of the
                    # files it parsed (an edition's releases share files), and would time a lookup
                    validation._PARSED.clear()
                    encoding._HASHED.clear()  # (and the hashes of the files it read)
                    validation._LINES.clear()  # (and the typed rows of their lines)
                    frab.PLANS.clear()  # (the frab files of a release share its layout)
                    w, c = time.perf_counter(), time.process_time()
                    step()
                    cpu.setdefault((name, n), []).append(time.process_time() - c)
                    wall.setdefault((name, n), []).append(time.perf_counter() - w)
    lines = [
        f"{label}: CPU ms (median; wall-clock ms of the largest size), exponent between {sizes[-2]} and {sizes[-1]}"
    ]
    head = "".join(f"{n:>10}" for n in sizes)
    lines.append(f"{'operation':<26}{head}  {'wall':>9}  exponent")
    for name in names:
        med = [statistics.median(cpu[(name, n)]) for n in sizes]
        cells = "".join(f"{m * 1000:10.1f}" for m in med)
        top = statistics.median(wall[(name, sizes[-1])]) * 1000
        if med[-1] < 2 * med[0]:  # grows by less than its fixed cost over the whole range
            lines.append(f"{name:<26}{cells}  {top:9.1f}  flat (does not grow with the size)")
            continue
        k = exponent(sizes, med)
        verdict = "" if k <= TARGET else "  > 1.1"
        lines.append(f"{name:<26}{cells}  {top:9.1f}  {k:5.2f}{verdict}")
    return lines


#: part -> (write the data of one size into a folder, the steps over that folder)
PARTS: dict[str, tuple[Callable[[Path, int], object], Callable[[Path], dict[str, Callable[[], Any]]]]] = {
    "slots": (synthetic.one_edition, one_edition_steps),
    "editions": (synthetic.editions, editions_steps),
}


def prepared(part: str, root: Path, n: int) -> dict[str, Callable[[], Any]]:
    """Write ``part``'s data of size ``n`` into ``root``; return the steps over it."""
    write, steps = PARTS[part]
    write(root, n)
    return steps(root)


def main(args: argparse.Namespace) -> None:
    print(f"load average at start: {load_average()}", flush=True)
    for part in PARTS:
        if args.only in (None, part):
            sizes = getattr(args, part)
            for line in measure(part, sizes, functools.partial(prepared, part), args.runs, args.big_runs):
                print(line, flush=True)
    print(f"load average at end: {load_average()}", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--big-runs", type=int, default=2, help="rounds that include the largest size (default 2)")
    parser.add_argument("--slots", type=int, nargs="+", default=list(synthetic.SLOT_SIZES))
    parser.add_argument("--editions", type=int, nargs="+", default=list(synthetic.EDITION_SIZES))
    parser.add_argument("--only", choices=("slots", "editions"))
    main(parser.parse_args())

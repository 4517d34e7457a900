"""What making releases durable costs: publishing with its flushes against the same without.

Publishing flushes the releases to the disk before renaming them into place, and each edition's
folder after each rename (:class:`workshop_data.datapackage.Publication`). A flush is kernel
time and a wait for the disk, which callgrind does not count: here wall-clock and CPU time over
interleaved runs (:mod:`harness`), in process, each run into a fresh data directory, of three
ways (:class:`workshop_data.datapackage.Disk`):

- ``none``: nothing flushed (publishing before it was made durable: the same files, folders and
  renames);
- ``fsync each``: each file and temporary folder flushed as written, the edition's folder after
  each rename (11 flushes a release; what publishing does where the system has no ``syncfs``);
- ``syncfs``: every release written first, one ``syncfs`` of the file system, then each renamed
  and its edition's folder flushed (what publishing does on Linux);

for ``publish``, every release of the site's history (planned once, from a clone of the bundle:
:func:`workshop_data.siteimport.publishing.publish`), and ``write_release``, one release (the
shipped NeurIPS 2024 one). With ``--before TREE`` (the package's sources before the change, e.g.
``git archive`` of the parent commit), also ``workshop-data import-site`` of the whole history as a
process, with this tree against that one.

Run: ``.venv/bin/python benchmarks/bench_durability.py [--runs N] [--before TREE]`` (needs git
and ../shared/corpus/mlforsystems-site.bundle).
"""

from __future__ import annotations

import argparse
import functools
import itertools
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from harness import interleaved_timings, load_average  # benchmarks/ is on sys.path when a script here runs

from workshop_data.datapackage import DISK, Disk, write_release
from workshop_data.siteimport.planning import plan
from workshop_data.siteimport.publishing import publish
from workshop_data.validation import read_release

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT.parent / "shared" / "corpus" / "mlforsystems-site.bundle"
SHIPPED = ROOT / "workshop_data" / "data" / "neurips2024" / "2024-11-20"


def no_sync(fd: int) -> None:
    """An ``fsync`` that flushes nothing."""


#: The ways compared (see the module's docstring).
WAYS = {"none": Disk(fsync=no_sync), "fsync each": Disk(), "syncfs": DISK}


def report(name: str, wall: dict[str, list[float]], cpu: dict[str, list[float]], base: str) -> None:
    """One line per step: medians of wall and CPU time, and the difference from ``base``."""
    for step in wall:
        w, c = statistics.median(wall[step]), statistics.median(cpu[step])
        extra = ""
        if step != base:
            bw, bc = statistics.median(wall[base]), statistics.median(cpu[base])
            extra = f"  (+{(w - bw) * 1000:7.1f} ms wall, {w / bw:5.2f}×; +{(c - bc) * 1000:7.1f} ms cpu)"
        print(f"{name + ': ' + step:<42} wall {w * 1000:8.1f} ms  cpu {c * 1000:8.1f} ms{extra}", flush=True)


def fresh(scratch: Path) -> Callable[[], Path]:
    """A maker of fresh, empty data directories under ``scratch`` (the last one removed)."""
    counter = itertools.count()
    last: list[Path] = []

    def make() -> Path:
        for old in last:
            shutil.rmtree(old, ignore_errors=True)
        last[:] = [scratch / f"data{next(counter)}"]
        return last[0]

    return make


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--before", type=Path, default=None, help="the package's sources before the change")
    args = parser.parse_args()
    print(f"load average at start: {load_average()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-durability-") as tmp:
        scratch = Path(tmp)
        site = scratch / "site"
        subprocess.run(["git", "clone", "-q", str(BUNDLE), str(site)], check=True)
        releases = plan(site)
        count = sum(map(len, releases.values()))
        new = fresh(scratch)

        wall, cpu = interleaved_timings(
            {way: functools.partial(lambda d: publish(releases, new(), disk=d), disk) for way, disk in WAYS.items()},
            args.runs,
        )
        report(f"publish ({count} releases)", wall, cpu, "none")

        one = read_release(SHIPPED)
        wall, cpu = interleaved_timings(
            {way: functools.partial(lambda d: write_release(one, new(), disk=d), disk) for way, disk in WAYS.items()},
            args.runs * 5,
        )
        report("write_release (one)", wall, cpu, "none")

        if args.before is not None:
            data = scratch / "cli"

            def cli(tree: Path) -> list[str]:
                return ["env", f"PYTHONPATH={tree}", sys.executable, "-m", "workshop_data", "import-site", str(site),
                        "--data-dir", str(data)]  # fmt: skip

            wall, cpu = interleaved_timings(
                {"before": cli(args.before.resolve()), "now": cli(ROOT)},
                args.runs,
                before=lambda: shutil.rmtree(data, ignore_errors=True),
            )
            report("import-site (process)", wall, cpu, "before")
    print(f"load average at end: {load_average()}", flush=True)


if __name__ == "__main__":
    main()

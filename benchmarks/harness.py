"""A tiny harness for whole-process benchmarks: cold runs, interleaved with their floor.

Machines here are noisy and absolute times are not comparable across runs, so each benchmark
runs a command and its floor alternately (A B A B …) in one loop and reports the medians and
their ratio. Shared by every script in this folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

Step = Sequence[str] | Callable[[], object]

#: The environment commands run in: Python's bytecode cache on, in a folder of the temporary
#: directory. An installed package has its modules compiled (pip writes the ``.pyc``), and so do
#: the floors' libraries; with ``PYTHONDONTWRITEBYTECODE=1`` (as some shells here set it) every
#: run would compile the package's sources again (0.1-0.3 s a process) and not pandas' or lxml's.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {
    "PYTHONPYCACHEPREFIX": os.path.join(tempfile.gettempdir(), "workshop-data-bench-pycache")
}

#: The release the package ships, the data most benchmarks start from.
SHIPPED = Path(__file__).resolve().parents[1] / "workshop_data/data/neurips2024/2024-11-20"


@dataclass
class Result:
    name: str
    subject: list[float]
    floor: list[float]
    target: float | None = None

    @property
    def ratio(self) -> float:
        return statistics.median(self.subject) / statistics.median(self.floor)

    def line(self) -> str:
        verdict = ""
        if self.target is not None:
            verdict = f"  target ≤ {self.target:.2f}× {'met' if self.ratio <= self.target else 'MISSED'}"
        return (
            f"{self.name:<34} median {statistics.median(self.subject) * 1000:8.1f} ms"
            f"  floor {statistics.median(self.floor) * 1000:8.1f} ms  ratio {self.ratio:5.2f}×"
            f"  (n={len(self.subject)}){verdict}"
        )


def timed(step: Step) -> float:
    """Seconds one run of ``step`` (a command line or a callable) takes."""
    start = time.perf_counter()
    if callable(step):
        step()
    else:
        subprocess.run(step, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def median_time(step: Step, runs: int) -> float:
    """The median of ``runs`` timings of ``step`` (in process or not; no floor)."""
    return statistics.median(timed(step) for _ in range(runs))


def interleaved(
    steps: Mapping[str, Step],
    runs: int,
    warmup: int = 1,
    before: Callable[[], object] | None = None,
) -> dict[str, list[float]]:
    """Time every step once per round (A B C A B C …), ``runs`` rounds after ``warmup`` untimed
    ones; ``before`` runs untimed before each timed step. Seconds per step, in run order."""
    for _ in range(warmup):
        for step in steps.values():
            timed(step)
    samples: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            if before is not None:
                before()
            samples[name].append(timed(step))
    return samples


def compare(
    name: str,
    subject: Step,
    floor: Step,
    runs: int = 9,
    warmup: int = 1,
    target: float | None = None,
    before: Callable[[], object] | None = None,
) -> Result:
    """Run ``subject`` and ``floor`` alternately ``runs`` times each; ``before`` runs untimed first."""
    samples = interleaved({"subject": subject, "floor": floor}, runs, warmup, before)
    return Result(name, samples["subject"], samples["floor"], target)

"""A tiny harness for whole-process benchmarks: cold runs, interleaved with their floor.

Machines here are noisy and absolute times are not comparable across runs, so each benchmark
runs a command and its floor alternately (A B A B …) in one loop and reports the medians and
their ratio. Shared by every script in this folder.

Each run is timed twice: wall-clock time, and CPU time (user + system of the process and the
processes it waited for, or of this process for an in-process step). On a machine shared with
other work the CPU time is the steadier of the two (a process waiting for a core uses none);
both ratios are printed, with the load average at the start and the end.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Step = Sequence[str] | Callable[[], object]


def env() -> dict[str, str]:
    """The environment commands run in: this process's as it is now (a script sets
    ``WORKSHOP_DATA_DIR`` for each of its parts), with Python's bytecode cache on, in a folder of
    the temporary directory. An installed package has its modules compiled (pip writes the
    ``.pyc``), and so do the floors' libraries; with ``PYTHONDONTWRITEBYTECODE=1`` (as some shells
    here set it) every run would compile the package's sources again (0.1-0.3 s a process) and not
    pandas' or lxml's."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {
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
    #: CPU seconds of the same runs (empty when not measured).
    subject_cpu: list[float] = field(default_factory=list)
    floor_cpu: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return statistics.median(self.subject) / statistics.median(self.floor)

    @property
    def cpu_ratio(self) -> float | None:
        if not self.subject_cpu or not self.floor_cpu:
            return None
        return statistics.median(self.subject_cpu) / statistics.median(self.floor_cpu)

    def line(self) -> str:
        verdict = ""
        if self.target is not None:
            verdict = f"  target ≤ {self.target:.2f}× {'met' if self.ratio <= self.target else 'MISSED'}"
        cpu = ""
        if self.cpu_ratio is not None:
            cpu = (
                f"  | cpu {statistics.median(self.subject_cpu) * 1000:8.1f} ms"
                f" floor {statistics.median(self.floor_cpu) * 1000:8.1f} ms ratio {self.cpu_ratio:5.2f}×"
            )
        return (
            f"{self.name:<34} median {statistics.median(self.subject) * 1000:8.1f} ms"
            f"  floor {statistics.median(self.floor) * 1000:8.1f} ms  ratio {self.ratio:5.2f}×"
            f"  (n={len(self.subject)}){verdict}{cpu}"
        )


def load_average() -> str:
    """The 1-, 5- and 15-minute load averages, e.g. ``"6.41 7.26 6.11"``."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timings(step: Step) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of ``step`` (a command line or a callable)."""
    start, cpu = time.perf_counter(), (time.process_time() if callable(step) else _children_cpu())
    if callable(step):
        step()
        used = time.process_time() - cpu
    else:
        subprocess.run(step, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
        used = _children_cpu() - cpu
    return time.perf_counter() - start, used


def timed(step: Step) -> float:
    """Seconds one run of ``step`` (a command line or a callable) takes."""
    return timings(step)[0]


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
    return interleaved_timings(steps, runs, warmup, before)[0]


def interleaved_timings(
    steps: Mapping[str, Step],
    runs: int,
    warmup: int = 1,
    before: Callable[[], object] | None = None,
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """:func:`interleaved`, with the CPU seconds of the same runs: ``(wall, cpu)``."""
    for _ in range(warmup):
        for step in steps.values():
            if before is not None:
                before()
            timed(step)
    wall: dict[str, list[float]] = {name: [] for name in steps}
    cpu: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            if before is not None:
                before()
            took, used = timings(step)
            wall[name].append(took)
            cpu[name].append(used)
    return wall, cpu


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
    wall, cpu = interleaved_timings({"subject": subject, "floor": floor}, runs, warmup, before)
    return Result(name, wall["subject"], wall["floor"], target, cpu["subject"], cpu["floor"])

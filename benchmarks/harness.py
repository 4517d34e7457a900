"""A tiny harness for whole-process benchmarks: cold runs, interleaved with their floor.

Machines here are noisy and absolute times are not comparable across runs, so each benchmark
runs a command and its floor alternately (A B A B …) in one loop and reports the medians and
their ratio. Shared by every script in this folder.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Step = Sequence[str] | Callable[[], object]


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
        subprocess.run(step, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


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
    for _ in range(warmup):
        timed(subject)
        timed(floor)
    result = Result(name, [], [], target)
    for _ in range(runs):
        for step, bucket in ((subject, result.subject), (floor, result.floor)):
            if before is not None:
                before()
            bucket.append(timed(step))
    return result

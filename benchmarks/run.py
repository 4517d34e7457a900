"""Run every benchmark of this folder (``make bench``): each prints medians and ratios to its floor."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).parent

if __name__ == "__main__":
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"## {script.stem}", flush=True)
        sys.argv = [str(script)]
        runpy.run_path(str(script), run_name="__main__")
        print(flush=True)

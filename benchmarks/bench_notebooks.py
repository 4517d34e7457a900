"""Notebook execution against the same code run as a plain script.

- Each notebook executed top to bottom by nbclient on the ``python3`` kernel (what the tests and
  the site do), against its code cells joined into a plain Python script, generated here at run
  time (matplotlib on the Agg backend, nothing shown): the floor. The difference is what running
  the code as a notebook costs — kernel start-up and shutdown, messaging, and rendering every
  output (PNG figures, HTML tables).
- The kernel alone: a one-cell notebook (``pass``) executed by nbclient against ``python -c pass``;
  and, of that, what importing the driver (nbclient, nbformat) takes.

Run: ``.venv/bin/python benchmarks/bench_notebooks.py [--runs N]`` (whole processes, A B A B …).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import nbformat
from harness import Result, interleaved  # benchmarks/ is on sys.path when a script here runs

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
KERNEL = "python3"
EXECUTE = (
    "import sys, nbformat; from nbclient import NotebookClient; "
    f"NotebookClient(nbformat.read(sys.argv[1], as_version=4), kernel_name={KERNEL!r}, timeout=600).execute()"
)
DRIVER = "import nbformat, nbclient"


def floor_script(notebook: Path, target: Path) -> Path:
    """Write the notebook's code cells, in order, as a plain script that runs headless."""
    nb = nbformat.read(notebook, as_version=4)
    cells = [c.source for c in nb.cells if c.cell_type == "code"]
    target.write_text("import matplotlib\n\nmatplotlib.use('Agg')\n\n" + "\n\n".join(cells) + "\n", encoding="utf-8")
    return target


def empty_notebook(target: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3", "language": "python"}
    nb.cells.append(nbformat.v4.new_code_cell("pass"))
    nbformat.write(nb, target)
    return target


def main(runs: int = 5) -> list[Result]:
    """Time every command in one interleaved loop (so the kernel's cost is measured beside the notebooks)."""
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        empty = empty_notebook(Path(tmp) / "empty.ipynb")
        steps: dict[str, list[str]] = {"python": [py, "-c", "pass"], "driver": [py, "-c", DRIVER]}
        steps["empty notebook"] = [py, "-c", EXECUTE, str(empty)]
        names = []
        for notebook in sorted(NOTEBOOKS.glob("*.ipynb")):
            names.append(notebook.name)
            steps[notebook.name] = [py, "-c", EXECUTE, str(notebook)]
            steps[f"{notebook.name} script"] = [py, str(floor_script(notebook, Path(tmp) / f"{notebook.stem}.py"))]
        samples = interleaved(steps, runs)
    results = [Result(f"{n} vs script", samples[n], samples[f"{n} script"]) for n in names]
    kernel = Result("kernel: empty notebook vs python", samples["empty notebook"], samples["python"])
    driver = Result("driver: import nbclient vs python", samples["driver"], samples["python"])
    for r in [*results, kernel, driver]:
        print(r.line())
    kernel_cost = statistics.median(kernel.subject) - statistics.median(kernel.floor)
    driver_cost = statistics.median(driver.subject) - statistics.median(driver.floor)
    print(
        f"the kernel's fixed cost (import the driver, start a kernel, run one cell, shut down): "
        f"{kernel_cost * 1000:.0f} ms, of which importing the driver {driver_cost * 1000:.0f} ms"
    )
    for r in results:
        overhead = statistics.median(r.subject) - statistics.median(r.floor)
        net = overhead - kernel_cost
        print(
            f"{r.name.split()[0]}: notebook overhead {overhead * 1000:.0f} ms; less the kernel's fixed cost "
            f"{net * 1000:.0f} ms (rendering outputs and messaging, net of modules the kernel had imported already)"
        )
    return [*results, kernel, driver]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    main(parser.parse_args().runs)

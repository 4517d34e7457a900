"""Notebook execution against the same cells run in process, rendering the same outputs.

- Each notebook executed top to bottom by nbclient on the ``python3`` kernel (what the tests and
  the site do), against its floor: the same code cells run in this one process by IPython's
  ``InteractiveShell`` with the kernel's inline matplotlib backend, every cell's value and every
  ``display()`` formatted as the kernel formats them (PNG figures, HTML tables, Markdown) and
  kept in memory — the same outputs, without a kernel, its messages and the notebook format.
  (Until 2026-12 the floor ran the cells as a bare script, rendering no figure or table, which
  flattered the notebooks' overhead.) The difference is what running the code as a notebook
  costs: the driver's import, kernel start-up and shutdown, messaging.
- The kernel alone: a one-cell notebook (``pass``) executed by nbclient against ``python -c pass``;
  and, of that, what importing the driver (nbclient, nbformat) takes.

Run: ``.venv/bin/python benchmarks/bench_notebooks.py [--runs N]`` (whole processes, A B A B …,
wall-clock and CPU time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import nbformat
from harness import Result, interleaved_timings, load_average  # benchmarks/ is on sys.path when a script here runs

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
KERNEL = "python3"
EXECUTE = (
    "import sys, nbformat; from nbclient import NotebookClient; "
    f"NotebookClient(nbformat.read(sys.argv[1], as_version=4), kernel_name={KERNEL!r}, timeout=600).execute()"
)
DRIVER = "import nbformat, nbclient"


#: The floor: a notebook's code cells run in process, their outputs rendered as by the kernel.
FLOOR = """\
import json, sys
from IPython.core.displayhook import DisplayHook
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

outputs = []


class Keep(DisplayHook):
    def write_format_data(self, format_dict, md_dict=None):  # a cell's value, in every format
        outputs.append(format_dict)


class Shell(InteractiveShell):
    displayhook_class = Keep

    def enable_gui(self, gui=None):  # no event loop to hook: figures go inline
        pass


shell = Shell.instance()
shell.enable_matplotlib("inline")  # figures shown as PNG, as the kernel's inline backend does
for cell in json.load(open(sys.argv[1], encoding="utf-8"))["cells"]:
    if cell["cell_type"] == "code":
        with capture_output() as captured:  # display(): figures, Markdown…
            shell.run_cell("".join(cell["source"]), store_history=True).raise_error()
        outputs += [o.data for o in captured.outputs]
if "talk_mix" in sys.argv[1]:  # the floor renders what the notebook shows: figures and tables
    assert any("image/png" in o for o in outputs) and any("text/html" in o for o in outputs)
"""


def floor_script(target: Path) -> Path:
    """Write the floor's script (it takes the notebook's path)."""
    target.write_text(FLOOR, encoding="utf-8")
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
    print(f"load average at start: {load_average()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        empty = empty_notebook(Path(tmp) / "empty.ipynb")
        floor = str(floor_script(Path(tmp) / "floor.py"))
        steps: dict[str, list[str]] = {"python": [py, "-c", "pass"], "driver": [py, "-c", DRIVER]}
        steps["empty notebook"] = [py, "-c", EXECUTE, str(empty)]
        names = []
        for notebook in sorted(NOTEBOOKS.glob("*.ipynb")):
            names.append(notebook.name)
            steps[notebook.name] = [py, "-c", EXECUTE, str(notebook)]
            steps[f"{notebook.name} in process"] = [py, floor, str(notebook)]
        wall, cpu = interleaved_timings(steps, runs)

    def result(name: str, subject: str, floor: str) -> Result:
        return Result(name, wall[subject], wall[floor], None, cpu[subject], cpu[floor])

    results = [result(f"{n} vs in process", n, f"{n} in process") for n in names]
    kernel = result("kernel: empty notebook vs python", "empty notebook", "python")
    driver = result("driver: import nbclient vs python", "driver", "python")
    for r in [*results, kernel, driver]:
        print(r.line())
    print(f"load average at end: {load_average()}", flush=True)
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
            f"{net * 1000:.0f} ms (messages between kernel and driver, the notebook format; net of modules the kernel "
            "had imported already)"
        )
    return [*results, kernel, driver]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    main(parser.parse_args().runs)

"""Importing a schedule page against its floor: parsing the same page with lxml and PyYAML.

- ``workshop-data import SEED`` into a fresh data dir, against a process that imports lxml and
  PyYAML and parses the same page: what reading the table, building and writing the release
  cost on top of the parsers. On a 7 KB page the fixed start-up (the package's modules, writing
  five files) dominates. Target ≤ 2.5×.
- the same on a page of several megabytes (the seed page with a thousand speaker bios below
  the table): the import stays a small multiple of parsing the page. Target ≤ 2×.
- in process, hostile section cells of growing size (runs of spaces, thousands of ``<br>``):
  the time grows linearly (the ratio to the smallest size follows the size).

Run: ``.venv/bin/python benchmarks/bench_import.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from harness import compare, timed  # benchmarks/ is on sys.path when a script here runs

from workshop_data.importer import build_release
from workshop_data.importer.page import parse_page

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_d9f5c59d0a0e9214.txt"
CLI = [sys.executable, "-m", "workshop_data"]
PARSE = "import sys, lxml.html, yaml; t = open(sys.argv[1], encoding='utf-8').read(); " + (
    "yaml.safe_load(t.split('---')[1]); lxml.html.document_fromstring(t.split('---', 2)[2])"
)
HEAD = "---\ntitle: Schedule\nworkshop_name: bench2031\nsite_description: Workshop on B at Bench 2031, May 1\n---\n"


def big_page(folder: Path) -> Path:
    bio = "<div class='speaker-bio'><h3>Someone</h3><p>" + "lorem ipsum dolor sit amet " * 200 + "</p></div>\n"
    path = folder / "big.md"
    path.write_text(SEED.read_text(encoding="utf-8") + bio * 1000, encoding="utf-8")
    return path


def hostile(cell: str) -> str:
    return HEAD + f'<table class="schedule-table"><tr><td>9:00 AM</td><td>{cell}</td></tr></table>'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        for name, page in (("seed page", SEED), ("5 MB page", big_page(Path(tmp)))):
            size = page.stat().st_size
            result = compare(
                f"import {name} ({size / 1e6:.1f} MB)",
                [
                    *CLI,
                    "import",
                    str(page),
                    "--edition",
                    "neurips2024",
                    "--release",
                    "r",
                    "--timezone",
                    "America/Vancouver",
                    "--data-dir",
                    str(data),
                ],
                [sys.executable, "-c", PARSE, str(page)],
                runs=args.runs,
                target=2.5 if page == SEED else 2.0,
                before=lambda: shutil.rmtree(data, ignore_errors=True),
            )
            print(result.line(), flush=True)
    for what, make in (
        ("spaces", lambda n: "Poster" + " " * n + "x ("),
        ("<br>", lambda n: "Coffee" + "<br/>x" * (n // 6)),
    ):
        times = []
        for n in (100_000, 200_000, 400_000):
            text = hostile(make(n))
            times.append(
                min(
                    timed(lambda t=text: build_release(parse_page(t), "bench2031", "r", timezone="UTC"))
                    for _ in range(3)
                )
            )
        growth = ", ".join(f"{t / times[0]:.1f}×" for t in times)
        print(
            f"hostile cell of {what}: 100k/200k/400k chars {', '.join(f'{t * 1000:.0f} ms' for t in times)} ({growth})"
        )


if __name__ == "__main__":
    main()

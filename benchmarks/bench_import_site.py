"""Importing the site's whole history against its floor: reading the same page versions out of
git and parsing them with the same HTML parser.

- ``workshop-data import-site SITE`` into an empty data dir (every edition, every version),
  against a process that lists the same commits and paths with ``git log``, reads each data
  page version with ``git cat-file --batch`` and parses it with ``lxml.html``: what building the
  releases (the importer's rows, ids carried from release to release, comparing, writing) costs
  on top of reading the history. Target ≤ 2×.

Run: ``.venv/bin/python benchmarks/bench_import_site.py [--runs N]`` (needs git and
../shared/corpus/mlforsystems-site.bundle).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import compare  # benchmarks/ is on sys.path when a script here runs

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT.parent / "shared" / "corpus" / "mlforsystems-site.bundle"
CLI = [sys.executable, "-m", "workshop_data"]
#: The floor: the same page versions (data pages a commit added or changed) read out of git and
#: parsed with lxml.html, in one process.
FLOOR = r"""
import re, subprocess, sys, lxml.html
repo = sys.argv[1]
log = subprocess.run(["git", "-C", repo, "log", "--reverse", "--first-parent", "--no-renames",
                      "--name-status", "--format=\x1e%H", "HEAD"], capture_output=True, text=True).stdout
page = re.compile(r"(?:[a-z]+\.?\d{4}/)?(?:index|schedule|accepted_papers)\.md|_data/[^/]+/papers\.csv")
wanted = []
for record in log.split("\x1e")[1:]:
    sha, _, body = record.partition("\n")
    for line in body.splitlines():
        status, _, path = line.partition("\t")
        if status and status[0] != "D" and page.fullmatch(path):
            wanted.append(f"{sha}:{path}")
proc = subprocess.Popen(["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for spec in wanted:
    proc.stdin.write(spec.encode() + b"\n"); proc.stdin.flush()
    size = int(proc.stdout.readline().split()[2]); data = proc.stdout.read(size); proc.stdout.read(1)
    text = data.decode("utf-8", "replace")
    if "<" in text and not spec.endswith(".csv"):
        lxml.html.document_fromstring(text)
proc.stdin.close(); proc.wait()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not BUNDLE.is_file() or shutil.which("git") is None:
        print(f"skipped: {BUNDLE} or git is missing")
        return
    with tempfile.TemporaryDirectory(prefix="bench-import-site-") as tmp:
        site, data = Path(tmp) / "site", Path(tmp) / "data"
        subprocess.run(["git", "clone", "-q", str(BUNDLE), str(site)], check=True)
        result = compare(
            "import-site (whole history) vs git + lxml.html of the same page versions",
            [*CLI, "import-site", str(site), "--data-dir", str(data)],
            [sys.executable, "-c", FLOOR, str(site)],
            runs=args.runs,
            target=2.0,
            before=lambda: shutil.rmtree(data, ignore_errors=True),
        )
        print(result.line(), flush=True)


if __name__ == "__main__":
    main()

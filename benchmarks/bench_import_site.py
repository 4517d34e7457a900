"""Importing the site's whole history against its floor: reading the same page versions out of
git and parsing them with the same parsers.

- ``workshop-data import-site SITE`` into an empty data dir (every edition, every version),
  against a process that lists the same commits and paths with ``git log``, reads each data
  page version (and each version of ``_config.yml``, whose description the 2018 pages show)
  with ``git cat-file --batch``, and parses each as the importer must: the front matter with
  PyYAML's loader, the page with ``lxml.html``; a home page (``index.md``) written in Markdown
  (16 versions of 2018's, found by the importer's rule: a heading or a bullet at a line's start)
  is rendered with markdown-it-py first, as the importer must read it (CommonMark, HTML kept,
  one renderer; since h9s: 1.17 G to 1.49 G instructions, the floor had given the Markdown
  text to lxml as it was). What building the releases (the importer's rows, ids carried from release to
  release, comparing, writing, reading back) costs on top of reading the history. Target ≤ 2×.
- The same against that floor followed by copying the result (every file of the shipped data
  read and written into a fresh folder, as publishing writes each release and reads it back):
  the part of the gap that is writing the output at all.

CPU time (user + system of the process and its git children) is printed beside the wall-clock
medians: on a shared machine it is the steadier figure.

Run: ``.venv/bin/python benchmarks/bench_import_site.py [--runs N]`` (needs git and
../shared/corpus/mlforsystems-site.bundle).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import Result, env, interleaved  # benchmarks/ is on sys.path when a script here runs

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT.parent / "shared" / "corpus" / "mlforsystems-site.bundle"
#: The shipped data: what the import of the bundle writes, byte for byte (``make site-data``).
SHIPPED_DATA = ROOT / "workshop_data" / "data"
CLI = [sys.executable, "-m", "workshop_data"]
#: The floor: the same page versions (data pages a commit added or changed, and _config.yml) read
#: out of git, their front matter parsed with PyYAML (libyaml's loader, as the importer's) and
#: the pages with lxml.html (a home page in Markdown rendered with markdown-it-py first, as the
#: importer renders it), in one process.
FLOOR = r"""
import re, subprocess, sys, lxml.html, markdown_it, yaml
repo = sys.argv[1]
# a line of Markdown block syntax, as the importer finds it (its start, then after a newline)
markdown_start, markdown_line = re.compile(r"#{1,6}\s|[*+-]\s+\S"), re.compile(r"\n(?:#{1,6}\s|[*+-]\s+\S)")
markdown = markdown_it.MarkdownIt("commonmark", {"html": True})
log = subprocess.run(["git", "-C", repo, "log", "--reverse", "--first-parent", "--no-renames",
                      "--name-status", "--format=\x1e%H", "HEAD"], capture_output=True, text=True).stdout
page = re.compile(r"(?:[a-z]+\.?\d{4}/)?(?:index|schedule|accepted_papers)\.md|_config\.yml|_data/[^/]+/papers\.csv")
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
    front = re.match(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$", text, re.DOTALL | re.MULTILINE)
    if front or spec.endswith(".yml"):
        yaml.load(front.group(1) if front else text, Loader=yaml.CSafeLoader)
    body = text[front.end():] if front else text
    if spec.endswith("index.md") and (markdown_start.match(body) or markdown_line.search(body)):
        lxml.html.document_fromstring(markdown.render(body))  # a home page in Markdown (2018's)
    elif "<" in text and not spec.endswith((".csv", ".yml")):
        lxml.html.document_fromstring(text)
proc.stdin.close(); proc.wait()
"""
#: The floor, then a copy of the shipped data (what the import writes) into ``argv[3]``: each
#: file read and written, folder by folder.
FLOOR_AND_COPY = (
    FLOOR
    + r"""
from pathlib import Path
source, target = Path(sys.argv[2]), Path(sys.argv[3])
for folder in sorted(p.parent for p in source.glob("*/*/datapackage.json")):
    out = target / folder.relative_to(source)
    out.mkdir(parents=True)
    for file in folder.iterdir():
        (out / file.name).write_bytes(file.read_bytes())
"""
)


class Timed:
    """A command whose CPU time (its own and its children's: user + system) is kept per run."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        self.cpu: list[float] = []

    def __call__(self) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        # in the checkout (``-m workshop_data`` imports the package of the working directory first)
        subprocess.run(
            self.command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env(), cwd=ROOT
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)


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
        steps = {
            "import": Timed([*CLI, "import-site", str(site), "--data-dir", str(data)]),
            "floor": Timed([sys.executable, "-c", FLOOR, str(site)]),
            "copy": Timed([sys.executable, "-c", FLOOR_AND_COPY, str(site), str(SHIPPED_DATA), str(data)]),
        }

        def clean() -> None:
            shutil.rmtree(data, ignore_errors=True)

        for step in steps.values():  # a warm-up round (the bytecode cache, the disk cache)
            clean()
            step()
        samples = interleaved(steps, args.runs, warmup=0, before=clean)
        for name, floor, target in (
            ("import-site (whole history) vs git + YAML + lxml.html of the same versions", "floor", 2.0),
            ("import-site vs that floor + copying the result", "copy", None),
        ):
            print(Result(name, samples["import"], samples[floor], target).line(), flush=True)
        cpu = {name: statistics.median(step.cpu[-args.runs :]) for name, step in steps.items()}
        print(
            f"CPU (median): import-site {cpu['import']:.2f} s, floor {cpu['floor']:.2f} s "
            f"({cpu['import'] / cpu['floor']:.1f}x), floor + copy {cpu['copy']:.2f} s "
            f"({cpu['import'] / cpu['copy']:.1f}x)",
            flush=True,
        )


if __name__ == "__main__":
    main()

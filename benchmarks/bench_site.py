"""The site against its floor, and how building and loading grow with the number of editions.

Floor: the same pages, the same ``conf.py`` (theme, myst-nb and its notebooks from their cache,
the extension loaded), with each data directive replaced by the static MyST it produces (a
``{raw} html`` block holding the HTML the directive rendered, and the heading the home page's
directive makes). The difference is what the extension and the loaders cost.

- full build (fresh output and doctrees, warm notebook cache) — target ≤ 1.5×;
- no-op rebuild — target ≤ 1.2×;
- data-change rebuild: the subject's release rewritten with a changed title (its notebooks run
  again: their cache key holds the data's hash), the floor's data pages touched (its notebooks
  re-read from the cache).

Scale: 1, 10 and 100 synthetic editions (the shipped release under other names) written with
``write_release`` into a temporary data directory, never shipped. For each: a site with one
page per edition (schedule and downloads) plus the editions table, built with a minimal
configuration (the ``basic`` theme, no navigation, so the theme's own per-page cost of a long
toctree does not hide the extension's), against the same pages static; and a process loading
every edition's schedule. Reported: the exponent of a log-log fit of time against editions.

Run: ``.venv/bin/python benchmarks/bench_site.py [--runs N] [--scale-runs N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from harness import SHIPPED, Result, compare, median_time  # benchmarks/ is on sys.path when a script here runs

from workshop_data.datapackage import write_release
from workshop_data.model import Release
from workshop_data.validation import read_release

REPO = Path(__file__).resolve().parents[1]
DIRECTIVE = re.compile(r"^```\{(workshop-[\w-]+)\}[^\n]*\n(?:.*?\n)??```[ \t]*$", re.M | re.S)
#: Examples shown in four-backtick fences are text, not directives.
EXAMPLE = re.compile(r"^````.*?^````[ \t]*$", re.M | re.S)
SCALE_CONF = """\
extensions = ["myst_parser", "workshop_data.sphinxext"]
html_theme = "basic"
html_sidebars = {"**": []}
"""


def sphinx(src: Path, out: Path, conf_dir: Path = REPO) -> list[str]:
    """The sphinx-build command line (as ``make site`` runs it, without -W)."""
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-c", str(conf_dir)]
    return [*cmd, "-d", str(out / "doctrees"), str(src), str(out / "html")]


def static_myst(page: str, built_html: str) -> str:
    """``page`` with each data directive replaced by the HTML it rendered in ``built_html``."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(built_html, "html.parser")
    blocks = iter(soup.select("div.wd-block"))

    def replace(match: re.Match[str]) -> str:
        block = next(blocks)
        head = ""
        if match.group(1) == "workshop-info":
            head = f"# {block.find_parent('section').find('h1').get_text(strip=True).rstrip('#')}\n\n"
        return f"{head}```{{raw}} html\n{block.decode()}\n```"

    out, pos = [], 0
    for example in EXAMPLE.finditer(page):
        out += [DIRECTIVE.sub(replace, page[pos : example.start()]), example.group(0)]
        pos = example.end()
    return "".join([*out, DIRECTIVE.sub(replace, page[pos:])])


def make_floor(src: Path, built: Path, floor: Path) -> list[Path]:
    """Write the floor's source folder; return its pages that hold data."""
    shutil.copytree(src, floor, symlinks=True)
    notebooks = floor / "notebooks"
    if notebooks.is_symlink():
        notebooks.unlink()
        notebooks.symlink_to((src / "notebooks").resolve())
    data_pages = []
    for page in sorted(floor.rglob("*.md")):
        text = page.read_text("utf-8")
        if DIRECTIVE.search(EXAMPLE.sub("", text)):
            html = (built / page.relative_to(floor).with_suffix(".html")).read_text("utf-8")
            page.write_text(static_myst(text, html), "utf-8")
            data_pages.append(page)
    return data_pages


def retitle(folder: Path, title: str) -> None:
    """Rewrite the release in ``folder`` with the first slot retitled (a data change)."""
    from workshop_data.datapackage import release_files

    rel = read_release(folder)
    first = dataclasses.replace(rel.slots[0], title=title, title_myst=title)
    for name, data in release_files(dataclasses.replace(rel, slots=(first, *rel.slots[1:]))).items():
        (folder / name).write_bytes(data)


def site_benchmarks(tmp: Path, runs: int) -> list[Result]:
    data = tmp / "data"
    release = data / "neurips2024" / SHIPPED.name
    shutil.copytree(SHIPPED, release)
    os.environ["WORKSHOP_DATA_DIR"] = str(data)
    subject_out, floor_out = tmp / "subject", tmp / "floor"
    subject = sphinx(REPO / "docs", subject_out)
    subprocess.run(subject, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data_pages = make_floor(REPO / "docs", subject_out / "html", tmp / "floor-src")
    floor = sphinx(tmp / "floor-src", floor_out)

    def fresh() -> None:
        for out in (subject_out, floor_out):
            shutil.rmtree(out / "html", ignore_errors=True)
            shutil.rmtree(out / "doctrees", ignore_errors=True)

    titles = iter(f"Keynote Title, Version {i}" for i in range(1000))

    def change() -> None:
        retitle(release, next(titles))
        for page in data_pages:
            page.touch()

    results = [compare("site: full build", subject, floor, runs=runs, target=1.5, before=fresh)]
    results.append(compare("site: no-op rebuild", subject, floor, runs=runs, target=1.2))
    results.append(compare("site: data-change rebuild", subject, floor, runs=runs, before=change))
    return results


def synthetic_data(base: Release, root: Path, n: int) -> list[str]:
    """``n`` editions, the shipped release under other names (the first keeps its own)."""
    names = [base.edition] + [f"synthetic{i:03d}" for i in range(1, n)]
    for name in names:
        write_release(dataclasses.replace(base, workshop=dataclasses.replace(base.workshop, edition=name)), root)
    return names


def scale_site(root: Path, names: list[str]) -> Path:
    """A source folder with one page per edition and the editions table."""
    src = root / "src"
    src.mkdir()
    (src / "conf.py").write_text(SCALE_CONF, "utf-8")
    toc = "\n".join(names)
    (src / "index.md").write_text(f"# Editions\n\n```{{workshop-editions}}\n```\n\n```{{toctree}}\n{toc}\n```\n")
    for name in names:
        body = f"```{{workshop-schedule}} {name}\n```\n\n```{{workshop-downloads}} {name}\n```\n"
        (src / f"{name}.md").write_text(f"# {name}\n\n{body}", "utf-8")
    return src


def exponent(ns: list[int], times: list[float]) -> float:
    """Slope of the least-squares line through (log n, log t)."""
    xs, ys = [math.log(n) for n in ns], [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def scale_benchmarks(tmp: Path, runs: int, sizes: tuple[int, ...] = (1, 10, 100)) -> list[str]:
    base = read_release(SHIPPED)
    build_times: dict[str, list[float]] = {"subject": [], "floor": []}
    load_times: list[float] = []
    lines = []
    for n in sizes:
        root = tmp / f"scale-{n}"
        names = synthetic_data(base, root / "data", n)
        os.environ["WORKSHOP_DATA_DIR"] = str(root / "data")
        src = scale_site(root, names)
        subject = sphinx(src, root / "subject", src)
        subprocess.run(subject, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        floor_src = root / "floor-src"
        make_floor(src, root / "subject" / "html", floor_src)
        floor = sphinx(floor_src, root / "floor", floor_src)

        def fresh(root: Path = root) -> None:
            for side in ("subject", "floor"):
                shutil.rmtree(root / side, ignore_errors=True)

        result = compare(f"scale: build, {n} editions", subject, floor, runs=runs, warmup=0, before=fresh)
        load = [
            sys.executable,
            "-c",
            "import workshop_data as wd\nfor e in wd.editions()['edition']: wd.load_schedule(e)",
        ]
        build_times["subject"].append(statistics.median(result.subject))
        build_times["floor"].append(statistics.median(result.floor))
        load_times.append(median_time(load, runs))
        lines.append(result.line())
        lines.append(f"{f'scale: load all, {n} editions':<34} median {load_times[-1] * 1000:8.1f} ms  (n={runs})")
    ns = list(sizes)
    sub, flo = build_times["subject"], build_times["floor"]
    extra = [max(s - f, 1e-3) for s, f in zip(sub, flo, strict=True)]
    lines.append(f"exponent (log-log fit), site build: {exponent(ns, sub):.2f}  (floor {exponent(ns, flo):.2f})")
    lines.append(f"exponent, extension's share of the build (subject - floor): {exponent(ns, extra):.2f}")
    if len(ns) > 2:
        top = exponent(ns[-2:], extra[-2:])
        lines.append(f"exponent, extension's share between {ns[-2]} and {ns[-1]} editions: {top:.2f}")
    lines.append(f"exponent, loading every edition: {exponent(ns, load_times):.2f}  (target ≤ 1.05)")
    return lines


def main(runs: int, scale_runs: int, sizes: tuple[int, ...], only: Callable[[str], bool]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-site-") as name:
        tmp = Path(name)
        if only("site"):
            for result in site_benchmarks(tmp, runs):
                print(result.line(), flush=True)
        if only("scale"):
            for line in scale_benchmarks(tmp, scale_runs, sizes):
                print(line, flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each site benchmark (default 5)")
    parser.add_argument("--scale-runs", type=int, default=3, help="runs at each scale (default 3)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100], help="editions (default 1 10 100)")
    parser.add_argument("--only", choices=("site", "scale"), help="run one part only")
    args = parser.parse_args()
    main(args.runs, args.scale_runs, tuple(args.sizes), lambda part: args.only in (None, part))

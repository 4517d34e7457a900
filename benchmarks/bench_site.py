"""The site against its floor, and how building grows with the size of an edition and the
number of editions.

Floor: the same pages, the same ``conf.py`` (theme, myst-nb and its notebooks from their cache,
the extension loaded), with each data directive replaced by the static MyST it produces (a
``{raw} html`` block holding the HTML the directive rendered, and the heading the home page's
directive makes), the files the pages offer for download given as static files
(``html_extra_path``), and no notebook tied to the data (``workshop_data_notebooks`` empty). The
difference is what reading the data, building the nodes and generating the files costs.

- full build (fresh output and doctrees, warm notebook cache) — target ≤ 1.5×;
- no-op rebuild — target ≤ 1.2×;
- data-change rebuild: the shown release of the shipped data rewritten with its first slot
  retitled (the pages showing titles are read again, and the notebooks, which read every
  edition, run again); the floor's static pages and files that show the title edited by hand,
  as one would edit a static site (its notebooks stay in their cache).

Scale (``--only slots`` / ``--only editions``), with the synthetic data of
``benchmarks/synthetic.py`` written with ``write_release`` into a temporary data directory,
never shipped, and a minimal configuration (the ``basic`` theme, no navigation, so the theme's
own per-page cost of a long toctree does not hide the extension's):

- one edition of 14, 140, 1,008 and 10,010 slots, one page with its schedule and downloads:
  full build against the same page static; the exponent of the build's growth between the two
  largest sizes, fixed cost subtracted — k = ln[(t(n2) − t(14)) / (t(n1) − t(14))] /
  ln[(n2 − 14) / (n1 − 14)] — target ≤ 1.1; at 10,010 slots the build within 3× the floor;
- 1, 10, 100 and 1,000 editions, one page per edition (schedule and downloads) plus the
  editions table: full build against the floor and its exponent (fixed cost subtracted as
  above, the smallest size being 1 edition); the no-op rebuild at each size, target ≤ 1.2× the
  one-edition no-op at 1,000 editions; the size of the pickled environment.

Times are medians of runs interleaved with the floor's (wall-clock and CPU); the largest sizes
run fewer times (``--big-runs``).

Run: ``.venv/bin/python benchmarks/bench_site.py [--runs N] [--scale-runs N] [--big-runs N]
[--only site|slots|editions] [--slots 14 140 ...] [--editions 1 10 ...]``.
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
from collections.abc import Callable, Sequence
from pathlib import Path

import synthetic  # benchmarks/ is on sys.path when a script here runs
from harness import SHIPPED, Result, compare, interleaved_timings, load_average

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


def sphinx(src: Path, out: Path, conf_dir: Path = REPO, *overrides: str) -> list[str]:
    """The sphinx-build command line (as ``make site`` runs it, without -W); ``overrides`` are
    ``name=value`` settings (``-D``)."""
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-c", str(conf_dir)]
    cmd += [arg for o in overrides for arg in ("-D", o)]
    return [*cmd, "-d", str(out / "doctrees"), str(src), str(out / "html")]


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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


def make_floor(src: Path, built: Path, floor: Path) -> list[str]:
    """Write the floor's source folder from ``src`` and the subject's HTML output ``built``.

    Returns the ``-D`` settings of its build: the files the subject generated as static files
    (``html_extra_path``), no notebook tied to the data.
    """
    shutil.copytree(src, floor, symlinks=True)
    notebooks = floor / "notebooks"
    if notebooks.is_symlink():
        notebooks.unlink()
        notebooks.symlink_to((src / "notebooks").resolve())
    for page in sorted(floor.rglob("*.md")):
        text = page.read_text("utf-8")
        if DIRECTIVE.search(EXAMPLE.sub("", text)):
            html = (built / page.relative_to(floor).with_suffix(".html")).read_text("utf-8")
            page.write_text(static_myst(text, html), "utf-8")
    extra = floor.parent / f"{floor.name}-files"
    generated = built / "_downloads" / "workshop_data"
    if generated.is_dir():
        shutil.copytree(generated, extra / "_downloads" / "workshop_data", ignore=shutil.ignore_patterns(".*"))
    else:
        extra.mkdir()
    return [f"html_extra_path={extra}", "workshop_data_notebooks="]


def retitle(folder: Path, title: str) -> str:
    """Rewrite the release in ``folder`` with the first slot retitled (a data change); return
    the title it had."""
    from workshop_data.datapackage import release_files

    rel = read_release(folder)
    first = dataclasses.replace(rel.slots[0], title=title, title_myst=title)
    for name, data in release_files(dataclasses.replace(rel, slots=(first, *rel.slots[1:]))).items():
        (folder / name).write_bytes(data)
    return rel.slots[0].title


def edit_static(folders: Sequence[Path], old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in every page and file below ``folders`` that holds it: a
    title changed by hand in a static site."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".md", ".csv", ".json", ".xml", ".ics"):
                text = path.read_text("utf-8")
                if old in text:
                    path.write_text(text.replace(old, new), "utf-8")


def site_benchmarks(tmp: Path, runs: int) -> list[Result]:
    data = tmp / "data"
    shutil.copytree(SHIPPED.parents[1], data)  # the shipped data: every edition, every release
    os.environ["WORKSHOP_DATA_DIR"] = str(data)
    from workshop_data.store import release_path

    release = release_path("neurips2024", data_dir_=data)  # the release the pages show
    subject_out, floor_out = tmp / "subject", tmp / "floor"
    subject = sphinx(REPO / "docs", subject_out)
    run(subject)
    overrides = make_floor(REPO / "docs", subject_out / "html", tmp / "floor-src")
    floor = sphinx(tmp / "floor-src", floor_out, REPO, *overrides)

    def fresh() -> None:
        for out in (subject_out, floor_out):
            shutil.rmtree(out / "html", ignore_errors=True)
            shutil.rmtree(out / "doctrees", ignore_errors=True)

    titles = iter(f"Keynote Title Version {i}" for i in range(1000))

    def change() -> None:
        new = next(titles)
        old = retitle(release, new)
        edit_static([tmp / "floor-src", tmp / "floor-src-files"], old, new)

    results = [compare("site: full build", subject, floor, runs=runs, target=1.5, before=fresh)]
    results.append(compare("site: no-op rebuild", subject, floor, runs=runs, target=1.2))
    results.append(compare("site: data-change rebuild", subject, floor, runs=runs, before=change))
    return results


def exponent(ns: Sequence[int], times: Sequence[float]) -> float:
    """The growth exponent between the two largest sizes, the smallest size's time (the fixed
    cost) subtracted: ln[(t2 − t0) / (t1 − t0)] / ln[(n2 − n0) / (n1 − n0)]."""
    (n0, t0), (n1, t1), (n2, t2) = (ns[0], times[0]), (ns[-2], times[-2]), (ns[-1], times[-1])
    return math.log(max(t2 - t0, 1e-9) / max(t1 - t0, 1e-9)) / math.log((n2 - n0) / (n1 - n0))


def env_size(out: Path) -> int:
    """Bytes of the pickled build environment."""
    return (out / "doctrees" / "environment.pickle").stat().st_size


def scale_site(root: Path, pages: dict[str, str], index: str = "") -> Path:
    """A source folder with ``pages`` (name -> MyST body) and an index listing them."""
    src = root / "src"
    src.mkdir(parents=True)
    (src / "conf.py").write_text(SCALE_CONF, "utf-8")
    toc = "\n".join(pages)
    (src / "index.md").write_text(f"# Index\n\n{index}```{{toctree}}\n{toc}\n```\n", "utf-8")
    for name, body in pages.items():
        (src / f"{name}.md").write_text(f"# {name}\n\n{body}", "utf-8")
    return src


def edition_page(edition: str) -> str:
    """An edition's page: its schedule, with an "add to calendar" file per slot, and downloads."""
    return f"```{{workshop-schedule}} {edition}\n```\n\n```{{workshop-downloads}} {edition}\n```\n"


class Scale:
    """One size of a scale benchmark: its data, its site and the floor's, their commands."""

    def __init__(self, root: Path, src: Path) -> None:
        self.root = root
        self.subject = sphinx(src, root / "subject", src)
        run(self.subject)  # the floor is made from its output
        overrides = make_floor(src, root / "subject" / "html", root / "floor-src")
        self.floor = sphinx(root / "floor-src", root / "floor", root / "floor-src", *overrides)

    def fresh(self) -> None:
        for side in ("subject", "floor"):
            shutil.rmtree(self.root / side, ignore_errors=True)


def growth(
    label: str, sizes: Sequence[int], make: Callable[[int, Path], Path], tmp: Path, runs: int, big_runs: int
) -> tuple[list[str], dict[int, Scale]]:
    """Full builds of the site ``make(size, root)`` writes, against its floor, at each size."""
    lines, scales = [], {}
    subject, floor = [], []
    for n in sizes:
        root = tmp / f"{label}-{n}"
        os.environ["WORKSHOP_DATA_DIR"] = str(root / "data")
        scale = scales[n] = Scale(root, make(n, root))
        result = compare(
            f"{label}: full build, {n}",
            scale.subject,
            scale.floor,
            runs=big_runs if n == sizes[-1] else runs,
            warmup=0,
            before=scale.fresh,
        )
        subject.append(statistics.median(result.subject_cpu))
        floor.append(statistics.median(result.floor_cpu))
        lines.append(result.line())
        print(lines[-1], f"[load {load_average()}]", flush=True)
    if len(sizes) > 2:
        lines.append(
            f"{label}: growth exponent (CPU, fixed cost subtracted) between {sizes[-2]} and {sizes[-1]}: "
            f"site {exponent(sizes, subject):.2f}, floor {exponent(sizes, floor):.2f}  (target ≤ 1.1)"
        )
        print(lines[-1], flush=True)
    return lines, scales


def slots_benchmarks(tmp: Path, sizes: Sequence[int], runs: int, big_runs: int) -> list[str]:
    """One edition of each size in ``sizes`` (slots): its page against the same page static."""

    def make(n: int, root: Path) -> Path:
        synthetic.one_edition(root / "data", n)
        return scale_site(root, {"schedule": edition_page("neurips2024")})

    lines, _ = growth("slots", sizes, make, tmp, runs, big_runs)
    return lines


def editions_benchmarks(tmp: Path, sizes: Sequence[int], runs: int, big_runs: int) -> list[str]:
    """``n`` editions, a page each and the editions table: full and no-op builds."""

    def make(n: int, root: Path) -> Path:
        names = synthetic.editions(root / "data", n)
        return scale_site(root, {name: edition_page(name) for name in names}, "```{workshop-editions}\n```\n\n")

    lines, scales = growth("editions", sizes, make, tmp, runs, big_runs)
    for n, scale in scales.items():
        os.environ["WORKSHOP_DATA_DIR"] = str(scale.root / "data")
        run(scale.subject)  # built, then measured as nothing changes
        run(scale.floor)
        lines.append(f"editions: pickled environment, {n}: {env_size(scale.root / 'subject') / 1e6:.2f} MB")
        print(lines[-1], flush=True)
    # every size's no-op in one interleaved loop, so that they are compared under the same load
    steps = {str(n): ["env", f"WORKSHOP_DATA_DIR={scale.root / 'data'}", *scale.subject] for n, scale in scales.items()}
    wall, cpu = interleaved_timings(steps, runs, warmup=1)
    first = str(sizes[0])
    for n in sizes:
        ratio = Result(f"editions: no-op, {n} vs {first}", wall[str(n)], wall[first], 1.2, cpu[str(n)], cpu[first])
        lines.append(ratio.line())
        print(lines[-1], f"[load {load_average()}]", flush=True)
    return lines


def main(args: argparse.Namespace) -> None:
    print(f"load average at start: {load_average()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-site-") as name:
        tmp = Path(name)
        if args.only in (None, "site"):
            for result in site_benchmarks(tmp, args.runs):
                print(result.line(), flush=True)
        if args.only in (None, "slots"):
            slots_benchmarks(tmp, args.slots, args.scale_runs, args.big_runs)
        if args.only in (None, "editions"):
            editions_benchmarks(tmp, args.editions, args.scale_runs, args.big_runs)
    print(f"load average at end: {load_average()}", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each site benchmark (default 5)")
    parser.add_argument("--scale-runs", type=int, default=3, help="runs at each scale (default 3)")
    parser.add_argument("--big-runs", type=int, default=1, help="runs at the largest scale (default 1)")
    parser.add_argument("--slots", type=int, nargs="+", default=list(synthetic.SLOT_SIZES))
    parser.add_argument("--editions", type=int, nargs="+", default=list(synthetic.EDITION_SIZES))
    parser.add_argument("--only", choices=("site", "slots", "editions"), help="run one part only")
    main(parser.parse_args())

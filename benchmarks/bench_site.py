"""The site against its floor, and how building grows with the size of an edition and the
number of editions.

Floor: the same pages, the same ``conf.py`` (theme, extensions, myst-nb and its notebooks from
their cache, the editions bar and titles), written as static MyST: every generated page (the
editions' pages, the person pages, the root) becomes its headings and a ``{raw} html`` block per
run of content holding the HTML the site rendered; a hand-written page with a data directive
has the directive replaced by the HTML it rendered. The files the pages offer for download are
given as static files (``html_extra_path``), so the floor writes the same files. The floor
builds with ``workshop_data_site_pages = False`` (its pages are written already) and no
notebook tied to the data (``workshop_data_notebooks`` empty). The difference is what
generating the pages, reading the data, building the nodes and generating the files costs.

- full build of every edition of the shipped data (fresh output and doctrees, warm notebook
  cache) — target ≤ 1.5×;
- no-op rebuild — target ≤ 1.2×;
- data-change rebuild: the newest edition's latest release rewritten with its first titled
  slot retitled (the pages showing that title are read again, and the notebooks, which read
  every edition, run again); the floor's static pages and files that show the title edited by
  hand, as one would edit a static site (its notebooks stay in their cache). The pages each
  side wrote are counted.

Scale of the website (``--only website``): the site with the first 1, 3, 6 and all of the
data's editions, and 100 synthetic ones, each against its own static floor (neither side runs
the notebooks there: ``bench_notebooks.py`` measures them).

Scale of the extension (``--only slots`` / ``--only editions``), with a minimal configuration
(the ``basic`` theme, no navigation, no generated website, so the theme's own per-page cost of
a long toctree does not hide the extension's):

- one edition of 14, 140, 1,008 and 10,010 slots, one page with its schedule and downloads:
  full build against the same page static; the exponent of the build's growth between the two
  largest sizes, fixed cost subtracted — k = ln[(t(n2) − t(n0)) / (t(n1) − t(n0))] /
  ln[(n2 − n0) / (n1 − n0)], n0 the smallest size — target ≤ 1.1; at 10,010 slots the build
  within 3× the floor;
- 1, 10, 100 and 1,000 editions, one page per edition (schedule and downloads) plus the
  editions table: full build against the floor and its exponent (as above); the no-op rebuild
  at each size, target ≤ 1.2× the one-edition no-op at 1,000 editions, and against the floor's
  no-op at the same size; the size of the pickled environment. Sphinx's own no-op grows with
  the number of pages (it loads the environment, lists the sources, checks every page's
  output; Sphinx 9's HTML builder also loads the search index and writes it and the inventory
  again when no page changed, which the extension's builder does not: ``sphinxext.finish``),
  so the same pages static without the downloads (the *pages* floor, with the same
  extensions: what Sphinx does for those pages and no more; the floor above also copies the
  downloads as static files, which Sphinx compares byte for byte on every build) are measured
  too: their no-op against their one-edition no-op is the growth no site of that many pages
  avoids, and the site's no-op against theirs is the extension's share.

The synthetic data is ``benchmarks/synthetic.py``'s, written with ``write_release`` into a
temporary data directory, never shipped. Times are medians of runs interleaved with the
floor's (wall-clock and CPU); the largest sizes run fewer times (``--big-runs``).

Run: ``.venv/bin/python benchmarks/bench_site.py [--runs N] [--scale-runs N] [--big-runs N]
[--only site|website|slots|editions] [--sizes 1 3 ...] [--slots 14 140 ...] [--editions 1 10 ...]``.
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
from harness import Result, compare, env, interleaved_timings, load_average

from workshop_data import store
from workshop_data.defaults import LATEST
from workshop_data.sphinxext.pages import GITIGNORE
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
#: The floor's settings besides its static files: no page generated, no notebook tied to the data.
FLOOR = ("workshop_data_site_pages=0", "workshop_data_notebooks=")
#: Neither side runs the notebooks (the website's scale: bench_notebooks.py measures them).
NO_NOTEBOOKS = "nb_execution_mode=off"


def sphinx(src: Path, out: Path, conf_dir: Path = REPO, *overrides: str) -> list[str]:
    """The sphinx-build command line (as ``make site`` runs it, without -W); ``overrides`` are
    ``name=value`` settings (``-D``)."""
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-c", str(conf_dir)]
    cmd += [arg for o in overrides for arg in ("-D", o)]
    return [*cmd, "-d", str(out / "doctrees"), str(src), str(out / "html")]


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())


def static_myst(page: str, built_html: str) -> str:
    """``page`` with each data directive replaced by the HTML it rendered in ``built_html``."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(built_html, "html.parser")
    blocks = iter(soup.select("div.wd-block"))

    def replace(match: re.Match[str]) -> str:
        block = next(blocks)
        head = ""
        if match.group(1) == "workshop-info":  # the heading the directive makes
            head = f"# {block.find_parent('section').find('h1').get_text(strip=True).rstrip('#')}\n\n"
        return f"{head}```{{raw}} html\n{block.decode()}\n```"

    out, pos = [], 0
    for example in EXAMPLE.finditer(page):
        out += [DIRECTIVE.sub(replace, page[pos : example.start()]), example.group(0)]
        pos = example.end()
    return "".join([*out, DIRECTIVE.sub(replace, page[pos:])])


def static_page(source: str, built_html: str) -> str:
    """A generated page as static MyST: its front matter, its headings, and the HTML between them
    as ``{raw} html`` blocks (the same content, nothing to compute)."""
    from bs4 import BeautifulSoup, Tag

    head = source[: source.index("---", 3) + 4] + "\n" if source.startswith("---") else ""
    article = BeautifulSoup(built_html, "html.parser").select_one("article.bd-article")
    assert article is not None
    out: list[str] = [head]

    def walk(section: Tag, depth: int) -> None:
        run: list[str] = []

        def flush() -> None:
            if "".join(run).strip():
                out.append("```{raw} html\n" + "".join(run) + "\n```\n")
            run.clear()

        for child in section.children:
            if isinstance(child, Tag) and child.name == "section":
                flush()
                heading = child.find(re.compile("^h[1-6]$"))
                title = heading.get_text(" ", strip=True).rstrip("#").strip() if heading else "Section"
                escaped = title.replace("*", r"\*")
                out.append(f"{'#' * min(depth + 1, 6)} {escaped}\n")
                walk(child, depth + 1)
            elif not (isinstance(child, Tag) and re.fullmatch("h[1-6]", child.name or "")):
                run.append(str(child))
        flush()

    walk(article, 0)
    return "\n".join(out)


def generated_pages(src: Path) -> list[Path]:
    """The pages the site generated into ``src``: the self-ignoring folders' and, when there
    are any (a generated website), the root."""
    found = []
    for marker in src.glob("*/.gitignore"):
        if marker.read_text("utf-8") == GITIGNORE:
            found += sorted(marker.parent.rglob("*.md"))
    return [src / "index.md", *found] if found else []


def _relink(copy: Path, source: Path) -> None:
    """Point each symbolic link below ``copy`` where its original below ``source`` points."""
    for link in [p for p in copy.rglob("*") if p.is_symlink()]:
        target = (source / link.relative_to(copy)).resolve()
        link.unlink()
        link.symlink_to(target)


def make_floor(src: Path, built: Path, floor: Path) -> list[str]:
    """Write the floor's source folder from ``src`` (generated pages included) and the subject's
    HTML output ``built``; return the ``-D`` settings of its build (:data:`FLOOR`, and the files
    the subject generated as static files: ``html_extra_path``)."""
    shutil.copytree(src, floor, symlinks=True)
    _relink(floor, src)
    generated = {p.relative_to(src) for p in generated_pages(src)}
    for page in sorted(floor.rglob("*.md")):
        rel = page.relative_to(floor)
        if rel.parts[0] == "editions" or any(p.is_symlink() for p in page.parents if p != floor):
            continue  # prose (included by the generated pages) and the notebooks' folder
        text = page.read_text("utf-8")
        html = built / rel.with_suffix(".html")
        if rel in generated:
            page.write_text(static_page(text, html.read_text("utf-8")), "utf-8")
        elif DIRECTIVE.search(EXAMPLE.sub("", text)):
            page.write_text(static_myst(text, html.read_text("utf-8")), "utf-8")
    extra = floor.parent / f"{floor.name}-files"
    files = built / "_downloads" / "workshop_data"
    if files.is_dir():
        shutil.copytree(files, extra / "_downloads" / "workshop_data", ignore=shutil.ignore_patterns(".*"))
    else:
        extra.mkdir()
    return [f"html_extra_path={extra}", *FLOOR]


def copy_docs(target: Path) -> Path:
    """A copy of docs/ (its symbolic links pointing where they point from the repository),
    without the pages an earlier build generated there."""
    docs = REPO / "docs"
    shutil.copytree(docs, target, symlinks=True, ignore=shutil.ignore_patterns(*_generated_names()))
    _relink(target, docs)
    (target / "index.md").unlink(missing_ok=True)
    return target


def _generated_names() -> list[str]:
    """The repository's generated folders (from an earlier build), not copied."""
    return [m.parent.name for m in (REPO / "docs").glob("*/.gitignore") if m.read_text("utf-8") == GITIGNORE]


def mtimes(out: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in out.rglob("*.html")}


def count_written(out: Path, before: dict[str, int]) -> int:
    """How many HTML pages changed since ``before`` (their mtimes)."""
    return sum(1 for p in out.rglob("*.html") if before.get(str(p)) != p.stat().st_mtime_ns)


def retitle(folder: Path, title: str) -> str:
    """Rewrite the release in ``folder`` in place with its first titled slot retitled (a data
    change); return the title it had."""
    from workshop_data.datapackage import release_files

    rel = read_release(folder)
    index = next(i for i, s in enumerate(rel.slots) if s.title)
    old = rel.slots[index]
    slots = list(rel.slots)
    slots[index] = dataclasses.replace(old, title=title, title_myst=title)
    for name, data in release_files(dataclasses.replace(rel, slots=tuple(slots))).items():
        (folder / name).write_bytes(data)
    return old.title


def edit_static(folders: Sequence[Path], old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in every page and file below ``folders`` that holds it: a
    title changed by hand in a static site."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".md", ".csv", ".json", ".xml", ".ics"):
                text = path.read_text("utf-8")
                if old in text:
                    path.write_text(text.replace(old, new), "utf-8")


def site_benchmarks(tmp: Path, runs: int) -> list[str]:
    data = tmp / "data"
    shutil.copytree(store.data_dir(None), data)  # the shipped data: every edition, every release
    os.environ["WORKSHOP_DATA_DIR"] = str(data)
    src = copy_docs(tmp / "src")
    subject_out, floor_out = tmp / "subject", tmp / "floor"
    subject = sphinx(src, subject_out)
    run(subject)
    floor = sphinx(tmp / "floor-src", floor_out, REPO, *make_floor(src, subject_out / "html", tmp / "floor-src"))
    pages = sum(1 for _ in (tmp / "floor-src").rglob("*.md"))
    edition = store.newest_edition(data)
    release = store.release_path(edition, LATEST, data)  # the release retitled

    def fresh() -> None:
        for out in (subject_out, floor_out):
            shutil.rmtree(out / "html", ignore_errors=True)
            shutil.rmtree(out / "doctrees", ignore_errors=True)

    titles = iter(f"A Title Retitled for the Benchmark, Version {i}" for i in range(1000))
    before: dict[str, dict[str, int]] = {}

    def change() -> None:
        before.update(subject=mtimes(subject_out / "html"), floor=mtimes(floor_out / "html"))
        new = next(titles)
        old = retitle(release, new)
        edit_static([tmp / "floor-src", tmp / "floor-src-files"], old, new)

    releases = sum(len(store.release_names(e, data)) for e in store.edition_names(data))
    lines = [f"site: {len(store.edition_names(data))} editions, {releases} releases, {pages} pages"]
    print(lines[-1], flush=True)
    for result in (
        compare("site: full build", subject, floor, runs=runs, target=1.5, before=fresh),
        compare("site: no-op rebuild", subject, floor, runs=runs, target=1.2),
        compare("site: data-change rebuild", subject, floor, runs=runs, before=change),
    ):
        lines.append(result.line())
        print(lines[-1], f"[load {load_average()}]", flush=True)
    change()  # what one data change rewrites, each side once more
    written = {}
    for side, cmd, out in (("subject", subject, subject_out), ("floor", floor, floor_out)):
        run(cmd)
        written[side] = count_written(out / "html", before[side])
    lines.append(f"site: pages written by a data change in {edition}: {written['subject']} (floor {written['floor']})")
    print(lines[-1], flush=True)
    return lines


def exponent(ns: Sequence[int], times: Sequence[float]) -> float:
    """The growth exponent between the two largest sizes, the smallest size's time (the fixed
    cost) subtracted: ln[(t2 − t0) / (t1 − t0)] / ln[(n2 − n0) / (n1 − n0)]."""
    (n0, t0), (n1, t1), (n2, t2) = (ns[0], times[0]), (ns[-2], times[-2]), (ns[-1], times[-1])
    return math.log(max(t2 - t0, 1e-9) / max(t1 - t0, 1e-9)) / math.log((n2 - n0) / (n1 - n0))


def subset_data(source: Path, root: Path, n: int) -> list[str]:
    """The first ``n`` editions of ``source`` (oldest first) copied into ``root``."""
    names = store.edition_order(source)[:n]
    for name in names:
        shutil.copytree(source / name, root / name)
    return names


def website_benchmarks(tmp: Path, runs: int, sizes: Sequence[int]) -> list[str]:
    """The whole website at each size (editions of the data, else synthetic), against its floor."""
    source = store.data_dir(None)
    available = len(store.edition_names(source))
    subject_cpu: list[float] = []
    floor_cpu: list[float] = []
    lines = []
    for n in sizes:
        root = tmp / f"website-{n}"
        if n <= available:
            subset_data(source, root / "data", n)
            what = "of the data's editions"
        else:
            synthetic.editions(root / "data", n)
            what = "synthetic editions"
        os.environ["WORKSHOP_DATA_DIR"] = str(root / "data")
        src = copy_docs(root / "src")
        subject = sphinx(src, root / "subject", REPO, NO_NOTEBOOKS)
        run(subject)
        overrides = make_floor(src, root / "subject" / "html", root / "floor-src")
        floor = sphinx(root / "floor-src", root / "floor", REPO, *overrides, NO_NOTEBOOKS)

        def fresh(root: Path = root) -> None:
            for side in ("subject", "floor"):
                shutil.rmtree(root / side, ignore_errors=True)

        pages = sum(1 for _ in src.rglob("*.md"))
        result = compare(f"website: {n} {what}", subject, floor, runs=runs, warmup=0, before=fresh)
        subject_cpu.append(statistics.median(result.subject_cpu))
        floor_cpu.append(statistics.median(result.floor_cpu))
        lines.append(f"{result.line()}  ({pages} pages)")
        print(lines[-1], f"[load {load_average()}]", flush=True)
    if len(sizes) > 2:
        share = [s - f for s, f in zip(subject_cpu, floor_cpu, strict=True)]
        lines.append(
            f"website: growth exponent (CPU, fixed cost subtracted) between {sizes[-2]} and {sizes[-1]}: "
            f"site {exponent(sizes, subject_cpu):.2f}, floor {exponent(sizes, floor_cpu):.2f}, "
            f"the site's share (site − floor) {exponent(sizes, share):.2f}"
        )
        print(lines[-1], flush=True)
    return lines


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
        #: The floor without the downloads (no ``html_extra_path``): Sphinx's work on the same pages.
        self.pages = sphinx(root / "floor-src", root / "pages", root / "floor-src", *FLOOR)

    def fresh(self) -> None:
        for side in ("subject", "floor", "pages"):
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
        for cmd in (scale.subject, scale.floor, scale.pages):
            run(cmd)  # built, then measured as nothing changes
        sizes_mb = [env_size(scale.root / side) / 1e6 for side in ("subject", "pages")]
        lines.append(
            f"editions: pickled environment, {n}: {sizes_mb[0]:.2f} MB (the pages static: {sizes_mb[1]:.2f} MB)"
        )
        print(lines[-1], flush=True)
    # every size's no-op, and its floors', in one interleaved loop (compared under the same load)
    steps = {}
    for n, scale in scales.items():
        env = ["env", f"WORKSHOP_DATA_DIR={scale.root / 'data'}"]
        steps[str(n)], steps[f"{n} floor"] = [*env, *scale.subject], [*env, *scale.floor]
        steps[f"{n} pages"] = [*env, *scale.pages]
    wall, cpu = interleaved_timings(steps, runs, warmup=1)
    first = str(sizes[0])

    def report(label: str, subject: str, floor: str, target: float | None = None) -> None:
        lines.append(Result(label, wall[subject], wall[floor], target, cpu[subject], cpu[floor]).line())
        print(lines[-1], flush=True)

    for n in sizes:
        report(f"editions: no-op, {n} vs {first}", str(n), first, 1.2)
    for n in sizes:  # Sphinx's own no-op: the same pages static, without the downloads
        report(f"editions: pages' no-op, {n} vs {first}", f"{n} pages", f"{first} pages")
    for n in sizes:  # the extension's share at that many pages
        report(f"editions: no-op, {n} vs its pages", str(n), f"{n} pages")
    for n in sizes:  # the floor that also holds the downloads (html_extra_path)
        report(f"editions: no-op, {n} vs its floor", str(n), f"{n} floor")
    print(f"[load {load_average()}]", flush=True)
    return lines


def main(args: argparse.Namespace) -> None:
    print(f"load average at start: {load_average()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-site-") as name:
        tmp = Path(name)
        if args.only in (None, "site"):
            site_benchmarks(tmp, args.runs)
        if args.only in (None, "website"):
            website_benchmarks(tmp, args.scale_runs, args.sizes)
        if args.only in (None, "slots"):
            slots_benchmarks(tmp, args.slots, args.scale_runs, args.big_runs)
        if args.only in (None, "editions"):
            editions_benchmarks(tmp, args.editions, args.scale_runs, args.big_runs)
    print(f"load average at end: {load_average()}", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each site benchmark (default 3)")
    parser.add_argument("--scale-runs", type=int, default=3, help="runs at each scale (default 3)")
    parser.add_argument("--big-runs", type=int, default=1, help="runs at the largest scale (default 1)")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1, 3, 6, 9, 100], help="the website's editions (default 1 3 6 9 100)"
    )
    parser.add_argument("--slots", type=int, nargs="+", default=list(synthetic.SLOT_SIZES))
    parser.add_argument("--editions", type=int, nargs="+", default=list(synthetic.EDITION_SIZES))
    parser.add_argument("--only", choices=("site", "website", "slots", "editions"), help="run one part only")
    main(parser.parse_args())

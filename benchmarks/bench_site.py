"""The website against its floor, and how the build grows with the number of editions.

Floor: the same pages, the same ``conf.py`` (theme, extensions, myst-nb with its notebooks not
run on either side, the editions bar and titles), written as static MyST: every generated page (the
editions' pages, the person pages, the root) becomes its headings and a ``{raw} html`` block per
run of content holding the HTML the site rendered; a hand-written page with a data directive
has the directive replaced by the HTML it rendered. The floor builds with
``workshop_data_site_pages = False`` (its pages are written already). The difference is what
generating the pages, reading the data and building the nodes costs.

- full build of every edition (fresh output and doctrees) — target ≤ 1.5×;
- no-op rebuild — target ≤ 1.2×;
- data-change rebuild: a release of the newest edition with a paper retitled (or a slot when
  it has no papers); the floor's pages of that edition touched. The pages each side wrote are
  counted.

Scale: the site with the first 1, 3, 6 and all of the data's editions, and 100 synthetic ones
(the shipped release under other names, written with ``write_release`` into a temporary data
directory, never shipped), each against its own static floor. Reported: the exponent of a
log-log fit of time against editions.

Run: ``.venv/bin/python benchmarks/bench_site.py [--runs N] [--scale-runs N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
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

from harness import SHIPPED, compare  # benchmarks/ is on sys.path when a script here runs

from workshop_data import store
from workshop_data.datapackage import write_release
from workshop_data.model import Release
from workshop_data.sphinxext.pages import GITIGNORE
from workshop_data.validation import read_release

REPO = Path(__file__).resolve().parents[1]
DIRECTIVE = re.compile(r"^```\{(workshop-[\w-]+)\}[^\n]*\n(?:.*?\n)??```[ \t]*$", re.M | re.S)
#: Examples shown in four-backtick fences are text, not directives.
EXAMPLE = re.compile(r"^````.*?^````[ \t]*$", re.M | re.S)
NOT_STATIC = ("-D", "workshop_data_site_pages=0")


def sphinx(src: Path, out: Path, conf_dir: Path = REPO) -> list[str]:
    """The sphinx-build command line (as ``make site`` runs it, without -W), the notebooks not
    run (their cost is the same on both sides and is measured by bench_notebooks.py)."""
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-c", str(conf_dir), "-D", "nb_execution_mode=off"]
    return [*cmd, "-d", str(out / "doctrees"), str(src), str(out / "html")]


def static_myst(page: str, built_html: str) -> str:
    """``page`` with each data directive replaced by the HTML it rendered in ``built_html``."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(built_html, "html.parser")
    blocks = iter(soup.select("div.wd-block"))

    def replace(match: re.Match[str]) -> str:
        return f"```{{raw}} html\n{next(blocks).decode()}\n```"

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
    """The pages the site generated into ``src``: the root and the self-ignoring folders."""
    found = [src / "index.md"]
    for marker in src.glob("*/.gitignore"):
        if marker.read_text("utf-8") == GITIGNORE:
            found += sorted(marker.parent.rglob("*.md"))
    return found


def make_floor(src: Path, built: Path, floor: Path) -> dict[str, list[Path]]:
    """Write the floor's source folder from the subject's (generated pages included) and its
    build; return its pages, by edition folder."""
    shutil.copytree(src, floor, symlinks=True)
    for link in [p for p in floor.rglob("*") if p.is_symlink()]:
        target = (src / link.relative_to(floor)).resolve()
        link.unlink()
        link.symlink_to(target)
    by_folder: dict[str, list[Path]] = {}
    generated = {p.relative_to(src) for p in generated_pages(src)}
    for page in sorted(floor.rglob("*.md")):
        rel = page.relative_to(floor)
        if rel.parts[0] in ("editions",) or any(p.is_symlink() for p in page.parents if p != floor):
            continue
        html = built / rel.with_suffix(".html")
        text = page.read_text("utf-8")
        if rel in generated:
            page.write_text(static_page(text, html.read_text("utf-8")), "utf-8")
        elif DIRECTIVE.search(EXAMPLE.sub("", text)):
            page.write_text(static_myst(text, html.read_text("utf-8")), "utf-8")
        by_folder.setdefault(rel.parts[0] if len(rel.parts) > 1 else "", []).append(page)
    return by_folder


def copy_docs(target: Path) -> Path:
    """A copy of docs/ (its symbolic links pointing where they point from the repository)."""
    shutil.copytree(REPO / "docs", target, symlinks=True, ignore=shutil.ignore_patterns(*_generated_names()))
    for link in [p for p in target.rglob("*") if p.is_symlink()]:
        resolved = (REPO / "docs" / link.relative_to(target)).resolve()
        link.unlink()
        link.symlink_to(resolved)
    (target / "index.md").unlink(missing_ok=True)
    return target


def _generated_names() -> list[str]:
    """The repository's generated folders (from an earlier build), not copied."""
    return [m.parent.name for m in (REPO / "docs").glob("*/.gitignore") if m.read_text("utf-8") == GITIGNORE]


def count_written(out: Path, before: dict[str, int]) -> int:
    """How many HTML pages changed since ``before`` (their mtimes)."""
    return sum(1 for p in out.rglob("*.html") if before.get(str(p)) != p.stat().st_mtime_ns)


def mtimes(out: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in out.rglob("*.html")}


def changed_release(folder: Path, n: int) -> Release:
    """The release in ``folder`` with its first paper (else first slot) retitled, as a new release."""
    rel = read_release(folder)
    title = f"Retitled for the benchmark, version {n}"
    if rel.papers:
        rel = dataclasses.replace(rel, papers=(dataclasses.replace(rel.papers[0], title=title), *rel.papers[1:]))
    else:
        rel = dataclasses.replace(
            rel, slots=(dataclasses.replace(rel.slots[0], title=title, title_myst=title), *rel.slots[1:])
        )
    published = rel.published.replace(year=rel.published.year + 1) + __import__("datetime").timedelta(minutes=n)
    return dataclasses.replace(rel, name=f"bench-{n:03d}", published=published, schema_version=None)


def site_benchmarks(tmp: Path, runs: int) -> list[str]:
    data = tmp / "data"
    shutil.copytree(store.data_dir(None), data)
    os.environ["WORKSHOP_DATA_DIR"] = str(data)
    src = copy_docs(tmp / "src")
    subject_out, floor_out = tmp / "subject", tmp / "floor"
    subject = sphinx(src, subject_out)
    subprocess.run(subject, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    floor_pages = make_floor(src, subject_out / "html", tmp / "floor-src")
    floor = [*sphinx(tmp / "floor-src", floor_out), *NOT_STATIC]
    pages = sum(len(v) for v in floor_pages.values())

    def fresh() -> None:
        for out in (subject_out, floor_out):
            shutil.rmtree(out / "html", ignore_errors=True)
            shutil.rmtree(out / "doctrees", ignore_errors=True)

    edition = store.newest_edition(data)
    counter = iter(range(1, 1000))
    written = {"subject": [], "floor": []}

    def change() -> None:
        before = {"subject": mtimes(subject_out / "html"), "floor": mtimes(floor_out / "html")}
        change.before = before  # type: ignore[attr-defined]
        latest = store.release_path(edition, store.LATEST, data)
        write_release(changed_release(latest, next(counter)), data)
        for page in floor_pages.get(edition, []) + floor_pages.get("", []):
            page.touch()

    lines = [f"site: {len(store.edition_names(data))} editions, {pages} pages"]
    lines.append(compare("site: full build", subject, floor, runs=runs, target=1.5, before=fresh).line())
    lines.append(compare("site: no-op rebuild", subject, floor, runs=runs, target=1.2).line())
    lines.append(compare("site: data-change rebuild", subject, floor, runs=runs, before=change).line())
    # what one data change rewrites, each side once more
    change()
    for side, cmd, out in (("subject", subject, subject_out), ("floor", floor, floor_out)):
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        written[side].append(count_written(out / "html", change.before[side]))  # type: ignore[attr-defined]
    lines.append(
        f"site: pages written by a data change in {edition}: {written['subject'][0]} (floor {written['floor'][0]})"
    )
    return lines


def synthetic_data(base: Release, root: Path, n: int) -> list[str]:
    """``n`` editions, the shipped release under other names, one day apart."""
    names = [f"synthetic{i:03d}" for i in range(n)]
    for i, name in enumerate(names):
        day = base.workshop.date + dt.timedelta(days=i)
        shift = dt.timedelta(days=i)
        slots = tuple(
            dataclasses.replace(s, start=s.start + shift, end=s.end + shift if s.end else None) for s in base.slots
        )
        workshop = dataclasses.replace(base.workshop, edition=name, date=day, conference=f"Synthetic {i}")
        write_release(dataclasses.replace(base, workshop=workshop, slots=slots, schema_version=None), root)
    return names


def subset_data(source: Path, root: Path, n: int) -> list[str]:
    """The first ``n`` editions of ``source`` (oldest first) copied into ``root``."""
    names = store.edition_order(source)[:n]
    for name in names:
        shutil.copytree(source / name, root / name)
    return names


def exponent(ns: list[int], times: list[float]) -> float:
    """Slope of the least-squares line through (log n, log t)."""
    xs, ys = [math.log(n) for n in ns], [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def scale_benchmarks(tmp: Path, runs: int, sizes: tuple[int, ...]) -> list[str]:
    source = store.data_dir(None)
    available = len(store.edition_names(source))
    build_times: dict[str, list[float]] = {"subject": [], "floor": []}
    ns: list[int] = []
    lines = []
    for n in sizes:
        root = tmp / f"scale-{n}"
        if n <= available:
            names = subset_data(source, root / "data", n)
            what = "of the data's editions"
        else:
            names = synthetic_data(read_release(SHIPPED), root / "data", n)
            what = "synthetic editions"
        os.environ["WORKSHOP_DATA_DIR"] = str(root / "data")
        src = copy_docs(root / "src")
        subject = sphinx(src, root / "subject")
        subprocess.run(subject, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        make_floor(src, root / "subject" / "html", root / "floor-src")
        floor = [*sphinx(root / "floor-src", root / "floor"), *NOT_STATIC]

        def fresh(root: Path = root) -> None:
            for side in ("subject", "floor"):
                shutil.rmtree(root / side, ignore_errors=True)

        pages = len(list((root / "src").rglob("*.md")))
        result = compare(f"scale: {len(names)} {what}", subject, floor, runs=runs, warmup=0, before=fresh)
        build_times["subject"].append(statistics.median(result.subject))
        build_times["floor"].append(statistics.median(result.floor))
        ns.append(len(names))
        lines.append(f"{result.line()}  ({pages} pages)")
    sub, flo = build_times["subject"], build_times["floor"]
    if len(ns) > 1:
        extra = [max(s - f, 1e-3) for s, f in zip(sub, flo, strict=True)]
        lines.append(f"exponent (log-log fit), site build: {exponent(ns, sub):.2f}  (floor {exponent(ns, flo):.2f})")
        lines.append(f"exponent, the site's share of the build (subject - floor): {exponent(ns, extra):.2f}")
    return lines


def main(runs: int, scale_runs: int, sizes: tuple[int, ...], only: Callable[[str], bool]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-site-") as name:
        tmp = Path(name)
        if only("site"):
            for line in site_benchmarks(tmp, runs):
                print(line, flush=True)
        if only("scale"):
            for line in scale_benchmarks(tmp, scale_runs, sizes):
                print(line, flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each site benchmark (default 3)")
    parser.add_argument("--scale-runs", type=int, default=1, help="runs at each scale (default 1)")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1, 3, 6, 9, 100], help="editions (default 1 3 6 9 100)"
    )
    parser.add_argument("--only", choices=("site", "scale"), help="run one part only")
    args = parser.parse_args()
    main(args.runs, args.scale_runs, tuple(args.sizes), lambda part: args.only in (None, part))

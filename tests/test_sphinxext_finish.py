"""The extension's HTML builder against Sphinx's own: the same output after every kind of change.

:mod:`workshop_data.sphinxext.finish` keeps ``searchindex.js`` and ``objects.inv`` as they are
when a build changed nothing. Each step below is applied to two copies of the ``finish`` root,
one built by ``sphinx-build`` with the extension as it is, the other by the same command with the
extension's builder not registered (Sphinx's ``StandaloneHTMLBuilder``); after each step the two
output folders hold the same files, byte for byte, and each build wrote the same pages (the
builder finds the outdated pages by its own code, Sphinx's with the times taken from strings).
Builds run in their own processes, as ``sphinx-build`` does: Sphinx caches the checksums of
static files for the life of a process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import shipped_env

ROOT = Path(__file__).parent / "roots" / "test-finish"
#: ``sphinx-build`` with the extension's builder left out: Sphinx's HTML builder.
PLAIN = (
    "import sys, workshop_data.sphinxext.finish as finish; finish.setup_finish = lambda app: None; "
    "from sphinx.cmd.build import main; sys.exit(main(sys.argv[1:]))"
)
UNTOUCHED = ("searchindex.js", "objects.inv")


def sphinx_build(src: Path, out: Path, *overrides: str, plain: bool = False, every: bool = False) -> None:
    """Build ``src`` into ``out/html`` (doctrees in ``out/doctrees``), ``overrides`` as ``-D``,
    every page written if ``every`` (``-a``)."""
    head = [sys.executable, "-c", PLAIN] if plain else [sys.executable, "-m", "sphinx"]
    cmd = [*head, "-q", "-b", "html", *(["-a"] if every else []), *[a for o in overrides for a in ("-D", o)]]
    cmd += ["-d", str(out / "doctrees"), str(src), str(out / "html")]
    result = subprocess.run(cmd, capture_output=True, text=True, env=shipped_env(), check=False)
    assert result.returncode == 0, result.stderr


def files(out: Path) -> dict[str, bytes]:
    """Every file of a build's HTML output, by path."""
    html = out / "html"
    return {p.relative_to(html).as_posix(): p.read_bytes() for p in sorted(html.rglob("*")) if p.is_file()}


def mtimes(out: Path) -> dict[str, int]:
    return {name: (out / "html" / name).stat().st_mtime_ns for name in UNTOUCHED}


def pages(out: Path) -> dict[str, int]:
    """Each HTML page of a build's output, by path, with its modification time."""
    html = out / "html"
    return {p.relative_to(html).as_posix(): p.stat().st_mtime_ns for p in html.rglob("*.html")}


def written(before: dict[str, int], after: dict[str, int]) -> set[str]:
    """The pages a build wrote: new ones, and those whose time changed."""
    return {name for name, t in after.items() if before.get(name) != t}


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in ``path``, its time now (finer than the file system's clock)."""
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")
    now = time.time_ns()
    os.utime(path, ns=(now, now))


def search_index(built: dict[str, bytes]) -> dict[str, Any]:
    """The parsed ``searchindex.js`` of a build."""
    text = built["searchindex.js"].decode("utf-8")
    assert text.startswith("Search.setIndex(") and text.endswith(")")
    return dict(json.loads(text[len("Search.setIndex(") : -1]))


def test_the_builder_writes_what_sphinx_writes_after_every_change(tmp_path: Path) -> None:
    """After each change the output is Sphinx's, except that a build which changed nothing keeps
    the search index of the build before it: Sphinx 9 loads the index back from
    ``searchindex.js`` without its index entries (``IndexBuilder.load`` skips them) and writes it
    again without those of the pages it did not read, so its no-op loses them all."""
    ours_src, plain_src = tmp_path / "ours-src", tmp_path / "plain-src"
    ours, plain = tmp_path / "ours", tmp_path / "plain"
    for src in (ours_src, plain_src):
        shutil.copytree(ROOT, src)

    def step(
        change: Callable[[Path, Path], None] | None = None,
        *overrides: str,
        index_kept: bool = False,
        every: bool = False,
    ) -> dict[str, bytes]:
        for src, out in ((ours_src, ours), (plain_src, plain)):
            if change is not None:
                change(src, out)
        before = pages(ours), pages(plain)
        sphinx_build(ours_src, ours, *overrides, every=every)
        sphinx_build(plain_src, plain, *overrides, plain=True, every=every)
        wrote[:] = [written(before[0], pages(ours)), written(before[1], pages(plain))]
        assert wrote[0] == wrote[1]
        built, sphinx_built = files(ours), files(plain)
        if index_kept:  # Sphinx's differs by the index entries it dropped, nothing else
            assert built["searchindex.js"] == first["searchindex.js"]
            assert search_index(sphinx_built) == {**search_index(built), "indexentries": {}}
            sphinx_built["searchindex.js"] = built["searchindex.js"]
        assert built == sphinx_built
        return built

    first: dict[str, bytes] = {}
    wrote: list[set[str]] = []  # the pages each builder wrote in the last step
    first = step()
    assert b"bravo" in first["searchindex.js"] and search_index(first)["indexentries"]
    assert b"spam" in zlib.decompress(first["objects.inv"].split(b"\n", 4)[4])
    before = mtimes(ours)

    # a no-op: the index and inventory not written again; every other file written as it was
    assert step(index_kept=True) == first
    assert mtimes(ours) == before

    # a static file changed: copied, and the indices' and search page's links carry its new checksum
    changed = step(lambda src, out: edit(src / "_static/custom.css", "#111", "#222"), index_kept=True)
    assert b"#222" in changed["_static/custom.css"]
    assert changed["genindex.html"] != first["genindex.html"]
    assert changed["search.html"] != first["search.html"]
    assert mtimes(ours) == before

    # the environment newer than the index (a build stopped after pickling it): dumped again
    step(lambda src, out: os.utime(out / "doctrees/environment.pickle"))
    assert all(t > before[name] for name, t in mtimes(ours).items())

    # a page edited (and the page whose table of contents lists it): a fresh build's index
    edited = step(lambda src, out: edit(src / "two.md", "Charlie delta.", "Charlie delta golf."))
    assert b"golf" in edited["searchindex.js"]
    sphinx_build(ours_src, tmp_path / "fresh", plain=True)
    fresh = files(tmp_path / "fresh")
    assert {name: edited[name] for name in UNTOUCHED} == {name: fresh[name] for name in UNTOUCHED}

    # a page touched, its text the same: read and written again
    step(lambda src, out: edit(src / "two.md", "Charlie", "Charlie"))
    assert "two.html" in wrote[0]

    # a page's output deleted: written again
    step(lambda src, out: (out / "html/two.html").unlink())
    assert "two.html" in wrote[0] and (ours / "html/two.html").exists()

    # a page added (an orphan, as no toctree lists it)
    def add(src: Path, out: Path) -> None:
        (src / "new.md").write_text("---\norphan: true\n---\n# A new page\n\nHotel india.\n", "utf-8")

    added = step(add)
    assert "new.html" in wrote[0] and b"Hotel" in added["new.html"]

    # every page written (-a), nothing changed
    step(every=True)
    assert wrote[0] >= {"index.html", "two.html", "new.html", "orphan.html"}

    # a page removed (an orphan: no other page is read again): it leaves the index
    removed = step(lambda src, out: (src / "orphan.md").unlink())
    assert b"An orphan page" in edited["searchindex.js"] and b"An orphan page" not in removed["searchindex.js"]

    # a template changed, then a configuration value: every page written again
    templated = step(lambda src, out: edit(src / "_templates/layout.html", "first template", "second template"))
    assert b"second template" in templated["genindex.html"]
    step(None, "html_title=Another title")

    # the search index deleted: Sphinx writes what it can (the index of no page), so does the builder
    step(lambda src, out: (out / "html/searchindex.js").unlink())

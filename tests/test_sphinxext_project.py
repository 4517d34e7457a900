"""The lighter project and environment (:mod:`workshop_data.sphinxext.project`) against Sphinx's own.

The oracle is Sphinx's ``Project`` on the same folder: the same pages found, named and mapped to
the same paths, the same answers to ``doc2path`` and ``path2doc``, the same warning for a page
found twice; pickled, the same paths as strings, and a build that loads it finds every page
again; the same pages found added, changed and removed after each kind of change.
"""

from __future__ import annotations

import os
import pickle
import time
import unicodedata
from pathlib import Path

import pytest
import sphinx
import sphinx.project
from sphinx.environment import BuildEnvironment
from sphinx.project import Project
from sphinx.testing.util import SphinxTestApp

from workshop_data.sphinxext import envload
from workshop_data.sphinxext.project import SPHINX_OF, LightEnvironment, LightProject, matching_files

pytestmark = pytest.mark.skipif(
    sphinx.version_info[:2] != SPHINX_OF, reason=f"LightProject follows Sphinx {SPHINX_OF}; other Sphinx keep theirs"
)
SUFFIXES = (".rst", ".md", ".ipynb")
EXCLUDE = ["_build", "**/.ipynb_checkpoints", "drafts/**", "*.tmp.md"]


def tree(root: Path) -> Path:
    """A source folder with nested pages, other files, excluded folders and a non-NFC name."""
    files = [
        "index.md",
        "about.rst",
        "notes.ipynb",
        "conf.py",
        "logo.png",
        "guide/intro.md",
        "guide/deep/more.rst",
        "guide/deep/data.csv",
        "guide/.ipynb_checkpoints/intro-checkpoint.ipynb",
        "drafts/secret.md",
        "_build/html/old.md",
        "scratch.tmp.md",
        unicodedata.normalize("NFD", "café.md"),
    ]
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# page\n", "utf-8")
    return root


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The warnings the projects log (Sphinx's logger, whatever its handlers in this process)."""
    logged: list[str] = []
    monkeypatch.setattr(sphinx.project.logger, "warning", lambda msg, *args, **kw: logged.append(msg % args))
    return logged


def both(root: Path) -> tuple[Project, LightProject]:
    sphinx_own, light = Project(root, SUFFIXES), LightProject(root, SUFFIXES)
    sphinx_own.discover(EXCLUDE)
    light.discover(EXCLUDE)
    return sphinx_own, light


def test_matching_files_are_sphinx_own(tmp_path: Path) -> None:
    from sphinx.util.matching import get_matching_files

    root = tree(tmp_path)
    patterns = [*EXCLUDE, "**/_sources", ".#*", "**/.#*", "*.lproj/**"]
    assert list(matching_files(root, ["**"], patterns)) == list(get_matching_files(root, ["**"], patterns))
    assert list(matching_files(root, ["guide/**"], [])) == list(get_matching_files(root, ["guide/**"], []))


def test_discovers_the_same_pages_names_and_paths(tmp_path: Path, warnings: list[str]) -> None:
    sphinx_own, light = both(tree(tmp_path))
    # the decomposed "café.md" is found under its composed name, which Sphinx cannot open
    assert light.docnames == sphinx_own.docnames == {"index", "about", "notes", "guide/intro", "guide/deep/more"}
    assert warnings == ["Ignored unreadable document 'café.md'."] * 2
    assert light._docname_to_path == sphinx_own._docname_to_path
    assert light._path_to_docname == sphinx_own._path_to_docname
    for docname in [*sorted(sphinx_own.docnames), "missing/page"]:
        for absolute in (True, False):
            ours, theirs = light.doc2path(docname, absolute), sphinx_own.doc2path(docname, absolute)
            assert (ours, type(ours)) == (theirs, type(theirs))
    for name in ["guide/deep/more.rst", tmp_path / "notes.ipynb", "logo.png", "new.md"]:
        assert light.path2doc(name) == sphinx_own.path2doc(name)


def test_a_page_found_twice_warns_as_sphinx_does(tmp_path: Path, warnings: list[str]) -> None:
    root = tree(tmp_path)
    (root / "index.rst").write_text("page\n====\n", "utf-8")
    sphinx_own, light = both(root)
    assert len(warnings) == 4 and warnings[0:2] == warnings[2:4]  # twice found, and café.md
    assert 'multiple files found for the document "index"' in warnings[1]
    assert light.docnames == sphinx_own.docnames
    assert light._docname_to_path == sphinx_own._docname_to_path


def test_pickled_with_string_paths_and_found_again(tmp_path: Path) -> None:
    sphinx_own, light = both(tree(tmp_path))
    loaded = pickle.loads(pickle.dumps(light))
    assert type(loaded) is LightProject
    assert loaded.docnames == sphinx_own.docnames
    assert loaded._path_to_docname == {}
    assert loaded._docname_to_path == {name: str(path) for name, path in sphinx_own._docname_to_path.items()}
    # a build asks for outdated pages (each page's file) before it finds the files again
    for docname in sphinx_own.docnames:
        for absolute in (True, False):
            assert loaded.doc2path(docname, absolute) == sphinx_own.doc2path(docname, absolute)
        assert loaded.path2doc(sphinx_own.doc2path(docname, True)) == docname
    fresh = LightProject(tmp_path, SUFFIXES)
    fresh.restore(loaded)
    fresh.discover(EXCLUDE)
    assert fresh._docname_to_path == sphinx_own._docname_to_path


def test_a_build_after_a_loaded_environment_finds_every_page(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "conf.py").write_text('extensions = ["myst_parser", "workshop_data.sphinxext"]\n', "utf-8")
    (src / "index.md").write_text("# Home\n\n```{toctree}\nsub/page\nother\n```\n", "utf-8")
    (src / "sub" / "page.md").write_text("# Sub page\n", "utf-8")
    (src / "other.rst").write_text("Other\n=====\n", "utf-8")

    def build() -> SphinxTestApp:
        app = SphinxTestApp("html", srcdir=src, builddir=tmp_path / "out")
        try:
            app.build()
        finally:
            app.cleanup()
        return app

    first = build()
    assert type(first.project) is LightProject
    (src / "other.rst").write_text("Other, edited\n=============\n", "utf-8")
    second = build()
    assert type(second.project) is LightProject
    assert second.env.found_docs == {"index", "sub/page", "other"}
    assert second.env.doc2path("sub/page") == src / "sub" / "page.md"
    assert "1 changed" in second._status.getvalue()
    assert "Other, edited" in (tmp_path / "out" / "html" / "other.html").read_text("utf-8")


def test_outdated_files_are_sphinx_own(tmp_path: Path) -> None:
    """After each kind of change the environment finds the pages Sphinx's own finds: an edited
    page, a missing doctree, a newer or missing dependency, a page re-read always, an added and a
    removed page."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text('extensions = ["myst_parser", "workshop_data.sphinxext"]\n', "utf-8")
    (src / "index.md").write_text("# Home\n\n```{toctree}\n" + "\n".join("abcdef") + "\n```\n", "utf-8")
    for name in "abcdef":
        (src / f"{name}.md").write_text(f"# Page {name}\n", "utf-8")
    (src / "d.md").write_text("# Page d\n\n```{literalinclude} snippet.txt\n```\n", "utf-8")
    (src / "e.md").write_text("# Page e\n\n```{literalinclude} gone.txt\n```\n", "utf-8")
    (src / "snippet.txt").write_text("one\n", "utf-8")
    (src / "gone.txt").write_text("two\n", "utf-8")
    out = tmp_path / "out"
    app = SphinxTestApp("html", srcdir=src, builddir=out)
    app.build()
    app.cleanup()
    later = time.time_ns() + 10**9
    os.utime(src / "a.md", ns=(later, later))  # edited
    (out / "doctrees" / "b.doctree").unlink()  # its doctree lost
    os.utime(src / "snippet.txt", ns=(later, later))  # d's dependency newer
    (src / "gone.txt").unlink()  # e's dependency missing
    (src / "f.md").unlink()  # removed
    (src / "new.md").write_text("# New\n", "utf-8")  # added
    app = SphinxTestApp("html", srcdir=src, builddir=out)
    try:
        assert type(app.env) is LightEnvironment and type(app.project) is LightProject
        app.env.reread_always.add("c")
        app.env.find_files(app.config, app.builder)
        ours = app.env.get_outdated_files(False)
        assert ours == BuildEnvironment.get_outdated_files(app.env, False)
        assert ours == ({"new"}, {"a", "b", "c", "d", "e"}, {"f"})
        assert app.env.get_outdated_files(True) == BuildEnvironment.get_outdated_files(app.env, True)
    finally:
        app.cleanup()
        envload.release()  # the app is not built: no build-finished unfreezes what its load froze

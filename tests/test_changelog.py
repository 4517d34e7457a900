"""The changelog page: every release of the edition, its publication date and its changes,
built with sphinx.testing from tests/roots/test-changelog (reST and MyST pages)."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docutils import nodes
from edits import edited, published, shipped

from workshop_data.changes import compare
from workshop_data.datapackage import write_release
from workshop_data.sphinxext.changelog import counts

pytest_plugins = ("sphinx.testing.fixtures",)

ROOT = Path(__file__).parent / "roots" / "test-changelog"


@pytest.fixture
def build(tmp_path: Path, make_app: Callable[..., Any]) -> Callable[..., Any]:
    """Build the test site (optionally over a data dir of our own); return the app."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)

    def run(data_dir: Path | None = None) -> Any:
        overrides = {"workshop_data_dir": str(data_dir)} if data_dir else {}
        app = make_app("html", srcdir=src, confoverrides=overrides, freshenv=False)
        app.build()
        return app

    return run


def page(app: Any, name: str = "index") -> str:
    return (Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8")


def changelog(app: Any, docname: str) -> nodes.Element:
    """The directive's block in the page's doctree."""
    tree = app.env.get_doctree(docname)
    return next(n for n in tree.findall(nodes.container) if "wd-workshop-changelog" in n["classes"])


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Three releases: the shipped one, an edited one, and a third with no changes."""
    root = tmp_path / "data"
    old = shipped()
    new = edited(old)
    write_release(old, root)
    write_release(new, root)
    write_release(published(new, "2024-12-05", "2024-12-05T09:30"), root)
    return root


def test_with_only_the_shipped_release_the_page_shows_the_first_release(
    build: Callable[..., Any], release_copy: Path
) -> None:
    app = build(release_copy.parents[1])
    assert app.warning.getvalue() == ""
    html = page(app)
    assert "Release 2024-11-20" in html
    assert "Published 2024-11-20 " in html and "(the latest release)" in html
    assert "First published release: 14 slots, 4 talks, 5 people." in html
    assert "wd-changelog" not in html  # no table of changes: there is nothing to compare with


def test_counts_say_one_person_and_many_people() -> None:
    rel = shipped()
    assert counts(rel) == "14 slots, 4 talks, 5 people"
    one = dataclasses.replace(rel, slots=rel.slots[:1], talks=rel.talks[:1], people=rel.people[:1])
    assert counts(one) == "1 slot, 1 talk, 1 person"
    assert counts(dataclasses.replace(rel, talks=())) == "14 slots, 0 talks, 5 people"


def test_every_release_newest_first_with_its_changes(build: Callable[..., Any], data_dir: Path) -> None:
    app = build(data_dir)
    assert app.warning.getvalue() == ""
    block = changelog(app, "index")
    rubrics = [r.astext() for r in block.findall(nodes.rubric)]
    assert rubrics == ["Release 2024-12-05", "Release 2024-12-01", "Release 2024-11-20"]
    text = block.astext()
    assert "Published 2024-12-05 09:30 UTC (the latest release). No changes from release 2024-12-01." in text
    n = len(compare(shipped(), edited(shipped())))
    assert f"Published 2024-12-01 18:00 UTC. {n} changes from release 2024-11-20:" in text
    assert "First published release: 14 slots, 4 talks, 5 people." in text

    tables = list(block.findall(nodes.table))
    assert len(tables) == 1
    body_rows = list(tables[0].findall(nodes.row))[1:]
    cells = [[entry.astext() for entry in row.findall(nodes.entry)] for row in body_rows]
    assert cells[0] == ["", "The edition", "contact email: mlforsystems@googlegroups.com → organizers@mlforsystems.org"]
    assert cells[1] == ["09:15", "Hardware: Richard Ho", "moved 10:10 → 09:15"]
    assert cells[2] == [
        "10:10",
        "Invited: Natasha Jaques",
        "moved 09:15 → 10:10\n\nname corrected: Natasha Jacques → Natasha Jaques",
    ]
    assert ["15:05", "Poster Session 2", "removed (was at 15:05)"] in cells
    assert cells[-1] == ["17:00", "Closing Remarks", "added, at 17:00"]
    assert sum(len(list(r.findall(nodes.list_item))) for r in body_rows) == n

    html = page(app)
    # Times are <time> elements with their instant, so the page's zone switch converts them.
    assert '<time class="wd-time" datetime="2024-12-15T09:15:00-08:00">09:15</time>' in html
    assert "Times are in" in html and "America/Vancouver" in html
    assert html.index("Release 2024-12-05") < html.index("Release 2024-12-01") < html.index("Release 2024-11-20")
    assert 'id="release-2024-12-01"' in html


def test_rest_and_myst_pages_give_the_same_nodes(build: Callable[..., Any], data_dir: Path) -> None:
    app = build(data_dir)

    def shape(docname: str) -> str:
        return re.sub(r' (source|line)="[^"]*"', "", changelog(app, docname).pformat())

    assert shape("index") == shape("myst")


def test_hostile_titles_are_text_not_markup(build: Callable[..., Any], tmp_path: Path) -> None:
    old = shipped()
    hostile = '<script>alert("x")</script> *not emphasis* `code` :ref:`x`'
    first = old.slots[0]
    new = dataclasses.replace(
        old, slots=(dataclasses.replace(first, title=hostile, title_myst=hostile), *old.slots[1:])
    )
    root = tmp_path / "data"
    write_release(old, root)
    write_release(published(new, "2024-12-01", "2024-12-01T18:00"), root)
    app = build(root)
    assert app.warning.getvalue() == ""
    html = page(app)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; *not emphasis* `code` :ref:`x`" in html


def test_a_new_release_shows_up_on_the_next_build(build: Callable[..., Any], tmp_path: Path) -> None:
    root = tmp_path / "data"
    old = shipped()
    write_release(old, root)
    assert "Release 2024-12-01" not in page(build(root))

    write_release(edited(old), root)
    app = build(root)
    assert "index" in app.env.all_docs and "Release 2024-12-01" in page(app)
    assert "name corrected: Natasha Jacques → Natasha Jaques" in page(app, "myst")


def test_unknown_edition_is_a_build_error_naming_it(build: Callable[..., Any], data_dir: Path) -> None:
    app = build(data_dir)
    index = Path(app.srcdir) / "index.rst"
    index.write_text(index.read_text(encoding="utf-8").replace("neurips2024", "icml2031"), encoding="utf-8")
    app = build(data_dir)
    warnings = app.warning.getvalue()
    assert "workshop-changelog: no edition 'icml2031'" in warnings
    assert "(editions: neurips2024)" in warnings

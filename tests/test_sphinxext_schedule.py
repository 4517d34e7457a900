"""The schedule's rows and speakers list, written as HTML for HTML builders, are the HTML their
docutils nodes become.

For a builder of HTML pages the schedule directive writes its table's rows and its speakers
list straight as HTML (``schedule.AS_HTML``; a 10,010-slot page was 300,000 nodes); every other
builder gets the nodes. The oracle here is docutils and Sphinx themselves: the same site built
with ``AS_HTML`` off (the nodes, through the HTML translator of the theme) must give the same
bytes on every page, and the same search index, on the shipped editions (person pages linked
from the speakers list) and on hostile data (markup, entities, quotes, ``@``, line breaks in
titles), with the site's theme and Sphinx's ``basic`` one.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SHIPPED, sphinx_built
from sphinx.testing.util import SphinxTestApp
from test_sphinxext import ROOTS, hostile_data

from workshop_data import store
from workshop_data.datapackage import write_release
from workshop_data.defaults import LATEST
from workshop_data.sphinxext import schedule
from workshop_data.titles import Title
from workshop_data.validation import read_release

#: Shipped editions the site test shows as they are (their latest releases): the first, the ISCA
#: one and the newest; NeurIPS 2024 is there hostile.
SHIPPED_EDITIONS = ("neurips2018", "isca2019", "neurips2025")
#: Text the HTML translator escapes (``&``, ``<``, ``>``, ``"``, and ``@`` as ``&#64;``).
NASTY = 'Tom & Jerry\'s "<Cats>" @ home'


def nasty_data(data_dir: Path) -> None:
    """tests/test_sphinxext.py's hostile release, with more that HTML escapes: in a slot's label,
    status and title, a talk's title and a person's name and affiliations."""
    hostile_data(data_dir)
    folder = data_dir / "neurips2024" / "2024-11-20"
    rel = read_release(folder)
    shutil.rmtree(folder)
    slots = list(rel.slots)
    slots[3] = dataclasses.replace(
        slots[3], label=NASTY, status=NASTY, title=NASTY + " again", title_myst=Title.from_text(NASTY + " again").source
    )
    talks = list(rel.talks)
    talks[3] = dataclasses.replace(talks[3], title=NASTY, title_myst="*" + Title.from_text(NASTY).source + "*")
    people = list(rel.people)
    people[1] = dataclasses.replace(people[1], name=NASTY, affiliations=("A & B", "C@D <E>"))
    nasty = dataclasses.replace(rel, slots=tuple(slots), talks=tuple(talks), people=tuple(people), schema_version=None)
    write_release(nasty, data_dir)


def build(root: Path, src: Path, monkeypatch: pytest.MonkeyPatch, as_html: bool, **conf: Any) -> SphinxTestApp:
    """Build ``root`` (copied to ``src``) with the rows written as HTML or as nodes."""
    shutil.copytree(root, src)
    monkeypatch.setattr(schedule, "AS_HTML", as_html)
    return sphinx_built(src, confoverrides=conf)


def written(app: SphinxTestApp) -> dict[str, bytes]:
    """Every page and the search index of a build's output, by path."""
    out = Path(app.outdir)
    files = [*out.rglob("*.html"), out / "searchindex.js"]
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(files)}


def same_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, root: Path, **conf: Any) -> dict[str, bytes]:
    """Build ``root`` twice (rows as HTML, rows as nodes), check both say the same and return the
    first's pages; the HTML writing is checked to have been used."""
    calls: list[int] = []
    rows_html = schedule.rows_html

    def counted(*args: Any) -> str:
        calls.append(1)
        return rows_html(*args)

    monkeypatch.setattr(schedule, "rows_html", counted)
    as_html = build(root, tmp_path / "html", monkeypatch, True, **conf)
    assert calls, "the rows were not written as HTML"
    written_as_html = len(calls)
    as_nodes = build(root, tmp_path / "nodes", monkeypatch, False, **conf)
    assert len(calls) == written_as_html, "the rows were written as HTML with AS_HTML off"
    assert as_html.warning.getvalue() == as_nodes.warning.getvalue() == ""
    pages, expected = written(as_html), written(as_nodes)
    assert pages.keys() == expected.keys()
    for name in expected:
        assert pages[name] == expected[name], name
    return pages


def test_the_sites_pages_are_the_html_of_the_nodes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    for edition in SHIPPED_EDITIONS:
        latest = store.release_path(edition, LATEST, None)
        shutil.copytree(latest, data / edition / latest.name)
    nasty_data(data)
    pages = same_output(tmp_path, monkeypatch, ROOTS / "test-site", workshop_data_dir=str(data))
    for edition in (*SHIPPED_EDITIONS, "neurips2024"):
        page = pages[f"{edition}/schedule.html"].decode()
        assert 'class="wd-schedule' in page and "wd-day-row" in page, edition
        assert 'class="wd-person reference internal" href="../people/' in page, edition  # the person pages
    nasty = pages["neurips2024/schedule.html"].decode()
    assert "Tom &amp; Jerry's &quot;&lt;Cats&gt;&quot; &#64; home" in nasty
    # the calendar link's name (an attribute the translator writes before the class) escaped alike
    assert 'a aria-label="add to calendar, .ics: Tom &amp; Jerry' in nasty
    assert "<script>" not in nasty.split('<div class="wd-block')[1].split("</table>")[0]


@pytest.mark.parametrize(
    "conf",
    [{}, {"html_theme": "basic", "html_theme_options": {}}, {"html_compact_lists": False}],
    ids=["pydata-theme", "basic-theme", "lists-not-compact"],
)
def test_the_directives_pages_are_the_html_of_the_nodes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, conf: dict[str, Any]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(SHIPPED, data / SHIPPED.parent.name / SHIPPED.name)
    pages = same_output(tmp_path, monkeypatch, ROOTS / "test-directives", workshop_data_dir=str(data), **conf)
    assert 'href="#dean_talk"' in pages["schedule.html"].decode()


def test_other_builders_get_the_nodes(tmp_path: Path) -> None:
    """A text build shows every row and the speakers list, from the nodes (no HTML)."""
    data = tmp_path / "data"
    shutil.copytree(SHIPPED, data / SHIPPED.parent.name / SHIPPED.name)
    shutil.copytree(ROOTS / "test-directives", tmp_path / "src")
    conf = {"workshop_data_dir": str(data)}
    app = sphinx_built(tmp_path / "src", "text", confoverrides=conf)
    assert app.warning.getvalue() == ""
    page = (Path(app.outdir) / "schedule.txt").read_text("utf-8")
    slots = read_release(SHIPPED).slots
    # the table (the text writer's grid: a border above it and below each row): the day's row
    # and a row per slot; then the speakers list
    assert sum(1 for line in page.splitlines() if line.startswith("+-")) == 1 + 1 + len(slots)
    assert "**Jeff Dean** (*Google*)\n   * 08:20 Keynote: Advances in Machine Learning for Systems\n" in page
    assert "<" not in page


def test_unique_ids_are_the_first_free_suffix_of_each_wanted_id() -> None:
    """The schedule's ids (a speaker's anchor, a slot's row): the wanted id, else ``-2``, ``-3``…,
    the first free one, as finding it from the start each time would give."""
    from docutils.utils import new_document

    document = new_document("<test>")
    for taken in ("dean_talk-2", "dean_talk-4", "panel"):
        document.ids[taken] = document
    ids = schedule.UniqueIds(document)
    wanted = ["dean_talk", "dean_talk", "dean_talk", "panel", "dean_talk", "Not Safe!", "Not Safe!", ""]
    got = [ids.take(w, f"fallback-{i}") for i, w in enumerate(wanted)]
    assert got == [
        "dean_talk",
        "dean_talk-3",
        "dean_talk-5",
        "panel-2",
        "dean_talk-6",
        "not-safe",
        "not-safe-2",
        "fallback-7",
    ]
    assert set(got) <= set(document.ids)


def test_only_links_carry_more_attributes_and_only_aria_and_data_ones() -> None:
    """An attribute the translator writes itself, or one that runs script, is refused where the
    element is made, not written into a page."""
    from workshop_data.sphinxext import markup

    label = (("aria-label", "add to calendar (.ics): Keynote"),)
    assert markup.el("url", "x", ref="https://example.org", attributes=label)[5] == label
    with pytest.raises(ValueError, match="takes no attributes"):
        markup.el("span", "x", attributes=label)
    for name in ("onclick", "href", "class", "Aria-Label", "aria-"):
        with pytest.raises(ValueError, match="takes no attribute"):
            markup.el("file", "x", ref="a.ics", attributes=((name, "x"),))

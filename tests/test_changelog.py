"""The changelog page: every release of the edition, its publication date and its changes,
built with sphinx.testing from tests/roots/test-changelog (reST and MyST pages)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from docutils import nodes
from edits import edited, published, shipped
from sphinx.util.console import strip_colors

from workshop_data.changes import compare
from workshop_data.datapackage import write_release
from workshop_data.formats.text import release_counts
from workshop_data.loaders import load_release
from workshop_data.sphinxext.changelog import published_node, venue_published

pytest_plugins = ("sphinx.testing.fixtures",)

ROOT = Path(__file__).parent / "roots" / "test-changelog"


@pytest.fixture
def build(tmp_path: Path, make_app: Callable[..., Any]) -> Callable[..., Any]:
    """Build the test site (optionally over a data dir of our own); return the app."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)

    def run(data_dir: Path | None = None, **options: Any) -> Any:
        overrides = {"workshop_data_dir": str(data_dir)} if data_dir else {}
        overrides.update(options.pop("confoverrides", {}))
        app = make_app("html", srcdir=src, confoverrides=overrides, freshenv=False, **options)
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
    # a <time> with its UTC value, kept on one line (a phone broke it at its hyphens), which the
    # zone switch leaves alone (not a wd-time); then the venue's clock, in text on one line too
    stamp = re.search(
        r'Published <time class="wd-published" datetime="([^"]+)">([^<]+)</time>, '
        r'<span class="wd-published">([^<]+) at the venue</span> \(the latest',
        html,
    )
    assert stamp is not None
    value, shown, venue = stamp.groups()
    assert value.startswith("2024-11-20T") and value.endswith("+00:00") and shown == f"{value[:10]} {value[11:16]} UTC"
    at = dt.datetime.fromisoformat(value).astimezone(ZoneInfo("America/Vancouver"))
    assert venue == (f"{at:%H:%M}" if at.date().isoformat() == value[:10] else f"{at:%Y-%m-%d %H:%M}")
    assert "First published release: 14 slots, 4 talks, 5 people." in html
    assert "wd-changelog" not in html  # no table of changes: there is nothing to compare with


def test_counts_say_one_person_and_many_people() -> None:
    rel = shipped()
    assert release_counts(rel) == "14 slots, 4 talks, 5 people"
    one = dataclasses.replace(rel, slots=rel.slots[:1], talks=rel.talks[:1], people=rel.people[:1])
    assert release_counts(one) == "1 slot, 1 talk, 1 person"
    assert release_counts(dataclasses.replace(rel, talks=())) == "14 slots, 0 talks, 5 people"
    # horg16: NeurIPS 2026's first release (its call for papers, no schedule yet), like seven editions'
    # first (NeurIPS 2024's home page in 2024-08), was "First published release: 0 slots, 0 talks": not listed
    assert release_counts(dataclasses.replace(rel, slots=(), talks=())) == "schedule not listed, 5 people"


def test_every_release_newest_first_with_its_changes(build: Callable[..., Any], data_dir: Path) -> None:
    app = build(data_dir)
    assert app.warning.getvalue() == ""
    block = changelog(app, "index")
    rubrics = [r.astext() for r in block.findall(nodes.rubric)]
    assert rubrics == ["Release 2024-12-05", "Release 2024-12-01", "Release 2024-11-20"]
    text = block.astext()
    latest = "Published 2024-12-05 09:30 UTC, 01:30 at the venue (the latest release)."
    assert f"{latest} No changes from release 2024-12-01." in text
    n = len(compare(shipped(), edited(shipped())))
    assert f"Published 2024-12-01 18:00 UTC, 10:00 at the venue. {n} changes from release 2024-11-20:" in text
    assert "First published release: 14 slots, 4 talks, 5 people." in text
    # the release compared with is named as code, as on the Data page (never broken at a hyphen)
    entries = [p for p in block.findall(nodes.paragraph) if "wd-release-names" not in p["classes"]]
    assert [lit.astext() for p in entries for lit in p.findall(nodes.literal)][:2] == [
        "2024-12-01",
        "2024-11-20",
    ]

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


def test_a_release_name_is_said_to_be_the_time_it_was_published(build: Callable[..., Any], tmp_path: Path) -> None:
    """A visitor read "Release 2024-12-05.0930" with nothing saying it is a time, nor in which
    zone: above the changelog, what a name means, the newest release's as the example (a name
    that states a minute, a second or a day alone); the docs' section that defines it is linked
    where the site has it (this test site has no docs: its words alone, no broken link)."""
    root = tmp_path / "data"
    old = shipped()
    write_release(old, root)
    write_release(published(edited(old), "2024-12-05.093015", "2024-12-05T09:30:15"), root)
    app = build(root)
    assert app.warning.getvalue() == ""
    (note,) = [p for p in changelog(app, "index").findall(nodes.paragraph) if "wd-release-names" in p["classes"]]
    assert note.astext() == (
        "A release’s name is the date and time it was published, in UTC: 2024-12-05.093015 is Thursday 5 December "
        "2024, 09:30:15 UTC; a release read from the history of the workshop’s site was published when its change "
        "was committed (how releases are named)."
    )
    assert [lit.astext() for lit in note.findall(nodes.literal)] == ["2024-12-05.093015"]
    assert not list(note.findall(nodes.reference))


def test_the_extensions_sentences_are_typographic_and_the_data_as_written(
    build: Callable[..., Any], tmp_path: Path
) -> None:
    """MyST curls a page's own text ("the workshop’s"); the extension's sentences read "A
    release's name", "the venue's time zone", straight, beside it. They are typographic as the
    page's text is (markup.prose, docutils' smart quotes), while the data is shown as written:
    a title "Moore's Law" keeps its apostrophe."""
    root = tmp_path / "data"
    old = shipped()
    write_release(old, root)
    new = edited(old)
    first = new.slots[0]
    moore = dataclasses.replace(new, slots=(dataclasses.replace(first, title="Moore's Law"), *new.slots[1:]))
    write_release(published(moore, "2024-12-05.0930", "2024-12-05T09:30:00"), root)
    app = build(root)
    assert app.warning.getvalue() == ""
    page = changelog(app, "index")
    said = [p.astext() for p in page.findall(nodes.paragraph)]
    assert any(p.startswith("A release’s name is") and "the workshop’s site" in p for p in said), said
    assert any(", the venue’s time zone." in p for p in said), said
    notes = [p for p in said if p.startswith("Times are in") or p.startswith("A release")]
    assert len(notes) == 2 and not [p for p in notes if "'" in p], notes
    assert any("“Moore's Law”" in item.astext() for item in page.findall(nodes.list_item))
    html = (Path(app.outdir) / "index.html").read_text("utf-8")
    assert "America/Los_Angeles, the venue’s</option>" in html or "the venue’s</option>" in html


def test_each_release_has_an_anchor_of_its_own_and_an_older_one_keeps_its_anchor(
    build: Callable[..., Any], tmp_path: Path
) -> None:
    # An anchor is the release's name made an id (docutils' make_id: '.' becomes '-', letters
    # lower case): '2024-12-01-1200' (the day's 1200th, a name import takes) and '2024-12-01.1200'
    # (12:00) both gave id="release-2024-12-01-1200", so a link to the second opened the first.
    root = tmp_path / "data"
    old = shipped()
    write_release(old, root)
    write_release(published(old, "2024-12-01-1200", "2024-12-01T00:00"), root)
    write_release(published(old, "2024-12-01.1200", "2024-12-01T12:00"), root)
    app = build(root)
    ids = re.findall(r'<p class="rubric" id="([^"]+)">Release ([^<]+)</p>', page(app))
    assert ids == [
        ("release-2024-12-01-1200-2", "2024-12-01.1200"),  # the newer of the two takes another
        ("release-2024-12-01-1200", "2024-12-01-1200"),  # the older keeps the anchor it had
        ("release-2024-11-20", "2024-11-20"),
    ]
    assert len(set(re.findall(r' id="([^"]+)"', page(app)))) == len(re.findall(r' id="([^"]+)"', page(app)))


def test_a_slot_moved_to_another_day_shows_the_day_it_left(build: Callable[..., Any], tmp_path: Path) -> None:
    # NeurIPS 2021 moved from 12 to 13 December: its changelog said "moved 17:40 → 17:40"
    old = shipped()
    day = dt.timedelta(days=1)
    slots = tuple(dataclasses.replace(s, start=s.start and s.start + day, end=s.end and s.end + day) for s in old.slots)
    workshop = dataclasses.replace(old.workshop, date=old.workshop.date + day)
    new = published(dataclasses.replace(old, slots=slots, workshop=workshop), "2024-12-01", "2024-12-01T18:00")
    root = tmp_path / "data"
    write_release(old, root)
    write_release(new, root)
    app = build(root)
    assert app.warning.getvalue() == ""
    html = page(app)
    # the time it left, not on the edition's day, with its day (as the CLI's wording gives it);
    # the zone switch keeps a day on such a time (wd-dated)
    assert (
        'moved 1 day later, still at <time class="wd-time" datetime="2024-12-16T08:20:00-08:00">08:20</time>'
        ' (was <time class="wd-time wd-dated" datetime="2024-12-15T08:20:00-08:00">Sun 15 Dec 08:20</time>)'
    ) in html
    text = changelog(app, "index").astext()
    moved = [line for line in text.splitlines() if line.startswith("moved")]
    assert len(moved) == 14 and moved[-1] == "moved 1 day later, still at 16:00 (was Sun 15 Dec 16:00)"


def test_a_release_of_another_schema_says_what_was_not_compared(build: Callable[..., Any], tmp_path: Path) -> None:
    # the shipped 2024-11-20 (schema 1.0.0: no roles, papers, bios…) and the release after it (2.x)
    root = tmp_path / "data" / "neurips2024"
    for name in ("2024-11-20", "2024-11-20.1742", "2024-11-21.0046"):
        shutil.copytree(Path(__file__).parents[1] / "workshop_data" / "data" / "neurips2024" / name, root / name)
    app = build(tmp_path / "data")
    assert app.warning.getvalue() == ""
    notes = [p.astext() for p in changelog(app, "index").findall(nodes.paragraph) if "wd-not-compared" in p["classes"]]
    assert notes == [
        "Not compared, as one of the two releases does not record them: "
        "the workshop's room; the people's photo, bio and links; roles; papers."
    ]  # once: 2024-11-21.0046 against 2024-11-20.1742 compares everything


def test_what_the_pinned_release_does_not_hold_is_compared_with_the_release_before_it(
    build: Callable[..., Any], tmp_path: Path
) -> None:
    # 2024-11-18.1748 (2.x), the pinned 2024-11-20 (1.0.0: no roles, no bios), then 2024-11-20.1742,
    # upstream "Add speaker bios": its bios, photos and roles are its changes against 2024-11-18.1748
    root = tmp_path / "data" / "neurips2024"
    for name in ("2024-11-18.1748", "2024-11-20", "2024-11-20.1742"):
        shutil.copytree(Path(__file__).parents[1] / "workshop_data" / "data" / "neurips2024" / name, root / name)
    app = build(tmp_path / "data")
    assert app.warning.getvalue() == ""
    page = changelog(app, "index")
    since = [p.astext() for p in page.findall(nodes.paragraph) if "wd-compared-since" in p["classes"]]
    assert since == [
        "Release 2024-11-20 does not record the workshop's room; the people's photo, bio and links; roles; "
        "papers: compared with release 2024-11-18.1748, the last before it that does, 10 changes:"
    ]
    text = page.astext()
    assert "Natasha Jacques: bio added" in text and "Tim Kraska: role added: Invited speaker" in text
    notes = [p.astext() for p in page.findall(nodes.paragraph) if "wd-not-compared" in p["classes"]]
    assert len(notes) == 1  # 2024-11-20 against 2024-11-18.1748 only: it holds none of them


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


# -- a release that does not load ---------------------------------------------------------------


def broken_lines(app: Any) -> list[str]:
    return [strip_colors(line) for line in app.warning.getvalue().splitlines() if "does not load" in line]


def test_a_broken_release_is_skipped_with_one_warning_naming_its_folder(
    build: Callable[..., Any], data_dir: Path
) -> None:
    folder = data_dir / "neurips2024" / "2024-12-01"
    with (folder / "slots.csv").open("a", encoding="utf-8") as f:
        f.write("\n")  # changed after release: its hash no longer matches
    app = build(data_dir)
    lines = broken_lines(app)
    # one per directive that walks the releases (the reST and MyST changelogs, the releases table), at its place
    assert [line.split(": WARNING: ")[0].rsplit("/", 1)[-1] for line in lines] == [
        "index.rst:4",
        "myst.md:3",
        "releases.rst:4",
    ]
    for line, who in zip(lines, ("workshop-changelog", "workshop-changelog", "workshop-releases"), strict=True):
        assert f"WARNING: {who}: release folder {folder} does not load, skipped: {folder / 'slots.csv'}" in line
        assert "the descriptor says 1781 (truncated or changed?)" in line and line.endswith(
            "[workshop_data.broken_release]"
        )
    assert len(app.warning.getvalue().splitlines()) == 3  # nothing else
    block = changelog(app, "index")  # the other releases, each against the one before it that loads
    assert [r.astext() for r in block.findall(nodes.rubric)] == ["Release 2024-12-05", "Release 2024-11-20"]
    n = len(compare(shipped(), edited(shipped())))
    latest = "Published 2024-12-05 09:30 UTC, 01:30 at the venue (the latest release)."
    assert f"{latest} {n} changes from release 2024-11-20:" in block.astext()
    assert "Release 2024-12-01" not in page(app) and "2024-12-01" not in page(app, "releases")

    (folder / "slots.csv").write_bytes((folder / "slots.csv").read_bytes()[:-1])  # mended
    app = build(data_dir)  # (a second app in one process: Sphinx warns about its nodes registered again)
    assert broken_lines(app) == []
    assert "Release 2024-12-01" in page(app) and "Release 2024-12-01" in page(app, "myst")


def test_the_newest_release_broken_the_previous_is_the_latest(build: Callable[..., Any], data_dir: Path) -> None:
    (data_dir / "neurips2024" / "2024-12-05" / "datapackage.json").write_text("{", encoding="utf-8")
    app = build(data_dir)
    assert len(broken_lines(app)) == 3
    rows = [
        r.astext().split("\n\n")
        for r in list(next(app.env.get_doctree("releases").findall(nodes.table)).findall(nodes.row))[1:]
    ]
    assert [(r[0], r[-1]) for r in rows] == [("2024-12-01", "latest"), ("2024-11-20", "")]  # newest first
    latest = "Published 2024-12-01 18:00 UTC, 10:00 at the venue (the latest release)."
    assert latest in changelog(app, "index").astext()


@pytest.mark.parametrize("suppressed", [False, True])
def test_under_w_a_broken_release_fails_the_build_unless_suppressed(
    build: Callable[..., Any], data_dir: Path, suppressed: bool
) -> None:
    """The choice documented in workshop_data/sphinxext/changelog.py: loud under -W, and a site
    can still be published, knowingly, with the broken release left out."""
    (data_dir / "neurips2024" / "2024-12-01" / "people.csv").unlink()
    overrides = {"suppress_warnings": ["workshop_data.broken_release"]} if suppressed else {}
    app = build(data_dir, warningiserror=True, confoverrides=overrides)
    assert (app.statuscode, len(broken_lines(app))) == ((0, 0) if suppressed else (1, 3))
    if suppressed:
        assert app.warning.getvalue() == ""
    rubrics = [r.astext() for r in changelog(app, "index").findall(nodes.rubric)]
    assert rubrics == ["Release 2024-12-05", "Release 2024-11-20"]


def test_a_person_of_no_slot_is_listed_with_papers_and_people_by_name() -> None:
    # ISCA 2019's organizers changed affiliation outside the schedule (upstream b2f20ec): their
    # changes were a row 'The edition' with the edition's own facts and no one named
    from workshop_data.model import Person
    from workshop_data.sphinxext.changelog import changes_table

    old = shipped()
    organizer = Person("anna-goldie", "Anna Goldie", affiliations=("Google Brain",))
    before = dataclasses.replace(old, people=(*old.people, organizer))
    after = dataclasses.replace(
        edited(old), people=(*edited(old).people, dataclasses.replace(organizer, affiliations=("Google Research",)))
    )
    rows = list(changes_table(compare(before, after), before, after).findall(nodes.row))[1:]
    cells = [[entry.astext() for entry in row.findall(nodes.entry)] for row in rows]
    assert cells[0] == ["", "The edition", "contact email: mlforsystems@googlegroups.com → organizers@mlforsystems.org"]
    assert cells[1] == ["", "Papers and people", "Anna Goldie: affiliation: Google Brain → Google Research"]
    assert cells[2][:2] == ["09:15", "Hardware: Richard Ho"]


def test_a_spotlight_that_became_a_talk_of_a_block_is_one_line(build: Callable[..., Any], tmp_path: Path) -> None:
    # NeurIPS 2024's 10:50 spotlight became a block of contributed talks, the 11:00 one its 2nd talk
    root = tmp_path / "data" / "neurips2024"
    for name in ("2024-11-18.0440", "2024-11-18.1748"):
        shutil.copytree(Path(__file__).parents[1] / "workshop_data" / "data" / "neurips2024" / name, root / name)
    app = build(tmp_path / "data")
    assert app.warning.getvalue() == ""
    items = [li.astext() for li in changelog(app, "index").findall(nodes.list_item)]
    became = [li for li in changelog(app, "index").findall(nodes.list_item) if "wd-change-became_talk" in li["classes"]]
    assert [li.astext() for li in became][:2] == [
        "its own talk is now its 1st talk: “Don't Transform the Code, Code the Transforms: Towards Precise Code "
        "Rewriting using LLMs”",
        "the talk of Spotlight: Peter Akioyamen (11:00) is now its 2nd talk: “The Unreasonable Effectiveness of LLMs "
        "for Query Optimization”",
    ]
    assert len(became) == 4
    assert not any(i.startswith(("talk added", "removed (was at 11:00)", "retitled: “Don't")) for i in items)
    assert '<li class="wd-change-became_talk">' in page(app)


def neurips2020(build: Callable[..., Any], tmp_path: Path, *names: str) -> Any:
    """The test site's pages of NeurIPS 2020, built over shipped releases ``names`` of it alone."""
    root = tmp_path / "data" / "neurips2020"
    for name in names:
        shutil.copytree(Path(__file__).parents[1] / "workshop_data" / "data" / "neurips2020" / name, root / name)
    for source in ("index.rst", "myst.md", "releases.rst"):
        path = tmp_path / "src" / source
        path.write_text(path.read_text(encoding="utf-8").replace("neurips2024", "neurips2020"), encoding="utf-8")
    app = build(tmp_path / "data")
    assert app.warning.getvalue() == ""
    return app


def test_a_slot_of_a_part_says_its_part_and_the_start_of_the_slot_it_repeats(
    build: Callable[..., Any], tmp_path: Path
) -> None:
    # NeurIPS 2020's 2020-12-03.2236 added Run 2, the 15 slots of Run 1 again the evening before:
    # its rows read like Run 1's ("00:05 “Lunch” Break / Live Interactions: added")
    app = neurips2020(build, tmp_path, "2020-12-03.2225", "2020-12-03.2236")
    [table] = changelog(app, "index").findall(nodes.table)
    cells = [[entry.astext() for entry in row.findall(nodes.entry)] for row in list(table.findall(nodes.row))[1:]]
    assert len(cells) == 30  # Run 2's 15 slots added the evening before, then Run 1's given their part
    assert cells[15] == ["09:00", "Opening Remarks — Run 1", "part of the program: none → “Run 1”"]
    assert cells[6] == [
        "00:05",
        '"Lunch" Break / Live Interactions — Run 2 (repeated), repeats Run 1\'s at 12:05',
        "added, at 00:05",
    ]
    # the repeated slot's start is a <time> the zone switch converts, as the row's own
    assert (
        "Opening Remarks — Run 2 (repeated), repeats Run 1's at "
        '<time class="wd-time" datetime="2020-12-12T09:00:00-08:00">09:00</time>'
    ) in page(app).replace("&#39;", "'")


#: NeurIPS 2020's slots as 2020-12-12.1736 printed them under "Run 1": start, heading.
RUN_1 = [
    ("09:00", "Opening Remarks"),
    ("09:15", "Invited Speaker 1: Christina Delimitrou"),
    ("09:50", "Invited Speaker 2: Ed Chi"),
    ("10:25", "Break"),
    ("10:40", "Contributed Talks"),
    ("11:30", "Invited Speaker 3: Bryan Catanzaro"),
    ("12:05", '"Lunch" Break / Live Interactions'),
    ("13:00", "Contributed Talks"),
    ("13:50", "Invited Speaker 4: Benoit Steiner"),
    ("14:25", "Contributed Talks"),
    ("15:15", "Break"),
    ("15:30", "Invited Speaker 5: Justin Gottschlich"),
    ("16:05", "Contributed Talks"),
    ("17:05", "Invited Speaker 6: Kunle Olukotun"),
    ("17:40", "Closing"),
]


def test_a_release_of_an_older_schema_shows_the_part_its_slots_lost(build: Callable[..., Any], tmp_path: Path) -> None:
    # NeurIPS 2020's 2020-12-12.1737 (upstream "remove run 1": the "Run 1" heading row removed) is
    # written in schema 2.0.0, which holds no part, after 2020-12-12.1736 (2.5.0): the page said
    # "No changes", and nothing was said not compared
    app = neurips2020(build, tmp_path, "2020-12-12.1736", "2020-12-12.1737")
    block = changelog(app, "index")
    [table] = block.findall(nodes.table)
    cells = [[entry.astext() for entry in row.findall(nodes.entry)] for row in list(table.findall(nodes.row))[1:]]
    assert cells == [[at, name, "part of the program: “Run 1” → none"] for at, name in RUN_1]
    assert "No changes" not in block.astext() and "Not compared" not in block.astext()
    assert "15 changes" in block.astext()


def test_a_release_is_published_at_the_venues_time_too() -> None:
    """The changelog gave a publication in UTC only ("Published 2019-06-23 15:31 UTC"): a visitor
    read ISCA 2019's schedule going up at 15:31, at 08:31 in Phoenix. The venue's time is beside
    it, with its day where it is not UTC's (NeurIPS 2024's last release, the evening before in
    Vancouver); none where the venue is in UTC."""

    def said(edition: str, name: str) -> str:
        release = load_release(edition, name)
        return "".join(n.astext() for n in (published_node(release), *venue_published(release)))

    assert said("isca2019", "2019-06-23.1531") == "2019-06-23 15:31 UTC, 08:31 at the venue"
    assert said("neurips2024", "2024-12-15.0041") == "2024-12-15 00:41 UTC, 2024-12-14 16:41 at the venue"
    utc = load_release("isca2019", "2019-06-23.1531")
    utc = dataclasses.replace(utc, workshop=dataclasses.replace(utc.workshop, timezone="UTC"))
    assert venue_published(utc) == []


def test_a_link_changed_inside_an_unchanged_abstract_is_on_the_changelog() -> None:
    # Song Han's 2018 abstract's HAQ link to another URL, its text the same: a row under the
    # papers and people, in the diff's words, each address linked words rather than printed
    # (changes.visitor_words: it printed "https://arxiv.org/pdf/1811.08886.pdf → https://h.example/")
    from workshop_data import store
    from workshop_data.sphinxext.changelog import changes_table

    old = store.read_edition("neurips2018").latest
    amc, haq, *rest = old.text_links
    new = dataclasses.replace(old, text_links=(amc, dataclasses.replace(haq, url="https://h.example/"), *rest))
    table = changes_table(compare(old, new), old, new)
    rows = [row.astext().strip() for row in table.findall(nodes.row)]
    assert rows[1:] == [
        "Papers and people\n\nSong Han: talk abstract: link “HAQ”: arxiv.org/pdf/1811.08886.pdf → h.example"
    ]
    links = [(r.astext(), r["refuri"]) for r in table.findall(nodes.reference)]
    assert links == [("arxiv.org/pdf/1811.08886.pdf", haq.url), ("h.example", "https://h.example/")]


#: Each role_reordered step of the shipped history: (edition, release) -> the changelog's lines of
#: its people, in order. The changes of a group's order are one line (five lines said "Dawn Song:
#: now 2nd in Schedule (was 1st)" and so on when Jeff Dean alone moved to the front; "Schedule"
#: was the old page's heading, shown nowhere on the site, whose home page lists them as speakers).
REORDERED = {
    ("neurips2022", "2022-11-06.1706"): ["Speakers listed in a new order: Jeff Dean now first (was last)"],
    ("isca2019", "2019-06-21.2328"): [
        "Organizing Committee listed in a new order: Hadi Esmaeilzadeh now last (was first)"
    ],
    ("isca2019", "2019-05-02.0030"): [
        "Organizing Committee listed in a new order: Hadi Esmaeilzadeh, Anna Goldie, Milad Hashemi, Christos"
        " Kozyrakis, Azalia Mirhosseini, Jonathan Raiman, Amir Yazdanbakhsh, Cliff Young (was Christos Kozyrakis,"
        " Cliff Young, Hadi Esmaeilzadeh, Azalia Mirhosseini, Anna Goldie, Milad Hashemi, Jonathan Raiman, Amir"
        " Yazdanbakhsh)"
    ],
    ("neurips2018", "2018-09-18.1526"): [
        "Speakers listed in a new order: Jeff Dean, Song Han, Sanjay Krishnan, Partha Ranganathan, Eric Schkufza,"
        " Oriol Vinyals (was Jeff Dean, Song Han, Oriol Vinyals, Partha Ranganathan, Sanjay Krishnan, Eric Schkufza)"
    ],
}


@pytest.mark.parametrize(("edition", "release"), sorted(REORDERED))
def test_a_groups_new_order_is_one_line_in_a_visitors_words(edition: str, release: str) -> None:
    """Every reorder of the shipped history (each edition's): said of the group as the site heads
    it, the one person who moved named, else the whole new order; ``workshop-data diff`` keeps a
    change per person (its table's rows, tests/test_diff.py)."""
    from workshop_data import store
    from workshop_data.changes import for_visitors, phrase, steps, visitor_words

    releases = store.read_edition(edition).releases
    step = next(s for s in steps(releases) if s.after.name == release)
    reordered = [c for c in step.changes if c.change == "role_reordered"]
    assert len(reordered) > 2
    shown, _ = for_visitors(step.changes)
    lines = ["".join(map(str, visitor_words(c, step.before, step.after))) for c in shown if c in reordered]
    assert lines == REORDERED[edition, release]
    said = "".join(map(str, phrase(reordered[0], step.before, step.after)))  # the command line's words
    assert re.fullmatch(r".+: now \d+\w\w in .+ \(was \d+\w\w\)", said), said

"""Every edition's schedule through its Jekyll page: `export --format jekyll`, then `import` of the
page, gives back the schedule's tables (slots, talks, people and their affiliations, materials,
the workshop's facts; ids as the import makes them), compared as the loaders give them (pandas).

The page is the schedule page alone: the people's bios, photos, links and roles, the papers and
the corrections are the edition's other pages' (not compared). What cannot come back is pinned:
the times NeurIPS 2022's detailed schedule gives its talks (the table has no place for them; how
each talk is given comes back, from the page's ``data-delivery`` attributes, and so do the
conference site's types and other titles of its talks and slots, printed as that site printed
them: ``<small class="presentation">(Spotlight)</small>``), and
NeurIPS 2020's three releases whose Run 2 starts the evening before (a page prints times of day).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import SHIPPED
from edits import fresh_ids

import workshop_data as wd
from workshop_data.datapackage import write_release
from workshop_data.errors import WorkshopDataError
from workshop_data.formats.jekyll import not_printed, to_jekyll
from workshop_data.importer import build_release
from workshop_data.importer.page import parse_page
from workshop_data.loaders import of_release
from workshop_data.model import Release, Slot
from workshop_data.validation import read_release

#: The people's fields a schedule page does not print (the home page's).
NOT_ON_THE_PAGE = ["photo_url", "bio", "links", "roles"]
#: Earlier releases whose rows the site printed in other shapes: NeurIPS 2024's first schedule
#: (``<i>Title, Name</i>``, ``<i>Name: Title</i>``, a "CodeGen Talk" label), ISCA 2019's first
#: (``<b>Name (Affiliation)</b>`` alone) and one printing "Title(Best Paper)", NeurIPS 2018's
#: poster sessions' titles in parentheses, NeurIPS 2020's "Run 1", the pinned 2024-11-20.
EARLIER = [
    ("neurips2024", "2024-11-18.0440"),
    ("neurips2024", "2024-11-20"),
    ("isca2019", "2019-06-17.2326"),
    ("isca2019", "2019-06-23.1739"),
    ("neurips2018", "2018-11-28.2239"),
    ("neurips2020", "2020-12-10.2221"),
]
#: The releases whose page does not import: their Run 2 starts on the evening before the
#: workshop's day, and a page prints times of day ("rows are out of order").
SEVERAL_DAYS = {("neurips2020", n) for n in ("2020-12-03.2236", "2020-12-03.2238", "2020-12-03.2251")}


@functools.cache
def every_edition() -> tuple[str, ...]:
    return tuple(wd.editions()["edition"].astype(str))


def on_the_page(release: Release) -> Release:
    """What a schedule page of ``release`` says, ids made afresh as an import makes them: its
    slots, talks, materials and the people they name (without bios, photos and links), none of
    the times a page gives a talk of its own (schema 2.4.0: :func:`not_printed`), which the page
    does not carry. How a talk is given (2.8.0) is on the page (``data-delivery``) and comes back,
    and so do the conference site's types of its talks and slots and the titles it gives a slot's
    own event and its talk (2.11.0, 2.12.0: NeurIPS 2022's "(Spotlight)", "Poster Session | Coffee
    Break", "Jeff Dean - Invited Talk")."""
    named = {pid for record in (*release.slots, *release.talks) for pid in record.speakers}
    people = tuple(
        dataclasses.replace(p, photo_url="", bio="", links=(), link_labels=())
        for p in release.people
        if p.person_id in named
    )
    slots = tuple(dataclasses.replace(s, talk_start=None, talk_end=None) for s in release.slots)
    talks = tuple(dataclasses.replace(t, start=None, end=None) for t in release.talks)
    page = dataclasses.replace(
        release,
        slots=slots,
        talks=talks,
        people=people,
        roles=(),
        papers=(),
        authors=(),
        corrections=(),
        paper_materials=(),
        text_links=(),
    )
    return fresh_ids(page)


def through_the_page(release: Release) -> Release:
    """``release`` exported as a Jekyll page and that page imported."""
    page = parse_page(to_jekyll(release), f"{release.edition}/{release.name}.md")
    return build_release(page, release.edition, release.name, release.published).release


def tables(release: Release, data_dir: Path) -> dict[str, pd.DataFrame | pd.Series]:
    """The release's schedule as the loaders give it, the release written into ``data_dir``."""
    release = read_release(write_release(dataclasses.replace(release, schema_version=None), data_dir))
    materials = pd.DataFrame(
        [dataclasses.asdict(m) for m in release.materials], columns=["slot_id", "talk_id", "kind", "url"]
    )
    return {
        "schedule": of_release("load_schedule", release),
        "talks": of_release("load_talks", release),
        "people": of_release("load_people", release).drop(columns=NOT_ON_THE_PAGE),
        "materials": materials,
        "workshop": of_release("load_workshop", release),
    }


def assert_comes_back(release: Release, tmp: Path) -> None:
    """The page of ``release`` imports to its tables, but for the times a page gives a talk of its
    own, which it does not print (NeurIPS 2022's alone has any) and come back unknown."""
    again = through_the_page(release)
    assert not not_printed(release) or release.edition == "neurips2022"
    assert all(s.talk_start is s.talk_end is None for s in again.slots)
    assert all(t.start is t.end is None for t in again.talks)
    # how each talk is given comes back (NeurIPS 2022's: the page's data-delivery attributes)
    assert [t.delivery for t in again.talks] == [t.delivery for t in release.talks]
    assert [s.talk_delivery for s in again.slots] == [s.talk_delivery for s in release.slots]
    # and how each slot of no talk is (NeurIPS 2022's opening and coffee breaks: data-slot-delivery)
    assert [s.delivery for s in again.slots] == [s.delivery for s in release.slots]
    # the conference site's types and other titles (NeurIPS 2022's "(Spotlight)", "(Talk)", "(Break)",
    # "Jeff Dean - Invited Talk", "Poster Session | Coffee Break"), as that site printed them
    assert [t.presentation for t in again.talks] == [t.presentation for t in release.talks]
    assert [events(s) for s in again.slots] == [events(s) for s in release.slots]
    expected, back = tables(on_the_page(release), tmp / "expected"), tables(again, tmp / "back")
    for name, table in expected.items():
        if isinstance(table, pd.Series):
            pd.testing.assert_series_equal(back[name], table, obj=name)
        else:
            pd.testing.assert_frame_equal(back[name], table, obj=name)


def events(slot: Slot) -> tuple[str, str, str, str]:
    """A slot's conference site's types and other titles (schema 2.11.0, 2.12.0)."""
    return slot.talk_presentation, slot.presentation, slot.event_title, slot.talk_event_title


#: Every shipped edition, oldest first (by the workshop's day): each one's latest release is tested.
LATEST = ["neurips2018", "isca2019", *(f"neurips{year}" for year in range(2019, 2026))]


def test_every_shipped_edition_is_tested() -> None:
    assert every_edition() == tuple(LATEST)


@pytest.mark.parametrize("edition", LATEST)
def test_the_latest_release_of_every_edition_comes_back_from_its_page(edition: str, tmp_path: Path) -> None:
    release = wd.load_release(edition)
    assert_comes_back(release, tmp_path)
    assert bool(not_printed(release)) == (edition == "neurips2022")


@pytest.mark.parametrize(("edition", "name"), EARLIER)
def test_earlier_releases_printed_in_other_shapes_come_back_from_their_page(
    edition: str, name: str, tmp_path: Path
) -> None:
    assert_comes_back(wd.load_release(edition, name), tmp_path)


def test_every_release_of_every_edition_comes_back_but_a_day_printed_twice(tmp_path: Path) -> None:
    """Every shipped release with a schedule: each comes back, but NeurIPS 2020's three whose Run 2
    starts the evening before, which the import refuses (a page prints times of day)."""
    refused = set()
    for edition in every_edition():
        for release in wd.load_edition(edition).releases:
            if not release.slots:
                continue  # no schedule, no page (test_import_jekyll)
            try:
                assert_comes_back(release, tmp_path / edition / release.name)
            except WorkshopDataError as exc:
                assert "rows are out of order" in str(exc)
                refused.add((edition, release.name))
    assert refused == SEVERAL_DAYS


def test_how_a_talk_is_given_comes_back_whatever_it_says() -> None:
    """``data-delivery`` holds any text the data may: quotes, ``&``, markup and Liquid come back as
    they were, and the attribute is no text a reader of the table sees (markdown-it renders it)."""
    release = wd.load_release("neurips2022")
    odd = "Said \"live\" & <b>{{ site.title }}</b> — 'in person'"
    slots = tuple(
        dataclasses.replace(s, talk_delivery=odd) if s.talk_delivery else dataclasses.replace(s, delivery=f"{odd}!")
        for s in release.slots
    )
    talks = tuple(dataclasses.replace(t, delivery=f"{odd} {t.order}") for t in release.talks)
    edited = dataclasses.replace(release, slots=slots, talks=talks)
    page = to_jekyll(edited)
    assert "{{" not in page  # no Liquid for Jekyll to run
    again = through_the_page(edited)
    assert [s.talk_delivery for s in again.slots] == [s.talk_delivery for s in slots]
    assert [s.delivery for s in again.slots] == [s.delivery for s in slots]
    assert [t.delivery for t in again.talks] == [t.delivery for t in talks]
    assert not any("live" in text for text, *_ in shown_table(page))
    # what the data may not hold is refused, naming the row and the field (nothing written)
    bad = to_jekyll(release).replace(
        'data-delivery="Prerecorded &amp; Livestreamed"', 'data-delivery="Pre\u202erecorded"'
    )
    with pytest.raises(WorkshopDataError, match=r"row 2, field 'talk_delivery': bidirectional control character"):
        build_release(parse_page(bad, "neurips2022/bad.md"), release.edition, release.name, release.published)
    page = to_jekyll(release)
    assert page.count(" data-slot-delivery=") == page.count(f" {OPENING}") == 1  # a coffee break's "Break" is its type
    bad = page.replace(OPENING, opening("\u202e"), 1)
    with pytest.raises(WorkshopDataError, match=r"row 1, field 'delivery': bidirectional control character"):
        build_release(parse_page(bad, "neurips2022/bad.md"), release.edition, release.name, release.published)


#: NeurIPS 2022's opening remarks' ``data-slot-delivery`` on the exported page (its coffee breaks' "Break"
#: is their type since schema 2.11.0, which the page does not carry).
OPENING = 'data-slot-delivery="In-person Intro, Opening/Closing Remarks (introduction by moderator)"'
#: The refused value the CLI names for ``opening("&#0;")``, shortened as it shows it.
OPENING_SAID = "In-\\x00person Intro, Opening/Closing Remark…"  # shortened, as an error shows a value


def opening(inserted: str) -> str:
    """:data:`OPENING` with ``inserted`` (a character, a reference) after its "In-"."""
    return OPENING.replace('"In-', f'"In-{inserted}', 1)


@pytest.mark.parametrize(
    ("reference", "said"),
    [
        ("&#0;", "control character U+0000"),
        ("&#x0000;", "control character U+0000"),
        ("&#00", "control character U+0000"),  # (HTML reads it without its ';')
        ("&#xD800;", "surrogate U+D800"),
        ("&#57343;", "surrogate U+DFFF"),
    ],
)
def test_a_character_reference_html_reads_as_u_fffd_is_refused_not_read_as_it(reference: str, said: str) -> None:
    """``data-slot-delivery="Br&#0;eak"`` was imported as "Br\ufffdeak" without a word (a coffee
    break's "Break" until schema 2.11.0, now the opening's): HTML reads a
    reference to U+0000 or a surrogate as U+FFFD, where the character it names is one a release
    refuses. Refused by the readers' rule, naming the row and the field (as U+0007 written so is);
    so is such a reference in a cell's text."""
    release = wd.load_release("neurips2022")
    page = to_jekyll(release)
    for old, new, where in (
        (OPENING, opening(reference), "row 1, field 'delivery'"),
        (
            'data-delivery="Prerecorded &amp; Livestreamed"',
            f'data-delivery="Pre{reference}recorded"',
            "row 2, field 'talk_delivery'",
        ),
        (
            '<li data-delivery="Zoom Presentation',
            f'<li data-delivery="Zoom{reference} Presentation',
            "row 5, talk 3, field 'delivery'",
        ),
        (">Poster Session #1<", f">Poster {reference}Session #1<", "row 4, field 'label'"),  # a cell's text too
    ):
        assert old in page
        bad = page.replace(old, new, 1)
        with pytest.raises(WorkshopDataError, match="^" + re.escape(f"neurips2022/bad.md, {where}: {said} in ")):
            build_release(parse_page(bad, "neurips2022/bad.md"), release.edition, release.name, release.published)
    # U+FFFD itself, and a reference past Unicode (no character: HTML's U+FFFD), are read as HTML reads them
    for fffd in ("\ufffd", "&#xFFFD;", "&#65533;", "&#x110000;"):
        text = page.replace(OPENING, 'data-slot-delivery="' + fffd + '"', 1)
        again = build_release(parse_page(text, "neurips2022/ok.md"), release.edition, release.name, release.published)
        assert next(s.delivery for s in again.release.slots if s.delivery) == "\ufffd"


def test_a_page_holding_the_marks_itself_is_refused_not_read_as_another_character() -> None:
    release = wd.load_release("neurips2022")
    bad = to_jekyll(release).replace(OPENING, opening("\ufffe41\uffff"), 1)
    with pytest.raises(WorkshopDataError, match=re.escape("row 1, field 'delivery': noncharacter U+FFFE in")):
        build_release(parse_page(bad, "neurips2022/bad.md"), release.edition, release.name, release.published)


def test_a_refused_character_reference_is_one_line_and_exit_2_from_the_cli(tmp_path: Path) -> None:
    page = tmp_path / "schedule.md"
    data = tmp_path / "data"
    shutil.copytree(SHIPPED.parents[1] / "neurips2022", data / "neurips2022")
    bad = to_jekyll(wd.load_release("neurips2022")).replace(OPENING, opening("&#0;"), 1)
    page.write_text(bad, encoding="utf-8")
    named = ("--edition", "neurips2022", "--release", "2026-12-06", "--timezone", "America/Chicago")
    proc = subprocess.run(
        [sys.executable, "-m", "workshop_data", "import", str(page), *named, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines()[-1] == (
        f"workshop-data: error: {page}, row 1, field 'delivery': control character U+0000 in '{OPENING_SAID}'"
    )
    assert not (data / "neurips2022" / "2026-12-06").exists()


# -- the page in a real client -----------------------------------------------------------------


def shown_table(page: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """The schedule table a reader sees on ``page`` (a Jekyll page: front matter, then Markdown
    holding HTML) rendered by a Markdown parser (markdown-it, CommonMark: HTML blocks pass as
    they are, as kramdown passes them) and read by lxml: each row's cells' text, a line break and
    a list item read as a space, with the row's id, the targets of its links and its emphasis."""
    import lxml.html
    from markdown_it import MarkdownIt

    body = page.split("\n---\n", 1)[1]
    document = lxml.html.document_fromstring(MarkdownIt("commonmark").render(body))
    for el in document.iter("br", "ul", "li"):  # a line break, a list and its items: lines apart
        el.text, el.tail = " " + (el.text or "") if el.tag != "br" else None, " " + (el.tail or "")
    (table,) = document.xpath("//table[@class='schedule-table']")
    return [
        (
            " | ".join(" ".join(cell.text_content().split()) for cell in tr.xpath("./td | ./th")),
            tr.get("id"),
            [a.get("href") for a in tr.iter("a")],
            [el.tag for el in tr.iter() if el.tag in ("b", "i", "ul", "li")],
        )
        for tr in table.iter("tr")
    ]


def test_the_page_a_markdown_client_renders_is_the_table_the_old_site_showed() -> None:
    """The 2024 page as the site published it (the seed, imported into the pinned release) and
    the export of that release, both rendered: the same rows, texts, links and emphasis; the
    export's rows also carry their slot's id."""
    from conftest import PINNED, SEED, require

    require(SEED.is_file(), f"{SEED} is missing")
    release = wd.load_release(*PINNED)
    old, exported = shown_table(SEED.read_text("utf-8")), shown_table(to_jekyll(release))
    assert [(text, links, styles) for text, _, links, styles in exported] == [
        (text, links, styles) for text, _, links, styles in old
    ]
    assert [row_id for _, row_id, _, _ in exported] == [None, *(s.slot_id for s in release.slots)]
    assert exported[1][0] == "8:20 AM | Keynote: Jeff Dean (Google) Advances in Machine Learning for Systems"


@pytest.mark.parametrize("edition", LATEST)
def test_every_editions_page_renders_a_row_per_slot_with_its_time_and_text(edition: str) -> None:
    """Rendered, each edition's latest page shows the header, a row per slot (its id, its time as
    the import reads it, the slot's label, title and speakers in its text) and the heading rows
    over the parts of the program."""
    release = wd.load_release(edition)
    shown = shown_table(to_jekyll(release))
    assert shown[0][0] == "Time | Section"
    rows = {row_id: text for text, row_id, _, _ in shown[1:] if row_id}
    assert list(rows) == [s.slot_id for s in release.slots]
    headings = [text for text, row_id, _, _ in shown[1:] if not row_id]
    assert headings == list(dict.fromkeys(s.part for s in release.slots if s.part))
    people = {p.person_id: p.name for p in release.people}
    for slot in release.slots:
        time, section = rows[slot.slot_id].split(" | ", 1)
        assert time.split("-")[0].split()[0] in (clock(slot.start), "TBD")
        printed = slot.raw or " ".join([slot.label, slot.title, *(people[p] for p in slot.speakers)])
        assert set(re.findall(r"\w+", printed)) <= set(re.findall(r"\w+", section)), slot.slot_id


def clock(moment: object) -> str:
    """``8:20``: a time of day as the page prints it, without its AM/PM."""
    return f"{moment:%-I:%M}" if moment is not None else "TBD"


def test_the_readme_says_what_comes_back_and_names_what_does_not() -> None:
    from conftest import REPO

    readme = " ".join((REPO / "README.md").read_text("utf-8").split())
    start = readme.index("The Jekyll export writes the site's structure")
    paragraph = readme[start : readme.index("## ", start)]
    assert "gives back the schedule of every release of every edition" in paragraph
    assert "tests/test_export_jekyll_editions.py" in paragraph
    assert all(name in paragraph for _, name in SEVERAL_DAYS)
    assert "NeurIPS 2022's spotlights" in paragraph and 'data-kind="invited"' in paragraph


@pytest.mark.parametrize("edition", LATEST)
def test_every_editions_page_is_well_formed_every_element_closed(edition: str) -> None:
    """The page's HTML is well formed (every element closed, every attribute quoted: it parses as
    XML), so the site's layout around it, and a reader of it, see the table as written; NeurIPS
    2022's types and other titles (``<small>``, ``<strong>``) are closed inside their cell."""
    import lxml.etree

    body = to_jekyll(wd.load_release(edition)).split("\n---\n", 1)[1]
    root = lxml.etree.fromstring(f"<page>{body}</page>".encode())
    (table,) = root.iter("table")
    marked = [el for el in table.iter("small", "strong")]
    assert all(el.getparent().tag in ("td", "li") for el in marked)
    assert bool(marked) == (edition == "neurips2022")

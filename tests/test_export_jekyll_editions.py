"""Every edition's schedule through its Jekyll page: `export --format jekyll`, then `import` of the
page, gives back the schedule's tables (slots, talks, people and their affiliations, materials,
the workshop's facts; ids as the import makes them), compared as the loaders give them (pandas).

The page is the schedule page alone: the people's bios, photos, links and roles, the papers and
the corrections are the edition's other pages' (not compared). What cannot come back is pinned:
the times NeurIPS 2022's detailed schedule gives its talks (the table has no place for them), and
NeurIPS 2020's three releases whose Run 2 starts the evening before (a page prints times of day).
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pandas as pd
import pytest
from edits import fresh_ids

import workshop_data as wd
from workshop_data.datapackage import write_release
from workshop_data.errors import WorkshopDataError
from workshop_data.formats.jekyll import not_printed, to_jekyll
from workshop_data.importer import build_release
from workshop_data.importer.page import parse_page
from workshop_data.loaders import of_release
from workshop_data.model import Release
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
    the times a page gives a talk of its own (schema 2.4.0: :func:`not_printed`)."""
    named = {pid for record in (*release.slots, *release.talks) for pid in record.speakers}
    people = tuple(
        dataclasses.replace(p, photo_url="", bio="", links=()) for p in release.people if p.person_id in named
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
    expected, back = tables(on_the_page(release), tmp / "expected"), tables(again, tmp / "back")
    for name, table in expected.items():
        if isinstance(table, pd.Series):
            pd.testing.assert_series_equal(back[name], table, obj=name)
        else:
            pd.testing.assert_frame_equal(back[name], table, obj=name)


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

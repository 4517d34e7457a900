"""The Sphinx extension on MyST pages: one test root per scenario in tests/roots/test-<name>/.

Each scenario copies its root into a temporary folder and builds it with
``sphinx.testing.util.SphinxTestApp``; the data is the shipped release or a copy of it in a
temporary data directory (``workshop_data_dir``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from conftest import REPO, SHIPPED, opened_below, shipped_env, sphinx_built
from sphinx.testing.util import SphinxTestApp

import workshop_data as wd
from workshop_data import store, validation
from workshop_data.datapackage import release_files, write_release
from workshop_data.formats import FORMATS, writer
from workshop_data.formats.events import description
from workshop_data.formats.ical import slot_calendar
from workshop_data.formats.text import spreadsheet_value, to_table
from workshop_data.model import Material, Release
from workshop_data.schema import KINDS, MATERIAL_KINDS, RESOURCES, SCHEMA_VERSION, resources
from workshop_data.sphinxext import codeversion, fingerprints, site_title, summaries
from workshop_data.sphinxext.codeversion import code_hash, code_version
from workshop_data.sphinxext.downloads import file_name
from workshop_data.sphinxext.profiles import ProfileLabel, profile_label, profile_labels
from workshop_data.validation import read_release
from workshop_data.words import heading_text, repeat_words

ROOTS = Path(__file__).parent / "roots"
PAST = 946684800  # 2000-01-01: a data file older than any build


def build(
    root: str, srcdir: Path, data_dir: Path | None = None, parallel: int = 0, freshenv: bool = False, **conf: Any
) -> SphinxTestApp:
    """Build test root ``root`` in ``srcdir`` (copied there on first use) and return the app."""
    if not srcdir.exists():
        shutil.copytree(ROOTS / f"test-{root}", srcdir)
    if data_dir is not None:
        conf["workshop_data_dir"] = str(data_dir)
    return sphinx_built(srcdir, confoverrides=conf, parallel=parallel, freshenv=freshenv)


def html(app: SphinxTestApp, page: str) -> BeautifulSoup:
    return BeautifulSoup((Path(app.outdir) / f"{page}.html").read_text("utf-8"), "html.parser")


def warnings(app: SphinxTestApp) -> str:
    return app.warning.getvalue()


def page_mtimes(app: SphinxTestApp) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in Path(app.outdir).glob("*.html")}


def pages_read(app: SphinxTestApp) -> list[str]:
    """The pages the build read (parsed again), in order.

    Sphinx ends a progress line with a carriage return when it writes in colour (as it does
    under ``CI=true``), with a line feed otherwise; both end a line here.
    """
    status = re.sub(r"\x1b\[[0-9;]*[mK]", "", app.status.getvalue()).replace("\r", "\n")
    return re.findall(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)$", status, re.M)


def publish(release: Release, folder: Path) -> None:
    """Overwrite the release in ``folder`` with ``release``'s files, dated in the past (a checkout)."""
    for name, data in release_files(release).items():
        (folder / name).write_bytes(data)
    for path in folder.iterdir():
        os.utime(path, (PAST, PAST))


def retitled(release: Release, title: str) -> Release:
    """The release with the first slot's title changed."""
    first = dataclasses.replace(release.slots[0], title=title, title_myst=title)
    return dataclasses.replace(release, slots=(first, *release.slots[1:]))


def next_release(release: Release, title: str) -> Release:
    """A release ``2024-12-01`` after ``release``, its first slot retitled ``title`` (published
    that day: a dated name states its publication time)."""
    when = release.published.replace(month=12, day=1)
    return dataclasses.replace(retitled(release, title), name="2024-12-01", published=when)


def schedule_rows(soup: BeautifulSoup) -> list[Any]:
    """The slots' rows (not the rows naming the day)."""
    return soup.select("table.wd-schedule tbody tr:not(.wd-day-row)")


# --- each directive on a MyST page (shipped data) ----------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SphinxTestApp]:
    """The directives over a data directory holding the 2024 page of 2024-11-20 alone, whose
    facts the tests check."""
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(SHIPPED, data / SHIPPED.parent.name / SHIPPED.name)
    app = build("directives", tmp_path_factory.mktemp("site") / "src", data)
    yield app


@pytest.fixture(scope="module")
def shipped() -> Release:
    return read_release(SHIPPED)


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://twitter.com/martin_maas", ProfileLabel("@martin_maas", "@martin_maas on Twitter")),
        ("https://x.com/MimeeXu/", ProfileLabel("@MimeeXu", "@MimeeXu on X")),
        ("https://twitter.com/intent/follow?screen_name=x", ProfileLabel("Twitter", "Twitter profile of Ada Lovelace")),
        ("https://www.linkedin.com/in/danzhang3", ProfileLabel("LinkedIn", "LinkedIn profile of Ada Lovelace")),
        (
            "https://scholar.google.com/citations?user=x",
            ProfileLabel("Google Scholar", "Google Scholar profile of Ada Lovelace"),
        ),
        ("https://bsteiner.info/", ProfileLabel("Website", "Website of Ada Lovelace")),
        ("https://sites.google.com/site/azadenazi/", ProfileLabel("Website", "Website of Ada Lovelace")),
    ],
)
def test_a_profile_link_is_labelled_by_its_handle_or_site_and_named_with_its_person(
    url: str, label: ProfileLabel
) -> None:
    assert profile_label(url, "Ada Lovelace") == label


def test_a_persons_second_link_of_the_same_words_is_numbered() -> None:
    """Phitchaya Mangpo Phothilimthana's two LinkedIn URLs (NeurIPS 2025) read "LinkedIn ·
    LinkedIn", two links alike leading to different places; the second is numbered."""
    urls = [
        "https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana",
        "https://twitter.com/mangpo",
        "https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana-64415b82",
        "https://a.example/",
        "https://b.example/",
    ]
    person = "Phitchaya Mangpo Phothilimthana"
    assert profile_labels(urls, person) == [
        ProfileLabel("LinkedIn", f"LinkedIn profile of {person}"),
        ProfileLabel("@mangpo", "@mangpo on Twitter"),
        ProfileLabel("LinkedIn (2)", f"LinkedIn (2), LinkedIn profile of {person}"),
        ProfileLabel("Website", f"Website of {person}"),
        ProfileLabel("Website (2)", f"Website (2), Website of {person}"),
    ]


def test_site_builds_without_warnings(site: SphinxTestApp) -> None:
    assert warnings(site) == ""


def test_schedule_shows_every_slot_speaker_affiliation_and_talk(site: SphinxTestApp, shipped: Release) -> None:
    soup = html(site, "schedule")
    rows = schedule_rows(soup)
    assert [r["id"] for r in rows] == [s.slot_id for s in shipped.slots]
    for row, slot in zip(rows, shipped.slots, strict=True):
        section = row.find_all("td")[1].get_text(" ", strip=True)
        for pid in slot.speakers:
            person = shipped.person(pid)
            assert person.name in section
            assert all(a in section for a in person.affiliations)
        if slot.title:
            assert slot.title in section
        for talk in shipped.talks_of(slot.slot_id):
            assert talk.title in [li.get_text(strip=True) for li in row.select("ul.wd-talks li")]


def test_schedule_row_layout_matches_the_original(site: SphinxTestApp) -> None:
    rows = {r["id"]: r for r in schedule_rows(html(site, "schedule"))}
    keynote = rows["keynote-jeff-dean"]
    time = keynote.find("time")
    assert time.get_text() == "08:20"
    assert time["datetime"] == "2024-12-15T08:20:00-08:00"
    section = keynote.find_all("td")[1]
    assert section.find("strong").get_text() == "Keynote:"
    assert section.find("a", href="#dean_talk").get_text() == "Jeff Dean"
    assert section.find("em").get_text() == "Google"
    # contributed talks: a list inside their slot, the allowed emphasis kept
    warp = rows["contributed-talks-2"].select("ul.wd-talks li")
    assert warp[0].find("em").get_text() == "WarpDrive"
    # TBD shown as such; breaks, lunch and posters plain rows (no bold label, no link)
    assert rows["qa"].select_one(".wd-status").get_text() == "TBD"
    for plain in ("coffee-break", "lunch-break", "poster-session-1"):
        cell = rows[plain].find_all("td")[1]
        assert cell.find("strong") is None and cell.find("a") is None
    # the panel lists its three panelists, each linked
    assert [a["href"] for a in rows["panel"].select("a.wd-speaker")] == ["#dean_talk", "#jacques_talk", "#kraska_talk"]


def test_every_speaker_link_resolves_on_the_page(site: SphinxTestApp) -> None:
    soup = html(site, "schedule")
    links = soup.select("a.wd-speaker")
    assert links
    for link in links:
        assert soup.find(id=link["href"][1:]) is not None, link["href"]
    # the original page's anchors, now present
    for anchor in ("dean_talk", "jacques_talk", "richardho_talk", "kraska_talk", "ahmed_talk"):
        assert soup.find(id=anchor) is not None


def test_times_are_the_venues_with_the_zone_named(site: SphinxTestApp, shipped: Release) -> None:
    soup = html(site, "schedule")
    assert "America/Vancouver" in soup.select_one(".wd-tz-note").get_text()
    times = [t["datetime"] for t in soup.select("table.wd-schedule p.wd-when > time")]  # the starts
    assert times == [s.start.isoformat() + "-08:00" for s in shipped.slots]
    button = soup.select_one("button.wd-tz-switch")
    assert button.has_attr("hidden")  # shown by the script only: without JavaScript nothing to click
    assert any("workshop_data.js" in s.get("src", "") for s in soup.find_all("script"))


def test_kinds_option_filters_rows_and_no_speakers_drops_the_list(site: SphinxTestApp, shipped: Release) -> None:
    soup = html(site, "kinds")
    wanted = [s.slot_id for s in shipped.slots if s.kind in ("keynote", "invited")]
    assert [r["id"] for r in schedule_rows(soup)] == wanted
    assert soup.select(".wd-speakers") == []


def test_release_option_pins_a_release(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    rel = read_release(release_copy)
    newer = next_release(rel, "Title Of The Next Release")
    write_release(newer, data)
    app = build("directives", tmp_path / "src", data)
    assert "Title Of The Next Release" in html(app, "schedule").get_text()  # no option: the latest
    pinned = html(app, "pinned")
    assert len(schedule_rows(pinned)) == len(rel.slots)
    assert rel.slots[0].title in pinned.get_text()
    assert "Title Of The Next Release" not in pinned.get_text()


def test_the_site_title_is_the_workshops_name_as_its_pages_write_it() -> None:
    """The front matter's ``site_title`` is "ML For Systems" (kept as written); the pages' own
    words (every description, heading and call for papers) write "ML for Systems", as the
    site's page titles do: the top bar (conf.py's title) and the CLI's headers say it so too."""
    newest = wd.load_workshop()
    assert newest["site_title"] == "ML For Systems"
    assert site_title() == newest["series"] == "ML for Systems"
    assert wd.load_release("neurips2020").workshop.title == "ML for Systems"


def test_home_page_title_date_hours_venue_said_once_and_the_description_for_machines(
    site: SphinxTestApp, shipped: Release
) -> None:
    """The page said the day and the place twice: the data's facts line, then the old site's
    description under it ("Workshop on ML for Systems at NeurIPS 2024, December 15, Vancouver
    Convention Center"), and a third wording on a phone ("…, Dec 15"). Each
    fact is said once, on the facts line, with the day's hours the schedule gives (its first
    start; its last slot, the poster session at 16:00, has no end); the description is the
    page's ``<meta name="description">``, for machines, as the data keeps it."""
    soup = html(site, "index")
    w = shipped.workshop
    assert soup.find("h1").get_text(strip=True).rstrip("#") == "ML for Systems"
    facts = soup.select("p.wd-facts")
    assert [p.get_text().replace("\u00a0", " ") for p in facts] == [
        "Sunday 15 December 2024 · from 08:20 · Vancouver Convention Center · at NeurIPS 2024"
    ]
    assert [t["datetime"] for t in facts[0].select("time.wd-time")] == ["2024-12-15T08:20:00-08:00"]
    shown = facts[0].get_text()
    assert " ·" not in shown and shown.count("\u00a0· ") == 3  # no line begins with a dot
    body = soup.select_one("article").get_text(" ")
    assert not soup.select(".wd-description") and w.site_description not in body
    assert w.mini_site_description not in body
    assert [m["content"] for m in soup.select('head meta[name="description"]')] == [w.site_description]


#: NeurIPS 2025's newest release, whose facts are all given (the day, the venue, the host conference).
NEWEST_2025 = SHIPPED.parents[1] / "neurips2025" / "2025-12-03.1003"


@pytest.mark.parametrize(
    ("unsaid", "expected"),
    [
        (
            {},
            "Saturday 6 December 2025 · from 08:30 · San Diego Convention Center, Upper Level Room 5AB"
            " · at NeurIPS 2025",
        ),
        (
            {"venue": "", "room": "", "date": None, "conference": ""},
            "Date unknown · from Sat 06 Dec 08:30 · venue unknown · host conference unknown",
        ),
        (
            {"venue": "", "room": "Room 5AB"},
            "Saturday 6 December 2025 · from 08:30 · venue unknown, Room 5AB · at NeurIPS 2025",
        ),
    ],
)
def test_an_unknown_fact_is_said_unknown_on_every_line_of_facts(
    tmp_path: Path, unsaid: dict[str, Any], expected: str
) -> None:
    """The schedule page's first line (``workshop-facts :line:``) left out a venue the data does
    not give, as if the workshop had none ("Saturday 6 December 2025 · at NeurIPS 2025"), and
    so did the home page's banner and ``workshop-info`` (which also left an unknown day as an
    empty bold); each fact the data does not give is said unknown, on each of the three lines,
    and a room given apart from the venue follows it."""
    data = tmp_path / "data" / "neurips2025" / NEWEST_2025.name
    shutil.copytree(NEWEST_2025, data)
    release = read_release(data)
    publish(dataclasses.replace(release, workshop=dataclasses.replace(release.workshop, **unsaid)), data)
    app = build("facts", tmp_path / "src", tmp_path / "data")
    assert warnings(app) == ""
    for page in ("index", "line", "info"):
        line = html(app, page).select_one("p.wd-facts")
        assert line.get_text().replace("\u00a0", " ") == expected, page
        assert line.find("strong").get_text() == expected.split(" · ")[0], page


def test_the_hours_of_an_edition_announced_before_its_schedule_are_said_unknown(tmp_path: Path) -> None:
    """NeurIPS 2025's first release has no schedule yet: its facts line says the hours are
    unknown, on each of the three lines, and invents none (its description gives none either)."""
    announced = NEWEST_2025.parent / "2025-07-24.1322"
    shutil.copytree(announced, tmp_path / "data" / "neurips2025" / announced.name)
    assert read_release(announced).slots == ()
    app = build("facts", tmp_path / "src", tmp_path / "data")
    assert warnings(app) == ""
    for page in ("index", "line", "info"):
        line = html(app, page).select_one("p.wd-facts")
        assert line.get_text().replace("\u00a0", " ") == (
            "Saturday 6 December 2025 · hours unknown · TBA (will be December 6 or 7, 2025) · at NeurIPS 2025"
        ), page
        assert not line.select("time"), page


def test_contact_links_to_the_editions_address(site: SphinxTestApp) -> None:
    para = html(site, "contact").select_one(".wd-workshop-contact p")
    assert para.get_text().startswith("Contact us at ")
    # Sphinx cloaks the address from harvesters (@ as %40); mail clients decode it
    assert unquote(para.find("a")["href"]) == "mailto:mlforsystems@googlegroups.com"
    assert para.find("a").get_text() == "mlforsystems@googlegroups.com"


def test_data_dictionary_lists_every_column_of_every_resource(site: SphinxTestApp) -> None:
    soup = html(site, "data")
    tables = soup.select(".wd-workshop-data-dictionary")[0].select("table.wd-data-dictionary")
    declared = resources("1.0.0")  # the release shown was published in schema 1.0.0: its own declaration
    assert len(tables) == len(declared)
    for resource, tab in zip(declared, tables, strict=True):
        names = [tr.find("td").get_text(strip=True) for tr in tab.select("tbody tr")]
        assert names == resource.columns
        for tr, field in zip(tab.select("tbody tr"), resource.fields, strict=True):
            cells = [td.get_text(" ", strip=True) for td in tr.find_all("td")]
            assert cells[1].startswith(field.type)
            assert field.description in cells[3]
        with_enum = any(field.enum for field in resource.fields)
        assert (tab.select("thead th")[-1].get_text() == "Allowed values") == with_enum, resource.name
    kinds = [c.get_text() for c in soup.select(".wd-workshop-data-dictionary")[0].select("ul.wd-enum li code")]
    assert kinds == list(KINDS)


def test_data_dictionary_of_the_current_schema(site: SphinxTestApp) -> None:
    """``:schema:``: every resource of schema.py, materials included, whatever the release shown."""
    block = html(site, "data").select(".wd-workshop-data-dictionary")[1]
    assert f"Schema version {SCHEMA_VERSION}" in block.get_text()
    tables = block.select("table.wd-data-dictionary")
    assert [[tr.find("td").get_text(strip=True) for tr in t.select("tbody tr")] for t in tables] == [
        r.columns for r in RESOURCES
    ]
    materials, paper_links = tables[-3:-1]
    assert [tr.find("td").get_text(strip=True) for tr in materials.select("tbody tr")] == [
        "slot_id",
        "talk_id",
        "kind",
        "url",
    ]
    assert [tr.find("td").get_text(strip=True) for tr in paper_links.select("tbody tr")] == ["paper_id", "kind", "url"]
    for table in (materials, paper_links):
        allowed = [li.get_text(" ", strip=True) for li in table.select("ul.wd-enum li")]
        assert allowed == [f"{kind} — {meaning}" for kind, meaning in MATERIAL_KINDS.items()]


def test_releases_and_editions_tables(site: SphinxTestApp) -> None:
    soup = html(site, "releases")
    rows = [
        [" ".join(td.get_text().split()) for td in tr.find_all("td")]
        for tr in soup.select("table.wd-releases tbody tr")
    ]
    # published at 00:00 UTC, the evening before in Vancouver (PST), as the changelog's entries say it
    assert rows == [
        ["2024-11-20", "2024-11-20 00:00 UTC, 2024-11-19 16:00 at the venue", "14", "4", "unknown", "latest"]
    ]
    assert [th.get_text() for th in soup.select("table.wd-releases thead th")][-1] == "Status"
    editions = soup.select("table.wd-editions tbody tr")
    assert [tr.find("td").get_text(strip=True) for tr in editions] == ["neurips2024"]


#: Three releases of 2024: before the papers (none yet), with them, and one in schema 1.0.0.
RELEASES_2024 = ("2024-10-06.2255", "2024-11-18.0440", SHIPPED.name)
#: A release of 2019 from before its home page said where (2019-10-08): no page gave the venue.
UNSAID = SHIPPED.parents[1] / "neurips2019" / "2019-09-10.2109"


@pytest.fixture(scope="module")
def releases_site(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """``workshop-releases`` and ``workshop-editions`` over :data:`RELEASES_2024` and :data:`UNSAID`."""
    data = tmp_path_factory.mktemp("data")
    for folder in [SHIPPED.parent / name for name in RELEASES_2024] + [UNSAID]:
        shutil.copytree(folder, data / folder.parent.name / folder.name)
    return build("releases", tmp_path_factory.mktemp("site") / "src", data)


def test_releases_table_counts_each_releases_papers(releases_site: SphinxTestApp) -> None:
    """The Papers column: the rows of each release's papers.csv ("not listed" where it has none
    yet: the site did not list them then, model.listed), and unknown, not 0, for a
    release whose schema (1.0.0) has no papers."""
    assert warnings(releases_site) == ""
    names = RELEASES_2024
    soup = html(releases_site, "index")
    assert [th.get_text() for th in soup.select("table.wd-releases thead th")][2:5] == ["Slots", "Talks", "Papers"]
    shown = {
        tr.find("td").get_text(strip=True): tr.find_all("td")[4].get_text(strip=True)
        for tr in soup.select("table.wd-releases tbody tr")
    }
    expected = {}
    for name in names:
        descriptor = json.loads((SHIPPED.parent / name / "datapackage.json").read_text("utf-8"))
        if "papers" in [r["name"] for r in descriptor["resources"]]:
            with open(SHIPPED.parent / name / "papers.csv", encoding="utf-8", newline="") as f:
                rows = len(list(csv.DictReader(f)))
            expected[name] = str(rows) if rows else "not listed"
        else:
            expected[name] = "unknown"
    assert shown == expected
    assert sorted(shown.values()) == ["26", "not listed", "unknown"]


def test_editions_table_shows_an_unsaid_fact_as_unknown(releases_site: SphinxTestApp) -> None:
    """An edition whose page gave no venue: "unknown" in the Venue column, not a blank."""
    with open(UNSAID / "workshop.csv", encoding="utf-8", newline="") as f:
        workshop = next(csv.DictReader(f))
    assert workshop["venue"] == ""
    soup = html(releases_site, "index")
    headers = [th.get_text() for th in soup.select("table.wd-editions thead th")]
    rows = {
        tr.find("td").get_text(strip=True): dict(
            zip(headers, [td.get_text(strip=True) for td in tr.find_all("td")], strict=True)
        )
        for tr in soup.select("table.wd-editions tbody tr")
    }
    # both are of one series: named once above the table, not in a column of the same words
    assert headers == ["Edition", "Conference", "Date", "Venue", "Releases", "Latest release"]
    intro = soup.select_one("table.wd-editions").find_previous("p").get_text()
    assert intro == "All 2 editions are of the ML for Systems series."
    assert rows["neurips2019"]["Venue"] == "unknown"
    assert rows["neurips2019"]["Date"] == workshop["date"]
    assert rows["neurips2024"]["Venue"] == read_release(SHIPPED).workshop.venue  # the latest


def test_downloads_are_generated_from_the_loaders_for_every_format(site: SphinxTestApp, shipped: Release) -> None:
    soup = html(site, "downloads")
    links = {a.get_text(): a["href"] for a in soup.select("a.wd-download")}
    expected = {f for f in FORMATS if f != "table"}
    assert len(links) == len(expected)
    assert "neurips2024-2024-11-20.csv" in links and "neurips2024-2024-11-20.json" in links
    for fmt in expected:
        name = file_name("neurips2024", "2024-11-20", fmt)
        target = (Path(site.outdir) / links[name]).resolve()
        assert target.read_bytes() == writer(fmt)(shipped).encode("utf-8"), fmt


def test_a_page_with_the_exports_alone_says_the_csv_guard_in_the_csv_line(site: SphinxTestApp) -> None:
    """A page showing the exports and not the release's own files says the CSV guard once, in
    the CSV's line (the data page says it with its spreadsheet copies, and the line links there)."""
    soup = html(site, "downloads")
    text = " ".join(soup.get_text().split())
    assert text.count("A text that a spreadsheet would run as a formula") == 1
    item = next(li for li in soup.select("ul.wd-downloads li") if li.a.get_text().endswith(".csv"))
    assert item.select_one("#csv-guard") and not item.select('a[href="#csv-guard"]')
    assert "Delete that ' to get the text" in item.get_text()


# --- correctness: hostile strings, bad input ----------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
#: A site title that closes <title> and opens a script (the theme prints html_title as it is).
SITE_TITLE = "ML </title><script>alert(1)</script>"
#: A cell a spreadsheet runs as a command.
FORMULA = "=cmd|' /C calc'!A0"
#: Liquid that Jekyll evaluates.
LIQUID = "{{ site.title }} {% include footer.html %}"
#: A material's URL with what HTML escapes in an attribute.
MATERIAL_URL = "https://example.org/s.pdf?a=1&b='2'"


def hostile_data(data_dir: Path) -> None:
    rel = read_release(SHIPPED)
    slot = dataclasses.replace(rel.slots[0], title=SCRIPT, title_myst=SCRIPT, label="<b>Keynote</b>")
    emphasis = dataclasses.replace(rel.slots[1], title="Caches That Learn", title_myst="*Caches* That **Learn**")
    formula = dataclasses.replace(rel.slots[2], label=FORMULA)
    person = dataclasses.replace(rel.people[0], name=IMG, affiliations=("<i onclick=alert(1)>G</i>",))
    talk = dataclasses.replace(rel.talks[0], title_myst="*ok* [x](javascript:alert(1)) {raw}`html <b>raw</b>`")
    liquid = dataclasses.replace(rel.talks[1], title=LIQUID, title_myst=LIQUID)
    broken = dataclasses.replace(rel.talks[2], title_myst="*WarpDrive*:\\\nAn Agentic Workflow")
    workshop = dataclasses.replace(rel.workshop, series=SITE_TITLE, site_title=SITE_TITLE, site_description=IMG)
    materials = (
        Material(slot.slot_id, "", "slides", MATERIAL_URL),
        Material(slot.slot_id, "", "recording", "https://youtu.be/x?t=5"),
        Material(talk.slot_id, talk.talk_id, "paper", "https://example.org/paper.pdf"),
    )
    write_release(
        dataclasses.replace(
            rel,
            workshop=workshop,
            slots=(slot, emphasis, formula, *rel.slots[3:]),
            people=(person, *rel.people[1:]),
            talks=(talk, liquid, broken, *rel.talks[3:]),
            materials=materials,
            schema_version=None,  # the oldest that holds it: materials need 2.2.0
        ),
        data_dir,
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SphinxTestApp]:
    """The hostile root built with the site's own conf.py (its title comes from the data) from
    hostile data (``WORKSHOP_DATA_DIR``, which conf.py reads)."""
    tmp = tmp_path_factory.mktemp("hostile")
    hostile_data(tmp / "data")
    shutil.copytree(ROOTS / "test-hostile", tmp / "src")
    shutil.copy(REPO / "conf.py", tmp / "src" / "conf.py")
    with pytest.MonkeyPatch.context() as env:  # for the build only: the module's later tests read the shipped data
        env.setenv("WORKSHOP_DATA_DIR", str(tmp / "data"))
        # the directives on this root's own pages, not the generated website (test_site.py)
        app = build("hostile", tmp / "src", tmp / "data", workshop_data_site=False)
    yield app


def live(soup: BeautifulSoup) -> list[Any]:
    """What a browser would run or load from the page's data: scripts that alert, images,
    javascript: links, event handler attributes."""
    found = [s for s in soup.find_all("script") if "alert" in (s.string or "")]
    found += soup.find_all(["img", "svg", "iframe"])
    found += [a for a in soup.find_all("a") if a.get("href", "").startswith("javascript")]
    found += [tag for tag in soup.find_all(True) if any(name.startswith("on") for name in tag.attrs)]
    return found


def test_a_talks_materials_follow_it_as_links_named_by_their_kind(hostile_site: SphinxTestApp) -> None:
    soup = html(hostile_site, "index")
    first = schedule_rows(soup)[0]
    links = [(a.get_text(), a["href"]) for a in first.select("a.wd-material")]
    assert links == [("Slides", MATERIAL_URL), ("Recording", "https://youtu.be/x?t=5")]
    assert "\u00a0· Slides\u00a0· Recording" in first.get_text()  # each dot kept with the link before it
    talk = soup.select("ul.wd-talks li")[0]
    assert [(a.get_text(), a["href"]) for a in talk.select("a.wd-material")] == [
        ("Paper", "https://example.org/paper.pdf")
    ]
    assert len(soup.select("a.wd-material")) == 3  # nowhere else


def test_titles_and_names_are_text_never_markup(hostile_site: SphinxTestApp) -> None:
    assert warnings(hostile_site) == ""
    soup = html(hostile_site, "index")
    assert live(soup) == []
    assert soup.find("b") is None
    text = soup.get_text()
    assert SCRIPT in text and IMG in text and "<b>Keynote</b>" in text
    talk = soup.select("ul.wd-talks li")[0]
    assert talk.find("em").get_text() == "ok"
    assert "{raw}`html <b>raw</b>`" in talk.get_text()


def test_the_site_title_from_the_data_is_text_in_every_page(hostile_site: SphinxTestApp) -> None:
    for page in Path(hostile_site.outdir).glob("*.html"):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        assert live(soup) == [], page.name
        assert SITE_TITLE in soup.title.get_text(), page.name
        logo = soup.select_one(".logo__title")
        assert logo is not None and logo.get_text() == SITE_TITLE, page.name


def test_emphasis_in_a_title_is_emphasis_on_the_site(hostile_site: SphinxTestApp) -> None:
    row = schedule_rows(html(hostile_site, "index"))[1]
    title = row.select_one(".wd-title")
    assert [(el.name, el.get_text()) for el in title.find_all(["em", "strong"])] == [
        ("em", "Caches"),
        ("strong", "Learn"),
    ]
    assert "*" not in row.get_text()
    talk = html(hostile_site, "index").select("ul.wd-talks li")[2]
    assert str(talk.p).startswith("<p><em>WarpDrive</em>: <br/>An Agentic Workflow")  # a line break in a title


def test_downloads_carry_no_formula_and_no_liquid(hostile_site: SphinxTestApp) -> None:
    import liquid

    folder = Path(hostile_site.outdir) / "_downloads/workshop_data/neurips2024/2024-11-20"
    rows = list(csv.DictReader(io.StringIO((folder / "neurips2024-2024-11-20.csv").read_text("utf-8"))))
    assert rows[2]["label"] == "'" + FORMULA
    page = (folder / "neurips2024-2024-11-20.jekyll.md").read_text("utf-8")
    content = page.split("\n---\n", 1)[1]
    assert "{{" not in content and "{%" not in content
    assert liquid.parse(content).render(site={"title": "SITE"}) == content


def test_the_release_files_come_with_copies_a_spreadsheet_opens_without_running_a_formula(
    hostile_site: SphinxTestApp,
) -> None:
    """The data page offers a release's own CSV files as published (a value starting with ``=``
    is data), and they were the site's only papers and people files: opened in a spreadsheet, the
    label ``=cmd|' /C calc'!A0`` ran (as 2018's ``+ Coffee Break`` does). Each CSV has a copy
    beside it with OWASP's guard (a ``'`` in front), from which the value comes back."""
    soup = html(hostile_site, "index")
    own = {a.get_text(): a["href"] for a in soup.select("ul.wd-release-files a")}
    copies = {a.get_text(): a["href"] for a in soup.select("ul.wd-spreadsheet-files a")}
    assert copies and set(copies) == {name.replace(".csv", ".spreadsheet.csv") for name in own if name.endswith(".csv")}
    out, checked = Path(hostile_site.outdir), 0
    for name, href in copies.items():
        raw = (out / own[name.replace(".spreadsheet.csv", ".csv")]).read_text("utf-8")
        copy = (out / href).read_text("utf-8")
        raw_rows, copy_rows = list(csv.reader(io.StringIO(raw))), list(csv.reader(io.StringIO(copy)))
        assert len(copy_rows) == len(raw_rows), name
        for raw_row, copy_row in zip(raw_rows, copy_rows, strict=True):
            assert [spreadsheet_value(cell) for cell in copy_row] == raw_row, name
            for cell in copy_row:  # OWASP: no cell starts, after spaces, with what a spreadsheet runs
                text = cell.lstrip(" ")
                assert not text or text[0] not in "=+-@\t\r" or re.fullmatch(r"[+-][0-9.]+", text), (name, cell)
                checked += 1
    assert FORMULA in (out / own["slots.csv"]).read_text("utf-8")  # the release's own file keeps it
    assert checked > 100
    # the guard in words once on the page: this page shows the exports first, whose CSV line says
    # it; the copies' paragraph links to it
    said = soup.select_one("ul.wd-spreadsheet-files").find_previous("p")
    assert " ".join(soup.get_text().split()).count("A text that a spreadsheet would run as a formula") == 1
    assert said.select('a[href="#csv-guard"]') and soup.select_one("ul.wd-downloads #csv-guard")
    assert " ".join(said.get_text().split()).endswith("open these copies instead. Formulas are guarded as said above.")


def test_bad_input_is_a_warning_naming_what_is_wrong(tmp_path: Path) -> None:
    app = build("errors", tmp_path / "src")
    text = warnings(app)
    assert "no edition 'no-such-edition'" in text
    assert "unknown kind(s) lecture" in text
    assert "has no release '1999-01-01'" in text


def test_data_that_does_not_load_is_one_error_per_use_not_a_crash(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # conf.py reads the data: an error there stopped Sphinx with "Configuration error!" and a
    # traceback; a slot id with '..' passed validation and crashed the build writing slots/<id>.ics.
    rel = read_release(release_copy)
    bad = dataclasses.replace(rel.slots[-1], slot_id="../../panel")
    publish(dataclasses.replace(rel, slots=(*rel.slots[:-1], bad)), release_copy)
    data = release_copy.parents[1]
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))  # what conf.py and the kernel read
    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-baddata", src)
    shutil.copy(ROOTS / "test-notebooks" / "venue.ipynb", src)
    app = build("baddata", src, data)
    where = "slots.csv, row 14, field 'slot_id': '../../panel' is not a valid slot_id"
    lines = re.sub(r"\x1b\[[0-9;]*m", "", warnings(app)).splitlines()  # without the colours
    assert [line for line in lines if where not in line] == []
    assert any(line.startswith(f"ERROR: workshop_data: {data}") for line in lines)  # conf.py's
    assert any("index.md:3: ERROR: workshop-schedule: " in line for line in lines)
    assert any("venue.ipynb: ERROR: workshop_data: " in line and "(the notebook is not run)" in line for line in lines)
    assert "Executing notebook" not in app.status.getvalue()
    assert app.config.project == "neurips2024"
    assert (Path(app.outdir) / "index.html").is_file()


def test_a_data_directory_that_is_not_there_is_one_error_per_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-data"
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(missing))
    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-baddata", src)
    shutil.copy(ROOTS / "test-notebooks" / "venue.ipynb", src)
    app = build("baddata", src)
    lines = re.sub(r"\x1b\[[0-9;]*m", "", warnings(app)).splitlines()
    assert len(lines) == 3 and all(f"{missing}: no such data directory" in line for line in lines), lines
    assert "Executing notebook" not in app.status.getvalue()


# --- incremental builds -------------------------------------------------------------------------


def test_data_changed_with_an_older_mtime_rebuilds_the_page(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    first = build("incremental", tmp_path / "src", data)
    csv = Path(first.outdir) / "_downloads/workshop_data/neurips2024/2024-11-20/neurips2024-2024-11-20.csv"
    before = page_mtimes(first)
    csv_before = csv.stat().st_mtime_ns
    publish(retitled(read_release(release_copy), "A Changed Keynote Title"), release_copy)
    second = build("incremental", tmp_path / "src", data)
    assert "A Changed Keynote Title" in html(second, "schedule").get_text()
    assert "A Changed Keynote Title" in csv.read_text("utf-8")
    assert csv.stat().st_mtime_ns != csv_before
    after = page_mtimes(second)
    assert after["other.html"] == before["other.html"]  # a page that shows no data is left alone


def test_a_rewritten_download_is_as_readable_as_the_pages(tmp_path: Path, release_copy: Path) -> None:
    # A file whose bytes changed is written to a temporary file and renamed over the old one;
    # the temporary file's owner-only mode (0600) stayed, so a web server serving the output
    # as another user could read the pages but not the downloads a data change rewrote.
    data = release_copy.parents[1]
    build("incremental", tmp_path / "src", data)
    publish(retitled(read_release(release_copy), "Readable By The Web Server"), release_copy)
    second = build("incremental", tmp_path / "src", data)
    out = Path(second.outdir)
    csv = out / "_downloads/workshop_data/neurips2024/2024-11-20/neurips2024-2024-11-20.csv"
    assert "Readable By The Web Server" in csv.read_text("utf-8")
    modes = {
        p.name: p.stat().st_mode & 0o777
        for p in (csv, out / "schedule.html", out / "_downloads/workshop_data/.manifest.json")
    }
    assert len(set(modes.values())) == 1, modes


def test_each_release_is_read_once_per_build(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Finding the latest release read it in full, uncached, once per directive, and the loaders'
    # cache read it again: a page with the schedule and the downloads read its release three
    # times (12 s of CPU for a release of 10,010 slots).
    publish(retitled(read_release(release_copy), f"Read Once In {tmp_path.name}"), release_copy)  # not cached yet
    reads: list[Path] = []

    def counting(folder: str | Path, **kwargs: Any) -> Release:
        reads.append(Path(folder))
        return read_release(folder, **kwargs)

    monkeypatch.setattr(validation, "read_release", counting)
    app = build("incremental", tmp_path / "src", release_copy.parents[1])
    assert "Read Once In" in html(app, "schedule").get_text()
    assert reads == [release_copy]


def test_noop_rebuild_rewrites_nothing(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    first = build("incremental", tmp_path / "src", data)
    out = Path(first.outdir)
    pages = [out / f"{doc}.html" for doc in ("index", "schedule", "other")]  # genindex/search: always written
    files = {p: p.stat().st_mtime_ns for p in [*pages, *(out / "_downloads").rglob("*.*")]}
    assert len(files) > 3
    second = build("incremental", tmp_path / "src", data)
    assert "0 added, 0 changed, 0 removed" in second.status.getvalue()
    assert {p: p.stat().st_mtime_ns for p in files} == files


def test_noop_rebuild_opens_no_data_file_and_stats_each_once(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A no-op build checks the data by ``stat``: no file of the data directory is opened, and
    each file or folder that several digests were computed from (a release's descriptor lists
    its files and its edition's releases) is stat'ed once, not once per digest."""
    data = release_copy.parents[1]
    build("directives", tmp_path / "src", data)
    stats: list[str] = []
    real = os.stat

    def counting(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if sys._getframe(1).f_globals["__name__"] == fingerprints.__name__:  # the check's stats
            stats.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counting)
    with opened_below(data) as opened:
        second = build("directives", tmp_path / "src", data)
    assert pages_read(second) == []
    assert opened == []
    assert str(release_copy / "datapackage.json") in stats
    assert sorted(stats) == sorted(set(stats))


def test_each_build_checks_the_data_against_the_last_saved_environment(tmp_path: Path, release_copy: Path) -> None:
    """A no-op build leaves the environment as it was saved, so the build after it checks against
    the same witnesses: a file touched (same bytes) reads no page, and a file then replaced by an
    older copy with other bytes is seen, however many no-ops came between."""
    data = release_copy.parents[1]
    build("incremental", tmp_path / "src", data)
    assert pages_read(build("incremental", tmp_path / "src", data)) == []
    csv = next(release_copy.glob("*.csv"))
    os.utime(csv)  # the same bytes, a new time
    assert pages_read(build("incremental", tmp_path / "src", data)) == []
    assert pages_read(build("incremental", tmp_path / "src", data)) == []
    publish(retitled(read_release(release_copy), "Seen After Two No-Ops"), release_copy)
    changed = build("incremental", tmp_path / "src", data)
    assert "schedule" in pages_read(changed)
    assert "Seen After Two No-Ops" in html(changed, "schedule").get_text()
    assert pages_read(build("incremental", tmp_path / "src", data)) == []


def test_another_data_directory_rereads_the_pages_showing_data(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data directory named by ``$WORKSHOP_DATA_DIR`` (no setting changed) is a digest with
    no file to watch, checked at every build: a no-op's ``stat`` of the first directory's files,
    all unchanged, does not hide that the pages now show another directory's data."""
    data = release_copy.parents[1]
    other = tmp_path / "other-data"
    shutil.copytree(data, other)
    publish(
        retitled(read_release(other / release_copy.relative_to(data)), "From The Other Directory"),
        other / release_copy.relative_to(data),
    )
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))
    build("incremental", tmp_path / "src")
    assert pages_read(build("incremental", tmp_path / "src")) == []
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(other))
    second = build("incremental", tmp_path / "src")
    assert "schedule" in pages_read(second) and "other" not in pages_read(second)
    assert "From The Other Directory" in html(second, "schedule").get_text()


def test_downloads_are_remembered_per_page_not_per_file(tmp_path: Path, release_copy: Path) -> None:
    """The environment and the output's manifest keep one digest for each page that offers
    files, not an entry per file (an edition of 14 slots offers 15: 9 talks' calendars, the
    day's, and the exports): a no-op build at 1,000 editions read, compared and rebuilt a
    manifest of 15,000 entries, and the pickled environment held each file's path and SHA-256."""
    data = release_copy.parents[1]
    first = build("incremental", tmp_path / "src", data)
    out = Path(first.outdir) / "_downloads/workshop_data"
    assert len([p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")]) > 10
    manifest = json.loads((out / ".manifest.json").read_text("utf-8"))
    assert list(manifest) == ["schedule"]
    generated_files = pickle.loads((Path(first.doctreedir) / "environment.pickle").read_bytes())
    assert generated_files.workshop_data_generated == {"schedule": {"files": manifest["schedule"]}}


def test_a_retitled_slot_rereads_only_the_pages_that_show_titles(tmp_path: Path, release_copy: Path) -> None:
    """Each page depends on what it shows: the home page (title, date, hours, venue, release),
    the contact address, the data dictionary, the releases table (counts) are not read again."""
    data = release_copy.parents[1]
    build("directives", tmp_path / "src", data)
    publish(retitled(read_release(release_copy), "Only The Schedules Show This"), release_copy)
    second = build("directives", tmp_path / "src", data)
    assert pages_read(second) == ["downloads", "kinds", "pinned", "schedule"]
    assert "Only The Schedules Show This" in html(second, "schedule").get_text()


def test_an_earlier_first_slot_rereads_the_home_page_that_shows_the_days_hours(
    tmp_path: Path, release_copy: Path
) -> None:
    """The home page's facts line shows the day's hours, the slots' starts and ends (and no
    title: a retitled slot leaves it alone, above): a first slot moved earlier reads it again,
    and it says the new start."""
    data = release_copy.parents[1]
    build("directives", tmp_path / "src", data)
    release = read_release(release_copy)
    first = release.slots[0]
    assert first.start is not None
    early = dataclasses.replace(first, start=first.start.replace(hour=7, minute=45))
    publish(dataclasses.replace(release, slots=(early, *release.slots[1:])), release_copy)
    second = build("directives", tmp_path / "src", data)
    assert "index" in pages_read(second)
    assert "from\u00a007:45" in html(second, "index").select_one("p.wd-facts").get_text()


def test_a_release_that_stops_loading_rereads_the_pages_that_show_part_of_it(
    tmp_path: Path, release_copy: Path
) -> None:
    # The contact page, the data dictionary and the releases table depend on a file or two of
    # the latest release; a file changed by hand elsewhere made it not load, and they still
    # showed it as the latest (not read again, no warning).
    data = release_copy.parents[1]
    write_release(next_release(read_release(release_copy), "A Newer Release"), data)
    build("directives", tmp_path / "src", data)
    slots = release_copy.with_name("2024-12-01") / "slots.csv"
    slots.write_bytes(slots.read_bytes().replace(b"Keynote", b"KEYNOTE"))  # as many rows, other bytes
    second = build("directives", tmp_path / "src", data)
    assert {"contact", "data", "releases"} <= set(pages_read(second))
    assert "2024-12-01" not in html(second, "releases").get_text()
    assert "2024-12-01/slots.csv: content does not match its hash" in warnings(second)


def test_schedule_kept_out_of_the_transforms_is_the_same_page(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The schedule's nodes skip the reading transforms (nothing in them for the transforms to
    do) and are put in place before writing: the pages are the ones the transforms would give."""
    from workshop_data.sphinxext.schedule import ScheduleDirective

    data = release_copy.parents[1]
    deferred = build("directives", tmp_path / "deferred", data)
    monkeypatch.setattr(ScheduleDirective, "deferred", False)
    transformed = build("directives", tmp_path / "transformed", data)
    assert warnings(deferred) == warnings(transformed) == ""
    for page in ("schedule", "kinds", "pinned"):
        assert html(deferred, page).find("article").decode() == html(transformed, page).find("article").decode()
    assert "wd_deferred" not in (Path(deferred.outdir) / "schedule.html").read_text("utf-8")


def test_environment_keeps_no_download_text(tmp_path: Path, release_copy: Path) -> None:
    """The generated files are written to the output when their page is read; the pickled
    environment holds their paths and digests, not their texts."""
    data = release_copy.parents[1]
    app = build("incremental", tmp_path / "src", data)
    out = Path(app.outdir) / "_downloads/workshop_data/neurips2024/2024-11-20"
    calendar = (out / "slots" / "keynote-jeff-dean.ics").read_bytes()
    assert b"keynote-jeff-dean@neurips2024.workshop-data" in calendar
    pickle = (Path(app.doctreedir) / "environment.pickle").read_bytes()
    assert b"workshop-data" not in pickle.replace(b"_downloads/workshop_data", b"")  # no UID, no PRODID
    assert b"Advances in Machine Learning for Systems" not in pickle  # no CSV, JSON or calendar text


def test_deleted_output_gets_its_downloads_back(tmp_path: Path, release_copy: Path) -> None:
    """The output folder deleted, the environment kept: the pages offering files are read
    again, so the files are there again."""
    data = release_copy.parents[1]
    first = build("incremental", tmp_path / "src", data)
    out = Path(first.outdir)
    files = sorted(p.relative_to(out) for p in (out / "_downloads").rglob("*") if p.is_file())
    assert len(files) > 10
    shutil.rmtree(out)
    second = build("incremental", tmp_path / "src", data)
    assert sorted(p.relative_to(out) for p in (out / "_downloads").rglob("*") if p.is_file()) == files
    third = build("incremental", tmp_path / "src", data)
    assert "0 added, 0 changed, 0 removed" in third.status.getvalue()
    assert "1 changed" in second.status.getvalue()  # schedule: the page offering the files


def test_code_hash_follows_the_packages_code_not_its_data(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "sub" / "mod.py").write_text("X = 1\n", "utf-8")
    (package / "sub" / "style.css").write_text("p {}\n", "utf-8")
    (package / "data.csv").write_text("a\n1\n", "utf-8")
    versions = {code_hash(package)}
    (package / "data.csv").write_text("a\n2\n", "utf-8")  # data: followed by the fingerprints
    assert code_hash(package) in versions
    (package / "sub" / "mod.py").write_text("X = 2\n", "utf-8")
    versions.add(code_hash(package))
    (package / "sub" / "style.css").write_text("p { margin: 0; }\n", "utf-8")
    versions.add(code_hash(package))
    assert len(versions) == 3
    # the installed package's code (as this process first found it: tests/conftest.py reports a
    # run during which it changed)
    assert code_version() == code_hash(REPO / "workshop_data")


def code_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package of one module standing for the extension's code, in a process that has not yet
    asked for its version (as a new ``sphinx-build``)."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text("X = 1\n", "utf-8")
    monkeypatch.setattr(codeversion, "PACKAGE", package)
    monkeypatch.setattr(codeversion, "_RUNNING", {})
    return package


def test_a_process_keeps_the_version_of_the_code_it_imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The package's files changed while a process runs (an upgrade, a branch merged into the
    checkout): the process still runs the code it imported, and says so; the next one has the
    new code's version."""
    package = code_package(tmp_path, monkeypatch)
    first = code_version()
    (package / "mod.py").write_text("X = 2\n", "utf-8")
    assert code_version() == first != code_hash(package)
    monkeypatch.setattr(codeversion, "_RUNNING", {})  # the next process
    assert code_version() == code_hash(package) != first


def test_code_changed_during_a_build_keys_its_environment_and_summaries_by_the_code_that_ran(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The code upgraded while a site's build runs: the environment and the summaries the build
    keeps are both keyed by the code it ran (the next process, running the new code, discards
    both), and a second build in the same process, which runs the same code, keeps them. The
    summaries, saved at the end of the build, were keyed by the new code, which had not made
    them; a second build of the same process read every page again (its environment's version
    another) and its search index named another version: an integrator's merge into the checkout
    under test made tests/test_sphinxext_schedule.py's two builds differ by that number."""
    package = code_package(tmp_path, monkeypatch)
    ran = code_version()
    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-site", src)
    conf = {"workshop_data_dir": str(release_copy.parents[1])}

    def upgraded(app: Any, env: Any) -> None:
        (package / "mod.py").write_text("X = 2\n", "utf-8")

    def built(changed: bool = False) -> SphinxTestApp:
        app = SphinxTestApp("html", srcdir=src, status=io.StringIO(), warning=io.StringIO(), confoverrides=conf)
        try:
            if changed:
                app.connect("env-updated", upgraded)  # after the pages were read, before they are written
            app.build()
        finally:
            app.cleanup()
        return app

    def versions(app: SphinxTestApp) -> tuple[int, int, int]:
        with open(Path(app.doctreedir) / summaries.FILENAME, "rb") as f:
            kept, _ = pickle.load(f)
        index = (Path(app.outdir) / "searchindex.js").read_text("utf-8")
        envversion = json.loads(index[len("Search.setIndex(") : -1])["envversion"]
        return app.env.version["workshop_data.sphinxext"], kept, envversion["workshop_data.sphinxext"]

    first = built(changed=True)
    assert code_hash(package) != ran
    assert versions(first) == (ran, ran, ran)
    second = built()
    assert "0 added, 0 changed, 0 removed" in second.status.getvalue()
    assert versions(second) == (ran, ran, ran)


def test_other_code_rereads_and_rewrites_every_page(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = release_copy.parents[1]
    first = build("incremental", tmp_path / "src", data)
    before = page_mtimes(first)
    # as after an upgrade of the package: the environment and the summaries are both discarded
    monkeypatch.setattr("workshop_data.sphinxext.codeversion.code_version", lambda: 12345)
    second = build("incremental", tmp_path / "src", data)
    assert "3 added" in second.status.getvalue()
    after = page_mtimes(second)
    assert all(after[page] != before[page] for page in ("index.html", "schedule.html", "other.html"))


def test_unrelated_page_touched_rebuilds_only_that_page(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    first = build("incremental", tmp_path / "src", data)
    before = page_mtimes(first)
    other = tmp_path / "src" / "other.md"
    other.write_text(other.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    second = build("incremental", tmp_path / "src", data)
    assert "1 changed" in second.status.getvalue()
    after = page_mtimes(second)
    assert after["schedule.html"] == before["schedule.html"]
    assert after["other.html"] != before["other.html"]


def test_page_added_to_the_toctree_reaches_every_pages_navigation(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    build("navigation", tmp_path / "src", data)
    src = tmp_path / "src"
    (src / "extra.md").write_text("# A Page Added Later\n\nHello.\n", "utf-8")
    index = src / "index.md"
    index.write_text(index.read_text("utf-8").replace("other\n", "other\nextra\n"), "utf-8")
    second = build("navigation", tmp_path / "src", data)
    for page in ("schedule", "other", "index"):
        assert "A Page Added Later" in html(second, page).get_text(), page
    third = build("navigation", tmp_path / "src", data)
    assert "0 added, 0 changed, 0 removed" in third.status.getvalue()
    assert "writing output... [100%] schedule" not in third.status.getvalue()


def test_new_release_updates_pages_showing_latest(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    build("incremental", tmp_path / "src", data)
    rel = read_release(release_copy)
    newer = next_release(rel, "Title Of The Next Release")
    write_release(newer, data)
    second = build("incremental", tmp_path / "src", data)
    assert "Title Of The Next Release" in html(second, "schedule").get_text()


def test_add_to_calendar_files_are_the_slots_events_with_their_sequence(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    rel = read_release(release_copy)
    newer = next_release(rel, "Retitled")
    write_release(newer, data)
    app = build("incremental", tmp_path / "src", data)
    latest = read_release(data / "neurips2024" / "2024-12-01")
    rows = schedule_rows(html(app, "schedule"))
    assert len(rows) == len(latest.slots)
    for row, slot in zip(rows, latest.slots, strict=True):
        link = row.select_one("a.wd-ics")
        if slot.kind in ("break", "lunch", "poster", "social"):
            assert link is None, slot.slot_id  # nobody adds a coffee break to their calendar
            continue
        ics = (Path(app.outdir) / link["href"]).read_bytes().decode("utf-8")
        assert ics == slot_calendar(latest, slot.slot_id, history=[rel])  # the CLI's `export --format ics --slot`
        assert f"SEQUENCE:{1 if slot is latest.slots[0] else 0}" in ics


def test_parallel_build_same_html_no_warnings_and_merged_hashes(tmp_path: Path, release_copy: Path) -> None:
    data = release_copy.parents[1]
    serial = build("directives", tmp_path / "serial", data)
    parallel = build("directives", tmp_path / "parallel", data, parallel=2)
    assert warnings(parallel) == ""
    for page in ("schedule", "kinds", "pinned", "contact", "data", "releases", "downloads", "index"):
        assert html(parallel, page).find("article").decode() == html(serial, page).find("article").decode(), page
    # the content hashes recorded by the parallel readers were merged back: a change is seen
    publish(retitled(read_release(release_copy), "Seen After A Parallel Build"), release_copy)
    again = build("directives", tmp_path / "parallel", data, parallel=2)
    assert "Seen After A Parallel Build" in html(again, "schedule").get_text()


# --- notebooks: cached, re-executed when the data changes ---------------------------------------


@pytest.mark.slow
def test_notebook_runs_once_then_again_when_the_data_changes(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = release_copy.parents[1]
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))  # what the kernel reads
    src = tmp_path / "src"
    first = build("notebooks", src)
    assert "Executed notebook" in first.status.getvalue()
    assert "VENUE: Vancouver Convention Center" in html(first, "venue").get_text()
    again = build("notebooks", src, freshenv=True)  # re-read, same code and data: from the cache
    assert "Executing notebook" not in again.status.getvalue()
    assert "Using cached notebook" in again.status.getvalue()
    rel = read_release(release_copy)
    publish(dataclasses.replace(rel, workshop=dataclasses.replace(rel.workshop, venue="Another Hall")), release_copy)
    changed = build("notebooks", src)
    assert "Executed notebook" in changed.status.getvalue()
    assert "VENUE: Another Hall" in html(changed, "venue").get_text()


def test_a_notebooks_figures_link_to_their_own_files(tmp_path: Path) -> None:
    # talk_mix's 731 px charts were drawn 358 px wide at 390 px, their labels unreadable, with no
    # way to see them larger: each figure now links to its file, as Sphinx links a scaled image
    import base64

    from PIL import Image

    def png(width: int, height: int) -> str:
        out = io.BytesIO()
        Image.new("RGB", (width, height), "white").save(out, "PNG")
        return base64.b64encode(out.getvalue()).decode("ascii")

    def output(data: str, **meta: Any) -> dict[str, Any]:
        return {"output_type": "display_data", "data": {"image/png": data}, "metadata": meta}

    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_nb", "workshop_data.sphinxext"]\nnb_execution_mode = "off"\n'
        'source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}\n',
        "utf-8",
    )
    Image.new("RGB", (64, 32), "white").save(src / "logo.png")
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "# Figures\n\n![the logo](logo.png)"},
        {
            "cell_type": "code",
            "metadata": {"mystnb": {"image": {"alt": "A chart."}}},
            "source": "chart()",
            "execution_count": 1,
            "outputs": [output(png(731, 468))],
        },
        {
            "cell_type": "code",
            "metadata": {},
            "source": "small()",
            "execution_count": 2,
            "outputs": [output(png(40, 20), **{"image/png": {"width": 20}})],
        },
    ]
    for number, cell in enumerate(cells):
        cell["id"] = f"cell{number}"
    kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb = {"cells": cells, "metadata": {"kernelspec": kernel, "language_info": {"name": "python"}}}
    (src / "index.ipynb").write_text(json.dumps({**nb, "nbformat": 4, "nbformat_minor": 5}), "utf-8")
    app = sphinx_built(src)
    assert warnings(app) == ""
    page = html(app, "index")
    chart, small = (o.find("img") for o in page.select("div.cell_output"))
    link = chart.parent
    assert link.name == "a" and "image-reference" in link["class"]
    assert link["href"] == chart["src"] and chart["src"].startswith("_images/")
    assert (Path(app.outdir) / unquote(link["href"])).is_file()
    assert (chart["alt"], chart["width"], chart["height"]) == ("A chart.", "731", "468")  # its own size
    # a size the notebook gave is kept (Sphinx links such a scaled image itself)
    assert small["width"] == "20" and small.parent.name == "a"
    # an image of the prose is not a notebook's output: left as it was
    logo = page.find("img", alt="the logo")
    assert logo.parent.name != "a" and not logo.has_attr("width")


def test_a_notebook_declares_the_editions_it_reads() -> None:
    from workshop_data.sphinxext.notebooks import declared_editions

    assert declared_editions({"metadata": {}}) == ("all",)  # undeclared: any data change runs it
    assert declared_editions({"metadata": {"workshop_data": {"editions": ["neurips2024", "newest"]}}}) == (
        "neurips2024",
        "newest",
    )
    for bad in ({"editions": "neurips2024"}, {"editions": []}, {"edition": ["x"]}, ["neurips2024"]):
        message = declared_editions({"metadata": {"workshop_data": bad}})
        assert isinstance(message, str) and '"editions"' in message, bad


def executed(app: SphinxTestApp) -> list[str]:
    """The notebooks the build executed (not taken from the cache), by file name."""
    status = re.sub(r"\x1b\[[0-9;]*m", "", app.status.getvalue())
    return sorted(set(re.findall(r"(\w+)\.ipynb: Executing notebook", status)))


@pytest.mark.slow
def test_a_title_changed_in_one_edition_runs_only_the_notebooks_that_read_it(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Notebooks declare the editions they read (``workshop_data: {editions: [...]}`` in their
    metadata; none declared: every edition); a data change runs again only the notebooks
    that read the edition it changed."""
    data = release_copy.parents[1]
    shipped = read_release(release_copy)
    other = dataclasses.replace(shipped, workshop=dataclasses.replace(shipped.workshop, edition="synthetic2023"))
    folder = write_release(other, data)
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))  # what the kernel reads
    src = tmp_path / "src"
    first = build("notebook-editions", src)
    assert executed(first) == ["every", "only2023", "only2024"]
    publish(retitled(read_release(folder), "Retitled In 2023"), folder)
    second = build("notebook-editions", src)
    assert executed(second) == ["every", "only2023"]  # not only2024, which reads neurips2024 only
    assert "FIRST 2023: Retitled In 2023" in html(second, "only2023").get_text()
    assert "FIRST 2024: Advances in Machine Learning for Systems" in html(second, "only2024").get_text()
    publish(retitled(read_release(release_copy), "Retitled In 2024"), release_copy)
    third = build("notebook-editions", src)
    assert executed(third) == ["every", "only2024"]
    assert "FIRST 2024: Retitled In 2024" in html(third, "only2024").get_text()


@pytest.mark.slow
def test_a_notebook_reading_an_edition_the_data_does_not_hold_is_shown_not_run(
    tmp_path: Path, release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """huser10: `WORKSHOP_DATA_DIR=<an organizer's data of one edition> make site` stopped in the
    quickstart notebook (UnknownEditionError: no edition 'neurips2024'), where the README says a
    site builds from data of some editions: the notebook is shown as written, with one line."""
    data = release_copy.parents[1]  # neurips2024 alone: only2023's synthetic2023 is not there
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))  # what the kernel reads
    app = build("notebook-editions", tmp_path / "src")
    assert warnings(app) == ""
    assert executed(app) == ["every", "only2024"]
    status = re.sub(r"\x1b\[[0-9;]*m", "", app.status.getvalue())
    assert f"workshop_data: only2023: reads synthetic2023, which {data} does not hold (editions: neurips2024): " in (
        status
    )
    shown = html(app, "only2023").get_text()
    assert "wd.load_schedule('synthetic2023')" in shown and "FIRST 2023" not in shown.replace("'FIRST 2023:'", "")
    assert "FIRST 2024: Advances in Machine Learning for Systems" in html(app, "only2024").get_text()


# --- the real site ------------------------------------------------------------------------------

#: ipykernel's traceback of the shutdown race :func:`test_docs_build_with_warnings_as_errors` allows.
_KERNEL_SHUTDOWN_RACE = re.compile(
    r"ERROR:tornado\.general:Uncaught exception in ZMQStream callback\nTraceback \(most recent call last\):\n"
    r"(?: .*\n)*?zmq\.error\.ZMQError: Socket operation on non-socket\n"
)


def _without_shutdown_race(stderr: str) -> str:
    """``stderr`` without the tracebacks of :data:`_KERNEL_SHUTDOWN_RACE` raised in a kernel's
    ``process_control`` (any other traceback stays)."""
    return _KERNEL_SHUTDOWN_RACE.sub(lambda m: "" if "in process_control" in m.group(0) else m.group(0), stderr)


@pytest.mark.slow
@pytest.mark.xdist_group("docs")  # the build generates pages into docs/: one worker builds it at a time
def test_docs_build_with_warnings_as_errors(tmp_path: Path) -> None:
    out = tmp_path / "html"
    cmd = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html", "-c", str(REPO)]
    cmd += ["-d", str(tmp_path / "doctrees"), str(REPO / "docs"), str(out)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=shipped_env(), check=False)
    assert result.returncode == 0, result.stderr  # -W: any Sphinx warning fails the build
    # nor a kernel's warning ("running over TCP without encryption"); but for ipykernel 7's race at a
    # kernel's shutdown (a control message flushing stdout after its I/O sockets closed: its traceback,
    # "Socket operation on non-socket", seen once, in the clean-clone CI run of 6a8796d), which changes no output
    assert _without_shutdown_race(result.stderr) == ""
    assert "Executed notebook" in result.stdout and "ParserConfig(" not in result.stdout  # no config dump
    newest = store.newest_edition()
    pages = ("index", f"{newest}/index", f"{newest}/changelog", "package/guide", "package/api", "package/data")
    for page in (*pages, "package/notebooks/quickstart", "package/notebooks/talk_mix"):
        assert (out / f"{page}.html").is_file(), page
    api = (out / "package" / "api.html").read_text("utf-8")
    assert 'id="workshop_data.load_schedule"' in api


def _committees_and_schedule(tmp_path: Path, committees: str, schedule: str, release: str = "") -> SphinxTestApp:
    """A site of two pages built from shipped releases: the committees of ``committees``' latest
    release, the schedule of ``schedule``'s ``release`` (default: its latest)."""
    data = tmp_path / "data"
    for edition, name in ((committees, ""), (schedule, release)):
        folder = REPO / "workshop_data" / "data" / edition
        chosen = folder / name if name else sorted(folder.iterdir())[-1]
        shutil.copytree(chosen, data / edition / chosen.name)
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(ROOTS / "test-directives" / "conf.py", src / "conf.py")
    (src / "index.md").write_text("# Home\n\n```{toctree}\ncommittees\nschedule\n```\n", encoding="utf-8")
    (src / "committees.md").write_text(f"# Committees\n\n```{{workshop-committees}} {committees}\n```\n", "utf-8")
    (src / "schedule.md").write_text(
        f"# Schedule\n\n```{{workshop-schedule}} {schedule}\n:no-speakers:\n```\n", "utf-8"
    )
    return build("directives", src, data)


def test_a_roles_own_affiliation_and_a_talks_own_time_are_shown(tmp_path: Path) -> None:
    """The committees list a member with the affiliations printed in that committee (NeurIPS
    2019's program committee: 'Xinlei Xu, New York University'; the organizers' 'NYU'); the
    schedule shows each spotlight's own time, an invited talk the detailed schedule prints at
    another time, and how each talk is given (NeurIPS 2022)."""
    app = _committees_and_schedule(tmp_path, "neurips2019", "neurips2022")
    committees = html(app, "committees")
    lines = {
        s.find(["h1", "h2", "h3"]).get_text(strip=True).rstrip("#"): [
            li.get_text(" ", strip=True) for li in s.select("li") if "Xinlei" in li.get_text()
        ]
        for s in committees.select("section.wd-committee")
    }
    assert lines["Organizing Committee"] == ["Xinlei Xu , NYU · @MimeeXu"]
    assert lines["Program Committee"] == ["Xinlei Xu , New York University · @MimeeXu"]  # the person's links
    rows = {r["id"]: r for r in schedule_rows(html(app, "schedule"))}
    spotlights = rows["contributed-talks"].select("ul.wd-talks li")
    assert [t["datetime"] for t in spotlights[0].select("time")] == [
        "2022-12-03T10:55:00-06:00",
        "2022-12-03T11:05:00-06:00",
    ]
    assert [li.select_one(".wd-talk-time").get_text(strip=True) for li in spotlights] == [
        "10:55–11:05",
        "11:10–11:20",
        "11:25–11:35",
        "11:45–11:55",
    ]
    keckler = rows["invited-speaker-2-steve-keckler"].find_all("td")[1]
    assert "also printed at 13:55–14:40" in keckler.get_text("", strip=False)
    # how each is given, as the detailed schedule's tooltips print it (schema 2.8.0), after the talk
    assert [li.select_one(".wd-delivery").get_text() for li in spotlights][2:] == [
        "Zoom Presentation, Prerecorded Backup",
        "In-person Presentation, Prerecorded Backup",
    ]
    assert "(how it is given: In-person Presentation, Prerecorded Backup)" in keckler.get_text("", strip=False)
    dean = rows["invited-speaker-5-jeff-dean"].find_all("td")[1]
    assert dean.select_one(".wd-delivery").get_text() == "Prerecorded & Livestreamed"
    # a slot of no talk, its own (schema 2.10.0), after its title with the same words
    opening = rows["opening-remarks"].find_all("td")[1].get_text("", strip=False)
    assert "(how it is given: In-person Intro, Opening/Closing Remarks (introduction by moderator))" in opening
    # the conference site's types (schema 2.11.0), as that site marked them after the title: each
    # spotlight "(Spotlight)", each invited talk "(Talk)"; a poster session its event's own title and
    # type, "Break" no longer read as how it is given
    assert [li.select_one(".wd-presentation").get_text() for li in spotlights] == ["(Spotlight)"] * 4
    first = spotlights[0].get_text("", strip=False)
    assert first.index("Monte-Carlo tree search") < first.index("(Spotlight)") < first.index("Wenda Zhou")
    assert dean.select_one(".wd-presentation").get_text() == "(Talk)"
    assert not rows["opening-remarks"].select(".wd-presentation, .wd-event-title")
    for poster in ("poster-session-1", "poster-session-2"):
        cell = rows[poster].find_all("td")[1]
        assert not cell.select(".wd-delivery") and "how it is given" not in cell.get_text()
        assert [s.get_text() for s in cell.select(".wd-presentation")] == ["(Break)"]
        said = " ".join(cell.get_text("", strip=False).split())
        assert said.startswith("Poster Session #")
        assert "(also titled “Poster Session | Coffee Break”) (Break)" in said
    # each invited talk the title the detailed schedule gives it (schema 2.12.0's slots.talk_event_title),
    # told as a poster session's: "Invited Speaker 1: Jeff Dean (also titled “Jeff Dean - Invited Talk”) (Talk)"
    said = " ".join(dean.get_text("", strip=False).split())
    assert "Invited Speaker 1: Jeff Dean (also titled “Jeff Dean - Invited Talk”) (Talk) (how it is given" in said
    assert dean.select_one(".wd-event-title").get_text() == "Jeff Dean - Invited Talk"
    titled = {k: r.select_one(".wd-event-title") for k, r in rows.items() if k.startswith("invited-speaker")}
    assert sorted(t.get_text() for t in titled.values() if t) == [
        f"{name} - Invited Talk"
        for name in ("Dawn Song", "Jeff Dean", "Newsha Ardalani", "Riyadh Baghdadi", "Steve Keckler")
    ]


def test_the_papers_page_says_how_each_poster_is_given(tmp_path: Path) -> None:
    """NeurIPS 2022's posters' tooltips (papers.delivery, schema 2.10.0) after each title, worded as
    the schedule's (words.DELIVERY_LABEL): 13 "Prerecorded, on-demand, not streamed during event", 6
    "Link Only (appears in the schedule, but no SlidesLive)", in the latest release's 19 papers."""
    data = tmp_path / "data"
    folder = REPO / "workshop_data" / "data" / "neurips2022"
    latest = sorted(folder.iterdir())[-1]
    shutil.copytree(latest, data / "neurips2022" / latest.name)
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(ROOTS / "test-directives" / "conf.py", src / "conf.py")
    (src / "index.md").write_text("# Home\n\n```{toctree}\npapers\n```\n", encoding="utf-8")
    (src / "papers.md").write_text("# Papers\n\n```{workshop-papers} neurips2022\n```\n", "utf-8")
    page = html(build("directives", src, data), "papers")
    heads = [p.get_text("", strip=False) for p in page.select("div.wd-paper p.wd-paper-title")]
    assert len(heads) == 19  # the latest release lists the index's 19 posters
    said = [s.get_text() for s in page.select("p.wd-paper-title .wd-delivery")]
    assert said.count("Prerecorded, on-demand, not streamed during event") == 13
    assert said.count("Link Only (appears in the schedule, but no SlidesLive)") == 6 and len(said) == 19
    assert heads[0] == (
        "Towards Continually Learning Application Performance Models Poster - Recorded Presentation "
        "(how it is given: Prerecorded, on-demand, not streamed during event)"
    )
    assert all(h.count("how it is given") == 1 for h in heads)


def test_the_speakers_list_gives_a_talks_speaker_the_talks_time_and_title(tmp_path: Path) -> None:
    """NeurIPS 2022's spotlights: each speaker of a talk inside the "Contributed Talks" block is
    listed under the schedule with the talk's own time and title (the list said "10:50
    Contributed Talks" for all 34 of them, the block's start and no title); a slot's speaker
    keeps the slot's start."""
    data = tmp_path / "data"
    latest = sorted((REPO / "workshop_data" / "data" / "neurips2022").iterdir())[-1]
    shutil.copytree(latest, data / "neurips2022" / latest.name)
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(ROOTS / "test-directives" / "conf.py", src / "conf.py")
    (src / "index.md").write_text("# Schedule\n\n```{workshop-schedule} neurips2022\n```\n", encoding="utf-8")
    page = html(build("directives", src, data), "index")
    entries = {dt.get_text(" ", strip=True): dt.find_next_sibling("dd") for dt in page.select("dl.wd-speakers dt")}
    zhou = entries["Wenda Zhou"].select("li")
    assert [li.get_text(" ", strip=True) for li in zhou] == [
        "10:55 Contributed Talks : A code superoptimizer through neural Monte-Carlo tree search"
    ]
    assert [t["datetime"] for t in zhou[0].select("time")] == ["2022-12-03T10:55:00-06:00"]  # the zone switch's
    assert zhou[0].select_one("a")["href"] == "#contributed-talks"
    sun = entries["Jinghan Sun"].get_text(" ", strip=True)
    assert sun == "11:45 Contributed Talks : Learning to Drive Software-Defined Storage"
    faust = entries["Aleksandra Faust"].get_text(" ", strip=True)
    assert faust.startswith("13:05 Contributed Talks : Multi-Agent Reinforcement Learning for Microprocessor")
    assert entries["Jeff Dean"].get_text(" ", strip=True) == "08:40 Invited Speaker 1"


def test_the_parts_of_a_day_printed_twice_and_a_roles_own_links_are_shown(tmp_path: Path) -> None:
    """NeurIPS 2020's 2020-12-03.2236 printed the day twice, "Run 1" and "Run 2 (repeated)" (at
    UTC+04:00: 21:00 the evening before in Los Angeles): the schedule shows each heading above its
    part, the days of each part, and each Run 2 row linking the row it repeats. NeurIPS 2023's
    committees list Phitchaya Mangpo Phothilimthana with the LinkedIn page each list printed."""
    app = _committees_and_schedule(tmp_path, "neurips2023", "neurips2020", "2020-12-03.2236")
    page = html(app, "schedule")
    headings = [
        (r.get_text(" ", strip=True), "wd-part" in r["class"]) for r in page.select("table.wd-schedule tr.wd-day-row")
    ]
    assert headings == [
        ("Run 1", True),
        ("Saturday 12 December 2020", False),
        ("Run 2 (repeated)", True),
        ("Friday 11 December 2020", False),
        ("Saturday 12 December 2020", False),  # Run 2's lunch at 00:05
    ]
    rows = {r["id"]: r for r in schedule_rows(page)}
    again = rows["invited-speaker-1-christina-delimitrou-2"]
    # its start and end, then the start of the row it repeats (time elements the zone switch rewrites)
    assert [t["datetime"] for t in again.select("time")] == [
        "2020-12-11T21:15:00-08:00",
        "2020-12-11T21:50:00-08:00",
        "2020-12-12T09:15:00-08:00",
    ]
    [link] = [a for a in again.select("a") if a.get_text() == "repeats Run 1's at"]
    assert link["href"] == "#invited-speaker-1-christina-delimitrou"
    assert again.find_all("td")[1].get_text("").endswith("Christina Delimitrou (repeats Run 1's at 09:15)")
    # one wording of a repeat everywhere (the schedule said "repeats 09:15", the changelog "repeats
    # Run 1's at 09:15", a calendar "Repeats the slot of 2020-12-12 09:15")
    release = wd.load_edition("neurips2020").release("2020-12-03.2236")
    slot = release.slot("invited-speaker-1-christina-delimitrou-2")
    assert repeat_words(release, slot)[0] == "repeats Run 1's at "
    assert heading_text(release, slot).endswith(", repeats Run 1's at 09:15")
    assert "Christina Delimitrou (repeats Run 1's at 09:15)" in to_table(release, width=200)
    assert description(release, slot).endswith(
        "\nRepeats Run 1's at 2020-12-12 09:15 (America/Los_Angeles).\n"
        "End time not given: it ends when the next slot starts."
    )
    committees = html(app, "committees")
    hrefs = {
        s.find(["h1", "h2", "h3"]).get_text(strip=True).rstrip("#"): [
            a["href"] for li in s.select("li") if "Mangpo" in li.get_text() for a in li.select("a[href^='https']")
        ]
        for s in committees.select("section.wd-committee")
    }
    assert hrefs["Organizing Committee"] == ["https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana"]
    assert hrefs["Competition Committee"] == ["https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana-64415b82"]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Jeff Dean", "JD"),
        ("H. T. Kung", "HK"),  # the first and the last word
        ("Zhaoxia (Summer) Deng", "ZD"),  # a part in parentheses is no word of it
        ("Phitchaya Mangpo Phothilimthana", "PP"),
        ("neeraja yadwadkar", "NY"),
        ("Cher", "C"),
        ("محمد عبدالله", "مع"),  # letters of any script, in the name's order
        ("— Ada Lovelace", "AL"),  # a word that begins with no letter is skipped
        ("", ""),
    ],
)
def test_a_photos_frame_shows_the_initials_of_the_first_and_last_word(name: str, shown: str) -> None:
    from workshop_data.sphinxext.photos import initials

    assert initials(name) == shown

"""The workshop's website (``workshop_data_site = True``) on synthetic editions: the pages the
data implies, the navigation of its two parts, titles, person pages, redirects, and what a data
change rewrites.

The data is written with ``write_release`` into a temporary folder (tests/sitedata.py); the site
is tests/roots/test-site (pydata-sphinx-theme, sphinx-reredirects, prose for two editions).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import lxml.html
import pytest
from bs4 import BeautifulSoup
from conftest import REPO, opened_below, sphinx_built
from markdown_it import MarkdownIt
from sitecheck import broken_links, redirect_target, resolve
from sitedata import ALL_EDITIONS, FEW_EDITIONS, edition_release, later, write_site_data
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

from workshop_data import store
from workshop_data.datapackage import write_release
from workshop_data.errors import BrokenReleaseWarning, WorkshopDataError
from workshop_data.formats.text import spreadsheet_value, to_csv
from workshop_data.identity import rename_ids
from workshop_data.loaders import load_release
from workshop_data.model import Correction, Release, TextLink
from workshop_data.sphinxext import legacy, markup, pages
from workshop_data.sphinxext import site as site_module
from workshop_data.sphinxext.base import linked_words
from workshop_data.sphinxext.home import corrections_note
from workshop_data.sphinxext.timezones import wd_time
from workshop_data.timeutil import day_text
from workshop_data.validation import read_release

ROOT = Path(__file__).parent / "roots" / "test-site"
EDITION_PAGES = ("index", "schedule", "accepted_papers", "changelog", "data")


def build(src: Path, data: Path, **conf: object) -> SphinxTestApp:
    """Build the test site in ``src`` (copied from the root on first use) from ``data``."""
    if not src.exists():
        shutil.copytree(ROOT, src)
    return sphinx_built(src, confoverrides={"workshop_data_dir": str(data), **conf})


def soup(app: SphinxTestApp, page: str) -> BeautifulSoup:
    return BeautifulSoup((Path(app.outdir) / f"{page}.html").read_text("utf-8"), "html.parser")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Release]]:
    root = tmp_path_factory.mktemp("site-data") / "data"
    return root, write_site_data(root)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, data: tuple[Path, list[Release]]) -> Iterator[SphinxTestApp]:
    yield build(tmp_path_factory.mktemp("site") / "src", data[0])


def test_builds_without_warnings(site: SphinxTestApp) -> None:
    assert site.warning.getvalue() == ""


def test_every_edition_has_its_pages_generated_from_the_data(
    site: SphinxTestApp, data: tuple[Path, list[Release]]
) -> None:
    out = Path(site.outdir)
    for rel in data[1]:
        for page in EDITION_PAGES:
            assert (out / rel.edition / f"{page}.html").is_file(), (rel.edition, page)
    src = Path(site.srcdir)
    # the call for papers only where its prose is written; the generated folders ignore themselves
    assert "call_for_papers" in (src / "neurips2024" / "index.md").read_text()
    assert not (src / "neurips2023" / "call_for_papers.md").exists()
    assert (src / "neurips2024" / ".gitignore").read_text() == pages.GITIGNORE
    # the root is the newest edition's home
    root = soup(site, "index")
    assert root.find("h1").get_text(strip=True).rstrip("#") == "ML for Systems @ NeurIPS 2025"


def test_titles_name_the_edition(site: SphinxTestApp) -> None:
    assert soup(site, "neurips2024/schedule").title.get_text() == "Schedule · ML for Systems @ NeurIPS 2024"
    assert soup(site, "neurips2024/index").title.get_text() == "ML for Systems @ NeurIPS 2024"
    assert soup(site, "index").title.get_text() == "ML for Systems @ NeurIPS 2025"
    assert soup(site, "people/jeff-dean").title.get_text() == "Jeff Dean · ML for Systems"
    assert soup(site, "package/guide").title.get_text() == "User guide · the workshop_data package"
    # the search page too: the theme's own was "Search - " and the site's title, from the data
    assert soup(site, "search").title.get_text() == "Search · ML for Systems"


def test_a_pages_title_markup_has_one_home(site: SphinxTestApp) -> None:
    """layout.html and search.html each wrote the ``<title>`` block (the ``duplicates`` tool paired
    them): one macro, wd-title.html, writes it; the pages' titles stay (the genindex, which the
    site gives no title, the theme's)."""
    templates = Path(site_module.__file__).parent / "templates"
    writing = sorted(p.name for p in templates.glob("*.html") if "<title>{{ wd_title" in p.read_text("utf-8"))
    assert writing == ["wd-title.html"]
    assert len(soup(site, "search").find_all("title")) == len(soup(site, "genindex").find_all("title")) == 1
    assert soup(site, "genindex").title.get_text() == "Index — ML for Systems"


#: The theme's blocks the site's templates copy, with the theme's inline script the site moved to a
#: file: template -> (block, the theme's script's first words, the site's own script tag).
COPIED_BLOCKS = {
    "layout.html": ("css", '<script data-cfasync="false">', "workshop_data_mode.js"),
    "search.html": ("docs_body", "<script>", "workshop_data_search.js"),
}


def _block(template: str, name: str) -> str:
    """Block ``name`` of a template, without comments and with its whitespace collapsed."""
    body = re.search(rf"{{%-? block {name} %}}(.*?){{%-? endblock", template, re.S)
    assert body is not None, name
    text = re.sub(r"{#.*?#}|<!--.*?-->", "", body.group(1), flags=re.S)
    return " ".join(text.split())


@pytest.mark.parametrize("name", sorted(COPIED_BLOCKS))
def test_a_copied_theme_block_is_the_installed_themes_but_its_inline_script(name: str) -> None:
    """The site's templates copy two of pydata-sphinx-theme's blocks, each for one inline script
    (Jinja cannot take it out of the theme's block): the copy, its script a file of the site's,
    is the installed theme's block without the script, and its comment names the theme's version
    it follows. A theme whose block changed fails here: copy it again."""
    import pydata_sphinx_theme

    block, theirs_starts, ours = COPIED_BLOCKS[name]
    theme = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / name
    theirs = _block(theme.read_text("utf-8"), block)
    start = theirs.index(theirs_starts)
    theirs = theirs[:start] + theirs[theirs.index("</script>", start) + len("</script>") :]
    template = (Path(site_module.__file__).parent / "templates" / name).read_text("utf-8")
    mine = _block(template, block)
    tag = re.search(rf'<script src="[^"]*{re.escape(ours)}[^"]*"></script>', mine)
    assert tag is not None
    assert " ".join((mine[: tag.start()] + mine[tag.end() :]).split()) == " ".join(theirs.split())
    assert f"pydata-sphinx-theme {pydata_sphinx_theme.__version__}'s {name}, block {block}" in " ".join(
        template.split()
    )


def test_search_results_name_the_page_as_its_title_does(site: SphinxTestApp) -> None:
    """A search result for an edition's page is the page's title, "Schedule · ML for Systems @
    NeurIPS 2024", not "Schedule" once per edition (a search for a speaker listed four
    "Schedule" and four "Changelog" results that only their links told apart)."""
    index = (Path(site.outdir) / "searchindex.js").read_text("utf-8")
    found = json.loads(index.removeprefix("Search.setIndex(").removesuffix(")"))
    titles = dict(zip(found["docnames"], found["titles"], strict=True))
    for page in ("neurips2024/schedule", "neurips2023/changelog", "neurips2024/index", "neurips2025/index"):
        assert titles[page] == soup(site, page).title.get_text(), page
    # a page whose heading is its own keeps it (listed once by a search for its heading)
    assert titles["people/jeff-dean"] == soup(site, "people/jeff-dean").h1.get_text().rstrip("#")
    assert titles["package/guide"] == "User guide"
    # every page a search can list has a title of its own: the root, the newest edition's home
    # again, is no result (its own page is)
    assert titles["index"] == ""
    shown = [title for doc, title in titles.items() if doc not in ("genindex", "search") and title]
    assert len(set(shown)) == len(shown)


def test_the_root_is_the_newest_home_again_pointing_to_its_own_page(site: SphinxTestApp) -> None:
    """The root shows the newest edition's home, which has a page of its own: a search for a
    keynote speaker listed it twice (the root and /neurips2025/), both named themselves as the
    canonical URL and the sitemap listed both. The root now names the edition's page, and is
    in neither the sitemap nor the search's index; its content and URL stay."""
    out = Path(site.outdir)
    root, own = soup(site, "index"), soup(site, "neurips2025/index")
    canonical = "https://mlforsystems.org/neurips2025/index.html"
    assert root.find("link", rel="canonical")["href"] == canonical
    assert own.find("link", rel="canonical")["href"] == canonical
    assert soup(site, "neurips2024/index").find("link", rel="canonical")["href"] == (
        "https://mlforsystems.org/neurips2024/index.html"
    )
    assert root.find("article").find("h1").get_text() == own.find("article").find("h1").get_text()
    sitemap = (out / "sitemap.xml").read_text("utf-8")
    locs = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    assert canonical in locs and "https://mlforsystems.org/neurips2024/index.html" in locs
    assert "https://mlforsystems.org/index.html" not in locs
    text = (out / "searchindex.js").read_text("utf-8")
    index = json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))
    number = index["docnames"].index("index")
    homes = [page for page, _, _ in search_results(index, "jeff")]  # a keynote speaker of every edition
    assert "neurips2025/index" in homes and "index" not in homes
    found = [
        word
        for table in (index["terms"], index["titleterms"])
        for word, docs in table.items()
        if number in ([docs] if isinstance(docs, int) else docs)
    ]
    assert found == []
    assert all(number not in [i for i, _ in where] for where in index["alltitles"].values())


def search_results(index: dict[str, Any], query: str) -> list[tuple[str, str, str]]:
    """What Sphinx 9's searchtools.js lists for a one-word ``query``: ``(page, title, anchor)``
    of each heading holding it (a heading whose page's title is another shows as "title >
    heading") and of each page with the word, stemmed, in its title (the index's
    ``titleterms``), less the duplicates (the same page, title and anchor)."""
    from sphinx.search.en import SearchEnglish

    docs, titles, q = index["docnames"], index["titles"], query.lower()
    stem = SearchEnglish({}).stem(q)
    found = [
        (docs[i], titles[i] if titles[i] == heading else f"{titles[i]} > {heading}", f"#{anchor}" if anchor else "")
        for heading, where in index["alltitles"].items()
        if q in heading.lower() and len(q) >= len(heading) / 2
        for i, anchor in where
    ]
    titled = index["titleterms"].get(stem, [])  # a page's number, or a list of them
    found += [(docs[i], titles[i], "") for i in ([titled] if isinstance(titled, int) else titled)]
    return list(dict.fromkeys(found))


def test_a_search_lists_each_page_once_by_its_title(site: SphinxTestApp) -> None:
    """A search for "schedule" lists each edition's schedule once, named by its title: the
    index knew its heading "Schedule" apart from its title "Schedule · ML for Systems @ NeurIPS
    2024", and the results listed both ("… > Schedule" and the title)."""
    text = (Path(site.outdir) / "searchindex.js").read_text("utf-8")
    index = json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))
    results = search_results(index, "schedule")
    pages = [page for page, _, _ in results]
    assert sorted(pages) == sorted(f"{e}/schedule" for e in ("neurips2023", "neurips2024", "neurips2025"))
    assert {(page, title) for page, title, _ in results} == {
        (page, soup(site, page).title.get_text()) for page in pages
    }
    # a person page, whose title is its heading, is listed once too
    assert [title for page, title, _ in search_results(index, "jeff") if page.startswith("people/")] == ["Jeff Dean"]


def test_every_page_leads_to_the_people_of_every_edition(site: SphinxTestApp) -> None:
    """The index of everyone is at the end of the editions bar, on every kind of page (no
    edition's page linked to it: a person's page led nowhere but to their editions), marked on
    the index itself and on a person's page."""
    out = Path(site.outdir)
    for page, marked in (
        ("index", None),
        ("neurips2024/schedule", None),
        ("package/guide", None),
        ("people/index", "page"),
        ("people/jeff-dean", "true"),
    ):
        links = soup(site, page).select("nav.wd-across a")
        assert [a.get_text() for a in links] == ["People"], page
        href = links[0]["href"]  # "#" on the index itself, as Sphinx links a page to itself
        target = out / f"{page}.html" if href == "#" else (out / page).parent / href
        assert target.resolve() == (out / "people" / "index.html").resolve(), page
        assert links[0].get("aria-current") == marked, page
        assert ("wd-current" in links[0].get("class", [])) == (marked is not None), page


def test_editions_bar_on_every_page_marks_the_current_one(site: SphinxTestApp) -> None:
    for page, current in (("neurips2024/schedule", "NeurIPS 2024"), ("index", "NeurIPS 2025"), ("package/guide", None)):
        bar = soup(site, page).select_one("nav.wd-editions")
        assert [a.get_text() for a in bar.select("a")] == ["NeurIPS 2023", "NeurIPS 2024", "NeurIPS 2025"]
        marked = [a.get_text() for a in bar.select("a.wd-current")]
        assert marked == ([current] if current else [])
    links = {a.get_text(): a["href"] for a in soup(site, "neurips2023/data").select("nav.wd-editions a")}
    assert links == {
        "NeurIPS 2023": "index.html",
        "NeurIPS 2024": "../neurips2024/index.html",
        "NeurIPS 2025": "../index.html",
    }


def test_top_bar_is_the_editions_pages_and_the_package_has_its_own(site: SphinxTestApp) -> None:
    edition = [a.get_text() for a in soup(site, "neurips2024/schedule").select(".navbar-header-items__center a")]
    assert edition == ["Home", "Schedule", "Papers", "Call for papers", "Changelog", "Data"]
    current = soup(site, "neurips2024/schedule").select(".navbar-header-items__center a[aria-current=page]")
    assert [a.get_text() for a in current] == ["Schedule"]
    assert not any("API" in a or "guide" in a.lower() for a in edition)
    package = [a.get_text() for a in soup(site, "package/guide").select(".navbar-header-items__center a")]
    assert package == ["Overview", "User guide"]
    # the package documentation keeps its own table of contents in the sidebar
    assert soup(site, "package/guide").select(".bd-sidebar-primary nav a")


def test_a_page_of_no_edition_names_the_edition_its_top_bar_leads_to(site: SphinxTestApp) -> None:
    """A person's page, the people index and the search page belong to no edition; their top bar
    is the newest edition's, and it read "Home · Schedule · Call for papers…" without saying
    whose: its first link names the edition (to its home), as the editions bar does.
    An edition's own pages (the root too) keep "Home": their heading names the edition."""
    for page, up in (("people/jeff-dean", "../"), ("people/index", "../"), ("search", "")):
        links = soup(site, page).select(".navbar-header-items__center a")
        assert [a.get_text() for a in links][:2] == ["NeurIPS 2025", "Schedule"], page
        assert [a["href"] for a in links][:2] == [f"{up}neurips2025/index.html", f"{up}neurips2025/schedule.html"]
        assert not soup(site, page).select(".navbar-header-items__center a[aria-current]")
    for page in ("index", "neurips2025/schedule", "neurips2024/index"):
        assert soup(site, page).select(".navbar-header-items__center a")[0].get_text() == "Home", page


def test_home_page_speakers_committees_and_contact(site: SphinxTestApp, data: tuple[Path, list[Release]]) -> None:
    rel = next(r for r in data[1] if r.edition == "neurips2024")
    home = soup(site, "neurips2024/index")
    facts = home.select_one(".wd-banner .wd-facts").get_text()
    assert "Sunday 15 December 2024" in facts and "Vancouver Convention Center, West Room 201" in facts
    speakers = home.select("section.wd-speaker-entry")
    assert len(speakers) == 5
    dean = speakers[0]
    assert dean.find("img")["alt"] == "Photo of Jeff Dean"
    assert dean.find("img")["src"] == "https://mlforsystems.org/assets/images/speakers/jeff-dean.jpg"
    assert dean.select_one(".wd-role").get_text() == "Keynote Speaker"
    role_line = dean.select_one(".wd-role-line").get_text()
    assert "\u00a0· " in role_line and " ·" not in role_line  # no line begins with a dot
    assert dean.select_one(".wd-talk-title").get_text() == "A talk by Jeff Dean"
    assert [p.get_text() for p in dean.select(".wd-bio")] == [
        "Jeff Dean works on systems (NeurIPS 2024).",
        "A second paragraph of the bio.",
    ]
    assert dean.find("a", class_="wd-person")["href"] == "../people/jeff-dean.html"
    committees = {s.find(["h3", "h2"]).get_text(strip=True).rstrip("#"): s for s in home.select("section.wd-committee")}
    assert list(committees) == ["Organizing Committee", "Steering Committee"]
    members = [a.get_text() for a in committees["Organizing Committee"].select("a.wd-person")]
    assert members == ["Mimee Xu", "Dan Zhang"]
    assert committees["Steering Committee"].find("a", class_="wd-profile")["href"] == "https://twitter.com/martin_maas"
    mails = [unquote(a["href"]) for a in home.select("a[href^='mailto:']")]
    assert mails == [f"mailto:{rel.workshop.contact_email}"]
    # every image of every page has an alternative text
    for page in Path(site.outdir).rglob("*.html"):
        for img in BeautifulSoup(page.read_text("utf-8"), "html.parser").find_all("img"):
            assert img.get("alt"), (page, img)


def test_a_schedule_page_says_where_the_workshop_is(site: SphinxTestApp) -> None:
    """The old site printed its description ("…, December 15, Vancouver Convention Center, West
    Room 201") above every page; ours gave the room on the home page alone, so the page an
    attendee keeps open on the day, or prints (the editions bar and the header are not printed),
    named no room. Its first line is the home's: the day, venue and room, the conference, and
    nothing of the home's banner else (description, notes)."""
    page = soup(site, "neurips2024/schedule")
    first = page.select_one("article h1").find_next("p")  # the first paragraph under the heading
    assert "wd-facts" in first.get("class", ()), first
    said = first.get_text()
    assert said.startswith("Sunday 15 December 2024") and "Vancouver Convention Center, West Room 201" in said
    assert said.endswith("at NeurIPS 2024")
    assert not page.select(".wd-banner, .wd-description")
    home = soup(site, "neurips2024/index").select_one(".wd-banner .wd-facts")
    assert home is not None and home.get_text() == said


@pytest.mark.parametrize("page", ["schedule", "accepted_papers"])
def test_a_schedule_and_a_papers_page_end_with_the_contact_as_the_old_sites_did(
    site: SphinxTestApp, data: tuple[Path, list[Release]], page: str
) -> None:
    """The old site ended its schedule and accepted papers pages with "Contact Us" and the
    address (NeurIPS 2018 to 2020, ISCA 2019, 2023 to 2025); ours gave it on the home page and
    the call for papers alone."""
    rel = next(r for r in data[1] if r.edition == "neurips2024")
    sections = soup(site, f"neurips2024/{page}").select("article section")
    last = sections[-1]
    assert last.find("h2").get_text(strip=True).rstrip("#") == "Contact"
    assert [unquote(a["href"]) for a in last.select("a[href^='mailto:']")] == [f"mailto:{rel.workshop.contact_email}"]


def test_a_speaker_the_home_gives_no_talk_shows_the_schedules(tmp_path: Path) -> None:
    """NeurIPS 2018's home printed Jeff Dean's keynote without a title, its schedule "Keynote
    Speaker: Jeff Dean / Machine Learning for Systems": the home showed a title under every
    invited speaker and none under the keynote. The schedule's title is shown, linked to its row;
    a speaker whose slot has no title (Tim Kraska's retrospective here) still shows none."""
    data = tmp_path / "data"
    newest = write_site_data(data)[-1]
    untitled = tuple(dataclasses.replace(r, talk_title="", talk_abstract="") for r in newest.roles)
    # (later() gives the first slot, the keynote, this title)
    write_release(later(dataclasses.replace(newest, roles=untitled), 3, "Machine Learning for Systems"), data)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    entries = soup(app, f"{newest.edition}/index").select(".wd-speaker-entry")
    speakers = {s.select_one("a.wd-person").get_text(): s for s in entries}
    titles = {name: [p.get_text() for p in s.select(".wd-talk-title")] for name, s in speakers.items()}
    assert titles == {
        "Jeff Dean": ["Machine Learning for Systems"],
        "Natasha Jacques": ["Multi-Agent Reinforcement Learning for Systems"],
        "Richard Ho": ["Navigating Scaling and Efficiency Challenges of ML Systems"],
        "Tim Kraska": [],
        "Ahmed El-Kishky": ["OpenAI's o1 Competing on IOI"],
    }
    assert speakers["Jeff Dean"].select_one(".wd-talk-title a")["href"] == "schedule.html#keynote-jeff-dean"


def test_profile_links_say_whose_they_are_alike_on_every_page(site: SphinxTestApp) -> None:
    """A profile link reads as the old site wrote it, and alike on a committee list and the
    person's page: a Twitter link by its handle, a LinkedIn link "LinkedIn", named with the
    person's name (they read "Twitter" and "LinkedIn", the same for everyone)."""
    home = soup(site, "neurips2024/index")
    shown = {a["href"]: (a.get_text(), a.get("aria-label")) for a in home.select("section.wd-committee a.wd-profile")}
    assert shown == {
        "https://twitter.com/MimeeXu": ("@MimeeXu", "@MimeeXu on Twitter"),
        "https://www.linkedin.com/in/danzhang3": ("LinkedIn", "LinkedIn profile of Dan Zhang"),
        "https://twitter.com/martin_maas": ("@martin_maas", "@martin_maas on Twitter"),
    }
    pages = {"mimee-xu": "MimeeXu", "dan-zhang": "danzhang3", "martin-maas": "martin_maas"}
    for person, handle in pages.items():
        links = [
            (a["href"], (a.get_text(), a.get("aria-label")))
            for a in soup(site, f"people/{person}").select("a.wd-profile")
        ]
        assert links == [(url, label) for url, label in shown.items() if url.endswith(f"/{handle}")], person


def test_a_bio_links_its_words_and_a_profile_link_shows_the_words_printed(tmp_path: Path) -> None:
    """NeurIPS 2024's home page linked the words "Social RL Lab" in Natasha Jaques' bio
    (``text_links`` of ``people.bio``, schema 2.9.0) and its committees printed "@DivyaMahajn" for
    ``twitter.com/divyamahajn`` (``people.link_labels``): the site showed the bio as plain words and
    "@divyamahajn", made from the URL. The home page and the person page link the bio's words and
    show a link's words as printed, named as before; a link printed with no words of its own keeps
    the words made from its URL."""
    data = tmp_path / "data"
    newest = write_site_data(data)[-1]
    bio = "Natasha Jacques leads the Social RL Lab. She is also at Google DeepMind."
    lab = "https://socialrl.cs.washington.edu/"
    printed = {"mimee-xu": ("@MIMEEXU",), "dan-zhang": ("@LinkedIn",)}  # martin-maas: none printed
    people = tuple(
        dataclasses.replace(p, bio=bio)
        if p.person_id == "natasha-jacques"
        else dataclasses.replace(p, link_labels=printed.get(p.person_id, ()))
        for p in newest.people
    )
    linked = TextLink("people", "natasha-jacques", "bio", 1, bio.index("Social") + 1, "Social RL Lab", lab)
    write_release(later(dataclasses.replace(newest, people=people, text_links=(linked,)), 3, "Keynote"), data)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    home = soup(app, f"{newest.edition}/index")
    entry = next(
        s for s in home.select(".wd-speaker-entry") if s.select_one("a.wd-person").get_text() == "Natasha Jacques"
    )
    [para] = entry.select(".wd-bio")
    assert para.get_text() == bio
    assert [(a.get_text(), a["href"]) for a in para.select("a.wd-text-link")] == [("Social RL Lab", lab)]
    page = soup(app, "people/natasha-jacques")
    [para] = page.select(".wd-bio")
    assert [(a.get_text(), a["href"]) for a in para.select("a.wd-text-link")] == [("Social RL Lab", lab)]
    shown = {a["href"]: (a.get_text(), a.get("aria-label")) for a in home.select("section.wd-committee a.wd-profile")}
    assert shown == {
        "https://twitter.com/MimeeXu": ("@MIMEEXU", "@MIMEEXU on Twitter"),
        "https://www.linkedin.com/in/danzhang3": ("@LinkedIn", "@LinkedIn, LinkedIn profile of Dan Zhang"),
        "https://twitter.com/martin_maas": ("@martin_maas", "@martin_maas on Twitter"),
    }
    mimee = [(a.get_text(), a.get("aria-label")) for a in soup(app, "people/mimee-xu").select("a.wd-profile")]
    assert mimee == [("@MIMEEXU", "@MIMEEXU on Twitter")]


def test_papers_page(site: SphinxTestApp, data: tuple[Path, list[Release]]) -> None:
    rel = next(r for r in data[1] if r.edition == "neurips2024")
    page = soup(site, "neurips2024/accepted_papers")
    blocks = page.select("div.wd-paper")
    assert [b["id"] for b in blocks] == [f"paper-{p.paper_id}" for p in rel.papers]
    first = blocks[0]
    assert first.select_one(".wd-paper-title strong").get_text() == rel.papers[0].title
    names = [a.get_text() for a in first.select(".wd-authors a.wd-person")]
    assert names == [a.name for a in rel.authors if a.paper_id == rel.papers[0].paper_id]
    assert first.select_one(".wd-authors").get_text().startswith(f"{names[0]}*")  # equal contribution
    assert [b.get_text() for b in first.select(".wd-badge")] == ["Best Paper Award", "poster"]
    details = first.find("details")
    assert details.find("summary").get_text() == "Abstract"
    assert rel.papers[0].abstract in details.get_text()
    # the PDF, then the paper's other links by what they are (a second poster image told apart),
    # each named with the paper for a reader of links out of context
    line = first.select_one("p.wd-paper-links")
    words = ["PDF", "OpenReview", "Poster", "Poster (2)"]
    urls = [rel.papers[0].pdf_url, *(m.url for m in rel.paper_materials)]
    name = [f"{word} of “{rel.papers[0].title}”" for word in words]
    assert [(a.get_text(), a["href"], a["aria-label"], a["title"]) for a in line.find_all("a")] == list(
        zip(words, urls, name, name, strict=True)
    )
    assert line.get_text() == "PDF\u00a0· OpenReview\u00a0· Poster\u00a0· Poster (2)"
    assert not blocks[1].select("a.wd-paper-link") and blocks[1].select_one("a.wd-pdf")
    box = page.select_one("p.wd-filter")
    assert box.has_attr("hidden") and box.find("input", attrs={"type": "search"})["data-items"] == ".wd-paper"
    assert page.find("label", attrs={"for": "wd-paper-filter"})


def test_a_keynote_role_without_a_title_is_one_line_with_its_keynote(built_site: Path) -> None:
    """NeurIPS 2018's home page gives Jeff Dean one role, "Keynote Speaker", with no talk title
    (its index.md at its last version); its schedule his keynote, "Keynote Speaker: Jeff Dean",
    titled "Machine Learning for Systems", and the panel. His page had two role lines for the one
    talk: "Keynote speaker" and "Keynote Speaker: Machine Learning for Systems". His 2019 talk,
    an invited slot under a keynote role, stays two lines: the site printed both."""
    page = lxml.html.fromstring((built_site / "people" / "jeff-dean.html").read_bytes())

    def lines(edition: str) -> list[str]:
        items = page.xpath(f"//section[@id='at-{edition}']//ul[contains(@class, 'wd-activities')]/li")
        return [" ".join(li.text_content().split()) for li in items]

    keynote, panel = lines("neurips2018")
    assert keynote.startswith("Keynote speaker: Machine Learning for Systems · Keynote Speaker in the schedule")
    assert panel.startswith("Panel Discussion")
    links = page.xpath("//section[@id='at-neurips2018']//li[1]//a/@href")
    assert links[:2] == ["../neurips2018/index.html#role-1", "../neurips2018/schedule.html#invited-speaker-6"]
    assert [line.split(" ·")[0] for line in lines("neurips2019")] == ["Keynote speaker", "Invited Speaker"]


def test_song_hans_abstract_links_its_four_works_on_the_2018_home_page(built_site: Path) -> None:
    """The links inside an abstract (``text_links``) are links on the page, as the old site's were."""
    page = lxml.html.fromstring((built_site / "neurips2018" / "index.html").read_bytes())
    links = [(a.text_content(), a.get("href")) for a in page.xpath("//a[contains(@class, 'wd-text-link')]")]
    assert links == [
        ("AMC", "https://arxiv.org/pdf/1802.03494.pdf"),
        ("HAQ", "https://arxiv.org/pdf/1811.08886.pdf"),
        ("ProxylessNAS", "https://openreview.net/pdf?id=HylVB3AqYm"),
        ("TSM", "https://hanlab.mit.edu/projects/tsm/"),
    ]


def test_a_link_inside_a_text_is_made_only_of_its_words_and_a_web_url() -> None:
    """A link row whose words are not the text's there, or whose URL is not http(s)/mailto, stays
    words; the text is never read as markup."""
    text = "See <b>AMC</b> and HAQ."

    def link(start: int, words: str, url: str) -> TextLink:
        return TextLink("roles", "1", "talk_abstract", 1, start, words, url)

    shown = linked_words(text, [link(5, "<b>AMC</b>", "javascript:alert(1)"), link(20, "HAQ", "https://h/")])
    assert [type(n).__name__ for n in shown] == ["Text", "reference", "Text"]
    assert shown[0].astext() == "See <b>AMC</b> and " and shown[1]["refuri"] == "https://h/"
    assert [n.astext() for n in linked_words(text, [link(20, "HAQ", "file:///etc/passwd")])] == [text]
    assert [n.astext() for n in linked_words(text, [link(19, "HAQ", "https://h/")])] == [text]  # not its words


def test_a_person_page_gives_each_talk_its_day_and_time(built_site: Path) -> None:
    """A person's page gave no time for a talk. Each slot or talk they give now has its day and
    time at the venue as the schedule shows them (``<time>`` elements that the page's zone
    switch rewrites), linked to its schedule row: Jeff Dean's NeurIPS 2018 keynote at 16:25 to
    16:50 in Montréal (America/Toronto, EST) on Saturday 8 December; Wenda Zhou's NeurIPS 2022 spotlight at its
    own printed time, 10:55 to 11:05 in New Orleans (CST), not its block's 10:50; Anima
    Anandkumar's NeurIPS 2021 invited talk, which the page gives no time, "time unknown"."""

    def line(person: str, edition: str, index: int = 0) -> Any:
        page = lxml.html.fromstring((built_site / "people" / f"{person}.html").read_bytes())
        section = page.xpath(f"//section[@id='at-{edition}']")[0]
        item = section.xpath(".//ul[contains(@class, 'wd-activities')]/li")[index]
        return section, item

    section, keynote = line("jeff-dean", "neurips2018")
    when = keynote.xpath(".//a[contains(@class, 'wd-when')]")[0]
    assert when.get("href") == "../neurips2018/schedule.html#invited-speaker-6"
    # its end is the next slot's start (end_derived): marked, and said so to a screen reader
    assert " ".join(when.text_content().split()) == "Sat 08 Dec 16:25–16:50 (ends when the next slot starts)"
    assert len(when.xpath(".//span[@class='wd-derived']")) == 1
    assert when.xpath(".//time/@datetime") == ["2018-12-08T16:25:00-05:00", "2018-12-08T16:50:00-05:00"]
    assert len(section.xpath("//button[contains(@class, 'wd-tz-switch')]")) == 1  # the page's one
    _, spotlight = line("wenda-zhou", "neurips2022")
    times = spotlight.xpath(".//a[contains(@class, 'wd-when')]//time/@datetime")
    assert times == ["2022-12-03T10:55:00-06:00", "2022-12-03T11:05:00-06:00"]
    _, unknown = line("anima-anandkumar", "neurips2021")
    assert unknown.text_content().endswith(" · time unknown") and not unknown.xpath(".//time")


def test_the_package_index_is_named_once_in_its_title(built_site: Path) -> None:
    """The package documentation's index, headed "The workshop_data package", was titled "The
    workshop_data package · the workshop_data package" in the browser's tab, its bookmarks and
    the search's results; its other pages keep "… · the workshop_data package"."""

    def title(page: str) -> str:
        return str(lxml.html.fromstring((built_site / page).read_bytes()).findtext(".//title"))

    assert title("package/index.html") == "The workshop_data package"
    assert title("package/api.html") == "API reference · the workshop_data package"


def test_the_schedules_speakers_list_says_a_start_not_printed_is_the_times(built_site: Path) -> None:
    """NeurIPS 2021's schedule page printed "TBD" for its six invited talks. The speakers list
    under our schedule read "unknown Invited Speaker 1" (as if the speaker were unknown); it
    reads "time unknown Invited Speaker 1", as a person's page does, and the column of times
    "unknown" under its heading; the opening's known time stays a ``<time>``."""
    page = lxml.html.fromstring((built_site / "neurips2021" / "schedule.html").read_bytes())
    items = page.xpath("//dl[contains(@class, 'wd-speakers')]//li")
    lines = [" ".join(li.text_content().split()) for li in items]
    assert lines == [f"time unknown Invited Speaker {n}" for n in range(1, 7)]
    assert not page.xpath("//dl[contains(@class, 'wd-speakers')]//time")
    cells = page.xpath("//tr[contains(@class, 'wd-kind-invited')]/td[1]")
    assert [c.text_content().strip() for c in cells] == ["unknown"] * 6
    assert page.xpath("//tr[@id='opening-remarks']//time/@datetime") == ["2021-12-13T09:00:00-08:00"]


def test_a_person_page_has_one_time_zone_note_for_every_edition(built_site: Path) -> None:
    """Jeff Dean's page read "Times are in …, the venue's time zone." and its switch in each of
    its four editions' sections, though the switch rewrites every time of the page. It has one
    note and one switch, above the first edition, naming each venue's zone (the offset of that
    edition's first time) with the editions at it, oldest venue last as the sections are; the
    switch names no one venue (``data-venue-tz`` empty: the script's "Show each venue's time")
    nor does the menu. Every time stays a ``<time>`` the switch rewrites. A person of one
    edition reads the schedule's note ("the venue's time zone")."""
    page = lxml.html.fromstring((built_site / "people" / "jeff-dean.html").read_bytes())
    notes = page.xpath("//p[contains(@class, 'wd-tz-note')]")
    assert len(notes) == 1
    assert notes[0].xpath("following::section[1]/@id") == ["at-neurips2024"]
    assert not notes[0].xpath("ancestor::section[starts-with(@id, 'at-')]")
    assert " ".join(notes[0].xpath(".//span[contains(@class, 'wd-tz-label')]")[0].text_content().split()) == (
        "the time zone of each edition’s venue: America/Vancouver (UTC-08:00) at NeurIPS 2024 and NeurIPS 2019;"
        " America/Chicago (UTC-06:00) at NeurIPS 2022; America/Toronto (UTC-05:00) at NeurIPS 2018."
    )
    assert page.xpath("//button[contains(@class, 'wd-tz-switch')]/@data-venue-tz") == [""]
    assert page.xpath("//select[contains(@class, 'wd-tz-select')]/option/text()") == ["each venue’s own"]
    times = page.xpath(
        "//section[starts-with(@id, 'at-')]//a[contains(@class, 'wd-when')]//time[contains(@class, 'wd-time')]"
    )
    assert len(times) == 12 and times[0].get("datetime") == "2024-12-15T08:20:00-08:00"
    one = lxml.html.fromstring((built_site / "people" / "wenda-zhou.html").read_bytes())
    label = one.xpath("//p[contains(@class, 'wd-tz-note')]//span[contains(@class, 'wd-tz-label')]")
    assert [" ".join(x.text_content().split()) for x in label] == [
        "America/Chicago (UTC-06:00), the venue’s time zone."
    ]
    assert one.xpath("//button[contains(@class, 'wd-tz-switch')]/@data-venue-tz") == ["America/Chicago"]


def test_a_talk_of_a_block_without_a_time_of_its_own_is_shown_during_its_block(tmp_path: Path) -> None:
    """A talk given inside a block (a slot of several talks) whose own time the page does not
    print was shown with the block's time as its own: Ada Lovelace's page read "Talk: Don't
    Transform the Code… · Sun 15 Dec 10:50–11:10", the schedule's speakers list "10:50
    Contributed Talks: Don't Transform…", as a spotlight with its own printed time reads. Her page
    says which block the talk is in (its heading, linked to its row) and words the block's time as
    the block's ("during …"), as the speakers list does; the times stay switchable ``<time>``s."""
    data = tmp_path / "data"
    rel = next(r for r in write_site_data(data, FEW_EDITIONS) if r.edition == "neurips2024")
    talk = "dont-transform-the-code-code"
    talks = tuple(dataclasses.replace(t, speakers=("ada-lovelace",)) if t.talk_id == talk else t for t in rel.talks)
    write_release(later(dataclasses.replace(rel, talks=talks), 3, rel.slots[0].title), data)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    title = "Don't Transform the Code, Code the Transforms: Towards Precise Code Rewriting using LLMs"
    lines = soup(app, "people/ada-lovelace").select("section#at-neurips2024 ul.wd-activities > li")
    line = next(li for li in lines if title in li.get_text())
    # the block's end is the next slot's start (end_derived), said so to a screen reader
    assert " ".join(line.get_text().split()) == (
        f"Talk in Contributed Talks: {title} · during Sun 15 Dec 10:50–11:10 (ends when the next slot starts)"
    )
    assert [a["href"] for a in line.find_all("a")] == ["../neurips2024/schedule.html#contributed-talks"] * 2
    values = ["2024-12-15T10:50:00-08:00", "2024-12-15T11:10:00-08:00"]
    assert [t["datetime"] for t in line.select("a.wd-when time.wd-time")] == values
    schedule = soup(app, "neurips2024/schedule")
    entry = schedule.select_one(".wd-speakers dt:has(a[href$='ada-lovelace.html']) + dd")
    assert " ".join(entry.get_text().split()) == (
        f"during 10:50–11:10 (ends when the next slot starts) Contributed Talks: {title}"
    )
    assert [t["datetime"] for t in entry.select("time.wd-time")] == values


def test_a_time_range_whose_end_is_not_known_reads_from_its_start(site: SphinxTestApp) -> None:
    """NeurIPS 2024's panel starts at 16:00, its end not given: the schedule read "16:00–unknown"
    and a panelist's page "Sun 15 Dec 16:00" (an instant, not a range). Every page renders a
    range one way (:func:`~workshop_data.sphinxext.markup.time_range`): "from 16:00", a block's
    "during the block from 10:40"; a known range stays "16:25–16:50"."""
    lines = soup(site, "people/tim-kraska").select("section#at-neurips2024 ul.wd-activities > li")
    panel = next(li for li in lines if li.get_text().startswith("Panel"))
    assert panel.get_text().endswith(" · from\xa0Sun 15 Dec 16:00")
    assert [t["datetime"] for t in panel.select("time.wd-time")] == ["2024-12-15T16:00:00-08:00"]
    start = dt.datetime(2024, 12, 15, 10, 40, tzinfo=ZoneInfo("America/Vancouver"))
    end = start + dt.timedelta(minutes=80)

    def text(pieces: list[Any]) -> str:
        return "".join(n.astext() for n in markup.to_nodes(pieces))

    assert text(markup.time_range(start, None)) == "from\xa010:40"
    assert text(markup.time_range(start, end)) == "10:40–12:00"
    assert text(markup.time_range(start, end, dated=True)) == "Sun 15 Dec 10:40–12:00"
    assert text(markup.time_range(None, None)) == "unknown"
    assert text(markup.during(start, end)) == "during 10:40–12:00"
    assert text(markup.during(start, None)) == "during the block from\xa010:40"


def test_person_page_gathers_every_edition(site: SphinxTestApp) -> None:
    page = soup(site, "people/jeff-dean")
    sections = page.select("section[id^=at-]")
    assert [s["id"] for s in sections] == ["at-neurips2025", "at-neurips2024", "at-neurips2023"]
    hrefs = [a["href"] for a in sections[1].select(".wd-activities a")]
    assert hrefs[0] == "../neurips2024/index.html#role-1"
    assert "../neurips2024/schedule.html#keynote-jeff-dean" in hrefs
    author = soup(site, "people/ada-lovelace")
    assert any("accepted_papers.html#paper-" in a["href"] for a in author.select(".wd-activities a"))
    assert soup(site, "people/index").find("a", href="jeff-dean.html")


def test_schedule_shows_start_and_end_day_rows_and_calendars_for_talks_only(
    site: SphinxTestApp, data: tuple[Path, list[Release]]
) -> None:
    page = soup(site, "neurips2024/schedule")
    rows = page.select("table.wd-schedule tbody tr")
    assert "wd-day-row" in rows[0]["class"] and rows[0].get_text(strip=True) == "Sunday 15 December 2024"
    slots = {r["id"]: r for r in rows if r.get("id")}
    keynote = slots["keynote-jeff-dean"]
    assert [t["datetime"] for t in keynote.select("td")[0].find_all("time")] == [
        "2024-12-15T08:20:00-08:00",
        "2024-12-15T09:15:00-08:00",
    ]
    assert keynote.select_one("a.wd-ics") is not None
    for plain in ("coffee-break", "lunch-break", "poster-session-1"):
        assert slots[plain].select_one("a.wd-ics") is None
    # the panel's end is not given: "from 16:00" (it read "16:00–unknown"), one <time> only (no
    # value is invented), no word standing where a time would, nothing hidden for a screen reader
    panel = slots["panel"].select("td")[0].select_one("p.wd-when")
    assert panel.get_text() == "from\xa016:00"
    assert [t["datetime"] for t in panel.find_all("time")] == ["2024-12-15T16:00:00-08:00"]
    assert panel.select(".wd-until, .wd-unknown-time, [aria-label], [aria-hidden]") == []
    # each slot's calendar link is named by what it adds (on a phone it shows ".ics" only): the
    # two "Contributed Talks" blocks apart by their start
    names = {
        row_id: row.select_one("a.wd-ics")["aria-label"] for row_id, row in slots.items() if row.select_one("a.wd-ics")
    }
    assert len(set(names.values())) == len(names) > 5
    title = next(
        s.title for r in data[1] if r.edition == "neurips2024" for s in r.slots if s.slot_id == "keynote-jeff-dean"
    )
    assert names["keynote-jeff-dean"] == f"add to calendar, .ics: Keynote: Jeff Dean — {title}, 08:20 PST"
    assert names["contributed-talks"] == "add to calendar, .ics: Contributed Talks, 10:50 PST"
    assert names["contributed-talks-2"] == "add to calendar, .ics: Contributed Talks, 14:20 PST"
    # the whole day: one link at the top, the same file as the downloads' iCalendar
    day = page.select_one("p.wd-calendar a.wd-day-ics")
    assert page.select("a.wd-day-ics") == [day]
    ics = (Path(site.outdir) / "neurips2024" / day["href"]).read_text("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR") and ics.count("BEGIN:VEVENT") == len(slots)


def test_data_page_offers_the_releases_own_files_byte_for_byte(
    site: SphinxTestApp, data: tuple[Path, list[Release]]
) -> None:
    rel = next(r for r in data[1] if r.edition == "neurips2024")
    folder = data[0] / "neurips2024" / rel.name
    page = soup(site, "neurips2024/data")
    links = {a.get_text(): a["href"] for a in page.select("ul.wd-release-files a")}
    assert set(links) == {p.name for p in folder.iterdir()}
    for name, href in links.items():
        assert (Path(site.outdir) / "neurips2024" / href).read_bytes() == (folder / name).read_bytes(), name
    assert page.select("ul.wd-downloads a")


def test_the_data_page_says_the_csv_guard_in_a_readers_words(
    site: SphinxTestApp, data: tuple[Path, list[Release]]
) -> None:
    """The CSV's line said the guard in the CLI's words ("after any spaces (a spreadsheet's
    formula)", "where a spreadsheet splitting lines at ; starts a cell"): a reader who downloads
    the file is told what they will see, why, and how to get the text back; and it is so."""
    page = soup(site, "neurips2024/data")
    words = " ".join(page.select_one("#csv-guard").get_text().split())
    assert "a spreadsheet's formula" not in words and "splitting lines" not in words
    assert "A text that a spreadsheet would run as a formula" in words
    assert "=1+1 reads '=1+1" in words and "Delete that ' to get the text" in words
    assert "Numbers such as -5 are left as they are" in words
    rel = next(r for r in data[1] if r.edition == "neurips2024")
    slot = dataclasses.replace(rel.slots[0], title="=1+1", label="-5")
    rows = list(csv.DictReader(io.StringIO(to_csv(dataclasses.replace(rel, slots=(slot, *rel.slots[1:]))))))
    assert (rows[0]["title"], rows[0]["label"]) == ("'=1+1", "-5")
    assert spreadsheet_value(rows[0]["title"]) == "=1+1"


#: The CSV guard's first words, as a reader reads them (:data:`workshop_data.formats.CSV_GUARD_FOR_READERS`).
GUARD_WORDS = "A text that a spreadsheet would run as a formula"


def test_a_data_page_says_the_csv_guard_once_where_the_spreadsheet_copies_are(built_site: Path) -> None:
    """Every data page printed the guard's paragraph twice, a few lines apart: under the
    release's files (their copies for a spreadsheet) and again in its CSV export's line. It is
    said once, with the copies, which every data page has; the CSV export's line links to it."""
    editions = sorted(p.parent.name for p in built_site.glob("*/data.html") if p.parent.name != "package")
    assert len(editions) == 9
    for edition in editions:
        page = lxml.html.fromstring((built_site / edition / "data.html").read_bytes())
        text = " ".join(page.text_content().split())
        assert text.count(GUARD_WORDS) == 1, edition
        (guard,) = page.xpath('//*[@id="csv-guard"]')
        copies = guard.xpath("ancestor::p[1]/following-sibling::ul[1]")
        assert copies and "wd-spreadsheet-files" in copies[0].get("class"), edition
        csv = page.xpath('//ul[contains(@class, "wd-downloads")]/li[.//a[substring(., string-length(.) - 3) = ".csv"]]')
        if csv:  # an edition without slots has no exports
            assert len(csv[0].xpath('.//a[@href="#csv-guard"]')) == 1, edition
            assert " ".join(csv[0].text_content().split()).endswith("Formulas are guarded as said above.")


def test_a_home_tells_the_pages_corrections_with_their_reasons(tmp_path: Path) -> None:
    """A hand-checked correction is shown where the page's own words are (NeurIPS 2019's home
    said "Saturday 14 December 2019" over its description's "December 13th or 14th", and
    nothing said which one stands, or why); the pointer to the importer's code is left out."""
    data = tmp_path / "data"
    newest = write_site_data(data)[-1]
    day = f"{newest.workshop.date:%Y-%m-%d}"
    words = day_text(newest.workshop.date)  # a day as the site shows days, not 2025-12-06
    why = "its later pages print one day (siteimport/facts.py)"
    fixed = Correction("workshop", newest.edition, "date", "December 6 or 7", day, why)
    write_release(later(dataclasses.replace(newest, corrections=(fixed,)), 3, "Keynote"), data)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    for page in (f"{newest.edition}/index", "index"):
        note = soup(app, page).select_one(".wd-banner details.wd-corrections-note")
        assert note is not None, page
        assert note.summary.get_text() == "One correction of the page, checked by hand"
        said = f"The day of {newest.workshop.event_name}: the page printed “December 6 or 7”; the data says {words}"
        assert [li.get_text() for li in note.select("li")] == [f"{said}: its later pages print one day."]
    assert soup(app, "neurips2023/index").select(".wd-corrections-note") == []


def test_a_correction_to_an_unknown_value_says_unknown() -> None:
    """corrections.csv's value is empty where the data says the fact is unknown, and the
    workshop row's key may be empty: the note says "unknown" and names the field alone, not
    "the data says :" or "The date of :"."""
    fixed = Correction("workshop", "", "date", "December 13th or 14th", "", "the pages never settle the day")
    note = corrections_note([fixed], load_release("neurips2019"))
    assert note.astext().splitlines()[-1] == (
        "The day: the page printed “December 13th or 14th”; the data says unknown: the pages never settle the day."
    )


def test_a_corrected_time_is_a_time_the_zone_switch_rewrites() -> None:
    """NeurIPS 2022's corrected closing: the home page said "The start of closing: … the data says
    2022-12-03T16:40:00", the slot's id and the data's value; now the slot as the schedule names
    it and the time as a ``<time>`` at the venue (16:40 in New Orleans), which the switch rewrites."""
    release = load_release("neurips2022")
    note = corrections_note(release.corrections, release)
    line = note.astext().splitlines()[-1]
    assert line.startswith("The start of the slot “Closing”: the page printed “17:40”; the data says 16:40: ")
    assert [t["datetime"] for t in note.findall(wd_time)] == ["2022-12-03T16:40:00-06:00"]


def test_old_root_pages_redirect_to_the_newest_edition(site: SphinxTestApp) -> None:
    out = Path(site.outdir)
    assert redirect_target(out / "schedule.html") == "neurips2025/schedule.html"
    assert resolve(out, "/schedule.html") == out / "neurips2025" / "schedule.html"
    # the newest edition has no call for papers written: its home answers
    assert resolve(out, "/call_for_papers.html") == out / "neurips2025" / "index.html"
    assert resolve(out, "/neurips2023/call_for_papers.html") == out / "neurips2023" / "index.html"
    redirect = (out / "schedule.html").read_text("utf-8")
    assert '<html lang="en">' in redirect and "<title>" in redirect
    # the newest edition has papers: the old URL of the current edition's papers is theirs
    assert resolve(out, "/accepted_papers.html") == out / "neurips2025" / "accepted_papers.html"


def test_a_redirect_names_the_page_it_sends_to(site: SphinxTestApp) -> None:
    """Without JavaScript, a redirect's link said "It is now at neurips2025/schedule.html":
    it names the page by its title, as the page's own <title> (the path stays its href)."""
    out = Path(site.outdir)
    for old, title in (
        ("schedule", "Schedule · ML for Systems @ NeurIPS 2025"),
        ("call_for_papers", "ML for Systems @ NeurIPS 2025"),  # no call written: the edition's home
        ("neurips2023/call_for_papers", "ML for Systems @ NeurIPS 2023"),
    ):
        page = soup(site, old)
        link = page.select_one("main a")
        assert link.get_text() == title, old
        assert link["href"] == redirect_target(out / f"{old}.html"), old
        target = (out / old).parent / link["href"]
        assert BeautifulSoup(target.read_text("utf-8"), "html.parser").title.get_text() == title, old


def test_every_page_declares_a_phones_viewport(site: SphinxTestApp) -> None:
    # without <meta name="viewport"> a phone lays a page out 980 px wide and shrinks it: the
    # redirect pages of the old URLs read 16 px text as ~6 px at 390 px (Chromium, is_mobile)
    out = Path(site.outdir)
    found = [p for p in out.rglob("*.html") if "_static" not in p.relative_to(out).parts]
    assert any(redirect_target(p) for p in found) and (out / "404.html") in found
    for page in found:
        doc = lxml.html.fromstring(page.read_bytes())
        declared = doc.xpath('//head/meta[@name="viewport"]/@content')
        # Sphinx's and the theme's pages declare it more than once, the same each time
        assert {c.replace(" ", "").replace("1.0", "1") for c in declared} == {"width=device-width,initial-scale=1"}, (
            page
        )


def test_the_old_papers_url_lists_the_editions_papers_where_the_newest_has_none(tmp_path: Path) -> None:
    """The old site's /accepted_papers.html was the current edition's papers: sent to the home of
    a newest edition without papers (NeurIPS 2025's), a visitor following an old link found none."""
    data = tmp_path / "data"
    write_site_data(data, (*FEW_EDITIONS[:2], dataclasses.replace(FEW_EDITIONS[2], papers=0)))
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    out = Path(app.outdir)
    assert redirect_target(out / "accepted_papers.html") is None
    page = soup(app, "accepted_papers")
    assert page.title.get_text() == "Accepted papers · ML for Systems"
    main = page.find("main")
    said = " ".join(main.get_text().split())
    assert "The newest edition, ML for Systems @ NeurIPS 2025, lists none." in said
    links = [(a.get_text(), a["href"]) for a in main.select("article li a")]
    assert links == [
        ("ML for Systems @ NeurIPS 2024", "neurips2024/accepted_papers.html"),
        ("ML for Systems @ NeurIPS 2023", "neurips2023/accepted_papers.html"),
    ]
    assert broken_links(out) == []
    # the edition's own old papers URL lands on its home, whose banner says why there are none
    assert resolve(out, "/neurips2025/accepted_papers.html") == out / "neurips2025" / "index.html"
    banner = soup(app, "neurips2025/index").select(".wd-banner .wd-papers-not-listed")
    said_there = [p.get_text() for p in banner]
    # its release was published on 16 November 2025, 20 days before its day: said as of then, not
    # "did not list"; in a visitor's words ("Release 2025-11-16, published before the workshop's
    # day, lists no…" was the package's), the release named last, linked to its changelog entry
    assert said_there == [
        "As of Sunday 16 November 2025, before the workshop’s day, the workshop’s site listed no accepted papers: "
        "their number is not known (release 2025-11-16)."
    ]
    (named,) = banner[0].select("a")
    assert (named.get_text(), named["href"]) == ("release 2025-11-16", "changelog.html#release-2025-11-16")
    changelog = soup(app, "neurips2025/changelog")
    assert changelog.find(id="release-2025-11-16").get_text() == "Release 2025-11-16"
    assert not soup(app, "neurips2024/index").select(".wd-papers-not-listed")
    # papers published for the newest edition: the old URL is theirs again, the page is gone
    base = read_release(Path(__file__).parent.parent / "workshop_data" / "data" / "neurips2024" / "2024-11-20")
    write_release(later(edition_release(base, FEW_EDITIONS[2], 2), 1, "Papers published"), data)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    assert not (tmp_path / "src" / "accepted_papers.md").exists()
    assert resolve(out, "/accepted_papers.html") == out / "neurips2025" / "accepted_papers.html"
    assert not soup(app, "neurips2025/index").select(".wd-papers-not-listed")


def test_a_new_edition_imported_from_its_schedule_page_says_its_release_lists_no_papers(tmp_path: Path) -> None:
    """An organizer's new edition, made as the guide says ("Start a new edition": last year's
    page exported, renamed and redated, then ``workshop-data import``), weeks before its day: a
    schedule, no roles, bios or papers. Its home said in the past tense that the site did not
    list its papers, before the papers were due; it says that this release, published before
    the workshop's day, lists none. The release's schema is named (2.6.0, which records papers):
    a release of 1.0.0, the importer's choice for a page alone, records no papers, and its home
    says nothing of them."""
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS)
    page = tmp_path / "schedule.md"

    def cli(*args: str | Path) -> None:
        cmd = [sys.executable, "-m", "workshop_data", *map(str, args), "--data-dir", str(data)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr

    cli("export", "--format", "jekyll", "--edition", "neurips2025", "-o", page)
    text = page.read_text("utf-8").replace("neurips2025", "neurips2026").replace("NeurIPS 2025", "NeurIPS 2026")
    page.write_text(text.replace("December 06", "December 12"), "utf-8")
    cli("import", page, "--edition", "neurips2026", "--release", "2026-11-20", "--schema-version", "2.6.0")
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    home = soup(app, "neurips2026/index")
    assert home.select_one(".wd-facts strong").get_text() == "Saturday 12 December 2026"
    said = [p.get_text() for p in home.select(".wd-banner .wd-papers-not-listed")]
    assert said == [
        "As of Friday 20 November 2026, before the workshop’s day, the workshop’s site listed no accepted papers: "
        "their number is not known (release 2026-11-20)."
    ]


def test_a_new_edition_announced_before_its_schedule_has_a_schedule_page_saying_there_is_none_yet(
    tmp_path: Path,
) -> None:
    """An edition announced from its home page alone (``workshop-data import --home``, no schedule
    page: README's organizer's path) had no schedule page: the old site's URL
    ``/neurips2026/schedule.html`` was a redirect titled "This page has moved" to the home, which
    said nothing of a schedule. The page is there and says the release lists none yet; once the
    schedule is imported it is the table."""
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS)
    home = tmp_path / "index.md"
    home.write_text(
        "---\ntitle: Announcement\nworkshop_name: neurips2026\ntimezone: America/Los_Angeles\nsite_description: "
        "Workshop on ML for Systems at NeurIPS 2026, December 12, San Diego Convention Center\n---\n"
        "<h2>Organizing Committee</h2>\n<ul><li><b>Ada Byron</b>, Analytical Engines</li></ul>\n",
        "utf-8",
    )

    def cli(*args: str | Path) -> None:
        cmd = [sys.executable, "-m", "workshop_data", *map(str, args), "--data-dir", str(data)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr

    cli("import", "--home", home, "--edition", "neurips2026", "--release", "2026-11-20")
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    out = Path(app.outdir)
    assert redirect_target(out / "neurips2026" / "schedule.html") is None
    page = soup(app, "neurips2026/schedule")
    said = [p.get_text() for p in page.select(".wd-schedule-not-listed")]
    # as the home says the papers: in a visitor's words ("No schedule yet: release 2026-11-20,
    # published before the workshop's day, lists none." was the package's), the release linked
    assert said == [
        "As of Friday 20 November 2026, before the workshop’s day, the workshop’s site gave no schedule yet "
        "(release 2026-11-20)."
    ]
    (named,) = page.select(".wd-schedule-not-listed a")
    assert named["href"] == "changelog.html#release-2026-11-20"
    assert not page.select("table") and not page.select(".wd-day-ics")
    assert page.select_one(".wd-facts strong").get_text() == "Saturday 12 December 2026"
    nav = [a.get_text(" ", strip=True) for a in soup(app, "neurips2026/index").select(".navbar-nav a")]
    assert "Schedule" in nav
    assert broken_links(out) == []
    # the schedule published: the page is its table
    page_md = tmp_path / "schedule.md"
    cli("export", "--format", "jekyll", "--edition", "neurips2025", "-o", page_md)
    text = page_md.read_text("utf-8").replace("neurips2025", "neurips2026").replace("NeurIPS 2025", "NeurIPS 2026")
    # not last year's release (the import refuses a page naming a release neurips2026 does not hold),
    # as the README's organizer's path removes the line
    text = re.sub(r"(?m)^release: .*\n", "", text)
    page_md.write_text(text.replace("December 06", "December 12"), "utf-8")
    cli("import", page_md, "--edition", "neurips2026", "--release", "2026-11-21")
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    page = soup(app, "neurips2026/schedule")
    assert page.select("table.wd-schedule") and not page.select(".wd-schedule-not-listed")


def test_every_internal_link_and_anchor_resolves(site: SphinxTestApp) -> None:
    assert broken_links(Path(site.outdir)) == []


def test_generated_sources_are_written_only_when_they_change(tmp_path: Path) -> None:
    base = read_release(Path(__file__).parent.parent / "workshop_data" / "data" / "neurips2024" / "2024-11-20")
    facts = pages.EditionFacts(
        "neurips2024", "ML for Systems @ NeurIPS 2024", "NeurIPS 2024", "ML for Systems", has_papers=True
    )
    site = pages.SiteData((facts,), (("jeff-dean", "Jeff Dean"),))
    plan = pages.plan(site)
    assert pages.write(tmp_path, plan) == sorted(plan)
    assert pages.write(tmp_path, plan) == []
    # a person gone: their page goes; an edition gone: its folder goes
    other = pages.EditionFacts("neurips2025", "ML for Systems @ NeurIPS 2025", "NeurIPS 2025", "ML for Systems")
    pages.write(tmp_path, pages.plan(pages.SiteData((other,), ())))
    assert not (tmp_path / "neurips2024").exists() and not (tmp_path / "people" / "jeff-dean.md").exists()
    assert (tmp_path / "neurips2025" / "schedule.md").is_file() and base.slots


def test_adding_an_edition_adds_its_pages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS[:2])
    app = build(tmp_path / "src", data)
    assert not (Path(app.outdir) / "neurips2025").exists()  # not in the data: no page, no redirect
    base = read_release(Path(__file__).parent.parent / "workshop_data" / "data" / "neurips2024" / "2024-11-20")
    write_release(edition_release(base, FEW_EDITIONS[2], 2), data)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    for page in EDITION_PAGES:
        assert (Path(app.outdir) / "neurips2025" / f"{page}.html").is_file()
    assert "NeurIPS 2025" in [a.get_text() for a in soup(app, "neurips2023/schedule").select("nav.wd-editions a")]


#: A paragraph of NeurIPS 2024's call for papers naming two other editions' pages, as the real
#: one names six (docs/editions/neurips2024/call_for_papers.md).
OTHER_EDITIONS = (
    "Papers of other editions: [NeurIPS 2023](/neurips2023/accepted_papers.md) and"
    " [NeurIPS 2025](/neurips2025/accepted_papers.md), its {doc}`home <../neurips2025/index>`.\n"
)


#: Labels (MyST targets) in the prose of two other editions, NeurIPS 2023's and 2025's, and a
#: paragraph of NeurIPS 2024's call for papers referring to them as an organizer would.
LABELS = {
    "neurips2023/call_for_papers.md": "(cfp-2023)=\n## The 2023 call\n\nWe invited papers.\n",
    "neurips2025/call_for_papers.md": "(Expect-2025)=\n\n## More in 2025 ##\n\nPosters.\n",
}
TO_LABELS = "Labels of other editions: {ref}`cfp-2023`, {ref}`its call <cfp-2023>`, {ref}`expect-2025`.\n"


def built_with_prose(
    tmp_path: Path, specs: Iterable[Any], prose: str, more: dict[str, str] | None = None
) -> SphinxTestApp:
    """The test site from the editions ``specs``, NeurIPS 2024's call for papers ending with
    ``prose``, and each prose file of ``more`` (under ``editions/``) ending with its text."""
    data = tmp_path / "data"
    write_site_data(data, tuple(specs))
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    for name, text in {"neurips2024/call_for_papers.md": "\n" + prose, **(more or {})}.items():
        path = src / "editions" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((path.read_text("utf-8") if path.exists() else "") + text, "utf-8")
    return build(src, data)


@pytest.mark.parametrize("held", [("neurips2024",), ("neurips2024", "neurips2025")])
def test_a_data_dir_of_some_editions_builds_without_the_others_pages_or_links(
    tmp_path: Path, held: tuple[str, ...]
) -> None:
    """An organizer's data directory with only some editions (README: building from your own
    data): no warning, no page of an edition it does not hold (its prose is no page either, nor
    is a redirect of the old site's URLs: the 404 page answers there), and a kept page's links to
    such an edition are their text, whether they name its page or a label of its prose (a {ref}
    warned "undefined label", and its old URLs redirected to another edition's home); the held
    editions' links stay links."""
    app = built_with_prose(
        tmp_path, [s for s in ALL_EDITIONS if s.name in held], OTHER_EDITIONS + "\n" + TO_LABELS, LABELS
    )
    assert app.warning.getvalue() == ""
    out, src = Path(app.outdir), Path(app.srcdir)
    assert all(f"{e}/index" in app.env.all_docs for e in held)
    for absent in (s.name for s in ALL_EDITIONS if s.name not in held):
        assert not (src / absent).exists()
        assert not [d for d in app.env.all_docs if d.split("/")[0] in (absent, "editions")]
        assert not (out / absent).exists()  # no page and no redirect to a page of another edition
    assert not (out / "editions").exists()
    assert "This site has no page at this address." in (out / "404.html").read_text("utf-8")  # answers there
    paragraphs = [p for p in soup(app, "neurips2024/call_for_papers").select("p") if "other editions" in p.text]
    assert [p.get_text() for p in paragraphs] == [
        "Papers of other editions: NeurIPS 2023 and NeurIPS 2025, its home.",
        "Labels of other editions: The 2023 call, its call, More in 2025.",  # by its heading, as Sphinx shows it
    ]
    links = {a.get_text(): a["href"] for p in paragraphs for a in p.select("a")}
    to_2025 = {
        "NeurIPS 2025": "../neurips2025/accepted_papers.html",
        "home": "../neurips2025/index.html",
        "More in 2025": "../neurips2025/call_for_papers.html#expect-2025",
    }
    assert links == (to_2025 if "neurips2025" in held else {})
    assert broken_links(out) == []


def test_a_label_in_the_newest_editions_home_prose_is_its_home_pages_once(tmp_path: Path) -> None:
    """The root repeats the newest edition's home, its ``what_to_expect.md`` included in both: a
    label an organizer puts there warned "duplicate label" (``make site``, warnings as errors,
    failed); it is the edition's home page's, where a ``{ref}`` to it goes."""
    more = {"neurips2024/what_to_expect.md": "\n(expect-2024)=\n## What 2024 expects\n\nTalks.\n"}
    app = built_with_prose(
        tmp_path, [s for s in ALL_EDITIONS if s.name == "neurips2024"], "See {ref}`expect-2024`.\n", more
    )
    assert app.warning.getvalue() == ""
    assert app.env.domaindata["std"]["labels"]["expect-2024"][0] == "neurips2024/index"
    links = [a for a in soup(app, "neurips2024/call_for_papers").select("p a") if a.get_text() == "What 2024 expects"]
    assert [a["href"] for a in links] == ["index.html#expect-2024"]
    assert soup(app, "index").find(id="expect-2024") is not None  # the root shows the section, its anchor too


def test_a_link_to_a_folder_that_is_no_edition_is_still_a_warning(tmp_path: Path) -> None:
    """Only an edition the site knows of (a prose folder, an edition of the old site) is absent:
    a mistyped link is a broken link, as before."""
    typo = "Papers of [NeurIPS 2032](/neurips2032/accepted_papers.md), its {ref}`call <cfp-2032>`.\n"
    app = built_with_prose(tmp_path, [ALL_EDITIONS[7]], typo, LABELS)
    assert "cross-reference target not found: '/neurips2032/accepted_papers.md'" in app.warning.getvalue()
    assert "undefined label: 'cfp-2032'" in app.warning.getvalue()  # no absent edition's label


def written(outdir: Path, before: dict[str, int]) -> set[str]:
    """The pages whose file changed since ``before`` (their mtimes)."""
    return {page for page, mtime in mtimes(outdir).items() if before.get(page) != mtime}


def mtimes(outdir: Path) -> dict[str, int]:
    """The mtime of each page of the site (not the redirects, nor Sphinx's index and search
    pages and the page of a missing URL, sphinx-notfound-page's: pages Sphinx collects, which
    every build writes)."""
    return {
        p.relative_to(outdir).as_posix(): p.stat().st_mtime_ns
        for p in outdir.rglob("*.html")
        if p.name not in ("genindex.html", "search.html", "404.html") and redirect_target(p) is None
    }


def people_lines(app: SphinxTestApp) -> dict[str, str]:
    """The people index: each person's page -> what follows their name (the events)."""
    items = soup(app, "people/index").select("ul.wd-people > li")
    return {li.a["href"]: li.get_text().split(" — ", 1)[1] for li in items}


def test_people_index_has_a_row_of_letters_and_names_each_event_once(site: SphinxTestApp) -> None:
    """The index of everyone (722 people at 23,000 px on the real site) is a section per
    letter, with a labelled row of links to them above; the editions all of one series, each
    line names its events by conference ("ML for Systems @" before each said nothing)."""
    page = soup(site, "people/index")
    nav = page.find("nav", attrs={"aria-label": "People by the first letter of their name"})
    sections = page.select("section.wd-letter")
    assert [a["href"] for a in nav.find_all("a")] == [f"#{s['id']}" for s in sections]
    assert [a.get_text() for a in nav.find_all("a")] == [s.h2.get_text().rstrip("#") for s in sections]
    names = [(s.h2.get_text().rstrip("#"), a.get_text()) for s in sections for a in s.select("a.wd-person")]
    assert names and all(name[0].upper() == letter for letter, name in names)
    letters = [letter for letter, _ in names]
    assert letters == sorted(letters) and len(set(letters)) == len(sections) > 1  # only letters with people
    assert ("J", "Jeff Dean") in names
    lines = people_lines(site)
    assert lines["jeff-dean.html"] == "NeurIPS 2025, NeurIPS 2024, NeurIPS 2023"
    assert not any("@" in line for line in lines.values())
    intro = page.select_one("section#people > p").get_text()
    assert intro == f"{len(lines)} people: speakers, organizers and authors of every edition of ML for Systems."


def test_people_index_shows_its_letters_once(site: SphinxTestApp) -> None:
    """The row of letters is the way to a letter: the theme's "On this page" beside it listed
    every letter's section again, A to Z twice at 1280 px. A person's page keeps it (a section
    per edition)."""
    page = soup(site, "people/index")
    to_letters = [a["href"] for a in page.select("a[href^='#letter-']:not(.headerlink)")]
    assert to_letters == [f"#{s['id']}" for s in page.select("section.wd-letter")]
    assert len(to_letters) > 1 and page.select_one(".bd-sidebar-secondary") is None
    person = soup(site, "people/jeff-dean")
    assert person.select_one(".bd-sidebar-secondary a[href^='#at-']") is not None


def test_people_index_lists_a_name_under_its_first_letter_without_accents() -> None:
    from workshop_data.sphinxext.people import folded, initial

    names = ("Émilie Roy", "sathya", " Zoë", "Łukasz", "Ørjan", "3M team", "Ωmega")
    assert [initial(n) for n in names] == ["E", "S", "Z", "L", "O", "#", "#"]
    assert sorted(["Emily", "Émilie", "Emil", "Zhang"], key=folded) == ["Emil", "Émilie", "Emily", "Zhang"]


def test_people_index_names_the_series_where_editions_are_of_several(tmp_path: Path) -> None:
    data = tmp_path / "data"
    latest = write_site_data(data, FEW_EDITIONS)
    build(tmp_path / "src", data)
    rel = next(r for r in latest if r.edition == "neurips2023")
    workshop = dataclasses.replace(rel.workshop, series="ML for Computer Architecture")
    write_release(later(dataclasses.replace(rel, workshop=workshop), 3, rel.slots[0].title), data)
    app = build(tmp_path / "src", data)  # the index is written again: the events are named otherwise
    assert app.warning.getvalue() == ""
    assert people_lines(app)["jeff-dean.html"] == (
        "ML for Systems @ NeurIPS 2025, ML for Systems @ NeurIPS 2024, ML for Computer Architecture @ NeurIPS 2023"
    )
    intro = soup(app, "people/index").select_one("section#people > p").get_text()
    assert intro.endswith("speakers, organizers and authors of every edition.")


def test_a_data_change_in_one_edition_rewrites_only_its_pages_and_the_pages_listing_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    latest = write_site_data(data, FEW_EDITIONS)
    app = build(tmp_path / "src", data)
    out = Path(app.outdir)
    before = mtimes(out)
    assert written(out, before) == set()
    app = build(tmp_path / "src", data)
    assert written(out, before) == set(), "a no-op rebuild writes no page"
    # NeurIPS 2023 publishes a release: a paper retitled
    rel = next(r for r in latest if r.edition == "neurips2023")
    paper = dataclasses.replace(rel.papers[0], title="A retitled paper")
    write_release(later(dataclasses.replace(rel, papers=(paper, *rel.papers[1:])), 3, rel.slots[0].title), data)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    changed = written(out, before)
    edition = {f"neurips2023/{p}.html" for p in EDITION_PAGES}
    authors = {f"people/{a.person_id}.html" for a in rel.authors if a.paper_id == paper.paper_id}
    assert edition <= changed
    # the pages that list it: the authors' pages, the people index, and the root, whose (hidden)
    # table of contents lists every edition's home (Sphinx rewrites a page whose toctree lists a
    # page it read again)
    assert authors <= changed
    assert changed - edition <= authors | {"people/index.html", "index.html"}
    assert not any(p.startswith(("neurips2024/", "neurips2025/", "package/")) for p in changed)


def test_a_no_op_build_finds_the_configuration_unchanged_and_reads_no_page(tmp_path: Path) -> None:
    """pydata-sphinx-theme appends its components folder to ``templates_path`` when it is set up;
    set up by Sphinx when the builder starts, after the configuration was compared with the saved
    environment's, every rebuild said "The configuration has changed (1 option: 'templates_path')"."""
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS)
    build(tmp_path / "src", data)
    second = build(tmp_path / "src", data)
    status = strip_colors(second.status.getvalue())
    assert "The configuration has changed" not in status
    assert "0 added, 0 changed, 0 removed" in status  # no page read again
    components = [p for p in second.config.templates_path if Path(p).name == "components"]
    assert len(components) == 1, second.config.templates_path


def test_a_site_built_after_a_build_of_directives_alone_has_the_themes_folder_once(tmp_path: Path) -> None:
    """Sphinx's default ``templates_path`` is one list for every build of a process, and the theme
    appends its components folder to it: a build of the directives alone (no site: the test suite
    has such builds) left the folder there, and the next site's configuration had it twice (the
    no-op test above failed when a worker had run such a build first)."""
    shutil.copytree(ROOT.parent / "test-directives", tmp_path / "directives")
    sphinx_built(tmp_path / "directives", confoverrides={"workshop_data_dir": str(REPO / "workshop_data" / "data")})
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS)
    app = build(tmp_path / "src", data)
    components = [p for p in app.config.templates_path if Path(p).name == "components"]
    assert len(components) == 1, app.config.templates_path


def test_a_no_op_build_reads_no_release(tmp_path: Path) -> None:
    """The site's configuration and the person pages' check need every edition's latest release;
    kept from the last build while the edition's files are unchanged (``stat``), a no-op opens no
    file of the data, and still warns of a newest release that does not load. A release
    published then is read."""
    data = tmp_path / "data"
    latest = write_site_data(data, FEW_EDITIONS)
    rel = next(r for r in latest if r.edition == "neurips2024")
    write_release(later(rel, 5, "Never shown"), data)
    broken = data / "neurips2024" / later(rel, 5, "").name
    (broken / "slots.csv").write_text("broken", "utf-8")
    # the loaders' warning too, raised as the pages that list the releases read them
    with pytest.warns(BrokenReleaseWarning, match=f"release '{broken.name}' of 'neurips2024' does not load"):
        first = build(tmp_path / "src", data)
    skipped = f"workshop_data_site: release folder {broken} does not load"
    assert skipped in first.warning.getvalue()
    with opened_below(data) as opened:  # kept from the last build: the page that warned is not read
        second = build(tmp_path / "src", data)
    assert opened == []
    assert skipped in second.warning.getvalue()
    assert "Never shown" not in soup(second, "neurips2024/schedule").get_text()
    rel = next(r for r in latest if r.edition == "neurips2023")
    write_release(later(rel, 3, "A keynote retitled"), data)
    with opened_below(data) as opened:
        third = build(tmp_path / "src", data)
    assert {Path(p).parent.name for p in opened if Path(p).parent.parent.name == "neurips2023"} >= {
        later(rel, 3, "").name
    }
    assert not [p for p in opened if "neurips2025" in p]
    assert "A keynote retitled" in soup(third, "neurips2023/schedule").get_text()


def test_bad_data_in_one_edition_is_a_build_error_naming_the_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS[:1])
    folder = next((data / "neurips2023").iterdir())
    (folder / "papers.csv").write_text("broken", "utf-8")
    with pytest.raises(Exception, match=r"papers\.csv"):
        build(tmp_path / "src", data)


@pytest.mark.parametrize(
    ("edition", "folder"),
    [("package", "package"), ("editions", "editions"), ("people", "people"), ("Package", "package")],
)
def test_an_edition_named_as_a_folder_of_the_site_stops_the_build_and_no_source_is_lost(
    tmp_path: Path, edition: str, folder: str
) -> None:
    # An edition folder `package` in the data directory wrote its pages into the package's
    # documentation and marked the folder as the generator's: the hand-written guide.md was
    # deleted from the sources and index.md overwritten; `editions` did the same to the prose of
    # every edition, `people` overwrote the people index; `Package` is `package` on macOS and
    # Windows.
    data = tmp_path / "data"
    (first,) = write_site_data(data, FEW_EDITIONS[:1])
    write_release(dataclasses.replace(first, workshop=dataclasses.replace(first.workshop, edition=edition)), data)
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    sources = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    with pytest.raises(
        Exception,
        match=rf"/data/{edition}: edition '{edition}': its pages would be written into {re.escape(str(src / folder))}",
    ):
        build(src, data)
    assert {p: p.read_bytes() for p in src.rglob("*") if p.is_file()} == sources


def test_the_folders_an_import_keeps_editions_out_of_are_the_sites_own() -> None:
    # `workshop-data import` refuses an edition named as one of ids.SITE_FOLDERS (the site's build
    # would stop at it): they are the folders the site writes its people pages, prose and package
    # documentation in, and the ones the build checks
    from workshop_data.ids import SITE_FOLDERS

    assert {pages.PEOPLE, pages.PROSE_DIR, site_module.PACKAGE} == set(SITE_FOLDERS)


@pytest.mark.parametrize("edition", ["index.md", "objects.inv", "searchindex.js", "genindex.html", "schedule.html"])
def test_an_edition_named_as_a_file_of_the_site_stops_the_build_in_one_line(tmp_path: Path, edition: str) -> None:
    # An edition's pages are the folder <edition>/ of the sources and of the output, where the
    # build writes files of the same names: `index.md` (the root page) stopped the build with a
    # traceback (NotADirectoryError), as did `objects.inv`, `searchindex.js`, `schedule.html` (the
    # old root page's redirect); `genindex.html` built without the index page. Every such file
    # is named with a '.', which an edition's folder may hold as a release's does.
    data = tmp_path / "data"
    (first,) = write_site_data(data, FEW_EDITIONS[:1])
    write_release(dataclasses.replace(first, workshop=dataclasses.replace(first.workshop, edition=edition)), data)
    with pytest.raises(Exception, match=rf"/data/{re.escape(edition)}: edition '{re.escape(edition)}': its "):
        build(tmp_path / "src", data)


def with_person_id(release: Release, old: str, new: str) -> Release:
    """``release`` with person ``old`` called ``new``, in every reference too."""

    def same(ids: Iterable[str]) -> dict[str, str]:
        return {i: i for i in ids}

    return rename_ids(
        release,
        same(s.slot_id for s in release.slots),
        same(t.talk_id for t in release.talks),
        {**same(p.person_id for p in release.people), old: new},
    )


def test_a_person_whose_id_is_index_stops_the_build(tmp_path: Path) -> None:
    # people/<person_id> is a person's page and people/index the index of everyone: a person
    # with the id 'index' (a valid id) replaced the index with their page, without a warning
    data = tmp_path / "data"
    (first,) = write_site_data(data, FEW_EDITIONS[:1])
    write_release(with_person_id(later(first, 1, "Keynote"), first.roles[0].person_id, "index"), data)
    with pytest.raises(Exception, match=r"/data/neurips2023: person id 'index' \(Jeff Dean\): its page would be"):
        build(tmp_path / "src", data)


def test_two_person_ids_equal_but_for_case_across_editions_stop_the_build(tmp_path: Path) -> None:
    # jeff-dean in one edition and Jeff-Dean in another are two people, whose pages
    # (people/<person_id>.html) are one file on macOS and Windows: the second overwrote the first
    from workshop_data.sphinxext.site import read_site

    data = tmp_path / "data"
    first, second = write_site_data(data, FEW_EDITIONS[:2])
    old = second.roles[0].person_id
    assert old in {p.person_id for p in first.people}
    write_release(with_person_id(later(second, 1, "Keynote"), old, old.title()), data)
    with pytest.raises(WorkshopDataError) as info:
        read_site(data, tmp_path)
    assert str(info.value) == (
        f"{data / second.edition}: person id {old.title()!r} (Jeff Dean) differs only in case from {old!r} of"
        f" {first.edition}: their pages would be one file (people/{old.title()}.html) on macOS and Windows;"
        " give one of them another id"
    )


def test_all_editions_of_the_old_site(tmp_path: Path) -> None:
    """Nine editions, as the real data has: every page builds, no warning."""
    data = tmp_path / "data"
    write_site_data(data, ALL_EDITIONS)
    app = build(tmp_path / "src", data)
    assert app.warning.getvalue() == ""
    bar = [a.get_text() for a in soup(app, "neurips2018/index").select("nav.wd-editions a")]
    assert bar[0] == "NeurIPS 2018" and bar[-1] == "NeurIPS 2025" and len(bar) == 9
    assert resolve(Path(app.outdir), "/neurips.2018/accepted_papers.html") == Path(app.outdir) / "neurips2018" / (
        "accepted_papers.html"
    )
    # NeurIPS 2021's invited talks are "TBD" (sitedata): their time is shown as unknown, in the
    # page's order, with no calendar file (no event without a start); the day's calendar leaves
    # them out; the speaker's page lists the talk all the same
    page = soup(app, "neurips2021/schedule")
    slots = {r["id"]: r for r in page.select("table.wd-schedule tbody tr") if r.get("id")}
    invited = [r for r in slots.values() if "wd-kind-invited" in r["class"]]
    assert invited and all(r.select_one("td").get_text(strip=True) == "unknown" for r in invited)
    assert all(r.select_one("td time") is None and r.select_one("a.wd-ics") is None for r in invited)
    assert slots["keynote-jeff-dean"].select_one("a.wd-ics") is not None
    day = page.select_one("p.wd-calendar a.wd-day-ics")
    ics = (Path(app.outdir) / "neurips2021" / day["href"]).read_text("utf-8")
    assert ics.count("BEGIN:VEVENT") == len(slots) - len(invited)
    speaker = invited[0].select_one("a.wd-speaker")
    entry = page.select_one(f"#{speaker['href'][1:]}")
    assert entry.find_next_sibling("dd").get_text(" ", strip=True).startswith("time unknown Invited")


def _built_with_first_person(tmp_path: Path, spec: Any, name: str) -> tuple[Any, Any]:
    """The site of one edition (``spec``, from the shipped first release) whose first person is
    called ``name``: the app built, and that person."""
    base = read_release(Path(__file__).parent.parent / "workshop_data" / "data" / "neurips2024" / "2024-11-20")
    rel = edition_release(base, spec, 0)
    person = dataclasses.replace(rel.people[0], name=name)
    write_release(dataclasses.replace(rel, people=(person, *rel.people[1:])), tmp_path / "data")
    return build(tmp_path / "src", tmp_path / "data"), person


def test_names_from_the_data_are_text_in_titles_bars_and_headings(tmp_path: Path) -> None:
    """A conference, a name or a title holding markup shows as written, never as markup."""
    spec = dataclasses.replace(FEW_EDITIONS[2], conference="NeurIPS </title><script>alert(1)</script>")
    app, eve = _built_with_first_person(tmp_path, spec, "Eve <img src=x onerror=alert(1)> *em* `code`")
    assert app.warning.getvalue() == ""
    out = Path(app.outdir)
    for page in ("index", "neurips2025/schedule", f"people/{eve.person_id}"):
        doc = soup(app, page)
        assert not [s for s in doc.find_all("script") if "alert" in (s.string or "")], page
        assert not [t for t in doc.find_all(True) if any(a.startswith("on") for a in t.attrs)], page
        assert doc.select_one("nav.wd-editions a").get_text() == spec.conference
    assert "<script>alert(1)</script>" in soup(app, "neurips2025/schedule").title.get_text()
    person = soup(app, f"people/{eve.person_id}")
    assert person.title.get_text().startswith(eve.name)
    assert person.find("h1").get_text().rstrip("#") == eve.name
    assert (out / "people" / "index.html").is_file()


@pytest.mark.parametrize(
    ("anchor", "name", "named"),
    [  # the old pages' anchors as the data gives them, read on the pages
        ("dean_talk", "Jeff Dean", True),
        ("song_han_talk", "Song Han", True),
        ("richardho_talk", "Richard Ho", True),
        ("ahmed_talk", "Ahmed El-Kishky", True),
        ("yadwakar_bio", "Neeraja Yadwadkar", True),  # NeurIPS 2025's id, a letter left out
        ("patel_bio", "Dylan Patel", True),
        ("patel_bio", "Jason Ansel", False),  # NeurIPS 2025's block of Jason Ansel had Dylan Patel's id
        ("dawn_song_talk", "Jeff Dean", False),  # NeurIPS 2022's schedule: each link one speaker off
        ("jeff_dean_talk", "Riyadh Baghdadi", False),
        ("ed_chi_talk", "Michael Carbin", False),  # NeurIPS 2021's links copied from 2020's
        ("christina_delimitrou_talk", "Anima Anandkumar", False),
        ("dan_talk", "Jeff Dean", False),  # a short word one letter off is another word
    ],
)
def test_an_old_anchor_lands_on_the_person_it_names(anchor: str, name: str, named: bool) -> None:
    assert (legacy.old_anchor(anchor, name) == anchor) is named


def test_an_id_made_from_the_data_is_none_of_the_page_layouts(tmp_path: Path) -> None:
    """A slot ``main-content`` (a release written by hand: no import makes one) had the row id
    ``main-content``, the theme's ``<main>``'s: the page held one id twice and a link to the slot
    opened the page's top (found by hattack13). Now it takes the next free id, and
    :data:`~workshop_data.ids.LAYOUT_IDS` names every id a built page's layout holds (outside the
    article the page's directives write)."""
    from workshop_data.ids import LAYOUT_IDS

    base = read_release(Path(__file__).parent.parent / "workshop_data" / "data" / "neurips2024" / "2024-11-20")
    rel = edition_release(base, FEW_EDITIONS[2], 0)
    slots = {s.slot_id: s.slot_id for s in rel.slots}
    renamed = rename_ids(
        rel,
        {**slots, "lunch-break": "main-content", "qa": "pst-secondary-sidebar"},
        {t.talk_id: t.talk_id for t in rel.talks},
        {p.person_id: p.person_id for p in rel.people},
    )
    write_release(renamed, tmp_path / "data")
    app = build(tmp_path / "src", tmp_path / "data")
    assert app.warning.getvalue() == ""
    rows = [tr.get("id") for tr in soup(app, "neurips2025/schedule").select("table.wd-schedule tr[id]")]
    assert "main-content-2" in rows and "pst-secondary-sidebar-2" in rows
    assert not {"main-content", "pst-secondary-sidebar"} & set(rows)
    layout: set[str] = set()
    for page in sorted(Path(app.outdir).rglob("*.html")):
        root = lxml.html.fromstring(page.read_bytes())
        ids = root.xpath("//@id")
        assert len(ids) == len(set(ids)), page  # no id twice on a page
        layout.update(root.xpath("//@id[not(ancestor::article)]"))
    assert layout and layout <= LAYOUT_IDS, layout - LAYOUT_IDS


def test_an_old_anchor_naming_another_speaker_is_not_theirs_on_the_home_and_the_schedule(tmp_path: Path) -> None:
    """NeurIPS 2022's page linked Jeff Dean to ``#dawn_song_talk``; NeurIPS 2025's gave Jason Ansel's
    block Dylan Patel's ``#patel_bio``: a link to the named speaker landed on another."""
    base = read_release(Path(__file__).parent.parent / "workshop_data" / "data" / "neurips2024" / "2024-11-20")
    rel = edition_release(base, FEW_EDITIONS[2], 0)
    anchors = {"jeff-dean": "kraska_talk", "tim-kraska": "kraska_talk", "natasha-jacques": "jacques_talk"}
    people = tuple(dataclasses.replace(p, anchor=anchors.get(p.person_id, "")) for p in rel.people)
    write_release(dataclasses.replace(rel, people=people), tmp_path / "data")
    app = build(tmp_path / "src", tmp_path / "data")
    assert app.warning.getvalue() == ""
    home = soup(app, "neurips2025/index")
    sections = {s.find("a", class_="wd-person").get_text(): s for s in home.select("section.wd-speaker-entry")}

    def ids(name: str) -> set[str]:
        section = sections[name]
        return {t["id"] for t in (section, *section.find_all(True)) if t.get("id")}

    assert ids("Tim Kraska") == {"role-4", "kraska_talk"} and ids("Jeff Dean") == {"role-1"}
    assert "jacques_talk" in ids("Natasha Jacques")
    schedule = soup(app, "neurips2025/schedule")
    entries = {dt.get_text(" ", strip=True).split(" (")[0]: dt["id"] for dt in schedule.select("dl.wd-speakers dt")}
    assert entries["Tim Kraska"] == "kraska_talk" and entries["Jeff Dean"] == "speaker-jeff-dean"
    dean = schedule.select_one("table.wd-schedule a.wd-speaker[href='#speaker-jeff-dean']")
    assert dean is not None and dean.get_text() == "Jeff Dean"


def test_a_heading_from_the_data_keeps_its_quotes(tmp_path: Path) -> None:
    """A person's page is headed by their name, an edition's home by its event, as the data
    writes them: Michael O'Boyle's page (shipped data) read "Michael O’Boyle", in its heading,
    its <title> and the search's results (Sphinx's smart quotes), where every list of people
    shows "O'Boyle" (the directives show data as written)."""
    spec = dataclasses.replace(FEW_EDITIONS[2], conference='NeurIPS "25"')
    app, boyle = _built_with_first_person(tmp_path, spec, "Michael O'Boyle")
    person = soup(app, f"people/{boyle.person_id}")
    assert person.find("h1").get_text().rstrip("#") == "Michael O'Boyle"
    assert person.title.get_text() == "Michael O'Boyle · ML for Systems"
    for page in ("index", "neurips2025/index"):
        home = soup(app, page)
        assert home.find("h1").get_text().rstrip("#") == 'ML for Systems @ NeurIPS "25"', page
        assert home.title.get_text() == 'ML for Systems @ NeurIPS "25"', page
    assert soup(app, "neurips2025/schedule").title.get_text() == 'Schedule · ML for Systems @ NeurIPS "25"'
    index = (Path(app.outdir) / "searchindex.js").read_text("utf-8")
    titles = json.loads(index.removeprefix("Search.setIndex(").removesuffix(")"))["titles"]
    assert "Michael O'Boyle" in titles and not [t for t in titles if "\u2019" in t or "\u201c" in t]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("AT&amp;T &lt;b&gt; &#60;i&#62; &copy;", "AT&amp;T &lt;b&gt; &#60;i&#62; &copy;"),
        ("Jeff\nDean", "Jeff Dean"),
        ("Ada\r\n===\n- Lovelace\r\n```{raw} html\n<b>x</b>\n```", "Ada === - Lovelace ```{raw} html <b>x</b> ```"),
        ("Grace Hopper #", "Grace Hopper #"),
    ],
)
def test_a_pages_heading_is_the_name_as_written_on_one_line(name: str, shown: str) -> None:
    """A person's page is headed by their name: an entity in it (``&lt;``) showed as the
    character it names, and a line break ended the heading, the rest of the name a paragraph,
    a list or a code block of the page (a line break shows as a space, as in the calendars)."""
    source = pages.people_sources([("x", name)])["people/x.md"].split("---\n", 2)[2]
    blocks = MarkdownIt("commonmark").parse(source)
    assert [t.type for t in blocks] == ["heading_open", "inline", "heading_close", "fence"]
    assert blocks[0].tag == "h1"
    assert [t.type for t in blocks[1].children or []] == ["text"]
    assert blocks[1].children[0].content == shown


def test_the_editions_prose_keeps_punctuation_with_its_word() -> None:
    """The prose imported from the old site (docs/editions/): no space between emphasis or a link
    and the punctuation after it (on a phone "…computer systems" then ". We are" began a line
    with the full stop)."""
    closing = {"strong_close", "em_close", "link_close", "code_inline"}
    found = []
    for page in sorted((REPO / "docs" / "editions").rglob("*.md")):
        for block in MarkdownIt().parse(page.read_text("utf-8")):
            tokens = block.children or []
            for before, token in pairwise(tokens):
                if before.type in closing and token.type == "text" and re.match(r"\s+[.,;:!?]", token.content):
                    found.append(f"{page.relative_to(REPO)}: {token.content[:30]!r}")
    assert found == []


def test_the_editions_prose_shows_no_markup_as_text() -> None:
    """The prose imported from the old site (docs/editions/) shows no HTML tag as text: NeurIPS
    2023's home page printed 'h2>Camera-Ready Instructions</h2> <p>For accepted papers…' and
    the old 'Competition Track (<b>NOW LIVE</b>)', tags and all: the old page's commented-out
    ``<!--h2>…</p-->``, imported as escaped text."""
    tag = re.compile(r"</?[a-z][a-z0-9]*\b[^<>]*>")
    found = []
    for page in sorted((REPO / "docs" / "editions").rglob("*.md")):
        for block in MarkdownIt().parse(page.read_text("utf-8")):
            texts = [t.content for t in block.children or [] if t.type == "text"]
            found += [f"{page.relative_to(REPO)}: {m[:40]!r}" for text in texts for m in tag.findall(text)]
    assert found == []


def missing_prose(site_repo: Path, page: str, prose: str, blocks: str) -> list[str]:
    """The ``blocks`` (an XPath) of each old edition's ``page`` (as the site's last version has
    it, commented-out parts left out) whose opening words are not in the edition's
    docs/editions/<edition>/<prose>: ``"<edition>: <opening words>"`` for each."""
    from lxml import html

    def words(text: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", text.lower()))

    missing = []
    for old in sorted(site_repo.glob(f"*/{page}")):
        edition = old.parent.name
        body = old.read_text("utf-8").split("---", 2)[2]
        ours = REPO / "docs" / "editions" / edition / prose
        # the MyST as text: its tags and link targets dropped
        said = words(re.sub(r"<[^>]+>|\]\([^)]*\)", "", ours.read_text("utf-8")) if ours.is_file() else "")
        for block in html.fromstring(f"<div>{body}</div>").xpath(blocks):
            opening = " ".join(words(block.text_content()).split()[:12])
            if opening and opening not in said:
                missing.append(f"{edition}: {opening}")
    return missing


def test_every_overview_of_the_old_home_pages_is_in_the_editions_prose(site_repo: Path) -> None:
    """Each paragraph of an old edition home page's overview is in the edition's
    what_to_expect.md: NeurIPS 2019's six paragraphs and notes were not, so its home page lacked
    the prose the old one opened with."""
    assert (
        missing_prose(site_repo, "index.md", "what_to_expect.md", "//section[contains(@class, 'overview_section')]//p")
        == []
    )


def test_every_part_of_the_old_calls_for_papers_is_in_the_editions_prose(site_repo: Path) -> None:
    """Each heading and paragraph of an old call for papers is in the edition's
    call_for_papers.md: NeurIPS 2023's closing 'Contact Us' (a heading and the address, as every
    other edition's call has it) was not."""
    assert missing_prose(site_repo, "call_for_papers.md", "call_for_papers.md", "//h2|//h3|//p|//li") == []


def test_the_404_page_is_titled_with_the_newest_editions_series(tmp_path: Path) -> None:
    # The series was taken from the event's text, cut at its first " @ ": a series holding one
    # lost the rest ("ML @ Scale @ NeurIPS 2031" gave "ML").
    from types import SimpleNamespace

    from workshop_data.sphinxext import notfound
    from workshop_data.sphinxext.site import Place, page_title, read_site

    site = read_site(REPO / "workshop_data" / "data", tmp_path)
    assert {e.series for e in site.editions} == {"ML for Systems"}
    page = notfound.render(site, "/", frozenset({"people/index", "package/index"}))
    assert notfound.title(site) == "Page not found · ML for Systems"
    assert 'workshop’s newest edition is\n<a href="/index.html">ML for Systems @ NeurIPS 2025</a>.</p>' in page
    scaled = dataclasses.replace(site.newest, series="ML @ Scale", event="ML @ Scale @ NeurIPS 2031")
    assert notfound.title(dataclasses.replace(site, editions=(*site.editions, scaled))) == "Page not found · ML @ Scale"
    # the other pages outside an edition (people) are titled with it too
    here = Place(None, "people/jeff-dean")
    assert page_title(site, SimpleNamespace(titles={}), "people/jeff-dean", here) == "ML for Systems"
    scaled_site = dataclasses.replace(site, editions=(*site.editions, scaled))
    assert page_title(scaled_site, SimpleNamespace(titles={}), "people/jeff-dean", here) == "ML @ Scale"


def test_a_build_beside_another_never_sees_its_edition_folder_without_the_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two builds of one source tree (two test workers, CI's clean clone): the second looked while the
    # first wrote neurips2018's pages before their marker, took the folder for hand-written sources
    # and stopped ("a source of the site that is not generated").
    src = tmp_path / "docs"
    src.mkdir()
    seen: list[str | None] = []
    real = pages.write_if_changed

    def watched(path: Path, data: str | bytes, **kw: bool) -> bool:
        if path.name != ".gitignore" and path.parent.name == "neurips2018":
            seen.append(pages.folder_problem("neurips2018", src, ()))  # what a build beside this one finds
        return real(path, data, **kw)

    monkeypatch.setattr(pages, "write_if_changed", watched)
    pages.write(src, {"neurips2018/index.md": "# NeurIPS 2018\n", "neurips2018/schedule.md": "# Schedule\n"})
    assert seen == [None, None]
    assert pages.owned(src / "neurips2018") and not [p for p in src.iterdir() if p.name.startswith(".")]
    assert oct((src / "neurips2018").stat().st_mode & 0o777) == oct(0o777 & ~_umask())
    # a hand-written folder is still refused
    (src / "neurips2019").mkdir()
    (src / "neurips2019" / "notes.md").write_text("mine")
    assert "not generated" in (pages.folder_problem("neurips2019", src, ()) or "")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_build_beside_another_leaves_the_folder_it_is_claiming_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder is claimed under a temporary name (.neurips2018.<random>, its marker in it) and then
    # renamed into place. A build beside this one, removing the generated folders its plan does not
    # have, took that temporary folder for one (pathlib's '*' matches names starting with '.') and
    # removed it: the rename failed, and the folder was made the old way, its pages' folder first,
    # the marker after, which a third build could take for hand-written sources.
    src = tmp_path / "docs"
    src.mkdir()
    other = {"neurips2019/index.md": "# NeurIPS 2019\n"}
    renamed: list[tuple[str, str]] = []
    real_rename = os.rename

    def rename(source: str | Path, target: str | Path) -> None:
        if Path(target).name == "neurips2018":
            pages.write(src, other)  # the build beside this one writes its own plan meanwhile
            renamed.append((Path(source).name, Path(target).name))
        real_rename(source, target)

    monkeypatch.setattr(pages.os, "rename", rename)
    written = []
    real_write = pages.write_if_changed

    def write(path: Path, data: str | bytes, **kw: bool) -> bool:
        if path.name == ".gitignore" and path.parent.name == "neurips2018":
            written.append(path.parent.exists())  # the marker is written into a folder made already
        return real_write(path, data, **kw)

    monkeypatch.setattr(pages, "write_if_changed", write)
    pages.write(src, {"neurips2018/index.md": "# NeurIPS 2018\n"})
    assert [target for _, target in renamed] == ["neurips2018"]
    assert written == [True]  # the claimed folder was renamed into place, marker and all
    assert pages.owned(src / "neurips2018") and (src / "neurips2018" / "index.md").is_file()


def test_the_call_for_papers_says_its_title_once_and_keeps_its_words(tmp_path: Path) -> None:
    """A call's own heading saying the page's title is left out (NeurIPS 2024's page read "Call
    for papers", then its overview, then "Call for Papers", issue 9); the words before and after
    it stay, in their order."""
    prose = "## Overview\n\nWe meet.\n\n## Call for PAPERS\n\nSend papers.\n\n## Dates\n\nSoon.\n"
    app = built_with_prose(tmp_path, ALL_EDITIONS, prose)
    assert app.warning.getvalue() == ""
    article = soup(app, "neurips2024/call_for_papers").select_one("article")
    headings = [h.get_text(strip=True).rstrip("#") for h in article.select("h1, h2, h3")]
    assert [h.casefold() for h in headings].count("call for papers") == 1
    assert headings[0] == "Call for papers" and headings[-2:] == ["Overview", "Dates"]
    text = " ".join(article.get_text(" ").split())
    assert text.index("We meet.") < text.index("Send papers.") < text.index("Soon.")


@pytest.mark.parametrize("path", sorted((REPO / "docs" / "editions").glob("*/call_for_papers.md")), ids=str)
def test_every_editions_call_says_its_title_in_a_heading_the_page_leaves_out(path: Path) -> None:
    # each old call has its "## Call for Papers": the page's title says it, once
    text = path.read_text("utf-8")
    assert pages.repeated_heading(text, pages.CALL_TITLE) == "## Call for Papers"
    assert pages.repeated_heading("## Overview\n\nCall for Papers\n", pages.CALL_TITLE) == ""


def test_the_old_sites_editions_are_those_its_bar_names(site_repo: Path) -> None:
    # legacy.OLD_EDITIONS (the editions an absent edition's links are told by) is the reviewed
    # facts' list of editions, oldest first; the old site's layout names the same in its bar
    layout = (site_repo / "_layouts" / "default.html").read_text("utf-8")
    bar = re.search(r"assign workshops = '([^']+)' \| split: ','", layout)
    assert bar is not None
    assert tuple(bar[1].split(",")) == legacy.OLD_EDITIONS


def test_two_builds_at_once_of_one_source_folder_with_different_data_each_show_their_own(tmp_path: Path) -> None:
    """huser22: the generated pages are written into the source folder when the configuration is
    read and read from it afterwards; two ``sphinx-build`` runs of one checkout at once, each from
    its own data directory, wrote over and removed each other's pages (one read the other's root
    and editions, or failed on a page removed under it). A build holds the source folder from
    writing its pages to its end, and one beside it waits, saying so: each site shows its data."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    held = {"a": ALL_EDITIONS[6], "b": ALL_EDITIONS[8]}  # NeurIPS 2023's data; NeurIPS 2025's
    for name, spec in held.items():
        write_site_data(tmp_path / f"data-{name}", (spec,))
    runs = {}
    for name in held:
        data = f"workshop_data_dir={tmp_path / f'data-{name}'}"
        argv = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-D", data, str(src), str(tmp_path / f"out-{name}")]
        runs[name] = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said = {name: run.communicate() for name, run in runs.items()}
    for name, spec in held.items():
        assert runs[name].returncode == 0, said[name][1]
        out = tmp_path / f"out-{name}"
        other = next(s.name for s in held.values() if s.name != spec.name)
        assert (out / spec.name / "schedule.html").is_file()
        assert not (out / other).exists(), f"build {name} shows {other}, the other build's data"
        root = (out / "index.html").read_text("utf-8")
        assert spec.conference in root and other not in root


def test_neurips_2019s_home_says_its_day_once_and_keeps_13th_or_14th_for_machines(built_site: Path) -> None:
    """NeurIPS 2019's banner said "Saturday 14 December 2019" and, under it, the old site's
    description: "Workshop on ML for Systems at NeurIPS 2019, December 13th or 14th,
    8:30AM-6:00PM" (a phone, "Dec 13th or 14th, 8:30AM-6PM"), a visitor reading two days. The
    banner says the data's line alone, with the hours its schedule gives (09:00, its first
    slot; its last, the panel at 17:20, prints no end); the old words are the page's ``<meta
    name="description">``, and a visitor meets them only quoted as what the old page printed,
    in the fold of the hand-checked correction that says why the data says the 14th."""
    page = lxml.html.fromstring((built_site / "neurips2019" / "index.html").read_bytes())
    said = "Workshop on ML for Systems at NeurIPS 2019, December 13th or 14th, 8:30AM-6:00PM"
    assert page.xpath("//head/meta[@name='description']/@content") == [said]
    banner = page.xpath("//div[contains(@class, 'wd-banner')]")[0]
    facts = banner.xpath("./p[contains(@class, 'wd-facts')]")
    assert [p.text_content().replace("\u00a0", " ") for p in facts] == [
        "Saturday 14 December 2019 · from 09:00 · Vancouver Convention Centre, West Level 2 202-204 · at NeurIPS 2019"
    ]
    for fold in page.xpath("//details[contains(@class, 'wd-corrections-note')]"):
        quoted = " ".join(fold.text_content().split())
        assert f"the page printed “{said}”; the data says Saturday 14 December 2019" in quoted
        fold.drop_tree()
    article = " ".join(page.xpath("//article")[0].text_content().split())
    assert "13th or 14th" not in article and "8:30AM" not in article


def test_neurips_2018s_facts_line_gives_the_schedules_hours_not_the_descriptions(built_site: Path) -> None:
    """NeurIPS 2018's description said "8:30AM-6:00PM"; its schedule runs from its opening at
    09:00 to its closing's end at 18:00. The facts line says the schedule's hours, each a
    ``<time>`` the zone switch rewrites, on the home page and the schedule page alike."""
    for name in ("index", "schedule"):
        page = lxml.html.fromstring((built_site / "neurips2018" / f"{name}.html").read_bytes())
        line = page.xpath("//p[contains(@class, 'wd-facts')]")[0]
        assert line.text_content().replace("\u00a0", " ") == (
            "Saturday 8 December 2018 · 09:00–18:00 · Room 510 AC · at NeurIPS 2018"
        ), name
        assert line.xpath(".//time/@datetime") == ["2018-12-08T09:00:00-05:00", "2018-12-08T18:00:00-05:00"]


def test_the_guides_table_of_directives_is_one_table(built_site: Path) -> None:
    """The guide's paragraph on the facts line stood inside its table of directives (after
    ``workshop-facts``): Markdown ended the table there, and the rows after it, from
    ``workshop-speakers`` to ``workshop-people``, showed as one paragraph of "|" and
    backticks. The table has every directive's row, and no paragraph of the page holds one."""
    page = lxml.html.fromstring((built_site / "package" / "guide.html").read_bytes())
    rows = [p.text_content()[:60] for p in page.xpath("//article//p") if "| workshop-" in p.text_content()]
    assert rows == []
    table = next(t for t in page.xpath("//article//table") if "workshop-info" in t.text_content())
    firsts = [" ".join(td.text_content().split()) for td in table.xpath(".//tbody/tr/td[1]")]
    assert firsts[0] == "workshop-info" and "workshop-facts" in firsts and "workshop-speakers" in firsts
    assert firsts[-3:] == ["workshop-release-files", "workshop-person", "workshop-people"]


def test_neurips_2022s_schedule_links_its_four_abstracts_to_the_home_page(built_site: Path) -> None:
    """NeurIPS 2022's schedule prints no talk titles and its home page's roles hold four talk
    abstracts: no "Abstract" link was found for any (:meth:`.Release.abstract_role` matched
    titles). Each of the four speakers' talks now links its abstract, the role's anchor on the
    home page, and Dawn Song's, whose role has no abstract, links none."""
    page = lxml.html.fromstring((built_site / "neurips2022" / "schedule.html").read_bytes())
    home = lxml.html.fromstring((built_site / "neurips2022" / "index.html").read_bytes())
    found = {}
    for dt_ in page.xpath("//dl[contains(@class, 'wd-speakers')]/dt"):
        links = dt_.xpath("following-sibling::dd[1]//a[contains(@class, 'wd-abstract-link')]/@href")
        found[" ".join(dt_.text_content().split())] = links
    linked = {name.split(" (")[0]: hrefs for name, hrefs in found.items() if hrefs}
    assert linked == {
        "Jeff Dean": ["index.html#role-1-abstract"],
        "Steve Keckler": ["index.html#role-3-abstract"],
        "Newsha Ardalani": ["index.html#role-4-abstract"],
        "Riyadh Baghdadi": ["index.html#role-5-abstract"],
    }
    assert any(name.startswith("Dawn Song") for name in found)
    for name, (href,) in linked.items():
        target = home.xpath(f"//*[@id='{href.partition('#')[2]}']")[0]
        entry = target.xpath("ancestor::section[contains(@class, 'wd-speaker-entry')]")[0]
        assert entry.xpath("string(./*[1])").strip().rstrip("#") == name  # the speaker's own abstract
        assert target.xpath("ancestor::details"), name  # inside its fold


def test_a_change_of_the_short_description_is_told_as_the_old_sites(built_site: Path) -> None:
    """``mini_site_description`` is the old Jekyll site's short description, the header it showed
    on narrow screens; the new site shows it nowhere (its header is the theme's), yet NeurIPS
    2023's changelog told its three changes as the "site's short description (on narrow
    screens)", a header no visitor of this site could find. The label says whose it is."""
    page = lxml.html.fromstring((built_site / "neurips2023" / "changelog.html").read_bytes())
    said = [
        " ".join(li.text_content().split()) for li in page.xpath("//li") if "short description" in li.text_content()
    ]
    label = "old site's short description (its header on narrow screens)"
    short = "Workshop on ML for Systems at NeurIPS"
    room = f"{short} '23, Dec 16, Room 211-213"
    assert said == [
        f"{label}: {room} → {short} 23",
        f"{label}: {short} 2023 → {room}",
        f"{label}: {short} '23, Dec → {short} 2023",
    ]
    home = lxml.html.fromstring((built_site / "neurips2023" / "index.html").read_bytes())
    assert "Workshop on ML for Systems at NeurIPS 23" not in home.text_content()  # shown nowhere else


#: A real change of each field whose label said a thing no visitor of this site finds under that
#: name, found with ``wd.history`` (edition, release, field, what the change's person is named):
#: the label it has now, which says what the field is here or that it was the old site's.
RELABELLED = {
    ("neurips2018", "site_title", ""): "old site's title (its top bar)",
    ("neurips2018", "page_title", ""): "old edition page's title",
    ("neurips2018", "site_description", ""): "old site's description (here, the pages' summary for search engines)",
}


def test_a_changelog_labels_each_field_as_this_site_shows_it_or_as_the_old_sites(built_site: Path) -> None:
    """The changelog told a change of ``site_description`` as the "site's description", of
    ``site_title`` as the "site's title", ``page_title`` the "page's title", ``people.anchor`` a
    "page anchor" and ``people.link_labels`` the "links' printed words": this site shows the
    first as no description (it is its pages' summary for search engines, ``<meta
    name="description">``), the next two nowhere (its title is the series), the anchor as no
    anchor of its own. Each real change, found with ``wd.history``, is told under its label."""
    import workshop_data as wd

    for (edition, field, who), label in RELABELLED.items():
        changes = wd.history(edition)
        mine = changes[changes["field"] == field]
        if who:
            person = wd.load_people(edition).set_index("name").loc[who, "person_id"]
            mine = mine[mine["person_id"] == person]
        change = mine.iloc[0]
        old, new = (("none" if pd_na(v) else str(v)) for v in (change["old"], change["new"]))
        page = lxml.html.fromstring((built_site / edition / "changelog.html").read_bytes())
        said = [" ".join(li.text_content().split()) for li in page.xpath("//li")]
        line = f"{label}: {old} → {new}"
        assert [s for s in said if s.endswith(line) and (not who or s.startswith(f"{who}: "))], (edition, line)


def test_a_changelog_says_the_words_shown_for_a_profile_link_by_the_link(built_site: Path) -> None:
    """NeurIPS 2023's changelog read "Bryan Perozzi: profile links' words: none → @phanein", a
    label no visitor reads: it names the link, linked, and the words the page shows for it. No
    edition's changelog says "profile links' words" (``workshop-data diff`` still does)."""
    page = lxml.html.fromstring((built_site / "neurips2023" / "changelog.html").read_bytes())
    said = {" ".join(li.text_content().split()): li for li in page.xpath("//li[contains(@class, 'wd-change-')]")}
    line = "Bryan Perozzi: profile link twitter.com/phanein shown as “@phanein”"
    assert line in said
    assert [a.get("href") for a in said[line].iter("a")] == ["https://twitter.com/phanein"]
    for edition in (p.parent.name for p in built_site.glob("*/changelog.html")):
        text = lxml.html.fromstring((built_site / edition / "changelog.html").read_bytes()).text_content()
        assert "links' words" not in text, edition


def test_a_changelog_names_a_role_as_a_persons_page_does(built_site: Path) -> None:
    """ISCA 2019's changelog said "David Patterson: now keynote" and "Anna Goldie: now committee"
    (the data's words, shown raw); his page says "Keynote speaker". Each role gained or lost is
    named as his page names it, in every edition's changelog."""
    page = lxml.html.fromstring((built_site / "isca2019" / "changelog.html").read_bytes())
    said = [" ".join(li.text_content().split()) for li in page.xpath("//li[contains(@class, 'wd-change-role')]")]
    assert "David Patterson: role added: Keynote speaker" in said
    assert "David Patterson: role removed: Invited speaker" in said
    person = lxml.html.fromstring((built_site / "people" / "david-patterson.html").read_bytes())
    assert "Keynote speaker" in person.text_content()
    raw = re.compile(r": (now|no longer) (keynote|invited|panelist|organizer|steering|committee)$")
    for edition in (p.parent.name for p in built_site.glob("*/changelog.html")):
        page = lxml.html.fromstring((built_site / edition / "changelog.html").read_bytes())
        said = [" ".join(li.text_content().split()) for li in page.xpath("//li[contains(@class, 'wd-change-role')]")]
        assert not [s for s in said if raw.search(s)], edition


def test_the_changelog_and_the_data_page_say_what_a_release_name_means(built_site: Path) -> None:
    """ "2025-12-03.1003" on NeurIPS 2025's changelog and Data page, with nothing saying it is a
    time, in UTC: above the releases, what the name means (the newest release's as the example)
    and a link to the docs' section that defines release names, which has that anchor."""
    for doc in ("changelog", "data"):
        page = lxml.html.fromstring((built_site / "neurips2025" / f"{doc}.html").read_bytes())
        (note,) = page.xpath("//p[contains(@class, 'wd-release-names')]")
        said = " ".join(note.text_content().split())
        assert said.startswith(
            "A release’s name is the date and time it was published, in UTC: 2025-12-03.1003 is Wednesday 3 "
            "December 2025, 10:03 UTC; a release read from the history of the workshop’s site was published when"
        ), doc
        (a,) = note.xpath(".//a")
        assert (a.text_content(), a.get("href")) == ("how releases are named", "../package/guide.html#release-names")
    guide = lxml.html.fromstring((built_site / "package" / "guide.html").read_bytes())
    (section,) = guide.xpath("//*[@id='release-names']")
    assert "date and time it was published, in UTC" in section.text_content()


def test_a_changelog_says_photos_and_profile_links_in_words_and_leaves_the_old_pages_anchors_out(
    built_site: Path,
) -> None:
    """NeurIPS 2024's changelog printed "Natasha Jaques: old page's anchor for the speaker's talk:
    jacques_talk → jaques_talk" and "Natasha Jacques: photo: https://mlforsystems.org/assets/
    images/speakers/jacques.jpeg → https://…/jacques.jpg": words a visitor cannot read. A photo
    is "photo changed", the word linked to the new photo; a profile link is named by its address,
    linked; the old pages' anchors, which no page shows, are left out and counted (``workshop-data
    diff`` lists them). No change of any edition's changelog prints an address or an anchor."""
    page = lxml.html.fromstring((built_site / "neurips2024" / "changelog.html").read_bytes())
    said = [" ".join(li.text_content().split()) for li in page.xpath("//li[contains(@class, 'wd-change-')]")]
    assert "Natasha Jacques: photo changed" in said and "Richard Ho: photo added" in said
    (photo,) = page.xpath("//li[normalize-space()='Natasha Jacques: photo changed']//a")
    assert (photo.text_content(), photo.get("href")) == (
        "photo",
        "https://mlforsystems.org/assets/images/speakers/jacques.jpg",
    )
    assert "Natasha Jaques: profile link removed: socialrl.cs.washington.edu" in said
    left = [" ".join(p.text_content().split()) for p in page.xpath("//p[contains(@class, 'wd-left-out')]")]
    assert left == [
        "Also changed: where 1 link into the old site’s pages lands (workshop-data diff lists it).",
        "Also changed: where 2 links into the old site’s pages land (workshop-data diff lists them).",
        "Also changed: where 1 link into the old site’s pages lands (workshop-data diff lists it).",
    ]
    for edition in (p.parent.name for p in built_site.glob("*/changelog.html")):
        page = lxml.html.fromstring((built_site / edition / "changelog.html").read_bytes())
        said = [" ".join(li.text_content().split()) for li in page.xpath("//li[contains(@class, 'wd-change-person')]")]
        assert not [s for s in said if "anchor" in s or "photo: " in s or " links: " in s], edition


def pd_na(value: object) -> bool:
    """Whether a history's ``old`` or ``new`` holds nothing (pandas' NA): told "none"."""
    import pandas as pd

    return bool(pd.isna(value))


def test_an_untitled_talk_shows_its_speakers_role_title_in_the_speakers_list(built_site: Path) -> None:
    """NeurIPS 2022's schedule printed no talk titles ("Invited Speaker 3: Steve Keckler"), and
    its speakers list showed none, though his role on the home page holds his talk's title:
    :meth:`.Release.talk_title_role` finds it by the person, as his abstract is found, and no
    title where two roles could hold it. NeurIPS 2022's other speakers' roles hold no title;
    NeurIPS 2023's Chris Lattner and Atlas Wang are the two other slots it finds."""

    def listed(edition: str) -> dict[str, list[str]]:
        page = lxml.html.fromstring((built_site / edition / "schedule.html").read_bytes())
        out = {}
        for dt_ in page.xpath("//dl[contains(@class, 'wd-speakers')]/dt"):
            items = dt_.xpath("following-sibling::dd[1]//li")
            out[" ".join(dt_.text_content().split()).split(" (")[0]] = [
                " ".join(i.text_content().split()) for i in items
            ]
        return out

    speakers = listed("neurips2022")
    assert {name: speakers[name] for name in list(speakers)[:5]} == {
        "Jeff Dean": ["08:40 Invited Speaker 1 · Abstract"],
        "Dawn Song": ["09:30 Invited Speaker 2"],
        "Steve Keckler": ["14:15 Invited Speaker 3: Applying ML to Practical System Design · Abstract"],
        "Newsha Ardalani": ["15:05 Invited Speaker 4 · Abstract"],
        "Riyadh Baghdadi": ["15:55 Invited Speaker 5 · Abstract"],
    }
    speakers = listed("neurips2023")
    assert {name: speakers[name] for name in ("William Dally", "Chris Lattner", "Atlas Wang")} == {
        "William Dally": ["09:05 Special Speaker"],  # his role holds no title
        "Chris Lattner": ["10:00 Keynote Speaker: Programming Languages Challenges in Large Scale Machine Learning"],
        "Atlas Wang": ["13:30 Invited Speaker: Efficient Generative Inference with Heavy Hitters and Beyond"],
    }


def test_the_schedules_speakers_link_each_talk_to_its_abstract_on_the_home_page(built_site: Path) -> None:
    """NeurIPS 2018's and ISCA 2019's schedule pages printed each invited talk's abstract under
    the table ("Talk Abstracts", ``#schkufza_talk``); ours keeps the anchor on the speakers list,
    which gave the talk's time and title but no abstract, nor a way to it: the abstracts are on
    the edition's home page only. Each talk of the list whose abstract the data holds (a role of
    its speaker with that talk title) now links "Abstract" to it on the home page (the paragraph
    inside the speaker's fold, which a browser opens following the link: test_site_browser.py);
    a talk without one (Caroline Lemieux's) has no such link."""

    def entry(edition: str, anchor: str) -> Any:
        page = lxml.html.fromstring((built_site / edition / "schedule.html").read_bytes())
        return page.xpath(f"//dl[contains(@class, 'wd-speakers')]/dt[@id='{anchor}']/following-sibling::dd[1]")[0]

    def home_text(edition: str, href: str) -> str:
        file, _, anchor = href.partition("#")
        home = lxml.html.fromstring((built_site / edition / file).read_bytes())
        return " ".join(home.xpath(f"//*[@id='{anchor}']")[0].text_content().split())

    item = entry("neurips2018", "schkufza_talk").xpath(".//li")[0]
    assert " ".join(item.text_content().split()) == (
        "09:10 Invited Speaker 1: A Crash Course in Stochastic Program Optimization · Abstract"
    )
    abstract = item.xpath(".//a[contains(@class, 'wd-abstract-link')]")
    assert [a.text_content() for a in abstract] == ["Abstract"]
    href = abstract[0].get("href")
    assert href == "index.html#role-5-abstract"  # the abstract itself, inside its fold
    assert "Stochastic program optimizers turn that model on its head." in home_text("neurips2018", href)
    koushanfar = entry("isca2019", "speaker-farinaz-koushanfar").xpath(".//a[contains(@class, 'wd-abstract-link')]")
    assert "The fourth industrial revolution shaped by the Machine Learning (ML) algorithms is underway." in (
        home_text("isca2019", koushanfar[0].get("href"))
    )
    assert not entry("neurips2018", "speaker-caroline-lemieux").xpath(".//a[contains(@class, 'wd-abstract-link')]")


@pytest.mark.parametrize("edition", ["neurips2024", "isca2019"])
def test_an_editions_data_page_and_changelog_list_its_releases_newest_first(built_site: Path, edition: str) -> None:
    """A visitor reads both lists from the top for the newest: the changelog as any changelog,
    the data page's table of downloads with the release most want (the latest) first. The data
    page listed them oldest first, the changelog newest first. The order is the store's
    (publication time, then name: ISCA 2019's day-of releases, 2019-06-18.1823 before
    2019-06-18.182359), reversed, on both pages."""
    expected = list(reversed(store.release_names(edition)))
    data = lxml.html.fromstring((built_site / edition / "data.html").read_bytes())
    rows = data.xpath("//table[contains(@class, 'wd-releases')]/tbody/tr")
    assert [" ".join(tr.xpath("./td")[0].text_content().split()) for tr in rows] == expected
    assert [" ".join(tr.xpath("./td")[-1].text_content().split()) for tr in rows][:2] == ["latest", ""]
    published = [tr.xpath(".//time[contains(@class, 'wd-published')]/@datetime")[0] for tr in rows]
    assert published == sorted(published, reverse=True)
    changelog = lxml.html.fromstring((built_site / edition / "changelog.html").read_bytes())
    rubrics = [r.text_content() for r in changelog.xpath("//p[contains(@class, 'rubric')]")]
    assert rubrics == [f"Release {name}" for name in expected]


def test_the_search_field_names_the_site_not_docs(built_site: Path) -> None:
    """A visitor of the workshop's site opened the search (the top bar's button, or the search
    page) and was asked to "Search the docs ...": the theme's words for a project's manual, on
    pages that are mostly an edition's programme and people. Every search field, on an edition's
    page, the package's and the search page, names the site, as placeholder and as its name."""
    for page in ("index.html", "neurips2024/schedule.html", "package/guide.html", "search.html"):
        doc = lxml.html.fromstring((built_site / page).read_bytes())
        fields = doc.xpath("//input[@name='q']")
        assert fields, page
        for field in fields:
            assert (field.get("placeholder"), field.get("aria-label")) == ("Search the site…", "Search the site…"), page

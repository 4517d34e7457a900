"""`workshop-data import PAGE` into an edition that has releases: the new release keeps what the
schedule page does not say (papers, authors, roles, bios, photos, links, corrections that still
apply) from the previous release, and what the page says wins (issue #9).

Before: the user guide's organizer example (export NeurIPS 2024's schedule, edit a word, import
it) published a release without its 26 papers, every committee member and the speakers' roles
and bios; its diff listed each of them gone.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from test_readme import GUIDE, blocks, runnable

import workshop_data as wd
from workshop_data.formats.jekyll import to_jekyll
from workshop_data.importer import import_page
from workshop_data.model import Release
from workshop_data.store import edition_names, release_names
from workshop_data.validation import read_release

DATA = REPO / "workshop_data" / "data"
#: The guide's example's edition and the release it follows (the edition's newest).
EDITION, NEWEST = "neurips2024", "2024-12-15.0142"
#: The tables a schedule page does not give, compared record for record with the previous release.
CARRIED = ("roles", "papers", "authors", "paper_materials")


def organizer_block() -> list[str]:
    """The guide's "Publish a new release (organizers)" commands, as typed: the console block that
    imports a page of the edition and then says what changed (the guide's block for an
    organizer's alias table imports one too, and diffs nothing)."""
    found = [
        b
        for b in blocks(GUIDE)
        if any(c.startswith(f"workshop-data import schedule.md --edition {EDITION}") for c in b)
        and any(c.startswith("workshop-data diff") for c in b)
    ]
    assert len(found) == 1, f"the guide has one console block that imports a page of {EDITION} and diffs it"
    return [c for c in found[0] if runnable(c)]


def copy_newest(tmp_path: Path, edition: str) -> tuple[Path, Release]:
    """A data directory holding ``edition``'s newest shipped release (the one a new release
    follows), and that release."""
    newest = release_names(edition, DATA)[-1]
    shutil.copytree(DATA / edition / newest, tmp_path / "data" / edition / newest)
    return tmp_path / "data", read_release(DATA / edition / newest)


def imported(tmp_path: Path, data: Path, edition: str, page: str, name: str = "2026-01-01") -> Release:
    """``page`` imported as release ``name`` of ``edition`` into ``data``, read back."""
    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    folder, made = import_page(path, edition, name, data)
    release = read_release(folder)
    assert made.release == release
    return release


def test_the_guides_organizer_example_publishes_a_release_that_differs_by_the_edited_word(tmp_path: Path) -> None:
    checkout = tmp_path / "repo"
    shutil.copytree(DATA, checkout / "workshop_data" / "data")
    env = {**os.environ, "WORKSHOP_DATA_DIR": str(checkout / "workshop_data" / "data")}
    out = ""
    for command in organizer_block():
        args = shlex.split(command)
        argv = [sys.executable, "-P", "-m", "workshop_data", *args[1:]] if args[0] == "workshop-data" else args
        argv = [sys.executable, "-P", *args[1:]] if args[0] == "python" else argv  # the guide's copy of the data
        result = subprocess.run(argv, cwd=checkout, env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"`{command}` exited {result.returncode}: {result.stderr.strip()}"
        out = result.stdout
    assert command.startswith(f"workshop-data diff --edition {EDITION} --data-dir mydata {NEWEST} 2024-12-16")
    # the whole diff: the edited title, and nothing else (before: 17 roles and 26 papers gone,
    # every speaker's bio and photo removed, Mimee Xu's link)
    assert out.splitlines()[2:] == [
        "",
        "08:20  Keynote: Jeff Dean",
        "       retitled: “Advances in Machine Learning for Systems” → “Advances in ML for Systems”",
    ]
    folder = checkout / "mydata" / EDITION  # (huser22: the organizer's data directory, not the package's)
    changed = [f.name for f in sorted((folder / "2024-12-16").glob("*.csv")) if
               f.read_bytes() != (folder / NEWEST / f.name).read_bytes()]  # fmt: skip
    assert changed == ["slots.csv"]
    loaded = wd.load_papers(EDITION, data_dir=folder.parent)
    assert loaded.attrs["release"] == "2024-12-16" and len(loaded) == 26  # the latest: the 26 papers the site lists


def test_a_papers_authors_in_order_survive_the_import(tmp_path: Path) -> None:
    data, previous = copy_newest(tmp_path, EDITION)
    release = imported(tmp_path, data, EDITION, to_jekyll(previous).replace("Coffee Break", "Coffee"))
    cubic = next(p for p in release.papers if p.title.startswith("CubicML"))
    authors = sorted((a for a in release.authors if a.paper_id == cubic.paper_id), key=lambda a: a.position)
    # as the site's _data/neurips2024/papers.csv lists them (read by hand)
    assert [a.name for a in authors] == ["Wei Wen", "Quanyu Zhu", "Weiwei Chu", "Wen-Yen Chen", "Jiyan Yang"]
    assert [a.position for a in authors] == [1, 2, 3, 4, 5]
    assert all(release.person(a.person_id).name == a.name for a in authors)
    assert len(release.papers) == 26


def test_a_speaker_taken_off_the_page_keeps_the_roles_the_home_page_gave(tmp_path: Path) -> None:
    # The roles come from the edition's home page, not the schedule page: the page taking
    # Richard Ho's row off says nothing of the invited talk the home page announces (a release
    # of the home page would). He keeps his role, his bio and photo, and is on no slot.
    data, previous = copy_newest(tmp_path, EDITION)
    page, removed = re.subn(r'<tr id="hardware-richard-ho".*?</tr>\s*', "", to_jekyll(previous), flags=re.S)
    assert removed == 1
    release = imported(tmp_path, data, EDITION, page)
    assert [s.slot_id for s in previous.slots if "richard-ho" in s.speakers] == ["hardware-richard-ho"]
    assert all("richard-ho" not in s.speakers for s in release.slots)
    assert len(release.slots) == len(previous.slots) - 1
    assert release.roles == previous.roles
    ho = [r for r in release.roles if r.person_id == "richard-ho"]
    assert [(r.role, r.label, r.talk_title) for r in ho] == [
        ("invited", "Hardware", "Navigating Scaling and Efficiency Challenges of ML Systems")
    ]
    assert release.person("richard-ho") == previous.person("richard-ho")
    assert release.person("richard-ho").bio.startswith("Richard is Head of Hardware at OpenAI")
    changes = wd.diff(EDITION, previous.name, "2026-01-01", data_dir=data)
    # the row gone, the coffee break before it (its end the next row's start) longer; no role,
    # bio or photo of his changed
    assert list(zip(changes.change.astype(str), changes.slot, strict=True)) == [
        ("duration_changed", "Coffee Break"),
        ("removed", "Hardware: Richard Ho"),
    ]


def test_what_the_page_prints_wins_and_a_role_keeps_what_the_home_page_printed_with_it(tmp_path: Path) -> None:
    data, previous = copy_newest(tmp_path, EDITION)
    page = to_jekyll(previous)
    assert page.count("(<i>Google</i>)") == 1
    release = imported(tmp_path, data, EDITION, page.replace("(<i>Google</i>)", "(<i>Google DeepMind</i>)"))
    dean, before = release.person("jeff-dean"), previous.person("jeff-dean")
    assert dean.affiliations == ("Google DeepMind",)  # the page's
    assert (dean.bio, dean.photo_url, dean.anchor) == (before.bio, before.photo_url, before.anchor)  # the page has none
    role = next(r for r in release.roles if r.person_id == "jeff-dean")
    old_role = next(r for r in previous.roles if r.person_id == "jeff-dean")
    assert old_role.affiliations == () and role.affiliations == ("Google",)  # the home page printed Google with it
    assert dataclasses.replace(role, affiliations=()) == old_role


def test_a_correction_goes_with_the_value_it_corrected_and_stays_while_the_value_does(tmp_path: Path) -> None:
    # NeurIPS 2023's page printed the lunch at "12:30AM" after 11:30 AM; the data says 12:30 PM
    data, previous = copy_newest(tmp_path, "neurips2023")
    [lunch] = previous.corrections
    assert (lunch.resource, lunch.key, lunch.field, lunch.value) == ("slots", "lunch", "start", "2023-12-16T12:30:00")
    page = to_jekyll(previous)
    assert imported(tmp_path, data, "neurips2023", page).corrections == (lunch,)
    moved = page.replace(">12:30 PM<", ">12:45 PM<", 1)
    assert moved != page
    release = imported(tmp_path, data, "neurips2023", moved, "2026-01-02")
    assert release.slot("lunch").start is not None and release.slot("lunch").start.minute == 45
    assert release.corrections == ()  # the page now says the time itself


def test_a_first_release_of_an_edition_is_the_page_alone(tmp_path: Path) -> None:
    previous = read_release(DATA / EDITION / NEWEST)
    release = imported(tmp_path, tmp_path / "data", EDITION, to_jekyll(previous))
    assert (release.roles, release.papers, release.authors, release.paper_materials) == ((), (), (), ())
    assert all(not (p.bio or p.photo_url or p.links) for p in release.people)


@pytest.mark.parametrize("edition", edition_names(DATA))
def test_every_editions_page_imported_again_keeps_the_tables_the_page_does_not_give(
    tmp_path: Path, edition: str
) -> None:
    data, previous = copy_newest(tmp_path, edition)
    release = imported(tmp_path, data, edition, to_jekyll(previous))
    for table in CARRIED:
        assert getattr(release, table) == getattr(previous, table), table
    assert release.people == previous.people  # the page's speakers as printed, filled; then the rest
    assert release.corrections == previous.corrections  # each still applies: the page prints the values
    assert release.workshop == previous.workshop


def test_a_bios_link_and_the_words_printed_as_links_go_with_the_people(tmp_path: Path) -> None:
    # NeurIPS 2024's release of 2024-12-08 03:43 UTC: Natasha Jaques' bio links "Social RL Lab" (the home
    # page's), Divya Mahajan's link reads "@DivyaMahajn"; a schedule page gives neither, the previous
    # release's are kept with the bio and the links they belong to
    name = "2024-12-08.0343"
    shutil.copytree(DATA / EDITION / name, tmp_path / "data" / EDITION / name)
    previous = read_release(DATA / EDITION / name)
    release = imported(tmp_path, tmp_path / "data", EDITION, to_jekyll(previous), name="2024-12-09")
    [link] = release.links_in("people", "natasha-jacques", "bio")
    assert (link.text, link.url) == ("Social RL Lab", "https://socialrl.cs.washington.edu/")
    assert release.person("natasha-jacques").bio[link.span] == "Social RL Lab"
    assert release.person("divya-mahajan").link_label("https://twitter.com/divyamahajn") == "@DivyaMahajn"
    assert release.text_links == previous.text_links and release.people == previous.people


def test_the_sites_own_schedule_page_renames_no_one_its_home_page_names(tmp_path: Path, site_repo: Path) -> None:
    # NeurIPS 2025's schedule prints "Keynote: Azalia Mirhoseni" and links the home page's bio of
    # Azalia Mirhoseini: import-site names her as her own entry (the home page) does. Its page
    # imported alone, unchanged, published a release renaming the keynote and committee member
    # to the row's misprint ("name corrected: Azalia Mirhoseini → Azalia Mirhoseni" in diff, the
    # calendar's event updated with it), where the same page with its home page (--home) did not:
    # what the home page's entries name is kept, as the roles are.
    from workshop_data.cli import main

    data, previous = copy_newest(tmp_path, "neurips2025")
    page = site_repo / "schedule.md"
    assert "Keynote:</b> Azalia Mirhoseni<" in page.read_text("utf-8")
    assert previous.person("azalia-mirhoseini").name == "Azalia Mirhoseini"
    args = ["import", str(page), "--edition", "neurips2025", "--timezone", "America/Los_Angeles", "--data-dir"]
    assert main([*args, str(data), "--release", "2026-01-01"]) == 0
    alone = read_release(data / "neurips2025" / "2026-01-01")
    assert alone.person("azalia-mirhoseini").name == "Azalia Mirhoseini"
    assert alone.people == previous.people
    with_home = tmp_path / "with-home"
    shutil.copytree(data / "neurips2025" / previous.name, with_home / "neurips2025" / previous.name)
    assert main([*args, str(with_home), "--release", "2026-01-01", "--home", str(site_repo / "index.md")]) == 0
    assert read_release(with_home / "neurips2025" / "2026-01-01").people == alone.people

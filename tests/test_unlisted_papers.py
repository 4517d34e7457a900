"""Papers the site never listed are unknown, not none, wherever their count reaches a reader.

NeurIPS 2021's site never had a page of accepted papers (its folder holds ``index.md`` and
``call_for_papers.md`` alone), and NeurIPS 2025's has none at the bundle's last commit (the root
``accepted_papers.md`` was moved into ``neurips2024/`` on 2025-07-24): their releases have no
paper row. ``workshop-data editions`` printed "0 papers" for both, and ``wd.editions()`` 0, which
tells a reader the workshop accepted none. The one rule
(:func:`workshop_data.model.listed`: a release with no paper rows did not list papers) is
checked here on the shipped data, in every place that shows the count: the CLI's ``editions``,
``releases`` and ``papers``, :func:`workshop_data.editions` and :func:`workshop_data.releases`,
and the site's data pages.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import lxml.html
import pandas as pd
import pytest

import workshop_data as wd
from workshop_data import store
from workshop_data.model import listed
from workshop_data.validation import read_release
from workshop_data.words import PAPERS_NOT_LISTED, papers_not_listed

#: Hand-checked in the bundle: the editions whose site never listed accepted papers.
NOT_LISTED = ("neurips2021", "neurips2025")
#: Papers per edition as each edition's accepted-papers page lists them at its latest release.
LISTED = {
    "neurips2018": 19,
    "isca2019": 5,
    "neurips2019": 22,
    "neurips2020": 18,
    "neurips2022": 19,
    "neurips2023": 32,
    "neurips2024": 26,
}


@pytest.fixture(autouse=True)
def _shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKSHOP_DATA_DIR", raising=False)  # the shipped data, as a reader has it


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "WORKSHOP_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "workshop_data", *args], capture_output=True, text=True, env=env, check=False
    )


def test_the_rule() -> None:
    assert listed(26) == 26 and listed(1) == 1
    assert listed(0) is None  # no paper row: not listed, unknown
    assert listed(None) is None  # the schema records no papers: unknown


def test_the_editions_command_says_papers_not_listed() -> None:
    proc = run("editions")
    assert proc.returncode == 0, proc.stderr
    lines = {line.split()[0]: line for line in proc.stdout.splitlines()}
    for edition in NOT_LISTED:
        assert lines[edition].endswith(" slots, papers not listed)"), lines[edition]
    for edition, n in LISTED.items():
        assert lines[edition].endswith(f" slots, {n} papers)"), lines[edition]
    assert "0 papers" not in proc.stdout


def test_editions_frame_gives_na_where_papers_were_not_listed() -> None:
    df = wd.editions().set_index("edition")
    assert str(df["papers"].dtype) == "Int64"
    assert [e for e in df.index if df.loc[e, "papers"] is pd.NA] == list(NOT_LISTED)
    assert {e: int(df.loc[e, "papers"]) for e in LISTED} == LISTED
    assert "<NA>" in (wd.editions.__doc__ or "") and "not 0" in (wd.editions.__doc__ or "")


def test_releases_before_a_papers_page_list_none() -> None:
    frame = wd.releases("neurips2025")
    assert len(frame) == 7 and frame["papers"].isna().all()
    lines = run("releases", "neurips2025").stdout.splitlines()
    latest = "2025-12-03.1003  published 2025-12-03 10:03 UTC, 02:03 at the venue"
    assert lines[-1].startswith(latest) and lines[-1].endswith("  18 slots, 0 talks, papers not listed  (latest)")
    # NeurIPS 2024's first releases were published before its papers page: not listed either
    # (the command's lines: test_cli's test of a release whose schema has no papers)
    frame = wd.releases("neurips2024").set_index("release")
    assert frame.loc["2024-08-14.1922", "papers"] is pd.NA and frame.loc["2024-11-18.1748", "papers"] == 26


@pytest.mark.parametrize("edition", NOT_LISTED)
def test_the_papers_command_says_not_listed_in_every_format(edition: str) -> None:
    table = run("papers", "--edition", edition)
    assert table.returncode == 0, table.stderr
    head, _, *rest = table.stdout.splitlines()
    assert head.endswith(" · accepted papers not listed"), head
    latest = read_release(store.release_path(edition, "latest", store.data_dir(None)))
    # the site's words (huser22: it had a sentence of its own), then what an organizer can do
    assert rest == [papers_not_listed(latest), _to_record(edition, latest.name)]
    as_json = run("papers", "--edition", edition, "--format", "json")
    assert json.loads(as_json.stdout)["papers"] is None  # unknown, as a 1.0.0 release's
    as_csv = run("papers", "--edition", edition, "--format", "csv")
    assert list(csv.reader(io.StringIO(as_csv.stdout)))[1:] == []
    assert "lists no accepted papers (the site's pages did not list them)" in as_csv.stderr
    assert "unknown, not none" in as_csv.stderr


def test_the_site_data_pages_say_not_listed(built_site: Path) -> None:
    def papers_column(edition: str) -> dict[str, str]:
        page = lxml.html.fromstring((built_site / edition / "data.html").read_bytes())
        table = page.xpath("//table[contains(@class, 'wd-releases')]")[0]
        heads = [th.text_content().strip() for th in table.xpath(".//thead//th")]
        at = heads.index("Papers")
        rows = [[td.text_content().strip() for td in tr.xpath("./td")] for tr in table.xpath(".//tbody/tr")]
        return {row[0]: row[at] for row in rows}

    assert set(papers_column("neurips2025").values()) == {"not listed"}
    assert set(papers_column("neurips2021").values()) == {"not listed"}
    shown = papers_column("neurips2024")
    assert shown["2024-08-14.1922"] == "not listed" and shown["2024-12-15.0142"] == "26"
    assert shown["2024-11-20"] == "unknown"  # schema 1.0.0 records no papers


def test_the_site_words_papers_not_listed_by_the_day_the_release_was_published() -> None:
    """An edition's home (and papers page) said "The site did not list this edition's accepted
    papers: how many there were is unknown." of every release without papers, also of one
    published before the workshop's day, whose papers were not yet due: an organizer's new
    edition imported from its schedule page weeks before, NeurIPS 2025's last release (3
    December for 6 December), NeurIPS 2021's (28 September for 13 December). Such a release is
    named, and said to be before the day; a release of the day or after keeps the past tense.
    The day is the venue's (Vancouver's 13 December 2021 began at 08:00 UTC); no clock is read."""
    root = store.data_dir(None)
    latest = {e: read_release(store.release_path(e, "latest", root)) for e in NOT_LISTED}
    assert papers_not_listed(latest["neurips2025"]) == (
        "Release 2025-12-03.1003, published before the workshop's day, lists no accepted papers:"
        " their number is not known."
    )
    rel = latest["neurips2021"]
    assert (rel.workshop.date, rel.workshop.timezone) == (dt.date(2021, 12, 13), "America/Los_Angeles")
    assert papers_not_listed(rel).startswith("Release 2021-09-28.2155, published before the workshop's day, ")
    on_the_day = dataclasses.replace(rel, published=dt.datetime(2021, 12, 13, 8, tzinfo=dt.UTC))
    assert papers_not_listed(on_the_day) == PAPERS_NOT_LISTED
    the_eve = dataclasses.replace(rel, published=dt.datetime(2021, 12, 13, 7, 59, tzinfo=dt.UTC))
    assert papers_not_listed(the_eve).startswith("Release 2021-09-28.2155, published before the workshop's day")
    no_day = dataclasses.replace(rel, workshop=dataclasses.replace(rel.workshop, date=None))
    assert papers_not_listed(no_day) == "Release 2021-09-28.2155 lists no accepted papers: their number is not known."


@pytest.mark.parametrize(
    ("edition", "release"),
    [("neurips2025", "latest"), ("neurips2021", "latest"), ("neurips2024", "2024-08-14.1922")],
)
def test_the_command_line_and_the_site_say_a_list_not_listed_in_one_sentence(edition: str, release: str) -> None:
    """huser22: the command line says a release that lists no accepted papers (or no schedule) in
    the package's words, from :mod:`workshop_data.words` (``papers_not_listed``,
    ``schedule_not_listed``): ``workshop-data papers`` "The site's pages did not list this edition's
    accepted papers (as of this release): how many the workshop accepted is not known." and
    ``workshop-data schedule`` "No schedule in this release: its pages give none.". The site says
    it in a visitor's words, from the same module (``papers_not_listed_then``,
    ``schedule_not_listed_then``: "As of Wednesday 3 December 2025, … listed no accepted papers"),
    tested on the built site in test_site.py."""
    from workshop_data import words

    rel = read_release(store.release_path(edition, release, store.data_dir(None)))
    papers = run("papers", "--edition", edition, "--release", release)
    assert papers.returncode == 0, papers.stderr
    assert papers.stdout.splitlines()[2:] == [words.papers_not_listed(rel), _to_record(edition, rel.name)]
    schedule = run("schedule", "--edition", edition, "--release", release)
    assert schedule.returncode == 0, schedule.stderr
    said = words.schedule_not_listed(rel)
    assert (said in schedule.stdout.splitlines()) == (not rel.slots)


def _to_record(edition: str, release: str) -> str:
    """The papers command's last line where a release lists no papers (words.papers_unlisted_advice):
    for these shipped releases, the edition's pages never had a list (NeurIPS 2021, 2025), or a
    later release lists them (NeurIPS 2024's first release, before its papers page)."""
    if edition == "neurips2024":
        return (
            "Another release of the edition lists them: release 2024-12-15.0142 of neurips2024 lists 26:"
            " workshop-data papers --edition neurips2024 --release 2024-12-15.0142"
        )
    return (
        f"No release of {edition} lists accepted papers (its pages never had a list); an organizer records them in a"
        " new release, its schedule page imported with the edition's accepted papers page: workshop-data import"
        f" schedule.md --papers accepted_papers.md --edition {edition} --release NEW"
    )


def _advice(edition: str, release: str, *data_dir: str) -> str:
    """The last line ``workshop-data papers`` prints of a release that lists no papers."""
    done = run("papers", "--edition", edition, "--release", release, *data_dir)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1]


def test_a_release_none_of_whose_editions_releases_lists_papers_is_told_how_they_are_recorded() -> None:
    # One piece of advice served three cases (huser24). NeurIPS 2021 and 2025: no version of
    # their pages had a papers list, and no release lists any.
    for edition in NOT_LISTED:
        said = _advice(edition, "latest")
        assert said == _to_record(edition, "latest")
        assert all(not s["papers"] for s in store.release_summaries(edition))  # the oracle: every release


def test_a_release_of_an_edition_another_release_of_which_lists_papers_names_that_release() -> None:
    # NeurIPS 2024's first release (2024-08-14.1922), before its papers page: the newest release
    # lists 26, and the command it names lists them (it said the newest release "may give them",
    # and for an edition whose newest release lists none, how an organizer records them)
    said = _advice("neurips2024", "2024-08-14.1922")
    assert said == _to_record("neurips2024", "2024-08-14.1922")
    named = said.split(": ", 2)[-1].split()[1:]
    assert named == ["papers", "--edition", "neurips2024", "--release", "2024-12-15.0142"]
    listed_there = run(*named, "--format", "json")
    assert len(json.loads(listed_there.stdout)["papers"]) == 26
    # ISCA 2019's first releases, before its papers page (an earlier page of the site's root
    # was NeurIPS 2018's): its newest release lists 5
    assert _advice("isca2019", "2019-04-29.0317") == (
        "Another release of the edition lists them: release 2021-08-13.0924 of isca2019 lists 5:"
        " workshop-data papers --edition isca2019 --release 2021-08-13.0924"
    )


def test_a_release_whose_papers_page_the_import_could_not_read_says_so_and_what_to_run() -> None:
    # ISCA 2019 from 2019-05-01 to 2019-09-12: its papers page listed NeurIPS 2018's papers, which
    # the import reported and did not take (recorded in the data directory, .import-site-papers)
    said = _advice("isca2019", "2019-05-02.0030")
    assert said == (
        "The import could not read the edition's accepted papers page then (commit 5dc66ea (upstream bcbae54):"
        " accepted_papers.md: lists another edition's papers (19 of its 19 papers are neurips2018's accepted"
        " papers); not imported as isca2019's papers); release 2021-08-13.0924 of isca2019 lists 5:"
        " workshop-data papers --edition isca2019 --release 2021-08-13.0924"
    )


def test_an_unread_papers_page_is_recorded_by_import_site_and_named_by_papers(tmp_path: Path) -> None:
    # a site whose papers page cannot be read and no release listing papers: import the page again
    from conftest import SEED, require

    from workshop_data.siteimport.publishing import PAPERS_UNREAD

    require(SEED.is_file(), f"{SEED} is missing")
    site = tmp_path / "site"
    site.mkdir()
    page = SEED.read_text("utf-8")
    (site / "schedule.md").write_text(page, "utf-8")
    front = page.split("---\n")[1]
    conflict = "<<<<<<< HEAD\n- **A Paper**, Ann Author\n=======\n- **B Paper**, Bo Author\n>>>>>>> other\n"
    (site / "accepted_papers.md").write_text(f"---\n{front}---\n{conflict}", "utf-8")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t"}
    env |= {"GIT_COMMITTER_EMAIL": "t@x", "GIT_AUTHOR_DATE": "2024-11-19T12:00:00Z"}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "one"]):
        subprocess.run(["git", "-C", str(site), *args], check=True, capture_output=True, env=env)
    data = tmp_path / "data"
    done = run("import-site", str(site), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    (reported,) = [line for line in done.stderr.splitlines() if "accepted_papers.md" in line]
    problem = reported.removeprefix("workshop-data: warning: ")
    assert "unresolved merge conflict" in problem
    (line,) = (data / PAPERS_UNREAD).read_text("utf-8").splitlines()
    assert line == f"neurips2024\t2024-11-19T12:00:00Z\t{problem}"
    assert _advice("neurips2024", "latest", "--data-dir", str(data)) == (
        f"The import could not read the edition's accepted papers page then ({problem}); correct the page and"
        f" import the site again: workshop-data import-site SITE --data-dir {data}"
    )


def test_a_papers_page_read_after_it_could_not_be_is_no_longer_said_unread(tmp_path: Path) -> None:
    # A papers page the import could not read (a merge conflict), then mended to list no papers
    # (read: the site lists none), then broken again: `papers` said of every release after the
    # first failure that the page could not be read, the mended page's releases too, as the record
    # (.import-site-papers) held the failures alone and no release between lists papers.
    from workshop_data.siteimport.publishing import PAPERS_UNREAD

    page, broken, retitled = _papers_pages()
    front = page.split("---\n")[1]
    empty = f'---\n{front}---\n<div class="accepted_papers_section"><h2>Accepted Papers</h2></div>\n'
    steps = [  # (when, schedule page, papers page): the releases are the schedule's changes
        ("2024-11-19T12:00:00Z", page, broken),  # release 2024-11-19.1200; the papers page not read
        ("2024-11-20T12:00:00Z", page, empty),  # read: it lists none (no change, no release)
        ("2024-11-21T12:00:00Z", retitled, empty),  # release 2024-11-21.1200: the page read lists none
        ("2024-11-22T12:00:00Z", retitled, broken.replace("A Paper", "C Paper")),  # not read again
        ("2024-11-23T12:00:00Z", page, broken.replace("A Paper", "C Paper")),  # release 2024-11-23.1200
    ]
    data, (first, again) = _imported_history(
        tmp_path, [(when, {"schedule.md": schedule, "accepted_papers.md": papers}) for when, schedule, papers in steps]
    )
    assert "unresolved merge conflict" in first and "unresolved merge conflict" in again
    names = sorted(p.name for p in (data / "neurips2024").iterdir())
    assert names == ["2024-11-19.1200", "2024-11-21.1200", "2024-11-23.1200"]
    assert _advice("neurips2024", "2024-11-19.1200", "--data-dir", str(data)) == _unread(first, data)
    assert _advice("neurips2024", "2024-11-21.1200", "--data-dir", str(data)) == _ended(first, data)
    assert _advice("neurips2024", "2024-11-23.1200", "--data-dir", str(data)) == _unread(again, data)
    record = (data / PAPERS_UNREAD).read_text("utf-8").splitlines()
    assert len(record) == 2 and record[1].endswith(again)


def test_a_papers_page_deleted_after_it_could_not_be_read_is_no_longer_said_unread(tmp_path: Path) -> None:
    # A papers page the import could not read (a merge conflict), moved into the edition's folder
    # still broken, then deleted, not mended: the record (.import-site-papers) ended no failure
    # (none was followed by a read), so `papers` said of every later release, for ever, that the
    # page could not be read, where the edition had no papers page. Its deletion ends them.
    from workshop_data.siteimport.publishing import PAPERS_UNREAD

    page, broken, retitled = _papers_pages()
    steps: list[tuple[str, dict[str, str | None]]] = [  # (when, the pages changed: None deleted)
        ("2024-11-19T12:00:00Z", {"schedule.md": page, "accepted_papers.md": broken}),  # 2024-11-19.1200
        # moved into the edition's folder, still broken: not read again (no release: nothing changed)
        ("2024-11-20T12:00:00Z", {"accepted_papers.md": None, "neurips2024/accepted_papers.md": broken}),
        ("2024-11-21T12:00:00Z", {"schedule.md": retitled}),  # release 2024-11-21.1200: its page not read
        ("2024-11-22T12:00:00Z", {"neurips2024/accepted_papers.md": None}),  # deleted: no papers page
        ("2024-11-23T12:00:00Z", {"schedule.md": page}),  # release 2024-11-23.1200: no papers page
    ]
    data, (first, moved) = _imported_history(tmp_path, steps)
    assert "unresolved merge conflict" in first and moved.split(": ")[1] == "neurips2024/accepted_papers.md"
    names = sorted(p.name for p in (data / "neurips2024").iterdir())
    assert names == ["2024-11-19.1200", "2024-11-21.1200", "2024-11-23.1200"]
    assert (data / PAPERS_UNREAD).read_text("utf-8").splitlines() == [
        f"neurips2024\t2024-11-19T12:00:00Z\t{first}\t2024-11-22T12:00:00Z",
        f"neurips2024\t2024-11-20T12:00:00Z\t{moved}\t2024-11-22T12:00:00Z",
    ]
    assert _advice("neurips2024", "2024-11-19.1200", "--data-dir", str(data)) == _unread(first, data)
    assert _advice("neurips2024", "2024-11-21.1200", "--data-dir", str(data)) == _unread(moved, data)
    # the edition had a papers page, which was deleted: not "its pages never had a list" (hattack26)
    assert _advice("neurips2024", "2024-11-23.1200", "--data-dir", str(data)) == _ended(moved, data)


def test_a_papers_page_another_editions_page_replaced_after_it_could_not_be_read_is_no_longer_said_unread(
    tmp_path: Path,
) -> None:
    # The site's root pages are the newest edition's: NeurIPS 2024's accepted_papers.md, which the
    # import could not read, became NeurIPS 2025's (its front matter says so), read, listing none.
    # NeurIPS 2024 had no papers page from then on, and `papers` said of its later releases that
    # the page could not be read, as the record ended no failure.
    from workshop_data.siteimport.publishing import PAPERS_UNREAD

    page, broken, retitled = _papers_pages()
    nextyear = (
        '---\ntitle: Accepted Papers\nworkshop_name: neurips2025\n---\n<div class="accepted_papers_section"></div>\n'
    )
    steps: list[tuple[str, dict[str, str | None]]] = [
        ("2024-11-19T12:00:00Z", {"neurips2024/schedule.md": page, "accepted_papers.md": broken}),  # not read
        ("2024-11-20T12:00:00Z", {"accepted_papers.md": nextyear}),  # NeurIPS 2025's page now
        ("2024-11-21T12:00:00Z", {"neurips2024/schedule.md": retitled}),  # release 2024-11-21.1200
    ]
    data, (first,) = _imported_history(tmp_path, steps)
    assert sorted(p.name for p in (data / "neurips2024").iterdir()) == ["2024-11-19.1200", "2024-11-21.1200"]
    assert (data / PAPERS_UNREAD).read_text("utf-8").splitlines() == [
        f"neurips2024\t2024-11-19T12:00:00Z\t{first}\t2024-11-20T12:00:00Z"
    ]
    assert _advice("neurips2024", "2024-11-19.1200", "--data-dir", str(data)) == _unread(first, data)
    assert _advice("neurips2024", "2024-11-21.1200", "--data-dir", str(data)) == _ended(first, data)


def test_a_papers_page_unpublished_after_it_could_not_be_read_is_no_longer_said_unread(tmp_path: Path) -> None:
    # A papers page the import could not read, then set to `published: false` (a draft: Jekyll
    # renders no such page, so the site shows no papers page from then on, as if it were deleted).
    # The record (.import-site-papers) ended no failure, so `papers` said of every later release
    # that the page could not be read (hattack26). The edition's releases keep the last version
    # read, as of a page deleted; the unpublished version is reported, as before.
    from workshop_data.siteimport.publishing import PAPERS_UNREAD

    page, broken, retitled = _papers_pages()
    draft = broken.replace("---\n", "---\npublished: false\n", 1)
    steps: list[tuple[str, dict[str, str | None]]] = [
        ("2024-11-19T12:00:00Z", {"schedule.md": page, "accepted_papers.md": broken}),  # 2024-11-19.1200
        ("2024-11-20T12:00:00Z", {"accepted_papers.md": draft}),  # unpublished: the site shows none
        ("2024-11-21T12:00:00Z", {"schedule.md": retitled}),  # release 2024-11-21.1200
    ]
    data, (first, drafted) = _imported_history(tmp_path, steps)
    assert "'published' is false" in drafted
    assert sorted(p.name for p in (data / "neurips2024").iterdir()) == ["2024-11-19.1200", "2024-11-21.1200"]
    assert (data / PAPERS_UNREAD).read_text("utf-8").splitlines() == [
        f"neurips2024\t2024-11-19T12:00:00Z\t{first}\t2024-11-20T12:00:00Z"
    ]
    assert _advice("neurips2024", "2024-11-19.1200", "--data-dir", str(data)) == _unread(first, data)
    assert _advice("neurips2024", "2024-11-21.1200", "--data-dir", str(data)) == _ended(first, data)


#: A papers page of NeurIPS 2024 that lists the rows of its CSV, as the site's did from 2023.
LOOPED = """---
title: Accepted Papers
---
<div class="accepted_papers_section"><h2>Accepted Papers</h2>
{% for paper in site.data.neurips2024.papers %}
<p><b>{{paper.title}}</b>. {{ paper.authors }}.</p>
{% endfor %}
</div>
"""


def test_a_papers_csv_deleted_under_its_page_is_reported_not_kept_silently(tmp_path: Path) -> None:
    # An organizer's checkout moved the papers from _data/neurips2024/papers.csv into a YAML file
    # (Jekyll reads site.data.neurips2024.papers from either), deleting the CSV, the page
    # unchanged: the import read the page again only when its CSV was written, so it went on with
    # the deleted CSV's papers and said nothing (hattack27). The page is read again when its CSV
    # is deleted: it cannot be (its CSV is gone), which is reported and recorded; the edition keeps
    # the last version read, as of any page that cannot be read.
    from workshop_data.siteimport.publishing import PAPERS_UNREAD

    page, _, retitled = _papers_pages()
    looped = LOOPED.replace("title: Accepted Papers\n", "title: Accepted Papers\nworkshop_name: neurips2024\n")
    csv_path, yml_path = "_data/neurips2024/papers.csv", "_data/neurips2024/papers.yml"
    steps: list[tuple[str, dict[str, str | None]]] = [
        (
            "2024-11-19T12:00:00Z",
            {"schedule.md": page, "accepted_papers.md": looped, csv_path: "title,authors\nA,Ann\n"},
        ),
        ("2024-11-20T12:00:00Z", {csv_path: None, yml_path: "- title: B\n  authors: Bo\n"}),
        ("2024-11-21T12:00:00Z", {"schedule.md": retitled}),
    ]
    data, said = _imported_history(tmp_path, steps)
    # hattack28: the loop reads papers.yml once the CSV is gone (Jekyll's data files), as the site
    # showed it: the page is read again, nothing to report, the papers are the YAML file's
    assert said == []
    assert not (data / PAPERS_UNREAD).exists()
    names = sorted(p.name for p in (data / "neurips2024").iterdir())
    assert names == ["2024-11-19.1200", "2024-11-20.1200", "2024-11-21.1200"]
    assert [p.title for p in read_release(data / "neurips2024" / "2024-11-20.1200").papers] == ["B"]


def test_a_problem_line_quotes_a_huge_title_shortened_naming_commit_file_row_and_field(tmp_path: Path) -> None:
    # A title of 90,000 characters given twice in the papers CSV: the report's line quoted it
    # whole, twice over in the record (.import-site-papers), a 90 KB line (hattack26). The line is
    # cut in its middle (report.problem, errors.bounded): its start names the commit, the file,
    # the row and the field, its end says what is wrong.
    from workshop_data.errors import PROBLEM_MOST
    from workshop_data.siteimport.publishing import PAPERS_UNREAD

    page, _, _ = _papers_pages()
    title = "Learned Indexes " * 5625  # 90,000 characters
    rows = f'title,authors\n"{title}",Ann Author\n"{title}",Ann Author\n'
    steps: list[tuple[str, dict[str, str | None]]] = [
        (
            "2024-11-19T12:00:00Z",
            {"schedule.md": page, "accepted_papers.md": LOOPED, "_data/neurips2024/papers.csv": rows},
        )
    ]
    data, (said,) = _imported_history(tmp_path, steps)
    assert len(title) == 90_000 and len(said) == PROBLEM_MOST
    head, tail = said.split("…")
    assert (
        head.startswith("commit ") and ": _data/neurips2024/papers.csv: row 2, field 'title': 'Learned Indexes" in head
    )
    assert tail.endswith(
        "is row 1's paper given again (the site prints it twice): a paper is accepted once; remove one of the rows"
    )
    (line,) = (data / PAPERS_UNREAD).read_text("utf-8").splitlines()
    assert line == f"neurips2024\t2024-11-19T12:00:00Z\t{said}"


def test_a_record_of_unread_papers_pages_past_a_mebibyte_is_read_whole_and_not_written_again(tmp_path: Path) -> None:
    # .import-site-papers was read up to 1 MiB: a longer one never equalled the record the run
    # made, so each run wrote it again (a second run must write nothing), and `papers` lost its
    # later failures. Read whole, it is written once.
    from workshop_data.siteimport import git
    from workshop_data.siteimport.publishing import PAPERS_UNREAD, papers_unread, record_papers_unread
    from workshop_data.siteimport.report import Report

    report = Report(existing=["2024-11-19.1200"])
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    for number in range(3000):  # each line some 520 bytes: 1.5 MiB
        when = start + dt.timedelta(hours=number)
        commit = git.Commit(sha=f"{number:040x}", author_time=when, original="", subject="", changes=())
        report.problems.append(f"commit {number:07x}: accepted_papers.md: " + "a problem said at length " * 20)
        report.papers_not_read("neurips2024", commit)
    record_papers_unread(tmp_path, report)
    path = tmp_path / PAPERS_UNREAD
    size, inode = path.stat().st_size, path.stat().st_ino
    assert size > 1 << 20
    record_papers_unread(tmp_path, report)  # a second run: the same record, nothing written
    assert (path.stat().st_ino, path.stat().st_size) == (inode, size)
    found = papers_unread(tmp_path, "neurips2024")
    assert len(found) == 3000 and found[-1][1] == report.problems[-1]


def _papers_pages() -> tuple[str, str, str]:
    """The seed's schedule page, a papers page that cannot be read (a merge conflict) and the
    schedule retitled."""
    from conftest import SEED, require

    require(SEED.is_file(), f"{SEED} is missing")
    page = SEED.read_text("utf-8")
    front = page.split("---\n")[1]
    conflict = "<<<<<<< HEAD\n- **A Paper**, Ann Author\n=======\n- **B Paper**, Bo Author\n>>>>>>> other\n"
    return page, f"---\n{front}---\n{conflict}", page.replace("Machine Learning for Systems", "ML for Systems")


def _imported_history(tmp_path: Path, steps: list[tuple[str, dict[str, str | None]]]) -> tuple[Path, list[str]]:
    """A site of ``steps`` (each commit's author time and the files it writes, None: deletes),
    imported by ``import-site``: the data directory and the problems said of papers pages."""
    site = tmp_path / "site"
    site.mkdir()
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t"}
    subprocess.run(["git", "-C", str(site), "init", "-q"], check=True, capture_output=True, env=env)
    for when, files in steps:
        for name, text in files.items():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            _ = (site / name).write_text(text, "utf-8") if text is not None else (site / name).unlink()
        dated = {**env, "GIT_COMMITTER_EMAIL": "t@x", "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        for args in (["add", "-A"], ["commit", "-q", "-m", when]):
            subprocess.run(["git", "-C", str(site), *args], check=True, capture_output=True, env=dated)
    data = tmp_path / "data"
    done = run("import-site", str(site), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    said = [line.removeprefix("workshop-data: warning: ") for line in done.stderr.splitlines()]
    return data, [line for line in said if "accepted_papers.md" in line or "papers.csv" in line]


def _unread(problem: str, data: Path) -> str:
    """What ``papers`` says of a release of :func:`_imported_history`'s data directory ``data``
    whose papers page was not read (``problem``) and no release lists papers."""
    rerun = f"correct the page and import the site again: workshop-data import-site SITE --data-dir {data}"
    return f"The import could not read the edition's accepted papers page then ({problem}); {rerun}"


def _ended(problem: str, data: Path) -> str:
    """What ``papers`` says of a release of ``data`` no release of whose edition lists papers, whose
    papers page the import could not read before it (``problem``) and was read listing none, deleted,
    unpublished or given to another edition since: the edition had a papers page, so not "its pages never had a
    list"."""
    return (
        f"No release of neurips2024 lists accepted papers (the import could not read the edition's papers page"
        f" earlier ({problem}), and it was read listing none, deleted, unpublished or made another edition's since);"
        " an"
        " organizer records them in a new release, its schedule page imported with the edition's accepted papers"
        " page: workshop-data import schedule.md --papers accepted_papers.md --edition neurips2024 --release NEW"
        f" --data-dir {data}"
    )

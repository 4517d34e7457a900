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
    """huser22: a release that lists no accepted papers (or no schedule) was said so in a sentence
    of each place's own: the site's home and papers page "… lists no accepted papers: their number
    is not known." (or "The site did not list this edition's accepted papers: how many there were
    is unknown."), ``workshop-data papers`` "The site's pages did not list this edition's accepted
    papers (as of this release): how many the workshop accepted is not known.", the site's schedule
    page "No schedule yet: release …, published before the workshop's day, lists none." and
    ``workshop-data schedule`` "No schedule in this release: its pages give none.". One home,
    :mod:`workshop_data.words`, and each says its sentence."""
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
    """The papers command's last line where a release lists no papers: the newest release, or how
    an organizer records them (words.papers_to_record), a sentence's capital first."""
    from workshop_data.words import papers_to_record

    said = papers_to_record(edition, release, store.newest_name(edition), None)
    return said[0].upper() + said[1:]

"""The pandas loaders over the shipped release: every fact of the page, with proper dtypes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest
from conftest import PINNED

import workshop_data as wd
from workshop_data.datapackage import write_release
from workshop_data.model import Paper
from workshop_data.validation import read_release


def test_schedule_has_the_pages_14_slots_in_order() -> None:
    df = wd.load_schedule(*PINNED)
    assert len(df) == 14
    assert df["start"].is_monotonic_increasing
    assert [f"{t:%H:%M}" for t in df["start"]] == [
        "08:20", "09:15", "09:55", "10:10", "10:50", "11:10", "12:00",
        "13:00", "13:50", "14:00", "14:20", "14:40", "15:05", "16:00",
    ]  # fmt: skip
    assert str(df["start"].dt.tz) == "America/Vancouver"


def test_dtypes_come_from_the_descriptor() -> None:
    df = wd.load_schedule(*PINNED)
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    assert df["kind"].cat.ordered
    assert list(df["kind"].cat.categories) == list(wd.KINDS)
    assert df["end_derived"].dtype == "boolean"
    assert df["title"].dtype == "string"
    assert df["n_talks"].dtype == "Int64"
    assert pd.api.types.is_timedelta64_dtype(df["duration"])


def test_last_end_is_unknown_not_invented() -> None:
    df = wd.load_schedule(*PINNED)
    last = df.iloc[-1]
    assert last["kind"] == "panel"
    assert pd.isna(last["end"]) and pd.isna(last["duration"])
    assert not last["end_derived"]
    assert df["end_derived"].iloc[:-1].all()
    assert (df["end"].iloc[:-1].to_numpy() == df["start"].iloc[1:].to_numpy()).all()


def test_labels_kinds_titles_status() -> None:
    df = wd.load_schedule(*PINNED).set_index("slot_id")
    assert df.loc["keynote-jeff-dean", "label"] == "Keynote"
    assert list(df.loc[df["kind"] == "invited", "label"]) == ["Invited", "Hardware", "Retrospective", "CodeGen"]
    assert pd.isna(df.loc["retrospective-tim-kraska", "title"])  # the page gives none
    assert df.loc["qa", "status"] == "TBD"
    assert df.loc["panel", "speakers"] == "Jeff Dean, Natasha Jacques, Tim Kraska"
    assert df.loc["retrospective-tim-kraska", "affiliations"] == "MIT, AWS"
    assert (df["kind"] == "contributed").sum() == 2


def test_tz_switch_moves_the_keynote_to_1720_in_berlin() -> None:
    df = wd.load_schedule(*PINNED, tz="Europe/Berlin")
    assert f"{df['start'].iloc[0]:%H:%M %Z}" == "17:20 CET"


def test_unknown_time_zone_is_a_clear_error() -> None:
    with pytest.raises(wd.WorkshopDataError, match="unknown time zone 'Mars/Base'"):
        wd.load_schedule(*PINNED, tz="Mars/Base")


def test_talks_keep_inline_emphasis_and_unknown_speakers() -> None:
    talks = wd.load_talks(*PINNED)
    assert len(talks) == 4
    warp = talks[talks["title"].str.startswith("WarpDrive")].iloc[0]
    assert warp["title_myst"].startswith("*WarpDrive*:")
    assert talks["speakers"].isna().all()
    assert list(talks.groupby("slot_id", sort=False)["order"].apply(list)) == [[1, 2], [1, 2]]
    assert "<br" not in "".join(talks["title"])


def test_talks_carry_their_slots_start_and_kind_in_the_zone_asked() -> None:
    talks = wd.load_talks(*PINNED, tz="Europe/Berlin")
    schedule = wd.load_schedule(*PINNED, tz="Europe/Berlin").set_index("slot_id")
    assert list(talks["start"]) == list(schedule.loc[talks["slot_id"], "start"])
    assert str(talks["start"].dt.tz) == "Europe/Berlin"
    assert set(talks["kind"]) == {"contributed"} and talks["kind"].dtype == schedule["kind"].dtype


def test_people_affiliations_are_lists_and_anchors_kept() -> None:
    people = wd.load_people(*PINNED).set_index("person_id")
    assert people.loc["tim-kraska", "affiliations"] == ("MIT", "AWS")
    assert people.loc["jeff-dean", "anchor"] == "dean_talk"
    assert people.loc["jeff-dean", "slots"] == ("keynote-jeff-dean", "panel")


def test_workshop_metadata_exactly_as_written() -> None:
    w = wd.load_workshop(*PINNED)
    assert w["site_title"] == "ML For Systems"
    assert w["site_description"] == (
        "Workshop on ML for Systems at NeurIPS 2024, December 15, Vancouver Convention Center"
    )
    assert w["mini_site_description"] == "Workshop on ML for Systems at NeurIPS '24, Dec 15"
    assert str(w["date"]) == "2024-12-15"
    assert w["venue"] == "Vancouver Convention Center"
    assert w["timezone"] == "America/Vancouver"
    assert w["contact_email"] == "mlforsystems@googlegroups.com"
    assert w["release"] == "2024-11-20"


def test_editions_and_releases() -> None:
    editions = wd.editions().set_index("edition")
    assert list(editions.index) == [
        "neurips2018",
        "isca2019",
        "neurips2019",
        "neurips2020",
        "neurips2021",
        "neurips2022",
        "neurips2023",
        "neurips2024",
        "neurips2025",
    ]  # fmt: skip (oldest first: by the workshop's day)
    assert str(editions.loc["isca2019", "date"]) == "2019-06-23"
    rel = wd.releases("neurips2024")
    assert "2024-11-20" in list(rel["release"]) and bool(rel["latest"].iloc[-1])
    assert rel["published"].is_monotonic_increasing
    with pytest.raises(LookupError, match="no edition 'nope'"):
        wd.releases("nope")


def test_listing_editions_and_releases_counts_rows_and_checks_what_it_reads(release_copy: Path) -> None:
    """Listings read the workshop row and count the listed tables' rows (files checked against
    their sizes and hashes) instead of loading every release: the counts are the loaders'."""
    data = release_copy.parents[1]
    release = read_release(release_copy)
    papers = (Paper("p1", 1, "A Paper"), Paper("p2", 2, 'Another, "quoted"\nover two lines'))
    newer = dataclasses.replace(release, name="2024-12-01", papers=papers, schema_version=None)
    write_release(dataclasses.replace(newer, published=release.published.replace(day=30)), data)
    editions = wd.editions(data_dir=data)
    assert list(editions["slots"]) == [14] and list(editions["papers"]) == [2]
    assert list(editions["releases"]) == [2] and list(editions["latest"]) == ["2024-12-01"]
    releases = wd.releases("neurips2024", data_dir=data)
    assert list(releases["talks"]) == [4, 4] and list(releases["papers"]) == [0, 2]
    assert list(releases["slots"]) == [len(wd.load_schedule("neurips2024", data_dir=data))] * 2
    slots = data / "neurips2024" / "2024-12-01" / "slots.csv"
    slots.write_bytes(slots.read_bytes().replace(b"Keynote", b"Keynota"))  # same size, other bytes
    with pytest.raises(wd.WorkshopDataError, match=r"slots\.csv: content does not match its hash"):
        wd.editions(data_dir=data)

"""``wd.venue_times``: several editions' times, held in UTC, read on each venue's wall clock.

The oracle is the pages (read by hand, not through the importer) and ``zoneinfo``: each row below
is the time a schedule page prints and the zone of the venue (NeurIPS 2020 was virtual and its
page prints its times with ``-08:00``, Pacific time; ISCA 2019 was in Phoenix, which keeps no
daylight saving; NeurIPS 2018 in Montréal, NeurIPS 2023 in New Orleans, NeurIPS 2024 in
Vancouver). The loaders' frame of every edition must hold that wall time's instant (zoneinfo's
conversion to UTC), and ``venue_times`` must give the printed wall time back.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pandas as pd
import pytest

import workshop_data as wd
from workshop_data.errors import WorkshopDataError

#: (edition, speaker, kind, the start the page prints, the venue's zone), read on the pages:
#: neurips2020/index.md (``data-value-start="2020-12-12T09:15:00.000-08:00"``), isca2019/schedule.md
#: ("9:10-9:40 AM", Keynote Speaker), neurips2018/schedule.md ("4:25 PM"), neurips2023/schedule.md
#: ("10:00 AM"), neurips2024/schedule.md ("8:20 AM").
PRINTED = [
    ("neurips2018", "Jeff Dean", "keynote", dt.datetime(2018, 12, 8, 16, 25), "America/Toronto"),
    ("isca2019", "Farinaz Koushanfar", "keynote", dt.datetime(2019, 6, 23, 9, 10), "America/Phoenix"),
    ("neurips2020", "Christina Delimitrou", "invited", dt.datetime(2020, 12, 12, 9, 15), "America/Los_Angeles"),
    ("neurips2023", "Chris Lattner", "keynote", dt.datetime(2023, 12, 16, 10, 0), "America/Chicago"),
    ("neurips2024", "Jeff Dean", "keynote", dt.datetime(2024, 12, 15, 8, 20), "America/Vancouver"),
]


@pytest.fixture(scope="module")
def every() -> pd.DataFrame:
    return wd.load_schedule("all")


def _row(df: pd.DataFrame, edition: str, speaker: str, kind: str) -> pd.Series:
    rows = df[(df["edition"] == edition) & (df["speakers"] == speaker) & (df["kind"] == kind)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(("edition", "speaker", "kind", "wall", "zone"), PRINTED)
def test_each_row_reads_the_printed_time_on_its_venues_clock(
    every: pd.DataFrame, edition: str, speaker: str, kind: str, wall: dt.datetime, zone: str
) -> None:
    instant = wall.replace(tzinfo=zoneinfo.ZoneInfo(zone)).astimezone(dt.UTC)
    assert _row(every, edition, speaker, kind)["start"] == pd.Timestamp(instant)  # the frame: UTC
    local = every.pipe(wd.venue_times)
    assert _row(local, edition, speaker, kind)["start"] == pd.Timestamp(wall)
    assert local.attrs["venue_times"][edition] == zone


def test_the_time_columns_become_naive_and_the_others_stay(every: pd.DataFrame) -> None:
    local = wd.venue_times(every)
    aware = [c for c in every.columns if isinstance(every[c].dtype, pd.DatetimeTZDtype)]
    assert set(aware) >= {"start", "end", "talk_start", "talk_end"}
    for column in aware:
        assert local[column].dtype == "datetime64[s]", column
        assert (local[column].isna() == every[column].isna()).all(), column  # NaT stays NaT, nothing invented
    for column in every.columns.difference(aware):
        pd.testing.assert_series_equal(local[column], every[column], check_names=True)
    assert isinstance(every["start"].dtype, pd.DatetimeTZDtype)  # the frame given is not changed
    # a duration is the same on any clock but across a daylight-saving change: none here
    pd.testing.assert_series_equal(local["end"] - local["start"], every["duration"], check_names=False)


def test_every_row_is_its_editions_zone_conversion(every: pd.DataFrame) -> None:
    """Against pandas itself: each edition's rows converted alone, with the zone of its workshop."""
    zones = wd.load_workshop("all").set_index("edition")["timezone"]
    local = wd.venue_times(every)
    for edition, rows in every.groupby("edition", observed=True):
        expected = rows["start"].dt.tz_convert(zones[edition]).dt.tz_localize(None)
        pd.testing.assert_series_equal(local.loc[rows.index, "start"], expected)


def test_the_first_keynote_hour_per_year(every: pd.DataFrame) -> None:
    """The analyst's question: at what local hour did the first keynote start, per edition with one."""
    keynotes = every.pipe(wd.venue_times).query("kind == 'keynote'")
    first = keynotes.groupby("edition", observed=True)["start"].min().dt.strftime("%H:%M")
    assert first.to_dict() == {
        "neurips2018": "16:25",
        "isca2019": "09:10",
        "neurips2023": "10:00",
        "neurips2024": "08:20",
        "neurips2025": "08:40",
    }
    # in UTC the same column would have said 21:25, 16:10, 16:00, 16:20 and 16:40
    assert every.query("kind == 'keynote'").groupby("edition", observed=True)["start"].min().dt.hour.iloc[0] == 21


def test_one_editions_frame_in_another_zone_goes_back_to_its_venue() -> None:
    utc = wd.load_schedule("neurips2024", tz="UTC")
    local = wd.venue_times(utc)  # no edition column: the loader's attrs name it
    assert local["start"].iloc[1] == pd.Timestamp("2024-12-15 08:20")
    venue = wd.load_schedule("neurips2024")
    pd.testing.assert_series_equal(local["start"], venue["start"].dt.tz_localize(None))


def test_a_filtered_or_merged_frame_and_publication_times() -> None:
    changes = wd.history("all")
    local = wd.venue_times(changes, columns=["published"])
    # ISCA 2019's release 2019-06-23.1531 was published at 15:31 UTC, 08:31 in Phoenix (MST)
    row = local[(local["edition"] == "isca2019") & (local["release"] == "2019-06-23.1531")].iloc[0]
    assert f"{row['published']:%Y-%m-%d %H:%M}" == "2019-06-23 08:31"
    merged = wd.load_talks("all").merge(wd.load_papers("all"), on=["edition", "paper_id"], suffixes=("", "_paper"))
    merged.attrs = {}  # merges do not always keep attrs: the edition column is enough
    assert wd.venue_times(merged)["slot_start"].dt.tz is None


def test_rows_are_converted_by_position_whatever_their_labels() -> None:
    # concatenated without ignore_index, the labels repeat (0, 1, … of each frame); reversed,
    # they run backwards: each row keeps its own edition's zone
    isca, vancouver = wd.load_schedule(["isca2019"]), wd.load_schedule(["neurips2024"])
    both = pd.concat([isca, vancouver]).iloc[::-1]
    assert not both.index.is_unique
    expected = pd.concat(
        [
            isca["start"].dt.tz_convert("America/Phoenix").dt.tz_localize(None),
            vancouver["start"].dt.tz_convert("America/Vancouver").dt.tz_localize(None),
        ]
    ).iloc[::-1]
    pd.testing.assert_series_equal(wd.venue_times(both)["start"], expected)


def test_refused_without_an_edition_or_with_a_naive_column(every: pd.DataFrame) -> None:
    bare = pd.DataFrame({"start": every["start"]})
    with pytest.raises(WorkshopDataError, match="no 'edition' column"):
        wd.venue_times(bare)
    with pytest.raises(WorkshopDataError, match="'duration' is not a tz-aware"):
        wd.venue_times(every, columns=["duration"])
    with pytest.raises(WorkshopDataError, match="'nope' is not a tz-aware"):
        wd.venue_times(every, columns=["nope"])
    with pytest.raises(WorkshopDataError, match="takes a DataFrame, not a Series"):
        wd.venue_times(wd.load_workshop("neurips2024"))
    with pytest.raises(WorkshopDataError, match="no release 'nope'"):  # its zone cannot be read
        wd.venue_times(every.assign(release="nope"))

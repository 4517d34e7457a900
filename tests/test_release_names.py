"""Release names: made from a release's own publication time, read back to that time."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from workshop_data.ids import release_name, release_order, release_time
from workshop_data.importer.release import published_default


def test_release_names_are_unique_and_sortable() -> None:
    at = dt.datetime(2024, 12, 15, 0, 41, 2, tzinfo=dt.UTC)
    taken: set[str] = set()
    names = []
    for moment in (
        at,
        at + dt.timedelta(minutes=14),
        at + dt.timedelta(minutes=14, seconds=30),
        at + dt.timedelta(minutes=14, seconds=30),
    ):
        names.append(release_name(moment, taken))
        taken.add(names[-1])
    assert names == ["2024-12-15.0041", "2024-12-15.0055", "2024-12-15.005532", "2024-12-15.005532-2"]
    assert names == sorted(names)


def test_a_release_name_is_its_own_publication_time() -> None:
    """Whatever the day's other releases, a release is named by its own time (UTC): an earlier
    version of the day that a later import makes a release renames nothing."""
    day = [dt.datetime(2019, 6, 23, h, m, s, tzinfo=dt.UTC) for h, m, s in ((4, 56, 43), (5, 12, 41), (15, 31, 43))]

    def names(times: list[dt.datetime]) -> dict[dt.datetime, str]:
        taken: set[str] = set()
        out = {}
        for when in times:
            out[when] = release_name(when, taken)
            taken.add(out[when])
        return out

    before = names(day)
    assert list(before.values()) == ["2019-06-23.0456", "2019-06-23.0512", "2019-06-23.1531"]
    earlier = dt.datetime(2019, 6, 23, 0, 5, tzinfo=dt.UTC)
    after = names([earlier, *day])
    assert {when: after[when] for when in day} == before
    assert after[earlier] == "2019-06-23.0005"
    # a time given in another zone is named in UTC
    assert release_name(dt.datetime(2019, 6, 22, 21, 56, 43, tzinfo=dt.timezone(dt.timedelta(hours=-7))), set()) == (
        "2019-06-23.0456"
    )


@given(st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(9999, 12, 30), timezones=st.just(dt.UTC)))
def test_a_release_name_states_its_time(when: dt.datetime) -> None:
    """The name gives back the time it was made from, to the minute (to the second when the
    minute was taken), so a page imported with ``--release NAME`` is published then."""
    when = when.replace(microsecond=0)
    assert release_time(release_name(when, set())) == when.replace(second=0)
    taken = {release_name(when, set())}
    assert release_time(release_name(when, taken)) == when
    assert published_default(release_name(when, set())) == when.replace(second=0)


def test_a_bare_day_is_published_at_midnight_utc_and_other_names_state_no_time() -> None:
    assert release_time("2024-11-20") == dt.datetime(2024, 11, 20, tzinfo=dt.UTC)
    assert release_time("2024-12-15.0142") == dt.datetime(2024, 12, 15, 1, 42, tzinfo=dt.UTC)
    assert release_time("2019-06-23.174254-2") == dt.datetime(2019, 6, 23, 17, 42, 54, tzinfo=dt.UTC)
    for name in ("v2", "2024-13-01", "2024-12-15.2561", "2024-12-15.01", "draft-2024-12-15"):
        assert release_time(name) is None


def test_releases_of_the_same_second_sort_by_their_number() -> None:
    """``-10`` comes after ``-9`` (as texts it sorted before ``-2``); a name without a number is
    the first of its second, and a name release_name does not make keeps its text."""
    at = dt.datetime(2024, 11, 19, 12, 0, tzinfo=dt.UTC)
    taken: set[str] = set()
    for _ in range(11):
        taken.add(release_name(at, taken))
    names = sorted(taken, key=release_order)
    assert names[:3] == ["2024-11-19.1200", "2024-11-19.120000", "2024-11-19.120000-2"]
    assert names[-2:] == ["2024-11-19.120000-9", "2024-11-19.120000-10"]
    assert release_order("2024-11-19.120000-10") == ("2024-11-19.120000", 10)
    assert release_order("2024-11-20-3") == ("2024-11-20", 3)
    assert release_order("2024-11-20") == ("2024-11-20", 1)
    assert release_order("draft-2") == ("draft-2", 1)

"""Release names: made from a release's own publication time, read back to that time."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
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


def _published(text: str, folder: Path) -> dt.datetime:
    """The publication time the listings read from a descriptor of ``text`` (store's)."""
    from workshop_data import store

    (folder / "datapackage.json").write_text(text, encoding="utf-8")
    return store._created(folder)


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        # the writer's head: the fast path's
        ('{\n  "profile": "p",\n  "title": "A \\"B\\"",\n  "created": "2024-11-20T00:00:00Z",\n  "x": 1\n}', "00:00"),
        # created after an object: not the writer's head, read as JSON
        ('{\n  "resources": [{"a": 1}],\n  "created": "2024-11-20T01:00:00Z"\n}', "01:00"),
        # given twice: the reader refuses it (readers differ on which they keep), so do the listings
        ('{\n  "created": "2024-11-20T02:00:00Z",\n  "created": "2024-11-20T03:00:00Z"\n}', None),
        # a resource's own 'created' under a head of plain lines: the top level has none
        ('{\n  "profile": "p",\n  "resources": [{\n  "created": "2024-11-20T04:00:00Z"}]\n}', None),
        ('{"profile": "p", "created": "2024-11-20T05:00:00Z"}', "05:00"),  # compact JSON
        ('[\n  "created": "2024-11-20T06:00:00Z"\n]', None),  # no object
    ],
)
def test_the_listings_read_a_publication_time_as_the_json_reader_does(
    tmp_path: Path, layout: str, expected: str | None
) -> None:
    # finding the newest edition lists every release of every edition by its time: reading the
    # writer's head, not parsing each whole descriptor, halved load_schedule()'s own time; any
    # other layout reads as JSON does
    found = _published(layout, tmp_path)
    if expected is None:
        assert found == dt.datetime.min.replace(tzinfo=dt.UTC)
    else:
        assert found == dt.datetime.fromisoformat(f"2024-11-20T{expected}:00+00:00")


def test_every_shipped_release_lists_at_its_descriptors_time() -> None:
    import json

    from conftest import SHIPPED

    from workshop_data import store
    from workshop_data.encoding import parse_published

    folders = [f for f in SHIPPED.parents[1].glob("*/*") if (f / "datapackage.json").is_file()]
    assert len(folders) >= 186
    for folder in folders:
        text = (folder / "datapackage.json").read_text(encoding="utf-8")
        assert store._HEAD.match(text) is not None, folder  # the writer's head: the fast path
        assert store._created(folder) == parse_published(json.loads(text)["created"]), folder


def test_a_name_states_a_span_its_publication_time_is_in() -> None:
    from workshop_data.ids import release_span

    at = dt.datetime(2024, 12, 15, 1, 42, tzinfo=dt.UTC)
    assert release_span("2024-12-15.0142") == (at, at + dt.timedelta(minutes=1))
    assert release_span("2024-12-15.014233-2") == (at.replace(second=33), at.replace(second=34))
    assert release_span("2024-11-20") == (
        dt.datetime(2024, 11, 20, tzinfo=dt.UTC),
        dt.datetime(2024, 11, 21, tzinfo=dt.UTC),
    )
    assert release_span("v2") is None and release_span("2024-13-01") is None


def test_a_release_published_outside_its_names_span_is_refused(tmp_path: Path) -> None:
    # the store finds the newest release by its names (store.newest_name): a release whose
    # 'created' its name does not state would be listed at one time and found at another
    import dataclasses

    from conftest import SHIPPED

    from workshop_data.datapackage import write_release
    from workshop_data.errors import DataValidationError
    from workshop_data.validation import read_release

    release = read_release(SHIPPED)
    later = dataclasses.replace(release, name="2024-12-01", path=None)  # published 2024-11-20
    with pytest.raises(DataValidationError, match=r"datapackage\.json, field 'created': 'created' is '2024-11-20T00"):
        write_release(later, tmp_path)
    assert not (tmp_path / "neurips2024").exists()  # nothing half-written
    # a name that states no time takes any
    assert read_release(write_release(dataclasses.replace(later, name="final"), tmp_path)).name == "final"


def test_the_newest_release_is_found_by_the_names_reading_few_descriptors(tmp_path: Path) -> None:
    # finding the newest edition read the head of every release's descriptor, 187 of them, to use
    # 9 (benchmarks/README.md: load_schedule() 1.20x read_csv in instructions)
    from conftest import SHIPPED, opened_below

    from workshop_data import store

    data = SHIPPED.parents[1]
    store._created_at.cache_clear()
    with opened_below(data) as opened:
        newest = store.newest_edition(data)
    descriptors = [p for p in opened if p.endswith("datapackage.json")]
    assert newest == "neurips2025" and 9 <= len(descriptors) <= 12, descriptors
    for edition in store.edition_names(data):  # the same newest as the full order's
        assert store.newest_name(edition, data) == store.release_names(edition, data)[-1]


def test_finding_the_newest_edition_looks_at_each_release_folder_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each edition's release folders were listed twice (is it an edition? which is its newest?),
    # every folder's descriptor looked for twice: 374 stats of 187 folders, each a path joined
    from conftest import SHIPPED

    from workshop_data import ids, store

    data = SHIPPED.parents[1]
    looked: list[Path] = []
    holds = ids._holds_descriptor
    monkeypatch.setattr(ids, "_holds_descriptor", lambda folder: looked.append(folder) or holds(folder))
    assert store.newest_edition(data) == "neurips2025"
    assert len(looked) == len(set(looked)) == sum(len(ids.release_folders(e)) for e in ids.edition_folders(data))
    assert store.edition_order(data) == store.oldest_first(store.edition_names(data), data)  # one order


def test_the_newest_release_among_names_of_the_same_minute_and_undated_names(tmp_path: Path) -> None:
    import dataclasses

    from conftest import SHIPPED

    from workshop_data import store
    from workshop_data.datapackage import write_release
    from workshop_data.validation import read_release

    release = dataclasses.replace(read_release(SHIPPED), path=None)
    at = dt.datetime(2024, 12, 1, 12, 0, 45, tzinfo=dt.UTC)
    for name, when in (
        ("2024-12-01.1200", at),  # its minute's name, published 45 s in
        ("2024-12-01.120050", at + dt.timedelta(seconds=5)),  # a later second of the same minute
        ("2024-11-30", at - dt.timedelta(days=1)),
    ):
        write_release(dataclasses.replace(release, name=name, published=when), tmp_path)
    assert (
        store.newest_name("neurips2024", tmp_path)
        == "2024-12-01.120050"
        == store.release_names("neurips2024", tmp_path)[-1]
    )
    write_release(dataclasses.replace(release, name="final", published=at + dt.timedelta(hours=1)), tmp_path)
    assert store.newest_name("neurips2024", tmp_path) == "final" == store.release_names("neurips2024", tmp_path)[-1]
    write_release(dataclasses.replace(release, name="2024-12-02", published=at + dt.timedelta(days=1)), tmp_path)
    assert (
        store.newest_name("neurips2024", tmp_path) == "2024-12-02" == store.release_names("neurips2024", tmp_path)[-1]
    )


def test_the_editions_are_listed_reading_only_each_editions_newest(capsys: pytest.CaptureFixture[str]) -> None:
    # wd.editions() and `workshop-data editions` read every release's descriptor, 187 of them, to
    # count each edition's releases and find its newest: the count needs the folders, and the
    # newest is found by the names (store.newest_name), as load_schedule() finds it
    from conftest import SHIPPED, opened_below

    import workshop_data as wd
    from workshop_data import store
    from workshop_data.cli import main

    data = SHIPPED.parents[1]
    for listing in (lambda: wd.editions(data), lambda: main(["editions", "--data-dir", str(data)])):
        store._created_at.cache_clear()
        with opened_below(data) as opened:
            listing()
        descriptors = [p for p in opened if p.endswith("datapackage.json")]
        assert 9 <= len(descriptors) <= 2 * 12, descriptors  # each newest: its 'created', then its summary
    assert "West Room 201  (16 releases, latest 2024-12-15.0142;" in capsys.readouterr().out
    listed = wd.editions(data)
    for row in listed.itertuples():  # the same counts and latest as the full order's
        names = store.release_names(str(row.edition), data)
        assert (row.releases, row.latest) == (len(names), names[-1])
    assert listed.set_index("edition")["releases"].to_dict() == {
        "neurips2018": 38, "isca2019": 55, "neurips2019": 20, "neurips2020": 22, "neurips2021": 3,
        "neurips2022": 10, "neurips2023": 16, "neurips2024": 16, "neurips2025": 7,
    }  # fmt: skip


def test_a_created_key_written_twice_one_escaped_is_refused_and_listed_as_broken(tmp_path: Path) -> None:
    # JSON reads "\u0063reated" as "created": a descriptor giving it twice so is a key given
    # twice, which readers differ on (Python's json takes the last, the head reader took the
    # first): NeurIPS 2024's release of August, its head saying 2099, was listed last and as the
    # latest. Now it loads nowhere, and the listings put it among the broken (the earliest), not
    # as the latest
    import shutil

    from conftest import SHIPPED

    import workshop_data as wd
    from workshop_data import store
    from workshop_data.errors import BrokenReleaseWarning, DataValidationError
    from workshop_data.validation import read_release

    data = tmp_path / "data"
    shutil.copytree(SHIPPED.parent, data / "neurips2024")
    august = data / "neurips2024" / "2024-08-14.1922" / "datapackage.json"
    text = august.read_text(encoding="utf-8")
    written = '"created": "2024-08-14T19:22:08Z"'
    assert text.count(written) == 1
    edited = text.replace(written, '"created": "2099-01-01T00:00:00Z"').rstrip()[:-1].rstrip()
    august.write_text(edited + ',\n  "\\u0063reated": "2024-08-14T19:22:08Z"\n}\n', encoding="utf-8")
    with pytest.raises(DataValidationError, match="gives the key 'created' twice in one object"):
        read_release(august.parent)
    store._created_at.cache_clear()
    names = store.release_names("neurips2024", data)
    assert names[0] == "2024-08-14.1922" and names[-1] == "2024-12-15.0142"
    with pytest.warns(BrokenReleaseWarning, match="2024-08-14.1922"):
        listed = wd.releases("neurips2024", data_dir=data)
    assert listed.loc[listed["latest"], "release"].tolist() == ["2024-12-15.0142"]


def test_the_editions_listing_falls_back_to_the_order_when_the_newest_by_name_is_broken(tmp_path: Path) -> None:
    import shutil

    from conftest import SHIPPED

    import workshop_data as wd
    from workshop_data.errors import BrokenReleaseWarning

    data = tmp_path / "data"
    shutil.copytree(SHIPPED.parent, data / "neurips2024")
    newest = max((data / "neurips2024").iterdir())
    (newest / "slots.csv").write_text("broken\n", encoding="utf-8")
    with pytest.warns(BrokenReleaseWarning, match=newest.name):
        row = wd.editions(data).iloc[0]
    assert row["releases"] == 16 and row["latest"] < newest.name


@pytest.mark.parametrize(
    "name", ["CON", "nul", "Aux", "prn", "com1", "COM9", "lpt0", "LPT3", "AUX.2024", "nul.tar.gz", "con.", "com1.x"]
)
@pytest.mark.parametrize("what", ["edition", "release"])
def test_a_name_windows_reserves_is_refused_saying_why(name: str, what: str) -> None:
    # a folder named CON, nul.txt or com1.x cannot be made on Windows: a wheel or a checkout
    # holding such a release (or edition) could not be installed or cloned there
    from workshop_data.errors import WorkshopDataError
    from workshop_data.ids import check_name

    with pytest.raises(WorkshopDataError) as raised:
        check_name(what, name)
    said = str(raised.value)
    assert said.startswith(f"{what} name {name!r}: ") and "\n" not in said
    assert "Windows" in said and ("reserves" in said or "final '.'" in said)


@pytest.mark.parametrize("name", ["2024-11-20.", "neurips2024.", "a..", "2024-11-20 ", "CON "])
def test_a_name_ending_in_a_dot_or_a_space_is_refused(name: str) -> None:
    # Windows drops a final dot or space from a file name: 'neurips2024.' would be neurips2024's folder there
    from workshop_data.errors import WorkshopDataError
    from workshop_data.ids import check_name

    with pytest.raises(WorkshopDataError, match=f"^release name {name!r}: "):
        check_name("release", name)


@pytest.mark.parametrize("name", ["console", "nullable", "com10", "lpt", "auxiliary", "con-2024", "2024-11-20.1742"])
def test_a_name_that_only_begins_as_a_reserved_one_is_a_name(name: str) -> None:
    from workshop_data.ids import check_name

    assert check_name("release", name) == name and check_name("edition", name) == name


def test_every_shipped_name_is_a_valid_name() -> None:
    from conftest import SHIPPED

    from workshop_data.ids import check_name

    data = SHIPPED.parents[1]
    editions = [p for p in data.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))]
    assert len(editions) == 9
    releases = [r for e in editions for r in e.iterdir() if (r / "datapackage.json").is_file()]
    assert len(releases) == 187
    for edition in editions:
        assert check_name("edition", edition.name) == edition.name
    for release in releases:
        assert check_name("release", release.name) == release.name


def test_import_refuses_a_reserved_release_name_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from conftest import SHIPPED

    page = tmp_path / "schedule.md"
    from workshop_data.formats.jekyll import to_jekyll
    from workshop_data.validation import read_release

    page.write_text(to_jekyll(read_release(SHIPPED)), encoding="utf-8")
    named = ("--edition", "neurips2024", "--release", "AUX.2024", "--timezone", "America/Vancouver")
    proc = subprocess.run(
        [sys.executable, "-m", "workshop_data", "import", str(page), *named, "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith("workshop-data: error: release name 'AUX.2024': ") and "Windows" in line
    assert not (tmp_path / "d").exists() or not any((tmp_path / "d").rglob("datapackage.json"))


def _with_unlisted_folders(tmp_path: Path) -> Path:
    """A data directory of the shipped NeurIPS 2024 with two folders whose names
    :func:`~workshop_data.ids.check_name` refuses: an edition folder ``CON`` (a copy of
    NeurIPS 2024) and a release folder ``AUX.2024`` in NeurIPS 2024 (a copy of its pinned
    release, its descriptor's version made its folder's)."""
    import shutil

    from conftest import SHIPPED

    data = tmp_path / "data"
    shutil.copytree(SHIPPED.parent, data / "neurips2024")
    shutil.copytree(SHIPPED.parent, data / "CON")
    aux = data / "neurips2024" / "AUX.2024"
    shutil.copytree(SHIPPED, aux)
    descriptor = aux / "datapackage.json"
    descriptor.write_text(descriptor.read_text("utf-8").replace(f'"{SHIPPED.name}"', '"AUX.2024"'), "utf-8")
    return data


def test_a_folder_whose_name_is_refused_is_never_listed(tmp_path: Path, recwarn: pytest.WarningsRecorder) -> None:
    # The listings matched a name pattern, not check_name: a folder CON was listed as an edition
    # (and `editions` then failed on its name), AUX.2024 as a release (then skipped as broken).
    import workshop_data as wd
    from workshop_data import store

    data = _with_unlisted_folders(tmp_path)
    assert store.edition_names(data) == ["neurips2024"]
    assert list(wd.editions(data)["edition"]) == ["neurips2024"]
    assert "AUX.2024" not in store.release_names("neurips2024", data)
    assert "AUX.2024" not in set(wd.releases("neurips2024", data)["release"])
    assert not [w for w in recwarn if "AUX" in str(w.message) or "CON" in str(w.message)]
    for command, listed in ((["editions"], "neurips2024"), (["releases", "--edition", "neurips2024"], "2024-11-20")):
        done = _cli(*command, "--data-dir", str(data))
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
        assert listed in done.stdout and "CON" not in done.stdout and "AUX" not in done.stdout


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    import sys

    return subprocess.run([sys.executable, "-m", "workshop_data", *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("folder", "what", "name"), [("CON/2024-11-20", "edition", "CON"), ("neurips2024/AUX.2024", "release", "AUX.2024")]
)
def test_validate_names_a_folder_the_listings_skip_and_why(tmp_path: Path, folder: str, what: str, name: str) -> None:
    from conftest import SHIPPED

    data = _with_unlisted_folders(tmp_path)
    release = data / folder.replace("2024-11-20", SHIPPED.name)
    done = _cli("validate", str(release))
    assert (done.returncode, done.stdout) == (2, "")
    (line,) = done.stderr.splitlines()
    unlisted = release if what == "release" else release.parent
    assert line.startswith(
        f"workshop-data: error: {unlisted}: {what} name {name!r}: {name.split('.')[0]} is a name Windows"
    )
    assert line.endswith(": not a folder of the data directory's listings (no loader reads it): rename it")

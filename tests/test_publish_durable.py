"""Publishing survives a power loss: what is renamed into place was flushed to the disk first,
and the folder it was renamed in is flushed before the next release is renamed (issue #9:
"nothing half-written, and nothing published is unreadable"; releases published in order).

A power loss cannot be made in a test; the flushes are. Each test passes a
:class:`~workshop_data.datapackage.Disk` whose ``fsync`` and ``syncfs`` record what they were
given (the file or folder, by its inode, which a rename keeps), how many bytes it held and which
releases were in place at that moment, and checks the order: every file whole and flushed before
its folder is renamed, the edition's folder flushed after each rename and before the next.
Renamed without a flush, a release's folder could reach the disk before its files' data: after
a power loss the store skipped it as broken and an import found it "exists and differs".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_data.datapackage import Disk, write_release
from workshop_data.errors import WorkshopDataError
from workshop_data.model import Release
from workshop_data.siteimport.publishing import publish
from workshop_data.validation import read_release

SHIPPED = Path(__file__).resolve().parents[1] / "workshop_data" / "data" / "neurips2024" / "2024-11-20"


@dataclasses.dataclass(frozen=True)
class Flush:
    """One call of the recorded disk: which call, the inode it flushed, its size then, and the
    releases then in place in the edition's folder."""

    call: str
    inode: int
    size: int
    in_place: tuple[str, ...]


def recording(edition_dir: Path, flushes: list[Flush], syncfs: bool = True) -> Disk:
    """A :class:`Disk` that records each call into ``flushes`` (and flushes nothing)."""

    def record(call: str) -> Callable[[int], None]:
        def flush(fd: int) -> None:
            stat = os.fstat(fd)
            placed = tuple(sorted(p.name for p in edition_dir.iterdir() if not p.name.startswith(".")))
            flushes.append(Flush(call, stat.st_ino, stat.st_size, placed))

        return flush

    return Disk(fsync=record("fsync"), syncfs=record("syncfs") if syncfs else None)


def releases(count: int) -> list[Release]:
    """``count`` releases of NeurIPS 2024, the shipped one renamed a day apart (made in order)."""
    shipped = read_release(SHIPPED)
    start = dt.datetime(2024, 11, 20, tzinfo=dt.UTC)
    return [
        dataclasses.replace(shipped, name=f"2024-11-{20 + n}", published=start + dt.timedelta(days=n))
        for n in range(count)
    ]


def test_with_syncfs_the_release_is_flushed_once_before_its_rename_and_its_folder_after(tmp_path: Path) -> None:
    data = tmp_path / "data"
    flushes: list[Flush] = []
    (release,) = releases(1)
    folder = write_release(release, data, disk=recording(data / "neurips2024", flushes))
    assert [f.call for f in flushes] == ["syncfs", "fsync"]
    synced, renamed = flushes
    # the whole file system flushed (through the release's folder) while it was still temporary
    assert (synced.inode, synced.in_place) == (folder.stat().st_ino, ())
    # then the edition's folder, after the rename: the release stays where it was put
    assert (renamed.inode, renamed.in_place) == ((data / "neurips2024").stat().st_ino, (folder.name,))
    assert read_release(folder) == release


def test_without_syncfs_each_file_and_its_folder_are_flushed_whole_before_the_rename(tmp_path: Path) -> None:
    # where the system has no syncfs (macOS, the BSDs) each file is flushed as it is written
    data = tmp_path / "data"
    flushes: list[Flush] = []
    (release,) = releases(1)
    folder = write_release(release, data, disk=recording(data / "neurips2024", flushes, syncfs=False))
    files = {p.stat().st_ino: p.stat().st_size for p in folder.iterdir()}
    assert len(files) == len(list(folder.iterdir())) >= 5  # (the descriptor and the CSV files)
    *each, tmp, edition = flushes
    assert {f.inode: f.size for f in each} == files  # every file flushed once, whole
    assert len(each) == len(files)
    assert all(f.in_place == () for f in (*each, tmp))  # before the rename
    assert tmp.inode == folder.stat().st_ino  # the folder renamed is the one flushed
    assert (edition.inode, edition.in_place) == ((data / "neurips2024").stat().st_ino, (folder.name,))


def test_an_imports_releases_are_flushed_at_once_and_put_in_place_in_order(tmp_path: Path) -> None:
    data = tmp_path / "data"
    flushes: list[Flush] = []
    first, second, third = releases(3)
    report = publish({"neurips2024": [first, second, third]}, data, disk=recording(data / "neurips2024", flushes))
    assert [p.name for p in report.written] == ["2024-11-20", "2024-11-21", "2024-11-22"]
    assert report.problems == []
    edition = (data / "neurips2024").stat().st_ino
    # one flush of every release's files before any is in place, then the edition's folder after
    # each rename: a release is never on the disk without the ones published before it
    assert flushes == [
        Flush("syncfs", (data / "neurips2024" / "2024-11-20").stat().st_ino, flushes[0].size, ()),
        Flush("fsync", edition, flushes[1].size, ("2024-11-20",)),
        Flush("fsync", edition, flushes[2].size, ("2024-11-20", "2024-11-21")),
        Flush("fsync", edition, flushes[3].size, ("2024-11-20", "2024-11-21", "2024-11-22")),
    ]


def test_a_flush_that_fails_publishes_nothing_and_leaves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def broken(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    (release,) = releases(1)
    with pytest.raises(WorkshopDataError, match=rf"^{data}: cannot write: {os.strerror(errno.EIO)}$"):
        write_release(release, data, disk=Disk(syncfs=broken))
    assert not data.exists()  # not the release, its temporary folder, nor the folders made for it
    with pytest.raises(WorkshopDataError, match=rf"^{data}/neurips2024/2024-11-20: cannot write: "):
        write_release(release, data, disk=Disk(fsync=broken))
    assert not data.exists()


def test_an_import_whose_flush_fails_reports_it_and_writes_no_release(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def broken(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    report = publish({"neurips2024": releases(2)}, data, disk=Disk(syncfs=broken))
    assert report.problems == [f"{data}: cannot write: {os.strerror(errno.EIO)}; no release written"]
    assert report.written == []
    assert not data.exists()


def test_the_record_of_what_an_import_read_is_flushed_before_its_rename_and_its_folder_after(tmp_path: Path) -> None:
    # The data directory's .import-site (the last commit an import read) was replaced by a rename
    # of a file never flushed: after a power loss it could be there and empty, and the next run
    # marked nothing read. Now it is put in place as a release is: its file flushed whole before
    # the rename, the data directory after it (and a record kept when its flush fails)
    from workshop_data.siteimport.publishing import READ_RECORD, record_read, recorded
    from workshop_data.siteimport.report import Report

    data = tmp_path / "data"
    publish({"neurips2024": releases(1)}, data)
    record = data / READ_RECORD
    flushes: list[tuple[str, int, int, str]] = []

    def fsync(fd: int) -> None:
        stat = os.fstat(fd)
        flushes.append(("fsync", stat.st_ino, stat.st_size, recorded(data)))

    for sha in ("a" * 40, "b" * 40):  # made, then replaced
        report = Report()
        report.read_to = sha
        record_read(data, report, Disk(fsync=fsync, syncfs=None))
        assert report.problems == [] and recorded(data) == sha
        before = "" if sha == "a" * 40 else "a" * 40
        assert flushes == [
            ("fsync", record.stat().st_ino, 41, before),  # the new record whole, not yet in place
            ("fsync", data.stat().st_ino, data.stat().st_size, sha),  # the data directory, after
        ]
        flushes.clear()
    assert sorted(p.name for p in data.iterdir()) == [READ_RECORD, "neurips2024"]

    def broken(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    report = Report()
    report.read_to = "c" * 40
    record_read(data, report, Disk(fsync=broken))
    failed = f"{record}: cannot write: {os.strerror(errno.EIO)} (the next run prints every problem again)"
    assert report.problems == [failed]
    assert recorded(data) == "b" * 40  # the record before it, whole
    assert sorted(p.name for p in data.iterdir()) == [READ_RECORD, "neurips2024"]  # no temporary file left

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

A process killed mid-way (``kill -9``) can be made: the last test kills ``import-site`` at every
step that touches the data directory and reads what it left.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, SEED, require

from workshop_data.cli import main
from workshop_data.datapackage import Disk, write_release
from workshop_data.errors import WorkshopDataError
from workshop_data.model import Release
from workshop_data.siteimport.publishing import publish
from workshop_data.validation import read_release, validate

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


#: Runs ``workshop-data import-site REPO --data-dir DATA`` killed by SIGKILL at its ``at``-th call
#: (from 1; 0: never) of what changes a file below DATA (open, mkdir, rename, replace, rmdir,
#: unlink, chmod) or writes or flushes one (write, fsync), in a process of its own. ``python -c
#: KILLED_AT REPO`` is a fork server: it imports import-site's code once, then for each line
#: ``[at, data, log]`` (JSON) on its standard input forks a process that counts the calls and runs
#: the command (its output to ``log``), and answers a line ``[exit, calls]``: the process's exit
#: code as subprocess gives it (``-9`` when killed) and how many calls it made (``null`` when
#: killed). A process per kill started anew paid ~1.5 s of imports each, 110 times (~238 s of the
#: suite under load); a fork pays them once. ``python -c KILLED_AT REPO cold`` runs one line's
#: command in that fresh process itself, unforked, and prints its answer: the test checks that a
#: fork takes the very steps a fresh process takes.
KILLED_AT = """
import json, os, signal, sys
write, repo, step = os.write, sys.argv[1], {"data": None, "at": 0, "calls": 0}
def counted(name, below):
    call = getattr(os, name)
    def counting(*args, **kwargs):
        if step["data"] and (not below or os.path.realpath(os.fspath(args[0])).startswith(step["data"])):
            step["calls"] += 1
            if step["calls"] == step["at"]:
                os.kill(os.getpid(), signal.SIGKILL)
        return call(*args, **kwargs)
    setattr(os, name, counting)
# in place before the code is imported, which keeps some (datapackage.DISK's fsync); counting once
# run() names the data directory
for name in ("open", "mkdir", "rename", "replace", "rmdir", "unlink", "chmod"):
    counted(name, True)
for name in ("write", "fsync"):
    counted(name, False)
def run(at, data, log, answer):
    out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    step.update(data=os.path.realpath(data), at=at)
    from workshop_data.cli import main
    code = main(["import-site", repo, "--data-dir", data])
    sys.stdout.flush()
    sys.stderr.flush()
    write(answer, json.dumps([code, step["calls"]]).encode() + b"\\n")
    return code
if sys.argv[2:] == ["cold"]:
    run(*json.loads(sys.stdin.readline()), os.dup(1))
    raise SystemExit(0)
import workshop_data.cli, workshop_data.siteimport.history, workshop_data.store  # import-site's code, once
for line in sys.stdin:
    read, answer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os._exit(run(*json.loads(line), answer))
    os.close(answer)
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    with os.fdopen(read, "rb") as said:
        calls = json.loads(said.read() or "[null, null]")[1]
    print(json.dumps([status, calls]), flush=True)
"""


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by its relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_an_import_killed_at_any_step_leaves_whole_releases_in_order_and_the_next_finishes_it(tmp_path: Path) -> None:
    """``kill -9`` of ``import-site`` at every step that touches the data directory (each file
    opened, written, flushed, each folder made, renamed or removed): what it leaves is readable,
    each edition's releases a first part of its history, each release whole (``validate``), the
    record of what was read absent or whole; the next import finishes it to the very bytes of an
    import never killed, with nothing temporary left."""
    require(SEED.is_file(), f"{SEED} is missing")
    seed = SEED.read_text("utf-8")
    repo = tmp_path / "site"
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@x"}  # fmt: skip
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    for day, title in (("19", "Poster Session 1"), ("20", "Poster Session One"), ("21", "Poster Session Uno")):
        (repo / "schedule.md").write_text(seed.replace("Poster Session 1", title), "utf-8")
        for git in (["add", "-A"], ["commit", "-q", "-m", day, "--date", f"2024-11-{day}T12:00:00Z"]):
            subprocess.run(["git", "-C", str(repo), *git], check=True, env=env)

    command = [sys.executable, "-c", KILLED_AT, str(repo)]
    environ = {**os.environ, "PYTHONPATH": str(REPO)}
    cold = subprocess.run(
        [*command, "cold"], input=json.dumps([0, str(tmp_path / "whole"), str(tmp_path / "whole.log")]),
        capture_output=True, text=True, env=environ,
    )  # fmt: skip
    assert cold.returncode == 0, cold.stderr
    code, steps = json.loads(cold.stdout)  # never killed, in a fresh process
    assert code == 0, (tmp_path / "whole.log").read_text("utf-8")
    expected = _tree(tmp_path / "whole")
    history = sorted(p.name for p in (tmp_path / "whole" / "neurips2024").iterdir())
    assert len(history) == 3 and steps > 50
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environ) as forks:
        assert forks.stdin is not None and forks.stdout is not None

        def killed_at(step: int, data: Path) -> list[int | None]:
            """``[exit code, calls]`` of a fork killed at ``step`` (0: never)."""
            assert forks.stdin is not None and forks.stdout is not None
            forks.stdin.write(json.dumps([step, str(data), f"{data}.log"]) + "\n")
            forks.stdin.flush()
            return json.loads(forks.stdout.readline())

        # a fork never killed takes the very steps the fresh process took, to the same bytes
        assert killed_at(0, tmp_path / "forked") == [0, steps]
        assert _tree(tmp_path / "forked") == expected
        for step in range(1, steps + 1):
            data = tmp_path / f"killed-{step}"
            assert killed_at(step, data) == [-signal.SIGKILL, None], step
            edition = data / "neurips2024"
            placed = sorted(p.name for p in edition.iterdir() if not p.name.startswith(".")) if edition.exists() else []
            assert placed == history[: len(placed)], step
            for name in placed:
                assert validate(edition / name).name == name, (step, name)
            record = data / ".import-site"
            assert not record.exists() or record.read_bytes() == expected[".import-site"], step
            assert main(["import-site", str(repo), "--data-dir", str(data)]) == 0, step  # the next import
            assert _tree(data) == expected, step
            assert not [p for p in data.rglob(".*") if p.name != ".import-site"], step
            shutil.rmtree(data)
        forks.stdin.close()
        assert forks.wait() == 0

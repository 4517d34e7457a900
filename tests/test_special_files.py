"""A FIFO, a socket or a device where a release's file should be: never opened (a FIFO blocks its
reader for ever), said in one line naming the file, and never a release silently missing.

Each read below runs in a thread joined with a generous limit, or a subprocess given one: a
reader that opened a FIFO would wait for a writer for ever, and the suite must say so, not hang.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SHIPPED

import workshop_data as wd
from workshop_data.defaults import DESCRIPTOR
from workshop_data.validation import read_release

#: Long enough for any read of a release on a loaded machine; a reader stuck on a FIFO never ends.
GUARD = 120.0

NOT_REGULAR = {"fifo": "a FIFO", "socket": "a socket", "device": "a character device"}


def finished(call: Callable[[], Any]) -> Any:
    """What ``call()`` returns or raises, in a thread: a failure, not a hang, when it never ends."""
    out: dict[str, Any] = {}

    def target() -> None:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                out["value"] = call()
            out["warnings"] = [str(w.message) for w in caught]
        except BaseException as exc:  # handed to the test
            out["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(GUARD)
    assert not thread.is_alive(), "the reader never returned: it opened a file that is not a regular file"
    return out


@pytest.fixture
def made() -> Iterator[Callable[[Path, str], None]]:
    """Makes ``path`` a FIFO or a socket (the socket bound from its folder: a socket's path is
    limited to some hundred bytes); closes the sockets after the test."""
    sockets: list[socket.socket] = []

    def make(path: Path, kind: str) -> None:
        if path.exists():
            path.unlink()
        if kind == "fifo":
            os.mkfifo(path)
            return
        if kind == "device":  # /dev/null's twin
            null = os.stat("/dev/null").st_rdev
            try:
                os.mknod(path, 0o644 | stat.S_IFCHR, null)
            except PermissionError:
                if os.environ.get("CI") == "true":
                    raise
                pytest.skip("making a device node needs root (CI runs as root)")
            return
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sockets.append(sock)
        here = os.getcwd()
        os.chdir(path.parent)
        try:
            sock.bind(path.name)
        finally:
            os.chdir(here)

    yield make
    for sock in sockets:
        sock.close()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_data", *args], capture_output=True, text=True, timeout=GUARD, check=False
    )


def _second_release(data: Path, name: str = "2024-12-01") -> Path:
    """A copy of the shipped release as a newer release ``name`` of its edition."""
    folder = data / "neurips2024" / name
    shutil.copytree(SHIPPED, folder)
    descriptor = json.loads((folder / DESCRIPTOR).read_text())
    descriptor.update(version=name, created=f"{name}T00:00:00Z")
    (folder / DESCRIPTOR).write_text(json.dumps(descriptor))
    return folder


@pytest.mark.parametrize("kind", sorted(NOT_REGULAR))
def test_a_resource_that_is_no_regular_file_is_said_so_not_missing(
    release_copy: Path, made: Callable[[Path, str], None], kind: str
) -> None:
    # slots.csv as a FIFO was "names a missing file 'slots.csv'": it is there, and is not a file to read
    made(release_copy / "slots.csv", kind)
    out = finished(lambda: read_release(release_copy))
    assert isinstance(out.get("error"), wd.DataValidationError)
    assert str(out["error"]) == f"{release_copy / 'slots.csv'}: is {NOT_REGULAR[kind]}, not a regular file: not read"
    proc = run("validate", str(release_copy))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"workshop-data: error: {release_copy / 'slots.csv'}: is {NOT_REGULAR[kind]}, not a regular file: not read"
    ]


@pytest.mark.parametrize("kind", sorted(NOT_REGULAR))
def test_a_descriptor_that_is_no_regular_file_is_said_so_and_its_release_not_silently_absent(
    release_copy: Path, made: Callable[[Path, str], None], kind: str
) -> None:
    # datapackage.json as a FIFO: the folder was no release, so the listings and validate skipped it silently
    data = release_copy.parents[1]
    newer = _second_release(data)
    made(newer / DESCRIPTOR, kind)
    said = f"{newer / DESCRIPTOR}: is {NOT_REGULAR[kind]}, not a regular file: not read"
    out = finished(lambda: read_release(newer))
    assert isinstance(out.get("error"), wd.DataValidationError) and str(out["error"]) == said
    out = finished(lambda: read_release(newer / DESCRIPTOR))
    assert isinstance(out.get("error"), wd.DataValidationError) and str(out["error"]) == said
    out = finished(lambda: wd.releases("neurips2024", data_dir=data))
    assert "error" not in out, out.get("error")
    assert list(out["value"]["release"]) == ["2024-11-20"]
    assert [w for w in out["warnings"] if "2024-12-01" in w and said in w], out["warnings"]
    out = finished(lambda: wd.load_schedule("neurips2024", data_dir=data))
    # (a release whose descriptor cannot be read sorts as the earliest: the newest is the other)
    assert "error" not in out and out["value"].attrs["release"] == "2024-11-20"
    out = finished(lambda: wd.load_schedule("neurips2024", release="2024-12-01", data_dir=data))
    assert isinstance(out.get("error"), wd.DataValidationError) and str(out["error"]) == said
    for given in (newer, newer / DESCRIPTOR):
        proc = run("validate", str(given))
        assert proc.returncode == 2 and proc.stdout == ""
        assert proc.stderr.splitlines() == [f"workshop-data: error: {said}"]
    proc = run("releases", "--edition", "neurips2024", "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    assert said in proc.stderr and "2024-11-20" in proc.stdout


def test_a_regular_file_is_read_whole_or_to_one_byte_past_the_limit(tmp_path: Path) -> None:
    from workshop_data.files import read_regular

    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_regular(path) == b"x" * 100
    assert read_regular(path, 10) == b"x" * 11  # the caller tells a larger file by its length
    assert read_regular(path, 99) == b"x" * 100
    assert read_regular(path, 100) == b"x" * 100
    path.write_bytes(b"")
    assert read_regular(path) == b"" and read_regular(path, 5) == b""
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "none")

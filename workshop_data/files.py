"""Files and folders as the package makes and holds them: their modes, and a folder opened or locked.

``tempfile`` makes its files 0600 and its folders 0700 whatever the umask; what is published
from them (a release folder, an exported file) is set to these modes before it is renamed into
place, so that the web server or another user can read it when the umask lets them.

A folder is locked for one process at a time (:func:`lock_folder`) by two writers: a publisher
holds its data directory (:func:`~workshop_data.datapackage.publishing`) and a site build its
source folder (:mod:`~workshop_data.sphinxext.sourcelock`). One rule for both: ``flock`` on the
folder itself, so nothing is written for the lock and it ends with the process however it ends;
where the system has no such lock (Windows, a file system that refuses it) nothing is held.

A file of a release (or of an export read back) is read only when it is a regular file
(:func:`read_regular`, the one place they are opened): a FIFO in a data directory blocked its
reader for ever, waiting for a writer, and a device or a socket is no data either.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from pathlib import Path


def umask() -> int:
    """The process's umask (read by setting it and setting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode of a new file: ``0o666`` less the umask."""
    return 0o666 & ~umask()


def folder_mode() -> int:
    """The mode of a new folder: ``0o777`` less the umask."""
    return 0o777 & ~umask()


#: What a file is, by its type, when it is not a regular file (:func:`not_regular`).
_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def not_regular(mode: int) -> str | None:
    """What a file of ``mode`` (its ``st_mode``) is when it is not a regular file ("a FIFO", "a
    socket", "a character device", "a block device", "a folder", "of another type" for any
    other); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "of another type")


#: How :func:`read_regular` opens a file: to read, without waiting (a FIFO's open waits for a
#: writer), never as the process's terminal, as bytes (on Windows).
_READ_ONLY = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class NotRegularFileError(OSError):
    """A file that is read only as a regular file (:func:`read_regular`) is of another type;
    ``kind`` says which (:func:`not_regular`)."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        self.reason = f"is {kind}, not a regular file: not read"
        super().__init__(self.reason)
        self.filename = os.fspath(path)
        self.kind = kind

    def __str__(self) -> str:
        return self.reason


def read_regular(path: str | os.PathLike[str], limit: int | None = None, *, looked: bool = False) -> bytes:
    """The bytes of the regular file ``path`` (followed through links), no more than ``limit`` + 1
    of them when a limit is given (the caller tells a larger file by its length).

    Anything else raises :class:`NotRegularFileError` without being read: its type is looked at
    before it is opened, and again once open (it may have been replaced between), where it is
    opened without waiting (a FIFO opened so does not wait for a writer). ``looked``: the caller
    has just looked at its type (the release reader, comparing its size first), so it is looked
    at once open only. Other failures raise :class:`OSError` as :func:`open` does."""
    if not looked and (kind := not_regular(os.stat(path).st_mode)) is not None:
        raise NotRegularFileError(path, kind)
    fd = os.open(path, _READ_ONLY)
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            raise NotRegularFileError(path, not_regular(found.st_mode) or "")
        # read by the descriptor, in one call for a file as large as it was found (a regular
        # file's read is short only at its end), one byte more to tell one that grew or is over
        # the limit; the file objects open() makes for it cost more than the read itself
        most = None if limit is None else limit + 1
        want = found.st_size + 1 if most is None else min(found.st_size + 1, most)
        data = os.read(fd, want)
        if len(data) < want or len(data) == most:
            return data
        parts, got = [data], len(data)  # it grew since: read on, to its end or the limit
        while (most is None or got < most) and (chunk := os.read(fd, 1 << 20 if most is None else most - got)):
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)
    finally:
        os.close(fd)


def open_folder(folder: str | os.PathLike[str]) -> int:
    """A descriptor of ``folder`` opened for reading (to flush its entries or to lock it)."""
    return os.open(Path(folder), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


def lock_folder(fd: int, wait: float | None = None, waiting: Callable[[], None] | None = None) -> bool:
    """Lock the folder open as ``fd`` (:func:`open_folder`) for this process, until ``fd`` is closed.

    When another process holds it, ``waiting`` is called once and the lock waited for: for ever
    when ``wait`` is ``None``, else up to ``wait`` seconds, then :class:`TimeoutError`. ``False``
    (nothing held) where the system has no such lock.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return False
    deadline = None if wait is None else time.monotonic() + wait
    said = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if waiting is not None and not said:
                waiting()
                said = True
            if deadline is None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                except OSError:  # pragma: no cover - refused once waited for
                    return False
                return True
            if time.monotonic() >= deadline:
                raise TimeoutError(f"another process held the folder for {wait:g} s") from None
            time.sleep(0.05)
        except OSError:  # a file system without locks
            return False

"""Files and folders as the package makes and holds them: their modes, and a folder opened or locked.

``tempfile`` makes its files 0600 and its folders 0700 whatever the umask; what is published
from them (a release folder, an exported file) is set to these modes before it is renamed into
place, so that the web server or another user can read it when the umask lets them.

A folder is locked for one process at a time (:func:`lock_folder`) by two writers: a publisher
holds its data directory (:func:`~workshop_data.datapackage.publishing`) and a site build its
source folder (:mod:`~workshop_data.sphinxext.sourcelock`). One rule for both: ``flock`` on the
folder itself, so nothing is written for the lock and it ends with the process however it ends;
where the system has no such lock (Windows, a file system that refuses it) nothing is held.
"""

from __future__ import annotations

import os
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

"""One build at a time of a source folder whose pages the extension generates.

With ``workshop_data_site = True`` the pages the data implies are written into the source
folder when the configuration is read (:func:`.site.configure`), and Sphinx reads them, and
copies them to ``_sources/``, until the build ends. Two builds of one checkout at once, each
from its own data directory (two terminals, an organizer's site beside the package's), wrote
over and removed each other's pages: one read the other's root and editions, or failed on a page
removed under it. Sphinx's own generators do the same (autosummary writes its stub pages into
the source folder, sphinx-gallery its example pages), and neither guards against a build beside
it; the pages here cannot move elsewhere, as their paths are the site's URLs.

So a build holds the source folder (:func:`~workshop_data.files.lock_folder`, as
:func:`~workshop_data.datapackage.publishing` holds a data directory) from before it writes its pages to its end
(``build-finished``, which an exception in the build emits too); a build beside it waits, saying
so once, and then writes its own pages. Within one process the folder is held once: Sphinx builds
one app at a time, and an app created and never built (a test's) leaves it to the next; a
configuration that fails lets it go, and a process forked meanwhile holds none of it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sphinx.util import logging

from ..files import lock_folder, open_folder

logger = logging.getLogger(__name__)

#: Source folder (resolved) -> the descriptor holding its lock, in this process.
_HELD: dict[str, int] = {}


def hold(srcdir: str | os.PathLike[str]) -> None:
    """Hold ``srcdir`` for this process's build, waiting for a build of it in another process."""
    key = str(Path(srcdir).resolve())
    if key in _HELD:
        return
    fd = open_folder(key)

    def waiting() -> None:
        logger.info(f"workshop_data_site: waiting for another build of {key}, which writes its pages there")

    if not lock_folder(fd, waiting=waiting):  # a system without locks: build as before
        os.close(fd)
        return
    _HELD[key] = fd


def let_go(srcdir: str | os.PathLike[str]) -> None:
    """Let a build of ``srcdir`` beside this one go on (this process's build of it ended, or its
    configuration failed before a build)."""
    fd = _HELD.pop(str(Path(srcdir).resolve()), None)
    if fd is not None:
        os.close(fd)  # (ends the lock)


def release(app: Any, exception: BaseException | None = None) -> None:
    """``build-finished``: :func:`let_go` the app's source folder."""
    let_go(app.srcdir)


def _forget_in_child() -> None:
    """In a process forked from a holder (Sphinx's parallel workers, anything the build forks),
    close the copies of the held descriptors: a lock lasts while any copy is open, and a child
    outliving the build kept the folder held, so the next build of it waited for ever."""
    for fd in _HELD.values():
        os.close(fd)
    _HELD.clear()


if hasattr(os, "register_at_fork"):  # (not on Windows, which neither forks nor has flock)
    os.register_at_fork(after_in_child=_forget_in_child)

__all__ = ["hold", "let_go", "release"]

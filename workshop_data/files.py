"""The modes new files and folders get: those the user's umask allows, as ``open`` and ``mkdir`` give.

``tempfile`` makes its files 0600 and its folders 0700 whatever the umask; what is published
from them (a release folder, an exported file) is set to these modes before it is renamed into
place, so that the web server or another user can read it when the umask lets them.
"""

from __future__ import annotations

import os


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

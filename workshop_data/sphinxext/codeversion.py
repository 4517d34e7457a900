"""The version of the code that renders the pages, which a build environment or a cache made
with other code must not outlive.

Sphinx re-reads only the pages whose sources or data changed, and the extension keeps what it
read across builds (:mod:`.summaries`); pages and summaries made by older code (an upgraded
package, an edited directive or style sheet) would stay as they were. Both the extension's
``env_version`` (:func:`workshop_data.sphinxext.setup`) and the summaries' file are keyed by
:func:`code_version`, here below both so that neither imports the other for it.

The version is that of the code a process runs, taken once: the package's files hashed the
first time it is asked (at the extension's ``setup``, right after its modules were imported),
not again at each use. A process keeps running the code it imported whatever happens to the
files after, so a version hashed again later (the summaries saved at the end of a build, or a
second build in the same process) would name code that never ran there: a package upgraded or
a branch merged while a build ran had the environment keyed by the old code and the summaries,
made by the old code, keyed by the new (the next build, running the new code, kept them), and
two builds of one process carried two versions in their search indexes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: The package whose code renders the pages (loaders, formats, changes, this extension).
PACKAGE = Path(__file__).resolve().parents[1]
#: Its code: Python modules, and the script and style sheet every page links to.
CODE_SUFFIXES = frozenset({".py", ".js", ".css"})
#: Each package's version as this process first hashed it (:func:`code_version`).
_RUNNING: dict[Path, int] = {}


def code_hash(package: Path) -> int:
    """A number that changes with ``package``'s code (not its data): its code files hashed now."""
    h = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.suffix in CODE_SUFFIXES and p.is_file()):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return int.from_bytes(h.digest()[:4], "big")


def code_version() -> int:
    """The version of the code this process runs, given as the ``env_version``: the package's
    :func:`code_hash` the first time it is asked, the same number every time after.

    A build environment made with other code has another version, so Sphinx discards it and
    reads every page.
    """
    version = _RUNNING.get(PACKAGE)
    if version is None:
        version = _RUNNING[PACKAGE] = code_hash(PACKAGE)
    return version

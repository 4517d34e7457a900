"""The version of the code that renders the pages, which a build environment or a cache made
with other code must not outlive.

Sphinx re-reads only the pages whose sources or data changed, and the extension keeps what it
read across builds (:mod:`.summaries`); pages and summaries made by older code (an upgraded
package, an edited directive or style sheet) would stay as they were. Both the extension's
``env_version`` (:func:`workshop_data.sphinxext.setup`) and the summaries' file are keyed by
:func:`code_version`, here below both so that neither imports the other for it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: The package whose code renders the pages (loaders, formats, changes, this extension).
PACKAGE = Path(__file__).resolve().parents[1]
#: Its code: Python modules, and the script and style sheet every page links to.
CODE_SUFFIXES = frozenset({".py", ".js", ".css"})


def code_version(package: Path = PACKAGE) -> int:
    """A number that changes with the package's code (not its data), given as the ``env_version``.

    A build environment made with other code has another version, so Sphinx discards it and
    reads every page.
    """
    h = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.suffix in CODE_SUFFIXES and p.is_file()):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return int.from_bytes(h.digest()[:4], "big")

"""Notebooks that read the data are re-executed when the data changes.

myst-nb's cache (jupyter-cache) keys a notebook on its code cells and their metadata, not on
the files the code reads. For each page matching ``workshop_data_notebooks`` (docname glob
patterns), ``source-read`` writes a digest of the whole data directory into the first code
cell's metadata (``workshop_data.data_sha256``): a data change changes the key, so the
notebook runs again, and an unchanged data directory keeps the cached outputs. The digest is
also kept as the page's fingerprint, so the page is re-read when the data changes even with
an older mtime. The kernel reads the data directory the loaders default to
(``$WORKSHOP_DATA_DIR``, else the shipped data).

When the edition's releases there do not load, the notebook would stop on the first cell that
reads them, and myst-nb would stop the build with the kernel's traceback: the data's error is
reported instead (one line naming the file, row and field), and the notebook is not run.
"""

from __future__ import annotations

import functools
import json
from fnmatch import fnmatch
from typing import Any

from sphinx.util import logging

from .. import store
from ..errors import WorkshopDataError
from . import fingerprints as fp

METADATA_KEY = "workshop_data"

logger = logging.getLogger(__name__)


def stamp(notebook_json: str, digest: str, run: bool = True) -> str:
    """The notebook with the data digest in its first code cell's metadata; with ``run`` false,
    with myst-nb's notebook-level setting not to execute it."""
    nb = json.loads(notebook_json)
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell.setdefault("metadata", {})[METADATA_KEY] = {"data_sha256": digest}
            break
    if not run:
        nb.setdefault("metadata", {}).setdefault("mystnb", {})["execution_mode"] = "off"
    return json.dumps(nb, ensure_ascii=False)


@functools.lru_cache(maxsize=8)
def unloadable(edition: str | None, root: str, digest: str) -> str | None:
    """Why a release of ``edition`` (None: the newest) in ``root``, whose files have ``digest``,
    does not load; None when every one does."""
    try:
        store.release_summaries(edition or store.newest_edition(root), root)
    except WorkshopDataError as exc:
        return str(exc)
    return None


def stamp_notebook(app: Any, docname: str, source: list[str]) -> None:
    """``source-read``: stamp the notebooks that read the data."""
    if not any(fnmatch(docname, pattern) for pattern in app.config.workshop_data_notebooks):
        return
    if not str(app.env.doc2path(docname)).endswith(".ipynb"):
        return
    problem: str | None
    try:
        root = str(store.data_dir(None))
    except WorkshopDataError as exc:  # $WORKSHOP_DATA_DIR names no folder
        root, digest, problem = "", "", str(exc)
    else:
        fp.record(app.env, docname, fp.key("data-dir", None), root)
        digest = fp.digest(fp.key("tree", root))
        fp.record(app.env, docname, fp.key("tree", root), digest)
        problem = unloadable(app.config.workshop_data_edition, root, digest)
    if problem is not None:
        logger.error("workshop_data: %s (the notebook is not run)", problem, location=docname)
    source[0] = stamp(source[0], digest, run=problem is None)


def setup_notebooks(app: Any) -> None:
    """Connect ``source-read``."""
    app.connect("source-read", stamp_notebook)

"""Notebooks that read the data are re-executed when the data they read changes, and only then.

myst-nb's cache (jupyter-cache) keys a notebook on its code cells and their metadata, not on
the files the code reads. For each page matching ``workshop_data_notebooks`` (docname glob
patterns), ``source-read`` writes a digest of the data the notebook reads into the first code
cell's metadata (``workshop_data.data_sha256``): a change of that data changes the key, so the
notebook runs again; any other change keeps the cached outputs. The digests are also kept as
the page's fingerprints, so the page is re-read when its data changes even with an older mtime.

What a notebook reads is declared in its own metadata (``Edit > Notebook metadata`` in
Jupyter)::

    "workshop_data": {"editions": ["neurips2024", "neurips2023"]}

Each entry is an edition's name, ``"newest"`` (the edition the loaders load when none is named:
the notebook follows whichever edition that is) or ``"all"`` (every edition). A notebook that
declares nothing reads ``"all"``: any data change runs it again. The kernel reads the data
directory the loaders default to (``$WORKSHOP_DATA_DIR``, else the shipped data).

When an edition the notebook reads has no release that loads there, the notebook would stop on
the first cell that reads it, and myst-nb would stop the build with the kernel's traceback: the
data's error is reported instead (one line naming the file, row and field), and the notebook is
not run. An edition it names that the data directory does not hold at all (a site built from
an organizer's data of some editions: ``WORKSHOP_DATA_DIR=… make site``) is no error: the
notebook is shown as it is written, not run, and the build says so in one line, as the site
has no page for such an edition.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from fnmatch import fnmatch
from typing import Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from .. import store
from ..defaults import ALL, LATEST
from ..errors import WorkshopDataError
from . import fingerprints as fp

METADATA_KEY = "workshop_data"
#: The entry of ``editions`` that follows the edition the loaders load when none is named.
NEWEST = "newest"
#: What a notebook reads when its metadata does not say.
DEFAULT_EDITIONS = (ALL,)
#: Entries of ``editions`` that are not edition names, and the fingerprint kind of each.
SPECIAL = {ALL: "all", NEWEST: "newest"}

logger = logging.getLogger(__name__)


def declared_editions(nb: dict[str, Any]) -> tuple[str, ...] | str:
    """The editions a notebook declares it reads (default ``("all",)``), or why the declaration
    is not one (a message)."""
    meta = nb.get("metadata", {}).get(METADATA_KEY)
    if meta is None:
        return DEFAULT_EDITIONS
    editions = meta.get("editions") if isinstance(meta, dict) else None
    if not isinstance(editions, list) or not editions or not all(isinstance(e, str) and e for e in editions):
        return f'metadata "{METADATA_KEY}" must be {{"editions": [names, "newest" or "all"]}}, not {json.dumps(meta)}'
    return tuple(editions)


def data_keys(root: str, editions: Sequence[str]) -> list[str]:
    """The fingerprint keys of what a notebook reading ``editions`` depends on."""
    return [fp.key(SPECIAL[e], root) if e in SPECIAL else fp.key("edition", root, e) for e in editions]


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


def absent(editions: Sequence[str], root: str) -> list[str]:
    """The editions among ``editions`` (as a notebook declares them) that the data directory
    ``root`` does not hold (no release folder): ``"all"`` and ``"newest"`` are always held."""
    held = set(store.edition_names(root))
    return [e for e in dict.fromkeys(editions) if e not in SPECIAL and e not in held]


@functools.lru_cache(maxsize=8)
def unloadable(editions: tuple[str, ...], root: str, digest: str) -> str | None:
    """Why an edition among ``editions`` (as a notebook declares them) in ``root``, whose
    files have ``digest``, has no release that loads; None when each has one (the newest that
    loads is what the loaders read: newer broken ones are skipped with a warning)."""
    names: list[str] = []
    try:
        for entry in editions:
            if entry == ALL:
                names += store.edition_order(root)
            elif entry == NEWEST:
                names.append(store.newest_edition(root))
            else:
                names.append(entry)
        for name in dict.fromkeys(names):
            store.read(name, LATEST, root)
    except WorkshopDataError as exc:
        return str(exc)
    return None


def stamp_notebook(app: Any, docname: str, source: list[str]) -> None:
    """``source-read``: stamp the notebooks that read the data with a digest of what they read."""
    if not any(fnmatch(docname, pattern) for pattern in app.config.workshop_data_notebooks):
        return
    if not str(app.env.doc2path(docname)).endswith(".ipynb"):
        return
    editions = declared_editions(json.loads(source[0]))
    if isinstance(editions, str):
        logger.warning(f"{editions}; reading every edition", location=docname)
        editions = DEFAULT_EDITIONS
    problem: str | None
    try:
        root = str(store.data_dir(None))
    except WorkshopDataError as exc:  # $WORKSHOP_DATA_DIR names no folder
        root, digest, problem = "", "", str(exc)
    else:
        fp.record(app.env, docname, fp.key("data-dir", None), root)
        combined = hashlib.sha256()
        for key in data_keys(root, editions):
            found = fp.digest(key)
            fp.record(app.env, docname, key, found)
            combined.update(f"{key}\0{found}\n".encode())
        digest = combined.hexdigest()
        missing = absent(editions, root)
        if missing:
            held = ", ".join(store.edition_order(root)) or "none"
            logger.info(
                f"workshop_data: {docname}: reads {', '.join(missing)}, which {root} does not hold "
                f"(editions: {held}): shown as written, not run"
            )
            source[0] = stamp(source[0], digest, run=False)
            return
        problem = unloadable(tuple(editions), root, digest)
    if problem is not None:
        logger.error("workshop_data: %s (the notebook is not run)", problem, location=docname)
    source[0] = stamp(source[0], digest, run=problem is None)


class FigureLinks(SphinxTransform):
    """A notebook's figure (an image output of a code cell) links to its own file, as Sphinx
    links a scaled image (``html_scaled_image_link``): shrunk to the column, a chart's labels
    are unreadable on a phone (``talk_mix``'s 731 px figures drawn 358 px wide at 390 px), and a
    tap on it now opens it full size, to zoom as a picture. No script: the figure is marked as
    shown at 100 % of its own size (``scale``), which Sphinx's HTML builder wraps in a link to
    the copied file and writes the figure's width and height for (``workshop_data.css`` keeps its
    aspect when the column is narrower). A size the notebook gives its image is left as it is."""

    default_priority = 500

    def apply(self, **kwargs: Any) -> None:
        """Mark the code cells' image outputs that have no size of their own."""
        for output in self.document.findall(nodes.container):
            if output.get("nb_element") != "cell_code_output":
                continue
            for image in output.findall(nodes.image):
                if not any(key in image for key in ("scale", "width", "height")):
                    image["scale"] = 100


def setup_notebooks(app: Any) -> None:
    """Connect ``source-read``; register :class:`FigureLinks`."""
    app.connect("source-read", stamp_notebook)
    app.add_transform(FigureLinks)

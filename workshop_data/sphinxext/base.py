"""The shared base of the directives: which release, dependencies, loading, and node helpers."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from .. import store
from ..errors import WorkshopDataError
from . import fingerprints as fp


def paragraph(*children: nodes.Node | str, classes: Sequence[str] = ()) -> nodes.paragraph:
    """A paragraph of nodes and strings (strings become text, never markup)."""
    para = nodes.paragraph("", "", classes=list(classes))
    for child in children:
        para += nodes.Text(child) if isinstance(child, str) else child
    return para


def text(value: Any) -> str:
    """A loader's cell as text; missing values (``None``, ``NA``, ``NaN``) are empty."""
    if value is None:
        return ""
    try:
        if value != value:  # NaN
            return ""
    except TypeError:  # pandas.NA refuses comparison
        return ""
    return str(value)


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Sequence[nodes.Node] | str]],
    widths: Sequence[int] | None = None,
    classes: Sequence[str] = (),
    row_attrs: Sequence[dict[str, list[str]]] | None = None,
) -> nodes.table:
    """A real docutils table; each cell is a string or a list of body nodes.

    ``row_attrs`` gives each body row its ``ids`` and ``classes``.
    """
    tab = nodes.table("", classes=list(classes))
    group = nodes.tgroup("", cols=len(headers))
    tab += group
    for width in widths or [1] * len(headers):
        group += nodes.colspec("", colwidth=width)
    group += nodes.thead("", _row(headers))
    body = nodes.tbody()
    for i, cells in enumerate(rows):
        row = _row(cells)
        for name, values in (row_attrs[i] if row_attrs else {}).items():
            row[name].extend(values)
        body += row
    group += body
    return tab


def _row(cells: Sequence[Sequence[nodes.Node] | str]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        if isinstance(cell, str):
            entry += paragraph(cell)
        else:
            entry.extend(cell)
        row += entry
    return row


@functools.lru_cache(maxsize=128)
def _cached(loader: str, folder: str, digest: str, kwargs: tuple[tuple[str, Any], ...]) -> Any:
    """A loader's result for a release, cached on the release's content digest."""
    import workshop_data as wd

    path = Path(folder)
    return getattr(wd, loader)(path.parent.name, path.name, data_dir=str(path.parent.parent), **dict(kwargs))


class WorkshopDirective(SphinxDirective):
    """Base of the directives: the argument names the edition, ``:release:`` the release.

    Subclasses implement :meth:`build`. Whatever release a directive reads becomes a
    dependency of the page (mtime, through ``note_dependency``, and content digest, through
    :mod:`.fingerprints`). Data errors become build errors naming the file, row and field.
    """

    optional_arguments = 1
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "release": directives.unchanged_required,
        "class": directives.class_option,
    }

    @property
    def edition(self) -> str:
        """The edition named by the argument, else ``workshop_data_edition``, else the newest."""
        if self.arguments:
            return str(self.arguments[0])
        configured = self.config.workshop_data_edition
        return str(configured) if configured else store.newest_edition(self.data_dir)

    @property
    def data_dir(self) -> str | None:
        """``workshop_data_dir`` if set; else the loaders' default (``$WORKSHOP_DATA_DIR`` or shipped)."""
        configured = self.config.workshop_data_dir
        return str(configured) if configured else None

    def root(self) -> Path:
        """The data directory in use, recorded as a dependency of the page."""
        self.depend(fp.key("data-dir", self.data_dir))
        return store.data_dir(self.data_dir)

    def depend(self, key: str, value: str | None = None) -> str:
        """Record that this page shows what ``key`` names; return its digest."""
        digest = fp.digest(key) if value is None else value
        fp.record(self.env, self.env.docname, key, digest)
        return digest

    def release_folder(self, release: str | None = None) -> tuple[Path, str]:
        """The folder of the release shown and the digest of its files, all recorded as
        dependencies of the page (mtime through ``note_dependency``, content through a digest)."""
        root = self.root()
        self.depend(fp.key("releases", str(root), self.edition))
        folder = store.release_path(self.edition, release or self.options.get("release", store.LATEST), root)
        combined = hashlib.sha256()
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                self.env.note_dependency(str(path))
                combined.update(self.depend(fp.key("file", str(path))).encode())
        return folder, combined.hexdigest()

    def load(self, loader: str, folder: Path, digest: str, **kwargs: Any) -> Any:
        """Call ``workshop_data.<loader>`` for the release in ``folder`` (cached by content digest)."""
        return _cached(loader, str(folder), digest, tuple(sorted(kwargs.items())))

    def build(self) -> list[nodes.Node]:
        """The directive's nodes."""
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        try:
            body = self.build()
        except WorkshopDataError as exc:
            raise self.error(f"{self.name}: {exc}") from exc
        box = nodes.container("", *body, classes=["wd-block", f"wd-{self.name}", *self.options.get("class", [])])
        box["support_smartquotes"] = False  # data is shown as written: no curly quotes
        self.set_source_info(box)
        return [box]

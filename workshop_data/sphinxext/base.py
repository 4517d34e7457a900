"""The shared base of the directives: which release, dependencies, loading, and node helpers.

A release that does not load never hides the others (the rule of :mod:`workshop_data.store`):
a directive that walks an edition's releases (:meth:`WorkshopDirective.edition_releases`) or
resolves ``latest`` past a broken one goes on without it and says so in one Sphinx warning
naming the release folder and why (:func:`warn_broken`), of type ``workshop_data`` and subtype
``broken_release``. A warning, not an error: under ``-W`` (``make site``) the build fails and
lists each broken release, so the organizers hear of it loudly; to publish the site while a
release is broken, leave it out knowingly with ``suppress_warnings =
["workshop_data.broken_release"]`` in ``conf.py`` (or build without ``-W``): the other releases
are shown, nothing of the broken one. An error would replace the whole directive (the changelog
of every release) with an error box.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .. import store
from ..errors import BrokenReleaseWarning, WorkshopDataError
from . import fingerprints as fp

if TYPE_CHECKING:
    from ..model import Release

logger = logging.getLogger(__name__)

#: The Sphinx warning type and subtype of a broken release (``suppress_warnings`` takes
#: ``"workshop_data.broken_release"``).
BROKEN_RELEASE = ("workshop_data", "broken_release")


def warn_broken(warning: BrokenReleaseWarning, who: str, location: Any = None) -> None:
    """One Sphinx warning: ``who`` skipped a release folder that does not load, and why."""
    kind, subtype = BROKEN_RELEASE
    logger.warning(
        "%s: release folder %s does not load, skipped: %s",
        who,
        warning.folder,
        warning.reason,
        location=location,
        type=kind,
        subtype=subtype,
    )


@contextlib.contextmanager
def broken_releases(report: Callable[[BrokenReleaseWarning], None]) -> Iterator[None]:
    """Inside, each :class:`~workshop_data.errors.BrokenReleaseWarning` the store gives goes to
    ``report`` (once per release folder) instead of stderr; other warnings are shown as usual."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", BrokenReleaseWarning)
        try:
            yield
        finally:
            seen: set[str | None] = set()
            for w in caught:
                if isinstance(w.message, BrokenReleaseWarning):
                    if w.message.folder not in seen:
                        seen.add(w.message.folder)
                        report(w.message)
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)


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

    def edition_releases(self) -> list[Release]:
        """Every release of the edition that loads, oldest first, each a dependency of the page
        (cached by content, as :meth:`load`). A release that does not load is skipped with one
        warning (:meth:`report_broken`); when none loads, the newest one's error is raised."""
        root = self.root()
        names = store.release_names(self.edition, root)
        if not names:
            store.release_path(self.edition, store.LATEST, root)  # raises, naming the known editions
        found: list[Release] = []
        broken: list[tuple[str, WorkshopDataError]] = []
        for name in names:
            folder, digest = self.release_folder(name)
            try:
                found.append(self.load("load_release", folder, digest))
            except WorkshopDataError as exc:
                broken.append((name, exc))
        newest = broken.pop()[1] if not found else None
        for name, error in broken:
            self.report_broken(store.broken_release(root, self.edition, name, error))
        if newest is not None:
            raise newest
        return found

    def report_broken(self, warning: BrokenReleaseWarning) -> None:
        """Say, once per directive, that a release folder does not load and was skipped
        (:func:`warn_broken`); the folder becomes a dependency of the page, which is read again
        when the release is mended or removed."""
        reported: set[str | None] = self.__dict__.setdefault("_broken_reported", set())
        if warning.folder in reported:
            return
        reported.add(warning.folder)
        if warning.folder is not None:
            self.depend(fp.key("tree", warning.folder))
        warn_broken(warning, self.name, self.get_location())

    def build(self) -> list[nodes.Node]:
        """The directive's nodes."""
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        try:
            with broken_releases(self.report_broken):
                body = self.build()
        except WorkshopDataError as exc:
            raise self.error(f"{self.name}: {exc}") from exc
        box = nodes.container("", *body, classes=["wd-block", f"wd-{self.name}", *self.options.get("class", [])])
        box["support_smartquotes"] = False  # data is shown as written: no curly quotes
        self.set_source_info(box)
        return [box]

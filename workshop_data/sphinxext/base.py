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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .. import store
from ..defaults import LATEST
from ..errors import BrokenReleaseWarning, WorkshopDataError
from ..ids import LAYOUT_IDS
from ..schema import Resource
from ..timeutil import UNKNOWN
from . import fingerprints as fp
from .deferred import defer

#: What :meth:`WorkshopDirective.release_folder` records by default: every file of the release.
EVERY_FILE = "*"


@dataclass(frozen=True)
class Rows:
    """What a page shows of a table: how many rows it has (a retitled talk leaves it alone)."""

    table: Resource


@dataclass(frozen=True)
class Columns:
    """What a page shows of a table: the values of some of its columns, row by row (the day's
    hours, the slots' starts and ends: a retitled talk leaves them alone)."""

    table: Resource
    names: tuple[str, ...]


#: What a page shows of a release (:meth:`WorkshopDirective.release_folder`): every file
#: (:data:`EVERY_FILE`), ``"meta"``, ``"schema"``, a table's bytes (its :class:`Resource`), its
#: number of rows (:class:`Rows`) or some of its columns (:class:`Columns`).
Shown = str | Resource | Rows | Columns

if TYPE_CHECKING:
    from ..model import Edition, Release, TextLink

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


#: The schemes a link inside a text is made a link with (the readers let an http(s) URL only
#: into the data; a renderer trusts no more than that).
_LINKABLE = ("http://", "https://", "mailto:")


def linked_words(value: str, links: Sequence[TextLink], offset: int = 0) -> list[nodes.Node]:
    """Plain ``value`` as text nodes, the words its ``links`` say (:class:`~workshop_data.model.TextLink`,
    their places counted from ``offset`` in the whole text) made links to their URLs: the text is
    never read as markup, and a link whose words are not the text's there, or whose URL is not
    http(s) or mailto, stays words."""
    out: list[nodes.Node] = []
    at = 0
    for link in links:
        start, end = link.span.start - offset, link.span.stop - offset
        if start < at or end > len(value) or value[start:end] != link.text or not link.url.startswith(_LINKABLE):
            continue
        if start > at:
            out.append(nodes.Text(value[at:start]))
        out.append(nodes.reference("", link.text, refuri=link.url, classes=["wd-text-link"]))
        at = end
    if at < len(value):
        out.append(nodes.Text(value[at:]))
    return out


def linked_paragraphs(value: str, links: Sequence[TextLink], classes: Sequence[str] = ()) -> list[nodes.paragraph]:
    """``value``'s paragraphs (apart by a blank line, as an abstract's are), each with the words of
    ``links`` inside it made links (:func:`linked_words`) and the CSS ``classes`` (a bio's
    ``wd-bio``)."""
    out: list[nodes.paragraph] = []
    at = 0
    for part in value.split("\n\n"):
        stripped = part.strip()
        if stripped:
            begin = at + part.index(stripped)
            out.append(paragraph(*linked_words(stripped, links, begin), classes=classes))
        at += len(part) + 2
    return out


def release_name(name: str) -> nodes.literal:
    """A release's name as code (``2025-12-01.1902``), as the Data page, its downloads and the
    changelog show it: one word, never broken at its hyphens (``wd-release-name``: a phone may
    break other code anywhere rather than widen the page)."""
    return nodes.literal("", name, classes=["wd-release-name"])


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


def known(value: Any) -> str:
    """A loader's cell as text, ``unknown`` where it is missing: a fact the pages did not give is
    shown as not known, never as a blank a reader takes for "none"."""
    return text(value) or UNKNOWN


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Sequence[nodes.Node] | str]],
    widths: Sequence[int] | None = None,
    classes: Sequence[str] = (),
) -> nodes.table:
    """A real docutils table; each cell is a string or a list of body nodes."""
    tab = nodes.table("", classes=list(classes))
    group = nodes.tgroup("", cols=len(headers))
    tab += group
    for width in widths or [1] * len(headers):
        group += nodes.colspec("", colwidth=width)
    group += nodes.thead("", _row(headers))
    body = nodes.tbody()
    for cells in rows:
        body += _row(cells)
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
    """A loader's result for a release, cached on the release's content digest; the release is
    read and checked once for all the loaders asked about it."""
    from ..loaders import of_release

    if loader == "load_release":
        return store.read_folder(Path(folder))
    return of_release(loader, _cached("load_release", folder, digest, ()), **dict(kwargs))


def release_digest(folder: Path) -> tuple[list[Path], str]:
    """The files of the release in ``folder`` and the digest of all of them (the key of the
    loaders' cache; each file's digest is kept while its ``stat`` is unchanged)."""
    files = [p for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")]
    combined = hashlib.sha256()
    for path in files:
        combined.update(fp.file_digest(path).encode())
    return files, combined.hexdigest()


def read_descriptor(folder: Path) -> dict[str, Any]:
    """The descriptor of the release in ``folder`` as JSON, for the pages that show it (the data
    dictionary, the release's files), and its schema version as they write it (:data:`UNKNOWN`
    when it gives none: a release that loads always does)."""
    descriptor = store.descriptor_json(folder)
    descriptor.setdefault("schema_version", UNKNOWN)
    return descriptor


def read_cached(folder: Path) -> Release:
    """The release in ``folder``, read and checked once per content (what finds an edition's
    latest release reads it through here, so the pages that show it do not read it again)."""
    return _cached("load_release", str(folder), release_digest(folder)[1], ())  # type: ignore[no-any-return]


def _loads(folder: str) -> str:
    """Whether the release in ``folder`` loads (read through :func:`read_cached`): ``"loads"``,
    else why not. The digest of the fingerprints' ``"loads"`` kind."""
    try:
        read_cached(Path(folder))
    except WorkshopDataError as exc:
        return f"does not load: {exc}"
    return "loads"


# registered here, not in fingerprints (which this module imports): the release is read through
# the loaders' cache, so the pages that show it next do not read it again
fp.DIGESTS["loads"] = _loads
fp.WITNESSES["loads"] = fp.WITNESSES["tree"]


def latest_cached(edition: str, root: Path) -> Release:
    """The latest release of ``edition`` (the newest that loads), read through :func:`read_cached`."""
    return read_cached(store.release_path(edition, LATEST, root, reader=read_cached))


@functools.lru_cache(maxsize=8)
def _calendars(folder: str, digest: str, history: tuple[tuple[str, str], ...]) -> tuple[str, dict[str, str]]:
    """The whole calendar and every slot's of a release (each event serialized once for both),
    cached on the contents of the release and of the earlier releases of its edition."""
    from ..formats.ical import calendars

    release = _cached("load_release", folder, digest, ())
    earlier = [_cached("load_release", f, d, ()) for f, d in history]
    return calendars(release, history=earlier)


def reserve_layout_ids(document: nodes.document) -> None:
    """Note :data:`~workshop_data.ids.LAYOUT_IDS` (the page layout's own) as taken in ``document``:
    every id a directive makes unique in it (``schedule.UniqueIds``, the home page's) is then none
    of them. A slot labelled "Main Content" in a release written by hand had the row id
    ``main-content``, the theme's ``<main>``'s: the page held one id twice."""
    for name in LAYOUT_IDS:
        document.ids.setdefault(name, document)


class WorkshopDirective(SphinxDirective):
    """Base of the directives: the argument names the edition, ``:release:`` the release.

    Subclasses implement :meth:`build`. What a directive shows of the data becomes a
    dependency of the page (content digests, through :mod:`.fingerprints`, checked at every
    build). Data errors become build errors naming the file, row and field.
    """

    optional_arguments = 1
    #: Whether the output is kept out of the reading transforms (:mod:`.deferred`): for
    #: directives whose output grows with the data and holds no section.
    deferred: ClassVar[bool] = False
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

    def unique(self, wanted: str) -> str:
        """``wanted`` as an id not yet used on the page (``wanted-2``, ``-3``… when it is), noted
        as used: an id given twice takes a link to the second thing to the first."""
        candidate, n = wanted, 1
        while candidate in self.state.document.ids:
            n += 1
            candidate = f"{wanted}-{n}"
        self.state.document.ids[candidate] = self.state.document
        return candidate

    def depend(self, key: str, value: str | None = None) -> str:
        """Record that this page shows what ``key`` names; return its digest."""
        digest = fp.digest(key) if value is None else value
        fp.record(self.env, self.env.docname, key, digest)
        return digest

    def release_folder(self, release: str | None = None, shows: Sequence[Shown] = (EVERY_FILE,)) -> tuple[Path, str]:
        """The folder of the release shown and the digest of all its files (the key of the
        loaders' cache), recording as dependencies of the page what it ``shows`` of the release:

        - ``"*"`` (the default): every file's bytes;
        - a table (``schema.WORKSHOP``): its file's bytes;
        - ``Rows(table)``: how many rows the table has;
        - ``Columns(table, names)``: the values of those columns, row by row;
        - ``"meta"``: the release's name, publication time and schema version;
        - ``"schema"``: what its descriptor declares (columns, types, descriptions).

        A page is read again when what it recorded changes, and only then: a page that shows
        the contact address records ``schema.WORKSHOP`` and is not read again when a talk is
        retitled. The list of the edition's releases is always recorded (``latest`` is one), and
        whether the release loads (a page shows only releases that load, and ``latest`` is the
        newest that does: a file changed by hand is read again, by the cache, and the pages
        showing that release are read again only if it no longer loads).
        """
        root = self.root()
        self.depend(fp.key("releases", str(root), self.edition))
        name = release or self.options.get("release", LATEST)
        folder = store.release_path(self.edition, name, root, reader=read_cached)
        files, combined = release_digest(folder)
        if EVERY_FILE not in shows:  # (every file's bytes say whether it loads)
            self.depend(fp.key("loads", str(folder)))
        for what in shows:
            if isinstance(what, Rows):
                self.depend(fp.key("rows", str(folder / what.table.path)))
            elif isinstance(what, Columns):
                self.depend(fp.key("columns", str(folder / what.table.path), *what.names))
            elif isinstance(what, Resource):
                self.depend(fp.key("file", str(folder / what.path)))
            elif what == EVERY_FILE:
                for path in files:
                    self.depend(fp.key("file", str(path)))
            elif what in ("meta", "schema"):
                self.depend(fp.key(what, str(folder)))
            else:
                raise ValueError(f"a page cannot show {what!r} of a release")
        return folder, combined

    def load(self, loader: str, folder: Path, digest: str, **kwargs: Any) -> Any:
        """Call ``workshop_data.<loader>`` for the release in ``folder`` (cached by content digest)."""
        return _cached(loader, str(folder), digest, tuple(sorted(kwargs.items())))

    def _loaded_releases(self, shows: Sequence[Shown]) -> list[tuple[Path, str, Release]]:
        """The folder, digest and release of every release of the edition that loads, oldest
        first, each recorded as a dependency of the page as ``shows`` says
        (:meth:`release_folder`). A release that does not load is skipped with one warning
        (:meth:`report_broken`); when none loads, the newest one's error is raised."""
        root = self.root()
        names = store.release_names(self.edition, root)
        if not names:
            store.release_path(self.edition, LATEST, root)  # raises, naming the known editions
        found: list[tuple[Path, str, Release]] = []
        broken: list[tuple[str, WorkshopDataError]] = []
        for name in names:
            folder, digest = self.release_folder(name, shows)
            try:
                found.append((folder, digest, self.load("load_release", folder, digest)))
            except WorkshopDataError as exc:
                broken.append((name, exc))
        newest = broken.pop()[1] if not found else None
        for name, error in broken:
            self.report_broken(store.broken_release(root, self.edition, name, error))
        if newest is not None:
            raise newest
        return found

    def edition_releases(self, shows: Sequence[Shown] = (EVERY_FILE,)) -> Edition:
        """The edition with every release of it that loads, oldest first (a page lists them as
        :attr:`~workshop_data.model.Edition.newest_first` says), each a dependency of the page
        as ``shows`` says (:meth:`release_folder`; cached by content, as :meth:`load`). A release
        that does not load is skipped with one warning (:meth:`report_broken`); when none loads,
        the newest one's error is raised."""
        from ..model import Edition  # the model, read only when a page lists releases (as the store does)

        return Edition(self.edition, tuple(release for _, _, release in self._loaded_releases(shows)))

    def report_broken(self, warning: BrokenReleaseWarning) -> None:
        """Say, once per directive, that a release folder does not load and was skipped
        (:func:`warn_broken`); the folder becomes a dependency of the page, which is read again
        when the release is mended or removed."""
        reported: set[str | None] = self.__dict__.setdefault("_broken_reported", set())
        if warning.folder in reported:
            return
        reported.add(warning.folder)
        if warning.folder is not None:
            self.depend(fp.key("tree", str(warning.folder)))
        warn_broken(warning, self.name, self.get_location())

    def history(self, release: Release) -> list[tuple[Path, str]]:
        """The folders (and digests) of the releases of ``release``'s edition before it that
        load, oldest first, each recorded as a dependency of the page (an event's ``SEQUENCE``
        counts its changes across them); one that does not load is skipped with a warning."""
        loaded = self._loaded_releases((EVERY_FILE,))
        names = [r.name for _, _, r in loaded]
        return [(folder, digest) for folder, digest, _ in loaded[: names.index(release.name)]]

    def calendars(self, folder: Path, digest: str) -> tuple[str, dict[str, str]]:
        """The whole calendar and every slot's "add to calendar" file of the release in
        ``folder``, with the edition's history (:func:`workshop_data.formats.ical.calendars`),
        built once per release however many directives offer them."""
        release = self.load("load_release", folder, digest)
        earlier = tuple((str(f), d) for f, d in self.history(release))
        return _calendars(str(folder), digest, earlier)

    def build(self) -> list[nodes.Node]:
        """The directive's nodes."""
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        """:meth:`build`'s nodes in one ``wd-block`` box (deferred when the directive is); a data error
        becomes the directive's error."""
        reserve_layout_ids(self.state.document)
        try:
            with broken_releases(self.report_broken):
                body = self.build()
        except WorkshopDataError as exc:
            raise self.error(f"{self.name}: {exc}") from exc
        box = nodes.container("", *body, classes=["wd-block", f"wd-{self.name}", *self.options.get("class", [])])
        box["support_smartquotes"] = False  # data is shown as written: no curly quotes
        self.set_source_info(box)
        return [defer([box])] if self.deferred else [box]

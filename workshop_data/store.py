"""Where the data lives: the data directory, its editions and their releases.

The data directory holds ``<edition>/<release>/datapackage.json``. By default it is the one
shipped inside the package; ``data_dir=`` or the ``WORKSHOP_DATA_DIR`` environment variable
point the loaders at a directory of your own with the same layout (it replaces the shipped
data, it is not merged with it).

Edition and release names are checked against :data:`NAME` wherever they come in, so a name
is always one folder of the data directory (never a path, never ``..``).

One broken release never hides the others: ``"latest"``, the edition and release listings and
every reader of several releases skip a release that does not load, with a
:class:`~workshop_data.errors.BrokenReleaseWarning` naming it (the CLI prints it as one line).
Asking for a broken release by name raises its error. The listings tell a broken release by
what they read of it (:func:`~workshop_data.validation.read_summary`: its descriptor, every
file's size and hash, the workshop row), not by parsing every cell: a release whose files are
as published is listed, and only one written by hand that breaks a rule is listed yet skipped
when loaded.
"""

from __future__ import annotations

import functools
import os
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .defaults import (
    ALL,
    DEFAULT_EDITION,
    DESCRIPTOR,
    ENV_VAR,
    LATEST,
    MAX_DESCRIPTOR_BYTES,
    every_edition_among,
    every_edition_refused,
)
from .errors import (
    BrokenReleaseWarning,
    DataValidationError,
    NewerSchemaError,
    UnknownEditionError,
    UnknownReleaseError,
    WorkshopDataError,
    did_you_mean,
    meant,
)
from .files import not_regular, read_regular
from .ids import check_name, edition_folders, editions_listed, release_folders, release_order, release_span
from .schema import WORKSHOP

if TYPE_CHECKING:
    import datetime as dt

    from .model import Edition, Release
    from .summary import ReleaseSummary

_T = TypeVar("_T")

#: What the loaders take as ``edition``: one name, several, ``"all"``, or ``None`` (the newest).
Editions = str | Sequence[str] | None


def data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The data directory in use: the argument, else ``$WORKSHOP_DATA_DIR``, else the package's."""
    chosen = data_dir if data_dir is not None else os.environ.get(ENV_VAR) or None
    if chosen is None:
        from importlib.resources import files

        return Path(str(files("workshop_data") / "data"))
    path = Path(chosen).expanduser()
    if not path.is_dir():
        source = "--data-dir / data_dir=" if data_dir is not None else f"${ENV_VAR}"
        raise WorkshopDataError(f"{path}: no such data directory (from {source})")
    return path


def import_target(data_dir_: str | os.PathLike[str] | None = None) -> Path:
    """The data directory an import publishes into: ``data_dir_``, else ``$WORKSHOP_DATA_DIR``
    (created when absent). Never the package's own data by default: a release written into an
    installed package goes with its next upgrade, so it is written there only when named
    (``--data-dir workshop_data/data`` in a checkout, as ``make data`` does;
    :func:`needed_directory` says where it is)."""
    chosen = data_dir_ if data_dir_ is not None else os.environ.get(ENV_VAR) or None
    if chosen is None:
        raise WorkshopDataError(f"import needs a data directory: {needed_directory()}")
    return Path(chosen).expanduser()


def needed_directory() -> str:
    """What an import with no data directory is told: where the package's own data is, as this
    interpreter imports it (a checkout's ``workshop_data/data``, or an installed package's
    folder in site-packages, which a user may not be able to write), and what naming it means.
    A path such as ``workshop_data/data`` is the checkout's alone: an installed wheel has none."""
    shipped = data_dir(None)
    writable = "" if os.access(shipped, os.W_OK) else ", which you cannot write"
    return (
        f"pass --data-dir DIR (data_dir=) or set ${ENV_VAR}; the package's own data, {shipped}{writable}, "
        "is written only when named so (a package installed from a wheel loses what is written there "
        "at its next install)"
    )


def edition_names(data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The editions in the data directory, sorted by name (:func:`~workshop_data.ids.edition_folders`)."""
    return sorted(p.name for p in edition_folders(data_dir(data_dir_)))


def _created(folder: Path) -> dt.datetime:
    """The release's publication time as its descriptor says; the earliest time there is when
    the descriptor does not say one that reads (such a release does not load: it sorts first)."""
    import datetime as dt

    path = folder / DESCRIPTOR
    try:
        stat = path.stat()
    except OSError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    # not read: such a release does not load either
    if stat.st_size > MAX_DESCRIPTOR_BYTES or not_regular(stat.st_mode):
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return _created_at(str(path), stat.st_mtime_ns, stat.st_size)


#: The head of a descriptor as the writer lays it out (:func:`~workshop_data.datapackage.descriptor_text`):
#: ``{``, then lines of a top-level key and a text value, the last of them ``created``'s. Nothing
#: before ``created`` opens an object or an array, so it is the top level's.
_HEAD = re.compile(r'\{\n(?:  "[^"\\\n]*": "(?:[^"\\\n]|\\.)*",\n)*  "created": "([^"\\\n]*)"[,\n]')


@functools.lru_cache(maxsize=8192)
def _created_at(path: str, mtime_ns: int, size: int) -> dt.datetime:
    """A descriptor's publication time, read once per version of the file: the site lists an
    edition's releases for every page that shows it, and an edition has dozens of releases.

    Read from the writer's head (:data:`_HEAD`) when ``"created"`` is in the text once and no
    ``\\u`` escape is (the writer writes none in a descriptor), else from the whole JSON: finding
    the newest edition lists every release of every edition, and parsing 186 descriptors of some
    20 KB each was half of ``load_schedule()``'s own time (45 of 105 ms). A key escaped
    (``"\\u0063reated"``) is ``created`` to JSON: a descriptor giving it so beside the head's is
    a key given twice, read whole and refused (:func:`~workshop_data.encoding.json_value`), its
    release listed among the broken (the earliest), as loading it refuses it."""
    import datetime as dt

    from .encoding import json_value, parse_published

    try:
        text = read_regular(path, looked=True).decode("utf-8-sig")  # (_created found it regular)
        head = _HEAD.match(text) if text.count('"created"') == 1 and "\\u" not in text else None
        if head is not None:
            return parse_published(head.group(1))
        data = json_value(text)
        return parse_published(str(data["created"]))
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return dt.datetime.min.replace(tzinfo=dt.UTC)


def descriptor_json(folder: str | os.PathLike[str]) -> dict[str, Any]:
    """The descriptor of the release in ``folder`` as JSON, unchecked (``{}`` when it holds no
    object), for what reads a fact or two of a release without reading the release: its
    publication time here, what a page of the site shows of it. Raises :class:`OSError` or
    :class:`ValueError` (not JSON). :func:`~workshop_data.validation.read_release` reads and
    checks a release."""
    from .encoding import json_value

    data = json_value(read_regular(Path(folder, DESCRIPTOR)).decode("utf-8-sig"))
    return data if isinstance(data, dict) else {}


def release_names(edition: str, data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The release folders of an edition, oldest first (by publication time, then by name:
    :func:`~workshop_data.ids.release_order`).

    The folders are listed, not read: a broken release is among them (its publication time,
    when unreadable, counts as the earliest).
    """
    found = release_folders(data_dir(data_dir_) / check_name("edition", edition))
    return [p.name for p in sorted(found, key=publication_order)]


def newest_name(edition: str, data_dir_: str | os.PathLike[str] | None = None) -> str | None:
    """The name of ``edition``'s newest release, :func:`release_names`' last, or None when it has
    none; found by the names, reading the publication time of only the few releases that may be
    the newest.

    A dated name states its release's publication time to its second, minute or day
    (:func:`~workshop_data.ids.release_span`), and a release whose ``created`` is outside that span
    does not load (:mod:`workshop_data.validation`). So a release whose span ends at or before
    another's starts was published before it, and only the releases whose spans reach past the
    latest start (usually one), and those whose names state no time, are read: finding the
    newest edition read the heads of all 187 shipped descriptors to use 9 of them. (A
    release that breaks that rule is ordered by its name here and by its ``created`` in
    :func:`release_names`; it loads in neither.)"""
    return _newest_among(release_folders(data_dir(data_dir_) / check_name("edition", edition)))


def _newest_among(folders: list[Path]) -> str | None:
    """:func:`newest_name` of an edition whose release folders are ``folders``."""
    spans = [(folder, release_span(folder.name)) for folder in folders]
    top = max((span[0] for _, span in spans if span is not None), default=None)
    maybe = [folder for folder, span in spans if span is None or top is None or span[1] > top]
    return max(maybe, key=publication_order).name if maybe else None


def publication_order(folder: Path) -> tuple[dt.datetime, tuple[str, int]]:
    """What the release in ``folder`` sorts by among its edition's (:func:`release_names`): its
    publication time (the earliest there is when its descriptor does not say one that reads),
    then its name (:func:`publication_key`)."""
    return publication_key(_created(folder), folder.name)


def publication_key(published: dt.datetime, name: str) -> tuple[dt.datetime, tuple[str, int]]:
    """A release's place among its edition's, published at ``published`` as ``name``: by the
    time, then by the name (:func:`~workshop_data.ids.release_order`), as :func:`release_names`
    lists them and ``"latest"`` finds the last: what a release not yet written is compared by."""
    return published, release_order(name)


#: The most of a workshop file :func:`_day` reads (its row is some hundreds of bytes).
_DAY_BYTES = 1 << 20


def _day(folder: Path) -> str:
    """The workshop day of a release, read from its workshop file without checking it (only to
    order editions; every load checks the release). Only a regular file is read, and no more
    than :data:`_DAY_BYTES` of it: a link to ``/dev/zero`` ran out of memory listing the editions,
    and a pipe would never have answered."""
    import csv
    import io

    path = folder / WORKSHOP.path
    try:
        head = read_regular(path, _DAY_BYTES)[:_DAY_BYTES].decode("utf-8-sig")
        return str(next(csv.DictReader(io.StringIO(head, newline=""))).get("date") or "")
    except (OSError, StopIteration, ValueError, csv.Error):
        return ""


def edition_key(edition: str, data_dir_: str | os.PathLike[str] | None = None) -> str:
    """What :func:`edition_order` sorts an edition by (then by name): the workshop day of its
    newest release (:func:`newest_name`), else the day its first release was published."""
    root = data_dir(data_dir_)
    return _key_of(edition, release_folders(root / check_name("edition", edition)), root)


def _key_of(edition: str, folders: list[Path], root: Path) -> str:
    """:func:`edition_key` of ``edition``, whose release folders are ``folders``."""
    newest = _newest_among(folders)
    day = _day(root / edition / newest) if newest is not None else ""
    return day or _created(root / edition / release_names(edition, root)[0]).date().isoformat()


def edition_order(data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The editions oldest first: by the workshop day of their newest release, then by the time
    their first release was published (for an edition whose day is unknown), then by name
    (:func:`oldest_first`'s order), each edition's releases listed once."""
    root = data_dir(data_dir_)
    keyed = sorted((_key_of(name, found, root), name) for name, found in editions_listed(root).items())
    return [name for _, name in keyed]


def oldest_first(names: Iterable[str], data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """``names`` in the editions' order (:func:`edition_order`'s: by :func:`edition_key`, then by
    name), whatever order they are given in: the one order of every listing and every frame of
    several editions."""
    root = data_dir(data_dir_)
    return [name for _, name in sorted((edition_key(name, root), name) for name in names)]


def newest_edition(data_dir_: str | os.PathLike[str] | None = None) -> str:
    """The edition loaded when none is named: the last of :func:`edition_order`."""
    return _every_edition(data_dir_)[-1]


def _every_edition(data_dir_: str | os.PathLike[str] | None) -> list[str]:
    """:func:`edition_order`, or :class:`UnknownEditionError` when the data directory holds none."""
    order = edition_order(data_dir_)
    if not order:
        root = data_dir(data_dir_)
        raise UnknownEditionError(f"no edition in {root}{_data_dir_above(root)}")
    return order


def _data_dir_above(root: Path) -> str:
    """What to give instead of ``root``, a folder holding no edition, where it is plain: the data
    directory above an edition's folder or a release folder (``--data-dir`` and
    ``$WORKSHOP_DATA_DIR`` name the folder of the editions); else nothing."""
    if (root / DESCRIPTOR).is_file():
        return f" (a release folder: give the data directory, {root.parent.parent})"
    if release_folders(root):
        return f" (an edition's folder: give the data directory, {root.parent})"
    return ""


def resolve_editions(edition: Editions, data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The edition names ``edition`` stands for: ``None`` the newest, a name itself, ``"all"``
    every edition (alone: beside other names, refused saying so), a list its names (each checked
    to exist, a name given twice taken once:
    stacked twice, every count would double). Several are always oldest first
    (:func:`oldest_first`), whatever order a list gives them in: the one rule of every function
    that takes several editions (the loaders, :func:`workshop_data.releases`,
    :func:`workshop_data.history`), so that their rows, their ``edition`` category and the
    editions named in their ``attrs`` follow the workshop's years alike."""
    if edition is None:
        return [newest_edition(data_dir_)]
    names = [edition] if isinstance(edition, str) else list(edition) if isinstance(edition, Iterable) else None
    if names is None or isinstance(edition, bytes | Mapping) or not all(isinstance(n, str) for n in names):
        raise TypeError(f"edition: a name, a list of names, 'all' or None, not {edition!r}")
    every = names == [ALL]
    if ALL in names and not every:  # not an edition named 'all' ("no edition 'all'")
        raise UnknownEditionError(every_edition_among([n for n in dict.fromkeys(names) if n != ALL]))
    if every:
        names = _every_edition(data_dir_)  # oldest first already
    if not names:
        raise UnknownEditionError("edition: an empty list names no edition (give names, 'all', or None for the newest)")
    names = list(dict.fromkeys(names))
    root = data_dir(data_dir_)
    for name in names:
        _known_or_raise(name, root)
    return names if every or len(names) < 2 else oldest_first(names, root)


def _one_edition(edition: str | None, root: Path) -> str:
    """The edition read by a function of one edition's releases (:func:`read`,
    :func:`read_edition`, :func:`release_path`: ``wd.load_release``, ``wd.diff``…): ``None`` the
    newest; ``"all"`` refused saying what it means, as the command line refuses ``--edition
    all`` of a command of one edition."""
    if edition == ALL:
        takers = "the loaders, wd.releases and wd.history take 'all': wd.load_schedule(edition='all')"
        raise UnknownEditionError(every_edition_refused("this function", takers))
    return newest_edition(root) if edition is None else edition


def one_edition(edition: str | None, data_dir_: str | os.PathLike[str] | None = None) -> str:
    """The edition a function of one edition's releases reads (``wd.release_at``), known to the
    data directory: ``None`` the newest; ``"all"`` refused as :func:`_one_edition` refuses it, and a
    list of editions as a name that is no text (:func:`~workshop_data.ids.check_name`)."""
    root = data_dir(data_dir_)
    name = _one_edition(edition, root)
    _known_or_raise(name, root)
    return name


def _names_or_raise(edition: str, root: Path) -> list[str]:
    """The release folders of ``edition`` (:func:`release_names`); :class:`UnknownEditionError`
    naming the known editions when it has none."""
    _known_or_raise(edition, root)
    return release_names(edition, root)


def _held_name(what: str, value: str, held: Callable[[], Iterable[str]]) -> str:
    """:func:`~workshop_data.ids.check_name` on the way to a folder that is read: a name that no
    folder can have is refused by its rule, and with the name meant where one of ``held``'s is
    that close (:func:`~workshop_data.errors.did_you_mean`): ``--edition "NeurIPS 2024"``, as
    the site prints it, is 'neurips2024'."""
    try:
        return check_name(what, value)
    except WorkshopDataError as refused:
        raise WorkshopDataError(f"{refused}{did_you_mean(value, held())}") from None


def _known_or_raise(edition: str, root: Path) -> None:
    """:class:`UnknownEditionError` naming the known editions, oldest first, unless ``edition``
    has a release folder (listed, not read: its releases' times are not needed to know it)."""
    if not release_folders(root / _held_name("edition", edition, lambda: edition_order(root))):
        order = edition_order(root)
        known = ", ".join(order) or "none"  # oldest first, as every listing
        meaning = did_you_mean(edition, order)  # 'NeurIPS2024', '2024': 'neurips2024'
        raise UnknownEditionError(f"no edition {edition!r} in {root} (editions: {known}){meaning}")


_R = TypeVar("_R", "Release", "ReleaseSummary")


def of_its_edition(found: _R, folder: Path) -> _R:
    """``found``, read from the release folder ``folder`` of a data directory, if its workshop
    row names the edition whose folder holds it; else the error naming that row. A release
    copied into another edition's folder would load as the other edition's data under this
    one's name. (Checked here, where a folder is an edition's, not by the reader: a release
    folder is validated wherever it is.)"""
    edition = folder.parent.name
    if found.workshop.edition != edition:
        raise DataValidationError(
            f"names edition {found.workshop.edition!r}, but the release is in the folder of edition {edition!r}",
            file=folder / WORKSHOP.path,
            row=1,
            field="edition",
        )
    return found


def read_folder(folder: Path) -> Release:
    """The release in ``folder`` of a data directory, read and checked (every file, every cell)
    and of the edition whose folder holds it (:func:`of_its_edition`)."""
    from .validation import read_release

    return of_its_edition(read_release(folder), folder)


def _read(folder: Path, reader: Callable[[Path], _T]) -> _T | WorkshopDataError:
    """What ``reader`` reads of the release in ``folder``, or the error that says why it does not load."""
    try:
        return reader(folder)
    except WorkshopDataError as exc:
        return exc


def caller_level() -> int:
    """The ``stacklevel`` that makes a warning name the first caller outside this package."""
    import sys
    from types import FrameType

    package = os.path.dirname(os.path.abspath(__file__))
    frame: FrameType | None = sys._getframe(1)
    level = 1  # the function that warns
    while frame is not None and frame.f_code.co_filename.startswith(package + os.sep):
        frame, level = frame.f_back, level + 1
    return level


def broken_release(root: Path, edition: str, name: str, error: WorkshopDataError) -> BrokenReleaseWarning:
    """The warning that says release ``name`` of ``edition`` does not load and is skipped."""
    return BrokenReleaseWarning(
        f"release {name!r} of {edition!r} does not load, skipped: {error}",
        folder=root / edition / name,
        reason=str(error),
    )


def _skip(root: Path, edition: str, broken: list[tuple[str, WorkshopDataError]], *, raise_newest: bool) -> None:
    """Warn about each broken release (``broken`` is oldest first). With ``raise_newest``, the
    newest one's error is raised instead of being warned about (none of the edition's loads)."""
    newest = None
    if raise_newest and broken:
        *broken, (_, newest) = broken
    for name, exc in broken:
        warnings.warn(broken_release(root, edition, name, exc), stacklevel=caller_level())
    if newest is not None:
        raise newest


def _newest(
    edition: str, root: Path, names: list[str], reader: Callable[[Path], _T]
) -> tuple[_T | None, list[tuple[str, WorkshopDataError]]]:
    """What ``reader`` reads of the newest of ``names`` that loads (None if none does), and the
    newer ones that do not."""
    broken: list[tuple[str, WorkshopDataError]] = []
    for name in reversed(names):
        found = _read(root / edition / name, reader)
        if not isinstance(found, WorkshopDataError):
            return found, broken[::-1]
        broken.append((name, found))
    return None, broken[::-1]


def _read_each(
    edition: str, root: Path, names: list[str], reader: Callable[[Path], _T]
) -> tuple[list[_T], list[tuple[str, WorkshopDataError]]]:
    """What ``reader`` reads of the releases ``names`` that load, and those that do not with
    their errors (oldest first)."""
    found: list[_T] = []
    broken: list[tuple[str, WorkshopDataError]] = []
    for name in names:
        rel = _read(root / edition / name, reader)
        if isinstance(rel, WorkshopDataError):
            broken.append((name, rel))
        else:
            found.append(rel)
    return found, broken


def newest_release(edition: str, data_dir_: str | os.PathLike[str] | None = None) -> Release | None:
    """The newest release of ``edition`` that loads, read and checked, which an import carries
    ids from; None when the edition has none (or none that loads). Each newer release that does
    not load is warned about, but one that a newer package wrote (:class:`NewerSchemaError`)
    raises: a release published after it by this package would not carry its ids."""
    root = data_dir(data_dir_)
    found, broken = _newest(edition, root, release_names(edition, root), read_folder)
    for _, exc in broken:
        if isinstance(exc, NewerSchemaError):
            raise WorkshopDataError(
                f"{exc}: a newer workshop-data wrote it, and a release imported after it would not carry its ids; "
                "import with that version"
            )
    _skip(root, edition, broken, raise_newest=False)
    return found


def releases_before(edition: str, name: str, data_dir_: str | os.PathLike[str] | None = None) -> tuple[Release, ...]:
    """The releases of ``edition`` listed before its release ``name`` that load, read and checked,
    oldest first: what an import gives no new slot or talk an id of. One that does not load
    is left out without a word (every listing warns of it)."""
    root = data_dir(data_dir_)
    names = release_names(edition, root)
    found, _ = _read_each(edition, root, names[: names.index(name)] if name in names else [], read_folder)
    return tuple(found)


def read(
    edition: str | None = DEFAULT_EDITION, release: str = LATEST, data_dir_: str | os.PathLike[str] | None = None
) -> Release:
    """Release ``release`` of ``edition`` (``None``: the newest edition), read and checked.

    ``"latest"`` is the newest release that loads: newer broken ones are skipped with a warning,
    and when none loads the newest one's error is raised. A release named explicitly raises its
    own error when it does not load.
    """
    if release == LATEST:
        return _latest(edition, data_dir_, read_folder)
    return read_folder(release_path(edition, release, data_dir_))


def _latest(edition: str | None, data_dir_: str | os.PathLike[str] | None, reader: Callable[[Path], _T]) -> _T:
    """What ``reader`` reads of the newest release of ``edition`` that it reads without error:
    the newest by its name (:func:`newest_name`) when it reads, else each from the newest down."""
    root = data_dir(data_dir_)
    name = _one_edition(edition, root)
    _known_or_raise(name, root)
    found, broken = _newest_by_name(name, root, reader)  # known: checked above
    _skip(root, name, broken, raise_newest=found is None)
    assert found is not None  # _skip raised otherwise
    return found


def _newest_by_name(
    edition: str, root: Path, reader: Callable[[Path], _T]
) -> tuple[_T | None, list[tuple[str, WorkshopDataError]]]:
    """:func:`_newest` of every release of ``edition``, trying first the newest by its name
    (:func:`newest_name`): when that one reads, no other descriptor is opened (and no newer
    release is broken, as none is newer); else every release is listed in order and read from
    the newest down."""
    newest = newest_name(edition, root)
    first = _read(root / edition / newest, reader) if newest is not None else None
    if first is not None and not isinstance(first, WorkshopDataError):
        return first, []
    return _newest(edition, root, release_names(edition, root), reader)


def read_edition(edition: str | None = None, data_dir_: str | os.PathLike[str] | None = None) -> Edition:
    """An edition with all its releases that load, read and checked, oldest first (``None``: the
    newest edition). A release that does not load is skipped with a warning; when none does,
    the newest one's error is raised."""
    from .model import Edition

    root = data_dir(data_dir_)
    name = _one_edition(edition, root)
    found, broken = _read_each(name, root, _names_or_raise(name, root), read_folder)
    _skip(root, name, broken, raise_newest=not found)
    return Edition(name, tuple(found))


def release_path(
    edition: str | None = DEFAULT_EDITION,
    release: str = LATEST,
    data_dir_: str | os.PathLike[str] | None = None,
    reader: Callable[[Path], object] = read_folder,
) -> Path:
    """The folder of ``release`` of ``edition`` (``None``: the newest edition); ``"latest"`` is
    the newest release that loads (finding it reads releases from the newest down with
    ``reader``, by default :func:`~workshop_data.validation.read_release`; the site passes one
    that keeps what it read, see :func:`read`)."""
    if release == LATEST:
        return _latest(edition, data_dir_, lambda folder: (folder, reader(folder)))[0]
    root = data_dir(data_dir_)
    name = _one_edition(edition, root)
    names = _names_or_raise(name, root)
    _held_name("release", release, lambda: names)
    if release not in names:
        elsewhere = _held_elsewhere(release, name, root) if edition is None else ()
        raise UnknownReleaseError.of(name, release, names, elsewhere)
    return root / name / release


def _held_elsewhere(release: str, newest: str, root: Path) -> list[tuple[str, str]]:
    """The releases of editions other than ``newest`` that ``release`` names, or may mean as
    :func:`~workshop_data.errors.meant` finds it (a day's), each as (edition, name), oldest
    edition first: what a reader who named no edition, and so reads the newest, meant
    (``diff 2024-11-20 latest``: NeurIPS 2024's). Only when the release is refused."""
    found = []
    for other in edition_order(root):
        if other != newest:
            held = release_names(other, root)
            found += [(other, n) for n in ([release] if release in held else meant(release, held))]
    return found


def _summary(counted: tuple[str, ...]) -> Callable[[Path], ReleaseSummary]:
    """A reader of what a listing shows of a release, with the rows of ``counted`` counted."""
    from .validation import read_summary

    return lambda folder: of_its_edition(read_summary(folder, counted), folder)


def edition_summaries(data_dir_: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """One dict per edition, oldest edition first, from its newest release that passes the
    listing's check (below):
    ``edition``, ``series``, ``conference``, ``event`` (its name,
    :attr:`~workshop_data.model.Workshop.event_name`), ``date``, ``venue``, ``timezone``,
    ``releases`` (how many release folders, broken ones included), ``latest``, and the latest
    release's number of ``slots`` and ``papers`` (None where its schema does not declare them).
    An edition none of whose releases loads is skipped with a warning; a data directory that
    holds no edition (an edition's folder given, an empty one) is an
    :class:`~workshop_data.errors.UnknownEditionError`, as loading its newest edition is.

    Only what is listed is read (:func:`~workshop_data.validation.read_summary`: the
    descriptor, every file's size and hash, the workshop row), so listing many editions does
    not parse every row of each; loading an edition checks all of it.
    """
    root = data_dir(data_dir_)
    reader = _summary(("slots", "papers"))
    out = []
    for name in _every_edition(root):
        latest, broken = _newest_by_name(name, root, reader)  # the count needs the folders, not their order
        _skip(root, name, broken, raise_newest=False)
        if latest is None:
            continue
        w = latest.workshop
        out.append(
            {
                "edition": name,
                "series": w.series,
                "conference": w.conference,
                "event": w.event_name,
                "date": w.date,
                "venue": w.venue,
                "timezone": w.timezone,
                "releases": len(release_folders(root / name)),
                "latest": latest.name,
                "slots": latest.counts["slots"],
                "papers": latest.counts["papers"],
            }
        )
    return out


def release_summaries(edition: str, data_dir_: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """One dict per release of ``edition`` that loads, oldest first: ``release``, ``published``
    (UTC), ``timezone`` (the venue's, which its publication is also shown in), ``slots``,
    ``talks`` and ``papers`` (how many; None where the release's schema does not
    declare them: 1.0.0's papers), and ``latest`` (True for the newest listed: the one
    ``"latest"`` loads unless it breaks a rule the listing does not check). Each release is read
    as :func:`edition_summaries` reads one. A release
    that does not load is skipped with a warning; when none does, the newest one's error is
    raised. :class:`UnknownEditionError` when the edition has no release."""
    root = data_dir(data_dir_)
    found, broken = _read_each(edition, root, _names_or_raise(edition, root), _summary(("slots", "talks", "papers")))
    _skip(root, edition, broken, raise_newest=not found)
    return [
        {
            "release": rel.name,
            "published": rel.published,
            "timezone": rel.workshop.timezone,
            "slots": rel.counts["slots"],
            "talks": rel.counts["talks"],
            "papers": rel.counts["papers"],
            "latest": rel is found[-1],
        }
        for rel in found
    ]

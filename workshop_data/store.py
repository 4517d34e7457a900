"""Where the data lives: the data directory, its editions and their releases.

The data directory holds ``<edition>/<release>/datapackage.json``. By default it is the one
shipped inside the package; ``data_dir=`` or the ``WORKSHOP_DATA_DIR`` environment variable
point the loaders at a directory of your own with the same layout (it replaces the shipped
data, it is not merged with it).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .defaults import ALL as ALL
from .defaults import DEFAULT_EDITION as DEFAULT_EDITION
from .defaults import DESCRIPTOR as DESCRIPTOR
from .defaults import ENV_VAR as ENV_VAR
from .defaults import LATEST as LATEST
from .errors import UnknownEditionError, UnknownReleaseError, WorkshopDataError

if TYPE_CHECKING:
    from .model import Edition

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
        source = "data_dir" if data_dir is not None else f"${ENV_VAR}"
        raise WorkshopDataError(f"{path}: no such data directory (from {source})")
    return path


def edition_names(data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The editions in the data directory, sorted by name."""
    root = data_dir(data_dir_)
    return sorted(p.name for p in root.iterdir() if not p.name.startswith((".", "_")) and _release_folders(p))


def _release_folders(edition_dir: Path) -> list[Path]:
    """The release folders of an edition folder (those holding a descriptor), unordered."""
    if not edition_dir.is_dir():
        return []
    return [p for p in edition_dir.iterdir() if not p.name.startswith(".") and (p / DESCRIPTOR).is_file()]


def _created(folder: Path) -> str:
    try:
        return str(json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8-sig")).get("created", ""))
    except (OSError, ValueError):
        return ""


def release_names(edition: str, data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The releases of an edition, oldest first (by publication time, then by name)."""
    found = _release_folders(data_dir(data_dir_) / edition)
    return [p.name for p in sorted(found, key=lambda p: (_created(p), p.name))]


def _day(folder: Path) -> str:
    """The workshop day of a release, read from its workshop file without checking it (only to
    order editions; every load checks the release)."""
    import csv

    try:
        with (folder / "workshop.csv").open(encoding="utf-8", newline="") as f:
            return str(next(csv.DictReader(f)).get("date") or "")
    except (OSError, StopIteration, ValueError, csv.Error):
        return ""


def edition_order(data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The editions oldest first: by the workshop day of their newest release, then by the time
    their first release was published (for an edition whose day is unknown), then by name."""
    root = data_dir(data_dir_)
    keyed = []
    for name in edition_names(root):
        names = release_names(name, root)
        keyed.append((_day(root / name / names[-1]) or _created(root / name / names[0])[:10], name))
    return [name for _, name in sorted(keyed)]


def newest_edition(data_dir_: str | os.PathLike[str] | None = None) -> str:
    """The edition loaded when none is named: the last of :func:`edition_order`."""
    order = edition_order(data_dir_)
    if not order:
        raise UnknownEditionError(f"no edition in {data_dir(data_dir_)}")
    return order[-1]


def resolve_editions(edition: Editions, data_dir_: str | os.PathLike[str] | None = None) -> list[str]:
    """The edition names ``edition`` stands for: ``None`` the newest, ``"all"`` every edition
    (oldest first), a name itself, a list its names (each checked to exist)."""
    if edition is None:
        return [newest_edition(data_dir_)]
    names = [edition] if isinstance(edition, str) else list(edition)
    if names == [ALL]:
        names = edition_order(data_dir_)
    if not names:
        raise UnknownEditionError("no edition named")
    for name in names:
        release_path(name, LATEST, data_dir_)  # raises for an unknown edition, naming the known ones
    return names


def read_edition(edition: str | None = None, data_dir_: str | os.PathLike[str] | None = None) -> Edition:
    """An edition with all its releases, read and checked, oldest first (``None``: the newest)."""
    from .model import Edition
    from .validation import read_release

    name = resolve_editions(edition, data_dir_)[0] if edition is None else edition
    folder = release_path(name, LATEST, data_dir_).parent
    return Edition(name, tuple(read_release(folder / r) for r in release_names(name, data_dir_)))


def release_path(
    edition: str | None = DEFAULT_EDITION, release: str = LATEST, data_dir_: str | os.PathLike[str] | None = None
) -> Path:
    """The folder of ``release`` of ``edition`` (``None``: the newest edition); ``"latest"`` is
    the newest release."""
    root = data_dir(data_dir_)
    if edition is None:
        edition = newest_edition(root)
    names = release_names(edition, root)
    if not names:
        known = ", ".join(edition_names(root)) or "none"
        raise UnknownEditionError(f"no edition {edition!r} in {root} (editions: {known})")
    if release == LATEST:
        return root / edition / names[-1]
    if release not in names:
        raise UnknownReleaseError(f"edition {edition!r} has no release {release!r} (releases: {', '.join(names)})")
    return root / edition / release


def edition_summaries(data_dir_: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """One dict per edition, from its latest release: ``edition``, ``series``, ``conference``,
    ``event`` (its name, :attr:`~workshop_data.model.Workshop.event_name`), ``date``, ``venue``,
    ``timezone``, ``releases`` (how many), ``latest``, and the latest release's number of
    ``slots`` and ``papers``; oldest edition first.

    Only what is listed is read (:func:`~workshop_data.validation.read_summary`: the workshop
    row checked, the counted files' sizes and hashes checked), so listing many editions does
    not read every row of each; loading an edition checks all of it.
    """
    from .validation import read_summary

    root = data_dir(data_dir_)
    out = []
    for name in edition_order(root):
        names = release_names(name, root)
        rel = read_summary(root / name / names[-1], ("slots", "papers"))
        w = rel.workshop
        out.append(
            {
                "edition": name,
                "series": w.series,
                "conference": w.conference,
                "event": w.event_name,
                "date": w.date,
                "venue": w.venue,
                "timezone": w.timezone,
                "releases": len(names),
                "latest": names[-1],
                "slots": rel.counts["slots"],
                "papers": rel.counts["papers"],
            }
        )
    return out


def release_summaries(edition: str, data_dir_: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """One dict per release of ``edition``, oldest first: ``release``, ``published`` (UTC),
    ``slots``, ``talks`` and ``papers`` (how many), and ``latest`` (True for the one
    ``"latest"`` loads). :class:`UnknownEditionError` when the edition has no release. Each
    release is read as :func:`edition_summaries` reads one (what is listed, checked)."""
    from .validation import read_summary

    folder = release_path(edition, LATEST, data_dir_).parent  # raises for an unknown edition
    names = release_names(edition, data_dir_)
    out = []
    for name in names:
        rel = read_summary(folder / name, ("slots", "talks", "papers"))
        out.append(
            {
                "release": name,
                "published": rel.published,
                "slots": rel.counts["slots"],
                "talks": rel.counts["talks"],
                "papers": rel.counts["papers"],
                "latest": name == names[-1],
            }
        )
    return out

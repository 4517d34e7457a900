"""Errors raised by workshop_data. User errors are :class:`WorkshopDataError` (CLI exit 2).

A module of their own that imports nothing of the package: every layer raises them (the bottom
layer too, ``tests/test_layers.py``), and the CLI turns a :class:`WorkshopDataError` into its
one line naming the file, the row and the field, whichever layer raised it.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing is not imported when the CLI starts
if TYPE_CHECKING:
    from collections.abc import Iterable


def shown(value: str, limit: int = 40) -> str:
    """``value`` quoted for a one-line message, cut to ``limit`` characters (a cell may be huge)."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


#: The most characters a problem line says, of the import's report or the CLI's error
#: (:func:`bounded`): some four times the report's longest in the site's history (521).
PROBLEM_MOST = 2000


def bounded(line: str, most: int = PROBLEM_MOST) -> str:
    """``line`` cut in its middle to ``most`` characters, an ellipsis where it was cut: a problem
    line quotes what it found (a paper's title, a cell), which can be huge (a title of 90,000
    characters), and its start names the commit, the file, the row and the field, its end what is
    wrong, so both stay."""
    if len(line) <= most:
        return line
    tail = (most - 1) // 2
    return f"{line[: most - 1 - tail]}…{line[len(line) - tail :]}"


class WorkshopDataError(Exception):
    """Base class of every error caused by input rather than by a bug."""


class DataValidationError(WorkshopDataError, ValueError):
    """A data file breaks the rules; the message names the file, the row and the field.

    ``row`` counts data rows from 1 (the header is row 0), as a spreadsheet user would read
    them after the header line.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | os.PathLike[str] | None = None,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        self.file = str(file) if file is not None else None
        self.row = row
        self.field = field
        self.reason = message
        parts = [self.file] if self.file is not None else []
        if row is not None:
            parts.append(f"row {row}")
        if field is not None:
            parts.append(f"field '{field}'")
        where = ", ".join(parts)
        super().__init__(f"{where}: {message}" if where else message)


class UnrecordedWarning(UserWarning):
    """A loader was asked for a table that the release's schema does not record (accepted papers
    in a release of schema 1.0.0): its frame has no rows because they are unknown there, not
    because there are none. The frame's ``attrs["unrecorded"]`` names such releases."""


class NewerSchemaError(DataValidationError):
    """A release declares a schema version after every one this package reads: a newer version
    of the package wrote it (:func:`workshop_data.schema.is_newer`)."""


def meant(given: str, names: Iterable[str]) -> list[str]:
    """The names, of ``names``, that someone who typed ``given`` may have meant, for an
    error's "did you mean": those equal to it but for case and punctuation (``NeurIPS2024``,
    ``neurips-2024``: ``neurips2024``); else those that are it and a suffix (a release's day,
    ``2024-11-21``: ``2024-11-21.0046``, its one release that day); else those that end with
    it (``2024``: ``neurips2024``). None where nothing is that close: no guess further off."""
    names = list(names)
    key = _key(given)
    for found in (
        [n for n in names if _key(n) == key],
        [n for n in names if n.startswith((f"{given}.", f"{given}-"))],
        [n for n in names if len(key) >= 4 and _key(n).endswith(key)],
    ):
        if found:
            return found
    return []


def did_you_mean(given: str, names: Iterable[str]) -> str:
    """``"; did you mean 'neurips2024'?"``, the end of an error's line naming :func:`meant`'s
    names; ``""`` where there is none."""
    found = meant(given, names)
    return f"; did you mean {' or '.join(repr(n) for n in found)}?" if found else ""


def _key(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


class UnknownEditionError(WorkshopDataError, LookupError):
    """No such edition in the data directory."""


class UnknownReleaseError(WorkshopDataError, LookupError):
    """No such release of an edition."""

    @classmethod
    def of(
        cls, edition: str, release: str, releases: Iterable[str], elsewhere: Iterable[tuple[str, str]] = ()
    ) -> UnknownReleaseError:
        """The error for ``release``, which is not among ``releases``, the names of ``edition``'s:
        ``edition 'neurips2024' has no release 'x' (releases: 2024-11-20, …)``, and the ones
        it may mean (:func:`did_you_mean`: a day's, ``2024-11-21.0046`` for ``2024-11-21``).
        ``elsewhere``: where ``edition`` is the newest, read because none was named, the
        releases of other editions so meant, each as (edition, name): the line says which
        edition holds it and how to name that one."""
        names = list(releases)
        meaning = did_you_mean(release, names)
        line = f"edition {edition!r} has no release {release!r} (releases: {', '.join(names)}){meaning}"
        held: dict[str, list[str]] = {}
        for other, name in elsewhere:
            held.setdefault(other, []).append(name)
        if held:
            holders = ", ".join(f"{other} holds {' and '.join(map(repr, found))}" for other, found in held.items())
            named = next(iter(held)) if len(held) == 1 else "EDITION"
            line += (
                f"; the newest edition is read when none is named, and {holders}: --edition {named}"
                f" (edition={named!r} in Python)"
            )
        return cls(line)


class UnknownTimeZoneError(WorkshopDataError, ValueError):
    """A time-zone name that the IANA database does not know."""


class BrokenReleaseWarning(UserWarning):
    """A release that does not load was skipped (``"latest"``, the listings); the message names it
    and says why. The CLI prints it as one line on stderr, the Sphinx extension as a warning.

    ``folder`` is the release's folder and ``reason`` why it does not load (its error's message).
    """

    def __init__(self, message: str, folder: str | os.PathLike[str] | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.folder = None if folder is None else str(folder)
        self.reason = reason or message

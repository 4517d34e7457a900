"""Each row's times on its own venue's clock: the answer to "at what local hour…" across editions.

A frame of several editions (``load_schedule("all")``, a list, ``wd.history("all")``) holds its
times in UTC, or in one zone that ``tz=`` names: a ``datetime64[s, zone]`` column has one zone
for all its rows, and the editions' venues were in five zones (Toronto, Phoenix, Vancouver, Los
Angeles, Chicago).
"At what hour of the venue's day did keynotes start, year by year" needs each row in its own
edition's zone. :func:`venue_times` gives it: every tz-aware column as the wall clock at the
row's venue, a naive ``datetime64`` (a wall-clock reading, not an instant: 09:00 in Phoenix and
09:00 in Vancouver are the same value, which is what an hour-of-day comparison wants and what
no aware column can hold).

Why a function to ``.pipe`` into, not a DataFrame accessor (``df.wd.venue_times()``): an
accessor is registered on every DataFrame of the process when its module is imported, so the
loaders would have to import it (and pay for it on every ``load_*`` call, which
``benchmarks/README.md`` counts against ``read_csv``), or it would exist only once something
else had imported it; a function works on any frame, a loader's or one merged from several,
with nothing registered: ``wd.load_schedule("all").pipe(wd.venue_times)``. Nothing on the
loaders' path imports this module (``import workshop_data`` resolves the name on first use;
``tests/test_package.py`` holds it).

The zone of a row is its release's (each release records its venue's zone, read from the
release's summary: its descriptor, files' hashes and workshop row, not the whole release): the
``release`` column where the frame has one (``wd.releases``, ``wd.history``), else the release
the loader read (``attrs["releases"]``, ``attrs["release"]``), else the edition's newest.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .defaults import LATEST
from .errors import UnknownReleaseError, WorkshopDataError
from .store import release_path, release_summaries

if TYPE_CHECKING:
    import pandas as pd

PathLike = str | os.PathLike[str] | None


def venue_times(frame: pd.DataFrame, columns: Sequence[str] | None = None, data_dir: PathLike = None) -> pd.DataFrame:
    """``frame`` with each time column on the wall clock of its row's venue: naive
    ``datetime64``, the local date and time at that edition's venue (``NaT`` stays ``NaT``).

    For the questions a frame of several editions, in UTC, cannot answer as it is: at what local
    hour keynotes start, year by year (``.dt.hour``), or which releases came on the workshop's
    day at its venue (``wd.history("all")``'s ``published``)::

        s = wd.load_schedule("all").pipe(wd.venue_times)
        keynotes = s[s.kind == "keynote"]
        keynotes.groupby("edition", observed=True)["start"].min().dt.time

    Parameters
    ----------
    frame:
        A loader's frame: several editions' (an ``edition`` column), or one edition's (its
        ``attrs["edition"]``, which every loader sets), filtered, sorted or merged as you like.
    columns:
        The columns to convert; default every tz-aware ``datetime64`` column (``start``,
        ``end``, ``talk_start``…, ``published``, ``day_start``). A column named here that is not
        tz-aware is refused: a naive time has no instant to read on another clock.
    data_dir:
        The data directory the frame was loaded from (default: ``$WORKSHOP_DATA_DIR``, else the
        shipped data), where each release's venue zone is read.

    Returns
    -------
    pandas.DataFrame
        A new frame (``frame`` is not changed), its converted columns naive ``datetime64`` of
        the same unit, every other column as it was. ``attrs["venue_times"]`` maps each edition
        to the zone its rows were read in (``{"isca2019": "America/Phoenix", …}``): the values
        are wall-clock readings in those zones, not instants; to compare instants, or to order
        rows of different venues in time, use the aware columns of ``frame``.

    Raises
    ------
    WorkshopDataError
        Not a DataFrame, a frame with neither an ``edition`` column nor ``attrs["edition"]``, a
        column that is not tz-aware, an edition or release not in ``data_dir``.
    """
    import numpy as np
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):  # load_workshop(edition)'s Series: its own zone is in it
        raise WorkshopDataError(f"venue_times takes a DataFrame, not a {type(frame).__name__}")
    editions = _editions(frame)
    picked = list(columns) if columns is not None else [c for c in frame.columns if _aware(frame[c])]
    for column in picked:
        if column not in frame.columns or not _aware(frame[column]):
            raise WorkshopDataError(f"venue_times: column {column!r} is not a tz-aware datetime column of the frame")
    releases = _releases(frame, editions)
    zones = _zones(editions, releases, data_dir)
    row_zones = [zones.get((e, r)) if e is not None else None for e, r in zip(editions, releases, strict=True)]
    # positions, not labels: a frame concatenated without ignore_index repeats its labels
    by_zone = {z: np.array([r == z for r in row_zones], dtype=bool) for z in dict.fromkeys(row_zones) if z is not None}
    out = frame.copy()
    for column in picked:
        aware = frame[column]
        dtype: pd.DatetimeTZDtype = aware.dtype  # type: ignore[assignment]  # _aware checked it
        # NaT of the column's unit: a NaT of no unit is deprecated from numpy 2.5
        local = np.full(len(frame), np.datetime64("NaT", dtype.unit), dtype=f"datetime64[{dtype.unit}]")
        for zone, rows in by_zone.items():
            local[rows] = aware[rows].dt.tz_convert(zone).dt.tz_localize(None).to_numpy()
        out[column] = pd.Series(local, index=frame.index, name=column)
    shown = dict.fromkeys(e for e in editions if e is not None)
    out.attrs = {**frame.attrs, "venue_times": {e: z for e in shown for (e2, _), z in zones.items() if e2 == e}}
    return out


def _aware(column: pd.Series) -> bool:
    """Whether ``column`` holds tz-aware datetimes."""
    import pandas as pd

    return isinstance(column.dtype, pd.DatetimeTZDtype)


def _editions(frame: pd.DataFrame) -> list[Any]:
    """Each row's edition: its ``edition`` column, else the one edition ``attrs`` names."""
    if "edition" in frame.columns:
        return [e if isinstance(e, str) else None for e in frame["edition"].astype("object")]
    edition = frame.attrs.get("edition")
    if not isinstance(edition, str):
        raise WorkshopDataError(
            "venue_times: the frame has no 'edition' column and its attrs name no edition: "
            "give a loader's frame, or add the column"
        )
    return [edition] * len(frame)


def _releases(frame: pd.DataFrame, editions: Sequence[str | None]) -> list[str | None]:
    """Each row's release: its ``release`` column, else the loader's (``attrs``), else None (the
    edition's newest)."""
    if "release" in frame.columns:
        return [r if isinstance(r, str) else None for r in frame["release"].astype("object")]
    named: Mapping[str, str] = frame.attrs.get("releases") or {}
    one = frame.attrs.get("release")
    return [named.get(e, one if isinstance(one, str) else None) if e is not None else None for e in editions]


def _zones(
    editions: Sequence[str | None], releases: Sequence[str | None], data_dir: PathLike
) -> dict[tuple[str, str | None], str]:
    """The venue zone of each (edition, release) the rows name (release None: the newest)."""
    wanted: dict[str, set[str | None]] = {}
    for e, r in zip(editions, releases, strict=True):
        if e is not None:
            wanted.setdefault(e, set()).add(r)
    zones: dict[tuple[str, str | None], str] = {}
    for edition, names in wanted.items():
        if len(names) == 1:  # a loader's frame: one release of the edition, its summary alone
            (name,) = names
            zones[(edition, name)] = _zone(edition, name, data_dir)
            continue
        listed = release_summaries(edition, data_dir)  # a history's many releases: one listing
        of_release: dict[str | None, str] = {s["release"]: s["timezone"] for s in listed}
        of_release[None] = listed[-1]["timezone"]
        for name in names:
            if name not in of_release:
                raise UnknownReleaseError(f"venue_times: {edition!r} has no release {name!r} that loads")
            zones[(edition, name)] = of_release[name]
    return zones


def _zone(edition: str, release: str | None, data_dir: PathLike) -> str:
    """The venue zone of one release (None: the newest that loads), from its summary (the
    descriptor, the files' hashes and the workshop row: not the whole release)."""
    from .validation import read_summary

    return read_summary(release_path(edition, release or LATEST, data_dir, reader=read_summary)).workshop.timezone

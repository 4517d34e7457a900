"""pandas loaders over the package's (or your own) data directory.

Every loader reads one release through :func:`workshop_data.validation.read_release` (which
checks hashes and every rule) and returns DataFrames whose dtypes come from the release's
descriptor: strings as ``string``, integers as ``Int64``, booleans as ``boolean``, the kind as
an ordered ``category`` in the vocabulary's order, datetimes tz-aware in the venue's zone.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .model import Release
from .schema import Field
from .store import DEFAULT_EDITION, LATEST, edition_summaries, release_path, release_summaries
from .timeutil import aware, check_timezone
from .validation import read_release

if TYPE_CHECKING:
    import pandas as pd

PathLike = str | os.PathLike[str] | None

#: The column order of :func:`load_schedule` (columns a newer schema adds follow these).
SCHEDULE_COLUMNS = (
    "slot_id",
    "start",
    "end",
    "end_derived",
    "duration",
    "kind",
    "label",
    "title",
    "title_myst",
    "status",
    "speakers",
    "affiliations",
    "speaker_ids",
    "n_talks",
    "raw",
)


def load_release(edition: str = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> Release:
    """The release as plain Python records (:class:`workshop_data.model.Release`), checked."""
    return read_release(release_path(edition, release, data_dir))


def _dtype(f: Field) -> Any:
    import pandas as pd

    if f.enum is not None:
        return pd.CategoricalDtype(list(f.enum), ordered=True)
    return {"string": "string", "integer": "Int64", "boolean": "boolean"}.get(f.type, "object")


def _frame(records: Iterable[Any], fields: Sequence[Field], tz: str) -> pd.DataFrame:
    """A DataFrame with one column per field, typed from the descriptor."""
    import pandas as pd

    records = list(records)
    columns: dict[str, Any] = {}
    for f in fields:
        values = [getattr(r, f.name) for r in records]
        if f.type == "datetime":
            utc: list[Any] = [aware(v, tz).astimezone(dt.UTC) if v is not None else None for v in values]
            stamps = pd.DatetimeIndex(pd.to_datetime(utc, utc=True)).as_unit("s")
            columns[f.name] = pd.Series(stamps.tz_convert(tz))
        elif f.type == "date":
            columns[f.name] = pd.Series(pd.to_datetime(values)).dt.date
        elif f.type == "string":
            columns[f.name] = pd.Series([v if v != "" else pd.NA for v in values], dtype=_dtype(f))
        else:
            columns[f.name] = pd.Series(values, dtype=_dtype(f))
    return pd.DataFrame(columns, columns=[f.name for f in fields])


def _zone(tz: str | None, venue_tz: str) -> str:
    if tz is None:
        return venue_tz
    check_timezone(tz)
    return tz


def _speaker_columns(rel: Release, speaker_lists: Iterable[tuple[str, ...]]) -> dict[str, list[Any]]:
    people = {p.person_id: p for p in rel.people}
    names: list[Any] = []
    affiliations: list[Any] = []
    for ids in speaker_lists:
        persons = [people[i] for i in ids]
        names.append(", ".join(p.name for p in persons) if persons else None)
        affiliations.append("; ".join(", ".join(p.affiliations) for p in persons if p.affiliations) or None)
    return {"speakers": names, "affiliations": affiliations}


def load_schedule(
    edition: str = DEFAULT_EDITION, release: str = LATEST, tz: str | None = None, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per slot of the schedule, in order.

    Parameters
    ----------
    edition, release:
        Which edition and release; ``release="latest"`` is the newest.
    tz:
        IANA time zone for ``start``/``end``; default the venue's (``load_workshop().timezone``).
    data_dir:
        A data directory of your own (default: ``$WORKSHOP_DATA_DIR``, else the shipped data).

    Returns
    -------
    pandas.DataFrame
        ``slot_id``, tz-aware ``start`` and ``end`` (``NaT`` where the page gives no end),
        ``end_derived``, ``duration`` (``NaT`` where unknown), ``kind`` (ordered categorical),
        ``label``, ``title``, ``title_myst``, ``status``, ``speakers`` (names, comma-separated),
        ``affiliations`` (per speaker, ``"; "``-separated), ``speaker_ids`` (tuple of person ids),
        ``n_talks`` and ``raw``. Missing values are ``<NA>``.
    """
    return _schedule(load_release(edition, release, data_dir), tz)


def _schedule(rel: Release, tz: str | None) -> pd.DataFrame:
    """:func:`load_schedule` of a release already read."""
    import pandas as pd

    venue_tz = rel.workshop.timezone
    df = _frame(rel.slots, rel.fields["slots"], venue_tz)
    zone = _zone(tz, venue_tz)
    df["start"] = df["start"].dt.tz_convert(zone)
    df["end"] = df["end"].dt.tz_convert(zone)
    df["duration"] = df["end"] - df["start"]
    df["speaker_ids"] = df.pop("speakers")
    extra = _speaker_columns(rel, df["speaker_ids"])
    df["speakers"] = pd.Series(extra["speakers"], dtype="string")
    df["affiliations"] = pd.Series(extra["affiliations"], dtype="string")
    df["n_talks"] = pd.Series([len(rel.talks_of(s.slot_id)) for s in rel.slots], dtype="Int64")
    df = df[[c for c in SCHEDULE_COLUMNS if c in df.columns] + [c for c in df.columns if c not in SCHEDULE_COLUMNS]]
    df.attrs.update(edition=rel.edition, release=rel.name, timezone=zone)
    return df


def load_talks(
    edition: str = DEFAULT_EDITION, release: str = LATEST, tz: str | None = None, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per talk presented inside a slot (the contributed talks), in schedule order.

    Columns: ``talk_id``, ``slot_id``, ``order``, ``title``, ``title_myst``, ``speakers``
    (names; ``<NA>`` where the page does not say who presents), ``speaker_ids``, and the slot's
    ``start`` (tz-aware, venue's zone or ``tz``) and ``kind``.
    """
    import pandas as pd

    rel = load_release(edition, release, data_dir)
    slot_order = {s.slot_id: i for i, s in enumerate(rel.slots)}
    talks = sorted(rel.talks, key=lambda t: (slot_order[t.slot_id], t.order))
    df = _frame(talks, rel.fields["talks"], rel.workshop.timezone)
    speaker_ids = df.pop("speakers")
    df["speakers"] = pd.Series(_speaker_columns(rel, speaker_ids)["speakers"], dtype="string")
    df["speaker_ids"] = speaker_ids
    schedule = _schedule(rel, tz).set_index("slot_id")
    df["start"] = schedule.loc[df["slot_id"], "start"].to_numpy()
    df["start"] = df["start"].dt.tz_convert(schedule["start"].dt.tz) if len(df) else df["start"]
    df["kind"] = schedule.loc[df["slot_id"], "kind"].to_numpy()
    df["kind"] = df["kind"].astype(schedule["kind"].dtype)
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_people(edition: str = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> pd.DataFrame:
    """One row per speaker or panelist: ``person_id``, ``name``, ``affiliations`` (tuple),
    ``anchor``, and ``slots`` (tuple of the slot ids they speak in)."""
    import pandas as pd

    rel = load_release(edition, release, data_dir)
    df = _frame(rel.people, rel.fields["people"], rel.workshop.timezone)
    df["slots"] = pd.Series(
        [tuple(s.slot_id for s in rel.slots if p.person_id in s.speakers) for p in rel.people], dtype="object"
    )
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_workshop(edition: str = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> pd.Series:
    """The edition's metadata and contact as a Series: ``series``, ``site_title``, ``date``,
    ``venue``, ``timezone``, ``contact_email``…, plus ``release`` and ``published`` (UTC)."""
    import pandas as pd

    rel = load_release(edition, release, data_dir)
    values = {f.name: getattr(rel.workshop, f.name) for f in rel.fields["workshop"]}
    values.update(release=rel.name, published=pd.Timestamp(rel.published))
    return pd.Series(values, name=rel.edition, dtype="object")


def editions(data_dir: PathLike = None) -> pd.DataFrame:
    """The editions in the data directory, one row each with its latest release's metadata."""
    import pandas as pd

    df = pd.DataFrame(
        edition_summaries(data_dir),
        columns=["edition", "series", "conference", "date", "venue", "timezone", "releases", "latest"],
    )
    for col in ("edition", "series", "conference", "venue", "timezone", "latest"):
        df[col] = df[col].astype("string")
    df["releases"] = df["releases"].astype("Int64")
    return df


def releases(edition: str = DEFAULT_EDITION, data_dir: PathLike = None) -> pd.DataFrame:
    """The releases of an edition, oldest first: ``release``, ``published`` (UTC), ``slots``
    (how many), ``talks``, and ``latest`` (True for the one ``release="latest"`` loads)."""
    import pandas as pd

    df = pd.DataFrame(release_summaries(edition, data_dir))
    df["release"] = df["release"].astype("string")
    df["published"] = pd.to_datetime(df["published"], utc=True)
    df[["slots", "talks"]] = df[["slots", "talks"]].astype("Int64")
    df["latest"] = df["latest"].astype("boolean")
    df.attrs.update(edition=edition)
    return df

"""pandas loaders over the package's (or your own) data directory.

``edition=`` is one edition's name, a list of names, ``"all"`` (every edition at its latest
release) or, by default, the newest edition. With more than one edition the frame starts with an
``edition`` column, ready for ``groupby``, and times are in UTC unless ``tz`` names a zone (each
edition's venue has its own). Several editions are always stacked oldest first, a list's too
whatever order it names them in (:func:`~workshop_data.store.resolve_editions`, the one rule of
every function taking several: :func:`releases` and :func:`workshop_data.history` as well). The
``edition`` column is an ordered ``category`` of the editions loaded, in that order
(:func:`~workshop_data.loaders.edition_dtype`): ``groupby``, ``sort_values`` and
plots follow the workshop's years (NeurIPS 2018, ISCA 2019, NeurIPS 2019…), not the alphabet,
and an edition with no rows of a table still counts (``value_counts``, ``groupby(observed=False)``):
as 0, which is a count only where the edition lists that table (an edition whose site lists no
paper has no row of :func:`load_papers`: how many it accepted is not known, and
:func:`editions` says ``<NA>``). Frames of different sets of editions (a list and ``"all"``, a list
and :func:`editions`) hold different categories, which ``merge`` and ``concat`` turn into plain
strings that sort by name (``isca2019`` before ``neurips2018``):
``df["edition"].astype(wd.editions()["edition"].dtype)`` gives the years' order back.
Times of several editions are in one zone (UTC by default): :func:`workshop_data.venue_times`
reads each row on its own venue's clock.

Every loader's ``release=`` names one release (``"latest"``, the default, is the newest);
:func:`release_at` names the one in force at a moment, for any loader:
``load_schedule(e, release=release_at(e, when))``, ``when`` an aware time.

Every loader reads one release through :func:`workshop_data.validation.read_release` (which
checks hashes and every rule) and returns DataFrames whose dtypes come from the release's
descriptor: strings as ``string``, integers as ``Int64``, booleans as ``boolean``, the kind as
an ordered ``category`` in the vocabulary's order, datetimes tz-aware in the venue's zone, a
day of the calendar (the workshop's ``date``) naive ``datetime64[s]`` at midnight
(:func:`~workshop_data.loaders.calendar_days`).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from . import collector, sectors, talk_papers
from .defaults import ALL, DEFAULT_EDITION, LATEST
from .model import Edition, Release, listed, talks_given, talks_listed
from .schema import LINKED_TEXT_KEYS, RESOURCES_BY_NAME, SPEAKER_ROW_FIELDS, Field
from .store import (
    Editions,
    caller_level,
    edition_summaries,
    read,
    read_edition,
    release_summaries,
    resolve_editions,
)
from .timeutil import aware, check_timezone

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
    "talks_given",
    "paper_id",
    "paper_match",
    "raw",
)


def load_release(edition: str | None = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> Release:
    """The release as plain Python records (:class:`workshop_data.model.Release`), checked.
    ``edition=None`` is the newest edition. ``"latest"`` is the newest release that loads: a
    newer broken one is skipped with a :class:`~workshop_data.errors.BrokenReleaseWarning`
    naming it."""
    return read(edition, release, data_dir)


def load_edition(edition: str | None = DEFAULT_EDITION, data_dir: PathLike = None) -> Edition:
    """An edition with all its releases as plain records (:class:`workshop_data.model.Edition`),
    oldest first, each checked: what needs history (calendars' SEQUENCE, the changelog) takes it
    from here. ``edition=None`` is the newest edition."""
    return read_edition(edition, data_dir)


def _releases(edition: Editions, release: str, data_dir: PathLike) -> list[Release]:
    """The releases the loaders read: one per edition named (a pinned ``release`` needs one edition)."""
    if edition is None:  # the newest, found by read: a release it lacks is looked for in the others
        return [read(None, release, data_dir)]
    names = resolve_editions(edition, data_dir)
    if len(names) > 1 and release != LATEST:
        from .errors import WorkshopDataError

        raise WorkshopDataError(f"release {release!r} names one release: load one edition to pin it")
    return [read(name, release, data_dir) for name in names]


def _combined(
    edition: Editions,
    release: str,
    data_dir: PathLike,
    one: Callable[[Release, bool], pd.DataFrame],
    table: str,
) -> pd.DataFrame:
    """``one(release, several)`` for each edition's release, stacked, with an ``edition`` column
    first when several editions were asked for (``several`` tells ``one`` to use UTC). The
    garbage collector is paused meanwhile (:func:`~workshop_data.collector.paused`): the
    columns are built from records that all stay alive.

    ``table`` is the resource the frame has a row per record of: the releases whose schema does
    not record it (``papers`` in 1.0.0) are named in ``attrs["unrecorded"]`` (``edition/release``)
    and in an :class:`~workshop_data.errors.UnrecordedWarning`, since their rows are unknown,
    not none."""
    with collector.paused():
        return _stacked(edition, release, data_dir, one, table)


def _unrecorded(rels: Sequence[Release], table: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with ``attrs["unrecorded"]``: the releases of ``rels`` that do not record ``table``,
    warned about (:class:`~workshop_data.errors.UnrecordedWarning`)."""
    import warnings

    from .errors import UnrecordedWarning

    missing = [r for r in rels if not r.recorded(table)]
    df.attrs["unrecorded"] = [f"{r.edition}/{r.name}" for r in missing]
    for r in missing:
        warnings.warn(
            UnrecordedWarning(
                f"release {r.name!r} of {r.edition!r} does not record {table} (its schema, {r.schema_version}, has "
                f"no such table): its rows are unknown, not none"
            ),
            stacklevel=caller_level(),
        )
    return df


def _stacked(
    edition: Editions, release: str, data_dir: PathLike, one: Callable[[Release, bool], pd.DataFrame], table: str
) -> pd.DataFrame:
    import pandas as pd

    rels = _releases(edition, release, data_dir)
    if not several_editions(edition):
        return _unrecorded(rels, table, one(rels[0], False))
    frames = [one(rel, True) for rel in rels]  # one release at least: resolve_editions names one
    out = pd.concat(frames, ignore_index=True)
    # the edition column made once for the stacked rows (each frame's code its place in ``rels``)
    codes = [i for i, df in enumerate(frames) for _ in range(len(df))]
    editions = pd.Categorical.from_codes(codes, dtype=edition_dtype([rel.edition for rel in rels]))
    out.insert(0, "edition", pd.Series(editions, copy=False))
    if "kind" in out.columns:
        out["kind"] = out["kind"].astype(frames[0]["kind"].dtype)
    out.attrs.update(editions=[r.edition for r in rels], releases={r.edition: r.name for r in rels})
    return _unrecorded(rels, table, out)


def several_editions(edition: Editions) -> bool:
    """Whether ``edition`` asks for several editions (``"all"`` or a list: a frame with an
    ``edition`` column first), not one (a name, or ``None`` for the newest)."""
    return edition is not None and (not isinstance(edition, str) or edition == ALL)


def edition_dtype(names: Sequence[str]) -> pd.CategoricalDtype:
    """The dtype of the ``edition`` column of a frame of several editions: an ordered category of
    ``names``, as ``workshop_data.store.resolve_editions`` gives them, oldest edition first
    (whatever order a list asked them in), so that ``groupby`` and ``sort_values`` follow the
    years."""
    import pandas as pd

    return pd.CategoricalDtype(list(names), ordered=True)


def stacked_editions(edition: Editions, data_dir: PathLike, one: Callable[[str], pd.DataFrame]) -> pd.DataFrame:
    """``one(name)`` for each edition that ``edition`` (several: a list, or ``"all"``) names,
    stacked in the editions' order, oldest first, with an ``edition`` column first: the ordered
    category of :func:`~workshop_data.loaders.edition_dtype`: how :func:`releases` and
    :func:`workshop_data.changes.history` stack what they make per edition. ``attrs`` holds
    ``editions`` (their names, oldest first) and ``by_edition`` (each frame's own ``attrs``); a
    categorical column keeps its dtype (``concat`` with an empty frame's would lose it)."""
    import pandas as pd

    dtype = edition_dtype(resolve_editions(edition, data_dir))
    frames = []
    for name in dtype.categories:
        df = one(name)
        df.insert(0, "edition", pd.Series([name] * len(df), dtype=dtype, index=df.index))
        frames.append(df)
    out = pd.concat(frames, ignore_index=True)
    for column, kind in frames[0].dtypes.items():
        if isinstance(kind, pd.CategoricalDtype):
            out[column] = out[column].astype(kind)
    by_edition = {name: df.attrs for name, df in zip(dtype.categories, frames, strict=True)}
    out.attrs = {"editions": list(dtype.categories), "by_edition": by_edition}
    return out


def _dtype(f: Field) -> Any:
    import pandas as pd

    if f.enum is not None:
        return pd.CategoricalDtype(list(f.enum), ordered=True)
    return {"string": "string", "integer": "Int64", "boolean": "boolean"}.get(f.type, "object")


def _known(value: Any) -> Any:
    """A text cell as the loaders give it: empty (what the pages do not give) is ``<NA>``."""
    import pandas as pd

    return pd.NA if value == "" else value


def _frame(records: Iterable[Any], fields: Sequence[Field], tz: str, shown: str | None = None) -> pd.DataFrame:
    """A DataFrame with one column per field (:func:`_columns`)."""
    import pandas as pd

    return pd.DataFrame(_columns(records, fields, tz, shown), columns=[f.name for f in fields])


def _columns(records: Iterable[Any], fields: Sequence[Field], tz: str, shown: str | None = None) -> dict[str, Any]:
    """A column per field, typed from the descriptor: its times, wall-clock times at the venue
    (``tz``), shown in ``shown`` (a zone checked by :func:`shown_zone`; by default ``tz``),
    converted once. A loader that adds columns makes its frame of them all at once."""
    import pandas as pd

    records = list(records)
    columns: dict[str, Any] = {}
    for f in fields:
        values = [getattr(r, f.name) for r in records]
        if f.type == "datetime":
            stamps = utc_seconds([aware(v, tz) if v is not None else None for v in values])
            columns[f.name] = pd.Series(stamps.tz_convert(shown or tz))
        elif f.type == "date":
            columns[f.name] = pd.Series(calendar_days(values))
        elif f.type == "string":
            columns[f.name] = pd.Series([_known(v) for v in values], dtype=_dtype(f))
        else:
            columns[f.name] = pd.Series(values, dtype=_dtype(f))
    return columns


def utc_seconds(values: Sequence[dt.datetime | None]) -> pd.DatetimeIndex:
    """Aware datetimes (``None`` unknown) as every datetime column of the loaders holds them: in
    UTC, to the second (``datetime64[s, UTC]``: the data has no finer times)."""
    import numpy as np
    import pandas as pd

    # by numpy in seconds, not pd.to_datetime: pandas 2 reads datetimes in nanoseconds, which hold
    # no time before 1677 or after 2262 (the data takes the years 1 to 9999)
    utc: list[Any] = [v.astimezone(dt.UTC).replace(tzinfo=None) if v is not None else None for v in values]
    return pd.DatetimeIndex(np.array(utc, dtype="datetime64[s]")).tz_localize("UTC")


def calendar_days(values: Sequence[dt.date | None]) -> pd.DatetimeIndex:
    """Days of the calendar (``None`` unknown) as every date column of the loaders holds them:
    ``datetime64[s]`` at midnight, naive (``NaT`` unknown). A workshop's ``date`` is a day of the
    venue's calendar, not an instant, so it carries no zone (midnight in the venue's zone would
    be another day in UTC); as a datetime64 it has ``.dt``, compares and merges with the other
    time columns and sorts (``datetime.date`` objects in an ``object`` column have none of it):
    ``df["date"].dt.year``, ``df["date"].dt.tz_localize(zone)`` for the day's start there."""
    import numpy as np
    import pandas as pd

    days: list[Any] = list(values)
    return pd.DatetimeIndex(np.array(days, dtype="datetime64[s]"))  # in seconds, as utc_seconds


def day_starts(days: Sequence[dt.date | None], zones: Sequence[str | None]) -> pd.DatetimeIndex:
    """Each day's midnight in its zone, as an instant in UTC (``utc_seconds``); ``NaT`` where
    the day or the zone is not known. A workshop's ``date`` stays a day of the venue's calendar
    (:func:`~workshop_data.loaders.calendar_days`); this is where that day begins there."""
    starts = [
        aware(dt.datetime.combine(d, dt.time()), z) if d is not None and z else None
        for d, z in zip(days, zones, strict=True)
    ]
    return utc_seconds(starts)


def _shown_zone(tz: str | None, several: bool) -> str | None:
    """The zone a loader is asked to show times in: ``tz`` when given (checked, so that ``""``,
    an unset variable's value, is refused rather than taken for no zone), else UTC for several
    editions and None (each venue's own) for one."""
    if tz is not None:
        check_timezone(tz)
        return tz
    return "UTC" if several else None


def shown_zone(tz: str | None, venue_tz: str) -> str:
    """The zone an edition's times are shown in: ``tz`` when given (checked: ``""`` is refused),
    else the venue's ``venue_tz``. The one choice of zone of the loaders, :func:`workshop_data.diff`
    and :func:`workshop_data.history` (``tz=``), and the CLI's ``--tz``."""
    if tz is None:
        return venue_tz
    check_timezone(tz)
    return tz


def _speaker_columns(rel: Release, speaker_lists: Iterable[tuple[str, ...]]) -> dict[str, list[Any]]:
    names: list[Any] = []
    affiliations: list[Any] = []
    for ids in speaker_lists:
        persons = [rel.person(i) for i in ids]
        names.append(", ".join(p.name for p in persons) if persons else None)
        # one entry per speaker, in the speakers' order: a speaker the page gives no affiliation
        # keeps an empty place, so the n-th entry is the n-th speaker's
        known = any(p.affiliations for p in persons)
        affiliations.append("; ".join(", ".join(p.affiliations) for p in persons) if known else None)
    return {"speakers": names, "affiliations": affiliations}


def load_schedule(
    edition: Editions = DEFAULT_EDITION, release: str = LATEST, tz: str | None = None, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per slot of the schedule, in order.

    Parameters
    ----------
    edition:
        An edition's name, a list of names, ``"all"``, or ``None`` (default): the newest edition.
        Several are stacked oldest first, whatever order a list names them in.
    release:
        Which release; ``"latest"`` (default) is the newest. A pinned release needs one edition.
        The release in force at a moment (the start of the workshop's day, a calendar's
        download): ``release=wd.release_at(edition, when)`` (:func:`release_at`).
    tz:
        IANA time zone for ``start``/``end``; default the venue's (``load_workshop().timezone``),
        or UTC when several editions are loaded.
    data_dir:
        A data directory of your own (default: ``$WORKSHOP_DATA_DIR``, else the shipped data).

    Returns
    -------
    pandas.DataFrame
        One row per slot, in the page's order (a slot of unknown start where the page has it; a
        later part, such as NeurIPS 2020's Run 2, may start before the one above it). Missing
        values are ``<NA>`` (``NaT`` for a time). Columns:

        - ``edition``: with several editions only, first (the editions' ordered category).
        - ``slot_id``: the slot's id, kept for the same slot by every later release.
        - ``start`` and ``end``: tz-aware, in the venue's zone or ``tz``; ``NaT`` where the page
          gives no time (a start printed "TBD", an end not printed and nothing after the slot).
        - ``end_derived``: True where the page prints no end and ``end`` is the next slot's start.
        - ``duration``: ``end - start`` (``timedelta64``; ``NaT`` where either is unknown).
          Minutes per kind: ``df.groupby(["edition", "kind"], observed=True)["duration"]
          .sum(min_count=1)``, ``NaT`` where no slot of the group has a known length (NeurIPS
          2021's invited talks, printed "TBD"), where a plain ``sum()`` gives 0; a group with some
          unknown is the sum of the known.
        - ``kind``: what the slot is, an ordered categorical (opening, keynote, invited,
          contributed, poster, break, lunch, panel, qa, closing, social, other).
        - ``label``: the row's label as printed, e.g. "Keynote", "Coffee Break".
        - ``title``: the talk's or session's title as plain text.
        - ``title_myst``: the same title with its emphasis as MyST markup (what the site shows).
        - ``status``: a status printed with the row, e.g. "TBD".
        - ``speakers``: the speakers' names (a panel's panelists), comma-separated.
        - ``affiliations``: each speaker's affiliations, ``"; "``-separated in the speakers'
          order, empty for a speaker the page gives none; ``<NA>`` when none has one.
        - ``speaker_ids``: a tuple of the speakers' person ids (:func:`load_people`'s). One row
          per speaker, keyed as :func:`load_people` and :func:`load_authors` key a person, with
          the presenters of a block's talks too: :func:`load_speakers`.
        - ``n_talks``: how many talks are presented inside the slot (:func:`load_talks`: a block
          of contributed talks); 0 for a slot that is one talk or no talk.
        - ``talks_given``: how many talks the slot gives (``workshop_data.model.talks_given``):
          its ``n_talks`` where it has talks inside, else 1 for a keynote or invited talk (a
          title "TBD" too) and for a contributed or unclassified row naming a title or a speaker,
          0 for a slot of no talk (opening, poster, break, lunch, panel, Q&A, closing, social);
          ``<NA>`` where the page does not say (a row naming no talk and listing none inside, such
          as NeurIPS 2023's "Competition Winner Talks"). Counts the talk mix:
          ``df.groupby(["edition", "kind"], observed=True)["talks_given"].sum(min_count=1)``; a
          slot that repeats another (``repeats``) gives its talks again.
        - ``paper_id``: the accepted paper (:func:`load_papers`') the slot's talk presents,
          joined by its title (:mod:`workshop_data.talk_papers`); ``<NA>`` where none is found
          (a block's talks have their own, in :func:`load_talks`).
        - ``paper_match``: how ``paper_id`` was found, or why not, an ordered categorical of
          :data:`workshop_data.talk_papers.MATCHES`: "title" (the same title), "reviewed table"
          (a title worded otherwise, read on the pages: :data:`~workshop_data.talk_papers.REVIEWED`),
          "invited talk" (a keynote or invited talk none of the release's papers has the title of:
          invited, not chosen from the accepted papers), "no paper found" (the release lists
          papers, none of this title: unknown, never guessed), "papers not listed" (the release
          lists none: unknown); missing (``isna()``; pandas shows a categorical's missing value as
          ``NaN``) for a slot with no title (a break, a block of talks).
        - ``raw``: the row's text as printed, kept where the import could not classify it.
        - ``talk_start`` and ``talk_end``: tz-aware, the time another schedule of the page prints
          for the slot's talk where it is not the row's (NeurIPS 2022's detailed schedule);
          ``NaT`` otherwise, and in releases before schema 2.4.0.
        - ``part``: the heading row the table prints over the slot (NeurIPS 2020's "Run 1" and
          "Run 2 (repeated)"); schema 2.5.0.
        - ``repeats``: the id of the slot of an earlier part that this one gives again; schema
          2.5.0.
        - ``talk_delivery``: how the page says the slot's talk is given, as printed (NeurIPS
          2022's detailed schedule: "Prerecorded & Livestreamed"); ``<NA>`` where it says nothing,
          and in releases before schema 2.8.0.
        - ``delivery``: how the page says the slot itself is given where it is no talk, as
          printed (schema 2.10.0: NeurIPS 2022's opening remarks "In-person Intro, Opening/Closing
          Remarks (introduction by moderator)"); ``<NA>`` where it says nothing.
        - ``talk_presentation``: the conference site's type of the slot's talk, as another
          schedule of the page prints it (schema 2.11.0: NeurIPS 2022's invited talks "Talk");
          ``<NA>`` where it prints none.
        - ``presentation``: the conference site's type of the slot's own event where it is no
          talk (schema 2.11.0: NeurIPS 2022's poster sessions' coffee breaks "Break"); ``<NA>``
          where it prints none.
        - ``event_title``: the title another schedule of the page gives the slot's own event
          where it is not the ``label`` (schema 2.11.0: NeurIPS 2022's "Poster Session | Coffee
          Break" for "Poster Session #1"); ``<NA>`` where none.
        - ``talk_event_title``: the title another schedule of the page gives the slot's talk where
          it is neither the ``label`` nor the ``title`` (schema 2.12.0: NeurIPS 2022's "Jeff Dean -
          Invited Talk" for "Invited Speaker 1"); ``<NA>`` where none.
    """
    return _combined(edition, release, data_dir, lambda rel, several: _schedule(rel, _shown_zone(tz, several)), "slots")


def _schedule(rel: Release, tz: str | None) -> pd.DataFrame:
    """:func:`load_schedule` of a release already read."""
    import pandas as pd

    venue_tz = rel.workshop.timezone
    zone = shown_zone(tz, venue_tz)
    columns = _columns(rel.slots, rel.fields["slots"], venue_tz, zone)
    columns["duration"] = columns["end"] - columns["start"]
    columns["speaker_ids"] = columns.pop("speakers")
    extra = _speaker_columns(rel, columns["speaker_ids"])
    columns["speakers"] = pd.Series(extra["speakers"], dtype="string")
    columns["affiliations"] = pd.Series(extra["affiliations"], dtype="string")
    inside = [len(rel.talks_of(s.slot_id)) for s in rel.slots]
    columns["n_talks"] = pd.Series(inside, dtype="Int64")
    given = [talks_given(s, n) for s, n in zip(rel.slots, inside, strict=True)]
    columns["talks_given"] = pd.Series(given, dtype="Int64")
    columns["paper_id"], columns["paper_match"] = _paper_columns(rel, [(s.title, s.kind) for s in rel.slots])
    order = [c for c in SCHEDULE_COLUMNS if c in columns] + [c for c in columns if c not in SCHEDULE_COLUMNS]
    df = pd.DataFrame({c: columns[c] for c in order})
    df.attrs.update(edition=rel.edition, release=rel.name, timezone=zone)
    return df


def load_talks(
    edition: Editions = DEFAULT_EDITION, release: str = LATEST, tz: str | None = None, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per talk presented inside a slot (the contributed talks of a block), in schedule
    order; a slot that is itself one talk (a keynote) has none here. ``edition``, ``tz`` and
    missing values as in :func:`load_schedule`. Columns:

    - ``talk_id``: the talk's id, kept for the same talk by every later release.
    - ``slot_id``: the slot it is presented in (:func:`load_schedule`'s).
    - ``order``: its position inside the slot, from 1.
    - ``title`` and ``title_myst``: its title as plain text, and with its emphasis as MyST.
    - ``speakers``: the presenters' names, comma-separated; ``<NA>`` where the page does not
      say who presents.
    - ``speaker_ids``: a tuple of the presenters' person ids (empty where not said).
    - ``start`` and ``end``: the talk's own times where the page prints them (schema 2.4.0:
      NeurIPS 2022's detailed schedule), tz-aware; ``NaT`` where it prints none: its slot's
      start is not its own (the third talk of a block does not start when the block does).
    - ``delivery``: how the page says the talk is given, as printed (schema 2.8.0: NeurIPS 2022's
      detailed schedule, "In-person Presentation, Prerecorded Backup"); ``<NA>`` where it says
      nothing.
    - ``presentation``: the conference site's type of the talk, as printed after its title
      (schema 2.11.0: NeurIPS 2022's spotlights "Spotlight"), as ``load_papers``' is a paper's;
      ``<NA>`` where the page prints none.
    - ``slot_start`` and ``slot_end``: its slot's start and end, as :func:`load_schedule`
      gives them (tz-aware; ``end`` the next slot's start where the page prints none, its
      ``end_derived``; ``NaT`` when unknown).
    - ``kind``: its slot's kind (ordered categorical, as :func:`load_schedule`'s).
    - ``paper_id``: the accepted paper (:func:`load_papers`') the talk presents, joined by its
      title (:mod:`workshop_data.talk_papers`); ``<NA>`` where none is found. Merge on it, with
      ``edition`` for several editions, for the paper's authors, award or abstract.
    - ``paper_match``: how ``paper_id`` was found, or why not, as :func:`load_schedule`'s: "title",
      "reviewed table", "invited talk" (its slot a keynote or invited talk), "no paper found"
      (unknown, never guessed), "papers not listed".
    """
    return _combined(edition, release, data_dir, lambda rel, several: _talks(rel, _shown_zone(tz, several)), "talks")


def _talks(rel: Release, tz: str | None) -> pd.DataFrame:
    import pandas as pd

    slot_order = {s.slot_id: i for i, s in enumerate(rel.slots)}
    talks = sorted(rel.talks, key=lambda t: (slot_order[t.slot_id], t.order))
    times = ("start", "end")  # the talk's own, put after the speakers whatever the schema
    df = _frame(talks, [f for f in rel.fields["talks"] if f.name not in times], rel.workshop.timezone)
    speaker_ids = df.pop("speakers")
    df["speakers"] = pd.Series(_speaker_columns(rel, speaker_ids)["speakers"], dtype="string")
    df["speaker_ids"] = speaker_ids
    # the slot's times and kind, typed as load_schedule types them, in columns of their own: a
    # talk's start is the page's for that talk, never its slot's
    slot_fields = {f.name: f for f in rel.fields["slots"]}
    venue_tz = rel.workshop.timezone
    of_talks = [rel.slot(t.slot_id) for t in talks]
    zone = shown_zone(tz, venue_tz)
    slots = _frame(of_talks, [slot_fields[f] for f in ("start", "end", "kind")], venue_tz, zone)
    own = _frame(talks, [f for f in RESOURCES_BY_NAME["talks"].fields if f.name in times], venue_tz, zone)
    for column in times:
        df[column] = own[column]
    for column in times:
        df[f"slot_{column}"] = slots[column]
    df["kind"] = slots["kind"]
    titled = [(t.title, s.kind) for t, s in zip(talks, of_talks, strict=True)]
    df["paper_id"], df["paper_match"] = _paper_columns(rel, titled)
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def _paper_columns(rel: Release, talks: Sequence[tuple[str, str]]) -> tuple[pd.Series, pd.Series]:
    """The ``paper_id`` and ``paper_match`` columns of ``talks``, each a title and its slot's kind:
    each joined to the release's papers (:mod:`workshop_data.talk_papers`)."""
    import pandas as pd

    join = talk_papers.paper_matcher(rel.edition, rel.papers)
    found = [join(title, kind) for title, kind in talks]
    code = {match: i for i, match in enumerate(talk_papers.MATCHES)}  # -1: <NA>, a row with no title
    matches = pd.Categorical.from_codes([-1 if m.match is None else code[m.match] for m in found], dtype=_match_dtype())
    return pd.Series([m.paper_id for m in found], dtype="string"), pd.Series(matches)


@functools.cache
def _match_dtype() -> Any:  # pandas-stubs type from_codes' dtype as a category of ints
    """The dtype of ``paper_match``: an ordered category of :data:`workshop_data.talk_papers.MATCHES`,
    made once (a dtype and the column made from codes: a third of the time of one made per release
    from the values, 2.1 against 6.4 ms for ``load_schedule("all")``'s nine)."""
    import pandas as pd

    return pd.CategoricalDtype(list(talk_papers.MATCHES), ordered=True)


def load_speakers(
    edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per speaker per slot and per speaker per talk of a block, in the schedule's order
    (a slot's own speakers, then each of its talks' in the talks' order), each slot's or talk's
    speakers in the page's order. Derived from the release's slots, talks and people (no table of
    its own); its columns are declared once, in :data:`workshop_data.schema.SPEAKER_ROW_FIELDS`.
    ``edition`` as in :func:`load_schedule`. A slot or talk naming no speaker has no row. Columns:

    - ``slot_id``: the slot (:func:`load_schedule`'s).
    - ``talk_id``: the talk of the slot's block (:func:`load_talks`'); ``<NA>`` for the slot's own
      speakers (a keynote, a panel's panelists).
    - ``kind``: the slot's kind, an ordered categorical as :func:`load_schedule`'s.
    - ``title``: the talk's title, else the slot's; ``<NA>`` where the page gives none.
    - ``gives_talk``: True where the speaker gives a talk: a talk of a block, or a slot that is
      one talk (the rule of :func:`load_schedule`'s ``talks_given``: a keynote, an
      invited or contributed talk); False for a panel's panelist and the opening remarks' speaker.
    - ``position``: the speaker's place among the slot's (the talk's) speakers, from 1.
    - ``person_id``, ``name`` and ``affiliations``: the speaker, as :func:`load_people` has them
      for the edition (the name and the tuple of affiliations as its pages print them: the
      schedule row's, where the row gives them; empty where none is printed).
    - ``repeats``: the slot's ``repeats`` (schema 2.5.0: NeurIPS 2020's "Run 2 (repeated)", the
      same talks given again); ``<NA>`` where it repeats none.

    How many talks each person gave across the editions, named as the site names them::

        speakers = wd.load_speakers("all")
        talks = speakers[speakers["gives_talk"] & speakers["repeats"].isna()]
        talks.groupby("person_id").size().rename(wd.usual_names(wd.load_people("all")))
    """
    return _combined(edition, release, data_dir, lambda rel, several: _speakers(rel), "slots")


def _speakers(rel: Release) -> pd.DataFrame:
    """:func:`load_speakers` of a release already read: a row per speaker, its attributes named as
    :data:`~workshop_data.schema.SPEAKER_ROW_FIELDS` names the columns (a namespace, not a class
    of its own: a dataclass made on import cost ``load_schedule("all")`` 5.5 M instructions, 0.3 %)."""
    from types import SimpleNamespace

    rows = []
    for slot in rel.slots:
        talks = [(slot.speakers, "", slot.title, talks_given(slot, 0) == 1)]
        talks += [(t.speakers, t.talk_id, t.title, True) for t in rel.talks_of(slot.slot_id)]
        for ids, talk_id, title, gives_talk in talks:
            for position, person in enumerate(map(rel.person, ids), start=1):
                rows.append(
                    SimpleNamespace(
                        slot_id=slot.slot_id,
                        talk_id=talk_id,
                        kind=slot.kind,
                        title=title,
                        gives_talk=gives_talk,
                        position=position,
                        person_id=person.person_id,
                        name=person.name,
                        affiliations=person.affiliations,
                        repeats=slot.repeats,
                    )
                )
    df = _frame(rows, SPEAKER_ROW_FIELDS, rel.workshop.timezone)
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_materials(
    edition: Editions = DEFAULT_EDITION, release: str = LATEST, tz: str | None = None, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per material the schedule links (slides, a recording, the paper…), in schedule
    order. A release of a schema before 2.2.0 has none. ``edition`` and ``tz`` as in
    :func:`load_schedule`. Columns:

    - ``slot_id``: the slot it belongs to (:func:`load_schedule`'s).
    - ``talk_id``: the talk inside the slot it belongs to (:func:`load_talks`'); ``<NA>``: the
      slot's own talk, e.g. a keynote.
    - ``kind``: what it is, an ordered categorical: slides, recording, paper, poster, code, other.
    - ``url``: its absolute URL, as the site links it.
    - ``title``: the talk's title, else the slot's.
    - ``slot_start``: its slot's start (tz-aware, venue's zone or ``tz``; ``NaT`` when unknown),
      named as :func:`load_talks` names it: a talk's material is not at the talk's own time.
    """
    return _combined(
        edition, release, data_dir, lambda rel, several: _materials(rel, _shown_zone(tz, several)), "materials"
    )


def _materials(rel: Release, tz: str | None) -> pd.DataFrame:
    import pandas as pd

    slot_order = {s.slot_id: i for i, s in enumerate(rel.slots)}
    talk_order = {t.talk_id: t.order for t in rel.talks}
    materials = sorted(rel.materials, key=lambda m: (slot_order[m.slot_id], talk_order.get(m.talk_id, 0)))
    df = _frame(materials, rel.fields["materials"], rel.workshop.timezone)
    titles = {s.slot_id: s.title for s in rel.slots} | {t.talk_id: t.title for t in rel.talks}
    df["title"] = pd.Series([titles[m.talk_id or m.slot_id] or None for m in materials], dtype="string")
    schedule = _schedule(rel, tz).set_index("slot_id")
    df["slot_start"] = pd.Series(schedule.loc[df["slot_id"], "start"].to_numpy(), dtype=schedule["start"].dtype)
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_people(edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> pd.DataFrame:
    """One row per person of the edition (speakers, panelists, committee members, authors), in
    the release's order. ``edition`` as in :func:`load_schedule`. Columns:

    - ``person_id``: the person's id, the same in every edition and release.
    - ``name``: the name as this edition's pages print it.
    - ``affiliations``: a tuple of the affiliations printed for them (empty: none printed).
    - ``anchor``: the page's anchor for their talk or bio, e.g. "dean_talk".
    - ``photo_url``: the absolute URL of their photo on the site.
    - ``bio``: the biography printed for this edition, as plain text.
    - ``links``: a tuple of their profile links (homepage, scholar, social).
    - ``link_labels``: a tuple of the words the page prints as each of ``links``, in the same
      order ("@DivyaMahajn" for ``https://twitter.com/divyamahajn``, "website"), an empty string
      where it prints none of the link's own (a linked name): unknown; an empty tuple where none
      are known, as in a release of a schema before 2.9.0.
    - ``slots``: a tuple of the ids of the slots they speak in (:func:`load_schedule`'s
      ``slot_id``), as a slot's own speaker or a panel's panelist; empty where they speak in none.
    - ``talks``: a tuple of the ids of the talks of a block they are named for
      (:func:`load_talks`' ``talk_id``: NeurIPS 2022's spotlights, whose page prints each talk's
      names); empty where they are named for none. Who spoke: ``slots`` or ``talks`` not empty,
      ``df[(df["slots"].map(len) > 0) | (df["talks"].map(len) > 0)]``.
    - ``roles``: a tuple of their roles in the edition, each once, e.g. ``("keynote",)``
      (:func:`load_roles` has one row per role); empty where the pages give them none of these
      roles (an author, a contributed talk's presenter).
    - ``sector``: the sector of their ``affiliations``, an ordered categorical of
      :data:`workshop_data.sectors.PERSON_SECTORS`: academia, industry, academia and industry,
      "not in the table" (an affiliation the package's reviewed table
      :data:`~workshop_data.sectors.SECTOR_OF` does not have: unknown, never guessed),
      "affiliation not given" (none printed) (:func:`workshop_data.sectors.person_sector`).
    """
    return _combined(edition, release, data_dir, lambda rel, several: _people(rel), "people")


def _people(rel: Release) -> pd.DataFrame:
    import pandas as pd

    df = _frame(rel.people, rel.fields["people"], rel.workshop.timezone)
    df["slots"] = pd.Series([rel.slots_of(p.person_id) for p in rel.people], dtype="object")
    df["talks"] = pd.Series([rel.talks_named_for(p.person_id) for p in rel.people], dtype="object")
    roles: dict[str, list[str]] = {}
    for r in rel.roles:
        roles.setdefault(r.person_id, []).append(r.role)
    df["roles"] = pd.Series([tuple(dict.fromkeys(roles.get(p.person_id, ()))) for p in rel.people], dtype="object")
    sector = pd.CategoricalDtype(list(sectors.PERSON_SECTORS), ordered=True)
    df["sector"] = pd.Series([sectors.person_sector(p.affiliations) for p in rel.people], dtype=sector)
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def usual_names(people: pd.DataFrame) -> pd.Series:
    """Each person's name across the editions of ``people`` (a frame of :func:`load_people`),
    by the one rule the site's pages spanning editions name them by
    (:func:`~workshop_data.model.usual_name`): the spelling most editions print, and of
    spellings printed by as many editions, the newest edition's, where a correction lands.
    NeurIPS 2020 printed "Riyadhi Baghdadi", NeurIPS 2022 "Riyadh Baghdadi": he is Riyadh
    Baghdadi; ISCA 2019's "Azalia Mirhosseini", against eight editions' "Azalia Mirhoseini",
    does not name her. Each edition's own rows keep what that edition printed (``name``).

    A ``string`` Series indexed by ``person_id``, one entry per person of ``people``, read
    oldest edition first whatever the frame's order (its ``edition`` column; a frame of one
    edition has one spelling per person): ``names = wd.usual_names(wd.load_people("all"))``,
    then ``authors["person_id"].map(names)`` or ``frame.merge(names, on="person_id")``."""
    import pandas as pd

    from .model import usual_name

    ordered = people.sort_values("edition", kind="stable") if "edition" in people.columns else people
    spellings: dict[str, list[str]] = {}
    for person_id, name in zip(ordered["person_id"], ordered["name"], strict=True):
        spellings.setdefault(person_id, []).append(name)
    index = pd.Index(list(spellings), dtype="string", name="person_id")
    return pd.Series([usual_name(s) for s in spellings.values()], index=index, dtype="string", name="name")


def load_roles(edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> pd.DataFrame:
    """One row per role a person had in the edition, in page order: the roles the edition's
    pages list people under (its speakers' and committees' sections). ``edition`` as in
    :func:`load_schedule`. A panelist whom only the schedule puts on the panel has no
    ``panelist`` row (NeurIPS 2018's and 2024's panelists, and the two invited speakers on
    NeurIPS 2025's panel): the panel slot's ``speaker_ids`` in :func:`load_schedule` (and
    :func:`load_people`'s ``slots``) name every panelist. Columns:

    - ``order``: the role's position on the edition's pages, from 1.
    - ``person_id`` and ``name``: the person (:func:`load_people`'s id and printed name).
    - ``role``: what they were, an ordered categorical: keynote, invited, panelist, organizer,
      steering, committee.
    - ``group``: the section or committee as printed, e.g. "Steering Committee".
    - ``label``: the role's label as printed, e.g. "Keynote Speaker".
    - ``talk_title`` and ``talk_abstract``: the title and abstract of their talk, as plain text.
    - ``affiliations``: a tuple of the affiliations printed with the role where they are not
      the person's (schema 2.4.0); empty otherwise.
    - ``links``: a tuple of the links printed with the role where they are not all of the
      person's (schema 2.5.0); empty otherwise.
    """
    return _combined(edition, release, data_dir, lambda rel, several: _roles(rel), "roles")


def _roles(rel: Release) -> pd.DataFrame:
    import pandas as pd

    df = _frame(rel.roles, rel.fields["roles"], rel.workshop.timezone)
    names = {p.person_id: p.name for p in rel.people}
    df.insert(2, "name", pd.Series([names[r.person_id] for r in rel.roles], dtype="string"))
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_papers(edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> pd.DataFrame:
    """One row per accepted paper, in the site's order. ``edition`` as in :func:`load_schedule`.
    An edition whose site listed no paper (NeurIPS 2021, NeurIPS 2025) has no row: how many it
    accepted is not known, not 0 (:func:`editions` gives ``<NA>``; with several editions,
    ``groupby("edition", observed=False).size()`` counts it 0, ``observed=True`` leaves it out).
    Columns:

    - ``paper_id``: the paper's stable id, the key of :func:`load_authors` and
      :func:`load_paper_materials`.
    - ``order``: its position in the site's list, from 1.
    - ``title``: its title as plain text.
    - ``abstract``: its abstract where the site gives one.
    - ``pdf_url``: the absolute URL of its PDF; the site's other links for it (OpenReview,
      poster, slides) are :func:`load_paper_materials`'.
    - ``award``: an award printed with it, e.g. "Best Paper Award".
    - ``presentation``: how it was presented where the site says, e.g. "Poster", "Poster -
      Recorded Presentation" (NeurIPS 2022).
    - ``tag``: the topic tag the site gives it (none of the shipped editions' sites gives one).
    - ``delivery``: how the page says it is given, as printed (schema 2.10.0: NeurIPS 2022's
      "Prerecorded, on-demand, not streamed during event", "Link Only (appears in the schedule,
      but no SlidesLive)"); ``<NA>`` where it says nothing.
    - ``authors``: the authors' names in order, comma-separated (:func:`load_authors` has one
      row each).
    - ``n_authors``: how many authors the site names.
    """
    return _combined(edition, release, data_dir, lambda rel, several: _papers(rel), "papers")


def _papers(rel: Release) -> pd.DataFrame:
    import pandas as pd

    df = _frame(rel.papers, rel.fields["papers"], rel.workshop.timezone)
    by_paper: dict[str, list[str]] = {}
    for a in sorted(rel.authors, key=lambda a: (a.paper_id, a.position)):
        by_paper.setdefault(a.paper_id, []).append(a.name)
    names = [by_paper.get(p.paper_id, []) for p in rel.papers]
    df["authors"] = pd.Series([", ".join(n) if n else None for n in names], dtype="string")
    df["n_authors"] = pd.Series([len(n) for n in names], dtype="Int64")
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_authors(edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> pd.DataFrame:
    """One row per author per paper, papers in the site's order and authors in the paper's.
    ``edition`` as in :func:`load_schedule`. Columns:

    - ``paper_id``: the paper (:func:`load_papers`').
    - ``position``: the author's position on the paper, from 1.
    - ``person_id``: the author as a person (:func:`load_people`'s id).
    - ``name``: the name as printed on the paper.
    - ``equal_contribution``: True where the site marks the author as an equal contribution,
      False where its page of papers has that mark but not for them, ``<NA>`` where the page
      has no such mark (ISCA 2019, NeurIPS 2023 and 2024: not known).
    - ``title``: the paper's title.
    """
    return _combined(edition, release, data_dir, lambda rel, several: _authors(rel), "authors")


def _authors(rel: Release) -> pd.DataFrame:
    return _of_papers(rel, "authors", rel.authors, lambda a: a.position)


def _of_papers(
    rel: Release, resource: str, rows: Sequence[Any], within: Callable[[Any], Any] | None = None
) -> pd.DataFrame:
    """The records ``rows`` of ``resource``, each of a paper (its ``paper_id``), in the papers'
    order (a paper's by ``within``, else as the release holds them), typed, with the paper's
    title in a ``title`` column: :func:`load_authors`' and :func:`load_paper_materials`' frame."""
    import pandas as pd

    order = {p.paper_id: p.order for p in rel.papers}
    titles = {p.paper_id: p.title for p in rel.papers}
    rows = sorted(rows, key=lambda r: (order[r.paper_id], within(r) if within else 0))  # stable: page order kept
    df = _frame(rows, rel.fields[resource], rel.workshop.timezone)
    df["title"] = pd.Series([titles[r.paper_id] for r in rows], dtype="string")
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_paper_materials(
    edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per link the site gives for an accepted paper besides its PDF (its OpenReview
    page, its poster, its slides), papers in the site's order and each paper's links in page
    order. A release of a schema before 2.6.0 has none. ``edition`` as in
    :func:`load_schedule`. Columns:

    - ``paper_id``: the paper (:func:`load_papers`').
    - ``kind``: what the link is, an ordered categorical as :func:`load_materials`' (``paper``:
      its page on OpenReview or arXiv, not its PDF).
    - ``url``: the link's absolute URL, as the site links it.
    - ``title``: the paper's title.
    """
    return _combined(edition, release, data_dir, lambda rel, several: _paper_materials(rel), "paper_materials")


def _paper_materials(rel: Release) -> pd.DataFrame:
    return _of_papers(rel, "paper_materials", rel.paper_materials)


def load_text_links(
    edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None
) -> pd.DataFrame:
    """One row per link inside a text of the release, the texts plain and these their linked
    words (NeurIPS 2018's Song Han's talk abstract links "AMC", "HAQ", "ProxylessNAS" and "TSM"),
    in the release's order. A release of a schema before 2.7.0 has none. ``edition`` as in
    :func:`load_schedule`. Columns:

    - ``resource``, ``key`` and ``field``: the text's table, row and field: ``roles`` and a role's
      ``order`` (:func:`load_roles`') for a talk's ``talk_abstract``, ``papers`` and a
      ``paper_id`` for a paper's ``abstract``, ``people`` and a ``person_id`` for a person's
      ``bio`` (schema 2.9.0: NeurIPS 2024's Natasha Jaques' "Social RL Lab"). ``key`` is that
      row's key as text, as the release's file holds it; to join, use the next three columns.
    - ``order``, ``paper_id`` and ``person_id``: the same key in the column its table names the
      row by (:data:`~workshop_data.schema.LINKED_TEXT_KEYS`), typed as that table's: a role's
      ``order`` an ``Int64``, a paper's ``paper_id`` and a person's ``person_id`` a ``string``;
      ``<NA>`` in the two that are not the row's table. A link joins its text's row with one
      ``merge`` on columns of the same name and dtype:
      ``load_text_links("all").merge(load_roles("all"), on=["edition", "order"])`` (a talk's
      abstract's links with the role, its speaker and title), ``on="paper_id"`` with
      :func:`load_papers`, ``on="person_id"`` with :func:`load_people`.
    - ``position``: the link's place among the text's links, from 1.
    - ``start``: where its words begin in the text, the place of their first character from 1:
      ``text[start - 1:start - 1 + len(words)]`` are the linked words.
    - ``text``: the linked words; ``url``: the absolute URL they link to, as the site links it.
    """
    return _combined(edition, release, data_dir, lambda rel, several: _text_links(rel), "text_links")


def _text_links(rel: Release) -> pd.DataFrame:
    import pandas as pd

    df = _frame(rel.text_links, rel.fields["text_links"], rel.workshop.timezone)
    after = list(df.columns).index("key") + 1
    for i, (resource, column) in enumerate(LINKED_TEXT_KEYS.items()):
        # the key where its table's rows are keyed, typed as that table's column: a merge's key
        field = next(f for f in RESOURCES_BY_NAME[resource].fields if f.name == column)
        keys = [link.key if link.resource == resource else None for link in rel.text_links]
        typed = [int(k) if k is not None and field.type == "integer" else k for k in keys]
        df.insert(after + i, column, pd.Series(typed, dtype=_dtype(field), index=df.index))
    df.attrs.update(edition=rel.edition, release=rel.name)
    return df


def load_workshop(edition: Editions = DEFAULT_EDITION, release: str = LATEST, data_dir: PathLike = None) -> Any:
    """The edition's metadata and contact as a Series, indexed by these names. A text the pages
    do not give (NeurIPS 2019's venue before its home page gave it, a room not printed apart)
    is ``<NA>``.

    - ``edition``: the edition's name, e.g. "neurips2024".
    - ``series``: the workshop series, "ML for Systems".
    - ``conference``: the host conference and year, e.g. "NeurIPS 2024".
    - ``site_title`` and ``page_title``: the website's and the schedule page's titles as written.
    - ``site_description`` and ``mini_site_description``: the site's description, and its short
      form for narrow screens, as written.
    - ``date``: the day at the venue, a ``pandas.Timestamp`` at midnight with no zone, as
      the date column of several editions holds it (:func:`~workshop_data.loaders.calendar_days`); ``NaT`` when the
      pages do not settle it.
    - ``venue``: where the workshop takes place.
    - ``timezone``: the venue's IANA time zone, every time of the release's.
    - ``day_start``: the start of the workshop's day at the venue (``date`` at midnight in
      ``timezone``) as an instant in UTC, a ``pandas.Timestamp`` (with several editions a
      ``datetime64[s, UTC]`` column, as ``published``); ``NaT`` where ``date`` is. The same
      column as :func:`editions`' (one rule, :func:`~workshop_data.loaders.day_starts`): an edition's facts hold where
      its day begins, to place a release or a change against it.
    - ``contact_email``: the organizers' contact address.
    - ``room``: the room at the venue, as printed.
    - ``release`` and ``published``: the release read and when it was published (UTC).

    With several editions (a list, or ``"all"``): a DataFrame, one row per edition, indexed by
    edition (``.loc["neurips2024"]``), its texts typed ``string`` and its ``edition`` column the
    ordered category of every loader's frame of several editions; the index is not named, so
    that ``groupby``, ``sort_values`` and ``merge`` on ``"edition"`` find the column, as with
    every other loader; ``attrs`` names the ``editions`` and their ``releases``, as theirs do."""
    import pandas as pd

    names = resolve_editions(edition, data_dir)
    if not several_editions(edition):
        return _workshop(load_release(names[0], release, data_dir))
    rels = _releases(names, release, data_dir)
    df = pd.DataFrame([_workshop(rel) for rel in rels])
    texts = [f.name for f in rels[0].fields["workshop"] if f.type == "string"] if rels else []
    df = df.astype(dict.fromkeys([*texts, "release"], "string"))
    for f in rels[0].fields["workshop"] if rels else ():
        if f.type == "date":
            df[f.name] = calendar_days([getattr(rel.workshop, f.name) for rel in rels])
    df["edition"] = df["edition"].astype(edition_dtype(names))
    if rels:
        df["day_start"] = day_starts([rel.workshop.date for rel in rels], [rel.workshop.timezone for rel in rels])
    df["published"] = utc_seconds([rel.published for rel in rels])
    df.attrs.update(editions=[rel.edition for rel in rels], releases={rel.edition: rel.name for rel in rels})
    return df


def _workshop(rel: Release) -> pd.Series:
    import pandas as pd

    values: dict[str, Any] = {}
    for f in rel.fields["workshop"]:
        values[f.name] = _cell(f, getattr(rel.workshop, f.name))
        if f.name == "timezone":  # the day's start beside the zone it is in, as editions() has it
            values["day_start"] = day_starts([rel.workshop.date], [rel.workshop.timezone])[0]
    values.update(release=rel.name, published=utc_seconds([rel.published])[0])
    return pd.Series(values, name=rel.edition, dtype="object")


def _cell(f: Field, value: Any) -> Any:
    """One cell of a one-row table (the workshop's) as that field's column in a frame holds it:
    a text ``<NA>`` where the pages give none, a date a ``pandas.Timestamp`` at midnight
    (:func:`~workshop_data.loaders.calendar_days`, ``NaT`` unknown)."""
    if f.type == "string":
        return _known(value)
    if f.type == "date":
        return calendar_days([value])[0]
    return value


#: Each loader of one release, as a function of the release already read (and its options).
_OF_RELEASE: dict[str, Callable[..., Any]] = {
    "load_release": lambda rel: rel,
    "load_schedule": lambda rel, tz=None: _schedule(rel, tz),
    "load_talks": lambda rel, tz=None: _talks(rel, tz),
    "load_speakers": _speakers,
    "load_people": _people,
    "load_roles": _roles,
    "load_papers": _papers,
    "load_authors": _authors,
    "load_paper_materials": _paper_materials,
    "load_text_links": _text_links,
    "load_workshop": _workshop,
}


def of_release(loader: str, release: Release, **options: Any) -> Any:
    """What ``workshop_data.<loader>`` returns for one edition, computed from ``release``,
    already read (so that what shows several tables of a release reads and checks it once):
    ``of_release("load_schedule", rel, tz="UTC")`` is ``load_schedule(edition, name, tz="UTC")``."""
    return _OF_RELEASE[loader](release, **options)


def editions(data_dir: PathLike = None) -> pd.DataFrame:
    """The editions in the data directory, oldest first, one row each, from its latest release
    (the newest that passes the listing's check, :func:`releases`': sizes, hashes, the workshop
    row, not every rule). A text the pages do not give is ``<NA>``. A data directory without
    editions is a ``LookupError``, as for :func:`load_schedule`. Columns:

    - ``edition``: its name, the ordered category of ``load_*("all")``'s column, so the two
      merge on it and keep the years' order.
    - ``series`` and ``conference``: the workshop series and the host conference and year.
    - ``date``: the workshop's day at the venue, naive ``datetime64[s]`` at midnight, as
      :func:`load_workshop`'s (``NaT`` when the pages do not settle it). Its calendar year is
      ``date.dt.year`` (ISCA 2019 and NeurIPS 2019 share 2019), the one expression of an
      edition's year: no column repeats it. Any loader's frame of several editions takes it by
      a merge on ``edition``, the same category on both sides:
      ``df = df.merge(wd.editions()[["edition", "date"]], on="edition")``, then
      ``df.groupby(df["date"].dt.year)``.
    - ``venue``: where the workshop takes place.
    - ``timezone``: the venue's IANA time zone.
    - ``day_start``: the start of the workshop's day at the venue (``date`` at midnight in
      ``timezone``) as an instant, in UTC (``datetime64[s, UTC]``, as ``published`` in
      :func:`releases` and :func:`workshop_data.history`); ``NaT`` where ``date`` is: as
      :func:`load_workshop`'s, by the one rule :func:`~workshop_data.loaders.day_starts` (made here from the listing's
      summaries, which read no release whole). It places a
      release or a change against the day across editions, each in its own zone:
      ``h = wd.history("all").merge(wd.editions()[["edition", "day_start"]], on="edition")``,
      then ``h[h.published >= h.day_start - pd.Timedelta(days=7)]``.
    - ``releases``: how many releases the edition has (its release folders, as :func:`releases`
      lists them; one that does not load is counted).
    - ``latest``: the name of the release the other columns are from.
    - ``slots``: how many rows its schedule has (nullable ``Int64``); ``<NA>`` where the latest
      release has no schedule (a version of the pages from before the edition's schedule).
    - ``papers``: how many accepted papers it lists (nullable ``Int64``); ``<NA>`` where it is
      not known: the latest release lists no paper, as the site never listed the edition's
      accepted papers (NeurIPS 2021; NeurIPS 2025 at the last import), which is not 0 accepted
      (:func:`~workshop_data.model.listed`), or its schema does not record papers (1.0.0).
    """
    import pandas as pd

    df = pd.DataFrame(
        edition_summaries(data_dir),
        columns=[
            "edition",
            "series",
            "conference",
            "date",
            "venue",
            "timezone",
            "day_start",  # not listed: made of date and timezone below
            "releases",
            "latest",
            "slots",
            "papers",
        ],
    )
    days = list(df["date"])
    df["day_start"] = day_starts(days, list(df["timezone"]))
    for col in ("series", "conference", "venue", "timezone", "latest"):
        df[col] = pd.Series([_known(v) for v in df[col]], dtype="string", index=df.index)
    df["date"] = calendar_days(days)
    df["edition"] = df["edition"].astype(edition_dtype(list(df["edition"])))
    df["papers"] = [listed(n) for n in df["papers"]]  # none listed: <NA>, not 0
    df["slots"] = [listed(n) for n in df["slots"]]  # no schedule yet: <NA>, not 0
    df[["releases", "slots", "papers"]] = df[["releases", "slots", "papers"]].astype("Int64")
    return df


def releases(edition: Editions = DEFAULT_EDITION, data_dir: PathLike = None) -> pd.DataFrame:
    """The releases of an edition (default: the newest edition), oldest first. ``edition`` as the
    loaders take it: with several (a list, or ``"all"``), each edition's releases are stacked.
    Columns:

    - ``edition``: with several editions only, first: the loaders' ordered category of the
      editions, oldest first (:func:`~workshop_data.loaders.edition_dtype`).
    - ``release``: the release's name.
    - ``published``: when it was published, UTC.
    - ``slots`` and ``talks``: how many rows its schedule has, and talks inside them (nullable
      ``Int64``); ``<NA>`` where the release has no slot: a version of the pages from before
      the edition's schedule, as NeurIPS 2024's home-page-only releases until 2024-10-06,
      which is no workshop without a programme.
    - ``papers``: how many accepted papers it lists (nullable ``Int64``); ``<NA>`` where the
      release lists none (the site had not listed them then, see
      :func:`~workshop_data.model.listed`) or its schema does not declare papers (1.0.0).
    - ``latest``: True for the newest listed (of each edition, with several).

    A release is listed as ``workshop_data.store.release_summaries`` reads it: its
    descriptor, every file's size and hash and its workshop row are checked, not every rule, so
    a release edited by hand and re-hashed that breaks another rule is listed (and ``latest``
    when it is the newest), while ``release="latest"`` skips it with a
    :class:`~workshop_data.errors.BrokenReleaseWarning` and loads the one before it."""
    if not several_editions(edition):
        return _release_list(resolve_editions(edition, data_dir)[0], data_dir)
    return stacked_editions(edition, data_dir, lambda name: _release_list(name, data_dir))


def release_at(edition: str | None, when: dt.datetime | str, data_dir: PathLike = None) -> str:
    """The name of the release of ``edition`` (``None``: the newest edition) in force at ``when``:
    the last published at or before it, as :func:`releases` lists them (a release published at
    ``when`` itself is in force then). Pass it as the loaders' ``release``: the schedule a visitor
    found at the start of the workshop's day, or when a calendar was downloaded, is
    ``load_schedule(e, release=release_at(e, when))``.

    ``when`` is an aware time (a ``datetime`` or ``pandas.Timestamp`` with a zone, or ISO 8601
    text with its offset, ``"2024-12-14T08:00:00-08:00"``); a naive one names no instant and is
    refused (:class:`~workshop_data.errors.WorkshopDataError`), as is a time before the edition's
    first release (a ``LookupError``, ``UnknownReleaseError``: nothing was in force), and anything
    else (a day, a number: a ``TypeError``). A release is of one edition: ``"all"`` is refused, as
    :func:`workshop_data.diff` refuses it."""
    from .errors import UnknownReleaseError, WorkshopDataError, shown
    from .store import one_edition

    if not isinstance(when, str | dt.datetime):  # (a pandas Timestamp is a datetime; a day is not)
        raise TypeError(f"release_at: when: an aware time (a datetime, a Timestamp or ISO 8601 text), not {when!r}")
    try:
        moment = dt.datetime.fromisoformat(when) if isinstance(when, str) else when
    except ValueError:
        said = shown(str(when))
        raise WorkshopDataError(f"release_at: {said} is no ISO 8601 time ('2024-12-14T08:00-08:00')") from None
    if moment != moment:  # pandas' NaT, which is unequal to itself
        raise WorkshopDataError("release_at: NaT is no time: give the moment ('2024-12-14T08:00-08:00')")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise WorkshopDataError(
            f"release_at: {when!s} has no time zone, so it names no moment: give one "
            "(pd.Timestamp('2024-12-14 08:00', tz='America/Vancouver'), or '2024-12-14T08:00-08:00')"
        )
    name = one_edition(edition, data_dir)
    listed = release_summaries(name, data_dir)
    in_force = [r["release"] for r in listed if r["published"] <= moment]
    if not in_force:
        first = listed[0]
        raise UnknownReleaseError(
            f"edition {name!r} had no release at {moment.isoformat()}: its first, {first['release']}, "
            f"was published at {first['published'].isoformat()}"
        )
    return str(in_force[-1])


def _release_list(edition: str, data_dir: PathLike) -> pd.DataFrame:
    """:func:`releases` of one edition."""
    import pandas as pd

    df = pd.DataFrame(release_summaries(edition, data_dir)).drop(columns="timezone")  # the edition's: wd.editions()
    df["release"] = df["release"].astype("string")
    df["published"] = utc_seconds(list(df["published"]))
    df["papers"] = [listed(n) for n in df["papers"]]  # none listed: <NA>, not 0
    df["talks"] = [talks_listed(t, s) for t, s in zip(df["talks"], df["slots"], strict=True)]  # inside the slots
    df["slots"] = [listed(n) for n in df["slots"]]  # no schedule yet: <NA>, not 0
    df[["slots", "talks", "papers"]] = df[["slots", "talks", "papers"]].astype("Int64")
    df["latest"] = df["latest"].astype("boolean")
    df.attrs.update(edition=edition)
    return df

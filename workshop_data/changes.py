"""What changed between two releases of an edition, one row per change.

Identity is the id: a slot, talk or person is the same in both releases when it has the same
id, which :func:`workshop_data.identity.carry_ids` keeps across releases when a page is
imported. :func:`compare` is the pure function over two
:class:`~workshop_data.model.Release` objects; :func:`diff` loads two releases of an edition and
returns the changes as a DataFrame; :func:`describe` says one change in words, times in the
venue's zone (or another).

Values are strings: times ISO 8601 with the UTC offset of the venue's zone
(``2024-12-15T09:15:00-08:00``), durations ISO 8601 (``PT40M``), several names or
affiliations joined by ``"; "``; empty where there is no value (``<NA>`` in the DataFrame).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .defaults import LATEST
from .model import Release, Slot, Talk
from .timeutil import aware, check_timezone

if TYPE_CHECKING:
    import pandas as pd

#: Every kind of change, in the order a slot's changes are listed (the categorical's order).
CHANGES: dict[str, str] = {
    "workshop_changed": "A fact of the edition changed (venue, date, contact…); ``field`` names it.",
    "added": "A slot is new; ``new`` is its start.",
    "removed": "A slot is gone; ``old`` was its start.",
    "moved": "A slot starts at another time.",
    "duration_changed": "A slot lasts longer or shorter (empty: the end is not known).",
    "kind_changed": "A slot is of another kind (e.g. invited became keynote).",
    "label_changed": "A slot's printed label changed.",
    "retitled": "A slot's title changed (``field`` ``title_myst`` when only the emphasis did).",
    "text_changed": "The raw text of a row that could not be classified changed.",
    "status_changed": "A slot's status changed (e.g. TBD, or no longer TBD).",
    "speaker_added": "A speaker or panelist joined a slot or talk.",
    "speaker_removed": "A speaker or panelist left a slot or talk.",
    "speaker_renamed": "A person's name is spelled differently (listed once, at their first slot).",
    "affiliation_changed": "A person's affiliations changed (listed once, at their first slot).",
    "talk_added": "A talk is new in a block of talks.",
    "talk_removed": "A talk is gone from a block of talks.",
    "talk_moved": "A talk moved to another block (``slot_id`` is the new block).",
    "talk_reordered": "A talk changed place inside its block.",
    "talk_retitled": "A talk's title changed.",
}

#: The columns of :func:`diff`'s DataFrame.
COLUMNS = ("slot_id", "slot", "talk_id", "person_id", "change", "field", "old", "new")

#: Fields of a slot compared one by one: field -> change.
SLOT_FIELDS = {
    "kind": "kind_changed",
    "label": "label_changed",
    "title": "retitled",
    "raw": "text_changed",
    "status": "status_changed",
}


@dataclass(frozen=True)
class Change:
    """One change between two releases. Empty strings stand for "none"."""

    change: str
    slot_id: str = ""
    slot: str = ""
    talk_id: str = ""
    person_id: str = ""
    field: str = ""
    old: str = ""
    new: str = ""


# -- values as text -------------------------------------------------------------------------


def when(release: Release, wall: dt.datetime) -> str:
    """A wall-clock time of the release as ISO 8601 with the venue's UTC offset."""
    return aware(wall, release.workshop.timezone).isoformat()


def duration(slot: Slot) -> str:
    """The slot's length as an ISO 8601 duration (``PT1H10M``); empty when the end is unknown."""
    if slot.end is None:
        return ""
    minutes = int((slot.end - slot.start).total_seconds()) // 60
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def slot_name(release: Release, slot: Slot) -> str:
    """How a reader knows the slot: ``"Keynote: Jeff Dean"``, ``"Coffee Break"``, a title."""
    names = ", ".join(release.person(p).name for p in slot.speakers)
    head = slot.label or slot.title or slot.raw or slot.kind
    return f"{head}: {names}" if names else head


# -- comparing ------------------------------------------------------------------------------


def _workshop_changes(old: Release, new: Release) -> Iterator[Change]:
    for f in dataclasses.fields(new.workshop):
        before, after = getattr(old.workshop, f.name), getattr(new.workshop, f.name)
        if before != after:
            yield Change("workshop_changed", field=f.name, old=str(before), new=str(after))


def _names(release: Release, ids: Iterable[str]) -> dict[str, str]:
    return {p: release.person(p).name for p in ids}


def _speaker_changes(
    old: Release, new: Release, before: tuple[str, ...], after: tuple[str, ...], where: Change
) -> Iterator[Change]:
    """Speakers who joined or left (``where`` gives the slot and talk ids)."""
    for pid, name in _names(old, before).items():
        if pid not in after:
            yield dataclasses.replace(where, change="speaker_removed", person_id=pid, field="speakers", old=name)
    for pid, name in _names(new, after).items():
        if pid not in before:
            yield dataclasses.replace(where, change="speaker_added", person_id=pid, field="speakers", new=name)


def _slot_changes(old: Release, new: Release, a: Slot, b: Slot) -> Iterator[Change]:
    """The changes of a slot present in both releases (``a`` old, ``b`` new)."""
    here = Change("", slot_id=b.slot_id, slot=slot_name(new, b))
    if a.start != b.start:
        yield dataclasses.replace(here, change="moved", field="start", old=when(old, a.start), new=when(new, b.start))
    if duration(a) != duration(b):
        yield dataclasses.replace(here, change="duration_changed", field="duration", old=duration(a), new=duration(b))
    for name, change in SLOT_FIELDS.items():
        before, after = getattr(a, name), getattr(b, name)
        if before != after:
            yield dataclasses.replace(here, change=change, field=name, old=before, new=after)
    if a.title == b.title and a.title_myst != b.title_myst:
        yield dataclasses.replace(here, change="retitled", field="title_myst", old=a.title_myst, new=b.title_myst)
    yield from _speaker_changes(old, new, a.speakers, b.speakers, here)


def _rank_in_block(release: Release, talk: Talk, common: set[str]) -> int:
    """The talk's place among the talks of its block that both releases have."""
    return [t.talk_id for t in release.talks_of(talk.slot_id) if t.talk_id in common].index(talk.talk_id)


def _talk_changes(old: Release, new: Release, slot_id: str) -> Iterator[Change]:
    """The changes of the talks in the new release's block ``slot_id``, and of those that left it."""
    old_talks = {t.talk_id: t for t in old.talks}
    new_talks = {t.talk_id: t for t in new.talks}
    slots_new = {s.slot_id: s for s in new.slots}
    slots_old = {s.slot_id: s for s in old.slots}

    def at(release: Release, slots: dict[str, Slot], t: Talk) -> Change:
        return Change("", slot_id=t.slot_id, slot=slot_name(release, slots[t.slot_id]), talk_id=t.talk_id)

    for t in old.talks_of(slot_id):
        if t.talk_id not in new_talks:
            yield dataclasses.replace(at(old, slots_old, t), change="talk_removed", field="title", old=t.title)
    for t in new.talks_of(slot_id):
        here = at(new, slots_new, t)
        before = old_talks.get(t.talk_id)
        if before is None:
            yield dataclasses.replace(here, change="talk_added", field="title", new=t.title)
            continue
        if before.slot_id != t.slot_id:
            yield dataclasses.replace(here, change="talk_moved", field="slot_id", old=before.slot_id, new=t.slot_id)
        else:
            common = {x.talk_id for x in old.talks_of(slot_id)} & {x.talk_id for x in new.talks_of(slot_id)}
            if _rank_in_block(old, before, common) != _rank_in_block(new, t, common):
                yield dataclasses.replace(
                    here, change="talk_reordered", field="order", old=str(before.order), new=str(t.order)
                )
        if before.title != t.title:
            yield dataclasses.replace(here, change="talk_retitled", field="title", old=before.title, new=t.title)
        yield from _speaker_changes(old, new, before.speakers, t.speakers, here)


def _person_changes(old: Release, new: Release) -> dict[str, list[Change]]:
    """Renamed or re-affiliated people, keyed by the first slot of the new release they speak in."""
    first_slot: dict[str, str] = {}
    for s in new.slots:
        for pid in (*s.speakers, *(p for t in new.talks_of(s.slot_id) for p in t.speakers)):
            first_slot.setdefault(pid, s.slot_id)
    slots = {s.slot_id: s for s in new.slots}
    before = {p.person_id: p for p in old.people}
    out: dict[str, list[Change]] = {}
    for p in new.people:
        q = before.get(p.person_id)
        if q is None:
            continue
        slot_id = first_slot.get(p.person_id, "")
        here = Change(
            "", slot_id=slot_id, slot=slot_name(new, slots[slot_id]) if slot_id else "", person_id=p.person_id
        )
        found = out.setdefault(slot_id, [])
        if q.name != p.name:
            found.append(dataclasses.replace(here, change="speaker_renamed", field="name", old=q.name, new=p.name))
        if q.affiliations != p.affiliations:
            found.append(
                dataclasses.replace(
                    here,
                    change="affiliation_changed",
                    field="affiliations",
                    old="; ".join(q.affiliations),
                    new="; ".join(p.affiliations),
                )
            )
    return out


def compare(old: Release, new: Release) -> list[Change]:
    """Every change from release ``old`` to release ``new``, slot by slot in the order of the
    day (a removed slot where it used to be), the edition's own changes first."""
    people = _person_changes(old, new)
    changes = list(_workshop_changes(old, new)) + people.pop("", [])
    old_slots = {s.slot_id: s for s in old.slots}
    new_ids = {s.slot_id for s in new.slots}
    groups: list[tuple[dt.datetime, int, list[Change]]] = []
    for s in old.slots:
        if s.slot_id not in new_ids:
            gone = Change("removed", slot_id=s.slot_id, slot=slot_name(old, s), field="start", old=when(old, s.start))
            talks = list(_talk_changes(old, new, s.slot_id))
            groups.append((s.start, 0, [gone, *talks]))
    for index, s in enumerate(new.slots, start=1):
        a = old_slots.get(s.slot_id)
        if a is None:
            found = [Change("added", slot_id=s.slot_id, slot=slot_name(new, s), field="start", new=when(new, s.start))]
        else:
            found = list(_slot_changes(old, new, a, s))
        found += people.get(s.slot_id, []) + list(_talk_changes(old, new, s.slot_id))
        groups.append((s.start, index, found))
    for _, _, found in sorted(groups, key=lambda g: (g[0], g[1])):
        changes.extend(found)
    return changes


# -- the DataFrame --------------------------------------------------------------------------


def to_frame(changes: Iterable[Change]) -> pd.DataFrame:
    """The changes as a DataFrame: :data:`COLUMNS`, every one ``string`` (``<NA>`` for none)
    but ``change``, an ordered categorical over :data:`CHANGES`."""
    import pandas as pd

    rows = list(changes)
    df = pd.DataFrame(
        {c: pd.Series([getattr(r, c) or pd.NA for r in rows], dtype="string") for c in COLUMNS}, columns=list(COLUMNS)
    )
    df["change"] = pd.Categorical([r.change for r in rows], categories=list(CHANGES), ordered=True)
    return df


def diff(edition: str, old: str, new: str = LATEST, data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The changes from release ``old`` to release ``new`` of ``edition``, one row per change.

    Parameters
    ----------
    edition:
        The edition, e.g. ``"neurips2024"``.
    old, new:
        Release names (``"latest"`` is the newest).
    data_dir:
        A data directory of your own (default: ``$WORKSHOP_DATA_DIR``, else the shipped data).

    Returns
    -------
    pandas.DataFrame
        Columns ``slot_id``, ``slot`` (how a reader knows it, e.g. ``"Keynote: Jeff Dean"``),
        ``talk_id``, ``person_id``, ``change`` (ordered categorical, see :data:`CHANGES`),
        ``field``, ``old`` and ``new``: strings, ``<NA>`` where there is none; times ISO 8601
        with the venue's offset, durations ISO 8601. ``attrs`` holds ``edition``, ``old``,
        ``new`` and ``timezone`` (the venue's).
    """
    from .loaders import load_release

    before = load_release(edition, old, data_dir)
    after = load_release(edition, new, data_dir)
    df = to_frame(compare(before, after))
    df.attrs.update(edition=edition, old=before.name, new=after.name, timezone=after.workshop.timezone)
    return df


# -- in words -------------------------------------------------------------------------------


#: A piece of a change in words: text, or an aware time (shown as ``HH:MM`` in some zone).
Part = str | dt.datetime


def clock(moment: dt.datetime, tz: str | None = None, day: dt.date | None = None) -> str:
    """An aware time as ``"09:15"`` in ``tz`` (default: its own zone), with its date in front
    when it is not ``day``."""
    if tz is not None:
        moment = moment.astimezone(check_timezone(tz))
    return f"{moment:%H:%M}" if moment.date() == day else f"{moment:%a %d %b %H:%M}"


def minutes(text: str) -> str:
    """An ISO duration of a change in words: ``"PT1H10M"`` -> ``"70 min"``; empty -> ``"unknown"``."""
    if not text:
        return "unknown"
    hours = int(text[2 : text.index("H")]) if "H" in text else 0
    rest = text[text.index("H") + 1 :] if "H" in text else text[2:]
    return f"{hours * 60 + (int(rest[:-1]) if rest else 0)} min"


def find_slot(slot_id: str, old: Release, new: Release) -> tuple[Release, Slot]:
    """The slot (and the release it is taken from): as in ``new``, else as it was in ``old``."""
    for release in (new, old):
        for s in release.slots:
            if s.slot_id == slot_id:
                return release, s
    raise KeyError(slot_id)


def phrase(change: Change, old: Release, new: Release) -> list[Part]:
    """One change in words, as text and aware times (venue's zone) for the caller to show."""
    c, o, n = change.change, change.old, change.new
    t = dt.datetime.fromisoformat
    if c == "added":
        return ["added, at ", t(n)]
    if c == "removed":
        return ["removed (was at ", t(o), ")"]
    if c == "moved":
        return ["moved ", t(o), " → ", t(n)]
    if c == "talk_moved":
        release, block = find_slot(o, old, new)
        title = _title(new, change.talk_id)
        return [f"talk moved here from {slot_name(release, block)} (", t(when(release, block.start)), f"): “{title}”"]
    texts = {
        "workshop_changed": lambda: f"{change.field.replace('_', ' ')}: {o or 'none'} → {n or 'none'}",
        "duration_changed": lambda: f"duration {minutes(o)} → {minutes(n)}",
        "kind_changed": lambda: f"now a {n} slot (was {o})",
        "speaker_added": lambda: f"speaker added: {n}",
        "speaker_removed": lambda: f"speaker removed: {o}",
        "speaker_renamed": lambda: f"name corrected: {o} → {n}",
        "affiliation_changed": lambda: f"affiliation: {o or 'none'} → {n or 'none'}",
        "talk_added": lambda: f"talk added: “{n}”",
        "talk_removed": lambda: f"talk removed: “{o}”",
        "talk_reordered": lambda: (
            f"talk now {_ordinal(int(n))} (was {_ordinal(int(o))}): “{_title(new, change.talk_id)}”"
        ),
        "talk_retitled": lambda: f"talk retitled: “{o}” → “{n}”",
    }
    if c in texts:
        return [texts[c]()]
    what = {"label_changed": "label", "retitled": "retitled", "text_changed": "text", "status_changed": "status"}
    return [f"{what.get(c, change.field)}: {_quoted(o)} → {_quoted(n)}"]


def workshop_day(release: Release, tz: str | None = None) -> dt.date:
    """The day the release's schedule starts on, in ``tz`` (default: the venue's zone)."""
    return aware(release.slots[0].start, release.workshop.timezone, tz).date()


def describe(change: Change, old: Release, new: Release, tz: str | None = None) -> str:
    """One change in words, times as ``HH:MM`` in ``tz`` (default: the venue's zone), with the
    date when it is not the workshop's day there."""
    zone = tz or new.workshop.timezone
    day = workshop_day(new, zone)
    return "".join(p if isinstance(p, str) else clock(p, zone, day) for p in phrase(change, old, new))


def _title(release: Release, talk_id: str) -> str:
    return next(t.title for t in release.talks if t.talk_id == talk_id)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _quoted(text: str) -> str:
    return f"“{text}”" if text else "none"

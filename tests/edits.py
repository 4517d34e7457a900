"""Known edits of the shipped release, for the identity, diff and changelog tests.

Each helper returns a new :class:`~workshop_data.model.Release` (they are frozen dataclasses);
:func:`fresh_ids` gives every slot, talk and person the id an importer would make from the
printed text, as a new import of an edited page would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from conftest import SHIPPED

from workshop_data import ids
from workshop_data.identity import rename_ids
from workshop_data.model import Release, Slot, Talk
from workshop_data.validation import read_release


def shipped() -> Release:
    """The shipped release 2024-11-20."""
    return read_release(SHIPPED)


def slot(release: Release, slot_id: str) -> Slot:
    return next(s for s in release.slots if s.slot_id == slot_id)


def talk(release: Release, talk_id: str) -> Talk:
    return next(t for t in release.talks if t.talk_id == talk_id)


def edit_slot(release: Release, slot_id: str, **changes: Any) -> Release:
    """The release with one slot's fields changed."""
    slots = tuple(dataclasses.replace(s, **changes) if s.slot_id == slot_id else s for s in release.slots)
    return dataclasses.replace(release, slots=slots)


def edit_talk(release: Release, talk_id: str, **changes: Any) -> Release:
    talks = tuple(dataclasses.replace(t, **changes) if t.talk_id == talk_id else t for t in release.talks)
    return dataclasses.replace(release, talks=talks)


def rename_person(release: Release, person_id: str, name: str) -> Release:
    people = tuple(dataclasses.replace(p, name=name) if p.person_id == person_id else p for p in release.people)
    return dataclasses.replace(release, people=people)


def drop_slot(release: Release, slot_id: str) -> Release:
    """The release without a slot (and its talks)."""
    return dataclasses.replace(
        release,
        slots=tuple(s for s in release.slots if s.slot_id != slot_id),
        talks=tuple(t for t in release.talks if t.slot_id != slot_id),
    )


def at(release: Release, hhmm: str) -> dt.datetime:
    """That wall-clock time on the workshop's day."""
    hour, minute = map(int, hhmm.split(":"))
    return dt.datetime.combine(release.workshop.date, dt.time(hour, minute))


def published(release: Release, name: str, when: str) -> Release:
    """The release renamed and re-dated (``when`` is ``YYYY-MM-DDTHH:MM`` UTC)."""
    moment = dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC)
    return dataclasses.replace(release, name=name, published=moment, path=None)


def fresh_ids(release: Release) -> Release:
    """Every id made afresh from the printed text, in page order, as an import would."""
    person_ids: dict[str, str] = {}
    for p in release.people:
        person_ids[p.person_id] = ids.person_id(p.name, person_ids.values())
    names = {p.person_id: p.name for p in release.people}
    slot_ids: dict[str, str] = {}
    for s in release.slots:
        first = names[s.speakers[0]] if s.speakers and s.kind != "panel" else None
        slot_ids[s.slot_id] = ids.slot_id(s.label, s.title, first, slot_ids.values())
    talk_ids: dict[str, str] = {}
    for t in release.talks:
        talk_ids[t.talk_id] = ids.talk_id(t.title, talk_ids.values())

    return rename_ids(release, slot_ids, talk_ids, person_ids)

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
from workshop_data.aliases import PACKAGE
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
    """Every id made afresh from the printed text, in page order, as an import would (a person's by
    :meth:`workshop_data.aliases.AliasTable.new_person_id`, the importers' rule)."""
    person_ids: dict[str, str] = {}
    for p in release.people:
        person_ids[p.person_id] = PACKAGE.new_person_id(p.name, person_ids.values())
    names = {p.person_id: p.name for p in release.people}
    slot_ids: dict[str, str] = {}
    for s in release.slots:
        first = names[s.speakers[0]] if s.speakers and s.kind != "panel" else None
        slot_ids[s.slot_id] = ids.slot_id(s.label, s.title, first, slot_ids.values())
    talk_ids: dict[str, str] = {}
    for t in release.talks:
        talk_ids[t.talk_id] = ids.talk_id(t.title, talk_ids.values())

    return rename_ids(release, slot_ids, talk_ids, person_ids)


def edited(old: Release) -> Release:
    """A later release of ``old`` with one edit of each kind the diff knows (ids kept):

    Richard Ho and Natasha Jacques swap places, her name is corrected to "Natasha Jaques",
    lunch ends at 12:50, the Retrospective becomes a keynote and Tim Kraska's affiliations
    are now only MIT, "CodeGen" is relabelled "Code Generation" and retitled, a contributed
    talk moves to the afternoon block and another is retitled, the Q&A is no longer TBD,
    poster session 2 is dropped, Richard Ho replaces Tim Kraska on the panel, closing remarks
    are added at 17:00, and the contact address changes.
    """
    new = edit_slot(old, "hardware-richard-ho", start=at(old, "09:15"), end=at(old, "09:55"))
    new = edit_slot(new, "invited-natasha-jacques", start=at(old, "10:10"), end=at(old, "10:50"))
    new = rename_person(new, "natasha-jacques", "Natasha Jaques")
    new = edit_slot(new, "lunch-break", end=at(old, "12:50"), end_derived=False)
    new = edit_slot(new, "retrospective-tim-kraska", kind="keynote")
    people = tuple(
        dataclasses.replace(p, affiliations=("MIT",)) if p.person_id == "tim-kraska" else p for p in new.people
    )
    new = dataclasses.replace(new, people=people)
    title = "Competing at the IOI with OpenAI's o1"
    new = edit_slot(new, "codegen-ahmed-el-kishky", label="Code Generation", title=title, title_myst=title)
    new = edit_talk(new, "dont-transform-the-code-code", slot_id="contributed-talks-2", order=3)
    retitled = "The Unreasonable Effectiveness of LLMs in Query Optimization"
    new = edit_talk(new, "the-unreasonable-effectiveness-of-llms", title=retitled, title_myst=retitled, order=1)
    new = edit_slot(new, "qa", status="")
    new = drop_slot(new, "poster-session-2")
    new = edit_slot(new, "panel", speakers=("jeff-dean", "natasha-jacques", "richard-ho"))
    closing = Slot("closing-remarks", at(old, "17:00"), None, False, "closing", "Closing Remarks")
    slots = (*sorted(new.slots, key=lambda s: s.start), closing)
    place = {s.slot_id: n for n, s in enumerate(slots)}
    new = dataclasses.replace(
        new,
        slots=slots,
        # a slot's talks listed in their order, as a page lists them (the reader holds it)
        talks=tuple(sorted(new.talks, key=lambda t: (place[t.slot_id], t.order))),
        workshop=dataclasses.replace(new.workshop, contact_email="organizers@mlforsystems.org"),
    )
    return published(new, "2024-12-01", "2024-12-01T18:00")

"""What changed between two releases of an edition, one row per change.

Identity is the id: a slot, talk or person is the same in both releases when it has the same
id, which :func:`workshop_data.identity.carry_ids` keeps across releases when a page is
imported. :func:`compare` is the pure function over two
:class:`~workshop_data.model.Release` objects; :func:`diff` loads two releases of an edition and
returns the changes as a DataFrame; :func:`describe` says one change in words, times in the
venue's zone (or another).

A :class:`Change` holds typed values (aware datetimes in the venue's zone, timedeltas,
integers, tuples of names); its wording (:func:`phrase`, :func:`describe`) and its DataFrame
(:func:`to_frame`) are separate steps. In the DataFrame and JSON, values are strings
(:func:`as_text`): times ISO 8601 with the UTC offset of the venue's zone
(``2024-12-15T09:15:00-08:00``), durations ISO 8601 (``PT40M``), several names or
affiliations joined by ``"; "``; empty where there is no value (``<NA>`` in the DataFrame). The
DataFrame also keeps a time typed (:data:`TIME_COLUMNS`: ``old_time``, ``new_time``, tz-aware)
and a length (:data:`DURATION_COLUMNS`: ``old_duration``, ``new_duration``, timedeltas), so that
an analyst subtracts two starts or two lengths rather than parsing two texts, and :func:`diff`'s starts
with its edition and releases (:data:`DIFF_COLUMNS`), so that several editions' diffs concatenate.

Only what both releases record is compared (:func:`workshop_data.schema.recorded`, the one
rule, asked through :meth:`~workshop_data.model.Release.recorded`): a table or field that a
release's schema does not declare is *none* there when it was added from 2.1.0 on, as since then
a release is written in the oldest schema that holds its data (a release of 2.0.0 has no
materials, no papers' links, no part of the program, no other printed time of a talk, no
affiliations or links printed with a role, no words printed as a profile link: NeurIPS 2018's
``2018-09-14.2000`` after ``2018-09-14.0101``, of 2.0.0, is each organizer's link and its printed
words added), and *unknown* when it was added before, in 2.0.0 (a release of 1.0.0,
the pinned ``neurips2024/2024-11-20``, does not know the roles, papers, bios… of its edition).
Before 2.1.0 a title's MyST is on one line (a line break the page printed is a space, and a
release put into an older version loses it), so a title is compared on one line unless both
releases hold line breaks. :func:`not_compared` names what is left out, and the diff's readers
show it.

The words a change shares with the formats and the site (a slot's name and heading, a repeated
slot's, a correction's, a time as ``HH:MM``) are in :mod:`workshop_data.words`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

from .defaults import DEFAULT_EDITION, LATEST
from .model import (
    NOT_LISTED,
    PRINTED_WITH_ROLE,
    Release,
    Role,
    Slot,
    Talk,
    TextLink,
    listed,
    printed_with_role,
    printed_words,
)
from .schema import ONE_LINE, RESOURCES_BY_NAME, SCHEMA_VERSION, URL_PATTERN, field_label, resources
from .timeutil import UNKNOWN, check_timezone, day_text, in_zone
from .titles import Title
from .words import (
    DELIVERY_LABEL,
    NEXT_SLOT_END,
    Linked,
    Part,
    VisitorPart,
    clock,
    heading_text,
    label_and_speakers,
    listed_under,
    role_label,
    said,
    slot_name,
    when,
    workshop_day,
)

if TYPE_CHECKING:
    import pandas as pd

    from .store import Editions

#: Every kind of change, in the order a slot's changes are listed (the categorical's order).
CHANGES: dict[str, str] = {
    "workshop_changed": "A fact of the edition changed (venue, date, contact…); ``field`` names it.",
    "added": "A slot is new; ``new`` is its start (empty: not known, e.g. 'TBD').",
    "removed": "A slot is gone; ``old`` was its start (empty: not known).",
    "new_id": "A slot removed and one added that name the same speakers, the only two that do (and in no "
    "``became_talk``/``became_slot``): one row, which the import gave a new id when a release in between printed "
    "it otherwise (ISCA 2019's invited talk of H. T. Kung at 10:30, a keynote on the day: its 2019-06-18.1821 "
    "printed the title as the row's label and no speaker). ``slot_id`` is the new id, ``old`` the id it had; "
    "listed instead of the removal and the addition, the row's own changes after it (``moved``, "
    '``kind_changed``…). A placeholder that names no speaker ("Invited Speaker 2", TBD) has no such '
    "evidence: its row is followed by its id alone.",
    "moved": "A slot starts at another time, or its time became known or unknown (empty: not known).",
    "duration_changed": (
        "A slot lasts longer or shorter (empty: the end is not known); where an end is no end the page "
        "printed (``end_derived``), said as the end: when the next slot starts. A slot whose start moved while "
        "its end stays the next slot's unmoved start has none: its end did not change, and ``moved`` says the rest."
    ),
    "kind_changed": "A slot is of another kind (e.g. invited became keynote).",
    "label_changed": "A slot's printed label changed.",
    "retitled": "A slot's title changed (``field`` ``title_myst`` when only the emphasis did).",
    "text_changed": "The raw text of a row that could not be classified changed.",
    "status_changed": "A slot's status changed (e.g. TBD, or no longer TBD).",
    "speaker_added": "A speaker or panelist joined a slot or talk.",
    "speaker_removed": "A speaker or panelist left a slot or talk.",
    "speaker_renamed": "A person's name is spelled differently (listed once, at their first slot).",
    "affiliation_changed": "A person's affiliations changed (listed once, at their first slot).",
    "person_changed": "A person's bio, photo, links, the words printed as their links (``link_labels``, schema "
    "2.9.0) or page anchor changed (``field``; at their first slot).",
    "talk_added": "A talk is new in a block of talks.",
    "talk_removed": "A talk is gone from a block of talks.",
    "talk_moved": "A talk moved to another block (``slot_id`` is the new block).",
    "became_talk": "A slot's talk of its own is now a talk of a block, the same title and speakers (a page that "
    "names none on one side agrees): the slot gone (NeurIPS 2024's 11:00 spotlight, now the 10:50 block's 2nd "
    "talk) or now that block itself (the 10:50 spotlight, now its 1st talk); ``slot_id`` is the block, "
    "``talk_id`` the talk, ``old`` the slot it was. Listed instead of the slot's removal or loss of its title "
    "and the talk's addition; its speakers' changes are the talk's.",
    "became_slot": "A talk of a block is now a slot's talk of its own, the same title and speakers (the reverse of "
    "``became_talk``); ``slot_id`` is the slot, ``talk_id`` the talk it was, ``old`` its block. Listed instead "
    "of the talk's removal and the slot's addition or new title.",
    "talk_reordered": "A talk changed place inside its block.",
    "talk_retitled": "A talk's title changed.",
    "talk_time_changed": "The time the page prints for a talk of its own changed (``field``: a talk's ``start`` "
    "or ``end``, or a slot's ``talk_start`` or ``talk_end``; schema 2.4.0: a release of an older one holds none).",
    "part_changed": "The part of the program a slot is printed under changed (``field`` ``part``: the heading "
    "row over it, NeurIPS 2020's 'Run 1'), or the slot it repeats (``field`` ``repeats``); schema 2.5.0: a "
    "release of an older one holds none.",
    "delivery_changed": "How the page says a talk or a slot is given changed (``field``: a talk's ``delivery``, a "
    "slot's ``talk_delivery`` or a slot's own ``delivery``, NeurIPS 2022's detailed schedule's 'In-person "
    "Presentation, Prerecorded Backup'; schema 2.8.0, a slot's own 2.10.0: a release of an older one holds none).",
    "presentation_changed": "The conference site's type the page prints for a talk or a slot changed (``field``: a "
    "talk's ``presentation``, a slot's ``talk_presentation`` or a slot's own ``presentation``, NeurIPS 2022's "
    "detailed schedule's '(Spotlight)', '(Talk)', '(Break)'; schema 2.11.0: a release of an older one holds none).",
    "event_title_changed": "The title another schedule of the page gives a slot's own event or its talk changed "
    "(``field`` ``event_title``: NeurIPS 2022's 'Poster Session | Coffee Break' for 'Poster Session #1'; schema "
    "2.11.0; ``talk_event_title``: 'Jeff Dean - Invited Talk'; schema 2.12.0: a release of an older one holds none).",
    "paper_added": "An accepted paper is new (``paper_id``).",
    "paper_removed": "An accepted paper is gone.",
    "paper_changed": "A paper's title, authors, abstract, link, award, presentation or how it is given changed "
    "(``field``).",
    "role_added": "A person has a new role in the edition (speaker, committee…); ``field`` is the role.",
    "role_removed": "A person no longer has a role in the edition.",
    "role_changed": "A role's printed label, talk title, talk abstract or the affiliations or links printed "
    "with it changed, or the heading it is listed under (``field`` ``group``) (``field``).",
    "role_reordered": "A person changed place in their group on the edition's pages (``old``/``new``: from 1).",
    "material_added": "A slot or talk links a new material; ``field`` is its kind (slides…), ``new`` the URL.",
    "material_removed": "A slot or talk no longer links a material; ``field`` is its kind, ``old`` the URL.",
    "paper_link_added": "An accepted paper has a new link besides its PDF (``paper_id``); ``field`` is its kind "
    "(slides, poster, paper: its OpenReview page), ``new`` the URL.",
    "paper_link_removed": "An accepted paper no longer has a link; ``field`` is its kind, ``old`` the URL.",
    "text_link_changed": "A link inside a text the release holds unchanged (``text_links``: a talk's abstract, "
    "``person_id`` and ``field`` ``talk_abstract``; a bio, ``person_id`` and ``bio``; a paper's, ``paper_id`` and "
    "``abstract``) is new, gone, or "
    "links other words or another URL; ``old`` and ``new`` are the linked words and the URL (empty: no link "
    "there). A text that changed is its own change (``role_changed``, ``paper_changed``), its links with it.",
}

#: The columns of a change as text: the CLI's JSON and CSV, and the first of the DataFrame's
#: (:func:`workshop_data.diff`, :func:`workshop_data.history`).
COLUMNS = ("slot_id", "slot", "talk_id", "person_id", "paper_id", "change", "field", "old", "new")
#: The DataFrame's typed columns after :data:`COLUMNS`: column -> the value it types. A change of a
#: time (a slot ``added``, ``removed`` or ``moved``, a ``talk_time_changed``) has ``old``/``new`` as
#: tz-aware times here, ``NaT`` elsewhere, so that how far a slot moved is ``new_time - old_time``
#: with no text parsed.
TIME_COLUMNS = {"old_time": "old", "new_time": "new"}
#: The DataFrame's typed columns after :data:`TIME_COLUMNS`: column -> the value it types. A
#: change of a slot's length (``duration_changed``) has ``old``/``new`` as timedeltas here
#: (``timedelta64[s]``), ``NaT`` where the length is not known or the change is of something else,
#: so that how much longer a slot got is ``new_duration - old_duration`` with no ISO 8601 parsed.
DURATION_COLUMNS = {"old_duration": "old", "new_duration": "new"}
#: Every typed column, in the order the DataFrame and ``workshop-data history``'s CSV have them
#: after :data:`COLUMNS`.
TYPED_COLUMNS = (*TIME_COLUMNS, *DURATION_COLUMNS)
#: :func:`workshop_data.diff`'s columns before :data:`COLUMNS`: which edition, and the two releases
#: compared, so that the diffs of several editions concatenate and group
#: (``pd.concat(...).groupby("edition")``).
DIFF_COLUMNS = ("edition", "old_release", "new_release")

#: Fields of a slot compared one by one: field -> change.
SLOT_FIELDS = {
    "kind": "kind_changed",
    "label": "label_changed",
    "title": "retitled",
    "raw": "text_changed",
    "status": "status_changed",
}


#: A changed value, typed: text, an aware time, a duration (``None``: unknown), a position, a
#: day, or several names (or a link's words and URL).
Value = str | int | dt.datetime | dt.timedelta | dt.date | tuple[str, ...] | None


@dataclass(frozen=True)
class Change:
    """One change between two releases. Empty ids stand for "none"; ``old``/``new`` are typed."""

    change: str
    slot_id: str = ""
    #: The slot's heading in words, times in the venue's zone (:func:`~workshop_data.words.heading_text`).
    slot: str = ""
    talk_id: str = ""
    person_id: str = ""
    field: str = ""
    old: Value = None
    new: Value = None
    paper_id: str = ""


def time_value(value: Value) -> dt.datetime | None:
    """A change's value where it is a time, else None: what :data:`TIME_COLUMNS` hold (typed in
    the DataFrame, as text in ``workshop-data history``'s CSV)."""
    return value if isinstance(value, dt.datetime) else None


def duration_value(value: Value) -> dt.timedelta | None:
    """A change's value where it is a length, else None: what :data:`DURATION_COLUMNS` hold."""
    return value if isinstance(value, dt.timedelta) else None


def typed_values(change: Change) -> list[dt.datetime | dt.timedelta | None]:
    """The change's values of :data:`TYPED_COLUMNS`, in their order (:func:`to_frame`'s typed
    columns; ``workshop-data history``'s CSV writes them as text)."""
    times = [time_value(getattr(change, value)) for value in TIME_COLUMNS.values()]
    return [*times, *(duration_value(getattr(change, value)) for value in DURATION_COLUMNS.values())]


def iso_duration(length: dt.timedelta | None) -> str:
    """A length as an ISO 8601 duration (``PT1H10M``); empty when unknown."""
    if length is None:
        return ""
    minutes = int(length.total_seconds()) // 60
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def as_text(value: Value, tz: str | None = None) -> str:
    """A change's value as the DataFrame and JSON write it (empty for none); a time in ``tz``
    when given, else with the offset of its release's venue."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = in_zone(value, tz)
    if isinstance(value, dt.timedelta):
        return iso_duration(value)
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(value)
    return str(value)


def holds_line_breaks(release: Release) -> bool:
    """Whether the release's schema version holds line breaks in a title's MyST (2.1.0 on)."""
    version = release.schema_version or SCHEMA_VERSION
    return all(f.pattern != ONE_LINE for r in resources(version) for f in r.fields if f.name == "title_myst")


def comparable_myst(old: Release, new: Release, before: str, after: str) -> tuple[str, str]:
    """Two titles' MyST as both releases hold them: on one line unless both hold line breaks."""
    if holds_line_breaks(old) and holds_line_breaks(new):
        return before, after
    return Title(before).one_line.source, Title(after).one_line.source


# -- values as text -------------------------------------------------------------------------


def duration(slot: Slot) -> dt.timedelta | None:
    """The slot's length on the wall clock; ``None`` when its start or end is unknown."""
    return None if slot.end is None or slot.start is None else slot.end - slot.start


def _same_derived_end(a: Slot, b: Slot) -> bool:
    """Whether both slots' ends are no end the page prints (``end_derived``: the next slot's
    start) and the same: a start that moved changes the slot's length, not its end, and the move
    says it all (NeurIPS 2024's 13:50 coffee break moved to 13:45, its end still the 14:00 talk's
    start, was also "still ends when the next slot starts: 14:00", a change that changed nothing)."""
    return a.end_derived and b.end_derived and a.end == b.end


def _in_order(release: Release) -> dict[str, tuple[dt.datetime, int]]:
    """slot id -> where the slot falls in the day: its start, or for a slot of unknown start the
    start of the last slot above it that has one (the page's order), and whether it is unknown."""
    out: dict[str, tuple[dt.datetime, int]] = {}
    last = dt.datetime.min
    for s in release.slots:
        last = s.start or last
        out[s.slot_id] = (last, s.start is None)
    return out


# -- comparing ------------------------------------------------------------------------------


def _workshop_changes(old: Release, new: Release) -> Iterator[Change]:
    known = old.recorded("workshop") & new.recorded("workshop")
    for f in dataclasses.fields(new.workshop):
        before, after = getattr(old.workshop, f.name), getattr(new.workshop, f.name)
        if f.name in known and before != after:
            yield Change("workshop_changed", field=f.name, old=before, new=after)


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
    here = Change("", slot_id=b.slot_id, slot=heading_text(new, b))
    if a.start != b.start:
        yield dataclasses.replace(here, change="moved", field="start", old=when(old, a.start), new=when(new, b.start))
    if duration(a) != duration(b) and not _same_derived_end(a, b):
        yield dataclasses.replace(here, change="duration_changed", field="duration", old=duration(a), new=duration(b))
    for name, change in SLOT_FIELDS.items():
        before, after = getattr(a, name), getattr(b, name)
        if before != after:
            yield dataclasses.replace(here, change=change, field=name, old=before, new=after)
    before, after = comparable_myst(old, new, a.title_myst, b.title_myst)
    if a.title == b.title and before != after:
        yield dataclasses.replace(here, change="retitled", field="title_myst", old=a.title_myst, new=b.title_myst)
    yield from _talk_times(old, new, "slots", a, b, here, ("talk_start", "talk_end"))
    for name in ("part", "repeats"):  # schema 2.5.0: every release records them (an older one, none)
        if name in old.recorded("slots") and name in new.recorded("slots") and getattr(a, name) != getattr(b, name):
            yield dataclasses.replace(
                here, change="part_changed", field=name, old=getattr(a, name), new=getattr(b, name)
            )
    yield from _recorded_changes(old, new, "slots", a, b, here, "delivery_changed", "talk_delivery")
    yield from _recorded_changes(old, new, "slots", a, b, here, "delivery_changed", "delivery")
    yield from _recorded_changes(old, new, "slots", a, b, here, "presentation_changed", "talk_presentation")
    yield from _recorded_changes(old, new, "slots", a, b, here, "presentation_changed", "presentation")
    yield from _recorded_changes(old, new, "slots", a, b, here, "event_title_changed", "event_title")
    yield from _recorded_changes(old, new, "slots", a, b, here, "event_title_changed", "talk_event_title")
    yield from _speaker_changes(old, new, a.speakers, b.speakers, here)


def _recorded_changes(
    old: Release, new: Release, resource: str, a: Slot | Talk, b: Slot | Talk, here: Change, change: str, name: str
) -> Iterator[Change]:
    """Field ``name`` of ``a`` and ``b`` changed (a ``change``: ``delivery_changed``,
    ``presentation_changed``, ``event_title_changed``), where both releases' ``resource`` records
    it (a field added since the older release's schema version, 2.8.0's talk delivery, 2.10.0's
    slot delivery, 2.11.0's types and titles, 2.12.0's talk's title: a release of an older one holds
    none of it)."""
    if name in old.recorded(resource) and name in new.recorded(resource) and getattr(a, name) != getattr(b, name):
        yield dataclasses.replace(here, change=change, field=name, old=getattr(a, name), new=getattr(b, name))


def _talk_times(
    old: Release, new: Release, resource: str, a: Slot | Talk, b: Slot | Talk, here: Change, fields: tuple[str, str]
) -> Iterator[Change]:
    """A talk's own printed time that changed (``talk_time_changed``), for the ``fields`` both
    releases' ``resource`` records (schema 2.4.0: a release of an older one holds none)."""
    for name in fields:
        if name not in old.recorded(resource) or name not in new.recorded(resource):
            continue
        before, after = getattr(a, name), getattr(b, name)
        if before != after:
            yield dataclasses.replace(
                here, change="talk_time_changed", field=name, old=when(old, before), new=when(new, after)
            )


def _rank_in_block(release: Release, talk: Talk, common: set[str]) -> int:
    """The talk's place among the talks of its block that both releases have."""
    return [t.talk_id for t in release.talks_of(talk.slot_id) if t.talk_id in common].index(talk.talk_id)


def _talk_changes(old: Release, new: Release, slot_id: str) -> Iterator[Change]:
    """The changes of the talks in the new release's block ``slot_id``, and of those that left it."""

    def at(release: Release, t: Talk) -> Change:
        return Change("", slot_id=t.slot_id, slot=heading_text(release, release.slot(t.slot_id)), talk_id=t.talk_id)

    for t in old.talks_of(slot_id):
        if not new.has_talk(t.talk_id):
            yield dataclasses.replace(at(old, t), change="talk_removed", field="title", old=t.title)
    for t in new.talks_of(slot_id):
        here = at(new, t)
        before = old.talk(t.talk_id) if old.has_talk(t.talk_id) else None
        if before is None:
            yield dataclasses.replace(here, change="talk_added", field="title", new=t.title)
            continue
        if before.slot_id != t.slot_id:
            yield dataclasses.replace(here, change="talk_moved", field="slot_id", old=before.slot_id, new=t.slot_id)
        else:
            common = {x.talk_id for x in old.talks_of(slot_id)} & {x.talk_id for x in new.talks_of(slot_id)}
            if _rank_in_block(old, before, common) != _rank_in_block(new, t, common):
                yield dataclasses.replace(here, change="talk_reordered", field="order", old=before.order, new=t.order)
        if before.title != t.title:
            yield dataclasses.replace(here, change="talk_retitled", field="title", old=before.title, new=t.title)
        yield from _talk_times(old, new, "talks", before, t, here, ("start", "end"))
        yield from _recorded_changes(old, new, "talks", before, t, here, "delivery_changed", "delivery")
        yield from _recorded_changes(old, new, "talks", before, t, here, "presentation_changed", "presentation")
        yield from _speaker_changes(old, new, before.speakers, t.speakers, here)


def _person_changes(old: Release, new: Release) -> dict[str, list[Change]]:
    """Renamed or re-affiliated people, keyed by the first slot of the new release they speak in."""
    first_slot: dict[str, str] = {}
    for s in new.slots:
        for pid in (*s.speakers, *(p for t in new.talks_of(s.slot_id) for p in t.speakers)):
            first_slot.setdefault(pid, s.slot_id)
    slots = {s.slot_id: s for s in new.slots}
    before = {p.person_id: p for p in old.people}
    person_fields = [name for name in PERSON_FIELDS if name in old.recorded("people") & new.recorded("people")]
    out: dict[str, list[Change]] = {}
    for p in new.people:
        q = before.get(p.person_id)
        if q is None:
            continue
        slot_id = first_slot.get(p.person_id, "")
        here = Change(
            "", slot_id=slot_id, slot=heading_text(new, slots[slot_id]) if slot_id else "", person_id=p.person_id
        )
        found = out.setdefault(slot_id, [])
        if q.name != p.name:
            found.append(dataclasses.replace(here, change="speaker_renamed", field="name", old=q.name, new=p.name))
        if q.affiliations != p.affiliations:
            found.append(
                dataclasses.replace(
                    here, change="affiliation_changed", field="affiliations", old=q.affiliations, new=p.affiliations
                )
            )
        for name in person_fields:
            if getattr(q, name) != getattr(p, name):
                found.append(
                    dataclasses.replace(
                        here, change="person_changed", field=name, old=getattr(q, name), new=getattr(p, name)
                    )
                )
    return out


#: A person's fields compared one by one (``person_changed``), when both releases record them.
PERSON_FIELDS = ("bio", "photo_url", "links", "link_labels", "anchor")
#: A role's fields compared one by one (``role_changed``), when both releases record them.
ROLE_FIELDS = ("label", "talk_title", "talk_abstract", "affiliations", "links")


def _paper_changes(old: Release, new: Release) -> Iterator[Change]:
    """Papers added, removed or changed (by paper id), when both releases record papers."""
    if not (old.recorded("papers") and new.recorded("papers")):
        return
    authors: dict[tuple[int, str], tuple[str, ...]] = {}
    for i, rel in enumerate((old, new)):
        for a in sorted(rel.authors, key=lambda a: a.position):
            authors[(i, a.paper_id)] = (*authors.get((i, a.paper_id), ()), a.name)
    before = {p.paper_id: p for p in old.papers}
    after = {p.paper_id for p in new.papers}
    for p in old.papers:
        if p.paper_id not in after:
            yield Change("paper_removed", paper_id=p.paper_id, field="title", old=p.title)
    for p in new.papers:
        q = before.get(p.paper_id)
        if q is None:
            yield Change("paper_added", paper_id=p.paper_id, field="title", new=p.title)
            continue
        for name in ("title", "abstract", "pdf_url", "award", "presentation", "tag", "delivery"):
            if getattr(q, name) != getattr(p, name):
                yield Change(
                    "paper_changed", paper_id=p.paper_id, field=name, old=getattr(q, name), new=getattr(p, name)
                )
        if authors.get((0, p.paper_id), ()) != authors.get((1, p.paper_id), ()):
            yield Change(
                "paper_changed",
                paper_id=p.paper_id,
                field="authors",
                old=authors.get((0, p.paper_id), ()),
                new=authors.get((1, p.paper_id), ()),
            )


def _paper_link_changes(old: Release, new: Release) -> Iterator[Change]:
    """The links besides their PDFs (``paper_materials``) that papers gained or lost, by paper id,
    when both releases record papers and their links (:meth:`~workshop_data.model.Release.recorded`:
    a release of a schema before 2.6.0, written in the oldest schema holding its data, has none)."""
    if not all(r.recorded(t) for r in (old, new) for t in ("papers", "paper_materials")):
        return
    before = {(m.paper_id, m.kind, m.url) for m in old.paper_materials}
    after = {(m.paper_id, m.kind, m.url) for m in new.paper_materials}
    for m in old.paper_materials:
        if (m.paper_id, m.kind, m.url) not in after:
            yield Change("paper_link_removed", paper_id=m.paper_id, field=m.kind, old=m.url)
    for m in new.paper_materials:
        if (m.paper_id, m.kind, m.url) not in before:
            yield Change("paper_link_added", paper_id=m.paper_id, field=m.kind, new=m.url)


def _linked_texts(release: Release, resource: str) -> dict[tuple[str, ...], tuple[Change, str, tuple[TextLink, ...]]]:
    """The texts of ``resource`` that may hold links (``roles``' talk abstracts, by person, role
    and group as :func:`_role_changes` matches them, not by ``order``, which moves when a role is
    added above; ``people``'s bios, by person id; ``papers``' abstracts, by paper id): key ->
    where a change of its links is listed, the text, and its links in order."""
    if resource == "roles":
        out: dict[tuple[str, ...], tuple[Change, str, tuple[TextLink, ...]]] = {}
        for r in release.roles:
            where = Change("", person_id=r.person_id, field="talk_abstract")
            links = release.links_in("roles", str(r.order), "talk_abstract")
            out.setdefault((r.person_id, r.role, r.group), (where, r.talk_abstract, links))
        return out
    # a bio by its person's id, an abstract by its paper's
    rows, id_field, text_field = (
        (release.people, "person_id", "bio") if resource == "people" else (release.papers, "paper_id", "abstract")
    )
    return {
        (getattr(p, id_field),): (
            Change("", **{id_field: getattr(p, id_field), "field": text_field}),
            getattr(p, text_field),
            release.links_in(resource, getattr(p, id_field), text_field),
        )
        for p in rows
    }


def _text_link_changes(old: Release, new: Release, resource: str) -> Iterator[Change]:
    """The links inside ``resource``'s texts (:func:`_linked_texts`) that came, went, or link
    other words or another URL, where the text is the same in both releases (a text that changed
    is said as such: "talk abstract changed"), when both record the texts and their links
    (a release of a schema before 2.7.0 has none: :meth:`~workshop_data.model.Release.recorded`)."""
    if not all(r.recorded(t) for r in (old, new) for t in (resource, "text_links")):
        return
    before = _linked_texts(old, resource)
    for key, (where, text, links) in _linked_texts(new, resource).items():
        was = before.get(key)
        if was is not None and was[1] == text and was[2] != links:
            yield from _link_pairs(was[2], links, where)


def _link_pairs(a: tuple[TextLink, ...], b: tuple[TextLink, ...], where: Change) -> Iterator[Change]:
    """One ``text_link_changed`` per link of ``b`` that ``a`` does not hold as it is, paired with
    the link of ``a`` over some of the same characters (other words, another URL) where there is
    one, then one per link of ``a`` left (gone); in the text's order. Values are (words, URL)."""

    def held(link: TextLink) -> tuple[int, str, str]:
        return link.start, link.text, link.url

    kept = {held(x) for x in a} & {held(y) for y in b}
    gone = [x for x in a if held(x) not in kept]
    found: list[tuple[int, Change]] = []
    for link in b:
        if held(link) in kept:
            continue
        match = next((x for x in gone if _overlap(x, link)), None)
        if match is not None:
            gone.remove(match)
        was = (match.text, match.url) if match is not None else None
        found.append(
            (link.start, dataclasses.replace(where, change="text_link_changed", old=was, new=(link.text, link.url)))
        )
    found += [(x.start, dataclasses.replace(where, change="text_link_changed", old=(x.text, x.url))) for x in gone]
    yield from (c for _, c in sorted(found, key=lambda f: f[0]))


def _overlap(a: TextLink, b: TextLink) -> bool:
    """Whether two links of one text are over some of the same characters."""
    return a.start < b.start + len(b.text) and b.start < a.start + len(a.text)


def _role_changes(old: Release, new: Release) -> Iterator[Change]:
    """Roles (keynote, committee…) a person gained or lost, when both releases record roles."""
    if not (old.recorded("roles") and new.recorded("roles")):
        return
    names = {p.person_id: p.name for rel in (old, new) for p in rel.people}
    before = {(r.person_id, r.role, r.group) for r in old.roles}
    after = {(r.person_id, r.role, r.group) for r in new.roles}
    gone = [r for r in old.roles if (r.person_id, r.role, r.group) not in after]
    came = [r for r in new.roles if (r.person_id, r.role, r.group) not in before]
    regrouped = _regrouped(gone, came)
    for r in gone:
        if (r.person_id, r.role) not in regrouped:
            yield Change("role_removed", person_id=r.person_id, field=r.role, old=names[r.person_id])
    for r in came:
        if (r.person_id, r.role) in regrouped:
            group = regrouped[r.person_id, r.role].group
            yield Change("role_changed", person_id=r.person_id, field="group", old=group, new=r.group)
        else:
            yield Change("role_added", person_id=r.person_id, field=r.role, new=names[r.person_id])
    was: dict[tuple[str, str, str], Role] = {}
    for r in old.roles:
        was.setdefault((r.person_id, r.role, r.group), r)
    for r in came:  # a regrouped role's other fields are compared with what it was under its former heading
        if (r.person_id, r.role) in regrouped:
            was.setdefault((r.person_id, r.role, r.group), regrouped[r.person_id, r.role])
    yield from _role_order_changes(old, new)
    fields = [name for name in ROLE_FIELDS if name in old.recorded("roles") & new.recorded("roles")]
    seen: set[tuple[str, str, str]] = set()
    for r in new.roles:
        key = (r.person_id, r.role, r.group)
        q = was.get(key)
        if q is None or key in seen:
            continue
        seen.add(key)
        for name in fields:
            if getattr(q, name) != getattr(r, name) and _printed(old, q, name) != _printed(new, r, name):
                yield Change(
                    "role_changed", person_id=r.person_id, field=name, old=getattr(q, name), new=getattr(r, name)
                )


def _printed(release: Release, role: Role, name: str) -> object:
    """What the page prints as field ``name`` of ``role``: its own, else (an affiliation or a
    link, :data:`~workshop_data.model.PRINTED_WITH_ROLE`) the person's
    (:func:`~workshop_data.model.printed_with_role`). A role whose value goes from empty to the
    person's own prints the same (NeurIPS 2023's ``2023-08-07.2250``: Phitchaya Mangpo
    Phothilimthana's organizer line keeps its LinkedIn page; her competition committee's names
    another, so her ``people.links`` holds both and each role its own): no change of the role."""
    value = getattr(role, name)
    if name in PRINTED_WITH_ROLE:
        return printed_with_role(value, getattr(release.person(role.person_id), name))
    return value


def _regrouped(gone: list[Role], came: list[Role]) -> dict[tuple[str, str], Role]:
    """(person, role) -> the role as it was printed, for a role that is under another group
    heading now and only there (NeurIPS 2018's "Program Comittee" corrected to "Program
    Committee": 17 people "no longer committee", then "now committee"): one change of its group."""
    was: dict[tuple[str, str], list[Role]] = {}
    for r in gone:
        was.setdefault((r.person_id, r.role), []).append(r)
    now: dict[tuple[str, str], int] = {}
    for r in came:
        now[r.person_id, r.role] = now.get((r.person_id, r.role), 0) + 1
    return {key: roles[0] for key, roles in was.items() if len(roles) == 1 and now.get(key) == 1}


def _role_order_changes(old: Release, new: Release) -> Iterator[Change]:
    """The roles whose place in their group (``group``, as printed) changed among the roles both
    releases have: one added or removed moves no other."""
    common = _keys(old) & _keys(new)
    ranks: list[dict[tuple[str, str, str], int]] = []
    for release in (old, new):
        rank: dict[tuple[str, str, str], int] = {}
        counts: dict[str, int] = {}
        for r in sorted(release.roles, key=lambda r: r.order):
            key = (r.person_id, r.role, r.group)
            if key in common and key not in rank:
                counts[r.group] = counts.get(r.group, 0) + 1
                rank[key] = counts[r.group]
        ranks.append(rank)
    before, after = ranks
    for r in new.roles:
        key = (r.person_id, r.role, r.group)
        if key in after and before[key] != after[key]:
            yield Change("role_reordered", person_id=r.person_id, field=r.group, old=before[key], new=after[key])
            after.pop(key)


def _keys(release: Release) -> set[tuple[str, str, str]]:
    """The roles of ``release`` as (person, role, group)."""
    return {(r.person_id, r.role, r.group) for r in release.roles}


def _material_changes(old: Release, new: Release, slot_id: str) -> Iterator[Change]:
    """The materials of slot ``slot_id`` (its own talk's and its talks') that went or came, when
    both releases record materials (every release does: one of a schema before 2.2.0 has none)."""
    if not (old.recorded("materials") and new.recorded("materials")):
        return
    release, slot = find_slot(slot_id, old, new)
    here = Change("", slot_id=slot_id, slot=heading_text(release, slot))
    before = {(m.talk_id, m.kind, m.url) for m in old.materials_in(slot_id)}
    after = {(m.talk_id, m.kind, m.url) for m in new.materials_in(slot_id)}
    for m in old.materials_in(slot_id):
        if (m.talk_id, m.kind, m.url) not in after:
            yield dataclasses.replace(here, change="material_removed", talk_id=m.talk_id, field=m.kind, old=m.url)
    for m in new.materials_in(slot_id):
        if (m.talk_id, m.kind, m.url) not in before:
            yield dataclasses.replace(here, change="material_added", talk_id=m.talk_id, field=m.kind, new=m.url)


#: Compared with the records they belong to (a paper's authors) or not at all (corrections): never
#: named by :func:`not_compared`.
_NOT_NAMED = ("authors", "corrections")


def not_compared(old: Release, new: Release) -> list[str]:
    """What :func:`compare` leaves out because one of the two releases does not record it
    (:meth:`~workshop_data.model.Release.recorded`: its schema does not declare it, and it was
    added before 2.1.0), in the
    schema's order: a table (``"roles"``, ``"papers"``, a paper's authors with it) or a field of a
    table both record (``"people.bio"``). Empty when both record the same there: what a release of
    an older schema holds none of (NeurIPS 2018's ``2018-09-14.0101``, schema 2.0.0, against
    ``2018-09-14.2000``, 2.9.0: ``people.link_labels``) is compared."""
    out: list[str] = []
    for resource in resources(SCHEMA_VERSION):
        if resource.name in _NOT_NAMED:
            continue
        a, b = old.recorded(resource.name), new.recorded(resource.name)
        if bool(a) != bool(b):
            out.append(resource.name)
        elif a != b:
            out += [f"{resource.name}.{f.name}" for f in resource.fields if (f.name in a) != (f.name in b)]
    return out


#: The lists a page gives (:func:`~workshop_data.model.listed`), by their table, as a visitor
#: names them.
LISTS = {"slots": "schedule", "papers": "accepted papers"}


def not_listed(old: Release, new: Release) -> list[str]:
    """The lists of :data:`LISTS` (``"slots"``, ``"papers"``) that ``old`` gives and ``new``, which
    records them, does not: a release with no rows of a list did not list it
    (:func:`~workshop_data.model.listed`: NeurIPS 2024's releases from its home page alone, before
    its schedule and papers pages), which does not say its slots or papers went.
    :func:`compare` leaves them out: ``diff`` from a release with a schedule to one without said
    every slot "removed", and 26 papers "paper removed"."""
    return [
        table
        for table in LISTS
        if new.recorded(table)
        and listed(len(getattr(old, table))) is not None
        and listed(len(getattr(new, table))) is None
    ]


def not_listed_sentence(new: Release, unlisted: Sequence[str]) -> str:
    """:func:`not_listed` as a sentence for a reader of the diff, empty when it is nothing:
    "Release 2024-10-06.2255: schedule not listed, accepted papers not listed; not compared, as a
    release that does not list them does not say they went."."""
    if not unlisted:
        return ""
    lists = ", ".join(f"{LISTS[table]} {NOT_LISTED}" for table in unlisted)
    return f"Release {new.name}: {lists}; not compared, as a release that does not list them does not say they went."


def not_compared_note(old: Release, new: Release) -> str:
    """:func:`not_compared` as a sentence for a reader of the diff, empty when nothing is left out."""
    return not_compared_sentence(not_compared(old, new))


def not_compared_sentence(missing: Sequence[str]) -> str:
    """What two releases' comparison left out, as a sentence in a visitor's words
    (:func:`items_words`); empty when nothing is."""
    if not missing:
        return ""
    return f"Not compared, as one of the two releases does not record them: {items_words(missing)}."


def items_words(items: Sequence[str]) -> str:
    """Tables and fields as :func:`not_compared` names them (``"roles"``, ``"people.bio"``), in a
    visitor's words: a table by its name in words, a field by its label
    (:func:`~workshop_data.schema.field_label`) after its table's, a table's fields together.
    ``workshop.room, people.photo_url, people.bio, people.links, roles, papers`` is "the
    workshop's room; the people's photo, bio and links; roles; papers" (the changelog and the CLI
    printed the names)."""
    tables: dict[str, list[str]] = {}
    for item in items:
        table, _, field = item.partition(".")
        tables.setdefault(table, []).extend([field_label(table, field)] if field else [])
    out = []
    for table, fields in tables.items():
        words = table.replace("_", " ")
        if fields:
            owner = f"the {words}'" if words.endswith("s") else f"the {words}'s"
            named = fields[0] if len(fields) == 1 else f"{', '.join(fields[:-1])} and {fields[-1]}"
            words = f"{owner} {named}"
        out.append(words)
    return "; ".join(out)


#: The table a change is about, by its kind's first word, where that says it (else its slot's:
#: ``slots``, or ``talks`` for a talk's own time).
_TABLE_OF = {"workshop": "workshop", "role": "roles", "paper": "papers", "material": "materials", "talk": "talks"}
_TABLE_OF.update(dict.fromkeys(("speaker_renamed", "affiliation_changed", "person_changed"), "people"))
_TABLE_OF.update(dict.fromkeys(("paper_link_added", "paper_link_removed"), "paper_materials"))
_TABLE_OF["text_link_changed"] = "text_links"


def _resource_of(change: Change) -> tuple[str, str]:
    """The table and field a change is about, as :func:`not_compared` names them: a person's
    change is ``("people", field)``, a role's ``("roles", field)``, a talk's own time
    ``("talks", "start")``, a slot's other printed time ``("slots", "talk_start")``."""
    kind = change.change
    if kind == "talk_time_changed" and not change.talk_id:
        return "slots", change.field
    return _TABLE_OF.get(kind) or _TABLE_OF.get(kind.partition("_")[0], "slots"), change.field


def _about(change: Change, items: Iterable[str]) -> bool:
    """Whether ``change`` is about one of ``items`` (a table, or ``table.field``)."""
    resource, field = _resource_of(change)
    return any(item in (resource, f"{resource}.{field}") for item in items)


@dataclass(frozen=True)
class Step:
    """A release of an edition's history against the one before it.

    What the release records and the one before does not
    (:meth:`~workshop_data.model.Release.recorded`: the pinned
    ``neurips2024/2024-11-20``, schema 1.0.0, does not know the bios, roles or papers between
    releases that do) is compared with ``since``, the last earlier release that records it:
    ``caught_up`` holds those changes, about ``caught_up_items``; without it, a bio added the
    next day would be in no comparison at all."""

    before: Release
    after: Release
    changes: tuple[Change, ...]
    #: What neither comparison could compare (:func:`not_compared`, less ``caught_up_items``).
    not_compared: tuple[str, ...]
    since: Release | None = None
    caught_up: tuple[Change, ...] = ()
    caught_up_items: tuple[str, ...] = ()

    @property
    def all_changes(self) -> tuple[Change, ...]:
        """The changes, then those compared with ``since``."""
        return self.changes + self.caught_up

    def caught_up_words(self) -> tuple[str, str, str]:
        """The sentence that introduces ``caught_up``, around ``since``'s name (which the site
        shows as a release name): ``("Release 2024-11-20 does not record the people's bio…:
        compared with release ", "2024-11-18.1748", ", the last before it that does, 10 changes:")``,
        what it does not hold in words (:func:`items_words`)."""
        assert self.since is not None
        n = len(self.caught_up)
        return (
            f"Release {self.before.name} does not record {items_words(self.caught_up_items)}: compared with release ",
            self.since.name,
            f", the last before it that does, {n} change{'s' * (n != 1)}" + (":" if n else "."),
        )


def steps(releases: Sequence[Release]) -> Iterator[Step]:
    """Each release of ``releases`` (an edition's, in order) against the one before it, what the
    one before does not record compared with the last release that does (:class:`Step`)."""
    for index in range(1, len(releases)):
        before, after = releases[index - 1], releases[index]
        changes = tuple(compare(before, after))
        missing = not_compared(before, after)
        new_items = [item for item in missing if _records(after, item) and not _records(before, item)]
        earlier = reversed(releases[: index - 1]) if new_items else ()
        since = next((r for r in earlier if all(_records(r, i) for i in new_items)), None)
        if since is None:
            yield Step(before, after, changes, tuple(missing))
            continue
        caught_up = tuple(c for c in compare(since, after) if _about(c, new_items))
        rest = tuple(item for item in missing if item not in new_items)
        yield Step(before, after, changes, rest, since, caught_up, tuple(new_items))


def _records(release: Release, item: str) -> bool:
    """Whether the release records ``item`` (a table, or ``table.field``;
    :meth:`~workshop_data.model.Release.recorded`)."""
    resource, _, field = item.partition(".")
    fields = release.recorded(resource)
    return field in fields if field else bool(fields)


@dataclass(frozen=True)
class Fold:
    """A slot's talk of its own that is a talk of a block in the other release (:func:`folds`)."""

    #: ``became_talk`` (``slot`` is the old release's, ``talk`` the new's) or ``became_slot``
    #: (``talk`` the old release's, ``slot`` the new's).
    kind: str
    slot: Slot
    talk: Talk


def _agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two lists of speakers are the same, or one names none (NeurIPS 2024's block of
    contributed talks names no speaker where its spotlights each named theirs): never two
    different named people."""
    return a == b or not a or not b


def folds(old: Release, new: Release) -> list[Fold]:
    """The slots whose talk of their own became a talk of a block (``became_talk``), and the
    reverse (``became_slot``), matched by evidence, never guessed: a slot that has a title in
    one release and in the other is gone or has none, a talk of a block that the other release
    does not hold, the same title, exactly one of each with it, and speakers that agree
    (``workshop_data.identity._agree``)."""
    out: list[Fold] = []
    for kind, with_slot, with_talk in (("became_talk", old, new), ("became_slot", new, old)):
        slots: dict[str, list[Slot]] = {}
        for s in with_slot.slots:
            if s.title and not (with_talk.has_slot(s.slot_id) and with_talk.slot(s.slot_id).title):
                slots.setdefault(s.title, []).append(s)
        talks: dict[str, list[Talk]] = {}
        for t in with_talk.talks:
            if not with_slot.has_talk(t.talk_id):
                talks.setdefault(t.title, []).append(t)
        for title, found in slots.items():
            if len(found) == 1 and len(talks.get(title, ())) == 1:
                slot, talk = found[0], talks[title][0]
                if _agree(slot.speakers, talk.speakers):
                    out.append(Fold(kind, slot, talk))
    return out


def _folded(old: Release, new: Release, changes: list[Change], found: Sequence[Fold]) -> list[Change]:
    """``changes`` with each of :func:`folds` said as one change (``became_talk``,
    ``became_slot``) where the talk's addition (or the slot's, or its new title) was, and what
    it stands for left out: the slot's removal, its title lost or gained, the talk's removal,
    and the speakers the slot and its talk share."""
    replace: dict[tuple[str, str, str, str], list[Change]] = {}
    drop: set[tuple[str, str, str, str]] = set()
    for f in found:
        s, t = f.slot, f.talk
        if f.kind == "became_talk":
            block = new.slot(t.slot_id)
            here = Change(
                "became_talk", slot_id=block.slot_id, slot=heading_text(new, block), talk_id=t.talk_id, field="slot_id"
            )
            replace["talk_added", block.slot_id, t.talk_id, "title"] = [
                dataclasses.replace(here, old=s.slot_id, new=block.slot_id),
                *_speaker_changes(old, new, s.speakers, t.speakers, here),
            ]
            drop |= {("removed", s.slot_id, "", "start"), ("retitled", s.slot_id, "", "title")}
            drop |= {("speaker_removed", s.slot_id, "", p) for p in s.speakers}
            continue
        here = Change("became_slot", slot_id=s.slot_id, slot=heading_text(new, s), field="slot_id")
        was = ("added", s.slot_id, "", "start") if not old.has_slot(s.slot_id) else ("retitled", s.slot_id, "", "title")
        replace[was] = [
            dataclasses.replace(here, talk_id=t.talk_id, old=t.slot_id, new=s.slot_id),
            *_speaker_changes(old, new, t.speakers, s.speakers, here),
        ]
        drop.add(("talk_removed", t.slot_id, t.talk_id, "title"))
        drop |= {("speaker_added", s.slot_id, "", p) for p in s.speakers}
    out: list[Change] = []
    for c in changes:
        key = (c.change, c.slot_id, c.talk_id, c.person_id or c.field)
        if key in replace:
            out += replace.pop(key)
        elif key not in drop:
            out.append(c)
    return out


def renewed(old: Release, new: Release, found: Sequence[Fold] | None = None) -> dict[str, Slot]:
    """The slots of ``new`` that are a slot of ``old`` under a new id (``new_id``), matched by
    evidence, never guessed: the slot of ``old`` is gone (its id not in ``new``), the slot of
    ``new`` is new, both name the same speakers (one or more, the same ids in the same order),
    they are the only such removed and added slots naming them, and neither is in a
    :func:`folds` (a talk of a block; ``found``, when the caller has them): new slot id -> the
    slot of ``old``. A slot naming no speaker is never matched: a time or a label alone is no
    evidence of the same row."""
    folded = {f.slot.slot_id for f in (folds(old, new) if found is None else found)}
    gone: dict[tuple[str, ...], list[Slot]] = {}
    for s in old.slots:
        if s.speakers and not new.has_slot(s.slot_id) and s.slot_id not in folded:
            gone.setdefault(s.speakers, []).append(s)
    came: dict[tuple[str, ...], list[Slot]] = {}
    for s in new.slots:
        if s.speakers and not old.has_slot(s.slot_id) and s.slot_id not in folded:
            came.setdefault(s.speakers, []).append(s)
    return {
        found[0].slot_id: was[0]
        for speakers, found in came.items()
        for was in [gone.get(speakers, [])]
        if len(found) == 1 and len(was) == 1
    }


def compare(old: Release, new: Release) -> list[Change]:
    """Every change from release ``old`` to release ``new``, slot by slot in the order of the
    day (a removed slot where it used to be), the edition's own changes first; a slot's talk
    that became a talk of a block, or the reverse, is one change (:func:`folds`). A list ``old``
    gives and ``new`` does not (:func:`not_listed`: the schedule, with its talks and materials;
    the accepted papers, with their authors and links) is not compared: ``new`` does not say
    they went."""
    people = _person_changes(old, new)
    unlisted = not_listed(old, new)
    changes = [*_workshop_changes(old, new), *people.pop("", []), *_role_changes(old, new)]
    changes += [*_text_link_changes(old, new, "people"), *_text_link_changes(old, new, "roles")]
    if "papers" not in unlisted:
        changes += [*_paper_changes(old, new), *_paper_link_changes(old, new), *_text_link_changes(old, new, "papers")]
    if "slots" in unlisted:
        return changes  # its people's changes are all under "" above: the new release has no slot
    old_slots = {s.slot_id: s for s in old.slots}
    new_ids = {s.slot_id for s in new.slots}
    found_folds = folds(old, new)
    same_row = renewed(old, new, found_folds)
    was_renewed = {a.slot_id for a in same_row.values()}
    old_at, new_at = _in_order(old), _in_order(new)
    groups: list[tuple[tuple[dt.datetime, int], int, list[Change]]] = []
    for s in old.slots:
        if s.slot_id not in new_ids:
            gone = Change(
                "removed", slot_id=s.slot_id, slot=heading_text(old, s), field="start", old=when(old, s.start)
            )
            talks = list(_talk_changes(old, new, s.slot_id))
            found = [gone] if s.slot_id not in was_renewed else []  # said as new_id, where it came
            groups.append((old_at[s.slot_id], 0, [*found, *talks, *_material_changes(old, new, s.slot_id)]))
    for index, s in enumerate(new.slots, start=1):
        a = old_slots.get(s.slot_id)
        if s.slot_id in same_row:
            was = same_row[s.slot_id]
            here = Change("new_id", slot_id=s.slot_id, slot=heading_text(new, s), field="slot_id")
            found = [dataclasses.replace(here, old=was.slot_id, new=s.slot_id), *_slot_changes(old, new, was, s)]
        elif a is None:
            found = [
                Change("added", slot_id=s.slot_id, slot=heading_text(new, s), field="start", new=when(new, s.start))
            ]
        else:
            found = list(_slot_changes(old, new, a, s))
        found += people.get(s.slot_id, []) + list(_talk_changes(old, new, s.slot_id))
        found += _material_changes(old, new, s.slot_id)
        groups.append((new_at[s.slot_id], index, found))
    for _, _, found in sorted(groups, key=lambda g: (g[0], g[1])):
        changes.extend(found)
    return _folded(old, new, changes, found_folds)


# -- the DataFrame --------------------------------------------------------------------------


def to_frame(changes: Iterable[Change], tz: str | None = None, zone: str = "UTC") -> pd.DataFrame:
    """The changes as a DataFrame: :data:`COLUMNS`, every one ``string`` (``<NA>`` for none)
    but ``change``, an ordered categorical over :data:`CHANGES`; times in ``tz`` when given
    (:func:`as_text`); then :data:`TIME_COLUMNS`, a time's ``old`` and ``new`` typed
    (``datetime64[s, zone]``, ``NaT`` where the value is no time), and :data:`DURATION_COLUMNS`,
    a length's (``timedelta64[s]``, ``NaT`` where the value is no length)."""
    import pandas as pd

    from .loaders import utc_seconds

    rows = list(changes)
    df = pd.DataFrame(
        {c: pd.Series([as_text(getattr(r, c), tz) or pd.NA for r in rows], dtype="string") for c in COLUMNS},
        columns=list(COLUMNS),
    )
    df["change"] = pd.Categorical([r.change for r in rows], categories=list(CHANGES), ordered=True)
    for column, value in TIME_COLUMNS.items():
        df[column] = utc_seconds([time_value(getattr(r, value)) for r in rows]).tz_convert(zone)
    for column, value in DURATION_COLUMNS.items():
        df[column] = pd.Series([duration_value(getattr(r, value)) for r in rows], dtype="timedelta64[s]")
    return df


def diff(
    edition: str, old: str, new: str = LATEST, data_dir: str | os.PathLike[str] | None = None, *, tz: str | None = None
) -> pd.DataFrame:
    """The changes from release ``old`` to release ``new`` of ``edition``, one row per change.

    Parameters
    ----------
    edition:
        The edition, e.g. ``"neurips2024"``.
    old, new:
        Release names (``"latest"`` is the newest).
    data_dir:
        A data directory of your own (default: ``$WORKSHOP_DATA_DIR``, else the shipped data).
    tz:
        IANA time zone for the times, as the loaders' and ``workshop-data diff --tz``
        (default: the venue's; :func:`workshop_data.loaders.shown_zone`).

    Returns
    -------
    pandas.DataFrame
        One row per change. Every column from ``slot_id`` to ``new`` but ``change`` holds strings,
        ``<NA>`` where there is none (an id where the change is not of such a thing); times ISO 8601
        with the offset of ``tz`` (default: the venue's), durations ISO 8601. Columns
        (:data:`~workshop_data.changes.DIFF_COLUMNS`, :data:`~workshop_data.changes.COLUMNS`, then
        :data:`~workshop_data.changes.TYPED_COLUMNS`):

        - ``edition``: the edition, the ordered category of every edition of the data directory, as
          ``load_schedule("all")`` and :func:`workshop_data.editions` have it, so that the diffs of
          several editions concatenate and group in the years' order:
          ``pd.concat([wd.diff(e, a, b) for e, a, b in spans]).groupby("edition", observed=True)``.
        - ``old_release`` and ``new_release``: the two releases' names (``string``), as ``attrs``
          has them (``"latest"`` resolved).
        - ``slot_id``: the slot changed, or the slot of the talk changed.
        - ``slot``: how a reader knows that slot, e.g. ``"Keynote: Jeff Dean"``, with its part of
          the program and the start of the slot it repeats where it has them: ``"Break — Run 2
          (repeated), repeats Run 1's at 10:25"`` (``workshop_data.words.slot_heading``).
        - ``talk_id``: the talk inside the slot changed.
        - ``person_id``: the person changed (a name, an affiliation, a role).
        - ``paper_id``: the accepted paper changed (added, removed, its title, authors or links).
        - ``change``: what changed, an ordered categorical (:data:`~workshop_data.changes.CHANGES` says what
          each means).
        - ``field``: the field that changed, e.g. ``start``, ``title``, ``affiliations``.
        - ``old`` and ``new``: its value before and after (``<NA>``: none, e.g. ``old`` of an
          addition).
        - ``old_time`` and ``new_time``: ``old`` and ``new`` typed where they are times (a slot
          ``added``, ``removed`` or ``moved``, a ``talk_time_changed``): tz-aware
          (``datetime64[s, tz]``, in ``tz``, default the venue's zone), ``NaT`` where the value is
          not known or is no time. How far each slot moved, in minutes:
          ``m = df[df.change == "moved"]; (m.new_time - m.old_time).dt.total_seconds() / 60``.
          Several editions' diffs concatenate with these typed when asked in one zone, as the
          loaders' several editions are: ``tz="UTC"`` (venues in two zones would make them
          ``object`` columns); :func:`workshop_data.venue_times` then reads each row on its
          venue's clock.
        - ``old_duration`` and ``new_duration``: ``old`` and ``new`` typed where they are a slot's
          lengths (``duration_changed``): ``timedelta64[s]``, ``NaT`` where the length is not known
          (an end not printed) or the change is of something else. How much each slot lost, in
          minutes: ``d = df[df.change == "duration_changed"]; (d.old_duration -
          d.new_duration).dt.total_seconds() / 60``.

        ``attrs`` holds ``edition``, ``old``, ``new``, ``timezone`` (the times' zone: ``tz``, else the venue's),
        ``not_compared`` (:func:`~workshop_data.changes.not_compared`: what one of the two releases does not record,
        e.g. ``["roles", "papers"]`` of schema 1.0.0) and ``not_listed`` (:func:`~workshop_data.changes.not_listed`:
        the lists ``old`` gives and ``new`` does not, which are not compared, e.g. ``["slots"]``).
    """
    import pandas as pd

    from .defaults import ALL
    from .loaders import edition_dtype, load_release, shown_zone
    from .store import resolve_editions

    if tz is not None:
        check_timezone(tz)  # before any release is read
    before = load_release(edition, old, data_dir)
    after = load_release(edition, new, data_dir)
    zone = shown_zone(tz, after.workshop.timezone)
    df = to_frame(compare(before, after), tz, zone)
    # DIFF_COLUMNS: the edition, the category of every edition (as load_schedule("all")), and the releases
    editions = pd.Series([after.edition] * len(df), dtype=edition_dtype(resolve_editions(ALL, data_dir)))
    names = (before.name, after.name)
    df.insert(0, DIFF_COLUMNS[0], editions)
    for index, (column, name) in enumerate(zip(DIFF_COLUMNS[1:], names, strict=True), start=1):
        df.insert(index, column, pd.Series([name] * len(df), dtype="string"))
    df.attrs.update(
        edition=edition,
        old=before.name,
        new=after.name,
        timezone=zone,
        not_compared=not_compared(before, after),
        not_listed=not_listed(before, after),
    )
    return df


def history(
    edition: Editions = DEFAULT_EDITION, data_dir: str | os.PathLike[str] | None = None, *, tz: str | None = None
) -> pd.DataFrame:
    """Every change across an edition's releases: each release against the one before it.

    ``tz``: IANA time zone for the changes' times, as the loaders' and ``workshop-data history
    --tz`` (default: each release's venue's offset; :func:`workshop_data.loaders.shown_zone`).

    ``edition`` as the loaders take it: a name, ``None`` for the newest, or several (a list, or
    ``"all"``: every edition), whose histories are stacked with an ``edition`` column first, the
    loaders' ordered category of the editions, oldest first
    (:func:`workshop_data.loaders.edition_dtype`).

    Each edition is read once (:func:`workshop_data.load_edition`), so the whole history
    costs one read of each release, not two per pair as :func:`diff` in a loop would.

    Returns
    -------
    pandas.DataFrame
        ``release`` (the release a change first appears in, ``string``) and ``published``
        (its time, UTC), then :func:`diff`'s columns from ``slot_id`` on
        (:data:`~workshop_data.changes.COLUMNS`, then :data:`~workshop_data.changes.TYPED_COLUMNS`:
        ``old_time`` and ``new_time`` in ``tz``, else the venue's zone of the newest release, or
        UTC with several editions, as the loaders' times, and ``old_duration`` and
        ``new_duration``, a length's). The first release has no row: it is
        the starting point. ``attrs`` holds ``edition``, ``timezone`` (``tz``, else the
        venue's, of the newest release), ``day`` (the workshop's date in the newest release as ISO
        8601 text, ``"2024-12-15"``, or ``None``: every value in ``attrs`` is JSON, which
        ``to_parquet`` writes them as),
        ``not_compared``: by release, what its comparison with the one before left out
        (:func:`~workshop_data.changes.not_compared`), for the releases where that is not nothing, and
        ``compared_since``: by release, what the one before does not record and was
        compared with the last release that does instead (``{"since": name, "items": [...]}``;
        :class:`~workshop_data.changes.Step`): 2024-11-20.1742's speaker bios, against 2024-11-18.1748, as the pinned
        2024-11-20 between them holds none. With several editions, ``attrs`` holds
        ``editions`` (their names, oldest first) and ``by_edition``: each edition's ``attrs``
        as one edition's history gives them.
    """
    from .loaders import several_editions, stacked_editions

    if tz is not None:
        check_timezone(tz)  # before any release is read
    if not several_editions(edition):
        return _history(edition if isinstance(edition, str) else None, data_dir, tz, several=False)
    return stacked_editions(edition, data_dir, lambda name: _history(name, data_dir, tz, several=True))


def _history(
    edition: str | None, data_dir: str | os.PathLike[str] | None, tz: str | None, *, several: bool
) -> pd.DataFrame:
    """:func:`history` of one edition (``None``: the newest); ``several``: stacked with others."""
    import pandas as pd

    from .loaders import load_edition, shown_zone, utc_seconds

    ed = load_edition(edition, data_dir)
    # one zone for the typed times: tz, else the venue's, or UTC where several editions stack
    zone = tz or ("UTC" if several else ed.latest.workshop.timezone)
    frames = []
    unseen: dict[str, list[str]] = {}
    caught_up: dict[str, dict[str, object]] = {}
    for step in steps(ed.releases):
        after = step.after
        if step.not_compared:
            unseen[after.name] = list(step.not_compared)
        if step.since is not None:
            caught_up[after.name] = {"since": step.since.name, "items": list(step.caught_up_items)}
        df = to_frame(step.all_changes, tz, zone)
        df.insert(0, "published", utc_seconds([after.published] * len(df)))
        df.insert(0, "release", pd.Series([after.name] * len(df), dtype="string"))
        frames.append(df)
    out = pd.concat(frames, ignore_index=True) if frames else to_frame([], tz, zone)
    if not frames:
        out.insert(0, "published", utc_seconds([]))
        out.insert(0, "release", pd.Series([], dtype="string"))
    out["change"] = pd.Categorical(out["change"], categories=list(CHANGES), ordered=True)
    newest = ed.latest.workshop
    out.attrs.update(
        edition=ed.name,
        timezone=shown_zone(tz, newest.timezone),
        day=newest.date.isoformat() if newest.date is not None else None,
        not_compared=unseen,
        compared_since=caught_up,
    )
    return out


# -- in words -------------------------------------------------------------------------------


def minutes(length: Value) -> str:
    """A duration of a change in words: 70 minutes -> ``"70 min"``; unknown -> ``"unknown"``."""
    if not isinstance(length, dt.timedelta):
        return UNKNOWN
    return f"{int(length.total_seconds()) // 60} min"


#: The heading of the changes of no slot that are the edition's own facts (venue, contact…).
EDITION_HEADING = "The edition"
#: The heading of the changes of no slot that are its papers' and people's: roles, papers, and
#: people who speak in no slot (an organizer's affiliation, an author's name).
PEOPLE_HEADING = "Papers and people"


def group_of(change: Change) -> str:
    """Where a change is listed: :data:`PEOPLE_HEADING` for a role's or a paper's, else its slot's
    id, else :data:`PEOPLE_HEADING` for a person's (who speaks in no slot), else
    :data:`EDITION_HEADING`. One home for the diff's table and the changelog: a person's change
    listed under the edition's facts read as one of the edition's (ISCA 2019's six organizers
    moving to Google Research were six lines 'affiliation: Google Brain → Google Research' under
    'The edition')."""
    if change.paper_id or change.change.startswith("role_"):
        return PEOPLE_HEADING
    if change.slot_id:
        return change.slot_id
    return PEOPLE_HEADING if change.person_id else EDITION_HEADING


def find_slot(slot_id: str, old: Release, new: Release) -> tuple[Release, Slot]:
    """The slot (and the release it is taken from): as in ``new``, else as it was in ``old``."""
    release = new if new.has_slot(slot_id) else old
    return release, release.slot(slot_id)


def listed_slot(change: Change, old: Release, new: Release) -> tuple[Release, Slot] | None:
    """The slot a change is listed under (:func:`group_of`), and the release it is taken from
    (:func:`find_slot`); None when it is listed under :data:`EDITION_HEADING` or
    :data:`PEOPLE_HEADING`."""
    if group_of(change) in (EDITION_HEADING, PEOPLE_HEADING):
        return None
    return find_slot(change.slot_id, old, new)


@overload
def phrase(change: Change, old: Release, new: Release) -> list[Part]: ...
@overload
def phrase(change: Change, old: Release, new: Release, address: Callable[[str], VisitorPart]) -> list[VisitorPart]: ...
def phrase(
    change: Change, old: Release, new: Release, address: Callable[[str], VisitorPart] = str
) -> Sequence[VisitorPart]:
    """One change in words, as text and aware times (venue's zone) for the caller to show; an
    address a change is about (a material's, a paper's other link's, a text link's) is a part of
    its own, as ``address`` shows it: printed (the command line's and the DataFrame's, the
    default), or linked words (the site's changelog: :func:`visitor_words`)."""
    c, o, n = change.change, change.old, change.new
    if c in _ADDRESSED:
        return _addressed_words(change, old, new, address)
    if c == "added":
        return ["added, at ", n] if isinstance(n, dt.datetime) else [f"added, time {UNKNOWN}"]
    if c == "removed":
        return ["removed (was at ", o, ")"] if isinstance(o, dt.datetime) else [f"removed (its time was {UNKNOWN})"]
    if c == "moved" and isinstance(o, dt.datetime) and isinstance(n, dt.datetime):
        return _move_words(o, n)
    if c == "moved" and isinstance(n, dt.datetime):
        return ["time now known: ", n, f" (was {UNKNOWN})"]
    if c == "moved" and isinstance(o, dt.datetime):
        return [f"time now {UNKNOWN} (was ", o, ")"]
    if c == "talk_time_changed":
        bound = "start" if change.field in ("start", "talk_start") else "end"
        # a talk's own time (a spotlight's), or the other time the page prints for a slot's talk
        words = f"talk's own {bound}{_of_talk(old, new, change.talk_id)}" if change.talk_id else f"{bound} also printed"
        return [
            f"{words}: ",
            o if isinstance(o, dt.datetime) else "none",
            " → ",
            n if isinstance(n, dt.datetime) else "none",
        ]
    if c == "talk_moved":
        release, block = find_slot(str(o), old, new)
        title = _title(new, change.talk_id)
        at = when(release, block.start)
        return [f"talk moved here from {slot_name(release, block)} (", at if at else UNKNOWN, f"): “{title}”"]
    if c in ("became_talk", "became_slot"):
        return _fold_words(change, old, new)
    if c == "new_id":
        was = old.slot(str(o))
        return [
            f"the row of {slot_name(old, was)} (",
            when(old, was.start) or UNKNOWN,
            "), the same speakers, now under a new id",
        ]
    if c == "duration_changed":
        return _length_words(change, old, new)
    o, n = as_text(o), as_text(n)
    texts = {
        "workshop_changed": lambda: (
            f"{field_label('workshop', change.field)}: {shown(change.old)} → {shown(change.new)}"
        ),
        "kind_changed": lambda: f"now {'an' if n[:1] in 'aeiou' else 'a'} {n} slot (was {o})",
        "speaker_added": lambda: f"speaker added: {n}",
        "speaker_removed": lambda: f"speaker removed: {o}",
        "speaker_renamed": lambda: f"name corrected: {o} → {n}",
        "affiliation_changed": lambda: (
            f"{new.person(change.person_id).name}: affiliation: {o or 'none'} → {n or 'none'}"
        ),
        "talk_added": lambda: f"talk added: “{n}”",
        "talk_removed": lambda: f"talk removed: “{o}”",
        "talk_reordered": lambda: (
            f"talk now {_ordinal(int(n))} (was {_ordinal(int(o))}): “{_title(new, change.talk_id)}”"
        ),
        "talk_retitled": lambda: f"talk retitled: “{o}” → “{n}”",
        "part_changed": lambda: (
            f"{'part of the program' if change.field == 'part' else 'repeats slot'}: {_quoted(o)} → {_quoted(n)}"
        ),
        "delivery_changed": lambda: (
            f"{DELIVERY_LABEL}{_of_talk(old, new, change.talk_id)}: {_quoted(o)} → {_quoted(n)}"
        ),
        "presentation_changed": lambda: (
            f"{field_label('talks', 'presentation')}{_of_talk(old, new, change.talk_id)}: {_quoted(o)} → {_quoted(n)}"
        ),
        "event_title_changed": lambda: f"{field_label('slots', 'event_title')}: {_quoted(o)} → {_quoted(n)}",
        "paper_added": lambda: f"paper added: “{n}”",
        "paper_removed": lambda: f"paper removed: “{o}”",
        "paper_changed": lambda: _paper_words(change, old, new),
        "role_added": lambda: f"{n}: now {change.field}",
        "role_removed": lambda: f"{o}: no longer {change.field}",
        "role_reordered": lambda: (
            f"{new.person(change.person_id).name}: now {_ordinal(int(n))} in {change.field or 'the list'} "
            f"(was {_ordinal(int(o))})"
        ),
        "role_changed": lambda: f"{new.person(change.person_id).name}: {_role_field(change.field, o, n)}",
        "person_changed": lambda: f"{new.person(change.person_id).name}: {_person_field(change.field, o, n)}",
    }
    if c in texts:
        return [texts[c]()]
    what = {"label_changed": "label", "retitled": "retitled", "text_changed": "text", "status_changed": "status"}
    return [f"{what.get(c, change.field)}: {_quoted(o)} → {_quoted(n)}"]


#: Changes the site's changelog, written for people, leaves out, as ``(change, field)``: the old
#: pages' anchors a speaker is found by (``people.anchor``), which no page shows ("old page's
#: anchor for the speaker's talk: jacques_talk → jaques_talk"); a link to the old page's anchor
#: still lands on its speaker (:func:`workshop_data.sphinxext.legacy.old_anchor`). ``workshop-data
#: diff``, :func:`diff` and :func:`history` keep every change; the changelog says how many it
#: left out (:func:`left_out_sentence`).
NOT_FOR_VISITORS = frozenset({("person_changed", "anchor")})


def for_visitors(changes: Iterable[Change]) -> tuple[list[Change], list[Change]]:
    """The changes the site's changelog lists, and those it leaves out (:data:`NOT_FOR_VISITORS`),
    each in the order given. A group's new order is one change, its first: its words say the
    group's (:func:`_order_words`); the others are said with it, neither listed nor left out."""
    shown: list[Change] = []
    left: list[Change] = []
    reordered: set[str] = set()
    for c in changes:
        if c.change == "role_reordered":
            if c.field in reordered:
                continue
            reordered.add(c.field)
        (left if (c.change, c.field) in NOT_FOR_VISITORS else shown).append(c)
    return shown, left


def left_out_sentence(left: Sequence[Change]) -> str:
    """What the site's changelog says of the changes it leaves out (:func:`for_visitors`): "Also
    changed: where 2 links into the old site's pages land (workshop-data diff lists them)."; empty
    where it leaves none out."""
    if not left:
        return ""
    n = len(left)
    where = (
        "where 1 link into the old site's pages lands" if n == 1 else f"where {n} links into the old site's pages land"
    )
    return f"Also changed: {where} (workshop-data diff lists {'it' if n == 1 else 'them'})."


def visitor_words(change: Change, old: Release, new: Release) -> list[VisitorPart]:
    """One change in the words of the site's changelog, written for people: :func:`phrase`'s (the
    command line's and the DataFrame's, which keep every address), but an address said as linked
    words rather than printed (:func:`_holds_urls`): a photo or a paper's PDF "Natasha Jacques:
    photo changed" ("photo" linked to the new one; it read "photo: https://…/jacques.jpeg →
    https://…/jacques.jpg"); a person's profile links and the links printed with a role each by
    its address, "Amir Yazdanbakhsh: profile link added: twitter.com/ayazdanb; profile link
    removed: www.cc.gatech.edu/~ayazdanb" (each linked); a material, a paper's other link or a
    link in a bio's or an abstract's words in :func:`phrase`'s words, its address linked ("slides
    linked: mlforsystems.org/…/talk.pptx": ``phrase``'s ``address``, the one way an address is
    shown)."""
    resource, field = _resource_of(change)
    if change.change in ("person_changed", "role_changed", "paper_changed") and _holds_urls(resource, field):
        return _url_field_words(change, old, new, resource)
    if change.change == "person_changed" and field == "link_labels":
        return _link_label_words(change, old, new)
    if change.change in ("role_added", "role_removed"):
        return [_role_words(change, old, new)]
    if change.change == "role_reordered":
        return [_order_words(change.field, old, new)]
    return phrase(change, old, new, _linked_address)


def _order_words(group: str, old: Release, new: Release) -> str:
    """The new order of the roles under ``group`` as a visitor reads it, one line for the group
    (:func:`for_visitors`), headed as the site heads it (:func:`~workshop_data.words.listed_under`):
    the one person who moved, where only one did ("Speakers listed in a new order: Jeff Dean now
    first (was last)", NeurIPS 2022: it read "Jeff Dean: now 1st in Schedule (was 5th)" and four
    lines more, "Dawn Song: now 2nd in Schedule (was 1st)"…, "Schedule" the old page's heading,
    which the site shows nowhere), else the whole new order, and the old. Among the roles both
    releases have (:func:`_role_order_changes`); a place is the person's in the whole group."""
    common = _keys(old) & _keys(new)
    lists = [_listed(release, group) for release in (old, new)]
    before, after = ([key for key in listed if key in common] for listed in lists)
    heading = listed_under(after[0][1] if after else "", group)
    moved = next((k for k in after if [x for x in before if x != k] == [x for x in after if x != k]), None)
    if moved is not None:
        was, now = (_place(listed.index(moved) + 1, len(listed)) for listed in lists)
        return f"{heading} listed in a new order: {new.person(moved[0]).name} now {now} (was {was})"
    names = [", ".join(new.person(key[0]).name for key in keys) for keys in (after, before)]
    return f"{heading} listed in a new order: {names[0]} (was {names[1]})"


def _listed(release: Release, group: str) -> list[tuple[str, str, str]]:
    """The roles under ``group`` as (person, role, group), in the order the pages list them, each once."""
    return list(
        dict.fromkeys(
            (r.person_id, r.role, r.group) for r in sorted(release.roles, key=lambda r: r.order) if r.group == group
        )
    )


def _place(rank: int, count: int) -> str:
    """A place in a list of ``count``: "first", "last", else "3rd"."""
    return "first" if rank == 1 else "last" if rank == count else _ordinal(rank)


def _holds_urls(resource: str, field: str) -> bool:
    """Whether field ``field`` of ``resource`` holds addresses (its schema pattern is a URL's)."""
    found = RESOURCES_BY_NAME.get(resource)
    return any(f.name == field and f.pattern == URL_PATTERN for f in (found.fields if found else ()))


def _url_field_words(change: Change, old: Release, new: Release, resource: str) -> list[VisitorPart]:
    """A change of a field holding one address or several (:func:`visitor_words`), the person or
    paper named first. A role's links are those its line prints: with none of its own, the
    person's (:func:`~workshop_data.model.printed_with_role`; NeurIPS 2023's competition committee
    line printed Phitchaya Mangpo Phothilimthana's LinkedIn page, then another: "none → …" said
    that it printed no link)."""
    if resource == "papers":
        owner = f"paper “{_paper_title(old, new, change.paper_id)}”: "
    else:
        owner = f"{new.person(change.person_id).name}: "
    if isinstance(change.old, str) or isinstance(change.new, str):
        was, now = str(change.old or ""), str(change.new or "")
        verb = "added" if not was else "removed" if not now else "changed"
        return [owner, Linked(field_label(resource, change.field), now or was), f" {verb}"]
    before = change.old if isinstance(change.old, tuple) else ()
    after = change.new if isinstance(change.new, tuple) else ()
    noun = "profile link"
    if resource == "roles":
        before = printed_with_role(before, old.person(change.person_id).links)
        after = printed_with_role(after, new.person(change.person_id).links)
        noun = "link printed with the role"
    plural = noun.replace("link", "links", 1)
    words: list[VisitorPart] = [owner]
    for verb, urls in (
        ("added", [u for u in after if u not in before]),
        ("removed", [u for u in before if u not in after]),
    ):
        if not urls:
            continue
        if len(words) > 1:
            words.append("; ")
        words.append(f"{plural if len(urls) > 1 else noun} {verb}: ")
        for n, url in enumerate(urls):
            words += [", "] if n else []
            words.append(_linked_address(url))
    return words if len(words) > 1 else [owner, f"{plural} reordered"]


def _role_words(change: Change, old: Release, new: Release) -> str:
    """A role gained or lost, named as the site names it elsewhere
    (:func:`~workshop_data.words.role_label`): "Anna Goldie: role added: Program Committee",
    "Jeff Dean: role removed: Invited speaker" (it read "now committee", "no longer invited": the
    data's words). A change names the role's kind, not its committee: the person's roles of that
    kind the other release does not hold (one, in every shipped edition)."""
    added = change.change == "role_added"
    here, there = (new, old) if added else (old, new)
    kept = {(r.person_id, r.role, r.group) for r in there.roles}
    labels = dict.fromkeys(
        role_label(r)
        for r in here.roles
        if r.person_id == change.person_id and r.role == change.field and (r.person_id, r.role, r.group) not in kept
    )
    name = change.new if added else change.old
    return f"{name}: role {'added' if added else 'removed'}: {' and '.join(labels) or change.field}"


def _link_label_words(change: Change, old: Release, new: Release) -> list[VisitorPart]:
    """A change of the words a page shows as a person's profile links (``link_labels``), each
    link by its address: "Bryan Perozzi: profile link twitter.com/phanein shown as “@phanein”",
    "… shown as “@MimeeXu” (was “@xxu?”)", "… no longer shown as “website”" (it read "profile
    links' words: none → @phanein", the schema's label, as the command line's diff keeps it; and
    Phitchaya Mangpo Phothilimthana's second LinkedIn page "LinkedIn → LinkedIn; LinkedIn")."""
    was, now = (
        printed_words(r.person(change.person_id).links, r.person(change.person_id).link_labels) for r in (old, new)
    )
    words: list[VisitorPart] = [f"{new.person(change.person_id).name}: "]
    for url in [*now, *(u for u in was if u not in now)]:
        before, after = was.get(url, ""), now.get(url, "")
        if before == after:
            continue
        shown = (
            f" shown as “{after}”" + (f" (was “{before}”)" if before else "")
            if after
            else f" no longer shown as “{before}”"
        )
        words += ["; "] if len(words) > 1 else []
        words += ["profile link ", _linked_address(url), shown]
    return words if len(words) > 1 else [*words, "words shown for profile links reordered"]


def _linked_address(url: str) -> Linked:
    """An address as the site's changelog shows it: its :func:`_address`, linked to it."""
    return Linked(_address(url), url)


def _address(url: str) -> str:
    """A URL as a reader names it: without its scheme and a last ``/`` (``twitter.com/ayazdanb``)."""
    return url.split("://", 1)[-1].rstrip("/") or url


def _move_words(old: dt.datetime, new: dt.datetime) -> list[Part]:
    """A move in words: "moved 13:00 → 10:40"; a move by whole days at the same time of day "moved
    1 day later, still at 09:00 (was Sun 12 Dec 09:00)" (NeurIPS 2021's day moved from 12 to 13
    December: its slots read "moved Sun 12 Dec 09:00 → 09:00", the time shown twice the same)."""
    wall = new.replace(tzinfo=None) - old.replace(tzinfo=None)
    if wall % dt.timedelta(days=1) or not wall:
        return ["moved ", old, " → ", new]
    days = abs(wall.days)
    return [
        f"moved {days} day{'s' if days > 1 else ''} {'later' if wall.days > 0 else 'earlier'}, still at ",
        new,
        " (was ",
        old,
        ")",
    ]


def _length_words(change: Change, old: Release, new: Release) -> list[Part]:
    """A ``duration_changed`` in words: "duration 60 min → 50 min" where the page prints both ends;
    where one of the two is no end the page printed (``end_derived``), the end, said as such:
    "ends when the next slot starts: 13:50 → 14:10" (NeurIPS 2023's Atlas Wang, whose next slot
    was withdrawn: "duration 20 min → 40 min" claimed a length the page never gave)."""
    b = new.slot(change.slot_id)
    a = old.slot(change.slot_id) if old.has_slot(change.slot_id) else renewed(old, new)[change.slot_id]
    if not (a.end_derived or b.end_derived):
        return [f"duration {minutes(change.old)} → {minutes(change.new)}"]
    before: Part = when(old, a.end) or UNKNOWN
    after: Part = when(new, b.end) or UNKNOWN
    if a.end_derived and b.end_derived:
        return [f"{NEXT_SLOT_END}: ", before, " → ", after]
    if a.end_derived:  # the page now prints its end, or the next slot's start is unknown
        was: list[Part] = [" (was when the next slot started, ", before, ")"]
        return ["end now printed: ", after, *was] if b.end is not None else [f"end now {UNKNOWN}", *was]
    if a.end is None:
        return [f"{NEXT_SLOT_END}: ", after, f" (was {UNKNOWN})"]
    return [f"end no longer printed: {NEXT_SLOT_END}, ", after, " (was ", before, ")"]


def _fold_words(change: Change, old: Release, new: Release) -> list[Part]:
    """A ``became_talk`` or ``became_slot`` in words: "the talk of Spotlight: Peter Akioyamen
    (11:00) is now its 2nd talk: “…”", "its own talk is now its 1st talk: “…”", "was the 2nd talk
    of Contributed Talks (10:50): “…”", "its 1st talk is now its own: “…”"."""
    was, now = str(change.old), str(change.new)
    if change.change == "became_talk":
        talk = new.talk(change.talk_id)
        place = f"its {_ordinal(talk.order)} talk: “{talk.title}”"
        if was == now:
            return [f"its own talk is now {place}"]
        slot = old.slot(was)
        return [f"the talk of {_short_name(old, slot)} (", when(old, slot.start) or UNKNOWN, f") is now {place}"]
    talk = old.talk(change.talk_id)
    if was == now:
        return [f"its {_ordinal(talk.order)} talk is now its own: “{talk.title}”"]
    block = old.slot(was)  # as it was when the talk was its
    at = when(old, block.start) or UNKNOWN
    return [f"was the {_ordinal(talk.order)} talk of {slot_name(old, block)} (", at, f"): “{talk.title}”"]


def _short_name(release: Release, slot: Slot) -> str:
    """:func:`~workshop_data.words.slot_name` without the title where the slot has a label or
    speakers to go by (a
    title is said once: "the talk of Teodor Vanislavov Marinov (14:30) is now its 2nd talk:
    “Scalable RL…”", not the title, his name, then the title again)."""
    return label_and_speakers(release, slot) or slot_name(release, slot)


def describe(change: Change, old: Release, new: Release, tz: str | None = None) -> str:
    """One change in words, times as ``HH:MM`` in ``tz`` (default: the venue's zone), with the
    date when it is not the workshop's day there."""
    zone = tz or new.workshop.timezone
    return said(phrase(change, old, new), zone, workshop_day(new, zone))


#: How a long text's change is worded: that it changed, not the texts (they are in ``old``/``new``).
_LONG = frozenset({"bio", "talk_abstract", "abstract"})


def shown(value: Value) -> str:
    """A change's value as a visitor reads it, not as the data writes it (:func:`as_text`): a day
    ``Sunday 15 December 2024`` (:func:`~workshop_data.timeutil.day_text`), a duration ``70 min``,
    several names joined by ``"; "``, ``none`` for no value. A time is a :data:`~workshop_data.words.Part` of
    the words, shown in the zone the reader chose (:func:`~workshop_data.words.said`)."""
    if value is None or value == "" or value == ():
        return "none"
    if isinstance(value, dt.datetime):
        return clock(value)
    if isinstance(value, dt.date):
        return day_text(value)
    if isinstance(value, dt.timedelta):
        return minutes(value)
    return as_text(value)


def _long_text(what: str, old: str, new: str) -> str:
    """A long text's change said, not printed: "bio added", "abstract changed"."""
    return f"{what} {'added' if not old else 'removed' if not new else 'changed'}"


def _role_field(field: str, old: str, new: str) -> str:
    what = field_label("roles", field)
    return _long_text(what, old, new) if field in _LONG else f"{what}: {_quoted(old)} → {_quoted(new)}"


def _person_field(field: str, old: str, new: str) -> str:
    what = field_label("people", field)
    return _long_text(what, old, new) if field in _LONG else f"{what}: {old or 'none'} → {new or 'none'}"


def _paper_words(change: Change, old: Release, new: Release) -> str:
    """A paper's change, the paper named by its title: "paper retitled: “…” → “…”", "paper
    “Title”: abstract added" (a long text is said to change, not printed), "paper “Title”: pdf
    url: “…” → “…”"."""
    o, n = as_text(change.old), as_text(change.new)
    if change.field == "title":
        return f"paper retitled: {_quoted(o)} → {_quoted(n)}"
    title = _paper_title(old, new, change.paper_id)
    what = field_label("papers", change.field)
    if change.field in _LONG:
        return f"paper “{title}”: {_long_text(what, o, n)}"
    return f"paper “{title}”: {what}: {_quoted(o)} → {_quoted(n)}"


#: The changes about an address (:func:`_addressed_words`), which :func:`phrase` gives as a part.
_ADDRESSED = frozenset(
    {"material_added", "material_removed", "paper_link_added", "paper_link_removed", "text_link_changed"}
)


def _addressed_words(
    change: Change, old: Release, new: Release, address: Callable[[str], VisitorPart]
) -> list[VisitorPart]:
    """A change about an address in words, the address as ``address`` shows it: a material
    "slides linked: https://…", "paper no longer linked for “Title”: https://…" ("linked", not
    "added": a material is a link the slot prints, and "paper added: “Title”" is an accepted paper
    of the edition), a paper's other link "paper “Title”: code linked: https://…", a text link
    (:func:`_text_link_words`)."""
    if change.change == "text_link_changed":
        return _text_link_words(change, old, new, address)
    added = change.change.endswith("_added")
    url = str(change.new if added else change.old)
    linked = "linked" if added else "no longer linked"
    if change.paper_id:
        return [f"paper “{_paper_title(old, new, change.paper_id)}”: {change.field} {linked}: ", address(url)]
    return [f"{change.field} {linked}{_of_talk(old, new, change.talk_id)}: ", address(url)]


def _text_link_words(
    change: Change, old: Release, new: Release, address: Callable[[str], VisitorPart]
) -> list[VisitorPart]:
    """A ``text_link_changed`` in words, the text named by its owner: "Song Han: talk abstract:
    “HAQ” linked: https://…", "…: “HAQ” no longer linked: https://…", "…: link “HAQ”: https://old →
    https://new", "…: linked words “HAQ” → “HAQ [2]” (https://…)"; each address as ``address``
    shows it (the command line's printed, the site's changelog's linked: :func:`visitor_words`)."""
    if change.paper_id:
        owner = f"paper “{_paper_title(old, new, change.paper_id)}”: {field_label('papers', change.field)}"
    else:
        owner = f"{new.person(change.person_id).name}: {field_label('roles', change.field)}"
    (words, url), (was_words, was_url) = (_link_of(change.new), _link_of(change.old))
    if not was_url:
        return [f"{owner}: “{words}” linked: ", address(url)]
    if not url:
        return [f"{owner}: “{was_words}” no longer linked: ", address(was_url)]
    if words == was_words:
        return [f"{owner}: link “{words}”: ", address(was_url), " → ", address(url)]
    if url == was_url:
        return [f"{owner}: linked words “{was_words}” → “{words}” (", address(url), ")"]
    return [f"{owner}: link “{was_words}” (", address(was_url), f") → “{words}” (", address(url), ")"]


def _link_of(value: Value) -> tuple[str, str]:
    """A text link's (words, URL) as a change holds it; empty strings for no link."""
    return (value[0], value[1]) if isinstance(value, tuple) and len(value) == 2 else ("", "")


def _paper_title(old: Release, new: Release, paper_id: str) -> str:
    """The title of paper ``paper_id``, as in ``new``, else as it was."""
    return next(p.title for r in (new, old) for p in r.papers if p.paper_id == paper_id)


def _title(release: Release, talk_id: str) -> str:
    return release.talk(talk_id).title


def _of_talk(old: Release, new: Release, talk_id: str) -> str:
    """`` for “Title”`` of a talk of a block (as in ``new``, else as it was); empty for a slot's own."""
    if not talk_id:
        return ""
    found = next((t.title for r in (new, old) for t in r.talks if t.talk_id == talk_id), talk_id)
    return f" for “{found}”"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _quoted(text: str) -> str:
    return f"“{text}”" if text else "none"

"""frab / c3voc schedules of a release: ``schedule.xml`` and ``schedule.json``.

The format conference apps (Giggity, ConfClerk, EventFahrplan) and schedule servers (frab,
pretalx) share; the files validate against the c3voc XSD and JSON Schema. How the release
maps onto it:

* **days**: the dates (in the venue's zone, or ``tz``) on which slots start, in date order; a slot
  crossing midnight belongs to the day it starts; a day's events are in time order (a part of the
  program printed below another may come first: NeurIPS 2020's Run 2). A day starts with its first slot and ends at the
  latest moment its slots are known to reach (the last known end, or the last start when the
  last slot's end is unknown). ``days``/``daysCount`` count the days that have slots.
* **room**: one room, named after the venue (empty when the release gives no venue).
* **events**: one per slot, breaks and lunch included, but for a slot whose start the source
  does not give ("TBD"), which is left out: a frab event cannot exist without a ``date`` and
  ``start`` (:func:`~workshop_data.formats.events.is_event`); ``track`` is the slot's kind and
  ``type`` the conference site's type of its event where the page prints one (NeurIPS 2022's
  invited talks "Talk", its poster sessions "Break", as pretalx writes its submission type's name,
  :func:`~workshop_data.formats.events.event_type`), else the kind too; ``title`` is the
  slot's title (else its label); ``subtitle`` the label when the slot
  has a title; ``abstract`` the details (speakers' affiliations, the talks of a block, the
  status); ``persons`` the speakers and the presenters of its talks. The JSON event's
  ``description`` (frab's long text, a key frab always writes) is ``null``: the data has no
  talk descriptions (the details are the ``abstract``).
* **identifiers**: ``guid`` is ``uuid5`` of the edition and the slot id, stable across
  releases and runs; the integer ``id`` the schemas still require is taken from the GUID's
  leading bits (so it is stable too), moved to the next free number in the unlikely case two
  slots of a release meet. Each person has a ``guid`` (``uuid5`` of the edition and the person
  id) and an integer ``id`` made from it the same way (:func:`persons`): clients such as
  ConfClerk and schedule-convert tell speakers apart by that ``id`` alone (without it,
  ConfClerk shows no speaker and schedule-convert makes every speaker the first one). Person
  ids are stable across releases because person ids are (:mod:`workshop_data.identity`); they
  are numbered over all the people of the release, whatever ``kinds`` selects. The
  conference ``acronym`` is the edition id (characters other than ``a-z0-9_`` become ``_``).
* **times**: ``date`` is ISO 8601 with the UTC offset, ``start`` is HH:MM wall-clock time and
  ``duration`` HH:MM of real elapsed time (across a DST change too). ``timeslot_duration`` is
  the finest grid the times sit on (the greatest common divisor of their minutes past the
  hour and 60 minutes). frab times are whole minutes: a time with seconds is an error.
* **unknown end**: both schemas require a ``duration``; nothing in the data gives one, so the
  event gets ``00:00`` (no length), the JSON event has no ``end`` (optional there), and the
  abstract says "End time not given." — no duration is invented.
* **URLs**: with a ``base_url`` (the site's schedule page), each event's ``url`` is
  ``<base_url>#<slot_id>`` and the conference ``url`` is the page. Without one, the XML has
  no URLs (they are optional) and the JSON event ``url``, which its schema requires, is the
  event's ``urn:uuid:<guid>`` — an identifier, not a web page, and no guessed address.
* **links**: the materials of the slot's talk and of its block's talks (slides, recordings,
  papers) are the event's ``links`` (``<links><link href type>title</link></links>``; JSON
  ``links`` with the schema's ``type``: slides, paper, ``media`` for a recording, ``web`` for
  code, ``related`` otherwise), titled ``"Slides"``, or ``"Paper: <talk title>"`` for a talk
  of a block; then the links inside the abstract of the slot's talk (``related``, titled by
  their words: ``"AMC (in the abstract)"``; :meth:`~workshop_data.model.Release.abstract_links`).
* **withdrawn slots**: a slot an earlier release published and this one does not (the slots the
  iCalendar file cancels, :func:`~workshop_data.formats.events.withdrawn`) is not in the file:
  neither schema has a place for a cancelled event (the XSD's ``event`` is a closed ``xs:all``,
  the JSON Schema's ``Event`` allows no other property), and frab apps learn of it by its
  absence. EventFahrplan compares the schedule it fetches with the one it had by each event's
  ``id`` and flags the missing ones canceled; pretalx's own frab exports write the talks of the
  released schedule only, and say what was cancelled in its changelog, outside these files. So
  each slot keeps its ``guid`` and ``id`` in every release; an event written with a made-up
  "Cancelled" title would show as a talk still on. What became of a slot is
  ``workshop-data diff``'s (or the ``.ics``'s cancelled event's description).
* ``language`` is unknown (the JSON's required ``language`` is ``null``); the JSON
  ``time_zone_name`` is written when the zone's name fits the schema's pattern (e.g.
  ``America/Vancouver``, ``UTC``) and left out otherwise (e.g. ``Etc/GMT+5``): every time
  carries its offset anyway.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from ..defaults import VERSION
from ..encoding import json_text
from ..errors import DataValidationError, WorkshopDataError
from ..ids import slugify
from ..memo import Memo
from ..model import Release, Slot
from ..schema import SLOTS
from ..timeutil import check_timezone
from .events import (
    MaterialLink,
    check_base_url,
    description,
    event_type,
    material_links,
    person_guid,
    room_guid,
    selected_or_error,
    slot_guid,
    slot_url,
    speakers_of,
    title,
    utc,
)

GENERATOR = "workshop-data"
JSON_SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
#: The JSON Schema's pattern for ``time_zone_name``.
JSON_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
#: Characters XML 1.0 cannot carry.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
MAX_ID = 2**31 - 1
#: A material's kind as the JSON Schema's link ``type`` (its vocabulary: slides, paper, web, blog,
#: article, media, related, activitypub); the XML's free ``type`` takes the same.
JSON_LINK_TYPES = {
    "slides": "slides",
    "paper": "paper",
    "recording": "media",
    "poster": "related",
    "code": "web",
    "other": "related",
}


@dataclass(frozen=True)
class Speaker:
    """A person of an event: the name, and the two identifiers frab clients tell persons apart by."""

    name: str
    guid: uuid.UUID
    id: int


@dataclass
class Event:
    """One slot as a frab event (the fields both files share)."""

    slot: Slot
    guid: uuid.UUID
    id: int
    start: dt.datetime
    end: dt.datetime | None
    duration: str
    title: str
    subtitle: str
    abstract: str
    persons: list[Speaker]
    url: str | None
    links: list[MaterialLink] = field(default_factory=list)


@dataclass
class Day:
    """The events starting on one date."""

    index: int
    date: dt.date
    events: list[Event] = field(default_factory=list)

    @property
    def start(self) -> dt.datetime:
        """When the day's first event starts."""
        return self.events[0].start

    @property
    def end(self) -> dt.datetime:
        """The latest moment the day's events are known to reach (an unknown end counts as its start)."""
        reached = [e.start for e in self.events] + [e.end for e in self.events if e.end is not None]
        return max(reached, key=utc)


@dataclass
class Schedule:
    """A release laid out as frab days, room and events."""

    release: Release
    zone: str
    acronym: str
    room: str
    base_url: str | None
    days: list[Day]

    @property
    def events(self) -> list[Event]:
        """Every event, day by day."""
        return [e for d in self.days for e in d.events]

    @property
    def timeslot_duration(self) -> str:
        """``HH:MM`` of the finest grid the times sit on (gcd of their minutes and 60)."""
        minutes = [t.minute for e in self.events for t in (e.start, e.end) if t is not None]
        return clock(dt.timedelta(minutes=math.gcd(60, *minutes)))


def clock(delta: dt.timedelta) -> str:
    """``HH:MM`` for a whole number of minutes."""
    minutes = int(delta.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def acronym(edition: str) -> str:
    """The conference acronym frab wants (``[a-z0-9_]``, 4 characters or more)."""
    out = re.sub(r"[^a-z0-9_]", "_", edition.lower())
    if len(out) < 4:
        raise WorkshopDataError(f"edition {edition!r} is too short for a frab acronym (4 characters or more)")
    return out


def _whole_minutes(release: Release, slot: Slot) -> None:
    for name in ("start", "end"):
        value: dt.datetime | None = getattr(slot, name)
        if value is not None and (value.second or value.microsecond):
            raise DataValidationError(
                f"slot {slot.slot_id!r} is at {value:%H:%M:%S}; frab times are whole minutes (HH:MM)",
                file=release.path / SLOTS.path if release.path else None,
                row=release.slots.index(slot) + 1,
                field=name,
            )


def stable_number(guid: uuid.UUID, taken: set[int]) -> int:
    """A positive 31-bit integer from the GUID's leading bits: the same for the same GUID, or the
    next free number when another GUID of the same file already has it (added to ``taken``)."""
    number = (guid.int >> 97) % MAX_ID + 1
    while number in taken:
        number = number % MAX_ID + 1
    taken.add(number)
    return number


def persons(release: Release) -> dict[str, Speaker]:
    """Person id -> the person as an event names them: name, GUID and integer frab ``id`` (made
    by :func:`stable_number` from the GUID, over every person of the release in order of person
    id, so it does not depend on which slots are exported; two people never share a number)."""
    taken: set[int] = set()
    out: dict[str, Speaker] = {}
    for pid in sorted(p.person_id for p in release.people):
        guid = person_guid(release.edition, pid)
        out[pid] = Speaker(release.person(pid).name, guid, stable_number(guid, taken))
    return out


def person_numbers(release: Release) -> dict[str, int]:
    """Person id -> the person's integer frab ``id`` (:func:`persons`)."""
    return {pid: p.id for pid, p in persons(release).items()}


def _event(
    release: Release,
    slot: Slot,
    zones: tuple[ZoneInfo, ZoneInfo],
    base_url: str | None,
    taken: set[int],
    people: dict[str, Speaker],
) -> Event:
    _whole_minutes(release, slot)
    venue, zone = zones  # the times as timeutil.aware gives them, the zones looked up once
    assert slot.start is not None  # only events are laid out (events.selected_or_error)
    start = slot.start.replace(tzinfo=venue).astimezone(zone)
    end = slot.end.replace(tzinfo=venue).astimezone(zone) if slot.end is not None else None
    length = utc(end) - utc(start) if end is not None else dt.timedelta(0)
    if length >= dt.timedelta(hours=100):
        raise WorkshopDataError(f"slot {slot.slot_id!r} lasts {length}; frab durations stop at 99:59")
    guid = slot_guid(release.edition, slot.slot_id)
    return Event(
        slot=slot,
        guid=guid,
        id=stable_number(guid, taken),
        start=start,
        end=end,
        duration=clock(length),
        title=title(slot),
        subtitle=slot.label if slot.title else "",
        abstract=description(release, slot),
        persons=[people[p.person_id] for p in speakers_of(release, slot)],
        url=slot_url(base_url, slot.slot_id),
        links=material_links(release, slot),
    )


#: The layout of the last releases written (both files of a release lay it out once).
PLANS: Memo[tuple[Release, str | None, tuple[str, ...] | None, str | None], Schedule] = Memo(2)


def _plan(release: Release, tz: str | None, kinds: Iterable[str] | None, base_url: str | None) -> Schedule:
    """:func:`schedule`, remembered for the release's next file (:data:`PLANS`)."""
    wanted = tuple(kinds) if kinds else None
    return PLANS.get((release, tz, wanted, base_url), lambda: schedule(release, tz, wanted, base_url=base_url))


def schedule(
    release: Release, tz: str | None = None, kinds: Iterable[str] | None = None, *, base_url: str | None = None
) -> Schedule:
    """The release (or the slots of ``kinds``) laid out as frab days, room and events."""
    zone = tz or release.workshop.timezone
    zones = (check_timezone(release.workshop.timezone), check_timezone(zone))
    base = check_base_url(base_url)
    taken: set[int] = set()
    people = persons(release)
    by_date: dict[dt.date, list[Event]] = {}
    for slot in selected_or_error(release, kinds):
        event = _event(release, slot, zones, base_url, taken, people)
        by_date.setdefault(event.start.date(), []).append(event)
    # days and their events in time order: the table's order is the page's, and a part of the
    # program printed below another may come first (NeurIPS 2020's Run 2, the evening before)
    days = [
        Day(index, date, sorted(by_date[date], key=lambda e: utc(e.start)))
        for index, date in enumerate(sorted(by_date), start=1)
    ]
    return Schedule(release, zone, acronym(release.edition), release.workshop.venue, base, days)


# -- schedule.xml -----------------------------------------------------------------------------


def _text(value: str, event: Event | None, name: str) -> str:
    """``value``, checked to be text XML 1.0 can carry."""
    bad = NOT_XML.search(value)
    if bad:
        where = f"slot {event.slot.slot_id!r}, " if event else ""
        raise WorkshopDataError(f"{where}{name}: character {bad.group()!r} cannot be written to XML")
    return value


def _xml_text(value: str) -> str:
    """Character data escaped as ElementTree escapes it (``&``, ``<``, ``>``), and a CR as a
    character reference, which ElementTree writes as it is: every reader turns CR LF and a lone
    CR into LF (XML 1.0, 2.11 End-of-Line Handling), so that a title holding one was read as
    another title than the one schedule.json gives."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def _xml_attribute(value: str) -> str:
    """An attribute's value escaped as ElementTree escapes it (also ``"``, and CR, LF and tab as
    character references)."""
    value = _xml_text(value)
    for char, ref in (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if char in value:
            value = value.replace(char, ref)
    return value


def _element(indent: str, tag: str, text: str, attrs: str = "") -> str:
    """A line holding an element and its text (``<tag />`` when it has none), as ElementTree
    writes it; ``attrs`` its attributes, written already."""
    if not text:
        return f"{indent}<{tag}{attrs} />"
    return f"{indent}<{tag}{attrs}>{_xml_text(text)}</{tag}>"


def _attributes(*pairs: tuple[str, str]) -> str:
    return "".join(f' {name}="{_xml_attribute(value)}"' for name, value in pairs)


def _xml_lines(plan: Schedule, check: Callable[[str, Event | None, str], str]) -> list[str]:
    """The lines of schedule.xml, as ElementTree writes the tree of its elements after
    ``ElementTree.indent`` (two spaces a level): the tree and its generic serialization were
    most of the cost of the file (tests/test_export_frab.py holds the two to each other).
    ``check(value, event, name)`` checks each text and attribute value a slot gives."""
    release = plan.release
    out = [
        "<schedule>",
        f"  <generator{_attributes(('name', GENERATOR), ('version', VERSION))} />",
        _element("  ", "version", check(release.name, None, "version")),
        "  <conference>",
    ]
    conference = [
        ("acronym", plan.acronym),
        ("title", release.workshop.event_name),
        ("start", plan.days[0].date.isoformat()),
        ("end", plan.days[-1].date.isoformat()),
        ("days", str(len(plan.days))),
        ("timeslot_duration", plan.timeslot_duration),
        ("time_zone_name", plan.zone),
    ]
    if plan.base_url is not None:
        conference.append(("url", plan.base_url))
    out += [_element("    ", tag, check(text, None, tag)) for tag, text in conference]
    out.append("  </conference>")
    guid = str(room_guid(release.edition, plan.room))
    room = f"    <room{_attributes(('name', check(plan.room, None, 'room name')), ('guid', guid))}>"
    event_room = _element("        ", "room", check(plan.room, None, "room"))
    for day in plan.days:
        when = (("start", day.start.isoformat()), ("end", day.end.isoformat()))
        out += [f"  <day{_attributes(('index', str(day.index)), ('date', day.date.isoformat()), *when)}>", room]
        for e in day.events:
            kind = e.slot.kind
            out += [
                f"      <event{_attributes(('guid', str(e.guid)), ('id', str(e.id)))}>",
                event_room,
                _element("        ", "title", check(e.title, e, "title")),
            ]
            if e.subtitle:
                out.append(_element("        ", "subtitle", check(e.subtitle, e, "subtitle")))
            out += [
                _element("        ", "type", check(event_type(e.slot), e, "type")),
                _element("        ", "date", e.start.isoformat()),
                _element("        ", "start", f"{e.start:%H:%M}"),
                _element("        ", "duration", e.duration),
                _element("        ", "abstract", check(e.abstract, e, "abstract")),
                _element("        ", "track", kind),
            ]
            if e.persons:
                out.append("        <persons>")
                for p in e.persons:
                    attrs = _attributes(("id", str(p.id)), ("guid", str(p.guid)))
                    out.append(_element("          ", "person", check(p.name, e, "person"), attrs))
                out.append("        </persons>")
            else:
                out.append("        <persons />")
            if e.links:
                out.append("        <links>")
                for link in e.links:
                    href = check(link.url, e, "link href")
                    attrs = _attributes(("href", href), ("type", JSON_LINK_TYPES[link.kind]))
                    out.append(_element("          ", "link", check(link.title, e, "link"), attrs))
                out.append("        </links>")
            if e.url is not None:
                out.append(_element("        ", "url", check(e.url, e, "url")))
            out.append("      </event>")
        out += ["    </room>", "  </day>"]
    out.append("</schedule>")
    return out


def to_xml(
    release: Release, tz: str | None = None, kinds: Iterable[str] | None = None, *, base_url: str | None = None
) -> str:
    """The frab ``schedule.xml`` of the release (UTF-8 text).

    A text XML 1.0 cannot carry is an error naming the slot and the element: looked for in the
    whole file, then, when there is one, element by element (the first one named).
    """
    plan = _plan(release, tz, kinds, base_url)
    lines = _xml_lines(plan, lambda value, event, name: value)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(lines) + "\n"
    if NOT_XML.search(text):
        _xml_lines(plan, _text)  # raises, naming where
    return text


# -- schedule.json ----------------------------------------------------------------------------


def _json_event(plan: Schedule, e: Event) -> dict[str, Any]:
    out: dict[str, Any] = {
        "guid": str(e.guid),
        "id": e.id,
        "date": e.start.isoformat(),
        "start": f"{e.start:%H:%M}",
        "duration": e.duration,
        "room": plan.room,
        "slug": f"{plan.acronym}-{slugify(e.slot.slot_id)}",
        "url": e.url if e.url is not None else e.guid.urn,
        "title": e.title,
        "subtitle": e.subtitle or None,
        "track": e.slot.kind,
        "type": event_type(e.slot),
        "language": None,
        "abstract": e.abstract,
        "description": None,
        "persons": [{"id": p.id, "name": p.name, "guid": str(p.guid)} for p in e.persons],
        "links": [{"type": JSON_LINK_TYPES[x.kind], "url": x.url, "title": x.title} for x in e.links],
    }
    if e.end is not None:
        out["end"] = e.end.isoformat()
    return out


def to_dict(
    release: Release, tz: str | None = None, kinds: Iterable[str] | None = None, *, base_url: str | None = None
) -> dict[str, Any]:
    """The frab ``schedule.json`` document of the release (a dict)."""
    plan = _plan(release, tz, kinds, base_url)
    conference: dict[str, Any] = {
        "acronym": plan.acronym,
        "title": release.workshop.event_name,
        "start": plan.days[0].date.isoformat(),
        "end": plan.days[-1].date.isoformat(),
        "daysCount": len(plan.days),
        "timeslot_duration": plan.timeslot_duration,
    }
    if JSON_ZONE_NAME.match(plan.zone):
        conference["time_zone_name"] = plan.zone
    if plan.base_url is not None:
        conference["url"] = plan.base_url
    conference["rooms"] = [{"name": plan.room, "guid": str(room_guid(release.edition, plan.room))}]
    conference["days"] = [
        {
            "index": day.index,
            "date": day.date.isoformat(),
            "day_start": day.start.isoformat(),
            "day_end": day.end.isoformat(),
            "rooms": {plan.room: [_json_event(plan, e) for e in day.events]},
        }
        for day in plan.days
    ]
    return {
        "$schema": JSON_SCHEMA_URL,
        "generator": {"name": GENERATOR, "version": VERSION},
        "schedule": {"version": release.name, "conference": conference},
    }


def to_json(
    release: Release, tz: str | None = None, kinds: Iterable[str] | None = None, *, base_url: str | None = None
) -> str:
    """The frab ``schedule.json`` of the release (UTF-8 text, indented)."""
    return json_text(to_dict(release, tz, kinds, base_url=base_url)) + "\n"

"""iCalendar (RFC 5545) files of a release: the whole schedule, or one slot ("add to calendar").

Written with the ``icalendar`` library (the ``exports`` extra): the calendar's properties and
each ``VTIMEZONE`` are icalendar's components; the events are written line by line exactly as
icalendar writes them (checked byte for byte in the tests), each once per release, so that a
page offering thousands of "add to calendar" files stays cheap. What each event says, and why:

* one ``VEVENT`` per slot, breaks and lunch included; ``kinds`` keeps only some kinds; a slot
  whose start the source does not give ("TBD") is left out, as an event cannot exist without
  one (:func:`~workshop_data.formats.events.is_event`), and has no "add to calendar" file;
* ``DTSTART``/``DTEND`` carry ``TZID=<the venue's IANA zone>`` (or ``tz``), and the file holds
  a ``VTIMEZONE`` for it generated from the zoneinfo database, covering the years of the
  events — never a bare offset or a "GMT" name that calendars re-interpret; a time in the
  hour repeated when clocks go back is written in UTC if it is the second occurrence (RFC 5545
  reads a repeated local time as the first);
* a slot whose end the source does not give has no ``DTEND`` (no invented duration; RFC 5545
  then reads the event as ending when it starts) and its description says so;
* ``UID`` is ``<slot_id>@<edition>.workshop-data``: the same slot keeps it across releases and
  runs, so re-importing a newer release updates events instead of duplicating them; in a
  calendar of ``kinds`` it is ``<slot_id>@<kinds>.<edition>.workshop-data`` (the kinds in the
  schema's order, joined by dots: ``panel@keynote.invited.neurips2024.workshop-data``), the
  events of that calendar's own, for such a calendar cancels a slot that moved to another kind
  while the others still have it (below): under one ``UID``, a client holding both calendars
  in one store (khal keeps the file it imported last; RFC 5546 ranks the two alike, the same
  ``SEQUENCE`` and ``DTSTAMP``) showed the talk called off;
* ``DTSTAMP`` is the release's publication time (UTC), not the time of the export, so the same
  release always gives the same file;
* ``SEQUENCE`` counts how many times the slot changed across the edition's releases up to
  this one (:func:`~workshop_data.formats.events.revisions`). The writers are pure: the
  earlier releases come as the ``history`` argument (``Edition.until(name)[:-1]``), so the
  same release and history always give the same file, wherever the release was read from;
* ``SUMMARY`` is the slot's line (label, speakers, title), ``DESCRIPTION`` its details
  (speakers' affiliations, the talks of a block, the links inside its talk's abstract as lines
  of words and URL, the status: RFC 5545 gives an event one ``URL``, the slot's page, and an
  ``ATTACH`` is a document to fetch, which clients list as a file if at all, while every client
  shows ``DESCRIPTION``), ``LOCATION`` the venue,
  ``CATEGORIES`` the kind, then the conference site's type of the event where the page prints
  one (NeurIPS 2022's invited talks ``invited,Talk``, its poster sessions ``poster,Break``:
  :func:`~workshop_data.formats.events.categories`), and ``URL`` the slot on the site's schedule page — only when a
  ``base_url`` is given, never guessed;
* an event the history published and the release no longer has (a talk dropped, a slot whose
  identity changed: ISCA 2019's invited talks renamed by their titles on the eve, NeurIPS 2020's
  repeated "Run 2" taken down, NeurIPS 2024's spotlights folded into blocks) is written again
  after the others with ``STATUS:CANCELLED`` (RFC 5545 §3.8.1.11) and a ``SEQUENCE`` one more
  than it last had (:func:`~workshop_data.formats.events.withdrawn`): its last summary, times,
  kind and venue as the last release that had it gave them, nothing new but the description's
  first line naming the release that dropped it, and no ``URL`` (the page has no row for it).
  A calendar that imported an earlier file merges events by ``UID`` and never deletes one that
  a newer file leaves out: without it, the stale event stays forever. The whole-schedule
  calendar holds every cancellation; a calendar of ``kinds`` cancels what an earlier calendar of
  those kinds published and it does not, a slot the release lists under another kind too
  (NeurIPS 2024's Tim Kraska and Natasha Jaques, ``other`` until 2024-11-18.1748, then
  ``invited``: the ``other`` calendar cancels them, the ``invited`` one has them), its description
  naming the kind; an "add to calendar" file holds none. An event that comes back takes a
  ``SEQUENCE`` above its cancellation's (a change of kind is a change of the event). The
  calendars of different kinds are meant as calendars of their own, and their events' UIDs are
  their own: one store that imported two of them holds a slot of both twice, each calendar's
  event apart, and never one calendar's cancellation in place of the other's event.

The file has no ``METHOD``, cancellations included: it is a published calendar to import or
subscribe to, not an iTIP message (RFC 5546), and RFC 5545 gives ``STATUS:CANCELLED`` its
meaning without one. iTIP would not fit: ``METHOD`` applies to the whole object, so
``METHOD:CANCEL`` could not stand beside the live events, and both ``PUBLISH`` and ``CANCEL``
require an ``ORGANIZER`` on every event, an address the workshop's pages never give (one would
have to be invented); a client given ``METHOD:CANCEL`` treats the file as an organizer's
message about a meeting the reader was invited to, not as a feed.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..defaults import VERSION
from ..errors import WorkshopDataError
from ..model import Release, Slot
from ..schema import KINDS
from ..timeutil import aware, check_timezone
from .events import (
    EventHistory,
    Withdrawn,
    categories,
    check_base_url,
    description,
    dropped_slot,
    event_history,
    first_listing,
    is_event,
    revisions,
    selected,
    selected_or_error,
    slot_url,
    summary,
    withdrawn_note,
)

PRODID = f"-//workshop-data//workshop_data {VERSION}//EN"


def uid(release: Release, slot_id: str, kinds: Iterable[str] | None = None) -> str:
    """The event's UID in the whole schedule's calendar (and a slot's "add to calendar" file),
    or in the calendar of ``kinds``: stable for the same slot id of an edition, and for the same
    kinds in any order (a calendar of every kind is the whole schedule's)."""
    return f"{slot_id}@{''.join(f'{k}.' for k in calendar_kinds(kinds))}{release.edition}.workshop-data"


def calendar_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    """The kinds of a calendar of ``kinds``, once each in the schema's order (:data:`~workshop_data.schema.KINDS`);
    empty for the whole schedule's (``None``, none named, or every kind)."""
    wanted = set(kinds or ())
    chosen = tuple(k for k in KINDS if k in wanted)
    return () if len(chosen) == len(KINDS) else chosen


def _moment(wall: dt.datetime, venue_tz: str, zone: str) -> dt.datetime:
    """The time to write: in ``zone``, or in UTC when it is the second occurrence of a local
    time that happens twice (RFC 5545 reads such a local time as its first occurrence)."""
    moment = aware(wall, venue_tz, zone)
    return moment.astimezone(dt.UTC) if moment.fold else moment


def escape(value: str) -> str:
    """``value`` as iCalendar TEXT, escaped by RFC 5545 §3.3.11 alone.

    icalendar's own escaping first turns a literal backslash-N into a line break, so text that
    contains one would come back changed; this escapes the backslash like any other.
    """
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


@functools.cache
def _text_type() -> Any:
    """icalendar's TEXT value, escaped by :func:`escape`."""
    from icalendar import vText

    class Text(vText):  # type: ignore[misc]
        def to_ical(self) -> bytes:
            return escape(str(self)).encode("utf-8")

    return Text


def _text(value: str) -> Any:
    """``value`` as an iCalendar TEXT property value (for icalendar's components)."""
    return _text_type()(value)


def fold(line: str) -> str:
    """A content line folded as icalendar folds it (RFC 5545 §3.1): pieces of fewer than 75
    octets joined by CRLF and a space, never splitting a character, nor a backslash or caret
    from the character it escapes."""
    if line.isascii():  # a character an octet: the same cuts, found by index (most lines)
        return _fold_ascii(line)
    if len(line.encode("utf-8")) < 75:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if current and size + width >= 75:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                pieces.append("".join(current))
                current, size = [carried], len(carried.encode("utf-8"))
            else:
                pieces.append("".join(current))
                current, size = [], 0
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _fold_ascii(line: str) -> str:
    """:func:`fold` of a line of ASCII: pieces of 74 characters, 73 when the 74th is a
    backslash or caret (it starts the next piece with the character it escapes)."""
    pieces: list[str] = []
    start = 0
    while len(line) - start > 74:
        end = start + 74
        if line[end - 1] in "\\^":
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return "\r\n ".join(pieces)


def _stamp(moment: dt.datetime) -> str:
    """``YYYYMMDDTHHMMSS``: a date-time's value (``Z`` added for UTC by the caller)."""
    m = moment
    return f"{m.year:04}{m.month:02}{m.day:02}T{m.hour:02}{m.minute:02}{m.second:02}"


@functools.lru_cache(maxsize=256)
def _tzid(zone: dt.tzinfo | None) -> str | None:
    """The ``TZID`` icalendar gives times in ``zone``; ``None`` for UTC, written with a ``Z``."""
    from icalendar.timezone.tzid import tzid_from_tzinfo

    tzid = tzid_from_tzinfo(zone)
    return None if tzid == "UTC" else tzid


@functools.lru_cache(maxsize=256)
def _tzid_param(tzid: str) -> str:
    """``TZID=<zone>`` as icalendar writes the parameter (quoted where it must be)."""
    from icalendar import Parameters

    return str(Parameters({"TZID": tzid}).to_ical().decode("utf-8"))


def _when(name: str, moment: dt.datetime) -> tuple[str, str | None]:
    """A date-time property's content line, and the zone it names (``None``: UTC)."""
    tzid = _tzid(moment.tzinfo)
    if tzid is None:
        return f"{name}:{_stamp(moment)}Z", None
    return f"{name};{_tzid_param(tzid)}:{_stamp(moment)}", tzid


def _vevent(
    release: Release,
    shown: Release,
    slot: Slot,
    zone: str,
    sequence: int,
    details: str,
    extra: Sequence[str],
    kinds: Sequence[str] = (),
) -> tuple[bytes, set[str]]:
    """A ``VEVENT`` of ``release``'s calendar (of ``kinds``: :func:`uid`) for ``slot`` as ``shown``
    (the release that gives it: ``release`` itself, or the last that listed a withdrawn slot) gives it, as icalendar
    writes an ``Event`` holding these properties (in its order: SUMMARY, DTSTART, DTEND,
    DTSTAMP, UID, SEQUENCE, then by name: ``extra`` holds the lines after LOCATION), and the
    zones its times name."""
    from icalendar import vText

    venue_tz = shown.workshop.timezone
    lines = ["BEGIN:VEVENT", f"SUMMARY:{escape(summary(shown, slot))}"]
    zones: set[str] = set()
    for name, wall in (("DTSTART", slot.start), ("DTEND", slot.end)):
        if wall is not None:
            line, tzid = _when(name, _moment(wall, venue_tz, zone))
            lines.append(line)
            if tzid is not None:
                zones.add(tzid)
    lines += [
        f"DTSTAMP:{_stamp(release.published.astimezone(dt.UTC))}Z",
        f"UID:{vText(uid(release, slot.slot_id, kinds)).to_ical().decode('utf-8')}",
        f"SEQUENCE:{sequence}",
        f"CATEGORIES:{','.join(vText(c).to_ical().decode('utf-8') for c in categories(slot))}",
    ]
    if details:
        lines.append(f"DESCRIPTION:{escape(details)}")
    if shown.workshop.venue:
        lines.append(f"LOCATION:{escape(shown.workshop.venue)}")
    lines += [*extra, "END:VEVENT"]
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8"), zones


def _event(
    release: Release, slot: Slot, zone: str, sequence: int, base_url: str | None, kinds: Sequence[str] = ()
) -> tuple[bytes, set[str]]:
    """The slot's ``VEVENT`` in the calendar of ``kinds`` (:func:`calendar_kinds`; empty: the whole
    schedule's), and the zones its times name.

    Written line by line rather than through icalendar's ``Event``, whose generic encoding and
    folding cost about a millisecond an event: most of the build of a schedule page of ten
    thousand "add to calendar" files. Values whose encoding is icalendar's (UID, CATEGORIES,
    URL, a zone's ``TZID``) are encoded by icalendar, and the files are checked byte for byte
    against what icalendar writes for the same ``Event`` (``tests/test_export_ical.py``).
    """
    from icalendar import vUri

    url = slot_url(base_url, slot.slot_id)
    extra = [] if url is None else [f"URL:{vUri(url).to_ical().decode('utf-8')}"]
    return _vevent(release, release, slot, zone, sequence, description(release, slot), extra, kinds)


def _cancelled(release: Release, gone: Withdrawn, zone: str, kinds: Sequence[str] = ()) -> tuple[bytes, set[str]]:
    """The ``VEVENT`` that cancels a withdrawn slot's event in ``release``'s calendar (of ``kinds``): its UID,
    its last summary, times, kind and venue, ``STATUS:CANCELLED`` and a ``SEQUENCE`` one more
    than it last had; its description says which release no longer has it. No ``URL``: the
    schedule page has no row for it."""
    details = "\n".join(filter(None, [withdrawn_note(gone), description(gone.last, gone.slot)]))
    return _vevent(release, gone.last, gone.slot, zone, gone.sequence + 1, details, ["STATUS:CANCELLED"], kinds)


@functools.lru_cache(maxsize=64)
def _vtimezone(tzid: str, first_year: int, last_year: int) -> bytes:
    """The ``VTIMEZONE`` of ``tzid`` over the years from ``first_year`` to ``last_year`` (empty for
    a zone icalendar does not know), generated once per zone and span."""
    from icalendar import Timezone

    try:
        zone = Timezone.from_tzid(tzid, first_date=dt.date(first_year, 1, 1), last_date=dt.date(last_year, 1, 1))
    except ValueError:
        return b""
    return bytes(zone.to_ical())


def _head(release: Release, zone: str) -> bytes:
    """The calendar's ``BEGIN`` and properties, as icalendar writes them (without ``END``)."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", _text(release.workshop.event_name))
    cal.add("x-wr-calname", _text(release.workshop.event_name))
    cal.add("x-wr-timezone", zone)
    text = bytes(cal.to_ical())
    end = b"END:VCALENDAR\r\n"
    assert text.endswith(end)
    return text[: -len(end)]


class _Events:
    """A release's events serialized once each, assembled into any number of calendars.

    The file is what icalendar writes for a ``Calendar`` holding the events, with the
    ``VTIMEZONE`` of each zone they use (``Calendar.add_missing_timezones`` over the years of
    the events, from the year before to two years after): the calendar's properties, the time
    zones, the events, then the cancelled ones, ``END``. Serializing each event once and each
    zone once per span keeps a page of thousands of "add to calendar" files linear in the
    number of slots.
    """

    def __init__(
        self,
        release: Release,
        zone: str,
        base_url: str | None,
        sequences: Mapping[str, int] | None,
        kinds: Iterable[str] | None = None,
    ) -> None:
        check_timezone(zone)
        check_base_url(base_url)  # a bad base URL is an error even before any event is built
        self.release = release
        self.zone = zone
        self.base_url = base_url
        self.sequences = sequences or {}
        self.kinds = calendar_kinds(kinds)  # whose UIDs the events take (:func:`uid`)
        self.head = _head(release, zone)
        self.events: dict[str, tuple[bytes, set[str]]] = {}

    def event(self, slot: Slot) -> tuple[bytes, set[str]]:
        """The serialized ``VEVENT`` of ``slot`` and the zones it uses."""
        found = self.events.get(slot.slot_id)
        if found is None:
            sequence = self.sequences.get(slot.slot_id, 0)
            found = self.events[slot.slot_id] = _event(
                self.release, slot, self.zone, sequence, self.base_url, self.kinds
            )
        return found

    def calendar(self, slots: Sequence[Slot], cancelled: Sequence[Withdrawn] = ()) -> str:
        """The iCalendar file holding the events of ``slots`` (those whose start is known), then
        the cancellations of the ``cancelled`` events."""
        shown = [s for s in slots if s.start is not None]
        parts = [self.event(s) for s in shown] + [_cancelled(self.release, g, self.zone, self.kinds) for g in cancelled]
        walls = [(s.start, s.end) for s in [*shown, *(g.slot for g in cancelled)] if s.start is not None]
        zones = b""
        if walls:
            # a year around, as far as they go
            first = max(min(start for start, _ in walls).year - 1, dt.MINYEAR)
            last = min(max(end or start for start, end in walls).year + 2, dt.MAXYEAR)
            for tzid in sorted(set().union(*(tzids for _, tzids in parts))):
                zones += _vtimezone(tzid, first, last)
        body = b"".join(text for text, _ in parts)
        return (self.head + zones + body + b"END:VCALENDAR\r\n").decode("utf-8")


def calendar(
    release: Release,
    slots: Sequence[Slot],
    *,
    tz: str | None = None,
    base_url: str | None = None,
    sequences: Mapping[str, int] | None = None,
    cancelled: Sequence[Withdrawn] = (),
    kinds: Iterable[str] | None = None,
) -> str:
    """An iCalendar file (text with CRLF line ends) holding one event per slot of ``slots``,
    then a cancelled event for each of ``cancelled``; the calendar of ``kinds`` (its events'
    UIDs its own: :func:`uid`), or the whole schedule's.

    ``sequences`` maps slot ids to their ``SEQUENCE`` (:func:`~workshop_data.formats.events.revisions`
    over the edition's history); a slot it does not name has 0. ``cancelled`` are events the
    history published and ``release`` no longer has (:func:`~workshop_data.formats.events.withdrawn`).
    """
    return _Events(release, tz or release.workshop.timezone, base_url, sequences, kinds).calendar(slots, cancelled)


def cancellations(followed: EventHistory, kinds: Iterable[str] | None = None) -> list[Withdrawn]:
    """The events an edition's history published that the calendar of its release
    (:func:`~workshop_data.formats.events.event_history`) cancels: all of them, or, for the
    calendar of ``kinds``, those an earlier calendar of ``kinds`` published and this one does not,
    a slot now of another kind among them (:meth:`~workshop_data.formats.events.EventHistory.cancelled`)."""
    return list(followed.cancelled(kinds))


def to_ics(
    release: Release,
    tz: str | None = None,
    kinds: Iterable[str] | None = None,
    *,
    base_url: str | None = None,
    history: Sequence[Release] = (),
) -> str:
    """The whole schedule (or the slots of ``kinds``) as one iCalendar file; ``history`` is the
    edition's earlier releases, oldest first, for ``SEQUENCE`` and for the events it published
    that this release cancels (:func:`cancellations`). A calendar of ``kinds`` whose every event
    the release moved to other kinds holds only their cancellations; one that would hold no event
    at all is an error saying why (no schedule, no slot of those kinds, no known start)."""
    followed = event_history(release, history)
    gone = cancellations(followed, kinds)
    slots = _live(release, kinds, gone)
    return calendar(release, slots, tz=tz, base_url=base_url, sequences=followed.counts, cancelled=gone, kinds=kinds)


def _live(release: Release, kinds: Iterable[str] | None, gone: Sequence[Withdrawn]) -> list[Slot]:
    """The events of a calendar that cancels ``gone``: perhaps none when it cancels some (a
    calendar of cancellations is a calendar still), else an error saying why there are none. A
    release with no schedule at all is an error whatever it would cancel: its pages did not list
    one, which says nothing of the slots (no schedule listed is not a schedule emptied)."""
    return selected(release, kinds) if gone and release.slots else selected_or_error(release, kinds)


def slot_calendars(
    release: Release,
    *,
    tz: str | None = None,
    base_url: str | None = None,
    history: Sequence[Release] = (),
) -> dict[str, str]:
    """Every slot's "add to calendar" file, by slot id (none for a slot whose start is not
    known); the history is compared once for all."""
    return calendars(release, tz=tz, base_url=base_url, history=history)[1]


def calendars(
    release: Release,
    *,
    tz: str | None = None,
    base_url: str | None = None,
    history: Sequence[Release] = (),
) -> tuple[str, dict[str, str]]:
    """The whole schedule's calendar (:func:`to_ics`, its cancellations included) and every
    slot's "add to calendar" file (:func:`slot_calendars`: none for a slot whose start is not
    known), each event built once for both."""
    followed = event_history(release, history)
    events = _Events(release, tz or release.workshop.timezone, base_url, followed.counts)
    gone = cancellations(followed)
    day = events.calendar(_live(release, None, gone), gone)
    return day, {s.slot_id: events.calendar([s]) for s in release.slots if is_event(s)}


def slot_calendar(
    release: Release,
    slot_id: str,
    *,
    tz: str | None = None,
    base_url: str | None = None,
    history: Sequence[Release] = (),
    later: Sequence[Release] = (),
) -> str:
    """An "add to calendar" file: one iCalendar file holding the event of slot ``slot_id``; an
    error for a slot whose start is not known (it is no event), and for a slot ``release`` does
    not list, naming the release of ``history`` that withdrew it where one listed it before
    (:func:`~workshop_data.formats.events.dropped_slot`), else the release of ``later`` (the
    edition's releases after ``release``, oldest first) that first lists it
    (:func:`~workshop_data.formats.events.first_listing`)."""
    if release.has_slot(slot_id) and not is_event(release.slot(slot_id)):
        raise WorkshopDataError(
            f"slot {slot_id!r} of release {release.name!r} of {release.edition!r} has no known start "
            "(the page prints none): a calendar event needs one"
        )
    if release.has_slot(slot_id):
        sequences = revisions(release, history)
        return calendar(release, [release.slot(slot_id)], tz=tz, base_url=base_url, sequences=sequences)
    named = f"release {release.name!r} of {release.edition!r} has no slot {slot_id!r}"
    dropped = dropped_slot(release, history, slot_id)
    if dropped is not None:
        last, gone = dropped
        raise WorkshopDataError(
            f"{named}: it was withdrawn in release {gone.name!r}, after release {last.name!r} last listed it "
            f"(`workshop-data diff --edition {release.edition} {last.name} {gone.name}` says what became of it)"
        )
    first = first_listing(later, slot_id)
    if first is not None:
        raise WorkshopDataError(
            f"{named}: it is first listed in release {first.name!r}, published after it "
            f"(`--release {first.name}` for its file)"
        )
    known = ", ".join(s.slot_id for s in release.slots)
    raise WorkshopDataError(f"{named} (slots: {known})")

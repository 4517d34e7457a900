"""iCalendar (RFC 5545) files of a release: the whole schedule, or one slot ("add to calendar").

Written with the ``icalendar`` library (the ``exports`` extra). What each event says, and why:

* one ``VEVENT`` per slot, breaks and lunch included; ``kinds`` keeps only some kinds;
* ``DTSTART``/``DTEND`` carry ``TZID=<the venue's IANA zone>`` (or ``tz``), and the file holds
  a ``VTIMEZONE`` for it generated from the zoneinfo database, covering the years of the
  events — never a bare offset or a "GMT" name that calendars re-interpret; a time in the
  hour repeated when clocks go back is written in UTC if it is the second occurrence (RFC 5545
  reads a repeated local time as the first);
* a slot whose end the source does not give has no ``DTEND`` (no invented duration; RFC 5545
  then reads the event as ending when it starts) and its description says so;
* ``UID`` is ``<slot_id>@<edition>.workshop-data``: the same slot keeps it across releases and
  runs, so re-importing a newer release updates events instead of duplicating them;
* ``DTSTAMP`` is the release's publication time (UTC), not the time of the export, so the same
  release always gives the same file;
* ``SEQUENCE`` counts how many times the slot changed across the edition's releases up to
  this one (:func:`~workshop_data.formats.events.revisions`). The writers are pure: the
  earlier releases come as the ``history`` argument (``Edition.until(name)[:-1]``), so the
  same release and history always give the same file, wherever the release was read from;
* ``SUMMARY`` is the slot's line (label, speakers, title), ``DESCRIPTION`` its details
  (speakers' affiliations, the talks of a block, the status), ``LOCATION`` the venue,
  ``CATEGORIES`` the kind, and ``URL`` the slot on the site's schedule page — only when a
  ``base_url`` is given, never guessed.

The file has no ``METHOD``: it is a calendar to import or subscribe to, not an iTIP message
(``METHOD:PUBLISH`` would require an ``ORGANIZER`` on every event, RFC 5546).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import __version__
from ..errors import WorkshopDataError
from ..model import Release, Slot
from ..timeutil import aware, check_timezone
from .events import (
    check_base_url,
    description,
    revisions,
    selected_or_error,
    slot_url,
    summary,
)

PRODID = f"-//workshop-data//workshop_data {__version__}//EN"


def uid(release: Release, slot_id: str) -> str:
    """The event's UID: stable for the same slot id of an edition."""
    return f"{slot_id}@{release.edition}.workshop-data"


def _moment(wall: dt.datetime, venue_tz: str, zone: str) -> dt.datetime:
    """The time to write: in ``zone``, or in UTC when it is the second occurrence of a local
    time that happens twice (RFC 5545 reads such a local time as its first occurrence)."""
    moment = aware(wall, venue_tz, zone)
    return moment.astimezone(dt.UTC) if moment.fold else moment


@functools.cache
def _text_type() -> Any:
    """icalendar's TEXT value, escaped by RFC 5545 §3.3.11 alone.

    icalendar's own escaping first turns a literal backslash-N into a line break, so text that
    contains one would come back changed; this escapes the backslash like any other.
    """
    from icalendar import vText

    class Text(vText):  # type: ignore[misc]
        def to_ical(self) -> bytes:
            escaped = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
            return escaped.encode("utf-8")

    return Text


def _text(value: str) -> Any:
    """``value`` as an iCalendar TEXT property value."""
    return _text_type()(value)


def _event(release: Release, slot: Slot, zone: str, sequence: int, base_url: str | None) -> Any:
    from icalendar import Event

    venue_tz = release.workshop.timezone
    event = Event()
    event.add("uid", uid(release, slot.slot_id))
    event.add("dtstamp", release.published.astimezone(dt.UTC))
    event.add("sequence", sequence)
    event.add("dtstart", _moment(slot.start, venue_tz, zone))
    if slot.end is not None:
        event.add("dtend", _moment(slot.end, venue_tz, zone))
    event.add("summary", _text(summary(release, slot)))
    details = description(release, slot)
    if details:
        event.add("description", _text(details))
    if release.workshop.venue:
        event.add("location", _text(release.workshop.venue))
    url = slot_url(base_url, slot.slot_id)
    if url is not None:
        event.add("url", url)
    event.add("categories", [slot.kind])
    return event


def calendar(
    release: Release,
    slots: Sequence[Slot],
    *,
    tz: str | None = None,
    base_url: str | None = None,
    sequences: Mapping[str, int] | None = None,
) -> str:
    """An iCalendar file (text with CRLF line ends) holding one event per slot of ``slots``.

    ``sequences`` maps slot ids to their ``SEQUENCE`` (:func:`~workshop_data.formats.events.revisions`
    over the edition's history); a slot it does not name has 0.
    """
    from icalendar import Calendar

    zone = tz or release.workshop.timezone
    check_timezone(zone)
    check_base_url(base_url)  # a bad base URL is an error even before any event is built
    sequences = sequences or {}
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", _text(release.workshop.event_name))
    cal.add("x-wr-calname", _text(release.workshop.event_name))
    cal.add("x-wr-timezone", zone)
    for slot in slots:
        cal.add_component(_event(release, slot, zone, sequences.get(slot.slot_id, 0), base_url))
    if slots:
        first = min(s.start for s in slots)
        last = max(s.end or s.start for s in slots)
        years = max(first.year - 1, dt.MINYEAR), min(last.year + 2, dt.MAXYEAR)  # a year around, as far as they go
        cal.add_missing_timezones(first_date=dt.date(years[0], 1, 1), last_date=dt.date(years[1], 1, 1))
    return str(cal.to_ical().decode("utf-8"))


def to_ics(
    release: Release,
    tz: str | None = None,
    kinds: Iterable[str] | None = None,
    *,
    base_url: str | None = None,
    history: Sequence[Release] = (),
) -> str:
    """The whole schedule (or the slots of ``kinds``) as one iCalendar file; ``history`` is the
    edition's earlier releases, oldest first, for ``SEQUENCE``."""
    slots = selected_or_error(release, kinds)
    return calendar(release, slots, tz=tz, base_url=base_url, sequences=revisions(release, history))


def slot_calendars(
    release: Release,
    *,
    tz: str | None = None,
    base_url: str | None = None,
    history: Sequence[Release] = (),
) -> dict[str, str]:
    """Every slot's "add to calendar" file, by slot id; the history is compared once for all."""
    sequences = revisions(release, history)
    return {s.slot_id: calendar(release, [s], tz=tz, base_url=base_url, sequences=sequences) for s in release.slots}


def slot_calendar(
    release: Release,
    slot_id: str,
    *,
    tz: str | None = None,
    base_url: str | None = None,
    history: Sequence[Release] = (),
) -> str:
    """An "add to calendar" file: one iCalendar file holding the event of slot ``slot_id``."""
    for slot in release.slots:
        if slot.slot_id == slot_id:
            return calendar(release, [slot], tz=tz, base_url=base_url, sequences=revisions(release, history))
    known = ", ".join(s.slot_id for s in release.slots)
    raise WorkshopDataError(f"release {release.name!r} of {release.edition!r} has no slot {slot_id!r} (slots: {known})")

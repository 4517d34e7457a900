"""A slot as an event in calendars and conference apps: its texts, identifiers and revisions.

Shared by the iCalendar (:mod:`.ical`) and frab (:mod:`.frab`) writers so that both say the
same thing about a slot:

* :func:`summary` — the one-line heading (label, speakers, title), as the schedule prints it;
* :func:`description` — the details: speakers with affiliations, the part of the program and
  the slot it repeats (NeurIPS 2020's "Run 2 (repeated)"), the talks of a block (with the times
  the page prints for them, on the venue's clock, its zone named), the status, and a note when
  the end is not given, or is no end the page prints (the next slot's start);
* :func:`slot_guid` — a UUID that stays the same for the same slot id of an edition, across
  releases and runs (``uuid5`` of the edition and the slot id);
* :func:`slot_url` — the slot on the site's schedule page, only when a base URL is given;
* :func:`material_links` — the materials of the slot's talk and of the talks of its block, then
  the links inside its talk's abstract (:meth:`~workshop_data.model.Release.abstract_links`: the
  data keeps them beside the abstract, ``text_links``; an event has no abstract of the talk, so they are its links, and
  lines of its details);
* :func:`revisions` — how many times each slot changed across an edition's releases (the
  iCalendar ``SEQUENCE``), from the earlier releases it is given (``Edition.until``);
* :func:`withdrawn` — the events an earlier release published and the release no longer does
  (a talk dropped, a slot whose identity changed), as last published: the calendar cancels
  them, or a subscriber who imported an earlier file keeps them forever
  (:func:`event_history` gives both in one pass); :func:`dropped_slot` the release that
  withdrew a slot asked for by its id, :func:`first_listing` the later release that first lists
  one;
* :func:`is_event` — whether a slot is an event at all: one whose start is not known ("TBD")
  is left out of both formats.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urldefrag

from ..errors import WorkshopDataError
from ..links import KIND_WORDS
from ..model import Person, Release, Slot
from ..schema import KINDS, PATTERN_RULES, URL_PATTERN
from ..words import (
    ABSTRACT_LINKS,
    NEXT_SLOT_END,
    delivery_words,
    label_and_speakers,
    link_line,
    repeat_words,
    slot_deliveries,
)
from .text import also_titled, slot_event_title, slot_type, speaker_text, talk_span, talk_text

#: Namespace of every UUID the exports make (``uuid5(NAMESPACE_URL, "workshop-data:")``).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "workshop-data:")

END_UNKNOWN = "End time not given."
#: An event's note where its end is no end the page prints (``end_derived``): the calendar shows
#: the next slot's start as its end, as an end the page gave unless the event says so.
END_DERIVED = f"End time not given: it {NEXT_SLOT_END}."


def slot_guid(edition: str, slot_id: str) -> uuid.UUID:
    """The slot's stable UUID: the same for the same edition and slot id, in every release."""
    return uuid.uuid5(NAMESPACE, f"{edition}/slot/{slot_id}")


def person_guid(edition: str, person_id: str) -> uuid.UUID:
    """A person's stable UUID within an edition."""
    return uuid.uuid5(NAMESPACE, f"{edition}/person/{person_id}")


def room_guid(edition: str, room: str) -> uuid.UUID:
    """The stable UUID of a room (the venue) of an edition."""
    return uuid.uuid5(NAMESPACE, f"{edition}/room/{room}")


def check_base_url(base_url: str | None) -> str | None:
    """``base_url`` without its fragment; a clear error unless it is a URL the data may hold
    (:data:`~workshop_data.schema.URL_PATTERN`: an http(s) URL, an RFC 3986 URI).

    A space, line break or other control character is refused first, said as such: written as
    they are they would break the files' lines (a CR-LF in a frab ``<url>`` or an iCalendar
    ``URL`` starts a line of the attacker's choosing). Any other URL the pattern refuses
    (``https://x.org/%zz``, ``https://[x/``, a port past 65535, a user name) would be written
    into every event, and frab's JSON Schema refuses what is no URI.
    """
    if base_url is None:
        return None
    if any(c.isspace() or unicodedata.category(c) == "Cc" for c in base_url):
        raise WorkshopDataError(
            f"base URL {base_url!r} contains a space, line break or control character (%-encode it)"
        )
    if not re.fullmatch(URL_PATTERN, base_url):
        raise WorkshopDataError(
            f"base URL {base_url!r} is not {PATTERN_RULES[URL_PATTERN]} (e.g. https://example.org/schedule.html)"
        )
    return urldefrag(base_url).url


def slot_url(base_url: str | None, slot_id: str) -> str | None:
    """``<base_url>#<slot_id>``: the slot on the schedule page; None without a base URL."""
    base = check_base_url(base_url)
    return None if base is None else f"{base}#{quote(slot_id, safe='')}"


def is_event(slot: Slot) -> bool:
    """Whether a calendar can hold the slot: it has a start. A slot whose start the page does not
    give ("TBD") is no event (an iCalendar ``VEVENT`` or a frab event cannot exist without
    one, and guessing one would invent it); the calendars and frab files leave it out."""
    return slot.start is not None


def selected(release: Release, kinds: Iterable[str] | None) -> list[Slot]:
    """The slots of the kinds asked for (all when ``kinds`` is None or empty) that are events
    (:func:`is_event`), in order; perhaps none (:func:`selected_or_error` says why)."""
    return [s for s in release.slots_of_kinds(kinds) if is_event(s)]


def selected_or_error(release: Release, kinds: Iterable[str] | None) -> list[Slot]:
    """The slots of the kinds asked for that are events (:func:`is_event`); a clear error when
    there are none (an empty calendar or frab schedule is not a valid file), saying which of
    three it is: the release has no schedule at all (a version of the pages from before the
    edition's schedule), none of the kinds asked for, or only slots whose start is not known."""
    kinds = list(kinds) if kinds else None
    slots = selected(release, kinds)
    if slots:
        return slots
    chosen = release.slots_of_kinds(kinds)
    named = f"release {release.name!r} of {release.edition!r}"
    if not release.slots:
        raise WorkshopDataError(f"{named} has no schedule: its pages give none, and an export needs an event")
    what = f" of kind {', '.join(kinds)}" if kinds else ""
    if not chosen:
        present = ", ".join(k for k in KINDS if any(s.kind == k for s in release.slots))
        raise WorkshopDataError(f"{named} has no slot{what} (its kinds: {present})")
    raise WorkshopDataError(f"{named} has no slot{what} whose start is known")


#: How an event names each kind of material: the word a page prints for it, capitalised
#: (``"Slides"``, ``"Recording"``, ``"Link"``).
MATERIAL_LABELS = {kind: word.capitalize() for kind, word in KIND_WORDS.items()}


@dataclass(frozen=True)
class MaterialLink:
    """A material as an event links it: its kind, URL and a title (``"Paper: <talk title>"``
    for a talk of the slot's block)."""

    kind: str
    url: str
    title: str


def material_links(release: Release, slot: Slot) -> list[MaterialLink]:
    """The materials of the slot's own talk, then those of each talk of its block, in order; then
    the links inside the abstract of its talk (:meth:`~workshop_data.model.Release.abstract_links`),
    each titled by its words (``"AMC (in the abstract)"``), of kind ``other``: the page linked words, not a material."""
    out = [MaterialLink(m.kind, m.url, MATERIAL_LABELS[m.kind]) for m in release.materials_of(slot.slot_id)]
    for talk in release.talks_of(slot.slot_id):
        for m in release.materials_of(slot.slot_id, talk.talk_id):
            out.append(MaterialLink(m.kind, m.url, f"{MATERIAL_LABELS[m.kind]}: {talk.title}"))
    out += [MaterialLink("other", x.url, f"{x.text} (in the abstract)") for x in release.abstract_links(slot)]
    return out


def speakers_of(release: Release, slot: Slot) -> list[Person]:
    """The slot's speakers, then the presenters of its talks, each once, in order."""
    ids = list(slot.speakers) + [pid for t in release.talks_of(slot.slot_id) for pid in t.speakers]
    return [release.person(pid) for pid in dict.fromkeys(ids)]


def event_type(slot: Slot) -> str:
    """What an event is, as a frab ``type``: the conference site's type of the slot's event where
    the page prints one (:func:`~workshop_data.formats.text.slot_type`: NeurIPS 2022's invited
    talks "Talk", its poster sessions' coffee breaks "Break"), as pretalx writes its submission
    type's name there ("Talk"); else the slot's kind, as before. Both c3voc schemas take any
    text there (the XSD an ``xs:string``, the JSON Schema a string with ``examples``)."""
    return slot_type(slot) or slot.kind


def categories(slot: Slot) -> tuple[str, ...]:
    """What an event is, as an iCalendar ``CATEGORIES`` (RFC 5545: several allowed): the slot's
    kind, then the conference site's type of its event where the page prints one
    (``("invited", "Talk")``, ``("poster", "Break")``)."""
    return tuple(dict.fromkeys(c for c in (slot.kind, slot_type(slot)) if c))


def title(slot: Slot) -> str:
    """What the slot is called: its title, else its label, else its raw text, else its kind."""
    return slot.title or slot.label or slot.raw or slot.kind


def summary(release: Release, slot: Slot) -> str:
    """The slot in one line, as the schedule prints it: ``"Keynote: Jeff Dean — Advances…"``."""
    head = label_and_speakers(release, slot)
    if slot.title:
        head = f"{head} — {slot.title}" if head else slot.title
    return head or slot.raw or slot.kind


def description(release: Release, slot: Slot) -> str:
    """The details of a slot: speakers with affiliations, how its talk is given, another time
    printed for its talk, the part of the program it is under and the slot it repeats, its talks
    (each with how it is given), the links inside its talk's abstract
    (:meth:`~workshop_data.model.Release.abstract_links`, under
    :data:`~workshop_data.words.ABSTRACT_LINKS`: ``- AMC: https://…``), status, an unknown end or
    one the page does not print (:data:`END_DERIVED`).

    How a talk or a slot of no talk is given (``slots.talk_delivery``, ``slots.delivery``,
    ``talks.delivery``) is a line of the details, ``How it is given: Prerecorded & Livestreamed.``
    (:func:`~workshop_data.words.delivery_words`, :func:`~workshop_data.words.slot_deliveries`),
    and after a block's talk ``(how it is given: …)``: neither frab schema has a field for it,
    and the details are what Giggity, ConfClerk and khal show of an event. The title another
    schedule of the page gives the slot's own event or its talk (``slots.event_title``,
    ``slots.talk_event_title``) is a line too, ``Also titled “Poster Session | Coffee Break”.``,
    and a block's talk its type after its title as the site prints it, ``(Spotlight)``
    (:func:`~workshop_data.formats.text.typed`); the slot's own
    type is each format's field for what an event is (:func:`event_type`, :func:`categories`)."""
    lines = []
    if slot.speakers:
        who = "Panelists" if slot.kind == "panel" else "Speakers"
        lines.append(f"{who}: {speaker_text(release, slot.speakers)}")
    if slot_event_title(slot):  # the title another schedule of the page gives the slot's event
        said = "".join(also_titled(slot_event_title(slot))).strip("()")
        lines.append(f"{said[:1].upper()}{said[1:]}.")
    for said in slot_deliveries(slot):  # how the page says the slot's talk, or the slot, is given (NeurIPS 2022)
        given = delivery_words(said)
        lines.append(f"{given[:1].upper()}{given[1:]}.")
    zone = release.workshop.timezone
    if slot.talk_start is not None:  # another time the page prints for the slot's talk
        lines.append(f"Also printed at {talk_span(release, slot.talk_start, slot.talk_end)} ({zone}).")
    if slot.part:  # a heading row the page prints over a part of the program (NeurIPS 2020's "Run 1")
        lines.append(f"Part of the program: {slot.part}.")
    repeats = repeat_words(release, slot)
    if repeats:  # the same row given again in a later part (its Run 2, the evening before)
        said = "".join(p if isinstance(p, str) else f"{p:%Y-%m-%d %H:%M} ({zone})" for p in repeats)
        lines.append(f"{said[:1].upper()}{said[1:]}.")
    talks = release.talks_of(slot.slot_id)
    if talks:
        timed = any(t.start is not None for t in talks)
        lines.append(f"Talks (times in {zone}):" if timed else "Talks:")
        lines += [f"{n}. {talk_text(release, talk)}" for n, talk in enumerate(talks, start=1)]
    linked = release.abstract_links(slot)
    if linked:  # a calendar's details are text: each link its words and URL, which clients show
        lines += [ABSTRACT_LINKS, *(f"- {link_line(x)}" for x in linked)]
    if slot.status:
        lines.append(f"Status: {slot.status}")
    if slot.end is None:
        lines.append(END_UNKNOWN)
    elif slot.end_derived:
        lines.append(END_DERIVED)
    return "\n".join(lines)


def _fingerprints(release: Release) -> dict[str, Hashable]:
    """Slot id -> everything an event shows about the slot (its line, its details, its times,
    kind and place); when it differs, the slot has changed. What no event shows (a speaker's
    bio, photo or links) is not in it: a bio edited is no new revision of the talk's event, and
    a contributed talk's speaker renamed, in the block's details, is one. A slot of unknown
    start is no event (:func:`is_event`), so it has none: its revisions count from the release
    that first gives its time.
    """
    w = release.workshop
    return {
        s.slot_id: (summary(release, s), description(release, s), s.start, s.end, s.kind, w.venue, w.timezone)
        for s in release.slots
        if is_event(s)
    }


@dataclass(frozen=True)
class Withdrawn:
    """An event an earlier release of the edition published in a calendar and the release no
    longer does.

    ``slot`` is the slot as ``last`` (the last release whose calendar published it) gave it, and
    ``sequence`` the ``SEQUENCE`` it had there; ``kinds`` every kind it was published with.
    ``dropped_in`` is the first release whose calendar no longer published it: one that does
    not list the slot, lists it with no start ("TBD": no event, :func:`is_event`), or, in a
    calendar of some kinds, lists it under a kind the calendar leaves out.
    """

    slot: Slot
    last: Release
    sequence: int
    kinds: frozenset[str]
    dropped_in: Release


@dataclass(frozen=True)
class Published:
    """A slot's event as one release published it: the release's place in the
    ``releases`` of its :class:`EventHistory`, the slot as it gave it, and its ``SEQUENCE`` there."""

    at: int
    slot: Slot
    sequence: int


@dataclass(frozen=True)
class EventHistory:
    """An edition's events followed over its releases up to one: each of its slots' revision
    count (:func:`revisions`), and every release's event of each slot (``published``: slot id ->
    the releases that published its event, in order, the slots in the order the edition first
    published them), from which :meth:`cancelled` gives what a calendar cancels."""

    counts: dict[str, int]
    releases: tuple[Release, ...]
    published: dict[str, tuple[Published, ...]]

    @property
    def withdrawn(self) -> tuple[Withdrawn, ...]:
        """The events the history published and the release no longer does (:func:`withdrawn`)."""
        return self.cancelled(None)

    def cancelled(self, kinds: Iterable[str] | None) -> tuple[Withdrawn, ...]:
        """The events the calendar of ``kinds`` (``None`` or empty: every kind) of an earlier
        release published and the calendar of the release does not: each as that calendar last
        published it. In a calendar of some kinds that is also a slot the release lists under
        another kind (NeurIPS 2024's Tim Kraska, ``other`` until release 2024-11-18.1748, then
        ``invited``): a subscriber to the ``other`` calendar keeps its event unless the
        calendar cancels it."""
        wanted = set(kinds) if kinds else None
        newest = len(self.releases) - 1
        out = []
        for events in self.published.values():
            shown = [e for e in events if wanted is None or e.slot.kind in wanted]
            if not shown or shown[-1].at == newest:
                continue
            last = shown[-1]
            out.append(
                Withdrawn(
                    slot=last.slot,
                    last=self.releases[last.at],
                    sequence=last.sequence,
                    kinds=frozenset(e.slot.kind for e in events),
                    dropped_in=self.releases[last.at + 1],
                )
            )
        return tuple(out)


def event_history(release: Release, history: Sequence[Release]) -> EventHistory:
    """Follow every slot's event over ``history`` (oldest first) and then ``release``, once for
    both what :func:`revisions` and :func:`withdrawn` give.

    A slot's count goes up by one when what its event shows differs from the last release that
    published it (its kind included: an event that moves to another kind's calendar is a new
    revision, above its cancellation in the calendar it left); by two when it comes back after
    releases that did not publish it (those published its cancellation with one more, and the
    event that comes back must supersede it: a calendar keeps the higher ``SEQUENCE``).
    """
    seen: dict[str, Hashable] = {}
    count: dict[str, int] = {}
    published: dict[str, list[Published]] = {}
    releases = (*history, release)
    for at, rel in enumerate(releases):
        shown = _fingerprints(rel)
        for slot_id, mark in shown.items():
            events = published.setdefault(slot_id, [])
            if events and events[-1].at != at - 1:  # back after its cancellation
                count[slot_id] = count.get(slot_id, 0) + 2
            elif slot_id in seen and seen[slot_id] != mark:
                count[slot_id] = count.get(slot_id, 0) + 1
            seen[slot_id] = mark
            events.append(Published(at, rel.slot(slot_id), count.get(slot_id, 0)))
    return EventHistory(
        {s.slot_id: count.get(s.slot_id, 0) for s in release.slots},
        releases,
        {slot_id: tuple(events) for slot_id, events in published.items()},
    )


def revisions(release: Release, history: Sequence[Release]) -> dict[str, int]:
    """Slot id -> how many times the slot changed from one release to the next, over
    ``history`` (earlier releases of the edition, oldest first) followed by ``release``.

    A slot changes when what its event shows differs from the last release that had it: its
    summary (label, speakers' names, title), its description (speakers' affiliations, its talks
    and their speakers, status, part, unknown end), its times, kind, or the venue. A slot that
    comes back after releases that did not publish it counts two: its cancellation, published
    meanwhile (:func:`withdrawn`), and its return.
    """
    return event_history(release, history).counts


def withdrawn(release: Release, history: Sequence[Release]) -> tuple[Withdrawn, ...]:
    """The events ``history`` (earlier releases of the edition, oldest first) published and
    ``release`` does not: each slot that had a start in an earlier release and is not in
    ``release``, or is there with no start, as it was last published, in the order the
    edition first published them."""
    return event_history(release, history).withdrawn


def dropped_slot(release: Release, history: Sequence[Release], slot_id: str) -> tuple[Release, Release] | None:
    """When ``release`` does not list slot ``slot_id``: the last release of ``history`` (earlier
    releases of the edition, oldest first) that listed it, and the release after it, which no
    longer did (perhaps ``release``); ``None`` when no release of ``history`` listed it."""
    following = [*history, release][1:]
    for last, dropped_in in zip(reversed(history), reversed(following), strict=True):
        if last.has_slot(slot_id):
            return last, dropped_in
    return None


def first_listing(later: Sequence[Release], slot_id: str) -> Release | None:
    """The first release of ``later`` (an edition's releases after one that does not list slot
    ``slot_id``, oldest first: ``Edition.after``) that lists it; ``None`` when none does."""
    return next((r for r in later if r.has_slot(slot_id)), None)


def withdrawn_note(gone: Withdrawn) -> str:
    """The first line of a cancelled event's description: the release that no longer published
    the slot (and whether it lists it with no time, under a kind the calendar leaves out, or not
    at all), and the release whose slot the event still shows."""
    when = f"{gone.dropped_in.published.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
    slot_id = gone.slot.slot_id
    if not gone.dropped_in.has_slot(slot_id):
        said = "no longer lists this slot"
    elif not is_event(now := gone.dropped_in.slot(slot_id)):
        said = "lists it with no time"
    else:
        said = f"lists it as {now.kind}, a kind this calendar leaves out"
    return f"Release {gone.dropped_in.name} (published {when}) {said}. As release {gone.last.name} last listed it:"


def utc(moment: dt.datetime) -> dt.datetime:
    """An aware datetime in UTC (so that differences count real elapsed time across DST)."""
    return moment.astimezone(dt.UTC)

"""The schedules inside NeurIPS 2020's, 2021's and 2022's ``index.md``, read like schedule pages.

Those editions have no ``schedule.md``: the home page carries a ``schedule-table`` (the same
table the schedule pages have), preceded by a time-zone menu whose script rewrites every time
cell that has a ``data-value-start`` attribute (an ISO 8601 moment with its UTC offset) into the
reader's zone. So what a reader saw in a cell is that moment's time of day, not necessarily the
printed text: NeurIPS 2022's opening row prints nothing and its closing row prints ``17:40``
while its attribute says 16:40. A cell is therefore read from its attribute, converted to the
zone the importer is given, and the printed text only when there is no attribute; a printed time
that disagrees is reported as a warning. The attributes of 2020 and 2021 are written at UTC-08:00
(Pacific Standard Time, the zone of both virtual conferences' schedules), 2022's at UTC-06:00 or
UTC-07:00 (their moments fall on New Orleans' Central time of the detailed schedule).

NeurIPS 2022's page also has a detailed per-talk schedule (a copy of the conference site's,
``<tr id="wse-detail-…">`` rows: a day and time range, a title, a kind such as ``(Spotlight)``,
the people as ``A · B · C``). Its timed spotlight talks become the talks of the overview's
``Contributed Talks`` row whose time range holds them, each with its own time
(``talks.start``/``end``: :func:`with_talk_times`); other timed events the overview does not
hold at that time are reported as warnings (the overview table is the schedule), and untimed
ones (posters) are papers, not schedule rows (their links are the papers':
:func:`.papers.parse_index_papers`). An invited talk's time there (by its speakers) and
a poster session's (the timed poster event overlapping it) where not the row's are the slot's
other printed time (``slots.talk_start``/``talk_end``: :func:`_slot_talk_times`).

The result is the schedule-page importer's :class:`~workshop_data.importer.page.Page`, so
:func:`~workshop_data.importer.release.build_release` gives kinds, titles, people and ids exactly
as for schedule pages (a ``TBD`` time is an unknown start: NeurIPS 2021's invited talks). What
cannot be read fully (a table of nothing but ``TBD``, a heading row over no rows) raises
:class:`WorkshopDataError` naming the file and the row.

A one-cell row is a heading over the rows below it, a part of the program (``slots.part``):
NeurIPS 2020's page printed the day twice for five commits, "Run 1" at UTC-08:00 and
"Run 2 (repeated)" at UTC+04:00 (:attr:`.page.Row.part`). A moment a day off the workshop's in
the venue's zone is on that day (Run 2 starts at 21:00 the evening before in Los Angeles,
:data:`MAX_DAYS_OFF`), and a later part's row that prints what an earlier part's row prints is
that slot given again (``slots.repeats``, :func:`..importer.release.build_release`).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from ..aliases import PACKAGE, AliasTable
from ..errors import WorkshopDataError
from ..importer.inline import blank, collapse
from ..importer.kinds import keyword_kind
from ..importer.page import (
    Page,
    Row,
    attribute_values,
    contact_email,
    has_class,
    heading_links,
    headings_outside,
    parse_html,
    program_rows,
    row_cells,
    schedule_table,
    split_front_matter,
    starts_own_order,
    text_content,
)
from ..importer.release import Imported, build_release
from ..importer.sections import read_section
from ..importer.times import Clocks, TimeCell, clock_text, parse_cell
from ..importer.workshop import parse_description
from ..links import KIND_WORDS, kind_of_url, link_kind
from ..memo import Memo, made, replaced
from ..model import Correction, Release, Slot, Talk
from ..schema import DATETIME_FORMAT, INVITED_KINDS
from ..timeutil import check_timezone, wall_time_problem
from .facts import READ_TIMES, REVIEWED_IN

#: The detailed schedule's people separator (``A · B · C``).
_PEOPLE_SEPARATOR = re.compile(r"\s*·\s*")
#: A detailed event's time: an optional weekday, then a range (``Sat 8:30 a.m. - 8:40 a.m.``).
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class DetailedEvent:
    """A timed event of the detailed schedule, as printed."""

    line: int
    start: dt.time
    end: dt.time
    title: str
    #: The event's kind in parentheses, without them (``"Spotlight"``, ``"Talk"``, ``"Break"``): the
    #: conference site's type of the event (``talks.presentation``, ``slots.talk_presentation``,
    #: ``slots.presentation``, as ``papers.presentation`` holds a poster's "(Poster)").
    kind: str
    people: tuple[str, ...]
    #: The event's materials: (kind, href), each link once (the ``OpenReview`` button; the
    #: ``SlidesLive Video`` button links nothing: its ``href`` is the in-page toggle
    #: ``#collapse-sl-…`` of a player a script would embed from a bare ``presentationId``, and
    #: the site loads no SlidesLive script, so the page prints no recording URL).
    links: tuple[tuple[str, str], ...] = ()
    #: How the event is given, as the title's tooltip prints it before its id ("In-person
    #: Presentation, Prerecorded Backup | id: 62280"); empty: none printed, or a tooltip that only
    #: repeats the event's :attr:`kind` (:func:`_event`: a coffee break's "Break | id: 65364" beside
    #: its "(Break)" says what the event is, not how it is given).
    delivery: str = ""


#: A moment this many days or fewer from the workshop's day, in the venue's zone, is on the day it
#: says (a run of the program for other time zones: NeurIPS 2020's Run 2 at 09:00 UTC+04:00 is the
#: evening before in Los Angeles); one further off is a leftover of another year (NeurIPS 2022's
#: closing cell, dated 2021-12-13), read on the workshop's day with a warning.
MAX_DAYS_OFF = 1


def _shown_time(
    where: str, cell: Any, zone: str, day: dt.date | None, warnings: list[str], contradicted: list[tuple[str, str]]
) -> tuple[str, dt.date | None]:
    """The time a reader saw in a time cell: the ``data-value-start`` moment in ``zone``, else the
    text; and the moment's day where it is another day than ``day`` (:data:`MAX_DAYS_OFF`), else
    None. A cell whose text says another time is added to ``contradicted`` as (text, moment)."""
    printed = collapse(text_content(cell))
    value = cell.get("data-value-start")
    if value is None:
        return printed, None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise WorkshopDataError(
            f"{where}: data-value-start {value!r} is not an ISO 8601 date and time with a UTC offset"
        )
    local = moment.astimezone(check_timezone(zone))
    shown = clock_text(local.time())  # with its AM/PM: read as written, never guessed
    own_day = None
    if day is not None and local.date() != day and abs((local.date() - day).days) <= MAX_DAYS_OFF:
        own_day = local.date()
    elif day is not None and local.date() != day:
        warnings.append(
            f"{where}: data-value-start {value!r} is on {local.date()} in {zone}, not the workshop's day {day}; "
            f"the page's script shows only its time of day, {shown}"
        )
    if printed:
        try:
            cell_time: TimeCell | None = parse_cell(printed)
        except ValueError:
            cell_time = None
        if cell_time is None or cell_time.start.resolve(cell_time.start.meridiem) != local.time().replace(second=0):
            contradicted.append((printed, value))
            warnings.append(
                f"{where}: the cell prints {printed!r} but the page's script shows {shown} "
                f"(data-value-start {value!r} in {zone}); read as {shown}"
            )
    return shown, own_day


def _overview_rows(
    path: str,
    table: Any,
    offset: int,
    zone: str,
    day: dt.date | None,
    warnings: list[str],
    contradicted: list[tuple[str, str]],
) -> tuple[Row, ...]:
    """The overview table's rows, times as shown, each with the heading row above it (``Run 1``,
    ``Run 2 (repeated)``: a one-cell row names the part of the program the rows below it are, and
    must be over some, :func:`~workshop_data.importer.page.program_rows`); rows are numbered with
    the heading rows."""
    rows: list[Row] = []
    for row in program_rows(path, table, offset):
        where = f"{path}, row {row.number} (line {row.line})"
        time, own_day = _shown_time(where, row.cells[0], zone, day, warnings, contradicted)
        rows.append(Row(number=row.number, line=row.line, time=time, section=row.cells[-1], part=row.part, day=own_day))
    return tuple(rows)


def _event_time(where: str, text: str) -> tuple[dt.time, dt.time]:
    try:
        cell = parse_cell(_WEEKDAY.sub("", text))
    except ValueError:
        cell = None
    if cell is None or cell.end is None or cell.start.meridiem is None or cell.end.meridiem is None:
        raise WorkshopDataError(f"{where}: time {text!r} is not a range such as 'Sat 8:30 a.m. - 8:40 a.m.'")
    start, end = cell.start.resolve(cell.start.meridiem), cell.end.resolve(cell.end.meridiem)
    if end <= start:  # a release holds no talk ending before it starts
        raise WorkshopDataError(f"{where}: time {text!r} ends at {clock_text(end)}, not after its start")
    return start, end


#: What an event of the detailed schedule says but its line: start, end, title, kind, people, links,
#: how it is given.
_Event = tuple[dt.time, dt.time, str, str, tuple[str, ...], tuple[tuple[str, str], ...], str]
#: The tooltip of an event's title: how it is given, then the conference site's id of the event.
_TOOLTIP = re.compile(r"^(?P<delivery>.*?)\s*\|\s*id:\s*\d+\s*$", re.DOTALL)
#: The detailed schedule's rows read in this process, by their HTML (None: untimed): every version
#: of NeurIPS 2022's home page prints the same hundreds of rows; each is read once (a row that
#: cannot be read raises, naming its line, and is not remembered).
_EVENTS: Memo[bytes, _Event | None] = Memo(8192)


def detailed_events(path: str, root: Any, offset: int) -> tuple[DetailedEvent, ...]:
    """The timed events of a detailed schedule (``<tr id="wse-detail-…">``), in page order."""
    from lxml import etree

    events: list[DetailedEvent] = []
    rows = (value.getparent() for value in attribute_values(root, "id", "tr") if value.startswith("wse-detail-"))
    for tr in rows:  # //tr[starts-with(@id, 'wse-detail-')], without a predicate tried at every row
        line = (tr.sourceline or 0) + offset - 1
        where = f"{path}, detailed schedule event {tr.get('id')[len('wse-detail-') :]} (line {line})"
        event = _EVENTS.get(etree.tostring(tr, with_tail=False), functools.partial(_event, tr, where))
        if event is not None:
            events.append(DetailedEvent(line, *event))
    return tuple(events)


def _event(tr: Any, where: str) -> _Event | None:
    """What a row of the detailed schedule says (None: an untimed event, a poster of the papers
    list, not a schedule row); ``where`` names it in errors."""
    cells = [c for c in row_cells(tr) if c.tag.lower() == "td"]
    # .//*[contains(concat(' ', normalize-space(@class), ' '), ' workshopevent-date ')][1], without the
    # predicate's strings built at every element of the row
    date = next((el for el in tr.iterdescendants() if has_class(el.get("class"), "workshopevent-date")), None)
    when = collapse(text_content(date)) if date is not None else ""
    if when in ("", "-"):
        return None
    if len(cells) < 3:
        raise WorkshopDataError(f"{where}: {len(cells)} cells, expected time, event and people")
    start, end = _event_time(where, when)
    strong = cells[1].xpath(".//strong")
    title = collapse(text_content(strong[0])) if strong else ""
    if not title:
        raise WorkshopDataError(f"{where}: the event has no title (<strong>)")
    kind = " ".join(collapse(text_content(s)).strip("() ") for s in cells[1].xpath("./small"))
    people = " ".join(collapse(text_content(i)) for i in cells[2].xpath(".//i"))
    names = tuple(n for n in _PEOPLE_SEPARATOR.split(people) if n)
    # the conference site's tooltip prints an event's delivery ("In-person Presentation, Prerecorded
    # Backup"), but for a break its type again: "Break | id: 65364" over "(Break)" is no delivery
    delivery = tooltip_delivery(strong[0])
    return start, end, title, kind, names, material_links(cells[1]), delivery if delivery != kind else ""


def tooltip_delivery(strong: Any) -> str:
    """How an event or a paper is given, as its title's tooltip prints it (``title="In-person
    Presentation, Prerecorded Backup | id: 62280"``: the words before the conference site's id;
    a poster's "Prerecorded, on-demand, not streamed during event", :mod:`.papers`); empty where
    the title has no tooltip, or one that is not so written."""
    match = _TOOLTIP.match(strong.get("title") or "")
    return collapse(match.group("delivery")) if match else ""


def material_links(cell: Any) -> tuple[tuple[str, str], ...]:
    """The materials an event's cell links (the talk's, or the paper's of a row of the list of
    accepted papers copied from the same site, :func:`.papers.parse_index_papers`): (kind, href)
    of each link whose text names one (:func:`~workshop_data.links.link_kind`), each ``href``
    once, its most telling text first; a link only called "link »" is taken for what it points
    to (an OpenReview forum is the paper)."""
    found: dict[str, str] = {}
    for a in cell.iter("a"):
        href, kind = (a.get("href") or "").strip(), link_kind(text_content(a))
        if href and not href.startswith("#") and kind is not None and found.get(href, "other") == "other":
            found[href] = kind
    return tuple((kind if kind != "other" else kind_of_url(href), href) for href, kind in found.items())


def _talk_item(event: DetailedEvent) -> Any:
    """An ``<li>`` the section reader reads as the event's talk: the title and its material
    links, then ``Speakers: A, B``."""
    from lxml.html import builder as E

    parts: list[Any] = [event.title]
    for kind, href in event.links:
        parts += [" ", E.A(KIND_WORDS[kind], href=href)]
    if event.people:
        parts += [E.BR(), "Speakers: " + ", ".join(event.people)]
    return E.LI(*parts)


def _with_talks(
    path: str, rows: tuple[Row, ...], events: tuple[DetailedEvent, ...], warnings: list[str]
) -> tuple[tuple[Row, ...], list[DetailedEvent]]:
    """The rows, with each timed spotlight as a talk of the contributed row whose time range holds
    it, and the events so placed."""
    if not events:
        return rows, []
    clocks = Clocks(path, [])
    spans: list[tuple[dt.time | None, dt.time | None]] = []
    for i, r in enumerate(rows):
        if starts_own_order(rows, i):
            clocks.previous = None
        spans.append(clocks.resolve(r.time, r.number))
    ends = [end or (spans[i + 1][0] if i + 1 < len(spans) else None) for i, (_, end) in enumerate(spans)]
    # each cell read once per its HTML (:func:`~workshop_data.importer.sections.read_section`: the same reading)
    contributed = [keyword_kind(read_section(r.section, set(), table=PACKAGE).label) == "contributed" for r in rows]
    talks: dict[int, list[DetailedEvent]] = {}
    for event in events:
        holders = [
            i
            for i, ((start, _), end) in enumerate(zip(spans, ends, strict=True))
            if start is not None and start <= event.start and end is not None and event.end <= end
        ]
        sessions = [i for i in holders if contributed[i]]
        if keyword_kind(event.kind) == "contributed" and sessions:
            talks.setdefault(sessions[0], []).append(event)
        elif not holders or keyword_kind(event.kind) == "contributed":
            warnings.append(
                f"{path}: line {event.line}: the detailed schedule has {event.title!r} ({event.kind}) at "
                f"{clock_text(event.start)}-{clock_text(event.end)}, which the schedule table does not hold "
                "then; kept out of the data (the schedule table is the schedule)"
            )
    from lxml.html import builder as E

    out = list(rows)
    for i, held in talks.items():
        cell = copy.deepcopy(rows[i].section)
        cell.append(E.UL(*(_talk_item(e) for e in held)))
        out[i] = replace(rows[i], section=cell)
    return tuple(out), [e for held in talks.values() for e in held]


def _read(text: str, path: Path, timezone: str, warnings: list[str]) -> tuple[Page, list[DetailedEvent]]:
    """The page, and the detailed schedule's events placed in it as talks."""
    if blank(text):
        raise WorkshopDataError(f"{path}: the page is empty")
    check_timezone(timezone)
    front_matter, body, offset = split_front_matter(path, text)
    root = parse_html(path, body, offset)
    table = schedule_table(path, root, offset, body)
    day = parse_description(str(front_matter.get("site_description") or "")).date
    contradicted: list[tuple[str, str]] = []
    rows = _overview_rows(str(path), table, offset, timezone, day, warnings, contradicted)
    events = detailed_events(str(path), root, offset)
    rows, placed = _with_talks(str(path), rows, events, warnings)
    page = Page(
        path=str(path),
        front_matter=front_matter,
        rows=rows,
        contact_email=contact_email(root, path, offset),
        headings=headings_outside(root, table),
        heading_links=heading_links(root, table),
        talk_times=tuple((e.title, tuple(dict.fromkeys(e.people)), e.start, e.end) for e in events),
        deliveries=tuple(
            (e.title, tuple(dict.fromkeys(e.people)), e.start, e.end, e.delivery) for e in events if e.delivery
        ),
        presentations=tuple(
            (e.title, tuple(dict.fromkeys(e.people)), e.start, e.end, e.kind) for e in events if e.kind
        ),
        contradicted=tuple(contradicted),
    )
    return page, placed


def with_read_times(release: Release, page: Page, edition: str) -> Release:
    """``release`` (built from ``page``) with a correction for each time cell of the page that
    contradicts its ``data-value-start`` and was read by hand (:data:`.facts.READ_TIMES`): the
    slot so labelled keeps the moment's time, the correction says what the cell printed and why.
    A reviewed cell whose slot is not there, or not at that time, raises: the review is stale."""
    read = [f for f in READ_TIMES if f.edition == edition and (f.printed, f.moment) in page.contradicted]
    corrections = list(release.corrections)
    for fact in read:
        moment = dt.datetime.fromisoformat(fact.moment)
        slots = [s for s in release.slots if s.label == fact.label and s.start is not None]
        if len(slots) != 1 or slots[0].start.time() != moment.time():  # type: ignore[union-attr]
            raise WorkshopDataError(
                f"{page.path}: the time cell {fact.printed!r} (data-value-start {fact.moment!r}) read by hand "
                f"({REVIEWED_IN}) is not the start of one slot labelled {fact.label!r} at {moment:%H:%M}"
            )
        slot = slots[0]
        corrections.append(
            made(
                Correction, "slots", slot.slot_id, "start", fact.printed, f"{slot.start:{DATETIME_FORMAT}}", fact.reason
            )
        )
    return replace(release, corrections=tuple(corrections)) if read else release


def with_talk_times(release: Release, page: Page, table: AliasTable) -> Release:
    """``release`` (built from ``page``) with the times the page prints for its talks
    (:attr:`Page.talk_times`: NeurIPS 2022's detailed schedule): each talk of a block its own
    (by title and presenters: each spotlight's ten minutes inside the ``Contributed Talks``
    row), and a speaker's slot the time of the talk by its speakers where it is not the row's
    (:func:`_slot_talk_times`, speakers told apart by ``table``: the import's alias table). The
    day is the slot's (else the workshop's); a talk of a slot with neither keeps no time. Each
    talk also gets how the page says it is given and its type (:attr:`Page.deliveries`,
    :attr:`Page.presentations`: a spotlight's "Spotlight"), each slot its own or its talk's
    (:func:`_slot_events`)."""
    if not page.talk_times:
        return release
    times = {(title, people): (start, end) for title, people, start, end in page.talk_times}
    deliveries = {(title, people): delivery for title, people, _, _, delivery in page.deliveries}
    types = {(title, people): kind for title, people, _, _, kind in page.presentations}
    names = {p.person_id: p.name for p in release.people}
    talks = []
    for t in release.talks:
        key = (t.title, tuple(names[s] for s in t.speakers))
        found, delivery, kind = times.get(key), deliveries.get(key, ""), types.get(key, "")
        day = _day(release, release.slot(t.slot_id))
        if found is None or day is None:
            talks.append(replaced(t, delivery=delivery, presentation=kind) if delivery or kind else t)
            continue
        start, end = _on(release, page, day, found, repr(t.title))
        talks.append(
            made(Talk, t.talk_id, t.slot_id, t.order, t.title, t.title_myst, t.speakers, start, end, delivery, kind)
        )
    slots = _slot_events(_slot_talk_times(release, page, names, table), page, names, table)
    return replace(release, talks=tuple(talks), slots=slots)


#: The kinds of slot that are a talk or hold talks: how the page gives one, and its type, are its
#: talk's (``slots.talk_delivery``, ``slots.talk_presentation``, ``talks.delivery``,
#: ``talks.presentation``), never the slot's own (``slots.delivery``, ``slots.presentation``).
_TALK_KINDS = frozenset((*INVITED_KINDS, "contributed"))


def _slot_events(slots: tuple[Slot, ...], page: Page, names: dict[str, str], table: AliasTable) -> tuple[Slot, ...]:
    """``slots``, a keynote's or invited talk's with how the page's other schedule says the talk
    by the same speakers is given (:attr:`Page.deliveries`) and its type (:attr:`Page.presentations`),
    names read as one person by ``table``'s ``person_key``, as :func:`_slot_talk_times` matches them:
    NeurIPS 2022's Jeff Dean "Prerecorded & Livestreamed", "Talk", and the title that schedule gives
    it where it is not the slot's label or title (``slots.talk_event_title``: "Jeff Dean - Invited
    Talk", of :attr:`Page.talk_times`). A slot of no speakers, or whose
    speakers the other schedule gives no such talk or several, gets none. A slot that is no talk gets
    its own (``slots.delivery``, ``slots.presentation``, and ``slots.event_title`` where the event's
    title is not the slot's label) from the event of no people its time holds (:func:`_own_events`):
    NeurIPS 2022's opening remarks "In-person Intro, Opening/Closing Remarks (introduction by
    moderator)", each poster session's "Poster Session | Coffee Break", "Break"."""
    person_key = table.person_key

    def by_people(said: tuple[tuple[str, tuple[str, ...], dt.time, dt.time, str], ...]) -> dict[Any, list[str]]:
        found: dict[frozenset[str], list[str]] = {}
        for _, people, _, _, words in said:
            if people:
                found.setdefault(frozenset(person_key(n) for n in people), []).append(words)
        return found

    deliveries, types = by_people(page.deliveries), by_people(page.presentations)
    titles = by_people(tuple((title, people, start, end, title) for title, people, start, end in page.talk_times))
    delivery = {(title, start, end): words for title, people, start, end, words in page.deliveries if not people}
    kind = {(title, start, end): words for title, people, start, end, words in page.presentations if not people}
    unnamed = [(title, start, end) for title, people, start, end in page.talk_times if not people]
    own = _own_events([s for s in slots if s.kind not in _TALK_KINDS], unnamed)
    out = []
    for slot in slots:
        key = frozenset(person_key(names[p]) for p in slot.speakers)
        given, typed, titled = deliveries.get(key, []), types.get(key, []), titles.get(key, [])
        if slot.kind in INVITED_KINDS and slot.speakers and 1 in (len(given), len(typed), len(titled)):
            out.append(
                replaced(
                    slot,
                    talk_delivery=given[0] if len(given) == 1 else slot.talk_delivery,
                    talk_presentation=typed[0] if len(typed) == 1 else slot.talk_presentation,
                    talk_event_title=(
                        titled[0]
                        if len(titled) == 1 and titled[0] not in (slot.label, slot.title)
                        else slot.talk_event_title
                    ),
                )
            )
        elif slot.slot_id in own:
            event = own[slot.slot_id]
            out.append(
                replaced(
                    slot,
                    delivery=delivery.get(event, slot.delivery),
                    presentation=kind.get(event, slot.presentation),
                    event_title=event[0] if event[0] != slot.label else "",
                )
            )
        else:
            out.append(slot)
    return tuple(out)


_E = TypeVar("_E", bound=tuple[Any, ...])


def _own_events(slots: list[Slot], events: list[_E]) -> dict[str, _E]:
    """Each slot's own event, by slot id: of ``events`` (each ``(title, start, end, …)``, times of
    day), the one whose title names the slot's kind (:func:`~workshop_data.importer.kinds.keyword_kind`)
    and whose time overlaps the slot's and that of no other slot of ``slots`` of that kind. A slot
    of no end, or no start, or whose time overlaps no such event or several, has none."""
    timed = [s for s in slots if s.start is not None and s.end is not None]
    kinds = [keyword_kind(e[0]) for e in events]

    def overlap(slot: Slot, i: int) -> bool:
        event = events[i]
        return kinds[i] == slot.kind and slot.start.time() < event[2] and event[1] < slot.end.time()  # type: ignore[union-attr]

    out = {}
    for slot in timed:
        held = [i for i in range(len(events)) if overlap(slot, i)]
        if len(held) == 1 and [s for s in timed if overlap(s, held[0])] == [slot]:
            out[slot.slot_id] = events[held[0]]
    return out


def _day(release: Release, slot: Slot) -> dt.date | None:
    return slot.start.date() if slot.start is not None else release.workshop.date


def _on(
    release: Release, page: Page, day: dt.date, clocks: tuple[dt.time, dt.time], talk: str
) -> tuple[dt.datetime, ...]:
    """The detailed schedule's start and end of ``talk`` on ``day``; an error naming the page and
    the talk for a time the venue's clock skips (a daylight-saving change): a release holds none."""
    times = tuple(dt.datetime.combine(day, clock) for clock in clocks)
    for moment in times:
        problem = wall_time_problem(moment, release.workshop.timezone)
        if problem is not None:
            raise WorkshopDataError(
                f"{page.path}: the detailed schedule's talk {talk} at {clock_text(moment.time())} on {day} {problem}"
            )
    return times


def _slot_talk_times(release: Release, page: Page, names: dict[str, str], table: AliasTable) -> tuple[Slot, ...]:
    """The release's slots, a poster session's with its time in the page's other schedule
    (:func:`_poster_times`), a keynote's or invited talk's with the time the page's other
    schedule gives the talk by the same speakers (printed names read as one person by
    ``table``'s ``person_key``: 'Steve Keckler' in the table, 'Stephen Keckler' in the detailed
    schedule) where it is not the row's: NeurIPS 2022's detailed schedule keeps the afternoon's
    invited talks at the times the table had before the workshop day's changes."""
    person_key = table.person_key
    by_people: dict[frozenset[str], list[tuple[dt.time, dt.time]]] = {}
    for _, people, begins, ends in page.talk_times:
        if people:
            by_people.setdefault(frozenset(person_key(n) for n in people), []).append((begins, ends))
    posters = _poster_times(release, page)
    slots = []
    for slot in release.slots:
        day = _day(release, slot)
        found = by_people.get(frozenset(person_key(names[p]) for p in slot.speakers), [])
        if slot.slot_id in posters:
            found = [posters[slot.slot_id]]
        elif slot.kind not in INVITED_KINDS:
            found = []
        if len(found) != 1 or day is None:
            slots.append(slot)
            continue
        what = f"{slot.label!r}" if slot.slot_id in posters else f"by {', '.join(names[p] for p in slot.speakers)}"
        start, end = _on(release, page, day, found[0], what)
        if (start, end) == (slot.start, slot.end):
            slots.append(slot)
        else:
            slots.append(replaced(slot, talk_start=start, talk_end=end))
    return tuple(slots)


def _poster_times(release: Release, page: Page) -> dict[str, tuple[dt.time, dt.time]]:
    """Each poster session's time in the page's other schedule, by slot id: the one timed poster
    event of the detailed schedule (``Poster Session | Coffee Break``, no people) whose time
    overlaps the slot's and no other poster slot's. NeurIPS 2022's detailed schedule prints the
    afternoon session at 1:55-2:25 p.m., its schedule table at 1:45PM - 2:15PM."""
    events = [(title, start, end) for title, people, start, end in page.talk_times if not people]
    found = _own_events([s for s in release.slots if s.kind == "poster"], events)
    return {slot_id: (start, end) for slot_id, (_, start, end) in found.items()}


def schedule_page(text: str, path: str | Path, timezone: str, warnings: list[str] | None = None) -> Page:
    """The schedule inside one version of an ``index.md`` as a schedule page's :class:`Page`.

    Times are as the page's script shows them in ``timezone`` (an IANA name); ``warnings``
    collects what the page contradicts itself about. :class:`WorkshopDataError` names the file
    and row of what cannot be read.
    """
    return _read(text, Path(path), timezone, warnings if warnings is not None else [])[0]


def _check_talks(page: Page, imported: Imported, placed: list[DetailedEvent]) -> None:
    """Every detailed talk placed in a row came out with its title and people (else an error)."""
    names = {p.person_id: p.name for p in imported.release.people}
    read = {(t.title, tuple(names[s] for s in t.speakers)) for t in imported.release.talks}
    for event in placed:
        if (event.title, tuple(dict.fromkeys(event.people))) not in read:
            raise WorkshopDataError(
                f"{page.path}: line {event.line}: the detailed schedule's talk {event.title!r} by "
                f"{', '.join(event.people) or 'nobody'} cannot be read as a title and names"
            )


def schedule_release(
    text: str,
    path: str | Path,
    edition: str,
    name: str,
    published: dt.datetime | None = None,
    timezone: str = "",
) -> Imported:
    """The release the schedule inside one version of an ``index.md`` describes (fresh ids).

    ``timezone`` is the IANA zone the times are read in (the page's script converts the
    ``data-value-start`` moments into it). Warnings of the page and of the import are in
    :attr:`Imported.warnings`.
    """
    if not timezone:
        raise WorkshopDataError(f"{path}: no time zone given to read the schedule's times in")
    warnings: list[str] = []
    page, placed = _read(text, Path(path), timezone, warnings)
    imported = build_release(page, edition, name, published, timezone, table=PACKAGE)
    _check_talks(page, imported, placed)
    imported = replace(
        imported, release=with_read_times(with_talk_times(imported.release, page, PACKAGE), page, edition)
    )
    imported.warnings[:0] = warnings
    return imported

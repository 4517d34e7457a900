"""Plain-text formats: the CLI's readable table, and CSV with one row per slot.

The CSV export is opened in spreadsheets, which run a cell starting with ``=``, ``+``, ``-`` or
``@`` (or a tab or carriage return before one) as a formula: ``=cmd|' /C calc'!A0``, and read
2018's ``+ Coffee Break`` as one too. As OWASP's advice on CSV injection says, such a cell is
written with a ``'`` in front, which spreadsheets show as text (:func:`spreadsheet_safe`;
:func:`spreadsheet_value` undoes it), in every CSV the package writes for people
(:func:`spreadsheet_csv`: this one and ``workshop-data papers``). A number (``-5``, ``+1.5``)
is a number there, not a formula, and keeps its sign; the times begin with their year (their
``-05:00`` offsets are inside them). A spreadsheet whose list separator is ``;`` (Excel and
LibreOffice in German, French, Dutch… locales) splits the file's lines at every ``;``, where a
``"`` quotes nothing unless it starts a piece, and so a quoted line break ends its row: a title
``Advances;=cmd|' /C calc'!A0``, or an abstract's second paragraph ``=cmd|…`` in the history's
CSV, starts a cell there, which runs. OWASP's advice says to mind the separator too, so a ``;``
or a line break before such a start is followed by a ``'`` (undone by :func:`spreadsheet_value`
as well). Spaces before such a start do not make it text everywhere: Excel and Google Sheets
take a typed `` =1+1`` as text, but LibreOffice Calc's text import with its "Trim spaces" and
"Evaluate formulas" options (CSV filter tokens 11 and 13) drops the spaces of an unquoted cell
and runs what is left: LibreOffice 7.4.7 read ``a, =1+1`` and, splitting at ``;``,
``Ada; =1+1`` as ``2`` (measured 2026-12-05). So is the papers' ``"; "``-joined authors' `` =x``:
spaces are passed over to find a start, at a cell's start and after a ``;`` or a line break. This
is the export format only: a release's own CSV files are data and hold every value as it is (the
site offers a copy of each for a spreadsheet beside it, :func:`spreadsheet_copy`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import textwrap
from collections.abc import Iterable, Sequence

from ..model import NOT_LISTED, Release, Slot, Talk, listed, talks_listed
from ..schema import EVENT_TITLE
from ..timeutil import UNKNOWN, at_the_venue, aware, check_timezone, day_text, zone_label
from ..words import (
    ABSTRACT_LINKS,
    DERIVED_MARK,
    DERIVED_NOTE,
    delivery_words,
    link_line,
    repeat_words,
    schedule_not_listed,
    slot_deliveries,
)
from .guard import CELL_SPLITS, FORMULA_STARTS

CSV_COLUMNS = (
    "slot_id",
    "start",
    "end",
    "end_derived",
    "kind",
    "label",
    "title",
    "status",
    "speakers",
    "affiliations",
    "talks",
    "talk_start",
    "talk_end",
    "talk_times",
    "part",
    "repeats",
    "talk_delivery",
    "talks_delivery",
    "abstract_links",
    "delivery",
    "talk_presentation",
    "talks_presentation",
    "presentation",
    "event_title",
    "talk_event_title",
)
#: A cell a spreadsheet would read as a formula: one of :data:`~workshop_data.formats.FORMULA_STARTS`
#: first, after any spaces (which a spreadsheet trimming them drops) and ``'`` (a cell already
#: starting with ``'`` before one gets one more, so that the prefix can be undone).
_START = "[ ']*[" + re.escape(FORMULA_STARTS) + "]"
_FORMULA = re.compile(_START)
#: Just after one of :data:`~workshop_data.formats.CELL_SPLITS` (a ``;`` or a line break), before
#: what :data:`_FORMULA` matches: where a spreadsheet splitting lines at ``;`` starts a cell that
#: it would run (numbers too: such a cell runs on to the next ``;``), a space after the ``;``
#: included (authors joined by ``"; "``).
_AFTER_SPLIT = "(?<=[" + re.escape(CELL_SPLITS) + "])"
_SPLIT_FORMULA = re.compile(_AFTER_SPLIT + "(?=" + _START + ")")
#: The ``'`` :func:`spreadsheet_safe` writes at :data:`_SPLIT_FORMULA`.
_SPLIT_GUARDED = re.compile(_AFTER_SPLIT + "'(?=" + _START + ")")
#: The characters :data:`_SPLIT_FORMULA` follows.
_SPLITS = frozenset(CELL_SPLITS)
#: A signed number, which a spreadsheet reads as one: ``-5``, ``+1.5``, ``-2e3``.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` with a ``'`` in front when a spreadsheet would read it as a formula (but a
    number, :data:`_NUMBER`), and after each ``;`` or line break a spreadsheet splitting at ``;``
    would start one at (:data:`_SPLIT_FORMULA`)."""
    if not _SPLITS.isdisjoint(cell):
        cell = _SPLIT_FORMULA.sub("'", cell)
    return "'" + cell if _FORMULA.match(cell) and not _NUMBER.fullmatch(cell.lstrip(" ")) else cell


def spreadsheet_value(cell: str) -> str:
    """The value :func:`spreadsheet_safe` wrote as ``cell``."""
    value = cell[1:] if cell.startswith("'") and _FORMULA.match(cell, 1) else cell
    return value if _SPLITS.isdisjoint(value) else _SPLIT_GUARDED.sub("", value)


def spreadsheet_csv(header: Sequence[str], rows: Iterable[Iterable[str]]) -> str:
    """CSV a spreadsheet opens safely: the header, then the rows, every cell
    :func:`spreadsheet_safe`; RFC 4180 line ends (with ``\n``, Python's writer leaves a cell
    holding a CR unquoted)."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(header)
    out.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buf.getvalue()


def spreadsheet_copy(text: str) -> str:
    """A CSV file's ``text`` (a release's own: RFC 4180) as :func:`spreadsheet_csv` writes it (its
    header as it is, every other cell :func:`spreadsheet_safe`): the copy of a release's file the site offers
    for a spreadsheet beside the file itself, which keeps every value as it is."""
    rows = csv.reader(io.StringIO(text, newline=""))
    return spreadsheet_csv(next(rows, []), rows)


def speaker_text(release: Release, ids: Iterable[str]) -> str:
    """The people ``ids`` as ``"Name (Affiliation, …), Name"``."""
    parts = []
    for pid in ids:
        p = release.person(pid)
        parts.append(f"{p.name} ({', '.join(p.affiliations)})" if p.affiliations else p.name)
    return ", ".join(parts)


def count_text(n: int | None, noun: str) -> str:
    """How many of ``noun`` a listing shows: ``"1 paper"``, ``"26 papers"``, ``"papers unknown"``
    where the release's schema does not record them (None)."""
    if n is None:
        return f"{noun}s {UNKNOWN}"
    return f"{n} {noun}{'s' * (n != 1)}"


def listed_text(rows: int | None, noun: str = "paper", what: str = "") -> str:
    """A count of a list the site's pages give (accepted papers, the schedule's slots) as a listing
    shows it (:func:`count_text`), from the release's rows of it (None: its schema does not record
    them): ``"26 papers"``, ``"papers unknown"``, and ``"papers not listed"`` where it has none
    (:func:`~workshop_data.model.listed`: the site did not list them, not "0 papers"); ``what``
    names the list there: ``listed_text(0, "slot", "schedule")`` is ``"schedule not listed"``."""
    n = listed(rows)
    return count_text(n, noun) if n is not None or rows is None else f"{what or noun + 's'} {NOT_LISTED}"


def schedule_text(slots: int | None, talks: int | None) -> str:
    """A release's programme as a listing counts it, from its slot and talk rows: ``"18 slots, 2
    talks"``, and ``"schedule not listed"`` where it has no slot (:func:`~workshop_data.model.listed`:
    a version of the pages from before the edition's schedule, not a workshop without a programme;
    its talks, given inside the slots, are not known either: :func:`~workshop_data.model.talks_listed`)."""
    known = talks_listed(talks, slots)
    return listed_text(slots, "slot", "schedule") + (f", {count_text(known, 'talk')}" if known is not None else "")


def release_counts(release: Release) -> str:
    """What a release holds, counted: ``"14 slots, 4 talks, 5 people"`` (``"1 slot, 1 talk, 1
    person"``; ``"schedule not listed, 5 people"`` before its edition's pages had a schedule:
    :func:`schedule_text`), as the changelog says its first release and ``import`` and
    ``validate`` the one they wrote or checked."""
    people = "1 person" if len(release.people) == 1 else f"{len(release.people)} people"
    return f"{schedule_text(len(release.slots), len(release.talks))}, {people}"


def listed_cell(count: int | None, recorded: bool = True) -> str:
    """:func:`listed_text` in a table's column, from the count :func:`~workshop_data.model.listed`
    (or :func:`~workshop_data.model.talks_listed`) gives and whether the release's schema records
    the rows: ``"26"``, ``"not listed"``, ``"unknown"``."""
    return str(count) if count is not None else NOT_LISTED if recorded else UNKNOWN


def zone_named(release: Release, tz: str | None = None) -> str:
    """The zone times are shown in, named with its abbreviation and offset on the workshop's first
    slot of known time: ``"America/Vancouver (PST, UTC-08:00)"``."""
    first = release.first_start
    if first is None:
        return tz or release.workshop.timezone
    return f"{tz or release.workshop.timezone} ({zone_label(aware(first, release.workshop.timezone, tz))})"


def published_text(moment: dt.datetime) -> str:
    """When a release was published, in UTC to the minute, as readers see it: ``2024-12-05 09:30``
    (the CLI's ``releases``, the site's releases table and changelog; the year always four digits)."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")


def published_words(moment: dt.datetime, venue_tz: str) -> str:
    """When a release was published, for the command line: :func:`published_text` in UTC and the
    venue's clock beside it (:func:`~workshop_data.timeutil.at_the_venue`), as the site's
    changelog and releases table give it: ``2024-11-20 00:00 UTC, 2024-11-19 16:00 at the venue``
    (``releases`` and ``history``)."""
    venue = at_the_venue(moment, venue_tz)
    return f"{published_text(moment)} UTC" + (f", {venue}" if venue else "")


def days_named(release: Release, tz: str | None = None) -> str:
    """The day(s) the schedule falls on in the zone shown (the reader's with ``tz``, which may
    not be the venue's day): ``"Monday 16 December 2024"``, ``"Sunday 15 December 2024 –
    Monday 16 December 2024"``; the workshop's date when no slot's time is known, else ``"date
    not known"``."""
    w = release.workshop
    days = sorted({aware(s.start, w.timezone, tz).date() for s in release.slots if s.start is not None})
    if not days:
        return day_text(w.date) if w.date else "date not known"
    return day_text(days[0]) if len(days) == 1 else f"{day_text(days[0])} – {day_text(days[-1])}"


def typed(kind: str) -> str:
    """The conference site's type of an event as that site printed it after the title, in
    parentheses (``talks.presentation``, ``slots.talk_presentation``, ``slots.presentation``:
    NeurIPS 2022's "(Spotlight)", "(Talk)", "(Break)"); empty where the page prints none. The one
    wording of a type: the site's schedule page, the table, the calendars' and frab's details."""
    return f"({kind})" if kind else ""


def slot_type(slot: Slot) -> str:
    """The type of a slot's event: its talk's (``talk_presentation``: an invited talk's "Talk"),
    else its own (``presentation``: a poster session's coffee break "Break"); the page prints
    one per event, so never both. Empty: none."""
    return slot.talk_presentation or slot.presentation


def slot_event_title(slot: Slot) -> str:
    """The title another schedule of the page gives a slot's event where it is not the slot's:
    its talk's (``talk_event_title``: "Jeff Dean - Invited Talk"), else its own (``event_title``:
    "Poster Session | Coffee Break"); a slot's event is one of them, so never both. Empty: none."""
    return slot.talk_event_title or slot.event_title


def also_titled(title: str) -> tuple[str, str, str]:
    """The title another schedule of the page gives a slot's event (:func:`slot_event_title`),
    as a visitor is told of it: ``("(also titled “", title, "”)")``, three pieces so that a page
    can mark the title itself; all empty where there is none. Joined, the one wording of it:
    the site's schedule page, the table, the calendars' and frab's details."""
    return (f"({EVENT_TITLE} “", title, "”)") if title else ("", "", "")


def talk_span(release: Release, start: dt.datetime, end: dt.datetime | None, tz: str | None = None) -> str:
    """A time the page prints for a talk of its own as ``HH:MM–HH:MM`` (``HH:MM`` with no end),
    in ``tz`` (default: on the venue's clock)."""
    zone = release.workshop.timezone
    begin = f"{aware(start, zone, tz):%H:%M}"
    return f"{begin}–{aware(end, zone, tz):%H:%M}" if end is not None else begin


def talk_text(release: Release, talk: Talk, tz: str | None = None) -> str:
    """A talk of a block as the readable table and the calendar's and frab's details say it: its
    own time where the page prints one, its title, the conference site's type of it, who gives it
    and how the page says it is given: ``"10:55–11:05 A code superoptimizer … (Spotlight) — Wenda
    Zhou, … (how it is given: In-person Presentation, Prerecorded Backup)"`` (NeurIPS 2022's)."""
    when = f"{talk_span(release, talk.start, talk.end, tz)} " if talk.start is not None else ""  # a spotlight's own
    kind = f" {typed(talk.presentation)}" if talk.presentation else ""  # a spotlight's, as the site
    by = f" — {speaker_text(release, talk.speakers)}" if talk.speakers else ""
    given = f" ({delivery_words(talk.delivery)})" if talk.delivery else ""
    return f"{when}{talk.title}{kind}{by}{given}"


def to_table(release: Release, tz: str | None = None, kinds: Iterable[str] | None = None, width: int = 100) -> str:
    """A readable table of the schedule, times in the venue's zone (or ``tz``), the zone named.

    The header names the day in the zone shown; when the rows span several days there, a line
    names the day above the first row of each (of each part). A part of the program the page
    prints as a heading row (``slots.part``: NeurIPS 2020's "Run 1", "Run 2 (repeated)") is a
    line ``=== Run 1 ===`` above its slots, and a slot that gives an earlier one again
    (``slots.repeats``) says ``(repeats Run 1's at 09:15)``, as the site's schedule and the
    changes do (:func:`~workshop_data.words.repeat_words`).
    A slot whose start is not known ("TBD" on the page) shows ``unknown`` for it, in the page's
    order. The title another schedule of the page gives a slot's own event and the conference
    site's type of an event follow its head and a talk's title as the site's schedule page prints
    them (:func:`also_titled`, :func:`typed`: "Poster Session #1 (also titled “Poster Session |
    Coffee Break”) (Break)", "HEAT: … (Spotlight)"). An end the page does not print
    (``end_derived``, the next slot's start) is marked
    ``14:10*``, and a line under the table says what the mark means. How the page says a talk
    or a slot of no talk is given follows it, ``(how it is given: …)``
    (:func:`~workshop_data.words.delivery_words`), and the links inside the abstract of a slot's
    talk are lines under the slot (:data:`~workshop_data.words.ABSTRACT_LINKS`, ``- AMC: https://…``)."""
    w = release.workshop
    rows = release.slots_of_kinds(kinds)
    starts = [aware(s.start, w.timezone, tz) if s.start is not None else None for s in rows]
    # the Start column as wide as "unknown" only when a start is not known
    wide = 5 if all(starts) else len(UNKNOWN)
    facts = [f for f in (w.title, w.conference, days_named(release, tz), w.venue) if f]
    lines = [" · ".join(facts), f"Release {release.name} · times in {zone_named(release, tz)}", ""]
    if not release.slots:  # a release of the home page before the schedule was out
        return "\n".join([*lines, schedule_not_listed(release)]) + "\n"
    lines.append(f"{'Start':<{wide}}  {'End':<7} {'Kind':<12} Section")
    indent = " " * (wide + 23)
    several = len({start.date() for start in starts if start is not None}) > 1
    shown: dt.date | None = None
    part = ""
    for s, start in zip(rows, starts, strict=True):
        if s.part != part:  # a heading row the page prints over a part of the program
            part, shown = s.part, None
            if part:
                lines.append(f"=== {part} ===")
        if several and start is not None and start.date() != shown:
            shown = start.date()
            lines.append(f"— {day_text(shown)} —")
        begin = f"{start:%H:%M}" if start is not None else UNKNOWN
        end = f"{aware(s.end, w.timezone, tz):%H:%M}" if s.end else UNKNOWN
        end += DERIVED_MARK if s.end_derived else ""  # no end the page printed: the next slot's start
        section = s.label
        speakers = speaker_text(release, s.speakers)
        if speakers:
            section = f"{section}: {speakers}" if section else speakers
        if s.title:
            section += f" — {s.title}" if section else s.title
        if s.status:
            section += f" ({s.status})"
        if not section:
            section = s.raw
        for said in ("".join(also_titled(slot_event_title(s))), typed(slot_type(s))):  # as the site's page
            section += f" {said}" if said else ""
        if s.talk_start is not None:  # another time the page prints for the slot's talk
            section += f" (also printed at {talk_span(release, s.talk_start, s.talk_end, tz)})"
        for given in slot_deliveries(s):  # how the page says the slot's talk, or the slot, is given
            section += f" ({delivery_words(given)})"
        repeats = repeat_words(release, s)
        if repeats:  # the same row given again in a later part (NeurIPS 2020's Run 2)
            zone = check_timezone(tz or w.timezone)
            section += f" ({''.join(p if isinstance(p, str) else f'{p.astimezone(zone):%H:%M}' for p in repeats)})"
        wrapped = textwrap.wrap(section, max(width - len(indent), 30)) or [""]
        lines.append(f"{begin:<{wide}}  {end:<7} {s.kind:<12} {wrapped[0]}")
        lines.extend(indent + more for more in wrapped[1:])
        for t in release.talks_of(s.slot_id):
            talk = textwrap.wrap(talk_text(release, t, tz), max(width - len(indent) - 2, 30))
            lines.append(f"{indent}• {talk[0]}")
            lines.extend(f"{indent}  {more}" for more in talk[1:])
        linked = release.abstract_links(s)
        if linked:  # the links inside the abstract of the slot's talk, a line each (a URL is not wrapped)
            lines.append(f"{indent}{ABSTRACT_LINKS}")
            lines.extend(f"{indent}- {link_line(x)}" for x in linked)
    lines.append("")
    if any(s.end_derived for s in rows):
        lines.append(DERIVED_NOTE)
    if any(s.start is None or s.end is None for s in rows):
        lines.append(f"'{UNKNOWN}': the page does not say.")
    return "\n".join(lines) + "\n"


def to_csv(release: Release, tz: str | None = None, kinds: Iterable[str] | None = None) -> str:
    """One row per slot; times ISO 8601 with offset (empty where not known); speakers and talks
    joined by ' | '; a cell a spreadsheet would run as a formula starts with ``'``
    (:func:`spreadsheet_csv`).

    ``talk_start``/``talk_end`` are another time the page prints for the slot's talk (empty: the
    row's time only); ``talk_times`` gives, in the order of ``talks``, each talk's own time as an
    ISO 8601 interval ``start/end`` (``start`` alone with no end, empty for a talk with none), and
    is empty when no talk of the slot has one. ``part`` is the heading row the page prints over
    the slot and ``repeats`` the ``slot_id`` of the earlier slot it gives again (NeurIPS 2020's
    "Run 2 (repeated)"), each empty where none. ``talk_delivery`` is how the page says the slot's
    talk is given (``slots.talk_delivery``) and ``talks_delivery`` each talk's (``talks.delivery``),
    in the order of ``talks`` and empty when no talk of the slot has one, as ``talk_times``;
    ``abstract_links`` the links inside the abstract of the slot's talk
    (:meth:`~workshop_data.model.Release.abstract_links`), each ``words: URL``
    (:func:`~workshop_data.words.link_line`), joined by ' | ' (the JSON's ``abstract_links``);
    ``delivery`` how the page says the slot itself is given where it is no talk (``slots.delivery``:
    NeurIPS 2022's opening remarks'). After it (so that the columns before keep their places) the
    conference site's types (schema 2.11.0: NeurIPS 2022's): ``talk_presentation`` the slot's talk's
    (``slots.talk_presentation``, an invited talk's "Talk"), ``talks_presentation`` each talk's
    (``talks.presentation``, "Spotlight"), in the order of ``talks`` as ``talks_delivery``,
    ``presentation`` the slot's own (``slots.presentation``, a coffee break's "Break"), and
    ``event_title`` the title another schedule of the page gives the slot's own event
    (``slots.event_title``, "Poster Session | Coffee Break"); then ``talk_event_title`` the one it
    gives the slot's talk (schema 2.12.0's ``slots.talk_event_title``, "Jeff Dean - Invited Talk")."""
    w = release.workshop

    def iso(moment: dt.datetime | None) -> str:
        return aware(moment, w.timezone, tz).isoformat() if moment is not None else ""

    def interval(start: dt.datetime | None, end: dt.datetime | None) -> str:
        return f"{iso(start)}/{iso(end)}" if start is not None and end is not None else iso(start)

    rows = []
    for s in release.slots_of_kinds(kinds):
        people = [release.person(pid) for pid in s.speakers]
        talks = release.talks_of(s.slot_id)
        times = [interval(t.start, t.end) for t in talks]
        rows.append(
            (
                s.slot_id,
                iso(s.start),
                iso(s.end),
                "true" if s.end_derived else "false",
                s.kind,
                s.label,
                s.title,
                s.status,
                " | ".join(p.name for p in people),
                " | ".join(", ".join(p.affiliations) for p in people),
                " | ".join(t.title for t in talks),
                iso(s.talk_start),
                iso(s.talk_end),
                " | ".join(times) if any(times) else "",
                s.part,
                s.repeats,
                s.talk_delivery,
                " | ".join(t.delivery for t in talks) if any(t.delivery for t in talks) else "",
                " | ".join(link_line(x) for x in release.abstract_links(s)),
                s.delivery,
                s.talk_presentation,
                " | ".join(t.presentation for t in talks) if any(t.presentation for t in talks) else "",
                s.presentation,
                s.event_title,
                s.talk_event_title,
            )
        )
    return spreadsheet_csv(CSV_COLUMNS, rows)

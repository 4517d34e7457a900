"""From a read page to a :class:`~workshop_data.model.Release`, and publishing it.

Ids are made from the printed text (:mod:`workshop_data.ids`), a person's from their canonical
name as the site import makes it (:meth:`workshop_data.aliases.AliasTable.new_person_id`: a page printing
'Xinlei Xu' gives ``mimee-xu`` through either command); when the edition already has
releases, :func:`workshop_data.identity.carry_ids` gives the slots, talks and people that are
the same their previous ids (people compared by their canonical names,
:meth:`workshop_data.aliases.AliasTable.canonical_name`, as the site import compares them: the page's own
rule, :attr:`workshop_data.aliases.AliasTable.person_key`, across releases too); a person new to the edition
gets the id the data directory's other editions give them (:func:`across_editions`, the site
import's registry :class:`workshop_data.aliases.PersonIds`), and :func:`.unsaid.with_unsaid`
keeps from the previous release what the page does not say (papers, roles, bios…).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from .. import ids, memo
from ..aliases import PACKAGE, AliasTable, LookAlikes, PersonIds, look_alike_problem, of_directory
from ..datapackage import records_problem
from ..errors import WorkshopDataError, shown
from ..identity import rename_ids
from ..ids import normalise
from ..links import web_url
from ..model import Correction, Material, Person, Release, Slot, Talk, Workshop, programs
from ..schema import DATETIME_FORMAT, KINDS
from ..timeutil import wall_time_problem
from .inline import collapse
from .kinds import kind_of
from .page import HeadingLink, Page, Row, check_libxml2, parse_page, read_text, starts_own_order, unpublished
from .people import PersonText, is_placeholder
from .sections import Section, cells_html, read_section
from .times import Clocks, clock_text
from .workshop import OtherEditionError, one_edition_named, one_year_printed, short_description_agrees, workshop_of

if TYPE_CHECKING:
    from ..changes import Change

#: More slots (rows), talks or people than this on one page is not a schedule page (and would make
#: ids slow: those of one label are made unique by trying ``-2``, ``-3``…).
MAX_RECORDS = 2000


class OtherPages(Protocol):
    """The edition's other pages given to the import beside its schedule page (its home page, its
    accepted papers), read by the site import's readers in a layer above this one
    (:class:`workshop_data.siteimport.given.GivenPages`): what the release takes from them."""

    @property
    def said(self) -> frozenset[str]:
        """What the release takes from these pages, not from the edition's newest release
        (:func:`.unsaid.with_unsaid`): ``"roles"`` (roles, and the people's photos, bios and
        links), ``"papers"`` (papers, their authors and links)."""
        ...

    @property
    def papers_from(self) -> str:
        """The files the release's papers are read from, as a warning about them names them
        (empty: none of these pages gives papers)."""
        ...

    @property
    def home_from(self) -> str:
        """The home page's file, as a warning about its people names it (empty: not given)."""
        ...

    def facts(self, edition: str, timezone: str | None, kept_zone: str | None = None) -> Workshop | None:
        """The workshop's facts the home page gives, for a release with no schedule page (its day
        where it gives one, else unknown; the zone ``timezone``, else its own, else ``kept_zone``);
        None when no home page was given."""
        ...

    def add_to(self, release: Release, history: Sequence[Release], table: AliasTable) -> Release:
        """``release`` (the schedule page's, fresh ids) with what the pages say, its new people's
        ids fresh (people told apart by ``table``, the import's alias table), its papers' ids
        settled against ``history`` (the edition's releases, oldest first): a paper keeps its id
        through a corrected title."""
        ...


@dataclass
class Imported:
    """An imported release and what the import has to report about the page."""

    release: Release
    warnings: list[str] = field(default_factory=list)
    #: Numbers of the rows kept as kind 'other' (not understood, or their kind not printed).
    unknown_rows: list[int] = field(default_factory=list)
    #: The edition's newest release it was made from (None: the edition's first release).
    previous: Release | None = None
    #: Where the page printed each person first (file and row), by name.
    printed: dict[str, str] = field(default_factory=dict)


@dataclass
class _People:
    """The people of a page, by name, in order of first appearance."""

    #: The alias table names are told apart by (the import's: :func:`workshop_data.aliases.of_directory`).
    table: AliasTable
    by_key: dict[str, Person] = field(default_factory=dict)
    #: Their ids (kept beside them: a new id is made unique against them all).
    ids: set[str] = field(default_factory=set)
    #: Where on the page each name printed its affiliations first (file and row).
    printed: dict[str, str] = field(default_factory=dict)
    #: The names of the page, each where it was first printed: a name that looks exactly like
    #: another in other letters is refused (:class:`workshop_data.aliases.LookAlikes`).
    looks: LookAlikes = field(init=False)

    def __post_init__(self) -> None:
        self.looks = LookAlikes(self.table)

    def add(self, person: PersonText, where: str = "") -> str:
        """The id of ``person`` (printed at ``where``): a name printed before is that person, with
        the affiliations and anchor it printed first; names are told apart as the site import
        tells them (:attr:`workshop_data.aliases.AliasTable.person_key`: 'José Dean' is 'Jose Dean', 'Wei
        Zhang 张伟' is not 'Wei Zhang 张薇'). The same name printed with other
        affiliations is a :class:`WorkshopDataError`: one person or two, the page does not say
        (the second's were dropped without a word; every version of every schedule page in the
        bundle's history prints a name with one set of affiliations). A name that looks exactly
        like another of the page in letters of other scripts ('Јоуԁеер Віѕԝаѕ', all Cyrillic, and
        'Joydeep Biswas') is refused too: a second person of the same look."""
        key = self.table.person_key(person.name)
        known = self.by_key.get(key)
        if person.affiliations:
            self.printed.setdefault(key, where)
        if known is None:
            alike = self.looks.of(person.name)
            if alike is not None:
                raise WorkshopDataError(f"{where}, field 'name': {look_alike_problem(person.name, *alike)}")
            self.looks.add(person.name, where)
            pid = self.table.new_person_id(person.name, self.ids)
            self.ids.add(pid)
            self.by_key[key] = memo.made(Person, pid, person.name, person.affiliations, person.anchor)
            return pid
        if person.affiliations and known.affiliations and set(person.affiliations) != set(known.affiliations):
            raise WorkshopDataError(
                f"{where}, field 'affiliations': {person.name!r} ({', '.join(person.affiliations)}) is the name of"
                f" {known.name!r} ({', '.join(known.affiliations)}) at {self.printed[key]}: one person or two, the"
                " page does not say; print one name with one set of affiliations, or two names"
            )
        if (person.affiliations and not known.affiliations) or (person.anchor and not known.anchor):
            self.by_key[key] = Person(
                known.person_id, known.name, known.affiliations or person.affiliations, known.anchor or person.anchor
            )
        return known.person_id


def published_default(release: str, now: dt.datetime | None = None) -> dt.datetime:
    """The time the release's name states (``YYYY-MM-DD.HHMM`` in UTC, a bare ``YYYY-MM-DD`` at
    00:00 UTC: :func:`workshop_data.ids.release_time`); for a name that states none, ``now`` (the
    clock's time when not given), to the second."""
    return ids.release_time(release) or (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)


def not_in_the_future(release: str, published: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """The publication time of release ``release``: ``published`` (``--published``), else the time
    its name states, else ``now`` (:func:`published_default`); a one-line
    :class:`WorkshopDataError` naming the option and its value when that time lies in the future
    of ``now`` by more than a clock's skew (:func:`workshop_data.timeutil.in_the_future`). Published
    then (``--release 2030-01-01`` in 2026), the release would be the edition's newest for years,
    and every import before then refused as behind it (:func:`not_behind_newest`)."""
    from ..encoding import format_published
    from ..timeutil import in_the_future, skew_text

    when = published if published is not None else published_default(release, now)
    if not in_the_future(when, now):
        return when
    said = (
        f"--published {format_published(when)}"
        if published is not None
        else f"--release {release!r}: its name states {when:%Y-%m-%d %H:%M} UTC, which"
    )
    remedy = "give the time it is published" if published is not None else "name it by the time it is published"
    raise WorkshopDataError(
        f"{said} is in the future ({skew_text(now)}): the release would be the edition's newest until then and"
        f" every import before it refused; {remedy}" + (" (or give --published)" if published is None else "")
    )


@functools.lru_cache(maxsize=256)  # a page's headings, asked about each of its rows
def _heading_names(headings: frozenset[str]) -> frozenset[str]:
    """The page's headings as names are compared (:func:`workshop_data.ids.normalise`): the
    speakers section's "H. T. Kung - Harvard University" presents the row's "H.T. Kung"."""
    return frozenset(normalise(h) for h in headings)


def _kind(section: Section, headings: frozenset[str]) -> str | None:
    elsewhere = section.linked or section.title.lower() in headings
    elsewhere = elsewhere or any(normalise(p.name) in _heading_names(headings) for p in section.speakers)
    return kind_of(
        section.label,
        has_speakers=bool(section.speakers),
        has_talks=bool(section.talks),
        has_title=bool(section.title),
        presented_elsewhere=elsewhere,
    )


def _said_kind(page: Page, row: Row) -> str | None:
    """The kind the row's ``<tr data-kind>`` says (the Jekyll export's), else None: the label
    tells it. A value outside the schema's enumeration (:data:`~workshop_data.schema.KINDS`) is
    an error naming the row: the page says a kind the data cannot hold."""
    if not row.kind:
        return None
    if row.kind not in KINDS:
        raise WorkshopDataError(
            f"{page.path}, row {row.number}, field 'kind': the row's data-kind {shown(row.kind)} is not one of "
            f"the schema's kinds ({', '.join(KINDS)})"
        )
    return row.kind


#: What the import made of a page, to be checked (:func:`_check_cells`): where the page has it
#: ("page.md, row 3, talk 2"), the resource's name and the record.
_Made = list[tuple[str, str, object]]


#: The records found held (:func:`_check_cells`), by their resource and values: a site's
#: history builds the same rows version after version (5,666 records checked in an import of the
#: workshop's site, most of them again). A record that cannot be hashed (built by hand with a
#: list) is checked every time.
#:
#: Not the memo of :mod:`workshop_data.siteimport.history` (``_HELD_RECORDS``), though both
#: remember "held": this one holds a release's rows (the model's records) as cells of their
#: resource (:func:`~workshop_data.datapackage.record_problem`: the resource's text fields, an
#: array's JSON cell too, which a record's texts do not give), by value (a page parsed again
#: makes equal rows). That one holds a page's entries (:mod:`workshop_data.siteimport.records`,
#: nested, not rows of a resource) by identity, checked text by text before any row is made.
_HELD: memo.Memo[tuple[str, object], bool] = memo.Memo(16384)
#: The records found held, by their resource and identity, each kept here (so that no other
#: object takes its id; frozen records, which cannot change): the rows are made once per value
#: (:func:`workshop_data.memo.made`), so a build of a page read before makes the same objects,
#: found here without hashing them (a record's ``__hash__`` is Python's, over every field).
_HELD_OBJECTS: memo.Memo[tuple[str, int], object] = memo.Memo(16384)


def _held(resource: str, record: object) -> bool:
    found = _HELD_OBJECTS.results.get((resource, id(record)))
    if found is not None and found[0] is record:
        return True
    try:
        held = (resource, record) in _HELD.results
    except TypeError:
        return False
    if held:
        _HELD_OBJECTS.keep((resource, id(record)), record)
    return held


def _check_cells(made: _Made) -> None:
    """Every text of the records ``made`` is one the readers take (no control character or
    bidirectional override, none longer than a cell holds:
    :func:`~workshop_data.datapackage.records_problem`); else a :class:`WorkshopDataError` naming
    where the page has it (file and row) and the field, not the file of the release it would
    have gone into. A record found held before is not looked at again (the first problem is
    the same: it is in a record not found held)."""
    objects = _HELD_OBJECTS.results  # the records found held by identity, looked up here first (most are)
    fresh = [e for e in made if (o := objects.get((e[1], id(e[2])))) is None or o[0] is not e[2]]
    fresh = [entry for entry in fresh if not _held(entry[1], entry[2])]
    found = records_problem([(resource, record) for _, resource, record in fresh])
    if found is not None:
        number, f, why = found
        raise WorkshopDataError(f"{fresh[number][0]}, field {f.name!r}: {why}")
    for _, resource, record in fresh:
        try:
            _HELD.get((resource, record), lambda: True)
        except TypeError:
            continue
        _HELD_OBJECTS.keep((resource, id(record)), record)


def _check_exists(page: Page, row: Row, zone: str, *moments: dt.datetime | None) -> None:
    """Every time of a row happens at the venue (none skipped by a daylight-saving change, none
    out of range once in UTC)."""
    for moment in moments:
        problem = None if moment is None else wall_time_problem(moment, zone)
        if moment is not None and problem is not None:
            raise WorkshopDataError(
                f"{page.path}, row {row.number}: {clock_text(moment.time())} on {moment.date().isoformat()} {problem}"
            )


def _check_talk_titles(page: Page, row: Row, section: Section) -> None:
    """Every talk of a list has a title (``<li>Speaker: Name</li>`` alone names no talk): a talk's
    title is required, and guessing one would publish something the page does not say."""
    for number, talk in enumerate(section.talks, start=1):
        if not talk.title:
            who = ", ".join(p.name for p in talk.speakers)
            raise WorkshopDataError(
                f"{page.path}, row {row.number}: talk {number} of the list has a speaker ({who}) but no title; "
                "give the talk its title or move the speaker out of the list"
            )


def _slot_rows(page: Page) -> list[Row]:
    """The rows that are slots: a row printing nothing but placeholders (``TBD | TBD``: the
    schedule is not known yet) is none; a table of only such rows is an error, as the page
    gives no schedule."""
    rows = [r for r in page.rows if not (is_placeholder(r.time) and is_placeholder(r.section.text_content()))]
    if page.rows and not rows:
        raise WorkshopDataError(
            f"{page.path}, row {page.rows[0].number}: the schedule table prints only placeholders ('TBD'): "
            "no schedule yet"
        )
    return rows


def _ends(
    page: Page, rows: list[tuple[Row, dt.datetime | None, dt.datetime | None]]
) -> list[tuple[dt.datetime | None, bool]]:
    """Each slot's end and whether it is derived from the next slot's start (none when that
    start is unknown: a slot before a "TBD" row has no end the page gives)."""
    out: list[tuple[dt.datetime | None, bool]] = []
    for i, (row, _, end) in enumerate(rows):
        # a part of the program (a heading row above it) ends with its last row: the next part is
        # another run, which may come earlier in the day (NeurIPS 2020's Run 2)
        following = rows[i + 1][1] if i + 1 < len(rows) and rows[i + 1][0].part == row.part else None
        if end is not None and following is not None and end > following:
            raise WorkshopDataError(
                f"{page.path}, row {row.number}: time cell {row.time.strip()!r} ends at {clock_text(end.time())}, "
                f"after the next row starts ({clock_text(following.time())})"
            )
        derived = following if rows[i][1] is not None else None  # a slot of unknown start: no end
        out.append((end, False) if end is not None else (derived, derived is not None))
    return out


@dataclass
class _Materials:
    """The release's materials as they are found, each link once per slot or talk; links that
    are no web address are reported. Their texts are checked together (:meth:`check`), in the
    order they were found, before any other record of the page is: the first one refused is
    the one reported, as when each was checked as it was found (one check a page, not one a
    material: an import of the workshop's site finds 700)."""

    path: str
    warnings: list[str]
    found: list[Material] = field(default_factory=list)
    #: The materials found since the last :meth:`check`, with where the page has them.
    unchecked: _Made = field(default_factory=list)

    def add(self, slot_id: str, talk_id: str, kind: str, href: str, where: str) -> None:
        url = web_url(href)
        if url is None:
            self.warnings.append(f"{self.path}, {where}: the {kind} link {href!r} is no web address; not kept")
        elif all((m.slot_id, m.talk_id, m.url) != (slot_id, talk_id, url) for m in self.found):
            material = memo.made(Material, slot_id, talk_id, kind, url)
            self.unchecked.append((f"{self.path}, {where}", "materials", material))
            self.found.append(material)

    def check(self) -> None:
        """:func:`_check_cells` of the materials found since the last check."""
        if self.unchecked:
            _check_cells(self.unchecked)
            self.unchecked = []

    def from_headings(
        self, links: tuple[HeadingLink, ...], slots: list[Slot], talks: list[Talk], anchors: dict[str, str]
    ) -> None:
        """The headings' materials, each given to the talk its heading is about: the slot or talk
        of the same title, else the slot whose speaker's anchor the heading has."""
        for link in links:
            key = collapse(link.title).casefold()
            slot = next((s for s in slots if key and collapse(s.title).casefold() == key), None)
            talk = next((t for t in talks if key and collapse(t.title).casefold() == key), None)
            if slot is None and talk is None and link.anchor:
                slot = next((s for s in slots if any(anchors.get(p) == link.anchor for p in s.speakers)), None)
            where = f"heading {link.title!r}"
            if talk is not None and slot is None:
                self.add(talk.slot_id, talk.talk_id, link.kind, link.href, where)
            elif slot is not None:
                self.add(slot.slot_id, "", link.kind, link.href, where)
            else:
                self.warnings.append(
                    f"{self.path}, {where}: its {link.kind} link is not for a talk of the schedule; not kept"
                )
        # in schedule order: each slot's own (the table's, then its headings'), then its talks'
        order = {s.slot_id: i for i, s in enumerate(slots)}
        talk_order = {t.talk_id: t.order for t in talks}
        self.found.sort(key=lambda m: (order[m.slot_id], talk_order.get(m.talk_id, 0)))


def _add(people: _People, person: PersonText, where: str, made: _Made) -> str:
    """:meth:`_People.add`, the person's texts as ``where`` on the page has them kept to be checked."""
    pid = people.add(person, where)
    made.append((where, "people", memo.made(Person, pid, person.name, person.affiliations, person.anchor)))
    return pid


class _Known:
    """The names a row is read with: the page's so far, then the names the edition's other pages
    give (both as :attr:`workshop_data.aliases.AliasTable.person_key`)."""

    def __init__(self, page: Container[str], edition: Container[str]) -> None:
        self.page, self.edition = page, edition

    def __contains__(self, key: object) -> bool:
        return key in self.page or key in self.edition


def build_release(
    page: Page,
    edition: str,
    name: str,
    published: dt.datetime | None = None,
    timezone: str | None = None,
    named: Container[str] = frozenset(),
    table: AliasTable = PACKAGE,
) -> Imported:
    """The release a page describes (fresh ids; no previous release consulted). ``named``: the
    names (:attr:`workshop_data.aliases.AliasTable.person_key`) the edition's other pages give (its
    speakers, committees, authors): evidence that a name printed in a row's title is its speaker
    (``Title, Name``). ``table``: the alias table its people are told apart by (the import's)."""
    workshop = workshop_of(page.path, page.front_matter, page.contact_email, edition, timezone)
    if page.persons:  # the names the page marks as people: as the edition's other pages give them
        named = _Known(named, frozenset(table.person_key(name) for name in page.persons))
    warnings: list[str] = []
    unknown: list[int] = []
    clocks = Clocks(page.path, warnings)
    people = _People(table)
    timed: list[tuple[Row, dt.datetime | None, dt.datetime | None]] = []
    sections: list[tuple[Section, str, list[str], list[list[str]]]] = []
    talk_count = 0
    made: _Made = []
    rows = _slot_rows(page)
    if len(rows) > MAX_RECORDS:  # each part of the program starts its own order of times: no day bounds them
        raise WorkshopDataError(
            f"{page.path}, row {rows[MAX_RECORDS].number}: more than {MAX_RECORDS} rows in the schedule table; "
            "this is not a schedule page"
        )
    for i, (row, html) in enumerate(zip(rows, cells_html([row.section for row in rows]), strict=True)):
        if starts_own_order(rows, i):
            clocks.previous = None  # another part of the program, or its next day
        start, end = clocks.resolve(row.time, row.number)
        known = _Known(people.by_key, named) if named else people.by_key
        section = read_section(row.section, known, page.headings, html, table=table)
        kind = _said_kind(page, row) or _kind(section, page.headings)
        if kind is None:
            kind = "other"
            unknown.append(row.number)
            why = "does not say whether the talk is invited or contributed" if section.speakers else "not understood"
            warnings.append(f"{page.path}, row {row.number}: {why}, kept as kind 'other': {section.raw!r}")
        talk_count += len(section.talks)
        if talk_count > MAX_RECORDS or len(people.by_key) + len(section.speakers) > MAX_RECORDS:
            raise WorkshopDataError(
                f"{page.path}, row {row.number}: more than {MAX_RECORDS} talks or people on the page; "
                "this is not a schedule page"
            )
        _check_talk_titles(page, row, section)
        where = f"{page.path}, row {row.number}"
        speakers = [_add(people, p, where, made) for p in section.speakers]
        talk_speakers = [[_add(people, p, where, made) for p in t.speakers] for t in section.talks]
        sections.append((section, kind, speakers, talk_speakers))
        if workshop.date is None:
            raise WorkshopDataError(f"{page.path}, row {row.number}: the page does not give the day of the workshop")
        day = row.day or workshop.date
        start_at = dt.datetime.combine(day, start) if start is not None else None
        end_at = dt.datetime.combine(day, end) if end is not None else None
        if end_at is None and start_at is not None and section.minutes:
            end_at = start_at + dt.timedelta(minutes=section.minutes)
        _check_exists(page, row, workshop.timezone, start_at, end_at)
        timed.append((row, start_at, end_at))
    names = {p.person_id: p.name for p in people.by_key.values()}
    slots: list[Slot] = []
    talks: list[Talk] = []
    corrections: list[Correction] = []
    slot_ids: set[str] = set()  # their ids, that a new one is made unique against
    talk_ids: set[str] = set()
    materials = _Materials(page.path, warnings)
    for (section, kind, speakers, talk_speakers), (row, start_at, _), (end_at, derived) in zip(
        sections, timed, _ends(page, timed), strict=True
    ):
        first = names[speakers[0]] if speakers and kind != "panel" else None
        sid = ids.slot_id(section.label, section.title, first, slot_ids)
        slot_ids.add(sid)
        slot = memo.made(
            Slot,
            slot_id=sid,
            start=start_at,
            end=end_at,
            end_derived=derived,
            kind=kind,
            label=section.label,
            title=section.title,
            title_myst=section.title_myst,
            status=section.status,
            speakers=tuple(dict.fromkeys(speakers)),
            raw=section.raw if kind == "other" else "",
            part=row.part,
            talk_delivery=row.delivery,
            delivery=row.slot_delivery,
            **section.marks,  # the types and other titles the Jekyll export marks (the site's pages: none)
        )
        made.append((f"{page.path}, row {row.number}", "slots", slot))
        slots.append(slot)
        if row.number in clocks.flipped and start_at is not None:
            corrections.append(_meridiem_correction(sid, start_at, *clocks.flipped[row.number]))
        for kind, href in section.materials:
            materials.add(sid, "", kind, href, f"row {row.number}")
        for order, (talk, tspeakers) in enumerate(zip(section.talks, talk_speakers, strict=True), start=1):
            tid = ids.talk_id(talk.title, talk_ids)
            talk_ids.add(tid)
            speakers_of = tuple(dict.fromkeys(tspeakers))
            given, typed = talk.delivery, talk.presentation
            talks.append(
                memo.made(
                    Talk, tid, sid, order, talk.title, talk.title_myst, speakers_of, delivery=given, presentation=typed
                )
            )
            made.append((f"{page.path}, row {row.number}, talk {order}", "talks", talks[-1]))
            for kind, href in talk.materials:
                materials.add(sid, tid, kind, href, f"row {row.number}, talk {order}")
    materials.check()
    _check_cells(made)
    anchors = {p.person_id: p.anchor for p in people.by_key.values() if p.anchor}
    materials.from_headings(page.heading_links, slots, talks, anchors)
    materials.check()
    slots = _with_repeats(slots, talks)
    release = Release(
        name=name,
        published=published or published_default(name),
        workshop=workshop,
        slots=tuple(slots),
        talks=tuple(talks),
        people=tuple(people.by_key.values()),
        materials=tuple(materials.found),
        corrections=tuple(corrections),
    )
    return Imported(release, warnings, unknown, printed=dict(people.looks.met))


def _with_repeats(slots: list[Slot], talks: list[Talk]) -> list[Slot]:
    """The slots, each of a later part of the program (:attr:`.page.Row.part`) that prints what a
    slot of an earlier part prints (its :func:`~workshop_data.model.programs` entry) with that
    slot's id in ``repeats``: the same program given again (NeurIPS 2020's "Run 2 (repeated)").
    Each earlier slot is repeated by one slot of a part at most, the first alike in page order.

    The slots above are found by their program, and each part resumes its search among them
    where it left it (a slot passed over is of the part, or repeated by it, for good): linear in
    the slots, where comparing each with every slot above took 16 s for 4000 slots."""
    if len({s.part for s in slots}) < 2:
        return slots
    program = programs(slots, talks)
    alike: dict[tuple[object, ...], list[Slot]] = {}  # program -> the slots above with it, in page order
    resume: dict[tuple[str, tuple[object, ...]], int] = {}  # (part, program) -> where its search goes on
    taken: set[tuple[str, str]] = set()  # (part, repeated slot id)
    out = []
    for slot in slots:
        content = program[slot.slot_id]
        above = alike.setdefault(content, [])
        at = resume.get((slot.part, content), 0)
        while at < len(above) and (above[at].part == slot.part or (slot.part, above[at].slot_id) in taken):
            at += 1
        resume[slot.part, content] = at
        if at < len(above):
            taken.add((slot.part, above[at].slot_id))
            slot = memo.replaced(slot, repeats=above[at].slot_id)
        above.append(slot)
        out.append(slot)
    return out


def _meridiem_correction(slot_id: str, start: dt.datetime, printed: str, above: dt.time) -> Correction:
    """The record of a start read with the other AM/PM (:class:`.times.Clocks`): NeurIPS 2023's
    lunch printed "12:30AM" right after "11:30AM"."""
    return Correction(
        "slots",
        slot_id,
        "start",
        printed,
        start.strftime(DATETIME_FORMAT),
        f"the page printed {printed!r} right after the row above's {clock_text(above)}: the AM/PM looks "
        f"mistyped, read as {clock_text(start.time())} (importer/times.py)",
    )


def previous_release(edition: str, root: Path) -> Release | None:
    """The newest release of ``edition`` in the data directory ``root`` that loads, or None if it
    has none (a newer one that does not load is skipped with a warning)."""
    from ..store import newest_release

    return newest_release(edition, root) if root.is_dir() else None


def not_behind_newest(root: Path, release: Release, now: dt.datetime | None = None) -> None:
    """Refuse ``release`` when its edition in the data directory ``root`` has a release that is
    listed after it (published later, or at its time under a name that sorts after it:
    :func:`~workshop_data.store.publication_key`): written behind that one, the new page would not
    be ``"latest"`` (the site and every command would go on showing the older one) and the changes
    published after it would be said against it instead. A newest release dated after ``now``
    (the clock) beyond a clock's skew, which another program published (this one refuses to:
    :func:`not_in_the_future`), is named as such: it is what blocks the edition."""
    from ..store import publication_key, publication_order, release_names
    from ..timeutil import in_the_future

    folder = root / release.edition
    names = release_names(release.edition, root) if folder.is_dir() else []
    if not names or publication_order(folder / names[-1]) < publication_key(release.published, release.name):
        return
    newest = names[-1]
    newest_time = publication_order(folder / newest)[0]
    ahead = (
        f" (dated {newest_time:%Y-%m-%d %H:%M:%S} UTC, in the future: published with a clock ahead or a name"
        " that states a later time; remove its folder to publish before then)"
        if now is not None and in_the_future(newest_time, now)
        else ""
    )
    raise WorkshopDataError(
        f"{folder / release.name}: release {release.name!r} would be published at "
        f"{release.published:%Y-%m-%d %H:%M:%S} UTC, not after the edition's newest release {newest!r}{ahead}: "
        "written behind it, it would not be 'latest' and the history after it would change; name the release "
        "by the time it is published (or give --published), or import into a new data directory"
    )


#: The front matter key of a page exported from a release (``workshop-data export --format
#: jekyll``) that names that release: the release the page's edits are made on.
EXPORTED_FROM = "release"


def _places(change: Change) -> set[tuple[str, str]]:
    """What a change is of: its slot, talk, person and paper, or the edition's field; a slot
    added or removed by its heading too (a withdrawn slot given again has a new id)."""
    heading = change.slot if change.change in ("added", "removed") else ""
    places = {(kind, key) for kind, key in (("slot", change.slot_id), ("heading", heading),
              ("talk", change.talk_id), ("person", change.person_id), ("paper", change.paper_id)) if key}  # fmt: skip
    return places or {("edition", change.field)}


def not_undoing(page: Page, previous: Release | None, release: Release, root: Path) -> list[str]:
    """Refuse a page exported from an older release of the edition (its front matter's
    :data:`EXPORTED_FROM`) that changes what a release published since then changed.

    Two organizers who export the same release and edit it each publish the whole page: the
    second import (it waits for the first: :func:`~workshop_data.datapackage.publishing`) made
    its release from a page that still says what the first one changed, and so published that
    change undone, silently (its line counted the changes, nothing more). The edits a page makes
    on its own release are what it changes from the newest; where that touches a slot, talk,
    person, paper or fact of the edition that the releases since changed, the page was edited
    without them. A page that names no release (the site's own, or one written by hand), or a
    release the edition does not hold (another data directory's) or that does not load, is not
    checked; a page whose edits touch nothing changed since is published (an organizer editing
    again the page of their own last release).

    A release the edition does not hold (a page exported from another edition, as the guide's
    new edition starts from last year's, or from another data directory) cannot be checked: into
    an edition with releases the page is refused, naming the release to write; into one with
    none (nothing to undo) the line is ignored, and the warning returned says what to write
    before the page is edited for the next release. Returns the warnings."""
    from ..changes import compare, describe
    from ..store import release_names
    from ..validation import read_release

    base = page.front_matter.get(EXPORTED_FROM)
    base = base.isoformat() if isinstance(base, dt.date) else base  # YAML reads a bare 2026-12-06 as a date
    if not isinstance(base, str) or base in (release.name, previous.name if previous else None):
        return []
    if base not in release_names(release.edition, root):
        return _not_held(page, base, previous, release, root)
    if previous is None:
        return []
    try:
        old = read_release(root / release.edition / base)
    except WorkshopDataError:  # a release that does not load says nothing of what changed since
        return []
    since = compare(old, previous)
    edited = set().union(*map(_places, compare(previous, release)))
    lost = [c for c in since if _places(c) & edited]
    if not lost:
        return []
    said = "; ".join(f"{c.slot + ': ' if c.slot else ''}{describe(c, old, previous)}" for c in lost[:3])
    more = f"; and {len(lost) - 3} more" if len(lost) > 3 else ""
    raise WorkshopDataError(
        f"{page.path}: exported from release {base!r} (its front matter's '{EXPORTED_FROM}: {base}'), but the "
        f"edition's newest release, {previous.name!r}, changed since what the page changes back ({said}{more}): "
        "published, the page would undo that; export the newest release's page and make the edit there, or write "
        f"'{EXPORTED_FROM}: {previous.name}' in its front matter to publish the page as it is"
    )


def _not_held(page: Page, base: str, previous: Release | None, release: Release, root: Path) -> list[str]:
    """:func:`not_undoing` of a page whose :data:`EXPORTED_FROM` names ``base``, a release that
    ``release``'s edition does not hold: the warning of a first release, else the refusal, which
    names the command that exports the edition's page from the data directory ``root`` (without
    ``--data-dir`` it read the package's data, which has no such edition: the guide's new edition)."""
    import shlex

    said = f"{page.path}: front matter '{EXPORTED_FROM}' is {base!r}, which is no release of {release.edition}"
    if previous is None:
        return [
            f"{said} (it has none yet: the page was exported from another edition or data directory): ignored; "
            f"write '{EXPORTED_FROM}: {release.name}' in the page before you edit it for {release.edition}'s next "
            "release"
        ]
    raise WorkshopDataError(
        f"{said} (the page was exported from another edition or data directory): whether its edits undo what the "
        f"edition's releases changed cannot be checked; export {release.edition}'s newest release's page "
        f"(workshop-data export --format jekyll --edition {release.edition} --data-dir {shlex.quote(str(root))}) "
        "and make the edit there, or write "
        f"'{EXPORTED_FROM}: {previous.name}' in its front matter to publish the page as it is"
    )


def zone_said(page: Page, edition: str, root: Path) -> None:
    """Refuse a page whose front matter names no zone, imported with no ``--timezone`` into an
    edition that has releases, naming the zone to pass: its newest release's, the one
    :func:`same_zone` takes. The page's own error (:func:`.workshop.workshop_of`) can only give
    an example zone, which for another venue is one this import refuses."""
    if page.front_matter.get("timezone"):
        return
    previous = previous_release(edition, root)
    if previous is None:
        return  # a new edition: the page's own error says a zone is needed
    zone = previous.workshop.timezone
    raise WorkshopDataError(
        f"{page.path}: the page does not say the venue's time zone; pass --timezone {zone} (the zone of "
        f"{edition!r}'s newest release {previous.name!r}), or write 'timezone: {zone}' in its front matter"
    )


def same_zone(page: Page, previous: Release | None, release: Release, timezone: str | None) -> None:
    """Refuse a ``--timezone`` (``timezone``) that is not the zone of the edition's newest release
    (``previous``) when the page's front matter says none: every time the page prints would be
    read in the other zone, and every calendar would move each talk by the zones' difference,
    while ``diff`` says only that the zone changed (the organizer of an edition at the venue of
    Los Angeles who copied another edition's ``--timezone``). A page whose front matter writes the
    new zone (``timezone:``, which the Jekyll export writes) changes it, as it says."""
    if previous is None or timezone is None or "timezone" in page.front_matter:
        return
    if release.workshop.timezone == previous.workshop.timezone:
        return
    raise WorkshopDataError(
        f"{page.path}: --timezone {timezone!r} is not the zone of {release.edition!r}'s newest release "
        f"{previous.name!r} ({previous.workshop.timezone}): every time of the page would be read in another zone; "
        f"pass --timezone {previous.workshop.timezone}, or, to move the venue's zone, write 'timezone: {timezone}' "
        "in the page's front matter"
    )


def import_table(root: Path) -> AliasTable:
    """The alias table of one import into the data directory ``root``: the package's merged with
    ``root``'s own ``aliases.csv`` (:func:`workshop_data.aliases.of_directory`), an entry making one
    of two people an edition's newest release publishes apart refused. Made once per import, by
    its entry point, and given to every step that tells names apart (the schedule page's, the home
    page's, the papers'), so that the file is read once and its names' memos are shared."""
    return of_directory(root, lambda: other_editions(None, root))


def other_editions(edition: str | None, root: Path) -> list[Release]:
    """The latest release of every edition of the data directory ``root`` but ``edition``, oldest
    edition first (none when ``root`` is no folder): whose people a page's are told apart from.
    ``edition`` None: every edition's, whose people the directory's alias table may not make one
    (:func:`workshop_data.aliases.of_directory`)."""
    from ..store import edition_order, newest_release

    if not root.is_dir():
        return []
    found = (newest_release(e, root) for e in edition_order(root) if e != edition)
    return [r for r in found if r is not None]


def respelled_elsewhere(
    release: Release, previous: Release | None, others: Sequence[Release], table: AliasTable
) -> list[str]:
    """A warning for each person new to the edition (not carried from ``previous``) whom no other
    edition names so but whose name is a respelling (:func:`~workshop_data.identity.close_names`)
    of a person of ``others`` (the other editions' latest releases): one person misspelled gets an
    id of their own, which the edition's later releases carry when a page corrects the name
    ('Vinod Grovre', then 'Vinod Grover', kept ``vinod-grovre`` where NeurIPS 2025 gives
    ``vinod-grover``): one person with two ids. Two people a letter apart are not merged: said.
    Names are told apart by ``table``, the import's alias table."""
    from ..identity import close_names

    person_key = table.person_key
    old = {p.person_id for p in previous.people} if previous is not None else set()
    known: dict[str, tuple[str, str, str]] = {}  # key -> name, id, edition
    for other in others:
        for p in other.people:
            known.setdefault(person_key(p.name), (p.name, p.person_id, other.edition))
    said = []
    for p in release.people:
        if p.person_id in old or person_key(p.name) in known:
            continue
        letters = len(p.name.replace(" ", ""))  # a slip adds or drops a letter at most: 13 new people
        for name, pid, edition in known.values():  # against 882 known took 0.35 s without this filter
            if abs(len(name.replace(" ", "")) - letters) <= 1 and close_names(p.name, name) > 0.0:
                said.append(
                    f"{p.name!r} is new to the data, a respelling of {name!r} ({pid} in {edition}): given an id of"
                    f" their own, {p.person_id}, which a page correcting the name keeps (one person with two ids);"
                    " if misspelled, correct the page before another release is made of it"
                )
                break
    return said


def papers_elsewhere(release: Release, previous: Release | None, others: Sequence[Release]) -> list[str]:
    """A warning for each other edition (``others``: the other editions' latest releases) whose
    accepted papers are at least half of the papers new to ``release`` (not in ``previous``), by
    title (:func:`workshop_data.ids.title_key`): last year's papers page or CSV given for this
    year's, not yet replaced. Published as given (a paper may be presented at two workshops);
    ``import-site`` refuses such a page of the site's history (:func:`workshop_data.siteimport.paperlist.foreign`)."""
    old = {p.paper_id for p in previous.papers} if previous is not None else set()
    new = [p for p in release.papers if p.paper_id not in old]
    said = []
    for other in others:
        theirs = {ids.title_key(p.title) for p in other.papers}
        found = [p.title for p in new if ids.title_key(p.title) in theirs]
        if found and len(found) * 2 >= len(new):
            said.append(
                f"{len(found)} of the {len(new)} papers new to {release.edition} are {other.edition}'s accepted"
                f" papers ({found[0]!r}…): another edition's list, not yet replaced? published as given"
            )
    return said


def across_editions(
    release: Release,
    previous: Release | None,
    earlier: Sequence[Release],
    others: Sequence[Release],
    table: AliasTable,
) -> Release:
    """``release`` (its ids carried from ``previous``, the edition's newest release, and made
    unique against it) with each person new to the edition given the id the data directory's
    other editions give the same person, by the rule the site import settles people with
    (:class:`workshop_data.aliases.PersonIds`: :attr:`~workshop_data.aliases.AliasTable.person_key`, the
    import's alias ``table``): its registry is the people of every edition's latest release, oldest edition
    first, and of the edition's own releases (``earlier``, ``previous``). A person none of them
    gives is the published id or the canonical name's slug, none that another person has
    ('Wei Zhang 张薇' is not the ``wei-zhang`` another edition gives 'Wei Zhang 张伟'). A person
    carried from ``previous`` keeps their id."""
    own = (*earlier, previous) if previous is not None else ()
    registry = PersonIds.of([*others, *own], table)
    old = {p.person_id for p in previous.people} if previous is not None else set()
    person_ids = registry.settle([(p.name, p.person_id) for p in release.people], old)
    if all(new == pid for pid, new in person_ids.items()):
        return release  # (every id already the person's: the most common import)
    return rename_ids(
        release,
        {s.slot_id: s.slot_id for s in release.slots},
        {t.talk_id: t.talk_id for t in release.talks},
        person_ids,
    )


@dataclass(frozen=True)
class _Basis:
    """What a new release of an edition is made from, read while the data directory is held: its
    newest release (None: the edition's first), the releases before that, and every other
    edition's latest (whose people keep their ids in this one), and the alias table people are
    told apart by (the package's merged with the data directory's own)."""

    previous: Release | None
    earlier: tuple[Release, ...]
    others: tuple[Release, ...]
    table: AliasTable

    @classmethod
    def of(cls, edition: str, root: Path, table: AliasTable) -> _Basis:
        """The basis of a new release of ``edition`` in the data directory ``root``."""
        from ..store import releases_before

        previous = previous_release(edition, root)
        earlier = () if previous is None else tuple(releases_before(edition, previous.name, root))
        return cls(previous, earlier, tuple(other_editions(edition, root)), table)

    def carried(self, fresh: Release) -> Release:
        """``fresh`` (fresh ids) with the ids of the edition's newest release carried and each new
        person's settled across editions (:func:`across_editions`)."""
        from ..identity import carry_ids

        carried = carry_ids(self.previous, fresh, self.earlier, name=self.table.canonical_name)
        return across_editions(carried, self.previous, self.earlier, self.others, self.table)

    def joined(self, fresh: Release, other_pages: OtherPages) -> Release:
        """``fresh`` joined with what ``other_pages`` say, ids carried, and what none of the pages
        says kept from the newest release (:func:`.unsaid.with_unsaid`)."""
        from .unsaid import with_unsaid

        history = (*self.earlier, self.previous) if self.previous is not None else ()
        joined = other_pages.add_to(fresh, history, self.table)
        return with_unsaid(self.previous, self.carried(joined), other_pages.said)

    def warnings(self, release: Release, page: str, other_pages: OtherPages | None) -> list[str]:
        """The import's warnings of ``release`` against the other editions: a person new to the
        data who respells one of theirs (said of ``page``), another edition's papers (said of the
        files they were read from)."""
        papers_from = (other_pages.papers_from if other_pages is not None else "") or page
        return [
            *(f"{page}: {said}" for said in respelled_elsewhere(release, self.previous, self.others, self.table)),
            *(f"{papers_from}: {said}" for said in papers_elsewhere(release, self.previous, self.others)),
        ]

    def refuse_look_alikes(self, imported: Imported, page: str, other_pages: OtherPages | None) -> None:
        """Refuse ``imported``'s release when a person new to it looks exactly like one of the data
        directory's in another script (:meth:`.aliases.PersonIds.look_alike`): one line naming
        where the pages printed the name (the schedule page's row, else the home page for a role
        holder, the papers page for an author, else ``page``)."""
        history = [*self.others, *self.earlier, *([self.previous] if self.previous else [])]
        alike = PersonIds.of(history, self.table).look_alike(p.name for p in imported.release.people)
        if alike is not None:  # a second person of the same look as one of the data directory
            pid = next(p.person_id for p in imported.release.people if p.name == alike[0])
            home_from = other_pages.home_from if other_pages is not None else ""
            in_roles = home_from if any(r.person_id == pid for r in imported.release.roles) else ""
            papers_from = other_pages.papers_from if other_pages is not None else ""
            where = imported.printed.get(alike[0]) or in_roles or papers_from or page
            raise WorkshopDataError(f"{where}, field 'name': {look_alike_problem(*alike)}")


def _written(imported: Imported, root: Path, schema_version: str | None) -> tuple[Path, Imported]:
    """``imported``'s release, in ``schema_version`` when given, published in the data directory ``root``."""
    from ..datapackage import in_schema, write_release

    if schema_version is not None:
        imported.release = in_schema(imported.release, schema_version)
    return write_release(imported.release, root), imported


def _unscheduled(
    edition: str,
    release: str,
    published: dt.datetime,
    timezone: str | None,
    root: Path,
    now: dt.datetime,
    other_pages: OtherPages | None,
    schema_version: str | None,
    table: AliasTable,
) -> tuple[Path, Imported]:
    """:func:`import_page` with no schedule page: a release of the home page and papers given
    (``other_pages``), as import-site makes one of a version of the site before its schedule
    (:meth:`workshop_data.siteimport.pages.Pages.unscheduled`): no slot (the schedule not listed),
    the workshop's facts from the home page's front matter (its day unknown where it gives none),
    else, with the papers page alone, the newest release's. Refused, naming what to give, when
    no page is given, when a new edition's first release has no home page (nothing gives its
    facts), and when the edition's newest release has a schedule: this release would drop it, and
    the schedule page's front matter gives its facts (import it with the pages)."""
    from ..datapackage import publishing

    if other_pages is None or not other_pages.said:
        raise WorkshopDataError(
            f"edition {edition!r}: no page given: give the schedule page, or the home page (--home) and the "
            "accepted papers (--papers) of a release published before the schedule"
        )
    with publishing(root):
        made = _Basis.of(edition, root, table)
        previous = made.previous
        if previous is not None and previous.slots:
            raise WorkshopDataError(
                f"{root / edition / previous.name}: the edition's newest release has a schedule "
                f"({len(previous.slots)} slots): give the schedule page beside --home and --papers (a release "
                "without it would have no schedule)"
            )
        kept_zone = previous.workshop.timezone if previous is not None else None
        workshop = other_pages.facts(edition, timezone, kept_zone)
        if workshop is None and previous is None:
            raise WorkshopDataError(
                f"edition {edition!r}: its first release needs its home page (--home): the workshop's facts "
                "(series, conference, day, venue, time zone) are its front matter's"
            )
        fresh = Release(release, published, workshop or cast(Release, previous).workshop, slots=())
        not_behind_newest(root, fresh, now)
        imported = Imported(made.joined(fresh, other_pages), previous=previous)
        imported.warnings += made.warnings(imported.release, other_pages.home_from or edition, other_pages)
        made.refuse_look_alikes(imported, other_pages.home_from or edition, other_pages)
        return _written(imported, root, schema_version)


def import_page(
    path: str | Path | None,
    edition: str,
    release: str,
    data_dir: str | Path | None = None,
    *,
    timezone: str | None = None,
    published: dt.datetime | None = None,
    schema_version: str | None = None,
    now: dt.datetime | None = None,
    other_pages: OtherPages | None = None,
    table: AliasTable | None = None,
) -> tuple[Path, Imported]:
    """Import a Jekyll schedule page as release ``release`` of ``edition`` and publish it.

    ``data_dir`` is the data directory to publish into, default ``$WORKSHOP_DATA_DIR``; with
    neither, nothing is written (the package's own data is written only when named explicitly:
    a release written into an installed package would go with its next upgrade). When the
    edition has releases, ids are carried over from its newest, and what the page does not say
    (papers, authors, roles, bios, photos, links, corrections that still apply) is kept from it
    (:func:`.unsaid.with_unsaid`): the release differs from it by what the page changed. People
    are told apart by the package's alias table merged with the data directory's own
    (:func:`import_table`: ``aliases.csv``, a bad row refused before anything), a table of this
    import's alone, given to every step that tells names apart: ``table``, the one its caller made
    for ``other_pages`` (read with it), else made here. The
    release is made and written while the data directory is held
    (:func:`~workshop_data.datapackage.publishing`: another import into it waits), atomically,
    never over an existing one nor behind the edition's newest (:func:`not_behind_newest`), and no
    slot or talk new to it takes an id an earlier release gave something else;
    nothing is written when the page cannot be read. Returns the
    release folder and the import (release, warnings, rows not understood).

    The release is written in the oldest schema version that holds what the page says, or in
    ``schema_version`` when given (:func:`workshop_data.datapackage.in_schema`: before 2.1.0, a
    line break inside a title is a space; a page whose data the version cannot hold is refused).

    It is published at ``published``, else at the time its name states, else now; a time further
    in the future than a clock's skew is refused (:func:`not_in_the_future`). ``now``: the clock
    (aware), the system's when not given; a test gives a fixed one.

    ``other_pages``: the edition's home page and accepted papers, given beside the schedule page
    (:class:`OtherPages`); what they say (``said``) is the release's instead of the newest
    release's, their people's ids carried and settled across editions as the schedule's are.

    ``path`` None: a release with no schedule page (:func:`_unscheduled`), an edition announced
    before its schedule exists (its speakers, committees and papers): ``other_pages`` gives it all.
    """
    from ..datapackage import new_release_folder, publishing
    from ..store import import_target
    from .unsaid import names_kept, with_unsaid

    check_libxml2()  # before anything is read or written
    target_root = import_target(data_dir)
    # people told apart by the package's alias table and the directory's own: one table per import
    table = table if table is not None else import_table(target_root)
    new_release_folder(target_root, edition, release)  # before reading the page: fail fast
    unsited = ids.site_folder_problem(edition)
    if unsited is not None:  # published, it would stop the site's build, every edition's pages
        raise WorkshopDataError(f"edition {edition!r}: the site cannot have it: {unsited}; choose another name")
    now = now if now is not None else dt.datetime.now(dt.UTC)
    published = not_in_the_future(release, published, now)
    if path is None:
        return _unscheduled(edition, release, published, timezone, target_root, now, other_pages, schema_version, table)
    text = read_text(path)
    draft = unpublished(path, text)
    if draft:
        raise WorkshopDataError(f"{draft}; not imported: import what the site publishes")
    page = parse_page(text, path)
    if not page.front_matter:
        raise WorkshopDataError(
            f"{page.path}: no front matter: a schedule page starts with a line '---', its YAML (workshop_name, "
            "site_description, timezone…) and another '---'"
        )
    one_edition_named(page.path, page.front_matter)
    one_year_printed(page.path, page.front_matter)
    short_description_agrees(page.path, page.front_matter)
    if timezone is None:
        zone_said(page, edition, target_root)
    try:
        imported = build_release(page, edition, release, published, timezone, table=table)
    except OtherEditionError as exc:  # the command's option to read it as the edition it names
        raise WorkshopDataError(f"{exc}; import it with --edition {exc.printed}") from None
    with publishing(target_root):  # what it is made from stays the newest until it is published
        not_behind_newest(target_root, imported.release, now)
        made = _Basis.of(edition, target_root, table)
        same_zone(page, made.previous, imported.release, timezone)
        carried = made.carried(imported.release)
        page_alone = with_unsaid(made.previous, carried)
        imported.release = made.joined(imported.release, other_pages) if other_pages is not None else page_alone
        imported.warnings += made.warnings(imported.release, page.path, other_pages)
        said = other_pages.said if other_pages is not None else ()
        imported.warnings += [f"{page.path}: {w}" for w in names_kept(made.previous, carried, said)]
        made.refuse_look_alikes(imported, str(page.path), other_pages)
        imported.previous = made.previous
        # what the schedule page edits (an exported page's edits), not what the other pages give
        imported.warnings += not_undoing(page, made.previous, page_alone, target_root)
        return _written(imported, target_root, schema_version)

"""Plain Python records of one release: what the readers return and the writers take.

These hold no pandas; the loaders turn them into DataFrames, the CLI and the exports use them
directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from .defaults import LATEST
from .errors import UnknownReleaseError
from .records import record
from .schema import INVITED_KINDS, SCHEMA_VERSION, Field
from .schema import recorded as schema_recorded

_R = TypeVar("_R")


@record
class Person:
    """A speaker or panelist."""

    person_id: str
    name: str
    affiliations: tuple[str, ...] = ()
    anchor: str = ""
    photo_url: str = ""
    bio: str = ""
    links: tuple[str, ...] = ()
    #: The words the page prints as each of :attr:`links`, in the same order ("@DivyaMahajn" for
    #: ``https://twitter.com/divyamahajn``), "" where it prints none of the link's own; empty: none
    #: known (schema 2.9.0: :meth:`link_label`).
    link_labels: tuple[str, ...] = ()

    def link_label(self, url: str) -> str:
        """The words the page prints as the person's link ``url`` (:attr:`link_labels`), "" when
        none are known."""
        return printed_words(self.links, self.link_labels).get(url, "")


@record
class Talk:
    """A talk presented inside a slot (e.g. one of a block of contributed talks)."""

    talk_id: str
    slot_id: str
    order: int
    title: str
    title_myst: str
    speakers: tuple[str, ...] = ()
    #: The talk's own start and end (naive wall-clock times at the venue) where the page prints
    #: them (NeurIPS 2022's detailed schedule); None: the talk is given its slot's time.
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    #: How the page says the talk is given, as printed (NeurIPS 2022's detailed schedule: "In-person
    #: Presentation, Prerecorded Backup"); empty: the page prints none.
    delivery: str = ""
    #: The conference site's type of the talk, as printed in parentheses after its title
    #: (NeurIPS 2022's detailed schedule: "Spotlight"), as :attr:`Paper.presentation` is a
    #: paper's; empty: the page prints none.
    presentation: str = ""


@record
class Slot:
    """A row of the schedule. ``start``/``end`` are naive wall-clock times at the venue; None
    when the page prints none (a start "TBD", an end not printed nor taken from the next row)."""

    slot_id: str
    start: dt.datetime | None
    end: dt.datetime | None
    end_derived: bool
    kind: str
    label: str = ""
    title: str = ""
    title_myst: str = ""
    status: str = ""
    speakers: tuple[str, ...] = ()
    raw: str = ""
    #: The time another schedule of the page gives the slot's talk where it is not the row's
    #: (NeurIPS 2022's detailed schedule); None: the page gives the talk the row's time only.
    talk_start: dt.datetime | None = None
    talk_end: dt.datetime | None = None
    #: The heading row the schedule table prints over the slot, as printed (NeurIPS 2020's
    #: "Run 1", "Run 2 (repeated)"); empty: none.
    part: str = ""
    #: The id of the slot of an earlier part this slot gives again, the same program at another
    #: time (its talks are that slot's talks, in order); empty: none.
    repeats: str = ""
    #: How the page says the slot's talk is given, as another schedule of the page prints it
    #: (NeurIPS 2022's detailed schedule: "Prerecorded & Livestreamed"); empty: none.
    talk_delivery: str = ""
    #: How the page says the slot itself is given, where it is no talk's, as another schedule of
    #: the page prints it (NeurIPS 2022's opening remarks); empty: none.
    delivery: str = ""
    #: The conference site's type of the slot's talk, as another schedule of the page prints it
    #: (NeurIPS 2022's invited talks: "Talk"); empty: none.
    talk_presentation: str = ""
    #: The conference site's type of the slot's own event, where it is no talk's, as another
    #: schedule of the page prints it (NeurIPS 2022's poster sessions: "Break"); empty: none.
    presentation: str = ""
    #: The title another schedule of the page gives the slot's own event where it is not
    #: :attr:`label` (NeurIPS 2022's "Poster Session | Coffee Break"); empty: none.
    event_title: str = ""
    #: The title another schedule of the page gives the slot's talk (the event by its speakers)
    #: where it is neither :attr:`label` nor :attr:`title` (NeurIPS 2022's "Jeff Dean - Invited
    #: Talk"), as :attr:`event_title` is its own event's; empty: none.
    talk_event_title: str = ""


#: The slot's fields a slot repeating it (:attr:`Slot.repeats`) prints as it does; with its
#: talks, the :data:`PROGRAM`.
_PROGRAM_FIELDS = ("kind", "label", "title", "speakers", "raw")
#: What each of :func:`programs`' values holds, in order: the same program given again at
#: another time is the same values.
PROGRAM = (*_PROGRAM_FIELDS, "talks")


def programs(slots: Iterable[Slot], talks: Iterable[Talk]) -> dict[str, tuple[object, ...]]:
    """Each slot's id -> its program (:data:`PROGRAM`): its kind, label, title, speakers, an
    ``other`` row's raw text, and its talks' titles and presenters in the order given.

    A slot that repeats another prints the same program (NeurIPS 2020's "Run 2 (repeated)"):
    the importer marks a slot as repeating one whose program is its own, and validation refuses
    a ``repeats`` between two programs that differ.
    """
    held: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for t in talks:
        held.setdefault(t.slot_id, []).append((t.title, t.speakers))
    return {s.slot_id: (*(getattr(s, name) for name in _PROGRAM_FIELDS), tuple(held.get(s.slot_id, ()))) for s in slots}


@record
class Workshop:
    """The edition's metadata and contact."""

    edition: str
    series: str
    conference: str
    site_title: str
    page_title: str
    site_description: str
    mini_site_description: str
    #: ``None`` when the pages do not settle the day (e.g. "December 13th or 14th").
    date: dt.date | None
    venue: str
    timezone: str
    contact_email: str
    room: str = ""

    @property
    def event_name(self) -> str:
        """The event's name, e.g. ``"ML for Systems @ NeurIPS 2024"`` (the series alone when the
        conference is not known)."""
        return f"{self.series} @ {self.conference}" if self.conference else self.series

    @property
    def title(self) -> str:
        """The workshop's name as the site and the CLI head their pages: the series, as the
        pages' own words write it ("Workshop on ML for Systems at NeurIPS 2024", in every
        description, heading and call for papers).

        Not ``site_title``, which is kept as written: the old site's top bar printed it ("ML For
        Systems" in every front matter since 2019-08-20, "ML for Systems @NeurIPS2019" before;
        NeurIPS 2018's pages give none), a capital that none of the pages' 58 other mentions of
        the name has; shown beside them, the site named the workshop two ways on one page."""
        return self.series


@record
class Role:
    """What a person was in an edition: keynote or invited speaker, panelist, committee member."""

    order: int
    person_id: str
    role: str
    group: str = ""
    label: str = ""
    talk_title: str = ""
    talk_abstract: str = ""
    #: The affiliations printed with this role where they are not the person's
    #: (:attr:`Person.affiliations`); empty: the person's, or none printed.
    affiliations: tuple[str, ...] = ()
    #: The profile links printed with this role where they are not the person's
    #: (:attr:`Person.links`, every link printed with any of their roles); empty: the person's,
    #: or none printed.
    links: tuple[str, ...] = ()


_S = TypeVar("_S", bound=Sequence[str])

#: A role's fields that hold its own only where the page printed others with it than the
#: person's (schema 2.4.0, 2.5.0), empty where the page prints the person's: :func:`printed_with_role`.
PRINTED_WITH_ROLE = ("affiliations", "links")


def printed_with_role(own: _S, persons: _S) -> _S:
    """What a page prints with a role of its affiliations or its links: the role's own
    (:attr:`Role.affiliations`, :attr:`Role.links`: where the page printed others with it), else
    the person's. One rule for the records and for the loaders' rows, which hold the same tuples."""
    return own if len(own) else persons


def own_with_role(printed: Sequence[str], persons: Sequence[str]) -> tuple[str, ...]:
    """What a role holds of its own (:attr:`Role.affiliations`, :attr:`Role.links`) of what a
    page ``printed`` with it: the printed ones where they are not the person's (``persons``),
    else none (the person's, or none printed), as :func:`printed_with_role` reads them back.
    One rule for the site's assembly of roles and for a page import keeping the previous
    release's roles beside a person whose affiliations the new page prints otherwise."""
    return tuple(printed) if len(printed) and tuple(printed) != tuple(persons) else ()


#: A person's fields besides their id and name: what one page prints of them and another may not
#: (a schedule row gives affiliations and the bio's anchor; the home page a photo, bio, links).
PERSON_DETAILS = ("affiliations", "anchor", "photo_url", "bio", "links")


def details_lacking(person: Person, details: dict[str, Any]) -> dict[str, Any]:
    """Of ``details`` (a person's fields, :data:`PERSON_DETAILS`, as another source gives them),
    those that ``person`` lacks and the source gives: what the source fills in. One rule for the
    site's assembly (a schedule row's speaker filled from their home page entry) and for a page
    import (the page's speaker filled from the previous release's record of them)."""
    return {k: v for k, v in details.items() if v and not getattr(person, k)}


def printed_words(links: Iterable[str] | None, labels: Iterable[str] | None) -> dict[str, str]:
    """URL -> the words a page printed as it, from a person's :attr:`Person.links` and
    :attr:`Person.link_labels` (or their columns of ``load_people``), paired in order; a link
    printed with no words of its own, or of a release that holds none, is not in it."""
    return {u: w for u, w in zip(links or (), labels or (), strict=False) if w}


def with_link_labels(people: tuple[Person, ...], words: Mapping[str, str]) -> tuple[Person, ...]:
    """``people``, each with the words the pages print as each of their links (``words``: URL ->
    the words printed as it, :func:`printed_words`; :attr:`Person.link_labels`, empty when
    none of theirs is printed with words). A person whose labels do not change is kept as is."""
    out = []
    for p in people:
        labels = tuple(words.get(url, "") for url in p.links)
        labels = labels if any(labels) else ()
        out.append(p if labels == p.link_labels else dataclasses.replace(p, link_labels=labels))
    return people if all(map(operator.is_, out, people)) else tuple(out)  # the same tuple when none changed


@record
class Paper:
    """An accepted paper; its authors are :class:`Author` rows."""

    paper_id: str
    order: int
    title: str
    abstract: str = ""
    pdf_url: str = ""
    award: str = ""
    presentation: str = ""
    tag: str = ""
    #: How the page says the paper is given, as printed (NeurIPS 2022's "Prerecorded, on-demand,
    #: not streamed during event"); empty: none.
    delivery: str = ""


#: What a count says where a release lists none of the rows (:func:`listed`): the CLI's listings
#: ("papers not listed", "schedule not listed"), the diff's and the site's tables, a talk's
#: ``paper_match`` (:data:`workshop_data.talk_papers.PAPERS_NOT_LISTED`); the loaders' frames hold
#: ``<NA>``. Where the release's schema does not record them at all (1.0.0's papers) they are
#: :data:`~workshop_data.timeutil.UNKNOWN` instead. Beside the rule it words, not in
#: :mod:`workshop_data.words`: the loaders' join reads it, and importing the words (only other
#: commands need them) cost each ``load_schedule()`` some 3.6 M instructions.
NOT_LISTED = "not listed"


def listed(rows: int | None) -> int | None:
    """How many rows of a list the site's pages give a release holds, as every count of them shows
    it (the CLI's ``editions``, ``releases`` and ``papers``, :func:`workshop_data.editions` and
    :func:`workshop_data.releases`, the site's data page), from ``rows``, its rows of the list
    (None where its schema does not record them: 1.0.0's papers). None is not known.

    The one rule, for each list a page gives (the accepted papers, the schedule's slots): a
    release with no rows of it did not list it. The site lists an edition's accepted papers on a
    page of their own (or NeurIPS 2022's home page) and its programme on a schedule (a page, or
    the home page's table); an edition whose site never had the page (NeurIPS 2021's papers,
    NeurIPS 2025's at the last commit), or a release published before it (the home-page-only
    versions made before the edition's schedule: NeurIPS 2024's until 2024-10-06), has no row of
    it, and that says nothing of how many papers the workshop accepted or of its programme: not
    0, unknown (nothing is invented either way, and no field records it). Talks are given inside
    the schedule's slots: ``talks_listed``."""
    return rows or None


def talks_listed(talks: int | None, slots: int | None) -> int | None:
    """How many talks (contributed talks inside a slot) a release lists, from its talk and slot
    rows: a schedule listed with no talk inside a slot lists 0 talks, a release with no schedule
    (:func:`listed` of its slots is None) lists none, not 0: unknown."""
    return talks if listed(slots) is not None else None


#: The kinds of slot whose row is one talk where it names one (a title or a speaker) and lists no
#: talk inside it: a contributed talk, and a row of no known kind that prints a talk (ISCA 2019's
#: "Coda", a title and its speaker under a plain "Speaker"); one that names none ("Competition
#: Winner Talks") gives talks the page does not count.
_ONE_TALK_WHERE_NAMED = ("contributed", "other")


def talks_given(slot: Slot, inside: int) -> int | None:
    """How many talks ``slot`` gives, ``inside`` being how many it lists inside it (a block of
    contributed talks): those; else one for a keynote or an invited talk (NeurIPS 2021's six,
    printed "TBD", are talks all the same), one for a contributed or unclassified row that names a
    title or a speaker, None (not known) for one that names neither, and 0 for the other kinds
    (opening, poster, break, lunch, panel, Q&A, closing, social: no talk). The one rule of
    :func:`workshop_data.load_schedule`'s ``talks_given``; a slot that repeats another
    (:attr:`Slot.repeats`) gives its talks again."""
    if inside:
        return inside
    if slot.kind in INVITED_KINDS:
        return 1
    if slot.kind in _ONE_TALK_WHERE_NAMED:
        return 1 if slot.title or slot.speakers else None
    return 0


@record
class Author:
    """One author of a paper, at its position on the paper."""

    paper_id: str
    position: int
    person_id: str
    name: str
    equal_contribution: bool | None = None


@record
class Correction:
    """A hand-checked correction: the data says ``value`` where the page printed ``printed``."""

    resource: str
    key: str
    field: str
    printed: str
    value: str
    reason: str


#: A correction's ``printed`` where the page printed nothing at all for the field (a conference
#: its front matter does not name, a day its description does not give).
NOT_PRINTED = "(not printed)"


def _first_by(records: tuple[_R, ...], key: str) -> dict[str, _R]:
    """``records`` by their ``key`` attribute, the first of each id kept (a release being built,
    not yet checked, may repeat one)."""
    out: dict[str, _R] = {}
    for r in records:
        out.setdefault(getattr(r, key), r)
    return out


def _by_speaker(rows: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    """person id -> the ids of the rows that name them a speaker, in order, each once: ``rows``
    are (a slot's or talk's id, its speakers)."""
    out: dict[str, list[str]] = {}
    for row_id, speakers in rows:
        for pid in dict.fromkeys(speakers):
            out.setdefault(pid, []).append(row_id)
    return {pid: tuple(ids) for pid, ids in out.items()}


def _grouped(records: tuple[_R, ...], key: str) -> dict[str, tuple[_R, ...]]:
    """``records`` by their ``key`` attribute, each id's in order."""
    out: dict[str, list[_R]] = {}
    for r in records:
        out.setdefault(getattr(r, key), []).append(r)
    return {k: tuple(rs) for k, rs in out.items()}


@record
class Material:
    """A link the schedule gives for a talk: its slides, recording, paper…

    It belongs to the slot ``slot_id`` (a keynote, an invited talk, a contributed talk printed
    as a row of its own) or, when ``talk_id`` is given, to that talk of the slot's block.
    """

    slot_id: str
    talk_id: str
    #: A key of :data:`workshop_data.schema.MATERIAL_KINDS`.
    kind: str
    url: str


@record
class PaperMaterial:
    """A link the site gives for an accepted paper beside its PDF: its OpenReview page, its
    poster, its slides (NeurIPS 2022's home page, NeurIPS 2018's papers page)."""

    paper_id: str
    #: A key of :data:`workshop_data.schema.MATERIAL_KINDS`.
    kind: str
    url: str


@record
class TextLink:
    """Words of a text the page printed as a link (NeurIPS 2018's Song Han's talk abstract links
    "AMC", "HAQ", "ProxylessNAS" and "TSM"): the text stays plain, and this says which of its
    characters link where, so a renderer makes the link itself (escaped, an http(s) URL only)."""

    #: The table of the text (a key of :data:`workshop_data.schema.LINKED_TEXTS`).
    resource: str
    #: The row of the text: a role's ``order`` (as text), a paper's ``paper_id``, a person's
    #: ``person_id`` (:data:`workshop_data.schema.LINKED_TEXT_KEYS`).
    key: str
    #: The field holding the text (``talk_abstract``, ``abstract``, ``bio``).
    field: str
    #: The link's place among the text's links, from 1.
    position: int
    #: Where the linked words begin in the text: their first character's place, from 1 (as every
    #: whole number of the data).
    start: int
    #: The linked words, as the text holds them from ``start`` on.
    text: str
    url: str

    @property
    def span(self) -> slice:
        """The linked words' slice of the text: ``text[link.span] == link.text``."""
        return slice(self.start - 1, self.start - 1 + len(self.text))


#: The records a release's ``repr`` counts, in the order of its fields.
_COUNTED = ("slots", "talks", "people", "roles", "papers", "authors", "materials", "paper_materials", "text_links")


@record(repr=False)
class Release:
    """One immutable release of an edition: metadata, slots, talks and people.

    Its ``repr`` names it and counts its records (``Release(edition='neurips2024',
    name='2024-12-15.0142', published='2024-12-15T01:42:00+00:00', slots=16, talks=4, …)``):
    the records themselves, every field of every one, made a line of 80 KB that a notebook
    printed whole. They are in its fields, and as tables in the loaders.
    """

    name: str
    published: dt.datetime
    workshop: Workshop
    slots: tuple[Slot, ...]
    talks: tuple[Talk, ...] = ()
    people: tuple[Person, ...] = ()
    roles: tuple[Role, ...] = ()
    papers: tuple[Paper, ...] = ()
    authors: tuple[Author, ...] = ()
    corrections: tuple[Correction, ...] = ()
    materials: tuple[Material, ...] = ()
    paper_materials: tuple[PaperMaterial, ...] = ()
    text_links: tuple[TextLink, ...] = ()
    #: The schema version the release was read in; ``None`` for a release not yet written, which
    #: is written in the oldest version that holds its data
    #: (:func:`workshop_data.datapackage.schema_version_of`).
    schema_version: str | None = field(default=None, compare=False)
    path: Path | None = field(default=None, compare=False)
    #: The fields each resource's schema declares, as read from the release's descriptor.
    fields: dict[str, tuple[Field, ...]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def edition(self) -> str:
        """The edition this release belongs to (``workshop.edition``)."""
        return self.workshop.edition

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(getattr(self, name))}" for name in _COUNTED)
        published = self.published.isoformat()
        return f"Release(edition={self.edition!r}, name={self.name!r}, published={published!r}, {counts})"

    # Lookups by id go through indexes built once per release (on first use), so that a writer
    # or loader looking up every slot's talks and speakers stays linear in the release's size.
    # ``cached_property`` writes to the instance's ``__dict__``, which a frozen dataclass allows;
    # the indexes are not fields (not compared, not in ``repr``), and ``dataclasses.replace``
    # makes a new release with indexes of its own.

    @cached_property
    def _people_by_id(self) -> dict[str, Person]:
        return _first_by(self.people, "person_id")

    @cached_property
    def _slots_by_id(self) -> dict[str, Slot]:
        return _first_by(self.slots, "slot_id")

    @cached_property
    def _talks_by_id(self) -> dict[str, Talk]:
        return _first_by(self.talks, "talk_id")

    @cached_property
    def _talks_by_slot(self) -> dict[str, tuple[Talk, ...]]:
        by_slot: dict[str, list[Talk]] = {}
        for t in self.talks:
            by_slot.setdefault(t.slot_id, []).append(t)
        return {slot_id: tuple(sorted(ts, key=lambda t: t.order)) for slot_id, ts in by_slot.items()}

    @cached_property
    def _slots_by_person(self) -> dict[str, tuple[str, ...]]:
        return _by_speaker((s.slot_id, s.speakers) for s in self.slots)

    @cached_property
    def _talks_by_person(self) -> dict[str, tuple[str, ...]]:
        return _by_speaker((t.talk_id, t.speakers) for t in self.talks)

    @cached_property
    def _materials_by_slot(self) -> dict[str, tuple[Material, ...]]:
        return _grouped(self.materials, "slot_id")

    @cached_property
    def _materials_by_paper(self) -> dict[str, tuple[PaperMaterial, ...]]:
        return _grouped(self.paper_materials, "paper_id")

    def recorded(self, resource: str) -> frozenset[str]:
        """The fields of ``resource`` this release records (:func:`workshop_data.schema.recorded`
        of its schema version; a release not yet written, of the current one): those its schema
        declares, and those added since that it holds none of. Empty: the resource is unknown in
        this release (``papers`` in 1.0.0), which is not the same as having none."""
        return schema_recorded(self.schema_version or SCHEMA_VERSION, resource)

    @property
    def first_start(self) -> dt.datetime | None:
        """The first start the schedule gives (wall clock at the venue); None when no slot has
        one (no schedule yet, or every time printed "TBD")."""
        return next((s.start for s in self.slots if s.start is not None), None)

    def slots_of_kinds(self, kinds: Iterable[str] | None) -> list[Slot]:
        """The slots whose kind is in ``kinds``, in order (all when ``kinds`` is None or empty):
        what an export or a schedule shows of ``--kinds`` or ``:kinds:``."""
        wanted = set(kinds) if kinds else None
        return [s for s in self.slots if wanted is None or s.kind in wanted]

    def person(self, person_id: str) -> Person:
        """The person with this id (:class:`KeyError` when there is none)."""
        return self._people_by_id[person_id]

    def slot(self, slot_id: str) -> Slot:
        """The slot with this id (:class:`KeyError` when there is none)."""
        return self._slots_by_id[slot_id]

    def talk(self, talk_id: str) -> Talk:
        """The talk with this id (:class:`KeyError` when there is none)."""
        return self._talks_by_id[talk_id]

    def has_slot(self, slot_id: str) -> bool:
        """Whether the release has a slot with this id."""
        return slot_id in self._slots_by_id

    def has_talk(self, talk_id: str) -> bool:
        """Whether the release has a talk with this id."""
        return talk_id in self._talks_by_id

    def talks_of(self, slot_id: str) -> list[Talk]:
        """The talks of a slot, in order."""
        return list(self._talks_by_slot.get(slot_id, ()))

    def slots_of(self, person_id: str) -> tuple[str, ...]:
        """The ids of the slots a person speaks in (as a slot's speaker, not a talk's), in order."""
        return self._slots_by_person.get(person_id, ())

    def talks_named_for(self, person_id: str) -> tuple[str, ...]:
        """The ids of the talks of a block a person is named for (a talk's speaker, not a
        slot's: :meth:`slots_of`), in order."""
        return self._talks_by_person.get(person_id, ())

    def materials_in(self, slot_id: str) -> tuple[Material, ...]:
        """Every material of a slot (its own talk's and its talks'), in page order."""
        return self._materials_by_slot.get(slot_id, ())

    def materials_of(self, slot_id: str, talk_id: str = "") -> list[Material]:
        """The materials of a slot's own talk (``talk_id`` empty) or of a talk of its block, in
        page order."""
        return [m for m in self.materials_in(slot_id) if m.talk_id == talk_id]

    def materials_of_paper(self, paper_id: str) -> tuple[PaperMaterial, ...]:
        """The links the site gives for an accepted paper beside its PDF, in page order."""
        return self._materials_by_paper.get(paper_id, ())

    @cached_property
    def _links_by_text(self) -> dict[tuple[str, str, str], tuple[TextLink, ...]]:
        out: dict[tuple[str, str, str], list[TextLink]] = {}
        for link in self.text_links:
            out.setdefault((link.resource, link.key, link.field), []).append(link)
        return {k: tuple(sorted(v, key=lambda link: link.position)) for k, v in out.items()}

    def links_in(self, resource: str, key: str, field: str) -> tuple[TextLink, ...]:
        """The links inside the text of ``field`` of row ``key`` of ``resource`` (a role's
        ``order`` as text, a paper's id, a person's id), in order: ``links_in("roles", "3",
        "talk_abstract")``, ``links_in("people", "natasha-jaques", "bio")``."""
        return self._links_by_text.get((resource, key, field), ())

    def abstract_role(self, slot: Slot) -> Role | None:
        """The role holding the abstract of ``slot``'s own talk; None where no role gives that
        talk an abstract, or where two could. The one home of which abstract is a slot's, for
        the links inside it (:meth:`abstract_links`) and the schedule page's link to it on the
        home page. A role holds it

        - by title: a role of one of the slot's speakers whose talk title is the slot's title,
          the home page and the schedule printing the same talk (NeurIPS 2018's Eric Schkufza);
        - by person, where the slot prints no title: the slot is given by one speaker alone, who
          gives no other slot (one that repeats this one is the same talk: NeurIPS 2020's "Run
          2") and holds one role with an abstract, the one talk of theirs it can be (NeurIPS
          2022's schedule printed no titles, "Invited Speaker 1: Jeff Dean", and its home page
          gave Jeff Dean's abstract to his keynote role: neither the titles nor the kinds
          match). A panel, or a speaker of two slots or of two abstracts, finds none."""
        if not slot.title:
            return self._abstract_by_person(slot)
        found = [
            self._abstract_roles[k] for k in ((pid, slot.title) for pid in slot.speakers) if k in self._abstract_roles
        ]
        return min(found, key=lambda r: r[0])[1] if found else None

    def talk_title_role(self, slot: Slot) -> Role | None:
        """The role holding the title of ``slot``'s own talk where the slot prints none; None
        where it prints one (the page's title stands), or where no role or two could hold it.
        By person, as :meth:`abstract_role` finds an untitled slot's abstract: the slot is given
        by one speaker alone, who gives no other slot (one repeating it is the same talk) and
        holds one role with a talk title (NeurIPS 2022's "Invited Speaker 3: Steve Keckler", his
        role's "Applying ML to Practical System Design"). The schedule page's speakers list
        shows it, where the old page showed the talk by its slot's label alone."""
        return None if slot.title else self._role_by_person(slot, "talk_title")

    def _abstract_by_person(self, slot: Slot) -> Role | None:
        """The untitled ``slot``'s abstract by its one speaker (:meth:`abstract_role`)."""
        return self._role_by_person(slot, "talk_abstract")

    def _role_by_person(self, slot: Slot, field: str) -> Role | None:
        """The one role of ``slot``'s one speaker that holds ``field`` (a role's talk title or
        abstract), where they give no other slot; None where two could."""
        if len(slot.speakers) != 1:
            return None
        programs, roles = self._roles_by_person.get(slot.speakers[0], (set(), []))
        holding = [r for r in roles if getattr(r, field)]
        return holding[0] if len(programs) == 1 and len(holding) == 1 else None

    @cached_property
    def _roles_by_person(self) -> dict[str, tuple[set[str], list[Role]]]:
        """person id -> the slots they give (a slot repeating another counted as that one) and
        their roles with a talk's title or abstract: one look-up per slot, not a pass over the
        slots and roles."""
        out: dict[str, tuple[set[str], list[Role]]] = {}
        for s in self.slots:
            for pid in s.speakers:
                out.setdefault(pid, (set(), []))[0].add(s.repeats or s.slot_id)
        for role in self.roles:
            if (role.talk_abstract or role.talk_title) and role.person_id in out:
                out[role.person_id][1].append(role)
        return out

    @cached_property
    def _abstract_roles(self) -> dict[tuple[str, str], tuple[int, Role]]:
        """(person id, talk title) -> the first role with an abstract of that talk, with its
        position: one look-up per speaker of a slot, not a pass over the roles per slot."""
        out: dict[tuple[str, str], tuple[int, Role]] = {}
        for i, role in enumerate(self.roles):
            if role.talk_abstract:
                out.setdefault((role.person_id, role.talk_title), (i, role))
        return out

    def abstract_links(self, slot: Slot) -> tuple[TextLink, ...]:
        """The links inside the abstract of ``slot``'s own talk (:meth:`abstract_role`), in
        order (NeurIPS 2018's Song Han: AMC, HAQ, ProxylessNAS, TSM); none where no role gives
        that talk an abstract. The one home of which links a slot's talk's abstract holds, for
        the JSON, CSV, frab and calendar exports and the text table."""
        role = self.abstract_role(slot)
        return () if role is None else self.links_in("roles", str(role.order), "talk_abstract")


@record(repr=False)
class Edition:
    """An edition and its releases, oldest first: the one place that knows an edition's history.

    Whatever needs history (SEQUENCE in calendars, the changelog, id carry-over) takes it from
    here rather than reading folders. Its ``repr`` names the edition, counts its releases and
    names the first and the latest (every release whole was a line of 800 KB).
    """

    name: str
    releases: tuple[Release, ...]

    def __repr__(self) -> str:
        span = f", first={self.releases[0].name!r}, latest={self.latest.name!r}" if self.releases else ""
        return f"Edition(name={self.name!r}, releases={len(self.releases)}{span})"

    @property
    def latest(self) -> Release:
        """The newest release."""
        return self.releases[-1]

    @property
    def newest_first(self) -> tuple[Release, ...]:
        """The releases newest first: the order a visitor reads them in, the one home of it for
        every list the site shows (the changelog, as any changelog; the data page's table of
        downloads, the latest, which most want, at the top)."""
        return self.releases[::-1]

    def release(self, name: str) -> Release:
        """The release called ``name`` (``"latest"``: the newest); :class:`UnknownReleaseError`
        naming the known releases when there is none."""
        if name == LATEST:
            return self.latest
        for r in self.releases:
            if r.name == name:
                return r
        raise UnknownReleaseError.of(self.name, name, (r.name for r in self.releases))

    def until(self, name: str) -> tuple[Release, ...]:
        """The releases up to and including ``name``, oldest first."""
        out = []
        for r in self.releases:
            out.append(r)
            if r.name == name:
                return tuple(out)
        raise KeyError(name)

    def after(self, name: str) -> tuple[Release, ...]:
        """The releases published after ``name``, oldest first."""
        return self.releases[len(self.until(name)) :]


def usual_name(spellings: Sequence[str]) -> str:
    """A person's name across editions: the spelling most editions print, the newest of equals.

    ``spellings`` holds one printed name per edition, oldest first. A misprint of one edition
    (ISCA 2019's "Azalia Mirhosseini") does not name the person on pages that span editions;
    each edition's own pages keep what that edition printed.
    """
    if not spellings:
        raise ValueError("a person has at least one printed name")
    counts = Counter(spellings)
    best = max(counts.values())
    return next(s for s in reversed(spellings) if counts[s] == best)

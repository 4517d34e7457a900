"""The site's git history as every edition's releases.

For each commit, oldest first, the data pages it touched are read and given to their edition
(:mod:`.editions`); each edition keeps the last readable version of each of its pages. An
edition whose pages changed is assembled into a :class:`~workshop_data.model.Release` (the
schedule through :mod:`workshop_data.importer`, the home page's people (and the schedule page's
speakers it lacks: ISCA 2019's) and the accepted papers through their parsers), given ids, and
compared with the edition's previous release: when its data changed it becomes a release,
published at the commit's author time (UTC).

Ids: slots, talks and people are carried from the previous release in publication order (a
pinned release published before the commit it was made from included, :class:`_Pins`;
:func:`workshop_data.identity.carry_ids`), the releases before a pinned release taking its slot
and talk ids for what they share with it (:func:`toward_pin`: its ids are fixed), and never
reused within an edition's whole history;
a person has one id across editions (normalised name and :mod:`.aliases`); a paper keeps its id
when its title is corrected. A release is named by its own publication time, ``YYYY-MM-DD.HHMM``
in UTC (:func:`workshop_data.ids.release_name`): unique, sortable, and stable when a later import finds more
releases.

A page that cannot be read is reported (commit, upstream commit, file and row) and the
edition keeps its previous version of that page; nothing stops the other editions.

A commit authored after the import's clock (a wrong clock, ``--date`` given by hand: the year
3000) has no time its release can be published at, and would date every later release of its
edition, each published "no earlier than" it (:func:`_published`). Its time is not trusted:
the commit is reported and read together with the next commit of the history authored before
the clock (:func:`_dated`), whose tree holds its changes, so its pages are published in that
commit's release, at that commit's time: the site had them by then, and no release is dated
at a time the history does not give. Commits after the last such commit are not read (there is
no time to publish them at); the report names them. A commit authored at a time no date holds
(``--date=@99999999999999``, or before 1970: :data:`.git.NO_TIME`) is read so too: it stopped the
import of every edition, run after run.

The whole history is planned in memory first; publishing writes each missing release
atomically (:func:`workshop_data.datapackage.write_release`), so nothing is half-written and a
second run writes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from .. import collector, ids, model
from ..datapackage import check_case, in_schema, release_files, write_release
from ..defaults import DESCRIPTOR
from ..encoding import sha256
from ..errors import WorkshopDataError
from ..identity import CLOSE, rename_ids, similarity
from ..importer.page import load_yaml, split_front_matter
from ..importer.people import name_key
from ..memo import ByIdentity, Recent, made, replaced
from ..model import Author, Correction, Material, Paper, PaperMaterial, Person, Release, Role, Slot
from ..schema import SPEAKER_ROLES
from ..store import publication_key, publication_order, release_names
from ..titles import Title
from ..validation import read_release
from . import git
from .aliases import person_key
from .editions import (
    EDITION_FOLDER,
    PagePath,
    edition_named,
    miscased_page,
    named_edition,
    page_path,
    root_edition,
    unread_folder,
)
from .facts import FACTS, PINNED, PinnedRelease
from .pages import (
    EPOCH,
    Pages,
    PageVersion,
    Parsed,
    PeoplePart,
    Reading,
    decode_page,
    not_a_file_problem,
    read_page,
    read_papers,
    schedule_of,
)
from .paperlist import title_key
from .records import HomePage, PaperEntry, RoleEntry
from .release_ids import EditionIds, OrSame, PersonIds, toward_pin
from .report import Report, problem

# -- assembling a release ------------------------------------------------------------------


@dataclass
class _Folks:
    """The people of a release by name: the schedule's first, then the home page's and authors.

    A person is named as their own entry prints them (the first of the home page's speaker
    headings and committee lines, or the schedule page's speaker blocks, that is theirs) over
    the spelling a schedule row mentions them by: NeurIPS 2025's schedule prints "Keynote: Azalia
    Mirhoseni" and links the home page's heading "Azalia Mirhoseini" above her bio."""

    people: list[Person]
    at: dict[str, int] = field(init=False)
    ids: set[str] = field(init=False)
    #: The places of the people an entry of their own (a heading, a committee line) has named.
    headed: set[int] = field(init=False)

    def __post_init__(self) -> None:
        self.at, self.ids, self.headed = {}, {p.person_id for p in self.people}, set()
        for i, p in enumerate(self.people):
            self.at.setdefault(self.key(p.name), i)

    @staticmethod
    def key(name: str) -> str:
        """One person per normalised name and alias (:func:`.aliases.person_key`)."""
        return person_key(name)

    def find(self, name: str) -> int | None:
        return self.at.get(self.key(name))

    def add(self, name: str, **details: Any) -> str:
        key = person_key(name)  # self.key's, without a call more per name (an import adds thousands)
        at = self.at.get(key)
        if at is None:
            pid = ids.person_id(name, self.ids)
            self.ids.add(pid)
            self.at[key] = len(self.people)
            self.people.append(made(Person, pid, name, **details))
            self.headed.add(self.at[key])
            return pid
        known = self.people[at]
        if not details:  # an author: nothing to fill in
            return known.person_id
        filled = model.details_lacking(known, details)
        if at not in self.headed:  # a schedule row's spelling: the person's own entry names them
            self.headed.add(at)
            if name != known.name:
                filled["name"] = name
        more = tuple(link for link in details.get("links", ()) if link not in known.links)
        if known.links and more:  # listed twice with another link (NeurIPS 2023's two LinkedIn URLs)
            filled["links"] = known.links + more
        if filled:
            self.people[at] = replaced(known, **filled)
        return known.person_id


def _workshop_corrections(release: Release, edition: str) -> Release:
    """The reviewed conference and series where the page printed others, as corrections."""
    facts = FACTS[edition]
    w = release.workshop
    corrections = list(release.corrections)
    changes: dict[str, Any] = {}
    for name, value in (("conference", facts.conference), ("series", facts.series)):
        printed = getattr(w, name)
        if printed != value:
            changes[name] = value
            corrections.append(
                Correction(
                    "workshop",
                    edition,
                    name,
                    printed or "(not printed)",
                    value,
                    f"the page printed {printed!r}; the edition is {facts.edition} (siteimport/facts.py)",
                )
            )
    if not changes:
        return release
    return dataclasses.replace(release, workshop=dataclasses.replace(w, **changes), corrections=tuple(corrections))


def _with_talk(entry: RoleEntry, talks: dict[str, RoleEntry]) -> RoleEntry:
    """A home page's speaker with the talk title (and its abstract) the schedule page's block
    of the same person gives, where the home page prints none (``talks``: by
    :func:`.aliases.person_key`, as :func:`_schedule_only` tells the home page's speakers)."""
    if entry.talk_title or entry.role not in SPEAKER_ROLES:
        return entry
    other = talks.get(person_key(entry.person.name))
    if other is None or not other.talk_title:
        return entry
    return dataclasses.replace(
        entry, talk_title=other.talk_title, talk_abstract=entry.talk_abstract or other.talk_abstract
    )


def _slot_kinds(release: Release) -> dict[str, str]:
    """The kind of talk each speaker of ``release``'s slots gives (person id -> keynote or
    invited, the strongest if several), as the schedule's rows print or the page shows it."""
    kinds: dict[str, str] = {}
    for slot in release.slots:
        if slot.kind in _SPEAKER_KINDS:
            for pid in slot.speakers:
                if kinds.get(pid) != "keynote":
                    kinds[pid] = slot.kind
    return kinds


def _schedule_only(
    speakers: tuple[RoleEntry, ...], home: HomePage, folks: _Folks, kinds: Mapping[str, str]
) -> Iterator[RoleEntry]:
    """The schedule page's speakers with no role on the home page (ISCA 2019's seven: its home
    page has no speakers), each with the kind of the slot the schedule gives them (``kinds``, by
    person id; the blocks' ``class="keynote-speaker"`` is no evidence: ISCA 2019 puts it on all
    seven, four of them in rows printed "Speaker"); one with no such slot gets no role."""
    on_home = {person_key(r.person.name) for r in home.roles if r.role in SPEAKER_ROLES}
    for entry in speakers:
        if person_key(entry.person.name) in on_home:
            continue
        at = folks.find(entry.person.name)
        kind = kinds.get(folks.people[at].person_id) if at is not None else None
        if kind is not None:
            yield dataclasses.replace(entry, role=kind)


def _people_part(
    schedule: tuple[Person, ...],
    home: HomePage,
    entries: tuple[PaperEntry, ...],
    speakers: tuple[RoleEntry, ...] = (),
    kinds: Mapping[str, str] | None = None,
) -> PeoplePart:
    """The people of a release (the schedule's first, then the home page's and the authors,
    each once), its roles (a speaker's talk from the schedule page's ``speakers`` where the home
    page gives none; then the schedule page's speakers the home page has not, of the kind their
    slots give: ``kinds``, :func:`_schedule_only`), papers and authors (fresh ids)."""
    folks = _Folks(list(schedule))
    roles: list[Role] = []
    talks = {person_key(s.person.name): s for s in speakers}
    listed = (*(_with_talk(e, talks) for e in home.roles), *_schedule_only(speakers, home, folks, kinds or {}))
    held: list[tuple[RoleEntry, str]] = []
    for entry in listed:
        p = entry.person
        pid = folks.add(
            p.name,
            affiliations=p.affiliations,
            anchor=p.anchor,
            photo_url=p.photo_url,
            bio=p.bio,
            links=p.links,
        )
        held.append((entry, pid))
    kept = {p.person_id: (p.affiliations, p.links) for p in folks.people}
    for order, (entry, pid) in enumerate(held, start=1):
        # the person's are people.affiliations; people.links holds every link printed with any
        # role: a role's own are those it prints where they are not all of them
        own = model.own_with_role(entry.person.affiliations, kept[pid][0])
        own_links = model.own_with_role(entry.person.links, kept[pid][1])
        roles.append(
            made(
                Role,
                order,
                pid,
                entry.role,
                entry.group,
                entry.label,
                entry.talk_title,
                entry.talk_abstract,
                own,
                own_links,
            )
        )
    made_papers = _listed_papers(entries)
    known = folks.at.keys() & made_papers.keys
    ids_of = tuple(sorted((k, folks.people[folks.at[k]].person_id) for k in known))
    # the authors as made with none of the release's other ids taken: the same as made after
    # them when none of the ids they give is taken (the only ids unique() looked at)
    alone = _AUTHORED.get((entries, ids_of), lambda: _authored(made_papers, dict(ids_of), set()))
    if not folks.ids.isdisjoint(alone[2]):
        alone = _authored(made_papers, dict(ids_of), set(folks.ids))
    new, authors, _ = alone
    return (*folks.people, *new), tuple(roles), made_papers.papers, authors


@dataclass(frozen=True)
class _ListedPapers:
    """A release's papers made from its papers pages' entries (fresh ids: each title's slug,
    unique among them), and each author line as (paper id, position, name as printed, equal
    contribution, :func:`.aliases.person_key` of the name): what no other page changes."""

    papers: tuple[Paper, ...]
    lines: tuple[tuple[str, int, str, bool | None, str], ...]
    keys: frozenset[str]


def _make_listed_papers(entries: tuple[PaperEntry, ...]) -> _ListedPapers:
    papers: list[Paper] = []
    lines: list[tuple[str, int, str, bool | None, str]] = []
    paper_ids: set[str] = set()
    for order, paper in enumerate(entries, start=1):
        paper_id = ids.talk_id(paper.title, paper_ids)
        paper_ids.add(paper_id)
        papers.append(
            made(
                Paper,
                paper_id,
                order,
                paper.title,
                paper.abstract,
                paper.pdf_url,
                paper.award,
                paper.presentation,
                paper.tag,
            )
        )
        for position, author in enumerate(paper.authors, start=1):
            lines.append((paper_id, position, author.name, author.equal_contribution, person_key(author.name)))
    return _ListedPapers(tuple(papers), tuple(lines), frozenset(line[4] for line in lines))


#: The papers pages' entries made into papers, by the entries (compared, not hashed: a tuple of
#: the parsers' records, the same objects version after version): an edition's assemblies
#: meet the same papers again with another schedule or home page (106 of the import's 141
#: people parts, 49 % of their 6,876 author lines).
_LISTED: Recent[tuple[PaperEntry, ...], _ListedPapers] = Recent(16)


def _listed_papers(entries: tuple[PaperEntry, ...]) -> _ListedPapers:
    return _LISTED.get(entries, lambda: _make_listed_papers(entries))


def _authored(
    listed: _ListedPapers, known: Mapping[str, str], taken: set[str]
) -> tuple[tuple[Person, ...], tuple[Author, ...], frozenset[str]]:
    """The authors of ``listed``'s papers as :meth:`_Folks.add` makes them after the release's
    other people: an author whose name (:func:`.aliases.person_key`) is one of theirs is that
    person (``known``: key -> person id); any other is a new person, once per name, their ids
    made unique against ``taken`` (the ids of the release's other people, which this updates)
    and each other. The new people, the authors, and the new people's ids."""
    at: dict[str, str] = {}
    new: list[Person] = []
    authors: list[Author] = []
    for paper_id, position, name, equal, key in listed.lines:
        pid = known.get(key)
        if pid is None:
            pid = at.get(key)
        if pid is None:
            pid = ids.person_id(name, taken)
            taken.add(pid)
            at[key] = pid
            new.append(made(Person, pid, name))
        authors.append(made(Author, paper_id, position, pid, name, equal))
    return tuple(new), tuple(authors), frozenset(p.person_id for p in new)


#: :func:`_authored` with nothing taken, by the entries and the authors' people among the
#: release's others (their keys and ids): valid for a release none of whose other people's ids
#: is one of the new authors' (:func:`_people_part` checks it at each use). Compared, not hashed.
_AUTHORED: Recent[
    tuple[tuple[PaperEntry, ...], tuple[tuple[str, str], ...]],
    tuple[tuple[Person, ...], tuple[Author, ...], frozenset[str]],
] = Recent(16)


def _people_part_of(
    schedule: tuple[Person, ...], pages: Pages, parsed: Parsed | None, kinds: Mapping[str, str]
) -> PeoplePart:
    """:func:`_people_part` of the schedule's people and ``pages``' home page and papers, once
    per import for the same of them (``parsed``): the schedule's people by their values, the
    home page's and papers pages' records by the parsed objects themselves, kept with the
    result (a third of the import's 329 assemblies meet the same: a schedule page changed
    elsewhere than its speakers, or the second reading of the history assembling again); else
    the edition's last part when its inputs are equal to these (compared, not hashed: a home
    page version that changed elsewhere than its people parses to equal records, other objects)."""
    home = pages.home or HomePage()
    if parsed is None:
        return _people_part(schedule, home, pages.papers, pages.schedule_speakers, kinds)
    inputs = (pages.home, pages.listed, pages.index_papers, pages.schedule_speakers)
    try:
        key = ("people", schedule, tuple(sorted(kinds.items())), *(str(id(x)) for x in inputs))
        found = parsed.people.get(key)
    except TypeError:  # a person built by hand with a list: not remembered
        return _people_part(schedule, home, pages.papers, pages.schedule_speakers, kinds)
    if found is not None and all(a is b for a, b in zip(found[0], inputs, strict=True)):
        return found[1]
    # the edition's last part, when made from equal pages: a home or papers page version that
    # changed elsewhere than its people and papers parses to equal records (108 of 267 parts)
    last = parsed.last_people.get(pages.edition)
    if last is not None and last[0] == (*inputs, schedule, kinds):
        part = last[1]
    else:
        part = _people_part(schedule, home, pages.papers, pages.schedule_speakers, kinds)
    parsed.people[key] = (inputs, part)
    parsed.last_people[pages.edition] = ((*inputs, schedule, kinds), part)
    return part


def _one_per_person(release: Release) -> Release:
    """``release`` with one speaker per person (:func:`.aliases.person_key`). The schedule page
    tells its speakers apart by the name as printed; a page that prints one person in two
    spellings the alias table joins (NeurIPS 2025's invited talk 'Neeraja Yadwadkar' and the
    debate's 'Neeraja Yadwakar' in one version) names one person: the first printed, with what
    the other adds (an affiliation, a bio anchor)."""
    first: dict[str, int] = {}
    people: list[Person] = []
    person_ids: dict[str, str] = {}
    for p in release.people:
        at = first.setdefault(person_key(p.name), len(people))
        if at == len(people):
            people.append(p)
            continue
        known = people[at]
        person_ids[p.person_id] = known.person_id
        filled = {k: getattr(p, k) for k in ("affiliations", "anchor") if getattr(p, k) and not getattr(known, k)}
        if filled:
            people[at] = replaced(known, **filled)
    if not person_ids:
        return release
    renamed = rename_ids(release, OrSame(), OrSame(), OrSame(person_ids))
    return dataclasses.replace(renamed, people=tuple(people))


def assemble(
    edition: str, pages: Pages, name: str, published: dt.datetime, parsed: Parsed | None = None
) -> Release | None:
    """The release an edition's pages describe (fresh ids): its schedule, else (before the
    schedule is out, or when none of its versions can be read) its home page's facts with no
    slots; None when it has neither. ``parsed``: where the import keeps what it made of the
    same pages (:func:`_people_part_of`)."""
    timetable = pages.timetable or pages.unscheduled()
    if timetable is None:
        return None
    if timetable.name != name or timetable.published is not published:  # (the builds' are the assembly's)
        timetable = dataclasses.replace(timetable, name=name, published=published)
    release = _one_per_person(timetable)
    people, roles, papers, authors = _people_part_of(release.people, pages, parsed, _slot_kinds(release))
    home = pages.home or HomePage()
    workshop = release.workshop
    if not workshop.contact_email and home.contact_email:
        workshop = dataclasses.replace(workshop, contact_email=home.contact_email)
    if not workshop.venue and pages.home_venue():
        workshop = dataclasses.replace(workshop, venue=pages.home_venue())
    release = dataclasses.replace(
        release,
        workshop=workshop,
        people=people,
        roles=roles,
        papers=papers,
        authors=authors,
        paper_materials=_paper_materials(papers, pages.papers),
    )
    return _workshop_corrections(settle_kinds(release), edition)


def _paper_materials(papers: tuple[Paper, ...], entries: tuple[PaperEntry, ...]) -> tuple[PaperMaterial, ...]:
    """The links the papers pages give for ``papers`` besides their PDFs (a link that is the
    paper's ``pdf_url``, NeurIPS 2022's OpenReview page where no PDF is listed, is not repeated):
    each paper is made from the entry at its place (:func:`_make_listed_papers`)."""
    return tuple(
        made(PaperMaterial, paper.paper_id, kind, url)
        for paper, entry in zip(papers, entries, strict=True)
        for kind, url in entry.links
        if url != paper.pdf_url
    )


#: The home page's speaker roles that give a talk's kind, strongest first.
_SPEAKER_KINDS = ("keynote", "invited")


def settle_kinds(release: Release) -> Release:
    """``release`` with the kinds its schedule's rows do not print, from the edition's other
    pages of the same version (the release's roles and papers), where they give evidence.

    A talk whose row does not say whether it is invited or contributed (a speaker under no
    label or a generic one, presented nowhere else on the page) is kept 'other' by the importer
    (:func:`workshop_data.importer.kinds.kind_of`). Here it becomes a keynote or an invited
    talk when the home page lists one of its speakers as a keynote or invited speaker, else a
    contributed talk when its title is an accepted paper's (:func:`_accepted`). A row that
    prints a bare text (read as its label: the row alone cannot tell a label from a title)
    which is an accepted paper's title is that paper's contributed talk, the text its title
    (NeurIPS 2018's "Placeto: Efficient Progressive Device Placement Optimization", 11:15 AM).
    Without such evidence a row stays 'other', its text kept."""
    said: dict[str, set[str]] = {}
    for role in release.roles:
        if role.role in _SPEAKER_KINDS:
            said.setdefault(role.person_id, set()).add(role.role)
    papers = _accepted(release.papers)
    slots = list(release.slots)
    for i, slot in enumerate(slots):
        if slot.kind != "other":
            continue
        if not slot.speakers:
            if slot.label and not slot.title and papers(slot.label):
                slots[i] = _with_kind(slot, "contributed")
            continue
        kinds = {k for p in slot.speakers for k in said.get(p, ())}
        kind = next((k for k in _SPEAKER_KINDS if k in kinds), None)
        if kind is None and slot.title and papers(slot.title):
            kind = "contributed"
        if kind is not None:
            slots[i] = _with_kind(slot, kind)
    return release if slots == list(release.slots) else dataclasses.replace(release, slots=tuple(slots))


#: :func:`_with_kind`'s slots, by the slot's identity and the kind (the slot, frozen, kept with them).
_WITH_KIND: ByIdentity[Slot] = ByIdentity(4096)


def _with_kind(slot: Slot, kind: str) -> Slot:
    """``slot`` of ``kind`` (:func:`settle_kinds`): a row with speakers keeps its texts; one
    without is a paper's contributed talk, its label its title. Made once per slot object and
    kind: an edition's assemblies settle the very slots of the same schedule build again (211
    in an import of the workshop's site), and the same objects let the comparisons and the
    renames downstream find them by identity."""

    def make() -> Slot:
        if slot.speakers:
            return dataclasses.replace(slot, kind=kind, raw="")
        title = Title.from_text(slot.label)
        return dataclasses.replace(slot, kind=kind, label="", title=title.plain, title_myst=title.source, raw="")

    return _WITH_KIND.get(slot, make, kind)


def _accepted(papers: Sequence[Paper]) -> Callable[[str], bool]:
    """Whether a title is one of ``papers``': the same words (case, accents and punctuation
    aside: :func:`.paperlist.title_key`), or close enough to be its title before or after a
    correction (:data:`~workshop_data.identity.CLOSE`, as a paper keeps its id when its title is
    corrected: NeurIPS 2018's schedule kept "ReLeQ: A Reinforcement Learning Approach…" when the
    papers page renamed it "ReLeQ: An Automatic Reinforcement Learning Approach…")."""
    return functools.partial(_is_accepted, tuple(p.title for p in papers))


@functools.lru_cache(maxsize=8192)
def _is_accepted(titles: tuple[str, ...], title: str) -> bool:
    """Whether ``title`` is one of ``titles`` (:func:`_accepted`): remembered by the titles and the
    title, every assembly of an edition asking it of the same rows and papers again (a look at
    every paper's title when it is none of them: 776 questions in an import of the workshop's site)."""
    return title_key(title) in set(map(title_key, titles)) or any(similarity(title, t, CLOSE) >= CLOSE for t in titles)


def _assembled(edition: str, pages: Pages, parsed: Parsed) -> Release | None:
    """:func:`assemble` (no name, no publication time), once for the same pages: the parsed
    objects themselves, kept with the release in ``parsed`` (the second reading of the history
    meets the very objects the first parsed, and assembles nothing again). The home page's front
    matter gives the release's facts with no schedule (:meth:`Pages.unscheduled`) and its venue
    where the schedule has none (:meth:`Pages.home_venue`); a dictionary made anew at each
    reading of the page, it goes into the key by its ``repr`` (as :func:`_assembled_again`
    compares it), the pages' records by their objects: a version of ``index.md`` whose front
    matter alone changed has the same records (its body is read once)."""
    inputs = (pages.timetable, pages.home, pages.listed, pages.index_papers, pages.schedule_speakers)
    key = ("assembled", edition, *(str(id(x)) for x in inputs), repr(pages.home_front))
    found = parsed.results.get(key)
    if isinstance(found, tuple) and all(a is b for a, b in zip(found[0], inputs, strict=True)):
        return cast(Release | None, found[1])
    # (an error is not remembered: the objects that raised it are not kept, their ids may be reused)
    release = _assembled_again(edition, pages, parsed)
    parsed.results[key] = (inputs, release)
    return release


def _assembled_again(edition: str, pages: Pages, parsed: Parsed) -> Release | None:
    """:func:`assemble`, or the edition's last assembly when its pages gave equal records: a
    page version that changed elsewhere than what the release holds (a paragraph, the page's
    style) parses to records equal to the last version's, other objects (100 of 341 assemblies
    in an import of the workshop's site). The front matter is compared by its ``repr`` (which
    tells ``1`` from ``True``)."""
    inputs = (
        pages.timetable,
        pages.home,
        pages.listed,
        pages.index_papers,
        pages.schedule_speakers,
        repr(pages.home_front),
    )
    last = parsed.last_assembled.get(edition)
    if last is not None and last[0] == inputs:
        return last[1]
    release = assemble(edition, pages, "", EPOCH, parsed)
    parsed.last_assembled[edition] = (inputs, release)
    return release


def _own_materials(
    release: Release, edition: str, owners: dict[str, str]
) -> tuple[Release, tuple[tuple[Material, str], ...]]:
    """``release`` without the materials another edition linked first, and those (each with
    that edition): a schedule page copied from the year before keeps its links (NeurIPS 2019's
    first schedule carried 2018's slides under its "TBD" rows), and they are not this edition's
    talks'. The others become this edition's (``owners``: URL -> edition)."""
    foreign = tuple((m, owners[m.url]) for m in release.materials if owners.setdefault(m.url, edition) != edition)
    if not foreign:
        return release, ()
    gone = {m for m, _ in foreign}
    return dataclasses.replace(release, materials=tuple(m for m in release.materials if m not in gone)), foreign


#: The fields of a release that are its data: those its equality compares but its name and
#: publication time.
_DATA_FIELDS = tuple(f.name for f in dataclasses.fields(Release) if f.compare and f.name not in ("name", "published"))
_data_of = operator.attrgetter(*_DATA_FIELDS)


def _same_data(a: Release, b: Release) -> bool:
    """Whether two releases hold the same data, whatever their names and publication times
    (their other fields compared, not two copies made by ``dataclasses.replace``)."""
    return bool(_data_of(a) == _data_of(b))


# -- an edition's history ----------------------------------------------------------------------


def _published(commit: git.Commit, last: Release | None) -> dt.datetime:
    """When the release a commit makes was published: the commit's author time, but never before
    the edition's release it follows. A commit rebased or cherry-picked onto later ones keeps the
    author time it was first written at: NeurIPS 2019's 'add twitter for mimee' (upstream
    bc4bad0, 21:10 UTC on 2019-08-20) sits on 'Updated overview, CFP, organizers.' (21:26, its
    author four hours west). Its page could not be published before the page it changes, and a
    release published earlier would sort before the one it follows: the changelog showed its
    changes made, undone and made again. Such a release is published at its predecessor's time
    (its name then has the second, :func:`~workshop_data.ids.release_name`)."""
    if last is not None and commit.author_time < last.published:
        return last.published
    return commit.author_time


@dataclass
class EditionHistory:
    """The releases of one edition, built commit by commit."""

    edition: str
    named: Container[str] = frozenset()
    #: False when only the names of the releases are wanted (:func:`plan`'s first reading): the
    #: releases keep the fresh ids their pages give, not carried, not unique across the history.
    settle_ids: bool = True
    #: The parses of the history (both readings'), where assembled releases are kept too.
    parsed: Parsed = field(default_factory=Parsed)
    pages: Pages = field(init=False)
    releases: list[Release] = field(default_factory=list)
    ids: EditionIds = field(default_factory=EditionIds)
    #: The last release the history made (pinned releases aside): what the next one is compared
    #: with and carries its ids from.
    last: Release | None = None
    #: ``last`` as assembled, before its ids were settled: an unchanged assembly is no change.
    last_fresh: Release | None = None
    #: A pinned release written since ``last``: the next release carries its ids from it.
    anchor: Release | None = None
    #: Where in ``releases`` the releases after the last pinned one begin (:meth:`pin`).
    since_pin: int = 0
    taken: set[str] = field(default_factory=set)
    #: The page versions (blob ids) the last step read.
    last_versions: tuple[tuple[str, str], ...] = ()
    #: The materials of other editions the last step left out (reported when they change).
    foreign: tuple[tuple[Material, str], ...] = ()

    def __post_init__(self) -> None:
        self.pages = Pages(self.edition, self.named)
        self.taken.update(p.name for p in PINNED if p.edition == self.edition)

    def step(
        self, commit: git.Commit, people: PersonIds, report: Report, materials: dict[str, str] | None = None
    ) -> Release | None:
        """The release the edition's pages make at ``commit`` when their data changed
        (``materials``: each material's URL -> the edition that linked it first, see
        :func:`_own_materials`)."""
        versions = tuple(sorted(self.pages.versions.items()))
        if versions == self.last_versions and self.anchor is None:
            return self.last  # the same page versions as the last step: the same release
        self.last_versions = versions
        try:
            fresh = _assembled(self.edition, self.pages, self.parsed)
        except WorkshopDataError as exc:
            problem(report, commit, f"{self.edition}: {exc}")
            return None
        if fresh is None:
            return None
        fresh, foreign = _own_materials(fresh, self.edition, materials if materials is not None else {})
        if foreign and foreign != self.foreign:  # once per version of the page, not at each step
            listed = ", ".join(f"{m.kind} {m.url} ({owner})" for m, owner in foreign)
            problem(
                report,
                commit,
                f"{self.edition}: the schedule links {len(foreign)} material(s) of another edition's talks: "
                f"{listed}; not imported",
            )
        self.foreign = foreign
        if self.last_fresh is not None and fresh == self.last_fresh:
            return self.last
        self.last_fresh = fresh
        settled = self.ids.settle(self._carried_from(), fresh, people) if self.settle_ids else fresh
        if self.last is not None and _same_data(settled, self.last):
            return self.last
        published = _published(commit, self.last)
        name = ids.release_name(published, self.taken)
        self.taken.add(name)
        self.last = dataclasses.replace(settled, name=name, published=published)
        self.anchor = None
        self.releases.append(self.last)
        return self.last

    def _carried_from(self) -> Release | None:
        """What the next release carries its ids from: the last release, its schedule and
        speakers replaced by those of a pinned release written since."""
        if self.anchor is None or self.last is None:
            return self.anchor or self.last
        pinned = {name_key(p.name) for p in self.anchor.people}
        others = tuple(p for p in self.last.people if name_key(p.name) not in pinned)
        return dataclasses.replace(
            self.last, slots=self.anchor.slots, talks=self.anchor.talks, people=self.anchor.people + others
        )

    def pin(self, pinned: PinnedRelease, page: PageVersion, people: PersonIds) -> None:
        """Write ``pinned`` as it was published: its schedule page version alone, in its schema,
        with the ids it was published with (made from the page); the releases published after
        it carry them on, and those published before it (since any earlier pin) take them for
        what they share with it (:func:`toward_pin`)."""
        alone = schedule_of(self.pages, self.parsed, page)
        if alone is None:
            return
        release = in_schema(
            dataclasses.replace(alone, name=pinned.name, published=pinned.published), pinned.schema_version
        )
        made = sha256(release_files(release)[DESCRIPTOR])
        if made != pinned.descriptor_sha256:
            raise WorkshopDataError(
                f"{page.path} of the commit naming upstream {pinned.upstream[:7]} gives other bytes than the release"
                f" published ({DESCRIPTOR}: {made}, not {pinned.descriptor_sha256}): not written; its commit's"
                " pages are read as any other's"
            )
        if self.settle_ids and self.last is not None and len(self.releases) > self.since_pin:
            before = toward_pin(self.releases[self.since_pin :], alone, self.ids.slots, self.ids.talks)
            self.releases[self.since_pin :] = before
            self.last = before[-1]
        for p in release.people:
            people.keep(p.name, p.person_id)
        self.ids.slots.update(s.slot_id for s in release.slots)
        self.ids.talks.update(t.talk_id for t in release.talks)
        self.releases.append(release)
        self.since_pin = len(self.releases)
        self.anchor = release


# -- the whole site ------------------------------------------------------------------------------


#: The site's configuration, whose ``description`` the 2018 pages showed.
CONFIG = "_config.yml"


def _site_description(reader: git.Reader, blob: str) -> str:
    """The ``description`` of the ``_config.yml`` whose blob id is ``blob``, else empty."""
    import yaml

    try:
        found = reader.blob(blob) if blob else None
    except git.TooLarge:
        return ""
    data = found[1] if found else None
    try:
        config = load_yaml(data.decode("utf-8", "replace")) if data else None
    except yaml.YAMLError:
        return ""
    return str(config.get("description") or "") if isinstance(config, dict) else ""


def _edition_of(where: PagePath, text: str, commit: git.Commit, description: str) -> str:
    """The edition a page version belongs to; raises when the site never names it."""
    if where.folder:
        edition = edition_named(where.folder)
        said = f"its folder {where.folder!r}"
    else:
        front_matter, _, _ = split_front_matter(Path(where.path), text)
        front_matter.setdefault("site_description", description)
        found, source = root_edition(front_matter, commit.author_time)
        if found is None:
            raise WorkshopDataError(
                f"{where.path}: names no edition (no workshop_name, no conference, a date after every known edition)"
            )
        edition, said = found, f"its {source}"
    if edition not in FACTS:
        raise WorkshopDataError(
            f"{where.path}: edition {edition!r} (from {said}) is not one of the reviewed editions in "
            f"workshop_data/siteimport/facts.py ({', '.join(FACTS)})"
        )
    return edition


def _withdrawn(where: PagePath, text: str, root_fronted: dict[str, bool]) -> bool:
    """Whether a root page lost the front matter its previous version had (ISCA 2019's "removed
    schedule for now" left NeurIPS 2018's table at the root without it): nothing then says whose
    page it is (the commit date would make it ISCA 2019's schedule, the site's description
    NeurIPS 2018's edition on ISCA's day), so it is not read. The first pages of 2018, which
    never had front matter, are read by their date."""
    fronted = text.lstrip("\ufeff").startswith("---")
    if where.folder:
        return False
    had = root_fronted.get(where.path, False)
    root_fronted[where.path] = fronted
    return had and not fronted


def _schedule_moved_home(
    history: dict[str, EditionHistory],
    deleted: list[PagePath],
    read: set[str],
    root_owner: dict[str, str],
    touched: list[str],
) -> None:
    """Forget the schedule page of an edition that deleted it while its home page carries a
    schedule: the schedule moved into the home page (NeurIPS 2020's "make main and schedule one",
    2020-12-03), whose versions are the schedule from then on. A page deleted otherwise (moved
    to its folder, ``read``: the editions whose schedule page the commit read) keeps the
    edition's last version of it."""
    for where in deleted:
        edition = edition_named(where.folder) if where.folder else root_owner.get(where.path, "")
        ed = history.get(edition)
        if ed is None or ed.pages.inpage is None or ed.pages.schedule is None or edition in read:
            continue
        ed.pages.schedule = ed.pages.schedule_page = None
        ed.pages.versions.pop("schedule", None)
        if edition not in touched:
            touched.append(edition)


def _reread_papers(
    history: dict[str, EditionHistory], commit: git.Commit, at: Reading, touched: list[str], report: Report
) -> None:
    """Read again the papers pages whose CSV the commit changed, but for those it changed too
    (read at this commit already, with its CSV: reported once when they cannot be read) and those
    no longer at their path (deleted, or another edition's page there now): no page of the site
    shows that CSV, and read with it a deleted page made a release of papers no page listed."""
    written = {c.path for c in commit.changes if c.status != "D"}
    for edition, ed in history.items():
        page = ed.pages.papers_page
        if page is None or page.source not in written or not page.source.endswith(".csv") or page.path in written:
            continue
        try:
            there = at.reader.blob(f"{commit.sha}:{page.path}")
        except git.TooLarge:
            there = None
        if there is None or there[0] != page.blob:
            continue
        try:
            read_papers(ed.pages, page, at)
        except WorkshopDataError as exc:
            problem(report, commit, str(exc))
            continue
        if edition not in touched:
            touched.append(edition)


class Named:
    """The people an edition's pages name (:func:`named`), asked by :func:`.people.name_key`
    and compared as people are (:func:`.aliases.person_key`: "Natasha Jacques" is "Natasha
    Jaques")."""

    def __init__(self, names: Iterable[str]) -> None:
        self.keys = frozenset(person_key(n) for n in names)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and person_key(key) in self.keys


def named(releases: Sequence[Release]) -> Named:
    """The people an edition's releases name with evidence: its home pages' speakers and
    committees and its papers' authors in every release, and the speakers of its last schedule
    (the organizers' own final reading of the rows). Its earlier schedules' speakers are not
    evidence: they are what is being checked."""
    names = [a.name for r in releases for a in r.authors]
    for release in releases:
        people = {p.person_id: p.name for p in release.people}
        names += [people[role.person_id] for role in release.roles]
    if releases:
        last = releases[-1]
        people = {p.person_id: p.name for p in last.people}
        names += [people[pid] for s in last.slots for pid in s.speakers]
        names += [people[pid] for t in last.talks for pid in t.speakers]
    return Named(names)


def plan(repo: str | Path, report: Report | None = None) -> dict[str, list[Release]]:
    """Every edition's releases as the repository's history makes them, oldest first.

    The history is read twice: once to learn whom each edition's pages name (:func:`named`)
    and which schedule page version each pinned release was made from, then again with those
    names as the evidence that tells a speaker printed in a title (NeurIPS 2024's first
    schedule: ``<i>Title, Natasha Jacques</i>``) from the title, and with each pinned release
    in its place in publication order (:class:`_Pins`). The first reading does not settle ids:
    no name depends on them (a person's key is the same for the printed and the displayed
    name, :func:`.aliases.person_key`), and a release it makes twice with the same data names
    the same people."""
    report = report if report is not None else Report()
    parsed = Parsed()  # the second reading parses nothing again, and builds few schedules again (_built)
    with git.Reader(repo) as reader:
        log = _dated(git.commits(repo), dt.datetime.now(dt.UTC), report)
        reader.prefetch(_blobs(log))  # every page version, read out of git once for both readings
        pinned: dict[PinnedRelease, PageVersion | None] = {}  # filled by the first reading
        first = _plan(reader, log, Report(), {}, parsed, pinned, settle_ids=False)
        names = {e: named(r) for e, r in first.items()}
        return _plan(reader, log, report, names, parsed, pinned)


def _dated(log: Sequence[git.Commit], now: dt.datetime, report: Report) -> list[git.Commit]:
    """``log`` with each commit authored after ``now`` (the import's clock) read together with the
    next commit authored before it: one commit, that one's, holding the changes of both (a path
    both changed as the later left it). Each such commit is reported; those after the last commit
    authored before ``now`` are left out, unread (see the module's docstring)."""
    dated: list[git.Commit] = []
    ahead: list[git.Commit] = []
    for commit in log:
        if commit.author_time > now:
            ahead.append(commit)
            continue
        if ahead:
            changes = {c.path: c for c in (*(c for a in ahead for c in a.changes), *commit.changes)}
            commit = dataclasses.replace(commit, changes=tuple(changes.values()))
        for future in ahead:
            problem(
                report,
                future,
                f"{_after_clock(future, now)}; its pages are read with the next commit, {commit.label}, "
                "and published at its time",
            )
        ahead = []
        dated.append(commit)
    for future in ahead:
        problem(report, future, f"{_after_clock(future, now)}, and so is every later commit: its pages not read")
    return dated


def _after_clock(commit: git.Commit, now: dt.datetime) -> str:
    """What is wrong with the author time of a commit authored after ``now`` (or at no time a
    date holds: :data:`.git.NO_TIME`)."""
    when = "%Y-%m-%d %H:%M:%S UTC"
    if commit.time_problem:
        return commit.time_problem
    return f"authored at {commit.author_time:{when}}, after this import's clock ({now:{when}})"


#: The fewest hex digits of an ``Original-commit:`` trailer that name a commit (git's default
#: abbreviation): a trailer of one digit would claim every pinned release whose id begins so.
_SHORTEST = 7


def is_upstream(original: str, upstream: str) -> bool:
    """Whether a commit's ``Original-commit:`` trailer names the upstream commit ``upstream``
    (its full id, or an abbreviation of it of :data:`_SHORTEST` digits or more)."""
    return len(original) >= _SHORTEST and upstream.startswith(original.lower())


@dataclass
class _Pins:
    """Where the pinned releases (:data:`.facts.PINNED`) go in a reading of the history.

    A pinned release is made from the schedule page version its edition had at its upstream
    commit, but published at its own time, which may come before that commit (NeurIPS 2024's
    2024-11-20 was published at 00:00 UTC from a commit of 21:45 that day): a release
    published after it carries its ids from it (:attr:`EditionHistory.anchor`), whatever the
    order of their commits. So it is written before the steps of the first commit authored at
    or after its publication, from its page version as the previous reading found it
    (``pages``); a reading that does not know that version yet (the first) writes it at its
    upstream commit, once the page is read; one published after every commit, at the end."""

    #: Each pinned release's schedule page version (None: its edition had none at the commit),
    #: kept from one reading to the next.
    pages: dict[PinnedRelease, PageVersion | None]
    history: dict[str, EditionHistory]
    people: PersonIds
    report: Report
    done: set[PinnedRelease] = field(default_factory=set)
    #: The pinned releases whose publication time a commit's author time has reached.
    due: set[PinnedRelease] = field(default_factory=set)

    def _pin(self, pinned: PinnedRelease) -> None:
        page = self.pages.get(pinned)
        if pinned in self.done or page is None or pinned.edition not in self.history:
            return
        self.done.add(pinned)
        try:
            self.history[pinned.edition].pin(pinned, page, self.people)
        except WorkshopDataError as exc:
            problem(self.report, None, f"{pinned.edition}: pinned release {pinned.name}: {exc}")

    def before(self, commit: git.Commit) -> None:
        """Write the pinned releases published by ``commit``'s author time, before its steps."""
        for pinned in PINNED:
            if commit.author_time >= pinned.published:
                self.due.add(pinned)
                self._pin(pinned)

    def after(self, commit: git.Commit) -> None:
        """Learn the page version of the pinned releases made at ``commit`` (its pages read),
        and write those that are due."""
        for pinned in PINNED:
            if not is_upstream(commit.original, pinned.upstream):
                continue
            ed = self.history.get(pinned.edition)
            page = self.pages.setdefault(pinned, ed.pages.schedule_page if ed is not None else None)
            if page is None:
                problem(
                    self.report, commit, f"{pinned.edition}: pinned release {pinned.name} has no schedule page here"
                )
            elif pinned in self.due:
                self._pin(pinned)

    def end(self) -> None:
        """Write the pinned releases published after every commit."""
        for pinned in PINNED:
            self._pin(pinned)


def _names(reader: git.Reader, change: git.Change) -> str | None:
    """The edition the front matter of the file ``change`` made names
    (:func:`.editions.named_edition`), else None: none named, or a file that is no page (not
    UTF-8, no front matter a page can have, too large)."""
    try:
        found = reader.blob(change.blob) if change.blob else None
        if found is None:
            return None
        front_matter, _, _ = split_front_matter(Path(change.path), found[1].decode("utf-8"))
    except (WorkshopDataError, UnicodeDecodeError):
        return None
    named = named_edition(front_matter)
    return named[0] if named else None


def _blobs(log: Iterable[git.Commit]) -> Iterable[str]:
    """The blob ids of the page versions and ``_config.yml`` versions the commits of ``log`` made."""
    for commit in log:
        for change in commit.changes:
            if change.blob and (change.path == CONFIG or page_path(change.path) is not None):
                yield change.blob


def _plan(
    reader: git.Reader,
    log: list[git.Commit],
    report: Report,
    names: dict[str, Named],
    parsed: Parsed,
    pinned: dict[PinnedRelease, PageVersion | None],
    settle_ids: bool = True,
) -> dict[str, list[Release]]:
    """:func:`plan` with ``names``: each edition's :func:`named` (none on the first reading);
    ``pinned``: each pinned release's page version (:attr:`_Pins.pages`); ``settle_ids``: see
    :attr:`EditionHistory.settle_ids`."""
    history: dict[str, EditionHistory] = {}
    people = PersonIds()
    folders: dict[str, git.Commit] = {}
    with_pages: set[str] = set()
    unread: dict[str, tuple[git.Commit, set[str], str]] = {}  # folder -> its first commit, its pages, why
    miscased: dict[str, tuple[git.Commit, str]] = {}  # path -> its first commit, the page it names
    owners, material_owners = dict[str, str](), dict[str, str]()
    root_owner: dict[str, str] = {}  # root page path -> the edition of its last version
    root_fronted: dict[str, bool] = {}  # root page path -> whether its last version had front matter
    config = ""  # the blob id of _config.yml at the commit (the log names each version of it)
    links: dict[str, str] = {}  # the pages' paths that are no file (a symbolic link, a submodule) -> what
    pins = _Pins(pinned, history, people, report)
    for commit in log:
        pins.before(commit)
        for change in commit.changes:
            if change.status != "D" and change.not_a_file and page_path(change.path) is not None:
                links[change.path] = change.not_a_file
            else:
                links.pop(change.path, None)
        at = Reading(reader, commit, parsed, owners, links=links)
        touched: list[str] = []
        deleted: list[PagePath] = []
        read: set[str] = set()
        description: str | None = None
        config = next((c.blob for c in commit.changes if c.path == CONFIG), config)
        for change in commit.changes:
            top = change.path.split("/")[0]
            if "/" in change.path and EDITION_FOLDER.fullmatch(top) and change.status != "D":
                folders.setdefault(top, commit)
            odd = (
                unread_folder(change.path, functools.partial(_names, reader, change)) if change.status != "D" else None
            )
            if odd is not None:
                unread.setdefault(odd[0], (commit, set(), odd[2]))[1].add(odd[1])
            page = miscased_page(change.path) if change.status != "D" else None
            if page is not None:
                miscased.setdefault(change.path, (commit, page))
            where = page_path(change.path)
            if where is not None and change.status == "D" and where.kind == "schedule":
                deleted.append(where)
            if where is None or change.status == "D" or where.kind == "papers_csv":
                continue  # a page deleted (moved to its folder) keeps the edition's last version
            if change.path in links:  # as a page that cannot be read: the edition keeps its last version
                problem(report, commit, not_a_file_problem(change.path, links[change.path]))
                continue
            if where.folder:
                with_pages.add(where.folder)
            try:
                found = reader.blob(change.blob or f"{commit.sha}:{change.path}")
            except git.TooLarge as exc:
                problem(report, commit, f"{change.path}: {exc}")
                continue
            if found is None:
                continue
            blob, data = found
            if description is None:
                description = parsed.get(("config", config), functools.partial(_site_description, reader, config))
            at.description = description
            edition = None
            try:
                # decoded, and given its edition, once for both readings of the history
                text = parsed.get(("text", where.path, blob), functools.partial(decode_page, where.path, data))
                if _withdrawn(where, text, root_fronted):
                    problem(
                        report,
                        commit,
                        f"{where.path}: its front matter was removed (the page was {root_owner[where.path]}'s); "
                        "a page with no front matter names no edition: not read",
                    )
                    continue
                shown = "" if where.folder else description
                edition = parsed.get(
                    ("edition", where.path, blob, commit.sha, shown),
                    functools.partial(_edition_of, where, text, commit, shown),
                )
                if not where.folder:
                    root_owner[where.path] = edition
                ed = history.get(edition)
                if ed is None:  # made once per edition, not made and dropped at each page read
                    ed = history[edition] = EditionHistory(edition, names.get(edition, frozenset()), settle_ids, parsed)
                read_page(ed.pages, where, change.blob, text, at)
                if where.kind == "schedule":
                    read.add(edition)
            except WorkshopDataError as exc:
                problem(report, commit, str(exc))
                if edition is None:
                    continue  # what it read of the page (a home page whose schedule fails) still counts
            if edition not in touched:
                touched.append(edition)
        _schedule_moved_home(history, deleted, read, root_owner, touched)
        _reread_papers(history, commit, at, touched, report)
        for edition in touched:
            history[edition].step(commit, people, report, material_owners)
        pins.after(commit)
    pins.end()
    for folder, commit in folders.items():
        if folder not in with_pages:
            problem(
                report,
                commit,
                f"{folder}/: an edition folder with no pages (index.md, schedule.md, accepted_papers.md); "
                "nothing imported from it",
            )
    for folder, (commit, pages, why) in unread.items():
        problem(report, commit, f"{folder}/: {why}; its {', '.join(sorted(pages))} not read")
    for path, (commit, page) in miscased.items():
        problem(
            report,
            commit,
            f"{path}: named as an edition's page but for its case (a page's name is in lower case: {page!r}); not read",
        )
    for edition, ed in history.items():
        if not ed.releases:
            report.problems.append(f"{edition}: no schedule or home page in any version of its pages; no release")
    return {
        e: sorted(h.releases, key=lambda r: publication_key(r.published, r.name)) for e, h in sorted(history.items())
    }


def _same_files(folder: Path, release: Release) -> bool:
    try:
        return all((folder / name).read_bytes() == data for name, data in release_files(release).items())
    except OSError:
        return False


def _newest_elsewhere(root: Path, edition: str, planned: Sequence[Release]) -> str | None:
    """A problem when the edition's newest release in ``root`` is no release of ``planned`` (the
    repository's history) and is newer than all of them: the history was rewritten (a
    force-push that dropped the commits it was made from) or it was imported otherwise. The
    releases of the history it does not have would be published behind it, and it would stay
    'latest', a version the site no longer has. None otherwise."""
    if not planned or not (root / edition).is_dir():
        return None
    names = release_names(edition, root)
    given = {r.name for r in planned}
    if not names or names[-1] in given:
        return None
    last = planned[-1]
    if publication_order(root / edition / names[-1]) < publication_key(last.published, last.name):
        return None
    missing = [r.name for r in planned if r.name not in names]
    listed = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
    written = f"{len(missing)} release{'s' if len(missing) != 1 else ''} of the history not written ({listed})"
    return (
        f"{root / edition}: its newest release, {names[-1]}, is no version of the repository's history "
        "(rewritten, as by a force-push, or imported from elsewhere) and would stay 'latest': "
        + (f"{written}; import it into a new data directory" if missing else "kept as it is")
    )


def _ids_of(release: Release) -> set[tuple[str, str]]:
    """The (kind, id) of each slot, talk and paper of ``release``: what its edition never reuses."""
    return {
        *(("slot", s.slot_id) for s in release.slots),
        *(("talk", t.talk_id) for t in release.talks),
        *(("paper", p.paper_id) for p in release.papers),
    }


def _reused_ids(root: Path, edition: str, planned: Sequence[Release]) -> tuple[int, str] | None:
    """Where in ``planned`` the first release to write stands that gives an id of the edition's
    releases in ``root`` that are no version of the repository's history (its history
    rewritten, as by a force-push; a release imported by hand) to something else the history
    makes anew, and the problem said; None when none does. The history's ids are unique across
    the history it has: a release it dropped gave its ids to its own slots (a slot 'Tea Party' at
    17:30), and the history's new one (a session renamed 'Tea Party' at 11:10) would be published
    under the same id, which calendars and the changelog take for the same slot. Nothing of the
    edition is written from there on. The same thing under the same id (a page imported by hand,
    then committed) is no reuse (:func:`_same_thing`)."""
    given = {r.name for r in planned}
    dropped = [n for n in release_names(edition, root) if n not in given] if (root / edition).is_dir() else []
    held: dict[tuple[str, str], Release] = {}
    for name in dropped:
        try:
            found = read_release(root / edition / name)
        except WorkshopDataError:
            continue  # a release that does not load gives no ids a reader sees
        for key in _ids_of(found):
            held.setdefault(key, found)
    seen: set[tuple[str, str]] = set()
    for number, release in enumerate(planned):
        ids = _ids_of(release)
        fresh = sorted((ids - seen) & held.keys()) if held else []
        if fresh and not (root / edition / release.name / DESCRIPTOR).exists():
            for kind, reused in fresh:
                other = held[kind, reused]
                if _same_thing(other, release, kind, reused):
                    continue
                return number, (
                    f"{root / edition}: release {release.name} would give the {kind} id {reused!r}, {other.name}'s"
                    f" for a {kind} of its own (a release of no version of the repository's history: rewritten, as by"
                    f" a force-push), to another {kind} the history makes anew: ids are never reused for something"
                    " else; it and the edition's later releases were not written; import it into a new data directory"
                )
        seen |= ids
    return None


def _same_thing(before: Release, release: Release, kind: str, shared: str) -> bool:
    """Whether ``release``'s ``kind`` (slot, talk or paper) ``shared`` is what ``before`` has under
    that id as a page shows it: a slot of the same label and title at the same time, a talk or a
    paper of the same title."""

    def shown(of: Release) -> list[tuple[object, ...]]:
        if kind == "slot":
            return [(s.start, s.label, s.title) for s in of.slots if s.slot_id == shared]
        if kind == "talk":
            return [(t.title,) for t in of.talks if t.talk_id == shared]
        return [(title_key(p.title),) for p in of.papers if p.paper_id == shared]

    return shown(before) == shown(release)


def publish(releases: dict[str, list[Release]], data_dir: str | Path, report: Report | None = None) -> Report:
    """Write every release that ``data_dir`` does not have yet, edition by edition; an edition
    whose release cannot be written stops there (the others go on).

    An edition whose folder would be another's on a file system that ignores case (``NeurIPS2024``
    beside ``neurips2024``, in ``data_dir`` or among the editions to write) is a
    :class:`WorkshopDataError`, before anything is written (:func:`~workshop_data.datapackage.check_case`).
    """
    report = report if report is not None else Report()
    root = Path(data_dir)
    editions = list(releases)
    for number, edition in enumerate(editions):
        check_case(root, "edition", edition, planned=editions[:number])
    for edition, planned in releases.items():
        elsewhere = _newest_elsewhere(root, edition, planned)
        if elsewhere is not None:
            report.problems.append(elsewhere)
            planned = [r for r in planned if (root / edition / r.name / DESCRIPTOR).exists()]
        reused = _reused_ids(root, edition, planned)
        if reused is not None:
            report.problems.append(reused[1])
            planned = planned[: reused[0]]
        for release in planned:
            folder = root / edition / release.name
            if (folder / DESCRIPTOR).exists():
                report.existing.append(f"{edition}/{release.name}")
                if not _same_files(folder, release):
                    report.problems.append(f"{folder}: exists and differs from what the history gives; kept as it is")
                continue
            try:
                report.written.append(write_release(release, root))
            except WorkshopDataError as exc:
                report.problems.append(f"{edition}: {exc}; the edition's later releases were not written")
                break
    return report


def import_site(repo: str | Path, data_dir: str | Path) -> Report:
    """Publish every edition's missing releases from a site repository's history into
    ``data_dir`` (created when absent)."""
    report = Report()
    root = Path(data_dir)
    if root.exists() and not root.is_dir():  # said before the history is read, not after
        raise WorkshopDataError(f"{root}: cannot write: not a directory (a data directory holds editions' folders)")
    with collector.paused():  # what the import reads and makes lives until it ends
        releases = plan(repo, report)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkshopDataError(f"{root}: cannot write: {exc.strerror}") from None
        return publish(releases, data_dir, report)

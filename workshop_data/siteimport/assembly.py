"""A release assembled from an edition's pages: the schedule, the people, the papers (fresh ids).

:func:`assemble` joins the schedule (or, before it is out, the home page's facts), the home
page's people and roles (with the schedule page's speakers it lacks), and the accepted papers and
their authors, each person once; :func:`settle_kinds` gives a row the kind the other pages show;
the reviewed facts correct what the pages printed otherwise. :func:`assembled` makes it once for
the same pages.

Why a module of its own: what a release holds is decided here and nowhere else; it reads
:class:`.pages.Pages` and gives a release with fresh ids, which :mod:`.release_ids` settles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from .. import ids, model
from ..aliases import AliasTable
from ..identity import CLOSE, rename_ids, similarity
from ..ids import title_key
from ..memo import ByIdentity, Recent, made, replaced
from ..model import NOT_PRINTED, Author, Correction, Paper, PaperMaterial, Person, Release, Role, Slot, TextLink
from ..schema import INVITED_KINDS, SPEAKER_ROLES
from ..titles import Title
from .facts import FACTS, REVIEWED_IN
from .pages import EPOCH, Pages, Parsed, PeoplePart
from .records import HomePage, PaperEntry, RoleEntry
from .release_ids import OrSame


@dataclass
class _Folks:
    """The people of a release by name: the schedule's first, then the home page's and authors.

    A person is named as their own entry prints them (the first of the home page's speaker
    headings and committee lines, or the schedule page's speaker blocks, that is theirs) over
    the spelling a schedule row mentions them by: NeurIPS 2025's schedule prints "Keynote: Azalia
    Mirhoseni" and links the home page's heading "Azalia Mirhoseini" above her bio."""

    people: list[Person]
    #: The alias table people are told apart by (the import's).
    table: AliasTable
    at: dict[str, int] = field(init=False)
    ids: set[str] = field(init=False)
    #: The places of the people an entry of their own (a heading, a committee line) has named.
    headed: set[int] = field(init=False)
    #: ``table``'s, an attribute less to look up per name.
    person_key: Callable[[str], str] = field(init=False)

    def __post_init__(self) -> None:
        self.person_key = self.table.person_key
        self.at, self.ids, self.headed = {}, {p.person_id for p in self.people}, set()
        for i, p in enumerate(self.people):
            self.at.setdefault(self.key(p.name), i)

    def key(self, name: str) -> str:
        """One person per normalised name and alias (:attr:`workshop_data.aliases.AliasTable.person_key`)."""
        return self.person_key(name)

    def find(self, name: str) -> int | None:
        return self.at.get(self.key(name))

    def add(self, name: str, **details: Any) -> str:
        key = self.person_key(name)  # self.key's, without a call more per name (an import adds thousands)
        at = self.at.get(key)
        if at is None:
            pid = self.table.new_person_id(name, self.ids)
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
                    printed or NOT_PRINTED,
                    value,
                    f"the page printed {printed!r}; the edition is {facts.edition} ({REVIEWED_IN})",
                )
            )
    if not changes:
        return release
    return dataclasses.replace(release, workshop=dataclasses.replace(w, **changes), corrections=tuple(corrections))


def _with_talk(entry: RoleEntry, talks: dict[str, RoleEntry], table: AliasTable) -> RoleEntry:
    """A home page's speaker with the talk title (and its abstract) the schedule page's block
    of the same person gives, where the home page prints none (``talks``: by
    ``table``'s ``person_key``, as :func:`_schedule_only` tells the home page's speakers)."""
    if entry.talk_title or entry.role not in SPEAKER_ROLES:
        return entry
    other = talks.get(table.person_key(entry.person.name))
    if other is None or not other.talk_title:
        return entry
    if entry.talk_abstract:
        return dataclasses.replace(entry, talk_title=other.talk_title)
    return dataclasses.replace(
        entry, talk_title=other.talk_title, talk_abstract=other.talk_abstract, abstract_links=other.abstract_links
    )


def _slot_kinds(release: Release) -> dict[str, str]:
    """The kind of talk each speaker of ``release``'s slots gives (person id -> keynote or
    invited, the strongest if several), as the schedule's rows print or the page shows it."""
    kinds: dict[str, str] = {}
    for slot in release.slots:
        if slot.kind in INVITED_KINDS:
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
    person_key = folks.table.person_key
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
    *,
    table: AliasTable,
) -> PeoplePart:
    """The people of a release (the schedule's first, then the home page's and the authors,
    each once), its roles (a speaker's talk from the schedule page's ``speakers`` where the home
    page gives none; then the schedule page's speakers the home page has not, of the kind their
    slots give: ``kinds``, :func:`_schedule_only`), papers and authors (fresh ids), people told
    apart by ``table`` (the import's alias table)."""
    folks = _Folks(list(schedule), table)
    roles: list[Role] = []
    talks = {table.person_key(s.person.name): s for s in speakers}
    listed = (*(_with_talk(e, talks, table) for e in home.roles), *_schedule_only(speakers, home, folks, kinds or {}))
    held: list[tuple[RoleEntry, str]] = []
    for entry in listed:
        p = entry.person
        pid = folks.add(p.name, **{k: getattr(p, k) for k in model.PERSON_DETAILS})
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
    made_papers = _listed_papers(entries, table)
    known = folks.at.keys() & made_papers.keys
    ids_of = tuple(sorted((k, folks.people[folks.at[k]].person_id) for k in known))
    # the authors as made with none of the release's other ids taken: the same as made after
    # them when none of the ids they give is taken (the only ids unique() looked at)
    alone = _AUTHORED.get((entries, ids_of, table), lambda: _authored(made_papers, dict(ids_of), set(), table))
    if not folks.ids.isdisjoint(alone[2]):
        alone = _authored(made_papers, dict(ids_of), set(folks.ids), table)
    new, authors, _ = alone
    return (*folks.people, *new), tuple(roles), made_papers.papers, authors


@dataclass(frozen=True)
class _ListedPapers:
    """A release's papers made from its papers pages' entries (fresh ids: each title's slug,
    unique among them), and each author line as (paper id, position, name as printed, equal
    contribution, the import's :attr:`~workshop_data.aliases.AliasTable.person_key` of the name):
    what no other page changes."""

    papers: tuple[Paper, ...]
    lines: tuple[tuple[str, int, str, bool | None, str], ...]
    keys: frozenset[str]


def _make_listed_papers(entries: tuple[PaperEntry, ...], table: AliasTable) -> _ListedPapers:
    papers: list[Paper] = []
    lines: list[tuple[str, int, str, bool | None, str]] = []
    paper_ids: set[str] = set()
    person_key = table.person_key
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
                paper.delivery,
            )
        )
        for position, author in enumerate(paper.authors, start=1):
            lines.append((paper_id, position, author.name, author.equal_contribution, person_key(author.name)))
    return _ListedPapers(tuple(papers), tuple(lines), frozenset(line[4] for line in lines))


#: The papers pages' entries made into papers, by the entries (compared, not hashed: a tuple of
#: the parsers' records, the same objects version after version): an edition's assemblies
#: meet the same papers again with another schedule or home page (106 of the import's 141
#: people parts, 49 % of their 6,876 author lines). With the import's alias table (compared by
#: identity): the authors' keys are that table's.
_LISTED: Recent[tuple[tuple[PaperEntry, ...], AliasTable], _ListedPapers] = Recent(16)


def _listed_papers(entries: tuple[PaperEntry, ...], table: AliasTable) -> _ListedPapers:
    return _LISTED.get((entries, table), lambda: _make_listed_papers(entries, table))


def _authored(
    listed: _ListedPapers, known: Mapping[str, str], taken: set[str], table: AliasTable
) -> tuple[tuple[Person, ...], tuple[Author, ...], frozenset[str]]:
    """The authors of ``listed``'s papers as :meth:`_Folks.add` makes them after the release's
    other people: an author whose name (``table``'s ``person_key``) is one of theirs is that
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
            pid = table.new_person_id(name, taken)
            taken.add(pid)
            at[key] = pid
            new.append(made(Person, pid, name))
        authors.append(made(Author, paper_id, position, pid, name, equal))
    return tuple(new), tuple(authors), frozenset(p.person_id for p in new)


#: :func:`_authored` with nothing taken, by the entries and the authors' people among the
#: release's others (their keys and ids): valid for a release none of whose other people's ids
#: is one of the new authors' (:func:`_people_part` checks it at each use), and the import's alias
#: table (by identity). Compared, not hashed.
_AUTHORED: Recent[
    tuple[tuple[PaperEntry, ...], tuple[tuple[str, str], ...], AliasTable],
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
    home, table = pages.home or HomePage(), pages.table
    if parsed is None:
        return _people_part(schedule, home, pages.papers, pages.schedule_speakers, kinds, table=table)
    inputs = (pages.home, pages.listed, pages.index_papers, pages.schedule_speakers)
    try:
        key = ("people", schedule, tuple(sorted(kinds.items())), *(str(id(x)) for x in inputs))
        found = parsed.people.get(key)
    except TypeError:  # a person built by hand with a list: not remembered
        return _people_part(schedule, home, pages.papers, pages.schedule_speakers, kinds, table=table)
    if found is not None and all(a is b for a, b in zip(found[0], inputs, strict=True)):
        return found[1]
    # the edition's last part, when made from equal pages: a home or papers page version that
    # changed elsewhere than its people and papers parses to equal records (108 of 267 parts)
    last = parsed.last_people.get(pages.edition)
    if last is not None and last[0] == (*inputs, schedule, kinds):
        part = last[1]
    else:
        part = _people_part(schedule, home, pages.papers, pages.schedule_speakers, kinds, table=table)
    parsed.people[key] = (inputs, part)
    parsed.last_people[pages.edition] = ((*inputs, schedule, kinds), part)
    return part


def _one_per_person(release: Release, table: AliasTable) -> Release:
    """``release`` with one speaker per person (``table``'s ``person_key``: the import's). The schedule page
    tells its speakers apart by the name as printed; a page that prints one person in two
    spellings the alias table joins (NeurIPS 2025's invited talk 'Neeraja Yadwadkar' and the
    debate's 'Neeraja Yadwakar' in one version) names one person: the first printed, with what
    the other adds (an affiliation, a bio anchor)."""
    first: dict[str, int] = {}
    people: list[Person] = []
    person_ids: dict[str, str] = {}
    for p in release.people:
        at = first.setdefault(table.person_key(p.name), len(people))
        if at == len(people):
            people.append(p)
            continue
        known = people[at]
        person_ids[p.person_id] = known.person_id
        filled = model.details_lacking(known, {k: getattr(p, k) for k in ("affiliations", "anchor")})
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
    release = _one_per_person(timetable, pages.table)
    part = _people_part_of(release.people, pages, parsed, _slot_kinds(release))
    release = _joined(release, part, pages.home or HomePage(), pages.home_venue, pages.papers, pages.schedule_speakers)
    return _workshop_corrections(settle_kinds(release), edition)


def _joined(
    release: Release,
    part: PeoplePart,
    home: HomePage,
    venue: Callable[[], str],
    entries: tuple[PaperEntry, ...],
    speakers: tuple[RoleEntry, ...] = (),
) -> Release:
    """``release`` (a schedule, or the home page's facts) with its people part (:func:`_people_part`
    of the same pages), the home page's contact and ``venue()`` where the schedule's front matter
    gives none, the papers' links (``entries``: the entries the part's papers were made from) and
    the links inside the abstracts (:func:`_text_links`; ``speakers``: the schedule page's speaker
    blocks, which the part's roles were made from with the home page's)."""
    people, roles, papers, authors = part
    workshop = release.workshop
    if not workshop.contact_email and home.contact_email:
        workshop = dataclasses.replace(workshop, contact_email=home.contact_email)
    if not workshop.venue and venue():
        workshop = dataclasses.replace(workshop, venue=venue())
    printed = (*home.roles, *speakers)
    words: dict[str, str] = {}
    for e in printed:
        if e.person.link_labels:  # (most entries of a release print no words of a link's own)
            words |= model.printed_words(e.person.links, e.person.link_labels)
    people = model.with_link_labels(people, words)
    return dataclasses.replace(
        release,
        workshop=workshop,
        people=people,
        roles=roles,
        papers=papers,
        authors=authors,
        paper_materials=_paper_materials(papers, entries),
        text_links=_text_links(roles, printed, papers, entries, people),
    )


def with_pages(
    release: Release,
    home: HomePage,
    entries: tuple[PaperEntry, ...],
    speakers: tuple[RoleEntry, ...] = (),
    venue: str = "",
    *,
    table: AliasTable,
) -> Release:
    """``release``, a schedule page's (fresh ids), with what the edition's other pages say, as
    :func:`assemble` joins a version of the site's pages: the ``home`` page's people and roles
    (with the schedule page's speaker blocks, ``speakers``), its contact and ``venue`` where the
    schedule's front matter gives none, the accepted papers (``entries``) and their authors, each
    person once, fresh ids; the rows' kinds the pages settle (:func:`settle_kinds`). For
    ``workshop-data import`` given the edition's home and papers pages
    (:mod:`.given`); no reviewed fact of the site's history applies. People are told apart by
    ``table`` (the import's alias table)."""
    release = _one_per_person(release, table)
    part = _people_part(release.people, home, entries, speakers, _slot_kinds(release), table=table)
    return settle_kinds(_joined(release, part, home, lambda: venue, entries, speakers))


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


def _text_links(
    roles: tuple[Role, ...],
    printed: tuple[RoleEntry, ...],
    papers: tuple[Paper, ...],
    entries: tuple[PaperEntry, ...],
    people: tuple[Person, ...] = (),
) -> tuple[TextLink, ...]:
    """The links inside the roles' talk abstracts (those of the entry ``printed`` that printed the
    same abstract: a role's is its home page entry's or its schedule page block's,
    :func:`_with_talk`), inside the papers' abstracts (each paper is made from the entry at its
    place, :func:`_make_listed_papers`) and inside the people's bios (those of the entry that
    printed the same bio), each text's numbered from 1, their words' places from 1 (the parsers'
    from 0)."""
    found: dict[str, tuple[tuple[int, str, str], ...]] = {}
    bios: dict[str, tuple[tuple[int, str, str], ...]] = {}
    for entry in printed:
        if entry.abstract_links:
            found.setdefault(entry.talk_abstract, entry.abstract_links)
        if entry.person.bio_links:
            bios.setdefault(entry.person.bio, entry.person.bio_links)
    out: list[TextLink] = []
    if bios:
        for person in people:
            links = bios.get(person.bio, ()) if person.bio else ()
            out.extend(
                TextLink("people", person.person_id, "bio", n, start + 1, words, url)
                for n, (start, words, url) in enumerate(links, start=1)
            )
    if found:
        for role in roles:
            links = found.get(role.talk_abstract, ()) if role.talk_abstract else ()
            out.extend(
                TextLink("roles", str(role.order), "talk_abstract", n, start + 1, words, url)
                for n, (start, words, url) in enumerate(links, start=1)
            )
    for paper, paper_entry in zip(papers, entries, strict=True):
        if paper_entry.abstract_links and paper.abstract == paper_entry.abstract:
            out.extend(
                TextLink("papers", paper.paper_id, "abstract", n, start + 1, words, url)
                for n, (start, words, url) in enumerate(paper_entry.abstract_links, start=1)
            )
    return tuple(out)


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
        if role.role in INVITED_KINDS:
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
        kind = next((k for k in INVITED_KINDS if k in kinds), None)
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
    aside: :func:`workshop_data.ids.title_key`), or close enough to be its title before or after a
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


def assembled(edition: str, pages: Pages, parsed: Parsed) -> Release | None:
    """:func:`assemble` (no name, no publication time), once for the same pages: the parsed
    objects themselves, kept with the release in ``parsed`` (the second reading of the history
    meets the very objects the first parsed, and assembles nothing again). The home page's front
    matter gives the release's facts with no schedule (:meth:`.pages.Pages.unscheduled`) and its venue
    where the schedule has none (:meth:`.pages.Pages.home_venue`); a dictionary made anew at each
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

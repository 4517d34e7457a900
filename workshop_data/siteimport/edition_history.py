"""One edition's releases, made commit by commit: when its pages' data changed, a new release.

:class:`EditionHistory` assembles the edition's pages at each commit that touched them, drops
the materials another edition linked first, settles the ids against the previous release
(:mod:`.release_ids`), and keeps the result as a release only when its data changed, published
at the commit's author time but never before the release it follows (:func:`_published`); a
pinned release is written as it was published (:meth:`EditionHistory.pin`).

Why a module of its own: what makes a new release, and when it is dated, is one rule per
edition, whatever the order in which the whole site's commits are walked (:mod:`.planning`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Container
from dataclasses import dataclass, field

from .. import ids
from ..aliases import TABLE_FILE, PersonIds, look_alike_problem
from ..datapackage import in_schema, release_files
from ..defaults import DESCRIPTOR
from ..encoding import sha256
from ..errors import WorkshopDataError
from ..identity import close_names
from ..model import Material, Release
from ..schema import INVITED_KINDS
from . import git
from .assembly import assembled
from .facts import PINNED, PinnedRelease
from .pages import Pages, PageVersion, Parsed, schedule_of
from .release_ids import EditionIds, toward_pin
from .report import Report, problem


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


def _respelled_speakers(release: Release) -> tuple[tuple[str, str, str], ...]:
    """The schedule's speakers of ``release`` whom no page presents (no role) and whose name is a
    respelling (:func:`~workshop_data.identity.close_names`) of a keynote or invited speaker the
    home page presents and the schedule gives no row: each as (the name printed, the home page's
    name, its role). Two people by their names (NeurIPS 2026's 'Marta Kowalcyzk' on the schedule,
    'Marta Kowalczyk' on the home page), whom only a corrected page or an entry of
    :mod:`workshop_data.aliases` makes one: the import reports them (:meth:`EditionHistory.step`)."""
    roles = {r.person_id for r in release.roles}
    scheduled = {pid for s in release.slots for pid in s.speakers}
    invited = {r.person_id: r.role for r in release.roles if r.role in INVITED_KINDS and r.person_id not in scheduled}
    if not invited or scheduled <= roles:
        return ()
    names = {p.person_id: p.name for p in release.people}
    return tuple(
        (names[printed], names[home], role)
        for printed in sorted(scheduled - roles, key=names.__getitem__)
        for home, role in invited.items()
        if close_names(names[printed], names[home]) > 0.0
    )


def _printed_on(release: Release, pages: Pages, name: str) -> str:
    """The page of ``pages`` that prints the person of ``release`` called ``name``: the schedule
    page for a speaker of its slots or talks, the home page for a role, the papers page (and the
    CSV it reads) for an author; the edition's pages when none is known."""
    pid = next(p.person_id for p in release.people if p.name == name)
    schedule = pages.schedule_page.path if pages.schedule_page is not None else ""
    home = pages.home_front[0] if pages.home_front is not None else ""
    papers = pages.papers_page
    listed = (f"{papers.source} ({papers.path})" if papers.source else papers.path) if papers is not None else ""
    for printed, path in (
        (any(pid in s.speakers for s in release.slots) or any(pid in t.speakers for t in release.talks), schedule),
        (any(r.person_id == pid for r in release.roles), home),
        (any(a.person_id == pid for a in release.authors), listed),
    ):
        if printed and path:
            return path
    return "its pages"


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
    #: False when only the names of the releases are wanted (:func:`.planning.plan`'s first reading): the
    #: releases keep the fresh ids their pages give, not carried, not unique across the history.
    settle_ids: bool = True
    #: The parses of the history (both readings'), where assembled releases are kept too: given,
    #: with the import's alias table (:attr:`.pages.Parsed.table`), never a table by default.
    parsed: Parsed = field(kw_only=True)
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
        self.pages = Pages(self.edition, self.named, table=self.parsed.table)
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
            fresh = assembled(self.edition, self.pages, self.parsed)
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
        alike = people.look_alike(p.name for p in fresh.people) if self.settle_ids else None
        if alike is not None:  # a second person of the same look: the edition keeps its last release
            where = _printed_on(fresh, self.pages, alike[0])
            problem(report, commit, f"{self.edition}: {where}, field 'name': {look_alike_problem(*alike)}")
            return None
        settled = self.ids.settle(self._carried_from(), fresh, people) if self.settle_ids else fresh
        if self.last is not None and _same_data(settled, self.last):
            return self.last
        published = _published(commit, self.last)
        name = ids.release_name(published, self.taken)
        self.taken.add(name)
        said = set(_respelled_speakers(self.last)) if self.last is not None else set()
        for printed, home, role in _respelled_speakers(settled):
            if (printed, home, role) not in said:  # once, at the release that printed it
                problem(
                    report,
                    commit,
                    f"{self.edition}: the schedule's speaker {printed!r} is none of the home page's speakers, a "
                    f"respelling of its {role} {home!r}, to whom the schedule gives no row: two people (two ids, "
                    f"two pages) unless the page is corrected or the data directory's {TABLE_FILE} has an entry "
                    "with its evidence (a corrected page keeps the misspelling's id)",
                )
        self.last = dataclasses.replace(settled, name=name, published=published)
        self.anchor = None
        self.releases.append(self.last)
        return self.last

    def _carried_from(self) -> Release | None:
        """What the next release carries its ids from: the last release, its schedule and
        speakers replaced by those of a pinned release written since."""
        if self.anchor is None or self.last is None:
            return self.anchor or self.last
        person_key = self.parsed.table.person_key
        pinned = {person_key(p.name) for p in self.anchor.people}
        others = tuple(p for p in self.last.people if person_key(p.name) not in pinned)
        return dataclasses.replace(
            self.last, slots=self.anchor.slots, talks=self.anchor.talks, people=self.anchor.people + others
        )

    def pin(self, pinned: PinnedRelease, page: PageVersion, people: PersonIds) -> None:
        """Write ``pinned`` as it was published: its schedule page version alone, in its schema,
        with the ids it was published with (made from the page); the releases published after
        it carry them on, and those published before it (since any earlier pin) take them for
        what they share with it (:func:`.release_ids.toward_pin`)."""
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
            releases, table = self.releases[self.since_pin :], self.parsed.table
            before = toward_pin(releases, alone, self.ids.slots, self.ids.talks, table)
            self.releases[self.since_pin :] = before
            self.last = before[-1]
        for p in release.people:
            people.keep(p.name, p.person_id)
        self.ids.slots.update(s.slot_id for s in release.slots)
        self.ids.talks.update(t.talk_id for t in release.talks)
        self.releases.append(release)
        self.since_pin = len(self.releases)
        self.anchor = release

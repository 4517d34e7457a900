"""The ids of an edition's releases as its history makes them: carried, unique, and pinned.

Slots, talks and people are carried from the previous release (:func:`_carry_maps`, through
:func:`workshop_data.identity.carried_ids`, or in linear time when the schedule is unchanged but
for its ids, :func:`_unchanged`), then made unique against every id the edition ever used
(:class:`EditionIds`, which never reuses one), a person across editions (:class:`~workshop_data.aliases.PersonIds`:
normalised name and :mod:`workshop_data.aliases`); a paper keeps its id when its title is corrected. The
releases before a pinned release take its ids for what they share with it (:func:`toward_pin`).

Why a module of its own: these are the rules a reader of the data relies on (an id names one
thing for ever); they read finished releases only, never a page, so they are read and tested
apart from how a release is assembled.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from .. import ids
from ..aliases import AliasTable, PersonIds
from ..identity import (
    CLOSE,
    MATCHED_PERSON,
    MATCHED_SLOT,
    MATCHED_TALK,
    assign,
    carried_ids,
    jaccard,
    rename_ids,
    similarity,
)
from ..ids import normalise, title_key
from ..memo import replaced
from ..model import Author, Material, Paper, PaperMaterial, Person, Release, Slot, Talk


def _paper_score(new: Paper, old: Paper, new_authors: list[str], old_authors: list[str]) -> float:
    title = similarity(new.title, old.title)
    if title >= CLOSE:
        return title
    together = jaccard(new_authors, old_authors)
    return (title + together) / 2 if together >= 0.5 and title >= 0.5 else 0.0


@dataclass
class EditionIds:
    """Every id an edition ever used, so that none is reused for something else."""

    slots: set[str] = field(default_factory=set)
    talks: set[str] = field(default_factory=set)
    papers: set[str] = field(default_factory=set)
    #: Every paper title (:func:`workshop_data.ids.title_key`) the edition listed -> its paper's id.
    titles: dict[str, str] = field(default_factory=dict)

    def _fresh(self, current: Iterable[str], carried: set[str], used: set[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        taken = set(carried)
        for i in current:
            new = i if i in carried or (i not in used and i not in taken) else ids.unique(i, used | taken)
            out[i] = new
            taken.add(new)
        return out

    def settle(self, previous: Release | None, release: Release, people: PersonIds) -> Release:
        """``release`` (fresh ids) with ids carried from ``previous`` and made unique against
        the edition's whole history and, for people, across editions."""
        # The ids carried (_carry_maps) and then made unique, composed: the release renamed once.
        if previous is not None:
            carried_slots, carried_talks, carried_people = _carry_maps(previous, release, people.table)
        else:
            carried_slots, carried_talks, carried_people = OrSame(), OrSame(), OrSame()
        before = previous or release
        old_slots = {s.slot_id for s in before.slots} if previous else set()
        old_talks = {t.talk_id for t in before.talks} if previous else set()
        old_people = {p.person_id for p in before.people} if previous else set()
        slot_ids = self._fresh((carried_slots[s.slot_id] for s in release.slots), old_slots, self.slots)
        talk_ids = self._fresh((carried_talks[t.talk_id] for t in release.talks), old_talks, self.talks)
        person_ids = people.settle([(p.name, carried_people[p.person_id]) for p in release.people], old_people)
        out = rename_ids(
            release,
            _composed(carried_slots, slot_ids),
            _composed(carried_talks, talk_ids),
            _composed(carried_people, person_ids),
        )
        names = [p.name for p in out.people]
        shown = list(map(people.table.display, names))
        if shown != names:  # (most releases show every name as printed: kept as they are)
            pairs = zip(out.people, shown, strict=True)
            out = dataclasses.replace(out, people=tuple(p if s == p.name else replaced(p, name=s) for p, s in pairs))
        out = self.settle_papers(previous, out)
        self._record(out)
        return out

    def _record(self, release: Release) -> None:
        """The slot, talk and paper ids ``release`` uses, recorded as used by the edition."""
        self.slots.update(s.slot_id for s in release.slots)
        self.talks.update(t.talk_id for t in release.talks)
        self.papers.update(p.paper_id for p in release.papers)

    @classmethod
    def of(cls, releases: Iterable[Release]) -> EditionIds:
        """Every id an edition's ``releases`` (oldest first, as published) used, and the id each
        paper title they listed was first given: what :meth:`settle` would have recorded of them
        (``workshop-data import`` settles a release of papers pages given to it so,
        :mod:`.given`, from the edition's releases in the data directory)."""
        found = cls()
        for release in releases:
            found._record(release)
            for p in release.papers:
                found.titles.setdefault(title_key(p.title), p.paper_id)
        return found

    def settle_papers(self, previous: Release | None, release: Release) -> Release:
        """Paper ids: a title the edition listed before keeps its id (in any later release); a
        corrected title keeps the id of the previous release's paper it replaces (close title,
        or a close title and the same authors); any other paper gets its title's slug, never
        one the edition used before."""
        final: dict[str, str] = {}
        used: set[str] = set()
        for p in release.papers:
            known = self.titles.get(title_key(p.title))
            if known is not None and known not in used:
                final[p.paper_id] = known
                used.add(known)
        rest = [p for p in release.papers if p.paper_id not in final]
        if rest and previous is not None:
            names, old_names = _author_names(release), _author_names(previous)
            old = [o for o in previous.papers if o.paper_id not in used]
            pairs = [
                (_paper_score(n, o, names.get(n.paper_id, []), old_names.get(o.paper_id, [])), n.paper_id, o.paper_id)
                for n in rest
                for o in old
            ]
            for new_id, old_id in assign(pairs, threshold=CLOSE).items():
                final[new_id] = old_id
                used.add(old_id)
        for p in release.papers:
            if p.paper_id not in final:
                fresh = p.paper_id
                if fresh in self.papers or fresh in used:
                    fresh = ids.unique(fresh, self.papers | used)
                final[p.paper_id] = fresh
                used.add(fresh)
            self.titles.setdefault(title_key(p.title), final[p.paper_id])
        if all(map(operator.eq, final, final.values())) and final.keys() >= set(map(_PAPER_ID, release.authors)):
            return release  # no paper id moves (most releases): every record kept, as below
        return dataclasses.replace(
            release,
            papers=tuple(_with_paper_id(p, final[p.paper_id]) for p in release.papers),
            authors=tuple(_with_paper_id(a, final[a.paper_id]) for a in release.authors),
            paper_materials=tuple(_with_paper_id(m, final[m.paper_id]) for m in release.paper_materials),
            text_links=tuple(
                replaced(t, key=final[t.key]) if t.resource == "papers" and final[t.key] != t.key else t
                for t in release.text_links
            ),
        )


_PaperOrAuthor = TypeVar("_PaperOrAuthor", Paper, Author, PaperMaterial)


_PAPER_ID = operator.attrgetter("paper_id")


def _with_paper_id(record: _PaperOrAuthor, paper_id: str) -> _PaperOrAuthor:
    """``record`` with ``paper_id`` (itself when it has it already, as most do)."""
    return record if record.paper_id == paper_id else replaced(record, paper_id=paper_id)


def _author_names(release: Release) -> dict[str, list[str]]:
    """Each paper's authors, normalised, in order."""
    out: dict[str, list[str]] = {}
    for a in release.authors:
        out.setdefault(a.paper_id, []).append(normalise(a.name))
    return out


class _OnSchedule(NamedTuple):
    """A release's schedule, the people it names and its materials (which refer to its slots and
    talks): all that :func:`_unchanged` and :func:`~workshop_data.identity.carried_ids` read
    (an :class:`~workshop_data.identity.Schedule`). Made in C, where a copy of the
    :class:`~workshop_data.model.Release` (``dataclasses.replace``) ran its ``__init__`` over
    every field, twice per settling."""

    slots: tuple[Slot, ...]
    talks: tuple[Talk, ...]
    people: tuple[Person, ...]
    materials: tuple[Material, ...]


def _on_schedule(release: Release) -> _OnSchedule:
    """``release``'s schedule and the people it names (no roles, papers, authors), as printed:
    :func:`~workshop_data.identity.carried_ids` compares them by their canonical names
    (:func:`_carry_maps` passes :meth:`workshop_data.aliases.AliasTable.canonical_name`, as the page import
    does), so that a speaker named by their own heading in one release and by the schedule row's
    spelling in another (ISCA 2019's "Zhaoxia (Summer) Deng" and "Summer Deng") is matched as one
    person, as :class:`PersonIds` does. (This module renamed them itself, a copy of what
    ``carried_ids``'s ``name`` does; :func:`_unchanged`, which compares the printed names, now
    leaves a release whose only change is such a spelling to ``carried_ids``: the same maps.)"""
    on = {p for s in release.slots for p in s.speakers} | {p for t in release.talks for p in t.speakers}
    people = tuple(p for p in release.people if p.person_id in on)
    return _OnSchedule(release.slots, release.talks, people, release.materials)


def _unchanged(previous: _OnSchedule, new: _OnSchedule) -> tuple[dict[str, str], dict[str, str], dict[str, str]] | None:
    """The renames :func:`_carry_maps` gives ``new`` when its schedule is ``previous``'s in all
    that :func:`~workshop_data.identity.carried_ids` reads (:data:`~workshop_data.identity.MATCHED_SLOT`,
    ``MATCHED_TALK``, ``MATCHED_PERSON``) but for the ids: each record is then the previous one in
    order (the pages changed elsewhere: papers, a speaker's bio or photo), found in linear time;
    else None.

    What the matching reads is compared first, in C: most schedules that changed fail there. Then
    the ids: ``new`` renamed in order must have ``previous``'s, its references (speakers, a talk's
    slot) renamed with them; a reference the rename could not follow (a speaker not among the
    people, a talk's or material's slot or talk not in the schedule) gives None."""
    if (len(previous.slots), len(previous.talks), len(previous.people)) != (
        len(new.slots),
        len(new.talks),
        len(new.people),
    ):
        return None
    if (
        list(map(MATCHED_SLOT, new.slots)) != list(map(MATCHED_SLOT, previous.slots))
        or list(map(MATCHED_TALK, new.talks)) != list(map(MATCHED_TALK, previous.talks))
        or list(map(MATCHED_PERSON, new.people)) != list(map(MATCHED_PERSON, previous.people))
    ):
        return None
    slot_ids = {a.slot_id: b.slot_id for a, b in zip(new.slots, previous.slots, strict=True)}
    talk_ids = {a.talk_id: b.talk_id for a, b in zip(new.talks, previous.talks, strict=True)}
    person_ids = {a.person_id: b.person_id for a, b in zip(new.people, previous.people, strict=True)}
    if len(set(slot_ids.values())) < len(slot_ids) or len(set(person_ids.values())) < len(person_ids):
        return None
    person = person_ids.__getitem__
    try:
        same = (
            [slot_ids[s.slot_id] for s in new.slots] == [s.slot_id for s in previous.slots]
            and [tuple(map(person, s.speakers)) for s in new.slots] == [s.speakers for s in previous.slots]
            and [(talk_ids[t.talk_id], slot_ids[t.slot_id]) for t in new.talks]
            == [(t.talk_id, t.slot_id) for t in previous.talks]
            and [tuple(map(person, t.speakers)) for t in new.talks] == [t.speakers for t in previous.talks]
            and [person(p.person_id) for p in new.people] == [p.person_id for p in previous.people]
        )
        for m in new.materials:  # followed by a rename of the release too
            slot_ids[m.slot_id]
            if m.talk_id:
                talk_ids[m.talk_id]
    except KeyError:
        return None
    return (slot_ids, talk_ids, person_ids) if same else None


def _carry_schedule(previous: Release, release: Release, table: AliasTable) -> Release:
    """``release`` with the slot, talk and speaker ids it shares with ``previous``
    (:func:`~workshop_data.identity.carry_ids`, which follows a speaker's corrected spelling by
    the slot). Only the schedule and its speakers are compared, since only they need it: the
    other people (committees, authors: hundreds in an edition with its papers) keep their fresh
    ids here and get theirs by exact normalised name and the alias table (:class:`PersonIds`),
    which is linear where comparing every pair of people is not."""
    return rename_ids(release, *_carry_maps(previous, release, table))


def _carry_maps(
    previous: Release, release: Release, table: AliasTable
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The renames :func:`_carry_schedule` makes of ``release``'s slot, talk and person ids,
    each covering every id of the release (the schedule's as
    :func:`~workshop_data.identity.carried_ids` gives them, each of its records' ids once)."""
    old, new = _on_schedule(previous), _on_schedule(release)
    slot_ids, talk_ids, person_ids = _unchanged(old, new) or carried_ids(old, new, name=table.canonical_name)
    taken = set(person_ids.values())
    for p in release.people:
        if p.person_id not in person_ids:
            person_ids[p.person_id] = p.person_id if p.person_id not in taken else ids.unique(p.person_id, taken)
            taken.add(person_ids[p.person_id])
    return slot_ids, talk_ids, person_ids


def _composed(first: Mapping[str, str], then: Mapping[str, str]) -> dict[str, str]:
    """The rename ``first`` followed by ``then``, as :func:`rename_ids` applies them (an id that
    a mapping does not hold stays, where it is looked up with a default: a correction's key)."""
    out = dict(then)  # (copied in C) then each id ``first`` renames, renamed by ``then`` after it
    out.update(zip(first, map(then.get, first.values(), first.values()), strict=True))
    return out


class OrSame(dict[str, str]):
    """Some ids renamed; any other id is itself."""

    def __missing__(self, key: str) -> str:
        return key


def _renames(pairs: Iterable[tuple[str, str]], previous: Container[str], used: Container[str]) -> OrSame:
    """Previous id -> pinned id, from ``(pinned id, carried id)`` pairs: where the carried id is
    a previous one (the same thing) and the pinned id differs and is not ``used``."""
    return OrSame({old: new for new, old in pairs if old in previous and new != old and new not in used})


def toward_pin(
    before: Sequence[Release],
    pinned: Release,
    used_slots: Container[str],
    used_talks: Container[str],
    table: AliasTable,
) -> list[Release]:
    """``before`` (the releases published before ``pinned``, oldest first) with ``pinned``'s
    ids for the slots and talks the last of them shares with it.

    A pinned release keeps the ids it was published with, made from its own page, so it cannot
    carry the ids of the release before it; the releases before take its ids instead, and the
    diff at the pin lists only what changed. The same is decided as when ids are carried
    forward (:func:`_carry_schedule` of the last release and ``pinned``); an id carried through
    ``before`` names one slot or talk in all of them, so it is renamed in all. A pinned id
    that ``used_slots`` or ``used_talks`` (every id the edition used before the pin) holds
    already, for something else, is never given: that slot or talk keeps its id. Speakers are
    told apart by ``table`` (the import's alias table)."""
    if not before:
        return []
    last = before[-1]
    carried = _carry_schedule(last, pinned, table)
    slot_ids = _renames(
        zip((s.slot_id for s in pinned.slots), (s.slot_id for s in carried.slots), strict=True),
        {s.slot_id for s in last.slots},
        used_slots,
    )
    talk_ids = _renames(
        zip((t.talk_id for t in pinned.talks), (t.talk_id for t in carried.talks), strict=True),
        {t.talk_id for t in last.talks},
        used_talks,
    )
    if not slot_ids and not talk_ids:
        return list(before)
    return [rename_ids(r, slot_ids, talk_ids, OrSame()) for r in before]

"""What the website needs of each edition's latest release, kept across builds while the
edition's files are unchanged.

The site's configuration (:func:`.site.read_site`: the editions bar, the pages to generate, the
old URLs) and the person pages' check (:func:`.people.profiles`) need every edition's latest
release: its workshop, whether it has slots and papers, its roles, its people and what each
did. Both run on every build, before Sphinx knows whether anything changed, and each read and
checked every edition's latest release (at 1,000 editions, 2.7 s and 2.3 s of a no-op).

An edition's :class:`Summary` is kept with the ``stat`` signatures of its files (the witnesses
:mod:`.fingerprints` gives an edition's content: its folder, its release folders and every file
in them, taken before reading), in a file of the doctree folder, and used while they are
unchanged, checked once per build: a no-op build stats the data and reads no release, and a
change in one edition reads that edition again. The warnings reading gave (a newest release that does not load) are
kept with it and given again each time it is used, as reading would. The file is discarded
when the package's code changes (:func:`~.codeversion.code_version`).
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from .. import store
from ..errors import BrokenReleaseWarning
from ..model import Person, Release, Slot, TextLink, Workshop, printed_with_role
from ..timeutil import aware
from ..words import role_label
from . import codeversion
from . import fingerprints as fp
from .base import latest_cached

#: The file in the doctree folder.
FILENAME = "workshop_data_editions.pickle"


@dataclass(frozen=True)
class Activity:
    """One thing a person did in an edition, and where the site shows it."""

    edition: str
    event: str
    page: str
    anchor: str
    what: str
    title: str = ""
    #: The affiliations printed with a role that edition (the role's own, else the person's
    #: there): a person's page shows them where they are not the newest it heads with.
    affiliations: tuple[str, ...] = ()
    #: What it is: ``"role"`` (the edition's home page), ``"slot"`` or ``"talk"`` (its
    #: schedule), ``"paper"`` (its accepted papers).
    kind: str = ""
    #: A role's role (``keynote``) or a slot's kind (``keynote``, ``panel``): a speaker's role
    #: with no talk title is the one slot of its kind they give, where there is one.
    sort: str = ""
    #: A slot's or talk's start and end, aware in the venue's zone (a talk of a block with no
    #: time of its own: its block's, ``during``); None where the data does not know it, or for a
    #: role or paper.
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    #: Whether ``start`` and ``end`` are the block's a talk is given in, the data giving the talk
    #: no time of its own (shown "during 10:40–12:00", never as the talk's own time).
    during: bool = False
    #: Whether ``end`` is no end the page prints but the next slot's start (``end_derived``).
    end_derived: bool = False


def activities(rel: Release) -> dict[str, list[Activity]]:
    """Every person's activities in one release, in page order."""
    e, event = rel.edition, rel.workshop.event_name
    out: dict[str, list[Activity]] = {}

    pages = {"role": "index", "slot": "schedule", "talk": "schedule", "paper": "accepted_papers"}

    def add(
        pid: str,
        kind: str,
        anchor: str,
        what: str,
        title: str = "",
        at: tuple[str, ...] = (),
        sort: str = "",
        when: tuple[dt.datetime | None, dt.datetime | None] = (None, None),
        during: bool = False,
        derived: bool = False,
    ) -> None:
        activity = Activity(e, event, f"{e}/{pages[kind]}", anchor, what, title, at, kind, sort, *when, during, derived)
        out.setdefault(pid, []).append(activity)

    for r in rel.roles:
        what = role_label(r)
        at = printed_with_role(r.affiliations, rel.person(r.person_id).affiliations)
        add(r.person_id, "role", f"role-{r.order}", what, r.talk_title, at, r.role)

    def venue(wall: dt.datetime | None) -> dt.datetime | None:
        return None if wall is None else aware(wall, rel.workshop.timezone)

    for s in rel.slots:
        for pid in s.speakers:
            what = s.label or s.kind.capitalize()
            add(pid, "slot", s.slot_id, what, s.title, sort=s.kind, when=_when(s, venue), derived=s.end_derived)
    for t in rel.talks:
        block = rel.slot(t.slot_id)
        own = (venue(t.start), venue(t.end)) if t.start is not None else _when(block, venue)
        heading = f"Talk in {block.label or block.kind.capitalize()}"  # linked to the block's row
        for pid in t.speakers:
            derived = t.start is None and block.end_derived  # its block's end, the next slot's start
            add(pid, "talk", t.slot_id, heading, t.title, when=own, during=t.start is None, derived=derived)
    titles = {p.paper_id: p.title for p in rel.papers}
    order = {p.paper_id: p.order for p in rel.papers}
    for a in sorted(rel.authors, key=lambda a: (order[a.paper_id], a.position)):
        add(a.person_id, "paper", f"paper-{a.paper_id}", "Paper", titles[a.paper_id])
    return out


def _when(slot: Slot, venue: Callable[[dt.datetime | None], dt.datetime | None]) -> tuple[Any, Any]:
    """A slot's start and end, aware in the venue's zone (None: unknown)."""
    return venue(slot.start), venue(slot.end)


@dataclass(frozen=True)
class Summary:
    """An edition as the site's navigation and person pages see it: its latest release's
    workshop, whether it has slots and papers, its roles, its people and what each did."""

    name: str
    #: What :func:`~workshop_data.store.edition_order` sorts it by.
    order: str
    workshop: Workshop
    has_slots: bool
    has_papers: bool
    roles: frozenset[str]
    people: tuple[Person, ...]
    activities: tuple[tuple[str, tuple[Activity, ...]], ...]
    #: The links inside the people's bios (``text_links`` of ``people``), in order.
    bio_links: tuple[TextLink, ...] = ()
    #: The warnings reading gave: (message, folder, reason) of each BrokenReleaseWarning.
    warnings: tuple[tuple[str, str | None, str], ...] = ()


def _read(root: Path, edition: str) -> Summary:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", BrokenReleaseWarning)
        rel = latest_cached(edition, root)
        order = store.edition_key(edition, root)
    broken = [w.message for w in caught if isinstance(w.message, BrokenReleaseWarning)]
    for w in caught:
        if not isinstance(w.message, BrokenReleaseWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
    return Summary(
        name=edition,
        order=order,
        workshop=rel.workshop,
        has_slots=bool(rel.slots),
        has_papers=bool(rel.papers),
        roles=frozenset(r.role for r in rel.roles),
        people=rel.people,
        activities=tuple((pid, tuple(done)) for pid, done in activities(rel).items()),
        bio_links=tuple(t for t in rel.text_links if t.resource == "people"),
        warnings=tuple((str(b), b.folder, b.reason) for b in broken),
    )


class _State:
    """The summaries in use: (data directory, edition) -> (witnesses, summary)."""

    entries: ClassVar[dict[tuple[str, str], tuple[fp.Witnessed, Summary]]] = {}
    #: The summaries checked in this build: the data does not change while a build runs.
    checked: ClassVar[dict[tuple[str, str], Summary]] = {}
    #: Whether an entry was read in this process since the file was last loaded or saved.
    changed: ClassVar[bool] = False


def summary(root: Path, edition: str, seen: dict[str, fp.Signature] | None = None) -> Summary:
    """The summary of ``edition`` in ``root``: as kept while its files are unchanged (checked
    once per build), else read (its latest release read and checked). Warnings reading gave are
    given again.
    ``seen``: signatures taken earlier in the same check (each file stat'ed once)."""
    key = (str(root), edition)
    found = _State.checked.get(key)
    if found is None:
        kept = _State.entries.get(key)
        if kept is not None and fp.unchanged(kept[0], {} if seen is None else seen):
            found = kept[1]
        else:
            witnessed = fp.signatures(fp.WITNESSES["edition"](str(root), edition))  # before reading
            found = _read(root, edition)
            _State.entries[key] = (witnessed, found)
            _State.changed = True
        _State.checked[key] = found
    for message, folder, reason in found.warnings:
        warnings.warn(BrokenReleaseWarning(message, folder, reason), stacklevel=2)
    return found


def every_edition(root: Path) -> list[Summary]:
    """Every edition's summary, oldest edition first (:func:`~workshop_data.store.edition_order`)."""
    seen: dict[str, fp.Signature] = {}
    found = [summary(root, name, seen) for name in store.edition_names(root)]
    return sorted(found, key=lambda s: (s.order, s.name))


def load(app: Any, config: Any = None) -> None:
    """``config-inited``: the summaries the last build kept (none when the code changed)."""
    _State.entries, _State.checked, _State.changed = {}, {}, False
    try:
        with open(Path(app.doctreedir) / FILENAME, "rb") as f:
            version, entries = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
        return
    if version == codeversion.code_version() and isinstance(entries, dict):
        _State.entries = entries


def save(app: Any, exception: BaseException | None = None) -> None:
    """``build-finished``: keep the summaries for the next build, when some were read."""
    if not _State.changed or not _State.entries:
        return
    path = Path(app.doctreedir) / FILENAME
    tmp = path.with_name(f".{FILENAME}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump((codeversion.code_version(), _State.entries), f, pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return
    _State.changed = False


def setup_summaries(app: Any) -> None:
    """Load the summaries before the site reads the data (``config-inited``), save them after."""
    app.connect("config-inited", load, priority=300)
    app.connect("build-finished", save)

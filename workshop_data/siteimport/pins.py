"""Where the pinned releases (:data:`.facts.PINNED`) go in a reading of the history.

A pinned release keeps the bytes it was published with: it is made from the schedule page
version its edition had at its upstream commit (named by the commit's ``Original-commit:``
trailer, :func:`is_upstream`) and written in publication order, before the first commit authored
at or after its publication time (:class:`Pins`).

Why a module of its own: the rule that a published release never changes, and where it stands
among the releases the history makes, is separate from reading the history's pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..aliases import PersonIds
from ..errors import WorkshopDataError
from . import git
from .edition_history import EditionHistory
from .facts import PINNED, PinnedRelease
from .pages import PageVersion
from .report import Report, problem

#: The fewest hex digits of an ``Original-commit:`` trailer that name a commit (git's default
#: abbreviation): a trailer of one digit would claim every pinned release whose id begins so.
_SHORTEST = 7


def is_upstream(original: str, upstream: str) -> bool:
    """Whether a commit's ``Original-commit:`` trailer names the upstream commit ``upstream``
    (its full id, or an abbreviation of it of :data:`_SHORTEST` digits or more)."""
    return len(original) >= _SHORTEST and upstream.startswith(original.lower())


@dataclass
class Pins:
    """Where the pinned releases (:data:`.facts.PINNED`) go in a reading of the history.

    A pinned release is made from the schedule page version its edition had at its upstream
    commit, but published at its own time, which may come before that commit (NeurIPS 2024's
    2024-11-20 was published at 00:00 UTC from a commit of 21:45 that day): a release
    published after it carries its ids from it (:attr:`.edition_history.EditionHistory.anchor`), whatever the
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

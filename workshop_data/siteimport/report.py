"""What an import of the site's history did: the releases written, those found there, the problems.

Why a module of its own: planning (:mod:`.planning`, :mod:`.edition_history`, :mod:`.pins`,
:mod:`.dating`) and publishing (:mod:`.publishing`) both add to one :class:`Report`, and the CLI
prints it; each problem a commit caused is said the one way :func:`problem` says it.

Problems an earlier import read already. Every run reads the whole history again (the releases
are made from it, and a run that wrote nothing proves nothing changed), so every run finds the
same problems in the same old page versions: the bundle's 41, printed again on each run, in
which an organizer re-running after one new commit could not see that commit's problems. A run
does not store what it printed (a data directory holds releases alone: a fresh import must give
the shipped data byte for byte), but the data directory shows how far an earlier import read:
its newest release was published at the author time of the commit that made it
(:func:`.publishing.imported_up_to`), and an import reads the history in order, to its end, so
that commit and every one before it in the history were read by an earlier run
(:meth:`Report.read_before`). Their problems are still found and kept in :attr:`Report.problems`
(the Python API gives them all); the CLI prints the others and one line counting these, with
the option that lists them (``--all-problems``). A first import (no release there yet) marks none,
so its report is what it always was. A history rewritten so that no commit has the newest
release's time marks none either: all are printed, nothing hidden by a guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import git


@dataclass
class Report:
    """What an import did: releases written, releases found already there, problems."""

    written: list[Path] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: The commit each problem was said of (:func:`problem`), its id by the problem's place in
    #: :attr:`problems` (a problem of no commit, such as a release that could not be written, has none).
    commits: dict[int, str] = field(default_factory=dict)
    #: The commits an earlier import read (see the module's docstring), and the label of the
    #: last of them ("" when none is known).
    earlier: frozenset[str] = frozenset()
    earlier_up_to: str = ""

    def read_before(self, history: Sequence[git.Commit], up_to: dt.datetime | None) -> None:
        """Mark the commits of ``history`` (oldest first) an earlier import read: the first one
        authored at ``up_to`` (the data directory's newest publication time, None for none) and
        every one before it authored no later; none when no commit has that time.

        An author time is what a commit says (``git commit --date``; a rebase keeps it): taking
        the last commit of that time, a new commit authored at the newest release's time, or one
        a rewritten history put under the commit that made it (added by an interactive rebase,
        authored later), was marked read with every commit before it, and their problems were
        counted, not printed. A commit not marked is printed again: nothing is hidden by a guess.
        """
        at = next((i for i, commit in enumerate(history) if commit.author_time == up_to), None)
        if at is not None and up_to is not None:
            self.earlier = frozenset(c.sha for c in history[: at + 1] if c.author_time <= up_to)
            self.earlier_up_to = printable(history[at].label)  # its upstream id is a trailer's text

    def repeated(self) -> list[bool]:
        """Whether each problem is one of a commit an earlier import read (:meth:`read_before`)."""
        return [self.commits.get(i) in self.earlier for i in range(len(self.problems))]


def problem(report: Report, commit: git.Commit | None, message: str) -> None:
    """``message`` added to ``report``'s problems, said of ``commit`` (its label: the short id and
    the upstream commit's) when there is one, :func:`printable`."""
    if commit:
        report.commits[len(report.problems)] = commit.sha
    said = f"commit {commit.label}: {message}" if commit else message
    report.problems.append(printable(said))


def printable(text: str) -> str:
    """``text`` on one line of what a terminal prints as it is: a character that is not printable
    (a line break or tab in a path, an escape sequence in a commit's trailer, a bidirectional
    control) written as its escape, ``\\n``, ``\\x1b``, ``\\u202e``."""
    return text if text.isprintable() else "".join(map(_printable, text))


def _printable(char: str) -> str:
    return char if char.isprintable() else char.encode("unicode_escape").decode("ascii")

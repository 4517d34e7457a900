"""What an import of the site's history did: the releases written, those found there, the problems.

Why a module of its own: planning (:mod:`.planning`, :mod:`.edition_history`, :mod:`.pins`,
:mod:`.dating`) and publishing (:mod:`.publishing`) both add to one :class:`Report`, and the CLI
prints it; each problem a commit caused is said the one way :func:`problem` says it.

Problems an earlier import read already. Every run reads the whole history again (the releases
are made from it, and a run that wrote nothing proves nothing changed), so every run finds the
same problems in the same old page versions: the bundle's 41, printed again on each run, in
which an organizer re-running after one new commit could not see that commit's problems. An
import that leaves releases in the data directory records there the last commit whose pages it
read (:data:`.publishing.READ_RECORD`, a line beside the editions' folders: no release's bytes
change); it read, in order, that commit's whole first-parent line, which is what the next run
marks read (:meth:`Report.read_before`, :func:`.git.first_parents`): exactly those commits,
whatever their author times say. Their problems are still found and kept in
:attr:`Report.problems` (the Python API gives them all); the CLI prints the others and one line
counting these, with the option that lists them (``--all-problems``). A first import (no record
there yet) marks none, so its report is what it always was; so does a run whose record names a
commit the repository does not have (another repository's, or a history rewritten and
collected). A history rewritten and back-dated (a new commit put under the recorded one, its
author time earlier) hid the new commit's problem as read, when the record was the newest
release's publication time and the commits authored up to it were marked;
now the new commit is on no line the record names, and is printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import bounded
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
    #: last of them in this history ("" when none is known).
    earlier: frozenset[str] = frozenset()
    earlier_up_to: str = ""
    #: The full id of the last commit whose pages this import read (a commit authored after the
    #: import's clock, and every one after it, is not read: :func:`.dating.dated`), "" when none:
    #: what it records in the data directory (:func:`.publishing.record_read`).
    read_to: str = ""
    #: Each edition's papers page version that could not be read, as (the edition, its commit's
    #: author time, the problem as :attr:`problems` says it, the author time of the commit at which
    #: a version of the edition's papers page was next read or the page deleted or made another
    #: edition's, None: none was): what the import records in the data directory
    #: (:func:`.publishing.record_papers_unread`), where ``workshop-data papers`` says why a release
    #: lists no papers. A page read again (mended, listing no papers) is the site's list from then
    #: on, and a page deleted or made another edition's leaves the edition none: the failure no
    #: longer says why.
    papers_unread: list[tuple[str, dt.datetime, str, dt.datetime | None]] = field(default_factory=list)

    def papers_not_read(self, edition: str, commit: git.Commit) -> None:
        """Note that ``edition``'s papers page of ``commit`` was not read: the last problem said."""
        self.papers_unread.append((edition, commit.author_time, self.problems[-1], None))

    def papers_read(self, edition: str, commit: git.Commit) -> None:
        """Note that a version of ``edition``'s papers page was read at ``commit``: each failure
        before it not yet followed by a read (:meth:`papers_not_read`) ends there."""
        self.papers_unread = [
            (e, at, said, commit.author_time if e == edition and again is None else again)
            for e, at, said, again in self.papers_unread
        ]

    def papers_removed(self, edition: str, commit: git.Commit) -> None:
        """Note that ``commit`` deleted ``edition``'s papers page, made it a draft the site does not
        show (``published: false``) or made it another edition's: the edition has none from then
        on, so each failure before it ends there, as at a read (:meth:`papers_read`)."""
        self.papers_read(edition, commit)

    def read_before(self, history: Sequence[git.Commit], read: frozenset[str]) -> None:
        """Mark the commits of ``history`` (oldest first) an earlier import read: those of ``read``,
        the first-parent line of the last commit it read (:func:`.git.first_parents`; empty: none)."""
        marked = [commit for commit in history if commit.sha in read]
        self.earlier = frozenset(commit.sha for commit in marked)
        self.earlier_up_to = printable(marked[-1].label) if marked else ""  # its upstream id is a trailer's text

    def repeated(self) -> list[bool]:
        """Whether each problem is one of a commit an earlier import read (:meth:`read_before`)."""
        return [self.commits.get(i) in self.earlier for i in range(len(self.problems))]


def problem(report: Report, commit: git.Commit | None, message: str) -> None:
    """``message`` added to ``report``'s problems, said of ``commit`` (its label: the short id and
    the upstream commit's) when there is one, :func:`printable` and
    :func:`~workshop_data.errors.bounded` (a huge title it quotes cut in the middle)."""
    if commit:
        report.commits[len(report.problems)] = commit.sha
    said = f"commit {commit.label}: {message}" if commit else message
    report.problems.append(bounded(printable(said)))


def printable(text: str) -> str:
    """``text`` on one line of what a terminal prints as it is: a character that is not printable
    (a line break or tab in a path, an escape sequence in a commit's trailer, a bidirectional
    control) written as its escape, ``\\n``, ``\\x1b``, ``\\u202e``."""
    return text if text.isprintable() else "".join(map(_printable, text))


def _printable(char: str) -> str:
    return char if char.isprintable() else char.encode("unicode_escape").decode("ascii")

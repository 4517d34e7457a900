"""The commits of the history given a time their releases can be published at.

A commit authored after the import's clock (a wrong clock, ``--date`` given by hand: the year
3000) by more than a clock's skew (:data:`workshop_data.timeutil.CLOCK_SKEW`, the allowance
``workshop-data import`` gives a release's time too), or at a time no date holds
(:data:`.git.NO_TIME`), would date every later release of its edition. :func:`dated` reads it
together with the next commit authored before the clock, whose tree holds its changes, and
reports it; commits after the last such commit are not read.

Why a module of its own: it is the one place a commit's time is judged before any page is read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from ..timeutil import in_the_future, skew_allowed
from . import git
from .report import Report, problem


def dated(log: Sequence[git.Commit], now: dt.datetime, report: Report) -> list[git.Commit]:
    """``log`` with each commit authored after ``now`` (the import's clock; by more than
    :data:`~workshop_data.timeutil.CLOCK_SKEW`: a commit of a clock a minute ahead is published at its
    own time, as ``workshop-data import`` publishes a release named so) read together with the
    next commit authored before it: one commit, that one's, holding the changes of both (a path
    both changed as the later left it). Each such commit is reported; those after the last commit
    authored before ``now`` are left out, unread (see the module's docstring)."""
    dated: list[git.Commit] = []
    ahead: list[git.Commit] = []
    for commit in log:
        if in_the_future(commit.author_time, now):
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
    return f"authored at {commit.author_time:{when}}, after this import's clock ({now:{when}}; {skew_allowed()})"

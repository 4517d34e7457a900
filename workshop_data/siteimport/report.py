"""What an import of the site's history did: the releases written, those found there, the problems.

Why a module of its own: planning (:mod:`.planning`, :mod:`.edition_history`, :mod:`.pins`,
:mod:`.dating`) and publishing (:mod:`.publishing`) both add to one :class:`Report`, and the CLI
prints it; each problem a commit caused is said the one way :func:`problem` says it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import git


@dataclass
class Report:
    """What an import did: releases written, releases found already there, problems."""

    written: list[Path] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def problem(report: Report, commit: git.Commit | None, message: str) -> None:
    """``message`` added to ``report``'s problems, said of ``commit`` (its label: the short id and
    the upstream commit's) when there is one."""
    report.problems.append(f"commit {commit.label}: {message}" if commit else message)

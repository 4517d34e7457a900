"""Output formats of a release. :data:`FORMATS` maps each ``--format`` name to its writer.

A writer takes ``(release, tz=None, kinds=None)`` and returns the file's text. Writers import
what they need when called, so that building the CLI stays fast.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import import_module

from .. import collector
from .guard import CELL_SPLITS, CSV_GUARD, CSV_GUARD_FOR_READERS, FORMULA_STARTS

TYPE_CHECKING = False  # the CLI imports FORMATS for its choices: no model, dataclasses or typing then
if TYPE_CHECKING:
    from typing import Any

Writer = Callable[..., str]
__all__ = [
    "CELL_SPLITS",
    "CSV_GUARD",
    "CSV_GUARD_FOR_READERS",
    "FORMATS",
    "FORMULA_STARTS",
    "Writer",
    "suffix",
    "writer",
]

#: format name -> (module, function, file suffix, one-line description)
FORMATS: dict[str, tuple[str, str, str, str]] = {
    "table": ("text", "to_table", ".txt", "a readable table (the CLI's default)"),
    "csv": (
        "text",
        "to_csv",
        ".csv",
        f"one row per slot, times ISO 8601 with offset; {CSV_GUARD}",
    ),
    "json": ("jsonformat", "dumps", ".json", "the package's JSON format (schema: workshop_data/schemas)"),
    "ics": ("ical", "to_ics", ".ics", "iCalendar (RFC 5545): one event per slot, for calendar apps"),
    "frab-xml": ("frab", "to_xml", ".xml", "frab/c3voc schedule.xml, for conference apps (Giggity, ConfClerk…)"),
    "frab-json": ("frab", "to_json", ".json", "frab/c3voc schedule.json, for conference apps (EventFahrplan…)"),
    "jekyll": ("jekyll", "to_jekyll", ".md", "a schedule page for the workshop's Jekyll site (imports back)"),
}


def suffix(name: str) -> str:
    """The file suffix of format ``name`` (``.ics`` for ``ics``), as :data:`FORMATS` gives it."""
    return FORMATS[name][2]


def writer(name: str) -> Writer:
    """The writer function of format ``name``, run with the garbage collector paused
    (:func:`~workshop_data.collector.paused`: a writer builds a whole file's events, elements
    or lines from a release that stays alive)."""
    module, func, _, _ = FORMATS[name]
    write: Writer = getattr(import_module(f".{module}", __name__), func)

    @functools.wraps(write)
    def paused(*args: Any, **kwargs: Any) -> str:
        with collector.paused():
            return write(*args, **kwargs)

    return paused

"""Output formats of a release. :data:`FORMATS` maps each ``--format`` name to its writer.

A writer takes ``(release, tz=None, kinds=None)`` and returns the file's text. Writers import
what they need when called, so that building the CLI stays fast.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import import_module

from .. import collector

TYPE_CHECKING = False  # the CLI imports FORMATS for its choices: no model, dataclasses or typing then
if TYPE_CHECKING:
    from typing import Any

Writer = Callable[..., str]

#: What a spreadsheet runs as a formula at the start of a cell (OWASP's advice on CSV injection),
#: spaces and ``'`` before it passed over (:mod:`workshop_data.formats.text` says why).
FORMULA_STARTS = "=+-@\t\r"
#: Where a spreadsheet whose list separator is ``;`` starts a cell inside one of the file's.
CELL_SPLITS = ";\n\r"
_SAID = {"\t": "a tab", "\r": "a carriage return"}


def _either(words: list[str]) -> str:
    return f"{' '.join(words[:-2])}, {' or '.join(words[-2:])}" if len(words) > 2 else " or ".join(words)


#: The CSV guard in words, made from :data:`FORMULA_STARTS` and :data:`CELL_SPLITS`, which
#: :mod:`workshop_data.formats.text`'s patterns are made of: the one wording ``export --help``,
#: the site's downloads and the README give (tests/test_readme.py reads it).
CSV_GUARD = (
    f"a text that starts with {_either([_SAID.get(c, c) for c in FORMULA_STARTS])}, after any spaces"
    " (a spreadsheet's formula), is written with a ' in front, and so is such a start after a ; or a"
    " line break (where a spreadsheet splitting lines at ; starts a cell); a number such as -5 is"
    " left as it is"
)

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

"""``workshop-data history [--edition E]``: every release of an edition against the one before it.

What :func:`workshop_data.history` gives in Python and the site's changelog page shows, on the
command line: the releases oldest first, each with what changed from the one before it, in the
words and grouping of ``diff`` (text), or as rows (CSV: :func:`workshop_data.history`'s columns)
or one object per release (JSON).
"""

from __future__ import annotations

import argparse

from . import add_data_dir, add_edition_option, add_tz_option, write_output

TYPE_CHECKING = False  # typing is not imported when the CLI is built
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from ..changes import Change, Step
    from ..model import Release

FORMATS = ("text", "csv", "json")
#: The CSV's columns before the changes' own (:data:`workshop_data.changes.COLUMNS`), as
#: :func:`workshop_data.history`'s DataFrame has them.
RELEASE_COLUMNS = ("release", "published")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``history`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "history",
        help="every release of an edition and what it changed",
        description="List an edition's releases, oldest first, each with what changed from the release before "
        "it, as diff lists them (the first is the starting point). What the one before's schema does not "
        "declare is compared with the last release before it that does; what neither compares is named. "
        "csv: a row per change, the columns of workshop_data.history(); json: an object per release.",
    )
    add_edition_option(p)
    add_tz_option(p)
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the edition's history; returns the exit status, 0 (errors raise)."""
    from ..changes import steps
    from ..loaders import load_edition
    from ..timeutil import check_timezone

    if args.tz:
        check_timezone(args.tz)
    releases = load_edition(args.edition, args.data_dir).releases
    found = list(steps(releases))
    if args.format == "json":
        write_output(as_json(releases, found))
    elif args.format == "csv":
        write_output(as_csv(found))
    else:
        write_output(as_text(releases, found, args.tz))
    return 0


def as_text(releases: Sequence[Release], found: Sequence[Step], tz: str | None) -> str:
    """Each release, oldest first: when it was published and its changes, grouped by slot."""
    from ..changes import not_compared_sentence
    from ..formats.text import count_text, published_text, zone_named
    from .diff import listed

    first, latest = releases[0], releases[-1]
    zone = tz or latest.workshop.timezone
    lines = [f"{latest.workshop.title} · {latest.workshop.conference} · every release and its changes"]
    lines += [f"Times in {zone_named(latest, tz)}", ""]
    counts = ", ".join(count_text(len(items), noun) for items, noun in ((first.slots, "slot"), (first.talks, "talk")))
    lines.append(f"Release {first.name} · published {published_text(first.published)} UTC · first release: {counts}")
    for step in found:
        old, new = step.before, step.after
        n = len(step.changes)
        what = f"{n} change{'s' * (n != 1)} from release {old.name}" if n else f"no changes from release {old.name}"
        lines += ["", f"Release {new.name} · published {published_text(new.published)} UTC · {what}"]
        if (here := tz or new.workshop.timezone) != zone:  # the venue's zone changed: said where it does
            zone = here
            lines.append(f"Times in {zone_named(new, tz)}")
        if note := not_compared_sentence(step.not_compared):
            lines.append(note)
        lines += listed(step.changes, old, new, tz)
        if step.since is not None:
            lines.append("".join(step.caught_up_words()))
            lines += listed(step.caught_up, step.since, new, tz)
    return "\n".join(lines) + "\n"


def as_csv(found: Sequence[Step]) -> str:
    """A row per change: the release it first appears in, its publication (UTC, ISO 8601), then
    the change's columns as :func:`workshop_data.history` writes them."""
    from ..changes import COLUMNS, as_text
    from ..formats.text import spreadsheet_csv

    rows = (
        [step.after.name, _utc(step.after), *(as_text(getattr(c, k)) for k in COLUMNS)]
        for step in found
        for c in step.all_changes
    )
    return spreadsheet_csv([*RELEASE_COLUMNS, *COLUMNS], rows)


def as_json(releases: Sequence[Release], found: Sequence[Step]) -> str:
    """The edition's releases, oldest first, each with the release it is compared with (``null``
    for the first), what that comparison leaves out, and its changes (``diff --format json``'s);
    ``compared_since``: what the one before does not hold, compared with an earlier release."""
    import json

    first = releases[0]
    entries: list[dict[str, Any]] = [
        {
            "release": first.name,
            "published": _utc(first),
            "compared_with": None,
            "not_compared": [],
            "changes": [],
            "compared_since": None,
        }
    ]
    for step in found:
        since = None
        if step.since is not None:
            since = {
                "release": step.since.name,
                "items": list(step.caught_up_items),
                "changes": _objects(step.caught_up),
            }
        entries.append(
            {
                "release": step.after.name,
                "published": _utc(step.after),
                "compared_with": step.before.name,
                "not_compared": list(step.not_compared),
                "changes": _objects(step.changes),
                "compared_since": since,
            }
        )
    latest = releases[-1]
    doc = {"edition": latest.edition, "timezone": latest.workshop.timezone, "releases": entries}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _objects(changes: Sequence[Change]) -> list[dict[str, str | None]]:
    """The changes as ``diff --format json`` writes them: an object each, ``null`` for none."""
    from ..changes import COLUMNS, as_text

    return [{k: as_text(getattr(c, k)) or None for k in COLUMNS} for c in changes]


def _utc(release: Release) -> str:
    """The release's publication time, UTC, ISO 8601 (``2020-12-03T22:36:00+00:00``)."""
    import datetime as dt

    return release.published.astimezone(dt.UTC).isoformat()

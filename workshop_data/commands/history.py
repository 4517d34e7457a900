"""``workshop-data history [--edition E]``: every release of an edition against the one before it.

What :func:`workshop_data.history` gives in Python and the site's changelog page shows, on the
command line: the releases oldest first, each with what changed from the one before it, in the
words and grouping of ``diff`` (``table``), or as rows (CSV: :func:`workshop_data.history`'s columns)
or one object per release (JSON). ``--edition`` takes what :func:`workshop_data.history` takes:
a name, ``all``, or several (repeated): their histories one after the other, oldest edition
first; the CSV then starts with an ``edition`` column (as the DataFrame does), the JSON is
``{"editions": [...]}``, an object per edition as one edition's JSON is.
"""

from __future__ import annotations

import argparse

from . import TABLE, add_data_dir, add_editions_option, add_format_option, add_tz_option, editions_given, write_output

TYPE_CHECKING = False  # typing is not imported when the CLI is built
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any

    from ..changes import Change, Step
    from ..model import Release

FORMATS = (TABLE, "csv", "json")
#: ``--format text``, the name history gave its table before it took the word every command gives
#: it (``diff``, ``papers``, ``schedule``): still read as ``table`` for the scripts written with it,
#: and not shown in ``--help``, so that a reader learns one word.
OLD_FORMAT_NAMES = {"text": TABLE}
#: The CSV's columns before the changes' own (:data:`workshop_data.changes.COLUMNS`, then
#: :data:`~workshop_data.changes.TYPED_COLUMNS`), as :func:`workshop_data.history`'s DataFrame has
#: them (after ``edition``, with several editions).
RELEASE_COLUMNS = ("release", "published")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``history`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "history",
        help="every release of an edition and what it changed",
        description="List an edition's releases, oldest first, each with what changed from the release before "
        "it, as diff lists them (the first is the starting point). What the one before's schema does not "
        "declare is compared with the last release before it that does; what neither compares is named. "
        "csv: a row per change, the columns of workshop_data.history(); json: an object per release. With "
        "several editions (--edition all, or repeated) each edition's history in turn, oldest edition first: "
        "the csv starts with an edition column, the json lists an object per edition.",
    )
    add_editions_option(p)
    add_tz_option(p)
    add_format_option(p, FORMATS, old_names=OLD_FORMAT_NAMES)
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the edition's (or editions') history; returns the exit status, 0 (errors raise)."""
    import json

    from ..changes import COLUMNS, TYPED_COLUMNS
    from ..formats.text import spreadsheet_csv
    from ..loaders import load_edition, several_editions
    from ..store import resolve_editions
    from ..timeutil import check_timezone

    if args.tz:
        check_timezone(args.tz)
    asked = editions_given(args)
    several = several_editions(asked)
    one = asked if isinstance(asked, str) else None  # one edition: a name, or None for the newest
    names: list[str | None] = [*resolve_editions(asked, args.data_dir)] if several else [one]
    histories = [_history(load_edition(name, args.data_dir).releases) for name in names]
    if args.format == "json":
        docs = [document(releases, found, args.tz) for releases, found in histories]
        write_output(json.dumps({"editions": docs} if several else docs[0], indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        header = [*(["edition"] if several else []), *RELEASE_COLUMNS, *COLUMNS, *TYPED_COLUMNS]  # as wd.history's
        rows = (
            row for rels, found in histories for row in csv_rows(found, rels[0].edition if several else None, args.tz)
        )
        write_output(spreadsheet_csv(header, rows))
    else:
        write_output("\n".join(as_text(releases, found, args.tz) for releases, found in histories))
    return 0


def _history(releases: Sequence[Release]) -> tuple[Sequence[Release], list[Step]]:
    """An edition's releases and the steps between them (:func:`~workshop_data.changes.steps`)."""
    from ..changes import steps

    return releases, list(steps(releases))


def as_text(releases: Sequence[Release], found: Sequence[Step], tz: str | None) -> str:
    """Each release, oldest first: when it was published and its changes, grouped by slot."""
    from ..changes import not_compared_sentence, not_listed, not_listed_sentence
    from ..formats.text import published_words, schedule_text, zone_named
    from .diff import listed

    first, latest = releases[0], releases[-1]
    zone = tz or latest.workshop.timezone
    lines = [f"{latest.workshop.title} · {latest.workshop.conference} · every release and its changes"]
    lines += [f"Times in {zone_named(latest, tz)}", ""]
    counts = schedule_text(len(first.slots), len(first.talks))  # "schedule not listed" before the site had one
    published = published_words(first.published, first.workshop.timezone)
    lines.append(f"Release {first.name} · published {published} · first release: {counts}")
    for step in found:
        old, new = step.before, step.after
        n = len(step.changes)
        what = f"{n} change{'s' * (n != 1)} from release {old.name}" if n else f"no changes from release {old.name}"
        published = published_words(new.published, new.workshop.timezone)
        lines += ["", f"Release {new.name} · published {published} · {what}"]
        if (here := tz or new.workshop.timezone) != zone:  # the venue's zone changed: said where it does
            zone = here
            lines.append(f"Times in {zone_named(new, tz)}")
        for note in (not_compared_sentence(step.not_compared), not_listed_sentence(new, not_listed(old, new))):
            if note:
                lines.append(note)
        lines += listed(step.changes, old, new, tz)
        if step.since is not None:
            lines.append("".join(step.caught_up_words()))
            lines += listed(step.caught_up, step.since, new, tz)
    return "\n".join(lines) + "\n"


def csv_rows(found: Sequence[Step], edition: str | None = None, tz: str | None = None) -> Iterator[list[str]]:
    """The CSV's rows, a row per change: its ``edition`` when given (a CSV of several), the release
    it first appears in, its publication (UTC, ISO 8601), then the change's columns
    (:data:`~workshop_data.changes.COLUMNS`) as :func:`workshop_data.history` writes them, times
    in ``tz`` when given, then :data:`~workshop_data.changes.TYPED_COLUMNS`: ``old`` and ``new``
    again where they are times (empty elsewhere), a column a spreadsheet reads as times alone, and
    where they are lengths (ISO 8601, ``PT30M``)."""
    from ..changes import COLUMNS, as_text, typed_values

    first = [] if edition is None else [edition]
    for step in found:
        for c in step.all_changes:
            texts = [as_text(getattr(c, k), tz) for k in COLUMNS]
            times = [as_text(value, tz) for value in typed_values(c)]
            yield [*first, step.after.name, _utc(step.after), *texts, *times]


def document(releases: Sequence[Release], found: Sequence[Step], tz: str | None = None) -> dict[str, Any]:
    """The JSON of an edition's history: its releases, oldest first, each with the release it is
    compared with (``null`` for the first), what that comparison leaves out, and its changes
    (``diff --format json``'s, times in ``tz`` when given); ``compared_since``: what the one
    before does not hold, compared with an earlier release."""
    from ..loaders import shown_zone

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
                "changes": _objects(step.caught_up, tz),
            }
        entries.append(
            {
                "release": step.after.name,
                "published": _utc(step.after),
                "compared_with": step.before.name,
                "not_compared": list(step.not_compared),
                "changes": _objects(step.changes, tz),
                "compared_since": since,
            }
        )
    latest = releases[-1]
    return {"edition": latest.edition, "timezone": shown_zone(tz, latest.workshop.timezone), "releases": entries}


def _objects(changes: Sequence[Change], tz: str | None) -> list[dict[str, str | None]]:
    """The changes as ``diff --format json`` writes them: an object each, ``null`` for none."""
    from ..changes import COLUMNS, as_text

    return [{k: as_text(getattr(c, k), tz) or None for k in COLUMNS} for c in changes]


def _utc(release: Release) -> str:
    """The release's publication time, UTC, ISO 8601 (``2020-12-03T22:36:00+00:00``)."""
    import datetime as dt

    return release.published.astimezone(dt.UTC).isoformat()

"""``workshop-data diff --edition E OLD NEW``: what changed between two releases."""

from __future__ import annotations

import argparse

from . import TABLE, add_data_dir, add_edition_option, add_format_option, add_tz_option, write_output

TYPE_CHECKING = False  # typing is not imported when the CLI is built
if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..changes import Change
    from ..model import Release

FORMATS = (TABLE, "json")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``diff`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "diff",
        help="what changed between two releases",
        description="List what changed from release OLD to release NEW: the edition's facts (day, venue…); "
        "slots added, removed or moved, durations, titles, labels, status, speakers, talks moved between "
        "blocks and the times printed for talks of their own; roles gained, lost, reordered or retitled, "
        "people's affiliations, bios, photos and links, accepted papers and their links, and materials. What a "
        "schema added since 2.1.0 is none in a release of an older one (a slot's part, a talk's own time, "
        "materials, papers' links); what "
        "2.0.0 added (roles, papers, bios…) one of the two releases does not declare is not compared.",
    )
    p.add_argument("old", metavar="OLD", help="the earlier release, e.g. 2024-11-20")
    p.add_argument("new", metavar="NEW", help="the later release, or 'latest'")
    add_edition_option(p)
    add_tz_option(p)
    add_format_option(p, FORMATS)
    add_data_dir(p)
    return p


def table(changes: list[Change], old: Release, new: Release, tz: str | None) -> str:
    """The changes grouped by slot, in the order of the day, times named with their zone."""
    from ..changes import not_compared_note, not_listed, not_listed_sentence
    from ..formats.text import zone_named

    w = new.workshop
    lines = [
        f"{w.title} · {w.conference} · changes from release {old.name} to {new.name}",
        f"Times in {zone_named(new, tz)}",
    ]
    for note in (not_compared_note(old, new), not_listed_sentence(new, not_listed(old, new))):
        if note:
            lines.append(note)
    lines.append("")
    lines += listed(changes, old, new, tz)
    if not changes:
        lines.append("No changes.")
    return "\n".join(lines) + "\n"


def listed(changes: Sequence[Change], old: Release, new: Release, tz: str | None) -> list[str]:
    """The changes as lines, grouped under their slot's start and heading (the edition's facts,
    its papers and people under theirs), in words: the body of ``diff``'s and ``history``'s text."""
    from ..changes import describe, group_of, listed_slot
    from ..timeutil import UNKNOWN, aware
    from ..words import clock, said, slot_heading, workshop_day

    zone = tz or new.workshop.timezone
    day = workshop_day(new, zone)
    lines = []
    current = None
    for c in changes:
        group = group_of(c)
        if group != current:
            current = group
            head = group
            if (found := listed_slot(c, old, new)) is not None:
                release, slot = found
                at = UNKNOWN if slot.start is None else clock(aware(slot.start, release.workshop.timezone), zone, day)
                head = f"{at}  {said(slot_heading(release, slot), zone, day)}"
            lines.append(head)
        lines.append(f"       {describe(c, old, new, tz)}")
    return lines


def as_json(changes: list[Change], old: Release, new: Release, tz: str | None = None) -> str:
    """The changes as a JSON document: the releases compared, then one object per change; times
    in ``tz`` (default: the venue's), as :func:`workshop_data.diff` gives them."""
    import json

    from ..changes import COLUMNS, as_text, not_compared, not_listed
    from ..loaders import shown_zone

    doc = {
        "edition": new.edition,
        "old": old.name,
        "new": new.name,
        "timezone": shown_zone(tz, new.workshop.timezone),
        "not_compared": not_compared(old, new),
        "not_listed": not_listed(old, new),
        "changes": [{k: as_text(getattr(c, k), tz) or None for k in COLUMNS} for c in changes],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    """Print what changed between the two releases; returns the exit status, 0 (errors raise)."""
    from ..changes import compare
    from ..loaders import load_release
    from ..timeutil import check_timezone

    if args.tz:
        check_timezone(args.tz)
    old = load_release(args.edition, args.old, args.data_dir)
    new = load_release(args.edition, args.new, args.data_dir)
    changes = compare(old, new)
    write_output(as_json(changes, old, new, args.tz) if args.format == "json" else table(changes, old, new, args.tz))
    return 0

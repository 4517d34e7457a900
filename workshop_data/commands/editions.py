"""``workshop-data editions``: list the editions in the data directory."""

from __future__ import annotations

import argparse

from . import add_data_dir, table, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``editions`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "editions",
        help="list the editions",
        description="List the editions, oldest first, with their day, venue, releases, slots and papers ('papers not "
        "listed' where the site listed none: how many the workshop accepted is not known; 'schedule not listed' "
        "where the latest release has no schedule).",
    )
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the editions in the data directory; returns the exit status, 0 (errors raise)."""
    from ..formats.text import listed_text
    from ..store import edition_summaries

    rows = []
    for e in edition_summaries(args.data_dir):  # no edition at all (an edition's folder given?): one line, exit 2
        n = e["releases"]
        count = (
            f"{n} release{'s' * (n != 1)}, latest {e['latest']}; "
            f"{listed_text(e['slots'], 'slot', 'schedule')}, {listed_text(e['papers'])}"
        )
        where = ", ".join(part for part in (e["event"], e["venue"]) if part)
        day = e["date"] or "date unknown"
        rows.append([e["edition"], str(day), f"{where}  ({count})"])
    write_output(table(rows))
    return 0

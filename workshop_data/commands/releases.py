"""``workshop-data releases E``: list the releases of an edition."""

from __future__ import annotations

import argparse

from . import add_data_dir, table, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``releases`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "releases",
        help="list an edition's releases",
        description="List an edition's releases, oldest first, a line each: its name, when it was published "
        "(UTC, to the minute), its slots, talks and papers, and '(latest)' on the release 'latest' reads.",
    )
    p.add_argument("edition", nargs="?", default=None, help="the edition, e.g. neurips2024 (default: the newest)")
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the edition's releases, oldest first; returns the exit status, 0 (errors raise)."""
    from ..formats.text import count_text, published_text
    from ..store import release_summaries, resolve_editions

    edition = args.edition or resolve_editions(None, args.data_dir)[0]
    rows = []
    for r in release_summaries(edition, args.data_dir):
        mark = "  (latest)" if r["latest"] else ""
        counts = ", ".join(count_text(r[noun + "s"], noun) for noun in ("slot", "talk", "paper"))
        rows.append([r["release"], f"published {published_text(r['published'])} UTC", counts + mark])
    write_output(table(rows))
    return 0

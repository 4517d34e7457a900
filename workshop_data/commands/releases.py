"""``workshop-data releases E`` (or ``--edition E``): list the releases of an edition, or of
every edition with ``all`` (as :func:`workshop_data.releases` takes it), oldest edition first."""

from __future__ import annotations

import argparse

from . import add_data_dir, table, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``releases`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "releases",
        help="list an edition's releases ('all': every edition's)",
        description="List an edition's releases ('all': every edition's, the edition first on each line), "
        "oldest first, a line each: its name, when it was published (UTC, to the minute, and on the venue's "
        "clock), its slots, talks and papers, and '(latest)' on the newest one listed. A release is listed when "
        "its files' sizes and hashes and its workshop row check (loading checks every rule: a release edited and "
        "re-hashed that breaks another is listed, and 'latest' then loads the one before it, with a warning).",
    )
    p.add_argument(
        "edition", nargs="?", default=None, help="the edition, e.g. neurips2024, or 'all' (default: the newest)"
    )
    # as every other command takes it (the README: "every command that reads a release takes --edition")
    p.add_argument("--edition", dest="edition_option", metavar="EDITION", default=None, help="the same, as an option")
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the edition's releases, oldest first; returns the exit status, 0 (errors raise)."""
    from ..formats.text import listed_text, published_words, schedule_text
    from ..store import release_summaries, resolve_editions

    given = {e for e in (args.edition, args.edition_option) if e is not None}  # "" is a name, refused as such
    if len(given) > 1:
        args.parser.error(f"two editions, {args.edition!r} and --edition {args.edition_option!r}: give one")
    editions = resolve_editions(given.pop() if given else None, args.data_dir)
    rows = []
    for edition in editions:
        for r in release_summaries(edition, args.data_dir):
            mark = "  (latest)" if r["latest"] else ""
            counts = f"{schedule_text(r['slots'], r['talks'])}, {listed_text(r['papers'])}"
            row = [r["release"], f"published {published_words(r['published'], r['timezone'])}", counts + mark]
            rows.append([edition, *row] if len(editions) > 1 else row)
    write_output(table(rows))
    return 0

"""``workshop-data schedule``: print a release's schedule."""

from __future__ import annotations

import argparse

from . import TABLE, add_format_option, add_release_options, add_tz_option, warn_schedule_not_listed, write_output

FORMATS = (TABLE, "csv", "json")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``schedule`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "schedule",
        help="print the schedule",
        description="Print a release's schedule, in the venue's time zone by default.",
    )
    add_release_options(p)
    add_tz_option(p)
    add_format_option(p, FORMATS)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the release's schedule; returns the exit status, 0 (errors raise)."""
    from ..formats import writer
    from ..loaders import load_release
    from ..timeutil import check_timezone

    if args.tz:
        check_timezone(args.tz)
    release = load_release(args.edition, args.release, args.data_dir)
    text = writer(args.format)(release, tz=args.tz)
    warn_schedule_not_listed(release, args.format)
    write_output(text)
    return 0

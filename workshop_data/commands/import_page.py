"""``workshop-data import [PAGE] --edition E --release R``: publish a Jekyll schedule page as a release.

Without the schedule page, ``--home`` (and ``--papers``) alone publish a release with no
schedule: an edition's speakers, committees and papers announced before its schedule exists.
"""

from __future__ import annotations

import argparse

from . import add_import_data_dir, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``import`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "import",
        help="import a Jekyll schedule page as a new release",
        description=(
            "Read a Jekyll schedule page (YAML front matter and the HTML schedule table), and the edition's home "
            "page and accepted papers where given (--home, --papers), and publish them as a new release of the "
            "edition; without the schedule page, --home (its front matter gives the workshop's facts) and --papers "
            "publish a release with no schedule, as an edition is announced before it has one. Ids, and what the "
            "page does not say (papers, authors, roles, bios, photos, links, corrections that still apply), are "
            "carried over from the edition's newest release. "
            "Never overwrites a release; writes nothing when the page cannot be read, nor when a page exported from "
            "an older release ('release:' in its front matter) would undo what a release published since changed."
        ),
    )
    p.add_argument(
        "page",
        nargs="?",
        default=None,
        help="the schedule page (Markdown/HTML with YAML front matter); left out, the release has no schedule "
        "(an edition announced before its schedule: --home, and --papers, give it)",
    )
    p.add_argument(
        "--home",
        default=None,
        metavar="INDEX_MD",
        help="the edition's home page (the site's index.md): its speakers, committees and contact are the "
        "release's (default: kept from the edition's newest release)",
    )
    p.add_argument(
        "--papers",
        default=None,
        metavar="ACCEPTED_PAPERS_MD",
        help="the edition's accepted_papers.md (static, or a Liquid loop over _data/<edition>/papers.csv, found in "
        "its folder or a folder above it): its papers and authors are the release's (default: kept from the "
        "edition's newest release)",
    )
    p.add_argument("--edition", required=True, help="the edition, e.g. neurips2024 (must match the page)")
    p.add_argument("--release", required=True, help="the new release's name, e.g. 2024-11-20")
    p.add_argument(
        "--timezone",
        default=None,
        metavar="ZONE",
        help="IANA time zone of the venue (the pages do not print it; required unless the front matter has "
        "'timezone'); for an edition with releases it must be its newest release's zone (a front matter that "
        "writes another moves the venue's zone)",
    )
    p.add_argument(
        "--published",
        default=None,
        metavar="YYYY-MM-DDTHH:MM:SSZ",
        help=(
            "publication time in UTC (default: the time the release's name states, "
            "YYYY-MM-DD.HHMM or a date at 00:00Z; else now); refused when more than 5 minutes after this "
            "machine's clock"
        ),
    )
    p.add_argument(
        "--schema-version",
        default=None,
        metavar="VERSION",
        help=(
            "write the release in this schema version (default: the oldest that holds the page's data); "
            "before 2.1.0 a line break inside a title is a space"
        ),
    )
    add_import_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Publish the Jekyll page as a new release; returns the exit status, 0 (errors raise)."""
    import sys

    from ..encoding import parse_published
    from ..errors import WorkshopDataError
    from ..formats.text import count_text, release_counts
    from ..importer import import_page

    published = None
    if args.published:
        try:
            published = parse_published(args.published)
        except ValueError:
            raise WorkshopDataError(f"--published {args.published!r}: expected YYYY-MM-DDTHH:MM:SSZ") from None
    given, table = None, None
    if args.home is not None or args.papers is not None:
        from ..importer.release import import_table
        from ..siteimport.given import read_given
        from ..store import import_target

        # the home page's speakers told apart by the import's one table (the data directory's aliases.csv)
        table = import_table(import_target(args.data_dir))
        given = read_given(args.edition, args.page, args.home, args.papers, table=table)
    folder, imported = import_page(
        args.page,
        args.edition,
        args.release,
        args.data_dir,
        timezone=args.timezone,
        published=published,
        schema_version=args.schema_version,
        other_pages=given,
        table=table,
    )
    for warning in imported.warnings:
        print(f"workshop-data: warning: {warning}", file=sys.stderr)
    rel = imported.release
    counts = release_counts(rel)
    other = f"; {count_text(len(imported.unknown_rows), 'row')} kept as kind 'other'" if imported.unknown_rows else ""
    # What the release changed from the edition's newest one (empty for a first release): how many
    # changes, or none, where a page that says what that release says has published a release the
    # changelog lists with no change.
    against, previous = "", imported.previous
    if previous is not None:
        from ..changes import compare, items_words, not_compared

        changes, left = len(compare(previous, rel)), not_compared(previous, rel)
        against = (
            f"; {count_text(changes, 'change')} from release {previous.name} (workshop-data diff lists them)"
            if changes
            else f"; no change from release {previous.name}: the page says what that release says"
            if not left
            else f"; no change from release {previous.name} in what both record (not compared, as one of the two"
            f" does not record them: {items_words(left)})"
        )
    write_output(f"{folder}: release {rel.name} of {rel.edition}: {counts}{other}{against}\n")
    return 0

"""``workshop-data import-site REPO``: publish every edition's missing releases from a site's git history."""

from __future__ import annotations

import argparse

from . import add_import_data_dir, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``import-site`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "import-site",
        help="import a Jekyll workshop site's git history as every edition's releases",
        description=(
            "Read the git history of the workshop's Jekyll site (a clone of the repository) and publish "
            "every edition's releases that the data directory does not have yet: one per version of an "
            "edition's pages that changes its data, at the commit's author time (UTC). Run again, it adds "
            "only what is new. Pages it cannot read are reported with their commit and file; they never "
            "stop the other editions."
        ),
    )
    p.add_argument("repo", help="the site's git repository (a clone or checkout)")
    add_import_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Publish every edition's missing releases from the site's history; returns the exit status, 0 (errors raise)."""
    import sys

    from ..siteimport.history import import_site
    from ..store import import_target

    target = import_target(args.data_dir)
    report = import_site(args.repo, target)
    for problem in report.problems:
        print(f"workshop-data: warning: {problem}", file=sys.stderr)
    write_output(
        f"{target}: {len(report.written)} release(s) written, {len(report.existing)} already there, "
        f"{len(report.problems)} problem(s) reported\n"
    )
    return 0

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
            "only what is new, and prints the problems of the commits no earlier import read (the others "
            "counted on its last line: --all-problems). Pages it cannot read are reported with their commit "
            "and file; they never stop the other editions."
        ),
    )
    p.add_argument("repo", help="the site's git repository (a clone or checkout)")
    add_import_data_dir(p)
    p.add_argument(
        "--all-problems",
        action="store_true",
        help="also print the problems of the commits an earlier import into the data directory read (the "
        "first-parent line of the commit its .import-site names), which a run otherwise counts on its last line "
        "and does not repeat",
    )
    return p


def run(args: argparse.Namespace) -> int:
    """Publish every edition's missing releases from the site's history; returns the exit status, 0 (errors raise)."""
    import sys

    from ..siteimport.history import import_site
    from ..store import import_target

    target = import_target(args.data_dir)
    report = import_site(args.repo, target)
    # An earlier import's problems are found again on every run (the whole history is read): printed
    # again they bury a new commit's. They are not repeated, but counted on the summary line with the
    # option that prints them, so none is hidden unsaid; a first import has none such, and its report
    # is as it always was (see siteimport.report).
    repeated = [False] * len(report.problems) if args.all_problems else report.repeated()
    for problem, again in zip(report.problems, repeated, strict=True):
        if not again:
            print(f"workshop-data: warning: {problem}", file=sys.stderr)
    earlier = sum(repeated)
    not_repeated = (
        f", {earlier} more not repeated (of commits an earlier import read, up to {report.earlier_up_to}:"
        " --all-problems prints them)"
        if earlier
        else ""
    )
    write_output(
        f"{target}: {len(report.written)} release(s) written, {len(report.existing)} already there, "
        f"{len(report.problems) - earlier} problem(s) reported{not_repeated}\n"
    )
    return 0

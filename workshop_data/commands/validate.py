"""``workshop-data validate PATH``: check a release folder (or its datapackage.json)."""

from __future__ import annotations

import argparse

from . import write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``validate`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "validate",
        help="check a release folder",
        description="Check a release: descriptor, hashes, columns, times, references. Prints one line, "
        "'PATH: valid release NAME of EDITION: N slots, N talks, N people', and exits 0; a rule broken is one "
        "line naming the file, the row and the field, exit status 2. The release is checked where it is, as the "
        "loaders read it: in the folder of its edition (DATA_DIR/EDITION/RELEASE).",
    )
    p.add_argument("path", help="a release folder or its datapackage.json")
    return p


def run(args: argparse.Namespace) -> int:
    """Check the release folder and print a summary; returns the exit status, 0 (errors raise)."""
    from pathlib import Path

    from ..defaults import DESCRIPTOR
    from ..errors import DataValidationError
    from ..formats.text import release_counts
    from ..ids import unlisted_problem
    from ..store import of_its_edition
    from ..validation import validate

    given = Path(args.path).absolute()
    folder = given.parent if given.name == DESCRIPTOR and given.is_file() else given
    # a folder whose name no edition or release may have (CON, AUX.2024) is never listed: said first
    unlisted = unlisted_problem(Path(args.path).parent if folder is not given else Path(args.path))
    if unlisted is not None:
        raise DataValidationError(unlisted)
    rel = validate(args.path)
    # the loaders read a release only from its edition's folder: one elsewhere is not valid data
    of_its_edition(rel, folder)
    counts = release_counts(rel)
    write_output(f"{args.path}: valid release {rel.name} of {rel.edition}: {counts}\n")
    return 0

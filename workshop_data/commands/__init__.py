"""Subcommands of ``workshop-data``: one module each, see :mod:`workshop_data.cli`."""

from __future__ import annotations

import argparse

from ..defaults import DEFAULT_EDITION, ENV_VAR, LATEST


def add_release_options(parser: argparse.ArgumentParser) -> None:
    """``--edition``, ``--release`` and ``--data-dir``, shared by the commands that read a release."""
    parser.add_argument("--edition", default=DEFAULT_EDITION, help="edition, e.g. neurips2023 (default: the newest)")
    parser.add_argument("--release", default=LATEST, help="release name, or 'latest' (default)")
    add_data_dir(parser)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """``--data-dir``: a data directory in place of ``$WORKSHOP_DATA_DIR`` or the shipped data."""
    parser.add_argument(
        "--data-dir",
        default=None,
        metavar="DIR",
        help=f"a data directory of your own (default: ${ENV_VAR}, else the shipped data)",
    )


def add_import_data_dir(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` of the import commands: where to publish (required unless ``$WORKSHOP_DATA_DIR``
    is set; the shipped data is written only when named)."""
    parser.add_argument(
        "--data-dir",
        default=None,
        metavar="DIR",
        help=f"the data directory to publish into (default: ${ENV_VAR}; one of them is required; "
        "the package's own data is written only when named: --data-dir workshop_data/data)",
    )


def add_tz_option(parser: argparse.ArgumentParser) -> None:
    """``--tz``: the IANA time zone the times are shown in (default: the venue's)."""
    parser.add_argument(
        "--tz", default=None, metavar="ZONE", help="IANA time zone for the times (default: the venue's)"
    )


def write_output(text: str) -> None:
    """Write to stdout, in UTF-8 whatever the terminal's locale."""
    import sys

    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()

"""Subcommands of ``workshop-data``: one module each, see :mod:`workshop_data.cli`.

Here are the options several commands share (``--edition``, ``--release``, ``--data-dir``,
``--tz``, ``--format``) and the writing of their output, so that every command takes and refuses
them alike, under one name per concept (``table`` is the output for people, whatever the command),
and the warning of a schedule not listed written as an empty CSV or JSON.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence

from ..defaults import ALL, DEFAULT_EDITION, ENV_VAR, LATEST, every_edition_refused

TYPE_CHECKING = False  # the model is not imported when the CLI is built
if TYPE_CHECKING:
    from ..model import Release


def add_release_options(parser: argparse.ArgumentParser) -> None:
    """``--edition``, ``--release`` and ``--data-dir``, shared by the commands that read a release."""
    add_edition_option(parser)
    parser.add_argument("--release", default=LATEST, help="release name, or 'latest' (default)")
    add_data_dir(parser)


def add_edition_option(parser: argparse.ArgumentParser) -> None:
    """``--edition``: the edition read (default: the newest), for every command that reads one."""
    parser.add_argument(
        "--edition",
        default=DEFAULT_EDITION,
        type=_one_edition,
        help="edition, e.g. neurips2023 (default: the newest)",
    )


def _one_edition(text: str) -> str:
    """``--edition``'s value for a command that reads one edition: ``all`` refused as such (it was
    looked up as an edition named "all", "no edition 'all'", as if the word were unknown)."""
    if text == ALL:
        takers = "`releases` and `history` take 'all', and so do the loaders: wd.load_schedule(edition='all')"
        raise argparse.ArgumentTypeError(every_edition_refused("this command", takers))
    return text


def add_editions_option(parser: argparse.ArgumentParser) -> None:
    """``--edition`` of a command that reads several editions, taking what the Python API takes
    (:data:`~workshop_data.store.Editions`): a name, ``all``, or several names (the option
    repeated); :func:`editions_given` hands it to :func:`~workshop_data.store.resolve_editions`,
    whose rules (oldest first, each name checked) are the one home of what it means."""
    parser.add_argument(
        "--edition",
        action="append",
        default=None,
        metavar="EDITION",
        help="edition, e.g. neurips2023; 'all' for every edition; repeat it for several, listed oldest first "
        "(default: the newest)",
    )


def editions_given(args: argparse.Namespace) -> str | list[str] | None:
    """The editions ``--edition`` (:func:`add_editions_option`) names, as the loaders take them:
    ``None`` (not given), one name or ``"all"``, or a list of the names given twice or more."""
    given: list[str] | None = args.edition
    if not given:
        return None
    return given[0] if len(given) == 1 else list(given)


#: ``--format``'s value for the output people read: a table, or lines grouped as a table's rows.
TABLE = "table"


def add_format_option(
    parser: argparse.ArgumentParser,
    formats: Sequence[str],
    *,
    required: bool = False,
    help: str | None = None,
    old_names: Mapping[str, str] | None = None,
) -> None:
    """``--format``, one of ``formats``: :data:`TABLE` by default where it is one of them (``export``
    has no default: ``required``); ``help`` in place of the plain words. ``old_names`` maps a
    spelling a command took before the vocabulary was one to its name now: still taken (users'
    scripts), read as that name, and left out of ``--help`` and of the refusal's list of choices."""
    default = None if required else TABLE
    parser.add_argument(
        "--format",
        required=required,
        default=default,
        choices=formats,
        type=_format_named(old_names or {}),
        help=help or ("output format" if required else f"output format (default: {default})"),
    )


def _format_named(old_names: Mapping[str, str]) -> Callable[[str], str]:
    """``--format``'s value with an old spelling read as its name now (argparse checks the choices
    on what this returns, so the old spelling passes without being listed)."""

    def named(text: str) -> str:
        return old_names.get(text, text)

    return named


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
        "the package's own data is written only when named as DIR: an import with neither says where it is)",
    )


def add_tz_option(parser: argparse.ArgumentParser) -> None:
    """``--tz``: the IANA time zone the times are shown in (default: the venue's)."""
    parser.add_argument(
        "--tz", default=None, type=_zone, metavar="ZONE", help="IANA time zone for the times (default: the venue's)"
    )


def _zone(text: str) -> str:
    """``--tz``'s value, refused when empty (``--tz ""`` from a shell variable left unset would
    otherwise show the venue's zone as if asked for); the zone itself is checked where it is used."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "an empty time zone: give an IANA name such as 'Europe/Berlin', or leave --tz out"
        )
    return text


def table(rows: list[list[str]]) -> str:
    """``rows`` as the listings print them: a line each, columns two spaces apart, each but the
    last padded to its widest cell, so that names of different lengths keep the columns aligned
    ("" for no rows)."""
    widths = [max(len(cell) for cell in column) for column in zip(*rows, strict=True)]
    lines = ("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows)
    return "".join(line + "\n" for line in lines)


def warn_schedule_not_listed(release: Release, fmt: str) -> None:
    """A warning on stderr where ``release`` lists no schedule (a release of an edition's home
    page before its site had one) and ``fmt`` writes it anyway, as a CSV header alone or JSON's
    empty ``slots``: read so, the workshop had no slot (the table says it in its text, the
    calendar and frab formats refuse)."""
    if not release.slots and fmt in ("csv", "json"):
        import sys

        said = f"release {release.name!r} of {release.edition!r} lists no schedule (its pages give none)"
        print(f"workshop-data: warning: {said}: its slots are not listed, not none", file=sys.stderr)


def write_output(text: str) -> None:
    """Write to stdout, in UTF-8 whatever the terminal's locale.

    A path that is not UTF-8 (Python keeps its bytes as surrogates) is written as its bytes.
    Standard output closed or failing (a full disk: ``>/dev/full``) is a
    :class:`~workshop_data.errors.WorkshopDataError`; a closed pipe (``| head``) raises
    :class:`BrokenPipeError` as before. Either way what could not be written is dropped, so
    that Python's flush at exit does not fail again with a traceback.
    """
    import sys

    from ..errors import WorkshopDataError

    if sys.stdout is None:  # started with it closed (`>&-`)
        raise WorkshopDataError("standard output is closed: there is nowhere to write the output")
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is no byte: shown escaped
        data = text.encode("utf-8", "backslashreplace")
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except OSError as exc:
        _discard_stdout()
        if isinstance(exc, BrokenPipeError):
            raise
        raise WorkshopDataError(f"standard output: cannot write: {exc.strerror}") from None


def _discard_stdout() -> None:
    """Point standard output at the null device: what is left in its buffer goes nowhere when
    Python flushes it at exit (the CPython documentation's advice for a closed pipe)."""
    import os
    import sys

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)

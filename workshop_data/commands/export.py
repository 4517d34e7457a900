"""``workshop-data export``: write a release as a calendar, a frab schedule, CSV or JSON.

The formats are those of :data:`workshop_data.formats.FORMATS` (all but the readable table).
Output goes to stdout, or to ``-o FILE``, written atomically: the text is rendered first, then
written to a temporary file beside ``FILE`` and renamed over it, so an error never leaves a
partial file behind. ``FILE`` must be a regular file (or a link to one, written through).
"""

from __future__ import annotations

import argparse
import os

from ..formats import FORMATS
from . import add_format_option, add_release_options, add_tz_option, warn_schedule_not_listed, write_output

TYPE_CHECKING = False  # typing and pathlib are not imported when the CLI is built
if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import Any

#: Formats for people reading a terminal, not for export.
NOT_EXPORTED = ("table",)


def export_formats() -> list[str]:
    """The ``--format`` choices: every registered format but the readable table."""
    return [name for name in FORMATS if name not in NOT_EXPORTED]


class _Kinds:
    """The kind vocabulary as ``--kinds`` choices, read from the schema only when a value is
    checked or ``export --help`` lists them: building the CLI does not import the schema and its
    dataclasses."""

    def __contains__(self, kind: object) -> bool:
        from ..schema import KINDS

        return kind in KINDS

    def __iter__(self) -> Iterator[str]:
        from ..schema import KINDS

        return iter(KINDS)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``export`` subcommand's parser and return it."""
    formats = export_formats()
    p: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="export the schedule (iCalendar, frab, CSV, JSON…)",
        description="Export a release for calendars and conference apps, or as CSV or JSON. "
        + "; ".join(f"{name}: {FORMATS[name][3]}" for name in formats)
        + ".",
    )
    add_format_option(p, formats, required=True)
    add_release_options(p)
    p.add_argument(
        "--kinds",
        nargs="+",
        choices=_Kinds(),
        metavar="KIND",
        help=(
            "only slots of these kinds: %(choices)s (default: all); an .ics of some kinds also cancels"
            " a slot published with one of them that the release dropped or gave another kind"
        ),
    )
    add_tz_option(p)
    p.add_argument(
        "--base-url",
        default=None,
        metavar="URL",
        help="the site's schedule page; events then link to <URL>#<slot id> (ics and frab formats)",
    )
    p.add_argument(
        "--slot", default=None, metavar="SLOT_ID", help="ics only: one slot's event, an 'add to calendar' file"
    )
    p.add_argument("-o", "--output", default=None, metavar="FILE", help="write to FILE (default: stdout)")
    return p


def _kind_of(mode: int) -> str:
    """What a node that is not a regular file is, for a message."""
    import stat

    for test, kind in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a regular file"  # pragma: no cover - every other kind is listed


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    A symbolic link is written through: the file it points to is the one replaced (the link
    stays). Anything that is not a regular file (a FIFO, a device, a folder, a socket) is
    refused: renaming over it would replace the node itself. Raises
    :class:`~workshop_data.errors.WorkshopDataError` naming the path when it cannot be written;
    nothing is left behind then, and an existing file is untouched. A new file gets the mode the
    umask allows; a replaced one keeps its mode.
    """
    import stat
    import tempfile
    from pathlib import Path

    from ..errors import WorkshopDataError
    from ..files import file_mode

    given = Path(path)
    target = Path(os.path.realpath(given))  # through symbolic links
    try:
        found = target.stat()
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise WorkshopDataError(f"{given}: cannot write: {exc.strerror}") from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise WorkshopDataError(f"{given}: cannot write: {_kind_of(found.st_mode)}, not a regular file")
    mode = found.st_mode & 0o777 if found is not None else file_mode()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise WorkshopDataError(f"{given}: cannot write: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WorkshopDataError(f"{given}: cannot write: {exc.strerror}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def run(args: argparse.Namespace) -> int:
    """Write the release in the chosen format to stdout or ``-o FILE``; returns the exit status, 0 (errors raise)."""
    import inspect

    from ..defaults import LATEST
    from ..errors import WorkshopDataError
    from ..formats import writer
    from ..loaders import load_release
    from ..store import read_edition
    from ..timeutil import check_timezone

    if args.tz:
        check_timezone(args.tz)
    write = writer(args.format)
    options: dict[str, Any] = {}
    if args.base_url is not None:
        if "base_url" not in inspect.signature(write).parameters:
            raise WorkshopDataError(f"--base-url does not apply to format {args.format!r}")
        options["base_url"] = args.base_url
    if args.slot is not None and (args.format != "ics" or args.kinds):
        raise WorkshopDataError("--slot makes one event's calendar: it needs --format ics and no --kinds")
    if "history" in inspect.signature(write).parameters or args.slot is not None:
        # the writers are pure: the edition's earlier releases (for SEQUENCE) are an argument
        if args.release != LATEST:
            load_release(args.edition, args.release, args.data_dir)  # named and broken: its own error, first
        edition = read_edition(args.edition, args.data_dir)  # skips (and names) the releases that do not load
        release = edition.release(args.release)
        options["history"] = edition.until(release.name)[:-1]
        if args.slot is not None:
            options["later"] = edition.after(release.name)  # a slot only a later release lists is named so
    else:
        release = load_release(args.edition, args.release, args.data_dir)
    if args.slot is not None:
        from ..formats.ical import slot_calendar

        text = slot_calendar(release, args.slot, tz=args.tz, **options)
    else:
        text = write(release, tz=args.tz, kinds=args.kinds, **options)
    warn_schedule_not_listed(release, args.format)
    if args.format == "jekyll":
        import sys

        from ..formats.jekyll import not_printed

        for lost in not_printed(release):
            print(
                f"workshop-data: warning: a Jekyll schedule page has no place for {lost}: not written, and an "
                "import of the page has none",
                file=sys.stderr,
            )
    if args.output is None or args.output == "-":
        write_output(text)
    else:
        write_atomically(args.output, text.encode("utf-8"))
    return 0

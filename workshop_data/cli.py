"""The ``workshop-data`` command (also ``python -m workshop_data``).

Each subcommand lives in its own module of :mod:`workshop_data.commands`, which defines
``add_parser(subparsers)`` and ``run(args) -> int``. Modules import heavy libraries inside
``run`` only, so ``workshop-data --help`` stays fast; a command line that begins with a
command's name imports and builds that command's module and parser alone (:func:`build_parser`). User errors
(:class:`~workshop_data.errors.WorkshopDataError`) print one line and exit with status 2; so does
a mistake on the command line (an unknown ``--kinds`` value, a missing argument).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from importlib import import_module

from . import __version__
from .errors import BrokenReleaseWarning, WorkshopDataError, bounded

TYPE_CHECKING = False  # typing is not imported when the CLI starts
if TYPE_CHECKING:
    from typing import Any, NoReturn

#: Each subcommand's name -> its module, in the order ``--help`` lists them.
COMMANDS = {
    "schedule": "schedule",
    "papers": "papers",
    "editions": "editions",
    "releases": "releases",
    "validate": "validate",
    "export": "export",
    "diff": "diff",
    "history": "history",
    "import": "import_page",
    "import-site": "import_site",
}

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, as every other user error: argparse
    prints the usage block first (six lines for ``export``), which buries the line that says
    what is wrong; the line ends by pointing at ``--help``, which shows the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand (each a :class:`_Parser` too), or with
    ``command``'s alone (a name of :data:`COMMANDS`): what parses a command line that begins with
    that name, the other commands' modules not imported (every module and parser costs a run of
    ``workshop-data import-site`` some 2 million instructions; ``--help`` and a name that is no
    command's take the whole parser, which lists them all)."""
    parser = _Parser(
        prog="workshop-data",
        description="The ML for Systems workshop's record (every edition's schedule, papers and people) as data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in COMMANDS.items():
        if command is None or name == command:
            module = import_module(f".commands.{module_name}", __package__)
            made = module.add_parser(sub)
            made.set_defaults(run=module.run, parser=made)
    return parser


def _one_line_warnings() -> None:
    """Print warnings about the data (a broken release skipped) as one line each on stderr;
    other warnings as Python prints them."""
    shown = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        if issubclass(category, BrokenReleaseWarning):
            text = " ".join(str(message).splitlines())
            print(f"workshop-data: warning: {text}", file=sys.stderr)
        else:
            shown(message, category, *args, **kwargs)

    warnings.showwarning = show


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args, extra = build_parser(argv[0] if argv and argv[0] in COMMANDS else None).parse_known_args(argv)
    if extra:  # named by the command's own parser, whose --help lists the options it takes
        args.parser.error(f"unrecognized arguments: {' '.join(extra)}")
    with warnings.catch_warnings():
        _one_line_warnings()
        try:
            return int(args.run(args))
        except WorkshopDataError as exc:
            print(bounded(f"workshop-data: error: {exc}"), file=sys.stderr)  # a huge title it quotes cut
            return EXIT_USER_ERROR
        except BrokenPipeError:  # e.g. `workshop-data schedule | head`
            return 0
        except OSError as exc:  # a file or folder the system refuses (permissions, a full disk…)
            where = f"{exc.filename}: " if exc.filename is not None else ""
            print(f"workshop-data: error: {where}{exc.strerror or exc}", file=sys.stderr)
            return EXIT_USER_ERROR


def program() -> NoReturn:
    """The ``workshop-data`` program (its console script and ``python -m workshop_data``):
    :func:`main` in a process of its own, the garbage collector off for its short life
    (:func:`workshop_data.collector.for_program`); exits with main's status."""
    from .collector import for_program

    sys.exit(for_program(main))


if __name__ == "__main__":  # pragma: no cover
    program()

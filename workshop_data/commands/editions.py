"""``workshop-data editions``: list the editions in the data directory."""

from __future__ import annotations

import argparse

from . import add_data_dir, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "editions", help="list the editions", description="List the editions and their latest release."
    )
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    from ..loaders import load_release
    from ..store import LATEST, edition_names, release_names

    lines = []
    for name in edition_names(args.data_dir):
        rel = load_release(name, LATEST, args.data_dir)
        w = rel.workshop
        n = len(release_names(name, args.data_dir))
        count = f"{n} release{'s' * (n != 1)}, latest {rel.name}"
        lines.append(f"{name:<14} {w.date}  {w.series} @ {w.conference}, {w.venue}  ({count})")
    write_output("\n".join(lines) + "\n" if lines else "")
    return 0

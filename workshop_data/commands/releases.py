"""``workshop-data releases E``: list the releases of an edition."""

from __future__ import annotations

import argparse

from . import add_data_dir, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "releases", help="list an edition's releases", description="List an edition's releases, oldest first."
    )
    p.add_argument("edition", help="the edition, e.g. neurips2024")
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    from ..store import LATEST, release_names, release_path
    from ..validation import read_release

    latest = release_path(args.edition, LATEST, args.data_dir)  # raises for an unknown edition
    lines = []
    for name in release_names(args.edition, args.data_dir):
        rel = read_release(latest.parent / name)
        mark = "  (latest)" if name == latest.name else ""
        counts = f"{len(rel.slots)} slots, {len(rel.talks)} talks"
        lines.append(f"{name:<12} published {rel.published:%Y-%m-%d %H:%M} UTC  {counts}{mark}")
    write_output("\n".join(lines) + "\n")
    return 0

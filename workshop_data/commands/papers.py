"""``workshop-data papers``: list an edition's accepted papers, with their authors in order."""

from __future__ import annotations

import argparse

from . import add_release_options, write_output

TYPE_CHECKING = False  # typing is not imported when the CLI is built (workshop-data --help stays fast)
if TYPE_CHECKING:
    from typing import Any

    from ..model import Release

FORMATS = ("table", "csv", "json")
#: A paper's fields in the CSV and JSON lists, in order: the CSV's header, also when no paper is listed.
COLUMNS = ("paper_id", "title", "authors", "award", "presentation", "pdf_url")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``papers`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "papers",
        help="list the accepted papers",
        description="List an edition's accepted papers in the site's order: title, authors, award, PDF.",
    )
    add_release_options(p)
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="output format (default: table; where the release's schema records no papers, JSON's papers is null "
        "and the CSV, its header alone, comes with a warning on stderr)",
    )
    return p


def run(args: argparse.Namespace) -> int:
    """Print the release's accepted papers; returns the exit status, 0 (errors raise)."""
    from ..loaders import load_release

    release = load_release(args.edition, args.release, args.data_dir)
    if args.format == "csv" and not recorded(release):  # a header alone reads as none listed
        import sys

        print(
            f"workshop-data: warning: release {release.name!r} of {release.edition!r} does not record accepted "
            f"papers (its schema {release.schema_version} has none): the list is unknown, not empty",
            file=sys.stderr,
        )
    write_output(render(release, args.format))
    return 0


def recorded(release: Release) -> bool:
    """Whether the release's schema records accepted papers (a 1.0.0 release does not: its
    papers are unknown, where a release that records them and lists none has none)."""
    from ..schema import PAPERS

    return bool(release.recorded(PAPERS.name))


def render(release: Release, fmt: str) -> str:
    """The papers of ``release`` as a readable list, CSV or JSON."""
    import json

    authors: dict[str, list[str]] = {}
    for a in sorted(release.authors, key=lambda a: (a.paper_id, a.position)):
        authors.setdefault(a.paper_id, []).append(a.name)
    papers = sorted(release.papers, key=lambda p: p.order)
    rows: list[dict[str, Any]] = [  # keys: COLUMNS
        {
            "paper_id": p.paper_id,
            "title": p.title,
            "authors": authors.get(p.paper_id, []),
            "award": p.award,
            "presentation": p.presentation,
            "pdf_url": p.pdf_url,
        }
        for p in papers
    ]
    known = recorded(release)
    if fmt == "json":  # papers null: unknown (the release's schema has no papers), [] none listed
        # a text the page does not print (no award, no PDF) is null, as in the schedule's JSON
        listed = [{k: (v or None) if isinstance(v, str) else v for k, v in r.items()} for r in rows]
        doc = {"edition": release.edition, "release": release.name, "papers": listed if known else None}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        from ..formats.text import spreadsheet_csv

        return spreadsheet_csv(
            list(COLUMNS), ([str(v) for v in {**r, "authors": "; ".join(r["authors"])}.values()] for r in rows)
        )
    from ..formats.text import count_text

    w = release.workshop
    count = count_text(len(rows) if known else None, "accepted paper")
    lines = [f"{w.event_name} · release {release.name} · {count}", ""]
    for i, row in enumerate(rows, start=1):
        badges = ", ".join(b for b in (row["award"], row["presentation"]) if b)
        lines.append(f"{i:>3}. {row['title']}" + (f"  [{badges}]" if badges else ""))
        lines.append(f"     {', '.join(row['authors']) or 'authors not given'}")
        if row["pdf_url"]:
            lines.append(f"     {row['pdf_url']}")
    if not known:
        lines.append(f"This release's schema ({release.schema_version}) does not record accepted papers.")
    elif not rows:
        lines.append("The pages list no accepted papers for this edition (release).")
    return "\n".join(lines) + "\n"

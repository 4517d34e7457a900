"""``workshop-data papers``: list an edition's accepted papers, with their authors in order.

Each paper with its links as the site's papers page shows them (:func:`~workshop_data.links.paper_links`):
its PDF, then the links the site gives beside it (``paper_materials``, schema 2.6.0: OpenReview,
poster, slides). A release whose schema records papers but not their links says so (the table a
line, the CSV a warning, the JSON ``links`` null), rather than showing none.
"""

from __future__ import annotations

import argparse

from . import TABLE, add_format_option, add_release_options, write_output

TYPE_CHECKING = False  # typing is not imported when the CLI is built (workshop-data --help stays fast)
if TYPE_CHECKING:
    from typing import Any

    from ..model import Paper, Release

FORMATS = (TABLE, "csv", "json")
#: The keys of each of a paper's links in the JSON: what it is (``paper_materials.kind``), the
#: word the site shows it by ("OpenReview", "Poster (2)"), its URL.
LINK_KEYS = ("kind", "label", "url")
#: A paper's fields in the CSV and JSON lists, in order: the CSV's header, also when no paper is listed.
#: ``links``: the links beside the PDF, ``Word: URL`` each (``OpenReview: https://…``), ``; `` between
#: them (a URL holds no space).
COLUMNS = ("paper_id", "title", "authors", "award", "presentation", "pdf_url", "links")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``papers`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "papers",
        help="list the accepted papers",
        description="List an edition's accepted papers in the site's order: title, authors, award, PDF and the "
        "links the site gives beside it (OpenReview, poster, slides).",
    )
    add_release_options(p)
    add_format_option(
        p,
        FORMATS,
        help="output format (default: table; where the release's schema records no papers, or it lists none (the "
        "site did not list them: how many is unknown), JSON's papers is null "
        "and the CSV, its header alone, comes with a warning on stderr; so with the papers' links: JSON's links "
        "null, the CSV's links column empty and a warning)",
    )
    return p


def run(args: argparse.Namespace) -> int:
    """Print the release's accepted papers; returns the exit status, 0 (errors raise)."""
    from ..loaders import load_release

    release = load_release(args.edition, args.release, args.data_dir)
    # a header alone reads as no papers, an empty links cell as no links: said where unknown
    unknown = (
        f"does not record accepted papers (its schema {release.schema_version} has none): the list is unknown, "
        "not empty"
        if not recorded(release)
        else "lists no accepted papers (the site's pages did not list them): how many the workshop accepted is "
        "unknown, not none"
        if not listed(release)
        else f"does not record the papers' links beside their PDFs (its schema {release.schema_version} has "
        "none): the links column is unknown, not empty"
        if not links_recorded(release)
        else None
    )
    advice = ""
    if unknown is not None and recorded(release) and not listed(release):
        advice = unlisted_advice(release, args.data_dir)
    elif unknown is not None:  # what the reader can do about it: a newer release, or publishing one
        from ..store import newest_name
        from ..words import papers_to_record

        newest = newest_name(release.edition, args.data_dir)
        advice = papers_to_record(release.edition, release.name, newest, args.data_dir)
    if args.format == "csv" and unknown is not None:
        import sys

        print(
            f"workshop-data: warning: release {release.name!r} of {release.edition!r} {unknown}; {advice}",
            file=sys.stderr,
        )
    write_output(render(release, args.format, advice))
    return 0


def unlisted_advice(release: Release, data_dir: str | None) -> str:
    """What to run or read where ``release`` lists no accepted papers
    (:func:`~workshop_data.words.papers_unlisted_advice`), from the data directory: the newest
    release of the edition that lists papers, and the last papers page of the edition the import
    could not read at or before ``release``'s publication, with no version of the page read and no
    release listing papers since (:func:`~workshop_data.siteimport.publishing.papers_unread`): why
    this one lists none (a page read after it that lists none is the site's list: not unread), and
    where none is, the last such failure the page's reading, deletion or move ended before the
    release (the edition had a papers page: not "never had a list")."""
    from ..siteimport.publishing import papers_unread
    from ..store import data_dir as root_of
    from ..store import release_summaries
    from ..words import papers_unlisted_advice

    summaries = release_summaries(release.edition, data_dir)
    listing = [(s["published"], s["release"], s["papers"]) for s in summaries if s["papers"]]
    published = release.published
    before = [
        (said, again)
        for at, said, again in papers_unread(root_of(data_dir), release.edition)
        if at <= published and not any(at <= when <= published for when, _, _ in listing)
    ]
    unread = [said for said, again in before if again is None or published < again]
    ended = [said for said, again in before if again is not None and again <= published]
    newest = (listing[-1][1], listing[-1][2]) if listing else None
    return papers_unlisted_advice(
        release.edition, newest, unread[-1] if unread else None, data_dir, ended[-1] if ended else None
    )


def recorded(release: Release) -> bool:
    """Whether the release's schema records accepted papers (a 1.0.0 release does not: its
    papers are unknown, where a release that records them and lists none has none)."""
    from ..schema import PAPERS

    return bool(release.recorded(PAPERS.name))


def listed(release: Release) -> bool:
    """Whether the release lists its accepted papers: where it records papers and has none, the
    site did not list them and how many there were is unknown
    (:func:`~workshop_data.model.listed`), not none."""
    from ..model import listed as listed_rows

    return listed_rows(len(release.papers) if recorded(release) else None) is not None


def links_recorded(release: Release) -> bool:
    """Whether the release records its papers' links beside their PDFs (``paper_materials``, as
    :mod:`workshop_data.changes` compares them): where it does not, they are unknown, not none."""
    from ..schema import PAPER_MATERIALS

    return recorded(release) and bool(release.recorded(PAPER_MATERIALS.name))


def render(release: Release, fmt: str, advice: str = "") -> str:
    """The papers of ``release`` as a readable list, CSV or JSON; ``advice``, where the papers or
    their links are unknown, what the readable list says last of where to find them or how to
    record them (:func:`~workshop_data.words.papers_to_record`)."""
    import json

    from ..links import PDF_WORD

    authors: dict[str, list[str]] = {}
    for a in sorted(release.authors, key=lambda a: (a.paper_id, a.position)):
        authors.setdefault(a.paper_id, []).append(a.name)
    papers = sorted(release.papers, key=lambda p: p.order)
    linked = links_recorded(release)
    rows: list[dict[str, Any]] = [  # keys: COLUMNS
        {
            "paper_id": p.paper_id,
            "title": p.title,
            "authors": authors.get(p.paper_id, []),
            "award": p.award,
            "presentation": p.presentation,
            "pdf_url": p.pdf_url,
            "links": _beside(release, p) if linked else [],
        }
        for p in papers
    ]
    known = recorded(release)
    if fmt == "json":  # papers null: unknown (the release's schema has no papers, or the site listed none)
        # a text the page does not print (no award, no PDF) is null, as in the schedule's JSON;
        # links (beside pdf_url): each its kind, its word and its URL; null where unknown
        entries = [
            {k: (v or None) if isinstance(v, str) else v for k, v in r.items()}
            | {"links": [dict(zip(LINK_KEYS, link, strict=True)) for link in r["links"]] if linked else None}
            for r in rows
        ]
        doc = {"edition": release.edition, "release": release.name, "papers": entries if listed(release) else None}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        from ..formats.text import spreadsheet_csv

        return spreadsheet_csv(
            list(COLUMNS),
            (
                [str(v) for v in {**r, "authors": "; ".join(r["authors"]), "links": _csv_links(r)}.values()]
                for r in rows
            ),
        )
    from ..formats.text import listed_text
    from ..words import papers_not_listed

    w = release.workshop
    count = listed_text(len(rows) if known else None, "accepted paper")
    lines = [f"{w.event_name} · release {release.name} · {count}", ""]
    for i, row in enumerate(rows, start=1):
        badges = ", ".join(b for b in (row["award"], row["presentation"]) if b)
        lines.append(f"{i:>3}. {row['title']}" + (f"  [{badges}]" if badges else ""))
        lines.append(f"     {', '.join(row['authors']) or 'authors not given'}")
        if row["pdf_url"]:
            lines.append(f"     {PDF_WORD}: {row['pdf_url']}")
        lines += [f"     {word}: {url}" for _, word, url in row["links"]]
    if not known:
        lines.append(f"This release's schema ({release.schema_version}) does not record accepted papers.")
    elif not rows:
        lines.append(papers_not_listed(release))
    elif not linked:
        lines.append(
            f"This release's schema ({release.schema_version}) does not record the papers' links beside their "
            "PDFs: they are unknown, not none."
        )
    if advice and (not known or not rows or not linked):
        lines.append(f"{advice[0].upper()}{advice[1:]}")  # no full stop: the command is copied as it is
    return "\n".join(lines) + "\n"


def _beside(release: Release, paper: Paper) -> list[tuple[str, str, str]]:
    """``(kind, word, url)`` of each link the site gives beside the paper's PDF, in page order,
    each by the word the site shows it by (:func:`~workshop_data.links.paper_links`)."""
    from ..links import paper_links

    found = release.materials_of_paper(paper.paper_id)
    shown = paper_links(paper.pdf_url, [(m.kind, m.url) for m in found])[1 if paper.pdf_url else 0 :]
    return [(m.kind, word, url) for m, (word, url) in zip(found, shown, strict=True)]


def _csv_links(row: dict[str, Any]) -> str:
    """The CSV's ``links`` cell: ``Word: URL`` each, ``; `` between them."""
    return "; ".join(f"{word}: {url}" for _, word, url in row["links"])

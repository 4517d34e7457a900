"""``workshop-releases`` (the releases of an edition, each read by :func:`workshop_data.load_release`,
cached by content) and ``workshop-editions`` (the editions in the data directory, from
:func:`workshop_data.editions`)."""

from __future__ import annotations

from typing import Any

from docutils import nodes

from .. import store
from ..defaults import LATEST
from ..formats.text import listed_cell
from ..model import listed, talks_listed
from ..schema import PAPERS, SLOTS, TALKS, WORKSHOP
from . import fingerprints as fp
from .base import Rows, WorkshopDirective, known, paragraph, read_cached, release_name, table, text
from .changelog import published_node, release_names_note, venue_published


class ReleasesDirective(WorkshopDirective):
    """Release | Published (UTC, and at the venue, as the changelog's entries) | Slots | Talks |
    Papers | Status, newest first as the changelog
    (:attr:`~workshop_data.model.Edition.newest_first`): "latest" for the newest that loads, at
    the top; one that does not load is left out with a warning, as in the changelog. A release
    that does not record papers (schema 1.0.0: :meth:`~workshop_data.model.Release.recorded`)
    shows its papers as unknown, not as none, and one with no paper row as "not listed" (the
    site did not list them then: :func:`~workshop_data.model.listed`), not as 0; so its slots
    and talks where it has no slot (a version of the pages from before the edition's schedule)."""

    def build(self) -> list[nodes.Node]:
        # the releases as the loaders read them, cached by content (the changelog reads them too);
        # one that does not load is skipped with a warning naming its folder. The page depends
        # only on what it shows of each: name, date, the venue's zone (its workshop row) and counts.
        edition = self.edition_releases(shows=("meta", WORKSHOP, Rows(SLOTS), Rows(TALKS), Rows(PAPERS)))
        rows = []
        for rel in edition.newest_first:
            rows.append(
                [
                    [nodes.paragraph("", "", release_name(rel.name))],
                    [nodes.paragraph("", "", published_node(rel), *venue_published(rel))],
                    listed_cell(listed(len(rel.slots))),
                    listed_cell(talks_listed(len(rel.talks), len(rel.slots))),
                    listed_cell(listed(len(rel.papers)), bool(rel.recorded(PAPERS.name))),
                    "latest" if rel is edition.latest else "",
                ]
            )
        return [
            release_names_note(self, edition.releases),
            table(
                ["Release", "Published", "Slots", "Talks", "Papers", "Status"],
                rows,
                widths=[3, 3, 1, 1, 1, 1],
                classes=["wd-releases"],
            ),
        ]


class EditionsDirective(WorkshopDirective):
    """Edition | Series | Conference | Date | Venue | Releases | Latest release (``unknown`` where the
    edition's latest release does not say). Where every edition is of one series, a sentence
    above the table names it and the column is left out (nine rows of "ML for Systems" pushed
    the release columns out of sight at 1280 px)."""

    def build(self) -> list[nodes.Node]:
        import workshop_data as wd

        root = self.root()
        self.depend(fp.key("editions", str(root)))
        for name in store.edition_names(root):
            self.depend(fp.key("releases", str(root), name))
            latest = store.release_path(name, LATEST, root, reader=read_cached)
            self.depend(fp.key("file", str(latest / WORKSHOP.path)))
        df = wd.editions(data_dir=root)
        series = set(df["series"].dropna())
        one = len(series) == 1 and not df["series"].isna().any()
        days = df["date"].dt.strftime("%Y-%m-%d")  # the day; NaT (not known) stays missing: unknown
        rows = [
            [
                [nodes.paragraph("", "", nodes.literal("", str(r.edition)))],
                *([] if one else [known(r.series)]),
                known(r.conference),
                known(day),
                known(r.venue),
                str(r.releases),
                text(r.latest),
            ]
            for r, day in zip(df.itertuples(), days, strict=True)
        ]
        headers = ["Edition", *([] if one else ["Series"]), "Conference", "Date", "Venue", "Releases", "Latest release"]
        widths = [2, *([] if one else [2]), 2, 2, 3, 1, 2]
        shown = table(headers, rows, widths=widths, classes=["wd-editions", *(["wd-one-series"] if one else [])])
        if not one:
            return [shown]
        n = len(df)
        every = "The edition is" if n == 1 else f"All {n} editions are"
        return [paragraph(f"{every} of the {next(iter(series))} series."), shown]


def setup_releases(app: Any) -> None:
    """Register ``workshop-releases`` and ``workshop-editions``."""
    app.add_directive("workshop-releases", ReleasesDirective)
    app.add_directive("workshop-editions", EditionsDirective)

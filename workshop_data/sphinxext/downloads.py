"""``workshop-downloads``: the shown release in every export format of the package.

One file per entry of :data:`workshop_data.formats.FORMATS` except the readable ``table``,
written at build time by the format's writer from the release the loaders read, and linked
from the page. Formats added to the registry appear without a change here.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

from ..formats import CSV_GUARD_FOR_READERS, FORMATS, suffix, writer
from . import generated
from .base import WorkshopDirective, paragraph, release_name

#: Formats not offered as downloads (the CLI's readable table).
SKIPPED = frozenset({"table"})
#: What the data page says of a format whose one-line description (:data:`~workshop_data.formats.FORMATS`,
#: the CLI's ``--help``) is written for a developer: the CSV's said its guard as "(a spreadsheet's
#: formula)" and "(where a spreadsheet splitting lines at ; starts a cell)". The guard itself is
#: said once per page (:func:`csv_guard`).
FOR_READERS = {
    "csv": "the schedule for a spreadsheet: one row per slot, each time with its offset from UTC (ISO 8601).",
}
#: The id of the page's paragraph saying the CSV guard (:func:`csv_guard`).
GUARD_ID = "csv-guard"
#: What a file guarded as the paragraph says points to it with, where the page said it before.
GUARDED_AS_ABOVE = ("Formulas are guarded as ", "said above", ".")


def csv_guard(directive: WorkshopDirective) -> list[nodes.Node]:
    """The CSV guard for a reader (:data:`~workshop_data.formats.CSV_GUARD_FOR_READERS`) as said
    on the page of ``directive``: the wording the first time the page says it (the data page's
    spreadsheet copies of the release's own files, or its CSV export where a page has no such
    copies), then a link to it. The data page said the whole paragraph twice, a few lines apart."""
    document = directive.state.document
    if GUARD_ID in document.ids:
        before, words, after = GUARDED_AS_ABOVE
        return [nodes.Text(before), nodes.reference("", words, internal=True, refid=GUARD_ID), nodes.Text(after)]
    guard = nodes.inline("", CSV_GUARD_FOR_READERS, ids=[GUARD_ID])
    document.ids[GUARD_ID] = guard
    return [guard]


def file_name(edition: str, release: str, fmt: str) -> str:
    """The file of a release in format ``fmt``: ``neurips2024-2024-11-20.csv``; the format's name
    joins when it differs from its suffix (``neurips2024-2024-11-20.frab-xml.xml``)."""
    stem, ending = f"{edition}-{release}", suffix(fmt)
    return f"{stem}{ending}" if fmt == ending.lstrip(".") else f"{stem}.{fmt}{ending}"


def release_file(edition: str, release: str, name: str) -> str:
    """Where a file of a release is published among the site's generated files:
    ``<edition>/<release>/<name>`` (its exports, its calendars, its own descriptor and CSVs)."""
    return f"{edition}/{release}/{name}"


class DownloadsDirective(WorkshopDirective):
    """A list of links to the release in each format."""

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder()
        release = self.load("load_release", folder, digest)
        items = nodes.bullet_list("", classes=["wd-downloads"])
        for fmt, (_, _, _, description) in FORMATS.items():
            description = FOR_READERS.get(fmt, description)
            if fmt in SKIPPED:
                continue
            name = file_name(release.edition, release.name, fmt)
            path = release_file(release.edition, release.name, name)
            # the calendar with the edition's history for SEQUENCE, as `export` writes it, and
            # built once with the slots' calendars
            text = self.calendars(folder, digest)[0] if fmt == "ics" else writer(fmt)(release)
            link = generated.add_file(self.env, self.env.docname, path, text, name)
            guard = [nodes.Text(" "), *csv_guard(self)] if fmt == "csv" else []
            items += nodes.list_item("", paragraph(link, f" — {description}", *guard))
        intro = paragraph("Release ", release_name(release.name), ", generated from the data at build time:")
        return [intro, items]


def setup_downloads(app: Any) -> None:
    """Register ``workshop-downloads``."""
    app.add_directive("workshop-downloads", DownloadsDirective)

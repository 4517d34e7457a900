"""``workshop-release-files``: the release's own files (its ``datapackage.json`` and CSV
files), byte for byte, beside the exports.

They are published in one folder, so the descriptor's relative paths and SHA-256 hashes hold:
point a Frictionless client (or ``workshop-data validate``) at the downloaded folder. Being data,
they hold a value starting with ``=`` or ``+`` as it is, which a spreadsheet opening the file runs
as a formula (2018's ``+ Coffee Break``; a title ``=cmd|' /C calc'!A0``), and for the papers and
people they were the site's only files: each CSV has a copy for a spreadsheet beside it
(``papers.spreadsheet.csv``), every cell guarded as the CSV export guards it
(:func:`~workshop_data.formats.text.spreadsheet_copy`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes

from ..defaults import DESCRIPTOR
from ..formats.text import spreadsheet_copy
from . import generated
from .base import WorkshopDirective, paragraph, read_descriptor
from .downloads import csv_guard, release_file

#: The suffix of a release file's copy for a spreadsheet: ``papers.spreadsheet.csv``.
SPREADSHEET_SUFFIX = ".spreadsheet.csv"


class ReleaseFilesDirective(WorkshopDirective):
    """A list of links to the descriptor and each resource's CSV file, then to each CSV file's
    copy for a spreadsheet."""

    def build(self) -> list[nodes.Node]:
        folder, _ = self.release_folder()
        descriptor = read_descriptor(folder)
        files = [(DESCRIPTOR, "the Frictionless descriptor: resources, columns, types, hashes")]
        files += [(str(r["path"]), str(r.get("title", r["name"]))) for r in descriptor.get("resources", [])]
        items = nodes.bullet_list("", classes=["wd-release-files"])
        copies = nodes.bullet_list("", classes=["wd-spreadsheet-files"])
        for name, what in files:
            data = (folder / name).read_bytes().decode("utf-8")
            items += nodes.list_item("", paragraph(self._file(folder, name, data), f" — {what}"))
            if name.endswith(".csv"):
                copy = name.removesuffix(".csv") + SPREADSHEET_SUFFIX
                copies += nodes.list_item("", paragraph(self._file(folder, copy, spreadsheet_copy(data))))
        intro = paragraph(
            "Release ",
            nodes.literal("", folder.name),
            " as published (schema version ",
            str(descriptor["schema_version"]),
            "):",
        )
        spreadsheet = paragraph(
            "These files are data, each value as published. For a spreadsheet, open these copies instead. ",
            *csv_guard(self),
        )
        return [intro, items, spreadsheet, copies]

    def _file(self, folder: Path, name: str, text: str) -> nodes.Node:
        """The link to ``name`` of the release in ``folder``, published holding ``text``."""
        path = release_file(folder.parent.name, folder.name, name)
        return generated.add_file(self.env, self.env.docname, path, text, name)


def setup_releasefiles(app: Any) -> None:
    """Register ``workshop-release-files``."""
    app.add_directive("workshop-release-files", ReleaseFilesDirective)

"""``workshop-release-files``: the release's own files (its ``datapackage.json`` and CSV
files), byte for byte, beside the exports.

They are published in one folder, so the descriptor's relative paths and SHA-256 hashes hold:
point a Frictionless client (or ``workshop-data validate``) at the downloaded folder.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

from ..defaults import DESCRIPTOR
from . import generated
from .base import WorkshopDirective, paragraph, read_descriptor
from .downloads import release_file


class ReleaseFilesDirective(WorkshopDirective):
    """A list of links to the descriptor and each resource's CSV file."""

    def build(self) -> list[nodes.Node]:
        folder, _ = self.release_folder()
        descriptor = read_descriptor(folder)
        files = [(DESCRIPTOR, "the Frictionless descriptor: resources, columns, types, hashes")]
        files += [(str(r["path"]), str(r.get("title", r["name"]))) for r in descriptor.get("resources", [])]
        items = nodes.bullet_list("", classes=["wd-release-files"])
        for name, what in files:
            data = (folder / name).read_bytes().decode("utf-8")
            path = release_file(folder.parent.name, folder.name, name)
            link = generated.add_file(self.env, self.env.docname, path, data, name)
            items += nodes.list_item("", paragraph(link, f" — {what}"))
        intro = paragraph(
            "Release ",
            nodes.literal("", folder.name),
            " as published (schema version ",
            str(descriptor["schema_version"]),
            "):",
        )
        return [intro, items]


def setup_releasefiles(app: Any) -> None:
    """Register ``workshop-release-files``."""
    app.add_directive("workshop-release-files", ReleaseFilesDirective)

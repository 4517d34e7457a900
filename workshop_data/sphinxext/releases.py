"""``workshop-releases`` (the releases of an edition) and ``workshop-editions`` (the editions
in the data directory), as tables from :func:`workshop_data.releases` and
:func:`workshop_data.editions`."""

from __future__ import annotations

from typing import Any

from docutils import nodes

from .. import store
from . import fingerprints as fp
from .base import WorkshopDirective, table, text


class ReleasesDirective(WorkshopDirective):
    """Release | Published (UTC) | Slots | Talks | Status ("latest" for the newest)."""

    def build(self) -> list[nodes.Node]:
        import workshop_data as wd

        root = self.root()
        for name in store.release_names(self.edition, root):  # each one's name, date and counts
            self.release_folder(name, shows=("meta", "rows:slots.csv", "rows:talks.csv"))
        self.depend(fp.key("releases", str(root), self.edition))
        df = wd.releases(self.edition, data_dir=root)
        rows = [
            [
                [nodes.paragraph("", "", nodes.literal("", str(r.release)))],
                f"{r.published:%Y-%m-%d %H:%M}",
                str(r.slots),
                str(r.talks),
                "latest" if r.latest else "",
            ]
            for r in df.itertuples()
        ]
        return [
            table(
                ["Release", "Published (UTC)", "Slots", "Talks", "Status"],
                rows,
                widths=[3, 3, 1, 1, 1],
                classes=["wd-releases"],
            )
        ]


class EditionsDirective(WorkshopDirective):
    """Edition | Series | Conference | Date | Venue | Releases | Latest release."""

    def build(self) -> list[nodes.Node]:
        import workshop_data as wd

        root = self.root()
        self.depend(fp.key("editions", str(root)))
        for name in store.edition_names(root):
            self.depend(fp.key("releases", str(root), name))
            latest = store.release_path(name, store.LATEST, root)
            self.depend(fp.key("file", str(latest / "workshop.csv")))
        df = wd.editions(data_dir=root)
        rows = [
            [
                [nodes.paragraph("", "", nodes.literal("", str(r.edition)))],
                text(r.series),
                text(r.conference),
                text(r.date),
                text(r.venue),
                str(r.releases),
                text(r.latest),
            ]
            for r in df.itertuples()
        ]
        headers = ["Edition", "Series", "Conference", "Date", "Venue", "Releases", "Latest release"]
        return [table(headers, rows, widths=[2, 2, 2, 2, 3, 1, 2], classes=["wd-editions"])]


def setup_releases(app: Any) -> None:
    """Register ``workshop-releases`` and ``workshop-editions``."""
    app.add_directive("workshop-releases", ReleasesDirective)
    app.add_directive("workshop-editions", EditionsDirective)

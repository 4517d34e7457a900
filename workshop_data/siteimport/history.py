"""The site's git history as every edition's releases.

For each commit, oldest first, the data pages it touched are read and given to their edition
(:mod:`.editions`); each edition keeps the last readable version of each of its pages
(:mod:`.pages`). An
edition whose pages changed is assembled into a :class:`~workshop_data.model.Release` (the
schedule through :mod:`workshop_data.importer`, the home page's people (and the schedule page's
speakers it lacks: ISCA 2019's) and the accepted papers through their parsers), given ids, and
compared with the edition's previous release: when its data changed it becomes a release,
published at the commit's author time (UTC) (:mod:`.assembly`, :mod:`.edition_history`).

Ids: slots, talks and people are carried from the previous release in publication order (a
pinned release published before the commit it was made from included, :class:`.pins.Pins`;
:func:`workshop_data.identity.carry_ids`), the releases before a pinned release taking its slot
and talk ids for what they share with it (:func:`.release_ids.toward_pin`: its ids are fixed), and never
reused within an edition's whole history;
a person has one id across editions (normalised name and :mod:`workshop_data.aliases`, with the data
directory's own entries: :func:`workshop_data.aliases.of_directory`, the import's own table); a paper keeps its id
when its title is corrected. A release is named by its own publication time, ``YYYY-MM-DD.HHMM``
in UTC (:func:`workshop_data.ids.release_name`): unique, sortable, and stable when a later import finds more
releases.

A page that cannot be read is reported (commit, upstream commit, file and row) and the
edition keeps its previous version of that page; nothing stops the other editions.

A commit authored after the import's clock (a wrong clock, ``--date`` given by hand: the year
3000) has no time its release can be published at, and would date every later release of its
edition, each published "no earlier than" it (:func:`.edition_history._published`). Its time is not trusted:
the commit is reported and read together with the next commit of the history authored before
the clock (:func:`.dating.dated`), whose tree holds its changes, so its pages are published in that
commit's release, at that commit's time: the site had them by then, and no release is dated
at a time the history does not give. Commits after the last such commit are not read (there is
no time to publish them at); the report names them. A commit authored at a time no date holds
(``--date=@99999999999999``, or before 1970: :data:`.git.NO_TIME`) is read so too: it stopped the
import of every edition, run after run.

The whole history is planned in memory first (:func:`.planning.plan`); publishing
(:func:`.publishing.publish`) writes each missing release
atomically (:func:`workshop_data.datapackage.write_release`), so nothing is half-written and a
second run writes nothing.

This module is the import's one way in (:func:`import_site`, the CLI's ``import-site``); the
modules named above hold each step, below it (``tests/test_layers.py``: ``SITEIMPORT_LAYERS``).
"""

from __future__ import annotations

from pathlib import Path

from .. import collector
from ..aliases import of_directory
from ..datapackage import publishing
from ..errors import WorkshopDataError
from ..importer.page import check_libxml2
from ..importer.release import other_editions
from .planning import plan
from .publishing import publish, record_papers_unread, record_read, recorded
from .report import Report

__all__ = ["Report", "import_site", "plan", "publish"]


def import_site(repo: str | Path, data_dir: str | Path) -> Report:
    """Publish every edition's missing releases from a site repository's history into
    ``data_dir`` (created when absent)."""
    check_libxml2()  # before the history is read
    report = Report()
    root = Path(data_dir)
    if root.exists() and not root.is_dir():  # said before the history is read, not after
        raise WorkshopDataError(f"{root}: cannot write: not a directory (a data directory holds editions' folders)")
    # people told apart by the package's alias table and the data directory's own entries
    table = of_directory(root, lambda: other_editions(None, root))
    with collector.paused():  # what the import reads and makes lives until it ends
        releases = plan(repo, report, recorded(root), table)  # read before anything is written
        with publishing(root):  # made when absent; another import into it waits
            publish(releases, data_dir, report)
            record_read(root, report)
            record_papers_unread(root, report)
            return report

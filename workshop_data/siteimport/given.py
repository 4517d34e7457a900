"""An edition's home page and accepted papers given to ``workshop-data import`` beside its schedule page.

An organizer who keeps the workshop as data (not as a Jekyll site's git history, which
``import-site`` reads) gives a release's speakers, committees and accepted papers as the site's own
pages: the edition's ``index.md`` (speakers with bios, photos and links; committees with
affiliations; the contact) and ``accepted_papers.md`` (a static list, or a Liquid loop over
``_data/<edition>/papers.csv``, which is looked for in the page's folder and each folder above
it: the site's root). They are read by the readers ``import-site`` reads every version of the
site's history with (:func:`.home.parse_home`, :func:`.home.parse_speakers`,
:func:`.papers.parse_papers`, :func:`.papers.parse_index_papers`, checked by
:func:`.entry_texts.checked`), joined to the schedule as its assembly joins a version of the
site's pages (:func:`.assembly.with_pages`), and a paper keeps its id by the history's rule
(:class:`.release_ids.EditionIds`): one reading of a page and one rule of ids, whichever command
reads it. People's ids are the import's (:func:`workshop_data.importer.release.across_editions`,
the registry :class:`workshop_data.aliases.PersonIds`): a speaker of an earlier edition keeps their id.

Why a module of its own: the import of a page (:mod:`workshop_data.importer`) sits below the site
import and cannot read these pages itself; it takes them as an
:class:`~workshop_data.importer.release.OtherPages`, which :class:`GivenPages` is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..aliases import AliasTable
from ..errors import WorkshopDataError
from ..importer.page import read_text, split_front_matter
from ..importer.workshop import (
    edition_named,
    front_venue,
    one_edition_named,
    one_year_printed,
    short_description_agrees,
    workshop_of,
)
from ..model import Release, Workshop
from .assembly import with_pages
from .entry_texts import checked
from .home import parse_home, parse_speakers
from .paperlist import distinct_titles, merge_index
from .papers import data_files, delimited, papers_data_path, parse_index_papers, parse_papers
from .records import HomePage, PaperEntry, RoleEntry
from .release_ids import EditionIds


@dataclass(frozen=True)
class GivenPages:
    """What an edition's home page and papers page, given to ``import``, say (None: not given)."""

    #: The home page's people, roles and contact.
    home: HomePage | None = None
    #: The venue its front matter gives (empty: none).
    venue: str = ""
    #: The schedule page's speaker blocks (read with the home page: they give a speaker's talk).
    speakers: tuple[RoleEntry, ...] = ()
    #: The papers page's papers.
    listed: tuple[PaperEntry, ...] | None = None
    #: The home page's own table of accepted papers (NeurIPS 2022's shape).
    index_papers: tuple[PaperEntry, ...] = ()
    #: The files the papers were read from, as a warning about them names them (empty: none).
    papers_from: str = ""
    #: The home page's path and front matter (None: no home page given).
    front: tuple[str, dict[str, Any]] | None = None

    @property
    def home_from(self) -> str:
        """The home page's file (empty: not given), as a warning about its people names it."""
        return self.front[0] if self.front is not None else ""

    @property
    def said(self) -> frozenset[str]:
        """What the release takes from these pages (:class:`~workshop_data.importer.release.OtherPages`)."""
        roles = {"roles"} if self.home is not None else set()
        papers = {"papers"} if self.listed is not None or self.index_papers else set()
        return frozenset(roles | papers)

    def facts(self, edition: str, timezone: str | None, kept_zone: str | None = None) -> Workshop | None:
        """The workshop's facts the home page's front matter gives, as a release with no schedule
        holds them (:meth:`.pages.Pages.unscheduled`: import-site's, from the same front matter):
        its day where it gives one (else unknown: no time needs it), its venue and contact; the zone
        ``timezone`` (``--timezone``), else its own ``timezone:``, else ``kept_zone`` (the edition's
        newest release's); none of them is an error naming the page. None when no home page was given."""
        if self.front is None:
            return None
        path, front_matter = self.front
        one_edition_named(path, front_matter)
        one_year_printed(path, front_matter)
        short_description_agrees(path, front_matter)
        zone = timezone or (None if front_matter.get("timezone") else kept_zone)
        contact = self.home.contact_email if self.home is not None else ""
        return workshop_of(path, front_matter, contact, edition, zone, day_required=False)

    def add_to(self, release: Release, history: Sequence[Release], table: AliasTable) -> Release:
        """``release`` (the schedule page's, fresh ids) with what the pages say (fresh ids, people
        told apart by ``table``, the import's alias table), its papers' ids settled against
        ``history`` (the edition's releases, oldest first)."""
        papers = merge_index(self.listed or (), self.index_papers)
        joined = with_pages(release, self.home or HomePage(), papers, self.speakers, self.venue, table=table)
        return EditionIds.of(history).settle_papers(history[-1] if history else None, joined)


def _page_text(path: Path, edition: str, what: str) -> tuple[str, dict[str, Any]]:
    """The text and front matter of a page of ``edition`` given beside the schedule page; one
    naming another edition (last year's page, its front matter not yet edited) is refused."""
    text = read_text(path, what)
    front_matter = split_front_matter(path, text)[0]
    named = edition_named(str(path), front_matter)
    if named and named != edition:
        raise WorkshopDataError(
            f"{path}: the page is edition {named!r} (its front matter's workshop_name or site_description), not "
            f"{edition!r}: {what} of another edition; make its front matter name {edition!r}"
        )
    return text, front_matter


def data_file(page: Path, source: str) -> Path | None:
    """The data file ``source`` (``_data/<edition>/papers.csv``, as the papers page's Liquid loop
    names it) in the folder of ``page`` or the nearest folder above it that has it (the Jekyll
    site's root), else None."""
    folder = page.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / source).is_file():
            _refuse_links(candidate, source)
            return candidate / source
    return None


def _refuse_links(root: Path, source: str) -> None:
    """A one-line error naming the first symbolic link on the way from the site's ``root`` to
    its data file ``source``: the papers page names the file (a contributor writes it), and
    GitHub Pages builds in Jekyll's safe mode, which reads no symbolic link among the data files,
    so the site never shows what one points to (``_data/x/papers.csv -> ~/attendees.csv``)."""
    place = root
    for part in Path(source).parts:
        place = place / part
        if place.is_symlink():
            raise WorkshopDataError(
                f"{place}: a symbolic link, which Jekyll's safe mode (GitHub Pages) does not read: "
                "the papers' data file is the site's own file"
            )


def read_given(
    edition: str,
    schedule: str | Path | None,
    home: str | Path | None = None,
    papers: str | Path | None = None,
    *,
    table: AliasTable,
) -> GivenPages:
    """The edition's ``home`` page and ``papers`` page (either may be None), read for an import of
    its ``schedule`` page (None: a release with no schedule page, the home page's speaker blocks
    alone giving the talks), the home page's speakers told apart by ``table`` (the import's alias
    table: :func:`workshop_data.aliases.of_directory` of the data directory); a one-line
    :class:`WorkshopDataError` naming the file, its line or row (a CSV's row) and what is wrong,
    when one cannot be read."""
    found = GivenPages()
    if home is not None:
        path = Path(home)
        text, front_matter = _page_text(path, edition, "a home page")
        speakers = () if schedule is None else parse_speakers(read_text(schedule), str(schedule)) or ()
        found = GivenPages(
            home=checked(str(path), parse_home(text, str(path), table)),
            venue=front_venue(str(path), front_matter),
            speakers=checked(str(schedule), speakers),
            index_papers=checked(str(path), distinct_titles(parse_index_papers(text, str(path)), str(path))),
            front=(str(path), front_matter),
        )
        if found.index_papers:
            found = replace(found, papers_from=str(path))
    if papers is None:
        return found
    path = Path(papers)
    text = _page_text(path, edition, "a papers page")[0]
    named = papers_data_path(text)
    source, csv_file = named, None
    for source in data_files(named) if named else ():  # the one Jekyll reads
        csv_file = data_file(path, source)
        if csv_file is not None:
            break
    csv_text = read_text(csv_file, "a data file", bom=delimited(csv_file.name)) if csv_file is not None else None
    where = f"{path} (with {csv_file})" if csv_file is not None else str(path)
    try:
        read = parse_papers(text, str(path), csv_text, source if csv_file is not None else None)
        listed = checked(str(path), distinct_titles(read, where))
    except WorkshopDataError as exc:  # the reader names the CSV as the site names it: name the file read
        said = str(exc)
        if csv_file is None or source is None or not said.startswith(f"{source}: "):
            raise
        raise WorkshopDataError(f"{csv_file}{said[len(source) :]}") from None
    papers_from = " and ".join(x for x in (found.papers_from, where) if x)
    return replace(found, listed=listed, papers_from=papers_from)

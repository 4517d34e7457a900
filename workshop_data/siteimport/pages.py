"""An edition's pages as the history gives them, read version by version, each text parsed once.

:class:`Pages` keeps the last readable version of each of an edition's pages (the schedule built
into a release with fresh ids, the home page's people, the accepted papers); :func:`read_page`
parses one page version into it (raising, and leaving it as it was, when the version cannot be
read: the edition keeps its previous one); :class:`Parsed` remembers every parse of the import
by what its result depends on, so that a text the history shows again is parsed once.

Why a module of its own: reading a page version is the only place the import meets the site's
text (the parsers, the site's description, a path that is no file); what is made of the pages
(:mod:`.assembly`) and when (:mod:`.edition_history`) reads :class:`Pages` only.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from ..aliases import AliasTable
from ..errors import WorkshopDataError
from ..ids import title_key
from ..importer.page import (
    Page,
    decode_page,
    front_matter_text,
    holds_liquid,
    page_body,
    parse_page,
    split_front_matter,
)
from ..importer.release import build_release
from ..importer.workshop import front_text, front_venue, parse_description, workshop_of
from ..links import SITE
from ..model import NOT_PRINTED, Author, Correction, Paper, Person, Release, Role
from . import git
from .editions import AT_SITE, URL_FILTERS, PagePath, Served, Site, served_folder
from .entry_texts import checked
from .facts import FACTS, REVIEWED_IN
from .home import parse_home, parse_speakers
from .inpage_schedule import schedule_page, with_read_times, with_talk_times
from .paperlist import distinct_titles, foreign, merge_index
from .papers import data_files, delimited, papers_data_path, parse_index_papers, parse_papers
from .records import HomePage, PaperEntry, RoleEntry

#: The publication time of a release the pages make before it is published (its name and time
#: are a commit's, given when it becomes a release).
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


_T = TypeVar("_T")


#: A Liquid output Jekyll fills from ``_config.yml`` alone (:func:`served`): ``{{ site.url }}``,
#: ``{{ site.baseurl }}``, or either or a quoted path through ``relative_url`` or ``absolute_url``.
_SITE_OUTPUT = re.compile(
    r"""\{\{\s*(?:site\.(?P<var>url|baseurl)|"(?P<dq>[^"{}\n]*)"|'(?P<sq>[^'{}\n]*)')"""
    rf"""\s*(?:\|\s*(?P<filter>{"|".join(URL_FILTERS)})\s*)?\}}\}}"""
)
#: Liquid's whitespace control: ``{{-`` takes the white space before the output away, ``-}}``
#: the white space after it (:func:`served`), line breaks too: the text Jekyll makes has fewer
#: lines than the file, and a problem is named by the file's line (:class:`ServedText`).
_TRIMMING = r"\s*\{\{-|-\}\}\s*"  # compiled where a page has it (re keeps it), not at every import
#: What starts a link a browser reads against the page's own address (:func:`served`, where the
#: readers make a path from the root absolute): one that has no scheme and starts with no ``/``,
#: ``#`` or Liquid. Each with a word of its own to look for, each looked for alone: a search for
#: all at once costs what looking at every character of every page does (0.9 % of an import).
_RELATIVE = tuple(
    re.compile(start + r"""(?![/#'"{]|[A-Za-z][\w+.-]*:)""")
    for start in (r"""href\s*=\s*["']""", r"""src\s*=\s*["']""", r"""url\(\s*['"]?""", r"""\]\(\s*<?""")
)
#: A link a page prints: an ``href`` or ``src`` attribute's value, a style's ``url(…)``, a
#: Markdown link's or image's target (the group ``url``, ``other``, ``css`` or ``md``).
_LINKED = re.compile(
    r"""\b(?:href|src)\s*=\s*(?:"(?P<url>[^"]*)"|'(?P<other>[^']*)')"""
    r"""|url\(\s*['"]?(?P<css>[^'")]+?)['"]?\s*\)|\]\(\s*<?(?P<md>[^)\s>]+)"""
)


def _filled(site: Site, match: re.Match[str]) -> str:
    """What Jekyll prints for one :data:`_SITE_OUTPUT`."""
    var = match.group("var")
    quoted = match.group("dq") if match.group("dq") is not None else match.group("sq")
    value: str = getattr(site, var) if var else quoted
    used = match.group("filter")
    return site.filtered(used, value) if used else value


def _at_site(at: Served, match: re.Match[str]) -> str:
    """One :data:`_LINKED` with its URL as a browser reads it where the page is served
    (:meth:`.editions.Served.link`). A link that holds Liquid (after the site's outputs are filled)
    is a papers loop's (any other Liquid is refused): it is read in each row the loop prints, as
    the browser reads the row's attribute (:func:`.papers.parse_papers`)."""
    name = next(n for n in ("url", "other", "css", "md") if match.group(n) is not None)
    value: str = match.group(name).strip()
    whole: str = match.group(0)
    joined = value if "{{" in value or "{%" in value else at.link(value)
    if joined == value:
        return whole
    start, end = match.span(name)
    return whole[: start - match.start()] + joined + whole[end - match.start() :]


class ServedText(str):
    """A page's text as Jekyll serves it (:func:`served`) whose whitespace control took line breaks
    away (:data:`_TRIMMING`): the readers name a problem by the line of this text, which the
    organizer does not see; :func:`as_written` names it by the file's line. :attr:`joined` says,
    for each place line breaks were taken, the line of this text where they were and how many."""

    joined: tuple[tuple[int, int], ...] = ()


def _trimmed(body: str, first: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``body`` (its first line the page's line ``first``) with the white space Liquid's whitespace
    control takes away taken (:data:`_TRIMMING`), and where it took line breaks
    (:attr:`ServedText.joined`)."""
    joined: list[tuple[int, int]] = []
    taken = 0

    def trim(match: re.Match[str]) -> str:
        nonlocal taken
        breaks = match.group().count("\n")
        if breaks:
            joined.append((first + body.count("\n", 0, match.start()) - taken, breaks))
            taken += breaks
        return "{{" if match.group().endswith("-") else "}}"

    return re.sub(_TRIMMING, trim, body), tuple(joined)


def as_written(exc: WorkshopDataError, path: str, text: str) -> WorkshopDataError:
    """``exc``, a problem of the page ``path`` read as ``text``, naming the line of the file where it
    names the line of the text served (:class:`ServedText`: the whitespace control took line
    breaks away); a problem on a line the whitespace control joined is named by the first of the
    file's lines it joined. ``exc`` itself when it names no line of the page or none moved."""
    joined = text.joined if isinstance(text, ServedText) else ()
    head = f"{path}: line "
    message = str(exc)
    line = re.match(r"\d+", message[len(head) :]) if joined and message.startswith(head) else None
    if line is None:
        return exc
    number = int(line.group())
    written = number + sum(breaks for at, breaks in joined if at < number)
    return exc if written == number else WorkshopDataError(f"{head}{written}{message[len(head) + line.end() :]}")


def page_served(path: str, text: str, site: Site) -> Served:
    """Where Jekyll serves the page ``path`` of ``text`` from ``site``: at its folder, or its front
    matter's ``permalink`` (:func:`.editions.served_folder`)."""
    permalink = None
    if "permalink" in front_matter_text(text):  # the pages' usual case: a search of the front matter alone
        permalink = split_front_matter(Path(path), text)[0].get("permalink")
    return site.served(served_folder(path, permalink))


def served(text: str, site: Site, path: str = "") -> str:
    """A page's text as Jekyll serves it from ``site`` at ``path``: its body's Liquid outputs of
    the site's ``url`` and ``baseurl`` filled (:data:`_SITE_OUTPUT`; any other Liquid is refused
    where the page is read), and its links that are paths made absolute as a browser reads them
    where the page is served (:func:`page_served`: a path from the site's root at its ``url``,
    another at the page's own folder under the base URL), as the readers make a path from the
    root absolute against :data:`~workshop_data.links.SITE` (left to them where the site is that
    one). Its front matter, which Jekyll runs no Liquid over, as written; ``text`` itself when
    nothing changes (the pages' usual case)."""
    body = page_body(text)
    at = page_served(path, text, site)
    liquid = holds_liquid(body)  # one search for its readers too (one of "{{" of its own cost 0.4 % of an import)
    if not liquid and at.base == SITE:
        return text
    filled, joined = body, ServedText.joined
    if liquid and ("{{-" in body or "-}}" in body):
        filled, joined = _trimmed(body, text.count("\n", 0, len(text) - len(body)) + 1)
    if liquid:
        filled = _SITE_OUTPUT.sub(lambda m: _filled(site, m), filled)
    if at.base != SITE and (not at.at_site or any(start.search(filled) for start in _RELATIVE)):
        filled = _LINKED.sub(lambda m: _at_site(at, m), filled)
    if filled == body:
        return text
    if not joined:
        return text[: len(text) - len(body)] + filled
    shown = ServedText(text[: len(text) - len(body)] + filled)
    shown.joined = joined
    return shown


@dataclass
class Parsed:
    """Every page version parsed so far, by what its result depends on (the blob id of its text,
    its path, its edition…): a text the history shows again (a page moved to its folder, a
    revert) is parsed once. A failure is remembered too, and raised again. Every parse is the
    import's: its people told apart by the import's alias table (:attr:`table`)."""

    #: The alias table the import tells names apart by (:func:`workshop_data.aliases.of_directory`):
    #: given, never defaulted (a forgotten table was the package's, silently).
    table: AliasTable
    results: dict[tuple[str, ...], object] = field(default_factory=dict)
    #: The people parts of assemblies (:func:`.assembly._people_part_of`), with the parsed pages they were
    #: made from.
    people: dict[tuple[object, ...], tuple[tuple[object, ...], PeoplePart]] = field(default_factory=dict)
    #: Each edition's last people part made, with what it was made from (their values).
    last_people: dict[str, tuple[tuple[object, ...], PeoplePart]] = field(default_factory=dict)
    #: Each edition's last assembly (:func:`.assembly.assembled`), with what it was made from (their values).
    last_assembled: dict[str, tuple[tuple[object, ...], Release | None]] = field(default_factory=dict)
    #: Where the site is served at the commit being read, when its ``_config.yml`` says
    #: (:func:`served`; None: it says neither url nor baseurl): a page version's text as served,
    #: and so all that is parsed of it, depends on it.
    site: Site | None = None

    def get(self, key: tuple[str, ...], parse: Callable[[], _T]) -> _T:
        """``parse()``, or its result (or error) from the first time ``key`` was asked (at the same
        :attr:`site`)."""
        if self.site is not None:
            key = (*key, self.site.url, self.site.baseurl)
        if key not in self.results:
            try:
                self.results[key] = parse()
            except WorkshopDataError as exc:
                self.results[key] = exc
        found = self.results[key]
        if isinstance(found, WorkshopDataError):
            raise found
        return cast(_T, found)

    def version(self, blob: str) -> str:
        """The version of a page (:attr:`Pages.versions`) of the blob ``blob`` read at :attr:`site`:
        the same blob served elsewhere gives other links (:func:`served`)."""
        return blob if self.site is None else f"{blob} at {self.site.url}|{self.site.baseurl}"


def parse_inpage_schedule(text: str, path: str, timezone: str) -> Page | None:
    """The schedule inside an ``index.md`` (NeurIPS 2020–2022, :mod:`.inpage_schedule`) as the
    importer's :class:`~workshop_data.importer.page.Page`; None when the page has no schedule
    table."""
    if "schedule-table" not in text:
        return None
    return schedule_page(text, path, timezone)


@dataclass
class Pages:
    """The last readable version of each of an edition's pages; the schedules as releases
    with fresh ids (built when the page is read, so that a page that cannot be built is
    reported once, at its commit, and the previous version kept)."""

    edition: str
    #: The names the edition's pages give anywhere in its history (:class:`.planning.Named`): evidence
    #: that a name printed in a schedule row's title is its speaker.
    named: Container[str] = frozenset()
    schedule: Release | None = None
    #: The version of the schedule page that ``schedule`` was built from.
    schedule_page: PageVersion | None = None
    #: The alias table the import tells names apart by (:attr:`Parsed.table`): given, never defaulted.
    table: AliasTable = field(kw_only=True)
    inpage: Release | None = None
    home: HomePage | None = None
    #: The speaker blocks of the schedule page (NeurIPS 2023's carry the talk titles its home
    #: page no longer prints): what a home page's speaker leaves out, they give.
    schedule_speakers: tuple[RoleEntry, ...] = ()
    #: ``accepted_papers.md``'s papers (of its last version read), and its last version, read or
    #: not (read again when its CSV changes).
    listed: tuple[PaperEntry, ...] = ()
    papers_page: PapersPage | None = None
    #: The "Accepted Papers" table of ``index.md`` (NeurIPS 2022).
    index_papers: tuple[PaperEntry, ...] = ()
    #: What each kind of page was read from (blob ids, and where the site served it:
    #: :meth:`Parsed.version`): equal versions make an equal release.
    versions: dict[str, str] = field(default_factory=dict)
    #: The home page's path and front matter: the edition's facts before it has a schedule.
    home_front: tuple[str, dict[str, Any]] | None = None

    @property
    def timetable(self) -> Release | None:
        """The schedule: the schedule page's, else the one inside the home page."""
        return self.schedule or self.inpage

    @property
    def papers(self) -> tuple[PaperEntry, ...]:
        """The accepted papers: ``accepted_papers.md``'s, with what ``index.md`` adds."""
        return merge_index(self.listed, self.index_papers)

    def settle(
        self, path: str, front_matter: dict[str, Any], which: str
    ) -> tuple[dict[str, Any], tuple[Correction, ...]]:
        """A page's (at ``path``) front matter with its edition named, and the reviewed day where
        the page does not settle it (NeurIPS 2019's "December 13th or 14th") or dates it in
        another year than the edition's (NeurIPS 2023's "NeurIPS 2022, December 16": the year is
        the conference's, which :func:`.assembly._workshop_corrections` corrects), recorded as a
        correction whose original is the description as the site shows it
        (:func:`~workshop_data.importer.workshop.front_text`: ``&amp;`` read, line breaks a space)."""
        facts = FACTS[self.edition]
        printed = front_text(path, front_matter, "site_description")
        if not front_matter.get("workshop_name"):  # its edition is settled (editions.py)
            front_matter = {**front_matter, "workshop_name": self.edition}
        if "date" in front_matter:
            return front_matter, ()
        described = parse_description(printed).date
        if described is None:
            day = facts.day
            reason = f"the {which} page does not settle the day; the edition's later pages print {day:%B %-d, %Y}"
        elif described.year != facts.day.year:
            day = described.replace(year=facts.day.year)
            reason = (
                f"the {which} page dates the workshop {described:%B %-d, %Y}, the year of the conference it "
                f"names, which is {facts.conference}'s: {day:%B %-d, %Y}"
            )
        else:
            return front_matter, ()
        correction = Correction(
            "workshop",
            self.edition,
            "date",
            printed or NOT_PRINTED,
            day.isoformat(),
            f"{reason} ({REVIEWED_IN})",
        )
        return {**front_matter, "date": day}, (correction,)

    def home_venue(self) -> str:
        """The venue the home page's front matter gives, as the site shows it (its ``venue``, else
        its description's: :func:`~workshop_data.importer.workshop.front_venue`), or empty:
        NeurIPS 2019's home page says where the workshop is, its schedule page not."""
        if self.home_front is None:
            return ""
        return front_venue(*self.home_front)

    def build(self, page: Page, named: Container[str] | None = None) -> Release:
        """The schedule a page gives, as a release with fresh ids (:meth:`settle` for its day),
        read with the names ``named`` (by default :attr:`named`)."""
        front_matter, corrections = self.settle(str(page.path), page.front_matter, "schedule")
        page = dataclasses.replace(page, front_matter=front_matter)
        named = self.named if named is None else named
        zone = FACTS[self.edition].timezone
        release = build_release(page, self.edition, "", EPOCH, zone, named, table=self.table).release
        release = with_read_times(with_talk_times(release, page, self.table), page, self.edition)
        return dataclasses.replace(release, corrections=(*corrections, *release.corrections))

    def unscheduled(self) -> Release | None:
        """The edition before its schedule is out (or when no version of it can be read): the
        home page's facts, no slots; None without a home page."""
        if self.home_front is None:
            return None
        path, front = self.home_front
        front_matter, corrections = self.settle(path, front, "home")
        contact = self.home.contact_email if self.home else ""
        workshop = workshop_of(path, front_matter, contact, self.edition, FACTS[self.edition].timezone)
        return Release(name="", published=EPOCH, workshop=workshop, slots=(), corrections=corrections)


def _with_description(page: Page, description: str) -> Page:
    """``page`` with the site's description when its front matter has none (Jekyll shows
    ``_config.yml``'s ``description`` then, as the 2018 pages did)."""
    if description and not page.front_matter.get("site_description"):
        return dataclasses.replace(page, front_matter={**page.front_matter, "site_description": description})
    return page


@dataclass(frozen=True)
class PageVersion:
    """A version of a schedule page as a commit gave it: path, blob id, text and the site's
    description then (empty for a page in its folder): what building its schedule needs."""

    path: str
    blob: str
    text: str
    description: str


def schedule_of(pages: Pages, parsed: Parsed, page: PageVersion) -> Release | None:
    """The schedule a schedule page version gives, read with ``pages``' names (:func:`_built`)."""
    return _built(
        pages,
        parsed,
        ("schedule", pages.edition, page.path, page.blob),
        lambda: parsed.get(("page", page.path, page.blob), lambda: parse_page(page.text, page.path)),
        page.description,
    )


@dataclass(frozen=True)
class PapersPage:
    """A version of an ``accepted_papers.md``: path, blob id, text, and the CSV its Liquid loop
    reads (``_data/neurips2023/papers.csv``; empty for a static page)."""

    path: str
    blob: str
    text: str
    source: str


@dataclass
class Reading:
    """What reading the pages of one commit needs: the repository, the commit, the site's
    description then, the parses so far and which edition listed each paper title first."""

    reader: git.Reader
    commit: git.Commit
    parsed: Parsed
    owners: dict[str, str]
    description: str = ""
    #: The paths that are no file at the commit (:attr:`.git.Change.not_a_file`), each with what it is.
    links: Mapping[str, str] = field(default_factory=dict)

    def blob(self, path: str, bom: bool = False) -> tuple[str, str] | None:
        """(blob id, text) of ``path`` at the commit; None when it has no such file. A byte-order
        mark the file starts with is no text of a page (Jekyll reads pages so); with ``bom``, it
        is the text's first character, as Jekyll reads a data file (:func:`.papers.parse_papers`)."""
        if path in self.links:
            raise WorkshopDataError(not_a_file_problem(path, self.links[path]))
        try:
            found = self.reader.blob(f"{self.commit.sha}:{path}")
        except git.TooLarge as exc:
            raise WorkshopDataError(f"{path}: {exc}") from None
        if not found:
            return None
        marked = "\ufeff" if bom and found[1].startswith(codecs.BOM_UTF8) else ""
        return (found[0], marked + decode_page(path, found[1]))


def not_a_file_problem(path: str, what: str) -> str:
    """Why a page's path that is no file is not read: git gives a symbolic link's blob as the
    path it points to (``/etc/passwd``), which read as the page made a release of a home page of
    no speakers and no committees; Jekyll publishes no such page."""
    return f"{path}: {what} in git, not a file: Jekyll reads nothing of it; not read"


def read_page(pages: Pages, where: PagePath, blob: str, text: str, at: Reading) -> None:
    """Parse one page version into ``pages`` (raises, leaving ``pages`` as it was, a problem of the
    page named by the file's line: :func:`as_written`)."""
    try:
        _read_page(pages, where, blob, text, at)
    except WorkshopDataError as exc:
        raise as_written(exc, where.path, text) from None


def _read_page(pages: Pages, where: PagePath, blob: str, text: str, at: Reading) -> None:
    """:func:`read_page`, a problem named by the line of the text served."""
    edition, path, description = pages.edition, where.path, "" if where.folder else at.description
    if where.kind == "schedule":
        version = PageVersion(path, blob, text, description)
        speakers = at.parsed.get(("speakers", path, blob), lambda: checked(path, parse_speakers(text, path) or ()))
        pages.schedule, pages.schedule_page = schedule_of(pages, at.parsed, version), version
        pages.schedule_speakers = speakers
    elif where.kind == "home":
        home = at.parsed.get(("home", path, blob), lambda: checked(path, parse_home(text, path, at.parsed.table)))
        index = at.parsed.get(
            ("index", path, blob), lambda: checked(path, distinct_titles(parse_index_papers(text, path), path))
        )
        front = at.parsed.get(("front", path, blob), lambda: split_front_matter(Path(path), text)[0])
        _own(index, edition, path, at.owners)
        pages.home, pages.index_papers = home, index
        pages.home_front = (path, _with_description(_front_page(path, front), description).front_matter)
        pages.versions[where.kind] = at.parsed.version(blob)
        # the schedule inside the page (2020-2022) is read last: when it cannot be (NeurIPS 2021's
        # first table, one "TBD | TBD" row), the error is reported and the rest of the page is kept
        pages.inpage = _built(
            pages,
            at.parsed,
            ("inpage", edition, path, blob),
            lambda: at.parsed.get(
                ("inpage page", edition, path, blob), lambda: parse_inpage_schedule(text, path, FACTS[edition].timezone)
            ),
            description,
        )
    elif where.kind == "papers":
        _read_papers(pages, PapersPage(path, blob, text, papers_data_path(text) or ""), at)
        return
    pages.versions[where.kind] = at.parsed.version(blob)


class _Asking:
    """No names, remembering the names it was asked after."""

    def __init__(self) -> None:
        self.asked: set[object] = set()

    def __contains__(self, key: object) -> bool:
        self.asked.add(key)
        return False


@dataclass(frozen=True)
class _Built:
    """A schedule built with no names (None: the page has none), and the names it asked after."""

    release: Release | None
    asked: frozenset[object]


def _built(
    pages: Pages, parsed: Parsed, key: tuple[str, ...], page: Callable[[], Page | None], description: str
) -> Release | None:
    """The schedule that the page version ``key`` names gives (``page()``, with the site's
    ``description``: :meth:`Pages.build`), built once per reading of the history.

    The first reading builds it with no names and keeps the names the build asked after; the
    second (``pages.named``) takes that release when its names answer none of them otherwise
    (the build would go the same way), and builds again with them when one does or when the
    first could not build it."""

    def build(named: Container[str] | None) -> Release | None:
        found = page()
        return pages.build(_with_description(found, description), named) if found is not None else None

    def first() -> _Built:
        asking = _Asking()
        return _Built(build(asking), frozenset(asking.asked))

    if not pages.named:
        return parsed.get((*key, description, ""), first).release
    try:
        done: _Built | None = parsed.get((*key, description, ""), first)
    except WorkshopDataError:
        done = None
    if done is not None and not any(name in pages.named for name in done.asked):
        return done.release
    return parsed.get((*key, description, "named"), lambda: build(None))


def read_papers(pages: Pages, page: PapersPage, at: Reading) -> None:
    """An ``accepted_papers.md`` version into ``pages``, with the data file it loops over as it
    is at the commit (its CSV, or the JSON or YAML file Jekyll reads of that name:
    :func:`.papers.data_files`): the one the page names, whichever edition's it is (NeurIPS 2024's
    first page looped over 2023's). The version is the edition's papers page from now on, read or
    not: a commit that changes its data file reads it again (:func:`.planning._reread_papers`), so
    that a page whose data could not be read is read once the file is mended. A problem of the page
    is named by the file's line (:func:`as_written`)."""
    try:
        _read_papers(pages, page, at)
    except WorkshopDataError as exc:
        raise as_written(exc, page.path, page.text) from None


def _read_papers(pages: Pages, page: PapersPage, at: Reading) -> None:
    """:func:`read_papers`, a problem named by the line of the text served."""
    pages.papers_page = page
    source, data = page.source, None
    for source in data_files(page.source) if page.source else ():  # the one Jekyll reads
        data = at.blob(source, bom=delimited(source))
        if data:
            break
    else:
        source = page.source  # none: the page names the CSV
    csv_blob, csv_text = data if data else ("", None)
    where = page.path if not page.source else f"{page.path} (with {source})"
    at_page = page_served(page.path, page.text, at.parsed.site or Site()) if csv_text else AT_SITE
    found = at.parsed.get(
        ("papers", page.path, page.blob, csv_blob, source),
        lambda: checked(
            page.path, distinct_titles(parse_papers(page.text, page.path, csv_text, source, at_page), where)
        ),
    )
    _own(found, pages.edition, where, at.owners)
    pages.listed = found
    pages.versions["papers"] = at.parsed.version(f"{page.blob}:{csv_blob}")


def _own(papers: tuple[PaperEntry, ...], edition: str, where: str, owners: dict[str, str]) -> None:
    """Accept ``papers`` as ``edition``'s (they become its titles), or raise when they are
    another edition's list (:func:`.paperlist.foreign`)."""
    reason = foreign(papers, edition, owners)
    if reason is not None:
        raise WorkshopDataError(
            f"{where}: lists another edition's papers ({reason}); not imported as {edition}'s papers"
        )
    for paper in papers:
        owners.setdefault(title_key(paper.title), edition)


def _front_page(path: str, front_matter: dict[str, Any]) -> Page:
    """A page of front matter only (to give it the site's description like a schedule page)."""
    return Page(path=path, front_matter=front_matter, rows=(), contact_email="", headings=frozenset())


#: What :func:`.assembly._people_part` makes: the release's people, roles, papers and authors.
PeoplePart = tuple[tuple[Person, ...], tuple[Role, ...], tuple[Paper, ...], tuple[Author, ...]]

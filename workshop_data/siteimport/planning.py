"""The whole site's history planned as every edition's releases, in memory, before anything is written.

:func:`plan` walks the commits oldest first (:mod:`.dating`), gives each page version its edition
(:mod:`.editions`, the site's ``_config.yml`` description for a page at the root), reads it into
its edition's pages (:mod:`.pages`), steps each edition touched (:mod:`.edition_history`) and
places the pinned releases (:mod:`.pins`); what it cannot read is reported and the rest goes on.
The history is read twice: the second time with the names each edition's pages give (:func:`named`).

Why a module of its own: it holds the walk over the commits and what belongs to the whole site
(folders with no pages, pages moved home, a papers page whose CSV changed); writing the planned
releases is :mod:`.publishing`'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from ..aliases import PACKAGE, AliasTable, PersonIds
from ..errors import WorkshopDataError
from ..importer.page import (
    decode_page,
    front_matter_text,
    load_yaml,
    split_front_matter,
    unpublished,
    yaml_problem,
)
from ..model import Release
from ..store import publication_key
from . import git
from .dating import dated
from .edition_history import EditionHistory
from .editions import (
    EDITION_FOLDER,
    PagePath,
    Site,
    addressed_page,
    disagreement,
    edition_named,
    may_take_address,
    misnamed_page,
    named_edition,
    page_path,
    root_edition,
    unread_folder,
)
from .facts import FACTS, REVIEWED_IN, PinnedRelease
from .pages import PageVersion, Parsed, Reading, not_a_file_problem, read_page, read_papers, served
from .papers import data_files
from .pins import Pins
from .report import Report, problem

#: The site's configuration, whose ``description`` the 2018 pages showed.
CONFIG = "_config.yml"


#: Where the site is served when its ``_config.yml`` says nothing of it: ``{{ site.baseurl }}`` is
#: empty, and the site's paths mlforsystems.org's.
_UNSAID = Site()
#: What is not read of a ``_config.yml`` that cannot be read (:func:`_site_config`).
_NOT_READ = "its description, which a root page without site_description shows, not read"


def _site_config(reader: git.Reader, blob: str) -> tuple[str, Site | None, str]:
    """The ``description`` of the ``_config.yml`` whose blob id is ``blob`` (empty: none), where it
    says the site is served (its ``url`` and ``baseurl``, :class:`.editions.Site`; None: neither
    given), and what to report of it (empty: nothing). Jekyll builds no site of a configuration
    it cannot read; one that was not read was passed over without a word, and a root page without
    ``site_description`` read as if the site had none. A ``url`` that is no http(s) address, or a
    ``url`` or ``baseurl`` that is no text, is reported and not used (without a ``url`` the pages'
    paths are read as mlforsystems.org's)."""
    import yaml

    try:
        found = reader.blob(blob) if blob else None
    except git.TooLarge as exc:
        return "", None, f"{exc}; {_NOT_READ}"
    data = found[1] if found else None
    try:
        config = load_yaml(data.decode("utf-8", "replace")) if data else None
    except yaml.YAMLError as exc:
        return "", None, yaml_problem(exc, "the site's configuration") + f"; {_NOT_READ}"
    if config is not None and not isinstance(config, dict):
        return "", None, f"the site's configuration is not a mapping of settings; {_NOT_READ}"
    config = config or {}
    given = {key: config[key] for key in ("url", "baseurl") if config.get(key) is not None}
    wrong = [
        key
        for key, value in given.items()
        if not isinstance(value, str) or (key == "url" and value and not _web(value))
    ]
    site = Site(**{key: value for key, value in given.items() if key not in wrong}) if given else None
    said = "; ".join(
        f"its {key} {given[key]!r} is no {'http(s) address' if key == 'url' else 'text'}: not used" for key in wrong
    )
    if "url" in wrong:
        said += " (the pages' paths are read as https://mlforsystems.org's)"
    return str(config.get("description") or ""), site, said


def _web(url: str) -> bool:
    """Whether ``url`` is an http(s) address (a site's ``url``)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # http://[::1
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _edition_of(where: PagePath, text: str, commit: git.Commit, description: str) -> tuple[str, str]:
    """The edition a page version belongs to, and what a root page's front matter says against it
    (:func:`.editions.disagreement`, empty: nothing), reported; raises when the site never names it."""
    against = ""
    if where.folder:
        edition = edition_named(where.folder)
        said = f"its folder {where.folder!r}"
    else:
        front_matter, _, _ = split_front_matter(Path(where.path), text)
        against = disagreement(front_matter)
        front_matter.setdefault("site_description", description)
        found, source = root_edition(front_matter, commit.author_time)
        if found is None:
            raise WorkshopDataError(
                f"{where.path}: names no edition (no workshop_name, no conference, a date after every known edition)"
            )
        edition, said = found, f"its {source}"
    if edition not in FACTS:
        raise WorkshopDataError(
            f"{where.path}: edition {edition!r} (from {said}) is not one of the reviewed editions in "
            f"workshop_data/{REVIEWED_IN} ({', '.join(FACTS)}); a new edition is imported once its row is there "
            "(its conference, the venue's time zone and why, its day), added in a checkout of the package"
        )
    return edition, against


def _withdrawn(where: PagePath, text: str, root_fronted: dict[str, bool]) -> bool:
    """Whether a root page lost the front matter its previous version had (ISCA 2019's "removed
    schedule for now" left NeurIPS 2018's table at the root without it): nothing then says whose
    page it is (the commit date would make it ISCA 2019's schedule, the site's description
    NeurIPS 2018's edition on ISCA's day), so it is not read. The first pages of 2018, which
    never had front matter, are read by their date."""
    fronted = text.lstrip("\ufeff").startswith("---")
    if where.folder:
        return False
    had = root_fronted.get(where.path, False)
    root_fronted[where.path] = fronted
    return had and not fronted


def _unpublished(where: PagePath, text: str) -> str:
    """Why the site shows no page of ``text`` (:func:`~workshop_data.importer.page.unpublished`: read as
    a page the site showed, a contributor's draft was published as the edition's data), said as not
    read, else empty."""
    why = unpublished(where.path, text)
    return f"{why}; not read" if why else ""


def _own_address(where: PagePath, text: str) -> tuple[str, str]:
    """Why an edition's page (by its path) is not read, its front matter's ``permalink`` putting it
    at another address than its own (``neurips2024/index.md`` at ``/archive/2024-old/``: Jekyll
    serves it there, and the site shows no such page at the edition's address), and what to say
    of a ``permalink`` whose address the import does not work out (made of placeholders,
    ``/:path/:basename``: the page is read at its own address); each empty where there is
    nothing to say (no permalink, or one of the page's own address: :func:`.editions.addressed_page`)."""
    if "permalink" not in front_matter_text(text):  # the pages' usual case, a search of the front matter alone
        return "", ""
    permalink = split_front_matter(Path(where.path), text)[0].get("permalink")
    own = where.address or where.path
    if not isinstance(permalink, str) or not permalink.strip() or addressed_page(permalink) == own:
        return "", ""
    said = f"{where.path}: its front matter's permalink {permalink!r}"
    if ":" in permalink:
        return (
            "",
            f"{said} is made of placeholders, whose address the import does not work out: "
            "read as the page at its own address",
        )
    elsewhere = (
        "puts it at another address than its own, an edition's page's: the site shows it there, not as the edition's"
    )
    return f"{said} {elsewhere}; not read", ""


def _schedule_moved_home(
    history: dict[str, EditionHistory],
    deleted: list[PagePath],
    read: set[str],
    root_owner: dict[str, str],
    touched: list[str],
) -> None:
    """Forget the schedule page of an edition that deleted it while its home page carries a
    schedule: the schedule moved into the home page (NeurIPS 2020's "make main and schedule one",
    2020-12-03), whose versions are the schedule from then on. A page deleted otherwise (moved
    to its folder, ``read``: the editions whose schedule page the commit read) keeps the
    edition's last version of it."""
    for where in deleted:
        edition = edition_named(where.folder) if where.folder else root_owner.get(where.path, "")
        ed = history.get(edition)
        if ed is None or ed.pages.inpage is None or ed.pages.schedule is None or edition in read:
            continue
        ed.pages.schedule = ed.pages.schedule_page = None
        ed.pages.versions.pop("schedule", None)
        if edition not in touched:
            touched.append(edition)


def _papers_removed(
    history: dict[str, EditionHistory],
    gone: list[PagePath],
    taken: dict[str, str],
    commit: git.Commit,
    report: Report,
) -> None:
    """Note the editions whose papers page the commit deleted, unpublished or gave to another
    edition (its last version, read or not, is at the path of one of ``gone``, the papers pages the
    commit deleted or made a draft, ``published: false``, which the site does not show, or at a path
    of ``taken``, the papers pages the commit gave, read or not, with another edition: the site's
    root page is the newest edition's), which have no papers page from then on (a page
    moved to a path whose version the commit gave is the edition's there): a version that could
    not be read no longer says why their releases list none (:meth:`.report.Report.papers_removed`),
    as a version read again does not. Their releases keep the last version read, as of any page
    deleted."""
    paths = {where.path for where in gone}
    for edition, ed in history.items():
        page = ed.pages.papers_page
        if page is not None and (page.path in paths or taken.get(page.path, edition) != edition):
            report.papers_removed(edition, commit)


def _second_version(
    report: Report,
    commit: git.Commit,
    given: dict[tuple[str, str], tuple[PagePath, str]],
    edition: str,
    where: PagePath,
    text: str,
) -> bool:
    """Whether ``where`` is not to be read, being the root's page of ``edition``'s kind after its
    folder's in one commit. A commit can give an edition's page twice, at the root (its front
    matter naming the edition) and in its folder; the one read last was the edition's, so which
    one was published depended on the paths' order (``neurips2024/index.md`` after ``index.md``,
    ``schedule.md`` after ``neurips2024/schedule.md``). The folder's is the edition's (the root is
    an edition's only while it is the newest); a root version of other content is reported."""
    first = given.get((edition, where.kind))
    if first is None or first[1] == text:
        return False
    root, folder = (where, first[0]) if first[0].folder else (first[0], where)
    problem(
        report,
        commit,
        f"{root.path}: gives {edition}'s {where.kind} page, as {folder.path} does, with other content; "
        f"the edition's folder's is read, not this one",
    )
    return root is where


def _reread_papers(
    history: dict[str, EditionHistory],
    commit: git.Commit,
    at: Reading,
    touched: list[str],
    report: Report,
    removed: Sequence[str] = (),
) -> None:
    """Read again the papers pages whose CSV the commit changed or deleted (the page then cannot
    be read: its papers moved into a YAML file Jekyll reads as well, they went on as the deleted
    CSV's without a word), but for those it changed too (read at this commit already, with its
    CSV: reported once when they cannot be read) and those no longer at their path (deleted, or
    another edition's page there now): no page of the site shows that CSV, and read with it a
    deleted page made a release of papers no page listed. ``removed``: the paths the commit deleted."""
    written = {c.path for c in commit.changes if c.status != "D"}
    data = {path for path in (*written, *removed) if path.startswith("_data/")}
    if not data:  # the commits' usual case: no data file changed, no papers page is read again
        return
    for edition, ed in history.items():
        page = ed.pages.papers_page
        if page is None or not page.source or page.path in written:
            continue
        if data.isdisjoint(data_files(page.source)):
            continue
        try:
            there = at.reader.blob(f"{commit.sha}:{page.path}")
        except git.TooLarge:
            there = None
        if there is None or there[0] != page.blob:
            continue
        try:
            read_papers(ed.pages, page, at)
        except WorkshopDataError as exc:
            problem(report, commit, str(exc))
            report.papers_not_read(edition, commit)
            continue
        report.papers_read(edition, commit)
        if edition not in touched:
            touched.append(edition)


class Named:
    """The people an edition's pages name (:func:`named`), as people are told apart
    (:attr:`workshop_data.aliases.AliasTable.person_key`: "Natasha Jacques" is "Natasha Jaques"), and asked
    by that key (the page reader's, the same rule)."""

    def __init__(self, names: Iterable[str], table: AliasTable) -> None:
        person_key = table.person_key
        self.keys = frozenset(person_key(n) for n in names)

    def __contains__(self, key: object) -> bool:
        return key in self.keys


def named(releases: Sequence[Release], table: AliasTable) -> Named:
    """The people an edition's releases name with evidence: its home pages' speakers and
    committees and its papers' authors in every release, and the speakers of its last schedule
    (the organizers' own final reading of the rows). Its earlier schedules' speakers are not
    evidence: they are what is being checked."""
    names = [a.name for r in releases for a in r.authors]
    for release in releases:
        people = {p.person_id: p.name for p in release.people}
        names += [people[role.person_id] for role in release.roles]
    if releases:
        last = releases[-1]
        people = {p.person_id: p.name for p in last.people}
        names += [people[pid] for s in last.slots for pid in s.speakers]
        names += [people[pid] for t in last.talks for pid in t.speakers]
    return Named(names, table)


def plan(
    repo: str | Path, report: Report | None = None, read_to: str = "", table: AliasTable = PACKAGE
) -> dict[str, list[Release]]:
    """Every edition's releases as the repository's history makes them, oldest first.

    The history is read twice: once to learn whom each edition's pages name (:func:`named`)
    and which schedule page version each pinned release was made from, then again with those
    names as the evidence that tells a speaker printed in a title (NeurIPS 2024's first
    schedule: ``<i>Title, Natasha Jacques</i>``) from the title, and with each pinned release
    in its place in publication order (:class:`.pins.Pins`). The first reading does not settle ids:
    no name depends on them (a person's key is the same for the printed and the displayed
    name, :attr:`workshop_data.aliases.AliasTable.person_key`), and a release it makes twice with the same data names
    the same people. ``read_to``: the last commit an earlier import into the data directory the
    releases are for read (:func:`.publishing.recorded`), whose first-parent line marks the
    commits it read (:meth:`.report.Report.read_before`); the report's ``read_to`` is this one's.
    ``table``: the alias table people are told apart by (the package's merged with the data
    directory's own: :func:`workshop_data.aliases.of_directory`), the import's alone."""
    report = report if report is not None else Report()
    parsed = Parsed(table)  # the second reading parses nothing again, and builds few schedules again (_built)
    with git.Reader(repo) as reader:
        history = git.commits(repo)
        report.read_before(history, git.first_parents(repo, read_to) if read_to else frozenset())
        log = dated(history, dt.datetime.now(dt.UTC), report)
        report.read_to = log[-1].sha if log else ""
        try:
            reader.prefetch(_blobs(log))  # every page version, read out of git once for both readings
        except git.Missing as exc:  # named by the commit and path that made it
            change = next((c, ch.path) for c in log for ch in c.changes if ch.blob == exc.blob)
            raise git.Missing(exc.repo, exc.blob, f"commit {change[0].label}: {change[1]}") from None
        pinned: dict[PinnedRelease, PageVersion | None] = {}  # filled by the first reading
        first = _plan(reader, log, Report(), {}, parsed, pinned, settle_ids=False)
        names = {e: named(r, table) for e, r in first.items()}
        return _plan(reader, log, report, names, parsed, pinned)


def _names(reader: git.Reader, change: git.Change) -> str | None:
    """The edition the front matter of the file ``change`` made names
    (:func:`.editions.named_edition`), else None: none named, or a file that is no page (not
    UTF-8, no front matter a page can have, too large)."""
    try:
        found = reader.blob(change.blob) if change.blob else None
        if found is None:
            return None
        front_matter, _, _ = split_front_matter(Path(change.path), found[1].decode("utf-8"))
    except (WorkshopDataError, UnicodeDecodeError):
        return None
    named = named_edition(front_matter)
    return named[0] if named else None


def _takes_address(reader: git.Reader, change: git.Change) -> tuple[str, str] | None:
    """The edition's page (by its path) whose address the front matter's ``permalink`` of the page
    the file ``change`` made gives it (:func:`.editions.addressed_page`), and that permalink; None
    where it gives none (no such permalink, or a file that is no page: not UTF-8, no front matter a
    page can have, too large). Jekyll serves the page there: it is read as that page
    (:func:`_taken`)."""
    try:
        found = reader.blob(change.blob) if change.blob and not change.not_a_file else None
        if found is None or b"permalink" not in found[1]:
            return None
        front_matter, _, _ = split_front_matter(Path(change.path), found[1].decode("utf-8"))
    except (WorkshopDataError, UnicodeDecodeError):
        return None
    permalink = front_matter.get("permalink")
    if not isinstance(permalink, str):
        return None
    page = addressed_page(permalink)
    return (page, permalink) if page is not None else None


def _taken(taking: tuple[str, str], path: str) -> PagePath | None:
    """The page ``path`` read as the edition's page whose address it takes (:func:`_takes_address`)."""
    page = page_path(taking[0])
    return dataclasses.replace(page, path=path, address=taking[0]) if page is not None else None


def written_last(*paths: str) -> str:
    """Of the pages Jekyll writes at one address, the one it writes last, which the site shows:
    Jekyll sorts its pages by file name (``site.pages.sort_by!(&:name)``, jekyll/reader.rb's
    ``sort_files!``, since 3.0) and writes them in that order (site.rb's ``write``), one over the
    other. The names of the files here differ (an edition's page's is one of
    :data:`.editions.PAGE_KINDS`, a page that takes its address by a permalink is none of them:
    :func:`.editions.may_take_address`; two of one name in two folders are not read both:
    :attr:`_Claims.tied`), so the order is never a tie."""
    return max(paths, key=lambda path: path.rpartition("/")[2])


def _clash(
    reader: git.Reader,
    commit: git.Commit,
    change: git.Change,
    where: PagePath | None,
    taking: tuple[str, str] | None,
    claims: _Claims,
) -> str:
    """What to report of a page that other files of the commit's site are served at the address
    of, or that is served at one other files have (``claims``: :func:`_claim`, as the commit leaves
    them): Jekyll writes each there, and the site shows the one written last
    (:func:`written_last`); the others are not read (the edition keeps its last version). Empty
    where nothing clashes or the page is the one shown. Where two files of one name take the same
    page's address, the one that comes second is reported, not read (:attr:`_Claims.tied`)."""
    if where is None or change.status == "D":
        return ""
    if taking is None:
        takers = claims.takers.get(change.path)
        shown = written_last(change.path, *takers) if takers else change.path
        if not takers or shown == change.path:
            return ""
        whose = "its front matter's permalink" if len(takers) == 1 else "their front matters' permalinks"
        names = " and ".join(f"{t!r}'s" for t in takers)
        return f"{change.path}: its address is also {names} ({whose}): {_writes(len(takers) + 1, shown)}"
    page, permalink = taking
    said = f"{change.path}: its front matter's permalink {permalink!r} is the address of"
    tied = claims.tied.get(change.path)
    if tied:
        return (
            f"{said} {tied!r} too: Jekyll writes both there, one over the other, and which the site shows it "
            "does not say; not read"
        )
    others = [t for t in claims.takers.get(page, []) if t != change.path]
    here = [page] if _there(reader, commit, page) else []
    shown = written_last(change.path, *here, *others)
    if shown == change.path:
        return ""
    if not others:
        return f"{said} {page!r} too: {_writes(2, shown)}"
    takes = "takes" if len(others) == 1 else "take"
    names = " and ".join(repr(t) for t in others)
    writes = _writes(len(here + others) + 1, shown)
    return f"{said} {page!r}{' too' if here else ''}, which {names} {takes} too: {writes}"


def _writes(files: int, shown: str) -> str:
    """How :func:`_clash` says that Jekyll writes ``files`` files at one address, ``shown`` last."""
    return f"Jekyll writes {'both' if files == 2 else f'all {files}'} there, {shown!r} last{_WRITTEN_LAST}"


#: How a page not read because another is written over it at its address is said (:func:`_clash`).
_WRITTEN_LAST = " (it writes pages in the order of their file names), which the site shows; not read"


@dataclasses.dataclass
class _Claims:
    """The files that take an edition's page's address by their front matter's ``permalink``
    (:func:`_takes_address`), as the commits read so far leave them (:func:`_claim`)."""

    #: An edition's page's path -> the files that take its address, in the order they came.
    takers: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    #: A file of the commit that takes the address another file of its name takes (in another
    #: folder): Jekyll's order of the two is no order (a sort by name), so it is not read -> that file.
    tied: dict[str, str] = dataclasses.field(default_factory=dict)


def _claim(
    reader: git.Reader, commit: git.Commit, parsed: Parsed, claims: _Claims
) -> tuple[dict[str, tuple[str, str] | None], list[git.Change]]:
    """``claims`` as ``commit`` leaves them: each file's address taken (:func:`_takes_address`), or
    given back (the file deleted, or its permalink changed). Returns what each changed file takes
    (None: nothing), and the files the site shows again at an address the commit changed: each
    hidden before and written last there now (:func:`written_last`), and not changed by the commit
    (read as its change), as a change that gives its version (:func:`_there`)."""
    takings: dict[str, tuple[str, str] | None] = {}
    before: dict[str, list[str]] = {}  # each address the commit changes -> its takers before it
    claims.tied.clear()
    for change in commit.changes:
        taking = None
        if change.status != "D" and misnamed_page(change.path) is None and may_take_address(change.path):
            # a file added (or renamed: git's log here gives no renames) or changed (a permalink
            # added later): read once for both readings
            taking = parsed.get(("takes", change.path, change.blob), functools.partial(_takes_address, reader, change))
        takings[change.path] = taking
        for address, takers in list(claims.takers.items()):
            if change.path in takers and address != (taking or ("",))[0]:
                before.setdefault(address, list(takers))
                takers.remove(change.path)
                if not takers:
                    del claims.takers[address]
        if change.path in claims.takers:
            before.setdefault(change.path, list(claims.takers[change.path]))
        if taking is None:
            continue
        takers = claims.takers.setdefault(taking[0], [])
        before.setdefault(taking[0], list(takers))
        name = change.path.rpartition("/")[2]
        tied = next((t for t in takers if t != change.path and t.rpartition("/")[2] == name), None)
        if tied is not None:
            claims.tied[change.path] = tied
        elif change.path not in takers:
            takers.append(change.path)
    return takings, [c for a, b in before.items() for c in _shown_again(reader, commit, a, b, claims)]


def _there(reader: git.Reader, commit: git.Commit, path: str) -> git.Change | None:
    """``path`` at ``commit`` as a change that gives its version there (the page written last at its
    address once another is gone: :func:`_shown_again`), or None where the commit has no such file."""
    try:
        found = reader.blob(f"{commit.sha}:{path}")
    except git.TooLarge:
        return git.Change("M", path)  # there: reading it says why it is not read
    return git.Change("M", path, found[0]) if found is not None else None


def _shown_again(
    reader: git.Reader, commit: git.Commit, address: str, takers: list[str], claims: _Claims
) -> tuple[git.Change, ...]:
    """The file the site shows at an edition's page's ``address`` (its path) after the commit, where
    it was hidden before (:func:`written_last`; ``takers``: the files that took the address before
    the commit): its version at the commit, to be read as the address's page; none where the one
    shown is the one shown before, or the commit changed it (read as its change)."""
    changed = {c.path: c.status for c in commit.changes}
    after = claims.takers.get(address, [])
    status = changed.get(address)
    here = status != "D" if status else _there(reader, commit, address) is not None
    was = status != "A" if status else here
    now, then = [address] * here + after, [address] * was + takers
    shown = written_last(*now) if now else ""
    if not shown or shown in changed or not then or written_last(*then) == shown:
        return ()
    there = _there(reader, commit, shown)
    return (there,) if there is not None else ()


def _blobs(log: Iterable[git.Commit]) -> Iterable[str]:
    """The blob ids of the page versions and ``_config.yml`` versions the commits of ``log`` made,
    and of the pages a commit added whose permalink may be a page's address
    (:func:`.editions.may_take_address`; each version of each would cost the import the reading of
    the site's call for papers, changed some 80 times, and hold its bytes in the reader's bound:
    a changed one is read alone, once for both readings, :func:`_takes_address`),
    not of a path made a symbolic link or a submodule (never read, and a submodule's is a commit
    of another repository)."""
    for commit in log:
        for change in commit.changes:
            path = change.path
            if not change.blob or change.not_a_file:
                continue
            if path == CONFIG or page_path(path) or (change.status == "A" and may_take_address(path)):
                yield change.blob


#: The version of an edition's page that the edition reads (:func:`_reread_served`): where it is,
#: its blob id (as read, and as the commit's change names it) and its text as written (a tuple:
#: one is made at every page read, a dataclass's making costs more).
_InForce = tuple[PagePath, str, str, str]


def _reread_served(
    history: dict[str, EditionHistory],
    in_force: dict[tuple[str, str], _InForce],
    at: Reading,
    touched: list[str],
    report: Report,
    changed: set[str],
) -> None:
    """Read again, served where ``_config.yml`` now says (:attr:`.pages.Parsed.site`), each
    edition's page versions in force (``in_force``) but those the commit changes (``changed``: read
    with it). A site that moves (its ``url`` or ``baseurl``) moves every link its pages give, though
    no page changed: the edition's facts change at that commit, and a release is made of them
    where they do (as any page change makes one). A version that cannot be read so is reported;
    the edition keeps what it read of it before."""
    site = at.parsed.site or _UNSAID
    for (edition, _), (where, blob, change_blob, raw) in in_force.items():
        if where.path in changed or edition not in history:
            continue
        text = at.parsed.get(("served", where.path, blob), functools.partial(served, raw, site, where.path))
        try:
            read_page(history[edition].pages, where, change_blob, text, at)
        except WorkshopDataError as exc:
            problem(report, at.commit, str(exc))
            continue
        if edition not in touched:
            touched.append(edition)


def _plan(
    reader: git.Reader,
    log: list[git.Commit],
    report: Report,
    names: dict[str, Named],
    parsed: Parsed,
    pinned: dict[PinnedRelease, PageVersion | None],
    settle_ids: bool = True,
) -> dict[str, list[Release]]:
    """:func:`plan` with ``names``: each edition's :func:`named` (none on the first reading);
    ``pinned``: each pinned release's page version (:attr:`.pins.Pins.pages`); ``settle_ids``: see
    :attr:`.edition_history.EditionHistory.settle_ids`."""
    history: dict[str, EditionHistory] = {}
    people = PersonIds(parsed.table)
    folders: dict[str, git.Commit] = {}
    with_pages: set[str] = set()
    unread: dict[str, tuple[git.Commit, set[str], str]] = {}  # folder -> its first commit, its pages, why
    misnamed: dict[str, tuple[git.Commit, str]] = {}  # path -> its first commit, how it names a page
    owners, material_owners = dict[str, str](), dict[str, str]()
    root_owner: dict[str, str] = {}  # root page path -> the edition of its last version
    root_fronted: dict[str, bool] = {}  # root page path -> whether its last version had front matter
    disagreed: dict[str, str] = {}  # root page path -> what its last version's front matter said against it
    config = ""  # the blob id of _config.yml at the commit (the log names each version of it)
    config_commit: git.Commit | None = None  # the commit that made that version
    unread_configs: set[str] = set()  # the versions of _config.yml reported as not read
    links: dict[str, str] = {}  # the pages' paths that are no file (a symbolic link, a submodule) -> what
    in_force: dict[tuple[str, str], _InForce] = {}  # (edition, kind) -> the page version it reads now
    claims = _Claims()  # the files at an edition's page's address by their permalink
    pins = Pins(pinned, history, people, report)
    for commit in log:
        pins.before(commit)
        for change in commit.changes:
            if change.status != "D" and change.not_a_file and page_path(change.path) is not None:
                links[change.path] = change.not_a_file
            else:
                links.pop(change.path, None)
        at = Reading(reader, commit, parsed, owners, links=links)
        touched: list[str] = []
        deleted: list[PagePath] = []
        gone: list[PagePath] = []  # the papers pages the commit deleted or unpublished
        removed: list[str] = []  # the paths the commit deleted
        taken: dict[str, str] = {}  # the papers pages the commit gave (read or not), by path: their edition
        read: set[str] = set()
        given: dict[tuple[str, str], tuple[PagePath, str]] = {}  # (edition, kind) -> the page read, its text
        description: str | None = None
        if any(c.path == CONFIG for c in commit.changes):
            config, config_commit = next(c.blob for c in commit.changes if c.path == CONFIG), commit
            before = parsed.site
            description, parsed.site, why = parsed.get(
                ("config", config), functools.partial(_site_config, reader, config)
            )
            if why and config not in unread_configs:
                unread_configs.add(config)
                problem(report, config_commit, f"{CONFIG}: {why}")
            if parsed.site != before:  # every page's links move with the site: each edition's pages read again
                at.description = description
                _reread_served(history, in_force, at, touched, report, {c.path for c in commit.changes})
        takings, again = _claim(reader, commit, parsed, claims)
        for change in itertools.chain(commit.changes, again):
            top = change.path.split("/")[0]
            if "/" in change.path and EDITION_FOLDER.fullmatch(top) and change.status != "D":
                folders.setdefault(top, commit)
            odd = (
                unread_folder(change.path, functools.partial(_names, reader, change)) if change.status != "D" else None
            )
            if odd is not None:
                unread.setdefault(odd[0], (commit, set(), odd[2]))[1].add(odd[1])
            page = misnamed_page(change.path) if change.status != "D" else None
            if page is not None:
                misnamed.setdefault(change.path, (commit, page[1]))
            if change.path in takings:
                taking = takings[change.path]
            elif page is None and may_take_address(change.path):  # shown again (_claim): as it is
                taking = parsed.get(
                    ("takes", change.path, change.blob), functools.partial(_takes_address, reader, change)
                )
            else:
                taking = None
            where = page_path(change.path) if taking is None else _taken(taking, change.path)
            clash = _clash(reader, commit, change, where, taking, claims)
            if clash:
                problem(report, commit, clash)
                continue
            if change.status == "D":
                removed.append(change.path)
            if where is None or change.status == "D" or where.kind == "papers_csv":
                if where is not None and change.status == "D" and where.kind in ("schedule", "papers"):
                    (deleted if where.kind == "schedule" else gone).append(where)
                continue  # a page deleted (moved to its folder) keeps the edition's last version
            if change.path in links:  # as a page that cannot be read: the edition keeps its last version
                problem(report, commit, not_a_file_problem(change.path, links[change.path]))
                continue
            if where.folder:
                with_pages.add(where.folder)
            try:
                found = reader.blob(change.blob or f"{commit.sha}:{change.path}")
            except git.TooLarge as exc:
                problem(report, commit, f"{change.path}: {exc}")
                continue
            if found is None:
                continue
            blob, data = found
            if description is None:
                description, parsed.site, why = parsed.get(
                    ("config", config), functools.partial(_site_config, reader, config)
                )
                if why and config not in unread_configs:
                    unread_configs.add(config)
                    problem(report, config_commit, f"{CONFIG}: {why}")
            at.description = description
            edition = None
            try:
                # decoded, and given its edition, once for both readings of the history
                raw = parsed.get(("text", where.path, blob), functools.partial(decode_page, where.path, data))
                site = parsed.site or _UNSAID
                text = parsed.get(("served", where.path, blob), functools.partial(served, raw, site, where.path))
                if _withdrawn(where, text, root_fronted):
                    problem(
                        report,
                        commit,
                        f"{where.path}: its front matter was removed (the page was {root_owner[where.path]}'s); "
                        "a page with no front matter names no edition: not read",
                    )
                    if where.kind == "papers":
                        report.papers_not_read(root_owner[where.path], commit)
                    continue
                unpublished = parsed.get(
                    ("unpublished", where.path, blob), functools.partial(_unpublished, where, text)
                )
                moved, unplaced = parsed.get(
                    ("permalink", where.path, blob), functools.partial(_own_address, where, text)
                )
                if unpublished or moved:
                    problem(report, commit, unpublished or moved)
                    if where.kind == "papers":  # the site shows no papers page from then on, as if deleted
                        gone.append(where)
                    continue
                if unplaced:
                    problem(report, commit, unplaced)
                shown = "" if where.folder else description
                edition, against = parsed.get(
                    ("edition", where.path, blob, commit.sha, shown),
                    functools.partial(_edition_of, where, text, commit, shown),
                )
                if against and disagreed.get(where.path) != against:  # once, until the page says otherwise
                    problem(report, commit, f"{where.path}: {against}")
                disagreed[where.path] = against
                if not where.folder:
                    root_owner[where.path] = edition
                ed = history.get(edition)
                if ed is None:  # made once per edition, not made and dropped at each page read
                    ed = history[edition] = EditionHistory(
                        edition, names.get(edition, frozenset()), settle_ids, parsed=parsed
                    )
                if _second_version(report, commit, given, edition, where, text):
                    continue
                read_page(ed.pages, where, change.blob, text, at)
                in_force[edition, where.kind] = (where, blob, change.blob, raw)
                if where.kind == "papers":
                    report.papers_read(edition, commit)
                    taken[where.path] = edition
                given[edition, where.kind] = (where, text)
                if where.kind == "schedule":
                    read.add(edition)
            except WorkshopDataError as exc:
                problem(report, commit, str(exc))
                if edition is None:
                    continue  # what it read of the page (a home page whose schedule fails) still counts
                if where.kind == "papers":
                    report.papers_not_read(edition, commit)
                    taken[where.path] = edition
            if edition not in touched:
                touched.append(edition)
        _schedule_moved_home(history, deleted, read, root_owner, touched)
        if gone or taken:
            _papers_removed(history, gone, taken, commit, report)
        _reread_papers(history, commit, at, touched, report, removed)
        for edition in touched:
            history[edition].step(commit, people, report, material_owners)
        pins.after(commit)
    pins.end()
    for folder, commit in folders.items():
        if folder not in with_pages:
            problem(
                report,
                commit,
                f"{folder}/: an edition folder with no pages (index.md, schedule.md, accepted_papers.md); "
                "nothing imported from it",
            )
    for folder, (commit, pages, why) in unread.items():
        problem(report, commit, f"{folder}/: {why}; its {', '.join(sorted(pages))} not read")
    for path, (commit, why) in misnamed.items():
        problem(report, commit, f"{path}: {why}; not read")
    for edition, ed in history.items():
        if not ed.releases:
            problem(report, None, f"{edition}: no schedule or home page in any version of its pages; no release")
    return {
        e: sorted(h.releases, key=lambda r: publication_key(r.published, r.name)) for e, h in sorted(history.items())
    }

"""The pages of the workshop site that the data implies, written as MyST sources at build time.

Every edition has the same pages, and most are nothing but directive calls: a home page, the
schedule, the accepted papers, the changelog, the data. Writing nine copies of them by hand
would make adding an edition a chore, so (as autosummary and sphinx-gallery do) the site
writes them into the source folder when the build starts:

``index.md``
    the root: the newest edition's home, with the site's table of contents; the edition's own
    page (``<edition>/index``) is the one a search lists and a search engine is pointed to, so
    the root is left out of the search's index (``nosearch``; :mod:`.site` names the edition's
    page as its canonical URL and leaves it out of the sitemap);
``<edition>/index.md``, ``schedule.md``, ``accepted_papers.md``, ``call_for_papers.md``,
``changelog.md``, ``data.md``
    each edition's pages (the papers only when it has papers, the call for papers only when its
    prose exists; the schedule always, saying "No schedule yet" of a release with no slot: an
    edition announced before its schedule, whose old URL ``schedule.html`` a visitor follows);
``people/index.md``, ``people/<person_id>.md``
    everyone across editions, and one page per person;
``accepted_papers.md``
    where the newest edition has no accepted papers: the editions that have, newest first
    (:func:`papers_index`). The old site's ``/accepted_papers.html`` was the current edition's
    papers; a visitor following an old link to it wants papers, and the newest edition's home,
    where the redirect of the root's pages sent them (:mod:`.legacy`), has none to show.

What people write stays hand-written MyST, one file per edition in ``editions/<edition>/``
(``what_to_expect.md``, ``call_for_papers.md``), included by the generated pages; that folder
is not a page folder of its own.

The plan is a pure function of the data (:class:`SiteData`); :func:`write` writes a file only
when its text changed (so Sphinx, which follows mtimes, re-reads only what changed), and
removes generated files the plan no longer has. Each generated folder holds a ``.gitignore``
that ignores the whole folder, so the generated sources never reach the repository.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..ids import site_folder_problem
from ..words import SPEAKERS_HEADING
from .generated import FILE_MODE, write_if_changed

#: Where the hand-written prose of each edition lives, relative to the source folder.
PROSE_DIR = "editions"
#: The prose files an edition may have.
PROSE = ("what_to_expect", "call_for_papers")
#: The call for papers page's title (its prose's heading that says it is left out: :func:`repeated_heading`).
CALL_TITLE = "Call for papers"
#: The folder of the person pages.
PEOPLE = "people"
#: The page listing everyone (so no person may have the id ``index``).
PEOPLE_INDEX = f"{PEOPLE}/index"
#: The marker that makes a folder the generator's (and keeps it out of git).
GITIGNORE = "# written by workshop_data.sphinxext.pages at build time: not sources to edit\n*\n"
#: The roles shown as speakers on a home page; the others are committees.


@dataclass(frozen=True)
class EditionFacts:
    """What the plan needs to know of an edition (from its latest release and its prose)."""

    name: str
    event: str
    label: str
    #: The workshop series (:attr:`workshop_data.model.Workshop.series`), e.g. "ML for Systems".
    series: str
    has_slots: bool = True
    has_papers: bool = False
    has_speakers: bool = False
    has_committees: bool = False
    prose: frozenset[str] = frozenset()
    #: The line of the call for papers' prose whose heading says the page's title (every old
    #: call's ``## Call for Papers``), or "": :func:`repeated_heading`.
    call_heading: str = ""


@dataclass(frozen=True)
class SiteData:
    """The editions, oldest first, and every person (id, name) across them."""

    editions: tuple[EditionFacts, ...]
    people: tuple[tuple[str, str], ...] = ()

    @property
    def newest(self) -> EditionFacts:
        """The edition the root shows."""
        return self.editions[-1]


@dataclass(frozen=True)
class NavItem:
    """One page in an edition's navigation bar."""

    page: str
    label: str
    title: str


def edition_pages(facts: EditionFacts) -> tuple[NavItem, ...]:
    """The pages of an edition, in the order of its navigation bar."""
    # the schedule page always: before its edition has a schedule it says so (no schedule yet)
    items = [NavItem("index", "Home", facts.event), NavItem("schedule", "Schedule", "Schedule")]
    if facts.has_papers:
        items.append(NavItem("accepted_papers", "Papers", "Accepted papers"))
    if "call_for_papers" in facts.prose:
        items.append(NavItem("call_for_papers", "Call for papers", CALL_TITLE))
    items.append(NavItem("changelog", "Changelog", "Changelog"))
    items.append(NavItem("data", "Data", "Data"))
    return tuple(items)


#: A line break, as Markdown ends a line (a heading is one line).
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")


def heading(text: str) -> str:
    """A MyST heading's text: on one line (a line break in the data, which would end the heading
    and make the rest a paragraph, a list or a code block of the page, is a space, as calendars
    show it), and characters that would be markup escaped (``&`` too: ``&lt;`` showed as ``<``)."""
    out = []
    for ch in _LINE_BREAK.sub(" ", text):
        out.append("\\" + ch if ch in "\\`*_{}[]<>()#+!|~$:&" else ch)
    return "".join(out)


def fence(directive: str, argument: str = "", *options: str) -> str:
    """A directive call as a MyST fence."""
    lines = [f"```{{{directive}}} {argument}".rstrip(), *options, "```", ""]
    return "\n".join(lines)


#: A MyST heading line: its ``#`` marks and its text.
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$", re.MULTILINE)


def repeated_heading(prose: str, title: str) -> str:
    """The line of ``prose`` that is a heading saying ``title`` (in any case, as the old calls
    for papers say "Call for Papers" where the page's title is "Call for papers"), or "".

    Such a heading is left out of the page (:func:`prose_around`): below the page's own title it
    read as a second heading of the same words (NeurIPS 2024's "Call for papers", then its
    overview, then "Call for Papers"). Its words stay: the page's title says them."""
    for m in _HEADING.finditer(prose):
        if m.group(2).casefold() == title.casefold():
            return m.group(0)
    return ""


def prose_around(path: str, heading: str) -> str:
    """The prose file ``path`` included whole, or (a ``heading`` line of it given) what comes
    before that line and what follows it, the line left out."""
    if not heading:
        return fence("include", path)
    return (
        fence("include", path, f":end-before: {json.dumps(heading)}")
        + "\n"
        + fence("include", path, f":start-after: {json.dumps(heading)}")
    )


def contact(facts: EditionFacts) -> str:
    """The section that ends an edition's home, schedule and papers pages: its contact address.
    The old site ended every page of an edition so ("Contact Us"), the schedule and the accepted
    papers too; a reader of those pages here had to go to the home page for it."""
    return "## Contact\n\n" + fence("workshop-contact", facts.name)


def home(facts: EditionFacts, prose_prefix: str, toctree: Iterable[str]) -> str:
    """An edition's home page (also the root's, with another path to the prose and toctree)."""
    parts = [f"# {heading(facts.event)}\n", fence("workshop-facts", facts.name)]
    if facts.has_speakers:
        parts += [f"## {SPEAKERS_HEADING}\n", fence("workshop-speakers", facts.name)]
    if "what_to_expect" in facts.prose:
        parts.append(fence("include", f"{prose_prefix}/what_to_expect.md"))  # its own headings
    if facts.has_committees:
        parts += ["## Organizers\n", fence("workshop-committees", facts.name)]
    parts.append(contact(facts))
    parts.append(fence("toctree", "", ":hidden:", "", *toctree))
    return "\n".join(parts)


def edition_sources(facts: EditionFacts) -> dict[str, str]:
    """The generated sources of one edition, keyed by path relative to the source folder."""
    e = facts.name
    prose = f"../{PROSE_DIR}/{e}"
    pages = edition_pages(facts)
    out = {f"{e}/index.md": home(facts, prose, [p.page for p in pages[1:]])}
    for item in pages[1:]:
        out[f"{e}/{item.page}.md"] = f"# {item.title}\n\n" + PAGE_BODIES[item.page](facts, prose)
    return out


PAGE_BODIES = {
    "schedule": lambda f, prose: (
        fence("workshop-facts", f.name, ":line:") + "\n" + fence("workshop-schedule", f.name) + "\n" + contact(f)
    ),
    "accepted_papers": lambda f, prose: fence("workshop-papers", f.name) + "\n" + contact(f),
    "call_for_papers": lambda f, prose: prose_around(f"{prose}/call_for_papers.md", f.call_heading),
    "changelog": lambda f, prose: (
        "Every release of this edition's data, newest first, with what changed from the one before.\n\n"
        + fence("workshop-changelog", f.name)
    ),
    "data": lambda f, prose: (
        "This edition's schedule, people and papers as versioned data: each release is a folder of CSV "
        "files with a Frictionless descriptor ({doc}`how to use it </package/index>`).\n\n"
        + "## Releases\n\n"
        + fence("workshop-releases", f.name)
        + "\n## Files of the latest release\n\n"
        + fence("workshop-release-files", f.name)
        # the exports are the schedule's: an edition without slots has none
        + ("\n## Exports\n\n" + fence("workshop-downloads", f.name) if f.has_slots else "")
    ),
}


def person_doc(person_id: str) -> str:
    """The document name of a person's page, ``people/<person_id>``: what every link to it names
    and, with ``.md``, its generated source."""
    return f"{PEOPLE}/{person_id}"


def abstract_anchor(order: int) -> str:
    """The anchor of a talk's abstract on its edition's home page, ``role-<order>-abstract`` (the
    speaker's role's position in the data): the paragraph inside the abstract's fold, so that a
    browser following a link to it opens the fold (the schedule page's "Abstract" links)."""
    return f"role-{order}-abstract"


#: The people index's front matter: no "On this page" beside it (the theme's secondary sidebar,
#: pydata-sphinx-theme's per-page switch). Its row of letters (``workshop-people``) is the way to
#: a letter: the sidebar listed every letter's section again, A to Z a second time at 1280 px
#: (and behind a button at 390 px, where the row is in sight).
PEOPLE_INDEX_FRONT = "---\nhtml_theme.sidebar_secondary.remove: true\n---\n\n"


def people_sources(people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The people index and one page per person (orphans: no table of contents lists them)."""
    out = {f"{PEOPLE_INDEX}.md": PEOPLE_INDEX_FRONT + "# People\n\n" + fence("workshop-people")}
    for pid, name in people:
        page = f"---\norphan: true\n---\n\n# {heading(name)}\n\n" + fence("workshop-person", pid)
        out[f"{person_doc(pid)}.md"] = page
    return out


#: The root's page of every edition's accepted papers (:func:`papers_index`), the old site's
#: ``/accepted_papers.html``.
PAPERS_INDEX = "accepted_papers"
#: The first line of a page the generator writes beside the hand-written sources (not in a
#: folder of its own): a page it no longer plans is removed only if it begins so.
WRITTEN_HERE = "% written by workshop_data.sphinxext.pages at build time: not a source to edit\n"


def has_papers_index(site: SiteData) -> bool:
    """Whether the root has its own page of accepted papers: the newest edition has none, and
    the old URL of the current edition's papers would otherwise land on a page without papers;
    else that URL redirects to the newest edition's (:mod:`.legacy`)."""
    return bool(site.editions) and not site.newest.has_papers


def papers_index(site: SiteData) -> str:
    """The root's page of accepted papers: why it is there, and each edition's papers, newest
    first; the editions without papers in the data are named as such."""
    newest = site.newest
    having = [e for e in reversed(site.editions) if e.has_papers]
    lines = [
        "---\norphan: true\n---\n",
        WRITTEN_HERE,
        "# Accepted papers\n",
        f"This address showed the current edition's accepted papers. The newest edition, "
        f"[{heading(newest.event)}](/{newest.name}/index.md), lists none.\n",
    ]
    if having:
        lines.append("The accepted papers of each edition that has them, newest first:\n")
        lines += [f"- [{heading(e.event)}](/{e.name}/{PAPERS_INDEX}.md)" for e in having]
        lines.append("")
    none = [heading(e.label) for e in reversed(site.editions) if not e.has_papers and e is not newest]
    if none:
        lines.append(f"The pages of {', '.join(none)} list none either.\n")
    return "\n".join(lines)


def plan(site: SiteData) -> dict[str, str]:
    """Every generated source, keyed by its path relative to the source folder."""
    if not site.editions:
        return {}
    newest = site.newest
    root_toc = [f"{e.name}/index" for e in reversed(site.editions)] + [PEOPLE_INDEX, "package/index"]
    # a search for a keynote speaker listed NeurIPS 2025's home twice, the root and its own page
    out = {"index.md": "---\nnosearch: true\n---\n\n" + home(newest, f"{PROSE_DIR}/{newest.name}", root_toc)}
    for facts in site.editions:
        out.update(edition_sources(facts))
    out.update(people_sources(site.people))
    if has_papers_index(site):
        out[f"{PAPERS_INDEX}.md"] = papers_index(site)
    return out


def owned(folder: Path) -> bool:
    """Whether ``folder`` is one the generator wrote (its ``.gitignore`` is the generator's)."""
    marker = folder / ".gitignore"
    return marker.is_file() and marker.read_text("utf-8", errors="replace") == GITIGNORE


def folder_problem(edition: str, srcdir: Path, reserved: Iterable[str]) -> str | None:
    """Why ``edition``'s pages cannot have their folder in ``srcdir``, or None: it is named as a
    folder of the site's own (``reserved``: the people pages, the editions' prose, the package
    documentation) or as a file or folder of the sources the generator did not write, in any
    case (macOS and Windows take ``Package`` for ``package``). The generator would write its
    pages there and remove every page it did not write: hand-written sources lost. Nor may it
    hold a '.' (:func:`~workshop_data.ids.site_folder_problem`, the rule ``import`` applies too):
    the build stopped with a traceback there."""
    problem = site_folder_problem(edition, srcdir, reserved)
    if problem is not None:
        return problem
    key = edition.casefold()
    for entry in srcdir.iterdir() if srcdir.is_dir() else ():
        if entry.name.casefold() == key and not owned(entry):
            return f"its pages would be written into {entry}, a source of the site that is not generated"
    return None


def _claim(folder: Path) -> None:
    """Make ``folder`` the generator's before any page is written into it: a new folder is made
    under a temporary name, its marker written, then renamed into place, so that a build beside
    this one (two test workers, two terminals) never sees it without its marker and takes it for
    hand-written sources (:func:`folder_problem`); a folder there already gets its marker."""
    if not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        os.chmod(tmp, FILE_MODE | (FILE_MODE & 0o444) >> 2)  # a folder's x where its files have r
        write_if_changed(tmp / ".gitignore", GITIGNORE)
        try:
            os.rename(tmp, folder)
        except OSError:  # made meanwhile by a build beside this one
            shutil.rmtree(tmp, ignore_errors=True)
    write_if_changed(folder / ".gitignore", GITIGNORE)


def generated_dirs(paths: Iterable[str]) -> set[str]:
    """The folders the generator owns: the first component of each nested path."""
    return {p.split("/", 1)[0] for p in paths if "/" in p}


def write(srcdir: Path, sources: Mapping[str, str]) -> list[str]:
    """Write ``sources`` under ``srcdir`` (only what changed) and remove the files the generator
    wrote before that the plan no longer has; return the paths written."""
    folders = generated_dirs(sources)
    for folder in sorted(folders):
        _claim(srcdir / folder)
    written = [rel for rel, text in sorted(sources.items()) if write_if_changed(srcdir / rel, text)]
    index = srcdir / f"{PAPERS_INDEX}.md"
    if index.name not in sources and index.is_file() and WRITTEN_HERE in index.read_text("utf-8", errors="replace"):
        index.unlink()  # the newest edition has papers now: the old URL redirects to them
    for marker in sorted(srcdir.glob("*/.gitignore")):
        # a folder named with a leading '.' is one a build beside this one is claiming (_claim):
        # pathlib's '*' matches it, and removing it broke that build's claim
        if marker.parent.name.startswith(".") or not owned(marker.parent):
            continue
        for path in marker.parent.rglob("*.md"):
            if path.relative_to(srcdir).as_posix() not in sources:
                path.unlink()
        if marker.parent.name not in folders:
            shutil.rmtree(marker.parent)
    return written

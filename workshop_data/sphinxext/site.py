"""The workshop's website: every edition's pages from the data, its navigation and its old URLs.

With ``workshop_data_site = True`` in ``conf.py`` the extension builds a whole site rather than
offering directives only:

- when the configuration is read, the pages the data implies are written into the source
  folder (:mod:`.pages`): the root (the newest edition's home), each edition's pages, a page
  per person; a file is written only when its text changed;
- two audiences, two navigations: an edition's pages have that edition's pages in the top bar
  (home, schedule, papers, call for papers, changelog, data), the package documentation under
  ``package/`` has its own; a bar of every edition, the current one marked, is under the top
  bar on every page, and at its end a link to the people of every edition (a person's page is
  of no edition: without it, only the package's overview and the 404 page led to the index);
- page titles name the edition: ``Schedule · ML for Systems @ NeurIPS 2024``, in the search's
  results too (one "Schedule" per edition told the results apart by their links only), where
  among results of one score the newest edition's page comes first (:func:`search_scorer`;
  Sphinx listed them by title, the oldest editions first);
- the old site's URLs answer (:mod:`.legacy`, through sphinx-reredirects);
- the root, the newest edition's home at a second URL, names the edition's page as its
  canonical URL and is left out of the sitemap (and, :mod:`.pages`, of the search's index).

Nothing here reads a page's data: the directives do, and record what they read, so a data
change in one edition re-reads only the pages that show it.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.transforms import SphinxTransform

from .. import store
from ..errors import WorkshopDataError
from ..ids import SITE_FOLDERS
from ..model import usual_name
from ..schema import SPEAKER_ROLES
from . import csp, legacy, pages, sourcelock
from .base import broken_releases, warn_broken
from .pages import CALL_TITLE, PEOPLE, PEOPLE_INDEX, PROSE, PROSE_DIR, EditionFacts, NavItem, SiteData
from .summaries import every_edition

TEMPLATES = Path(__file__).parent / "templates"
#: The section of the package documentation (its own navigation), relative to the source folder.
PACKAGE = "package"
#: The package documentation's name, as its index is headed (``docs/package/index.md``): the
#: title of its pages, the label of its navigation, the 404 page's link to it.
PACKAGE_TITLE = "The workshop_data package"
#: Attribute of the environment holding the navigation digests of the previous build.
ATTR = "workshop_data_site_navigation"
#: The pages the generator writes (docnames), by source folder: set when the configuration is
#: read (:func:`configure`), read by :class:`DataHeading`.
_GENERATED: dict[str, frozenset[str]] = {}


def read_site(root: Path, srcdir: Path) -> SiteData:
    """The editions (from each one's latest release, oldest first: :mod:`.summaries`), their
    prose files and every person across them."""
    editions = []
    spellings: dict[str, list[str]] = {}
    folded: dict[str, tuple[str, str]] = {}  # a person id in lower case -> the id, its first edition
    for summary in every_edition(root):
        name, w = summary.name, summary.workshop
        why = pages.folder_problem(name, srcdir, SITE_FOLDERS)
        if why is not None:
            raise WorkshopDataError(f"{root / name}: edition {name!r}: {why}; rename the edition's folder")
        prose = frozenset(p for p in PROSE if (srcdir / PROSE_DIR / name / f"{p}.md").is_file())
        call = srcdir / PROSE_DIR / name / "call_for_papers.md"
        call_heading = pages.repeated_heading(call.read_text("utf-8"), CALL_TITLE) if "call_for_papers" in prose else ""
        editions.append(
            EditionFacts(
                name=name,
                event=w.event_name,
                label=w.conference or name,
                series=w.series,
                has_slots=summary.has_slots,
                has_papers=summary.has_papers,
                has_speakers=bool(summary.roles & SPEAKER_ROLES),
                has_committees=bool(summary.roles - SPEAKER_ROLES),
                prose=prose,
                call_heading=call_heading,
            )
        )
        for p in summary.people:
            spellings.setdefault(p.person_id, []).append(p.name)
            twin, where = folded.setdefault(p.person_id.casefold(), (p.person_id, name))
            if twin != p.person_id:  # the reader refuses such a pair in one release, not across editions
                raise WorkshopDataError(
                    f"{root / name}: person id {p.person_id!r} ({p.name}) differs only in case from {twin!r} of"
                    f" {where}: their pages would be one file ({PEOPLE}/{p.person_id}.html) on macOS and Windows;"
                    " give one of them another id"
                )
            if p.person_id.casefold() == "index":  # in any case: one file on macOS and Windows
                raise WorkshopDataError(
                    f"{root / name}: person id {p.person_id!r} ({p.name}): its page would be the index of "
                    f"everyone ({PEOPLE_INDEX}); give the person another id"
                )
    people = {pid: usual_name(names) for pid, names in spellings.items()}
    return SiteData(tuple(editions), tuple(sorted(people.items())))


@dataclass(frozen=True)
class Place:
    """Where a page is: its edition (``None`` outside the editions) and its page name there."""

    edition: str | None
    page: str


def place(site: SiteData, docname: str) -> Place:
    """The edition and page of ``docname`` (the root is the newest edition's home)."""
    if docname == "index":
        return Place(site.newest.name, "index")
    head, _, rest = docname.partition("/")
    if rest and head in {e.name for e in site.editions}:
        return Place(head, rest)
    return Place(None, docname)


def edition_nav(site: SiteData, facts: EditionFacts, here: Place, docname: str) -> list[dict[str, Any]]:
    """The top bar of an edition's page: its pages, the one shown marked. A page of no edition
    (a person, the people, the search) has the newest edition's, its home named by the edition
    ("NeurIPS 2025", not "Home"): its "Schedule" and "Call for papers" were nobody's there."""
    out = []
    for item in pages.edition_pages(facts):
        current = here.edition == facts.name and here.page == item.page
        doc = "index" if docname == "index" and item.page == "index" else f"{facts.name}/{item.page}"
        label = facts.label if here.edition is None and item.page == "index" else item.label
        out.append({"doc": doc, "label": label, "current": current})
    return out


def package_nav(env: Any, docname: str) -> list[dict[str, Any]]:
    """The top bar of the package documentation: the pages its index lists."""
    index = f"{PACKAGE}/index"
    out = [{"doc": index, "label": "Overview", "current": docname == index}]
    for child in env.toctree_includes.get(index, []):
        title = env.titles[child].astext() if child in env.titles else child
        out.append({"doc": child, "label": title, "current": docname == child or docname.startswith(f"{child}/")})
    return out


def page_title(site: SiteData, env: Any, docname: str, here: Place) -> str:
    """``Schedule · ML for Systems @ NeurIPS 2024``; an edition's home is the event's name."""
    title = env.titles[docname].astext() if docname in env.titles else ""
    if here.edition is not None:
        event = next(e.event for e in site.editions if e.name == here.edition)
        return event if here.page == "index" or not title else f"{title} · {event}"
    series = site.newest.series
    if docname.startswith(f"{PACKAGE}/"):
        package = PACKAGE_TITLE[:1].lower() + PACKAGE_TITLE[1:]
        # its index is headed with the package's name: named once, not "… · the … package"
        if not title or title.casefold() == package.casefold():
            return title or PACKAGE_TITLE
        return f"{title} · {package}"
    return f"{title} · {series}" if title else series


def search_title(app: Any, doctree: Any) -> None:
    """``doctree-read``, after Sphinx took the page's titles: an edition's page other than its
    home is named in the search's results as its ``<title>`` names it (:func:`page_title`), its
    long title; the title the bars and tables of contents show stays the page's own heading
    (the search's index takes the heading as the title: :meth:`.finish.HTMLBuilder.index_page`).

    Only those pages share their heading ("Schedule", "Changelog"… once per edition). A page
    whose heading is its own (a person, the package's pages, an edition's home) keeps it: a
    long title that is not its heading would list it twice in the results of a search for its
    heading ("Jeff Dean · ML for Systems" and "Jeff Dean · ML for Systems > Jeff Dean")."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    if site is None or not site.editions:
        return
    docname = app.env.docname
    here = place(site, docname)
    if here.edition is not None and here.page != "index":
        app.env.longtitles[docname] = nodes.title("", page_title(site, app.env, docname, here))


def canonical_url(app: Any, docname: str) -> str:
    """The URL of ``docname`` on the published site (``html_baseurl``), as Sphinx writes a page's
    own ``<link rel="canonical">``."""
    return str(posixpath.join(app.config.html_baseurl, app.builder.get_target_uri(docname)))


def page_context(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """``html-page-context``: the navigation bars and the title of the page; the root's
    canonical URL is the newest edition's home (the same page at two URLs: a search engine is
    told which one to list)."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    if site is None or not site.editions:
        return
    here = place(site, pagename)
    current = here.edition or ""
    context["wd_editions"] = [
        {
            "doc": "index" if e.name == site.newest.name else f"{e.name}/index",
            "label": e.label,
            "current": e.name == current,
            "page": e.name == current and here.page == "index",
        }
        for e in site.editions
    ]
    in_people = pagename == PEOPLE_INDEX or pagename.startswith(f"{PEOPLE}/")
    context["wd_people"] = {"doc": PEOPLE_INDEX, "current": in_people, "page": pagename == PEOPLE_INDEX}
    if pagename.startswith(f"{PACKAGE}/"):
        context["wd_nav"] = package_nav(app.env, pagename)
        context["wd_nav_label"] = PACKAGE_TITLE
        context["sidebars"] = ["sidebar-nav-bs.html"]  # the package's own table of contents
    else:
        facts = next((e for e in site.editions if e.name == here.edition), site.newest)
        context["wd_nav"] = edition_nav(site, facts, here, pagename)
        context["wd_nav_label"] = facts.event
    if pagename == "index" and context.get("pageurl"):
        context["pageurl"] = canonical_url(app, f"{site.newest.name}/index")
    if doctree is not None or pagename in app.env.titles:
        context["wd_title"] = page_title(site, app.env, pagename, here)
    elif pagename == "search":  # the theme's own title: "Search - " and the site's title
        context["wd_title"] = f"Search · {site.newest.series}"


def nav_digests(site: SiteData) -> dict[str, str]:
    """A digest of what every page's bars show (``""``) and of each edition's own bar."""

    def h(value: Any) -> str:
        return hashlib.sha256(json.dumps(value).encode("utf-8")).hexdigest()

    out = {"": h([[e.name, e.label] for e in site.editions])}
    for e in site.editions:
        out[e.name] = h([[i.page, i.label] for i in pages.edition_pages(e)] + [e.event])
    return out


def get_updated(app: Any, env: Any) -> list[str]:
    """``env-get-updated``: every page when the editions bar changed; an edition's pages (and
    the root, for the newest) when that edition's bar changed."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    if site is None:
        return []
    now = nav_digests(site)
    before: dict[str, str] | None = getattr(env, ATTR, None)
    setattr(env, ATTR, now)
    if before is None or before == now:
        return []
    if before.get("") != now[""]:
        return sorted(env.found_docs)
    changed = {name for name, value in now.items() if name and before.get(name) != value}
    out = {d for d in env.found_docs if d.split("/", 1)[0] in changed}
    if site.newest.name in changed:
        out.add("index")
    return sorted(out)


def configure(app: Any, config: Any) -> None:
    """``config-inited``: write the generated pages, and set the theme's bars, the templates and
    the redirects of the old URLs (here, so that a build with the same data has the same
    configuration as the last one and is not taken for a changed one)."""
    # pydata-sphinx-theme appends its components folder to templates_path; Sphinx's default value
    # is one list shared by every build of the process: a build of directives alone (no site) left
    # the folder in it, and a site built after it in the same process had the folder twice
    config.templates_path = list(config.templates_path)
    if not config.workshop_data_site:
        return
    root = store.data_dir(config.workshop_data_dir or None)
    srcdir = Path(app.srcdir)
    if config.workshop_data_site_pages:
        sourcelock.hold(srcdir)  # until the build ends: a build beside this one writes other pages there
    try:
        with broken_releases(lambda warning: warn_broken(warning, "workshop_data_site")):
            site = read_site(root, srcdir)
    except WorkshopDataError as exc:
        sourcelock.let_go(srcdir)  # no build follows
        raise WorkshopDataError(f"workshop_data_site: {exc}") from exc
    app.workshop_data_site = site
    sources = pages.plan(site)
    _GENERATED[str(srcdir)] = frozenset(path.removesuffix(".md") for path in sources)
    if config.workshop_data_site_pages:
        pages.write(srcdir, sources)
    if str(TEMPLATES) not in config.templates_path:  # a new list: the default one is shared
        config.templates_path = [*config.templates_path, str(TEMPLATES)]
    if config.html_theme == "pydata_sphinx_theme":  # the bars' places in the theme's layout
        # the theme's setup appends its components folder to templates_path, unconditionally:
        # loaded by Sphinx when the builder starts, after the configuration was compared with the
        # saved environment's (which has it), every rebuild said "The configuration has changed
        # (1 option: 'templates_path')"; loaded now, the builder's load of it is a no-op
        app.setup_extension("pydata_sphinx_theme")
        options = config.html_theme_options
        options.setdefault("navbar_center", ["wd-navbar.html"])
        options.setdefault("navbar_persistent", ["wd-search-button-field.html"])  # its name
        options.setdefault("article_header_start", [])
        options.setdefault("show_prev_next", False)
        # the footer: the way to the package's documentation on the left (where the theme puts
        # a copyright notice, which the pages of the record give no holder or year for)
        options.setdefault("footer_start", ["wd-footer.html"])
        # the value the theme would set when the builder starts, set now (see own_theme_options)
        if "html_permalinks_icon" not in config._raw_config and "html_permalinks_icon" not in config.overrides:
            config.html_permalinks_icon = "#"
    exclude = f"{PROSE_DIR}/**"
    if exclude not in config.exclude_patterns:
        config.exclude_patterns = [*config.exclude_patterns, exclude]
    # the root is the newest edition's home again: the sitemap lists the edition's own page
    home = f"index{config.html_file_suffix or '.html'}"
    if "sitemap_excludes" in config and home not in config.sitemap_excludes:  # sphinx_sitemap is loaded
        config.sitemap_excludes = [*config.sitemap_excludes, home]
    if "redirects" in config:  # sphinx_reredirects is loaded
        redirects = dict(legacy.redirects(site))
        redirects.update(config.redirects or {})
        config.redirects = redirects
        config.redirect_html_template_file = str(redirect_template(app, config))
    if not config.html_search_scorer:  # a scorer of the project's own is kept
        config.html_search_scorer = str(search_scorer(app, site))


def redirect_template(app: Any, config: Any) -> Path:
    """The redirect pages' template with the build's Content-Security-Policy (:mod:`.csp`), written
    beside the build's doctrees (sphinx-reredirects reads a file) when it changed."""
    template = csp.redirect_template(config, (TEMPLATES / "redirect.html").read_text("utf-8"))
    path = Path(app.doctreedir) / "workshop_data_redirect.html"
    if not path.is_file() or path.read_text("utf-8") != template:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template, "utf-8")
    return path


def search_scorer(app: Any, site: SiteData) -> Path:
    """The search's scorer (Sphinx's ``html_search_scorer``): among results of one score, the
    newest edition's pages first (``templates/search-scorer.js``, with the editions' order filled
    in), written beside the build's doctrees when it changed."""
    order = json.dumps({e.name: rank for rank, e in enumerate(site.editions, 1)})
    script = (TEMPLATES / "search-scorer.js").read_text("utf-8").replace("/* editions */ {}", order, 1)
    path = Path(app.doctreedir) / "workshop_data_search_scorer.js"
    if not path.is_file() or path.read_text("utf-8") != script:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(script, "utf-8")
    return path


class DataHeading(SphinxTransform):
    """A generated page's heading shows as the data writes it (a person's name, an edition's
    event), without Sphinx's smart quotes, as every directive shows data
    (``support_smartquotes``): Michael O'Boyle's page was headed "Michael O\u2019Boyle", in its
    ``<title>`` and the search's results too, where every list of people shows "O'Boyle"."""

    default_priority = 700  # before the smart quotes (750)

    def apply(self, **kwargs: Any) -> None:
        """Mark the heading of a page the generator wrote."""
        if self.env.docname not in _GENERATED.get(str(self.env.srcdir), ()):
            return
        heading = next(self.document.findall(nodes.title), None)
        if heading is not None:
            heading["support_smartquotes"] = False


class RootLabels(SphinxTransform):
    """The root is the newest edition's home again (:func:`.pages.plan`), that edition's
    ``what_to_expect.md`` included in both: a label its prose defines (a MyST target,
    ``(name)=``) was defined twice, a "duplicate label" warning that failed ``make site``. On the
    root the label names nothing: it is the edition's home page's, where a ``{ref}`` goes (the
    root is the same page at a second URL: :func:`page_context` names the edition's canonical)."""

    default_priority = 840  # after every target is noted; before the domains read them (SphinxDomains, 850)

    def apply(self, **kwargs: Any) -> None:
        """Make the generated root's explicit labels plain anchors."""
        root = self.config.root_doc
        if self.env.docname != root or root not in _GENERATED.get(str(self.env.srcdir), ()):
            return
        nametypes = self.document.nametypes
        for name in [name for name, explicit in nametypes.items() if explicit]:
            nametypes[name] = False  # the std domain registers explicit names only


def name_redirect_targets(app: Any) -> list[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``, after sphinx-reredirects wrote the redirect pages of the old URLs:
    each page's link names where it sends the reader, by that page's title (:func:`page_title`,
    "Schedule · ML for Systems @ NeurIPS 2018"), not by its relative path
    ("../neurips2018/schedule.html"), which is all sphinx-reredirects gives its template. A
    redirect that ``conf.py`` sets itself keeps its path. No page to add: ``[]``."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    if site is None or not site.editions or "redirects" not in app.config or app.builder.format != "html":
        return []
    uris = dict(legacy.redirects(site))
    for docname, target in legacy.targets(site).items():
        if app.config.redirects.get(docname) != uris[docname] or target not in app.env.titles:
            continue  # conf.py's own redirect of that page, or a target with no page
        path = Path(app.outdir) / f"{docname}{app.builder.out_suffix}"
        written = path.read_text("utf-8") if path.is_file() else ""
        title = html.escape(page_title(site, app.env, target, place(site, target)), quote=False)
        named = written.replace(f'href="{uris[docname]}">{uris[docname]}</a>', f'href="{uris[docname]}">{title}</a>', 1)
        if named != written:
            path.write_text(named, "utf-8")
    return []


def own_theme_options(app: Any) -> None:
    """``builder-inited``, before the theme's own handler: the builder gets its own copy of the
    theme options. pydata-sphinx-theme fills in options when the builder starts, and the builder's
    options are the configuration's dictionary: the environment would be saved with a
    configuration that the next build's never equals, so every build would rewrite every page."""
    options = app.config.html_theme_options
    if app.config.workshop_data_site and getattr(app.builder, "theme_options", None) is options:
        app.builder.theme_options = dict(options or {})


def setup_site(app: Any) -> None:
    """Register the configuration value and the events."""
    app.add_config_value("workshop_data_site", False, "env", types=frozenset({bool}))
    #: False for a source tree whose pages are written already (the benchmarks' static floor).
    app.add_config_value("workshop_data_site_pages", True, "env", types=frozenset({bool}))
    app.connect("config-inited", configure, priority=400)
    app.connect("build-finished", sourcelock.release, priority=950)  # after every reader of the sources
    app.connect("builder-inited", own_theme_options, priority=100)
    app.connect("html-page-context", page_context)
    app.connect("doctree-read", search_title, priority=600)  # after Sphinx's TitleCollector (500)
    app.connect("env-get-updated", get_updated)
    app.connect("html-collect-pages", name_redirect_targets, priority=600)  # after sphinx-reredirects (500)
    app.add_transform(DataHeading)
    app.add_transform(RootLabels)


__all__ = ["NavItem", "Place", "configure", "place", "read_site", "setup_site"]

"""The page a visitor gets for a URL the site does not have: ``404.html``, through the theme.

GitHub Pages, which publishes the site, answers a missing path with the site's ``404.html``
(its own bare "File not found" when there is none: no way back to the workshop). The page is
served at whatever path was asked for (``/neurips2031/shedule.html``, ``/a/b/c/d.html``), so it
cannot link as the site's pages do, relative to their folder: every link, style sheet and script
is a path from the site's root, the path of ``html_baseurl`` (``/`` for
``https://mlforsystems.org/``).

sphinx-notfound-page (Read the Docs', the docs extra's) renders it through the theme with every
URL made a path from that root (``notfound_urls_prefix``, set here from ``html_baseurl``): the
site's header as every other page has it, the theme's search and light/dark switch (a
hand-built page of its own, as it was, had neither: they are the theme's scripts, which a
relative path could not find at any depth), under the same Content-Security-Policy
(:mod:`.csp`, its registered scripts' hashes). Its top bar is a page of no edition's: the newest
edition's pages (:func:`.site.edition_nav`), with the bar of every edition and the people.

It leads to what the site has: the newest edition, every edition's home, the people and the
package's documentation (:func:`render`, the page's body); a link of its list a block, so that
its bullet stands beside its first line when it takes two. Search engines are told not to list
it (``robots noindex``), it names no canonical URL, and it is not in the sitemap: it is no page
of the site but the answer to a missing one. The old site's URLs get here only for an edition
the data does not hold (:mod:`.legacy` redirects the others).
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlsplit

from .pages import PEOPLE_INDEX, SiteData
from .site import PACKAGE, PACKAGE_TITLE
from .typography import prose

#: The page's name (sphinx-notfound-page's ``notfound_pagename``): GitHub Pages answers a
#: missing path with ``404.html``.
PAGENAME = "404"
#: Its heading and the start of its title.
TITLE = "Page not found"
BODY = """<h1>{title}</h1>
<p>{intro}
<a href="{newest_href}">{newest}</a>.</p>
<nav class="wd-notfound" aria-label="The site">
<h2>Every edition</h2>
<ul>
{editions}
</ul>
{more}
</nav>
"""


def root_path(baseurl: str) -> str:
    """The path of the site's root in its URL: ``/`` for ``https://mlforsystems.org/``,
    ``/site/`` for ``https://example.org/site``, ``/`` when there is no base URL."""
    path = urlsplit(baseurl).path or "/"
    return path if path.endswith("/") else f"{path}/"


#: The site's other parts, if the build has them: (page, text after the link).
MORE = (
    (PEOPLE_INDEX, "People", "the speakers, organizers and authors of every edition."),
    (f"{PACKAGE}/index", PACKAGE_TITLE, "the schedules, people and papers as data."),
)


def render(site: SiteData, root: str, docs: frozenset[str] = frozenset()) -> str:
    """The page's body, every link a path from ``root``: the newest edition, the editions newest
    first, then the parts of :data:`MORE` among ``docs`` (the build's pages)."""

    def link(doc: str) -> str:
        return escape(f"{root}{doc}.html")

    newest = site.newest
    editions = "\n".join(
        f'<li><a href="{link("index" if e is newest else f"{e.name}/index")}">{escape(e.event)}</a></li>'
        for e in reversed(site.editions)
    )
    more = "\n".join(
        f'<p><a href="{link(doc)}">{escape(text)}</a>: {escape(what)}</p>' for doc, text, what in MORE if doc in docs
    )
    return BODY.format(
        title=TITLE,
        intro=prose("This site has no page at this address. The workshop's newest edition is"),
        newest_href=link("index"),
        newest=escape(newest.event),
        editions=editions,
        more=more,
    )


def title(site: SiteData) -> str:
    """The page's ``<title>``: "Page not found · ML for Systems" (the newest edition's series)."""
    return f"{TITLE} · {site.newest.series}"


def configure(app: Any, config: Any) -> None:
    """``config-inited``, after :func:`.site.configure`: a site build gets the page through
    sphinx-notfound-page, its URLs paths from ``html_baseurl``'s root (unless ``conf.py`` sets
    ``notfound_urls_prefix``), left out of the sitemap."""
    if not config.workshop_data_site or getattr(app, "workshop_data_site", None) is None:
        return
    app.setup_extension("notfound.extension")
    if "notfound_urls_prefix" not in config._raw_config and "notfound_urls_prefix" not in config.overrides:
        config.notfound_urls_prefix = root_path(config.html_baseurl or "")
    config.notfound_pagename = PAGENAME
    config.notfound_context = {"title": TITLE, "body": ""}  # the body: page_context's, from the build's pages
    page = f"{PAGENAME}{config.html_file_suffix or '.html'}"
    if "sitemap_excludes" in config and page not in config.sitemap_excludes:  # sphinx_sitemap is loaded
        config.sitemap_excludes = [*config.sitemap_excludes, page]


def page_context(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """``html-page-context`` of the page: its body (:func:`render`), title, ``robots noindex``
    and no canonical URL."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    if pagename != PAGENAME or doctree is not None or site is None or not site.editions:
        return
    context["body"] = render(site, app.config.notfound_urls_prefix or "/", frozenset(app.env.found_docs))
    context["wd_title"] = title(site)
    context["metatags"] = context.get("metatags", "") + '<meta name="robots" content="noindex" />\n'
    context["pageurl"] = None


def setup_notfound(app: Any) -> None:
    """Connect ``config-inited`` and ``html-page-context``."""
    app.connect("config-inited", configure, priority=450)  # after site.configure (400)
    app.connect("html-page-context", page_context, priority=600)  # after site.page_context's title

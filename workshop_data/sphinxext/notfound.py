"""The page a visitor gets for a URL the site does not have: ``404.html``.

GitHub Pages, which publishes the site, answers a missing path with the site's ``404.html``
(its own bare "File not found" when there is none: no way back to the workshop). The page is
served at whatever path was asked for (``/neurips2031/shedule.html``), so it cannot link as
the site's pages do, relative to their folder: every link and nothing else is a path from the
site's root, the path of ``html_baseurl`` (``/`` for ``https://mlforsystems.org/``). For the
same reason it loads no style sheet or script of the theme: a page of its own, like the
redirects of the old URLs (``templates/redirect.html``), readable at any width, light or dark
as the reader's browser is, its links 24 px tall or more (a finger's target on a phone); a
link of the list a block, so that its bullet stands beside its first line when it takes two.

It leads to what the site has: the newest edition, every edition's home, the people and the
package's documentation. Its header is the site's, as every other page has it (it had none: a
visitor who mistyped an address lost the site's navigation): the site's title, the newest
edition's pages as the top bar of a page of no edition shows them (:func:`.site.edition_nav`),
and the bar of every edition and the people; without the theme's search and light/dark switch,
which are its scripts. The old site's URLs get here only for an edition the data does not
hold (:mod:`.legacy` redirects the others).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import csp
from .pages import PEOPLE_INDEX, SiteData
from .site import PACKAGE, PACKAGE_TITLE, Place, edition_nav

#: The file GitHub Pages answers a missing path with.
FILENAME = "404.html"
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">{csp}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found · {series}</title>
<style>
:root {{ color-scheme: light dark; }}
body {{ font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }}
a {{ display: inline-block; padding: 0.25rem 0; }}
main li a {{ display: block; }}
header {{ border-bottom: 1px solid #8888; padding-bottom: 0.5rem; }}
header ul {{ display: flex; flex-wrap: wrap; gap: 0 1rem; list-style: none; margin: 0; padding: 0; }}
header .wd-site-title {{ font-size: 1.25rem; font-weight: 600; }}
header nav + nav {{ border-top: 1px solid #8884; margin-top: 0.25rem; font-size: 0.9rem; }}
html {{ background: #fff; color: #222; }}
@media (prefers-color-scheme: dark) {{ html {{ background: #121212; color: #e8e8e8; }} a {{ color: #8ab4f8; }} }}
</style>
</head>
<body>
<header>
<a class="wd-site-title" href="{newest_href}">{series}</a>
<nav aria-label="{newest}">
<ul>
{top}
</ul>
</nav>
<nav aria-label="Editions of the workshop">
<ul>
{bar}
</ul>
</nav>
</header>
<main>
<h1>Page not found</h1>
<p>This site has no page at this address. The workshop's newest edition is
<a href="{newest_href}">{newest}</a>.</p>
<nav aria-label="The site">
<h2>Every edition</h2>
<ul>
{editions}
</ul>
{more}
</nav>
</main>
</body>
</html>
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


def render(site: SiteData, root: str, docs: frozenset[str] = frozenset(), policy: str | None = None) -> str:
    """The page, every link a path from ``root``; the editions newest first, then the parts of
    :data:`MORE` among ``docs`` (the build's pages); its Content-Security-Policy ``policy``, if
    any (:mod:`.csp`)."""

    def link(doc: str) -> str:
        return escape(f"{root}{doc}.html")

    newest = site.newest
    top = "\n".join(
        f'<li><a href="{link(item["doc"])}">{escape(item["label"])}</a></li>'
        for item in edition_nav(site, newest, Place(None, FILENAME.removesuffix(".html")), "")
    )
    bar = [(("index" if e is newest else f"{e.name}/index"), e.label) for e in site.editions]
    bar += [(PEOPLE_INDEX, "People")] if PEOPLE_INDEX in docs else []
    editions = "\n".join(
        f'<li><a href="{link("index" if e is newest else f"{e.name}/index")}">{escape(e.event)}</a></li>'
        for e in reversed(site.editions)
    )
    more = "\n".join(
        f'<p><a href="{link(doc)}">{escape(text)}</a>: {escape(what)}</p>' for doc, text, what in MORE if doc in docs
    )
    return PAGE.format(
        csp="" if policy is None else f"\n{csp.meta(policy)}",
        series=escape(newest.series),
        newest_href=link("index"),
        newest=escape(newest.event),
        top=top,
        bar="\n".join(f'<li><a href="{link(doc)}">{escape(label)}</a></li>' for doc, label in bar),
        editions=editions,
        more=more,
    )


def write(app: Any, exception: BaseException | None) -> None:
    """``build-finished``: write ``404.html`` into the HTML output of a successful site build."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    if exception is not None or site is None or not site.editions or app.builder.format != "html":
        return
    docs = frozenset(app.env.found_docs)
    page = render(site, root_path(app.config.html_baseurl or ""), docs, csp.page_policy(app.config, ()))
    target = Path(app.outdir) / FILENAME
    if not target.is_file() or target.read_text("utf-8") != page:
        target.write_text(page, "utf-8")


def setup_notfound(app: Any) -> None:
    """Connect ``build-finished``."""
    app.connect("build-finished", write)

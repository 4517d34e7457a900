"""The page of a missing URL (``404.html``, workshop_data.sphinxext.notfound) as GitHub Pages serves
it: at whatever path was asked for, in Debian's Chromium driven by Playwright, the site served on
127.0.0.1 at its base path (``/``, html_baseurl's), every request elsewhere refused."""

from __future__ import annotations

import functools
import http.server
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import loopback_server
from test_site_browser import _watched, browser, editions, send_html  # noqa: F401 (fixtures)

from workshop_data.model import Release

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

#: Two missing paths: a mistyped page of an edition the site does not hold, and one four folders deep.
MISSING = ("neurips2031/shedule.html", "a/b/c/d.html")


@pytest.fixture(scope="module")
def pages_site(built_site: Path) -> Iterator[str]:
    """The build served as GitHub Pages serves it: a missing path answered with ``404.html``,
    status 404. Its base URL."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            if code != 404:
                return super().send_error(code, message, explain)
            return send_html(self, 404, (built_site / "404.html").read_bytes())

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with loopback_server(functools.partial(Handler, directory=str(built_site))) as base:
        yield base


def missing_page(browser: Any, base: str, path: str, width: int, scheme: str = "light") -> tuple[Any, Any, list[str]]:  # noqa: F811
    """A new context's page at the missing ``path``, its policy's violations recorded
    (``window.wdViolations``) with the errors its scripts throw; the context, the page, the errors."""
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page, errors = _watched(context, base)
    response = page.goto(base + path)
    assert response is not None and response.status == 404
    page.wait_for_load_state("networkidle")
    return context, page, errors


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("path", MISSING)
def test_a_missing_page_has_the_sites_header_search_and_colour_switch(
    browser: Any,  # noqa: F811
    pages_site: str,
    editions: list[Release],  # noqa: F811
    path: str,
    width: int,
) -> None:
    """The page of a missing URL was a page of its own, hand-built (no theme: a relative path
    finds nothing at any depth): the site's links, but not the theme's search nor its light/dark
    switch. Rendered through the theme, its URLs paths from the site's root (sphinx-notfound-page),
    it has them at any depth, under the site's Content-Security-Policy; it still leads to the
    newest edition, every edition's home, the people and the package, and asks not to be listed."""
    context, page, errors = missing_page(browser, pages_site, path, width)
    try:
        assert page.title() == "Page not found · ML for Systems"
        assert page.locator('head meta[name="robots"]').get_attribute("content") == "noindex"
        assert page.locator('head link[rel="canonical"]').count() == 0
        assert page.locator("header.bd-header .navbar-brand").get_attribute("href") == "/index.html"
        assert page.evaluate("getComputedStyle(document.querySelector('header.bd-header')).position") == "sticky"
        homes = page.eval_on_selector_all("nav.wd-notfound li a", "els => els.map(a => a.getAttribute('href'))")
        newest = editions[-1].edition
        assert homes == ["/index.html", *(f"/{rel.edition}/index.html" for rel in reversed(editions[:-1]))]
        parts = page.eval_on_selector_all("nav.wd-notfound p a", "els => els.map(a => a.getAttribute('href'))")
        assert parts == ["/people/index.html", "/package/index.html"]
        bar = page.eval_on_selector_all("nav.wd-editions a", "els => els.map(a => a.getAttribute('href'))")
        assert f"/{editions[0].edition}/index.html" in bar
        # the colour switch (in the phone's menu at 390 px): dark
        where = page
        if width == 390:
            page.click("button.primary-toggle")
            where = page.locator("dialog#pst-primary-sidebar-modal")
            where.wait_for(state="visible")
            assert where.locator(f"a[href='/{newest}/schedule.html']").count() == 1
        where.locator("button.theme-switch-button:visible").first.click()
        where.locator("button.theme-change-button[data-mode='dark']:visible").first.click()
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        if width == 390:
            page.keyboard.press("Escape")
        # the search: its field opens with Ctrl+K, and its results page answers
        page.keyboard.press("Control+k")
        field = page.locator("#pst-search-dialog input[name='q']")
        field.wait_for(state="visible")
        field.fill("schedule")
        field.press("Enter")
        page.wait_for_url(f"{pages_site}search.html?q=schedule*")
        page.locator("#search-results li").first.wait_for(state="attached")
        assert page.evaluate("window.wdViolations") == []
        assert errors == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_a_missing_page_passes_axe(browser: Any, pages_site: str, width: int, scheme: str) -> None:  # noqa: F811
    from axe_playwright_python.sync_playwright import Axe

    context, page, _ = missing_page(browser, pages_site, MISSING[1], width, scheme)
    try:
        found = Axe().run(page).response["violations"]
        assert [(v["id"], v["impact"]) for v in found if v["impact"] in ("moderate", "serious", "critical")] == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing sideways
    finally:
        context.close()


#: Each link of the page's list of editions: its item's top, the height of a line of its text
#: with the link's padding above it, and the item's box on the page (CSS px).
LIST_ITEMS = """els => els.map(li => {
  const box = li.getBoundingClientRect(), a = li.querySelector("a");
  const line = parseFloat(getComputedStyle(li).lineHeight) + parseFloat(getComputedStyle(a).paddingTop);
  return [a.textContent, box.left, box.top, box.bottom, line];
})"""


@pytest.mark.parametrize("width", [320, 390])
def test_the_404_pages_bullets_stand_beside_their_editions_first_line(
    browser: Any,  # noqa: F811
    pages_site: str,
    width: int,
) -> None:
    """At 320 px (a phone's, and 1280 px at 400 % zoom: WCAG 1.4.10's reflow width) an edition's
    name may take two lines in the page's list; its links were inline blocks, which put an
    item's bullet beside the block's last line, so each bullet stood beside "2025" with the line
    of "ML for Systems @ NeurIPS" above it bare, as if two items. Read from the pixels: the dark
    pixels left of each item (its bullet) lie within the item's first line; each link of the
    list is 24 px tall or more (a finger's target)."""
    from PIL import Image

    context, page, _ = missing_page(browser, pages_site, MISSING[0], width)
    try:
        shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("L")
        items = page.eval_on_selector_all("nav.wd-notfound ul li", LIST_ITEMS)
        heights = page.eval_on_selector_all("nav.wd-notfound li a", "els => els.map(a => a.offsetHeight)")
    finally:
        context.close()
    assert len(items) >= 9, items
    assert min(heights) >= 24
    misplaced = []
    for text, left, top, bottom, line in items:
        column = shot.crop((int(left) - 24, int(top), int(left) - 2, int(bottom)))
        rows = [y for y in range(column.height) if column.crop((0, y, column.width, y + 1)).getextrema()[0] < 128]
        if not rows or (rows[0] + rows[-1]) / 2 > line:
            misplaced.append((text, rows[:1] + rows[-1:], line))
    assert misplaced == []

"""A visitor's pass over the built site in a real browser (the fixtures of test_site_browser:
Debian's Chromium driven by Playwright, every request to another host refused): what a person
on a phone or in the dark theme stumbled on, each kept from coming back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sitecheck import redirect_target
from test_site_browser import browser, editions, open_page  # noqa: F401 (fixtures)

from workshop_data.model import Release

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

#: The pages every edition may have, by their file's name.
EDITION_PAGES = ("index", "schedule", "accepted_papers", "call_for_papers", "changelog", "data")

#: The lines an element's text is laid out on: the distinct tops of its text's boxes.
LINES = """el => {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set();
  for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
  return tops.size;
}"""


def titled_pages(built: Path, editions: list[Release]) -> list[str]:  # noqa: F811
    """The site's home and each edition's pages (not the old addresses' redirects)."""
    found = ["index.html"]
    for rel in editions:
        for name in EDITION_PAGES:
            path = built / rel.edition / f"{name}.html"
            if path.is_file() and redirect_target(path) is None:
                found.append(f"{rel.edition}/{name}.html")
    return found


def test_every_editions_page_title_fits_a_phone_in_two_lines(
    open_page: Any,  # noqa: F811
    built_site: Path,
    editions: list[Release],  # noqa: F811
) -> None:
    """At 390 px "ML for Systems @ NeurIPS 2025" took three lines, the page's first screen
    half title: every edition's titles in two lines at most, none wider than the page."""
    long = []
    pages = titled_pages(built_site, editions)
    assert len(pages) > 4 * len(editions)
    page = open_page("index.html", width=390)
    for path in pages:
        page.goto((built_site / path).as_uri())
        h1 = page.locator("article h1").first
        lines = h1.evaluate(LINES)
        box = h1.bounding_box()
        if lines > 2 or box["x"] + box["width"] > 390:
            long.append(f"{path}: {h1.inner_text()!r} on {lines} lines")
    assert long == []


#: ``[title, left of its leftmost line, right of the photo's frame]`` of each speaker whose role
#: line or talk's title has a line under the photo, rather than beside it.
UNDER_THE_PHOTO = """entries => entries.flatMap(entry => {
  const frame = entry.querySelector('.wd-photo-frame');
  if (!frame) return [];
  const edge = frame.getBoundingClientRect().right;
  return [...entry.querySelectorAll(':scope > :is(.wd-role-line, .wd-talk-title)')].flatMap(p => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const left = Math.min(...[...range.getClientRects()].filter(r => r.width > 0).map(r => r.left));
    return left < edge ? [[p.textContent.trim(), Math.round(left), Math.round(edge)]] : [];
  });
})"""


@pytest.mark.parametrize("width", [390, 1280])
def test_a_speakers_talk_title_stays_beside_the_photo(
    open_page: Any,  # noqa: F811
    built_site: Path,
    editions: list[Release],  # noqa: F811
    width: int,
) -> None:
    """At 390 px NeurIPS 2025's "Self-improving AI and the Future of Computing Systems" ran beside
    Azalia Mirhoseini's photo, then "Systems" under it, at the page's left edge: the title of
    every speaker's talk and the line of their role are beside the photo, whole (the bio goes
    under it, as it did)."""
    page = open_page("index.html", width=width)
    under, checked = [], 0
    for rel in editions:
        page.goto((built_site / rel.edition / "index.html").as_uri())
        checked += page.locator("section.wd-speaker-entry .wd-photo-frame").count()
        under += [
            (rel.edition, *found) for found in page.eval_on_selector_all("section.wd-speaker-entry", UNDER_THE_PHOTO)
        ]
    assert checked > 20 and under == []


#: ``[width of the slot column, the lines of each slot heading of a name or two (48 characters
#: at most), the heading]`` of each changelog table on the page.
CHANGELOG_SLOTS = """lines => [...document.querySelectorAll('table.wd-changelog tbody td:nth-child(2)')].map(td => {
  const words = td.innerText.trim();
  return [Math.round(td.getBoundingClientRect().width), words.length <= 48 ? lines(td) : 0, words];
})"""


def changelog_slots(page: Any, built: Path, editions: list[Release]) -> list[tuple[str, int, int, str]]:  # noqa: F811
    """``(edition, column width, lines, heading)`` of every slot heading of every changelog."""
    found = []
    for rel in editions:
        page.goto((built / rel.edition / "changelog.html").as_uri())
        cells = page.evaluate(f"() => ({CHANGELOG_SLOTS})({LINES})")
        found += [(rel.edition, width, lines, words) for width, lines, words in cells]
    return found


def test_a_changelogs_slot_column_keeps_its_width_at_1280(
    open_page: Any,  # noqa: F811
    built_site: Path,
    editions: list[Release],  # noqa: F811
) -> None:
    """At 1280 px the changelog's table was laid out by its content: a long change squeezed the
    slot column to 81 px, "Papers and people" on four lines (NeurIPS 2023). Every slot column is
    a third of the table or so, each short heading on two lines at most."""
    found = changelog_slots(open_page("index.html", width=1280), built_site, editions)
    assert len(found) > 100
    assert min(width for _, width, _, _ in found) >= 280
    assert [f for f in found if f[2] > 2 and f[3] == "Papers and people"] == []


def test_a_changelogs_slot_heading_reads_in_two_lines_at_320(
    open_page: Any,  # noqa: F811
    built_site: Path,
    editions: list[Release],  # noqa: F811
) -> None:
    """At 320 px a slot's heading sat beside its time, in a column of its own: "Invited Speaker 1:
    Christina Delimitrou — Run 1" took four lines, "Panel: Jeff Dean, Natasha Jacques, Tim Kraska"
    four. The heading follows the time on its line and wraps under it: a heading of a name or two
    (48 characters at most) takes two lines at most."""
    found = changelog_slots(open_page("index.html", width=320), built_site, editions)
    assert len(found) > 100
    assert [f for f in found if f[2] > 2] == []


#: ``[ring, filter]`` of each photo's frame: the colour of the ring around it (its box shadow, as
#: numbers from 0 to 1, or null where it has none) and the filter drawn over it; then the page's
#: ground, as numbers from 0 to 1.
PHOTO_RINGS = """() => {
  const rgb = text => {
    const srgb = text.match(/color\\(srgb ([\\d.]+) ([\\d.]+) ([\\d.]+)/);
    if (srgb) return srgb.slice(1, 4).map(Number);
    const plain = text.match(/rgba?\\((\\d+), (\\d+), (\\d+)/);
    return plain ? plain.slice(1, 4).map(n => n / 255) : null;
  };
  const frames = [...document.querySelectorAll('.wd-photo-frame')].map(f => {
    const style = getComputedStyle(f);
    return [style.boxShadow === 'none' ? null : rgb(style.boxShadow), style.filter];
  });
  return [frames, rgb(getComputedStyle(document.body).backgroundColor)];
}"""


def contrast(a: list[float], b: list[float]) -> float:
    """WCAG's contrast ratio of two sRGB colours (components from 0 to 1)."""

    def luminance(c: list[float]) -> float:
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_a_photo_frame_stands_out_of_the_page(browser: Any, built_site: Path, scheme: str) -> None:  # noqa: F811
    """In the dark theme a photo that did not load was a circle of rgb(33, 39, 49) on the page's
    rgb(20, 24, 30), 1.2:1: the theme dims images, the placeholder drawn by the image's
    ::before with them; in the light theme a circle of the theme's surface on white, 1.1:1. The
    frame has a ring of its own, not dimmed, 3:1 or more on the page (WCAG 1.4.11, non-text
    contrast), in either theme."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.route("http*://**", lambda route: route.abort())
    rings = []
    for path in ("people/jeff-dean.html", "neurips2022/index.html"):
        page.goto((built_site / path).as_uri())
        frames, ground = page.evaluate(PHOTO_RINGS)
        assert frames, path
        rings += [(path, ring and round(contrast(ring, ground), 2), dimmed) for ring, dimmed in frames]
    context.close()
    assert [r for r in rings if r[1] is None or r[1] < 3 or r[2] != "none"] == []

"""The built site in a real browser: Playwright's Python API driving Debian's Chromium
(``executable_path``; no browser is downloaded), pages opened from the build folder with every
request to another host refused (the photos and PDFs of the old site are not fetched).

Per edition: the schedule shows every row of the latest release, the time-zone switch gives
the times and days of Europe/Berlin and Asia/Tokyo, the papers filter narrows the list, the
editions bar leads from edition to edition. On every page at 390 px and 1280 px nothing scrolls
sideways. axe-core (the copy axe-playwright-python ships) finds no serious or critical
violation on any kind of page.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import loopback_server, require
from sitecheck import pages as site_pages

from workshop_data import store
from workshop_data.defaults import LATEST
from workshop_data.model import Release
from workshop_data.sphinxext.timezones import time_text
from workshop_data.timeutil import day_text, utc_offset
from workshop_data.validation import read_release

# one pytest-xdist worker builds the site and runs the browser for the whole module
# One worker runs these (the browser launched once), beside the one building docs/ in place: the
# real site they read is built once for the whole run (conftest.built_site).
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

ROWS = "table.wd-schedule tbody tr:not(.wd-day-row)"
#: One page of each kind, as a path in the build (the newest edition's pages are found at run time).
#: (talk_mix: a notebook whose cells' code is folded away, a <summary> each)
PACKAGE_PAGES = (
    "package/index",
    "package/guide",
    "package/api",
    "package/data",
    "package/notebooks/quickstart",
    "package/notebooks/talk_mix",
)


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    require(path is not None, "chromium is not installed (apt-get install chromium)")
    assert path is not None
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed (pip install '.[test]')")
        raise
    executable = chromium_path()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


def offline(page: Any) -> Any:
    """Refuse every request that leaves the build folder."""
    page.route("http*://**", lambda route: route.abort())
    return page


@pytest.fixture
def open_page(browser: Any, built_site: Path) -> Iterator[Any]:
    """``open_page(path, tz=..., width=..., js=True)``: a page of the build in a fresh context."""
    contexts: list[Any] = []

    def opener(path: str, tz: str = "America/Vancouver", width: int = 1280, js: bool = True) -> Any:
        context = browser.new_context(timezone_id=tz, viewport={"width": width, "height": 900}, java_script_enabled=js)
        contexts.append(context)
        page = offline(context.new_page())
        file, _, query = path.partition("?")
        page.goto((built_site / file).as_uri() + (f"?{query}" if query else ""))
        return page

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def editions() -> list[Release]:
    """Each edition's latest release, oldest first (the data the site was built from)."""
    root = store.data_dir(None)
    return [read_release(store.release_path(name, LATEST, root)) for name in store.edition_order(root)]


def local_days(rel: Release, tz: str) -> list[str]:
    """The days of the slots' starts in zone ``tz``, as the page's day rows name them: the
    script's ``longDay`` writes the day as the site's Python does (:func:`day_text`)."""
    zone = ZoneInfo(rel.workshop.timezone)
    out: list[str] = []
    for s in rel.slots:
        if s.start is None:  # a time the page printed as "TBD": no day of its own
            continue
        day = s.start.replace(tzinfo=zone).astimezone(ZoneInfo(tz))
        label = day_text(day.date())
        if not out or out[-1] != label:
            out.append(label)
    return out


def test_every_editions_schedule_shows_every_row(open_page: Any, editions: list[Release]) -> None:
    for rel in editions:
        if not rel.slots:
            continue
        page = open_page(f"{rel.edition}/schedule.html")
        ids = page.eval_on_selector_all(ROWS, "rows => rows.map(r => r.id)")
        assert len(ids) == len(rel.slots), rel.edition
        assert page.locator("a.wd-day-ics").count() == 1


@pytest.mark.parametrize("tz", ["Europe/Berlin", "Asia/Tokyo"])
def test_time_zone_switch_in_every_edition(open_page: Any, editions: list[Release], tz: str) -> None:
    for rel in editions:
        if not rel.slots:
            continue
        page = open_page(f"{rel.edition}/schedule.html", tz=tz)
        assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == tz
        first = f"{ROWS} time.wd-time"
        start = next(s.start for s in rel.slots if s.start is not None)
        venue = start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
        assert page.locator(first).first.text_content() == f"{venue:%H:%M}"
        page.click("button.wd-tz-switch")
        assert page.locator(first).first.text_content() == f"{venue.astimezone(ZoneInfo(tz)):%H:%M}"
        assert tz in (page.locator(".wd-tz-label").first.text_content() or "")
        days = page.eval_on_selector_all("tr.wd-day-local", "rows => rows.map(r => r.textContent.trim())")
        assert days == local_days(rel, tz), rel.edition
        assert page.eval_on_selector_all("tr.wd-day-venue", "rows => rows.every(r => r.hidden)")
        page.click("button.wd-tz-switch")
        assert page.locator(first).first.text_content() == f"{venue:%H:%M}"
        assert page.locator("tr.wd-day-local").count() == 0


def test_without_javascript_the_venues_times_stay(open_page: Any, editions: list[Release]) -> None:
    rel = next(r for r in reversed(editions) if r.slots)
    page = open_page(f"{rel.edition}/schedule.html?tz=local", tz="Asia/Tokyo", js=False)
    venue = rel.slots[0].start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
    time = page.locator(f"{ROWS} time.wd-time").first
    assert time.get_attribute("datetime") == venue.isoformat()
    assert time.text_content() == f"{venue:%H:%M}"
    assert page.locator("button.wd-tz-switch").first.is_hidden()
    assert page.locator("label.wd-tz-choice").first.is_hidden()
    assert page.locator("p.wd-filter").count() == 0 or page.locator("p.wd-filter").first.is_hidden()


def test_tz_parameter_starts_in_the_readers_zone(open_page: Any, editions: list[Release]) -> None:
    rel = next(r for r in reversed(editions) if r.slots)
    page = open_page(f"{rel.edition}/schedule.html?tz=local", tz="Asia/Tokyo")
    venue = rel.slots[0].start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
    tokyo = venue.astimezone(ZoneInfo("Asia/Tokyo"))
    assert page.locator(f"{ROWS} time.wd-time").first.text_content() == f"{tokyo:%H:%M}"


@pytest.mark.parametrize("chosen", ["Asia/Tokyo", "Pacific/Honolulu"])
def test_the_time_zone_menu_shows_any_zone_in_every_edition(
    open_page: Any, editions: list[Release], chosen: str
) -> None:
    # the old schedules of NeurIPS 2020 to 2022 had a menu of every time zone; the new site
    # switched between the venue's zone and the reader's only
    for rel in editions:
        if not rel.slots:
            continue
        page = open_page(f"{rel.edition}/schedule.html", tz="Europe/Berlin")
        first = f"{ROWS} time.wd-time"
        start = next(s.start for s in rel.slots if s.start is not None)
        venue = start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
        menu = page.locator("select.wd-tz-select")
        assert menu.input_value() == "" and page.locator("label.wd-tz-choice").is_visible()
        menu.select_option(chosen)
        assert page.locator(first).first.text_content() == f"{venue.astimezone(ZoneInfo(chosen)):%H:%M}"
        label = page.locator(".wd-tz-label").first.text_content() or ""
        assert chosen in label and label.endswith(", the time zone chosen.")
        days = page.eval_on_selector_all("tr.wd-day-local", "rows => rows.map(r => r.textContent.trim())")
        assert days == local_days(rel, chosen), rel.edition
        assert page.locator("button.wd-tz-switch").get_attribute("aria-pressed") == "false"
        page.click("button.wd-tz-switch")  # the reader's own zone, the menu saying so
        assert page.locator(first).first.text_content() == f"{venue.astimezone(ZoneInfo('Europe/Berlin')):%H:%M}"
        assert menu.input_value() == "Europe/Berlin"
        menu.select_option("")  # the venue's again
        assert page.locator(first).first.text_content() == f"{venue:%H:%M}"
        assert page.locator("tr.wd-day-local").count() == 0
        assert page.locator("button.wd-tz-switch").get_attribute("aria-pressed") == "false"


def test_tz_parameter_names_a_zone_to_start_in(open_page: Any, editions: list[Release]) -> None:
    rel = next(r for r in editions if r.slots)
    venue = rel.slots[0].start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
    page = open_page(f"{rel.edition}/schedule.html?tz=Asia/Kolkata", tz="Europe/Berlin")
    assert (
        page.locator(f"{ROWS} time.wd-time").first.text_content()
        == f"{venue.astimezone(ZoneInfo('Asia/Kolkata')):%H:%M}"
    )
    assert page.locator("select.wd-tz-select").input_value() == "Asia/Kolkata"
    page = open_page(f"{rel.edition}/schedule.html?tz=Mars/Olympus", tz="Europe/Berlin")  # no such zone
    assert page.locator(f"{ROWS} time.wd-time").first.text_content() == f"{venue:%H:%M}"


#: A browser of before 2022 (Safari 15.3, Chrome 94): no Intl.supportedValuesOf (so no menu) and
#: no "shortOffset" zone name, for which Intl.DateTimeFormat throws a RangeError.
OLD_INTL = """
delete Intl.supportedValuesOf;
const Made = Intl.DateTimeFormat;
Intl.DateTimeFormat = function (locale, options) {
  if (options && /Offset$/.test(options.timeZoneName || "")) { throw new RangeError("timeZoneName"); }
  return new Made(locale, options);
};
Intl.DateTimeFormat.prototype = Made.prototype;
Intl.DateTimeFormat.supportedLocalesOf = Made.supportedLocalesOf;
"""


def test_the_switch_works_in_a_browser_without_the_newest_intl(
    browser: Any, built_site: Path, editions: list[Release]
) -> None:
    # The switch rewrote the times in the reader's zone, then threw on "shortOffset": the label
    # still said the venue's zone, the button 'Show in my time zone' (aria-pressed false), the
    # day rows the venue's, and a second click did the same again: no way back
    rel = next(r for r in reversed(editions) if r.slots)
    context = browser.new_context(timezone_id="Asia/Kolkata")
    try:
        page = offline(context.new_page())
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.add_init_script(OLD_INTL)
        page.goto((built_site / rel.edition / "schedule.html").as_uri())
        first = page.locator(f"{ROWS} time.wd-time").first
        venue = rel.slots[0].start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
        assert not page.locator("label.wd-tz-choice").is_visible()  # no list of zones: no menu
        page.click("button.wd-tz-switch")
        assert first.text_content() == f"{venue.astimezone(ZoneInfo('Asia/Kolkata')):%H:%M}"
        label = page.locator(".wd-tz-label").first.text_content() or ""
        assert label.startswith("Asia/") and label.endswith(" (UTC+05:30), your time zone."), label
        assert page.locator("button.wd-tz-switch").get_attribute("aria-pressed") == "true"
        days = page.eval_on_selector_all("tr.wd-day-local", "rows => rows.map(r => r.textContent.trim())")
        assert days == local_days(rel, "Asia/Kolkata")
        page.click("button.wd-tz-switch")
        assert first.text_content() == f"{venue:%H:%M}"
        assert errors == []
    finally:
        context.close()


def test_a_zone_named_in_another_case_is_shown_by_its_name(open_page: Any, editions: list[Release]) -> None:
    # '?tz=asia/tokyo' (a link typed by hand) showed 'asia/tokyo' and added it to the menu a
    # second time, beside 'Asia/Tokyo'; '?tz=utc' likewise
    rel = next(r for r in editions if r.slots)
    for asked, name in (("asia/tokyo", "Asia/Tokyo"), ("utc", "UTC")):
        page = open_page(f"{rel.edition}/schedule.html?tz={asked}", tz="Europe/Berlin")
        assert (page.locator(".wd-tz-label").first.text_content() or "").startswith(f"{name} (UTC")
        values = page.eval_on_selector_all("select.wd-tz-select option", "os => os.map(o => o.value)")
        assert [v for v in values if v.lower() == asked] == [name]
        assert page.locator("select.wd-tz-select").input_value() == name


def test_a_time_the_browser_reads_no_instant_in_leaves_the_others_switched(
    open_page: Any, editions: list[Release]
) -> None:
    # A time at the venue before its zone's standard time (Los Angeles' mean time, UTC-07:52:58)
    # is written with an offset in seconds, which a browser's Date does not read: Intl threw on
    # it and the times after it, the label and the switch stayed as they were
    rel = next(r for r in editions if r.slots)
    _text, value = time_text(dt.datetime(1850, 1, 1, 10, tzinfo=ZoneInfo("America/Los_Angeles")))
    assert value == "1850-01-01T10:00:00-07:52:58"
    page = open_page(f"{rel.edition}/schedule.html", tz="Asia/Tokyo")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.eval_on_selector(
        "p.wd-tz-note",
        "(p, v) => { const t = document.createElement('time'); t.className = 'wd-time';"
        " t.setAttribute('datetime', v); t.textContent = '10:00'; p.prepend(t); }",
        value,
    )
    page.click("button.wd-tz-switch")
    venue = rel.slots[0].start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
    assert (
        page.locator(f"{ROWS} time.wd-time").first.text_content() == f"{venue.astimezone(ZoneInfo('Asia/Tokyo')):%H:%M}"
    )
    assert page.locator("p.wd-tz-note time.wd-time").text_content() == "10:00"
    assert page.locator("button.wd-tz-switch").get_attribute("aria-pressed") == "true"
    assert errors == []


def test_a_person_pages_one_switch_shows_every_editions_times_and_each_venues_back(open_page: Any) -> None:
    """Jeff Dean's page had a note and a switch in each of its four editions' sections; it has
    one above them, for times at three venues. Pressed, every time of every section is in the
    reader's zone, the note says so and the switch offers "each venue's time" back (no one venue
    is the page's); pressed again, each time is its venue's as the HTML writes it."""
    page = open_page("people/jeff-dean.html", tz="Asia/Tokyo")
    times = page.locator("section[id^=at-] time.wd-time")
    venue = times.evaluate_all("ts => ts.map(t => [t.getAttribute('datetime'), t.textContent])")
    assert len(venue) == 12 and page.locator("button.wd-tz-switch").count() == 1
    page.click("button.wd-tz-switch")
    tokyo = [dt.datetime.fromisoformat(value).astimezone(ZoneInfo("Asia/Tokyo")) for value, _ in venue]
    shown = times.evaluate_all("ts => ts.map(t => t.textContent)")
    assert [text[:5] for text in shown] == [f"{t:%H:%M}" for t in tokyo]
    assert page.locator(".wd-tz-label").text_content() == "Asia/Tokyo (UTC+09:00), your time zone."
    assert page.locator("button.wd-tz-switch").text_content() == "Show each venue’s time"
    page.click("button.wd-tz-switch")
    assert times.evaluate_all("ts => ts.map(t => [t.getAttribute('datetime'), t.textContent])") == venue
    assert page.locator("button.wd-tz-switch").text_content() == "Show in my time zone"
    assert page.locator("select.wd-tz-select").input_value() == ""


def test_a_switched_end_on_its_starts_day_does_not_repeat_the_day(open_page: Any) -> None:
    """Switched to Asia/Tokyo, Jeff Dean's page read "01:20 (Mon 16 Dec)–02:15 (Mon 16 Dec)" for
    a keynote of one hour, the day twice on a line a phone barely holds. An end on its start's
    day in the zone shown does not repeat the day, as the venue's "Sun 15 Dec 08:20–09:15" does
    not; an end on another day keeps it (NeurIPS 2022's 23:40 to 00:30 in Tokyo)."""
    page = open_page("people/jeff-dean.html", tz="Asia/Tokyo", width=390)
    page.click("button.wd-tz-switch")

    def when(edition: str) -> list[str]:  # as seen: a derived end's words for a screen reader left out
        return page.locator(f"section#at-{edition} a.wd-when").evaluate_all(
            "as => as.map(a => { const c = a.cloneNode(true); c.querySelectorAll('.wd-sr').forEach(e => e.remove());"
            " return c.textContent; })"
        )

    assert when("neurips2024") == ["01:20 (Mon 16 Dec)–02:15", "06:00 (Mon 16 Dec)–06:45"]
    derived = page.locator("section#at-neurips2024 a.wd-when .wd-sr").all_text_contents()
    assert derived == [" (ends when the next slot starts)"] * 2  # the switch keeps the derived ends' words
    assert when("neurips2022") == ["23:40 (Sat 3 Dec)–00:30 (Sun 4 Dec)"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


#: Each "(UTC-08:00)" of a time-zone note's label and the number of lines it is shown on.
OFFSET_LINES = """label => {
  const nodes = [];
  const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(), pos = 0; n; pos += n.length, n = walker.nextNode()) { nodes.push([n, pos]); }
  const at = i => { for (const [n, start] of nodes) { if (i <= start + n.length) { return [n, i - start]; } } };
  const out = [];
  for (const m of label.textContent.matchAll(/\\(UTC[-+]\\d\\d:\\d\\d\\)/g)) {
    const range = document.createRange();
    range.setStart(...at(m.index));
    range.setEnd(...at(m.index + m[0].length));
    out.push([m[0], new Set(Array.from(range.getClientRects(), r => Math.round(r.top))).size]);
  }
  return out;
}"""


def test_a_time_zone_notes_offsets_stay_on_one_line_on_a_phone(open_page: Any) -> None:
    """At 390 px Jeff Dean's note broke "(PST, UTC-" from "08:00)", Wenda Zhou's "UTC-" from
    "06:00)": each zone's offset is on one line, on a person's page and on a schedule, and so is
    a chosen zone's."""
    for path in ("people/jeff-dean.html", "people/wenda-zhou.html", "neurips2024/schedule.html"):
        page = open_page(path, width=390)
        shown = page.eval_on_selector(".wd-tz-label", OFFSET_LINES)
        assert shown and all(lines == 1 for _, lines in shown), (path, shown)
        page.locator("select.wd-tz-select").select_option("America/St_Johns")
        shown = page.eval_on_selector(".wd-tz-label", OFFSET_LINES)
        assert [lines for _, lines in shown] == [1], (path, shown)


@pytest.mark.parametrize("width", [390, 1280])
def test_a_chosen_zones_offset_is_written_as_the_venues(open_page: Any, width: int) -> None:
    """The venue's zone read "America/Vancouver (PST, UTC-08:00)" and a visitor's chosen one
    "Asia/Tokyo (GMT+9)": one style now, Python's :func:`~workshop_data.timeutil.utc_offset` for
    the venue's and the script's for a chosen zone, each checked against Python's offset of that
    zone at the page's first time (half and three-quarter hours, west and east, and UTC too)."""
    rel = read_release(store.release_path("neurips2024", LATEST, store.data_dir(None)))
    first = next(s.start for s in rel.slots if s.start is not None).replace(tzinfo=ZoneInfo(rel.workshop.timezone))
    page = open_page("neurips2024/schedule.html", tz="Asia/Kolkata", width=width)
    label = page.locator(".wd-tz-label").first
    assert label.text_content() == "America/Vancouver (UTC-08:00), the venue’s time zone."
    assert utc_offset(first) == "UTC-08:00"
    for zone in ("Asia/Tokyo", "America/St_Johns", "Pacific/Chatham", "Europe/London"):
        page.locator("select.wd-tz-select").select_option(zone)
        said = utc_offset(first.astimezone(ZoneInfo(zone)))
        assert label.text_content() == f"{zone} ({said}), the time zone chosen.", zone
    page.click("button.wd-tz-switch")
    assert label.text_content() in (
        "Asia/Kolkata (UTC+05:30), your time zone.",
        "Asia/Calcutta (UTC+05:30), your time zone.",
    )
    utc = open_page("neurips2024/schedule.html?tz=UTC", width=width).locator(".wd-tz-label").first
    assert utc.text_content() == "UTC (UTC+00:00), the time zone chosen."


def test_papers_filter_narrows_the_list_as_one_types(open_page: Any, editions: list[Release]) -> None:
    with_papers = [r for r in editions if r.papers]
    assert with_papers, "no edition with papers in the data"
    for rel in with_papers:
        page = open_page(f"{rel.edition}/accepted_papers.html")
        box = page.locator("#wd-paper-filter")
        assert box.is_visible()
        visible = "document.querySelectorAll('.wd-paper:not([hidden])').length"
        total = len(rel.papers)
        assert page.evaluate(visible) == total
        last = rel.papers[-1]
        box.press_sequentially(last.title[:40])
        shown = page.eval_on_selector_all(".wd-paper:not([hidden])", "els => els.map(e => e.id)")
        assert f"paper-{last.paper_id}" in shown, rel.edition
        words = last.title[:40].lower().split()
        texts = page.eval_on_selector_all(".wd-paper:not([hidden])", "els => els.map(e => e.textContent.toLowerCase())")
        assert all(all(w in t for w in words) for t in texts)
        assert f"of {total} shown" in (page.locator(".wd-filter-count").text_content() or "")
        box.fill("")
        box.press_sequentially("zzqx no such paper")
        assert page.evaluate(visible) == 0
        box.fill("")
        box.dispatch_event("input")
        assert page.evaluate(visible) == total


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_a_papers_filter_that_matches_nothing_says_so_and_clears(
    browser: Any, built_site: Path, editions: list[Release], width: int, scheme: str
) -> None:
    """A filter that held no paper showed "0 of 26 shown" and an empty page under it: it says
    that no paper holds every word typed, on the screen under the box, with a button that
    clears the filter, shows every paper again and puts the cursor back in the box; axe-core
    finds nothing on the line in either mode."""
    from axe_playwright_python.sync_playwright import Axe

    rel = next(r for r in editions if r.edition == "neurips2024")
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    try:
        page = offline(context.new_page())
        page.goto((built_site / rel.edition / "accepted_papers.html").as_uri())
        none = page.locator(".wd-filter-none")
        assert none.count() == 1 and not none.is_visible()
        box = page.locator("#wd-paper-filter")
        box.press_sequentially("compiler")
        assert not none.is_visible()  # papers shown: nothing to say
        box.fill("")
        box.press_sequentially("zzqx no such paper")
        visible = "document.querySelectorAll('.wd-paper:not([hidden])').length"
        assert page.evaluate(visible) == 0
        assert none.is_visible() and " ".join(none.inner_text().split()) == (
            "No paper holds every word typed. Clear the filter"
        )
        shown = none.bounding_box()
        assert shown is not None and shown["x"] >= 0 and shown["x"] + shown["width"] <= width
        assert shown["y"] + shown["height"] <= 900  # on the screen, under the box
        found = Axe().run(page, context=".wd-filter-none").response["violations"]
        assert [(v["id"], v["impact"]) for v in found] == []
        none.get_by_role("button", name="Clear the filter").click()
        assert box.input_value() == "" and page.evaluate(visible) == len(rel.papers)
        assert not none.is_visible() and (page.locator(".wd-filter-count").text_content() or "") == ""
        assert page.evaluate("document.activeElement.id") == "wd-paper-filter"
        assert page.evaluate("document.documentElement.scrollWidth") == width
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_papers_filters_count_stays_on_one_line(open_page: Any, editions: list[Release], width: int) -> None:
    """At 390 px the count beside the filter box broke after its first words: "4 of" beside the
    box, "26 shown" under it. It is one line, beside the box where both fit, else under it."""
    rel = next(r for r in editions if r.edition == "neurips2024")
    page = open_page(f"{rel.edition}/accepted_papers.html", width=width)
    page.locator("#wd-paper-filter").press_sequentially("compiler")
    count = page.locator(".wd-filter-count")
    assert re.fullmatch(rf"\d+ of {len(rel.papers)} shown", count.text_content() or ""), count.text_content()
    assert count.evaluate("e => [...e.getClientRects()].filter(r => r.width).length") == 1


#: The lines of each list of the people's index (``ul.wd-people``): how many distinct left edges
#: its items start at (its columns), and whether every item lies inside the list's box.
PEOPLE_COLUMNS = """lists => lists.map(ul => {
  const box = ul.getBoundingClientRect(), items = [...ul.children].map(li => li.getBoundingClientRect());
  return [new Set(items.map(r => Math.round(r.left))).size,
          items.every(r => r.left >= box.left - 1 && r.right <= box.right + 1)];
})"""


@pytest.mark.parametrize("width", [390, 1280])
def test_the_people_index_uses_the_width_it_has(open_page: Any, width: int) -> None:
    """The people's index at 1280 px was one column of 722 names, the right half of its text
    column empty, some 25,000 px to scroll: a list of more than a few names is two columns where
    the text column is wide (each name whole in its column), one on a phone."""
    page = open_page("people/index.html", width=width)
    lists = page.locator("ul.wd-people").evaluate_all(PEOPLE_COLUMNS)
    sizes = page.locator("ul.wd-people").evaluate_all("uls => uls.map(ul => ul.children.length)")
    assert len(lists) >= 20 and all(inside for _, inside in lists), lists
    wanted = [2 if width == 1280 and n > 1 else 1 for n in sizes]
    assert [columns for columns, _ in lists] == wanted, (sizes, lists)
    assert page.evaluate("document.documentElement.scrollWidth") == width


#: For each element given, the punctuation shown before it (the comma before a title's status, the
#: dot before a talk's slides) when it is not on the line of what precedes it (it began a line).
PUNCTUATION_KEPT = r"""
items => items.map(item => {
  const sep = item.previousSibling;
  const text = sep && sep.nodeType === 1 && sep.classList.contains("wd-sep") ? sep.firstChild : sep;
  const before = sep && sep.previousSibling;
  if (!text || text.nodeType !== 3 || !before) return null;
  const k = text.textContent.search(/[^\s\u00a0]/);
  if (k < 0) return null;
  const at = document.createRange();
  at.setStart(text, k); at.setEnd(text, k + 1);
  const here = at.getClientRects();
  if (!here.length) return "";  // hidden: it begins no line
  const whole = document.createRange();
  whole.selectNodeContents(before);
  const lines = before.nodeType === 1 ? before.getClientRects() : whole.getClientRects();
  const last = lines[lines.length - 1];
  return Math.abs(here[0].top - last.top) < 2 ? "" : before.textContent.slice(-30) + " | " + text.textContent;
}).filter(x => x !== null)
"""


@pytest.mark.parametrize("width", [390, 1280])
def test_punctuation_stays_with_the_text_before_it(open_page: Any, editions: list[Release], width: int) -> None:
    """A title's status ("…Networks, Best Paper") and a talk's materials ("· Paper · Slides"):
    neither the comma nor the dot begins a line."""
    checked = []
    for rel in editions:
        if any(s.status and s.title for s in rel.slots) or rel.materials:
            page = open_page(f"{rel.edition}/schedule.html", width=width)
            checked += page.eval_on_selector_all("table.wd-schedule :is(.wd-status, .wd-material)", PUNCTUATION_KEPT)
    assert len(checked) > 10, "too few titles with a status or materials in the data"
    assert [found for found in checked if found] == []


#: The cells of a table that are shown but lie, wholly or in part, right of the page's text
#: column (cut off in a box scrolled sideways), as "row:column".
CELLS_CUT_OFF = """
table => {
  const edge = table.closest("article").getBoundingClientRect().right;
  return [...table.querySelectorAll("tbody tr")].flatMap((tr, i) => [...tr.cells].map((td, j) => {
    const box = td.getBoundingClientRect();
    return box.width > 0 && box.right > edge + 1 ? `${i}:${j}` : null;
  })).filter(x => x);
}
"""


#: An edition's banner: ``[space left of its text, above its first line, below its last]`` (CSS px).
BANNER_SPACE = """b => {
  const box = b.getBoundingClientRect(), shown = [...b.children].filter(c => c.getClientRects().length);
  const first = shown[0].getBoundingClientRect(), last = shown[shown.length - 1].getBoundingClientRect();
  const left = Math.min(...shown.map(c => c.getBoundingClientRect().left));
  return [left - box.left, first.top - box.top, box.bottom - last.bottom];
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_an_editions_banner_keeps_its_text_off_its_edges(open_page: Any, editions: list[Release], width: int) -> None:
    """The banner of an edition's home (its day, venue, description): the theme's rule for a
    docutils container took its side padding, its text touched the coloured border (5 px: the
    border itself), and the hidden description's margin left more space below than above."""
    for rel in editions:
        page = open_page(f"{rel.edition}/index.html", width=width)
        left, above, below = page.locator(".wd-banner").evaluate(BANNER_SPACE)
        assert left >= 16 + 5, (rel.edition, left)
        assert abs(below - above) <= 1, (rel.edition, above, below)


def test_every_releases_counts_are_on_screen_on_a_phone(open_page: Any, editions: list[Release]) -> None:
    newest = editions[-1].edition
    page = open_page(f"{newest}/data.html", width=390)
    table = page.locator("table.wd-releases")
    assert table.evaluate(CELLS_CUT_OFF) == []
    # the headers are hidden: each count is named before it
    named = "tr => [...tr.cells].map(td => getComputedStyle(td.firstElementChild, '::before').content)"
    assert table.locator("tbody tr").first.evaluate(named)[2:5] == ['"Slots "', '"Talks "', '"Papers "']
    assert table.locator("tbody tr").first.locator("td").last.inner_text() == "latest"  # newest first


#: For each row of a table's body, how many lines each of the cells ``columns`` (their indexes)
#: takes on screen.
LINES_OF_CELLS = """(table, columns) => [...table.tBodies[0].rows].map(tr => columns.map(i => {
  const walker = document.createTreeWalker(tr.cells[i], NodeFilter.SHOW_TEXT);
  const tops = new Set();
  for (let node; (node = walker.nextNode());) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (box.width) tops.add(Math.round(box.top / 4));
  }
  return tops.size;
}))"""


def test_the_releases_table_keeps_each_short_phrase_on_one_line_at_1280(
    open_page: Any, editions: list[Release]
) -> None:
    """NeurIPS 2025's data page broke "not listed" in its Papers column onto two lines at 1280 px
    (the releases before its papers were listed), and its counts' columns in its Talks and Slots.
    On every edition's data page each cell of the name, the counts and the status is on one line,
    the publication keeps each of its two phrases whole (``wd-published``), and the table is in
    sight whole: no sideways scroll of its box (ISCA 2019's names to the second are the widest)."""
    for rel in editions:
        page = open_page(f"{rel.edition}/data.html", width=1280)
        table = page.locator("table.wd-releases")
        if rel.edition == "neurips2025":
            assert "not listed" in table.locator("tbody td:nth-child(5)").all_inner_texts()  # the phrase that broke
        lines = table.evaluate(LINES_OF_CELLS, [0, 2, 3, 4, 5])  # (an empty status: no line)
        assert lines[0] == [1, 1, 1, 1, 1] and {n for row in lines for n in row} == {0, 1}, (rel.edition, lines)
        published = table.locator("tbody .wd-published").evaluate_all(
            "els => els.map(e => [...e.getClientRects()].filter(r => r.width).length)"
        )
        assert set(published) == {1}, (rel.edition, published)
        box = table.evaluate("t => [t.parentElement.scrollWidth, t.parentElement.clientWidth]")
        assert box[0] <= box[1], (rel.edition, box)
        assert page.evaluate("document.documentElement.scrollWidth") == 1280


@pytest.mark.parametrize("width", [390, 1280])
def test_the_editions_table_keeps_names_days_and_releases_whole(open_page: Any, width: int) -> None:
    # its narrow columns broke the days and release names at their hyphens (at 1280 px too), and
    # the rule that lets long code break anywhere on a phone broke its edition names ('neurip' /
    # 's2018')
    page = open_page("package/data.html", width=width)
    table = page.locator("table.wd-editions")
    lines = table.evaluate(LINES_OF_CELLS, [0, 2, 5])  # Edition, Date, Latest release (one series: no column)
    assert len(lines) >= 9 and {n for row in lines for n in row} == {1}, lines
    assert page.evaluate("document.documentElement.scrollWidth") == width
    # the whole table is in sight: on a desktop its Latest release column was not; on a phone
    # (711 px of columns in 358) its venues and releases were behind a sideways scroll: one
    # block per edition there, each count named
    box = table.evaluate("t => [t.parentElement.scrollWidth, t.parentElement.clientWidth]")
    assert box[0] <= box[1], box
    if width == 390:
        first = table.locator("tbody tr").first
        assert first.evaluate("r => r.getBoundingClientRect().right") <= width
        named = "c => getComputedStyle(c.querySelector('p'), '::before').content"
        assert first.locator("td").nth(-2).evaluate(named) == '"Releases "'
        assert first.locator("td").nth(-1).evaluate(named) == '"latest "'


#: For each element given that has an ``aria-label``, the words it shows and the words of its
#: name, as axe-core's label-content-name-mismatch (WCAG 2.5.3, label in name) curates them:
#: what parentheses hold is dropped, then every character that is not a letter or a digit; the
#: words shown must stand in the name one after another, so that "click <what I see>" said to
#: speech input finds the control.
LABEL_IN_NAME = r"""
els => els.filter(e => e.getClientRects().length && e.innerText.trim()).map(e => {
  const words = s => {
    let t = s.normalize("NFKD").toLowerCase(), was;
    do { was = t; t = t.replace(/\([^()]*\)/g, ""); } while (t !== was);
    return t.replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(w => w);
  };
  const shown = words(e.innerText), name = words(e.getAttribute("aria-label"));
  const held = shown.length === 0 || name.some((_, i) => shown.every((w, k) => name[i + k] === w));
  return [e.innerText.trim().replace(/\s+/g, " "), e.getAttribute("aria-label"), held];
})
"""


def test_every_calendar_link_is_named_by_what_it_adds(open_page: Any, editions: list[Release]) -> None:
    """On a phone a slot's calendar link shows ".ics" only: its accessible name (``aria-label``)
    names the slot and its start, one name per link of a page, and holds the word shown at
    either width (label in name: "(.ics)" in parentheses was no word of it for axe-core 4.14)."""
    checked = 0
    for rel in editions:
        for width in (390, 1280):
            page = open_page(f"{rel.edition}/schedule.html", width=width)
            rows = page.eval_on_selector_all(
                f"{ROWS}:has(a.wd-ics)",
                """rows => rows.map(r => [r.querySelector("a.wd-ics").getAttribute("aria-label"),
                                         r.querySelector("a.wd-ics").innerText.trim(),
                                         r.querySelector("time.wd-time").textContent])""",
            )
            names = [name for name, _, _ in rows]
            assert len(set(names)) == len(names), rel.edition
            for name, shown, start in rows:
                assert shown == (".ics" if width == 390 else "add to calendar"), shown
                assert name.startswith("add to calendar, .ics: ") and f", {start} " in name, name
            labels = page.eval_on_selector_all("a.wd-ics", LABEL_IN_NAME)
            assert len(labels) == len(rows) and [x for x in labels if not x[2]] == [], rel.edition
            checked += len(rows)
    assert checked > 100


@pytest.mark.parametrize("width", [320, 360, 390, 414])
def test_publication_times_stay_on_one_line(open_page: Any, editions: list[Release], width: int) -> None:
    page = open_page(f"{editions[-1].edition}/changelog.html", width=width)
    lines = page.eval_on_selector_all("time.wd-published", "els => els.map(e => e.getClientRects().length)")
    assert len(lines) > 1 and set(lines) == {1}


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_a_talks_own_time_stays_on_one_line(open_page: Any, width: int) -> None:
    # NeurIPS 2022's spotlights (10:55–11:05 …) and the times also printed for its invited talks: on a
    # phone the slot's end goes under its start, a talk's end stayed beside its start only on a desktop
    page = open_page("neurips2022/schedule.html", width=width)
    lines = page.eval_on_selector_all(
        ".wd-talk-time",
        """els => els.map(e => { const r = document.createRange(); r.selectNodeContents(e);
             return new Set([...r.getClientRects()].filter(b => b.width).map(b => Math.round(b.top))).size; })""",
    )
    # six spotlights; three invited talks and the afternoon poster session also printed at another time
    assert lines == [1] * 10


#: The tables of a page wider than the box they scroll in (the theme wraps each table in one).
TABLES_SCROLLED = """() => [...document.querySelectorAll("table")]
  .filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth)
  .map(t => `${t.scrollWidth} px in ${t.parentElement.clientWidth}: ${t.innerText.slice(0, 80)}`)"""


@pytest.mark.parametrize("width", [390, 1280])
def test_a_changelogs_tables_fit_the_page(open_page: Any, editions: list[Release], width: int) -> None:
    # a changed PDF or slides URL is one long word: at 1280 px it made 19 of ISCA 2019's tables
    # (and some of NeurIPS 2019's, 2020's and 2022's) wider than the article, the change cut off
    # at the right behind a sideways scroll
    scrolled = {}
    for rel in editions:
        page = open_page(f"{rel.edition}/changelog.html", width=width)
        assert page.locator("table.wd-changelog").count() > 0
        if found := page.evaluate(TABLES_SCROLLED):
            scrolled[rel.edition] = found
    assert scrolled == {}


def test_a_printed_page_leaves_the_screens_controls_out(open_page: Any, editions: list[Release]) -> None:
    # a sheet of NeurIPS 2018's schedule printed the time-zone button and "add to calendar" under
    # each of its 15 times; the papers page its filter box
    oldest = editions[0].edition
    page = open_page(f"{oldest}/schedule.html")
    controls = "button.wd-tz-switch, label.wd-tz-choice, .wd-calendar, a.wd-ics"
    shown = f"[...document.querySelectorAll('{controls}')].filter(e => e.getClientRects().length).length"
    on_screen = page.evaluate(shown)
    assert on_screen > 10
    page.emulate_media(media="print")
    assert page.evaluate(shown) == 0
    assert page.locator("table.wd-schedule").is_visible()
    page = open_page(f"{oldest}/accepted_papers.html")
    assert page.locator(".wd-filter").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".wd-filter").is_visible()


def test_a_printed_page_shows_what_it_folds_away(open_page: Any, editions: list[Release]) -> None:
    # printed, NeurIPS 2018's home showed "▸ Abstract" under five talks, the abstracts not on paper
    page = open_page(f"{editions[0].edition}/index.html")
    folded = "document.querySelectorAll('details.wd-details:not([open])').length"
    assert page.evaluate(folded) >= 5
    # a listener added after the site's runs after it: what the print sees
    page.evaluate(f"addEventListener('beforeprint', () => {{ window.foldedWhenPrinted = {folded}; }})")
    page.pdf()  # a real print: beforeprint, the sheets, afterprint
    assert page.evaluate("window.foldedWhenPrinted") == 0
    assert page.evaluate(folded) >= 5  # folded again on the screen after the print


def printed(pdf: bytes, tmp_path: Path) -> tuple[str, list[str]]:
    """A PDF's words, in order, joined by spaces, and those drawn over another word of their page
    (more than a third of the smaller box covered), by poppler's ``pdftotext -bbox`` (Debian's
    poppler-utils): what the sheets say, and what a reader of them cannot read."""
    import subprocess
    import xml.etree.ElementTree as ET

    pdftotext = shutil.which("pdftotext")
    require(pdftotext is not None, "pdftotext is not installed (apt-get install poppler-utils)")
    assert pdftotext is not None
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    found = subprocess.run([pdftotext, "-bbox", "sheet.pdf", "-"], cwd=tmp_path, capture_output=True, check=True)
    root = ET.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", found.stdout))
    text, over = [], []
    for n, sheet in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        words = [
            (w.text or "", *(float(w.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in sheet.iter("{http://www.w3.org/1999/xhtml}word")
        ]
        text += [word for word, *_ in words]
        for i, (a, ax0, ay0, ax1, ay1) in enumerate(words):
            for b, bx0, by0, bx1, by1 in words[i + 1 :]:
                wide, high = min(ax1, bx1) - max(ax0, bx0), min(ay1, by1) - max(ay0, by0)
                smaller = min((ax1 - ax0) * (ay1 - ay0), (bx1 - bx0) * (by1 - by0))
                if wide > 0 and high > 0 and wide * high > smaller / 3:
                    over.append(f"sheet {n}: {a!r} over {b!r}")
    return " ".join(text), over


#: The article's headings a printed page shows, as their words (their "#" links left out).
PRINTED_HEADINGS = """() => [...document.querySelectorAll("article.bd-article :is(h1, h2, h3)")]
  .filter(h => h.getClientRects().length)
  .map(h => { const c = h.cloneNode(true); c.querySelectorAll(".headerlink").forEach(a => a.remove());
              return c.textContent.trim().split(/\\s+/).join(" "); })"""


def test_a_printed_page_loses_nothing_and_draws_nothing_over_another(
    browser: Any, built_site: Path, editions: list[Release], tmp_path: Path
) -> None:
    # huser21: printed on A4, NeurIPS 2024's "CodeGen Contributed Talks" broke across two sheets
    # and its last talk was drawn over the next row's "CodeGen: Q & A"; its home's last sheet
    # drew the footer over "Contact" and left out its address (Chromium breaks nothing inside a
    # scrolling box across sheets, and the theme's article and tables scroll sideways)
    context = browser.new_context()
    page = offline(context.new_page())
    schedules = [f"{rel.edition}/schedule.html" for rel in editions if rel.slots]
    problems, headings = [], 0
    for path in dict.fromkeys([*page_kinds(built_site, editions), *schedules]):
        page.goto((built_site / path).as_uri())
        page.emulate_media(media="print")
        shown = page.evaluate(PRINTED_HEADINGS)
        text, over = printed(page.pdf(format="A4"), tmp_path)
        headings += len(shown)
        problems += [f"{path}: {o}" for o in over]
        problems += [f"{path}: heading {h!r} not printed" for h in shown if h not in text]
    context.close()
    assert problems == []
    assert headings > 50


def test_a_time_on_another_day_keeps_its_day_in_the_readers_zone(open_page: Any) -> None:
    # NeurIPS 2021 moved from 12 to 13 December: its changelog said "moved 17:40 → 17:40", and
    # in the reader's zone (the venue's here) the day the slot left was dropped again
    page = open_page("neurips2021/changelog.html", tz="America/Los_Angeles")
    moved = page.locator("li.wd-change-moved", has_text="17:40").first.element_handle()
    # then "moved Sun 12 Dec 17:40 → 17:40": the same time twice; the days moved are said
    assert moved.inner_text() == "moved 1 day later, still at 17:40 (was Sun 12 Dec 17:40)"
    page.click("button.wd-tz-switch")
    assert moved.inner_text() == "moved 1 day later, still at 17:40 (was 17:40 (Sun 12 Dec))"
    page.click("button.wd-tz-switch")
    assert moved.inner_text() == "moved 1 day later, still at 17:40 (was Sun 12 Dec 17:40)"


#: A pandas table of twelve columns as myst-nb writes a cell's output (the site's build runs no
#: notebook: the output is put on the page of one).
NOTEBOOK_TABLE = """() => {
  const cell = document.createElement("div");
  cell.className = "cell_output docutils container";
  const head = [...Array(12).keys()].map(i => `<th>column_${i}</th>`).join("");
  const row = [...Array(12).keys()].map(i => `<td>2024-12-15 ${i}</td>`).join("");
  cell.innerHTML = `<div class="output text_html"><div><table class="dataframe"><thead><tr>${head}</tr></thead>` +
    `<tbody><tr>${row}</tr></tbody></table></div></div>`;
  document.querySelector("article section").appendChild(cell);
  const box = cell.querySelector(".output");
  // the lines a cell's text takes (a td is one box however many lines its text wraps to)
  const lines = td => { const range = document.createRange(); range.selectNodeContents(td.firstChild);
                        return range.getClientRects().length; };
  return [document.documentElement.scrollWidth, box.scrollWidth > box.clientWidth,
          getComputedStyle(box).overflowX, lines(cell.querySelector("td"))];
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_a_notebooks_wide_table_scrolls_in_its_own_box(open_page: Any, width: int) -> None:
    # at 1280 px too: the article is ~620 px wide, so wd.editions()' ten columns scroll there
    # as well, and its days were broken at their hyphens ('2018-' / '12-08')
    page = open_page("package/notebooks/quickstart.html", width=width)
    page_width, overflows, scrolls, lines = page.evaluate(NOTEBOOK_TABLE)
    assert page_width == width and overflows and scrolls == "auto"
    assert lines == 1  # a cell on one line: "2024-12-15 0" not broken at its hyphens


def test_no_page_shows_a_copyright_notice(built_site: Path) -> None:
    """The pages name no copyright holder (the old site showed none): the site invents none."""
    shown = [
        path.relative_to(built_site).as_posix()
        for path in site_pages(built_site)
        if re.search(r"©|&copy;|&#169;|[Cc]opyright", path.read_text("utf-8").partition("<footer")[2])
    ]
    assert shown == []


def test_navigation_between_editions(open_page: Any, editions: list[Release]) -> None:
    names = [r.edition for r in editions]
    page = open_page(f"{names[0]}/index.html")
    for rel in editions[1:]:
        label = rel.workshop.conference or rel.edition
        page.click(f"nav.wd-editions a:text-is('{label}')")
        page.wait_for_load_state()
        current = page.locator("nav.wd-editions a.wd-current")
        assert current.count() == 1 and current.text_content() == label
        assert page.title().endswith(rel.workshop.event_name) or page.title() == rel.workshop.event_name
    # and back to the oldest, through its own bar
    first = editions[0].workshop.conference or editions[0].edition
    page.click(f"nav.wd-editions a:text-is('{first}')")
    page.wait_for_load_state()
    assert page.url.endswith(f"/{names[0]}/index.html")


def page_kinds(built: Path, editions: list[Release]) -> list[str]:
    """One page of each kind: homes, an edition's pages, a schedule with talks' materials, a person,
    the people, the package's pages, a redirect."""
    newest = editions[-1].edition
    kinds = ["index.html", "people/index.html", "schedule.html"]
    for page in ("index", "schedule", "accepted_papers", "call_for_papers", "changelog", "data"):
        for rel in reversed(editions):
            path = built / rel.edition / f"{page}.html"
            if path.is_file() and not _is_redirect(path):
                kinds.append(f"{rel.edition}/{page}.html")
                break
    linked = [rel.edition for rel in editions if rel.materials]  # a schedule whose talks link slides…
    if linked and f"{linked[-1]}/schedule.html" not in kinds:
        kinds.append(f"{linked[-1]}/schedule.html")
    person = next(iter(sorted((built / "people").glob("*.html"))))
    kinds.append(person.relative_to(built).as_posix())
    kinds += [f"{p}.html" for p in PACKAGE_PAGES if (built / f"{p}.html").is_file()]
    # (the page of a missing one, 404.html, is served only: its URLs are paths from the site's root,
    # which a file of the build folder does not find; tests/test_notfound.py serves it)
    assert newest
    return kinds


def _is_redirect(path: Path) -> bool:
    from sitecheck import redirect_target

    return redirect_target(path) is not None


def test_accessibility_of_every_kind_of_page(browser: Any, built_site: Path, editions: list[Release]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(java_script_enabled=True)
    page = offline(context.new_page())
    problems = []
    kinds = page_kinds(built_site, editions)
    assert len(kinds) >= 12
    for path in kinds:
        page.goto((built_site / path).as_uri())
        page.wait_for_load_state()
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [n["target"] for n in violation["nodes"]][:3]
                problems.append(f"{path}: {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    context.close()
    assert problems == []


@pytest.mark.parametrize("width", [390, 1280])
def test_every_controls_name_holds_the_words_it_shows(
    browser: Any, built_site: Path, editions: list[Release], width: int
) -> None:
    """Label in name on every kind of page: a link or button named by ``aria-label`` holds the
    words it shows (the theme's search button showed "Search Ctrl + K" and was named "Search";
    a notebook's folded code showed "Show code cell source" and was named "Toggle hidden content")."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = offline(context.new_page())
    checked, failing = 0, []
    for path in page_kinds(built_site, editions):
        page.goto((built_site / path).as_uri())
        found = page.eval_on_selector_all(":is(a, button, summary, [role=button])[aria-label]", LABEL_IN_NAME)
        checked += len(found)
        failing += [f"{path}: {shown!r} named {name!r}" for shown, name, held in found if not held]
    context.close()
    assert checked > 20 and failing == []


@pytest.mark.parametrize(
    ("platform", "keys", "press"),
    [
        ("MacIntel", "⌘K", "Meta+k"),
        ("iPhone", "⌘K", "Meta+k"),
        ("Win32", "Ctrl+K", "Control+k"),
        ("Linux x86_64", "Ctrl+K", "Control+k"),
    ],
)
def test_the_search_button_shows_the_shortcut_that_opens_the_search(
    browser: Any, built_site: Path, platform: str, keys: str, press: str
) -> None:
    """The search button shows the shortcut the theme's script listens for on the reader's
    platform, "⌘K" on a Mac (it showed "⌘ + K" there, named "Search Ctrl+K"), and
    is named by the words it shows; the search dialog's hint says the same."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(f"Object.defineProperty(Navigator.prototype, 'platform', {{get: () => {platform!r}}})")
    page = offline(context.new_page())
    page.goto((built_site / "index.html").as_uri())
    page.wait_for_load_state()
    button = page.locator("button.search-button__button:visible")
    assert button.count() == 1
    assert "".join(button.locator(".search-button__kbd-shortcut").inner_text().split()) == keys
    assert button.get_attribute("aria-label") == f"Search {keys}"
    assert [held for _, _, held in button.evaluate_all(LABEL_IN_NAME)] == [True]
    page.locator("body").press(press)
    dialog = page.locator("dialog#pst-search-dialog")
    dialog.wait_for(state="visible")
    assert "".join(dialog.locator(".search-button__kbd-shortcut").inner_text().split()) == keys
    context.close()


def test_a_search_lists_each_schedule_once_by_its_title(open_page: Any, editions: list[Release]) -> None:
    """The search page, as a visitor types "schedule" in the search box: every edition's schedule
    once, named by its title (each was listed twice, "… @ NeurIPS 2024 > Schedule" and
    "Schedule · ML for Systems @ NeurIPS 2024")."""
    page = open_page("search.html?q=schedule")
    page.wait_for_function(SEARCH_DONE)
    found = page.eval_on_selector_all(
        "#search-results li > a", "links => links.map(a => [a.getAttribute('href'), a.textContent.trim()])"
    )
    schedules = [(href, title) for href, title in found if href.endswith("/schedule.html")]
    assert sorted(schedules) == sorted(
        (f"{rel.edition}/schedule.html", f"Schedule · {rel.workshop.event_name}") for rel in editions
    )


def test_a_searchs_equal_results_list_the_newest_edition_first(open_page: Any, editions: list[Release]) -> None:
    """Results of one score list the newest edition's page first (Sphinx lists them by title:
    "schedule" gave ISCA 2019's and NeurIPS 2018's schedules first, the newest edition's last);
    the scores stay Sphinx's: a fraction below one breaks ties only, a page of no edition gets none."""
    page = open_page("search.html?q=schedule")
    page.wait_for_function(SEARCH_DONE)
    hrefs = page.eval_on_selector_all("#search-results li > a", "links => links.map(a => a.getAttribute('href'))")
    schedules = [h.split("/")[0] for h in hrefs if h.endswith("/schedule.html")]
    assert schedules == [rel.edition for rel in reversed(editions)]  # every edition's scores the same
    names = [rel.edition for rel in editions]
    scored = page.evaluate(
        "names => names.map(n => [5, 16].map(s => Scorer.score([n + '/schedule', 'Schedule', '', null, s])))",
        [*names, "people", "package"],
    )
    for (five, sixteen), name in zip(scored, [*names, "people", "package"], strict=True):
        assert int(five) == 5 and int(sixteen) == 16, name  # the score Sphinx gave, whole
    assert [five for five, _ in scored[: len(names)]] == sorted(five for five, _ in scored[: len(names)])
    assert len({five for five, _ in scored[: len(names)]}) == len(names)  # each edition its own place
    assert scored[-2:] == [[5, 16], [5, 16]]  # a person's and the package's pages: Sphinx's own scores


#: The search page has listed its results. (A function, not an expression: Playwright evaluates an
#: expression with eval, which the site's Content-Security-Policy refuses, as it should.)
SEARCH_DONE = "() => document.querySelector('#search-results .search-summary')?.textContent.includes('found')"


#: The links and buttons of the site's own chrome: the editions bar (and its People), a schedule's calendar links
#: and time-zone switch, the profile links of committees, speakers and person pages, the footer's.
CHROME = (
    "nav.wd-editions a, nav.wd-across a, nav.wd-letters a, a.wd-ics, a.wd-day-ics, a.wd-profile,"
    " .bd-footer .footer-item a, button.wd-tz-switch, button.search-button__button"
)
#: Each shown element's ``[text, height, width, top]`` (CSS px).
BOXES = """els => els.filter(e => e.getClientRects().length).map(e => {
  const box = e.getBoundingClientRect();
  return [e.innerText.trim().replace(/\\s+/g, " ") || e.getAttribute("aria-label"), box.height, box.width, box.top];
})"""


@pytest.mark.parametrize("width", [390, 1280])
def test_the_chromes_links_and_buttons_are_tap_targets(open_page: Any, editions: list[Release], width: int) -> None:
    """WCAG 2.2's target size (2.5.8): every link and button of the site's own chrome is at least
    24 px tall on a phone and on a wide screen (the editions bar's links were 16 px tall, the
    calendar and profile links 19 px); on a wide screen the editions bar is still one line."""
    newest = editions[-1].edition
    with_ics = next(r.edition for r in reversed(editions) if r.slots)
    pages = [f"{newest}/index.html", f"{with_ics}/schedule.html", f"{newest}/changelog.html"]
    pages += [f"{e.edition}/index.html" for e in editions if e.edition in ("neurips2023", "neurips2024")]
    pages += ["people/martin-maas.html", "people/index.html"]
    small, kinds = [], set()
    for path in pages:
        page = open_page(path, width=width)
        for selector in CHROME.split(","):
            for text, height, wide, _ in page.eval_on_selector_all(selector.strip(), BOXES):
                kinds.add(selector.strip())
                if height < 24 or wide < 24:
                    small.append(f"{path} {selector.strip()} {text!r}: {wide:.1f} x {height:.1f}")
        if width == 1280:
            tops = {round(top) for _, _, _, top in page.eval_on_selector_all("nav.wd-editions a", BOXES)}
            assert len(tops) == 1, path
    assert small == [], small
    bars = {"nav.wd-editions a", "nav.wd-across a", "nav.wd-letters a"}
    assert bars | {"a.wd-ics", "a.wd-day-ics", "a.wd-profile"} <= kinds
    assert "button.wd-tz-switch" in kinds


#: The control the keyboard is on, and whether the page draws a ring around it (WCAG 2.4.7): an
#: outline, or a box shadow of a colour one sees (the theme draws some of its rings so).
FOCUS_RING = r"""() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
  const shadow = s.boxShadow !== "none" && !/^rgba\(0, 0, 0, 0\)/.test(s.boxShadow);
  return [(e.getAttribute("aria-label") || e.textContent || e.tagName).trim().slice(0, 40), outline || shadow];
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_the_keyboards_place_is_shown_on_every_control(open_page: Any, editions: list[Release], width: int) -> None:
    """Tab by Tab through a schedule, its chrome first (the header, the editions bar, the time-zone
    switch, each row's links): every control the keyboard reaches shows a ring. The theme's search
    button showed none (its ``.btn:focus-visible`` takes the outline away for a Bootstrap shadow
    it leaves transparent): a keyboard user lost their place between the menu and the theme switch."""
    with_slots = next(r.edition for r in reversed(editions) if r.slots)
    page = open_page(f"{with_slots}/schedule.html", width=width)
    reached, unringed = [], []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_RING)
        if focused is None:
            break
        reached.append(focused[0])
        if not focused[1]:
            unringed.append(focused[0])
    assert any(name.startswith("Search") for name in reached) and len(reached) >= 20, reached
    assert unringed == []


@pytest.mark.parametrize("width", [390, 1280])
def test_the_people_index_leads_to_a_letter(open_page: Any, width: int) -> None:
    """The index of everyone (722 names, some 23,000 px at 1280 px and 45,000 at 390) has a row of
    letters above it: one line on a wide screen, a few on a phone, none wider than the page; a
    letter leads to its section, whose heading is then at the top of the window."""
    page = open_page("people/index.html", width=width)
    letters = page.eval_on_selector_all("nav.wd-letters[aria-label] a", BOXES)
    assert [text for text, *_ in letters][:3] == ["A", "B", "C"] and len(letters) >= 20
    rows = {round(top) for *_, top in letters}
    assert len(rows) == 1 if width == 1280 else len(rows) <= 3
    assert page.evaluate(SIDEWAYS) == 0
    page.click("nav.wd-letters a:text-is('M')")
    page.wait_for_timeout(200)
    assert page.evaluate("location.hash") == "#letter-m"
    top = page.evaluate("document.querySelector('#letter-m h2').getBoundingClientRect().top")
    assert 0 <= top < 200, top  # under the theme's sticky header
    # an edition's line names it by conference, the series said once above the list
    assert "@" not in page.inner_text("section.wd-letter")


#: How far the page scrolls sideways, or its text column (the theme's article box scrolls by
#: itself: a long word of code once pushed the whole text sideways on a phone).
SIDEWAYS = """() => {
  const article = document.querySelector(".bd-article-container");
  const inside = article ? article.scrollWidth - article.clientWidth : 0;
  return Math.max(document.documentElement.scrollWidth - window.innerWidth, inside);
}"""


def sideways(browser: Any, site: Path, paths: list[Path], widths: tuple[int, ...] = (390, 1280)) -> list[str]:
    """``"PAGE at W px: N px"`` for each page of ``paths`` (in the build ``site``) that scrolls
    sideways (:data:`SIDEWAYS`) at a width of ``widths``. Each page is loaded once, in one
    context, and measured at the width it loaded at, then at the others with the window resized
    (a phone turned, a window narrowed: the style sheets' media queries apply again, as the
    theme's script sees on its resize); the next page loads at the width the last one ended at,
    so each width is seen on a fresh load for some pages and after a resize for others. Loading
    every page once per width cost some five minutes a width."""
    context = browser.new_context(viewport={"width": widths[0], "height": 800})
    page = offline(context.new_page())
    wide, order = [], list(widths)
    for path in paths:
        page.goto(path.as_uri())
        for width in order:
            if page.viewport_size["width"] != width:
                page.set_viewport_size({"width": width, "height": 800})
            if (overflow := page.evaluate(SIDEWAYS)) > 0:
                wide.append(f"{path.relative_to(site)} at {width} px: {overflow}px")
        order.reverse()
    context.close()
    return wide


# every page at 390 and 1280 px: every other page in each half, each half in a group of its own,
# so that pytest-xdist can run them in two workers at once
@pytest.mark.parametrize(
    "half", [pytest.param(h, marks=pytest.mark.xdist_group(f"browser-sideways-{h}")) for h in (0, 1)]
)
def test_no_page_scrolls_sideways(browser: Any, built_site: Path, half: int) -> None:
    paths = [p for p in site_pages(built_site) if not _is_redirect(p) and p.name != "search.html"]
    assert len(paths) > 700  # every page: each edition's, each person's, the package's
    assert sideways(browser, built_site, paths[half::2]) == []


def test_the_sideways_check_finds_each_page_that_scrolls_at_either_width(browser: Any, tmp_path: Path) -> None:
    """Made pages, each twice in a row (so each is loaded at 390 px and resized to 1280, and
    loaded at 1280 and resized to 390): one too wide for a phone, one too wide only on a wide
    screen (a media query), one whose text column scrolls by itself on a phone, and one that
    fits."""
    bodies = {
        "fits": "<p>Fits at any width.</p>",
        "phone": '<div style="width: 600px">600 px wide</div>',
        "screen": "<style>@media (min-width: 1000px) { div { width: 1500px } }</style><div>1500 px from 1000</div>",
        "column": '<div class="bd-article-container" style="overflow-x: auto"><pre>' + "x" * 80 + "</pre></div>",
    }
    paths = []
    for name, body in bodies.items():
        for copy in "ab":
            path = tmp_path / f"{name}-{copy}.html"
            path.write_text(f'<!doctype html><meta name="viewport" content="width=device-width">{body}', "utf-8")
            paths.append(path)
    found = sideways(browser, tmp_path, paths)
    assert [line.split(":")[0] for line in found] == [
        "phone-a.html at 390 px",
        "phone-b.html at 390 px",
        "screen-a.html at 1280 px",
        "screen-b.html at 1280 px",
        "column-a.html at 390 px",
        "column-b.html at 390 px",
    ]


def test_no_kind_of_page_scrolls_sideways_at_320_px(browser: Any, built_site: Path, editions: list[Release]) -> None:
    """At 320 px (a small phone's, and 1280 px at 400 % zoom: WCAG 1.4.10's reflow width) one
    page of each kind, the indexes too: the API reference's field list (``Title.from_lines``'s
    parameter, "lines (Iterable[Iterable[Piece]])", a word that did not break) ran 3 px past
    its text column, which scrolled sideways by that much."""
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = offline(context.new_page())
    wide = []
    for path in [*page_kinds(built_site, editions), "genindex.html", "py-modindex.html"]:
        page.goto((built_site / path).as_uri())
        if (overflow := page.evaluate(SIDEWAYS)) > 0:
            wide.append(f"{path}: {overflow}px")
    context.close()
    assert wide == []


#: How far the site's title (its words, not its link's box) ends before the header's next control
#: that is on the screen (CSS px; negative: drawn under it); null on a page without the header.
TITLE_GAP = """() => {
  const title = document.querySelector(".bd-header .navbar-brand");
  if (!title) return null;
  const words = document.createRange();
  words.selectNodeContents(title);
  const end = words.getBoundingClientRect().right;
  const after = [...document.querySelectorAll(".bd-header button, .bd-header a")]
    .filter(e => !title.contains(e) && e.getClientRects().length && e.getBoundingClientRect().left >= end - 40)
    .map(e => e.getBoundingClientRect().left);
  return Math.min(...after) - end;
}"""


@pytest.mark.parametrize("width", [320, 360, 390])
def test_the_sites_title_stands_apart_from_the_search_button_on_a_phone(
    browser: Any, built_site: Path, editions: list[Release], width: int
) -> None:
    # huser21: at 320 px "ML for Systems" ran into the search button's circle (0 px between them)
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = offline(context.new_page())
    close, checked = [], 0
    for path in page_kinds(built_site, editions):
        page.goto((built_site / path).as_uri())
        checked += page.evaluate(TITLE_GAP) is not None
        if (gap := page.evaluate(TITLE_GAP)) is not None and gap < 6:
            close.append(f"{path}: {gap:.1f}px")
    context.close()
    assert close == []
    assert checked >= 10


#: The links of the top bar's navigation shown on the screen, ``[text, left, right, top]`` (CSS px).
NAV_SHOWN = """() => [...document.querySelectorAll("header.bd-header nav a")]
  .filter(a => a.getClientRects().length && getComputedStyle(a).visibility === "visible")
  .map(a => { const r = a.getBoundingClientRect(); return [a.textContent.trim(), r.left, r.right, r.top]; })"""


#: The links of the bar's line of the edition's pages shown on the screen, as :data:`NAV_SHOWN`.
PAGES_SHOWN = NAV_SHOWN.replace("header.bd-header nav a", "nav.wd-pages a")


def test_a_phone_shows_the_editions_pages_without_opening_the_menu(open_page: Any, editions: list[Release]) -> None:
    """At 390 px the edition's pages (Home, Schedule, Papers…) are behind the theme's menu button:
    a visitor on NeurIPS 2025's home saw the editions bar, ten links to other editions and the
    people, and no way to its schedule on the screen (the old site showed its pages in a line
    under its header on a phone). They are a line of the bar now, on the screen under the top
    bar, the page shown marked, each leading to its page; where the top bar shows them itself
    (a wide screen, or no script: :func:`test_without_javascript_a_phone_shows_the_navigation`),
    the line is hidden, so no link is shown twice."""
    newest = editions[-1].edition
    page = open_page(f"{newest}/index.html", width=390)
    top = page.evaluate(NAV_SHOWN.replace("header.bd-header nav a", "#pst-primary-sidebar nav:not(.bd-docs-nav) a"))
    shown = page.evaluate(PAGES_SHOWN)
    labels = [text for text, *_ in shown]
    assert labels[:2] == ["Home", "Schedule"] and len(labels) >= 4, labels
    assert page.evaluate(NAV_SHOWN) == [] and top == []  # the top bar's are behind the button
    header = page.evaluate("document.querySelector('header').getBoundingClientRect().bottom")
    assert all(left >= 0 and right <= 390 and header <= y < 200 for _, left, right, y in shown), shown
    heights = page.eval_on_selector_all("nav.wd-pages a", "els => els.map(a => a.getBoundingClientRect().height)")
    assert min(heights) >= 24  # a finger's target (WCAG 2.5.8)
    assert page.eval_on_selector_all("nav.wd-pages a[aria-current='page']", "els => els.map(a => a.textContent)") == [
        "Home"
    ]
    from axe_playwright_python.sync_playwright import Axe

    for theme in ("light", "dark"):  # on the bar's grey, in either mode (the links' own colour was 4.37:1)
        page.evaluate(f"document.documentElement.dataset.theme = '{theme}'")
        found = Axe().run(page, context="nav.wd-pages").response["violations"]
        assert [(v["id"], v["impact"]) for v in found] == [], theme
    page.locator("nav.wd-pages a:text-is('Schedule')").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{newest}/schedule.html")
    assert page.eval_on_selector_all("nav.wd-pages a.wd-current", "els => els.map(a => a.textContent)") == ["Schedule"]
    wide = open_page(f"{newest}/index.html", width=1280)
    assert wide.evaluate(PAGES_SHOWN) == [] and [t for t, *_ in wide.evaluate(NAV_SHOWN)] == labels
    assert open_page(f"{newest}/index.html", width=390, js=False).evaluate(PAGES_SHOWN) == []


#: The editions bar's list on a phone: its links' tops, whether every link is inside the list's
#: box once scrolled to (each in turn), and whether the edition shown is inside it as the page opens.
EDITIONS_LINE = """() => {
  const list = document.querySelector("nav.wd-editions ul"), links = [...list.querySelectorAll("a")];
  const inside = a => { const b = list.getBoundingClientRect(), r = a.getBoundingClientRect();
                        return r.left >= b.left - 1 && r.right <= b.right + 1; };
  const shown = list.querySelector("a.wd-current"), current = shown !== null && inside(shown);
  const tops = new Set(links.map(a => Math.round(a.getBoundingClientRect().top)));
  const reached = links.map(a => { a.scrollIntoView({block: "nearest", inline: "nearest"}); return inside(a); });
  return [tops.size, current, reached.every(Boolean), links.length];
}"""


@pytest.mark.parametrize("width", [360, 390])
def test_a_phone_shows_the_pages_title_near_the_top(open_page: Any, editions: list[Release], width: int) -> None:
    """At 390 px NeurIPS 2025's home showed 257 px of navigation before its title (an 80 px top
    bar, the edition's pages on two lines, the editions bar on four with the people under them):
    a third of a phone's screen. The top bar is the theme's 3rem tall and the editions bar one
    line that scrolls in itself, the edition shown in view (the oldest's, the newest's and one
    between), every edition reached by scrolling it; the page itself never scrolls sideways, and
    the edition's pages stay on the screen (test_a_phone_shows_the_editions_pages_without_opening_the_menu)."""
    newest, oldest = editions[-1].edition, editions[0].edition
    paths = [f"{newest}/index.html", "neurips2024/accepted_papers.html", f"{oldest}/schedule.html"]
    paths += ["package/guide.html", "people/index.html"]
    for path in paths:
        page = open_page(path, width=width)
        title = page.locator("article h1").first.bounding_box()
        bar = page.evaluate("document.querySelector('div.wd-bar').getBoundingClientRect().bottom")
        assert title is not None and bar <= 170 and title["y"] <= 190, (path, bar, title)
        lines, current, reached, n = page.evaluate(EDITIONS_LINE)
        assert (lines, current, reached) == (1, path.startswith(("neurips", "isca")), True) and n == len(editions), path
        assert page.evaluate("document.documentElement.scrollWidth") == width, path
    page = open_page(f"{newest}/index.html", width=1280)  # a wide screen's bar is as it was
    assert page.evaluate("document.querySelector('header.bd-header').getBoundingClientRect().height") == 80


def test_without_javascript_a_phone_shows_the_navigation(open_page: Any, editions: list[Release]) -> None:
    """At 390 px the site's navigation (an edition's Home, Schedule, Papers…; the package's
    guide, API…) is behind the theme's menu button, which only a script opens: without
    JavaScript the button did nothing, and an edition's other pages could not be reached from
    its schedule. Without it, no menu button is shown, and every link of the navigation is on
    the screen, in the top bar, and leads to its page; with it, the menu is as before."""
    with_slots = next(r.edition for r in reversed(editions) if r.slots)
    for path in (f"{with_slots}/schedule.html", "package/guide.html", "people/tim-kraska.html"):
        page = open_page(path, width=390, js=False)
        toggles = page.locator("button.primary-toggle, button.secondary-toggle")
        assert [toggles.nth(i).is_visible() for i in range(toggles.count())] == [False] * toggles.count(), path
        shown = page.evaluate(NAV_SHOWN)
        items = page.eval_on_selector_all(
            "#pst-primary-sidebar nav:not(.bd-docs-nav) a", "els => els.map(a => a.textContent.trim())"
        )
        assert len(items) >= 5 and [text for text, *_ in shown] == items, path
        assert all(left >= 0 and right <= 390 and top < 300 for _, left, right, top in shown), (path, shown)
        assert page.evaluate("document.documentElement.scrollWidth") == 390, path
        last = page.locator("header.bd-header nav a").last
        target = last.get_attribute("href")
        last.click()
        assert page.url.endswith(target.split("/")[-1]), (path, page.url)
        with_js = open_page(path, width=390)
        assert with_js.locator("button.primary-toggle").is_visible() and with_js.evaluate(NAV_SHOWN) == [], path


@pytest.mark.parametrize("width", [1280, 390])
def test_an_end_the_page_does_not_print_is_marked_and_explained(open_page: Any, width: int) -> None:
    """NeurIPS 2023's page prints starts only: each row's end is the next slot's start
    (``end_derived``), shown exactly as an end the page gave. It is marked with a ``*`` that the
    page explains above the table, and a screen reader reads what the mark means (the ``*`` is
    not read aloud); a page that prints its ends (ISCA 2019's) has neither."""
    page = open_page("neurips2023/schedule.html", width=width)
    cell = page.locator("tr#invited-speaker-atlas-wang td").first
    # the cell's accessible name: the end, then what it is (at 390 px the end is on a line of its own)
    assert re.search(r'cell "13:30 ?–14:10 \(ends when the next slot starts\) add to calendar', cell.aria_snapshot())
    mark = cell.locator(".wd-derived")
    assert page.evaluate("e => getComputedStyle(e, '::after').content", mark.element_handle()) == '"*" / ""'
    box = mark.bounding_box()
    assert box is not None and box["width"] > 0 and box["x"] + box["width"] <= width
    note = page.locator("p.wd-derived-note")
    assert (
        note.is_visible()
        and note.inner_text() == "* The page prints no end for such a slot: it ends when the next slot starts."
    )
    assert note.bounding_box()["y"] < page.locator("table.wd-schedule").bounding_box()["y"]  # read before the table
    last = page.locator("tr#competition-qa td").first  # nothing says when the last ends
    assert last.locator(".wd-derived").count() == 0 and "from" in last.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") == width
    # the speakers' page of a slot so shown says it as well
    person = open_page("people/atlas-wang.html", width=width)
    assert (
        person.locator("ul.wd-activities .wd-derived").count() == 1 and person.locator("p.wd-derived-note").is_visible()
    )
    printed = open_page("isca2019/schedule.html", width=width)
    assert (
        printed.locator("table.wd-schedule .wd-derived").count() == 0
        and printed.locator("p.wd-derived-note").count() == 0
    )


#: The links of the page's "On this page" a reader can see, ``[text, left, right]`` (CSS px).
TOC_SHOWN = """() => [...document.querySelectorAll(".bd-sidebar-secondary nav a")]
  .filter(a => a.getClientRects().length && getComputedStyle(a).visibility === "visible")
  .map(a => { const r = a.getBoundingClientRect(); return [a.textContent.trim(), r.left, r.right]; })"""


@pytest.mark.parametrize("width", [390, 1024])
def test_without_javascript_on_this_page_is_reachable_below_1200_px(open_page: Any, width: int) -> None:
    """Below 1200 px the theme's "On this page" (the in-page table of contents) is a drawer that
    only a script opens: without JavaScript its button did nothing and the contents could not be
    reached. Without it, the button is hidden and the contents are in the page after the article,
    each link on the screen and leading to its section; with it, the drawer is as before."""
    page = open_page("package/guide.html", width=width, js=False)
    assert page.locator("button.secondary-toggle").first.is_hidden()
    shown = page.evaluate(TOC_SHOWN)
    headings = page.eval_on_selector_all("article h2", "els => els.map(h => h.textContent.replace('#', '').trim())")
    assert len(shown) >= 5, shown
    assert set(headings) <= {text for text, *_ in shown}, (headings, shown)
    assert all(left >= 0 and right <= width for _, left, right in shown), shown
    assert page.evaluate("document.documentElement.scrollWidth") == width
    link = page.locator(".bd-sidebar-secondary nav a").nth(2)
    target = link.get_attribute("href")
    link.click()
    assert page.url.endswith(target) and page.evaluate("location.hash") == target
    with_js = open_page("package/guide.html", width=width)
    assert with_js.locator("button.secondary-toggle").first.is_visible()
    assert with_js.evaluate(TOC_SHOWN) == []  # in the closed drawer


def test_the_index_of_the_api_is_on_screen_on_a_phone(open_page: Any) -> None:
    """Sphinx's genindex.html: its two columns of dotted names that do not break were 427 px in
    358 at 390 px, the right one cut off (the text column hides what passes its edge, so the page
    does not scroll sideways: test_no_page_scrolls_sideways passed it); one column on a phone."""
    page = open_page("genindex.html", width=390)
    tables = page.locator("table.genindextable")
    assert tables.count() > 5
    cut = [(i, cells) for i in range(tables.count()) if (cells := tables.nth(i).evaluate(CELLS_CUT_OFF))]
    assert cut == []


def test_the_photos_are_the_old_sites_with_alternative_text(built_site: Path, editions: list[Release]) -> None:
    import lxml.html

    for rel in editions:
        home = lxml.html.fromstring((built_site / rel.edition / "index.html").read_bytes())
        for img in home.iter("img"):
            assert img.get("alt"), rel.edition
        photos = {p.photo_url for p in rel.people if p.photo_url}
        shown = {img.get("src") for img in home.iter("img") if "wd-photo" in (img.get("class") or "")}
        assert shown <= photos


#: A photo's frame as a reader sees it: whether the photo loaded, whether its alternative text is
#: drawn (Chromium draws it in the image's colour), the frame's box, and the initials it shows
#: instead: the image's ``::before`` (which Chromium draws only for an image that did not load),
#: over the whole image in the frame's colour, and the text under the image, in the same font,
#: whose box says whether they are cut (wider than their box, or a corner outside the circle).
PHOTO_FRAME = """img => {
  img.scrollIntoView({block: 'center'});  // on screen, for elementFromPoint
  const frame = img.parentElement, box = frame.getBoundingClientRect();
  const under = [...frame.children].find(e => e !== img);
  const r = under ? under.getBoundingClientRect() : null;
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2, radius = box.width / 2;
  const inside = r && [[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom]]
    .every(([x, y]) => Math.hypot(x - cx, y - cy) <= radius);
  const before = getComputedStyle(img, '::before'), style = getComputedStyle(frame);
  const font = s => [s.fontSize, s.fontWeight, s.fontFamily, s.color].join(' ');
  return {
    loaded: img.complete && img.naturalWidth > 0,
    altDrawn: getComputedStyle(img).color.replace(/\\s/g, '') !== 'rgba(0,0,0,0)',
    alt: img.alt,
    frame: [box.x, box.y, box.width, box.height].map(Math.round),
    round: style.borderRadius === '50%' && style.overflow === 'hidden',
    text: under ? under.textContent : null,
    hidden: under ? under.getAttribute('aria-hidden') : null,
    whole: under ? under.scrollWidth <= under.clientWidth && inside : false,
    drawn: before.content.replace(/ \\/ ""$/, ''),
    cover: before.position === 'absolute' && before.width === getComputedStyle(img).width
      && before.height === getComputedStyle(img).height && before.backgroundColor === style.backgroundColor,
    sameFont: under ? font(before) === font(getComputedStyle(under)) : false,
    photoOnTop: document.elementFromPoint(cx, cy) === img,
    photo: Object.values(img.getBoundingClientRect().toJSON()).slice(0, 4).map(Math.round),
  };
}"""
#: The photos shown on the pages tested: a home page's speakers and a person's page, with the
#: initials each frame shows when the photo does not load.
PHOTO_PAGES = {
    "neurips2022/index.html": {
        "Jeff Dean": "JD",
        "Dawn Song": "DS",
        "Steve Keckler": "SK",
        "Newsha Ardalani": "NA",
        "Riyadh Baghdadi": "RB",
    },
    "people/h-t-kung.html": {"H. T. Kung": "HK"},
    "people/summer-deng.html": {"Zhaoxia (Summer) Deng": "ZD"},
}


def photo_frames(
    browser: Any, base: str, path: str, width: int, scheme: str, photos: bytes | None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Each photo's frame on ``path`` of the site served at ``base`` (:data:`PHOTO_FRAME`), in the
    colour ``scheme`` (light, dark), every request to another host refused, or the photos answered
    with ``photos`` (a PNG); and axe-core's serious or critical violations on the page. (A page
    opened from a file: Playwright's routes do not see its requests to other hosts.)"""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()

    def answer(route: Any) -> None:
        url = route.request.url
        if url.startswith(base):
            route.continue_()
        elif photos is not None and route.request.resource_type == "image":
            route.fulfill(status=200, content_type="image/png", body=photos)
        else:
            route.abort()

    page.route("**/*", answer)
    try:
        page.goto(base + path)
        page.wait_for_load_state()
        frames = [img.evaluate(PHOTO_FRAME) for img in page.locator("img.wd-photo").all()]
        found = Axe().run(page).response["violations"]
        return frames, [f"{v['id']} {v['impact']}" for v in found if v["impact"] in ("serious", "critical")]
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_a_photo_that_does_not_load_leaves_the_persons_initials_in_its_frame(
    browser: Any, served_site: tuple[str, dict[str, bytes]], width: int, scheme: str
) -> None:
    # the photos are the old site's addresses: offline, the old host gone or a blocker, the round
    # frame clipped the alternative text "Photo of Jeff Dean" into "Photo of / eff Dean" pieces;
    # in dark mode the theme's rule for images made it a light grey square (its white ground, its
    # corners .25rem), the text grey on it. The frame shows the person's initials, whole, on the
    # frame's own ground, hidden from a screen reader, which reads the photo's alternative text
    # (their name); the text is not drawn over them. axe-core finds nothing serious either way
    for path, initials in PHOTO_PAGES.items():
        failed, problems = photo_frames(browser, served_site[0], path, width, scheme, None)
        assert problems == [], path
        assert [f["alt"] for f in failed] == [f"Photo of {name}" for name in initials], path
        for frame, shown in zip(failed, initials.values(), strict=True):
            assert not frame["loaded"] and not frame["altDrawn"] and frame["round"], (path, frame)
            assert (frame["text"], frame["hidden"], frame["whole"]) == (shown, "true", True), (path, frame)
            assert (frame["drawn"], frame["cover"], frame["sameFont"]) == (f'"{shown}"', True, True), (path, frame)
        # loading, the photo covers its round frame, which is where and as large as it is without it
        loaded, problems = photo_frames(browser, served_site[0], path, width, scheme, png_pixel())
        assert problems == [], path
        side = 112 if width > 480 else 72  # 7rem, 4.5rem on a phone
        for frame, fallback in zip(loaded, failed, strict=True):
            assert frame["loaded"] and frame["photoOnTop"] and frame["round"], (path, frame)
            assert frame["frame"] == fallback["frame"] and frame["frame"][2:] == [side, side], (path, frame)
            assert frame["photo"] == frame["frame"], (path, frame)


#: The search's results have their summaries (each page's text around the words, fetched after
#: the list): a function, as :data:`SEARCH_DONE`.
SUMMARIES_DONE = "n => document.querySelectorAll('#search-results p.context').length >= n"


def test_a_search_for_a_speaker_summarises_the_pages_without_the_photos_initials(
    browser: Any, served_site: tuple[str, dict[str, bytes]]
) -> None:
    """A visitor searching "Jeff Dean" at 390 px read "...Jeff Dean JD Google Jeff Dean joined
    Google" and "Speakers Jeff Dean JD Keynote Speaker": a result's summary is the page's text
    (Sphinx's ``Search.htmlToText``), which held the initials drawn in a photo's frame where the
    photo does not load (photos.py), and a fold's "Abstract" ran into its text ("AbstractIn this
    talk"). The summaries read as the pages do."""
    base, _ = served_site
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        page, errors = _watched(context, base)
        page.goto(base + "search.html?q=Jeff+Dean")
        page.wait_for_function(SEARCH_DONE)
        page.wait_for_function(SUMMARIES_DONE, arg=5)
        said = [" ".join(t.split()) for t in page.locator("#search-results p.context").all_inner_texts()]
        assert errors == []
    finally:
        context.close()
    assert any("Jeff Dean joined Google in mid-1999" in s for s in said), said
    assert [s for s in said if re.search(r"\bJD\b", s)] == []
    assert [s for s in said if "AbstractIn" in s or re.search(r"Abstract[A-Z]", s)] == []
    assert any("Keynote Speaker" in s for s in said), said


def png_pixel() -> bytes:
    """A PNG of one grey pixel: the photos' answer where they load."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")
    )


#: The bottom of a heading's box less the bottom of its words' last line (its hidden "#" link left out).
BELOW_THE_WORDS = """h => {
  const words = document.createRange();
  words.selectNodeContents(h);
  const link = h.querySelector(':scope > a.headerlink');
  if (link) words.setEndBefore(link);
  const last = Math.max(...[...words.getClientRects()].filter(r => r.width).map(r => r.bottom));
  return h.getBoundingClientRect().bottom - last;
}"""


def test_a_headings_hidden_link_takes_no_line_of_its_own_on_a_phone(open_page: Any) -> None:
    # a name whose last word fills the line at 390 px: the heading's "#" (its link, shown on
    # hover) went to a third line of its own, 48 px of blank under 'Amir Yazdanbakhsh' before his
    # affiliation (14 people's pages)
    for person in ("amir-yazdanbakhsh", "maheswaran-sathiamoorthy", "shivaram-venkataraman"):
        page = open_page(f"people/{person}.html", width=390)
        assert page.locator("h1").evaluate(BELOW_THE_WORDS) < 4, person


#: Two right-to-left names (Arabic, Hebrew with its points: combining marks) for two panelists.
RTL_NAMES = {"jeff-dean": "محمد عبدالله", "natasha-jacques": "שָׁלוֹם כהן"}


def test_right_to_left_names_in_a_row_keep_their_order(browser: Any, tmp_path: Path) -> None:
    # Two Arabic or Hebrew names side by side were one right-to-left run: the panel "محمد عبدالله,
    # שָׁלוֹם כהן, Tim Kraska" showed the second panelist first, the comma between them moved
    # (found by hattack9). Each name is a run of its own, as <bdi> makes it: the first is left of
    # the second on the line, and the comma follows the first
    import dataclasses
    import subprocess
    import sys

    from sitedata import FEW_EDITIONS, edition_release
    from test_site import ROOT

    from workshop_data.datapackage import write_release

    rel = edition_release(read_release(Path(store.data_dir(None)) / "neurips2024" / "2024-11-20"), FEW_EDITIONS[2], 0)
    people = tuple(  # no affiliation between them: the two names side by side
        dataclasses.replace(p, name=RTL_NAMES[p.person_id], affiliations=()) if p.person_id in RTL_NAMES else p
        for p in rel.people
    )
    write_release(dataclasses.replace(rel, people=people), tmp_path / "data")
    shutil.copytree(ROOT, tmp_path / "src")  # the build writes the editions' pages into its sources
    out = tmp_path / "html"  # built in another process: Sphinx's build in this one left Playwright hanging at its end
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-D", f"workshop_data_dir={tmp_path / 'data'}"]
    subprocess.run([*cmd, str(tmp_path / "src"), str(out), "-d", str(tmp_path / "doctrees")], check=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = offline(context.new_page())
    try:
        page.goto((out / "neurips2025" / "schedule.html").as_uri())
        panel = page.locator("#panel")
        links = panel.locator("a.wd-speaker").all()
        boxes = [link.bounding_box() for link in links if link.inner_text() in RTL_NAMES.values()]
        assert len(boxes) == 2 and boxes[0]["y"] == boxes[1]["y"]  # on one line
        assert boxes[0]["x"] + boxes[0]["width"] < boxes[1]["x"]  # the first panelist first
    finally:
        context.close()


#: Every Content-Security-Policy violation of the page, as the browser reports it to the page.
VIOLATIONS = """
window.wdViolations = [];
document.addEventListener("securitypolicyviolation", e =>
  window.wdViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
"""


def send_html(handler: Any, status: int, body: bytes) -> None:
    """Answer ``handler``'s request with the HTML ``body`` and ``status``."""
    handler.send_response(status)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture(scope="module")
def served_site(built_site: Path) -> Iterator[tuple[str, dict[str, bytes]]]:
    """The build served over http on 127.0.0.1 (a page's ``'self'`` is then its origin, as on
    GitHub Pages), and pages of one's own at paths of the site (``extra[path] = html``)."""
    import functools
    import http.server

    extra: dict[str, bytes] = {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            body = extra.get(self.path.partition("?")[0].lstrip("/"))
            if body is None:
                return super().do_GET()
            return send_html(self, 200, body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with loopback_server(functools.partial(Handler, directory=str(built_site))) as base:
        yield base, extra


def _watched(context: Any, base: str) -> tuple[Any, list[str]]:
    """A page of ``context`` that reaches only ``base`` and records the policy's violations (in
    ``window.wdViolations``) and the errors its scripts throw or the browser reports of the policy."""
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
    page.add_init_script(VIOLATIONS)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    return page, errors


@pytest.mark.parametrize("width", [1280, 390])
def test_every_kind_of_page_works_under_its_content_security_policy(
    browser: Any, built_site: Path, served_site: tuple[str, dict[str, bytes]], editions: list[Release], width: int
) -> None:
    # The site sets a Content-Security-Policy (workshop_data.sphinxext.csp): scripts of the site
    # only, no inline script but the theme's registered ones, by their hashes. Every kind of page,
    # served as GitHub Pages serves it, with its features used: no violation, nothing broken
    base, _ = served_site
    rel = next(r for r in reversed(editions) if r.slots)
    context = browser.new_context(viewport={"width": width, "height": 900}, timezone_id="Asia/Tokyo")
    try:
        kinds = [*page_kinds(built_site, editions), "search.html?q=schedule", "genindex.html"]
        for path in kinds:
            page, errors = _watched(context, base)
            page.goto(base + path)
            page.wait_for_load_state("load")
            head = page.locator('head > meta[http-equiv="Content-Security-Policy"]')
            assert head.count() == 1, path
            if path.startswith("search.html"):
                page.wait_for_function(SEARCH_DONE)
                assert page.locator("#search-results li").count() > 0
            if path.endswith("schedule.html") and path != "schedule.html":
                first = page.locator(f"{ROWS} time.wd-time").first
                page.click("button.wd-tz-switch")
                assert page.locator("button.wd-tz-switch").get_attribute("aria-pressed") == "true", path
                assert (first.text_content() or "") != "", path
            # the theme's script ran: the mode read before the page showed
            assert page.evaluate("document.documentElement.dataset.mode") in ("auto", "light", "dark"), path
            assert page.evaluate("typeof DOCUMENTATION_OPTIONS.pagename") == "string", path  # a hashed inline script
            assert page.evaluate("window.wdViolations") == [], path
            assert errors == [], path
            page.close()
        # the reader's own zone on the newest schedule, as the first test checks without a policy
        page, errors = _watched(context, base)
        page.goto(f"{base}{rel.edition}/schedule.html")
        venue = rel.slots[0].start.replace(tzinfo=ZoneInfo(rel.workshop.timezone))
        page.click("button.wd-tz-switch")
        tokyo = venue.astimezone(ZoneInfo("Asia/Tokyo"))
        assert page.locator(f"{ROWS} time.wd-time").first.text_content() == f"{tokyo:%H:%M}"
        page.locator("select.wd-tz-select").select_option("Europe/Berlin")
        berlin = venue.astimezone(ZoneInfo("Europe/Berlin"))
        assert page.locator(f"{ROWS} time.wd-time").first.text_content() == f"{berlin:%H:%M}"
        # the theme's colour mode menu (in the phone's menu at 390 px): dark, kept by the next page,
        # whose mode the site's script (no longer the theme's inline one) reads before it shows
        page.goto(f"{base}index.html")
        assert page.evaluate("document.documentElement.dataset.theme") == "light"
        where = page
        if width == 390:
            page.click("button.primary-toggle")
            where = page.locator("dialog#pst-primary-sidebar-modal")
            where.wait_for(state="visible")
        where.locator("button.theme-switch-button:visible").first.click()
        where.locator("button.theme-change-button[data-mode='dark']:visible").first.click()
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        page.goto(f"{base}people/index.html")
        assert page.evaluate("[document.documentElement.dataset.mode, document.documentElement.dataset.theme]") == [
            "dark",
            "dark",
        ]
        if width == 390:  # the phone's menu opens and leads to the newest edition's schedule
            page.click("button.primary-toggle")
            dialog = page.locator("dialog#pst-primary-sidebar-modal")
            dialog.wait_for(state="visible")
            dialog.locator("a:text-is('Schedule')").click()
            page.wait_for_load_state("load")
            assert page.url == f"{base}{editions[-1].edition}/schedule.html"
        assert page.evaluate("window.wdViolations") == []
        assert errors == []
    finally:
        context.close()


def test_a_redirect_keeps_the_fragment_under_its_policy(
    browser: Any, built_site: Path, served_site: tuple[str, dict[str, bytes]]
) -> None:
    # the redirects of the old URLs run one inline script (the target with the URL's fragment):
    # the one their policy allows, by its hash
    from sitecheck import redirect_target

    base, _ = served_site
    old = next(p for p in sorted(site_pages(built_site)) if redirect_target(p) is not None)
    context = browser.new_context()
    try:
        page, errors = _watched(context, base)
        page.goto(f"{base}{old.relative_to(built_site).as_posix()}#panel")
        page.wait_for_url(re.compile(r".*#panel$"))
        assert page.url != f"{base}{old.relative_to(built_site).as_posix()}#panel"
        assert page.evaluate("window.wdViolations") == [] and errors == []
    finally:
        context.close()


#: What an escaping bug would let a hostile release write into a page: a script, an event handler.
INJECTED = (
    '<script>window.wdInjected = "script";</script>'
    '<img src="nowhere.png" alt="" onerror="window.wdInjected = \'onerror\'">'
)


def test_a_script_written_into_a_page_does_not_run(
    browser: Any, built_site: Path, served_site: tuple[str, dict[str, bytes]]
) -> None:
    # a person's page as the build wrote it, a script and an event handler written into its body
    # by hand (as one escaping bug anywhere would): the browser refuses both; the page's own
    # scripts run as before
    base, extra = served_site
    html = (built_site / "people" / "jeff-dean.html").read_text("utf-8")
    assert html.count("<main") == 1
    extra["people/injected.html"] = html.replace("<main", f"{INJECTED}<main").encode()
    context = browser.new_context()
    try:
        page, _ = _watched(context, base)  # the browser's messages of the refusals: expected
        page.goto(f"{base}people/injected.html")
        page.wait_for_load_state("load")
        page.wait_for_function("() => window.wdViolations.length >= 2")
        assert page.evaluate("window.wdInjected") is None
        violated = page.evaluate("window.wdViolations")
        assert sorted(v.split()[0] for v in violated) == ["script-src-attr", "script-src-elem"], violated
        assert page.evaluate("document.documentElement.dataset.mode") in ("auto", "light", "dark")
        assert page.evaluate("DOCUMENTATION_OPTIONS.pagename") == "people/jeff-dean"
        # without the policy (the same page, its <meta> taken out) the script runs: the test can fail
        extra["people/unguarded.html"] = re.sub(
            r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", extra["people/injected.html"].decode()
        ).encode()
        page.goto(f"{base}people/unguarded.html")
        page.wait_for_load_state("load")
        assert page.evaluate("window.wdInjected") in ("script", "onerror")
    finally:
        context.close()


def test_a_word_longer_than_the_schedules_column_breaks_and_leaves_the_rows_on_screen(
    browser: Any, tmp_path: Path
) -> None:
    """A title, label or affiliation of one unbroken word (a long name, a URL pasted as a title)
    made the section column as wide as itself: at 390 px every row of the schedule ran past the
    text column's edge, cut off, the ordinary rows too (seen in a build of such a release). The
    section cell breaks such a word where it must (``overflow-wrap: anywhere``)."""
    import dataclasses

    from conftest import SHIPPED

    rel = read_release(SHIPPED)
    word = "Hyperparameteroptimizationforlargescaledistributedtrainingofneuralnetworks" * 2
    slots = tuple(
        dataclasses.replace(
            s, title=f"{word} on clusters", title_myst=f"{word} on clusters", label="Keynote" + "x" * 60
        )
        if s.slot_id == "keynote-jeff-dean"
        else s
        for s in rel.slots
    )
    people = tuple(
        dataclasses.replace(p, affiliations=("Departmentofcomputerscienceandengineeringofsomewhere",))
        if p.person_id == "jeff-dean"
        else p
        for p in rel.people
    )
    out = _site_of(tmp_path, dataclasses.replace(rel, slots=slots, people=people))
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = offline(context.new_page())
    page.goto((out / "neurips2024" / "schedule.html").as_uri())
    assert word in page.inner_text("table.wd-schedule").replace("\n", "")
    assert page.locator("table.wd-schedule").evaluate(CELLS_CUT_OFF) == []
    assert page.evaluate(SIDEWAYS) <= 0
    context.close()


def _site_of(tmp_path: Path, release: Release) -> Path:
    """The test site (``tests/roots/test-site``) built into ``tmp_path / "html"`` from a data
    directory of ``release`` beside neurips2025's newest release (its folder)."""
    import subprocess
    import sys

    from workshop_data.datapackage import write_release

    data = tmp_path / "data"
    latest = store.release_path("neurips2025", LATEST, None)
    shutil.copytree(latest, data / "neurips2025" / latest.name)
    write_release(release, data)
    src = tmp_path / "src"
    shutil.copytree(Path(__file__).parent / "roots" / "test-site", src)
    out = tmp_path / "html"  # built in another process: Sphinx's build in this one left Playwright hanging
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-D", f"workshop_data_dir={data}"]
    subprocess.run([*cmd, str(src), str(out), "-d", str(tmp_path / "doctrees")], check=True)
    return out


#: A URL the schema lets a link be whose characters an attribute quoted with ``'`` would end at,
#: with an ``&`` that HTML reads as a character reference's start.
QUOTED_URL = "https://example.org/it's(x)?a=1&b='2'#x'y"


def _injected_shown_as_text(page: Any, built: Path) -> list[str]:
    """The page ``built`` (holding :data:`INJECTED`) opened in ``page`` with its
    Content-Security-Policy taken out: no script of the markup's runs and it shows as the words it
    is. Returns the ``href`` of every link of its main content."""
    html = built.read_text("utf-8")
    assert html.count('<meta http-equiv="Content-Security-Policy"') == 1, built
    unguarded = built.with_name(f"unguarded-{built.name}")
    unguarded.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html), "utf-8")
    page.goto(unguarded.as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("window.wdInjected") is None, built
    assert INJECTED in page.inner_text("main"), built  # the markup shown as the words it is
    return list(page.eval_on_selector_all("main a[href]", "els => els.map(a => a.getAttribute('href'))"))


def test_markup_in_a_persons_link_words_bio_and_talk_delivery_is_text_on_every_page_without_the_policy(
    browser: Any, tmp_path: Path
) -> None:
    """A release is data anyone can write (``--data-dir``, a pull request's data): markup in the
    words printed as a person's profile links (``link_labels``, schema 2.9.0), in a bio and the
    words of it linked (``text_links``), and in how a talk is given (``talk_delivery``), with
    link URLs holding quotes and ``&``: built into the site, each page shows them as text and
    links the URLs as they are, and no script of theirs runs even with the Content-Security-Policy
    taken out (the policy is a second guard: escaping is the first)."""
    import dataclasses

    from workshop_data.model import TextLink

    rel = read_release(store.release_path("neurips2024", LATEST, None))
    person = next(p for p in rel.people if p.links)
    bio = f"Leads the {INJECTED} lab"
    people = tuple(
        dataclasses.replace(
            p,
            links=(*p.links, QUOTED_URL),
            link_labels=(*(f"{INJECTED}\"'><x" for _ in p.links), "javascript:window.wdInjected='href'"),
            bio=bio,
        )
        if p is person
        else p
        for p in rel.people
    )
    in_bio = QUOTED_URL.replace("it's", "bio's")
    linked = TextLink("people", person.person_id, "bio", 1, bio.index(INJECTED) + 1, INJECTED, in_bio)
    slots = tuple(dataclasses.replace(s, talk_delivery=INJECTED) if s.speakers else s for s in rel.slots)
    hostile = dataclasses.replace(rel, people=people, slots=slots, text_links=(*rel.text_links, linked))
    out = _site_of(tmp_path, hostile)
    context, hrefs = browser.new_context(), []
    try:
        page = offline(context.new_page())
        for path in (f"people/{person.person_id}.html", "neurips2024/index.html", "neurips2024/schedule.html"):
            hrefs += _injected_shown_as_text(page, out / path)
        assert QUOTED_URL in hrefs and in_bio in hrefs  # the profile link and the bio's, as they are
        assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    finally:
        context.close()


#: The elements of the page's article (its tables aside, which scroll in a box of their own)
#: that reach past the right edge of its content column: ``[tag.class, right edge]`` (CSS px).
PAST_THE_COLUMN = """() => {
  const a = document.querySelector("article"), style = getComputedStyle(a);
  const edge = a.getBoundingClientRect().right - parseFloat(style.paddingRight) + 0.5;
  return [...a.querySelectorAll("*")]
    .filter(e => e.getClientRects().length && !e.closest(".pst-scrollable-table-container"))
    .filter(e => e.getBoundingClientRect().right > edge)
    .map(e => [`${e.tagName.toLowerCase()}.${e.className}`, Math.round(e.getBoundingClientRect().right)]);
}"""


def followed_abstract(open_page: Any, edition: str, speaker: str, role: str, width: int) -> tuple[Any, Any]:
    """The edition's home page and its abstract of ``role``, opened by following the "Abstract"
    link of the schedule's speakers list entry ``speaker`` (a selector of its ``dt``); the fold
    holding the abstract is open and the abstract shown."""
    page = open_page(f"{edition}/schedule.html", width=width)
    page.locator(f"dl.wd-speakers {speaker} + dd a.wd-abstract-link").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{edition}/index.html#{role}-abstract")
    shown = page.locator(f"#{role}-abstract")
    assert shown.evaluate("p => p.closest('details').open") is True
    assert shown.is_visible()
    return page, shown


def test_neurips_2022s_schedule_opens_jeff_deans_abstract_on_the_home_page(open_page: Any) -> None:
    """NeurIPS 2022's schedule prints no talk titles, and linked none of its four abstracts
    (:meth:`.Release.abstract_role` found them by title only). Jeff Dean's talk, "Invited
    Speaker 1" on the schedule and the keynote on the home page, links his abstract there
    (found by the person: :mod:`tests.test_abstract_role`); following the link at 390 px opens
    its fold and shows it."""
    _, shown = followed_abstract(open_page, "neurips2022", "dt:has-text('Jeff Dean')", "role-1", 390)
    assert shown.evaluate("p => p.closest('section.wd-speaker-entry').id") == "role-1"


def test_the_time_zone_menu_fits_a_320_px_screen(open_page: Any, editions: list[Release]) -> None:
    """At 320 px (1280 px at 400 % zoom: WCAG 1.4.10's reflow width) the menu of every zone was
    19rem wide in a column of 288 px: its ``max-width: 100%`` was of its label, an inline block
    as wide as the menu, so the menu ran 16 px past the column to the screen's edge, its
    right border cut, on every schedule, changelog and person page. Nothing of those pages'
    articles reaches past their column, at 320 px nor at 390 px."""
    with_slots = next(r.edition for r in reversed(editions) if r.slots)
    pages = [f"{with_slots}/schedule.html", f"{with_slots}/changelog.html", "people/tim-kraska.html"]
    for width in (320, 390):
        for path in pages:
            page = open_page(path, width=width)
            assert page.locator("select.wd-tz-select").is_visible(), path
            assert page.evaluate(PAST_THE_COLUMN) == [], (width, path)


@pytest.mark.parametrize("width", [390, 1280])
def test_a_schedules_abstract_link_opens_the_abstract_on_the_home_page(open_page: Any, width: int) -> None:
    """NeurIPS 2018's schedule links each invited talk's "Abstract" to the home page, where the
    abstract is folded away (``<details>``): following the link opens the fold and shows the
    abstract on screen, not a closed "Abstract" the reader must find and open."""
    page, shown = followed_abstract(open_page, "neurips2018", "dt#schkufza_talk", "role-5", width)
    assert "Stochastic program optimizers turn that model on its head." in shown.inner_text()
    # the abstract on screen below the header, the talk's title above it in sight too
    header = page.evaluate("document.querySelector('header').getBoundingClientRect().bottom")
    title = page.locator("#role-5 .wd-talk-title")
    assert title.inner_text() == "A Crash Course in Stochastic Program Optimization"
    for box in (shown.bounding_box(), title.bounding_box()):
        assert box is not None and header <= box["y"] < 900


def test_markup_in_the_abstracts_links_deliveries_anchors_and_changelog_words_is_text_on_every_page(
    browser: Any, tmp_path: Path
) -> None:
    """The texts the site renders that came lately, hostile in a release after neurips2024's newest:
    the words linked in a talk's abstract and a paper's (``text_links``), every delivery (a slot's,
    its talk's, a block's talk's, a paper's), a speaker's page anchor naming them with quotes and
    markup ('Dean"'<>&_talk': the schedule's speakers list and its links use it) and the words
    the changelog prints of what changed (a label, a status, an affiliation, a paper's title and
    abstract): on the home, schedule, changelog, papers and person pages, with the policy on no
    violation and nothing broken, with it taken out no script of theirs runs, and the markup is
    shown as the words it is."""
    import dataclasses
    import subprocess
    import sys

    from workshop_data.datapackage import write_release
    from workshop_data.model import TextLink

    latest = store.release_path("neurips2024", LATEST, None)
    rel = read_release(latest)
    role = next(r for r in rel.roles if r.role == "keynote")
    abstract = f"About {INJECTED} and more"
    paper = rel.papers[0]
    links = (
        TextLink("roles", str(role.order), "talk_abstract", 1, abstract.index(INJECTED) + 1, INJECTED, QUOTED_URL),
        TextLink("papers", paper.paper_id, "abstract", 1, abstract.index(INJECTED) + 1, INJECTED, QUOTED_URL),
    )
    speaker = rel.person(role.person_id)
    anchor = f"{speaker.name.split()[-1]}\"'<>&_talk"
    hostile = dataclasses.replace(
        rel,
        name="2024-12-16",
        published=rel.published.replace(day=16),
        schema_version=None,  # (the newest's: deliveries of slots and papers are 2.10.0's)
        slots=tuple(
            dataclasses.replace(s, label=INJECTED, status=INJECTED, talk_delivery=INJECTED, delivery=INJECTED)
            for s in rel.slots
        ),
        talks=tuple(dataclasses.replace(t, delivery=INJECTED) for t in rel.talks),
        roles=tuple(dataclasses.replace(r, talk_abstract=abstract) if r is role else r for r in rel.roles),
        people=tuple(
            dataclasses.replace(p, affiliations=(INJECTED,), anchor=anchor if p is speaker else p.anchor)
            for p in rel.people
        ),
        papers=(
            dataclasses.replace(paper, title=f"{paper.title} {INJECTED}", abstract=abstract, delivery=INJECTED),
            *rel.papers[1:],
        ),
        text_links=(*rel.text_links, *links),
    )
    data = tmp_path / "data"
    shutil.copytree(latest, data / "neurips2024" / latest.name)
    write_release(hostile, data)
    src, out = tmp_path / "src", tmp_path / "html"
    shutil.copytree(Path(__file__).parent / "roots" / "test-site", src)
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-D", f"workshop_data_dir={data}"]
    subprocess.run([*cmd, str(src), str(out), "-d", str(tmp_path / "doctrees")], check=True)
    pages = ["index", "schedule", "changelog", "accepted_papers"]
    paths = [*(f"neurips2024/{name}.html" for name in pages), f"people/{speaker.person_id}.html"]
    context, hrefs = browser.new_context(), []
    try:
        for path in paths:
            page = offline(context.new_page())
            page.add_init_script(VIOLATIONS)
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.goto((out / path).as_uri())
            page.wait_for_load_state("load")
            assert (page.evaluate("window.wdViolations"), errors) == ([], []), path
            assert page.evaluate("window.wdInjected") is None, path
            hrefs += _injected_shown_as_text(page, out / path)
            page.close()
        assert QUOTED_URL in hrefs
        assert not [h for h in hrefs if h.lower().startswith("javascript:")]
        # the anchor names the speaker, so the speakers list keeps it, as an id of its words alone
        assert '<dt id="dean-talk">' in (out / "neurips2024" / "schedule.html").read_text("utf-8")
        assert "#dean-talk" in hrefs
    finally:
        context.close()

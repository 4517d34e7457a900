"""No file the site offers for download runs as a script, even loaded as one by a page of the
site (the reason :mod:`workshop_data.sphinxext.csp` gives for ``script-src 'self'``).

The pages' policy admits any script the site serves, and a release's downloads (its exports,
its descriptor and CSVs, its slots' calendars) are written from data a hostile data directory
controls. No page of the site loads one as a script (every value is escaped), but the policy is
there for the day one escaping bug lets markup through: a ``<script src>`` naming a download.
Chromium (the external oracle) loads each download of a release whose texts are written to be
JavaScript, under the site's policy, from a loopback HTTP server, as GitHub Pages would serve
it (its type by its suffix): none runs, each refused for its type (CSV) or failing to parse at
the first lines the package writes; a file of the same text as a ``.js`` runs (the check can
fail)."""

from __future__ import annotations

import dataclasses
import functools
import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SHIPPED, loopback_server, require

from workshop_data.datapackage import write_release
from workshop_data.formats import FORMATS, writer
from workshop_data.formats.ical import slot_calendars
from workshop_data.sphinxext import csp
from workshop_data.sphinxext.downloads import SKIPPED, file_name
from workshop_data.sphinxext.releasefiles import SPREADSHEET_SUFFIX
from workshop_data.validation import read_release

#: What a hostile text would run: each sets ``window.pwned``.
PAYLOADS = (
    "window.pwned = 1",
    "*/ window.pwned = 1 /*",
    '"]; window.pwned = 1; //',
    "function pwn() {} window.pwned = 1 //",
)


def _hostile(folder: Path) -> Path:
    """The shipped release with every slot's title and the workshop's title JavaScript, written
    as a release into ``folder``."""
    release = read_release(SHIPPED)
    slots = tuple(
        dataclasses.replace(s, title=PAYLOADS[n % len(PAYLOADS)], title_myst=PAYLOADS[n % len(PAYLOADS)])
        for n, s in enumerate(release.slots)
    )
    workshop = dataclasses.replace(release.workshop, page_title=PAYLOADS[0])
    hostile = dataclasses.replace(release, slots=slots, workshop=workshop, schema_version=None)
    return write_release(hostile, folder / "data")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server of a hostile release's downloads: its URL and the files' names."""
    folder = _hostile(tmp_path)
    release = read_release(folder)
    site = tmp_path / "site"
    site.mkdir()
    names: list[str] = []

    def put(name: str, text: str | bytes) -> None:
        (site / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        names.append(name)

    for fmt in FORMATS:
        if fmt not in SKIPPED:
            put(file_name(release.edition, release.name, fmt), writer(fmt)(release))
    for path in sorted(folder.iterdir()):  # the descriptor and the CSVs, as published
        put(path.name, path.read_bytes())
        if path.suffix == ".csv":
            put(path.stem + SPREADSHEET_SUFFIX, path.read_bytes())
    slot_id, calendar = next(iter(slot_calendars(release).items()))
    put(f"{slot_id}.ics", calendar)
    (site / "control.js").write_text(f"{PAYLOADS[0]};\n", encoding="utf-8")
    with loopback_server(functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))) as base:
        yield base, names


def _loaded_as_script(browser: object, base: str, name: str) -> tuple[bool, list[str]]:
    """Whether ``name`` ran, loaded by a page of the site's policy as ``<script src>``, and what
    Chromium said of it."""
    page = browser.new_page()  # type: ignore[attr-defined]
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    page.on("pageerror", lambda error: said.append(f"{error.name}: {error.message}"))
    html = f'<!doctype html><html><head>{csp.meta(csp.policy())}</head><body><script src="{name}"></script>'
    page.route(f"{base}page.html", lambda route: route.fulfill(content_type="text/html", body=html))
    page.goto(f"{base}page.html")
    page.wait_for_load_state("load")
    ran = bool(page.evaluate("window.pwned === 1"))
    page.close()
    return ran, said


def test_no_download_of_a_hostile_release_runs_as_a_script(chromium: str, served: tuple[str, list[str]]) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        require(False, "playwright is not installed (pip install '.[test]')")
    base, names = served
    assert {Path(n).suffix for n in names} == {".csv", ".ics", ".json", ".xml", ".md"}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        try:
            ran, said = _loaded_as_script(browser, base, "control.js")
            assert ran, said  # the same text as a script runs: the check can fail
            for name in names:
                ran, said = _loaded_as_script(browser, base, name)
                assert not ran, f"{name} ran as a script"
                if name.endswith(".csv"):  # refused for its type: Chromium runs no text/csv
                    assert any("MIME type ('text/csv') is not executable" in s for s in said), (name, said)
                else:  # parsed as a script, and refused at the package's own first lines
                    assert any(s.startswith("SyntaxError") for s in said), (name, said)
        finally:
            browser.close()

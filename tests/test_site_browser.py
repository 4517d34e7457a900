"""The built schedule page in headless Chromium, the browser's zone set to Europe/Berlin.

Chromium is driven over the DevTools protocol (websocket-client): the test clicks the
time-zone switch with real mouse events and reads the times back from the page.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

# one pytest-xdist worker builds the site and runs the browser for the whole module
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).parent / "roots" / "test-directives"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
]
KEYNOTE = "#keynote-jeff-dean time"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test site (pydata-sphinx-theme, shipped data) built into a temporary folder."""
    src = tmp_path_factory.mktemp("browser") / "src"
    shutil.copytree(ROOT, src)
    app = SphinxTestApp("html", srcdir=src, status=StringIO(), warning=StringIO())
    try:
        app.build()
    finally:
        app.cleanup()
    assert app.warning.getvalue() == ""
    return Path(app.outdir)


class Page:
    """One page target of a Chromium instance, driven over the DevTools protocol."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message["result"]  # type: ignore[no-any-return]

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def goto(self, url: str) -> None:
        """Open ``url`` and wait until it has loaded."""
        self.send("Page.navigate", url=url)
        loaded = f"location.href === {json.dumps(url)} && document.readyState === 'complete'"
        for _ in range(200):
            if self.eval(loaded):
                return
            time.sleep(0.1)
        raise AssertionError(f"{url} did not load")

    def html(self, selector: str) -> str:
        """The outer HTML of an element, read through the DOM domain (works without scripts)."""
        root = self.send("DOM.getDocument")["root"]["nodeId"]
        node = self.send("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        return str(self.send("DOM.getOuterHTML", nodeId=node)["outerHTML"])

    def click(self, selector: str) -> None:
        """A real click: mouse pressed and released at the middle of the element."""
        box = self.eval(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
            " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"], button="left", clickCount=1)


@pytest.fixture
def berlin(chromium: str, tmp_path: Path) -> Iterator[Page]:
    """A blank page in Chromium whose time zone is Europe/Berlin (the TZ variable)."""
    env = {**os.environ, "TZ": "Europe/Berlin"}
    cmd = [chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--remote-debugging-port=0", "about:blank"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        port = None
        for line in proc.stderr:
            found = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            if found:
                port = found.group(1)
                break
        assert port, "Chromium did not open the DevTools port"
        targets: list[dict[str, Any]] = []
        for _ in range(50):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as response:
                targets = [t for t in json.load(response) if t["type"] == "page"]
            if targets:
                break
            time.sleep(0.1)
        page = Page(targets[0]["webSocketDebuggerUrl"])
        yield page
        page.ws.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_schedule_renders_and_switches_to_the_readers_zone(berlin: Page, built: Path) -> None:
    page = berlin
    page.goto((built / "schedule.html").as_uri())
    assert page.eval("Intl.DateTimeFormat().resolvedOptions().timeZone") == "Europe/Berlin"
    assert page.eval("document.querySelectorAll('table.wd-schedule tbody tr').length") == 14
    assert page.eval("document.querySelector('table.wd-schedule').getBoundingClientRect().width") > 300
    # the venue's time as written, the switch shown by the script
    assert page.eval(f"document.querySelector('{KEYNOTE}').textContent") == "08:20"
    assert page.eval("document.querySelector('button.wd-tz-switch').hidden") is False
    page.click("button.wd-tz-switch")
    assert page.eval(f"document.querySelector('{KEYNOTE}').textContent") == "17:20"
    assert "Europe/Berlin" in page.eval("document.querySelector('.wd-tz-label').textContent")
    assert page.eval("document.querySelector('button.wd-tz-switch').getAttribute('aria-pressed')") == "true"
    # the speakers list switches too, and a second click brings the venue's time back
    assert page.eval("document.querySelector('#dean_talk').parentElement.querySelector('time').textContent") == "17:20"
    page.click("button.wd-tz-switch")
    assert page.eval(f"document.querySelector('{KEYNOTE}').textContent") == "08:20"
    assert "America/Vancouver" in page.eval("document.querySelector('.wd-tz-label').textContent")


def test_without_javascript_the_venues_times_stay(berlin: Page, built: Path) -> None:
    berlin.send("Emulation.setScriptExecutionDisabled", value=True)
    berlin.goto((built / "schedule.html").as_uri() + "?tz=local")
    keynote = berlin.html(KEYNOTE)
    assert 'datetime="2024-12-15T08:20:00-08:00"' in keynote and ">08:20</time>" in keynote
    assert "hidden" in berlin.html("button.wd-tz-switch")


def test_tz_parameter_starts_in_the_readers_zone(chromium: str, built: Path, tmp_path: Path) -> None:
    url = (built / "schedule.html").as_uri() + "?tz=local"
    cmd = [chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", url]
    dom = subprocess.run(cmd, env={**os.environ, "TZ": "Europe/Berlin"}, capture_output=True, text=True, timeout=120)
    assert re.search(r'<time[^>]*datetime="2024-12-15T08:20:00-08:00"[^>]*>17:20</time>', dom.stdout)

"""The site's Content-Security-Policy (:mod:`workshop_data.sphinxext.csp`) as the build writes it:
a ``<meta>`` first in every page's head, allowing the site's own scripts and, by their hashes,
exactly the inline scripts the page holds; switched off or replaced by ``workshop_data_csp``.

The browser's side (no violation on any kind of page, an injected script refused) is in
tests/test_site_browser.py; the site is tests/roots/test-site on synthetic editions.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from types import SimpleNamespace

import lxml.html
import pytest
from test_site import build

from workshop_data.model import Release
from workshop_data.sphinxext import csp

META = '//head/meta[@http-equiv="Content-Security-Policy"]'


def pages(out: Path) -> list[Path]:
    """Every page the build wrote (not the theme's files in ``_static``)."""
    return sorted(p for p in out.rglob("*.html") if "_static" not in p.relative_to(out).parts)


def directives(content: str) -> dict[str, list[str]]:
    """A policy as ``{directive: [source, …]}``."""
    out: dict[str, list[str]] = {}
    for part in content.split(";"):
        name, *sources = part.split()
        assert name not in out, name
        out[name] = sources
    return out


def inline_scripts(doc: lxml.html.HtmlElement) -> list[str]:
    return [s.text or "" for s in doc.iter("script") if s.get("src") is None]


def sha256(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def test_the_hash_is_the_one_a_browser_asks_for() -> None:
    # Chromium's words on refusing this script: "… a hash ('sha256-U13m…QSQ0=') … is required"
    body = 'window.pwned = true; document.title = "PWNED";'
    assert csp.script_hash(body) == "'sha256-U13mHTIKCUchW+MRreg9mpyb32WYJ9LvSQZWj5mQSQ0='"


@pytest.fixture(scope="module")
def site_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Release]]:
    from sitedata import write_site_data

    root = tmp_path_factory.mktemp("csp-data") / "data"
    return root, write_site_data(root)


def test_every_page_allows_its_own_scripts_and_no_other(tmp_path: Path, site_data: tuple[Path, list[Release]]) -> None:
    app = build(tmp_path / "src", site_data[0])
    assert app.warning.getvalue() == ""
    out = Path(app.outdir)
    found = pages(out)
    assert len(found) > 30 and (out / "404.html") in found and (out / "search.html") in found
    redirects = 0
    for page in found:
        doc = lxml.html.fromstring(page.read_bytes())
        (meta,) = doc.xpath(META)
        head = doc.find("head")
        # before every script and style sheet of the page: a policy governs what follows it
        first = next(e for e in head if e.tag in ("script", "link", "style", "meta") and e.get("charset") is None)
        if first.get("name") == "viewport":
            first = first.getnext()
        assert first is meta, page
        policy = directives(meta.get("content"))
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"], page
        assert policy["default-src"] == ["'self'"] and policy["form-action"] == ["'self'"], page
        assert policy["img-src"] == ["'self'", "https:", "data:"], page
        assert "frame-ancestors" not in policy  # a <meta> cannot carry it: browsers ignore it there
        scripts = policy["script-src"]
        assert scripts[0] == "'self'" and all(s.startswith("'sha256-") for s in scripts[1:]), page
        bodies = inline_scripts(doc)
        # exactly the page's inline scripts are allowed, computed here by hashlib
        assert sorted(scripts[1:]) == sorted({sha256(b) for b in bodies}), page
        if doc.xpath('//meta[@http-equiv="refresh"]'):
            redirects += 1
            assert bodies == ['location.replace(document.querySelector("link[rel=canonical]").href + location.hash);']
        else:  # every page the theme renders, the page of a missing URL too (notfound.py)
            # the theme's inline scripts are files of the site: only the ones extensions register
            # with add_js_file(body=…) stay inline, the page's name and the search's setting
            assert all(b.startswith("DOCUMENTATION_OPTIONS.") for b in bodies), (page, bodies)
            assert any(re.fullmatch(r"DOCUMENTATION_OPTIONS\.pagename = '[\w/.-]+';", b) for b in bodies), page
            loaded = [s.get("src") for s in head.iter("script") if s.get("src")]
            assert loaded[0].endswith("_static/workshop_data_mode.js"), page
    assert redirects > 0
    search = lxml.html.fromstring((out / "search.html").read_bytes())
    assert any((s.get("src") or "").endswith("_static/workshop_data_search.js") for s in search.iter("script"))
    assert (out / "_static" / "workshop_data_mode.js").is_file()


def test_workshop_data_csp_switches_the_policy_off_or_replaces_it(
    tmp_path: Path, site_data: tuple[Path, list[Release]]
) -> None:
    off = Path(build(tmp_path / "off", site_data[0], workshop_data_csp=False).outdir)
    redirects = [p for p in pages(off) if lxml.html.fromstring(p.read_bytes()).xpath('//meta[@http-equiv="refresh"]')]
    assert redirects  # the redirects of the old URLs follow the setting too (templates/redirect.html)
    for page in pages(off):
        assert lxml.html.fromstring(page.read_bytes()).xpath(META) == [], page
    own = "default-src 'self'; script-src 'self' 'unsafe-inline'"
    mine = Path(build(tmp_path / "own", site_data[0], workshop_data_csp=own).outdir)
    for name in ("index.html", "people/jeff-dean.html", "404.html", redirects[0].relative_to(off).as_posix()):
        (meta,) = lxml.html.fromstring((mine / name).read_bytes()).xpath(META)
        assert meta.get("content") == own, name


def test_the_policy_follows_the_site_unless_set() -> None:
    def config(csp_value: object, site: bool) -> SimpleNamespace:
        return SimpleNamespace(workshop_data_csp=csp_value, workshop_data_site=site)

    assert csp.enabled(config(None, True)) and not csp.enabled(config(None, False))
    assert csp.enabled(config(True, False)) and not csp.enabled(config(False, True))
    assert csp.page_policy(config(None, False), []) is None
    assert csp.page_policy(config("img-src *", False), []) == "img-src *"
    assert csp.page_policy(config(True, False), []) == csp.policy()
    assert "'unsafe-inline'" not in directives(csp.policy(["x"]))["script-src"]

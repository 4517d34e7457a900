"""A Content-Security-Policy in every page's head: defence in depth against an escaping bug.

The package escapes every value it writes and drops links that are not http(s) (an attacker's
releases run nothing on the site), but one escaping bug in the package, in myst-nb's notebook
outputs or in the theme would run whatever a hostile release put there. The policy makes such a
script inert: scripts come from the site itself (``'self'``) and nowhere else, no inline script
runs but the few the build registers (their SHA-256 hashes), no plugin (``object-src 'none'``),
no ``<base>`` pointing the page's relative URLs elsewhere, forms post to the site only. Images
come from the site and any https host (the speakers' photos are the old site's addresses, at
mlforsystems.org and elsewhere) and ``data:`` (the theme's icons in its style sheet).

GitHub Pages, which publishes the site, sets no response headers: the policy is a ``<meta
http-equiv="Content-Security-Policy">``, first in the head (it governs what follows it), on
every page the build writes: Sphinx's pages (``metatags``; the page of a missing URL among them,
:mod:`.notfound`) and the redirects of the old URLs (:func:`redirect_template`: the policy of
``templates/redirect.html``'s one script, put in when the build starts). A ``<meta>`` cannot carry ``frame-ancestors``,
``report-uri`` or ``sandbox`` (browsers ignore them there): framing the site is not refused.

The inline scripts of a page: the ones extensions register with ``add_js_file(None, body=…)``
(pydata-sphinx-theme's ``DOCUMENTATION_OPTIONS.pagename = '…'``) are allowed by their hashes,
computed from the page's own list when it is written; the theme's scripts written inline in its
templates (the light/dark mode read before the page shows, the search page's focus) are static
files of the package instead (``templates/layout.html``, ``templates/search.html``). Styles stay
allowed inline: the theme and myst-nb's tables write ``style`` attributes and ``<style>``.

``script-src 'self'`` admits every file the site serves as a script, a release's downloads in
``_downloads/`` too (its exports, its descriptor and CSVs, its slots' calendars: text a hostile
data directory writes). None of them can run (tests/test_downloads_not_scripts.py, in Chromium):
no page loads one as a script but through markup, which the package escapes; and were an
escaping bug to write a ``<script src>`` naming one, none parses as a script a browser runs. The
package writes each one's first lines, and those are no JavaScript whatever follows: a JSON
export, a frab JSON and a descriptor are an object (``{`` then ``"key":``, a syntax error as a
script), the frab XML begins ``<?xml``, the Jekyll page its ``---`` front matter, an iCalendar
file ``BEGIN:VCALENDAR`` … ``PRODID:-//…`` then ``CALSCALE:`` (a minus, a comment, then a label:
no expression); a CSV is
served as ``text/csv``, which Chromium refuses to run. A new download format keeps that true, or
gets a type browsers refuse (the test loads every format of :data:`~workshop_data.formats.FORMATS`).

``workshop_data_csp``: ``None`` (the default) sets the policy when the extension builds the
site (``workshop_data_site``, whose templates move the theme's inline scripts), ``True`` always,
``False`` never, a string is the policy itself (the hashes are not added to it).
"""

from __future__ import annotations

import base64
import hashlib
import re
import string
from collections.abc import Iterable
from html import escape
from typing import Any

#: The policy's directives but the scripts', in order (``script-src`` is added with the hashes).
DIRECTIVES = (
    ("default-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("img-src", "'self' https: data:"),
    ("style-src", "'self' 'unsafe-inline'"),
)


def script_hash(body: str) -> str:
    """The CSP source that allows the inline script ``body`` (its text between the tags)."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(inline_scripts: Iterable[str] = ()) -> str:
    """The policy, allowing the inline scripts ``inline_scripts`` by their hashes."""
    hashes = sorted({script_hash(body) for body in inline_scripts})
    scripts = " ".join(["'self'", *hashes])
    return "; ".join(f"{name} {value}" for name, value in (("script-src", scripts), *DIRECTIVES))


def meta(content: str) -> str:
    """The ``<meta>`` that delivers the policy ``content``."""
    value = escape(content, quote=False).replace('"', "&quot;")  # its ' as they are: easier to read
    return f'<meta http-equiv="Content-Security-Policy" content="{value}" />'


def enabled(config: Any) -> bool:
    """Whether the build's pages get a policy (``workshop_data_csp``, see the module)."""
    value = config.workshop_data_csp
    return bool(config.workshop_data_site) if value is None else bool(value)


def scripts_policy(config: Any, inline_scripts: Iterable[str]) -> str | None:
    """The policy of a page whose inline scripts are ``inline_scripts``, or ``None`` when the
    build sets none."""
    if not enabled(config):
        return None
    if isinstance(config.workshop_data_csp, str):
        return str(config.workshop_data_csp)
    return policy(inline_scripts)


def page_policy(config: Any, script_files: Iterable[Any]) -> str | None:
    """The policy of a page that loads ``script_files`` (Sphinx's ``_JavaScript`` entries), or
    ``None`` when the build sets none."""
    return scripts_policy(config, [js.attributes.get("body", "") for js in script_files if not js.filename])


_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def redirect_template(config: Any, template: str) -> str:
    """The template of the old URLs' redirect pages (sphinx-reredirects's: ``${to_uri}`` left for
    it) with the build's policy at its ``${csp}`` (none when the build sets none): the template's
    inline scripts allowed by their hashes, as a page's are."""
    content = scripts_policy(config, _INLINE_SCRIPT.findall(template))
    return string.Template(template).safe_substitute(csp="" if content is None else meta(content))


def page_context(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """``html-page-context``, after the theme's: the policy first in the page's ``metatags``."""
    content = page_policy(app.config, context.get("script_files", ()))
    if content is not None:
        context["metatags"] = meta(content) + context.get("metatags", "")


def setup_csp(app: Any) -> None:
    """Register ``workshop_data_csp`` and the page's policy."""
    app.add_config_value("workshop_data_csp", None, "html", types=frozenset({bool, str, type(None)}))
    app.connect("html-page-context", page_context, priority=900)

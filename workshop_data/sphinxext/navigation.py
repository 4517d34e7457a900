"""Site-wide navigation: rewrite every page when the toctree or a page title changes.

Themes such as pydata-sphinx-theme print the whole site's navigation (the toctree, with each
page's title) on every page. Sphinx writes only the pages it re-read, so adding a page to the
toctree or retitling one would leave every other page with a stale navigation bar. On
``env-get-updated`` this module compares a digest of the toctree and the titles with the one
of the previous build, and returns every page when it changed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

#: Attribute of the environment holding the digest of the previous build's navigation.
ATTR = "workshop_data_navigation"


def navigation_digest(env: Any) -> str:
    """SHA-256 of the toctree (each page's children, in order) and the titles of the pages it
    lists (an orphan page's title, such as a person's, is in no navigation)."""
    toctree = sorted((doc, list(children)) for doc, children in env.toctree_includes.items())
    listed = {child for children in env.toctree_includes.values() for child in children}
    titles = sorted((doc, title.astext()) for doc, title in env.titles.items() if doc in listed)
    return hashlib.sha256(json.dumps([toctree, titles]).encode("utf-8")).hexdigest()


def get_updated(app: Any, env: Any) -> list[str]:
    """``env-get-updated``: every page when the navigation changed since the last build."""
    now = navigation_digest(env)
    before = getattr(env, ATTR, None)
    setattr(env, ATTR, now)
    if before is None or before == now:
        return []
    return sorted(env.found_docs)


def setup_navigation(app: Any) -> None:
    """Connect ``env-get-updated``."""
    app.connect("env-get-updated", get_updated)

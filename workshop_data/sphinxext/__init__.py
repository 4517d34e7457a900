"""Sphinx extension of workshop_data: directives that render the schedule from the loaders.

Add ``"workshop_data.sphinxext"`` to ``extensions``. Directives (MyST or reST):

``workshop-info``, ``workshop-contact``, ``workshop-schedule``, ``workshop-downloads``,
``workshop-data-dictionary``, ``workshop-releases``, ``workshop-editions``,
``workshop-changelog``; for the workshop's website: ``workshop-facts``, ``workshop-speakers``,
``workshop-committees``, ``workshop-papers``, ``workshop-person``, ``workshop-people``,
``workshop-release-files``.

Each takes the edition as its argument (default ``workshop_data_edition``) and, where it
shows one release, a ``:release:`` option (default the latest). Configuration:

``workshop_data_dir``
    A data directory of your own (default: ``$WORKSHOP_DATA_DIR``, else the shipped data).
``workshop_data_edition``
    The edition a directive without argument shows (default ``None``: the newest edition).
``workshop_data_notebooks``
    Docname patterns of notebooks that read the data, re-executed when the editions they
    declare reading change (:mod:`.notebooks`).
``workshop_data_site``
    ``True`` to build the workshop's whole website: every edition's pages generated from the
    data, the editions bar, titles that name the edition, the old URLs (:mod:`.site`); a link
    to an edition the data does not hold is its text (:mod:`.absent`).
``workshop_data_site_pages``
    ``False`` for a source tree whose editions' pages are written already: a
    ``workshop_data_site`` build then writes none of their sources (default ``True``; the
    benchmarks' static floor, ``docs/package/benchmarks.md``).
``workshop_data_assets``
    A folder holding the old site's files at their paths (a checkout of it; default
    ``$WORKSHOP_DATA_ASSETS``): the photos, PDFs and slides the pages link at the old site's
    address are copied into the output, so the site can replace the old one there (:mod:`.assets`).
``workshop_data_csp``
    The pages' Content-Security-Policy, a ``<meta>`` first in each head (:mod:`.csp`): ``None``
    (default) on a ``workshop_data_site`` build, ``True``/``False`` always/never, a string the
    policy itself.

Every page's title (``project``, ``html_title``) reaches the theme escaped, whatever the theme
does with it (:mod:`.pagetitle`). The ``html`` builder is Sphinx's, without rewriting the search
index and inventory when no page changed (:mod:`.finish`), and the project finds the source
files with strings (:mod:`.project`).

One module per directive family, each with a ``setup_<module>(app)``: adding a family is
adding its module name to :data:`MODULES`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .. import __version__
from ..defaults import DEFAULT_EDITION
from . import codeversion

#: The extension's modules, set up in this order.
MODULES = (
    "envload",
    "project",
    "deferred",
    "finish",
    "fingerprints",
    "generated",
    "timezones",
    "titlenodes",
    "markup",
    "info",
    "schedule",
    "downloads",
    "datadict",
    "releases",
    "changelog",
    "notebooks",
    "navigation",
    "pagetitle",
    "pagelinks",
    "disclosure",
    "photos",
    "home",
    "papers",
    "summaries",
    "people",
    "releasefiles",
    "site",
    "absent",
    "notfound",
    "csp",
    "assets",
)


def site_title(edition: str | None = DEFAULT_EDITION, data_dir: str | None = None) -> str:
    """The site's title as the data gives it (:attr:`.Workshop.title`: the series), for ``conf.py``.

    Data that does not load is a Sphinx error naming the file, row and field, and the edition's
    name stands in: raised from ``conf.py``, it would stop the build with "Configuration
    error!" and a traceback. The pages that show the data report it again where they use it.
    """
    from sphinx.util import logging

    from ..errors import WorkshopDataError
    from ..loaders import load_release

    try:
        workshop = load_release(edition, data_dir=data_dir).workshop
    except WorkshopDataError as exc:
        logging.getLogger(__name__).error("workshop_data: %s", exc)
        return edition or "workshop_data"
    return workshop.title


def setup(app: Any) -> dict[str, Any]:
    """Register the configuration values, nodes, directives and events."""
    app.add_config_value("workshop_data_dir", None, "env", types=frozenset({str, type(None)}))
    app.add_config_value("workshop_data_edition", DEFAULT_EDITION, "env", types=frozenset({str, type(None)}))
    app.add_config_value("workshop_data_notebooks", [], "env", types=frozenset({list, tuple}))
    for name in MODULES:
        getattr(import_module(f".{name}", __name__), f"setup_{name}")(app)
    return {
        "version": __version__,
        "env_version": codeversion.code_version(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }

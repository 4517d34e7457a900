"""Sphinx configuration of the workshop site (``make site``: ``sphinx-build -c . docs _build/html``).

Two parts, one build. The workshop's website: every edition's pages (home, schedule, accepted
papers, call for papers, changelog, data) and a page per person, written into ``docs/`` from the
data when the build starts (``workshop_data_site``, :mod:`workshop_data.sphinxext.site`), with the
prose people write in ``docs/editions/<edition>/`` (hand-written MyST); the root is the newest
edition. The package's documentation in ``docs/package/`` (guide, API, data dictionary,
benchmarks, and the notebooks of ``notebooks/`` through the symlink ``docs/package/notebooks``,
run by myst-nb: cached, re-executed when their code or the data changes).
"""

from __future__ import annotations

import logging
from typing import Any

import workshop_data
from workshop_data.sphinxext import site_title

#: A directive without an edition shows the newest edition.
workshop_data_edition = None
#: The site's title as the newest edition's data gives it (its series, "ML for Systems", shown in
#: the top bar; each page's title names its edition); data that does not load is an error.
project = site_title(workshop_data_edition)
author = "The ML for Systems workshop organizers"
# no copyright notice: the pages of the record (2018 to now) name no holder and no year, and the
# old site showed none; a notice would invent one
html_show_copyright = False
version = release = workshop_data.__version__

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx_reredirects",
    "sphinx_sitemap",
    "workshop_data.sphinxext",
]

exclude_patterns = ["_build", "**/.ipynb_checkpoints", "**/.jupyter_cache"]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}

# --- myst-nb: notebooks run once, then from jupyter-cache until their code or the data changes.
nb_execution_mode = "cache"
nb_execution_raise_on_error = True
nb_execution_timeout = 300
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# --- workshop_data.sphinxext (workshop_data_dir: default $WORKSHOP_DATA_DIR, else the shipped data)
workshop_data_site = True
workshop_data_notebooks = ["package/notebooks/*"]

# --- autodoc
autodoc_typehints = "description"
autodoc_member_order = "bysource"
napoleon_numpy_docstring = True
napoleon_google_docstring = False

# --- HTML
html_theme = "pydata_sphinx_theme"
html_title = project  # text: workshop_data.sphinxext hands it to the theme escaped (pagetitle.py)
html_static_path: list[str] = []
html_last_updated_fmt = None
html_copy_source = False
html_show_sourcelink = False
html_theme_options = {
    "navbar_align": "left",
    "navigation_with_keys": False,
    "navigation_depth": 1,  # no nested toggles in the sidebar: an icon-only <summary> fails axe
    "show_toc_level": 2,
    # the data dictionary's tables need the width: beside its two-line "On this page", the editions
    # table's Latest release column was out of sight at 1280 px (711 px of table in a 624 px box)
    "secondary_sidebar_items": {"**": ["page-toc"], "package/data": []},
    "footer_end": ["sphinx-version"],
    # the search field's placeholder and name: the theme's "Search the docs ..." asked a visitor
    # of an edition's programme and people to search a manual
    "search_bar_text": "Search the site…",
}
html_sidebars = {"**": []}  # the package's pages get their own table of contents (sphinxext.site)

# --- the published site: canonical URLs and a sitemap (sphinx-sitemap); old URLs redirect
# (sphinx-reredirects; the redirects come from the data, workshop_data.sphinxext.legacy)
html_baseurl = "https://mlforsystems.org/"
sitemap_url_scheme = "{link}"
sitemap_excludes = ["search.html", "genindex.html", "py-modindex.html"]


# --- a quiet build: two messages every build printed that say nothing about this site.
def _not_a_parser_config(record: logging.LogRecord) -> bool:
    """False for the record in which myst-parser or myst-nb logs its whole configuration (a line
    of about 1,000 characters, at INFO, on every build: neither has an option to turn it off)."""
    args = record.args if isinstance(record.args, tuple) else ()
    return not any(type(arg).__name__ in ("MdParserConfig", "NbParserConfig") for arg in args)


def setup(app: Any) -> None:
    """Drop the parser-configuration dumps (``-v`` keeps them) and run the notebooks' kernels
    with transport encryption.

    ipykernel warns, on stderr and for every notebook, that it runs "over TCP without
    encryption" unless the kernel manager gives it CurveZMQ keys; jupyter_client gives them only
    when ``KernelManager.transport_encryption`` is ``"auto"`` (its default is ``"disabled"``),
    and myst-nb, jupyter-cache and nbclient pass no option down to it: so the site's build
    makes ``"auto"`` the default (the kernelspec declares Curve support; pyzmq wheels have it).
    """
    if not app.verbosity:
        for name in ("sphinx.myst_parser.sphinx_ext.main", "sphinx.myst_nb.sphinx_ext"):
            logger = logging.getLogger(name)
            for old in [f for f in logger.filters if getattr(f, "__name__", "") == _not_a_parser_config.__name__]:
                logger.removeFilter(old)  # conf.py runs again at every build of a process
            logger.addFilter(_not_a_parser_config)
    import zmq
    from jupyter_client.manager import KernelManager

    policy = KernelManager.class_traits().get("transport_encryption")  # jupyter_client >= 8.10
    if policy is not None and zmq.has("curve"):
        policy.default_value = "auto"

"""Sphinx configuration of the workshop site (``make site``: ``sphinx-build -c . docs _build/html``).

The pages are MyST markdown in ``docs/``; the schedule, contact and data pages call the
directives of :mod:`workshop_data.sphinxext`, which read the data through the pandas loaders.
The notebooks of ``notebooks/`` are published through the symlink ``docs/notebooks`` and run
by myst-nb (cached; re-executed when their code or the data changes).
"""

from __future__ import annotations

import logging
from typing import Any

import workshop_data
from workshop_data.sphinxext import site_title

workshop_data_edition = "neurips2024"
#: The site's title as the data gives it ("ML For Systems"); data that does not load is an error.
project = site_title(workshop_data_edition)
author = "The ML for Systems workshop organizers"
copyright = "2024, the ML for Systems workshop organizers"
version = release = workshop_data.__version__

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
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
workshop_data_notebooks = ["notebooks/*"]

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
    "show_toc_level": 2,
    "secondary_sidebar_items": ["page-toc"],
    "footer_start": ["copyright"],
    "footer_end": ["sphinx-version"],
}
html_sidebars = {"**": []}


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

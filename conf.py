"""Sphinx configuration of the workshop site (``make site``: ``sphinx-build -c . docs _build/html``).

The pages are MyST markdown in ``docs/``; the schedule, contact and data pages call the
directives of :mod:`workshop_data.sphinxext`, which read the data through the pandas loaders.
The notebooks of ``notebooks/`` are published through the symlink ``docs/notebooks`` and run
by myst-nb (cached; re-executed when their code or the data changes).
"""

from __future__ import annotations

import workshop_data
from workshop_data.loaders import load_release

workshop_data_edition = "neurips2024"
#: The site's title as the data gives it ("ML For Systems"); the records reader needs no pandas.
_workshop = load_release(workshop_data_edition).workshop

project = _workshop.site_title or _workshop.series
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

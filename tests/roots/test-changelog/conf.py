"""A minimal site with the changelog page, once in reST and once in MyST."""

extensions = ["myst_parser", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}

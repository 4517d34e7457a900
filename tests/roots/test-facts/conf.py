extensions = ["myst_parser", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]
html_theme = "pydata_sphinx_theme"
html_theme_options = {"secondary_sidebar_items": []}
html_sidebars = {"**": []}

extensions = ["myst_parser", "sphinx_reredirects", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]
workshop_data_site = True
html_theme = "pydata_sphinx_theme"
html_title = "ML For Systems"
html_theme_options = {"secondary_sidebar_items": ["page-toc"]}
html_sidebars = {"**": []}

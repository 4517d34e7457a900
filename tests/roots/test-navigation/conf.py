extensions = ["myst_parser", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]
html_sidebars = {"**": ["globaltoc.html"]}  # every page shows the whole toctree

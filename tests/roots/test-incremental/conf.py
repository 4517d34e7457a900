extensions = ["myst_parser", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]

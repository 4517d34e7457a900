extensions = ["myst_parser", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]
html_theme = "basic"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
templates_path = ["_templates"]

from workshop_data.sphinxext import site_title

extensions = ["myst_nb", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]
project = site_title("neurips2024")  # as the site's conf.py: the data is read at configuration time
nb_execution_mode = "cache"
nb_execution_raise_on_error = True
workshop_data_notebooks = ["venue"]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}

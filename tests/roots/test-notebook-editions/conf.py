extensions = ["myst_nb", "workshop_data.sphinxext"]
exclude_patterns = ["_build"]
nb_execution_mode = "cache"
nb_execution_raise_on_error = True
workshop_data_notebooks = ["*"]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}

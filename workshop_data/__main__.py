"""``python -m workshop_data``: the same as the ``workshop-data`` command."""

from .cli import program

program()

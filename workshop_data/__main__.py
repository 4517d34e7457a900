"""``python -m workshop_data``: the same as the ``workshop-data`` command."""

import sys

from .cli import main

sys.exit(main())

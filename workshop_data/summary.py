"""What a listing reads of a release (:func:`workshop_data.validation.read_summary`): its name,
publication time, workshop row and row counts.

A module of its own, not beside its reader in :mod:`workshop_data.validation`: every loader
imports the validation, and a dataclass costs each import some 5 M instructions of generated
methods (Python 3.11 compiles them from source), which ``load_schedule()`` paid for a class only
the listings (``wd.editions()``, ``wd.releases()``, ``wd.venue_times``) make.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import Workshop


@dataclass(frozen=True)
class ReleaseSummary:
    """What :func:`~workshop_data.validation.read_summary` reads of a release."""

    name: str
    published: dt.datetime
    workshop: Workshop
    #: resource name -> number of rows; None for a resource its schema version does not declare
    #: (1.0.0 has no papers): not known, which is not none
    counts: dict[str, int | None]

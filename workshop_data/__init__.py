"""workshop_data: the ML for Systems workshop's record (every edition's schedule, speakers,
committees and papers) as versioned data with pandas loaders.

>>> import workshop_data as wd
>>> wd.load_schedule()            # doctest: +SKIP

Importing the package is light: pandas is imported by the loaders when they are called.

Besides the functions and classes, two public values: ``KINDS``, the kinds of slot (a slot's
``kind``) with what each means, in the order of the loaders' categorical (``help(wd.KINDS)``
lists them); and ``__version__``, the package's version (a string, which ``help()`` would take
for a topic to look up: it is this).
"""

from __future__ import annotations

from .defaults import VERSION as __version__

TYPE_CHECKING = False  # typing is not imported at run time: `import workshop_data` stays fast

# Public name -> module that defines it; resolved on first use (PEP 562) so that
# ``import workshop_data`` stays cheap and pulls in no pandas.
_LAZY = {
    "load_schedule": "loaders",
    "load_talks": "loaders",
    "load_speakers": "loaders",
    "load_materials": "loaders",
    "load_people": "loaders",
    "load_workshop": "loaders",
    "load_papers": "loaders",
    "load_authors": "loaders",
    "load_paper_materials": "loaders",
    "load_text_links": "loaders",
    "load_roles": "loaders",
    "usual_names": "loaders",
    "load_edition": "loaders",
    "editions": "loaders",
    "releases": "loaders",
    "release_at": "loaders",
    "venue_times": "venuetime",
    "load_release": "loaders",
    "validate": "validation",
    "diff": "changes",
    "history": "changes",
    "KINDS": "schema",
    "WorkshopDataError": "errors",
    "DataValidationError": "errors",
    "markdown": "notebook",
    "notebook_tables": "notebook",
    "Title": "titles",
    "BrokenReleaseWarning": "errors",
    "UnrecordedWarning": "errors",
}

__all__ = [
    "KINDS",
    "BrokenReleaseWarning",
    "DataValidationError",
    "Title",
    "UnrecordedWarning",
    "WorkshopDataError",
    "__version__",
    "diff",
    "editions",
    "history",
    "load_authors",
    "load_edition",
    "load_materials",
    "load_paper_materials",
    "load_papers",
    "load_people",
    "load_release",
    "load_roles",
    "load_schedule",
    "load_speakers",
    "load_talks",
    "load_text_links",
    "load_workshop",
    "markdown",
    "notebook_tables",
    "release_at",
    "releases",
    "usual_names",
    "validate",
    "venue_times",
]

if TYPE_CHECKING:
    from .changes import diff, history
    from .errors import BrokenReleaseWarning, DataValidationError, UnrecordedWarning, WorkshopDataError
    from .loaders import (
        editions,
        load_authors,
        load_edition,
        load_materials,
        load_paper_materials,
        load_papers,
        load_people,
        load_release,
        load_roles,
        load_schedule,
        load_speakers,
        load_talks,
        load_text_links,
        load_workshop,
        release_at,
        releases,
        usual_names,
    )
    from .notebook import markdown, notebook_tables
    from .schema import KINDS
    from .titles import Title
    from .validation import validate
    from .venuetime import venue_times


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)

"""Importing a Jekyll schedule page of the workshop's website as a new release.

>>> from workshop_data.importer import import_page
>>> folder, imported = import_page("schedule.md", "neurips2024", "2024-11-20")  # doctest: +SKIP

The modules hold one part each: :mod:`.page` (front matter, HTML, the schedule table),
:mod:`.times` (time cells), :mod:`.sections` (section cells), :mod:`.people` (names and
affiliations), :mod:`.kinds` (a row's kind), :mod:`.myst` (emphasis in titles),
:mod:`.workshop` (the edition's metadata), :mod:`.release` (building and publishing the
release) and :mod:`.unsaid` (what the page does not say, kept from the edition's previous
release). Importing this package is light: lxml and PyYAML are imported when a page is read.
"""

from __future__ import annotations

from .release import Imported, build_release, import_page

__all__ = ["Imported", "build_release", "import_page"]

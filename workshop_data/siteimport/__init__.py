"""Importing the workshop site's whole git history as releases (issue #9).

One module per concern, bottom first (``tests/test_layers.py``, ``SITEIMPORT_LAYERS``, keeps each
from importing a later one):

- what the site never says and how its pages are told apart: ``facts`` (reviewed facts, pinned
  releases), ``editions`` (whose page a path is),
  ``records`` (what a page says, as printed), ``git`` (the repository read with git); who a
  printed name is (one person, several spellings) is :mod:`workshop_data.aliases`, below both
  importers, which tell people apart by the same rule;
- the page parsers, each returning ``records``: ``home``, ``papers``, ``paperlist``,
  ``inpage_schedule``;
- ``entry_texts`` (a page's records checked for texts a release cannot hold), ``report`` (what an
  import did), ``release_ids`` (ids carried, unique, pinned), ``dating`` (a commit's time);
- ``pages`` (an edition's pages read version by version), ``assembly`` (a release made of
  them), ``edition_history`` (one edition's releases, commit by commit), ``pins`` (where a
  pinned release goes);
- ``planning`` (the whole history walked into every edition's releases), ``publishing`` (what
  is missing written into a data directory), and ``history``: ``import_site``, the way in.
"""

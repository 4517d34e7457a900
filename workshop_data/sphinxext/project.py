"""Sphinx's project (the list of the site's source files), with less work on every build.

Every build, a no-op too, restores the project pickled with the environment, finds every source
file again (``Project.discover``) and asks for each page's file to see whether it changed
(``Project.doc2path``). Sphinx 9.0 does both with ``pathlib``, several paths per page, and
pickles two mappings between every page and its path as paths (2,000 ``pathlib`` objects at
1,000 pages), which the next build unpickles to look for outdated pages and then clears when
it finds the files again. At 1,000 editions that was a large part of what a no-op build grows
by over the one-edition no-op (issue #13).

:class:`LightProject` is Sphinx 9.0's project, answering the same: the files found by the same
walk and patterns, each page's name, path and readability decided as Sphinx decides them, the
mappings holding the same paths. It works on strings and builds one path per page where Sphinx
builds several, and it is pickled with each page's path as a string and without the mapping
from paths to pages, which only saves ``path2doc`` working a page's name out again (the next
build's ``discover`` makes both mappings again, as Sphinx's does). A page found twice or that
cannot be read makes it find the files with Sphinx's own method, which words the warnings.

Only Sphinx 9.0's own project is replaced (at ``builder-inited``, before Sphinx finds the files);
on any other Sphinx the project is Sphinx's.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sphinx
from sphinx.project import EXCLUDE_PATHS, Project
from sphinx.util.matching import compile_matchers

try:
    from sphinx.util._pathlib import _StrPath
except ImportError:  # before Sphinx 8.1, where LightProject is not used
    _StrPath = Path  # type: ignore[assignment,misc]

#: The Sphinx whose project :class:`LightProject` follows.
PROJECT_OF = (9, 0)


def matching_files(
    dirname: str | os.PathLike[str], include_patterns: Iterable[str], exclude_patterns: Iterable[str]
) -> Iterator[str]:
    """Sphinx 9.0's ``sphinx.util.matching.get_matching_files``, with strings: every file under
    ``dirname`` (relative, ``/``-separated, NFC) that an include pattern and no exclude pattern
    matches, folders pruned by the exclude patterns, in the same order."""
    top = Path(dirname).resolve()
    exclude_matchers = compile_matchers(exclude_patterns)
    include_matchers = compile_matchers(include_patterns)
    for root, dirs, files in os.walk(top, followlinks=True):
        relative = os.path.relpath(root, top)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        included = []
        for name in sorted(files):
            entry = unicodedata.normalize("NFC", prefix + name)
            if any(m(entry) for m in include_matchers) and not any(m(entry) for m in exclude_matchers):
                included.append(entry)
        dirs[:] = [
            name
            for name in sorted(dirs)
            if not any(m(unicodedata.normalize("NFC", prefix + name)) for m in exclude_matchers)
        ]
        yield from included


class LightProject(Project):
    """Sphinx 9.0's project, finding its pages with strings and pickled with strings for paths."""

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_path_to_docname"] = {}  # a cache of path2doc, which works the name out without it
        state["_docname_to_path"] = {name: str(path) for name, path in self._docname_to_path.items()}
        return state

    def _docname(self, filename: str) -> str | None:
        """``path2doc`` of a file the walk found (relative, ``/``-separated, NFC)."""
        name = filename.rpartition("/")[2]
        for suffix in self.source_suffix:
            if name.endswith(suffix):
                return filename.removesuffix(suffix)
        return None

    def discover(self, exclude_paths: Iterable[str] = (), include_paths: Iterable[str] = ("**",)) -> set[str]:
        """Sphinx 9.0's ``Project.discover``: every page found, named and mapped to its path."""
        exclude_paths, include_paths = list(exclude_paths), list(include_paths)
        self.docnames.clear()
        self._path_to_docname.clear()
        self._docname_to_path.clear()
        srcdir = str(self.srcdir)
        for filename in matching_files(srcdir, include_paths, [*exclude_paths, *EXCLUDE_PATHS]):
            docname = self._docname(filename)
            if not docname:
                continue
            if docname in self.docnames or not os.access(os.path.join(srcdir, filename), os.R_OK):
                # found twice, or unreadable: Sphinx's own method, which warns as Sphinx does
                return super().discover(exclude_paths, include_paths)
            self.docnames.add(docname)
            path = Path(filename)
            self._path_to_docname[path] = docname
            self._docname_to_path[docname] = path
        return self.docnames

    def doc2path(self, docname: str, absolute: bool) -> Any:
        """Sphinx 9.0's ``Project.doc2path``, joining strings before making the one path."""
        try:
            filename = str(self._docname_to_path[docname])
        except KeyError:
            filename = docname + self._first_source_suffix
        if absolute:
            return _StrPath(os.path.join(self.srcdir, filename))
        return _StrPath(filename)


def lighten(app: Any) -> None:
    """``builder-inited``: Sphinx 9.0's own project becomes a :class:`LightProject`."""
    project = getattr(app, "project", None)
    if sphinx.version_info[:2] == PROJECT_OF and type(project) is Project:
        project.__class__ = LightProject


def setup_project(app: Any) -> None:
    """Connect ``builder-inited``."""
    app.connect("builder-inited", lighten)

"""Sphinx's project (the list of the site's source files) and its check of which changed, with
less work on every build.

Every build, a no-op too, restores the project pickled with the environment, finds every source
file again (``Project.discover``) and checks each page's file, its doctree and dependencies for
changes (``BuildEnvironment.get_outdated_files``, asking ``Project.doc2path`` for the file).
Sphinx 9.0 does both with ``pathlib``, several paths per page, and pickles two mappings
between every page and its path as paths (2,000 ``pathlib`` objects at 1,000 pages), which the
next build unpickles to look for outdated pages and then clears when it finds the files again.
At 1,000 editions that was a large part of what a no-op build grows by over the one-edition
no-op (issue #13).

:class:`LightProject` is Sphinx 9.0's project, answering the same: the files found by the same
walk and patterns, each page's name, path and readability decided as Sphinx decides them, the
mappings holding the same paths. It works on strings and builds one path per page where Sphinx
builds several, and it is pickled with each page's path as a string and without the mapping
from paths to pages, which only saves ``path2doc`` working a page's name out again (the next
build's ``discover`` makes both mappings again, as Sphinx's does). A page found twice or that
cannot be read makes it find the files with Sphinx's own method, which words the warnings.

:class:`LightEnvironment` is Sphinx 9.0's environment whose check of changed pages is Sphinx
9.0's, line for line, except that the page's file and its doctree are found by joining strings
(Sphinx builds two or three paths per page there).

Only Sphinx 9.0's own project and environment are replaced (at ``builder-inited``, before Sphinx
finds the files); on any other Sphinx they are Sphinx's.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sphinx
from sphinx.environment import BuildEnvironment
from sphinx.project import EXCLUDE_PATHS, Project
from sphinx.util import logging
from sphinx.util.matching import compile_matchers

try:
    from sphinx.util._pathlib import _StrPath
except ImportError:  # before Sphinx 8.1, where LightProject is not used
    _StrPath = Path  # type: ignore[assignment,misc]

#: The Sphinx whose private code :class:`LightProject`, :class:`LightEnvironment` and
#: :class:`.finish.HTMLBuilder` follow line for line (on any other, Sphinx's own runs).
SPHINX_OF = (9, 0)
logger = logging.getLogger("sphinx.environment")  # the messages are Sphinx's, under its name


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

    def source(self, docname: str) -> str:
        """The page's file relative to the source folder, as a string: :meth:`doc2path` without
        making a path."""
        path = self._docname_to_path.get(docname)
        return docname + self._first_source_suffix if path is None else str(path)

    def doc2path(self, docname: str, absolute: bool) -> Any:
        """Sphinx 9.0's ``Project.doc2path``, joining strings before making the one path."""
        filename = self.source(docname)
        if absolute:
            return _StrPath(os.path.join(self.srcdir, filename))
        return _StrPath(filename)


class LightEnvironment(BuildEnvironment):
    """Sphinx 9.0's environment, its check of changed pages working on strings."""

    def get_outdated_files(self, config_changed: bool) -> tuple[set[str], set[str], set[str]]:
        """Sphinx 9.0's: the pages added, changed (source, doctree or a dependency) and removed."""
        project = self.project
        if not isinstance(project, LightProject):
            return super().get_outdated_files(config_changed)
        # Sphinx 9.0's private helpers, imported only on the Sphinx they belong to
        from sphinx.util._timestamps import _format_rfc3339_microseconds
        from sphinx.util.osutil import _last_modified_time

        # clear all files no longer present
        removed = self.all_docs.keys() - self.found_docs
        added: set[str] = set()
        changed: set[str] = set()
        if config_changed:
            # config values affect e.g. substitutions
            added = self.found_docs
            return added, changed, removed
        srcdir, doctreedir = os.fspath(self.srcdir), os.fspath(self.doctreedir)
        for docname in self.found_docs:
            if docname not in self.all_docs:
                logger.debug("[build target] added %r", docname)
                added.add(docname)
                continue
            # Sphinx: _has_doc_changed(docname, filename=self.doc2path(docname), ...), below
            if docname in self.reread_always:
                logger.debug("[build target] changed %r: re-read forced", docname)
                changed.add(docname)
                continue
            # Sphinx: (doctreedir / f'{docname}.doctree').is_file()
            if not os.path.isfile(os.path.join(doctreedir, f"{docname}.doctree")):
                logger.debug("[build target] changed %r: doctree file does not exist", docname)
                changed.add(docname)
                continue
            mtime = self.all_docs[docname]
            new_mtime = _last_modified_time(os.path.join(srcdir, project.source(docname)))
            if new_mtime > mtime:
                logger.debug(
                    "[build target] changed: %r is outdated (%s -> %s)",
                    docname,
                    _format_rfc3339_microseconds(mtime),
                    _format_rfc3339_microseconds(new_mtime),
                )
                changed.add(docname)
                continue
            if self._dependency_changed(docname, mtime):
                changed.add(docname)
        return added, changed, removed

    def _dependency_changed(self, docname: str, mtime: int) -> bool:
        """The end of Sphinx 9.0's ``_has_doc_changed``: a dependency missing or newer."""
        from sphinx.util._timestamps import _format_rfc3339_microseconds
        from sphinx.util.osutil import _last_modified_time

        if docname not in self.dependencies:
            return False
        for dep_path in self.dependencies[docname]:
            try:
                dep_path_is_file = dep_path.is_file()
            except OSError:
                return True  # give it another chance
            if not dep_path_is_file:
                logger.debug("[build target] changed: %r is missing dependency %r", docname, dep_path)
                return True
            try:
                dep_mtime = _last_modified_time(dep_path)
            except OSError:
                return True  # give it another chance
            if dep_mtime > mtime:
                logger.debug(
                    "[build target] changed: %r is outdated due to dependency %r (%s -> %s)",
                    docname,
                    dep_path,
                    _format_rfc3339_microseconds(mtime),
                    _format_rfc3339_microseconds(dep_mtime),
                )
                return True
        return False


def lighten(app: Any) -> None:
    """``builder-inited``: Sphinx 9.0's own project and environment become a
    :class:`LightProject` and a :class:`LightEnvironment`."""
    if sphinx.version_info[:2] != SPHINX_OF:
        return
    if type(getattr(app, "project", None)) is Project:
        app.project.__class__ = LightProject
    if type(getattr(app, "env", None)) is BuildEnvironment:
        app.env.__class__ = LightEnvironment


def setup_project(app: Any) -> None:
    """Connect ``builder-inited``."""
    app.connect("builder-inited", lighten)

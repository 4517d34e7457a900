"""The HTML builder without the search index and inventory rewritten when nothing changed.

Sphinx 9's ``Builder.build`` does not return early when no page is out of date: it still
prepares writing and finishes, and the HTML builder then loads ``searchindex.js`` (parsing the
whole index), prunes it, serialises it again and writes it back, and writes ``objects.inv``
again — the same bytes, from the same environment, on every no-op build. That work grows with
the number of pages: at 1,000 editions it was most of the growth of a no-op build over the
one-edition no-op (issue #13).

:class:`HTMLBuilder` (registered as ``html``) skips exactly those three steps when their
output cannot change: no page was read or removed in this build (no ``env-purge-doc``: Sphinx
purges every page before reading it and every removed page), none is to be written (an
outdated page, a changed template or ``.buildinfo``, ``-a``), the configuration is unchanged,
and ``searchindex.js`` and ``objects.inv`` exist and are not older than the pickled
environment they were made from (a build stopped after pickling the environment and before
dumping them is finished by the next one). Both files are functions of the environment, the
configuration and the index Sphinx loads from the first: with all three unchanged, Sphinx
would write back what it read.

Everything else still runs as Sphinx runs it: static, extra and download files are copied,
``genindex.html``, the domain indices and ``search.html`` are written again (their links to
style sheets and scripts carry each file's checksum, so a changed ``_static`` file changes
them even when no page changed), extensions' pages and ``build-finished`` handlers (the
sitemap) run. The search indexer is still created (unloaded), since the static files'
templates and the stemmer's script take their context from it. Only ``html`` is replaced:
``dirhtml`` and ``singlehtml`` are Sphinx's own.

A page whose title is not its heading (an edition's page: :func:`.site.search_title`) has its
heading indexed as its title (:meth:`HTMLBuilder.index_page`): a search lists it once.

The general index is Sphinx's, made from the pages that have index entries only
(:meth:`HTMLBuilder.write_genindex`): Sphinx 9.0 works out a link to every page, entries or
none, and drops those of pages without entries.

The builder also finds the outdated pages itself (:meth:`HTMLBuilder.get_outdated_docs`): Sphinx
9.0's method, line for line, except that each page's source and output times are taken by
``os.stat`` of a string where Sphinx builds three ``pathlib`` paths per page (at 1,000 pages,
most of the method's time). On any other Sphinx it is Sphinx's own.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Set
from pathlib import Path
from typing import Any

import sphinx
from docutils import nodes
from sphinx.application import ENV_PICKLE_FILENAME
from sphinx.builders.html import INVENTORY_FILENAME, StandaloneHTMLBuilder
from sphinx.environment import CONFIG_OK
from sphinx.locale import __
from sphinx.util import logging

from .project import SPHINX_OF, LightProject

logger = logging.getLogger("sphinx.builders.html")


class HTMLBuilder(StandaloneHTMLBuilder):
    """Sphinx's HTML builder, without rewriting the search index and inventory on a no-op."""

    #: Set by ``env-purge-doc``: a page was read or removed in this build.
    purged = False
    #: Decided in :meth:`prepare_writing`: the search index and inventory stay as they are.
    unchanged = False

    def outputs_current(self) -> bool:
        """Whether the search index (if any) and inventory exist and are not older than the
        pickled environment."""
        try:
            env_time = (self.doctreedir / ENV_PICKLE_FILENAME).stat().st_mtime_ns
            names = [INVENTORY_FILENAME] + ([self.searchindex_filename] if self.search else [])
            return all((Path(self.outdir) / name).stat().st_mtime_ns >= env_time for name in names)
        except OSError:
            return False

    def prepare_writing(self, docnames: Set[str]) -> None:
        """Sphinx's, after noting whether the build changed nothing (:meth:`outputs_current`)."""
        self.unchanged = (
            not docnames and not self.purged and self.env.config_status == CONFIG_OK and self.outputs_current()
        )
        super().prepare_writing(docnames)

    def load_indexer(self, docnames: Set[str]) -> None:
        """Sphinx's, skipped when the build changed nothing."""
        if not self.unchanged:
            super().load_indexer(docnames)

    def write_genindex(self) -> None:
        """Sphinx's, shown only the pages that have index entries: Sphinx 9.0 works out the
        link to every page for the index, entries or none (at 1,000 pages, 1,000 links made and
        dropped on every build, a no-op too); the pages without entries add nothing to it."""
        domain = self.env.domains.index_domain
        entries = domain.data.get("entries")
        if sphinx.version_info[:2] != SPHINX_OF or not isinstance(entries, dict):
            super().write_genindex()
            return
        domain.data["entries"] = {docname: found for docname, found in entries.items() if found}
        try:
            super().write_genindex()
        finally:
            domain.data["entries"] = entries

    def index_page(self, pagename: str, doctree: nodes.document, title: str) -> None:
        """Sphinx's, the page's heading indexed as the page's title when the two differ (an
        edition's page: heading "Schedule", title "Schedule · ML for Systems @ NeurIPS 2024",
        :func:`.site.search_title`). Sphinx indexes the heading apart from the title, and a search
        for "schedule" listed each schedule twice: "… @ NeurIPS 2024 > Schedule" for the heading
        and the title for the word in it. The page itself still shows its heading."""
        heading = doctree.next_node(nodes.title)
        if heading is None or not title or heading.astext() == title:
            super().index_page(pagename, doctree, title)
            return
        shown = list(heading.children)
        heading.clear()
        heading += nodes.Text(title)
        try:
            super().index_page(pagename, doctree, title)
        finally:
            heading.clear()
            heading.extend(shown)

    def handle_finish(self) -> None:
        """Sphinx's, skipped when the build changed nothing."""
        if not self.unchanged:
            super().handle_finish()

    def get_outdated_docs(self) -> Iterator[str]:
        """Sphinx 9.0's, the times taken from strings (see the module's docstring)."""
        if sphinx.version_info[:2] != SPHINX_OF:
            yield from super().get_outdated_docs()
            return
        # Sphinx 9.0's private helpers, imported only on the Sphinx they belong to (the package
        # supports Sphinx 7.4 and later, where some of these modules do not exist)
        from sphinx._cli.util.colour import bold
        from sphinx.builders.html._build_info import BuildInfo
        from sphinx.util._timestamps import _format_rfc3339_microseconds
        from sphinx.util.osutil import _last_modified_time

        build_info_path = self.outdir / ".buildinfo"
        try:
            build_info = BuildInfo.load(build_info_path)
        except ValueError as exc:
            logger.warning(__("Failed to read build info file: %r"), exc)
        except OSError:
            # ignore errors on reading
            pass
        else:
            if self.build_info != build_info:
                # log the mismatch and backup the old build info
                build_info_backup = build_info_path.with_name(".buildinfo.bak")
                try:
                    shutil.move(build_info_path, build_info_backup)
                    self.build_info.dump(build_info_path)
                except OSError:
                    pass  # ignore errors
                else:
                    # only log on success
                    msg = __("build_info mismatch, copying .buildinfo to .buildinfo.bak")
                    logger.info(bold(__("building [html]: ")) + msg)

                yield from self.env.found_docs
                return

        if self.templates:
            template_mtime = int(self.templates.newest_template_mtime() * 10**6)
            try:
                old_mtime = _last_modified_time(build_info_path)
            except Exception:
                pass
            else:
                # Let users know they have a newer template
                if template_mtime > old_mtime:
                    logger.info(
                        bold("building [html]: ")
                        + __("template %s has been changed since the previous build, all docs will be rebuilt"),
                        self.templates.newest_template_name(),
                    )
        else:
            template_mtime = 0
        outdir, srcdir, suffix = os.fspath(self.outdir), os.fspath(self.env.srcdir), self.out_suffix
        project = self.env.project
        for docname in self.env.found_docs:
            if docname not in self.env.all_docs:
                logger.debug("[build target] did not in env: %r", docname)
                yield docname
                continue
            target_name = os.path.join(outdir, docname + suffix)  # Sphinx: self.get_output_path(docname)
            try:
                target_mtime = _last_modified_time(target_name)
            except OSError:
                target_mtime = 0
            try:
                # Sphinx: self.env.doc2path(docname), the source relative to srcdir joined to it
                doc_mtime = _last_modified_time(os.path.join(srcdir, source(project, docname)))
                srcmtime = max(doc_mtime, template_mtime)
                if srcmtime > target_mtime:
                    logger.debug(
                        "[build target] target_name %r(%s), template(%s), docname %r(%s)",
                        target_name,
                        _format_rfc3339_microseconds(target_mtime),
                        _format_rfc3339_microseconds(template_mtime),
                        docname,
                        _format_rfc3339_microseconds(doc_mtime),
                    )
                    yield docname
            except OSError:
                # source doesn't exist anymore
                pass


def source(project: Any, docname: str) -> str:
    """A page's file relative to the source folder, as a string (without making a path where
    the project can: :meth:`.project.LightProject.source`)."""
    if isinstance(project, LightProject):
        return project.source(docname)
    path: str = os.fspath(project.doc2path(docname, absolute=False))
    return path


def page_purged(app: Any, env: Any, docname: str) -> None:
    """``env-purge-doc``: remember that this build read or removed a page."""
    if isinstance(app.builder, HTMLBuilder):
        app.builder.purged = True


def setup_finish(app: Any) -> None:
    """Register the builder (replacing Sphinx's ``html``) and the event."""
    app.add_builder(HTMLBuilder, override=True)
    app.connect("env-purge-doc", page_purged)

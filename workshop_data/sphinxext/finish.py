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
"""

from __future__ import annotations

from collections.abc import Set
from pathlib import Path
from typing import Any

from sphinx.application import ENV_PICKLE_FILENAME
from sphinx.builders.html import INVENTORY_FILENAME, StandaloneHTMLBuilder
from sphinx.environment import CONFIG_OK


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
        self.unchanged = (
            not docnames and not self.purged and self.env.config_status == CONFIG_OK and self.outputs_current()
        )
        super().prepare_writing(docnames)

    def load_indexer(self, docnames: Set[str]) -> None:
        if not self.unchanged:
            super().load_indexer(docnames)

    def handle_finish(self) -> None:
        if not self.unchanged:
            super().handle_finish()


def page_purged(app: Any, env: Any, docname: str) -> None:
    """``env-purge-doc``: remember that this build read or removed a page."""
    if isinstance(app.builder, HTMLBuilder):
        app.builder.purged = True


def setup_finish(app: Any) -> None:
    """Register the builder (replacing Sphinx's ``html``) and the event."""
    app.add_builder(HTMLBuilder, override=True)
    app.connect("env-purge-doc", page_purged)

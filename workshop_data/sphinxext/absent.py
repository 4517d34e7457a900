"""Links to an edition the data does not hold: plain text, not a broken link.

An organizer builds the site from a data directory of their own (``workshop_data_dir``), which
may hold only some editions. The site has no pages for the others (:mod:`.pages` plans pages
from the data; the hand-written prose in ``editions/`` is no page of its own, only what the
generated pages include), but the prose of a kept edition still names them: NeurIPS 2024's call
for papers links to six earlier editions' accepted papers. Each such link was a
``myst.xref_missing`` warning, so ``make site`` (warnings are errors) failed.

An edition the site knows of is one with hand-written prose (``editions/<edition>/``) or one of
the old site (:data:`.legacy.OLD_EDITIONS`, whose old URLs redirect to the root when the data
does not hold them). A link from a kept page to a page of such an edition that the data does
not hold shows its text without a link, and no warning. Any other link that resolves to nothing
is still a warning: a typo in the prose is not an absent edition.

With every edition held there is nothing absent and nothing here changes a page.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from .legacy import OLD_EDITIONS
from .pages import PROSE_DIR, SiteData

#: The kinds of cross-reference that name a page by its path: a Markdown link (myst-parser)
#: and the ``doc`` role.
PAGE_REFERENCES = ("myst", "doc")
#: The absent editions (:func:`absent_editions`), by source folder: set when the configuration
#: is read (:func:`configure`), read by :class:`AbsentEditionLinks`.
_ABSENT: dict[str, frozenset[str]] = {}


def absent_editions(site: SiteData, srcdir: Path) -> frozenset[str]:
    """The editions the site knows of (its prose folders, the old site's editions) that the data
    does not hold."""
    prose = srcdir / PROSE_DIR
    known = set(OLD_EDITIONS)
    if prose.is_dir():
        known.update(p.name for p in prose.iterdir() if p.is_dir())
    return frozenset(known - {e.name for e in site.editions})


def target_edition(node: addnodes.pending_xref, refdoc: str) -> str:
    """The first folder of the page ``node`` links to (``neurips2023`` for
    ``/neurips2023/accepted_papers.md`` or, from ``neurips2024/call_for_papers``,
    ``../neurips2023/accepted_papers.md``); ``""`` for a page at the root."""
    target = str(node.get("reftarget", "")).partition("#")[0]
    if node.get("refdomain") == "doc":  # myst-parser's link to a file that exists: a docname
        path = target
    elif target.startswith("/"):
        path = target.lstrip("/")
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(refdoc), target))
    head, sep, _ = path.partition("/")
    return head if sep else ""


def link_text(node: addnodes.pending_xref) -> list[nodes.Node]:
    """What the link shows, as plain nodes (its text, with any markup of it); the target when it
    shows nothing."""
    inner = node.children[0] if node.children else None
    shown = [child.deepcopy() for child in inner.children] if isinstance(inner, nodes.Element) else []
    return shown or [nodes.Text(str(node.get("reftarget", "")))]


class AbsentEditionLinks(SphinxPostTransform):
    """A link to a page of an absent edition (:func:`absent_editions`) becomes its text."""

    default_priority = 8  # before myst-parser's resolver (9) and Sphinx's (10) warn about it

    def run(self, **kwargs: Any) -> None:
        """Replace each such reference of the page by its text."""
        absent = _ABSENT.get(str(self.env.srcdir), frozenset())
        if not absent:
            return
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get("reftype") not in PAGE_REFERENCES:
                continue
            refdoc = node.get("refdoc", self.env.docname)
            if target_edition(node, refdoc) in absent:
                node.replace_self(link_text(node))


def configure(app: Any, config: Any) -> None:
    """``config-inited``, after :func:`.site.configure` read the editions: the absent ones."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    srcdir = Path(app.srcdir)
    _ABSENT[str(srcdir)] = absent_editions(site, srcdir) if site is not None and site.editions else frozenset()


def setup_absent(app: Any) -> None:
    """Register the event and the post-transform."""
    app.connect("config-inited", configure, priority=450)  # after site.configure (400)
    app.add_post_transform(AbsentEditionLinks)

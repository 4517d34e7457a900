"""Links to an edition the data does not hold: plain text, not a broken link.

An organizer builds the site from a data directory of their own (``workshop_data_dir``), which
may hold only some editions. The site has no pages for the others (:mod:`.pages` plans pages
from the data; the hand-written prose in ``editions/`` is no page of its own, only what the
generated pages include), but the prose of a kept edition still names them: NeurIPS 2024's call
for papers links to six earlier editions' accepted papers. Each such link was a
``myst.xref_missing`` warning, so ``make site`` (warnings are errors) failed.

An edition the site knows of is one with hand-written prose (``editions/<edition>/``) or one of
the old site (:data:`.legacy.OLD_EDITIONS`). A link from a kept page to a page of such an edition that the data does
not hold shows its text without a link, and no warning: a Markdown link or ``{doc}`` to its
page, and a ``{ref}`` (or a Markdown link by name) to a label its prose defines (a MyST target,
``(name)=``), shown by its own text or, without one, by the heading the label names, as Sphinx
would have. Any other link that resolves to nothing is still a warning: a typo in the prose is
not an absent edition. The old site's URLs of such an edition get no redirect either
(:mod:`.legacy`): the site's 404 page answers there, with the editions it has.

With every edition held there is nothing absent and nothing here changes a page.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field
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
#: The kinds of cross-reference that name a label: the ``ref`` role, and a Markdown link whose
#: target is a label's name (myst-parser resolves it as one).
LABEL_REFERENCES = ("ref", "myst")


@dataclass(frozen=True)
class Absent:
    """What a site's data leaves out: the editions (:func:`absent_editions`) and the labels
    their prose defines (:func:`absent_labels`)."""

    editions: frozenset[str] = frozenset()
    #: Each label, as Sphinx keys it (:func:`label_key`) -> the heading it names ("" for none).
    labels: Mapping[str, str] = field(default_factory=dict)


#: What is absent (:class:`Absent`), by source folder: set when the configuration is read
#: (:func:`configure`), read by :class:`AbsentEditionLinks`.
_ABSENT: dict[str, Absent] = {}


def absent_editions(site: SiteData, srcdir: Path) -> frozenset[str]:
    """The editions the site knows of (its prose folders, the old site's editions) that the data
    does not hold."""
    prose = srcdir / PROSE_DIR
    known = set(OLD_EDITIONS)
    if prose.is_dir():
        known.update(p.name for p in prose.iterdir() if p.is_dir())
    return frozenset(known - {e.name for e in site.editions})


def label_key(name: str) -> str:
    """A label as Sphinx keys it (and the ``ref`` role looks it up): its words lower-cased, one
    space between them."""
    return " ".join(name.split()).lower()


def absent_labels(srcdir: Path, editions: frozenset[str]) -> dict[str, str]:
    """The labels the prose of ``editions`` (``editions/<edition>/**/*.md``) defines (MyST targets,
    ``(name)=``) -> the heading each names, its text as written ("" when no heading follows).

    Read with markdown-it and myst-parser's own block rules (``mdit_py_plugins.myst_blocks``),
    as the site reads the prose: a ``(name)=`` inside a code block is no label."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.myst_blocks import myst_block_plugin

    md = MarkdownIt("commonmark").use(myst_block_plugin)
    found: dict[str, str] = {}
    for edition in sorted(editions):
        for path in sorted((srcdir / PROSE_DIR / edition).rglob("*.md")):
            tokens = md.parse(path.read_text("utf-8", errors="replace"))  # its labels only: never a stop
            for i, token in enumerate(tokens):
                if token.type != "myst_target":
                    continue
                after = tokens[i + 1 : i + 3]
                heading = len(after) == 2 and after[0].type == "heading_open"
                found[label_key(token.content)] = after[1].content if heading else ""
    return found


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


def link_text(node: addnodes.pending_xref, untitled: str = "") -> list[nodes.Node]:
    """What the link shows, as plain nodes (its text, with any markup of it); ``untitled`` (else
    the target) when it shows nothing of its own."""
    if node.get("reftype") == "ref" and not node.get("refexplicit") and untitled:
        return [nodes.Text(untitled)]  # Sphinx would show the heading the label names
    inner = node.children[0] if node.children else None
    shown = [child.deepcopy() for child in inner.children] if isinstance(inner, nodes.Element) else []
    return shown or [nodes.Text(untitled or str(node.get("reftarget", "")))]


class AbsentEditionLinks(SphinxPostTransform):
    """A link to a page of an absent edition, or to a label of its prose (:class:`Absent`),
    becomes its text."""

    default_priority = 8  # before myst-parser's resolver (9) and Sphinx's (10) warn about it

    def run(self, **kwargs: Any) -> None:
        """Replace each such reference of the page by its text."""
        absent = _ABSENT.get(str(self.env.srcdir), Absent())
        if not absent.editions:
            return
        held = self.env.domaindata["std"]["labels"]  # a label a held page defines stays a link
        for node in list(self.document.findall(addnodes.pending_xref)):
            kind = node.get("reftype")
            refdoc = node.get("refdoc", self.env.docname)
            label = label_key(str(node.get("reftarget", "")).removeprefix("#"))
            if kind in PAGE_REFERENCES and target_edition(node, refdoc) in absent.editions:
                node.replace_self(link_text(node))
            elif kind in LABEL_REFERENCES and label in absent.labels and label not in held:
                node.replace_self(link_text(node, absent.labels[label]))


def configure(app: Any, config: Any) -> None:
    """``config-inited``, after :func:`.site.configure` read the editions: the absent ones, and
    the labels of their prose."""
    site: SiteData | None = getattr(app, "workshop_data_site", None)
    srcdir = Path(app.srcdir)
    editions = absent_editions(site, srcdir) if site is not None and site.editions else frozenset()
    _ABSENT[str(srcdir)] = Absent(editions, absent_labels(srcdir, editions))


def setup_absent(app: Any) -> None:
    """Register the event and the post-transform."""
    app.connect("config-inited", configure, priority=450)  # after site.configure (400)
    app.add_post_transform(AbsentEditionLinks)

"""A directive's output kept out of the reading transforms, and put in place before writing.

Docutils and Sphinx run some twenty transforms over every page once it is read (smart quotes,
source workarounds, translation markers, reference resolution…), each walking every node. A
schedule of ten thousand slots is hundreds of thousands of nodes, and none of those transforms
has anything to do in them: the directives build finished nodes (text is text, links point to
ids and files they made, smart quotes are off for data). So :func:`defer` wraps a directive's
output in a :class:`wd_deferred` node that holds it as an attribute, outside the tree the
transforms walk; it is pickled with the page's doctree like any attribute, and ``doctree-resolved``
(before any builder writes the page, and before the links to generated files are resolved)
replaces each placeholder by the nodes it holds.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

#: ``doctree-resolved`` priority of :func:`graft`: before the handlers that read the content.
PRIORITY = 100


class wd_deferred(nodes.Element):  # type: ignore[misc]
    """A placeholder holding a directive's nodes (``content``) until the page is written."""

    def astext(self) -> str:
        """The text of the content it holds (what the search index reads)."""
        return "".join(node.astext() for node in self["content"])


def defer(content: list[nodes.Node]) -> wd_deferred:
    """A placeholder for ``content``, out of the transforms' way until :func:`graft`."""
    return wd_deferred("", content=content)


def graft(app: Any, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: put every placeholder's content in its place."""
    for node in list(doctree.findall(wd_deferred)):
        node.replace_self(node["content"])


def setup_deferred(app: Any) -> None:
    """Register the node and the event."""
    app.add_node(wd_deferred)
    app.connect("doctree-resolved", graft, priority=PRIORITY)

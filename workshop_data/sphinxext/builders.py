"""The builders other than HTML (LaTeX, text, man, Texinfo), and the two ways the site's own
nodes are written there: left out, or their children as they are.

Each node the extension registers needs a visitor for every builder, or that builder fails on a
page that holds one; the ones for builders other than HTML were written again by each module
(the builders named five times, a visitor that leaves a node out three times).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

#: The builders a node of the site is registered for besides ``html``.
OTHER_BUILDERS = ("latex", "text", "man", "texinfo")


def skip(self: Any, node: nodes.Node) -> None:
    """Other builders: the node and its children left out."""
    raise nodes.SkipNode


def visit_plain(self: Any, node: nodes.Node) -> None:
    """Other builders: the node's children as they are."""


def depart_plain(self: Any, node: nodes.Node) -> None:
    """Other builders: nothing to close."""


#: ``add_node`` keywords for a node the other builders leave out (a control that acts in a
#: browser only; a line break that keeps the space before it).
LEFT_OUT = {name: (skip, None) for name in OTHER_BUILDERS}
#: ``add_node`` keywords for a node whose children the other builders write as they are.
AS_CHILDREN = {name: (visit_plain, depart_plain) for name in OTHER_BUILDERS}

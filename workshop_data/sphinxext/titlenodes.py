"""A title (:class:`workshop_data.titles.Title`) as docutils nodes for the site.

Emphasis is ``emphasis``/``strong``, text is text, and a line break inside the title (the page
printed ``<br>`` there; the data holds it since schema 2.1.0) is a :class:`wd_line_break` node:
HTML writes it as ``<br/>``, the builders without inline line breaks (LaTeX, text, man, Texinfo)
as the space before it. Never a ``raw`` node: nothing in a title reaches the page as markup.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

from ..titles import BOLD, Title


class wd_line_break(nodes.Inline, nodes.Element):  # type: ignore[misc]
    """A line break inside a title; its text is empty (a space precedes it)."""


def title_nodes(title: Title) -> list[nodes.Node]:
    """The title as inline nodes: text, ``emphasis``, ``strong``, and a space followed by a
    :class:`wd_line_break` for each line break (so its text reads as one line)."""
    root = nodes.inline()
    stack: list[nodes.Element] = [root]
    for kind, value in title.events:
        if kind == "text":
            stack[-1] += nodes.Text(value)
        elif kind == "open":
            child = nodes.strong() if value == BOLD else nodes.emphasis()
            stack[-1] += child
            stack.append(child)
        elif kind == "close":
            stack.pop()
        else:
            stack[-1] += [nodes.Text(" "), wd_line_break()]
    return list(root.children)


def visit_line_break_html(self: Any, node: wd_line_break) -> None:
    self.body.append("<br/>")
    raise nodes.SkipNode


def skip(self: Any, node: nodes.Node) -> None:
    """Builders without an inline line break keep the space before it."""
    raise nodes.SkipNode


def setup_titlenodes(app: Any) -> None:
    """Register the line-break node."""
    others = {name: (skip, None) for name in ("latex", "text", "man", "texinfo")}
    app.add_node(wd_line_break, html=(visit_line_break_html, None), **others)

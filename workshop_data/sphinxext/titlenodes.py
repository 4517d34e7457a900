"""The line break inside a title (:class:`workshop_data.titles.Title`) on the site.

A title's emphasis is ``emphasis``/``strong``, its text is text (:func:`.markup.title`), and a
line break inside it (the page printed ``<br>`` there; the data holds it since schema 2.1.0) is
a :class:`wd_line_break` node: HTML writes it as ``<br/>``, the builders without inline line
breaks (LaTeX, text, man, Texinfo) as the space before it. Never a ``raw`` node: nothing in a
title reaches the page as markup.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

from .builders import LEFT_OUT


class wd_line_break(nodes.Inline, nodes.Element):  # type: ignore[misc]
    """A line break inside a title; its text is empty (a space precedes it)."""


def visit_line_break_html(self: Any, node: wd_line_break) -> None:
    """HTML: a ``<br/>``."""
    self.body.append("<br/>")
    raise nodes.SkipNode


def setup_titlenodes(app: Any) -> None:
    """Register the line-break node."""
    # builders without an inline line break keep the space before it
    app.add_node(wd_line_break, html=(visit_line_break_html, None), **LEFT_OUT)

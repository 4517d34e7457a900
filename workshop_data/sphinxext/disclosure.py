"""``<details>``/``<summary>``: text folded away until the reader opens it, without script.

Other builders show the summary as a paragraph and the content after it.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes


class wd_details(nodes.General, nodes.Element):  # type: ignore[misc]
    """A ``<details>`` element: its first child is a :class:`wd_summary`."""


class wd_summary(nodes.General, nodes.TextElement):  # type: ignore[misc]
    """The ``<summary>`` of a :class:`wd_details`."""


def details(summary: str, *content: nodes.Node, classes: tuple[str, ...] = ()) -> wd_details:
    """Content folded under ``summary``."""
    node = wd_details("", wd_summary("", summary), *content, classes=["wd-details", *classes])
    return node


def visit_details_html(self: Any, node: wd_details) -> None:
    self.body.append(self.starttag(node, "details", ""))


def depart_details_html(self: Any, node: wd_details) -> None:
    self.body.append("</details>\n")


def visit_summary_html(self: Any, node: wd_summary) -> None:
    self.body.append(self.starttag(node, "summary", ""))


def depart_summary_html(self: Any, node: wd_summary) -> None:
    self.body.append("</summary>")


def visit_plain(self: Any, node: nodes.Node) -> None:
    """Other builders: the node's children as they are."""


def depart_plain(self: Any, node: nodes.Node) -> None:
    pass


def setup_disclosure(app: Any) -> None:
    """Register the nodes."""
    plain = (visit_plain, depart_plain)
    others = {name: plain for name in ("latex", "text", "man", "texinfo")}
    app.add_node(wd_details, html=(visit_details_html, depart_details_html), **others)
    app.add_node(wd_summary, html=(visit_summary_html, depart_summary_html), **others)

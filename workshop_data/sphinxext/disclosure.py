"""``<details>``/``<summary>``: text folded away until the reader opens it, without script.

Other builders show the summary as a paragraph and the content after it.

A notebook's code cell folded away by myst-nb (tag ``hide-input``) is the same element: its
``<summary>`` is written here, named by the words it shows ("Show code cell source"), where
myst-nb names every one "Toggle hidden content" (an ``aria-label`` that holds none of the words
shown fails label in name, WCAG 2.5.3: axe-core 4.14's label-content-name-mismatch, serious).
"""

from __future__ import annotations

from html import escape
from typing import Any

from docutils import nodes

from .builders import AS_CHILDREN


class wd_details(nodes.General, nodes.Element):  # type: ignore[misc]
    """A ``<details>`` element: its first child is a :class:`wd_summary`."""


class wd_summary(nodes.General, nodes.TextElement):  # type: ignore[misc]
    """The ``<summary>`` of a :class:`wd_details`."""


def details(summary: str, *content: nodes.Node, classes: tuple[str, ...] = ()) -> wd_details:
    """Content folded under ``summary``."""
    node = wd_details("", wd_summary("", summary), *content, classes=["wd-details", *classes])
    return node


def visit_details_html(self: Any, node: wd_details) -> None:
    """HTML: opens the ``<details>`` element."""
    self.body.append(self.starttag(node, "details", ""))


def depart_details_html(self: Any, node: wd_details) -> None:
    """HTML: closes the ``</details>`` element."""
    self.body.append("</details>\n")


def visit_summary_html(self: Any, node: wd_summary) -> None:
    """HTML: opens the ``<summary>`` element."""
    self.body.append(self.starttag(node, "summary", ""))


def depart_summary_html(self: Any, node: wd_summary) -> None:
    """HTML: closes the ``</summary>`` element."""
    self.body.append("</summary>")


def visit_folded_cell_html(self: Any, node: nodes.Element) -> None:
    """myst-nb's folded code cell (``HideCodeCellNode``) as myst-nb writes it, but for the
    summary's name: its text, the prompt shown (the other one is hidden by myst-nb's style)."""
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n<summary>\n')
    self.body.append(f'<p class="collapsed admonition-title">{escape(node["prompt_show"])}</p>\n')
    self.body.append(f'<p class="expanded admonition-title">{escape(node["prompt_hide"])}</p>\n')
    self.body.append("</summary>\n")


def name_folded_cells(app: Any) -> None:
    """``builder-inited``: myst-nb's folded code cells written by :func:`visit_folded_cell_html`
    (here, not in setup: myst-nb registers its own visitor in its setup, whichever comes first)."""
    if "myst_nb" not in app.extensions:
        return
    from myst_nb.sphinx_ import HideCodeCellNode

    app.add_node(HideCodeCellNode, override=True, html=(visit_folded_cell_html, depart_details_html))


def setup_disclosure(app: Any) -> None:
    """Register the nodes."""
    app.add_node(wd_details, html=(visit_details_html, depart_details_html), **AS_CHILDREN)
    app.add_node(wd_summary, html=(visit_summary_html, depart_summary_html), **AS_CHILDREN)
    app.connect("builder-inited", name_folded_cells)

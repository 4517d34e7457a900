"""Links from a directive to another page of the site, and to an anchor on it.

A directive runs while its page is read, before the builder knows where each page goes; a
:class:`doc_link` names the target page (a docname such as ``neurips2024/accepted_papers``) and
an optional anchor, and becomes a reference relative to the page that shows it when the page is
resolved. A target the build does not have is a warning naming the page and the target, so a
broken link fails ``make site`` (warnings are errors) instead of shipping.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.util import logging

logger = logging.getLogger(__name__)


class doc_link(nodes.Inline, nodes.TextElement):  # type: ignore[misc]
    """A link to page ``target`` (a docname), at ``anchor`` when given."""


def link(target: str, *children: nodes.Node | str, anchor: str = "", classes: tuple[str, ...] = ()) -> doc_link:
    """A :class:`doc_link` to ``target#anchor`` holding ``children`` (strings become text)."""
    node = doc_link("", "", target=target, anchor=anchor, classes=list(classes))
    for child in children:
        node += nodes.Text(child) if isinstance(child, str) else child
    return node


def page_uri(app: Any, docname: str, target: str, anchor: str, location: Any) -> str | None:
    """The link from page ``docname`` to page ``target`` (at ``anchor`` when given); None, with
    a warning at ``location``, when the build has no such page."""
    if target not in app.env.all_docs:
        logger.warning("link to %s: no such page", target, location=location)
        return None
    uri = app.builder.get_relative_uri(docname, target)
    return f"{uri}#{anchor}" if anchor else uri  # type: ignore[no-any-return]


def resolve_links(app: Any, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: each :class:`doc_link` becomes a relative reference, or its text
    with a warning when the target page does not exist."""
    for node in list(doctree.findall(doc_link)):
        uri = page_uri(app, docname, node["target"], node["anchor"], node)
        if uri is None:
            node.replace_self(nodes.inline("", "", *node.children, classes=node["classes"]))
            continue
        ref = nodes.reference("", "", *node.children, refuri=uri, internal=True, classes=node["classes"])
        node.replace_self(ref)


def visit_text_only(self: Any, node: doc_link) -> None:
    """A link left in a copy of a title (the table of contents): its text only."""


def depart_text_only(self: Any, node: doc_link) -> None:
    pass


def setup_links(app: Any) -> None:
    """Register the node and resolve it on every page."""
    plain = (visit_text_only, depart_text_only)
    app.add_node(doc_link, **{name: plain for name in ("html", "latex", "text", "man", "texinfo")})
    app.connect("doctree-resolved", resolve_links)

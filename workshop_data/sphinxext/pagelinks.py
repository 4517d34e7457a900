"""Links from a directive to another page of the site, and to an anchor on it (the data's own
URLs, of the site and of a talk's materials, are :mod:`workshop_data.links`'s).

A directive runs while its page is read, before the builder knows where each page goes; a
:class:`doc_link` names the target page (a docname such as ``neurips2024/accepted_papers``) and
an optional anchor, and becomes a reference relative to the page that shows it when the page is
resolved. A target the build does not have is a warning naming the page and the target, so a
broken link fails ``make site`` (warnings are errors) instead of shipping.

A link may carry more HTML attributes than the translator writes for a reference (an
``aria-label`` naming what a link of a few characters does): :func:`reference` makes it a
:class:`wd_reference`, whose HTML has them too (in the translator's order, escaped by it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from docutils import nodes
from sphinx.util import logging

logger = logging.getLogger(__name__)

#: The attributes a link may carry besides what the translator writes (its ``class``, ``href``,
#: ``id``, ``title``, ``target``, ``rel``): ``aria-*`` and ``data-*`` ones.
EXTRA_ATTRIBUTE = re.compile(r"(aria|data)-[a-z][a-z0-9-]*\Z")


def check_attributes(attributes: Iterable[tuple[str, str]]) -> None:
    """ValueError unless each attribute is one a link may carry more (:data:`EXTRA_ATTRIBUTE`)."""
    for name, _ in attributes:
        if not EXTRA_ATTRIBUTE.match(name):
            raise ValueError(f"a link takes no attribute {name!r} (aria-* and data-* ones only)")


class wd_reference(nodes.reference):  # type: ignore[misc]
    """A reference with more HTML attributes (``attributes``: ``(name, value)`` pairs)."""


def reference(*children: nodes.Node, attributes: tuple[tuple[str, str], ...] = (), **options: Any) -> nodes.reference:
    """A reference (``options``: its ``refuri`` or ``refid``, ``classes``…) holding ``children``; a
    :class:`wd_reference` when it has more ``attributes``."""
    if not attributes:
        return nodes.reference("", "", *children, **options)
    check_attributes(attributes)
    return wd_reference("", "", *children, attributes=attributes, **options)


def visit_reference_html(self: Any, node: wd_reference) -> None:
    """The translator's reference, its start tag with the node's other attributes (its
    ``starttag`` orders and escapes them with the rest)."""
    starttag, more = self.starttag, dict(node["attributes"])

    def with_more(element: nodes.Element, tagname: str, suffix: str = "\n", empty: bool = False, **atts: Any) -> str:
        return starttag(element, tagname, suffix, empty, **atts, **more)  # type: ignore[no-any-return]

    self.starttag = with_more
    try:
        self.visit_reference(node)
    finally:
        del self.starttag


def depart_reference_html(self: Any, node: wd_reference) -> None:
    """HTML: closes the ``</a>`` as a plain reference does."""
    self.depart_reference(node)


class doc_link(nodes.Inline, nodes.TextElement):  # type: ignore[misc]
    """A link to page ``target`` (a docname), at ``anchor`` when given."""


def link(
    target: str,
    *children: nodes.Node | str,
    anchor: str = "",
    classes: tuple[str, ...] = (),
    attributes: tuple[tuple[str, str], ...] = (),
) -> doc_link:
    """A :class:`doc_link` to ``target#anchor`` holding ``children`` (strings become text), with
    more HTML ``attributes`` (:func:`reference`)."""
    node = doc_link("", "", target=target, anchor=anchor, classes=list(classes), attributes=attributes)
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
        more = node.get("attributes", ())
        ref = reference(*node.children, attributes=more, refuri=uri, internal=True, classes=node["classes"])
        node.replace_self(ref)


def visit_text_only(self: Any, node: doc_link) -> None:
    """A link left in a copy of a title (the table of contents): its text only."""


def depart_text_only(self: Any, node: doc_link) -> None:
    """Other builders and titles' copies: nothing to close."""
    pass


def setup_pagelinks(app: Any) -> None:
    """Register the node and resolve it on every page."""
    plain = (visit_text_only, depart_text_only)
    app.add_node(doc_link, **{name: plain for name in ("html", "latex", "text", "man", "texinfo")})
    app.add_node(wd_reference, html=(visit_reference_html, depart_reference_html))
    app.connect("doctree-resolved", resolve_links)

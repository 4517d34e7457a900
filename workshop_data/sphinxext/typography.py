"""The extension's own sentences, typographic as the page's text is.

Sphinx curls a page's own text with docutils' smart quotes (MyST's "the workshop's" is shown
"the workshop’s"); the directives' nodes are left as they are (``support_smartquotes``: the data
is shown as written, "Michael O'Boyle", a title's "Moore's Law"). The sentences the extension
writes around the data ("A release's name is …", "…, the venue's time zone.") were straight
beside the curled page. :func:`prose` is the one way they are made typographic: the words alone,
before any value of the data joins them, through the same educator and action as Sphinx's
default (``smartquotes_action``, ``"qDe"``: quotes, dashes, ellipses).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from docutils.utils.smartquotes import smartyPants

T = TypeVar("T")

#: Sphinx's default ``smartquotes_action``: quotes, en and em dashes (``--``, ``---``), ellipses.
ACTION = "qDe"


def prose(words: str) -> str:
    """``words`` of the extension's (no data in them) as the page's text shows them: "A release's
    name" is "A release’s name"."""
    return str(smartyPants(words, ACTION, "en"))


def prose_parts(parts: Iterable[str | T]) -> list[str | T]:
    """A sentence of the extension's in parts, each string :func:`prose`, the others (a node, a
    release's name) as they are: :func:`~workshop_data.words.papers_not_listed_then`'s."""
    return [prose(p) if isinstance(p, str) else p for p in parts]

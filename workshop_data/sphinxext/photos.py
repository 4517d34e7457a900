"""A person's photo in its round frame, which stays legible when the photo does not load.

The photos are the old site's addresses (``people.photo_url``, absolute URLs on its host: the
bundle is text only, and no copy is made). Offline, with the old host gone or a privacy blocker
refusing it, the browser drew the image's alternative text inside the round frame, which cut
"Photo of Jeff Dean" into pieces. The frame is now a box of its own, the same size either way,
which shows the person's initials where the photo does not load; the photo's alternative text,
their name, is what a screen reader reads (the initials are hidden from it) and is not drawn.
No script: a page that runs none shows the same. The initials are drawn twice, in the same
style (the stylesheet's ``.wd-initials``): by the image's ``::before``, which a browser draws
only for an image that did not load (Chromium, Firefox), over the broken-image icon Chromium
draws in its corner; and under the image, for a browser that draws no such ``::before``.
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes

from .builders import AS_CHILDREN
from .markup import attribute
from .markup import text as html_text

#: What a name holds that is no word of it for its initials: a part in parentheses
#: ("Zhaoxia (Summer) Deng": ZD).
ASIDE = re.compile(r"\([^)]*\)")


def initials(name: str) -> str:
    """The first letters of the first and the last word of ``name`` ("H. T. Kung": HK; a name of
    one word: its first letter), upper-cased; words that begin with no letter are skipped."""
    words = [w for w in ASIDE.sub(" ", name).split() if w[0].isalpha()]
    if not words:
        return ""
    firsts = [words[0], words[-1]] if len(words) > 1 else words
    return "".join(w[0] for w in firsts).upper()


class wd_photo(nodes.General, nodes.Element):  # type: ignore[misc]
    """A photo's frame (``initials``: what it shows where the photo does not load); its child
    is the photo's :class:`~docutils.nodes.image`."""


def photo(url: str, name: str) -> wd_photo:
    """``name``'s photo at ``url`` in its frame, the alternative text naming them."""
    return wd_photo("", nodes.image(uri=url, alt=f"Photo of {name}", classes=["wd-photo"]), initials=initials(name))


def visit_photo_html(self: Any, node: wd_photo) -> None:
    """HTML: the frame, the initials under the photo (hidden from screen readers), the photo
    (its ``data-initials`` drawn by its ``::before`` where it does not load)."""
    image = node.children[0]
    shown = node["initials"]
    self.body.append(
        f'<div class="wd-photo-frame"><span class="wd-initials" aria-hidden="true">{html_text(shown)}</span>'
        f'<img alt="{attribute(image["alt"])}" class="wd-photo" data-initials="{attribute(shown)}"'
        f' src="{attribute(image["uri"])}" /></div>\n'
    )
    raise nodes.SkipNode


def setup_photos(app: Any) -> None:
    """Register :class:`wd_photo` (other builders: the photo alone, as before)."""
    app.add_node(wd_photo, html=(visit_photo_html, None), **AS_CHILDREN)

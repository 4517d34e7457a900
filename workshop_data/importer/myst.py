"""A title read from a page: its lines of styled runs as a :class:`~workshop_data.titles.Title`.

Only emphasis is kept (:mod:`workshop_data.titles` writes the MyST, escaping every other
character MyST could read as markup). Emphasis covering the whole title is the page's styling
of the row (a bold title, an italic title), not emphasis inside the title, and is dropped.

A ``<br>`` inside a title (``Code the Transforms: <br>Towards…``) is kept as a MyST hard line
break only when :data:`KEEP_LINE_BREAKS` is on. The data's schema stores titles on one line
(``title_myst`` has no line breaks, and the shipped release must import byte for byte), so
today a line break is a space; a schema version whose ``title_myst`` may hold hard breaks turns
it on, and every rendering (:class:`~workshop_data.titles.Title`) already shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..titles import BOLD, ITALIC, Piece, Title
from .inline import Run

#: Whether a title keeps the page's line breaks (see the module's docstring).
KEEP_LINE_BREAKS = False


def whole_styles(runs: Sequence[Run]) -> frozenset[str]:
    """The emphasis every visible character of ``runs`` carries (the row's styling)."""
    visible = [r for r in runs if r.text.strip()]
    if not visible:
        return frozenset()
    out = set()
    if all(r.bold for r in visible):
        out.add(BOLD)
    if all(r.italic for r in visible):
        out.add(ITALIC)
    return frozenset(out)


def title_of(lines: Sequence[Sequence[Run]], line_breaks: bool | None = None) -> Title:
    """The title printed in ``lines`` (each a line of the cell). Between lines, a hard line break
    when ``line_breaks`` (default :data:`KEEP_LINE_BREAKS`), else a space."""
    dropped = whole_styles([run for line in lines for run in line])
    pieces = [
        [Piece(r.text, italic=r.italic and ITALIC not in dropped, bold=r.bold and BOLD not in dropped) for r in line]
        for line in lines
    ]
    if line_breaks if line_breaks is not None else KEEP_LINE_BREAKS:
        return Title.from_lines(pieces)
    joined: list[Piece] = []
    for line in pieces:
        joined += [Piece(" "), *line] if joined else line
    return Title.from_lines([joined])


def to_myst(runs: Sequence[Run]) -> str:
    """The runs as one line of MyST: emphasis kept (except the whole-line styling), text escaped."""
    return title_of([runs]).source

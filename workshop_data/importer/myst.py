"""A title read from a page: its lines of styled runs as a :class:`~workshop_data.titles.Title`.

Only emphasis is kept (:mod:`workshop_data.titles` writes the MyST, escaping every other
character MyST could read as markup). Emphasis covering the whole title is the page's styling
of the row (a bold title, an italic title), not emphasis inside the title, and is dropped.

A ``<br>`` inside a title (``Code the Transforms: <br>Towards…``) is a MyST hard line break:
the importer keeps what the page printed. Schema 2.1.0 holds it; a release written in an older
version (the shipped ``neurips2024/2024-11-20`` is 1.0.0, and imports again byte for byte)
stores the title on one line, the break a space
(:func:`workshop_data.datapackage.in_schema`, :attr:`~workshop_data.titles.Title.one_line`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..titles import BOLD, ITALIC, Piece, Title
from .inline import Run


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


def title_of(lines: Sequence[Sequence[Run]]) -> Title:
    """The title printed in ``lines`` (each a line of the cell), a hard line break between them."""
    dropped = whole_styles([run for line in lines for run in line])
    return Title.from_lines(
        [Piece(r.text, italic=r.italic and ITALIC not in dropped, bold=r.bold and BOLD not in dropped) for r in line]
        for line in lines
    )


def to_myst(runs: Sequence[Run]) -> str:
    """The runs as one line of MyST: emphasis kept (except the whole-line styling), text escaped."""
    return title_of([runs]).source

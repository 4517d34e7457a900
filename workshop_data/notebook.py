"""Markdown for notebooks that show the data: the text is the notebook's, the values are escaped.

A notebook that writes ``Markdown(f"**{workshop['series']}** …")`` puts whatever the data holds
into Markdown, and Jupyter and myst-nb render raw HTML in Markdown: a series, venue or label
such as ``<svg onload=…>`` would run in the reader's browser. :func:`markdown` formats a
template as :meth:`str.format` does, but every value it inserts is escaped as Markdown text
(:func:`workshop_data.titles.escape`: no markup, no HTML, no line of its own), a
:class:`~workshop_data.titles.Title` is inserted as its emphasis only, and ``{value!c}`` makes
a code span. The result displays as Markdown in Jupyter::

    display(wd.markdown("**{} @ {}**, release {!c}", w["series"], w["conference"], w["release"]))

A notebook shows its tables as pandas writes them, which heads the index column with an empty
``<th>`` (the corner; and beside an index's name, a row of empty ones): a screen reader announces
a header with no name, axe-core's ``empty-table-header``, on every table of the published
notebooks. :func:`notebook_tables` has the session show every DataFrame with :func:`table_html`,
pandas' table with each of those cells a data cell (``<td>``), as a header-less cell is.
"""

from __future__ import annotations

import re
import string
import sys
from typing import Any

from .titles import Title, escape

_BACKTICKS = re.compile(r"`+")


class Markdown(str):
    """Markdown text whose data is escaped; Jupyter displays it as Markdown."""

    def _repr_markdown_(self) -> str:
        return str(self)


class _Code:
    """A value to show as a code span (``{value!c}``)."""

    def __init__(self, value: Any) -> None:
        self.value = value


def code_span(text: str) -> str:
    """``text`` as a CommonMark code span (its content is never markup)."""
    text = " ".join(text.splitlines())
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""  # CommonMark strips one space each side
    return f"{fence}{pad}{text}{pad}{fence}"


class _Formatter(string.Formatter):
    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "c":
            return _Code(value)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, _Code):
            return code_span(format(value.value, format_spec))
        if isinstance(value, Title):
            return value.myst
        return escape(format(value, format_spec))


def markdown(template: str, /, *args: Any, **kwargs: Any) -> Markdown:
    """``template.format(*args, **kwargs)`` with every inserted value escaped as Markdown text.

    The template's own markup (``**bold**``, lists) stays; each value shows as written. A
    :class:`~workshop_data.titles.Title` keeps its emphasis; ``{value!c}`` is a code span.
    """
    return Markdown(_Formatter().vformat(template, args, kwargs))


#: A header cell with no text: ``<th></th>``, as pandas writes the corner above the index.
_EMPTY_HEADER = re.compile(r"<th((?:\s[^>]*)?)>(?:\s|&nbsp;)*</th>")


def table_html(frame: Any) -> str | None:
    """``frame``'s table as a notebook shows it (pandas' ``_repr_html_``, the display options
    applied), each header cell with no text a data cell: ``<td></td>``, which a screen reader
    passes over. None where pandas shows no HTML (``display.notebook_repr_html`` off)."""
    html: str | None = frame._repr_html_()
    return None if html is None else _EMPTY_HEADER.sub(r"<td\1></td>", html)


def notebook_tables() -> None:
    """Have the running IPython session (a notebook's kernel) show every pandas DataFrame with
    :func:`~workshop_data.notebook.table_html`: no header cell of its tables is empty. Outside IPython it does
    nothing."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        import pandas as pd  # by the class: its module's name is not where it is defined (pandas 3: 'pandas')

        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, table_html)

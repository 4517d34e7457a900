"""A title as one value: its MyST source, and every way the package shows it.

A talk's or slot's title is stored twice: ``title`` (plain text) and ``title_myst`` (the same
title with its inline emphasis as MyST, ``*Caches* That **Learn**``). :class:`Title` is the one
place that writes and reads that MyST; the importer makes titles with it, and the site, the
Jekyll page, the notebooks and the exports show them through it, so a title is rendered the
same way everywhere:

* :attr:`Title.plain` — one line of text (iCalendar, frab, CSV and JSON carry the plain column,
  which is this);
* :attr:`Title.html` — escaped HTML with ``<em>``/``<strong>``; :attr:`Title.jekyll_html` the
  same with the site's own ``<i>``/``<b>``;
* :attr:`Title.myst` — MyST that renders the title and nothing else (for Markdown output);
* :attr:`Title.events` — the title read as text, emphasis and line breaks, from which the Sphinx
  site writes its pages (:func:`workshop_data.sphinxext.markup.title`; the line-break node is
  registered in :mod:`workshop_data.sphinxext.titlenodes`).

A line break inside a title (the page printed ``<br>`` there) is a fact a schema version holds
since 2.1.0; :attr:`Title.one_line` is the title as an older version stores it, the break a
space (what the importer made of the page before).

What a title's MyST may hold: emphasis (``*x*``, ``**x**``, nested), backslash escapes (every
other character MyST may read as markup is escaped), and hard line breaks (a backslash ending
a line, as in CommonMark). Anything else in a stored title, even markup MyST would read
(``[x](javascript:…)``, ``<b>``, ``{role}`…```), is text: the reader here is deliberately
smaller than MyST, so that no string in the data can become markup. It is also the exact
inverse of the writer (:meth:`Title.from_lines`), which CommonMark's flanking rules are not
for emphasis that touches punctuation (``*foo.*bar``).

This module depends on nothing else of the package.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

#: Characters escaped in MyST text (ASCII punctuation CommonMark or MyST may read as markup).
SPECIAL = frozenset("\\`*_[]<>{}$|~#!")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_NEWLINES = re.compile(r"\r\n?|\n")
#: A MyST hard line break: a backslash at the end of a line.
LINE_BREAK = "\\\n"

Style = Literal["*", "**"]
ITALIC: Style = "*"
BOLD: Style = "**"


def escape(text: str) -> str:
    """``text`` as MyST text: every special character backslash-escaped, an ``&`` that would
    start an entity too, and line ends as spaces (a value can never start a line of markup)."""
    escaped = "".join("\\" + c if c in SPECIAL else c for c in _NEWLINES.sub(" ", text))
    return _ENTITY.sub(r"\\&", escaped)


def _collapse(text: str) -> str:
    """Whitespace (non-breaking spaces included) collapsed to single spaces, stripped."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Piece:
    """A piece of a title's text with its emphasis: what :meth:`Title.from_lines` writes."""

    text: str
    italic: bool = False
    bold: bool = False

    @property
    def styles(self) -> tuple[Style, ...]:
        """The piece's emphasis, outermost first (bold opens before italic)."""
        out: list[Style] = []
        if self.bold:
            out.append(BOLD)
        if self.italic:
            out.append(ITALIC)
        return tuple(out)


# -- reading: a title's MyST as events -----------------------------------------------------------

#: ("text", s), ("open", style), ("close", style) or ("break", "").
Event = tuple[Literal["text", "open", "close", "break"], str]

_TOKENS = re.compile(r"\\(.?)|(\*+)|([^\\*]+)", re.DOTALL)


def _events(source: str) -> list[Event]:
    """The title's events, emphasis balanced: a ``*`` that closes nothing and is never closed is
    text, as in MyST; emphasis always nests (a delimiter closes the innermost open emphasis)."""
    out: list[Event] = []
    opened: list[int] = []  # indices in ``out`` of open emphasis, innermost last
    for match in _TOKENS.finditer(_NEWLINES.sub("\n", source)):
        escaped, stars, text = match.groups()
        if escaped == "\n":
            out.append(("break", ""))
        elif escaped is not None:
            out.append(("text", escaped or "\\"))
        elif text is not None:
            out.append(("text", text))
        else:
            remaining = len(stars)
            while remaining and opened and len(out[opened[-1]][1]) <= remaining:
                style = out[opened.pop()][1]
                remaining -= len(style)
                out.append(("close", style))
            while remaining:
                style = BOLD if remaining >= 2 else ITALIC
                remaining -= len(style)
                opened.append(len(out))
                out.append(("open", style))
    for index in opened:
        out[index] = ("text", out[index][1])
    return out


# -- writing: pieces as MyST -----------------------------------------------------------------------


def _runs(pieces: Iterable[Piece]) -> list[Piece]:
    """Adjacent pieces of the same emphasis as one: text is escaped a run at a time ("&" then
    "a;" must be written as the entity-like "&a;" escaped, not as two harmless halves)."""
    out: list[Piece] = []
    for piece in pieces:
        if out and out[-1].styles == piece.styles:
            out[-1] = Piece(out[-1].text + piece.text, piece.italic, piece.bold)
        else:
            out.append(piece)
    return out


def _line_source(pieces: Iterable[Piece]) -> str:
    """One line of pieces as MyST: emphasis opened and closed around escaped text, whitespace
    collapsed, and kept outside the delimiters (``*a* b``, not ``*a *b``)."""
    out: list[str] = []
    stack: list[Style] = []
    pending = ""  # whitespace waiting to see whether emphasis closes before it
    for piece in _runs(pieces):
        text = _collapse(piece.text)
        if not text:
            pending = pending or (" " if piece.text else "")
            continue
        lead = " " if piece.text[:1].isspace() else ""
        trail = " " if piece.text[-1:].isspace() else ""
        wanted = piece.styles
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(stack.pop())
        if out or stack:
            out.append(pending or lead)
        for style in wanted[keep:]:
            out.append(style)
            stack.append(style)
        out.append(escape(text))
        pending = trail
    while stack:
        out.append(stack.pop())
    return _collapse("".join(out))


@dataclass(frozen=True)
class Title:
    """A title: ``source`` is its MyST as stored (``title_myst``); the properties render it."""

    source: str = ""

    @classmethod
    def of(cls, plain: str, myst: str) -> Title:
        """The title a record holds: its MyST, else its plain text (a title written by hand)."""
        return cls(myst) if myst else cls.from_text(plain)

    @classmethod
    def from_text(cls, text: str) -> Title:
        """A title of plain text (every special character escaped)."""
        return cls(escape(_collapse(text)))

    @classmethod
    def from_lines(cls, lines: Iterable[Iterable[Piece]]) -> Title:
        """The title of styled pieces, in lines (joined by hard line breaks; empty lines dropped)."""
        return cls(LINE_BREAK.join(line for line in map(_line_source, lines) if line))

    @cached_property
    def events(self) -> tuple[Event, ...]:
        """The title read as text, balanced emphasis and line breaks."""
        return tuple(_events(self.source))

    def __bool__(self) -> bool:
        return bool(self.plain)

    @property
    def plain(self) -> str:
        """The title as one line of text: no markup, a line break is a space."""
        return _collapse("".join(v if kind == "text" else " " if kind == "break" else "" for kind, v in self.events))

    @cached_property
    def one_line(self) -> Title:
        """The title with its line breaks as spaces, emphasis kept: how a schema version before
        2.1.0 stores it, and what :meth:`from_lines` makes of the lines joined into one. A title
        without line breaks is itself."""
        if not self.has_line_breaks:
            return self
        pieces: list[Piece] = []
        italic = bold = 0
        for kind, value in self.events:
            if kind == "text":
                pieces.append(Piece(value, italic=italic > 0, bold=bold > 0))
            elif kind == "break":
                pieces.append(Piece(" "))
            elif value == ITALIC:
                italic += 1 if kind == "open" else -1
            else:
                bold += 1 if kind == "open" else -1
        return Title.from_lines([pieces])

    @property
    def has_line_breaks(self) -> bool:
        """Whether the title breaks into lines."""
        return any(kind == "break" for kind, _ in self.events)

    def _html(self, italic: str, bold: str) -> str:
        tags: dict[str, str] = {ITALIC: italic, BOLD: bold}
        out = []
        for kind, value in self.events:
            if kind == "text":
                out.append(html.escape(value, quote=False))
            elif kind == "open":
                out.append(f"<{tags[value]}>")
            elif kind == "close":
                out.append(f"</{tags[value]}>")
            else:
                out.append("<br/>")
        return "".join(out)

    @property
    def html(self) -> str:
        """The title as HTML: text escaped, ``<em>``/``<strong>`` for emphasis, ``<br/>`` for breaks.

        For element content (``<`` ``>`` ``&`` are escaped, quotes are not): never an attribute.
        """
        return self._html("em", "strong")

    @property
    def jekyll_html(self) -> str:
        """The title as the site's Jekyll pages print it: :attr:`html` with ``<i>``/``<b>``.

        Liquid (``{{``, ``{%``) is escaped over the whole page by
        ``workshop_data.formats.jekyll.to_jekyll``, not here.
        """
        return self._html("i", "b")

    @property
    def myst(self) -> str:
        """The title as MyST that renders it and nothing else: emphasis, escaped text, breaks.

        The same as ``source`` for every title :meth:`from_lines` writes; a title written by
        hand comes out with its markup other than emphasis escaped.
        """
        out: list[str] = []
        text = ""  # a run of text is escaped whole: "&" then "a;" is the entity-like "&a;"
        for kind, value in self.events:
            if kind == "text":
                text += value
                continue
            out.append(escape(text))
            text = ""
            out.append(LINE_BREAK if kind == "break" else value)
        return "".join(out) + escape(text)

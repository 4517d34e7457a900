"""Titles' inline emphasis as MyST (``*x*``, ``**x**``) and back to HTML.

Only emphasis is kept: every other character MyST (CommonMark) would read as markup is
escaped with a backslash, so a title can never turn into a link, a role or raw HTML. Emphasis
covering the whole title is the page's styling of the row (a bold title, an italic title), not
emphasis inside the title, and is dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from .inline import Run, collapse

#: Characters escaped in MyST text (ASCII punctuation CommonMark or MyST may read as markup).
SPECIAL = frozenset("\\`*_[]<>{}$|~#!")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")

ITALIC, BOLD = "*", "**"


def escape(text: str) -> str:
    """``text`` with every MyST special character backslash-escaped."""
    escaped = "".join("\\" + c if c in SPECIAL else c for c in text)
    return _ENTITY.sub(r"\\&", escaped)


def _styles(run: Run, dropped: frozenset[str]) -> tuple[str, ...]:
    """The emphasis of a run, outermost first (bold opens before italic)."""
    out = []
    if run.bold and BOLD not in dropped:
        out.append(BOLD)
    if run.italic and ITALIC not in dropped:
        out.append(ITALIC)
    return tuple(out)


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


def to_myst(runs: Sequence[Run]) -> str:
    """The runs as one line of MyST: emphasis kept (except the whole-line styling), text escaped."""
    dropped = whole_styles(runs)
    out: list[str] = []
    stack: list[str] = []
    pending = ""  # whitespace waiting to see whether emphasis closes before it
    for run in runs:
        text = collapse(run.text) if run.text.strip() else ""
        if not text:
            pending = pending or (" " if run.text else "")
            continue
        lead = " " if run.text[:1].isspace() else ""
        trail = " " if run.text[-1:].isspace() else ""
        wanted = _styles(run, dropped)
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
    return collapse("".join(out))


_DELIMS = re.compile(r"\\(.)|(\*+)|([^\\*]+)", re.DOTALL)


def to_html(myst: str) -> str:
    """HTML for a title written by :func:`to_myst`: ``<i>``/``<b>`` for emphasis, text escaped.

    Delimiters that close nothing open emphasis; emphasis left open at the end is closed, so
    the HTML is always well formed.
    """
    out: list[str] = []
    stack: list[str] = []
    tags = {ITALIC: "i", BOLD: "b"}
    for match in _DELIMS.finditer(myst):
        escaped, stars, text = match.groups()
        if escaped is not None or text is not None:
            out.append(html.escape(escaped if escaped is not None else text, quote=False))
            continue
        remaining = len(stars)
        while remaining and stack and len(stack[-1]) <= remaining:
            style = stack.pop()
            remaining -= len(style)
            out.append(f"</{tags[style]}>")
        while remaining:
            style = BOLD if remaining >= 2 else ITALIC
            remaining -= len(style)
            stack.append(style)
            out.append(f"<{tags[style]}>")
    while stack:
        out.append(f"</{tags[stack.pop()]}>")
    return "".join(out)

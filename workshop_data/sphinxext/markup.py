"""Inline content as plain data, written as docutils nodes or straight as the HTML those nodes
become.

A page of ten thousand slots is some 300,000 docutils nodes: built, pickled with the page,
walked and translated one visit at a time, they were most of the cost of building it
(benchmarks/README.md). A directive with that much to show describes its content in this small
vocabulary instead — text (a ``str``) and :data:`El` (strong, emphasis, a span, a time, a line
break, links; a link may carry more HTML attributes, such as its ``aria-label``) — kept with the
page until it is written, then written:

- for a builder of HTML pages, as the HTML text the HTML translator writes for those nodes
  (:func:`html`): the same elements, classes, attributes and attribute order, escaped with the
  translator's own table of characters (``& < > " @``; in attributes, line ends and tabs become
  spaces first), in one :class:`wd_html` node, whose text is what the search index reads;
- for any other builder, as the nodes themselves (:func:`to_nodes`).

Links to another page or to a generated file are resolved where the nodes' are
(:func:`.pagelinks.page_uri`, :func:`.generated.file_uri`). tests/test_sphinxext_schedule.py holds
the two writings to each other on every page of the shipped data and on hostile data.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeAlias

from docutils import nodes
from docutils.writers._html_base import HTMLTranslator

from ..timeutil import UNKNOWN
from ..titles import BOLD, Title
from ..words import NEXT_SLOT_END
from . import generated, pagelinks
from .timezones import UNKNOWN_CLASS, time_text, wd_time
from .titlenodes import wd_line_break

#: What the HTML translator escapes in text (docutils' own table: ``& < > " @``).
TEXT = dict(HTMLTranslator.special_characters)
#: ... and in an attribute's value, where line ends, tabs, vertical tabs and form feeds are
#: spaces first (``HTMLTranslator.attval``).
ATTRIBUTE = {ord(c): " " for c in "\n\r\t\v\f"} | TEXT
#: The characters of each (most text has none, and ``str.translate`` with a table costs about
#: as much per character as a page's whole writing of it once the text is not ASCII: a "—"
#: made each slot's calendar label 0.07 ms).
SPECIAL_TEXT = re.compile("[" + re.escape("".join(map(chr, TEXT))) + "]")
SPECIAL_ATTRIBUTE = re.compile("[" + re.escape("".join(map(chr, ATTRIBUTE))) + "]")


#: An inline element, ``(tag, children, classes, ref, anchor, attributes)`` (made by :func:`el`);
#: ``tag``:
#:
#: - ``strong``, ``em``, ``span``: :class:`~docutils.nodes.strong`, ``emphasis``, ``inline``;
#: - ``time``: a :class:`~.timezones.wd_time`, ``ref`` its ISO 8601 value;
#: - ``br``: a line break in a title (:class:`~.titlenodes.wd_line_break`);
#: - ``refid``: a link to ``ref``, an id on the same page;
#: - ``url``: a link to the URL ``ref``;
#: - ``file``: a link to the generated file ``ref`` (:mod:`.generated`; registered already);
#: - ``page``: a link to page ``ref`` (a docname), at ``anchor`` when given (:mod:`.pagelinks`).
#:
#: ``attributes``: a link's other HTML attributes, ``(name, value)`` pairs (an ``aria-label``:
#: :func:`.pagelinks.reference`); none on other elements.
#:
#: A plain tuple: a page holds hundreds of thousands, pickled with it, and pickle writes and
#: reads a tuple in C where a named tuple is made again by Python code, one call each (a second
#: of a 10,010-slot page's build).
El: TypeAlias = tuple[str, tuple["Inline", ...], tuple[str, ...], str, str, tuple[tuple[str, str], ...]]
#: A piece of inline content: text, or an element.
Inline: TypeAlias = "str | El"


#: Between the items of a line ("Paper · Slides", "Keynote · Stanford"): the dot joined to the item
#: before it by a no-break space, so that a narrow screen never starts a line with it.
SEPARATOR = "\u00a0· "


#: The tags of links (the elements that may carry more attributes).
LINKS = frozenset({"refid", "url", "file", "page"})


def el(
    tag: str,
    *children: Inline,
    classes: tuple[str, ...] = (),
    ref: str = "",
    anchor: str = "",
    attributes: tuple[tuple[str, str], ...] = (),
) -> El:
    """An inline element (:data:`El`); ``attributes`` only on a link (:data:`LINKS`), each a name
    :func:`.pagelinks.reference` accepts."""
    if attributes:
        if tag not in LINKS:
            raise ValueError(f"a {tag!r} element takes no attributes")
        pagelinks.check_attributes(attributes)
    return (tag, children, classes, ref, anchor, attributes)


def strong(*children: Inline, classes: tuple[str, ...] = ()) -> El:
    """A ``<strong>`` element holding ``children``."""
    return ("strong", children, classes, "", "", ())


def em(*children: Inline, classes: tuple[str, ...] = ()) -> El:
    """An ``<em>`` element holding ``children``."""
    return ("em", children, classes, "", "", ())


def span(*children: Inline, classes: tuple[str, ...] = ()) -> El:
    """A ``<span>`` element holding ``children``."""
    return ("span", children, classes, "", "", ())


def time_of(moment: dt.datetime, dated: bool = False) -> El:
    """``HH:MM`` of an aware datetime, with its machine-readable value: a ``<time>`` the
    time-zone switch rewrites (:mod:`.timezones`), on the schedule and in the changelog alike.
    ``dated``: the day in front (``Sun 12 Dec 17:40``, a time not on the edition's day), which
    the switch keeps in the reader's zone too (``wd-dated``)."""
    text, value = time_text(moment)
    if dated:
        return el("time", f"{moment:%a %d %b} {text}", classes=("wd-time", "wd-dated"), ref=value)
    return el("time", text, classes=("wd-time",), ref=value)


#: The mark of an end the page does not print (``end_derived``: the next slot's start), a
#: ``*`` its stylesheet draws (not read aloud), and these words, read aloud and not shown; the
#: page says what the mark means (:data:`~workshop_data.words.DERIVED_NOTE`).
DERIVED_CLASS = "wd-derived"


def derived_mark() -> El:
    """The mark after an end the page does not print (:data:`DERIVED_CLASS`)."""
    return span(span(f" ({NEXT_SLOT_END})", classes=("wd-sr",)), classes=(DERIVED_CLASS,))


def time_range(
    start: dt.datetime | None, end: dt.datetime | None, dated: bool = False, derived: bool = False
) -> list[Inline]:
    """A slot's or a talk's time, the one rendering of a range on every page (the schedule's
    rows and talks, a person's page, :func:`during`): ``16:25–16:50``, the end in a
    ``wd-until`` span (where a schedule's narrow column breaks the line). ``dated``: the day in
    front of the start, and of an end on another day (a person's page). ``derived``: the end is
    no end the page prints, but the next slot's start (``end_derived``): ``16:25–16:50*``
    (:func:`derived_mark`), which a page showing it explains (:data:`~workshop_data.words.DERIVED_NOTE`); it was
    shown as an end the page gave.

    An end the data does not know reads ``from 15:30``: an open range, honest (no end is
    invented) and read as it is shown (it read "15:30–unknown", a word standing where a time
    would). A start it does not know (a time printed "TBD") is ``unknown`` (:func:`unknown_time`),
    with the end where one is known."""
    if start is None:
        shown: list[Inline] = [unknown_time()]
    elif end is None:
        return ["from\u00a0", time_of(start, dated=dated)]
    else:
        shown = [time_of(start, dated=dated)]
        dated = dated and end.date() != start.date()
    if end is not None:
        mark = (derived_mark(),) if derived else ()
        shown.append(span("–", time_of(end, dated=dated), *mark, classes=("wd-until",)))
    return shown


def during(start: dt.datetime, end: dt.datetime | None, dated: bool = False, derived: bool = False) -> list[Inline]:
    """The time of the block (a slot of several talks) a talk is given in, where the data gives
    the talk no time of its own: ``during 10:40–12:00``, ``during the block from 10:40`` where
    the block's end is not known; words that cannot be read as the talk's own start and end (the
    block's range alone was). ``dated``: as :func:`time_range`. The one wording of it: a person's
    page and the schedule's speakers list."""
    return ["during " if end is not None else "during the block ", *time_range(start, end, dated, derived)]


def time_unknown() -> list[Inline]:
    """``time unknown``: a start the data does not know where words follow it, a link or a
    title (a person's page, the schedule's speakers list, where ``unknown Invited Speaker 1``
    read as if the speaker were unknown); the schedule's column of times shows
    :func:`unknown_time` alone, under its heading "Time"."""
    return ["time ", unknown_time()]


def unknown_time() -> El:
    """A time the data does not know (a start printed "TBD"), shown as the site shows what it
    does not know: ``unknown``, no ``<time>`` (a machine-readable value would be invented), so
    that the switch leaves it."""
    return span(UNKNOWN, classes=(UNKNOWN_CLASS,))


def title(value: Title) -> list[Inline]:
    """A title as inline pieces: text, ``em``, ``strong``, and a space followed by a ``br`` for
    each line break (so that its text reads as one line). Never markup: its text is text."""
    root: list[Inline] = []
    stack: list[tuple[str, list[Inline]]] = [("", root)]

    def close() -> None:
        tag, children = stack.pop()
        stack[-1][1].append(el(tag, *children))

    for kind, v in value.events:
        if kind == "text":
            stack[-1][1].append(v)
        elif kind == "open":
            stack.append(("strong" if v == BOLD else "em", []))
        elif kind == "close":
            close()
        else:
            stack[-1][1].extend([" ", el("br")])
    while len(stack) > 1:  # (the events are balanced)
        close()
    return root


def titled(title: Iterable[Inline], status: str, after: bool) -> list[Inline]:
    """A title (a ``wd-title`` span) and the status printed after it ("…Neural Networks, Best
    Paper"; "TBD"), as inline pieces; ``after``: something precedes them.

    With both, they are one ``wd-titled`` span, the comma right after the title's last word and
    the status unbreakable (``wd-status``): a narrow screen breaks the line after the comma, never
    before it, and never inside the status. A status alone follows a comma when something
    precedes it."""
    head = tuple(title)
    mark: list[Inline] = [span(status, classes=("wd-status",))] if status else []
    if not head:
        return [", ", *mark] if mark and after else mark
    shown = span(*head, classes=("wd-title",))
    return [span(shown, ", ", *mark, classes=("wd-titled",))] if mark else [shown]


# -- as nodes ---------------------------------------------------------------------------------


def _node(element: El) -> nodes.Node:
    tag, children, classes, ref, anchor, attributes = element
    kids = to_nodes(children)
    names = list(classes)
    if tag == "strong":
        return nodes.strong("", "", *kids, classes=names)
    if tag == "em":
        return nodes.emphasis("", "", *kids, classes=names)
    if tag == "span":
        return nodes.inline("", "", *kids, classes=names)
    if tag == "time":
        return wd_time("", "", *kids, datetime=ref, classes=names)
    if tag == "br":
        return wd_line_break()
    if tag == "refid":
        return pagelinks.reference(*kids, attributes=attributes, refid=ref, internal=True, classes=names)
    if tag == "url":
        return pagelinks.reference(*kids, attributes=attributes, refuri=ref, classes=names)
    if tag == "file":
        return generated.generated_file("", "", *kids, target=ref, classes=names, attributes=attributes)
    if tag == "page":
        return pagelinks.link(ref, *kids, anchor=anchor, classes=classes, attributes=attributes)
    raise ValueError(f"unknown inline element {tag!r}")


def to_nodes(pieces: Iterable[Inline]) -> list[nodes.Node]:
    """The pieces as docutils nodes."""
    return [nodes.Text(p) if isinstance(p, str) else _node(p) for p in pieces]


# -- as HTML ----------------------------------------------------------------------------------


def text(value: str) -> str:
    """``value`` escaped as the HTML translator escapes text."""
    return value.translate(TEXT) if SPECIAL_TEXT.search(value) else value


def attribute(value: str) -> str:
    """``value`` escaped as the HTML translator escapes an attribute's value."""
    return value.translate(ATTRIBUTE) if SPECIAL_ATTRIBUTE.search(value) else value


@functools.lru_cache(maxsize=1024)
def class_attr(classes: tuple[str, ...]) -> str:
    """`` class="…"`` (the classes in order, each once), or nothing (a page repeats a few)."""
    names = list(dict.fromkeys(c for c in classes if c.strip()))
    return f' class="{attribute(" ".join(names))}"' if names else ""


def link_attributes(classes: tuple[str, ...], href: str, attributes: Iterable[tuple[str, str]]) -> str:
    """A link's ``class``, ``href`` and other attributes, as the translator writes them: by name."""
    written = [("class", class_attr(classes)), ("href", f' href="{attribute(href)}"')]
    written += [(name, f' {name}="{attribute(value)}"') for name, value in attributes]
    return "".join(text for _, text in sorted(written))


class Writer:
    """Writes inline pieces as HTML for one page; collects their text (what the search index
    reads) as it goes.

    ``file_uri(path)`` is the link from the page to a generated file; ``page_uri(docname,
    anchor)`` the link to another page, or None when the build has no such page (the link is
    then its text, as :func:`.pagelinks.resolve_links` leaves it, after a warning).
    """

    def __init__(self, file_uri: Callable[[str], str], page_uri: Callable[[str, str], str | None]) -> None:
        self.file_uri = file_uri
        self.page_uri = page_uri
        self.words: list[str] = []

    def inline(self, pieces: Iterable[Inline], out: list[str]) -> None:
        """Append the HTML of ``pieces`` to ``out``."""
        for p in pieces:
            if isinstance(p, str):
                self.words.append(p)
                out.append(text(p))
            else:
                self.element(p, out)

    def element(self, element: El, out: list[str]) -> None:
        """Append the HTML of ``element`` to ``out``."""
        tag, children, classes, ref, anchor, attributes = element
        if tag == "br":
            out.append("<br/>")
            return
        if tag in ("strong", "em", "span"):
            name = tag
            out.append(f"<{name}{class_attr(classes)}>")
        elif tag == "time":
            name = "time"
            out.append(f'<time{class_attr(classes)} datetime="{attribute(ref)}">')
        else:
            name = "a"
            if tag == "refid":
                href, kind = "#" + ref, "internal"
            elif tag == "url":
                href, kind = ref, "external"
            elif tag == "file":
                href, kind = self.file_uri(ref), "external"
            elif tag == "page":
                uri = self.page_uri(ref, anchor)
                if uri is None:  # no such page: its text, in a span
                    self.element(span(*children, classes=classes), out)
                    return
                href, kind = uri, "internal"
            else:
                raise ValueError(f"unknown inline element {tag!r}")
            if attributes:
                out.append(f"<a{link_attributes((*classes, 'reference', kind), href or '#', attributes)}>")
            else:
                out.append(f'<a{class_attr((*classes, "reference", kind))} href="{attribute(href or "#")}">')
        self.inline(children, out)
        out.append(f"</{name}>")


class wd_html(nodes.Element):  # type: ignore[misc]
    """HTML written as it is (``html``), with its text as the node's text (what the search index
    and ``astext`` read)."""


def html_node(html: str, words: Iterable[str]) -> wd_html:
    """A :class:`wd_html` node: ``html`` on the page, ``words`` (joined by spaces) its text."""
    return wd_html("", nodes.Text(" ".join(words)), html=html)


def visit_html(self: Any, node: wd_html) -> None:
    """HTML: the node's ``html`` as it is, and not its children."""
    self.body.append(node["html"])
    raise nodes.SkipNode


def setup_markup(app: Any) -> None:
    """Register :class:`wd_html` (HTML builders only: the others get nodes)."""
    app.add_node(wd_html, html=(visit_html, None))

"""A table cell as lines of styled text runs: what the section parser reads.

A cell's HTML is flattened into :class:`Run` pieces (text with its italic/bold styling and the
link it sits in), split into lines at ``<br>`` and block elements; ``<ul>``/``<ol>`` lists are
set aside as lists of talks. Comments, scripts and images are not text, and neither are the
elements the Jekyll export marks as a fact of their own (:data:`MARKS`: the conference site's
type of an event and the title it gives it), which are read apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..schema import collapsed

ITALIC_TAGS = frozenset({"i", "em", "cite"})
BOLD_TAGS = frozenset({"b", "strong"})
#: Elements a browser draws as blocks of their own (HTML's style sheet: ``display: block``, a list
#: item, a table's parts): text on either side of one is on another line, never glued to it
#: (``Coffee<blockquote>Break</blockquote>`` reads "Coffee" and "Break", not "CoffeeBreak").
BLOCK_TAGS = frozenset(
    {
        *("p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "dl", "table", "tr"),
        *("address", "article", "aside", "blockquote", "center", "details", "summary", "figure", "figcaption"),
        *("footer", "header", "hgroup", "main", "nav", "search", "pre", "listing", "xmp", "plaintext"),
        *("fieldset", "legend", "form", "hr", "menu", "dir", "caption", "thead", "tbody", "tfoot", "td", "th"),
    }
)
LIST_TAGS = frozenset({"ul", "ol"})
SKIP_TAGS = frozenset({"script", "style", "img", "svg", "template"})
#: The elements the Jekyll export prints a slot's or a talk's event facts in, as NeurIPS 2022's
#: detailed schedule printed them (``<strong>Jeff Dean - Invited Talk</strong> <small>(Talk)</small>``),
#: by their tag and class: the field each holds. A ``<tr>``'s cell holds the slot's (its own event's
#: and its talk's), a block's ``<li>`` its talk's type (``presentation``). No page of the site's
#: history has these classes. Read apart from the text (:func:`lines_of`'s marks), never as it.
MARKS = {
    ("strong", "event-title"): "event_title",
    ("strong", "talk-event-title"): "talk_event_title",
    ("small", "presentation"): "presentation",
    ("small", "talk-presentation"): "talk_presentation",
}
#: The tags of :data:`MARKS` (the walk asks an element of these alone for its class).
_MARK_TAGS = frozenset(tag for tag, _ in MARKS)
#: The marked elements whose text is a type, printed in parentheses as the site printed it
#: (:func:`~workshop_data.formats.text.typed`: "(Spotlight)"), read without them.
_TYPED = frozenset(("small",))


class LineStart:
    """A pattern (with no ``^``) searched at the starts of lines only, as ``^`` with
    ``re.MULTILINE`` finds it, fast: the pattern is tried at the text's start and then after
    each newline, which the regex engine finds in C as the literal its second pattern starts
    with (``^`` is tried at every character instead: 3.4 ms against 0.4 ms on a page of 325 KB)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self._after_newline = re.compile(rf"\n(?:{pattern})", flags)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match at the start of a line, as ``re.compile("^" + pattern, re.MULTILINE)`` finds it."""
        found = self.pattern.match(text)
        if found is None:
            newline = self._after_newline.search(text)
            found = self.pattern.match(text, newline.start() + 1) if newline else None
        return found


@dataclass(frozen=True)
class Run:
    """A piece of text with its inline styling, the link it sits in, and its element.

    ``element`` numbers the innermost element holding the text, so that a piece printed in an
    element of its own (``<font>(Best Paper)</font>``) can be told from text around it.
    """

    text: str
    italic: bool = False
    bold: bool = False
    href: str | None = None
    element: int = 0

    def with_text(self, text: str) -> Run:
        """This run with another text (``dataclasses.replace``, which is several times slower,
        for the tens of thousands of runs an import makes)."""
        return Run(text, self.italic, self.bold, self.href, self.element)


Line = list[Run]


def blank(text: str) -> bool:
    """Whether ``text`` is empty or only whitespace (``not text.strip()``, without copying a
    page of some hundred kilobytes to find out)."""
    return not text or text.isspace()


def collapse(text: str) -> str:
    """Whitespace (non-breaking spaces included) collapsed to single spaces, stripped
    (:func:`~workshop_data.schema.collapsed`, remembered)."""
    # a short text is remembered: a site's history shows the same texts version after version
    return _collapse(text) if len(text) <= 200 else collapsed(text)


@functools.lru_cache(maxsize=8192)
def _collapse(text: str) -> str:
    return collapsed(text)


def text_of(runs: Sequence[Run]) -> str:
    """The plain text of runs, whitespace collapsed."""
    return collapse("".join(r.text for r in runs))


@dataclass
class _Walk:
    """A walk over an element's text: the lines of runs made so far, the lists met (read after),
    and how many styled elements it entered. (A docstring of its own: a dataclass with none is
    given one made by ``inspect.signature`` as the class is made, at every start of the CLI.)"""

    lines: list[Line]
    lists: list[Any]
    counter: int = 0
    #: The marked facts met (:data:`MARKS`): field -> value, the first of each.
    marks: dict[str, str] | None = None

    def add(self, text: str | None, style: Run) -> None:
        if text:
            self.lines[-1].append(style.with_text(text if KEPT_OPEN not in text else restored(text)))

    def newline(self) -> None:
        if self.lines[-1]:
            self.lines.append([])

    def element(self, el: Any, style: Run) -> None:
        self.add(el.text, style)
        for child in el:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag == "br":
                self.newline()
            elif tag in LIST_TAGS:
                self.lists.append(child)
                self.newline()
            elif tag in BLOCK_TAGS:
                self.newline()
                self.element(child, self._style(child, tag, style))
                self.newline()
            elif tag in _MARK_TAGS and (tag, child.get("class")) in MARKS:
                self.mark(child, tag)
            elif tag and tag not in SKIP_TAGS:
                self.element(child, self._style(child, tag, style))
            self.add(child.tail, style)

    def mark(self, el: Any, tag: str) -> None:
        """Keep a marked element's fact (:data:`MARKS`), spaces collapsed, a type without its
        parentheses; the first of a field wins."""
        value = collapse(restored("".join(el.itertext())))
        if tag in _TYPED and value.startswith("(") and value.endswith(")"):
            value = collapse(value[1:-1])
        if self.marks is None:
            self.marks = {}
        self.marks.setdefault(MARKS[tag, el.get("class")], value)

    def _style(self, el: Any, tag: str, style: Run) -> Run:
        self.counter += 1
        href = el.get("href") if tag == "a" else None
        return Run(
            text="",
            italic=style.italic or tag in ITALIC_TAGS,
            bold=style.bold or tag in BOLD_TAGS,
            href=href.strip() if href is not None else style.href,
            element=self.counter,
        )


def lines_of(el: Any) -> tuple[list[Line], list[Any]]:
    """The lines of an element's content (empty lines dropped) and the list elements it holds."""
    lines, lists, _ = marked_lines_of(el)
    return lines, lists


#: No marked facts (:func:`marked_lines_of`), one object.
NO_MARKS: dict[str, str] = {}


def marked_lines_of(el: Any) -> tuple[list[Line], list[Any], dict[str, str]]:
    """:func:`lines_of`, and the facts the element marks (:data:`MARKS`: field -> value; not
    those of the lists it holds), :data:`NO_MARKS` where none (a page of the site's)."""
    walk = _Walk(lines=[[]], lists=[])
    walk.element(el, Run(text=""))
    lines = [line for line in walk.lines if text_of(line)]
    return lines, walk.lists, walk.marks or NO_MARKS


def items_of(list_el: Any) -> Iterator[Any]:
    """The ``<li>`` elements of a ``<ul>``/``<ol>``."""
    for child in list_el:
        if isinstance(child.tag, str) and child.tag.lower() == "li":
            yield child


def slice_runs(runs: Sequence[Run], start: int, end: int | None = None) -> Line:
    """The runs covering characters ``start:end`` of the runs' concatenated text."""
    out: Line = []
    pos = 0
    stop = end if end is not None else sum(len(r.text) for r in runs)
    for run in runs:
        lo, hi = max(start - pos, 0), min(stop - pos, len(run.text))
        if lo < hi:
            out.append(run.with_text(run.text[lo:hi]))
        pos += len(run.text)
    return out


def anchor_link(runs: Sequence[Run]) -> str:
    """The first link of the runs to an anchor on the page (``"#dean_talk"``), else ``""``."""
    return next((r.href for r in runs if r.href and r.href.startswith("#")), "")


def raw_text(runs: Sequence[Run]) -> str:
    """The runs' text concatenated as is (offsets into it slice the runs)."""
    return "".join(r.text for r in runs)


#: The attribute the Jekyll export writes how a talk is given in, on a row (its slot's talk,
#: ``slots.talk_delivery``) and on a block's ``<li>`` (``talks.delivery``): the page's table has
#: no other place for it, and no page of the site's history has the attribute.
DELIVERY_ATTRIBUTE = "data-delivery"
#: The attribute of a row the Jekyll export writes how the slot itself is given in, where it is
#: no talk (``slots.delivery``: NeurIPS 2022's opening remarks'), beside its talk's.
SLOT_DELIVERY_ATTRIBUTE = "data-slot-delivery"


def delivery_of(element: Any, attribute: str = DELIVERY_ATTRIBUTE) -> str:
    """How ``element`` (a ``<tr>`` or a talk's ``<li>``) says its talk is given
    (:data:`DELIVERY_ATTRIBUTE`), or a ``<tr>`` its slot (:data:`SLOT_DELIVERY_ATTRIBUTE`), spaces
    collapsed as the data holds it; empty: it says none. A character reference HTML reads as
    U+FFFD is the character it names (:func:`kept_references`), for the readers' rule to refuse."""
    given = element.get(attribute)
    return collapse(restored(given)) if given else ""


#: A numeric character reference (``&#0;``, ``&#x0;``; the ``;`` may be left out), its digits.
_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
#: Around the code point (hex) of a reference :func:`kept_references` kept: the two noncharacters
#: a release refuses (XML cannot hold them), so that a text read without :func:`restored` (not
#: one of the cells' texts, :func:`delivery_of`, :func:`~workshop_data.importer.page.text_content`)
#: is refused all the same, never read as U+FFFD.
KEPT_OPEN, _KEPT_CLOSE = "\ufffe", "\uffff"
#: A mark :func:`kept_references` makes: of U+0000 or a surrogate, the only ones it marks (a page
#: holding the two noncharacters around other digits is refused as it is, not read as a character).
_KEPT = re.compile(f"{KEPT_OPEN}(0|D[89A-F][0-9A-F]{{2}}){_KEPT_CLOSE}")


def _kept(match: re.Match[bytes]) -> bytes:
    hex_digits, digits = match.groups()
    text = (hex_digits or digits).lstrip(b"0")
    if len(text) > 8:  # past Unicode: HTML's U+FFFD, as a browser shows it
        return match[0]
    code = int(text or b"0", 16 if hex_digits else 10)
    if code and not 0xD800 <= code <= 0xDFFF:
        return match[0]
    return f"{KEPT_OPEN}{code:X}{_KEPT_CLOSE}".encode()


def kept_references(html: bytes) -> bytes:
    """``html`` (UTF-8) with each reference HTML reads as U+FFFD but that names a character a
    release refuses (``&#0;``, a surrogate's ``&#xD800;``) marked so that :func:`restored` gives
    that character back: a page's ``data-slot-delivery="&#0;"`` was read as U+FFFD without a word,
    where the character it names is one the readers refuse (:func:`~workshop_data.validation.text_problem`,
    naming the row and the field). A reference past Unicode names no character and stays U+FFFD."""
    at = html.find(b"&")  # (a byte found by memchr: '&#' was searched as a pair, 29 M instructions
    while at != -1:  # in an import of the site's history, whose pages hold a few hundred '&' in all)
        if html[at + 1 : at + 2] == b"#":
            return _REFERENCE.sub(_kept, html)
        at = html.find(b"&", at + 1)
    return html


def restored(text: str) -> str:
    """``text`` with the references :func:`kept_references` marked given back as the characters
    they name (a text of a page, read from the document)."""
    return _KEPT.sub(lambda m: chr(int(m[1], 16)), text) if KEPT_OPEN in text else text

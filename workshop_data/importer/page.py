"""A Jekyll schedule page: its YAML front matter and the HTML around the schedule table.

:func:`read_page` checks the file (UTF-8, size, HTML, a schedule table with rows) and returns
the parts the importer reads. Errors name the file, and the line or table row where relevant.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import WorkshopDataError, shown
from ..links import kind_of_url, link_kind, web_url
from ..memo import ByIdentity, Recent
from .inline import KEPT_OPEN, SLOT_DELIVERY_ATTRIBUTE, blank, collapse, delivery_of, kept_references, restored
from .people import without_note

#: Pages larger than this are refused (the family's pages are tens of kilobytes).
MAX_BYTES = 20 * 1024 * 1024
#: Front matter longer than this is refused: the family's is a few hundred characters (a value
#: may be longer than a CSV field's default limit, 131,072), and reading YAML costs time in
#: proportion (13 MB took 105 s; PyYAML without libyaml reads some 70 KB a second).
MAX_FRONT_MATTER = 256 * 1024
#: YAML nested deeper than this is refused (front matter is flat; Jekyll configs a few levels).
MAX_YAML_DEPTH = 64
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?", re.DOTALL | re.MULTILINE)
_TIME_HEADER = re.compile(r"\btime\b", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    """A row of the schedule table: its number (from 1), source line and its two cells."""

    number: int
    line: int
    time: str
    section: Any  # the lxml element of the section cell
    #: The heading row the table prints over the row, as printed (NeurIPS 2020's "Run 1",
    #: "Run 2 (repeated)"); empty: none. Rows under another heading are another part of the program.
    part: str = ""
    #: The row's day at the venue where the page's time is a moment on another day than the
    #: workshop's (NeurIPS 2020's Run 2, at 09:00 UTC+04:00: the evening before in Los Angeles);
    #: None: the workshop's day.
    day: dt.date | None = None
    #: The kind the row's ``<tr data-kind>`` says (the Jekyll export writes it where the label
    #: does not name the kind); empty: none, the kind is read from the label.
    kind: str = ""
    #: How the page says the row's talk is given, its ``<tr data-delivery>`` (the Jekyll export's,
    #: ``slots.talk_delivery``), spaces collapsed; empty: none.
    delivery: str = ""
    #: How the page says the row's slot itself is given, its ``<tr data-slot-delivery>`` (the
    #: Jekyll export's, ``slots.delivery``), spaces collapsed; empty: none.
    slot_delivery: str = ""


def starts_own_order(rows: Sequence[Row], i: int) -> bool:
    """Whether ``rows[i]``'s time starts an order of its own, not read after the row above's: it
    is in another part of the program (another heading row over it) or on another day."""
    return i > 0 and (rows[i].part, rows[i].day) != (rows[i - 1].part, rows[i - 1].day)


@dataclass(frozen=True)
class HeadingLink:
    """A talk's material linked in a heading outside the schedule table: NeurIPS 2018's abstracts
    are headed ``<h3 id="sanjay_talk">Title <a href="…">(recording)</a></h3>``, ISCA 2019's
    speakers ``<h3><a href="https://arxiv.org/…">Title</a></h3>``."""

    #: The heading's ``id`` (the schedule row links it), else empty.
    anchor: str
    #: The heading's text without its link words: the talk's title.
    title: str
    kind: str
    href: str


@dataclass(frozen=True)
class Page:
    """What the importer reads from a page."""

    path: str
    front_matter: dict[str, Any]
    rows: tuple[Row, ...]
    contact_email: str
    #: Lower-cased texts of the headings outside the schedule (speaker bios, abstracts).
    headings: frozenset[str]
    #: Materials linked in those headings.
    heading_links: tuple[HeadingLink, ...] = ()
    #: The times a page prints for talks of its rows (NeurIPS 2022's detailed schedule): each
    #: talk's title, its presenters as printed, its start and its end (wall clock at the venue).
    talk_times: tuple[tuple[str, tuple[str, ...], dt.time, dt.time], ...] = ()
    #: How the page says each of its timed events is given (NeurIPS 2022's detailed schedule's label,
    #: "In-person Presentation, Prerecorded Backup"; the opening remarks' and a coffee break's too):
    #: each event's title, its presenters as printed, its start and end (as :attr:`talk_times`), and
    #: the label; an event printed with none is not here.
    deliveries: tuple[tuple[str, tuple[str, ...], dt.time, dt.time, str], ...] = ()
    #: The conference site's type the page prints for each of its timed events, in parentheses
    #: (NeurIPS 2022's detailed schedule: "Spotlight", "Talk", "Break"): each event's title, its
    #: presenters as printed, its start and end (as :attr:`talk_times`), and the type; an event
    #: printed with none is not here.
    presentations: tuple[tuple[str, tuple[str, ...], dt.time, dt.time, str], ...] = ()
    #: Time cells whose printed text says another time than their ``data-value-start``, which the
    #: page's script shows instead (NeurIPS 2022's closing row): (text, data-value-start) of each.
    contradicted: tuple[tuple[str, str], ...] = ()
    #: The names the schedule table marks as people (``<span class="person">``, as the Jekyll
    #: export marks every name it prints), as printed: read as the names the edition's other pages
    #: give (:func:`.release.build_release`'s ``named``, told apart by the import's alias table).
    persons: frozenset[str] = frozenset()


def decode_page(path: str | Path, data: bytes) -> str:
    """The text of a page's bytes: UTF-8, a byte-order mark allowed; else an error naming the
    page's ``path``, the line and the byte (a page given to ``import``, or a version of one read
    out of the site's git history)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise WorkshopDataError(
            f"{path}: line {line}: not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "save the page as UTF-8"
        ) from None


@functools.cache
def _loader() -> Any:
    """A safe loader (libyaml's when PyYAML was built with it) whose values that cannot be
    read are :class:`yaml.YAMLError` naming their line, as syntax errors are."""
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            except (ValueError, OverflowError) as exc:  # 2024-02-30, an integer of 5,000 digits…
                reason = str(exc).split(";")[0]
                raise yaml.constructor.ConstructorError(
                    None, None, f"{shown(str(node.value))} cannot be read: {reason}", node.start_mark
                ) from None

    return Loader


def load_yaml(text: str) -> Any:
    """YAML read with a safe loader: libyaml's when PyYAML was built with it (several times
    faster: the site import reads hundreds of front matters), else the pure-Python one.

    Aliases (``*name``) are refused: a few hundred bytes of them expand to gigabytes when the
    values are read. So is nesting deeper than :data:`MAX_YAML_DEPTH`. These, and values that
    cannot be read (an impossible date, an integer of thousands of digits), raise
    :class:`yaml.YAMLError` with the line, as syntax errors do.
    """
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=_loader()):
        problem = None
        if isinstance(event, yaml.AliasEvent):
            problem = f"an alias (*{event.anchor}) is not allowed: write the value out"
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            problem = f"nested deeper than {MAX_YAML_DEPTH} levels" if depth > MAX_YAML_DEPTH else None
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if problem is not None:
            raise yaml.composer.ComposerError(None, None, problem, event.start_mark)  # type: ignore[arg-type]
    return yaml.load(text, Loader=_loader())


#: The last texts split (:func:`_split`), by identity.
_SPLITS: ByIdentity[tuple[str | None, str, int]] = ByIdentity(8)


def _split(text: str) -> tuple[str | None, str, int]:
    """The front matter's YAML text (None without front matter), the rest of the page and the
    line the rest starts on; the same objects for the same text object: the parsers of a page
    version (its edition, front matter, speakers, schedule, papers) split the same text, and
    share its body, by which its document is found once (:func:`html_document`) without
    hashing or comparing a page of some hundred kilobytes."""
    return _SPLITS.get(text, lambda: _parts(text))


def _parts(text: str) -> tuple[str | None, str, int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text, 1
    return match.group("yaml"), text[match.end() :], text[: match.end()].count("\n") + 1


def page_body(text: str) -> str:
    """The rest of a page after its front matter, as :func:`split_front_matter` finds it (the whole
    text without one), its front matter not read: the part Jekyll runs Liquid over."""
    return _split(text)[1]


def front_matter_text(text: str) -> str:
    """The YAML text of a page's front matter, as :func:`split_front_matter` finds it (empty
    without one), not read: a search of it costs what the front matter's size does, not the
    page's, and the page's readers find it split (:func:`_split`)."""
    return _split(text)[0] or ""


def unpublished(path: str | Path, text: str) -> str:
    """Why Jekyll renders no page of ``text`` (its front matter's ``published`` is false: a draft,
    which GitHub Pages never shows), naming ``path``, else empty: the one rule by which both
    importers pass such a page by (``import-site`` reports and skips it, ``import`` refuses it),
    as an organizer imports what the site publishes. A front matter that cannot be read is left
    to the page's readers, which report it."""
    if "published" not in front_matter_text(text):  # the pages' usual case (a search of the whole text, or
        return ""  # a reading of every page version's front matter, cost import-site some 15 M instructions)
    try:
        front_matter, _, _ = split_front_matter(Path(path), text)
    except WorkshopDataError:
        return ""
    if front_matter.get("published") is not False:
        return ""
    said = _PUBLISHED.search(text)
    return (
        f"{path}: its front matter's 'published' is false{f' ({said.group(1)})' if said else ''}: Jekyll "
        "renders no such page (the site does not show it)"
    )


#: The ``published`` key of a front matter, and its value as written.
_PUBLISHED = re.compile(r"^published[ \t]*:[ \t]*([^\s#]+)", re.MULTILINE)


def yaml_problem(exc: Exception, what: str, first_line: int = 1) -> str:
    """What :func:`load_yaml` found wrong in ``what`` (``"front matter"``), for a report:
    ``line 3: front matter is not valid YAML (…)``, its lines counted from ``first_line``."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + first_line}: " if mark is not None else ""
    return f"{where}{what} is not valid YAML ({getattr(exc, 'problem', None) or type(exc).__name__})"


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str, int]:
    """The front matter as a dict, the rest of the page, and the line the rest starts on."""
    yaml_text, body, offset = _split(text)
    if yaml_text is None:
        return {}, body, offset
    import yaml

    if len(yaml_text) > MAX_FRONT_MATTER:
        raise WorkshopDataError(
            f"{path}: front matter is {len(yaml_text)} characters, more than a page's can be ({MAX_FRONT_MATTER})"
        )
    try:
        data = _front_matter_yaml(yaml_text)
    except yaml.YAMLError as exc:
        raise WorkshopDataError(f"{path}: {yaml_problem(exc, 'front matter', 2)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise WorkshopDataError(f"{path}: front matter is not a mapping of keys to values")
    front = {str(k): copy.deepcopy(v) if isinstance(v, list | dict) else v for k, v in data.items()}
    return front, body, offset


@functools.lru_cache(maxsize=512)
def _front_matter_yaml(text: str) -> Any:
    """:func:`load_yaml` of a front matter, remembered: a site's history shows the same front
    matter in version after version of its pages, and each version is read by several parsers.
    (The value is shared: :func:`split_front_matter` copies what it returns.)"""
    return load_yaml(text)


#: Where Liquid starts, an output (``{{ … }}``) or a tag (``{% … %}``): Jekyll runs it over a
#: page's content (not its front matter) before the page is HTML.
LIQUID = re.compile(r"{[{%]")


def refuse_liquid(path: str | Path, body: str, offset: int) -> None:
    """A :class:`WorkshopDataError` naming the line (the page's, the body's first being ``offset``)
    where the page's ``body`` holds Liquid. Jekyll replaces it before the page is shown (a talk
    title ``{{ page.title }} …`` reads "Announcement …" on the site, a ``{% comment %}`` shows
    nothing), and no reader here renders it: read as written, the data would hold words the site
    never showed. The Jekyll export writes every ``{`` as ``&#123;``, which Liquid leaves alone;
    a papers page's loop over its data file is read (and taken out) before this is asked."""
    if "{" not in body:  # the pages' usual case, found by one character's search (memchr)
        return
    _LIQUID_FREE.get(body, functools.partial(_refuse_liquid, path, body, offset))


def holds_liquid(body: str) -> bool:
    """Whether a page's ``body`` holds Liquid (:func:`refuse_liquid` would refuse it): one search of
    a body for both, its result remembered as :func:`refuse_liquid` remembers it."""
    try:
        refuse_liquid("", body, 1)
    except WorkshopDataError:
        return True
    return False


#: The last bodies holding a ``{`` that :func:`refuse_liquid` passed (what raises is not kept):
#: one page version's body is asked by up to three readers (the home page's, its speaker blocks',
#: the schedule's), and the regular expression walks a body with a ``{`` (a page's CSS) character
#: by character: 13.6 M characters in an import of the site's history, 8.3 M of them a body it
#: had passed.
_LIQUID_FREE: Recent[str, None] = Recent(8)


def _refuse_liquid(path: str | Path, body: str, offset: int) -> None:
    """:func:`refuse_liquid` of a body holding a ``{``."""
    match = LIQUID.search(body)
    if match is not None:
        line = body[: match.start()].count("\n") + offset
        shown_as = body[match.start() : match.start() + 40].split("\n", 1)[0]
        raise WorkshopDataError(
            f"{path}: line {line}: Liquid ({shown_as!r}) is not read: Jekyll runs it, and the site "
            "shows what it makes, not these words (write a { as &#123; to show it)"
        )


def parse_html(path: Path, body: str, offset: int = 1) -> Any:
    """The HTML document of a page's body (after the front matter, its first line the page's line
    ``offset``); an error if it has no markup, holds Liquid (:func:`refuse_liquid`), or more than
    the parser reads."""
    from lxml import etree

    if "<" not in body:
        raise WorkshopDataError(f"{path}: not an HTML page (no markup after the front matter)")
    refuse_liquid(path, body, offset)
    try:
        return html_document(body)
    except CutShort as exc:
        raise WorkshopDataError(f"{path}: line {exc.line + offset - 1}: {exc}") from None
    except (etree.ParserError, ValueError) as exc:
        raise WorkshopDataError(f"{path}: not an HTML page ({exc})") from None


#: Where libxml2 stops reading (its ERR_RESOURCE_LIMIT), and lxml's HTML parser, which recovers
#: from errors, hands back the document read up to there: elements nested deeper than 256 levels,
#: a text, comment or attribute value of more than 10,000,000 characters (XML_MAX_TEXT_LENGTH).
#: A page reaching either is refused: its rows, speakers or papers after that point would be
#: lost without a word. (The site's pages nest a dozen levels; their longest text is a bio.)
MAX_HTML_DEPTH = 256
MAX_HTML_TEXT = 10_000_000


class CutShort(ValueError):
    """A document the HTML parser stopped reading at one of its limits; ``line``: where, in the
    text parsed."""

    def __init__(self, line: int, message: str) -> None:
        limit = (
            f"elements nested deeper than {MAX_HTML_DEPTH} levels"
            if "depth" in message
            else f"a text, comment or attribute longer than {MAX_HTML_TEXT:,} characters"
        )
        super().__init__(f"{limit} (the HTML parser reads no further)")
        self.line = line


#: The libxml2 whose HTML parser the importer reads pages as (lxml 6's wheels bring 2.14). An
#: older one, as an lxml built against the system's (Debian's python3-lxml, conda) may link, reads
#: some pages otherwise, and an import of them would differ without a word: 2.13 drops a vertical
#: tab where 2.14 reads it as white space ('Tricks:\vLearning', ISCA 2019's schedule).
LIBXML2_NEEDED = (2, 14)


def check_libxml2() -> None:
    """A :class:`WorkshopDataError` when lxml's libxml2 is older than :data:`LIBXML2_NEEDED`:
    an import refuses to start rather than publish what another parser read."""
    from lxml import etree

    found = etree.LIBXML_VERSION
    if found < LIBXML2_NEEDED:
        raise WorkshopDataError(
            f"lxml {etree.__version__} reads HTML with libxml2 {'.'.join(map(str, found))}; the importer needs "
            f"libxml2 {'.'.join(map(str, LIBXML2_NEEDED))} or newer, whose parser it reads pages as (lxml's own "
            "wheels bring it: pip install --force-reinstall --only-binary lxml 'lxml>=6.0.2')"
        )


def check_whole(parser: Any) -> None:
    """:class:`CutShort` when ``parser``'s last document was cut short at one of its limits."""
    from lxml import etree

    for error in parser.error_log:
        if error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            raise CutShort(error.line, error.message)


#: The last documents parsed, by the identity of their text: the parsers of a page version (its speakers, its
#: in-page schedule, its papers table) read the same body object (:func:`split_front_matter`).
#: Keyed by value, each look-up hashed a fresh page and compared it whole (36 MB in an import of
#: the workshop's site).
_DOCUMENTS: ByIdentity[Any] = ByIdentity(4)
#: The last documents parsed, by their text compared with ``==`` (never hashed): a page whose
#: front matter alone changed, or that moved to its folder, has a body equal to its last
#: version's, another object (an import of the workshop's site parsed 333 documents, 291 of them
#: distinct, five of the others NeurIPS 2020-2022's home pages of 130 to 325 KB; now 303).
_EQUAL_DOCUMENTS: Recent[str, Any] = Recent(8)


def html_document(html: str) -> Any:
    """The lxml.html document of ``html``, parsed once for the parsers that read the same text
    object, or an equal text among the last few parsed (the document is shared: it is read, never
    changed). Raises what lxml raises.

    The text is given to libxml2 as UTF-8 bytes, the parser told so: a Python string goes
    through iconv (libxml2 reads it as UCS-4), which took a third of the parse of the site's
    pages; the document is the same. :class:`CutShort` for a document the parser read only in part."""
    return _DOCUMENTS.get(html, lambda: _equal_document(html))


def _equal_document(html: str) -> Any:
    return _EQUAL_DOCUMENTS.get(html, lambda: _document(html))


#: The elements whose text a browser never shows: a script's code, a style sheet, a template
#: (markup a script may copy into the page; inert and not displayed where it is written), and what
#: is written inside an ``<iframe>``, ``<noembed>`` or ``<noframes>`` (a browser reads it as text
#: and shows none of it: the frame shows its ``src``, the other two are hidden by every browser's
#: style sheet), which libxml2 reads as markup of the page; a ``<title>`` written in the page's
#: body (every browser's style sheet hides it; an SVG's is a tooltip); a ``<noscript>``'s content
#: (what a browser that runs no script would show: a visitor's browser runs them, and reads it as
#: text it never displays).
UNSHOWN = ("script", "style", "template", "iframe", "noembed", "noframes", "title", "noscript")

#: What is written inside an ``<svg>`` or a ``<math>`` and never drawn: an SVG's description and
#: metadata (for assistive technology and programs), a MathML formula's annotations (another
#: notation of the formula shown); the same names outside them are elements a browser does not
#: know, shown as their text. And what HTML's own style sheet hides: a ``<dialog>`` not opened
#: (only a script opens one), a ``<datalist>`` (the choices a field offers as it is typed in), a
#: ``<rp>`` (the parentheses around a ruby annotation that a browser without ruby would show).
#: Each such element's name -> the element it must be inside to be undrawn ("": anywhere).
_UNDRAWN: dict[str, str] = {
    "desc": "svg",
    "metadata": "svg",
    "annotation": "math",
    "annotation-xml": "math",
    "dialog": "",
    "datalist": "",
    "rp": "",
}


#: Form controls, each drawn as a box of its own apart from the words around it (never glued to
#: them, as reading their text or nothing in its place did: "Ada Lovelace<select>…</select>Engines"
#: read "Ada LovelaceTalkPosterEngines"). A ``<button>``'s text is its label, read with a word
#: boundary on either side; a ``<select>`` shows a closed drop-down (its options are choices, not
#: the page's text), a ``<textarea>`` and an ``<input>`` (but ``type="hidden"``, drawn nowhere) an
#: editable field with a value in it: each read as a word boundary alone. An ``<option>`` or
#: ``<optgroup>`` outside a menu is a block of its text in browsers' style sheets, read as a
#: button's (:data:`_CHOICES`). A ``<label>`` is text among text (``display: inline``), read as written.
_CONTROLS: dict[str, bool] = {"button": True, "select": False, "textarea": False, "input": False}
#: A menu's choices: those left once the menus are dropped (outside any) are set apart. Looked for
#: then, in a walk of their own: the 78 options of each version of NeurIPS 2020's to 2022's
#: time-zone menu, each met by the walk of :data:`_UNDRAWN` and the controls, cost an import of the
#: site's history 59 million instructions, the walk 16 million (benchmarks/README.md).
_CHOICES = ("option", "optgroup")


def _set_apart(element: Any) -> None:
    """A word boundary on either side of ``element`` (a space, which every reader collapses)."""
    element.tail = " " + (element.tail or "")
    before = element.getprevious()
    if before is not None:
        before.tail = (before.tail or "") + " "
    else:
        parent = element.getparent()
        parent.text = (parent.text or "") + " "


def _undrawn(element: Any) -> bool:
    """Whether ``element``, named in :data:`_UNDRAWN`, is drawn nowhere where it stands."""
    inside = _UNDRAWN[element.tag]
    if inside:
        return next(element.iterancestors(inside), None) is not None
    return element.tag != "dialog" or element.get("open") is None


@functools.cache
def _marked() -> Any:
    """The elements whose own markup may hide them (:func:`hidden_by_markup`), found by one XPath
    compiled once: a union of paths from the document's root walked the tree once a path (and
    each call compiled them again), 0.88 ms of NeurIPS 2022's home page against 0.49 ms now, and
    13 µs of a papers row's fragment against 3 µs (with :data:`_UNDRAWN` found by ``iter``)."""
    from lxml import etree

    return etree.XPath("descendant-or-self::*[@hidden or @style]")


#: The start tag of an element of :data:`UNSHOWN` written as if it closed itself (``<script/>``; its
#: attributes hold no ``<``: each character of a page is looked at by one match at most).
_SELF_CLOSED = re.compile(rf"<(?:{'|'.join(UNSHOWN)})(?=[\s/>])[^<>]*/>", re.IGNORECASE)


def opened(html: str) -> str:
    """``html`` with each :data:`UNSHOWN` element written as if it closed itself (``<script/>``,
    ``<template />``) opened instead, as a browser reads it. HTML has no such form for them: a
    browser ignores the ``/`` and shows nothing up to the closing tag (to the end of the page where
    there is none), where libxml2 closed the element there and read what follows as the page's
    text; :func:`visible` drops it now."""
    return _SELF_CLOSED.sub(_opened_tag, html) if "/>" in html else html


def _opened_tag(tag: re.Match[str]) -> str:
    return tag[0][:-2].rstrip() + ">"


def _maybe_closing_itself(root: Any) -> bool:
    """Whether ``root`` holds an empty :data:`UNSHOWN` element, as libxml2 reads one written as if it
    closed itself (most pages hold none, and are not searched for one: :func:`opened`)."""
    return any(len(element) == 0 and not element.text for element in root.iter(*UNSHOWN))


def visible(root: Any) -> Any:
    """``root``, a document or fragment just parsed, without what a visitor's browser does not show
    (the text after each kept): its :data:`UNSHOWN` elements, an SVG's description and metadata
    (and the rest of :data:`_UNDRAWN`: a closed ``<dialog>``…), and every element hidden by its own
    markup (:func:`hidden_by_markup`). No reader takes their text for what the page shows: a
    speaker's bio holding ``<script>alert('x')</script>`` read "alert('x') …", a paper's title so
    written its code, a ``<style>`` in a section its rules, and a bio holding ``<p hidden>…</p>``
    or ``<noscript>…</noscript>`` text no visitor reads, which the organizers reading their page
    never saw published.

    A style sheet's rules (a ``<style>``'s, the site's CSS) are not applied: what a class hides
    depends on rules the page may not hold, and is read as shown."""
    from lxml import etree

    etree.strip_elements(root, *UNSHOWN, with_tail=False)
    hidden = []
    controls = []
    for element in root.iter(*_UNDRAWN, *_CONTROLS):
        if element.tag in _CONTROLS:
            controls.append(element)
        elif _undrawn(element):
            hidden.append(element)
    hidden += [e for e in _marked()(root) if hidden_by_markup(e)]
    for control in controls:  # before what is hidden is dropped: a hidden control draws no box
        if control.getparent() is None or hidden_by_markup(control) or control.get("type") == "hidden":
            continue
        if _CONTROLS[control.tag]:
            _set_apart(control)
        else:  # dropped, a word boundary in its place
            control.tail = " " + (control.tail or "")
            hidden.append(control)
    for element in hidden:
        if element.getparent() is not None:  # not the document's root
            element.drop_tree()
    for element in root.iter(*_CHOICES):  # outside a menu: the menus were dropped
        _set_apart(element)
    return root


def hidden_by_markup(element: Any) -> bool:
    """Whether ``element``'s own markup hides it and what it holds from every visitor: a ``hidden``
    attribute (but ``hidden="until-found"``, which a visitor's search or a link opens, as a closed
    ``<details>``; and an inline ``style`` whose ``display`` shows it anyway), or an inline style
    ``display: none``. ``aria-hidden`` hides from a screen reader only, ``visibility: hidden`` the
    element but not a descendant that sets it ``visible``: both are read as shown."""
    display = _inline_display(element.get("style") or "")
    if display:
        return display == "none"
    value = element.get("hidden")
    return value is not None and value.strip().lower() != "until-found"


#: A CSS comment, dropped from an inline style before it is read.
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_IMPORTANT = re.compile(r"!\s*important\s*\Z", re.IGNORECASE)


#: A CSS escape: a backslash and one to six hex digits (one white space after them is part of it),
#: or a backslash and the character it stands for.
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.DOTALL)


def _css_unescaped(text: str) -> str:
    """``text`` with its CSS escapes decoded, as a browser reads a declaration (``d\\69splay`` is
    ``display``); a code point of none, a surrogate or past Unicode's is U+FFFD, as CSS says."""

    def letter(match: re.Match[str]) -> str:
        if match[2] is not None:
            return match[2]
        code = int(match[1], 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _CSS_ESCAPE.sub(letter, text)


def _inline_display(style: str) -> str:
    """The ``display`` an inline style gives (lower case; empty: none), as a browser reads the
    declarations: its CSS escapes decoded, the last one wins, an ``!important`` one over any
    other."""
    if "\\" in style:
        style = _css_unescaped(style)
    if "display" not in style.lower():
        return ""
    found = {False: "", True: ""}
    for declaration in _CSS_COMMENT.sub(" ", style).split(";"):
        name, colon, value = declaration.partition(":")
        if colon and name.strip().lower() == "display":
            important = bool(_IMPORTANT.search(value))
            found[important] = _IMPORTANT.sub("", value).strip().lower()
    return found[True] or found[False]


def _document(html: str) -> Any:
    import lxml.html

    parser = html_parser("utf-8")
    # NULs dropped from the bytes (in UTF-8 a zero byte is NUL and nothing else), which memchr
    # searches, where the text's replace walked its characters one at a time (NeurIPS 2022's home
    # page of 325 KB, held as UCS-4: 0.21 ms to encode and search, 0.41 ms before)
    document = lxml.html.document_fromstring(kept_references(html.encode("utf-8").replace(b"\x00", b"")), parser)
    check_whole(parser)
    if _maybe_closing_itself(document) and _SELF_CLOSED.search(html):  # parsed again, as a browser reads it
        document = lxml.html.document_fromstring(
            kept_references(opened(html).encode("utf-8").replace(b"\x00", b"")), parser
        )
        check_whole(parser)
    return visible(document)


@functools.cache
def html_parser(encoding: str | None = None) -> Any:
    """lxml.html's parser, its elements given their classes in C: every element is an
    ``HtmlElement`` (``text_content`` and the rest), every comment an ``HtmlComment``.

    lxml.html's own parser asks a Python method for the class of each element a reader meets
    (to give form fields classes of their own, which no page reader uses): some 50,000 calls in
    an import of the site's history. ``encoding``: what bytes given to it are in (None: told by
    the document, or a Python string)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(encoding=encoding)
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


def schedule_table(path: Path, root: Any, offset: int = 1, body: str = "") -> Any:
    """The page's schedule table: ``class="schedule-table"``, else the first with a 'Time' column.

    A page holding two tables so classed is refused (the line of the second named, in a body
    whose first line is the page's line ``offset``): the site's pages hold one in every version
    of their history, and which of two is the workshop's schedule (a draft left beside it,
    another day's, another zone's) the page does not say; the second was ignored without a word.

    ``root`` is the page as a visitor sees it (:func:`visible`); ``body``, its text, says what a
    page with no schedule table shown holds instead: a schedule table its own markup hides (a
    ``hidden`` attribute, ``style="display: none"``, on it or around it) is refused as such, with
    its line and what hides it, where it was reported as "the page has no <table>"."""
    tables = root.xpath("//table")
    classed = [table for table in tables if _classed(table)]
    if len(classed) > 1:
        first, second = ((table.sourceline or 1) + offset - 1 for table in classed[:2])
        raise WorkshopDataError(
            f'{path}: line {second}: a second <table class="schedule-table"> (the first is at line {first}); '
            "a page holds one schedule, and this one does not say which is the workshop's: not read"
        )
    if classed:
        return classed[0]
    for table in tables:
        if _time_column(table):
            return table
    hidden = _hidden_table(path, body, offset, shown=bool(tables)) if body else None
    if hidden is not None:
        raise WorkshopDataError(hidden)
    if tables:
        raise WorkshopDataError(
            f"{path}: no schedule table (expected <table class=\"schedule-table\"> or a table with a 'Time' column)"
        )
    raise WorkshopDataError(f"{path}: no schedule table (the page has no <table>)")


def _classed(table: Any) -> bool:
    """Whether ``table`` is classed ``schedule-table``."""
    return "schedule-table" in (table.get("class") or "").split()


def _time_column(table: Any) -> bool:
    """Whether ``table`` has a header cell reading 'Time'."""
    return bool(_TIME_HEADER.search(" ".join(collapse(th.text_content()) for th in table.xpath(".//th"))))


def _hidden_table(path: Path, body: str, offset: int, shown: bool) -> str | None:
    """The problem of a page whose schedule table no visitor sees (:func:`schedule_table`): the
    first table of ``body`` classed ``schedule-table`` or with a 'Time' column that :func:`visible`
    drops, else (when the page shows no table at all, ``shown`` false) the first table it drops,
    named with its line and what hides it; None when it hides none. ``body`` is parsed again, as
    written: only a page refused for having no schedule table is."""
    import lxml.html

    raw = lxml.html.document_fromstring(opened(body).encode("utf-8").replace(b"\x00", b""), html_parser("utf-8"))
    found = [(table, why) for table in raw.iter("table") if (why := _hidden_by(table, offset))]
    scheduled = [(t, why) for t, why in found if _classed(t) or _time_column(t)]
    if scheduled:
        table, why = scheduled[0]
        line = (table.sourceline or 1) + offset - 1
        what = '<table class="schedule-table">' if _classed(table) else "table with a 'Time' column"
        shown_as = f"no schedule table shown: its {what} is hidden by {why}, and no visitor sees it: not read"
        return f"{path}: line {line}: {shown_as}"
    if found and not shown:
        table, why = found[0]
        line = (table.sourceline or 1) + offset - 1
        return f"{path}: no schedule table (the page shows no <table>: the one at line {line} is hidden by {why})"
    return None


def _hidden_by(table: Any, offset: int) -> str:
    """What keeps ``table`` from a visitor (:func:`visible`), said for a report: its own markup
    ("its hidden attribute") or an element around it, with its line; empty when it is shown."""
    for element in (table, *table.iterancestors()):
        tag = element.tag if isinstance(element.tag, str) else ""
        where = f"the <{tag}> at line {(element.sourceline or 1) + offset - 1} around it"
        if tag in UNSHOWN or (tag in _UNDRAWN and _undrawn(element)):
            return where + (", not opened" if tag == "dialog" else "")
        if hidden_by_markup(element):
            hides = "inline style display: none" if _inline_display(element.get("style") or "") else "hidden attribute"
            return f"its {hides}" if element is table else f"{'an' if hides[0] == 'i' else 'a'} {hides} on {where}"
    return ""


def table_rows(table: Any) -> list[Any]:
    """A table's own rows (not a nested table's) in the order a browser draws them: the first
    ``<thead>``'s on top and the first ``<tfoot>``'s at the bottom, wherever they are written
    (HTML's style sheet makes them the table's header and footer groups; a later one is a group
    of rows like a ``<tbody>``), and the others as written. A row in a ``<tfoot>`` is on the page
    a visitor sees, below the others: read only as ``./tr | ./tbody/tr``, a "Closing Remarks" row
    there was dropped without a word."""
    head = table.find("thead")
    foot = table.find("tfoot")
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    if head is None and foot is None:
        return list(rows)
    top = [tr for tr in rows if tr.getparent() is head]
    bottom = [tr for tr in rows if tr.getparent() is foot]
    return top + [tr for tr in rows if tr.getparent() is not head and tr.getparent() is not foot] + bottom


def row_cells(tr: Any) -> list[Any]:
    """A table row's cells (``td`` and ``th``), in order, without its comments and text."""
    return [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]


#: The most rows a cell spans: HTML clamps a larger ``rowspan`` to 65534 (and 0 spans the rest of
#: its row group).
MAX_ROWSPAN = 65534
#: HTML's "rules for parsing non-negative integers" (WHATWG): ASCII white space, a sign, then the
#: leading ASCII digits; what follows them is ignored ("2px" is 2).
_HTML_INTEGER = re.compile(r"[\t\n\f\r ]*([-+]?)([0-9]+)")


def _non_negative(value: str | None, most: int) -> int | None:
    """``value`` read as HTML reads a ``colspan`` or ``rowspan`` (:data:`_HTML_INTEGER`), at most
    ``most``; None where HTML finds no number (none, no digit first: "x"; a negative one)."""
    match = _HTML_INTEGER.match(value or "")
    if match is None:
        return None
    digits = match[2].lstrip("0")
    if match[1] == "-" and digits:
        return None
    # int() refuses more than 4300 digits: a number past ``most`` is ``most`` whatever its length
    return 0 if not digits else most if len(digits) > len(str(most)) else min(int(digits), most)


def _row_span(cell: Any) -> int:
    """How many rows ``cell`` is drawn over (``rowspan``), as HTML reads it (:func:`_non_negative`:
    ``rowspan="2px"`` is 2; 1 when it is no number: ``rowspan="two"``), at most
    :data:`MAX_ROWSPAN`; 0: the rest of its row group."""
    rows = _non_negative(cell.get("rowspan"), MAX_ROWSPAN)
    return 1 if rows is None else rows


#: A column a cell of a row above is drawn over in the rows below it: how many more rows, the
#: line of that cell and how many rows it spans (0: the rest of its row group).
_Spanned = dict[int, tuple[int, int, int]]


def _rows_below(cells: list[Any], over: _Spanned, offset: int) -> _Spanned:
    """The columns the cells of a row (its columns ``over`` taken by cells above; lines counted
    from ``offset``) and of the rows above are drawn over in the next row: a browser places each cell in the
    first column no cell above takes, ``colspan`` columns wide, and a ``rowspan`` other than one
    takes those columns in the rows below."""
    below = {column: (left - 1, at, rows) for column, (left, at, rows) in over.items() if left > 1}
    column = 0
    for cell in cells:
        while column in over:
            column += 1
        width, rows = _span(cell), _row_span(cell)
        if rows != 1:
            left, at = rows - 1 if rows else MAX_ROWSPAN, (cell.sourceline or 0) + offset - 1
            below.update((c, (left, at, rows)) for c in range(column, column + width))
        column += width
    return below


def _shifted(path: str | Path, table: Any, line: int, number: int, over: _Spanned) -> str:
    """The problem of schedule row ``number`` (at ``line``) whose columns ``over`` a cell of a row
    above is drawn over (``rowspan``): a browser draws its cells after that one, where a reader
    that takes a row's first cells as its time and its last as its section would read them as if
    the span were not there (a time read as a heading, one section given to two times)."""
    column = min(over)
    _, at, rows = over[column]
    names = _column_names(table)
    where = f"{names[column]!r} column" if column in names else f"column {column + 1}"
    spans = f"{rows} rows" if rows else "the rest of its rows"
    return (
        f"{path}: line {line}: schedule row {number}: its {where} is the cell of line {at}, which spans {spans}"
        " (rowspan): a browser draws this row's cells after it, not where a row's time and section are read;"
        " not read (one cell a row)"
    )


def _column_names(table: Any) -> dict[int, str]:
    """The header row's text of each column it heads (a ``colspan`` heading several); empty
    without a header row."""
    for tr in table_rows(table):
        cells = row_cells(tr)
        if cells and all(c.tag.lower() == "th" for c in cells):
            names: dict[int, str] = {}
            for cell in cells:
                name = collapse(text_content(cell))
                names.update((column, name) for column in range(len(names), len(names) + _span(cell)))
            return {column: name for column, name in names.items() if name}
    return {}


#: The most columns a cell spans: HTML clamps a larger ``colspan`` to 1000.
MAX_COLSPAN = 1000


def _span(cell: Any) -> int:
    """How many columns a cell spans (``colspan``), as HTML reads it (:func:`_non_negative`:
    ``colspan="2px"`` and ``" 3"`` are 2 and 3; 1 when it is no number, "x", or 0), at most
    :data:`MAX_COLSPAN`."""
    return _non_negative(cell.get("colspan"), MAX_COLSPAN) or 1


def _header(table: Any) -> tuple[int, int] | None:
    """(columns, time columns) of a schedule table's header row (the first row of ``th``): its
    columns counted with their ``colspan``, and the span of its 'Time' header; None when the
    table has no header row."""
    for tr in table_rows(table):
        cells = row_cells(tr)
        if cells and all(c.tag.lower() == "th" for c in cells):
            timed = next((c for c in cells if _TIME_HEADER.search(collapse(c.text_content()))), cells[0])
            return sum(_span(c) for c in cells), _span(timed)
    return None


def _joined_time(cells: list[Any]) -> str:
    """The text of a time printed over several cells: NeurIPS 2018's header 'Time' spanned two
    columns on 2018-11-28 ('9:00 -' | '9:10 AM', then '9:00' | '9:10 AM'), a start and an end."""
    texts = [collapse(c.text_content()) for c in cells]
    out = texts[0]
    for text in texts[1:]:
        out = f"{out} {text}" if out.endswith(("-", "–")) or not text else f"{out}-{text}"
    return out


@dataclass(frozen=True)
class TableRow:
    """A row of a schedule table that has a time and a section (two cells or more)."""

    #: Its number among the table's rows, heading rows counted, from 1 (the header and empty
    #: rows are not counted).
    number: int
    line: int
    cells: list[Any]
    #: The heading row over it, as printed (:attr:`Row.part`); empty: none.
    part: str
    #: Its ``<tr>``'s ``data-kind``, as written (:attr:`Row.kind`); empty: none.
    kind: str = ""
    #: Its ``<tr>``'s ``data-delivery``, spaces collapsed (:attr:`Row.delivery`); empty: none.
    delivery: str = ""
    #: Its ``<tr>``'s ``data-slot-delivery``, spaces collapsed (:attr:`Row.slot_delivery`); empty: none.
    slot_delivery: str = ""


def program_rows(path: str | Path, table: Any, offset: int) -> Iterator[TableRow]:
    """The rows of a schedule table that have a time and a section, each with the heading row
    over it: the rule both schedule readers take (a schedule page's and the one inside a home
    page, :mod:`workshop_data.siteimport.inpage_schedule`).

    The header and empty rows are skipped; a table with no other row is refused (:class:`WorkshopDataError`:
    "the schedule table has no rows"). A one-cell row is a heading over the rows below it (a
    part of the program: NeurIPS 2020's "Run 1", "Run 2 (repeated)"), and must be over some: a
    heading followed by another heading or by the table's end is a page that cannot be read fully
    (a part announced and not given), refused with :class:`WorkshopDataError` naming the file,
    the line and the row; the caller reports it and the history goes on without that version.
    So is a heading of the same text as one above it: a part is its heading as printed
    (``slots.part``), and two parts of one name cannot be told apart (their rows would be read as
    one part, the second's order of times after the first's). So is a row that a cell of a row
    above is drawn over (a ``rowspan``, :func:`_rows_below`): a browser draws its cells after that
    one, and read as if the span were not there its time was a heading (a row of one cell) or its
    section another's; a cell is one row's, and which rows share it a slot cannot say.
    """
    number, part, heading = 0, "", None
    headings: dict[str, tuple[int, int]] = {}  # each heading's text -> its row and line
    group, below = None, _Spanned()
    for tr in table_rows(table):
        cells = row_cells(tr)
        line = (tr.sourceline or 0) + offset - 1
        if tr.getparent() is not group:  # a rowspan ends with its row group (a <thead>, a <tbody>)
            group, below = tr.getparent(), _Spanned()
        drawn_over = below
        if below or any(c.get("rowspan") is not None for c in cells):
            below = _rows_below(cells, below, offset)
        if not any(collapse(text_content(c)) for c in cells) or all(c.tag.lower() == "th" for c in cells):
            continue  # the header, or an empty row: no content to keep
        number += 1
        if drawn_over:
            raise WorkshopDataError(_shifted(path, table, line, number, drawn_over))
        if len(cells) < 2:
            if heading is not None:
                break
            part, heading = collapse(text_content(cells[0])), (number, line)
            first = headings.setdefault(part, heading)
            if first != heading:
                raise WorkshopDataError(
                    f"{path}: line {line}: schedule row {number} is a heading row ({part!r}) printed over row "
                    f"{first[0]} (line {first[1]}) too: two parts of the program of one name cannot be told apart"
                )
            continue
        heading = None
        yield TableRow(
            number,
            line,
            cells,
            part,
            (tr.get("data-kind") or "").strip(),
            delivery_of(tr),
            delivery_of(tr, SLOT_DELIVERY_ATTRIBUTE),
        )
    if heading is not None:
        at, line = heading
        raise WorkshopDataError(
            f"{path}: line {line}: schedule row {at} has 1 cell ({part!r}): a heading row over no rows of "
            "the program (expected a time and a section)"
        )
    if not number:
        raise WorkshopDataError(f"{path}: the schedule table has no rows")


def _rows(path: Path, table: Any, offset: int) -> tuple[Row, ...]:
    """The table's rows (:func:`program_rows`): each a time (the cells its header's 'Time'
    spans) and a section (the last cell). A row with more cells than the header has columns is
    refused: a half-edited table whose section is not its last cell (ISCA 2019's upstream
    8095049, 2019-06-23 05:20 UTC, put a talk's slides in a third cell, and its title and speaker
    were read as gone; NeurIPS 2020's first timezone table, upstream f39595f on 2020-12-03, put
    its fifteen rows in one, read as a single 'Closing' at 09:00). Rows are numbered without the
    heading rows over them."""
    rows: list[Row] = []
    header = _header(table)
    columns, timed = header or (0, 1)
    for row in program_rows(path, table, offset):
        cells, number = row.cells, len(rows) + 1
        spanned = sum(_span(c) for c in cells)
        if header and spanned > columns:
            spans = "" if spanned == len(cells) else f" spanning {spanned} columns (colspan)"
            raise WorkshopDataError(
                f"{path}: line {row.line}: schedule row {number} has {len(cells)} cells{spans}, more than the "
                f"table's {columns} columns: a half-edited row (its section is not its last cell)"
            )
        time = cells[0].text_content() if timed == 1 else _joined_time(cells[: min(timed, len(cells) - 1)])
        rows.append(
            Row(
                number=number,
                line=row.line,
                time=time,
                section=cells[-1],
                part=row.part,
                kind=row.kind,
                delivery=row.delivery,
                slot_delivery=row.slot_delivery,
            )
        )
    return tuple(rows)


#: The last documents' contact addresses, by the identity of the document (kept with it): the
#: readers of a home page version and of the schedule inside it read the same document
#: (:func:`html_document`, which shares it as read, never changed), and the search of every link
#: of a page of some hundred kilobytes is most of the cost. Errors, which name each page, are not
#: remembered.
_CONTACTS: ByIdentity[str] = ByIdentity(4)


def contact_email(root: Any, path: str | Path = "<page>", offset: int | None = None) -> str:
    """The address of the page's first ``mailto:`` link, else ``""``. An address with a space,
    a line break or a control character in it is not one address (``x@y\nBcc: z``: a mail
    header): :class:`WorkshopDataError` names the page and, given ``offset`` (the line of the
    HTML's first in the page), the line."""
    return _CONTACTS.get(root, lambda: _contact_email(root, path, offset))


def _contact_email(root: Any, path: str | Path, offset: int | None) -> str:
    # the attributes' values, as plain strings: no element of the page is made a Python object
    for raw in root.xpath("//a/@href", smart_strings=False):
        href = raw.strip()
        if href.lower().startswith("mailto:"):
            address = str(href[len("mailto:") :].split("?")[0].strip())
            if any(c.isspace() or not c.isprintable() for c in address):
                where = ""
                if offset is not None:  # libxml2 gives the line where the start tag ends
                    line = (root.xpath("//a[@href=$raw]", raw=raw)[0].sourceline or 1) - raw.count("\n")
                    where = f" line {line + offset - 1}:"
                raise WorkshopDataError(
                    f"{path}:{where} the contact link's address {shown(address)} is not one e-mail address"
                )
            return address
    return ""


#: XML's white space, which ``normalize-space`` collapses: a class attribute's words are split there.
_XML_SPACE = re.compile(r"[ \t\n\r]+")


@functools.cache
def _attribute_values(tag: str, attribute: str) -> Any:
    """The compiled XPath ``//tag/@attribute``."""
    from lxml import etree

    return etree.XPath(f"//{tag}/@{attribute}")


def attribute_values(root: Any, attribute: str, tag: str = "*") -> list[Any]:
    """The ``attribute`` values of the ``tag`` elements (any, by default) of ``root``'s document,
    in document order, each knowing its element (``getparent()``, lxml's "smart" strings).

    One XPath with no predicate, which libxml2 answers at once; a predicate on each element
    (``[contains(concat(' ', normalize-space(@class), ' '), ' word ')]``, ``[starts-with(@id,
    'x')]``) builds strings and values at every node it tries: on NeurIPS 2022's home page of
    325 KB, 0.5 ms a search of the speaker blocks where this takes 0.2 ms, and the readers of a
    home page searched it three times a version."""
    return list(_attribute_values(tag, attribute)(root))


def class_values(root: Any, tag: str = "*") -> list[Any]:
    """The ``class`` attributes of the ``tag`` elements (any, by default) of ``root``'s document,
    in document order, each knowing its element (:func:`attribute_values`)."""
    return attribute_values(root, "class", tag)


def with_class(root: Any, word: str, tag: str = "*") -> list[Any]:
    """The ``tag`` elements (any, by default) of ``root``'s document whose ``class`` has the word
    ``word``, in document order: what ``//tag[contains(concat(' ', normalize-space(@class), ' '),
    ' word ')]`` finds (the words split at XML's white space, as ``normalize-space`` does)."""
    return [value.getparent() for value in class_values(root, tag) if has_class(value, word)]


def text_content(element: Any) -> str:
    """``element``'s text as lxml.html's ``text_content()`` gives it (XPath's ``string()``: the
    content of the text nodes inside it; comments, processing instructions and the element's tail
    left out), a plain string serialized by libxml2 from the same ``xmlNodeGetContent``, where
    ``text_content()`` evaluates an XPath at each call: half the cost, over the thousands of
    headings, cells, list items and papers an import of the site's history reads. A character
    reference HTML reads as U+FFFD is the character it names (:func:`.inline.restored`)."""
    text = _text_serializer()(element)
    return text if KEPT_OPEN not in text else restored(text)


@functools.cache
def _text_serializer() -> Callable[[Any], str]:
    from lxml import etree

    serialize: Callable[[Any], str] = functools.partial(
        etree.tostring, method="text", encoding="unicode", with_tail=False
    )
    return serialize


#: Where a link's words begin and end, put into a text to find them again once it is collapsed:
#: characters of Unicode's private use area, which no page of the site prints (a page that does
#: keeps its text whole, its links not read: :func:`linked_text`).
_OPEN, _CLOSE = "\ue000", "\ue001"

#: A text's links as :func:`linked_text` finds them: (where its words begin in the text, the
#: words, the absolute URL), in order.
Links = tuple[tuple[int, str, str], ...]


def linked_text(element: Any, skip: frozenset[Any] | set[Any] = frozenset()) -> tuple[str, Links]:
    """``element``'s text as a page shows it (:func:`text_content`, collapsed) and the words of
    it that its ``<a>`` elements link (:func:`~workshop_data.links.web_url`: a web link, not an
    anchor on the page, an address or a script), each with where they begin in that text: NeurIPS
    2018's Song Han's abstract "… AMC, HAQ, ProxylessNAS, TSM …", each a link. A link with no
    words (an image's) is none of the text's. The elements of ``skip`` are left out (their tails
    kept): a paper's summary and "(paper)" link are no part of its abstract."""
    if not skip and next(element.iterdescendants("a"), None) is None:
        return collapse(text_content(element)), ()
    urls: list[str] = []
    pieces: list[str] = []
    _link_marked(element, urls, pieces, skip)
    marked = "".join(pieces)
    if not urls and _OPEN not in marked and _CLOSE not in marked:
        # no web link (the site's history: every text read with ``skip``, a <details> paper's
        # abstract or a card's): the words alone, as the walk below makes them with no mark
        return collapse(marked), ()
    if marked.count(_OPEN) != len(urls) or marked.count(_CLOSE) != len(urls):  # the page prints a mark
        plain: list[str] = []  # its text whole, each character kept; its links not told apart
        _link_marked(element, [], plain, skip, mark=False)
        return collapse("".join(plain)), ()
    words: list[str] = []
    length = 0  # of the text so far
    starts: list[int] = []
    ends: list[int] = []
    waiting = 0  # links whose words begin at the next word (their mark ended a word)
    for word in marked.split():
        clean = word.replace(_OPEN, "").replace(_CLOSE, "")
        at = length + (1 if words else 0)  # where the word begins in the text
        if clean:
            starts.extend([at] * waiting)
            waiting = 0
        offset = 0
        for char in word:
            if char == _OPEN:
                if offset < len(clean):
                    starts.append(at + offset)
                else:
                    waiting += 1
            elif char == _CLOSE:
                ends.append(at + offset if offset else length)
            else:
                offset += 1
        if clean:
            words.append(clean)
            length = at + len(clean)
    starts.extend([length] * waiting)
    joined = " ".join(words)
    found = tuple(
        (start, joined[start:end], url) for start, end, url in zip(starts, ends, urls, strict=True) if end > start
    )
    return joined, found


def joined_texts(texts: Sequence[tuple[str, Links]], separator: str = "\n\n") -> tuple[str, Links]:
    """Texts of :func:`linked_text` one text, ``separator`` between them (an abstract's paragraphs),
    their links' places moved with them; an empty text is none (no separator doubled)."""
    out: list[tuple[int, str, str]] = []
    at = 0
    texts = [(text, links) for text, links in texts if text]
    for text, links in texts:
        out.extend((at + start, words, url) for start, words, url in links)
        at += len(text) + len(separator)
    return separator.join(text for text, _ in texts), tuple(out)


def _link_marked(
    element: Any, urls: list[str], pieces: list[str], skip: frozenset[Any] | set[Any], mark: bool = True
) -> None:
    """``element``'s text nodes into ``pieces``, each web link's words between :data:`_OPEN` and
    :data:`_CLOSE` and its URL into ``urls`` (comments and processing instructions left out, as
    :func:`text_content` leaves them); ``mark=False``: the text nodes alone."""
    if isinstance(element.tag, str):
        pieces.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str) and child not in skip:
            url = web_url(child.get("href") or "") if mark and child.tag == "a" else None
            if url is not None:
                pieces.append(_OPEN)
                urls.append(url)
            _link_marked(child, urls, pieces, skip, mark)
            if url is not None:
                pieces.append(_CLOSE)
        pieces.append(child.tail or "")


def has_class(value: str | None, word: str) -> bool:
    """Whether a ``class`` attribute's ``value`` (None: none) has the word ``word``, as
    :func:`with_class` splits it."""
    return value is not None and word in value and word in _XML_SPACE.split(value)


def _outside(root: Any, table: Any) -> list[Any]:
    """The headings (``h3``–``h5``) outside the schedule table."""
    return [h for h in root.iter("h3", "h4", "h5") if table not in h.iterancestors()]


def headings_outside(root: Any, table: Any) -> frozenset[str]:
    """Texts of headings after the table, and the name part of ``Name - Affiliation`` and
    ``Name (Affiliation)`` ones (ISCA 2019's speakers section printed both in turn)."""
    out: set[str] = set()
    for h in _outside(root, table):
        text = collapse(h.text_content()).lower()
        out.add(text)
        out.add(re.split(r"\s+[-–—]\s+", text, maxsplit=1)[0])
        out.add(without_note(text))
    out.discard("")
    return frozenset(out)


def heading_links(root: Any, table: Any) -> tuple[HeadingLink, ...]:
    """The materials linked in the headings after the table: a link word (``(slides)``), or
    the heading's whole text linked (kind by where it points)."""
    out: list[HeadingLink] = []
    for h in _outside(root, table):
        links = [(a, link_kind(a.text_content())) for a in h.iter("a") if (a.get("href") or "").strip()]
        if not links:
            continue
        words = {a for a, kind in links if kind is not None}
        title = collapse(_text_without(h, words))
        for a, kind in links:
            href = a.get("href").strip()
            if kind is None and (href.startswith("#") or collapse(a.text_content()) != title):
                continue  # a link inside the heading's text, not the heading's own
            out.append(HeadingLink(h.get("id") or "", title, kind or kind_of_url(href), href))
    return tuple(out)


def _text_without(el: Any, skipped: set[Any]) -> str:
    """The element's text, the text of the ``skipped`` elements left out."""
    parts = [el.text or ""]
    for child in el:
        if child not in skipped and isinstance(child.tag, str):
            parts.append(_text_without(child, skipped))
        parts.append(child.tail or "")
    return "".join(parts)


def read_text(path: str | Path, what: str = "a schedule page", *, bom: bool = False) -> str:
    """The text of the page file ``path`` (UTF-8, at most :data:`MAX_BYTES`: :func:`decode_page`);
    a one-line :class:`WorkshopDataError` naming the file when it cannot be read or is larger than
    ``what`` can be (a schedule page, and the home and papers pages ``import`` reads beside it).
    A byte-order mark the file starts with is no text of a page; with ``bom`` it is the text's
    first character, as Jekyll reads a data file (the papers' CSV: its first column's name)."""
    path = Path(path)
    try:
        with path.open("rb") as file:  # at most one byte over the cap: /dev/zero or a pipe has no size
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise WorkshopDataError(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise WorkshopDataError(f"{path}: more than {MAX_BYTES} bytes, larger than {what} can be")
    marked = "\ufeff" if bom and data.startswith(codecs.BOM_UTF8) else ""
    return marked + decode_page(path, data)


def read_page(path: str | Path) -> Page:
    """Read and check a schedule page; :class:`WorkshopDataError` names what is wrong."""
    return parse_page(read_text(path), path)


def parse_page(text: str, path: str | Path = "<page>") -> Page:
    """Read and check the text of a schedule page; ``path`` names it in errors."""
    path = Path(path)
    if blank(text):
        raise WorkshopDataError(f"{path}: the page is empty")
    front_matter, body, offset = split_front_matter(path, text)
    root = parse_html(path, body, offset)
    table = schedule_table(path, root, offset, body)
    return Page(
        path=str(path),
        front_matter=front_matter,
        rows=_rows(path, table, offset),
        contact_email=contact_email(root, path, offset),
        headings=headings_outside(root, table),
        heading_links=heading_links(root, table),
        persons=persons(table),
    )


#: The class of an element holding a person's name (the Jekyll export's ``<span class="person">``).
PERSON_CLASS = "person"


def persons(table: Any) -> frozenset[str]:
    """The names the table marks as people (:attr:`Page.persons`), as printed (the import tells
    them apart by its own alias table: :func:`.release.build_release`)."""
    # the class attributes of the table and the elements in it, from one XPath (libxml2), where a
    # walk over every element asked each for its class in Python (schedule tables of hundreds)
    marked = (value.getparent() for value in _classes_within()(table) if has_class(value, PERSON_CLASS))
    return frozenset(text for text in (text_content(el) for el in marked) if text.strip())


@functools.cache
def _classes_within() -> Any:
    """The compiled XPath of the ``class`` attributes of an element and of those inside it."""
    from lxml import etree

    return etree.XPath("descendant-or-self::*/@class")

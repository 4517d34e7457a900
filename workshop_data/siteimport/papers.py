"""Accepted papers as the site printed them: one version of a papers page into ``PaperEntry`` rows.

The workshop site listed its accepted papers in three ways over the years, and every version in
its history must read the same way:

- ``accepted_papers.md`` as HTML paragraphs, one per paper: the title in bold (inside the PDF link
  or not), then ``. Author, Author, and Author.``; an equal contribution is a ``*`` span after a
  name; an award is bold text after a ``<br>`` (2018-2022).
- ``accepted_papers.md`` as a Liquid loop over ``_data/<edition>/papers.csv`` (2023, 2024): the
  loop body is rendered once per CSV row, as Jekyll does, and read like a static paragraph, so a
  field the template does not print (the abstract before 2023-12-11) stays empty and the PDF link
  is whatever the template builds (2024's uses the ``tag`` column, 2023's the ``id``).
- NeurIPS 2022's ``index.md``, whose "Accepted Papers" section is a table copied from the NeurIPS
  site (title, ``(Poster)``, authors separated by ``·``, abstract, OpenReview link).

Besides its PDF, a paper's links are kept as printed (``PaperEntry.links``, the release's
``paper_materials``): a link in parentheses among the authors, NeurIPS 2018's "(slides)"; the
buttons of NeurIPS 2022's table rows and of the untimed rows (posters) of its detailed schedule
with the same title, its OpenReview page and its poster image (a path of the NeurIPS site, made
absolute against this one's as every site path is: a broken link there, recorded as linked).

What a page does not say stays empty: ``equal_contribution`` is None on a page without the
equal-contribution convention, ``presentation`` is set only where the page prints it. Links are
made absolute against https://mlforsystems.org (the pages link their PDFs site-relative); links to
other sites are kept. A page that cannot be read fully (a merge-conflict marker, a paragraph
without a bold title, Liquid this module does not render) raises :class:`WorkshopDataError`
naming the file and the line, or the CSV file and its row. Every function here is a pure
function of the texts it is given, linear in their size.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import WorkshopDataError
from ..ids import title_key
from ..importer.inline import LineStart, collapse
from ..importer.page import (
    LIQUID,
    CutShort,
    Links,
    attribute_values,
    check_whole,
    class_values,
    has_class,
    html_parser,
    joined_texts,
    linked_text,
    load_yaml,
    opened,
    parse_html,
    split_front_matter,
    text_content,
    visible,
    with_class,
    yaml_problem,
)
from ..importer.people import without_note
from ..importer.release import MAX_RECORDS
from ..importer.workshop import printed_scalar
from ..links import kind_of_url, link_kind, web_url
from ..memo import Memo, Recent
from .editions import AT_SITE, DATA_EXTENSIONS, URL_FILTERS, Served
from .git import CONFLICT_MARKER
from .inpage_schedule import material_links, tooltip_delivery
from .paperlist import merged_links
from .records import AuthorEntry, PaperEntry

_LOOP = re.compile(
    r"{%-?\s*for\s+(?P<var>\w+)\s+in\s+site\.data\.(?P<data>[\w.-]+?)\s*-?%}(?P<body>.*?){%-?\s*endfor\s*-?%}",
    re.DOTALL,
)
#: A Liquid output in the loop (the white space its ``{{-`` or ``-}}`` takes away is gone from a
#: page the site serves: :func:`.pages.served`).
_OUTPUT = re.compile(r"{{-?\s*(?P<expr>.*?)\s*-?}}", re.DOTALL)
#: The outputs the loop prints: a field of the row (``paper.title``), maybe through a URL filter
#: Jekyll fills from ``_config.yml`` (``paper.pdf | relative_url``: :data:`.editions.URL_FILTERS`).
_FIELD = re.compile(rf"(?P<var>\w+)\.(?P<key>\w+)(?:\s*\|\s*(?P<filter>{'|'.join(URL_FILTERS)}))?")
_CONFLICT = LineStart(CONFLICT_MARKER, re.MULTILINE)
#: Between two names: a comma or semicolon (an Oxford comma's "and" with it), or a bare "and".
_NAME_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_PDF_LINK_TEXT = re.compile(r"^\(?\s*(?:paper|pdf)\s*\)?$", re.IGNORECASE)
#: Titles of entries that stand for no paper: not yet known, or withdrawn since ("[Retracted]").
_PLACEHOLDER = re.compile(r"^\[?\s*(?:tbd|tba|retracted|withdrawn)\s*\]?$", re.IGNORECASE)
#: Stands for an equal-contribution mark while an author list is still one string.
_MARK = "\x00"
#: Papers read in this process, by their element's HTML (or a looped row's rendering) and
#: whether the page marks equal contributions: the history shows the same papers page after
#: page; each is read once.
_READ: Memo[tuple[str | bytes, bool], PaperEntry | None] = Memo(8192)
#: The papers of looped rows read in this process, by the row's rendering, whether the page marks
#: equal contributions and where the page is served, as far as the row's links read by it
#: (:func:`_looped_key`): the history shows the same rows in version after version, and at the
#: root and in the edition's folder.
_LOOPED: Memo[tuple[str, bool, bool, str], PaperEntry | None] = Memo(8192)
#: Where a row may link a path a browser reads against the page's own address: an ``href`` or
#: ``src`` whose value (quoted or not) starts with no ``/``, ``#`` or scheme. Found where it is
#: not (in a text, in a comment) too: that costs a row's reading again, never a wrong link.
_ROW_RELATIVE = re.compile(r"""\b(?:href|src)\s*=\s*(?!["']?(?:/|#|[A-Za-z][\w+.-]*:))""", re.IGNORECASE)
_MARK_THEN_NAME = re.compile(_MARK + r"(?=\s+\w)")


def _link(href: str | None) -> str:
    """A paper's link, absolute (:func:`~workshop_data.links.web_url`); an empty link, a fragment
    (``#``) or one that is no web link (``javascript:``…) is none."""
    return web_url(href or "") or ""


def papers_data_path(text: str) -> str | None:
    """The data file a Liquid papers page loops over (``_data/neurips2023/papers.csv``), else None.

    The caller reads this file at the same commit and passes its text to :func:`parse_papers`.
    """
    match = _LOOP.search(text)
    return _data_path(match) if match else None


def _data_path(match: re.Match[str]) -> str:
    return "_data/" + match.group("data").replace(".", "/") + ".csv"


def data_files(source: str) -> tuple[str, ...]:
    """The data files the loop naming ``source`` (:func:`papers_data_path`) may read, the one
    Jekyll reads where several are there first (:data:`.editions.DATA_EXTENSIONS`)."""
    stem = source.removesuffix(".csv")
    return tuple(f"{stem}.{extension}" for extension in DATA_EXTENSIONS)


def parse_papers(
    text: str, path: str, csv_text: str | None = None, data_path: str | None = None, served: Served = AT_SITE
) -> tuple[PaperEntry, ...]:
    """The papers of one version of an ``accepted_papers.md`` page, in the order it lists them.

    ``csv_text`` is the text of the data file the page's Liquid loop reads at the same commit
    (None when there is none: :func:`data_files`), ``data_path`` its path (by default
    :func:`papers_data_path`, the CSV; a ``.tsv`` is read as one, its columns apart by tabs; a
    ``.json``, ``.yml`` or ``.yaml`` file as Jekyll reads it, :func:`_structured_rows`). A
    placeholder (an entry titled "TBD" or "[Retracted]", with no authors) is not a paper. A row's
    links are read where the page is ``served`` (its site's URL filters,
    :meth:`.editions.Served.link`; by default at the root of :data:`~workshop_data.links.SITE`).
    Raises :class:`WorkshopDataError` naming ``path`` and the line (or the data file and its row)
    for what cannot be read.
    """
    _refuse_conflicts(text, path)
    front_matter, body, offset = split_front_matter(Path(path), text)
    del front_matter  # which edition the page belongs to is the caller's question
    return _PAPERS.get(
        (body, csv_text, data_path, served), functools.partial(_papers, body, path, offset, csv_text, data_path, served)
    )


#: The last pages' bodies (and the CSV each loops over) read by :func:`parse_papers`, and their
#: papers: they depend on these alone (the path and lines go only into errors, not remembered;
#: a paper's line is only compared with the loop's, both counted from the same first line), which
#: the history shows again at a page whose front matter alone changed or that moved to its folder.
_PAPERS: Recent[tuple[str, str | None, str | None, Served], tuple[PaperEntry, ...]] = Recent(8)


def _papers(
    body: str, path: str, offset: int, csv_text: str | None, data_path: str | None, served: Served
) -> tuple[PaperEntry, ...]:
    """:func:`parse_papers` of a page's body (after the front matter, its first line the page's line
    ``offset``)."""
    loop = _LOOP.search(body)
    if loop is not None:
        # The loop's lines become blank lines, so the static page keeps its line numbers.
        body = body[: loop.start()] + "\n" * loop.group(0).count("\n") + body[loop.end() :]
    root = parse_html(Path(path), body, offset)  # Liquid other than the loop refused there
    container = _papers_container(root, path)
    convention = _marks_equal_contribution(root) or (loop is not None and "equal_contribution" in loop.group(0))
    static = _static_papers(container, path, offset, convention)
    if loop is None:
        return tuple(paper for _, paper in static)
    loop_line = body[: loop.start()].count("\n") + offset
    looped = _loop_papers(loop, csv_text, path, loop_line, convention, data_path, served)
    before = [paper for line, paper in static if line < loop_line]
    after = [paper for line, paper in static if line >= loop_line]
    return (*before, *looped, *after)


@dataclasses.dataclass
class _Listed:
    """A page's papers as they are read (each with its line, or alone) and their authors counted.
    More than :data:`~workshop_data.importer.release.MAX_RECORDS` (the most records a schedule page
    may hold) papers, or authors in all, is refused at the paper past it: no accepted papers page
    lists so many (the history's most: 187 authors). A papers CSV of 500,000 short rows (16 MB,
    under a page's 20 MB) was read for three minutes in 2.4 GB and published, one row of 300,000
    authors (4 MB) for a minute in 1 GB."""

    items: list[Any] = dataclasses.field(default_factory=list)
    authors: int = 0

    def add(self, item: Any, paper: PaperEntry, where: str) -> None:
        """``item`` (``paper``, or ``paper`` with its line), read at ``where``, listed."""
        self.authors += len(paper.authors)
        if len(self.items) >= MAX_RECORDS or self.authors > MAX_RECORDS:
            raise WorkshopDataError(
                f"{where}: more than {MAX_RECORDS} papers or authors on the page; this is not an accepted papers page"
            )
        self.items.append(item)


def _static_papers(container: Any, path: str, offset: int, convention: bool) -> list[tuple[int, PaperEntry]]:
    """The papers written in the page itself, each with the line it starts on."""
    papers = _Listed()
    from lxml import etree

    for unit in _units(container):
        line = (unit.sourceline or 1) + offset - 1
        key = (etree.tostring(unit, with_tail=False), convention)
        where = f"{path}: line {line}"
        paper = _READ.get(key, functools.partial(_paper, unit, where, convention))
        if paper is not None:
            papers.add((line, paper), paper, where)
    return papers.items


def _refuse_conflicts(text: str, path: str) -> None:
    match = _CONFLICT.search(text)
    if match:
        line = text[: match.start()].count("\n") + 1
        raise WorkshopDataError(
            f"{path}: line {line}: an unresolved merge conflict ({match.group(0).strip()!r}); "
            "the page shows both sides of it"
        )


def _has_class(element: Any, name: str) -> bool:
    return name in (element.get("class") or "").split()


def _papers_container(root: Any, path: str) -> Any:
    """The element holding the paper paragraphs: ``.accepted_papers_section``."""
    for value in class_values(root):  # the elements with a class, in document order
        if "accepted_papers_section" in value.split():  # as _has_class splits it
            return value.getparent()
    raise WorkshopDataError(f"{path}: no accepted papers section (an element of class 'accepted_papers_section')")


def _marks_equal_contribution(root: Any) -> bool:
    """Whether the page uses the equal-contribution convention (a ``*`` mark or its footnote)."""
    if with_class(root, "equal_contribution"):
        return True
    footnotes = (value.getparent() for value in class_values(root) if value == "footnote")  # //*[@class='footnote']
    return any("equal contribution" in collapse(text_content(f)).lower() for f in footnotes)


def _units(container: Any) -> Iterator[Any]:
    """Each paper's element, in order: a ``<details>`` (summary + abstract) or a ``<p>``."""
    inside: set[Any] = set()  # the elements inside a paper's, which come after it in document order
    for element in container.iter("p", "details"):
        if element in inside:
            continue
        if element.tag == "p" and next(element.iter("details"), None) is not None:
            continue  # a paragraph around a <details>: the details is the paper
        if not collapse(text_content(element)):
            continue
        inside.update(element.iter("p", "details"))
        yield element


def _paper(unit: Any, where: str, convention: bool) -> PaperEntry | None:
    """One paper from its element; None for a placeholder ("TBD", "[Retracted]")."""
    head = unit.find("summary") if unit.tag == "details" else unit
    if head is None:
        raise WorkshopDataError(f"{where}: a <details> without a <summary> holding the title")
    title_element = next(head.iter("b", "strong"), None)
    if title_element is None:
        raise WorkshopDataError(f"{where}: a paragraph without a bold title: {collapse(text_content(unit))[:60]!r}")
    title = collapse(text_content(title_element))
    link = _enclosing_link(title_element, head)
    authors_text, award, links = _after_title(link if link is not None else title_element, head, where)
    authors = _authors(authors_text, convention)
    if _PLACEHOLDER.match(title) and not authors:
        return None
    if not title:
        raise WorkshopDataError(f"{where}: the paper's title is empty")
    if not authors:
        raise WorkshopDataError(f"{where}: the paper {title!r} has no authors")
    href = link.get("href") if link is not None else None
    abstract: tuple[str, Links] = ("", ())
    if unit.tag == "details":
        abstract, paper_link = _abstract(unit, head)
        href = href or paper_link
    return PaperEntry(
        title=title,
        authors=authors,
        abstract=abstract[0],
        abstract_links=abstract[1],
        pdf_url=_link(href),
        award=award,
        links=links,
    )


def _enclosing_link(element: Any, head: Any) -> Any:
    for ancestor in element.iterancestors():
        if ancestor is head:
            return None
        if ancestor.tag == "a":
            return ancestor
    return None


def _after_title(start: Any, head: Any, where: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """The author list's text (marks as ``_MARK``), the award printed after a ``<br>``, and the
    links printed among the authors in parentheses (:func:`_aside`), as (kind, absolute URL)."""
    authors: list[str] = []
    award: list[str] = []
    links: dict[str, str] = {}
    after_break = False
    node = start
    while node is not head and node is not None:
        for piece in _following(node):
            if isinstance(piece, str):
                if after_break and collapse(piece).strip(".,;"):
                    raise WorkshopDataError(
                        f"{where}: text after the authors that is not an award: {collapse(piece)!r}"
                    )
                if not after_break:
                    authors.append(piece)
            elif piece.tag == "br":
                after_break = True
            elif piece.tag in ("b", "strong"):
                award.append(collapse(text_content(piece)))
            elif after_break:
                raise WorkshopDataError(
                    f"{where}: text after the authors that is not an award: {collapse(text_content(piece))!r}"
                )
            elif _aside(piece):
                text, url = collapse(text_content(piece)), _link(piece.get("href"))
                if url:
                    links.setdefault(url, link_kind(text) or kind_of_url(url))
            else:
                authors.append(_author_piece(piece))
        node = node.getparent()
    return "".join(authors), collapse(" ".join(award)), tuple((kind, url) for url, kind in links.items())


def _aside(element: Any) -> bool:
    """Whether an element among the authors is a link in parentheses, ``(slides)``: something
    the page links for the paper besides its PDF, not a name (NeurIPS 2018's two)."""
    text = collapse(text_content(element))
    return bool(element.tag == "a" and text.startswith("(") and text.endswith(")"))


def _following(node: Any) -> Iterator[Any]:
    """What follows ``node`` inside its parent: its tail, then each sibling and its tail."""
    yield node.tail or ""
    for sibling in node.itersiblings():
        if isinstance(sibling.tag, str):
            yield sibling
        yield sibling.tail or ""


def _author_piece(element: Any) -> str:
    """An element among the authors as text: a mark or a linked name (not an :func:`_aside`)."""
    text = collapse(text_content(element))
    if _has_class(element, "equal_contribution") or (element.tag == "sup" and text == "*"):
        return _MARK
    return str(text_content(element))


#: Author lists read in this process, by their text (marks as ``_MARK``) and whether the page marks
#: equal contributions: a paper whose title, link or abstract changed prints the same authors (an
#: import of the workshop's site read 360 lists of 199 distinct ones).
_AUTHORS: Memo[tuple[str, bool], tuple[AuthorEntry, ...]] = Memo(8192)


def _authors(text: str, convention: bool) -> tuple[AuthorEntry, ...]:
    """Names in order from ``A, B, and C.`` / ``A and B`` / ``A; B, C``, marks read off."""
    return _AUTHORS.get((text, convention), functools.partial(_read_authors, text, convention))


def _read_authors(text: str, convention: bool) -> tuple[AuthorEntry, ...]:
    text = collapse(text.replace(_MARK + "*", _MARK))
    # A mark ends a name even where the comma after it was forgotten ("Wang* Yang* Lee, and Han").
    text = _MARK_THEN_NAME.sub(_MARK + ",", text)
    text = text.removeprefix(".").strip()
    if text.endswith("."):
        text = text[:-1].rstrip()
    authors: list[AuthorEntry] = []
    for piece in _NAME_SEPARATOR.split(text):
        marked = _MARK in piece or piece.rstrip().endswith("*")
        name = without_note(collapse(piece.replace(_MARK, "").rstrip().removesuffix("*")))
        if name:
            authors.append(
                AuthorEntry(name=name, equal_contribution=True if marked else (False if convention else None))
            )
    return tuple(authors)


def _abstract(unit: Any, head: Any) -> tuple[tuple[str, Links], str | None]:
    """A ``<details>`` paper's abstract (its text outside the summary, with the links inside it:
    :func:`~workshop_data.importer.page.linked_text`) and its "(paper)" link."""
    skip: set[Any] = {head}
    href: str | None = None
    for a in unit.iter("a"):
        if head in a.iterancestors():
            continue
        if _PDF_LINK_TEXT.match(collapse(text_content(a))):
            skip.add(a)
            href = href or a.get("href")
    return linked_text(unit, skip), href


def _loop_papers(
    loop: re.Match[str],
    csv_text: str | None,
    path: str,
    loop_line: int,
    convention: bool,
    data_path: str | None,
    served: Served,
) -> list[PaperEntry]:
    """The loop body rendered for each row of its data file and read as one paper per row."""
    data_path = data_path or _data_path(loop)
    if not csv_text:
        raise WorkshopDataError(
            f"{path}: line {loop_line}: the papers come from {data_path}, which is missing or empty"
        )
    variable, body = loop.group("var"), loop.group("body")
    outputs = _template(body, variable, path, loop_line)
    papers = _Listed()
    rows: dict[str, tuple[int, PaperEntry]] = {}  # each title's (:func:`title_key`) first row and paper
    printed = {output[0] for output in outputs.values()}
    found = _csv_rows(csv_text, data_path) if delimited(data_path) else _structured_rows(csv_text, data_path, printed)
    # where the page is served, as far as its rows' links read by it (:func:`_looped_key`)
    relative = not served.at_site or _relative_links(body)
    in_tag = {key for start, (key, _) in outputs.items() if body.rfind("<", 0, start) > body.rfind(">", 0, start)}
    for number, row in found:
        rendered = _render(body, row, outputs, served)
        where = f"{data_path}: row {number}"
        looped = functools.partial(_looped, rendered, where, convention, served)
        # the row's own links are looked for only where a value it prints may add one (_may_add)
        reads = relative or (_may_add(row, printed, in_tag) and _ROW_RELATIVE.search(rendered) is not None)
        paper = _LOOPED.get(_looped_key(rendered, convention, served, reads), looped)
        if paper is None:
            continue
        first, same = rows.setdefault(title_key(paper.title), (number, paper))
        if first != number and same == paper:  # another paper of the title: paperlist.distinct_titles
            raise WorkshopDataError(
                f"{where}, field 'title': {paper.title!r} is row {first}'s paper given again (the site prints it "
                "twice): a paper is accepted once; remove one of the rows"
            )
        papers.add(paper, paper, where)
    return papers.items


def _looped_key(rendered: str, convention: bool, served: Served, relative: bool) -> tuple[str, bool, bool, str]:
    """What the paper of a rendered row depends on (:data:`_LOOPED`): the row, the convention, and
    where the page is served as far as the row's links read by it (:meth:`.editions.Served.link`):
    whether paths from the root are left as they are (``at_site``), and the page's address
    (``base``) only where a link may be read against it (``relative``): the loop's (a site served
    at its own url, every path read so; or the template's, :func:`_relative_links`), or the row's,
    where a value it prints may add an attribute (:func:`_may_add`) and the row has a link so
    (:data:`_ROW_RELATIVE`)."""
    return (rendered, convention, served.at_site, served.base if relative else "")


def _may_add(row: _Row, printed: set[str], in_tag: set[str]) -> bool:
    """Whether a value the row prints may add an attribute (an ``href``, a ``src``) to a tag of the
    row's rendering: one holding an ``=`` that is printed inside a tag of the loop's body
    (``in_tag``: ``<a title="{{ paper.title }}">``), or that has a ``<`` of its own before it
    (``<a href=…>`` in an abstract), or any such value where another leaves a tag open for it.
    An ``=`` in an abstract's words adds none: the row is not looked at (:func:`_looped_key`)."""
    if not any("=" in (row.get(key) or "") for key in printed):
        return False
    values = [(key, row.get(key) or "") for key in printed]
    if any("=" in v and (key in in_tag or "<" in v[: v.rfind("=")]) for key, v in values):
        return True
    return any(v.rfind("<") > v.rfind(">") for _, v in values)


@functools.lru_cache(maxsize=64)  # the same few loop bodies, version after version
def _relative_links(body: str) -> bool:
    """Whether a loop's ``body`` may give a row a link read against the page's own address
    (:data:`_ROW_RELATIVE`): one written so, or one an output starts (``href="{{ paper.pdf }}"``,
    whose row's value may be a path of the page's folder)."""
    return _ROW_RELATIVE.search(body) is not None


def _looped(rendered: str, where: str, convention: bool, served: Served) -> PaperEntry | None:
    """The paper of one row's rendering of the loop body, each link (an ``href`` or ``src``) read
    as a browser reads the attribute the row renders where the page is ``served``
    (:meth:`.editions.Served.link`), a row's output anywhere in it (``papers/{{ paper.pdf }}``,
    ``{{ site.baseurl }}/{{ paper.pdf }}``: :func:`.pages.served` leaves a link holding Liquid to
    the row). A link the page gives itself was read so already, and reads the same again."""
    import lxml.html

    parser = html_parser()
    fragment = lxml.html.fragment_fromstring(opened(rendered.replace("\x00", "")), create_parent="div", parser=parser)
    try:
        check_whole(parser)
    except CutShort as exc:
        raise WorkshopDataError(f"{where}: {exc}") from None
    for value in _links_xpath()(fragment):  # each href and src, found by libxml2
        joined = served.link(value)
        if joined != value:
            value.getparent().set(value.attrname, joined)
    units = list(_units(visible(fragment)))
    if len(units) != 1:
        raise WorkshopDataError(f"{where}: the page shows {len(units)} papers for this row, expected one")
    return _paper(units[0], where, convention)


@functools.cache
def _links_xpath() -> Any:
    """The attributes of a looped row whose value is a link (:func:`_looped`), ``href`` and ``src``,
    found by a compiled XPath, not by looking at each element of each row from Python."""
    from lxml import etree

    return etree.XPath("descendant-or-self::*/@href | descendant-or-self::*/@src")


#: A Liquid output of the loop (:data:`_FIELD`): the row's field and the URL filter it goes through
#: (empty: none) (a tuple: made for every output of every loop read, a dataclass's making and
#: import cost what reading the pages' links does).
_Output = tuple[str, str]
#: A row of a data file as Jekyll holds it: each field's text by its column's name, None for
#: Ruby's nil (an unquoted empty CSV field, a YAML or JSON null), which Liquid prints as nothing,
#: through a URL filter too, where an empty text ("") through ``relative_url`` is the base URL.
_Row = dict[str, str | None]


def _render(body: str, row: _Row, outputs: dict[int, _Output], served: Served) -> str:
    """The loop body for one row: each output (``outputs``, by where it starts) replaced by the
    row's value as Jekyll prints it (raw, not escaped; a column the file does not have, or a nil
    value, prints nothing, through a filter too: :data:`_Row`), the URL filters filled from where
    the page is ``served`` (its links are read in the row: :func:`_looped`)."""
    return _OUTPUT.sub(lambda match: _printed(outputs[match.start()], row, served), body)


def _printed(output: _Output, row: _Row, served: Served) -> str:
    """One output of :func:`_render`."""
    key, used = output
    value = row.get(key)
    if value is None:  # Jekyll's URL filters return nil for nil (jekyll/filters/url_filters.rb)
        return ""
    return served.site.filtered(used, value) if used else value


def _template(body: str, variable: str, path: str, loop_line: int) -> dict[int, _Output]:
    """The loop body's outputs by where each starts: only ``{{ paper.field }}``, maybe through a URL
    filter (:data:`_FIELD`), is rendered; other outputs and tags inside the loop are refused."""
    outputs: dict[int, _Output] = {}
    for match in _OUTPUT.finditer(body):
        expr = match.group("expr")
        field = _FIELD.fullmatch(expr)
        if field is None or field.group("var") != variable:
            line = loop_line + body[: match.start("expr")].count("\n")
            raise WorkshopDataError(f"{path}: line {line}: the Liquid output {{{{ {expr} }}}} is not read")
        outputs[match.start()] = (field.group("key"), field.group("filter") or "")
    rest = _OUTPUT.sub("", body)
    tag = LIQUID.search(rest)
    if tag:
        line = loop_line + rest[: tag.start()].count("\n")
        raise WorkshopDataError(f"{path}: line {line}: Liquid tags inside the papers loop are not read")
    return outputs


def _csv_rows(text: str, data_path: str) -> Iterator[tuple[int, _Row]]:
    """Data rows (numbered from 1 after the header) as ``{column: value}``, each column named as
    Jekyll names it (``CSV.read(path, headers: true, encoding: "utf-8")``, then ``to_hash``): its
    header cell as written, spaces kept (a column headed ``" title"`` is no ``paper.title``: the
    site prints nothing for it), a byte-order mark the file starts with part of the first name
    (Ruby reads one in ``utf-8``: the site prints nothing for that column either), and of a name
    the header gives twice the first column's value (``to_hash`` keeps the first). Read otherwise,
    a title the site never showed was imported: the second ``title`` column, or ``paper.id`` of
    a file saved with a byte-order mark, whose PDF links the site printed as ``paper.pdf``. The
    records are Ruby's (:func:`_jekyll_records`, an unquoted empty field nil): a file it cannot
    read is refused."""
    records = _jekyll_records(text, data_path)
    found = next(records, None)
    if not found or found in ([None], [""], ["\ufeff"]):
        raise WorkshopDataError(f"{data_path}: row 0: no header")
    header = [name or "" for name in found]  # a nil name is no field's (paper.<word>)
    for number, values in enumerate(records, start=1):
        if not any(v and v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise WorkshopDataError(
                f"{data_path}: row {number}: {len(values)} fields where the header names {len(header)}"
            )
        yield number, dict(reversed(list(zip(header, values, strict=True))))


def _structured_rows(text: str, data_path: str, printed: set[str]) -> Iterator[tuple[int, _Row]]:
    """The rows of a JSON or YAML data file (a list of mappings, numbered from 1), each field the
    loop prints (``printed``) as Liquid prints it (:func:`~workshop_data.importer.workshop.printed_scalar`:
    a text as it is, ``true``, ``1.0e-05``, ``2024-12-14 10:30:00 -0800``, nothing for a null); a
    list or a mapping, which Liquid prints run together, is refused naming the row and the field
    (a field the loop does not print is not read). A file Jekyll cannot parse (JSON.parse, nested
    deeper than its 100 levels, or SafeYAML) stops the site's build: refused naming the line."""
    import json

    import yaml

    stops = "Jekyll cannot read the file (the site's build stops there)"
    try:
        data = json.loads(text) if data_path.endswith(".json") else load_yaml(text)
    except json.JSONDecodeError as exc:
        raise WorkshopDataError(f"{data_path}: line {exc.lineno}: not valid JSON ({exc.msg}): {stops}") from None
    except yaml.YAMLError as exc:
        raise WorkshopDataError(f"{data_path}: {yaml_problem(exc, 'the data file')}: {stops}") from None
    except RecursionError:
        raise WorkshopDataError(f"{data_path}: nested deeper than a data file can be: {stops}") from None
    if not isinstance(data, list):
        raise WorkshopDataError(
            f"{data_path}: row 0: not a list of papers (one mapping of fields a paper), which the loop reads"
        )
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise WorkshopDataError(f"{data_path}: row {number}: not a mapping of fields (title, authors, …)")
        where = f"{data_path}: row {number}"
        yield number, {key: _liquid_text(item[key], where, key) for key in printed & item.keys()}


def _liquid_text(value: object, where: str, key: str) -> str | None:
    """A data file's field as Liquid prints it (:func:`_structured_rows`,
    :func:`~workshop_data.importer.workshop.printed_scalar`), None for a null (:data:`_Row`)."""
    printed = None if value is None else printed_scalar(value)
    if value is None or printed is not None:
        return printed
    kind = "list" if isinstance(value, list) else "mapping" if isinstance(value, dict) else type(value).__name__
    raise WorkshopDataError(
        f"{where}, field {key!r}: a {kind}, which the site prints run together ({{{{ paper.{key} }}}}); "
        "write it as one text"
    )


#: A field of a CSV file as Ruby's CSV reads one (its parser as Jekyll runs it, without
#: ``liberal_parsing``): quoted whole, a quote inside doubled; or unquoted, holding no quote and
#: no line break. Possessive (``++``, ``*+``): a quote never closed is found so at once, not after
#: trying every way of splitting the text before it.
_QUOTED_FIELD = re.compile(r'"((?:[^"]++|"")*+)"')
_UNQUOTED_FIELD = re.compile(r'[^,"\r\n]*')
#: The data files Jekyll reads with Ruby's CSV (:func:`delimited`), by extension: the character
#: between their columns (``col_sep``: a ``.tsv``'s is a tab).
_DELIMITED = {"csv": ",", "tsv": "\t"}


def delimited(data_path: str) -> bool:
    """Whether Jekyll reads the data file ``data_path`` with Ruby's CSV (a ``.csv`` or ``.tsv``:
    :func:`_csv_rows`; a byte-order mark it starts with is then part of the first column's name)."""
    return data_path.rpartition(".")[2] in _DELIMITED


def _row_separator(text: str) -> str:
    """The line end that ends the rows of ``text``, as Ruby's CSV finds it (``row_sep: :auto``):
    the file's first line end, inside quotes or not; a line feed where it has none."""
    lf = text.find("\n")
    cr = text.find("\r", 0, lf if lf >= 0 else len(text))
    if cr < 0:
        return "\n"
    return "\r\n" if cr + 1 == lf else "\r"


def _jekyll_records(text: str, data_path: str) -> Iterator[list[str | None]]:
    """The records of a CSV data file (the header first, numbered row 0) as Jekyll reads them, or
    a :class:`WorkshopDataError` naming the row where Ruby's CSV stops. Jekyll stops the site's
    build there (``CSV::MalformedCSVError``), so no version of the site showed such a file; read
    leniently (Python's ``csv``), a title written ``"Engines" ,`` was imported as ``Engines `` and
    ``"Eng"ines`` as ``Engines``, and an unclosed quote took the rest of the file as one title."""
    separator, pos, end, number = _row_separator(text), 0, len(text), 0
    column = _DELIMITED[data_path.rpartition(".")[2]]
    unquoted = _UNQUOTED_FIELD if column == "," else re.compile(f'[^{column}"\r\n]*')  # compiled once, by re
    while pos < end:
        row: list[str | None] = []
        while True:
            quoted = _QUOTED_FIELD.match(text, pos)
            field = quoted or unquoted.match(text, pos)
            assert field is not None  # the unquoted pattern matches the empty string
            row.append(quoted.group(1).replace('""', '"') if quoted else field.group() or None)  # unquoted empty: nil
            pos = field.end()
            if text.startswith(column, pos):
                pos += 1
            elif pos == end or text.startswith(separator, pos):
                pos = min(pos + len(separator), end)
                break
            else:
                raise WorkshopDataError(
                    f"{data_path}: row {number}: {_malformed(text, pos, quoted is not None, field.start())}"
                )
        yield row
        number += 1


def _malformed(text: str, pos: int, quoted: bool, start: int) -> str:
    """Why Ruby's CSV stops at ``pos``, the end of a field that began at ``start``."""
    said = "Jekyll cannot read the file (Ruby's CSV stops there, and so does the site's build)"
    if quoted:
        return f"text after a quoted field's closing quote: {said}"
    if text[pos] != '"':
        return f"a line break inside an unquoted field ({text[pos]!r}, the rows end with another): {said}"
    if pos == start:
        return f"a quoted field that is never closed: {said}"
    return f"a quote inside an unquoted field (quote the whole field, each quote in it doubled): {said}"


def parse_index_papers(text: str, path: str) -> tuple[PaperEntry, ...]:
    """The papers of NeurIPS 2022's ``index.md`` "Accepted Papers" section; () when it has none.

    The section is a table copied from the NeurIPS site: per row the title in ``<strong>``, the
    presentation in ``<small>(Poster)</small>``, the abstract in a collapsed card, the OpenReview
    link (kept as the paper's link: the page gives no PDF), and the authors in ``<i>`` separated
    by ``·``.
    """
    if "accepted-paper-section" not in text:
        return ()
    _refuse_conflicts(text, path)
    _, body, offset = split_front_matter(Path(path), text)
    return _INDEX_PAPERS.get(body, functools.partial(_index_papers, body, path, offset))


def _index_papers(body: str, path: str, offset: int) -> tuple[PaperEntry, ...]:
    """:func:`parse_index_papers` of a page's body (after the front matter, its first line the
    page's line ``offset``)."""
    root = parse_html(Path(path), body, offset)
    sections = with_class(root, "accepted-paper-section")
    if not sections:
        return ()
    from lxml import etree

    papers = _Listed()
    for tr in sections[0].iter("tr"):
        where = f"{path}: line {(tr.sourceline or 1) + offset - 1}"
        html = etree.tostring(tr, with_tail=False)
        paper = _INDEX_READ.get(html, functools.partial(_index_paper, tr, where))
        papers.add(paper, paper, where)
    posters = _poster_links(root)
    return tuple(_with_poster(p, posters.get(title_key(p.title))) for p in papers.items)


#: What an untimed event of the detailed schedule adds to the paper of its title: its links and
#: how it is given (its title's tooltip; empty: none).
_Poster = tuple[tuple[tuple[str, str], ...], str]


def _with_poster(paper: PaperEntry, poster: _Poster | None) -> PaperEntry:
    """``paper`` with its poster event's links after its own and how the event says it is given
    where its own row says nothing of it (both print the same tooltip in every version of the
    page: tests/test_siteimport_inpage.py, test_the_home_page_import_reads_how_each_poster_is_given)."""
    if poster is None:
        return paper
    links, delivery = poster
    paper = _with_links(paper, links)
    return dataclasses.replace(paper, delivery=delivery) if delivery and not paper.delivery else paper


def _poster_links(root: Any) -> dict[str, _Poster]:
    """The links of each untimed event of the page's detailed schedule (a poster: NeurIPS 2022's
    ``<tr id="wse-detail-…">`` rows whose time is ``-``), by its title's :func:`workshop_data.ids.title_key`:
    its OpenReview page and its poster image, a path of the NeurIPS site made absolute against
    this one's as the page links it (https://mlforsystems.org/media/PosterPDFs/…: a broken link,
    recorded as the site links it), and how it is given (its title's tooltip, the first printed).
    A timed event is a talk: its links are the schedule's materials (:mod:`.inpage_schedule`)."""
    out: dict[str, _Poster] = {}
    for value in attribute_values(root, "id", "tr"):
        if not value.startswith("wse-detail-"):
            continue
        tr = value.getparent()
        date = next((el for el in tr.iterdescendants() if has_class(el.get("class"), "workshopevent-date")), None)
        strong = next(tr.iter("strong"), None)
        if date is None or collapse(text_content(date)) not in ("", "-") or strong is None:
            continue
        key = title_key(collapse(text_content(strong)))
        links, delivery = out.get(key, ((), ""))
        out[key] = (merged_links(links, _absolute(material_links(tr))), delivery or tooltip_delivery(strong))
    return out


def _absolute(links: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``(kind, href)`` links with their hrefs made absolute (:func:`_link`), those that are no web
    link left out."""
    return tuple((kind, url) for kind, href in links if (url := _link(href)))


def _with_links(paper: PaperEntry, links: tuple[tuple[str, str], ...]) -> PaperEntry:
    """``paper`` with ``links`` after its own (the OpenReview link the row takes for its PDF among
    them: the PDF is set apart where the release is made, :func:`.assembly.assemble`)."""
    merged = merged_links(paper.links, links)
    return paper if merged == paper.links else dataclasses.replace(paper, links=merged)


#: The rows of NeurIPS 2022's "Accepted Papers" table read in this process, by their HTML: each
#: version of the home page prints the same table (a row's reading depends on nothing else; what
#: cannot be read raises, naming its line, and is not remembered).
_INDEX_READ: Memo[bytes, PaperEntry] = Memo(8192)
#: The last bodies of ``index.md`` read by :func:`parse_index_papers`, and their papers: they
#: depend on the body alone (the path and lines only go into errors, not remembered), which the
#: history shows again at a page whose front matter alone changed or that moved to its folder.
_INDEX_PAPERS: Recent[str, tuple[PaperEntry, ...]] = Recent(8)


def _card_text(card: Any) -> tuple[str, Links]:
    """The abstract a row's collapsed card (``<div class="card-body">``) holds: its paragraphs,
    or, where it has none, its own text, inline markup included. NeurIPS 2022's table printed 16
    abstracts in a ``<p>`` and three bare in the card ("Target-independent XLA optimization…",
    "Implementing Reinforcement Learning Datacenter Congestion Control…", "NeuralFuse…"), which
    were read as no abstract. The card's blocks and scripts are no part of it: the link line
    (``<div><a>Link »</a></div>``), and a video's card its player's ``<div>`` and ``<script>``."""
    paragraphs = card.findall("p")
    if paragraphs:
        return joined_texts([linked_text(p) for p in paragraphs], " ")
    return linked_text(card, {child for child in card if child.tag in _NOT_ABSTRACT})


#: The elements of a paper's card whose text is not its abstract (:func:`_card_text`).
_NOT_ABSTRACT = frozenset({"div", "script", "style", "template"})


def _index_paper(tr: Any, where: str) -> PaperEntry:
    title = collapse(next((text_content(s) for s in tr.iter("strong")), ""))
    if not title:
        raise WorkshopDataError(f"{where}: a paper row without a title in <strong>")
    names = [text for text in (collapse(text_content(i)) for i in tr.iter("i") if not i.get("class")) if text]
    if not names:
        raise WorkshopDataError(f"{where}: the paper {title!r} has no authors in <i>")
    authors = tuple(AuthorEntry(name=collapse(n)) for n in names[-1].split("·") if collapse(n))
    small = next((collapse(text_content(s)) for s in tr.iter("small")), "")
    strong = next(tr.iter("strong"))
    abstract = joined_texts([_card_text(card) for card in tr.xpath(".//div[contains(@class, 'card-body')]")], " ")
    link = next(
        (a.get("href") for a in tr.iter("a") if (a.get("href") or "").startswith(("http://", "https://"))), None
    )
    return _with_links(
        PaperEntry(
            title=title,
            authors=authors,
            abstract=abstract[0],
            abstract_links=abstract[1],
            pdf_url=_link(link),
            presentation=small.removeprefix("(").removesuffix(")").strip(),
            delivery=tooltip_delivery(strong),
        ),
        _absolute(material_links(tr)),
    )

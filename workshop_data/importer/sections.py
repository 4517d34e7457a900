"""Section cells of a schedule page: the label, title, speakers, talks and annotations of a row.

The page family writes a row in many shapes (see the package README); they are read as lines
of styled text (:mod:`.inline`):

* a **role line** ``Label: rest`` names the row: a bold label (``<b>Hardware:</b> Name``), a
  label with a role word (``<i>Keynote Speaker</i>: Name - Affiliation``) or a kind keyword
  (``Contributed Talk: Title``, ``Panel: A, B, C``). The rest is the speaker(s) when it reads
  as names with an affiliation or a bio link, or when the label announces a person; the
  panelists for a panel (names of two words or more, a name written unspaced counting as two:
  ``Panel: 李明, 王芳``, :func:`.people.name_words`); otherwise the title;
* without a role line, the first line is the label (``Coffee Break``) unless it is all italic,
  a bare title (``<i>Title</i>``, a contributed talk), or names with an affiliation or a bio
  link (``Name (<i>Affiliation</i>)``): the speakers, then a label (``Opening Remarks``) or title;
  a line alone is the speaker only when the name is one the edition's pages give or the page's
  speakers section heads (ISCA 2019's first schedules: ``<b>Farinaz Koushanfar (UCSD)</b>``, the
  title not out yet), else the label and a note (``Turing Award Lecture (Symphony Hall)``);
* an italic line inside the speaker's link is their affiliation; every other line is the title
  (``<br>`` inside a title: see :mod:`.myst`);
* a name the edition's pages give (``known``: the names above on the page, and for a site's
  history its home pages' speakers and committees, its papers' authors) is a speaker where the
  row prints it with the title: ``Keynote Speaker: Name, Title``, ``<i>Title, Name</i>``,
  ``<i>Name: Title</i>``, ``<b>Name</b><br/><i>Title</i>``; an unknown name stays as printed;
* ``<ul><li>`` items are the talks of a block, each with an optional ``Speaker: Name`` line;
* annotations at the end of a line are taken off: ``(TBD)``/``, TBD`` and other parenthesised
  notes printed apart (``(Best Paper)``, a label's ``(Symphony Hall)``) become the status,
  ``(10mn)`` the duration;
* links to slides, recordings and papers (``(slides)``, ``Slides``…) are not part of the text:
  they are the talk's materials, as is the link of a title linked as a whole (ISCA 2019's
  paper PDFs), kinds as :mod:`workshop_data.links` says.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import memo
from ..aliases import PACKAGE, AliasTable
from ..links import LINK_PUNCT, kind_of_url, link_kind
from ..placeholders import TBD, WORDS
from .inline import (
    NO_MARKS,
    Line,
    Run,
    anchor_link,
    collapse,
    delivery_of,
    items_of,
    lines_of,
    marked_lines_of,
    raw_text,
    slice_runs,
    text_of,
)
from .kinds import ROLE_WORDS, keyword_kind
from .myst import title_of
from .people import PersonText, is_name, people_of, split_affiliations

_TBD = re.compile(rf"(?:[,;:\-–—]\s*|\(\s*|\s|^)(?:{'|'.join(map(re.escape, WORDS))})\s*\)?\s*$", re.IGNORECASE)
_DURATION = re.compile(r"\(\s*(?P<n>\d{1,3})\s*(?P<unit>mn|mins?|minutes?|m|h|hrs?|hours?)\s*\)\s*$", re.IGNORECASE)
_PAREN_NOTE = re.compile(r"^\((?P<note>[^()]+)\)$")
_DASH_AFTER = re.compile(r"\s*[-–—]\s+")
_BY = re.compile(r"(?<=\s)by(?=\s)", re.IGNORECASE)
#: A full stop ending a list of names, after a word of two letters or more (not an initial's "J.").
_LIST_END = re.compile(r"(?<=[^\W\d_]{2})\.\s*$")
#: At most this many annotations are taken off the end of a line (more stay in its text).
MAX_NOTES = 5


#: A talk's material as printed: its kind and the link's ``href`` (as written, maybe relative).
MaterialText = tuple[str, str]


@dataclass(frozen=True)
class TalkText:
    """A talk of a block (an ``<li>``)."""

    title: str
    title_myst: str
    speakers: tuple[PersonText, ...] = ()
    materials: tuple[MaterialText, ...] = ()
    #: How the ``<li>`` says the talk is given (:func:`.inline.delivery_of`); empty: none.
    delivery: str = ""
    #: The conference site's type the ``<li>`` marks (``<small class="presentation">``,
    #: :data:`.inline.MARKS`: a spotlight's "(Spotlight)"), ``talks.presentation``; empty: none.
    presentation: str = ""


@dataclass
class Section:
    """What a section cell says, before ids are given."""

    label: str = ""
    title: str = ""
    title_myst: str = ""
    statuses: list[str] = field(default_factory=list)
    speakers: list[PersonText] = field(default_factory=list)
    talks: list[TalkText] = field(default_factory=list)
    minutes: int | None = None
    raw: str = ""
    #: Whether a speaker's name links to a bio on the page (``#anchor``).
    linked: bool = False
    #: The talk's materials, in page order: the linked title's first, then the link words'.
    materials: list[MaterialText] = field(default_factory=list)
    #: The slot's event facts the cell marks (:data:`.inline.MARKS`: the Jekyll export's
    #: ``<strong class="talk-event-title">``, ``<small class="presentation">``…), by field of
    #: the slot; empty: none (the site's pages).
    marks: dict[str, str] = field(default_factory=lambda: NO_MARKS)

    @property
    def status(self) -> str:
        """The statuses as the data holds them: ``"TBD, Best Paper"``."""
        return ", ".join(self.statuses)


def _is_link_word(run: Run) -> bool:
    return bool(run.href) and link_kind(run.text) is not None


def _link_words(lines: Sequence[Line]) -> list[MaterialText]:
    """The materials the link words of ``lines`` give (``<a href="…">(slides)</a>``), each
    link once."""
    found: dict[str, str] = {}
    for line in lines:
        for run in line:
            kind = link_kind(run.text) if run.href else None
            if kind is not None and run.href is not None:
                found.setdefault(run.href, kind)
    return [(kind, href) for href, kind in found.items()]


def _linked_title(lines: Sequence[Line]) -> list[MaterialText]:
    """The material of a title linked as a whole (``<a href="paper.pdf">Title</a>``), kind by
    where it points; none for a title linked to an anchor on the page (a speaker's bio)."""
    visible = [r for line in lines for r in _visible(line)]
    hrefs = {r.href for r in visible}
    if not visible or len(hrefs) != 1:
        return []
    href = hrefs.pop()
    return [] if href is None or href.startswith("#") else [(kind_of_url(href), href)]


def _materials(title_lines: Sequence[Line], lines: Sequence[Line]) -> list[MaterialText]:
    """A talk's materials: its linked title's, then its link words' (each link once)."""
    out: list[MaterialText] = []
    for kind, href in _linked_title(title_lines) + _link_words(lines):
        if href not in (h for _, h in out):
            out.append((kind, href))
    return out


def _without_links(line: Line) -> Line:
    """The line without links to slides, papers, recordings (and the brackets left around them)."""
    if not any(_is_link_word(r) for r in line):
        return line
    kept = [r for r in line if not _is_link_word(r)]
    while kept and not kept[-1].text.strip(LINK_PUNCT):
        kept.pop()
    while kept and not kept[0].text.strip(LINK_PUNCT):
        kept.pop(0)
    return kept


def _visible(runs: Sequence[Run]) -> list[Run]:
    return [r for r in runs if r.text.strip()]


def _all_italic(runs: Sequence[Run]) -> bool:
    visible = _visible(runs)
    return bool(visible) and all(r.italic for r in visible)


def _take_annotations(line: Line, section: Section, *, label_line: bool) -> Line:
    """Take the trailing annotations off ``line`` into ``section`` (status, duration)."""
    for _ in range(MAX_NOTES):
        raw = raw_text(line).rstrip()
        tbd = _TBD.search(raw)
        duration = _DURATION.search(raw)
        visible = _visible(line)
        if tbd:
            section.statuses.insert(0, TBD)
            line = slice_runs(line, 0, tbd.start())
        elif duration:
            n = int(duration.group("n"))
            section.minutes = n * 60 if duration.group("unit").lower().startswith("h") else n
            line = slice_runs(line, 0, duration.start())
        elif (
            len(visible) > 1
            and (note := _PAREN_NOTE.match(visible[-1].text.strip()))
            and visible[-1].element != visible[-2].element
            # a panel label's trailing parentheses may hold its panelists: the label reads them
            and not (label_line and keyword_kind(text_of(line[: line.index(visible[-1])])) == "panel")
        ):
            section.statuses.insert(0, collapse(note.group("note")))
            line = line[: line.index(visible[-1])]
        else:
            break
    return line


def _split_role(line: Line, *, in_talk: bool) -> tuple[Line, Line] | None:
    """``(label runs, rest runs)`` when ``line`` is a role line ``Label: rest`` (or ``Label by
    Name (Affiliation)``, with a kind or role word in the label)."""
    raw = raw_text(line)
    colon = raw.find(":")
    by = _BY.search(raw) if colon < 0 else None
    if (colon < 0 and by is None) or _all_italic(line):
        return None
    cut, after = (colon, colon + 1) if by is None else (by.start(), by.end())
    label_runs, rest = slice_runs(line, 0, cut), slice_runs(line, after)
    label = text_of(label_runs)
    if not label or len(label.split()) > 6:
        return None
    if by is not None:  # "Invited talk by Name (Affiliation)": only with a person after "by"
        wanted = ROLE_WORDS.search(label) or keyword_kind(label)
        return (label_runs, rest) if wanted and people_of(rest) is not None else None
    if ROLE_WORDS.search(label):
        return label_runs, rest
    if in_talk:
        return None
    bold_label = all(r.bold for r in _visible(label_runs)) and not any(r.bold for r in _visible(rest))
    if keyword_kind(label) or bold_label or people_of(rest) is not None or _linked_name(label_runs):
        return label_runs, rest
    return None


def _linked_name(runs: Sequence[Run]) -> bool:
    """Whether ``runs`` are a name linked to a bio on the page: ``<a href="#x">Name</a>: Title``."""
    visible = _visible(runs)
    return bool(visible) and all((r.href or "").startswith("#") for r in visible) and is_name(text_of(runs), 2)


def _name_in_label_link(label_runs: Sequence[Run], rest: Line) -> tuple[Line, Line] | None:
    """``(name, title)`` of ``<a href="#x"><b>Label: Name</b></a> - Title``: the name is what of
    ``rest`` sits in the label's link, the title what follows a dash after the link."""
    href = next((r.href for r in _visible(label_runs) if r.href), None)
    if href is None:
        return None
    inside = 0
    for run in rest:
        if run.href != href:
            break
        inside += len(run.text)
    after = raw_text(rest)[inside:]
    dash = _DASH_AFTER.match(after)
    if not inside or dash is None or not after[dash.end() :].strip():
        return None
    return slice_runs(rest, 0, inside), slice_runs(rest, inside + dash.end())


def _panelists(runs: Sequence[Run], known: Container[str], label_anchor: str = "") -> list[PersonText] | None:
    """Panelists printed as a list of names: two or more names, or one the page already named.
    A full stop ending the list ("Debate: A, B, Hanson Wang.") is the sentence's, not the name's."""
    end = _LIST_END.search(raw_text(runs))
    names = slice_runs(runs, 0, end.start()) if end else runs
    found = people_of(names, label_anchor=label_anchor, min_words=2, need_evidence=False)
    if found is None:
        return None
    if len(found) == 1 and found[0].name not in known and not found[0].affiliations:
        return None
    return found


def _paren_split(runs: Sequence[Run]) -> tuple[Line, Line] | None:
    """``(head, inner)`` runs of ``head (inner)`` at the end of ``runs``, else None."""
    raw = raw_text(runs).rstrip()
    if not raw.endswith(")"):
        return None
    close = len(raw) - 1
    open_ = raw.rfind("(", 0, close)
    if open_ < 0 or ")" in raw[open_ + 1 : close] or not raw[:open_].strip() or not raw[open_ + 1 : close].strip():
        return None
    return slice_runs(runs, 0, open_), slice_runs(runs, open_ + 1, close)


def _rest_of_panel(section: Section, rest: Line, known: Container[str], anchor: str) -> Line:
    """Panelists from ``rest`` (``A, B`` or ``Title (A, B)``); returns what is left: the title."""
    split = _paren_split(rest)
    # italic parentheses hold the last panelist's affiliations, not the panelists
    names = _panelists(split[1], known, anchor) if split is not None and not _all_italic(split[1]) else None
    if split is not None and names is not None:
        section.speakers = names
        return split[0]
    whole = _panelists(rest, known, anchor)
    if whole is not None:
        section.speakers = whole
        return []
    return rest


def _label_line(section: Section, line: Line, known: Container[str]) -> None:
    """A line that only holds the label, with maybe trailing notes or a panel's names."""
    for _ in range(MAX_NOTES):
        split = _paren_split(line)
        if split is None:
            break
        head, inner = split
        label = text_of(head).rstrip(":").strip()
        names = _panelists(inner, known, anchor_link(line)) if keyword_kind(label) == "panel" else None
        if names is not None:
            section.speakers = names
            line = head
            break
        section.statuses.insert(0, text_of(inner))
        line = _take_annotations(head, section, label_line=True)
    section.label = text_of(line).rstrip(":").strip()


def _speaker_rest(
    section: Section, label: str, rest: Line, label_anchor: str, others: bool, known: Container[str]
) -> Line:
    """Read the rest of a role line: speakers or panelists (returns []) or the title (returned)."""
    if keyword_kind(label) == "panel":
        return _rest_of_panel(section, rest, known, label_anchor)
    found = people_of(rest, label_anchor=label_anchor)
    if found is None and (ROLE_WORDS.search(label) or others):
        found = people_of(rest, label_anchor=label_anchor, need_evidence=False)
    if found is None:
        return rest
    section.speakers = found
    section.linked = any(p.anchor for p in found)
    return []


class _Headings:
    """The page's headings outside the table (:attr:`.page.Page.headings`), as a section's reading
    asks about them, each answer recorded (``answers``: a cell's reading depends on the headings
    only through these, :func:`read_section`)."""

    def __init__(self, headings: frozenset[str], table: AliasTable) -> None:
        self.headings = headings
        self.person_key = table.person_key
        #: The headings as people are told apart (:attr:`workshop_data.aliases.AliasTable.person_key`):
        #: ``in`` asks whether a name is one the page heads its bio with.
        self.people = _heading_keys(headings, table)
        self.answers: dict[tuple[bool, object], bool] = {}

    def heads_an_abstract(self, text: str) -> bool:
        """Whether ``text`` is the heading of a talk's abstract below the table (its title, maybe
        followed by a link such as "(slides)"): then it is a title, not an affiliation."""
        key = text.lower()
        answer = self.answers[True, text] = any(h == key or h.startswith(key + " ") for h in self.headings)
        return answer

    def __contains__(self, name: object) -> bool:
        key = self.person_key(name)  # type: ignore[arg-type]
        answer = self.answers[False, key] = key in self.people
        return answer

    def same(self, answers: dict[tuple[bool, object], bool]) -> bool:
        """Whether these headings answer each of ``answers``' questions the same."""
        return all(
            (self.heads_an_abstract(q) if abstract else q in self.people) == answer  # type: ignore[arg-type]
            for (abstract, q), answer in answers.items()
        )


@functools.lru_cache(maxsize=256)  # a page's headings, asked of each of its rows: 28,700 keys made again
def _heading_keys(headings: frozenset[str], table: AliasTable) -> frozenset[str]:
    """``headings`` as ``table`` tells names apart (the table by identity)."""
    person_key = table.person_key
    return frozenset(person_key(h) for h in headings)


def _affiliation_line(section: Section, line: Line, role_href: str | None, headings: _Headings) -> bool:
    """An italic line inside the speaker's link, or in parentheses: the last speaker's affiliation
    (unless the page heads a talk's abstract with it: NeurIPS 2018's ``<b>Invited Speaker 1:
    Name</b><br/><i>Title</i>``)."""
    if not section.speakers or section.speakers[-1].affiliations:
        return False
    text = text_of(line)
    if headings.heads_an_abstract(text):
        return False
    inside_link = role_href is not None and all(r.href == role_href for r in _visible(line))
    in_parens = text.startswith("(") and text.endswith(")")
    if not ((_all_italic(line) and inside_link) or in_parens):
        return False
    last = section.speakers[-1]
    section.speakers[-1] = PersonText(last.name, split_affiliations(text.strip("()")), last.anchor)
    return True


def _is_known(name: str, known: Container[str]) -> bool:
    """Whether ``name`` reads as a name and is one the edition's pages name (``known``)."""
    return is_name(name, 2) and name in known


def _known_head(line: Line, known: Container[str]) -> tuple[PersonText, Line] | None:
    """``(person, title)`` of ``Name, Title`` or ``Name: Title`` (NeurIPS 2024's first schedule:
    ``Keynote Speaker: Jeff Dean, Advances in ...``) when the name is a known one and the title
    does not read as more names."""
    raw = raw_text(line)
    for sep in (",", ":"):
        at = raw.find(sep)
        name, after = collapse(raw[:at]), slice_runs(line, at + 1)
        if at > 0 and _is_known(name, known) and text_of(after) and people_of(after, need_evidence=False) is None:
            return PersonText(name), after
    return None


class _Headed:
    """The known names and the names the page's headings give (``Name - Affiliation`` above a
    bio: :attr:`.page.Page.headings`), both asked by a name as printed (:class:`_Asked`)."""

    def __init__(self, known: Container[str], headings: Container[str]) -> None:
        self.known, self.headings = known, headings

    def __contains__(self, name: object) -> bool:
        return name in self.headings or name in self.known


def _known_people(line: Line, known: Container[str]) -> list[PersonText] | None:
    """The people of ``line`` (:func:`.people.people_of`) when every one is a known name."""
    found = people_of(line, min_words=2, need_evidence=False)
    return found if found and all(_is_known(p.name, known) for p in found) else None


def _known_tail(line: Line, known: Container[str]) -> tuple[PersonText, Line] | None:
    """``(person, title)`` of ``Title, Name`` when the name is a known one."""
    raw = raw_text(line)
    at = raw.rfind(",")
    name, before = collapse(raw[at + 1 :]), slice_runs(line, 0, max(at, 0))
    if at > 0 and _is_known(name, known) and text_of(before):
        return PersonText(name), before
    return None


def _title(lines: Sequence[Line]) -> tuple[str, str]:
    """The title lines read as one title (:func:`.myst.title_of`): plain text and MyST."""
    title = title_of(lines)
    return title.plain, title.source


def _talk(li: Any) -> TalkText | None:
    """A talk of a block from its ``<li>``: title lines and an optional ``Speaker: Name`` line."""
    lines, _, marks = marked_lines_of(li)
    title_lines: list[Line] = []
    speakers: list[PersonText] = []
    for line in (_without_links(x) for x in lines):
        if not text_of(line):
            continue
        role = _split_role(line, in_talk=True) if not speakers else None
        found = people_of(role[1], label_anchor=anchor_link(role[0]), need_evidence=False) if role else None
        if found:
            speakers = found
        else:
            title_lines.append(line)
    title, title_myst = _title(title_lines)
    if not title and not speakers:
        return None
    materials = tuple(_materials(title_lines, lines))
    return TalkText(title, title_myst, tuple(speakers), materials, delivery_of(li), marks.get("presentation", ""))


def parse_section(
    cell: Any, known: Container[str], headings: frozenset[str] = frozenset(), table: AliasTable = PACKAGE
) -> Section:
    """Read a section cell (an lxml element). ``known`` holds the names seen so far, as ``table``
    tells them apart (:attr:`workshop_data.aliases.AliasTable.person_key`: the import's table),
    ``headings`` the page's headings outside the table (:attr:`.page.Page.headings`: talk titles
    and speakers of the abstracts below it)."""
    return _parse_section(cell, _Asked(known, table), _Headings(headings, table))


def _parse_section(cell: Any, known: Container[str], headings: _Headings) -> Section:
    """:func:`parse_section`, the headings asked through ``headings``."""
    lines, lists, marks = marked_lines_of(cell)
    talks = [t for lst in lists for t in (_talk(li) for li in items_of(lst)) if t is not None]
    section = Section(talks=talks, raw=_row_text(lines, lists), marks=marks)
    printed, lines = lines, [x for x in (_without_links(x) for x in lines) if text_of(x)]
    role_at, role = None, None
    for number, line in enumerate(lines):
        role = _split_role(_take_annotations(line, Section(), label_line=False), in_talk=False)
        if role:
            role_at = number
            break
    title_lines: list[Line] = []
    if role_at is not None and role is not None:
        _take_annotations(lines[role_at], section, label_line=False)
        label_runs, rest = role
        section.label = text_of(label_runs)
        anchor = anchor_link(label_runs)
        named = _known_head(rest, known) if keyword_kind(section.label) != "panel" else None
        if (
            _linked_name(label_runs)
            and not keyword_kind(section.label)
            and not ROLE_WORDS.search(section.label)
            and (named is None or _is_known(section.label, known))
        ):
            # "<a href="#x">Name</a>: Title": the name is the speaker, the row has no label
            section.speakers, section.linked = [PersonText(section.label, (), anchor.lstrip("#"))], True
            section.label, rest_title = "", rest
        elif (split := _name_in_label_link(label_runs, rest)) and (names := people_of(split[0], label_anchor=anchor)):
            section.speakers, section.linked, rest_title = names, any(p.anchor for p in names), split[1]
        else:
            rest_title = _speaker_rest(section, section.label, rest, anchor, len(lines) > 1, known)
        if not section.speakers and named is not None:
            # "Keynote Speaker: Name, Title" (or "CodeGen Talk: Name, Title"), the name a known one
            person, rest_title = named
            section.speakers = [PersonText(person.name, (), anchor.lstrip("#"))]
            section.linked = bool(anchor)
        role_href = next((r.href for r in lines[role_at] if r.href), None)
        for number, line in enumerate(lines):
            if number == role_at:
                if text_of(rest_title):
                    title_lines.append(rest_title)
                continue
            line = _take_annotations(line, section, label_line=False)
            if text_of(line) and not (number == role_at + 1 and _affiliation_line(section, line, role_href, headings)):
                title_lines.append(line)
    elif lines:
        first = _take_annotations(lines[0], section, label_line=True)
        rest_lines = [_take_annotations(x, section, label_line=False) for x in lines[1:]]
        # only with a line after them: a lone "Turing Award Lecture (Symphony Hall)" is a label and a note
        people = None if keyword_kind(text_of(first)) or not rest_lines else people_of(first, min_words=2)
        if people is None and rest_lines and not keyword_kind(text_of(first)):
            # "<b>Name</b><br/><i>Title</i>" (NeurIPS 2018), the name a known one
            people = _known_people(first, known)
        if people is None and not rest_lines and not keyword_kind(text_of(first)) and not _all_italic(first):
            # "<b>Name (Affiliation)</b>" alone (ISCA 2019's first schedules), the name one the edition's
            # pages give or the page's speakers section heads: the speaker, the talk's title not out yet
            people = _known_people(first, _Headed(known, headings))
        named = None if rest_lines or not _all_italic(first) else _known_tail(first, known) or _known_head(first, known)
        if named is not None:
            # "<i>Title, Name</i>" or "<i>Name: Title</i>", the name a known one; "<i>Spotlight:
            # Title, Name</i>" also has a label
            person, rest = named
            section.speakers = [person]
            cut = raw_text(rest).find(":")
            if cut > 0 and keyword_kind(text_of(slice_runs(rest, 0, cut))):
                section.label, rest = text_of(slice_runs(rest, 0, cut)), slice_runs(rest, cut + 1)
            title_lines = [rest]
        elif _all_italic(first):
            title_lines = [first, *rest_lines]
        elif people is not None:
            # "Name (<i>Affiliation</i>)<br>Opening Remarks": the people, then a label or a title
            section.speakers, section.linked = people, any(p.anchor for p in people)
            if len(rest_lines) == 1 and keyword_kind(text_of(rest_lines[0])):
                _label_line(section, rest_lines[0], known)
            else:
                title_lines = rest_lines
        else:
            _label_line(section, first, known)
            title_lines = rest_lines
    title_lines = [x for x in title_lines if text_of(x)]
    section.title, section.title_myst = _title(title_lines)
    section.materials = _materials(title_lines, printed)
    return section


class _Asked:
    """The names seen so far (``keys``: :attr:`workshop_data.aliases.AliasTable.person_key` of each),
    asked by a name as printed, which ``table`` (the import's) tells apart, recording what
    :func:`parse_section` asks of them by key: a cell's reading depends on the known names only
    through these answers (and on the table that made the keys: :func:`read_section`)."""

    def __init__(self, keys: Container[str], table: AliasTable) -> None:
        self.keys, self.person_key = keys, table.person_key
        self.answers: dict[object, bool] = {}

    def __contains__(self, name: object) -> bool:
        key = self.person_key(name)  # type: ignore[arg-type]
        answer = self.answers[key] = key in self.keys
        return answer


#: Sections read in this process: the cell's HTML -> each reading with the answers it had about
#: the known names and the page's headings, and the alias table that told the names apart (its
#: keys are the answers' questions: a reading is taken again under that table alone, by
#: identity). A site's history repeats its rows version after version; each is read once, whatever the headings of
#: the page around it (an abstract added below the table changed every row's key when the key
#: held them: 240 of 568 readings).
_READ: memo.Memo[bytes, list[tuple[Section, dict[object, bool], dict[tuple[bool, object], bool], AliasTable]]] = (
    memo.Memo(4096)
)


def cells_html(cells: Sequence[Any]) -> list[bytes]:
    """Each cell's HTML (without its tail), as :func:`read_section` remembers its readings: a
    page's cells serialized together, lxml imported once for them (an import statement in a
    function called once a row cost a third of the serializing: 3,089 rows in an import of the
    workshop's site)."""
    from lxml import etree

    return [etree.tostring(cell, with_tail=False) for cell in cells]


def read_section(
    cell: Any,
    known: Container[str],
    headings: frozenset[str] = frozenset(),
    html: bytes | None = None,
    table: AliasTable = PACKAGE,
) -> Section:
    """:func:`parse_section`, remembered: a cell of the same HTML, with the same answers about
    the names and headings it asks after, is read once (the reading asks nothing else: it
    takes the same path). ``html``: the cell's, from :func:`cells_html`, when the caller has
    it. The section returned may be shared: it is not to be changed."""
    readings = _READ.get(cells_html([cell])[0] if html is None else html, list)
    heads = _Headings(headings, table)
    for section, answers, heading_answers, told in readings:
        if (
            told is table
            and all((key in known) == answer for key, answer in answers.items())
            and heads.same(heading_answers)
        ):
            return section
    asked = _Asked(known, table)
    heads.answers = {}
    section = _parse_section(cell, asked, heads)
    readings.append((section, asked.answers, heads.answers, table))
    return section


def _row_text(lines: Sequence[Line], lists: Sequence[Any]) -> str:
    def list_text(lst: Any) -> str:
        return " ".join(text_of(_without_links(x)) for x in lines_of(lst)[0])

    return collapse(" ".join([text_of(_without_links(x)) for x in lines] + [list_text(lst) for lst in lists]))


def row_text(cell: Any) -> str:
    """A section cell's text as printed (``<br>`` read as a space), its materials' link words
    (``(slides)``) left out: they are its materials. An 'other' row's raw text."""
    return _row_text(*lines_of(cell))

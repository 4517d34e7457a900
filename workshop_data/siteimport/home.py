"""An edition's home page (``index.md``) as data: its speakers, its committees, its contact.

The home page is where the site prints its speakers' bios, photos, role labels and talk titles
(but for NeurIPS 2023's last titles, and ISCA 2019's speakers, on their schedule pages:
:func:`parse_speakers`), and its
organizing, steering, program and competition committees. Its markup changed
with almost every edition; :func:`parse_home` reads every shape the site's history has (2018 to
2025) into a :class:`~.records.HomePage` of names *as printed* (who is who across pages and
editions is decided later, by :mod:`.assembly` and :mod:`.release_ids`):

* **Markdown** (the first weeks of 2018): ``## Speakers`` then ``### Name``, committees as
  ``* Name, Affiliation, [@handle](url)``. Rendered with markdown-it-py (CommonMark, HTML kept,
  as Jekyll passes these pages' flush HTML blocks through) and then read like the HTML pages.
* **Speaker blocks** ``<div class="speaker-bio">``: a photo (``background-image: url(…)`` or
  ``<img>``), the name in a heading (in 2018 the ``### Name`` just before the block), an optional
  ``<h5>`` role label ("Keynote Speaker", "Hardware", "Invited Panelist"), an optional talk
  title heading, then the bio paragraph. 2022's bios are followed by the talk's abstract (a
  second paragraph, after an ``<h4>`` title or not); 2023's print the title first (``<h3>Keynote:
  Title</h3>``) and the speaker below it as ``<h4>Name (Affiliation)</h4>``. The links of the
  name's heading and of the bio paragraph (2024's Natasha Jaques: her lab's site) are the
  person's profile links, and the bio's are also kept as the words they link (``bio_links``, the
  release's ``text_links``); the abstract's links are about the talk.
* **Speakers named only in the in-page schedule** (2020, 2021, 2022 until its bios were added):
  ``<b>Invited Speaker 1: Name</b>``, maybe followed by `` - Title``. The schedule itself is read
  by ``inpage_schedule``; here only the people it names who have no speaker block.
* **Committees**: a heading with "Committee" (as printed, typos included) and the list under it,
  ``<li><b>Name</b>, Affiliation, Affiliation, <a href>@handle</a></li>`` (the name may share the
  bold with the affiliation; links are the person's profile links).

Nothing is invented: a speaker block prints no affiliation apart from 2023's ``Name
(Affiliation)`` and ISCA 2019's ``Name - Affiliation`` and ``Name (Affiliation)``, so a speaker's
affiliations stay empty and the bio keeps the words. Placeholders
("TBD", "Other speakers TBD") are not people, nor is a committee item that prints no bold, no
comma and no name in a list whose members print their names in bold ("Reviewers will be
announced soon": :func:`_member`). What cannot be read fully (a committee entry that is
not a name, a speaker block without a name, an unresolved merge conflict inside a list or a speaker
block) raises :class:`~workshop_data.errors.WorkshopDataError` naming the file, the line and the
element, so that the history import reports that version and goes on.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..aliases import PACKAGE, AliasTable
from ..errors import WorkshopDataError
from ..importer.inline import LineStart, blank, collapse
from ..importer.kinds import ROLE_WORDS
from ..importer.page import (
    CutShort,
    Links,
    contact_email,
    has_class,
    html_document,
    joined_texts,
    linked_text,
    refuse_liquid,
    split_front_matter,
    text_content,
)
from ..importer.people import is_name, is_placeholder, name_and_affiliations, split_affiliations
from ..importer.release import MAX_RECORDS
from ..links import web_url
from ..memo import Memo, Recent
from ..schema import SPEAKER_ROLES
from .git import CONFLICT_MARKER
from .records import HomePage, PersonEntry, RoleEntry

#: A line of Markdown block syntax: a heading or a bullet at the start of a line.
_MARKDOWN_BLOCK = LineStart(r"#{1,6}\s|[*+-]\s+\S")
#: A line left by an unresolved merge conflict.
_CONFLICT = re.compile(rf"^\s*{CONFLICT_MARKER}", re.MULTILINE)
_CSS_URL = re.compile(r"""url\(\s*['"]?(?P<url>[^'")]+?)['"]?\s*\)""")
_COMMITTEE = re.compile(r"\bcomm?itt?ee\b", re.IGNORECASE)
_SPEAKERS = re.compile(r"\bspeakers?\b", re.IGNORECASE)
_SCHEDULE_SPEAKER = re.compile(r"^(?P<label>(?:invited|keynote)\s+speaker)\s*\d*\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_DASH = re.compile(r"^[-–—:]\s*")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: What a page is walked by, in document order: these elements, and the speaker blocks.
_UNITS = ("h2", "h3", "div", "ul", "table")
_UNITS_IN_BLOCKS = tuple(tag for tag in _UNITS if tag != "div")


def role_of_label(label: str, group: str = "") -> str:
    """The role kind (a key of ``schema.ROLE_KINDS``) of a speaker printed under ``label``.

    The label decides ("Invited Panelist" is a panelist, "Keynote" a keynote); without one the
    section heading does ("Keynote Speaker"); any other speaker, topic labels such as "Hardware"
    or "Special Topic: MARL" included, is an invited speaker.
    """
    for text in (label, group):
        if re.search(r"\bpanel(?:ist)?s?\b", text, re.IGNORECASE):
            return "panelist"
        if re.search(r"\bkeynotes?\b", text, re.IGNORECASE):
            return "keynote"
    return "invited"


def role_of_committee(heading: str) -> str:
    """The role kind of a committee heading: organizer, steering, or another committee."""
    if re.search(r"\borgani[sz]", heading, re.IGNORECASE):
        return "organizer"
    if re.search(r"\bsteering\b", heading, re.IGNORECASE):
        return "steering"
    return "committee"


@dataclass
class _Reader:
    """The state of one page's walk: where errors point, and the section being read."""

    path: str
    offset: int  # the source line of the body's first line, for HTML pages; 0 for Markdown
    #: The alias table names are told apart by: the import's, given, never defaulted (a page's
    #: speaker blocks alone, :func:`parse_speakers`, tell none apart: the package's, said so).
    table: AliasTable
    group: str = ""
    roles: list[RoleEntry] = field(default_factory=list)
    #: The first speaker block of each name (:attr:`table`'s ``person_key``): its person and element.
    speakers: dict[str, tuple[PersonEntry, Any]] = field(default_factory=dict)

    def where(self, el: Any, lines_in: int = 0) -> str:
        line = f"line {(el.sourceline or 1) + lines_in + self.offset - 1}: " if self.offset else ""
        return f"{self.path}: {line}{self.group or 'before any section'}"

    def check_named_before(self, el: Any, roles: tuple[RoleEntry, ...]) -> None:
        """A speaker block of a name an earlier block prints with another bio or photo: one
        person or two, the page does not say (history's people keep the first block's, and the
        second's were dropped without a word). Every version of every home page in the bundle's
        history prints a name's bio and photo once, or the same again."""
        for role in roles:
            person = role.person
            first, first_el = self.speakers.setdefault(self.table.person_key(person.name), (person, el))
            if first_el is el:
                continue
            for attribute, what in (("bio", "bio"), ("photo_url", "photo")):
                before, now = getattr(first, attribute), getattr(person, attribute)
                if before and now and before != now:
                    line = f" at line {(first_el.sourceline or 1) + self.offset - 1}" if self.offset else ""
                    raise self.fail(
                        el,
                        f"{person.name!r}: the speaker block{line} ({first.name!r}) gives another {what}: one person"
                        " or two, the page does not say; print one block, the same again, or two names",
                    )

    def add(self, el: Any, roles: Iterable[RoleEntry]) -> None:
        """``roles``, read at ``el``, listed. More than
        :data:`~workshop_data.importer.release.MAX_RECORDS` (a schedule page's most records) is
        refused at ``el``: no home page lists so many people (a committee of 100,000, 3 MB, was
        read for 47 s in 525 MB and published)."""
        self.roles.extend(roles)
        if len(self.roles) > MAX_RECORDS:
            raise self.too_many(el)

    def too_many(self, el: Any) -> WorkshopDataError:
        """The error of a page listing more than :data:`~workshop_data.importer.release.MAX_RECORDS`
        people, named at ``el``, the first past it."""
        return self.fail(el, f"more than {MAX_RECORDS} people on the page; this is not a home page")

    def fail(self, el: Any, message: str, lines_in: int = 0) -> WorkshopDataError:
        return WorkshopDataError(f"{self.where(el, lines_in)}: {message}")

    def check_conflict(self, el: Any) -> None:
        text = text_content(el)
        match = _CONFLICT.search(text)
        if match:
            marker = match.group().strip()
            where = text[: match.start()].count("\n") + (1 if text[match.start()] == "\n" else 0)
            raise self.fail(el, f"an unresolved merge conflict ({marker!r}) in the list or block", where)


def _render(body: str) -> tuple[str, bool]:
    """The page's HTML, and whether it came from Markdown."""
    if not _MARKDOWN_BLOCK.search(body):
        return body, False
    return _markdown().render(body), True


@functools.cache
def _markdown() -> Any:
    """A CommonMark renderer that keeps HTML (made once: making one costs more than rendering)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True})


def _document(path: str, html: str, offset: int) -> Any:
    """The page's document (``offset``: the page's line of the HTML's first, 0 when the HTML was
    rendered from Markdown and its lines are not the page's)."""
    from lxml import etree

    try:
        return html_document(html)
    except CutShort as exc:
        where = f"line {exc.line + offset - 1}: " if offset else ""
        raise WorkshopDataError(f"{path}: {where}{exc}") from None
    except (etree.ParserError, ValueError) as exc:
        raise WorkshopDataError(f"{path}: not an HTML page ({exc})") from None


def _text(el: Any) -> str:
    return collapse(text_content(el))


def _text_without_links(el: Any) -> str:
    """The element's text, the text of its ``<a>`` links left out."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() != "a":
            parts.append(_text_without_links(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _links(el: Any) -> tuple[str, ...]:
    """The web links in ``el`` (:func:`~workshop_data.links.web_url`: no anchor, address or script),
    each once: a link printed twice (a name linked, then "(LinkedIn)" to the same page) is one
    profile link, as a release holds it (``people.links``, ``roles.links``)."""
    urls = (web_url(a.get("href", "")) for a in el.iter("a"))
    return tuple(dict.fromkeys(url for url in urls if url is not None))


def _link_labels(el: Any, name: str) -> tuple[str, ...]:
    """The words ``el`` prints as each of its links (:func:`_links`, in their order): the first
    words of an ``<a>`` to the URL that are not the person's ``name`` ("@DivyaMahajn", "website"),
    else "" (a linked name prints no words of the link's own); empty when it prints none."""
    words: dict[str, str] = {}
    for a in el.iter("a"):
        url = web_url(a.get("href", ""))
        printed = _text(a)
        # the name as printed, not as person_key reads it: "@martin_maas" is Martin Maas's key
        if url is not None and printed and printed.casefold() != name.casefold():
            words.setdefault(url, printed)
    labels = tuple(words.get(url, "") for url in _links(el))
    return labels if any(labels) else ()


def _photo(bio: Any) -> str:
    for el in bio.iter():
        if not isinstance(el.tag, str):
            continue
        match = _CSS_URL.search(el.get("style") or "")
        if match:
            return web_url(match.group("url")) or ""
        if el.tag == "img" and el.get("src"):
            return web_url(el.get("src")) or ""
    return ""


def _blocks(bio: Any) -> list[Any]:
    """The headings and paragraphs of a speaker block, in order."""
    return [el for el in bio.iter() if isinstance(el.tag, str) and (el.tag in _HEADINGS or el.tag == "p")]


def _split_label(text: str) -> tuple[str, str]:
    """``"Keynote: Title"`` -> ``("Keynote", "Title")``; a title without a role prefix is kept whole."""
    prefix, sep, rest = text.partition(": ")
    if sep and len(prefix.split()) <= 3 and (ROLE_WORDS.search(prefix) or role_of_label(prefix) != "invited"):
        return prefix.strip(), rest.strip()
    return "", text


def _title(text: str) -> str:
    return "" if is_placeholder(text) else text


@dataclass(frozen=True)
class _Head:
    """What a speaker block's headings say: the name, affiliations, role label, talk title and
    links. (A docstring of its own: a dataclass with none is given one made by
    ``inspect.signature`` as the class is made, at every start of the CLI.)"""

    name: str
    affiliations: tuple[str, ...] = ()
    label: str = ""
    title: str = ""
    links: tuple[str, ...] = ()
    #: The block's paragraphs describe the talk, not the person (ISCA 2019's shapes).
    about_talk: bool = False


def _is_label(text: str) -> bool:
    """Whether an ``<h5>`` under a speaker's name is a role label ("Keynote Speaker", "Hardware",
    "Special Topic: MARL") rather than the talk's title: ISCA 2019's first blocks printed the
    title there ("Search-Based Approaches to Accelerate Deep Learning"), in five words or more
    with no role word; no label the site printed has five words."""
    return len(text.split()) < 5 or ": " in text or ROLE_WORDS.search(text) is not None


def _head(headings: list[Any]) -> _Head:
    """Who the headings above a speaker's bio name, with the label and the talk title."""
    texts = [_text(h) for h in headings]
    tags = [h.tag for h in headings]
    # 2023: <h3>[Label: ]Title</h3><h4>Name (Affiliation)</h4>; not <h3>Name</h3><h4>Title</h4>
    # (2023's schedule page from 2023-12-16: Atlas Wang's block, with no <h5> label).
    # ISCA 2019's schedule page from 2019-06-18: <h3>Title</h3><h4>Name - Affiliation</h4>
    name, affiliations = name_and_affiliations(texts[1]) if len(texts) > 1 else ("", ())
    if tags[:2] == ["h3", "h4"] and "h5" not in tags and not (is_name(texts[0]) and not is_name(name)):
        label, title = _split_label(texts[0])
        about_talk = " - " in texts[1] and is_name(name)
        return _Head(name, affiliations, label, _title(title), _links(headings[1]), about_talk)
    # the name's heading: 'Name', or ISCA 2019's first 'Name (Affiliation)' (then an <h5> title
    # or an <h5>Abstract</h5> heading the paragraph)
    name, affiliations = name_and_affiliations(texts[0])
    if not is_name(name):
        name, affiliations = texts[0], ()
    fives = [t for h, t in zip(headings[1:], texts[1:], strict=True) if h.tag == "h5"]
    abstract_heading = [t for t in fives if t.lower() == "abstract"]
    titles_in_five = [t for t in fives if t not in abstract_heading and not _is_label(t)]
    label = next((t for t in fives if t not in abstract_heading and t not in titles_in_five), "")
    title = next((t for h, t in zip(headings[1:], texts[1:], strict=True) if h.tag != "h5"), "")
    title = title or next(iter(titles_in_five), "")
    about_talk = bool(abstract_heading or titles_in_five)
    return _Head(name, affiliations, label, _title(title), _links(headings[0]), about_talk)


#: Speaker blocks and committee lists read in this process, by their HTML (and the heading
#: naming the speaker above a block) and the section they are in: the history shows the same
#: blocks and lists version after version; each is read once.
_READ: Memo[tuple[str, bytes, bytes, str], tuple[RoleEntry, ...]] = Memo(4096)


def _html(el: Any) -> bytes:
    from lxml import etree

    return bytes(etree.tostring(el, with_tail=False))


def _speaker(reader: _Reader, bio: Any, name_heading: Any | None) -> tuple[RoleEntry, ...]:
    """The speaker of a ``speaker-bio`` block, or none for a placeholder ("Other speakers TBD")."""
    reader.check_conflict(bio)
    blocks = _blocks(bio)
    first_p = next((i for i, el in enumerate(blocks) if el.tag == "p"), len(blocks))
    headings = blocks[:first_p] or ([name_heading] if name_heading is not None else [])
    paragraphs = [el for el in blocks[first_p:] if el.tag == "p" and _text(el)]
    photo = _photo(bio)
    if not headings:
        if not paragraphs and not photo:
            return ()
        raise reader.fail(bio, "a speaker block with no name heading")
    head = _head(headings)
    if not is_name(head.name):
        if not paragraphs and not photo:
            return ()
        raise reader.fail(bio, f"cannot read a speaker's name in {head.name!r}")
    bio_text, title, links = "", head.title, head.links
    bio_links: Links = ()
    abstract: list[tuple[str, Links]] = []
    for el in blocks[first_p:]:
        text = _text(el)
        if el.tag != "p":  # a heading after the bio: the talk's title (2022)
            title = title or _title(text)
        elif text and not bio_text and not abstract and not head.about_talk:
            bio_text, bio_links = linked_text(el)
            links += tuple(u for u in _links(el) if u not in links)  # the bio's links are the person's
        elif text:
            abstract.append(linked_text(el))
    abstract_text, abstract_links = joined_texts(abstract)
    person = PersonEntry(
        name=head.name,
        affiliations=head.affiliations,
        photo_url=photo,
        bio=bio_text,
        links=links,
        bio_links=bio_links,
        anchor=bio.get("id") or "",
    )
    role = RoleEntry(
        person=person,
        role=role_of_label(head.label, reader.group),
        group=reader.group,
        label=head.label,
        talk_title=title,
        talk_abstract=abstract_text,
        abstract_links=abstract_links,
    )
    return (role,)


def _bold_first(li: Any) -> Any | None:
    """The item's leading ``<b>``/``<strong>`` (where a committee line prints the name), else None."""
    first = next((c for c in li if isinstance(c.tag, str)), None)
    leading = collapse(li.text or "") == ""
    return first if first is not None and leading and first.tag in ("b", "strong") else None


#: Words of a sentence that no person's name holds: the verb "to be" and the participles a
#: committee's note is written with ("Reviewers Will Be Announced Soon", "Members Are Confirmed").
#: "Will", "Soon" and "To" are not here: each is a name (Will Hamilton, Soon-Yi, To Thanh Huong).
_NOTE_VERBS = frozenset({"be", "been", "being", "is", "are", "was", "were", "announced", "confirmed", "posted"})


def _is_note(printed: str, *, a_name: bool, bold_list: bool) -> bool:
    """Whether a committee item's text reads as a sentence, a note of the list, not a member
    (:func:`_member`): no comma (a member's line is "Name, Affiliation"), three words or more, the
    first capitalised, and either a word of :data:`_NOTE_VERBS` ("Reviewers Will Be Announced Soon":
    capitalised words, which :func:`~workshop_data.importer.people.is_name` reads as a name) or, in
    a list whose members print their names in bold (``bold_list``), words that are no name
    (``a_name`` False: "Reviewers will be announced soon"). A name typed in lower case ("jeff
    dean", "dr. jeff dean") is not one; nor is a name of several words ("Juan Carlos de la Torre")."""
    words = collapse(printed).split()
    if "," in printed or len(words) < 3 or not words[0][:1].isupper():
        return False
    if any(word.strip(".:;!?()").casefold() in _NOTE_VERBS for word in words):
        return True
    return bold_list and not a_name


def _member(reader: _Reader, li: Any, number: int, bold_list: bool = False) -> RoleEntry | None:
    """A committee member from a list item, or None for a placeholder ("TBD") and for an item
    that prints no bold but a sentence (:func:`_is_note`): a note of the list ("Reviewers Will Be
    Announced Soon", "More members: to be announced"), as "TBD" is, not a person. A sentence without
    such a verb is a note only where it is no name (lower-case words: "See the full list on our
    blog") in a list whose members print their names in bold (``bold_list``): the list's bold tells
    it from a member whose name is printed without it. Where no item prints a bold name (the Markdown pages' ``* Name,
    Affiliation``), and of any other item that is no name, it is refused, naming it."""
    printed = _text(li)
    if not printed or is_placeholder(printed):
        return None
    first = _bold_first(li)
    if first is not None:
        name, _, more = _text(first).partition(",")  # <b>Name</b>, or <b>Name, Affiliation</b>
        rest = f"{more}, {_tail_text(first)}"
    else:
        name, _, rest = _text_without_links(li).partition(",")
    name = collapse(name)
    a_name = is_name(name)
    if first is None and _is_note(printed, a_name=a_name, bold_list=bold_list):
        return None
    if not a_name:
        raise reader.fail(li, f"item {number}: cannot read a person's name in {printed!r}")
    affiliations = split_affiliations(collapse(rest).strip(" ,;."))
    person = PersonEntry(
        name=name,
        affiliations=tuple(a.strip(" ,;.") for a in affiliations),
        links=_links(li),
        link_labels=_link_labels(li, name),
    )
    return RoleEntry(person=person, role=role_of_committee(reader.group), group=reader.group)


def _tail_text(el: Any, *, links: bool = False) -> str:
    """The text after ``el`` in its parent, the links' text left out unless ``links``."""
    parts = [el.tail or ""]
    for sibling in el.itersiblings():
        if isinstance(sibling.tag, str) and links:
            parts.append(text_content(sibling))
        elif isinstance(sibling.tag, str) and sibling.tag.lower() != "a":
            parts.append(_text_without_links(sibling))
        parts.append(sibling.tail or "")
    return "".join(parts)


def _schedule_speakers(reader: _Reader, table: Any, named: set[str]) -> Iterator[RoleEntry]:
    """Speakers a schedule table names (``Invited Speaker 1: Name``) who have no speaker block."""
    for b in table.iter("b", "strong"):
        match = _SCHEDULE_SPEAKER.match(_text(b))
        if not match or reader.table.person_key(match["name"]) in named:
            continue
        name = collapse(match["name"])
        if not is_name(name):
            raise reader.fail(b, f"cannot read a speaker's name in {_text(b)!r}")
        named.add(reader.table.person_key(name))
        link = b.getparent() if b.getparent().tag == "a" else b
        cell = next(b.iterancestors("td", "th"), None)
        after = _tail_text(link, links=True) if cell is not None else ""
        anchor = (link.get("href") or "") if link.tag == "a" else ""
        yield RoleEntry(
            person=PersonEntry(name=name, anchor=anchor.removeprefix("#") if anchor.startswith("#") else ""),
            role=role_of_label(match["label"]),
            group=reader.group,
            label=collapse(match["label"]),
            talk_title=_title(_DASH.sub("", collapse(after))),
        )


def _bios_in_sections(root: Any) -> list[tuple[Any, Any | None]]:
    """The speaker blocks of ``root``'s document (:func:`_is_bio`), in order, each with the heading
    of its section: the last ``<h2>`` before it that is not around it, XPath's ``preceding::h2[1]``,
    found in one pass over the headings and divs (an element met before a block in document order
    is around it or before it) rather than by a search of all that comes before each block."""
    found: list[tuple[Any, Any | None]] = []
    headings: list[Any] = []
    for el in root.iter("h2", "div"):
        if el.tag == "h2":
            headings.append(el)
        elif _is_bio(el):
            around = set(el.iterancestors("h2")) if headings else set()
            found.append((el, next((h for h in reversed(headings) if h not in around), None)))
    return found


def _is_bio(el: Any) -> bool:
    """Whether ``el`` is a speaker block (``<div class="speaker-bio">``), as
    :func:`~workshop_data.importer.page.with_class` finds them."""
    return el.tag == "div" and has_class(el.get("class"), "speaker-bio")


def _units(root: Any) -> Iterator[Any]:
    """The elements the page is read by, in document order, none inside a speaker block:
    headings, lists, tables and the speaker blocks (:func:`_is_bio`).

    One pass: a unit is inside a block when a ``div`` above it has the word ``speaker-bio`` in
    its class split at any white space (a block's ancestors come before it in document order, so
    the units inside each such ``div`` are known when they are met), not by walking each unit's
    ancestors; a ``div`` is a block when its class has the word split at XML's white space."""
    inside: set[Any] = set()
    for el in root.iter(*_UNITS):
        if el.tag == "div":
            value = el.get("class")
            if value is None or "speaker-bio" not in value:
                continue
            if "speaker-bio" in value.split():
                inside.update(el.iter(*_UNITS_IN_BLOCKS))
            if has_class(value, "speaker-bio"):
                yield el
        elif el not in inside:
            yield el


def _section(heading_text: str) -> str:
    """What a ``<h2>`` section holds: ``"committee"``, ``"speakers"`` or ``""`` (prose, schedule…)."""
    if _COMMITTEE.search(heading_text):
        return "committee"
    return "speakers" if _SPEAKERS.search(heading_text) else ""


def _bare_speaker(reader: _Reader, h3: Any) -> RoleEntry | None:
    """A speaker printed as a bare ``### Name`` (2018's Markdown), or None when a block follows it."""
    following = h3.getnext()
    if following is not None and _is_bio(following):
        return None  # the name of the speaker block that follows (2018's Markdown + HTML)
    if not is_name(_text(h3)):
        raise reader.fail(h3, f"cannot read a speaker's name in {_text(h3)!r}")
    person = PersonEntry(name=_text(h3), links=_links(h3))
    return RoleEntry(person=person, role=role_of_label("", reader.group), group=reader.group)


#: Committee members read in this process, by their list item's HTML and the section they are
#: in: a committee that gains or loses a member is read again, its other members are not (an
#: import of the workshop's site read 327 items of 157 distinct ones). A member's reading depends
#: on the item alone (its number and line go only into errors, which are not remembered) and on
#: whether its list prints names in bold (:func:`_member`).
_MEMBERS: Memo[tuple[bytes, str, bool], RoleEntry | None] = Memo(4096)


def _committee(reader: _Reader, ul: Any) -> tuple[RoleEntry, ...]:
    reader.check_conflict(ul)
    items = [c for c in ul if isinstance(c.tag, str) and c.tag == "li"]
    if len(items) > MAX_RECORDS:  # not one read: each is a person
        raise reader.too_many(items[MAX_RECORDS])
    bold = any(_bold_first(li) is not None for li in items)
    members = (
        _MEMBERS.get((_html(li), reader.group, bold), functools.partial(_member, reader, li, number, bold))
        for number, li in enumerate(items, 1)
    )
    return tuple(m for m in members if m is not None)


def _walk(reader: _Reader, root: Any) -> list[tuple[int, str, Any]]:
    """Read the speaker blocks, bare speakers and committees into ``reader.roles``, in page order.

    Returns the tables met on the way (position in the roles, section heading, table), whose
    speakers are read once every speaker block is known.
    """
    tables: list[tuple[int, str, Any]] = []
    section, h2 = "", None
    for el in _units(root):
        if el.tag == "h2":
            reader.group, h2 = _text(el), el
            section = _section(reader.group)
        elif el.tag == "div":
            before = el.getprevious()
            heading = before if before is not None and before.tag == "h3" else None
            key = ("speaker", _html(el), _html(heading) if heading is not None else b"", reader.group)
            roles = _READ.get(key, functools.partial(_speaker, reader, el, heading))
            reader.check_named_before(el, roles)
            reader.add(el, roles)
        elif el.tag == "h3" and section == "speakers" and h2 is not None and el.getparent() is h2.getparent():
            role = _bare_speaker(reader, el)
            reader.add(el, [role] if role is not None else [])
        elif el.tag == "ul" and section == "committee":
            key = ("committee", _html(el), b"", reader.group)
            reader.add(el, _READ.get(key, functools.partial(_committee, reader, el)))
        elif el.tag == "table":
            tables.append((len(reader.roles), reader.group, el))
    return tables


def _add_schedule_speakers(reader: _Reader, tables: list[tuple[int, str, Any]]) -> None:
    """Insert, where their tables are, the schedule's speakers who have no speaker block."""
    named = {reader.table.person_key(r.person.name) for r in reader.roles if r.role in SPEAKER_ROLES}
    shift = 0
    for position, group, table in tables:
        reader.group = group
        found = list(_schedule_speakers(reader, table, named))
        reader.roles[position + shift : position + shift] = found
        shift += len(found)


def parse_speakers(text: str, path: str = "schedule.md") -> tuple[RoleEntry, ...] | None:
    """The speaker blocks of another page of the edition, in page order, each in the section
    heading above it as printed (``group``). NeurIPS 2023's schedule page printed its speakers'
    talk titles under their names from 2023-12-10, when its home page dropped them; ISCA 2019's
    home page has no speakers, its schedule page has (:mod:`.assembly` gives them roles); NeurIPS
    2018's schedule page gives its invited talks' titles and abstracts under "Talk Abstracts"
    (:func:`_talk_abstracts`), which its home page does not print. Committees
    and the speakers a schedule table names are not read here (the schedule is the schedule
    page's own reading).

    ISCA 2019's blocks head the talk ``<h3>Title</h3><h4>Name - Affiliation</h4>`` (from
    2019-06-18), ``<h3>Name (Affiliation)</h3><h5>Title</h5>`` before, and first ``<h3>Name</h3>
    <h5>Abstract</h5>``. Their paragraphs are the talk's abstract, not a bio: the first blocks
    head them "Abstract", and every one describes the talk ("In this talk, I advocate…", "This
    talk will cover…", "I will present…", "We compare the TPU…"), none the speaker's career.

    None when the page's speaker blocks cannot all be read: they only complete the home page's
    speakers, who stand as the home page gives them, and the schedule page is read as before."""
    _front_matter, body, offset = split_front_matter(Path(path), text)
    if blank(body) or ("speaker-bio" not in body and not _ABSTRACTS.search(body)):
        return ()
    return _SPEAKERS_OF.get(body, functools.partial(_speakers_of, body, path, offset))


#: The last pages' bodies read by :func:`parse_speakers` and :func:`parse_home`, and what they
#: read: what a body gives depends on the body alone (the path and the line of its first only go
#: into errors, which are not remembered), and the history shows the same body again at a page
#: whose front matter alone changed or that moved to its edition's folder (an import of the
#: workshop's site reads 129 of its 148 home page versions, 82 of 141 schedule page versions).
#: A home page's people are told apart by an import's alias table: its body is remembered with
#: the table (compared by identity), never read under another import's.
_SPEAKERS_OF: Recent[str, tuple[RoleEntry, ...] | None] = Recent(8)
_HOMES: Recent[tuple[str, AliasTable], HomePage] = Recent(8)


def _speakers_of(body: str, path: str, offset: int) -> tuple[RoleEntry, ...] | None:
    """:func:`parse_speakers` of a page's body (after the front matter, its first line the page's
    line ``offset``)."""
    reader = _Reader(path=path, offset=offset, table=PACKAGE)  # tells no names apart (check_named_before: _walk's)
    try:  # read as HTML, as the schedule reader reads the page; only its speaker blocks
        refuse_liquid(path, body, offset)
        root = _document(path, body, offset)
        for bio, section in _bios_in_sections(root):
            reader.group = _text(section) if section is not None else ""  # as printed ("Speakers")
            before = bio.getprevious()
            heading = before if before is not None and before.tag == "h3" else None
            key = ("speaker", _html(bio), _html(heading) if heading is not None else b"", reader.group)
            reader.add(bio, _READ.get(key, functools.partial(_speaker, reader, bio, heading)))
        if _ABSTRACTS.search(body):
            reader.roles.extend(_talk_abstracts(reader, root))
    except WorkshopDataError:
        return None
    return tuple(r for r in reader.roles if r.role in SPEAKER_ROLES)


#: A section of talk abstracts: its ``<h2>`` ("Talk Abstracts", NeurIPS 2018's schedule page).
_ABSTRACTS = re.compile(r"abstracts?\s*</h2\s*>", re.IGNORECASE)


def _talk_abstracts(reader: _Reader, root: Any) -> Iterator[RoleEntry]:
    """The talks of NeurIPS 2018's schedule page from 2018-12-04: under ``<h2>Talk Abstracts</h2>``,
    ``<h3 id="song_han_talk">Title <a>(slides)</a></h3><h5 class="talk_speaker">Name</h5>`` and
    the abstract's paragraphs, no speaker block. A talk is an ``<h3>`` with an ``<h5>`` right
    under it, whatever their classes (the first version printed Song Han's ``clas="talk_speaker"``,
    which the page showed all the same). Each gives the speaker's talk title (the words of its
    heading without its links: the slides and recordings are the schedule row's materials) and
    abstract, which :func:`.assembly._with_talk` gives the home page's speaker of that name; the
    role is ``invited`` until the schedule's slot gives the kind (:func:`.assembly._schedule_only`)."""
    for h2 in root.iter("h2"):
        group = _text(h2)
        if not group.lower().endswith(("abstract", "abstracts")):
            continue
        for h3 in h2.itersiblings():
            if h3.tag == "h2":
                break
            h5 = h3.getnext()
            if h3.tag != "h3" or h5 is None or h5.tag != "h5":
                continue
            name = _text(h5)
            if not is_name(name):
                raise reader.fail(h5, f"cannot read a talk's speaker in {name!r}")
            paragraphs: list[tuple[str, Links]] = []
            el = h5.getnext()
            while el is not None and el.tag == "p":
                paragraphs.append(linked_text(el))
                el = el.getnext()
            abstract, abstract_links = joined_texts([p for p in paragraphs if p[0]])
            yield RoleEntry(
                person=PersonEntry(name=name),
                role="invited",
                group=group,
                talk_title=_title(collapse(_text_without_links(h3)) or _text(h3)),  # a title that is a link
                talk_abstract=abstract,
                abstract_links=abstract_links,
            )


def parse_home(text: str, path: str = "index.md", table: AliasTable = PACKAGE) -> HomePage:
    """Read one version of an edition's home page; ``path`` names it in errors; ``table``: the
    alias table its speakers are told apart by (the import's).

    Speakers, panelists and committee members come in page order, each with the section heading
    as printed (``group``); the contact address is the page's first ``mailto:`` link. Raises
    :class:`WorkshopDataError` (file, line, section) for what cannot be read fully.
    """
    _front_matter, body, offset = split_front_matter(Path(path), text)
    if blank(body):
        return HomePage()
    return _HOMES.get((body, table), functools.partial(_home, body, path, offset, table))


def _home(body: str, path: str, offset: int, table: AliasTable) -> HomePage:
    """:func:`parse_home` of a page's body (after the front matter, its first line the page's line
    ``offset``)."""
    refuse_liquid(path, body, offset)  # before Markdown, on the page's own lines
    html, from_markdown = _render(body)
    reader = _Reader(path=path, offset=0 if from_markdown else offset, table=table)
    root = _document(path, html, reader.offset)
    _add_schedule_speakers(reader, _walk(reader, root))
    email = contact_email(root, path, None if from_markdown else offset)
    return HomePage(roles=tuple(reader.roles), contact_email=email)

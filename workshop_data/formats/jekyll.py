"""A release as a Jekyll schedule page in the structure of the workshop's website.

The page has the site's front matter, the ``schedule-table`` with its classes and inline styles
(one row per slot, the row's ``id`` is the slot id, so ``page#slot-id`` links work), and the
contact section. It prints the venue's wall-clock times, as the site does. The front matter also
carries ``timezone`` (the site's pages never say it) and, when ``site_description`` does not say
them, ``series``, ``conference``, ``venue`` and ``date``, and last ``release``, the release it was
exported from (an import of the page edited refuses to undo what a release published since
changed: :func:`~workshop_data.importer.release.not_undoing`): Jekyll ignores keys it does not use.
Jekyll pastes front matter values into the HTML as they are, into text and into attributes (the
site's menu: ``alt="{{ site_page.title }}"``), so they are HTML-escaped as an attribute's value is,
quotes too: a ``"`` in a page title ended the attribute, and what followed was the menu's markup.

Jekyll runs Liquid over the page's content: a ``{{ site }}`` or ``{% include … %}`` in a title or
a name would be evaluated. Every ``{`` of the content is written as the character reference
``&#123;``, which no Liquid tag starts with and every HTML reader (the importer too) reads as
``{`` (:func:`liquid_inert`). Front matter values are not rendered by Liquid.

Importing the page (``workshop-data import``) gives back the release (ids are made from the
text, or carried over from the previous release), but for the times a page prints for a talk of
its own (schema 2.4.0), which the table has no place for (:func:`not_printed`). The conference
site's types of talks and slots and the title it gives a slot's own event (schema 2.11.0:
NeurIPS 2022's "(Spotlight)", "Poster Session | Coffee Break") or its talk (2.12.0: "Jeff Dean -
Invited Talk") are printed as that site's detailed schedule printed them, a type in parentheses
in ``<small>``, a title in ``<strong>``, each of a class naming its field (:func:`_events`,
:func:`_typed`), and read back apart from the row's text. How a talk is
given (2.8.0: NeurIPS 2022's "In-person Presentation, Prerecorded Backup") is written where the
table has room for what it does not print, an attribute: ``<tr data-delivery="…">`` for a
slot's talk and ``<li data-delivery="…">`` for a talk of a block, read back; how a slot of no
talk is given (2.10.0: the opening remarks') ``<tr data-slot-delivery="…">``. The page says
what the site's pages left to the edition's other pages: a row whose label does not name its
kind says it in ``<tr data-kind="…">`` (:func:`_kind_attribute`), every name is marked as one
(``<span class="person">``, :func:`_name`), and a row kept as 'other' is printed in the site's
shape whose text is its raw text (:meth:`_Writer._other_shapes`). Every text is
HTML-escaped; titles keep their MyST emphasis as ``<i>``/``<b>`` and nothing else. A talk's
materials are a line of links named by their kind (``(slides)``, ``(recording)``, ``(paper)``…),
read back as that kind. A part of the program (``slots.part``) is a heading row above its slots,
read back as the part. The page prints times of day without their date, as the site's pages do: a release whose slots
start on several days (NeurIPS 2020's Run 2, the evening before) does not import back as itself.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import WorkshopDataError, shown
from ..links import KIND_WORDS
from ..model import Material, Person, Release, Slot, Talk
from ..placeholders import TBD
from ..schema import KINDS
from ..titles import Title

TIME_TD = '<td style="text-align: right; white-space: nowrap; font-size: 15px;">'
SECTION_TD = '<td style="text-align: left">'
#: A heading row's style, as NeurIPS 2020's home page printed "Run 1".
PART_STYLE = "text-align: left; font-size: 15px; color: #2879d0"
HEADER = """<div class="schedule_section virtual_schedule_section">
  <div class="inner clearfix">
    <section class="main-content">
      <h2>Schedule</h2>
      <table class="schedule-table">
        <thead>
          <tr>
            <th style="text-align: center; white-space: nowrap;">Time</th>
            <th style="text-align: left">Section</th>
          </tr>
        </thead>
        <tbody>
"""
FOOTER = """        </tbody>
      </table>
    </section>
  </div>
</div>
"""
CONTACT = """<div class="contact-us-section">
    <div class="inner clearfix">
        <section class="main-content">
            <h2>Contact Us</h2>
            <p>
                Contact us at <a href="mailto:{href}">{text}</a>.
            </p>
        </section>
    </div>
</div>
"""


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _front_matter(release: Release) -> str:
    import yaml

    from ..importer.release import EXPORTED_FROM
    from ..importer.workshop import parse_description

    w = release.workshop
    described = parse_description(w.site_description)
    keys: dict[str, Any] = {
        "title": _attr(w.page_title),
        "workshop_name": w.edition,
        "site_description": _attr(w.site_description),
        "mini_site_description": _attr(w.mini_site_description),
        "site_title": _attr(w.site_title),
        "timezone": w.timezone,
    }
    for key, value, said in (
        ("series", w.series, described.series),
        ("conference", w.conference, described.conference),
        ("venue", w.venue, described.venue),
    ):
        if value != said:
            keys[key] = _attr(value)
    if w.date != described.date:
        keys["date"] = w.date
    keys[EXPORTED_FROM] = release.name  # what the page's edits are made on: import refuses to undo a newer one's
    body = "".join(
        yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=float("inf"))
        for key, value in keys.items()
    )
    return f"---\n{body}---\n"


def _clock(moment: dt.datetime) -> tuple[str, str]:
    from ..importer.times import clock_text

    hours_minutes, meridiem = clock_text(moment.time()).split()
    return hours_minutes, meridiem


def _time_cell(slot: Slot) -> str:
    """``8:20 AM``; a printed end as ``9:00-9:10 AM`` or ``11:30 AM-12:10 PM``; ``TBD`` for a
    start not known, as the pages print it (and the importer reads it back as unknown)."""
    if slot.start is None:
        return TBD
    start, start_ap = _clock(slot.start)
    if slot.end is None or slot.end_derived:
        return f"{start} {start_ap}"
    end, end_ap = _clock(slot.end)
    return f"{start}-{end} {end_ap}" if start_ap == end_ap else f"{start} {start_ap}-{end} {end_ap}"


def _title(title: str, title_myst: str) -> str:
    return Title.of(title, title_myst).jekyll_html


class _Writer:
    """Renders rows, printing a person's affiliation the first time they appear."""

    def __init__(self, release: Release) -> None:
        self.release = release
        self.people = {p.person_id: p for p in release.people}
        self.printed: set[str] = set()

    def person(self, person: Person, *, details: bool = True) -> str:
        """A name, linked to the bio and with affiliations unless ``details`` is off and the
        person was printed above (a panel names people the page presented earlier)."""
        name = _name(person)
        if not details and person.person_id in self.printed:
            return name
        self.printed.add(person.person_id)
        out = f'<a href="#{_attr(person.anchor)}">{name}</a>' if person.anchor else name
        if person.affiliations:
            out += f" (<i>{_text(', '.join(person.affiliations))}</i>)"
        return out

    def names(self, ids: Iterable[str], *, details: bool = True) -> str:
        return ", ".join(self.person(self.people[pid], details=details) for pid in ids)

    def speaker_line(self, slot: Slot) -> str:
        """``<a href="#x"><b>Label:</b> Name</a> (<i>Affiliation</i>), <a…>Name</a> …``; without a
        label, the speaker alone in bold (``<b>Name</b>``, as NeurIPS 2018's contributed talks)."""
        from ..importer.people import is_name

        first, *others = (self.people[pid] for pid in slot.speakers)
        name = _name(first)
        if slot.label and first.anchor and is_name(slot.label, 2):
            # a label that reads as a name ("CodeGen Talk") is not linked: a linked name before a
            # colon is the speaker ("<a href="#x">Name</a>: Title")
            line = f'<b>{_text(slot.label)}:</b> <a href="#{_attr(first.anchor)}">{name}</a>'
        else:
            label = f"<b>{_text(slot.label)}:</b> {name}" if slot.label else f"<b>{name}</b>"
            line = f'<a href="#{_attr(first.anchor)}">{label}</a>' if first.anchor else label
        if first.affiliations:
            line += f" (<i>{_text(', '.join(first.affiliations))}</i>)"
        self.printed.add(first.person_id)
        if others:
            line += ", " + self.names(p.person_id for p in others)
        return line

    def talk(self, talk: Talk) -> str:
        item = _title(talk.title, talk.title_myst) + _typed(talk.presentation, "presentation", " ")
        if talk.speakers:
            item += f"<br/><i>Speaker</i>: {self.names(talk.speakers)}"
        item += _materials(self.release.materials_of(talk.slot_id, talk.talk_id))
        return f"<li{_delivery_attribute(talk.delivery)}>{item}</li>"

    def section(self, slot: Slot, talks: list[Talk]) -> tuple[str, str]:
        """The row's section cell and its ``<tr>``'s kind attribute (:func:`_kind_attribute`)."""
        printed = self._section(slot, talks)
        if slot.kind == "other" and slot.raw and _printed_text(printed) != slot.raw:
            # a row kept as 'other' prints the text it was read from (its raw): in another of the
            # site's shapes whose text that is, else that text alone (a row the importer did not
            # understand), with its materials
            materials = _materials(self.release.materials_of(slot.slot_id))
            shaped = (s for s in self._other_shapes(slot) if _printed_text(s) == slot.raw)
            cell = next(shaped, None)
            return (cell or _text(slot.raw)) + _events(slot) + materials, _kind_of(slot)
        return printed, _kind_attribute(slot, slot.label)

    def _other_shapes(self, slot: Slot) -> Iterator[str]:
        """The row in the other shapes the site printed (without its materials), for a row kept
        as 'other' whose text (its raw) is not the text of the shape :meth:`_section` prints:
        ISCA 2019's ``<b>Title</b><br/><i>Speaker</i>: Name - Affiliation`` and ``<b>Title</b><br/>
        Name - Affiliation`` (a label and its title), NeurIPS 2024's first schedule's ``<i>Title,
        Name</i>`` and ``<i>Name: Title</i>``."""
        title = _title(slot.title, slot.title_myst) if slot.title or slot.title_myst else ""
        label, status = _text(slot.label), _status(slot.status)
        if not slot.speakers and label and title:
            yield f"<b>{label}</b>{status}<br/>{title}"
        if len(slot.speakers) != 1 or slot.kind == "panel" or not title:
            return
        person = self.people[slot.speakers[0]]
        if label:
            name = f'<a href="#{_attr(person.anchor)}">{_name(person)}</a>' if person.anchor else _name(person)
            dash = f" - {_text(', '.join(person.affiliations))}" if person.affiliations else ""
            for note in dict.fromkeys((status, status.lstrip())):  # ISCA 2019 printed "Title(Best Paper)" too
                yield f"<b>{title}</b>{note}<br/><i>{label}</i>: {name}{dash}"
        else:
            yield f"<i>{title}, {_name(person)}</i>{status}"
            yield f"<i>{_name(person)}: {title}</i>{status}"

    def _section(self, slot: Slot, talks: list[Talk]) -> str:
        title = _title(slot.title, slot.title_myst) if slot.title or slot.title_myst else ""
        label = _text(slot.label)
        if slot.kind == "panel":  # "Panel: A, B, C", the title (if any) below
            names = self.names(slot.speakers, details=False)
            first = f"{label}: {names or title}" if names or title else label
            title = title if names else ""
        elif slot.speakers:
            first = self.speaker_line(slot)
        elif not slot.label:
            first, title = f"<i>{title}</i>" if title else "", ""
        elif title and _read_title(f"<b>{label}:</b> {title}") == slot.title:
            first, title = f"<b>{label}:</b> {title}", ""
        elif title:  # a title the line would not keep whole ("(Margaritov, …)": a note), below the label
            first = f"<b>{label}</b>"
        else:
            first = f"{label}:" if talks else label
        first += _status(slot.status)
        if title:
            first += f"<br/>{title}"
        first += _events(slot)
        first += _materials(self.release.materials_of(slot.slot_id))
        if talks:
            first += "<ul>" + "".join(self.talk(t) for t in talks) + "</ul>"
        return first


def _events(slot: Slot) -> str:
    """The conference site's title and type of the slot's talk, then of its own event, each a line
    as NeurIPS 2022's detailed schedule printed them (``<br/><strong class="talk-event-title">Jeff
    Dean - Invited Talk</strong> <small class="talk-presentation">(Talk)</small>``, ``<br/><strong
    class="event-title">Poster Session | Coffee Break</strong> <small class="presentation">(Break)
    </small>``); the classes say which field each is (:data:`~workshop_data.importer.inline.MARKS`),
    and the importer reads them back apart from the row's text. Nothing where the slot has none."""
    out = ""
    for title, kind, whose in (
        (slot.talk_event_title, slot.talk_presentation, "talk-"),
        (slot.event_title, slot.presentation, ""),
    ):
        line = f'<strong class="{whose}event-title">{_text(title)}</strong>' if title else ""
        line += _typed(kind, f"{whose}presentation", " " if line else "")
        out += f"<br/>{line}" if line else ""
    return out


def _typed(kind: str, mark: str, before: str) -> str:
    """``kind`` (a conference site's type) in parentheses in smaller type, as that site printed it
    (``<small class="presentation">(Spotlight)</small>``, :func:`~workshop_data.formats.text.typed`,
    the one wording), its class ``mark`` saying whose it is, after ``before``; empty where none."""
    from .text import typed

    return f'{before}<small class="{mark}">{_text(typed(kind))}</small>' if kind else ""


def _name(person: Person) -> str:
    """A person's name marked as one (``<span class="person">``): the page's evidence that the
    text is a name, which a row printing a speaker without a label, an affiliation or a link to a
    bio does not give (NeurIPS 2018's ``<b>Caroline Lemieux</b><br/><i>Title</i>``: ``import-site``
    knew the name from the edition's papers); the importer reads the names so marked as the
    names the edition's other pages give (:attr:`workshop_data.importer.page.Page.persons`)."""
    from ..importer.page import PERSON_CLASS

    return f'<span class="{PERSON_CLASS}">{_text(person.name)}</span>'


def _kind_attribute(slot: Slot, label: str) -> str:
    """`` data-kind="invited"`` where the label the importer reads (``label``) does not name the
    slot's kind by keyword (:func:`workshop_data.importer.kinds.keyword_kind`): a speaker under a
    topic label, a title alone, and the rows ``import-site`` settled from the edition's other
    pages (ISCA 2019's "Speaker: name", NeurIPS 2018's contributed talks). A label that names it
    ("Keynote", "Coffee Break") gets none, as the site's rows have none: an organizer who edits it
    changes the kind as before."""
    from ..importer.kinds import keyword_kind

    return "" if keyword_kind(label) == slot.kind else _kind_of(slot)


def _delivery_attribute(given: str, slot: bool = False) -> str:
    """`` data-delivery="…"`` where the data says how the talk is given (``slots.talk_delivery`` on
    its row, ``talks.delivery`` on a block's ``<li>``; :data:`~workshop_data.importer.inline.DELIVERY_ATTRIBUTE`),
    or, ``slot``, a row's ``data-slot-delivery`` (``slots.delivery``:
    :data:`~workshop_data.importer.inline.SLOT_DELIVERY_ATTRIBUTE`), which the importer reads back;
    nothing where it says none. The site's schedule tables never printed it (NeurIPS 2022's
    detailed schedule did, as a tooltip of another table)."""
    from ..importer.inline import DELIVERY_ATTRIBUTE, SLOT_DELIVERY_ATTRIBUTE

    return f' {SLOT_DELIVERY_ATTRIBUTE if slot else DELIVERY_ATTRIBUTE}="{_attr(given)}"' if given else ""


def _kind_of(slot: Slot) -> str:
    """`` data-kind="…"`` of ``slot``: a value of the schema's enumeration (:data:`KINDS`), never
    the record's text (a release built in memory may hold any); else an error naming the slot."""
    if slot.kind not in KINDS:
        raise WorkshopDataError(
            f"slot {slot.slot_id!r}, field 'kind': {shown(slot.kind)} is not one of the schema's kinds "
            f"({', '.join(KINDS)})"
        )
    return f' data-kind="{slot.kind}"'


def _read_title(cell_html: str) -> str:
    """The title the importer reads from a section cell's HTML."""
    from ..importer.sections import parse_section

    return parse_section(_cell(cell_html), frozenset()).title


def _printed_text(cell_html: str) -> str:
    """The text an importer reads from a section cell's HTML (its 'raw' text)."""
    from ..importer.sections import row_text

    return row_text(_cell(cell_html))


def _cell(cell_html: str) -> Any:
    """A section cell's HTML as the importer's parser reads it: the ``<td>`` element."""
    import lxml.html

    return lxml.html.fragment_fromstring(f"<td>{cell_html}</td>")


def _materials(materials: Iterable[Material]) -> str:
    """A line of links named by their kind (``<br/><a href="…">(slides)</a>``), as the site links
    slides and recordings; the importer reads each word back as its kind."""
    links = [f'<a href="{_attr(m.url)}">({KIND_WORDS[m.kind]})</a>' for m in materials]
    return "<br/>" + " ".join(links) if links else ""


def _status(status: str) -> str:
    """``, TBD`` and ``(note)`` printed apart, as the pages print them."""
    out = ""
    for part in (p for p in status.split(", ") if p):
        out += f", {TBD}" if part == TBD else f' <span class="status">({_text(part)})</span>'
    return out


def liquid_inert(content: str) -> str:
    """HTML ``content`` with no Liquid in it: every ``{`` as ``&#123;`` (the same character)."""
    return content.replace("{", "&#123;")


def not_printed(release: Release) -> list[str]:
    """What of the schedule the page has no place for, in words (empty: nothing): the times a
    page prints for a talk of its own (schema 2.4.0: NeurIPS 2022's spotlights' ``talks.start``/
    ``end``, its invited talks' other times ``slots.talk_start``/``talk_end``), which a schedule
    page's table of times of day per row does not print, nor its import read: an import of the
    page has none. How a talk is given (schema 2.8.0) is written as a ``data-delivery``
    attribute (:func:`_delivery_attribute`), the conference site's types and other titles (schema
    2.11.0, 2.12.0) as that site printed them (:func:`_events`, :func:`_typed`): both read back."""
    talks = [t for t in release.talks if t.start is not None]
    others = [s for s in release.slots if s.talk_start is not None]
    out = []
    if talks:
        out.append(f"the times of {len(talks)} talk(s) of their own (talks.start/end; first {talks[0].title!r})")
    if others:
        first = others[0].slot_id
        out.append(
            f"another time printed for {len(others)} slot(s)' talks (slots.talk_start/talk_end; first {first!r})"
        )
    return out


def to_jekyll(release: Release, tz: str | None = None, kinds: Iterable[str] | None = None) -> str:
    """The release as a Jekyll schedule page (Markdown file with YAML front matter and HTML).

    The page is the whole schedule: a row's end not printed is the next row's start, so a page of
    some ``kinds`` would import back with other ends; they are refused, as another ``tz`` is, and
    so is a release with no schedule (a page of an empty table does not import)."""
    if tz and tz != release.workshop.timezone:
        raise WorkshopDataError(
            f"a Jekyll page prints the venue's wall-clock times ({release.workshop.timezone}); --tz does not apply"
        )
    if kinds:
        raise WorkshopDataError(
            "a Jekyll page is the whole schedule (a row's end not printed is the next row's start); "
            "--kinds does not apply"
        )
    if not release.slots:  # a page of an empty table: the import refuses it
        raise WorkshopDataError(
            f"release {release.name!r} of {release.edition!r} has no schedule: a schedule page needs one"
        )
    writer = _Writer(release)
    rows = []
    part = ""
    for slot in release.slots:
        if slot.part != part:  # a heading row over a part of the program ("Run 1")
            part = slot.part
            if part:
                rows.append(f'          <tr><td colspan="2" style="{PART_STYLE}">{_text(part)}</td></tr>\n')
        section, kind = writer.section(slot, release.talks_of(slot.slot_id))
        rows.append(
            f'          <tr id="{_attr(slot.slot_id)}"{kind}{_delivery_attribute(slot.talk_delivery)}'
            f"{_delivery_attribute(slot.delivery, slot=True)}>\n"
            f"            {TIME_TD}{_time_cell(slot)}</td>\n"
            f"            {SECTION_TD}{section}</td>\n"
            "          </tr>\n"
        )
    email = release.workshop.contact_email
    contact = CONTACT.format(href=_attr(email), text=_text(email)) if email else ""
    return _front_matter(release) + liquid_inert(HEADER + "".join(rows) + FOOTER + contact)

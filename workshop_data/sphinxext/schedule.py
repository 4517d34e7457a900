"""``workshop-schedule``: the schedule table (Time | Section) and the speakers it links to.

.. code-block:: markdown

   ```{workshop-schedule} neurips2024
   :release: 2024-11-20
   :kinds: keynote, invited
   ```

Each row's time is a ``<time datetime>`` in the venue's zone (switchable in the browser); the label
is bold, each speaker links to their entry in the speakers list below the table (the anchors the
original page used where they name the speaker, e.g. ``#dean_talk``), affiliations are in italics,
then the title; talks inside a slot are a list, each with its own time where the page prints one
(NeurIPS 2022's spotlights), and a talk another schedule of the page prints at another time than its
row's says so ("also printed at 13:55–14:40"), and how a talk is given where the page says it after
the talk, as printed ("(how the talk is given: In-person Presentation, Prerecorded Backup)"); a status such
as TBD is shown as such; breaks, lunch and poster sessions are plain rows. Each row shows its start
("unknown" where the page prints no time, "TBD"; such a row has no calendar file: it is no event,
and no ``<time>``, which would invent a value) and its end, "from 16:50" when the page gives the
start only (the one rendering of a range: :func:`.markup.time_range`), marked ``14:10*`` where the
end is the next slot's start (``end_derived``), a note above the table saying so; a row names the
day above the first slot and wherever the day changes (the script does the same in the reader's
zone, so a day change there shows as a row instead of widening the time column). The whole day's
calendar is one link above the table; each talk (not a break, lunch, poster session or social event)
links to its own "add to calendar" file (:func:`workshop_data.formats.ical.slot_calendar`), named
for assistive technology by what it adds (``aria-label``: the event's summary and start). A talk's
materials (slides, recording, paper) follow it as links named by their kind. The list below the
table is headed "Speakers", anchored ``#speakers`` as the old pages' heading was. Each speaker in
the list below the table links to their page when the site has person pages, and is listed with the
slots they speak in (the slot's start and title; where the slot prints none, the title its
speaker's role holds, where one role alone can: :meth:`.Release.talk_title_role`, NeurIPS 2022's
"Invited Speaker 3: Applying ML to Practical System Design") or the talks of a block they give (the talk's own
time where the page prints one, else the block's as a block's, and its title: "10:55 Contributed
Talks: A code superoptimizer…", "during 10:40–12:00 Contributed Talks: …"); a slot whose talk's
abstract the data holds is followed by "· Abstract", linked to it on the edition's home page (the
old schedule pages of NeurIPS 2018 and ISCA 2019 printed the abstracts under the table).

The table's rows and the speakers list grow with the release (a schedule of 10,010 slots was
some 300,000 docutils nodes, most of its page's build): the directive describes them as plain
data (:class:`SlotRow`, :class:`DayRow`, :class:`Entry` of :mod:`.markup` pieces), kept with
the page, and :func:`write_layout` writes them when the page is written: as the HTML the
nodes become for a builder of HTML pages (:func:`rows_html`, :func:`speakers_html`), as the
nodes for any other (:func:`rows_nodes`, :func:`speakers_nodes`). The table itself (the
theme's to style) and the text around it stay nodes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, NamedTuple

from docutils import nodes
from docutils.parsers.rst import directives

from ..formats import suffix
from ..formats.events import MATERIAL_LABELS, is_event, summary
from ..formats.text import also_titled, slot_event_title, slot_type, typed
from ..model import Person, Release, Slot, Talk
from ..schema import KINDS
from ..timeutil import aware, day_text
from ..titles import Title
from ..words import ABSTRACT, DELIVERY_LABEL, DERIVED_NOTE, repeat_words, schedule_not_listed_then, slot_deliveries
from . import generated, markup, pagelinks
from .base import WorkshopDirective, paragraph, table
from .changelog import release_in_changelog
from .downloads import file_name, release_file
from .legacy import old_anchor
from .markup import El, Inline
from .pages import abstract_anchor, person_doc
from .timezones import zone_note
from .typography import prose_parts

#: Kinds shown as a plain row: the label only.
PLAIN_KINDS = frozenset({"break", "lunch", "poster"})
#: Kinds that get no "add to calendar" file of their own (nobody adds a coffee break).
NO_CALENDAR_KINDS = PLAIN_KINDS | {"social"}
SAFE_ID = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]*\Z")
#: ``doctree-resolved`` priority of :func:`write_layout`: after the deferred content is put in
#: place (:mod:`.deferred`), before the links it makes are resolved (:mod:`.pagelinks`, :mod:`.generated`).
PRIORITY = 200
#: Whether a builder of HTML pages gets the rows and the speakers list as HTML (else as nodes,
#: as every other builder: what tests/test_sphinxext_schedule.py compares the HTML with).
AS_HTML = True


def kinds_option(value: str) -> list[str]:
    """``:kinds:``: a comma- or space-separated list of the vocabulary's kinds."""
    wanted = [k for k in re.split(r"[\s,]+", value.strip()) if k]
    unknown = [k for k in wanted if k not in KINDS]
    if unknown or not wanted:
        raise ValueError(f"unknown kind(s) {', '.join(unknown) or '(none given)'}; known: {', '.join(KINDS)}")
    return wanted


def delivery(given: str) -> list[Inline]:
    """How the page says a talk or a slot of no talk is given (``talks.delivery``,
    ``slots.talk_delivery``, ``slots.delivery``: NeurIPS 2022's "In-person Presentation, Prerecorded
    Backup", a coffee break's "Break"), as printed, after the talk or the slot's title: "(how it is
    given: …)", the one label of it (:data:`~workshop_data.words.DELIVERY_LABEL`, the changelog's,
    the exports' and the papers page's too), which no affiliation in parentheses after a name
    reads like; nothing where it says nothing."""
    return [f" ({DELIVERY_LABEL}: ", markup.span(given, classes=("wd-delivery",)), ")"] if given else []


def presentation(kind: str) -> list[Inline]:
    """The conference site's type of a talk or a slot's event (``talks.presentation``,
    ``slots.talk_presentation``, ``slots.presentation``: NeurIPS 2022's "Spotlight", "Talk",
    "Break"), as that site marked it after the title: "(Spotlight)" in smaller type; nothing where
    the page prints none (:func:`~workshop_data.formats.text.typed`, the one wording)."""
    return [" ", markup.span(typed(kind), classes=("wd-presentation",))] if kind else []


def event_title(slot: Slot) -> list[Inline]:
    """The title another schedule of the page gives the slot's own event where it is not the
    label (``slots.event_title``: NeurIPS 2022's "Poster Session | Coffee Break" for "Poster
    Session #1"), or its talk (``slots.talk_event_title``: "Jeff Dean - Invited Talk"), as a
    slot's other printed time is told: " (also titled “…”)"; else nothing
    (:func:`~workshop_data.formats.text.also_titled`, the one wording)."""
    if not slot_event_title(slot):
        return []
    before, said, after = also_titled(slot_event_title(slot))
    return [f" {before}", markup.span(said, classes=("wd-event-title",)), after]


class UniqueIds:
    """Ids for a page's elements, unique in its document: the wanted id (made safe for HTML if
    needed), else the first of ``-2``, ``-3``… that is free; each id given is taken.

    The suffix to try next is remembered for each wanted id: ids are never given back, so the
    ones before it are taken still (a schedule of 10,010 slots wants 715 ``#dean_talk``; finding
    each one's number from the start again was quadratic).
    """

    def __init__(self, document: nodes.document) -> None:
        self.document = document
        self.next: dict[str, int] = {}

    def take(self, wanted: str, fallback: str) -> str:
        """A free id for ``wanted`` (``fallback`` when nothing of it is safe), now taken."""
        base = wanted if SAFE_ID.match(wanted) else nodes.make_id(wanted) or fallback
        n = self.next.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.document.ids:
            n += 1
            candidate = f"{base}-{n}"
        self.next[base] = n + 1
        self.document.ids[candidate] = self.document
        return candidate


# -- what the page shows, as data ---------------------------------------------------------------


class DayRow(NamedTuple):
    """A row naming the day (``Sunday 15 December 2024``) above its first slot, or (``part``) the
    part of the program the page prints as a heading row over its slots (``slots.part``:
    NeurIPS 2020's "Run 1", "Run 2 (repeated)"), shown in every zone."""

    label: str
    part: bool = False


class SlotRow(NamedTuple):
    """A slot's row: its id and classes, the Time cell (the times, the "add to calendar" link)
    and the Section cell (the head line, the talks of its block)."""

    row_id: str
    classes: tuple[str, ...]
    when: tuple[Inline, ...]
    calendar: El | None
    head: tuple[Inline, ...]
    talks: tuple[tuple[Inline, ...], ...]


class Entry(NamedTuple):
    """A speaker of the list: the anchor, the term (name, affiliations) and one line per slot."""

    anchor: str
    term: tuple[Inline, ...]
    items: tuple[tuple[Inline, ...], ...]


def affiliation(affiliations: Sequence[str]) -> list[Inline]:
    """ " (*Affiliation, Affiliation*)" after a name; nothing when none is known."""
    if not affiliations:
        return []
    return [" (", markup.em(", ".join(affiliations), classes=("wd-affiliation",)), ")"]


def title_of(item: Slot | Talk) -> list[Inline]:
    """A slot's or talk's title: emphasis shown, never markup."""
    return markup.title(Title.of(item.title, item.title_myst))


# -- written as nodes (builders other than HTML) ------------------------------------------------


def _day_class(row: DayRow) -> str:
    """A heading row's class: ``wd-part`` (a part of the program, shown in every zone), else
    ``wd-day-venue`` (a day at the venue, which the zone switch replaces by the reader's days)."""
    return "wd-part" if row.part else "wd-day-venue"


def rows_nodes(rows: Sequence[DayRow | SlotRow]) -> list[nodes.row]:
    """The table's body rows as docutils nodes."""
    out = []
    for row in rows:
        if isinstance(row, DayRow):
            cell = nodes.entry("", paragraph(nodes.strong("", row.label)), morecols=1)
            out.append(nodes.row("", cell, classes=["wd-day-row", _day_class(row)]))
            continue
        time_cell: list[nodes.Node] = [paragraph(*markup.to_nodes(row.when), classes=["wd-when"])]
        if row.calendar is not None:
            time_cell.append(paragraph(*markup.to_nodes([row.calendar])))
        section: list[nodes.Node] = [paragraph(*markup.to_nodes(row.head))]
        if row.talks:
            section.append(_list_nodes(row.talks, ["wd-talks"]))
        out.append(
            nodes.row(
                "",
                nodes.entry("", *time_cell),
                nodes.entry("", *section),
                ids=[row.row_id],
                classes=list(row.classes),
            )
        )
    return out


def speakers_nodes(entries: Sequence[Entry]) -> nodes.definition_list:
    """The speakers list as docutils nodes."""
    out = nodes.definition_list(classes=["wd-speakers"])
    for entry in entries:
        term = nodes.term("", "", *markup.to_nodes(entry.term), ids=[entry.anchor])
        out += nodes.definition_list_item("", term, nodes.definition("", _list_nodes(entry.items)))
    return out


def _list_nodes(items: Sequence[Sequence[Inline]], classes: Sequence[str] = ()) -> nodes.bullet_list:
    """A bullet list of one-paragraph items."""
    out = nodes.bullet_list("", classes=list(classes))
    for item in items:
        out += nodes.list_item("", paragraph(*markup.to_nodes(item)))
    return out


# -- written as HTML (the HTML those nodes become) ----------------------------------------------


def rows_html(rows: Sequence[DayRow | SlotRow], writer: markup.Writer, compact: bool) -> str:
    """The table's body rows as the HTML translator writes :func:`rows_nodes` (``compact``: lists
    of one-paragraph items are "simple", as ``html_compact_lists`` says)."""
    out: list[str] = []
    talks_list = f"<ul{markup.class_attr(('wd-talks', 'simple' if compact else ''))}>\n"
    for i, row in enumerate(rows):
        parity = "row-even" if i % 2 == 0 else "row-odd"  # counted from the head's row, odd
        if isinstance(row, DayRow):
            writer.words.append(row.label)
            out.append(
                f'<tr class="wd-day-row {_day_class(row)} {parity}"><td colspan="2"><p><strong>'
                f"{markup.text(row.label)}</strong></p></td>\n</tr>\n"
            )
            continue
        out.append(f'<tr{markup.class_attr((*row.classes, parity))} id="{markup.attribute(row.row_id)}">')
        out.append('<td><p class="wd-when">')
        writer.inline(row.when, out)
        out.append("</p>")
        if row.calendar is not None:
            out.append("\n<p>")
            writer.element(row.calendar, out)
            out.append("</p>\n")
        out.append("</td>\n<td><p>")
        writer.inline(row.head, out)
        out.append("</p>")
        if row.talks:
            out.append("\n")
            _list_html(row.talks, talks_list, writer, out)
        out.append("</td>\n</tr>\n")
    return "".join(out)


def speakers_html(entries: Sequence[Entry], writer: markup.Writer, compact: bool) -> str:
    """The speakers list as the HTML translator writes :func:`speakers_nodes` (the list is
    "simple" whatever ``compact``: docutils' ``compact_field_lists``)."""
    out = ['<dl class="simple wd-speakers">\n']
    simple = ("simple",) if compact else ()
    ul = f"<ul{markup.class_attr(simple)}>\n"
    for entry in entries:
        out.append(f'<dt id="{markup.attribute(entry.anchor)}">')
        writer.inline(entry.term, out)
        out.append("</dt><dd>")
        _list_html(entry.items, ul, writer, out)
        out.append("</dd>\n")
    out.append("</dl>\n")
    return "".join(out)


def _list_html(items: Sequence[Sequence[Inline]], start: str, writer: markup.Writer, out: list[str]) -> None:
    """:func:`_list_nodes` as HTML (``start``: the list's start tag)."""
    out.append(start)
    for item in items:
        out.append("<li><p>")
        writer.inline(item, out)
        out.append("</p></li>\n")
    out.append("</ul>\n")


class wd_schedule_rows(nodes.Element):  # type: ignore[misc]
    """The table's body rows (``rows``), written when the page is (:func:`write_layout`)."""


class wd_speakers(nodes.Element):  # type: ignore[misc]
    """The speakers list (``entries``), written when the page is (:func:`write_layout`)."""


def write_layout(app: Any, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: each schedule's rows and speakers list, as HTML for a builder of
    HTML pages (one node each), else as nodes."""
    rows = list(doctree.findall(wd_schedule_rows))
    entries = list(doctree.findall(wd_speakers))
    if AS_HTML and generated.writes_html(app):
        compact = bool(app.config.html_compact_lists)
        for node in rows:
            writer = _writer(app, docname, node)
            node.replace_self(markup.html_node(rows_html(node["rows"], writer, compact), writer.words))
        for node in entries:
            writer = _writer(app, docname, node)
            node.replace_self(markup.html_node(speakers_html(node["entries"], writer, compact), writer.words))
    else:
        for node in rows:
            node.replace_self(rows_nodes(node["rows"]))
        for node in entries:
            node.replace_self(speakers_nodes(node["entries"]))


def _writer(app: Any, docname: str, location: nodes.Node) -> markup.Writer:
    """A writer of page ``docname``'s links (a missing page is reported at ``location``)."""
    return markup.Writer(
        lambda target: generated.file_uri(app, docname, target),
        lambda target, anchor: pagelinks.page_uri(app, docname, target, anchor, location),
    )


# -- the directive --------------------------------------------------------------------------------


class ScheduleDirective(WorkshopDirective):
    """The schedule of a release as a table, followed by the speakers it links to."""

    deferred = True  # no section: nothing for the reading transforms to do

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **WorkshopDirective.option_spec,
        "kinds": kinds_option,
        "no-speakers": directives.flag,
    }

    def build(self) -> list[nodes.Node]:
        folder, digest = self.shown = self.release_folder()
        release: Release = self.load("load_release", folder, digest)
        self.shown_release = release
        if not release.slots:  # an edition announced before its schedule: no table, no calendar
            said = prose_parts(schedule_not_listed_then(release, release_in_changelog(self, release)))
            return [paragraph(*said, classes=["wd-schedule-not-listed"])]
        slots = release.slots_of_kinds(self.options.get("kinds"))
        self.venue_tz = release.workshop.timezone
        shown = [pid for s in slots for pid in s.speakers]
        shown += [pid for s in slots for t in release.talks_of(s.slot_id) for pid in t.speakers]
        with_list = "no-speakers" not in self.options
        self.ids = UniqueIds(self.state.document)
        self.titles: dict[str, tuple[Inline, ...]] = {}
        anchors = self.anchors(release, list(dict.fromkeys(shown))) if with_list else {}
        rows = self.rows(slots, anchors)
        out: list[nodes.Node] = [self.day_calendar(release)]
        first = next((start for start in map(self.start, slots) if start is not None), None)
        if first is not None:
            out.append(zone_note(self.venue_tz, first))
        if any(s.end_derived for s in slots):  # what the mark of such an end means
            out.append(paragraph(DERIVED_NOTE, classes=["wd-derived-note"]))
        grid = table(["Time", "Section"], [], widths=[1, 9], classes=["wd-schedule"])
        next(iter(grid.findall(nodes.tbody))).append(wd_schedule_rows(rows=rows))
        out.append(grid)
        if anchors:
            # anchored #speakers as the old schedule pages' heading was (ISCA 2019, NeurIPS 2023)
            heading = nodes.rubric("", "Speakers")
            if "speakers" not in self.state.document.ids:
                heading["ids"].append(self.ids.take("speakers", "speakers"))
            out += [heading, wd_speakers(entries=self.speakers(slots, anchors))]
        return out

    def start(self, slot: Slot) -> dt.datetime | None:
        """The slot's start, aware in the venue's zone (None: not known)."""
        return aware(slot.start, self.venue_tz) if slot.start is not None else None

    def day_calendar(self, release: Release) -> nodes.paragraph:
        """The one link above the table: the whole day as an iCalendar file (the same file as
        the downloads' ``.ics``, built with the slots' files)."""
        name = file_name(release.edition, release.name, "ics")
        path = release_file(release.edition, release.name, name)
        label = "Add the whole day to your calendar (.ics)"
        link = generated.add_file(self.env, self.env.docname, path, self.calendars(*self.shown)[0], label)
        link["classes"].append("wd-day-ics")
        return paragraph(link, classes=["wd-calendar"])

    def anchors(self, release: Release, ids: Sequence[str]) -> dict[str, str]:
        """person id -> the page anchor of their entry (the data's ``anchor`` where it names them:
        :func:`.legacy.old_anchor`)."""
        out: dict[str, str] = {}
        for pid in ids:
            person = release.person(pid)
            wanted = old_anchor(person.anchor, person.name) or f"speaker-{pid}"
            out[pid] = self.ids.take(wanted, f"speaker-{len(out) + 1}")
        return out

    def speaker_refs(self, ids: Sequence[str], anchors: dict[str, str]) -> list[Inline]:
        """ "Name (*Affiliation*), Name (*Affiliation*)" with each name linked to its entry."""
        out: list[Inline] = []
        for i, pid in enumerate(ids):
            if i:
                out.append(", ")
            person: Person = self.shown_release.person(pid)
            if pid in anchors:
                out.append(markup.el("refid", person.name, classes=("wd-speaker",), ref=anchors[pid]))
            else:
                out.append(markup.span(person.name, classes=("wd-speaker",)))
            out += affiliation(person.affiliations)
        return out

    def section(
        self, slot: Slot, talks: Sequence[Talk], anchors: dict[str, str]
    ) -> tuple[tuple[Inline, ...], tuple[tuple[Inline, ...], ...]]:
        """The Section cell of a slot: its head line, and a line per talk of its block."""
        label, ids = slot.label or slot.raw, slot.speakers
        head: list[Inline] = []
        title: tuple[Inline, ...] = ()
        if slot.kind in PLAIN_KINDS and not ids and not slot.title:
            head.append(label)
        else:
            if label:
                head.append(markup.strong(f"{label}:" if ids or talks else label))
            if ids:
                head.append(" ")
                head += self.speaker_refs(ids, anchors)
            title = self.slot_title(slot)
        head += markup.titled(title, slot.status, bool(head))
        head += event_title(slot) + presentation(slot_type(slot))
        if slot.talk_start is not None:  # another schedule of the page gives the talk another time
            printed = " (also printed at " if slot.talk_end is not None else " (also printed: "  # "from 13:55"
            head += [printed, *self.times(slot.talk_start, slot.talk_end), ")"]
        for given in slot_deliveries(slot):  # its talk's, or its own where it is no talk
            head += delivery(given)
        repeated = self.row_ids.get(slot.repeats) if slot.repeats else None
        words = repeat_words(self.shown_release, slot)
        if repeated is not None and words:  # the same row given again in a later part (NeurIPS 2020's Run 2)
            said, *at = words  # "repeats Run 1's at", linked to its row, and its start
            head += [" (", markup.el("refid", str(said).rstrip(), ref=repeated)]
            head += [" ", self.starts[slot.repeats], ")"] if at else [")"]
        head += self.material_links(slot.slot_id, "", bool(head))
        items = []
        for talk in talks:
            item = [*self.talk_time(talk), *title_of(talk), *presentation(talk.presentation)]
            if talk.speakers:
                item.append(" — ")
                item += self.speaker_refs(talk.speakers, anchors)
            item += delivery(talk.delivery)
            item += self.material_links(slot.slot_id, talk.talk_id, True)
            items.append(tuple(item))
        return tuple(head), tuple(items)

    def talk_time(self, talk: Talk) -> list[Inline]:
        """A talk's own time where the page prints one (``talks.start``/``end``: NeurIPS 2022's
        spotlights), as ``<time>`` elements the zone switch rewrites, then a space; else nothing
        (the talk is given its slot's time)."""
        if talk.start is None:
            return []
        return [*self.times(talk.start, talk.end), " "]

    def times(self, start: dt.datetime, end: dt.datetime | None) -> list[Inline]:
        """A talk's own start and end (naive, at the venue) as ``<time>`` elements the zone switch
        rewrites, in a ``wd-talk-time`` span."""
        until = aware(end, self.venue_tz) if end is not None else None
        return [markup.span(*markup.time_range(aware(start, self.venue_tz), until), classes=("wd-talk-time",))]

    def slot_title(self, slot: Slot) -> tuple[Inline, ...]:
        """The slot's title (:func:`title_of`), read once for the table and the speakers list."""
        found = self.titles.get(slot.slot_id)
        if found is None:
            found = self.titles[slot.slot_id] = tuple(title_of(slot))
        return found

    def material_links(self, slot_id: str, talk_id: str, after: bool) -> list[Inline]:
        """ " · Slides · Recording": the materials of a slot's talk (or of a talk of its block),
        each a link named by its kind (``after``: something precedes them). The separator before
        the first is a ``wd-sep`` span, which the page hides after a title on its own line (a
        line is not begun with a dot)."""
        out: list[Inline] = []
        for m in self.shown_release.materials_of(slot_id, talk_id):
            if out:
                out.append(markup.SEPARATOR)
            elif after:
                out.append(markup.span(markup.SEPARATOR, classes=("wd-sep",)))
            out.append(markup.el("url", MATERIAL_LABELS[m.kind], classes=("wd-material",), ref=m.url))
        return out

    def rows(self, slots: Sequence[Slot], anchors: dict[str, str]) -> list[DayRow | SlotRow]:
        """The table's rows: a row naming the part of the program above its first slot (where the
        page prints one), a row naming the day above the first slot (of each part) and above each
        slot on another day, and a row per slot (its id: the slot id, unique on the page)."""
        release = self.shown_release
        # each event's SEQUENCE comes from the edition's history, compared once for every slot
        calendars = self.calendars(*self.shown)[1]
        self.row_ids: dict[str, str] = {}
        self.starts: dict[str, El] = {}  # slot id -> its start, as the speakers list shows it too
        rows: list[DayRow | SlotRow] = []
        shown: dt.date | None = None
        part = ""
        for n, slot in enumerate(slots, start=1):
            slot_id = slot.slot_id
            if slot.part != part:  # a heading row the page prints over a part of the program
                part, shown = slot.part, None
                if part:
                    rows.append(DayRow(part, part=True))
            start = self.start(slot)
            self.starts[slot_id] = markup.time_of(start) if start is not None else markup.unknown_time()
            end = aware(slot.end, self.venue_tz) if slot.end is not None else None
            when = markup.time_range(start, end, derived=slot.end_derived)
            calendar = None
            if slot.kind not in NO_CALENDAR_KINDS and start is not None and is_event(slot):
                path = release_file(release.edition, release.name, f"slots/{slot_id}{suffix('ics')}")
                path = generated.register_file(self.env, self.env.docname, path, calendars[slot_id])
                children = (
                    markup.span("add to calendar", classes=("wd-wide",)),
                    markup.span(".ics", classes=("wd-narrow",)),
                )
                # one name per link, saying what it adds ("add to calendar" and ".ics" alone
                # named every row's link the same); the venue's time with its zone tells the
                # slots of one title apart, whichever zone the page shows. The name holds the
                # words shown at either width, neither in parentheses (label in name: axe-core
                # reads "(.ics)" as an aside, not as the ".ics" a phone shows)
                label = f"add to calendar, .ics: {summary(release, slot)}, {start:%H:%M %Z}"
                calendar = markup.el(
                    "file",
                    *children,
                    classes=("wd-download", "wd-ics"),
                    ref=path,
                    attributes=(("aria-label", label),),
                )
            head, talks = self.section(slot, release.talks_of(slot_id), anchors)
            row_id = self.row_ids[slot_id] = self.ids.take(slot_id, f"slot-{n}")
            plain = ("wd-plain",) if slot.kind in PLAIN_KINDS else ()
            if start is not None and start.date() != shown:
                shown = start.date()
                rows.append(DayRow(day_text(start)))
            rows.append(SlotRow(row_id, (f"wd-kind-{slot.kind}", *plain), tuple(when), calendar, head, talks))
        return rows

    def speakers(self, slots: Sequence[Slot], anchors: dict[str, str]) -> list[Entry]:
        """The speakers list: one entry per speaker shown, anchored, with the slots they speak
        in and the talks of a block they give."""
        release = self.shown_release
        # person id -> what they speak in, in the schedule's order: a slot (its speaker), or a
        # talk of a slot's block (its speaker); one pass over the slots, not one per person
        spoken: dict[str, list[tuple[Slot, Talk | None]]] = {}
        for slot in slots:
            for pid in dict.fromkeys(slot.speakers):
                spoken.setdefault(pid, []).append((slot, None))
            for talk in release.talks_of(slot.slot_id):
                for pid in dict.fromkeys(talk.speakers):
                    spoken.setdefault(pid, []).append((slot, talk))
        entries = []
        for pid, anchor in anchors.items():
            person = release.person(pid)
            name: Inline = markup.strong(person.name)
            if self.config.workshop_data_site:
                name = markup.el("page", name, classes=("wd-person",), ref=person_doc(pid))
            items = []
            for slot, given in spoken.get(pid, []):
                link = markup.el("refid", slot.label or slot.raw or slot.kind, ref=self.row_ids[slot.slot_id])
                # a talk's speaker: the talk's own time where the page prints one, else its
                # block's as a block's ("during 10:40–12:00"), and its title; "time unknown"
                # where the page prints none ("TBD")
                block = self.start(slot)
                when: list[Inline] = [self.starts[slot.slot_id]] if block is not None else markup.time_unknown()
                if given is not None and given.start is not None:
                    when = [markup.time_of(aware(given.start, self.venue_tz))]
                elif given is not None and block is not None:
                    end = aware(slot.end, self.venue_tz) if slot.end is not None else None
                    when = markup.during(block, end, derived=slot.end_derived)
                item: list[Inline] = [*when, " ", link]
                title = self.slot_title(slot) if given is None else tuple(title_of(given))
                if given is None and not title:  # the title its speaker's role holds (no guess)
                    role = release.talk_title_role(slot)
                    title = (role.talk_title,) if role is not None else ()
                if title:
                    item += [": ", *title]
                item += self.abstract_link(slot) if given is None else []
                items.append(tuple(item))
            entries.append(Entry(anchor, (name, *affiliation(person.affiliations)), tuple(items)))
        return entries

    def abstract_link(self, slot: Slot) -> list[Inline]:
        """ " · Abstract", linked to the abstract of ``slot``'s talk on the edition's home page
        (:meth:`.Release.abstract_role`; :func:`.pages.abstract_anchor`, inside the fold that a
        browser opens following the link): the old schedule pages printed the abstracts under the table
        (NeurIPS 2018's ``#schkufza_talk``), ours on the home page only. Nothing where the data
        holds no abstract of it, or the site has no such home page."""
        release = self.shown_release
        role = release.abstract_role(slot)
        home = f"{release.edition}/index"
        if role is None or not self.config.workshop_data_site or home not in self.env.found_docs:
            return []
        return [
            markup.SEPARATOR,
            markup.el("page", ABSTRACT, classes=("wd-abstract-link",), ref=home, anchor=abstract_anchor(role.order)),
        ]


def setup_schedule(app: Any) -> None:
    """Register ``workshop-schedule`` and the writing of its rows and speakers list."""
    app.add_directive("workshop-schedule", ScheduleDirective)
    app.add_node(wd_schedule_rows)
    app.add_node(wd_speakers)
    app.connect("doctree-resolved", write_layout, priority=PRIORITY)

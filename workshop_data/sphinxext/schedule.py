"""``workshop-schedule``: the schedule table (Time | Section) and the speakers it links to.

.. code-block:: markdown

   ```{workshop-schedule} neurips2024
   :release: 2024-11-20
   :kinds: keynote, invited
   ```

Each row's time is a ``<time datetime>`` in the venue's zone (switchable in the browser); the
label is bold, each speaker links to their entry in the speakers list below the table (the
anchors the original page used, e.g. ``#dean_talk``), affiliations are in italics, then the
title; talks inside a slot are a list; a status such as TBD is shown as such; breaks, lunch
and poster sessions are plain rows. Each row shows its start and, when known, its end; a row
names the day above the first slot and wherever the day changes (the script does the same in
the reader's zone, so a day change there shows as a row instead of widening the time column).
The whole day's calendar is one link above the table; each talk (not a break, lunch, poster
session or social event) links to its own "add to calendar" file
(:func:`workshop_data.formats.ical.slot_calendar`). A talk's materials (slides, recording,
paper) follow it as links named by their kind. Each speaker in the list below the table
links to their page when the site has person pages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from ..formats.events import MATERIAL_LABELS
from ..model import Release
from ..schema import KINDS
from ..titles import Title
from . import generated, titlenodes
from .base import WorkshopDirective, paragraph, table, text
from .downloads import file_name
from .links import link as link_to
from .pages import PEOPLE
from .timezones import time_node, zone_note

#: Kinds shown as a plain row: the label only.
PLAIN_KINDS = frozenset({"break", "lunch", "poster"})
#: Kinds that get no "add to calendar" file of their own (nobody adds a coffee break).
NO_CALENDAR_KINDS = PLAIN_KINDS | {"social"}
SAFE_ID = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]*\Z")


def kinds_option(value: str) -> list[str]:
    """``:kinds:``: a comma- or space-separated list of the vocabulary's kinds."""
    wanted = [k for k in re.split(r"[\s,]+", value.strip()) if k]
    unknown = [k for k in wanted if k not in KINDS]
    if unknown or not wanted:
        raise ValueError(f"unknown kind(s) {', '.join(unknown) or '(none given)'}; known: {', '.join(KINDS)}")
    return wanted


def unique_id(document: nodes.document, wanted: str, fallback: str) -> str:
    """``wanted`` as an HTML id (made safe if needed), unique in the document."""
    base = wanted if SAFE_ID.match(wanted) else nodes.make_id(wanted) or fallback
    candidate, n = base, 1
    while candidate in document.ids:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def affiliation(affiliations: Sequence[str]) -> list[nodes.Node]:
    """ " (*Affiliation, Affiliation*)" after a name; nothing when none is known."""
    if not affiliations:
        return []
    names = nodes.emphasis("", ", ".join(affiliations), classes=["wd-affiliation"])
    return [nodes.Text(" ("), names, nodes.Text(")")]


def title_nodes(row: Any) -> list[nodes.Node]:
    """A slot's or talk's title (a loader row) as inline nodes: emphasis shown, never markup."""
    return titlenodes.title_nodes(Title.of(text(row["title"]), text(row["title_myst"])))


def time_span(start: Any, end: Any) -> nodes.paragraph:
    """ "08:20–09:15" as two ``<time>`` nodes; the start alone when the end is not known."""
    out = paragraph(time_node(start.to_pydatetime()), classes=["wd-when"])
    if text(end):
        out += nodes.inline("", "", nodes.Text("–"), time_node(end.to_pydatetime()), classes=["wd-until"])
    return out


def day_label(moment: dt.datetime) -> str:
    """``Sunday 15 December 2024``."""
    return f"{moment:%A} {moment.day} {moment:%B %Y}"


def add_day_rows(grid: nodes.table, starts: Sequence[dt.datetime]) -> None:
    """A row naming the day above the first slot and above each slot on another day."""
    body = next(iter(grid.findall(nodes.tbody)))
    rows = list(body.children)
    shown: dt.date | None = None
    for row, start in zip(rows, starts, strict=True):
        if start.date() == shown:
            continue
        shown = start.date()
        cell = nodes.entry("", paragraph(nodes.strong("", day_label(start))), morecols=1)
        day = nodes.row("", cell, classes=["wd-day-row", "wd-day-venue"])
        body.insert(body.index(row), day)


class ScheduleDirective(WorkshopDirective):
    """The schedule of a release as a table, followed by the speakers it links to."""

    deferred = True  # a row per slot, no section: nothing for the reading transforms to do

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **WorkshopDirective.option_spec,
        "kinds": kinds_option,
        "no-speakers": directives.flag,
    }

    def build(self) -> list[nodes.Node]:
        folder, digest = self.shown = self.release_folder()
        schedule = self.load("load_schedule", folder, digest)
        talks = self.load("load_talks", folder, digest)
        # person id -> their row; talks grouped by slot (as rows): looked up per slot, not scanned
        people = {p["person_id"]: p for p in self.load("load_people", folder, digest).to_dict("records")}
        if "kinds" in self.options:
            schedule = schedule[schedule["kind"].isin(self.options["kinds"])]
        shown = [pid for ids in schedule["speaker_ids"] for pid in ids]
        shown += [pid for ids in talks[talks["slot_id"].isin(schedule["slot_id"])]["speaker_ids"] for pid in ids]
        with_list = "no-speakers" not in self.options
        anchors = self.anchors(people, list(dict.fromkeys(shown))) if with_list else {}
        release = self.load("load_release", folder, digest)
        self.shown_release = release  # its materials, looked up by slot and talk
        rows, attrs = self.rows(schedule, talks, people, anchors, release)
        venue_tz = schedule.attrs["timezone"]
        first = schedule["start"].iloc[0].to_pydatetime() if len(schedule) else None
        out: list[nodes.Node] = [self.day_calendar(release)]
        if first is not None:
            out.append(zone_note(venue_tz, first))
        grid = table(["Time", "Section"], rows, widths=[1, 9], classes=["wd-schedule"], row_attrs=attrs)
        add_day_rows(grid, [start.to_pydatetime() for start in schedule["start"]])
        out.append(grid)
        if anchors:
            out.extend(self.speakers(schedule, talks, people, anchors))
        return out

    def day_calendar(self, release: Release) -> nodes.paragraph:
        """The one link above the table: the whole day as an iCalendar file (the same file as
        the downloads' ``.ics``, built with the slots' files)."""
        name = file_name(release.edition, release.name, "ics", ".ics")
        path = f"{release.edition}/{release.name}/{name}"
        label = "Add the whole day to your calendar (.ics)"
        link = generated.add_file(self.env, self.env.docname, path, self.calendars(*self.shown)[0], label)
        link["classes"].append("wd-day-ics")
        return paragraph(link, classes=["wd-calendar"])

    def anchors(self, people: Any, ids: Sequence[str]) -> dict[str, str]:
        """person id -> the page anchor of their entry (the data's ``anchor`` where given)."""
        document = self.state.document
        out: dict[str, str] = {}
        for pid in ids:
            wanted = text(people[pid]["anchor"]) or f"speaker-{pid}"
            out[pid] = unique_id(document, wanted, f"speaker-{len(out) + 1}")
            document.ids[out[pid]] = document
        return out

    def speaker_refs(self, ids: Sequence[str], people: Any, anchors: dict[str, str]) -> list[nodes.Node]:
        """ "Name (*Affiliation*), Name (*Affiliation*)" with each name linked to its entry."""
        out: list[nodes.Node] = []
        for i, pid in enumerate(ids):
            if i:
                out.append(nodes.Text(", "))
            name = str(people[pid]["name"])
            if pid in anchors:
                out.append(nodes.reference("", name, refid=anchors[pid], internal=True, classes=["wd-speaker"]))
            else:
                out.append(nodes.inline("", name, classes=["wd-speaker"]))
            out += affiliation(people[pid]["affiliations"])
        return out

    def section(self, slot: Any, slot_talks: Any, people: Any, anchors: dict[str, str]) -> list[nodes.Node]:
        """The Section cell of a slot."""
        label, ids = text(slot["label"]) or text(slot["raw"]), tuple(slot["speaker_ids"])
        head = paragraph()
        if slot["kind"] in PLAIN_KINDS and not ids and not text(slot["title"]):
            head += nodes.Text(label)
        else:
            if label:
                head += nodes.strong("", f"{label}:" if ids or len(slot_talks) else label)
            if ids:
                head += nodes.Text(" ")
                head.extend(self.speaker_refs(ids, people, anchors))
            title = title_nodes(slot)
            if title:
                head += nodes.inline("", "", *title, classes=["wd-title"])
        status = text(slot["status"])
        if status:
            head += nodes.Text(", " if len(head) else "")
            head += nodes.inline("", status, classes=["wd-status"])
        head.extend(self.material_links(str(slot["slot_id"]), "", bool(len(head))))
        out: list[nodes.Node] = [head]
        if len(slot_talks):
            items = nodes.bullet_list("", classes=["wd-talks"])
            for talk in slot_talks:
                item = paragraph(*title_nodes(talk))
                if talk["speaker_ids"]:
                    item += nodes.Text(" — ")
                    item.extend(self.speaker_refs(tuple(talk["speaker_ids"]), people, anchors))
                item.extend(self.material_links(str(talk["slot_id"]), str(talk["talk_id"]), True))
                items += nodes.list_item("", item)
            out.append(items)
        return out

    def material_links(self, slot_id: str, talk_id: str, after: bool) -> list[nodes.Node]:
        """ " · Slides · Recording": the materials of a slot's talk (or of a talk of its block),
        each a link named by its kind (``after``: something precedes them)."""
        out: list[nodes.Node] = []
        for m in self.shown_release.materials_of(slot_id, talk_id):
            if out or after:
                out.append(nodes.Text(" · "))
            out.append(nodes.reference("", MATERIAL_LABELS[m.kind], refuri=m.url, classes=["wd-material"]))
        return out

    def rows(
        self, schedule: Any, talks: Any, people: Any, anchors: dict[str, str], release: Release
    ) -> tuple[list[Any], list[dict[str, list[str]]]]:
        """The table's rows (Time | Section) and their attributes (id: the slot id)."""
        rows, attrs = [], []
        # each event's SEQUENCE comes from the edition's history, compared once for every slot
        calendars = self.calendars(*self.shown)[1]
        by_slot: dict[str, list[dict[str, Any]]] = {}
        for talk in talks.to_dict("records"):
            by_slot.setdefault(str(talk["slot_id"]), []).append(talk)
        document = self.state.document
        self.row_ids: dict[str, str] = {}
        for slot in schedule.to_dict("records"):
            slot_id = str(slot["slot_id"])
            time_cell: list[nodes.Node] = [time_span(slot["start"], slot["end"])]
            if slot["kind"] not in NO_CALENDAR_KINDS:
                path = f"{release.edition}/{release.name}/slots/{slot_id}.ics"
                link = generated.add_file(self.env, self.env.docname, path, calendars[slot_id], "")
                link += [
                    nodes.inline("", "add to calendar", classes=["wd-wide"]),
                    nodes.inline("", ".ics", classes=["wd-narrow"]),
                ]
                link["classes"].append("wd-ics")
                time_cell.append(paragraph(link))
            slot_talks = by_slot.get(slot_id, [])
            rows.append([time_cell, self.section(slot, slot_talks, people, anchors)])
            row_id = unique_id(document, slot_id, f"slot-{len(rows)}")
            document.ids[row_id] = document
            self.row_ids[slot_id] = row_id
            plain = ["wd-plain"] if slot["kind"] in PLAIN_KINDS else []
            attrs.append({"ids": [row_id], "classes": [f"wd-kind-{slot['kind']}", *plain]})
        return rows, attrs

    def speakers(self, schedule: Any, talks: Any, people: Any, anchors: dict[str, str]) -> list[nodes.Node]:
        """The speakers list: one entry per speaker shown, anchored, with their slots."""
        entries = nodes.definition_list(classes=["wd-speakers"])
        # slot id -> who speaks in it (as the slot's speaker or a talk's); then person id ->
        # their slots in the schedule's order: one pass over each table, not one per person
        in_slot: dict[str, set[str]] = {}
        for frame in (schedule, talks):
            for slot_id, ids in zip(frame["slot_id"], frame["speaker_ids"], strict=True):
                in_slot.setdefault(str(slot_id), set()).update(ids)
        slots_of: dict[str, list[dict[str, Any]]] = {}
        for slot in schedule.to_dict("records"):
            for pid in in_slot.get(str(slot["slot_id"]), ()):
                slots_of.setdefault(pid, []).append(slot)
        for pid, anchor in anchors.items():
            name: nodes.Node = nodes.strong("", str(people[pid]["name"]))
            if self.config.workshop_data_site:
                name = link_to(f"{PEOPLE}/{pid}", name, classes=("wd-person",))
            term = nodes.term("", "", name, ids=[anchor])
            self.state.document.ids[anchor] = term
            term.extend(affiliation(people[pid]["affiliations"]))
            items = nodes.bullet_list()
            for slot in slots_of.get(pid, []):
                item = paragraph(time_node(slot["start"].to_pydatetime()), " ")
                link = nodes.reference("", "", refid=self.row_ids[str(slot["slot_id"])], internal=True)
                link += nodes.Text(text(slot["label"]) or text(slot["raw"]) or str(slot["kind"]))
                item += link
                title = title_nodes(slot)
                if title:
                    item += nodes.Text(": ")
                    item.extend(title)
                items += nodes.list_item("", item)
            entries += nodes.definition_list_item("", term, nodes.definition("", items))
        return [nodes.rubric("", "Speakers"), entries]


def setup_schedule(app: Any) -> None:
    """Register ``workshop-schedule``."""
    app.add_directive("workshop-schedule", ScheduleDirective)

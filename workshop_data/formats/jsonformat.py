"""The package's JSON format: a whole release in one document, and back.

The format is public and documented by the JSON Schema shipped at
``workshop_data/schemas/schedule.schema.json`` (:func:`schema`). Times are ISO 8601 with the
UTC offset of the zone asked for (the venue's by default); ``end`` is ``null`` where the source
does not give it, and ``start`` where it prints no time ("TBD"). :func:`loads` reads a document
back into a :class:`~workshop_data.model.Release`. Each version of the format added
fields (1.2 let one be ``null``), and a document of an older version reads as one that says none
of them (no materials, no parts…): :data:`FORMAT_HISTORY` is the one record of which version
brought which field, which the schema's "(format X)" notes, its ``format_version`` values and
its title follow (``tests/test_export_json_csv.py`` checks them against it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from ..encoding import format_published, json_text, json_value, parse_published
from ..model import Material, Person, Release, Slot, Talk, Workshop
from ..timeutil import aware, check_timezone


@dataclass(frozen=True)
class FormatVersion:
    """A version of the JSON format: its number, the fields it added (or, 1.2, allowed ``null``
    in), as the schema's ``$defs`` name them (``slot.delivery``), and what they say."""

    version: str
    fields: tuple[str, ...]
    what: str


#: Every version of the format, oldest first: the one home of the format's history.
FORMAT_HISTORY: tuple[FormatVersion, ...] = (
    FormatVersion("1.0", (), "a release's workshop, people and slots with their talks"),
    FormatVersion("1.1", ("talk.materials", "slot.materials"), "each slot's and talk's materials (kind and URL)"),
    FormatVersion("1.2", ("slot.start",), "a slot's start may be null: the page prints no time (TBD)"),
    FormatVersion(
        "1.3",
        ("talk.start", "talk.end", "slot.talk_start", "slot.talk_end"),
        "the times a page prints for a talk of its own: a talk's start and end (NeurIPS 2022's spotlights), a"
        " slot's talk_start and talk_end (another time the page prints for the slot's talk), null where none",
    ),
    FormatVersion(
        "1.4",
        ("slot.part", "slot.repeats"),
        "a slot's part (the heading row the table prints over it: NeurIPS 2020's 'Run 1', 'Run 2 (repeated)')"
        " and repeats (the id of the slot of an earlier part it gives again), empty where none",
    ),
    FormatVersion(
        "1.5",
        ("slot.abstract_links",),
        "a slot's abstract_links, the links inside the abstract of its own talk (words and URL:"
        " Release.abstract_links); the format holds no abstract, so a document read back has none",
    ),
    FormatVersion(
        "1.6",
        ("talk.delivery", "slot.talk_delivery"),
        "how the page says a talk is given (NeurIPS 2022's detailed schedule: 'In-person Presentation,"
        " Prerecorded Backup'): a talk's delivery and a slot's talk_delivery (its talk's), empty where none",
    ),
    FormatVersion(
        "1.7",
        ("slot.delivery",),
        "a slot's own delivery, how the page says a slot of no talk is given (NeurIPS 2022's opening remarks,"
        " its coffee breaks' 'Break'), empty where none",
    ),
    FormatVersion(
        "1.8",
        ("talk.presentation", "slot.talk_presentation", "slot.presentation", "slot.event_title"),
        "the conference site's type of an event (NeurIPS 2022's detailed schedule: a spotlight's 'Spotlight',"
        " an invited talk's 'Talk', a coffee break's 'Break'): a talk's presentation, a slot's talk_presentation"
        " (its talk's) and presentation (its own), and a slot's event_title (the title that schedule gives its own"
        " event, 'Poster Session | Coffee Break'), empty where none",
    ),
    FormatVersion(
        "1.9",
        ("slot.talk_event_title",),
        "the title another schedule of the page gives a slot's talk (NeurIPS 2022's detailed schedule: 'Jeff Dean"
        " - Invited Talk'), as event_title is its own event's, empty where none",
    ),
)

FORMAT_VERSION = FORMAT_HISTORY[-1].version


def schema() -> dict[str, Any]:
    """The JSON Schema of the format."""
    return json.loads((files("workshop_data") / "schemas" / "schedule.schema.json").read_text("utf-8"))  # type: ignore[no-any-return]


def _person(p: Person) -> dict[str, Any]:
    return {"id": p.person_id, "name": p.name, "affiliations": list(p.affiliations), "anchor": p.anchor or None}


def _materials(release: Release, slot_id: str, talk_id: str = "") -> list[dict[str, str]]:
    return [{"kind": m.kind, "url": m.url} for m in release.materials_of(slot_id, talk_id)]


def to_dict(release: Release, tz: str | None = None, kinds: Iterable[str] | None = None) -> dict[str, Any]:
    """The release as the JSON format's document (a dict)."""
    w = release.workshop
    people = {p.person_id: p for p in release.people}

    def when(value: dt.datetime | None) -> str | None:
        return aware(value, w.timezone, tz).isoformat() if value else None

    return {
        "format_version": FORMAT_VERSION,
        "edition": w.edition,
        "release": release.name,
        "published": format_published(release.published),
        "timezone": tz or w.timezone,
        "workshop": {
            "series": w.series,
            "conference": w.conference,
            "site_title": w.site_title,
            "page_title": w.page_title,
            "site_description": w.site_description,
            "mini_site_description": w.mini_site_description,
            "date": w.date.isoformat() if w.date else None,
            "venue": w.venue,
            "timezone": w.timezone,
            "contact_email": w.contact_email,
        },
        "people": [_person(p) for p in release.people],
        "slots": [
            {
                "id": s.slot_id,
                "start": when(s.start),
                "end": when(s.end),
                "end_derived": s.end_derived,
                "kind": s.kind,
                "label": s.label,
                "title": s.title,
                "title_myst": s.title_myst,
                "status": s.status,
                "speakers": [_person(people[i]) for i in s.speakers],
                "talk_start": when(s.talk_start),
                "talk_end": when(s.talk_end),
                "talk_delivery": s.talk_delivery,
                "delivery": s.delivery,
                "talk_presentation": s.talk_presentation,
                "presentation": s.presentation,
                "event_title": s.event_title,
                "talk_event_title": s.talk_event_title,
                "part": s.part,
                "repeats": s.repeats,
                "talks": [
                    {
                        "id": t.talk_id,
                        "title": t.title,
                        "title_myst": t.title_myst,
                        "speakers": [_person(people[i]) for i in t.speakers],
                        "start": when(t.start),
                        "end": when(t.end),
                        "delivery": t.delivery,
                        "presentation": t.presentation,
                        "materials": _materials(release, s.slot_id, t.talk_id),
                    }
                    for t in release.talks_of(s.slot_id)
                ],
                "raw": s.raw,
                "materials": _materials(release, s.slot_id),
                "abstract_links": [{"text": x.text, "url": x.url} for x in release.abstract_links(s)],
            }
            for s in release.slots_of_kinds(kinds)
        ],
    }


def dumps(release: Release, tz: str | None = None, kinds: Iterable[str] | None = None) -> str:
    """The release as JSON text (UTF-8, indented, ending in a newline)."""
    return json_text(to_dict(release, tz, kinds)) + "\n"


def from_dict(doc: dict[str, Any]) -> Release:
    """A release from a JSON-format document (times back to the venue's wall clock)."""
    w = doc["workshop"]
    workshop = Workshop(
        edition=doc["edition"], **{**w, "date": dt.date.fromisoformat(w["date"]) if w["date"] else None}
    )

    zone = check_timezone(workshop.timezone)

    def wall(text: str) -> dt.datetime:
        return dt.datetime.fromisoformat(text).astimezone(zone).replace(tzinfo=None)

    def maybe(text: str | None) -> dt.datetime | None:  # a time a document before 1.3 does not have
        return None if text is None else wall(text)

    people = [Person(p["id"], p["name"], tuple(p["affiliations"]), p.get("anchor") or "") for p in doc["people"]]

    def ids(speakers: list[dict[str, Any]]) -> tuple[str, ...]:
        return tuple(p["id"] for p in speakers)

    def linked(slot_id: str, talk_id: str, listed: list[dict[str, str]]) -> list[Material]:
        return [Material(slot_id, talk_id, m["kind"], m["url"]) for m in listed]

    slots, talks, materials = [], [], []
    for s in doc["slots"]:
        slots.append(
            Slot(
                slot_id=s["id"],
                start=None if s["start"] is None else wall(s["start"]),
                end=None if s["end"] is None else wall(s["end"]),
                end_derived=s["end_derived"],
                kind=s["kind"],
                label=s["label"],
                title=s["title"],
                title_myst=s["title_myst"],
                status=s["status"],
                speakers=ids(s["speakers"]),
                raw=s.get("raw", ""),
                talk_start=maybe(s.get("talk_start")),
                talk_end=maybe(s.get("talk_end")),
                part=s.get("part", ""),
                repeats=s.get("repeats", ""),
                talk_delivery=s.get("talk_delivery", ""),
                delivery=s.get("delivery", ""),
                talk_presentation=s.get("talk_presentation", ""),
                presentation=s.get("presentation", ""),
                event_title=s.get("event_title", ""),
                talk_event_title=s.get("talk_event_title", ""),
            )
        )
        materials += linked(s["id"], "", s.get("materials", []))
        for order, t in enumerate(s["talks"], start=1):
            talks.append(
                Talk(
                    t["id"],
                    s["id"],
                    order,
                    t["title"],
                    t["title_myst"],
                    ids(t["speakers"]),
                    start=maybe(t.get("start")),
                    end=maybe(t.get("end")),
                    delivery=t.get("delivery", ""),
                    presentation=t.get("presentation", ""),
                )
            )
            materials += linked(s["id"], t["id"], t.get("materials", []))
    return Release(
        doc["release"],
        parse_published(doc["published"]),
        workshop,
        tuple(slots),
        tuple(talks),
        tuple(people),
        materials=tuple(materials),
    )


def loads(text: str) -> Release:
    """A release from JSON text of this format; a ValueError for a key given twice in one object
    (:class:`~workshop_data.encoding.RepeatedKeyError`: readers differ on which they keep) or what
    is not JSON (``NaN``), as for a release's descriptor (:func:`~workshop_data.encoding.json_value`)."""
    return from_dict(json_value(text))

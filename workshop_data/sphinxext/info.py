"""``workshop-info`` (the home page's title, date, hours and venue) and
``workshop-contact`` ("Contact us at" the edition's address)."""

from __future__ import annotations

from typing import Any

from docutils import nodes

from ..model import Release, Workshop
from ..schema import SLOTS, WORKSHOP
from ..timeutil import UNKNOWN, aware, day_text
from .base import Columns, WorkshopDirective, paragraph, text
from .markup import SEPARATOR, time_range, to_nodes


def description_meta(workshop: Workshop) -> list[nodes.Node]:
    """The edition's description (the old site's ``site_description``: "Workshop on ML for Systems
    at NeurIPS 2019, December 13th or 14th, 8:30AM-6:00PM") as the page's ``<meta
    name="description">``, for search engines and link previews; nothing where it is not given.

    Not shown to a visitor: it says the day, the place and the hours a second time, in the old
    page's words, beside :func:`facts` (the data's own), and not always alike (NeurIPS 2019's
    "13th or 14th" under "Saturday 14 December 2019"; NeurIPS 2023's short one, on a phone, no
    hours at all). The data keeps it (``workshop.site_description``)."""
    said = workshop.site_description
    return [nodes.meta(name="description", content=said)] if said else []


#: What :func:`day_hours` reads of a release's schedule: a page showing them is read again
#: when they change, not when a talk is retitled.
HOURS = Columns(SLOTS, ("start", "end"))


def day_hours(release: Release) -> list[nodes.Node]:
    """The day's hours as the schedule gives them: its first start to its last slot's end
    (``08:15–18:00``, :func:`.markup.time_range`, times the zone switch rewrites); ``from
    09:00`` where the slot that starts last has no end (NeurIPS 2019's panel); ``hours
    unknown`` where no slot has a start (an edition announced before its schedule). Read
    from the slots alone: the description's hours (NeurIPS 2018's "8:30AM-6:00PM", a
    schedule that begins at 09:00) are the old page's words, not a fact the data holds."""
    starts = [s.start for s in release.slots if s.start is not None]
    if not starts:
        return [nodes.Text(f"hours {UNKNOWN}")]
    first, last = min(starts), max(starts)
    ends = [s.end for s in release.slots if s.end is not None]
    closing = [s.end for s in release.slots if s.start == last]
    end = max(ends) if ends and None not in closing else None
    tz, day = release.workshop.timezone, release.workshop.date
    dated = any(t.date() != day for t in (first, end) if t is not None)
    until = aware(end, tz) if end is not None else None
    return to_nodes(time_range(aware(first, tz), until, dated=dated))


def facts(release: Release) -> list[nodes.Node | str]:
    """The edition's facts as one line, the day first (in bold), then its hours
    (:func:`day_hours`), where (the venue, and the room where the data gives it apart from the
    venue) and the host conference, a "·" between them: ``Sunday 15 December 2024 · from 08:15
    · Vancouver Convention Center, West Room 201 · at NeurIPS 2024``. A fact the data does not
    give is said to be unknown (``Date unknown``, ``hours unknown``, ``venue unknown``, ``host
    conference unknown``), never left out: a line without a venue read as if the workshop had
    none. The home page's banner, its ``workshop-info`` and the schedule page's first line
    (``workshop-facts :line:``) all say it so, and say each fact once: the old description,
    which said them again, is the page's ``<meta>`` alone (:func:`description_meta`)."""
    w = release.workshop
    venue, room, conference = w.venue, w.room, w.conference
    where = ", ".join(x for x in (venue or f"venue {UNKNOWN}", room) if x)
    return [
        nodes.strong("", day_text(w.date) or f"Date {UNKNOWN}"),
        SEPARATOR,
        *day_hours(release),
        f"{SEPARATOR}{where}",
        f"{SEPARATOR}at {conference}" if conference else f"{SEPARATOR}host conference {UNKNOWN}",
    ]


class InfoDirective(WorkshopDirective):
    """The edition's site title as the page's heading, its day, hours and venue (its description
    the page's ``<meta>``: :func:`description_meta`)."""

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder(shows=(WORKSHOP, HOURS, "meta"))
        w = self.load("load_workshop", folder, digest)
        release: Release = self.load("load_release", folder, digest)
        out: list[nodes.Node] = [paragraph(*facts(release), classes=["wd-facts"])]
        out += description_meta(release.workshop)
        details = [f"Times in {text(w['timezone'])}", f"schedule release {text(w['release'])}"]
        out.append(paragraph(SEPARATOR.join(details), classes=["wd-details"]))
        self.site_title = text(w["series"])  # the site's title (model.Workshop.title), not site_title
        return out

    def run(self) -> list[nodes.Node]:
        """The block in a section headed by the site's title."""
        body = super().run()
        section = nodes.section("", nodes.title("", self.site_title), *body, classes=["wd-home"])
        section["support_smartquotes"] = False
        section["ids"].append(nodes.make_id(self.site_title) or "workshop")
        section["names"].append(nodes.fully_normalize_name(self.site_title))
        return [section]


class ContactDirective(WorkshopDirective):
    """ "Contact us at <address>." with a ``mailto:`` link."""

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder(shows=(WORKSHOP,))
        email = text(self.load("load_workshop", folder, digest)["contact_email"])
        if not email:
            return [paragraph("This edition gives no contact address.")]
        link = nodes.reference("", email, refuri=f"mailto:{email}")
        return [paragraph("Contact us at ", link, ".")]


def setup_info(app: Any) -> None:
    """Register ``workshop-info`` and ``workshop-contact``."""
    app.add_directive("workshop-info", InfoDirective)
    app.add_directive("workshop-contact", ContactDirective)

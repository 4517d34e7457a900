"""``workshop-info`` (the home page's title, description, date and venue) and
``workshop-contact`` ("Contact us at" the edition's address)."""

from __future__ import annotations

from typing import Any

from docutils import nodes

from ..schema import WORKSHOP
from ..timeutil import UNKNOWN, day_text
from .base import WorkshopDirective, paragraph, text
from .markup import SEPARATOR


def descriptions(w: Any) -> list[nodes.Node]:
    """The edition's description as paragraphs: the full one for wide screens, the short one for
    narrow screens (each alone when the other is not given)."""
    out: list[nodes.Node] = []
    full, short = text(w["site_description"]), text(w["mini_site_description"])
    both = bool(full and short)
    if full:
        out.append(paragraph(full, classes=["wd-description", *(["wd-description-full"] if both else [])]))
    if short:
        out.append(paragraph(short, classes=["wd-description", *(["wd-description-short"] if both else [])]))
    return out


def facts(w: Any) -> list[nodes.Node | str]:
    """The edition's facts as one line, the day first (in bold), then where (the venue, and the
    room where the data gives it apart from the venue) and the host conference, a "·" between
    them: ``Sunday 15 December 2024 · Vancouver Convention Center, West Room 201 · at NeurIPS
    2024``. A fact the data does not give is said to be unknown (``Date unknown``, ``venue
    unknown``, ``host conference unknown``), never left out: a line without a venue read as if
    the workshop had none. The home page's banner, its ``workshop-info`` and the schedule page's
    first line (``workshop-facts :line:``) all say it so."""
    venue, room, conference = text(w["venue"]), text(w.get("room", "")), text(w["conference"])
    where = ", ".join(x for x in (venue or f"venue {UNKNOWN}", room) if x)
    return [
        nodes.strong("", day_text(w["date"]) or f"Date {UNKNOWN}"),
        f"{SEPARATOR}{where}",
        f"{SEPARATOR}at {conference}" if conference else f"{SEPARATOR}host conference {UNKNOWN}",
    ]


class InfoDirective(WorkshopDirective):
    """The edition's site title as the page's heading, its description, date and venue.

    The full description shows on wide screens, the short one on narrow screens.
    """

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder(shows=(WORKSHOP, "meta"))
        w = self.load("load_workshop", folder, digest)
        out: list[nodes.Node] = []
        out += descriptions(w)
        out.append(paragraph(*facts(w), classes=["wd-facts"]))
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

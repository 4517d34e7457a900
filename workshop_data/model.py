"""Plain Python records of one release: what the readers return and the writers take.

These hold no pandas; the loaders turn them into DataFrames, the CLI and the exports use them
directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .schema import Field


@dataclass(frozen=True)
class Person:
    """A speaker or panelist."""

    person_id: str
    name: str
    affiliations: tuple[str, ...] = ()
    anchor: str = ""


@dataclass(frozen=True)
class Talk:
    """A talk presented inside a slot (e.g. one of a block of contributed talks)."""

    talk_id: str
    slot_id: str
    order: int
    title: str
    title_myst: str
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    """A row of the schedule. ``start``/``end`` are naive wall-clock times at the venue."""

    slot_id: str
    start: dt.datetime
    end: dt.datetime | None
    end_derived: bool
    kind: str
    label: str = ""
    title: str = ""
    title_myst: str = ""
    status: str = ""
    speakers: tuple[str, ...] = ()
    raw: str = ""


@dataclass(frozen=True)
class Workshop:
    """The edition's metadata and contact."""

    edition: str
    series: str
    conference: str
    site_title: str
    page_title: str
    site_description: str
    mini_site_description: str
    date: dt.date
    venue: str
    timezone: str
    contact_email: str

    @property
    def event_name(self) -> str:
        """The event's name, e.g. ``"ML for Systems @ NeurIPS 2024"`` (the series alone when the
        conference is not known)."""
        return f"{self.series} @ {self.conference}" if self.conference else self.series


@dataclass(frozen=True)
class Release:
    """One immutable release of an edition: metadata, slots, talks and people."""

    name: str
    published: dt.datetime
    workshop: Workshop
    slots: tuple[Slot, ...]
    talks: tuple[Talk, ...] = ()
    people: tuple[Person, ...] = ()
    path: Path | None = field(default=None, compare=False)
    #: The fields each resource's schema declares, as read from the release's descriptor.
    fields: dict[str, tuple[Field, ...]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def edition(self) -> str:
        """The edition this release belongs to (``workshop.edition``)."""
        return self.workshop.edition

    def person(self, person_id: str) -> Person:
        """The person with this id."""
        for p in self.people:
            if p.person_id == person_id:
                return p
        raise KeyError(person_id)

    def talks_of(self, slot_id: str) -> list[Talk]:
        """The talks of a slot, in order."""
        return sorted((t for t in self.talks if t.slot_id == slot_id), key=lambda t: t.order)

"""The one place that defines the data: resources, their columns and the kind vocabulary.

Every release's ``datapackage.json`` is generated from :data:`RESOURCES`; the loaders, the
validator and the docs read the columns back from that descriptor, so a release published
under an older schema keeps describing itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The kinds of slot, in the order a day is usually told (the order of the categorical dtype).
KINDS: dict[str, str] = {
    "opening": "Opening remarks or welcome.",
    "keynote": "A keynote talk.",
    "invited": "An invited talk (the page may print a topic label such as 'Hardware').",
    "contributed": "Contributed talks: accepted papers presented in a block of short talks.",
    "poster": "A poster session.",
    "break": "A coffee or tea break.",
    "lunch": "The lunch break.",
    "panel": "A panel discussion; its speakers are the panelists.",
    "qa": "A question-and-answer session.",
    "closing": "Closing remarks or awards.",
    "social": "A social event, reception or dinner.",
    "other": "Anything else, including rows an importer could not classify (raw text kept).",
}

#: Wall-clock datetimes in the data are written in this format, in the venue's time zone.
DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S"


@dataclass(frozen=True)
class Field:
    """One column of a resource, as a Frictionless Table Schema field."""

    name: str
    type: str
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    unique: bool = False

    def descriptor(self) -> dict[str, Any]:
        """The Table Schema field descriptor for this column."""
        out: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.type == "datetime":
            out["format"] = DATETIME_FORMAT
        if self.type == "array":
            out["arrayItem"] = {"type": "string"}
        out["description"] = self.description
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum is not None:
            constraints["enum"] = list(self.enum)
        if constraints:
            out["constraints"] = constraints
        return out


@dataclass(frozen=True)
class Resource:
    """One CSV file of a release and its Table Schema."""

    name: str
    title: str
    fields: tuple[Field, ...]
    primary_key: str | None = None
    foreign_keys: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def path(self) -> str:
        """The CSV file's name inside a release folder."""
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        """The column names, in file order."""
        return [f.name for f in self.fields]

    def schema(self) -> dict[str, Any]:
        """The resource's Frictionless Table Schema (fields, primary and foreign keys)."""
        out: dict[str, Any] = {"fields": [f.descriptor() for f in self.fields]}
        if self.primary_key:
            out["primaryKey"] = [self.primary_key]
        if self.foreign_keys:
            out["foreignKeys"] = [dict(fk) for fk in self.foreign_keys]
        return out


WORKSHOP = Resource(
    name="workshop",
    title="The edition: one row of metadata and contact",
    fields=(
        Field("edition", "string", "Edition identifier, e.g. 'neurips2024'.", required=True),
        Field("series", "string", "The workshop series, e.g. 'ML for Systems'.", required=True),
        Field("conference", "string", "The host conference and year, e.g. 'NeurIPS 2024'."),
        Field("site_title", "string", "The website's title, as written on the page."),
        Field("page_title", "string", "The schedule page's title, as written on the page."),
        Field("site_description", "string", "The site description, exactly as written."),
        Field("mini_site_description", "string", "The short description for narrow screens."),
        Field("date", "date", "The day of the workshop (venue's calendar).", required=True),
        Field("venue", "string", "Where the workshop takes place."),
        Field(
            "timezone",
            "string",
            "IANA time zone of the venue; every time in the release is wall-clock time there.",
            required=True,
        ),
        Field("contact_email", "string", "The organizers' contact address."),
    ),
    primary_key="edition",
)

SLOTS = Resource(
    name="slots",
    title="Rows of the schedule table, in order",
    fields=(
        Field(
            "slot_id",
            "string",
            "Stable identifier of the slot: later releases keep it for the same slot.",
            required=True,
            unique=True,
        ),
        Field("start", "datetime", "Start, wall-clock time at the venue.", required=True),
        Field(
            "end",
            "datetime",
            "End, wall-clock time at the venue; empty when the page does not give it.",
        ),
        Field(
            "end_derived",
            "boolean",
            "True when the end is not printed but taken from the next slot's start.",
            required=True,
        ),
        Field("kind", "string", "What the slot is.", required=True, enum=tuple(KINDS)),
        Field("label", "string", "The label printed for the row, e.g. 'Keynote', 'Coffee Break'."),
        Field("title", "string", "The title as plain text; empty where the page gives none."),
        Field("title_myst", "string", "The title with its inline emphasis as MyST markup."),
        Field("status", "string", "A status printed with the row, e.g. 'TBD'; else empty."),
        Field(
            "speakers",
            "array",
            "Person ids of the speakers (for a panel: the panelists), as a JSON array.",
            required=True,
        ),
        Field(
            "raw",
            "string",
            "The row's text as printed, kept when an importer could not classify it.",
        ),
    ),
    primary_key="slot_id",
)

TALKS = Resource(
    name="talks",
    title="Talks presented inside a slot (contributed talks)",
    fields=(
        Field("talk_id", "string", "Stable identifier of the talk.", required=True, unique=True),
        Field("slot_id", "string", "The slot the talk is presented in.", required=True),
        Field("order", "integer", "Position of the talk inside its slot, from 1.", required=True),
        Field("title", "string", "The title as plain text.", required=True),
        Field("title_myst", "string", "The title with its inline emphasis as MyST markup."),
        Field(
            "speakers",
            "array",
            "Person ids of the presenters as a JSON array; empty when the page does not say.",
            required=True,
        ),
    ),
    primary_key="talk_id",
    foreign_keys=({"fields": ["slot_id"], "reference": {"resource": "slots", "fields": ["slot_id"]}},),
)

PEOPLE = Resource(
    name="people",
    title="Speakers and panelists",
    fields=(
        Field("person_id", "string", "Identifier of the person.", required=True, unique=True),
        Field("name", "string", "The name as printed.", required=True),
        Field("affiliations", "array", "Affiliations as printed, as a JSON array.", required=True),
        Field("anchor", "string", "The page's anchor for the person's talk, e.g. 'dean_talk'."),
    ),
    primary_key="person_id",
)

#: Every resource of a release, in descriptor order.
RESOURCES: tuple[Resource, ...] = (WORKSHOP, SLOTS, TALKS, PEOPLE)
RESOURCES_BY_NAME: dict[str, Resource] = {r.name: r for r in RESOURCES}

#: Bumped when the layout of a release changes (Frictionless recipe: MAJOR for field changes).
SCHEMA_VERSION = "1.0.0"

"""The one place that defines the data: resources, their columns and the kind vocabulary.

Every release's ``datapackage.json`` is generated from :data:`RESOURCES`; the loaders, the
validator and the docs read the columns back from that descriptor, so a release published
under an older schema keeps describing itself.
"""

from __future__ import annotations

import functools
from dataclasses import field
from typing import Any

from .records import record


class SlotKinds(dict[str, str]):
    """The kinds of slot (a slot's ``kind``): a dict of each kind to what it means, in the order a
    day is usually told, which is the order of the loaders' ordered categorical ``kind``. A dict
    in all it does (``KINDS["panel"]``, ``list(KINDS)``, ``json.dumps``); a type of its own so
    that ``help(workshop_data.KINDS)`` says what it holds, not what a dict is. The kinds:"""

    __slots__ = ()


#: The kinds of slot, in the order a day is usually told (the order of the categorical dtype).
KINDS: dict[str, str] = SlotKinds(
    {
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
)
# the kinds and their meanings, written once (above), listed in the type's help
SlotKinds.__doc__ = f"{SlotKinds.__doc__}\n\n" + "\n".join(
    f"    - {kind}: {meaning}" for kind, meaning in KINDS.items()
)
#: The kinds of slot that are one talk by an invited speaker (not chosen from the accepted
#: papers), strongest first: where a home page names a speaker both, the slot is a keynote.
INVITED_KINDS = ("keynote", "invited")

#: Wall-clock datetimes in the data are written in this format, in the venue's time zone.
DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S"

#: How every resource's file is read: UTF-8 CSV with commas, declared so in each resource's
#: descriptor entry (the writer, :mod:`workshop_data.datapackage`) and refused when a descriptor
#: says otherwise (the reader, :mod:`workshop_data.validation`): one declaration for both.
READ_AS = {"profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}

#: Ids of slots, talks, people and papers: safe as a file name (the site writes
#: ``slots/<slot_id>.ics``), a URL fragment and an HTML id; what :mod:`workshop_data.ids` makes.
ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}"
#: An edition's or a release's name: one folder of a data directory, not a path (none starts with
#: '.' or '_'); what :data:`workshop_data.ids.NAME` matches.
NAME_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]*"
#: A value on one line: none of the characters :meth:`str.splitlines` ends a line at (line feed,
#: carriage return, and vertical tab, form feed, U+001C to U+001E, U+0085 NEXT LINE, U+2028 LINE
#: SEPARATOR, U+2029 PARAGRAPH SEPARATOR: a reader that splits lines as Python does, or as
#: JavaScript does U+2028 and U+2029, sees two). The control characters among them no text holds
#: anyway (:func:`workshop_data.validation.text_problem`); U+2028 and U+2029 passed.
ONE_LINE = r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*"
#: Text as the importer writes what a page shows (:func:`collapsed`, as the importer collapses it):
#: one line, its words apart by single spaces, no space at either end. A page shows every run of
#: whitespace as one space: a slot's part, label or status, a role's label or group of other
#: whitespace is none a page prints, and its Jekyll export imported as another release (the text
#: collapsed).
COLLAPSED = r"\S+(?: \S+)*"


def collapsed(text: str) -> str:
    """``text`` as :data:`COLLAPSED` wants it, as a page shows it: every run of whitespace
    (non-breaking spaces included) one space, none at either end."""
    # str.split splits at what the regular expressions' \s matches, several times faster than
    # re.sub(r"\s+", " ", text) on a long text
    return " ".join(text.split())


#: The characters of a URL's path as they are (RFC 3986 ``pchar`` and ``/``), and of its query
#: and fragment (``?`` too); any other is %-encoded.
_PATH = r"[A-Za-z0-9\-._~!$&'()*+,;=:@/]"
_QUERY = r"[A-Za-z0-9\-._~!$&'()*+,;=:@/?]"
#: URLs the site links and the exports write: http(s) only (a ``javascript:`` link would run on
#: the site), in the characters of an RFC 3986 URI (no space, quote or line break: frab's JSON
#: Schema wants a URI, and a line break would start a line in a calendar), and before the path a
#: host name and a port only: dot-separated labels of letters, digits, '-' and '_' (``https://[x/``
#: is no URL: ``urlsplit`` raises, and the site's build ended in a traceback; an IPv6 host is no
#: workshop's). No user name or password: ``https://mlforsystems.org@evil.example/slides.pdf``
#: leads to evil.example, the site's name in front; no %-escape in the host, which a browser
#: decodes (``https://%65vil.example/``); no empty host (``http://:/``, ``http://@/``); a port of
#: 0 to 65535, as :func:`urllib.parse.urlsplit` reads one (the importer's :func:`~workshop_data.links.as_uri`).
#: After it, RFC 3986's path, query and fragment: a ``%`` only in an escape of two hex digits, no
#: ``[`` or ``]`` (delimiters of an IPv6 host only) and no second ``#``: ``https://x.org/%zz``,
#: ``/a[1]`` and ``#b#c`` are no URI, and a frab JSON file linking one fails its schema's ``uri``.
URL_PATTERN = (
    r"https?://[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*"
    r"(?::(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?"
    rf"(?:/{_PATH}*(?:%[0-9A-Fa-f]{{2}}{_PATH}*)*)?"
    rf"(?:\?{_QUERY}*(?:%[0-9A-Fa-f]{{2}}{_QUERY}*)*)?(?:#{_QUERY}*(?:%[0-9A-Fa-f]{{2}}{_QUERY}*)*)?"
)
#: The workshop's contact address: one e-mail address, ``name@host.tld`` in ASCII (a dot-atom
#: before the ``@``, at most 64 characters; a host name of dotted labels after it, at most 253).
#: Every address it matches is one Frictionless's ``format: email`` reads too (the descriptors
#: do not declare it: a declaration would change the bytes of the releases published).
EMAIL_PATTERN = (
    r"(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?=[^@]{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z]"
)
#: A descriptor's ``name``: Frictionless v1's (its data-package profile's pattern; the descriptors
#: declare no ``$schema``, so v1): lower case, unlike an edition's name (``NeurIPS2030`` is one).
PACKAGE_NAME_PATTERN = r"[-a-z0-9._/]+"
#: Each pattern of the schema in words, for error messages.
PATTERN_RULES = {
    ID_PATTERN: "letters, digits, '_' and '-', starting with a letter or digit, at most 100",
    NAME_PATTERN: "letters, digits, '.', '_' and '-', starting with a letter or digit",
    ONE_LINE: "one line, no line or paragraph separator: a line break in a title needs schema 2.1.0",
    COLLAPSED: "one line of single spaces between words, none at either end (as a page shows it)",
    URL_PATTERN: (
        "an http:// or https:// URL: a host name (letters, digits, '-' and '_' between dots) and a port only, no user"
        " name, then RFC 3986's path, query and fragment (others %-encoded, '%' only before two hex digits)"
    ),
    PACKAGE_NAME_PATTERN: "a Frictionless name: lower-case letters, digits, '-', '.', '_' and '/'",
    EMAIL_PATTERN: "one e-mail address, name@host.tld, in ASCII",
}


def package_name(edition: str) -> str:
    """The ``name`` of ``edition``'s descriptors, ``workshop-data-<edition>`` in lower case (a
    Frictionless v1 name; the edition keeps its case in the descriptor's ``edition``)."""
    return f"workshop-data-{edition.lower()}"


@record
class Field:
    """One column of a resource, as a Frictionless Table Schema field."""

    name: str
    type: str
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    unique: bool = False
    #: The schema version that added the field; releases of older versions do not declare it
    #: (from :data:`OLDEST_HOLDING_SINCE` on, such a release holds none of it: :func:`recorded`).
    since: str = "1.0.0"
    #: The first schema version without this declaration of the field (it changed or went).
    until: str | None = None
    #: A regular expression every value (each item of an array) must match. Readers check it on
    #: every release; it is not written into descriptors, so that the releases already published
    #: (which do not declare it) are the ones a re-import makes, byte for byte.
    pattern: str | None = None
    #: Whether an array holds each item once, items compared as a page shows them
    #: (:func:`collapsed`): profile links (the site lists each it is given, "LinkedIn (2)" for one
    #: URL twice), affiliations ("MIT" and "MIT " are one). Checked by readers, not declared, as
    #: :attr:`pattern`.
    distinct: bool = False
    #: How a visitor is told of the field (a change's and a correction's wording: "day", "PDF
    #: link"); empty: its name in words (:func:`field_label`). Not written into descriptors.
    label: str = ""
    #: Whether each word of a value (each item of an array) is written in one script: a person's
    #: name or affiliation, where a look-alike letter of another script ("Jeff Deаn", a Cyrillic
    #: 'а') would make another person of the same look
    #: (:func:`workshop_data.validation.script_problem`). Checked by readers and by both importers,
    #: not declared, as :attr:`pattern`.
    one_script: bool = False

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


@record
class Resource:
    """One CSV file of a release and its Table Schema."""

    name: str
    title: str
    fields: tuple[Field, ...]
    primary_key: str | None = None
    foreign_keys: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    #: The schema version that added the resource (as :attr:`Field.since`).
    since: str = "1.0.0"

    @property
    def path(self) -> str:
        """The CSV file's name inside a release folder."""
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        """The column names, in file order."""
        return [f.name for f in self.fields]

    @property
    def times(self) -> tuple[str, ...]:
        """The names of its datetime fields, each a wall-clock time at the venue, in file order and
        each once (slots' ``start``, declared apart for the versions before and after 2.3.0, is one):
        what the readers check on the venue's clock and the loaders show in a zone."""
        return tuple(dict.fromkeys(f.name for f in self.fields if f.type == "datetime"))

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
        Field("edition", "string", "Edition identifier, e.g. 'neurips2024'.", required=True, pattern=NAME_PATTERN),
        Field(
            "series", "string", "The workshop series, e.g. 'ML for Systems'.", required=True, label="workshop series"
        ),
        Field("conference", "string", "The host conference and year, e.g. 'NeurIPS 2024'.", label="host conference"),
        Field(
            "site_title",
            "string",
            "The website's title, as written on the page.",
            label="old site's title (its top bar)",
        ),
        Field(
            "page_title",
            "string",
            "The schedule page's title, as written on the page.",
            label="old edition page's title",
        ),
        Field(
            "site_description",
            "string",
            "The site description, exactly as written.",
            label="old site's description (here, the pages' summary for search engines)",
        ),
        Field(
            "mini_site_description",
            "string",
            "The short description for narrow screens.",
            label="old site's short description (its header on narrow screens)",
        ),
        Field("date", "date", "The day of the workshop (venue's calendar).", required=True, until="2.0.0", label="day"),
        Field(
            "date",
            "date",
            "The day of the workshop (venue's calendar); empty when the pages do not settle it.",
            since="2.0.0",
            label="day",
        ),
        Field("venue", "string", "Where the workshop takes place."),
        Field(
            "timezone",
            "string",
            "IANA time zone of the venue; every time in the release is wall-clock time there.",
            required=True,
            label="time zone",
        ),
        Field(
            "contact_email", "string", "The organizers' contact address.", pattern=EMAIL_PATTERN, label="contact email"
        ),
        Field("room", "string", "The room at the venue, as printed.", since="2.0.0"),
    ),
    primary_key="edition",
)

#: How a visitor is told of every field that says how something is given (a slot's talk's
#: ``slots.talk_delivery``, a slot's own ``slots.delivery``, a talk's ``talks.delivery``, a paper's
#: ``papers.delivery``): the one label of them all, as every reader shows them alike
#: (:data:`workshop_data.words.DELIVERY_LABEL`). Not "how the talk is given": the same page's
#: labels are given to the opening remarks and a poster.
DELIVERY = "how it is given"
#: How a visitor is told of a slot's ``slots.event_title``, the title another schedule of the page
#: gives the slot's own event ("Poster Session #1 (also titled “Poster Session | Coffee Break”)"),
#: and of its ``slots.talk_event_title``, the one it gives the slot's talk ("Jeff Dean - Invited Talk"),
#: as a slot's ``talk_start`` is "also printed at".
EVENT_TITLE = "also titled"

#: A title's MyST (:class:`workshop_data.titles.Title`): on one line until 2.1.0, which holds the
#: line breaks a page printed inside a title (an older version stores them as spaces,
#: :attr:`~workshop_data.titles.Title.one_line`; the pattern is checked by readers, not declared).
TITLE_MYST = (
    Field(
        "title_myst", "string", "The title with its inline emphasis as MyST markup.", until="2.1.0", pattern=ONE_LINE
    ),
    Field(
        "title_myst",
        "string",
        "The title with its inline emphasis as MyST markup; a line break printed inside the title is a "
        "hard line break (a backslash ending the line).",
        since="2.1.0",
    ),
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
            pattern=ID_PATTERN,
        ),
        Field("start", "datetime", "Start, wall-clock time at the venue.", required=True, until="2.3.0"),
        Field(
            "start",
            "datetime",
            "Start, wall-clock time at the venue; empty when the page prints no time (e.g. 'TBD').",
            since="2.3.0",
        ),
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
        Field("label", "string", "The label printed for the row, e.g. 'Keynote', 'Coffee Break'.", pattern=COLLAPSED),
        Field("title", "string", "The title as plain text; empty where the page gives none."),
        *TITLE_MYST,
        Field("status", "string", "A status printed with the row, e.g. 'TBD'; else empty.", pattern=COLLAPSED),
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
        Field(
            "talk_start",
            "datetime",
            "The start another schedule of the page prints for the slot's talk where it is not the row's "
            "(NeurIPS 2022's detailed schedule puts Steve Keckler's invited talk at 13:55, its schedule "
            "table at 14:15), wall-clock time at the venue; empty: the page prints the talk at the row's "
            "time only.",
            since="2.4.0",
        ),
        Field(
            "talk_end",
            "datetime",
            "The end that schedule prints for the slot's talk, where it gives the talk another time than "
            "the row's; empty: the page prints the talk at the row's time only.",
            since="2.4.0",
        ),
        Field(
            "part",
            "string",
            "The heading row the schedule table prints over the slot, naming the part of the program it "
            "belongs to, as printed (NeurIPS 2020's 'Run 1' and 'Run 2 (repeated)', the day's program "
            "given twice for other time zones); empty: the table prints no heading over the slot.",
            since="2.5.0",
            pattern=COLLAPSED,
        ),
        Field(
            "repeats",
            "string",
            "The slot_id of the slot of an earlier part of the table that this slot gives again: the same "
            "row (kind, label, title, speakers, talks) at another time, so the same talk given twice "
            "(NeurIPS 2020's Run 2). Its talks are that slot's talks, in the same order, under ids of their "
            "own. Empty: the slot repeats none.",
            since="2.5.0",
            pattern=ID_PATTERN,
        ),
        Field(
            "talk_delivery",
            "string",
            "How the page says the slot's talk is given, as printed: the label another schedule of the page "
            "prints for the talk by the slot's speakers (NeurIPS 2022's detailed schedule: Jeff Dean's "
            "invited talk 'Prerecorded & Livestreamed', Dawn Song's 'In-Person Presentation or Q&A, no "
            "prerecorded backup'); empty: the page prints none.",
            since="2.8.0",
            pattern=COLLAPSED,
            label=DELIVERY,
        ),
        Field(
            "delivery",
            "string",
            "How the page says the slot itself is given, as printed, where it is no talk's (``talk_delivery``): "
            "the label another schedule of the page prints for the slot's own event (NeurIPS 2022's detailed "
            "schedule: the opening remarks 'In-person Intro, Opening/Closing Remarks (introduction by "
            "moderator)'; a coffee break's tooltip 'Break', which repeats its type, is its ``presentation``); "
            "empty: the page prints none.",
            since="2.10.0",
            pattern=COLLAPSED,
            label=DELIVERY,
        ),
        Field(
            "talk_presentation",
            "string",
            "The conference site's type of the slot's talk, as printed: the type another schedule of the page "
            "prints in parentheses for the talk by the slot's speakers (NeurIPS 2022's detailed schedule: each "
            "invited talk '(Talk)'), as ``talks.presentation`` is a talk's and ``papers.presentation`` a "
            "paper's; empty: the page prints none.",
            since="2.11.0",
            pattern=COLLAPSED,
        ),
        Field(
            "presentation",
            "string",
            "The conference site's type of the slot's own event, where it is no talk's (``talk_presentation``), "
            "as printed: the type another schedule of the page prints in parentheses for the slot's own event "
            "(NeurIPS 2022's detailed schedule: each poster session's 'Poster Session | Coffee Break' "
            "'(Break)'); empty: the page prints none.",
            since="2.11.0",
            pattern=COLLAPSED,
        ),
        Field(
            "event_title",
            "string",
            "The title another schedule of the page prints for the slot's own event where it is not the "
            "slot's label (NeurIPS 2022's detailed schedule: 'Poster Session | Coffee Break' for the table's "
            "'Poster Session #1' and '#2'); empty: the page prints none, or the label.",
            since="2.11.0",
            pattern=COLLAPSED,
            label=EVENT_TITLE,
        ),
        Field(
            "talk_event_title",
            "string",
            "The title another schedule of the page prints for the slot's talk, the event by the slot's "
            "speakers, where it is neither the slot's label nor its title, as ``event_title`` is the slot's "
            "own event's (NeurIPS 2022's detailed schedule: 'Jeff Dean - Invited Talk' for the table's "
            "'Invited Speaker 1', Jeff Dean); empty: the page prints none, or the label or title.",
            since="2.12.0",
            pattern=COLLAPSED,
            label=EVENT_TITLE,
        ),
    ),
    primary_key="slot_id",
)

TALKS = Resource(
    name="talks",
    title="Talks presented inside a slot (contributed talks)",
    fields=(
        Field("talk_id", "string", "Stable identifier of the talk.", required=True, unique=True, pattern=ID_PATTERN),
        Field("slot_id", "string", "The slot the talk is presented in.", required=True),
        Field("order", "integer", "Position of the talk inside its slot, from 1.", required=True),
        Field("title", "string", "The title as plain text.", required=True),
        *TITLE_MYST,
        Field(
            "speakers",
            "array",
            "Person ids of the presenters as a JSON array; empty when the page does not say.",
            required=True,
        ),
        Field(
            "start",
            "datetime",
            "The talk's own start, wall-clock time at the venue, where the page prints one for the talk "
            "(NeurIPS 2022's detailed schedule); empty: the page gives the talk no time of its own (it is "
            "presented in its slot's time).",
            since="2.4.0",
        ),
        Field(
            "end",
            "datetime",
            "The talk's own end, wall-clock time at the venue, where the page prints one for the talk; "
            "empty: the page gives the talk no end of its own.",
            since="2.4.0",
        ),
        Field(
            "delivery",
            "string",
            "How the page says the talk is given, as printed: the label another schedule of the page "
            "prints for it (NeurIPS 2022's detailed schedule, a copy of the conference site's: 'In-person "
            "Presentation, Prerecorded Backup', 'Zoom Presentation, Prerecorded Backup'); empty: the page "
            "prints none.",
            since="2.8.0",
            pattern=COLLAPSED,
            label=DELIVERY,
        ),
        Field(
            "presentation",
            "string",
            "The conference site's type of the talk, as printed: the type another schedule of the page prints "
            "in parentheses after its title (NeurIPS 2022's detailed schedule, a copy of the conference "
            "site's: each spotlight '(Spotlight)'), as ``papers.presentation`` is a paper's; empty: the page "
            "prints none.",
            since="2.11.0",
            pattern=COLLAPSED,
        ),
    ),
    primary_key="talk_id",
    foreign_keys=({"fields": ["slot_id"], "reference": {"resource": "slots", "fields": ["slot_id"]}},),
)

PEOPLE = Resource(
    name="people",
    title="Speakers and panelists",
    fields=(
        Field("person_id", "string", "Identifier of the person.", required=True, unique=True, pattern=ID_PATTERN),
        Field("name", "string", "The name as printed.", required=True, one_script=True),
        Field(
            "affiliations",
            "array",
            "Affiliations as printed, as a JSON array.",
            required=True,
            distinct=True,
            one_script=True,
        ),
        Field(
            "anchor",
            "string",
            "The page's anchor for the person's talk, e.g. 'dean_talk'.",
            label="old page's anchor for the speaker's talk",
        ),
        Field(
            "photo_url",
            "string",
            "Absolute URL of the person's photo on the site.",
            since="2.0.0",
            pattern=URL_PATTERN,
            label="photo",
        ),
        Field("bio", "string", "The biography printed for this edition, as plain text.", since="2.0.0"),
        Field(
            "links",
            "array",
            "Profile links (homepage, scholar, social) as a JSON array of URLs.",
            since="2.0.0",
            pattern=URL_PATTERN,  # each item's
            distinct=True,
        ),
        Field(
            "link_labels",
            "array",
            "The words the page prints as each of ``links``, in the same order, as a JSON array: "
            "'@DivyaMahajn' for 'https://twitter.com/divyamahajn', 'website', 'LinkedIn'; an empty item where "
            "the page prints none of the link's own (a linked name or photo, words of the bio), which is "
            "unknown. Empty: no link's words are known.",
            since="2.9.0",
            label="profile links' words",
        ),
    ),
    primary_key="person_id",
)

#: What a person did in an edition, besides speaking in a slot: the vocabulary of ``roles.role``.
ROLE_KINDS: dict[str, str] = {
    "keynote": "A keynote speaker.",
    "invited": "An invited speaker.",
    "panelist": "A panelist.",
    "organizer": "A member of the organizing committee.",
    "steering": "A member of the steering committee.",
    "committee": "A member of another committee (program, competition…), named in ``group``.",
}
#: The roles of a person who speaks (the others are committees).
SPEAKER_ROLES = frozenset({"keynote", "invited", "panelist"})

ROLES = Resource(
    name="roles",
    title="People's roles in the edition: speakers and committees, in page order",
    fields=(
        Field("order", "integer", "Position on the edition's pages, from 1.", required=True, unique=True),
        Field("person_id", "string", "The person.", required=True),
        Field("role", "string", "What the person was.", required=True, enum=tuple(ROLE_KINDS)),
        Field(
            "group",
            "string",
            "The section or committee as printed, e.g. 'Steering Committee'.",
            pattern=COLLAPSED,
            label="listed under",
        ),
        Field("label", "string", "The role's label as printed, e.g. 'Keynote Speaker'.", pattern=COLLAPSED),
        Field("talk_title", "string", "The title of the person's talk, as plain text."),
        Field("talk_abstract", "string", "The abstract of the person's talk, as plain text."),
        Field(
            "affiliations",
            "array",
            "The affiliations the page prints with this role, as a JSON array, where they are not the "
            "person's ``people.affiliations`` (NeurIPS 2019 prints Xinlei Xu as 'New York University' in "
            "the program committee, 'NYU' among the organizers); empty: the role is printed with the "
            "person's affiliations, or with none.",
            since="2.4.0",
            distinct=True,
            label="affiliations printed with the role",
            one_script=True,
        ),
        Field(
            "links",
            "array",
            "The profile links the page prints with this role, as a JSON array of URLs, where they are not "
            "the person's ``people.links`` (which holds every link printed with any of the person's roles: "
            "NeurIPS 2023's organizers' list links Phitchaya Mangpo Phothilimthana's LinkedIn page "
            "'…/phitchaya-mangpo-phothilimthana', its competition committee '…-64415b82'); empty: the role "
            "is printed with the person's links, or with none.",
            since="2.5.0",
            pattern=URL_PATTERN,  # each item's
            distinct=True,
            label="links printed with the role",
        ),
    ),
    foreign_keys=({"fields": ["person_id"], "reference": {"resource": "people", "fields": ["person_id"]}},),
    since="2.0.0",
)

PAPERS = Resource(
    name="papers",
    title="Accepted papers, in the order the site lists them",
    fields=(
        Field("paper_id", "string", "Stable identifier of the paper.", required=True, unique=True, pattern=ID_PATTERN),
        Field("order", "integer", "Position in the list of accepted papers, from 1.", required=True),
        Field("title", "string", "The title as plain text.", required=True),
        Field("abstract", "string", "The abstract, where the site gives one."),
        Field("pdf_url", "string", "Absolute URL of the PDF.", pattern=URL_PATTERN, label="PDF link"),
        Field("award", "string", "An award printed with the paper, e.g. 'Best Paper Award'."),
        Field("presentation", "string", "How the paper is presented where the site says, e.g. 'spotlight'."),
        Field("tag", "string", "The topic tag the site gives the paper.", label="topic tag"),
        Field(
            "delivery",
            "string",
            "How the page says the paper is given, as printed: the label the page prints for its entry "
            "(NeurIPS 2022's list, a copy of the conference site's: 'Prerecorded, on-demand, not streamed "
            "during event', 'Link Only (appears in the schedule, but no SlidesLive)'); empty: the page prints "
            "none.",
            since="2.10.0",
            pattern=COLLAPSED,
            label=DELIVERY,
        ),
    ),
    primary_key="paper_id",
    since="2.0.0",
)

AUTHORS = Resource(
    name="authors",
    title="Authors of the accepted papers: one row per author per paper, in order",
    fields=(
        Field("paper_id", "string", "The paper.", required=True),
        Field("position", "integer", "The author's position on the paper, from 1.", required=True),
        Field("person_id", "string", "The author as a person.", required=True),
        Field("name", "string", "The name as printed on the paper.", required=True, one_script=True),
        Field("equal_contribution", "boolean", "True when marked as an equal contribution."),
    ),
    foreign_keys=(
        {"fields": ["paper_id"], "reference": {"resource": "papers", "fields": ["paper_id"]}},
        {"fields": ["person_id"], "reference": {"resource": "people", "fields": ["person_id"]}},
    ),
    since="2.0.0",
)

CORRECTIONS = Resource(
    name="corrections",
    title="Hand-checked corrections: where the data differs from what the page printed, and why",
    fields=(
        Field("resource", "string", "The resource corrected, e.g. 'slots'.", required=True),
        Field("key", "string", "The id of the corrected row (empty for the workshop row)."),
        Field("field", "string", "The corrected field.", required=True),
        Field("printed", "string", "What the page printed.", required=True),
        Field("value", "string", "The value in the data (empty: unknown)."),
        Field("reason", "string", "Why, and who checked it.", required=True),
    ),
    since="2.0.0",
)

#: What a talk's material or a paper's link is: the vocabulary of ``materials.kind`` and
#: ``paper_materials.kind``.
MATERIAL_KINDS: dict[str, str] = {
    "slides": "The slides (of the talk, or presenting the paper).",
    "recording": "A recording of the talk (a video).",
    "paper": "The paper the talk presents (its PDF, or its page on arXiv or OpenReview); for an accepted "
    "paper, its page besides its PDF.",
    "poster": "The poster.",
    "code": "The code.",
    "other": "Another link the site gives for the talk or the paper.",
}

MATERIALS = Resource(
    name="materials",
    title="Talks' materials the schedule links (slides, recordings, papers), in page order",
    fields=(
        Field("slot_id", "string", "The slot the material belongs to.", required=True),
        Field("talk_id", "string", "The talk inside the slot it belongs to; empty: the slot's own talk."),
        Field("kind", "string", "What the material is.", required=True, enum=tuple(MATERIAL_KINDS)),
        Field(
            "url",
            "string",
            "Absolute URL of the material, as the site links it (site paths made absolute).",
            required=True,
            pattern=URL_PATTERN,
        ),
    ),
    foreign_keys=({"fields": ["slot_id"], "reference": {"resource": "slots", "fields": ["slot_id"]}},),
    since="2.2.0",
)

PAPER_MATERIALS = Resource(
    name="paper_materials",
    title="Accepted papers' links the site gives beside the paper (OpenReview page, poster, slides), in page order",
    fields=(
        Field("paper_id", "string", "The paper the link belongs to.", required=True),
        Field(
            "kind",
            "string",
            "What the link is (``paper``: its page on OpenReview or arXiv, not the PDF of ``papers.pdf_url``).",
            required=True,
            enum=tuple(MATERIAL_KINDS),
        ),
        Field(
            "url",
            "string",
            "Absolute URL of the link, as the site links it (site paths made absolute, whether or not "
            "the site serves them: NeurIPS 2022's poster images are paths of the NeurIPS site).",
            required=True,
            pattern=URL_PATTERN,
        ),
    ),
    foreign_keys=({"fields": ["paper_id"], "reference": {"resource": "papers", "fields": ["paper_id"]}},),
    since="2.6.0",
)

#: The texts a link inside a text may be in (``text_links.resource`` and ``field``): a text the
#: data holds as plain text, whose words the page printed as a link. Schema 2.9.0 added people's
#: bios (NeurIPS 2024's Natasha Jaques "leads the Social RL Lab", the lab's name a link).
LINKED_TEXTS: dict[str, tuple[str, ...]] = {"roles": ("talk_abstract",), "papers": ("abstract",), "people": ("bio",)}
#: The texts schema 2.7.0 and 2.8.0 declared (``text_links.resource``'s vocabulary then).
_LINKED_TEXTS_2_7 = ("roles", "papers")
#: The column of each table of :data:`LINKED_TEXTS` that a link's ``key`` names the row by.
LINKED_TEXT_KEYS: dict[str, str] = {"roles": "order", "papers": "paper_id", "people": "person_id"}

TEXT_LINKS = Resource(
    name="text_links",
    title="Links inside a text (a talk's or a paper's abstract): the words the page linked and where to",
    fields=(
        Field(
            "resource",
            "string",
            "The table of the text: 'roles' (a talk's abstract) or 'papers' (a paper's abstract).",
            required=True,
            enum=_LINKED_TEXTS_2_7,
            until="2.9.0",
        ),
        Field(
            "resource",
            "string",
            "The table of the text: 'roles' (a talk's abstract), 'papers' (a paper's abstract) or 'people' "
            "(a person's bio).",
            required=True,
            enum=tuple(LINKED_TEXTS),
            since="2.9.0",
        ),
        Field(
            "key",
            "string",
            "The row of the text: a role's ``order``, a paper's ``paper_id``.",
            required=True,
            until="2.9.0",
        ),
        Field(
            "key",
            "string",
            "The row of the text: a role's ``order``, a paper's ``paper_id``, a person's ``person_id``.",
            required=True,
            since="2.9.0",
        ),
        Field(
            "field",
            "string",
            "The field that holds the text: 'talk_abstract' or 'abstract'.",
            required=True,
            until="2.9.0",
        ),
        Field(
            "field",
            "string",
            "The field that holds the text: 'talk_abstract', 'abstract' or 'bio'.",
            required=True,
            since="2.9.0",
        ),
        Field("position", "integer", "The link's place among the text's links, from 1.", required=True),
        Field(
            "start",
            "integer",
            "Where the linked words begin in the text: the place of their first character (a Unicode code "
            "point) among the text's, from 1.",
            required=True,
        ),
        Field(
            "text",
            "string",
            "The linked words, exactly as the text holds them from ``start`` on.",
            required=True,
            label="linked words",
        ),
        Field(
            "url",
            "string",
            "Absolute URL the words link to, as the site links it (site paths made absolute).",
            required=True,
            pattern=URL_PATTERN,
        ),
    ),
    since="2.7.0",
)


def _declared(resource: Resource, name: str) -> Field:
    """The current declaration of ``resource``'s field ``name`` (of a field declared twice, the one
    still in force)."""
    return next(f for f in resource.fields if f.name == name and f.until is None)


#: The columns of :func:`workshop_data.load_speakers`: one row per speaker of a slot and per
#: speaker of a talk of a block. Not a table of a release (no file, no descriptor, no schema
#: version): the loader derives it from the release's slots, talks and people. Each column but
#: ``gives_talk`` and ``position`` is a stored table's, this tuple holding its one declaration.
SPEAKER_ROW_FIELDS: tuple[Field, ...] = (
    _declared(SLOTS, "slot_id"),
    _declared(TALKS, "talk_id"),
    _declared(SLOTS, "kind"),
    _declared(SLOTS, "title"),
    Field(
        "gives_talk",
        "boolean",
        "True where the speaker gives a talk: a talk of a block, or a slot that is one talk (keynote, "
        "invited, contributed: ``workshop_data.model.talks_given``); False for a slot of no talk, a "
        "panel's panelist or the opening remarks' speaker.",
        required=True,
    ),
    Field(
        "position",
        "integer",
        "The speaker's place among the slot's (or the talk's) speakers, in the page's order, from 1.",
        required=True,
    ),
    _declared(PEOPLE, "person_id"),
    _declared(PEOPLE, "name"),
    _declared(PEOPLE, "affiliations"),
    _declared(SLOTS, "repeats"),
)


#: Bumped when the layout of a release changes (Frictionless recipe: MAJOR for field changes,
#: MINOR for a new resource or field that older releases read as empty).
SCHEMA_VERSION = "2.12.0"
#: Every schema version a release may declare, oldest first.
SCHEMA_VERSIONS: tuple[str, ...] = (
    "1.0.0",
    "2.0.0",
    "2.1.0",
    "2.2.0",
    "2.3.0",
    "2.4.0",
    "2.5.0",
    "2.6.0",
    "2.7.0",
    "2.8.0",
    "2.9.0",
    "2.10.0",
    "2.11.0",
    "2.12.0",
)


#: The first schema version whose writer writes each release in the oldest version that holds its
#: data (``workshop_data.datapackage.schema_version_of``; ``in_schema`` refuses a value a version
#: has no field for). A table or field added in this version or a later one is therefore *none* in
#: a release of an older version, not unknown: the writer chose that version because the release
#: held nothing of it (NeurIPS 2018's ``2018-09-14.0101``, schema 2.0.0: its organizers are printed
#: with no profile link yet, and so with no link's words, ``people.link_labels``). One added before
#: (2.0.0's roles, papers, authors, corrections, people's photo, bio and links, the room) stays
#: unknown in a release that does not declare it: 1.0.0's, published when it was the one version,
#: from the schedule page alone (the pinned ``neurips2024/2024-11-20``, which keeps its bytes). A
#: field an older version declares in another form (a title's MyST on one line before 2.1.0, where
#: ``in_schema`` makes a line break a space) is not this rule's: the diff compares it in the form
#: both hold. No descriptor names its writer, so a release an older package wrote in its newest
#: version reads as one without what came later: the data this package reads is the data it writes
#: (``import-site`` makes it again byte for byte).
OLDEST_HOLDING_SINCE = "2.1.0"


def is_newer(version: object) -> bool:
    """Whether ``version`` is a schema version (``MAJOR.MINOR.PATCH``) after every one this
    package reads: a newer package wrote the release that declares it (``2.13.0``; not ``2.4``,
    which no package writes)."""
    import re

    if not isinstance(version, str) or not re.fullmatch(r"\d{1,9}\.\d{1,9}\.\d{1,9}", version):
        return False
    return _version_key(version) > _version_key(SCHEMA_VERSION)


#: Every resource of the current schema, in descriptor order.
ALL_RESOURCES: tuple[Resource, ...] = (
    WORKSHOP,
    SLOTS,
    TALKS,
    PEOPLE,
    ROLES,
    PAPERS,
    AUTHORS,
    CORRECTIONS,
    MATERIALS,
    PAPER_MATERIALS,
    TEXT_LINKS,
)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


@functools.cache
def resources(version: str = SCHEMA_VERSION) -> tuple[Resource, ...]:
    """The resources of schema ``version``, each with the fields that version has.

    A release declares its schema version; readers check its descriptor against this, and
    fields or resources added later read as empty. Made once per version (every release
    written or read asks for them).
    """
    if version not in SCHEMA_VERSIONS:
        raise ValueError(f"unknown schema version {version!r} (known: {', '.join(SCHEMA_VERSIONS)})")
    key = _version_key(version)
    out = []
    for r in ALL_RESOURCES:
        if _version_key(r.since) > key:
            continue
        kept = tuple(
            f for f in r.fields if _version_key(f.since) <= key and (f.until is None or _version_key(f.until) > key)
        )
        out.append(r if kept == r.fields else Resource(r.name, r.title, kept, r.primary_key, r.foreign_keys, r.since))
    return tuple(out)


@functools.cache
def fields_by_resource(version: str = SCHEMA_VERSION) -> dict[str, frozenset[str]]:
    """The names of the fields of each resource of schema ``version``, by the resource's name:
    what a correction (:data:`CORRECTIONS`) may name in its ``resource`` and ``field`` (a
    reader's rule, not declared: an ``enum`` would change the bytes of every release published)."""
    return {r.name: frozenset(r.columns) for r in resources(version)}


@functools.cache
def recorded(version: str, resource: str) -> frozenset[str]:
    """The fields of ``resource`` that a release of schema ``version`` records: those the version
    declares, and those of the current schema added after it from :data:`OLDEST_HOLDING_SINCE` on,
    of which it holds none (all of a resource added then, such as ``materials`` before 2.2.0).
    Empty: the release does not record the resource, which is unknown there (``roles`` in 1.0.0,
    and so its fields, whenever they were added). What a comparison of two releases may compare
    is what both record (:func:`~workshop_data.changes.compare`)."""
    found = next((r for r in resources(version) if r.name == resource), None)
    current = next((r for r in ALL_RESOURCES if r.name == resource), None)
    if current is None:
        return frozenset()
    key, since = _version_key(version), _version_key(OLDEST_HOLDING_SINCE)
    if found is None:
        return frozenset(current.columns) if _version_key(current.since) >= since else frozenset()
    added = (f.name for f in current.fields if _version_key(f.since) > key and _version_key(f.since) >= since)
    return frozenset((*found.columns, *added))


@functools.cache
def field_label(resource: str, name: str) -> str:
    """How a visitor is told of field ``name`` of ``resource``: its :attr:`Field.label` in any
    declaration of it, else its name in words (``talk_title``: "talk title"). The one home of a
    field's words, for the changes' wording (the changelog, ``diff``'s text) and the corrections
    a home page lists: they said "mini site description" and "The date of neurips2019"."""
    found = next((r for r in ALL_RESOURCES if r.name == resource), None)
    declared = [f.label for f in (found.fields if found else ()) if f.name == name and f.label]
    return declared[0] if declared else name.replace("_", " ")


#: The resources of the current schema (:data:`SCHEMA_VERSION`).
RESOURCES: tuple[Resource, ...] = resources(SCHEMA_VERSION)
RESOURCES_BY_NAME: dict[str, Resource] = {r.name: r for r in RESOURCES}

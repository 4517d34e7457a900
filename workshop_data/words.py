"""How a release's things are named in a reader's words: a slot's name and heading, the slot a
repeated one gives again, a hand-checked correction, and times as ``HH:MM`` in a zone.

One home for the words that what changed (:mod:`workshop_data.changes`), the formats (a calendar
event's description, the text table) and the site (the schedule, an edition's corrections, the
changelog) say alike: each wrote its own once ("(repeats 09:15)", "repeats Run 1's at 09:15",
"Repeats the slot of 2020-12-12 09:15"). They need only the records, their times and the schema's
labels, so they sit below the diff and the formats, which read them from here rather than
importing the module that compares releases for its wording.

Words come as :data:`Part` lists, text and aware times, so that each reader shows the times in
its zone and form (:func:`said`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from .model import Correction, Release, Role, Slot, TextLink
from .schema import DATETIME_FORMAT, SPEAKER_ROLES, field_label, resources
from .timeutil import UNKNOWN, aware, before_the_day, day_text, in_zone, published_utc

#: A piece of a change in words: text, or an aware time (shown as ``HH:MM`` in some zone).
Part = str | dt.datetime


@dataclass(frozen=True)
class Linked:
    """Words that link to a URL, where a change's words for people name an address rather than
    print it (the site's changelog: "photo changed", the word linked to the new photo; a profile
    link by its host and path): :func:`~workshop_data.changes.visitor_words`."""

    words: str
    url: str


#: A piece of a change in the site's words (:func:`~workshop_data.changes.visitor_words`): a
#: :data:`Part`, or words linked to a URL.
VisitorPart = Part | Linked


#: How an end the page does not print (:attr:`~workshop_data.model.Slot.end_derived`: the next
#: slot's start) is said wherever it is shown: the diff's words, the schedule's table and its
#: site page, the calendar and frab exports.
NEXT_SLOT_END = "ends when the next slot starts"
#: The mark after such an end in a table or a page (the site's stylesheet draws it), and what a
#: table or page showing it says of it: one wording for the command's table and the site.
DERIVED_MARK = "*"
DERIVED_NOTE = f"{DERIVED_MARK} The page prints no end for such a slot: it {NEXT_SLOT_END}."


#: What the site's pages and the command line say where a release, published on or after the
#: workshop's day, lists no accepted papers (:func:`~workshop_data.model.listed`'s rule: none
#: listed is not none accepted): an edition's home and papers page, ``workshop-data papers``.
PAPERS_NOT_LISTED = "The site did not list this edition's accepted papers: their number is not known."
#: The same of a release that lists no schedule: the site's schedule page, ``workshop-data schedule``.
SCHEDULE_NOT_LISTED = "The site did not list this edition's schedule: its programme is not known."


def papers_not_listed(release: Release) -> str:
    """What the site's home and papers page and ``workshop-data papers`` say where ``release``
    lists no accepted papers: :data:`PAPERS_NOT_LISTED` where it was published on or after the
    workshop's day; else words that hold for a workshop whose day had not come then (an
    organizer's new edition, imported from its schedule page weeks before; NeurIPS 2025's last
    release, three days before) and whenever they are read: "Release 2026-11-20, published before
    the workshop's day, lists no accepted papers: their number is not known." (no "published
    before the workshop's day" where the day is not known). From the data alone
    (:func:`~workshop_data.timeutil.before_the_day`), never a clock."""
    then = _published_before(release)
    return (
        PAPERS_NOT_LISTED
        if then is None
        else f"Release {release.name}{then} lists no accepted papers: their number is not known."
    )


#: What stands for the release in :func:`papers_not_listed_then`: the site's link to its changelog
#: entry, or its name as text.
Named = TypeVar("Named")


def papers_not_listed_then(release: Release, named: Named) -> list[str | Named]:
    """What the site's edition home (its banner) and papers page say where ``release`` lists no
    accepted papers, in a visitor's words: what the page shows and as of when, the release
    ``named`` last for those who want it (the site's "release 2025-12-03.1003", linked to its
    changelog entry). "Release
    2025-12-03.1003, published before the workshop's day, lists no accepted papers" was the
    package's words (:func:`papers_not_listed`, the command line's, keeps them): a visitor of
    NeurIPS 2025's home reads "As of Wednesday 3 December 2025, before the workshop's day, the
    workshop's site listed no accepted papers: their number is not known (release
    2025-12-03.1003)." (no "before the workshop's day" where that day is not known; the day is
    the one the release's name gives, UTC's: of a release of 00:00 UTC, the evening before in San
    Diego, the venue's day read as a day before its name). :data:`PAPERS_NOT_LISTED` of a release
    published on or after the day, where the past tense holds."""
    return _as_of(release, "listed no accepted papers: their number is not known", PAPERS_NOT_LISTED, named)


def schedule_not_listed_then(release: Release, named: Named) -> list[str | Named]:
    """What the site's schedule page says where ``release`` lists no schedule, in a visitor's words
    as :func:`papers_not_listed_then` says the papers: "As of Wednesday 14 August 2024, before the
    workshop's day, the workshop's site gave no schedule yet (release 2024-08-14.1922)." (it said
    :func:`schedule_not_listed`'s "No schedule yet: release 2024-08-14.1922, published before the
    workshop's day, lists none.", which the command line keeps); :data:`SCHEDULE_NOT_LISTED` of a
    release published on or after the day."""
    return _as_of(release, "gave no schedule yet", SCHEDULE_NOT_LISTED, named)


def _as_of(release: Release, what: str, after: str, named: Named) -> list[str | Named]:
    """ "As of <the day of the release's name>, before the workshop's day, the workshop's site
    <what> (<named>)."; ``after`` where the release was published on or after the day."""
    then = _published_before(release)
    if then is None:
        return [after]
    before = " before the workshop's day," if then else ""
    day = day_text(published_utc(release.published).date())
    return [f"As of {day},{before} the workshop's site {what} (", named, ")."]


#: What the site's papers page says where its filter leaves no paper (it said "0 of 26 shown"
#: alone), and the button beside it that empties the filter box and shows them all again.
NO_PAPER_MATCHES = "No paper holds every word typed."
CLEAR_FILTER = "Clear the filter"


def papers_to_record(edition: str, release: str, newest: str | None, data_dir: str | None) -> str:
    """What ``workshop-data papers`` adds where ``release`` does not give the accepted papers or
    their links (its schema records none; of a release that lists none,
    :func:`papers_unlisted_advice`): where to find them, the edition's ``newest`` release when this
    is an older one, else how an organizer records them, a release imported with the edition's
    accepted papers page (``import --papers``: its papers, authors and the links beside their
    PDFs); ``data_dir``, the ``--data-dir`` the command was given."""
    where = f" --data-dir {data_dir}" if data_dir else ""
    if newest is not None and newest != release:
        return f"the edition's newest release, {newest}, may give them: workshop-data papers --edition {edition}{where}"
    return _recorded_by_organizer(edition, where)


def papers_unlisted_advice(
    edition: str, listing: tuple[str, int] | None, unread: str | None, data_dir: str | None, ended: str | None = None
) -> str:
    """What ``workshop-data papers`` adds where a release lists no accepted papers, one of three
    cases: the edition's papers page was there but the import could not read it (``unread``: the
    problem its report said, recorded in the data directory:
    :data:`workshop_data.siteimport.publishing.PAPERS_UNREAD`), with the release of the edition
    that lists them (``listing``: its name and how many), else how to import the page again; another
    release of the edition lists them (``listing``): that release's command; no release of the
    edition lists any: how an organizer records them (:func:`papers_to_record`'s command), saying
    why: its pages never had a list, or, where the import could not read a papers page of the
    edition before the release (``ended``: the last problem said) and the page was read listing
    none, deleted, unpublished or made another edition's since, that. ``data_dir``: the
    ``--data-dir`` the command was given."""
    where = f" --data-dir {data_dir}" if data_dir else ""
    there = (
        f"release {listing[0]} of {edition} lists {listing[1]}: workshop-data papers --edition {edition} --release "
        f"{listing[0]}{where}"
        if listing is not None
        else None
    )
    if unread is not None:
        rerun = f"workshop-data import-site SITE{where or ' --data-dir DIR'}"
        again = there or f"correct the page and import the site again: {rerun}"
        return f"the import could not read the edition's accepted papers page then ({unread}); {again}"
    if there is not None:
        return f"another release of the edition lists them: {there}"
    organizer = _recorded_by_organizer(edition, where)
    why = (
        "its pages never had a list"
        if ended is None
        else f"the import could not read the edition's papers page earlier ({ended}), and it was read listing none,"
        " deleted, unpublished or made another edition's since"
    )
    return f"no release of {edition} lists accepted papers ({why}); {organizer}"


def _recorded_by_organizer(edition: str, where: str) -> str:
    """How an organizer records an edition's accepted papers: a release imported with its papers page."""
    return (
        "an organizer records them in a new release, its schedule page imported with the edition's accepted papers "
        f"page: workshop-data import schedule.md --papers accepted_papers.md --edition {edition} --release NEW{where}"
    )


def _published_before(release: Release) -> str | None:
    """How a sentence of a release that lists nothing names its publication: None where it was
    published on or after the workshop's day (the past tense holds), ``", published before the
    workshop's day,"`` before it, empty where the day is not known."""
    before = before_the_day(release.published, release.workshop.date, release.workshop.timezone)
    return None if before is False else ", published before the workshop's day," if before else ""


def schedule_not_listed(release: Release) -> str:
    """What the site's schedule page and ``workshop-data schedule`` say where ``release`` lists no
    schedule (an edition announced from its home page before its schedule exists, NeurIPS 2024's
    releases of August to October 2024): "No schedule yet: release 2026-11-26, published before the
    workshop's day, lists none." (no "published before the workshop's day" where the day is not
    known); :data:`SCHEDULE_NOT_LISTED` of a release published on or after the day, as
    :func:`papers_not_listed` words the papers."""
    then = _published_before(release)
    return SCHEDULE_NOT_LISTED if then is None else f"No schedule yet: release {release.name}{then} lists none."


#: How a talk, a slot or a paper is given (``talks.delivery``, ``slots.talk_delivery``,
#: ``slots.delivery``, ``papers.delivery``: NeurIPS 2022's detailed schedule's "In-person
#: Presentation, Prerecorded Backup", its opening remarks' "In-person Intro, …", its posters' "Prerecorded,
#: on-demand, not streamed during event") is named wherever it is shown: the schema's one label of
#: the four fields (:data:`~workshop_data.schema.DELIVERY`), which the changes, the site's schedule
#: and papers pages ("(how it is given: …)"), the text table and the calendar and frab details
#: read from here. The site said "(presentation: …)" and the changelog "how the talk is given": a
#: label "presentation" beside a value "In-person Presentation" said it twice, a paper's
#: ``presentation`` (poster, spotlight) is another field, and "the talk" is no coffee break's.
DELIVERY_LABEL = field_label("talks", "delivery")
#: How the links inside a talk's abstract (``text_links``) are introduced where they are listed
#: as lines (the calendar's and frab's details, the text table).
ABSTRACT_LINKS = "Linked in the talk's abstract:"
#: A talk's abstract where the site names it: the fold that holds it on the edition's home page,
#: and the link to it from the schedule page's speakers list.
ABSTRACT = "Abstract"


def delivery_words(given: str) -> str:
    """How a talk, a slot or a paper is given, as the readers show it: ``"how it is given:
    In-person Presentation, Prerecorded Backup"`` (:data:`DELIVERY_LABEL`); empty where the page
    says none."""
    return f"{DELIVERY_LABEL}: {given}" if given else ""


def slot_deliveries(slot: Slot) -> tuple[str, ...]:
    """How the page says a slot is given, as its line shows it: its talk's (``talk_delivery``:
    Jeff Dean's "Prerecorded & Livestreamed") and its own where it is no talk (``delivery``: the
    opening remarks' "In-person Intro, …"; a coffee break's tooltip "Break" is its type,
    ``slots.presentation``), each where said, in that order. Both are shown
    alike (:func:`delivery_words`): a line is one slot, and which of them it is follows from the
    slot (a talk's, or a break's); the page prints one tooltip per event, so never both."""
    return tuple(given for given in (slot.talk_delivery, slot.delivery) if given)


#: What a speaker's role is called wherever the site names a role (:func:`role_label`).
ROLE_NAMES = {"keynote": "Keynote speaker", "invited": "Invited speaker", "panelist": "Panelist"}


#: The heading a home page lists its speakers under (:mod:`workshop_data.sphinxext.pages`).
SPEAKERS_HEADING = "Speakers"


def listed_under(role: str, group: str) -> str:
    """The heading a home page lists a role under: :data:`SPEAKERS_HEADING` for a speaker's,
    else its committee (``group``), else its kind ("Organizer"). One home for the home page's
    committees (:mod:`workshop_data.sphinxext.home`) and the changelog's new orders."""
    return SPEAKERS_HEADING if role in SPEAKER_ROLES else group or role.capitalize()


def role_label(role: Role) -> str:
    """How the site names a role: a speaker's by :data:`ROLE_NAMES` ("Keynote speaker"), a
    committee member's by the committee ("Program Committee", ``group``). One home for a
    person's page (what they were in each edition) and the changelog (a role gained or lost: it
    read "Anna Goldie: now committee", the data's word)."""
    return ROLE_NAMES.get(role.role) or role.group or role.label or "Committee member"


def link_line(link: TextLink) -> str:
    """A link inside an abstract as one line of text: its words and URL, ``"AMC: https://…"``."""
    return f"{link.text}: {link.url}"


def when(release: Release, wall: dt.datetime | None) -> dt.datetime | None:
    """A wall-clock time of the release, aware in the venue's zone (None: unknown)."""
    return None if wall is None else aware(wall, release.workshop.timezone)


def speaker_names(release: Release, slot: Slot) -> str:
    """The slot's speakers by name, in order: ``"Jeff Dean, Azalia Mirhoseini"`` (empty: none)."""
    return ", ".join(release.person(p).name for p in slot.speakers)


def label_and_speakers(release: Release, slot: Slot) -> str:
    """The slot's label and speakers, as its line on the schedule begins: ``"Keynote: Jeff
    Dean"``, the label or the speakers alone where it has only one of them, empty where it has
    neither. A calendar event's summary (:func:`workshop_data.formats.events.summary`) goes on
    with the title; a change that says the title apart names the slot by this alone."""
    names = speaker_names(release, slot)
    return f"{slot.label}: {names}" if slot.label and names else slot.label or names


def slot_name(release: Release, slot: Slot) -> str:
    """How a reader knows the slot: ``"Keynote: Jeff Dean"``, ``"Coffee Break"``, a title."""
    names = speaker_names(release, slot)
    head = slot.label or slot.title or slot.raw or slot.kind
    return f"{head}: {names}" if names else head


def slot_heading(release: Release, slot: Slot) -> list[Part]:
    """How a change names its slot, as text and aware times (venue's zone) for the caller to show:
    :func:`slot_name`, then the part of the program it is printed under where it has one (schema
    2.5.0), and the start of the slot of an earlier part it repeats, where it repeats one.

    The one home of a slot's heading in changes: :attr:`~workshop_data.changes.Change.slot` (the DataFrame's and JSON's
    ``slot``) is it in words in the venue's zone (:func:`heading_text`); the diff's table and the
    changelog show it in theirs. NeurIPS 2020's Run 2 gives its 15 slots again the evening before:
    without its part, Run 2's "“Lunch” Break / Live Interactions" at 00:05 read as Run 1's.
    ``["Opening Remarks — Run 2 (repeated), repeats Run 1's at ", <09:00>]``."""
    words: list[Part] = [slot_name(release, slot)]
    if slot.part:
        words.append(f" — {slot.part}")
    repeats = repeat_words(release, slot)
    if repeats:
        words += [", ", *repeats]
    return words


def repeat_words(release: Release, slot: Slot) -> list[Part]:
    """How a slot that gives an earlier part's slot again (:attr:`Slot.repeats`: NeurIPS 2020's
    Run 2) says so, the one wording of it in the changes, the formats and the site's schedule:
    ``["repeats Run 1's at ", <09:00>]``, the part of the slot it repeats (``the slot`` where that
    has none) and that slot's start, aware in the venue's zone, for the caller to write in its
    zone and form (``["repeats Run 1's at an unknown time"]`` where the page prints none); empty
    where it repeats none. Each had its own: the schedule's "(repeats 09:15)", the changelog's
    "repeats Run 1's at 09:15", a calendar's "Repeats the slot of 2020-12-12 09:15"."""
    if not slot.repeats or not release.has_slot(slot.repeats):
        return []
    given = release.slot(slot.repeats)
    whose = f"{given.part}'s" if given.part else "the slot"
    at = when(release, given.start)
    return [f"repeats {whose} at ", at] if at is not None else [f"repeats {whose} at an {UNKNOWN} time"]


def said(words: Iterable[Part], tz: str, day: dt.date | None) -> str:
    """Words and aware times as text, times as ``HH:MM`` in ``tz`` dated when not on ``day``
    (:func:`clock`)."""
    return "".join(p if isinstance(p, str) else clock(p, tz, day) for p in words)


def heading_text(release: Release, slot: Slot) -> str:
    """:func:`slot_heading` in words, times in the venue's zone: :attr:`~workshop_data.changes.Change.slot`."""
    return said(slot_heading(release, slot), release.workshop.timezone, workshop_day(release))


def clock(moment: dt.datetime, tz: str | None = None, day: dt.date | None = None) -> str:
    """An aware time as ``"09:15"`` in ``tz`` (default: its own zone), with its date in front
    when it is not ``day`` (and the year when it is not ``day``'s: a day printed a year off)."""
    moment = in_zone(moment, tz)
    if moment.date() == day:
        return f"{moment:%H:%M}"
    return f"{moment:%a %d %b %Y %H:%M}" if day is not None and moment.year != day.year else f"{moment:%a %d %b %H:%M}"


def workshop_day(release: Release, tz: str | None = None) -> dt.date | None:
    """The day the release's schedule starts on, in ``tz`` (default: the venue's zone); the
    workshop's day when it has no schedule yet or no time of it is known (``None`` when that is
    unknown too)."""
    first = release.first_start
    if first is None:
        return release.workshop.date
    return aware(first, release.workshop.timezone, tz).date()


def correction_words(correction: Correction, release: Release) -> list[Part]:
    """A hand-checked correction of ``release`` in a visitor's words, as text and aware times
    (venue's zone) for the caller to show: what it corrects, named as the site names it (the
    edition by its event, a slot by :func:`slot_name`, a person by their name, a talk or paper by
    its title), the field by its label (:func:`~workshop_data.schema.field_label`), what the page
    printed and the value the data holds in a reader's form (a day in words, a time as the site
    shows times): ``["The start of the slot “Closing”: the page printed “17:40”; the data says ",
    <16:40>]`` (NeurIPS 2022). It said "The start of closing" and "the data says 2022-12-03T16:40:00"."""
    subject = f"The {field_label(correction.resource, correction.field)}"
    of = _corrected_row(correction, release)
    head = f"{subject} of {of}" if of else subject  # the workshop row's key may be empty
    return [f"{head}: the page printed “{correction.printed}”; the data says ", _corrected_value(correction, release)]


def _corrected_row(correction: Correction, release: Release) -> str:
    """The row a correction corrects, as the site names it (its id where the release has no such
    row: a correction names a row of the release it is in, which validation checks)."""
    key, table = correction.key, correction.resource
    if table == "workshop":
        return release.workshop.event_name if key else ""
    if table == "slots" and release.has_slot(key):
        return f"the slot “{slot_name(release, release.slot(key))}”"
    if table == "talks" and release.has_talk(key):
        return f"the talk “{release.talk(key).title}”"
    if table == "people":
        return next((p.name for p in release.people if p.person_id == key), key)
    if table == "papers":
        return next((f"the paper “{p.title}”" for p in release.papers if p.paper_id == key), key)
    return key


def _corrected_value(correction: Correction, release: Release) -> Part:
    """The value a correction gives, as a reader reads it: a time aware in the venue's zone, a day
    in words, else as written; :data:`~workshop_data.timeutil.UNKNOWN` when empty."""
    value = correction.value
    table, name = correction.resource, correction.field
    kinds = {f.type for r in resources() if r.name == table for f in r.fields if f.name == name}
    try:
        if value and "datetime" in kinds:
            return aware(dt.datetime.strptime(value, DATETIME_FORMAT), release.workshop.timezone)
        if value and "date" in kinds:
            return day_text(dt.date.fromisoformat(value))
    except ValueError:
        return value  # not in the data's form: shown as written
    return value or UNKNOWN

"""The edition's metadata from a page's front matter.

The family's front matter has ``title``, ``workshop_name`` (the edition; sometimes commented
out), ``site_description`` (``Workshop on ML for Systems at NeurIPS 2024, December 15,
Vancouver Convention Center``), ``mini_site_description`` and ``site_title``. The series, the
conference, the day and the venue are read from the description; keys ``series``,
``conference``, ``date``, ``venue`` and ``timezone`` in the front matter (which the Jekyll
export writes) take precedence. Jekyll pastes front matter values into the HTML, so they are
read as HTML text (``&amp;`` is ``&``). The time zone is never on the family's pages: it comes from
``--timezone`` or that key, and its absence is an error, not a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from dataclasses import dataclass
from typing import Any

from ..datapackage import record_problem
from ..errors import UnknownTimeZoneError, WorkshopDataError
from ..memo import Memo
from ..model import Workshop
from ..timeutil import check_timezone, day_problem
from .inline import collapse

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_HEAD = re.compile(
    r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:workshop\s+on\s+)?(?P<series>.+?)\s+(?:at|@)\s+"
    r"(?P<conference>[A-Za-z][\w-]*\s+'?(?P<year>\d{4}|\d{2}))\b",
    re.IGNORECASE,
)
#: The year a conference's name ends with ("NeurIPS 2026", "NeurIPS '26").
_CONFERENCE_YEAR = re.compile(r"\s'?(?P<year>\d{4}|\d{2})$")
# a day, after a "Date" label as NeurIPS 2018's first description printed it ("NIPS 2018 Date December 8th")
_DAY = re.compile(
    r"^(?:[Dd]ate:?\s+)?(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(?P<year>\d{4}))?$"
)
_CLOCK_RANGE = re.compile(r"^\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?$", re.I)
#: Hours run into the venue with no comma ("9AM-6PM Vancouver Convention Centre", NeurIPS 2019).
_CLOCK_BEFORE = re.compile(r"^\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+", re.I)


@dataclass(frozen=True)
class Description:
    """What a ``site_description`` says; empty strings / None where it says nothing."""

    series: str = ""
    conference: str = ""
    date: dt.date | None = None
    venue: str = ""


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _day(part: str, year: int | None) -> dt.date | None:
    match = _DAY.match(part)
    if not match or match.group("month").lower() not in MONTHS:
        return None
    chosen = int(match.group("year")) if match.group("year") else year
    if chosen is None:
        return None
    try:
        return dt.date(chosen, MONTHS[match.group("month").lower()], int(match.group("day")))
    except ValueError:
        return None


def _dated(part: str) -> bool:
    """Whether a part of the description is a date it does not settle ("December 13th or 14th",
    NeurIPS 2019's schedule page): not a venue."""
    words = part.split()
    return bool(words) and words[0].lower().rstrip(".") in MONTHS


#: Descriptions read in this process, by their text: a site's history asks the same few
#: descriptions of every version of its pages, several times each (649 readings of an import of
#: the workshop's site). Bounded by their texts' length too (a front matter may be 256 KB).
_DESCRIBED: Memo[str, Description] = Memo(512, budget=1 << 20)


def parse_description(text: str) -> Description:
    """Read ``Workshop on <series> at <Conference YYYY>, <Month D>, <venue>…`` (remembered)."""
    return _DESCRIBED.get(text, functools.partial(_parse_description, text), len(text))


def _parse_description(text: str) -> Description:
    text = collapse(text)
    head = _HEAD.match(text)
    if not head:
        return Description()
    year = _year(head.group("year"))
    date, venue, day_part = None, [], ""
    for part in (collapse(p) for p in text[head.end() :].split(",")):
        part = _CLOCK_BEFORE.sub("", part.rstrip("."))
        day = _day(part, year) if date is None else None
        if day is not None:
            date, day_part = day, part
            continue
        if day_part and re.fullmatch(r"[0-9]+", part):  # "December 5, 2025": the day's year, as "December 5th 2025"
            # a year mistyped ("December 15, 10000") leaves the day unsettled, and is no venue's
            date = (_day(f"{day_part} {part}", year) or date) if len(part) == 4 else None
            day_part = ""
            continue
        day_part = ""
        if part and not _CLOCK_RANGE.match(part) and not re.fullmatch(r"\d{4}", part) and not _dated(part):
            venue.append(part)
    return Description(
        series=head.group("series").strip(),
        conference=collapse(head.group("conference")),
        date=date,
        venue=", ".join(venue),
    )


def edition_of(description: Description) -> str:
    """The edition name a conference gives: ``"NeurIPS 2023"`` -> ``"neurips2023"``."""
    return re.sub(r"[^a-z0-9]", "", description.conference.lower())


def front_text(path: str, front_matter: dict[str, Any], key: str) -> str:
    """A front matter value as text, as the site shows it. Jekyll pastes these values into the
    HTML, so they are HTML: character references are read (``&amp;`` is ``&``), and a line break
    is shown as a space: a value holding line breaks (a YAML block scalar: ``title: |`` keeps the
    last, ``|+`` every one, a ``|`` block those inside it) is its lines, each without the spaces
    at its ends, joined by one space, empty lines dropped, as a browser shows it. So ``|``, ``|-``,
    ``|+``, ``>`` and ``>-`` over ``Schedule`` all give "Schedule", where the value kept its line
    breaks (a ``page_title`` "Schedule" and a line break, a ``timezone`` refused as no zone).
    Otherwise the value is kept as written (the Jekyll export's values, on one line, read back
    as they were written), a number or a time as Jekyll prints it (:func:`printed_scalar`:
    ``1.0e-05``, ``2024-12-14 10:30:00 -0800``, where Python writes ``1e-05`` and
    ``2024-12-14 10:30:00-08:00``).
    YAML 1.1's ``.inf``, ``-.inf`` and ``.nan`` are floats, printed ``Infinity``, ``-Infinity``
    and ``NaN``, as the site prints them.
    A value YAML reads as no text, number or date (a list, a mapping, ``!!binary``, ``yes``)
    is a :class:`WorkshopDataError` naming the page and the key: written as Python shows it
    (``['a', 'b']``, ``b'hello'``, ``True``), it was published as what no page prints."""
    value = front_matter.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
        shown = "yes/no" if isinstance(value, bool) else type(value).__name__
        raise WorkshopDataError(
            f"{path}: front matter {key!r} is not text (YAML reads it as {shown}: {value!r}); write it in quotes"
        )
    text = html.unescape(printed_scalar(value) or "")
    if "\n" not in text:
        return text
    return " ".join(line.strip(" \t\r") for line in text.split("\n") if line.strip(" \t\r"))


def printed_scalar(value: object) -> str | None:
    """A YAML value as Liquid prints it (``{{ page.title }}``, ``{{ paper.id }}``): Jekyll reads a
    page's front matter and a data file with SafeYAML, and Liquid prints a value by Ruby's
    ``to_s``: a text as it is, ``true``/``false``, a float by :func:`ruby_float`, a time as
    SafeYAML's ``DateTime.parse(...).to_time`` writes it (its offset kept, ``+0000`` where it has
    none: ``2024-12-14 10:30:00 -0800``), a day as ``2024-12-14``, nothing for a null. None for
    what is no scalar (a list, a mapping, bytes): the caller says what Liquid does with it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return ruby_float(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S ") + (value.strftime("%z") or "+0000")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int):
        return str(value)
    return None


def ruby_float(value: float) -> str:
    """``value`` as Ruby's ``Float#to_s`` writes it (what Liquid prints): as Python's ``repr`` but
    for a mantissa without a point (``1.0e-05``, ``1.0e+16``, where Python writes ``1e-05``) and
    ``Infinity``, ``-Infinity``, ``NaN``. Both write the exponent from 10**16 up and below 10**-4."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    mantissa, e, exponent = repr(value).partition("e")
    return f"{mantissa}.0e{exponent}" if e and "." not in mantissa else mantissa + e + exponent


def _given(path: str, front_matter: dict[str, Any], key: str, described: str) -> str:
    """The front matter's ``key`` when present (even empty), else what the description says."""
    return front_text(path, front_matter, key) if key in front_matter else described


def front_venue(path: str, front_matter: dict[str, Any]) -> str:
    """The venue a page's front matter gives, as the site shows it (:func:`front_text`): its
    ``venue`` when present (even empty), else its ``site_description``'s."""
    return _given(
        path, front_matter, "venue", parse_description(front_text(path, front_matter, "site_description")).venue
    )


def _date(path: str, front_matter: dict[str, Any], described: dt.date | None, required: bool = True) -> dt.date | None:
    """The workshop's day the page gives; None where it gives none and ``required`` is false (a home
    page published before the schedule: the day unknown, not invented)."""
    if not required and front_matter.get("date") is None and described is None:
        return None
    day = _day_given(path, front_matter, described)
    problem = day_problem(day)
    if problem is not None:
        raise WorkshopDataError(f"{path}: the workshop's day: {problem}")
    return day


def _day_given(path: str, front_matter: dict[str, Any], described: dt.date | None) -> dt.date:
    value = front_matter.get("date")
    if isinstance(value, dt.datetime):  # YAML's timestamp: its day was taken as written, its time and zone dropped
        raise WorkshopDataError(
            f"{path}: front matter 'date' is {value}, a time, not the workshop's day (which day it is depends on "
            "the zone it is read in); write the day as YYYY-MM-DD"
        )
    if isinstance(value, dt.date):
        return value
    if value is not None:
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            # as the site prints it: .nan is NaN, where Python writes nan
            shown = ruby_float(value) if isinstance(value, float) else repr(value)
            raise WorkshopDataError(f"{path}: front matter 'date' is {shown}, expected YYYY-MM-DD") from None
    if described is None:
        raise WorkshopDataError(
            f"{path}: the page gives no date for the workshop (site_description has no 'Month D' after the "
            "conference, or one whose year is not four digits); add 'date: YYYY-MM-DD' to the front matter"
        )
    return described


def _timezone(path: str, front_matter: dict[str, Any], timezone: str | None) -> str:
    """The venue's zone: ``timezone`` (``--timezone``, or import-site's reviewed table), else the
    front matter's. A front matter that names another zone is refused: it was passed over
    without a word, and the page's times read in a zone the page says they are not in."""
    printed = front_text(path, front_matter, "timezone")
    if timezone and printed and printed != timezone:
        raise WorkshopDataError(
            f"{path}: front matter 'timezone' is {printed!r}, not the venue's {timezone!r} (--timezone; "
            "import-site: the reviewed table, siteimport/facts.py): its times would be read in a zone the page "
            "does not say; make them agree"
        )
    chosen = timezone or printed
    if not chosen:
        raise WorkshopDataError(
            f"{path}: the page does not say the venue's time zone; pass --timezone with an IANA name "
            "(e.g. America/Vancouver) or add 'timezone:' to the front matter"
        )
    try:
        check_timezone(chosen)
    except UnknownTimeZoneError as exc:
        source = "--timezone" if timezone else "front matter 'timezone'"
        raise WorkshopDataError(f"{path}: {source}: {exc}") from None
    return chosen


class OtherEditionError(WorkshopDataError):
    """A page names another edition than the one it is read as (``printed``). The advice to
    import it as that edition is the ``import`` command's to give (its ``--edition``):
    ``import-site`` reads a page as the edition its place in the site says."""

    def __init__(self, message: str, printed: str) -> None:
        super().__init__(message)
        self.printed = printed


def one_edition_named(path: str, front_matter: dict[str, Any]) -> None:
    """Refuse a page whose ``workshop_name`` and conference (the front matter's ``conference``,
    else the one ``site_description`` names) are two editions: a page copied from another
    edition's and edited in one place (a page of NeurIPS 2023 said "at NeurIPS 2022, December
    16"): the release would be the one edition with the other's conference and day.
    ``import`` refuses it, naming both; ``import-site`` reads the site's pages as they were
    published, where the reviewed table corrects them (:mod:`workshop_data.siteimport.facts`)."""
    named = front_text(path, front_matter, "workshop_name")
    description = parse_description(front_text(path, front_matter, "site_description"))
    conference = _given(path, front_matter, "conference", description.conference)
    said = edition_of(Description(conference=conference))
    if named and said and said != named:
        source = "conference" if "conference" in front_matter else "site_description"
        raise WorkshopDataError(
            f"{path}: front matter 'workshop_name' is {named!r} but {source!r} names {conference} ({said}): "
            "the page would be the one edition with the other's conference and day; make them agree"
        )


def one_year_printed(path: str, front_matter: dict[str, Any]) -> None:
    """Refuse a page whose ``site_description`` dates the workshop in another year than its
    conference's ("NeurIPS 2026, December 5, 2025": last year's day left in a page copied from
    it): the day was read in the conference's year without a word, or, printed "December 5th
    2025", moved every slot a year. A ``date:`` in the front matter says the day; then the
    description's is not read. ``import`` refuses it; ``import-site`` reads the site's pages as
    they were published, where the reviewed table's day corrects them (:mod:`workshop_data.siteimport.facts`)."""
    if "date" in front_matter:
        return
    description = parse_description(front_text(path, front_matter, "site_description"))
    conference = _given(path, front_matter, "conference", description.conference)
    year = _CONFERENCE_YEAR.search(conference)
    if description.date is None or year is None or description.date.year == _year(year.group("year")):
        return
    raise WorkshopDataError(
        f"{path}: front matter 'site_description' dates the workshop {description.date:%B %-d, %Y}, a day of "
        f"another year than its conference, {conference}: make them agree, or write the day as "
        "'date: YYYY-MM-DD' in the front matter"
    )


def short_description_agrees(path: str, front_matter: dict[str, Any]) -> None:
    """Refuse a page whose ``mini_site_description`` (the header of narrow screens) names another
    year of its conference, or another day, than the page's own (its ``conference``/``date`` keys,
    else its ``site_description``): a new edition's page copied from last year's with the long
    description edited and the short one left ("NeurIPS '25, Dec 6" on NeurIPS 2026's page). A
    short description that names no conference or day is not checked. ``import`` refuses it;
    ``import-site`` reads the site's pages as they were published."""
    short = parse_description(front_text(path, front_matter, "mini_site_description"))
    said = _CONFERENCE_YEAR.search(short.conference)
    if said is None:
        return
    description = parse_description(front_text(path, front_matter, "site_description"))
    conference = _given(path, front_matter, "conference", description.conference)
    year = _CONFERENCE_YEAR.search(conference)
    left = "a short description left from another edition; make them agree"
    if year is not None and _year(said.group("year")) != _year(year.group("year")):
        raise WorkshopDataError(
            f"{path}: front matter 'mini_site_description' names {short.conference} but the page's conference "
            f"is {conference}: {left}"
        )
    day = _date(path, front_matter, description.date, required=False)
    if short.date is not None and day is not None and short.date != day:
        raise WorkshopDataError(
            f"{path}: front matter 'mini_site_description' dates the workshop {short.date:%B %-d, %Y} but the "
            f"page's day is {day:%B %-d, %Y}: {left}"
        )


def edition_named(path: str, front_matter: dict[str, Any]) -> str:
    """The edition a page's front matter names: its ``workshop_name``, else the one its
    ``site_description``'s conference is (``NeurIPS 2024`` is ``neurips2024``); empty when it names none."""
    description = parse_description(front_text(path, front_matter, "site_description"))
    return front_text(path, front_matter, "workshop_name") or edition_of(description)


def workshop_of(
    path: str,
    front_matter: dict[str, Any],
    contact_email: str,
    edition: str,
    timezone: str | None,
    *,
    day_required: bool = True,
) -> Workshop:
    """The edition's metadata; ``edition`` must agree with the page's ``workshop_name``
    (:class:`OtherEditionError`). A page that gives no day is an error unless ``day_required`` is
    false (a release with no schedule, whose times need none): then the day is unknown (None)."""
    description = parse_description(front_text(path, front_matter, "site_description"))
    printed = edition_named(path, front_matter)
    if printed and printed != edition:
        from ..ids import check_name

        source = "workshop_name" if front_matter.get("workshop_name") else "site_description"
        try:  # a name only: no command to copy that would run another
            check_name("edition", printed)
        except WorkshopDataError as exc:
            raise WorkshopDataError(f"{path}: the page's {source}: {exc}") from None
        message = f"{path}: the page is edition {printed!r} (from its {source}), not {edition!r}"
        raise OtherEditionError(message, printed)
    series = _given(path, front_matter, "series", description.series)
    if not series:
        raise WorkshopDataError(
            f"{path}: the page does not name the workshop series (site_description does not read "
            "'Workshop on <series> at <Conference YYYY>, ...'); add 'series:' to the front matter"
        )
    workshop = Workshop(
        edition=edition,
        series=series,
        conference=_given(path, front_matter, "conference", description.conference),
        site_title=front_text(path, front_matter, "site_title"),
        page_title=front_text(path, front_matter, "title"),
        site_description=front_text(path, front_matter, "site_description"),
        mini_site_description=front_text(path, front_matter, "mini_site_description"),
        date=_date(path, front_matter, description.date, day_required),
        venue=front_venue(path, front_matter),
        timezone=_timezone(path, front_matter, timezone),
        contact_email=contact_email,
    )
    _check_cells(path, front_matter, workshop)
    return workshop


#: The front matter's key each field of the workshop is read from (when the front matter has it;
#: else the description, or the field's own name for the keys the Jekyll export writes).
_KEYS = {"page_title": "title", "edition": "workshop_name"}


#: The workshops found held (:func:`_check_cells`), by value: a site's history builds and
#: assembles the same edition's workshop from every version of its pages (237 schedule builds
#: and their assemblies in an import of the workshop's site), each text checked again.
_HELD: Memo[Workshop, bool] = Memo(1024)


def _check_cells(path: str, front_matter: dict[str, Any], workshop: Workshop) -> None:
    """Each text of the workshop is one a release holds (:func:`~workshop_data.datapackage.record_problem`),
    else a :class:`WorkshopDataError` naming the page and the front matter's key it came from. A
    workshop found held is not checked again (a refused one is, each time)."""
    if workshop in _HELD.results:
        return
    problem = record_problem("workshop", workshop)
    if problem is None:
        _HELD.keep(workshop, True)
        return
    f, why = problem
    key = _KEYS.get(f.name, f.name)
    if f.name == "contact_email":
        source = "the contact address"
    else:  # series, conference, venue: from the description unless the front matter has them
        key = key if key in front_matter else "site_description"
        source = f"front matter {key!r}" + ("" if key == f.name else f" (the {f.name})")
    raise WorkshopDataError(f"{path}: {source}: {why}")

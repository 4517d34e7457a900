"""Time zones: checking names and turning the data's wall-clock times into aware datetimes.

The data holds wall-clock times at the venue and the venue's zone; the loaders, the formats, the
changes and the site make them aware here alone, so that one cell is one instant everywhere, a
zone name is refused the same way on the command line and in Python, and an unknown time reads
alike (:data:`UNKNOWN`).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from .errors import UnknownTimeZoneError, did_you_mean

#: Names a zone database may hold that are not places: the machine's own setting (``localtime``,
#: which differs from one machine to the next), a file of rules (``posixrules``) and the IANA
#: placeholder for "zone not set" (``Factory``, abbreviated ``-00``).
NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})
#: The days the data may use: two days inside the range of Python's datetime at each end, so
#: that every wall-clock time of such a day has a UTC instant and can be shown in any zone. Two
#: zones are up to 31 hours apart (the Local Mean Times zoneinfo gives the year 1: +15:13:42 and
#: -15:56:08; today UTC-12 and UTC+14): 9999-12-30 at 23:30 in Etc/GMT+12 is 10000-01-01 in
#: Pacific/Kiritimati, where every --tz and tz= raised OverflowError; 0001-01-01 at 00:30 in
#: Vancouver is the year 0 in Samoa, 9999-12-31 at 20:00 the year 10000 in UTC.
FIRST_DAY = dt.date(1, 1, 3)
LAST_DAY = dt.date(9999, 12, 29)
#: How a time or duration the data does not know is shown to readers (a start the page printed
#: as "TBD", an end nothing gives): the text formats, the changes' wording and the site say this.
UNKNOWN = "unknown"


def day_text(day: dt.date | None) -> str:
    """``Monday 16 December 2024``, as every reader sees a day (the CLI's table, the site's home
    page, its schedule's day rows, a change of the workshop's day); empty when the day is not
    known (``None``, or the loaders' ``NaT``, which equals nothing, not even itself)."""
    return f"{day:%A} {day.day} {day:%B %Y}" if day is not None and day == day else ""


_OUTSIDE = f"outside the days this package handles ({FIRST_DAY} to {LAST_DAY}, which every time zone can show)"


@functools.cache
def _tzdata_names() -> frozenset[str]:
    """The zone names of the ``tzdata`` package (a dependency): its list, read once (a file
    beside its ``__init__``; importlib.resources would cost more to import than the lookup)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("tzdata")
    try:
        assert spec is not None and spec.origin is not None
        return frozenset((Path(spec.origin).parent / "zones").read_text(encoding="utf-8").split())
    except (AssertionError, OSError):  # pragma: no cover - tzdata is a dependency, installed as files
        return frozenset()


@functools.cache
def _system_names() -> frozenset[str]:
    """Every zone name ``zoneinfo`` finds (the system's database too; slow: a walk of its files)."""
    return frozenset(zoneinfo.available_timezones())


def is_zone_name(name: str) -> bool:
    """True for the name of an IANA time zone: one in tzdata's list, or in the system's database
    when it is newer (:func:`zoneinfo.available_timezones`), and not one of :data:`NOT_PLACES`.

    ``zoneinfo.ZoneInfo`` alone also opens any zone file under the database's folder
    (``posixrules``, ``localtime``, ``posix/…``, ``right/…``), which are not zone names.
    """
    if name in NOT_PLACES:
        return False
    return name in _tzdata_names() or name in _system_names()


def check_timezone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone called ``name``; :class:`UnknownTimeZoneError` if there is none."""
    if isinstance(name, str) and is_zone_name(name):
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    meant = did_you_mean(name, _zone_names()) if isinstance(name, str) else ""
    raise UnknownTimeZoneError(f"unknown time zone {name!r} (expected an IANA name such as 'America/Vancouver'){meant}")


def _zone_names() -> list[str]:
    """Every zone name :func:`is_zone_name` takes, sorted: what an unknown name is matched
    against for a "did you mean" (``pst8pdt``: ``PST8PDT``; ``america/vancouver``:
    ``America/Vancouver``), only when a name is refused."""
    return sorted((_tzdata_names() | _system_names()) - NOT_PLACES)


def day_problem(day: dt.date) -> str | None:
    """Why ``day`` cannot be in the data (outside :data:`FIRST_DAY`..:data:`LAST_DAY`), or None."""
    return None if FIRST_DAY <= day <= LAST_DAY else f"{day.isoformat()} is {_OUTSIDE}"


def aware(wall: dt.datetime, venue_tz: str, tz: str | None = None) -> dt.datetime:
    """The venue's wall-clock ``wall`` as an aware datetime, in ``tz`` if given."""
    return in_zone(wall.replace(tzinfo=check_timezone(venue_tz)), tz)


def in_zone(moment: dt.datetime, tz: str | None) -> dt.datetime:
    """An aware ``moment`` in the IANA zone ``tz`` (checked), else as it is: the one way a time
    is shown in a zone a reader chose (the changes' words, their DataFrame and JSON)."""
    return moment.astimezone(check_timezone(tz)) if tz else moment


def exists(wall: dt.datetime, zone: str) -> bool:
    """False for a wall-clock time skipped by a daylight-saving change in ``zone``."""
    z = check_timezone(zone)
    return wall.replace(tzinfo=z).astimezone(dt.UTC).astimezone(z).replace(tzinfo=None) == wall


@functools.lru_cache(maxsize=4096)  # the same times, release after release and page after page
def wall_time_problem(wall: dt.datetime, zone: str) -> str | None:
    """Why the venue's wall-clock time ``wall`` cannot be in the data, or None: on a day outside
    :data:`FIRST_DAY`..:data:`LAST_DAY` (where a conversion to UTC or to another zone would raise
    OverflowError), or skipped by a daylight-saving change."""
    if not FIRST_DAY <= wall.date() <= LAST_DAY:
        return f"is {_OUTSIDE}"
    return None if exists(wall, zone) else f"does not exist in {zone} (skipped by a daylight-saving change)"


def zone_label(moment: dt.datetime) -> str:
    """``"PST, UTC-08:00"`` for an aware datetime (the command line's tables)."""
    return f"{moment.tzname()}, {utc_offset(moment)}"


def utc_offset(moment: dt.datetime) -> str:
    """``"UTC-08:00"``, ``"UTC+05:30"``, ``"UTC+00:00"`` for an aware datetime: the one way an
    offset is written (:func:`zone_label`; the site's time-zone notes, for the venue's zone and,
    by ``workshop_data.js``'s ``utcOffset``, which writes it alike, for the one a visitor chose)."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


#: How far after this machine's clock a release's publication time may lie and still be taken as
#: now (a clock skew allowance): two clocks kept by NTP agree within milliseconds, one that is not
#: drifts by seconds a day, and five minutes is the bound Kerberos takes by default for clocks that
#: agree (``clockskew``, 300 s). Further ahead, a release would be its edition's newest until that
#: time, and every import before it refused as behind it (:func:`in_the_future`).
CLOCK_SKEW = dt.timedelta(minutes=5)


def in_the_future(moment: dt.datetime, now: dt.datetime) -> bool:
    """Whether the instant ``moment`` (UTC, naive or aware) lies after ``now`` (aware: the clock
    of the program publishing) by more than :data:`CLOCK_SKEW`: a time no release can be
    published at yet."""
    return published_utc(moment) - now > CLOCK_SKEW


def skew_allowed() -> str:
    """What a refusal of :func:`in_the_future` says of :data:`CLOCK_SKEW`: ``"5 minutes ahead
    are allowed for clocks that disagree"``."""
    return f"{int(CLOCK_SKEW.total_seconds() // 60)} minutes ahead are allowed for clocks that disagree"


def skew_text(now: dt.datetime) -> str:
    """What a refusal of :func:`in_the_future` says of the clock ``now``: ``"this machine's
    clock says 2026-12-05 21:30:00 UTC; 5 minutes ahead are allowed for clocks that disagree"``."""
    return f"this machine's clock says {now.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC; {skew_allowed()}"


def published_utc(published: dt.datetime) -> dt.datetime:
    """A release's publication instant, aware in UTC: the data keeps it naive in UTC or aware
    (the one reading of it for :func:`before_the_day` and :func:`at_the_venue`)."""
    return (published if published.tzinfo else published.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def before_the_day(published: dt.datetime, day: dt.date | None, venue_tz: str) -> bool | None:
    """Whether a release published at the instant ``published`` (UTC, naive or aware) came
    before its workshop's ``day`` on the venue's clock; None where the day is not known. From
    the data alone, never a clock: a site built today or in ten years words the release alike."""
    if day is None or day != day:  # None, or the loaders' NaT
        return None
    return published_utc(published).astimezone(check_timezone(venue_tz)).date() < day


def at_the_venue(published: dt.datetime, venue_tz: str) -> str:
    """When the instant ``published`` (UTC, naive or aware: a release's publication) was on the
    venue's clock, said beside its UTC time: ``"08:31 at the venue"`` (ISCA 2019's
    ``2019-06-23.1531``, 15:31 UTC in Phoenix), the day too where it is not UTC's
    (``"2024-12-14 16:41 at the venue"``); empty for a venue whose clock is UTC's then. The one
    home of it: the site's changelog entries and releases table, and ``workshop-data releases``
    (which gave UTC alone)."""
    utc = published_utc(published)
    local = utc.astimezone(check_timezone(venue_tz))
    if local.utcoffset() == utc.utcoffset():
        return ""
    wall = local.replace(tzinfo=None)
    shown = f"{wall:%H:%M}" if local.date() == utc.date() else wall.isoformat(sep=" ", timespec="minutes")
    return f"{shown} at the venue"

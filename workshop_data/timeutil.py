"""Time zones: checking names and turning the data's wall-clock times into aware datetimes."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from .errors import UnknownTimeZoneError

#: Names a zone database may hold that are not places: the machine's own setting (``localtime``,
#: which differs from one machine to the next), a file of rules (``posixrules``) and the IANA
#: placeholder for "zone not set" (``Factory``, abbreviated ``-00``).
NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})


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
    raise UnknownTimeZoneError(f"unknown time zone {name!r} (expected an IANA name such as 'America/Vancouver')")


def aware(wall: dt.datetime, venue_tz: str, tz: str | None = None) -> dt.datetime:
    """The venue's wall-clock ``wall`` as an aware datetime, in ``tz`` if given."""
    local = wall.replace(tzinfo=check_timezone(venue_tz))
    return local.astimezone(check_timezone(tz)) if tz else local


def exists(wall: dt.datetime, zone: str) -> bool:
    """False for a wall-clock time skipped by a daylight-saving change in ``zone``."""
    z = check_timezone(zone)
    return wall.replace(tzinfo=z).astimezone(dt.UTC).astimezone(z).replace(tzinfo=None) == wall


def wall_time_problem(wall: dt.datetime, zone: str) -> str | None:
    """Why the venue's wall-clock time ``wall`` cannot be in the data, or None: skipped by a
    daylight-saving change, or out of range once in UTC (the year 1 east of Greenwich, the year
    9999 west of it), where every conversion would raise OverflowError."""
    try:
        happens = exists(wall, zone)
    except OverflowError:
        return f"is out of range in {zone}: in UTC it falls before the year 1 or after the year 9999"
    return None if happens else f"does not exist in {zone} (skipped by a daylight-saving change)"


def zone_label(moment: dt.datetime) -> str:
    """``"PST, UTC-08:00"`` for an aware datetime."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{moment.tzname()}, UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

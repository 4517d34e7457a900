"""Time zones: checking names and turning the data's wall-clock times into aware datetimes."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from .errors import UnknownTimeZoneError


def check_timezone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone called ``name``; :class:`UnknownTimeZoneError` if there is none."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimeZoneError(
            f"unknown time zone {name!r} (expected an IANA name such as 'America/Vancouver')"
        ) from exc


def aware(wall: dt.datetime, venue_tz: str, tz: str | None = None) -> dt.datetime:
    """The venue's wall-clock ``wall`` as an aware datetime, in ``tz`` if given."""
    local = wall.replace(tzinfo=check_timezone(venue_tz))
    return local.astimezone(check_timezone(tz)) if tz else local


def exists(wall: dt.datetime, zone: str) -> bool:
    """False for a wall-clock time skipped by a daylight-saving change in ``zone``."""
    z = check_timezone(zone)
    return wall.replace(tzinfo=z).astimezone(dt.UTC).astimezone(z).replace(tzinfo=None) == wall


def zone_label(moment: dt.datetime) -> str:
    """``"PST, UTC-08:00"`` for an aware datetime."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{moment.tzname()}, UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

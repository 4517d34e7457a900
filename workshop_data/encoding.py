"""How a release writes times and hashes as text, and reads its times back.

One home for the text forms that both the writer (:mod:`workshop_data.datapackage`) and the
reader (:mod:`workshop_data.validation`, :mod:`workshop_data.store`) use, so they cannot
disagree: a year is always four digits (``strftime("%Y")`` writes ``999`` for the year 999,
which no reader takes back), and a publication time is compared as a time, not as text.
"""

from __future__ import annotations

import datetime as dt
import hashlib

#: The descriptor's ``created``: a UTC time.
PUBLISHED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def sha256(data: bytes) -> str:
    """The descriptor's form of a file hash: ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def format_wall(moment: dt.datetime) -> str:
    """A wall-clock time as the data writes it: ``schema.DATETIME_FORMAT``, the year zero-padded."""
    return moment.replace(tzinfo=None).isoformat(sep="T", timespec="seconds")


def format_published(moment: dt.datetime) -> str:
    """A publication time as the descriptor's ``created`` (:data:`PUBLISHED_FORMAT`), in UTC."""
    return format_wall(moment.astimezone(dt.UTC)) + "Z"


def parse_published(text: str) -> dt.datetime:
    """Read the descriptor's ``created`` timestamp (UTC); ValueError when it is not one."""
    return dt.datetime.strptime(text, PUBLISHED_FORMAT).replace(tzinfo=dt.UTC)

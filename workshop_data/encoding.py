"""How a release writes times, hashes and JSON as text, and reads its times back.

One home for the text forms that both the writer (:mod:`workshop_data.datapackage`) and the
reader (:mod:`workshop_data.validation`, :mod:`workshop_data.store`) use, so they cannot
disagree: a year is always four digits (``strftime("%Y")`` writes ``999`` for the year 999,
which no reader takes back), and a publication time is compared as a time, not as text. The
indented JSON of the descriptors and of the JSON exports is :func:`json_text`'s.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from json.encoder import encode_basestring  # json.dumps' own (its C version) with ensure_ascii=False
from typing import Any

from .memo import Memo

#: The descriptor's ``created``: a UTC time.
PUBLISHED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def sha256(data: bytes) -> str:
    """The descriptor's form of a file hash: ``sha256:<hex>``, remembered by the bytes
    (:data:`_HASHED`)."""
    return _HASHED.get(data, lambda: "sha256:" + hashlib.sha256(data).hexdigest(), len(data))


#: The hashes of the files written and read in this process, by their bytes (a value: a file
#: changed by a byte is other bytes, hashed afresh): an edition's releases share most tables,
#: each hashed once, for the descriptors that publishing writes and for every reading of it
#: (the reader compares the hash of every file it reads with its descriptor's, the first
#: reading of the same bytes included: publishing reads back the tables it has just hashed).
#: The dictionary's hash of the bytes is Python's, several times cheaper than SHA-256, and
#: kept by the bytes object (the reader's memo of parsed tables asks for it too).
_HASHED: Memo[bytes, str] = Memo(512, budget=16 * 2**20)


def hashed_as(data: bytes, digest: object) -> bytes | None:
    """``data`` when its SHA-256 is ``digest`` (:func:`sha256`'s form), else None; given as
    the equal bytes met before with that hash, if any (:data:`_KNOWN`).

    A reader checks each file it reads against its descriptor's hash: an edition's releases
    share most of their files, read again and again as new bytes objects, which
    :func:`sha256`'s memo hashes whole (Python's hash of the bytes, a walk of every byte) to find.
    Here the bytes remembered for the descriptor's hash are compared with the file's (``==``,
    a ``memcmp`` that stops at the first differing byte, or at once for another length): equal
    bytes are the bytes whose SHA-256 was found to be ``digest``. The object remembered is
    returned, its own hash kept, so that the reader's memo of parsed tables finds it without
    walking the bytes either. Any other bytes are hashed as before."""
    known = _KNOWN.results.get(digest) if type(digest) is str else None
    if known is not None and known[0] == data:
        return known[0]
    if sha256(data) != digest:
        return None
    assert isinstance(digest, str)  # (the hash of some bytes)
    return _KNOWN.keep(digest, data, len(data))


#: Bytes whose SHA-256 was found to be their key (:func:`hashed_as`): a value, the text of the
#: hash, each kept with the bytes that have it.
_KNOWN: Memo[str, bytes] = Memo(512, budget=16 * 2**20)


def format_wall(moment: dt.datetime) -> str:
    """A wall-clock time as the data writes it: ``schema.DATETIME_FORMAT``, the year zero-padded."""
    return moment.replace(tzinfo=None).isoformat(sep="T", timespec="seconds")


def format_published(moment: dt.datetime) -> str:
    """A publication time as the descriptor's ``created`` (:data:`PUBLISHED_FORMAT`), in UTC."""
    return format_wall(moment.astimezone(dt.UTC)) + "Z"


#: A ``created`` as the writer writes it (:func:`format_published`): every field in ASCII digits
#: of its full width, an upper-case ``T`` and ``Z``.
_WRITTEN_PUBLISHED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


def parse_published(text: str) -> dt.datetime:
    """Read the descriptor's ``created`` timestamp (UTC); ValueError when it is not one.

    :data:`PUBLISHED_FORMAT` is read by ``strptime`` (pure Python: some 100,000 instructions a
    time, one per release read). A text in the form the writer writes is read by
    ``fromisoformat`` when that takes it (a real day and time: each field is within the range
    ``strptime`` takes, so it reads the same value); any other text (a field of one digit, a
    lower-case ``t``, the 60th second, the year 0) is ``strptime``'s, value or error."""
    if _WRITTEN_PUBLISHED.fullmatch(text):
        try:
            return dt.datetime.fromisoformat(text[:-1]).replace(tzinfo=dt.UTC)
        except ValueError:
            pass
    return dt.datetime.strptime(text, PUBLISHED_FORMAT).replace(tzinfo=dt.UTC)


#: A scalar as :func:`json.dumps` writes it (floats, and anything else it knows).
_SCALAR = json.JSONEncoder(ensure_ascii=False).encode


class RepeatedKeyError(ValueError):
    """A JSON text gives one key twice in an object: readers differ on which value is the key's
    (Python's :mod:`json`, frictionless and jq keep the last; a streaming reader may keep the
    first), so two clients of one descriptor could read two different releases."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(
            f"gives the key {key!r} twice in one object, which JSON readers differ on: each key is given once"
        )


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's pairs as a dict, or :class:`RepeatedKeyError` for the first key given again."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise RepeatedKeyError(key)
            seen.add(key)
    return found


def _no_constant(name: str) -> Any:
    """A ``NaN``, ``Infinity`` or ``-Infinity``, which Python's :mod:`json` reads and JSON has not
    (RFC 8259): a browser's ``JSON.parse``, Ruby's and most readers refuse the whole text."""
    raise ValueError(f"{name} is no JSON value (JSON readers other than Python's refuse it)")


#: ``json.loads`` of a text that may not give a key twice nor hold what is not JSON (:func:`json_value`).
_STRICT = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_no_constant)


def json_value(text: str) -> Any:
    """``json.loads(text)`` (the same value, or the same error) for a text whose every object
    gives each key once; else :class:`RepeatedKeyError` (a :class:`ValueError`) naming the first
    key given twice, at any depth. ``NaN``, ``Infinity`` and ``-Infinity``, which are not JSON,
    are a :class:`ValueError` too. A release's descriptor is read so, and a document of the JSON
    format (:func:`~workshop_data.formats.jsonformat.loads`)."""
    if text.startswith("\ufeff"):
        return json.loads(text)  # json.loads' own error for a byte order mark
    return _STRICT.decode(text)


def json_text(value: Any, indent: str = "", default: Callable[[Any, str], str | None] | None = None) -> str:
    """``value`` as ``json.dumps(value, indent=2, ensure_ascii=False)`` writes it, to the byte,
    its lines after the first starting with ``indent`` (the depth it is written at).

    Made faster: the standard library writes indented JSON in pure Python, a generator per
    value (a 10 MB frab schedule took 0.6 s, this a third of it). Objects' keys are strings;
    a value that is not JSON's is ``default(value, indent)``'s text (TypeError without one, or
    where it gives None: a value it does not write either).
    """
    out: list[str] = []
    _json(value, indent, out, default)
    return "".join(out)


#: The types :func:`_json` writes as arrays and as numbers (tuples made once: a union such as
#: ``list | tuple`` is made anew at each evaluation).
_ARRAYS, _NUMBERS = (list, tuple), (bool, int, float)


def _json(value: Any, indent: str, out: list[str], default: Callable[[Any, str], str | None] | None) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys are strings, not {key!r}")
            out.append(f"{separator}{encode_basestring(key)}: ")
            _json(item, inner, out, default)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    elif isinstance(value, _ARRAYS):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            _json(item, inner, out, default)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    elif value is None or isinstance(value, _NUMBERS):
        out.append(_SCALAR(value))
    elif default is not None and (text := default(value, indent)) is not None:
        out.append(text)
    else:
        raise TypeError(f"not a JSON value: {value!r}")

"""Releases on disk: the Frictionless descriptor, the CSV cells, hashes and atomic writing.

A release is a folder ``<data_dir>/<edition>/<release>/`` holding ``datapackage.json`` and one
CSV file per resource of :mod:`workshop_data.schema`. Once written it never changes.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .defaults import DESCRIPTOR, LATEST
from .errors import WorkshopDataError
from .model import Release
from .schema import DATETIME_FORMAT, RESOURCES, SCHEMA_VERSION, Field, Resource

PUBLISHED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
#: An edition or release name: one folder name that the store lists (none starts with '.' or '_').
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def sha256(data: bytes) -> str:
    """The descriptor's form of a file hash: ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def to_cell(f: Field, value: Any) -> str:
    """Write one value as the CSV text of a field of this type."""
    if value is None:
        return ""
    if f.type == "datetime":
        return str(value.strftime(DATETIME_FORMAT))
    if f.type == "date":
        return str(value.isoformat())
    if f.type == "boolean":
        return "true" if value else "false"
    if f.type == "array":
        return json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _records(release: Release, resource: Resource) -> list[Any]:
    records: dict[str, list[Any]] = {
        "workshop": [release.workshop],
        "slots": list(release.slots),
        "talks": list(release.talks),
        "people": list(release.people),
    }
    return records[resource.name]


def serialize(release: Release) -> dict[str, bytes]:
    """The CSV bytes of each resource of a release, keyed by file name."""
    out: dict[str, bytes] = {}
    for resource in RESOURCES:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(resource.columns)
        for record in _records(release, resource):
            writer.writerow([to_cell(f, getattr(record, f.name)) for f in resource.fields])
        out[resource.path] = buf.getvalue().encode("utf-8")
    return out


def build_descriptor(release: Release, files: dict[str, bytes]) -> dict[str, Any]:
    """The ``datapackage.json`` of a release whose CSV files are ``files``."""
    w = release.workshop
    return {
        "profile": "tabular-data-package",
        "name": f"workshop-data-{w.edition}",
        "title": f"{w.event_name}: schedule",
        "version": release.name,
        "created": release.published.strftime(PUBLISHED_FORMAT),
        "edition": w.edition,
        "schema_version": SCHEMA_VERSION,
        "resources": [
            {
                "name": r.name,
                "title": r.title,
                "path": r.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(files[r.path]),
                "hash": sha256(files[r.path]),
                "schema": r.schema(),
            }
            for r in RESOURCES
        ],
    }


def release_files(release: Release) -> dict[str, bytes]:
    """Every file of a release, descriptor included, as bytes keyed by file name."""
    files = serialize(release)
    descriptor = build_descriptor(release, files)
    files[DESCRIPTOR] = (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files


def new_release_folder(data_dir: str | os.PathLike[str], edition: str, name: str) -> Path:
    """The folder release ``name`` of ``edition`` is to be published in.

    Raises :class:`WorkshopDataError` when a name could not be loaded back (a path, a hidden
    folder, or ``"latest"``, which means the newest release) or when the release exists already.
    """
    for what, value in (("edition", edition), ("release", name)):
        if not NAME.fullmatch(value):
            raise WorkshopDataError(
                f"{what} name {value!r}: use letters, digits, '.', '_' and '-', starting with a letter or digit"
            )
    if name == LATEST:
        raise WorkshopDataError(f"release name {LATEST!r} is reserved: it loads the newest release")
    target = Path(data_dir) / edition / name
    if target.exists():
        raise WorkshopDataError(
            f"{target}: release {name!r} of {edition!r} exists already; releases are immutable, publish a new one"
        )
    return target


def write_release(release: Release, data_dir: str | Path) -> Path:
    """Publish ``release`` under ``data_dir/<edition>/<name>`` and return that folder.

    Refuses to overwrite an existing release (releases are immutable) and names that could not
    be loaded back (:func:`new_release_folder`). The files are written
    to a temporary folder beside the target and renamed into place, so a failure leaves
    nothing behind.
    """
    target = new_release_folder(data_dir, release.edition, release.name)
    edition_dir = target.parent
    files = release_files(release)
    try:
        edition_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{release.name}.", dir=edition_dir))
    except OSError as exc:
        raise WorkshopDataError(f"{edition_dir}: cannot write: {exc.strerror}") from exc
    try:
        for name, data in files.items():
            (tmp / name).write_bytes(data)
        os.rename(tmp, target)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise WorkshopDataError(f"{target}: cannot write: {exc.strerror}") from exc
        raise
    return target


def parse_published(text: str) -> dt.datetime:
    """Read the descriptor's ``created`` timestamp (UTC)."""
    return dt.datetime.strptime(text, PUBLISHED_FORMAT).replace(tzinfo=dt.UTC)

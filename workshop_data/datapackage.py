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
from .schema import DATETIME_FORMAT, SCHEMA_VERSIONS, Field, Resource, resources

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


def schema_version_of(release: Release) -> str:
    """The schema version ``release`` is written in: the one it was read in, else the oldest
    version whose resources and fields hold all of its data.

    A release that needs nothing a newer schema added stays readable by older versions of the
    package, and a release published before a schema change keeps every byte when written again.
    """
    if release.schema_version is not None:
        return release.schema_version
    for version in SCHEMA_VERSIONS:
        if all(_fits(release, r) for r in _dropped(version)):
            return version
    return SCHEMA_VERSIONS[-1]


def _dropped(version: str) -> list[tuple[str, set[str]]]:
    """(resource, fields) of the current schema that ``version`` lacks or declares otherwise."""
    current = resources(SCHEMA_VERSIONS[-1])
    have = {r.name: {f.name: f for f in r.fields} for r in resources(version)}
    out = []
    for r in current:
        fields = have.get(r.name)
        missing = {f.name for f in r.fields if fields is None or fields.get(f.name) != f}
        if missing:
            out.append((r.name, missing if fields is not None else {"*"}))
    return out


def _fits(release: Release, dropped: tuple[str, set[str]]) -> bool:
    """Whether ``release`` holds no value in the dropped resource or fields."""
    name, fields = dropped
    records = _records(release, name)
    if "*" in fields:
        return not records
    defaults = {"date": None}
    for record in records:
        for f in fields:
            value = getattr(record, f)
            if f in defaults:
                if value is defaults[f]:
                    return False  # an older declaration requires it
            elif value not in ("", (), None):
                return False
    return True


def _records(release: Release, resource: Resource | str) -> list[Any]:
    name = resource if isinstance(resource, str) else resource.name
    if name == "workshop":
        return [release.workshop]
    return list(getattr(release, name))


def serialize(release: Release) -> dict[str, bytes]:
    """The CSV bytes of each resource of a release, keyed by file name."""
    out: dict[str, bytes] = {}
    for resource in resources(schema_version_of(release)):
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
        "schema_version": schema_version_of(release),
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
            for r in resources(schema_version_of(release))
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

"""Releases on disk: the Frictionless descriptor, the CSV cells, hashes and atomic writing.

A release is a folder ``<data_dir>/<edition>/<release>/`` holding ``datapackage.json`` and one
CSV file per resource of :mod:`workshop_data.schema`. Once written it never changes.

Publishing writes the files into a temporary folder beside the release, reads them back with the
one reader (:func:`workshop_data.validation.read_release`) and renames the folder into place only
when they load and give back exactly what was written: nothing unreadable is ever published.
The temporary folder is flushed to the disk before the rename and the edition's folder after it,
so that a power loss leaves either no release or the whole of it, in publication order, never a
folder in place whose files are empty (:class:`Publication`: several releases are flushed at once).
An edition's releases published one after the other (an import of a site's history) form a run
(:class:`Run`): each is still written and read back whole, and takes from the last one published
only what holds of the very same objects (a table's key, a table found equal).
An import reads the edition's releases, makes the new one from them and publishes it while it
holds the data directory (:func:`publishing`), so that two imports run at once do not both make
their release from the same newest one.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import io
import itertools
import json
import operator
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, TypeVar, cast

from .defaults import DESCRIPTOR, LATEST
from .encoding import format_published, format_wall, json_text, sha256
from .errors import DataValidationError, WorkshopDataError
from .files import folder_mode, lock_folder, open_folder
from .ids import check_dated, check_name
from .memo import Memo
from .model import Release
from .schema import READ_AS, RESOURCES_BY_NAME, SCHEMA_VERSIONS, Field, Resource, package_name, resources
from .titles import Title


def to_cell(f: Field, value: Any) -> str:
    """Write one value as the CSV text of a field of this type."""
    if value is None:
        return ""
    if f.type == "datetime":
        return format_wall(value)
    if f.type == "date":
        return str(value.isoformat())
    if f.type == "boolean":
        return "true" if value else "false"
    if f.type == "array":
        return _array_cell(value)
    return str(value)


def _array_cell(items: Sequence[Any]) -> str:
    """An array cell's JSON: ``json.dumps(items, ensure_ascii=False, separators=(",", ":"))``.

    The encoder's ``encode`` makes a C encoder at each call, which made an array cell cost
    several times a string cell; an array of strings (the model's) is its items as JSON strings
    (``encode_basestring``, the encoder's own for ``ensure_ascii=False``) joined, in C. Any other
    item (a number, in a record built by hand) goes to the encoder, as before."""
    try:
        return "[" + ",".join(map(encode_basestring, items)) + "]"
    except TypeError:  # an item that is not a string
        return _ENCODE_ARRAY(list(items))


#: The encoder :func:`_array_cell` gives an array holding other than strings (made once).
_ENCODE_ARRAY = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def record_problem(resource: str, record: object) -> tuple[Field, str] | None:
    """The first text of ``record`` (a record of the resource named ``resource``) that a reader
    would refuse, as (field, why), or None: :func:`workshop_data.validation.field_problem`, the
    reader's rule of a field's texts (no control, bidirectional or invisible character, no text
    longer than a cell holds; no word of a person's name or affiliation mixing Latin with
    Cyrillic look-alikes), on each string cell and each item of an array, in the reader's order;
    an array's cell itself, its items as JSON, to :func:`workshop_data.validation.text_problem`
    first (its length), as the reader looks at every cell before its items.

    The importers check what they make of a page with it, so that a text the release cannot hold
    is reported where the page has it rather than in a file the page was never written to. The
    cells' other rules (types, ids, required values) concern what the importers make, not what a
    page says; publishing reads every file back (:func:`write_release`).
    """
    from .validation import field_problem, text_problem

    for f, array in _texts(resource):
        value = getattr(record, f.name)
        if not array:
            why = field_problem(f, value)
        elif value:
            why = text_problem(_array_cell(value)) or next(filter(None, (field_problem(f, v) for v in value)), None)
        else:
            continue
        if why is not None:
            return f, why
    return None


def records_problem(records: Sequence[tuple[str, object]]) -> tuple[int, Field, str] | None:
    """:func:`record_problem` of ``records`` (each a resource's name and a record of it): the
    first problem found, with its record's index, or None. The texts of all the records are
    looked at together first (:func:`workshop_data.validation.texts_held`, and their names and
    affiliations :func:`workshop_data.validation.names_held`): an import checks thousands of
    texts, and a page's are all held but for an attack or an accident."""
    from .validation import names_held, texts_held

    texts: list[str] = []
    names: list[str] = []
    for resource, record in records:
        _cell_texts(resource, record, texts, names)
    if texts_held(texts) and names_held(names):
        return None
    for number, (resource, record) in enumerate(records):
        found = record_problem(resource, record)
        if found is not None:
            return number, *found
    return None  # pragma: no cover - texts_held and names_held refuse what record_problem refuses


def _cell_texts(resource: str, record: object, texts: list[str], names: list[str]) -> None:
    """The texts :func:`record_problem` checks of ``record`` into ``texts`` (each string cell,
    each array's cell and each of its items) and those of a name or affiliation into ``names``
    (:attr:`~workshop_data.schema.Field.one_script`: each such string, each array's item)."""
    for f, array in _texts(resource):
        value = getattr(record, f.name)
        if not array:
            texts.append(value)
            if f.one_script:
                names.append(value)
        elif value:
            texts += (_array_cell(value), *value)
            if f.one_script:
                names += value


@functools.cache
def _texts(resource: str) -> tuple[tuple[Field, bool], ...]:
    """The text fields (strings, arrays of strings) of the current schema's ``resource``, each
    with whether it is an array."""
    return tuple((f, f.type == "array") for f in RESOURCES_BY_NAME[resource].fields if f.type in ("string", "array"))


def schema_version_of(release: Release) -> str:
    """The schema version ``release`` is written in: the one it was read in (or put in,
    :func:`in_schema`), else the oldest version whose resources and fields hold all of its data.

    A release that needs nothing a newer schema added stays readable by older versions of the
    package, and a release published before a schema change keeps every byte when written again.
    """
    return _version_of(release, _Tables(release))


def _version_of(release: Release, tables: _Tables) -> str:
    """:func:`schema_version_of`, the release's tables keyed by ``tables``.

    The versions are tried from the newest down, and the last that holds the release is its
    version: each version holds whatever an older one holds (a version only adds resources and
    fields, or relaxes one: a field no longer required, a pattern dropped, a vocabulary widened;
    ``tests/test_validation.py`` checks so), so the first version down that does not hold it
    ends the search. Nearly every release of the site's history needs the newest version, and
    is settled by one version that holds it and one that does not, not by trying all eleven
    from 1.0.0 up.
    """
    if release.schema_version is not None:
        return release.schema_version
    found = SCHEMA_VERSIONS[-1]
    for version in reversed(SCHEMA_VERSIONS[:-1]):
        if not _holds(release, version, tables):
            break
        found = version
    return found


def _holds(release: Release, version: str, tables: _Tables) -> bool:
    """Whether schema ``version`` holds all of ``release`` (:func:`_unheld` finds nothing), its
    resources the version lacks looked at first: a release with roles or papers is not 1.0.0's,
    whatever its people's bios."""
    if any(declared is None and _records(release, current) for current, declared, _ in _differences(version)):
        return False
    return _unheld(release, version, tables) is None


class _Table:
    """A table of a release as the key of a memo of tables (:data:`_WRITTEN`, :data:`_UNHELD`):
    the schema version, the resource and its records, compared by value, hashed once. A record's
    hash is a Python call, and a memo hashes a key it does not hold three times (looked up, kept);
    the records' hash is also shared by the keys of one release's table (:class:`_Tables`)."""

    __slots__ = ("hashed", "records", "resource", "version")

    def __init__(self, version: str, resource: str, records: tuple[Any, ...], records_hash: int) -> None:
        self.version, self.resource, self.records = version, resource, records
        self.hashed = hash((version, resource, records_hash))

    def __hash__(self) -> int:
        return self.hashed

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Table)
            and self.hashed == other.hashed
            and (self.version, self.resource) == (other.version, other.resource)
            and self.records == other.records
        )


class _Tables:
    """The keys of one release's tables (:class:`_Table`), each table's records hashed once for
    that release (frozen: its tables are tuples), or found not to hash (a record built by hand
    with a list): then no key, and the table is not remembered (:func:`_remembered`).

    ``last``: the keys of the release published before it in a run (:class:`Run`); a table whose
    records are the very objects of the one a key of ``last`` holds takes that key, not hashed
    again (it hashed: no record of it holds anything that can change), and the memos find it by
    identity."""

    def __init__(self, release: Release, last: _Tables | None = None) -> None:
        self.release = release
        self.hashes: dict[str, int | None] = {}
        self.keys: dict[tuple[str, str], _Table] = {}
        self.last = last

    def key(self, version: str, resource: str) -> _Table | None:
        """The key of ``resource``'s table in schema ``version``, or None where it does not hash."""
        found = self.keys.get((version, resource))
        if found is not None:  # (a release's tables are tuples of records that hashed: they stay)
            return found
        records = tuple(_records(self.release, resource))
        before = self.last.keys.get((version, resource)) if self.last is not None else None
        if before is not None and _same_records(before.records, records):
            self.keys[version, resource] = before
            return before
        if resource not in self.hashes:
            try:
                self.hashes[resource] = hash(records)
            except TypeError:
                self.hashes[resource] = None
        hashed = self.hashes[resource]
        if hashed is None:
            return None
        made = self.keys[version, resource] = _Table(version, resource, records, hashed)
        return made


def _same_records(before: tuple[Any, ...], records: tuple[Any, ...]) -> bool:
    """Whether ``records`` are the very objects ``before`` holds, in order (compared in C)."""
    return before is records or (len(before) == len(records) and all(map(operator.is_, before, records)))


def _unheld(release: Release, version: str, tables: _Tables | None = None) -> tuple[Resource, int, Field, str] | None:
    """The first value of ``release`` that schema ``version`` cannot hold, as (resource, row,
    field, why), or None when it holds them all.

    Only what ``version`` declares otherwise than the current schema is looked at: a value of a
    resource or field it lacks must be empty, a value of a field it declares otherwise must be a
    valid cell of that declaration (:func:`workshop_data.validation.cell_problem`: required, a
    vocabulary, a pattern such as a title's MyST on one line before 2.1.0).
    """
    for current, declared, changed in _differences(version):
        if declared is None:
            if _records(release, current):
                return current, 1, current.fields[0], f"schema {version} has no {current.path}"
            continue
        if not changed:
            continue
        records = tuple(_records(release, current))
        found = _remembered(
            _UNHELD,
            (tables or _Tables(release)).key(version, current.name),
            functools.partial(_first_unheld, current, records, declared, changed, version, remember=True),
            unhashable=functools.partial(_first_unheld, current, records, declared, changed, version),
        )
        if found is not None:
            return found
    return None


_R = TypeVar("_R")


def _remembered(
    memo: Memo[_Table, _R],
    key: _Table | None,
    make: Callable[[], _R],
    weight: int = 0,
    unhashable: Callable[[], _R] | None = None,
) -> _R:
    """``make()``, remembered in ``memo`` under ``key`` (a table's records, :class:`_Table`): by
    their values, not their identities, as a record built by hand may hold a list that changes
    between two writes (the model's are tuples). Equal records are mostly the same objects
    (:func:`workshop_data.memo.made`), so comparing a key found is quick. Records that cannot be
    hashed (such a list: no key) are not remembered: ``unhashable()`` (else ``make()``) makes the
    result, ``make`` being called only for a key that hashed."""
    if key is None:
        return (unhashable or make)()
    return memo.get(key, make, weight)


#: :func:`_first_unheld` of the tables looked at in this process, by schema version, resource and
#: records (:func:`_remembered`): an edition's releases share most tables (as :data:`_WRITTEN`'s),
#: each looked at once.
_UNHELD: Memo[_Table, tuple[Resource, int, Field, str] | None] = Memo(256)


def _first_unheld(
    current: Resource,
    records: Sequence[Any],
    declared: dict[str, Field],
    changed: tuple[Field, ...],
    version: str,
    remember: bool = False,
) -> tuple[Resource, int, Field, str] | None:
    """The first value of ``records`` (of resource ``current``) that ``declared`` (schema
    ``version``'s fields of it, of which ``changed`` are declared otherwise) cannot hold, as
    :func:`_unheld` gives it; ``remember``: the records hash (none holds anything that can
    change), each one's answer remembered (:data:`_UNHELD_RECORDS`)."""
    kept, name, new = _UNHELD_RECORDS.results, current.name, []
    try:
        for row, record in enumerate(records, start=1):
            key = (version, name, id(record))
            entry = kept.get(key) if remember else None
            if entry is not None and entry[0][0] is record:
                found = entry[0][1]
            else:
                found = _record_unheld(current, record, declared, changed, version)
                if remember:
                    new.append((key, (record, found)))
            if found is not None:
                return current, row, *found
        return None
    finally:
        _UNHELD_RECORDS.keep_all(new)


#: :func:`_record_unheld` of each record looked at in this process, by schema version, resource
#: and the record's identity, the record kept with its answer (so that its id names no other
#: object while it is here): an edition's releases share most records, the very objects
#: (:func:`workshop_data.memo.made`), and a table that changed by a row was looked at whole again
#: (1,774 cells of 75 tables in an import of the workshop's site, 435 records now). Only records
#: whose table hashed are remembered (:func:`_unheld`): a record holding a list could change.
_UNHELD_RECORDS: Memo[tuple[str, str, int], tuple[Any, tuple[Field, str] | None]] = Memo(32768)


def _record_unheld(
    current: Resource, record: Any, declared: dict[str, Field], changed: tuple[Field, ...], version: str
) -> tuple[Field, str] | None:
    """The first field of ``record`` whose value ``declared`` cannot hold, and why
    (:func:`_first_unheld`)."""
    from .validation import cell_problem

    for f in changed:
        value = getattr(record, f.name)
        older = declared.get(f.name)
        if older is None:
            if value not in ("", (), None):
                return f, f"schema {version} has no {f.name!r} in {current.path}"
            continue
        why = cell_problem(older, to_cell(f, value))
        if why is not None:
            return f, why
    return None


@functools.cache
def _differences(version: str) -> tuple[tuple[Resource, dict[str, Field] | None, tuple[Field, ...]], ...]:
    """Each resource of the current schema with its fields as ``version`` declares them (None
    when it has no such resource) and the fields it declares otherwise (:func:`_unheld`)."""
    have = {r.name: {f.name: f for f in r.fields} for r in resources(version)}
    out = []
    for current in resources(SCHEMA_VERSIONS[-1]):
        declared = have.get(current.name)
        changed = () if declared is None else tuple(f for f in current.fields if declared.get(f.name) != f)
        out.append((current, declared, changed))
    return tuple(out)


#: How a value of the current schema is put into an older declaration of its field that does
#: not hold it: a title's line breaks become spaces (:attr:`workshop_data.titles.Title.one_line`).
_OLDER_FORM: dict[str, Callable[[str], str]] = {"title_myst": lambda myst: Title(myst).one_line.source}


def in_schema(release: Release, version: str) -> Release:
    """``release`` as schema ``version`` holds it, to be written in that version.

    A value the version declares otherwise is put into that declaration's form where there is
    one (before 2.1.0, a title's line breaks are spaces: what the importer made of the page
    then, so a release published in an older version imports again byte for byte). Raises a
    :class:`WorkshopDataError` naming the file, row and field of a value the version cannot hold.
    """
    from .validation import cell_problem

    if version not in SCHEMA_VERSIONS:
        raise WorkshopDataError(
            f"schema version {version!r}: not one this package writes ({', '.join(SCHEMA_VERSIONS)})"
        )
    have = {r.name: {f.name: f for f in r.fields} for r in resources(version)}
    changes: dict[str, Any] = {}
    for current in resources(SCHEMA_VERSIONS[-1]):
        declared = have.get(current.name, {})
        older = {f.name: declared[f.name] for f in current.fields if f.name in _OLDER_FORM and f.name in declared}
        if not older or current.name == "workshop":
            continue
        records = []
        for record in _records(release, current):
            fixed = {
                name: _OLDER_FORM[name](getattr(record, name))
                for name, f in older.items()
                if cell_problem(f, getattr(record, name)) is not None
            }
            records.append(dataclasses.replace(record, **fixed) if fixed else record)
        changes[current.name] = tuple(records)
    fitted = dataclasses.replace(release, **changes, schema_version=version)
    unheld = _unheld(fitted, version)
    if unheld is not None:
        resource, row, f, why = unheld
        raise DataValidationError(
            f"release {release.name!r} cannot be written in schema {version}: {why}",
            file=resource.path,
            row=row,
            field=f.name,
        )
    return fitted


def _records(release: Release, resource: Resource | str) -> Sequence[Any]:
    name = resource if isinstance(resource, str) else resource.name
    if name == "workshop":
        return [release.workshop]
    return cast(Sequence[Any], getattr(release, name))


def serialize(release: Release) -> dict[str, bytes]:
    """The CSV bytes of each resource of a release, keyed by file name.

    Cells are quoted when needed (``csv.QUOTE_MINIMAL``), and every cell of a row that holds a
    carriage return: the writer quotes a cell for the characters of its line terminator
    (``"\\n"``) only, and a bare ``"\\r"`` ends the row for every reader, Python's included.
    """
    tables = _Tables(release)
    return _serialize(release, _version_of(release, tables), tables)


def _serialize(release: Release, version: str, tables: _Tables) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for resource in resources(version):
        records = tuple(_records(release, resource))
        # a record weighs some hundreds of bytes (the memo keeps it alive with its text)
        out[resource.path] = _remembered(
            _WRITTEN,
            tables.key(version, resource.name),
            functools.partial(_csv, resource, records, version),  # hashed by the memo: lines remembered
            500 * len(records),
            functools.partial(_csv, resource, records),
        )
    return out


#: Tables written in this process, by schema version, resource and records (:func:`_remembered`):
#: an edition's releases share most of their tables (its papers, its committees), written once each.
_WRITTEN: Memo[_Table, bytes] = Memo(256, budget=16 * 2**20)


def _minimal(cell: str) -> str:
    """A cell as :mod:`csv`'s ``QUOTE_MINIMAL`` writes it: quoted, its quotes doubled, when it
    holds a comma, a quote or a line feed."""
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell:
        return '"' + cell + '"'
    return cell


def _csv_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """``rows`` as the lines :mod:`csv`'s writer writes them (``QUOTE_MINIMAL``, ``"\\n"`` ends a
    line), a row whose cells hold a carriage return quoted whole (:func:`serialize` says why):
    :func:`_column_lines` of the rows' columns (rows of one width), or of each row's."""
    if rows and len({*map(len, rows)}) == 1:
        return _column_lines([list(column) for column in zip(*rows, strict=True)], len(rows))
    return [line for row in rows for line in _column_lines([[cell] for cell in row], 1)]


def _column_lines(columns: Sequence[list[str]], count: int) -> list[str]:
    """The ``count`` lines of a table given by its ``columns`` of cells, as :func:`_csv_lines`
    writes them.

    :mod:`csv`'s writer looks at every character of every cell twice, in C, at a cost that made
    it 3 % of an import of the site's history, and a Python loop over the rows and cells costs
    as much: here a column none of whose cells needs quoting (no comma, quote or line feed: one
    search of its cells joined) is taken as it is, and each cell of another quoted as
    ``QUOTE_MINIMAL`` would (:func:`_minimal`); the lines are the rows' cells joined, in C. A row
    with a carriage return is left to :mod:`csv` (``QUOTE_ALL``); a lone empty cell is ``""``.
    A test holds the lines to csv's."""
    if not columns:
        return ["\n"] * count
    quoted, returns = [], False
    for column in columns:
        text = "".join(column)
        quoted.append(list(map(_minimal, column)) if '"' in text or "," in text or "\n" in text else column)
        returns = returns or "\r" in text
    lines = list(map(",".join, zip(*quoted, strict=True))) if len(quoted) > 1 else [cell or '""' for cell in quoted[0]]
    out = list(map(operator.add, lines, itertools.repeat("\n", count)))
    if returns:
        for number, row in enumerate(zip(*columns, strict=True)):
            if any("\r" in cell for cell in row):
                buf = io.StringIO()
                csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL).writerow(row)
                out[number] = buf.getvalue()
    return out


#: The line of each record written in this process, by schema version, resource and the
#: record's identity, the record kept with its line (so that its id names no other object): an
#: edition's next release changes a few rows of a table, which is then written again whole
#: (12,543 rows written in an import of the workshop's site, most of them written before). Only
#: records whose table hashed are remembered (:func:`_serialize`): a record holding a list,
#: which could change between two writes, does not hash. By identity, not by value: two equal
#: records may be written differently (``1`` and ``True``, a time in two zones).
_LINES: Memo[tuple[str, str, int], tuple[Any, str]] = Memo(32768)


def _csv(resource: Resource, records: Sequence[Any], version: str | None = None) -> bytes:
    """The CSV file of one resource (see :func:`serialize`); ``version``: the records hash (none
    holds anything that can change), their lines remembered under that schema version."""
    head = _csv_lines([list(resource.columns)])
    if version is None:
        return "".join(head + _table_lines(resource, records)).encode("utf-8")
    kept, name = _LINES.results, resource.name
    keys = [(version, name, id(r)) for r in records]
    lines: list[str | None] = []
    todo: list[int] = []
    for i, (r, key) in enumerate(zip(records, keys, strict=True)):
        found = kept.get(key)
        if found is not None and found[0][0] is r:
            lines.append(found[0][1])
        else:
            lines.append(None)
            todo.append(i)
    if todo:
        made = _table_lines(resource, [records[i] for i in todo])
        for i, line in zip(todo, made, strict=True):
            lines[i] = line
        _LINES.keep_all([(keys[i], (records[i], line)) for i, line in zip(todo, made, strict=True)])
    return "".join(head + cast(list[str], lines)).encode("utf-8")


def _table_lines(resource: Resource, records: Sequence[Any]) -> list[str]:
    """The lines of ``records`` (of ``resource``), each field's cells written for the whole
    column (:func:`_column_writer`, :func:`_column_lines`)."""
    columns = [_column_writer(f)(list(map(operator.attrgetter(f.name), records))) for f in resource.fields]
    return _column_lines(columns, len(records))


def _column_writer(f: Field) -> Callable[[list[Any]], list[str]]:
    """:func:`to_cell` of each of a column of field ``f``'s values, in C where it can be: a
    string's or an integer's cell is ``str`` of it (empty for None)."""
    if f.type in ("string", "integer"):
        return lambda values: (
            list(map(str, values)) if None not in values else ["" if value is None else str(value) for value in values]
        )
    if f.type == "array":
        return lambda values: [_array_cell(value) if value else "[]" for value in values]
    return lambda values: [to_cell(f, value) for value in values]


def build_descriptor(release: Release, files: dict[str, bytes]) -> dict[str, Any]:
    """The ``datapackage.json`` of a release whose CSV files are ``files``."""
    version = schema_version_of(release)
    return _build_descriptor(
        release,
        version,
        [_resource_entry(r, len(files[r.path]), sha256(files[r.path]), r.schema()) for r in resources(version)],
    )


def _build_descriptor(release: Release, version: str, entries: list[Any]) -> dict[str, Any]:
    """The descriptor of ``release`` in schema ``version``, its resources' ``entries``."""
    w = release.workshop
    return {
        "profile": "tabular-data-package",
        "name": package_name(w.edition),
        "title": f"{w.event_name}: schedule",
        "version": release.name,
        "created": format_published(release.published),
        "edition": w.edition,
        "schema_version": version,
        "resources": entries,
    }


def _resource_entry(r: Resource, size: int, digest: str, schema: Any) -> dict[str, Any]:
    """A resource's entry in a descriptor: its file of ``size`` bytes, hashed ``digest``."""
    return {
        "name": r.name,
        "title": r.title,
        "path": r.path,
        **READ_AS,
        "bytes": size,
        "hash": digest,
        "schema": schema,
    }


def descriptor_text(descriptor: dict[str, Any]) -> str:
    """``json.dumps(descriptor, indent=2, ensure_ascii=False) + "\\n"``, the same text, made
    faster (the standard library writes indented JSON in pure Python)."""
    return _indented(descriptor, "") + "\n"


@dataclass(frozen=True)
class _Schema:
    """A resource's Table Schema in a descriptor being written: every descriptor of a schema
    version repeats the same, so its text is made once (:func:`_schema_text`)."""

    version: str
    resource: str

    def declaration(self) -> Resource:
        """The resource of that name in that schema version."""
        return next(r for r in resources(self.version) if r.name == self.resource)


@functools.cache
def _schema_text(schema: _Schema, indent: str) -> str:
    return _indented(schema.declaration().schema(), indent)


@dataclass(frozen=True)
class _Entry:
    """A resource's entry in a descriptor being written (:func:`_resource_entry`, its schema a
    :class:`_Schema`): every entry of a resource is the same text but for its file's size and
    hash, made once (:func:`_entry_text`)."""

    version: str
    resource: str
    size: int
    digest: str


#: What an entry's text is made with where its size and hash go (:func:`_entry_parts`): an
#: integer and a text that no entry holds otherwise (checked), each written once.
_SIZE_MARK, _DIGEST_MARK = 9_087_654_321_123_456_789, "\x00digest\x00"


@functools.cache
def _entry_parts(version: str, resource: str, indent: str) -> tuple[str, str, str] | None:
    """A resource's entry at a depth as the text before its size, between its size and its hash,
    and after its hash (None where the marks do not each stand once in it)."""
    schema = _Schema(version, resource)
    text = _indented(_resource_entry(schema.declaration(), _SIZE_MARK, _DIGEST_MARK, schema), indent)
    size, digest = str(_SIZE_MARK), encode_basestring(_DIGEST_MARK)
    if text.count(size) != 1 or text.count(digest) != 1 or text.index(size) > text.index(digest):
        return None
    head, rest = text.split(size)
    middle, tail = rest.split(digest)
    return head, middle, tail


def _entry_text(entry: _Entry, indent: str) -> str:
    """The text of ``entry`` at the depth ``indent``: its resource's (:func:`_entry_parts`) with
    its size and hash, as :func:`workshop_data.encoding.json_text` writes them."""
    parts = _entry_parts(entry.version, entry.resource, indent)
    if parts is None or type(entry.size) is not int:  # (a bool or a float is written otherwise)
        schema = _Schema(entry.version, entry.resource)
        return _indented(_resource_entry(schema.declaration(), entry.size, entry.digest, schema), indent)
    head, middle, tail = parts
    return "".join((head, str(entry.size), middle, encode_basestring(entry.digest), tail))  # (one copy)


def _indented(value: Any, indent: str) -> str:
    """``value`` as :func:`json.dumps` writes it with ``indent=2`` at the depth ``indent``, a
    :class:`_Schema` as its resource's schema, an :class:`_Entry` as its resource's entry."""
    return json_text(value, indent, _schema_of)


def _schema_of(value: Any, indent: str) -> str | None:
    """The text of an entry or a schema at the depth ``indent`` (None for any other value, which
    :func:`~workshop_data.encoding.json_text` refuses)."""
    if isinstance(value, _Entry):
        return _entry_text(value, indent)
    return _schema_text(value, indent) if isinstance(value, _Schema) else None


def release_files(release: Release) -> dict[str, bytes]:
    """Every file of a release, descriptor included, as bytes keyed by file name."""
    return _release_files(release, _Tables(release))


def _release_files(release: Release, tables: _Tables) -> dict[str, bytes]:
    """:func:`release_files`, the release's tables keyed by ``tables``."""
    version = _version_of(release, tables)
    files = _serialize(release, version, tables)
    entries = [_Entry(version, r.name, len(files[r.path]), sha256(files[r.path])) for r in resources(version)]
    descriptor = _build_descriptor(release, version, entries)
    files[DESCRIPTOR] = descriptor_text(descriptor).encode("utf-8")
    return files


def check_case(folder: Path, what: str, name: str, planned: Sequence[str] = ()) -> None:
    """Raise a one-line :class:`WorkshopDataError` when ``folder`` holds (or will hold: the names
    ``planned``) an entry whose name is the ``what`` ("edition" or "release") ``name`` but for
    case (``NeurIPS2024`` beside ``neurips2024``, compared ``casefold``-ed).

    On a file system that ignores case (macOS's and Windows' by default) the two are one folder:
    publishing ``NeurIPS2024`` into a data directory holding ``neurips2024`` would put one
    edition's releases into the other's. Upper case stays valid (:data:`~workshop_data.ids.NAME`):
    data directories that have it keep loading.
    """
    try:
        entries = os.listdir(folder)
    except OSError:  # no such folder yet: nothing in it
        entries = []
    key = name.casefold()
    twin = min((e for e in {*entries, *planned} if e != name and e.casefold() == key), default=None)
    if twin is not None:
        raise WorkshopDataError(
            f"{folder / name}: {what} {name!r} differs only in case from {folder / twin}, the same folder on"
            f" macOS and Windows; use {twin!r} or another name"
        )


def new_release_folder(data_dir: str | os.PathLike[str], edition: str, name: str) -> Path:
    """The folder release ``name`` of ``edition`` is to be published in.

    Raises :class:`WorkshopDataError` when a name could not be loaded back (a path, a hidden
    folder, or ``"latest"`` in any case, which means the newest release), when a dated name is no day and
    time (:func:`~workshop_data.ids.check_dated`), when the edition's or the
    release's folder would be an existing one's but for case (:func:`check_case`) or when the
    release exists already.
    """
    check_name("edition", edition)
    check_dated(check_name("release", name))
    if name.casefold() == LATEST:  # 'LATEST' too: the same folder as 'latest' on macOS and Windows
        but_case = "" if name == LATEST else f" ({LATEST!r} but for case, the same folder on macOS and Windows)"
        raise WorkshopDataError(f"release name {name!r} is reserved{but_case}: {LATEST!r} loads the newest release")
    check_case(Path(data_dir), "edition", edition)
    check_case(Path(data_dir) / edition, "release", name)
    target = Path(data_dir) / edition / name
    if target.exists():
        raise WorkshopDataError(
            f"{target}: release {name!r} of {edition!r} exists already; releases are immutable, publish a new one"
        )
    return target


#: A publish's temporary folder beside the releases: ``.<release>.<pid>@<host>.<random>``.
TEMPORARY = re.compile(r"\.(?P<release>[A-Za-z0-9][A-Za-z0-9._-]*)\.(?P<pid>\d+)@(?P<host>[A-Za-z0-9-]*)\.\w+")
#: A temporary folder untouched for this long is stale whoever made it (a publish takes well under a second).
STALE_AFTER_SECONDS = 3600


def _host() -> str:
    """This machine's name as it goes in a temporary folder's name: ``gethostname()``'s, which
    on POSIX is the node name ``os.uname()`` gives; importing :mod:`socket` for it cost every
    import 14 M instructions (its constants made into enums)."""
    if hasattr(os, "uname"):
        name = os.uname().nodename
    else:  # pragma: no cover - Windows has no uname
        import socket

        name = socket.gethostname()
    return re.sub(r"[^A-Za-z0-9-]", "-", name)[:63]


def _running(pid: int) -> bool:
    """Whether process ``pid`` of this machine runs (True when that cannot be told)."""
    if os.name != "posix":  # os.kill would end the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process
        return True
    return True


def remove_stale_temporaries(edition_dir: Path) -> list[Path]:
    """Remove the temporary folders that publishes left behind in ``edition_dir`` (killed before
    their rename, e.g. by ``kill -9``); return them.

    A folder is stale when its name is one :func:`write_release` makes (:data:`TEMPORARY`, which
    holds the pid and the host of the process that made it) and either it was made on this
    machine by a process that no longer runs, or it has not changed for
    :data:`STALE_AFTER_SECONDS` (the only rule for folders made on another machine sharing the
    data directory, whose processes cannot be seen from here). A publish in progress is never
    removed: its process runs, and it writes its few files within a second of making the folder.
    Nothing else in the edition's folder is touched.
    """
    removed = []
    try:
        names = os.listdir(edition_dir)
    except OSError:
        return []
    now, host = time.time(), _host()
    # (a temporary folder's name begins with a dot: the releases' names are not looked at further)
    for name in (name for name in names if name.startswith(".")):
        found = TEMPORARY.fullmatch(name)
        if found is None:
            continue
        entry = edition_dir / name
        if entry.is_symlink() or not entry.is_dir():
            continue
        try:
            old = now - entry.stat().st_mtime > STALE_AFTER_SECONDS
        except OSError:
            continue
        if old or (found["host"] == host and not _running(int(found["pid"]))):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


class Run:
    """The releases of one edition published one after the other (:func:`write_release`'s
    ``run``), and what the last one published proved, for the next.

    An edition's next release differs from the last in a table or two (an import of the
    workshop's site: 1,150 of its 1,582 tables are the previous release's), yet each was keyed,
    written and compared as if alone. Each release is still written whole and read back whole by
    the one reader before it is in place; what the next one takes from the last is only what
    holds of the very same objects: a table whose records are the last release's keeps its key
    (:class:`_Tables`: not hashed again; its file, hash and the schema version's answer are found
    by it), and a table that the reader gives back as the same records as the last release's
    (the same bytes under the same declared fields, parsed once: the reader's memo) and that was
    meant as the same records is equal to what was meant, as it was found then
    (:func:`_equal_back`). Only a release published is remembered."""

    def __init__(self) -> None:
        self.tables: _Tables | None = None
        #: Each table of the last release published, as meant and as read back (found equal).
        self.proved: dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]] = {}

    def published(self, tables: _Tables, proved: dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]]) -> None:
        """Remember the release just published: its tables' keys and its tables found equal."""
        tables.last = None  # (the run keeps one release's keys, not a chain of them)
        self.tables, self.proved = tables, proved


#: The fields of a release compared by its ``__eq__`` that are tables, and the others.
_COMPARED = tuple(f.name for f in dataclasses.fields(Release) if f.compare)
_TABLES = tuple(name for name in _COMPARED if name in RESOURCES_BY_NAME and name != "workshop")
_OTHERS = tuple(name for name in _COMPARED if name not in _TABLES)


def _equal_back(
    back: Release, release: Release, proved: dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]]
) -> dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]] | None:
    """``back == release`` (the release read back, the one meant), field by field, each table
    as found equal for the last release of a run (``proved``: a table meant as the very same
    records, read back as the very same tuple) taken as equal again: the same objects on both
    sides. Each table as meant and as read back when all are equal (the next release's
    ``proved``), else None."""
    if type(back) is not type(release) or _others(back) != _others(release):
        return None
    found = {}
    for name in _TABLES:
        meant, read = getattr(release, name), getattr(back, name)
        before = proved.get(name)
        if not (before is not None and before[1] is read and _same_records(before[0], meant)) and meant != read:
            return None
        found[name] = (meant, read)
    return found


def _others(release: Release) -> tuple[Any, ...]:
    """What ``release``'s ``__eq__`` compares besides its tables."""
    return tuple(getattr(release, n) for n in _OTHERS)


def _read_back(
    folder: Path, release: Release, target: Path, proved: dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]]
) -> dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]]:
    """Read the files written in ``folder`` as a reader will and check they give back ``release``
    exactly (:func:`_equal_back`, ``proved`` by the last release of a run); a
    :class:`DataValidationError` naming the file (as it will be in ``target``), the row and the
    field otherwise. Returns each table as meant and as read back."""
    from .validation import read_release

    try:
        back = read_release(folder, name=release.name)
    except DataValidationError as exc:
        where = target / Path(exc.file).relative_to(folder) if exc.file else target
        raise DataValidationError(
            f"{exc.reason} (not published: the release would not load)", file=where, row=exc.row, field=exc.field
        ) from None
    found = _equal_back(back, release, proved)
    if found is None:
        raise WorkshopDataError(f"{target}: not published: the files do not read back as written")
    return found


def _libc_syncfs() -> Callable[[int], None] | None:
    """Linux's ``syncfs(2)`` (flush every file and folder of the file system holding an open
    descriptor, and wait for it), which :mod:`os` does not offer; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        call = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):  # pragma: no cover - a C library without it (older than glibc 2.14)
        return None

    def syncfs(fd: int) -> None:
        if call(fd) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, os.strerror(errno))

    return syncfs


@dataclass(frozen=True)
class Disk:
    """How publishing makes what it writes stay written after a power loss: ``fsync`` flushes one
    open file or folder, ``syncfs`` (None where the system has none) the whole file system of one.

    With ``syncfs`` a publication writes its releases into their temporary folders, flushes them
    all with one call, and then renames each into place, flushing its edition's folder after each
    rename (:class:`Publication`); without it each file and temporary folder is flushed as it is
    written. :data:`DISK` is the system's; a test passes one that records the calls."""

    fsync: Callable[[int], None] = os.fsync
    syncfs: Callable[[int], None] | None = None


#: The system's :class:`Disk`: :func:`os.fsync`, and Linux's ``syncfs`` where there is one.
DISK = Disk(syncfs=_libc_syncfs())


@dataclass(frozen=True)
class Staged:
    """A release written into its temporary folder ``tmp`` and read back, to be renamed to
    ``target`` (:meth:`Publication.stage`)."""

    tmp: Path
    target: Path


class Publication:
    """Releases published together: each written into a temporary folder beside its place and
    read back (:meth:`stage`), then all flushed to the disk at once (:meth:`flush`), then renamed
    into place in the order staged (:meth:`put`); what is not put in place is removed on the way
    out (a ``with`` block), with the folders made for it.

    Durable and in order: a release's files and temporary folder are on the disk before its
    rename (a rename can reach the disk before the data of the files it names: ext4's
    ``data=ordered`` flushes them first, XFS, btrfs or ``data=writeback`` need not), so a power
    loss leaves either no folder or the whole release in place, never one whose files are empty
    (which the store would skip as broken, and an import find "exists and differs"); its
    edition's folder is flushed after the rename, before the next release is renamed, so the
    release published stays published and a later one is never on the disk without it. With
    ``syncfs`` (:class:`Disk`) that is one flush of the file system for the whole publication and
    one of a folder per release: an import of the site's history (187 releases) flushes 188
    times, not 2,057 (nine files, the temporary folder and the edition's folder per release);
    ``benchmarks/README.md`` has the measurements."""

    def __init__(self, data_dir: str | Path, disk: Disk = DISK) -> None:
        self.root = Path(data_dir)
        self.disk = disk
        self.staged: list[Staged] = []
        self.created: list[Path] = []
        self.flushed = False
        # the places of the releases staged (one release twice is refused by a lookup, not a
        # walk over the staged) and the editions' folders swept of a killed publish's temporary
        # folders: once each, as this publication's own temporary folders are never stale
        self._targets: set[Path] = set()
        self._swept: set[Path] = set()

    def __enter__(self) -> Publication:
        return self

    def __exit__(self, *exc: object) -> None:
        for left in self.staged:
            shutil.rmtree(left.tmp, ignore_errors=True)
        self.staged = []
        _remove_if_empty(self.created)

    def stage(self, release: Release, run: Run | None = None) -> Staged:
        """Write ``release`` into a temporary folder beside its place and read it back
        (:func:`write_release` says what is refused); nothing of it is left when that fails.
        ``run``: as :func:`write_release`'s, this release remembered there."""
        target = new_release_folder(self.root, release.edition, release.name)
        if target in self._targets:
            raise WorkshopDataError(f"{target}: release {release.name!r} of {release.edition!r} is published twice")
        edition_dir = target.parent
        tables = _Tables(release, run.tables if run is not None else None)
        files = _release_files(release, tables)
        created: list[Path] = []
        try:
            created = _make_folders(edition_dir)
            if edition_dir not in self._swept:
                remove_stale_temporaries(edition_dir)
                self._swept.add(edition_dir)
            tmp = Path(tempfile.mkdtemp(prefix=f".{release.name}.{os.getpid()}@{_host()}.", dir=edition_dir))
        except OSError as exc:
            _remove_if_empty(created)
            raise WorkshopDataError(f"{edition_dir}: cannot write: {exc.strerror}") from exc
        self.created += created
        each = self.disk.fsync if self.disk.syncfs is None else None
        try:
            for name, data in files.items():
                _write_new(os.path.join(tmp, name), data, each)
            proved = _read_back(tmp, release, target, run.proved if run is not None else {})
            os.chmod(tmp, folder_mode())
            if each is not None:
                _sync_folder(tmp, each)
        except BaseException as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError):
                raise WorkshopDataError(f"{target}: cannot write: {exc.strerror}") from exc
            raise
        if run is not None:
            run.published(tables, proved)
        staged = Staged(tmp, target)
        self.staged.append(staged)
        self._targets.add(target)
        return staged

    def flush(self) -> None:
        """Flush every release staged to the disk: one ``syncfs`` of each file system they are on
        (one but for an edition's folder mounted or linked elsewhere; nothing where each file was
        flushed as it was written). A :class:`WorkshopDataError` when the system says it failed."""
        if self.disk.syncfs is None or not self.staged or self.flushed:
            return
        try:
            systems: dict[int, Path] = {}
            for staged in self.staged:
                systems.setdefault(os.stat(staged.tmp).st_dev, staged.tmp)
            for folder in systems.values():
                fd = open_folder(folder)
                try:
                    self.disk.syncfs(fd)
                finally:
                    os.close(fd)
        except OSError as exc:
            raise WorkshopDataError(f"{self.root}: cannot write: {exc.strerror}") from exc
        self.flushed = True

    def put(self, staged: Staged) -> Path:
        """Rename ``staged`` (flushed: :meth:`flush`) into place and flush its edition's folder;
        its folder. A :class:`WorkshopDataError` when either fails."""
        self.flush()
        try:
            os.rename(staged.tmp, staged.target)
        except OSError as exc:
            raise WorkshopDataError(f"{staged.target}: cannot write: {exc.strerror}") from exc
        self.staged.remove(staged)
        if self.created:  # a folder made for it holds a release now: it stays
            above = set(staged.target.parents)
            self.created = [made for made in self.created if made not in above]
        try:
            _sync_folder(staged.target.parent, self.disk.fsync)
        except OSError as exc:
            raise WorkshopDataError(
                f"{staged.target}: written, but the system did not confirm it is on the disk ({exc.strerror}):"
                " a power loss may undo it"
            ) from exc
        return staged.target

    def discard(self, staged: Staged) -> None:
        """Remove ``staged``'s temporary folder: it is not to be published."""
        shutil.rmtree(staged.tmp, ignore_errors=True)
        self.staged.remove(staged)
        self._targets.discard(staged.target)


def write_release(release: Release, data_dir: str | Path, run: Run | None = None, *, disk: Disk = DISK) -> Path:
    """Publish ``release`` under ``data_dir/<edition>/<name>`` and return that folder.

    Refuses to overwrite an existing release (releases are immutable) and names that could not
    be loaded back (:func:`new_release_folder`). The files are written to a temporary folder
    beside the target, read back and checked (:func:`_read_back`), given the modes the umask
    allows, flushed to the disk and renamed into place, its edition's folder flushed after
    (:class:`Publication`: durable), so a failure leaves nothing behind (not even the edition
    folder or the data directory it made for the release) and what is published loads.
    Temporary folders that earlier publishes left behind are removed first
    (:func:`remove_stale_temporaries`). ``run``: the releases of the edition published before
    it, one after the other (:class:`Run`), this one remembered there once published. ``disk``:
    how it is flushed (:class:`Disk`).
    """
    with Publication(data_dir, disk) as publication:
        return publication.put(publication.stage(release, run))


#: How long a publish waits for another one into the same data directory to end.
PUBLISH_WAIT_SECONDS = 60.0


@contextlib.contextmanager
def publishing(data_dir: str | Path) -> Iterator[Path]:
    """Hold the data directory ``data_dir`` (made when absent) for one publisher at a time, and
    give it; an import reads the releases it makes its own from, and publishes, inside.

    Two imports into one data directory at once both read the same newest release: the second
    to publish gave a new slot an id the first had just given something else (a 'Tea Party' at
    17:30 and another at 11:10, both ``tea-party``), and said its changes against a release that
    was no longer the newest. The directory is locked (``flock`` on the folder itself: nothing
    is written in it, and the lock ends with the process however it ends); a publisher waits
    for another up to :data:`PUBLISH_WAIT_SECONDS`, then a :class:`WorkshopDataError` says so.
    Where the system has no such lock (Windows, a file system that refuses it) nothing is held,
    as before. A data directory made here and left empty is removed on the way out.
    """
    root = Path(data_dir)
    created: list[Path] = []
    try:
        created = _make_folders(root)
        fd = open_folder(root)
    except OSError as exc:
        _remove_if_empty(created)
        raise WorkshopDataError(f"{root}: cannot write: {exc.strerror}") from exc
    try:
        _hold(fd, root)
        yield root
    finally:
        os.close(fd)  # (ends the lock)
        _remove_if_empty(created)


def _hold(fd: int, root: Path) -> None:
    """Lock the data directory ``root``, open as ``fd``, for this process, waiting for another
    holder up to :data:`PUBLISH_WAIT_SECONDS` (:func:`.files.lock_folder`)."""
    try:
        lock_folder(fd, wait=PUBLISH_WAIT_SECONDS)
    except TimeoutError:
        raise WorkshopDataError(
            f"{root}: another import is publishing into it (waited {PUBLISH_WAIT_SECONDS:g} s);"
            " nothing written: run again once it has ended"
        ) from None


def _write_new(path: str, data: bytes, sync: Callable[[int], None] | None = None) -> None:
    """Write ``data`` into a new file ``path``, flushed to the disk by ``sync`` (``fsync``) before
    it is closed when given (``Path.write_bytes`` without its file objects: a publish writes ~9
    files, an import of a site's history 1,650)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if sync is not None:
            sync(fd)
    finally:
        os.close(fd)


def replace_file(path: Path, data: bytes, disk: Disk = DISK) -> None:
    """Make ``path`` a file holding ``data`` (in place of the one there, if any), atomically and
    durably, as :class:`Publication` puts a release in place: written into a temporary file beside
    it (``<name>.<pid>.tmp``) and flushed (``disk.fsync``: one file, which a ``syncfs`` of the whole
    file system would outdo), renamed over it, and its folder flushed after the rename. A power
    loss leaves the file that was there or the new one, never an empty file (a rename can reach the
    disk before the data of the file it names). Raises :class:`OSError`, the temporary file removed;
    one a killed process left is the caller's to sweep (its name is the caller's file's)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        _write_new(str(tmp), data, disk.fsync)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent, disk.fsync)


def _sync_folder(folder: str | Path, sync: Callable[[int], None]) -> None:
    """Flush ``folder``'s entries to the disk (``sync`` of the folder opened for reading): a file
    made or a folder renamed in it stays there after a power loss. Not on Windows, where a folder
    cannot be opened so (NTFS journals its entries)."""
    if os.name != "posix":  # pragma: no cover - Windows
        return
    fd = open_folder(folder)
    try:
        sync(fd)
    finally:
        os.close(fd)


def _make_folders(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; return the folders made here, outermost first
    (one another process made in the meantime is not among them)."""
    missing = []
    for path in (folder, *folder.parents):  # a folder's parents are folders: none looked at past it
        if path.is_dir():
            break
        missing.append(path)
    missing.reverse()
    created: list[Path] = []
    try:
        for path in missing:
            try:
                path.mkdir()
            except FileExistsError:
                continue
            created.append(path)
    except OSError:
        _remove_if_empty(created)
        raise
    return created


def _remove_if_empty(created: list[Path]) -> None:
    """Remove the folders of ``created`` (:func:`_make_folders`) that are empty, innermost first:
    a publish that fails leaves no edition folder (or data directory) behind that it made, and
    one another publish has written into meanwhile stays."""
    for path in reversed(created):
        try:
            path.rmdir()
        except OSError:
            return

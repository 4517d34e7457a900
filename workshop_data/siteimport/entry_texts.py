"""A page's records checked for texts a release could not hold, before any release is made of them.

Why a module of its own: the page parsers (:mod:`.home`, :mod:`.papers`) return nested
:mod:`.records`, and a text in them that no release may hold (a control, bidirectional or
invisible character, one longer than a cell: :func:`workshop_data.validation.text_problem`; a
person's name or affiliation with a word mixing scripts, "Jeff Deаn" with a Cyrillic 'а':
:func:`workshop_data.validation.script_problem`) must be reported at the page version's commit,
naming the page, the person or paper and the field, not as the file of a release never
written. :func:`checked` is that rule (the readers' rule of a field's texts,
:func:`workshop_data.validation.field_problem`) for every kind of record; the walk over them and its memo
of records found held live here beside it, and nothing else of the import needs them.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from typing import Any, TypeVar, cast

from ..errors import WorkshopDataError, shown
from ..schema import AUTHORS, PEOPLE, Field
from ..validation import field_problem, names_held, texts_held
from .records import AuthorEntry, PersonEntry

_Entries = TypeVar("_Entries")


def checked(path: str, entries: _Entries) -> _Entries:
    """``entries`` (a page's :mod:`.records`), each text of which a release holds
    (:func:`workshop_data.validation.text_problem`: no control, bidirectional or invisible
    character, none longer than a cell), each name and affiliation of a person or author one
    whose words are each in one script (:func:`workshop_data.validation.script_problem`, the
    readers' rule of those fields); else a :class:`WorkshopDataError` naming the page, the
    person or paper, and the field, as the schedule's rows are (the page version is reported at
    its commit and the edition keeps its previous one), not the file of a release never written."""
    texts: list[str] = []
    met: list[object] = []
    _texts_in(entries, texts, met)
    names: list[str] = []
    for record in met:
        if type(record) in _ONE_SCRIPT:
            _one_script_texts(record, names)
    if texts_held(texts) and names_held(names):
        _remember_held(met)
        return entries
    found: list[tuple[str, str, str, Field | None]] = []
    _texts_of(entries, "", "", found)
    who, name, why = next((w, n, y) for w, n, t, f in found if (y := field_problem(f, t)) is not None)
    raise WorkshopDataError(f"{path}: {shown(who)}, field {name!r}: {why}")


#: The fields of each kind of record that hold a person's name or affiliations, whose words are
#: each in one script: those of the resource the record becomes that the schema marks
#: :attr:`~workshop_data.schema.Field.one_script` (a person's name and affiliations, an author's
#: name), by the record's field of the same name: each with its schema field, whose rule
#: (:func:`workshop_data.validation.field_problem`) its texts are held to.
_ONE_SCRIPT: dict[type, dict[str, Field]] = {
    kind: {f.name: f for f in resource.fields if f.one_script}
    for kind, resource in ((PersonEntry, PEOPLE), (AuthorEntry, AUTHORS))
}


def _one_script_texts(record: object, out: list[str]) -> None:
    """The texts of ``record``'s :data:`_ONE_SCRIPT` fields into ``out`` (each item of a tuple)."""
    for name in _ONE_SCRIPT[type(record)]:
        value = getattr(record, name)
        if isinstance(value, tuple):
            out += value
        else:
            out.append(value)


#: The fields of each kind of record :func:`_texts_of` has met.
_FIELDS: dict[type, tuple[str, ...]] = {}


#: What :func:`_texts_in` looks into, by type: a tuple's items, a record's fields (a getter of
#: them as a tuple), nothing (None).
_PARTS: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}


def _parts_of(kind: type) -> Callable[[Any], tuple[Any, ...]] | None:
    if issubclass(kind, tuple):
        return tuple
    if dataclasses.is_dataclass(kind):
        names = [f.name for f in dataclasses.fields(kind)]
        if len(names) == 1:
            return lambda value: (getattr(value, names[0]),)
        return cast(Callable[[Any], tuple[Any, ...]], operator.attrgetter(*names))
    return None


#: The records whose texts :func:`checked` found held, by identity, each kept here (so that no
#: other object takes its id) and frozen, of texts and tuples: the parsers hand the same record
#: objects for the same speaker block, committee list or paper version after version (their
#: memos), and a record found held once is not walked again. Bounded: emptied when a page's
#: records would pass the bound.
#:
#: Not the memo of :mod:`workshop_data.importer.release` (``_HELD``), though both remember
#: "held": this one holds a page's entries (:mod:`.records`: nested, not rows of any resource,
#: whose texts are each looked at, :func:`~workshop_data.validation.text_problem`), by identity
#: (the same object again: a lookup without hashing a nested entry). That one holds the
#: release's rows made from them as cells of their resource (an array's JSON cell included),
#: by value.
_HELD_RECORDS: dict[int, object] = {}


_HELD_RECORDS_SIZE = 16384


def _remember_held(records: list[object]) -> None:
    """``records`` into :data:`_HELD_RECORDS`, those of frozen classes only."""
    if len(_HELD_RECORDS) + len(records) > _HELD_RECORDS_SIZE:
        _HELD_RECORDS.clear()
    for record in records:
        params = getattr(type(record), "__dataclass_params__", None)
        if params is not None and params.frozen:
            _HELD_RECORDS[id(record)] = record


def _texts_in(value: object, out: list[str], met: list[object] | None = None) -> None:
    """Each text of records ``value`` (a record, a tuple of them) into ``out``, in no order: what
    :func:`_texts_of` finds, without whose they are (a page's are all held but for an attack or
    an accident). A record found held before (:data:`_HELD_RECORDS`, the same object) is not
    looked into; the records looked into go to ``met``, if given."""
    stack = [value]
    held = _HELD_RECORDS
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        kind = type(item)
        if kind not in _PARTS:
            _PARTS[kind] = _parts_of(kind)
        parts = _PARTS[kind]
        if parts is None:
            continue
        record = parts is not tuple
        if record:
            if held.get(id(item)) is item:
                continue
            if met is not None:
                met.append(item)
        stack.extend(parts(item))


def _texts_of(
    value: object, who: str, name: str, out: list[tuple[str, str, str, Field | None]], field: Field | None = None
) -> None:
    """Each text of records ``value`` (a record, a tuple of them) into ``out``, as (the person's
    name or the paper's title it belongs to, its field, the text, the schema's field of a name or
    affiliation, :data:`_ONE_SCRIPT`, or None)."""
    if isinstance(value, str):
        out.append((who, name, value, field))
    elif isinstance(value, tuple):
        for item in value:
            _texts_of(item, who, name, out, field)
    elif dataclasses.is_dataclass(value):
        kind = type(value)
        if kind not in _FIELDS:
            _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value))
        who = str(getattr(value, "name", "") or getattr(value, "title", "") or who)
        named = _ONE_SCRIPT.get(kind, {})
        for field_name in _FIELDS[kind]:
            _texts_of(getattr(value, field_name), who, field_name, out, named.get(field_name))

"""Frozen dataclasses whose generated methods are compiled when first used.

Python 3.11's :func:`dataclasses.dataclass` writes each method it generates (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``) as source text and
compiles it with ``exec`` when the class is made: some 5 M instructions a record of
:mod:`workshop_data.model`, at every ``import``. ``load_schedule()`` makes nine of the path's 17
records and compares only the schema's fields, so most of that compiling was for methods never
called (82 M of its 128 M of imports, 2026-12-07).

:func:`record` makes the same class, a frozen dataclass (``dataclasses.fields``, ``replace``,
``is_dataclass`` and its ``__dataclass_params__`` say so), with the methods ``dataclass``
generates, each compiled the first time it is looked up (an instance made, two compared, one
printed, ``inspect.signature`` or the docs reading ``__init__``): ``__repr__``, ``__eq__`` and
``__hash__`` made by ``dataclass`` itself on a copy of the declaration, ``__init__`` written as it
writes it (:func:`_init_of`). ``__setattr__`` and ``__delattr__``, which refuse every change, are
the same two functions written here once. ``tests/test_records.py`` holds a record to what
``dataclass(frozen=True)`` makes of the same declaration.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")

#: Each lazily made method -> the ``dataclass`` options that generate it (and no other method)
#: on a copy of the record's declaration; ``__init__`` is written by :func:`_init_of`.
_MADE_BY: dict[str, dict[str, bool]] = {
    "__init__": {},
    "__repr__": {"init": False, "repr": True, "eq": False},
    "__eq__": {"init": False, "repr": False, "eq": True, "unsafe_hash": True},
    "__hash__": {"init": False, "repr": False, "eq": True, "unsafe_hash": True},
}
_WRITTEN = ("__setattr__", "__delattr__")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: type[_T] | None = None, /, *, repr: bool = True) -> Any:
    """``@dataclass(frozen=True)`` (``repr=False``: the class writes its own ``__repr__``), the
    generated methods compiled on first use. The class has a docstring and defines none of
    those methods itself, nor ``__post_init__``, nor an ``init=False`` or ``kw_only`` field: what
    the copy ``dataclass`` reads, and :func:`_init_of`, could not say."""

    def wrap(cls: type[_T]) -> type[_T]:
        own = set(_MADE_BY).union(_WRITTEN, ["__post_init__"]).intersection(vars(cls))
        if not repr:
            own.discard("__repr__")  # the class's own
        if own or not cls.__doc__:
            raise TypeError(f"record {cls.__qualname__}: a docstring, and none of {sorted(own)}: use dataclass")
        dataclasses.dataclass(cls, init=False, repr=False, eq=False)  # the fields; nothing compiled
        unwritten = [f.name for f in dataclasses.fields(cls) if not f.init or f.kw_only]  # type: ignore[arg-type]
        if unwritten:
            raise TypeError(f"record {cls.__qualname__}: no init=False or kw_only field ({unwritten}): use dataclass")
        params = vars(cls)["__dataclass_params__"]
        params.init, params.repr, params.eq, params.frozen = True, repr, True, True
        for name in _MADE_BY:
            if name != "__repr__" or repr:
                setattr(cls, name, _Lazy(cls, name))
        _frozen(cls)
        return cls

    return wrap if cls is None else wrap(cls)


class _Lazy:
    """One generated method of a record, made when first looked up and put in its place."""

    __slots__ = ("cls", "name")

    def __init__(self, cls: type, name: str) -> None:
        self.cls, self.name = cls, name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        method = _make(self.cls, self.name)
        return method if instance is None else method.__get__(instance, owner)


def _make(cls: type, name: str) -> Any:
    """``dataclass`` run on a copy of ``cls``'s declaration with the options that generate
    ``name`` (:data:`_MADE_BY`); what it generated set on ``cls`` (``__eq__`` with ``__hash__``)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if name == "__init__":
        setattr(cls, name, _init_of(cls.__qualname__, fields))
        return vars(cls)[name]
    namespace: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,  # a class without one would be given its signature: ``__init__`` again
        "__annotations__": {f.name: f.type for f in fields},
        **{f.name: _declared(f) for f in fields},
    }
    twin: type = dataclasses.dataclass(type(cls.__name__, (), namespace), **_MADE_BY[name])
    for made in [n for n, options in _MADE_BY.items() if options == _MADE_BY[name]]:
        setattr(cls, made, vars(twin)[made])
    return vars(cls)[name]


class _Factory:
    """The default a parameter shows where a factory makes its value, as ``dataclass``'s."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _init_of(qualname: str, fields: tuple[dataclasses.Field[Any], ...]) -> Any:
    """The ``__init__`` that ``dataclass(frozen=True)`` generates for ``fields``, as it writes it
    (Python 3.11's ``_init_fn``): each field a parameter ``name: type``, its default or, where a
    factory makes it, :data:`_FACTORY` (the factory called at each call), set with
    ``object.__setattr__``. Written here, not by ``dataclass`` on a frozen copy: the copy also
    compiled the two methods :func:`_frozen` writes, some 12 M instructions of the loaders' path."""
    names: dict[str, Any] = {"__dataclass_builtins_object__": object, "_FACTORY": _FACTORY, "_return_type": None}
    params, body = ["self"], []
    for f in fields:
        names[f"_type_{f.name}"] = f.type
        value, default = f.name, ""
        if f.default_factory is not dataclasses.MISSING:
            names[f"_dflt_{f.name}"] = f.default_factory
            value, default = f"_dflt_{f.name}() if {f.name} is _FACTORY else {f.name}", "=_FACTORY"
        elif f.default is not dataclasses.MISSING:
            names[f"_dflt_{f.name}"] = f.default
            default = f"=_dflt_{f.name}"
        params.append(f"{f.name}:_type_{f.name}{default}")
        body.append(f"  __dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})")
    source = f"def __init__({','.join(params)})->_return_type:\n" + ("\n".join(body) or "  pass")
    # dont_inherit: this module's ``annotations`` future would keep ``_type_x``, not the type
    exec(compile(source, "<string>", "exec", dont_inherit=True), names)
    init = names["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init


def _declared(f: dataclasses.Field[Any]) -> dataclasses.Field[Any]:
    """A fresh ``field()`` declaring what ``f`` declares (``dataclass`` writes into the one it reads)."""
    return dataclasses.field(  # type: ignore[no-any-return, call-overload]
        default=f.default,
        default_factory=f.default_factory,
        init=f.init,
        repr=f.repr,
        hash=f.hash,
        compare=f.compare,
        metadata=f.metadata,
        kw_only=f.kw_only,
    )


def _frozen(cls: type) -> None:
    """The ``__setattr__`` and ``__delattr__`` that ``dataclass(frozen=True)`` generates for
    ``cls``, written once: every change of a field, and any of an instance of ``cls`` itself, is
    a :class:`dataclasses.FrozenInstanceError`."""
    names = frozenset(vars(cls)["__dataclass_fields__"])

    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]

    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)  # type: ignore[arg-type]

    for method in (__setattr__, __delattr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)

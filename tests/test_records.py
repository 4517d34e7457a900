"""Records (:func:`workshop_data.records.record`): the frozen dataclasses ``dataclass`` makes,
their generated methods compiled only when first used, so that the loaders' path compiles none it
does not call."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from workshop_data.records import record


@record
class Made:
    """A record declared as the model's are."""

    name: str
    order: int = 0
    tags: tuple[str, ...] = ()
    extra: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Oracle:
    """The same declaration, made by ``dataclass`` itself."""

    name: str
    order: int = 0
    tags: tuple[str, ...] = ()
    extra: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


def test_a_record_is_what_dataclass_frozen_makes_of_its_declaration() -> None:
    made, oracle = Made("a", 2, ("x",), {"k": 1}), Oracle("a", 2, ("x",), {"k": 1})
    assert str(inspect.signature(Made)) == str(inspect.signature(Oracle))
    assert repr(made) == repr(oracle).replace("Oracle(", "Made(")
    assert made == Made("a", 2, ("x",)) and made != Made("a", 3, ("x",)) and made != oracle
    assert hash(made) == hash(oracle) == hash(Made("a", 2, ("x",), {"other": 2}))
    assert made.extra == {"k": 1} and Made("b").extra == {} and Made("b").extra is not Made("b").extra
    assert [(f.name, f.type, f.compare, f.repr) for f in dataclasses.fields(Made)] == [
        (f.name, f.type, f.compare, f.repr) for f in dataclasses.fields(Oracle)
    ]
    assert repr(Made.__dataclass_params__) == repr(Oracle.__dataclass_params__)
    assert Made.__match_args__ == Oracle.__match_args__ and dataclasses.is_dataclass(Made)
    assert dataclasses.replace(made, order=5) == Made("a", 5, ("x",))
    assert pickle.loads(pickle.dumps(made)) == made and copy.deepcopy(made) == made
    for pair in ((made, oracle), (Made("b"), Oracle("b"))):
        changes = (lambda r: setattr(r, "name", "z"), lambda r: setattr(r, "new", 1), lambda r: delattr(r, "order"))
        for change in changes:
            said = []
            for one in pair:
                with pytest.raises(dataclasses.FrozenInstanceError) as refused:
                    change(one)
                said.append(str(refused.value))
            assert said[0] == said[1]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'name'"):
        Made()  # type: ignore[call-arg]


def test_a_subclass_of_a_record_is_frozen_as_dataclass_makes_it() -> None:
    @dataclass(frozen=True)
    class More(Made):
        """A frozen dataclass may extend a record, as it may a frozen dataclass."""

        size: int = 1

    more = More("a", size=3)
    assert (more.name, more.size) == ("a", 3) and more != Made("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        more.size = 4  # type: ignore[misc]


def test_a_record_refuses_what_its_copy_could_not_read() -> None:
    with pytest.raises(TypeError, match="__post_init__"):

        @record
        class Checked:
            """Checked when made: ``dataclass`` itself must see ``__post_init__``."""

            value: int

            def __post_init__(self) -> None: ...

    with pytest.raises(TypeError, match="no init=False or kw_only field"):

        @record
        class Derived:
            """A field the class makes itself, which the ``__init__`` a record writes would take."""

            value: int
            twice: int = field(init=False, default=0)

    with pytest.raises(TypeError, match="a docstring"):

        @record
        class Undocumented:
            value: int


#: The generated methods ``load_schedule()`` calls (each compiled on its first call): it makes
#: these records, and hashes and compares the schema's fields (the descriptor's, memo keys).
LOADERS_METHODS = {
    "schema.Field": {"__init__", "__eq__", "__hash__"},
    **{
        f"{name}": {"__init__"}
        for name in (
            "schema.Resource",
            "model.Person",
            "model.Slot",
            "model.Workshop",
            "model.Role",
            "model.Release",
            "talk_papers.Reviewed",
            "talk_papers.PaperMatch",
        )
    },
}


def test_the_loaders_path_compiles_only_the_record_methods_it_calls() -> None:
    """Every record's generated methods used to be compiled at import (some 5 M instructions a
    class); ``load_schedule()`` compiles those it calls and no other (no ``__repr__``, and no
    method of a talk, a paper or a material, which the newest release holds none of)."""
    probe = """
import dataclasses, sys
import workshop_data as w
w.load_schedule()
from workshop_data.records import _Lazy
for m in list(sys.modules.values()):
    for n, v in vars(m).items() if m.__name__.startswith("workshop_data.") else ():
        if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == m.__name__:
            made = [k for k in ("__init__", "__eq__", "__hash__", "__repr__") if k in vars(v)]
            made = [k for k in made if not isinstance(vars(v)[k], _Lazy)]
            own = [] if v.__dataclass_params__.repr else ["__repr__"]
            print(f"{m.__name__[14:]}.{n}", *sorted(set(made) - set(own)))
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    made = {name: set(methods) for name, *methods in (line.split() for line in out.splitlines())}
    assert {name: methods for name, methods in made.items() if methods} == LOADERS_METHODS

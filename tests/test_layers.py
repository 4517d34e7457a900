"""The package's layers: a module imports only from its own layer or the ones below (the bottom
layer from none), and no module imports itself back through others.

Why: a newcomer reads a module knowing that nothing below it depends on it, a low module (the
schema, a time's text form) is changed without reading the programs above it, and importing one
module never half-initialises another (an import cycle). Each import the source names counts:
at the top of a module, inside a function (the ones kept out of ``import workshop_data``'s path
to stay fast), under ``TYPE_CHECKING``, and by name through ``importlib.import_module`` (a
registry's modules, :data:`BY_NAME`: the package that loads its writers or directives by name
depends on each of them, so one of them importing a name back from the package is a cycle).
:data:`LAYERS` places every module; a new module is placed by its package, or the test names it.
Inside a package whose modules are the steps of one process (the site import), the same rule
holds between its modules (:data:`INNER`): there a new module is placed by name, or the tests fail.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import workshop_data
from workshop_data import cli, formats, sphinxext

PACKAGE = Path(workshop_data.__file__).parent

#: The layers, bottom first: the modules (or packages, with every module in them) of each.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("how a record is made (a frozen dataclass, its methods compiled on first use)", frozenset({"records"})),
    (
        "facts and helpers that import nothing of the package but how a record is made",
        frozenset({"defaults", "errors", "files", "memo", "placeholders", "schema", "titles", "collector", "sectors"}),
    ),
    (
        "values: ids, times, text forms, the records, links, a record's words, a release's summary",
        frozenset({"ids", "timeutil", "encoding", "model", "links", "notebook", "words", "summary"}),
    ),
    (
        "checks: a release's rules, a slot's identity, a person's, a talk's paper",
        frozenset({"validation", "identity", "aliases", "talk_papers"}),
    ),
    ("release folders: the store and the writer", frozenset({"store", "datapackage"})),
    (
        "reading releases: the loaders, what changed, times on each venue's clock",
        frozenset({"loaders", "changes", "venuetime"}),
    ),
    ("importing a schedule page", frozenset({"importer"})),
    ("writing formats; importing a site's history", frozenset({"formats", "siteimport"})),
    (
        "the programs: the package's names, the CLI, the Sphinx extension",
        frozenset({"", "__main__", "cli", "commands", "sphinxext"}),
    ),
)


#: The layers inside a package, bottom first: the package's modules (by their name in it; "" is
#: the package itself) may import only from their own layer or the ones below. Every module of
#: the package is placed. The site import (issue #9) reads a history in steps, each of which a
#: newcomer reads knowing what it stands on: the facts and the page parsers below, the one way in
#: (``history.import_site``) on top.
SITEIMPORT_LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "what the site never says, whose page a path is, the records a page gives, git",
        frozenset({"facts", "editions", "records", "git"}),
    ),
    ("the page parsers", frozenset({"home", "papers", "paperlist", "inpage_schedule"})),
    (
        "a page's records checked; an import's report; ids carried and made unique; a commit's time",
        frozenset({"entry_texts", "report", "release_ids", "dating"}),
    ),
    ("an edition's pages read version by version", frozenset({"pages"})),
    (
        "a release assembled from them; an import's schedule page joined with the home and papers pages given",
        frozenset({"assembly", "given"}),
    ),
    ("one edition's releases, commit by commit; the pinned releases", frozenset({"edition_history", "pins"})),
    ("the whole history planned; the planned releases published", frozenset({"planning", "publishing"})),
    ("the way in", frozenset({"", "history"})),
)
INNER: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {"siteimport": SITEIMPORT_LAYERS}


#: The modules that import others by name (``import_module``) -> the modules they import, read
#: from the registry they take the names from. A module that imports by name and is not here
#: fails the tests: name its registry.
BY_NAME: dict[str, Callable[[], set[str]]] = {
    "": lambda: set(workshop_data._LAZY.values()),
    "cli": lambda: {f"commands.{module}" for module in cli.COMMANDS.values()},
    "formats": lambda: {f"formats.{module}" for module, *_ in formats.FORMATS.values()},
    "sphinxext": lambda: {f"sphinxext.{name}" for name in sphinxext.MODULES},
}


def _modules() -> dict[str, Path]:
    """Each module's dotted name below the package ("" for the package itself) -> its file."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that ``name``'s source imports (``from . import x`` is module ``x``
    when there is one, else the package it names)."""
    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    here = [part for part in here if part]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)] + ([node.module] if node.module else [])
            elif node.module and node.module.split(".")[0] == "workshop_data":
                base = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:
                child = ".".join([*base, alias.name])
                found.add(child if child in modules else ".".join(base))
        elif isinstance(node, ast.Import):
            found |= {".".join(a.name.split(".")[1:]) for a in node.names if a.name.split(".")[0] == "workshop_data"}
        elif "import_module" in {getattr(node, "id", None), getattr(node, "attr", None)}:  # or importlib.import_module
            assert name in BY_NAME, f"{_shown(name)} imports modules by name: name its registry in BY_NAME"
            found |= BY_NAME[name]()
    found.discard(name)
    assert found <= modules.keys(), f"{name} imports {sorted(found - modules.keys())}, which the test cannot find"
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _layer(module: str) -> int:
    """The index in :data:`LAYERS` of the layer that holds ``module`` (by the module's name or
    the nearest package above it)."""
    parts = module.split(".")
    for end in range(len(parts), -1, -1):
        prefix = ".".join(parts[:end])
        for index, (_, members) in enumerate(LAYERS):
            if prefix in members:
                return index
    raise AssertionError(f"workshop_data.{module} is in no layer: place it in LAYERS")


def _shown(module: str) -> str:
    return f"workshop_data.{module}" if module else "workshop_data"


def test_the_import_graph_is_read() -> None:
    """The analysis finds imports of every form (so that the other tests could fail)."""
    graph = _graph()
    assert "validation" in graph["store"]  # from .validation import ...
    assert "importer.workshop" in graph["formats.jekyll"]  # inside a function
    assert "commands" in graph["commands.export"]  # from . import write_output (a name of the package)
    assert "store" in graph["sphinxext.releases"]  # from .. import store
    assert "loaders" in graph[""]  # under TYPE_CHECKING
    assert "formats.ical" in graph["formats"]  # import_module, from FORMATS
    assert "sphinxext.summaries" in graph["sphinxext"]  # import_module, from MODULES
    assert "commands.diff" in graph["cli"]  # import_module, from COMMANDS
    assert _layer("importer.release") == _layer("importer") < _layer("commands.diff")


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = [
        f"{_shown(name)} ({LAYERS[_layer(name)][0]}) imports {_shown(dep)} ({LAYERS[_layer(dep)][0]})"
        for name, deps in sorted(_graph().items())
        for dep in sorted(deps)
        # the two bottom layers import nothing of their own layer: the records' maker nothing of the package
        if _layer(dep) > _layer(name) or (_layer(name) <= 1 and _layer(dep) == _layer(name))
    ]
    assert upward == []


def _within(package: str, module: str) -> bool:
    """Whether ``module`` is ``package`` or one of its modules."""
    return module == package or module.startswith(f"{package}.")


def _inner_layer(package: str, module: str) -> int:
    """The index in ``INNER[package]`` of the layer that holds ``module`` (``package`` or one of
    its modules)."""
    name = module.removeprefix(package).removeprefix(".")
    found = [index for index, (_, members) in enumerate(INNER[package]) if name in members]
    assert len(found) == 1, f"{_shown(module)} is in {len(found)} of {package}'s layers: place it in one"
    return found[0]


def test_every_module_of_a_layered_package_is_placed_once() -> None:
    for package, layers in INNER.items():
        placed = [name for _, members in layers for name in members]
        assert len(placed) == len(set(placed)), f"{package}: a module placed in two of its layers"
        modules = {name.removeprefix(package).removeprefix(".") for name in _modules() if _within(package, name)}
        assert sorted(set(placed) - modules) == [], f"{package}'s layers name modules it does not have"
        assert sorted(modules - set(placed)) == [], f"{package}'s layers do not place these modules"


def test_no_module_of_a_layered_package_imports_from_a_layer_above_its_own() -> None:
    graph = _graph()
    upward = [
        f"{_shown(name)} ({INNER[package][_inner_layer(package, name)][0]}) imports {_shown(dep)}"
        f" ({INNER[package][_inner_layer(package, dep)][0]})"
        for package in INNER
        for name, deps in sorted(graph.items())
        if _within(package, name)
        for dep in sorted(deps)
        if _within(package, dep) and _inner_layer(package, dep) > _inner_layer(package, name)
    ]
    assert upward == []
    # (so that the test could fail: the way in imports the steps below it)
    assert "siteimport.planning" in graph["siteimport.history"]
    assert _inner_layer("siteimport", "siteimport.pages") < _inner_layer("siteimport", "siteimport.planning")


def test_no_import_cycles() -> None:
    graph = _graph()
    cycles: list[list[str]] = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for dep in sorted(graph[node]):
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = [stack.pop()]
            while component[-1] != node:
                component.append(stack.pop())
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert cycles == []

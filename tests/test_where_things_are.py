"""The README's "Where things are" map names every module of the package, and only files that are there.

Why: a newcomer finds a behaviour by that map (module -> what it holds); a module it does not
name is found by chance, and a name it keeps after a move or a split sends them to nothing.
In its right-hand column a backquoted path names a file or folder from the checkout's root; a
bare ``name.py`` after it is a module of the folder named last (``workshop_data/siteimport/``
(``git.py``, ``pages.py``) names both of that folder's modules), and so is a bare ``name/`` (a
folder in it: ``templates/``). A package's ``__init__.py`` is named by its folder.
"""

from __future__ import annotations

import argparse
import re

from conftest import REPO

PACKAGE = REPO / "workshop_data"


def _map() -> str:
    """The README's "Where things are" section."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert "\n## Where things are\n" in text, "the README has no 'Where things are' section"
    return text.split("\n## Where things are\n", 1)[1].split("\n## ", 1)[0]


def named(section: str) -> set[str]:
    """The paths (from the checkout's root) the map's right-hand column names."""
    found: set[str] = set()
    for line in section.splitlines():
        if not line.startswith("|") or line.startswith("|---"):
            continue
        folder = ""
        for token in re.findall(r"`([^`]+)`", line.strip().strip("|").split("|")[-1]):
            if token.endswith("/") and token.count("/") == 1 and folder:  # a folder inside the last one
                found.add(folder + token.rstrip("/"))
            elif "/" in token:
                folder = token if token.endswith("/") else token.rsplit("/", 1)[0] + "/"
                found.add(token.rstrip("/"))
            elif token.endswith(".py"):
                found.add(folder + token)
    return found


def test_the_map_reads_paths_as_a_reader_does() -> None:
    section = "| x | y |\n|---|---|\n| a | `workshop_data/siteimport/` (`git.py`, `pages.py`); `conf.py` |\n"
    section += "| c | `workshop_data/sphinxext/` (`base.py` and `_static/`) |\n"
    section += "| b | `workshop_data/formats/ical.py`, `frab.py`; `describe` |\n"
    assert named(section) == {
        "workshop_data/siteimport",
        "workshop_data/siteimport/git.py",
        "workshop_data/siteimport/pages.py",
        "workshop_data/siteimport/conf.py",
        "workshop_data/formats/ical.py",
        "workshop_data/formats/frab.py",
        "workshop_data/sphinxext",
        "workshop_data/sphinxext/base.py",
        "workshop_data/sphinxext/_static",
    }


def test_every_path_the_map_names_is_there() -> None:
    missing = sorted(path for path in named(_map()) if not (REPO / path).exists())
    assert missing == [], f"the README's 'Where things are' names what is not there: {missing}"


def test_the_map_names_every_module_of_the_package() -> None:
    paths = named(_map())
    modules = sorted(
        str(path.relative_to(REPO) if path.name != "__init__.py" else path.parent.relative_to(REPO))
        for path in PACKAGE.rglob("*.py")
        if path.parent == PACKAGE or (path.parent / "__init__.py").exists()
    )
    unnamed = [module for module in modules if module not in paths and module != "workshop_data"]
    assert unnamed == [], f"the README's 'Where things are' does not name these modules: {unnamed}"


def test_every_module_says_what_it_holds_and_why() -> None:
    """A module's docstring is what a newcomer reads after the map: each module has one, more than
    a title (a sentence on what it holds, and room for why it is apart)."""
    import ast

    thin = []
    for path in sorted(PACKAGE.rglob("*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        if len(doc.split()) < 6:
            thin.append(str(path.relative_to(REPO)))
    assert thin == [], f"modules without a docstring saying what they hold: {thin}"


def test_every_public_name_has_a_docstring_and_type_hints() -> None:
    """``workshop_data``'s exports are the package's public API (``help(wd.x)`` is how a notebook
    user reads it): each function and class says what it does, and each function's parameters
    and result are annotated."""
    import inspect

    import workshop_data as wd

    undocumented, unannotated = [], []
    for name in wd.__all__:
        value = getattr(wd, name)
        if not (inspect.isfunction(value) or inspect.isclass(value)):
            continue  # a constant (KINDS, __version__): its comment in its module says it
        if not (value.__doc__ or "").strip():
            undocumented.append(name)
        if inspect.isfunction(value):
            signature = inspect.signature(value)
            bare = [p for p, v in signature.parameters.items() if v.annotation is inspect.Parameter.empty]
            if bare or signature.return_annotation is inspect.Signature.empty:
                unannotated.append(f"{name}({', '.join(bare)})")
    assert undocumented == [], f"public names without a docstring: {undocumented}"
    assert unannotated == [], f"public functions without type hints: {unannotated}"


def test_every_command_says_what_it_does() -> None:
    """The CLI's commands are public too (``workshop-data COMMAND --help`` is how a user reads
    them): each has a help line and a description, and its module's ``add_parser`` and ``run``
    a docstring and type hints."""
    import inspect
    from importlib import import_module

    from workshop_data import cli

    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {c.dest: c.help for c in commands._choices_actions}
    thin = []
    for name, module_name in cli.COMMANDS.items():
        if not helps.get(name) or not commands.choices[name].description:
            thin.append(f"{name}: help or description")
        module = import_module(f"workshop_data.commands.{module_name}")
        for function in (module.add_parser, module.run):
            signature = inspect.signature(function)
            bare = [p for p, v in signature.parameters.items() if v.annotation is inspect.Parameter.empty]
            if not (function.__doc__ or "").strip() or bare or signature.return_annotation is inspect.Signature.empty:
                thin.append(f"{module_name}.{function.__name__}")
    assert thin == [], f"commands that do not say what they do: {thin}"


def test_every_config_value_of_the_extension_is_named_in_its_docstring() -> None:
    """The Sphinx extension's configuration values are its public API (a ``conf.py`` sets them):
    its package docstring names each one it registers, found by reading every module's
    ``add_config_value`` call (``workshop_data_site_pages``, read by the benchmarks, was named
    nowhere but the module that registers it)."""
    from workshop_data import sphinxext

    registered = set()
    for path in sorted((PACKAGE / "sphinxext").glob("*.py")):
        registered |= set(re.findall(r"add_config_value\(\s*\"(\w+)\"", path.read_text(encoding="utf-8")))
    assert len(registered) >= 7  # workshop_data_dir, _edition, _notebooks, _site, _site_pages, _assets, _csp
    unnamed = sorted(name for name in registered if f"``{name}``\n" not in (sphinxext.__doc__ or ""))
    assert unnamed == [], f"config values the extension's docstring does not name: {unnamed}"

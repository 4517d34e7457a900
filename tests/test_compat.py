"""What the floors check (``make test-floors``, tests/compat.py) rests on: a floor on every
dependency the package imports, and the tests it runs there still existing."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from compat import DOCS_EXTRAS, DOCS_TESTS, FLOOR_TESTS, REPO, failed_tests

PACKAGE = REPO / "workshop_data"
#: The site's extension: what it imports beyond the package's own dependencies comes with the
#: ``docs`` extra (Sphinx, myst-nb, and what they bring).
EXTENSION = PACKAGE / "sphinxext"


def dependencies() -> dict[str, str]:
    """``pyproject.toml``'s dependencies: each distribution's normalized name, and its specifier."""
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    found = (re.fullmatch(r"([A-Za-z0-9._-]+)\s*(.*)", d) for d in declared)
    return {re.sub(r"[-_.]+", "-", m.group(1)).lower(): m.group(2) for m in found if m}


def imported_distributions() -> dict[str, set[str]]:
    """The distributions the package's modules (the extension's aside) import, each with the
    modules that do."""
    providers = importlib.metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        if EXTENSION in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "workshop_data":
                    continue
                for dist in providers.get(top, [top]):
                    found.setdefault(re.sub(r"[-_.]+", "-", dist).lower(), set()).add(path.name)
    return found


def test_every_distribution_the_package_imports_is_a_dependency_with_a_floor() -> None:
    # numpy was imported (venuetime) but left to pandas: lowest-direct then paired pandas 2.1's
    # wheels, built against numpy 1, with numpy 2, and pandas failed to import
    declared = dependencies()
    imported = imported_distributions()
    assert {"pandas", "numpy", "lxml", "icalendar"} <= imported.keys()  # the scan finds imports
    undeclared = {dist: sorted(modules) for dist, modules in imported.items() if dist not in declared}
    assert undeclared == {}
    no_floor = {dist: spec for dist, spec in declared.items() if ">=" not in spec}
    assert no_floor == {}  # the floors check installs each at its floor: without one, nothing is tested


def test_each_test_the_floors_run_exists() -> None:
    # a renamed test file is not dropped from the floors check without a word
    for pattern in FLOOR_TESTS + DOCS_TESTS:
        assert list(REPO.glob(pattern)), pattern


def test_every_requirement_of_the_extras_the_docs_floors_check_has_a_floor() -> None:
    # make test-docs-floors installs each at its floor: one without a floor would go untested
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    no_floor = [f"{extra}: {req}" for extra in DOCS_EXTRAS for req in extras[extra] if ">=" not in req]
    assert no_floor == []
    assert {"sphinx>=9.0", "myst-nb>=1.4", "nbclient>=0.10"} <= set(extras["docs"])  # the scan reads them


def test_the_docs_extra_repeats_the_notebooks_floors_alike() -> None:
    # the docs extra lists the notebooks extra's kernel, nbclient and matplotlib again (the site
    # runs the notebooks): a floor raised in one alone (ipykernel's, 6.29.3) holds for it alone
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    named = [{re.split(r"[<>=!~ ]", req)[0]: req for req in extras[extra]} for extra in DOCS_EXTRAS]
    shared = named[0].keys() & named[1].keys()
    assert {"ipykernel", "nbclient", "matplotlib"} <= shared
    assert {name: named[0][name] for name in shared} == {name: named[1][name] for name in shared}


def test_a_failed_run_names_its_failed_tests(tmp_path: Path) -> None:
    # make test-compat in CI ends with one line naming what failed: the check, the step, the tests
    (tmp_path / "test_some.py").write_text(
        "import pytest\n"
        "@pytest.fixture\n"
        "def broken():\n"
        "    raise RuntimeError\n"
        "def test_passes(): pass\n"
        "def test_fails(): assert False\n"
        "@pytest.mark.parametrize('n', [1, 2])\n"
        "def test_one_fails(n): assert n == 1\n"
        "def test_errs(broken): pass\n"
    )
    report = tmp_path / "junit.xml"
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", f"--junit-xml={report}"]
    done = subprocess.run([*cmd, "test_some.py"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stdout
    assert failed_tests(report) == ["test_some::test_fails", "test_some::test_one_fails[2]", "test_some::test_errs"]
    assert failed_tests(tmp_path / "absent.xml") == []

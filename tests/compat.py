"""The Pythons and dependency versions the package says it supports, checked (make test-compat).

The suite runs on one Python with the newest dependencies; ``pyproject.toml`` promises more:
``requires-python`` and a floor on each dependency. Two checks, each in fresh venvs of its own:

``python tests/compat.py pythons [X.Y ...]``
    The wheel, installed with pip into a venv of each Python (default: 3.12 and 3.13, the ones
    above the suite's), and a user's round of it (``tests/installed_check.py``): every loader,
    the CLI, every export, ``validate``, ``import-site`` byte for byte.
``python tests/compat.py floors``
    On the lowest Python ``requires-python`` allows, the direct dependencies at their floors
    (uv's ``--resolution lowest-direct``), the test extra's tools at the newest versions those
    floors allow; then the user's round and the loaders', CLI's, diff's, exports', import's and
    validation's tests (:data:`FLOOR_TESTS`).
``python tests/compat.py docs``
    Likewise with the ``docs`` and ``notebooks`` extras at their floors too: the site built as
    ``make site`` builds it (warnings are errors, every notebook run), then the site's, the
    extension's and the notebooks' tests (:data:`DOCS_TESTS`) but the browser's.

A Python or uv that cannot be had skips the check with its reason; under ``CI=true`` it fails
(the house rule of ``tests/conftest.py``). A step that fails ends the check with one line naming
it, and pytest's failed tests: ``compat docs: FAILED after 900 s: pytest exited 1: 1 failed:
tests.test_notebooks::test_x``. uv, when not on the PATH, is installed with pip into a
scratch venv. Runs with the Python of the project's venv (``build`` and ``hatchling`` make the
wheel); standard library only otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SITE_BUNDLE = REPO.parent / "shared" / "corpus" / "mlforsystems-site.bundle"
CHECK = REPO / "tests" / "installed_check.py"
IN_CI = os.environ.get("CI", "").lower() == "true"
#: The Pythons above the suite's (3.11, the floor) that ``pythons`` installs the wheel on.
NEWER_PYTHONS = ("3.12", "3.13")
#: The tests run against the floors: what a user of the loaders, the CLI, the exports and the
#: importers meets; not the site, the notebooks or the browser, which need the docs extra.
FLOOR_TESTS = (
    "tests/test_loaders.py",
    "tests/test_venuetime.py",
    "tests/test_cli.py",
    "tests/test_diff.py",
    "tests/test_validation.py",
    "tests/test_export_*.py",
    "tests/test_import_*.py",
    "tests/test_siteimport_*.py",
)


#: The tests run against the ``docs`` and ``notebooks`` extras' floors: the site's pages, the
#: extension's directives, the notebooks run as the site runs them. Not the browser's (marked
#: ``browser``): Chromium reads the pages these tests have read, whatever built them.
DOCS_TESTS = (
    "tests/test_site.py",
    "tests/test_site_urls.py",
    "tests/test_sphinxext*.py",
    "tests/test_notebooks.py",
)
#: The extras whose floors ``docs`` installs with the package's own.
DOCS_EXTRAS = ("docs", "notebooks")


#: What ``python -m venv`` puts in a venv, not the package's to pin.
SEEDED = ("pip==", "setuptools==")


class Unavailable(Exception):
    """Something the check needs is not on this machine (a Python, uv, the site's bundle)."""


class Failed(Exception):
    """A step of the check failed: what failed, in one line (the check ends with it, exit 1)."""


def step(args: tuple[str | Path, ...]) -> str:
    """A command's name as a failure names it: the program, or the script or module a Python
    runs (``installed_check.py``, ``python -m ipykernel``)."""
    program = Path(str(args[0])).name
    if not program.startswith("python") or len(args) < 2:
        return program
    if str(args[1]) == "-m" and len(args) > 2:
        return f"python -m {args[2]}"
    return Path(str(args[1])).name


def run(*args: str | Path, **kwargs: object) -> None:
    """Run a command, printing it; a failure ends the check (:class:`Failed`, naming the step)."""
    print("+", " ".join(str(a) for a in args), flush=True)
    done = subprocess.run([str(a) for a in args], **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise Failed(f"{step(args)} exited {done.returncode}")


def failed_tests(report: Path) -> list[str]:
    """The tests a pytest JUnit XML report (``--junit-xml``) has failed or in error, as it names
    them: the module's dotted path (and class), then the test (``tests.test_x::test_y[z]``)."""
    from xml.etree import ElementTree

    if not report.is_file():  # pytest stopped before it wrote one (a usage error)
        return []
    return [
        f"{case.get('classname')}::{case.get('name')}"
        for case in ElementTree.parse(report).iter("testcase")
        if case.find("failure") is not None or case.find("error") is not None
    ]


def find_python(version: str) -> Path:
    """An interpreter of ``version`` (X.Y) that runs: ``pythonX.Y`` on the PATH (a pyenv shim
    there may name a version it does not run), else pyenv's newest build of it."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    builds = sorted(
        pyenv.glob(f"{version}.*/bin/python"),
        key=lambda p: [int(n) for n in re.findall(r"\d+", p.parts[-3])],
    )
    on_path = shutil.which(f"python{version}")
    for candidate in ([Path(on_path)] if on_path else []) + builds[::-1]:
        probe = "import sys; print('%d.%d' % sys.version_info[:2])"
        done = subprocess.run([candidate, "-c", probe], capture_output=True, text=True)
        if done.returncode == 0 and done.stdout.strip() == version:
            return candidate
    raise Unavailable(f"no Python {version} that runs (python{version} on the PATH, or {pyenv}/{version}.*)")


def find_uv(work: Path) -> Path:
    """uv: on the PATH, else installed with pip into a scratch venv in ``work``."""
    found = shutil.which("uv")
    if found:
        return Path(found)
    scratch = work / "uv-venv"
    run(sys.executable, "-m", "venv", scratch)
    done = subprocess.run([scratch / "bin" / "python", "-m", "pip", "install", "--quiet", "uv"])
    if done.returncode != 0:
        raise Unavailable("uv could not be installed with pip (pip install uv)")
    return scratch / "bin" / "uv"


def lowest_python() -> str:
    """The lowest Python ``requires-python`` allows (``>=3.11``: 3.11)."""
    spec = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"]
    match = re.fullmatch(r">=\s*(\d+\.\d+)", spec)
    assert match, f"requires-python {spec!r} is not of the form '>=X.Y'"
    return match.group(1)


def wheel(work: Path) -> Path:
    """The package's wheel, built from the repository into ``work``."""
    run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", work / "dist", REPO,
        stdout=subprocess.DEVNULL)  # fmt: skip
    return next((work / "dist").glob("workshop_data-*.whl"))


def site(work: Path) -> Path:
    """A clone of the site's history (the shared bundle), for ``import-site``."""
    if not SITE_BUNDLE.is_file():
        raise Unavailable(f"{SITE_BUNDLE} is missing")
    run("git", "clone", "--quiet", SITE_BUNDLE, work / "site")
    return work / "site"


def user_round(python: Path, work: Path, clone: Path) -> None:
    """``installed_check.py`` run by ``python``, outside the repository, on the installed package."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKSHOP_DATA_DIR")}
    outside = work / "elsewhere"
    outside.mkdir(exist_ok=True)
    run(python, CHECK, clone, cwd=outside, env=env)


def pythons(versions: list[str], work: Path) -> None:
    """The wheel on each of ``versions``, installed with pip, and a user's round of it."""
    found = {v: find_python(v) for v in versions}
    built, clone = wheel(work), site(work)
    for version, interpreter in found.items():
        env_dir = work / f"py{version}"
        run(interpreter, "-m", "venv", env_dir)
        run(env_dir / "bin" / "python", "-m", "pip", "install", "--quiet", built)
        user_round(env_dir / "bin" / "python", work, clone)


def floor_venv(work: Path, name: str, extras: tuple[str, ...] = ()) -> Path:
    """A venv ``work/name`` of the lowest Python with the direct dependencies, and ``extras``',
    at their floors (uv's ``lowest-direct``), and the package's wheel with its test extra at the
    newest versions those floors allow: the floors stay. Returns its ``bin`` folder."""
    interpreter = find_python(lowest_python())
    uv = find_uv(work)
    built = wheel(work)
    env_dir = work / name
    python = env_dir / "bin" / "python"
    run(interpreter, "-m", "venv", env_dir)
    pyproject = REPO / "pyproject.toml"
    wanted = [arg for extra in extras for arg in ("--extra", extra)]
    run(uv, "pip", "install", "--quiet", "--python", python, "--resolution", "lowest-direct", "-r", pyproject, *wanted)
    frozen = subprocess.run([uv, "pip", "freeze", "--python", python], capture_output=True, text=True, check=True)
    pins = work / f"{name}.txt"  # what the floors resolved to (venv's own pip and setuptools aside)
    pins.write_text("".join(f"{line}\n" for line in frozen.stdout.splitlines() if not line.startswith(SEEDED)))
    print(pins.read_text(), end="", flush=True)
    run(uv, "pip", "install", "--quiet", "--python", python, "-c", pins, f"{built}[test]")
    return env_dir / "bin"


def run_tests(bin_dir: Path, patterns: tuple[str, ...], markers: str, workers: str) -> None:
    """pytest of ``bin_dir``'s venv on the repository's tests matching ``patterns``, the
    repository's tree imported (``PYTHONPATH``), tests sharing a fixture in one worker."""
    tests = sorted({str(p.relative_to(REPO)) for pattern in patterns for p in REPO.glob(pattern)})
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    report = bin_dir.parent / "junit.xml"
    try:
        run(bin_dir / "pytest", "-n", workers, "--dist", "loadgroup", "-p", "no:cacheprovider", "-m", markers,
            f"--junit-xml={report}", *tests, cwd=REPO, env=env)  # fmt: skip
    except Failed as failure:
        failed = failed_tests(report)
        raise Failed(f"{failure}: {len(failed)} failed: {', '.join(failed)}" if failed else str(failure)) from None


def floors(work: Path, workers: str) -> None:
    """The dependencies at their floors on the lowest Python: the user's round and :data:`FLOOR_TESTS`."""
    bin_dir = floor_venv(work, "floors")
    user_round(bin_dir / "python", work, site(work))
    run_tests(bin_dir, FLOOR_TESTS, "not browser and not slow", workers)


def docs(work: Path, workers: str) -> None:
    """The dependencies and the :data:`DOCS_EXTRAS` at their floors on the lowest Python: the
    site built as ``make site`` builds it (warnings are errors, the notebooks run by the venv's
    kernel) and :data:`DOCS_TESTS` but the browser's."""
    bin_dir = floor_venv(work, "docs-floors", DOCS_EXTRAS)
    run(bin_dir / "python", "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3",
        stdout=subprocess.DEVNULL)  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "WORKSHOP_DATA_DIR"} | {"PYTHONPATH": str(REPO)}
    # the notebooks' cache beside the output (myst-nb's default), in the scratch folder: run anew
    run(bin_dir / "sphinx-build", "-W", "--keep-going", "-q", "-b", "html", "-c", REPO, "-d", work / "doctrees",
        REPO / "docs", work / "html", cwd=REPO, env=env)  # fmt: skip
    run_tests(bin_dir, DOCS_TESTS, "not browser", workers)


def main() -> None:
    """Parse the command line, run the check in a scratch folder, report what it took."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="check", required=True)
    versions = sub.add_parser("pythons", help="the wheel on other Pythons, as a user uses it")
    versions.add_argument("versions", nargs="*", default=list(NEWER_PYTHONS), metavar="X.Y")
    lowest = sub.add_parser("floors", help="the dependencies' floors on the lowest Python")
    lowest.add_argument("-n", dest="workers", default="2", help="pytest-xdist workers (default: 2)")
    site_floors = sub.add_parser("docs", help="the docs and notebooks extras' floors too: the site, its tests")
    site_floors.add_argument("-n", dest="workers", default="2", help="pytest-xdist workers (default: 2)")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="workshop-data-compat-") as scratch:
        try:
            if args.check == "pythons":
                pythons(args.versions, Path(scratch))
            elif args.check == "floors":
                floors(Path(scratch), args.workers)
            else:
                docs(Path(scratch), args.workers)
        except Unavailable as missing:
            if IN_CI:
                sys.exit(f"compat {args.check}: CI=true and {missing}")
            print(f"compat {args.check}: SKIPPED: {missing}")
            return
        except Failed as failure:
            sys.exit(f"compat {args.check}: FAILED after {time.monotonic() - started:.0f} s: {failure}")
    print(f"compat {args.check}: passed in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()

"""Shared fixtures. Tests that need something absent skip locally but fail when CI=true."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# the suite's hook that keeps pytest-xdist's xdist_group marks in force
from xdist_groups import pytest_collection_modifyitems  # noqa: F401

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_d9f5c59d0a0e9214.txt"
SITE_BUNDLE = SHARED / "corpus" / "mlforsystems-site.bundle"
#: The first release ever published (neurips2024/2024-11-20, schema 1.0.0): the tests that check
#: the 2024 page's facts pin it, since the newest edition and release move as the record grows.
PINNED = ("neurips2024", "2024-11-20")
SHIPPED = REPO / "workshop_data" / "data" / PINNED[0] / PINNED[1]
IN_CI = os.environ.get("CI", "").lower() == "true"


def _import_this_checkout() -> None:
    """Have this process, and every process the tests start, import the package of the checkout
    the suite runs from (:data:`REPO`) before any installed one.

    Git worktrees of the repository share one venv, whose editable install points at one checkout:
    a suite run from another without ``PYTHONPATH`` tested that one's code (the tests' files are
    this checkout's, the package imported was the other's). pytest puts ``tests/`` on the path,
    not the checkout; here the checkout comes first on ``sys.path`` and in ``PYTHONPATH``, which a
    sphinx-build, the CLI or a notebook's kernel started by a test inherits. With one checkout
    installed editable (CI, ``make test``) the same package is found either way
    (tests/test_suite_guard.py)."""
    here = str(REPO)
    imported = sys.modules.get("workshop_data")
    if imported is not None and Path(imported.__file__ or "").resolve().parent != REPO / "workshop_data":
        raise pytest.UsageError(f"workshop_data was imported from {imported.__file__} before {REPO}'s could be")
    if here not in sys.path:
        sys.path.insert(0, here)
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != here]
    os.environ["PYTHONPATH"] = os.pathsep.join([here, *inherited])


_import_this_checkout()


def require(available: bool, reason: str) -> None:
    """Skip with ``reason`` when something a test needs is absent; under CI=true, fail instead."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


@pytest.fixture
def shared() -> Path:
    """The ../shared folder (seed page, corpus pages, schemas)."""
    require(SHARED.is_dir(), f"{SHARED} is missing")
    return SHARED


@contextlib.contextmanager
def loopback_server(handler: Any) -> Iterator[str]:
    """An HTTP server of ``handler`` (a request handler class, or a partial of one) on 127.0.0.1
    at a free port, in a thread: its base URL (ending in '/'); shut down after."""
    import http.server
    import threading

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def chromium() -> str:
    """Path of a headless-capable Chromium."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    require(path is not None, "chromium is not installed (apt-get install chromium)")
    assert path is not None
    return path


@pytest.fixture
def release_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped release inside a data dir: tmp/data/neurips2024/2024-11-20."""
    target = tmp_path / "data" / "neurips2024" / "2024-11-20"
    shutil.copytree(SHIPPED, target)
    return target


@pytest.fixture(scope="session")
def site_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of the website's whole history (../shared/corpus/mlforsystems-site.bundle), made once."""
    require(SITE_BUNDLE.is_file(), f"{SITE_BUNDLE} is missing")
    require(shutil.which("git") is not None, "git is not installed")
    target = tmp_path_factory.mktemp("site") / "site"
    subprocess.run(["git", "clone", "-q", str(SITE_BUNDLE), str(target)], check=True)
    return target


def shipped_env() -> dict[str, str]:
    """This process's environment without ``WORKSHOP_DATA_DIR``: a build of the real site reads
    the shipped data whatever another test of the same worker has set."""
    return {k: v for k, v in os.environ.items() if k != "WORKSHOP_DATA_DIR"}


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder ``name`` that ``make`` fills, made once in the whole run: the first of
    pytest-xdist's workers to ask makes it, the others wait for it and share it (their temporary
    folders have one parent). For what the tests only read: a real-site build costs a minute or
    two, and each worker used to make its own. If ``make`` fails, the next to ask tries again."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder, made = shared / name, shared / f"{name}.made"
    with (shared / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released as the file closes
        if not made.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            made.touch()
    return folder


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site (conf.py, docs/, the data the loaders default to) built once with warnings as
    errors, for every worker (:func:`made_once`); the notebooks are not run (their own tests run
    them). The tests only read it."""

    def build(out: Path) -> None:
        cmd = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", "-c", str(REPO)]
        cmd += ["-D", "nb_execution_mode=off", "-d", str(out / "doctrees"), str(REPO / "docs"), str(out / "html")]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=shipped_env(), check=False)
        assert result.returncode == 0, result.stderr[-5000:]

    return made_once(tmp_path_factory, "real-site", build) / "html"


@dataclass(frozen=True)
class InstalledWheel:
    """This checkout's wheel and the ``bin`` folder of a fresh venv it is installed in."""

    wheel: Path
    bin: Path


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> InstalledWheel:
    """The wheel of this checkout (``python -m build --wheel``) installed in a fresh venv (no
    system site packages, its dependencies from the machine's package index), made once in the
    whole run for every worker (:func:`made_once`): the venv's install took ~77 s, and each test
    module that needed one made its own. The tests only read the wheel and run the venv's
    programs; the data they write goes elsewhere."""

    def install(root: Path) -> None:
        built = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(root / "wheel"), str(REPO)],
            capture_output=True,
            text=True,
        )
        assert built.returncode == 0, built.stderr[-3000:]
        wheel = next((root / "wheel").glob("workshop_data-*.whl"))
        venv.create(root / "venv", with_pip=True, system_site_packages=False)
        done = subprocess.run(
            [root / "venv" / "bin" / "python", "-m", "pip", "install", "--quiet", str(wheel)],
            capture_output=True,
            text=True,
        )
        require(done.returncode == 0, f"pip install of the wheel failed (no package index?): {done.stderr[-300:]}")

    root = made_once(tmp_path_factory, "installed-wheel", install)
    return InstalledWheel(next((root / "wheel").glob("workshop_data-*.whl")), root / "venv" / "bin")


#: The audit hook's current listener (an audit hook cannot be removed: one is added, once).
_OPENS: list[Any] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _OPENS and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENS[-1](os.fsdecode(args[0]))


@contextlib.contextmanager
def opened_below(folder: Path) -> Iterator[list[str]]:
    """The files below ``folder`` opened (by any means: ``open``, pandas, ``Path.read_bytes``)
    while the ``with`` block runs."""
    if not getattr(opened_below, "hooked", False):
        sys.addaudithook(_audit)
        opened_below.hooked = True  # type: ignore[attr-defined]
    found: list[str] = []
    prefix = f"{folder}{os.sep}"
    _OPENS.append(lambda path: found.append(path) if path.startswith(prefix) else None)
    try:
        yield found
    finally:
        _OPENS.pop()


def sphinx_built(srcdir: Path, builder: str = "html", **options: Any) -> SphinxTestApp:
    """A build of ``srcdir`` by Sphinx's test app (``options`` are its: ``confoverrides``,
    ``parallel``, ``freshenv``…), its output and warnings kept in ``status`` and ``warning``
    (``app.warning.getvalue()``), the app cleaned up even when the build raises."""
    from io import StringIO

    from sphinx.testing.util import SphinxTestApp

    app = SphinxTestApp(builder, srcdir=srcdir, status=StringIO(), warning=StringIO(), **options)
    try:
        app.build()
    finally:
        app.cleanup()
    return app


#: The package's code hash as the run started (:func:`pytest_configure`).
CODE_AT_START = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    """Hash the package's code as the run starts (in the process that reports, not in
    pytest-xdist's workers): :func:`pytest_terminal_summary` compares."""
    if not hasattr(config, "workerinput"):
        from workshop_data.sphinxext.codeversion import PACKAGE, code_hash

        config.stash[CODE_AT_START] = code_hash(PACKAGE)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Say so when the package's code changed during the run (a branch merged or checked out in
    the folder under test): tests that build twice and compare, in one process or several
    (tests/test_sphinxext_finish.py, tests/test_sphinxext_schedule.py), then compare builds of two
    versions of the code, each correct for its own, and fail; the run's results are not those of
    either version. Run the suite on a checkout that nothing changes meanwhile."""
    start = config.stash.get(CODE_AT_START, None)
    if start is None:
        return
    from workshop_data.sphinxext.codeversion import PACKAGE, code_hash

    if code_hash(PACKAGE) != start:
        terminalreporter.write_sep("!", f"the code of {PACKAGE} changed during this run", red=True)
        terminalreporter.write_line(
            "its results mix two versions of the code (failures of tests that build twice may come from that):"
            " run the suite again on a checkout nothing changes meanwhile"
        )

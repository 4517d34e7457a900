"""The suite guards itself: against a hung test (CI must go red, not stall for its 90 minutes), and
against testing another checkout's code than its own.

A browser test once waited forever for a page (Sphinx built inside the worker that held the
Playwright browser) and CI sat at 98 % until its time ran out. pytest-timeout, configured in
pyproject.toml, turns such a hang into one failed test while the other tests run on.

Several checkouts of the repository (git worktrees) share one venv, whose editable install of the
package points at one of them: a suite run from another checkout imported that one's package
(tests/conftest.py puts its own checkout first, in its process and in those the tests start).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

import workshop_data


def test_the_suite_has_a_per_test_time_limit(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.hasplugin("timeout"), "pytest-timeout is not installed"
    limit = float(pytestconfig.getini("timeout"))
    # long enough for a whole-site build beside another worker, short enough for CI's 90 minutes
    assert 5 * 60 <= limit <= 20 * 60
    # 'thread' ends the worker, and `--dist loadgroup` then waits for it forever: tried, the run
    # hung in place of the test
    assert pytestconfig.getini("timeout_method") == "signal"


@pytest.mark.slow
def test_a_hung_test_fails_in_its_worker_and_the_run_goes_on(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    # Only the hanging test's own call is limited, to 2 s. The limit is a signal, raised in whatever
    # the worker runs when it comes: shortened for the whole run ('-o timeout=2'), it also timed
    # every test's setup, teardown and report, pytest's and pytest-xdist's own code, which a loaded
    # machine (several suites on two cores) stretches past 2 s. Two suites run at once then failed
    # here at the 120 s this allowed the run, its output stopping after its last test (seen in
    # three runs, 2026-12-06 and -07); with test_after sleeping 1.9992 s, the signal ended
    # pytest's report hook in an INTERNALERROR and test_after was never reported.
    (tests / "test_hang.py").write_text(
        "import threading\n\n"
        "import pytest\n\n\n"
        "@pytest.mark.timeout(2, func_only=True)\n"
        "def test_hangs():\n"
        "    threading.Event().wait()\n\n\n"
        "def test_after():\n"
        "    assert True\n",
        encoding="utf-8",
    )
    # the project's own configuration (its method, the plugin), under pytest-xdist as `make test`
    # runs it
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(REPO / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            "-n",
            "1",
            "--dist",
            "loadgroup",
            "-q",
            str(tests),
        ],
        capture_output=True,
        text=True,
        timeout=600,  # a hang of the run itself: under the project's own limit of 900 s
        cwd=tmp_path,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "1 failed, 1 passed" in out, out
    assert "Timeout" in out, out


def test_the_suite_tests_the_checkout_it_runs_from(pytestconfig: pytest.Config, tmp_path: Path) -> None:
    # the tests' REPO is the checkout pytest runs from ...
    assert pytestconfig.rootpath == REPO
    # ... whose package this process imports ...
    assert Path(workshop_data.__file__).resolve().parent == REPO / "workshop_data"
    # ... and every process a test starts as the tests start them (the CLI, a sphinx-build, a
    # notebook's kernel: this Python, this environment), from anywhere
    started = subprocess.run(
        [sys.executable, "-c", "import workshop_data; print(workshop_data.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert Path(started.stdout.strip()).resolve().parent == REPO / "workshop_data"

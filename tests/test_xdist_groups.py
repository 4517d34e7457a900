"""``make test`` runs the suite with ``-n auto --dist loadgroup``: the tests of one ``xdist_group``
share a costly fixture or a folder they write, and must run in one worker, one after another
(tests/xdist_groups.py keeps the marks in force under pytest 9.2)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO


@pytest.mark.slow
def test_a_groups_tests_run_in_one_worker_and_set_their_fixture_up_once(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_grouped.py").write_text(
        "import os\n\nimport pytest\n\n"
        'pytestmark = pytest.mark.xdist_group("costly")\n\n\n'
        '@pytest.fixture(scope="module")\n'
        "def made():\n"
        '    with open(os.environ["GROUP_LOG"], "a") as log:\n'
        '        log.write("setup\\n")\n\n\n'
        '@pytest.mark.parametrize("n", range(4))\n'
        "def test_grouped(made, n):\n"
        '    with open(os.environ["GROUP_LOG"], "a") as log:\n'
        '        log.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")\n',
        encoding="utf-8",
    )
    (tests / "test_other.py").write_text(
        'import pytest\n\n\n@pytest.mark.parametrize("n", range(6))\ndef test_other(n):\n    pass\n', encoding="utf-8"
    )
    log = tmp_path / "group.log"
    # the project's configuration and the suite's plugin, two workers, as `make test` runs them
    command = [sys.executable, "-m", "pytest", "-c", str(REPO / "pyproject.toml"), "--rootdir", str(tmp_path)]
    command += ["-p", "no:cacheprovider", "-p", "xdist_groups", "-n", "2", "--dist", "loadgroup", "-q", str(tests)]
    env = os.environ | {"GROUP_LOG": str(log), "PYTHONPATH": os.pathsep.join([str(REPO / "tests"), str(REPO)])}
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert Counter(log.read_text("utf-8").split()) in (Counter(setup=1, gw0=4), Counter(setup=1, gw1=4))

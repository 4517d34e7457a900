"""The garbage collector around the environment's load (:mod:`workshop_data.sphinxext.envload`).

Each case builds the ``finish`` root in its own process, three times in it (fresh, a no-op, an
edited page), with a probe extension that records the collector's state at the events the
module uses; the process's state after each build is recorded too. A process that builds is left
as it found the collector; while a loaded environment is frozen the collector runs; nothing stays
frozen once a page is read again.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from conftest import shipped_env

ROOT = Path(__file__).parent / "roots" / "test-finish"
PROBE = """
import gc

LOG = []


def _at(name):
    def record(app, *args):
        LOG.append([name, gc.isenabled(), gc.get_freeze_count() > 0])
    return record


def setup(app):
    app.connect("builder-inited", _at("builder-inited"), priority=500)
    app.connect("source-read", _at("source-read"), priority=500)
    app.connect("build-finished", _at("build-finished"), priority=500)
    return {"parallel_read_safe": True}
"""
DRIVER = """
import gc, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import probe
from sphinx.cmd.build import build_main
src, out, setup = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
if setup == "disabled":
    gc.disable()
elif setup == "frozen":
    gc.freeze()
builds = []
for step in ("fresh", "no-op", "edit"):
    if step == "edit":
        page = src / "two.md"
        page.write_text(page.read_text("utf-8") + "\\nOne more line.\\n", "utf-8")
    probe.LOG.clear()
    args = ["-q", "-b", "html", "-D", "extensions=myst_parser,workshop_data.sphinxext,probe"]
    assert build_main([*args, "-d", str(out / "doctrees"), str(src), str(out / "html")]) == 0
    builds.append({"events": list(probe.LOG), "after": [gc.isenabled(), gc.get_freeze_count()]})
print(json.dumps(builds))
"""


def builds(tmp_path: Path, setup: str = "") -> list[dict[str, Any]]:
    """The probe's records of the three builds in one process, ``setup`` applied first."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    (tmp_path / "probe.py").write_text(textwrap.dedent(PROBE), "utf-8")
    cmd = [sys.executable, "-c", DRIVER, str(tmp_path), str(src), str(tmp_path / "out"), setup]
    result = subprocess.run(cmd, capture_output=True, text=True, env=shipped_env(), check=False)
    assert result.returncode == 0, result.stderr
    out: list[dict[str, Any]] = json.loads(result.stdout.splitlines()[-1])
    return out


def events(build: dict[str, Any]) -> dict[str, list[bool]]:
    return {name: state for name, *state in build["events"]}


def test_a_loaded_environment_is_frozen_and_the_collector_runs(tmp_path: Path) -> None:
    fresh, noop, edit = builds(tmp_path)
    for build in (fresh, noop, edit):
        assert build["after"] == [True, 0]  # the process left as it was found
    # after the load the collector runs, with what was alive then frozen
    assert events(noop)["builder-inited"] == [True, True]
    # a no-op reads no page: the environment stays frozen until the build ends
    assert events(noop)["build-finished"] == [True, True]
    # a page read again is purged first: the old objects can be collected while it is read
    assert events(edit)["builder-inited"] == [True, True]
    assert events(edit)["source-read"] == [True, False]


def test_a_process_that_paused_the_collector_keeps_it_paused(tmp_path: Path) -> None:
    for build in builds(tmp_path, "disabled"):
        assert build["after"] == [False, 0]
        assert all(state == [False, False] for state in events(build).values())


def test_a_process_that_froze_objects_itself_is_left_alone(tmp_path: Path) -> None:
    for build in builds(tmp_path, "frozen"):
        assert build["after"][0] is True and build["after"][1] > 0
        assert all(state == [True, True] for state in events(build).values())


TESTING_DRIVER = """
import gc, json, sys
from io import StringIO
from pathlib import Path
from sphinx.errors import SphinxError
from sphinx.testing.util import SphinxTestApp
from workshop_data.sphinxext import envload

src = Path(sys.argv[1])
conf = {"extensions": ["myst_parser", "workshop_data.sphinxext"]}


def make(**more):
    return SphinxTestApp("html", srcdir=src, confoverrides={**conf, **more}, status=StringIO(), warning=StringIO())


def state():
    return [gc.isenabled(), gc.get_freeze_count() > 0]


states = {}
app = make()
app.build()
app.cleanup()
states["built"] = state()
try:
    make(html_theme="nosuchtheme")  # the environment is loaded, then the builder's theme is not found
except SphinxError:
    states["creation failed"] = state()
app = make()  # created, never built
app.cleanup()
states["never built"] = state()
envload.release()
states["released"] = state()
app = make()
app.build()
app.cleanup()
states["built again"] = state()
print(json.dumps(states))
"""


def test_an_app_never_built_or_whose_creation_failed_leaves_the_collector_running(tmp_path: Path) -> None:
    # sphinx.testing's apps, in a process of their own: the collector was paused when the
    # configuration was read and resumed only at builder-inited, so an app whose builder could
    # not be made (a theme not found) left the whole process without a collector; one never
    # built left what was alive frozen until a later build ended, and nothing released it.
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    cmd = [sys.executable, "-c", TESTING_DRIVER, str(src)]
    result = subprocess.run(cmd, capture_output=True, text=True, env=shipped_env(), check=False)
    assert result.returncode == 0, result.stderr
    states = json.loads(result.stdout.splitlines()[-1])
    assert states == {
        "built": [True, False],
        "creation failed": [True, True],  # running; the loaded environment frozen until released
        "never built": [True, True],
        "released": [True, False],
        "built again": [True, False],
    }

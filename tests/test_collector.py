"""The collector paused for a block and resumed, or left as the process set it."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workshop_data import collector, store, validation
from workshop_data.errors import WorkshopDataError


def test_paused_for_the_block_and_resumed_after_it() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumed_when_the_block_raises() -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("x")
    assert gc.isenabled()


def test_a_collector_paused_by_the_process_stays_paused() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_process_that_froze_objects_keeps_its_collector_running() -> None:
    gc.freeze()
    try:
        with collector.paused():
            assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_program_runs_with_the_collector_off_and_its_objects_frozen_at_the_end() -> None:
    """The ``workshop-data`` program (:func:`collector.for_program`) returns main's status; the
    collector is off meanwhile, and what the run made is frozen after it, also when it raises,
    so that the interpreter's exit does not walk it."""
    states: list[bool] = []

    def main() -> int:
        states.append(gc.isenabled())
        return 3

    def failing() -> int:
        raise ValueError("x")

    try:
        assert collector.for_program(main) == 3
        assert states == [False] and not gc.isenabled() and gc.get_freeze_count() > 0
        gc.unfreeze()
        with pytest.raises(ValueError):
            collector.for_program(failing)
        assert not gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_python_m_workshop_data_is_the_program() -> None:
    """``python -m workshop_data`` runs the command as the program does: the collector is still
    off and the run's objects frozen when the interpreter exits (an ``atexit`` hook sees them)."""
    code = (
        "import atexit, gc, runpy, sys\n"
        "atexit.register(lambda: print('collector', gc.isenabled(), gc.get_freeze_count() > 0))\n"
        "sys.argv = ['workshop-data', 'editions']\n"
        "runpy.run_module('workshop_data', run_name='__main__')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("neurips2018  2018-12-08") and lines[-1] == "collector False True"


def test_reading_a_release_pauses_the_collector_and_resumes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every loader reads through ``read_release``: paused while it reads, resumed after, also
    when the release does not load."""
    states: list[bool] = []
    real = validation.read_tables

    def recording(folder: Any) -> Any:
        states.append(gc.isenabled())
        return real(folder)

    monkeypatch.setattr(validation, "read_tables", recording)
    validation.read_release(store.release_path("neurips2024", "2024-11-20"))
    assert states == [False] and gc.isenabled()
    with pytest.raises(WorkshopDataError):
        validation.read_release(tmp_path)
    assert states == [False, False] and gc.isenabled()


def test_the_loaders_and_writers_run_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loaders build their frames, and the writers their files, from records that all stay
    alive: the collector is paused meanwhile and running again after."""
    from workshop_data import formats, loaders
    from workshop_data.formats import jsonformat

    states: list[bool] = []
    real_people, real_dumps = loaders._people, jsonformat.dumps

    def people(rel: Any) -> Any:
        states.append(gc.isenabled())
        return real_people(rel)

    def dumps(*args: Any, **kwargs: Any) -> str:
        states.append(gc.isenabled())
        return real_dumps(*args, **kwargs)

    monkeypatch.setattr(loaders, "_people", people)
    monkeypatch.setattr(jsonformat, "dumps", dumps)
    assert len(loaders.load_people("neurips2024")) > 0
    assert formats.writer("json")(store.read("neurips2024")).startswith("{")
    assert states == [False, False] and gc.isenabled()

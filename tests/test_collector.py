"""The collector paused for a block and resumed, or left as the process set it."""

from __future__ import annotations

import gc

import pytest

from workshop_data import collector


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

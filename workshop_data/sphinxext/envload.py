"""The pickled build environment loaded, and kept, without the cyclic garbage collector walking it.

Sphinx loads ``environment.pickle`` on every build, a no-op too: at 1,000 editions some
hundreds of thousands of objects (the pages' titles and tables of contents as docutils nodes,
their metadata, the extension's digests). CPython's collector runs after every 700 new
container objects and, as the heap grows, collects the oldest generation too, each time walking
every object made so far; a loaded environment is not garbage, so that work finds nothing.
Counted in instructions (callgrind) on the no-op build at 1,000 editions, it was about 0.14 G of
its 0.75 G growth over the one-edition no-op (issue #13).

So the collector is paused when the configuration is read (``config-inited``: every extension
is set up, and Sphinx creates the project and loads the environment next), and at the first
event after the load (``builder-inited``) every object then alive is moved to the collector's
permanent generation (:func:`gc.freeze`) and the collector resumed: what the build makes later
is collected as usual, the environment is no longer walked. The environment's objects become
garbage only when Sphinx forgets a page (``env-purge-doc``: a page read again or removed), so
they are unfrozen then, and at the end of the build (``build-finished``), so that a process that
builds again in-process (tests, an editor) is left as it was.

Only a process whose collector runs and which froze nothing itself is touched: one that paused
the collector or froze objects for its own reasons keeps its state.
"""

from __future__ import annotations

import gc
from typing import Any


class _State:
    """What this extension did to the collector in this build."""

    paused = False
    frozen = False


def pause(app: Any, config: Any) -> None:
    """``config-inited``: pause the collector if it runs and nothing is frozen."""
    if gc.isenabled() and gc.get_freeze_count() == 0:
        gc.disable()
        _State.paused = True


def freeze(app: Any) -> None:
    """``builder-inited``: the environment is loaded; freeze what is alive and resume."""
    if _State.paused:
        _State.paused = False
        gc.freeze()
        _State.frozen = True
        gc.enable()


def unfreeze(*args: Any) -> None:
    """``env-purge-doc`` and ``build-finished``: objects frozen by :func:`freeze` are collected
    as usual again."""
    if _State.frozen:
        _State.frozen = False
        gc.unfreeze()


def setup_envload(app: Any) -> None:
    """Connect the events: pausing as late and resuming as early as the other handlers allow."""
    app.connect("config-inited", pause, priority=900)
    app.connect("builder-inited", freeze, priority=0)
    app.connect("env-purge-doc", unfreeze, priority=0)
    app.connect("build-finished", unfreeze, priority=900)

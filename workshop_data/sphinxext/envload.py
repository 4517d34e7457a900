"""The pickled build environment loaded, and kept, without the cyclic garbage collector walking it.

Sphinx loads ``environment.pickle`` on every build, a no-op too: at 1,000 editions some
hundreds of thousands of objects (the pages' titles and tables of contents as docutils nodes,
their metadata, the extension's digests). CPython's collector runs after every 700 new
container objects and, as the heap grows, collects the oldest generation too, each time walking
every object made so far; a loaded environment is not garbage, so that work finds nothing.
Counted in instructions (callgrind) on the no-op build at 1,000 editions, it was about 0.14 G of
its 0.75 G growth over the one-edition no-op (issue #13).

So the collector is paused while Sphinx loads the environment (its ``_init_env``, wrapped on
the app when this extension is set up: no event comes right before and after the load), and
before it is resumed every object then alive is moved to the collector's permanent generation
(:func:`gc.freeze`): what the build makes later is collected as usual, the environment is no
longer walked. The pause ends when the load does, however it ends: an app whose creation fails
after the load (a theme not found) leaves the collector running. (It used to be paused from
``config-inited`` to ``builder-inited``, and such an app left the process without a collector.)

The environment's objects become garbage only when Sphinx forgets a page (``env-purge-doc``: a
page read again or removed), so they are released (unfrozen) then, and at the end of the build
(``build-finished``, which an exception in the build emits too), so that a process that builds
again in-process (tests, an editor) is left as it was. An app created and never built (or whose
creation failed after the load) has no event left: what it froze is released when the next app
is set up, or by :func:`release` (a test that makes apps it does not build calls it).

Only a process whose collector runs and which froze nothing itself is touched: one that paused
the collector or froze objects for its own reasons keeps its state. If Sphinx no longer has
``_init_env``, the environment is loaded with the collector running, as without this module.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import Any


class _State:
    """What this extension did to the collector and has not undone."""

    frozen = False


def release(*args: Any) -> None:
    """Objects frozen by a load are collected as usual again (``env-purge-doc``,
    ``build-finished``, the next app's setup; callable as is)."""
    if _State.frozen:
        _State.frozen = False
        gc.unfreeze()


def _paused(init_env: Callable[..., Any]) -> Callable[..., Any]:
    """``init_env`` (the app's ``_init_env``) with the collector paused while it runs, and what
    is alive when it returns frozen, if the collector runs and nothing is frozen."""

    @functools.wraps(init_env)
    def load(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled() or gc.get_freeze_count() != 0:
            return init_env(*args, **kwargs)
        gc.disable()
        try:
            env = init_env(*args, **kwargs)
            gc.freeze()
            _State.frozen = True
            return env
        finally:
            gc.enable()

    return load


def setup_envload(app: Any) -> None:
    """Release what an app before left frozen, wrap the app's load of the environment, and
    connect the events that release what it froze."""
    release()
    init_env = getattr(app, "_init_env", None)
    if callable(init_env):
        app._init_env = _paused(init_env)
    app.connect("env-purge-doc", release, priority=0)
    app.connect("build-finished", release, priority=900)

"""The cyclic garbage collector paused for work that makes many long-lived objects and little
cyclic garbage.

CPython's collector runs after every 700 new container objects and, as the heap grows,
collects the older generations too, each time walking every object made so far. An import of a
site's whole history (:func:`workshop_data.siteimport.history.import_site`) keeps what it reads
for the whole run (every page version parsed, every release assembled, the tables written), so
those walks find almost nothing: 0.12 G of the import's 9.1 G instructions (callgrind), and the
largest resident size was the same with the collector paused (111 MB). Reading a release
(:func:`workshop_data.validation.read_release`, under every loader) is the same kind of work: at
10,010 slots some hundred thousand rows, cells and records, none garbage; the collector's walks
over them were 58 M of its 4.36 G instructions and made its time grow faster than the release
(the growth exponent from 1,008 slots 1.11 with them, 1.08 without, in CPU; issue #13); so are
the loaders building their frames and the writers their files from a release that stays alive
(``loaders._combined``, :func:`workshop_data.formats.writer`). Objects
are still freed as their last reference goes; what cycles the work leaves are collected once it
ends.

Only a process whose collector runs and which froze nothing is touched (as
:mod:`workshop_data.sphinxext.envload`): one that paused the collector or froze objects for its
own reasons keeps its state.

The ``workshop-data`` program is such work from start to end, and its process ends with the
command (:func:`for_program`): the collector stays off for its whole run, and what the run made
is frozen before the interpreter exits, whose last two full collections walk every object still
alive only to find the same nothing. In an import of the site's history the collector's walks
were 0.19 G of 6.18 G instructions: the modules' import, the walk of everything the import made
once it resumed, and the interpreter's exit (callgrind); the largest resident size was the same.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause the collector for the ``with`` block (see the module's docstring), then resume it."""
    if not gc.isenabled() or gc.get_freeze_count() != 0:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def for_program(main: Callable[[], int]) -> int:
    """``main()``, the whole work of a process that ends when it returns (the ``workshop-data``
    program), with the collector off, and what it made frozen once it returns (see the module's
    docstring): for a process of its own only, never for a call inside another program."""
    gc.disable()
    try:
        return main()
    finally:
        gc.freeze()

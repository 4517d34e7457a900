"""Data the extension keeps on the Sphinx environment: per-page mappings purged and merged like
Sphinx's own, and values that are unpickled only when a build uses them.

Sphinx loads the whole pickled environment on every build, a no-op too. Some of what the
extension keeps there is needed only when something changed: the digests' cache and the pages'
records of what they show (:mod:`.fingerprints`), tens of thousands of small objects at 1,000
editions, which a no-op build answers without (from the table of witnesses). A :class:`Packed`
value is pickled as one ``bytes`` object, which loads as one copy, and is unpickled the first
time it is asked for.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Packed(Generic[T]):
    """A value pickled as one ``bytes`` object and unpickled when :meth:`get` first asks for it
    (pickled again as the same bytes while nobody asked)."""

    __slots__ = ("_packed", "_value")

    def __init__(self, value: T) -> None:
        self._value: T | None = value
        self._packed: bytes | None = None

    def get(self) -> T:
        """The value (unpickled now if this is its first use since it was loaded)."""
        if self._packed is not None:
            self._value = pickle.loads(self._packed)
            self._packed = None
        return self._value  # type: ignore[return-value]

    def __getstate__(self) -> bytes:
        if self._packed is not None:
            return self._packed
        return pickle.dumps(self._value, pickle.HIGHEST_PROTOCOL)

    def __setstate__(self, state: bytes) -> None:
        self._value = None
        self._packed = state


class PerDoc:
    """A ``{docname: {key: str}}`` mapping stored on the environment as attribute ``attr``
    (as a :class:`Packed` value if ``packed``: for a mapping that a no-op build does not read).

    :meth:`connect` hooks it to ``env-purge-doc`` (a page being read again forgets what it
    recorded) and ``env-merge-info`` (parallel readers' records are copied back), without
    which ``-j N`` builds silently lose what the workers recorded.
    """

    def __init__(self, attr: str, *, packed: bool = False) -> None:
        self.attr = attr
        self.packed = packed

    def of(self, env: Any) -> dict[str, dict[str, str]]:
        """The mapping on ``env`` (created empty on first use)."""
        found = getattr(env, self.attr, None)
        if isinstance(found, Packed):
            return found.get()  # type: ignore[no-any-return]
        if found is None:
            found = {}
            setattr(env, self.attr, Packed(found) if self.packed else found)
        return found  # type: ignore[no-any-return]

    def put(self, env: Any, docname: str, key: str, value: str) -> None:
        """Record ``value`` under ``key`` for page ``docname``."""
        self.of(env).setdefault(docname, {})[key] = value

    def purge_doc(self, app: Any, env: Any, docname: str) -> None:
        """``env-purge-doc``."""
        self.of(env).pop(docname, None)

    def merge_info(self, app: Any, env: Any, docnames: Iterable[str], other: Any) -> None:
        """``env-merge-info``."""
        theirs = self.of(other)
        ours = self.of(env)
        for docname in docnames:
            if docname in theirs:
                ours[docname] = theirs[docname]

    def connect(self, app: Any) -> None:
        """Connect the purge and merge events."""
        app.connect("env-purge-doc", self.purge_doc)
        app.connect("env-merge-info", self.merge_info)

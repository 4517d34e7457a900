"""Results remembered within a process, for work that repeats: reading the same file of many
releases, the same row or paper of many versions of a page.

A :class:`Memo` is a bounded dict (the oldest key goes first), so that a long process (a site
build, a notebook) does not keep every result it ever made. Only results are remembered: what
raises is computed, and raises, again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """At most ``size`` results by key."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.results: dict[K, V] = {}

    def get(self, key: K, make: Callable[[], V]) -> V:
        """The result remembered for ``key``, else ``make()``'s, remembered."""
        try:
            return self.results[key]
        except KeyError:
            pass
        value = make()
        if len(self.results) >= self.size:
            del self.results[next(iter(self.results))]
        self.results[key] = value
        return value

"""Results remembered within a process, for work that repeats: reading the same file of many
releases, the same row or paper of many versions of a page.

A :class:`Memo` is bounded (the oldest result goes first), by a number of results and, for
results that can be large, by their total weight (bytes, as the caller counts them), so that a
long process (a site build, a notebook, a benchmark of ten thousand rows) does not keep every
result it ever made. Only results are remembered: what raises is computed, and raises, again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar, cast

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
R = TypeVar("R")


@functools.lru_cache(maxsize=16384, typed=True)
def made(record: type[R], *values: Any, **fields: Any) -> R:
    """``record(*values, **fields)`` (a frozen record of the model), made once: a site's
    history builds and assembles its releases again and again from pages that change little,
    with the same slots, people, roles, papers and authors (13,530 people made in an import of
    the workshop's site, most alike, before an assembly's people were remembered per import).
    Equal records are then the same objects, which the comparisons and memos downstream find
    at once (a tuple compares its items by identity first). The values are hashable and equal
    only when they are the same (``typed`` keeps ``1`` from ``True``; no aware times, which are
    equal in other zones)."""
    return record(*values, **fields)


def replaced(record: R, **changes: Any) -> R:
    """``dataclasses.replace(record, **changes)`` for a record of the model (its fields are its
    attributes, each given to its class's ``__init__``), made once (:func:`made`)."""
    record_type: Any = type(record)  # a class is hashable (by identity)
    return cast(R, made(record_type, **{**vars(record), **changes}))


class Memo(Generic[K, V]):
    """At most ``size`` results by key, weighing at most ``budget`` together."""

    def __init__(self, size: int, budget: int | None = None) -> None:
        self.size = size
        self.budget = budget
        self.results: dict[K, tuple[V, int]] = {}
        self.weight = 0

    def clear(self) -> None:
        """Forget every result (a benchmark timing a first reading in the process)."""
        self.results.clear()
        self.weight = 0

    def get(self, key: K, make: Callable[[], V], weight: int = 0) -> V:
        """The result remembered for ``key``, else ``make()``'s, remembered unless it alone
        weighs more than the budget (``weight``: what the result and its key weigh)."""
        try:
            return self.results[key][0]
        except KeyError:
            pass
        return self.keep(key, make(), weight)

    def keep(self, key: K, value: V, weight: int = 0) -> V:
        """Remember ``value`` for ``key`` (:meth:`get`'s, for a result made by the caller) and
        return it: the oldest results go first while the memo is full or over its budget, and a
        result that alone weighs more than the budget is not remembered."""
        if self.budget is not None and weight > self.budget:
            return value
        if key in self.results:  # (kept again: weighed once)
            self.weight -= self.results.pop(key)[1]
        while self.results and (
            len(self.results) >= self.size or (self.budget is not None and self.weight + weight > self.budget)
        ):
            self.weight -= self.results.pop(next(iter(self.results)))[1]
        self.results[key] = (value, weight)
        self.weight += weight
        return value

    def keep_all(self, results: Sequence[tuple[K, V]], weight: int = 0) -> None:
        """:meth:`keep` each of ``results`` (key and value), each weighing ``weight``: at once
        when they fit (a reader remembering a file's lines)."""
        fresh = {key: (value, weight) for key, value in results if key not in self.results}
        total = weight * len(fresh)
        if len(self.results) + len(fresh) <= self.size and (self.budget is None or self.weight + total <= self.budget):
            self.results.update(fresh)
            self.weight += total
            return
        for key, (value, _) in fresh.items():
            self.keep(key, value, weight)


class Recent(Generic[K, V]):
    """The last ``size`` results, their keys compared with ``==``, never hashed: for keys such as a
    page's text (a home page of NeurIPS 2022 is 325 KB, 1.3 MB in memory), which hashing walks
    whole at every look-up of a new text, where comparing stops at once for another length, and
    at the first differing character for the same. For work whose next key is most often new and
    sometimes one of the last few (a page whose front matter alone changed, a page moved to its
    folder). Only results are remembered: what raises is computed, and raises, again."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.results: list[tuple[K, V]] = []

    def clear(self) -> None:
        """Forget every result."""
        self.results.clear()

    def get(self, key: K, make: Callable[[], V]) -> V:
        """The result remembered for a key equal to ``key``, else ``make()``'s, remembered (the
        oldest going when there are more than ``size``)."""
        for seen, value in self.results:
            if seen == key:
                return value
        value = make()
        self.results.append((key, value))
        if len(self.results) > self.size:
            del self.results[0]
        return value


class ByIdentity(Generic[V]):
    """The last ``size`` results by the identity of the object they were made from, each kept with
    its object (so that no other object takes its id while it is here): for an object whose
    value is costly to hash or compare (a page of some hundred kilobytes) and that the callers
    share (the parsers of one page version read the same text object). An equal object of
    another identity is a miss. Only results are remembered: what raises is computed, and
    raises, again."""

    def __init__(self, size: int) -> None:
        self._memo: Memo[tuple[Hashable, ...], tuple[object, V]] = Memo(size)

    def clear(self) -> None:
        """Forget every result."""
        self._memo.clear()

    def get(self, key: object, make: Callable[[], V], *also: Hashable) -> V:
        """The result remembered for ``key`` itself (and the values ``also``, which the result
        depends on besides it), else ``make()``'s, remembered."""
        at = (id(key), *also)
        kept, value = self._memo.get(at, lambda: (key, make()))
        return value if kept is key else self._memo.keep(at, (key, make()))[1]

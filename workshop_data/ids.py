"""Identifiers: how slot, talk and person ids are made from what the page prints.

Every id made here matches :data:`workshop_data.schema.ID_PATTERN` (which readers enforce): a
slug is cut to :data:`MAX_SLUG` characters, leaving room for the ``-N`` that makes it unique.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

#: The longest slug (the pattern allows 100 characters; ``unique`` may add ``-N``).
MAX_SLUG = 90


def ascii_fold(text: str) -> str:
    """``text`` in ASCII, accents taken off and other characters dropped: ``"Zürich"`` -> ``"Zurich"``."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_DROPPED = re.compile(r"['’&*]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=65536)  # an import makes the ids of the same names again and again
def slugify(text: str, max_words: int | None = None) -> str:
    """Lower-case ASCII words joined by '-': ``"Q&A"`` -> ``"qa"``, ``"Jeff Dean"`` -> ``"jeff-dean"``."""
    ascii_text = _DROPPED.sub("", ascii_fold(text).lower())
    words = [w for w in _NOT_WORD.split(ascii_text) if w]
    if max_words is not None:
        words = words[:max_words]
    return _cut("-".join(words))


def _cut(slug: str) -> str:
    """``slug`` cut to :data:`MAX_SLUG` characters (not ending in '-'); ``"x"`` when empty."""
    return slug[:MAX_SLUG].rstrip("-") or "x"


def unique(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken yet."""
    if not isinstance(taken, set | frozenset):  # a set is looked into as it is, not copied
        taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def slot_id(label: str, title: str, first_speaker: str | None, taken: Iterable[str]) -> str:
    """A new slot's id: its label (or title), and its first speaker's name when it has one (the
    name alone for a row that prints only its speaker)."""
    if first_speaker and not (label or title):
        return unique(slugify(first_speaker), taken)
    base = slugify(label or title or "slot", max_words=5)
    if first_speaker:
        base = _cut(f"{base}-{slugify(first_speaker)}")
    return unique(base, taken)


def talk_id(title: str, taken: Iterable[str]) -> str:
    """A new talk's id: the first five words of its title."""
    return unique(slugify(title, max_words=5), taken)


def person_id(name: str, taken: Iterable[str]) -> str:
    """A new person's id: the name as a slug."""
    return unique(slugify(name), taken)

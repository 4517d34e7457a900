"""Identifiers: how slot, talk and person ids are made from what the page prints."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def ascii_fold(text: str) -> str:
    """``text`` in ASCII, accents taken off and other characters dropped: ``"Zürich"`` -> ``"Zurich"``."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str, max_words: int | None = None) -> str:
    """Lower-case ASCII words joined by '-': ``"Q&A"`` -> ``"qa"``, ``"Jeff Dean"`` -> ``"jeff-dean"``."""
    ascii_text = re.sub(r"['’&*]", "", ascii_fold(text).lower())
    words = [w for w in re.split(r"[^a-z0-9]+", ascii_text) if w]
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words) or "x"


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
    """A new slot's id: its label (or title), and its first speaker's name when it has one."""
    base = slugify(label or title or "slot", max_words=5)
    if first_speaker:
        base = f"{base}-{slugify(first_speaker)}"
    return unique(base, taken)


def talk_id(title: str, taken: Iterable[str]) -> str:
    """A new talk's id: the first five words of its title."""
    return unique(slugify(title, max_words=5), taken)


def person_id(name: str, taken: Iterable[str]) -> str:
    """A new person's id: the name as a slug."""
    return unique(slugify(name), taken)

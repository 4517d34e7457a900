"""The reviewed alias table: spellings of one person's name that evidence alone cannot settle.

People get one id across editions by their normalised name
(:func:`workshop_data.identity.normalise`: case, accents and punctuation ignored). Within an
edition, :func:`workshop_data.identity.carry_ids` also follows a corrected spelling from one
release to the next (same slot, close name). Across editions there is no such evidence, so a
respelling is listed here, by hand, with the reason it is the same person. Two different people
are never merged: an entry needs evidence from the pages (the same affiliation, bio or photo).
"""

from __future__ import annotations

#: Normalised spelling -> normalised canonical spelling, with the evidence checked.
ALIASES: dict[str, tuple[str, str]] = {
    "natasha jacques": (
        "natasha jaques",
        "NeurIPS 2024 pages printed 'Jacques' until upstream fb7d513 ('Update name.') corrected it; "
        "same photo (jacques.jpg) and bio (University of Washington, Google DeepMind)",
    ),
}


def canonical(normalised_name: str) -> str:
    """The canonical normalised spelling of a normalised name."""
    entry = ALIASES.get(normalised_name)
    return entry[0] if entry else normalised_name

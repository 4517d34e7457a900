"""The kind of a schedule row, from its printed label (the vocabulary of :data:`schema.KINDS`).

Apart from the section parser because three readers ask it: the schedule page's sections, the
in-page schedules of the site's history (:mod:`workshop_data.siteimport.inpage_schedule`), and
the Jekyll export, which writes a ``data-kind`` only where the label does not already say it.
"""

from __future__ import annotations

import functools
import re

#: Label keywords of each kind, tried in this order (so "Lunch Break" is lunch, not a break).
KEYWORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("keynote", r"\bkeynotes?\b|\bplenary\b"),
        ("panel", r"\bpanels?\b|\bdebates?\b"),
        ("qa", r"\bq\s*&\s*a\b|\bq and a\b|\bquestions\b"),
        ("poster", r"\bposters?\b"),
        ("lunch", r"\blunch\b"),
        ("break", r"\bbreaks?\b|\bcoffee\b"),
        ("contributed", r"\bcontributed\b|\bspotlights?\b|\borals?\b|\blightning talks?\b"),
        ("invited", r"\binvited\b"),
        ("opening", r"\bopening\b|\bwelcome\b|\bintroduction\b|\bintroductory\b"),
        ("closing", r"\bclosing\b|\bconcluding\b|\bawards?(?:\s+(?:ceremony|session|presentation))?\s*$"),
        ("social", r"\breception\b|\bdinner\b|\bsocial\b|\bhappy hour\b|\bnetworking\b|\bparty\b"),
    )
)

#: Labels that say someone speaks but not whether the talk is invited or contributed.
GENERIC_SPEAKER_LABELS = frozenset({"", "speaker", "speakers", "presenter", "presenters", "talk", "talks"})

#: Words of a label that announce a person after the colon ("Keynote Speaker: Name").
ROLE_WORDS = re.compile(r"\b(?:speakers?|presenters?|presented by|keynote|invited)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)  # rows are read again and again; their labels repeat
def keyword_kind(label: str) -> str | None:
    """The kind a label names by keyword (``"Coffee Break"`` -> ``"break"``), else None."""
    for kind, pattern in KEYWORDS:
        if pattern.search(label):
            return kind
    return None


def is_generic(label: str) -> bool:
    """Whether a label only says that someone speaks (``"Speaker"``)."""
    return label.strip().lower() in GENERIC_SPEAKER_LABELS


def kind_of(
    label: str, *, has_speakers: bool, has_talks: bool, has_title: bool, presented_elsewhere: bool
) -> str | None:
    """The kind of a row, or None when nothing on the row tells it (then it is kept as 'other').

    * a label keyword decides (Keynote, Panel, Q&A, Poster, Lunch, Break, Contributed…);
    * a speaker under a topic label ("Hardware: Name") is an invited talk, as is a speaker the
      page presents elsewhere (a link to their bio, a bio in the speakers section) under a
      generic label ("Speaker: Name") or none;
    * a speaker under a generic label or none, presented nowhere else, is not classified: the
      row does not say whether the talk is invited or contributed (NeurIPS 2024's first schedule
      printed ``<i>Title, Natasha Jacques</i>`` for what its later versions call an invited
      talk), and a kind the page does not give is not invented. A site's history settles it
      from the edition's other pages of the same version (the home page's speakers, the
      accepted papers: :func:`workshop_data.siteimport.assembly.settle_kinds`);
    * a block of talks, or a bare title with no label, is contributed talks.
    """
    kind = keyword_kind(label)
    if kind is not None:
        return kind
    if has_speakers:
        return "invited" if presented_elsewhere or not is_generic(label) else None
    if has_talks or (has_title and not label):
        return "contributed"
    return None

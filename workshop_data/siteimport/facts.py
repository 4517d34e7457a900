"""The reviewed facts of each edition that its pages never say (or contradict).

The site's pages print the series, the conference, the day and the venue in a free-text
``site_description``; they never print the venue's time zone, and some versions name the wrong
conference year (NeurIPS 2023 pages reading "NeurIPS 2022"). Everything here was checked by
reading the pages and the conference's own announcements; each entry that overrides what a page
printed becomes a :class:`~workshop_data.model.Correction` row with its reason, so the data says
what it changed and why. NeurIPS 2020 and 2021 were virtual: their zone is the one the page's
times are written in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: Where the reviewed facts are, from the package's folder: a correction's reason and an error
#: name it, so that a reader of the data knows where the fact was read by hand.
REVIEWED_IN = "siteimport/facts.py"


@dataclass(frozen=True)
class EditionFacts:
    """What the pages of an edition never settle, reviewed by hand."""

    edition: str
    conference: str
    #: The venue's IANA time zone (for a virtual edition, the zone its times are written in).
    timezone: str
    #: Why this zone: what the page or the conference says.
    timezone_reason: str
    #: The workshop's day as the final pages print it; only used to tell which edition a root
    #: page of unknown edition belongs to at a commit date, never written into the data.
    day: dt.date
    series: str = "ML for Systems"


FACTS: dict[str, EditionFacts] = {
    f.edition: f
    for f in (
        EditionFacts(
            "neurips2018",
            "NeurIPS 2018",
            "America/Toronto",
            "NeurIPS 2018 was held in Montréal (Palais des congrès); Montréal keeps Eastern time.",
            dt.date(2018, 12, 8),
        ),
        EditionFacts(
            "isca2019",
            "ISCA 2019",
            "America/Phoenix",
            "ISCA 2019 was held in Phoenix, Arizona (FCRC 2019), which keeps MST all year.",
            dt.date(2019, 6, 23),
        ),
        EditionFacts(
            "neurips2019",
            "NeurIPS 2019",
            "America/Vancouver",
            "The pages name the Vancouver Convention Centre.",
            dt.date(2019, 12, 14),
        ),
        EditionFacts(
            "neurips2020",
            "NeurIPS 2020",
            "America/Los_Angeles",
            "Virtual ('Zoomville'); the schedule's times are written at UTC-08:00 (data-value-start), "
            "Pacific time, NeurIPS 2020's own zone.",
            dt.date(2020, 12, 12),
        ),
        EditionFacts(
            "neurips2021",
            "NeurIPS 2021",
            "America/Los_Angeles",
            "Virtual ('Zoomville'); the schedule's times are written in Pacific time (UTC-08:00), "
            "the zone the page's time-zone menu converts from.",
            dt.date(2021, 12, 13),
        ),
        EditionFacts(
            "neurips2022",
            "NeurIPS 2022",
            "America/Chicago",
            "The pages name New Orleans (Central time).",
            dt.date(2022, 12, 3),
        ),
        EditionFacts(
            "neurips2023",
            "NeurIPS 2023",
            "America/Chicago",
            "The pages name the New Orleans Convention Center (Central time).",
            dt.date(2023, 12, 16),
        ),
        EditionFacts(
            "neurips2024",
            "NeurIPS 2024",
            "America/Vancouver",
            "The pages name the Vancouver Convention Center (Pacific time).",
            dt.date(2024, 12, 15),
        ),
        EditionFacts(
            "neurips2025",
            "NeurIPS 2025",
            "America/Los_Angeles",
            "The pages name the San Diego Convention Center (Pacific time).",
            dt.date(2025, 12, 6),
        ),
    )
}

#: The site's folders named otherwise than the edition they hold: folder -> edition. The import
#: reads their pages as the edition's; the website redirects their old URLs to the edition's
#: pages (:mod:`workshop_data.sphinxext.legacy`).
OLD_FOLDERS: dict[str, str] = {
    # 2019-04-27 "creating a separate folder for neurips workshop", deleted the next day when
    # the pages moved to neurips2018/: the same edition.
    "neurips.2018": "neurips2018",
}

#: Names the site gives an edition other than its own (a folder, or the conference as a page
#: printed it): name -> edition.
EDITION_ALIASES: dict[str, str] = {
    **OLD_FOLDERS,
    # The conference was called NIPS until it was renamed NeurIPS in November 2018; the 2018
    # pages say "NIPS 2018" until upstream 3c72395 ("Update the name of the conference to NeurIPS").
    "nips2018": "neurips2018",
}


@dataclass(frozen=True)
class PinnedRelease:
    """A release published before the history import: import-site writes it as it was."""

    edition: str
    name: str
    #: The upstream commit (``Original-commit:`` trailer) whose schedule page it was made from.
    upstream: str
    published: dt.datetime
    schema_version: str
    #: The sha256 of its ``datapackage.json`` as published, which holds every file's: a commit's
    #: ``Original-commit:`` trailer is text anyone can write, and a page that does not give these
    #: bytes is not the one it was made from.
    descriptor_sha256: str


#: Releases shipped before the history was imported (their bytes are pinned by tests).
PINNED: tuple[PinnedRelease, ...] = (
    PinnedRelease(
        "neurips2024",
        "2024-11-20",
        "ca5d44381508ef0cceaff3453d94388d7e2ffa72",
        dt.datetime(2024, 11, 20, tzinfo=dt.UTC),
        "1.0.0",
        "sha256:c95776677b3017c2547ee3bb25f8af80f7dfa2c745e5fe66b30521fe0bb6e719",
    ),
)


@dataclass(frozen=True)
class ReadTime:
    """A time cell whose printed text contradicts its ``data-value-start`` (the moment the page's
    script shows), decided by reading the page: the slot keeps the moment's time, and the data
    records what the cell printed as a correction of the slot's start."""

    edition: str
    #: The slot's label as printed.
    label: str
    #: The cell's text and its ``data-value-start``, as the page has them.
    printed: str
    moment: str
    reason: str


#: The time cells read by hand (:mod:`.inpage_schedule` warns of every contradicted cell).
READ_TIMES: tuple[ReadTime, ...] = (
    ReadTime(
        "neurips2022",
        "Closing",
        "17:40",
        "2021-12-13T16:40:00.000-06:00",
        "the cell prints 17:40, left from NeurIPS 2021's row (17:40 at 2021-12-13T17:40:00.000-08:00); "
        "the 2022 page's own edit (upstream eb39f9c, 2022-11-06) moved the "
        "data-value-start to 16:40 at -06:00, New Orleans' Central time, which the page's script "
        "shows; the last talk ends at 4:40PM (Riyadh Baghdadi, 3:55PM - 4:40PM; 4:30PM before the "
        "workshop day's 'PM timing changes', upstream 765ed8a) and the detailed schedule has nothing after 4:30 p.m., "
        "so 17:40 would leave an hour empty: the closing starts at 16:40 (read by hand, "
        f"{REVIEWED_IN})",
    ),
)

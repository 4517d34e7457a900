"""Synthetic data for the site's tests: several editions with speakers, committees, papers and a
release history, written with ``write_release`` from the shipped release (never shipped).

Every edition is the shipped NeurIPS 2024 day moved to the edition's date and zone, with its own
speakers' photos and bios, an organizing and a steering committee, and papers whose authors
include people of other editions (so person pages gather several editions).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from conftest import SHIPPED

from workshop_data.datapackage import write_release
from workshop_data.model import Author, Paper, PaperMaterial, Person, Release, Role
from workshop_data.validation import read_release


@dataclasses.dataclass(frozen=True)
class EditionSpec:
    name: str
    conference: str
    day: dt.date
    timezone: str = "America/Vancouver"
    papers: int = 3
    releases: int = 1
    #: The invited talks' times printed "TBD" (no start, no end), as NeurIPS 2021's page did.
    tbd: bool = False


#: Every edition of the old site, oldest first (the legacy URLs name them all).
ALL_EDITIONS: tuple[EditionSpec, ...] = (
    EditionSpec("neurips2018", "NeurIPS 2018", dt.date(2018, 12, 8), "America/Montreal"),
    EditionSpec("isca2019", "ISCA 2019", dt.date(2019, 6, 23), "America/Phoenix", papers=2),
    EditionSpec("neurips2019", "NeurIPS 2019", dt.date(2019, 12, 14)),
    EditionSpec("neurips2020", "NeurIPS 2020", dt.date(2020, 12, 12), "America/Los_Angeles"),
    EditionSpec("neurips2021", "NeurIPS 2021", dt.date(2021, 12, 14), "America/Los_Angeles", papers=0, tbd=True),
    EditionSpec("neurips2022", "NeurIPS 2022", dt.date(2022, 12, 3), "America/Chicago"),
    EditionSpec("neurips2023", "NeurIPS 2023", dt.date(2023, 12, 16), "America/Chicago"),
    EditionSpec("neurips2024", "NeurIPS 2024", dt.date(2024, 12, 15), releases=2),
    EditionSpec("neurips2025", "NeurIPS 2025", dt.date(2025, 12, 6), "America/Los_Angeles", papers=4),
)
#: A small site: three editions.
FEW_EDITIONS = (ALL_EDITIONS[6], ALL_EDITIONS[7], ALL_EDITIONS[8])

ORGANIZERS = (
    Person("mimee-xu", "Mimee Xu", ("NYU",), links=("https://twitter.com/MimeeXu",)),
    Person("dan-zhang", "Dan Zhang", ("Google DeepMind",), links=("https://www.linkedin.com/in/danzhang3",)),
)
STEERING = (Person("martin-maas", "Martin Maas", ("Google DeepMind",), links=("https://twitter.com/martin_maas",)),)
AUTHORS = (
    Person("ada-lovelace", "Ada Lovelace", ("Analytical Engines",)),
    Person("grace-hopper", "Grace Hopper", ("US Navy",)),
    Person("alan-turing", "Alan Turing", ("NPL",)),
    Person("edsger-dijkstra", "Edsger W. Dijkstra", ("UT Austin",)),
)


def edition_release(base: Release, spec: EditionSpec, index: int) -> Release:
    """The shipped day as edition ``spec``: moved to its day, with roles, photos and papers."""
    shift = dt.datetime.combine(spec.day, dt.time()) - dt.datetime.combine(base.workshop.date, dt.time())
    slots = [
        dataclasses.replace(s, start=s.start + shift if s.start else None, end=s.end + shift if s.end else None)
        for s in base.slots
    ]
    for i, s in enumerate(slots):
        if spec.tbd and s.kind == "invited":
            slots[i] = dataclasses.replace(s, start=None, end=None, end_derived=False)
            if i and slots[i - 1].end_derived:  # no end is taken from a "TBD" row
                slots[i - 1] = dataclasses.replace(slots[i - 1], end=None, end_derived=False)
    speakers = tuple(
        dataclasses.replace(
            p,
            photo_url=f"https://mlforsystems.org/assets/images/speakers/{p.person_id}.jpg",
            bio=f"{p.name} works on systems ({spec.conference}).\n\nA second paragraph of the bio.",
        )
        for p in base.people
    )
    roles: list[Role] = []
    for p in speakers:
        kind = "keynote" if p.person_id == "jeff-dean" else "invited"
        roles.append(
            Role(len(roles) + 1, p.person_id, kind, "Speakers", kind.capitalize() + " Speaker", f"A talk by {p.name}")
        )
    for p in ORGANIZERS:
        roles.append(Role(len(roles) + 1, p.person_id, "organizer", "Organizing Committee"))
    for p in STEERING:
        roles.append(Role(len(roles) + 1, p.person_id, "steering", "Steering Committee"))
    papers, authors, links = [], [], []
    for n in range(1, spec.papers + 1):
        pid = f"{spec.name}-paper-{n}"
        papers.append(
            Paper(
                pid,
                n,
                f"Learning {['caches', 'schedulers', 'compilers', 'indexes'][n % 4]} for {spec.conference} #{n}",
                abstract=f"We study learned systems, part {n}.",
                pdf_url=f"https://mlforsystems.org/assets/papers/{spec.name}/paper{n}.pdf",
                award="Best Paper Award" if n == 1 else "",
                presentation="spotlight" if n == 2 else "poster",
            )
        )
        if n == 1:  # a paper's other links (schema 2.6.0): its OpenReview page and its poster
            links.append(PaperMaterial(pid, "paper", f"https://openreview.net/forum?id={spec.name}-{n}"))
            for poster in ("a", "b"):  # two poster images, as NeurIPS 2022's HEAT has
                links.append(
                    PaperMaterial(
                        pid, "poster", f"https://mlforsystems.org/media/PosterPDFs/{spec.name}/{n}{poster}.png"
                    )
                )
        for pos, person in enumerate((AUTHORS[(index + n) % 4], AUTHORS[(index + n + 1) % 4]), start=1):
            authors.append(Author(pid, pos, person.person_id, person.name, equal_contribution=pos == 1 or None))
    people = (
        *speakers,
        *ORGANIZERS,
        *STEERING,
        *(a for a in AUTHORS if any(x.person_id == a.person_id for x in authors)),
    )
    workshop = dataclasses.replace(
        base.workshop,
        edition=spec.name,
        conference=spec.conference,
        date=spec.day,
        timezone=spec.timezone,
        room="West Room 201",
        site_description=f"Workshop on ML for Systems at {spec.conference}, {spec.day:%B %d}",
        mini_site_description=f"ML for Systems at {spec.conference}",
    )
    published = dt.datetime.combine(spec.day - dt.timedelta(days=20), dt.time(), tzinfo=dt.UTC)
    return dataclasses.replace(
        base,
        name=f"{published:%Y-%m-%d}",
        published=published,
        workshop=workshop,
        slots=tuple(slots),
        people=people,
        roles=tuple(roles),
        papers=tuple(papers),
        authors=tuple(authors),
        paper_materials=tuple(links),
        schema_version=None,
    )


def later(release: Release, days: int, title: str) -> Release:
    """A later release of the same edition, its first slot retitled."""
    first = dataclasses.replace(release.slots[0], title=title, title_myst=title)
    published = release.published + dt.timedelta(days=days)
    return dataclasses.replace(
        release, name=f"{published:%Y-%m-%d}", published=published, slots=(first, *release.slots[1:])
    )


def write_site_data(root: Path, specs: Sequence[EditionSpec] = FEW_EDITIONS) -> list[Release]:
    """Write the editions into data directory ``root``; return each edition's latest release."""
    base = read_release(SHIPPED)
    out = []
    for index, spec in enumerate(specs):
        rel = edition_release(base, spec, index)
        write_release(rel, root)
        for n in range(1, spec.releases):
            rel = later(rel, n, f"Retitled keynote, version {n}")
            write_release(rel, root)
        out.append(rel)
    return out

"""Synthetic data for the scale benchmarks: big editions and many editions, never shipped.

Every size is built from the shipped release (14 slots, 4 talks, 5 people), so the data looks
like the real thing and passes every check of ``read_release``:

* :func:`over_days` — one edition whose day is repeated on ``days`` consecutive days, every id,
  name and title made distinct; talks and people scale with it. Roles (each speaker's role),
  papers (one per talk, each with two authors) scale too, so every loader reads rows.
  :data:`SLOT_SIZES` are the benchmarks' sizes: 1, 10, 72 and 715 days make 14, 140, 1,008 and
  10,010 slots.
* :func:`editions` — ``n`` editions, each the shipped release under another name, a day
  after the one before (:data:`EDITION_SIZES`: 1, 10, 100, 1,000).

Both write through :func:`workshop_data.datapackage.write_release`, so the files are what the
package itself publishes (schema 2.0.0 when roles or papers are present).

Run ``python benchmarks/synthetic.py DATA_DIR --slots 1008`` (or ``--editions 100``) to write a
data directory by hand, e.g. to build a site from it with ``WORKSHOP_DATA_DIR``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from harness import SHIPPED  # benchmarks/ is on sys.path when a script here runs

from workshop_data.datapackage import write_release
from workshop_data.model import Author, Paper, Release, Role
from workshop_data.validation import read_release

#: Slots per day in the shipped release.
DAY = 14
#: One edition's sizes (slots): 1, 10, 72 and 715 days.
SLOT_SIZES = (14, 140, 1_008, 10_010)
#: Numbers of editions.
EDITION_SIZES = (1, 10, 100, 1_000)
ROLE_OF_KIND = {"keynote": "keynote", "invited": "invited", "panel": "panelist"}


def shipped() -> Release:
    """The shipped release (the template of every synthetic one)."""
    return read_release(SHIPPED)


def over_days(
    release: Release,
    days: int,
    *,
    papers: bool = True,
    edit: Callable[[Release], Release] | None = None,
    edit_every: int = 0,
) -> Release:
    """The schedule repeated on ``days`` days, every id, name and title made distinct; with
    ``papers``, each day adds the speakers' roles and one paper (two authors) per talk. With
    ``edit`` and ``edit_every``, the first day and every ``edit_every``-th after it are
    ``edit(release)`` (a later release edited here and there)."""
    slots, talks, people, roles, paper_rows, authors = [], [], [], [], [], []
    for day in range(days):
        src = edit(release) if edit is not None and edit_every and day % edit_every == 0 else release
        shift = dt.timedelta(days=day)
        pid = {p.person_id: f"{p.person_id}-{day}" for p in src.people}
        people += [dataclasses.replace(p, person_id=pid[p.person_id], name=f"{p.name} {day}") for p in src.people]
        for s in src.slots:
            slots.append(
                dataclasses.replace(
                    s,
                    slot_id=f"{s.slot_id}-{day}",
                    start=s.start + shift,
                    end=s.end + shift if s.end else None,
                    title=f"{s.title} ({day})" if s.title else "",
                    title_myst=f"{s.title_myst} ({day})" if s.title_myst else "",
                    speakers=tuple(pid[x] for x in s.speakers),
                )
            )
            for person in s.speakers if papers and s.kind in ROLE_OF_KIND else ():
                roles.append(Role(len(roles) + 1, pid[person], ROLE_OF_KIND[s.kind], talk_title=s.title))
        for t in src.talks:
            title = f"{t.title} {day}"
            talk_id, slot_id = f"{t.talk_id}-{day}", f"{t.slot_id}-{day}"
            talks.append(dataclasses.replace(t, talk_id=talk_id, slot_id=slot_id, title=title))
            if not papers:
                continue
            paper_id = f"paper-{t.talk_id}-{day}"
            paper_rows.append(Paper(paper_id, len(paper_rows) + 1, title, presentation="contributed talk"))
            n = len(paper_rows)
            first, second = src.people[n % len(src.people)], src.people[0]
            authors += [
                Author(paper_id, 1, pid[first.person_id], first.name),
                Author(paper_id, 2, f"author-{n}", f"Author {n}"),
            ]
            people.append(dataclasses.replace(second, person_id=f"author-{n}", name=f"Author {n}"))
    out = dataclasses.replace(release, slots=tuple(slots), talks=tuple(talks), people=tuple(people))
    if not papers:
        return out
    return dataclasses.replace(
        out,
        roles=tuple(roles),
        papers=tuple(paper_rows),
        authors=tuple(authors),
        schema_version=None,  # written in the schema that holds roles and papers
    )


def one_edition(data_dir: Path, slots: int, base: Release | None = None) -> Release:
    """Write one edition of ``slots`` slots (a multiple of 14) into ``data_dir``; return it."""
    if slots % DAY:
        raise ValueError(f"{slots} slots: use a multiple of {DAY}")
    release = over_days(base or shipped(), slots // DAY)
    write_release(release, data_dir)
    return release


def edition_names(n: int, first: str = "neurips2024") -> list[str]:
    """The names of ``n`` editions: the shipped one's first, then ``synthetic0001``…"""
    return [first] + [f"synthetic{i:04d}" for i in range(1, n)]


def editions(data_dir: Path, n: int, base: Release | None = None) -> list[str]:
    """Write ``n`` editions into ``data_dir``: the shipped release, then copies of it under other
    names, each a day after the one before (its slots moved with it) at its own conference
    (``Synthetic 1``…), so that every edition has its own day and title."""
    base = base or shipped()
    names = edition_names(n, base.edition)
    for i, name in enumerate(names):
        release = base
        if i:
            shift = dt.timedelta(days=i)
            slots = tuple(
                dataclasses.replace(s, start=s.start + shift, end=s.end + shift if s.end else None) for s in base.slots
            )
            day = base.workshop.date + shift if base.workshop.date else None
            workshop = dataclasses.replace(base.workshop, edition=name, date=day, conference=f"Synthetic {i}")
            release = dataclasses.replace(base, workshop=workshop, slots=slots)
        write_release(release, data_dir)
    return names


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--slots", type=int, help="one edition of this many slots (a multiple of 14)")
    group.add_argument("--editions", type=int, help="this many editions of 14 slots")
    args = parser.parse_args()
    if args.slots:
        one_edition(args.data_dir, args.slots)
    else:
        editions(args.data_dir, args.editions)
    print(args.data_dir)

"""The shipped record, edition by edition, against facts read off the site's pages by hand.

The counts and rows here were written by reading each edition's last pages in the site's
history (``git clone ../shared/corpus/mlforsystems-site.bundle``): the schedule table's rows,
the speakers' and committees' entries of ``index.md``, the accepted papers' list. They are not
the importer's output copied back.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import workshop_data as wd

#: edition -> (schedule rows, accepted papers, speakers, committee members) on its last pages.
COUNTS = {
    "neurips2018": (18, 19, 6, 22),
    "isca2019": (20, 5, 0, 18),
    "neurips2019": (18, 22, 5, 42),
    "neurips2020": (15, 18, 6, 35),
    "neurips2021": (0, 0, 6, 9),  # its schedule prints "TBD" for every talk: no row can be dated
    "neurips2022": (12, 19, 5, 11),
    "neurips2023": (18, 32, 3, 15),
    "neurips2024": (16, 26, 5, 12),
    "neurips2025": (18, 0, 8, 6),  # no accepted papers page yet at the last commit
}

SPEAKING = ("keynote", "invited", "panelist")


def test_every_edition_ships_oldest_first() -> None:
    assert list(wd.editions()["edition"]) == list(COUNTS)


@pytest.mark.parametrize("edition", list(COUNTS))
def test_counts_of_each_edition(edition: str) -> None:
    slots, papers, speakers, committee = COUNTS[edition]
    roles = wd.load_roles(edition)
    assert len(wd.load_schedule(edition)) == slots
    assert len(wd.load_papers(edition)) == papers
    assert roles["role"].isin(SPEAKING).sum() == speakers
    assert (~roles["role"].isin(SPEAKING)).sum() == committee


def _slot(edition: str, start: str) -> pd.Series:
    df = wd.load_schedule(edition)
    return df[df["start"].dt.strftime("%H:%M") == start].iloc[0]


def test_a_keynote_or_invited_talk_per_edition() -> None:
    """Time, speaker, affiliation and title as each schedule page prints them."""
    isca = _slot("isca2019", "09:10")
    assert (isca["kind"], isca["speakers"], isca["affiliations"]) == ("keynote", "Farinaz Koushanfar", "UCSD")
    assert isca["title"] == "Automated Building of Safe and Robust Intelligent Systems"
    nips18 = _slot("neurips2018", "09:10")  # "<b>Invited Speaker 1: Eric Schkufza</b><br/><i>A Crash Course…</i>"
    assert (nips18["speakers"], nips18["title"]) == (
        "Eric Schkufza",
        "A Crash Course in Stochastic Program Optimization",
    )
    assert pd.isna(nips18["affiliations"])  # the italic line is the talk's title (its abstract is headed by it)
    nips25 = _slot("neurips2025", "08:40")
    assert (nips25["kind"], nips25["affiliations"]) == ("keynote", "Stanford")
    assert nips25["title"] == "Self-improving AI and the Future of Computing Systems"
    nips24 = wd.load_schedule("neurips2024").set_index("slot_id")
    assert nips24.loc["panel", "start"].strftime("%H:%M") == "13:00"  # moved from 16:00 before the day
    assert nips24.loc["retrospective-tim-kraska", "start"].strftime("%H:%M") == "10:40"


def test_a_paper_per_edition_with_its_authors_in_order() -> None:
    def authors(edition: str, title: str) -> list[str]:
        a = wd.load_authors(edition)
        return list(a[a["title"] == title]["name"])

    assert authors("neurips2018", "Learning Scheduling Algorithms for Data Processing Clusters") == [
        "Hongzi Mao", "Malte Schwarzkopf", "Shaileshh Bojja Venkatakrishnan", "Zili Meng", "Mohammad Alizadeh",
    ]  # fmt: skip
    assert authors("neurips2019", "Learning Multi-dimensional Indexing") == [
        "Vikram Nathan", "Jialin Ding", "Mohammad Alizadeh", "Tim Kraska",
    ]  # fmt: skip
    marks = wd.load_authors("neurips2019")
    marks = marks[marks["title"] == "Learning Multi-dimensional Indexing"]
    assert list(marks["equal_contribution"]) == [True, True, False, False]  # the page's "*"
    isca = wd.load_papers("isca2019")
    ithemal = isca[isca["title"].str.startswith("Ithemal")].iloc[0]
    assert ithemal["award"] == "Best Paper Award"
    nips23 = wd.load_papers("neurips2023")
    assert nips23.iloc[0]["title"].startswith("VMR2L: Virtual Machines Rescheduling")
    assert nips23.iloc[0]["abstract"] is not pd.NA and len(nips23.iloc[0]["abstract"]) > 100


def test_one_person_one_id_across_editions() -> None:
    people = wd.load_people("all")
    editions_of = people.groupby("person_id")["edition"].apply(set)
    assert {"neurips2022", "neurips2024"} <= editions_of["natasha-jacques"]  # her 2024 id, spelled right in 2022
    assert len(editions_of["azalia-mirhoseini"]) >= 8  # steering committee in every edition
    mimee = people[people["person_id"] == "mimee-xu"]
    assert {"Xinlei Xu", "Mimee Xu"} <= set(mimee["name"])  # one person, the name printed each year


def test_what_the_pages_do_not_say_stays_unknown() -> None:
    nips19 = wd.load_workshop("neurips2019")
    assert nips19["venue"] == ""  # the schedule page's "December 13th or 14th" is no venue
    corrections = wd.load_release("neurips2019").corrections
    assert any(c.field == "date" and c.value == "2019-12-14" for c in corrections)  # settled by later pages, said so
    assert pd.isna(wd.load_schedule("neurips2024").iloc[-1]["end"])  # the last slot's end is not printed
    assert wd.load_workshop("neurips2024")["date"] == dt.date(2024, 12, 15)

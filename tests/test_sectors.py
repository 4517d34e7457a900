"""The reviewed affiliation -> sector table: what a person's sector is, and that it is never guessed."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_data as wd
from workshop_data import sectors


@pytest.mark.parametrize(
    ("affiliations", "expected"),
    [
        (("MIT",), "academia"),
        (("OpenAI",), "industry"),
        (("MIT", "AWS"), "academia and industry"),  # Tim Kraska, NeurIPS 2024
        (("NVIDIA/Paris-Saclay",), "academia and industry"),  # one printed affiliation naming both
        (("Google Brain", "Google"), "industry"),
        ((), "affiliation not given"),
        (("",), "affiliation not given"),
        (("Acme Robotics",), "not in the table"),  # unknown: reported, not guessed
        (("MIT", "Acme Robotics"), "not in the table"),
    ],
)
def test_person_sector(affiliations: tuple[str, ...], expected: str) -> None:
    assert sectors.person_sector(affiliations) == expected
    assert expected in sectors.PERSON_SECTORS


def test_the_table_holds_affiliations_as_printed_and_three_sectors() -> None:
    assert set(sectors.SECTOR_OF.values()) == {sectors.ACADEMIA, sectors.INDUSTRY, sectors.BOTH}
    assert all(a == a.strip() and a for a in sectors.SECTOR_OF)
    assert sectors.affiliation_sector(" MIT ") == "academia"


def test_every_affiliation_of_the_shipped_newest_speakers_is_reviewed() -> None:
    """A new affiliation in the data is a prompt to review it here, not a silent 'not in the table'."""
    schedule = wd.load_schedule("neurips2024")
    talks = schedule[schedule["kind"].isin(["keynote", "invited", "panel"])]
    ids = {p for slot in talks["speaker_ids"] for p in slot}
    people = wd.load_people("neurips2024")
    printed = {a for affs in people[people["person_id"].isin(ids)]["affiliations"] for a in affs}
    assert printed and printed <= set(sectors.SECTOR_OF), printed - set(sectors.SECTOR_OF)


#: The one affiliation the shipped editions print that has no sector, and why: not guessed.
NO_SECTOR = {"DiUX": "the US Department of Defense's Defense Innovation Unit (Experimental): government"}


def test_every_affiliation_the_shipped_editions_print_is_reviewed_or_said_to_have_no_sector() -> None:
    """People's and roles' affiliations, committees' included: the table was read for speakers
    and left NeurIPS 2019's and 2020's programme committees 'not in the table' (Princeton, New York
    University, Microsoft Research, Voicery…)."""
    people = wd.load_people("all")
    roles = wd.load_roles("all")
    printed = {a for affs in pd.concat([people["affiliations"], roles["affiliations"]]) for a in affs}
    assert printed - set(sectors.SECTOR_OF) == set(NO_SECTOR)
    assert set(NO_SECTOR).isdisjoint(sectors.SECTOR_OF)
    unknown = people[people["sector"] == sectors.NOT_IN_TABLE]
    assert sorted(unknown["name"]) == ["Yaroslav Bulatov"]  # DiUX, NeurIPS 2020's programme committee

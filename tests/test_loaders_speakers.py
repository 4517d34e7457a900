"""load_speakers: one row per speaker per slot and per talk of a block, derived from the release.

The values are hand-checked on the site's pages (a clone at /tmp/p9/site, its git history the
releases): the rows in order, a person's talks across the editions, and the columns typed from
their one declaration (:data:`workshop_data.schema.SPEAKER_ROW_FIELDS`), so that they merge with
the other loaders' frames on the same keys.
"""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_data as wd
from workshop_data.loaders import _dtype
from workshop_data.schema import SPEAKER_ROW_FIELDS


def _rows(df: pd.DataFrame, **where: str) -> list[tuple[object, ...]]:
    for column, value in where.items():
        df = df[df[column] == value]
    return list(df[["position", "name", "gives_talk"]].itertuples(index=False, name=None))


def test_a_persons_talks_across_the_editions() -> None:
    # Jeff Dean gave four talks in four editions, and sat on two panels, which are no talks:
    # neurips2018/schedule.md "Keynote Speaker: Jeff Dean" and "Panel Discussion (Jeff Dean, …)",
    # neurips2019/schedule.md "Invited Speaker: Jeff Dean", neurips2022/index.md "Invited Speaker
    # 1: Jeff Dean", neurips2024/schedule.md "Keynote: Jeff Dean (Google)" and "Panel: Jeff Dean, …"
    speakers = wd.load_speakers("all")
    dean = speakers[speakers["person_id"] == "jeff-dean"]
    assert list(zip(dean["edition"], dean["kind"], dean["gives_talk"], strict=True)) == [
        ("neurips2018", "keynote", True),
        ("neurips2018", "panel", False),
        ("neurips2019", "invited", True),
        ("neurips2022", "invited", True),
        ("neurips2024", "keynote", True),
        ("neurips2024", "panel", False),
    ]
    talks = speakers[speakers["gives_talk"] & speakers["repeats"].isna()]
    per_person = talks.groupby("person_id").size()
    assert per_person["jeff-dean"] == 4
    assert talks[talks["person_id"] == "jeff-dean"]["edition"].nunique() == 4
    # the docstring's example, names as the site names them
    named = per_person.rename(wd.usual_names(wd.load_people("all")))
    assert named["Jeff Dean"] == 4 and named["Natasha Jaques"] == 2  # 2022's spotlight, 2024's invited talk


def test_a_panels_speakers_in_the_rows_order() -> None:
    # neurips2018/schedule.md: "Panel Discussion (Jeff Dean,  Partha Ranganathan, Song Han, and Ion
    # Stoica)"; neurips2024/schedule.md: "Panel: Jeff Dean, Natasha Jaques, Tim Kraska"
    assert _rows(wd.load_speakers("neurips2018"), slot_id="panel-discussion") == [
        (1, "Jeff Dean", False),
        (2, "Partha Ranganathan", False),
        (3, "Song Han", False),
        (4, "Ion Stoica", False),
    ]
    panel = wd.load_speakers("neurips2024")
    assert _rows(panel, slot_id="panel") == [
        (1, "Jeff Dean", False),
        (2, "Natasha Jaques", False),
        (3, "Tim Kraska", False),
    ]
    assert panel[panel["slot_id"] == "panel"]["talk_id"].isna().all()  # the slot's own speakers


def test_a_talk_of_a_block_has_its_presenters_in_order() -> None:
    # neurips2022/index.md, the 10:55 spotlight "A code superoptimizer through neural Monte-Carlo
    # tree search": "Wenda Zhou · Olga Solodova · Ryan Adams"
    speakers = wd.load_speakers("neurips2022")
    talk = speakers[speakers["title"] == "A code superoptimizer through neural Monte-Carlo tree search"]
    assert _rows(talk) == [(1, "Wenda Zhou", True), (2, "Olga Solodova", True), (3, "Ryan Adams", True)]
    assert talk["talk_id"].nunique() == 1 and talk["talk_id"].notna().all()
    slot = wd.load_schedule("neurips2022").set_index("slot_id").loc[talk["slot_id"].iloc[0]]
    assert slot["n_talks"] > 1  # a talk of a block, not a slot of its own


def test_affiliations_are_the_ones_the_pages_print_and_none_is_made_up() -> None:
    # schedule.md (NeurIPS 2025): "Debate: Jason Ansel, Dylan Patel, Neeraja Yadwadkar, Hanson
    # Wang." prints no affiliation; the invited rows print "Neeraja Yadwadkar (UT Austin)" and
    # "Hanson Wang (Open AI)"; no row prints one for Jason Ansel or Dylan Patel (only their bios
    # name an employer): none, not one read from a bio
    speakers = wd.load_speakers("neurips2025")
    debate = speakers[speakers["slot_id"] == "debate"]
    assert list(zip(debate["name"], debate["affiliations"], strict=True)) == [
        ("Jason Ansel", ()),
        ("Dylan Patel", ()),
        ("Neeraja Yadwadkar", ("UT Austin",)),
        ("Hanson Wang", ("Open AI",)),
    ]
    # the same tuples as load_people's, and load_schedule's affiliations text, speaker by speaker
    schedule = wd.load_schedule("neurips2025").set_index("slot_id")
    assert "; ".join(", ".join(a) for a in debate["affiliations"]) == schedule.loc["debate", "affiliations"]


def test_the_rows_are_the_schedules_and_the_talks_speakers_exploded() -> None:
    # the oracle: load_schedule's and load_talks' speaker_ids, one row each by explode, in order
    schedule, talks = wd.load_schedule("all"), wd.load_talks("all")
    speakers = wd.load_speakers("all")
    own = schedule.explode("speaker_ids").dropna(subset=["speaker_ids"])
    of_talks = talks.explode("speaker_ids").dropna(subset=["speaker_ids"])
    got_own = speakers[speakers["talk_id"].isna()]
    got_talks = speakers[speakers["talk_id"].notna()]
    assert list(zip(got_own["edition"], got_own["slot_id"], got_own["person_id"], strict=True)) == list(
        zip(own["edition"], own["slot_id"], own["speaker_ids"], strict=True)
    )
    assert sorted(zip(got_talks["edition"], got_talks["talk_id"], got_talks["person_id"], strict=True)) == sorted(
        zip(of_talks["edition"], of_talks["talk_id"], of_talks["speaker_ids"], strict=True)
    )
    # a talk of a block gives a talk; a slot's own speaker as load_schedule's talks_given says
    gives = schedule.set_index(["edition", "slot_id"])["talks_given"]
    expected = [bool(gives[(e, s)] > 0) for e, s in zip(got_own["edition"], got_own["slot_id"], strict=True)]
    assert list(got_own["gives_talk"]) == expected
    assert got_talks["gives_talk"].all()


def test_columns_are_typed_from_their_declaration_and_merge_with_the_other_loaders() -> None:
    speakers = wd.load_speakers("all")
    assert list(speakers.columns) == ["edition", *(f.name for f in SPEAKER_ROW_FIELDS)]
    for f in SPEAKER_ROW_FIELDS:
        assert speakers[f.name].dtype == _dtype(f), f.name
    schedule, people = wd.load_schedule("all"), wd.load_people("all")
    assert speakers["edition"].dtype == schedule["edition"].dtype
    assert speakers["kind"].dtype == schedule["kind"].dtype
    merged = speakers.merge(schedule[["edition", "slot_id", "start"]], on=["edition", "slot_id"], validate="m:1")
    assert len(merged) == len(speakers) and merged["edition"].dtype == speakers["edition"].dtype
    by_person = speakers.merge(people[["edition", "person_id", "sector"]], on=["edition", "person_id"], validate="m:1")
    assert len(by_person) == len(speakers)
    # which affiliations speak most: a tuple per row, one row per affiliation by explode. UCSD's
    # five are ISCA 2019's (isca2019/schedule.md: "Keynote Speaker: Farinaz Koushanfar - UCSD",
    # "Speaker: Byung Hoon Ahn - UCSD", Mohammad Samragh, Jishen Zhao, Ahmed Youssef); Jeff Dean's
    # rows of 2018, 2019 and 2022 print no affiliation, so Google has his 2024 two and Rahul Arya's
    by_affiliation = speakers.explode("affiliations")
    top = by_affiliation["affiliations"].value_counts()
    assert (top.index[0], top.iloc[0], top["Google"]) == ("UCSD", 5, 3)
    assert set(by_affiliation[by_affiliation["affiliations"] == "UCSD"]["edition"]) == {"isca2019"}


@pytest.mark.filterwarnings("ignore::workshop_data.UnrecordedWarning")
def test_a_pinned_release_and_a_repeated_slot() -> None:
    # NeurIPS 2020's 2020-12-03.2251 printed the day twice ("Run 2 (repeated)"): its six invited
    # talks again, each row repeating one of Run 1; the latest release prints them once
    twice = wd.load_speakers("neurips2020", release="2020-12-03.2251")
    once = wd.load_speakers("neurips2020")
    assert (len(twice), twice["repeats"].notna().sum(), len(once)) == (12, 6, 6)
    again = twice[twice["repeats"].notna()]
    assert set(again["repeats"]) == set(once["slot_id"])
    assert twice.attrs == {"edition": "neurips2020", "release": "2020-12-03.2251", "unrecorded": []}
    # the pinned release of schema 1.0.0, from the schedule page alone, loads too
    first = wd.load_speakers("neurips2024", release="2024-11-20")
    assert first.loc[0, "name"] == "Jeff Dean" and first.loc[1, "name"] == "Natasha Jacques"  # as printed then


def test_a_speaker_with_no_affiliation_is_of_no_sector_by_affiliation_too() -> None:
    # which sectors speak most, one row per affiliation: explode leaves a speaker the pages give
    # no affiliation (NeurIPS 2025's Jason Ansel, Dylan Patel) a missing value, which
    # affiliation_sector failed on (NaN has no .strip) and an empty text it read as an
    # affiliation "not in the table" (unreviewed) where none is given
    from workshop_data import sectors

    rows = wd.load_speakers("neurips2025").explode("affiliations")
    of = rows.assign(sector=rows["affiliations"].map(sectors.affiliation_sector))
    debate = of[of["slot_id"] == "debate"]
    assert list(debate["sector"]) == [sectors.NOT_GIVEN, sectors.NOT_GIVEN, sectors.ACADEMIA, sectors.INDUSTRY]
    for missing in ("", "  ", None, float("nan")):
        assert sectors.affiliation_sector(missing) == sectors.NOT_GIVEN  # type: ignore[arg-type]
    assert sectors.affiliation_sector("DiUX") == sectors.NOT_IN_TABLE  # printed, and unreviewed
    # a person's sector from the tuple says the same
    assert sectors.person_sector(()) == sectors.person_sector(("",)) == sectors.NOT_GIVEN

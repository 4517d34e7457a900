"""The joins an analyst writes across the loaders' tables: each a ``merge`` on columns of the same
name and dtype on both sides, with the values hand-checked against the site's pages (the bundle's
checkout, /tmp/p9/site: ``neurips2018/schedule.md``, ``neurips2020/accepted_papers.md``,
``neurips2022/index.md``, ``neurips2024/index.md``)."""

from __future__ import annotations

import pandas as pd
import pytest

import workshop_data as wd


def test_a_link_inside_a_talks_abstract_joins_its_role_on_the_roles_order() -> None:
    # neurips2018/schedule.md: Song Han's abstract links AMC, HAQ, ProxylessNAS and TSM; text_links'
    # key is text ("2") where roles.order is an integer: a merge on it was a ValueError
    links = wd.load_text_links("all")
    roles = wd.load_roles("all")
    assert links["order"].dtype == roles["order"].dtype == "Int64"
    talk = links.merge(roles, on=["edition", "order"], suffixes=("", "_role"))
    assert list(talk["text"]) == ["AMC", "HAQ", "ProxylessNAS", "TSM"]
    assert set(talk["name"]) == {"Song Han"} and set(talk["edition"]) == {"neurips2018"}
    assert talk["talk_title"].iloc[0].startswith("Efficient deep learning computing")


def test_a_link_names_its_row_by_the_column_of_the_table_it_is_in_and_no_other() -> None:
    # NeurIPS 2024's Natasha Jaques "leads the Social RL Lab" (neurips2024/index.md, in the
    # releases of 2024-11-20 to 2024-12-08): a bio's link is the person's, by person_id
    links = wd.load_text_links("neurips2024", release="2024-12-04.2118")
    people = wd.load_people("neurips2024", release="2024-12-04.2118")
    assert links["person_id"].dtype == people["person_id"].dtype == "string"
    bio = links.merge(people, on="person_id")
    assert list(bio["text"]) == ["Social RL Lab"] and list(bio["field"]) == ["bio"]
    assert list(bio["name"]) == ["Natasha Jacques"]  # as that release printed her name
    # each row has the key of its own table and <NA> in the other two: nothing joins by accident
    assert links[["order", "paper_id"]].isna().all().all()
    song_han = wd.load_text_links("neurips2018")
    assert song_han[["paper_id", "person_id"]].isna().all().all() and list(song_han["order"]) == [2] * 4
    assert list(song_han["key"]) == ["2"] * 4  # the text column is kept as it was, for code that reads it


def test_the_keys_of_a_link_are_typed_as_their_tables_in_a_release_with_no_link() -> None:
    links = wd.load_text_links("neurips2024", release="2024-11-20")  # schema 1.0.0: no text_links at all
    assert links.empty
    assert (links["order"].dtype, links["paper_id"].dtype, links["person_id"].dtype) == ("Int64", "string", "string")


def test_authors_who_later_gave_an_invited_talk() -> None:
    authors = wd.load_authors("all")
    spoke = wd.load_schedule("all").query("kind == 'invited'").explode("speaker_ids")
    spoke = spoke.rename(columns={"speaker_ids": "person_id"})
    later = authors.merge(spoke, on="person_id", suffixes=("_paper", "_talk"))
    later = later[later["edition_talk"] > later["edition_paper"]]  # the editions' ordered category: the years
    names = wd.usual_names(wd.load_people("all"))
    first = later.groupby("person_id")["edition_paper"].min()
    expected = {
        "Tim Kraska": "neurips2018",  # a 2018 paper; invited in 2021 ("TBD") and 2024
        "Hanson Wang": "neurips2019",  # a 2019 paper; invited in 2025
        "Natasha Jaques": "neurips2022",  # neurips2022/index.md's spotlight authors; invited in 2024
        "Riyadh Baghdadi": "neurips2020",  # neurips2020/accepted_papers.md; invited in 2022
    }
    assert expected.items() <= {names[p]: str(e) for p, e in first.items()}.items()
    # a talk given before the paper is no "later": Song Han spoke in 2018, a paper in 2019
    assert "song-han" not in first.index


def test_each_editions_talks_papers_and_committee_by_calendar_year() -> None:
    editions = wd.editions()
    talks = wd.load_schedule("all").groupby("edition", observed=False)["talks_given"].sum(min_count=1)
    committee = wd.load_roles("all").query("role == 'committee'")
    committee = committee.groupby("edition", observed=True)["person_id"].nunique()
    counts = editions[["edition", "date", "papers"]].merge(talks, on="edition")
    counts = counts.merge(committee.rename("committee").astype("Int64"), on="edition", how="left")
    by_year = counts.groupby(counts["date"].dt.year)[["talks_given", "papers", "committee"]].sum(min_count=1)
    # ISCA 2019 (23 June) and NeurIPS 2019 (14 December) share their year: 14 + 11 talks,
    # 5 + 22 papers, 11 + 36 committee members
    assert by_year.loc[2019].to_dict() == {"talks_given": 25, "papers": 27, "committee": 47}
    assert list(by_year.index) == list(range(2018, 2026))
    assert pd.isna(by_year.loc[2021, "papers"])  # NeurIPS 2021 listed no paper: unknown, not 0
    # no page of 2021, 2022, 2024 or 2025 lists a committee: unknown, not 0; 2023's competition committee
    assert by_year["committee"].isna().tolist() == [False, False, False, True, True, False, True, True]
    assert by_year.loc[2023, "committee"] == 3


def test_a_talks_title_its_speakers_affiliations_and_links() -> None:
    # neurips2024 before 67ba6b6 ("Update name", 2024-12-07): schedule.md's "Invited: Natasha
    # Jacques (University of Washington) Multi-Agent Reinforcement Learning for Systems", index.md's
    # "she leads the <a href=https://socialrl.cs.washington.edu/>Social RL Lab</a>", her one link
    # (people.links; the lab's words are text_links')
    release = "2024-12-04.2118"
    schedule = wd.load_schedule("neurips2024", release=release).explode("speaker_ids")
    talks = schedule[schedule["kind"] == "invited"].rename(columns={"speaker_ids": "person_id"})
    people = wd.load_people("neurips2024", release=release)[["person_id", "affiliations", "links"]]
    links = wd.load_text_links("neurips2024", release=release)[["person_id", "text", "url"]]
    talk = talks[["title", "person_id"]].merge(people, on="person_id").merge(links, on="person_id", how="left")
    jaques = talk[talk["person_id"] == "natasha-jacques"]
    assert len(jaques) == 1
    assert jaques["title"].iloc[0] == "Multi-Agent Reinforcement Learning for Systems"
    assert jaques["affiliations"].iloc[0] == ("University of Washington",)
    assert jaques["links"].iloc[0] == ("https://socialrl.cs.washington.edu/",)
    assert (jaques["text"].iloc[0], jaques["url"].iloc[0]) == ("Social RL Lab", "https://socialrl.cs.washington.edu/")
    assert talk.loc[talk["person_id"] == "tim-kraska", "text"].isna().all()  # no link in his bio: <NA>


@pytest.mark.parametrize(
    ("person_id", "printed", "shown"),
    [
        # neurips2020/accepted_papers.md prints "Riyadhi Baghdadi", neurips2022/index.md "Riyadh
        # Baghdadi": one edition each, a tie, which the notebooks broke for the first spelling
        ("riyadh-baghdadi", ["Riyadhi Baghdadi", "Riyadh Baghdadi"], "Riyadh Baghdadi"),
        # ISCA 2019's misprint, against eight editions' "Azalia Mirhoseini"
        ("azalia-mirhoseini", ["Azalia Mirhosseini", "Azalia Mirhoseini"], "Azalia Mirhoseini"),
    ],
)
def test_a_persons_name_across_editions_is_the_sites_usual_name(person_id: str, printed: list[str], shown: str) -> None:
    people = wd.load_people("all")
    assert set(people.loc[people["person_id"] == person_id, "name"]) == set(printed)
    names = wd.usual_names(people)
    assert names[person_id] == shown
    assert names.dtype == "string" and names.index.name == "person_id"
    assert len(names) == people["person_id"].nunique()


def test_a_corrected_spelling_names_the_person_once_the_correction_is_published() -> None:
    # NeurIPS 2024 printed "Natasha Jacques" until 2024-12-04.2118, then "Natasha Jaques" (its
    # index.md now); her 2022 paper's authors print Jaques
    before = wd.load_people("neurips2024", release="2024-12-04.2118")
    assert set(before.loc[before["person_id"] == "natasha-jacques", "name"]) == {"Natasha Jacques"}
    assert wd.usual_names(wd.load_people("all"))["natasha-jacques"] == "Natasha Jaques"


def test_usual_names_read_the_editions_oldest_first_whatever_order_the_frame_has() -> None:
    people = wd.load_people("all")
    shuffled = people.iloc[::-1]  # newest edition first: the tie still goes to the newest edition
    assert wd.usual_names(shuffled)["riyadh-baghdadi"] == "Riyadh Baghdadi"
    one = wd.load_people("neurips2020")  # one edition, no edition column: its own spelling
    assert wd.usual_names(one)["riyadh-baghdadi"] == "Riyadhi Baghdadi"


def test_the_data_dictionarys_joins_run_as_a_reader_types_them(monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import warnings
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "docs" / "package" / "data.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) == 1
    monkeypatch.delenv("WORKSHOP_DATA_DIR", raising=False)
    found: dict[str, object] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        exec(compile(blocks[0], "data.md python block", "exec"), found)
    said = set(found["later"]["person_id"].map(found["names"]))  # type: ignore[index]
    assert {"Tim Kraska", "Hanson Wang", "Riyadh Baghdadi", "Natasha Jaques"} <= said

"""Talks joined to their accepted papers: pairs read on the site's pages, the talks left unknown,
and the reviewed table (:mod:`workshop_data.talk_papers`) checked against the shipped data and the
pages it cites.

The pairs below were read on the pages of the site's history (``schedule.md``/``index.md`` and
``accepted_papers.md`` of each edition), not produced by running the join.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pandas as pd
import pytest

import workshop_data as wd
from workshop_data import talk_papers
from workshop_data.ids import title_key
from workshop_data.model import Release
from workshop_data.store import resolve_editions

#: (edition, the talk's title as the schedule prints it, the paper's title as the papers page
#: prints it, how the join finds it). Titles the same but for case and punctuation are "title".
PAIRS = [
    # an en dash in both (neurips2018/schedule.md, accepted_papers.md)
    (
        "neurips2018",
        "Neural Inference of API Functions from Input–Output Examples",
        "Neural Inference of API Functions from Input–Output Examples",
        "title",
    ),
    # the schedule kept the title the papers page had before the camera-ready renamed the paper
    (
        "neurips2018",
        "ReLeQ: A Reinforcement Learning Approach for Deep Quantization of Neural Networks",
        "ReLeQ: An Automatic Reinforcement Learning Approach for Deep Quantization of Neural Networks",
        "reviewed table",
    ),
    # ISCA 2019's best paper, a "Speaker" row of its schedule
    (
        "isca2019",
        "Ithemal: Accurate, Portable and Fast Basic Block Throughput Estimation using Deep Neural Networks",
        "Ithemal: Accurate, Portable and Fast Basic Block Throughput Estimation using Deep Neural Networks",
        "title",
    ),
    ("neurips2019", "Learned Multi-dimensional Indexing", "Learning Multi-dimensional Indexing", "reviewed table"),
    # the papers page capitalises "ARchiTecture"
    (
        "neurips2020",
        "DEff-ARTS: Differentiable Efficient Architecture Search",
        "DEff-ARTS: Differentiable Efficient ARchiTecture Search",
        "title",
    ),
    # the schedule's talk links using_shi_2020.pdf, this paper's PDF
    (
        "neurips2020",
        "Learned Hardware/Software Co-Design of Neural Accelerators",
        "Using Bayesian Optimization for Hardware/Software Co-Design of Neural Accelerators",
        "reviewed table",
    ),
    # an invited speaker's talk on his accepted paper (the row links value_steiner_2020.pdf)
    (
        "neurips2020",
        "Value Function Based Performance Optimization of Deep Learning Workloads",
        "Value Function Based Performance Optimization of Deep Learning Workloads",
        "title",
    ),
    (
        "neurips2022",
        "A code superoptimizer through neural Monte-Carlo tree search",
        "A code superoptimizer through neural Monte-Carlo tree search",
        "title",
    ),
    (
        "neurips2023",
        "ZeRO++: Extremely Efficient Collective Communication for Large Model Training",
        "ZeRO++: Extremely Efficient Collective Communication for Large Model Training",
        "title",
    ),
    # the schedule prints "WarpDrive" in italics; the papers' CSV plainly
    (
        "neurips2024",
        "WarpDrive: An Agentic Workflow for Ninja GPU Transformations",
        "WarpDrive: An Agentic Workflow for Ninja GPU Transformations",
        "title",
    ),
]

#: Talks with no paper, read on the pages: (edition, title as printed, why).
UNKNOWN = [
    # ISCA 2019's "Speaker" rows whose titles its five papers do not have
    ("isca2019", "Reinforcement Learning and Adaptive Sampling for Optimized DNN Compilation", "no paper found"),
    ("isca2019", "Coda: An End-to-End Neural Program Decompiler", "no paper found"),
    # Jeff Dean's keynote: invited, not chosen from the accepted papers (it read "no paper found")
    ("neurips2024", "Advances in Machine Learning for Systems", "invited talk"),
    # NeurIPS 2025's spotlights: its site lists no accepted paper
    ("neurips2025", "Towards Agentic OS: An LLM Agent Framework for Linux Schedulers", "papers not listed"),
    ("neurips2025", "Automated Multi-Agent Workflows for RTL Design", "papers not listed"),
]


def _talks(edition: str | list[str], release: str = "latest") -> pd.DataFrame:
    """Every talk of the edition with a title: the slots that are one talk, and the talks of blocks."""
    schedule = wd.load_schedule(edition, release=release)
    talks = wd.load_talks(edition, release=release)
    columns = ["title", "kind", "paper_id", "paper_match"]
    if "edition" in talks.columns:
        columns = ["edition", *columns]
    return pd.concat([schedule.loc[schedule["n_talks"] == 0, columns], talks[columns]], ignore_index=True)


def _row(edition: str, title: str, release: str = "latest") -> pd.Series:
    talks = _talks(edition, release)
    found = talks[talks["title"] == title]
    assert len(found) == 1, (edition, title, len(found))
    return found.iloc[0]


@pytest.mark.parametrize(("edition", "talk", "paper", "how"), PAIRS)
def test_a_talk_is_joined_to_the_paper_the_pages_say(edition: str, talk: str, paper: str, how: str) -> None:
    row = _row(edition, talk)
    papers = wd.load_papers(edition).set_index("paper_id")
    assert pd.notna(row["paper_id"]), (talk, row["paper_match"])
    assert papers.loc[row["paper_id"], "title"] == paper
    assert row["paper_match"] == how


@pytest.mark.parametrize(("edition", "talk", "why"), UNKNOWN)
def test_a_talk_with_no_paper_found_stays_unknown_saying_why(edition: str, talk: str, why: str) -> None:
    row = _row(edition, talk)
    assert pd.isna(row["paper_id"]) and row["paper_match"] == why


def test_the_columns_are_typed_and_a_row_with_no_title_has_no_match() -> None:
    schedule = wd.load_schedule("all")
    talks = wd.load_talks(["neurips2020", "neurips2024"])
    match = pd.CategoricalDtype(list(talk_papers.MATCHES), ordered=True)
    for frame in (schedule, talks, wd.load_talks("neurips2022")):
        assert frame["paper_id"].dtype == "string" and frame["paper_match"].dtype == match
    untitled = schedule[schedule["title"].isna()]  # breaks, lunches, blocks of talks
    assert len(untitled) > 40 and untitled["paper_id"].isna().all() and untitled["paper_match"].isna().all()
    # every paper_id is a paper of the same edition (the merge an analyst makes loses no row)
    joined = talks.dropna(subset=["paper_id"]).merge(wd.load_papers("all"), on=["edition", "paper_id"])
    assert len(joined) == talks["paper_id"].notna().sum() == 21  # NeurIPS 2020's 17 talks, 2024's 4


def test_every_contributed_talk_of_an_edition_listing_papers_has_one() -> None:
    # 48 contributed talks in the editions that list papers (latest releases): 45 by their
    # title, 3 by the reviewed table; NeurIPS 2025's 4 spotlights are unknown, its papers unlisted
    talks = _talks("all")
    contributed = talks[talks["kind"] == "contributed"]
    counts = contributed.groupby("paper_match", observed=True).size().to_dict()
    assert counts == {"title": 45, "reviewed table": 3, "papers not listed": 4}
    # no paper is given two talks within an edition (a rerun, NeurIPS 2020's Run 2, is no longer
    # in the latest release)
    given = contributed.dropna(subset=["paper_id"])
    assert not given.duplicated(["edition", "paper_id"]).any()


def test_a_keynote_or_invited_talk_without_a_paper_says_it_is_invited() -> None:
    # The keynotes and invited talks read "no paper found", as if a paper were missed: 18 of them in
    # the latest releases of the editions that list papers. Their speakers were invited, not chosen
    # from the papers: "invited talk". One that presents an accepted paper still joins it by its
    # title (NeurIPS 2020's Benoit Steiner), and a talk the page does not say is invited (ISCA
    # 2019's "Speaker" rows, kind other) keeps "no paper found"
    talks = _talks("all")
    invited = talks[talks["kind"].isin(["keynote", "invited"])]
    counts = invited.groupby("paper_match", observed=True).size().to_dict()
    assert counts == {"title": 1, "invited talk": 18, "papers not listed": 6}
    assert (talks.loc[talks["paper_match"] == "invited talk", "paper_id"].isna()).all()
    assert set(talks.loc[talks["paper_match"] == "no paper found", "kind"]) == {"other"}
    join = talk_papers.paper_matcher("neurips2019", wd.load_release("neurips2019").papers)
    assert join("Learning to Fuse", "invited") == join("Learning to Fuse") == join("Learning to Fuse", "other")
    assert join("Advances in ML", "keynote") == talk_papers.PaperMatch(None, "invited talk")
    assert join("Advances in ML", "invited") == talk_papers.PaperMatch(None, "invited talk")
    assert join("Advances in ML", "contributed") == talk_papers.PaperMatch(None, "no paper found")
    assert join("Advances in ML") == talk_papers.PaperMatch(None, "no paper found")


def test_an_earlier_release_joins_with_its_own_papers() -> None:
    # NeurIPS 2020's 2020-12-12.1736 (upstream 3b85309): its papers page listed 14 papers, FirePlace
    # and "VLSI Placement Optimization using Graph Neural Networks" among them, not Apollo, while
    # the schedule printed "MicroPlace…" and "The Law of Attraction…"
    release = "2020-12-12.1736"
    papers = wd.load_papers("neurips2020", release=release).set_index("paper_id")
    assert len(papers) == 14
    micro = _row("neurips2020", "MicroPlace: Placing Micro Virtual Machines with Hindsight Imitation", release)
    assert micro["paper_match"] == "reviewed table"
    assert (
        papers.loc[micro["paper_id"], "title"]
        == "FirePlace: Placing FireCracker Virtual Machines with Hindsight Imitation"
    )
    law = _row(
        "neurips2020",
        "The Law of Attraction: Affinity-Aware Placement Optimization using Graph Neural Networks",
        release,
    )
    assert law["paper_match"] == "reviewed table"
    assert papers.loc[law["paper_id"], "title"] == "VLSI Placement Optimization using Graph Neural Networks"
    apollo = _row("neurips2020", "Apollo: Transferable Architecture Exploration", release)
    assert pd.isna(apollo["paper_id"]) and apollo["paper_match"] == "no paper found"  # listed later
    # an entry whose paper the release does not list is not applied
    codesign = _row("neurips2020", "Learned Hardware/Software Co-Design of Neural Accelerators", release)
    assert pd.isna(codesign["paper_id"]) and codesign["paper_match"] == "no paper found"


def test_a_release_listing_no_paper_says_so_and_a_close_title_is_not_taken() -> None:
    # the pinned 1.0.0 release of NeurIPS 2024 records no papers
    pinned = wd.load_talks("neurips2024", release="2024-11-20")
    assert (pinned["paper_match"] == "papers not listed").all() and pinned["paper_id"].isna().all()
    rel = wd.load_release("neurips2019")
    join = talk_papers.paper_matcher("neurips2019", rel.papers)
    assert join("Learning to Fuse").match == "title"
    assert join("Learning to Fuse Kernels") == talk_papers.PaperMatch(None, "no paper found")  # close, not taken
    assert join("") is talk_papers.NO_TITLE and join(None) is talk_papers.NO_TITLE
    # the reviewed table is of its edition: the same title in another edition is not joined by it
    other = talk_papers.paper_matcher("neurips2020", rel.papers)
    assert other("Learned Multi-dimensional Indexing").match == "no paper found"


def _every_release() -> list[tuple[str, Release]]:
    return [(name, rel) for name in resolve_editions("all", None) for rel in wd.load_edition(name).releases]


def test_every_reviewed_entry_points_at_a_talk_and_a_paper_of_the_shipped_data() -> None:
    applied: dict[str, list[str]] = {}
    for edition, rel in _every_release():
        titles = [s.title for s in rel.slots] + [t.title for t in rel.talks]
        paper_ids = {p.paper_id for p in rel.papers}
        join = talk_papers.paper_matcher(edition, rel.papers)
        for entry in talk_papers.REVIEWED:
            if entry.edition != edition or entry.talk not in titles:
                continue
            found = join(entry.talk)
            if found.match == "title":  # the title settles it in this release: it must agree
                assert found.paper_id == entry.paper_id, (entry.talk, rel.name)
            elif entry.paper_id in paper_ids:
                assert found == talk_papers.PaperMatch(entry.paper_id, "reviewed table")
                applied.setdefault(entry.talk, []).append(rel.name)
    # each entry is needed somewhere: a release holds its talk as printed and its paper, whose
    # title is worded otherwise
    assert sorted(applied) == sorted(e.talk for e in talk_papers.REVIEWED)
    assert len(talk_papers.REVIEWED) == len({(e.edition, title_key(e.talk)) for e in talk_papers.REVIEWED})
    for entry in talk_papers.REVIEWED:
        assert len(entry.reason) > 80 and entry.read_from, entry.talk


def test_every_reviewed_entry_cites_pages_that_print_its_talk_and_its_paper(site_repo: Path) -> None:
    for entry in talk_papers.REVIEWED:
        paper_titles = {
            p.title
            for rel in wd.load_edition(entry.edition).releases
            for p in rel.papers
            if p.paper_id == entry.paper_id
        }
        pages = []
        for cited in entry.read_from:
            commit, path = cited.split(" ", 1)
            shown = subprocess.run(
                ["git", "-C", str(site_repo), "show", f"{commit}:{path}"], capture_output=True, text=True, check=True
            )
            pages.append(shown.stdout)
        assert any(entry.talk in page for page in pages), entry.talk
        assert any(title in page for page in pages for title in paper_titles), entry.talk

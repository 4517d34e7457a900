"""The shipped record, edition by edition, against facts read off the site's pages by hand.

The counts and rows here were written by reading each edition's last pages in the site's
history (``git clone ../shared/corpus/mlforsystems-site.bundle``): the schedule table's rows,
the speakers' and committees' entries of ``index.md``, the accepted papers' list. They are not
the importer's output copied back.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
import pytest

import workshop_data as wd

#: edition -> (schedule rows, accepted papers, speakers, committee members) on its last pages.
COUNTS = {
    "neurips2018": (18, 19, 6, 22),
    "isca2019": (20, 5, 7, 18),  # its speakers are on the schedule page only
    "neurips2019": (18, 22, 5, 42),
    "neurips2020": (15, 18, 6, 35),
    "neurips2021": (8, 0, 6, 9),  # its six invited talks' times print "TBD"
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


def _speaker_id(edition: str, name: str) -> str:
    people = wd.load_people(edition)
    return str(people[people["name"] == name]["person_id"].item())


def _author(edition: str, title: str, position: int) -> pd.Series:
    authors = wd.load_authors(edition)
    return authors[(authors["title"] == title) & (authors["position"] == position)].iloc[0]


def test_riyadh_baghdadi_is_one_person_as_2020_author_and_2022_speaker() -> None:
    # neurips2020/accepted_papers.md: "A Deep Learning Based Cost Model for Automatic Code Optimization.
    # Riyadhi Baghdadi, Massinissa Merouani, …"; neurips2022/index.md: "<h3>Riyadh Baghdadi</h3>", whose
    # talk abstract says "we present a novel deep learning based cost model for automatic code optimization"
    author = _author("neurips2020", "A Deep Learning Based Cost Model for Automatic Code Optimization", 1)
    assert author["name"] == "Riyadhi Baghdadi"  # as printed
    assert author["person_id"] == _speaker_id("neurips2022", "Riyadh Baghdadi") == "riyadh-baghdadi"


def test_partha_ranganathan_is_one_person_as_2018_speaker_and_2019_author() -> None:
    # neurips2018/index.md: "<h3>Partha Ranganathan</h3>" with the bio "Parthasarathy (Partha) Ranganathan is
    # currently at Google…"; neurips2019/accepted_papers.md: "Neural Hierarchical Sequence Model for Irregular
    # Data Prefetching. Zhan Shi, Akanksha Jain, Kevin Swersky, Milad Hashemi, Parthasarathy Ranganathan, …"
    author = _author("neurips2019", "Neural Hierarchical Sequence Model for Irregular Data Prefetching", 5)
    assert author["name"] == "Parthasarathy Ranganathan"  # as printed
    assert author["person_id"] == _speaker_id("neurips2018", "Partha Ranganathan") == "partha-ranganathan"


def test_neurips_2023s_page_that_named_neurips_2022_keeps_its_day_in_2023() -> None:
    # upstream commit of 2023-12-11 00:22 UTC: site_description "Workshop on ML for Systems at NeurIPS 2022,
    # December 16, New Orleans Convention Center, …" (its mini description: "NeurIPS '23, Dec 16"), put right
    # three minutes later. The year is the conference's, which the reviewed facts correct: the day too.
    release = wd.load_release("neurips2023", "2023-12-11.0022")
    assert (release.workshop.conference, release.workshop.date) == ("NeurIPS 2023", dt.date(2023, 12, 16))
    assert {s.start.date() for s in release.slots if s.start is not None} == {dt.date(2023, 12, 16)}
    (day,) = [c for c in release.corrections if c.field == "date"]
    assert day.printed.startswith("Workshop on ML for Systems at NeurIPS 2022, December 16,")
    assert day.value == "2023-12-16" and "which is NeurIPS 2023's: December 16, 2023" in day.reason
    changes = wd.diff("neurips2023", "2023-12-10.2357", "2023-12-11.0022")
    assert "moved" not in set(changes["change"])  # the slots stay where they were


def test_neurips_2018s_invited_talks_have_their_titles_and_abstracts() -> None:
    # neurips2018/index.md prints the speakers without their talks; neurips2018/schedule.md's "Talk Abstracts":
    # '<h3 id="song_han_talk">Efficient deep learning computing: a learning-based approach</h3><h5
    # class="talk_speaker">Song Han</h5><p>In the post-Moore's Law era, …'; Neeraja J. Yadwadkar's block on the
    # home page is the schedule's 'Neeraja Yadwadkar'
    roles = wd.load_roles("neurips2018")
    talks = roles[roles["role"] == "invited"].set_index("name")
    assert talks.loc["Song Han", "talk_title"] == "Efficient deep learning computing: a learning-based approach"
    assert talks.loc["Song Han", "talk_abstract"].startswith("In the post-Moore's Law era, the amount of computation")
    neeraja = talks.loc["Neeraja J. Yadwadkar"]
    assert neeraja["talk_title"] == "Machine Learning for resource management in Distributed Systems"
    assert neeraja["talk_abstract"].count("\n\n") == 1  # two paragraphs
    assert talks["talk_abstract"].notna().sum() == 5  # five talks; the keynote, Jeff Dean, has no abstract there
    keynote = roles[roles["role"] == "keynote"].iloc[0]
    assert keynote["name"] == "Jeff Dean" and pd.isna(keynote["talk_title"])
    # the abstracts came with 7c89a28 (2018-12-04 15:39 UTC, Song Han's, Neeraja Yadwadkar's, Sanjay Krishnan's):
    # the release before it has none
    names = list(wd.releases("neurips2018")["release"])
    first = names.index("2018-12-04.1539")
    before = wd.load_roles("neurips2018", release=names[first - 1])
    assert before["talk_abstract"].isna().all()
    at = wd.load_roles("neurips2018", release="2018-12-04.1539")
    assert set(at.loc[at["talk_abstract"].notna(), "name"]) == {"Song Han", "Neeraja J. Yadwadkar", "Sanjay Krishnan"}


def test_song_hans_2018_abstract_keeps_its_four_links() -> None:
    # neurips2018/schedule.md's "Talk Abstracts", Song Han's paragraph: '… <a
    # href="https://arxiv.org/pdf/1802.03494.pdf">AMC</a> … <a href="https://arxiv.org/pdf/1811.08886.pdf">HAQ</a>
    # … <a href="https://openreview.net/pdf?id=HylVB3AqYm">ProxylessNAS</a> … <a
    # href="https://hanlab.mit.edu/projects/tsm/">TSM</a>'; no other talk abstract of the site links anything
    roles = wd.load_roles("neurips2018")
    links = wd.load_text_links("neurips2018")
    song = roles.loc[roles["name"] == "Song Han"].iloc[0]
    assert list(zip(links["text"], links["url"], strict=True)) == [
        ("AMC", "https://arxiv.org/pdf/1802.03494.pdf"),
        ("HAQ", "https://arxiv.org/pdf/1811.08886.pdf"),
        ("ProxylessNAS", "https://openreview.net/pdf?id=HylVB3AqYm"),
        ("TSM", "https://hanlab.mit.edu/projects/tsm/"),
    ]
    assert set(links["resource"]) == {"roles"} and set(links["key"]) == {str(song["order"])}
    abstract = song["talk_abstract"]
    for start, words in zip(links["start"], links["text"], strict=True):  # positions from 1 in the plain text
        assert abstract[start - 1 : start - 1 + len(words)] == words
    assert "<a" not in abstract and "href" not in abstract  # the text stays plain


#: NeurIPS 2024's home page, Natasha Jaques' speaker block, from ebcae52 ("Add speaker bios",
#: 2024-11-20 17:42 UTC) to 67ba6b6 ("Update name", 2024-12-08 03:43 UTC): '<p>Natasha Jacques is a
#: an Assistant Professor … where she leads the <a href="https://socialrl.cs.washington.edu/">Social
#: RL Lab</a>. …', her name spelled "Jaques" and "is an" in 67ba6b6; a41ddab ("website change.",
#: 2024-12-15) prints another bio, with no link.
BIO_LINK = {
    "2024-11-20.1742": (
        "natasha-jacques",
        "Natasha Jacques is a an Assistant Professor at the University of Washington Paul G. Allen School of "
        "Computer Science & Engineering, where she leads the ",
    ),
    "2024-12-08.0343": (
        "natasha-jacques",
        "Natasha Jaques is an Assistant Professor at the University of Washington Paul G. Allen School of "
        "Computer Science & Engineering, where she leads the ",
    ),
}


@pytest.mark.parametrize("name", sorted(BIO_LINK))
def test_natasha_jaques_bio_links_her_labs_name(name: str) -> None:
    person_id, before = BIO_LINK[name]
    links = wd.load_text_links("neurips2024", release=name)
    assert [
        tuple(r)
        for r in links[["resource", "key", "field", "position", "start", "text", "url"]].itertuples(index=False)
    ] == [("people", person_id, "bio", 1, len(before) + 1, "Social RL Lab", "https://socialrl.cs.washington.edu/")]
    bio = wd.load_people("neurips2024", release=name).set_index("person_id").loc[person_id, "bio"]
    assert bio.startswith(before + "Social RL Lab. She is also a Senior Research Scientist at Google DeepMind.")
    assert "<a" not in bio  # the text stays plain
    # the lab's page stays one of her profile links too, printed with no words of its own: none known
    person = wd.load_release("neurips2024", name).person(person_id)
    assert (person.links, person.link_labels) == (("https://socialrl.cs.washington.edu/",), ())


def test_no_other_text_of_the_history_links_anything_but_song_hans_abstract_and_natasha_jaques_bio() -> None:
    for edition in wd.editions()["edition"]:
        for rel in wd.load_edition(edition).releases:
            texts = {(t.resource, t.field) for t in rel.text_links}
            assert texts <= {("roles", "talk_abstract"), ("people", "bio")}, (edition, rel.name)
            expected = {"2024-11-20.1742", "2024-11-21.0046", "2024-11-26.0136", "2024-12-04.2118", "2024-12-08.0343"}
            assert (("people", "bio") in texts) == (edition == "neurips2024" and rel.name in expected)


#: Words the committee lists print as a profile link that are not what the URL says, read off the
#: pages: neurips2023/index.md and the 2024 home page, '<li><b>Divya Mahajan</b>, … <a
#: href="https://twitter.com/divyamahajn">@DivyaMahajn</a></li>'; neurips2019's index.md at beffccb
#: (2019-08-20 21:02 UTC), '<li><b>Xinlei Xu</b>, NYU, <a href="https://twitter.com/xxu?">@xxu?</a></li>'
#: (the URL's empty query dropped, as every URL of the data); neurips2023's '<li><b>Yawen Wang</b>, Google
#: SystemsResearch, <a href="https://www.linkedin.com/in/yawen-wang-589b38113">@LinkedIn</a></li>'; and NeurIPS
#: 2022's home page (index.md at 7e0bc8c), '<li><b>Azade Nova</b>, Google Brain, <a
#: href="https://www.linkedin.com/in/azade-nova-bb347763">website</a></li>'.
PRINTED_LINK_WORDS = [
    ("neurips2023", "latest", "divya-mahajan", ("https://twitter.com/divyamahajn",), ("@DivyaMahajn",)),
    ("neurips2024", "latest", "divya-mahajan", ("https://twitter.com/divyamahajn",), ("@DivyaMahajn",)),
    ("neurips2019", "2019-08-20.2102", "mimee-xu", ("https://twitter.com/xxu",), ("@xxu?",)),
    ("neurips2023", "latest", "yawen-wang", ("https://www.linkedin.com/in/yawen-wang-589b38113",), ("@LinkedIn",)),
    (
        "neurips2022",
        "latest",
        "azade-nova",
        ("https://www.linkedin.com/in/azade-nova-bb347763",),
        ("website",),
    ),
]


@pytest.mark.parametrize(("edition", "release", "person_id", "links", "words"), PRINTED_LINK_WORDS)
def test_a_profile_link_keeps_the_words_the_page_prints(
    edition: str, release: str, person_id: str, links: tuple[str, ...], words: tuple[str, ...]
) -> None:
    people = wd.load_people(edition, release=release).set_index("person_id")
    assert (tuple(people.loc[person_id, "links"]), tuple(people.loc[person_id, "link_labels"])) == (links, words)


def test_benoit_steiners_two_links_keep_their_words_in_order() -> None:
    # NeurIPS 2022's home page (index.md at 7e0bc8c): '<li><b>Benoit Steiner</b>, FAIR, <a
    # href="https://twitter.com/BenoitSteiner">@BenoitSteiner</a>, <a href="https://bsteiner.info/">Website</a></li>'
    person = wd.load_release("neurips2022").person("benoit-steiner")
    assert dict(zip(person.links, person.link_labels, strict=True)) == {
        "https://twitter.com/BenoitSteiner": "@BenoitSteiner",
        "https://bsteiner.info/": "Website",
    }
    assert person.link_label("https://bsteiner.info/") == "Website" and person.link_label("https://x.org/") == ""


def test_milad_of_neurips_2020s_steering_committee_is_milad_hashemi() -> None:
    # index.md at a567180 ("Added Kevin and Milad as steering", 2020-12-10): "<h2>Steering Committee</h2> …
    # <li><b>Milad</b>, Google Brain, <a href="https://twitter.com/miladhash">@miladhash</a></li>"; 91913fc
    # ("add lastname", 2020-12-12 17:58 UTC) prints "<b>Milad Hashemi</b>" on the same line
    for name in ("2020-12-10.2221", "2020-12-12.1736", "2020-12-12.1737"):
        release = wd.load_release("neurips2020", name)
        milad = {p.person_id: p for p in release.people}["milad-hashemi"]
        assert (milad.name, milad.affiliations, milad.links) == (
            "Milad",  # as printed
            ("Google Brain",),
            ("https://twitter.com/miladhash",),
        )
        assert ("milad-hashemi", "steering") in {(r.person_id, r.role) for r in release.roles}
    assert "milad" not in set(wd.load_people("all")["person_id"])


def test_ed_chi_the_2020_speaker_and_ed_h_chi_the_author_stay_two_people() -> None:
    # neurips2020/index.md: "<a href="#ed_chi_talk"><b>Invited Speaker 2: Ed Chi</b></a>" and nothing else of
    # him (no bio, photo, affiliation or link); neurips2018/accepted_papers.md and neurips2020/accepted_papers.md:
    # "… Derek Zhiyuan Cheng, and Ed H. Chi." and "… Alex Beutel, Ed H. Chi, Lyric Doshi, …": the pages give
    # nothing that makes them one person (aliases.NOT_SAME)
    assert _speaker_id("neurips2020", "Ed Chi") == "ed-chi"
    author = _author("neurips2020", "Learned Indexes for a Google-scale Disk-based Database", 4)
    assert (author["name"], author["person_id"]) == ("Ed H. Chi", "ed-h-chi")


#: NeurIPS 2025's releases whose pages name its keynote (upstream commits c514382 "Update Index.md and add
#: schedule (#24)", 2025-11-18 20:47 UTC; 366b95a; 16133c0; 6b12b13; 3602dc0 "Update index.md (#29)").
_NEURIPS_2025_WITH_KEYNOTE = (
    "2025-11-18.2047",
    "2025-11-21.0536",
    "2025-11-29.2331",
    "2025-12-01.1902",
    "2025-12-03.1003",
)


@pytest.mark.parametrize("release", _NEURIPS_2025_WITH_KEYNOTE)
def test_neurips_2025s_keynote_is_named_as_her_own_heading_prints_her(release: str) -> None:
    # every one of these versions: schedule.md's 8:40 row "<b>Keynote:</b> Azalia Mirhoseni</a>" (a letter
    # dropped; the link is "#dean_talk" at c514382, "index.html#azalia_bio" after), and index.md's speaker block
    # '<div class="speaker-bio" id="azalia_bio"> … azalia_mirhoseini.jpg … <h3 class="keynote-speaker">Azalia
    # Mirhoseini</h3>' with her bio "Azalia Mirhoseini is an Assistant Professor…": her heading names her, the
    # schedule row only mentions her; one person, the id she has had since 2018's committee
    people = wd.load_people("neurips2025", release)
    azalia = people[people["name"].str.startswith("Azalia")]
    assert list(azalia["person_id"]) == ["azalia-mirhoseini"] and list(azalia["name"]) == ["Azalia Mirhoseini"]
    assert list(azalia["photo_url"]) == ["https://mlforsystems.org/assets/images/speakers/azalia_mirhoseini.jpg"]
    keynote = _row("neurips2025", release, "08:40")
    assert (keynote["kind"], keynote["speakers"]) == ("keynote", "Azalia Mirhoseini")


def test_neurips_2025s_debate_is_a_panel_of_its_four_debaters() -> None:
    # schedule.md's 2:15 PM row: "Debate: Jason Ansel, Dylan Patel, Neeraja Yadwadkar, Hanson Wang.<br/>"Will
    # Agentic AI Systems Replace System Developers?""; index.md: Jason Ansel and Dylan Patel "Invited Panelist"
    debate = _slot("neurips2025", "14:15")
    assert (debate["kind"], debate["end"].strftime("%H:%M")) == ("panel", "15:15")
    assert debate["speakers"] == "Jason Ansel, Dylan Patel, Neeraja Yadwadkar, Hanson Wang"
    assert debate["title"] == '"Will Agentic AI Systems Replace System Developers?"'
    ids = wd.load_release("neurips2025").slots[11].speakers
    assert ids == ("jason-ansel", "dylan-patel", "neeraja-yadwadkar", "hanson-wang")  # her id since 2018
    # the version of 2025-11-29 prints "Neeraja Yadwadkar" for her invited talk and "Neeraja Yadwakar" in the
    # debate: one person
    nov29 = wd.load_release("neurips2025", "2025-11-29.2331")
    assert [p.person_id for p in nov29.people].count("neeraja-yadwadkar") == 1
    assert {s.slot_id: s.speakers for s in nov29.slots}["debate"][2] == "neeraja-yadwadkar"


def test_a_person_listed_in_two_committees_keeps_both_links() -> None:
    # neurips2023/index.md: "Phitchaya Mangpo Phothilimthana, Google DeepMind, <a href=".../in/phitchaya-mangpo-
    # phothilimthana">" in the organizing committee and ".../in/phitchaya-mangpo-phothilimthana-64415b82" in
    # the competition committee
    people = wd.load_people("neurips2023").set_index("person_id")
    assert list(people.loc["phitchaya-mangpo-phothilimthana", "links"]) == [
        "https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana",
        "https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana-64415b82",
    ]


def test_neurips_2023s_mistyped_lunch_time_is_a_correction() -> None:
    # neurips2023/schedule.md: "11:30AM | Poster Session 1", then "12:30AM | Lunch", then "1:30 PM"
    assert _slot("neurips2023", "12:30")["label"] == "Lunch"
    [c] = wd.load_release("neurips2023").corrections
    assert (c.resource, c.key, c.field, c.printed, c.value) == (
        "slots",
        "lunch",
        "start",
        "12:30AM",
        "2023-12-16T12:30:00",
    )


def test_neurips_2023s_talk_titles_printed_only_on_its_schedule_page() -> None:
    # neurips2023/schedule.md's speakers, from 2023-12-10 (upstream 502efdc): "<h3>Chris Lattner</h3>
    # <h5>Keynote Speaker</h5><h4>Programming Languages Challenges in Large Scale Machine Learning</h4>";
    # from 2023-12-16 (upstream of 3fbf904, "Atlas talk title changed"): "<h3>Atlas Wang</h3><h4>Efficient
    # Generative Inference with Heavy Hitters and Beyond</h4>". index.md prints no title any more.
    roles = wd.load_roles("neurips2023").set_index("person_id")
    assert (
        roles.loc["chris-lattner", "talk_title"] == "Programming Languages Challenges in Large Scale Machine Learning"
    )
    assert roles.loc["atlas-wang", "talk_title"] == "Efficient Generative Inference with Heavy Hitters and Beyond"
    before = wd.load_roles("neurips2023", release="2023-12-14.1701").set_index("person_id")
    assert (
        before.loc["atlas-wang", "talk_title"] == "Leveraging Sparsity in Efficient Training, Inference, and Transfer"
    )
    changed = wd.diff("neurips2023", "2023-12-14.1701", "2023-12-16.0641")
    assert list(changed[["change", "person_id", "field"]].itertuples(index=False, name=None)) == [
        ("role_changed", "atlas-wang", "talk_title")
    ]


def test_isca_2019s_speakers_printed_only_on_its_schedule_page() -> None:
    # isca2019/schedule.md's "Speakers" section (index.md has none): '<div class="img-holder"
    # style="background-image: url(/assets/images/speakers/dave_patterson.jpg)">', '<h3 class="keynote-speaker">
    # Domain-Specific Architectures for Deep Neural Networks</h3><h4>David Patterson - Google Brain</h4><p>With
    # the ending of Moore's Law, …'; the 3:45 PM row prints "Keynote Speaker: David Patterson - Google Brain",
    # the 11:30 AM row "Speaker: Zhan Shi - University of Texas at Austin" (its slot is an invited talk: the
    # page presents him in its speakers section)
    roles = wd.load_roles("isca2019").set_index("person_id")
    dave = roles.loc["david-patterson"]
    assert (dave["role"], dave["group"]) == ("keynote", "Speakers")
    assert pd.isna(dave["label"])  # the block prints none
    assert dave["talk_title"] == "Domain-Specific Architectures for Deep Neural Networks"
    assert dave["talk_abstract"].startswith("With the ending of Moore's Law, many computer architects believe")
    assert dave["talk_abstract"].endswith("which are designed for training.")
    assert roles.loc["zhan-shi", "role"] == "invited"
    assert roles.loc["zhan-shi", "talk_title"] == "Learning Execution through Neural Code Fusion"
    speakers = roles[roles["role"].isin(SPEAKING)]
    assert list(speakers.index) == [  # the section's order, after the home page's committees
        "david-patterson",
        "h-t-kung",
        "farinaz-koushanfar",
        "nathan-beckmann",
        "summer-deng",  # headed "Zhaoxia (Summer) Deng - Facebook": the schedule's "Summer Deng - Facebook"
        "zhan-shi",
        "zhihao-jia",
    ]
    assert list(speakers["role"]) == ["keynote"] * 3 + ["invited"] * 4
    people = wd.load_people("isca2019").set_index("person_id")
    assert (
        people.loc["david-patterson", "photo_url"]
        == "https://mlforsystems.org/assets/images/speakers/dave_patterson.jpg"
    )
    assert people.loc["david-patterson", "affiliations"] == ("Google Brain",)
    assert pd.isna(people.loc["david-patterson", "bio"])  # the paragraph is the talk's abstract
    # named as the section heads them, "<h4>Zhaoxia (Summer) Deng - Facebook</h4>" and "<h4>H. T. Kung - Harvard
    # University</h4>", not as the rows mention them ("Speaker: Summer Deng - Facebook", "Speaker: H.T. Kung - …")
    assert people.loc["summer-deng", "name"] == "Zhaoxia (Summer) Deng"
    assert people.loc["h-t-kung", "name"] == "H. T. Kung"


def test_what_the_pages_do_not_say_stays_unknown() -> None:
    # NeurIPS 2019's schedule page says "December 13th or 14th, 8:30AM-6:00PM" and no venue; its home page
    # "December 14th, 9AM-6PM Vancouver Convention Centre, West Level 2 202-204" since 2019-10-08: the venue
    assert wd.load_workshop("neurips2019")["venue"] == "Vancouver Convention Centre, West Level 2 202-204"
    assert pd.isna(wd.load_workshop("neurips2019", release="2019-09-10.2109")["venue"])  # no page gave it yet
    corrections = wd.load_release("neurips2019").corrections
    assert any(c.field == "date" and c.value == "2019-12-14" for c in corrections)  # settled by later pages, said so
    assert pd.isna(wd.load_schedule("neurips2024").iloc[-1]["end"])  # the last slot's end is not printed
    assert wd.load_workshop("neurips2024")["date"] == pd.Timestamp("2024-12-15")


#: Abstracts on each edition's last papers pages, counted by reading them: 2018 to 2020's
#: accepted_papers.md are one paragraph per paper (title, PDF link, authors), no abstract;
#: NeurIPS 2022's index.md table has one in every row's card (16 in a <p>, 3 bare in the card:
#: "Target-independent XLA…", "Implementing Reinforcement Learning Datacenter…", "NeuralFuse…");
#: 2023's and 2024's _data/<edition>/papers.csv fill the abstract column for every listed paper.
ABSTRACTS = {
    "neurips2018": (0, 19),
    "isca2019": (0, 5),
    "neurips2019": (0, 22),
    "neurips2020": (0, 18),
    "neurips2022": (19, 19),
    "neurips2023": (32, 32),
    "neurips2024": (26, 26),
}


def test_abstracts_given_where_the_pages_print_them_and_unknown_elsewhere() -> None:
    papers = wd.load_papers("all")
    given = papers.groupby("edition", observed=True)["abstract"].agg(["count", "size"])
    assert {e: (int(n), int(of)) for e, (n, of) in given.iterrows()} == ABSTRACTS
    neuralfuse = papers[papers["title"].str.startswith("NeuralFuse")]["abstract"].item()
    assert neuralfuse.startswith("Deep neural networks (DNNs) are state-of-the-art models adopted")
    assert neuralfuse.endswith("to mitigate the accuracy-energy tradeoff in low-voltage regimes.")
    # the first release with the table (2022-11-06.1706) printed them as its last did
    first = wd.load_papers("neurips2022", release="2022-11-06.1706")
    assert first["abstract"].notna().all() and len(first) == 19


#: The schedules' materials on each edition's last pages, counted by reading them: NeurIPS 2018's
#: "(slides)" and "(recording)" links; ISCA 2019's "Slides" links, its titles linking the paper's
#: PDF and Zhan Shi's speaker heading linking arXiv; NeurIPS 2020's contributed talks' titles and
#: Benoit Steiner's title linking PDFs; NeurIPS 2022's spotlights' OpenReview links.
MATERIALS = {
    "neurips2018": {"slides": 3, "recording": 2},
    "isca2019": {"slides": 13, "paper": 6},
    "neurips2019": {},
    "neurips2020": {"paper": 18},
    "neurips2021": {},
    "neurips2022": {"paper": 6},
    "neurips2023": {},
    "neurips2024": {},
    "neurips2025": {},
}


def _materials(edition: str, start: str, release: str = "latest") -> list[tuple[str, str]]:
    df = wd.load_materials(edition, release=release)
    at = df[df["slot_start"].dt.strftime("%H:%M") == start]
    return list(zip(at["kind"].astype(str), at["url"], strict=True))


@pytest.mark.parametrize("edition", list(MATERIALS))
def test_materials_of_each_edition(edition: str) -> None:
    counts = wd.load_materials(edition)["kind"].astype(str).value_counts().to_dict()
    assert counts == MATERIALS[edition]


def test_the_materials_of_a_2018_talk() -> None:
    # neurips2018/schedule.md, 4:00 PM: "<b>Invited Speaker 5: Sanjay Krishnan</b>…
    # <a href="https://youtu.be/BZwDTKogS7U?t=2392">(recording)</a>", and the same link in the
    # heading of its abstract below the table (one material, not two)
    assert _materials("neurips2018", "16:00") == [("recording", "https://youtu.be/BZwDTKogS7U?t=2392")]
    assert _materials("neurips2018", "09:10") == [
        ("slides", "https://drive.google.com/file/d/1vq8IQERMKc9xmZWLh5rZRNHYWG8DAjAz/view?usp=sharing")
    ]
    assert _materials("neurips2018", "16:25") == [("recording", "https://youtu.be/BZwDTKogS7U?t=3793")]  # Jeff Dean


def test_the_materials_of_an_isca_2019_talk() -> None:
    # isca2019/schedule.md, 9:40-9:50 AM: the title links "/assets/papers/isca2019/…Charith_Mendis.pdf",
    # then "<a href="/assets/slides/isca2019/MLforSystems2019_Talk_Charith_Mendis.key">Slides</a>"
    assert _materials("isca2019", "09:40") == [
        ("paper", "https://mlforsystems.org/assets/papers/isca2019/MLforSystems2019_Charith_Mendis.pdf"),
        ("slides", "https://mlforsystems.org/assets/slides/isca2019/MLforSystems2019_Talk_Charith_Mendis.key"),
    ]
    # 11:30-11:55 AM: "Slides" in the row; the speaker block's heading links the title to arXiv
    assert _materials("isca2019", "11:30") == [
        ("slides", "https://mlforsystems.org/assets/slides/isca2019/MLforSystems2019_Zhan_Shi.pdf"),
        ("paper", "https://arxiv.org/abs/1906.07181"),
    ]


def test_the_materials_of_2020s_contributed_talks() -> None:
    # neurips2020/index.md, 14:25 "Contributed Talks:", 4th item: the title links its PDF (the
    # deleted schedule.md of 2020-12-03 printed it "MicroPlace: Placing Micro Virtual Machines…")
    df = wd.load_materials("neurips2020")
    fireplace = df[df["title"] == "FirePlace: Placing FireCracker Virtual Machines with Hindsight Imitation"]
    assert list(fireplace["url"]) == ["https://mlforsystems.org/assets/papers/neurips2020/fireplace_balaji_2020.pdf"]
    assert fireplace["talk_id"].notna().all()  # a talk of the block, not the block's own
    # the block's start, named as load_talks names it: the talk's own time is not printed
    assert "start" not in df and list(fireplace["slot_start"].dt.strftime("%H:%M")) == ["14:25"]
    # 13:50 "Invited Speaker 4: Benoit Steiner - <a href="http://mlforsystems.org/…">Title</a>": as printed
    assert _materials("neurips2020", "13:50") == [
        ("paper", "http://mlforsystems.org/assets/papers/neurips2020/value_steiner_2020.pdf")
    ]


def test_another_editions_materials_are_not_this_editions() -> None:
    # 219c07c "Add a schedule page for NeurIPS 2019 Workshop": 2018's table with "TBD" rows, still
    # linking 2018's slides and recording
    for name in wd.releases("neurips2019")["release"]:
        assert wd.load_materials("neurips2019", release=name).empty, name


def test_a_speakers_bio_gives_a_profile_link() -> None:
    # index.md from ebcae52 (2024-11-20) to a41ddab (2024-12-14): "…where she leads the
    # <a href="https://socialrl.cs.washington.edu/">Social RL Lab</a>" in Natasha Jaques's bio
    people = wd.load_people("neurips2024", release="2024-12-08.0343").set_index("person_id")
    assert people.at["natasha-jacques", "links"] == ("https://socialrl.cs.washington.edu/",)
    latest = wd.load_people("neurips2024").set_index("person_id")  # a41ddab rewrote the bio without it
    assert latest.at["natasha-jacques", "links"] == ()


def _row(edition: str, release: str, start: str) -> pd.Series:
    df = wd.load_schedule(edition, release=release)
    return df[df["start"].dt.strftime("%H:%M") == start].iloc[0]


def test_neurips_2024s_first_schedule_reads_its_rows_as_printed() -> None:
    # b521f0b (2024-11-18 04:40 UTC), schedule.md, read off the page: its rows print "Role:
    # Name, Title" and "<i>Title, Name</i>"; the names are the home page's speakers and the
    # accepted papers' authors
    keynote = _row("neurips2024", "2024-11-18.0440", "08:20")
    # <a href="#dean_talk"><b>Keynote Speaker: Jeff Dean, Advances in Machine Learning for Systems </b>
    # <br/><i>Google</i></a>
    assert (keynote["kind"], keynote["label"], keynote["speakers"], keynote["affiliations"], keynote["title"]) == (
        "keynote",
        "Keynote Speaker",
        "Jeff Dean",
        "Google",
        "Advances in Machine Learning for Systems",
    )
    # <a href="#ahmed_talk"><b>CodeGen Talk: Ahmed El-Kishky, OpenAI's o1 Competing on IOI</b><br/><i>OpenAI</i></a>
    codegen = _row("neurips2024", "2024-11-18.0440", "14:00")
    assert (codegen["label"], codegen["speakers"], codegen["affiliations"], codegen["title"]) == (
        "CodeGen Talk",
        "Ahmed El-Kishky",
        "OpenAI",
        "OpenAI's o1 Competing on IOI",
    )
    # <i>Multi-Agent Reinforcment Learning for Systems, Natasha Jacques</i>
    jacques = _row("neurips2024", "2024-11-18.0440", "09:15")
    assert pd.isna(jacques["label"])
    assert (jacques["speakers"], jacques["title"]) == (
        "Natasha Jacques",
        "Multi-Agent Reinforcment Learning for Systems",
    )
    # <i>Tim Kraska: ML for Systems, A Retrospective</i>
    kraska = _row("neurips2024", "2024-11-18.0440", "13:00")
    assert (kraska["speakers"], kraska["title"]) == ("Tim Kraska", "ML for Systems, A Retrospective")
    # Neither row says invited or contributed, and the home page of that version names Jeff Dean
    # alone (Keynote Speaker): their kind is unknown, their text kept (later versions print
    # "Invited" and "Retrospective")
    assert (jacques["kind"], kraska["kind"]) == ("other", "other")
    assert (jacques["raw"], kraska["raw"]) == (
        "Multi-Agent Reinforcment Learning for Systems, Natasha Jacques",
        "Tim Kraska: ML for Systems, A Retrospective",
    )
    # <i>Spotlight: Don't Transform the Code, Code the Transforms: …, Chris Cummins</i>
    spotlight = _row("neurips2024", "2024-11-18.0440", "10:50")
    assert (spotlight["kind"], spotlight["label"], spotlight["speakers"]) == (
        "contributed",
        "Spotlight",
        "Chris Cummins",
    )
    assert spotlight["title"].startswith("Don't Transform the Code, Code the Transforms: ")
    # <i>WarpDrive: An Agentic Workflow for Ninja GPU Transformations, Siva Hari</i>: the paper's
    # author "Siva Kumar Sastry Hari" (the alias table), printed as the row prints him
    warpdrive = _row("neurips2024", "2024-11-18.0440", "14:20")
    assert (warpdrive["title"], warpdrive["speakers"], warpdrive["speaker_ids"]) == (
        "WarpDrive: An Agentic Workflow for Ninja GPU Transformations",
        "Siva Hari",
        ("siva-kumar-sastry-hari",),
    )
    # a contributed talk: its title is one of the accepted papers the same commit listed
    # (_data/neurips2024/papers.csv), as is the 14:30 row's
    assert (warpdrive["kind"], _row("neurips2024", "2024-11-18.0440", "14:30")["kind"]) == (
        "contributed",
        "contributed",
    )
    people = set(wd.load_people("neurips2024", release="2024-11-18.0440")["name"])
    assert "CodeGen Talk" not in people


def test_neurips_2018s_contributed_talks_name_their_speaker() -> None:
    # neurips2018/schedule.md: "<b>Fabian Ruffy</b><br/><i>Iroko: A Framework to Prototype
    # Reinforcement Learning for Data Center Traffic Control</i> (slides)", Fabian Ruffy an author
    # of the accepted paper
    iroko = _slot("neurips2018", "11:30")
    assert (iroko["kind"], iroko["speakers"]) == ("contributed", "Fabian Ruffy")
    assert pd.isna(iroko["label"])
    assert iroko["title"] == "Iroko: A Framework to Prototype Reinforcement Learning for Data Center Traffic Control"
    lemieux = _slot("neurips2018", "11:00")
    assert (lemieux["kind"], lemieux["speakers"]) == ("contributed", "Caroline Lemieux")


def test_neurips_2018s_title_only_rows_are_contributed_talks() -> None:
    # 7ff2063 "update schedule" (2018-11-28 22:25 UTC) printed "Contributed Talk 1" to "6" at 11:00,
    # 11:15 and 11:30 AM and 2:10, 2:25 and 2:40 PM; 8de7c1f "Added contributed talks to
    # schedule." (2018-12-03 19:47 UTC) put a title alone in each row, every one of them a title
    # of accepted_papers.md of that version ("ReLeQ: A Reinforcement Learning Approach…", renamed
    # "ReLeQ: An Automatic Reinforcement Learning Approach…" on that page from 2018-12-04, where
    # the schedule keeps the first title). The last schedule prints four of them so, no speaker.
    printed = {
        "11:15": "Placeto: Efficient Progressive Device Placement Optimization",
        "14:10": "Learning to Optimize Tensor Programs",
        "14:25": "Learning to Design Circuits",
        "14:40": "ReLeQ: A Reinforcement Learning Approach for Deep Quantization of Neural Networks",
    }
    for start, title in printed.items():
        row = _slot("neurips2018", start)
        assert (row["kind"], row["title"]) == ("contributed", title), start
        assert pd.isna(row["label"]) and pd.isna(row["speakers"]), start
        assert title in set(wd.load_papers("neurips2018", release="2018-12-03.1947")["title"]), start
    releases = wd.releases("neurips2018")
    names = list(releases.loc[releases["published"] >= "2018-11-28 22:25:30+00:00", "release"])
    assert names[:3] == ["2018-11-28.2225", "2018-11-28.2239", "2018-11-28.2247"]
    # each row keeps its slot's id from "Contributed Talk N" on, through every release
    for start in ("11:00", *printed):
        ids = set()
        for name in names:
            schedule = wd.load_schedule("neurips2018", release=name)
            ids |= set(schedule.loc[schedule["start"].dt.strftime("%H:%M") == start, "slot_id"])
        assert len(ids) == 1, (start, ids)


#: Two of NeurIPS 2024's contributed talks as its schedule pages print them.
SPOTLIGHT_2024 = "The Unreasonable Effectiveness of LLMs for Query Optimization"
WARPDRIVE_2024 = "WarpDrive: An Agentic Workflow for Ninja GPU Transformations"


def _holder(release: str, title: str) -> tuple[str, str]:
    """The id and start (HH:MM) of the slot of a NeurIPS 2024 release that holds the talk
    ``title``: a block with it among its talks, or a row of its own with that title."""
    talks = wd.load_talks("neurips2024", release=release)
    schedule = wd.load_schedule("neurips2024", release=release).set_index("slot_id")
    held = talks[talks["title"] == title]["slot_id"]
    slot_id = str(held.iloc[0]) if len(held) else str(schedule.index[schedule["title"] == title][0])
    return slot_id, schedule.loc[slot_id, "start"].strftime("%H:%M")


def test_neurips_2024s_contributed_talks_keep_their_slots_ids_across_every_release() -> None:
    # Read on the pages (git show <commit>:schedule.md): b521f0b (2024-11-18 04:40 UTC) prints
    # "<i>Spotlight: The Unreasonable Effectiveness of LLMs for Query Optimization, Peter
    # Akioyamen</i>" at 11:00 AM and "<i>WarpDrive: An Agentic Workflow for Ninja GPU
    # Transformations, Siva Hari</i>" at 2:20 PM, rows of their own; 2465545 (17:48 UTC) gathers
    # them into two "Contributed Talks:" blocks at 10:50 AM (with Chris Cummins's spotlight, the
    # 10:50 row before) and 2:20 PM (with Scalable RL, the 2:30 PM row before), and so does every
    # later version, 2e6c5a5 (2024-12-04) moving the blocks to 2:20 PM and 3:10 PM. The pinned
    # release (ca5d443's page, published 2024-11-20 00:00 UTC) named the blocks
    # "contributed-talks" and "contributed-talks-2".
    releases = wd.releases("neurips2024")
    names = list(releases.loc[releases["slots"] > 0, "release"])
    assert names[:3] == ["2024-11-18.0440", "2024-11-18.1748", "2024-11-20"]
    spotlight = [_holder(r, SPOTLIGHT_2024) for r in names]
    warpdrive = [_holder(r, WARPDRIVE_2024) for r in names]
    assert [start for _, start in spotlight] == ["11:00"] + ["10:50"] * 5 + ["14:20"] * 5
    assert [start for _, start in warpdrive] == ["14:20"] * 6 + ["15:10"] * 5
    first = wd.load_schedule("neurips2024", release=names[0]).set_index("slot_id")
    rows = {first.loc[i, "start"].strftime("%H:%M"): i for i in first.index}
    # a block keeps the id of the first row it holds (the rows it took in are gone), ...
    assert (spotlight[1][0], warpdrive[1][0]) == (rows["10:50"], rows["14:20"])
    assert {rows["11:00"], rows["14:30"]}.isdisjoint(wd.load_schedule("neurips2024", release=names[1])["slot_id"])
    # ... the pinned release's ids, in every release published after it (whatever the order of
    # their commits: ebcae52 of 17:42 that day is older than ca5d443) and, for the slots they
    # share with it, in those before it ...
    assert (rows["10:50"], rows["14:20"]) == ("contributed-talks", "contributed-talks-2")
    assert [i for i, _ in spotlight] == [rows["11:00"]] + ["contributed-talks"] * 10
    assert [i for i, _ in warpdrive] == ["contributed-talks-2"] * 11
    # ... and an id is never the other block's, nor taken again once left
    assert not {i for i, _ in spotlight} & {i for i, _ in warpdrive}
    for ids in ([i for i, _ in spotlight], [i for i, _ in warpdrive]):
        runs = [i for i, _ in itertools.groupby(ids)]
        assert len(runs) == len(set(runs)), ids


def test_neurips_2024s_diff_at_the_pinned_release_lists_only_what_the_page_changed() -> None:
    # The pinned release is ca5d443's schedule page (2024-11-20 21:45 UTC, published at 00:00
    # that day); the release before it is 2465545's (2024-11-18 17:48 UTC). Between the two,
    # schedule.md changed in one line (git diff 2465545 1ca3850 -- schedule.md): its <div
    # class="schedule_section"> became "schedule_section virtual_schedule_section", markup
    # only. Both pages print the same fourteen rows: Keynote: Jeff Dean at 8:20 AM, Invited:
    # Natasha Jacques, Coffee Break, Hardware: Richard Ho, Contributed Talks at 10:50 AM,
    # Poster Session 1, Lunch Break, Retrospective: Tim Kraska at 1:00 PM, Coffee Break,
    # CodeGen: Ahmed El-Kishky at 2:00 PM, Contributed Talks at 2:20 PM, Q&A, Poster Session 2,
    # Panel at 4:00 PM. So nothing changed at the pin: no slot removed and added again.
    assert wd.diff("neurips2024", "2024-11-18.1748", "2024-11-20").empty
    history = wd.history("neurips2024")
    assert history[history["release"] == "2024-11-20"].empty
    before = wd.load_schedule("neurips2024", release="2024-11-18.1748")
    pinned = wd.load_schedule("neurips2024", release="2024-11-20")
    assert list(before["slot_id"]) == list(pinned["slot_id"])
    assert list(pinned["start"].dt.strftime("%H:%M")) == [
        *("08:20", "09:15", "09:55", "10:10", "10:50", "11:10", "12:00"),
        *("13:00", "13:50", "14:00", "14:20", "14:40", "15:05", "16:00"),
    ]
    talks = wd.load_talks("neurips2024", release="2024-11-18.1748")
    assert list(talks["slot_id"]) == ["contributed-talks"] * 2 + ["contributed-talks-2"] * 2
    # the first schedule (b521f0b) takes the pinned ids of the slots it shares with 2465545's,
    # e.g. "Keynote Speaker: Jeff Dean" at 8:20 AM, "CodeGen Talk: Ahmed El-Kishky" at 2:00 PM
    first = wd.load_schedule("neurips2024", release="2024-11-18.0440").set_index("slot_id")
    ids = {first.loc[i, "start"].strftime("%H:%M"): i for i in first.index}
    assert (ids["08:20"], ids["10:10"], ids["13:00"], ids["14:00"]) == (
        "keynote-jeff-dean",
        "hardware-richard-ho",
        "retrospective-tim-kraska",
        "codegen-ahmed-el-kishky",
    )


def test_neurips_2024s_0915_row_keeps_its_id_when_its_title_is_corrected() -> None:
    # At 9:15 AM b521f0b (2024-11-18 04:40 UTC) prints "<i>Multi-Agent Reinforcment Learning for
    # Systems, Natasha Jacques</i>" (no role: kind unknown) and 2465545 (17:48 UTC) "<b>Invited:</b>
    # Natasha Jacques (<i>University of Washington</i>)<br>Multi-Agent Reinforcement Learning for
    # Systems": the same talk, its title's typo corrected. One slot, the pinned id, its changes listed
    diff = wd.diff("neurips2024", "2024-11-18.0440", "2024-11-18.1748")
    assert "multi-agent-reinforcment-learning-for-natasha-jacques" not in set(diff["slot_id"])
    changes = diff[diff["slot_id"] == "invited-natasha-jacques"].set_index("change")
    assert set(changes.index) == {
        "kind_changed",
        "label_changed",
        "retitled",
        "text_changed",
        "affiliation_changed",
        "person_changed",  # her name now links to the talk's anchor on the page
    }
    assert (changes.loc["person_changed", "field"], changes.loc["person_changed", "new"]) == ("anchor", "jacques_talk")
    assert (changes.loc["kind_changed", "old"], changes.loc["kind_changed", "new"]) == ("other", "invited")
    assert pd.isna(changes.loc["label_changed", "old"]) and changes.loc["label_changed", "new"] == "Invited"
    assert (changes.loc["retitled", "old"], changes.loc["retitled", "new"]) == (
        "Multi-Agent Reinforcment Learning for Systems",
        "Multi-Agent Reinforcement Learning for Systems",
    )
    assert _row("neurips2024", "2024-11-18.0440", "09:15")["slot_id"] == "invited-natasha-jacques"


def test_an_id_is_never_taken_again_once_left_in_neurips_2024s_history() -> None:
    # the pinned release's ids given to the releases before it included: each slot id is in
    # one unbroken run of releases
    names = list(wd.releases("neurips2024")["release"])
    having: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        for slot_id in wd.load_schedule("neurips2024", release=name)["slot_id"]:
            having.setdefault(slot_id, []).append(i)
    broken = {s: [names[i] for i in at] for s, at in having.items() if at != list(range(at[0], at[-1] + 1))}
    assert broken == {}


def test_isca_2019s_first_schedules_name_their_speakers() -> None:
    # f7c0523 (2019-06-17 23:26 UTC), schedule.md: the invited talks' rows print the speaker alone,
    # "<b>Farinaz Koushanfar (UCSD)</b><br/>" (no title yet), and the speakers section below heads
    # each bio the same way ("<h3>Farinaz Koushanfar (UCSD)</h3>"; "<h3>Nathan Beckmann (CMU)</h3>"
    # for the row's "Nathan Bechmann (CMU)", "<h3>Zhaoxia (Summer) Deng (Facebook)</h3>" for "Summer
    # Deng (Facebook)"); index.md names no speaker. "Turing Award Lecture (Symphony Hall)" is no person.
    # A speaker the section presents is named as it heads him: the row's "<b>H.T. Kung (Harvard University)</b>"
    # is "<h3>H. T. Kung (Harvard University)</h3>" there.
    def row(start: str) -> tuple[object, ...]:
        r = _row("isca2019", "2019-06-17.2326", start)
        return r["kind"], r["speakers"], r["affiliations"], r["title"], r["label"]

    na = pd.NA
    assert row("09:10") == ("invited", "Farinaz Koushanfar", "UCSD", na, na)
    assert row("10:30") == ("invited", "H. T. Kung", "Harvard University", na, na)
    assert row("11:30") == ("invited", "Zhan Shi", "University of Texas at Austin", na, na)
    # "<b>David Patterson</b><br/>": his affiliation is the speakers section's "<h3>David Patterson (Google Brain)</h3>"
    assert row("15:45") == ("invited", "David Patterson", "Google Brain", na, na)
    # presented under another spelling of the name, or not presented: the kind is not said
    assert row("14:00") == ("other", "Nathan Bechmann", "CMU", na, na)
    assert row("14:30") == ("other", "Summer Deng", "Facebook", na, na)
    assert row("17:15") == ("other", na, na, na, "Turing Award Lecture")
    speaker_ids = _row("isca2019", "2019-06-17.2326", "14:00")["speaker_ids"]
    assert speaker_ids == ("nathan-beckmann",)  # the alias table: one person, as later rows print him


def test_neurips_2018s_merge_conflicted_papers_page_keeps_the_side_read_before_it() -> None:
    # neurips2018/accepted_papers.md from d4d74eb (2019-12-05) to 1db4344 (2022-12-12): "<<<<<<< HEAD", the 19
    # papers with Drive links (the page as it was before), "=======", the same 19 titles and bylines with
    # "/assets/papers/neurips2018/…" links, ">>>>>>> 520579d... move neurips 2018 to github stored pdfs". The
    # page is refused (reported); a release of those years keeps the papers read before it, the HEAD side;
    # one paper holds one link, so the other side's are not held until 1db4344 keeps that side alone
    def first(release: str) -> tuple[str, str]:
        paper = wd.load_release("neurips2018", release).papers[0]
        return paper.title, paper.pdf_url

    title = "Learning Scheduling Algorithms for Data Processing Clusters"
    drive = "https://drive.google.com/file/d/12VQNpD0Cvf_k-2OSMsQfX8yaZ1LOlltv/view?usp=sharing"
    assert first("2021-08-13.0927") == (title, drive)
    assert first("2022-12-12.1846") == (
        title,
        "https://mlforsystems.org/assets/papers/neurips2018/learning_mao_2018.pdf",
    )


def test_isca_2019s_schedules_with_a_copy_pasted_row_are_no_releases() -> None:
    # schedule.md at ccefb02 "tentative schedule" (2019-06-17 23:18 UTC), 64e4f79 (23:24) and 84abed2 (23:25)
    # prints "10:20-10:30 AM | Talk 5", then "9:10-9:40 AM | H.T. Kung (Harvard University)" (Farinaz
    # Koushanfar's row's time, two rows up), then "11-11:30 AM | Break": the page contradicts itself, and
    # only f7c0523 (23:26, "10:30-11:00 AM") says which; those three versions are reported, not releases
    names = [r.name for r in wd.load_edition("isca2019").releases]
    assert [n for n in names if n.startswith("2019-06-17")] == [
        "2019-06-17.2139",
        "2019-06-17.2326",
        "2019-06-17.2340",
        "2019-06-17.2343",
        "2019-06-17.2345",
    ]
    kung = _row("isca2019", "2019-06-17.2326", "10:30")  # named as the speakers section heads him
    assert (kung["speakers"], kung["end"].strftime("%H:%M")) == ("H. T. Kung", "11:00")


def test_neurips_2021s_schedule_keeps_its_tbd_rows_in_the_pages_order() -> None:
    # neurips2021/index.md (efe6800, 2021-09-28, the last version that changes it), read off the
    # page: '<td data-value-start="2021-12-13T09:00:00.000-08:00">09:00</td><td>Opening Remarks</td>',
    # six rows '<td>TBD</td><td><a href="#…"><b>Invited Speaker N: Name</b></a></td>', and
    # '<td data-value-start="2021-12-13T17:40:00.000-08:00">17:40</td><td>Closing</td>'
    df = wd.load_schedule("neurips2021")
    names = ["Anima Anandkumar", "Michael Carbin", "Luis Ceze", "Tim Kraska"]
    names += ["Phitchaya Mangpo Phothilimthana", "Yuandong Tian"]
    assert list(df["label"]) == ["Opening Remarks", *(f"Invited Speaker {n}" for n in range(1, 7)), "Closing"]
    assert list(df["kind"].astype(str)) == ["opening", *["invited"] * 6, "closing"]
    assert list(df["speakers"].iloc[1:7]) == names
    opening, closing = df.iloc[0], df.iloc[-1]
    assert opening["start"] == pd.Timestamp("2021-12-13T09:00", tz="America/Los_Angeles")
    assert closing["start"] == pd.Timestamp("2021-12-13T17:40", tz="America/Los_Angeles")
    # what the page does not print stays unknown: the talks' times, and every end (the opening's
    # next row is "TBD", nothing follows the closing)
    assert df["start"].iloc[1:7].isna().all() and df["end"].isna().all() and df["duration"].isna().all()
    assert not df["end_derived"].any() and df["status"].isna().all()
    # the speakers are the people of the home page's invited-speaker roles: one id each
    roles = wd.load_roles("neurips2021")
    invited = roles[roles["role"] == "invited"]
    assert list(invited["name"]) == names
    assert [ids[0] for ids in df["speaker_ids"].iloc[1:7]] == list(invited["person_id"])


# -- facts printed with a role or a talk (schema 2.4.0) ----------------------------------------

#: edition -> (person id, group, the affiliations printed with that role, the person's): read off
#: the last pages that print both (a committee entry and the organizers' list, or a speaker block
#: and the schedule's row). No other role of any edition prints other affiliations than its person's.
ROLE_AFFILIATIONS = {
    # neurips2019/index.md: "Xinlei Xu, New York University" (Program Committee), "Xinlei Xu, NYU"
    # among the organizers, listed first
    "neurips2019": ("mimee-xu", "Program Committee", ("New York University",), ("NYU",)),
    # neurips2020/index.md: "Martin Maas, Google" (Program Committee), "Martin Maas, Google Brain" (organizers)
    "neurips2020": ("martin-maas", "Program Committee", ("Google",), ("Google Brain",)),
}


@pytest.mark.parametrize("edition", sorted(ROLE_AFFILIATIONS))
def test_a_role_keeps_the_affiliations_printed_with_it(edition: str) -> None:
    person, group, printed, own = ROLE_AFFILIATIONS[edition]
    roles = wd.load_roles(edition)
    held = roles[roles["affiliations"].map(len) > 0]
    assert [(r.person_id, r.group, tuple(r.affiliations)) for r in held.itertuples()] == [(person, group, printed)]
    people = wd.load_people(edition).set_index("person_id")
    assert tuple(people.loc[person, "affiliations"]) == own
    # 2.4.0 for the role's own affiliations; 2.9.0 for the words the committees print as links
    assert wd.load_release(edition).schema_version == "2.9.0"


def test_neurips_2023s_speaker_block_prints_another_affiliation_than_its_schedule() -> None:
    # index.md at 2023-12-10 12:54 UTC ("Update schedule and competition summary"): the speaker heading
    # "<h4>Atlas Wang (The University of Texas at Austin)</h4>"; schedule.md's row "Invited Speaker: Atlas
    # Wang <br/><i>UT Austin</i>"; the next version's heading prints none
    rel = wd.load_edition("neurips2023").release("2023-12-10.1254")
    [role] = [r for r in rel.roles if r.affiliations]
    assert (role.person_id, role.role, role.affiliations) == (
        "atlas-wang",
        "invited",
        ("The University of Texas at Austin",),
    )
    assert rel.person("atlas-wang").affiliations == ("UT Austin",)


def test_a_release_whose_roles_print_the_persons_affiliations_keeps_its_schema() -> None:
    # NeurIPS 2018's committees print each person once: no role of its own, its releases stay older
    assert all(r.schema_version != "2.4.0" for r in wd.load_edition("neurips2018").releases)
    assert not any(r.affiliations for r in wd.load_release("neurips2018").roles)


def test_neurips_2022s_spotlights_keep_the_detailed_schedules_times() -> None:
    # neurips2022/index.md, "Detailed Schedule": "Sat 10:55 a.m. - 11:05 a.m." … inside the overview's
    # "10:50AM - 11:55AM | Contributed Talks" and "1:05PM - 1:45PM | Contributed Talks"
    talks = wd.load_talks("neurips2022")
    got = [(r.slot_id, r.start.strftime("%H:%M"), r.end.strftime("%H:%M"), r.title[:24]) for r in talks.itertuples()]
    assert got == [
        ("contributed-talks", "10:55", "11:05", "A code superoptimizer th"),
        ("contributed-talks", "11:10", "11:20", "Predicting Network Buffe"),
        ("contributed-talks", "11:25", "11:35", "HEAT: Hardware-Efficient"),
        ("contributed-talks", "11:45", "11:55", "Learning to Drive Softwa"),
        ("contributed-talks-2", "13:05", "13:20", "Multi-Agent Reinforcemen"),
        ("contributed-talks-2", "13:30", "13:45", "Implementing Reinforceme"),
    ]
    assert str(talks["start"].dt.tz) == "America/Chicago"
    # beside each, its block's times: "10:50AM - 11:55AM", "1:05PM - 1:45PM"
    blocks = [(f"{r.slot_start:%H:%M}", f"{r.slot_end:%H:%M}") for r in talks.itertuples()]
    assert blocks == [("10:50", "11:55")] * 4 + [("13:05", "13:45")] * 2
    rel = wd.load_release("neurips2022")
    # talks' own times are schema 2.4.0; the release is 2.12.0 for its invited talks' other titles
    # (slots.talk_event_title), after 2.11.0's talks' and slots' types (talks.presentation...),
    # 2.10.0's how its posters and opening are given, 2.9.0's profile links' words and 2.8.0's talks'
    assert rel.talks[0].start == dt.datetime(2022, 12, 3, 10, 55) and rel.schema_version == "2.12.0"


def test_neurips_2022s_detailed_schedule_says_how_each_talk_is_given() -> None:
    # neurips2022/index.md, "Detailed Schedule": each event's title has a tooltip, '<strong title="In-person
    # Presentation, Prerecorded Backup | id: 62280">A code superoptimizer…'; HEAT's "Zoom Presentation,
    # Prerecorded Backup"; the invited talks': Jeff Dean "Prerecorded &amp; Livestreamed", Dawn Song
    # "In-Person Presentation or Q&amp;A, no prerecorded backup", the afternoon's three as the spotlights
    in_person = "In-person Presentation, Prerecorded Backup"
    talks = wd.load_talks("neurips2022")
    assert [(r.title[:24], r.delivery) for r in talks.itertuples()] == [
        ("A code superoptimizer th", in_person),
        ("Predicting Network Buffe", in_person),
        ("HEAT: Hardware-Efficient", "Zoom Presentation, Prerecorded Backup"),
        ("Learning to Drive Softwa", in_person),
        ("Multi-Agent Reinforcemen", in_person),
        ("Implementing Reinforceme", in_person),
    ]
    schedule = wd.load_schedule("neurips2022")
    given = schedule[schedule["talk_delivery"].notna()]
    assert [(r.speakers, r.talk_delivery) for r in given.itertuples()] == [
        ("Jeff Dean", "Prerecorded & Livestreamed"),
        ("Dawn Song", "In-Person Presentation or Q&A, no prerecorded backup"),
        ("Steve Keckler", in_person),
        ("Newsha Ardalani", in_person),
        ("Riyadh Baghdadi", in_person),
    ]
    # the page's two editions before its detailed schedule say nothing of it; an older schema none
    assert wd.load_talks("neurips2022", release="2022-08-18.1618")["delivery"].isna().all()
    assert wd.load_talks("neurips2020")["delivery"].isna().all()
    # index.md of 2022-11-06: Dawn Song's tooltip "In-person Presentation, Prerecorded Backup"; of 2022-11-30:
    # "In-Person Presentation or Q&amp;A, no prerecorded backup"
    df = wd.diff("neurips2022", "2022-11-06.1706", "2022-11-30.2353")
    song = df[(df["change"] == "delivery_changed") & (df["slot_id"] == "invited-speaker-1-dawn-song")]
    assert song[["field", "old", "new"]].values.tolist() == [
        ["talk_delivery", in_person, "In-Person Presentation or Q&A, no prerecorded backup"]
    ]


#: NeurIPS 2022's posters as index.md's "Accepted Papers" table prints them from 2022-11-06 on, each
#: title's tooltip before its id ('<strong title="Prerecorded, on-demand, not streamed during event | id:
#: 62267">'), read by hand in order of the list (the ids 62267-62290 without the talks'): 13 "Prerecorded,
#: on-demand, not streamed during event" (P), 6 "Link Only (appears in the schedule, but no SlidesLive)"
#: (L); the detailed schedule's untimed rows of 2022-11-30 on print the same tooltip for each.
_POSTERS_2022 = "PLLPPPLPPPPPLPLPPPL"


def test_neurips_2022s_pages_say_how_the_opening_the_breaks_and_each_poster_are_given() -> None:
    # neurips2022/index.md's detailed schedule from 2022-11-30 on: 'Opening Remarks' (8:30-8:40 a.m.)
    # titled "In-person Intro, Opening/Closing Remarks (introduction by moderator) | id: 64282"; the two
    # 'Poster Session | Coffee Break' (10:20-10:50 a.m., 1:55-2:25 p.m.) "Break | id: 65364" and "| id:
    # 65365" over '<small>(Break)</small>': that tooltip repeats the event's type, no delivery (schema
    # 2.11.0 keeps it as the slot's presentation, test_neurips_2022s_detailed_schedule_types_...)
    schedule = wd.load_schedule("neurips2022")
    given = schedule[schedule["delivery"].notna()]
    assert [(r.slot_id, r.label, r.delivery) for r in given.itertuples()] == [
        ("opening-remarks", "Opening Remarks", "In-person Intro, Opening/Closing Remarks (introduction by moderator)"),
    ]
    assert str(schedule["delivery"].dtype) == "string"
    # a slot's own and its talk's are never both said: a talk's label is the talk's
    assert not (schedule["delivery"].notna() & schedule["talk_delivery"].notna()).any()
    prerecorded, link_only = (
        "Prerecorded, on-demand, not streamed during event",
        "Link Only (appears in the schedule, but no SlidesLive)",
    )
    words = {"P": prerecorded, "L": link_only}
    first = wd.load_papers("neurips2022", release="2022-11-06.1706")
    for release in ("2022-11-06.1706", "2022-11-30.2353", "2022-12-12.1846", "2023-06-02.0254"):
        papers = wd.load_papers("neurips2022", release=release)
        # from 2022-12-12 accepted_papers.md lists 30, the 19 posters of index.md's table among them
        by_id = dict(zip(papers["paper_id"], papers["delivery"], strict=True))
        assert papers["delivery"].notna().sum() == 19, release
        # in the order of 2022-11-06's list (accepted_papers.md orders them otherwise), by paper id
        assert [by_id[p] for p in first["paper_id"]] == [words[c] for c in _POSTERS_2022], release
    assert str(papers["delivery"].dtype) == "string"
    assert first["title"].iloc[0] == "Towards Continually Learning Application Performance Models"
    assert first["title"].iloc[1] == "Learning to Drive Software-Defined Storage"
    assert (first["delivery"] == prerecorded).sum() == 13 and (first["delivery"] == link_only).sum() == 6
    # 2022-11-06's detailed schedule has no opening, no break: its slots say none
    assert wd.load_schedule("neurips2022", release="2022-11-06.1706")["delivery"].isna().all()
    # before 2022-11-06, and in every other edition, nothing is said
    assert wd.load_papers("neurips2022", release="2022-08-18.1618").empty
    for edition in ("neurips2018", "neurips2019", "neurips2020", "neurips2023", "neurips2024"):
        assert wd.load_schedule(edition)["delivery"].isna().all(), edition
        assert wd.load_papers(edition)["delivery"].isna().all(), edition
    rel = wd.load_release("neurips2022")
    assert rel.schema_version == "2.12.0"
    assert wd.load_release("neurips2022", release="2022-08-18.1618").schema_version == "2.9.0"
    # the diff tells the opening's label added as it tells a talk's
    df = wd.diff("neurips2022", "2022-11-06.1706", "2022-11-30.2353")
    got = df[(df["change"] == "delivery_changed") & (df["field"] == "delivery")]
    assert got[["slot_id", "new"]].values.tolist() == [
        ["opening-remarks", "In-person Intro, Opening/Closing Remarks (introduction by moderator)"]
    ]
    assert got["old"].isna().all() and got["talk_id"].isna().all()
    # and the posters' labels as each paper's, from nothing said (2022-08-18.1618 listed no paper)
    df = wd.diff("neurips2022", "2022-11-06.1706", "2022-12-12.1846")
    assert df[(df["change"] == "paper_changed") & (df["field"] == "delivery")].empty


def test_neurips_2022s_detailed_schedule_types_each_talk_and_titles_the_poster_sessions() -> None:
    # neurips2022/index.md (the site's HEAD), its detailed schedule (the <tr id="wse-detail-..."> rows
    # outside the commented-out block of older rows, lines 2810-3443), read by hand:
    # line 480 'A code superoptimizer through neural Monte-Carlo tree search' <small>(Spotlight)</small>,
    # line 650 'HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression'
    # (Spotlight), line 947 'Implementing Reinforcement Learning Datacenter Congestion Control in NVIDIA
    # NICs' (Spotlight): the six spotlights all '(Spotlight)'; 'Jeff Dean - Invited Talk' (line 249),
    # 'Dawn Song - Invited Talk', 'Steve Keckler - ...', 'Newsha Ardalani - ...', 'Riyadh Baghdadi - ...'
    # each '(Talk)'; 'Poster Session | Coffee Break' at 10:20-10:50 a.m. (line 413) and 1:55-2:25 p.m.
    # (line 1122) '(Break)', where the overview table says 'Poster Session #1' and '#2'; 'Opening
    # Remarks' no type. (A grep counts 12 '(Spotlight)' and 10 '(Talk)': the commented-out copy too.)
    talks = wd.load_talks("neurips2022")
    assert dict(zip(talks["title"], talks["presentation"], strict=True)) == {
        "A code superoptimizer through neural Monte-Carlo tree search": "Spotlight",
        "Predicting Network Buffer Capacity for BBR Fairness": "Spotlight",
        "HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression": "Spotlight",
        "Learning to Drive Software-Defined Storage": "Spotlight",
        "Multi-Agent Reinforcement Learning for Microprocessor Design Space Exploration": "Spotlight",
        "Implementing Reinforcement Learning Datacenter Congestion Control in NVIDIA NICs": "Spotlight",
    }
    assert str(talks["presentation"].dtype) == "string"
    schedule = wd.load_schedule("neurips2022")
    typed = schedule[schedule["talk_presentation"].notna() | schedule["presentation"].notna()]
    said = typed[["label", "speakers", "talk_presentation", "presentation", "event_title"]].fillna("-")
    assert [tuple(r) for r in said.itertuples(index=False)] == [
        ("Invited Speaker 1", "Jeff Dean", "Talk", "-", "-"),
        ("Invited Speaker 2", "Dawn Song", "Talk", "-", "-"),
        ("Poster Session #1", "-", "-", "Break", "Poster Session | Coffee Break"),
        ("Poster Session #2", "-", "-", "Break", "Poster Session | Coffee Break"),
        ("Invited Speaker 3", "Steve Keckler", "Talk", "-", "-"),
        ("Invited Speaker 4", "Newsha Ardalani", "Talk", "-", "-"),
        ("Invited Speaker 5", "Riyadh Baghdadi", "Talk", "-", "-"),
    ]
    # the opening's title is its label: no other title; the breaks' "Break" is their type, not how given
    assert schedule["event_title"].notna().sum() == 2
    assert schedule.loc[schedule["slot_id"].str.startswith("poster"), "delivery"].isna().all()
    for column in ("talk_presentation", "presentation", "event_title"):
        assert str(schedule[column].dtype) == "string", column
    # 2022-11-06.1706's detailed schedule named nobody for Newsha Ardalani's talk: its type is no slot's
    early = wd.load_schedule("neurips2022", release="2022-11-06.1706").set_index("slot_id")
    assert early["talk_presentation"].notna().sum() == 4
    assert early.loc["invited-speaker-3-newsha-ardalani", "talk_presentation"] is pd.NA
    # the diff tells it gained one (the changelog's words: "presentation: none → “Talk”")
    df = wd.diff("neurips2022", "2022-11-06.1706", "2022-11-30.2353")
    got = df[df["change"] == "presentation_changed"]
    assert got[["slot_id", "field", "new"]].values.tolist() == [
        ["invited-speaker-3-newsha-ardalani", "talk_presentation", "Talk"]
    ]
    assert got["old"].isna().all()
    # never invented: no other edition's page prints a type, and NeurIPS 2022's before its detailed schedule
    for edition in ("neurips2018", "isca2019", "neurips2019", "neurips2020", "neurips2021", "neurips2023"):
        assert wd.load_talks(edition)["presentation"].isna().all(), edition
        schedule = wd.load_schedule(edition)
        for column in ("talk_presentation", "presentation", "event_title"):
            assert schedule[column].isna().all(), (edition, column)
    assert wd.load_release("neurips2022", release="2022-08-18.1618").schema_version == "2.9.0"


def test_a_talk_the_page_gives_no_time_of_its_own_has_none_its_slots_beside_it() -> None:
    # neurips2020/index.md's contributed talks are a list inside their row, no time each: '10:40 |
    # Contributed Talks:' with four (Program Graphs for Machine Learning, DEff-ARTS, …), the next
    # row at 11:30. The third of them does not start at 10:40: when is not known (load_talks gave
    # the slot's 10:40 as its start)
    talks = wd.load_talks("neurips2020")
    schedule = wd.load_schedule("neurips2020").set_index("slot_id")
    assert len(talks) == 17 and talks["start"].isna().all() and talks["end"].isna().all()
    assert (talks["slot_start"] == schedule.loc[talks["slot_id"], "start"].to_numpy()).all()
    third = talks.iloc[2]
    assert (third["slot_id"], third["order"]) == ("contributed-talks", 3)
    assert third["title"] == "Learning Local Advantage Functions for Generalizable Graph Optimizations"
    assert (f"{third['slot_start']:%H:%M}", f"{third['slot_end']:%H:%M}") == ("10:40", "11:30")


def test_neurips_2022s_closing_time_is_a_correction() -> None:
    # neurips2022/index.md: '<td data-value-start="2021-12-13T16:40:00.000-06:00" …>17:40</td><td>Closing</td>'
    # after "3:55PM - 4:40PM | Invited Speaker 5: Riyadh Baghdadi"
    assert _slot("neurips2022", "16:40")["label"] == "Closing"
    for rel in wd.load_edition("neurips2022").releases[2:]:  # every release with the schedule table
        [c] = [c for c in rel.corrections if c.field == "start"]
        assert (c.resource, c.key, c.printed, c.value) == ("slots", "closing", "17:40", "2022-12-03T16:40:00")
        assert "4:40PM" in c.reason and "2021" in c.reason


def test_neurips_2022s_detailed_schedule_prints_the_afternoons_invited_talks_at_other_times() -> None:
    # neurips2022/index.md: the table's "2:15PM - 3:00PM | Invited Speaker 3: Steve Keckler", "3:05PM - 3:50PM"
    # (Newsha Ardalani), "3:55PM - 4:40PM" (Riyadh Baghdadi), as the workshop day's "PM timing changes" set
    # them; the detailed schedule keeps "Sat 1:55 p.m. - 2:40 p.m.", "2:50 p.m. - 3:35 p.m.", "3:45 p.m. - 4:30 p.m."
    df = wd.load_schedule("neurips2022")
    other = df[df["talk_start"].notna()]
    got = [(r.label, f"{r.start:%H:%M}", f"{r.talk_start:%H:%M}", f"{r.talk_end:%H:%M}") for r in other.itertuples()]
    speakers = list(other["speakers"].fillna(""))
    assert speakers == ["", "Steve Keckler", "Newsha Ardalani", "Riyadh Baghdadi"]
    assert got == [
        # and "Poster Session | Coffee Break" at "Sat 1:55 p.m. - 2:25 p.m.", the table's "1:45PM - 2:15PM"
        ("Poster Session #2", "13:45", "13:55", "14:25"),
        ("Invited Speaker 3", "14:15", "13:55", "14:40"),
        ("Invited Speaker 4", "15:05", "14:50", "15:35"),
        ("Invited Speaker 5", "15:55", "15:45", "16:30"),
    ]
    # the morning's talks (Jeff Dean 8:40, Dawn Song 9:30) and poster session (10:20) are at the
    # table's times in both
    assert df["talk_start"].isna().sum() == len(df) - 4
    assert wd.load_schedule("neurips2024")["talk_start"].isna().all()


def test_neurips_2018s_time_over_two_cells_is_a_start_and_an_end() -> None:
    # d28e40b "add session authors css class + split time" (2018-11-28 22:39:48 UTC) printed each
    # time over the two columns its header 'Time' spans ("2:40 -" | "2:55 PM"); 77932bf "fix
    # schedule appearance" (22:42:20) dropped the dashes ("2:40" | "2:55 PM"), the same times;
    # e6434a0 "simplify" (22:47) printed the start alone. The first was not read ('9:00 -' is no
    # time) and the second read its first cell alone: Contributed Talk 6 ended at 15:00 (the next
    # row's start) and Closing Remarks at an unknown time, where the page printed 2:55 and 6:00 PM.
    releases = wd.releases("neurips2018")
    published = dict(zip(releases["release"], releases["published"].astype(str), strict=True))
    assert published["2018-11-28.2239"] == "2018-11-28 22:39:48+00:00"
    assert "2018-11-28.2242" not in published  # the same data as 22:39's: no release
    schedule = wd.load_schedule("neurips2018", release="2018-11-28.2239")
    assert not schedule["end_derived"].any()
    times = {r.label: (f"{r.start:%H:%M}", f"{r.end:%H:%M}") for r in schedule.itertuples()}
    assert times["Opening Remarks"] == ("09:00", "09:10")
    assert times["Contributed Talk 6"] == ("14:40", "14:55")
    assert times["Poster Session 2"] == ("15:00", "16:00")
    assert times["Closing Remarks"] == ("17:50", "18:00")


def test_a_half_edited_schedule_row_makes_no_release() -> None:
    # ISCA 2019, 8095049 "Update schedule.md" (2019-06-23 05:20:07 UTC) put the slides of Mohammad
    # Samragh's talk in a third cell of its row (the table has two columns); 3b0fd2b (05:20:56) moved
    # them into the row's section. The third cell was read as the section: the 10:00 talk lost its
    # title and speaker at 05:20 and got them back at 05:20:56. The page between is not read.
    releases = wd.releases("isca2019")
    published = dict(zip(releases["release"], releases["published"].astype(str), strict=True))
    assert "2019-06-23.052056" not in published
    assert published["2019-06-23.0520"] == "2019-06-23 05:20:56+00:00"
    schedule = wd.load_schedule("isca2019", release="2019-06-23.0520")
    row = schedule[schedule["start"].dt.strftime("%H:%M") == "10:00"].iloc[0]
    assert row["title"] == "AutoRank: Automated Rank Selection for Effective Neural Network Customization"
    assert row["speakers"] == "Mohammad Samragh"
    changes = wd.diff("isca2019", "2019-06-23.0512", "2019-06-23.0520")
    assert list(zip(changes["change"], changes["slot_id"], changes["new"], strict=True)) == [
        (
            "material_added",
            row["slot_id"],
            "https://mlforsystems.org/assets/slides/MLforSystems2019_Talk_Mohammad_Samragh.pptx",
        )
    ]
    # NeurIPS 2020, f39595f "add timezone sensitive schedule" (2020-12-03 22:10:10 UTC) printed its
    # fifteen rows in one <tr> (thirty cells: "09:00 | Opening Remarks | 09:15 | Invited Speaker
    # 1: …"), read as a single slot 'Closing' at 09:00; 0f01386 (22:12:27) gave each its row.
    releases = wd.releases("neurips2020")
    first = releases[releases["slots"] > 0].iloc[0]
    assert (first["release"], first["slots"]) == ("2020-12-03.2212", 15)
    assert "2020-12-03.2210" not in set(releases["release"])


# -- a day printed twice: parts of the program (schema 2.5.0) -----------------------------------

#: The releases of NeurIPS 2020's root index.md that printed "Run 2 (repeated)" (commits c6f838f
#: "add run 1 and 2", f4f77c8 "fix timing difference" (+03:00), 4a577a4 (+04:00 again)) and the
#: venue time of Run 2's first row, read off data-value-start: "2020-12-12T09:00:00.000+04:00" is
#: 2020-12-11 21:00 in Los Angeles (UTC-08:00), "+03:00" 22:00.
RUN_2 = {
    "2020-12-03.2236": dt.datetime(2020, 12, 11, 21, 0),
    "2020-12-03.2238": dt.datetime(2020, 12, 11, 22, 0),
    "2020-12-03.2251": dt.datetime(2020, 12, 11, 21, 0),
}


@pytest.mark.parametrize("name", sorted(RUN_2))
def test_neurips_2020s_second_run_is_held_at_its_own_instants(name: str) -> None:
    rel = wd.load_edition("neurips2020").release(name)
    assert rel.schema_version == "2.9.0"  # 2.5.0's parts, 2.9.0's printed words of profile links
    run1 = [s for s in rel.slots if s.part == "Run 1"]
    run2 = [s for s in rel.slots if s.part == "Run 2 (repeated)"]
    # the page: 15 rows under "Run 1" (09:00 Opening Remarks … 17:40 Closing), the same 15 under "Run 2"
    assert len(run1) == len(run2) == 15 and len(rel.slots) == 30
    assert run1[0].start == dt.datetime(2020, 12, 12, 9, 0) and run1[-1].start == dt.datetime(2020, 12, 12, 17, 40)
    assert run2[0].start == RUN_2[name]
    assert run2[-1].start == RUN_2[name] + dt.timedelta(hours=8, minutes=40)  # its 17:40 Closing
    assert run2[-1].start.date() == dt.date(2020, 12, 12)  # Run 2 crosses midnight at the venue
    # each Run 2 row gives the Run 1 row at its place again: the same talk twice, own ids
    assert [s.repeats for s in run2] == [s.slot_id for s in run1]
    assert [(s.kind, s.label, s.speakers) for s in run2] == [(s.kind, s.label, s.speakers) for s in run1]
    assert run2[1].speakers == ("christina-delimitrou",)
    for a, b in zip(run1, run2, strict=True):
        assert [(t.title, t.speakers) for t in rel.talks_of(b.slot_id)] == [
            (t.title, t.speakers) for t in rel.talks_of(a.slot_id)
        ]
    assert len(rel.talks) == 2 * 17  # 4 + 4 + 4 + 5 contributed talks a run
    # Run 1's Closing ends nowhere the page says (Run 2's opening is another run, not its end)
    assert (run1[-1].end, run1[-1].end_derived) == (None, False)


def test_neurips_2020s_run_headings_and_what_the_diff_says() -> None:
    edition = wd.load_edition("neurips2020")
    names = [r.name for r in edition.releases]
    # a567180 "Got rid of the re-run under schedule" (2020-12-10) kept the "Run 1" heading until
    # 73ae681 "remove run 1" (2020-12-12 17:37 UTC)
    for name in ("2020-12-10.2221", "2020-12-12.1736"):
        rel = edition.release(name)
        assert {s.part for s in rel.slots} == {"Run 1"} and not any(s.repeats for s in rel.slots)
        assert len(rel.slots) == 15
    after = edition.release("2020-12-12.1737")
    assert names[names.index("2020-12-12.1736") + 1] == "2020-12-12.1737"
    assert all(s.part == "" for s in after.slots)
    # only these releases hold the parts (all of 2.9.0 now, for their committees' printed link words)
    assert [r.name for r in edition.releases if any(s.part for s in r.slots)] == [
        *sorted(RUN_2),
        "2020-12-10.2221",
        "2020-12-12.1736",
    ]
    for e in wd.editions()["edition"]:
        if e != "neurips2020":
            for r in wd.load_edition(e).releases:
                assert not any(s.part or s.repeats for s in r.slots), (e, r.name)
    added = wd.diff("neurips2020", "2020-12-03.2225", "2020-12-03.2236")
    removed = wd.diff("neurips2020", "2020-12-03.2251", "2020-12-10.2221")
    assert (added["change"] == "added").sum() == 15 and (added["change"] == "talk_added").sum() == 17
    assert (removed["change"] == "removed").sum() == 15 and (removed["change"] == "talk_removed").sum() == 17
    moved = wd.diff("neurips2020", "2020-12-03.2236", "2020-12-03.2238")
    assert set(moved["change"]) == {"moved"} and len(moved) == 15  # +04:00 -> +03:00: Run 2 an hour later
    # Run 2's ids are never used again by the edition
    run2 = {s.slot_id for s in edition.release("2020-12-03.2236").slots if s.part == "Run 2 (repeated)"}
    later = {s.slot_id for r in edition.releases[names.index("2020-12-10.2221") :] for s in r.slots}
    assert run2 and not run2 & later


def test_a_role_keeps_the_links_printed_with_it() -> None:
    # neurips2023's index.md from 2023-08-07 22:50 UTC (7814c75) on: "Phitchaya Mangpo Phothilimthana,
    # Google DeepMind, LinkedIn" twice, the Organizing Committee's linking …/phitchaya-mangpo-phothilimthana,
    # the Competition Committee's …/phitchaya-mangpo-phothilimthana-64415b82. No other role of any
    # edition prints links that are not all of its person's (committees printing none keep them empty).
    organizers = ("https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana",)
    competition = ("https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana-64415b82",)
    edition = wd.load_edition("neurips2023")
    holding = [r.name for r in edition.releases if any(role.links for role in r.roles)]
    assert holding == [r.name for r in edition.releases][3:] and holding[0] == "2023-08-07.2250"
    rel = edition.latest
    assert [(r.role, r.group, r.links) for r in rel.roles if r.links] == [
        ("organizer", "Organizing Committee", organizers),
        ("committee", "Competition Committee", competition),
    ]
    assert rel.person("phitchaya-mangpo-phothilimthana").links == organizers + competition
    assert rel.schema_version == "2.9.0"  # 2.5.0's own links of a role; 2.9.0: both printed "LinkedIn"
    assert rel.person("phitchaya-mangpo-phothilimthana").link_labels == ("LinkedIn", "LinkedIn")
    for e in wd.editions()["edition"]:
        if e != "neurips2023":
            assert not [r.links for rel in wd.load_edition(e).releases for r in rel.roles if r.links], e
    roles = wd.load_roles("neurips2023")
    assert [tuple(v) for v in roles["links"] if len(v)] == [organizers, competition]


# -- the links a page gives for an accepted paper (paper_materials, schema 2.6.0) ---------------

#: edition -> each kind's count of its latest release's paper links, read off the pages:
#: neurips2018/accepted_papers.md prints "(slides)" after two papers' authors; NeurIPS 2022's
#: index.md gives each of its 19 papers its OpenReview page (the "Accepted Papers" table) and 13 of
#: them a poster image (the detailed schedule's untimed rows; the table's own for HEAT too: two).
PAPER_LINKS = {"neurips2018": {"slides": 2}, "neurips2022": {"paper": 19, "poster": 14}}
#: The Google Drive file neurips2018/accepted_papers.md links as both papers' "(slides)".
SLIDES_2018 = "https://drive.google.com/file/d/1Gob8ePBJ9bkupFFiyEDJ7CED7Bupsvi9/view?usp=sharing"
IROKO = "Iroko: A Framework to Prototype Reinforcement Learning for Data Center Traffic Control"


@pytest.mark.parametrize("edition", list(COUNTS))
def test_paper_links_of_each_edition(edition: str) -> None:
    counts = wd.load_paper_materials(edition)["kind"].astype(str).value_counts().to_dict()
    assert counts == PAPER_LINKS.get(edition, {})


def test_neurips_2018s_two_slides_links_are_the_same_file_as_printed() -> None:
    df = wd.load_paper_materials("neurips2018")
    # "Iroko: …" links the same Drive file as "Neural Inference …": a slip of the site's, kept
    assert list(zip(df["title"], df["kind"].astype(str), df["url"], strict=True)) == [
        ("Neural Inference of API Functions from Input–Output Examples", "slides", SLIDES_2018),
        (IROKO, "slides", SLIDES_2018),
    ]
    papers = wd.load_papers("neurips2018").set_index("title")
    # the PDF stays the title's link; the slides are no author
    assert papers.loc["Neural Inference of API Functions from Input–Output Examples", "pdf_url"] == (
        "https://mlforsystems.org/assets/papers/neurips2018/neural_bavishi_2018.pdf"
    )
    assert papers.loc[IROKO, "authors"] == "Fabian Ruffy, Michael Przystupa, Ivan Beschastnikh"


def test_neurips_2022s_poster_links_its_openreview_page_and_its_poster_image() -> None:
    rel = wd.load_release("neurips2022")
    paper = next(p for p in rel.papers if p.title == "Towards Continually Learning Application Performance Models")
    # index.md, "wse-detail-62267" (untimed: a poster): [Poster] "/media/PosterPDFs/NeurIPS%202022/
    # 62267.png?t=1669846303.9997802", [OpenReview] "https://openreview.net/forum?id=apAsvPTeKor";
    # the table row prints the OpenReview button alone. The PDF is accepted_papers.md's.
    assert paper.pdf_url == "https://mlforsystems.org/assets/papers/neurips2022/paper29.pdf"
    assert [(m.kind, m.url) for m in rel.materials_of_paper(paper.paper_id)] == [
        ("paper", "https://openreview.net/forum?id=apAsvPTeKor"),
        ("poster", "https://mlforsystems.org/media/PosterPDFs/NeurIPS%202022/62267.png?t=1669846303.9997802"),
    ]
    # a spotlight: its OpenReview page is the accepted paper's link too, and its talk's material
    spotlight = next(p for p in rel.papers if p.title == "A code superoptimizer through neural Monte-Carlo tree search")
    assert [(m.kind, m.url) for m in rel.materials_of_paper(spotlight.paper_id)] == [
        ("paper", "https://openreview.net/forum?id=ilUBhk-I8Q")
    ]
    assert ("paper", "https://openreview.net/forum?id=ilUBhk-I8Q") in [(m.kind, m.url) for m in rel.materials]


def test_neurips_2022s_papers_before_their_pdfs_keep_openreview_as_their_link() -> None:
    # until 2022-12-12 the papers were the index's table alone: the OpenReview page is the paper's
    # pdf_url (no PDF listed), not repeated as a link; 2022-11-06's detailed schedule has one poster
    rel = wd.load_edition("neurips2022").release("2022-11-06.1706")
    assert all(p.pdf_url.startswith("https://openreview.net/forum?id=") for p in rel.papers)
    assert [m.kind for m in rel.paper_materials] == ["poster"]


def test_a_release_without_paper_links_keeps_its_older_schema() -> None:
    for edition in wd.editions()["edition"]:
        for rel in wd.load_edition(edition).releases:
            delivered = any(t.delivery for t in rel.talks) or any(s.talk_delivery for s in rel.slots)
            # 2.9.0: a profile link's printed words, a bio's links
            worded = any(p.link_labels for p in rel.people) or any(t.resource == "people" for t in rel.text_links)
            # 2.10.0: how a slot of no talk or a paper is given
            given = any(s.delivery for s in rel.slots) or any(p.delivery for p in rel.papers)
            # 2.11.0: the conference site's type of a talk or a slot's event, the title of a slot's own event
            typed = any(t.presentation for t in rel.talks) or any(
                s.talk_presentation or s.presentation or s.event_title for s in rel.slots
            )
            # 2.12.0: the title another schedule gives a slot's talk
            talk_titled = any(s.talk_event_title for s in rel.slots)
            newest = (
                "2.12.0"
                if talk_titled
                else "2.11.0"
                if typed
                else "2.10.0"
                if given
                else "2.9.0"
                if worded
                else "2.8.0"
                if delivered
                else "2.7.0"
                if rel.text_links
                else "2.6.0"
            )
            holds = bool(rel.paper_materials or rel.text_links or delivered or worded or given or typed)
            assert (rel.schema_version == newest) == holds, (edition, rel.name)
    assert wd.load_edition("neurips2024").release("2024-11-20").schema_version == "1.0.0"
    # the commit that added the slides links is a release of its own, that diff names each paper
    df = wd.diff("neurips2018", "2018-12-13.2204", "2018-12-13.2205")
    assert list(zip(df["change"], df["field"], df["new"], strict=True)) == [
        ("paper_link_added", "slides", SLIDES_2018),
        ("paper_link_added", "slides", SLIDES_2018),
    ]


def test_neurips_2022s_detailed_schedule_titles_each_invited_talk() -> None:
    # neurips2022/index.md (the site's HEAD), its detailed schedule's live rows (outside the
    # commented-out block of older rows, lines 2810-3443), read by hand: line 275 'Jeff Dean - Invited
    # Talk' (8:40-9:30), line 372 'Dawn Song - Invited Talk', line 1082 'Steve Keckler - Invited Talk',
    # line 1216 'Newsha Ardalani - Invited Talk', line 1283 'Riyadh Baghdadi - Invited Talk', each
    # '(Talk)', where the overview table says 'Invited Speaker 1' ... '5' and gives no title. The
    # title is the talk's event's (as its delivery and type are: slots.talk_delivery,
    # talk_presentation), not the slot's own (event_title, the poster sessions'): schema 2.12.0's
    # slots.talk_event_title
    schedule = wd.load_schedule("neurips2022").set_index("slot_id")
    assert schedule["talk_event_title"].dropna().to_dict() == {
        "invited-speaker-5-jeff-dean": "Jeff Dean - Invited Talk",
        "invited-speaker-1-dawn-song": "Dawn Song - Invited Talk",
        "invited-speaker-2-steve-keckler": "Steve Keckler - Invited Talk",
        "invited-speaker-3-newsha-ardalani": "Newsha Ardalani - Invited Talk",
        "invited-speaker-4-riyadh-baghdadi": "Riyadh Baghdadi - Invited Talk",
    }
    assert str(schedule["talk_event_title"].dtype) == "string"
    # the slots' own titles are still the poster sessions' alone, and the talks' titles none
    assert schedule["event_title"].dropna().index.tolist() == ["poster-session-1", "poster-session-2"]
    assert schedule.loc[schedule["kind"] == "invited", "title"].isna().all()
    # 2022-11-06.1706's named nobody for Newsha Ardalani's event: four of five, and the diff tells
    # hers added (the changelog's words: "also titled: none → “Newsha Ardalani - Invited Talk”")
    early = wd.load_schedule("neurips2022", release="2022-11-06.1706").set_index("slot_id")
    assert early["talk_event_title"].notna().sum() == 4
    assert early.loc["invited-speaker-3-newsha-ardalani", "talk_event_title"] is pd.NA
    df = wd.diff("neurips2022", "2022-11-06.1706", "2022-11-30.2353")
    got = df[(df["change"] == "event_title_changed") & (df["field"] == "talk_event_title")]
    assert got[["slot_id", "new"]].values.tolist() == [
        ["invited-speaker-3-newsha-ardalani", "Newsha Ardalani - Invited Talk"]
    ]
    assert got["old"].isna().all()
    # never invented: before the detailed schedule, and in every other edition, none
    assert wd.load_schedule("neurips2022", release="2022-08-18.1618")["talk_event_title"].isna().all()
    for edition in (
        "neurips2018",
        "isca2019",
        "neurips2019",
        "neurips2020",
        "neurips2021",
        "neurips2023",
        "neurips2024",
    ):
        assert wd.load_schedule(edition)["talk_event_title"].isna().all(), edition
    assert wd.load_release("neurips2022").schema_version == "2.12.0"

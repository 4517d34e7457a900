"""The home-page parser (siteimport/home.py) against the site's real pages and small shapes of our own.

The per-edition facts below were written by reading the latest version of each edition's
``index.md`` in the site bundle (the root ``index.md`` at the last commit is NeurIPS 2025), not
by running the parser.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from workshop_data.errors import WorkshopDataError
from workshop_data.importer.release import MAX_RECORDS
from workshop_data.schema import SPEAKER_ROLES
from workshop_data.siteimport.home import parse_home, parse_speakers
from workshop_data.siteimport.records import HomePage, PersonEntry, RoleEntry

CONTACT = "mlforsystems@googlegroups.com"
PHOTOS = "https://mlforsystems.org/assets/images/speakers/"


def _show(repo: Path, spec: str) -> str:
    return subprocess.run(["git", "show", spec], cwd=repo, check=True, capture_output=True, text=True).stdout


def _latest(repo: Path, path: str) -> HomePage:
    return parse_home(_show(repo, f"HEAD:{path}"), path)


def _speakers(page: HomePage) -> list[RoleEntry]:
    return [r for r in page.roles if r.role in SPEAKER_ROLES]


def _members(page: HomePage) -> list[RoleEntry]:
    return [r for r in page.roles if r.role not in SPEAKER_ROLES]


def _role(page: HomePage, name: str, role: str | None = None) -> RoleEntry:
    found = [r for r in page.roles if r.person.name == name and (role is None or r.role == role)]
    assert len(found) == 1, (name, found)
    return found[0]


# path: (speakers, committee members), counted on the page (commented-out blocks are not on it).
COUNTS = {
    "neurips2018/index.md": (6, 5 + 17),
    "isca2019/index.md": (0, 7 + 11),
    "neurips2019/index.md": (5, 6 + 36),
    "neurips2020/index.md": (6, 5 + 2 + 28),
    "neurips2021/index.md": (6, 6 + 3),
    "neurips2022/index.md": (5, 6 + 5),
    "neurips2023/index.md": (3, 6 + 3 + 6),
    "neurips2024/index.md": (5, 6 + 6),
    "index.md": (8, 6),  # NeurIPS 2025; its steering committee is commented out
}


@pytest.mark.parametrize("path", sorted(COUNTS))
def test_counts_and_contact_of_each_edition(site_repo: Path, path: str) -> None:
    page = _latest(site_repo, path)
    assert (len(_speakers(page)), len(_members(page))) == COUNTS[path]
    assert page.contact_email == CONTACT


def test_neurips2018(site_repo: Path) -> None:
    page = _latest(site_repo, "neurips2018/index.md")
    assert [r.person.name for r in _speakers(page)] == [
        "Jeff Dean",
        "Song Han",
        "Sanjay Krishnan",
        "Partha Ranganathan",
        "Eric Schkufza",
        "Neeraja J. Yadwadkar",
    ]
    dean = _role(page, "Jeff Dean")
    assert (dean.role, dean.label, dean.group, dean.talk_title) == ("keynote", "Keynote Speaker", "Speakers", "")
    assert dean.person.photo_url == PHOTOS + "jeff_dean.jpg"
    assert dean.person.bio.startswith("Senior Fellow, Google AI. Google Brain lead and co-founder.")
    assert dean.person.affiliations == ()  # the block prints no affiliation apart from the bio
    krishnan = _role(page, "Sanjay Krishnan")
    assert (krishnan.role, krishnan.label) == ("invited", "")
    assert krishnan.person.photo_url == PHOTOS + "sanjay_krishnan.png"
    assert krishnan.person.bio == "Assistant Professor of Computer Science at the University of Chicago."
    # '<li><b>Milad Hashemi</b>, Google, <a href="https://hps.ece.utexas.edu/people/miladh/">website</a></li>'
    assert _role(page, "Milad Hashemi", "organizer").person == PersonEntry(
        name="Milad Hashemi",
        affiliations=("Google",),
        links=("https://hps.ece.utexas.edu/people/miladh/",),
        link_labels=("website",),
    )
    carlos = _role(page, "Carlos Villavieja")
    assert (carlos.role, carlos.group, carlos.person.affiliations) == ("committee", "Program Committee", ("Google",))


def test_isca2019(site_repo: Path) -> None:
    page = _latest(site_repo, "isca2019/index.md")
    kozyrakis = _role(page, "Christos Kozyrakis", "organizer")
    assert kozyrakis.group == "Organizing Committee"
    assert kozyrakis.person.affiliations == ("Google Cloud", "Stanford")
    assert kozyrakis.person.links == ("https://web.stanford.edu/~kozyraki/index.html",)
    assert _role(page, "Azalia Mirhosseini", "organizer").person.affiliations == ("Google Research",)  # as printed
    program = [r for r in page.roles if r.group == "Program Committee"]
    assert program[0].person == PersonEntry(name="Soroush Ghodrati", affiliations=("UCSD",))
    assert program[-1].person == PersonEntry(name="Cliff Young", affiliations=("Google Research",))


def test_neurips2019(site_repo: Path) -> None:
    page = _latest(site_repo, "neurips2019/index.md")
    assert [r.person.name for r in _speakers(page)] == [
        "Jeff Dean",
        "Eytan Bakshy",
        "Akanksha Jain",
        "Ion Stoica",
        "Mohammad Alizadeh",
    ]
    assert _role(page, "Ion Stoica").person.photo_url == PHOTOS + "ion_stoica.jpg"
    # '<li><b>Xinlei Xu</b>, NYU, <a href="https://twitter.com/MimeeXu">@MimeeXu</a></li>'
    assert _role(page, "Xinlei Xu", "organizer").person == PersonEntry(
        name="Xinlei Xu", affiliations=("NYU",), links=("https://twitter.com/MimeeXu",), link_labels=("@MimeeXu",)
    )
    assert _role(page, "John Whaley").person.affiliations == ("UnifyID Inc",)
    assert _role(page, "Aurojit Panda").person.affiliations == ("New York University Courant",)


def test_neurips2020_speakers_come_from_the_schedule(site_repo: Path) -> None:
    page = _latest(site_repo, "neurips2020/index.md")
    speakers = _speakers(page)
    assert [r.person.name for r in speakers] == [
        "Christina Delimitrou",
        "Ed Chi",
        "Bryan Catanzaro",
        "Benoit Steiner",
        "Justin Gottschlich",
        "Kunle Olukotun",
    ]
    assert {(r.role, r.label, r.group) for r in speakers} == {("invited", "Invited Speaker", "Schedule")}
    steiner = _role(page, "Benoit Steiner")
    assert steiner.talk_title == "Value Function Based Performance Optimization of Deep Learning Workloads"
    assert steiner.person.anchor == "benoit_steiner_talk"  # its link: href="#benoit_steiner_talk"
    assert [r.person.name for r in page.roles if r.role == "steering"] == ["Milad Hashemi", "Kevin Swersky"]
    assert _role(page, "Martin Loncaric").person.affiliations == ()
    assert _role(page, "Jonathan Raiman", "organizer").person.affiliations == ("NVIDIA/Paris-Saclay",)


def test_neurips2021(site_repo: Path) -> None:
    page = _latest(site_repo, "neurips2021/index.md")
    assert [r.person.name for r in _speakers(page)] == [
        "Anima Anandkumar",
        "Michael Carbin",
        "Luis Ceze",
        "Tim Kraska",
        "Phitchaya Mangpo Phothilimthana",
        "Yuandong Tian",
    ]
    assert [r.person.name for r in page.roles if r.role == "steering"] == [
        "Azalia Mirhoseini",
        "Milad Hashemi",
        "Kevin Swersky",
    ]
    assert _role(page, "Azade Nazi").person.links == ("https://sites.google.com/site/azadenazi/",)


def test_neurips2022_bios_titles_and_abstracts(site_repo: Path) -> None:
    page = _latest(site_repo, "neurips2022/index.md")
    assert [r.person.name for r in _speakers(page)] == [
        "Jeff Dean",
        "Dawn Song",
        "Steve Keckler",
        "Newsha Ardalani",
        "Riyadh Baghdadi",
    ]
    dean = _role(page, "Jeff Dean")
    assert (dean.role, dean.label, dean.group) == ("keynote", "Keynote Speaker", "Invited Speakers")
    assert dean.person.bio.startswith("Senior Fellow, SVP, Google AI, Google Health.")
    assert dean.talk_abstract.startswith("In this talk, I'll touch on the myriad ways that machine learning")
    keckler = _role(page, "Steve Keckler")
    assert keckler.role == "invited"
    assert keckler.talk_title == "Applying ML to Practical System Design"
    assert keckler.person.bio.startswith("Dr. Stephen W. Keckler is the Vice President of Architecture Research")
    assert keckler.talk_abstract.startswith("While Machine Learning is actively being used in a wide range")
    assert keckler.person.photo_url == PHOTOS + "steve_keckler.jpeg"
    assert _role(page, "Dawn Song").talk_abstract == ""
    assert _role(page, "Benoit Steiner").person.links == ("https://twitter.com/BenoitSteiner", "https://bsteiner.info/")
    assert _role(page, "Azade Nova").person.affiliations == ("Google Brain",)


def test_neurips2023(site_repo: Path) -> None:
    page = _latest(site_repo, "neurips2023/index.md")
    lattner = _role(page, "Chris Lattner")
    assert (lattner.role, lattner.label, lattner.talk_title) == ("keynote", "Keynote Speaker", "")
    assert lattner.person.photo_url == PHOTOS + "chris_lattner.jpeg"
    dally = _role(page, "William Dally")
    assert (dally.role, dally.label) == ("invited", "")
    assert dally.person.bio.startswith("Dr. Bill Dally brings extensive expertise in circuit design")
    competition = [r for r in page.roles if r.group == "Competition Committee"]
    assert [r.person.name for r in competition] == [
        "Bryan Perozzi",
        "Phitchaya Mangpo Phothilimthana",
        "Sami Abu-el-haija",
    ]
    assert {r.role for r in competition} == {"committee"}
    assert _role(page, "Divya Mahajan").person == PersonEntry(
        name="Divya Mahajan",
        affiliations=("Microsoft Research and Georgia Tech",),
        links=("https://twitter.com/divyamahajn",),
        link_labels=("@DivyaMahajn",),  # as printed: the URL's handle is lower case
    )


def test_a_schedule_pages_speaker_blocks_give_their_talk_titles(site_repo: Path) -> None:
    # neurips2023/schedule.md: <h3>Name</h3>, an optional <h5> label, <h4>Title</h4> (the title under
    # the name, not 2023's earlier <h3>Title</h3><h4>Name (Affiliation)</h4>)
    speakers = parse_speakers(_show(site_repo, "HEAD:neurips2023/schedule.md"), "neurips2023/schedule.md")
    assert [(r.person.name, r.role, r.label, r.talk_title) for r in speakers or ()] == [
        (
            "Chris Lattner",
            "keynote",
            "Keynote Speaker",
            "Programming Languages Challenges in Large Scale Machine Learning",
        ),
        ("William Dally", "invited", "", ""),
        ("Atlas Wang", "invited", "", "Efficient Generative Inference with Heavy Hitters and Beyond"),
    ]
    assert parse_speakers(_show(site_repo, "HEAD:neurips2024/schedule.md")) == ()


def test_isca2019s_speaker_blocks_on_its_schedule_page(site_repo: Path) -> None:
    # isca2019/schedule.md: '<h2 id="speakers">Speakers</h2>' then seven blocks, e.g. '<h3 class="keynote-speaker">
    # Domain-Specific Architectures for Deep Neural Networks</h3><h4>David Patterson - Google Brain</h4><p>With the
    # ending of Moore's Law, …' (the talk's abstract: no bio)
    speakers = parse_speakers(_show(site_repo, "HEAD:isca2019/schedule.md"), "isca2019/schedule.md") or ()
    assert [(r.person.name, r.person.affiliations) for r in speakers] == [
        ("David Patterson", ("Google Brain",)),
        ("H. T. Kung", ("Harvard University",)),
        ("Farinaz Koushanfar", ("UCSD",)),
        ("Nathan Beckmann", ("CMU",)),
        ("Zhaoxia (Summer) Deng", ("Facebook",)),
        ("Zhan Shi", ("University of Texas at Austin",)),
        ("Zhihao Jia", ("Stanford University",)),
    ]
    assert {(r.group, r.label, r.person.bio) for r in speakers} == {("Speakers", "", "")}
    dave = speakers[0]
    assert dave.talk_title == "Domain-Specific Architectures for Deep Neural Networks"
    assert dave.talk_abstract.startswith("With the ending of Moore's Law, many computer architects believe")
    assert dave.person.photo_url == PHOTOS + "dave_patterson.jpg"
    # 9201b68 (2019-06-17), schedule.md: '<h3>Zhan Shi (University of Texas at Austin)</h3><h5 class="keynote-speaker">
    # Learning Execution through Neural Code Fusion</h5><p>As the performance of computer systems stagnates…'
    first = parse_speakers(_show(site_repo, "9201b68:schedule.md")) or ()
    assert [(r.person.name, r.person.affiliations, r.label, r.talk_title) for r in first] == [
        (
            "H. T. Kung",
            ("Harvard University",),
            "",
            "Don’t Use a Single Large Systolic Array, Use Many Small Ones Instead",
        ),
        ("Zhan Shi", ("University of Texas at Austin",), "", "Learning Execution through Neural Code Fusion"),
        ("Zhihao Jia", ("Stanford University",), "", "Search-Based Approaches to Accelerate Deep Learning"),
    ]
    assert first[1].talk_abstract.startswith("As the performance of computer systems stagnates")
    assert first[1].person.bio == ""


def test_neurips2018s_talk_abstracts_on_its_schedule_page(site_repo: Path) -> None:
    # neurips2018/schedule.md: '<h2>Talk Abstracts</h2>', then for each talk '<h3 id="schkufza_talk">A Crash
    # Course in Stochastic Program Optimization <a href="https://drive.google.com/…">(slides)</a></h3><h5
    # class="talk_speaker">Eric Schkufza</h5><p>Traditional compiler use expert-written rules…</p>'; no speaker block
    talks = parse_speakers(_show(site_repo, "HEAD:neurips2018/schedule.md"), "neurips2018/schedule.md") or ()
    assert [(r.person.name, r.talk_title) for r in talks] == [
        ("Eric Schkufza", "A Crash Course in Stochastic Program Optimization"),
        ("Song Han", "Efficient deep learning computing: a learning-based approach"),
        ("Partha Ranganathan", "ML for ML: Machine Learning to drive Moore's Law"),
        ("Neeraja Yadwadkar", "Machine Learning for resource management in Distributed Systems"),
        ("Sanjay Krishnan", "Learning to Optimize SQL Joins With Deep Reinforcement Learning"),
    ]
    assert {(r.group, r.person.bio) for r in talks} == {("Talk Abstracts", "")}
    assert talks[0].talk_abstract.startswith("Traditional compiler use expert-written rules to prove the correctness")
    # Neeraja Yadwadkar's abstract is two paragraphs: '<p>Traditional resource management techniques…</p>
    # <p>In this talk, I will present our the ML formulations…</p>'
    first, second = talks[3].talk_abstract.split("\n\n")
    assert first.startswith("Traditional resource management techniques that rely on simple heuristics")
    assert second.startswith("In this talk, I will present our the ML formulations")
    # 7c89a28 (2018-12-04, "add talk abstracts"), schedule.md: '<h5 clas="talk_speaker">Song Han</h5>' (the
    # class misspelt; the page showed the heading all the same), before Neeraja Yadwadkar's and Sanjay Krishnan's
    first = parse_speakers(_show(site_repo, "7c89a28:schedule.md")) or ()
    assert [r.person.name for r in first] == ["Song Han", "Neeraja Yadwadkar", "Sanjay Krishnan"]
    assert first[0].talk_abstract.startswith("In the post-Moore's Law era, the amount of computation per unit cost")


def _block(heads: str, paragraph: str = "<p>It is known that systolic arrays can efficiently implement it.</p>") -> str:
    return (
        '<div class="speaker_section"><h2>Speakers</h2><div class="speaker-bio">'
        '<div class="img-holder" style="background-image: url(/assets/images/speakers/k.png)"></div>'
        f"<div>{heads}{paragraph}</div></div></div>\n"
    )


@pytest.mark.parametrize(
    ("heads", "name", "affiliations", "label", "title"),
    [  # ISCA 2019's three shapes, as its schedule page printed them one after the other
        ("<h3>H. T. Kung</h3><h5>Abstract</h5>", "H. T. Kung", (), "", ""),
        (
            "<h3>H. T. Kung (Harvard University)</h3><h5>Use Many Small Systolic Arrays Instead</h5>",
            "H. T. Kung",
            ("Harvard University",),
            "",
            "Use Many Small Systolic Arrays Instead",
        ),
        (
            "<h3>Use Many Small Ones</h3><h4>H. T. Kung - Harvard University</h4>",
            "H. T. Kung",
            ("Harvard University",),
            "",
            "Use Many Small Ones",
        ),
        (
            "<h3>Zhaoxia (Summer) Deng (Facebook)</h3><h5>Deep Learning Acceleration via Low Precision</h5>",
            "Zhaoxia (Summer) Deng",
            ("Facebook",),
            "",
            "Deep Learning Acceleration via Low Precision",
        ),
    ],
)
def test_isca_heads_name_the_speaker_and_the_talk(
    heads: str, name: str, affiliations: tuple[str, ...], label: str, title: str
) -> None:
    (role,) = parse_speakers(_block(heads)) or ()
    assert (role.person.name, role.person.affiliations, role.label, role.talk_title) == (
        name,
        affiliations,
        label,
        title,
    )
    assert (role.person.bio, role.talk_abstract) == (
        "",
        "It is known that systolic arrays can efficiently implement it.",
    )


@pytest.mark.parametrize(
    ("heads", "label", "title", "bio"),
    [  # a role label in <h5> (NeurIPS): the paragraph stays the bio
        ("<h3>Jeff Dean</h3><h5>Keynote Speaker</h5>", "Keynote Speaker", "", "B."),
        ("<h3>Natasha Jaques</h3><h5>Special Topic: MARL</h5><h4>A Talk</h4>", "Special Topic: MARL", "A Talk", "B."),
        ("<h3>Keynote: A Talk</h3><h4>Chris Lattner (Modular.ai)</h4>", "Keynote", "A Talk", "B."),
    ],
)
def test_a_label_heading_keeps_the_paragraph_a_bio(heads: str, label: str, title: str, bio: str) -> None:
    (role,) = parse_speakers(_block(heads, "<p>B.</p>")) or ()
    assert (role.label, role.talk_title, role.person.bio, role.talk_abstract) == (label, title, bio, "")


def test_neurips2024(site_repo: Path) -> None:
    page = _latest(site_repo, "neurips2024/index.md")
    assert [(r.person.name, r.role, r.label) for r in _speakers(page)] == [
        ("Jeff Dean", "keynote", "Keynote Speaker"),
        ("Richard Ho", "invited", "Hardware"),
        ("Tim Kraska", "invited", "Retrospective"),
        ("Natasha Jaques", "invited", "Special Topic: MARL"),
        ("Ahmed El-Kishky", "invited", "Special Topic: CodeGen"),
    ]
    ho = _role(page, "Richard Ho")
    assert ho.talk_title == "Navigating Scaling and Efficiency Challenges of ML Systems"
    assert ho.person.photo_url == PHOTOS + "richard_ho.jpg"
    assert ho.person.bio.startswith("Richard is Head of Hardware at OpenAI")
    assert ho.person.bio.endswith("M.Eng, B.Sc. from University of Manchester, UK.")
    assert _role(page, "Jeff Dean").talk_title == "Exciting Directions in Machine Learning for Computer Systems"
    assert _role(page, "Tim Kraska").person.photo_url == PHOTOS + "kraska.jpg"
    assert _role(page, "Haoran Qiu").person.affiliations == ("Microsoft Azure Research",)
    assert _role(page, "Azalia Mirhoseini", "steering").person.affiliations == ("Stanford",)


def test_a_link_in_a_speakers_bio_is_theirs(site_repo: Path) -> None:
    # index.md at 67ba6b6 (2024-12-07): Natasha Jaques "…leads the <a href="https://socialrl.cs.
    # washington.edu/">Social RL Lab</a>"; the only link a speaker's bio has in the site's history
    page = parse_home(_show(site_repo, "67ba6b6:index.md"), "index.md")
    natasha = _role(page, "Natasha Jaques").person
    assert natasha.links == ("https://socialrl.cs.washington.edu/",)
    assert all(not r.person.links for r in _speakers(page) if r.person.name != "Natasha Jaques")
    # the bio keeps the words the link is on, where they begin (from 0), and no words as a profile link's
    before = "Natasha Jaques is an Assistant Professor at the University of Washington Paul G. Allen School of "
    before += "Computer Science & Engineering, where she leads the "
    assert natasha.bio_links == ((len(before), "Social RL Lab", "https://socialrl.cs.washington.edu/"),)
    assert natasha.bio.startswith(before + "Social RL Lab.") and natasha.link_labels == ()


def test_a_committee_line_keeps_the_words_it_prints_as_a_link(site_repo: Path) -> None:
    # index.md at 67ba6b6: '<li><b>Divya Mahajan</b>, Georgia Tech, <a
    # href="https://twitter.com/divyamahajn">@DivyaMahajn</a></li>', '<li><b>Dan Zhang</b>, Google DeepMind,
    # <a href="https://www.linkedin.com/in/danzhang3">LinkedIn</a></li>'
    page = parse_home(_show(site_repo, "67ba6b6:index.md"), "index.md")
    divya, dan = _role(page, "Divya Mahajan").person, _role(page, "Dan Zhang").person
    assert (divya.links, divya.link_labels) == (("https://twitter.com/divyamahajn",), ("@DivyaMahajn",))
    assert (dan.links, dan.link_labels) == (("https://www.linkedin.com/in/danzhang3",), ("LinkedIn",))


def test_a_linked_name_prints_no_words_of_its_links_own() -> None:
    html = """---\ntitle: x\n---\n<h2>Organizing Committee</h2>
<ul>
  <li><b><a href="https://ada.example/">Ada Lovelace</a></b>, Analytical Engines, <a href="https://twitter.com/ada">@Ada</a></li>
  <li><b><a href="https://alan.example/">Alan Turing</a></b>, NPL</li>
</ul>
"""
    ada, alan = (r.person for r in parse_home(html, "index.md").roles)
    assert (ada.links, ada.link_labels) == (("https://ada.example/", "https://twitter.com/ada"), ("", "@Ada"))
    assert (alan.links, alan.link_labels) == (("https://alan.example/",), ())


def test_neurips2025_at_the_root(site_repo: Path) -> None:
    page = _latest(site_repo, "index.md")
    assert [(r.person.name, r.role, r.label) for r in _speakers(page)] == [
        ("Azalia Mirhoseini", "keynote", "Keynote Speaker"),
        ("Ion Stoica", "keynote", "Keynote"),
        ("Hanson Wang", "invited", "Invited Talk"),
        ("Vinod Grover", "invited", "Invited Talk"),
        ("Neeraja Yadwadkar", "invited", "Invited Talk"),
        ("Rahul Arya", "invited", "Invited Talk"),
        ("Jason Ansel", "panelist", "Invited Panelist"),
        ("Dylan Patel", "panelist", "Invited Panelist"),
    ]
    stoica = _role(page, "Ion Stoica")
    assert stoica.talk_title == "How AI is Disrupting Systems Research"
    assert stoica.person.photo_url == PHOTOS + "ion_stoica.png"
    assert stoica.person.anchor == "stoica_bio"  # <div class="speaker-bio" id="stoica_bio">, no "#"
    assert _role(page, "Dylan Patel").talk_title == "Will Agentic AI Systems Replace System Developers?"
    assert not [r for r in page.roles if r.role == "steering"]


def test_a_name_corrected_between_two_versions(site_repo: Path) -> None:
    before = parse_home(_show(site_repo, "ebcae52:index.md"), "index.md")  # 2024-11-20 "Add speaker bios."
    after = parse_home(_show(site_repo, "67ba6b6:index.md"), "index.md")  # 2024-12-07 "Update name."
    later = parse_home(_show(site_repo, "a41ddab:index.md"), "index.md")  # 2024-12-14 "website change."
    assert "Natasha Jacques" in {r.person.name for r in before.roles}
    assert _role(after, "Natasha Jaques").talk_title == ""  # printed "TBD" until the 14th
    assert _role(later, "Natasha Jaques").talk_title.startswith("Leveraging Deep Multi-agent Reinforcement")
    assert _role(before, "Tim Kraska").talk_title == ""


def _every_version(repo: Path) -> list[tuple[str, str, str]]:
    """(commit, path, text) of every version of every index.md in the history, merges included."""
    log = subprocess.run(
        ["git", "log", "--all", "-m", "--raw", "--no-abbrev", "--format=C %h", "--", "index.md", "*/index.md"],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    versions: dict[tuple[str, str], str] = {}
    commit = ""
    for line in log.splitlines():
        if line.startswith("C "):
            commit = line[2:]
        elif line.startswith(":"):
            meta, path = line.split("\t", 1)
            blob, status = meta.split()[3], meta.split()[4]
            if status != "D":
                versions.setdefault((blob, path), commit[:7])
    blobs = subprocess.run(
        ["git", "cat-file", "--batch"],
        cwd=repo,
        check=True,
        capture_output=True,
        input="".join(f"{blob}\n" for blob, _ in versions).encode(),
    ).stdout
    out, pos = [], 0
    for (_blob, path), commit in versions.items():  # cat-file answers in the order asked
        header_end = blobs.index(b"\n", pos)
        size = int(blobs[pos:header_end].split()[2])
        out.append((commit, path, blobs[header_end + 1 : header_end + 1 + size].decode("utf-8")))
        pos = header_end + 1 + size + 1
    return out


def test_every_historical_version_parses_or_names_what_it_cannot_read(site_repo: Path) -> None:
    failed: dict[tuple[str, str], str] = {}
    versions = _every_version(site_repo)
    for commit, path, text in versions:
        try:
            parse_home(text, path)
        except WorkshopDataError as exc:
            failed[commit, path] = str(exc)
    assert len(versions) > 150  # the root page alone has more than 130 versions
    # The one version that cannot be read fully: "wip 2020 version" committed a merge conflict
    # inside the organizing committee's list.
    assert list(failed) == [("39e5c39", "index.md")]
    assert failed["39e5c39", "index.md"].startswith("index.md: line 58: Organizing Committee: ")
    assert "merge conflict" in failed["39e5c39", "index.md"]


# Small shapes of our own -------------------------------------------------------------------------


def test_a_home_page_nested_deeper_than_the_parser_reads_is_refused_not_cut_short() -> None:
    # libxml2 reads 256 levels and hands back what it read before: the committee below was lost
    deep = "<i>" * 300 + "deep" + "</i>" * 300
    page = f"""---
title: Home
---
<h2>Speakers</h2>
<div class="speaker-bio"><h3>Ada Lovelace</h3><p>{deep}</p></div>
<h2>Organizing Committee</h2>
<ul><li><b>Grace Hopper</b>, US Navy</li></ul>
"""
    with pytest.raises(WorkshopDataError, match=r"^index\.md: line 5: elements nested deeper than 256 levels"):
        parse_home(page, "index.md")


def _member_name(n: int) -> str:
    """A person's name of letters alone, the ``n``-th: Ada Aaaa, Ada Baaa…"""
    return "Ada " + "".join("abcdefghijklmnopqrstuvwxyz"[n // 26**k % 26] for k in range(4)).capitalize()


@pytest.mark.parametrize("lists", [1, 3], ids=["one list", "three lists"])
def test_a_home_page_of_more_people_than_a_page_holds_is_refused_naming_the_person_past_it(lists: int) -> None:
    """A committee of 100,000 (3 MB, under a page's 20 MB) was read for 47 s in 525 MB and
    published. Past MAX_RECORDS (a schedule page's most records) people on the page, the first one
    too many is named by its line; a list of so many is not read at all."""
    names = [_member_name(n) for n in range(MAX_RECORDS + 1)]
    size = -(-len(names) // lists)
    uls = [names[i : i + size] for i in range(0, len(names), size)]
    body = "\n".join("<ul>\n" + "".join(f"<li><b>{n}</b>, Org</li>\n" for n in ul) + "</ul>" for ul in uls)
    page = f"---\ntitle: Home\n---\n<h2>Organizing Committee</h2>\n{body}\n"
    # the person past the bound: its <li>'s line (one list), or the third list's <ul> (read whole first)
    line = 5 + 1 + MAX_RECORDS if lists == 1 else 5 + 2 * (size + 2)
    with pytest.raises(
        WorkshopDataError,
        match=rf"^index\.md: line {line}: Organizing Committee: more than {MAX_RECORDS} people on the page; "
        "this is not a home page$",
    ):
        parse_home(page, "index.md")
    fits = page.replace(f"<li><b>{names[-1]}</b>, Org</li>\n", "")
    assert len(parse_home(fits, "index.md").roles) == MAX_RECORDS


MARKDOWN = """\
## Speakers

### Ada Lovelace

<div class="speaker-bio">
<div class="img-holder"><img src="/assets/images/speakers/ada.jpg"></div>
<p>
    Analyst &amp; writer.
</p>
</div>

### Alan Turing

## Organizing Committee

* Grace Hopper, Navy, Yale, [@grace](https://twitter.com/grace)
* TBD

## Contact Us

Contact us at [x@example.org](mailto:x@example.org).
"""


def test_markdown_page() -> None:
    page = parse_home(MARKDOWN, "index.md")
    assert page.roles == (
        RoleEntry(
            person=PersonEntry(
                name="Ada Lovelace",
                photo_url="https://mlforsystems.org/assets/images/speakers/ada.jpg",
                bio="Analyst & writer.",
            ),
            role="invited",
            group="Speakers",
        ),
        RoleEntry(person=PersonEntry(name="Alan Turing"), role="invited", group="Speakers"),
        RoleEntry(
            person=PersonEntry(
                name="Grace Hopper",
                affiliations=("Navy", "Yale"),
                links=("https://twitter.com/grace",),
                link_labels=("@grace",),  # the Markdown link's words, as printed
            ),
            role="organizer",
            group="Organizing Committee",
        ),
    )
    assert page.contact_email == "x@example.org"


TITLE_FIRST = """\
---
title: Announcement
---
<h2>Speakers</h2>
<div class="speaker-bio">
  <div class="img-holder" style="background-image: url('/assets/images/speakers/b.png')"></div>
  <div>
    <h3>Special Speaker: Chips: a Story</h3>
    <h4>Bea Smith (Acme, MIT)</h4>
    <p>Bea builds chips.</p>
  </div>
</div>
<div class="speaker-bio"><div><h3>Other speakers TBD</h3></div></div>
<h2>Steering Comittee</h2>
<ul>
  <li><b>Carl Jones, Initech</b></li>
  <li><b>Dee Long</b>, Globex. <a href="https://example.org/dee">website</a></li>
</ul>
"""


def test_title_before_name_bold_affiliation_and_placeholders() -> None:
    page = parse_home(TITLE_FIRST, "neurips2099/index.md")
    assert page.roles == (
        RoleEntry(
            person=PersonEntry(
                name="Bea Smith",
                affiliations=("Acme", "MIT"),
                photo_url="https://mlforsystems.org/assets/images/speakers/b.png",
                bio="Bea builds chips.",
            ),
            role="invited",
            group="Speakers",
            label="Special Speaker",
            talk_title="Chips: a Story",
        ),
        RoleEntry(
            person=PersonEntry(name="Carl Jones", affiliations=("Initech",)), role="steering", group="Steering Comittee"
        ),
        RoleEntry(
            person=PersonEntry(
                name="Dee Long", affiliations=("Globex",), links=("https://example.org/dee",), link_labels=("website",)
            ),
            role="steering",
            group="Steering Comittee",
        ),
    )
    assert page.contact_email == ""


BIO_THEN_TALK = """\
<h2 id="speakers">Invited Speakers</h2>
<div class="speaker-bio" id="eve_bio">
  <div class="img-holder" style="background-image: url(/assets/images/speakers/eve.jpg)"></div>
  <div>
    <h3>Eve Adams</h3>
    <h5 class="keynote-speaker">Keynote Speaker</h5>
    <p>Eve  studies
       systems at <a href="/labs/eve">her lab</a>.</p>
    <h4> Learning to Schedule </h4>
    <p>First paragraph (<a href="https://arxiv.org/abs/9">paper</a>).</p>
    <p>Second paragraph.</p>
  </div>
</div>
<h2>Schedule</h2>
<table class="schedule-table"><tbody>
  <tr><td>09:00</td><td><a href="#eve_talk"><b>Invited Speaker 1: Eve Adams</b></a></td></tr>
  <tr><td>10:00</td><td><a href="#fay_talk"><b>Invited Speaker 2: Fay Brown</b></a>
    - <a href="/p.pdf">Fast Things</a></td></tr>
  <tr><td>11:00</td><td>Invited Speaker 3: TBD</td></tr>
</tbody></table>
"""


def test_bio_title_abstract_and_schedule_speakers() -> None:
    page = parse_home(BIO_THEN_TALK, "index.md")
    eve, fay = page.roles
    assert eve == RoleEntry(
        person=PersonEntry(
            name="Eve Adams",
            photo_url="https://mlforsystems.org/assets/images/speakers/eve.jpg",
            bio="Eve studies systems at her lab.",
            links=("https://mlforsystems.org/labs/eve",),  # the bio's link; the abstract's is about the talk
            bio_links=(
                (23, "her lab", "https://mlforsystems.org/labs/eve"),
            ),  # "her lab" from "Eve studies systems at "
            anchor="eve_bio",
        ),
        role="keynote",
        group="Invited Speakers",
        label="Keynote Speaker",
        talk_title="Learning to Schedule",
        talk_abstract="First paragraph (paper).\n\nSecond paragraph.",
        abstract_links=((17, "paper", "https://arxiv.org/abs/9"),),  # the abstract's own link, kept in it
    )
    # Eve has a speaker block, so the schedule adds only Fay.
    assert fay == RoleEntry(
        person=PersonEntry(name="Fay Brown", anchor="fay_talk"),
        role="invited",
        group="Schedule",
        label="Invited Speaker",
        talk_title="Fast Things",
    )


CONFLICT = """\
---
title: x
---
<h2>Organizing Committee</h2>
<ul>
  <li><b>Ann Lee</b>, Acme</li>
<<<<<<< HEAD
  <li><b>Bo Park</b>, Acme</li>
=======
  <li><b>Bo Park</b>, Initech</li>
>>>>>>> 1234567... edit
</ul>
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (CONFLICT, "index.md: line 7: Organizing Committee: an unresolved merge conflict ('<<<<<<<')"),
        (
            "<h2>Program Committee</h2>\n<ul>\n<li>Ann Lee, Acme</li>\n<li>see the list on our blog</li>\n</ul>",
            "index.md: line 4: Program Committee: item 2: cannot read a person's name in 'see the list on our blog'",
        ),
        (
            '<h2>Speakers</h2>\n<div class="speaker-bio">\n<p>A bio without a name.</p>\n</div>',
            "index.md: line 2: Speakers: a speaker block with no name heading",
        ),
        ("---\ntitle: [unclosed\n---\n<p>x</p>", "index.md: line 3: front matter is not valid YAML"),
    ],
)
def test_what_cannot_be_read_is_named(text: str, message: str) -> None:
    with pytest.raises(WorkshopDataError) as info:
        parse_home(text, "index.md")
    assert str(info.value).startswith(message)


COMMITTEE_WITH_A_NOTE = """<h2>Program Committee</h2>
<ul>
  <li><b>Ann Lee</b>, Acme, <a href="https://example.org/ann">@ann</a></li>
  <li>{note}</li>
  <li><strong>Bo Park</strong>, Initech</li>
</ul>
"""


@pytest.mark.parametrize(
    "note",
    [
        "Reviewers will be announced soon",
        "More members to be announced.",
        "Reviewers: to be announced in March",
        'See the <a href="https://example.org/pc">full list</a> on our blog',
    ],
)
def test_a_sentence_among_a_committees_bold_names_is_a_note_not_a_person(note: str) -> None:
    """An item printing no bold in a list whose members print their names in bold, no comma, and a
    sentence, not a name: a note, as "TBD" is (it stopped the whole page: 'cannot read a person's
    name'). The members around it are read as ever."""
    home = parse_home(COMMITTEE_WITH_A_NOTE.format(note=note), "index.md")
    assert [(r.person.name, r.person.affiliations, r.role) for r in home.roles] == [
        ("Ann Lee", ("Acme",), "committee"),
        ("Bo Park", ("Initech",), "committee"),
    ]


@pytest.mark.parametrize(
    ("item", "why"),
    [
        ("jeff dean", "a name typed in lower case: two words"),
        ("dr. jeff dean", "a name typed in lower case: its first letter"),
        ("Reviewers soon, maybe", "a comma: a member's line, 'Name, Affiliation'"),
    ],
)
def test_an_item_among_bold_names_that_may_be_a_misprinted_member_is_still_refused(item: str, why: str) -> None:
    with pytest.raises(WorkshopDataError, match=r"line 4: Program Committee: item 2: cannot read a person's name"):
        parse_home(COMMITTEE_WITH_A_NOTE.format(note=item), "index.md")


@pytest.mark.parametrize("bold", [True, False])
@pytest.mark.parametrize(
    "note",
    ["Reviewers Will Be Announced Soon", "Program Committee Members Are Announced In May", "More Names Posted Later."],
)
def test_a_sentence_in_capitalised_words_is_a_note_not_a_person(note: str, bold: bool) -> None:
    """ "Reviewers Will Be Announced Soon" reads as a name word by word (capitalised, no comma):
    it was imported as a committee member. The verb ("Be", "Are", "Posted") is in no name: it is
    a note of the list, whether its members print their names in bold or not."""
    member = "<b>Bo Park</b>, Initech" if bold else "Bo Park, Initech"
    page = f"<h2>Program Committee</h2>\n<ul>\n  <li>{note}</li>\n  <li>{member}</li>\n</ul>\n"
    assert [r.person.name for r in parse_home(page, "index.md").roles] == ["Bo Park"]


def test_every_name_of_three_words_or_more_in_the_data_printed_without_bold_stays_a_person() -> None:
    """The names the data holds (every edition's people, authors among them) of three words or
    more ("Deepak Ranganatha Sastry Mamillapalli", "Alexander van Renen", "J. Eliot B. Moss"),
    each printed as a member without bold among bold names and in a list without bold: read as that
    person, none taken for a note."""
    import workshop_data as wd

    names = sorted({n for n in wd.load_people("all")["name"] if len(n.split()) >= 3})
    assert len(names) > 50 and "Deepak Ranganatha Sastry Mamillapalli" in names
    for bold in ("<b>Ann Lee</b>, Acme", "Ann Lee, Acme"):
        items = "".join(f"<li>{name}</li>\n" for name in names)
        page = f"<h2>Program Committee</h2>\n<ul>\n<li>{bold}</li>\n{items}</ul>\n"
        assert [r.person.name for r in parse_home(page, "index.md").roles] == ["Ann Lee", *names]


def _speaker_block(name: str, bio: str, photo: str = "", label: str = "Keynote Speaker") -> str:
    image = f'<img src="{photo}">' if photo else ""
    return f'<div class="speaker-bio">{image}<div><h3>{name}</h3><h5>{label}</h5><p>{bio}</p></div></div>\n'


@pytest.mark.parametrize(
    ("second", "what"),
    [
        (_speaker_block("Jeff Dean", "Jeff Dean, another one, joined Yahoo.", PHOTOS + "jeff_dean.jpg"), "bio"),
        (_speaker_block("JEFF DEAN", "Jeff Dean joined Google.", PHOTOS + "other.jpg"), "photo"),
    ],
)
def test_a_name_of_two_speaker_blocks_with_other_bios_or_photos_is_named(second: str, what: str) -> None:
    # The second block's bio and photo were dropped without a word (the release's person keeps
    # the first's), its role given to the first: two people of one name merged, or one person's
    # bio lost. Now the page version is refused, naming both blocks' lines
    first = _speaker_block("Jeff Dean", "Jeff Dean joined Google.", PHOTOS + "jeff_dean.jpg")
    text = f"---\ntitle: x\n---\n<h2>Speakers</h2>\n{first}{second}"
    with pytest.raises(WorkshopDataError) as info:
        parse_home(text, "index.md")
    name = "JEFF DEAN" if what == "photo" else "Jeff Dean"
    assert str(info.value) == (
        f"index.md: line 6: Speakers: {name!r}: the speaker block at line 5 ('Jeff Dean') gives another {what}: one"
        " person or two, the page does not say; print one block, the same again, or two names"
    )


def test_a_name_of_two_speaker_blocks_with_the_same_bio_and_photo_or_none_is_one_person() -> None:
    # a keynote speaker on the panel too: the same block again, or one without a bio or photo
    first = _speaker_block("Jeff Dean", "Jeff Dean joined Google.", PHOTOS + "jeff_dean.jpg")
    again = _speaker_block("Jeff Dean", "Jeff Dean joined Google.", PHOTOS + "jeff_dean.jpg", "Panelist")
    bare = _speaker_block("Jeff Dean", "", "", "Panelist")
    page = parse_home(f"---\ntitle: x\n---\n<h2>Speakers</h2>\n{first}{again}{bare}", "index.md")
    assert [(r.person.name, r.label) for r in page.roles] == [
        ("Jeff Dean", "Keynote Speaker"),
        ("Jeff Dean", "Panelist"),
        ("Jeff Dean", "Panelist"),
    ]


def test_a_page_without_people_is_empty() -> None:
    assert parse_home("---\ntitle: Coming Soon\n---\n", "index.md") == HomePage()
    assert parse_home("## Welcome to GitHub Pages\n\nYou can use the editor.\n", "index.md") == HomePage()


def test_a_link_or_photo_that_is_no_web_address_is_not_taken() -> None:
    # A profile link or photo of "javascript:" (or "data:") was kept as printed, and the site
    # links it: a script run on the site's speakers page. Only http(s) addresses are taken, as
    # for a talk's materials (links.web_url).
    page = MARKDOWN.replace("/assets/images/speakers/ada.jpg", "javascript:alert(1)").replace(
        "(https://twitter.com/grace)",
        "(https://twitter.com/grace), [home](javascript:alert(document.cookie)),"
        " [card](data:text/html;base64,PHNjcmlwdD4=), [site](https://mlforsystems.org@evil.example/)",
    )  # (a user name before the host: the link leads to evil.example; schema.URL_PATTERN, hr-attack5)
    roles = parse_home(page, "index.md").roles
    assert (roles[0].person.name, roles[0].person.photo_url) == ("Ada Lovelace", "")
    assert (roles[2].person.name, roles[2].person.links) == ("Grace Hopper", ("https://twitter.com/grace",))


def test_a_link_printed_twice_is_one_link() -> None:
    # A name linked and a "(LinkedIn)" after it to the same page: the person's links held the URL
    # twice, a release validation refuses (people.links and roles.links give each once; the site
    # showed "LinkedIn (2)"). Found by the attacker's review
    page = MARKDOWN.replace("(https://twitter.com/grace)", "(https://twitter.com/grace) [x](https://twitter.com/grace)")
    roles = parse_home(page, "index.md").roles
    assert (roles[2].person.name, roles[2].person.links) == ("Grace Hopper", ("https://twitter.com/grace",))
    dee = '<a href="https://example.org/dee">website</a>'
    twice = parse_home(TITLE_FIRST.replace(dee, f"{dee} {dee}"), "index.md").roles
    assert (twice[-1].person.name, twice[-1].person.links) == ("Dee Long", ("https://example.org/dee",))


def test_the_same_body_under_another_front_matter_or_path_is_read_once_and_errors_name_each_page() -> None:
    """A home page's reading depends on its body alone: the history shows the same body again at a
    page whose front matter alone changed, or moved to its folder, and it is read once (the same
    records); a body that cannot be read is read again, and its error names each page and line."""
    body = "<h2>Organizing Committee</h2>\n<ul>\n<li><b>Ann Lee</b>, Acme</li>\n</ul>\n"
    first = parse_home(f"---\ntitle: A\n---\n{body}", "index.md")
    again = parse_home(f"---\ntitle: B\nlayout: x\n---\n{''.join(list(body))}", "demo2024/index.md")
    assert again is first and [r.person.name for r in first.roles] == ["Ann Lee"]
    speakers = '<h2>Speakers</h2>\n<div class="speaker-bio">\n<h3>Ada Lovelace</h3>\n<p>Bio.</p>\n</div>\n'
    found = parse_speakers(f"---\ntitle: A\n---\n{speakers}", "schedule.md")
    assert found is parse_speakers(speakers, "demo2024/schedule.md")
    assert found and found[0].person.name == "Ada Lovelace"
    bad = '<h2>Speakers</h2>\n<div class="speaker-bio">\n<p>A bio without a name.</p>\n</div>'
    with pytest.raises(WorkshopDataError, match=r"^index.md: line 5: Speakers: a speaker block with no name heading"):
        parse_home(f"---\ntitle: A\n---\n{bad}", "index.md")
    with pytest.raises(WorkshopDataError, match=r"^demo2024/index.md: line 2: Speakers: a speaker block"):
        parse_home(bad, "demo2024/index.md")


def test_a_committee_member_is_read_once_per_item_and_section_and_errors_name_each_item() -> None:
    """A committee that gains a member is read again, its other members are taken as read (the
    same records); the same item under another section is read for that section, and an item that
    cannot be read is read again, its error naming its own number and line."""
    ann = "<li><b>Ann Lee</b>, Acme</li>"
    first = parse_home(f"<h2>Organizing Committee</h2>\n<ul>\n{ann}\n</ul>\n", "index.md").roles
    grown = parse_home(f"<h2>Organizing Committee</h2>\n<ul>\n<li>Bo Park, Initech</li>\n{ann}\n</ul>\n", "index.md")
    assert [r.person.name for r in grown.roles] == ["Bo Park", "Ann Lee"] and grown.roles[1] is first[0]
    steering = parse_home(f"<h2>Steering Committee</h2>\n<ul>\n{ann}\n</ul>\n", "index.md").roles
    assert (steering[0].role, steering[0].group) == ("steering", "Steering Committee")
    assert steering[0].person == first[0].person
    bad = "<li>see the list on our blog</li>"
    with pytest.raises(WorkshopDataError, match=r"^index.md: line 3: Program Committee: item 1: cannot read"):
        parse_home(f"<h2>Program Committee</h2>\n<ul>\n{bad}\n</ul>", "index.md")
    with pytest.raises(WorkshopDataError, match=r"^index.md: line 5: Program Committee: item 2: cannot read"):
        parse_home(f"<h2>Program Committee</h2>\n<ul>\n{ann}\n\n{bad}\n</ul>", "index.md")


def test_what_a_speaker_block_holds_is_not_read_as_the_page_s() -> None:
    """A list or heading inside a ``div`` whose class has the word ``speaker-bio`` (split at any
    white space) is the block's, not a committee or section of the page; a ``div`` is a block when
    its class has the word split at XML's white space, as the class searches split it."""
    page = (
        "<h2>Organizing Committee</h2>\n<ul><li><b>Ann Lee</b>, Acme</li></ul>\n"
        '<div class="wide speaker-bio"><div><ul><li><b>Bo Park</b>, Initech</li></ul>'
        "<h3>Cy Dee</h3><p>Cy studies things.</p></div></div>\n"
        '<div class="x\u00a0speaker-bio"><ul><li><b>Di Eng</b>, Globex</li></ul></div>\n'
        '<div class="speaker-bio\tnarrow"><h3>Ed Fox</h3><p>Ed builds things.</p></div>\n'
    )
    roles = parse_home(page, "index.md").roles
    assert [(r.person.name, r.role, r.group) for r in roles] == [
        ("Ann Lee", "organizer", "Organizing Committee"),
        ("Cy Dee", "invited", "Organizing Committee"),
        ("Ed Fox", "invited", "Organizing Committee"),
    ]


def test_a_speaker_blocks_section_is_the_heading_xpath_finds_before_it() -> None:
    """Each speaker block's section heading is what ``preceding::h2[1]`` finds: none before the
    first heading, the last heading before the block, not a heading around the block, a heading
    inside an earlier block."""
    from workshop_data.importer.page import html_document, with_class
    from workshop_data.siteimport.home import _bios_in_sections

    root = html_document(
        '<div class="speaker-bio" id="a"><h3>A</h3></div><h2>One</h2><h2>Two</h2>'
        '<div class="speaker-bio" id="b"><h2>Inside</h2><p>x</p></div>'
        '<div class="speaker-bio" id="c"><h3>C</h3></div>'
        '<h2>Around <div class="speaker-bio" id="d"><h3>D</h3></div></h2><p>y</p>'
        '<div><div class="speaker-bio x" id="e"></div></div><h2>Last</h2>'
    )
    found = _bios_in_sections(root)
    assert [bio for bio, _ in found] == with_class(root, "speaker-bio", "div")
    for bio, heading in found:
        assert ([heading] if heading is not None else []) == bio.xpath("preceding::h2[1]")
    assert [(bio.get("id"), heading.text if heading is not None else None) for bio, heading in found] == [
        ("a", None),
        ("b", "Two"),
        ("c", "Inside"),
        ("d", "Inside"),
        ("e", "Around "),
    ]

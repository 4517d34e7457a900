"""Accepted papers read from the site's pages (siteimport/papers.py).

The facts below were written by reading the pages of the site's history (the latest version of
each edition's ``accepted_papers.md``, its ``_data`` CSV, NeurIPS 2022's ``index.md``), not by
running the parser. The bundle's commit ids are fixed, so historical versions are named by them.
The small inline pages are written for this test; they copy no page of the site.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import require
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_data.errors import WorkshopDataError
from workshop_data.importer.release import MAX_RECORDS
from workshop_data.siteimport.papers import papers_data_path, parse_index_papers, parse_papers
from workshop_data.siteimport.records import AuthorEntry, PaperEntry


def _show(repo: Path, rev: str, path: str) -> str | None:
    done = subprocess.run(["git", "-C", str(repo), "show", f"{rev}:{path}"], capture_output=True, check=False)
    return done.stdout.decode("utf-8") if done.returncode == 0 else None


def _papers_at(repo: Path, rev: str, path: str) -> tuple[PaperEntry, ...]:
    text = _show(repo, rev, path)
    assert text is not None, f"{path} at {rev}"
    data = papers_data_path(text)
    return parse_papers(text, path, _show(repo, rev, data) if data else None)


def _latest(repo: Path, edition: str) -> tuple[PaperEntry, ...]:
    return _papers_at(repo, "HEAD", f"{edition}/accepted_papers.md")


def _by_title(papers: tuple[PaperEntry, ...], title: str) -> PaperEntry:
    found = [p for p in papers if p.title == title]
    assert len(found) == 1, f"{title!r} found {len(found)} times"
    return found[0]


def _names(paper: PaperEntry) -> list[str]:
    return [a.name for a in paper.authors]


# -- hand-checked facts, latest version of each edition ----------------------------------------


@pytest.mark.parametrize(
    ("edition", "count"),
    [
        ("neurips2018", 19),
        ("isca2019", 5),
        ("neurips2019", 22),
        ("neurips2020", 18),
        ("neurips2022", 19),
        ("neurips2023", 32),  # 33 CSV rows, one of them "[Retracted]" with no authors
        ("neurips2024", 26),
    ],
)
def test_number_of_papers_per_edition(site_repo: Path, edition: str, count: int) -> None:
    assert len(_latest(site_repo, edition)) == count


def test_neurips2018_equal_contributions_and_links(site_repo: Path) -> None:
    papers = _latest(site_repo, "neurips2018")
    first = papers[0]
    assert first.title == "Learning Scheduling Algorithms for Data Processing Clusters"
    assert _names(first) == [
        "Hongzi Mao",
        "Malte Schwarzkopf",
        "Shaileshh Bojja Venkatakrishnan",
        "Zili Meng",
        "Mohammad Alizadeh",
    ]
    assert first.pdf_url == "https://mlforsystems.org/assets/papers/neurips2018/learning_mao_2018.pdf"
    profiling = _by_title(papers, "Exploring the Use of Learning Algorithms for Efficient Performance Profiling")
    assert profiling.authors == (
        AuthorEntry("Shoumik Palkar", True),
        AuthorEntry("Sahaana Suri", True),
        AuthorEntry("Matei Zaharia", False),
        AuthorEntry("Peter D. Bailis", False),
    )
    # DeepConf's PDF sits outside the edition folder, as printed; Dali's link is empty: no PDF.
    deepconf = _by_title(papers, "DeepConf: Automating Data Center Network Topologies Management with Machine Learning")
    assert deepconf.pdf_url == "https://mlforsystems.org/assets/papers/deepconf_salman_2018.pdf"
    dali = _by_title(papers, "Dali: Lazy Compilation & Kernel Fusion in Dynamic Computation Graphs")
    assert (dali.pdf_url, _names(dali)) == ("", ["Jonathan Raiman"])
    placeto = _by_title(papers, "Placeto: Efficient Progressive Device Placement Optimization")
    assert _names(placeto)[-1] == "Dr. Mohammad Alizadeh"  # as printed
    assert all(p.award == "" and p.presentation == "" and p.abstract == "" for p in papers)


def test_isca2019_award_and_oxford_comma(site_repo: Path) -> None:
    papers = _latest(site_repo, "isca2019")
    ithemal = papers[2]
    assert ithemal.title == (
        "Ithemal: Accurate, Portable and Fast Basic Block Throughput Estimation using Deep Neural Networks"
    )
    assert _names(ithemal) == ["Charith Mendis", "Alex Renda", "Saman Amarasinghe", "Michael Carbin"]
    assert ithemal.award == "Best Paper Award"
    assert ithemal.pdf_url == "https://mlforsystems.org/assets/papers/isca2019/MLforSystems2019_Charith_Mendis.pdf"
    assert [p.award for p in papers].count("") == 4
    # "Ajay Jain, and Saman Amarasinghe" (no final period): two names.
    assert _names(papers[1]) == ["Ajay Jain", "Saman Amarasinghe"]
    # The page has no equal-contribution convention: unknown, not False.
    assert {a.equal_contribution for p in papers for a in p.authors} == {None}


def test_neurips2019_entities_and_three_equal_authors(site_repo: Path) -> None:
    papers = _latest(site_repo, "neurips2019")
    sosd = _by_title(papers, "SOSD: A Benchmark for Learned Indexes")
    assert _names(sosd) == [
        "Andreas Kipf",
        "Ryan Marcus",
        "Alexander van Renen",
        "Mihail Stoian",
        "Alfons Kemper",
        "Tim Kraska",
        "Thomas Neumann",
    ]
    assert [a.equal_contribution for a in sosd.authors] == [True, True, True, False, False, False, False]
    mvfst = _by_title(papers, "MVFST-RL: An Asynchronous RL Framework for Congestion Control with Delayed Actions")
    assert _names(mvfst)[1:4] == ["Tim Rocktäschel", "Alexander Miller", "Heinrich Küttler"]
    # "Nham V Le, Ashish Gehani, Arie Gurfinkel, Susmit Jha, and Jorge A. Navas" has no final period.
    debloat = _by_title(papers, "Reinforcement Learning guided Software Debloating")
    assert _names(debloat)[-1] == "Jorge A. Navas"
    assert papers[-1].title == "Zero-Shot Learning for Fast Optimization of Computation Graphs"


def test_neurips2020_names_as_printed(site_repo: Path) -> None:
    papers = _latest(site_repo, "neurips2020")
    assert papers[0].title == "Apollo: Transferable Architecture Exploration"
    indexes = _by_title(papers, "Learned Indexes for a Google-scale Disk-based Database")
    assert _names(indexes) == [
        "Hussam Abu-Libdeh",
        "Deniz Altınbuüken",
        "Alex Beutel",
        "Ed H. Chi",
        "Lyric Doshi",
        "Tim Kraska",
        "Xiaozhou (Steve) Li",
        "Andy Ly",
        "Christopher Olston",
    ]
    cadet = _by_title(
        papers, "CADET: A Systematic Method For Debugging Misconfigurations using Counterfactual Reasoning"
    )
    assert [(a.name, a.equal_contribution) for a in cadet.authors] == [
        ("Md Shahriar Iqbal", True),
        ("Rahul Krishna", False),
        ("Mohammad Ali Javidian", True),
        ("Baishakhi Ray", False),
        ("Pooyan Jamshidi", False),
    ]
    # "Anthony Agnesina, Sai Pentapati, Sung Kyu Lim." : commas without "and".
    vlsi = _by_title(
        papers, "A General Framework For VLSI Tool Parameter Optimization with Deep Reinforcement Learning"
    )
    assert _names(vlsi) == ["Anthony Agnesina", "Sai Pentapati", "Sung Kyu Lim"]


def test_neurips2022_papers_page(site_repo: Path) -> None:
    papers = _latest(site_repo, "neurips2022")
    assert papers[0].title == "Towards Continually Learning Application Performance Models"
    assert _names(papers[0]) == [
        "Ray A. O. Sinurat",
        "Anurag Daram",
        "Haryadi Gunawi",
        "Robert Ross",
        "Sandeep Madireddy",
    ]
    marl = _by_title(papers, "Multi-Agent Reinforcement Learning for Microprocessor Design Space Exploration")
    assert _names(marl)[:2] == ["Srivatsan Krishnan", "Natasha Jaques"]
    assert marl.pdf_url == "https://mlforsystems.org/assets/papers/neurips2022/paper10.pdf"
    # "<b> HEAT: ..." : the leading space is not part of the title.
    assert papers[-1].title == "HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression"


def test_neurips2022_index_papers(site_repo: Path) -> None:
    text = _show(site_repo, "HEAD", "neurips2022/index.md")
    assert text is not None
    papers = parse_index_papers(text, "neurips2022/index.md")
    assert len(papers) == 19
    first = papers[0]
    assert first.title == "Towards Continually Learning Application Performance Models"
    assert _names(first) == ["Ray Sinurat", "Sandeep Madireddy", "Anurag Daram", "Haryadi Gunawi", "Robert Ross"]
    assert first.presentation == "Poster - Recorded Presentation"
    assert first.pdf_url == "https://openreview.net/forum?id=apAsvPTeKor"
    assert first.abstract.startswith("Machine learning-based performance models are increasingly being used")
    assert papers[1].presentation == "Poster"
    assert [p.presentation for p in papers].count("Poster") == 6
    assert [p.presentation for p in papers].count("Poster - Recorded Presentation") == 13
    assert {a.equal_contribution for p in papers for a in p.authors} == {None}


#: The three abstracts NeurIPS 2022's table prints bare in their card, with no ``<p>`` (index.md at
#: HEAD, lines 4208, 4393 and 4454): each one's first words, last words and number of words, read
#: from the page's lines.
BARE_ABSTRACTS_2022 = {
    "Target-independent XLA optimization using Reinforcement Learning": (
        "An important challenge in Linear Algebra accelerated compilers like XLA is multi-pass optimization",
        "over the compiler's default phase ordering.",
        182,
    ),
    "Implementing Reinforcement Learning Datacenter Congestion Control in NVIDIA NICs": (
        "Cloud datacenters are exponentially growing both in numbers and size.",
        "all tested metrics simultaneously: bandwidth, latency, fairness, and drops.",  # 'and  drops': collapsed
        136,
    ),
    "NeuralFuse: Improving the Accuracy of Access-Limited Neural Network Inference in Low-Voltage Regimes": (
        "Deep neural networks (DNNs) are state-of-the-art models adopted in many machine learning",
        "to mitigate the accuracy-energy tradeoff in low-voltage regimes.",
        196,
    ),
}


def test_neurips2022_index_papers_abstracts_printed_bare_in_their_card(site_repo: Path) -> None:
    # every paper of the table has its abstract: 16 in a <p>, these three as the card's own text
    # (read as none before); the card's "Link »" line is not part of one
    text = _show(site_repo, "HEAD", "neurips2022/index.md")
    assert text is not None
    papers = parse_index_papers(text, "neurips2022/index.md")
    assert [p.title for p in papers if not p.abstract] == []
    for title, (first, last, words) in BARE_ABSTRACTS_2022.items():
        abstract = _by_title(papers, title).abstract
        assert abstract.startswith(first) and abstract.endswith(last), title
        assert len(abstract.split()) == words, title
    assert not any("Link »" in p.abstract for p in papers)


def test_an_index_papers_card_gives_its_own_text_not_its_link_or_video_player() -> None:
    row = (
        "<tr><td><strong>Loom</strong><small>(Poster)</small>"
        '<div class="card card-body"><div id="embed"></div><script>embed("x")</script></div>'
        '<div class="card card-body">\n  Bare  <em>abstract</em> text.\n'
        '  <div><a href="https://openreview.net/forum?id=x">Link »</a></div>\n</div>'
        "</td><td><i>Ada Lovelace · Alan Turing</i></td></tr>"
    )
    text = f'<div class="accepted-paper-section"><table>{row}</table></div>'
    (paper,) = parse_index_papers(text, "index.md")
    assert paper.abstract == "Bare abstract text."
    assert _names(paper) == ["Ada Lovelace", "Alan Turing"]


#: The Google Drive file neurips2018/accepted_papers.md links as "(slides)" after two papers' authors.
SLIDES_2018 = "https://drive.google.com/file/d/1Gob8ePBJ9bkupFFiyEDJ7CED7Bupsvi9/view?usp=sharing"


def test_neurips2018_slides_links_are_the_papers_not_their_authors(site_repo: Path) -> None:
    papers = _latest(site_repo, "neurips2018")
    linked = [(p.title, p.links) for p in papers if p.links]
    # Iroko's "(slides)" points to the same file as the first's: a slip of the site's, as printed
    assert linked == [
        ("Neural Inference of API Functions from Input–Output Examples", (("slides", SLIDES_2018),)),
        (
            "Iroko: A Framework to Prototype Reinforcement Learning for Data Center Traffic Control",
            (("slides", SLIDES_2018),),
        ),
    ]
    iroko = _by_title(papers, linked[1][0])
    assert iroko.authors == (
        AuthorEntry("Fabian Ruffy", True),
        AuthorEntry("Michael Przystupa", True),
        AuthorEntry("Ivan Beschastnikh", False),
    )
    assert iroko.pdf_url == "https://mlforsystems.org/assets/papers/neurips2018/iroko_ruffy_2018.pdf"


def test_neurips2022_index_papers_links(site_repo: Path) -> None:
    text = _show(site_repo, "HEAD", "neurips2022/index.md")
    assert text is not None
    papers = parse_index_papers(text, "neurips2022/index.md")
    # the table row's [OpenReview] (the row's PDF too: it gives none), then the detailed
    # schedule's untimed row's [Poster], a path of neurips.cc made absolute against this site
    assert papers[0].links == (
        ("paper", "https://openreview.net/forum?id=apAsvPTeKor"),
        ("poster", "https://mlforsystems.org/media/PosterPDFs/NeurIPS%202022/62267.png?t=1669846303.9997802"),
    )
    assert all(("paper", p.pdf_url) in p.links and "openreview.net/forum?id=" in p.pdf_url for p in papers)
    assert [k for p in papers for k, _ in p.links].count("poster") == 14
    # HEAT: the table's row has a poster image of its own, the detailed schedule's untimed row another
    heat = _by_title(papers, "HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression")
    assert heat.links == (
        ("poster", "https://mlforsystems.org/media/PosterPDFs/NeurIPS%202022/c81e728d9d4c2f636f067f89cc14862c.png"),
        ("paper", "https://openreview.net/forum?id=x9ZP4pnlZHo"),
        ("poster", "https://mlforsystems.org/media/PosterPDFs/NeurIPS%202022/62290.png?t=1668034474.3239815"),
    )


def test_index_papers_take_an_untimed_rows_links_not_a_timed_ones() -> None:
    """A detailed schedule's untimed row is a poster: its links are its paper's; a timed row is a
    talk (its links the schedule's materials), and the "SlidesLive" toggle links nothing."""
    row = (
        '<tr id="wse-detail-{n}"><td><div class="workshopevent-date">{when}</div></td>'
        '<td><strong>{title}</strong> <a href="{poster}">Poster</a> <a href="#collapse-sl-{n}">SlidesLive Video »</a>'
        ' <a href="https://openreview.net/forum?id={n}">link »</a></td><td><i>Ada Lovelace</i></td></tr>'
    )
    detailed = row.format(n=1, when="-", title="Engines", poster="/media/p/1.png") + row.format(
        n=2, when="Sat 9:00 a.m. - 9:10 a.m.", title="Looms", poster="/media/p/2.png"
    )
    table = "".join(row.format(n=n, when="-", title=title, poster="#") for n, title in ((1, "Engines"), (2, "Looms")))
    text = f'<table>{detailed}</table>\n<div class="accepted-paper-section"><table>{table}</table></div>\n'
    engines, looms = parse_index_papers(text, "index.md")
    assert engines.links == (
        ("paper", "https://openreview.net/forum?id=1"),
        ("poster", "https://mlforsystems.org/media/p/1.png"),
    )
    assert looms.links == (("paper", "https://openreview.net/forum?id=2"),)


def test_neurips2022_index_without_papers_section(site_repo: Path) -> None:
    text = _show(site_repo, "HEAD", "neurips2024/index.md")
    assert text is not None
    assert parse_index_papers(text, "neurips2024/index.md") == ()


def test_neurips2023_from_the_csv(site_repo: Path) -> None:
    papers = _latest(site_repo, "neurips2023")
    first = papers[0]
    assert first.title == "VMR2L: Virtual Machines Rescheduling Using Reinforcement Learning in Data Centers"
    assert _names(first)[:3] == ["Xianzhong Ding", "Yunkai Zhang", "Binbin Chen"]
    assert first.pdf_url == "https://mlforsystems.org/assets/papers/neurips2023/paper37.pdf"
    assert first.abstract.startswith("Modern industry-scale data centers receive thousands of virtual machine")
    assert "[Retracted]" not in [p.title for p in papers]
    assert "DeePref: Deep Reinforcement Learning For Video Prefetching In Content Delivery Networks" not in [
        p.title for p in papers
    ]
    assert all(p.tag == "" for p in papers)


def test_neurips2024_from_the_csv(site_repo: Path) -> None:
    papers = _latest(site_repo, "neurips2024")
    tuner = papers[1]
    assert tuner.title == "ML^2 Tuner : Efficient Code Tuning via Multi-Level Machine Learning Models"
    # The CSV separates names with ",\u00a0"; the names are plain.
    assert _names(tuner) == ["JooHyoung Cha", "Munyoung Lee", "Jinse Kwon", "Jubin Lee", "Jemin Lee", "Yongin Kwon"]
    # 2024's template builds the link from the 'tag' column (its 'id' header starts with a BOM).
    assert tuner.pdf_url == "https://mlforsystems.org/assets/papers/neurips2024/paper6.pdf"
    assert tuner.tag == ""  # the page prints no tag
    assert tuner.abstract.startswith("The increasing complexity of deep learning models necessitates")


# -- historical versions -------------------------------------------------------------------------


def test_2023_first_loop_printed_no_abstract(site_repo: Path) -> None:
    # a864a0d (2023-12-10): the template printed title and authors only, from a 29-row CSV.
    papers = _papers_at(site_repo, "a864a0d", "accepted_papers.md")
    assert len(papers) == 29
    assert {p.abstract for p in papers} == {""}
    assert papers[0].title.startswith("Ad-Rec: Advanced Feature Interactions")


def test_2018_first_version_semicolon_and_affiliation(site_repo: Path) -> None:
    # 3ccd5b6 (2018-11-13): "Hanrui Wang (MIT); Jiacheng Yang, Hae-Seung Lee, and Song Han."
    papers = _papers_at(site_repo, "3ccd5b6", "accepted_papers.md")
    assert len(papers) == 18
    circuits = _by_title(papers, "Learning to Design Circuits")
    assert _names(circuits) == ["Hanrui Wang", "Jiacheng Yang", "Hae-Seung Lee", "Song Han"]
    assert {p.pdf_url for p in papers} == {""}  # no links yet


def test_2018_marks_without_commas(site_repo: Path) -> None:
    # e0ad32f (2018-12-04): "Hanrui Wang<span>*</span> Jiacheng Yang<span>*</span> Hae-Seung Lee, and Song Han."
    papers = _papers_at(site_repo, "e0ad32f", "accepted_papers.md")
    circuits = _by_title(papers, "Learning to Design Circuits")
    assert [(a.name, a.equal_contribution) for a in circuits.authors] == [
        ("Hanrui Wang", True),
        ("Jiacheng Yang", True),
        ("Hae-Seung Lee", False),
        ("Song Han", False),
    ]


def test_2019_placeholder_is_no_paper(site_repo: Path) -> None:
    # 053e353 (2019-10-08): '<a href="#"><b>TBD</b></a>.' before the papers were known.
    assert _papers_at(site_repo, "053e353", "accepted_papers.md") == ()


def test_merge_conflict_page_is_refused(site_repo: Path) -> None:
    # d4d74eb (2019-12-05) published neurips2018's page with both sides of a merge conflict.
    with pytest.raises(WorkshopDataError, match=r"^neurips2018/accepted_papers\.md: line 11: an unresolved merge"):
        _papers_at(site_repo, "d4d74eb", "neurips2018/accepted_papers.md")


class _Blobs:
    """Files at commits through one ``git cat-file --batch`` (a process per file is slow)."""

    def __init__(self, repo: Path) -> None:
        self.process = subprocess.Popen(
            ["git", "-C", str(repo), "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )

    def show(self, commit: str, path: str) -> str | None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{commit}:{path}\n".encode())
        self.process.stdin.flush()
        header = self.process.stdout.readline().split()
        if header[-1] == b"missing":
            return None
        data = self.process.stdout.read(int(header[2]) + 1)[:-1]
        return data.decode("utf-8")

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def _history(repo: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each commit oldest first with the files it touched: (status letter, path)."""
    log = subprocess.run(
        ["git", "-C", str(repo), "log", "--reverse", "--no-renames", "--name-status", "--format=@%H"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    commits: list[tuple[str, list[tuple[str, str]]]] = []
    for line in log.splitlines():
        if line.startswith("@"):
            commits.append((line[1:], []))
        elif line.strip():
            status, path = line.split("\t", 1)
            commits[-1][1].append((status[0], path))
    return commits


def test_every_historical_version_parses_or_is_refused(site_repo: Path) -> None:
    """Every version of every papers page (and every index.md) in the history: papers, or a
    WorkshopDataError; the only pages refused are neurips2018's with merge-conflict markers."""
    seen: set[tuple[str, str, str | None]] = set()
    pages: set[str] = set()
    refused: list[str] = []
    read = 0
    blobs = _Blobs(site_repo)
    try:
        for commit, touched in _history(site_repo):
            for status, path in touched:
                if path.endswith("accepted_papers.md"):
                    (pages.discard if status == "D" else pages.add)(path)
            if not any(p.endswith(("accepted_papers.md", "/papers.csv")) for _, p in touched):
                continue
            for path in sorted(pages):
                text = blobs.show(commit, path)
                assert text is not None, (commit, path)
                data = papers_data_path(text)
                csv_text = blobs.show(commit, data) if data else None
                if (path, text, csv_text) in seen:
                    continue
                seen.add((path, text, csv_text))
                try:
                    parse_papers(text, path, csv_text)
                    read += 1
                except WorkshopDataError as exc:
                    refused.append(str(exc))
        for commit, touched in _history(site_repo):
            for path in (p for status, p in touched if p.endswith("index.md") and status != "D"):
                text = blobs.show(commit, path)
                assert text is not None
                if (path, text, None) not in seen:
                    seen.add((path, text, None))
                    parse_index_papers(text, path)  # no index.md of the history is refused
    finally:
        blobs.close()
    assert read == 61  # distinct (page, CSV) versions of the bundle's history
    assert len(refused) == 3 and all(
        r.startswith("neurips2018/accepted_papers.md: line 1") and "merge conflict" in r for r in refused
    ), refused


# -- shapes and errors (pages written for this test) ---------------------------------------------

PAGE = """---
title: Accepted Papers
---
<div class="inner clearfix">
    <section class="main-content accepted_papers_section">
        <h2>Accepted Papers</h2>
{papers}
    </section>
</div>
"""

LOOP = """{% for paper in site.data.demo.papers %}
<p><details><summary>🔽 <b>{{paper.title}}</b>. {{ paper.authors }}.</summary>
<p>{{paper.abstract}} <a href="/assets/papers/demo/paper{{paper.id}}.pdf"><b>(paper)</b></a></p>
</details></p>
{% endfor %}"""

CSV = 'id,authors,title,abstract\n7,"Ada Lovelace, Alan Turing",Engines,"Notes &amp; more."\n'


def test_liquid_loop_rendered_per_row() -> None:
    page = PAGE.format(papers=LOOP)
    assert papers_data_path(page) == "_data/demo/papers.csv"
    (paper,) = parse_papers(page, "accepted_papers.md", CSV)
    assert paper == PaperEntry(
        title="Engines",
        authors=(AuthorEntry("Ada Lovelace"), AuthorEntry("Alan Turing")),
        abstract="Notes & more.",
        pdf_url="https://mlforsystems.org/assets/papers/demo/paper7.pdf",
    )


def test_a_line_separator_in_a_csv_abstract_is_the_space_the_site_showed(chromium: str) -> None:
    # U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR in a papers CSV's abstract are read as
    # a space (hattack26 asked whether that is faithful). The Liquid loop writes them into the
    # page's HTML as they are; HTML's white space is ASCII alone, so nothing collapses them, and
    # Chromium lays them out as a space: the same width as a space, on the same one line (no
    # line break, though Unicode's line-break class of both is a mandatory break). A reader of the
    # release sees what the page showed; kept as they are, they would break the line in Python's
    # str.splitlines and a JavaScript source, which the page never did. The oracle: Chromium.
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        require(False, "playwright is not installed (pip install '.[test]')")
    csv_text = 'id,authors,title,abstract\n7,Ada Lovelace,Engines,"Line one\u2028line two\u2029and more."\n'
    (paper,) = parse_papers(PAGE.format(papers=LOOP), "accepted_papers.md", csv_text)
    assert paper.abstract == "Line one line two and more."
    shown = ["Line one line two and more.", "Line one\u2028line two\u2029and more."]
    spans = "".join(f"<p><span id=s{n}>{text}</span></p>" for n, text in enumerate(shown))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        try:
            page = browser.new_page()
            page.set_content(f'<html><meta charset="utf-8"><body style="width:1000px">{spans}</body></html>')
            boxes = [
                page.evaluate(
                    f"(() => {{ const r = document.getElementById('s{n}').getBoundingClientRect();"
                    " return [r.width, r.height]; })()"
                )
                for n in range(len(shown))
            ]
        finally:
            browser.close()
    assert boxes[1] == boxes[0]  # the separators as wide as spaces, on one line


def test_liquid_loop_without_its_csv() -> None:
    with pytest.raises(
        WorkshopDataError, match=r"^accepted_papers\.md: line 7: the papers come from _data/demo/papers"
    ):
        parse_papers(PAGE.format(papers=LOOP), "accepted_papers.md", None)


def test_csv_row_that_cannot_be_read_is_named() -> None:
    bad = CSV + '8,"Grace Hopper",Compilers\n'
    with pytest.raises(WorkshopDataError, match=r"^_data/demo/papers\.csv: row 2: 3 fields where the header names 4"):
        parse_papers(PAGE.format(papers=LOOP), "accepted_papers.md", bad)
    untitled = CSV + '8,"Grace Hopper",,"An abstract."\n'
    with pytest.raises(WorkshopDataError, match=r"^_data/demo/papers\.csv: row 2: the paper's title is empty"):
        parse_papers(PAGE.format(papers=LOOP), "accepted_papers.md", untitled)


def test_a_page_of_more_papers_or_authors_than_a_page_holds_is_refused_naming_the_paper_past_it() -> None:
    """A papers CSV of 500,000 short rows (16 MB, under a page's 20 MB) was read for three minutes
    in 2.4 GB and published as a release of 500,000 papers; so could paragraphs or an index table,
    and one row of 300,000 authors took a minute. Past MAX_RECORDS (a schedule page's most records)
    papers or authors, the paper too many is named."""
    rows = "".join(f"{n},Ada Lovelace,Paper {n},\n" for n in range(MAX_RECORDS + 1))
    page = PAGE.format(papers=LOOP)
    with pytest.raises(
        WorkshopDataError,
        match=rf"^_data/demo/papers\.csv: row {MAX_RECORDS + 1}: more than {MAX_RECORDS} papers or authors on the "
        "page; this is not an accepted papers page$",
    ):
        parse_papers(page, "accepted_papers.md", "id,authors,title,abstract\n" + rows + "x,y,z,\n" * 5)
    assert len(parse_papers(page, "accepted_papers.md", "id,authors,title,abstract\n" + rows.split("\n", 1)[1])) == (
        MAX_RECORDS
    )
    many = ", ".join(f"Author {n}" for n in range(MAX_RECORDS))  # with row 1's Ada Lovelace, one too many
    with pytest.raises(WorkshopDataError, match=rf"^_data/demo/papers\.csv: row 2: more than {MAX_RECORDS} papers or"):
        parse_papers(page, "accepted_papers.md", f'id,authors,title,abstract\n1,Ada Lovelace,P,\n2,"{many}",Q,\n')
    paragraphs = "\n".join(f"<p><b>Paper {n}</b>. Ada Lovelace.</p>" for n in range(MAX_RECORDS + 1))
    with pytest.raises(WorkshopDataError, match=rf"^accepted_papers\.md: line {MAX_RECORDS + 7}: more than"):
        parse_papers(PAGE.format(papers=paragraphs), "accepted_papers.md")
    table = "".join(f"<tr><td><strong>P{n}</strong><i>Ada Lovelace</i></td></tr>\n" for n in range(MAX_RECORDS + 1))
    index = f'<div class="accepted-paper-section"><table>\n{table}</table></div>'
    with pytest.raises(WorkshopDataError, match=rf"^index\.md: line {MAX_RECORDS + 2}: more than"):
        parse_index_papers(index, "index.md")


def test_csv_columns_are_named_as_jekyll_names_them() -> None:
    """Jekyll reads a data file with ``CSV.read(path, headers: true, encoding: "utf-8")`` and
    ``to_hash`` (lib/jekyll/readers/data_reader.rb, 3.9 and 4.x alike; Ruby 3.1 checked by hand):
    a header cell as written, the first of two columns of one name, a byte-order mark part of the
    first name. The importer read the second ``title``, stripped names and dropped the mark: it
    imported titles and PDF links the site never printed."""
    page = PAGE.format(papers=LOOP)
    twice = 'id,authors,title,abstract,title\n7,"Ada Lovelace, Alan Turing",Engines,"Notes.",Shown nowhere\n'
    (paper,) = parse_papers(page, "accepted_papers.md", twice)
    assert paper.title == "Engines"
    padded = 'id,authors, title,abstract\n7,"Ada Lovelace, Alan Turing",Engines,"Notes."\n'
    with pytest.raises(WorkshopDataError, match=r"^_data/demo/papers\.csv: row 1: the paper's title is empty"):
        parse_papers(page, "accepted_papers.md", padded)
    (marked,) = parse_papers(page, "accepted_papers.md", "\ufeff" + CSV)
    assert (marked.title, marked.pdf_url) == ("Engines", "https://mlforsystems.org/assets/papers/demo/paper.pdf")


#: Papers CSVs Jekyll cannot read: Ruby's CSV (Jekyll's reader, without ``liberal_parsing``) stops
#: at the row named and the site's build with it, so no version of the site showed them. Python's
#: ``csv`` read each leniently: the title as given here, a title the site never printed.
UNREADABLE = {
    'id,authors,title,abstract\n7,"Ada Lovelace","Engines" ,"Notes."\n': (1, "Engines "),  # after a quote
    'id,authors,title,abstract\n7,"Ada Lovelace","Eng"ines,"Notes."\n': (1, "Engines"),
    'id,authors,title,abstract\n7,"Ada Lovelace",Eng"ines,"Notes."\n': (1, 'Eng"ines'),  # a quote inside
    'id,authors,title,abstract\n7,"Ada Lovelace", "Engines","Notes."\n': (1, ' "Engines"'),
    'id,authors,title,abstract\n7,"Ada Lovelace",Engines,"Notes.\n8,Bo,Looms,x\n': (1, "Engines"),  # unclosed
    # the rows end as the file's first line does: a CR of another line end is inside a field
    'id,authors,title,abstract\n7,"Ada Lovelace",Engines,"Notes."\r\n': (1, "Engines"),
    'id,authors,title,abstract\r\n7,"Ada Lovelace",Eng\rines,"Notes."\r\n': (1, "Eng\rines"),
}
#: Papers CSVs Jekyll reads (quoted fields with doubled quotes, line breaks inside quotes, CRLF),
#: and the title the file holds (the page shows it with its whitespace collapsed).
READABLE = {
    'id,authors,title,abstract\n7,"Ada Lovelace","The ""Engines""","Notes."\n': 'The "Engines"',
    'id,authors,title,abstract\r\n7,"Ada Lovelace","Eng\r\nines","Notes."\r\n': "Eng\r\nines",
    'id,authors,title,abstract\r7,"Ada Lovelace",Engines,"Notes."\r': "Engines",
    'id,authors,title,abstract\n7,"Ada Lovelace",Engines,Notes.': "Engines",  # no last line end
}


@pytest.mark.parametrize("text", UNREADABLE)
def test_a_csv_jekyll_cannot_read_is_refused_naming_its_row(text: str) -> None:
    row, _ = UNREADABLE[text]
    with pytest.raises(
        WorkshopDataError, match=rf"^_data/demo/papers\.csv: row {row}: .*: Jekyll cannot read the file"
    ):
        parse_papers(PAGE.format(papers=LOOP), "accepted_papers.md", text)


@pytest.mark.parametrize("text", READABLE)
def test_a_csv_jekyll_reads_gives_its_titles(text: str) -> None:
    (paper,) = parse_papers(PAGE.format(papers=LOOP), "accepted_papers.md", text)
    assert paper.title == " ".join(READABLE[text].split())


def test_the_csv_is_read_or_refused_as_rubys_csv_reads_it() -> None:
    """The oracle: Ruby's CSV itself, as Jekyll calls it (``CSV.parse`` with ``headers: true``),
    refuses every text of :data:`UNREADABLE` and reads the title of each of :data:`READABLE`."""
    import json
    import shutil

    require(shutil.which("ruby") is not None, "ruby is not installed (Debian's package: .ci/run installs it)")
    script = (
        'require "csv"; require "json"; puts JSON.generate(JSON.parse(STDIN.read).map { |t| begin; '
        'CSV.parse(t, headers: true, encoding: "utf-8").map { |r| r["title"] }; '
        "rescue CSV::MalformedCSVError; nil; end })"
    )
    texts = [*UNREADABLE, *READABLE]
    done = subprocess.run(["ruby", "-e", script], input=json.dumps(texts), capture_output=True, text=True, check=True)
    titles = dict(zip(texts, json.loads(done.stdout), strict=True))
    assert [t for t in UNREADABLE if titles[t] is not None] == []
    assert {t: titles[t] for t in READABLE} == {t: [title] for t, title in READABLE.items()}


#: More levels than libxml2 reads (256): it stops there and hands back what it read before.
DEEP = "<i>" * 300 + "deep" + "</i>" * 300


def test_papers_nested_deeper_than_the_parser_reads_are_refused_not_cut_short() -> None:
    static = '<p><a href="/a.pdf"><b>First</b></a>. A and B.</p>\n<p>' + DEEP + "</p>\n"
    static += '<p><a href="/b.pdf"><b>Lost</b></a>. C and D.</p>'
    with pytest.raises(WorkshopDataError, match=r"^p\.md: line 8: elements nested deeper than 256 levels"):
        parse_papers(PAGE.format(papers=static), "p.md")
    deep_row = CSV + f'8,"Grace Hopper",Compilers,"{DEEP}"\n'
    with pytest.raises(WorkshopDataError, match=r"^_data/demo/papers\.csv: row 2: elements nested deeper than 256"):
        parse_papers(PAGE.format(papers=LOOP), "accepted_papers.md", deep_row)


def test_liquid_filters_are_refused() -> None:
    page = PAGE.format(papers=LOOP.replace("{{paper.title}}", "{{ paper.title | upcase }}"))
    with pytest.raises(
        WorkshopDataError, match=r"^accepted_papers\.md: line 8: the Liquid output .*paper\.title \| upcase"
    ):
        parse_papers(page, "accepted_papers.md", CSV)


def test_paragraph_without_bold_title_names_its_line() -> None:
    page = PAGE.format(papers='<p><a href="/x.pdf"><b>Good</b></a>. A and B.</p>\n<p>Just words, C.</p>')
    with pytest.raises(WorkshopDataError, match=r"^p\.md: line 8: a paragraph without a bold title"):
        parse_papers(page, "p.md")


def test_author_separators_and_marks() -> None:
    star = '<span title="Equal contribution" class="equal_contribution">*</span>'
    paragraphs = "\n".join(
        [
            f'<p><a href="https://example.org/a.pdf"><b>One</b></a>. Ann Lee{star}, Bo Wu{star}, and Cy Do.</p>',
            "<p><b>Two</b>. Di Ng and Ed Ko.</p>",
            "<p><b>Three</b>. Fay Li (MIT); Gus Ma, and Hal Oz</p>",
            '<p><b>Four</b>. Ivy Su. <a href="/s.pdf">(slides)</a><br/><b>Best Paper Award</b></p>',
        ]
    )
    papers = parse_papers(PAGE.format(papers=paragraphs), "p.md")
    assert [(p.title, [(a.name, a.equal_contribution) for a in p.authors]) for p in papers] == [
        ("One", [("Ann Lee", True), ("Bo Wu", True), ("Cy Do", False)]),
        ("Two", [("Di Ng", False), ("Ed Ko", False)]),
        ("Three", [("Fay Li", False), ("Gus Ma", False), ("Hal Oz", False)]),
        ("Four", [("Ivy Su", False)]),
    ]
    assert papers[0].pdf_url == "https://example.org/a.pdf"
    assert [p.award for p in papers] == ["", "", "", "Best Paper Award"]


def test_page_without_papers_section() -> None:
    with pytest.raises(WorkshopDataError, match=r"^p\.md: no accepted papers section"):
        parse_papers("---\ntitle: x\n---\n<div><p><b>T</b>. A.</p></div>\n", "p.md")


PAPER_TOKENS = (
    "<p>", "</p>", "<b>", "</b>", '<a href="/p.pdf">', '<a href="">', "</a>", "<br/>", "<details>", "<summary>",
    "</summary>", "</details>", '<span class="equal_contribution">*</span>', "Ada Lovelace", "Title", ". ", ", ",
    " and ", ";", "*", "(MIT)", "(slides)", "TBD", "Best Paper Award", "&amp;", "日本", " ", "\n",
    "{{ paper.title }}", "{{paper.authors}}", "{% if x %}", "<<<<<<< HEAD\n", "<i>", "</i>",
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PAPER_TOKENS), max_size=40).map("".join),
    st.booleans(),
    st.lists(st.sampled_from(("id", "title", "authors", ",", '"', "\n", "x", "Ada, Bo", "\ufeff")), max_size=20).map(
        "".join
    ),
)
def test_any_papers_section_reads_or_is_refused(inside: str, looped: bool, csv_text: str) -> None:
    """Whatever the section holds (a loop over a CSV or not), papers with a title and authors,
    or a WorkshopDataError: never another exception."""
    papers = f"{{% for paper in site.data.demo.papers %}}{inside}{{% endfor %}}" if looped else inside
    try:
        found = parse_papers(PAGE.format(papers=papers), "p.md", "id,title,authors\n" + csv_text)
    except WorkshopDataError:
        return
    assert all(p.title and p.authors and all(a.name for a in p.authors) for p in found)


@pytest.mark.parametrize("href", ["javascript:alert(1)", "data:application/pdf;base64,JVBERi0=", "#", ""])
def test_a_pdf_link_that_is_no_web_address_is_none(href: str) -> None:
    # "javascript:alert(1)" was kept as the paper's PDF, which the site links.
    (paper,) = parse_papers(PAGE.format(papers=LOOP).replace("/assets/papers/demo/paper{{paper.id}}.pdf", href),
                            "accepted_papers.md", CSV)  # fmt: skip
    assert (paper.title, paper.pdf_url) == ("Engines", "")


def test_index_papers_of_the_same_body_are_read_once_and_conflicts_refused_in_each_page() -> None:
    """The "Accepted Papers" of ``index.md`` depend on its body alone: the same body under another
    front matter or path gives the same papers (read once); a merge conflict in a front matter is
    still refused, and a row that cannot be read names each page's line."""
    row = (
        "<tr><td><strong>A Paper</strong> <small>(Poster)</small>"
        '<a href="https://openreview.net/x">link</a><br><i>Ann Lee · Bo Chen</i></td></tr>'
    )
    body = f'<div class="accepted-paper-section"><table>{row}</table></div>\n'
    first = parse_index_papers(f"---\ntitle: A\n---\n{body}", "index.md")
    assert parse_index_papers("".join(list(body)), "neurips2022/index.md") is first
    assert [(p.title, [a.name for a in p.authors]) for p in first] == [("A Paper", ["Ann Lee", "Bo Chen"])]
    with pytest.raises(WorkshopDataError, match=r"^index.md: line 3: an unresolved merge conflict"):
        parse_index_papers(f"---\ntitle: A\n=======\n---\n{body}", "index.md")
    bad = '<div class="accepted-paper-section"><table>\n<tr><td><i>Ann Lee</i></td></tr></table></div>\n'
    for text, where in ((f"---\ntitle: A\n---\n{bad}", "index.md: line 5"), (bad, "neurips2022/index.md: line 2")):
        with pytest.raises(WorkshopDataError, match=f"^{where}: a paper row without a title"):
            parse_index_papers(text, where.split(":")[0])


def test_a_papers_page_of_the_same_body_and_csv_is_read_once_and_errors_name_each_page() -> None:
    """A papers page's papers depend on its body and the CSV it loops over alone: the same under
    another front matter or path are the same papers (read once), another CSV is read afresh,
    and a loop without its CSV names each page's own line."""
    page = PAGE.format(papers=LOOP)
    first = parse_papers(page, "accepted_papers.md", CSV)
    moved = page.replace("title: Accepted Papers\n", "title: Papers\nlayout: page\n")
    assert parse_papers(moved, "demo/accepted_papers.md", "".join(list(CSV))) is first
    other = parse_papers(page, "accepted_papers.md", CSV.replace("Engines", "Looms"))
    assert [p.title for p in first] == ["Engines"] and [p.title for p in other] == ["Looms"]
    for text, where in ((page, "accepted_papers.md: line 7"), (moved, "demo/accepted_papers.md: line 8")):
        with pytest.raises(WorkshopDataError, match=f"^{where}: the papers come from _data/demo/papers"):
            parse_papers(text, where.split(":")[0], None)


def test_an_author_list_is_read_once_per_text_and_convention() -> None:
    """A paper whose title or link changed prints the same authors: the list is read once (the same
    records); under a page that marks equal contributions it is read for that page."""
    first = parse_papers(PAGE.format(papers="<p><b>One</b>. Ann Lee and Bo Wu.</p>"), "p.md")[0]
    linked = '<p><a href="/one.pdf"><b>One, Again</b></a>. Ann Lee and Bo Wu.</p>'
    renamed = parse_papers(PAGE.format(papers=linked), "p.md")[0]
    assert (renamed.title, renamed.authors) == ("One, Again", first.authors) and renamed.authors is first.authors
    marked = '<p><b>One</b>. Ann Lee and Bo Wu.</p>\n<p><b>Two</b>. Cy Do<span class="equal_contribution">*</span>.</p>'
    assert [(a.name, a.equal_contribution) for a in parse_papers(PAGE.format(papers=marked), "p.md")[0].authors] == [
        ("Ann Lee", False),
        ("Bo Wu", False),
    ]
    assert [a.equal_contribution for a in first.authors] == [None, None]

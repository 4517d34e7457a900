"""Importing schedule pages: the seed page gives the shipped release byte for byte, the two real
pages of other editions and our fixture pages import row by row as printed."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import unicodedata
from pathlib import Path

import pytest
from conftest import SHIPPED
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workshop_data.datapackage import in_schema, release_files, schema_version_of, write_release
from workshop_data.errors import WorkshopDataError
from workshop_data.importer import build_release
from workshop_data.importer.page import Page, parse_page, read_page
from workshop_data.model import Release
from workshop_data.validation import read_release

FIXTURES = Path(__file__).parent / "fixtures" / "pages"

Row = tuple[str | None, str | None, bool, str, str, str, str, list[str]]


def imported(path: Path, edition: str, timezone: str, release: str = "2024-11-20") -> tuple[Release, list[str]]:
    result = build_release(read_page(path), edition, release, timezone=timezone)
    return result.release, result.warnings


def _fold_page(rows: str, after: str = "") -> Page:
    """A schedule page of the made-up edition fold2031 (May 1, 2031): its table's ``rows``, then
    ``after``."""
    front = "---\nworkshop_name: fold2031\nsite_description: Workshop on F at Fold 2031, May 1\n---\n"
    return parse_page(f'{front}<table class="schedule-table">{rows}</table>{after}')


def rows(release: Release) -> list[Row]:
    """Each slot as (start, end, end derived, kind, label, title, status, speaker names)."""
    names = {p.person_id: p.name for p in release.people}
    return [
        (
            f"{s.start:%H:%M}" if s.start else None,
            f"{s.end:%H:%M}" if s.end else None,
            s.end_derived,
            s.kind,
            s.label,
            s.title,
            s.status,
            [names[pid] for pid in s.speakers],
        )
        for s in release.slots
    ]


def test_seed_page_imports_to_the_shipped_release_byte_for_byte(shared: Path) -> None:
    read, warnings = imported(shared / "seeds" / "000_d9f5c59d0a0e9214.txt", "neurips2024", "America/Vancouver")
    assert warnings == []
    assert schema_version_of(read) == "2.1.0"  # two talk titles are printed on two lines
    release = in_schema(read, "1.0.0")  # the shipped release's schema: a title on one line
    files = release_files(release)
    shipped = {p.name: p.read_bytes() for p in SHIPPED.iterdir()}
    assert sorted(files) == sorted(shipped)
    for name, data in files.items():
        assert data == shipped[name], f"{name} differs from the shipped release"
    assert release == read_release(SHIPPED)


def test_neurips2023_page_row_by_row(shared: Path) -> None:
    release, warnings = imported(shared / "corpus" / "neurips2023-schedule.md", "neurips2023", "America/Chicago")
    vmr2l = "VMR2L: Virtual Machines Rescheduling Using Reinforcement Learning in Data Centers"
    zero = "ZeRO++: Extremely Efficient Collective Communication for Large Model Training"
    promise = "On the Promise and Challenges of Foundation Models for Learning-based Cloud Systems Management"
    laptops = "Predicting User Experience on Laptops from Hardware Specifications"
    assert rows(release) == [
        ("09:00", "09:05", True, "opening", "Opening Remarks", "", "", []),
        ("09:05", "09:55", True, "invited", "Special Speaker", "", "", ["William Dally"]),
        ("09:55", "10:00", True, "break", "Break", "", "", []),
        ("10:00", "10:55", True, "keynote", "Keynote Speaker", "", "", ["Chris Lattner"]),
        ("10:55", "11:10", True, "break", "Coffee Break", "", "", []),
        ("11:10", "11:20", True, "contributed", "", vmr2l, "", []),
        ("11:20", "11:30", True, "contributed", "", zero, "", []),
        ("11:30", "12:30", True, "poster", "Poster Session 1", "", "", []),
        ("12:30", "13:30", True, "lunch", "Lunch", "", "", []),  # printed 12:30AM: corrected
        ("13:30", "14:10", True, "invited", "Invited Speaker", "", "", ["Atlas Wang"]),
        ("14:10", "14:30", True, "break", "Tea Break", "", "", []),
        ("14:30", "14:40", True, "contributed", "", promise, "", []),
        ("14:40", "14:50", True, "contributed", "", laptops, "", []),
        ("14:50", "15:50", True, "poster", "Poster Session 2", "", "", []),
        ("15:50", "16:00", True, "break", "Tea Break", "", "", []),
        ("16:00", "16:15", True, "other", "Competition Track Highlights", "", "", []),
        ("16:15", "16:50", True, "other", "Competition Winner Talks", "", "", []),
        ("16:50", None, False, "qa", "Competition Q&A", "", "", []),
    ]
    # the italic titles are the row's styling, not emphasis inside the title
    assert release.slots[5].title_myst == vmr2l
    assert [s.raw for s in release.slots if s.kind == "other"] == [
        "Competition Track Highlights",
        "Competition Winner Talks",
    ]
    people = {p.name: (p.affiliations, p.anchor) for p in release.people}
    assert people == {
        "William Dally": (("NVIDIA",), "dally_talk"),
        "Chris Lattner": (("Modular.ai",), "lattner_talk"),
        "Atlas Wang": (("UT Austin",), "wang_talk"),
    }
    assert len(warnings) == 3
    assert "row 9: time '12:30AM'" in warnings[0] and "read as 12:30 PM" in warnings[0]
    assert "row 16: not understood" in warnings[1] and "row 17: not understood" in warnings[2]
    # the data differs from the page there: the release says so, not only the report
    [lunch] = release.corrections
    assert (lunch.resource, lunch.key, lunch.field, lunch.printed, lunch.value) == (
        "slots",
        "lunch",
        "start",
        "12:30AM",
        "2023-12-16T12:30:00",
    )
    assert "right after the row above's 11:30 AM" in lunch.reason
    w = release.workshop
    assert (w.edition, w.series, w.conference, w.date, w.venue) == (
        "neurips2023",
        "ML for Systems",
        "NeurIPS 2023",
        dt.date(2023, 12, 16),
        "New Orleans Convention Center, Room 211-213",
    )
    assert (w.timezone, w.contact_email) == ("America/Chicago", "mlforsystems@googlegroups.com")


def test_isca2019_page_row_by_row(shared: Path) -> None:
    release, warnings = imported(shared / "corpus" / "isca2019-schedule.md", "isca2019", "America/Phoenix")
    ks, sp = "Keynote Speaker", "Speaker"
    # The papers' talks print "<b>Title</b><br/><i>Speaker</i>: Name - Affiliation" and nothing on the
    # page says they are contributed talks (read again for #9; these rows said "contributed" before,
    # a kind the importer made up): 'other'. Zhan Shi, Zhihao Jia, Nathan Beckmann and Summer Deng,
    # printed the same way, have their talk's abstract in the page's speakers section: invited.
    assert rows(release) == [
        ("09:00", "09:10", False, "opening", "Opening Remarks", "", "", []),
        (
            "09:10",
            "09:40",
            False,
            "keynote",
            ks,
            "Automated Building of Safe and Robust Intelligent Systems",
            "",
            ["Farinaz Koushanfar"],
        ),
        (
            "09:40",
            "09:50",
            False,
            "other",
            sp,
            "Ithemal: Accurate, Portable and Fast Basic Block Throughput Estimation using Deep Neural Networks",
            "Best Paper",
            ["Charith Mendis"],
        ),
        (
            "09:50",
            "10:00",
            False,
            "other",
            sp,
            "Reinforcement Learning and Adaptive Sampling for Optimized DNN Compilation",
            "",
            ["Byung Hoon Ahn"],
        ),
        (
            "10:00",
            "10:10",
            False,
            "other",
            sp,
            "AutoRank: Automated Rank Selection for Effective Neural Network Customization",
            "",
            ["Mohammad Samragh"],
        ),
        (
            "10:10",
            "10:20",
            False,
            "other",
            sp,
            "Optimal Learning-Based Network Protocol Selection",
            "",
            ["Xiaoxi Zhang"],
        ),
        (
            "10:20",
            "10:30",
            False,
            "other",
            sp,
            "Coda: An End-to-End Neural Program Decompiler",
            "",
            ["Jishen Zhao"],
        ),
        (
            "10:30",
            "11:00",
            False,
            "keynote",
            ks,
            "Don’t Use a Single Large Systolic Array, Use Many Small Ones Instead",
            "",
            ["H.T. Kung"],
        ),
        ("11:00", "11:30", False, "break", "Break", "", "", []),  # printed "11-11:30 AM"
        ("11:30", "11:55", False, "invited", sp, "Learning Execution through Neural Code Fusion", "", ["Zhan Shi"]),
        # printed "11:55-12:20 PM": the meridiem is the end's, the start is 11:55 AM
        (
            "11:55",
            "12:20",
            False,
            "invited",
            sp,
            "Search-Based Approaches to Accelerate Deep Learning",
            "",
            ["Zhihao Jia"],
        ),
        ("12:20", "14:00", False, "lunch", "Lunch", "", "", []),
        (
            "14:00",
            "14:30",
            False,
            "invited",
            sp,
            "Teaching an Old Cache New Tricks: Learning Better Caching Policies Online",
            "",
            ["Nathan Beckmann"],
        ),
        (
            "14:30",
            "15:00",
            False,
            "invited",
            sp,
            "Deep Learning Acceleration via Low Precision Computing",
            "",
            ["Summer Deng"],
        ),
        (
            "15:00",
            "15:10",
            False,
            "other",
            sp,
            "SinReQ: Generalized Sinusoidal Regularization for Low-Bitwidth Deep Quantized Training",
            "",
            ["Ahmed Youssef"],
        ),
        (
            "15:10",
            "15:20",
            False,
            "other",
            sp,
            "Learning Automatic Schedulers with Projective Reparameterization",
            "",
            ["Ajay Jain"],
        ),
        ("15:20", "15:45", False, "break", "Break", "", "", []),
        (
            "15:45",
            "16:15",
            False,
            "keynote",
            ks,
            "Domain-Specific Architectures for Deep Neural Networks",
            "",
            ["David Patterson"],
        ),
        ("16:15", "17:00", False, "panel", "Panel Discussion", "", "", []),
        ("17:15", None, False, "other", "Turing Award Lecture", "", "Symphony Hall", []),
    ]
    assert release.slots[-1].raw == "Turing Award Lecture (Symphony Hall)"
    page = shared / "corpus" / "isca2019-schedule.md"
    unsaid = [int(w.split("row ")[1].split(":")[0]) for w in warnings if "invited or contributed" in w]
    assert unsaid == [3, 4, 5, 6, 7, 15, 16]
    assert warnings[-1] == (
        f"{page}, row 20: not understood, kept as kind 'other': 'Turing Award Lecture (Symphony Hall)'"
    )
    people = {p.name: p.affiliations for p in release.people}
    assert people["Zhan Shi"] == ("University of Texas at Austin",)
    assert people["H.T. Kung"] == ("Harvard University",)
    assert len(people) == 14
    assert (release.workshop.date, release.workshop.venue) == (dt.date(2019, 6, 23), "Room 101A")


def test_isca2019_page_materials(shared: Path) -> None:
    """Read on the page: each "Slides" link, each title linked to its PDF, and the speaker block's
    heading linking Zhan Shi's title to arXiv; made absolute against https://mlforsystems.org/."""
    release, _ = imported(shared / "corpus" / "isca2019-schedule.md", "isca2019", "America/Phoenix")
    site = "https://mlforsystems.org/assets"
    by_start = {s.slot_id: f"{s.start:%H:%M}" for s in release.slots}
    found = [(by_start[m.slot_id], m.talk_id, m.kind, m.url) for m in release.materials]
    assert found[:3] == [
        ("09:40", "", "paper", f"{site}/papers/isca2019/MLforSystems2019_Charith_Mendis.pdf"),
        ("09:40", "", "slides", f"{site}/slides/isca2019/MLforSystems2019_Talk_Charith_Mendis.key"),
        ("09:50", "", "slides", f"{site}/slides/isca2019/MLforSystems2019_Talk_Byung_Hoon_Ahn.pptx"),
    ]
    shi = [(kind, url) for start, _, kind, url in found if start == "11:30"]
    assert shi == [
        ("slides", f"{site}/slides/isca2019/MLforSystems2019_Zhan_Shi.pdf"),
        ("paper", "https://arxiv.org/abs/1906.07181"),
    ]
    kinds = [kind for _, _, kind, _ in found]
    assert (kinds.count("slides"), kinds.count("paper"), len(found)) == (13, 6, 19)
    # the links are not part of the texts they sit in
    mendis = next(s for s in release.slots if by_start[s.slot_id] == "09:40")
    assert mendis.title.startswith("Ithemal") and "Slides" not in mendis.title


@pytest.mark.parametrize("address", ["x@example.org\nBcc: all@example.org", "x@example.org other@example.org"])
def test_a_contact_link_that_is_not_one_address_stops_the_import(address: str) -> None:
    # The release kept "x@example.org\nBcc: …" as the contact: a line break in a one-line fact,
    # and a mail header in the site's mailto: link.
    page = f"""---
workshop_name: demo2024
site_description: Workshop on ML for Systems at NeurIPS 2024, December 15, Vancouver
---
<table class="schedule-table"><tr><th>Time</th><th>Section</th></tr>
<tr><td>9:00 AM</td><td>Opening</td></tr></table>
<p>Contact us at <a href="mailto:{address}">the list</a>.</p>
"""
    with pytest.raises(WorkshopDataError) as info:
        parse_page(page, "contact.md")
    assert str(info.value).startswith("contact.md: line 7: the contact link's address ")
    assert "is not one e-mail address" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("neurips2031", "the page is edition 'neurips2031' (from its workshop_name), not 'demo2024'"),
        ("x; rm -rf ~", "the page's workshop_name: edition name 'x; rm -rf ~': use letters, digits, '.', '_' "
         "and '-', starting with a letter or digit"),
    ],
)  # fmt: skip
def test_a_page_of_another_edition_is_named_and_only_a_name_is_suggested(printed: str, expected: str) -> None:
    # The error suggested "import it with --edition x; rm -rf ~": a command to copy that runs another.
    # (The advice to import it with --edition is the import command's: test_import_command.)
    page = f"""---
workshop_name: "{printed}"
site_description: Workshop on ML for Systems at NeurIPS 2024, December 15, Vancouver
---
<table class="schedule-table"><tr><th>Time</th><th>Section</th></tr>
<tr><td>9:00 AM</td><td>Opening</td></tr></table>
"""
    with pytest.raises(WorkshopDataError) as info:
        build_release(parse_page(page, "other.md"), "demo2024", "r1", timezone="UTC")
    assert str(info.value) == f"other.md: {expected}"


def test_a_contact_link_gives_its_address() -> None:
    page = """---
workshop_name: demo2024
---
<table class="schedule-table"><tr><th>Time</th><th>Section</th></tr>
<tr><td>9:00 AM</td><td>Opening</td></tr></table>
<a href=" MAILTO:x@example.org?subject=Hi ">write</a>
"""
    assert parse_page(page, "contact.md").contact_email == "x@example.org"


def test_materials_of_a_row_its_talks_and_an_abstracts_heading() -> None:
    page = """---
workshop_name: demo2024
site_description: Workshop on ML for Systems at NeurIPS 2024, December 15, Vancouver
---
<table class="schedule-table"><tr><th>Time</th><th>Section</th></tr>
<tr><td>9:00 AM</td><td><a href="#kim_talk"><b>Invited Speaker 1: Ana Kim</b><br/><i>Caches That Learn</i></a>
 <a href="https://drive.google.com/file/d/1/view?usp=sharing">(slides)</a> [<a href="/v.mp4">Video</a>]</td></tr>
<tr><td>10:00 AM</td><td>Contributed Talks:<ul>
<li><a href="/assets/papers/a b.pdf">Learned Indexes</a></li>
<li>Learned Schedulers <a href="https://github.com/x/y">code</a>
 <a href="https://openreview.net/forum?id=Q">link »</a></li>
<li><a href="file:///C:/talk.pdf">A Talk Linked To A Disk</a></li></ul></td></tr>
<tr><td>11:00 AM</td><td>Lunch <a href="#menu">(slides)</a></td></tr>
</table>
<h3 id="kim_talk">Caches That Learn <a href="https://youtu.be/x?t=5">(recording)</a>
 <a href="https://drive.google.com/file/d/1/view?usp=sharing">(slides)</a></h3>
<h3><a href="https://arxiv.org/abs/1">Learned Schedulers</a></h3>
<h3>Unrelated <a href="https://example.org/">(slides)</a></h3>
"""
    result = build_release(parse_page(page), "demo2024", "2024-11-20", timezone="America/Vancouver")
    release = result.release
    talks = {t.talk_id: t.title for t in release.talks}
    found = [(m.slot_id, talks.get(m.talk_id, ""), m.kind, m.url) for m in release.materials]
    keynote, block = release.slots[0].slot_id, release.slots[1].slot_id
    assert found == [
        (keynote, "", "slides", "https://drive.google.com/file/d/1/view?usp=sharing"),  # once: row and heading
        (keynote, "", "recording", "https://mlforsystems.org/v.mp4"),
        (keynote, "", "recording", "https://youtu.be/x?t=5"),  # the abstract's heading (id = the row's link)
        (block, "Learned Indexes", "paper", "https://mlforsystems.org/assets/papers/a%20b.pdf"),
        (block, "Learned Schedulers", "code", "https://github.com/x/y"),
        (block, "Learned Schedulers", "other", "https://openreview.net/forum?id=Q"),  # "link »": a link
        (block, "Learned Schedulers", "paper", "https://arxiv.org/abs/1"),  # a heading of the talk's title
    ]
    assert release.slots[0].title == "Caches That Learn" and release.slots[2].label == "Lunch"
    assert [t.title for t in release.talks][1:] == ["Learned Schedulers", "A Talk Linked To A Disk"]
    assert any("'file:///C:/talk.pdf' is no web address" in w for w in result.warnings)
    assert any("heading 'Unrelated'" in w and "not for a talk of the schedule" in w for w in result.warnings)


def test_time_cells_of_the_family() -> None:
    release, warnings = imported(FIXTURES / "times.md", "testconf2031", "Europe/Lisbon")
    assert [(start, end, derived) for start, end, derived, *_ in rows(release)] == [
        ("08:00", "08:10", False),  # 8:00-8:10 AM
        ("08:10", "09:00", True),  # "8:10 AM " (trailing space)
        ("09:00", "10:00", True),  # 9:00AM (no space)
        ("10:00", "10:30", False),  # 10-10:30 AM (hour only)
        ("11:55", "12:20", False),  # 11:55-12:20 PM (the meridiem written once, for the end)
        ("12:20", "12:30", True),  # 12:20PM
        ("12:30", "14:00", True),  # 12:30AM right after 12:20 PM: a typo, corrected
        ("14:00", "15:15", True),  # 2:00&nbsp;PM
        ("15:15", "15:25", False),  # 3:15 p.m., "(10mn)" gives the end
    ]
    assert len(warnings) == 1 and "row 7: time '12:30AM'" in warnings[0] and "12:30 PM" in warnings[0]
    assert release.workshop.date == dt.date(2031, 3, 3)
    assert release.slots[-1].label == "Closing Remarks"


def test_section_cells_of_the_family() -> None:
    release, warnings = imported(FIXTURES / "shapes.md", "shapeconf2030", "Europe/Paris")
    assert rows(release) == [
        ("08:30", "09:15", True, "keynote", "Keynote", "Notes with Emphasis and a Bold Word", "", ["Ada Lovelace"]),
        ("09:15", "10:00", True, "invited", "Invited Speaker", "", "", ["Alan Turing"]),
        ("10:00", "10:30", False, "keynote", "Keynote Speaker", "On Computable Numbers", "", ["Grace Hopper"]),
        (
            "10:30",
            "10:40",
            False,
            "contributed",
            "Contributed Talk",
            "A Short Paper on *Stars* & [Brackets]",
            "",
            [],
        ),
        ("10:50", "11:00", True, "contributed", "", "A Bare Italic Title: With a Colon", "", []),
        ("11:00", "11:40", True, "contributed", "Contributed Talks", "", "", []),
        # "Speaker: Name" with no bio on the page: it does not say invited or contributed
        ("11:40", "12:00", True, "other", "Speaker", "Best Paper Title", "Best Paper", ["Barbara Liskov"]),
        ("12:00", "13:00", True, "lunch", "Lunch Break", "", "", []),
        ("13:00", "13:30", True, "invited", "Algorithms", "", "", ["Donald Knuth"]),
        ("13:30", "14:00", True, "keynote", "Keynote", "", "TBD", []),
        ("14:00", "14:45", True, "panel", "Panel", "", "", ["Ada Lovelace", "Alan Turing", "Edsger Dijkstra"]),
        (
            "14:45",
            "15:30",
            True,
            "panel",
            "Panel Discussion",
            "",
            "",
            ["Grace Hopper", "Barbara Liskov", "Claude Shannon", "John von Neumann"],
        ),
        ("15:30", "15:45", True, "qa", "Q&A", "", "TBD", []),
        ("15:45", "16:15", True, "other", "Something Unusual Happens", "", "", []),
        ("16:15", "16:30", True, "break", "Tea Break", "", "", []),
        ("16:30", "18:00", True, "invited", "Graphics", "Sketchpad, Revisited", "TBD", ["Ivan Sutherland"]),
        ("18:00", None, False, "social", "Reception", "", "Symphony Hall", []),
    ]
    by_id = {s.slot_id: s for s in release.slots}
    assert by_id["keynote-ada-lovelace"].title_myst == "Notes with *Emphasis* and a **Bold** Word"
    assert by_id["contributed-talk"].title_myst == r"A Short Paper on \*Stars\* & \[Brackets\]"
    assert by_id["something-unusual-happens"].raw == "Something Unusual Happens"
    assert [(t.order, t.title, t.title_myst) for t in release.talks_of("contributed-talks")] == [
        (1, "First Paper, with a Line Break", "First Paper, with a\\\nLine Break"),  # as printed
        (2, "Second: Paper", "*Second*: Paper"),
        (3, "Third Paper", "Third Paper"),
    ]
    assert release.talks_of("contributed-talks")[2].speakers == ("edsger-dijkstra",)
    people = {p.person_id: (p.name, p.affiliations, p.anchor) for p in release.people}
    assert people["ada-lovelace"] == ("Ada Lovelace", ("Analytical Engines", "Babbage Ltd"), "lovelace_talk")
    assert people["alan-turing"] == ("Alan Turing", ("Bletchley Park",), "turing_talk")
    assert people["grace-hopper"] == ("Grace Hopper", ("US Navy",), "")
    assert people["donald-knuth"] == ("Donald Knuth", ("Stanford University",), "knuth_talk")
    assert len(people) == 9  # the panelists already named are the same people
    assert warnings == [
        f"{FIXTURES / 'shapes.md'}, row 7: does not say whether the talk is invited or contributed, kept as kind "
        "'other': 'Best Paper Title (Best Paper) Speaker: Barbara Liskov - MIT'",
        f"{FIXTURES / 'shapes.md'}, row 14: not understood, kept as kind 'other': 'Something Unusual Happens'",
    ]
    w = release.workshop
    # workshop_name is commented out: the edition comes from the description
    assert (w.edition, w.series, w.conference, w.date, w.venue, w.page_title) == (
        "shapeconf2030",
        "Parsing Pages",
        "ShapeConf 2030",
        dt.date(2030, 11, 28),
        "Hall B, Room 12",
        "Programme",
    )
    assert w.contact_email == "shapes@example.org"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("11:30AM", ("11:30", None)),
        ("10:40 AM ", ("10:40", None)),
        ("9:00-9:10 AM", ("09:00", "09:10")),
        ("11-11:30 AM", ("11:00", "11:30")),
        ("11:55-12:20 PM", ("11:55", "12:20")),
        ("12 noon", ("12:00", None)),
        ("13:30", ("13:30", None)),
        ("08:15", ("08:15", None)),
        ("2:00 PM – 3:00 PM", ("14:00", "15:00")),
    ],
)
def test_one_time_cell(cell: str, expected: tuple[str, str | None]) -> None:
    from workshop_data.importer.times import Clocks

    start, end = Clocks("page", []).resolve(cell, 1)
    assert (f"{start:%H:%M}", f"{end:%H:%M}" if end else None) == expected


def test_time_cells_read_again_after_the_same_start() -> None:
    """A cell read quietly after a start is read the same after that start again (remembered); a
    cell whose reading warned or corrected warns and corrects again, at its own row and file."""
    from workshop_data.importer.times import _QUIET, Clocks

    _QUIET.clear()
    first = Clocks("a.md", [])
    assert [first.resolve(c, n) for n, c in enumerate(["9:00 AM", "TBD", "9:30-10 AM", "2:00"], start=1)] == [
        (dt.time(9), None),
        (None, None),
        (dt.time(9, 30), dt.time(10)),
        (dt.time(14), None),
    ]
    assert first.warnings == ["a.md, row 4: time '2:00' has no AM/PM; read as 2:00 PM"]
    assert (("9:30-10 AM", dt.time(9)) in _QUIET.results) and ("2:00", dt.time(9, 30)) not in _QUIET.results
    again = Clocks("b.md", [])
    assert [again.resolve(c, n) for n, c in enumerate(["9:00 AM", "2:00", "3:00 AM"], start=1)] == [
        (dt.time(9), None),
        (dt.time(14), None),
        (dt.time(15), None),
    ]
    assert again.previous == dt.time(15)
    assert again.warnings == [
        "b.md, row 2: time '2:00' has no AM/PM; read as 2:00 PM",
        "b.md, row 3: time '3:00 AM' comes before the row above (2:00 PM); read as 3:00 PM (the AM/PM looks mistyped)",
    ]
    assert again.flipped == {3: ("3:00 AM", dt.time(14))}
    with pytest.raises(WorkshopDataError, match=r"c\.md, row 2: time cell '9:00 AM' starts at 9:00 AM, the same time"):
        third = Clocks("c.md", [])
        third.resolve("9:00 AM", 1)
        third.resolve("9:00 AM", 2)
    with pytest.raises(
        WorkshopDataError,
        match=r"d\.md, row 1: time cell '9:30-10 AM' starts at 9:30 AM, before the row above \(10:00 AM\)",
    ):
        Clocks("d.md", [], previous=dt.time(10)).resolve("9:30-10 AM", 1)


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        # an organizer types 9:45 PM for 9:45 AM: each later morning row is read as PM (a typo
        # after it, with a warning the error never showed), until noon is out of order, at a row
        # far from the typo and against a time the page does not print. The error names both.
        (
            ["8:30 AM", "9:45 PM", "10:10 AM", "10:25 AM", "12:00 PM"],
            "x.md, row 5: time cell '12:00 PM' starts at 12:00 PM, before the row above (10:25 PM): rows are out "
            "of order; the row above prints '10:25 AM': rows 3 to 4 were read with the other AM/PM to follow "
            "row 2's 9:45 PM (is that one mistyped?)",
        ),
        (
            ["8:30 AM", "9:45 PM", "TBD", "10:10 AM", "10:10 PM"],
            "x.md, row 5: time cell '10:10 PM' starts at 10:10 PM, the same time as the row above (parallel "
            "sessions are not supported); the row above prints '10:10 AM': row 4 was read with the other AM/PM "
            "to follow row 2's 9:45 PM (is that one mistyped?)",
        ),
        # no row above read with the other meridiem: the error as it was
        (
            ["8:30 AM", "9:45 AM", "9:00 AM"],
            "x.md, row 3: time cell '9:00 AM' starts at 9:00 AM, before the row above (9:45 AM): rows are out of order",
        ),
    ],
)
def test_an_order_error_after_corrected_meridiems_names_the_row_they_followed(cells: list[str], message: str) -> None:
    from workshop_data.importer.times import Clocks

    clocks = Clocks("x.md", [])
    with pytest.raises(WorkshopDataError) as error:
        for number, cell in enumerate(cells, start=1):
            clocks.resolve(cell, number)
    assert str(error.value) == message


FUZZ_TOKENS = (
    "Keynote", "Invited", "Speaker", "Panel", "Coffee Break", "Contributed Talks", "Q&amp;A", "Ada Lovelace", "MIT",
    "Title words", "TBD", "(10mn)", "Slides", ":", " ", "(", ")", ", ", " and ", " - ", "*", "\\", "&lt;x&gt;", "日本",
    "<i>", "</i>", "<b>", "</b>", "<br/>", '<a href="#x">', '<a href="/p.pdf">', "</a>", "<span>", "</span>",
    "<ul>", "<li>", "</li>", "</ul>", "<!-- c -->",
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FUZZ_TOKENS), max_size=25).map("".join), min_size=1, max_size=4))
# found by hypothesis: one name printed with two sets of affiliations is refused (15727ff, the
# page does not say one person or two); the property held only where no run drew such a pair
@example(["Keynote:Keynote - Keynote", "Keynote:Keynote - KeynoteKeynote"])
# found by hypothesis: a name whose word joins two tokens of two scripts is refused by the rule of
# scripts (validation.script_problem); the property named only the affiliations' refusal
@example(["Keynote:Keynote日本"])
def test_any_section_cells_give_a_valid_release(cells: list[str]) -> None:
    """Whatever the section cells hold, every row is kept and the release validates, or the page
    is refused in one line naming its row and field: a name printed again with other affiliations,
    or a word of a name or affiliation in two scripts."""
    rows = "".join(f"<tr><td>{i + 1}:00 PM</td><td>{cell}</td></tr>" for i, cell in enumerate(cells))
    page = "---\nworkshop_name: fuzz2031\nsite_description: Workshop on F at Fuzz 2031, May 1\n---\n"
    table = f'<table class="schedule-table">{rows}</table>'
    try:
        release = build_release(parse_page(page + table), "fuzz2031", "r", timezone="UTC").release
    except WorkshopDataError as exc:
        said = str(exc)
        twice = r"<page>, row \d, field 'affiliations': .*: one person or two, the page does not say; .*"
        scripts = r"<page>, row \d, field '(name|affiliations)': .*: the word .* mixes scripts, .*"
        assert re.fullmatch(twice, said) or re.fullmatch(scripts, said), said
        assert "\n" not in said
        return
    assert len(release.slots) == len(cells)  # no row dropped
    with tempfile.TemporaryDirectory() as folder:
        assert read_release(write_release(release, folder)) == release


def test_other_shapes_of_the_family() -> None:
    release, warnings = imported(FIXTURES / "variants.md", "variants2032", "Asia/Tokyo")
    assert rows(release) == [
        ("09:00", "09:10", True, "opening", "Welcome and Introduction", "", "", []),
        ("09:10", "09:50", False, "invited", "Invited talk", "", "", ["John Roe"]),
        ("09:50", "10:40", True, "keynote", "Keynote", "Caches That Learn", "", ["Jane Doe"]),
        ("10:40", "11:00", True, "invited", "", "Learned Index Structures, Revisited", "", ["Ann Smith"]),
        ("11:00", "11:20", True, "invited", "Speaker", "Scheduling with Graphs", "", ["Bo Li"]),  # its bio is below
        ("11:20", "11:40", True, "other", "Speaker", "Compilers at Scale", "", ["Cy Young"]),  # no bio: kind unsaid
        ("11:40", "13:00", True, "lunch", "Lunch", "", "on your own", []),
        ("13:00", "13:30", True, "contributed", "Spotlights", "", "", []),
        ("13:30", None, False, "closing", "Closing Remarks & Awards", "", "", []),
    ]
    # "11:00" has no AM/PM and could be either: read from the order of the rows, with a warning
    assert [w.split(": ", 1)[1] for w in warnings] == [
        "time '11:00' has no AM/PM; read as 11:00 AM",
        "time '11:20' has no AM/PM; read as 11:20 AM",
        "does not say whether the talk is invited or contributed, kept as kind 'other': "
        "'Speaker: Cy Young - ETH Zürich Compilers at Scale'",
        "time '11:40' has no AM/PM; read as 11:40 AM",
    ]
    people = {p.name: (p.affiliations, p.anchor) for p in release.people}
    assert people["Jane Doe"] == (("Stanford University",), "")
    assert people["John Roe"] == (("MIT",), "roe_talk")
    assert people["Ann Smith"] == ((), "smith_talk")
    assert people["Cy Young"] == (("ETH Zürich",), "")
    assert release.slots[2].title_myst == "*Caches* That **Learn**"
    talks = release.talks_of(release.slots[7].slot_id)
    assert [(t.title_myst, list(t.speakers)) for t in talks] == [
        ("First *Spotlight*", []),
        ("Second Spotlight", ["dee-ray"]),
    ]
    assert (release.workshop.date, release.workshop.venue) == (dt.date(2032, 9, 9), "Room 4")


def test_a_panelist_named_above_is_known_by_the_same_comparison_that_merges_people() -> None:
    # Names are compared case-folded ("Strauß" is "strauss"): a lone panelist named on a row
    # above is a panelist, as the two mentions are one person.
    rows = (
        "<tr><td>9:00 AM</td><td><b>Keynote:</b> Max Strauß (<i>TU Wien</i>)</td></tr>"
        "<tr><td>10:00 AM</td><td>Panel: Max Strauß</td></tr>"
    )
    release = build_release(_fold_page(rows), "fold2031", "r", timezone="UTC").release
    assert [p.name for p in release.people] == ["Max Strauß"]
    assert len(release.slots[0].speakers) == 1 and release.slots[1].speakers == release.slots[0].speakers


def test_a_name_composed_or_with_a_combining_accent_is_one_person() -> None:
    # "José" typed with one character é (NFC) on one row and with e and a combining acute (NFD)
    # on another: one name, read as two people (jose-dean and jose-dean-2, found by hattack9)
    composed, combining = unicodedata.normalize("NFC", "José Dean"), unicodedata.normalize("NFD", "José Dean")
    assert composed != combining
    rows = (
        f"<tr><td>9:00 AM</td><td><b>Keynote:</b> {composed} (<i>Google</i>)</td></tr>"
        f"<tr><td>10:00 AM</td><td>Panel: {combining}, Ada Byron</td></tr>"
    )
    release = build_release(_fold_page(rows), "fold2031", "r", timezone="UTC").release
    assert [(p.person_id, p.name) for p in release.people] == [("jose-dean", composed), ("ada-byron", "Ada Byron")]
    assert release.slots[1].speakers == ("jose-dean", "ada-byron")


@pytest.mark.parametrize(
    ("cell", "title", "panelists"),
    [
        ("Panel: 李明, 王芳", "", ["李明", "王芳"]),
        ("Panel: 김민수, 이지은, Ada Byron", "", ["김민수", "이지은", "Ada Byron"]),
        ("Panel: 山田太郎, 欧阳娜娜", "", ["山田太郎", "欧阳娜娜"]),
        # a Japanese name of five or six letters (a family name of three, 々 the kanji repeated)
        ("Panel: 佐々木健太郎, 王芳", "", ["佐々木健太郎", "王芳"]),
        ("Panel: 長谷川健太郎, 高橋一郎", "", ["長谷川健太郎", "高橋一郎"]),
        # lists separated as Chinese and Japanese text separates them: 、 and the full-width ，
        ("Panel: 李明、王芳、山田太郎", "", ["李明", "王芳", "山田太郎"]),
        ("Panel: 李明，王芳", "", ["李明", "王芳"]),
        ("Panel: Ada Byron，Grace Hopper", "", ["Ada Byron", "Grace Hopper"]),
        # titles with a comma stay titles: one-word names in scripts written with spaces (a given
        # name alone), a phrase longer than a name, one letter (a family name alone)
        ("Panel: Caches, Learned", "Caches, Learned", []),
        ("Panel: Иван, Мария", "Иван, Мария", []),
        ("Panel: 面向系统的机器学习, 未来展望", "面向系统的机器学习, 未来展望", []),
        ("Panel: 面向系统的机器学习、未来展望", "面向系统的机器学习、未来展望", []),
        ("Panel: 系统的机器学习, 李明", "系统的机器学习, 李明", []),  # seven letters: a phrase
        ("Panel: 李, 王", "李, 王", []),
        ("Panel: 李明", "李明", []),  # one name the page does not give elsewhere, as 'Panel: Ada Byron'
    ],
)
def test_a_panel_of_names_written_without_spaces_is_its_people(cell: str, title: str, panelists: list[str]) -> None:
    # "李明, 王芳" was a title: a panelist's name needs two words (a given and a family name), and
    # Chinese, Japanese and Korean names write both as one (issue 9)
    release = build_release(_fold_page(f"<tr><td>9:00 AM</td><td>{cell}</td></tr>"), "fold2031", "r", timezone="UTC")
    assert [row[3:] for row in rows(release.release)] == [("panel", "Panel", title, "", panelists)]


def test_a_word_with_a_letter_before_the_unspaced_scripts_first_is_not_written_in_them() -> None:
    """A word counts as a whole name in an unspaced script only if each letter is one of its; a
    word with a letter before the class's first (Latin, Cyrillic, a digit) is found not without
    compiling the class (its 39,473 code points)."""
    from workshop_data.importer.people import _UNSPACED, _UNSPACED_FIRST, name_words

    letter = re.compile(_UNSPACED)
    assert letter.fullmatch(_UNSPACED_FIRST)
    assert not any(letter.fullmatch(chr(code)) for code in range(ord(_UNSPACED_FIRST)))
    names = ("李明", "李a", "a李", "Иван", "李明 Ada", "佐々木", "𠀀𠀁")
    assert [name_words(n) for n in names] == [2, 1, 1, 1, 3, 2, 2]


def _keynote_and_panel(panelist: str) -> Release:
    """A page whose keynote is Jeff Dean and whose panel names ``panelist`` and Ada Byron."""
    rows = (
        "<tr><td>9:00 AM</td><td><b>Keynote:</b> Jeff Dean (<i>Google</i>)</td></tr>"
        f"<tr><td>10:00 AM</td><td>Panel: {panelist}, Ada Byron</td></tr>"
    )
    return build_release(_fold_page(rows), "fold2031", "r", timezone="UTC").release


@pytest.mark.parametrize(
    "shown_as_nothing",
    ["\u200d", "\u200c", "\u034f", "\ufe0f", "\u3164", "\u200e"],
    ids=["zero-width-joiner", "non-joiner", "grapheme-joiner", "variation-selector", "hangul-filler", "lrm"],
)
def test_a_name_with_a_character_shown_as_nothing_is_the_name(shown_as_nothing: str) -> None:
    # The reader lets these default-ignorable characters through (Persian, the scripts of India
    # and emoji need the joiners; the marks set a direction), and no page shows them: 'Jeff De' +
    # U+200D + 'an' on the panel's row, read as 'Jeff Dean' on every page, was a second person,
    # jeff-dean-2 (found by hattack10). The name kept is the first printed, as for NFC
    release = _keynote_and_panel(f"Jeff De{shown_as_nothing}an")
    assert [(p.person_id, p.name) for p in release.people] == [("jeff-dean", "Jeff Dean"), ("ada-byron", "Ada Byron")]
    assert release.slots[1].speakers == ("jeff-dean", "ada-byron")


@pytest.mark.parametrize("compatible", ["Ｊｅｆｆ Ｄｅａｎ", "Jeﬀ Dean"], ids=["full-width", "ligature"])
def test_a_name_in_compatibility_forms_is_the_name(compatible: str) -> None:
    # Full-width letters (an East Asian keyboard's) and a ligature are the same letters (Unicode's
    # compatibility forms, NFKC): the site import (its ASCII fold) read 'Ｊｅｆｆ Ｄｅａｎ' as Jeff
    # Dean, the page import as a second person, jeff-dean-2 (found by hattack10)
    release = _keynote_and_panel(compatible)
    assert [(p.person_id, p.name) for p in release.people] == [("jeff-dean", "Jeff Dean"), ("ada-byron", "Ada Byron")]
    assert release.slots[1].speakers == ("jeff-dean", "ada-byron")


def test_a_debate_is_a_panel_of_the_people_it_lists() -> None:
    # NeurIPS 2025's schedule: "Debate: Jason Ansel, Dylan Patel, Neeraja Yadwadkar, Hanson Wang.<br/>"Will
    # Agentic AI Systems Replace System Developers?"" (its home page calls two of them "Invited Panelist" of
    # that title); the full stop ends the sentence, not the last name (an initial keeps its own)
    rows = (
        '<tr><td>9:00 AM</td><td>Debate: Ada Byron, Max Roe, Nat Beck.<br/>"Will Caches Learn?"</td></tr>'
        "<tr><td>10:00 AM</td><td>Debate: Ada Byron, Mimi R.</td></tr>"
    )
    release = build_release(_fold_page(rows), "fold2031", "r", timezone="UTC").release
    names = {p.person_id: p.name for p in release.people}
    debate = release.slots[0]
    assert (debate.kind, debate.label, debate.title) == ("panel", "Debate", '"Will Caches Learn?"')
    assert [names[pid] for pid in debate.speakers] == ["Ada Byron", "Max Roe", "Nat Beck"]
    assert [names[pid] for pid in release.slots[1].speakers] == ["Ada Byron", "Mimi R."]


def test_rows_that_start_with_their_people() -> None:
    release, warnings = imported(FIXTURES / "people_first.md", "people2033", "UTC")
    assert rows(release) == [
        ("08:00", "08:20", True, "opening", "Opening Remarks", "", "", ["Mimi Roe"]),
        ("08:20", "08:50", True, "invited", "", "Caches That Learn", "", ["Nat Beck"]),  # presented below
        ("08:50", "09:00", True, "other", "Turing Award Lecture", "", "Symphony Hall", []),
        ("09:00", "10:00", True, "lunch", "Lunch", "", "on your own", []),
        ("10:00", None, False, "social", "Workshop After Party", "", "", []),
    ]
    assert [w.split(": ", 1)[1] for w in warnings] == [
        "not understood, kept as kind 'other': 'Turing Award Lecture (Symphony Hall)'"
    ]
    assert {p.name: p.affiliations for p in release.people} == {"Mimi Roe": ("NYU",), "Nat Beck": ("CMU",)}


def test_a_row_read_again_is_read_with_the_names_its_page_knows() -> None:
    # The importer reads a row of the same HTML once (a site's history repeats its rows), but a
    # lone panelist is one only when the page named them above: the same row on a page that
    # does not name them reads as a title, before and after a page that does.
    keynote = "<tr><td>9:00 AM</td><td><b>Keynote:</b> Max Strauß (<i>TU Wien</i>)</td></tr>"
    panel = "<tr><td>10:00 AM</td><td>Panel: Max Strauß</td></tr>"

    def panel_speakers(rows: str) -> list[str]:
        release = build_release(_fold_page(rows), "fold2031", "r", timezone="UTC").release
        names = {p.person_id: p.name for p in release.people}
        return [names[pid] for pid in release.slots[-1].speakers]

    assert panel_speakers(panel) == []
    assert panel_speakers(keynote + panel) == ["Max Strauß"]
    assert panel_speakers(panel) == []


def test_a_name_printed_in_a_title_is_the_speaker_only_when_the_edition_names_them() -> None:
    # NeurIPS 2024's first schedule printed "Role: Name, Title" and "<i>Title, Name</i>": with
    # the edition's names (its home page, papers) as evidence, the name is the speaker; without,
    # the row stays as printed
    rows = (
        '<tr><td>9:00 AM</td><td><a href="#ada_talk"><b>Keynote Speaker: Ada Byron, Engines of Thought </b>'
        "<br/><i>Analytical Co</i></a></td></tr>"
        '<tr><td>10:00 AM</td><td><a href="#max_talk"><b>CodeGen Talk: Max Roe, Codes that Compile</b>'
        "<br/><i>Roe Labs</i></a></td></tr>"
        "<tr><td>11:00 AM</td><td><i>Spotlight: Caches, Learned, Nat Beck</i></td></tr>"
        "<tr><td>12:00 PM</td><td><i>Mimi Roe: Looking back, and ahead</i></td></tr>"
        "<tr><td>1:00 PM</td><td><i>Unknown Works, Pat Doe</i></td></tr>"
    )
    parsed = _fold_page(rows)
    named = frozenset(name.casefold() for name in ("Ada Byron", "Max Roe", "Nat Beck", "Mimi Roe"))

    def read(names: frozenset[str]) -> list[tuple[str, str, str, list[tuple[str, tuple[str, ...]]]]]:
        release = build_release(parsed, "fold2031", "r", timezone="UTC", named=names).release
        people = {p.person_id: (p.name, p.affiliations) for p in release.people}
        return [(s.kind, s.label, s.title, [people[pid] for pid in s.speakers]) for s in release.slots]

    assert read(named) == [
        ("keynote", "Keynote Speaker", "Engines of Thought", [("Ada Byron", ("Analytical Co",))]),
        ("invited", "CodeGen Talk", "Codes that Compile", [("Max Roe", ("Roe Labs",))]),
        ("contributed", "Spotlight", "Caches, Learned", [("Nat Beck", ())]),
        ("other", "", "Looking back, and ahead", [("Mimi Roe", ())]),  # a speaker, no word of the kind
        ("contributed", "", "Unknown Works, Pat Doe", []),  # no page names a Pat Doe
    ]
    assert read(frozenset())[0] == ("keynote", "Keynote Speaker", "Ada Byron, Engines of Thought Analytical Co", [])


def test_a_speaker_printed_alone_is_read_when_the_pages_name_them() -> None:
    # ISCA 2019's first schedules (f7c0523…0a7d52a) printed an invited talk as its speaker alone,
    # "<b>Farinaz Koushanfar (UCSD)</b><br/>", the speakers section below heading her bio with the
    # same name; a note in parentheses after a label is no affiliation
    rows = (
        "<tr><td>9:00 AM</td><td><b>Ada Byron (Analytical Co)</b><br/></td></tr>"
        "<tr><td>10:00 AM</td><td><b>Max Roe (Roe Labs)</b><br/></td></tr>"
        "<tr><td>11:00 AM</td><td><b>Nat Beck</b><br/></td></tr>"
        "<tr><td>12:00 PM</td><td>Turing Award Lecture (Symphony Hall)<br/></td></tr>"
    )
    bios = "<h2>Speakers</h2><h4>Ada Byron - Analytical Co</h4><p>Bio.</p><h3>Nat Beck (Beck Inc)</h3><p>Bio.</p>"
    parsed = _fold_page(rows, bios)

    def read(names: frozenset[str]) -> list[tuple[str, str, str, list[tuple[str, tuple[str, ...]]]]]:
        release = build_release(parsed, "fold2031", "r", timezone="UTC", named=names).release
        people = {p.person_id: (p.name, p.affiliations) for p in release.people}
        return [(s.kind, s.label, s.status, [people[pid] for pid in s.speakers]) for s in release.slots]

    assert read(frozenset()) == [
        ("invited", "", "", [("Ada Byron", ("Analytical Co",))]),  # her bio is below
        ("other", "Max Roe", "Roe Labs", []),  # no page names a Max Roe: the text as printed
        ("invited", "", "", [("Nat Beck", ())]),
        ("other", "Turing Award Lecture", "Symphony Hall", []),
    ]
    # named by the edition's other pages but presented nowhere on this one: the speaker, kind unsaid
    assert read(frozenset({"max roe"}))[1] == ("other", "", "", [("Max Roe", ("Roe Labs",))])


def test_the_first_link_refused_is_reported_before_the_rows_texts() -> None:
    # A page's materials are checked together (each was a check of its own), before the rows'
    # other texts: the first one refused, in page order, is the one the error names, as when
    # each was checked as it was found.
    long_url = "https://example.org/" + "a" * 100_000
    page = f"""---
workshop_name: demo2024
site_description: Workshop on ML for Systems at NeurIPS 2024, December 15, Vancouver
---
<table class="schedule-table"><tr><th>Time</th><th>Section</th></tr>
<tr><td>9:00 AM</td><td>Invited Talk: Ana Kim, {"b" * 100_001}</td></tr>
<tr><td>10:00 AM</td><td>Invited Talk: Bo Li, Caches <a href="{long_url}">(slides)</a></td></tr>
<tr><td>11:00 AM</td><td>Invited Talk: Cy Wu, Indexes <a href="{long_url}b">(slides)</a></td></tr>
</table>
"""
    with pytest.raises(WorkshopDataError) as err:
        build_release(parse_page(page), "demo2024", "2024-11-20", timezone="America/Vancouver")
    assert str(err.value) == "<page>, row 2, field 'url': 100,020 characters, more than a cell holds (100,000)"
    # without the links, the first row's title is the one refused
    plain = page.replace(f'<a href="{long_url}">(slides)</a>', "").replace(f'<a href="{long_url}b">(slides)</a>', "")
    with pytest.raises(WorkshopDataError, match=r"^<page>, row 1, field 'title': 100,0\d\d characters"):
        build_release(parse_page(plain), "demo2024", "2024-11-20", timezone="America/Vancouver")


def test_records_found_held_are_remembered_by_value_and_a_refused_one_never() -> None:
    from workshop_data.importer import release as importer_release
    from workshop_data.model import Person

    ada = Person("ada", "Ada")
    importer_release._check_cells([("p.md, row 1", "people", ada)])
    assert ("people", Person("ada", "Ada")) in importer_release._HELD.results  # by value
    bad = Person("bo", "Bo\u202e")
    for _ in range(2):  # refused each time: a refused record is not remembered
        with pytest.raises(WorkshopDataError, match=r"^p.md, row 2, field 'name': "):
            importer_release._check_cells([("p.md, row 1", "people", ada), ("p.md, row 2", "people", bad)])
    # a record built by hand with a list cannot be hashed: checked every time, not remembered
    listed = Person("cy", "Cy", affiliations=["MIT\u0007"])  # type: ignore[arg-type]
    for _ in range(2):
        with pytest.raises(WorkshopDataError, match=r"^p.md, row 3, field 'affiliations': "):
            importer_release._check_cells([("p.md, row 3", "people", listed)])
    assert ("people", id(listed)) not in importer_release._HELD_OBJECTS.results


def test_records_found_held_are_found_again_by_identity_kept_alive() -> None:
    """A record found held is found again as the same object, without hashing it, and kept (its
    id taken by no other); an equal record of another object is found by value, and then by its
    identity too; the resource is part of either key."""
    from workshop_data.importer import release as importer_release
    from workshop_data.model import Person

    class Counted(Person):
        hashed = 0

        def __hash__(self) -> int:
            Counted.hashed += 1
            return super().__hash__()

    importer_release._HELD.clear()
    importer_release._HELD_OBJECTS.clear()
    eve = Counted("eve", "Eve")
    importer_release._check_cells([("p.md, row 1", "people", eve)])
    assert importer_release._HELD_OBJECTS.results[("people", id(eve))][0] is eve
    before = Counted.hashed
    assert importer_release._held("people", eve) and Counted.hashed == before  # by identity, not hashed
    assert not importer_release._held("slots", eve)  # another resource: not held
    again = Counted("eve", "Eve")
    assert importer_release._held("people", again) and Counted.hashed > before  # by value
    after = Counted.hashed
    assert importer_release._held("people", again) and Counted.hashed == after  # now by identity


def test_a_page_text_is_split_and_parsed_once_for_its_parsers_and_for_an_equal_copy() -> None:
    """The parsers of a page version split the same text object and share its body, whose
    document is parsed once (found by identity, not by hashing the page); an equal text of
    another object is split again, and its body finds the same document among the last parsed
    (compared with ==, not hashed); a body parsed long ago is parsed again."""
    from workshop_data.importer.page import html_document, split_front_matter

    text = "---\nworkshop_name: demo2024\n---\n<p>Hello</p>\n"
    front, body, offset = split_front_matter(Path("a.md"), text)
    front_again, body_again, _ = split_front_matter(Path("a.md"), text)
    assert (front, offset) == ({"workshop_name": "demo2024"}, 4) and front is not front_again
    assert body is body_again and html_document(body) is html_document(body_again)
    copy = "".join(list(text))
    _, body_copy, offset_copy = split_front_matter(Path("a.md"), copy)
    assert copy is not text and body_copy is not body and body_copy == body and offset_copy == 4
    document = html_document(body_copy)
    assert document is html_document(body) and document.findtext(".//p") == "Hello"
    for number in range(8):  # other bodies parsed since
        html_document(f"<p>{number}</p>")
    again = html_document("".join(list(body)))
    assert again is not document and again.findtext(".//p") == "Hello"


def test_a_cell_read_again_on_a_page_with_other_headings_is_read_as_those_headings_say() -> None:
    """A section cell is remembered by its HTML with the answers its reading had about the
    page's headings: a line in parentheses after the speaker is their affiliation, unless a
    heading below the table heads an abstract with it (then it is the title); the same cell
    under other headings that answer alike is not read again."""
    import lxml.html
    from lxml import etree

    from workshop_data.importer.sections import _READ, parse_section, read_section

    html = "<td><b>Invited Speaker: Jane Doe</b><br>(Quantum Chips Lab)</td>"
    readings = []
    abstract = "(quantum chips lab)"
    for headings in (frozenset(), frozenset({abstract}), frozenset({"x"}), frozenset({abstract, "y"})):
        section = read_section(lxml.html.fragment_fromstring(html), set(), headings)
        assert section == parse_section(lxml.html.fragment_fromstring(html), set(), headings)
        readings.append((section.speakers[0].affiliations, section.title))
    assert readings == [(("Quantum Chips Lab",), ""), ((), "(Quantum Chips Lab)")] * 2
    assert len(_READ.results[etree.tostring(lxml.html.fragment_fromstring(html))]) == 2


def test_elements_with_a_class_word_are_those_the_normalize_space_xpath_finds() -> None:
    """:func:`~workshop_data.importer.page.with_class` finds what the XPath predicate it stands for
    (``contains(concat(' ', normalize-space(@class), ' '), ' word ')``) finds, in the same order:
    the word among others, between tabs and line breaks, not a longer word holding it, not after
    a no-break space (no XML white space), not on another tag when one is asked for."""
    from workshop_data.importer.page import class_values, html_document, with_class

    body = (
        '<div class="speaker-bio" id="a"></div><p class="x speaker-bio" id="b"></p>'
        '<div class="\tspeaker-bio\n" id="c"><div class="speaker-bios" id="d"></div></div>'
        '<div class="x\u00a0speaker-bio" id="e"></div><div class="speaker-bio\rx" id="f"></div>'
        '<div id="g"></div><span class="speaker-bio-x speaker-bio" id="h"></span>'
    )
    root = html_document(body)
    for tag in ("*", "div"):
        xpath = f"//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' speaker-bio ')]"
        assert with_class(root, "speaker-bio", tag) == root.xpath(xpath)
    assert [el.get("id") for el in with_class(root, "speaker-bio")] == ["a", "b", "c", "f", "h"]
    assert [el.get("id") for el in with_class(root, "speaker-bio", "div")] == ["a", "c", "f"]
    assert [v.getparent().get("id") for v in class_values(root, "div")] == ["a", "c", "d", "e", "f"]


@pytest.mark.parametrize(
    ("attributes", "hidden"),
    [
        ("hidden", True),
        ("HIDDEN='HIDDEN'", True),
        ("hidden='until-found'", False),  # a visitor's search or a link opens it
        ("hidden=' Until-Found '", False),
        ("aria-hidden='true'", False),  # hidden from a screen reader, not from the eye
        ("style='display:none'", True),
        ("style='color: red; DISPLAY : None ; '", True),
        ("style='display: none !important; display: block'", True),  # important wins
        ("style='display: none; display: block'", False),  # the last declaration wins
        ("style='/* display: none */ color: red'", False),  # a comment
        ("style='visibility: hidden'", False),  # a descendant may set itself visible
        ("hidden style='display: inline'", False),  # the inline style shows it
        ("hidden style='color: red'", True),
        ("style='x-display: none'", False),
        (r"style='d\69splay: n\6f ne'", True),  # CSS escapes, as a browser decodes them
        (r"style='\64 isplay:\none'", True),
        (r"style='dis\play: none'", True),  # an escaped letter is the letter
        (r"style='display: no\ne; x: \'", True),
    ],
)
def test_an_element_hidden_by_its_own_markup_is_no_text_the_page_shows(attributes: str, hidden: bool) -> None:
    """:func:`~workshop_data.importer.page.hidden_by_markup` says what a browser's style sheet and
    the element's inline style hide, and :func:`~workshop_data.importer.page.visible` drops it and
    what it holds, the text after it kept (found by hattack13: the readers took it for the page's)."""
    import lxml.html

    from workshop_data.importer.page import hidden_by_markup, html_document

    html = f"<p>Shown <span {attributes}>maybe <b>this</b></span>after.</p>"
    assert html_document(html).find(".//p").text_content() == ("Shown after." if hidden else "Shown maybe thisafter.")
    assert hidden_by_markup(lxml.html.fromstring(html).find("span")) is hidden


def test_what_an_svg_or_a_formula_never_draws_is_no_text_the_page_shows() -> None:
    """An SVG's ``<desc>`` and ``<metadata>`` and a MathML annotation are never drawn (the same
    names outside them are elements a browser does not know, and shows); a ``<noscript>``'s
    content is not shown by a browser that runs scripts, as a visitor's does; HTML's own style
    sheet hides a ``<dialog>`` not opened, a ``<datalist>`` and a ruby's ``<rp>``."""
    from workshop_data.importer.page import html_document

    root = html_document(
        "<p>A<svg><desc>d</desc><g><metadata>m</metadata><text>B</text></g></svg>"
        "<math><semantics><mi>C</mi><annotation-xml>x</annotation-xml><annotation>t</annotation></semantics></math>"
        "<noscript><b>Enable scripts</b></noscript><desc>D</desc>"
        "<dialog><b>closed</b></dialog><dialog open>E</dialog><datalist><option>o</option></datalist>"
        "<ruby>F<rp>(</rp><rt>f</rt><rp>)</rp></ruby></p>"
    )
    assert root.find(".//p").text_content() == "ABCDEFf"


@pytest.mark.parametrize(
    ("html", "shown"),
    [
        ("A<select><option>o</option><optgroup label='g'><option>p</option></optgroup></select>B", "A B"),
        ("A<textarea>t</textarea>B<input value='v'>C", "A B C"),
        ("A<button>E</button>B<option>G</option>C", "A E B G C"),  # a label, a block of its text
        ("A<label>I</label>B", "AIB"),  # inline text
        ("A<input type='hidden' value='h'>B<select hidden><option>q</option></select>C", "ABC"),  # drawn nowhere
        ("A<span style='display:none'><button>M</button></span>B", "AB"),
    ],
)
def test_a_form_control_is_read_as_a_browser_draws_it_apart_from_the_words_around_it(html: str, shown: str) -> None:
    """A ``<button>``'s label and an ``<option>`` outside a ``<select>`` are shown, a box apart
    from the words around them; a ``<select>``, a ``<textarea>`` and an ``<input>`` show a field,
    no text of the page: a word boundary alone (an ``<input type="hidden">`` or a hidden control
    draws nothing, not even that). A ``<label>`` is inline text, read as written."""
    from workshop_data.importer.page import html_document

    assert html_document(f"<p>{html}</p>").find(".//p").text_content() == shown


def test_a_schedule_cells_form_control_is_no_text_glued_to_its_speaker_or_title() -> None:
    """import's rows read a form control in a cell as a browser draws it: "Ada
    Lovelace<select>…</select>" was a speaker "Ada LovelaceTalkPoster", a title with a
    ``<textarea>`` "EnginesxThat Learn"."""

    def read(cell: str) -> tuple[str, tuple[str, ...]]:
        page = (
            "---\nsite_description: Workshop on ML for Systems at ISCA 2019, June 22, Phoenix\n"
            f'timezone: America/Phoenix\n---\n<table class="schedule-table"><tr><td>9:00 AM</td><td>{cell}</td></tr>'
            "</table>"
        )
        release = build_release(parse_page(page), "isca2019", "2019-06-22").release
        names = {p.person_id: p.name for p in release.people}
        return release.slots[0].title, tuple(names[s] for s in release.slots[0].speakers)

    assert read(
        "Keynote: Ada Lovelace<select><option>Talk</option><option>Poster</option></select>"
        "<br>Engines<textarea>x</textarea>That<button>Now</button>Learn<input value=y>"
    ) == ("Engines That Now Learn", ("Ada Lovelace",))


def test_an_elements_text_is_what_lxml_html_text_content_gives() -> None:
    """:func:`~workshop_data.importer.page.text_content` is ``text_content()`` (XPath's
    ``string()``) of every element, as a plain string: nested elements' text and tails in, the
    element's own tail, comments and processing instructions out, entities and other scripts read,
    an empty element's text; a ``<script>`` is no element of the document (its code is no text
    the page shows: :func:`~workshop_data.importer.page.visible`), the text after it is."""
    from workshop_data.importer.page import html_document, text_content

    body = (
        "<div id='a'>One <b>two<!-- not this --> <i>three</i></b>&amp; f\u00fcnf&nbsp;six<?pi x?>"
        "<br/>\u6f22\u5b57 \U0001f600<span></span></div> tail<p>\n  spaced\t text </p>"
        "<script>var x = '<b>';</script><ul><li>A<li>B</ul><table><tr><td>1</td><td>2</td></tr></table>"
    )
    root = html_document(body)
    elements = [element for element in root.iter() if isinstance(element.tag, str)]  # not comments
    assert len(elements) == 15 and not root.xpath("//script")
    for element in elements:
        found = text_content(element)
        assert found == element.text_content() and type(found) is str
    assert text_content(root.get_element_by_id("a")) == "One two three& f\u00fcnf\u00a0six\u6f22\u5b57 \U0001f600"


def test_a_documents_contact_address_is_found_once_and_errors_name_each_page() -> None:
    """The readers of one document (a home page and the schedule inside it) share its contact
    address, found once: the same document gives the address remembered, another one (equal or
    changed) its own; an address that is not one is refused for each page, at its own line."""
    from unittest import mock

    from workshop_data.importer import page

    html = '<p><a href="/x">x</a> <a href=" MAILTO:ann@example.org?subject=hi">write</a></p>'
    root = page._document(html)
    with mock.patch.object(page, "_contact_email", wraps=page._contact_email) as found:
        assert page.contact_email(root, "index.md", 3) == "ann@example.org"
        assert page.contact_email(root, "index.md", 3) == "ann@example.org"
        assert found.call_count == 1
        assert page.contact_email(page._document(html), "index.md", 3) == "ann@example.org"
        changed = page._document(html.replace("ann@", "bo@"))
        assert page.contact_email(changed, "index.md") == "bo@example.org" and found.call_count == 3
    bad = page._document('<p>\n<a href="mailto:ann@example.org\nBcc: eve@example.org">write</a></p>')
    for path, offset, where in (("index.md", 5, "index.md: line 6:"), ("demo/index.md", 1, "demo/index.md: line 2:")):
        with pytest.raises(WorkshopDataError, match=f"^{where} the contact link's address"):
            page.contact_email(bad, path, offset)


def test_a_nul_in_a_page_is_dropped_before_it_is_parsed() -> None:
    """libxml2 stops at a NUL: the page's NULs are dropped (from its UTF-8 bytes, where a zero
    byte is NUL and nothing else), and the text around them, other scripts' included, is read."""
    from workshop_data.importer.page import html_document

    document = html_document("<p>Ré\x00sumé \u0416\x00 \U0001f517</p><p>after</p>")
    assert [p.text for p in document.iter("p")] == ["Résumé \u0416 \U0001f517", "after"]


def test_a_description_is_read_once_for_its_text_and_a_long_one_is_not_kept() -> None:
    """A site's description is read once per text (its pages' versions ask the same few again and
    again), the same reading for an equal text; a text over the memo's budget is read each time."""
    from workshop_data.importer.workshop import _DESCRIBED, Description, parse_description

    text = "Workshop on ML for Systems at NeurIPS 2024, December 15, Vancouver Convention Center"
    first = parse_description(text)
    assert first == Description("ML for Systems", "NeurIPS 2024", dt.date(2024, 12, 15), "Vancouver Convention Center")
    assert parse_description("".join(list(text))) is first
    long = text + "," + " Vancouver" * 200_000
    assert parse_description(long).date == dt.date(2024, 12, 15) and long not in _DESCRIBED.results


def test_a_link_read_once_per_href_and_read_the_same_again() -> None:
    """A material's link is made absolute and a URI once per href (links.web_url, remembered: a
    site's history links the same materials version after version); no web link stays none."""
    from workshop_data.links import web_url

    web_url.cache_clear()
    for _ in range(2):
        assert web_url("/assets/a b.pdf") == "https://mlforsystems.org/assets/a%20b.pdf"
        assert web_url("https://example.org/x?q=é#top") == "https://example.org/x?q=%C3%A9#top"
        assert web_url("#speakers") is None
        assert web_url("mailto:a@example.org") is None
    assert (web_url.cache_info().hits, web_url.cache_info().misses) == (4, 4)


def test_a_workshop_found_held_is_not_checked_again_and_a_refused_one_always(monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_data.importer import workshop as importer_workshop

    importer_workshop._HELD.clear()
    checked: list[str] = []
    real = importer_workshop.record_problem

    def counted(resource: str, record: object) -> object:
        checked.append(resource)
        return real(resource, record)

    monkeypatch.setattr(importer_workshop, "record_problem", counted)
    front = {"site_description": "Workshop on ML for Systems at NeurIPS 2024, December 14, 2024, Vancouver"}
    first = importer_workshop.workshop_of("a.md", dict(front), "", "neurips2024", "America/Vancouver")
    again = importer_workshop.workshop_of("b.md", dict(front), "", "neurips2024", "America/Vancouver")
    assert again == first and checked == ["workshop"]  # equal: found held, not checked again
    bad = {**front, "venue": "Hall\u202e A"}
    for path in ("c.md", "d.md"):
        with pytest.raises(WorkshopDataError, match=rf"^{path}: front matter 'venue': "):
            importer_workshop.workshop_of(path, dict(bad), "", "neurips2024", "America/Vancouver")
    assert checked == ["workshop"] * 3


def test_a_time_printed_over_the_columns_its_header_spans_is_a_start_and_an_end() -> None:
    # NeurIPS 2018's schedule of 2018-11-28 22:39 and 22:42 UTC (upstream d28e40b, 77932bf):
    # <th colspan="2">Time</th>, each time over two cells ("9:00 -" | "9:10 AM", then "9:00" | "9:10 AM")
    head = '<tr><th colspan="2">Time</th><th>Section</th></tr>'
    for start in ("2:40 -", "2:40"):
        page = _fold_page(f"{head}<tr><td>{start}</td><td>2:55 PM</td><td>Contributed Talk 6</td></tr>")
        assert [(r.time, r.section.text_content()) for r in page.rows] == [
            (f"{start}{' ' if start.endswith('-') else '-'}2:55 PM", "Contributed Talk 6")
        ]
        release = build_release(page, "fold2031", "2031-04-01", timezone="UTC").release
        assert rows(release)[0][:3] == ("14:40", "14:55", False)


def test_a_row_with_more_cells_than_its_table_has_columns_is_refused() -> None:
    # ISCA 2019's upstream 8095049 (2019-06-23 05:20 UTC) put a talk's slides in a third cell of a
    # two-column table: its last cell is not its section, and read so the talk lost its title and
    # speaker; NeurIPS 2020's upstream f39595f put fifteen rows' cells in one row
    head = "<tr><th>Time</th><th>Section</th></tr>"
    row = (
        "<tr><td>10:00-10:10 AM</td><td><b>AutoRank</b><br/><i>Speaker</i>: Mohammad Samragh</td>\n"
        '<td><a href="/s.pptx">Slides</a></td></tr>'
    )
    with pytest.raises(
        WorkshopDataError, match=r"line \d+: schedule row 2 has 3 cells, more than the table's 2 columns"
    ):
        _fold_page(f"{head}<tr><td>9:00-10:00 AM</td><td>Opening</td></tr>{row}")
    # a section spanning the columns of a header that spans two for the time is one cell, not more
    head2 = '<tr><th colspan="2">Time</th><th>Section</th></tr>'
    page = _fold_page(
        f"{head2}<tr><td>9:00</td><td>9:10 AM</td><td>Opening</td></tr>"
        '<tr><td colspan="2">9:10 AM</td><td>Talk</td></tr>'
    )
    assert [r.time for r in page.rows] == ["9:00-9:10 AM", "9:10 AM"]


def test_a_row_whose_colspan_passes_the_columns_is_said_so() -> None:
    # One cell spanning both columns for the time and the section beside it: "has 2 cells, more than
    # the table's 2 columns" said of two cells what only their spans make too many
    head = "<tr><th>Time</th><th>Section</th></tr>"
    with pytest.raises(
        WorkshopDataError,
        match=r"schedule row 2 has 2 cells spanning 3 columns \(colspan\), more than the table's 2 columns",
    ):
        _fold_page(
            f'{head}<tr><td>9:00 AM</td><td>Opening</td></tr><tr><td colspan="2">9:55 AM</td><td>Break</td></tr>'
        )


def test_the_rows_of_a_tables_footer_and_header_are_read_where_a_browser_draws_them() -> None:
    # A row in <tfoot> is drawn below the others, wherever it is written; one in <thead> above them.
    # Only ./tr and ./tbody/tr were read: "Closing Remarks" in a <tfoot> was dropped without a word
    # (and a row of <td> in <thead> too), from a page every visitor saw it on.
    head = "<thead><tr><th>Time</th><th>Section</th></tr></thead>"
    foot = "<tfoot><tr><td>5:00 PM</td><td>Closing Remarks</td></tr></tfoot>"
    body = "<tbody><tr><td>9:00 AM</td><td>Opening</td></tr><tr><td>3:00 PM</td><td>Panel: A B, C D</td></tr></tbody>"
    for table in (head + body + foot, head + foot + body):
        page = _fold_page(table)
        assert [(r.time, r.section.text_content()) for r in page.rows] == [
            ("9:00 AM", "Opening"),
            ("3:00 PM", "Panel: A B, C D"),
            ("5:00 PM", "Closing Remarks"),
        ]
    welcome = "<thead><tr><th>Time</th><th>Section</th></tr><tr><td>8:30 AM</td><td>Welcome</td></tr></thead>"
    page = _fold_page(body + welcome)
    assert [r.time for r in page.rows] == ["8:30 AM", "9:00 AM", "3:00 PM"]
    # a second <tfoot> is a group of rows like a <tbody>: drawn where it is written
    page = _fold_page(head + foot + "<tfoot><tr><td>8:00 AM</td><td>Coffee</td></tr></tfoot>" + body)
    assert [r.time for r in page.rows] == ["8:00 AM", "9:00 AM", "3:00 PM", "5:00 PM"]


@pytest.mark.parametrize(
    "block", ["blockquote", "center", "pre", "details", "figure", "header", "footer", "address", "article"]
)
def test_text_on_either_side_of_a_block_is_not_glued_to_it(block: str) -> None:
    # A browser draws each of these on a line of its own; only p, div, section, h1-h6, li, dt, dd,
    # table and tr were read so: "Multi-Agent<blockquote>Systems</blockquote>" was the title
    # 'Multi-AgentSystems', a word the page never shows
    page = _fold_page(
        "<tr><th>Time</th><th>Section</th></tr>"
        f"<tr><td>9:00 AM</td><td><b>Keynote:</b> Ada Lovelace<br/>Multi-Agent<{block}>Systems</{block}></td></tr>"
    )
    release = build_release(page, "fold2031", "2031-04-01", timezone="UTC").release
    assert release.slots[0].title == "Multi-Agent Systems"


def test_a_colspan_is_read_as_html_reads_it_and_a_hostile_one_is_no_crash() -> None:
    # int() took any str.isdigit() text: colspan="²" (a superscript two, a digit to Python) and
    # 5000 nines (past int()'s 4300-digit limit) ended the import with a ValueError traceback.
    # HTML reads ASCII digits only and clamps a colspan to 1000 (WHATWG, "rules for parsing
    # non-negative integers"): "²" is no number (1 column), 5000 nines span 1000.
    for colspan in ("²", "9" * 5000, " 2 ", "0"):
        head = f'<tr><th colspan="{colspan}">Time</th><th>Section</th></tr>'
        page = _fold_page(f"{head}<tr><td>9:00 AM</td><td>Opening</td></tr><tr><td>9:10 AM</td><td>Talk</td></tr>")
        assert [(r.time, r.section.text_content()) for r in page.rows] == [("9:00 AM", "Opening"), ("9:10 AM", "Talk")]
    from lxml import html

    from workshop_data.importer.page import _span

    spans = [_span(html.fragment_fromstring(f'<td colspan="{v}"></td>')) for v in ("²", "9" * 5000, "3", "1001", "x")]
    assert spans == [1, 1000, 3, 1000, 1]


def test_the_slots_a_part_repeats_are_the_first_alike_above_of_another_part() -> None:
    # Each slot's program was compared with every slot above it: a page of 2000 parts of two
    # rows each (270 KB) took 16 s to import (found by hr-attack4). The search is now by program,
    # each part resuming where it left it; what each slot repeats is as it was.
    parts = "".join(
        f'<tr><td colspan="2">Part {p}</td></tr><tr><td>9:00 AM</td><td>Session {p % 3}</td></tr>'
        f"<tr><td>9:30 AM</td><td>Break</td></tr><tr><td>9:40 AM</td><td>Break</td></tr>"
        for p in range(60)
    )
    page = _fold_page(f"<tr><th>Time</th><th>Section</th></tr>{parts}")
    slots = build_release(page, "fold2031", "2031-04-01", timezone="UTC").release.slots
    assert len(slots) == 180
    # what each repeats is as before: the first slot alike above it, of another part, not
    # repeated by its part yet (part 0's two breaks, each once per part)
    by_id = {s.slot_id: s for s in slots}
    assert [s.repeats for s in slots[:9]] == [
        "",
        "",
        "",
        "",
        slots[1].slot_id,
        slots[2].slot_id,
        "",
        *[slots[i].slot_id for i in (1, 2)],
    ]
    assert all(by_id[s.repeats].part == "Part 0" for s in slots if s.repeats and s.label == "Break")
    assert [s.repeats for s in slots[9:12]] == [slots[0].slot_id, slots[1].slot_id, slots[2].slot_id]


def test_a_page_of_more_slots_than_a_schedule_has_is_refused_before_its_rows_are_read() -> None:
    # Talks and people were capped at 2000, slots not: each part of the program starts its own
    # order of times, so a page of 8000 parts of two rows (1.1 MB) made 16,000 slots, the ids of
    # those of one label made unique by trying -2, -3… each time: 15 s, four times as long for
    # twice the parts, and a 20 MB page hours (found by hr-attack4)
    from workshop_data.importer.release import MAX_RECORDS

    parts = "".join(
        f'<tr><td colspan="2">Part {p}</td></tr><tr><td>9:00 AM</td><td>Session {p}</td></tr>'
        "<tr><td>9:30 AM</td><td>Coffee Break</td></tr>"
        for p in range(MAX_RECORDS // 2 + 1)
    )
    page = _fold_page(f"<tr><th>Time</th><th>Section</th></tr>{parts}")
    with pytest.raises(WorkshopDataError) as caught:
        build_release(page, "fold2031", "2031-04-01", timezone="UTC")
    assert str(caught.value) == (
        f"{page.path}, row {MAX_RECORDS + 1}: more than {MAX_RECORDS} rows in the schedule table; "
        "this is not a schedule page"
    )
    # 2000 rows are a page still
    page = _fold_page(f"<tr><th>Time</th><th>Section</th></tr>{parts.rsplit('<tr><td colspan', 1)[0]}")
    assert len(build_release(page, "fold2031", "2031-04-01", timezone="UTC").release.slots) == MAX_RECORDS


@pytest.mark.parametrize(
    ("kind", "url", "label"),
    [
        ("paper", "https://openreview.net/forum?id=apAsvPTeKor", "OpenReview"),
        ("paper", "https://arxiv.org/abs/1906.07181", "arXiv"),
        ("paper", "https://www.openreview.net/pdf?id=x", "OpenReview"),
        ("paper", "https://notopenreview.net/forum?id=x", "Paper"),  # not the site: its kind's word
        ("paper", "https://mlforsystems.org/assets/papers/x.pdf", "Paper"),
        ("poster", "https://mlforsystems.org/media/PosterPDFs/NeurIPS%202022/62267.png", "Poster"),
        ("slides", "https://drive.google.com/file/d/1/view", "Slides"),
        ("other", "https://example.org/", "Link"),
    ],
)
def test_a_link_is_shown_by_its_papers_site_else_by_its_kind(kind: str, url: str, label: str) -> None:
    from workshop_data.links import link_label

    assert link_label(kind, url) == label


def test_a_colspan_and_a_rowspan_are_read_by_the_html_rules_for_non_negative_integers() -> None:
    # colspan was read as ASCII digits alone: colspan="2px" (HTML: 2, its leading digits) was one
    # column, so NeurIPS 2018's two-column 'Time' header written so made every row a cell too
    # many and the table was refused; rowspan took any Unicode digit ("٢", an Arabic-Indic two,
    # which HTML does not read: 1). WHATWG, "rules for parsing non-negative integers": skip ASCII
    # white space (not U+00A0), an optional sign, the leading ASCII digits; none: the default.
    page = _fold_page(
        '<tr><th colspan="2px">Time</th><th>Section</th></tr>'
        "<tr><td>9:00 -</td><td>9:10 AM</td><td>Opening</td></tr>"
        '<tr><td rowspan="\u0662">9:10 AM</td><td>9:40 AM</td><td>Talk</td></tr>'
        "<tr><td>9:40 AM</td><td>10:00 AM</td><td>Break</td></tr>"
    )
    assert [(r.time, r.section.text_content()) for r in page.rows] == [
        ("9:00 - 9:10 AM", "Opening"),
        ("9:10 AM-9:40 AM", "Talk"),
        ("9:40 AM-10:00 AM", "Break"),
    ]
    from lxml import html

    from workshop_data.importer.page import _row_span, _span

    values = ("2px", " 3", "\t\n+4 columns", "x", "", "0", "-2", "-0", "\u00a02", "\u0663", "007")
    cells = [html.fragment_fromstring(f'<td colspan="{v}" rowspan="{v}"></td>') for v in values]
    assert [_span(c) for c in cells] == [2, 3, 4, 1, 1, 1, 1, 1, 1, 1, 7]
    assert [_row_span(c) for c in cells] == [2, 3, 4, 1, 1, 0, 1, 0, 1, 1, 7]


# -- the links inside a text (importer.page.linked_text) ------------------------------------------


@pytest.mark.parametrize(
    ("html", "text", "links"),
    [
        (
            '<p>We use <a href="https://arxiv.org/abs/1">AMC</a>, and <a href="/x.pdf">HAQ</a>.</p>',
            "We use AMC, and HAQ.",
            ((7, "AMC", "https://arxiv.org/abs/1"), (16, "HAQ", "https://mlforsystems.org/x.pdf")),
        ),
        ('<p>See <a href="#top">above</a> or <a href="javascript:x()">here</a>.</p>', "See above or here.", ()),
        # a page that prints a private-use character (the reader's own marks) keeps it, its links unread
        ('<p>Logo \ue000 of <a href="https://a.org/">A</a>\ue001</p>', "Logo \ue000 of A\ue001", ()),
    ],
)
def test_a_texts_links_are_its_words_at_their_place_and_nothing_of_the_text_is_lost(
    html: str, text: str, links: tuple[tuple[int, str, str], ...]
) -> None:
    import lxml.html

    from workshop_data.importer.page import linked_text

    found = linked_text(lxml.html.fragment_fromstring(html))
    assert found == (text, links)
    assert all(text[start : start + len(words)] == words for start, words, _ in links)


@pytest.mark.parametrize(
    ("html", "text", "links"),
    [
        # no web link outside what is skipped: the words alone (the history's every such text)
        (
            '<details><summary>Title</summary> An <a href="#x">anchor</a>,\n words '
            '<a href="/p.pdf">(paper)</a> end.</details>',
            "An anchor, words end.",
            (),
        ),
        (
            '<details><summary>Title</summary> We use <a href="https://a.org/">AMC</a>. '
            '<a href="/p.pdf">(paper)</a></details>',
            "We use AMC.",
            ((7, "AMC", "https://a.org/"),),
        ),
        ("<details><summary>Title</summary> Logo \ue000 of\ue001 A</details>", "Logo \ue000 of\ue001 A", ()),
    ],
)
def test_a_texts_words_and_links_leave_out_what_is_skipped(
    html: str, text: str, links: tuple[tuple[int, str, str], ...]
) -> None:
    """A ``<details>`` paper's abstract is its text without its summary and "(paper)" link."""
    import lxml.html

    from workshop_data.importer.page import linked_text

    root = lxml.html.fragment_fromstring(html)
    skip = {root.find("summary"), *(a for a in root.iter("a") if a.text == "(paper)")}
    assert linked_text(root, skip) == (text, links)


def test_a_body_passed_as_free_of_liquid_is_passed_again_and_liquid_refused_every_time() -> None:
    """The bodies found free of Liquid are remembered (one page's is asked by several readers):
    a body with Liquid is refused each time it is asked, at its own path and line."""
    from workshop_data.importer.page import refuse_liquid

    css = "<style>\np { color: red }\n</style>\n<p>Hi</p>\n"
    assert refuse_liquid("a.md", css, 1) is None
    assert refuse_liquid("b.md", css, 9) is None
    hostile = css + "<p>{{ page.title }}</p>\n"
    for path, offset in (("a.md", 1), ("a.md", 1), ("b.md", 9)):
        with pytest.raises(WorkshopDataError, match=rf"^{path}: line {offset + 4}: Liquid \('{{{{ page.title"):
            refuse_liquid(path, hostile, offset)


def test_the_people_a_table_marks_are_the_texts_of_its_elements_of_class_person() -> None:
    """:attr:`Page.persons`: each element of the table (the table too) whose class has the word
    'person', its text as printed (the import tells them apart by its own alias table); libxml2's
    XPath with the class predicate the oracle."""
    import lxml.html

    from workshop_data.aliases import PACKAGE
    from workshop_data.importer.page import persons

    table = lxml.html.fragment_fromstring(
        '<table class="person"><tr><td><span class="x \tperson">Ada  Byron</span> <b class="personal">No</b>'
        '<span class="person"> </span><!-- a comment --><i class="person">Grace Hopper</i></td></tr></table>'
    )
    marked = table.xpath("descendant-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' person ')]")
    expected = {el.text_content() for el in marked if el.text_content().strip()}
    assert persons(table) == expected
    assert {PACKAGE.person_key(name) for name in expected} == {"ada byron", "grace hopper", "ada byron no grace hopper"}

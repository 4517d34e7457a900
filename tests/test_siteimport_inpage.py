"""The schedules inside NeurIPS 2020-2022's home pages, read like schedule pages.

Facts marked "read on the page" were written by reading the pages (latest versions of
``neurips2020/index.md``, ``neurips2021/index.md``, ``neurips2022/index.md`` in the site's
history), not by running the parser.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from test_import_pages import rows as page_rows

from workshop_data.aliases import PACKAGE
from workshop_data.errors import WorkshopDataError
from workshop_data.importer.page import parse_page
from workshop_data.importer.workshop import edition_of, parse_description
from workshop_data.model import Release
from workshop_data.siteimport.facts import READ_TIMES
from workshop_data.siteimport.inpage_schedule import schedule_page, schedule_release, with_read_times

FIXTURE = Path(__file__).parent / "fixtures" / "pages" / "inpage.md"
#: The zone each edition's times are written in: 2020's and 2021's data-value-start moments are
#: at UTC-08:00 in December (Pacific Standard Time); 2022's detailed schedule is New Orleans time.
ZONES = {"neurips2020": "America/Los_Angeles", "neurips2021": "America/Los_Angeles", "neurips2022": "America/Chicago"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def latest(repo: Path, edition: str) -> tuple[str, str]:
    path = f"{edition}/index.md"
    return git(repo, "show", f"HEAD:{path}"), path


def rows(release: Release) -> list[tuple[str | None, str | None, str, str, str, list[str]]]:
    """Each slot as (start, end, kind, label, title, speaker names)."""
    return [(r[0], r[1], r[3], r[4], r[5], r[7]) for r in page_rows(release)]


def talks(release: Release, slot_index: int) -> list[tuple[str, list[str]]]:
    names = {p.person_id: p.name for p in release.people}
    slot = release.slots[slot_index]
    return [(t.title, [names[p] for p in t.speakers]) for t in release.talks_of(slot.slot_id)]


def test_the_shapes_of_a_home_page_schedule() -> None:
    imported = schedule_release(FIXTURE.read_text(), "inpage.md", "inpage2031", "2031-12-01", timezone="Europe/Paris")
    release = imported.release
    assert rows(release) == [
        ("09:00", "09:15", "opening", "Opening Remarks", "", []),  # empty cell: 08:00 UTC in Paris
        ("09:15", "10:00", "invited", "Invited Speaker 1", "Engines That Learn", ["Ada Lovelace"]),
        ("10:00", "11:00", "contributed", "Contributed Talks", "", []),
        ("11:00", None, "closing", "Closing", "", []),  # prints 12:30, its attribute says 10:00 UTC
    ]
    assert talks(release, 2) == [
        ("Learned Caches", ["Grace Hopper", "Leendert van Doorn", "Hao-Lun Sun"]),
        ("HEAT: Hardware-Efficient Tensors", ["Alan Turing"]),
    ]
    assert release.workshop.contact_email == "home@example.org"
    assert [w.split(": ", 1)[0] for w in imported.warnings] == [
        "inpage.md, row 5 (line 25)",  # the attribute's day is not the workshop's
        "inpage.md, row 5 (line 25)",  # the printed 12:30 is not what the script shows
        "inpage.md",  # a spotlight at 11:30, after the contributed session
    ]
    assert "'12:30'" in imported.warnings[1] and "read as 11:00 AM" in imported.warnings[1]
    assert "'Late Spotlight'" in imported.warnings[2]
    # each spotlight placed keeps its own time ("Sat 10:05 a.m. - …"), on the slot's day
    day = release.slots[2].start.date()  # type: ignore[union-attr]
    assert [t.start for t in release.talks] == [
        dt.datetime.combine(day, dt.time(10, 5)),
        dt.datetime.combine(day, dt.time(10, 30)),
    ]
    # the contradicted closing cell was read by no one: a warning, no correction
    assert release.corrections == ()


def test_a_time_cell_read_by_hand_must_still_be_on_the_page() -> None:
    """A reviewed cell (siteimport/facts.py) whose slot is not at the moment's time is an error:
    the review no longer fits the page."""
    page = schedule_page(FIXTURE.read_text(), "inpage.md", "Europe/Paris")
    imported = schedule_release(FIXTURE.read_text(), "inpage.md", "inpage2031", "x", timezone="Europe/Paris")
    [fact] = [f for f in READ_TIMES if f.edition == "neurips2022"]
    stale = replace(page, contradicted=((fact.printed, fact.moment),))
    with pytest.raises(WorkshopDataError, match=r"inpage\.md: the time cell '17:40' .* not the start of one slot"):
        with_read_times(imported.release, stale, "neurips2022")
    assert with_read_times(imported.release, page, "neurips2022") is imported.release


#: The fixture's day again as "Run 2 (repeated)" at UTC+12:00: 08:00 there is 21:00 the evening
#: before in Paris (NeurIPS 2020's shape: Run 2 at UTC+04:00 started the evening before in Los Angeles).
SECOND_RUN = "\n".join(
    (
        '      <tr><td colspan="2">Run 2 (repeated)</td></tr>',
        '      <tr><td data-value-start="2031-12-06T08:00:00.000+12:00">08:00</td><td>Opening Remarks</td></tr>',
        '      <tr><td data-value-start="2031-12-06T09:15:00.000+12:00">09:15</td><td><a href="#ada_talk"><b>'
        'Invited Speaker 1: Ada Lovelace</b></a> - <a href="/papers/engines.pdf">Engines That Learn</a></td></tr>',
        '      <tr><td data-value-start="2031-12-06T12:30:00.000+12:00">12:30</td><td>Closing</td></tr>',
        "    </tbody>",
    )
)


def test_a_second_run_of_the_day_is_a_part_of_its_own_repeating_the_first() -> None:
    text = FIXTURE.read_text().replace("    </tbody>\n  </table>\n</div>", SECOND_RUN + "\n  </table>\n</div>", 1)
    imported = schedule_release(text, "inpage.md", "inpage2031", "x", timezone="Europe/Paris")
    slots = imported.release.slots
    assert [s.part for s in slots] == ["Run 1"] * 4 + ["Run 2 (repeated)"] * 3
    run2 = slots[4:]
    # its own instants, on the day before in the venue's zone (08:00 UTC+12 = 21:00 CET the 5th)
    assert [s.start for s in run2] == [
        dt.datetime(2031, 12, 5, 21, 0),
        dt.datetime(2031, 12, 5, 22, 15),
        dt.datetime(2031, 12, 6, 1, 30),
    ]
    # the same rows given again: each names the slot of Run 1 it repeats; ids of their own
    assert [s.repeats for s in run2] == [slots[0].slot_id, slots[1].slot_id, slots[3].slot_id]
    assert [s.slot_id for s in run2] == ["opening-remarks-2", "invited-speaker-1-ada-lovelace-2", "closing-2"]
    assert run2[1].speakers == slots[1].speakers == ("ada-lovelace",)
    # a part ends with its last row: Run 1's closing gets no end from Run 2's opening
    assert (slots[3].end, slots[3].end_derived) == (None, False)
    assert not [w for w in imported.warnings if "not the workshop's day" in w and "+12:00" in w]
    assert all(
        s.part == "" and s.repeats == ""
        for s in schedule_release(
            FIXTURE.read_text().replace('<tr><td colspan="2">Run 1</td></tr>', ""),
            "inpage.md",
            "inpage2031",
            "x",
            timezone="Europe/Paris",
        ).release.slots
    )


def test_a_heading_over_no_rows_refuses_the_page_as_a_schedule_page_does() -> None:
    # one rule for both readers (importer.page.program_rows): a heading row followed by the table's end or by
    # another heading announces a part of the program it does not give, and the page cannot be read fully
    text = FIXTURE.read_text()
    heading_last = text.replace(
        "    </tbody>\n  </table>\n</div>", '      <tr><td colspan="2">Run 2</td></tr>\n    </tbody>'
    )
    heading_over_heading = text.replace(
        '<tr><td colspan="2">Run 1</td></tr>', '<tr><td colspan="2">Day 1</td></tr><tr><td colspan="2">Run 1</td></tr>'
    )
    for page, number, heading in ((heading_last, 6, "Run 2"), (heading_over_heading, 1, "Day 1")):
        line = page.splitlines().index(next(ln for ln in page.splitlines() if f">{heading}<" in ln)) + 1
        message = (
            f"inpage.md: line {line}: schedule row {number} has 1 cell ('{heading}'): a heading row over no rows "
            "of the program (expected a time and a section)"
        )
        both_readers_refuse(page, message)


def both_readers_refuse(page: str, message: str) -> None:
    """The schedule inside a home page and the same text read as a schedule page are refused
    with ``message``, word for word."""
    with pytest.raises(WorkshopDataError, match=f"^{re.escape(message)}$"):
        schedule_release(page, "inpage.md", "inpage2031", "x", timezone="Europe/Paris")
    with pytest.raises(WorkshopDataError, match=f"^{re.escape(message)}$"):
        parse_page(page, "inpage.md")


def lines_with(page: str, text: str) -> list[int]:
    """The numbers (from 1) of the lines of ``page`` that hold ``text``."""
    return [i + 1 for i, line in enumerate(page.splitlines()) if text in line]


def test_two_heading_rows_of_one_text_refuse_the_page() -> None:
    # A part of the program is its heading's text as printed (slots.part): two headings alike
    # are two parts the data cannot tell apart. Their rows were read as one part, the second's
    # times before the first's (a release validation refuses) or after (two parts made one), and
    # a repeat of the first part named a slot of its own part (found by the attacker's review).
    # Refused as a heading over no rows is, by both readers (importer.page.program_rows)
    second = SECOND_RUN.replace("Run 2 (repeated)", "Run 1")
    page = FIXTURE.read_text().replace("    </tbody>\n  </table>\n</div>", second + "\n  </table>\n</div>", 1)
    first, again = lines_with(page, '<td colspan="2">Run 1</td>')
    message = (
        f"inpage.md: line {again}: schedule row 6 is a heading row ('Run 1') printed over row 1 (line {first}) "
        "too: two parts of the program of one name cannot be told apart"
    )
    both_readers_refuse(page, message)


def test_a_second_schedule_table_refuses_the_page() -> None:
    # One <table class="schedule-table"> a page, in every version of the site's history: a
    # second (NeurIPS 2021's schedule given again for another zone, a draft) was ignored without
    # a word. Refused by both readers (importer.page.schedule_table), both tables' lines named
    text = FIXTURE.read_text()
    start, end = text.index("<table"), text.index("</table>") + len("</table>")
    page = text + "\n" + text[start:end] + "\n"
    first, second = lines_with(page, 'class="schedule-table"')
    message = (
        f'inpage.md: line {second}: a second <table class="schedule-table"> (the first is at line {first}); '
        "a page holds one schedule, and this one does not say which is the workshop's: not read"
    )
    both_readers_refuse(page, message)


def test_a_schedule_table_of_no_rows_is_refused_by_both_readers() -> None:
    # the rule of program_rows, which both readers take (each had its own copy of it)
    text = FIXTURE.read_text()
    start, end = text.index("    <tbody>"), text.index("  </table>")
    both_readers_refuse(text[:start] + text[end:], "inpage.md: the schedule table has no rows")


def test_a_cell_that_is_no_time_is_an_error_naming_file_and_row() -> None:
    text = FIXTURE.read_text()
    soon = text.replace("<td>10:00AM - 11:00AM</td>", "<td>soon</td>")
    with pytest.raises(WorkshopDataError, match=r"^inpage\.md, row 4: time cell 'soon' is not a time"):
        schedule_release(soon, "inpage.md", "inpage2031", "x", timezone="Europe/Paris")
    with pytest.raises(WorkshopDataError, match="unknown time zone"):
        schedule_page(text, "inpage.md", "Mars/Olympus")


def test_a_tbd_time_is_unknown_and_holds_no_detailed_talk() -> None:
    tbd = FIXTURE.read_text().replace("<td>10:00AM - 11:00AM</td>", "<td>TBD</td>")
    imported = schedule_release(tbd, "inpage.md", "inpage2031", "x", timezone="Europe/Paris")
    got = rows(imported.release)
    # the row keeps its place; the row above gets no end from it (nothing is taken from "TBD")
    assert got[1][:2] == ("09:15", None)
    assert got[2] == (None, None, "contributed", "Contributed Talks", "", [])
    # its spotlights (10:05, 10:30) are in a time range no row is known to hold: reported, not placed
    assert imported.release.talks == ()
    assert sum("which the schedule table does not hold then" in w for w in imported.warnings) == 3


def test_neurips2020_as_read_on_the_page(site_repo: Path) -> None:
    text, path = latest(site_repo, "neurips2020")
    imported = schedule_release(text, path, "neurips2020", "2021-08-13", timezone=ZONES["neurips2020"])
    release = imported.release
    # read on the page: 15 rows from 09:00 Opening Remarks to 17:40 Closing; six invited speakers
    assert len(release.slots) == 15
    got = rows(release)
    assert got[0] == ("09:00", "09:15", "opening", "Opening Remarks", "", [])
    assert got[1] == ("09:15", "09:50", "invited", "Invited Speaker 1", "", ["Christina Delimitrou"])
    assert got[8] == (
        "13:50",
        "14:25",
        "invited",
        "Invited Speaker 4",
        "Value Function Based Performance Optimization of Deep Learning Workloads",
        ["Benoit Steiner"],
    )
    assert got[14] == ("17:40", None, "closing", "Closing", "", [])
    assert [s.kind for s in release.slots].count("contributed") == 4
    assert [t for t, _ in talks(release, 4)] == [
        "Program Graphs for Machine Learning",
        "DEff-ARTS: Differentiable Efficient Architecture Search",
        "Learning Local Advantage Functions for Generalizable Graph Optimizations",
        "A Deep Learning Based Cost Model for Automatic Code Optimization",
    ]
    # every printed time is the data-value-start moment in Pacific time: nothing contradicts
    assert imported.warnings == []
    assert set(re.findall(r'data-value-start="[^"]*([+-]\d\d:\d\d)"', text)) == {"-08:00"}


def test_neurips2021_gives_no_times_for_its_speakers(site_repo: Path) -> None:
    text, path = latest(site_repo, "neurips2021")
    # read on the page: 8 rows, 09:00 Opening Remarks, six invited speakers at 'TBD', 17:40 Closing
    page = schedule_page(text, path, ZONES["neurips2021"])
    assert len(page.rows) == 8
    assert [r.time for r in page.rows] == ["9:00 AM", *["TBD"] * 6, "5:40 PM"]
    imported = schedule_release(text, path, "neurips2021", "x", timezone=ZONES["neurips2021"])
    # the rows as the page orders them; a 'TBD' time is no time, and no end is taken from it
    speakers = ["Anima Anandkumar", "Michael Carbin", "Luis Ceze", "Tim Kraska", "Phitchaya Mangpo Phothilimthana"]
    assert rows(imported.release) == [
        ("09:00", None, "opening", "Opening Remarks", "", []),
        *((None, None, "invited", f"Invited Speaker {n}", "", [name]) for n, name in enumerate(speakers, 1)),
        (None, None, "invited", "Invited Speaker 6", "", ["Yuandong Tian"]),
        ("17:40", None, "closing", "Closing", "", []),
    ]
    assert imported.warnings == []


def test_a_table_of_placeholders_is_no_schedule(site_repo: Path) -> None:
    # 8b356f3 "create 2021 WIP", index.md: the table's one row is "<td>TBD</td><td>TBD</td>"
    text = git(site_repo, "show", "8b356f3:index.md")
    with pytest.raises(WorkshopDataError, match=r"^index\.md, row 1: the schedule table prints only placeholders"):
        schedule_release(text, "index.md", "neurips2021", "x", timezone=ZONES["neurips2021"])


def test_neurips2022_as_read_on_the_page(site_repo: Path) -> None:
    text, path = latest(site_repo, "neurips2022")
    imported = schedule_release(text, path, "neurips2022", "2023-08-04", timezone=ZONES["neurips2022"])
    release = imported.release
    got = rows(release)
    # read on the page: 12 rows of the overview; the opening's cell is empty, its data-value-start
    # 07:30-07:00 is 8:30 in New Orleans (the detailed schedule says 8:30 a.m. - 8:40 a.m. too)
    assert len(got) == 12
    assert got[0] == ("08:30", "08:40", "opening", "Opening Remarks", "", [])
    assert got[1] == ("08:40", "09:30", "invited", "Invited Speaker 1", "", ["Jeff Dean"])
    assert got[4] == ("10:50", "11:55", "contributed", "Contributed Talks", "", [])
    assert got[8] == ("14:15", "15:00", "invited", "Invited Speaker 3", "", ["Steve Keckler"])
    # the closing prints 17:40 but its attribute (2021-12-13T16:40-06:00) is what readers saw
    assert got[11] == ("16:40", None, "closing", "Closing", "", [])
    assert any("'17:40'" in w and "read as 4:40 PM" in w for w in imported.warnings)
    # ... and read by hand (siteimport/facts.py): a correction says what the cell printed
    [c] = release.corrections
    assert (c.resource, c.key, c.field, c.printed, c.value) == (
        "slots",
        "closing",
        "start",
        "17:40",
        "2022-12-03T16:40:00",
    )
    # each spotlight's own time: "Sat 10:55 a.m. - 11:05 a.m.", … "Sat 1:30 p.m. - 1:45 p.m."
    assert [(f"{t.start:%H:%M}", f"{t.end:%H:%M}") for t in release.talks] == [
        ("10:55", "11:05"),
        ("11:10", "11:20"),
        ("11:25", "11:35"),
        ("11:45", "11:55"),
        ("13:05", "13:20"),
        ("13:30", "13:45"),
    ]
    assert {t.start.date() for t in release.talks if t.start} == {dt.date(2022, 12, 3)}
    # the detailed schedule's spotlights between 10:55 and 11:55, and 1:05 to 1:45
    assert talks(release, 4) == [
        ("A code superoptimizer through neural Monte-Carlo tree search", ["Wenda Zhou", "Olga Solodova", "Ryan Adams"]),
        (
            "Predicting Network Buffer Capacity for BBR Fairness",
            [
                "Ibrahim Umit Akgun",
                "Santiago Vargas",
                "Andrew Burford",
                "Michael McNeill",
                "Michael Arkhangelskiy",
                "Aruna Balasubramanian",
                "Anshul Gandhi",
                "Erez Zadok",
            ],
        ),
        (
            "HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression",
            ["Jiaqi Gu", "Ben Keller", "Jean Kossaifi", "Anima Anandkumar", "Brucek Khailany", "David Pan"],
        ),
        ("Learning to Drive Software-Defined Storage", ["Jian Huang", "Daixuan Li", "Jinghan Sun"]),
    ]
    assert [t for t, _ in talks(release, 6)] == [
        "Multi-Agent Reinforcement Learning for Microprocessor Design Space Exploration",
        "Implementing Reinforcement Learning Datacenter Congestion Control in NVIDIA NICs",
    ]
    # the detailed schedule puts Steve Keckler at 1:55 p.m., the overview at 2:15 PM: reported,
    # and kept as the time the page also prints for his talk
    assert any("'Steve Keckler - Invited Talk'" in w for w in imported.warnings)
    assert [(s.slot_id, f"{s.talk_start:%H:%M}", f"{s.talk_end:%H:%M}") for s in release.slots if s.talk_start] == [
        ("poster-session-2", "13:55", "14:25"),
        ("invited-speaker-3-steve-keckler", "13:55", "14:40"),
        ("invited-speaker-4-newsha-ardalani", "14:50", "15:35"),
        ("invited-speaker-5-riyadh-baghdadi", "15:45", "16:30"),
    ]
    # the afternoon's "Poster Session | Coffee Break" (Break, no people) is at "Sat 1:55 p.m. -
    # 2:25 p.m." in the detailed schedule, "1:45PM - 2:15PM" in the table: kept as the session's
    # other printed time; the morning's prints 10:20-10:50 in both and keeps none
    [second] = [s for s in release.slots if s.label == "Poster Session #2"]
    assert (f"{second.start:%H:%M}", f"{second.end:%H:%M}") == ("13:45", "14:15")
    assert (f"{second.talk_start:%H:%M}", f"{second.talk_end:%H:%M}") == ("13:55", "14:25")
    [first] = [s for s in release.slots if s.label == "Poster Session #1"]
    assert (first.talk_start, first.talk_end) == (None, None)
    # read on the page: each spotlight's "[OpenReview]" button (and "link »"); "Predicting Network
    # Buffer Capacity" has only "Link »" (line 632), to its OpenReview forum all the same; the
    # invited talks' "SlidesLive Video »" buttons open an embedded player (href="#collapse-sl-…")
    titles = {t.talk_id: t.title for t in release.talks}
    forum = "https://openreview.net/forum?id="
    assert [(titles[m.talk_id][:24], m.kind, m.url) for m in release.materials] == [
        ("A code superoptimizer th", "paper", forum + "ilUBhk-I8Q"),
        ("Predicting Network Buffe", "paper", forum + "dF6syCK0TvR"),
        ("HEAT: Hardware-Efficient", "paper", forum + "x9ZP4pnlZHo"),
        ("Learning to Drive Softwa", "paper", forum + "un65IC_PbqJ"),
        ("Multi-Agent Reinforcemen", "paper", forum + "F-vVJHFJaT"),
        ("Implementing Reinforceme", "paper", forum + "Y4a7sqXsiT"),
    ]


def _versions(repo: Path) -> list[tuple[str, str, str, str]]:
    """(commit, path, edition, text) of every version holding a 2020-2022 in-page schedule."""
    out = []
    for path in ("index.md", "neurips2020/index.md", "neurips2021/index.md", "neurips2022/index.md"):
        for commit in git(repo, "log", "--reverse", "--format=%h", "--", path).split():
            try:
                text = git(repo, "show", f"{commit}:{path}")
            except subprocess.CalledProcessError:
                continue  # deleted by this commit
            named = re.search(r"^workshop_name:\s*(\S+)", text, re.MULTILINE)
            described = re.search(r"^site_description:(.*)$", text, re.MULTILINE)
            edition = (
                named.group(1) if named else edition_of(parse_description(described.group(1) if described else ""))
            )
            if edition in ZONES and "schedule-table" in text:
                out.append((commit, path, edition, text))
    return out


def test_every_version_in_the_history_imports_or_names_file_and_row(site_repo: Path) -> None:
    outcomes: dict[str, list[str]] = {edition: [] for edition in ZONES}
    for commit, path, edition, text in _versions(site_repo):
        where = f"{commit}:{path}"
        try:
            imported = schedule_release(text, where, edition, "x", timezone=ZONES[edition])
        except WorkshopDataError as exc:
            assert re.match(rf"^{re.escape(where)}, row \d+", str(exc)), str(exc)
            # two reasons, each visible in the page's text: a table of nothing but TBD, a broken
            # cell ("TBD/td>", 2022-08-02)
            assert "<td>TBD</td><td>TBD</td>" in text or ">TBD/td>" in text, str(exc)
            outcomes[edition].append("TBD" if "placeholders ('TBD')" in str(exc) else "broken")
        else:
            repeats = [s for s in imported.release.slots if s.repeats]
            if "Run 2 (repeated)" in text:  # read on the page: Run 2 gives Run 1's 15 rows again
                assert len(repeats) == 15 and {s.part for s in repeats} == {"Run 2 (repeated)"}, where
                outcomes[edition].append("two runs")
            else:
                assert not repeats, where
                outcomes[edition].append("TBD times" if ">TBD<" in text else "ok")
    assert outcomes["neurips2020"].count("two runs") == 5  # 2020-12-03: a repeated run at +04:00 (+03:00 once)
    # 2021's first version has a table of one "TBD | TBD" row; the later ones "TBD" talk times
    assert outcomes["neurips2021"][0] == "TBD" and set(outcomes["neurips2021"][1:]) == {"TBD times"}
    assert outcomes["neurips2022"].count("ok") == 8  # from 2022-11-06, when times were filled in
    # before 2022-11-06 the talks' times were "TBD", and one version broke a cell
    assert outcomes["neurips2022"].count("broken") == 1 and "TBD times" in outcomes["neurips2022"]
    assert outcomes["neurips2020"].count("ok") > 0


def test_a_detailed_event_read_again_keeps_its_own_line() -> None:
    """The detailed schedule's rows are remembered by their HTML: the same rows further down a
    later version of the page give the same events at their new lines."""
    import lxml.html

    from workshop_data.siteimport.inpage_schedule import detailed_events

    page = FIXTURE.read_text()
    body = page[page.index("<", page.index("---", 3)) :]
    first = detailed_events("inpage.md", lxml.html.document_fromstring(body), 10)
    again = detailed_events("inpage.md", lxml.html.document_fromstring("<p>x</p>\n\n" + body), 10)
    assert first and [e.line + 2 for e in first] == [e.line for e in again]
    assert [(e.start, e.end, e.title, e.kind, e.people, e.links) for e in first] == [
        (e.start, e.end, e.title, e.kind, e.people, e.links) for e in again
    ]


def test_a_detailed_events_time_is_the_cell_whose_class_has_the_date_word() -> None:
    """A detailed event's time is read from the first element of its row whose class has the word
    ``workshopevent-date`` (among others, at any depth), not from a longer word holding it; a row
    without one is untimed (a poster), not an event."""
    from workshop_data.importer.page import html_document
    from workshop_data.siteimport.inpage_schedule import detailed_events

    def row(number: int, date_class: str) -> str:
        return (
            f'<tr id="wse-detail-{number}"><td><div class="workshopevent-date-x">Sun 1:00 p.m. - 2:00 p.m.</div>'
            f'<span><b class="{date_class}">Sat 8:30 a.m. - 8:40 a.m.</b></span></td>'
            f"<td><strong>Talk {number}</strong> <small>(Spotlight)</small></td><td><i>Ann Lee · Bo Wu</i></td></tr>"
        )

    root = html_document(f"<table>{row(1, 'big workshopevent-date')}{row(2, 'workshopevent-dates')}</table>")
    events = detailed_events("index.md", root, 10)
    assert [(e.title, e.start.isoformat(), e.end.isoformat(), e.kind, e.people) for e in events] == [
        ("Talk 1", "08:30:00", "08:40:00", "Spotlight", ("Ann Lee", "Bo Wu"))
    ]


def _with_detailed_talk(text: str, when: str, tooltip: str = "") -> str:
    """The fixture with one more detailed event: Ada Lovelace's invited talk at ``when``, its
    title's tooltip ``tooltip`` (none: no ``title`` attribute)."""
    title = f' title="{tooltip}"' if tooltip else ""
    event = (
        f'    <tr id="wse-detail-9"><td><div class="workshopevent-date">{when}</div></td>\n'
        f"      <td><strong{title}>Engines That Learn</strong> <small>(Talk)</small></td><td><i>Ada Lovelace</i></td>"
        "</tr>\n"
    )
    return text.replace("  </tbody>\n</table>\n<p>", event + "  </tbody>\n</table>\n<p>")


def test_a_detailed_time_a_release_cannot_hold_is_an_error_naming_the_page() -> None:
    """A detailed event ending before it starts, or at a time the venue's clock skips, is refused
    where the page has it: the release (its slot's talk_start/talk_end) was built, and published
    by import-site, though it does not load (validate refuses such a talk time)."""
    backwards = _with_detailed_talk(FIXTURE.read_text(), "Sat 3:00 p.m. - 2:00 p.m.")
    with pytest.raises(
        WorkshopDataError,
        match=r"^inpage\.md, detailed schedule event 9 \(line \d+\): time 'Sat 3:00 p\.m\. - 2:00 p\.m\.' ends at "
        r"2:00 PM, not after its start$",
    ):
        schedule_release(backwards, "inpage.md", "inpage2031", "x", timezone="Europe/Paris")
    # Paris skips 2:00-3:00 on 2031-03-30
    skipped = _with_detailed_talk(
        FIXTURE.read_text().replace("December 6th", "March 30th"), "Sun 2:05 a.m. - 2:20 a.m."
    )
    with pytest.raises(
        WorkshopDataError,
        match=r"^inpage\.md: the detailed schedule's talk by Ada Lovelace at 2:05 AM on 2031-03-30 does not exist "
        r"in Europe/Paris",
    ):
        schedule_release(skipped, "inpage.md", "inpage2031", "x", timezone="Europe/Paris")
    later = schedule_release(
        _with_detailed_talk(FIXTURE.read_text(), "Sat 3:00 p.m. - 3:40 p.m."),
        "inpage.md",
        "inpage2031",
        "x",
        timezone="Europe/Paris",
    )
    invited = later.release.slots[1]
    assert (invited.talk_start, invited.talk_end) == (dt.datetime(2031, 12, 6, 15, 0), dt.datetime(2031, 12, 6, 15, 40))


@pytest.mark.parametrize(
    ("tooltip", "given"),
    [
        ("Prerecorded &amp; Livestreamed | id: 63677", "Prerecorded & Livestreamed"),
        ("  In-person Presentation,\n Prerecorded Backup |id:62280 ", "In-person Presentation, Prerecorded Backup"),
        ("", ""),  # no tooltip
        ("Add/Remove bookmark for this event", ""),  # a tooltip that is not the conference site's label and id
    ],
)
def test_how_a_detailed_event_is_given_is_its_titles_tooltip_before_the_id(tooltip: str, given: str) -> None:
    """NeurIPS 2022's detailed schedule prints how each talk is given only as its title's tooltip
    ('<strong title="In-person Presentation, Prerecorded Backup | id: 62280">'): the invited talk by
    the same speakers is given it (slots.talk_delivery, schema 2.8.0); nothing where none is printed."""
    page = _with_detailed_talk(FIXTURE.read_text(), "Sat 3:00 p.m. - 3:40 p.m.", tooltip)
    release = schedule_release(page, "inpage.md", "inpage2031", "x", timezone="Europe/Paris").release
    assert [s.talk_delivery for s in release.slots if s.talk_delivery] == ([given] if given else [])
    assert release.slots[1].talk_delivery == given


def _with_events(text: str, *events: tuple[str, str, str, str]) -> str:
    """The fixture with more detailed events, each ``(when, title, tooltip, people)``."""
    rows = "".join(
        f'    <tr id="wse-detail-{20 + n}"><td><div class="workshopevent-date">{when}</div></td>\n'
        f'      <td><strong title="{tooltip}">{title}</strong></td><td><i>{people}</i></td></tr>\n'
        for n, (when, title, tooltip, people) in enumerate(events)
    )
    return text.replace("  </tbody>\n</table>\n<p>", rows + "  </tbody>\n</table>\n<p>")


def test_how_a_slot_of_no_talk_is_given_is_its_own_events_tooltip() -> None:
    """NeurIPS 2022's detailed schedule titles its opening remarks "In-person Intro, Opening/Closing
    Remarks (introduction by moderator) | id: 64282" and each 'Poster Session | Coffee Break' "Break |
    id: 65364": the slot of the kind the event's title names whose time the event overlaps is given it
    (slots.delivery, schema 2.10.0). An event of no people whose title names a talk (2022-11-06's
    'Newsha Ardalani - Invited Talk', no names) is no slot's own: it is the talk's, which it cannot be
    matched to; an event overlapping no slot of its kind is nobody's."""
    page = _with_events(
        FIXTURE.read_text(),
        ("Sat 9:00 a.m. - 9:10 a.m.", "Opening Remarks", "In-person Intro, Opening/Closing Remarks | id: 5", ""),
        ("Sat 9:15 a.m. - 9:55 a.m.", "Ada Lovelace - Invited Talk", "In-person Presentation | id: 6", ""),
        ("Sat 4:00 p.m. - 4:30 p.m.", "Poster Session | Coffee Break", "Break | id: 7", ""),
    )
    release = schedule_release(page, "inpage.md", "inpage2031", "x", timezone="Europe/Paris").release
    assert [(s.kind, s.delivery, s.talk_delivery) for s in release.slots] == [
        ("opening", "In-person Intro, Opening/Closing Remarks", ""),
        ("invited", "", ""),
        ("contributed", "", ""),
        ("closing", "", ""),
    ]
    # the same event at a time that overlaps no opening is nobody's
    later = page.replace("Sat 9:00 a.m. - 9:10 a.m.", "Sat 1:00 p.m. - 1:10 p.m.")
    release = schedule_release(later, "inpage.md", "inpage2031", "x", timezone="Europe/Paris").release
    assert not any(s.delivery for s in release.slots)


def test_the_home_page_import_reads_how_each_poster_is_given(site_repo: Path) -> None:
    """`import --home index.md` reads NeurIPS 2022's papers with the readers import-site uses: each
    poster's tooltip is its paper's delivery (schema 2.10.0), the same in its row of the "Accepted
    Papers" table and in the detailed schedule's untimed row of its title, in every version of the
    page that prints either."""
    from workshop_data.siteimport.given import read_given
    from workshop_data.siteimport.papers import parse_index_papers

    text, path = latest(site_repo, "neurips2022")
    target = site_repo / path
    target.write_text(text)
    given = read_given("neurips2022", None, target, table=PACKAGE)
    assert len(given.index_papers) == 19
    counts = {d: sum(p.delivery == d for p in given.index_papers) for d in {p.delivery for p in given.index_papers}}
    assert counts == {
        "Prerecorded, on-demand, not streamed during event": 13,
        "Link Only (appears in the schedule, but no SlidesLive)": 6,
    }
    # both places agree in every version: the table's row alone, and the poster rows alone
    seen = agreed = 0
    for commit, page_path, edition, version in _versions(site_repo):
        if edition != "neurips2022" or "| id: 62267" not in version:
            continue
        seen += 1
        own = {p.title: p.delivery for p in parse_index_papers(version, page_path)}
        without_tooltips = re.sub(r'(<div class="accepted-paper-section.*)', lambda m: re.sub(
            r'<strong title="[^"]*">', "<strong>", m.group(1)), version, flags=re.DOTALL)  # fmt: skip
        from_posters = {p.title: p.delivery for p in parse_index_papers(without_tooltips, page_path)}
        assert set(own.values()) <= {
            "Prerecorded, on-demand, not streamed during event",
            "Link Only (appears in the schedule, but no SlidesLive)",
        }, commit
        assert all(own.values()), commit
        assert all(from_posters[t] in ("", own[t]) for t in own), commit
        agreed += from_posters == own  # the detailed schedule's poster rows, from 2022-11-30 on
    assert (seen, agreed) == (8, 7)


def test_the_conference_sites_type_of_each_event_is_kept_and_a_tooltip_repeating_it_is_no_delivery() -> None:
    """NeurIPS 2022's detailed schedule prints each event's type in parentheses after its title
    (``<small>(Spotlight)</small>``, "(Talk)", "(Break)"), as its papers list prints a poster's
    ("(Poster)", ``papers.presentation``): a talk's is ``talks.presentation``, an invited talk's
    ``slots.talk_presentation`` (by its speakers, as its delivery), a slot of no talk's own event's
    ``slots.presentation`` (schema 2.11.0). A coffee break's tooltip "Break | id: 65364" over its
    "(Break)" repeats the type: no delivery. Its title 'Poster Session | Coffee Break', where the
    table says 'Poster Session #1', is the slot's ``event_title``; the opening's, its label, none."""
    page = FIXTURE.read_text().replace(
        '<tr><td data-value-start="2030-12-06T10:00:00.000+00:00">12:30</td><td>Closing</td></tr>',
        '<tr><td data-value-start="2031-12-06T10:00:00.000+00:00">11:00</td><td>Poster Session #1</td></tr>\n'
        '      <tr><td data-value-start="2031-12-06T11:30:00.000+00:00">12:30</td><td>Closing</td></tr>',
    )
    rows = "".join(
        f'    <tr id="wse-detail-{20 + n}"><td><div class="workshopevent-date">{when}</div></td>\n'
        f'      <td><strong title="{tooltip}">{title}</strong>{f" <small>({kind})</small>" if kind else ""}</td>'
        f"<td><i>{people}</i></td></tr>\n"
        for n, (when, title, tooltip, kind, people) in enumerate(
            (
                ("Sat 9:00 a.m. - 9:10 a.m.", "Opening Remarks", "In-person Intro | id: 5", "", ""),
                (
                    "Sat 9:15 a.m. - 9:55 a.m.",
                    "Ada - Invited Talk",
                    "In-person Presentation | id: 6",
                    "Talk",
                    "Ada Lovelace",
                ),
                ("Sat 11:00 a.m. - 11:30 a.m.", "Poster Session | Coffee Break", "Break | id: 7", "Break", ""),
            )
        )
    )
    page = page.replace("  </tbody>\n</table>\n<p>", rows + "  </tbody>\n</table>\n<p>")
    release = schedule_release(page, "inpage.md", "inpage2031", "x", timezone="Europe/Paris").release
    said = [
        (s.kind, s.talk_presentation, s.presentation, s.event_title, s.talk_delivery, s.delivery) for s in release.slots
    ]
    assert said == [
        ("opening", "", "", "", "", "In-person Intro"),
        ("invited", "Talk", "", "", "In-person Presentation", ""),
        ("contributed", "", "", "", "", ""),
        ("poster", "", "Break", "Poster Session | Coffee Break", "", ""),
        ("closing", "", "", "", "", ""),
    ]
    assert [(t.title, t.presentation) for t in release.talks] == [
        ("Learned Caches", "Spotlight"),
        ("HEAT: Hardware-Efficient Tensors", "Spotlight"),
    ]
    # a tooltip that says something else than the type stays the delivery, whatever the type
    other = page.replace('title="Break | id: 7"', 'title="Zoom Break | id: 7"')
    release = schedule_release(other, "inpage.md", "inpage2031", "x", timezone="Europe/Paris").release
    assert [(s.presentation, s.delivery) for s in release.slots if s.kind == "poster"] == [("Break", "Zoom Break")]
    # the fixture's own page, types and all, gives no slot any: its events are spotlights alone
    plain = schedule_release(FIXTURE.read_text(), "inpage.md", "inpage2031", "x", timezone="Europe/Paris").release
    assert not any(s.talk_presentation or s.presentation or s.event_title for s in plain.slots)

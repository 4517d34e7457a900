"""`workshop-data import` given an edition's home page and accepted papers beside its schedule page.

An organizer who keeps the workshop as data gives a release's speakers, committees and papers as
the Jekyll site's own pages (``--home index.md``, ``--papers accepted_papers.md`` with the
``_data/<edition>/papers.csv`` its loop reads), read by the readers ``import-site`` uses. The
expected rows below are written from the pages in this file, not from running the importer; the
other edition is NeurIPS 2024's shipped release, whose keynote is Jeff Dean (``jeff-dean``).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO

import workshop_data as wd
from workshop_data.changes import compare
from workshop_data.validation import read_release

NEURIPS2024 = REPO / "workshop_data" / "data" / "neurips2024" / "2024-12-15.0142"
FRONT = """---
title: {title}
workshop_name: mlsys2027
site_description: Workshop on ML for Systems at MLSys 2027, May 20, COEX Convention Center, Room 301
site_title: ML For Systems
{more}---
"""
SCHEDULE = (
    FRONT.format(title="Schedule", more="timezone: Asia/Seoul\n")
    + """
<table class="schedule-table"><thead><tr><th>Time</th><th>Section</th></tr></thead><tbody>
<tr><td>9:00 AM</td><td><a href="#dean_bio"><b>Keynote:</b> Jeff Dean</a> (<i>Google</i>)<br>Ten Years On</td></tr>
<tr><td>9:40 AM</td><td><b>Contributed Talk:</b> Learned Cost Models for Tensor Compilers</td></tr>
<tr><td>10:00 AM</td><td>Coffee Break</td></tr>
</tbody></table>
"""
)
HOME = (
    FRONT.format(title="Announcement", more="")
    + """
<h2 id="speakers">Speakers</h2>
<div class="speaker-bio" id="dean_bio">
  <div class="img-holder" style="background-image: url(/assets/images/speakers/jeff_dean.jpg)"></div>
  <div><h3>Jeff Dean</h3><h5>Keynote Speaker</h5><h3>Ten Years On</h3>
  <p>Jeff Dean is Google's Chief Scientist.</p></div>
</div>
<h2>Organizing Committee</h2>
<ul>
  <li><b>Minseok Park</b>, Seoul National University, <a href="https://example.org/minseok">LinkedIn</a></li>
  <li><b>Dana Cho</b>, KAIST</li>
</ul>
<h2>Contact Us</h2>
<p>Contact us at <a href="mailto:organizers@example.org">organizers@example.org</a>.</p>
"""
)
PAPERS = (
    FRONT.format(title="Accepted Papers", more="")
    + """
<div class="accepted_papers_section"><section class="main-content"><h2>Accepted Papers</h2>
{% for paper in site.data.mlsys2027.papers %}
<p><details><summary><b>{{ paper.title }}</b>. {{ paper.authors }}.<br><b>{{ paper.award }}</b></summary>
<p>{{ paper.abstract }} <a href="/assets/papers/mlsys2027/paper{{ paper.id }}.pdf"><b>(paper)</b></a></p>
</details></p>
{% endfor %}
</section></div>
"""
)
CSV = """id,title,authors,award
1,Learned Cost Models for Tensor Compilers,"Hyejin Lee, Sanghoon Kimm, Minseok Park",
2,Adaptive Cache Replacement with Small Transformers,Dana Cho,
"""


def site(tmp_path: Path, csv: str = CSV) -> Path:
    """A Jekyll site's folder of the new edition's pages; its papers' CSV at the site's root."""
    root = tmp_path / "site"
    (root / "mlsys2027").mkdir(parents=True)
    (root / "_data" / "mlsys2027").mkdir(parents=True)
    for name, text in (("schedule.md", SCHEDULE), ("index.md", HOME), ("accepted_papers.md", PAPERS)):
        (root / "mlsys2027" / name).write_text(text, encoding="utf-8")
    (root / "_data" / "mlsys2027" / "papers.csv").write_text(csv, encoding="utf-8")
    return root / "mlsys2027"


def data_dir(tmp_path: Path) -> Path:
    """A data directory holding NeurIPS 2024's last release: another edition's people."""
    data = tmp_path / "data"
    shutil.copytree(NEURIPS2024, data / "neurips2024" / NEURIPS2024.name)
    return data


def run(pages: Path, data: Path, release: str, *given: str) -> subprocess.CompletedProcess[str]:
    args = [str(pages / "schedule.md"), "--edition", "mlsys2027", "--release", release, "--data-dir", str(data)]
    for option, name in zip(("--home", "--papers"), given, strict=False):
        args += [option, str(pages / name)] if name else []
    return subprocess.run(
        [sys.executable, "-m", "workshop_data", "import", *args], capture_output=True, text=True, check=False
    )


def test_a_new_editions_people_and_papers_come_from_its_home_and_papers_pages(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    first = run(pages, data, "2026-01-01")
    assert first.returncode == 0, first.stderr
    with pytest.warns(wd.UnrecordedWarning):  # the schedule page alone: its papers are unknown
        assert wd.load_papers("mlsys2027", data_dir=data).empty
    given = run(pages, data, "2026-01-02", "index.md", "accepted_papers.md")
    assert given.returncode == 0, given.stderr
    release = read_release(data / "mlsys2027" / "2026-01-02")
    roles = [(r.person_id, r.role, r.label, r.talk_title) for r in release.roles]
    assert roles == [
        ("jeff-dean", "keynote", "Keynote Speaker", "Ten Years On"),  # NeurIPS 2024's Jeff Dean: his id
        ("minseok-park", "organizer", "", ""),
        ("dana-cho", "organizer", "", ""),
    ]
    people = {p.person_id: p for p in release.people}
    assert people["jeff-dean"].photo_url == "https://mlforsystems.org/assets/images/speakers/jeff_dean.jpg"
    assert people["jeff-dean"].bio == "Jeff Dean is Google's Chief Scientist."
    assert people["minseok-park"].affiliations == ("Seoul National University",)
    assert people["minseok-park"].links == ("https://example.org/minseok",)
    assert [(p.title, p.pdf_url) for p in release.papers] == [
        ("Learned Cost Models for Tensor Compilers", "https://mlforsystems.org/assets/papers/mlsys2027/paper1.pdf"),
        ("Adaptive Cache Replacement with Small Transformers", "https://mlforsystems.org/assets/papers/mlsys2027/paper2.pdf"),
    ]  # fmt: skip
    authors = wd.load_authors("mlsys2027", data_dir=data)
    assert list(authors.name) == ["Hyejin Lee", "Sanghoon Kimm", "Minseok Park", "Dana Cho"]
    # an author who is also an organizer is one person
    assert authors.person_id.iloc[2] == "minseok-park" and authors.person_id.iloc[3] == "dana-cho"
    assert release.workshop.contact_email == "organizers@example.org"
    # the contributed talk is the paper's (the loaders' paper_id)
    schedule = wd.load_schedule("mlsys2027", data_dir=data)
    assert schedule.paper_id.iloc[1] == release.papers[0].paper_id
    assert list(wd.releases("mlsys2027", data_dir=data).release) == ["2026-01-01", "2026-01-02"]


def test_a_corrected_authors_name_and_an_added_award_are_the_releases_only_changes(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    assert run(pages, data, "2026-01-01", "index.md", "accepted_papers.md").returncode == 0
    csv = CSV.replace("Sanghoon Kimm", "Sanghoon Kim").replace(
        "Small Transformers,Dana Cho,", "Small Transformers,Dana Cho,Best Paper Award"
    )
    (pages.parent / "_data" / "mlsys2027" / "papers.csv").write_text(csv, encoding="utf-8")
    fixed = run(pages, data, "2026-01-02", "index.md", "accepted_papers.md")
    assert fixed.returncode == 0, fixed.stderr
    assert "2 changes from release 2026-01-01" in fixed.stdout
    old, new = read_release(data / "mlsys2027" / "2026-01-01"), read_release(data / "mlsys2027" / "2026-01-02")
    changes = compare(old, new)
    assert [(c.change, c.paper_id, c.field, c.old, c.new) for c in changes] == [
        ("paper_changed", old.papers[0].paper_id, "authors",
         ("Hyejin Lee", "Sanghoon Kimm", "Minseok Park"), ("Hyejin Lee", "Sanghoon Kim", "Minseok Park")),
        ("paper_changed", old.papers[1].paper_id, "award", "", "Best Paper Award"),
    ]  # fmt: skip
    assert [p.paper_id for p in new.papers] == [p.paper_id for p in old.papers]
    assert new.papers[1].award == "Best Paper Award"


def test_a_page_not_given_keeps_what_the_newest_release_holds(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    assert run(pages, data, "2026-01-01", "index.md", "accepted_papers.md").returncode == 0
    home_only = run(pages, data, "2026-01-02", "index.md")
    assert home_only.returncode == 0, home_only.stderr
    assert "no change from release 2026-01-01" in home_only.stdout
    before, after = (read_release(data / "mlsys2027" / name) for name in ("2026-01-01", "2026-01-02"))
    assert (after.papers, after.authors, after.roles) == (before.papers, before.authors, before.roles)
    # a bio the home page no longer prints is gone: the home page given says the people's details
    (pages / "index.md").write_text(HOME.replace("<p>Jeff Dean is Google's Chief Scientist.</p>", ""), "utf-8")
    dropped = run(pages, data, "2026-01-03", "index.md")
    assert dropped.returncode == 0, dropped.stderr
    dean = next(p for p in read_release(data / "mlsys2027" / "2026-01-03").people if p.person_id == "jeff-dean")
    assert dean.bio == ""


def test_a_paper_keeps_its_id_through_a_corrected_title(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    assert run(pages, data, "2026-01-01", "index.md", "accepted_papers.md").returncode == 0
    csv = CSV.replace(
        "Learned Cost Models for Tensor Compilers", '"Learned Cost Models for Tensor Compilers, Revisited"'
    )
    (pages.parent / "_data" / "mlsys2027" / "papers.csv").write_text(csv, encoding="utf-8")
    assert run(pages, data, "2026-01-02", "index.md", "accepted_papers.md").returncode == 0
    old, new = read_release(data / "mlsys2027" / "2026-01-01"), read_release(data / "mlsys2027" / "2026-01-02")
    assert new.papers[0].title.endswith("Revisited") and new.papers[0].paper_id == old.papers[0].paper_id


def test_a_papers_csv_jekyll_cannot_read_is_refused_naming_the_file_and_row_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    pages, data = site(tmp_path, CSV + '3,"Eng"ines,Ada Byron,\n'), data_dir(tmp_path)
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    assert proc.returncode == 2
    csv = (pages.parent / "_data" / "mlsys2027" / "papers.csv").resolve()
    assert proc.stderr.startswith(f"workshop-data: error: {csv}: row 3: ")
    assert proc.stderr.count("\n") == 1
    assert not (data / "mlsys2027").exists()


def test_a_papers_csv_row_given_twice_is_refused_naming_the_file_row_and_field(tmp_path: Path) -> None:
    # Jekyll's loop prints a row given twice twice; it was imported as two papers of one title
    # ('learned-cost-models-for-tensor-compilers' and '…-2'), a paper the workshop never accepted
    again = CSV.splitlines(keepends=True)[1]
    pages, data = site(tmp_path, CSV + again), data_dir(tmp_path)
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    csv = (pages.parent / "_data" / "mlsys2027" / "papers.csv").resolve()
    assert (proc.returncode, proc.stderr) == (
        2,
        f"workshop-data: error: {csv}: row 3, field 'title': 'Learned Cost Models for Tensor Compilers' is row 1's"
        " paper given again (the site prints it twice): a paper is accepted once; remove one of the rows\n",
    )
    assert not (data / "mlsys2027").exists()


def test_an_author_whose_name_mixes_scripts_is_refused_naming_the_page_paper_and_field(tmp_path: Path) -> None:
    pages, data = site(tmp_path, CSV.replace("Dana Cho", "Dana Сho")), data_dir(tmp_path)  # a Cyrillic С
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    assert proc.returncode == 2
    assert "accepted_papers.md" in proc.stderr and "field 'name'" in proc.stderr and "mixes scripts" in proc.stderr
    assert not (data / "mlsys2027").exists()


def test_a_person_written_in_letters_that_look_exactly_like_another_editions_person_is_refused(tmp_path: Path) -> None:
    # 'Јіауі Уао', every letter Cyrillic (one script a word), looks exactly like NeurIPS 2024's
    # Jiayi Yao (UTS #39's whole-script confusables): it was a second person of the same look
    spoof = "\u0408\u0456\u0430\u0443\u0456 \u0423\u0430\u043e"
    said = (
        f"field 'name': '{spoof}' (Cyrillic letters) looks exactly like 'Jiayi Yao' (jiayi-yao, Latin letters): it"
        " would be another person of the same look"
    )
    pages, data = site(tmp_path, CSV.replace("Dana Cho", spoof)), data_dir(tmp_path)
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    assert proc.returncode == 2
    assert proc.stderr.startswith("workshop-data: error: ") and proc.stderr.count("\n") == 1
    assert "accepted_papers.md" in proc.stderr and said in proc.stderr
    (pages / "index.md").write_text(HOME.replace("Dana Cho", spoof), "utf-8")  # an organizer of the home page
    proc = run(pages, data, "2026-01-01", "index.md")
    assert (proc.returncode, proc.stderr.split(", field")[0]) == (2, f"workshop-data: error: {pages / 'index.md'}")
    assert said in proc.stderr
    assert not (data / "mlsys2027").exists()


def test_last_years_home_page_not_yet_edited_is_refused(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    (pages / "index.md").write_text(HOME.replace("workshop_name: mlsys2027", "workshop_name: mlsys2026"), "utf-8")
    proc = run(pages, data, "2026-01-01", "index.md")
    assert proc.returncode == 2
    assert proc.stderr == (
        f"workshop-data: error: {pages / 'index.md'}: the page is edition 'mlsys2026' (its front matter's "
        "workshop_name or site_description), not 'mlsys2027': a home page of another edition; make its front "
        "matter name 'mlsys2027'\n"
    )
    assert not (data / "mlsys2027").exists()


def test_a_papers_page_whose_csv_is_missing_is_refused(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    (pages.parent / "_data" / "mlsys2027" / "papers.csv").unlink()
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    assert proc.returncode == 2
    assert "the papers come from _data/mlsys2027/papers.csv, which is missing or empty" in proc.stderr
    assert not (data / "mlsys2027").exists()


def test_an_exported_schedule_page_is_checked_for_its_own_edits_not_the_papers_pages(tmp_path: Path) -> None:
    """A schedule page exported from an older release (its ``release:`` line) is refused when its
    edits undo a change published since; the papers page given with it is not that page's edit:
    correcting a paper the release since changed too is the papers page's to say."""
    pages, data = site(tmp_path), data_dir(tmp_path)
    assert run(pages, data, "2026-01-01", "index.md", "accepted_papers.md").returncode == 0
    exported = subprocess.run(
        [sys.executable, "-m", "workshop_data", "export", "--format", "jekyll", "--edition", "mlsys2027",
         "--data-dir", str(data), "-o", str(pages / "schedule.md")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "release: '2026-01-01'" in (pages / "schedule.md").read_text(encoding="utf-8")
    csv_file = pages.parent / "_data" / "mlsys2027" / "papers.csv"
    csv_file.write_text(CSV.replace("Sanghoon Kimm", "Sanghoon Kim"), encoding="utf-8")
    assert run(pages, data, "2026-01-02", "index.md", "accepted_papers.md").returncode == 0
    award = CSV.replace("Sanghoon Kimm", "Sanghoon Kim").replace('Minseok Park",', 'Minseok Park",Best Paper Award')
    csv_file.write_text(award, encoding="utf-8")
    proc = run(pages, data, "2026-01-03", "index.md", "accepted_papers.md")
    assert proc.returncode == 0, proc.stderr
    paper = read_release(data / "mlsys2027" / "2026-01-03").papers[0]
    assert paper.award == "Best Paper Award"
    # the page's own edit of what changed since is still refused: the keynote moved in 2026-01-04
    moved = SCHEDULE.replace("9:00 AM", "9:05 AM").replace("9:40 AM", "9:45 AM")
    (pages / "schedule_moved.md").write_text(moved, encoding="utf-8")
    args = ["import", str(pages / "schedule_moved.md"), "--edition", "mlsys2027", "--release", "2026-01-04"]
    done = subprocess.run([sys.executable, "-m", "workshop_data", *args, "--data-dir", str(data)], check=False)
    assert done.returncode == 0
    undo = run(pages, data, "2026-01-05", "index.md", "accepted_papers.md")
    assert undo.returncode == 2
    assert "exported from release '2026-01-01'" in undo.stderr and "moved" in undo.stderr


def test_last_years_papers_left_in_are_published_with_a_warning_naming_the_edition(tmp_path: Path) -> None:
    """NeurIPS 2024's papers CSV copied for a new edition and not replaced: each title is one of
    NeurIPS 2024's 26 (its shipped release); the import says so, naming the papers page and its
    CSV, and publishes what it was given."""
    titles = [p.title for p in read_release(NEURIPS2024).papers]
    rows = "".join(f'{i},"{t.replace(chr(34), chr(34) * 2)}",Ada Byron,\n' for i, t in enumerate(titles, 1))
    pages, data = site(tmp_path, "id,title,authors,award\n" + rows), data_dir(tmp_path)
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    assert proc.returncode == 0, proc.stderr
    given = f"{pages / 'accepted_papers.md'} (with {pages.parent / '_data' / 'mlsys2027' / 'papers.csv'})"
    # the warning names the files the papers were read from, not the schedule page
    assert f"warning: {given}: 26 of the 26 papers new to mlsys2027 are neurips2024's accepted papers" in proc.stderr
    assert len(read_release(data / "mlsys2027" / "2026-01-01").papers) == 26


def announce(data: Path, release: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``workshop-data import`` with no schedule page: ``args`` are the pages given (``--home``…)."""
    return subprocess.run(
        [sys.executable, "-m", "workshop_data", "import", *args, "--edition", "mlsys2027", "--release", release,
         "--data-dir", str(data)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_an_edition_is_announced_before_its_schedule_and_the_schedule_keeps_its_people_and_papers(
    tmp_path: Path,
) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    home, papers = str(pages / "index.md"), str(pages / "accepted_papers.md")
    first = announce(data, "2026-01-01", "--home", home, "--timezone", "Asia/Seoul")
    assert first.returncode == 0, first.stderr
    assert "release 2026-01-01 of mlsys2027: schedule not listed, 3 people" in first.stdout
    announced = read_release(data / "mlsys2027" / "2026-01-01")
    assert announced.slots == () and announced.papers == ()
    # the workshop's facts are the home page's front matter's: day, venue, zone given, contact
    workshop = announced.workshop
    assert (workshop.date, workshop.venue, workshop.timezone, workshop.conference) == (
        dt.date(2027, 5, 20),
        "COEX Convention Center, Room 301",
        "Asia/Seoul",
        "MLSys 2027",
    )
    assert workshop.contact_email == "organizers@example.org"
    assert [(r.person_id, r.role) for r in announced.roles] == [
        ("jeff-dean", "keynote"), ("minseok-park", "organizer"), ("dana-cho", "organizer")
    ]  # fmt: skip
    # the papers next, the home page not given: kept
    second = announce(data, "2026-01-02", "--papers", papers)
    assert second.returncode == 0, second.stderr
    with_papers = read_release(data / "mlsys2027" / "2026-01-02")
    assert with_papers.roles == announced.roles and with_papers.slots == ()
    assert [a.name for a in with_papers.authors] == ["Hyejin Lee", "Sanghoon Kimm", "Minseok Park", "Dana Cho"]
    releases = wd.releases("mlsys2027", data_dir=data)
    assert releases.slots.isna().all() and releases.papers.isna().tolist() == [True, False]
    assert releases.papers.iloc[1] == 2
    assert "schedule not listed" in subprocess.run(
        [sys.executable, "-m", "workshop_data", "editions", "--data-dir", str(data)],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()[-1]  # fmt: skip
    # then the schedule page alone: it keeps the people, roles and papers, their ids
    scheduled = run(pages, data, "2026-01-03")
    assert scheduled.returncode == 0, scheduled.stderr
    last = read_release(data / "mlsys2027" / "2026-01-03")
    assert (last.roles, last.papers, last.authors) == (with_papers.roles, with_papers.papers, with_papers.authors)
    assert [s.kind for s in last.slots] == ["keynote", "contributed", "break"]
    changes = compare(with_papers, last)
    assert {c.change for c in changes} >= {"added"} and not [c for c in changes if "removed" in c.change]
    assert list(wd.releases("mlsys2027", data_dir=data).slots)[-1] == 3


def test_a_home_page_that_gives_no_day_leaves_the_day_unknown(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    undated = HOME.replace("MLSys 2027, May 20, COEX", "MLSys 2027, COEX")
    (pages / "index.md").write_text(undated, encoding="utf-8")
    proc = announce(data, "2026-01-01", "--home", str(pages / "index.md"), "--timezone", "Asia/Seoul")
    assert proc.returncode == 0, proc.stderr
    assert read_release(data / "mlsys2027" / "2026-01-01").workshop.date is None
    assert pd.isna(wd.load_workshop("mlsys2027", data_dir=data)["date"])
    # the next home page names no zone and --timezone is not given: the edition's zone is kept
    again = announce(data, "2026-01-02", "--home", str(pages / "index.md"))
    assert again.returncode == 0, again.stderr
    assert read_release(data / "mlsys2027" / "2026-01-02").workshop.timezone == "Asia/Seoul"


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ((), "edition 'mlsys2027': no page given: give the schedule page, or the home page (--home)"),
        (("--papers", "accepted_papers.md"), "edition 'mlsys2027': its first release needs its home page (--home)"),
        (("--home", "index.md"), "index.md: the page does not say the venue's time zone; pass --timezone"),
    ],
)
def test_a_release_without_a_schedule_page_is_refused_where_no_page_gives_the_workshops_facts(
    tmp_path: Path, given: tuple[str, ...], said: str
) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    args = [str(pages / a) if a.endswith(".md") else a for a in given]
    proc = announce(data, "2026-01-01", *args)
    assert proc.returncode == 2
    assert said in proc.stderr and proc.stderr.count("\n") == 1
    assert not (data / "mlsys2027").exists()


def test_a_release_without_a_schedule_page_is_refused_once_the_edition_has_a_schedule(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    assert run(pages, data, "2026-01-01", "index.md", "accepted_papers.md").returncode == 0
    proc = announce(data, "2026-01-02", "--home", str(pages / "index.md"))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert f"{data / 'mlsys2027' / '2026-01-01'}: the edition's newest release has a schedule (3 slots)" in proc.stderr
    assert sorted(p.name for p in (data / "mlsys2027").iterdir()) == ["2026-01-01"]


def test_a_release_without_a_schedule_page_is_never_behind_the_editions_newest(tmp_path: Path) -> None:
    pages, data = site(tmp_path), data_dir(tmp_path)
    home = ("--home", str(pages / "index.md"), "--timezone", "Asia/Seoul")
    assert announce(data, "2026-01-02", *home).returncode == 0
    behind = announce(data, "2026-01-01", *home)
    assert behind.returncode == 2 and behind.stderr.count("\n") == 1
    assert "not after the edition's newest release '2026-01-02'" in behind.stderr
    assert sorted(p.name for p in (data / "mlsys2027").iterdir()) == ["2026-01-02"]


#: Liquid an organizer's page may hold, in each page: the site shows what Jekyll makes of it
#: ("Announcement", nothing), not these words. (page, text replaced, the same with Liquid).
LIQUID_IN_PAGES = [
    ("schedule.md", "<b>Keynote:</b>", "<b>{% if true %}Keynote{% endif %}:</b>"),
    ("index.md", "<h3>Ten Years On</h3>", "<h3>{{ page.title | append: ':' }} Ten Years On</h3>"),
    ("index.md", "Chief Scientist.", "Chief Scientist. {% comment %}not for the site{% endcomment %}"),
    ("accepted_papers.md", "<h2>Accepted Papers</h2>", "<h2>Accepted {{ site.title }} Papers</h2>"),
]


@pytest.mark.parametrize(("page", "text", "liquid"), LIQUID_IN_PAGES)
def test_liquid_in_a_page_is_refused_naming_the_page_and_line_and_nothing_is_written(
    tmp_path: Path, page: str, text: str, liquid: str
) -> None:
    """Jekyll runs Liquid over a page's content before it is shown, and no reader here renders it:
    read as written, a title '{{ page.title | append: ':' }} Ten Years On' was published where the
    site shows 'Announcement: Ten Years On', and a '{% comment %}' the site hides was a bio's words
    (the home and schedule pages were read as written; the papers page alone refused Liquid).
    python-liquid, a Liquid engine as Jekyll's, is the oracle that the page shows other text."""
    import liquid as liquid_engine

    pages, data = site(tmp_path), data_dir(tmp_path)
    original = (pages / page).read_text(encoding="utf-8")
    assert text in original
    hostile = original.replace(text, liquid)
    rendered = liquid_engine.parse(liquid).render(site={"title": "ML For Systems"}, page={"title": "Announcement"})
    assert rendered != liquid  # the site shows something else
    (pages / page).write_text(hostile, encoding="utf-8")
    line = hostile[: hostile.index(liquid)].count("\n") + 1
    proc = run(pages, data, "2026-01-01", "index.md", "accepted_papers.md")
    assert proc.returncode == 2
    [error] = proc.stderr.splitlines()
    start = liquid[liquid.index("{") :][:20]
    assert error.startswith(f"workshop-data: error: {pages / page}: line {line}: Liquid (")
    assert start in error
    assert error.endswith("is not read: Jekyll runs it, and the site shows what it makes, not these words "
                          "(write a { as &#123; to show it)")  # fmt: skip
    assert not (data / "mlsys2027").exists()
    # written as the Jekyll export writes it, the same character is read as the site shows it
    (pages / page).write_text(hostile.replace("{", "&#123;"), encoding="utf-8")
    assert run(pages, data, "2026-01-01", "index.md", "accepted_papers.md").returncode == 0


def test_liquid_in_a_papers_csvs_cell_is_the_papers_text(tmp_path: Path) -> None:
    """Jekyll prints a data file's value as it is, Liquid in it not run (Liquid's output is not
    read again): a title holding '{{ x }}' is that title on the site, and in the data."""
    title = "Learned {{ site.title }} Cost Models {% raw %}for Tensor Compilers"
    pages, data = site(tmp_path, CSV.replace("Learned Cost Models for Tensor Compilers", title)), data_dir(tmp_path)
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    assert proc.returncode == 0, proc.stderr
    assert read_release(data / "mlsys2027" / "2026-01-01").papers[0].title == title


@pytest.mark.parametrize("linked", ["file", "folder"])
def test_a_papers_csv_that_is_a_symbolic_link_is_refused_and_nothing_is_written(tmp_path: Path, linked: str) -> None:
    # The papers page names its data file by its Liquid loop, and `import --papers` read it through
    # a symbolic link: a contributor's `_data/mlsys2027/papers.csv -> ~/attendees.csv` (a file of
    # the organizer's machine the contributor guessed) was published as the edition's papers, and
    # the site built from it. GitHub Pages builds in Jekyll's safe mode, which reads no symbolic
    # link among the data files: the site never showed it. Refused, naming the link, exit 2.
    pages, data = site(tmp_path), data_dir(tmp_path)
    elsewhere = tmp_path / "home" / "organizer"
    elsewhere.mkdir(parents=True)
    private = "id,title,authors,abstract\n1,Ada Byron's phone 555-0100,Ada Byron,\n"
    (elsewhere / "papers.csv").write_text(private, encoding="utf-8")
    own = pages.parent / "_data" / "mlsys2027"
    if linked == "file":
        (own / "papers.csv").unlink()
        (own / "papers.csv").symlink_to(elsewhere / "papers.csv")
        link = own / "papers.csv"
    else:
        shutil.rmtree(own)
        own.symlink_to(elsewhere, target_is_directory=True)
        link = own
    proc = run(pages, data, "2026-01-01", "", "accepted_papers.md")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"workshop-data: error: {link}: a symbolic link") and proc.stderr.count("\n") == 1
    assert "555-0100" not in proc.stderr
    assert not (data / "mlsys2027").exists()

"""`workshop-data import` as a user runs it: a new release written atomically, ids carried over
from the previous release, and bad pages refused with a clear error and nothing written."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED, SHIPPED, require

from workshop_data.datapackage import release_files, write_release
from workshop_data.errors import WorkshopDataError
from workshop_data.importer import import_page
from workshop_data.schema import SCHEMA_VERSIONS
from workshop_data.validation import MAX_CELL_CHARS, read_release

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
HEAD = """---
title: Schedule
workshop_name: testconf2031
site_description: Workshop on Testing Schedules at TestConf 2031, March 3rd, Lisbon
---
"""
TABLE = '<table class="schedule-table"><thead><tr><th>Time</th><th>Section</th></tr></thead><tbody>{}</tbody></table>'


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_data", "import", *map(str, args)], capture_output=True, text=True, env=env
    )


def page(tmp_path: Path, body: str | bytes, name: str = "page.md") -> Path:
    path = tmp_path / name
    if isinstance(body, bytes):
        path.write_bytes(body)
    else:
        path.write_text(body, encoding="utf-8")
    return path


def test_cli_imports_a_page_into_a_new_release_that_validates(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = run(FIXTURES / "shapes.md", "--edition", "shapeconf2030", "--release", "2025-11-01",
               "--timezone", "Europe/Paris", "--data-dir", data)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    folder = data / "shapeconf2030" / "2025-11-01"
    assert f"{folder}: release 2025-11-01 of shapeconf2030: 17 slots, 3 talks, 9 people" in proc.stdout
    assert "2 rows kept as kind 'other'" in proc.stdout  # one not understood, one of unsaid kind
    assert "warning:" in proc.stderr and "row 14: not understood" in proc.stderr
    release = read_release(folder)
    assert release.published.isoformat() == "2025-11-01T00:00:00+00:00"
    assert release.workshop.timezone == "Europe/Paris"
    assert [p.name for p in folder.parent.iterdir()] == ["2025-11-01"]  # no temporary folder left


def test_a_page_without_a_zone_is_told_the_editions_zone(tmp_path: Path) -> None:
    """huser13: a page naming no zone, imported with no --timezone into an edition of Europe/Paris,
    was told "pass --timezone with an IANA name (e.g. America/Vancouver)", a zone this import then
    refuses (not the edition's); the error names the zone the edition's newest release is in."""
    data = tmp_path / "data"
    first = run(FIXTURES / "shapes.md", "--edition", "shapeconf2030", "--release", "2025-11-01",
                "--timezone", "Europe/Paris", "--data-dir", data)  # fmt: skip
    assert first.returncode == 0, first.stderr
    again = run(FIXTURES / "shapes.md", "--edition", "shapeconf2030", "--release", "2025-11-02", "--data-dir", data)
    assert again.returncode == 2
    assert again.stderr == (
        f"workshop-data: error: {FIXTURES / 'shapes.md'}: the page does not say the venue's time zone; pass "
        "--timezone Europe/Paris (the zone of 'shapeconf2030''s newest release '2025-11-01'), or write "
        "'timezone: Europe/Paris' in its front matter\n"
    )
    assert sorted(p.name for p in (data / "shapeconf2030").iterdir()) == ["2025-11-01"]
    # a new edition has no zone to name: the page's own error, with an example
    other = run(FIXTURES / "shapes.md", "--edition", "shapeconf2030", "--release", "2025-11-01", "--data-dir",
                tmp_path / "empty")  # fmt: skip
    assert "the page does not say the venue's time zone; pass --timezone with an IANA name" in other.stderr


@pytest.mark.parametrize("case", ["a dash lost", "none", "empty"])
def test_a_page_without_front_matter_is_told_so(tmp_path: Path, case: str) -> None:
    """huser13: a page whose first line lost a '-' (or with no front matter, or an empty one) was
    told "the page does not name the workshop series (…); add 'series:' to the front matter", of a
    front matter it does not have; no front matter is said as such."""
    text = (FIXTURES / "shapes.md").read_text(encoding="utf-8")
    body = text[text.index("\n---\n") + 5 :]
    bad = page(tmp_path, {"a dash lost": "--\n" + text[4:], "none": body, "empty": "---\n---\n" + body}[case])
    assert _shapes_refused(bad, tmp_path) == (
        f"workshop-data: error: {bad}: no front matter: a schedule page starts with a line '---', its YAML "
        "(workshop_name, site_description, timezone…) and another '---'\n"
    )


def test_an_error_quoting_a_huge_title_is_one_bounded_line(tmp_path: Path) -> None:
    # A papers page whose paper, titled in 90,000 characters, names no authors: the error quoted
    # the title whole, a line of 90 KB. Bounded as the import's problem lines are
    # (errors.bounded): it still names the file and the line, and ends with what is wrong.
    from workshop_data.errors import PROBLEM_MOST

    title = "Learned Indexes " * 5625
    papers = page(
        tmp_path,
        f"---\ntitle: Papers\n---\n<div class='accepted_papers_section'>\n<p><b>{title}</b></p>\n</div>\n",
        "papers.md",
    )
    proc = run(FIXTURES / "shapes.md", "--papers", papers, "--edition", "shapeconf2030", "--release", "2025-11-01",
               "--timezone", "Europe/Paris", "--data-dir", tmp_path / "data")  # fmt: skip
    assert proc.returncode == 2 and not (tmp_path / "data").exists()
    (line,) = proc.stderr.splitlines()
    assert len(line) == PROBLEM_MOST and line.startswith(f"workshop-data: error: {papers}: line 5: the paper 'Learned")
    assert line.endswith("Learned Indexes' has no authors")


def _shapes_refused(path: Path, tmp_path: Path) -> str:
    """What ``import`` of ``path`` as shapes.md's edition and release says, where it is refused
    (exit 2) and nothing is written into ``tmp_path / "data"``."""
    proc = run(path, "--edition", "shapeconf2030", "--release", "2025-11-01", "--timezone", "Europe/Paris",
               "--data-dir", tmp_path / "data")  # fmt: skip
    assert proc.returncode == 2
    assert not (tmp_path / "data").exists()
    return proc.stderr


@pytest.mark.parametrize("said", ["false", "no"])
def test_a_page_whose_front_matter_says_it_is_not_published_is_refused_naming_the_field(
    tmp_path: Path, said: str
) -> None:
    """hattack22: a page whose front matter says `published: false` (a Jekyll draft, which the
    site never shows) was imported as the edition's schedule, where import-site reports and skips
    it: an organizer imports what the site publishes. Refused by the rule import-site reads by."""
    text = (FIXTURES / "shapes.md").read_text(encoding="utf-8")
    draft = page(tmp_path, text.replace("---\n", f"---\npublished: {said}\n", 1))
    assert _shapes_refused(draft, tmp_path) == (
        f"workshop-data: error: {draft}: its front matter's 'published' is false ({said}): Jekyll renders no such "
        "page (the site does not show it); not imported: import what the site publishes\n"
    )
    shown = page(tmp_path, text.replace("---\n", "---\npublished: true\n", 1), "shown.md")
    assert run(shown, "--edition", "shapeconf2030", "--release", "2025-11-01", "--timezone", "Europe/Paris",
               "--data-dir", tmp_path / "data").returncode == 0  # fmt: skip


def test_the_import_says_what_the_release_changed_from_the_newest(tmp_path: Path) -> None:
    """huser13: an organizer importing the page again unchanged published a release the changelog
    lists with no change, and the import's line said only its counts, as for any other. The line
    says how many changes the release makes (diff lists them), or that it makes none."""
    data, edited = tmp_path / "data", tmp_path / "edited.md"
    shape = ("--edition", "shapeconf2030", "--timezone", "Europe/Paris", "--data-dir", data)
    first = run(FIXTURES / "shapes.md", "--release", "2025-11-01", *shape)
    assert first.returncode == 0, first.stderr
    assert first.stdout.endswith("9 people; 2 rows kept as kind 'other'\n")  # a first release: nothing to say
    again = run(FIXTURES / "shapes.md", "--release", "2025-11-02", *shape)
    assert again.stdout.endswith(
        "2 rows kept as kind 'other'; no change from release 2025-11-01: the page says what that release says\n"
    )
    text = (FIXTURES / "shapes.md").read_text(encoding="utf-8")
    edited.write_text(text.replace("<td>9:15 AM</td>", "<td>9:20 AM</td>", 1), encoding="utf-8")
    moved = run(edited, "--release", "2025-11-03", *shape)
    assert moved.returncode == 0, moved.stderr
    # counted in words ("1 change", "3 changes"), not "change(s)"
    said = re.search(r"; (\d+) changes? from release 2025-11-02 \(workshop-data diff lists them\)\n$", moved.stdout)
    assert said is not None, moved.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "workshop_data", "diff", "--edition", "shapeconf2030", "--data-dir", str(data),
         "--format", "json", "2025-11-02", "2025-11-03"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    changes = json.loads(listed.stdout)["changes"]
    # the slot at 9:15 moved, and what that changes around it
    assert int(said[1]) == len(changes) and "moved" in {c["change"] for c in changes}
    assert said[0].startswith(f"; {len(changes)} change{'s' * (len(changes) != 1)} from")


def test_cli_refuses_to_overwrite_a_release(release_copy: Path, shared: Path) -> None:
    before = {p.name: p.read_bytes() for p in release_copy.iterdir()}
    proc = run(shared / "seeds" / "000_d9f5c59d0a0e9214.txt", "--edition", "neurips2024", "--release", "2024-11-20",
               "--timezone", "America/Vancouver", "--data-dir", release_copy.parents[1])  # fmt: skip
    assert proc.returncode == 2
    assert "exists already" in proc.stderr and "immutable" in proc.stderr
    assert {p.name: p.read_bytes() for p in release_copy.iterdir()} == before


def test_the_seed_imports_to_the_shipped_release_in_its_schema_and_keeps_line_breaks_in_2_1(
    tmp_path: Path, shared: Path
) -> None:
    """``make data``'s command: in schema 1.0.0 the seed page is the shipped release byte for
    byte (a line break inside a title is a space there); left to choose, the import writes 2.1.0,
    which holds the page's two line breaks."""
    seed = shared / "seeds" / "000_d9f5c59d0a0e9214.txt"
    common = ("--edition", "neurips2024", "--release", "2024-11-20", "--timezone", "America/Vancouver")
    proc = run(seed, *common, "--schema-version", "1.0.0", "--data-dir", tmp_path / "pinned")
    assert proc.returncode == 0, proc.stderr
    folder = tmp_path / "pinned" / "neurips2024" / "2024-11-20"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {p.name: p.read_bytes() for p in SHIPPED.iterdir()}
    proc = run(seed, *common, "--data-dir", tmp_path / "newest")
    assert proc.returncode == 0, proc.stderr
    release = read_release(tmp_path / "newest" / "neurips2024" / "2024-11-20")
    assert release.schema_version == "2.1.0"
    assert [t.title_myst.count("\\\n") for t in release.talks] == [1, 0, 0, 1]
    proc = run(seed, *common, "--schema-version", "0.9", "--data-dir", tmp_path / "bad")
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    versions = ", ".join(SCHEMA_VERSIONS)
    assert f"schema version '0.9': not one this package writes ({versions})" in proc.stderr
    assert not (tmp_path / "bad" / "neurips2024" / "2024-11-20").exists()


def test_a_release_published_before_the_editions_newest_is_refused(tmp_path: Path) -> None:
    # `import page --release 2024-11-01` (a typo for 2024-12-01) after 2024-12-03 was published
    # behind it with exit 0: 'latest' stayed 2024-12-03, so the site and every command went on
    # showing the older page, and 2024-12-03's changes were now said against the new release.
    data = tmp_path / "data"
    path = page(tmp_path, HEAD + TABLE.format(ROW))
    proc = run(path, "--edition", "testconf2031", "--release", "2021-03-01", "--timezone", "UTC", "--data-dir", data)
    assert proc.returncode == 0, proc.stderr
    for release, published in (
        ("2021-02-01", ()),
        ("2021-02-28.2359", ()),
        ("r2", ("--published", "2021-02-28T23:59:59Z")),
    ):
        proc = run(path, "--edition", "testconf2031", "--release", release, *published, "--timezone", "UTC",
                   "--data-dir", data)  # fmt: skip
        assert proc.returncode == 2
        assert proc.stderr.startswith(f"workshop-data: error: {data / 'testconf2031' / release}: release {release!r} ")
        assert "not after the edition's newest release '2021-03-01'" in proc.stderr and proc.stderr.count("\n") == 1
    assert sorted(p.name for p in (data / "testconf2031").iterdir()) == ["2021-03-01"]  # nothing else written
    for release in ("2021-03-01.0001", "r3"):  # after it: by its name's time, or now
        proc = run(path, "--edition", "testconf2031", "--release", release, "--timezone", "UTC", "--data-dir", data)
        assert proc.returncode == 0, proc.stderr
    assert (
        read_release(data / "testconf2031" / "r3").published
        > read_release(data / "testconf2031" / "2021-03-01.0001").published
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--release", "2030-01-01"), "--release '2030-01-01': its name states 2030-01-01 00:00 UTC, which is in"),
        (("--release", "r1", "--published", "2099-12-31T23:59:59Z"), "--published 2099-12-31T23:59:59Z is in"),
    ],
)
def test_a_release_dated_in_the_future_is_refused(tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    # `import PAGE --release 2030-01-01` was published at 2030-01-01 00:00 UTC: the edition's newest
    # for years, and every later import refused as "behind the edition's newest" until someone
    # removed its folder by hand. A publication time past the clock (by more than its skew) is
    # refused, naming the option and its value; nothing is written.
    data = tmp_path / "data"
    path = page(tmp_path, HEAD + TABLE.format(ROW))
    proc = run(path, "--edition", "testconf2031", *args, "--timezone", "UTC", "--data-dir", data)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"workshop-data: error: {said} the future (this machine's clock says 20")
    assert "5 minutes ahead are allowed for clocks that disagree" in proc.stderr and proc.stderr.count("\n") == 1
    assert proc.stdout == "" and not data.exists()


def test_a_release_may_be_dated_ahead_of_the_clock_by_its_skew_and_no_more(tmp_path: Path) -> None:
    # The clock is import_page's `now` (the system's when not given): five minutes ahead are taken as
    # a clock that disagrees with the one that named the release; a second more is the future.
    import datetime as dt

    now = dt.datetime(2025, 3, 1, 12, 0, 30, tzinfo=dt.UTC)
    path = page(tmp_path, HEAD + TABLE.format(ROW))
    data = tmp_path / "data"

    def imported(release: str, published: dt.datetime | None = None) -> Path:
        return import_page(path, "testconf2031", release, data, timezone="UTC", published=published, now=now)[0]

    # a name that states no time is published at the clock's time
    assert read_release(imported("r0")).published == now
    assert read_release(imported("2025-03-01.1205")).published == dt.datetime(2025, 3, 1, 12, 5, tzinfo=dt.UTC)
    with pytest.raises(WorkshopDataError, match=r"^--release '2025-03-01\.1206': its name states 2025-03-01 12:06 UTC"):
        imported("2025-03-01.1206")
    ahead = now + dt.timedelta(minutes=5)
    assert read_release(imported("r2", published=ahead)).published == ahead
    with pytest.raises(WorkshopDataError, match=r"^--published 2025-03-01T12:05:31Z is in the future \(this machine's"):
        imported("r3", published=ahead + dt.timedelta(seconds=1))
    assert sorted(p.name for p in (data / "testconf2031").iterdir()) == ["2025-03-01.1205", "r0", "r2"]


def test_a_release_dated_in_the_future_by_another_program_loads_and_is_named_by_the_import_it_blocks(
    tmp_path: Path,
) -> None:
    # The readers load what another program (an older version of this one, a script calling
    # write_release) published with a time ahead of the clock: the data says when it was
    # published, and the store does not judge it against the reader's clock. It is the edition's
    # newest; an import behind it is refused, and the refusal says that its newest is in the future.
    import dataclasses
    import datetime as dt

    import workshop_data as wd

    data = tmp_path / "data"
    shipped = read_release(SHIPPED)
    ahead = dataclasses.replace(shipped, name="2099-01-01", published=dt.datetime(2099, 1, 1, tzinfo=dt.UTC))
    write_release(shipped, data)
    write_release(ahead, data)
    assert list(wd.releases("neurips2024", data_dir=data)["release"]) == ["2024-11-20", "2099-01-01"]
    assert wd.load_release("neurips2024", data_dir=data) == read_release(data / "neurips2024" / "2099-01-01")
    assert wd.load_release("neurips2024", data_dir=data).name == "2099-01-01"  # 'latest'
    proc = subprocess.run([sys.executable, "-m", "workshop_data", "validate", str(data / "neurips2024" / "2099-01-01")],
                          capture_output=True, text=True)  # fmt: skip
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    assert "valid release 2099-01-01 of neurips2024" in proc.stdout
    proc = run(SEED, "--edition", "neurips2024", "--release", "2025-01-01", "--timezone", "America/Vancouver",
               "--data-dir", data)  # fmt: skip
    assert proc.returncode == 2
    assert (
        "not after the edition's newest release '2099-01-01' (dated 2099-01-01 00:00:00 UTC, in the future: published"
        " with a clock ahead or a name that states a later time; remove its folder to publish before then)"
    ) in proc.stderr


@pytest.mark.parametrize(
    ("edition", "release", "expected"),
    [
        ("shapeconf2030", "latest", "release name 'latest' is reserved"),
        # the same word but for case: accepted, published as a release 'LATEST' (found by hattack8)
        ("shapeconf2030", "LATEST", "release name 'LATEST' is reserved ('latest' but for case"),
        ("shapeconf2030", "Latest", "release name 'Latest' is reserved ('latest' but for case"),
        ("shapeconf2030", ".draft", "release name '.draft': use letters"),
        ("shapeconf2030", "../../elsewhere", "release name '../../elsewhere': use letters"),
        ("_shapeconf2030", "2025-11-01", "edition name '_shapeconf2030': use letters"),
        # a typo in a dated name (found by hr-user3): published at the time of the import, and the
        # newest release by name, instead of the time the name was meant to state
        ("shapeconf2030", "2030-13-01", "release name '2030-13-01': not a day and time (YYYY-MM-DD"),
        ("shapeconf2030", "2030-11-01.2561", "release name '2030-11-01.2561': not a day and time"),
        # a digit too many or too few, a day of one digit, a time after another separator: named
        # as of 2030-11-01, they were published at the import's time (found by hattack8)
        *(
            ("shapeconf2030", name, f"release name {name!r}: not a day and time")
            for name in ("2030-11-01.17420", "2030-11-01.174", "2030-11-1.1742", "2030-11-01_1742", "2030-11-01-final")
        ),
    ],
)
def test_cli_refuses_a_name_that_could_not_be_loaded_back(
    tmp_path: Path, edition: str, release: str, expected: str
) -> None:
    # 'latest' loads the newest release, and the store lists no folder starting with '.' or '_'.
    data = tmp_path / "data"
    proc = run(FIXTURES / "shapes.md", "--edition", edition, "--release", release,
               "--timezone", "Europe/Paris", "--data-dir", data)  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"workshop-data: error: {expected}") and len(proc.stderr.splitlines()) == 1
    assert not tmp_path.joinpath("elsewhere").exists() and not data.exists()


@pytest.mark.parametrize(
    ("edition", "why"),
    [
        ("people", "its pages would be written into people/, the site's own folder"),
        ("People", "its pages would be written into people/, the site's own folder"),
        ("editions", "its pages would be written into editions/, the site's own folder"),
        ("PACKAGE", "its pages would be written into package/, the site's own folder"),
        (
            "ml.2031",
            "its folder would be named as a file the site writes beside it (index.md, objects.inv, a page's .html:"
            " each named with a '.'); an edition's folder holds no '.' on the site",
        ),
    ],
)
def test_an_edition_the_site_cannot_have_is_refused(tmp_path: Path, edition: str, why: str) -> None:
    # A page naming itself 'People' (conference and workshop_name agreeing), or 'ml.2031' (no
    # conference to disagree), was published: the loaders read it, and the site's build then
    # stopped at it ("its pages would be written into docs/people, the site's own folder"), every
    # edition's pages with it, until the edition's folder was renamed by hand.
    conference = "" if "." in edition else f"conference: {edition}\n"
    text = (
        f"---\nworkshop_name: '{edition}'\n{conference}series: ML for Systems\ndate: 2031-03-03\ntimezone: UTC\n"
        f"site_description: Workshop on ML for Systems, Lisbon\n---\n"
        + TABLE.format("<tr><td>9:00 AM</td><td>Opening</td></tr>")
    )
    data = tmp_path / "data"
    proc = run(page(tmp_path, text), "--edition", edition, "--release", "2026-03-01", "--data-dir", data)
    assert proc.returncode == 2
    assert proc.stderr == (
        f"workshop-data: error: edition {edition!r}: the site cannot have it: {why}; choose another name\n"
    )
    assert not data.exists()
    # the same page under an edition name the site can have is imported (the refusal is the name's)
    ok = text.replace(f"'{edition}'", "'mlsys2031'").replace(f"conference: {edition}", "conference: MLSys 2031")
    proc = run(page(tmp_path, ok), "--edition", "mlsys2031", "--release", "2026-03-01", "--data-dir", data)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    ("existing", "edition", "release", "twin"),
    [
        ("ShapeConf2030/2025-10-01", "shapeconf2030", "2025-11-01", "ShapeConf2030"),
        ("shapeconf2030/RC1", "shapeconf2030", "rc1", "shapeconf2030/RC1"),
    ],
)
def test_a_name_that_differs_from_an_existing_folder_only_in_case_is_refused(
    tmp_path: Path, existing: str, edition: str, release: str, twin: str
) -> None:
    # On macOS and Windows, ShapeConf2030 and shapeconf2030 are one folder: publishing the
    # second would put its releases into the first edition. The folder is made here by hand
    # (this file system tells them apart); nothing is written.
    data = tmp_path / "data"
    (data / existing).mkdir(parents=True)
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    proc = run(FIXTURES / "shapes.md", "--edition", edition, "--release", release,
               "--timezone", "Europe/Paris", "--data-dir", data)  # fmt: skip
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    what = "release" if "/" in twin else "edition"
    name = release if what == "release" else edition
    folder = data / edition / release if what == "release" else data / edition
    assert proc.stderr == (
        f"workshop-data: error: {folder}: {what} {name!r} differs only in case from {data / twin}, the same"
        f" folder on macOS and Windows; use {Path(twin).name!r} or another name\n"
    )
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == before


def test_write_release_refuses_an_edition_folder_that_differs_only_in_case(tmp_path: Path) -> None:
    (tmp_path / "NeurIPS2024").mkdir()
    with pytest.raises(WorkshopDataError) as info:
        write_release(read_release(SHIPPED), tmp_path)
    assert str(info.value).startswith(
        f"{tmp_path / 'neurips2024'}: edition 'neurips2024' differs only in case from {tmp_path / 'NeurIPS2024'}"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["NeurIPS2024"]


def test_upper_case_release_names_are_still_published(tmp_path: Path) -> None:
    # Upper case stays a valid name (data directories that have it keep loading): RC1 and RC2
    # differ in more than case.
    data = tmp_path / "data"
    for release in ("RC1", "RC2"):
        proc = run(FIXTURES / "shapes.md", "--edition", "shapeconf2030", "--release", release,
                   "--timezone", "Europe/Paris", "--data-dir", data)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (data / "shapeconf2030").iterdir()) == ["RC1", "RC2"]


def test_reimporting_an_edited_page_keeps_the_ids_of_what_stayed(
    tmp_path: Path, release_copy: Path, shared: Path
) -> None:
    seed = (shared / "seeds" / "000_d9f5c59d0a0e9214.txt").read_text(encoding="utf-8")
    edited = seed.replace("Natasha Jacques", "Natasha Jaques").replace(
        '<td style="text-align: left">Q&A, TBD</td>', '<td style="text-align: left">Q&A</td>'
    )
    assert edited.count("Jaques") == 2
    folder, imported = import_page(page(tmp_path, edited), "neurips2024", "2024-12-01",
                                   release_copy.parents[1], timezone="America/Vancouver")  # fmt: skip
    new = read_release(folder)
    old = read_release(SHIPPED)
    assert [s.slot_id for s in new.slots] == [s.slot_id for s in old.slots]
    assert [p.person_id for p in new.people] == [p.person_id for p in old.people]
    assert new.person("natasha-jacques").name == "Natasha Jaques"  # respelled, same person
    assert next(s for s in new.slots if s.slot_id == "qa").status == ""
    assert imported.release == new


def test_an_id_an_earlier_release_gave_is_not_given_to_something_new(tmp_path: Path, shared: Path) -> None:
    # A 'Tea Party' at 17:30 published, then removed; a page renaming Poster Session 1 (11:10)
    # 'Tea Party' was given tea-party, the id carried only against the newest release: calendars
    # (UID tea-party@neurips2024) took it for the 17:30 slot moved (found by hattack8). import-site
    # gives it tea-party-2, ids being unique across the edition's whole history
    seed = (shared / "seeds" / "000_d9f5c59d0a0e9214.txt").read_text(encoding="utf-8")
    tea = '<tr><td>5:30 PM</td><td style="text-align: left">Tea Party<br/></td></tr>\n</tbody>'
    data = tmp_path / "data"
    versions = {
        "2024-11-20": seed,
        "2024-11-21": seed.replace("</tbody>", tea),
        "2024-11-22": seed.replace("Lunch Break", "Long Lunch"),
        "2024-11-23": seed.replace("Poster Session 1 <br/>", "Tea Party <br/>"),
    }
    for release, text in versions.items():
        import_page(page(tmp_path, text), "neurips2024", release, data, timezone="America/Vancouver")
    tea_party, *_ = (s for s in read_release(data / "neurips2024" / "2024-11-21").slots if s.label == "Tea Party")
    renamed, *_ = (s for s in read_release(data / "neurips2024" / "2024-11-23").slots if s.label == "Tea Party")
    assert (tea_party.slot_id, f"{tea_party.start:%H:%M}") == ("tea-party", "17:30")
    assert (renamed.slot_id, f"{renamed.start:%H:%M}") == ("tea-party-2", "11:10")


def _edition_page(tmp_path: Path, edition: str, rows: str) -> Path:
    """A page of ``edition`` (``testconf<year>``) whose schedule is ``rows``."""
    year = edition.removeprefix("testconf")
    head = HEAD.replace("testconf2031", edition).replace("TestConf 2031", f"TestConf {year}")
    return page(tmp_path, head + TABLE.format(rows), f"{edition}.md")


def test_a_person_new_to_an_edition_gets_the_id_the_other_editions_give_them(tmp_path: Path) -> None:
    # import gave a person new to the edition their canonical name's slug, whatever id the data
    # directory's other editions give them: 'Wei Zhang 张薇' of testconf2032 was wei-zhang, the id
    # of testconf2031's 'Wei Zhang 张伟' (two people merged into one, on the site one person's
    # page), and Ada Lovelace, whose misspelt 'Ada Lovleace' testconf2031 corrected (the id
    # carried: a typo in a long word, the same slot and affiliation), had a second id,
    # ada-lovelace. import-site settles both across editions (aliases.PersonIds); import now
    # takes its registry from every edition's latest release
    data = tmp_path / "data"
    keynote = "<tr><td>9:00 AM</td><td><b>Keynote:</b> {} (<i>{}</i>)</td></tr>"
    panel = "<tr><td>10:00 AM</td><td>Panel: {}</td></tr>"
    first = keynote.format("Wei Zhang 张伟", "Tsinghua University")
    for release, spelling in (("2025-01-01", "Ada Lovleace"), ("2025-01-02", "Ada Lovelace")):
        ada = keynote.format(spelling, "Analytical Society").replace("9:00", "9:30")
        rows = first + ada + panel.format(f"Wei Zhang 张薇, {spelling}")
        import_page(_edition_page(tmp_path, "testconf2031", rows), "testconf2031", release, data, timezone="UTC")
    people_2031 = {p.name: p.person_id for p in read_release(data / "testconf2031" / "2025-01-02").people}
    assert people_2031 == {
        "Wei Zhang 张伟": "wei-zhang",
        "Ada Lovelace": "ada-lovleace",
        "Wei Zhang 张薇": "wei-zhang-2",
    }
    rows = keynote.format("Wei Zhang 张薇", "Peking University") + panel.format(
        "Ada Lovelace, Wei Zhang 张三, MIMEE XU, Xinlei Xu"
    )
    folder, _ = import_page(_edition_page(tmp_path, "testconf2032", rows), "testconf2032", "2025-01-01", data,
                            timezone="UTC")  # fmt: skip
    release = read_release(folder)
    assert [(p.person_id, p.name) for p in release.people] == [
        ("wei-zhang-2", "Wei Zhang 张薇"),  # testconf2031's, not the other Wei Zhang's
        ("ada-lovleace", "Ada Lovelace"),
        ("wei-zhang-3", "Wei Zhang 张三"),  # a third person: an id no one has
        ("mimee-xu", "MIMEE XU"),  # the alias table's Mimee Xu, one person printed two ways
    ]
    assert [s.speakers for s in release.slots] == [("wei-zhang-2",), ("ada-lovleace", "wei-zhang-3", "mimee-xu")]
    # a person the editions give no id is the published one or the canonical name's slug, as before
    folder, _ = import_page(_edition_page(tmp_path, "testconf2033", panel.format("Natasha Jaques, Grace Hopper")),
                            "testconf2033", "2025-01-01", data, timezone="UTC")  # fmt: skip
    assert [p.person_id for p in read_release(folder).people] == ["natasha-jacques", "grace-hopper"]


def test_an_import_run_while_another_publishes_waits_for_it(
    tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two imports into one data directory at once both made their release from the same newest
    # one: the 17:30 'Tea Party' published by the one and the renamed 11:10 session of the other
    # were both tea-party, calendars taking one for the other moved (found by hattack9). The
    # second to come now waits while the first reads the releases and publishes (here it gives
    # up at once: it runs inside the first, which cannot end before it)
    import workshop_data.datapackage as datapackage
    import workshop_data.identity as identity

    seed = (shared / "seeds" / "000_d9f5c59d0a0e9214.txt").read_text(encoding="utf-8")
    tea = '<tr><td>5:30 PM</td><td style="text-align: left">Tea Party<br/></td></tr>\n</tbody>'
    data = tmp_path / "data"
    import_page(page(tmp_path, seed), "neurips2024", "2024-11-20", data, timezone="America/Vancouver")
    tea_page = page(tmp_path, seed.replace("</tbody>", tea), "tea.md")
    carry, refused = identity.carry_ids, []

    def meanwhile(*args: object, **kwargs: object) -> object:
        if not refused:  # the other import, while this one holds what it reads
            with pytest.raises(WorkshopDataError) as info:
                import_page(tea_page, "neurips2024", "2024-11-21", data, timezone="America/Vancouver")
            refused.append(str(info.value))
        return carry(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(datapackage, "PUBLISH_WAIT_SECONDS", 0.2, raising=False)
    monkeypatch.setattr(identity, "carry_ids", meanwhile)
    renamed = page(tmp_path, seed.replace("Poster Session 1 <br/>", "Tea Party <br/>"), "renamed.md")
    import_page(renamed, "neurips2024", "2024-11-22", data, timezone="America/Vancouver")
    assert refused == [
        f"{data}: another import is publishing into it (waited 0.2 s); nothing written: run again once it has ended"
    ]
    assert sorted(p.name for p in (data / "neurips2024").iterdir()) == ["2024-11-20", "2024-11-22"]


def test_another_process_publishing_into_the_data_directory_is_waited_for(tmp_path: Path) -> None:
    # Another process holds the data directory (an import publishing) for a second: an import
    # waits and then publishes; told to wait less, it is one line, exit 2, nothing written
    data = tmp_path / "data"
    data.mkdir()
    holder = (
        "import fcntl, os, sys, time\n"
        "fd = os.open(sys.argv[1], os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('held', flush=True); time.sleep(float(sys.argv[2]))\n"
        "open(sys.argv[3], 'w').close()  # then it ends, which ends the lock\n"
    )
    ended = tmp_path / "ended"  # written by the other just before it ends
    path = page(tmp_path, HEAD + TABLE.format(ROW))
    with subprocess.Popen(
        [sys.executable, "-c", holder, data, "30", ended], stdout=subprocess.PIPE, text=True
    ) as other:
        assert other.stdout is not None and other.stdout.readline() == "held\n"
        env = {**os.environ, "WORKSHOP_DATA_DIR": str(data)}
        code = "import workshop_data.datapackage as d, sys; d.PUBLISH_WAIT_SECONDS = 0.3\n"
        code += "from workshop_data.cli import main; raise SystemExit(main(sys.argv[1:]))"
        args = ["import", path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC"]
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
        other.kill()
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (
        f"workshop-data: error: {data}: another import is publishing into it (waited 0.3 s);"
        " nothing written: run again once it has ended\n"
    )
    assert list(data.iterdir()) == []
    assert not ended.exists()
    with subprocess.Popen([sys.executable, "-c", holder, data, "1", ended], stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout is not None and other.stdout.readline() == "held\n"
        proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
        # published once the other had ended: not "other.poll() is not None", which can still be
        # None then (the kernel ends a process's locks before its parent can see it ended)
        assert ended.exists()
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in (data / "testconf2031").iterdir()] == ["r1"]


def test_a_timezone_other_than_the_editions_is_refused_unless_the_page_says_it(tmp_path: Path) -> None:
    # huser10: an edition's second release imported with another edition's --timezone was
    # published: every slot 9 hours off in calendars, and `diff` said only "time zone: A → B"
    data = tmp_path / "data"
    first = page(tmp_path, HEAD + TABLE.format(ROW))
    common = ("--edition", "testconf2031", "--data-dir", data)
    assert run(first, *common, "--release", "2025-01-10", "--timezone", "Europe/Lisbon").returncode == 0
    later = page(tmp_path, HEAD + TABLE.format(ROW.replace("Opening Remarks", "Welcome")), "later.md")
    proc = run(later, *common, "--release", "2025-01-11", "--timezone", "America/Los_Angeles")
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (
        f"workshop-data: error: {later}: --timezone 'America/Los_Angeles' is not the zone of 'testconf2031''s newest"
        " release '2025-01-10' (Europe/Lisbon): every time of the page would be read in another zone; pass --timezone"
        " Europe/Lisbon, or, to move the venue's zone, write 'timezone: America/Los_Angeles' in the page's front"
        " matter\n"
    )
    assert [p.name for p in (data / "testconf2031").iterdir()] == ["2025-01-10"]
    assert run(later, *common, "--release", "2025-01-11", "--timezone", "Europe/Lisbon").returncode == 0
    said = page(tmp_path, front("timezone: Atlantic/Azores\n") + TABLE.format(ROW), "said.md")
    proc = run(said, *common, "--release", "2025-01-12")
    assert proc.returncode == 0, proc.stderr
    assert read_release(data / "testconf2031" / "2025-01-12").workshop.timezone == "Atlantic/Azores"


def test_timezone_is_never_guessed(tmp_path: Path) -> None:
    proc = run(FIXTURES / "times.md", "--edition", "testconf2031", "--release", "r1", "--data-dir", tmp_path)
    assert proc.returncode == 2
    assert "times.md: the page does not say the venue's time zone; pass --timezone" in proc.stderr
    proc = run(FIXTURES / "times.md", "--edition", "testconf2031", "--release", "r1", "--data-dir", tmp_path,
               "--timezone", "Mars/Olympus")  # fmt: skip
    assert proc.returncode == 2 and "times.md: --timezone: unknown time zone 'Mars/Olympus'" in proc.stderr
    proc = run(FIXTURES / "times.md", "--edition", "testconf2031", "--release", "r1", "--data-dir", tmp_path,
               "--timezone", "europe/lisbon")  # fmt: skip
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "times.md: --timezone: unknown time zone 'europe/lisbon'" in proc.stderr
    assert proc.stderr.endswith("; did you mean 'Europe/Lisbon'?\n")
    assert list(tmp_path.iterdir()) == []


def test_a_front_matter_naming_another_zone_than_timezone_is_refused(tmp_path: Path) -> None:
    # --timezone won over the page's own 'timezone:' without a word (an invalid one too): the
    # page's times were read in a zone it says they are not in, every UTC instant hours off
    page = tmp_path / "times.md"
    text = (FIXTURES / "times.md").read_text(encoding="utf-8")
    assert "timezone:" not in text
    for printed in ("Europe/Berlin", "Mars/Olympus"):
        page.write_text(text.replace("---\n", f"---\ntimezone: {printed}\n", 1), encoding="utf-8")
        proc = run(page, "--edition", "testconf2031", "--release", "r1", "--data-dir", tmp_path / "data",
                   "--timezone", "Europe/Paris")  # fmt: skip
        assert (proc.returncode, proc.stderr) == (
            2,
            f"workshop-data: error: {page}: front matter 'timezone' is {printed!r}, not the venue's 'Europe/Paris'"
            " (--timezone; import-site: the reviewed table, siteimport/facts.py): its times would be read in a zone"
            " the page does not say; make them agree\n",
        )
        assert not (tmp_path / "data").exists()
    page.write_text(text.replace("---\n", "---\ntimezone: Europe/Paris\n", 1), encoding="utf-8")
    proc = run(page, "--edition", "testconf2031", "--release", "r1", "--data-dir", tmp_path / "data",
               "--timezone", "Europe/Paris")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert read_release(tmp_path / "data" / "testconf2031" / "r1").workshop.timezone == "Europe/Paris"


def test_a_name_printed_with_other_affiliations_is_refused_naming_both_rows(tmp_path: Path) -> None:
    # A name printed again with other affiliations was read as the first person, the second
    # row's affiliations dropped without a word (two people of one name merged, or one person's
    # affiliations lost). Now refused: the page does not say which. Printed again with none (the
    # panel's "Jeff Dean") or the same in another order, it is the same person
    require(SEED.is_file(), f"{SEED} is missing")
    seed = SEED.read_text(encoding="utf-8")
    retro = "Tim Kraska (<i>MIT, AWS</i>)"
    assert seed.count(retro) == 1
    path = page(tmp_path, seed.replace(retro, "JEFF DEAN (<i>MIT, AWS</i>)"))
    data = tmp_path / "data"
    common = ("--edition", "neurips2024", "--release", "r1", "--data-dir", data, "--timezone", "America/Vancouver")
    proc = run(path, *common)
    assert (proc.returncode, proc.stderr) == (
        2,
        f"workshop-data: error: {path}, row 8, field 'affiliations': 'JEFF DEAN' (MIT, AWS) is the name of 'Jeff Dean'"
        f" (Google) at {path}, row 1: one person or two, the page does not say; print one name with one set of"
        " affiliations, or two names\n",
    )
    assert not data.exists()
    path = page(tmp_path, seed.replace(retro, "Jeff Dean (<i>Google</i>)"), "same.md")
    proc = run(path, *common)
    assert proc.returncode == 0, proc.stderr
    release = read_release(data / "neurips2024" / "r1")
    assert [p.affiliations for p in release.people if p.name == "Jeff Dean"] == [("Google",)]


#: What the import says of a word mixing scripts, after the text (validation.script_problem).
MIXED = (
    "; each word of a name or affiliation is written in one script (Unicode TR39: a look-alike letter makes another"
    " person of the same look)"
)


@pytest.mark.parametrize(
    ("printed", "field", "said"),
    [
        # U+0430 CYRILLIC SMALL LETTER A: "Jeff Deаn" reads as Jeff Dean
        (
            "Jeff De\u0430n</a> (<i>Google</i>)",
            "name",
            "'Jeff Deаn': the word 'Deаn' mixes scripts, U+0430 CYRILLIC SMALL LETTER A (Cyrillic) among Latin letters",
        ),
        # two U+043E CYRILLIC SMALL LETTER O in the affiliation
        (
            "Jeff Dean</a> (<i>G\u043e\u043egle</i>)",
            "affiliations",
            "'Gооgle': the word 'Gооgle' mixes scripts, U+043E CYRILLIC SMALL LETTER O (Cyrillic) among Latin letters",
        ),
        # U+03BF GREEK SMALL LETTER OMICRON
        (
            "Jeff Dean</a> (<i>Go\u03bfgle Research</i>)",
            "affiliations",
            "'Goοgle Research': the word 'Goοgle' mixes scripts, U+03BF GREEK SMALL LETTER OMICRON (Greek) among"
            " Latin letters",
        ),
    ],
)
def test_a_name_or_affiliation_whose_word_mixes_scripts_is_refused_naming_the_row_field_and_character(
    tmp_path: Path, printed: str, field: str, said: str
) -> None:
    # A page printing "Jeff Deаn" (a Cyrillic 'а') imported a second person who looks exactly
    # like Jeff Dean: a second id, a second person page, a second row in load_people (issue 9:
    # one person is one id). A word mixing Latin with Cyrillic or Greek letters is refused
    # (Unicode TR39's mixed-script detection), naming the row, the field and the character.
    require(SEED.is_file(), f"{SEED} is missing")
    seed = SEED.read_text(encoding="utf-8")
    assert seed.count("Jeff Dean</a> (<i>Google</i>)") == 1
    path = page(tmp_path, seed.replace("Jeff Dean</a> (<i>Google</i>)", printed))
    data = tmp_path / "data"
    proc = run(
        path, "--edition", "neurips2024", "--release", "r1", "--data-dir", data, "--timezone", "America/Vancouver"
    )
    assert (proc.returncode, proc.stderr) == (
        2,
        f"workshop-data: error: {path}, row 1, field '{field}': {said}{MIXED}\n",
    )
    assert not data.exists()  # nothing written


def test_a_name_wholly_in_another_script_is_a_person_of_its_own(tmp_path: Path) -> None:
    # Names written wholly in one script are names (a Cyrillic, a Chinese, a Japanese one, a
    # Latin name beside its Chinese form), and are not folded into a Latin one: Наташа Жак does
    # not take Natasha Jacques's id.
    require(SEED.is_file(), f"{SEED} is missing")
    seed = SEED.read_text(encoding="utf-8")
    names = {"Natasha Jacques": "Наташа Жак", "Tim Kraska": "Wei Zhang 张伟", "Jeff Dean": "佐々木健太郎"}
    text = seed
    for latin, other in names.items():
        text = text.replace(latin, other)
    data = tmp_path / "data"
    common = ("--edition", "neurips2024", "--data-dir", data, "--timezone", "America/Vancouver")
    assert run(SEED, *common, "--release", "r1").returncode == 0
    proc = run(page(tmp_path, text), *common, "--release", "r2")
    assert proc.returncode == 0, proc.stderr
    before = {p.name: p.person_id for p in read_release(data / "neurips2024" / "r1").people}
    after = {p.name: p.person_id for p in read_release(data / "neurips2024" / "r2").people}
    assert set(names.values()) <= set(after), after
    assert {other: after[other] == before[latin] for latin, other in names.items()} == dict.fromkeys(
        names.values(), False
    )


def test_names_with_no_latin_letter_get_readable_ids_of_their_own(tmp_path: Path) -> None:
    # Each was given 'x', the next 'x-2', 'x-3': ids (people/x.html, load_people's person_id) a
    # reader cannot read nor tell apart. Now their romanisation, as the site import gives them
    require(SEED.is_file(), f"{SEED} is missing")
    names = {"Natasha Jacques": "Наташа Жак", "Tim Kraska": "张伟", "Jeff Dean": "محمد علي"}
    text = SEED.read_text(encoding="utf-8")
    for latin, other in names.items():
        assert latin in text
        text = text.replace(latin, other)
    data = tmp_path / "data"
    proc = run(
        page(tmp_path, text), "--edition", "neurips2024", "--release", "r1", "--data-dir", data, "--timezone", "UTC"
    )
    assert proc.returncode == 0, proc.stderr
    given = {p.name: p.person_id for p in read_release(data / "neurips2024" / "r1").people}
    assert {name: given[name] for name in names.values()} == {
        "Наташа Жак": "natasha-zhak",
        "张伟": "zhang-wei",
        "محمد علي": "mhmd-ly",
    }


#: 'Joydeep Biswas' written wholly in Cyrillic letters: each word in one script (the mixed-script
#: rule passes it), the whole looking exactly like the Latin name (UTS #39's skeletons are one).
CYRILLIC_JOYDEEP = "\u0408\u043e\u0443\u0501\u0435\u0435\u0440 \u0412\u0456\u0455\u051d\u0430\u0455"
LOOKS_ALIKE = (
    f"'{CYRILLIC_JOYDEEP}' (Cyrillic letters) looks exactly like 'Joydeep Biswas' ({{}}, Latin letters): it would be"
    " another person of the same look (Unicode TR39, whole-script confusables); write the name as 'Joydeep Biswas'"
    " if it is that person's, else in letters that do not read as another person's name"
)


def _talk(time: str, name: str) -> str:
    return f"<tr><td>{time}</td><td><b>Invited Talk:</b> {name} (<i>UT Austin</i>)<br/>Robots That Learn</td></tr>"


def test_a_name_in_other_letters_that_look_exactly_like_a_person_of_the_page_is_refused(tmp_path: Path) -> None:
    # 'Јоуԁеер Віѕԝаѕ', every letter Cyrillic, passed the rule of one script a word and was a
    # second person who looks exactly like Joydeep Biswas: an id, a page and a row of their own
    path = page(tmp_path, HEAD + TABLE.format(_talk("9:00 AM", "Joydeep Biswas") + _talk("10:00 AM", CYRILLIC_JOYDEEP)))
    data = tmp_path / "data"
    proc = run(path, "--edition", "testconf2031", "--release", "r1", "--data-dir", data, "--timezone", "UTC")
    assert (proc.returncode, proc.stderr) == (
        2,
        f"workshop-data: error: {path}, row 2, field 'name': {LOOKS_ALIKE.format(f'{path}, row 1')}\n",
    )
    assert not data.exists()


def test_a_name_in_other_letters_that_look_exactly_like_another_editions_person_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = page(tmp_path, HEAD + TABLE.format(_talk("9:00 AM", "Joydeep Biswas")), "first.md")
    common = ("--release", "r1", "--data-dir", data, "--timezone", "UTC")
    assert run(first, "--edition", "testconf2031", *common).returncode == 0
    later = (HEAD + TABLE.format(_talk("9:00 AM", CYRILLIC_JOYDEEP))).replace("2031", "2032")
    path = page(tmp_path, later, "later.md")
    proc = run(path, "--edition", "testconf2032", *common)
    assert (proc.returncode, proc.stderr) == (
        2,
        f"workshop-data: error: {path}, row 1, field 'name': {LOOKS_ALIKE.format('joydeep-biswas')}\n",
    )
    assert sorted(p.name for p in data.iterdir()) == ["testconf2031"]  # nothing written
    # a real person named in Cyrillic, who reads as no one else, is imported (as the Latin name
    # of another edition's person, printed again, is that person)
    real = later.replace(CYRILLIC_JOYDEEP, "Алексей Смирнов") + "\n"
    assert run(page(tmp_path, real, "real.md"), "--edition", "testconf2032", *common).returncode == 0
    again = page(tmp_path, later.replace(CYRILLIC_JOYDEEP, "Joydeep Biswas"), "again.md")
    assert run(again, "--edition", "testconf2032", "--release", "r2", *common[2:]).returncode == 0
    people = {p.name: p.person_id for p in read_release(data / "testconf2032" / "r2").people}
    assert people["Joydeep Biswas"] == "joydeep-biswas"


def test_a_failed_write_is_one_error_line_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "rename", full_disk)
    path = page(tmp_path, HEAD + TABLE.format(ROW))
    with pytest.raises(WorkshopDataError, match="cannot write: No space left on device") as info:
        import_page(path, "testconf2031", "r1", tmp_path / "data", timezone="UTC")
    assert str(info.value).startswith(str(tmp_path / "data" / "testconf2031" / "r1"))
    assert not (tmp_path / "data").exists()  # the temporary folder is gone, and the folders made for it


def test_a_page_refused_when_read_back_leaves_the_data_directory_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page reads, but its release does not load (a control character in a label, which the
    # importer is made blind to here: the read-back is what is tested): the import is refused
    # at publishing, after the edition's folder was made for it.
    from workshop_data.importer import release as release_module

    monkeypatch.setattr(release_module, "records_problem", lambda records: None)
    path = page(tmp_path, HEAD + TABLE.format("<tr><td>9:00 AM</td><td>Opening \x1b[31mRemarks</td></tr>"))
    data = tmp_path / "data"
    data.mkdir()
    with pytest.raises(WorkshopDataError) as info:
        import_page(path, "testconf2031", "r1", data, timezone="UTC")
    assert "testconf2031/r1/slots.csv, row 1, field 'label': control character U+001B" in str(info.value)
    assert list(data.iterdir()) == []  # no empty edition folder left behind
    ok = page(tmp_path, HEAD + TABLE.format(ROW), "ok.md")
    import_page(ok, "testconf2031", "r1", data, timezone="UTC")
    with pytest.raises(WorkshopDataError):
        import_page(path, "testconf2031", "r2", data, timezone="UTC")
    assert [p.name for p in (data / "testconf2031").iterdir()] == ["r1"]  # the edition's folder stays with its release


@pytest.mark.parametrize(
    ("cell", "where"),
    [
        ("Opening \x1b[31mRemarks", "row 2, field 'label': control character U+001B in 'Opening \\x1b[31mRemarks'"),
        (
            "<b>Keynote:</b> Jeff Dean<br/>Advances in \u202eML",
            "row 2, field 'title': bidirectional control character U+202E in 'Advances in \\u202eML'",
        ),
        (
            "Contributed Talks:<ul><li>One</li><li>Two \x1b[31mtalks</li></ul>",
            "row 2, talk 2, field 'title': control character U+001B in 'Two \\x1b[31mtalks'",
        ),
        ("<b>Keynote:</b> Jeff \u202eDean<br/>Advances", "row 2, field 'name': bidirectional control character U+202E"),
        (
            "<b>Keynote:</b> Jeff Dean<br/>Advances in\u200bML",
            "row 2, field 'title': invisible character U+200B ZERO WIDTH SPACE in 'Advances in\\u200bML'",
        ),
        (
            "<b>Keynote:</b> Jeff Dean<br/>Advances in &#xFFFF;ML",
            "row 2, field 'title': noncharacter U+FFFF in 'Advances in \\uffffML'",
        ),
    ],
)
def test_a_control_character_on_the_page_is_named_where_the_page_has_it(tmp_path: Path, cell: str, where: str) -> None:
    # The release would refuse the text (validation's rule); the error named the CSV cell of the
    # release being written (testconf2031/r1/slots.csv, row 1), which the user never saw.
    path = page(
        tmp_path, HEAD + TABLE.format(ROW.replace("9:00", "8:00") + f"<tr><td>9:00 AM</td><td>{cell}</td></tr>")
    )
    data = tmp_path / "data"
    proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
    assert proc.returncode == 2
    assert proc.stderr == f"workshop-data: error: {path}, {where}\n" or proc.stderr.startswith(
        f"workshop-data: error: {path}, {where}"
    ), proc.stderr
    assert len(proc.stderr.splitlines()) == 1
    assert not data.exists()


@pytest.mark.parametrize(
    ("front_matter", "where"),
    [
        ('title: "Sched\\e[31mule"\n', "front matter 'title' (the page_title): control character U+001B"),
        ('site_title: "ML \\u202eFor Systems"\n', "front matter 'site_title': bidirectional control character U+202E"),
        ('venue: "Lis\\e[2Jbon"\n', "front matter 'venue': control character U+001B"),
    ],
)
def test_a_control_character_in_the_front_matter_is_named_by_its_key(
    tmp_path: Path, front_matter: str, where: str
) -> None:
    path = page(tmp_path, front(front_matter) + TABLE.format(ROW))
    with pytest.raises(WorkshopDataError) as info:
        import_page(path, "testconf2031", "r1", tmp_path / "data", timezone="UTC")
    assert str(info.value).startswith(f"{path}: {where} in "), info.value
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("front_matter", "read_as"),
    [
        ("site_title: [ML, Systems]\n", "list: ['ML', 'Systems']"),
        ("title: {a: 1}\n", "dict: {'a': 1}"),
        ("site_title: !!binary aGVsbG8=\n", "bytes: b'hello'"),
        ("mini_site_description: yes\n", "yes/no: True"),
    ],
)
def test_a_front_matter_value_that_is_not_text_is_refused_naming_its_key(
    tmp_path: Path, front_matter: str, read_as: str
) -> None:
    # Written as Python shows it, such a value was published: site_title "['ML', 'Systems']",
    # "b'hello'", "True" (Jekyll prints 'MLSystems', 'true'): nothing any page prints
    key = front_matter.split(":")[0]
    path = page(tmp_path, front(front_matter) + TABLE.format(ROW))
    with pytest.raises(WorkshopDataError) as info:
        import_page(path, "testconf2031", "r1", tmp_path / "data", timezone="UTC")
    assert (
        str(info.value) == f"{path}: front matter {key!r} is not text (YAML reads it as {read_as}); write it in quotes"
    )
    assert not (tmp_path / "data").exists()
    # numbers and dates are text as Jekyll prints them, YAML's .nan and -.inf too (Ruby's Float#to_s)
    path = page(
        tmp_path, front("site_title: 2031\nvenue: 2031-03-03\ntitle: .nan\nseries: -.Inf\n") + TABLE.format(ROW)
    )
    workshop = read_release(import_page(path, "testconf2031", "r1", tmp_path / "data", timezone="UTC")[0]).workshop
    assert (workshop.site_title, workshop.venue, workshop.page_title, workshop.series) == (
        "2031",
        "2031-03-03",
        "NaN",
        "-Infinity",
    )


@pytest.mark.parametrize("style", ["|", "|-", "|+", ">", ">-"])
def test_a_front_matter_block_scalar_is_the_text_the_site_shows(tmp_path: Path, style: str) -> None:
    # A YAML block scalar ("title: |") keeps its last line break (|+ every one, | inside the
    # block): the release's page_title was "Schedule\n", its series "ML for\nSystems\n", and a
    # timezone so written was refused as no zone. Jekyll pastes the value into the page, where a
    # browser shows a line break as a space: every style gives what its one line gives, as the
    # site renders it (nothing added, nothing dropped but the line breaks)
    import yaml

    lines = (
        f"title: {style}\n  Schedule\n\nseries: {style}\n  ML for\n  Systems\n"
        f"venue: {style}\n  Lisbon,\n  Room 1\ntimezone: {style}\n  Europe/Lisbon\n"
    )
    expected = {"title": "Schedule", "series": "ML for Systems", "venue": "Lisbon, Room 1", "timezone": "Europe/Lisbon"}
    assert (yaml.safe_load(lines) == expected) == (style == ">-")  # YAML's value: not the text shown but by >-
    path = page(tmp_path, front(lines) + TABLE.format(ROW))
    folder, *_ = import_page(path, "testconf2031", "r1", tmp_path / "data")
    workshop = read_release(folder).workshop
    shown = (workshop.page_title, workshop.series, workshop.venue, workshop.timezone)
    assert shown == tuple(expected.values())


def test_unknown_timezone_in_the_front_matter_names_the_page_and_key(tmp_path: Path) -> None:
    path = page(tmp_path, HEAD.replace("title: Schedule", "timezone: Europe/Lisbn") + TABLE.format(ROW))
    with pytest.raises(WorkshopDataError) as info:
        import_page(path, "testconf2031", "r1", tmp_path / "data")
    assert str(info.value).startswith(f"{path}: front matter 'timezone': unknown time zone 'Europe/Lisbn'")
    assert not (tmp_path / "data").exists()


def test_edition_must_match_the_page(tmp_path: Path) -> None:
    proc = run(FIXTURES / "times.md", "--edition", "neurips2024", "--release", "r1", "--data-dir", tmp_path,
               "--timezone", "Europe/Lisbon")  # fmt: skip
    assert proc.returncode == 2
    assert "is edition 'testconf2031' (from its workshop_name), not 'neurips2024'" in proc.stderr


@pytest.mark.parametrize("day", ["March 3, 2030", "March 3rd 2030", "March 3rd, 2030"])
def test_a_description_dating_the_workshop_in_another_year_than_its_conference_is_refused(
    tmp_path: Path, day: str
) -> None:
    # horg16: an organizer's "NeurIPS 2026, December 5, 2025" (last year's left in) was published with the
    # day in 2026 and no word, and "December 5th 2025" moved every slot a year back; the page says both
    data = tmp_path / "data"

    def imported(head: str, release: str) -> subprocess.CompletedProcess[str]:
        path = page(tmp_path, head + TABLE.format(ROW), f"{release}.md")
        return run(path, "--edition", "testconf2031", "--release", release, "--timezone", "UTC", "--data-dir", data)

    wrong = HEAD.replace("March 3rd, Lisbon", f"{day}, Lisbon")
    refused = imported(wrong, "r1")
    assert (refused.returncode, refused.stdout, refused.stderr) == (2, "", (
        f"workshop-data: error: {tmp_path / 'r1.md'}: front matter 'site_description' dates the workshop March 3,"
        " 2030, a day of another year than its conference, TestConf 2031: make them agree, or write the day as"
        " 'date: YYYY-MM-DD' in the front matter\n"
    ))  # fmt: skip
    assert not data.exists()
    assert imported(wrong.replace("title: Schedule\n", "title: Schedule\ndate: 2030-03-03\n"), "r1").returncode == 0
    assert read_release(data / "testconf2031" / "r1").workshop.date == dt.date(2030, 3, 3)
    assert imported(HEAD.replace("March 3rd, Lisbon", "March 3, 2031, Lisbon"), "r2").returncode == 0
    workshop = read_release(data / "testconf2031" / "r2").workshop
    assert (workshop.date, workshop.venue) == (dt.date(2031, 3, 3), "Lisbon")  # the year is not the venue's


@pytest.mark.parametrize("year", ["0", "203", "20311"])
def test_a_description_giving_the_day_a_year_that_is_no_year_is_refused_saying_so(tmp_path: Path, year: str) -> None:
    # "March 3, 20311": the mistyped year was read as the venue ("20311, Lisbon") and the day as the
    # conference year's, without a word
    path = page(tmp_path, HEAD.replace("March 3rd, Lisbon", f"March 3, {year}, Lisbon") + TABLE.format(ROW))
    data = tmp_path / "data"
    refused = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
    assert (refused.returncode, refused.stdout, refused.stderr) == (2, "", (
        f"workshop-data: error: {path}: the page gives no date for the workshop (site_description has no 'Month D'"
        " after the conference, or one whose year is not four digits); add 'date: YYYY-MM-DD' to the front matter\n"
    ))  # fmt: skip
    assert not data.exists()


def test_a_page_whose_workshop_name_and_conference_are_two_editions_is_refused(tmp_path: Path) -> None:
    # huser10: last year's page with only workshop_name edited was published as the new edition,
    # its conference and day last year's (as NeurIPS 2023's pages said "at NeurIPS 2022, December 16")
    data = tmp_path / "data"
    copied = HEAD.replace("workshop_name: testconf2031", "workshop_name: testconf2032")
    path = page(tmp_path, copied + TABLE.format(ROW))
    proc = run(path, "--edition", "testconf2032", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (
        f"workshop-data: error: {path}: front matter 'workshop_name' is 'testconf2032' but 'site_description' names"
        " TestConf 2031 (testconf2031): the page would be the one edition with the other's conference and day;"
        " make them agree\n"
    )
    assert not data.exists()
    stated = copied.replace("title: Schedule\n", "title: Schedule\nconference: TestConf 2032\ndate: 2032-03-09\n")
    path = page(tmp_path, stated + TABLE.format(ROW))
    proc = run(path, "--edition", "testconf2032", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
    assert proc.returncode == 0, proc.stderr
    workshop = read_release(data / "testconf2032" / "r1").workshop
    assert (workshop.conference, workshop.date.isoformat()) == ("TestConf 2032", "2032-03-09")


SHORT_LEFT = "a short description left from another edition; make them agree"


@pytest.mark.parametrize(
    ("short", "said"),
    [
        ("&#x27;30, Mar 3", "names TestConf '30 but the page's conference is TestConf 2031"),
        ("&#x27;31, Mar 4", "dates the workshop March 4, 2031 but the page's day is March 3, 2031"),
        ("&#x27;31, Mar 3", ""),
    ],
)
def test_a_short_description_of_last_years_conference_or_day_is_refused(tmp_path: Path, short: str, said: str) -> None:
    # huser21: the guide's sed for a new edition missed the exported `NeurIPS &#x27;25, Dec 6`,
    # and neurips2026 was published saying "NeurIPS '25, Dec 6" on every narrow screen
    data = tmp_path / "data"
    head = HEAD.replace("---\n", f"---\nmini_site_description: Testing Schedules at TestConf {short}\n", 1)
    path = page(tmp_path, head + TABLE.format(ROW))
    proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
    if said:
        message = f"workshop-data: error: {path}: front matter 'mini_site_description' {said}: {SHORT_LEFT}\n"
        assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", message)
        assert not data.exists()
    else:
        assert proc.returncode == 0, proc.stderr
        workshop = read_release(data / "testconf2031" / "r1").workshop
        assert workshop.mini_site_description == "Testing Schedules at TestConf '31, Mar 3"


ROW = "<tr><td>9:00 AM</td><td>Opening Remarks</td></tr>"


def front(lines: str) -> str:
    """HEAD with ``lines`` of YAML after its title (the first of them is line 3 of the page)."""
    return HEAD.replace("title: Schedule\n", "title: Schedule\n" + lines)


#: 300 bytes that a YAML reader expands to 9**5 copies of "lol" (a "billion laughs").
BOMB = "".join(
    f"{name}: &{name} [{', '.join([item] * 9)}]\n"
    for name, item in (("a", '"lol"'), ("b", "*a"), ("c", "*b"), ("d", "*c"))
)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 1: not UTF-8 (byte 0"),
        (HEAD.encode() + b"<table class='schedule-table'><tr><td>9:00 AM</td><td>Caf\xe9</td></tr></table>",
         "line 6: not UTF-8 (byte 193"),
        (b"", "the page is empty"),
        ('{"schedule": []}', "not an HTML page"),
        (HEAD + "Just some *Markdown*, no table.", "not an HTML page"),
        (HEAD + "<p>Hello</p>", "no schedule table (the page has no <table>)"),
        (HEAD + "<table><tr><td>Name</td><td>Role</td></tr></table>", "no schedule table (expected"),
        # a schedule table its own markup hides was "the page has no <table>": now what hides it
        (HEAD + TABLE.format(ROW).replace("<table", "<table hidden", 1),
         'line 6: no schedule table shown: its <table class="schedule-table"> is hidden by its hidden attribute,'
         " and no visitor sees it: not read"),
        (HEAD + "<div style='display:none'>\n\n" + TABLE.format(ROW) + "</div>",
         'line 8: no schedule table shown: its <table class="schedule-table"> is hidden by an inline style'
         " display: none on the <div> at line 6 around it, and no visitor sees it: not read"),
        (HEAD + "<table style='display: none'><tr><td>Name</td><td>Role</td></tr></table>",
         "no schedule table (the page shows no <table>: the one at line 6 is hidden by its inline style display:"
         " none)"),
        (HEAD + TABLE.format(""), "the schedule table has no rows"),
        # a rowspan: a browser draws the next row's cells after the cell it spans, where its one cell
        # was read as a heading ("Talk B" the part of the rows below) and a section was two slots'
        (HEAD + TABLE.format('<tr><td rowspan="2">9:00 AM</td><td>Talk A</td></tr>\n<tr><td>Talk B</td></tr>\n'
                             "<tr><td>10:00 AM</td><td>Lunch</td></tr>"),
         "line 7: schedule row 2: its 'Time' column is the cell of line 6, which spans 2 rows (rowspan): a browser"
         " draws this row's cells after it, not where a row's time and section are read; not read (one cell a row)"),
        (HEAD + TABLE.format("<tr><td>9:00 AM</td><td rowspan=0>Posters</td></tr>\n<tr><td>9:30 AM</td></tr>"),
         "line 7: schedule row 2: its 'Section' column is the cell of line 6, which spans the rest of its rows"),
        # a second schedule table was ignored without a word (which is the workshop's, unsaid)
        (HEAD + TABLE.format(ROW) + "\n\n" + TABLE.format(ROW),
         'line 8: a second <table class="schedule-table"> (the first is at line 6); a page holds one schedule'),
        (HEAD + TABLE.format("<tr><td>Coffee</td></tr>"), "line 6: schedule row 1 has 1 cell"),
        ("---\ntitle: [oops\n---\n" + TABLE.format(ROW), "line 3: front matter is not valid YAML"),
        (HEAD + TABLE.format(ROW + "<tr><td>soon</td><td>Lunch</td></tr>"), "row 2: time cell 'soon' is not a time"),
        (HEAD + TABLE.format(ROW + "<tr><td>8:00 AM</td><td>Lunch</td></tr>"),
         "row 2: time cell '8:00 AM' starts at 8:00 AM, before the row above (9:00 AM): rows are out of order"),
        (HEAD + TABLE.format(ROW + "<tr><td>9:00 AM</td><td>Lunch</td></tr>"),
         "row 2: time cell '9:00 AM' starts at 9:00 AM, the same time"),
        (HEAD + TABLE.format("<tr><td>9:00-10:00 AM</td><td>A</td></tr><tr><td>9:30 AM</td><td>B</td></tr>"),
         "row 1: time cell '9:00-10:00 AM' ends at 10:00 AM, after the next row starts (9:30 AM)"),
        (HEAD + TABLE.format("<tr><td>10:00 AM-9:00 AM</td><td>A</td></tr>"),
         "row 1: time cell '10:00 AM-9:00 AM' ends at 9:00 AM, not after its start 10:00 AM"),
        # the AM/PM written once, for the end: the start read with the other one ended no sooner,
        # and the message said "9:00 PM", a time the page never wrote
        (HEAD + TABLE.format("<tr><td>9:00-8:30 AM</td><td>A</td></tr>"),
         "row 1: time cell '9:00-8:30 AM' ends before it starts: 9:00 is not before 8:30 AM, read as AM or as PM"),
        (HEAD + TABLE.format("<tr><td>9:00-9:00 AM</td><td>A</td></tr>"),
         "row 1: time cell '9:00-9:00 AM' ends as it starts: 9:00 is not before 9:00 AM, read as AM or as PM"),
        (HEAD.replace(", March 3rd", "") + TABLE.format(ROW), "the page gives no date for the workshop"),
        (HEAD.replace("March 3rd", "March 30th") + TABLE.format("<tr><td>1:30 AM</td><td>Night</td></tr>"),
         "row 1: 1:30 AM on 2031-03-30 does not exist in Europe/Lisbon (skipped by a daylight-saving change)"),
        (HEAD + TABLE.format("<tr><td>9:00 AM</td><td>Contributed Talks:<ul><li>Counting Clocks</li>"
                             "<li>Speaker: John Smith</li></ul></td></tr>"),
         "row 1: talk 2 of the list has a speaker (John Smith) but no title"),  # a talk's title is required
        (front(BOMB + "site_title: [*d, *d]\n") + TABLE.format(ROW),
         "line 4: front matter is not valid YAML (an alias (*a) is not allowed"),
        (front(BOMB + "workshop_name: [*d, *d]\n") + TABLE.format(ROW), "line 4: front matter is not valid YAML"),
        (front(BOMB + "date: [*d, *d]\n") + TABLE.format(ROW), "line 4: front matter is not valid YAML"),
        (front("date: 2031-02-30\n") + TABLE.format(ROW),
         "line 3: front matter is not valid YAML ('2031-02-30' cannot be read: day is out of range for month)"),
        (front("date: " + "9" * 5000 + "\n") + TABLE.format(ROW),
         f"line 3: front matter is not valid YAML ('{'9' * 40}…' cannot be read: Exceeds the limit (4300 digits)"),
        (front("site_title: " + "[" * 5000 + "]" * 5000 + "\n") + TABLE.format(ROW),
         "line 3: front matter is not valid YAML"),
        (front("site_title:\n" + "".join(" " * n + "-\n" for n in range(100))) + TABLE.format(ROW),
         "front matter is not valid YAML (nested deeper than 64 levels)"),
        (front("notes: " + "x" * 270_000 + "\n") + TABLE.format(ROW),
         "front matter is 270136 characters, more than a page's can be (262144)"),
        # a date and time, which YAML reads as such: its day was taken as written and its time and zone
        # dropped (2031-03-04 02:00 in Tokyo, a day after Lisbon's 2031-03-03 17:00: every slot a day late)
        (front("date: 2031-03-04T02:00:00+09:00\n") + TABLE.format(ROW),
         "front matter 'date' is 2031-03-04 02:00:00+09:00, a time, not the workshop's day (which day it is depends "
         "on the zone it is read in); write the day as YYYY-MM-DD"),
        (front("date: 2031-03-03 09:00:00\n") + TABLE.format(ROW),
         "front matter 'date' is 2031-03-03 09:00:00, a time"),
        (front("date: 9999-12-31\n") + TABLE.format(ROW),
         "the workshop's day: 9999-12-31 is outside the days this package handles (0001-01-03 to 9999-12-29, "),
        (front("date: 0001-01-01\n") + TABLE.format(ROW), "the workshop's day: 0001-01-01 is outside the days"),
        # libxml2 reads no deeper than 256 elements: the rows after it would be lost without a word
        (HEAD + TABLE.format(ROW + "\n<tr><td>10:00 AM</td><td>" + "<b>" * 300 + "Deep" + "</b>" * 300
                             + "</td></tr><tr><td>11:00 AM</td><td>Lunch</td></tr>"),
         "line 7: elements nested deeper than 256 levels (the HTML parser reads no further)"),
        # ... nor a text of more than 10,000,000 characters (a comment here)
        (HEAD + TABLE.format(ROW + "\n<tr><td>10:00 AM</td><td>Talk<!--" + "x" * 10_000_001 + "-->"
                             + "</td></tr><tr><td>11:00 AM</td><td>Lunch</td></tr>"),
         "line 7: a text, comment or attribute longer than 10,000,000 characters (the HTML parser reads no further)"),
    ],
)  # fmt: skip
def test_bad_pages_are_refused_with_nothing_written(tmp_path: Path, body: str | bytes, message: str) -> None:
    path = page(tmp_path, body)
    data = tmp_path / "data"
    proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "Europe/Lisbon", "--data-dir", data)
    assert proc.returncode == 2, proc.stdout
    assert proc.stderr.startswith(f"workshop-data: error: {path}"), proc.stderr
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not data.exists() or not any(data.rglob("*"))


def test_spans_that_shift_no_row_are_read_where_a_browser_draws_them(tmp_path: Path) -> None:
    # What the site's pages span, and spans a browser draws over no row below: a heading row across
    # the table (NeurIPS 2020's "Run 1", colspan="2"), a time across a 'Time' heading of two columns,
    # a header cell over two header rows, a last row's rowspan (no row below it to shift)
    body = (
        "<table class='schedule-table'><thead><tr><th rowspan='2' colspan='2'>Time</th><th>Section</th></tr>"
        "<tr><th>Talk</th></tr></thead><tbody>\n<tr><td colspan='3'>Run 1</td></tr>\n"
        "<tr><td>9:00 -</td><td>9:10 AM</td><td>Opening</td></tr>\n"
        "<tr><td colspan='2'>9:10-10:00 AM</td><td>Keynote: Ada Lovelace</td></tr>\n"
        "<tr><td rowspan='3'>10:00 AM</td><td></td><td rowspan='2'>Lunch</td></tr></tbody></table>"
    )
    folder, *_ = import_page(page(tmp_path, HEAD + body), "testconf2031", "r1", tmp_path / "data", timezone="UTC")
    slots = read_release(folder).slots
    assert [(s.start.strftime("%H:%M"), s.title or s.label, s.part) for s in slots] == [
        ("09:00", "Opening", "Run 1"),
        ("09:10", "Keynote", "Run 1"),
        ("10:00", "Lunch", "Run 1"),
    ]


def test_a_page_of_several_megabytes_imports(tmp_path: Path, shared: Path) -> None:
    seed = (shared / "seeds" / "000_d9f5c59d0a0e9214.txt").read_text(encoding="utf-8")
    bio = "<div class='speaker-bio'><h3>Someone</h3><p>" + "lorem ipsum dolor sit amet " * 200 + "</p></div>\n"
    path = page(tmp_path, seed + bio * 1000)
    assert path.stat().st_size > 5_000_000
    data = tmp_path / "data"
    folder, _ = import_page(
        path, "neurips2024", "2024-11-20", data, timezone="America/Vancouver", schema_version="1.0.0"
    )
    assert release_files(read_release(folder)) == {p.name: p.read_bytes() for p in SHIPPED.iterdir()}


def test_hostile_cells_are_read_or_refused(tmp_path: Path) -> None:
    cells = [
        "Poster" + " " * 200_000 + "x (",
        "Panel: " + "Ab Cd, " * 5_000 + "Ef Gh",
        "<i>Speaker</i>: " + "Ab - Cd " * 50_000,
        "Coffee" + "<br/>x" * 50_000,
        "Lunch" + " (TBD)" * 20_000 + "(a)" * 20_000,
    ]
    rows = "".join(f"<tr><td>{i + 1}:00 PM</td><td>{cell}</td></tr>" for i, cell in enumerate(cells))
    with pytest.raises(WorkshopDataError, match="row 2: more than 2000 talks or people on the page"):
        import_page(page(tmp_path, HEAD + TABLE.format(rows)), "testconf2031", "r1", tmp_path / "d", timezone="UTC")
    del cells[1]
    # a speaker's affiliation of 399,998 characters, a title of 149,998 (its lines joined by MyST's
    # hard breaks), a label of 179,990: more than a cell holds, each refused naming its row and field
    for number, refused, smaller in (
        (2, "'affiliations': 399,998", "<i>Speaker</i>: " + "Ab - Cd " * 10_000),
        (3, "'title_myst': 149,998", "Coffee" + "<br/>x" * 10_000),
        (4, "'label': 179,990", "Lunch" + " (TBD)" * 5_000 + "(a)" * 5_000),
    ):
        rows = "".join(f"<tr><td>{i + 1}:00 PM</td><td>{cell}</td></tr>" for i, cell in enumerate(cells))
        with pytest.raises(WorkshopDataError) as info:
            import_page(page(tmp_path, HEAD + TABLE.format(rows)), "testconf2031", "r2", tmp_path / "d", timezone="UTC")
        where = f"{tmp_path / 'page.md'}, row {number}, field {refused}"
        assert str(info.value) == f"{where} characters, more than a cell holds (100,000)"
        cells[number - 1] = smaller
    rows = "".join(f"<tr><td>{i + 1}:00 PM</td><td>{cell}</td></tr>" for i, cell in enumerate(cells))
    folder, imported = import_page(page(tmp_path, HEAD + TABLE.format(rows)), "testconf2031", "r2", tmp_path / "d",
                                   timezone="UTC")  # fmt: skip
    assert [s.kind for s in imported.release.slots] == ["poster", "other", "break", "lunch"]  # "Speaker:" alone
    assert imported.release.slots[-1].status == "a, a, a, a, a"  # five notes taken, the rest left in the text
    assert [p.name for p in (tmp_path / "d" / "testconf2031").iterdir()] == ["r2"]
    shutil.rmtree(folder)


def test_a_page_larger_than_any_schedule_page_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_data.importer import page as page_module

    monkeypatch.setattr(page_module, "MAX_BYTES", 1000)
    path = page(tmp_path, HEAD + TABLE.format(ROW) + "<p>" + "x" * 1000 + "</p>")
    with pytest.raises(WorkshopDataError, match=r"page.md: more than 1000 bytes, larger than a schedule page can be"):
        import_page(path, "testconf2031", "r1", tmp_path / "data", timezone="UTC")
    assert not (tmp_path / "data").exists()


def test_years_before_1000_publish_releases_that_load_in_order(tmp_path: Path) -> None:
    # '--release 0999-01-01', '--published 0001-…' and 'date: 0001-01-03' were written as '999-…'
    # and '1-…': every command failed on the edition after that, and the broken release was newest.
    data = tmp_path / "data"
    first = page(tmp_path, HEAD + TABLE.format(ROW), "first.md")
    second = page(tmp_path, HEAD.replace("title:", "date: 0001-01-03\ntitle:") + TABLE.format(ROW), "second.md")
    for path, release, extra in (  # in publication order: a release published behind the newest is refused
        (second, "r2", ("--published", "0001-01-03T00:00:00Z")),
        (first, "0999-01-01", ()),
        (first, "r3", ("--published", "2024-01-01T00:00:00Z")),
    ):
        proc = run(
            path, "--edition", "testconf2031", "--release", release, "--timezone", "UTC", "--data-dir", data, *extra
        )
        assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "workshop_data", "releases", "testconf2031", "--data-dir", str(data)],
                          capture_output=True, text=True)  # fmt: skip
    assert (proc.returncode, proc.stderr) == (0, "")
    assert [line.split()[:3] for line in proc.stdout.splitlines()] == [
        ["r2", "published", "0001-01-03"],
        ["0999-01-01", "published", "0999-01-01"],
        ["r3", "published", "2024-01-01"],
    ]
    assert read_release(data / "testconf2031" / "r2").workshop.date.isoformat() == "0001-01-03"


def test_the_year_1_east_of_greenwich_is_refused_with_one_line(tmp_path: Path) -> None:
    # 9:00 AM on 0001-01-01 in Tokyo is in the year 0 in UTC: the import raised OverflowError. The
    # day is refused whatever the zone: west of Greenwich its times are the year 0 in Samoa.
    path = page(tmp_path, HEAD.replace("title:", "date: 0001-01-01\ntitle:") + TABLE.format(ROW))
    proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "Asia/Tokyo", "--data-dir", tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == (
        f"workshop-data: error: {path}: the workshop's day: 0001-01-01 is outside the days this package handles "
        "(0001-01-03 to 9999-12-29, which every time zone can show)\n"
    )


def test_a_front_matter_value_as_long_as_a_cell_holds_imports_and_loads(tmp_path: Path) -> None:
    # Python's CSV reader refused fields over 131,072 characters by default: the release was
    # published and then could not be read. A cell now holds 100,000 characters (MAX_CELL_CHARS):
    # that many import and load, one more is refused naming the page and its key, nothing written.
    long = "Testing " * 12_499 + "Testing!"
    assert len(long) == MAX_CELL_CHARS
    path = page(tmp_path, HEAD.replace("title: Schedule", f"title: {long}") + TABLE.format(ROW))
    data = tmp_path / "data"
    proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
    assert proc.returncode == 0, proc.stderr
    check = (
        "import workshop_data as wd, sys; print(len(wd.load_workshop('testconf2031', data_dir=sys.argv[1]).page_title))"
    )
    proc = subprocess.run([sys.executable, "-c", check, str(data)], capture_output=True, text=True)
    assert proc.stdout == f"{MAX_CELL_CHARS}\n", proc.stderr
    path = page(tmp_path, HEAD.replace("title: Schedule", f"title: {long}s") + TABLE.format(ROW))
    proc = run(path, "--edition", "testconf2031", "--release", "r2", "--timezone", "UTC", "--data-dir", data)
    assert proc.returncode == 2
    assert proc.stderr == (
        f"workshop-data: error: {path}: front matter 'title' (the page_title): 100,001 characters, more than a cell"
        " holds (100,000)\n"
    )
    assert [p.name for p in (data / "testconf2031").iterdir()] == ["r1"]


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_a_release_is_published_with_the_umasks_modes(tmp_path: Path, mask: int) -> None:
    # mkdtemp made every release folder 0700, whatever the umask: the web server could not read it.
    import os

    before = os.umask(mask)
    try:
        folder, _ = import_page(page(tmp_path, HEAD + TABLE.format(ROW)), "testconf2031", "r1", tmp_path / "data",
                                timezone="UTC")  # fmt: skip
    finally:
        os.umask(before)
    assert folder.stat().st_mode & 0o777 == 0o777 & ~mask
    assert {p.stat().st_mode & 0o777 for p in folder.iterdir()} == {0o666 & ~mask}


def test_the_next_import_removes_temporary_folders_left_by_a_killed_import(tmp_path: Path) -> None:
    # kill -9 during an import left a hidden temporary folder in the edition's folder forever.
    import os
    import socket
    import time

    from workshop_data import datapackage

    edition = tmp_path / "data" / "testconf2031"
    host = datapackage._host()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    folders = {
        "killed here": f".r0.{dead.stdout.strip()}@{host}.abcd1234",
        "old, elsewhere": ".r0.12345@another-host.efgh5678",
        "new, elsewhere": ".r0.12345@another-host.ijkl9012",
        "running": f".r0.{os.getpid()}@{host}.mnop3456",
        "not ours": ".r0.notes",
    }
    for name in folders.values():
        (edition / name).mkdir(parents=True)
        (edition / name / "slots.csv").write_text("half written")
    hours_ago = time.time() - 2 * 3600
    os.utime(edition / folders["old, elsewhere"], (hours_ago, hours_ago))
    # the host is part of the name (another machine's pids are not seen here): gethostname()'s
    assert host and host == re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:63]
    import_page(page(tmp_path, HEAD + TABLE.format(ROW)), "testconf2031", "r1", tmp_path / "data", timezone="UTC")
    left = sorted(p.name for p in edition.iterdir())
    assert left == sorted([folders["new, elsewhere"], folders["running"], folders["not ours"], "r1"])


def test_import_needs_a_data_directory_named(tmp_path: Path) -> None:
    # Without --data-dir it wrote into the installed package (site-packages), which the next
    # `pip install` removes silently.
    import os

    from workshop_data.store import data_dir

    shipped = data_dir(None)
    before = sorted(p.name for p in shipped.rglob("*"))
    env = {k: v for k, v in os.environ.items() if k != "WORKSHOP_DATA_DIR"}
    path = page(tmp_path, HEAD + TABLE.format(ROW))
    try:
        proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC", env=env)
        assert proc.returncode == 2
        # it named `--data-dir workshop_data/data`, a path of the checkout that an installed
        # wheel's user has no such folder for: it names the package's data where it is (issue 9)
        assert proc.stderr == (
            "workshop-data: error: import needs a data directory: pass --data-dir DIR (data_dir=) or set "
            f"$WORKSHOP_DATA_DIR; the package's own data, {shipped}, is written only when named so (a package "
            "installed from a wheel loses what is written there at its next install)\n"
        )
        assert "workshop_data/data" not in proc.stderr.replace(str(shipped), "")
        assert sorted(p.name for p in shipped.rglob("*")) == before
    finally:
        shutil.rmtree(shipped / "testconf2031", ignore_errors=True)  # what a failure would have written
    site = subprocess.run([sys.executable, "-m", "workshop_data", "import-site", str(tmp_path)],
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert (site.returncode, site.stderr) == (2, proc.stderr)  # the same rule for the site's history
    env["WORKSHOP_DATA_DIR"] = str(tmp_path / "data")
    proc = run(path, "--edition", "testconf2031", "--release", "r1", "--timezone", "UTC", env=env)
    assert proc.returncode == 0, proc.stderr
    assert read_release(tmp_path / "data" / "testconf2031" / "r1").name == "r1"


def test_a_pipe_is_read_no_further_than_the_largest_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A pipe (or /dev/zero) has no size to check first: it is read with a bound.
    import os
    import threading

    from workshop_data.importer import page as page_module

    monkeypatch.setattr(page_module, "MAX_BYTES", 1000)
    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("wb") as out, contextlib.suppress(BrokenPipeError):
            out.write((HEAD + TABLE.format(ROW) + "<p>x</p>" * 1000).encode())

    writer = threading.Thread(target=write)
    writer.start()
    with pytest.raises(WorkshopDataError, match=r"page.md: more than 1000 bytes, larger than a schedule page can be"):
        import_page(fifo, "testconf2031", "r1", tmp_path / "data", timezone="UTC")
    writer.join()
    assert not (tmp_path / "data").exists()


def test_a_path_that_is_not_utf8_is_printed_as_given(tmp_path: Path, shared: Path) -> None:
    # The release was written, then printing its folder crashed: the message is the path's bytes.
    folder = os.fsencode(tmp_path) + b"/caf\xe9"
    os.mkdir(folder)
    seed = shared / "seeds" / "000_d9f5c59d0a0e9214.txt"
    args = [b"--edition", b"neurips2024", b"--release", b"2024-11-20", b"--timezone", b"America/Vancouver"]
    command = [os.fsencode(sys.executable), b"-m", b"workshop_data", b"import", os.fsencode(seed), *args]
    proc = subprocess.run([*command, b"--data-dir", folder + b"/data"], capture_output=True)
    assert proc.returncode == 0, proc.stderr
    release = folder + b"/data/neurips2024/2024-11-20"
    assert proc.stdout == release + b": release 2024-11-20 of neurips2024: 14 slots, 4 talks, 5 people\n"
    assert read_release(os.fsdecode(release)).name == "2024-11-20"
    again = subprocess.run([*command, b"--data-dir", folder + b"/data"], capture_output=True)
    assert again.returncode == 2
    assert again.stderr.startswith(b"workshop-data: error: " + os.fsencode(tmp_path) + b"/caf\\udce9/data/")


def test_an_import_after_a_release_of_a_newer_schema_is_refused(tmp_path: Path) -> None:
    """A data directory a newer package wrote into (its newest release declares a schema this
    package does not know) takes no import from this one: it skipped that release with a warning
    and published after it, its ids carried from an older release (a fork of the edition's
    history that the newer package's diff shows as every change undone). A broken release is
    still skipped with a warning, as before."""
    data = tmp_path / "data"
    newer = data / "neurips2024" / "2024-11-20"
    shutil.copytree(SHIPPED, newer)
    descriptor = newer / "datapackage.json"
    descriptor.write_text(descriptor.read_text().replace('"schema_version": "1.0.0"', '"schema_version": "2.13.0"'))
    require(SEED.is_file(), f"{SEED} is missing")
    seed = SEED
    args = ("--edition", "neurips2024", "--timezone", "America/Vancouver", "--data-dir", data)
    proc = run(seed, "--release", "2024-12-01", *args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == (
        f"workshop-data: error: {descriptor}, field 'schema_version': schema_version '2.13.0' is not one this "
        f"package reads ({', '.join(SCHEMA_VERSIONS)}): a newer workshop-data wrote it, "
        "and a release imported after it would not carry its ids; import with that version\n"
    )
    assert sorted(p.name for p in (data / "neurips2024").iterdir()) == ["2024-11-20"]
    # a release that is broken (here a schema version no package writes) is skipped, as before
    descriptor.write_text(descriptor.read_text().replace('"2.13.0"', '"2.4"'))
    proc = run(seed, "--release", "2024-12-01", *args)
    assert proc.returncode == 0, proc.stderr
    assert "does not load, skipped" in proc.stderr


def test_a_page_of_another_edition_is_refused_with_the_edition_to_import_it_as(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = run(FIXTURES / "shapes.md", "--edition", "otherconf2030", "--release", "2025-11-01", "--data-dir", data)
    assert proc.returncode == 2
    assert proc.stderr.rstrip().endswith(
        "the page is edition 'shapeconf2030' (from its site_description), not 'otherconf2030'; "
        "import it with --edition shapeconf2030"
    ), proc.stderr
    assert not (data / "otherconf2030").exists()


def test_an_import_with_no_data_directory_says_when_the_packages_data_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an installed package's folder (site-packages of a system Python) is often not the user's
    # to write: the message says so rather than suggesting it (issue 9); root writes anything, so
    # the permission is what os.access answers for a user who may not
    from workshop_data import store

    shipped = store.data_dir(None)
    monkeypatch.setattr(store.os, "access", lambda path, mode: Path(path) != shipped)
    assert f"the package's own data, {shipped}, which you cannot write, is written only" in store.needed_directory()


def test_a_speaker_new_to_the_data_printed_as_a_respelling_of_another_editions_is_warned_of(tmp_path: Path) -> None:
    # horg16: NeurIPS 2026's page printed 'Vinod Grovre' (NeurIPS 2025's 'Vinod Grover'): a new person,
    # vinod-grovre, without a word; the page corrected the next day kept that id, so one person had two
    # ids (two people pages). Said when the misspelling is imported; nobody is merged on a name alone.
    data = tmp_path / "data"
    keynote = "<tr><td>9:00 AM</td><td><b>Keynote:</b> {} (<i>Nvidia</i>)<br>Kernels</td></tr>"
    rows = (
        keynote.format("Vinod Grover")
        + "<tr><td>10:00 AM</td><td><b>Invited:</b> Yu Wang (<i>MIT</i>)<br>Caches</td></tr>"
    )
    assert run(page(tmp_path, HEAD + TABLE.format(rows)), "--edition", "testconf2031", "--release", "r1",
               "--timezone", "UTC", "--data-dir", data).returncode == 0  # fmt: skip
    later = HEAD.replace("testconf2031", "testconf2032").replace("TestConf 2031", "TestConf 2032")
    typo = page(tmp_path, later + TABLE.format(rows.replace("Vinod Grover", "Vinod Grovre").replace("Yu", "Yi")))
    proc = run(typo, "--edition", "testconf2032", "--release", "r1", "--timezone", "UTC", "--data-dir", data)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == (  # 'Yi Wang' is not 'Yu Wang' misspelled: a letter apart in a short word
        f"workshop-data: warning: {typo}: 'Vinod Grovre' is new to the data, a respelling of 'Vinod Grover'"
        " (vinod-grover in testconf2031): given an id of their own, vinod-grovre, which a page correcting the name"
        " keeps (one person with two ids); if misspelled, correct the page before another release is made of it\n"
    )
    fixed = page(tmp_path, later + TABLE.format(rows), "fixed.md")
    proc = run(fixed, "--edition", "testconf2032", "--release", "r2", "--timezone", "UTC", "--data-dir", data)
    assert (proc.returncode, proc.stderr) == (0, "")  # said once, at the release that printed it
    people = {p.name: p.person_id for p in read_release(data / "testconf2032" / "r2").people}
    assert people["Vinod Grover"] == "vinod-grovre"  # what the warning says: the id carried through the correction


def exported_shapes(data: Path) -> str:
    """The page ``export --format jekyll`` writes of shapes.md imported into ``data`` as
    shapeconf2030's release 2025-11-01, which its front matter names (``release:``)."""
    shape = ("--edition", "shapeconf2030", "--timezone", "Europe/Paris", "--data-dir", data)
    assert run(FIXTURES / "shapes.md", "--release", "2025-11-01", *shape).returncode == 0
    exported = subprocess.run(
        [sys.executable, "-m", "workshop_data", "export", "--format", "jekyll", "--edition", "shapeconf2030",
         "--data-dir", str(data)], capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "\nrelease: '2025-11-01'\n---\n" in exported
    return exported


def test_a_page_exported_from_an_older_release_does_not_undo_what_a_newer_one_changed(tmp_path: Path) -> None:
    """horg17: two organizers exported the same release and edited it, one moving Alan Turing's
    talk, the other Donald Knuth's affiliation; the second import waited for the first, then
    published its whole page, the talk back at 9:15 (its line said "3 changes", nothing more).
    The exported page names its release (``release:``), and a page whose edits touch what a
    release published since changed is refused, naming both releases and that change, nothing
    written. An organizer editing again the page of their own last release is not refused, and a
    page naming no release (the site's own) is not checked."""
    data = tmp_path / "data"
    shape = ("--edition", "shapeconf2030", "--timezone", "Europe/Paris", "--data-dir", data)
    exported = exported_shapes(data)
    moved = page(tmp_path, exported.replace(">9:15 AM<", ">9:20 AM<", 1), "moved.md")
    renamed = page(tmp_path, exported.replace("<i>Stanford University</i>", "<i>Stanford</i>", 1), "renamed.md")
    assert run(moved, "--release", "2025-11-02", *shape).returncode == 0
    late = run(renamed, "--release", "2025-11-03", *shape)
    assert late.returncode == 2
    assert late.stderr.startswith(
        f"workshop-data: error: {renamed}: exported from release '2025-11-01' (its front matter's 'release: "
        "2025-11-01'), but the edition's newest release, '2025-11-02', changed since what the page changes back ("
    )
    assert "moved 09:15 → 09:20" in late.stderr and "'release: 2025-11-02' in its front matter" in late.stderr
    assert late.stderr.count("\n") == 1
    assert not (data / "shapeconf2030" / "2025-11-03").exists()
    # the same edit made on the newest release's page is published, the move kept
    text = renamed.read_text(encoding="utf-8").replace(">9:15 AM<", ">9:20 AM<", 1)
    again = page(tmp_path, text.replace("release: '2025-11-01'", "release: 2025-11-02"), "again.md")
    assert run(again, "--release", "2025-11-03", *shape).returncode == 0, "its edits touch nothing changed since"
    # edited again after its own import: what it changed is still on the page, nothing is undone
    again.write_text(again.read_text(encoding="utf-8").replace("Lunch Break", "Lunch"), encoding="utf-8")
    assert run(again, "--release", "2025-11-04", *shape).returncode == 0
    kept = read_release(data / "shapeconf2030" / "2025-11-04").slot("invited-speaker-alan-turing").start
    assert kept is not None and kept.time() == dt.time(9, 20)
    # a page that names no release is the page, as before
    assert run(FIXTURES / "shapes.md", "--release", "2025-11-05", *shape).returncode == 0


def test_a_page_exported_from_another_editions_release_is_not_taken_for_this_ones(tmp_path: Path) -> None:
    """huser22: the guide's new edition starts from last year's exported page, whose front matter
    still says ``release:`` of last year's edition; ``import`` took it silently, and the page, kept
    for the new edition's next releases, named a release the edition does not hold, so that no
    import of it was checked against what the releases published since changed. Into an edition
    with no release the line is ignored with a note naming the file and the field; into one with
    releases it is refused in one line, exit 2, nothing written, naming the release to write."""
    data = tmp_path / "data"
    exported = exported_shapes(data)
    text = exported.replace("shapeconf2030", "shapeconf2031").replace(
        "ShapeConf 2030, November 28", "ShapeConf 2031, November 27"
    )
    copied = page(tmp_path, text.replace("&#x27;30, Nov 28", "&#x27;31, Nov 27"), "copied.md")
    new = ("--edition", "shapeconf2031", "--data-dir", data)
    first = run(copied, "--release", "2026-11-01", *new)
    assert first.returncode == 0, first.stderr
    assert first.stderr == (
        f"workshop-data: warning: {copied}: front matter 'release' is '2025-11-01', which is no release of "
        "shapeconf2031 (it has none yet: the page was exported from another edition or data directory): "
        "ignored; write 'release: 2026-11-01' in the page before you edit it for shapeconf2031's next release\n"
    )
    moved = page(tmp_path, copied.read_text(encoding="utf-8").replace(">9:15 AM<", ">9:20 AM<", 1), "moved.md")
    late = run(moved, "--release", "2026-11-02", *new)
    assert (late.returncode, late.stdout) == (2, "")
    assert late.stderr == (
        f"workshop-data: error: {moved}: front matter 'release' is '2025-11-01', which is no release of "
        "shapeconf2031 (the page was exported from another edition or data directory): whether its edits undo "
        "what the edition's releases changed cannot be checked; export shapeconf2031's newest release's page "
        f"(workshop-data export --format jekyll --edition shapeconf2031 --data-dir {data}) and make the edit there,"
        " or write "
        "'release: 2026-11-01' in its front matter to publish the page as it is\n"
    )
    assert sorted(p.name for p in (data / "shapeconf2031").iterdir()) == ["2026-11-01"]
    fixed = page(tmp_path, moved.read_text(encoding="utf-8").replace("'2025-11-01'", "2026-11-01"), "fixed.md")
    assert run(fixed, "--release", "2026-11-02", *new).returncode == 0

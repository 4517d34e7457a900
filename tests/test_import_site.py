"""import-site: the site's git history as every edition's releases (issue #9).

The facts asserted here were read on the site's pages (git show <commit>:schedule.md), not taken
from the importer's output.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SEED, SHIPPED, require
from workshop_data.changes import compare
from workshop_data.cli import main
from workshop_data.siteimport.history import import_site, release_name
from workshop_data.store import release_names
from workshop_data.validation import read_release

#: The commits of 2024's schedule page at the root (UTC author times), read with git log.
RELEASES_2024 = [
    "2024-11-18",  # b521f0b "Add workshop schedule (#14)", 2024-11-17 23:40 -05:00
    "2024-11-18.1748",  # 2465545 "Tune schedule format"
    "2024-11-20",  # the shipped release (upstream ca5d443), published 2024-11-20T00:00:00Z
    "2024-11-20.1742",  # ebcae52 "Add speaker bios. Pending alll photos." (index.md)
    "2024-11-21",  # b122013 "Add richard as speaker." (index.md), 2024-11-20 19:46 -05:00
    "2024-11-26",  # 756a782 "Add speaker info." (index.md), 2024-11-25 20:36 -05:00
    "2024-12-04",  # 2e6c5a5 "Update schedule.md (#15)"
    "2024-12-08",  # 67ba6b6 "Update name. (#16)", 2024-12-07 22:43 -05:00
    "2024-12-15",  # a41ddab "website change.", 2024-12-14 19:41 -05:00
    "2024-12-15.0055",  # aaaaa60 "Make mobile clearer."
    "2024-12-15.0142",  # debbc2e "schedule change."
]


@pytest.fixture(scope="module")
def imported(site_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole history imported once into an empty data directory."""
    data = tmp_path_factory.mktemp("imported") / "data"
    import_site(site_repo, data)
    return data


def test_2024_releases_in_order(imported: Path) -> None:
    names = release_names("neurips2024", imported)
    assert names[: len(RELEASES_2024)] == RELEASES_2024
    published = [read_release(imported / "neurips2024" / n).published for n in names]
    assert published == sorted(published)
    assert published[-1] == dt.datetime(2024, 12, 15, 1, 42, tzinfo=dt.UTC)  # debbc2e's author time


def test_2024_diff_lists_the_real_changes(imported: Path) -> None:
    old = read_release(imported / "neurips2024" / "2024-11-20")
    new = read_release(imported / "neurips2024" / RELEASES_2024[-1])
    changes = compare(old, new)
    assert not [c for c in changes if c.change == "removed"]
    moved = {(c.slot_id, f"{c.old:%H:%M}", f"{c.new:%H:%M}") for c in changes if c.change == "moved"}
    assert ("panel", "16:00", "13:00") in moved
    assert ("retrospective-tim-kraska", "13:00", "10:40") in moved
    added = {c.slot_id for c in changes if c.change == "added"}
    opening = next(s for s in new.slots if s.slot_id in added and s.kind == "opening")
    mimee = new.person(opening.speakers[0])
    assert (mimee.name, mimee.affiliations, opening.start.time()) == ("Mimee Xu", ("NYU",), dt.time(8, 15))
    tea = next(s for s in new.slots if s.slot_id in added and s.kind == "break")
    assert (tea.label, tea.start.time()) == ("Tea Break", dt.time(14, 50))
    renamed = [(c.person_id, c.old, c.new) for c in changes if c.change == "speaker_renamed"]
    assert renamed == [("natasha-jacques", "Natasha Jacques", "Natasha Jaques")]


def test_fresh_clone_reproduces_the_shipped_release_byte_for_byte(imported: Path) -> None:
    made = imported / "neurips2024" / "2024-11-20"
    assert sorted(p.name for p in made.iterdir()) == sorted(p.name for p in SHIPPED.iterdir())
    for shipped in SHIPPED.iterdir():
        assert (made / shipped.name).read_bytes() == shipped.read_bytes(), shipped.name


def test_every_edition_with_a_schedule_is_imported(imported: Path) -> None:
    editions = sorted(p.name for p in imported.iterdir())
    # 2021's and 2022's schedules are inside their index.md (their parser is issue #9's engineer D's)
    for edition in (
        "isca2019",
        "neurips2018",
        "neurips2019",
        "neurips2020",
        "neurips2023",
        "neurips2024",
        "neurips2025",
    ):
        assert edition in editions
        for name in release_names(edition, imported):
            read_release(imported / edition / name)  # every release reads back and checks


def test_run_again_writes_nothing(site_repo: Path, imported: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in imported.rglob("*")}
    report = import_site(site_repo, imported)
    assert report.written == []
    assert {p: p.stat().st_mtime_ns for p in imported.rglob("*")} == before


def test_release_names_are_unique_and_sortable() -> None:
    at = dt.datetime(2024, 12, 15, 0, 41, 2, tzinfo=dt.UTC)
    taken: set[str] = set()
    names = []
    for moment in (
        at,
        at + dt.timedelta(minutes=14),
        at + dt.timedelta(minutes=14, seconds=30),
        at + dt.timedelta(minutes=14, seconds=30),
    ):
        names.append(release_name(moment, taken))
        taken.add(names[-1])
    assert names == ["2024-12-15", "2024-12-15.0055", "2024-12-15.005532", "2024-12-15.005532-2"]


# -- bad input ----------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@x",
    }
    done = subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env)
    return done.stdout.strip()


def _commit(repo: Path, files: dict[str, str], when: str) -> str:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", f"change {when}", "--date", when)
    return _git(repo, "rev-parse", "--short=7", "HEAD")


@pytest.fixture
def bad_site(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A small site: 2024's schedule page, then a broken version of it, a page of an edition the
    reviewed table does not know, and an edition folder with no pages."""
    require(SEED.is_file(), f"{SEED} is missing")
    seed = SEED.read_text(encoding="utf-8")
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    commits = {
        "good": _commit(repo, {"schedule.md": seed}, "2024-11-19T12:00:00Z"),
        "broken": _commit(repo, {"schedule.md": seed.replace("8:20 AM", "8:20 XM", 1)}, "2024-11-21T12:00:00Z"),
        "unknown": _commit(
            repo, {"neurips2031/schedule.md": seed.replace("neurips2024", "neurips2031")}, "2024-11-22T12:00:00Z"
        ),
        "empty": _commit(repo, {"neurips2030/README.txt": "to come\n"}, "2024-11-23T12:00:00Z"),
        "fixed": _commit(
            repo, {"schedule.md": seed.replace("Poster Session 2", "Poster Session Two")}, "2024-11-24T12:00:00Z"
        ),
    }
    return repo, commits


def test_bad_input_is_reported_and_the_rest_imported(
    bad_site: tuple[Path, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, commits = bad_site
    data = tmp_path / "data"
    assert main(["import-site", str(repo), "--data-dir", str(data)]) == 0
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert any(commits["broken"] in line and "schedule.md, row 1" in line and "8:20 XM" in line for line in lines), err
    assert any(
        commits["unknown"] in line and "neurips2031/schedule.md" in line and "neurips2031" in line for line in lines
    ), err
    assert any(commits["empty"] in line and "neurips2030/" in line and "no pages" in line for line in lines), err
    assert release_names("neurips2024", data) == ["2024-11-19", "2024-11-24"]
    assert sorted(p.name for p in data.iterdir()) == ["neurips2024"]
    assert not [p for p in (data / "neurips2024").iterdir() if p.name.startswith(".")]  # nothing half-written
    assert [s.label for s in read_release(data / "neurips2024" / "2024-11-24").slots][-2] == "Poster Session Two"

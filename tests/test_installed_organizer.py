"""The organizer's path of docs/package/guide.md, walked with the installed wheel from outside
the repository: the wheel built with ``pip wheel --no-deps``, installed in a fresh venv (no
system site packages, its dependencies from the machine's package index), every command of the
guide's organizer section run as written, the errors an organizer provokes answered in one line
naming the file, the row and the field, and the data directory's own alias table
(``aliases.csv``, :mod:`workshop_data.aliases`) read by ``import`` and ``import-site`` on a small
site made here."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, SEED, InstalledWheel, require

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("installed_wheel")]

GUIDE = REPO / "docs" / "package" / "guide.md"
#: The guide's organizer section: from its heading to the next part's.
SECTION = ("## Publish a new release (organizers)", "## Build this site")
ALIAS_ROW = "Jeffrey Dean,Jeff Dean,the keynote of the same slot: the same talk and affiliation (Google)\n"


@pytest.fixture
def installed(installed_wheel: InstalledWheel) -> Path:
    """The ``bin`` folder of a fresh venv with the wheel of this checkout installed (made once in
    the run: conftest.installed_wheel)."""
    return installed_wheel.bin


def _env(bin_dir: Path) -> dict[str, str]:
    """The organizer's shell: the venv first on PATH, none of the repository's settings."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKSHOP_DATA_DIR", "VIRTUAL_ENV")}
    return env | {"PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"}


def sh(bin_dir: Path, cwd: Path, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=_env(bin_dir), capture_output=True, text=True)


def guide_commands() -> list[str]:
    """Every command of the guide's organizer section's ``console`` blocks, in order, a line
    continued with ``\\`` joined to the next."""
    text = GUIDE.read_text("utf-8")
    section = text[text.index(SECTION[0]) : text.index(SECTION[1])]
    commands: list[str] = []
    for block in re.findall(r"```console\n(.*?)```", section, re.DOTALL):
        commands += block.replace("\\\n", " ").strip().splitlines()
    return commands


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workshop-data: error: "), done.stderr
    return lines[0].removeprefix("workshop-data: error: ")


def test_the_guides_organizer_path_works_as_written(installed: Path, tmp_path: Path) -> None:
    commands = guide_commands()
    assert any(c.startswith("workshop-data import schedule.md --edition neurips2026") for c in commands)
    assert any("aliases.csv" in c for c in commands)
    for command in commands:  # each as the guide writes it, in a folder outside the repository
        done = sh(installed, tmp_path, command)
        assert done.returncode == 0, (command, done.stderr)
    data = tmp_path / "mydata"
    assert not (data / "neurips2024" / "2024-12-16").is_relative_to(REPO)
    with (tmp_path / "ourdata" / "neurips2024" / "2024-12-16" / "people.csv").open(encoding="utf-8") as f:
        people = {row["name"]: row["person_id"] for row in csv.DictReader(f)}
    # the guide's aliases.csv: one person, jeff-dean, named as the home page names him (his role's)
    assert people["Jeff Dean"] == "jeff-dean" and "jeffrey-dean" not in people.values()
    shown = sh(installed, tmp_path, "workshop-data schedule --edition neurips2026 --data-dir mydata")
    assert "NeurIPS 2026 · Saturday 12 December 2026" in shown.stdout


def _rehashed(release: Path) -> None:
    """The release's descriptor with each file's size and hash as the file now is (an organizer
    who edited a file by hand and made the descriptor agree)."""
    descriptor = release / "datapackage.json"
    package = json.loads(descriptor.read_text("utf-8"))
    for resource in package["resources"]:
        data = (release / resource["path"]).read_bytes()
        resource["bytes"], resource["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    descriptor.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", "utf-8")


def test_the_errors_an_organizer_provokes_name_the_file_row_and_field(installed: Path, tmp_path: Path) -> None:
    copy = "python -c \"import shutil, workshop_data.store as s; shutil.copytree(s.data_dir(), 'mydata')\""
    assert any(c.startswith(f"{copy}   # ") for c in guide_commands())  # as the guide writes it
    assert sh(installed, tmp_path, copy).returncode == 0
    export = "workshop-data export --format jekyll --edition neurips2024 --data-dir mydata -o schedule.md"
    assert sh(installed, tmp_path, export).returncode == 0
    page = (tmp_path / "schedule.md").read_text("utf-8")
    imported = "workshop-data import {} --edition neurips2024 --release 2024-12-16 --data-dir mydata"

    (tmp_path / "bad_time.md").write_text(page.replace(">8:20 AM<", ">25:20 AM<", 1), "utf-8")
    assert one_line_error(sh(installed, tmp_path, imported.format("bad_time.md"))) == (
        "bad_time.md, row 2: time cell '25:20 AM' is not a time (expected e.g. '8:20 AM' or '9:00-9:10 AM')"
    )
    row = re.search(r'\s*<tr id="coffee-break">.*?</tr>', page, re.DOTALL)
    assert row is not None
    (tmp_path / "twice.md").write_text(page[: row.end()] + row.group() + page[row.end() :], "utf-8")
    assert one_line_error(sh(installed, tmp_path, imported.format("twice.md"))) == (
        "twice.md, row 5: time cell '9:55 AM' starts at 9:55 AM, the same time as the row above (parallel sessions"
        " are not supported)"
    )
    assert sorted(p.name for p in (tmp_path / "mydata" / "neurips2024").iterdir())[-1] == "2024-12-15.0142"

    release = tmp_path / "mydata" / "neurips2024" / "2024-12-15.0142"
    for name, old, new, said in (
        ("slots.csv", '""jeff-dean""', '""jeff-deen""', "row 2, field 'speakers': speaker 'jeff-deen' is not"),
        (
            "slots.csv",
            "keynote-jeff-dean,2024-12-15T08:20:00,",
            "keynote-jeff-dean,2024-12-15T25:20:00,",
            "row 2, field 'start': '2024-12-15T25:20:00' is not a valid time",
        ),
    ):
        edited = tmp_path / "edited" / "neurips2024" / release.name
        shutil.rmtree(edited.parent.parent, ignore_errors=True)
        shutil.copytree(release, edited)
        text = (edited / name).read_text("utf-8")
        assert old in text
        (edited / name).write_text(text.replace(old, new, 1), "utf-8")
        _rehashed(edited)
        error = one_line_error(sh(installed, tmp_path, f"workshop-data validate {edited}"))
        assert error.startswith(f"{edited / name}, {said}"), error
    edited = tmp_path / "twice" / "neurips2024" / release.name
    shutil.copytree(release, edited)
    lines = (edited / "slots.csv").read_text("utf-8").splitlines(keepends=True)
    (edited / "slots.csv").write_text("".join([*lines, lines[3]]), "utf-8")  # a slot given twice
    _rehashed(edited)
    error = one_line_error(sh(installed, tmp_path, f"workshop-data validate {edited}"))
    slot = lines[3].split(",")[0]
    assert (
        error
        == f"{edited / 'slots.csv'}, row {len(lines)}, field 'slot_id': duplicate slot_id '{slot}' (first on row 3)"
    )


def _git(repo: Path, *args: str, when: str = "") -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t"}
    env |= {"GIT_COMMITTER_EMAIL": "t@x", **({"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when} if when else {})}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def _people(release: Path) -> dict[str, str]:
    with (release / "people.csv").open(encoding="utf-8") as f:
        return {row["name"]: row["person_id"] for row in csv.DictReader(f)}


def test_the_data_directorys_alias_table_with_the_installed_package(installed: Path, tmp_path: Path) -> None:
    """A small site whose second version spells its keynote speaker otherwise: imported into a
    data directory without ``aliases.csv``, two people; with it, one id; with a bad row, one line
    naming the file, the row and the field, and nothing written."""
    require(SEED.is_file(), f"{SEED} is missing")
    site = tmp_path / "site"
    site.mkdir()
    _git(site, "init", "-q")
    page = SEED.read_text("utf-8")
    for text, when in (
        (page, "2024-11-19T12:00:00Z"),
        (page.replace("Jeff Dean", "Jeffrey Dean"), "2024-11-20T12:00:00Z"),
    ):
        (site / "schedule.md").write_text(text, "utf-8")
        _git(site, "add", "-A")
        _git(site, "commit", "-q", "-m", when, when=when)
    for folder, table in (("plain", None), ("reviewed", "printed,name,reason\n" + ALIAS_ROW)):
        (tmp_path / folder).mkdir()
        if table is not None:
            (tmp_path / folder / "aliases.csv").write_text(table, "utf-8")
        done = sh(installed, tmp_path, f"workshop-data import-site site --data-dir {folder}")
        assert done.returncode == 0, done.stderr
        assert "2 release(s) written" in done.stdout
    plain, reviewed = (sorted((tmp_path / f / "neurips2024").iterdir()) for f in ("plain", "reviewed"))
    assert _people(plain[0])["Jeff Dean"] == "jeff-dean" and _people(plain[1])["Jeffrey Dean"] == "jeffrey-dean"
    assert _people(reviewed[1])["Jeffrey Dean"] == "jeff-dean"  # one person: the organizer's entry

    # the page import reads it too: the shipped record copied, its page respelled
    copy = "python -c \"import shutil, workshop_data.store as s; shutil.copytree(s.data_dir(), 'mydata')\""
    export = "workshop-data export --format jekyll --edition neurips2024 --data-dir mydata -o schedule.md"
    assert sh(installed, tmp_path, f"{copy} && {export}").returncode == 0
    respelled = (tmp_path / "schedule.md").read_text("utf-8").replace(">Jeff Dean<", ">Jeffrey Dean<")
    (tmp_path / "schedule.md").write_text(respelled, "utf-8")
    imported = "workshop-data import schedule.md --edition neurips2024 --release 2024-12-16 --data-dir mydata"
    (tmp_path / "mydata" / "aliases.csv").write_text("printed,name,reason\nJeffrey Dean,Jeff Dean,same\n", "utf-8")
    assert one_line_error(sh(installed, tmp_path, imported)) == (
        "mydata/aliases.csv, row 1, field 'reason': 'same' is too short: say the evidence that they are one person,"
        " as read on the pages (at least 20 characters)"
    )
    assert not (tmp_path / "mydata" / "neurips2024" / "2024-12-16").exists()
    (tmp_path / "mydata" / "aliases.csv").write_text("printed,name,reason\n" + ALIAS_ROW, "utf-8")
    done = sh(installed, tmp_path, imported)
    assert done.returncode == 0, done.stderr
    # one person, jeff-dean; the keynote keeps the name the home page gives him, and the import says so
    people = _people(tmp_path / "mydata" / "neurips2024" / "2024-12-16")
    assert people["Jeff Dean"] == "jeff-dean" and "jeffrey-dean" not in people.values()
    assert "'Jeffrey Dean' is printed for Jeff Dean (jeff-dean), whom the edition's home page names so" in done.stderr


def test_the_command_an_import_refusal_names_works_as_written(installed: Path, tmp_path: Path) -> None:
    """The guide's new edition started from last year's page with its ``release:`` line kept:
    the second import is refused naming the command that exports the new edition's page, which
    left out the data directory (``--data-dir mydata``): run as written, it read the package's
    data, which has no such edition, and failed."""
    copy = "python -c \"import shutil, workshop_data.store as s; shutil.copytree(s.data_dir(), 'mydata')\""
    assert sh(installed, tmp_path, copy).returncode == 0
    start = next(
        c for c in guide_commands() if c.startswith("workshop-data export --format jekyll --edition neurips2025")
    )
    edit = next(c for c in guide_commands() if c.startswith("sed -i -e 's/neurips2025/neurips2026/'"))
    kept = edit.replace(" -e '/^release: /d'", "")  # the release line kept
    assert kept != edit and all(sh(installed, tmp_path, command).returncode == 0 for command in (start, kept))
    first = "workshop-data import schedule.md --edition neurips2026 --release 2026-11-20 --data-dir mydata"
    assert sh(installed, tmp_path, first).returncode == 0
    refused = one_line_error(sh(installed, tmp_path, first.replace("2026-11-20", "2026-11-21")))
    named = re.search(r"\((workshop-data export [^)]*)\)", refused)
    assert named is not None, refused
    assert named.group(1) == "workshop-data export --format jekyll --edition neurips2026 --data-dir mydata"
    done = sh(installed, tmp_path, f"{named.group(1)} -o again.md")
    assert done.returncode == 0, done.stderr
    assert re.search(r"^release: '?2026-11-20'?$", (tmp_path / "again.md").read_text("utf-8"), re.MULTILINE)

"""An organizer's own reviewed alias entries: ``aliases.csv`` at the root of their data
directory (:mod:`workshop_data.aliases`), merged with the package's table into a table of
the import that publishes there alone; every bad row refused in one line naming the file, the row and the field.
The installed wheel's end-to-end run is ``tests/test_installed_organizer.py``."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import SEED, SHIPPED, require

from workshop_data import aliases
from workshop_data.aliases import ALIASES, PACKAGE, TABLE_FILE, Alias, entry_problem, of_directory, read_table
from workshop_data.cli import main
from workshop_data.errors import DataValidationError, WorkshopDataError

HEADER = "printed,name,reason\n"
CHAIN = "J. Dean,Jeffrey Dean,a chain: Jeffrey Dean is a variant of Jeff Dean\n"
GOOD = "Jeffrey Dean,Jeff Dean,the keynote of the same slot: the same talk and affiliation (Google)\n"


def test_the_packages_entries_follow_the_rules_an_organizers_follow() -> None:
    # one home for the rules: each entry of the package's table against the others
    for variant, alias in ALIASES.items():
        others = {k: v for k, v in ALIASES.items() if k != variant}
        assert entry_problem(variant, alias, others) is None, variant


def test_of_directory_adds_the_data_directorys_entries_to_a_table_of_its_own(tmp_path: Path) -> None:
    assert of_directory(tmp_path) is PACKAGE  # no aliases.csv: the package's table
    (tmp_path / TABLE_FILE).write_text(HEADER + GOOD, "utf-8")
    table = of_directory(tmp_path)
    assert table.person_key("Jeffrey Dean") == table.person_key("Jeff Dean")
    assert table.canonical_name("JEFFREY DEAN") == "Jeff Dean"
    assert table.new_person_id("Jeffrey Dean") == "jeff-dean"
    assert table.new_person_id("Xinlei Xu") == "mimee-xu"  # the package's entries too
    assert PACKAGE.person_key("Jeffrey Dean") != PACKAGE.person_key("Jeff Dean")  # the package's, unchanged
    assert PACKAGE.new_person_id("Jeffrey Dean") == "jeffrey-dean"
    assert "jeffrey dean" not in ALIASES
    with pytest.raises(TypeError):  # the package's table is one constant: no import changes it
        aliases.ALIASES["jeffrey dean"] = Alias("Jeff Dean", "an entry written into the module's table")  # type: ignore[index]


def test_a_row_the_package_already_has_is_no_change(tmp_path: Path) -> None:
    path = tmp_path / TABLE_FILE
    path.write_text(HEADER + "Xinlei Xu,Mimee Xu,the package's own entry written again here\n", "utf-8")
    assert read_table(path) == {"xinlei xu": Alias("Mimee Xu", "the package's own entry written again here")}


@pytest.mark.parametrize(
    ("text", "row", "field", "words"),
    [
        ("printed,name\nA B,C D\n", 0, None, "expected printed,name,reason,rename"),
        (HEADER + "Jeffrey Dean,Jeff Dean,same\n", 1, "reason", "too short"),
        (HEADER + GOOD + "Jeffrey  DEAN,Jeff Dean,another row of the same printed name here\n", 2, "printed", "row 1"),
        (HEADER + "Xinlei Xu,Xinlei Zu,the package's table names her otherwise in this row\n", 1, "name", "Mimee Xu"),
        (HEADER + CHAIN + GOOD, 2, "printed", "the canonical name of"),
        (HEADER + GOOD + CHAIN, 2, "name", "write 'Jeff Dean'"),
        (HEADER + "Dan Zhang,David Zhang,the two were reviewed apart by the package's table\n", 1, "name", "two"),
        (HEADER + "Jeff Dean,JEFF DEAN,the same name in capitals: normalised already\n", 1, "name", "no entry"),
        (HEADER + ",Jeff Dean,an empty printed name is no name at all here\n", 1, "printed", "empty"),
        ("printed,name,reason,rename\n" + GOOD.strip() + ",maybe\n", 1, "rename", "true, false"),
        (HEADER + "Jeffrey Dean,Jeff Dean\n", 1, None, "2 cells"),
    ],
)
def test_a_bad_row_is_refused_naming_the_file_row_and_field(
    tmp_path: Path, text: str, row: int, field: str | None, words: str
) -> None:
    path = tmp_path / TABLE_FILE
    path.write_text(text, "utf-8")
    with pytest.raises(DataValidationError) as caught:
        read_table(path)
    error = caught.value
    assert (error.file, error.row, error.field) == (str(path), row, field)
    assert words in str(error) and "\n" not in str(error)


def test_an_import_with_a_bad_table_exits_2_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require(SEED.is_file(), f"{SEED} is missing")
    data = tmp_path / "mydata"
    shutil.copytree(SHIPPED.parent, data / SHIPPED.parent.name)
    (data / TABLE_FILE).write_text(HEADER + "Jeffrey Dean,Jeff Dean,same\n", "utf-8")
    before = sorted(p.name for p in (data / "neurips2024").iterdir())
    page = ["import", str(SEED), "--edition", "neurips2024", "--release", "2024-12-20", "--data-dir", str(data)]
    for args in (page, ["import-site", str(tmp_path / "no-site"), "--data-dir", str(data)]):
        assert main(args) == 2
        err = capsys.readouterr().err.strip()
        assert err == (
            f"workshop-data: error: {data / TABLE_FILE}, row 1, field 'reason': 'same' is too short: say the"
            " evidence that they are one person, as read on the pages (at least 20 characters)"
        )
    assert sorted(p.name for p in (data / "neurips2024").iterdir()) == before


@pytest.mark.parametrize("kind", ["a FIFO", "a folder"])
def test_a_table_that_is_no_regular_file_is_refused_by_name_never_opened_nor_ignored(tmp_path: Path, kind: str) -> None:
    # A FIFO named aliases.csv was skipped without a word (the table taken as absent, so a person
    # printed two ways could get a second id), and opening one waits for a writer for ever: it is
    # refused by the one rule a release's files follow (files.read_regular), naming the file.
    path = tmp_path / TABLE_FILE
    if kind == "a FIFO":
        require(hasattr(os, "mkfifo"), "this system makes no FIFO")
        os.mkfifo(path)
    else:
        path.mkdir()
    with pytest.raises(WorkshopDataError) as caught:
        of_directory(tmp_path)
    assert str(caught.value) == f"{path}: is {kind}, not a regular file: not read"


def _respelled_site(root: Path) -> Path:
    """A site of two versions of the seed page, the second spelling its keynote speaker
    'Jeffrey Dean' where the first printed 'Jeff Dean' (``tests/test_installed_organizer.py``'s)."""
    import subprocess

    site = root / "site"
    site.mkdir()
    page = SEED.read_text("utf-8")
    for text, when in (
        (page, "2024-11-19T12:00:00Z"),
        (page.replace("Jeff Dean", "Jeffrey Dean"), "2024-11-20T12:00:00Z"),
    ):
        (site / "schedule.md").write_text(text, "utf-8")
        env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t"}
        env |= {"GIT_COMMITTER_EMAIL": "t@x", "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", when]):
            subprocess.run(["git", "-C", str(site), *args], check=True, capture_output=True, env=env)
    return site


def _keynote_id(data: Path) -> str:
    """The id the newest release of ``data``'s NeurIPS 2024 gives 'Jeffrey Dean'."""
    import csv

    newest = max((data / "neurips2024").iterdir())
    with (newest / "people.csv").open(encoding="utf-8") as f:
        return next(row["person_id"] for row in csv.DictReader(f) if row["name"] == "Jeffrey Dean")


@pytest.mark.parametrize("threads", [False, True], ids=["one after the other", "in two threads"])
def test_two_imports_in_one_process_each_tell_names_apart_by_their_own_directorys_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threads: bool
) -> None:
    # aliases.merged swapped the module's table for the length of an import: an import into a
    # directory without aliases.csv, run while another ran with one, saw the other's entries.
    import threading

    from workshop_data.siteimport import history

    require(SEED.is_file(), f"{SEED} is missing")
    site = _respelled_site(tmp_path)
    reviewed, plain = tmp_path / "reviewed", tmp_path / "plain"
    reviewed.mkdir()
    (reviewed / TABLE_FILE).write_text(HEADER + GOOD, "utf-8")
    if threads:
        both = threading.Barrier(2, timeout=120)
        planned = history.plan

        def planning_together(*args: object, **kwargs: object) -> object:
            both.wait()  # each import has begun, with its own directory's table, before either plans
            return planned(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(history, "plan", planning_together)
        failed: list[BaseException] = []

        def run(data: Path) -> None:
            try:
                history.import_site(site, data)
            except BaseException as exc:  # said in the main thread
                failed.append(exc)
                both.abort()

        workers = [threading.Thread(target=run, args=(data,)) for data in (reviewed, plain)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert not failed, failed
    else:
        for data in (reviewed, plain):
            history.import_site(site, data)
    assert (_keynote_id(reviewed), _keynote_id(plain)) == ("jeff-dean", "jeffrey-dean")
    assert PACKAGE.person_key("Jeffrey Dean") != PACKAGE.person_key("Jeff Dean")  # the package's table, as it was

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

import workshop_data as wd
from workshop_data import aliases
from workshop_data.aliases import (
    ALIASES,
    PACKAGE,
    TABLE_FILE,
    Alias,
    AliasTable,
    entry_problem,
    of_directory,
    read_table,
)
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
        # a name of no Latin letter was refused as 'empty': the table finds names by their Latin
        # letters and digits (ids.normalise), which it has none of
        (HEADER + "Ivan Petrov,Иван Петров,a reason of more than twenty characters\n", 1, "name", "no Latin letter"),
        (HEADER + "李明,Li Ming,a reason of more than twenty characters\n", 1, "printed", "no Latin letter"),
        ("printed,name,reason,rename\n" + GOOD.strip() + ",maybe\n", 1, "rename", "true, false"),
        (HEADER + "Jeffrey Dean,Jeff Dean\n", 1, None, "2 cells"),
        # a cell past the CSV reader's own limit was a traceback (_csv.Error), not one line
        (HEADER + GOOD + "Jeffrey Deen," + "J" * 200_000 + ",a reason of twenty characters or more\n", 2, None, "CSV"),
        # each cell is held to the rules the data's texts are, the names to a person's name's:
        # a name the table gives is the name a release publishes, its id made from it
        (HEADER + "Jeffrey Dean," + "J" * 100_001 + ",a reason of more than twenty characters\n", 1, "name", "cell"),
        (HEADER + "Jeffrey Dean,Jeff \u202eDaen,a reason of more than twenty characters\n", 1, "name", "U+202E"),
        (HEADER + "Jeff\u200bery Dean,Jeff Dean,a reason of more than twenty characters\n", 1, "printed", "U+200B"),
        (HEADER + "Jeffrey Dean,Jeff Dean,\x1b[2J a reason of more than twenty characters\n", 1, "reason", "U+001B"),
        (HEADER + "Jeffrey Dean,Jeff D\u0435an,a reason of more than twenty characters\n", 1, "name", "mixes scripts"),
        (HEADER + 'Jeffrey Dean,"Jeff\nDaen",a reason of more than twenty characters\n', 1, "name", "one line"),
        (HEADER + "Jeffrey Dean,Jeff\u2028Daen,a reason of more than twenty characters\n", 1, "name", "one line"),
        (HEADER + "Jeffrey Dean,Jeff  Daen,a reason of more than twenty characters\n", 1, "name", "one line"),
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


def _both_imports_refuse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, page: list[str], line: str
) -> Path:
    """A copy of neurips2024's releases with the table of the one ``row``, into which ``import``
    (``page``, its data directory added) and ``import-site`` both exit 2 saying ``line`` of the
    table, and write nothing: the data directory."""
    require(SEED.is_file(), f"{SEED} is missing")
    data = tmp_path / "mydata"
    shutil.copytree(SHIPPED.parent, data / SHIPPED.parent.name)
    (data / TABLE_FILE).write_text(HEADER + row, "utf-8")
    before = sorted(p.name for p in (data / "neurips2024").iterdir())
    for args in ([*page, "--data-dir", str(data)], ["import-site", str(tmp_path / "no-site"), "--data-dir", str(data)]):
        assert main(args) == 2
        assert capsys.readouterr().err.strip() == f"workshop-data: error: {data / TABLE_FILE}, {line}"
    assert sorted(p.name for p in (data / "neurips2024").iterdir()) == before
    return data


def test_an_import_with_a_bad_table_exits_2_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = ["import", str(SEED), "--edition", "neurips2024", "--release", "2024-12-20"]
    line = (
        "row 1, field 'reason': 'same' is too short: say the evidence that they are one person, as read on the"
        " pages (at least 20 characters)"
    )
    _both_imports_refuse(tmp_path, capsys, "Jeffrey Dean,Jeff Dean,same\n", page, line)


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


def test_a_table_in_another_encoding_is_refused_at_its_row(tmp_path: Path) -> None:
    # saved by a spreadsheet as Latin-1 (or UTF-16): 'not UTF-8 (byte 92)', no row to look at
    path = tmp_path / TABLE_FILE
    path.write_bytes(
        (HEADER + GOOD + "José Dean,Jeff Dean,a reason of more than twenty characters\n").encode("latin-1")
    )
    with pytest.raises(DataValidationError) as caught:
        read_table(path)
    assert (caught.value.row, caught.value.field) == (2, None)
    offset = len(HEADER + GOOD) + 3  # the 'é' of 'José'
    assert str(caught.value) == f"{path}, row 2: not UTF-8 (byte 0xe9 at offset {offset}): save it as UTF-8"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # after a byte-order mark, the same byte
    with pytest.raises(DataValidationError, match=rf", row 2: not UTF-8 \(byte 0xe9 at offset {offset + 3}\)"):
        read_table(path)
    path.write_bytes((HEADER + GOOD).encode("utf-16"))
    with pytest.raises(DataValidationError, match=r", row 0: not UTF-8 \(byte 0xff at offset 0\)"):
        read_table(path)


def test_a_table_larger_than_a_table_can_be_is_refused_unread(tmp_path: Path) -> None:
    # read whole into memory, and each row checked against every row above it: a file of
    # gigabytes, or of a million rows, held the import for hours (4,000 rows took 1.2 s)
    path = tmp_path / TABLE_FILE
    path.write_bytes(HEADER.encode() + b"x" * aliases.MAX_TABLE_BYTES)
    with pytest.raises(DataValidationError) as caught:
        read_table(path)
    assert (caught.value.file, caught.value.row) == (str(path), None)
    assert f"more than a table of aliases can be ({aliases.MAX_TABLE_BYTES:,} bytes)" in str(caught.value)
    rows = "".join(f"Printed{i} Name,Canonical{i} Name,a reason of more than twenty characters\n" for i in range(5000))
    path.write_text(HEADER + rows, "utf-8")
    assert path.stat().st_size < aliases.MAX_TABLE_BYTES
    with pytest.raises(DataValidationError) as caught:
        read_table(path)
    assert (caught.value.row, caught.value.field) == (aliases.MAX_TABLE_ROWS + 1, None)
    assert f"more than {aliases.MAX_TABLE_ROWS:,} rows" in str(caught.value)


def test_an_entry_making_one_of_two_people_published_apart_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], site_repo: Path
) -> None:
    # 'Quanyu Zhu' (quanyu-zhu) and 'Wei Wen' (wei-wen), two authors of one paper in neurips2024:
    # the entry made them one, and the page import with the papers page published 137 people,
    # Quanyu Zhu's author row under 'wei-wen' (exit 0): an id gone, two people merged for good
    papers = site_repo / "neurips2024" / "accepted_papers.md"
    page = ["import", str(SEED), "--papers", str(papers), "--edition", "neurips2024", "--release", "2024-12-20"]
    newest = sorted(p.name for p in SHIPPED.parent.iterdir())[-1]
    line = (
        f"row 1, field 'printed': 'Quanyu Zhu' is quanyu-zhu and 'Wei Wen' wei-wen in neurips2024/{newest}: two"
        " people published apart, whom the entry would make one (an id never changes once published); leave them apart"
    )
    row = "Quanyu Zhu,Wei Wen,a reason of more than twenty characters\n"
    data = _both_imports_refuse(tmp_path, capsys, row, [*page, "--timezone", "America/Vancouver"], line)
    # two entries giving the two one new name make them one as surely: the second is refused
    (data / TABLE_FILE).write_text(
        HEADER
        + "Quanyu Zhu,Quanyu Zhu-Wen,a reason of more than twenty characters\n"
        + "Wei Wen,Quanyu Zhu-Wen,a reason of more than twenty characters\n",
        "utf-8",
    )
    with pytest.raises(DataValidationError) as caught:
        of_directory(data, lambda: [wd.load_release("neurips2024", data_dir=data)])
    assert (caught.value.row, caught.value.field) == (2, "printed")
    assert str(caught.value).endswith(
        f"'Wei Wen' is wei-wen and 'Quanyu Zhu' quanyu-zhu in neurips2024/{newest}: two people published apart,"
        " whom the entry would make one (an id never changes once published); leave them apart"
    )
    # a variant published under the person's own id is what the table is for: no refusal
    (data / TABLE_FILE).write_text(HEADER + GOOD, "utf-8")
    of_directory(data)


def test_an_import_with_the_home_and_papers_pages_reads_the_table_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], site_repo: Path
) -> None:
    # The command read aliases.csv for the home page's speakers, and import_page read it again for
    # the schedule's: two equal tables, each with memos of its own, and a file read twice (which
    # an editor saving it between the two reads would make two tables of one import).
    from conftest import opened_below

    require(SEED.is_file(), f"{SEED} is missing")
    data = tmp_path / "mydata"
    shutil.copytree(SHIPPED.parent, data / SHIPPED.parent.name)
    (data / TABLE_FILE).write_text(HEADER + GOOD, "utf-8")
    pages = site_repo / "neurips2024"
    args = ["import", str(SEED), "--home", str(pages / "index.md"), "--papers", str(pages / "accepted_papers.md")]
    args += ["--edition", "neurips2024", "--release", "2024-12-20", "--timezone", "America/Vancouver"]
    with opened_below(data) as opened:
        assert main([*args, "--data-dir", str(data)]) == 0, capsys.readouterr().err
    assert opened.count(str(data / TABLE_FILE)) == 1
    assert (data / "neurips2024" / "2024-12-20").is_dir()


def test_the_site_imports_records_of_pages_take_the_imports_table_never_the_packages_by_default() -> None:
    # Parsed, Pages and the home page's reader defaulted their table to the package's: a record
    # made without the import's table told names apart without the data directory's entries,
    # silently. Each now takes it (mypy says so too).
    from workshop_data.siteimport import home
    from workshop_data.siteimport.edition_history import EditionHistory
    from workshop_data.siteimport.pages import Pages, Parsed

    for make in (
        lambda: Parsed(),  # type: ignore[call-arg]
        lambda: Pages("neurips2024"),  # type: ignore[call-arg]
        lambda: home._Reader("index.md", 0),  # type: ignore[call-arg]
        lambda: EditionHistory("neurips2024"),  # type: ignore[call-arg]
    ):
        with pytest.raises(TypeError, match=r"'table'|'parsed'"):
            make()
    table = AliasTable(ALIASES)
    assert Pages("neurips2024", table=table).table is table and Parsed(table).table is table
    assert EditionHistory("neurips2024", parsed=Parsed(table)).pages.table is table

"""The `workshop-data` command as a user runs it."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from conftest import PINNED
from edits import edited, published, shipped

import workshop_data as wd
from workshop_data.datapackage import write_release
from workshop_data.errors import WorkshopDataError
from workshop_data.formats import jsonformat
from workshop_data.loaders import load_release


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workshop_data", *args], capture_output=True, text=True, env=env)


#: The 2024 page of 2024-11-20, whose facts these tests check.
ON_PINNED = ("--edition", PINNED[0], "--release", PINNED[1])


def test_schedule_table_names_the_zone_and_lists_every_slot() -> None:
    proc = run("schedule", *ON_PINNED)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "times in America/Vancouver (PST, UTC-08:00)" in out
    starts = [line[:5] for line in out.splitlines() if line[:2].isdigit() and line[2] == ":"]
    assert len(starts) == 14 and starts[0] == "08:20" and starts[-1] == "16:00"
    assert "Retrospective: Tim Kraska (MIT, AWS)" in out
    assert "Q&A (TBD)" in out
    assert "16:00  unknown" in out  # the panel's end is not on the page


def test_schedule_of_a_release_before_the_schedule_says_there_is_none() -> None:
    # NeurIPS 2024's first release is its home page alone: the table was a header with no row
    # and the note on ends (found by hr-user3)
    proc = run("schedule", "--edition", "neurips2024", "--release", "2024-08-14.1922")
    assert proc.returncode == 0, proc.stderr
    # (huser22: in the site's schedule page's words, words.schedule_not_listed)
    said = "No schedule yet: release 2024-08-14.1922, published before the workshop's day, lists none."
    assert proc.stdout.splitlines()[2:] == ["", said]


def test_schedule_in_another_zone() -> None:
    out = run("schedule", *ON_PINNED, "--tz", "Europe/Berlin").stdout
    assert "times in Europe/Berlin (CET, UTC+01:00)" in out
    assert "\n17:20  18:15" in out


def test_schedule_header_names_the_readers_day() -> None:
    # NeurIPS 2024 ran on Sunday 15 December in Vancouver: Monday morning in Tokyo
    tokyo = run("schedule", "--edition", "neurips2024", "--tz", "Asia/Tokyo").stdout.splitlines()
    assert "Monday 16 December 2024" in tokyo[0] and "Sunday" not in tokyo[0]
    assert not any(line.startswith("— ") for line in tokyo)  # one day: no day lines
    # in Berlin the day runs past midnight: both days named, and a line above each day's rows
    berlin = run("schedule", "--edition", "neurips2024", "--tz", "Europe/Berlin").stdout.splitlines()
    assert "Sunday 15 December 2024 – Monday 16 December 2024" in berlin[0]
    days = [line for line in berlin if line.startswith("— ")]
    assert days == ["— Sunday 15 December 2024 —", "— Monday 16 December 2024 —"]
    assert berlin[berlin.index(days[1]) + 1].startswith("00:")
    venue = run("schedule", "--edition", "neurips2024").stdout.splitlines()
    assert "Sunday 15 December 2024" in venue[0]


def test_schedule_json_is_valid_against_the_shipped_schema() -> None:
    proc = run("schedule", *ON_PINNED, "--format", "json")
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, jsonformat.schema())
    assert doc["timezone"] == "America/Vancouver" and len(doc["slots"]) == 14
    assert doc["slots"][0]["start"] == "2024-12-15T08:20:00-08:00"
    assert doc["slots"][-1]["end"] is None
    kraska = doc["slots"][7]["speakers"][0]
    assert kraska["name"] == "Tim Kraska" and kraska["affiliations"] == ["MIT", "AWS"]
    assert [t["title"][:9] for t in doc["slots"][10]["talks"]] == ["WarpDrive", "Scalable "]


def test_json_round_trip_is_identical() -> None:
    text = jsonformat.dumps(load_release(*PINNED))
    assert jsonformat.dumps(jsonformat.loads(text)) == text
    assert jsonformat.loads(text) == load_release(*PINNED)


def test_schedule_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(run("schedule", *ON_PINNED, "--format", "csv").stdout)))
    assert len(rows) == 14
    assert rows[-1]["end"] == "" and rows[-1]["speakers"] == "Jeff Dean | Natasha Jacques | Tim Kraska"


def test_editions_and_releases_commands() -> None:
    lines = run("editions").stdout.splitlines()
    assert [line.split()[0] for line in lines] == [
        "neurips2018", "isca2019", "neurips2019", "neurips2020", "neurips2021",
        "neurips2022", "neurips2023", "neurips2024", "neurips2025",
    ]  # fmt: skip
    assert lines[7].startswith("neurips2024  2024-12-15  ML for Systems @ NeurIPS 2024, Vancouver Convention Center")
    out = run("releases", "neurips2024").stdout.splitlines()
    assert out[0].startswith("2024-") and any(line.startswith("2024-11-20 ") for line in out)
    assert out[-1].startswith("2024-12-15.0142") and out[-1].endswith("(latest)")


def test_a_release_whose_schema_has_no_papers_lists_them_as_unknown() -> None:
    """The 1.0.0 release of 2024-11-20 (a schedule page) does not record papers: the releases
    command, wd.releases and the papers command say unknown, as the site's releases table does,
    not 0 (the papers page listed 26 that day)."""
    lines = run("releases", "neurips2024").stdout.splitlines()
    venue = "at the venue"  # Vancouver's clock beside UTC, PDT in August, PST in November
    assert (
        f"2024-11-20       published 2024-11-20 00:00 UTC, 2024-11-19 16:00 {venue}  14 slots, 4 talks, papers unknown"
        in lines
    )
    assert (
        f"2024-11-18.1748  published 2024-11-18 17:48 UTC, 09:48 {venue}             14 slots, 4 talks, 26 papers"
        in lines
    )
    # before its papers page: none listed, not known either (test_unlisted_papers)
    first = f"2024-08-14.1922  published 2024-08-14 19:22 UTC, 12:22 {venue}             schedule not listed"
    assert f"{first}, papers not listed" in lines
    frame = wd.releases("neurips2024").set_index("release")
    assert frame.loc["2024-11-20", "papers"] is pd.NA and frame.loc["2024-11-20.1742", "papers"] == 26
    assert frame.loc["2024-11-20", "slots"] == 14
    proc = run("papers", "--edition", "neurips2024", "--release", "2024-11-20")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (
        "ML for Systems @ NeurIPS 2024 · release 2024-11-20 · accepted papers unknown\n\n"
        "This release's schema (1.0.0) does not record accepted papers.\n"
        # what the reader can do: the newest release may give them (words.papers_to_record)
        "The edition's newest release, 2024-12-15.0142, may give them: workshop-data papers --edition neurips2024\n"
    )
    before = run("papers", "--edition", "neurips2024", "--release", "2024-08-14.1922").stdout
    assert "· accepted papers not listed" in before


def test_papers_as_csv_of_a_release_that_records_none_says_unknown_on_stderr() -> None:
    # the CSV of 2024-11-20 (schema 1.0.0) was its header alone, word for word what an edition
    # that lists no paper gives: a spreadsheet, or a script counting rows, read 0 papers where the
    # table says "accepted papers unknown" and the JSON null (found by hr-user4)
    proc = run("papers", "--edition", "neurips2024", "--release", "2024-11-20", "--format", "csv")
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == ["paper_id,title,authors,award,presentation,pdf_url,links"]
    assert proc.stderr.splitlines() == [
        "workshop-data: warning: release '2024-11-20' of 'neurips2024' does not record accepted papers"
        " (its schema 1.0.0 has none): the list is unknown, not empty; the edition's newest release,"
        " 2024-12-15.0142, may give them: workshop-data papers --edition neurips2024"
    ]
    # an edition whose site listed none: the header alone, and its own warning (test_unlisted_papers)
    none = run("papers", "--edition", "neurips2021", "--format", "csv")
    assert none.returncode == 0 and len(none.stdout.splitlines()) == 1
    assert none.stderr.startswith("workshop-data: warning: release '2021-09-28.2155' of 'neurips2021' lists no")
    # the newest release: how an organizer records them, the command to run
    assert none.stderr.rstrip().endswith(
        "; an organizer records them in a new release, its schedule page imported with the edition's accepted"
        " papers page: workshop-data import schedule.md --papers accepted_papers.md --edition neurips2021"
        " --release NEW"
    )


def test_papers_list_their_links_beside_the_pdf_as_the_site_does() -> None:
    # the papers command showed a paper's PDF and none of the links the site gives beside it
    # (paper_materials, schema 2.6.0: NeurIPS 2022's OpenReview pages and posters, NeurIPS
    # 2018's slides), in none of its formats (hpmat5). Oracle: wd.load_paper_materials
    links = wd.load_paper_materials("neurips2022")
    by_paper: dict[str, list[tuple[str, str]]] = {}
    for _, m in links.iterrows():
        by_paper.setdefault(m["paper_id"], []).append((m["kind"], m["url"]))
    doc = json.loads(run("papers", "--edition", "neurips2022", "--format", "json").stdout)
    got = {p["paper_id"]: [(link["kind"], link["url"]) for link in p["links"]] for p in doc["papers"]}
    assert {k: v for k, v in got.items() if v} == by_paper and sum(map(len, got.values())) == len(links) == 33
    labels = [link["label"] for p in doc["papers"] for link in p["links"]]
    assert set(labels) == {"OpenReview", "Poster", "Poster (2)"}  # the site's words, a second poster told apart
    first = doc["papers"][0]
    assert first["links"] == [
        {"kind": "paper", "label": "OpenReview", "url": "https://openreview.net/forum?id=apAsvPTeKor"},
        {
            "kind": "poster",
            "label": "Poster",
            "url": "https://mlforsystems.org/media/PosterPDFs/NeurIPS%202022/62267.png?t=1669846303.9997802",
        },
    ]
    rows = list(csv.DictReader(io.StringIO(run("papers", "--edition", "neurips2022", "--format", "csv").stdout)))
    assert rows[0]["links"] == "; ".join(f"{link['label']}: {link['url']}" for link in first["links"])
    assert [r["links"].count("https://") for r in rows] == [len(p["links"]) for p in doc["papers"]]
    table = run("papers", "--edition", "neurips2022").stdout.splitlines()
    assert table[2:7] == [
        "  1. Towards Continually Learning Application Performance Models  [Poster - Recorded Presentation]",
        "     Ray A. O. Sinurat, Anurag Daram, Haryadi Gunawi, Robert Ross, Sandeep Madireddy",
        "     PDF: https://mlforsystems.org/assets/papers/neurips2022/paper29.pdf",
        "     OpenReview: https://openreview.net/forum?id=apAsvPTeKor",
        "     Poster: https://mlforsystems.org/media/PosterPDFs/NeurIPS%202022/62267.png?t=1669846303.9997802",
    ]
    slides = run("papers", "--edition", "neurips2018").stdout
    assert slides.count("\n     Slides: https://drive.google.com/") == 2
    # a release that records papers and no links (NeurIPS 2019's) lists none, without a word of unknown
    none = json.loads(run("papers", "--edition", "neurips2019", "--format", "json").stdout)["papers"]
    assert none and all(p["links"] == [] for p in none)


def test_papers_whose_links_the_release_does_not_record_say_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every shipped release that records papers records their links (none, before schema 2.6.0:
    schema.recorded); a release whose schema did not would have them unknown: said, not shown as
    none (here paper_materials is taken out of what NeurIPS 2022's schema records)."""
    from workshop_data import model
    from workshop_data.cli import main

    real = model.schema_recorded
    monkeypatch.setattr(model, "schema_recorded", lambda v, r: frozenset() if r == "paper_materials" else real(v, r))
    assert main(["papers", "--edition", "neurips2022"]) == 0
    out = capsys.readouterr().out
    assert "OpenReview" not in out and "PDF: https://" in out
    assert out.endswith(
        "does not record the papers' links beside their PDFs: they are unknown, not none.\n"
        "An organizer records them in a new release, its schedule page imported with the edition's accepted papers "
        "page: workshop-data import schedule.md --papers accepted_papers.md --edition neurips2022 --release NEW\n"
    )
    assert main(["papers", "--edition", "neurips2022", "--format", "json"]) == 0
    assert {p["links"] is None for p in json.loads(capsys.readouterr().out)["papers"]} == {True}
    assert main(["papers", "--edition", "neurips2022", "--format", "csv"]) == 0
    found = capsys.readouterr()
    assert "the links column is unknown, not empty" in found.err
    assert {r["links"] for r in csv.DictReader(io.StringIO(found.out))} == {""}


def test_releases_of_an_edition_with_two_releases(release_copy: Path) -> None:
    data = release_copy.parents[1]
    write_release(published(edited(shipped()), "2024-12-01.1742", "2024-12-01T17:42"), data)
    lines = run("releases", "neurips2024", "--data-dir", str(data)).stdout.splitlines()
    assert lines == [
        "2024-11-20       published 2024-11-20 00:00 UTC, 2024-11-19 16:00 at the venue  "
        "14 slots, 4 talks, papers unknown",
        "2024-12-01.1742  published 2024-12-01 17:42 UTC, 09:42 at the venue             "
        "14 slots, 4 talks, papers unknown  (latest)",
    ]  # a table: names and times of two lengths, their columns aligned; the venue's time as the changelog's
    frame = wd.releases("neurips2024", data_dir=data)
    assert list(frame["release"]) == ["2024-11-20", "2024-12-01.1742"] and list(frame["latest"]) == [False, True]
    assert list(frame["slots"]) == [14, 14]


def test_a_publication_time_and_a_day_read_the_same_in_the_cli_and_on_the_site() -> None:
    """One writer of each (formats.text), which the CLI's releases and the site's releases table,
    changelog, home page and schedule call: a year before 1000 keeps four digits (the site's own
    format wrote ``999-…``), a time in another zone is shown in UTC, no day is empty."""
    import datetime as dt

    from workshop_data.formats.text import published_text
    from workshop_data.timeutil import day_text

    assert published_text(dt.datetime(999, 1, 2, 3, 4, 59, tzinfo=dt.UTC)) == "0999-01-02 03:04"
    assert published_text(dt.datetime(2024, 12, 15, 1, 42, tzinfo=dt.timezone(dt.timedelta(hours=-8)))) == (
        "2024-12-15 09:42"
    )
    assert day_text(dt.date(2024, 12, 15)) == "Sunday 15 December 2024" and day_text(None) == ""


def test_editions_without_conference_or_venue(tmp_path: Path) -> None:
    rel = shipped()
    bare = dataclasses.replace(rel, workshop=dataclasses.replace(rel.workshop, conference="", venue=""))
    write_release(bare, tmp_path)
    assert run("editions", "--data-dir", str(tmp_path)).stdout == (
        "neurips2024  2024-12-15  ML for Systems  (1 release, latest 2024-11-20; 14 slots, papers unknown)\n"
    )


def test_editions_of_a_folder_holding_none_says_so(tmp_path: Path) -> None:
    # `--data-dir` naming an edition's folder, or an empty one, printed nothing and exited 0, where
    # `releases` and `schedule` say "no edition in DIR" (found by hr-user3)
    # and an edition's folder, or a release folder, is named as such with the folder to give
    # instead: "no edition in …/neurips2024" left the reader to guess why (huser7)
    release = write_release(shipped(), tmp_path)
    edition = release.parent
    (tmp_path / "empty").mkdir()
    hints = {
        edition: f" (an edition's folder: give the data directory, {tmp_path})",
        release: f" (a release folder: give the data directory, {tmp_path})",
        tmp_path / "empty": "",
    }
    for folder, hint in hints.items():
        for command in ("editions", "schedule", "releases"):
            proc = run(command, "--data-dir", str(folder))
            assert (proc.returncode, proc.stdout) == (2, ""), command
            assert proc.stderr == f"workshop-data: error: no edition in {folder}{hint}\n", command
        with pytest.raises(LookupError) as loading:
            wd.load_schedule(data_dir=folder)
        assert str(loading.value) == f"no edition in {folder}{hint}"


def test_user_errors_exit_2_with_one_line() -> None:
    for args in (("schedule", "--tz", "Mars/Base"), ("releases", "nope"), ("schedule", "--release", "1999-01-01")):
        proc = run(*args)
        assert proc.returncode == 2, args
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
        assert proc.stderr.startswith("workshop-data: error: ")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("export", "--format", "ics", "--kinds", "keynote", "invite"),
            "workshop-data export: error: argument --kinds: invalid choice: 'invite' (choose from 'opening', ",
        ),
        (("export", "--format", "icss"), "workshop-data export: error: argument --format: invalid choice: 'icss' "),
        (("schedul",), "workshop-data: error: argument COMMAND: invalid choice: 'schedul' (choose from 'schedule', "),
        (
            ("diff", "2024-11-20"),
            "workshop-data diff: error: the following arguments are required: NEW (see workshop-data diff --help)",
        ),
        # an option the command does not take: its own --help lists what it takes (the top-level
        # one does not name --kinds or --edition)
        (
            ("editions", "--edition", "neurips2024"),
            "workshop-data editions: error: unrecognized arguments: --edition neurips2024"
            " (see workshop-data editions --help)",
        ),
        (
            ("schedule", "--kinds", "keynote"),
            "workshop-data schedule: error: unrecognized arguments: --kinds keynote"
            " (see workshop-data schedule --help)",
        ),
    ],
)
def test_a_mistake_on_the_command_line_is_one_line_naming_it(args: tuple[str, ...], expected: str) -> None:
    # argparse printed its usage block first (six lines for `export`), the error on the last
    proc = run(*args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(expected) and proc.stderr.count("\n") == 1, proc.stderr


def test_releases_takes_the_edition_as_every_command_does() -> None:
    # the README: "Every command that reads a release takes --edition"; `workshop-data releases
    # --edition neurips2024` was refused (unrecognized arguments), `releases neurips2024` alone
    # taken (found by hr-user4). Then --help listed both, the word and the option (issue 9): the
    # option is the one shown, the word still taken for the scripts written with it
    by_name = run("releases", "neurips2024")
    by_option = run("releases", "--edition", "neurips2024")
    assert by_option.returncode == 0 and by_name.returncode == 0 and by_option.stdout == by_name.stdout
    assert by_option.stdout.splitlines()[0].startswith("2024-08-14.1922  published 2024-08-14 19:22 UTC")
    assert run("releases", "neurips2024", "--edition", "neurips2024").stdout == by_name.stdout
    both = run("releases", "neurips2023", "--edition", "neurips2024")
    assert both.returncode == 2 and both.stdout == ""
    assert both.stderr.splitlines() == [
        "workshop-data releases: error: two editions, 'neurips2023' and --edition 'neurips2024': give one"
        " (see workshop-data releases --help)"
    ]
    helped = run("releases", "--help").stdout
    assert helped.startswith("usage: workshop-data releases [-h] [--edition EDITION] [--data-dir DIR]\n")
    assert "positional arguments" not in helped
    # the option as history takes it: repeated for several editions, oldest first
    two = run("releases", "--edition", "neurips2024", "--edition", "isca2019").stdout.splitlines()
    assert [line.split()[0] for line in two] == ["isca2019"] * len(wd.releases("isca2019")) + ["neurips2024"] * len(
        wd.releases("neurips2024")
    )


def _options_in_help(command: str) -> dict[str, str]:
    """Each option ``command --help``'s usage lists -> its words there (``--format {table,json}``)."""
    proc = run(command, "--help")
    assert proc.returncode == 0, proc.stderr
    usage = " ".join(proc.stdout.split("\n\n")[0].split())
    return {m[0]: " ".join(m).strip() for m in re.findall(r"(--[a-z-]+)(?: ([A-Z{][^\s\]]*))?", usage)}


def test_every_command_names_each_option_and_its_values_one_way() -> None:
    # `history --format` said `text` where `diff`, `papers` and `schedule` say `table` for the same
    # output; `releases` took the edition both as --edition and as a word (issue 9)
    from workshop_data.cli import COMMANDS

    seen: dict[str, set[str]] = {}
    for command in COMMANDS:
        for option, line in _options_in_help(command).items():
            seen.setdefault(option, set()).add(line)
    assert {"--format", "--edition", "--data-dir", "--tz", "--release"} <= set(seen)
    formats = {line for line in seen["--format"]}
    assert not any("text" in line for line in formats), formats
    assert all("table" in line for line in formats if "csv" in line and "ics" not in line), formats
    # what a command lists in --help it names the same way everywhere (the values aside)
    assert {line.split()[1] for line in seen["--edition"]} == {"EDITION"}
    assert seen["--data-dir"] == {"--data-dir DIR"} and seen["--tz"] == {"--tz ZONE"}
    for command in ("schedule", "papers", "diff", "history"):
        assert "(default: table" in run(command, "--help").stdout


def test_history_still_takes_format_text_as_the_table_it_was() -> None:
    # `history --format text` is how scripts asked for the table before it was named as every other
    # command names it: still taken, the same bytes, and not shown in --help
    table = run("history", "--edition", "neurips2020", "--format", "table")
    text = run("history", "--edition", "neurips2020", "--format", "text")
    assert table.returncode == 0 and text.returncode == 0, text.stderr
    assert text.stdout == table.stdout == run("history", "--edition", "neurips2020").stdout
    assert "[--format {table,csv,json}]" in run("history", "--help").stdout
    wrong = run("history", "--format", "txt")
    assert wrong.returncode == 2 and wrong.stderr.splitlines() == [
        "workshop-data history: error: argument --format: invalid choice: 'txt' (choose from 'table', 'csv', 'json')"
        " (see workshop-data history --help)"
    ]


def test_releases_all_lists_every_editions_releases_as_wd_releases_all_does() -> None:
    # `workshop-data releases all` was refused ("unknown edition 'all'") though wd.releases("all")
    # stacks every edition's history: the same rows, oldest edition first, the edition on each line
    lines = run("releases", "all").stdout.splitlines()
    frame = wd.releases("all")
    assert [line.split()[:2] for line in lines] == frame[["edition", "release"]].astype(str).values.tolist()
    assert len(lines) == len(frame) > 180
    assert lines[0].split()[:2] == ["neurips2018", "2018-09-13.2047"] and lines[-1].endswith("(latest)")
    assert sum(line.endswith("(latest)") for line in lines) == frame["edition"].nunique() == 9
    assert run("releases", "--edition", "all").stdout == run("releases", "all").stdout


@pytest.mark.parametrize("command", ["schedule", "papers", "export", "diff"])
def test_a_command_of_one_edition_says_what_all_means_there(command: str) -> None:
    # `schedule --edition all` said "no edition 'all' in …", as if the word were unknown, though
    # `releases all`, `history --edition all` and the loaders take it
    proc = run(command, "--edition", "all")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"workshop-data {command}: error: argument --edition: 'all' names every edition, and this command reads one "
        "edition's releases: give one (`releases` and `history` take 'all', and so do the loaders: "
        f"wd.load_schedule(edition='all')) (see workshop-data {command} --help)"
    ]


def test_an_empty_edition_name_is_refused_by_releases_as_by_every_command() -> None:
    # `workshop-data releases ""` (a script's unset "$EDITION") listed the newest edition's
    # releases with exit 0, where `schedule --edition ""` refuses the name
    refused = (
        "workshop-data: error: edition name '': use letters, digits, '.', '_' and '-', starting with a letter or digit"
    )
    assert run("schedule", "--edition", "").stderr.splitlines() == [refused]
    for args in (("releases", ""), ("releases", "--edition", "")):
        proc = run(*args)
        assert (proc.returncode, proc.stdout, proc.stderr.splitlines()) == (2, "", [refused])


def test_data_dir_option_and_environment_variable(release_copy: Path) -> None:
    import os

    data = release_copy.parents[1]
    (release_copy / "slots.csv").unlink()  # broken on purpose: proves this directory is the one read
    proc = run("schedule", "--data-dir", str(data))
    assert proc.returncode == 2 and "slots.csv" in proc.stderr
    proc = run("schedule", env={**os.environ, "WORKSHOP_DATA_DIR": str(data)})
    assert proc.returncode == 2 and str(data) in proc.stderr
    proc = run("schedule", "--data-dir", str(data / "missing"))
    assert proc.returncode == 2
    expected = f"{data / 'missing'}: no such data directory (from --data-dir / data_dir=)"
    assert proc.stderr == f"workshop-data: error: {expected}\n"


def test_table_row_with_a_title_and_no_label(release_copy: Path) -> None:
    import dataclasses

    from workshop_data.datapackage import write_release
    from workshop_data.formats.text import to_table

    rel = load_release(data_dir=release_copy.parents[1])
    bare = dataclasses.replace(rel.slots[4], label="", title="A Bare Title", title_myst="A Bare Title")
    slots = (*rel.slots[:4], bare, *rel.slots[5:])
    rel = dataclasses.replace(rel, name="2024-11-21", published=rel.published.replace(day=21), slots=slots)
    write_release(rel, release_copy.parents[1])
    assert "contributed  A Bare Title\n" in to_table(rel)
    assert (
        "10:50  11:10*  contributed  A Bare Title" in run("schedule", "--data-dir", str(release_copy.parents[1])).stdout
    )


def test_table_row_with_speakers_and_no_label_starts_with_the_names() -> None:
    # NeurIPS 2018's contributed talks print no label: the row is the speaker and the title,
    # not ': Caroline Lemieux' (the label's colon with nothing before it)
    out = run("schedule", "--edition", "neurips2018", "--release", "2022-12-12.1846").stdout
    assert "11:00  11:15*  contributed  Caroline Lemieux — Neural Inference of API Functions" in out
    assert "11:30  11:45*  contributed  Fabian Ruffy — Iroko:" in out
    assert "  : " not in out


def test_a_broken_release_is_one_warning_line_and_the_others_still_load(release_copy: Path) -> None:
    # A newer release that does not load stopped every command, until someone deleted it by hand.
    data = release_copy.parents[1]
    broken = data / "neurips2024" / "2024-12-01"
    write_release(published(edited(shipped()), "2024-12-01", "2024-12-01T00:00"), data)
    size = (broken / "people.csv").stat().st_size
    (broken / "people.csv").write_text("person_id,name\n")
    for args in (
        ("schedule",),
        ("editions",),
        ("releases", "neurips2024"),
        ("export", "--format", "ics"),
        ("diff", "2024-11-20", "latest"),
    ):
        proc = run(*args, "--data-dir", str(data))
        assert proc.returncode == 0, (args, proc.stderr)
        assert proc.stderr.splitlines() == [
            f"workshop-data: warning: release '2024-12-01' of 'neurips2024' does not load, skipped: "
            f"{broken / 'people.csv'}: is 15 bytes, the descriptor says {size} (truncated or changed?)"
        ], args
    assert "(latest)" in run("releases", "neurips2024", "--data-dir", str(data)).stdout.splitlines()[0]
    proc = run("schedule", "--release", "2024-12-01", "--data-dir", str(data))
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "people.csv: is 15 bytes" in proc.stderr


def test_edition_and_release_names_are_not_paths(tmp_path: Path) -> None:
    # `--edition /abs/path` read a release outside the data directory.
    outside = write_release(shipped(), tmp_path).parent
    for args in (("--edition", str(outside)), ("--edition", ".."), ("--release", f"../../{outside}/2024-11-20")):
        proc = run("schedule", *args)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, args
        assert "name" in proc.stderr and "use letters, digits" in proc.stderr


@pytest.mark.parametrize(
    ("redirect", "expected"),
    [
        (">&-", "standard output is closed: there is nowhere to write the output"),
        (">/dev/full", "standard output: cannot write: No space left on device"),
    ],
)
def test_stdout_closed_or_full_is_one_line_and_exit_2(redirect: str, expected: str) -> None:
    # No traceback, and none at exit either when Python flushes what is left in stdout's buffer.
    if "full" in redirect and not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    for command in ("schedule", "export --format json", "editions"):
        shell = f'exec "$0" -m workshop_data {command} {redirect}'
        proc = subprocess.run(["sh", "-c", shell, sys.executable], capture_output=True, text=True)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr == f"workshop-data: error: {expected}\n"


def test_a_folder_the_system_refuses_is_one_line(tmp_path: Path) -> None:
    # An error of the file system that the readers do not name themselves is still one line.
    proc = run("validate", str(tmp_path / ("x" * 300) / "release"))
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, proc.stderr
    assert "File name too long" in proc.stderr and "Traceback" not in proc.stderr


def test_a_folder_that_does_not_exist_is_named_so(tmp_path: Path) -> None:
    # a mistyped path is not "a folder with no descriptor": the user looks for the typo, not a file
    proc = run("validate", str(tmp_path / "neurips2042"))
    assert proc.returncode == 2 and proc.stderr.splitlines() == [
        f"workshop-data: error: {tmp_path / 'neurips2042'}: no such folder"
    ], proc.stderr
    assert "no datapackage.json" in run("validate", str(tmp_path)).stderr  # a folder there, no release


def test_validate_given_an_edition_a_data_directory_or_a_file_says_what_to_give(release_copy: Path) -> None:
    # `workshop-data validate data/neurips2024` (an edition's folder), `validate data` and
    # `validate …/2024-11-20/slots.csv` each read "no datapackage.json here: not a release
    # folder", the words for an empty folder (found by hr-user4)
    (release_copy.parent / "2024-11-21").mkdir()  # a newer folder that is no release is not offered
    shutil.copytree(release_copy, release_copy.parent / "2024-11-19")  # an older release is not either
    edition, data, file = release_copy.parent, release_copy.parents[1], release_copy / "slots.csv"
    expected = {
        edition: f"{edition}: no datapackage.json here: not a release folder (an edition's folder:"
        f" give one of its releases, e.g. {release_copy})",
        data: f"{data}: no datapackage.json here: not a release folder (a data directory: give a"
        f" release folder, e.g. {release_copy})",
        file: f"{file}: no datapackage.json here: not a release folder (a file of the release in"
        f" {release_copy}: give that folder)",
    }
    for path, said in expected.items():
        proc = run("validate", str(path))
        assert proc.returncode == 2 and proc.stderr.splitlines() == [f"workshop-data: error: {said}"], proc.stderr
    assert run("validate", str(release_copy)).returncode == 0  # the release it names is one


def test_a_path_that_is_not_utf8_is_printed_as_given(release_copy: Path) -> None:
    data = os.fsencode(release_copy.parents[2]) + b"/d\xe9ta"
    os.rename(release_copy.parents[1], data)
    folder = data + b"/neurips2024/2024-11-20"
    proc = subprocess.run([sys.executable, "-m", "workshop_data", "validate", folder], capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == folder + b": valid release 2024-11-20 of neurips2024: 14 slots, 4 talks, 5 people\n"


def test_an_empty_time_zone_is_refused_not_taken_for_the_venues() -> None:
    # `--tz "$ZONE"` with ZONE unset showed the venue's times as if they had been asked for.
    for command in (["schedule"], ["export", "--format", "csv"], ["diff", "2024-11-20", "latest"]):
        proc = run(*command, "--tz", "", *(["--edition", "neurips2024"] if command[0] == "diff" else []))
        assert proc.returncode == 2 and proc.stdout == "", command
        assert proc.stderr.splitlines() == [
            f"workshop-data {command[0]}: error: argument --tz: an empty time zone: give an IANA name such as "
            f"'Europe/Berlin', or leave --tz out (see workshop-data {command[0]} --help)"
        ]


def test_history_lists_every_release_and_its_changes_as_wd_history_does() -> None:
    # the CLI had `diff` and no command for an edition's whole history (wd.history, the changelog)
    proc = run("history", "--edition", "neurips2020")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith(
        "ML for Systems · NeurIPS 2020 · every release and its changes\n"
        "Times in America/Los_Angeles (PST, UTC-08:00)\n\n"
        # the venue's clock beside UTC, as the site's changelog and releases table (PDT, then PST)
        "Release 2020-09-09.1917 · published 2020-09-09 19:17 UTC, 12:17 at the venue · first release: schedule "
        "not listed\n"
    )
    listed = [line.split(" · ")[0][8:] for line in out.splitlines() if " · published " in line]
    assert listed == wd.releases("neurips2020")["release"].tolist()  # 22, oldest first
    # each release's changes in diff's words and grouping, the slot's part named
    diff = run("diff", "--edition", "neurips2020", "2020-12-03.2225", "2020-12-03.2236").stdout
    body = diff.split("\n\n", 1)[1]
    section = (
        "Release 2020-12-03.2236 · published 2020-12-03 22:36 UTC, 14:36 at the venue · 47 changes from release "
        "2020-12-03.2225\n"
    )
    assert section + body in out  # both record the parts (none in 2.0.0's): nothing said not compared
    assert '\n00:05  "Lunch" Break / Live Interactions — Run 2 (repeated), repeats Run 1\'s at 12:05\n' in out
    # what the pinned 1.0.0 release does not hold, compared with the release before it
    pinned = run("history", "--edition", "neurips2024").stdout
    assert (
        "\nRelease 2024-11-20 does not record the workshop's room; the people's photo, bio and links; roles; "
        "papers: compared with release 2024-11-18.1748, the last before it that does, 10 changes:\n" in pinned
    )
    # CSV: wd.history's rows and columns, values as its strings
    frame = wd.history("neurips2024")
    rows = list(csv.reader(io.StringIO(run("history", "--edition", "neurips2024", "--format", "csv").stdout)))
    assert rows[0] == ["release", "published", *frame.columns[2:]]
    assert len(rows) == len(frame) + 1
    assert [r[0] for r in rows[1:]] == frame["release"].tolist()
    assert [r[7] for r in rows[1:]] == frame["change"].astype(str).tolist()
    assert rows[1][1] == frame["published"].iloc[0].isoformat() == "2024-08-21T00:27:21+00:00"
    # old_time/new_time: old and new again where they are times, empty elsewhere (a column of times)
    at = {name: rows[0].index(name) for name in ("change", "old", "new", "old_time", "new_time")}
    moved = [r for r in rows[1:] if r[at["change"]] == "moved"]
    assert moved and all(r[at["old_time"]] == r[at["old"]] and r[at["new_time"]] == r[at["new"]] for r in moved)
    kinds = [r for r in rows[1:] if r[at["change"]] == "kind_changed"]
    assert kinds and all(r[at["old_time"]] == r[at["new_time"]] == "" for r in kinds)
    times = [pd.Timestamp(r[at["new_time"]]) for r in moved]
    assert times == [t for t in frame.loc[frame["change"] == "moved", "new_time"]]
    # old_duration/new_duration: a slot's lengths again, ISO 8601, empty where unknown or no length
    at |= {name: rows[0].index(name) for name in ("slot_id", "release", "old_duration", "new_duration")}
    longer = [r for r in rows[1:] if r[at["change"]] == "duration_changed"]
    assert longer and all(
        r[at["old_duration"]] == r[at["old"]] and r[at["new_duration"]] == r[at["new"]] for r in longer
    )
    ho = next(r for r in longer if (r[at["release"]], r[at["slot_id"]]) == ("2024-12-04.2118", "hardware-richard-ho"))
    assert (ho[at["old_duration"]], ho[at["new_duration"]]) == ("PT40M", "PT30M")  # 10:10-10:50, then 10:10-10:40
    typed = frame.loc[frame["change"] == "duration_changed", "new_duration"].reset_index(drop=True)
    read = pd.Series([pd.Timedelta(r[at["new_duration"]]) if r[at["new_duration"]] else None for r in longer])
    pd.testing.assert_series_equal(read.astype("timedelta64[s]"), typed, check_names=False)
    assert all(r[at["old_duration"]] == r[at["new_duration"]] == "" for r in moved + kinds)
    # JSON: one object per release, oldest first, the first compared with none
    doc = json.loads(run("history", "--edition", "neurips2024", "--format", "json").stdout)
    assert (doc["edition"], doc["timezone"]) == ("neurips2024", "America/Vancouver")
    assert [r["release"] for r in doc["releases"]] == wd.releases("neurips2024")["release"].tolist()
    assert doc["releases"][0]["compared_with"] is None and doc["releases"][0]["changes"] == []
    since = next(r for r in doc["releases"] if r["compared_since"])
    assert (since["release"], since["compared_with"], since["compared_since"]["release"]) == (
        "2024-11-20.1742",
        "2024-11-20",
        "2024-11-18.1748",
    )
    assert sum(len(r["changes"]) + len((r["compared_since"] or {}).get("changes", [])) for r in doc["releases"]) == len(
        frame
    )


def test_history_of_an_unknown_edition_or_zone_is_one_line_and_exit_2() -> None:
    for args in (("--edition", "nope"), ("--tz", "Mars/Base"), ("--edition", "all", "--edition", "nope")):
        proc = run("history", *args)
        assert proc.returncode == 2 and proc.stdout == "", args
        assert proc.stderr.startswith("workshop-data: error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "no edition 'nope'" in run("history", "--edition", "nope").stderr
    assert "no edition 'nope'" in run("history", "--edition", "neurips2024", "--edition", "nope").stderr
    # 'all' beside an edition said "no edition 'all'", as if the word were unknown (found by hattack8)
    proc = run("history", "--edition", "neurips2024", "--edition", "all")
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (
        "workshop-data: error: 'all' names every edition: give it alone, not beside 'neurips2024' "
        "(edition='all', --edition all)\n"
    )
    with pytest.raises(LookupError, match=r"^'all' names every edition: give it alone, not beside 'isca2019', "):
        wd.releases(["isca2019", "all", "neurips2024", "all"])


def test_history_of_several_editions_takes_what_wd_history_takes() -> None:
    # `history --edition all` was refused ("no edition 'all'") though wd.history("all") works (hr-user5)
    frame = wd.history("all")
    names = wd.editions()["edition"].astype(str).tolist()
    rows = list(csv.reader(io.StringIO(run("history", "--edition", "all", "--format", "csv").stdout)))
    assert rows[0] == list(frame.columns) and rows[0][:3] == ["edition", "release", "published"]
    assert len(rows) == len(frame) + 1
    assert [r[0] for r in rows[1:]] == frame["edition"].astype(str).tolist()  # oldest edition first
    assert [r[1] for r in rows[1:]] == frame["release"].tolist()
    assert [r[8] for r in rows[1:]] == frame["change"].astype(str).tolist()
    doc = json.loads(run("history", "--edition", "all", "--format", "json").stdout)
    assert [e["edition"] for e in doc["editions"]] == names
    one = json.loads(run("history", "--edition", "neurips2024", "--format", "json").stdout)
    assert doc["editions"][names.index("neurips2024")] == one  # each edition as its own JSON
    # text: each edition's history in turn, oldest first, a blank line between, whatever order asked
    two = run("history", "--edition", "neurips2024", "--edition", "isca2019")
    assert two.returncode == 0, two.stderr
    alone = [run("history", "--edition", name).stdout for name in ("isca2019", "neurips2024")]
    assert two.stdout == "\n".join(alone)
    assert two.stdout.startswith("ML for Systems · ISCA 2019 · every release and its changes\n")
    assert run("history", "--edition", "isca2019", "--edition", "neurips2024").stdout == two.stdout


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        # a new user types the edition as the site writes it, or its year, or a day for a release
        (("--edition", "NeurIPS2024"), "; did you mean 'neurips2024'?"),
        (("--edition", "neurips-2024"), "; did you mean 'neurips2024'?"),
        (("--edition", "2024"), "; did you mean 'neurips2024'?"),
        (("--edition", "2019"), "; did you mean 'isca2019' or 'neurips2019'?"),
        (("--edition", "neurips2024", "--release", "2024-11-21"), "; did you mean '2024-11-21.0046'?"),
        (
            ("--edition", "neurips2024", "--release", "2024-11-18"),
            "; did you mean '2024-11-18.0440' or '2024-11-18.1748'?",
        ),
        # as the site prints it: a name no folder can have, refused by the rule, and the one meant
        (("--edition", "NeurIPS 2024"), "; did you mean 'neurips2024'?"),
        (("--edition", "neurips2024", "--release", "2024-11-21 00:46"), "; did you mean '2024-11-21.0046'?"),
        (("--edition", "icml2031"), ""),  # nothing close: no guess
        (("--edition", "neurips2024", "--release", "1999-01-01"), ""),
    ],
)
def test_an_unknown_edition_or_release_says_the_name_meant(args: tuple[str, ...], meant: str) -> None:
    """``schedule --edition NeurIPS2024`` said "no edition 'NeurIPS2024' … (editions: neurips2018,
    …)" and ``--release 2024-11-21`` "… has no release '2024-11-21' (releases: …)" of sixteen
    names, one of them 2024-11-21.0046: the line ends with the name meant, where one is that
    close (case and punctuation aside, a day's releases, an edition's year), the same from the
    loaders."""
    result = run("schedule", *args)
    assert result.returncode == 2
    line = result.stderr.strip()
    # a name no folder can have (a space) is refused by the names' rule, the others as not held
    said = "'.', '_' and '-', starting with a letter or digit" if " " in args[-1] else ")"
    assert line.count("\n") == 0 and line.endswith(said + meant)
    opts = dict(zip(args[::2], args[1::2], strict=True))
    with pytest.raises(WorkshopDataError) as raised:
        wd.load_schedule(opts["--edition"], release=opts.get("--release", "latest"))
    assert str(raised.value).endswith(said + meant)


def test_an_unknown_edition_is_named_beside_the_editions_oldest_first() -> None:
    # "no edition 'neurips2030' in … (editions: isca2019, neurips2018, …)": by name, where every
    # listing (wd.editions(), `editions`, the loaders' "all") puts NeurIPS 2018 before ISCA 2019
    order = ", ".join(wd.editions()["edition"].astype(str))
    assert order.startswith("neurips2018, isca2019, neurips2019")
    with pytest.raises(LookupError) as raised:
        wd.load_schedule("neurips2030")
    assert f"(editions: {order})" in str(raised.value)
    assert f"(editions: {order})" in run("schedule", "--edition", "neurips2030").stderr


@pytest.mark.parametrize("command", [("schedule",), ("export",)])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_schedule_not_listed_is_said_beside_its_empty_csv_or_json(command: tuple[str, ...], fmt: str) -> None:
    """NeurIPS 2024's first five releases are of its home page alone, before the site had a
    schedule: the table says "No schedule yet: release …, lists none.", the calendar
    and frab exports refuse, but ``--format csv`` gave a header alone and JSON ``"slots": []``,
    without a word: read as a workshop of no slots. As ``papers --format csv`` does for papers
    not listed, a warning on stderr says the schedule is not listed, not empty; the output is
    unchanged (a public format), and a release with a schedule gets no warning."""
    early = run(*command, "--format", fmt, "--edition", "neurips2024", "--release", "2024-08-14.1922")
    assert early.returncode == 0, early.stderr
    assert early.stderr == (
        "workshop-data: warning: release '2024-08-14.1922' of 'neurips2024' lists no schedule (its pages give "
        "none): its slots are not listed, not none\n"
    )
    rows = list(csv.reader(io.StringIO(early.stdout))) if fmt == "csv" else json.loads(early.stdout)["slots"]
    assert rows[1:] == [] if fmt == "csv" else rows == []
    listed = run(*command, "--format", fmt, *ON_PINNED)
    assert listed.returncode == 0 and listed.stderr == ""
    if command == ("export",):  # kinds that keep no slot are the reader's choice: no warning
        assert run(*command, "--format", fmt, *ON_PINNED, "--kinds", "social").stderr == ""


def test_table_marks_an_end_the_page_does_not_print() -> None:
    # NeurIPS 2023's page prints starts only: each end is the next slot's start (end_derived),
    # shown as an end the page gave ("13:30  14:10"), under a line for every table alike
    out = run("schedule", "--edition", "neurips2023", "--release", "2023-12-16.1516").stdout
    assert "13:30  14:10*  invited      Invited Speaker: Atlas Wang (UT Austin)\n" in out
    assert out.endswith(
        "\n* The page prints no end for such a slot: it ends when the next slot starts.\n"
        "'unknown': the page does not say.\n"
    )
    assert "16:50  unknown qa " in out  # the last: nothing says
    # an end the page prints is not marked: ISCA 2019's page prints every end
    given = run("schedule", "--edition", "isca2019").stdout
    rows = [line for line in given.splitlines() if line[:2].isdigit()]
    assert rows and all(line[12] == " " or line[7:14] == "unknown" for line in rows), rows
    assert "The page prints no end" not in given


def test_validate_checks_the_edition_folder_a_release_sits_in_as_the_loaders_do(release_copy: Path) -> None:
    # NeurIPS 2024's release copied into NeurIPS 2023's folder: its descriptor and workshop row
    # agree (neurips2024), and `validate` said "valid release 2024-11-20 of neurips2024" while
    # every loader refuses it there (it would load as 2023's data under 2023's name). Now the
    # same one line as the loaders', exit 2, for the folder and for its datapackage.json.
    import workshop_data as wd
    from workshop_data.errors import DataValidationError

    moved = release_copy.parents[1] / "neurips2023" / release_copy.name
    shutil.copytree(release_copy, moved)
    with pytest.raises(DataValidationError) as loaders:
        wd.load_schedule("neurips2023", release=release_copy.name, data_dir=release_copy.parents[1])
    assert "but the release is in the folder of edition 'neurips2023'" in str(loaders.value)
    for given in (moved, moved / "datapackage.json"):
        proc = run("validate", str(given))
        assert proc.returncode == 2 and proc.stdout == "", proc.stdout
        assert proc.stderr.splitlines() == [f"workshop-data: error: {loaders.value}"], proc.stderr
    assert run("validate", str(release_copy)).returncode == 0  # in its own edition's folder


def test_schedule_table_names_who_gives_each_talk_of_a_block() -> None:
    # `schedule --edition neurips2022` listed its spotlights' times, titles and how each is given
    # but not who gives them, while the calendar's and frab's details name them ("… (Spotlight) —
    # Wenda Zhou, Olga Solodova, Ryan Adams"; found by huser31). Oracle: load_talks' speakers
    out = " ".join(run("schedule", "--edition", "neurips2022").stdout.split())
    talks = wd.load_talks("neurips2022").dropna(subset=["speakers"])
    assert len(talks) == 6
    for title, speakers in zip(talks["title"], talks["speakers"], strict=True):
        assert f"{title} (Spotlight) — " in out, title
        given = out.split(f"{title} (Spotlight) — ", 1)[1].split(" (how it is given", 1)[0]
        # each presenter in order, an affiliation the release holds after a name ("Dan Zhang
        # (Google Brain)"), as the calendar's details print them
        assert re.sub(r" \([^()]*\)", "", given) == speakers, given

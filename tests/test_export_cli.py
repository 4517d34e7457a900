"""`workshop-data export` as a user runs it: every registered format, files written atomically,
clear errors (exit 2) and nothing half-written."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from conftest import PINNED

import workshop_data as wd
from workshop_data.cli import main
from workshop_data.commands.export import export_formats
from workshop_data.formats import FORMATS

#: The 2024 page of 2024-11-20, whose facts these tests check.
ON_PINNED = ("--edition", PINNED[0], "--release", PINNED[1])


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_data", "export", *args], capture_output=True, text=True, cwd=cwd
    )


def test_the_format_choices_are_the_registry_but_the_table() -> None:
    assert export_formats() == [name for name in FORMATS if name != "table"]
    assert {"ics", "frab-xml", "frab-json", "csv", "json"} <= set(export_formats())


def test_the_help_lists_the_kinds_from_the_schema() -> None:
    from workshop_data.schema import KINDS

    out = " ".join(run("--help").stdout.split())
    assert f"only slots of these kinds: {', '.join(KINDS)} (default: all)" in out


def test_a_format_registered_later_is_exported_without_touching_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(FORMATS, "csv-again", ("text", "to_csv", ".csv", "a format another module registers"))
    assert main(["export", *ON_PINNED, "--format", "csv-again", "--kinds", "lunch"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("lunch-break,2024-12-15T12:00:00-08:00")


@pytest.mark.parametrize("name", export_formats())
def test_every_format_goes_to_stdout(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", *ON_PINNED, "--format", name]) == 0
    out = capsys.readouterr().out
    marker = {"ics": "BEGIN:VCALENDAR", "frab-xml": "<schedule>", "frab-json": '"schedule"', "csv": "slot_id,start"}
    assert marker.get(name, "keynote-jeff-dean") in out


def test_ics_file_imports_as_a_calendar_in_utc(tmp_path: Path) -> None:
    target = tmp_path / "schedule.ics"
    proc = run("--format", "ics", "--edition", "neurips2024", "--release", "2024-11-20", "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    live = [ev for ev in cal.walk("VEVENT") if "STATUS" not in ev]
    starts = sorted(ev.decoded("DTSTART").astimezone(dt.UTC) for ev in live)
    assert starts[0] == dt.datetime(2024, 12, 15, 16, 20, tzinfo=dt.UTC)  # 08:20 PST
    assert starts[-1] == dt.datetime(2024, 12, 16, 0, 0, tzinfo=dt.UTC)  # the panel, 16:00 PST
    assert len(starts) == 14
    # the two slots of release 2024-11-18.0440 that 2024-11-18.1748 folded into the contributed
    # blocks: the command passes the edition's history, so the file cancels them
    cancelled = {str(ev["UID"]): ev for ev in cal.walk("VEVENT") if ev.get("STATUS") == "CANCELLED"}
    assert sorted(cancelled) == [
        "scalable-rl-for-systems-via-teodor-vanislavov-marinov@neurips2024.workshop-data",
        "spotlight-peter-akioyamen@neurips2024.workshop-data",
    ]
    assert all(int(ev["SEQUENCE"]) == 1 for ev in cancelled.values())
    kinds = run("--format", "ics", "--edition", "neurips2024", "--release", "2024-11-20", "--kinds", "keynote").stdout
    assert "STATUS:CANCELLED" not in kinds  # they were contributed talks
    early = run("--format", "ics", "--edition", "neurips2024", "--release", "2024-11-18.0440").stdout
    assert "STATUS:CANCELLED" not in early and "UID:spotlight-peter-akioyamen@" in early
    assert sorted(os.listdir(tmp_path)) == ["schedule.ics"]  # no temporary file left
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_options_reach_the_writer(tmp_path: Path) -> None:
    target = tmp_path / "schedule.json"
    args = ["--format", "frab-json", "--tz", "Europe/Berlin", "--kinds", "keynote", "panel"]
    assert main(["export", *ON_PINNED, *args, "--base-url", "https://example.org/s", "-o", str(target)]) == 0
    conference = json.loads(target.read_text(encoding="utf-8"))["schedule"]["conference"]
    assert conference["time_zone_name"] == "Europe/Berlin"
    got = [e for d in conference["days"] for r in d["rooms"].values() for e in r]
    assert [(e["type"], e["start"], e["url"]) for e in got] == [
        ("keynote", "17:20", "https://example.org/s#keynote-jeff-dean"),
        ("panel", "01:00", "https://example.org/s#panel"),
    ]


def test_unknown_format_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    proc = run("--format", "vcs", "-o", str(target))
    assert proc.returncode == 2
    assert "invalid choice: 'vcs'" in proc.stderr
    assert not target.exists() and os.listdir(tmp_path) == []


@pytest.mark.parametrize("where", ["missing-dir/out.ics", "a-file/out.ics", "a-dir"])
def test_unwritable_path_exits_2_naming_it_and_leaves_nothing(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "a-dir").mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    target = tmp_path / where
    assert main(["export", *ON_PINNED, "--format", "ics", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workshop-data: error: {target}: cannot write: ")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert (tmp_path / "a-file").read_text() == "not a folder"


def test_an_error_while_exporting_keeps_the_previous_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "talks.ics"
    target.write_text("the previous export")
    assert main(["export", *ON_PINNED, "--format", "ics", "--kinds", "social", "-o", str(target)]) == 2
    assert "has no slot of kind social" in capsys.readouterr().err
    assert target.read_text() == "the previous export"
    assert main(["export", *ON_PINNED, "--format", "csv", "--base-url", "https://example.org/", "-o", str(target)]) == 2
    assert "--base-url does not apply to format 'csv'" in capsys.readouterr().err
    assert target.read_text() == "the previous export"
    assert main(["export", *ON_PINNED, "--format", "ics", "--tz", "Mars/Base", "-o", str(target)]) == 2
    assert "unknown time zone 'Mars/Base'" in capsys.readouterr().err
    assert target.read_text() == "the previous export"
    assert os.listdir(tmp_path) == ["talks.ics"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "schedule.xml"
    target.write_text("the previous export")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["export", *ON_PINNED, "--format", "frab-xml", "-o", str(target)]) == 2
    assert "cannot write: No space left on device" in capsys.readouterr().err
    assert target.read_text() == "the previous export"
    assert os.listdir(tmp_path) == ["schedule.xml"]


def test_overwriting_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "schedule.csv"
    target.write_text("old")
    target.chmod(0o640)
    assert main(["export", *ON_PINNED, "--format", "csv", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("slot_id,start")
    assert target.stat().st_mode & 0o777 == 0o640


def test_one_slots_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["export", *ON_PINNED, "--format", "ics", "--slot", "panel", "--base-url", "https://example.org/s"]) == 0
    )
    cal = icalendar.Calendar.from_ical(capsys.readouterr().out)
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == "panel@neurips2024.workshop-data"
    assert str(event["URL"]) == "https://example.org/s#panel"
    assert main(["export", *ON_PINNED, "--format", "ics", "--slot", "nope"]) == 2
    assert "has no slot 'nope'" in capsys.readouterr().err
    assert main(["export", *ON_PINNED, "--format", "frab-xml", "--slot", "panel"]) == 2
    assert "--slot makes one event's calendar" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("edition", "slot", "last", "dropped_in"),
    [
        # NeurIPS 2024's 11:00 spotlight, a talk of the 10:50 block since 2024-11-18.1748
        ("neurips2024", "spotlight-peter-akioyamen", "2024-11-18.0440", "2024-11-18.1748"),
        # ISCA 2019's invited talk named by its title, then by its speaker (`workshop-data history`:
        # "removed (was at 10:30)" in 2019-06-18.182359)
        ("isca2019", "dont-use-a-single-large", "2019-06-18.1823", "2019-06-18.182359"),
        # NeurIPS 2020's repeated "Run 2", taken down on 2020-12-10
        ("neurips2020", "invited-speaker-2-ed-chi-2", "2020-12-03.2251", "2020-12-10.2221"),
    ],
)
def test_the_calendar_of_a_slot_an_earlier_release_withdrew_names_the_release(
    edition: str, slot: str, last: str, dropped_in: str
) -> None:
    """``export --slot`` of a slot the newest release dropped: one line naming the release that
    withdrew it and the last that listed it (it said only "no slot", as for an id never used)."""
    run = [sys.executable, "-m", "workshop_data", "export", "--format", "ics", "--edition", edition, "--slot", slot]
    proc = subprocess.run(run, capture_output=True, text=True)
    latest = wd.releases(edition)["release"].iloc[-1]
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (
        f"workshop-data: error: release {latest!r} of {edition!r} has no slot {slot!r}: it was withdrawn in release "
        f"{dropped_in!r}, after release {last!r} last listed it (`workshop-data diff --edition {edition} {last} "
        f"{dropped_in}` says what became of it)\n"
    )
    # the diff it names says what became of it, and the release that listed it still makes its calendar
    diff = subprocess.run([*run[:3], "diff", "--edition", edition, last, dropped_in], capture_output=True, text=True)
    assert diff.returncode == 0 and diff.stdout.strip()
    assert main(["export", "--format", "ics", "--edition", edition, "--release", last, "--slot", slot]) == 0


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    # The rename replaced the link itself with a file.
    real = tmp_path / "real.csv"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real.name)
    assert main(["export", "--format", "csv", "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == "real.csv"
    assert real.read_text(encoding="utf-8").startswith("slot_id,start")
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(os.listdir(tmp_path)) == ["link.csv", "real.csv"]


@pytest.mark.parametrize("kind", ["fifo", "link to a device"])
def test_what_is_not_a_regular_file_is_refused(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A FIFO (or, run as root, a device such as /dev/full) was replaced by the rename.
    target = tmp_path / "out"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/null")
    assert main(["export", "--format", "ics", "-o", str(target)]) == 2
    what = "a FIFO" if kind == "fifo" else "a character device"
    assert capsys.readouterr().err == f"workshop-data: error: {target}: cannot write: {what}, not a regular file\n"
    assert os.listdir(tmp_path) == ["out"]
    assert target.is_fifo() if kind == "fifo" else os.readlink(target) == "/dev/null"


@pytest.mark.parametrize(
    "url", ["https://example.org/s\r\nX-Injected: 1", "https://example.org/a b", "https://x.org/\t"]
)
@pytest.mark.parametrize("fmt", ["ics", "frab-xml", "frab-json"])
def test_a_base_url_with_a_line_break_or_space_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, url: str
) -> None:
    # A CR-LF went into frab's <url> as it was (a line of the attacker's choosing); ics raised ValueError.
    target = tmp_path / "out"
    assert main(["export", "--format", fmt, "--base-url", url, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workshop-data: error: base URL {url!r} contains a space, line break or control character")
    assert len(err.splitlines()) == 1
    assert not target.exists()


@pytest.mark.parametrize(
    "url",
    [
        "https://[x/", "https://a]b/", "https://example.org:99999/s", "https://x.org:ab/",
        # no URI (frab JSON's "uri" refused every event's url; exit 0 before, found by hattack8)
        'https://x.org/"><script>', "https://exämple.org/s", "https://x.org/a{b}|c^", "https://x.org/%zz",
        "https://user:pw@x.org/s",  # a user name, which no URL of the data may hold (schema.URL_PATTERN)
    ],
)  # fmt: skip
@pytest.mark.parametrize("fmt", ["ics", "frab-xml", "frab-json"])
def test_a_base_url_that_is_no_url_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, fmt: str
) -> None:
    # urlsplit raises ValueError for a bracket in the host that is no IPv6 address: the export
    # ended in a traceback; a port out of range or not a number was written into every event
    # (found by hr-attack4). The base URL is held to the rule of every URL the data holds.
    from workshop_data.schema import PATTERN_RULES, URL_PATTERN

    target = tmp_path / "out"
    assert main(["export", "--format", fmt, "--base-url", url, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"workshop-data: error: base URL {url!r} is not {PATTERN_RULES[URL_PATTERN]}"
        " (e.g. https://example.org/schedule.html)\n"
    )
    assert not target.exists()


@pytest.mark.parametrize("url", ["https://x.org/s.html", "http://x.org:8080/a%20b/?q=1&r=2", "https://x.org/#old"])
def test_a_base_url_gives_frab_json_its_schema_takes(
    shared: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    # the oracle: c3voc's JSON Schema with its formats checked (uri); a fragment is replaced by the slot's
    from test_export_frab import json_validator

    assert main(["export", "--format", "frab-json", "--base-url", url]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(json_validator(shared / "schemas" / "json" / "schema.json").iter_errors(document)) == []
    assert "#old" not in json.dumps(document)


def test_a_bio_anchor_of_the_home_page_links_once(capsys: pytest.CaptureFixture[str]) -> None:
    """NeurIPS 2025's home page gives each speaker block an id (``<div class="speaker-bio"
    id="azalia_bio">``, hand-checked; Jason Ansel's block and Dylan Patel's both say
    ``patel_bio``): the data keeps the anchor without its ``#``, as for the schedule pages'
    ``dean_talk``, so the Jekyll export links ``#azalia_bio``, not ``##azalia_bio``."""
    import workshop_data as wd

    anchors = wd.load_people("neurips2025").set_index("person_id")["anchor"]
    assert anchors["azalia-mirhoseini"] == "azalia_bio"
    assert anchors["jason-ansel"] == anchors["dylan-patel"] == "patel_bio"
    assert not anchors.dropna().str.startswith("#").any()
    assert main(["export", "--format", "jekyll", "--edition", "neurips2025"]) == 0
    page = capsys.readouterr().out
    assert 'href="#azalia_bio"' in page and 'href="##' not in page


def test_the_jekyll_page_says_which_talk_times_it_has_no_place_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A schedule page's table prints no time of a talk of its own (schema 2.4.0): the export of
    # NeurIPS 2022's latest release dropped its spotlights' times and its invited talks' other
    # times without a word, and an import of the page gave a release without them; it dropped the
    # conference site's types and other titles too (schema 2.11.0, 2.12.0), with a warning
    out = tmp_path / "schedule.md"
    assert main(["export", "--edition", "neurips2022", "--release", "2023-06-02.0254", "--format", "jekyll",
                 "-o", str(out)]) == 0  # fmt: skip
    assert capsys.readouterr().err.splitlines() == [
        "workshop-data: warning: a Jekyll schedule page has no place for the times of 6 talk(s) of their own "
        "(talks.start/end; first 'A code superoptimizer through neural Monte-Carlo tree search'): not written, and "
        "an import of the page has none",
        "workshop-data: warning: a Jekyll schedule page has no place for another time printed for 4 slot(s)' talks "
        "(slots.talk_start/talk_end; first 'poster-session-2'): not written, and an import of the page has none",
    ]  # how the talks are given is on the page (data-delivery), and imports back: no warning; so are
    # the conference site's types (schema 2.11.0: six spotlights' "Spotlight", five invited talks'
    # "Talk", two breaks' "Break") and other titles (2.11.0's two poster sessions', 2.12.0's five
    # invited talks'), printed as that site printed them
    page = out.read_text("utf-8")
    assert "10:55" not in page
    assert page.count('<small class="presentation">(Spotlight)</small>') == 6
    assert page.count('<small class="talk-presentation">(Talk)</small>') == 5
    assert page.count('<strong class="event-title">Poster Session | Coffee Break</strong>') == 2
    assert '<strong class="talk-event-title">Jeff Dean - Invited Talk</strong>' in page
    # a release without them says nothing (a page is the whole schedule: --kinds is refused)
    assert main(["export", *ON_PINNED, "--format", "jekyll", "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""


def test_the_help_says_what_the_csv_guard_does() -> None:
    # The help said "a text starting with = + - @": a cell's start only, no tab or CR, nothing
    # of the guard after a ';' or a line break, where the README and the code guard too (issue 9)
    from workshop_data.formats import CSV_GUARD

    out = " ".join(run("--help").stdout.split())
    assert CSV_GUARD in out
    assert "a tab or a carriage return" in CSV_GUARD and "after a ; or a line break" in CSV_GUARD


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_guard_does_what_its_words_say(start: str) -> None:
    # each start the words name, at a cell's start after spaces and after a ';' or a line break
    from workshop_data.formats import CSV_GUARD, FORMULA_STARTS
    from workshop_data.formats.text import spreadsheet_safe

    named = {"\t": "a tab", "\r": "a carriage return"}.get(start, f" {start}")
    assert start in FORMULA_STARTS and named in CSV_GUARD
    assert spreadsheet_safe(f"  {start}x") == f"'  {start}x"
    assert spreadsheet_safe(f"a; {start}x") == f"a;' {start}x"
    assert spreadsheet_safe(f"a\n{start}x") == f"a\n'{start}x"
    assert spreadsheet_safe("-5") == "-5"


@pytest.mark.parametrize("fmt", ["ics", "frab-xml", "frab-json"])
def test_an_export_with_no_event_says_which_reason(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    # NeurIPS 2025's release of 2025-07-24 is its home page alone: no schedule at all, which the
    # error said as "no slot whose start is known", as if its slots' times were TBD
    assert main(["export", "--format", fmt, "--edition", "neurips2025", "--release", "2025-07-24.1322"]) == 2
    assert capsys.readouterr().err == (
        "workshop-data: error: release '2025-07-24.1322' of 'neurips2025' has no schedule: "
        "its pages give none, and an export needs an event\n"
    )
    # a kind the schedule has no slot of: not one of unknown start, and the kinds it has are named
    assert main(["export", "--format", fmt, "--edition", "neurips2024", "--kinds", "social"]) == 2
    assert capsys.readouterr().err == (
        "workshop-data: error: release '2024-12-15.0142' of 'neurips2024' has no slot of kind social "
        "(its kinds: opening, keynote, invited, contributed, poster, break, lunch, panel, qa)\n"
    )
    # slots of that kind whose start the page does not give ("TBD"): said as before
    assert main(["export", "--format", fmt, "--edition", "neurips2021", "--kinds", "invited"]) == 2
    assert capsys.readouterr().err == (
        "workshop-data: error: release '2021-09-28.2155' of 'neurips2021' has no slot of kind invited "
        "whose start is known\n"
    )


def test_the_calendar_of_a_slot_only_a_later_release_lists_names_the_release_that_first_lists_it() -> None:
    """``export --slot`` of a slot the release does not list yet (NeurIPS 2024's tea break, added
    on 2024-12-04 after the pinned 2024-11-20): one line naming the release that first lists it
    (it said only "no slot", as for an id never used), and that release makes its file."""
    run = [sys.executable, "-m", "workshop_data", "export", "--format", "ics", *ON_PINNED, "--slot", "tea-break"]
    proc = subprocess.run(run, capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (
        "workshop-data: error: release '2024-11-20' of 'neurips2024' has no slot 'tea-break': it is first listed in "
        "release '2024-12-04.2118', published after it (`--release 2024-12-04.2118` for its file)\n"
    )
    assert (
        main(
            ["export", "--format", "ics", "--edition", PINNED[0], "--release", "2024-12-04.2118", "--slot", "tea-break"]
        )
        == 0
    )

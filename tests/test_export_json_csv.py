"""CSV and JSON exports over generated schedules: JSON -> load -> JSON is identical, CSV reads
back to the same slots."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import jsonschema
import pytest
from conftest import SHIPPED
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import TIMEZONES, releases

import workshop_data as wd
from workshop_data.datapackage import write_release
from workshop_data.formats import jsonformat
from workshop_data.formats.text import _NUMBER as NUMBER
from workshop_data.formats.text import CSV_COLUMNS, spreadsheet_value, to_csv
from workshop_data.model import Release
from workshop_data.schema import KINDS, fields_by_resource
from workshop_data.timeutil import aware
from workshop_data.validation import read_release

#: What a spreadsheet reads as the start of a formula (OWASP, CSV injection).
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def runs(cell: str) -> bool:
    """Whether a spreadsheet may run ``cell`` as a formula: LibreOffice Calc's text import with
    "Trim spaces" and "Evaluate formulas" drops an unquoted cell's leading spaces first (7.4.7
    read ``a, =1+1`` and ``Ada; =1+1`` split at ``;`` as 2)."""
    return cell.lstrip(" ").startswith(FORMULA)


TZ = st.one_of(st.none(), st.sampled_from(TIMEZONES))
KIND_SETS = st.one_of(st.none(), st.lists(st.sampled_from(list(KINDS)), min_size=1, max_size=4, unique=True))


@settings(max_examples=200, deadline=None)
@given(st.one_of(releases(), releases(tbd=True)), TZ, KIND_SETS)
def test_json_load_dump_is_identical(release: Release, tz: str | None, kinds: list[str] | None) -> None:
    text = jsonformat.dumps(release, tz=tz, kinds=kinds)
    jsonschema.validate(json.loads(text), jsonformat.schema())
    back = jsonformat.loads(text)
    assert jsonformat.dumps(back, tz=tz, kinds=kinds) == text
    if kinds is None:
        assert back == release  # nothing lost: every slot, talk, person and time comes back


@settings(max_examples=200, deadline=None)
@given(st.one_of(releases(), releases(tbd=True)), TZ, KIND_SETS)
def test_csv_reads_back_to_the_same_slots(release: Release, tz: str | None, kinds: list[str] | None) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(release, tz=tz, kinds=kinds))))
    slots = release.slots_of_kinds(kinds)
    assert len(rows) == len(slots)
    venue = release.workshop.timezone
    for cells, slot in zip(rows, slots, strict=True):
        assert tuple(cells) == CSV_COLUMNS
        assert not any(runs(cell) and not NUMBER.fullmatch(cell.lstrip(" ")) for cell in cells.values())
        row = {name: spreadsheet_value(cell) for name, cell in cells.items()}
        assert (row["slot_id"], row["kind"], row["label"], row["title"], row["status"]) == (
            slot.slot_id,
            slot.kind,
            slot.label,
            slot.title,
            slot.status,
        )
        if slot.start is None:
            assert row["start"] == ""  # unknown ("TBD") stays empty
        else:
            start = dt.datetime.fromisoformat(row["start"])
            assert start == aware(slot.start, venue) and start.utcoffset() == aware(slot.start, venue, tz).utcoffset()
        if slot.end is None:
            assert row["end"] == ""  # unknown stays empty
        else:
            assert dt.datetime.fromisoformat(row["end"]) == aware(slot.end, venue)
        for column in ("talk_start", "talk_end"):  # another time printed for the slot's talk
            moment = getattr(slot, column)
            assert row[column] == ("" if moment is None else aware(moment, venue, tz).isoformat())
        talks = release.talks_of(slot.slot_id)
        if all(t.start is None for t in talks):
            assert row["talk_times"] == ""
        else:  # each talk's own time, in the talks' order: an ISO 8601 interval, its start alone, or empty
            times = row["talk_times"].split(" | ")
            assert len(times) == len(talks)
            for text, talk in zip(times, talks, strict=True):
                moments = [dt.datetime.fromisoformat(part) for part in text.split("/")] if text else []
                expected = [m for m in (talk.start, talk.end) if m is not None]
                assert moments == [aware(m, venue) for m in expected]
                offsets = [aware(m, venue, tz).utcoffset() for m in expected]
                assert [m.utcoffset() for m in moments] == offsets


def _with_texts(value: str) -> Release:
    """The shipped release with ``value`` as its first slot's label, title and status and its
    first person's name and affiliation."""
    shipped = read_release(SHIPPED)
    slot = dataclasses.replace(shipped.slots[0], title=value, label=value, status=value)
    person = dataclasses.replace(shipped.people[0], name=value, affiliations=(value,))
    return dataclasses.replace(shipped, slots=(slot, *shipped.slots[1:]), people=(person, *shipped.people[1:]))


@pytest.mark.parametrize(
    "value",
    ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "'=1", "''-x",
     "-inf", "+ 1", " =1+1", "  @SUM(A1)", "' =1", " '-x"],
)  # fmt: skip
def test_a_csv_cell_a_spreadsheet_would_run_starts_with_a_quote(value: str) -> None:
    release = _with_texts(value)
    row = next(csv.DictReader(io.StringIO(to_csv(release))))
    for name in ("label", "title", "status", "speakers", "affiliations"):
        assert row[name] == "'" + value, name
        assert spreadsheet_value(row[name]) == value
    assert row["start"] == "2024-12-15T08:20:00-08:00" and row["kind"] == "keynote"  # nothing else is touched
    # the JSON export is data, not a spreadsheet's: the value as it is
    assert json.loads(jsonformat.dumps(release))["slots"][0]["title"] == value


@pytest.mark.parametrize(
    "value",
    [
        "Advances;=cmd|' /C calc'!A0", "OpenAI;@SUM(1+1)", "a;+1;-2", "a;'=1", "a; =1", "a;x", ";=1", "=a;=b", "';=x",
        "Intro\n\n=cmd|' /C calc'!A0", "a\r\n+1", "\r=1", "x\n-5", "a\n'@b",
        "Ada; =HYPERLINK(\"http://evil\",\"x\")", "a;  -x", "a\n @b", "a; ' =1", "a; x",
    ],
)  # fmt: skip
def test_no_cell_starts_a_formula_where_a_spreadsheet_splits_lines_at_semicolons(value: str) -> None:
    # Excel and LibreOffice in a locale whose list separator is ';' (German, French…) split each
    # line at every ';', a '"' quoting only a piece it starts, so that a quoted line break ends
    # the row: "Advances;=cmd|…" starts a cell "=cmd|' /C calc'!A0,,Jeff Dean,…" there, and so
    # does an abstract's second paragraph in the history's CSV (OWASP: mind the separator, not
    # only a cell's start)
    release = _with_texts(value)
    text = to_csv(release)
    lines = io.StringIO(text, newline=None)  # a row ends at any line break (CR LF, LF, CR)
    for piece in (p for line in csv.reader(lines, delimiter=";") for p in line):
        assert not runs(piece), piece
    row = next(csv.DictReader(io.StringIO(text)))
    for name in ("label", "title", "status", "speakers", "affiliations"):
        assert spreadsheet_value(row[name]) == value, name
    for plain in ("a;x", "a; x"):  # nothing else changes
        assert next(csv.DictReader(io.StringIO(to_csv(_with_texts(plain)))))["title"] == plain


@pytest.mark.parametrize("value", ["-5", "+1", "+1.5", "-2e3", "-.5", "7"])
def test_a_number_in_the_csv_export_keeps_its_sign(value: str) -> None:
    # a spreadsheet reads "-5" as the number it is, not as a formula: a ' would make it text
    row = next(csv.DictReader(io.StringIO(to_csv(_with_texts(value)))))
    assert [row[name] for name in ("label", "title", "status", "speakers", "affiliations")] == [value] * 5
    assert spreadsheet_value(row["title"]) == value


def test_the_2018_coffee_break_is_text_in_the_csv_export() -> None:
    # NeurIPS 2018's poster sessions: "+ Coffee Break", which Excel showed as #NAME?
    release = read_release(SHIPPED.parents[1] / "neurips2018" / "2018-09-14.0101")
    rows = [r for r in csv.DictReader(io.StringIO(to_csv(release))) if r["slot_id"].startswith("poster-session")]
    assert [(r["slot_id"], r["start"], r["end"], r["status"]) for r in rows] == [
        ("poster-session-1", "2018-12-08T10:00:00-05:00", "2018-12-08T11:00:00-05:00", "'+ Coffee Break"),
        ("poster-session-2", "2018-12-08T14:30:00-05:00", "2018-12-08T15:30:00-05:00", "'+ Coffee Break"),
    ]
    assert [s.status for s in release.slots if s.slot_id.startswith("poster-session")] == ["+ Coffee Break"] * 2


def test_the_papers_csv_guards_formula_cells_too() -> None:
    from workshop_data.commands.papers import render
    from workshop_data.model import Author, Paper

    shipped = read_release(SHIPPED)
    paper = Paper("p1", 1, '=HYPERLINK("http://x","y")', award="+Best", presentation="@oral")
    release = dataclasses.replace(shipped, papers=(paper,), authors=(Author("p1", 1, "a", "-Ada"),))
    row = next(csv.DictReader(io.StringIO(render(release, "csv"))))
    assert [row[k] for k in ("title", "authors", "award", "presentation")] == [
        "'" + paper.title,
        "'-Ada",
        "'+Best",
        "'@oral",
    ]


def test_the_papers_csv_guards_an_author_after_the_semicolon_and_space_it_joins_them_with() -> None:
    # the authors are joined by "; ": a spreadsheet splitting lines at ';' starts a cell " =…" at
    # the second, which LibreOffice runs once it trims the space (7.4.7, "Trim spaces" and
    # "Evaluate formulas": 'Ada; =1+1' read as Ada | 2); the guard passed it over
    from workshop_data.commands.papers import render
    from workshop_data.model import Author, Paper

    shipped = read_release(SHIPPED)
    authors = (Author("p1", 1, "a", "Ada"), Author("p1", 2, "b", "=1+1"), Author("p1", 3, "c", "Grace"))
    release = dataclasses.replace(shipped, papers=(Paper("p1", 1, "T"),), authors=authors)
    text = render(release, "csv")
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["authors"] == "Ada;' =1+1; Grace"
    assert spreadsheet_value(row["authors"]) == "Ada; =1+1; Grace"
    pieces = [p for line in csv.reader(io.StringIO(text, newline=None), delimiter=";") for p in line]
    assert " =1+1" not in pieces and not any(runs(p) for p in pieces)


def test_the_releases_own_csv_files_keep_formula_like_values_as_they_are(tmp_path: Path) -> None:
    shipped = read_release(SHIPPED)
    slot = dataclasses.replace(shipped.slots[0], title="=1+1", title_myst="=1+1")
    release = dataclasses.replace(shipped, slots=(slot, *shipped.slots[1:]))
    write_release(release, tmp_path)
    again = read_release(tmp_path / release.edition / release.name)
    assert again.slots[0].title == "=1+1"
    assert ",=1+1,=1+1," in (tmp_path / release.edition / release.name / "slots.csv").read_text("utf-8")


def test_an_unknown_start_is_null_in_json_empty_in_csv_and_unknown_in_the_table() -> None:
    # neurips2021/index.md: "TBD" for the invited talks' times
    import workshop_data as wd
    from workshop_data.formats.text import to_table

    release = wd.load_release("neurips2021")
    doc = json.loads(jsonformat.dumps(release))
    jsonschema.validate(doc, jsonformat.schema())
    assert doc["format_version"] == "1.9"
    assert [s["start"] for s in doc["slots"]] == ["2021-12-13T09:00:00-08:00", *[None] * 6, "2021-12-13T17:40:00-08:00"]
    assert jsonformat.loads(jsonformat.dumps(release)).slots == release.slots  # null reads back as unknown
    rows = list(csv.DictReader(io.StringIO(to_csv(release))))
    assert [r["start"][11:16] for r in rows] == ["09:00", *[""] * 6, "17:40"]
    lines = to_table(release).splitlines()
    assert lines[3].startswith("Start    End     Kind")
    assert lines[5].startswith("unknown  unknown invited      Invited Speaker 1: Anima Anandkumar")
    assert lines[4].startswith("09:00    unknown opening      Opening Remarks")


def test_the_times_printed_for_a_talk_of_its_own_are_in_the_csv_export() -> None:
    # NeurIPS 2022's spotlights at 10:55-11:05 … 11:45-11:55 in a block at 10:50; Steve Keckler's
    # invited talk also printed at 13:55-14:40 (its row at 14:15); in UTC with --tz UTC
    import workshop_data as wd

    release = wd.load_release("neurips2022")
    rows = list(csv.DictReader(io.StringIO(to_csv(release))))
    block = next(r for r in rows if r["start"] == "2022-12-03T10:50:00-06:00")
    assert block["talk_times"].split(" | ") == [
        "2022-12-03T10:55:00-06:00/2022-12-03T11:05:00-06:00",
        "2022-12-03T11:10:00-06:00/2022-12-03T11:20:00-06:00",
        "2022-12-03T11:25:00-06:00/2022-12-03T11:35:00-06:00",
        "2022-12-03T11:45:00-06:00/2022-12-03T11:55:00-06:00",
    ]
    assert block["talks"].split(" | ")[0] == "A code superoptimizer through neural Monte-Carlo tree search"
    keckler = next(r for r in rows if r["speakers"] == "Steve Keckler")
    assert (keckler["start"], keckler["talk_start"], keckler["talk_end"], keckler["talk_times"]) == (
        "2022-12-03T14:15:00-06:00",
        "2022-12-03T13:55:00-06:00",
        "2022-12-03T14:40:00-06:00",
        "",
    )
    in_utc = next(r for r in csv.DictReader(io.StringIO(to_csv(release, tz="UTC"))) if r["speakers"] == "Steve Keckler")
    assert in_utc["talk_start"] == "2022-12-03T19:55:00+00:00"


_IN_PERSON = "In-person Presentation, Prerecorded Backup"


def test_the_times_printed_for_a_talk_of_its_own_are_in_the_json_and_read_back() -> None:
    # NeurIPS 2022's detailed schedule: the spotlights at 10:55, 11:10, 11:25, 11:45 (a block at 10:50),
    # Steve Keckler's invited talk also printed at 13:55-14:40 (its row at 14:15); format 1.3
    import workshop_data as wd

    release = wd.load_release("neurips2022")
    doc = json.loads(jsonformat.dumps(release))
    jsonschema.validate(doc, jsonformat.schema())
    block = next(s for s in doc["slots"] if s["talks"] and s["start"] == "2022-12-03T10:50:00-06:00")
    assert [t["start"][11:16] for t in block["talks"]] == ["10:55", "11:10", "11:25", "11:45"]
    keckler = next(s for s in doc["slots"] if [p["name"] for p in s["speakers"]] == ["Steve Keckler"])
    assert (keckler["start"][11:16], keckler["talk_start"][11:16], keckler["talk_end"][11:16]) == (
        "14:15",
        "13:55",
        "14:40",
    )
    assert all(s["talk_start"] is None for s in doc["slots"] if s["kind"] == "break")
    # format 1.5: how each talk is given (the detailed schedule's tooltips)
    assert [t["delivery"] for t in block["talks"]][2:] == ["Zoom Presentation, Prerecorded Backup", _IN_PERSON]
    assert keckler["talk_delivery"] == _IN_PERSON
    # format 1.7: how a slot of no talk is given (the opening remarks' tooltip; the coffee breaks'
    # "Break" is their type, format 1.8)
    assert [(s["label"], s["delivery"]) for s in doc["slots"] if s["delivery"]] == [
        ("Opening Remarks", "In-person Intro, Opening/Closing Remarks (introduction by moderator)"),
    ]
    assert keckler["delivery"] == ""
    # format 1.8: the conference site's type of each event, and the title it gives a slot's own event
    assert [t["presentation"] for t in block["talks"]] == ["Spotlight"] * 4
    assert keckler["talk_presentation"] == "Talk" and keckler["presentation"] == keckler["event_title"] == ""
    assert [(s["label"], s["presentation"], s["event_title"]) for s in doc["slots"] if s["presentation"]] == [
        ("Poster Session #1", "Break", "Poster Session | Coffee Break"),
        ("Poster Session #2", "Break", "Poster Session | Coffee Break"),
    ]
    # a 1.7 document (no types) reads as one that says none
    plain = {
        **doc,
        "format_version": "1.7",
        "slots": [
            {
                **{k: v for k, v in s.items() if k not in ("talk_presentation", "presentation", "event_title")},
                "talks": [{k: v for k, v in t.items() if k != "presentation"} for t in s["talks"]],
            }
            for s in doc["slots"]
        ],
    }
    jsonschema.validate(plain, jsonformat.schema())
    back = jsonformat.from_dict(plain)
    assert not any(s.talk_presentation or s.presentation or s.event_title for s in back.slots)
    assert not any(t.presentation for t in back.talks)
    # a 1.6 document (no slot's own delivery) reads as one that says none
    older = {
        **doc,
        "format_version": "1.6",
        "slots": [{k: v for k, v in s.items() if k != "delivery"} for s in doc["slots"]],
    }
    jsonschema.validate(older, jsonformat.schema())
    assert not any(s.delivery for s in jsonformat.from_dict(older).slots)
    again = jsonformat.loads(jsonformat.dumps(release))
    assert again.talks == release.talks and again.slots == release.slots
    in_utc = json.loads(jsonformat.dumps(release, tz="UTC"))
    assert (
        next(s for s in in_utc["slots"] if [p["name"] for p in s["speakers"]] == ["Steve Keckler"])["talk_start"]
        == "2022-12-03T19:55:00+00:00"
    )


def test_the_table_shows_the_times_printed_for_a_talk_of_its_own() -> None:
    import workshop_data as wd
    from workshop_data.formats.text import to_table

    lines = to_table(wd.load_release("neurips2022"), width=120).splitlines()
    assert any(
        line.strip().startswith("• 10:55–11:05 A code superoptimizer through neural Monte-Carlo tree search")
        for line in lines
    )
    said = " ".join(" ".join(lines).split())  # the section wrapped at 120 characters, read as one text
    assert (
        "Invited Speaker 3: Steve Keckler (also titled “Steve Keckler - Invited Talk”) (Talk) "
        "(also printed at 13:55–14:40)"
    ) in said
    in_utc = " ".join(to_table(wd.load_release("neurips2022"), tz="UTC", width=120).split())
    assert "(also printed at 19:55–20:40)" in in_utc and "• 16:55–17:05 A code superoptimizer" in in_utc


def test_a_day_printed_twice_keeps_its_parts_and_repeats_in_json() -> None:
    # NeurIPS 2020's 2020-12-03.2236: "Run 2 (repeated)" at 09:00 UTC+04:00, 21:00 the evening before
    import workshop_data as wd

    release = wd.load_edition("neurips2020").release("2020-12-03.2236")
    doc = json.loads(jsonformat.dumps(release))
    jsonschema.validate(doc, jsonformat.schema())
    assert doc["format_version"] == "1.9"
    run2 = [s for s in doc["slots"] if s["part"] == "Run 2 (repeated)"]
    assert (run2[0]["start"], run2[0]["repeats"]) == ("2020-12-11T21:00:00-08:00", "opening-remarks")
    assert len(run2) == 15 and doc["slots"][0]["part"] == "Run 1" and doc["slots"][0]["repeats"] == ""
    back = jsonformat.loads(jsonformat.dumps(release))
    assert back.slots == release.slots and back.talks == release.talks
    # a 1.3 document (no parts) reads as one without
    del doc["slots"][0]["part"], doc["slots"][0]["repeats"]
    doc["format_version"] = "1.3"
    assert jsonformat.from_dict(doc).slots[0].part == ""


def test_the_table_shows_the_parts_of_a_day_printed_twice_and_what_each_row_repeats() -> None:
    # NeurIPS 2020's 2020-12-03.2236 printed "Run 1", then "Run 2 (repeated)" at 21:00 the evening
    # before in Los Angeles: the table listed the day's fifteen rows twice with nothing to say
    # that the second fifteen repeat the first, where the site prints each heading and "(repeats
    # 09:15)" (found by hr-user4)
    import workshop_data as wd
    from workshop_data.formats.text import to_table

    release = wd.load_edition("neurips2020").release("2020-12-03.2236")
    lines = to_table(release, width=120).splitlines()
    headings = [line for line in lines if line.startswith(("=== ", "— "))]
    assert headings == [
        "=== Run 1 ===",
        "— Saturday 12 December 2020 —",
        "=== Run 2 (repeated) ===",
        "— Friday 11 December 2020 —",
        "— Saturday 12 December 2020 —",  # Run 2's lunch at 00:05
    ]
    assert "21:15  21:50*  invited      Invited Speaker 1: Christina Delimitrou (repeats Run 1's at 09:15)" in lines
    assert "09:15  09:50*  invited      Invited Speaker 1: Christina Delimitrou" in lines  # Run 1's, as it was
    assert sum("(repeats " in line for line in lines) == 15
    in_berlin = to_table(release, tz="Europe/Berlin", width=120)
    assert "Invited Speaker 1: Christina Delimitrou (repeats Run 1's at 18:15)" in in_berlin
    # a release without parts prints no heading
    assert not any(line.startswith("=== ") for line in to_table(wd.load_release("neurips2020")).splitlines())


def test_the_csv_export_keeps_the_parts_of_a_day_printed_twice_and_what_each_row_repeats() -> None:
    # the JSON (format 1.4), the table and the site say which part a slot is under and which slot
    # it gives again; the CSV export had neither, so a spreadsheet of NeurIPS 2020's 2020-12-03.2236
    # held each of its fifteen rows twice, with nothing to tell the repeat (found by hr-user4)
    import workshop_data as wd

    release = wd.load_edition("neurips2020").release("2020-12-03.2236")
    rows = list(csv.DictReader(io.StringIO(to_csv(release))))
    assert [r["part"] for r in rows] == ["Run 1"] * 15 + ["Run 2 (repeated)"] * 15
    assert [r["repeats"] for r in rows[15:]] == [r["slot_id"] for r in rows[:15]]
    assert {r["repeats"] for r in rows[:15]} == {""}
    assert (rows[15]["start"], rows[15]["repeats"]) == ("2020-12-11T21:00:00-08:00", "opening-remarks")
    assert {(r["part"], r["repeats"]) for r in csv.DictReader(io.StringIO(to_csv(wd.load_release("neurips2024"))))} == {
        ("", "")
    }


def test_the_json_gives_a_talks_abstract_links_and_reads_back_without_them() -> None:
    # NeurIPS 2018's Song Han: his abstract links AMC, HAQ, ProxylessNAS and TSM
    # (neurips2018/schedule.md); format 1.5 gives them with his slot, the schema checks them
    release = wd.load_release("neurips2018")
    doc = json.loads(jsonformat.dumps(release))
    jsonschema.validate(doc, jsonformat.schema())
    assert doc["format_version"] == "1.9"
    linked = {s["id"]: s["abstract_links"] for s in doc["slots"] if s["abstract_links"]}
    assert linked == {
        "invited-speaker-4": [
            {"text": "AMC", "url": "https://arxiv.org/pdf/1802.03494.pdf"},
            {"text": "HAQ", "url": "https://arxiv.org/pdf/1811.08886.pdf"},
            {"text": "ProxylessNAS", "url": "https://openreview.net/pdf?id=HylVB3AqYm"},
            {"text": "TSM", "url": "https://hanlab.mit.edu/projects/tsm/"},
        ]
    }
    back = jsonformat.loads(jsonformat.dumps(release))
    assert back.slots == release.slots and back.text_links == ()  # the format holds no abstract
    bad = {**doc, "slots": [{**doc["slots"][0], "abstract_links": [{"text": "x", "url": "javascript:1"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, jsonformat.schema())


def test_a_json_document_giving_a_key_twice_is_refused_naming_the_key() -> None:
    # as a release's descriptor: Python's json kept the last "title", a reader keeping the first
    # read another schedule from the same document
    from conftest import SHIPPED

    from workshop_data.encoding import RepeatedKeyError
    from workshop_data.validation import read_release

    text = jsonformat.dumps(read_release(SHIPPED))
    first = '"title": "'
    assert first in text
    twice = text.replace(first, '"title": "Cancelled", ' + first, 1)
    assert json.loads(twice) == json.loads(text)  # Python's json: the last, silently
    with pytest.raises(RepeatedKeyError, match="gives the key 'title' twice in one object"):
        jsonformat.loads(twice)
    assert jsonformat.loads(text) == read_release(SHIPPED)


def test_the_csv_export_says_how_each_talk_is_given_in_the_schemas_columns() -> None:
    # NeurIPS 2022's detailed schedule's tooltips (schema 2.8.0): the CSV export (one row per
    # slot) dropped them, where the JSON export had them. A slot's talk's in its column, the talks
    # of a block in the order of `talks` (as talk_times); read with pandas, as a spreadsheet user's
    # notebook would
    import pandas as pd

    release = wd.load_release("neurips2022")
    table = pd.read_csv(io.StringIO(to_csv(release)), dtype=str, keep_default_na=False).set_index("slot_id")
    assert {"talk_delivery"} <= fields_by_resource()["slots"] and {"delivery"} <= fields_by_resource()["talks"]
    assert table.loc["invited-speaker-5-jeff-dean", "talk_delivery"] == "Prerecorded & Livestreamed"
    assert table.loc["invited-speaker-2-steve-keckler", "talk_delivery"] == _IN_PERSON
    block = table.loc["contributed-talks"]
    assert block["talks_delivery"].split(" | ") == [
        _IN_PERSON,
        _IN_PERSON,
        "Zoom Presentation, Prerecorded Backup",
        _IN_PERSON,
    ]
    assert len(block["talks"].split(" | ")) == 4 and block["talk_delivery"] == ""
    assert table.loc["opening-remarks", ["talk_delivery", "talks_delivery"]].tolist() == ["", ""]  # the data has none
    # what the loaders give, row for row: every slot's and talk's delivery, none more
    slots = wd.load_schedule("neurips2022").set_index("slot_id")["talk_delivery"].fillna("")
    assert table["talk_delivery"].to_dict() == slots.to_dict()
    talks = wd.load_talks("neurips2022").fillna({"delivery": ""})
    given = talks.groupby("slot_id", observed=True)["delivery"].agg(" | ".join)
    assert {k: v for k, v in table["talks_delivery"].items() if v} == given.to_dict()
    # a slot's own (schema 2.10.0), the last column then (schema 2.11.0's types follow it): the
    # opening remarks' (the coffee breaks' "Break" is their type, slots.presentation, not a delivery)
    assert list(table.columns).index("delivery") == 18  # slot_id the index
    assert {k: v for k, v in table["delivery"].items() if v} == {
        "opening-remarks": "In-person Intro, Opening/Closing Remarks (introduction by moderator)",
    }
    own = wd.load_schedule("neurips2022").set_index("slot_id")["delivery"].fillna("")
    assert table["delivery"].to_dict() == own.to_dict()


def test_the_csv_export_gives_the_links_inside_a_talks_abstract() -> None:
    # NeurIPS 2018's Song Han links AMC, HAQ, ProxylessNAS and TSM in his abstract: the JSON
    # export's abstract_links, and now the CSV's, each `words: URL`; no other slot has any
    import pandas as pd

    release = wd.load_release("neurips2018")
    table = pd.read_csv(io.StringIO(to_csv(release)), dtype=str, keep_default_na=False)
    linked = table[table["abstract_links"] != ""]
    assert linked["speakers"].tolist() == ["Song Han"]
    cells = linked["abstract_links"].iloc[0].split(" | ")
    doc = json.loads(jsonformat.dumps(release))
    assert cells == [f"{x['text']}: {x['url']}" for s in doc["slots"] for x in s["abstract_links"]]
    assert cells[0] == "AMC: https://arxiv.org/pdf/1802.03494.pdf" and len(cells) == 4


def test_the_table_says_how_each_talk_is_given_and_what_an_abstract_links(capsys: pytest.CaptureFixture[str]) -> None:
    # `workshop-data schedule`'s table: "(how it is given: …)", the site's and the
    # changelog's one label (words.DELIVERY_LABEL), after a slot's talk and a block's talks; the
    # links inside Song Han's 2018 abstract as lines under his slot
    from workshop_data.formats.text import to_table
    from workshop_data.words import DELIVERY_LABEL

    assert DELIVERY_LABEL == "how it is given"
    table = " ".join(to_table(wd.load_release("neurips2022"), width=400).split())
    assert (
        "Invited Speaker 1: Jeff Dean (also titled “Jeff Dean - Invited Talk”) (Talk) (how it is given: "
        "Prerecorded & Livestreamed)"
    ) in table
    assert (
        "• 11:25–11:35 HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression "
        "(Spotlight) — Jiaqi Gu, Ben Keller, Jean Kossaifi, Anima Anandkumar, Brucek Khailany, David Pan "
        "(how it is given: Zoom Presentation, Prerecorded Backup)"
    ) in table
    # the 11 talks', and the opening remarks' own (schema 2.10.0); a poster session's "Break" is its
    # type (schema 2.11.0), not how it is given
    assert table.count("how it is given") == 12
    assert "Poster Session #1 (how it is given" not in table
    # the changes say it with the same label (Dawn Song's tooltip changed on 2022-11-30)
    from workshop_data.cli import main

    assert main(["diff", "--edition", "neurips2022", "2022-11-06.1706", "2022-11-30.2353"]) == 0
    assert f"{DELIVERY_LABEL}: “In-person Presentation, Prerecorded Backup” → “In-Person" in capsys.readouterr().out
    lines = [line.strip() for line in to_table(wd.load_release("neurips2018")).splitlines()]
    at = lines.index("Linked in the talk's abstract:")
    assert "Song Han" in " ".join(lines[at - 2 : at])
    assert lines[at + 1 : at + 5] == [
        "- AMC: https://arxiv.org/pdf/1802.03494.pdf",
        "- HAQ: https://arxiv.org/pdf/1811.08886.pdf",
        "- ProxylessNAS: https://openreview.net/pdf?id=HylVB3AqYm",
        "- TSM: https://hanlab.mit.edu/projects/tsm/",
    ]


def _schema_format_notes() -> dict[str, str]:
    """Each field of the JSON Schema whose description says "(format X)" or "…; format X)", as
    ``def.field`` (``slot.delivery``; a top-level field by its own name) -> X."""
    import re

    doc = jsonformat.schema()
    objects = {"": doc, **{name: d for name, d in doc["$defs"].items() if "properties" in d}}
    notes: dict[str, str] = {}
    for name, obj in objects.items():
        for field, prop in obj["properties"].items():
            said = re.findall(r"\bformat (\d+\.\d+)\)", prop.get("description", ""))
            assert len(said) <= 1, (name, field, said)
            if said:
                notes[f"{name}.{field}" if name else field] = said[0]
    return notes


def test_schema_says_each_field_came_in_the_format_version_that_introduced_it() -> None:
    # The schema said "(format 1.5)" for the delivery fields of format 1.6: each field's note is
    # the version of the format's history (jsonformat.FORMAT_HISTORY) that brought it, and every
    # field that history names has its note.
    introduced = {field: v.version for v in jsonformat.FORMAT_HISTORY for field in v.fields}
    assert _schema_format_notes() == introduced
    assert introduced["talk.delivery"] == introduced["slot.talk_delivery"] == "1.6"
    assert introduced["slot.delivery"] == "1.7"
    assert introduced["talk.presentation"] == introduced["slot.event_title"] == "1.8"
    assert introduced["slot.talk_event_title"] == "1.9"


def test_schema_title_and_versions_are_the_format_history() -> None:
    doc = jsonformat.schema()
    versions = [v.version for v in jsonformat.FORMAT_HISTORY]
    assert doc["properties"]["format_version"]["enum"] == versions
    assert versions[-1] == jsonformat.FORMAT_VERSION
    assert doc["title"] == f"workshop_data schedule (JSON format {jsonformat.FORMAT_VERSION})"
    described = doc["properties"]["format_version"]["description"]
    for v in jsonformat.FORMAT_HISTORY[1:]:  # each version's fields, by name, after its number
        after = described[described.index(f"{v.version} ") :]
        for field in v.fields:
            assert field.split(".")[1] in after.split("; ")[0], (v.version, field)


def test_the_csv_export_and_the_table_carry_the_conference_sites_types_and_other_titles() -> None:
    # schema 2.11.0's types and a slot's other title (NeurIPS 2022's detailed schedule, read by hand:
    # five invited talks "(Talk)", six spotlights "(Spotlight)", both poster sessions "Poster Session
    # | Coffee Break" "(Break)") were in the JSON export alone. The CSV: a column each, after
    # `delivery` (the columns before keep their places), a block's talks' in the order of `talks`
    # (as talks_delivery); read with pandas, as a spreadsheet user's notebook would
    import pandas as pd

    from workshop_data.formats.text import to_table

    release = wd.load_release("neurips2022")
    table = pd.read_csv(io.StringIO(to_csv(release)), dtype=str, keep_default_na=False).set_index("slot_id")
    assert list(table.columns)[18:] == [
        "delivery",
        "talk_presentation",
        "talks_presentation",
        "presentation",
        "event_title",
        "talk_event_title",
    ]
    invited = [s.slot_id for s in release.slots if s.kind == "invited"]
    assert len(invited) == 5 and set(table.loc[invited, "talk_presentation"]) == {"Talk"}
    assert {k: v for k, v in table["presentation"].items() if v} == {
        "poster-session-1": "Break",
        "poster-session-2": "Break",
    }
    assert {k: v for k, v in table["event_title"].items() if v} == {
        "poster-session-1": "Poster Session | Coffee Break",
        "poster-session-2": "Poster Session | Coffee Break",
    }
    assert table.loc["contributed-talks", "talks_presentation"] == " | ".join(["Spotlight"] * 4)
    assert table.loc["contributed-talks-2", "talks_presentation"] == "Spotlight | Spotlight"
    # what the loaders give, row for row
    slots = wd.load_schedule("neurips2022").set_index("slot_id")
    for column in ("talk_presentation", "presentation", "event_title", "talk_event_title"):
        assert table[column].to_dict() == slots[column].fillna("").to_dict()
    assert table.loc["invited-speaker-1-dawn-song", "talk_event_title"] == "Dawn Song - Invited Talk"
    # the readable table says them as the site's schedule page does: "(Spotlight)" after a talk's
    # title, "(Talk)" after an invited slot's head, "(also titled “…”) (Break)" after a poster session's
    text = " ".join(to_table(release, width=400).split())
    assert "Poster Session #1 (also titled “Poster Session | Coffee Break”) (Break)" in text
    assert "Invited Speaker 1: Jeff Dean (also titled “Jeff Dean - Invited Talk”) (Talk) (how it is" in text
    assert "• 11:25–11:35 HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer " in text
    assert "Transformer Compression (Spotlight) — Jiaqi Gu, " in text and "David Pan (how it is given: Zoom" in text
    assert text.count("(Spotlight)") == 6 and text.count("(Talk)") == 5 and text.count("(Break)") == 2
    # another edition prints none: its columns empty
    other = pd.read_csv(io.StringIO(to_csv(wd.load_release("neurips2024"))), dtype=str, keep_default_na=False)
    assert not other[list(CSV_COLUMNS[-5:])].any(axis=None)

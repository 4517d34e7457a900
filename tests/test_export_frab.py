"""frab / c3voc exports: schedule.xml against the XSD, schedule.json against the JSON Schema
(both read from ../shared), honest days, durations and GUIDs, and round trips."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import json
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import PINNED, REPO, require
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import TIMEZONES, releases

import workshop_data as wd
from workshop_data import store
from workshop_data.formats import events, frab, jsonformat
from workshop_data.formats.frab import to_dict, to_json, to_xml
from workshop_data.model import Person, Release
from workshop_data.schema import MATERIAL_KINDS
from workshop_data.timeutil import aware

BASE = "https://mlforsystems.org/schedule.html"
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@functools.cache
def xsd(path: Path) -> Any:
    import xmlschema

    return xmlschema.XMLSchema(str(path))


@functools.cache
def json_validator(path: Path) -> Any:
    from jsonschema import Draft6Validator, FormatChecker

    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft6Validator.check_schema(schema)
    return Draft6Validator(schema, format_checker=FormatChecker())  # formats checked too: uri, uuid, date…


def validate_xml(shared: Path, text: str) -> None:
    xsd(shared / "schemas" / "xsd" / "schedule.xml.xsd").validate(text)


def validate_json(shared: Path, text: str) -> None:
    errors = sorted(json_validator(shared / "schemas" / "json" / "schema.json").iter_errors(json.loads(text)), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def xml_events(text: str) -> list[tuple[ET.Element, ET.Element]]:
    """(day, event) elements of a schedule.xml, in document order."""
    root = ET.fromstring(text.encode("utf-8"))
    return [(day, ev) for day in root.iter("day") for room in day.iter("room") for ev in room.iter("event")]


def json_events(text: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    days = json.loads(text)["schedule"]["conference"]["days"]
    return [(day, ev) for day in days for room in day["rooms"].values() for ev in room]


def elapsed(start: dt.datetime, end: dt.datetime) -> str:
    minutes = int((end.astimezone(dt.UTC) - start.astimezone(dt.UTC)).total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# -- the shipped release ----------------------------------------------------------------------


def test_shipped_schedule_xml_is_valid(shared: Path) -> None:
    validate_xml(shared, to_xml(wd.load_release(*PINNED)))
    validate_xml(shared, to_xml(wd.load_release(*PINNED), base_url=BASE, tz="Europe/Berlin"))


def test_shipped_schedule_json_is_valid(shared: Path) -> None:
    validate_json(shared, to_json(wd.load_release(*PINNED)))
    validate_json(shared, to_json(wd.load_release(*PINNED), base_url=BASE, tz="Europe/Berlin"))


def test_every_slot_is_an_event_breaks_included_with_honest_times() -> None:
    got = xml_events(to_xml(wd.load_release(*PINNED)))
    assert len(got) == 14
    by_title = {ev.findtext("title"): ev for _, ev in got}
    keynote = by_title["Advances in Machine Learning for Systems"]
    assert keynote.findtext("subtitle") == "Keynote"
    assert keynote.findtext("date") == "2024-12-15T08:20:00-08:00"
    assert (keynote.findtext("start"), keynote.findtext("duration")) == ("08:20", "00:55")
    assert [p.text for p in keynote.iter("person")] == ["Jeff Dean"]
    assert keynote.findtext("room") == "Vancouver Convention Center"
    lunch = by_title["Lunch Break"]
    assert (lunch.findtext("type"), lunch.findtext("duration")) == ("lunch", "01:00")
    assert [ev.findtext("type") for _, ev in got].count("break") == 2


def test_unknown_end_is_a_zero_duration_no_end_and_a_note() -> None:
    release = wd.load_release(*PINNED)
    (panel,) = [ev for _, ev in xml_events(to_xml(release)) if ev.findtext("type") == "panel"]
    assert panel.findtext("duration") == "00:00"
    assert events.END_UNKNOWN in (panel.findtext("abstract") or "")
    (jpanel,) = [ev for _, ev in json_events(to_json(release)) if ev["type"] == "panel"]
    assert "end" not in jpanel and jpanel["duration"] == "00:00"
    keynote = json_events(to_json(release))[0][1]
    assert keynote["end"] == "2024-12-15T09:15:00-08:00"
    (day,) = json.loads(to_json(release))["schedule"]["conference"]["days"]
    assert (day["day_start"], day["day_end"]) == ("2024-12-15T08:20:00-08:00", "2024-12-15T16:00:00-08:00")


def test_guids_are_uuid5_of_edition_and_slot_and_stay_across_releases() -> None:
    release = wd.load_release(*PINNED)
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "workshop-data:")
    expected = str(uuid.uuid5(namespace, "neurips2024/slot/keynote-jeff-dean"))
    first = xml_events(to_xml(release))[0][1]
    assert first.get("guid") == expected
    # a later release that moved and renamed the keynote keeps its guid and id
    moved = dataclasses.replace(
        release.slots[0], start=dt.datetime(2024, 12, 15, 8, 0), title="Advances in ML for Systems"
    )
    later = dataclasses.replace(release, name="2024-12-01", slots=(moved, *release.slots[1:]))
    again = xml_events(to_xml(later))[0][1]
    assert (again.get("guid"), again.get("id")) == (first.get("guid"), first.get("id"))
    ids = [ev.get("id") for _, ev in xml_events(to_xml(release))]
    assert len(set(ids)) == len(ids)


def test_urls_only_from_a_base_url() -> None:
    release = wd.load_release(*PINNED)
    assert all(ev.find("url") is None for _, ev in xml_events(to_xml(release)))
    (_, qa) = next((d, e) for d, e in json_events(to_json(release)) if e["type"] == "qa")
    assert qa["url"] == f"urn:uuid:{qa['guid']}"  # the JSON schema requires a URI: the event's own id
    (_, qa) = next((d, e) for d, e in json_events(to_json(release, base_url=BASE)) if e["type"] == "qa")
    assert qa["url"] == f"{BASE}#qa"
    assert to_dict(release, base_url=BASE)["schedule"]["conference"]["url"] == BASE


def test_other_time_zone_moves_the_last_slots_to_the_next_day() -> None:
    doc = to_dict(wd.load_release(*PINNED), tz="Europe/Berlin")
    conference = doc["schedule"]["conference"]
    assert conference["time_zone_name"] == "Europe/Berlin"
    assert [d["date"] for d in conference["days"]] == ["2024-12-15", "2024-12-16"]
    assert (conference["start"], conference["end"], conference["daysCount"]) == ("2024-12-15", "2024-12-16", 2)
    first = conference["days"][0]["rooms"]["Vancouver Convention Center"][0]
    assert (first["date"], first["start"]) == ("2024-12-15T17:20:00+01:00", "17:20")
    second_day = conference["days"][1]["rooms"]["Vancouver Convention Center"]
    assert [(e["type"], e["start"]) for e in second_day] == [("poster", "00:05"), ("panel", "01:00")]
    assert conference["days"][0]["day_end"] == "2024-12-16T00:05:00+01:00"  # the Q&A ends past midnight


def test_kinds_filter() -> None:
    got = xml_events(to_xml(wd.load_release(*PINNED), kinds=["break", "lunch"]))
    assert [ev.findtext("title") for _, ev in got] == ["Coffee Break", "Lunch Break", "Coffee Break"]


def test_times_with_seconds_are_refused_not_rounded() -> None:
    release = wd.load_release(*PINNED)
    slot = dataclasses.replace(release.slots[0], start=dt.datetime(2024, 12, 15, 8, 20, 30))
    with pytest.raises(wd.WorkshopDataError, match=r"row 1, field 'start': slot 'keynote-jeff-dean'.*whole minutes"):
        to_xml(dataclasses.replace(release, slots=(slot, *release.slots[1:])))


def test_text_xml_cannot_carry_is_a_clear_error() -> None:
    release = wd.load_release(*PINNED)
    slot = dataclasses.replace(release.slots[2], label="Coffee\x0bBreak")
    with pytest.raises(wd.WorkshopDataError, match=r"slot 'coffee-break', title: character '\\x0b'"):
        to_xml(dataclasses.replace(release, slots=(*release.slots[:2], slot, *release.slots[3:])))


def test_a_carriage_return_in_a_text_reaches_an_xml_reader_as_it_is(shared: Path) -> None:
    # A title holding CR LF ('BEGIN:VEVENT\r\nSUMMARY:fake', which a release holds) was written
    # with its CR as it is, and every XML reader turns CR LF and a lone CR into LF (XML 1.0,
    # 2.11 End-of-Line Handling): ElementTree, lxml and xmlschema read 'BEGIN:VEVENT\nSUMMARY:fake',
    # another title than schedule.json's. A CR is written as '&#13;', which no reader normalises.
    from lxml import etree

    release = wd.load_release(*PINNED)
    titles = ("BEGIN:VEVENT\r\nSUMMARY:fake\r\nEND:VEVENT", "one\rtwo")
    odd = [dataclasses.replace(slot, title=title) for slot, title in zip(release.slots, titles, strict=False)]
    release = dataclasses.replace(release, slots=(*odd, *release.slots[len(odd) :]))
    text = to_xml(release)
    validate_xml(shared, text)
    assert [ev.findtext("title") for _, ev in xml_events(text)] == [
        ev["title"] for _, ev in json_events(to_json(release))
    ]
    read = [e.text for e in etree.fromstring(text.encode("utf-8")).iter("title")][1:3]  # (the conference's first)
    assert [t.split(" — ")[-1] for t in read] == list(titles)


def test_an_edition_too_short_for_an_acronym_is_a_clear_error() -> None:
    release = wd.load_release(*PINNED)
    short = dataclasses.replace(release, workshop=dataclasses.replace(release.workshop, edition="ml"))
    with pytest.raises(wd.WorkshopDataError, match="too short for a frab acronym"):
        to_json(short)


def test_a_zone_name_outside_the_json_schemas_pattern_is_left_out(shared: Path) -> None:
    text = to_json(wd.load_release(*PINNED), tz="Etc/GMT+5")
    assert "time_zone_name" not in json.loads(text)["schedule"]["conference"]
    validate_json(shared, text)
    assert json_events(text)[0][1]["date"] == "2024-12-15T11:20:00-05:00"


# -- persons as frab clients key them -------------------------------------------------------


def seed_release() -> Release:
    """The release of the seed page: five people, each speaking in some slot."""
    return wd.load_release("neurips2024", "2024-11-20")


def _speakers_by_guid(release: Release) -> dict[str, list[str]]:
    return {
        str(events.slot_guid(release.edition, s.slot_id)): [p.name for p in events.speakers_of(release, s)]
        for s in release.slots
    }


def test_schedule_convert_reads_every_events_speakers_by_name(tmp_path: Path) -> None:
    """schedule-convert (a real frab client, PyPI) keys persons by their integer ``id``: without
    it every speaker became the first one read ("Jeff Dean")."""
    import importlib.util

    require(
        importlib.util.find_spec("schedule_convert") is not None, "schedule-convert is not installed (extra 'test')"
    )
    release = seed_release()
    source, converted = tmp_path / "schedule.xml", tmp_path / "converted.xml"
    source.write_text(to_xml(release), encoding="utf-8")
    run = [sys.executable, "-m", "schedule_convert.run", str(source), "-o", str(converted)]
    result = subprocess.run(run, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    root = ET.fromstring(converted.read_bytes())
    got = {ev.get("guid"): [p.text for p in ev.iter("person")] for ev in root.iter("event")}
    assert got == _speakers_by_guid(release)
    assert len({name for names in got.values() for name in names}) == len(release.people)


def test_persons_carry_an_integer_id_one_per_person_the_same_in_xml_and_json(shared: Path) -> None:
    release = seed_release()
    xml_ids = {p.get("guid"): int(p.get("id") or 0) for _, ev in xml_events(to_xml(release)) for p in ev.iter("person")}
    doc = to_json(release)
    validate_json(shared, doc)
    json_ids = {p["guid"]: p["id"] for _, ev in json_events(doc) for p in ev["persons"]}
    assert xml_ids == json_ids
    assert len(xml_ids) == len(release.people) and len(set(xml_ids.values())) == len(xml_ids)
    assert all(0 < n < 2**31 for n in xml_ids.values())


def test_person_ids_stay_across_releases_and_kinds() -> None:
    """The id follows the person id: a corrected name keeps it, a new person does not shift it,
    and exporting only some kinds numbers the same people the same way."""
    release = seed_release()

    def ids(rel: Release, kinds: list[str] | None = None) -> dict[str, str]:
        return {
            p.get("guid") or "": p.get("id") or ""
            for _, ev in xml_events(to_xml(rel, kinds=kinds))
            for p in ev.iter("person")
        }

    first = ids(release)
    renamed = dataclasses.replace(release.people[0], name=release.people[0].name + " Jr.")
    newcomer = Person("zz-new-speaker", "New Speaker")
    slot = dataclasses.replace(release.slots[0], speakers=(*release.slots[0].speakers, newcomer.person_id))
    later = dataclasses.replace(
        release, name="2024-12-01", people=(renamed, newcomer, *release.people[1:]), slots=(slot, *release.slots[1:])
    )
    again = ids(later)
    assert {g: again[g] for g in first} == first
    assert len(set(again.values())) == len(again)
    panel = ids(release, kinds=["panel"])
    assert panel and {g: first[g] for g in panel} == panel


def test_person_numbers_collide_only_to_the_next_free_number(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two people whose GUIDs share the leading bits still get two numbers."""
    release = seed_release()
    same = uuid.UUID(int=5 << 97)
    monkeypatch.setattr(frab, "person_guid", lambda edition, person_id: same)
    numbers = frab.person_numbers(release)
    assert sorted(numbers.values()) == list(range(6, 6 + len(release.people)))


def test_json_events_have_a_description_key_null_without_one() -> None:
    for _, ev in json_events(to_json(seed_release())):
        assert "description" in ev and ev["description"] is None


# -- generated schedules ----------------------------------------------------------------------

TZ = st.one_of(st.none(), st.sampled_from(TIMEZONES))


def _check_event(release: Release, tz: str | None, day_date: str, slot_index: int, got: dict[str, Any]) -> None:
    """One parsed event says what its slot says."""
    slot = release.slots[slot_index]
    zone = tz or release.workshop.timezone
    start = aware(slot.start, release.workshop.timezone, zone)
    assert got["guid"] == str(events.slot_guid(release.edition, slot.slot_id))
    assert got["date"] == start.isoformat()
    assert got["date"][:10] == day_date  # a slot belongs to the day it starts, midnight or not
    assert got["start"] == f"{start:%H:%M}"
    end = aware(slot.end, release.workshop.timezone, zone) if slot.end else None
    assert got["duration"] == (elapsed(start, end) if end else "00:00")
    assert got["title"] == (slot.title or slot.label or slot.raw or slot.kind)
    assert got["type"] == slot.kind
    assert got["room"] == release.workshop.venue
    assert got["persons"] == [p.name for p in events.speakers_of(release, slot)]


@PROPERTY
@given(releases(), TZ, st.booleans())
def test_generated_schedule_xml_is_valid_and_parses_back_to_the_slots(
    shared: Path, release: Release, tz: str | None, with_url: bool
) -> None:
    text = to_xml(release, tz=tz, base_url=BASE if with_url else None)
    validate_xml(shared, text)
    got = xml_events(text)
    assert len(got) == len(release.slots)
    for i, (day, ev) in enumerate(got):
        fields = {child.tag: child.text or "" for child in ev}
        fields["guid"] = ev.get("guid")
        fields["persons"] = [p.text or "" for p in ev.iter("person")]
        _check_event(release, tz, day.get("date") or "", i, fields)
        assert (ev.find("url") is not None) == with_url
        links = [(x.get("href"), x.get("type")) for x in ev.iter("link")]
        assert links == [(url, frab.JSON_LINK_TYPES[kind]) for kind, url in _materials(release, release.slots[i])]
    pairs = {(p.get("guid"), p.get("id")) for _, ev in got for p in ev.iter("person")}
    assert len({g for g, _ in pairs}) == len({n for _, n in pairs}) == len(pairs)  # one id per person


@PROPERTY
@given(releases(), TZ, st.booleans())
def test_generated_schedule_json_is_valid_and_reads_back_to_the_slots(
    shared: Path, release: Release, tz: str | None, with_url: bool
) -> None:
    text = to_json(release, tz=tz, base_url=BASE if with_url else None)
    validate_json(shared, text)
    got = json_events(text)
    assert len(got) == len(release.slots)
    for i, (day, ev) in enumerate(got):
        _check_event(release, tz, day["date"], i, {**ev, "persons": [p["name"] for p in ev["persons"]]})
        slot = release.slots[i]
        assert ("end" in ev) == (slot.end is not None)
        assert ev["url"].startswith(BASE if with_url else "urn:uuid:")
        links = [(x["url"], x["type"]) for x in ev["links"]]
        assert links == [(url, frab.JSON_LINK_TYPES[kind]) for kind, url in _materials(release, slot)]


def _materials(release: Release, slot: Any) -> list[tuple[str, str]]:
    """(kind, url) of the slot's materials, then of its talks' in order."""
    talks = [t.talk_id for t in release.talks_of(slot.slot_id)]
    found = [m for m in release.materials if m.slot_id == slot.slot_id]
    found.sort(key=lambda m: -1 if not m.talk_id else talks.index(m.talk_id))
    return [(m.kind, m.url) for m in found]


def test_events_link_their_talks_materials(shared: Path) -> None:
    # isca2019/schedule.md, 9:40-9:50 AM: the title links the paper's PDF, then "Slides"
    release = wd.load_release("isca2019")
    text = to_xml(release)
    validate_xml(shared, text)
    mendis = next(ev for _, ev in xml_events(text) if (ev.findtext("title") or "").startswith("Ithemal"))
    site = "https://mlforsystems.org/assets"
    assert [(x.get("href"), x.get("type"), x.text) for x in mendis.iter("link")] == [
        (f"{site}/papers/isca2019/MLforSystems2019_Charith_Mendis.pdf", "paper", "Paper"),
        (f"{site}/slides/isca2019/MLforSystems2019_Talk_Charith_Mendis.key", "slides", "Slides"),
    ]
    # neurips2020/index.md, 10:40 "Contributed Talks": each talk's title links its PDF; a 2018
    # recording is the schemas' "media"
    doc = to_json(wd.load_release("neurips2020"))
    validate_json(shared, doc)
    block = next(ev for _, ev in json_events(doc) if ev["start"] == "10:40")
    assert block["links"][0] == {
        "type": "paper",
        "url": "https://mlforsystems.org/assets/papers/neurips2020/program_cummins_2020.pdf",
        "title": "Paper: Program Graphs for Machine Learning",
    }
    dean = next(ev for _, ev in json_events(to_json(wd.load_release("neurips2018"))) if ev["start"] == "16:25")
    assert dean["links"] == [{"type": "media", "url": "https://youtu.be/BZwDTKogS7U?t=3793", "title": "Recording"}]
    assert set(frab.JSON_LINK_TYPES) == set(MATERIAL_KINDS)  # every kind has its type


def test_the_schemas_reject_what_frab_apps_would_choke_on(shared: Path) -> None:
    """The validation above can fail: a missing duration, a bad GUID, an event without a URL."""
    text = to_xml(wd.load_release(*PINNED))
    with pytest.raises(Exception, match="duration"):
        validate_xml(shared, text.replace("<duration>00:55</duration>", "", 1))
    with pytest.raises(Exception, match="guid"):
        validate_xml(shared, text.replace('guid="d16d9fc1', 'guid="x16d9fc1', 1))
    doc = to_dict(wd.load_release(*PINNED))
    del doc["schedule"]["conference"]["days"][0]["rooms"]["Vancouver Convention Center"][0]["url"]
    with pytest.raises(AssertionError, match="'url' is a required property"):
        validate_json(shared, json.dumps(doc))
    doc = to_dict(wd.load_release(*PINNED))
    doc["schedule"]["conference"]["days"][0]["rooms"]["Vancouver Convention Center"][0]["url"] = "not a uri"
    with pytest.raises(AssertionError, match="is not a 'uri'"):
        validate_json(shared, json.dumps(doc))


# -- schedule.xml, byte for byte what ElementTree writes ------------------------------------------


def elementtree_xml(
    release: Release, tz: str | None = None, kinds: list[str] | None = None, *, base_url: str | None = None
) -> str:
    """schedule.xml as ElementTree writes the tree of its elements: how the writer made it until
    it wrote its lines itself (#13), the oracle of its bytes; but a CR in a text, which
    ElementTree writes as it is (and every reader reads as LF), written '&#13;' as it writes one
    in an attribute."""
    plan = frab.schedule(release, tz, kinds, base_url=base_url)

    def sub(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, tag, attrs)
        node.text = text
        return node

    root = ET.Element("schedule")
    ET.SubElement(root, "generator", name=frab.GENERATOR, version=wd.__version__)
    sub(root, "version", release.name)
    conf = ET.SubElement(root, "conference")
    sub(conf, "acronym", plan.acronym)
    sub(conf, "title", release.workshop.event_name)
    sub(conf, "start", plan.days[0].date.isoformat())
    sub(conf, "end", plan.days[-1].date.isoformat())
    sub(conf, "days", str(len(plan.days)))
    sub(conf, "timeslot_duration", plan.timeslot_duration)
    sub(conf, "time_zone_name", plan.zone)
    if plan.base_url is not None:
        sub(conf, "url", plan.base_url)
    for day in plan.days:
        when = {"start": day.start.isoformat(), "end": day.end.isoformat()}
        dnode = ET.SubElement(root, "day", index=str(day.index), date=day.date.isoformat(), **when)
        room = ET.SubElement(dnode, "room", name=plan.room)
        room.set("guid", str(events.room_guid(release.edition, plan.room)))
        for e in day.events:
            node = ET.SubElement(room, "event", guid=str(e.guid), id=str(e.id))
            sub(node, "room", plan.room)
            sub(node, "title", e.title)
            if e.subtitle:
                sub(node, "subtitle", e.subtitle)
            for tag, text in [
                ("type", e.slot.talk_presentation or e.slot.presentation or e.slot.kind),  # pretalx's: the site's type
                ("date", e.start.isoformat()),
                ("start", f"{e.start:%H:%M}"),
                ("duration", e.duration),
                ("abstract", e.abstract),
                ("track", e.slot.kind),
            ]:
                sub(node, tag, text)
            persons = ET.SubElement(node, "persons")
            for p in e.persons:
                sub(persons, "person", p.name, id=str(p.id), guid=str(p.guid))
            if e.links:
                links = ET.SubElement(node, "links")
                for link in e.links:
                    sub(links, "link", link.title, href=link.url, type=frab.JSON_LINK_TYPES[link.kind])
            if e.url is not None:
                sub(node, "url", e.url)
    ET.indent(root)
    written = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")  # (an attribute's CR is one already)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + written + "\n"


@PROPERTY
@given(releases(), TZ, st.booleans(), st.sampled_from([None, ["keynote", "invited", "break"]]))
def test_schedule_xml_is_what_elementtree_writes(
    release: Release, tz: str | None, with_url: bool, kinds: list[str] | None
) -> None:
    """Any release (texts with markup, entities, quotes, line breaks, tabs), any zone, URLs or not."""
    url = BASE if with_url else None
    try:
        expected = elementtree_xml(release, tz, kinds, base_url=url)
    except wd.WorkshopDataError:  # no slot of those kinds
        return
    assert to_xml(release, tz=tz, kinds=kinds, base_url=url) == expected


def test_the_files_of_every_shipped_edition_and_of_ten_thousand_slots_are_what_the_standard_library_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """schedule.xml as ElementTree writes it; schedule.json and the package's JSON as json.dumps
    writes them (the writers before #13's speed work)."""
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))  # the benchmarks' synthetic editions
    import synthetic

    for edition in store.edition_names(None):
        release = wd.load_release(edition)
        if not release.slots:  # (a call for papers before the programme: no schedule file)
            continue
        assert to_xml(release, base_url=BASE) == elementtree_xml(release, base_url=BASE), edition
    big = synthetic.over_days(synthetic.shipped(), 715)  # 10,010 slots
    assert len(big.slots) == 10_010
    assert to_xml(big) == elementtree_xml(big)
    assert to_json(big) == json.dumps(to_dict(big), indent=2, ensure_ascii=False) + "\n"
    assert jsonformat.dumps(big) == json.dumps(jsonformat.to_dict(big), indent=2, ensure_ascii=False) + "\n"


# -- slots whose start the page does not give ("TBD") ------------------------------------------


def test_neurips_2021s_tbd_talks_are_no_events_and_the_files_stay_valid(shared: Path) -> None:
    # neurips2021/index.md prints "TBD" for its six invited talks: only the opening (09:00) and the
    # closing (17:40) are events; both files validate against c3voc's XSD and JSON Schema
    release = wd.load_release("neurips2021")
    xml, jtext = to_xml(release, base_url=BASE), to_json(release)
    validate_xml(shared, xml)
    validate_json(shared, jtext)
    assert [(ev.findtext("title"), ev.findtext("start")) for _, ev in xml_events(xml)] == [
        ("Opening Remarks", "09:00"),
        ("Closing", "17:40"),
    ]
    assert [ev["guid"] for _, ev in json_events(jtext)] == [
        str(events.slot_guid("neurips2021", s)) for s in ("opening-remarks", "closing")
    ]
    with pytest.raises(wd.WorkshopDataError, match="has no slot of kind invited whose start is known"):
        to_xml(release, kinds=["invited"])


@PROPERTY
@given(releases(tbd=True), TZ)
def test_slots_of_unknown_start_are_left_out_and_the_files_stay_valid(
    shared: Path, release: Release, tz: str | None
) -> None:
    xml, jtext = to_xml(release, tz=tz), to_json(release, tz=tz)
    validate_xml(shared, xml)
    validate_json(shared, jtext)
    known = [i for i, s in enumerate(release.slots) if s.start is not None]
    for got in (xml_events(xml), json_events(jtext)):
        assert len(got) == len(known)
    for i, (day, ev) in zip(known, json_events(jtext), strict=True):
        _check_event(release, tz, day["date"], i, {**ev, "persons": [p["name"] for p in ev["persons"]]})


def test_a_day_printed_twice_gives_days_and_events_in_time_order(shared: Path) -> None:
    # NeurIPS 2020's 2020-12-03.2236: "Run 1" at 09:00-17:40 on the 12th in Los Angeles, then
    # "Run 2 (repeated)" at 09:00 UTC+04:00, 21:00 on the 11th to 05:40 on the 12th
    rel = wd.load_edition("neurips2020").release("2020-12-03.2236")
    root = ET.fromstring(to_xml(rel))
    days = root.findall("day")
    assert [(d.get("index"), d.get("date"), d.get("start"), d.get("end")) for d in days] == [
        ("1", "2020-12-11", "2020-12-11T21:00:00-08:00", "2020-12-12T00:05:00-08:00"),
        ("2", "2020-12-12", "2020-12-12T00:05:00-08:00", "2020-12-12T17:40:00-08:00"),
    ]
    starts = [e.findtext("date") for d in days for e in d.iter("event")]
    assert starts == sorted(starts, key=dt.datetime.fromisoformat) and len(starts) == 30
    assert root.find("conference/start").text == "2020-12-11"  # type: ignore[union-attr]
    validate_xml(shared, to_xml(rel))
    validate_json(shared, to_json(rel))


# -- a slot an earlier release had: absent, with stable ids, as frab apps expect -------------------


def test_the_schemas_have_no_place_for_a_cancelled_event(shared: Path) -> None:
    """Neither schema offers a status: an event's elements are a closed set (the XSD's
    ``xs:all``), and a JSON event takes no property beyond its own (``additionalProperties``
    false). A withdrawn slot cannot be written as a cancelled event; the files leave it out."""
    text = to_xml(wd.load_release(*PINNED))
    with pytest.raises(Exception, match="status"):
        validate_xml(shared, text.replace("<title>", "<status>cancelled</status><title>", 1))
    doc = to_dict(wd.load_release(*PINNED))
    doc["schedule"]["conference"]["days"][0]["rooms"]["Vancouver Convention Center"][0]["status"] = "cancelled"
    with pytest.raises(AssertionError, match="'status' was unexpected"):
        validate_json(shared, json.dumps(doc))


def app_flags_cancelled(old: dict[str, str], new: dict[str, str]) -> set[str]:
    """What EventFahrplan flags as canceled when it fetches ``new`` after ``old`` (event id ->
    guid): every event of the old file whose ``id`` the new one does not have
    (``ScheduleChanges.computeSessionsWithChangeFlags``, EventFahrplan 24d1952), as guids."""
    return {old[event_id] for event_id in old.keys() - new.keys()}


@pytest.mark.parametrize(
    "name", ["isca2019", "neurips2018", "neurips2019", "neurips2020", "neurips2023", "neurips2024"]
)
def test_an_app_comparing_schedules_by_event_id_flags_what_the_calendar_cancels(name: str, shared: Path) -> None:
    """frab apps learn that a talk is off by its absence: EventFahrplan compares a schedule it
    fetches with the one it had, by each event's ``id``, and flags the missing ones canceled
    (pretalx's exports, likewise, leave out what is no longer on the schedule). So each slot
    keeps its ``id`` and ``guid`` in every release, and a file read after an earlier one flags
    exactly the slots the edition's calendar cancels from that release on."""
    edition = wd.load_edition(name)
    files: list[tuple[Release, dict[str, str]]] = []
    for release in edition.releases:
        try:
            text = to_xml(release)
        except wd.WorkshopDataError:  # no schedule, or no slot of known start: no file
            continue
        files.append((release, {str(ev.get("id")): str(ev.get("guid")) for _, ev in xml_events(text)}))
    ids_of: dict[str, str] = {}
    for _, ids in files:
        for event_id, guid in ids.items():
            assert ids_of.setdefault(guid, event_id) == event_id, f"{guid} changed its id"
    flagged = 0
    for (before, old), (after, new) in itertools.pairwise(files):
        followed = events.event_history(after, edition.until(after.name)[:-1])
        withdrawn = {
            str(events.slot_guid(name, g.slot.slot_id)) for g in followed.withdrawn if g.last.name == before.name
        }
        assert app_flags_cancelled(old, new) == withdrawn, (before.name, after.name)
        flagged += len(withdrawn)
    assert flagged > 0  # each of these editions withdrew a slot (ical's DROPPED)
    validate_xml(shared, to_xml(edition.latest))


#: Song Han's 2018 talk abstract's links (neurips2018/schedule.md's "Talk Abstracts": '… (<a
#: href="https://arxiv.org/pdf/1802.03494.pdf">AMC</a>) … (<a …>HAQ</a>) … (<a …>ProxylessNAS</a>) … (<a
#: …>TSM</a>) …'), read from the page, not from the data.
SONG_HANS_LINKS = [
    ("AMC", "https://arxiv.org/pdf/1802.03494.pdf"),
    ("HAQ", "https://arxiv.org/pdf/1811.08886.pdf"),
    ("ProxylessNAS", "https://openreview.net/pdf?id=HylVB3AqYm"),
    ("TSM", "https://hanlab.mit.edu/projects/tsm/"),
]


def test_a_talks_event_links_what_its_abstract_links(shared: Path) -> None:
    # NeurIPS 2018's 10:55 "Invited Speaker 2: Song Han": frab's event links (url and title,
    # the schemas' "related"), and its details say them, as the calendar's do; every other event
    # of the edition links no more than its materials
    release = wd.load_release("neurips2018")
    xml, doc = to_xml(release), to_json(release)
    validate_xml(shared, xml)
    validate_json(shared, doc)
    song = next(ev for _, ev in xml_events(xml) if (ev.findtext("title") or "").startswith("Efficient deep learning"))
    assert [(x.get("href"), x.get("type"), x.text) for x in song.iter("link")] == [
        (url, "related", f"{words} (in the abstract)") for words, url in SONG_HANS_LINKS
    ]
    assert "Linked in the talk's abstract:\n- AMC: https://arxiv.org/pdf/1802.03494.pdf\n" in (
        song.findtext("abstract") or ""
    )
    event = next(ev for _, ev in json_events(doc) if ev["title"].startswith("Efficient deep learning"))
    assert [(x["title"], x["url"]) for x in event["links"]] == [
        (f"{w} (in the abstract)", u) for w, u in SONG_HANS_LINKS
    ]
    others = [ev for _, ev in json_events(doc) if ev["guid"] != event["guid"]]
    assert not [x for ev in others for x in ev["links"] if x["title"].endswith("(in the abstract)")]


def test_an_event_says_how_its_talk_is_given_in_its_abstract(shared: Path) -> None:
    # NeurIPS 2022's detailed schedule's tooltips: neither c3voc schema (XML nor JSON) has a field
    # for how a talk is given (`type` is the kind of event: lecture, workshop…), so it is a line
    # of the event's abstract, the details Giggity and ConfClerk show; both files valid
    release = wd.load_release("neurips2022")
    xml, doc = to_xml(release), to_json(release)
    validate_xml(shared, xml)
    validate_json(shared, doc)
    dean = next(ev for _, ev in xml_events(xml) if (ev.findtext("persons/person") or "") == "Jeff Dean")
    assert (dean.findtext("abstract") or "").splitlines() == [
        "Speakers: Jeff Dean",
        "Also titled “Jeff Dean - Invited Talk”.",  # schema 2.12.0's slots.talk_event_title
        "How it is given: Prerecorded & Livestreamed.",
    ]
    abstracts = [ev["abstract"] or "" for _, ev in json_events(doc)]
    # the 11 talks', and the opening remarks' own (schema 2.10.0); the poster sessions' "Break" is
    # their type (schema 2.11.0), not how they are given
    assert sum(a.lower().count("how it is given") for a in abstracts) == 12
    assert not any("How it is given: Break." in a.splitlines() for a in abstracts)
    assert any("HEAT: Hardware-Efficient" in a and "(how it is given: Zoom Presentation" in a for a in abstracts)


# NeurIPS 2022's detailed schedule, read by hand (git show HEAD:neurips2022/index.md, its live rows):
# each spotlight "(Spotlight)", each invited talk "(Talk)", both "Poster Session | Coffee Break" "(Break)"
SPOTLIGHTS = (
    "A code superoptimizer through neural Monte-Carlo tree search",
    "Predicting Network Buffer Capacity for BBR Fairness",
    "HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression",
    "Learning to Drive Software-Defined Storage",
    "Multi-Agent Reinforcement Learning for Microprocessor Design Space Exploration",
    "Implementing Reinforcement Learning Datacenter Congestion Control in NVIDIA NICs",
)


def test_an_events_type_is_the_conference_sites_where_the_page_prints_one(shared: Path) -> None:
    # schema 2.11.0's types were in the JSON export alone; the frab event's `type` (a free string in
    # the c3voc XSD, `examples` only in its JSON Schema) is what pretalx writes there: the
    # conference's own type of the submission ("Talk"). Where the page prints none it stays the kind.
    # A block's spotlights are each "(Spotlight)" in the abstract, as the site prints them; a poster
    # session's other title is a line of it. Both files valid against the schemas.
    release = wd.load_release("neurips2022")
    xml, doc = to_xml(release), to_json(release)
    validate_xml(shared, xml)
    validate_json(shared, doc)
    types = {ev.get("guid"): (ev.findtext("type"), ev.findtext("track")) for _, ev in xml_events(xml)}
    json_types = {ev["guid"]: (ev["type"], ev["track"]) for _, ev in json_events(doc)}
    assert types == json_types
    guid = {s.slot_id: str(events.slot_guid("neurips2022", s.slot_id)) for s in release.slots}
    invited = [s.slot_id for s in release.slots if s.kind == "invited"]
    assert len(invited) == 5 and all(types[guid[i]] == ("Talk", "invited") for i in invited)
    assert types[guid["poster-session-1"]] == types[guid["poster-session-2"]] == ("Break", "poster")
    assert types[guid["opening-remarks"]] == ("opening", "opening")  # the page prints it no type
    assert types[guid["contributed-talks"]] == ("contributed", "contributed")  # its talks have theirs
    abstracts = {ev["guid"]: (ev["abstract"] or "").splitlines() for _, ev in json_events(doc)}
    assert "Also titled “Poster Session | Coffee Break”." in abstracts[guid["poster-session-1"]]
    # and each invited talk's other title (schema 2.12.0), the line after its speaker
    assert [abstracts[guid[i]][1] for i in invited] == [
        f"Also titled “{name} - Invited Talk”."
        for name in ("Jeff Dean", "Dawn Song", "Steve Keckler", "Newsha Ardalani", "Riyadh Baghdadi")
    ]
    block = abstracts[guid["contributed-talks"]] + abstracts[guid["contributed-talks-2"]]
    typed = [line for line in block if "(Spotlight)" in line]
    assert [next(t for t in SPOTLIGHTS if t in line) for line in typed] == list(SPOTLIGHTS)
    assert typed[2].startswith("3. 11:25–11:35 HEAT: Hardware-Efficient") and typed[2].endswith(
        "Compression (Spotlight) — Jiaqi Gu, Ben Keller, Jean Kossaifi, Anima Anandkumar, Brucek Khailany, "
        "David Pan (how it is given: Zoom Presentation, Prerecorded Backup)"
    )
    # no other edition's page prints a type: their events' type is their kind, as before
    other = wd.load_release("neurips2024")
    assert all(ev["type"] == ev["track"] for _, ev in json_events(to_json(other)))

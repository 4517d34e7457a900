"""CSV and JSON exports over generated schedules: JSON -> load -> JSON is identical, CSV reads
back to the same slots."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import TIMEZONES, releases

from workshop_data.formats import jsonformat, selected
from workshop_data.formats.text import CSV_COLUMNS, to_csv
from workshop_data.model import Release
from workshop_data.schema import KINDS
from workshop_data.timeutil import aware

TZ = st.one_of(st.none(), st.sampled_from(TIMEZONES))
KIND_SETS = st.one_of(st.none(), st.lists(st.sampled_from(list(KINDS)), min_size=1, max_size=4, unique=True))


@settings(max_examples=200, deadline=None)
@given(releases(), TZ, KIND_SETS)
def test_json_load_dump_is_identical(release: Release, tz: str | None, kinds: list[str] | None) -> None:
    text = jsonformat.dumps(release, tz=tz, kinds=kinds)
    jsonschema.validate(json.loads(text), jsonformat.schema())
    back = jsonformat.loads(text)
    assert jsonformat.dumps(back, tz=tz, kinds=kinds) == text
    if kinds is None:
        assert back == release  # nothing lost: every slot, talk, person and time comes back


@settings(max_examples=200, deadline=None)
@given(releases(), TZ, KIND_SETS)
def test_csv_reads_back_to_the_same_slots(release: Release, tz: str | None, kinds: list[str] | None) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(release, tz=tz, kinds=kinds))))
    slots = selected(release, kinds)
    assert len(rows) == len(slots)
    venue = release.workshop.timezone
    for row, slot in zip(rows, slots, strict=True):
        assert tuple(row) == CSV_COLUMNS
        assert (row["slot_id"], row["kind"], row["label"], row["title"], row["status"]) == (
            slot.slot_id,
            slot.kind,
            slot.label,
            slot.title,
            slot.status,
        )
        start = dt.datetime.fromisoformat(row["start"])
        assert start == aware(slot.start, venue) and start.utcoffset() == aware(slot.start, venue, tz).utcoffset()
        if slot.end is None:
            assert row["end"] == ""  # unknown stays empty
        else:
            assert dt.datetime.fromisoformat(row["end"]) == aware(slot.end, venue)

"""The generated releases the export tests rely on are valid releases."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from strategies import exists_once, releases

from workshop_data.datapackage import write_release
from workshop_data.model import Release
from workshop_data.validation import read_release


@settings(max_examples=100, deadline=None)
@given(releases())
def test_generated_releases_pass_validation_and_read_back_equal(release: Release) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_release(release, Path(tmp))
        assert read_release(folder) == release


@settings(max_examples=100, deadline=None)
@given(releases())
def test_generated_times_exist_once_at_the_venue(release: Release) -> None:
    zone = release.workshop.timezone
    for slot in release.slots:
        assert exists_once(slot.start, zone)
        assert slot.end is None or exists_once(slot.end, zone)


def _crosses_midnight(release: Release) -> bool:
    return any(s.end is not None and s.end.date() > s.start.date() for s in release.slots)


def _crosses_dst_change(release: Release) -> bool:
    from workshop_data.timeutil import aware

    zone = release.workshop.timezone
    return any(
        s.end is not None and aware(s.start, zone).utcoffset() != aware(s.end, zone).utcoffset() for s in release.slots
    )


def _unknown_end_before_another_slot(release: Release) -> bool:
    return any(s.end is None for s in release.slots[:-1])


def _non_ascii_title(release: Release) -> bool:
    return any(not s.title.isascii() for s in release.slots)


def test_the_generator_reaches_the_corners_the_exports_must_handle() -> None:
    from hypothesis import Phase, find

    quick = settings(max_examples=2000, database=None, phases=[Phase.generate])  # the first one found will do
    for corner in (_crosses_midnight, _crosses_dst_change, _unknown_end_before_another_slot, _non_ascii_title):
        assert corner(find(releases(), corner, settings=quick))

"""Hypothesis strategies generating valid releases (:class:`workshop_data.model.Release`).

A generated release passes every rule of :mod:`workshop_data.validation` (written with
``write_release`` it reads back equal, see ``tests/test_export_strategies.py``) and every
wall-clock time in it exists exactly once in the venue's zone (no time in a DST gap or
overlap; the pandas loaders refuse those). Within that, it reaches for the corners:

* odd texts: empty, blank, markup, quotes, separators of CSV/iCalendar, very long, any
  Unicode letters, symbols and emoji (no control characters or line separators: the CSV
  files of a release are line-based; a person's name or affiliation no word mixing scripts);
* venues in zones west and east of UTC, with half- and quarter-hour offsets, UTC itself and
  ``Etc/GMT+5``; days on which clocks change;
* slots late in the evening that cross midnight, unknown ends (anywhere, not only last),
  derived ends, back-to-back slots and gaps, every kind, talks with and without presenters,
  people with several or no affiliations; materials (every kind) on slots and talks, their URLs
  with queries, escapes and the URI characters HTML and XML escape (``&``, ``'``).

Use::

    from hypothesis import given
    from strategies import releases

    @given(releases())
    def test_something(release): ...
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo

from hypothesis import strategies as st

from workshop_data.model import Material, Person, Release, Slot, Talk, Workshop
from workshop_data.schema import KINDS, MATERIAL_KINDS, collapsed
from workshop_data.validation import script_problem

#: Venue zones: west and east of UTC, half/quarter-hour offsets, +13/+14, UTC, a fixed offset.
TIMEZONES = (
    "America/Vancouver",
    "America/St_Johns",
    "America/Sao_Paulo",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "UTC",
    "Etc/GMT+5",
)

#: Zones of :data:`TIMEZONES` with a day on which their clocks change (2024, between 02:00 and
#: 03:45 local time), so that slots on that day in that zone cross a DST change.
DST_CHANGES: tuple[tuple[str, dt.date], ...] = (
    ("America/Vancouver", dt.date(2024, 3, 10)),
    ("America/Vancouver", dt.date(2024, 11, 3)),
    ("America/St_Johns", dt.date(2024, 3, 10)),
    ("America/St_Johns", dt.date(2024, 11, 3)),
    ("Europe/Berlin", dt.date(2024, 3, 31)),
    ("Europe/Berlin", dt.date(2024, 10, 27)),
    ("Australia/Lord_Howe", dt.date(2024, 4, 7)),
    ("Australia/Lord_Howe", dt.date(2024, 10, 6)),
    ("Pacific/Chatham", dt.date(2024, 4, 7)),
    ("Pacific/Chatham", dt.date(2024, 9, 29)),
)

#: Texts that have broken schedule exporters: separators, markup, escapes, long, scripts.
ODD_TEXTS = (
    "",
    " ",
    "Q&A",
    "a, b; c: d",
    "back\\slash \\n not a newline",
    "<b>bold</b> &amp; &lt;",
    "]]>",
    "BEGIN:VEVENT",
    "END:VCALENDAR",
    ";TZID=UTC:20240101T000000Z",
    "\"quoted\" 'single'",
    "tab\tinside",
    "  leading and trailing  ",
    "Ünïcödé — 日本語のタイトル 🎉",
    "👩\u200d💻 zero\u200cwidth non-joiner",
    "right-to-left \u05e2\u05d1\u05e8\u05d9\u05ea with a mark\u200f",
    "x" * 300,
    "*not emphasis*",
)

#: Printable text: no control characters (but tab) or invisible format characters (category Cf:
#: bidirectional overrides, zero-width spaces, byte-order marks… a release refuses them) but the
#: zero-width non-joiner and joiner and the directional marks (a release takes those), no
#: surrogates, unassigned code points or line and paragraph separators.
PRINTABLE = st.characters(
    exclude_categories=("Cc", "Cf", "Cs", "Cn", "Zl", "Zp"), include_characters="\t\u200c\u200d\u200e\u200f\u061c"
)


def one_script_words(text: str) -> str:
    """``text`` with each word that mixes scripts written as its characters apart (each one script):
    a person's name or affiliation the readers take (:func:`workshop_data.validation.script_problem`,
    a field that is :attr:`~workshop_data.schema.Field.one_script`); any other text as it is."""
    return " ".join(word if script_problem(word) is None else " ".join(word) for word in text.split(" "))


SLUG = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


def texts(min_size: int = 0, max_size: int = 60) -> st.SearchStrategy[str]:
    """Odd or arbitrary printable text of at least ``min_size`` characters."""
    odd = [t for t in ODD_TEXTS if len(t) >= min_size]
    return st.one_of(st.sampled_from(odd), st.text(PRINTABLE, min_size=min_size, max_size=max_size))


def exists_once(wall: dt.datetime, zone: str) -> bool:
    """Whether the wall-clock time happens exactly once in ``zone`` (not in a DST gap or overlap)."""
    tz = zoneinfo.ZoneInfo(zone)
    return wall.replace(tzinfo=tz, fold=0).utcoffset() == wall.replace(tzinfo=tz, fold=1).utcoffset()


def _existing(wall: dt.datetime, zone: str) -> dt.datetime:
    """``wall``, or the first later minute that exists exactly once in ``zone``."""
    while not exists_once(wall, zone):
        wall += dt.timedelta(minutes=1)
    return wall


#: Material URLs: http(s), a host, a path of URI characters, maybe a query and a fragment.
URLS = st.builds(
    lambda scheme, host, path, query, fragment: f"{scheme}://{host}/{path}{query}{fragment}",
    st.sampled_from(("https", "http")),
    st.sampled_from(("example.org", "mlforsystems.org", "youtu.be", "drive.google.com")),
    st.from_regex(r"([A-Za-z0-9._~-]|%[0-9A-F]{2}){0,12}(/[A-Za-z0-9._~!$'()*+,;=:@-]{1,8}){0,2}", fullmatch=True),
    st.sampled_from(("", "?t=2392", "?a=1&b='2'", "?usp=sharing&x=%20y")),
    st.sampled_from(("", "#page=2")),
)


@st.composite
def materials(draw: st.DrawFn, slot_id: str, talk_id: str = "", max_size: int = 2) -> list[Material]:
    """Up to ``max_size`` materials of a slot's talk (or of talk ``talk_id``), each URL once."""
    urls = draw(st.lists(URLS, max_size=max_size, unique=True))
    return [Material(slot_id, talk_id, draw(st.sampled_from(list(MATERIAL_KINDS))), url) for url in urls]


@st.composite
def people(draw: st.DrawFn, max_size: int = 5) -> list[Person]:
    """Speakers with unique ids, non-empty names, zero or more affiliations (each once, as a page
    shows them: :attr:`~workshop_data.schema.Field.distinct`)."""
    ids = draw(st.lists(SLUG, max_size=max_size, unique=True))
    return [
        Person(
            person_id=pid,
            name=draw(texts(min_size=1).map(one_script_words)),
            affiliations=tuple(
                draw(st.lists(texts(min_size=1, max_size=30).map(one_script_words), max_size=3, unique_by=collapsed))
            ),
            anchor=draw(st.sampled_from(("", f"{pid.replace('-', '_')}_talk"))),
        )
        for pid in ids
    ]


@st.composite
def _times(draw: st.DrawFn, day: dt.date, zone: str, n: int) -> list[tuple[dt.datetime, dt.datetime | None, bool]]:
    """``n`` (start, end, end_derived) in order, never overlapping, often crossing midnight or
    starting in the small hours (when clocks change)."""
    minute = draw(st.one_of(st.integers(0, 24 * 60 - 1), st.integers(21 * 60, 24 * 60 - 1), st.integers(0, 4 * 60)))
    start = _existing(dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute), zone)
    out: list[tuple[dt.datetime, dt.datetime | None, bool]] = []
    for i in range(n):
        length = draw(st.one_of(st.none(), st.integers(1, 240)))
        end = None if length is None else _existing(start + dt.timedelta(minutes=length), zone)
        gap = draw(st.sampled_from((0, 0, 5, 10, 60, 90)))
        following = _existing((end or start + dt.timedelta(minutes=1)) + dt.timedelta(minutes=gap), zone)
        derived = end is not None and following == end and i < n - 1 and draw(st.booleans())
        out.append((start, end, derived))
        start = following
    return out


@st.composite
def _own_time(draw: st.DrawFn, near: dt.datetime, zone: str) -> tuple[dt.datetime, dt.datetime | None]:
    """A time a page prints for a talk of its own (a spotlight inside its block, an invited talk
    printed at another time too): a start near the slot's, and an end after it or none."""
    start = _existing(near + dt.timedelta(minutes=draw(st.integers(-60, 120))), zone)
    length = draw(st.one_of(st.none(), st.integers(1, 60)))
    return start, None if length is None else _existing(start + dt.timedelta(minutes=length), zone)


@st.composite
def workshops(draw: st.DrawFn, day: dt.date | None = None, timezone: str | None = None) -> Workshop:
    """An edition's metadata (the edition id is lower-case letters and a year)."""
    return Workshop(
        edition=draw(st.from_regex(r"[a-z]{3,8}20[0-9]{2}", fullmatch=True)),
        series=draw(texts(min_size=1)),
        conference=draw(texts()),
        site_title=draw(texts()),
        page_title=draw(texts()),
        site_description=draw(texts()),
        mini_site_description=draw(texts()),
        date=day or draw(st.dates(dt.date(2000, 1, 1), dt.date(2037, 12, 31))),
        venue=draw(texts()),
        timezone=timezone or draw(st.sampled_from(TIMEZONES)),
        contact_email=draw(st.sampled_from(("", "organizers@example.org"))),
    )


@st.composite
def releases(draw: st.DrawFn, min_slots: int = 1, max_slots: int = 8, tbd: bool = False) -> Release:
    """A valid release with ``min_slots`` to ``max_slots`` slots; with ``tbd``, some slots (never
    all) have no start and no end, as a page printing "TBD" for their times gives them (and the
    slot above such a slot takes no end from it)."""
    zone, day = draw(
        st.one_of(
            st.tuples(st.sampled_from(TIMEZONES), st.dates(dt.date(2000, 1, 1), dt.date(2037, 12, 31))),
            st.sampled_from(DST_CHANGES),
        )
    )
    workshop = draw(workshops(day=day, timezone=zone))
    persons = draw(people())
    person_ids = [p.person_id for p in persons]
    speakers = st.lists(st.sampled_from(person_ids), max_size=3, unique=True) if person_ids else st.just([])
    slot_ids = draw(st.lists(SLUG, min_size=min_slots, max_size=max_slots, unique=True))
    slots, talks, linked = [], [], []
    for slot_id, (start, end, derived) in zip(slot_ids, draw(_times(day, zone, len(slot_ids))), strict=True):
        kind = draw(st.sampled_from(list(KINDS)))
        title = draw(texts())
        talk_start, talk_end = draw(_own_time(start, zone)) if draw(st.integers(0, 4)) == 0 else (None, None)
        slots.append(
            Slot(
                slot_id=slot_id,
                start=start,
                end=end,
                end_derived=derived,
                kind=kind,
                label=collapsed(draw(texts())),
                title=title,
                title_myst=title,
                status=draw(st.one_of(st.sampled_from(("", "TBD", "Cancelled")), texts().map(collapsed))),
                speakers=tuple(draw(speakers)),
                raw=draw(texts()),
                talk_start=talk_start,
                talk_end=talk_end,
            )
        )
        linked += draw(materials(slot_id)) if draw(st.integers(0, 3)) == 0 else []
        n_talks = draw(st.integers(0, 3)) if kind == "contributed" else draw(st.sampled_from((0, 0, 0, 1)))
        for order in range(1, n_talks + 1):
            talk_title = draw(texts(min_size=1))
            own = draw(_own_time(start, zone)) if draw(st.booleans()) else (None, None)
            talk = Talk(f"{slot_id}-talk-{order}", slot_id, order, talk_title, talk_title, tuple(draw(speakers)), *own)
            talks.append(talk)
            linked += draw(materials(slot_id, talks[-1].talk_id, max_size=1)) if draw(st.booleans()) else []
    if tbd:
        unknown = draw(st.lists(st.booleans(), min_size=len(slots), max_size=len(slots)))
        unknown[draw(st.integers(0, len(slots) - 1))] = False  # one slot at least is an event
        for i in (i for i, u in enumerate(unknown) if u):
            slots[i] = dataclasses.replace(slots[i], start=None, end=None, end_derived=False)
            if i and slots[i - 1].end_derived:
                slots[i - 1] = dataclasses.replace(slots[i - 1], end=None, end_derived=False)
    published = draw(st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2037, 12, 31)))
    return Release(
        name=published.date().isoformat(),  # a dated name states its publication day
        published=published.replace(microsecond=0, tzinfo=dt.UTC),
        workshop=workshop,
        slots=tuple(slots),
        talks=tuple(talks),
        people=tuple(persons),
        materials=tuple(linked),
    )

"""`workshop-data export --format jekyll`: a page in the site's structure that imports back to
the same release, with hostile strings escaped."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import lxml.html
from conftest import SHIPPED
from edits import edit_slot, fresh_ids
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import TIMEZONES, exists_once, releases, texts

import workshop_data as wd
from workshop_data.datapackage import in_schema, release_files, schema_version_of
from workshop_data.errors import WorkshopDataError
from workshop_data.formats.jekyll import to_jekyll
from workshop_data.importer import build_release
from workshop_data.importer.inline import Run
from workshop_data.importer.myst import to_myst
from workshop_data.importer.page import parse_page
from workshop_data.model import Person, Release, Slot, Talk, Workshop
from workshop_data.schema import KINDS
from workshop_data.validation import read_release

#: The elements an exported page may hold: anything else came from a string that was not escaped.
MARKUP = {"html", "body", "div", "section", "h2", "p", "table", "thead", "tbody", "tr", "th", "td"} | {
    "a",
    "b",
    "i",
    "br",
    "ul",
    "li",
    "span",
    "small",  # the conference site's type of an event, as that site printed it: "(Spotlight)"
    "strong",  # the title it gives an event: "Jeff Dean - Invited Talk"
}
HOSTILE = '<script>alert("x")</script> & "quotes" \'single\' *star* _under_ `tick` [link](http://x) {role} \\ $m$'
#: Liquid that Jekyll would evaluate in the page's content.
LIQUID = "{{ site.title }} {% include footer.html %} {%raw%}{{ x }}{%endraw%} {{"


def reimport(release: Release, page: str | None = None) -> Release:
    text = page if page is not None else to_jekyll(release)
    return build_release(parse_page(text), release.edition, release.name, release.published).release


def tables(release: Release) -> dict[str, list[str]]:
    """The CSV lines of each file of a release: what a failing comparison shows."""
    return {name: data.decode().splitlines() for name, data in release_files(release).items() if name.endswith(".csv")}


def content(page: str) -> str:
    return page.split("\n---\n", 1)[1]


def liquid_renders_unchanged(page: str) -> bool:
    """Whether a Liquid engine (python-liquid, as Jekyll's Liquid) leaves the page's content as it is."""
    import liquid

    body = content(page)
    return bool(liquid.parse(body).render(site={"title": "SITE"}, page={}) == body)


def elements(page: str) -> set[str]:
    body = page.split("\n---\n", 1)[1]
    return {el.tag for el in lxml.html.document_fromstring(body).iter() if isinstance(el.tag, str)}


def test_shipped_release_exports_to_the_sites_structure_and_imports_back_byte_for_byte(tmp_path: Path) -> None:
    pinned = ["--edition", "neurips2024", "--release", "2024-11-20"]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop_data",
            "export",
            "--format",
            "jekyll",
            *pinned,
            "-o",
            str(tmp_path / "schedule.md"),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "schedule.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: Schedule\nworkshop_name: neurips2024\nsite_description: Workshop on ML")
    assert "timezone: America/Vancouver\nrelease: '2024-11-20'\n---\n" in page  # the release it is from
    assert '<table class="schedule-table">' in page and '<div class="contact-us-section">' in page
    assert '<tr id="keynote-jeff-dean">' in page
    person = '<span class="person">{}</span>'.format
    assert f'<a href="#dean_talk"><b>Keynote:</b> {person("Jeff Dean")}</a> (<i>Google</i>)<br/>Advances in' in page
    assert f"Panel: {person('Jeff Dean')}, {person('Natasha Jacques')}, {person('Tim Kraska')}" in page
    # a label that does not name the row's kind says it on the row ("Hardware": an invited talk)
    assert '<tr id="hardware-richard-ho" data-kind="invited">' in page
    assert "Q&amp;A, TBD" in page
    assert "<li><i>WarpDrive</i>: An Agentic Workflow" in page
    assert 'href="mailto:mlforsystems@googlegroups.com"' in page
    shipped = read_release(SHIPPED)
    assert release_files(reimport(shipped, page)) == {p.name: p.read_bytes() for p in SHIPPED.iterdir()}


def test_hostile_strings_and_liquid_are_escaped_and_come_back_unchanged() -> None:
    shipped = read_release(SHIPPED)
    affiliations = ("AT&T <Labs>", '"Q" Inc', LIQUID)
    people = tuple(
        dataclasses.replace(p, name="Zoë O'Hostile", affiliations=affiliations, anchor='x" onclick="y{{ a }}{%b%}')
        if p.person_id == "jeff-dean"
        else p
        for p in shipped.people
    )
    title = f"{HOSTILE} {LIQUID}"
    slots = tuple(
        dataclasses.replace(s, title=title, title_myst=to_myst([Run(title)]), label="Keynote <b>", status="{{ x }}")
        if s.slot_id == "keynote-jeff-dean"
        else s
        for s in shipped.slots
    )
    talks = (dataclasses.replace(shipped.talks[0], title=LIQUID, title_myst=to_myst([Run(LIQUID)])), *shipped.talks[1:])
    workshop = dataclasses.replace(shipped.workshop, site_title="</title><script>x</script>", page_title="yes")
    release = fresh_ids(dataclasses.replace(shipped, people=people, slots=slots, talks=talks, workshop=workshop))
    page = to_jekyll(release)
    assert "<script>" not in page and "onclick=" not in page.replace("onclick=&quot;", "")
    assert elements(page) <= MARKUP
    assert "{{" not in content(page) and "{%" not in content(page)
    assert liquid_renders_unchanged(page)
    assert reimport(release, page) == release


def test_a_front_matter_value_pasted_into_an_attribute_stays_its_value() -> None:
    """The site's layout pastes a page's ``title`` into an attribute unescaped (``<a
    href="{{ site_page.url }}" alt="{{ site_page.title }}">``, _layouts/default.html; Liquid's
    output is raw), so a ``"`` in it ended the attribute: a page title ``Schedule" onmouseover="…``
    exported as written gave every page of the site's menu that event handler."""
    import lxml.html
    import yaml

    shipped = read_release(SHIPPED)
    hostile = 'Schedule" onmouseover="alert(1)" x=\'y'
    workshop = dataclasses.replace(shipped.workshop, page_title=hostile, site_title=hostile, site_description=hostile)
    release = dataclasses.replace(shipped, workshop=workshop)
    page = to_jekyll(release)
    front = yaml.safe_load(page.split("---\n")[1])
    for key in ("title", "site_title", "site_description"):
        link = lxml.html.fragment_fromstring(f'<a href="/schedule.html" alt="{front[key]}">{front[key]}</a>')
        assert dict(link.attrib) == {"href": "/schedule.html", "alt": hostile}, key
        assert link.text_content() == hostile
    assert reimport(release, page).workshop == workshop


def test_the_seed_pages_line_breaks_in_titles_are_kept_in_schema_2_1(shared: Path) -> None:
    """The two ``<br>`` the 2024 page has inside talk titles are hard breaks in ``title_myst``
    (schema 2.1.0), printed as ``<br/>`` by the Jekyll export, and the page imports back to the
    same files; written in 1.0.0 (the pinned release), the same page is the shipped bytes."""
    seed = shared / "seeds" / "000_d9f5c59d0a0e9214.txt"
    page = parse_page(seed.read_text("utf-8"), seed)
    release = build_release(page, "neurips2024", "2024-11-20", timezone="America/Vancouver").release
    broken = [t for t in release.talks if "\\\n" in t.title_myst]
    assert [t.title for t in broken] == [
        "Don't Transform the Code, Code the Transforms: Towards Precise Code Rewriting using LLMs",
        "Scalable RL for Systems via Offline Imitation from Multiple Baselines: A Case Study in Compiler Optimization",
    ]
    assert schema_version_of(release) == "2.1.0"
    page = to_jekyll(release)
    assert "<li>Don't Transform the Code, Code the Transforms:<br/>Towards Precise" in page
    assert "from Multiple Baselines:<br/>A Case Study in Compiler Optimization</li>" in page
    assert release_files(reimport(release, page)) == release_files(release)
    pinned = release_files(in_schema(release, "1.0.0"))
    assert pinned == {name: (SHIPPED / name).read_bytes() for name in pinned}


def test_tz_other_than_the_venues_is_refused() -> None:
    shipped = read_release(SHIPPED)
    assert to_jekyll(shipped, tz="America/Vancouver") == to_jekyll(shipped)
    try:
        to_jekyll(shipped, tz="Europe/Berlin")
    except WorkshopDataError as exc:
        assert "wall-clock times (America/Vancouver)" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("--tz was accepted")


def test_kinds_are_refused_as_a_page_is_the_whole_schedule() -> None:
    # A row's end not printed is the next row's start: NeurIPS 2025's page of its keynotes alone
    # printed "8:40 AM" then "1:30 PM", and imported back the keynote ran 08:40-13:30 (found by
    # hr-user3, `export --format jekyll --kinds keynote`).
    shipped = read_release(SHIPPED)
    assert to_jekyll(shipped, kinds=None) == to_jekyll(shipped)
    try:
        to_jekyll(shipped, kinds=["keynote"])
    except WorkshopDataError as exc:
        assert str(exc) == (
            "a Jekyll page is the whole schedule (a row's end not printed is the next row's start); "
            "--kinds does not apply"
        )
    else:  # pragma: no cover
        raise AssertionError("--kinds was accepted")


def test_a_release_without_a_schedule_is_no_page() -> None:
    # NeurIPS 2024's first release (its home page alone) was a page of an empty table, which the
    # import refuses ("the schedule table has no rows"): it did not import back (found by hr-user3)
    import workshop_data as wd

    try:
        to_jekyll(wd.load_release("neurips2024", "2024-08-14.1922"))
    except WorkshopDataError as exc:
        assert str(exc) == "release '2024-08-14.1922' of 'neurips2024' has no schedule: a schedule page needs one"
    else:  # pragma: no cover
        raise AssertionError("a page of no rows was written")


def test_a_speaker_without_a_label_is_printed_as_the_site_printed_them() -> None:
    # NeurIPS 2018's contributed talks print a speaker alone, "<b>Caroline Lemieux</b><br/><i>Title</i>";
    # the export wrote "<b>:</b> Caroline Lemieux", a bold colon on the page that imported as a
    # label ": Caroline Lemieux" of kind other.
    import workshop_data as wd

    rel = wd.load_release("neurips2018")
    page = to_jekyll(rel)
    assert "<b>:</b>" not in page
    row = lxml.html.document_fromstring(content(page)).get_element_by_id("contributed-talk-1")
    assert lxml.html.tostring(row[1], encoding="unicode").startswith(
        '<td style="text-align: left"><b><span class="person">Caroline Lemieux</span></b><br>'
    )
    back = {s.slot_id: s for s in reimport(rel, page).slots}
    assert all(not s.label.startswith(":") for s in back.values())


# -- generated releases --------------------------------------------------------------------------

LOWER = ("learning", "for", "systems", "with", "and", "of", "compilers", "at", "scale", "über", "données")
UPPER = ("Neural", "Fast", "GPU", "ML", "Cache", "LLMs", "Ünïcödé", "日本語", "Q&A", "WarpDrive:", "Don't")
ODD = ("<b>", "&amp;", "a&b", '"quoted"', "*star*", "_under_", "`tick`", "[x](y)", "back\\slash", "{r}", "$m$", "🎉")
ODD += ("{{", "{{site.title}}", "{%", "{%raw%}")
FIRST = ("Ada", "Alan", "Grace", "Zoë", "José", "Ünal", "Li", "Mary-Jane", "H.T.", "Ōta", "Søren")
LAST = ("Lovelace", "Turing", "Hopper", "O'Neil", "El-Kishky", "van Rossum", "Nguyễn", "Smith", "Kraska")
AFFILIATIONS = ("MIT", "AT&T <Labs>", '"Quoted" Inc', "Université de Montréal", "Google", "ETH Zürich", "Lab*")
LABELS = {
    "opening": ("Opening Remarks", "Welcome"),
    "keynote": ("Keynote", "Keynote Speaker"),
    "invited": ("Invited", "Hardware", "Retrospective", "CodeGen"),
    "contributed": ("Contributed Talks", "Contributed Talk", "Spotlights", ""),
    "poster": ("Poster Session 1", "Posters"),
    "break": ("Coffee Break", "Tea Break", "Break"),
    "lunch": ("Lunch", "Lunch Break"),
    "panel": ("Panel", "Panel Discussion"),
    "qa": ("Q&A", "Competition Q&A"),
    "closing": ("Closing Remarks", "Awards"),
    "social": ("Reception", "Dinner"),
    "other": ("Competition Track Highlights", "Something Unusual"),
}
NOTES = ("", "", "TBD", "Best Paper", "Room 3 & 4", "TBD, Symphony Hall")
#: The conference site's types of an event (schema 2.11.0), hostile ones too: parentheses of
#: their own (the page prints a type in parentheses), markup, Liquid; mostly none.
TYPES = ("", "", "", "Spotlight", "Talk", "Break", "(Oral)", "a) (b", ")", "<small>x</small>", "{{ site.title }}")
#: The titles it gives an event (schema 2.11.0, 2.12.0), mostly none.
EVENT_TITLES = ("", "", "", "Poster Session | Coffee Break", "Jeff Dean - Invited Talk", "A&B <b>x</b> (y)", "{%raw%}")


@st.composite
def titles(draw: st.DrawFn, emphasis: bool = True) -> tuple[str, str]:
    """(plain, MyST) of a title: words, hostile ones too, some in italic or bold."""
    words = draw(st.lists(st.sampled_from(UPPER + ODD + LOWER), min_size=1, max_size=6))
    words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(LOWER)))  # never reads as a name
    runs: list[Run] = []
    for word in words:
        if runs:
            runs.append(Run(" "))
        style = draw(st.sampled_from(("", "", "i", "b"))) if emphasis else ""
        runs.append(Run(word, italic=style == "i", bold=style == "b"))
    return " ".join(words), to_myst(runs)


@st.composite
def persons(draw: st.DrawFn) -> Person:
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    affiliations = tuple(draw(st.lists(st.sampled_from(AFFILIATIONS), max_size=2, unique=True)))
    anchor = draw(st.sampled_from(("", f"{name.split()[0].lower()}_talk", 'odd"<anchor>')))
    return Person(name.lower().replace(" ", "-"), name, affiliations, anchor)


@st.composite
def expressible(draw: st.DrawFn) -> Release:
    """A release a schedule page can print: kinds follow from labels, people read as people.

    Ids are made afresh by the test (as an import would), times stay within the day.
    """
    workshop = Workshop(
        edition=draw(st.from_regex(r"[a-z]{3,8}20[0-9]{2}", fullmatch=True)),
        series=draw(texts(min_size=1)).strip() or "ML for Systems",
        conference=draw(texts()),
        site_title=draw(texts()),
        page_title=draw(texts()),
        site_description=draw(
            st.one_of(texts(), st.just("Workshop on ML for Systems at NeurIPS 2024, December 15, Hall"))
        ),
        mini_site_description=draw(texts()),
        date=draw(st.dates(dt.date(2000, 1, 1), dt.date(2037, 12, 31))),
        venue=draw(texts()),
        timezone=draw(st.sampled_from(TIMEZONES)),
        contact_email=draw(st.sampled_from(("", "organizers@example.org", "a&b+<x>@example.org"))),
    )
    by_name: dict[str, Person] = {}
    slots: list[Slot] = []
    talks: list[Talk] = []
    minute = draw(st.integers(0, 8 * 60))
    n = draw(st.integers(1, 8))

    def name_of(person_id: str) -> str:
        return next(key for key, p in by_name.items() if p.person_id == person_id)

    def who(count: int, evidence: bool = False, anchors: bool = True) -> tuple[str, ...]:
        out = []
        for _ in range(count):
            person = draw(persons())
            if not anchors:
                person = dataclasses.replace(person, anchor="")
            if evidence and not person.affiliations and not person.anchor:
                person = dataclasses.replace(person, affiliations=("MIT",))
            known = by_name.setdefault(person.name.casefold(), person)
            if known.person_id not in out:
                out.append(known.person_id)
        return tuple(out)

    for i in range(n):
        kind = draw(st.sampled_from(sorted(LABELS)))
        label = draw(st.sampled_from(LABELS[kind]))
        title, title_myst, speakers, slot_talks = "", "", (), []
        status = draw(st.sampled_from(NOTES)) if kind != "other" else ""
        if kind in ("keynote", "invited"):
            if draw(st.booleans()) or kind == "invited":
                speakers = who(draw(st.integers(1, 2)), evidence=label not in ("Invited", "Keynote Speaker"))
                if not any(by_name[n].affiliations or by_name[n].anchor for n in map(name_of, speakers)):
                    label = "Invited" if kind == "invited" else "Keynote"  # a topic label needs a sign of a person
            if draw(st.booleans()):
                title, title_myst = draw(titles())
        elif kind == "contributed" and not label:
            title, title_myst = draw(titles(emphasis=False))
        elif kind == "contributed" and label == "Contributed Talk":
            title, title_myst = draw(titles())
            if draw(st.booleans()):
                # "Speaker: Name" says an invited talk only when the page presents the speaker (named
                # earlier with a link to a bio); else the page does not say the kind (kept 'other')
                speaker = who(1, anchors=False)
                if by_name[name_of(speaker[0])].anchor:
                    label, speakers, kind = "Speaker", speaker, "invited"
        elif kind == "contributed":
            slot_talks = [draw(titles()) for _ in range(draw(st.integers(1, 3)))]
        elif kind == "panel":
            speakers = who(draw(st.sampled_from((0, 2, 3))))
            if len(speakers) == 1:  # two draws gave the same person
                speakers = ()
            if draw(st.booleans()):
                title = draw(st.sampled_from(("the future of systems", "where next for ML & compilers?")))
                title_myst = to_myst([Run(title)])
        start = dt.datetime.combine(workshop.date, dt.time()) + dt.timedelta(minutes=minute)
        minute += draw(st.integers(5, 90))
        end, derived = None, False
        if minute < 24 * 60:
            following = dt.datetime.combine(workshop.date, dt.time()) + dt.timedelta(minutes=minute)
            end, derived = draw(st.sampled_from(((following, i < n - 1), (following, False), (None, False))))
            if end is None and i < n - 1:
                end, derived = following, True
        slot_id = f"s{i}"
        slots.append(
            Slot(
                slot_id,
                start,
                end,
                derived,
                kind,
                label,
                title,
                title_myst,
                status,
                speakers,
                label if kind == "other" else "",
                # the conference site's types and other titles of the slot's talk and own event
                talk_presentation=draw(st.sampled_from(TYPES)),
                presentation=draw(st.sampled_from(TYPES)),
                event_title=draw(st.sampled_from(EVENT_TITLES)),
                talk_event_title=draw(st.sampled_from(EVENT_TITLES)),
            )
        )
        for order, (talk_title, talk_myst) in enumerate(slot_talks, start=1):
            talk_speakers = who(draw(st.integers(0, 2)))
            typed = draw(st.sampled_from(TYPES))
            talks.append(
                Talk(f"{slot_id}-{order}", slot_id, order, talk_title, talk_myst, talk_speakers, presentation=typed)
            )
        if minute >= 24 * 60 - 1:
            break
    assume(all(exists_once(t, workshop.timezone) for s in slots for t in (s.start, s.end) if t is not None))
    in_page_order = [*slots, *talks]  # a slot's speakers, then its talks' (one talk block per page row)
    in_page_order.sort(key=lambda r: [s.slot_id for s in slots].index(r.slot_id))
    referenced = list(dict.fromkeys(pid for record in in_page_order for pid in record.speakers))
    people_by_id = {p.person_id: p for p in by_name.values()}
    return fresh_ids(
        Release(
            name="2024-11-20",
            published=dt.datetime(2024, 11, 20, tzinfo=dt.UTC),
            workshop=workshop,
            slots=tuple(slots),
            talks=tuple(talks),
            people=tuple(people_by_id[pid] for pid in referenced),
        )
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressible())
def test_generated_schedules_round_trip_through_the_page(release: Release) -> None:
    page = to_jekyll(release)
    assert elements(page) <= MARKUP
    assert set(kinds_said(page)) <= set(KINDS)
    assert liquid_renders_unchanged(page)
    again = reimport(release, page)
    assert tables(again) == tables(release)
    assert again == release


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_any_release_exports_to_a_safe_page_that_keeps_its_rows(release: Release) -> None:
    """Releases a page cannot print exactly (kinds unrelated to labels, blank names, slots past
    midnight) still export to a page with nothing unescaped, whose import keeps every row at its
    time, or refuses the page with a clear error (e.g. a schedule running past midnight)."""
    page = to_jekyll(release)
    assert elements(page) <= MARKUP
    try:
        again = reimport(release, page)
    except WorkshopDataError as exc:
        assert "<page>" in str(exc)
        return
    assert [s.start for s in again.slots] == [s.start for s in release.slots]
    assert again.workshop == release.workshop


def test_a_part_of_the_program_is_a_heading_row_and_a_day_printed_twice_is_refused() -> None:
    # NeurIPS 2020's 2020-12-10.2221: its table printed the heading "Run 1" over its 15 rows
    edition = wd.load_edition("neurips2020")
    run1 = edition.release("2020-12-10.2221")
    page = to_jekyll(run1)
    assert (
        page.count('<tr><td colspan="2" style="text-align: left; font-size: 15px; color: #2879d0">Run 1</td></tr>') == 1
    )
    back = reimport(run1, page)
    assert [(s.part, s.start, s.kind, s.label) for s in back.slots] == [
        (s.part, s.start, s.kind, s.label) for s in run1.slots
    ]
    assert {s.part for s in back.slots} == {"Run 1"}
    # 2020-12-03.2236 also printed "Run 2 (repeated)", 21:00 on the 11th to 05:40 on the 12th in
    # Los Angeles: the page prints its heading and its times of day (a schedule page has no dates)
    twice = to_jekyll(edition.release("2020-12-03.2236"))
    assert twice.index(">Run 1</td>") < twice.index(">Run 2 (repeated)</td>") < twice.index(">9:00 PM</td>")


def test_a_rows_kind_and_names_the_page_marks_are_read_first_and_the_label_without_them() -> None:
    # ISCA 2019's "Speaker: name (affiliation)" does not say invited or contributed: import-site
    # settled it from the edition's papers; the exported page says it on the row
    row = "<td>9:00 AM</td><td><b>Speaker:</b> Ada Lovelace (<i>MIT</i>)<br/>Engines</td>"
    bold = "<td>10:00 AM</td><td><b>{}</b><br/><i>Looms</i></td>"

    def read(kind: str, name: str) -> list[tuple[str, str, tuple[str, ...]]]:
        page = (
            "---\nsite_description: Workshop on ML for Systems at ISCA 2019, June 22, Phoenix\n"
            f'timezone: America/Phoenix\n---\n<table class="schedule-table"><tr{kind}>{row}</tr>'
            f"<tr>{bold.format(name)}</tr></table>"
        )
        release = build_release(parse_page(page), "isca2019", "2019-06-22").release
        return [(s.kind, s.label, s.speakers) for s in release.slots]

    assert read("", "Grace Hopper") == [
        ("other", "Speaker", ("ada-lovelace",)),
        ("other", "Grace Hopper", ()),
    ]
    assert read(' data-kind="contributed"', '<span class="person">Grace Hopper</span>') == [
        ("contributed", "Speaker", ("ada-lovelace",)),
        ("other", "", ("grace-hopper",)),  # a speaker now, whose kind the row does not say
    ]


def kinds_said(page: str) -> list[str]:
    """The ``data-kind`` of every row of the page's table that has one."""
    rows = lxml.html.document_fromstring(content(page)).xpath("//tr[@data-kind]")
    return [row.get("data-kind") for row in rows]


def test_a_kind_the_page_says_is_one_of_the_schemas_never_free_text() -> None:
    # the export writes a value of the enumeration only: a release built in memory with another
    # kind (free text, markup, Liquid) is refused, naming the slot and the field, not written
    shipped = read_release(SHIPPED)
    assert set(kinds_said(to_jekyll(shipped))) <= set(KINDS)
    for hostile in ('invited" onclick="x()', "{{ site.title }}", "Invited", "talk"):
        release = edit_slot(shipped, "hardware-richard-ho", kind=hostile)
        try:
            to_jekyll(release)
        except WorkshopDataError as exc:
            assert str(exc).startswith("slot 'hardware-richard-ho', field 'kind': ")
            assert "is not one of the schema's kinds (opening, keynote" in str(exc)
        else:  # pragma: no cover
            raise AssertionError(f"kind {hostile!r} was written")
    # and the import refuses a page whose row says another value, naming the file, row and field
    row = '<tr data-kind="{}"><td>9:00 AM</td><td><b>Hardware:</b> Ada Lovelace (<i>MIT</i>)</td></tr>'
    for said in ("keynote onclick", "{x}", "{{ x }}", "Keynote", " ", "other "):
        page = (
            "---\nsite_description: Workshop on ML for Systems at ISCA 2019, June 22, Phoenix\n"
            f'timezone: America/Phoenix\n---\n<table class="schedule-table">{row.format(said)}</table>'
        )
        if not said.strip():  # an empty value, or blanks, says nothing: the label tells
            assert build_release(parse_page(page), "isca2019", "x").release.slots[0].kind == "invited"
            continue
        if said.strip() in KINDS:  # blanks around a value are the value (HTML reads attributes so)
            assert build_release(parse_page(page), "isca2019", "x").release.slots[0].kind == said.strip()
            continue
        try:
            build_release(parse_page(page, "p.md"), "isca2019", "x")
        except WorkshopDataError as exc:
            if "{{" in said:  # Jekyll would write another value there: the page is refused as it is read
                assert str(exc).startswith("p.md: line 5: Liquid ('{{ x }}") and "is not read" in str(exc)
                continue
            assert str(exc).startswith(f"p.md, row 1, field 'kind': the row's data-kind {said!r} is not one of")
        else:  # pragma: no cover
            raise AssertionError(f"data-kind {said!r} was read")

"""The history import's rules (issue #9): the reviewed alias table (entries well-formed, the pairs
reviewed as different people never merged), NeurIPS 2022's two papers lists merged, another
edition's list recognised, a site description's unsettled date not taken for a venue, and the
kinds a row does not print settled only by the same version's other pages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import yaml
from conftest import REPO

from workshop_data.aliases import ALIASES, NOT_SAME, PACKAGE
from workshop_data.errors import WorkshopDataError
from workshop_data.identity import normalise
from workshop_data.importer.workshop import parse_description
from workshop_data.model import Paper, Person, Release, Role, Slot, Workshop
from workshop_data.siteimport import assembly, entry_texts, pins, release_ids
from workshop_data.siteimport.assembly import assemble, settle_kinds
from workshop_data.siteimport.pages import EPOCH, Pages, Parsed, PeoplePart
from workshop_data.siteimport.paperlist import foreign, merge_index
from workshop_data.siteimport.records import AuthorEntry, HomePage, PaperEntry, PersonEntry, RoleEntry
from workshop_data.siteimport.release_ids import toward_pin
from workshop_data.validation import read_release


def test_every_alias_names_a_canonical_person_with_evidence() -> None:
    for variant, alias in ALIASES.items():
        assert normalise(alias.name) not in ALIASES, f"{variant}: {alias.name} is itself a variant (a chain)"
        assert normalise(alias.name) != variant, f"{variant}: an entry the normalised name already settles"
        assert len(alias.reason) > 20, variant


def test_pairs_reviewed_as_different_people_stay_apart() -> None:
    for a, b, _ in NOT_SAME:
        assert PACKAGE.canonical(normalise(a)) != PACKAGE.canonical(normalise(b)), (a, b)


def test_variants_seen_on_the_pages() -> None:
    assert PACKAGE.canonical_name("Xinlei Xu") == "Mimee Xu"
    assert PACKAGE.canonical_name("Azade Nazi") == "Azade Nova"
    assert (
        PACKAGE.canonical(normalise("Neeraja J. Yadwadkar"))
        == PACKAGE.canonical(normalise("Neeraja Yadwakar"))
        == "neeraja yadwadkar"
    )
    assert PACKAGE.canonical(normalise("YUNKAI ZHANG")) == PACKAGE.canonical(
        normalise("Yunkai Zhang")
    )  # case: no entry needed
    assert PACKAGE.display("Prof. Christos Kozyrakis") == "Christos Kozyrakis"
    assert PACKAGE.display("HadiEsmaeilzadeh") == "Hadi Esmaeilzadeh"
    assert PACKAGE.display("Natasha Jacques") == "Natasha Jacques"  # a spelling: kept as printed, one id


def _paper(title: str, *authors: str, pdf: str = "", abstract: str = "", presentation: str = "") -> PaperEntry:
    return PaperEntry(title, tuple(AuthorEntry(a) for a in authors), abstract, pdf, "", presentation)


def test_merge_keeps_the_pdf_and_byline_and_adds_the_abstract() -> None:
    listed = [_paper("A Paper", "Ray A. O. Sinurat", "B", pdf="https://x/a.pdf"), _paper("Only Here", "C")]
    index = [
        _paper("A paper.", "Ray Sinurat", pdf="https://openreview.net/x", abstract="Abs", presentation="Poster"),
        _paper("Index Only", "D", abstract="E"),
    ]
    merged = merge_index(listed, index)
    assert [p.title for p in merged] == ["A Paper", "Only Here", "Index Only"]
    assert (merged[0].pdf_url, merged[0].abstract, merged[0].presentation) == ("https://x/a.pdf", "Abs", "Poster")
    assert [a.name for a in merged[0].authors] == ["Ray A. O. Sinurat", "B"]


def test_another_editions_list_is_recognised() -> None:
    mine = [
        _paper(f"T{i}", "A", pdf=f"https://mlforsystems.org/assets/papers/neurips2023/paper{i}.pdf") for i in range(4)
    ]
    assert foreign(mine, "neurips2023", {}) is None
    assert "/assets/papers/neurips2023/" in (foreign(mine, "neurips2024", {}) or "")
    owned = [_paper("Placeto", "A"), _paper("Decima", "B"), _paper("New", "C")]
    assert "neurips2018" in (foreign(owned, "isca2019", {"placeto": "neurips2018", "decima": "neurips2018"}) or "")
    assert foreign(owned, "isca2019", {"placeto": "neurips2018"}) is None  # one of three: not the list


def test_a_date_the_description_does_not_settle_is_not_a_venue() -> None:
    # neurips2019/schedule.md's front matter (every version)
    described = parse_description("Workshop on ML for Systems at NeurIPS 2019, December 13th or 14th, 8:30AM-6:00PM")
    assert (described.date, described.venue) == (None, "")


def test_a_date_labelled_date_is_the_day_not_a_venue() -> None:
    # _config.yml's description at upstream commit c304b9d (neurips2018's first release, 2018-09-13.2047)
    described = parse_description("Workshop on ML for Systems at NIPS 2018 Date December 8th, 2018")
    assert (described.date, described.venue) == (dt.date(2018, 12, 8), "")
    first = read_release(REPO / "workshop_data" / "data" / "neurips2018" / "2018-09-13.2047")
    assert (first.workshop.date, first.workshop.venue) == (dt.date(2018, 12, 8), "")
    assert not [c for c in first.corrections if c.field == "date"]  # the page settles the day


def test_a_days_year_that_is_no_year_is_neither_the_day_nor_the_venue() -> None:
    # "December 15, 10000": the day's year mistyped (0, 202, 10000) was read as the venue's first
    # part ("10000, Vancouver Convention Center") and the day as the conference year's, without a
    # word; the page does not settle the day (import-site records the reviewed day as a correction)
    for year in ("0", "202", "10000", "02024"):
        described = parse_description(f"Workshop on ML for Systems at NeurIPS 2024, December 15, {year}, Vancouver")
        assert (described.date, described.venue) == (None, "Vancouver"), year
    described = parse_description("Workshop on ML for Systems at NeurIPS 2024, December 15, 2024, Vancouver")
    assert (described.date, described.venue) == (dt.date(2024, 12, 15), "Vancouver")


def test_hours_run_into_the_venue_are_not_part_of_it() -> None:
    # neurips2019/index.md's front matter since 2019-10-08 (no comma after the hours)
    described = parse_description(
        "Workshop on ML for Systems at NeurIPS 2019, December 14th, 9AM-6PM Vancouver Convention Centre, "
        "West Level 2 202-204"
    )
    assert (described.date, described.venue) == (
        dt.date(2019, 12, 14),
        "Vancouver Convention Centre, West Level 2 202-204",
    )


def test_a_kind_the_row_does_not_print_comes_from_the_same_versions_pages_or_stays_other() -> None:
    day = dt.datetime(2031, 5, 1, 9)
    workshop = Workshop("fold2031", "F", "Fold 2031", "", "", "", "", day.date(), "", "UTC", "")

    def row(i: int, title: str, speaker: str) -> Slot:
        start = day + dt.timedelta(hours=i)
        return Slot(f"s{i}", start, None, False, "other", "", title, title, "", (speaker,), f"{title}, {speaker}")

    people = tuple(Person(p, p.title()) for p in ("ada", "bo", "cy", "di"))
    release = Release(
        name="r",
        published=day,
        workshop=workshop,
        slots=(row(0, "Engines", "ada"), row(1, "Graphs", "bo"), row(2, "Caches  that LEARN", "cy"), row(3, "X", "di")),
        people=people,
        # the home page of the same version: Ada a keynote speaker, Bo an invited one, Di organizes
        roles=(Role(1, "ada", "keynote"), Role(2, "bo", "invited"), Role(3, "di", "organizer")),
        papers=(Paper("caches", 1, "Caches that Learn"), Paper("x-marks", 2, "X Marks the Spot")),
    )
    settled = settle_kinds(release)
    assert [(s.kind, s.raw) for s in settled.slots] == [
        ("keynote", ""),
        ("invited", ""),
        ("contributed", ""),  # an accepted paper's title, whitespace and case aside
        ("other", "X, di"),  # nothing says: kept as printed
    ]
    assert settle_kinds(dataclasses.replace(release, roles=(), papers=())) == dataclasses.replace(
        release, roles=(), papers=()
    )
    # settled again (another assembly of the same schedule build): the same slot objects; an
    # equal slot of another object gets its own, and another kind another slot
    again = settle_kinds(dataclasses.replace(release, name="s"))
    assert all(a is b for a, b in zip(again.slots, settled.slots, strict=True))
    copied = settle_kinds(dataclasses.replace(release, slots=tuple(dataclasses.replace(s) for s in release.slots)))
    assert copied.slots == settled.slots and copied.slots[0] is not settled.slots[0]
    both = settle_kinds(dataclasses.replace(release, roles=(Role(1, "ada", "invited"), Role(2, "bo", "invited"))))
    assert [s.kind for s in both.slots[:2]] == ["invited", "invited"] and both.slots[1] is settled.slots[1]


def test_a_bare_text_that_is_an_accepted_papers_title_is_its_contributed_talk() -> None:
    # NeurIPS 2018's schedule (8de7c1f "Added contributed talks to schedule.") printed the titles
    # alone where "Contributed Talk 2", "4", "5", "6" had been; the papers page of the same
    # version lists them, one ("ReLeQ: A Reinforcement…") renamed there the next day ("ReLeQ: An
    # Automatic Reinforcement…") while the schedule kept it.
    day = dt.datetime(2031, 5, 1, 9)
    workshop = Workshop("fold2031", "F", "Fold 2031", "", "", "", "", day.date(), "", "UTC", "")

    def row(i: int, text: str) -> Slot:
        return Slot(f"s{i}", day + dt.timedelta(hours=i), None, False, "other", text, raw=text)

    texts = [
        "Placeto: Efficient  Progressive Device-Placement Optimization",  # spacing, punctuation aside
        "ReLeQ: A Reinforcement Learning Approach for Deep Quantization of Neural Networks",
        "Learning to Design Circuits*",
        "Turing Award Lecture",
        "Learning",
    ]
    papers = (
        Paper("p1", 1, "Placeto: Efficient Progressive Device Placement Optimization"),
        Paper("p2", 2, "ReLeQ: An Automatic Reinforcement Learning Approach for Deep Quantization of Neural Networks"),
        Paper("p3", 3, "Learning to design circuits"),
    )
    release = Release(
        name="r", published=day, workshop=workshop, slots=tuple(row(i, t) for i, t in enumerate(texts)), papers=papers
    )
    settled = settle_kinds(release)
    assert [(s.kind, s.label, s.title, s.raw) for s in settled.slots] == [
        *(("contributed", "", " ".join(t.split()), "") for t in texts[:3]),
        ("other", "Turing Award Lecture", "", "Turing Award Lecture"),  # not a paper's title
        ("other", "Learning", "", "Learning"),  # a word of one: not close enough
    ]
    assert settled.slots[2].title_myst == r"Learning to Design Circuits\*"  # the text as MyST
    assert settle_kinds(dataclasses.replace(release, papers=())) == dataclasses.replace(release, papers=())


def test_the_releases_before_a_pinned_one_take_its_ids_but_never_one_taken_for_something_else() -> None:
    # A pinned release keeps the ids made from its own page; the releases before it take them
    # for the slots the last of them shares with it (the test that carries ids forward), in
    # every release that has those slots, except an id one of them used for another slot.
    day = dt.datetime(2031, 5, 1)
    workshop = Workshop("fold2031", "F", "Fold 2031", "", "", "", "", day.date(), "", "UTC", "")
    people = tuple(Person(p, p.title()) for p in ("ada", "bo", "cy"))

    def slot(slot_id: str, hour: int, label: str, title: str, speaker: str) -> Slot:
        return Slot(slot_id, day.replace(hour=hour), None, False, "invited", label, title, title, "", (speaker,))

    def release(name: str, *slots: Slot) -> Release:
        return Release(name=name, published=day, workshop=workshop, slots=slots, people=people)

    ada = slot("keynote-speaker-ada", 9, "Keynote Speaker", "Engines", "ada")
    cy = slot("cy-row", 11, "", "Caches", "cy")
    first = release("r1", ada, slot("talk", 10, "Talk", "Graphs", "bo"), cy)  # Bo's talk, gone in r2
    second = release("r2", ada, dataclasses.replace(cy, label="Talk"))
    pinned = release(
        "pin", slot("keynote-ada", 9, "Keynote", "Engines", "ada"), slot("talk", 11, "Talk", "Caches", "cy")
    )
    used = {s.slot_id for r in (first, second) for s in r.slots}
    renamed = toward_pin([first, second], pinned, used, set(), PACKAGE)
    assert [[s.slot_id for s in r.slots] for r in renamed] == [
        ["keynote-ada", "talk", "cy-row"],  # "talk" was Bo's: Cy's slot keeps its id
        ["keynote-ada", "cy-row"],
    ]
    assert [dataclasses.replace(s, slot_id="") for s in renamed[0].slots] == [
        dataclasses.replace(s, slot_id="") for s in first.slots
    ]
    # where no release before used it, Cy's slot takes the pinned id: the same slot
    alone = toward_pin([second], pinned, {s.slot_id for s in second.slots}, set(), PACKAGE)
    assert [s.slot_id for s in alone[0].slots] == ["keynote-ada", "talk"]


def test_an_assembly_remembers_its_people_only_for_the_same_pages_and_speakers() -> None:
    # The people, roles, papers and authors an assembly makes are remembered in the import's
    # Parsed, by the schedule's people (values) and the very home and papers records parsed.
    day = dt.datetime(2024, 12, 14, 9)
    workshop = Workshop("neurips2024", "N", "NeurIPS 2024", "", "", "", "", day.date(), "", "UTC", "")
    slot = Slot("s", day, None, False, "invited", "Invited Talk", "Caches", "Caches", "", ("ana-kim",), "")
    schedule = Release("", day, workshop, (slot,), people=(Person("ana-kim", "Ana Kim"),))
    home = HomePage(
        roles=(RoleEntry(PersonEntry("Ana Kim", ("MIT",)), "invited"), RoleEntry(PersonEntry("Bo Li"), "organizer"))
    )
    listed = (PaperEntry("Learned Indexes", (AuthorEntry("Bo Li"), AuthorEntry("Cy Wu"))),)
    pages = Pages("neurips2024", table=PACKAGE, schedule=schedule, home=home, listed=listed)
    parsed = Parsed(PACKAGE)
    first = assemble("neurips2024", pages, "", day, parsed)
    assert first == assemble("neurips2024", pages, "", day)  # the same as made without a memo
    assert first is not None and [(p.person_id, p.name, p.affiliations) for p in first.people] == [
        ("ana-kim", "Ana Kim", ("MIT",)),
        ("bo-li", "Bo Li", ()),
        ("cy-wu", "Cy Wu", ()),
    ]
    assert [(a.paper_id, a.person_id) for a in first.authors] == [
        ("learned-indexes", "bo-li"),
        ("learned-indexes", "cy-wu"),
    ]
    assert len(parsed.people) == 1
    again = assemble("neurips2024", pages, "", day, parsed)
    assert again == first and len(parsed.people) == 1  # remembered
    # an equal home page, another object: not found by its key (its records are not hashed), but
    # equal to the edition's last pages (compared, not hashed): the same part
    pages.home = HomePage(roles=home.roles)
    third = assemble("neurips2024", pages, "", day, parsed)
    assert third == first and third is not None and third.people is first.people and len(parsed.people) == 2
    # another speaker on the schedule: another part, Bo Li the schedule's
    bo = Slot(
        "t", day + dt.timedelta(hours=1), None, False, "invited", "Invited Talk", "Graphs", "Graphs", "", ("bo",), ""
    )
    pages.schedule = dataclasses.replace(schedule, slots=(slot, bo), people=(*schedule.people, Person("bo", "Bo Li")))
    moved = assemble("neurips2024", pages, "", day, parsed)
    assert moved is not None and [p.person_id for p in moved.people] == ["ana-kim", "bo", "cy-wu"]
    assert [r.person_id for r in moved.roles] == ["ana-kim", "bo"] and len(parsed.people) == 3


def test_a_papers_authors_are_remembered_only_for_the_same_papers_and_the_ids_they_meet() -> None:
    # assembly._people_part: the authors of the same papers (entries compared, not hashed) made
    # once with no other id taken, and used again while none of their new ids is another
    # person's and the same authors are the release's other people; else made again.
    listed = (
        PaperEntry("Learned Indexes", (AuthorEntry("Bo Li"), AuthorEntry("Cy Wu", True))),
        PaperEntry("Graphs", (AuthorEntry("Cy Wu"),)),
    )

    def ids(part: PeoplePart) -> tuple[list[str], list[tuple[str, int, str, bool | None]]]:
        return [p.person_id for p in part[0]], [
            (a.paper_id, a.position, a.person_id, a.equal_contribution) for a in part[3]
        ]

    alone = assembly._people_part((), HomePage(), listed, table=PACKAGE)
    assert ids(alone) == (
        ["bo-li", "cy-wu"],
        [("learned-indexes", 1, "bo-li", None), ("learned-indexes", 2, "cy-wu", True), ("graphs", 1, "cy-wu", None)],
    )
    assert [(p.paper_id, p.order) for p in alone[2]] == [("learned-indexes", 1), ("graphs", 2)]
    # Bo Li on the schedule, as 'bo': that person is the author
    met = assembly._people_part((Person("bo", "Bo Li"),), HomePage(), listed, table=PACKAGE)
    assert ids(met)[0] == ["bo", "cy-wu"] and [a.person_id for a in met[3]] == ["bo", "cy-wu", "cy-wu"]
    # another person holds 'cy-wu' (the id the remembered authors give Cy Wu): made again
    clash = assembly._people_part((Person("cy-wu", "Cyrus Wu"),), HomePage(), listed, table=PACKAGE)
    assert ids(clash)[0] == ["cy-wu", "bo-li", "cy-wu-2"]
    assert [a.person_id for a in clash[3]] == ["bo-li", "cy-wu-2", "cy-wu-2"]
    # an organizer holds 'bo-li' under another name, Bo Li an organizer too: each as made afresh
    home = HomePage(
        roles=(RoleEntry(PersonEntry("Bo  Li"), "organizer"), RoleEntry(PersonEntry("Cyrus Wu"), "organizer"))
    )
    both = assembly._people_part((Person("cy-wu", "Dee Wu"),), home, listed, table=PACKAGE)
    assert ids(both)[0] == ["cy-wu", "bo-li", "cyrus-wu", "cy-wu-2"]
    assert [a.person_id for a in both[3]] == ["bo-li", "cy-wu-2", "cy-wu-2"]
    # equal papers, other objects, and nothing else: the same part again
    assert assembly._people_part((), HomePage(), tuple(dataclasses.replace(p) for p in listed), table=PACKAGE) == alone


def test_a_page_check_skips_only_the_very_records_it_found_held() -> None:
    # entry_texts.checked remembers, by identity, the records whose texts it found held (the
    # parsers hand the same objects version after version): those are not walked again; an equal
    # record that is another object, or a new record with a refused text, is still checked.
    ana = RoleEntry(PersonEntry("Ana Kim", ("MIT",), bio="Caches."), "invited")
    page = HomePage(roles=(ana,))
    assert entry_texts.checked("index.md", page) is page
    texts: list[str] = []
    entry_texts._texts_in(HomePage(roles=(ana, RoleEntry(PersonEntry("Bo Li"), "organizer"))), texts)
    assert "Ana Kim" not in texts and "Caches." not in texts and "Bo Li" in texts  # ana held already
    texts = []
    entry_texts._texts_in(RoleEntry(PersonEntry("Ana Kim", ("MIT",), bio="Caches."), "invited"), texts)
    assert sorted(texts) == ["", "", "", "", "", "", "Ana Kim", "Caches.", "MIT", "invited"]  # equal, not the same
    bad = RoleEntry(PersonEntry("Bo\u202eLi"), "organizer")
    with pytest.raises(WorkshopDataError, match=r"^index.md: .*field 'name'"):
        entry_texts.checked("index.md", HomePage(roles=(ana, bad)))
    assert id(bad) not in entry_texts._HELD_RECORDS  # a page refused remembers none of its records


def test_a_pages_name_or_affiliation_whose_word_mixes_scripts_is_refused_but_not_its_prose() -> None:
    # The site import's records are held to the readers' rule of a person's name and affiliations
    # and an author's name (validation.script_problem): "Jeff Deаn" (a Cyrillic 'а') would be a
    # second person of Jeff Dean's look. A bio or title is prose, held to no such rule.
    spoof = "Jeff De\u0430n"
    prose = RoleEntry(PersonEntry("Ana Kim", ("MIT",), bio=f"Works with {spoof}."), "invited", talk_title=spoof)
    assert entry_texts.checked("index.md", HomePage(roles=(prose,))).roles == (prose,)
    for page, entries, who, field in [
        ("index.md", HomePage(roles=(RoleEntry(PersonEntry(spoof), "organizer"),)), spoof, "name"),
        (
            "index.md",
            HomePage(roles=(RoleEntry(PersonEntry("Ana Kim", ("MIT", "G\u043e\u043egle")), "invited"),)),
            "Ana Kim",
            "affiliations",
        ),
        ("accepted_papers.md", (_paper("A Paper", "Ana Kim", spoof),), spoof, "name"),
    ]:
        with pytest.raises(WorkshopDataError) as info:
            entry_texts.checked(page, entries)
        assert str(info.value).startswith(f"{page}: {who!r}, field {field!r}: "), info.value
        assert "mixes scripts, U+043" in str(info.value)
    assert entry_texts.checked("accepted_papers.md", (_paper("李明的论文", "李明", "Wei Zhang 张伟", "Иван Петров"),))


def test_a_pinned_release_is_claimed_only_by_its_upstream_commit() -> None:
    upstream = "ca5d44381508ef0cceaff3453d94388d7e2ffa72"  # neurips2024/2024-11-20's
    assert pins.is_upstream(upstream, upstream) and pins.is_upstream("ca5d443", upstream)
    assert pins.is_upstream("CA5D4438", upstream)
    # a hostile repository's trailer of a digit or two claimed it, and its page became the pinned release's
    assert not any(pins.is_upstream(short, upstream) for short in ("", "c", "ca5d44", "ca5d443x"))


def test_a_schedule_pages_speaker_missing_from_the_home_page_gets_the_kind_of_their_slot() -> None:
    # ISCA 2019: no speaker on index.md; schedule.md's "Speakers" section presents seven, its rows
    # "Keynote Speaker: David Patterson - Google Brain" and "Speaker: Zhan Shi - …" (an invited talk,
    # as the page presents him), and the blocks' class="keynote-speaker" on all of them
    day = dt.datetime(2019, 6, 23, 9)
    workshop = Workshop("isca2019", "I", "ISCA 2019", "", "", "", "", day.date(), "", "UTC", "")

    def slot(i: int, kind: str, pid: str) -> Slot:
        return Slot(f"s{i}", day + dt.timedelta(hours=i), None, False, kind, "", "T", "T", "", (pid,), "")

    schedule = Release(
        "",
        day,
        workshop,
        (slot(0, "keynote", "david-patterson"), slot(1, "invited", "zhan-shi"), slot(2, "other", "ada-ng")),
        people=(
            Person("david-patterson", "David Patterson"),
            Person("zhan-shi", "Zhan Shi"),
            Person("ada-ng", "Ada Ng"),
        ),
    )

    def block(name: str, title: str) -> RoleEntry:
        person = PersonEntry(name, ("U",), photo_url=f"https://x.org/{name[:3]}.jpg")
        return RoleEntry(person, "invited", "Speakers", "", title, f"About {title}.")

    speakers = (block("Zhan Shi", "Fusion"), block("David Patterson", "DSAs"), block("Ada Ng", "Caches"))
    home = HomePage(roles=(RoleEntry(PersonEntry("Bo Li"), "organizer", "Organizing Committee"),))
    pages = Pages("isca2019", table=PACKAGE, schedule=schedule, home=home, schedule_speakers=speakers)
    release = assemble("isca2019", pages, "", day)
    assert release is not None
    assert [(r.order, r.person_id, r.role, r.group, r.talk_title, r.talk_abstract) for r in release.roles] == [
        (1, "bo-li", "organizer", "Organizing Committee", "", ""),
        (2, "zhan-shi", "invited", "Speakers", "Fusion", "About Fusion."),  # the section's order
        (3, "david-patterson", "keynote", "Speakers", "DSAs", "About DSAs."),
        # Ada Ng's row says nothing of the kind: no role (her slot stays 'other')
    ]
    people = {p.person_id: p for p in release.people}
    assert people["david-patterson"].photo_url == "https://x.org/Dav.jpg"  # the schedule's person, filled in
    assert people["david-patterson"].affiliations == ("U",)
    assert [s.kind for s in release.slots] == ["keynote", "invited", "other"]


def test_a_person_is_named_as_their_own_heading_prints_them_not_as_a_row_mentions_them() -> None:
    # NeurIPS 2025 (upstream c514382 to 3602dc0): schedule.md's row "<b>Keynote:</b> Azalia Mirhoseni" (a letter
    # dropped) and index.md's '<h3 class="keynote-speaker">Azalia Mirhoseini</h3>' over her bio; her committee
    # line is another entry of her own, read after the heading (a third spelling here, to show the first own
    # entry names her). Neeraja's row has no entry of hers on the page: the row's spelling stays.
    schedule = (Person("azalia-mirhoseni", "Azalia Mirhoseni"), Person("neeraja-yadwakar", "Neeraja Yadwakar"))
    home = HomePage(
        roles=(
            RoleEntry(PersonEntry("Azalia Mirhoseini", ("Stanford",), anchor="azalia_bio"), "keynote", "Speakers"),
            RoleEntry(PersonEntry("Azalia Mirhosseini", ("Google",)), "organizer", "Organizing Committee"),
            RoleEntry(PersonEntry("Bo Li"), "organizer", "Organizing Committee"),
        )
    )
    people, roles, _, _ = assembly._people_part(schedule, home, (), table=PACKAGE)
    assert [(p.person_id, p.name, p.affiliations, p.anchor) for p in people] == [
        ("azalia-mirhoseni", "Azalia Mirhoseini", ("Stanford",), "azalia_bio"),  # the row's id, her heading's name
        ("neeraja-yadwakar", "Neeraja Yadwakar", (), ""),
        ("bo-li", "Bo Li", (), ""),
    ]
    assert [(r.person_id, r.role) for r in roles] == [
        ("azalia-mirhoseni", "keynote"),
        ("azalia-mirhoseni", "organizer"),
        ("bo-li", "organizer"),
    ]


def test_a_speaker_named_by_another_spelling_of_their_name_keeps_their_slots_id() -> None:
    # ISCA 2019's 2:30 PM row: "<b>Summer Deng (Facebook)</b>" (no kind: the section's block
    # "<h4>Zhaoxia (Summer) Deng - Facebook</h4>" is not read as her role), then from a35d21f ("updated summer
    # abstract") "<i>Speaker</i>: Summer Deng - Facebook" with the talk's title, her block her role: she is
    # named by its heading, a spelling the alias table joins to the row's but no close one. The slot changed
    # too; the same speaker in it keeps its id, as the person keeps hers.
    day = dt.datetime(2019, 6, 23, 14, 30)
    workshop = Workshop("isca2019", "I", "ISCA 2019", "", "", "", "", day.date(), "", "UTC", "")
    row = Slot("summer-deng", day, None, False, "other", "", "", "", "", ("summer-deng",), "Summer Deng (Facebook)")
    before = Release("a", day, workshop, (row,), people=(Person("summer-deng", "Summer Deng", ("Facebook",)),))
    title = "Deep Learning Acceleration via Low Precision Computing"
    talk = Slot("speaker-summer-deng", day, None, False, "invited", "Speaker", title, title, "", ("summer-deng",))
    heading = Person("summer-deng", "Zhaoxia (Summer) Deng", ("Facebook",))
    after = Release("b", day, workshop, (talk,), people=(heading,))
    slot_ids, _, person_ids = release_ids._carry_maps(before, after, PACKAGE)
    assert (slot_ids["speaker-summer-deng"], person_ids["summer-deng"]) == ("summer-deng", "summer-deng")


def _scheduled_pages(venue: object) -> Pages:
    """NeurIPS 2024's pages with a one-slot schedule that gives no venue, Ana Kim invited on the
    home page, whose front matter gives ``venue``."""
    day = dt.datetime(2024, 12, 14, 9)
    workshop = Workshop("neurips2024", "N", "NeurIPS 2024", "", "", "", "", day.date(), "", "UTC", "")
    slot = Slot("s", day, None, False, "invited", "Invited Talk", "Caches", "Caches", "", ("ana-kim",), "")
    schedule = Release("", EPOCH, workshop, (slot,), people=(Person("ana-kim", "Ana Kim"),))
    home = HomePage(roles=(RoleEntry(PersonEntry("Ana Kim", ("MIT",)), "invited"),))
    return Pages("neurips2024", table=PACKAGE, schedule=schedule, home=home, home_front=("index.md", {"venue": venue}))


def test_an_assembly_of_pages_equal_to_the_editions_last_is_the_last_one() -> None:
    # assembly.assembled: pages whose records are equal to the edition's last assembled ones
    # (other objects: a page version that changed elsewhere) give the last release; a home page
    # front matter that differs, even where Python finds its values equal (1 and 1.0), does not.
    pages = _scheduled_pages(1)
    home, schedule = pages.home, pages.schedule
    assert home is not None and schedule is not None
    parsed = Parsed(PACKAGE)
    first = assembly.assembled("neurips2024", pages, parsed)
    assert first is not None and first.workshop.venue == "1"
    pages.home, pages.schedule = HomePage(roles=home.roles), dataclasses.replace(schedule)
    assert assembly.assembled("neurips2024", pages, parsed) is first
    pages.home, pages.home_front = HomePage(roles=home.roles), ("index.md", {"venue": 1.0})  # a new version
    other = assembly.assembled("neurips2024", pages, parsed)
    assert other is not None and other.workshop.venue == "1.0"
    assert other == assemble("neurips2024", pages, "", EPOCH)


def test_an_unscheduled_assembly_is_remembered_for_the_same_pages_and_front_matter() -> None:
    # assembly.assembled with no schedule (the home page's facts): the same page objects and a
    # front matter of the same repr (a dictionary made anew, as each reading of the page makes
    # it) give the release assembled before, even after another assembly in between (the second
    # reading of the history meets them again); a front matter that differs gives its own.
    home = HomePage(roles=(RoleEntry(PersonEntry("Ana Kim", ("MIT",)), "organizer"),))
    front = ("index.md", {"series": "ML for Systems", "date": dt.date(2024, 12, 14), "venue": "Hall A"})
    pages = Pages("neurips2024", table=PACKAGE, home=home, home_front=front)
    parsed = Parsed(PACKAGE)
    first = assembly.assembled("neurips2024", pages, parsed)
    assert first is not None and first.slots == () and first.workshop.venue == "Hall A"
    assert [p.name for p in first.people] == ["Ana Kim"]
    pages.home_front = ("index.md", {**front[1], "venue": "Hall B"})
    second = assembly.assembled("neurips2024", pages, parsed)
    assert second is not None and second.workshop.venue == "Hall B"
    pages.home_front = ("index.md", dict(front[1]))
    assert assembly.assembled("neurips2024", pages, parsed) is first
    pages.home = HomePage(roles=(RoleEntry(PersonEntry("Bo Li"), "organizer"),))  # another page version
    third = assembly.assembled("neurips2024", pages, parsed)
    assert third is not None and [p.name for p in third.people] == ["Bo Li"]
    assert third == assemble("neurips2024", pages, "", EPOCH)


def test_a_scheduled_assembly_follows_the_home_front_matter_alone() -> None:
    # assembly.assembled with a schedule: the home page's front matter gives the venue where the
    # schedule does not, and a version of index.md whose front matter alone changed has the same
    # parsed objects (its body read once: siteimport.home's memo); the new venue must show.
    pages = _scheduled_pages("Hall A")
    parsed = Parsed(PACKAGE)
    first = assembly.assembled("neurips2024", pages, parsed)
    assert first is not None and first.workshop.venue == "Hall A"
    pages.home_front = ("index.md", {"venue": "Hall B"})  # the same page objects
    second = assembly.assembled("neurips2024", pages, parsed)
    assert second is not None and second.workshop.venue == "Hall B"
    pages.home_front = ("index.md", {"venue": "Hall A"})
    assert assembly.assembled("neurips2024", pages, parsed) is first


def test_the_home_pages_venue_and_a_corrected_description_are_as_the_site_shows_them() -> None:
    # The home page's venue was its YAML value with character references read and nothing else:
    # a block scalar ("venue: |") kept its line breaks, which the site shows as spaces (the
    # schedule page's venue and every title were folded so: importer.workshop.front_text); and
    # Pages.settle recorded a correction's original as the raw site_description ("&amp;", a
    # line break), not as the page printed it. No page of the site's history has either.
    front = yaml.safe_load("venue: |\n  Hall A &amp;\n  Room 3\n")
    pages = _scheduled_pages(front["venue"])
    release = assembly.assembled("neurips2024", pages, Parsed(PACKAGE))
    assert release is not None and release.workshop.venue == "Hall A & Room 3"
    text = (
        "site_description: |\n  Workshop on ML for Systems at NeurIPS 2019,\n  December 13th or 14th, Hall A &amp; B\n"
    )
    home = Pages(
        "neurips2019", table=PACKAGE, home_front=("index.md", {"series": "ML for Systems", **yaml.safe_load(text)})
    )
    unscheduled = home.unscheduled()
    assert unscheduled is not None
    (correction,) = unscheduled.corrections
    assert (correction.field, correction.printed, correction.value) == (
        "date",
        "Workshop on ML for Systems at NeurIPS 2019, December 13th or 14th, Hall A & B",
        "2019-12-14",
    )
    assert unscheduled.workshop.venue == "Hall A & B"

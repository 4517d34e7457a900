"""Which role holds the abstract of a slot's talk (:meth:`workshop_data.model.Release.abstract_role`),
on the shipped data: the schedule's "· Abstract" link to the home page and the exports' links
inside an abstract both follow it; and, by the same rule, which holds the title of a talk whose
slot prints none (:meth:`~workshop_data.model.Release.talk_title_role`), which the schedule's
speakers list shows."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import workshop_data as wd
from workshop_data.model import Release, Role, Slot


def holders(release: Release) -> dict[str, tuple[int, str]]:
    """slot id -> (order, person id) of the role holding its talk's abstract, for the slots that have one."""
    return {slot_id: (role.order, role.person_id) for slot_id, role in found(release, release.abstract_role).items()}


def found(release: Release, find: Callable[[Slot], Role | None]) -> dict[str, Role]:
    """slot id -> the role ``find`` finds for it, for the slots it finds one for."""
    return {slot.slot_id: role for slot in release.slots if (role := find(slot)) is not None}


def test_neurips_2022s_four_talks_each_find_their_speakers_abstract() -> None:
    """NeurIPS 2022's schedule prints no talk titles ("Invited Speaker 1: Jeff Dean"), and its home
    page gives four of the five talks an abstract (Dawn Song's none): a slot and the role holding
    its abstract share no title, so no slot found one, and its schedule linked no abstract.

    What ties them in the data is the person: each of those slots is given by one speaker, who
    gives no other slot of the day and holds one role with an abstract. The kinds do not tie them
    (Jeff Dean's role is the home page's keynote, his slot the schedule's "Invited Speaker 1")."""
    release = wd.load_release("neurips2022")
    assert holders(release) == {
        "invited-speaker-5-jeff-dean": (1, "jeff-dean"),
        "invited-speaker-2-steve-keckler": (3, "stephen-keckler"),
        "invited-speaker-3-newsha-ardalani": (4, "newsha-ardalani"),
        "invited-speaker-4-riyadh-baghdadi": (5, "riyadh-baghdadi"),
    }
    jeff = next(r for r in release.roles if r.order == 1)
    assert (jeff.role, jeff.talk_title) == ("keynote", "")  # found by the person, not by kind or title
    assert not [s for s in release.slots if "dawn-song" in s.speakers and release.abstract_role(s)]


KECKLER = "invited-speaker-2-steve-keckler"


def keckler_made_ambiguous(release: Release, talk: dict[str, str], title: str) -> dict[str, Release]:
    """NeurIPS 2022's ``release`` changed so that Steve Keckler's slot could be two talks, by
    why: a second role of his (a panelist's, with ``talk``'s fields), a second slot of his, a
    co-speaker, or his slot printing ``title`` of its own."""
    keckler = next(s for s in release.slots if s.slot_id == KECKLER)
    his = next(r for r in release.roles if r.person_id == "stephen-keckler")
    other: Role = dataclasses.replace(his, order=99, role="panelist", **talk)
    second: Slot = dataclasses.replace(keckler, slot_id="keckler-again", label="Invited Speaker 6")
    together: Slot = dataclasses.replace(keckler, speakers=("stephen-keckler", "newsha-ardalani"))
    retitled: Slot = dataclasses.replace(keckler, title=title)

    def instead(slot: Slot) -> tuple[Slot, ...]:
        return tuple(slot if s is keckler else s for s in release.slots)

    return {
        "a second role": dataclasses.replace(release, roles=(*release.roles, other)),
        "a second slot": dataclasses.replace(release, slots=(*release.slots, second)),
        "a co-speaker": dataclasses.replace(release, slots=instead(together)),
        "a title of its own": dataclasses.replace(release, slots=instead(retitled)),
    }


def test_a_slot_whose_speaker_could_hold_two_abstracts_links_none() -> None:
    """No guess: where two roles could hold a slot's abstract, the slot has none. Keckler given a
    second role with an abstract (two talks of his to choose from), a second slot (which of the
    two is the talk of that abstract?), a co-speaker with an abstract of their own, or the slot a
    title of another talk than his: each time his slot links no abstract, and the others keep theirs."""
    release = wd.load_release("neurips2022")
    changed = keckler_made_ambiguous(
        release, {"talk_title": "", "talk_abstract": "Another talk."}, "Another Talk Than His"
    )
    for why, changed_release in changed.items():
        found = holders(changed_release)
        assert KECKLER not in found, why
        assert found["invited-speaker-5-jeff-dean"] == (1, "jeff-dean"), why


def test_a_slot_repeating_a_talk_finds_the_same_abstract() -> None:
    """A slot that gives an earlier slot's program again (NeurIPS 2020's "Run 2 (repeated)") is
    the same talk, not a second one of the speaker: both find its abstract."""
    release = wd.load_release("neurips2022")
    keckler = next(s for s in release.slots if s.slot_id == "invited-speaker-2-steve-keckler")
    again: Slot = dataclasses.replace(keckler, slot_id="keckler-run-2", repeats=keckler.slot_id)
    found = holders(dataclasses.replace(release, slots=(*release.slots, again)))
    assert found["keckler-run-2"] == found[keckler.slot_id] == (3, "stephen-keckler")


def test_a_titled_talk_still_finds_its_abstract_by_title_and_a_panel_none() -> None:
    """The rule before it stands: NeurIPS 2018's slots, each titled as its speaker's role, find
    those roles (Eric Schkufza's "A Crash Course in Stochastic Program Optimization" his), and
    no other: its panel of four (two of them with an abstract of their own talk) finds none."""
    assert holders(wd.load_release("neurips2018")) == {
        "invited-speaker-2": (5, "eric-schkufza"),
        "invited-speaker-4": (2, "song-han"),
        "invited-speaker-3": (4, "partha-ranganathan"),
        "invited-speaker-3-neeraja-j-yadwadkar": (6, "neeraja-yadwadkar"),
        "invited-speaker-5": (3, "sanjay-krishnan"),
    }


def titles(release: Release) -> dict[str, tuple[int, str]]:
    """slot id -> (order, talk title) of the role naming its untitled talk, for the slots that have one."""
    return {slot_id: (role.order, role.talk_title) for slot_id, role in found(release, release.talk_title_role).items()}


def test_neurips_2022s_untitled_slot_of_steve_keckler_finds_his_roles_title() -> None:
    """NeurIPS 2022's schedule printed no talk titles ("Invited Speaker 3: Steve Keckler"), and
    its home page gave one of its five talks a title, his role's "Applying ML to Practical System
    Design": the schedule's speakers list showed none. By the person, as the abstract is found
    (one speaker alone, of no other slot, with one role holding a title), his slot finds it; the
    other four talks' roles hold no title (Jeff Dean's keynote role neither), and find none."""
    release = wd.load_release("neurips2022")
    assert titles(release) == {"invited-speaker-2-steve-keckler": (3, "Applying ML to Practical System Design")}
    untitled = [r.person_id for r in release.roles if r.role in ("keynote", "invited") and not r.talk_title]
    assert untitled == ["jeff-dean", "dawn-song", "newsha-ardalani", "riyadh-baghdadi"]


def test_a_slot_whose_speaker_could_hold_two_titles_finds_none() -> None:
    """No guess: a second role of his with a title (which of his two talks?), a second slot of his
    (which one is that talk?), a co-speaker, or a title the slot prints of its own (the page's
    title stands): each time his slot finds no role's title."""
    release = wd.load_release("neurips2022")
    changed = keckler_made_ambiguous(release, {"talk_title": "Another Talk", "talk_abstract": ""}, "Its Own Title")
    for why, changed_release in changed.items():
        assert titles(changed_release) == {}, why
    keckler = next(s for s in release.slots if s.slot_id == KECKLER)
    again: Slot = dataclasses.replace(keckler, slot_id="keckler-run-2", repeats=KECKLER)
    repeated = titles(dataclasses.replace(release, slots=(*release.slots, again)))  # the same talk again
    assert repeated["keckler-run-2"] == repeated[KECKLER] == (3, "Applying ML to Practical System Design")


def test_every_untitled_slot_that_finds_a_roles_title() -> None:
    """Across every edition's latest release, the untitled slots that find a role's title:
    NeurIPS 2022's Steve Keckler, and NeurIPS 2023's Chris Lattner and Atlas Wang, whose old
    schedule rows ("Keynote Speaker: Chris Lattner") linked to the talk's title and abstract under
    the table (``#lattner_talk``); no titled slot (its title is the page's)."""
    found = {name: titles(wd.load_release(name)) for name in wd.editions()["edition"]}
    assert {name: t for name, t in found.items() if t} == {
        "neurips2022": {"invited-speaker-2-steve-keckler": (3, "Applying ML to Practical System Design")},
        "neurips2023": {
            "keynote-speaker-chris-lattner": (1, "Programming Languages Challenges in Large Scale Machine Learning"),
            "invited-speaker-atlas-wang": (3, "Efficient Generative Inference with Heavy Hitters and Beyond"),
        },
    }

"""The changes in the words of the site's changelog, written for people
(:func:`workshop_data.changes.visitor_words`, :func:`~workshop_data.changes.for_visitors`): what
the command line and the DataFrames keep in full (every address, the old pages' anchors) is said
so that a visitor can read it, on the shipped history's own changes."""

from __future__ import annotations

import dataclasses

from workshop_data import store
from workshop_data.changes import (
    Change,
    compare,
    describe,
    for_visitors,
    left_out_sentence,
    phrase,
    steps,
    visitor_words,
)
from workshop_data.model import Release
from workshop_data.validation import read_release
from workshop_data.words import Linked


def history(edition: str) -> list[tuple[Change, Release, Release]]:
    """Every change of the edition's shipped releases, each with the two releases it is between."""
    root = store.data_dir(None)
    releases = [read_release(store.release_path(edition, name, root)) for name in store.release_names(edition, root)]
    return [(c, s.before, s.after) for s in steps(releases) for c in s.changes]


def person_change(edition: str, name: str, field: str, new: str) -> tuple[Change, Release, Release]:
    """The change of ``name``'s ``field`` to a value that ends with ``new``."""
    return next(
        (c, a, b)
        for c, a, b in history(edition)
        if c.change == "person_changed"
        and c.field == field
        and b.person(c.person_id).name == name
        and "; ".join(c.new if isinstance(c.new, tuple) else (str(c.new or ""),)).endswith(new)
    )


def test_a_photos_change_says_photo_changed_linked_to_the_new_photo() -> None:
    """NeurIPS 2024's "Natasha Jacques: photo: https://mlforsystems.org/assets/images/speakers/
    jacques.jpeg → https://…/jacques.jpg": two addresses a visitor cannot read."""
    change, old, new = person_change("neurips2024", "Natasha Jacques", "photo_url", "jacques.jpg")
    url = "https://mlforsystems.org/assets/images/speakers/jacques.jpg"
    assert visitor_words(change, old, new) == ["Natasha Jacques: ", Linked("photo", url), " changed"]
    # the command line's diff keeps both addresses
    assert describe(change, old, new) == (
        "Natasha Jacques: photo: https://mlforsystems.org/assets/images/speakers/jacques.jpeg → " + url
    )
    added, old, new = person_change("neurips2024", "Richard Ho", "photo_url", "richard_ho.jpg")
    assert visitor_words(added, old, new)[1:] == [
        Linked("photo", "https://mlforsystems.org/assets/images/speakers/richard_ho.jpg"),
        " added",
    ]


def test_a_profile_links_change_names_each_link_added_or_removed_by_its_address() -> None:
    """ISCA 2019's "Amir Yazdanbakhsh: links: https://www.cc.gatech.edu/~ayazdanb/ →
    https://twitter.com/ayazdanb"."""
    change, old, new = person_change("isca2019", "Amir Yazdanbakhsh", "links", "twitter.com/ayazdanb")
    words = visitor_words(change, old, new)
    assert words == [
        "Amir Yazdanbakhsh: ",
        "profile link added: ",
        Linked("twitter.com/ayazdanb", "https://twitter.com/ayazdanb"),
        "; ",
        "profile link removed: ",
        Linked("www.cc.gatech.edu/~ayazdanb", "https://www.cc.gatech.edu/~ayazdanb/"),
    ]
    assert "https://" not in "".join(w for w in words if isinstance(w, str))


def test_the_words_shown_for_a_profile_link_are_said_link_by_link() -> None:
    """NeurIPS 2023's changelog read "Bryan Perozzi: profile links' words: none → @phanein" (the
    schema's label) and "Phitchaya Mangpo Phothilimthana: profile links' words: LinkedIn →
    LinkedIn; LinkedIn". Each link whose words changed is named by its address, linked, with the
    words the page shows for it; the command line's diff keeps the schema's label."""
    found = {
        new.person(c.person_id).name: (c, old, new)
        for edition in ("neurips2023", "neurips2019")
        for c, old, new in history(edition)
        if c.field == "link_labels"
    }
    change, old, new = found["Bryan Perozzi"]
    assert visitor_words(change, old, new) == [
        "Bryan Perozzi: ",
        "profile link ",
        Linked("twitter.com/phanein", "https://twitter.com/phanein"),
        " shown as “@phanein”",
    ]
    assert describe(change, old, new) == "Bryan Perozzi: profile links' words: none → @phanein"
    change, old, new = found["Phitchaya Mangpo Phothilimthana"]
    page = "https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana-64415b82"
    assert visitor_words(change, old, new)[1:] == ["profile link ", Linked(page[8:], page), " shown as “LinkedIn”"]
    change, old, new = found["Xinlei Xu"]  # a link replaced: the new one's words, the old one's gone
    assert visitor_words(change, old, new)[1:] == [
        "profile link ",
        Linked("twitter.com/MimeeXu", "https://twitter.com/MimeeXu"),
        " shown as “@MimeeXu”",
        "; ",
        "profile link ",
        Linked("twitter.com/xxu", "https://twitter.com/xxu"),
        " no longer shown as “@xxu?”",
    ]
    renamed = dataclasses.replace(change, old=("@MimeeX",))  # the same link, other words
    before = dataclasses.replace(
        old,
        people=tuple(
            dataclasses.replace(p, links=("https://twitter.com/MimeeXu",), link_labels=("@MimeeX",))
            if p.person_id == change.person_id
            else p
            for p in old.people
        ),
    )
    assert visitor_words(renamed, before, new)[1:] == [
        "profile link ",
        Linked("twitter.com/MimeeXu", "https://twitter.com/MimeeXu"),
        " shown as “@MimeeXu” (was “@MimeeX”)",
    ]


def test_a_role_gained_or_lost_is_named_as_the_site_names_it() -> None:
    """ISCA 2019's 2019-06-23.1653 read "David Patterson: no longer invited", "… now keynote" and
    NeurIPS 2023's "Anna Goldie: now committee": the data's words. The changelog names a role as
    a person's page does (:func:`~workshop_data.words.role_label`): a speaker's by what they
    were, a committee member's by the committee. The command line keeps the data's words."""
    said = {
        "".join(map(str, visitor_words(c, old, new))): describe(c, old, new)
        for c, old, new in history("isca2019")
        if c.change in ("role_added", "role_removed") and new.name == "2019-06-23.1653"
    }
    assert said["David Patterson: role removed: Invited speaker"] == "David Patterson: no longer invited"
    assert said["David Patterson: role added: Keynote speaker"] == "David Patterson: now keynote"
    committees = {
        "".join(map(str, visitor_words(c, old, new))).partition(": ")[2]
        for edition in store.edition_names()
        for c, old, new in history(edition)
        if c.change == "role_added" and c.field in ("committee", "organizer", "steering")
    }
    assert {"role added: Program Committee", "role added: Organizing Committee"} <= committees
    assert not [s for s in committees if s.endswith(("committee", "organizer", "steering"))]


def test_a_change_of_the_links_printed_with_a_role_names_each_by_its_address() -> None:
    """NeurIPS 2023's "Phitchaya Mangpo Phothilimthana: links printed with the role: none →
    “https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana-64415b82”": a raw URL, and
    "none" where the line printed her own LinkedIn page (a role with no links of its own prints
    the person's). Said as her profile links are: what the line printed, added and removed."""
    change = next(c for c, _, _ in history("neurips2023") if c.change == "role_changed" and c.field == "links")
    old, new = next((a, b) for c, a, b in history("neurips2023") if c == change)
    page = "https://www.linkedin.com/in/phitchaya-mangpo-phothilimthana"
    assert visitor_words(change, old, new) == [
        "Phitchaya Mangpo Phothilimthana: ",
        "link printed with the role added: ",
        Linked("www.linkedin.com/in/phitchaya-mangpo-phothilimthana-64415b82", page + "-64415b82"),
        "; ",
        "link printed with the role removed: ",
        Linked("www.linkedin.com/in/phitchaya-mangpo-phothilimthana", page),
    ]


def test_no_change_prints_a_raw_address_in_the_changelog() -> None:
    """Every change of every shipped edition in the changelog's words: an address is linked words
    (a paper's PDF "PDF link changed", a material "slides linked: mlforsystems.org/…"), never
    printed. ISCA 2019's 127 "PDF link: “https://…/Ajay_Jain.pdf” → “https://…/Charith_Mendis.pdf”"
    and NeurIPS 2022's "poster linked: https://mlforsystems.org/media/PosterPDFs/…" printed them."""
    checked = 0
    for edition in store.edition_names():
        for change, old, new in history(edition):
            words = visitor_words(change, old, new)
            text = "".join(w for w in words if isinstance(w, str))
            assert "://" not in text, (edition, text)
            checked += sum(isinstance(w, Linked) for w in words)
    assert checked >= 220


def test_a_papers_pdf_and_a_slots_material_are_linked_words() -> None:
    """A paper's PDF is said as a photo is ("PDF link changed", linked to the new one); a
    material or a paper's other link keeps the command line's words, its address linked."""
    found = {
        (c.change, c.field): (c, a, b)
        for c, a, b in history("isca2019")
        if c.change in ("paper_changed", "material_added", "material_removed")
    }
    change, old, new = found["paper_changed", "pdf_url"]
    words = visitor_words(change, old, new)
    assert words[1:] == [Linked("PDF link", str(change.new)), " changed"]
    assert str(words[0]).startswith("paper “") and str(words[0]).endswith("”: ")
    change, old, new = found["material_added", "slides"]
    url = str(change.new)
    assert phrase(change, old, new) == ["slides linked: ", url]
    assert visitor_words(change, old, new) == ["slides linked: ", Linked(url.split("://", 1)[1], url)]


def test_phrase_gives_the_address_a_change_is_about_as_a_part() -> None:
    """A material's, a paper's other link's and a text link's address is a part of
    :func:`~workshop_data.changes.phrase`'s words, shown as its ``address`` argument says: printed
    for the command line, linked for the changelog, the other words the same. The changelog had
    cut the address off the end of the command line's one string (``endswith(url)``), a second
    mechanism beside the text links' own."""
    checked = 0
    for edition in store.edition_names():
        for change, old, new in history(edition):
            if not change.change.startswith(("material_", "paper_link_")):
                continue
            url = str(change.new or change.old)
            printed = phrase(change, old, new)
            assert printed[-1] == url and "://" not in "".join(map(str, printed[:-1])), printed
            assert phrase(change, old, new, lambda u: Linked("it", u)) == [*printed[:-1], Linked("it", url)]
            checked += 1
    assert checked >= 50


def test_a_link_in_a_bio_or_an_abstract_is_named_by_its_address() -> None:
    """A link of the words of a bio or a talk's abstract: the command line's "Natasha Jaques: bio:
    “Social RL Lab” no longer linked: https://socialrl.cs.washington.edu/", the address linked.
    (test_diff's test_a_link_inside_natasha_jaques_unchanged_bio_that_went_is_a_change.)"""
    old = store.read_edition("neurips2024").release("2024-12-08.0343")
    new = dataclasses.replace(old, text_links=())
    change = next(c for c in compare(old, new) if c.person_id == "natasha-jacques")
    url = "https://socialrl.cs.washington.edu/"
    assert visitor_words(change, old, new) == [
        "Natasha Jaques: bio: “Social RL Lab” no longer linked: ",
        Linked("socialrl.cs.washington.edu", url),
    ]
    moved = dataclasses.replace(change, old=change.old, new=("Social RL", "https://b.example/lab"))
    assert visitor_words(moved, old, new) == [
        "Natasha Jaques: bio: link “Social RL Lab” (",
        Linked("socialrl.cs.washington.edu", url),
        ") → “Social RL” (",
        Linked("b.example/lab", "https://b.example/lab"),
        ")",
    ]
    assert describe(moved, old, new) == (
        f"Natasha Jaques: bio: link “Social RL Lab” ({url}) → “Social RL” (https://b.example/lab)"
    )


def test_the_old_pages_anchors_are_left_out_and_counted() -> None:
    """NeurIPS 2024's "Natasha Jaques: old page's anchor for the speaker's talk: jacques_talk →
    jaques_talk": no page shows an anchor; the diff lists it, the changelog says how many."""
    everything = [c for c, _, _ in history("neurips2024")]
    anchors = [c for c in everything if c.field == "anchor"]
    assert len(anchors) >= 4
    shown, left = for_visitors(everything)
    assert left == anchors and shown == [c for c in everything if c.field != "anchor"]
    assert left_out_sentence(anchors[:1]) == (
        "Also changed: where 1 link into the old site's pages lands (workshop-data diff lists it)."
    )
    assert left_out_sentence(anchors[:2]) == (
        "Also changed: where 2 links into the old site's pages land (workshop-data diff lists them)."
    )
    assert left_out_sentence([]) == ""


#: The role changes the site words as it names roles elsewhere (the tests above, test_changelog).
ROLE_WORDED = ("role_added", "role_removed", "role_reordered")


def test_other_changes_read_as_the_command_lines() -> None:
    """Every other change of an edition is worded as :func:`~workshop_data.changes.phrase` words it
    for the command line."""
    checked = 0
    for change, old, new in history("neurips2022"):
        if any("://" in str(v) for v in (change.old, change.new)) or change.change in ROLE_WORDED:
            continue  # an address: linked words; a role: as the site names it (the tests above, test_changelog)
        assert visitor_words(change, old, new) == phrase(change, old, new), change
        checked += 1
    assert checked >= 50

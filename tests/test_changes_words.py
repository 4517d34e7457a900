"""The changes in the words of the site's changelog, written for people
(:func:`workshop_data.changes.visitor_words`, :func:`~workshop_data.changes.for_visitors`): what
the command line and the DataFrames keep in full (every address, the old pages' anchors) is said
so that a visitor can read it, on the shipped history's own changes."""

from __future__ import annotations

from workshop_data import store
from workshop_data.changes import Change, describe, for_visitors, left_out_sentence, phrase, steps, visitor_words
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


def test_other_changes_read_as_the_command_lines() -> None:
    """Every other change of an edition is worded as :func:`~workshop_data.changes.phrase` words it
    for the command line."""
    checked = 0
    for change, old, new in history("neurips2022"):
        if change.change == "person_changed" and change.field in ("photo_url", "links"):
            continue
        assert visitor_words(change, old, new) == phrase(change, old, new), change
        checked += 1
    assert checked >= 50

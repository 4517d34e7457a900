"""Everyone across the editions: ``workshop-person`` (one person's page) and ``workshop-people``
(the index of everyone: a section per first letter, a labelled row of links to them above; the
editions all of one series, each line names its events by conference, the series said once).

A person has one id across editions (the import matches them), so their page gathers, newest
edition first, what they did: speaker or committee roles (linked to the edition's home), the
slots and talks they gave (linked to the schedule's row) and the papers they wrote (linked to
the paper on the accepted papers page). Their photo, affiliations, bio and links are the newest
edition's that gives them.

Which editions a person appears in is only known by reading every edition, so a person's page
does not depend on every release (a change in one edition would rewrite every person's page):
it records a digest of its own :class:`Profile`, recomputed in ``env-get-outdated``. A data
change rewrites the pages of the people it touches, and the index.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docutils import nodes

from ..model import TextLink, printed_words, usual_name
from ..words import DERIVED_NOTE
from . import fingerprints as fp
from .base import broken_releases, linked_paragraphs, paragraph, warn_broken
from .builders import AS_CHILDREN
from .home import SectionsDirective, affiliations_text, person_link
from .markup import during, time_range, time_unknown, to_nodes
from .pagelinks import link
from .photos import photo
from .profiles import profile_links
from .summaries import Activity, Summary, every_edition
from .timezones import venues_note


@dataclass(frozen=True)
class Profile:
    """A person across editions: the newest details given, and every activity, newest first."""

    person_id: str
    name: str
    affiliations: tuple[str, ...] = ()
    photo_url: str = ""
    bio: str = ""
    links: tuple[str, ...] = ()
    #: The words the page printed as each of ``links`` (:attr:`~workshop_data.model.Person.link_labels`).
    link_labels: tuple[str, ...] = ()
    activities: tuple[Activity, ...] = ()
    #: The links inside ``bio`` (those of the edition it was taken from), in order.
    bio_links: tuple[TextLink, ...] = ()

    @property
    def events(self) -> list[str]:
        """The events they took part in, newest first."""
        return list(dict.fromkeys(a.event for a in self.activities))

    def digest(self) -> str:
        """A digest of everything the person's page shows."""
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Everyone:
    """Everyone, by person id, and the words the people index names each event by."""

    people: dict[str, Profile]
    #: The series of every edition when they are all of one ("ML for Systems"), else "".
    series: str
    #: An event's name -> what the index shows for it: with one series, its conference
    #: ("NeurIPS 2023": "ML for Systems @" before each of them said nothing), else the name.
    shown: dict[str, str]


#: Everyone, by data directory, for the build under way: the data does not change while a
#: build runs, and every person's page (and its fingerprint check) asks. Emptied when a build
#: starts (``config-inited``).
_EVERYONE: dict[str, Everyone] = {}


def everyone(root: Path) -> Everyone:
    """Everyone in the latest release of any edition, and how the index names the events."""
    key = str(root)
    if key not in _EVERYONE:
        _EVERYONE[key] = _read_everyone(root)
    return _EVERYONE[key]


def profiles(root: Path) -> dict[str, Profile]:
    """Everyone in the latest release of any edition, by person id."""
    return everyone(root).people


def forget(app: Any = None, config: Any = None) -> None:
    """``config-inited``: a new build reads the data again."""
    _EVERYONE.clear()


def _read_everyone(root: Path) -> Everyone:
    # read once per build: a newest release that does not load is one warning, whichever page asks first
    with broken_releases(lambda warning: warn_broken(warning, "workshop-person")):
        editions = every_edition(root)
    series = {e.workshop.series for e in editions}
    one = next(iter(series)) if len(series) == 1 else ""
    shown = {
        e.workshop.event_name: (e.workshop.conference or e.name) if one else e.workshop.event_name for e in editions
    }
    return Everyone(_read_profiles(editions), one, shown)


def _read_profiles(editions: list[Summary]) -> dict[str, Profile]:
    spellings: dict[str, list[str]] = {}
    for edition in editions:
        for p in edition.people:
            spellings.setdefault(p.person_id, []).append(p.name)
    found: dict[str, Profile] = {}
    for edition in reversed(editions):  # newest first: its details win
        doing = dict(edition.activities)
        in_bio: dict[str, list[TextLink]] = {}
        for t in edition.bio_links:
            in_bio.setdefault(t.key, []).append(t)
        for p in edition.people:
            old = found.get(p.person_id) or Profile(p.person_id, usual_name(spellings[p.person_id]))
            found[p.person_id] = Profile(
                person_id=p.person_id,
                name=old.name,
                affiliations=old.affiliations or p.affiliations,
                photo_url=old.photo_url or p.photo_url,
                bio=old.bio or p.bio,
                links=old.links or p.links,
                link_labels=old.link_labels if old.links else p.link_labels,
                activities=old.activities + doing.get(p.person_id, ()),
                bio_links=old.bio_links if old.bio else tuple(in_bio.get(p.person_id, ())),
            )
    return found


def person_digest(root: str, person_id: str) -> str:
    """The digest of a person's profile and of the names its time-zone note gives its events
    (:attr:`Everyone.shown`), ``"missing"`` when nobody has that id."""
    found = everyone(Path(root))
    person = found.people.get(person_id)
    if person is None:
        return fp.MISSING
    return hashlib.sha256(repr((person.digest(), [found.shown.get(e, e) for e in person.events])).encode()).hexdigest()


def index_digest(root: str) -> str:
    """The digest of what the people index shows: names and events, as it names them."""
    found = everyone(Path(root))
    rows = sorted((p.person_id, p.name, tuple(found.shown.get(e, e) for e in p.events)) for p in found.people.values())
    return hashlib.sha256(repr((found.series, rows)).encode("utf-8")).hexdigest()


class PersonDirective(SectionsDirective):
    """A person's page: photo, affiliations, links, bio, the one time-zone note and switch of
    every time it shows (each at its edition's venue: :func:`.timezones.venues_note`), then one
    section per edition."""

    required_arguments = 1
    optional_arguments = 0

    def build(self) -> list[nodes.Node]:
        root = self.root()
        pid = str(self.arguments[0])
        self.depend(fp.key("person", str(root), pid))
        person = profiles(root).get(pid)
        if person is None:
            raise self.error(f"{self.name}: nobody has the id {pid!r} in {root}")
        about = nodes.container("", classes=["wd-person-about"])
        if person.photo_url:
            about += photo(person.photo_url, person.name)
        line: list[nodes.Node | str] = []
        if person.affiliations:
            line.append(nodes.emphasis("", affiliations_text(person.affiliations), classes=["wd-affiliation"]))
        line += profile_links(person.links, person.name, printed_words(person.links, person.link_labels))
        if line and isinstance(line[0], nodes.Text):
            line = line[1:]  # no leading " · " without an affiliation
        if line:
            about += paragraph(*line)
        about += linked_paragraphs(person.bio, person.bio_links, classes=["wd-bio"])
        out: list[nodes.Node] = [about] if len(about) else []
        firsts: dict[str, dt.datetime] = {}  # each edition's first time shown, in the page's order
        for a in person.activities:
            if a.start is not None:
                firsts.setdefault(a.event, a.start)
        if firsts:  # one note and switch for every section's times, each at its edition's venue
            shown = everyone(root).shown
            out.append(venues_note([(shown.get(e, e), first) for e, first in firsts.items()]))
        if any(a.end_derived and a.kind in ("slot", "talk") for a in person.activities):
            out.append(paragraph(DERIVED_NOTE, classes=["wd-derived-note"]))  # what the mark means
        for event in person.events:
            out.append(self.edition_section(event, [a for a in person.activities if a.event == event], person))
        return out

    def edition_section(self, event: str, done: list[Activity], person: Profile) -> nodes.section:
        """What the person did at one event; a role's affiliations as printed that year where
        they are not the newest the page heads with (Martin Maas: "Google" on NeurIPS 2020's
        program committee, "Google Brain" as its organizer, "Google DeepMind" now)."""
        section = nodes.section("", ids=[nodes.make_id(f"at-{done[0].edition}")])
        section += nodes.title("", "", link(f"{done[0].edition}/index", event))
        slots = _slots_of_roles(done)
        items = nodes.bullet_list("", classes=["wd-activities"])
        for a in done:
            if a in slots.values():
                continue  # on its role's line
            item = paragraph(link(a.page, a.what, anchor=a.anchor))
            if a.affiliations and a.affiliations != person.affiliations:
                item += nodes.Text(" (")
                item += nodes.emphasis("", affiliations_text(a.affiliations), classes=["wd-affiliation"])
                item += nodes.Text(")")
            title = a.title or (slots[a].title if a in slots else "")
            if title:
                item += nodes.Text(": ")
                item += nodes.inline("", title, classes=["wd-title"])
            if a in slots:
                slot = slots[a]
                item += nodes.Text(" · ")
                item += link(slot.page, f"{slot.what} in the schedule", anchor=slot.anchor)
            given = slots.get(a, a)
            if given.kind in ("slot", "talk"):
                item += nodes.Text(" · ")
                item += link(given.page, *when_nodes(given), anchor=given.anchor, classes=("wd-when",))
            items += nodes.list_item("", item)
        section += items
        return section


def when_nodes(given: Activity) -> list[nodes.Node | str]:
    """A slot's or talk's day and time as the schedule shows them, in the venue's zone and
    switchable (``<time>``): ``Sat 08 Dec 16:25–16:50``, the end dated where it is another
    day, ``from Sun 15 Dec 16:00`` where the data does not know the end (the one rendering of a
    range: :func:`~.markup.time_range`); ``time unknown`` where it does not know the start (the
    site's word for it: :func:`~.markup.unknown_time`); a talk of a block that
    the data gives no time of its own, its block's as :func:`~.markup.during` words it
    (``during Sun 15 Dec 10:40–12:00``), not as the talk's."""
    if given.start is None:
        return to_nodes(time_unknown())
    if given.during:
        return to_nodes(during(given.start, given.end, dated=True, derived=given.end_derived))
    return to_nodes(time_range(given.start, given.end, dated=True, derived=given.end_derived))


def _slots_of_roles(done: list[Activity]) -> dict[Activity, Activity]:
    """A speaker's role (the edition's home page) -> the schedule's slot of the same talk, by its
    title printed alike on both: one line for the talk with both links, not the title twice
    (NeurIPS 2025's "Keynote speaker: Self-improving AI…" and "Keynote: Self-improving AI…").
    A role the home page gives no talk title is the person's one slot of its kind, where they
    give exactly one (NeurIPS 2018's "Keynote Speaker" Jeff Dean, whose keynote the schedule
    titles: his page had "Keynote speaker" and "Keynote Speaker: Machine Learning for Systems"
    as two lines for one talk); a slot of another kind is not it (his invited talk of 2019 under
    a keynote role: the site printed both)."""
    roles = {a.title: a for a in reversed(done) if a.title and a.kind == "role"}
    out: dict[Activity, Activity] = {}
    for a in done:
        role = roles.get(a.title) if a.kind in ("slot", "talk") else None
        if role is not None and role not in out:
            out[role] = a
    for role in (a for a in done if a.kind == "role" and not a.title and a.sort):
        alike = [a for a in done if a.kind == "slot" and a.sort == role.sort]
        if len(alike) == 1 and alike[0] not in out.values():
            out[role] = alike[0]
    return out


#: The heading of the names that begin with no letter of A to Z (a digit, a sign).
OTHER = "#"


#: Latin letters that Unicode does not decompose into a letter and an accent, as plain letters.
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


def folded(name: str) -> str:
    """``name`` as the people index sorts it: in lower case, without accents ("emilie" for
    "Émilie", between "Emil" and "Emily", not after "Zhang"; "lukasz" for "Łukasz")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name.strip()) if not unicodedata.combining(c))
    return bare.casefold().translate(_PLAIN)


def initial(name: str) -> str:
    """The letter ``name`` is listed under in the people index: its first letter, upper case and
    without accents ("Émilie" under E, "sathya" under S), else :data:`OTHER`."""
    first = folded(name)[:1].upper()
    return first if "A" <= first <= "Z" else OTHER


def letter_heading(letter: str) -> str:
    """A letter's heading in the people index, and its link's text: the letter, or "Other"."""
    return "Other" if letter == OTHER else letter


def letter_id(letter: str) -> str:
    """The id of a letter's section of the people index: ``letter-a``, ``letter-other``."""
    return f"letter-{'other' if letter == OTHER else letter.lower()}"


class wd_nav(nodes.General, nodes.Element):  # type: ignore[misc]
    """A ``<nav>`` element named by its ``label`` (``aria-label``)."""


def visit_nav_html(self: Any, node: wd_nav) -> None:
    """HTML: opens the ``<nav>`` element, named."""
    self.body.append(self.starttag(node, "nav", "", **{"aria-label": node["label"]}))


def depart_nav_html(self: Any, node: wd_nav) -> None:
    """HTML: closes the ``</nav>`` element."""
    self.body.append("</nav>\n")


class PeopleDirective(SectionsDirective):
    """Everyone, by name, with the events they took part in: a section per letter, and a row of
    links to the letters above (722 people in one list were some 23,000 px at 1280 px, with no
    way to the middle of it but scrolling)."""

    optional_arguments = 0

    def build(self) -> list[nodes.Node]:
        root = self.root()
        self.depend(fp.key("people", str(root)))
        found = everyone(root)
        people = sorted(found.people.values(), key=lambda p: (initial(p.name) == OTHER, folded(p.name), p.person_id))
        n = len(people)
        words = f"{n} {'person' if n == 1 else 'people'}: speakers, organizers and authors of every edition"
        out: list[nodes.Node] = [paragraph(f"{words} of {found.series}." if found.series else f"{words}.")]
        letters: dict[str, list[Profile]] = {}
        for p in people:
            letters.setdefault(initial(p.name), []).append(p)
        row = nodes.bullet_list("", classes=["wd-letters"])
        for letter in letters:
            row += nodes.list_item("", paragraph(nodes.reference("", letter_heading(letter), refid=letter_id(letter))))
        out.append(wd_nav("", row, label="People by the first letter of their name", classes=["wd-letters"]))
        for letter, group in letters.items():
            section = nodes.section("", ids=[letter_id(letter)], classes=["wd-letter"])
            self.state.document.ids[letter_id(letter)] = section
            section += nodes.title("", letter_heading(letter))
            items = nodes.bullet_list("", classes=["wd-people"])
            for p in group:
                events = ", ".join(found.shown.get(e, e) for e in p.events)
                items += nodes.list_item("", paragraph(person_link(p.person_id, p.name), f" — {events}"))
            section += items
            out.append(section)
        return out


def setup_people(app: Any) -> None:
    """Register the directives and the digests their pages record."""
    app.connect("config-inited", forget)
    fp.DIGESTS.setdefault("person", person_digest)
    fp.DIGESTS.setdefault("people", index_digest)
    app.add_node(wd_nav, html=(visit_nav_html, depart_nav_html), **AS_CHILDREN)
    app.add_directive("workshop-person", PersonDirective)
    app.add_directive("workshop-people", PeopleDirective)


__all__ = ["Activity", "Everyone", "Profile", "everyone", "initial", "profiles", "setup_people"]

"""What a schedule page does not say, kept from the edition's previous release.

A Jekyll schedule page gives the workshop's front matter and the schedule: its rows, their
talks and materials, and the speakers as the rows print them (name, affiliations, the anchor of
their bio). An edition's release holds more, from the site's other pages: the accepted papers
and their authors in order, the paper's links, people's roles (keynote and invited speakers,
committees), their photos, bios and profile links, and hand-checked corrections. When the page
is imported as a new release of an edition that has releases, the page says nothing of these,
and leaving them out would publish that they are gone: NeurIPS 2024's schedule exported,
one word of it edited and imported listed all 26 papers removed and every organizer "no longer
organizer" (issue #9). :func:`with_unsaid` keeps them from the previous release; what the page
does say wins.

The previous release is an argument (as :func:`workshop_data.identity.carry_ids` takes it): the
caller reads it (:func:`workshop_data.importer.import_page`), this stays a function of two
releases. A first release of an edition (no previous one) is the page's alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container

from ..datapackage import to_cell
from ..memo import replaced
from ..model import (
    PERSON_DETAILS,
    Correction,
    Person,
    Release,
    Role,
    TextLink,
    Workshop,
    details_lacking,
    own_with_role,
    printed_with_role,
    with_link_labels,
)
from ..schema import RESOURCES_BY_NAME

#: The workshop's facts that the site's other pages give where the schedule page's front matter
#: has none (as the site's assembly fills them from the home page:
#: :func:`workshop_data.siteimport.assembly.assemble`).
_WORKSHOP_FROM_OTHER_PAGES = ("contact_email", "venue")


def with_unsaid(previous: Release | None, new: Release, said: Container[str] = ()) -> Release:
    """``new`` (a page's release, its ids carried from ``previous``:
    :func:`~workshop_data.identity.carry_ids`) with what the page does not say kept from
    ``previous``, the edition's release before it; ``new`` itself when there is none.

    ``said``: what ``new`` holds from the edition's other pages, given to the import beside the
    schedule page (:class:`workshop_data.importer.release.OtherPages`), and so not kept:
    ``"roles"`` (the home page: roles, and the people's photos, bios and profile links, not
    filled from the previous release: a bio the page no longer prints is gone), ``"papers"``
    (papers, authors and the papers' links).

    - People: the page's speakers first, in page order, as the page prints them (name,
      affiliations, anchor); the details the page leaves empty (photo, bio, profile links
      always; affiliations and anchor where the row prints none) are the previous release's
      record of the same person (:func:`~workshop_data.model.details_lacking`, the rule the
      site's assembly fills a speaker from the home page with). Then the previous release's
      other people that a role or an authorship kept names, in their order.
    - Roles: every role of the previous release, in order. They come from the edition's home
      page, not the schedule page: a speaker taken off the page is still the keynote the home
      page announced, and stays one until a release of the home page says otherwise. A role's
      own affiliations and links are what the home page printed with it where they are not
      the person's (:func:`~workshop_data.model.own_with_role`), so a person whose affiliations
      the page now prints otherwise keeps the ones the home page printed with the role.
    - Papers, their authors in order and their links: the previous release's, as they are (the
      papers pages give them). The links inside a talk's or a paper's abstract go with the roles
      and the papers.
    - Corrections: the page's own first (a start read with the other AM/PM); then each of the
      previous release's that still applies: of a field the page's import does not correct
      itself, of a record the new release holds (its key: a slot, talk, person or paper id, the
      edition) whose field still holds the corrected value, as its cell is written
      (:func:`~workshop_data.datapackage.to_cell`). A correction of a value the page changed,
      or of a record it dropped, says nothing of the new release, and goes.
    - The workshop: the page's front matter; its contact address and venue, where the page
      gives none, the previous release's (the home page gives them).
    """
    if previous is None:
        return new
    before = {p.person_id: p for p in previous.people}
    people = _people(previous, new, before, said)
    # each link's printed words: the page's where it prints the link, else the previous release's
    words = {u: w for r in (previous, new) for p in r.people for u, w in zip(p.links, p.link_labels, strict=False) if w}
    people = with_link_labels(people, words)
    by_id = {p.person_id: p for p in people}
    roles = new.roles
    if "roles" not in said:
        roles = tuple(_role(role, before[role.person_id], by_id[role.person_id]) for role in previous.roles)
    papers = new if "papers" in said else previous
    # the links inside the texts go with them: the bios' with the bios kept, the talks'
    # abstracts' with the roles, the papers' abstracts' with the papers
    with_roles = new if "roles" in said else previous
    text_links = (
        *_bio_links(people, (new, previous)),
        *(t for t in with_roles.text_links if t.resource == "roles"),
        *(t for t in papers.text_links if t.resource == "papers"),
    )
    release = dataclasses.replace(
        new,
        workshop=_workshop(previous.workshop, new.workshop),
        people=people,
        roles=roles,
        papers=papers.papers,
        authors=papers.authors,
        paper_materials=papers.paper_materials,
        text_links=text_links,
    )
    return dataclasses.replace(release, corrections=_corrections(previous, release))


def _bio_links(people: tuple[Person, ...], releases: tuple[Release, ...]) -> tuple[TextLink, ...]:
    """The links inside ``people``'s bios: each bio's are those of the first of ``releases`` that
    holds the same bio for the person (the page's, else the previous release's it was filled from)."""
    linked = [r for r in releases if any(t.resource == "people" for t in r.text_links)]
    if not linked:
        return ()
    bios = [{p.person_id: p.bio for p in r.people} for r in linked]
    out: list[TextLink] = []
    for person in people:
        held = next(
            (r for r, bio in zip(linked, bios, strict=True) if person.bio and bio.get(person.person_id) == person.bio),
            None,
        )
        if held is not None:
            out.extend(held.links_in("people", person.person_id, "bio"))
    return tuple(out)


def _people(previous: Release, new: Release, before: dict[str, Person], said: Container[str]) -> tuple[Person, ...]:
    """The page's people, each filled from the previous record of them (``before``: the previous
    release's people by id) unless the home page was given (``said`` holds ``"roles"``), then the
    previous release's people that its roles and authors kept (``said`` does not hold them) name
    and the page does not, in their order. A person the previous release's roles present (their
    own entry: the home page's speaker heading or committee line) keeps the name it gave them
    over the spelling a row prints (:func:`names_kept`), as ``import-site`` names them
    (:class:`workshop_data.siteimport.assembly._Folks`) and as the page imported with that home
    page (``--home``) does: NeurIPS 2025's "Keynote: Azalia Mirhoseni" renamed the keynote and
    committee member Azalia Mirhoseini, the same page with its home page did not."""
    out = []
    kept = {printed.person_id: entry.name for printed, entry in _respelled(previous, new, said)}
    for person in new.people:
        old = before.get(person.person_id) if "roles" not in said else None
        filled = details_lacking(person, {k: getattr(old, k) for k in PERSON_DETAILS}) if old else {}
        if person.person_id in kept:
            filled["name"] = kept[person.person_id]  # their own entry's name, not a row's spelling
        out.append(replaced(person, **filled) if filled else person)
    on_page = {p.person_id for p in new.people}
    named = set() if "roles" in said else {r.person_id for r in previous.roles}
    named |= set() if "papers" in said else {a.person_id for a in previous.authors}
    out.extend(p for p in previous.people if p.person_id in named and p.person_id not in on_page)
    return tuple(out)


def names_kept(previous: Release | None, new: Release, said: Container[str] = ()) -> list[str]:
    """A warning for each person of ``new`` (a page's release, its ids carried from ``previous``)
    whom the page prints otherwise than ``previous``'s roles name them, and who keeps that name
    (:func:`_people`): an organizer who respelled a keynote's row to rename them is told how."""
    if previous is None:
        return []
    return [
        f"{person.name!r} is printed for {old.name} ({old.person_id}), whom the edition's home page names so"
        f" (release {previous.name}): the release keeps that name; to rename them, import the home page too"
        " (--home)"
        for person, old in _respelled(previous, new, said)
    ]


def _respelled(previous: Release, new: Release, said: Container[str]) -> list[tuple[Person, Person]]:
    """The one rule of :func:`_people` and :func:`names_kept`: each person of ``new`` whom the page
    prints otherwise than ``previous`` names them where ``previous``'s roles present them (their
    own entry), with that previous record; none where the home page was given (``said`` holds
    ``"roles"``: its entries name them)."""
    if "roles" in said:
        return []
    before = {p.person_id: p for p in previous.people}
    presented = {r.person_id for r in previous.roles}
    return [
        (person, old)
        for person in new.people
        if person.person_id in presented
        and (old := before.get(person.person_id)) is not None
        and person.name != old.name
    ]


def _role(role: Role, before: Person, now: Person) -> Role:
    """``role`` printing what it printed (beside ``before``, its person in the previous
    release), its own affiliations and links held against ``now``, the person in the new one."""
    affiliations = own_with_role(printed_with_role(role.affiliations, before.affiliations), now.affiliations)
    links = own_with_role(printed_with_role(role.links, before.links), now.links)
    if (affiliations, links) == (role.affiliations, role.links):
        return role
    return replaced(role, affiliations=affiliations, links=links)


def _workshop(previous: Workshop, new: Workshop) -> Workshop:
    """The page's workshop, its facts the other pages give filled from ``previous`` where it has none."""
    filled = {k: getattr(previous, k) for k in _WORKSHOP_FROM_OTHER_PAGES if not getattr(new, k)}
    return dataclasses.replace(new, **filled) if any(filled.values()) else new


def _corrections(previous: Release, release: Release) -> tuple[Correction, ...]:
    """``release``'s corrections, then ``previous``'s that still apply to it (:func:`with_unsaid`)."""
    own = {(c.resource, c.key, c.field) for c in release.corrections}
    kept = [c for c in previous.corrections if (c.resource, c.key, c.field) not in own and _still_holds(release, c)]
    return (*release.corrections, *kept)


def _still_holds(release: Release, correction: Correction) -> bool:
    """Whether ``release`` holds the record ``correction`` names with the value it corrected to."""
    resource = RESOURCES_BY_NAME.get(correction.resource)
    if resource is None or resource.primary_key is None:
        return False
    found: list[object]
    if correction.resource == "workshop":  # its key: the edition, or empty (the schema's description)
        found = [release.workshop] if correction.key in ("", release.edition) else []
    else:
        column = resource.primary_key
        found = [r for r in getattr(release, correction.resource, ()) if getattr(r, column) == correction.key]
    field = next((f for f in resource.fields if f.name == correction.field), None)
    if field is None or len(found) != 1:
        return False
    return to_cell(field, getattr(found[0], correction.field, None)) == correction.value

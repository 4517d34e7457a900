"""Page-level records of the site's history, before ids are given.

Each parser of the site import (home page, accepted papers, in-page schedules) returns these
plain, frozen records: what one page says, as printed, with nothing matched across pages or
releases yet. :mod:`.assembly` turns them into the model's rows (``Person``, ``Role``, ``Paper``,
``Author``) with fresh ids, which :mod:`.release_ids` settles; keeping the records id-free lets
every parser stay a pure function of its page text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonEntry:
    """A person as printed on one page."""

    name: str
    affiliations: tuple[str, ...] = ()
    photo_url: str = ""
    bio: str = ""
    links: tuple[str, ...] = ()
    #: The words the page prints as each of ``links``, in the same order ("@DivyaMahajn"), ""
    #: where it prints none of the link's own (a linked name); empty: none printed.
    link_labels: tuple[str, ...] = ()
    #: The links inside the bio, as (where their words begin in it, the words, the absolute URL),
    #: in order (NeurIPS 2024's Natasha Jaques': "Social RL Lab").
    bio_links: tuple[tuple[int, str, str], ...] = ()
    #: The page's anchor for the person (a bio block's id, a link's target) without its ``#``, as
    #: the schedule pages' importer gives it (``dean_talk``, ``azalia_bio``).
    anchor: str = ""


@dataclass(frozen=True)
class RoleEntry:
    """A role (a :data:`~workshop_data.schema.ROLE_KINDS` key) a person holds on one page, as printed."""

    person: PersonEntry
    role: str  # a key of schema.ROLE_KINDS
    group: str = ""  # section/committee heading as printed
    label: str = ""  # e.g. "Keynote Speaker"
    talk_title: str = ""
    talk_abstract: str = ""
    #: The links inside the talk's abstract, as (where their words begin in it, the words, the
    #: absolute URL), in order (NeurIPS 2018's Song Han's: "AMC", "HAQ", "ProxylessNAS", "TSM").
    abstract_links: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class HomePage:
    """What one version of an edition's home page says: its roles and contact address."""

    roles: tuple[RoleEntry, ...] = ()
    contact_email: str = ""


@dataclass(frozen=True)
class AuthorEntry:
    """A paper's author as printed in the list of accepted papers."""

    name: str
    equal_contribution: bool | None = None


@dataclass(frozen=True)
class PaperEntry:
    """An accepted paper as printed in the list of accepted papers."""

    title: str
    authors: tuple[AuthorEntry, ...] = ()
    abstract: str = ""
    pdf_url: str = ""
    award: str = ""
    presentation: str = ""
    tag: str = ""
    #: How the page says the paper is given, as its entry's tooltip prints it (NeurIPS 2022's
    #: "Prerecorded, on-demand, not streamed during event"); empty: none.
    delivery: str = ""
    #: The links printed with the paper besides its PDF, as (kind, absolute URL), each URL once,
    #: in page order: a kind of :data:`~workshop_data.schema.MATERIAL_KINDS` (NeurIPS 2018's
    #: "(slides)", NeurIPS 2022's OpenReview page and poster image).
    links: tuple[tuple[str, str], ...] = ()
    #: The links inside the abstract, as :attr:`RoleEntry.abstract_links`.
    abstract_links: tuple[tuple[int, str, str], ...] = ()

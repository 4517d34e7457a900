"""An edition's home page: ``workshop-facts`` (the day, its hours, the venue and room, and
the hand-checked corrections of what the page printed, folded away; its first line alone heads
the schedule page),
``workshop-speakers`` (photo, role, talk title and abstract, bio) and ``workshop-committees``
(each committee, its members with affiliation and links).

Every name links to the person's page (``people/<person_id>``), which lists everything they
did across editions. Each speaker and committee member is anchored ``role-<order>`` (the
role's position in the data), the anchor person pages link back to. A speaker is anchored by
the old page's anchor too where the data has one that names them (``people.anchor``:
``#azalia_bio`` on NeurIPS 2025's home; :func:`.legacy.old_anchor`), so a link to the old page's
speaker still lands on them, and one meant for another speaker does not. A photo's alternative
text names the person, so a reader who does not see it loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from ..errors import WorkshopDataError
from ..model import Correction, Release, Slot, listed, printed_with_role, printed_words
from ..schema import PAPERS, SPEAKER_ROLES
from ..words import ABSTRACT, correction_words, listed_under, papers_not_listed_then
from .base import WorkshopDirective, linked_paragraphs, linked_words, paragraph, text
from .changelog import release_in_changelog, words_nodes
from .disclosure import details
from .info import description_meta, facts
from .legacy import old_anchor
from .markup import SEPARATOR
from .pagelinks import link
from .pages import abstract_anchor, person_doc
from .photos import photo
from .profiles import profile_links
from .schedule import SAFE_ID
from .typography import prose_parts


def person_link(person_id: str, name: str) -> nodes.Node:
    """The person's name, linked to their page."""
    return link(person_doc(person_id), name, classes=("wd-person",))


def affiliations_text(values: Any) -> str:
    """Affiliations joined by commas (empty when there are none)."""
    return ", ".join(str(v) for v in (values or ()))


def role_affiliations(role: Any, person: Any) -> str:
    """The affiliations printed with a role (``roles.affiliations``: where the page printed
    others with it, e.g. 'New York University' in a program committee for 'NYU'), else the
    person's."""
    return affiliations_text(printed_with_role(role["affiliations"], person["affiliations"]))


def role_links(role: Any, person: Any) -> Any:
    """The links printed with a role (``roles.links``: where the page printed others with it than
    all of the person's, e.g. one of Phitchaya Mangpo Phothilimthana's two LinkedIn pages in each
    of NeurIPS 2023's committees), else the person's."""
    return printed_with_role(role["links"], person["links"])


def link_words(person: Any) -> dict[str, str]:
    """The words the page printed as each of the person's links (``people.link_labels``, schema
    2.9.0), by URL; a link printed with none of its own, or of a release that holds none, is not
    in it. Its role's own links are among the person's (``people.links`` holds them all)."""
    return printed_words(person["links"], person.get("link_labels"))


class FactsDirective(WorkshopDirective):
    """The edition's day, hours, venue and room, host conference, and the corrections of the page
    (its description the page's ``<meta>``: :func:`.info.description_meta`); with ``:line:``, the
    first line alone (the schedule page's: the room an attendee looks for on the day, and on the
    page printed, as the old site's header said it above every page)."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **WorkshopDirective.option_spec,
        "line": directives.flag,
    }

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder()
        release: Release = self.load("load_release", folder, digest)
        line = paragraph(*facts(release), classes=["wd-facts"])
        if "line" in self.options:
            return [line]
        out: list[nodes.Node] = [line]
        if release.corrections:
            out.append(corrections_note(release.corrections, release))
        if release.recorded(PAPERS.name) and listed(len(release.papers)) is None:
            # the old site's link to the edition's papers lands here (.legacy): say why there are none
            said = prose_parts(papers_not_listed_then(release, release_in_changelog(self, release)))
            out.append(paragraph(*said, classes=["wd-papers-not-listed"]))
        return [nodes.container("", *out, classes=["wd-banner"]), *description_meta(release.workshop)]


#: The pointer to the importer's code that ends a correction's reason ("… (siteimport/facts.py)",
#: "… (read by hand, siteimport/facts.py)"): for the package's maintainers, left out of what a
#: visitor reads.
CODE_POINTER = re.compile(r"\s*\([\w./]+\.py\)\s*$|,\s*[\w./]+\.py(?=\)\s*$)")


def corrections_note(corrections: Sequence[Correction], release: Release) -> nodes.Node:
    """The release's hand-checked corrections, folded under their count: what the page printed,
    what the data says and why, in a visitor's words (:func:`~workshop_data.words.correction_words`:
    a time a switchable ``<time>``). Under the banner's facts, the data's, so that a visitor who
    knew the old page's words (NeurIPS 2019's "December 13th or 14th", kept in the page's
    ``<meta>`` description) is told which one the site stands by, and why."""
    items = nodes.bullet_list("", classes=["wd-corrections"])
    for c in corrections:
        reason = CODE_POINTER.sub("", c.reason).rstrip(".")
        line = words_nodes(correction_words(c, release), release)
        items += nodes.list_item("", paragraph(*line, f": {reason}." if reason else "."))
    n = len(corrections)
    summary = (
        "One correction of the page, checked by hand" if n == 1 else f"{n} corrections of the page, checked by hand"
    )
    return details(summary, items, classes=("wd-corrections-note",))


class SectionsDirective(WorkshopDirective):
    """A directive whose nodes are sections of the page (not wrapped in a block)."""

    def run(self) -> list[nodes.Node]:
        """:meth:`build`'s sections as they are; a data error becomes the directive's error."""
        try:
            out = self.build()
        except WorkshopDataError as exc:
            raise self.error(f"{self.name}: {exc}") from exc
        for node in out:
            node["support_smartquotes"] = False  # data is shown as written
            self.set_source_info(node)
        return out


class SpeakersDirective(SectionsDirective):
    """One section per speaker (keynote, invited, panelist), in the order of the data."""

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder()
        roles = self.load("load_roles", folder, digest)
        people = self.load("load_people", folder, digest).set_index("person_id")
        release: Release = self.load("load_release", folder, digest)
        out: list[nodes.Node] = []
        for _, role in roles[roles["role"].isin(sorted(SPEAKER_ROLES))].iterrows():
            out.append(self.speaker(role, people.loc[role["person_id"]], release))
        return out

    def speaker(self, role: Any, person: Any, release: Release) -> nodes.section:
        """A speaker's section: name, photo, role and affiliation, talk, abstract, bio."""
        name = text(person["name"])
        section = nodes.section("", classes=["wd-speaker-entry"])
        anchor = f"role-{int(role['order'])}"
        section["ids"].append(anchor)
        self.state.document.ids[anchor] = section
        old = old_anchor(text(person["anchor"]), name)
        if old and SAFE_ID.match(old) and old not in self.state.document.ids:
            section["ids"].append(old)
            self.state.document.ids[old] = section
        section += nodes.title("", "", person_link(str(role["person_id"]), name))
        photo_url = text(person["photo_url"])
        if photo_url:
            section += photo(photo_url, name)
        label = text(role["label"]) or str(role["role"]).capitalize()
        line: list[nodes.Node | str] = [nodes.inline("", label, classes=["wd-role"])]
        where = role_affiliations(role, person)
        if where:
            line += [SEPARATOR, nodes.emphasis("", where, classes=["wd-affiliation"])]
        line += profile_links(role_links(role, person), name, link_words(person))
        section += paragraph(*line, classes=["wd-role-line"])
        talk = text(role["talk_title"])
        scheduled = None if talk else scheduled_talk(release, str(role["person_id"]), str(role["role"]))
        if talk:
            section += paragraph(nodes.strong("", talk), classes=["wd-talk-title"])
        elif scheduled is not None:  # the schedule's title, linked to its row
            title = link(f"{release.edition}/schedule", scheduled.title, anchor=scheduled.slot_id)
            section += paragraph(nodes.strong("", "", title), classes=["wd-talk-title"])
        abstract = text(role["talk_abstract"])
        if abstract:
            links = release.links_in("roles", str(int(role["order"])), "talk_abstract")
            shown = paragraph(*linked_words(abstract, links))
            shown["ids"].append(abstract_anchor(int(role["order"])))
            self.state.document.ids[shown["ids"][0]] = shown
            section += details(ABSTRACT, shown)
        bio_links = release.links_in("people", str(role["person_id"]), "bio")
        section += linked_paragraphs(text(person["bio"]), bio_links, classes=["wd-bio"])
        return section


def scheduled_talk(release: Release, person_id: str, role: str) -> Slot | None:
    """The schedule's one titled slot of the speaker's kind (a keynote's keynote) where the home
    page printed them no talk: NeurIPS 2018's home gave Jeff Dean's keynote no title, its schedule
    "Keynote Speaker: Jeff Dean / Machine Learning for Systems". None where the schedule gives
    them no such slot, or several (which one the role is, the pages do not say)."""
    slots = [s for s in release.slots if s.kind == role and person_id in s.speakers and s.title and not s.repeats]
    return slots[0] if len(slots) == 1 else None


class CommitteesDirective(SectionsDirective):
    """One section per committee (organizing, steering, program…), its members in order."""

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder()
        roles = self.load("load_roles", folder, digest)
        people = self.load("load_people", folder, digest).set_index("person_id")
        members = roles[~roles["role"].isin(sorted(SPEAKER_ROLES))]
        groups: dict[str, list[Any]] = {}
        for _, role in members.iterrows():
            name = listed_under(str(role["role"]), text(role["group"]))
            groups.setdefault(name, []).append(role)
        out: list[nodes.Node] = []
        for group, rows in groups.items():
            section = nodes.section("", classes=["wd-committee"])
            anchor = self.unique(nodes.make_id(group) or "committee")
            section["ids"].append(anchor)
            section += nodes.title("", group)
            items = nodes.bullet_list("", classes=["wd-members"])
            for role in rows:
                person = people.loc[role["person_id"]]
                name = text(person["name"])
                line: list[nodes.Node | str] = [person_link(str(role["person_id"]), name)]
                where = role_affiliations(role, person)
                if where:
                    line += [", ", nodes.emphasis("", where, classes=["wd-affiliation"])]
                line += profile_links(role_links(role, person), name, link_words(person))
                item = nodes.list_item("", paragraph(*line))
                item["ids"].append(self.unique(f"role-{int(role['order'])}"))
                items += item
            section += items
            out.append(section)
        return out


def setup_home(app: Any) -> None:
    """Register ``workshop-facts``, ``workshop-speakers`` and ``workshop-committees``."""
    app.add_directive("workshop-facts", FactsDirective)
    app.add_directive("workshop-speakers", SpeakersDirective)
    app.add_directive("workshop-committees", CommitteesDirective)

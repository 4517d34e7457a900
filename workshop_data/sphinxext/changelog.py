"""``workshop-changelog``: every release of an edition, newest first, with its publication date
and what changed from the release before it (:func:`workshop_data.changes.compare`).

Times are ``<time>`` nodes in the venue's zone, so the page's zone switch applies to them.

A release that does not load is left out: the changelog shows the others, each compared with
the one before it that loads, and the build gives one Sphinx warning naming the release
folder and why (:meth:`.base.WorkshopDirective.edition_releases`). It is a warning, not an
error, by choice: under ``-W`` (``make site``) the organizers' build fails and names each broken
release, loudly; a site that must be published while a release is broken is built with
``suppress_warnings = ["workshop_data.broken_release"]`` (or without ``-W``), knowingly, and
shows every other release. An error would have replaced the whole changelog with an error box
(and a broken release never stops the other pages: the rule of :mod:`workshop_data.store`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from docutils import nodes

from .. import store
from ..changes import (
    Change,
    Step,
    for_visitors,
    group_of,
    left_out_sentence,
    listed_slot,
    not_compared_sentence,
    not_listed,
    not_listed_sentence,
    steps,
    visitor_words,
)
from ..formats.text import published_text, release_counts
from ..ids import release_span, release_time
from ..model import Release
from ..schema import PEOPLE, SLOTS, TALKS
from ..timeutil import at_the_venue, aware, day_text
from ..words import Linked, VisitorPart, slot_heading, workshop_day
from .base import EVERY_FILE, Rows, Shown, WorkshopDirective, paragraph, release_name, table
from .markup import el, time_of, to_nodes, unknown_time
from .pagelinks import link
from .timezones import wd_time, zone_note
from .typography import prose


def change_nodes(change: Change, old: Release, new: Release) -> list[nodes.Node]:
    """A change in the words of a changelog for people (:func:`~workshop_data.changes.visitor_words`:
    a photo or profile link linked, not its address printed), its times as switchable ``<time>``
    nodes; a time not on the edition's day (``new``'s, at the venue) with its day, as
    :func:`~workshop_data.changes.describe` words it (NeurIPS 2021's move to another day read
    "moved 17:40 → 17:40")."""
    return words_nodes(visitor_words(change, old, new), new)


def words_nodes(words: Sequence[VisitorPart], new: Release) -> list[nodes.Node]:
    """Words, aware times and linked words as nodes, a time not on the edition's day (``new``'s,
    at the venue) with its day."""
    day = workshop_day(new)
    return to_nodes(
        p
        if isinstance(p, str)
        else el("url", p.words, ref=p.url)
        if isinstance(p, Linked)
        else time_of(p, p.date() != day)
        for p in words
    )


def grouped(changes: Sequence[Change]) -> list[list[Change]]:
    """Consecutive changes of the same group (:func:`~workshop_data.changes.group_of`: a slot, the
    edition's facts, its papers and people), together (they come in the order of the day)."""
    groups: list[list[Change]] = []
    for c in changes:
        if groups and group_of(groups[-1][0]) == group_of(c):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def changes_table(changes: Sequence[Change], old: Release, new: Release) -> nodes.table:
    """Time | Slot | What changed: one row per slot, its changes as a list."""
    rows: list[list[Sequence[nodes.Node] | str]] = []
    for group in grouped(changes):
        first = group[0]
        when: list[nodes.Node] = []
        name: list[nodes.Node] | str = group_of(first)
        if (found := listed_slot(first, old, new)) is not None:
            release, slot = found
            shown = aware(slot.start, release.workshop.timezone) if slot.start is not None else None
            when = [paragraph(*to_nodes([time_of(shown) if shown is not None else unknown_time()]))]
            name = [paragraph(*words_nodes(slot_heading(release, slot), new))]
        items = nodes.bullet_list("", classes=["wd-changes"])
        for c in group:
            items += nodes.list_item("", paragraph(*change_nodes(c, old, new)), classes=[f"wd-change-{c.change}"])
        rows.append([when, name, [items]])
    return table(["Time", "Slot", "What changed"], rows, widths=[1, 3, 6], classes=["wd-changelog"])


class ChangelogDirective(WorkshopDirective):
    """Each release, newest first: a rubric, when it was published, and its changes."""

    #: All releases are shown, so no ``:release:`` option.
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"class": WorkshopDirective.option_spec["class"]}

    def build(self) -> list[nodes.Node]:
        names = store.release_names(self.edition, self.root())
        # one release shows its counts; several are compared, all of each
        shown_counts: tuple[Shown, ...] = ("meta", *(Rows(t) for t in (SLOTS, TALKS, PEOPLE)))
        shows = (EVERY_FILE,) if len(names) > 1 else shown_counts
        edition = self.edition_releases(shows)  # a release that does not load: skipped, with a warning
        releases, latest = edition.releases, edition.latest
        out: list[nodes.Node] = [release_names_note(self, releases)]
        first = latest.first_start
        if len(releases) > 1 and first is not None:
            out.append(zone_note(latest.workshop.timezone, aware(first, latest.workshop.timezone)))
        # each compared with the one before it, and given its anchor, oldest first (release_entry)
        compared = dict(zip((r.name for r in releases), [None, *steps(releases)], strict=True))
        anchors = {r.name: self.unique(release_anchor(r.name)) for r in releases}
        for release in edition.newest_first:
            out.extend(self.release_entry(release, compared[release.name], anchors[release.name], release is latest))
        return out

    def release_entry(self, release: Release, step: Step | None, anchor: str, is_latest: bool) -> list[nodes.Node]:
        """The rubric, publication and changes of ``release`` (``step``: it against the release
        before it; None for the first; ``is_latest``: the edition's newest); ``anchor`` is the
        rubric's id, given oldest release first (:meth:`build`): two names of one id after
        docutils' ``make_id`` (``2024-12-01.1200`` and ``2024-12-01-1200``) give the newer one
        ``-2``, and an older release keeps the anchor links to it were made with."""
        rubric = nodes.rubric("", f"Release {release.name}", ids=[anchor])
        published: list[nodes.Node] = [nodes.Text("Published "), published_node(release), *venue_published(release)]
        latest = " (the latest release)" if is_latest else ""
        if step is None:
            return [rubric, paragraph(*published, f"{latest}. First published release: {release_counts(release)}.")]
        previous = step.before
        before = release_name(previous.name)
        notes = (not_compared_sentence(step.not_compared), not_listed_sentence(release, not_listed(previous, release)))
        unseen = [paragraph(note, classes=["wd-not-compared"]) for note in notes if note]
        changes, left = for_visitors(step.changes)
        if left:
            unseen.insert(0, paragraph(prose(left_out_sentence(left)), classes=["wd-left-out"]))
        if step.since is not None:
            unseen.append(self.caught_up(step))
        if not changes:
            shown = " to what the pages show" if left else ""
            return [rubric, paragraph(*published, f"{latest}. No changes from release ", before, f"{shown}."), *unseen]
        n = len(changes)
        intro = paragraph(*published, f"{latest}. {n} change{'s' * (n != 1)} from release ", before, ":")
        return [rubric, intro, changes_table(changes, previous, release), *unseen]

    @staticmethod
    def caught_up(step: Step) -> nodes.Element:
        """What the release before does not hold, compared with the last release that does."""
        assert step.since is not None
        before, since, after = step.caught_up_words()
        head = paragraph(before, release_name(since), after, classes=["wd-compared-since"])
        shown, left = for_visitors(step.caught_up)
        said = [paragraph(prose(left_out_sentence(left)), classes=["wd-left-out"])] if left else []
        if not shown:
            return nodes.container("", head, *said) if said else head
        return nodes.container("", head, changes_table(shown, step.since, step.after), *said)


def release_anchor(name: str) -> str:
    """The id of release ``name``'s entry in its edition's changelog, ``release-2025-12-03-1003``
    (of two names that give one id, the newer takes ``-2``: :meth:`ChangelogDirective.build`)."""
    return str(nodes.make_id(f"release-{name}"))


def release_in_changelog(directive: WorkshopDirective, release: Release) -> nodes.Node:
    """``release 2025-12-03.1003``, linked to its entry in its edition's changelog where the site
    has that page (a page that names the release for those who want it, in a visitor's words:
    :func:`~workshop_data.words.papers_not_listed_then`), else as text."""
    doc = f"{release.edition}/changelog"
    words = [nodes.Text("release "), release_name(release.name)]
    if directive.config.workshop_data_site and doc in directive.env.found_docs:
        return link(doc, *words, anchor=release_anchor(release.name))
    return nodes.inline("", "", *words)


#: The docs' section that defines a release's name (``docs/package/guide.md``), linked from
#: :func:`release_names_note`.
RELEASE_NAMES_DOC, RELEASE_NAMES_ANCHOR = "package/guide", "release-names"


def release_names_note(directive: WorkshopDirective, releases: Sequence[Release]) -> nodes.paragraph:
    """What a release's name says, above the changelog and the Data page's releases: "A
    release's name is the date and time it was published, in UTC: ``2025-12-03.1003`` is
    Wednesday 3 December 2025, 10:03 UTC; …", the example the newest of ``releases`` whose name
    states a time, and how releases are named, linked where the site has the docs' section
    (:data:`RELEASE_NAMES_DOC`). A visitor read ``2025-12-03.1003`` with nothing to say it is a
    time, nor in which zone."""
    said: list[nodes.Node | str] = [prose("A release's name is the date and time it was published, in UTC")]
    named = next((r.name for r in reversed(releases) if release_time(r.name) is not None), None)
    if named is not None:
        said += [": ", release_name(named), f" is {_stated(named)}"]
    said.append(
        prose("; a release read from the history of the workshop's site was published when its change was committed (")
    )
    words = "how releases are named"
    shown = directive.config.workshop_data_site and RELEASE_NAMES_DOC in directive.env.found_docs
    said += [link(RELEASE_NAMES_DOC, words, anchor=RELEASE_NAMES_ANCHOR) if shown else words, ")."]
    return paragraph(*said, classes=["wd-release-names"])


def _stated(name: str) -> str:
    """The time a dated release name states, in words: "Wednesday 3 December 2025, 10:03 UTC"
    (``2025-12-03.1003``; with the seconds where the name keeps them; a bare day alone)."""
    start, end = release_span(name) or (None, None)
    assert start is not None and end is not None
    day = day_text(start.date())
    if end - start == dt.timedelta(days=1):
        return day
    return f"{day}, {start:%H:%M:%S} UTC" if end - start == dt.timedelta(seconds=1) else f"{day}, {start:%H:%M} UTC"


def published_node(release: Release) -> wd_time:
    """When a release was published, ``2024-12-05 09:30 UTC``: a ``<time>`` (its value with the
    offset) kept on one line (``wd-published``: a phone broke it at its hyphens); in UTC
    whatever zone the page shows (it is no time of the programme: the script leaves it)."""
    moment = aware(release.published, "UTC")
    return wd_time("", f"{published_text(moment)} UTC", datetime=moment.isoformat(), classes=["wd-published"])


def venue_published(release: Release) -> list[nodes.Node]:
    """When a release was published at the venue, beside :func:`published_node`'s UTC:
    ``", 08:31 at the venue"`` (:func:`~workshop_data.timeutil.at_the_venue`, from the edition's
    time zone), kept on one line. Text, not a ``<time>``: it says the venue's clock whatever zone
    the page shows (the page's zone note names the venue's zone). Empty for a venue in UTC."""
    said = at_the_venue(release.published, release.workshop.timezone)
    return [nodes.Text(", "), nodes.inline("", said, classes=["wd-published"])] if said else []


def setup_changelog(app: Any) -> None:
    """Register ``workshop-changelog``."""
    app.add_directive("workshop-changelog", ChangelogDirective)

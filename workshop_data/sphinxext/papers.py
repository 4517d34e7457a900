"""``workshop-papers``: an edition's accepted papers, in the site's order.

Each paper: its title, its authors in order (each linked to their person page; an equal
contribution marked ``*``), its award, presentation and topic as badges, its abstract folded in
a ``<details>`` element, and a line of links: its PDF, then the others the site gives it
(``paper_materials``: "OpenReview", "Poster", "Slides", :func:`~workshop_data.links.link_label`;
a second of the same words "Poster (2)", as NeurIPS 2022's HEAT has two poster images), each
named with the paper's title ("OpenReview of “Title”", its ``aria-label`` and tooltip) for a
reader of links out of context; anchored ``paper-<paper_id>``. Above the list a filter box
(shown by ``workshop_data.js``, hidden without script, where the full list stays) narrows the
list to the papers whose text holds every word typed; where it leaves none, a line under it
says so, with a button that clears it (:data:`~workshop_data.words.NO_PAPER_MATCHES`).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

from ..links import PDF_WORD, paper_links
from ..model import Release
from ..words import CLEAR_FILTER, DELIVERY_LABEL, NO_PAPER_MATCHES, papers_not_listed_then
from .base import WorkshopDirective, linked_paragraphs, paragraph, text
from .builders import LEFT_OUT
from .changelog import release_in_changelog
from .disclosure import details
from .home import person_link
from .markup import SEPARATOR
from .pagelinks import reference
from .typography import prose_parts


class wd_filter(nodes.General, nodes.Element):  # type: ignore[misc]
    """A search box that filters the elements matching ``items`` (hidden until the script runs)."""


def visit_filter_html(self: Any, node: wd_filter) -> None:
    """HTML: opens the hidden ``<p>`` holding the search box's label, input and count."""
    ident = node["input_id"]
    self.body.append(self.starttag(node, "p", "", CLASS="wd-filter", hidden="hidden"))
    self.body.append(f'<label for="{ident}">{self.encode(node["label"])}</label> ')
    self.body.append(
        f'<input type="search" id="{ident}" autocomplete="off" spellcheck="false" '
        f'data-items="{self.attval(node["items"])}" data-count="{ident}-count" data-none="{ident}-none">'
        f' <span id="{ident}-count" class="wd-filter-count" aria-live="polite"></span>'
    )


def depart_filter_html(self: Any, node: wd_filter) -> None:
    """HTML: closes the ``</p>``, and adds the hidden line the script shows where the filter leaves
    nothing: what it means and a button that clears the filter (the count said "0 of 26 shown"
    alone, the page under it empty)."""
    ident = node["input_id"]
    self.body.append("</p>\n")
    self.body.append(
        f'<p id="{ident}-none" class="wd-filter-none" hidden="hidden">{self.encode(NO_PAPER_MATCHES)} '
        f'<button type="button" class="wd-filter-clear">{self.encode(CLEAR_FILTER)}</button></p>\n'
    )


def badge(value: str, kind: str) -> nodes.inline:
    """A small label: an award, a way of presenting, a topic."""
    return nodes.inline("", value, classes=["wd-badge", f"wd-badge-{kind}"])


class PapersDirective(WorkshopDirective):
    """The filter box and one block per paper."""

    def build(self) -> list[nodes.Node]:
        folder, digest = self.release_folder()
        papers = self.load("load_papers", folder, digest)
        authors = self.load("load_authors", folder, digest)
        if not len(papers):
            release = self.load("load_release", folder, digest)
            return [paragraph(*prose_parts(papers_not_listed_then(release, release_in_changelog(self, release))))]
        by_paper: dict[str, list[Any]] = {}
        for _, a in authors.iterrows():
            by_paper.setdefault(str(a["paper_id"]), []).append(a)
        n = len(papers)
        out: list[nodes.Node] = [
            wd_filter("", label="Filter the papers:", input_id="wd-paper-filter", items=".wd-paper"),
            paragraph(
                f"{n} accepted paper{'s' * (n != 1)}, in the order the workshop lists them.", classes=["wd-count"]
            ),
        ]
        listing = nodes.container("", classes=["wd-papers"])
        linked: dict[str, list[Any]] = {}
        for _, m in self.load("load_paper_materials", folder, digest).iterrows():
            linked.setdefault(str(m["paper_id"]), []).append(m)
        release = self.load("load_release", folder, digest)
        for _, paper in papers.iterrows():
            pid = str(paper["paper_id"])
            listing += self.paper(paper, by_paper.get(pid, []), linked.get(pid, []), release)
        out.append(listing)
        if any(text(a["equal_contribution"]) == "True" for rows in by_paper.values() for a in rows):
            out.append(paragraph("* equal contribution", classes=["wd-footnote"]))
        return out

    def paper(self, paper: Any, authors: list[Any], links: list[Any], release: Release) -> nodes.container:
        """One paper's block; ``links``: its rows of :func:`~workshop_data.load_paper_materials`;
        ``release``: the release the paper is of (the links inside its abstract)."""
        pid = str(paper["paper_id"])
        anchor = f"paper-{paper['paper_id']}"
        box = nodes.container("", classes=["wd-paper"], ids=[anchor])
        self.state.document.ids[anchor] = box
        head = paragraph(nodes.strong("", text(paper["title"])), classes=["wd-paper-title"])
        for field, kind in (("award", "award"), ("presentation", "presentation"), ("tag", "tag")):
            value = text(paper[field])
            if value:
                head += nodes.Text(" ")
                head += badge(value, kind)
        given = text(paper.get("delivery"))  # as the schedule says a talk's (schedule.delivery)
        if given:
            head += [nodes.Text(f" ({DELIVERY_LABEL}: "), nodes.inline(given, given, classes=["wd-delivery"])]
            head += nodes.Text(")")
        box += head
        if authors:
            names = paragraph(classes=["wd-authors"])
            for i, a in enumerate(authors):
                if i:
                    names += nodes.Text(", ")
                names += person_link(str(a["person_id"]), text(a["name"]))
                if text(a["equal_contribution"]) == "True":
                    names += nodes.Text("*")
            box += names
        abstract = text(paper["abstract"])
        if abstract:
            box += details("Abstract", *linked_paragraphs(abstract, release.links_in("papers", pid, "abstract")))
        title = text(paper["title"])
        refs = paper_links(text(paper["pdf_url"]), [(str(m["kind"]), text(m["url"])) for m in links])
        line = paragraph(classes=["wd-paper-links"])
        for i, (word, url) in enumerate(refs):  # a second poster image: "Poster (2)"
            if i:
                line += nodes.Text(SEPARATOR)
            name = f"{word} of “{title}”"  # its accessible name, and its tooltip
            kind = "wd-pdf" if i == 0 and word == PDF_WORD else "wd-paper-link"
            line += reference(nodes.Text(word), attributes=(("aria-label", name),), refuri=url, classes=[kind])
            line[-1]["reftitle"] = name
        if refs:
            box += line
        return box


def setup_papers(app: Any) -> None:
    """Register ``workshop-papers`` and the filter box."""
    # builders without JavaScript show no filter
    app.add_node(wd_filter, html=(visit_filter_html, depart_filter_html), **LEFT_OUT)
    app.add_directive("workshop-papers", PapersDirective)

"""An edition's accepted papers from its pages: the two lists of NeurIPS 2022 as one, and lists
that belong to another edition recognised as such.

NeurIPS 2022 printed its papers twice: ``accepted_papers.md`` (from 2022-12-12: the camera-ready
PDFs) and the "Accepted Papers" table of ``index.md`` (from 2022-11-06: abstracts, the
presentation and an OpenReview link, copied from the NeurIPS site). Both list the same titles in
the same order once the organizers removed eleven papers from the former (upstream 9239114,
2023-06-02, "Removed incorrect papers from 2022"); :func:`merge_index` makes one list of them.

The site's history also shows pages carrying another edition's list: the root
``accepted_papers.md`` of April-May 2019 (ISCA 2019's page by its date and ``workshop_name``)
kept NeurIPS 2018's papers under a "TBD" heading, and ``neurips2024/accepted_papers.md`` was
created (2024-08-19) as a copy of 2023's page looping over 2023's CSV. A paper is accepted by one
edition, so :func:`foreign` recognises such a list by its PDFs (in another edition's
``/assets/papers/<edition>/`` folder) or by its titles (already another edition's papers), and
the importer reports it and keeps the edition's previous list: nothing is attributed to the wrong
edition, nothing invented.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from ..errors import WorkshopDataError
from ..ids import title_key
from .editions import EDITION_FOLDER
from .records import PaperEntry

#: A PDF in an edition's folder of the site, the folder named as :data:`.editions.EDITION_FOLDER`
#: says: ``https://mlforsystems.org/assets/papers/neurips2022/paper29.pdf``.
_PDF_FOLDER = re.compile(rf"/assets/papers/(?P<edition>{EDITION_FOLDER.pattern})/")


def distinct_titles(papers: tuple[PaperEntry, ...], where: str) -> tuple[PaperEntry, ...]:
    """``papers`` when no two of them share a title (:func:`title_key`), else a
    :class:`WorkshopDataError` naming ``where``, the title and both places in the list.

    Papers are told apart by their titles: a title the edition listed before keeps its paper's id
    (:class:`.release_ids.EditionIds`), and :func:`merge_index` and :func:`foreign` match titles. Two
    papers of one title with other authors, PDFs or abstracts swapped their ids when a later
    version listed them in the other order: the history said each one's authors, PDF and
    abstract changed, and a calendar or citation holding the id was given the other paper.
    Which of the two a later version's paper of that title is, the page does not say. The same
    entry printed again (a papers CSV's row given twice, which the site prints twice) is one
    paper accepted once, not two of one title: imported as two (``…``, ``…-2``), the data listed
    a paper the workshop never accepted; refused too, as the page is to be mended, not read as
    one paper without a word. No version of the site's history prints a title twice."""
    seen: dict[str, tuple[int, PaperEntry]] = {}
    for number, paper in enumerate(papers, start=1):
        first = seen.setdefault(title_key(paper.title), (number, paper))
        if first[0] == number:
            continue
        if first[1] == paper:
            raise WorkshopDataError(
                f"{where}: papers {first[0]} and {number} of the list are the same paper printed twice "
                f"({paper.title!r}): a paper is accepted once"
            )
        raise WorkshopDataError(
            f"{where}: papers {first[0]} and {number} of the list are both titled {paper.title!r} with other "
            "authors, PDF, abstract or links: papers are told apart by their titles"
        )
    return papers


def merge_index(listed: Sequence[PaperEntry], index: Sequence[PaperEntry]) -> tuple[PaperEntry, ...]:
    """``accepted_papers.md``'s papers (``listed``) with what ``index.md``'s table adds, matched by
    title; papers only one of them lists are kept as that page prints them (index-only ones last).

    From ``accepted_papers.md``: the order, the PDF and the authors. The authors come from there
    because it prints each paper's full byline as on the camera-ready PDF, while the index's
    table, copied from the NeurIPS site, cuts long author lists short (5 of the 10 authors of "An
    Adversarial Active Sampling-based Data Augmentation Framework…") and orders some differently
    ("Ray Sinurat, Sandeep Madireddy, …" where the paper has Sandeep Madireddy last). From the
    index: the abstract, the presentation ("Poster - Recorded Presentation") and how the paper is
    given ("Prerecorded, on-demand, not streamed during event"), which ``accepted_papers.md`` does
    not print; its OpenReview link as the PDF where there is no PDF.
    The paper's other links (``paper_materials``) are both pages', ``accepted_papers.md``'s first.
    """
    if not listed:
        return tuple(index)
    by_title = {title_key(p.title): p for p in index}
    merged: list[PaperEntry] = []
    for paper in listed:
        extra = by_title.pop(title_key(paper.title), None)
        if extra is None:
            merged.append(paper)
            continue
        merged.append(
            dataclasses.replace(
                paper,
                abstract=paper.abstract or extra.abstract,
                abstract_links=paper.abstract_links if paper.abstract else extra.abstract_links,
                presentation=paper.presentation or extra.presentation,
                delivery=paper.delivery or extra.delivery,
                pdf_url=paper.pdf_url or extra.pdf_url,
                links=merged_links(paper.links, extra.links),
            )
        )
    merged.extend(p for p in index if title_key(p.title) in by_title)
    return tuple(merged)


def merged_links(first: Sequence[tuple[str, str]], then: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """A paper's links (kind, URL) as two lists give them: ``first``'s, then ``then``'s whose URLs
    ``first`` has not."""
    urls = {url for _, url in first}
    return (*first, *(link for link in then if link[1] not in urls))


def foreign(papers: Sequence[PaperEntry], edition: str, owners: Mapping[str, str]) -> str | None:
    """Why ``papers`` are another edition's list (None when they are not): at least half of
    their PDFs lie in another edition's folder, or at least half of their titles are papers
    another edition listed first (``owners``: title key -> edition)."""
    if not papers:
        return None
    half = len(papers) / 2
    folders = [m.group("edition") for p in papers if (m := _PDF_FOLDER.search(p.pdf_url))]
    for other in sorted(set(folders) - {edition}):
        if folders.count(other) >= half:
            return f"{folders.count(other)} of its {len(papers)} papers' PDFs are in /assets/papers/{other}/"
    owned = [owners[k] for p in papers if (k := title_key(p.title)) in owners and owners[k] != edition]
    for other in sorted(set(owned)):
        if owned.count(other) >= half:
            return f"{owned.count(other)} of its {len(papers)} papers are {other}'s accepted papers"
    return None

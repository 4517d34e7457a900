"""The old website's URLs, kept working: a redirect for each one the new pages do not have.

The Jekyll site served each edition from its folder (``/neurips2023/``,
``/neurips2023/schedule.html``, ``accepted_papers.html``, ``call_for_papers.html``) and the
current edition from the root (``/schedule.html``…); its first edition once lived in
``/neurips.2018/``. The generated pages keep the same paths, so most old URLs answer as they
are. The others get a redirect page (sphinx-reredirects, keyed by docname):

- the root's ``schedule``, ``accepted_papers`` and ``call_for_papers``: the newest edition's
  page (the root was always the current edition); but where the newest edition has no papers,
  the root's ``accepted_papers`` is a page of its own listing the editions' papers
  (:func:`.pages.papers_index`): sent to the newest edition's home, a visitor following an old
  link to the papers found none;
- an old folder name (:data:`~workshop_data.siteimport.facts.OLD_FOLDERS`): the same page of the edition it became;
- an edition page the data does not give (no papers, no call for papers written): the
  edition's home, which says what there is (and, where the release lists no papers, that it
  does not list them: :func:`~workshop_data.words.papers_not_listed`).

A speaker keeps the old page's anchor for them (``people.anchor``: ``#dean_talk``,
``#azalia_bio``) where it names them (:func:`old_anchor`): the pages copied their anchors from
block to block, NeurIPS 2022's schedule linked Jeff Dean to ``#dawn_song_talk`` and Dawn Song to
``#steve_keckler_talk``, NeurIPS 2021's five speakers to 2020's ``#ed_chi_talk``, and NeurIPS
2025's home gave Jason Ansel's block Dylan Patel's ``#patel_bio``; made ids, they sent a link
to Dawn Song or Dylan Patel to someone else.

An edition the data does not hold (an organizer's data directory of some editions) gets no
redirect, as a link to it is no link (:mod:`.absent`): sent to the root, a visitor asking for
NeurIPS 2019's schedule got another edition's home as if it were the answer; the site's 404
page answers there instead, with the editions the site has (:mod:`.notfound`).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from ..ids import slugify
from ..siteimport.facts import FACTS, OLD_FOLDERS
from .pages import PAPERS_INDEX, SiteData, edition_pages, has_papers_index

#: The pages every edition of the old site could have.
OLD_PAGES = ("index", "schedule", "accepted_papers", "call_for_papers")
#: The editions of the old site's bar of past editions (``_layouts/default.html``): the site's
#: editions, each with its reviewed facts (:data:`~workshop_data.siteimport.facts.FACTS`, oldest
#: first), the one list of them (an edition the site adds is imported once it has its row there).
OLD_EDITIONS = tuple(FACTS)


def redirects(site: SiteData) -> Iterator[tuple[str, str]]:
    """``(docname, target)`` pairs: a redirect page at ``docname.html`` to ``target``, relative
    to it (so the site works from any folder, and from files)."""
    for docname, target in _from_root(site):
        yield docname, posixpath.relpath(target.lstrip("/"), posixpath.dirname(docname) or ".")


def targets(site: SiteData) -> dict[str, str]:
    """The page each redirect of :func:`redirects` sends to, by docname: ``{"schedule":
    "neurips2025/schedule", "neurips.2018/index": "neurips2018/index", …}``."""
    return {docname: target.lstrip("/").removesuffix(".html") for docname, target in _from_root(site)}


def _from_root(site: SiteData) -> Iterator[tuple[str, str]]:
    """The redirects, each target a path from the site's root."""
    if not site.editions:
        return
    have = {e.name: {i.page for i in edition_pages(e)} for e in site.editions}

    def target(edition: str, page: str) -> str:
        return f"/{edition}/{page if page in have[edition] else 'index'}.html"

    newest = site.newest.name
    for page in OLD_PAGES[1:]:
        if page != PAPERS_INDEX or not has_papers_index(site):  # else the root's own page answers
            yield page, target(newest, page)
    for edition in have:
        for page in OLD_PAGES:
            if page not in have[edition]:
                yield f"{edition}/{page}", target(edition, "index")
    for old, edition in OLD_FOLDERS.items():
        if edition in have:
            for page in OLD_PAGES:
                yield f"{old}/{page}", target(edition, page)


#: What an old anchor adds to a name: ``dean_talk``, ``azalia_bio``.
ANCHOR_SUFFIXES = ("talk", "bio")


def old_anchor(anchor: str, name: str) -> str:
    """The old page's anchor for the person called ``name`` (``people.anchor``) if it names them
    (:func:`names`), else ``""``: a speaker gets no id that a link meant for someone else lands on."""
    return anchor if anchor and names(anchor, name) else ""


def names(anchor: str, name: str) -> bool:
    """Whether ``anchor`` names the person called ``name``: its words, the suffix of
    :data:`ANCHOR_SUFFIXES` aside, are words of the name in order, apart or together
    (``dawn_song_talk``, ``dean_talk`` for Jeff Dean, ``richardho_talk`` for Richard Ho), or one
    long word of it with a letter wrong, left out or added (``yadwakar_bio``, NeurIPS 2025's
    anchor for Neeraja Yadwadkar). ``patel_bio`` does not name Jason Ansel."""
    words = slugify(anchor).split("-")
    while len(words) > 1 and words[-1] in ANCHOR_SUFFIXES:
        words.pop()
    wanted, parts = "".join(words), slugify(name).split("-")
    runs = {"".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
    return wanted in runs or any(len(p) >= 6 and _one_edit(wanted, p) for p in parts)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter changed, left out or added."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :] if len(a) < len(b) else a[i + 1 :] == b[i:]

"""The links a schedule gives for a talk (slides, recordings, papers), and the site's URLs.

A row of the site's schedules links material about its talk in two ways:

* a link whose text says what it is: ``(slides)``, ``Slides``, ``(recording)``, ``Video``,
  ``PDF``, ``OpenReview``… (:data:`LINK_WORDS`); the word gives the kind;
* the talk's title itself linked (ISCA 2019's and NeurIPS 2020's titles link the paper's PDF);
  where the link points gives the kind (:func:`kind_of_url`): a PDF, an arXiv or OpenReview
  page is the paper, a slide deck the slides, a video site a recording, anything else "other".

The site links its own files by path (``/assets/slides/isca2019/…``): a material's URL is made
absolute against the site, https://mlforsystems.org/ (:func:`absolute`), as papers' PDFs are.
A link that is not then an http(s) URL (``file:///…`` on an organizer's disk, ``javascript:``)
is no material anyone can open and is not taken (:func:`material_url`).
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urljoin, urlsplit

from ..schema import URL_PATTERN

#: The site the pages' root-relative URLs (``/assets/images/...``) belong to.
SITE = "https://mlforsystems.org/"

#: Link texts that name a talk's material rather than being part of its text, and its kind.
LINK_WORDS: dict[str, str] = {
    "slides": "slides",
    "slide": "slides",
    "recording": "recording",
    "video": "recording",
    "youtube": "recording",
    "watch": "recording",
    "talk": "recording",
    "paper": "paper",
    "pdf": "paper",
    "preprint": "paper",
    "arxiv": "paper",
    "openreview": "paper",
    "poster": "poster",
    "code": "code",
    "abstract": "other",
    "website": "other",
    "link": "other",
}
#: The word a writer prints for each kind of material (:data:`LINK_WORDS` reads it back as that kind).
KIND_WORDS: dict[str, str] = {
    "slides": "slides",
    "recording": "recording",
    "paper": "paper",
    "poster": "poster",
    "code": "code",
    "other": "link",
}
#: What is taken off a link's text before it is looked up (``(slides)``, ``[PDF]``, ``» Link``).
LINK_PUNCT = " \t\n[](){}|/,;·•-–—»«"

_PAPER_HOSTS = ("arxiv.org", "openreview.net")
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "slideslive.com")
_SLIDE_FILES = (".ppt", ".pptx", ".key", ".odp")


@functools.lru_cache(maxsize=8192)
def absolute(url: str) -> str:
    """A URL of the site made absolute (``/assets/x.jpg`` -> ``https://mlforsystems.org/assets/x.jpg``)."""
    return urljoin(SITE, url.strip())


def link_kind(text: str) -> str | None:
    """The material a link's text names (``"(slides)"`` -> ``"slides"``), else None."""
    return LINK_WORDS.get(text.strip(LINK_PUNCT).lower())


def _on(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def kind_of_url(url: str) -> str:
    """The material a linked title points to, from where it points."""
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path.lower()
    if path.endswith(".pdf") or _on(host, _PAPER_HOSTS):
        return "paper"
    if path.endswith(_SLIDE_FILES) or "/slides/" in path:
        return "slides"
    if _on(host, _VIDEO_HOSTS):
        return "recording"
    return "other"


def material_url(href: str) -> str | None:
    """The absolute URL of a material's link (a space in it as ``%20``, as browsers send it), or
    None when it is no web link (an anchor on the page, ``file:``, ``javascript:``…)."""
    if not href.strip() or href.strip().startswith("#"):
        return None
    url = absolute(href).replace(" ", "%20")
    return url if re.fullmatch(URL_PATTERN, url) else None

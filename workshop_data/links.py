"""The links a schedule gives for a talk (slides, recordings, papers), and the site's URLs.

A row of the site's schedules links material about its talk in two ways:

* a link whose text says what it is: ``(slides)``, ``Slides``, ``(recording)``, ``Video``,
  ``PDF``, ``OpenReview``… (:data:`LINK_WORDS`); the word gives the kind;
* the talk's title itself linked (ISCA 2019's and NeurIPS 2020's titles link the paper's PDF);
  where the link points gives the kind (:func:`kind_of_url`): a slide deck (or a file under
  ``/slides/``) is the slides, a PDF, an arXiv or OpenReview page the paper, a video site a
  recording, anything else "other".

The site links its own files by path (``/assets/slides/isca2019/…``): a material's URL is made
absolute against the site, https://mlforsystems.org/ (:func:`absolute`), as papers' PDFs are.
A link that is not then an http(s) URL (``file:///…`` on an organizer's disk, ``javascript:``)
is no material anyone can open and is not taken (:func:`web_url`); nor is it a paper's PDF, a
speaker's photo or profile: the site would link it (a ``javascript:`` link runs there).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from urllib.parse import quote, urljoin, urlsplit

from .schema import URL_PATTERN

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
#: The sites a paper's page is on (a link of kind ``paper`` besides its PDF), by host, and the
#: name each goes by: "OpenReview" says where a link leads, "Paper" beside "PDF" would not.
PAPER_SITES: dict[str, str] = {"openreview.net": "OpenReview", "arxiv.org": "arXiv"}


def link_label(kind: str, url: str) -> str:
    """The word a link of ``kind`` to ``url`` is shown by: a paper's page by its site's name
    (:data:`PAPER_SITES`), any other link by its kind's word, capitalised ("Slides", "Poster")."""
    if kind == "paper":
        host = (urlsplit(url).hostname or "").lower()
        site = next((name for domain, name in PAPER_SITES.items() if _on(host, (domain,))), None)
        if site is not None:
            return site
    return KIND_WORDS[kind].capitalize()


def numbered(words: Iterable[str]) -> list[str]:
    """Link texts told apart: the n-th that an earlier one already shows reads "Poster (n)"
    ("LinkedIn (2)" for a second profile there, a second poster image of a paper)."""
    seen: dict[str, int] = {}
    out = []
    for word in words:
        count = seen[word] = seen.get(word, 0) + 1
        out.append(f"{word} ({count})" if count > 1 else word)
    return out


#: The word a paper's PDF (``papers.pdf_url``) is shown by, before its other links.
PDF_WORD = "PDF"


def paper_links(pdf_url: str, links: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """A paper's links as the site's papers page and the ``papers`` command show them, each
    ``(word, url)``: its PDF first ("PDF", when it has one), then each of ``links``, ``(kind,
    url)`` of its ``paper_materials`` in page order, by :func:`link_label`, words told apart
    (:func:`numbered`: NeurIPS 2022's second poster image is "Poster (2)")."""
    refs = [(PDF_WORD, pdf_url)] if pdf_url else []
    refs += [(link_label(kind, url), url) for kind, url in links]
    return list(zip(numbered(word for word, _ in refs), (url for _, url in refs), strict=True))


#: What is taken off a link's text before it is looked up (``(slides)``, ``[PDF]``, ``» Link``).
LINK_PUNCT = " \t\n[](){}|/,;·•-–—»«"

_PAPER_HOSTS = ("arxiv.org", "openreview.net")
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "slideslive.com")
_SLIDE_FILES = (".ppt", ".pptx", ".key", ".odp")


@functools.lru_cache(maxsize=8192)
def absolute(url: str) -> str:
    """A URL of the site made absolute (``/assets/x.jpg`` -> ``https://mlforsystems.org/assets/x.jpg``);
    one that cannot be read as a URL (``http://[::1``) as printed."""
    try:
        return urljoin(SITE, url.strip())
    except ValueError:
        return url.strip()


def link_kind(text: str) -> str | None:
    """The material a link's text names (``"(slides)"`` -> ``"slides"``), else None."""
    return LINK_WORDS.get(text.strip(LINK_PUNCT).lower())


def _on(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def kind_of_url(url: str) -> str:
    """The material a linked title points to, from where it points."""
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path.lower()
    if path.endswith(_SLIDE_FILES) or "/slides/" in path:
        return "slides"
    if path.endswith(".pdf") or _on(host, _PAPER_HOSTS):
        return "paper"
    if _on(host, _VIDEO_HOSTS):
        return "recording"
    return "other"


#: What stays as it is in a URI's path, query and fragment (RFC 3986 ``pchar``, ``/``, ``?``, and
#: ``%`` of the escapes already there).
_URI_KEPT = "!$&'()*+,;=:@/?-._~%"
_NOT_AN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_NETLOC = re.compile(r"[A-Za-z0-9\-._~%!$&'()*+,;=:@\[\]]+")


def as_uri(url: str) -> str | None:
    """An http(s) URL as an RFC 3986 URI, as a browser sends it: what a URI cannot hold in its
    path, query and fragment %-encoded (a space, a quote, a letter outside ASCII as its UTF-8
    bytes, a second ``#``, a ``%`` that starts no escape); None for another scheme or a host
    that is not one."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not one
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or not _NETLOC.fullmatch(parts.netloc):
        return None

    def encoded(part: str) -> str:
        return quote(_NOT_AN_ESCAPE.sub("%25", part), safe=_URI_KEPT)

    out = f"{parts.scheme.lower()}://{parts.netloc}{encoded(parts.path)}"
    out += f"?{encoded(parts.query)}" if parts.query or url.split("#")[0].endswith("?") else ""
    out += f"#{encoded(parts.fragment)}" if "#" in url else ""
    return out if re.fullmatch(URL_PATTERN, out) else None


@functools.lru_cache(maxsize=8192)  # a site's history links the same materials version after version
def web_url(href: str) -> str | None:
    """The absolute URL of a link (a material, a paper's PDF, a speaker's photo or profile), as a
    URI (:func:`as_uri`), or None when it is no web link (an anchor on the page, ``file:``,
    ``javascript:``, ``data:``, ``mailto:``…)."""
    if not href.strip() or href.strip().startswith("#"):
        return None
    return as_uri(absolute(href))

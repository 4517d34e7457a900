"""A person's profile links, as committee lists, speaker cards and person pages show them.

The old site wrote a Twitter link as its handle (``@martin_maas``), a LinkedIn link as
"LinkedIn" and a homepage as "website". The data keeps those words where the page printed them
(``people.link_labels``, schema 2.9.0), and they are shown as printed: "@DivyaMahajn" for
``twitter.com/divyamahajn``, "@xxu?" (:func:`printed_label`). A link printed with no words of
its own (a linked name), or of a release that holds none, has words made from its URL
(:func:`profile_label`: a Twitter link's handle, another site's name, "Website"; a handle, not
"Twitter", which made a line of links read "Twitter · LinkedIn", alike from person to person,
and a screen reader's list of links a dozen "Twitter" on a home page). A link whose words do not
say whose it is ("LinkedIn", "Website") is named with the person's name too (``aria-label``
"LinkedIn profile of Dan Zhang"), the words shown first, so that speech input finds it by what
it shows (label in name, WCAG 2.5.3). A person with two links of the same words (two LinkedIn
URLs) has the second shown "LinkedIn (2)": two links that read alike but lead to different
places leave a reader no way to tell them apart (WCAG 2.4.4).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from docutils import nodes

from ..links import numbered
from .markup import SEPARATOR
from .pagelinks import reference

#: Sites whose profile URLs are ``/<handle>``, shown as ``@handle``: host -> the site's name.
HANDLE_SITES = {"twitter.com": "Twitter", "x.com": "X", "mobile.twitter.com": "Twitter"}
#: A handle as Twitter allows it (letters, digits, underscores; at most 15).
HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}\Z")
#: Other sites with profiles: host -> the site's name.
PROFILE_SITES = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "scholar.google.com": "Google Scholar",
    "orcid.org": "ORCID",
}


@dataclass(frozen=True)
class ProfileLabel:
    """A profile link's words (``shown``) and its accessible name (``name``, empty when the
    words are the name); the name begins with the words."""

    shown: str
    name: str = ""


def profile_label(url: str, person: str) -> ProfileLabel:
    """``@martin_maas`` (named "@martin_maas on Twitter") for a Twitter or X profile; the site's
    name for another site's ("LinkedIn", named "LinkedIn profile of Dan Zhang"); "Website"
    (named "Website of Benoit Steiner") for anything else."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    path = [p for p in parts.path.split("/") if p]
    site = HANDLE_SITES.get(host)
    if site is not None and len(path) == 1 and HANDLE.match(path[0]):
        return ProfileLabel(f"@{path[0]}", f"@{path[0]} on {site}")
    site = site or PROFILE_SITES.get(host)
    if site is not None:
        return ProfileLabel(site, f"{site} profile of {person}")
    return ProfileLabel("Website", f"Website of {person}")


def printed_label(url: str, person: str, printed: str) -> ProfileLabel:
    """The words the page printed as the link (``printed``, "@DivyaMahajn") shown as printed,
    named as :func:`profile_label` names the link ("@DivyaMahajn on Twitter"; "@LinkedIn,
    LinkedIn profile of Yawen Wang" where the words are not the ones it makes); empty
    ``printed``: :func:`profile_label`."""
    made = profile_label(url, person)
    if not printed:
        return made
    name = made.name or made.shown
    if printed.casefold() == made.shown.casefold():
        return ProfileLabel(printed, printed + name[len(made.shown) :] if made.name else "")
    return ProfileLabel(printed, f"{printed}, {name}")


def profile_labels(urls: Iterable[str], person: str, printed: Mapping[str, str] | None = None) -> list[ProfileLabel]:
    """:func:`printed_label` of each of ``person``'s URLs with the words the page printed as it
    (``printed``: URL -> words, :attr:`~workshop_data.model.Person.link_labels`), in order; the
    n-th link whose words an earlier one already shows reads "LinkedIn (n)", named "LinkedIn (n),
    LinkedIn profile of Dan Zhang"."""
    words = printed or {}
    labels = [printed_label(url, person, words.get(url, "")) for url in urls]
    return [
        label if shown == label.shown else ProfileLabel(shown, f"{shown}, {label.name or label.shown}")
        for label, shown in zip(labels, numbered(label.shown for label in labels), strict=True)
    ]


def profile_links(
    links: Iterable[object] | None, person: str, printed: Mapping[str, str] | None = None
) -> list[nodes.Node]:
    """``" · @martin_maas · LinkedIn"``: each of ``person``'s profile links, after a separator,
    labelled by :func:`profile_labels` (``printed``: URL -> the words the page printed as it)."""
    out: list[nodes.Node] = []
    urls = [str(url) for url in links or ()]
    for url, label in zip(urls, profile_labels(urls, person, printed), strict=True):
        attributes = (("aria-label", label.name),) if label.name else ()
        link = reference(nodes.Text(label.shown), attributes=attributes, refuri=url, classes=["wd-profile"])
        out += [nodes.Text(SEPARATOR), link]
    return out


__all__ = ["ProfileLabel", "printed_label", "profile_label", "profile_labels", "profile_links"]

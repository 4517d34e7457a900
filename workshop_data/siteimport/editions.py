"""Which edition a page of the site belongs to, at a commit.

An edition's pages live in its folder (``neurips2023/index.md``), but during each year the root
pages (``index.md``, ``schedule.md``, ``accepted_papers.md``) are that year's edition, and its
folder is created only later. A root page says its edition in its front matter
(``workshop_name``), else in ``site_description`` ("… at NeurIPS 2024, …"); the 2018 pages say
neither, so the commit date decides: the root pages belong to the first edition whose day is
less than :data:`GRACE` before the commit (sites keep the last edition for weeks after its day,
adding slides and recordings).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..importer.workshop import edition_of, parse_description, printed_scalar
from ..links import SITE
from ..memo import Memo
from .facts import EDITION_ALIASES, FACTS

#: How long after an edition's day the root pages may still be that edition's.
GRACE = dt.timedelta(days=60)
#: The pages that carry data, by file name: the kind of page each is.
PAGE_KINDS = {"index.md": "home", "schedule.md": "schedule", "accepted_papers.md": "papers"}
#: A folder that looks like an edition (letters then a year), e.g. ``isca2019``: ASCII digits
#: (``\d`` takes ``２０２４`` too, and an edition's name is ASCII).
EDITION_FOLDER = re.compile(r"[a-z]+\.?[0-9]{4}")
#: A folder that looks like an edition's but is not one (:data:`EDITION_FOLDER`): letters of either
#: case and a year, maybe apart (``NeurIPS2023``, ``neurips-2023``). Its pages are not read: an
#: edition is its folder's name, in lower case (``NeurIPS2023`` would be ``neurips2023``'s folder
#: on macOS and Windows); the import reports it (:func:`unread_folder`).
EDITION_LIKE = re.compile(r"[A-Za-z]+[-._ ]?\d{4}")
#: The kinds of Jekyll data file a loop over ``site.data.<edition>.papers`` reads, the one Jekyll
#: keeps first: its data reader reads ``*.{yaml,yml,json,csv,tsv}`` in that order, each file
#: setting its name's data, so the last read of one name is the site's.
DATA_EXTENSIONS = ("tsv", "csv", "json", "yml", "yaml")
#: A papers data file (read with the papers page that loops over it: :func:`.papers.data_files`).
_CSV = re.compile(rf"_data/(?P<edition>[^/]+)/papers\.(?:{'|'.join(DATA_EXTENSIONS)})")


@dataclass(frozen=True)
class PagePath:
    """A path of the site that holds an edition's data: its kind, and the edition when the path
    itself says it (a folder), else empty (a root page: read its front matter)."""

    path: str
    kind: str  # "home", "schedule", "papers" or "papers_csv"
    folder: str = ""
    #: The edition's page (by its path) whose address the file at :attr:`path` takes by its front
    #: matter's ``permalink`` (``program.md`` at ``/schedule.html``: Jekyll serves it there, read as
    #: ``schedule.md``); empty: its own.
    address: str = ""


@dataclass(frozen=True)
class Site:
    """Where Jekyll serves the site, as its ``_config.yml`` says at a commit: its ``url`` (empty: not
    given; the site is then :data:`~workshop_data.links.SITE`, as every page's path is read) and its
    ``baseurl`` (empty: none). What :func:`served` fills a page's links from."""

    url: str = ""
    baseurl: str = ""

    def relative_url(self, value: str) -> str:
        """Jekyll's ``relative_url`` filter: a URL with a scheme as it is, else the base URL (less
        one ``/`` it ends with) and the value, each starting with a ``/`` unless empty, normalized
        as Addressable does (:func:`normalized`)."""
        if _scheme(value):
            return value
        parts = (self.baseurl.removesuffix("/"), value)
        return normalized("".join(p if not p or p.startswith("/") else f"/{p}" for p in parts))

    def absolute_url(self, value: str) -> str:
        """Jekyll's ``absolute_url`` filter: :meth:`relative_url` after the site's ``url``, the
        whole normalized (:func:`normalized`: ``https://host`` and ``""`` print
        ``https://host/``)."""
        if _scheme(value):
            return value
        return normalized(self.url + self.relative_url(value)) if self.url else self.relative_url(value)

    def filtered(self, name: str, value: str) -> str:
        """What Jekyll's URL filter ``name`` (:data:`URL_FILTERS`) prints of ``value``."""
        return self.relative_url(value) if name == "relative_url" else self.absolute_url(value)

    def served(self, folder: str) -> Served:
        """Where a page Jekyll writes in ``folder`` (:func:`served_folder`) is served: its links read
        against the site's ``url`` (:data:`~workshop_data.links.SITE` when not given), its base URL
        and the folder."""
        return _served(self, folder)


def _scheme(value: str) -> str:
    """The scheme of a URL (empty: none, or no URL, which Jekyll's filters read as a path)."""
    try:
        return urlsplit(value).scheme
    except ValueError:
        return ""


#: The parts of a URL, as Addressable (RFC 3986, appendix B) splits it.
_URI_PARTS = re.compile(r"(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?", re.DOTALL)
#: What Addressable leaves unencoded in a path's segment (RFC 3986's ``pchar``), in the query (less
#: ``&``, which splits it; a ``%`` only as ``%2B``, left encoded) and in the fragment.
_SEGMENT = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")
_QUERY = (_SEGMENT - frozenset(b"&;")) | frozenset(b"/?")
_FRAGMENT = _SEGMENT | frozenset(b"/?")
_HOST = _SEGMENT - frozenset(b":@") | frozenset(b"[:]")
#: Addressable's ``RESERVED_AND_UNRESERVED``: what it leaves of a text that is no UTF-8 once decoded.
_RESERVED = _SEGMENT | frozenset(b"/?#[]")
#: The port Addressable drops from a URL of a scheme (its ``PORT_MAPPING``, the web's).
_DEFAULT_PORTS = {"http": "80", "https": "443", "ftp": "21"}
_ESCAPE = re.compile(rb"%([0-9A-Fa-f]{2})")


@functools.lru_cache(maxsize=1024)  # a site's few filtered paths, asked of every version of a page
def normalized(url: str) -> str:
    """``url`` as Jekyll 4's URL filters print it: ``Addressable::URI.parse(url).normalize.to_s``
    (addressable/uri.rb): the scheme and host in lower case (a host not ASCII in IDNA), the
    scheme's own port dropped, ``.`` and ``..`` taken out of the path, the path ``/`` where a web
    URL has none; in each part every escape decoded, the text put in Unicode's NFC and what the
    part may not hold escaped again (``%7e`` is ``~``, a space ``%20``, ``é`` ``%C3%A9``); an
    empty query or fragment dropped with its ``?`` or ``#``."""
    scheme, authority, path, query, fragment = _URI_PARTS.fullmatch(url).groups()  # type: ignore[union-attr]
    scheme = scheme.lower() if scheme else scheme
    path = "/".join(_component(segment, _SEGMENT) for segment in path.strip().split("/"))
    path = _without_dots(path)
    if not path and scheme in ("http", "https", "ftp", "tftp"):
        path = "/"
    out = f"{scheme}:" if scheme else ""
    if authority is not None:
        out += f"//{_authority(authority, scheme)}"
    out += path
    if query is not None:
        query = "&".join(_component(pair, _QUERY, keep=b"+") for pair in query.split("&"))
        out += f"?{query}" if query else ""
    if fragment:
        out += f"#{_component(fragment, _FRAGMENT)}"
    return out


def _authority(authority: str, scheme: str | None) -> str:
    """A URL's ``user@host:port`` as Addressable normalizes it (:func:`normalized`)."""
    user, at, hostport = authority.rpartition("@")
    host, colon, port = hostport.rpartition(":") if not hostport.endswith("]") else (hostport, "", "")
    if not colon or not port.isdigit():
        host, port = hostport, ""
    host = _unescaped(host.strip().lower().encode()).decode("utf-8", "replace")
    with contextlib.suppress(UnicodeError):  # no name IDNA takes: as it is
        host = host if host.isascii() else host.encode("idna").decode()
    if re.search(r"[^.]\.$", host):
        host = host[:-1]
    host = _component(host, _HOST)
    port = "" if _DEFAULT_PORTS.get(scheme or "") == port else port
    return f"{_component(user, _SEGMENT) + at}{host}{':' + port if port else ''}"


def _component(text: str, allowed: frozenset[int], keep: bytes = b"") -> str:
    """Addressable's ``normalize_component``: ``text`` with every escape decoded (but those of
    ``keep``), in NFC, and every byte not ``allowed`` escaped (upper case)."""
    raw = _unescaped(text.encode(), keep)
    try:
        raw = unicodedata.normalize("NFC", raw.decode()).encode()
    except UnicodeDecodeError:  # no UTF-8: Addressable escapes all but the reserved and unreserved
        allowed = _RESERVED
    kept = {b"%" + f"{k:02X}".encode() for k in keep}
    out = []
    for i, byte in enumerate(raw):
        if byte in allowed or (byte == 0x25 and raw[i : i + 3].upper() in kept):
            out.append(chr(byte))
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def _unescaped(raw: bytes, keep: bytes = b"") -> bytes:
    """``raw`` with its ``%XX`` escapes decoded, but those of a byte in ``keep`` (in upper case)."""

    def one(match: re.Match[bytes]) -> bytes:
        byte = int(match.group(1), 16)
        return match.group(0).upper() if byte in keep else bytes([byte])

    return _ESCAPE.sub(one, raw)


def _without_dots(path: str) -> str:
    """``path`` with its ``.`` and ``..`` segments taken out (RFC 3986, 5.2.4), as Addressable's
    ``normalize_path`` does (a ``..`` above the root is dropped)."""
    out: list[str] = []
    while path:
        if path.startswith(("../", "./")):
            path = path.partition("/")[2]
        elif path.startswith("/./") or path == "/.":
            path = "/" + path[3:]
        elif path.startswith("/../") or path == "/..":
            path = "/" + path[4:]
            if out:
                out.pop()
        elif path in (".", ".."):
            path = ""
        else:
            start = 1 if path.startswith("/") else 0
            end = path.find("/", start)
            end = len(path) if end < 0 else end
            out.append(path[:end])
            path = path[end:]
    return "".join(out)


@functools.lru_cache(maxsize=256)  # asked of every page version read: the same few sites and folders
def _served(site: Site, folder: str) -> Served:
    """:meth:`Site.served`."""
    root = normalized(site.url).removesuffix("/") if site.url else SITE.removesuffix("/")
    return Served(site, f"{root}{site.relative_url('')}/{folder}", not site.url)


#: The Liquid filters Jekyll fills a URL by from ``_config.yml`` (:meth:`Site.filtered`).
URL_FILTERS = ("relative_url", "absolute_url")


@dataclass(frozen=True)
class Served:
    """Where a page is served (:meth:`Site.served`): the site, the address (``base``) a browser
    reads the page's paths against, and whether the site is :data:`~workshop_data.links.SITE`,
    against which the readers make a path from the root absolute (``at_site``): such a path is
    then left to them."""

    site: Site = Site()
    base: str = SITE
    at_site: bool = True

    def link(self, value: str) -> str:
        """``value`` (a link the page prints) as a browser reads it at :attr:`base`: a path made
        absolute, a URL with a scheme, an anchor alone (``#x``) and what is no URL as printed."""
        value = value.strip()
        if not value or value.startswith("#") or (self.at_site and value.startswith("/")) or _scheme(value):
            return value
        try:
            return urljoin(self.base, value)
        except ValueError:  # no URL (``//[::1``): read as printed, as the readers do
            return value


#: A page served at the root of :data:`~workshop_data.links.SITE` (a ``_config.yml`` saying nothing).
AT_SITE = Served()


def served_folder(path: str, permalink: object) -> str:
    """The folder (``neurips2024/``; empty: the root) of the address Jekyll serves the page
    ``path`` at, whose front matter gives ``permalink`` (None: none): the permalink's
    (``/neurips2024/papers/`` is written as ``neurips2024/papers/index.html``), else the page's
    own. A permalink made of placeholders is read as the page's own address (as
    :func:`.planning._own_address` reads it)."""
    if isinstance(permalink, str) and permalink.strip() and ":" not in permalink:
        folder = permalink.strip().lstrip("/").rpartition("/")[0]
    else:
        folder = path.rpartition("/")[0]
    return f"{folder}/" if folder else ""


def page_path(path: str) -> PagePath | None:
    """The data page ``path`` is, or None for files that carry no data (styles, the call for
    papers, images…)."""
    match = _CSV.fullmatch(path)
    if match:
        return PagePath(path, "papers_csv", match.group("edition"))
    parts = path.split("/")
    if len(parts) == 1 and parts[0] in PAGE_KINDS:
        return PagePath(path, PAGE_KINDS[parts[0]])
    if len(parts) == 2 and parts[1] in PAGE_KINDS and EDITION_FOLDER.fullmatch(parts[0]):
        return PagePath(path, PAGE_KINDS[parts[1]], parts[0])
    return None


def unread_folder(path: str, names: Callable[[], str | None] = lambda: None) -> tuple[str, str, str] | None:
    """The folder and the page of ``path``, and why it is not read, when it is a page
    (:data:`PAGE_KINDS`, in any case) in a folder that is no edition's (:data:`EDITION_FOLDER`)
    and either looks like one (:data:`EDITION_LIKE`: ``NeurIPS2023``, ``neurips-2023``) or holds a
    page whose front matter names an edition (``names()``, called only then: ``ws26/``,
    ``archive/neurips2026/``, an edition's folder renamed past looking like one): a page not read,
    which the import reports. None for any other path: a root page, an edition's page, and a
    page of an ordinary folder (``_layouts``, ``assets``) whose front matter names no edition."""
    folder, _, name = path.rpartition("/")
    if not folder or name.lower() not in PAGE_KINDS or EDITION_FOLDER.fullmatch(folder):
        return None
    rule = "an edition's folder is its name, lower-case letters and a year"
    if EDITION_LIKE.fullmatch(folder):
        return folder, name, f"looks like an edition's folder but is not one ({rule}: {as_edition_folder(folder)!r})"
    edition = names()
    if edition:
        why = f"holds a page of {edition} (its front matter says) but is no edition's folder"
        return folder, name, f"{why} ({rule}: {as_edition_folder(edition)!r})"
    return None


#: The extensions besides ``.md`` of a file Jekyll renders at the address ``<name>.html``: its
#: Markdown extensions (``markdown_ext``'s default) and HTML.
_RENDERED_AS_HTML = frozenset({"html", "markdown", "mkdown", "mkdn", "mkd"})


@functools.lru_cache(maxsize=4096)  # asked of every path every commit changes, in both readings: the same few paths
def misnamed_page(path: str) -> tuple[str, str] | None:
    """The page (:data:`PAGE_KINDS`) that ``path`` names but for its case or its extension, at the
    root or in an edition's folder, and how it is misnamed, else None. Such a file is not read;
    the import reports it. ``neurips2021/Index.md``: ``index.md`` but for its case, which the site
    publishes at another address (``Index.html``) than the edition's page, and which on a file
    system that ignores case would be that page. ``schedule.html``, ``schedule.markdown``:
    ``schedule.md`` by another extension, which Jekyll renders at the edition's page's own address
    (``schedule.html``): the site shows it as the edition's schedule, where the import reads
    ``schedule.md`` alone (and keeps its last version)."""
    folder, _, name = path.rpartition("/")
    if name in PAGE_KINDS or (folder and not EDITION_FOLDER.fullmatch(folder)):
        return None
    if name.lower() in PAGE_KINDS:
        page = name.lower()
        return page, f"named as an edition's page but for its case (a page's name is in lower case: {page!r})"
    stem, dot, extension = name.rpartition(".")
    page = f"{stem}.md"
    if not dot or page not in PAGE_KINDS or extension.lower() not in _RENDERED_AS_HTML:
        return None
    said = f"Jekyll shows it at the address of an edition's page, {page!r}, which the import reads alone"
    return page, f"{said} (rename it {page!r})"


@functools.lru_cache(maxsize=4096)  # as misnamed_page
def may_take_address(path: str) -> bool:
    """Whether ``path`` is a file Jekyll renders as a page (Markdown or HTML) at the root or in an
    edition's folder that is no edition's page (:data:`PAGE_KINDS`) by its name: one whose front
    matter's ``permalink`` may put it at an edition's page's address (:func:`addressed_page`)."""
    folder, _, name = path.rpartition("/")
    extension = name.rpartition(".")[2].lower()
    return (
        (extension == "md" or extension in _RENDERED_AS_HTML)
        and name.lower() not in PAGE_KINDS
        and (not folder or EDITION_FOLDER.fullmatch(folder) is not None)
    )


def addressed_page(permalink: str) -> str | None:
    """The edition's page (:data:`PAGE_KINDS`, by its path) whose address the front matter's
    ``permalink`` gives a page, else None: ``/schedule.html``, ``/schedule`` (GitHub Pages serves
    it from ``schedule.html``) or ``/schedule/`` is ``schedule.md``'s, ``/`` and ``/index.html``
    ``index.md``'s, ``/neurips2023/`` ``neurips2023/index.md``'s. Jekyll writes such a page at
    that address, and the site shows it there, where the import reads the page by its name."""
    address = permalink.strip().strip("/")
    folder, _, last = address.rpartition("/")
    if not folder and EDITION_FOLDER.fullmatch(last):
        folder, last = last, ""
    stem = last.removesuffix(".html")
    page = f"{stem or 'index'}.md"
    if page not in PAGE_KINDS or (folder and not EDITION_FOLDER.fullmatch(folder)):
        return None
    return f"{folder}/{page}" if folder else page


def as_edition_folder(folder: str) -> str:
    """The edition folder's name that a folder looking like one (:data:`EDITION_LIKE`) would be
    (``NeurIPS-2023`` -> ``neurips2023``), for a report."""
    return re.sub("[-_ ]", "", folder.lower())


def edition_named(name: str) -> str:
    """The edition a folder or a printed conference names (``neurips.2018`` and ``nips2018``
    are ``neurips2018``)."""
    return EDITION_ALIASES.get(name, name)


def edition_by_date(when: dt.datetime) -> str | None:
    """The edition whose root pages the site showed at ``when``: the first whose day is less
    than :data:`GRACE` before it; None after the last known edition."""
    for facts in sorted(FACTS.values(), key=lambda f: f.day):
        if facts.day >= when.date() - GRACE:
            return facts.edition
    return None


def named_edition(front_matter: dict[str, Any]) -> tuple[str, str] | None:
    """The edition a page's front matter names and what names it: ``workshop_name``, else the
    conference in ``site_description``; None when neither does."""
    name = _printed(front_matter, "workshop_name").strip()
    if name:
        return edition_named(name), "workshop_name"
    described = edition_of(parse_description(_printed(front_matter, "site_description")))
    if described:
        return edition_named(described), "site_description"
    return None


def _printed(front_matter: dict[str, Any], key: str) -> str:
    """The front matter's ``key`` as the site prints it (:func:`.importer.workshop.printed_scalar`:
    ``.inf`` is ``Infinity``), a value that is no scalar as Python writes it (no edition's name)."""
    value = front_matter.get(key)
    printed = printed_scalar(value) if value is not None else ""
    return str(value) if printed is None else printed


def disagreement(front_matter: dict[str, Any]) -> str:
    """What a root page's front matter says against the edition its ``workshop_name`` names, which
    is the page's (:func:`named_edition`): its own ``site_description`` naming another edition's
    conference, or a day of another year than the edition's; empty where it says nothing against
    it (a page without a description of its own shows the site's, which lags behind the pages)."""
    name = _printed(front_matter, "workshop_name").strip()
    text = _printed(front_matter, "site_description") if name else ""
    if not text:
        return ""
    # remembered: the import reads the same front matter in version after version of every root page
    return _SAID_AGAINST.get((name, text), functools.partial(_said_against, name, text), len(name) + len(text))


#: What :func:`disagreement` found, by the workshop_name and site_description it was given.
_SAID_AGAINST: Memo[tuple[str, str], str] = Memo(64, budget=1 << 20)


def _said_against(name: str, text: str) -> str:
    description = parse_description(text)
    named, described = edition_named(name), edition_named(edition_of(description))
    day = FACTS[named].day if named in FACTS else None
    if described and described != named:
        said = f"{described} ({description.conference})"
    elif description.date is not None and day is not None and description.date.year != day.year:
        said = f"a day of {description.date.year} ({description.date}), {named}'s being of {day.year}"
    else:
        return ""
    return (
        f"its front matter's workshop_name names {named}, its site_description {said}; read as {named}'s "
        "(workshop_name names a root page's edition before site_description)"
    )


def root_edition(front_matter: dict[str, Any], when: dt.datetime) -> tuple[str | None, str]:
    """The edition of a root page and what said it: its front matter (:func:`named_edition`),
    else the commit date (None when nothing does)."""
    return named_edition(front_matter) or (edition_by_date(when), "commit date")

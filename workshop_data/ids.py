"""Identifiers: how slot, talk and person ids are made from what the page prints, how a
release is named from its publication time (and its time read back from the name), and what an
edition or release name may be (:func:`check_name`: one folder of the data directory).

Every id made here matches :data:`workshop_data.schema.ID_PATTERN` (which readers enforce): a
slug is cut to :data:`MAX_SLUG` characters, leaving room for the ``-N`` that makes it unique.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import re
import stat
import unicodedata
from collections.abc import Collection, Iterable
from pathlib import Path

from .defaults import DESCRIPTOR, LATEST
from .errors import WorkshopDataError
from .schema import NAME_PATTERN, PATTERN_RULES

#: An edition or release name: one folder name that the store lists (none starts with '.' or '_').
NAME = re.compile(NAME_PATTERN)


def check_name(what: str, value: str) -> str:
    """``value`` if it is a valid ``what`` ("edition" or "release") name, else a one-line
    :class:`WorkshopDataError`: a name is one folder of the data directory, not a path. A value
    that is no text at all (``release=None``, a number) is a :class:`TypeError` naming it."""
    if not isinstance(value, str):
        named = f"a release's name or {LATEST!r}" if what == "release" else f"an {what}'s name"
        raise TypeError(f"{what}: {named} (a str), not {value!r}")
    problem = name_problem(what, value)
    if problem is not None:
        raise WorkshopDataError(problem)
    return value


def name_problem(what: str, value: str) -> str | None:
    """Why ``value`` is no ``what`` ("edition" or "release") name, in one line, or None: the one
    rule by which :func:`check_name` refuses a name given and the listings
    (:func:`edition_folders`, :func:`release_folders`) pass over a folder already in a data
    directory (``CON``, ``AUX.2024``: never listed, as no import could have made it)."""
    if not NAME.fullmatch(value):
        return f"{what} name {value!r}: use {PATTERN_RULES[NAME_PATTERN]}"
    if (why := _windows_problem(value)) is not None:
        return f"{what} name {value!r}: {why}"
    return None


#: The names Windows keeps for its devices, in any case, alone or before a '.' (``AUX.2024``,
#: ``nul.tar.gz``): no file or folder there can be named so.
#: The names Windows reserves for a device: no file or folder there can have one, whatever its
#: case and with or without a '.' and more after it (:func:`check_name`, :data:`RESERVED_PERSON_IDS`).
WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT") for n in range(10))})
_RESERVED = re.compile(rf"(?:{'|'.join(sorted(WINDOWS_DEVICES))})(?:\..*)?", re.IGNORECASE | re.DOTALL)


def _windows_problem(name: str) -> str | None:
    """Why a folder named ``name`` cannot be made on Windows, or None: a device's name
    (:data:`_RESERVED`), or one ending in a '.' or a space, which Windows drops (``neurips2024.``
    is ``neurips2024`` there). A wheel or a checkout holding such a release's (or edition's)
    folder could not be installed or cloned there, so no name is one (:func:`check_name`)."""
    if _RESERVED.fullmatch(name):
        device = name.split(".", 1)[0].upper()
        return (
            f"{device} is a name Windows reserves for a device (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or "
            "without a '.' and more after it): no folder there can have it, and a wheel or a checkout holding "
            "it could not be installed or cloned on Windows"
        )
    if name.endswith((".", " ")):
        return (
            "Windows drops a final '.' or space from a folder's name (it would be another name there), so a "
            "wheel or a checkout holding it could not be installed or cloned on Windows"
        )
    return None


#: The folders of the site's sources beside the editions' (:mod:`workshop_data.sphinxext`: the
#: people pages, the editions' prose, the package documentation): an edition named as one, in any
#: case, would have its pages written over them, and the site refuses to build.
SITE_FOLDERS = ("people", "editions", "package")


def site_folder_problem(edition: str, srcdir: Path | None = None, folders: Iterable[str] = SITE_FOLDERS) -> str | None:
    """Why the site cannot give ``edition`` a folder of its own, or None: it holds a '.', as every
    file the build writes beside the editions' folders is named (``index.md``, the root page;
    ``objects.inv``, ``searchindex.js``, a page's ``.html``, the redirect of an old URL such as
    ``schedule.html``), or it is named as one of the site's own ``folders`` in any case (macOS
    and Windows take ``Package`` for ``package``), in ``srcdir`` when given. The site's build
    refuses such an edition (:func:`workshop_data.sphinxext.pages.folder_problem`), and
    ``workshop-data import`` a page into one."""
    if "." in edition:
        return (
            "its folder would be named as a file the site writes beside it (index.md, objects.inv, a page's"
            " .html: each named with a '.'); an edition's folder holds no '.' on the site"
        )
    key = edition.casefold()
    for name in folders:
        if name.casefold() == key:
            where = srcdir / name if srcdir is not None else f"{name}/"
            return f"its pages would be written into {where}, the site's own folder"
    return None


#: The longest slug (the pattern allows 100 characters; ``unique`` may add ``-N``).
MAX_SLUG = 90


@functools.cache
def _ignorable() -> re.Pattern[str]:
    """Unicode's default-ignorable code points (DerivedCoreProperties.txt,
    Default_Ignorable_Code_Point, Unicode 15.1): shown as nothing where a text is shown. The
    reader refuses most of them; the joiners (U+200C, U+200D), the directional marks, the
    grapheme joiner, the variation selectors and the Hangul fillers it lets through.

    Compiled on first use: a class past Latin-1 is built over 65,536 code points (with
    :mod:`~workshop_data.validation`'s two searches of refused characters, 17.6 M instructions at
    every import of the loaders' path), and only a text beyond ASCII needs it."""
    return re.compile(
        "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
        "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
    )


def without_ignorable(text: str) -> str:
    """``text`` without the characters no page shows (:func:`_ignorable`): how a name reads,
    what the comparisons of names compare ('Jeff De' + U+200D + 'an' is 'Jeff Dean')."""
    return text if text.isascii() else _ignorable().sub("", text)


def ascii_fold(text: str) -> str:
    """``text`` in ASCII, accents taken off and other characters dropped: ``"Zürich"`` -> ``"Zurich"``."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Case-, accent- and punctuation-free words: ``"Natasha  Jaques."`` -> ``"natasha jaques"``.
    How names and titles are compared (``workshop_data.identity``, ``workshop_data.aliases``);
    here, beside the fold it is made of, so that what compares titles need not import the
    matching of releases."""
    return " ".join(re.findall(r"[a-z0-9]+", ascii_fold(text).lower()))


def title_key(title: str) -> str:
    """How a paper's title is compared with another title: its words as :func:`normalise` gives
    them (case, accents and punctuation ignored). The one rule of the site import, which tells an
    edition's papers apart by it (no two papers of a release share a key), and of the join of
    talks to papers (:mod:`workshop_data.talk_papers`)."""
    return normalise(title)


#: Dropped from a folded text, not taken for a word break: "Q&A" -> "qa". (A curly apostrophe is
#: not ASCII, so the fold dropped it already; one in this class cost each import 2 M instructions
#: to compile, the class of a character past Latin-1 being built over 65,536 code points.)
_DROPPED = re.compile(r"['&*]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=65536)  # an import makes the ids of the same names again and again
def slugify(text: str, max_words: int | None = None) -> str:
    """Lower-case ASCII words joined by '-': ``"Q&A"`` -> ``"qa"``, ``"Jeff Dean"`` -> ``"jeff-dean"``;
    a text the fold leaves no word of, one with no Latin letter or digit, transliterated
    (:func:`transliterated`): ``"张伟"`` -> ``"zhang-wei"``, ``"Алексей Смирнов"`` ->
    ``"aleksey-smirnov"``, where it was ``"x"`` (every such person, slot or talk one id, made
    unique as ``x-2``, ``x-3``…: ids a reader can neither read nor tell apart)."""
    words = _words(text)
    if not words and not text.isascii():  # (ASCII romanises to itself: '' and '!' are 'x' still)
        words = _words(transliterated(text))
    if max_words is not None:
        words = words[:max_words]
    return _cut("-".join(words))


def _words(text: str) -> list[str]:
    """The lower-case ASCII words of ``text`` that :func:`slugify` joins (the ASCII fold's)."""
    ascii_text = _DROPPED.sub("", ascii_fold(text).lower())
    return [w for w in _NOT_WORD.split(ascii_text) if w]


#: A lower-case letter followed by a capital in a transliteration: a word break (anyascii writes
#: each Han, Hangul or kana syllable capitalised, without spaces: 张伟 is 'ZhangWei').
_SYLLABLE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def transliterated(text: str) -> str:
    """``text`` in ASCII letters as it is read aloud, by Unicode's scripts' usual romanisation:
    anyascii's tables (``"张伟"`` -> ``"Zhang Wei"``, ``"Алексей"`` -> ``"Aleksey"``, ``"Γιώργος"``
    -> ``"Giorgos"``, ``"मीना"`` -> ``"mina"``), a syllable it writes capitalised after another
    a word of its own. What an id is made of where the ASCII fold (:func:`ascii_fold`) leaves no
    letter (:func:`slugify`): a name in Latin letters keeps the id the fold gives it ('Søren' is
    ``sren``, as published). anyascii is imported on the first such text: a history of Latin
    names never loads it."""
    from anyascii import anyascii  # a well-kept, dependency-free table of every script's romanisation

    return _SYLLABLE.sub(" ", anyascii(text))


def _cut(slug: str) -> str:
    """``slug`` cut to :data:`MAX_SLUG` characters (not ending in '-'); ``"x"`` when empty."""
    return slug[:MAX_SLUG].rstrip("-") or "x"


def unique(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken yet."""
    if not isinstance(taken, set | frozenset):  # a set is looked into as it is, not copied
        taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


#: The ids the site's page layout gives elements of its own, around what the data shows:
#: pydata-sphinx-theme's (its skip link, header, sidebars, search dialog, table of contents,
#: back-to-top button; its scripts find them by id), Sphinx's search box and results. A slot's id
#: is its row's on the schedule page and its address (``schedule.html#<slot id>``, an event's URL):
#: no slot is given one of them (a slot labelled "Main Content" is ``main-content-2``; as
#: ``main-content`` its row held the ``<main>``'s id, and a link to it opened the page's top), and
#: the site gives no element one (``sphinxext.base.reserve_layout_ids``). tests/test_site.py checks
#: the list against the ids a built page's layout holds.
LAYOUT_IDS = frozenset(
    {
        "bd-header-version-warning", "ethical-ad-placement", "main-content", "pst-back-to-top",
        "pst-collapse-sidebar-button", "pst-header", "pst-page-navigation-heading-2", "pst-page-toc-nav",
        "pst-primary-sidebar", "pst-primary-sidebar-modal", "pst-scroll-pixel-helper", "pst-search-dialog",
        "pst-secondary-sidebar", "pst-secondary-sidebar-modal", "pst-skip-link", "search-progress",
        "search-results", "searchbox",
    }
)  # fmt: skip


def slot_id(label: str, title: str, first_speaker: str | None, taken: Iterable[str]) -> str:
    """A new slot's id: its label (or title), and its first speaker's name when it has one (the
    name alone for a row that prints only its speaker); none of :data:`LAYOUT_IDS`."""
    if first_speaker and not (label or title):
        base = slugify(first_speaker)
    else:
        base = slugify(label or title or "slot", max_words=5)
        if first_speaker:
            base = _cut(f"{base}-{slugify(first_speaker)}")
    return unique(base, LAYOUT_IDS.union(taken) if base in LAYOUT_IDS else taken)


def talk_id(title: str, taken: Iterable[str]) -> str:
    """A new talk's id: the first five words of its title."""
    return unique(slugify(title, max_words=5), taken)


#: Ids no person is given: the site lists everyone at ``people/index`` and a person's page is
#: ``people/<person_id>``, so it refuses a person ``index`` (a person named "Index" is ``index-2``);
#: nor a name Windows reserves for a device (:data:`WINDOWS_DEVICES`: a person named "Nul" is ``nul-2``),
#: whose page a site built there writes to the device and a checkout of the built site cannot hold.
RESERVED_PERSON_IDS = frozenset({"index", *(device.lower() for device in WINDOWS_DEVICES)})


def person_id(name: str, *taken: Collection[str]) -> str:
    """A new person's id: the name as a slug, none of the ``taken`` ones (each a collection of
    ids) nor one of :data:`RESERVED_PERSON_IDS`. Which name a person's id is made from is
    :meth:`workshop_data.aliases.AliasTable.new_person_id`'s rule (their canonical name), which both
    importers follow."""
    base = slugify(name)
    for held in (RESERVED_PERSON_IDS, *taken):  # (a loop, not any() over a generator: 8,100 calls an import)
        if base in held:  # (thousands of ids: joined only then)
            return unique(base, set(RESERVED_PERSON_IDS).union(*taken))
    return base


def release_name(when: _dt.datetime, taken: set[str]) -> str:
    """The name of a release published at ``when``: ``YYYY-MM-DD.HHMM`` in UTC, or
    ``YYYY-MM-DD.HHMMSS`` when an earlier release of the edition (``taken``) has that minute's
    name already, numbered (``-2``) in the rare case that it has that second's too.

    Why this rule: a release's name is what users pin (``release="2024-12-15.0142"``), so it
    must never move. A name made from the release's own publication time does not depend on
    which other versions of the day the importer turns into releases: when an importer
    improvement makes an earlier version of the day a release, it gets its own name and every
    published name stays (the former rule, the bare day for a day's first release and
    ``.HHMM`` for later ones, renamed releases then). The names also sort in publication order,
    as the folders list. Only the pinned legacy release ``neurips2024/2024-11-20`` (published
    in 1.0) keeps its bare-day name (``siteimport.facts.PINNED``)."""
    name = f"{when.astimezone(_dt.UTC):%Y-%m-%d.%H%M}"
    if name not in taken:
        return name
    name = f"{when.astimezone(_dt.UTC):%Y-%m-%d.%H%M%S}"
    return name if name not in taken else unique(name, taken)


#: A release name as :func:`release_name` makes it (``2024-11-19.1200``, ``2024-11-19.120000-10``, the
#: bare day ``2024-11-20``): its name unnumbered (``base``), the time it states and its number (``n``).
_RELEASE_NAME = re.compile(
    r"(?P<base>(?P<day>\d{4}-\d{2}-\d{2})(?:\.(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})?)?)(?:-(?P<n>\d+))?"
)


def release_order(name: str) -> tuple[str, int]:
    """What the names of releases published at the same time sort by: the name, and the number
    :func:`release_name` gave it when that second's name was taken (``-2``, ``-3``…; 1 for the
    unnumbered name) as a number: ``-10`` after ``-9``, where as texts it sorted before ``-2``
    (commits authored in the same second are releases of the same time, in commit order)."""
    match = _RELEASE_NAME.fullmatch(name)
    if match is None or match["n"] is None:
        return (name, 1)
    return (match["base"], int(match["n"]))


def edition_folders(root: Path) -> list[Path]:
    """The edition folders of a data directory, unordered: each named as an edition may be
    (:func:`name_problem`) and holding a release folder (:func:`release_folders`). With
    :func:`release_folders`, the one home of what the store, the loaders and the CLI list."""
    return [root / name for name in editions_listed(root)]


def editions_listed(root: Path) -> dict[str, list[Path]]:
    """The editions of a data directory (:func:`edition_folders`), unordered, each by its name with
    its release folders (:func:`release_folders`): one listing of each, for a reader that needs
    both (finding the newest edition listed every edition's releases twice)."""
    listed = ((p.name, release_folders(p)) for p in root.iterdir() if name_problem("edition", p.name) is None)
    return {name: releases for name, releases in listed if releases}


def release_folders(edition_dir: Path) -> list[Path]:
    """The release folders of an edition folder, unordered: each named as a release may be
    (:func:`name_problem`: not ``AUX.2024``, which :func:`check_name` refuses) and holding a
    descriptor, a file of any type but a folder: one that is no regular file (a FIFO) is its
    release's, which its readers refuse by name (:func:`~workshop_data.files.read_regular`), not
    a release silently absent from the listings. None when it is no folder."""
    if not edition_dir.is_dir():
        return []
    return [p for p in edition_dir.iterdir() if name_problem("release", p.name) is None and _holds_descriptor(p)]


def unlisted_problem(release_dir: Path) -> str | None:
    """Why the listings pass over the release folder ``release_dir`` of a data directory (its own
    name or its edition folder's is none :func:`check_name` takes), naming that folder, or None."""
    for what, folder in (("edition", release_dir.parent), ("release", release_dir)):
        problem = name_problem(what, folder.name)
        if problem is not None:
            return f"{folder}: {problem}: {UNLISTED}"
    return None


#: What a folder whose name no edition or release may have is, said after why (:func:`unlisted_problem`).
UNLISTED = "not a folder of the data directory's listings (no loader reads it): rename it"


def _holds_descriptor(folder: Path) -> bool:
    """Whether ``folder`` holds a descriptor of any type but a folder (:func:`release_folders`)."""
    try:
        return not stat.S_ISDIR(os.stat(folder / DESCRIPTOR).st_mode)
    except (OSError, ValueError):  # none, a broken link, a name the system refuses
        return False


#: The start of a name that reads as a day (``2024-11-20``, ``2024-1-2``): a dated name's.
_DAY_FIRST = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?!\d)")


def check_dated(name: str) -> str:
    """``name``, unless it begins as a dated release name does (a day, ``YYYY-MM-DD``) but is none
    that states a time (:func:`release_time`: the day, ``.HHMM`` or ``.HHMMSS`` after it, a
    ``-N`` last): then a one-line :class:`WorkshopDataError`. A typo such as ``2024-13-03``, or
    ``2024-11-20.17420`` (a digit too many), would be published at the time of its import, not
    the one it was meant to state, and be the edition's newest name."""
    if _DAY_FIRST.match(name) and release_time(name) is None:
        raise WorkshopDataError(f"release name {name!r}: not a day and time (YYYY-MM-DD, or YYYY-MM-DD.HHMM in UTC)")
    return name


def release_span(name: str) -> tuple[_dt.datetime, _dt.datetime] | None:
    """When a release named ``name`` was published, as far as its name says: from the time it
    states (:func:`release_time`) to the end of the second, minute or day it keeps (a bare day
    ``2024-11-20`` is that whole day in UTC); ``None`` for a name that states no time.

    Why: a release's descriptor says its publication time (``created``) and a dated name states it
    again; the reader refuses a release whose ``created`` is outside its name's span
    (:mod:`workshop_data.validation`), so the names bound the publication times and the store
    finds an edition's newest release by its names, reading the times of the few whose spans
    reach past every other's start (:func:`workshop_data.store.newest_name`), not of all."""
    start = release_time(name)
    if start is None:
        return None
    match = _RELEASE_NAME.fullmatch(name)
    assert match is not None  # release_time read it
    keeps = "second" if match["second"] else "minute" if match["minute"] else "day"
    return start, start + _dt.timedelta(**{f"{keeps}s": 1})


def release_time(name: str) -> _dt.datetime | None:
    """The publication time a release name states (:func:`release_name`'s inverse, to the
    minute or second it keeps), in UTC; a bare day (``2024-11-20``) is that day at 00:00 UTC;
    ``None`` for a name that states no time."""
    match = _RELEASE_NAME.fullmatch(name)
    if match is None:
        return None
    day, hour, minute, second = match.group("day", "hour", "minute", "second")
    try:
        return _dt.datetime.fromisoformat(f"{day}T{hour or '00'}:{minute or '00'}:{second or '00'}+00:00")
    except ValueError:
        return None

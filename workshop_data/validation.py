"""Reading a release from disk, checking every rule on the way.

:func:`read_release` is the one reader: the loaders, the CLI and :func:`validate` all go
through it, so data that loads is data that validates. Each broken rule raises
:class:`~workshop_data.errors.DataValidationError` naming the file, the row and the field.

Hashes are verified at every load: a release is a handful of small files, hashing them costs
microseconds, and users may point the loaders at data directories of their own, where a file
edited by hand (or cut short by a failed copy) must not load silently. (The SHA-256 of the same
bytes is remembered, :func:`~workshop_data.encoding.sha256`, and the bytes found to have a
descriptor's hash, :func:`~workshop_data.encoding.hashed_as`: a file changed by a byte is other
bytes, hashed afresh, and compared with its descriptor's hash as every file is.)

What :func:`read_release` checks (and so :func:`validate`, ``workshop-data validate`` and
every loader), and where:

- the descriptor (:func:`_declared`): JSON of bounded size and depth, a schema version this
  package reads (:class:`~workshop_data.errors.NewerSchemaError` for a newer one), each
  resource once, its fields the schema's (:func:`_check_declared`) and read as this package
  reads them (:func:`_check_read_by`), the package's name (:func:`_check_package_name`);
- each file (:func:`_resource_bytes`): the release's own regular file (:func:`_own_file`), of
  the size and SHA-256 hash the descriptor gives, UTF-8 and not empty (:func:`_decoded`), its
  header the declared fields, each once (:func:`_columns`);
- each cell (:func:`_from_cell`): its type's one form, a required value present, the
  vocabulary and pattern of its field, no character a reader refuses (:func:`text_problem`),
  no word of a person's name or affiliation (people's names and affiliations, roles'
  affiliations, authors' names) mixing scripts, as "Jeff Deаn" with a Cyrillic 'а' does
  (:func:`script_problem`, Unicode TR39), the two the one rule of a field's texts
  (:func:`field_problem`, the importers' too), and unique keys unique
  (:func:`_unique`);
- the release: its name the descriptor's ``version`` (:func:`_name`), its publication time
  within what the name states (:func:`_published`), one edition (:func:`_check_edition`),
  no two ids differing in case alone (:func:`_case_twins`);
- the schedule: slots in the page's order, each ending after it starts, their speakers
  people of the release (:func:`_check_slots`), every time on the venue's clock once
  (:func:`_check_wall_times`), talks in slots of the release, by its people
  (:func:`_check_talks`), a repeated slot's program the same (:func:`_check_repeats`),
  positions in order (:func:`_check_listed`);
- references: roles and authors name people of the release, authors (one a position) and
  papers' links its papers (:func:`_check_references`), materials its slots and talks
  (:func:`_check_materials`, :func:`_check_paper_materials`), a role's own affiliations and
  links not the person's (:func:`_check_printed_with_roles`), a link inside a text in a text
  of the release, its words the text's at its place, in order (:func:`_check_text_links`);
- people: a label for each profile link or none (:func:`_check_link_labels`);
- corrections: of a field the schema has (:func:`_check_corrections`), of a row the release
  holds (:func:`_check_correction_keys`), holding the value that row holds
  (:func:`_check_corrected_value`).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import io
import json
import marshal
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence, Set
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from . import collector
from .defaults import DESCRIPTOR, MAX_DESCRIPTOR_BYTES, MAX_RESOURCE_BYTES, MAX_RESOURCE_ROWS
from .encoding import RepeatedKeyError, format_published, hashed_as, json_value, parse_published, sha256
from .errors import DataValidationError, NewerSchemaError, UnknownTimeZoneError, shown
from .files import NotRegularFileError, not_regular, read_regular
from .ids import edition_folders, release_folders, release_order, release_span, without_ignorable
from .memo import ByIdentity, Memo
from .model import (
    PRINTED_WITH_ROLE,
    PROGRAM,
    Author,
    Correction,
    Material,
    Paper,
    PaperMaterial,
    Person,
    Release,
    Role,
    Slot,
    Talk,
    TextLink,
    Workshop,
    programs,
)
from .schema import (
    LINKED_TEXT_KEYS,
    LINKED_TEXTS,
    PACKAGE_NAME_PATTERN,
    PAPERS,
    PATTERN_RULES,
    PEOPLE,
    READ_AS,
    RESOURCES,
    SCHEMA_VERSIONS,
    SLOTS,
    TALKS,
    WORKSHOP,
    Field,
    Resource,
    collapsed,
    fields_by_resource,
    is_newer,
    resources,
)
from .timeutil import check_timezone, day_problem, wall_time_problem

if TYPE_CHECKING:
    from .summary import ReleaseSummary

Row = dict[str, Any]


#: ``DATETIME_FORMAT`` written in full, each field in its range: the one form of a datetime cell
#: (a Frictionless datetime's; ``strptime`` also reads ``8:20`` for ``08:20``), read with
#: ``fromisoformat``, which checks the day against its month.
_WALL_TIME = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])-[0-3][0-9]T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]")
#: The one form of a date cell, a Frictionless date's (``date.fromisoformat`` also reads
#: ``20241215`` and ``2024-W50-7``).
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: A date's and a datetime's cell, by field type: its one form, its reader (which checks the day
#: against its month) and what the error says it is not. One rule for the cell read first
#: (:func:`_cell_reader`) and the cell read slowly (:func:`_from_cell`).
_CALENDAR: dict[str, tuple[re.Pattern[str], Callable[[str], Any], str]] = {
    "date": (_DATE, dt.date.fromisoformat, "a date (YYYY-MM-DD)"),
    "datetime": (_WALL_TIME, dt.datetime.fromisoformat, "a valid time (YYYY-MM-DDTHH:MM:SS, 24-hour clock)"),
}


#: Control characters: C0 but tab, line feed and carriage return; DEL; C1. A terminal acts on
#: them (`workshop-data schedule` prints names and titles), XML cannot hold most, and a
#: calendar's line would break; the pages give none (the importer reads a vertical tab in a
#: title as the space it shows).
_CONTROLS = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F))
#: Bidirectional overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069): they
#: reorder what follows them where a text is shown, so a title can read otherwise than it is
#: ("Trojan Source" spoofing on the site and in terminals). Right-to-left text needs none.
_BIDI = ((0x202A, 0x202E), (0x2066, 0x2069))
#: The other invisible format characters (Unicode's category Cf, as of Unicode 15.1): a soft
#: hyphen (U+00AD), a zero-width space (U+200B), a word joiner (U+2060), a byte-order mark inside
#: a value (U+FEFF), tags (U+E0001, U+E0020-U+E007F: invisible letters that spell hidden text;
#: but for the three flags of :data:`_FLAGS`)…
#: Shown as nothing, they make a title look equal to another that it is not, or carry text no
#: reader sees. All but the zero-width non-joiner and joiner (U+200C, U+200D: Persian, the
#: scripts of India and emoji sequences need them) and the directional marks (U+200E, U+200F,
#: U+061C: they set the direction of what is beside them in right-to-left text, and reorder
#: nothing else). Newer Unicode versions may add some (``tests/test_validation.py`` compares
#: this list with the running Python's).
_INVISIBLE = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200B),
    (0x2060, 0x2064),
    (0x206A, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
#: The noncharacters XML cannot hold (U+FFFE, U+FFFF: outside its ``Char`` production): a release
#: holding one loaded, but its frab XML could not be written, nor the site built, which offers it.
_NONCHARACTERS = ((0xFFFE, 0xFFFF),)
#: Surrogates: halves of a UTF-16 pair, no character of their own. No UTF-8 file holds one (the
#: decoder refuses it), but JSON's escape in an array cell does (``["\ud800Google"]``): such a
#: release loaded, and every export, ``schedule`` and the site stopped with a traceback
#: (``UnicodeEncodeError``) when they wrote it.
_SURROGATES = ((0xD800, 0xDFFF),)
#: Every character no text of a release holds (no release ever held one).
_REFUSED = (*_CONTROLS, *_BIDI, *_INVISIBLE, *_NONCHARACTERS, *_SURROGATES)


def _class(ranges: Iterable[tuple[int, int]]) -> str:
    """A regular expression's character class of ``ranges`` (first and last code points)."""
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges) + "]"


def _search_of(ranges: Sequence[tuple[int, int]]) -> re.Pattern[str]:
    """A pattern finding the first character of ``ranges`` in a text, in one search.

    The class of them all would be slow: past the BMP each range costs a comparison at every
    character. The first character is found among a wider class (the ranges past the BMP merged
    into one span per plane), then checked against the ranges themselves: a search of mostly
    BMP text costs what a search of the BMP ranges does.
    """
    spans: dict[int, tuple[int, int]] = {}
    for a, b in (r for r in ranges if r[0] > 0xFFFF):
        first, last = spans.get(a >> 16, (a, b))
        spans[a >> 16] = (min(first, a), max(last, b))
    wide = [*(r for r in ranges if r[0] <= 0xFFFF), *spans.values()]
    return re.compile(f"{_class(wide)}(?<={_class(ranges)})")


def _bytes_search_of(ranges: Sequence[tuple[int, int]]) -> re.Pattern[bytes]:
    """:func:`_search_of` in UTF-8 bytes: one search of a file finds whether any of its cells
    need looking at, without decoding it.

    Each character is its first byte and the rest (one byte for an ASCII character); the
    pattern is a class of the first bytes, then, looking back at which matched, the rest: the
    search goes byte by byte through one class, and tries the rest only after a byte that may
    begin a refused character (an alternative per sequence tried at every byte was three times
    slower).
    """
    rests: dict[bytes, list[int]] = {}  # a character's bytes but the last -> the last bytes
    for a, b in ranges:
        for code in range(a, b + 1):
            if 0xD800 <= code <= 0xDFFF:  # a surrogate has no UTF-8 bytes: the decoder refuses them
                continue
            utf8 = chr(code).encode()
            rests.setdefault(utf8[:-1], []).append(utf8[-1])
    firsts = sorted({head[0] for head in rests if head} | set(rests.get(b"", ())))

    def byte_class(values: Iterable[int]) -> bytes:
        return b"[" + b"".join(re.escape(bytes([v])) for v in sorted(values)) + b"]"

    choices = [
        b"(?<=" + re.escape(head[:1]) + b")" + re.escape(head[1:]) + byte_class(last)
        if head
        else b"(?<=" + byte_class(last) + b")"
        for head, last in sorted(rests.items())
    ]
    return re.compile(byte_class(firsts) + b"(?:" + b"|".join(choices) + b")")


@functools.cache
def _control() -> re.Pattern[str]:
    """The first character of :data:`_REFUSED` in a text. Compiled on first use, as
    :func:`_control_bytes`: a text or a file that is all printable holds none (each is
    unprintable: a test holds it), and the two classes past Latin-1, built over 65,536 code
    points, cost every import of the loaders' path (with :mod:`~workshop_data.ids`' class of
    ignorable characters, 17.6 M instructions) where the newest release holds no text to search."""
    return _search_of(_REFUSED)


@functools.cache
def _control_bytes() -> re.Pattern[bytes]:
    """:func:`_control` in a file's UTF-8 bytes."""
    return _bytes_search_of(_REFUSED)


#: The bytes of the ASCII characters no text refuses: the printable ones, tab, line feed and
#: carriage return (:func:`_holds_refused` takes them out before searching).
_PLAIN_ASCII = bytes([*range(0x20, 0x7F), 0x09, 0x0A, 0x0D])


def _holds_refused(data: bytes) -> bool:
    """Whether the UTF-8 bytes ``data`` (valid: decoded first) hold a character of
    :data:`_REFUSED`, a byte-order mark at the start aside (the decoder takes it).

    :func:`_control_bytes` is searched in what is left of the bytes once the ASCII characters
    no text refuses are taken out (in C, a table look-up a byte): the control characters and the
    non-ASCII characters, each still whole (every byte of a character beyond ASCII is not ASCII),
    and the pattern only matches from a character's first byte, so it finds a character there
    if and only if it finds one in ``data``. A release's files are nearly all ASCII: the search,
    which tries a class at every byte, then looks at a few bytes, not at every byte of the file;
    and where those are all printable (accented letters, a CJK name) it is not needed at all.
    """
    rest = data.translate(None, _PLAIN_ASCII)
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if len(rest) <= start or rest[start:].decode(errors="surrogateescape").isprintable():
        return False
    return _control_bytes().search(rest, start) is not None


#: The most characters a cell holds. The longest text of any release is an abstract of 1,944
#: characters (neurips2023's papers); a cell fifty times that is no abstract or bio but a file
#: pasted by mistake, or an attack: every loader would hold it in memory, and the site print it.
#: A rule of the readers (:func:`text_problem`), not a ``maxLength`` the descriptors declare:
#: the descriptors are made from :mod:`workshop_data.schema`, and a new constraint there would
#: change the bytes (and the pinned hashes) of every release published, and of its re-import.
MAX_CELL_CHARS = 100_000


#: The flags of England, Scotland and Wales: a black flag (U+1F3F4), tag letters (``gbeng``,
#: ``gbsct``, ``gbwls``) and a cancel tag (U+E007F), the only tag sequences Unicode recommends
#: (RGI emoji, Unicode 15.1). Their tags show as the flag, hide nothing, and are kept; any other
#: tag character is refused.
_FLAGS = re.compile(
    "\U0001f3f4(?:"
    + "|".join("".join(chr(0xE0000 + ord(c)) for c in region) for region in ("gbeng", "gbsct", "gbwls"))
    + ")\U000e007f"
)


def _unflagged(text: str) -> str:
    """``text`` without the flags of :data:`_FLAGS` (a black flag alone is printable and kept)."""
    return _FLAGS.sub("", text) if "\U0001f3f4" in text else text


def _control_problem(text: str) -> str | None:
    """Why ``text`` cannot be a text of a release (it holds a character of :data:`_REFUSED`
    outside a flag of :data:`_FLAGS`), or None."""
    found = None if text.isprintable() else _control().search(_unflagged(text))
    if found is None:
        return None
    code = ord(found.group())
    if any(a <= code <= b for a, b in _INVISIBLE):  # named: most show as nothing at all
        name = unicodedata.name(found.group(), "")
        return f"invisible character U+{code:04X}{f' {name}' if name else ''} in {shown(text)}"
    if any(a <= code <= b for a, b in _NONCHARACTERS):
        return f"noncharacter U+{code:04X} in {shown(text)}: XML cannot hold it"
    if any(a <= code <= b for a, b in _SURROGATES):
        return f"surrogate U+{code:04X} in {shown(text)}: half of a UTF-16 pair, no character (a JSON escape?)"
    kind = "bidirectional control character" if any(a <= code <= b for a, b in _BIDI) else "control character"
    return f"{kind} U+{code:04X} in {shown(text)}"


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be a cell of a release, whatever its field, or None: it is longer than
    :data:`MAX_CELL_CHARS` or holds a control, bidirectional or invisible character, a
    noncharacter XML cannot hold or a surrogate (:data:`_REFUSED`). The reader checks every cell
    with it, the importers every text they take from a page (so the error names the page rather
    than the file it would have been written to)."""
    if len(text) > MAX_CELL_CHARS:
        return f"{len(text):,} characters, more than a cell holds ({MAX_CELL_CHARS:,})"
    return _control_problem(text)


def texts_held(texts: Sequence[str]) -> bool:
    """Whether :func:`text_problem` takes every one of ``texts``: one look at them all, joined
    by a space (which it takes), rather than one per text (an import checks thousands). Text
    that is all printable holds no control character (each is unprintable: a test holds it), and
    is found so faster than by the search, which is left for text with an unprintable character
    (a line break, a tab, a no-break space)."""
    if max(map(len, texts), default=0) > MAX_CELL_CHARS:
        return False
    joined = " ".join(texts)
    return joined.isprintable() or _control().search(_unflagged(joined)) is None


#: The last code point of Latin Extended-B: every character up to it is of the Latin script or of
#: none (Common: digits, punctuation, '×'; Inherited: the combining accents), so a text of them
#: alone mixes no scripts; the names of the workshop's pages are all such (Søren, Altınbuüken,
#: Capotă) and are told so without Unicode's tables.
_LATIN_ONLY_UP_TO = "\u024f"
#: UTS #39's augmented script sets (section 5.1): a Han character may be written in Japanese
#: (with kana), Korean (with Hangul) or Chinese with Bopomofo, so 佐々木健太郎 and 김민준 are one
#: script each.
_AUGMENTED = {
    "Hani": ("Hanb", "Jpan", "Kore"),
    "Hira": ("Jpan",),
    "Kana": ("Jpan",),
    "Hang": ("Kore",),
    "Bopo": ("Hanb",),
}
#: The names of the writing systems the augmented sets add (Unicode's script names have none).
_AUGMENTED_NAMES = {"Jpan": "Japanese", "Kore": "Korean", "Hanb": "Han with Bopomofo"}


@functools.lru_cache(maxsize=4096)
def _script_set(char: str) -> frozenset[str] | None:
    """The scripts ``char`` is written in, as UTS #39 augments them (:data:`_AUGMENTED`), from
    its Script_Extensions; None for any script (Common and Inherited: digits, punctuation, a
    combining mark shared by all). Unicode's script data comes from fontTools
    (:mod:`fontTools.unicodedata`, current with Unicode): Python's :mod:`unicodedata` has no
    script property. Imported here, on the first character past Latin Extended-B: a release of
    names in Latin letters never loads it."""
    from fontTools import unicodedata as scripts  # a well-kept copy of Unicode's Scripts.txt

    found = set(scripts.script_extension(char))
    if found & {"Zyyy", "Zinh"}:
        return None
    for script, more in _AUGMENTED.items():
        if script in found:
            found.update(more)
    return frozenset(found)


def _script_name(code: str) -> str:
    """An ISO 15924 script code in words: ``Cyrl`` -> ``Cyrillic``."""
    from fontTools import unicodedata as scripts

    return _AUGMENTED_NAMES.get(code) or scripts.script_name(code, default=code)


def _mixed(word: str) -> tuple[str, str, str] | None:
    """Whether ``word`` mixes scripts (UTS #39: the intersection of its characters' script sets,
    :func:`_script_set`, is empty), as (the character of another script than the word's, that
    character's script, the word's), or None: the word's script is the one most of its
    characters share, the character named the first written in no such script."""
    sets = [(char, found) for char in word if (found := _script_set(char)) is not None]
    common = frozenset.intersection(*(found for _, found in sets)) if sets else None
    if not sets or common:
        return None
    counts: dict[str, int] = {}
    for _, found in sets:
        for script in sorted(found):
            counts[script] = counts.get(script, 0) + 1
    main = max(counts, key=counts.__getitem__)  # the first met of the most shared, ties to the first
    char, found = next((c, f) for c, f in sets if main not in f)
    return (
        char,
        _script_name(_own_script(char)) if _own_script(char) else "/".join(map(_script_name, sorted(found))),
        _script_name(main),
    )


def _own_script(char: str) -> str:
    """``char``'s Script property ('' for Common and Inherited: a mark shared by a few scripts)."""
    from fontTools import unicodedata as scripts

    code: str = scripts.script(char)
    return "" if code in ("Zyyy", "Zinh") else code


@functools.lru_cache(maxsize=65536)  # every name and affiliation of every release read
def script_problem(text: str) -> str | None:
    """Why ``text``, a person's name or an affiliation (a field of the schema's
    :attr:`~workshop_data.schema.Field.one_script`), cannot be one, or None: a word of it (a run
    of characters between spaces) mixes scripts, Unicode Technical Standard #39's mixed-script
    detection (section 5.1): "Jeff Deаn" with a Cyrillic 'а' reads as Jeff Dean and would be
    another person of the same look, with an id, a page and rows of their own. A name wholly in
    one script (Иван Петров, 李明, 佐々木健太郎) is one, and so is a name of words in different
    scripts ('Wei Zhang 张伟'). The one rule of the readers (:func:`read_release`: people's names
    and affiliations, roles' affiliations, authors' names) and of both importers (the page's
    people, before any release is made of them). A character no page shows
    (:func:`~workshop_data.ids.without_ignorable`: a joiner, a Hangul filler) is of no script
    here, as the comparisons of names drop it: 'De' + U+3164 + 'an' reads 'Dean'."""
    seen = without_ignorable(text)
    if seen.isascii() or max(seen, default=" ") <= _LATIN_ONLY_UP_TO:  # most names: no walk over their words
        return None
    for word in seen.split():
        found = None if max(word) <= _LATIN_ONLY_UP_TO else _mixed(word)
        if found is not None:
            char, its, words = found
            name = unicodedata.name(char, "")
            return (
                f"{shown(text)}: the word {shown(word)} mixes scripts, U+{ord(char):04X}{f' {name}' if name else ''}"
                f" ({its}) among {words} letters; each word of a name or affiliation is written in one script"
                " (Unicode TR39: a look-alike letter makes another person of the same look)"
            )
    return None


def beyond_latin(text: str) -> bool:
    """Whether ``text`` shows a character past Latin Extended-B (:data:`_LATIN_ONLY_UP_TO`): a
    letter of another script, or one of the Latin script's later blocks. A text that is not can
    be written in no script but Latin (nor look like a name in another one only by its script)."""
    if text.isascii():
        return False
    seen = without_ignorable(text)
    return bool(seen) and max(seen) > _LATIN_ONLY_UP_TO


def scripts_of(text: str) -> frozenset[str]:
    """The scripts ``text``'s letters are written in (ISO 15924 codes, as UTS #39 augments them:
    :func:`_script_set`), Common and Inherited characters aside: ``{'Latn'}`` for 'Jeff Dean',
    ``{'Cyrl'}`` for 'Иван Петров', both for 'Ivan Иван'."""
    found: set[str] = set()
    for char in without_ignorable(text):
        if char > _LATIN_ONLY_UP_TO:
            found |= _script_set(char) or set()
        elif char.isalpha():
            found.add("Latn")
    return frozenset(found)


def script_names(scripts: frozenset[str]) -> str:
    """``scripts`` (:func:`scripts_of`) in words, '/'-joined: ``{'Cyrl'}`` -> ``'Cyrillic'``."""
    return "/".join(sorted(map(_script_name, scripts))) or "no"


@functools.cache
def _prototypes() -> dict[str, str]:
    """Each character Unicode's confusables table (UTS #39, confusables.txt) maps to a prototype
    -> that prototype: what :func:`skeleton` replaces. The table as confusable_homoglyphs keeps
    it (a well-kept copy of Unicode's file, read by the import's checks only): each line 'source
    -> prototype' recorded both ways, so a source is the character whose one entry is a
    prototype (a sequence, or a character listed with other sources); a pair each the other's
    one entry is a source and its prototype, either way round, both mapped to the lesser."""
    from confusable_homoglyphs.confusables import confusables_data  # Unicode's confusables.txt

    def glyph(text: str) -> str:
        return text.replace("\u200e", "")  # (the table wraps a right-to-left letter in marks)

    entries = {glyph(k): [glyph(e["c"]) for e in v] for k, v in cast(dict[str, Any], confusables_data).items()}
    mapped: dict[str, str] = {}
    for char, targets in entries.items():
        if len(char) != 1 or len(targets) != 1:
            continue  # a sequence, or a prototype with its sources
        (target,) = targets
        if len(target) > 1 or len(entries.get(target, ())) > 1:
            mapped[char] = target
        elif entries.get(target) == [char]:
            mapped[char] = min(char, target)
    return mapped


def skeleton(text: str) -> str:
    """UTS #39's skeleton of ``text`` (section 4): its decomposition (NFD), each character the
    prototype Unicode's confusables table gives it (:func:`_prototypes`), decomposed again. Two
    texts of one skeleton look the same: 'Јоуԁеер' (Cyrillic) and 'Joydeep' (Latin) are
    'Joydeep' both."""
    table = _prototypes()
    mapped = "".join(table.get(c, c) for c in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)


def field_problem(f: Field | None, text: str) -> str | None:
    """Why ``text`` cannot be a text of field ``f`` (a string cell, or one item of an array's),
    or None: the rule of every text (:func:`text_problem`), then, for a person's name or
    affiliation (a field that is :attr:`~workshop_data.schema.Field.one_script`), the rule of
    scripts (:func:`script_problem`). ``f`` None: a text no declared field holds as it is (a
    page's record's other texts), the rule of every text alone.

    The one rule of a field's texts, so that what one side refuses the others do: the reader's
    (:func:`_from_cell`, each string cell and each item of an array's), the importers' of a
    record before it is written (:func:`workshop_data.datapackage.record_problem`) and the site
    import's of a page's records (:mod:`workshop_data.siteimport.entry_texts`). An array's own
    cell, its items as JSON, is held to :func:`text_problem` besides (its length)."""
    return text_problem(text) or (script_problem(text) if f is not None and f.one_script else None)


def names_held(names: Sequence[str]) -> bool:
    """Whether :func:`script_problem` takes every one of ``names``: one look at them all, joined
    (a text of ASCII or Latin letters alone, nearly every page's, is seen so at once), rather
    than one per name."""
    joined = " ".join(names)
    if joined.isascii() or max(joined, default=" ") <= _LATIN_ONLY_UP_TO:
        return True
    return all(script_problem(name) is None for name in names)


#: A position (every integer field: a talk's order, an author's position…): digits, from 1.
_POSITION = re.compile("[1-9][0-9]*")
#: The largest integer the loaders' ``Int64`` columns hold.
_INT64_MAX = 2**63 - 1


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A field's pattern, compiled once (``re.fullmatch`` looks it up in its cache at every cell)."""
    return re.compile(pattern)


def _from_cell(f: Field, text: str, file: str | Path, row: int) -> Any:
    """Parse one CSV cell as a value of field ``f``."""

    def bad(why: str) -> DataValidationError:
        return DataValidationError(why, file=file, row=row, field=f.name)

    if text == "":
        if f.type == "array":
            return ()
        if f.required:
            raise bad("a value is required")
        return "" if f.type == "string" else None  # the records hold "" for no text
    if f.type == "string":
        if f.enum is not None and text not in f.enum:
            raise bad(f"{text!r} is not one of: {', '.join(f.enum)}")
        if f.pattern is not None and not _compiled(f.pattern).fullmatch(text):
            raise bad(f"{shown(text)} is not a valid {f.name} ({PATTERN_RULES.get(f.pattern, f.pattern)})")
        if (why := field_problem(f, text)) is not None:
            raise bad(why)
        return text
    if f.type == "integer":
        # every integer the schema declares is a position, from 1, held by the loaders' Int64
        # (int() also takes '1_0', ' 1', '+1' and other scripts' digits: not a CSV's integer)
        if not _POSITION.fullmatch(text) or int(text) > _INT64_MAX:
            raise bad(f"{shown(text)} is not a position (a whole number from 1 to {_INT64_MAX})")
        return int(text)
    if f.type == "boolean":
        if text not in ("true", "false"):
            raise bad(f"{text!r} is not a boolean (true or false)")
        return text == "true"
    if f.type in _CALENDAR:
        form, read, what = _CALENDAR[f.type]
        try:
            if form.fullmatch(text):
                return read(text)
        except ValueError:  # a day the month has not
            pass
        raise bad(f"{text!r} is not {what}")
    if f.type == "array":
        if text == "[]":
            return ()
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):  # not JSON, a number of thousands of digits, too deep
            value = None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(f"{shown(text)} is not a JSON array of strings")
        for v in value:  # JSON writes a control character as an escape ("\u001b")
            if (why := field_problem(f, v)) is not None:
                raise bad(why)
            if f.pattern is not None and not _compiled(f.pattern).fullmatch(v):
                raise bad(
                    f"{shown(v)} in the array is not a valid {f.name} ({PATTERN_RULES.get(f.pattern, f.pattern)})"
                )
        if f.distinct and len(seen := [collapsed(v) for v in value]) != len(set(seen)):
            again = next(i for i, v in enumerate(seen) if v in seen[:i])
            first = value[seen.index(seen[again])]
            same = "" if value[again] == first else f" (again as {shown(value[again])}, the same as a page shows it)"
            raise bad(f"{shown(first)} twice in the array{same}: each is given once")
        return tuple(value)
    raise bad(f"unsupported field type {f.type!r}")  # pragma: no cover - schema is ours


#: The file a cell checked on its own is in (none; made once: a Path costs more than the check).
_NO_FILE = Path()


def cell_problem(f: Field, text: str) -> str | None:
    """Why ``text`` is not a valid cell of field ``f`` (the rules every reader checks), or None."""
    if (why := text_problem(text)) is not None:
        return why
    try:
        _from_cell(f, text, _NO_FILE, 0)
    except DataValidationError as exc:
        return exc.reason
    return None


def _read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of ``path`` (no more than ``limit``: a larger file is an error), a file of the
    release that :func:`_own_file` has just found regular (it is looked at again once open)."""
    try:
        data = read_regular(path, limit, looked=True)
    except NotRegularFileError as exc:
        raise DataValidationError(str(exc), file=path) from None
    except OSError as exc:
        raise DataValidationError(f"cannot be read: {exc.strerror}", file=path) from None
    if limit is not None and len(data) > limit:
        raise DataValidationError(f"is larger than it can be ({limit} bytes)", file=path)
    return data


def _own_file(path: str | Path, folder: Path) -> os.stat_result | None:
    """The status of the regular file ``path`` of the release in ``folder``, or None when there
    is none. A symbolic link out of the folder is refused: a release's files are its own, and
    reading one (``people.csv -> ~/.ssh/id_rsa``, in a data directory someone else made) would
    tell its size in an error, or read a file of gigabytes. So is a file there of another type
    (a FIFO, a socket, a device, a folder: :func:`~workshop_data.files.not_regular`), by what it
    is, not as a file missing: it is never opened (a FIFO would block the reader for ever)."""
    try:
        found = os.lstat(path)
        if stat.S_ISLNK(found.st_mode):
            if not Path(path).resolve().is_relative_to(folder.resolve()):
                raise DataValidationError(
                    "is a symbolic link out of the release folder: a release's files are its own", file=path
                )
            found = os.stat(path)
    except (OSError, RuntimeError):  # none, or a loop of links
        return None
    if (kind := not_regular(found.st_mode)) is not None:
        raise DataValidationError(str(NotRegularFileError(path, kind)), file=path)
    return found


def _base(folder: Path) -> str:
    """The text a resource's relative file name follows in its path (:func:`_resource_bytes`):
    the folder's text and its separator, as ``folder / name`` would give, so none for the
    current folder (``slots.csv``, not ``./slots.csv``, in the errors of a release read from
    inside its folder)."""
    return "" if str(folder) == "." else os.path.join(folder, "")


#: A descriptor's hash of a file, as :func:`~workshop_data.encoding.sha256` writes it.
_SHA256 = re.compile(r"sha256:[0-9a-f]{64}")


def _resource_bytes(folder: Path, base: str, res: dict[str, Any], descriptor: Path) -> tuple[str, bytes]:
    """The path and the bytes of a resource's file, checked against its size and hash (both
    required: without them a file edited by hand would load silently). The size is compared
    before the file is read: no more than the descriptor says is ever read.

    The path is a text, ``base`` (:func:`_base`, made once per release: the folder's text and
    its separator) and the resource's ``path``, the schema's relative file
    name as :func:`_declared` checked it: the text ``os.path.join`` and ``folder / path`` give,
    which errors name and the system calls take as they are: a :class:`~pathlib.Path` per file
    (joined, then formatted for each call, some 8 µs) was most of what a file cost besides
    reading it."""
    path = base + str(res.get("path", ""))
    found = _own_file(path, folder) if res.get("path") else None
    if found is None:
        raise DataValidationError(
            f"resource {res.get('name')!r} names a missing file {res.get('path')!r}", file=descriptor
        )
    for key in ("bytes", "hash"):
        if key not in res:
            raise DataValidationError(
                f"resource {res.get('name')!r} has no {key!r}: every file's size and hash are checked", file=descriptor
            )
    size = res["bytes"]
    if type(size) is not int or size < 0:  # "322" or 322.0 read as its size, true as 1
        raise DataValidationError(
            f"resource {res.get('name')!r} has 'bytes' {size!r}: not a whole number of bytes",
            file=descriptor,
            field="bytes",
        )

    def changed(actual: int) -> DataValidationError:
        return DataValidationError(f"is {actual} bytes, the descriptor says {size} (truncated or changed?)", file=path)

    if found.st_size != size:
        raise changed(found.st_size)
    if size > MAX_RESOURCE_BYTES:  # not read: reading costs some seven times the size in memory
        raise DataValidationError(
            f"is {size} bytes, more than a release's file can be ({MAX_RESOURCE_BYTES}): not read", file=path
        )
    data = _read_bytes(path)
    if len(data) != size:  # it changed since
        raise changed(len(data))
    digest = res["hash"]
    if not (isinstance(digest, str) and _SHA256.fullmatch(digest)):  # else "changed after release", of a file intact
        raise DataValidationError(
            f"resource {res.get('name')!r} has 'hash' {shown(str(digest))}: a release's files are checked by SHA-256,"
            " written 'sha256:' and 64 lower-case hex digits (Frictionless reads a hash without that prefix as MD5)",
            file=descriptor,
            field="hash",
        )
    known = hashed_as(data, digest)  # (the equal bytes read before: their hash is kept)
    if known is None:  # both hashes said: which copy of the file is the released one, `sha256sum` tells
        raise DataValidationError(
            f"content does not match its hash in {DESCRIPTOR} (the file was changed after release): the file's is "
            f"{sha256(data)}, the descriptor's {digest}; a release never changes: put its file back, and publish the "
            "change as a new release (workshop-data import of its page)",
            file=path,
        )
    return path, known


def _allow_fields_of(size: int) -> None:
    """Let the CSV reader take a field as long as ``size`` characters.

    Python's reader refuses a field over ``csv.field_size_limit()`` (131,072 characters by
    default, or less where another library lowered it) with an error that names no field; a cell
    longer than a release holds is refused by :func:`text_problem`, naming its field. The file is
    in memory already, so no field can be longer than it; the process-wide limit is raised to its
    size when lower (never lowered; frictionless raises it the same way).
    """
    if csv.field_size_limit() < size:
        csv.field_size_limit(size)


_Record = TypeVar("_Record")
_Made = TypeVar("_Made")


#: A typed row, shared by every file that holds the same line under the same header and
#: declared fields (:data:`_LINES`): the row, the fields it was read with (kept: :data:`_LINES`
#: is keyed by their identity) and the records of the model made of it, by class, each once.
_Row = tuple[Row, tuple[Field, ...], dict[type, Any]]


class _Rows(list[Row]):
    """The typed rows of one file, shared by every reading of the same bytes (:data:`_PARSED`):
    read, never changed. The model's records are made of them once (:meth:`records`)."""

    def __init__(self, rows: Iterable[_Row] = (), fields: tuple[Field, ...] = ()) -> None:
        self._rows = list(rows)
        super().__init__([row for row, _, _ in self._rows])
        self._records: dict[type, tuple[Any, ...]] = {}
        self._derived: dict[Hashable, Any] = {}
        #: The declared fields the rows were read with (kept: :data:`_PARSED` is keyed by them).
        self.fields = fields

    def derived(self, key: Hashable, make: Callable[[], _Made]) -> _Made:
        """``make()``, made once for these rows under ``key`` (what ``make`` reads besides the
        rows is in the key): a set of a column's values, a check of the rows alone that passed
        (:func:`_once`). What raises is not remembered: it raises again at the next reading."""
        try:
            return cast(_Made, self._derived[key])
        except KeyError:
            pass
        made = self._derived[key] = make()
        return made

    def records(self, cls: type[_Record]) -> tuple[_Record, ...]:
        """The rows as records of the model class ``cls`` (frozen: shared as the rows are, and
        with every file holding the same row: an edition's releases differ by a few rows)."""
        if cls not in self._records:
            records = []
            for row, _, made in self._rows:
                record = made.get(cls)
                if record is None:
                    record = made[cls] = cls(**row)
                records.append(record)
            self._records[cls] = tuple(records)
        return self._records[cls]


#: Typed rows of the files read in this process, by their bytes and declared fields (the
#: identity of the fields :func:`_fields_of` gives, the same object for the same declaration,
#: which the rows keep: no field hashed at every load): a file that many releases hold (an
#: edition's releases share most of their files) is parsed once, checked the first time. Its
#: bytes are still read at every load, and their hash compared with the descriptor's.
_PARSED: Memo[tuple[bytes, int], _Rows] = Memo(256, budget=16 * 2**20)

#: The typed rows of the lines read in this process (:data:`_Row`), by the declared fields'
#: identity (the row keeps them) and the file's header, in one text, and the line's text as the
#: CSV reader is given it (its line break included): the line alone, read from the start of a
#: record, is what the reader makes a record of (the same characters, the same cells: the
#: reader's state at a record's start is always the same), so a line remembered is not parsed
#: again. A file another one differs from by a few rows (an edition's next release: one talk
#: moved, one person more) parses and types only the lines it does not share; a line is
#: remembered once it passed every check of a row (its cells' texts, its number of cells, each
#: typed cell), which depend on its cells alone. A record over several lines (a cell holding a
#: line break) is parsed at every reading.
_LINES: Memo[tuple[str, str], _Row] = Memo(32768, budget=32 * 2**20)


def _once(rows: list[Row], key: Hashable, make: Callable[[], _Made]) -> _Made:
    """``make()`` for ``rows``, made once for the typed rows of a file (:meth:`_Rows.derived`:
    a release's files are mostly its edition's last release's, the same rows read again), else
    made now (rows of another kind)."""
    return rows.derived(key, make) if isinstance(rows, _Rows) else make()


def _values(rows: list[Row], column: str) -> frozenset[Any]:
    """The values of ``column`` in ``rows`` (:func:`_once`)."""
    return _once(rows, ("values", column), lambda: frozenset(row[column] for row in rows))


def _members(rows: list[Row], column: str) -> frozenset[Any]:
    """The items of the arrays of ``column`` in ``rows`` (:func:`_once`)."""
    return _once(rows, ("members", column), lambda: frozenset(item for row in rows for item in row[column]))


def _passed(rows: list[Row], key: Hashable, check: Callable[[], None]) -> None:
    """Run ``check`` (of ``rows`` alone, and of what ``key`` holds) unless it passed before for
    the same rows (:func:`_once`); a check that fails raises, at every reading."""

    def run() -> bool:
        check()
        return True

    _once(rows, ("passed", key), run)


def _rows(path: str | Path, data: bytes, fields: tuple[Field, ...]) -> _Rows:
    """Decode, parse and type the rows of one CSV file (shared: see :class:`_Rows`)."""
    # rows weigh some ten times their text, and their records as much again
    return _PARSED.get(
        (data, id(fields)), lambda: _Rows(_parse_rows(path, data, fields), fields), weight=22 * len(data)
    )


def _reader(path: str | Path, data: bytes) -> Iterator[list[str]]:
    """A CSV reader of one file's bytes, decoded (an empty file is an error)."""
    return _csv_reader(_decoded(path, data))


def _csv_reader(text: str) -> Iterator[list[str]]:
    """A CSV reader of a file's text (:func:`_decoded`)."""
    return csv.reader(io.StringIO(text, newline=""), strict=True)


class _Lines:
    """The lines of a file's text, as a CSV reader of it is given them (split after each line
    feed, carriage return or both, kept), handed to a reader from :attr:`at`, which the caller
    may move past the lines of records it knows (:func:`_parse_rows`)."""

    __slots__ = ("at", "lines")

    def __init__(self, text: str) -> None:
        self.lines = io.StringIO(text, newline="").readlines()
        self.at = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        at = self.at
        if at >= len(self.lines):
            raise StopIteration
        self.at = at + 1
        return self.lines[at]


def _decoded(path: str | Path, data: bytes) -> str:
    """One file's bytes as text (an empty file is an error), the CSV reader let take a field as
    long as the file."""
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark, as spreadsheets write, is fine
    except UnicodeDecodeError as exc:
        raise DataValidationError(
            f"is not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            file=path,
            row=data[: exc.start].count(b"\n"),  # the header is row 0
        ) from None
    if not text.strip():
        raise DataValidationError("is empty (expected a header line and rows)", file=path)
    _allow_fields_of(len(text))
    return text


def _plain(f: Field) -> bool:
    """Whether a cell of ``f`` is its value as it is: text with no rule."""
    return (f.type, f.required, f.enum, f.pattern, f.one_script) == ("string", False, None, None, False)


#: A boolean cell's values.
_BOOLEANS = {"true": True, "false": False}
#: The most digits a position has that is surely within :data:`_INT64_MAX` (19 digits may not be).
_SHORT_POSITION = len(str(_INT64_MAX)) - 1


@functools.cache
def _cell_reader(f: Field) -> Callable[[str, str | Path, int], Any]:
    """:func:`_from_cell` for field ``f``, its type and rules looked at once rather than per
    cell: a cell in the form the writer writes is read at once, any other given to
    :func:`_from_cell` (the same value, or the same error)."""
    slow = functools.partial(_from_cell, f)
    if f.type == "string" and f.enum is None and f.one_script:  # a name: each word in one script
        # field_problem's script rule, as a guard only (the text rule is _parse_rows', on the whole
        # file): a name it may refuse goes to _from_cell, whose field_problem gives the verdict
        fits: Callable[[str], object] = bool if f.pattern is None else _compiled(f.pattern).fullmatch
        return lambda text, file, row: (
            text if text and fits(text) and (text.isascii() or script_problem(text) is None) else slow(text, file, row)
        )
    if f.type == "string" and f.enum is None:
        if f.pattern is None:
            return lambda text, file, row: text if text else slow(text, file, row)
        match = _compiled(f.pattern).fullmatch
        return lambda text, file, row: text if text and match(text) else slow(text, file, row)
    if f.type == "string":
        allowed = frozenset(v for v in f.enum or () if v) if f.pattern is None else frozenset()
        return lambda text, file, row: text if text in allowed else slow(text, file, row)
    if f.type == "integer":
        position = _POSITION.fullmatch
        return lambda text, file, row: (
            int(text) if len(text) <= _SHORT_POSITION and position(text) else slow(text, file, row)
        )
    if f.type == "boolean":
        return lambda text, file, row: _BOOLEANS[text] if text in _BOOLEANS else slow(text, file, row)
    if f.type in _CALENDAR:
        form, read, _ = _CALENDAR[f.type]
        in_form = form.fullmatch

        def moment(text: str, file: str | Path, row: int) -> Any:
            if in_form(text):
                try:
                    return read(text)
                except ValueError:  # a day the month has not: the error is _from_cell's
                    pass
            return slow(text, file, row)

        return moment
    if f.type == "array":
        return lambda text, file, row: () if text in ("", "[]") else slow(text, file, row)
    return slow


def _columns(path: str | Path, header: list[str], fields: tuple[Field, ...]) -> _Columns:
    """How a file whose header is ``header`` is read with the declared ``fields``: its columns,
    the cells to type and the key of its lines (:data:`_LINES`), once its header is checked (an
    error names ``path``'s row 0); remembered for the same fields and header (:data:`_COLUMNS`)."""
    expected = [f.name for f in fields]
    missing = [c for c in expected if c not in header]
    unknown = [c for c in header if c not in expected]
    twice = [c for i, c in enumerate(header) if c in header[:i]]
    if header and header[0].startswith("\ufeff"):  # the decoder takes one, at the start
        raise DataValidationError(
            "has a second byte-order mark (U+FEFF) before its header: the file was saved twice with one; remove it",
            file=path,
            row=0,
            field=header[0].lstrip("\ufeff"),
        )
    if missing:
        raise DataValidationError(f"missing column {missing[0]!r}", file=path, row=0, field=missing[0])
    if unknown:
        raise DataValidationError(f"unknown column {unknown[0]!r}", file=path, row=0, field=unknown[0])
    if twice:
        raise DataValidationError(f"column {twice[0]!r} appears twice", file=path, row=0, field=twice[0])
    # the columns are the fields' names: each the one interned text of that name (the model's
    # parameters' and the code's), so that a row's keys are found by identity, not compared
    # (a record made of a row by keyword: 4.1 µs a slot, not 7.5)
    columns = [sys.intern(name) for name in header]
    by_name = {f.name: f for f in fields}
    # a text field with no rule (most cells: names, titles, bios) is its cell as it is; the
    # others are read, in the header's order (the first bad cell of a row is the one named)
    typed = [(name, _cell_reader(by_name[name])) for name in columns if not _plain(by_name[name])]
    return columns, typed, "\0".join((str(id(fields)), *columns, ""))


#: A file's columns, the cells to type (each with its reader) and its lines' key in :data:`_LINES`
#: (the fields' identity and the columns, one text: the same object for every file so read).
_Columns = tuple[list[str], list[tuple[str, Callable[[str, str | Path, int], Any]]], str]

#: :func:`_columns` by the declared fields (their identity: kept, so that no other tuple takes
#: it) and the header's cells: an edition's files of one resource share their header.
_COLUMNS: ByIdentity[_Columns] = ByIdentity(64)

#: The lines a CSV reader reads as a record of no cells (:func:`_parse_rows`).
_BLANK = frozenset({"", "\n", "\r", "\r\n"})


def _too_many_rows(path: str | Path) -> DataValidationError:
    """The refusal of a file of more than :data:`~workshop_data.defaults.MAX_RESOURCE_ROWS` rows,
    naming the row past them."""
    return DataValidationError(
        f"more than {MAX_RESOURCE_ROWS:,} rows, more than a release's file holds: not read",
        file=path,
        row=MAX_RESOURCE_ROWS + 1,
    )


def _refuse_too_many_rows(path: str | Path, lines: list[str]) -> None:
    """:func:`_too_many_rows` raised for a file of these ``lines`` that holds more records than a
    release's file may, found by the CSV reader alone (no cell typed or kept). A file of no more
    lines than that (every shipped one) holds no more records: its lines are only counted."""
    if len(lines) <= MAX_RESOURCE_ROWS + 1:  # the header and as many lines as records may be
        return
    try:
        for number, _ in enumerate(csv.reader(iter(lines), strict=True)):  # the header is row 0
            if number > MAX_RESOURCE_ROWS:
                raise _too_many_rows(path)
    except csv.Error:
        return  # the file's own reading names the row and what is wrong there


def _parse_rows(path: str | Path, data: bytes, fields: tuple[Field, ...]) -> Iterator[_Row]:
    source = _Lines(_decoded(path, data))
    lines = source.lines
    _refuse_too_many_rows(path, lines)
    reader = csv.reader(source, strict=True)
    number = -1  # the data row being read (the header is row 0): a CSV error names it
    try:
        names = next(reader)
        number = 0
        header, typed, head = _COLUMNS.get(fields, lambda: _columns(path, names, fields), *names)
        # each cell is looked at (text_problem) when the file holds a refused character (past
        # the byte-order mark the decoder takes); its length only, when the file is larger than
        # a cell may be (a character is at least a byte)
        look = _holds_refused(data)
        measure = not look and len(data) > MAX_CELL_CHARS
        shared, new = _LINES.results, []
        while source.at < len(lines):
            # at a record's start: a line remembered (:data:`_LINES`) is that record, not parsed
            line = lines[source.at]
            found = shared.get((head, line))
            if found is not None:
                source.at += 1
                number += 1
                yield found[0]
                continue
            start = source.at
            if '"' in line or "\0" in line or line in _BLANK:
                cells = next(reader, None)  # (a line given is a record, or an error)
                if cells is None:
                    break
            else:
                # a line with no quote is the reader's record of its cells between commas (no
                # NUL, which the reader refuses, nor a blank line, a record of no cells; its line
                # break is its last character, the one :class:`_Lines` split it after)
                cells = line.rstrip("\r\n").split(",")
                source.at = start + 1
            number += 1
            # the line's key, if the record was that line alone
            key = (head, line) if source.at == start + 1 else None
            if len(cells) != len(header):
                if not cells:  # a blank line (an editor's, after the last row): not a cut row
                    said = f"is an empty line (a row has the header's {len(header)} fields)"
                else:
                    hint = "truncated row?" if len(cells) < len(header) else "a comma in a cell that is not quoted?"
                    said = f"has {len(cells)} fields, the header has {len(header)} ({hint})"
                raise DataValidationError(said, file=path, row=number)
            row = dict(zip(header, cells, strict=True))
            for name, cell in row.items() if look else ():
                if (why := text_problem(cell)) is not None:
                    raise DataValidationError(why, file=path, row=number, field=name)
            if measure and max(map(len, cells), default=0) > MAX_CELL_CHARS:
                name, cell = next((name, cell) for name, cell in row.items() if len(cell) > MAX_CELL_CHARS)
                raise DataValidationError(text_problem(cell) or "", file=path, row=number, field=name)
            for name, read in typed:
                row[name] = read(row[name], path, number)
            typed_row: _Row = (row, fields, {})
            if key is not None:
                new.append((key, typed_row))
            yield typed_row
        # a row weighs some ten times its text (as the file's rows), its records as much again
        _LINES.keep_all(new, 22 * len(data) // max(number, 1) + 400)
    except csv.Error as exc:
        raise DataValidationError(f"is not valid CSV: {exc}", file=path, row=number + 1) from None


def _releases_in(folder: Path) -> list[Path]:
    """The release folders in ``folder`` (:func:`~workshop_data.ids.release_folders`), by name;
    none where it cannot be listed (only an error's hint asks)."""
    try:
        return sorted(release_folders(folder), key=lambda p: release_order(p.name))
    except OSError:
        return []


def _what_to_give(path: Path) -> str:
    """What to give instead of ``path``, which holds no descriptor, where it is plain: a file of a
    release (its folder), an edition's folder (its newest release) or a data directory (a release
    of its last edition); else nothing. Only an error is told so."""
    if path.is_file() and (path.parent / DESCRIPTOR).is_file():
        return f" (a file of the release in {path.parent}: give that folder)"
    if releases := _releases_in(path):
        return f" (an edition's folder: give one of its releases, e.g. {releases[-1]})"
    editions = sorted(_edition_folders(path))
    if editions:
        return f" (a data directory: give a release folder, e.g. {_releases_in(editions[-1])[-1]})"
    return ""


def _edition_folders(path: Path) -> list[Path]:
    """The edition folders in ``path`` (:func:`~workshop_data.ids.edition_folders`; none where it
    is not one or cannot be listed)."""
    try:
        return edition_folders(path)
    except OSError:
        return []


def _read_descriptor(folder: Path) -> tuple[Path, dict[str, Any], dict[int, str]]:
    """The descriptor in ``folder``, parsed, and its resources' schema texts by index
    (:func:`_parsed_descriptor`)."""
    path = folder / DESCRIPTOR
    # the stat first, though the name would answer sooner: it raises for a path the system refuses
    # (a name too long), which _own_file below would take for a folder with no descriptor
    if not folder.is_dir() and folder.name == DESCRIPTOR and os.path.lexists(folder):  # a file, or no file to read
        path, folder = folder, folder.parent
    if _own_file(path, folder) is None:
        if not folder.exists():  # (a name the system refuses raised at the stat above)
            raise DataValidationError("no such folder", file=folder)
        raise DataValidationError(f"no {DESCRIPTOR} here: not a release folder{_what_to_give(folder)}", file=folder)
    data = _read_bytes(path, MAX_DESCRIPTOR_BYTES)
    try:
        text = data.decode("utf-8-sig")
        descriptor, schemas, suspect = _parsed_descriptor(text)
    except RepeatedKeyError as exc:
        raise DataValidationError(str(exc), file=path) from None
    except UnicodeDecodeError as exc:
        raise DataValidationError(f"is not valid JSON: {exc}", file=path) from None
    except RecursionError:
        raise DataValidationError("is not valid JSON: nested too deeply", file=path) from None
    except ValueError as exc:  # JSONDecodeError, or a number of thousands of digits
        raise DataValidationError(f"is not valid JSON: {str(exc).split(';')[0]}", file=path) from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise DataValidationError("has no 'resources' list", file=path)
    # the writer writes no JSON escape and no character a text may not hold: else each text is read
    if suspect:
        _check_descriptor_texts(descriptor, path)
    return path, descriptor, schemas


#: A key named as it is in a descriptor's place (:func:`_check_descriptor_texts`): ``.title``.
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _check_descriptor_texts(descriptor: dict[str, Any], path: Path) -> None:
    """An error naming the place (``resources[3].title``) of the first text of the descriptor,
    a key or a value at any depth, that a release's text may not be (:func:`text_problem`: a
    control, bidirectional or invisible character, a surrogate). The site prints some of them (a
    resource's title beside its file, a field's description in the data dictionary), as it
    prints cells, and they keep the same rules."""
    stack: list[tuple[str, Any]] = [("", descriptor)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if (why := text_problem(value)) is not None:
                raise DataValidationError(f"{where}: {why}", file=path)
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                place = f"{where}.{key}" if _PLAIN_KEY.fullmatch(key) else f"{where}[{shown(key)}]"
                if (why := text_problem(key)) is not None:
                    raise DataValidationError(f"{place.removeprefix('.')}: {why}", file=path)
                stack.append((place.removeprefix("."), item))
        elif isinstance(value, list):
            stack += [(f"{where}[{n}]", item) for n, item in reversed(list(enumerate(value)))]


#: The resource schemas parsed in this process, by their text in a descriptor (a value: the same
#: text parses to the same value): every descriptor of a schema version repeats the same nine,
#: ``json`` parsing them once (:func:`_parsed_descriptor`). A schema parsed is shared by every
#: descriptor read that holds its text: read, never changed (as the tables' rows, :class:`_Rows`).
_SCHEMAS: Memo[str, dict[str, Any]] = Memo(128, budget=4 * 2**20)
#: What precedes a resource's schema in a descriptor as the writer writes it (on its own line).
_SCHEMA_KEY = '"schema": {'
#: The texts of :data:`_SCHEMAS` by their indentation and first characters (the first field's
#: name among them): a descriptor's schema met before is found by comparing its text with these
#: (:func:`_schema_text`), not by searching for its end, cutting and hashing it again.
_SCHEMA_STARTS: Memo[tuple[str, str], tuple[str, ...]] = Memo(128)
#: How many of a schema's first characters :data:`_SCHEMA_STARTS` is keyed by.
_SCHEMA_START = 96
#: A schema parsed apart holds no deeper nesting than this (the writer's: four): its depth in a
#: descriptor, three more, stays far within what ``json`` parses (:func:`_parsed_descriptor`).
_SCHEMA_DEPTH = 16


def _depth(value: Any) -> int:
    """How deeply ``value`` (parsed JSON) nests objects and arrays, past :data:`_SCHEMA_DEPTH`
    or not (counted no further)."""
    level, deepest = [value], 0
    while level and deepest <= _SCHEMA_DEPTH:
        deepest += 1
        level = [
            v
            for item in level
            if isinstance(item, (dict, list))
            for v in (item.values() if isinstance(item, dict) else item)
        ]
    return deepest - 1 if not level else deepest


def _schema_text(text: str, value: int, indent: str) -> str | None:
    """The text of the object that begins at ``value`` in ``text``, on a line of its own, up to
    the first line of ``indent`` (spaces) and ``}`` (:func:`_parsed_descriptor`), or None. A text
    met before (:data:`_SCHEMA_STARTS`) that ``text`` holds there is that text: it ends at such
    a line, and holds none before (it was cut so), and its last line is all spaces and ``}``, so
    no such line begins within it and ends past it."""
    start = text[value : value + _SCHEMA_START]
    for known in _SCHEMA_STARTS.results.get((indent, start), ((), 0))[0]:
        if text.startswith(known, value):
            return known
    end = text.find("\n" + indent + "}", value)
    return None if end < 0 else text[value : end + len(indent) + 2]


def _parsed_descriptor(text: str) -> tuple[Any, dict[int, str], bool]:
    """``json_value(text)`` (the same value, or the same error: a key given twice is refused,
    :func:`~workshop_data.encoding.json_value`), its resource schemas as the writer writes them
    parsed once per process for the same text (:data:`_SCHEMAS`); each resource's schema text so
    found, by the resource's index (:func:`_fields_of`'s key); and whether its texts need a look
    (:func:`_check_descriptor_texts`): ``text`` holds a character a text may not hold, or a JSON
    escape of a character (``\\u``), which may write one. A schema text that holds either is never
    put aside, so only the text between the schemas is searched (the schemas are most of a
    descriptor's text: searching the whole of each descriptor, for escapes and for characters,
    cost an import of the site's history 37 M instructions, 6.784 against 6.747 G).

    A schema the writer wrote is an object on lines of its own: ``"schema": {`` ends a line, and
    the object ends at a line of its first line's indentation and ``}``. Each such text that is
    a whole JSON object alone (parsed apart, once) is put aside: the descriptor is parsed with a
    placeholder string in its place, ``"\u0000<n>"``, which no text of the descriptor holds (it
    holds no ``\u0000``: else it is parsed whole). If every placeholder is then found as the
    ``schema`` of a resource of the ``resources`` list, it was read there as a string of its own,
    begun where a value begins (a string begun earlier would hold more), and the text put aside,
    a whole object from its ``{`` to its ``}``, is read there as it is read alone: the
    descriptor is the value parsed with each placeholder given its schema, what
    ``json_value(text)`` gives. Anything else (a descriptor written otherwise, a placeholder
    found elsewhere or not at all, an error) is parsed whole, as before, with the same errors.
    The first text that is not such an object ends the search, so that no part of a descriptor
    is parsed apart twice (a hostile one could nest thousands of would-be schemas).
    """
    parts: list[str] = []
    texts: list[str] = []
    values: list[dict[str, Any]] = []
    start = 0
    at = text.find(_SCHEMA_KEY)
    while at >= 0:
        value = at + len(_SCHEMA_KEY) - 1
        line = text.rfind("\n", 0, at) + 1
        indent = text[line:at]
        schema = (
            _schema_text(text, value, indent) if text.startswith("\n", value + 1) and not indent.strip(" ") else None
        )
        if schema is None:
            break
        found = _SCHEMAS.results.get(schema)
        # (a text remembered holds no escape, and no character a text may not hold: above)
        if found is None and "\\u" not in schema and not _holds_refused(schema.encode()):
            try:
                parsed = json_value(schema)
            except (ValueError, RecursionError):
                parsed = None
            if isinstance(parsed, dict) and _depth(parsed) <= _SCHEMA_DEPTH:
                _SCHEMAS.keep(schema, parsed, 2 * len(schema))
                starts = (indent, schema[:_SCHEMA_START])
                known = _SCHEMA_STARTS.results.get(starts, ((), 0))[0]
                _SCHEMA_STARTS.keep(starts, (schema, *known[:7]))
                found = (parsed, 0)
        if found is None:  # (the texts put aside do not overlap: each is parsed once, at most)
            break
        parts += (text[start:value], f'"\\u0000{len(texts)}"')
        texts.append(schema)
        values.append(found[0])
        start = value + len(schema)
        at = text.find(_SCHEMA_KEY, start)
    parts.append(text[start:])
    # no text of the descriptor holds the placeholders' \u0000: neither a schema put aside, nor
    # a text between (a \u0000 cannot begin in one and end in the next: a schema is { to })
    if not texts or any("\\u" in part for part in parts[::2]):  # (a \u0000 among them)
        return _parsed_whole(text)
    try:
        descriptor = json_value("".join(parts))
    except (ValueError, RecursionError):
        return _parsed_whole(text)
    marks = {f"\x00{n}": n for n in range(len(texts))}
    found_at: dict[int, str] = {}
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    for index, res in enumerate(resources if isinstance(resources, list) else ()):
        mark = res.get("schema") if isinstance(res, dict) else None
        if isinstance(mark, str) and mark in marks:
            n = marks.pop(mark)
            res["schema"] = values[n]
            found_at[index] = texts[n]
    if marks:  # a placeholder elsewhere, or lost (a key given twice)
        return _parsed_whole(text)
    # no escape between the schemas (above) nor in them: a refused character between them?
    return descriptor, found_at, _holds_refused("".join(parts[::2]).encode())


def _parsed_whole(text: str) -> tuple[Any, dict[int, str], bool]:
    """:func:`_parsed_descriptor` of a text parsed whole: no schema text put aside."""
    return json_value(text), {}, "\\u" in text or _holds_refused(text.encode())


#: The fields of each resource schema checked in this process, by the schema as declared (its
#: text in the descriptor, else its ``marshal`` bytes) and the identity of the declaration it was
#: checked against (kept with the fields, so that no other object has that id while it is here):
#: every release of a schema version declares the same, and the versions that declare a resource
#: alike share its declaration (:func:`~workshop_data.schema.resources`: 37 checks for the 66
#: pairs of schema text and version of the workshop's releases, not one per version).
_DECLARED: ByIdentity[tuple[Field, ...]] = ByIdentity(128)


def _fields_of(
    res: dict[str, Any], descriptor: Path, schema: Resource, version: str, text: str | None = None
) -> tuple[Field, ...]:
    """The fields a resource's own schema declares (older releases keep their own): the same
    tuple for the same declaration while :data:`_DECLARED` remembers it. ``text``: the schema's
    text in the descriptor, which it was parsed from (:func:`_parsed_descriptor`), if known.
    What they are depends on the declaration ``schema`` alone; ``version`` is named in errors,
    which are not remembered."""
    # the same text is the same value; else marshal writes what JSON gives (nested no deeper
    # than json.loads reads) exactly, type by type, six times faster than repr
    declared = marshal.dumps(res.get("schema")) if text is None else text
    return _DECLARED.get(schema, lambda: _one_of(tuple(_declared_fields(res, descriptor, schema, version))), declared)


#: Each declaration's fields as one tuple, whichever the schema version or descriptor declaring
#: them (:func:`_one_of`).
_FIELDS: Memo[tuple[Field, ...], tuple[Field, ...]] = Memo(64)


def _one_of(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """``fields``, or the equal tuple of fields met before: a file that releases of several
    schema versions hold, declared alike, is parsed once (:data:`_PARSED`)."""
    return _FIELDS.get(fields, lambda: fields)


def _declared_fields(res: dict[str, Any], descriptor: Path, schema: Resource, version: str) -> list[Field]:
    declared = []
    try:
        for f in res["schema"]["fields"]:
            constraints = f.get("constraints", {})
            enum = constraints.get("enum")
            declared.append(
                Field(
                    name=str(f["name"]),
                    type=f.get("type", "string"),
                    description=f.get("description", ""),
                    required=bool(constraints.get("required", False)),
                    enum=None if enum is None else tuple(enum),
                    unique=bool(constraints.get("unique", False)),
                )
            )
    except (AttributeError, KeyError, TypeError) as exc:
        raise DataValidationError(
            f"resource {res.get('name')!r} has no valid schema.fields ({exc})", file=descriptor
        ) from None
    _check_declared(schema, declared, descriptor, version)
    _check_read_by(schema, res["schema"], descriptor)
    ours = {f.name: f for f in schema.fields}  # their pattern, distinct, one script: checked by readers, never declared
    return [
        dataclasses.replace(
            f, pattern=ours[f.name].pattern, distinct=ours[f.name].distinct, one_script=ours[f.name].one_script
        )
        for f in declared
    ]


def _check_declared(schema: Resource, declared: list[Field], descriptor: Path, version: str) -> None:
    """What a resource declares must read into the model: the schema's fields, each with its type,
    required when the schema requires it and with no value outside the schema's vocabulary.
    """
    name = schema.name
    ours = {f.name: f for f in schema.fields}

    def bad(field: str, why: str) -> DataValidationError:
        return DataValidationError(f"resource {name!r}: {why}", file=descriptor, field=field)

    names: set[str] = set()
    for f in declared:
        if f.name in names:
            raise bad(f.name, f"declares the field {f.name!r} twice")
        names.add(f.name)
        known = ours.get(f.name)
        if known is None:
            raise bad(f.name, f"declares a field {f.name!r} that the schema ({version}) does not have")
        if f.type != known.type:
            raise bad(f.name, f"declares {f.name!r} as {f.type}, the schema has {known.type}")
        if known.required and not f.required:
            raise bad(f.name, f"declares {f.name!r} as optional, the schema requires it")
        if known.enum is not None and (f.enum is None or not set(f.enum) <= set(known.enum)):
            raise bad(f.name, f"allows values for {f.name!r} outside the schema's: {', '.join(known.enum)}")
    for known in ours.values():
        if known.name not in names:
            raise bad(known.name, f"does not declare the schema's field {known.name!r}")


#: What a Table Schema, a field or its constraints may declare beyond what this package reads a
#: value by: words for people (a title, a description, an example). Anything else says how to
#: read a cell (``format``, ``trueValues``, ``missingValues``, ``bareNumber``…) or what a valid
#: one is (``pattern``, ``maxLength``, ``primaryKey``…), and is the writer's or refused
#: (:func:`_check_read_by`); ``required``, ``unique`` and ``enum`` are read as declared.
_SAID_FOR_PEOPLE = frozenset({"name", "type", "title", "description", "example", "fields", "constraints"})
_CONSTRAINTS_READ = frozenset({"required", "unique", "enum"})


def _said(value: Any) -> str:
    """A value a descriptor declares, as Python shows it, cut to 40 characters for a one-line
    message (a list or a mapping may be huge)."""
    said = repr(value)
    return said if len(said) <= 40 else said[:40] + "…"


def _check_read_by(schema: Resource, declared: dict[str, Any], descriptor: Path) -> None:
    """An error naming the first key of a resource's Table Schema (``declared``) that says to read
    or check its file otherwise than this package does, unless the writer declares it so (a
    datetime's ``format``, an array's ``arrayItem``, the ``primaryKey`` and ``foreignKeys``): a
    ``trueValues: ["false"]``, a ``missingValues: ["NA"]``, a date ``format`` of ``%d/%m/%Y`` or a
    ``pattern`` passed validate and loaded, while a reader following the descriptor reads other
    values from the same file or refuses it."""
    ours = schema.schema()
    written = {f["name"]: f for f in ours["fields"]}

    def refused(where: str, key: str, value: Any, field: str) -> DataValidationError:
        return DataValidationError(
            f"resource {schema.name!r} declares {key} {_said(value)}{where}, which the writer never declares: a reader"
            " that follows the descriptor would read or check another table than the one that loads",
            file=descriptor,
            field=field,
        )

    for key, value in declared.items():
        if key not in _SAID_FOR_PEOPLE and value != ours.get(key):
            raise refused("", key, value, key)
    for f in declared["fields"]:
        mine = written[f["name"]]
        for key, value in f.items():
            if key not in _SAID_FOR_PEOPLE and value != mine.get(key):
                raise refused(f" for {f['name']!r}", key, value, f["name"])
        for key, value in f.get("constraints", {}).items():
            if key not in _CONSTRAINTS_READ:
                raise refused(f" for {f['name']!r}", f"the constraint {key}", value, f["name"])


#: What of a Frictionless resource says to read its file otherwise than the writer declares it
#: (:data:`~workshop_data.schema.READ_AS`), which the writer never declares (a dialect's ``;``
#: delimiter, a compression, inline ``data`` read instead of the file). This package reads every
#: file as UTF-8 CSV with commas: a descriptor saying otherwise describes another table than the
#: one that loads.
_READ_OTHERWISE = frozenset({"dialect", "compression", "control", "data", "innerpath", "scheme", "layout"})


def _check_read_as(name: str, res: dict[str, Any], descriptor_path: Path) -> None:
    """An error naming the first key of resource ``name``'s entry that says to read its file
    otherwise than this package reads it (:data:`READ_AS`, :data:`_READ_OTHERWISE`)."""
    for key, value in res.items():
        if (key in READ_AS and value != READ_AS[key]) or key in _READ_OTHERWISE:
            read = f"with {key} {READ_AS[key]!r}" if key in READ_AS else f"without a {key}"
            raise DataValidationError(
                f"resource {name!r} declares {key} {_said(value)}, where its file is read {read}: a reader that"
                " follows the descriptor would read another table",
                file=descriptor_path,
                field=key,
            )


def _check_package_name(descriptor: dict[str, Any], descriptor_path: Path) -> None:
    """An error when the descriptor has a ``name`` (optional in Frictionless; the writer always
    writes one, :func:`~workshop_data.schema.package_name`) that is not a string in
    :data:`~workshop_data.schema.PACKAGE_NAME_PATTERN`."""
    name = descriptor.get("name", "-")
    if isinstance(name, str) and _PACKAGE_NAME.fullmatch(name):
        return
    what = shown(name) if isinstance(name, str) else f"a JSON {_JSON_TYPES.get(type(name), 'value')}, not a string"
    raise DataValidationError(
        f"'name' is {what}; it must be {PATTERN_RULES[PACKAGE_NAME_PATTERN]}", file=descriptor_path, field="name"
    )


#: What ``json.loads`` makes of each JSON type, for messages.
_JSON_TYPES = {list: "array", dict: "object", int: "number", float: "number", bool: "boolean", type(None): "null"}
_PACKAGE_NAME = re.compile(PACKAGE_NAME_PATTERN)


def _declared(
    folder: str | Path,
) -> tuple[Path, dict[str, Any], str, dict[str, tuple[dict[str, Any], Resource, str | None]]]:
    """Check the descriptor and its list of resources: each known to its schema version, none
    twice, none missing. Returns the descriptor's path, the descriptor, its schema version, and
    each resource's entry with the schema's declaration of it and its schema's text where
    :func:`_parsed_descriptor` found it, by name."""
    descriptor_path, descriptor, schema_texts = _read_descriptor(Path(folder))
    version = descriptor.get("schema_version")
    if not isinstance(version, str) or version not in SCHEMA_VERSIONS:
        raise (NewerSchemaError if is_newer(version) else DataValidationError)(
            f"schema_version {version!r} is not one this package reads ({', '.join(SCHEMA_VERSIONS)})",
            file=descriptor_path,
            field="schema_version",
        )
    _check_package_name(descriptor, descriptor_path)
    declared_resources = {r.name: r for r in resources(version)}
    found: dict[str, tuple[dict[str, Any], Resource, str | None]] = {}
    for number, res in enumerate(descriptor["resources"], start=1):
        if not isinstance(res, dict):
            raise DataValidationError(f"resource {number} is not an object", file=descriptor_path)
        name = res.get("name")
        if not isinstance(name, str) or name not in declared_resources:
            raise DataValidationError(f"unknown resource {name!r}", file=descriptor_path)
        if name in found:
            raise DataValidationError(f"resource {name!r} is declared twice", file=descriptor_path)
        expected = declared_resources[name].path
        if res.get("path") != expected:  # never a file outside the folder, nor another resource's
            raise DataValidationError(
                f"resource {name!r} names {res.get('path')!r}, not {expected!r}: a resource is its own file"
                " in the release folder",
                file=descriptor_path,
                field="path",
            )
        if not (READ_AS.items() <= res.items() and _READ_OTHERWISE.isdisjoint(res)):  # (as written: at once)
            _check_read_as(name, res, descriptor_path)
        found[name] = (res, declared_resources[name], schema_texts.get(number - 1))
    for name in declared_resources:
        if name not in found:
            raise DataValidationError(f"has no resource {name!r}", file=descriptor_path)
    return descriptor_path, descriptor, version, found


def read_tables(
    folder: str | Path,
) -> tuple[Path, dict[str, Any], dict[str, tuple[str | Path, _Rows]], dict[str, tuple[Field, ...]]]:
    """Check the descriptor, the files, their hashes, each cell and unique keys; return the typed
    rows (shared with every reading of the same files: never to be changed)."""
    descriptor_path, descriptor, version, declared = _declared(folder)
    root = descriptor_path.parent
    base = _base(root)
    tables: dict[str, tuple[str | Path, _Rows]] = {}
    schemas: dict[str, tuple[Field, ...]] = {}
    for name, (res, resource, text) in declared.items():
        path, data = _resource_bytes(root, base, res, descriptor_path)
        schemas[name] = _fields_of(res, descriptor_path, resource, version, text)
        rows = _rows(path, data, schemas[name])
        for f in resource.fields:
            if f.unique:
                _passed(rows, ("unique", f.name), functools.partial(_unique, path, rows, f.name))
        tables[name] = (path, rows)
    # What a newer schema adds reads as empty: no rows for a resource, the current declaration
    # for a field (so the loaders' columns and dtypes are the same for every release).
    for current in RESOURCES:
        if current.name not in tables:
            tables[current.name] = (root / current.path, _Rows())
        have = {f.name for f in schemas.get(current.name, ())}
        schemas[current.name] = schemas.get(current.name, ()) + tuple(f for f in current.fields if f.name not in have)
    return descriptor_path, descriptor, tables, schemas


def _count_rows(path: str | Path, data: bytes) -> int:
    """The number of records of a CSV file (its header excluded), its cells not parsed; more than
    :data:`~workshop_data.defaults.MAX_RESOURCE_ROWS` refused, as :func:`_parse_rows` refuses them."""
    try:
        count = max(sum(1 for _ in _reader(path, data)) - 1, 0)
    except csv.Error as exc:
        raise DataValidationError(f"is not valid CSV: {exc}", file=path) from None
    if count > MAX_RESOURCE_ROWS:
        raise _too_many_rows(path)
    return count


def read_summary(folder: str | Path, counted: Sequence[str] = ("slots", "papers")) -> ReleaseSummary:
    """What a listing prints of a release, read with a cheap check: its name and publication
    time, its workshop row (every cell checked) and how many rows the ``counted`` resources have
    (None for one its schema version does not declare: not known).
    The descriptor is checked as :func:`read_release` checks it and every file's size and hash
    against it (so a file changed after release is found), but no other file's cells are parsed.

    Listing a thousand editions reads a thousand workshop rows, not every row of every
    edition; :func:`read_release` checks everything.
    """
    descriptor_path, descriptor, version, declared = _declared(folder)
    name = _name(descriptor, descriptor_path, None)
    published = _published(descriptor, descriptor_path, name)
    root = descriptor_path.parent
    base = _base(root)
    counts: dict[str, int | None] = dict.fromkeys(counted)  # not declared: not known
    workshop = None
    for resource_name, (res, resource, text) in declared.items():
        fields = _fields_of(res, descriptor_path, resource, version, text)
        path, data = _resource_bytes(root, base, res, descriptor_path)
        if resource_name == "workshop":
            workshop = _workshop(path, _rows(path, data, fields))
        elif resource_name in counts:
            counts[resource_name] = _count_rows(path, data)
    assert workshop is not None  # _declared checked that every resource is there
    from .summary import ReleaseSummary

    return ReleaseSummary(name=name, published=published, workshop=workshop, counts=counts)


def _unique(path: str | Path, rows: list[Row], key: str) -> None:
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        if row[key] in seen:
            raise DataValidationError(
                f"duplicate {key} {row[key]!r} (first on row {seen[row[key]]})", file=path, row=number, field=key
            )
        seen[row[key]] = number


def _check_speakers(path: str | Path, number: int, row: Row, people: Set[str]) -> None:
    for pid in row["speakers"]:
        if pid not in people:
            raise DataValidationError(
                f"speaker {pid!r} is not defined in {PEOPLE.path}", file=path, row=number, field="speakers"
            )


def _check_span(path: str | Path, number: int, row: Row, start: str, end: str) -> None:
    """A row's ``end`` is after its ``start``, and there is no end without a start (a slot's
    time, the other time printed for its talk, a talk's own time; a column an older schema
    version does not declare reads as empty)."""
    begin, finish = row.get(start), row.get(end)
    if finish is None:
        return
    if begin is None:
        raise DataValidationError(f"ends at {finish:%H:%M} but has no {start}", file=path, row=number, field=end)
    if finish <= begin:
        raise DataValidationError(
            f"ends at {finish:%H:%M}, not after its {start} {begin:%H:%M}", file=path, row=number, field=end
        )


def _check_slots(path: str | Path, rows: list[Row], people: Set[str]) -> None:
    """Each slot ends after it starts, and the slots are in the page's order: each start after
    the last slot above it that has one (a slot of unknown start, "TBD", has no end either and
    is passed over; its place in the order is the page's). A part of the program (``part``,
    schema 2.5.0: another heading row of the table) has its own order: NeurIPS 2020's
    "Run 2 (repeated)" gives the day's program again, starting before "Run 1" at the venue. A
    heading row is over every row below it, to the next: a slot below one of a part is of a part;
    and a part is the slots under one heading row (a part named again below another would be a
    second part of its name, which no slot could be told to be of)."""
    last: Row | None = None  # the last slot above with a start
    headed: Row | None = None  # the last slot above of a part
    ended: set[str] = set()  # the parts above the last slot's
    for number, row in enumerate(rows, start=1):
        if last is not None and row.get("part", "") != last.get("part", ""):
            last = None
        if headed is not None and row["part"] != headed["part"]:
            ended.add(headed["part"])
            if row["part"] in ended:
                raise DataValidationError(
                    f"{row['part']!r} again below slot {headed['slot_id']!r} of part {headed['part']!r}: a part is "
                    "the slots under one heading row, and two parts of one name cannot be told apart",
                    file=path,
                    row=number,
                    field="part",
                )
        if row.get("part", ""):
            headed = row
        elif headed is not None:
            raise DataValidationError(
                f"empty below slot {headed['slot_id']!r} of part {headed['part']!r}: a heading row of the "
                "table is over every row below it, to the next",
                file=path,
                row=number,
                field="part",
            )
        _check_span(path, number, row, "start", "end")
        _check_span(path, number, row, "talk_start", "talk_end")
        _check_speakers(path, number, row, people)
        if row["start"] is None:
            continue
        if last is not None:
            if row["start"] < last["start"]:
                raise DataValidationError(
                    f"starts at {row['start']:%H:%M}, before the slot above it ({last['start']:%H:%M}): "
                    "slots are out of order",
                    file=path,
                    row=number,
                    field="start",
                )
            prev_end = last["end"] or last["start"]
            if row["start"] < prev_end or row["start"] == last["start"]:
                raise DataValidationError(
                    f"starts at {row['start']:%H:%M}, while slot {last['slot_id']!r} runs until "
                    f"{prev_end:%H:%M}: slots overlap",
                    file=path,
                    row=number,
                    field="start",
                )
        last = row


def _check_repeats(path: str | Path, slots: Sequence[Slot], talks: Sequence[Talk]) -> None:
    """A slot's ``repeats`` (schema 2.5.0) names a slot above it, of another part of the table,
    that prints the same program (:func:`~workshop_data.model.programs`: the rule the importer
    marks repeats by)."""
    program = programs(slots, talks)
    above: dict[str, Slot] = {}
    for number, slot in enumerate(slots, start=1):
        repeated = slot.repeats
        if repeated:
            first = above.get(repeated)
            why = None
            if first is None:
                why = f"repeats slot {repeated!r}, which is not a slot above it"
            elif first.part == slot.part:
                why = f"repeats slot {repeated!r} of its own part {slot.part!r}, not of an earlier one"
            elif program[repeated] != program[slot.slot_id]:
                pairs = zip(PROGRAM, program[repeated], program[slot.slot_id], strict=True)
                what = next(name for name, a, b in pairs if a != b)
                why = f"repeats slot {repeated!r}, but the two differ in {what!r}"
                why += " (a repeat gives the same program again)"
            if why is not None:
                raise DataValidationError(why, file=path, row=number, field="repeats")
        above[slot.slot_id] = slot


def _check_wall_times(path: str | Path, rows: list[Row], zone: str, names: tuple[str, ...]) -> None:
    """Each time of ``names`` exists exactly once on the venue's clock (none in a gap or an
    overlap of its daylight-saving changes)."""
    for number, row in enumerate(rows, start=1):
        for name in names:
            value: dt.datetime | None = row.get(name)
            problem = None if value is None else wall_time_problem(value, zone)
            if value is not None and problem is not None:
                when = value.isoformat(sep=" ", timespec="minutes")
                raise DataValidationError(f"{when} {problem}", file=path, row=number, field=name)


def _check_talk_times(path: str | Path, rows: list[Row]) -> None:
    """A talk's own time (where the page gives one) ends after it starts."""
    for number, row in enumerate(rows, start=1):
        _check_span(path, number, row, "start", "end")


def _check_talks(path: str | Path, rows: list[Row], slots: Set[str], people: Set[str]) -> None:
    for number, row in enumerate(rows, start=1):
        if row["slot_id"] not in slots:
            raise DataValidationError(
                f"talk points to slot {row['slot_id']!r}, which {SLOTS.path} does not have",
                file=path,
                row=number,
                field="slot_id",
            )
        _check_speakers(path, number, row, people)


#: The lists a release's rows are in, each ``(resource, field, group)``: the papers and the
#: roles in the order their ``order`` gives, a slot's talks (``group``) by theirs, a paper's
#: authors by ``position``. The writer writes them so; rows of another order (a file edited by
#: hand and re-hashed: ``validate`` said it valid) were loaded as written, the papers listed
#: 2, 1, 3 beside an ``order`` column saying otherwise, and shown so.
LISTS = (
    ("papers", "order", ""),
    ("roles", "order", ""),
    ("talks", "order", "slot_id"),
    ("authors", "position", "paper_id"),
)


def _check_listed(path: str | Path, rows: list[Row], field: str, group: str) -> None:
    """Each row's ``field`` is after the last of its ``group``'s rows above it (the whole file's
    where ``group`` is empty): a :class:`DataValidationError` naming the row otherwise, a place
    given twice as a duplicate (two talks of a slot at order 1: neither is below the other)."""
    last: dict[Any, tuple[int, int]] = {}  # group -> its last row's field and number
    for number, row in enumerate(rows, start=1):
        key = row[group] if group else ""
        if key in last and row[field] <= last[key][0]:
            value, at = last[key]
            of = f" of {group} {key!r}" if group else ""
            why = (
                f"duplicate {field} {value}{of} (first on row {at})"
                if row[field] == value
                else f"{field} {row[field]} below {field} {value}{of}: the rows are listed in the order of {field!r}"
            )
            raise DataValidationError(why, file=path, row=number, field=field)
        last[key] = (row[field], number)


def _check_references(tables: dict[str, tuple[str | Path, _Rows]], people: Set[str]) -> None:
    """Roles and authors name people of the release; authors, in order, and papers' links name
    its papers."""
    papers = {r["paper_id"] for r in tables["papers"][1]}
    known_in = {"person_id": (PEOPLE, people), "paper_id": (PAPERS, papers)}
    named = (("roles", ("person_id",)), ("authors", ("person_id", "paper_id")), ("paper_materials", ("paper_id",)))
    for name, columns in named:
        path, rows = tables[name]
        for number, row in enumerate(rows, start=1):
            for column in columns:
                where, known = known_in[column]
                if row[column] not in known:
                    raise DataValidationError(
                        f"{column} {row[column]!r} is not defined in {where.path}",
                        file=path,
                        row=number,
                        field=column,
                    )
    path, rows = tables["authors"]
    seen: set[tuple[str, int]] = set()
    # one person is one author of a paper: two names made one person (an alias entry) are two authors
    authors: dict[tuple[str, str], Row] = {}
    for number, row in enumerate(rows, start=1):
        key = (row["paper_id"], row["position"])
        if key in seen:
            raise DataValidationError(
                f"paper {row['paper_id']!r} has two authors at position {row['position']}",
                file=path,
                row=number,
                field="position",
            )
        seen.add(key)
        first = authors.setdefault((row["paper_id"], row["person_id"]), row)
        if first is not row:
            raise DataValidationError(
                f"{row['person_id']!r} is author {first['position']} of paper {row['paper_id']!r} already (as"
                f" {shown(first['name'])}): a paper's authors are different people (two names made one by an"
                " alias entry?)",
                file=path,
                row=number,
                field="person_id",
            )


def _check_printed_with_roles(path: str | Path, rows: list[Row], people: list[Row]) -> None:
    """A role's own affiliations or links are not the person's: the writer writes none there
    (the role is printed with the person's), and a role holding them printed the same while
    ``diff`` told a change of them. A role's own links are among the person's, which hold every
    link printed with any of their roles (``people.links``)."""
    persons = _once(people, "by id", lambda: {p["person_id"]: p for p in people})
    for number, row in enumerate(rows, start=1):
        person = persons[row["person_id"]]
        for name in PRINTED_WITH_ROLE:
            own = row.get(name, ())
            if own and own == person.get(name, ()):
                raise DataValidationError(
                    f"the {name} of person {row['person_id']!r} in {PEOPLE.path}: a role holds its own only where "
                    "the page printed others with it (empty: the person's)",
                    file=path,
                    row=number,
                    field=name,
                )
        unknown = next((link for link in row.get("links", ()) if link not in person["links"]), None)
        if unknown is not None:
            raise DataValidationError(
                f"{shown(unknown)} is not among the links of person {row['person_id']!r} in {PEOPLE.path}, which "
                "holds every link printed with any of their roles",
                file=path,
                row=number,
                field="links",
            )


#: The ids the site names a file by, and what the files are: two ids equal but for case would
#: be one file on macOS and Windows (:func:`_case_twins`).
_FILE_IDS = {
    "person_id": ("person id", "their pages"),  # people/<person_id>.html
    "slot_id": ("slot id", "their calendar files"),  # slots/<slot_id>.ics
}


def _case_twins(path: str | Path, rows: list[Row], column: str) -> None:
    """An error naming the first row whose ``column`` (:data:`_FILE_IDS`) differs only in case
    from an earlier row's: two people or slots, one file on macOS and Windows (the site writes
    ``people/<person_id>.html`` and ``slots/<slot_id>.ics``)."""
    what, files = _FILE_IDS[column]
    seen: dict[str, tuple[int, str]] = {}
    for number, row in enumerate(rows, start=1):
        value = row[column]
        twin = seen.setdefault(value.casefold(), (number, value))
        if twin[1] != value:
            raise DataValidationError(
                f"{what} {value!r} differs only in case from {twin[1]!r} (row {twin[0]}): {files} would be"
                " one file on macOS and Windows",
                file=path,
                row=number,
                field=column,
            )


def _workshop(path: str | Path, rows: list[Row]) -> Workshop:
    """The one row of the workshop file, its time zone and day checked."""
    if len(rows) != 1:
        raise DataValidationError(f"must hold exactly one row, not {len(rows)}", file=path)
    row = rows[0]
    try:
        check_timezone(row["timezone"])
    except UnknownTimeZoneError as exc:
        raise DataValidationError(str(exc), file=path, row=1, field="timezone") from None
    problem = day_problem(row["date"]) if row["date"] is not None else None
    if problem is not None:
        raise DataValidationError(problem, file=path, row=1, field="date")
    return Workshop(**row)


def _name(descriptor: dict[str, Any], descriptor_path: Path, name: str | None) -> str:
    """The release's name: the descriptor's ``version``, which must be ``name``, by default the
    folder's name."""
    expected = descriptor_path.parent.name if name is None else name
    if descriptor.get("version") != expected:
        raise DataValidationError(
            f"'version' is {descriptor.get('version')!r}, expected {expected!r}: a release's name is its folder's",
            file=descriptor_path,
        )
    return expected


def _check_edition(edition: str, descriptor: dict[str, Any], descriptor_path: Path) -> None:
    """An error unless the descriptor's ``edition`` is the workshop row's (which the schema holds
    to an edition's name). The writer writes both; the loaders take the row's (a release in
    another edition's folder does not load: :func:`~workshop_data.store.of_its_edition`), and a
    release whose two said two editions passed here and loaded nowhere."""
    if descriptor.get("edition") != edition:
        raise DataValidationError(
            f"'edition' is {_said(descriptor.get('edition'))}, but {WORKSHOP.path} names edition {edition!r}: "
            "a release is of one edition",
            file=descriptor_path,
            field="edition",
        )


def _published(descriptor: dict[str, Any], descriptor_path: Path, name: str) -> dt.datetime:
    """The release's publication time, ``created``: within the span its name ``name`` states
    (:func:`~workshop_data.ids.release_span`), which the store orders releases by, and on a day
    every zone can show (:func:`~workshop_data.timeutil.day_problem`: it is shown in the venue's)."""
    try:
        published = parse_published(str(descriptor.get("created", "")))
    except ValueError:
        raise DataValidationError(
            f"'created' is {descriptor.get('created')!r}, expected YYYY-MM-DDTHH:MM:SSZ", file=descriptor_path
        ) from None
    span = release_span(name)
    if span is not None and not span[0] <= published < span[1]:
        raise DataValidationError(
            f"'created' is {descriptor.get('created')!r}, outside the time the release's name {name!r} states "
            f"({format_published(span[0])} to {format_published(span[1])}, not included): a dated name states its "
            "publication time; name the release by it, or by a name that states none",
            file=descriptor_path,
            field="created",
        )
    if (why := day_problem(published.date())) is not None:  # shown in the venue's zone, and any other
        raise DataValidationError(f"'created' is {descriptor.get('created')!r}: {why}", file=descriptor_path)
    return published


def _check_materials(path: str | Path, rows: list[Row], slots: Set[str], talks: dict[str, str]) -> None:
    """Each material belongs to a slot of the release and, when it names a talk (``talks``:
    talk id -> its slot), to a talk of that slot."""
    for number, row in enumerate(rows, start=1):
        slot, talk = row["slot_id"], row["talk_id"]
        if slot not in slots:
            raise DataValidationError(
                f"material points to slot {slot!r}, which {SLOTS.path} does not have",
                file=path,
                row=number,
                field="slot_id",
            )
        if talk and talks.get(talk) != slot:
            raise DataValidationError(
                f"talk {talk!r} is not a talk of slot {slot!r} in {TALKS.path}", file=path, row=number, field="talk_id"
            )


def _check_paper_materials(path: str | Path, rows: list[Row], papers: list[Row]) -> None:
    """No paper link is its paper's PDF (``papers.pdf_url`` holds that: the site's papers page
    would show the same link twice); that each names a paper of the release is
    :func:`_check_references`'."""
    pdfs = {p["paper_id"]: p["pdf_url"] for p in papers}
    for number, row in enumerate(rows, start=1):
        paper = row["paper_id"]
        if row["url"] == pdfs[paper]:
            raise DataValidationError(
                f"{shown(row['url'])} is the pdf_url of paper {paper!r} in {PAPERS.path}, not another link",
                file=path,
                row=number,
                field="url",
            )


def _check_link_labels(path: str | Path, rows: list[Row]) -> None:
    """Each person's ``link_labels`` is empty or gives one item per link, in their order: a label
    left over, or one short, would name another link than the page printed it with."""
    for number, row in enumerate(rows, start=1):
        labels, links = row.get("link_labels") or (), row.get("links") or ()
        if labels and len(labels) != len(links):
            why = f"{len(labels)} link labels for {len(links)} links: one for each link, in order, or none"
            raise DataValidationError(why, file=path, row=number, field="link_labels")


def _check_text_links(path: str | Path, rows: list[Row], tables: dict[str, tuple[str | Path, _Rows]]) -> None:
    """Each link inside a text is in a text of the release (:data:`~workshop_data.schema.LINKED_TEXTS`:
    a role's talk abstract by its ``order``, a paper's abstract by its id, a person's bio by
    theirs), its words the text's from ``start`` on, the text's links numbered from 1 in the order of their places, none
    overlapping another: what a renderer makes a link of is the words the data says."""
    texts: dict[tuple[str, str, str], str] = {}
    for resource, fields in LINKED_TEXTS.items():
        key = LINKED_TEXT_KEYS[resource]
        for row in tables[resource][1]:
            for name in fields:
                texts[(resource, str(row[key]), name)] = row[name] or ""
    last: dict[tuple[str, str, str], tuple[int, int]] = {}
    for number, row in enumerate(rows, start=1):
        owner = (row["resource"], row["key"], row["field"])
        if row["field"] not in LINKED_TEXTS[row["resource"]]:
            why = f"{shown(row['field'])} is no text of {row['resource']} ({', '.join(LINKED_TEXTS[row['resource']])})"
            raise DataValidationError(why, file=path, row=number, field="field")
        if owner not in texts:
            why = f"{row['resource']} has no row {shown(row['key'])} in {row['resource']}.csv"
            raise DataValidationError(why, file=path, row=number, field="key")
        text, start, words = texts[owner], row["start"], row["text"]
        if text[start - 1 : start - 1 + len(words)] != words:
            why = f"{row['field']} of {row['resource']} {row['key']} does not hold {shown(words)} at {start}"
            raise DataValidationError(why, file=path, row=number, field="start")
        position, end = last.get(owner, (0, 0))
        if row["position"] != position + 1 or start < end:
            why = f"link {row['position']} of the text after link {position}, which ends at {end}: in order, apart"
            raise DataValidationError(why, file=path, row=number, field="position")
        last[owner] = (row["position"], start + len(words))  # the place after the words


def _check_corrections(path: str | Path, rows: list[Row], version: str) -> None:
    """Each correction names a resource of schema ``version`` and a field of that resource
    (:func:`~workshop_data.schema.fields_by_resource`): any text passed, a correction of
    nothing the release holds."""
    known = fields_by_resource(version)
    for number, row in enumerate(rows, start=1):
        resource, field = row["resource"], row["field"]
        fields = known.get(resource)
        if fields is None:
            why = f"{shown(resource)} is no resource of schema {version} ({', '.join(known)})"
            raise DataValidationError(why, file=path, row=number, field="resource")
        if field not in fields:
            why = f"{shown(field)} is no field of {resource} in schema {version} ({', '.join(sorted(fields))})"
            raise DataValidationError(why, file=path, row=number, field="field")


def _check_correction_keys(path: str | Path, rows: list[Row], tables: dict[str, Any], version: str) -> None:
    """Each correction's ``key`` names a row of its resource: an id of the resource's primary key
    (the workshop's: its edition, or empty, as the field's description says). A resource of no
    primary key (authors, roles, …) has no row a key can name. The key took any text: a correction
    of a row the release does not hold validated."""
    keys = {r.name: r.primary_key for r in resources(version)}
    for number, row in enumerate(rows, start=1):
        resource, key = row["resource"], row["key"]
        column = keys[resource]  # a resource of the schema: _check_corrections
        if column is None:
            keyed = [name for name, c in keys.items() if c]
            why = (
                f"a row of {resource} has no id to name: a correction names a row of "
                f"{', '.join(keyed[:-1])} or {keyed[-1]}"
            )
            raise DataValidationError(why, file=path, row=number, field="key")
        rpath, rrows = tables[resource]
        if key in _values(rrows, column) or (resource == WORKSHOP.name and key == ""):
            target = rrows[0] if resource == WORKSHOP.name else next(r for r in rrows if r[column] == key)
            _check_corrected_value(path, number, row, target, Path(rpath).name, version)
            continue
        why = f"{shown(key)} is no {column} of {Path(rpath).name}: the correction names no row"
        raise DataValidationError(why, file=path, row=number, field="key")


def _check_corrected_value(path: str | Path, number: int, row: Row, target: Row, file: str, version: str) -> None:
    """A correction's ``value`` is what the row it corrects (``target``, of ``file``) holds in
    its field, read as that field is read; empty where the row holds none (unknown). It took any
    text: the home page said "the data says 2022-13-03T16:40:00" (no time) or a day of the year
    1850 of a slot the data starts at 16:40 on 2022-12-03. (The importer keeps a correction in a
    new release on the same condition, importer.unsaid._still_holds, in the writer's text.)"""
    name, value = row["field"], row["value"]
    f = next(f for r in resources(version) if r.name == row["resource"] for f in r.fields if f.name == name)
    held = target[name]
    if value == "":
        same = held in (None, "", ())
    else:
        try:
            same = _cell_reader(f)(value, path, number) == held
        except DataValidationError:
            same = False
    if not same:
        said = "none" if held in (None, "", ()) else shown(held.isoformat() if isinstance(held, dt.date) else held)
        of = f" of {row['key']!r}" if row["key"] else ""
        why = f"{shown(value)} is not the {name}{of} {file} holds ({said}): a correction gives the value the data holds"
        raise DataValidationError(why, file=path, row=number, field="value")


def read_release(folder: str | Path, *, name: str | None = None) -> Release:
    """Read and check the release in ``folder`` (or at a ``datapackage.json`` path).

    The descriptor's ``version`` is the release's name and must be ``name``, by default the
    folder's name (a publish reads its temporary folder back under the name it will have).
    The garbage collector is paused while it reads (:func:`~workshop_data.collector.paused`).
    """
    with collector.paused():
        return _read_release(folder, name)


def _read_release(folder: str | Path, name: str | None) -> Release:
    descriptor_path, descriptor, tables, schemas = read_tables(folder)
    expected = _name(descriptor, descriptor_path, name)
    workshop = _workshop(*tables["workshop"])
    _check_edition(workshop.edition, descriptor, descriptor_path)
    # Each check of a file's rows alone, or of the sets of ids other files give, is made once for
    # the same typed rows (a release's files are mostly its edition's last release's); a check
    # across files runs whole, and raises its first problem, where a set is not within another.
    ppath, prows = tables["people"]
    people = _values(prows, "person_id")
    if _once(prows, "case twins", lambda: len({p.casefold() for p in people}) != len(people)):
        _case_twins(ppath, prows, "person_id")
    _passed(prows, "link labels", functools.partial(_check_link_labels, ppath, prows))
    spath, srows = tables["slots"]
    if not srows and descriptor.get("schema_version") == "1.0.0":
        raise DataValidationError("has no slots", file=spath)
    slots = _values(srows, "slot_id")
    if _once(srows, "case twins", lambda: len({s.casefold() for s in slots}) != len(slots)):
        _case_twins(spath, srows, "slot_id")
    if not _members(srows, "speakers") <= people:
        _check_slots(spath, srows, people)  # raises the first problem
    _passed(srows, "slots", functools.partial(_check_slots, spath, srows, people))  # of the slots alone
    zone = workshop.timezone
    _passed(srows, ("wall times", zone), functools.partial(_check_wall_times, spath, srows, zone, SLOTS.times))
    tpath, trows = tables["talks"]
    if not (_values(trows, "slot_id") <= slots and _members(trows, "speakers") <= people):
        _check_talks(tpath, trows, slots, people)  # raises the first problem
    _passed(trows, "talk times", functools.partial(_check_talk_times, tpath, trows))
    _passed(trows, ("wall times", zone), functools.partial(_check_wall_times, tpath, trows, zone, TALKS.times))
    if any(r.get("repeats") for r in srows):
        _check_repeats(spath, srows.records(Slot), trows.records(Talk))
    _, arows = tables["authors"]
    papers = _values(tables["papers"][1], "paper_id")
    pmpath, pmrows = tables["paper_materials"]
    if not (
        _values(tables["roles"][1], "person_id") <= people
        and _values(arows, "person_id") <= people
        and _values(arows, "paper_id") <= papers
        and _values(pmrows, "paper_id") <= papers
        and _once(arows, "positions", lambda: len({(r["paper_id"], r["position"]) for r in arows}) == len(arows))
        and _once(arows, "authors", lambda: len({(r["paper_id"], r["person_id"]) for r in arows}) == len(arows))
    ):
        _check_references(tables, people)  # raises the first problem
    for resource, field, group in LISTS:
        lpath, lrows = tables[resource]
        _passed(lrows, ("listed", field, group), functools.partial(_check_listed, lpath, lrows, field, group))
    rpath, rrows = tables["roles"]
    if _once(rrows, "printed own", lambda: any(r.get("affiliations") or r.get("links") for r in rrows)):
        _check_printed_with_roles(rpath, rrows, prows)
    mpath, mrows = tables["materials"]
    if mrows:
        _check_materials(mpath, mrows, slots, {r["talk_id"]: r["slot_id"] for r in trows})
    if pmrows:
        _check_paper_materials(pmpath, pmrows, tables["papers"][1])
    xpath, xrows = tables["text_links"]
    if xrows:
        _check_text_links(xpath, xrows, tables)
    cpath, crows = tables["corrections"]
    version = str(descriptor["schema_version"])
    if crows:
        _passed(crows, ("corrections", version), functools.partial(_check_corrections, cpath, crows, version))
        _check_correction_keys(cpath, crows, tables, version)
    return Release(
        name=expected,
        published=_published(descriptor, descriptor_path, expected),
        workshop=workshop,
        slots=srows.records(Slot),
        talks=trows.records(Talk),
        people=prows.records(Person),
        roles=tables["roles"][1].records(Role),
        papers=tables["papers"][1].records(Paper),
        authors=tables["authors"][1].records(Author),
        corrections=crows.records(Correction),
        materials=mrows.records(Material),
        paper_materials=pmrows.records(PaperMaterial),
        text_links=xrows.records(TextLink),
        schema_version=version,
        path=descriptor_path.parent,
        fields=schemas,
    )


def validate(path: str | Path) -> Release:
    """Check a release folder (or its ``datapackage.json``) and return it.

    Raises :class:`~workshop_data.errors.DataValidationError` for the first broken rule,
    naming the file, the row and the field. What it checks is what every load checks (it is
    the loaders' reader): the descriptor (a schema version this package reads, each resource
    declared as the schema declares it), each file's size and SHA-256 hash, each cell's type and
    form, required values, vocabularies and patterns, no control, bidirectional or invisible
    character, unique ids; the release's name and publication time; the schedule's order and
    times (each slot ending after it starts, every time existing once on the venue's clock);
    that every speaker, role, author, paper's link and material names a row the release holds;
    and that each hand-checked correction names a field and a row of the release and holds its
    value. The module's docstring says where each rule is. The folder is checked wherever it
    is; ``workshop-data validate`` and the loaders also check that it is in its edition's folder
    (``DATA_DIR/EDITION/RELEASE``).
    """
    return read_release(path)

"""Names and affiliations as printed in a section cell.

The page family prints a speaker as ``Name (<i>Affiliation, Affiliation</i>)``,
``Name - Affiliation`` or just ``Name``, linked or not to the speaker's bio (``#anchor``);
several people are separated by commas, semicolons or "and" (``A, B, C, and D``), and in
Chinese and Japanese text by the full-width comma ``，`` or the ideographic ``、`` (``李明、王芳``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..placeholders import WORDS
from .inline import Run, anchor_link, collapse, raw_text, slice_runs, text_of

#: Lower-case words that may sit inside a name ("Vincent van Gogh", "Ahmed bin Ali").
PARTICLES = frozenset({"de", "da", "di", "del", "der", "den", "van", "von", "la", "le", "du", "bin", "al", "y", "dos"})
#: Separators between people (outside parentheses).
_SEPARATOR = re.compile(r"[,，、]\s*(?:and\s+)?|[;；]|(?<=\s)(?:and|&)(?=\s)")
#: A spaced dash between a name and an affiliation (in collapsed text, and in raw text).
_DASH = re.compile(r"\s[-–—]\s")
_DASH_RAW = re.compile(r"(?<=\s)[-–—](?=\s)")
_TRAILING_PAREN = re.compile(r"^(?P<name>.*?)\s*\((?P<inner>[^()]*)\)\s*$", re.DOTALL)
#: A parenthesised note ending a name as printed: ``Hanrui Wang (MIT)``'s affiliation.
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)$")
_PLACEHOLDERS = frozenset(word.lower() for word in WORDS)
#: Words that make a piece of a list an institution, not a person: ``Name, University of X``.
INSTITUTION = re.compile(
    r"\b(?:universit(?:y|e|é|ät|at|à)|univ|institut(?:e|o)?|college|school|labs?|laborator(?:y|ies)|research|"
    r"inc|corp(?:oration)?|company|cent(?:er|re)|academy|foundation|ltd|llc|gmbh|google|microsoft|meta|nvidia|"
    r"amazon|aws|openai|deepmind|ibm|intel|apple|facebook)\b",
    re.IGNORECASE,
)


#: A letter of the scripts that write a whole name as one word, the family and the given name with
#: no space between: Chinese characters (and Japanese kanji, with their iteration mark 々: 佐々木),
#: kana, Hangul. '李明' is a family and a given name; 'Иван' (Cyrillic, spaced as Latin is) is a
#: given name alone.
_UNSPACED = r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
#: The first character of ``_UNSPACED``: a word holding one before it is not written in it.
_UNSPACED_FIRST = "\u3005"
#: How many such letters a word has when it reads as a whole name: a family name of one to three
#: and a given name of one to three (李明, 欧阳娜娜, 김민수, 山田太郎; Japanese 佐々木健太郎, 長谷川
#: 健太郎). A longer word is no name but a phrase ("面向系统的机器学习"), as a one-letter one is a
#: family name alone.
UNSPACED_NAME = range(2, 7)


@dataclass(frozen=True)
class PersonText:
    """A person as printed on a row."""

    name: str
    affiliations: tuple[str, ...] = ()
    anchor: str = ""


def split_affiliations(text: str) -> tuple[str, ...]:
    """``"MIT, AWS"`` -> ``("MIT", "AWS")``; one printed twice is one (``"MIT, MIT"``: a person's
    affiliations are distinct, :attr:`~workshop_data.schema.Field.distinct`)."""
    return tuple(dict.fromkeys(part for part in (collapse(p) for p in text.split(", ")) if part))


def is_placeholder(text: str) -> bool:
    """Whether ``text`` stands for someone or something not known yet (one of
    :data:`.placeholders.WORDS`: ``TBD``, ``TBA``, ``TBC``, in any case)."""
    return collapse(text).lower() in _PLACEHOLDERS


def name_words(name: str) -> int:
    """How many names ``name`` has for ``min_words`` (:func:`is_name`, :func:`people_of`): its
    words, one written wholly in a script that writes a whole name unspaced (:data:`UNSPACED_NAME`
    letters long) counting as two, a family and a given name. "李明, 王芳" was one word each, less
    than the two a panelist's name needs, and the panel's list was read as its title (issue 9); so
    was a Japanese name of five or six letters, '佐々木健太郎'."""
    words = name.split()
    return len(words) + sum(len(w) in UNSPACED_NAME and _unspaced_word(w) for w in words)


def _unspaced_word(word: str) -> bool:
    """Whether every letter of ``word`` (not empty) is one of ``_UNSPACED``'s; its pattern
    compiled only for a word of such letters alone (:func:`_unspaced`)."""
    return min(word) >= _UNSPACED_FIRST and len(_unspaced().findall(word)) == len(word)


@functools.cache
def _unspaced() -> re.Pattern[str]:
    """``_UNSPACED`` compiled, once a word may be written in it: Python's compiler walks its
    class's 39,473 code points of the BMP one by one (37 M instructions, 0.5 % of an import of
    the site's whole history, where each module's patterns are compiled as it is imported, and
    whose names are all written in Latin letters)."""
    return re.compile(_UNSPACED)


def is_name(text: str, min_words: int = 1) -> bool:
    """Whether ``text`` reads as a person's name: a few capitalised words (:func:`name_words` of
    them at least ``min_words``), no digits or colons."""
    words = text.split()
    if not (min_words <= name_words(text) and len(words) <= 6) or any(c.isdigit() or c in ":/@" for c in text):
        return False
    if is_placeholder(text):
        return False
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if not letters or (letters[0].islower() and word.lower() not in PARTICLES):
            return False
    return True


def _masked(text: str) -> str:
    """``text`` with whatever sits inside parentheses masked, so separators there are ignored."""
    out, depth = [], 0
    for c in text:
        if c == "(":
            depth += 1
        out.append("\0" if depth and c not in "()" else c)
        if c == ")" and depth:
            depth -= 1
    return "".join(out)


def _pieces(runs: Sequence[Run]) -> list[tuple[int, int]]:
    """Character spans of the runs' text, cut at separators between people."""
    raw = raw_text(runs)
    masked = _masked(raw)
    if len(_DASH_RAW.findall(masked)) == 1:
        return [(0, len(raw))]  # "Name - Affiliation, Affiliation": one person
    spans, start = [], 0
    for match in _SEPARATOR.finditer(masked):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(raw)))
    return spans  # a blank piece ("and Neural", "Neural and", "A, , B") is not a list of names


def without_note(name: str) -> str:
    """A name as printed without the parenthesised note ending it, its affiliation
    (``"Hanrui Wang (MIT)"`` -> ``"Hanrui Wang"``): an author in a list of papers, a speaker block's
    heading (``Farinaz Koushanfar (UCSD)``). A name without one is as it is."""
    return _TRAILING_NOTE.sub("", name)


def name_and_affiliations(text: str) -> tuple[str, tuple[str, ...]]:
    """``"Name - Affiliation"`` or ``"Name (Affiliation)"`` -> the name and the affiliations;
    other text is kept whole, with none. The shapes schedules print a speaker in, and the
    speaker blocks' headings (NeurIPS 2023's ``Name (Affiliation)``, ISCA 2019's both); a
    name keeps a parenthesis of its own (``Zhaoxia (Summer) Deng (Facebook)``)."""
    dash = _DASH.split(text, maxsplit=1)
    if len(dash) == 2:
        return dash[0], split_affiliations(dash[1])
    paren = _TRAILING_PAREN.match(text)
    if paren and paren.group("name"):
        return paren.group("name"), split_affiliations(paren.group("inner"))
    return text, ()


def _person(runs: Sequence[Run], anchor: str) -> tuple[PersonText, bool] | None:
    """One person from its runs, and whether an affiliation was printed; None if not a name."""
    text, affiliations = name_and_affiliations(collapse(raw_text(runs)))
    if not is_name(text):
        return None
    anchor = (anchor_link(runs) or anchor).lstrip("#")
    return PersonText(text, affiliations, anchor), bool(affiliations)


def people_of(
    runs: Sequence[Run], *, label_anchor: str = "", min_words: int = 1, need_evidence: bool = True
) -> list[PersonText] | None:
    """The people printed in ``runs``, or None when the text does not read as names.

    With ``need_evidence`` the text must show it is about people: an affiliation, or a link to
    a bio anchor (``label_anchor`` is the anchor of a link around the row's label, which belongs
    to the first person).
    """
    found: list[PersonText] = []
    evidence = bool(label_anchor)
    for a, b in _pieces(runs):
        piece = slice_runs(runs, a, b)
        text = text_of(piece)
        if not text:
            return None
        if (
            found
            and INSTITUTION.search(text)
            and "(" not in text
            and not _DASH.search(text)
            and not any(r.href for r in piece)
        ):
            last = found[-1]  # "Name, University of X": the affiliation of the person before
            found[-1] = PersonText(last.name, (*last.affiliations, text), last.anchor)
            evidence = True
            continue
        person = _person(piece, label_anchor if not found else "")
        if person is None or name_words(person[0].name) < min_words:
            return None
        found.append(person[0])
        evidence = evidence or person[1] or bool(person[0].anchor)
    if not found or (need_evidence and not evidence):
        return None
    return found

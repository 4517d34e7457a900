"""The CSV guard's rule: the characters it takes and its wordings (no imports: the CLI's
``--help`` reads it, and :mod:`workshop_data.formats.text` builds its patterns from it): one for
the help and the README, one for a reader who downloads the file from the site."""

from __future__ import annotations

#: What a spreadsheet runs as a formula at the start of a cell (OWASP's advice on CSV injection),
#: spaces and ``'`` before it passed over (:mod:`workshop_data.formats.text` says why).
FORMULA_STARTS = "=+-@\t\r"
#: Where a spreadsheet whose list separator is ``;`` starts a cell inside one of the file's.
CELL_SPLITS = ";\n\r"
_SAID = {"\t": "a tab", "\r": "a carriage return"}


def _either(words: list[str], sep: str = " ") -> str:
    """``= + - @, a tab or a carriage return`` (``sep`` between the first ones)."""
    return f"{sep.join(words[:-2])}, {' or '.join(words[-2:])}" if len(words) > 2 else " or ".join(words)


#: The CSV guard in words, made from :data:`FORMULA_STARTS` and :data:`CELL_SPLITS`, which
#: :mod:`workshop_data.formats.text`'s patterns are made of: the one wording ``export --help``,
#: the site's downloads and the README give (tests/test_readme.py reads it).
CSV_GUARD = (
    f"a text that starts with {_either([_SAID.get(c, c) for c in FORMULA_STARTS])}, after any spaces"
    " (a spreadsheet's formula), is written with a ' in front, and so is such a start after a ; or a"
    " line break (where a spreadsheet splitting lines at ; starts a cell); a number such as -5 is"
    " left as it is"
)


#: The CSV guard for a reader who downloads the file from the site's data page: what they will
#: see in their spreadsheet and why, and how to get the text back. Made of the same characters
#: as :data:`CSV_GUARD` (the site said that wording, with "a spreadsheet's formula" and "a
#: spreadsheet splitting lines at ; starts a cell", which a reader had to decode).
CSV_GUARD_FOR_READERS = (
    "A text that a spreadsheet would run as a formula, one that starts (after any spaces) with "
    f"{_either([_SAID.get(c, c) for c in FORMULA_STARTS], ', ')}, "
    "is written with a ' in front, so that the spreadsheet shows it as text and runs nothing: =1+1"
    " reads '=1+1. So is such a start after a ; or a line break (where some spreadsheets begin a new"
    " cell). Delete that ' to get the text as the data gives it. Numbers such as -5 are left as"
    " they are."
)

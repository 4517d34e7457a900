"""The reviewed alias table: spellings of one person's name that evidence alone cannot settle.

People get one id across editions by their normalised name
(:func:`workshop_data.ids.normalise`: case, accents and punctuation ignored, so "YUNKAI
ZHANG" and "Yunkai Zhang", "Shuicheng YAN" and "Shuicheng Yan", "Ashwin K Muppalla", "Ashwin K.
Muppalla" and "Ashwin k Muppalla", "Samuel J Kaufman" and "Samuel J. Kaufman", "Theodore L
Willke" and "Theodore L. Willke" are already one name and need no entry). Within an edition,
:func:`workshop_data.identity.carry_ids` also follows a corrected typo of a speaker's name from
one release to the next (:func:`workshop_data.identity.close_names`: one slip in one word of six
letters or more, or words run together), with an affiliation or anchor in common, or in the same
slot with something beyond the slot agreeing (a link, the bio, the talk's title). A close name
that is no such typo is another person ('Yu Wang' then 'Yi Wang', 'Hao Zhang' then 'Hao Zheng':
a speaker replaced by a colleague); an organizer who means the same person writes an entry here.
Everything else is listed here, by hand, with the evidence read on the pages that it is the same
person:

- a middle name or initial more or less, or words run together, of the same name in the same
  field (authors, or a committee) is evidence enough;
- a different first name or surname needs more: a shared link, the same role, the same paper
  or the same co-authors.

Two different people are never merged: :data:`NOT_SAME` lists the pairs looked at and left
apart, with why. A name printed with an academic title ("Prof. Christos Kozyrakis") or with its
words run together ("HadiEsmaeilzadeh") is not a spelling of the name: its entry says
``rename`` and the person is named by the canonical form (authors keep the name as printed in
their own column). Other variants keep the spelling the page printed, under the one id.

:attr:`AliasTable.person_key` is the one rule by which a printed name is told apart from others, by both
importers: the page import (``import``, :mod:`workshop_data.importer`) and the site import
(:mod:`workshop_data.siteimport`), within a page and from a release to the next (both compare a
new release's people with the previous one's by their :meth:`AliasTable.canonical_name`:
:func:`workshop_data.identity.carried_ids`'s ``name``). It lived in the site import and the page import had a rule of
its own (case and Unicode forms only), so that 'José Dean' and 'Jose Dean' on one page were one
person in a site import and two in a page import (issue 9). This module sits below both
(``tests/test_layers.py``), beside :mod:`workshop_data.identity`, whose :func:`text_key` it is
built on: the letters an ASCII fold drops are kept, so that names told apart by their own script
('Wei Zhang 张伟', 'Wei Zhang 张薇'; 李明 and 王芳) are never merged.

**An organizer's own entries.** An organizer with an installed package cannot edit this module
(it sits in ``site-packages`` and is replaced at the next upgrade), so their reviewed entries
live in their data directory: a file :data:`TABLE_FILE` (``aliases.csv``) at its root, columns
:data:`TABLE_COLUMNS` (``printed,name,reason,rename``, ``rename`` optional). Both importers,
``import`` and ``import-site``, read it whenever they publish into that directory and merge it
with this table into a new :class:`AliasTable` (:func:`of_directory`), which that import alone
passes down to every rule that tells names apart (this module's table never changes: two imports
into two directories in one process, or in two threads, each read their own); each row is checked by the rules the
package's own entries follow (:func:`entry_problem`), and a row that breaks one is refused in one
line naming the file, the row and the field (nothing is imported). A file in the data directory,
rather than an option such as ``--aliases FILE`` on each command, because the table decides the
ids a release publishes, and ids never change once published: it must be the same table at
every import into that directory, an option forgotten once (or another organizer's run without
it) would give the person printed the second way a new id in the next release, for good. The
data directory is what the organizer keeps in a repository of its own, so the table is reviewed
and versioned beside the releases it shaped, as ``.import-site`` (what ``import-site`` read) is;
the store lists only edition folders, so the file is no edition, and the shipped data has none.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from . import ids
from .errors import DataValidationError, WorkshopDataError, shown
from .files import NotRegularFileError, read_regular
from .identity import text_key
from .ids import normalise
from .schema import PEOPLE, collapsed
from .validation import (
    beyond_latin,
    field_problem,
    script_names,
    script_problem,
    scripts_of,
    skeleton,
    text_problem,
)

if TYPE_CHECKING:
    from pathlib import Path

    from .model import Person, Release


@dataclass(frozen=True)
class Alias:
    """A printed variant's person: their canonical name (ids are made from it), the evidence,
    and whether the variant is not a spelling of the name at all (then the person is named by
    the canonical form)."""

    name: str
    reason: str
    rename: bool = False


_TABLE: tuple[tuple[str, Alias], ...] = (
    # -- a different spelling: evidence beyond the name --
    (
        "Natasha Jacques",
        Alias(
            "Natasha Jaques",
            "NeurIPS 2024 pages printed 'Jacques' until upstream fb7d513 ('Update name.') corrected it; "
            "same photo (jacques.jpg) and bio (University of Washington, Google DeepMind)",
        ),
    ),
    (
        "Xinlei Xu",
        Alias(
            "Mimee Xu",
            "organizing committee, NYU, both with the same link https://twitter.com/MimeeXu (@MimeeXu); "
            "the pages print 'Xinlei Xu' until 2020 and 'Mimee Xu' since: her current name",
        ),
    ),
    (
        "Azade Nazi",
        Alias(
            "Azade Nova",
            "organizing committee, Google Brain, in both spellings; 'Azade Nova' links "
            "https://www.linkedin.com/in/azade-nova-bb347763, 'Azade Nazi' https://sites.google.com/site/azadenazi/: "
            "the same role and first name over the years, the later name",
        ),
    ),
    (
        "Siva Hari",
        Alias(
            "Siva Kumar Sastry Hari",
            "NeurIPS 2024's first schedule (upstream dbf74fa, 2024-11-18) prints the accepted paper "
            "'WarpDrive: An Agentic Workflow for Ninja GPU Transformations' with 'Siva Hari'; the accepted "
            "papers list it with the author 'Siva Kumar Sastry Hari': the same paper, middle names more",
        ),
    ),
    (
        "Azalia Mirhosseini",
        Alias(
            "Azalia Mirhoseini",
            "organizing committee, Google Brain/Google Research, the same role in both spellings (one letter more)",
        ),
    ),
    (
        "Neeraja Yadwakar",
        Alias(
            "Neeraja Yadwadkar",
            "the schedule's debate row and '<b>Invited:</b>' line: other versions of the same rows print "
            "'Neeraja Yadwadkar' (a letter dropped)",
        ),
    ),
    (
        "Phitchaya Phothilimtha",
        Alias(
            "Phitchaya Mangpo Phothilimthana",
            "author of 'Learned TPU Cost Model for XLA Tensor Programs' (2019) with Samuel J. Kaufman and Mike "
            "Burrows, her co-authors at Google; the surname is cut short (…thana) and the nickname Mangpo left out",
        ),
    ),
    (
        "Jonathan Hare",
        Alias(
            "Jonathon Hare",
            "author with the same co-authors (Sulaiman Sadiq, Partha Maji, Geoff Merrett) in 2020 ('DEff-ARTS') "
            "and 2022 ('External Memory Is All You Need'), the first name spelled two ways",
        ),
    ),
    (
        "Alaleh Ahmadian",
        Alias(
            "Alaleh Ahmadianshalchi",
            "the first author of 'Preference-Aware Constrained Multi-Objective Bayesian Optimization For Analog "
            "Circuit Design' (NeurIPS 2022): 'Ahmadian' in accepted_papers.md, 'Ahmadianshalchi' in index.md's "
            "table of the same paper, same co-authors",
        ),
    ),
    (
        "Steve Keckler",
        Alias(
            "Stephen Keckler",
            "NeurIPS 2022's invited speaker: the heading 'Steve Keckler', the bio 'Dr. Stephen W. Keckler is the "
            "Vice President of Architecture Research at NVIDIA…' and the schedule's 'Steve Keckler - Invited Talk' "
            "by 'Stephen Keckler' on the same page",
        ),
    ),
    (
        "Bill Dally",
        Alias(
            "William Dally",
            "the special speaker headed 'William Dally' has the bio 'Dr. Bill Dally brings extensive "
            "expertise…' under the heading",
        ),
    ),
    (
        "Azalia Mirhoseni",
        Alias(
            "Azalia Mirhoseini",
            "NeurIPS 2025's schedule: 'Keynote: Azalia Mirhoseni' links the home page's bio of Azalia Mirhoseini "
            "(index.html#azalia_bio), the same talk (a letter dropped)",
        ),
    ),
    (
        "Horan Qiu",
        Alias(
            "Haoran Qiu",
            "neurips2024/index.md's committee at 49eb412 (a branch merged in 2024-08, not on the site's "
            "first-parent line): 'Horan Qiu, Microsoft Azure Research' with the LinkedIn link "
            "https://www.linkedin.com/in/jamesqhr/ that 'Haoran Qiu' has in the later pages (a letter dropped)",
        ),
    ),
    (
        "Nathan Bechmann",
        Alias(
            "Nathan Beckmann",
            "ISCA 2019's schedule: the 2:00 PM row printed '<b>Nathan Bechmann (CMU)</b>' from 64e4f79 "
            "('Tentative schedule updated', 2019-06-17) while the same page's speakers section had his bio "
            "headed 'Nathan Beckmann' (added by c1e62d7 'added placeholder for Nathan Beckmann'); from 5324ee0 "
            "(2019-06-18) the same row prints 'Nathan Beckmann (CMU)' (a letter changed)",
        ),
    ),
    (
        "Zhaoxia (Summer) Deng",
        Alias(
            "Summer Deng",
            "ISCA 2019's schedule: the 2:30 PM row 'Deep Learning Acceleration via Low Precision Computing', "
            "'Speaker: Summer Deng - Facebook', and the same page's speakers section heads the same talk "
            "'Zhaoxia (Summer) Deng - Facebook' (her given name, the name she goes by in parentheses)",
        ),
    ),
    (
        "Riyadhi Baghdadi",
        Alias(
            "Riyadh Baghdadi",
            "NeurIPS 2020's accepted paper 'A Deep Learning Based Cost Model for Automatic Code Optimization' "
            "lists 'Riyadhi Baghdadi' first; NeurIPS 2022's invited speaker Riyadh Baghdadi's talk abstract "
            "says 'we present a novel deep learning based cost model for automatic code optimization' (the "
            "same work, in the Tiramisu compiler): one letter more",
        ),
    ),
    (
        "Parthasarathy Ranganathan",
        Alias(
            "Partha Ranganathan",
            "NeurIPS 2018's invited speaker headed 'Partha Ranganathan' has the bio 'Parthasarathy (Partha) "
            "Ranganathan is currently at Google…'; NeurIPS 2019's paper 'Neural Hierarchical Sequence Model for "
            "Irregular Data Prefetching' lists 'Parthasarathy Ranganathan' with Milad Hashemi and Kevin Swersky "
            "(Google, the committees of both editions say): the full first name his bio gives",
        ),
    ),
    (
        "Milad",
        Alias(
            "Milad Hashemi",
            "NeurIPS 2020's steering committee: upstream a567180 ('Added Kevin and Milad as steering', "
            "2020-12-10) printed '<b>Milad</b>, Google Brain, @miladhash' (https://twitter.com/miladhash), and "
            "upstream 91913fc ('add lastname', 2020-12-12) made the same line '<b>Milad Hashemi</b>, Google "
            "Brain, @miladhash': the same role, affiliation and link as Milad Hashemi of every other edition's "
            "committees, the surname left out",
        ),
    ),
    # -- a middle name or initial more or less, the same name in the same field --
    (
        "Neeraja J. Yadwadkar",
        Alias("Neeraja Yadwadkar", "invited speaker: the same name with and without the middle initial"),
    ),
    (
        "Stephen W. Keckler",
        Alias("Stephen Keckler", "the bio of NeurIPS 2022's invited speaker: the middle initial"),
    ),
    ("Fabian NT Ruffy", Alias("Fabian Ruffy", "author: the same name with the middle initials 'NT'")),
    ("Thomas P. Pumir", Alias("Thomas Pumir", "author: the same name with the middle initial")),
    (
        "Shaileshh Bojja Venkatakrishnan",
        Alias(
            "Shaileshh Venkatakrishnan",
            "author of NeurIPS 2018's Decima and Placeto papers, both with Hongzi Mao and Mohammad Alizadeh: "
            "the same name with the middle name",
        ),
    ),
    ("Nesreen K. Ahmed", Alias("Nesreen Ahmed", "author: the same name with the middle initial")),
    (
        "Geoff V. Merrett",
        Alias("Geoff Merrett", "author with the same co-authors in 2020 and 2022: the middle initial"),
    ),
    (
        "Hugh James Leather",
        Alias("Hugh Leather", "author with Chris Cummins in 2020 and 2024: the same name with the middle name"),
    ),
    (
        "JooHyoung Cha",
        Alias("Joo Hyoung Cha", "author with Yongin Kwon in 2023 and 2024: the given name's two words run together"),
    ),
    (
        "Ray A. O. Sinurat",
        Alias(
            "Ray Sinurat",
            "the first author of 'Towards Continually Learning Application Performance Models' (NeurIPS 2022) in "
            "accepted_papers.md (with initials) and in index.md's table (without)",
        ),
    ),
    (
        "David W Zhang",
        Alias(
            "David Zhang",
            "the first author of 'Robust Scheduling with GFlowNets' (NeurIPS 2022) in accepted_papers.md (with "
            "the initial) and index.md's table (without); not Dan Zhang (NOT_SAME)",
        ),
    ),
    ("Ryan P Adams", Alias("Ryan Adams", "NeurIPS 2022's 'A code superoptimizer…' in both lists: the initial")),
    (
        "Johannes Christian Thiele",
        Alias("Johannes Thiele", "NeurIPS 2022's 'Lattice Quantization' in both lists: the middle name"),
    ),
    ("David Z. Pan", Alias("David Pan", "NeurIPS 2022's 'HEAT' and data-augmentation papers in both lists")),
    # -- not a spelling: an academic title, or the words run together --
    (
        "Prof. Christos Kozyrakis",
        Alias("Christos Kozyrakis", "a speaker printed with the title 'Prof.'", rename=True),
    ),
    (
        "Prof. Hadi Esmaeilzadeh",
        Alias("Hadi Esmaeilzadeh", "a speaker printed with the title 'Prof.'", rename=True),
    ),
    (
        "Dr. Mohammad Alizadeh",
        Alias("Mohammad Alizadeh", "an author of NeurIPS 2018's Placeto printed with the title 'Dr.'", rename=True),
    ),
    ("HadiEsmaeilzadeh", Alias("Hadi Esmaeilzadeh", "an author's name with its words run together", rename=True)),
    (
        "FatemehSadatMireshghallah",
        Alias("Fatemeh Sadat Mireshghallah", "an author's name with its words run together", rename=True),
    ),
)

#: Normalised printed variant -> the person's alias entry.
ALIASES: Mapping[str, Alias] = MappingProxyType({normalise(printed): alias for printed, alias in _TABLE})

#: Pairs of names looked at and NOT merged: the pages give no evidence they are one person.
NOT_SAME: tuple[tuple[str, str, str], ...] = (
    (
        "Dan Zhang",
        "David Zhang",
        "different first names; Dan Zhang organizes (Google Brain/DeepMind), David Zhang "
        "is an author; no shared link or role",
    ),
    ("Haoran Qiu", "Mark Ren", "different names; no shared link, role or paper"),
    (
        "Haoxing Ren",
        "Mark Ren",
        "NeurIPS 2022's index.md prints 'Mark Ren' where accepted_papers.md prints "
        "'Haoxing Ren' for one paper's author: possibly one person, not proven by the pages",
    ),
    (
        "Ed Chi",
        "Ed H. Chi",
        "NeurIPS 2020's schedule prints 'Invited Speaker 2: Ed Chi' linking #ed_chi_talk, an anchor no "
        "version of the page has (no bio, photo, affiliation or link); 'Ed H. Chi' is an author of NeurIPS "
        "2018's 'Lifting the Curse of Multidimensional Data…' and NeurIPS 2020's 'Learned Indexes for a "
        "Google-scale Disk-based Database', where no affiliation is printed either: a middle initial more in "
        "another field (speaker, author) is not the same field, and the pages give nothing else in common",
    ),
    (
        "Nicholas Feamster",
        "Nick Feamster",
        "authors in 2022 and 2024 with no co-author, link or role in common; not proven by the pages",
    ),
)


#: Ids published before the history import, which a person keeps in every edition (ids never
#: change once published), by canonical name, with why.
PUBLISHED_IDS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "Natasha Jaques": (
            "natasha-jacques",
            "published as 'natasha-jacques' in neurips2024/2024-11-20 (facts.PINNED), before the page corrected "
            "'Jacques' to 'Jaques'; NeurIPS 2022 prints her name correctly, and she is the same person",
        ),
    }
)


@dataclass(frozen=True, eq=False)
class AliasTable:
    """An alias table (normalised printed variant -> entry) and what names are told apart by
    under it: the package's (:data:`PACKAGE`), or the package's merged with a data directory's
    own entries (:func:`of_directory`), a value each import is given and passes down to every
    rule that reads it (the importers' registries, :class:`PersonIds`, and their readers of
    pages). It was one module table that an import swapped for the length of its run, so that
    two imports into different data directories in one process (or in two threads) read each
    other's entries. Its memos (:attr:`person_key`, :attr:`display`, the names of a new id) are
    its own: a name is remembered by the table that told it apart (compared by identity)."""

    entries: Mapping[str, Alias]
    #: How a printed name is told apart from others: normalised, then its canonical spelling
    #: ('Ashwin K. Muppalla' and 'Ashwin K Muppalla' are one person), as texts are matched
    #: (:func:`~workshop_data.identity.text_key`: with the letters the fold drops; 李明 and 王芳,
    #: Иван Петров and Мария Иванова normalise to '' and were one person). Remembered: every
    #: author and committee member, release after release.
    person_key: Callable[[str], str] = field(init=False, repr=False, compare=False)
    #: The name the data gives a person printed as a name: the canonical form for a variant that
    #: is no spelling of the name (a title before it, words run together), else as printed.
    #: Remembered: every person of every release the history settles.
    display: Callable[[str], str] = field(init=False, repr=False, compare=False)
    _id_names: Callable[[str], tuple[str | None, str]] = field(init=False, repr=False, compare=False)
    #: :data:`PUBLISHED_IDS` by :attr:`person_key`: a name printed otherwise ('NATASHA JAQUES') is
    #: told apart as every name is.
    _published: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        remembered = functools.lru_cache(maxsize=65536)
        object.__setattr__(self, "person_key", remembered(self._key))
        object.__setattr__(self, "display", remembered(self._display))
        # every person met first, release after release (8,100 calls): see _names
        object.__setattr__(self, "_id_names", remembered(self._names))
        published = {self.person_key(name): person_id for name, (person_id, _why) in PUBLISHED_IDS.items()}
        object.__setattr__(self, "_published", published)

    def _key(self, name: str) -> str:
        entry = self.entries.get(normalise(name))
        return text_key(entry.name if entry else name)

    def _display(self, name: str) -> str:
        entry = self.entries.get(normalise(name))
        return entry.name if entry and entry.rename else name

    def canonical(self, normalised_name: str) -> str:
        """The canonical normalised spelling of a normalised name."""
        entry = self.entries.get(normalised_name)
        return normalise(entry.name) if entry else normalised_name

    def canonical_name(self, name: str) -> str:
        """The person's canonical name for a printed name (the name itself when it has no entry):
        what a new person id is made from."""
        entry = self.entries.get(normalise(name))
        return entry.name if entry else name

    def new_person_id(self, name: str, *taken: Collection[str]) -> str:
        """The id of a person printed as ``name`` whom no release gave one yet, none of the ``taken``
        ones: the id published for them (:data:`PUBLISHED_IDS`, their name told apart by
        :attr:`person_key`: 'NATASHA JAQUES' is ``natasha-jacques``), else their canonical name's
        slug (:meth:`canonical_name`, :func:`workshop_data.ids.person_id`): 'Xinlei Xu' is ``mimee-xu``.

        The one rule by which both importers make a person's id from a name, for a person that no
        release of their registry (:class:`PersonIds`) gives an id: the page import (``import``,
        :mod:`workshop_data.importer`) for the people of a page, the site import for everyone it
        meets first. The page
        import made a first release's ids from the printed name ('xinlei-xu'), so the same page gave
        two ids depending on the command (issue 9)."""
        published, canonical = self._id_names(name)
        if published is not None and not any(published in t for t in taken):
            return published
        return ids.person_id(canonical, *taken)

    def _names(self, name: str) -> tuple[str | None, str]:
        """The id published for a person printed as ``name`` (None: none) and their canonical name,
        what :meth:`new_person_id` makes their id from: remembered, since the site import asks again
        for the names of each release (an edition's authors are made people again in each of its
        releases: 4,100 of the 8,100 calls), each time through :attr:`person_key`'s memo,
        :meth:`canonical_name`'s ``normalise`` and the alias table (11.6 M instructions of 6.24 G)."""
        return self._published.get(self.person_key(name)), self.canonical_name(name)


#: The package's own table, alone: what names are told apart by where no data directory is read.
PACKAGE = AliasTable(ALIASES)


#: The organizer's reviewed entries, a file at the root of their data directory (module docstring).
TABLE_FILE = "aliases.csv"
#: Its columns, in order: the name as printed, the person's canonical name, the evidence read on
#: the pages, and ``true`` where the printed form is no spelling of the name (:attr:`Alias.rename`;
#: the column may be left out, an empty cell is ``false``).
TABLE_COLUMNS = ("printed", "name", "reason", "rename")
#: How long a reason is at least: the evidence, not a word ("same").
MIN_REASON = 20
#: The most bytes and rows an organizer's table has. The package's own table has a few dozen
#: entries, the longest some 500 characters; a table is read whole and each row checked against
#: every row above it (:func:`entry_problem`), so a file past these, pasted by mistake or
#: hostile, would hold every import for minutes to hours (4,000 rows: 1.2 s; 40,000: 2 min).
MAX_TABLE_BYTES = 2 * 1024 * 1024
MAX_TABLE_ROWS = 2_000


def entry_problem(printed: str, alias: Alias, table: Mapping[str, Alias]) -> tuple[str, str] | None:
    """Why the entry ``printed`` -> ``alias`` cannot be in ``table`` (normalised printed variant ->
    entry, the entry itself among them or not), as (the field, why), or None: the rules every entry
    follows, the package's (``tests/test_siteimport_history.py``) and an organizer's
    (:func:`read_table`)."""
    variant, name = normalise(printed), normalise(alias.name)
    for field_, text, found in (("printed", printed, variant), ("name", alias.name, name)):
        if not found:
            what = "the name as a page prints it" if field_ == "printed" else "the person's canonical name"
            return field_, (f"empty: {what}" if not text.strip() else f"{shown(text)} has {_NO_KEY}")
    if variant == name:
        return (
            "name",
            f"{shown(alias.name)} is {shown(printed)} once normalised (case, accents, punctuation): no entry needed",
        )
    if len(alias.reason.strip()) < MIN_REASON:
        return (
            "reason",
            f"{shown(alias.reason)} is too short: say the evidence that they are one person, as read on the pages"
            f" (at least {MIN_REASON} characters)",
        )
    chained = table.get(name)
    if chained is not None:
        return (
            "name",
            f"{shown(alias.name)} is itself a printed variant of {shown(chained.name)}: write {shown(chained.name)}",
        )
    for other, entry in table.items():
        if normalise(entry.name) == variant:
            return (
                "printed",
                f"{shown(printed)} is the canonical name of the entry for {shown(other)}: no chain of entries",
            )
    merged = {**table, variant: alias}
    for a, b, why in NOT_SAME:
        if _canonical_in(merged, a) == _canonical_in(merged, b):
            return "name", f"{shown(a)} and {shown(b)} were reviewed as two people (aliases.NOT_SAME: {why})"
    return None


#: Why a name that :func:`~workshop_data.ids.normalise` makes empty cannot be an entry's.
_NO_KEY = (
    "no Latin letter or digit, by which the table finds names (ids.normalise): a name written in other"
    " letters is told apart as it is written, never by an entry"
)


def _canonical_in(table: Mapping[str, Alias], name: str) -> str:
    entry = table.get(normalise(name))
    return normalise(entry.name) if entry else normalise(name)


def read_table(path: Path) -> dict[str, Alias]:
    """The entries of an organizer's table file (:data:`TABLE_FILE`), by normalised printed
    variant, each checked against this module's table and the file's rows above it
    (:func:`entry_problem`; a row the package's table already has is no change); a row that breaks
    a rule, or a header that is not :data:`TABLE_COLUMNS`, raises
    :class:`~workshop_data.errors.DataValidationError` naming the file, the row and the field."""
    return {variant: alias for variant, (_number, _printed, alias) in _rows(path).items()}


def _rows(path: Path) -> dict[str, tuple[int, str, Alias]]:
    """:func:`read_table`'s entries, each with its row and the name as printed."""
    import csv
    import io

    try:
        data = read_regular(path, MAX_TABLE_BYTES)
        if len(data) > MAX_TABLE_BYTES:
            raise DataValidationError(
                f"more than a table of aliases can be ({MAX_TABLE_BYTES:,} bytes): not read", file=path
            )
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0  # a byte-order mark, which a spreadsheet writes
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = bom + exc.start
        line = data.count(b"\n", 0, at)  # the row it is in (the header is row 0)
        said = f"not UTF-8 (byte 0x{data[at]:02x} at offset {at}): save it as UTF-8"
        raise DataValidationError(said, file=path, row=line) from None
    except NotRegularFileError as exc:
        raise WorkshopDataError(f"{path}: {exc}") from None
    except OSError as exc:
        raise WorkshopDataError(f"{path}: cannot read: {exc.strerror}") from None
    rows: list[list[str]] = []
    try:
        for cells in csv.reader(io.StringIO(text, newline="")):
            if len(rows) > MAX_TABLE_ROWS:  # the header and as many rows as a table has
                raise DataValidationError(
                    f"more than {MAX_TABLE_ROWS:,} rows, more than a table of aliases has: not read",
                    file=path,
                    row=len(rows),
                )
            rows.append(cells)
    except csv.Error as exc:  # a cell past the reader's limit (131,072 characters)
        raise DataValidationError(f"is not valid CSV: {exc}", file=path, row=len(rows)) from None
    header = [cell.strip() for cell in rows[0]] if rows else []
    if header not in (list(TABLE_COLUMNS), list(TABLE_COLUMNS[:-1])):
        raise DataValidationError(
            f"the header is {','.join(header) or 'missing'}; expected {','.join(TABLE_COLUMNS)}"
            " (rename may be left out)",
            file=path,
            row=0,
        )
    table: dict[str, Alias] = dict(ALIASES)
    found: dict[str, tuple[int, str, Alias]] = {}
    for number, cells in enumerate(rows[1:], start=1):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        if len(cells) != len(header):
            raise DataValidationError(f"{len(cells)} cells, the header has {len(header)}", file=path, row=number)
        row = dict(zip(header, (cell.strip() for cell in cells), strict=True))
        for column, cell in row.items():
            if (why := _cell_problem(column, cell)) is not None:
                raise DataValidationError(why, file=path, row=number, field=column)
        rename = row.get("rename", "").lower()
        if rename not in ("", "true", "false"):
            raise DataValidationError(
                f"{shown(row['rename'])}: expected true, false or empty", file=path, row=number, field="rename"
            )
        printed, alias = row["printed"], Alias(row["name"], row["reason"], rename == "true")
        variant = normalise(printed)
        if variant in found:
            raise DataValidationError(
                f"{shown(printed)} is given again (first on row {found[variant][0]})",
                file=path,
                row=number,
                field="printed",
            )
        known = ALIASES.get(variant)
        if known is not None and normalise(known.name) != normalise(alias.name):
            raise DataValidationError(
                f"the package's table names {shown(printed)} as {shown(known.name)}, not {shown(alias.name)}",
                file=path,
                row=number,
                field="name",
            )
        problem = entry_problem(printed, alias, {k: v for k, v in table.items() if k != variant})
        if problem is not None:
            raise DataValidationError(problem[1], file=path, row=number, field=problem[0])
        found[variant] = (number, printed, alias)
        table.setdefault(variant, alias)
    return found


def _cell_problem(column: str, cell: str) -> str | None:
    """Why ``cell`` cannot be in ``column`` of an organizer's table, or None: every cell is held
    to the rule of every text of a release (:func:`~workshop_data.validation.text_problem`), the
    names to a person's name's (:func:`~workshop_data.validation.field_problem` of ``people``'s
    ``name``), and ``name``, which a release publishes as the person's name (``rename``) and makes
    their id from, is as a page shows a name (:func:`~workshop_data.schema.collapsed`)."""
    if column not in ("printed", "name"):
        return text_problem(cell)
    why = field_problem(_PERSON_NAME, cell)
    if why is None and column == "name" and collapsed(cell) != cell:
        return f"{shown(cell)} is not a name as a page prints one: on one line, its words apart by single spaces"
    return why


#: The field a person's name is held to (:func:`_cell_problem`).
_PERSON_NAME = next(f for f in PEOPLE.fields if f.name == "name")


def of_directory(data_dir: Path, published: Callable[[], Iterable[Release]] = tuple) -> AliasTable:
    """The table names are told apart by while an import publishes into ``data_dir``: the
    package's (:data:`PACKAGE`), merged with the entries of ``data_dir``'s :data:`TABLE_FILE`
    where it has one (:func:`read_table`), as a new table for that import alone; no module table
    changes. A file of that name that is no regular file (a FIFO, a folder) is refused, never
    taken as absent.

    ``published``: the releases of ``data_dir`` whose people the entries may not make one
    (:func:`_refuse_published_apart`), read only where the file has entries: each edition's
    newest, as the importers pass."""
    path = data_dir / TABLE_FILE
    rows = _rows(path) if os.path.lexists(path) else {}
    if not rows:
        return PACKAGE
    _refuse_published_apart(path, rows, published())
    added = {variant: alias for variant, (_number, _printed, alias) in rows.items()}
    return AliasTable(MappingProxyType({**ALIASES, **added}))


def _refuse_published_apart(
    path: Path, rows: Mapping[str, tuple[int, str, Alias]], releases: Iterable[Release]
) -> None:
    """Refuse an entry of ``rows`` (:func:`_rows` of ``path``) that makes one person of two whom
    one of ``releases`` publishes apart: two people of their own ids, told apart by the package's
    table alone, whom the table with the entries tells as one (the name printed and the name an
    entry gives, or two names two entries give one name). Ids never change once published, and
    an entry names the person printed so in the releases after it: the page import would give
    both one id, the other's gone from the edition ('Quanyu Zhu' and 'Wei Wen', two authors of
    one paper, one id). The later of the entries that do it is named. A row the package's table
    has is no change; a variant published under the named person's own id is what the table is
    for."""
    new = {variant: row for variant, row in rows.items() if variant not in ALIASES}
    if not new:
        return

    def key(name: str) -> str:  # person_key's, the entries merged
        variant = normalise(name)
        entry = new[variant][2] if variant in new else ALIASES.get(variant)
        return text_key(entry.name if entry else name)

    for release in releases:
        first: dict[str, Person] = {}
        for person in release.people:
            met = first.setdefault(key(person.name), person)
            if met.person_id == person.person_id or PACKAGE.person_key(met.name) == PACKAGE.person_key(person.name):
                continue
            number, printed, _alias = max(new[v] for v in (normalise(met.name), normalise(person.name)) if v in new)
            one, other = (met, person) if normalise(printed) == normalise(met.name) else (person, met)
            raise DataValidationError(
                f"{shown(one.name)} is {one.person_id} and {shown(other.name)} {other.person_id} in"
                f" {release.edition}/{release.name}: two people published apart, whom the entry would make one"
                " (an id never changes once published); leave them apart",
                file=path,
                row=number,
                field="printed",
            )


@functools.lru_cache(maxsize=65536)
def look_key(name: str) -> str:
    """What two names share when they look the same: their UTS #39 skeletons
    (:func:`workshop_data.validation.skeleton`: each letter as the prototype of the letters that
    look like it) compared as names are (:func:`~workshop_data.identity.text_key`): 'Јоуԁеер
    Віѕԝаѕ', every letter Cyrillic, and 'Joydeep Biswas' are one 'joydeep biswas'."""
    return text_key(skeleton(name))


@dataclass
class LookAlikes:
    """Names met, each with what it names (a person's id, where a page printed it), by which a
    name is found that looks exactly like one of them in letters of other scripts: Unicode
    TR39's whole-script confusables (section 4), 'Јоуԁеер Віѕԝаѕ' all in Cyrillic for 'Joydeep
    Biswas'. Such a name would be a second person of the same look (an id, a page, a row of
    ``load_people``), which no reader could tell from the first. Two names of one script that
    look alike ('Amir' and 'Arnir', whose skeletons are one) are two names, and so are two names
    of one person (:attr:`AliasTable.person_key`); a name whose word mixes scripts is left to
    :func:`~workshop_data.validation.script_problem`, which refuses it. The skeletons of names in
    Latin letters alone are made only once a name past them is looked up: an import of Latin
    names makes none."""

    #: The table names are told apart by (:attr:`AliasTable.person_key`).
    table: AliasTable
    #: Every name met, with what it names.
    met: list[tuple[str, str]] = field(default_factory=list)
    #: The names met past Latin (:func:`~workshop_data.validation.beyond_latin`), by :func:`look_key`.
    beyond: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: Every name met by :func:`look_key` (None: not made yet).
    every: dict[str, list[tuple[str, str]]] | None = None

    def add(self, name: str, what: str) -> None:
        """Meet ``name``, which names ``what``."""
        self.met.append((name, what))
        past = beyond_latin(name)
        if past or self.every is not None:
            key = look_key(name)
            if self.every is not None:
                self.every.setdefault(key, []).append((name, what))
            if past:
                self.beyond.setdefault(key, []).append((name, what))

    def of(self, name: str) -> tuple[str, str] | None:
        """A name met that ``name`` looks exactly like in letters of other scripts, with what it
        names, or None."""
        if beyond_latin(name):
            if self.every is None:
                self.every = {}
                for met, what in self.met:
                    self.every.setdefault(look_key(met), []).append((met, what))
            found = self.every.get(look_key(name), [])
        elif self.beyond:
            found = self.beyond.get(look_key(name), [])
        else:
            return None  # (most names: Latin, and no name past Latin met)
        if not found or script_problem(name) is not None:
            return None
        person_key = self.table.person_key
        key, scripts = person_key(name), scripts_of(name)
        for met, what in found:
            if person_key(met) != key and scripts_of(met) != scripts and script_problem(met) is None:
                return met, what
        return None


def look_alike_problem(name: str, other: str, what: str) -> str:
    """Why ``name`` is no person's name: it looks exactly like ``other`` (which names ``what``)
    in letters of other scripts (:class:`LookAlikes`)."""
    theirs = f"{what}, " if what else ""
    return (
        f"{shown(name)} ({script_names(scripts_of(name))} letters) looks exactly like {shown(other)} ({theirs}"
        f"{script_names(scripts_of(other))} letters): it would be another person of the same look (Unicode TR39,"
        f" whole-script confusables); write the name as {shown(other)} if it is that person's, else in letters"
        " that do not read as another person's name"
    )


@dataclass
class PersonIds:
    """The registry of people across editions: :attr:`AliasTable.person_key` of each name -> the person's
    id, and every id given. One person is one id in every edition: a person met again, printed
    however the alias table and :attr:`AliasTable.person_key` tell apart as the same name, gets the id
    they have; anyone else a new one, none that another person has (:meth:`AliasTable.new_person_id`:
    'Wei Zhang 张薇' is ``wei-zhang-2`` where 'Wei Zhang 张伟' is ``wei-zhang``): two different
    people are never given one id. Both importers take ids from it: the site import registers
    every release of its history as it settles them (:mod:`workshop_data.siteimport.release_ids`),
    the page import the people of every edition's latest release in its data directory
    (:meth:`of`; :func:`workshop_data.importer.release.import_page`)."""

    #: The alias table names are told apart by: the package's merged with the data directory's
    #: own entries (:func:`of_directory`), the import's.
    table: AliasTable
    by_name: dict[str, str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    #: The names registered, each the first of its :attr:`AliasTable.person_key`, with their ids: a
    #: new name that looks exactly like one of them in other letters is found (:meth:`look_alike`).
    looks: LookAlikes = field(init=False)
    #: :attr:`table`'s, an attribute less to look up per name (every person of every release).
    person_key: Callable[[str], str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.looks = LookAlikes(self.table)
        self.person_key = self.table.person_key
        for name, (person_id, _why) in PUBLISHED_IDS.items():  # published ids stay theirs everywhere
            self.keep(name, person_id)

    @classmethod
    def of(cls, releases: Iterable[Release], table: AliasTable) -> PersonIds:
        """The registry of the people of ``releases``, in order, under ``table``: a name two of
        them give different ids keeps the first one's (:meth:`keep`)."""
        registry = cls(table)
        for release in releases:
            for p in release.people:
                registry.keep(p.name, p.person_id)
        return registry

    def key(self, name: str) -> str:
        return self.person_key(name)

    def keep(self, name: str, person_id: str) -> str:
        """Register a carried id under ``name`` (a corrected spelling keeps its id)."""
        key = self.person_key(name)  # self.key's, a call less per person
        if key not in self.by_name:
            self.by_name[key] = person_id
            self.looks.add(name, person_id)
        self.taken.add(person_id)
        return person_id

    def look_alike(self, names: Iterable[str]) -> tuple[str, str, str] | None:
        """The first of ``names`` (a release's people) new to the registry that looks exactly like
        a name registered or another of ``names`` in letters of other scripts (:class:`LookAlikes`),
        as (that name, the one it looks like, that one's id or ''), or None: a release that
        would make a second person of the same look, which both importers refuse."""
        names = list(names)
        if not self.looks.beyond and not beyond_latin(" ".join(names)):
            return None  # (every release of the workshop's history: only a name past Latin has a look-alike to find)
        own = LookAlikes(self.table)
        for name in names:
            if self.person_key(name) in self.by_name:
                continue
            found = self.looks.of(name) or own.of(name)
            if found is not None:
                return name, *found
            own.add(name, "")
        return None

    def give(self, name: str, used: set[str]) -> str:
        """The id of the person called ``name``: theirs when known, else a new one."""
        key = self.person_key(name)  # self.key's, a call less per person
        known = self.by_name.get(key)
        if known is not None and known not in used:
            return known
        new = self.table.new_person_id(name, self.taken, used)  # (a published id is taken: __post_init__)
        if known is None:
            self.by_name[key] = new
            self.looks.add(name, new)
        self.taken.add(new)
        return new

    def settle(self, people: Iterable[tuple[str, str]], carried: Collection[str]) -> dict[str, str]:
        """The ids of a release's ``people`` (their names and ids, fresh or carried) -> their ids
        across editions: one in ``carried`` (the edition's previous release gave it) stays theirs
        and is registered under the name (:meth:`keep`); any other is the person's id from the
        registry, else a new one (:meth:`give`), never one the release gives someone else."""
        people = list(people)
        used: set[str] = set()
        person_ids: dict[str, str] = {}
        for name, pid in people:  # carried ones first: they keep their ids
            if pid in carried:
                person_ids[pid] = self.keep(name, pid)
                used.add(pid)
        for name, pid in people:
            if pid not in person_ids:
                person_ids[pid] = self.give(name, used)
                used.add(person_ids[pid])
        return person_ids

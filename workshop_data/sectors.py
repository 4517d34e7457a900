"""Which sector an affiliation belongs to: a small table reviewed by reading the affiliations.

The site prints affiliations as free text ("Google Brain", "MIT, AWS", "NVIDIA/Paris-Saclay");
whether one is a university or a company is not in the data, and a model's guess would be
unreviewable. So the mapping is written out here, one entry per affiliation **as printed** in
the data (spelling included: "Open AI" and "OpenAI" are two entries), each read by a person.
An affiliation that is not in the table is reported as such, never guessed: a new edition
with a new affiliation shows up as "not in the table" until someone adds it here.

Sectors: ``academia`` (universities, research institutes run by them), ``industry``
(companies and their research labs), ``both`` (one printed affiliation naming a company and a
university, e.g. "Microsoft Research and Georgia Tech").
"""

from __future__ import annotations

from collections.abc import Iterable

#: An affiliation's, and a person's, sector: universities and institutes run by them.
ACADEMIA = "academia"
#: An affiliation's, and a person's, sector: companies and their research labs.
INDUSTRY = "industry"
#: An affiliation's sector: one printed affiliation naming a company and a university.
BOTH = "both"

#: A person's sector when their affiliations span academia and industry.
ACADEMIA_AND_INDUSTRY = "academia and industry"
#: A person's sector when no affiliation of theirs is printed (unknown).
NOT_GIVEN = "affiliation not given"
#: An affiliation's sector when the table does not have it, and a person's when any of theirs is
#: not in it (unknown, never guessed).
NOT_IN_TABLE = "not in the table"

#: Every sector :func:`person_sector` returns, in the order charts list them.
PERSON_SECTORS = (ACADEMIA, INDUSTRY, ACADEMIA_AND_INDUSTRY, NOT_IN_TABLE, NOT_GIVEN)

#: Affiliation as printed -> sector. Reviewed by reading each one (2026-12, editions 2018-2025):
#: every affiliation the editions print, their programme committees' too, but one (below).
SECTOR_OF: dict[str, str] = {
    # universities
    "Berkeley": ACADEMIA,
    "CMU": ACADEMIA,
    "Georgia Tech": ACADEMIA,
    "Harvard": ACADEMIA,
    "Harvard University": ACADEMIA,
    "MIT": ACADEMIA,
    "NYU": ACADEMIA,
    "New York University": ACADEMIA,
    "New York University Courant": ACADEMIA,
    "Princeton": ACADEMIA,
    "Stanford": ACADEMIA,
    "Stanford University": ACADEMIA,
    "UC Berkeley": ACADEMIA,
    "UCSC": ACADEMIA,
    "UCSD": ACADEMIA,
    "UT Austin": ACADEMIA,
    "UT-Austin": ACADEMIA,
    "University of Texas at Austin": ACADEMIA,
    "University of Washington": ACADEMIA,
    "Yale": ACADEMIA,
    # companies and their labs
    "AWS": INDUSTRY,
    "Anthropic": INDUSTRY,
    "Bigstream": INDUSTRY,
    "FAIR": INDUSTRY,
    "Facebook": INDUSTRY,
    "Facebook AI Research": INDUSTRY,
    "Google": INDUSTRY,
    "Google Brain": INDUSTRY,
    "Google Cloud": INDUSTRY,
    "Google DeepMind": INDUSTRY,
    "Google Research": INDUSTRY,
    "Google SystemsResearch": INDUSTRY,
    "Google X": INDUSTRY,
    "Microsoft Azure Research": INDUSTRY,
    "Microsoft Research": INDUSTRY,
    "Modular.ai": INDUSTRY,
    "NVIDIA": INDUSTRY,
    "NVidia": INDUSTRY,
    "Nvidia": INDUSTRY,
    "Open AI": INDUSTRY,
    "OpenAI": INDUSTRY,
    "UnifyID Inc": INDUSTRY,
    "Voicery": INDUSTRY,
    # one printed affiliation naming both
    "Microsoft Research and Georgia Tech": BOTH,
    "NVIDIA/Paris-Saclay": BOTH,
    # Not here, on purpose: "DiUX" (NeurIPS 2020's programme committee), the US Department of
    # Defense's Defense Innovation Unit (Experimental), a government office of neither sector:
    # it stays "not in the table" (unknown), as no sector above says what it is.
}


def affiliation_sector(affiliation: str | None) -> str:
    """The sector of one affiliation as printed: a value of :data:`SECTOR_OF`, else
    :data:`NOT_IN_TABLE`; :data:`NOT_GIVEN` for none: an empty text, ``None`` or the missing value
    (NaN) an ``explode("affiliations")`` leaves a person the pages give no affiliation, as
    :func:`person_sector` reads an empty tuple (not an affiliation the table lacks)."""
    if affiliation is None or affiliation != affiliation or not affiliation.strip():  # NaN != NaN
        return NOT_GIVEN
    return SECTOR_OF.get(affiliation.strip(), NOT_IN_TABLE)


def person_sector(affiliations: Iterable[str]) -> str:
    """A person's sector from all their affiliations: ``academia`` or ``industry`` when every
    one is of that sector, ``academia and industry`` when they span both, :data:`NOT_GIVEN`
    when there is none, :data:`NOT_IN_TABLE` when any is unreviewed."""
    found = {affiliation_sector(a) for a in affiliations if a.strip()}
    if not found:
        return NOT_GIVEN
    if NOT_IN_TABLE in found:
        return NOT_IN_TABLE
    if found == {ACADEMIA}:
        return ACADEMIA
    if found == {INDUSTRY}:
        return INDUSTRY
    return ACADEMIA_AND_INDUSTRY

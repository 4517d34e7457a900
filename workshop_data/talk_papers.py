"""Which accepted paper a talk presents: the schedule's talks joined to the edition's papers.

A schedule prints a contributed talk's title, and the papers page the accepted papers; nothing in
a release says which paper a talk presents (NeurIPS 2020's schedule links each talk's PDF, the
other editions' do not), so an analyst asking "which accepted papers were given a talk" had to
join them by hand. The join is made here, with a release's own papers, in two ways and no other:

1. **By title**: the talk's title and a paper's are the same words after
   :func:`workshop_data.ids.title_key` (case, accents and punctuation ignored), the rule by
   which the site import tells an edition's papers apart, so that a key names one paper of a
   release at most. In the shipped data (every edition's latest release, 2026-12) 45 of the 48
   contributed talks of the editions that list their papers join so, and one invited talk
   (NeurIPS 2020's Benoit Steiner presented his accepted paper, the PDF of which his row links).
2. **By the reviewed table** :data:`REVIEWED`: a talk whose title as printed differs in wording
   from its paper's (a paper renamed after the schedule was written, a word printed otherwise),
   each entry read by a person on the site's pages, with its reason and the commits and files it
   was read from. It settles the other 3 of the 48, and two talks of NeurIPS 2020's releases of
   its day whose title or paper was renamed within the hour.

A keynote or an invited talk (its slot's kind) that neither way joins reads :data:`INVITED_TALK`,
not :data:`NO_PAPER_FOUND`: its speaker was invited, not chosen from the accepted papers, where
"no paper found" left an analyst asking which of the 18 such talks of the editions' latest
releases (NeurIPS 2024's keynote by Jeff Dean among them) had missed their paper. One invited talk
that presents an accepted paper joins it by its title all the same (NeurIPS 2020's Benoit
Steiner). A talk of another kind (``other``: ISCA 2019's "Speaker" rows, which the page does
not say are invited or contributed) keeps :data:`NO_PAPER_FOUND`.

A close title is never taken for the same: a renamed paper may share few words with its talk
(NeurIPS 2020's "Learned Hardware/Software Co-Design of Neural Accelerators" is the paper "Using
Bayesian Optimization for Hardware/Software Co-Design of Neural Accelerators", whose title is
less like it, by ``workshop_data.identity.similarity``, than two of the edition's other
papers), and two papers of an edition may be alike (NeurIPS 2019 listed "Learning to Fuse" and
"Learning to Search", 0.82 alike: above the 0.8 at which the site import takes a schedule's title
for a paper's, ``workshop_data.identity.CLOSE``). A talk that neither way joins is unknown,
never guessed: it reads :data:`NO_PAPER_FOUND` (its edition lists papers, none of this title,
and the table has no entry: it may present no accepted paper, or one under another title), or
:data:`PAPERS_NOT_LISTED` (its release lists no paper at all: NeurIPS 2021, NeurIPS 2025's
spotlights). A new edition's talk that does not join by title shows up so until someone reads the
pages and adds an entry here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ids import title_key
from .model import NOT_LISTED
from .records import record
from .schema import INVITED_KINDS

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .model import Paper

#: How a talk's paper was found: its title is the paper's (:func:`workshop_data.ids.title_key`).
BY_TITLE = "title"
#: How a talk's paper was found: an entry of the reviewed table :data:`REVIEWED`.
BY_REVIEW = "reviewed table"
#: Why a talk has no paper: its release lists papers, none of its title, and the reviewed table
#: has no entry for it (unknown: no accepted paper, or one under another title).
NO_PAPER_FOUND = "no paper found"
#: Why a talk has no paper: its release lists no paper at all (unknown, not none), as the listings say it.
PAPERS_NOT_LISTED = f"papers {NOT_LISTED}"
#: Why a talk has no paper: it is a keynote or an invited talk (its slot's kind, of
#: :data:`~workshop_data.schema.INVITED_KINDS`) and none of its release's papers has its title: invited, not chosen from
#: the accepted papers.
INVITED_TALK = "invited talk"

#: Every value of the loaders' ``paper_match`` column, in the order tables list them.
MATCHES = (BY_TITLE, BY_REVIEW, INVITED_TALK, NO_PAPER_FOUND, PAPERS_NOT_LISTED)


@record
class Reviewed:
    """An entry of the reviewed table: the talk of ``edition`` printed ``talk`` presents the paper
    ``paper_id``, for ``reason``, read on the pages of the site's history named in ``read_from``
    (a commit of the site's repository, ``HEAD`` its last, and a file)."""

    edition: str
    talk: str
    paper_id: str
    reason: str
    read_from: tuple[str, ...]


#: The talks whose paper the title does not settle, each read on the site's pages by a person
#: (2026-12, every release of editions 2018-2025).
REVIEWED: tuple[Reviewed, ...] = (
    Reviewed(
        "neurips2018",
        "ReLeQ: A Reinforcement Learning Approach for Deep Quantization of Neural Networks",
        "releq-a-reinforcement-learning-approach",
        "The papers page listed the paper under the talk's very title (Ahmed Youssef, Prannoy Pilligundla, Amir "
        "Yazdanbakhsh et al.) when the schedule named the talk; the next day's camera-ready links renamed the "
        "paper 'ReLeQ: An Automatic Reinforcement Learning Approach…', and the schedule kept the old title.",
        (
            "3ccd5b6 accepted_papers.md",
            "8de7c1f schedule.md",
            "609acd4 accepted_papers.md",
            "HEAD neurips2018/schedule.md",
        ),
    ),
    Reviewed(
        "neurips2019",
        "Learned Multi-dimensional Indexing",
        "learning-multi-dimensional-indexing",
        "The schedule's 11:30 contributed talk is printed 'Learned', the paper 'Learning Multi-dimensional "
        "Indexing' (Vikram Nathan, Jialin Ding, Mohammad Alizadeh, Tim Kraska) on every version of the papers "
        "page; no other of the edition's 22 papers has 'multi-dimensional' in its title.",
        ("4932f6b accepted_papers.md", "f2df6e8 schedule.md", "HEAD neurips2019/schedule.md"),
    ),
    Reviewed(
        "neurips2020",
        "Learned Hardware/Software Co-Design of Neural Accelerators",
        "using-bayesian-optimization-for-hardware",
        "The schedule's third talk of the 13:00 block links /assets/papers/neurips2020/using_shi_2020.pdf, the PDF "
        "of the paper 'Using Bayesian Optimization for Hardware/Software Co-Design of Neural Accelerators' (Zhan "
        "Shi et al.) on the papers page.",
        ("HEAD neurips2020/index.md", "HEAD neurips2020/accepted_papers.md"),
    ),
    Reviewed(
        "neurips2020",
        "MicroPlace: Placing Micro Virtual Machines with Hindsight Imitation",
        "fireplace-placing-firecracker-virtual-machines",
        "The fourth talk of the 14:25 block, printed 'MicroPlace…' without a link when the papers page first "
        "listed 'FirePlace: Placing FireCracker Virtual Machines with Hindsight Imitation' (Bharathan Balaji et "
        "al.); 100 minutes later the same row was retitled 'FirePlace…' and linked that paper's PDF "
        "(fireplace_balaji_2020.pdf).",
        ("3b85309 index.md", "3b85309 accepted_papers.md", "1072068 index.md"),
    ),
    Reviewed(
        "neurips2020",
        "The Law of Attraction: Affinity-Aware Placement Optimization using Graph Neural Networks",
        "vlsi-placement-optimization-using-graph",
        "The papers page first listed the paper as 'VLSI Placement Optimization using Graph Neural Networks' "
        "(Yi-Chen Lu, Sai Pentapati, Sung Kyu Lim; vlsi_placement_lu_2020.pdf) while the schedule printed the "
        "talk's title; 94 minutes later the schedule's talk linked vlsi_placement_lu_2020.pdf and the papers page "
        "was retitled to the talk's title.",
        ("3b85309 accepted_papers.md", "75e47c1 index.md", "75e47c1 accepted_papers.md"),
    ),
)

_BY_TALK: dict[tuple[str, str], Reviewed] = {(r.edition, title_key(r.talk)): r for r in REVIEWED}


@record
class PaperMatch:
    """A talk's paper: ``paper_id`` (``None``: none found) and ``match``, how it was found or why
    it was not (a value of :data:`MATCHES`; ``None`` for a row with no title, which is no talk to
    join: a break, a block of talks)."""

    paper_id: str | None
    match: str | None


#: A row with no title: nothing to join.
NO_TITLE = PaperMatch(None, None)


def paper_matcher(edition: str, papers: Sequence[Paper]) -> Callable[[str | None, str], PaperMatch]:
    """The join of ``edition``'s talks to ``papers``, a release's accepted papers: a function of
    a talk's title as printed and its slot's kind that gives the paper it presents, by title,
    else by the reviewed table (when ``papers`` holds the entry's paper), else none, saying why
    (:class:`PaperMatch`: :data:`INVITED_TALK` for a talk of :data:`~workshop_data.schema.INVITED_KINDS`).
    (A function, not a class: the loaders import this module, and each dataclass costs an import
    some 5 M instructions of generated methods.)"""
    by_key = {title_key(p.title): p.paper_id for p in papers}
    listed = set(by_key.values())

    def match(title: str | None, kind: str = "") -> PaperMatch:
        if not title:
            return NO_TITLE
        if not by_key:
            return PaperMatch(None, PAPERS_NOT_LISTED)
        key = title_key(title)
        if key in by_key:
            return PaperMatch(by_key[key], BY_TITLE)
        entry = _BY_TALK.get((edition, key))
        if entry is not None and entry.paper_id in listed:
            return PaperMatch(entry.paper_id, BY_REVIEW)
        return PaperMatch(None, INVITED_TALK if kind in INVITED_KINDS else NO_PAPER_FOUND)

    return match

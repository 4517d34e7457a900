"""Identity across releases: a new release keeps the ids of the slots, talks and people it shares
with the previous one.

An importer makes fresh ids from what a page prints (:mod:`workshop_data.ids`);
:func:`carry_ids` then replaces them by the previous release's ids wherever the thing is the
same. Sameness is decided by content, never by time:

* a **person** is the same when the normalised name is equal, or a respelling of it
  (:func:`close_names`: one slip in one word of :data:`TYPO_LENGTH` letters or more, or the
  words run together or split; never one that differs in the letters the ASCII fold drops) with
  an affiliation or page anchor in common, or a respelling speaking in the same slot with
  something beyond the slot agreeing (:func:`_agree`: an affiliation, the anchor, a link, the
  bio, or the title of what they present); names are compared as printed, or as the caller's
  rule names them (the importers: the reviewed alias table's canonical names). A close name
  that is not such a respelling is another person ('Yu Wang' then 'Yi Wang', 'Hao Zhang' then
  'Hao Zheng' in the same slot: a speaker replaced): an organizer who means the same person
  writes an alias (:mod:`workshop_data.aliases`);
* a **talk** is the same when its title is equal or close (a corrected title) and its
  presenters, when both releases name them, overlap;
* a **slot** is the same when it has the same speakers, the same talk or block of talks (a
  block of talks and a row of one talk are the same slot when the block holds the row's talk,
  never when it does not), a close title or (for a row an importer could not classify) close
  raw text (a bare text unclassified in one release and a title in the other when it is all
  they have: the same text), and the same kind (a change of kind only when all of that agrees
  exactly, or when at the same start the speakers and talks do and the title is close: a
  corrected title); slots that carry no such content (breaks, lunch, posters, a Q&A) are the same
  when their kind matches and they line up in order among the slots of that kind, labels
  agreeing (where one of several alike slots is gone, the one nearest in time is taken to
  remain). Different speakers never make the same slot, except in a panel or Q&A, whose
  speakers are a group.

Pairs are scored and assigned one to one, best score first, above a threshold. What is left
unmatched keeps its fresh id, made unique against every id of the previous release so that an
id never changes meaning.

Cost: scoring every pair is quadratic, and a re-imported page of a thousand rows would take
minutes. The pairs with the best possible score (the same thing, unchanged) are found first
through exact keys (:func:`_first_perfect`), in the order the one-to-one assignment would take
them; only what is left (what changed) is scored pair by pair, and the content-less slots that
line up identically at either end of a kind's list are paired before the alignment. So a
release that changed in ``k`` places costs ``O(n log n + k²)``; the result is the same as
scoring every pair.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

from .ids import normalise, unique, without_ignorable
from .memo import ByIdentity, replaced
from .model import Author, Correction, Material, Person, Release, Role, Slot, Talk, TextLink

#: Two names or titles this similar (difflib ratio of their normalised forms) may be the same.
CLOSE = 0.8
#: The shortest word a slip of one letter is read in as a respelling (:func:`close_names`):
#: shorter names have other real names a letter away ('Yu' and 'Yi', 'Wei' and 'Wai', 'Ho' and
#: 'Hoe'; 'Zhang', 'Zheng' and 'Zhong', 'Wang' and 'Wong'), where a corrected typo of the
#: record ('Jacques' to 'Jaques', NeurIPS 2024) is in a longer one.
TYPO_LENGTH = 6
#: A slot or talk pair needs at least this score to be matched on content.
THRESHOLD = 0.5
#: Weights of the content evidence of a slot pair (the kind and label only break ties).
SPEAKER_WEIGHT, TALK_WEIGHT, TITLE_WEIGHT = 3.0, 3.0, 2.0
#: Kinds whose speakers are a group that may change wholesale while the slot stays the same.
GROUP_KINDS = frozenset({"panel", "qa"})
#: Weights of a slot pair's score: content, then the kind and the label.
CONTENT_SHARE, KIND_SHARE, LABEL_SHARE = 0.8, 0.1, 0.1
#: The content a slot pair needs at the least to reach :data:`THRESHOLD` (kind and label agreeing).
_CONTENT_NEEDED = (THRESHOLD - KIND_SHARE - LABEL_SHARE) / CONTENT_SHARE - 1e-9

K = TypeVar("K", bound=Hashable)
A = TypeVar("A")
B = TypeVar("B")
_WithPerson = TypeVar("_WithPerson", Person, Role, Author)
_Record = TypeVar("_Record", Slot, Talk, Material, Person, Role, Author, Correction, TextLink)


class Schedule(Protocol):
    """What the matching (:func:`carried_ids`) reads of a release: its slots, talks and people.
    A :class:`~workshop_data.model.Release` is one; so is a lighter record of those three alone,
    which a caller matching only a release's schedule makes instead of a copy of the release."""

    @property
    def slots(self) -> tuple[Slot, ...]: ...

    @property
    def talks(self) -> tuple[Talk, ...]: ...

    @property
    def people(self) -> tuple[Person, ...]: ...


#: Unicode's Combining Diacritical Marks (U+0300-U+036F): the accents of Latin, Greek and Cyrillic
#: letters, which :func:`unfolded` drops as the ASCII fold does.
_SHARED_MARKS = re.compile("[\u0300-\u036f]")


@functools.lru_cache(maxsize=65536)
def unfolded(text: str) -> str:
    """The letters and digits of ``text`` that :func:`normalise` drops, having no ASCII form,
    case-folded and in order, each with the marks written on it: ``"Søren Padkjær"`` ->
    ``"øæ"``, ``"李明"`` -> ``"李明"``, ``""`` for a name in Latin letters. What tells apart names
    the fold makes one: every name written in Chinese, Cyrillic, Arabic or Greek letters
    normalises to ``""``.

    A script's own mark on such a letter (a combining character: a vowel sign of Devanagari, the
    voicing mark of a kana) is part of how the name is written, and is kept: dropped, मीना and
    मोना (Meena and Mona), こう and ごう (Kō and Gō), were one name. The accents every alphabet
    shares (:data:`_SHARED_MARKS`: the acute of 'é' and 'έ', the diaeresis of 'ё') are dropped,
    as the fold drops them from a Latin letter: 'José' is 'Jose', 'Αλέξης' is 'ΑΛΕΞΗΣ' as
    capitals print it."""
    if text.isascii():  # most texts: nothing to drop, and no walk over their characters
        return ""
    folded = unicodedata.normalize("NFKD", without_ignorable(text))  # a Hangul filler, shown as nothing, is a letter
    kept: list[str] = []
    on_kept = False  # whether the last character that is no mark was kept
    for char in folded:
        if unicodedata.category(char).startswith("M"):
            if on_kept and not _SHARED_MARKS.fullmatch(char):
                kept.append(char)
        else:
            on_kept = not char.isascii() and char.isalnum()
            if on_kept:
                kept.append(char.casefold())
    return "".join(kept)


@functools.lru_cache(maxsize=65536)
def text_key(text: str) -> str:
    """What two texts share exactly when :func:`similarity` says they are the same (1.0): the
    normalised words and the letters the fold drops (:func:`unfolded`: 'Wei Zhang 张伟' and 'Wei
    Zhang 张薇', two people, were one 'wei zhang'; '李明' and '王芳' were one ''), or for a text
    without any letter or digit the text itself, case-folded. Remembered (bounded, as
    :func:`normalise`): the matching keys every record's title, label and raw text at each
    settling (6,800 keys in an import of the workshop's site)."""
    words, dropped = normalise(text), unfolded(text)
    if dropped:
        return f"{words}\0{dropped}"
    return words if words else "\0\0" + text.strip().casefold()


def _keys(a: str, b: str) -> float | tuple[str, str]:
    """1.0 or 0.0 where the two texts' keys settle how alike they are, else the two keys."""
    ka, kb = text_key(a), text_key(b)
    if ka == kb:
        return 1.0
    if ka.startswith("\0") or kb.startswith("\0"):
        return 0.0
    return ka, kb


def _ratio(matches: int, length: int) -> float:
    """difflib's ratio of ``matches`` characters in two texts of ``length`` together."""
    return 2.0 * matches / length if length else 1.0


def _bound(a: str, b: str) -> float:
    """The lesser of difflib's ``real_quick_ratio`` (the lengths alone) and ``quick_ratio``
    (the characters in common, however placed), the same numbers: upper bounds of the ratio,
    counted in C (:class:`collections.Counter`) rather than by difflib's loop per character."""
    length = len(a) + len(b)
    shared = sum((collections.Counter(a) & collections.Counter(b)).values())
    return min(_ratio(min(len(a), len(b)), length), _ratio(shared, length))


def _matching(a: str, b: str) -> int:
    """How many characters difflib's ``SequenceMatcher(None, a, b, autojunk=False)`` finds in
    its matching blocks (its ``ratio`` is :func:`_ratio` of it): the same blocks, found the
    same way, each the longest common substring of what is left around the ones found before,
    the earliest in ``a`` of the longest, then the earliest in ``b``. Without junk that block
    is found by searching ``b`` for pieces of ``a`` (``str.find``, in C) rather than by
    difflib's walk of every pair of equal characters: a piece of ``a`` one longer than the
    longest so far is looked for at each start in turn, and grown while it is found, so the
    first start reaching the greatest length keeps it; the earliest place in ``b`` is where
    ``find`` finds it."""
    total = 0
    todo = [(0, len(a), 0, len(b))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        besti = size = 0
        i = alo
        while i + size < ahi:  # a piece longer than ``size`` still fits from ``i``
            if b.find(a[i : i + size + 1], blo, bhi) >= 0:
                size += 1
                while i + size < ahi and b.find(a[i : i + size + 1], blo, bhi) >= 0:
                    size += 1
                besti = i
            i += 1
        if size:
            bestj = b.find(a[besti : besti + size], blo, bhi)
            total += size
            if alo < besti and blo < bestj:
                todo.append((alo, besti, blo, bestj))
            if besti + size < ahi and bestj + size < bhi:
                todo.append((besti + size, ahi, bestj + size, bhi))
    return total


@functools.lru_cache(maxsize=65536)
def similarity(a: str, b: str, at_least: float = 0.0) -> float:
    """How alike two texts are, 0 to 1, ignoring case, accents and punctuation: difflib's
    ``SequenceMatcher(None, ka, kb, autojunk=False).ratio()`` of their normalised keys
    (:func:`text_key`), counted by :func:`_matching`; 0 when it is under ``at_least`` (checked
    first against difflib's cheap upper bounds, :func:`_bound`). A text without letters or
    digits (e.g. only symbols) is alike only to an equal one.

    Remembered (bounded, as :func:`normalise`): a site's history compares the same titles
    release after release (1,871 comparisons of 451 pairs in the workshop's import)."""
    keys = _keys(a, b)
    if isinstance(keys, float):
        return keys
    ka, kb = keys
    if at_least > 0.0 and _bound(ka, kb) < at_least:
        return 0.0
    ratio = _ratio(_matching(ka, kb), len(ka) + len(kb))
    return ratio if ratio >= at_least else 0.0


def similarity_bound(a: str, b: str) -> float:
    """An upper bound of :func:`similarity`, cheap (from the letters each text has)."""
    keys = _keys(a, b)
    return keys if isinstance(keys, float) else _bound(*keys)


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Size of the intersection over size of the union (0 when both are empty)."""
    sa, sb = set(a), set(b)
    union = sa | sb
    return len(sa & sb) / len(union) if union else 0.0


def assign(scores: Iterable[tuple[float, K, K]], threshold: float = THRESHOLD) -> dict[K, K]:
    """A one-to-one matching ``new -> old`` from ``(score, new, old)`` pairs: best score first,
    ties in the order given, pairs under ``threshold`` never."""
    ranked = sorted(enumerate(scores), key=lambda item: (-item[1][0], item[0]))
    matched: dict[K, K] = {}
    used: set[K] = set()
    for _, (score, new, old) in ranked:
        if score < threshold or new in matched or old in used:
            continue
        matched[new] = old
        used.add(old)
    return matched


# -- the unchanged, by exact keys -----------------------------------------------------------


#: A record's exact keys: a base all must share (e.g. the kind), and its components (title,
#: speakers…) as ``name -> key``, only those it has.
Parts = tuple[Hashable, dict[str, Hashable]]


def _first_perfect(
    new: Sequence[A],
    old: Sequence[B],
    new_parts: Sequence[Parts],
    old_parts: Sequence[Parts],
    perfect: Callable[[A, B], bool],
) -> dict[int, int]:
    """New index -> old index for the pairs with the best possible score, as :func:`assign`
    takes them: each new record, in order, the first previous one not yet taken for which
    ``perfect`` holds. It may hold only where the base is the same and every component both
    records have has the same key: those are the candidates, found through an index, and the
    only pairs ``perfect`` is asked about.

    A new record looks itself up, for each set of components a previous record has, under the
    components both have; a previous record is indexed (with the set it has) under each subset
    of its components that some new record looks up.
    """
    presents = [tuple(sorted(parts)) for _, parts in old_parts]
    presences = set(presents)
    lookups: dict[frozenset[str], list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    new_names = [frozenset(parts) for _, parts in new_parts]  # (each record's, made once)
    for names in new_names:
        if names not in lookups:  # (a previous record's components, those both have)
            both = [(p, tuple(n for n in p if n in names)) for p in presences]
            lookups[names] = [(p, shared) for p, shared in both if shared]
    # A previous record indexed under only the subsets of its components looked up (of the
    # 2^n - 1 it has): the same buckets for every key asked.
    wanted: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for pairs in lookups.values():
        for present, shared in pairs:
            wanted.setdefault(present, set()).add(shared)
    index: dict[Hashable, list[int]] = {}
    for j, ((base, parts), present) in enumerate(zip(old_parts, presents, strict=True)):
        for subset in wanted.get(present, ()):
            index.setdefault((base, present, subset, tuple(map(parts.__getitem__, subset))), []).append(j)
    start: dict[Hashable, int] = {}  # per key: where its first previous record not yet taken is
    used: set[int] = set()
    out: dict[int, int] = {}
    for i, ((base, parts), names) in enumerate(zip(new_parts, new_names, strict=True)):
        best: int | None = None
        for present, shared in lookups[names]:
            key = (base, present, shared, tuple(map(parts.__getitem__, shared)))
            bucket = index.get(key)
            if bucket is None:
                continue
            k = start.get(key, 0)
            while k < len(bucket) and bucket[k] in used:
                k += 1
            start[key] = k
            while k < len(bucket) and (best is None or bucket[k] < best):
                if bucket[k] not in used and perfect(new[i], old[bucket[k]]):
                    best = bucket[k]
                    break
                k += 1
        if best is not None:
            out[i] = best
            used.add(best)
    return out


def _match(
    new: Sequence[A],
    old: Sequence[B],
    perfect: dict[int, int],
    score: Callable[[A, B], float],
    threshold: float,
    blocking: Callable[[Sequence[int]], Callable[[A], Iterable[int]]] | None = None,
) -> dict[int, int]:
    """The one-to-one matching of :func:`assign` over every pair, given its perfect pairs:
    the records left are scored pair by pair and assigned best first. ``blocking``, given the
    previous records left, returns which of them (in order) may score above 0 with a new one."""
    used = set(perfect.values())
    rest = [j for j in range(len(old)) if j not in used]
    candidates = blocking(rest) if blocking is not None else lambda record: rest
    pairs = []
    for i, record in enumerate(new):
        if i in perfect:
            continue
        for j in candidates(record):
            value = score(record, old[j])
            if value >= threshold:
                pairs.append((value, i, j))
    return {**perfect, **assign(pairs, threshold)}


# -- people ---------------------------------------------------------------------------------


def _one_slip(a: str, b: str) -> bool:
    """Whether two different words are one slip of the hand apart: a letter added, left out or
    replaced, or two neighbouring letters swapped."""
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(differ) == 2 and differ[1] == differ[0] + 1:  # swapped neighbours
            i, j = differ
            return a[i] == b[j] and a[j] == b[i]
        return len(differ) == 1
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


@functools.lru_cache(maxsize=65536)
def _respelling(a: str, b: str) -> bool:
    """Whether name ``b`` is name ``a`` written with a typo (normalised words, :func:`normalise`):
    the same words run together or split ('Ahmed El Kishky', 'Ahmed ElKishky'), or all the same
    but one, the two one slip apart (:func:`_one_slip`) and each of :data:`TYPO_LENGTH` letters
    or more ('Natasha Jacques', 'Natasha Jaques'). A name whose short given name differs in a
    letter ('Yu Wang', 'Yi Wang') or whose family name is another real one a letter away ('Hao
    Zhang', 'Hao Zheng'; 'Wei Zhang', 'Wei Zhong') is another person's: the same slot and
    affiliation do not tell a respelling from a speaker replaced by a colleague."""
    words_a, words_b = normalise(a).split(), normalise(b).split()
    if "".join(words_a) == "".join(words_b):
        return True
    if len(words_a) != len(words_b):
        return False
    differ = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    return len(differ) == 1 and min(map(len, differ[0])) >= TYPO_LENGTH and _one_slip(*differ[0])


def close_names(a: str, b: str) -> float:
    """How alike two printed names are as a respelling of one name (:func:`similarity`), 0
    under :data:`CLOSE` or when they are not a respelling (:func:`_respelling`: 'Yu Wang' and
    'Yi Wang', 0.857 alike, are two people), and 0 when the letters the ASCII fold drops differ
    (:func:`unfolded`). 'Wei Zhang 张伟' and 'Wei Zhang 张薇' (0.92 alike) are two people told
    apart by their names in Chinese, as :func:`text_key` tells them apart on one page, and were
    one person when a release carried the first's id to the second (same affiliation, or the
    same slot); 'Søren Dean' is not 'Soren Dean' either. A name written only in such letters
    was alike only to an equal one already. Only a respelling with evidence beyond the name is
    the same person (:func:`_person_score`, :func:`_match_people_by_slot`)."""
    if unfolded(a) != unfolded(b) or not _respelling(a, b):
        return 0.0
    return similarity(a, b, at_least=CLOSE)


def _agree(new: Person, old: Person) -> bool:
    """Whether two people's records share what a page prints of a person beyond their name: an
    affiliation, the page's anchor, a link, or a bio (close, :data:`CLOSE`: it may print the
    name respelled)."""
    if set(_ties(new)) & set(_ties(old)) or set(new.links) & set(old.links):
        return True
    return bool(new.bio and old.bio) and similarity(new.bio, old.bio, at_least=CLOSE) > 0.0


def _person_score(new: Person, old: Person) -> float:
    name = close_names(new.name, old.name)
    if name == 1.0:
        return 1.0
    if name >= CLOSE and set(_ties(new)) & set(_ties(old)):
        return name
    return 0.0


def match_people(previous: Schedule, new: Schedule) -> dict[str, str]:
    """New person id -> previous person id, for the people both releases print."""
    old = previous.people
    perfect = _first_perfect(
        new.people,
        old,
        [(None, {"name": text_key(p.name)}) for p in new.people],
        [(None, {"name": text_key(p.name)}) for p in old],
        lambda n, o: text_key(n.name) == text_key(o.name),
    )

    def blocking(rest: Sequence[int]) -> Callable[[Person], list[int]]:
        # A close name counts only with an affiliation or the anchor in common: look there alone.
        by_tie: dict[tuple[str, str], list[int]] = {}
        for j in rest:
            for tie in _ties(old[j]):
                by_tie.setdefault(tie, []).append(j)
        return lambda person: sorted({j for tie in _ties(person) for j in by_tie.get(tie, ())})

    matched = _match(new.people, old, perfect, _person_score, CLOSE, blocking)
    return {new.people[i].person_id: old[j].person_id for i, j in matched.items()}


def _ties(person: Person) -> list[tuple[str, str]]:
    """What may make a close name the same person: each affiliation, and the page's anchor."""
    ties = [("affiliation", normalise(a)) for a in person.affiliations]
    return [*ties, ("anchor", person.anchor)] if person.anchor else ties


class SpeakerOverlap:
    """How much two lists of speakers (new ids, previous ids) are the same people: matched
    people count by id, the others when their names are close (a respelling)."""

    def __init__(self, previous: Schedule, new: Schedule, people: dict[str, str]) -> None:
        self.people = people
        self.matched_old = set(people.values())
        self.names_new = {p.person_id: p.name for p in new.people}
        self.names_old = {p.person_id: p.name for p in previous.people}
        self._close: dict[tuple[str, str], bool] = {}

    def same(self, new_id: str, old_id: str) -> bool:
        """Whether two people are the same: by the matched ids, else by a close name."""
        if new_id in self.people:
            return self.people[new_id] == old_id
        if old_id in self.matched_old:
            return False
        pair = (new_id, old_id)
        if pair not in self._close:
            names = self.names_new[new_id], self.names_old[old_id]
            self._close[pair] = close_names(*names) > 0.0
        return self._close[pair]

    def all_matched(self, new_ids: Sequence[str]) -> bool:
        """Whether every one of these new people is matched: two lists of speakers with the
        same :meth:`key_new` and :meth:`key_old` are then wholly the same people."""
        return all(i in self.people for i in new_ids)

    def key_new(self, ids: Sequence[str]) -> tuple[tuple[str, ...], int]:
        """What two lists of speakers that are wholly the same share: the matched people (as
        previous ids) and how many are not matched (see :meth:`key_old`)."""
        matched = sorted(self.people[i] for i in ids if i in self.people)
        return tuple(matched), len(ids) - len(matched)

    def key_old(self, ids: Sequence[str]) -> tuple[tuple[str, ...], int]:
        """:meth:`key_new` for a previous list of speakers."""
        matched = sorted(i for i in ids if i in self.matched_old)
        return tuple(matched), len(ids) - len(matched)

    def __call__(self, new_ids: Sequence[str], old_ids: Sequence[str]) -> float:
        """Shared people over all people (Jaccard), 0 when either list is empty."""
        rest = list(old_ids)
        shared = 0
        for n in new_ids:
            hit = next((o for o in rest if self.same(n, o)), None)
            if hit is not None:
                rest.remove(hit)
                shared += 1
        union = len(new_ids) + len(old_ids) - shared
        return shared / union if union else 0.0


def _presented(release: Schedule, slot: Slot, person_id: str) -> list[str]:
    """The titles of what ``person_id`` presents in ``slot``: its own title, and its talks'
    that they speak in."""
    talks = [t.title for t in release.talks if t.slot_id == slot.slot_id and person_id in t.speakers]
    return [slot.title, *talks] if slot.title else talks


def _match_people_by_slot(
    previous: Schedule, new: Schedule, slots: dict[str, str], overlap: SpeakerOverlap
) -> dict[str, str]:
    """``overlap.people`` and more: a respelled name (:func:`close_names`) speaking in the same
    slot when something beyond the slot agrees (a respelling whose affiliation changed too): the
    records' affiliations, anchor, links or bio (:func:`_agree`), or the title of what they
    present (close, :data:`CLOSE`). A slot is the same one after its speaker was replaced (by
    its title, or its place among the day's talks), so the slot alone never makes two close
    names one person."""
    old_slots = {s.slot_id: s for s in previous.slots}
    people = overlap.people
    close = []  # (names alike, new slot, previous slot, new person, previous person)
    for slot in new.slots:
        if slot.slot_id not in slots:
            continue
        old_slot = old_slots[slots[slot.slot_id]]
        for n in slot.speakers:
            for o in old_slot.speakers:
                if n not in people and o not in overlap.matched_old:
                    name = close_names(overlap.names_new[n], overlap.names_old[o])
                    if name:
                        close.append((name, slot, old_slot, n, o))
    if not close:  # (most settlings: every speaker matched by name)
        return dict(people)
    new_people = {p.person_id: p for p in new.people}
    old_people = {p.person_id: p for p in previous.people}
    pairs = [
        (name, n, o)
        for name, slot, old_slot, n, o in close
        if _agree(new_people[n], old_people[o])
        or any(similarity(a, b, CLOSE) for a in _presented(new, slot, n) for b in _presented(previous, old_slot, o))
    ]
    return {**people, **assign(pairs, threshold=CLOSE)}


# -- talks ----------------------------------------------------------------------------------


def _talk_score(new: Talk, old: Talk, overlap: SpeakerOverlap) -> float:
    if new.speakers and old.speakers:
        together = overlap(new.speakers, old.speakers)
        if together == 0.0:
            return 0.0
        title = similarity(new.title, old.title, at_least=2 * THRESHOLD - together - 1e-9)
        return (together + title) / 2
    return similarity(new.title, old.title, at_least=CLOSE)


def match_talks(previous: Schedule, new: Schedule, overlap: SpeakerOverlap) -> dict[str, str]:
    """New talk id -> previous talk id, whichever block each is in."""

    def parts(talk: Talk, speakers: Callable[[Sequence[str]], Hashable]) -> Parts:
        out: dict[str, Hashable] = {"title": text_key(talk.title)}
        if talk.speakers:
            out["speakers"] = speakers(talk.speakers)
        return None, out

    perfect = _first_perfect(
        new.talks,
        previous.talks,
        [parts(t, overlap.key_new) for t in new.talks],
        [parts(t, overlap.key_old) for t in previous.talks],
        lambda n, o: overlap.all_matched(n.speakers) or _talk_score(n, o, overlap) == 1.0,
    )
    matched = _match(new.talks, previous.talks, perfect, lambda n, o: _talk_score(n, o, overlap), THRESHOLD)
    return {new.talks[i].talk_id: previous.talks[j].talk_id for i, j in matched.items()}


# -- slots ----------------------------------------------------------------------------------


def _different_people(new: Slot, old: Slot, overlap: SpeakerOverlap) -> bool:
    """Whether two slots have different speakers (never the same slot, but for a group's)."""
    if not (new.speakers and old.speakers) or (new.kind in GROUP_KINDS and old.kind in GROUP_KINDS):
        return False
    return overlap(new.speakers, old.speakers) == 0.0


def _held(title: str, talk_titles: Sequence[str]) -> float:
    """How much a block of talks holds a row's talk: the similarity of the row's title to the
    closest title of the block's talks (0 under :data:`CLOSE`)."""
    return max((similarity(title, t, at_least=CLOSE) for t in talk_titles), default=0.0)


def _block_and_row(new: Slot, old: Slot, new_talks: Sequence[str], old_talks: Sequence[str]) -> bool:
    """Whether one slot is a block of talks and the other a row of one titled talk (NeurIPS
    2024's first schedule printed each contributed talk as a row; the next version gathered
    them into two blocks)."""
    return bool(new_talks) != bool(old_talks) and bool(old.title if new_talks else new.title)


def _content_score(
    new: Slot,
    old: Slot,
    new_talks: Sequence[str],
    old_talks: Sequence[str],
    overlap: SpeakerOverlap,
    at_least: float = 0.0,
    new_titles: Sequence[str] = (),
    old_titles: Sequence[str] = (),
) -> float:
    """How much the content of two slots says they are the same (0 when it says nothing, or
    less than ``at_least``; -1 when they have different speakers). ``new_titles`` and
    ``old_titles`` are the titles of each slot's talks: a block of talks is the same slot as a
    row whose talk it holds, and another row's id is never its."""
    parts: list[tuple[float, float]] = []
    if new.speakers and old.speakers:
        together = overlap(new.speakers, old.speakers)
        if together == 0.0 and not (new.kind in GROUP_KINDS and old.kind in GROUP_KINDS):
            return -1.0  # different people: never the same slot
        parts.append((SPEAKER_WEIGHT, together))
    if new_talks and old_talks:
        parts.append((TALK_WEIGHT, jaccard(new_talks, old_talks)))
    elif _block_and_row(new, old, new_talks, old_talks):
        held = _held(old.title, new_titles) if new_talks else _held(new.title, old_titles)
        if held == 0.0:
            return -1.0  # the row's talk is not in the block: not the same slot
        parts.append((TALK_WEIGHT, held))
    texts = [(a, b) for a, b in ((new.title, old.title), (new.raw, old.raw)) if a and b]
    if not parts and not texts:  # a bare text an importer could not classify (its raw text) and
        # the same text classified as a title (by another page: an accepted paper's title)
        texts = [(a, b) for a, b in ((new.title, old.raw), (new.raw, old.title)) if a and b]
    if not parts and not texts:
        return 0.0
    if at_least > 0.0:  # first with cheap upper bounds of the texts' similarities
        bound = parts + [(TITLE_WEIGHT, similarity_bound(a, b)) for a, b in texts]
        if sum(w * v for w, v in bound) / sum(w for w, _ in bound) < at_least:
            return 0.0
    # a title, or (rows an importer could not classify) the raw text: their text is their content
    exact, similar = list(parts), [similarity(a, b) for a, b in texts]
    parts += [(TITLE_WEIGHT, v) for v in similar]
    content = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    if new.kind != old.kind and content < 1.0 and not _corrected(new, old, exact, similar):
        return 0.0  # a change of kind only when the speakers, talks and title all agree
    return content if content >= at_least else 0.0


def _corrected(new: Slot, old: Slot, parts: Sequence[tuple[float, float]], similar: Sequence[float]) -> bool:
    """Whether a slot whose kind changed is the same one with its text corrected: at the same
    (known) start, with the same speakers and talks, its title (or raw text) close, each a
    corrected one (NeurIPS 2024's 09:15 row, "Multi-Agent Reinforcment Learning for Systems"
    of kind other, became "...Reinforcement..." invited)."""
    return (
        new.start is not None
        and new.start == old.start
        and bool(new.speakers and old.speakers)
        and all(v == 1.0 for _, v in parts)
        and all(v >= CLOSE for v in similar)
    )


def _slot_score(content: float, new: Slot, old: Slot) -> float:
    return (
        CONTENT_SHARE * content + KIND_SHARE * (new.kind == old.kind) + LABEL_SHARE * similarity(new.label, old.label)
    )


def _pair_weight(new: Slot, old: Slot) -> float:
    """Worth of pairing two content-less slots of one kind: a pair above all, then agreeing
    labels, then (only to choose which of several alike slots remains) nearness in time, none
    when either start is unknown ("TBD")."""
    if new.start is None or old.start is None:
        return 1.0 + similarity(new.label, old.label)
    hours = abs((new.start - old.start).total_seconds()) / 3600
    return 1.0 + similarity(new.label, old.label) + 0.05 / (1.0 + hours)


def _align(new: Sequence[Slot], old: Sequence[Slot], allowed: Callable[[Slot, Slot], bool]) -> dict[str, str]:
    """Pair two ordered lists of slots of one kind, keeping their order (no crossing pairs),
    with the greatest total :func:`_pair_weight` (a weighted longest common subsequence).

    Slots at either end that start at the same time with the same label are paired first:
    such a pair weighs more than any other pair of either, so every best alignment has it.
    """
    head = 0
    while head < min(len(new), len(old)) and _identical(new[head], old[head], allowed):
        head += 1
    tail = 0
    while tail < min(len(new), len(old)) - head and _identical(new[-1 - tail], old[-1 - tail], allowed):
        tail += 1
    out = {n.slot_id: o.slot_id for n, o in zip(new[:head], old[:head], strict=True)}
    out.update({n.slot_id: o.slot_id for n, o in zip(new[len(new) - tail :], old[len(old) - tail :], strict=True)})
    new, old = new[head : len(new) - tail], old[head : len(old) - tail]
    rows, cols = len(new), len(old)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        above, here = best[i - 1], best[i]
        for j in range(1, cols + 1):
            paired = above[j - 1] + _pair_weight(new[i - 1], old[j - 1]) if allowed(new[i - 1], old[j - 1]) else -1.0
            here[j] = max(above[j], here[j - 1], paired)
    i, j = rows, cols
    while i and j:
        if best[i][j] == best[i - 1][j]:
            i -= 1
        elif best[i][j] == best[i][j - 1]:
            j -= 1
        else:
            out[new[i - 1].slot_id] = old[j - 1].slot_id
            i, j = i - 1, j - 1
    return out


def _identical(new: Slot, old: Slot, allowed: Callable[[Slot, Slot], bool]) -> bool:
    """Same (known) start and the same label: the heaviest pair :func:`_pair_weight` can make."""
    return (
        new.start is not None
        and new.start == old.start
        and text_key(new.label) == text_key(old.label)
        and allowed(new, old)
    )


def _talk_lists(release: Schedule, talk_ids: Mapping[str, str] | None = None) -> dict[str, list[str]]:
    """Slot id -> the ids of its talks in order (through ``talk_ids`` where they map)."""
    out: dict[str, list[Talk]] = {s.slot_id: [] for s in release.slots}
    for t in release.talks:
        out.setdefault(t.slot_id, []).append(t)
    rename = talk_ids or {}
    return {
        sid: [rename.get(t.talk_id, t.talk_id) for t in sorted(ts, key=lambda t: t.order)] for sid, ts in out.items()
    }


def _talk_titles(release: Schedule) -> dict[str, list[str]]:
    """Slot id -> the titles of its talks, in order (only slots that have talks)."""
    out: dict[str, list[str]] = {}
    for t in sorted(release.talks, key=lambda t: (t.slot_id, t.order)):
        out.setdefault(t.slot_id, []).append(t.title)
    return out


def _content_mask(slot: Slot, talks: Mapping[str, Sequence[str]]) -> int:
    """Which kinds of content a slot has, as bits: titles (its own or its talks': a block is
    compared with a row by them; raw text, which is compared with a title too), raw text,
    speakers, talks."""
    held = bool(talks[slot.slot_id])
    return bool(slot.title or held or slot.raw) | bool(slot.raw) << 1 | bool(slot.speakers) << 2 | held << 3


def _by_kind(slots: Iterable[Slot]) -> dict[str, list[Slot]]:
    """The slots of each kind, in order, the kinds in the order they first come."""
    out: dict[str, list[Slot]] = {}
    for s in slots:
        out.setdefault(s.kind, []).append(s)
    return out


def match_slots(previous: Schedule, new: Schedule, talks: dict[str, str], overlap: SpeakerOverlap) -> dict[str, str]:
    """New slot id -> previous slot id: first on content, then the rest by kind, label and order."""
    new_talks = _talk_lists(new, talks)
    old_talks = _talk_lists(previous)
    new_titles, old_titles = _talk_titles(new), _talk_titles(previous)

    def parts(slot: Slot, talk_ids: list[str], speakers: Callable[[Sequence[str]], Hashable]) -> Parts:
        out: dict[str, Hashable] = {}
        if slot.title:
            out["title"] = text_key(slot.title)
        if slot.raw:
            out["raw"] = text_key(slot.raw)
        if slot.speakers:
            out["speakers"] = speakers(slot.speakers)
        if talk_ids:
            out["talks"] = frozenset(talk_ids)
        return (slot.kind, text_key(slot.label)), out

    def content(n: Slot, o: Slot, at_least: float = 0.0) -> float:
        return _content_score(
            n,
            o,
            new_talks[n.slot_id],
            old_talks[o.slot_id],
            overlap,
            at_least,
            new_titles.get(n.slot_id, ()),
            old_titles.get(o.slot_id, ()),
        )

    def perfect(n: Slot, o: Slot) -> bool:
        # The same kind, label and keys: the same content, but where close names are the same people.
        return overlap.all_matched(n.speakers) or content(n, o) == 1.0

    def score(n: Slot, o: Slot) -> float:
        value = content(n, o, _CONTENT_NEEDED)
        return _slot_score(value, n, o) if value > 0 else 0.0

    found = _first_perfect(
        new.slots,
        previous.slots,
        [parts(s, new_talks[s.slot_id], overlap.key_new) for s in new.slots],
        [parts(s, old_talks[s.slot_id], overlap.key_old) for s in previous.slots],
        perfect,
    )

    def blocking(rest: Sequence[int]) -> Callable[[Slot], list[int]]:
        # Slots that share no kind of content (a title, raw text, speakers, talks) score 0.
        masks = {j: _content_mask(previous.slots[j], old_talks) for j in rest}

        def candidates(slot: Slot) -> list[int]:
            mask = _content_mask(slot, new_talks)
            return [j for j in rest if masks[j] & mask] if mask else []

        return candidates

    pairs = _match(new.slots, previous.slots, found, score, THRESHOLD, blocking)
    matched = {new.slots[i].slot_id: previous.slots[j].slot_id for i, j in pairs.items()}
    used = set(matched.values())

    def not_different_speakers(n: Slot, o: Slot) -> bool:
        # nor a block and a row whose talk is not in it (content() says -1 for both)
        if _block_and_row(n, o, new_talks[n.slot_id], old_talks[o.slot_id]) and content(n, o) < 0:
            return False
        return not _different_people(n, o, overlap)

    new_of_kind, old_of_kind = _by_kind(new.slots), _by_kind(previous.slots)
    for kind, slots in new_of_kind.items():
        rest_new = [s for s in slots if s.slot_id not in matched]
        rest_old = [s for s in old_of_kind.get(kind, ()) if s.slot_id not in used]
        for n_id, o_id in _align(rest_new, rest_old, not_different_speakers).items():
            matched[n_id] = o_id
            used.add(o_id)
    return matched


#: What :func:`carried_ids` reads of each record besides its ids and references (a slot's
#: speakers, a talk's slot): nothing else of them (a slot's end or status, a person's bio, photo
#: or links, a text's MyST) changes how two releases are matched. Two schedules whose records,
#: in order, are the same in these are matched as if they were the same but for their ids.
MATCHED_SLOT = operator.attrgetter("start", "kind", "label", "title", "raw")
MATCHED_TALK = operator.attrgetter("order", "title")
MATCHED_PERSON = operator.attrgetter("name", "affiliations", "anchor")


# -- rewriting ------------------------------------------------------------------------------


def _final_ids(fresh: Sequence[str], carried: dict[str, str], previous: Iterable[str]) -> dict[str, str]:
    """Fresh id -> id in the new release: the carried id, else the fresh one made unique, also
    against the previous ids in lower case: a fresh id is a slug (:mod:`workshop_data.ids`, lower
    case), and one that differs only in case from an id of a release written by hand would share
    its page file on macOS and Windows (``people/<person_id>.html``)."""
    taken = set(previous) | set(carried.values())
    taken |= {t.casefold() for t in taken}
    out: dict[str, str] = {}
    for fid in fresh:
        if fid in carried:
            out[fid] = carried[fid]
        else:
            out[fid] = unique(fid, taken)
            taken.add(out[fid])
    return out


#: Each record :func:`rename_ids` renamed, by its identity and its new ids, the record kept with
#: its renamed copy (so that its id names no other object): an edition's releases rename the same
#: records the same way, release after release (a slot whose carried id is not its fresh one,
#: 2,486 records moved of 27,975 in the settlings of the workshop's import, most of them as
#: before), and :func:`~workshop_data.memo.replaced` hashes every field of the record to find
#: the copy it made. Records are frozen, and the new ids are texts (no ``1`` to take for ``True``):
#: the copy of the same object with the same ids is the same.
_RENAMED: ByIdentity[Any] = ByIdentity(16384)


def _renamed(record: _Record, *changes: tuple[str, Any]) -> _Record:
    """``replaced(record, **dict(changes))``, remembered (:data:`_RENAMED`)."""
    renamed: _Record = _RENAMED.get(record, lambda: replaced(record, **dict(changes)), *changes)
    return renamed


def rename_ids(
    release: Release, slot_ids: Mapping[str, str], talk_ids: Mapping[str, str], person_ids: Mapping[str, str]
) -> Release:
    """``release`` with every slot, talk and person id replaced through the mappings (each
    covering every id), references included (slots' and talks' speakers, roles, authors,
    materials' slots and talks, the keys of corrections to slots and talks and of links inside
    people's bios). A record whose ids
    do not change is kept as it is (most of them, release after release); a slot's ``repeats``
    (the slot it gives again) is renamed with the slots."""

    def speakers(ids: tuple[str, ...]) -> tuple[str, ...]:
        renamed = tuple(person_ids[p] for p in ids)
        return ids if renamed == ids else renamed

    def slot(s: Slot) -> Slot:
        new_id, new_speakers = slot_ids[s.slot_id], speakers(s.speakers)
        repeats = slot_ids[s.repeats] if s.repeats else ""
        if new_id == s.slot_id and new_speakers is s.speakers and repeats == s.repeats:
            return s
        return _renamed(s, ("slot_id", new_id), ("speakers", new_speakers), ("repeats", repeats))

    def talk(t: Talk) -> Talk:
        new_id, new_slot, new_speakers = talk_ids[t.talk_id], slot_ids[t.slot_id], speakers(t.speakers)
        if new_id == t.talk_id and new_slot == t.slot_id and new_speakers is t.speakers:
            return t
        return _renamed(t, ("talk_id", new_id), ("slot_id", new_slot), ("speakers", new_speakers))

    def material(m: Material) -> Material:
        new_slot, new_talk = slot_ids[m.slot_id], talk_ids[m.talk_id] if m.talk_id else ""
        if new_slot == m.slot_id and new_talk == m.talk_id:
            return m
        return _renamed(m, ("slot_id", new_slot), ("talk_id", new_talk))

    def people_of(records: tuple[_WithPerson, ...]) -> tuple[_WithPerson, ...]:
        # no call per record: a rename goes over every person, role and author (48,213 in an import)
        return tuple(
            r if (new_id := person_ids[r.person_id]) == r.person_id else _renamed(r, ("person_id", new_id))
            for r in records
        )

    def correction(c: Correction) -> Correction:
        renamed = {"slots": slot_ids, "talks": talk_ids}.get(c.resource)
        key = c.key if renamed is None else renamed.get(c.key, c.key)
        return c if key == c.key else _renamed(c, ("key", key))

    def text_link(t: TextLink) -> TextLink:
        if t.resource != "people" or (key := person_ids[t.key]) == t.key:
            return t
        return _renamed(t, ("key", key))

    return dataclasses.replace(
        release,
        slots=tuple(slot(s) for s in release.slots),
        talks=tuple(talk(t) for t in release.talks),
        people=people_of(release.people),
        roles=people_of(release.roles),
        authors=people_of(release.authors),
        materials=tuple(material(m) for m in release.materials),
        corrections=tuple(correction(c) for c in release.corrections),
        text_links=tuple(text_link(t) for t in release.text_links),
    )


def carry_ids(
    previous: Release | None,
    new: Release,
    earlier: Iterable[Release] = (),
    name: Callable[[str], str] | None = None,
) -> Release:
    """``new`` with the ids of the slots, talks and people it shares with ``previous`` replaced
    by the previous ids; the others keep their fresh ids, made unique against ``previous`` and,
    for slots and talks, against the ``earlier`` releases of the edition: an id is never given
    to something else within an edition's history (a 'Tea Party' removed, another slot renamed
    'Tea Party' later is ``tea-party-2``). A person's id is their name's across editions.
    ``name``: the name a printed name is compared by (``carried_ids``).

    Speaker and talk references are rewritten to match. ``previous=None`` (a first release)
    returns ``new`` unchanged.
    """
    if previous is None:
        return new
    return rename_ids(new, *carried_ids(previous, new, earlier, name))


class _Named(NamedTuple):
    """A :class:`Schedule` whose people are named as they are compared (:func:`carried_ids`)."""

    slots: tuple[Slot, ...]
    talks: tuple[Talk, ...]
    people: tuple[Person, ...]


def _named(release: Schedule, name: Callable[[str], str]) -> _Named:
    """``release``'s schedule with each person named ``name(person.name)`` (the same record
    where that is the name printed, as for most)."""
    people = tuple(p if (n := name(p.name)) == p.name else replaced(p, name=n) for p in release.people)
    return _Named(release.slots, release.talks, people)


def carried_ids(
    previous: Schedule,
    new: Schedule,
    earlier: Iterable[Schedule] = (),
    name: Callable[[str], str] | None = None,
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The renames :func:`carry_ids` makes of ``new``'s slot, talk and person ids (fresh id ->
    id in the new release), each covering every id of ``new``: for a caller that renames more
    than ``new`` (a release's other people) and needs the ids, not the release.

    ``name`` gives the name each person of both releases is compared by, the printed one by
    default: the page import passes :meth:`workshop_data.aliases.AliasTable.canonical_name`, so that a
    person is told apart from another release's people by the rule the site import and the
    page itself use (:attr:`workshop_data.aliases.AliasTable.person_key`, the reviewed alias table's
    'Xinlei Xu' being 'Mimee Xu'). This module sits beside the table and below it (it imports
    this one), so the rule is passed in."""
    if name is not None:
        previous, new = _named(previous, name), _named(new, name)
    people = match_people(previous, new)
    overlap = SpeakerOverlap(previous, new, people)
    talks = match_talks(previous, new, overlap)
    slots = match_slots(previous, new, talks, overlap)
    people = _match_people_by_slot(previous, new, slots, overlap)

    before = (previous, *earlier)
    person_ids = _final_ids([p.person_id for p in new.people], people, (p.person_id for p in previous.people))
    talk_ids = _final_ids([t.talk_id for t in new.talks], talks, (t.talk_id for r in before for t in r.talks))
    slot_ids = _final_ids([s.slot_id for s in new.slots], slots, (s.slot_id for r in before for s in r.slots))
    return slot_ids, talk_ids, person_ids

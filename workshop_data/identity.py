"""Identity across releases: a new release keeps the ids of the slots, talks and people it shares
with the previous one.

An importer makes fresh ids from what a page prints (:mod:`workshop_data.ids`);
:func:`carry_ids` then replaces them by the previous release's ids wherever the thing is the
same. Sameness is decided by content, never by time:

* a **person** is the same when the normalised name is equal, or close (a respelling) with an
  affiliation or page anchor in common, or close and speaking in the same slot;
* a **talk** is the same when its title is equal or close (a corrected title) and its
  presenters, when both releases name them, overlap;
* a **slot** is the same when it has the same speakers, the same talk or block of talks, a
  close title or (for a row an importer could not classify) close raw text, and the same kind
  (a change of kind only when all of that agrees exactly); slots that carry no such content
  (breaks, lunch, posters, a Q&A) are the same when their kind matches and they line up in
  order among the slots of that kind, labels agreeing (where one of several alike slots is
  gone, the one nearest in time is taken to remain). Different speakers never make the same
  slot, except in a panel or Q&A, whose speakers are a group.

Pairs are scored and assigned one to one, best score first, above a threshold. What is left
unmatched keeps its fresh id, made unique against every id of the previous release so that an
id never changes meaning.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from .ids import ascii_fold, unique
from .model import Person, Release, Slot, Talk

#: Two names or titles this similar (difflib ratio of their normalised forms) may be the same.
CLOSE = 0.8
#: A slot or talk pair needs at least this score to be matched on content.
THRESHOLD = 0.5
#: Weights of the content evidence of a slot pair (the kind and label only break ties).
SPEAKER_WEIGHT, TALK_WEIGHT, TITLE_WEIGHT = 3.0, 3.0, 2.0
#: Kinds whose speakers are a group that may change wholesale while the slot stays the same.
GROUP_KINDS = frozenset({"panel", "qa"})

K = TypeVar("K", bound=Hashable)


@functools.lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Case-, accent- and punctuation-free words: ``"Natasha  Jaques."`` -> ``"natasha jaques"``."""
    return " ".join(re.findall(r"[a-z0-9]+", ascii_fold(text).lower()))


def similarity(a: str, b: str, at_least: float = 0.0) -> float:
    """How alike two texts are, 0 to 1, ignoring case, accents and punctuation; 0 when it is
    under ``at_least`` (checked first against difflib's cheap upper bounds)."""
    na, nb = normalise(a), normalise(b)
    if not (na and nb):  # no letters or digits on a side (e.g. only symbols): alike only if equal
        return 1.0 if a.strip().casefold() == b.strip().casefold() else 0.0
    if na == nb:
        return 1.0
    matcher = difflib.SequenceMatcher(None, na, nb, autojunk=False)
    if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= at_least else 0.0


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


# -- people ---------------------------------------------------------------------------------


def _person_score(new: Person, old: Person) -> float:
    name = similarity(new.name, old.name, at_least=CLOSE)
    if name == 1.0:
        return 1.0
    shared = {normalise(a) for a in new.affiliations} & {normalise(a) for a in old.affiliations}
    same_anchor = bool(new.anchor) and new.anchor == old.anchor
    if name >= CLOSE and (shared or same_anchor):
        return name
    return 0.0


def match_people(previous: Release, new: Release) -> dict[str, str]:
    """New person id -> previous person id, for the people both releases print."""
    pairs = [(_person_score(n, o), n.person_id, o.person_id) for n in new.people for o in previous.people]
    return assign(pairs, threshold=CLOSE)


class SpeakerOverlap:
    """How much two lists of speakers (new ids, previous ids) are the same people: matched
    people count by id, the others when their names are close (a respelling)."""

    def __init__(self, previous: Release, new: Release, people: dict[str, str]) -> None:
        self.people = people
        self.matched_old = set(people.values())
        self.names_new = {p.person_id: p.name for p in new.people}
        self.names_old = {p.person_id: p.name for p in previous.people}

    def same(self, new_id: str, old_id: str) -> bool:
        """Whether two people are the same: by the matched ids, else by a close name."""
        if new_id in self.people:
            return self.people[new_id] == old_id
        if old_id in self.matched_old:
            return False
        return similarity(self.names_new[new_id], self.names_old[old_id], at_least=CLOSE) > 0.0

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


def _match_people_by_slot(
    previous: Release, new: Release, slots: dict[str, str], overlap: SpeakerOverlap
) -> dict[str, str]:
    """``overlap.people`` and more: a close name speaking in the same slot (a respelling whose
    affiliation changed too)."""
    old_slots = {s.slot_id: s for s in previous.slots}
    people = overlap.people
    pairs = []
    for slot in new.slots:
        if slot.slot_id not in slots:
            continue
        for n in slot.speakers:
            for o in old_slots[slots[slot.slot_id]].speakers:
                if n not in people and o not in overlap.matched_old:
                    pairs.append((similarity(overlap.names_new[n], overlap.names_old[o], at_least=CLOSE), n, o))
    return {**people, **assign(pairs, threshold=CLOSE)}


# -- talks ----------------------------------------------------------------------------------


def _talk_score(new: Talk, old: Talk, overlap: SpeakerOverlap) -> float:
    if new.speakers and old.speakers:
        together = overlap(new.speakers, old.speakers)
        if together == 0.0:
            return 0.0
        return (together + similarity(new.title, old.title)) / 2
    return similarity(new.title, old.title, at_least=CLOSE)


def match_talks(previous: Release, new: Release, overlap: SpeakerOverlap) -> dict[str, str]:
    """New talk id -> previous talk id, whichever block each is in."""
    pairs = [(_talk_score(n, o, overlap), n.talk_id, o.talk_id) for n in new.talks for o in previous.talks]
    return assign(pairs)


# -- slots ----------------------------------------------------------------------------------


def _content_score(
    new: Slot, old: Slot, new_talks: Sequence[str], old_talks: Sequence[str], overlap: SpeakerOverlap
) -> float:
    """How much the content of two slots says they are the same (0 when it says nothing)."""
    parts: list[tuple[float, float]] = []
    if new.speakers and old.speakers:
        together = overlap(new.speakers, old.speakers)
        if together == 0.0 and not (new.kind in GROUP_KINDS and old.kind in GROUP_KINDS):
            return -1.0  # different people: never the same slot
        parts.append((SPEAKER_WEIGHT, together))
    if new_talks and old_talks:
        parts.append((TALK_WEIGHT, jaccard(new_talks, old_talks)))
    if new.title and old.title:
        parts.append((TITLE_WEIGHT, similarity(new.title, old.title)))
    if new.raw and old.raw:  # rows an importer could not classify: their text is their content
        parts.append((TITLE_WEIGHT, similarity(new.raw, old.raw)))
    if not parts:
        return 0.0
    content = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    if new.kind != old.kind and content < 1.0:
        return 0.0  # a change of kind only when the speakers, talks and title all agree
    return content


def _slot_score(content: float, new: Slot, old: Slot) -> float:
    return 0.8 * content + 0.1 * (new.kind == old.kind) + 0.1 * similarity(new.label, old.label)


def _pair_weight(new: Slot, old: Slot) -> float:
    """Worth of pairing two content-less slots of one kind: a pair above all, then agreeing
    labels, then (only to choose which of several alike slots remains) nearness in time."""
    hours = abs((new.start - old.start).total_seconds()) / 3600
    return 1.0 + similarity(new.label, old.label) + 0.05 / (1.0 + hours)


def _align(new: Sequence[Slot], old: Sequence[Slot], allowed: Callable[[Slot, Slot], bool]) -> dict[str, str]:
    """Pair two ordered lists of slots of one kind, keeping their order (no crossing pairs),
    with the greatest total :func:`_pair_weight` (a weighted longest common subsequence)."""
    rows, cols = len(new), len(old)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            paired = (
                best[i - 1][j - 1] + _pair_weight(new[i - 1], old[j - 1]) if allowed(new[i - 1], old[j - 1]) else -1.0
            )
            best[i][j] = max(best[i - 1][j], best[i][j - 1], paired)
    out: dict[str, str] = {}
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


def match_slots(previous: Release, new: Release, talks: dict[str, str], overlap: SpeakerOverlap) -> dict[str, str]:
    """New slot id -> previous slot id: first on content, then the rest by kind, label and order."""
    new_talks = {s.slot_id: [talks.get(t.talk_id, t.talk_id) for t in new.talks_of(s.slot_id)] for s in new.slots}
    old_talks = {s.slot_id: [t.talk_id for t in previous.talks_of(s.slot_id)] for s in previous.slots}
    content = {
        (n.slot_id, o.slot_id): _content_score(n, o, new_talks[n.slot_id], old_talks[o.slot_id], overlap)
        for n in new.slots
        for o in previous.slots
    }
    pairs = [
        (
            _slot_score(content[n.slot_id, o.slot_id], n, o) if content[n.slot_id, o.slot_id] > 0 else 0.0,
            n.slot_id,
            o.slot_id,
        )
        for n in new.slots
        for o in previous.slots
    ]
    matched = assign(pairs)
    used = set(matched.values())

    def not_different_speakers(n: Slot, o: Slot) -> bool:
        return content[n.slot_id, o.slot_id] >= 0.0

    for kind in dict.fromkeys(s.kind for s in new.slots):
        rest_new = [s for s in new.slots if s.kind == kind and s.slot_id not in matched]
        rest_old = [s for s in previous.slots if s.kind == kind and s.slot_id not in used]
        for n_id, o_id in _align(rest_new, rest_old, not_different_speakers).items():
            matched[n_id] = o_id
            used.add(o_id)
    return matched


# -- rewriting ------------------------------------------------------------------------------


def _final_ids(fresh: Sequence[str], carried: dict[str, str], previous: Iterable[str]) -> dict[str, str]:
    """Fresh id -> id in the new release: the carried id, else the fresh one made unique."""
    taken = set(previous) | set(carried.values())
    out: dict[str, str] = {}
    for fid in fresh:
        if fid in carried:
            out[fid] = carried[fid]
        else:
            out[fid] = unique(fid, taken)
            taken.add(out[fid])
    return out


def rename_ids(
    release: Release, slot_ids: Mapping[str, str], talk_ids: Mapping[str, str], person_ids: Mapping[str, str]
) -> Release:
    """``release`` with every slot, talk and person id replaced through the mappings (each
    covering every id), references included (slots' and talks' speakers, roles, authors)."""

    def speakers(ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(person_ids[p] for p in ids)

    return dataclasses.replace(
        release,
        slots=tuple(
            dataclasses.replace(s, slot_id=slot_ids[s.slot_id], speakers=speakers(s.speakers)) for s in release.slots
        ),
        talks=tuple(
            dataclasses.replace(
                t, talk_id=talk_ids[t.talk_id], slot_id=slot_ids[t.slot_id], speakers=speakers(t.speakers)
            )
            for t in release.talks
        ),
        people=tuple(dataclasses.replace(p, person_id=person_ids[p.person_id]) for p in release.people),
        roles=tuple(dataclasses.replace(r, person_id=person_ids[r.person_id]) for r in release.roles),
        authors=tuple(dataclasses.replace(a, person_id=person_ids[a.person_id]) for a in release.authors),
    )


def carry_ids(previous: Release | None, new: Release) -> Release:
    """``new`` with the ids of the slots, talks and people it shares with ``previous`` replaced
    by the previous ids; the others keep their fresh ids, made unique against ``previous``.

    Speaker and talk references are rewritten to match. ``previous=None`` (a first release)
    returns ``new`` unchanged.
    """
    if previous is None:
        return new
    people = match_people(previous, new)
    overlap = SpeakerOverlap(previous, new, people)
    talks = match_talks(previous, new, overlap)
    slots = match_slots(previous, new, talks, overlap)
    people = _match_people_by_slot(previous, new, slots, overlap)

    person_ids = _final_ids([p.person_id for p in new.people], people, (p.person_id for p in previous.people))
    talk_ids = _final_ids([t.talk_id for t in new.talks], talks, (t.talk_id for t in previous.talks))
    slot_ids = _final_ids([s.slot_id for s in new.slots], slots, (s.slot_id for s in previous.slots))

    return rename_ids(new, slot_ids, talk_ids, person_ids)

"""Content fingerprints of the data each page shows, so that incremental builds are right and cheap.

Sphinx re-reads a page when a dependency's mtime is newer than the page's last read. A data
file replaced by an older copy (a git checkout, a reinstall) would leave the page stale, so
every page that shows data keeps, on the environment, a digest of each thing it read: a
file's bytes, the number of rows of a table, some of its columns, a release's name and publication time, the
schema its descriptor declares, the list of releases of an edition, the list of editions, an
edition's whole content, every file of one folder (a release that did not load), whether a
release loads (``"loads"``, registered by :mod:`.base`), the data directory in use.
``env-get-outdated`` recomputes them and returns the pages whose digests changed;
``env-merge-info`` copies them from parallel readers and ``env-purge-doc`` drops them.

A digest says what a page *shows*, not which files it opened: the contact page records the
workshop file, not the schedule, so retitling a talk re-reads the pages that show titles and
no other.

Recomputing is cheap: each digest is kept with its *witnesses*, the files and folders it was
computed from, and their ``stat`` signatures (size, mtime, ctime, inode). While every witness
has the same signature the digest is taken as it was; only a changed witness makes it read
and hash again. So a no-op build stats the data directory and hashes nothing, whatever its
size, and a changed file is hashed once however many pages show it. (A file rewritten with
other bytes always has another mtime or ctime: writing sets both.) The cache lives on the
environment, with the digests; keys and paths are interned, so that each pickled value holds
each once. The cache and the pages' records are :class:`~.envdata.Packed` values there: a no-op build, which
answers from the table below, does not unpickle them (at 1,000 editions 6,001 digests and 9,002
records, which took a no-op build 55 M instructions to load).

A no-op build does not even walk the cache. When the environment is about to be saved
(``env-updated``, the last handler) the witnesses of every digest a page recorded are put in one
:class:`Table`: each distinct file or folder once, with its signature, and what a check would
find while they all keep those signatures (the pages whose records differ from the cached
digests, the keys with no cached digest, recomputed as always). The next build stats the
table's paths, in one pass; if every signature is the same, that is the answer, and only a
difference (or a path two digests saw with different signatures) makes it check digest by
digest as above. The table is saved in the same pickle as the digests it was taken from, so
the two cannot disagree; a build that changed the cache or the pages' records takes another
(a no-op keeps it: its environment is not saved again), and one that changes them after Sphinx
saved the environment (while writing) leaves a table that the next build in the same process
does not use.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from .. import store
from ..defaults import DESCRIPTOR
from .envdata import Packed, PerDoc

MISSING = "missing"

#: docname -> {key: digest}; a key is a JSON list ``[kind, *arguments]``.
FINGERPRINTS = PerDoc("workshop_data_fingerprints", packed=True)
#: Attribute of the environment holding the cache: key -> (witnesses' signatures, digest).
CACHE_ATTR = "workshop_data_digest_cache"
#: Attribute of the environment holding the :class:`Table` of the next check, or ``None``.
TABLE_ATTR = "workshop_data_witness_table"

Signature = tuple[int, int, int, int] | None
#: Files and folders with their signatures when a result was computed from them.
Witnessed = tuple[tuple[str, Signature], ...]
Cache = dict[str, tuple[Witnessed, str]]
#: The signature of a path two digests saw differently: ``stat`` never gives it.
SEEN_TWICE: Signature = (-1, -1, -1, -1)
#: A missing file's signature (``None``) in a packed table.
_ABSENT = (-2, -2, -2, -2)


class Table(NamedTuple):
    """What a check of every recorded digest finds while every witness has the signature given
    here: taken from the cache and the pages' records (see :func:`take_table`)."""

    #: Every witness of a recorded digest, once, separated by NUL (one string, which unpickles
    #: as one copy: at 1,000 editions a list of the 7,001 paths and their signatures as tuples
    #: of integers took 17 M instructions to unpickle, measured alone).
    paths: str
    #: Their signatures, in the same order, packed (:func:`packed_signatures`;
    #: :data:`SEEN_TWICE` where digests disagree).
    signatures: bytes
    #: Pages whose records differ from the cached digests.
    stale: frozenset[str]
    #: Keys with no cached digest (recomputed at every check), each with the pages recording
    #: it and the digest each recorded.
    uncached: dict[str, list[tuple[str, str]]]
    #: The pages with records (those a check looks at).
    docs: frozenset[str]


class _State:
    """The cache in use: the environment's once a build has started (see :func:`get_outdated`)."""

    cache: ClassVar[Packed[Cache]] = Packed({})
    #: Whether the cache or the pages' records changed since the environment's table was taken.
    changed: ClassVar[bool] = False


def signature(path: str | Path) -> Signature:
    """What changes whenever a file or folder is written: size, mtime, ctime, inode."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def packed_signatures(paths: Iterable[str]) -> array[int]:
    """The signature of each path now, as machine integers (four per path; a missing file's
    four are -2): what a :class:`Table` keeps, compared as bytes."""
    out: array[int] = array("q")
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            out.extend(_ABSENT)
        else:
            out.extend((st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return out


def _pack(sigs: Iterable[Signature]) -> bytes:
    out: array[int] = array("q")
    for sig in sigs:
        out.extend(_ABSENT if sig is None else sig)
    return out.tobytes()


def _unpack(packed: array[int]) -> list[Signature]:
    fours = zip(*[iter(packed)] * 4, strict=True)
    return [None if four == _ABSENT else four for four in fours]


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError:
        return []


# -- what each kind of digest is computed from, and how -----------------------------------------


def _file(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _rows(path: str) -> str:
    """The number of records of a CSV file (its header excluded)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return str(sum(1 for _ in csv.reader(f)) - 1)


def _columns(path: str, *names: str) -> str:
    """The values of some columns of a CSV file, row by row (a column it lacks: empty)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return _names("\0".join(row.get(n) or "" for n in names) for row in csv.DictReader(f))


def _meta(folder: str) -> str:
    """A release's name, publication time and schema version (what a heading shows)."""
    d = store.descriptor_json(folder)
    return _names([str(d.get("version")), str(d.get("created")), str(d.get("schema_version"))])


def _schema(folder: str) -> str:
    """What a release's descriptor declares, without the files' sizes and hashes."""
    d = store.descriptor_json(folder)
    resources = [{k: v for k, v in r.items() if k not in ("bytes", "hash")} for r in d.get("resources", [])]
    text = json.dumps([d.get("schema_version"), resources], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _names(names: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(names).encode()).hexdigest()


def _edition(root: str, edition: str) -> str:
    """Everything of an edition: its releases, in order, and every file of each."""
    h = hashlib.sha256()
    for name in store.release_names(edition, root):
        h.update(f"{name}\n".encode())
        for path in _files(Path(root, edition, name)):
            h.update(f"{path.name}\0{digest(key('file', str(path)))}\n".encode())
    return h.hexdigest()


def _tree(folder: str) -> str:
    """Every file of one folder (a release's, one that did not load): names and bytes."""
    return _names([f"{path.name}\0{digest(key('file', str(path)))}" for path in _files(Path(folder))])


def _newest(root: str) -> str:
    """The edition the loaders load when none is named, and its content."""
    name = store.newest_edition(root)
    return _names([name, _edition(root, name)])


def _all(root: str) -> str:
    """Every edition and its content."""
    return _names([f"{name}\0{_edition(root, name)}" for name in store.edition_names(root)])


def _data_dir(configured: str | None) -> str:
    try:
        return str(store.data_dir(configured))
    except Exception:
        return MISSING


#: kind -> function of the key's arguments that recomputes the digest.
DIGESTS: dict[str, Callable[..., str]] = {
    "file": _file,
    "rows": _rows,
    "columns": _columns,
    "meta": _meta,
    "schema": _schema,
    "releases": lambda root, edition: _names(store.release_names(edition, root)),
    "editions": lambda root: _names(store.edition_names(root)),
    "edition": _edition,
    "tree": _tree,
    "newest": _newest,
    "all": _all,
    "data-dir": _data_dir,
}


def _edition_tree(root: str, edition: str) -> list[Path]:
    """An edition's folder, its release folders and their descriptors: what lists its releases."""
    folder = Path(root, edition)
    out = [folder]
    for release in _subfolders(folder):
        out += [release, release / DESCRIPTOR]
    return out


def _edition_files(root: str, edition: str) -> list[Path]:
    """An edition's tree and every file of its releases: what its content is read from."""
    out = _edition_tree(root, edition)
    for release in _subfolders(Path(root, edition)):
        out += _files(release)
    return out


def _every_edition(of_edition: Callable[[str, str], list[Path]]) -> Callable[[str], list[Path]]:
    """The data directory and ``of_edition`` for each edition folder in it."""

    def witnesses(root: str) -> list[Path]:
        return [Path(root)] + [p for e in _subfolders(Path(root)) for p in of_edition(root, e.name)]

    return witnesses


_data_tree = _every_edition(_edition_tree)  # what lists the editions
_every_file = _every_edition(_edition_files)  # what every edition's content is read from


#: kind -> the files and folders its digest is computed from (a kind without witnesses is
#: recomputed every time its digest is asked for).
WITNESSES: dict[str, Callable[..., list[Path]]] = {
    "file": lambda path: [Path(path)],
    "rows": lambda path: [Path(path)],
    "columns": lambda path, *names: [Path(path)],
    "meta": lambda folder: [Path(folder, DESCRIPTOR)],
    "schema": lambda folder: [Path(folder, DESCRIPTOR)],
    "releases": _edition_tree,
    "editions": _data_tree,
    "edition": _edition_files,
    "tree": lambda folder: [Path(folder), *_files(Path(folder))],
    "newest": _every_file,
    "all": _every_file,
}


def key(kind: str, *args: Any) -> str:
    """The key of a digest: what to recompute it from."""
    return json.dumps([kind, *args])


def signatures(paths: Iterable[Path]) -> Witnessed:
    """Each path (interned) with its signature now: what :func:`unchanged` checks later."""
    return tuple((sys.intern(str(p)), signature(p)) for p in paths)


def unchanged(witnesses: Witnessed, seen: dict[str, Signature]) -> bool:
    """Whether every witness still has its recorded signature; ``seen`` holds the signatures
    taken so far in this check, so that a file several digests share is stat'ed once."""
    for path, sig in witnesses:
        now = seen[path] if path in seen else seen.setdefault(path, signature(path))
        if now != sig:
            return False
    return True


def _kind(key_: str) -> str:
    """The kind a key names (its first item), without decoding the rest."""
    return key_[2 : key_.index('"', 2)]


def digest(key_: str, seen: dict[str, Signature] | None = None) -> str:
    """The digest a key names: as cached while its witnesses are unchanged, else recomputed.
    ``seen``: the witnesses' signatures taken earlier in the same check (see :func:`stale`)."""
    witnesses = WITNESSES.get(_kind(key_))
    if witnesses is not None:  # only kinds with witnesses are cached
        cached = _State.cache.get().get(key_)
        if cached is not None and unchanged(cached[0], {} if seen is None else seen):
            return cached[1]
    kind, *args = json.loads(key_)
    sigs: Witnessed | None = None
    if witnesses is not None:  # before reading: a write meanwhile leaves a signature that differs
        try:
            sigs = signatures(witnesses(*args))
        except Exception:
            sigs = None
    try:
        found = DIGESTS[kind](*args)
    except Exception:
        found = MISSING
    if sigs is not None:
        _State.cache.get()[sys.intern(key_)] = (sigs, found)
        _State.changed = True
    return found


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes, or ``"missing"`` (cached while the file's ``stat`` is unchanged)."""
    return digest(key("file", str(path)))


def record(env: Any, docname: str, key_: str, value: str | None = None) -> None:
    """Remember that page ``docname`` shows what ``key_`` names (its digest now, unless given)."""
    FINGERPRINTS.put(env, docname, sys.intern(key_), digest(key_) if value is None else value)
    _State.changed = True


def stale(env: Any, docnames: Iterable[str], seen: dict[str, Signature] | None = None) -> list[str]:
    """The pages among ``docnames`` whose recorded digests no longer match.
    ``seen``: signatures taken earlier in the same check (each witness stat'ed once)."""
    known = FINGERPRINTS.of(env)
    now: dict[str, str] = {}
    seen = {} if seen is None else seen  # each witness stat'ed once, however many digests share it
    out = []
    for docname in docnames:
        for key_, old in known.get(docname, {}).items():
            if key_ not in now:
                now[key_] = digest(key_, seen)
            if now[key_] != old:
                out.append(docname)
                break
    return out


def use_cache_of(env: Any) -> None:
    """Keep the digests' cache on ``env`` (pickled with it, so the next build starts from it;
    unpickled when a digest is first looked up)."""
    cache = getattr(env, CACHE_ATTR, None)
    if not isinstance(cache, Packed):
        cache = Packed({})
        setattr(env, CACHE_ATTR, cache)
    _State.cache = cache


def take_table(env: Any) -> Table:
    """The :class:`Table` of the pages' records and the cache on ``env`` as they are now."""
    packed = getattr(env, CACHE_ATTR, None)
    cache: Cache = packed.get() if isinstance(packed, Packed) else {}
    sigs: dict[str, Signature] = {}
    stale_pages: set[str] = set()
    uncached: dict[str, list[tuple[str, str]]] = {}
    done: set[str] = set()
    records_of = FINGERPRINTS.of(env)
    for docname, records in records_of.items():
        for key_, recorded in records.items():
            cached = cache.get(key_)
            if cached is None:
                uncached.setdefault(key_, []).append((docname, recorded))
                continue
            if cached[1] != recorded:
                stale_pages.add(docname)
            if key_ not in done:
                done.add(key_)
                for path, sig in cached[0]:
                    if sigs.setdefault(path, sig) != sig:
                        sigs[path] = SEEN_TWICE
    paths = "\0".join(sigs)
    return Table(paths, _pack(sigs.values()), frozenset(stale_pages), uncached, frozenset(records_of))


def save_table(app: Any, env: Any) -> list[str]:
    """``env-updated``, after every other handler: the table of the next build's check, taken
    from what Sphinx is about to pickle (kept as it is when nothing changed since it was taken:
    a no-op build)."""
    if _State.changed or not isinstance(getattr(env, TABLE_ATTR, None), Table):
        setattr(env, TABLE_ATTR, take_table(env))
        _State.changed = False
    return []


def records_changed(*event: Any) -> None:
    """``env-purge-doc``, ``env-merge-info``: the pages' records change."""
    _State.changed = True


def quick_check(env: Any, excluded: set[str], seen: dict[str, Signature]) -> list[str] | None:
    """The pages with records, but for ``excluded``, whose digests changed, from the
    environment's table, or ``None`` if some witness changed or there is no table. ``seen`` is
    given the signatures taken."""
    table: Table | None = getattr(env, TABLE_ATTR, None)
    if not isinstance(table, Table):
        return None
    paths = table.paths.split("\0") if table.paths else []
    now = packed_signatures(paths)
    if now.tobytes() != table.signatures:
        seen.update(zip(paths, _unpack(now), strict=True))
        return None
    wanted = table.docs - excluded
    out = set(wanted & table.stale)
    for key_, records in table.uncached.items():
        if not wanted.isdisjoint(docname for docname, _ in records):
            value = digest(key_, seen)
            out.update(docname for docname, recorded in records if docname in wanted and recorded != value)
    return sorted(out)


def get_outdated(app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    """``env-get-outdated``: pages whose data changed although Sphinx saw no newer mtime."""
    if _State.changed and getattr(env, CACHE_ATTR, None) is _State.cache:
        setattr(env, TABLE_ATTR, None)  # changed in this process after its table was taken
    _State.changed = False
    use_cache_of(env)
    excluded = added | changed | removed
    seen: dict[str, Signature] = {}
    found = quick_check(env, excluded, seen)
    if found is not None:
        return found
    return stale(env, sorted(set(FINGERPRINTS.of(env)) - excluded), seen)


def setup_fingerprints(app: Any) -> None:
    """Connect the environment events."""
    app.connect("env-get-outdated", get_outdated)
    app.connect("env-updated", save_table, priority=1000)
    app.connect("env-purge-doc", records_changed)
    app.connect("env-merge-info", records_changed)
    FINGERPRINTS.connect(app)

"""Content fingerprints of the data each page shows, so that incremental builds are right.

Sphinx re-reads a page when a dependency's mtime is newer than the page's last read. A data
file replaced by an older copy (a git checkout, a reinstall) would leave the page stale, so
every page that shows data keeps, on the environment, a digest of each thing it read: a
file's bytes, the list of releases of an edition, the list of editions, the data directory in
use. ``env-get-outdated`` recomputes them and returns the pages whose digests changed;
``env-merge-info`` copies them from parallel readers and ``env-purge-doc`` drops them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .. import store
from .envdata import PerDoc

MISSING = "missing"

#: docname -> {key: digest}; a key is a JSON list ``[kind, *arguments]``.
FINGERPRINTS = PerDoc("workshop_data_fingerprints")


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes, or ``"missing"``."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return MISSING


def tree_digest(root: str | Path) -> str:
    """SHA-256 over every file below ``root`` (relative names and bytes), hidden ones skipped."""
    base = Path(root)
    h = hashlib.sha256()
    for path in sorted(p for p in base.rglob("*") if p.is_file()):
        rel = path.relative_to(base).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        h.update(rel.encode() + b"\0" + file_digest(path).encode() + b"\n")
    return h.hexdigest()


def _names(names: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(names).encode()).hexdigest()


def _data_dir(configured: str | None) -> str:
    try:
        return str(store.data_dir(configured))
    except Exception:
        return MISSING


#: kind -> function of the key's arguments that recomputes the digest.
DIGESTS: dict[str, Callable[..., str]] = {
    "file": file_digest,
    "tree": tree_digest,
    "releases": lambda root, edition: _names(store.release_names(edition, root)),
    "editions": lambda root: _names(store.edition_names(root)),
    "data-dir": _data_dir,
}


def key(kind: str, *args: Any) -> str:
    """The key of a digest: what to recompute it from."""
    return json.dumps([kind, *args])


def digest(key_: str) -> str:
    """Recompute the digest a key names."""
    kind, *args = json.loads(key_)
    try:
        return DIGESTS[kind](*args)
    except Exception:
        return MISSING


def record(env: Any, docname: str, key_: str, value: str | None = None) -> None:
    """Remember that page ``docname`` shows what ``key_`` names (its digest now, unless given)."""
    FINGERPRINTS.put(env, docname, key_, digest(key_) if value is None else value)


def stale(env: Any, docnames: Iterable[str]) -> list[str]:
    """The pages among ``docnames`` whose recorded digests no longer match."""
    known = FINGERPRINTS.of(env)
    now: dict[str, str] = {}
    out = []
    for docname in docnames:
        for key_, old in known.get(docname, {}).items():
            if key_ not in now:
                now[key_] = digest(key_)
            if now[key_] != old:
                out.append(docname)
                break
    return out


def get_outdated(app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    """``env-get-outdated``: pages whose data changed although Sphinx saw no newer mtime."""
    candidates = sorted(set(FINGERPRINTS.of(env)) - added - changed - removed)
    return stale(env, candidates)


def setup_fingerprints(app: Any) -> None:
    """Connect the environment events."""
    app.connect("env-get-outdated", get_outdated)
    FINGERPRINTS.connect(app)

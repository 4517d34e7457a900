"""Files the pages offer for download, generated at build time from the loaders.

A directive registers each file with :func:`add_file` and places a :class:`generated_file`
node where the link goes. The file is written when the page is read, straight into
``_downloads/workshop_data/`` of the HTML output (only when its bytes differ from what is
there, so a rebuild rewrites nothing it need not); the environment keeps one digest per page
of the files it offers (their paths and SHA-256, in the order the page offers them), never
their text, so its pickle and the work of a no-op build grow with the pages, not with the
calendars they offer (15 files a page for an edition of 14 slots). When the build finishes, a
manifest of what was written (``.manifest.json``: page -> that digest) is saved beside the
files; a page the manifest does not list with the same digest (the output folder was deleted,
or built from another environment) is read again at the next build, which writes its files
again. The link nodes become references relative to the page that shows them.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from docutils import nodes

from ..files import file_mode
from . import pagelinks
from .envdata import PerDoc

#: Where the files go, relative to the HTML output directory.
OUT_DIR = "_downloads/workshop_data"
#: The manifest of the files written there: docname -> digest of the files the page wrote.
MANIFEST = ".manifest.json"

#: docname -> {:data:`FILES`: digest of the files the page offers (see :func:`add_file`)}
GENERATED = PerDoc("workshop_data_generated")
#: The key of a page's digest in :data:`GENERATED`.
FILES = "files"


class generated_file(nodes.Inline, nodes.TextElement):  # type: ignore[misc]
    """A link to a generated file (``target`` is its path under :data:`OUT_DIR`)."""


def safe_path(relpath: str) -> str:
    """``relpath`` if it stays inside :data:`OUT_DIR`; else ValueError."""
    path = PurePosixPath(relpath)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"generated file path {relpath!r} leaves the download folder")
    return path.as_posix()


def writes_html(app: Any) -> bool:
    """Whether the builder writes HTML pages (and so the files they link to)."""
    return getattr(app.builder, "format", None) == "html"


#: The permissions of a file the build creates (as ``open`` gives them): a replaced file gets
#: them too, not ``mkstemp``'s owner-only 0600, which a web server serving the output as
#: another user cannot read.
FILE_MODE = file_mode()  # read once, at import


class _Output:
    """Where the running build writes the files (``None``: its builder writes no HTML), and
    the manifest found there when it started."""

    folder: ClassVar[Path | None] = None
    manifest: ClassVar[dict[str, str]] = {}


def start(app: Any) -> None:
    """``builder-inited``: note where this build writes the files and what is there."""
    _Output.folder = Path(app.outdir) / OUT_DIR if writes_html(app) else None
    _Output.manifest = written(app) if _Output.folder is not None else {}


def register_file(env: Any, docname: str, relpath: str, text: str) -> str:
    """Write a file offered by ``docname`` and record it; return its path (under :data:`OUT_DIR`)."""
    relpath = safe_path(relpath)
    data = text.encode("utf-8")
    GENERATED.put(env, docname, FILES, files_digest(page_digest(env, docname), relpath, data))
    if _Output.folder is not None:
        write_if_changed(_Output.folder / relpath, data, new_in_place=True)
    return relpath


def add_file(env: Any, docname: str, relpath: str, text: str, label: str) -> generated_file:
    """Write a file offered by ``docname`` and return the link node to place on the page."""
    node = generated_file("", label, target=register_file(env, docname, relpath, text))
    node["classes"].append("wd-download")
    return node


def files_digest(before: str, relpath: str, data: bytes) -> str:
    """The digest of a page's files once it offers one more, ``relpath`` holding ``data``:
    SHA-256 of the digest ``before`` it (``""`` for the first), the path and the file's SHA-256."""
    return hashlib.sha256(f"{before}\n{relpath}\0{hashlib.sha256(data).hexdigest()}".encode()).hexdigest()


def page_digest(env: Any, docname: str) -> str:
    """The digest of the files ``docname`` offers (``""``: none)."""
    return GENERATED.of(env).get(docname, {}).get(FILES, "")


def file_uri(app: Any, docname: str, target: str) -> str:
    """The link from page ``docname`` to the generated file ``target`` (its path under :data:`OUT_DIR`)."""
    from sphinx.util.osutil import relative_uri

    return relative_uri(app.builder.get_target_uri(docname), f"{OUT_DIR}/{target}")


def resolve_links(app: Any, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: turn each :class:`generated_file` into a relative reference."""
    for node in list(doctree.findall(generated_file)):
        uri = file_uri(app, docname, node["target"])
        more = node.get("attributes", ())
        ref = pagelinks.reference(*node.children, attributes=more, refuri=uri, internal=False, classes=node["classes"])
        ref["download"] = PurePosixPath(node["target"]).name
        node.replace_self(ref)


def write_if_changed(path: Path, data: str | bytes, *, new_in_place: bool = False) -> bool:
    """Write ``data`` (text is written as UTF-8) to ``path`` unless it holds exactly that
    already; True if written.

    The file is written to a temporary file beside it and renamed, so a reader (another build
    reading the same source tree, or a parallel writer of the same file) never sees half of
    it. With ``new_in_place``, a file that does not exist yet is written in place (no rename:
    the downloads are thousands of new files on a first build; if the build stops half-way,
    the manifest does not list the file and the next build writes it again).
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if new_in_place and _write_new(path, data):
        return True
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _write_new(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` if no file is there (its folder made if needed); False if one is.

    One system call for a new file (a first build writes thousands), no ``stat`` before it.
    """
    for attempt in (1, 2):
        try:
            with open(path, "xb") as new:
                new.write(data)
            return True
        except FileExistsError:
            return False
        except FileNotFoundError:
            if attempt == 2:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
    return False


def _manifest(app: Any) -> Path:
    return Path(app.outdir) / OUT_DIR / MANIFEST


def written(app: Any) -> dict[str, str]:
    """The manifest of the output folder: what the last finished build wrote there."""
    try:
        found = json.loads(_manifest(app).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def missing_files(app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    """``env-get-outdated``: pages whose files the output folder does not hold as recorded."""
    if not writes_html(app):
        return []
    there = _Output.manifest
    return sorted(docname for docname, files in GENERATED.of(env).items() if there.get(docname) != files.get(FILES))


def save_manifest(app: Any, exception: BaseException | None) -> None:
    """``build-finished``: record what the output folder holds (only when that changed)."""
    if exception is not None or not writes_html(app):
        return
    files = {docname: page_digest(app.env, docname) for docname in sorted(GENERATED.of(app.env))}
    if not files and not _manifest(app).exists():
        return
    if files != _Output.manifest:
        text = json.dumps(files, indent=0, sort_keys=True) + "\n"
        write_if_changed(_manifest(app), text.encode("utf-8"))
        _Output.manifest = files


def setup_generated(app: Any) -> None:
    """Register the node and the events."""
    app.add_node(generated_file)
    app.connect("builder-inited", start)
    app.connect("doctree-resolved", resolve_links)
    app.connect("env-get-outdated", missing_files)
    app.connect("build-finished", save_manifest)
    GENERATED.connect(app)

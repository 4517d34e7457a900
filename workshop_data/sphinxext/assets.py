"""The old site's own files (photos, PDFs, slides, templates) published again by the new site.

The data keeps every link as the old site gave it, absolute: a speaker's photo is
``https://mlforsystems.org/assets/images/speakers/kraska.jpg``, a paper's PDF
``https://mlforsystems.org/assets/papers/…`` (:data:`workshop_data.links.SITE`). Those files
are not data (the site's history, which the record is read from, holds text only), and they
are served by whatever answers at that address: once this site replaces the Jekyll one there,
every photo, PDF and slide deck would be gone, and every link to them (the pages', and those of
the rest of the web: a PDF cited elsewhere, a paper the list later dropped) broken, unless the
build publishes them too.

``workshop_data_assets`` (default ``$WORKSHOP_DATA_ASSETS``; unset: nothing is copied, the links
go to the address as they are) names a checkout of the old site (``.github/workflows/pages.yml``
checks it out for the published build). When the build has written the pages, every file the
old site served as it is, Jekyll's *static files* (:func:`static_files`), is copied to the
same path of the output, unless the build wrote that path itself. A file copied before is copied
again when the checkout's file changed since (a photo replaced: a ``git pull`` of the checkout),
told by :func:`.fingerprints.signature` (size, times in nanoseconds, inode), which the doctree
folder's record of the copies (:data:`RECORD`) keeps for the file copied and for its copy: a
copy told from its file by size and whole seconds alone, as before that record, was never
copied again once the file changed (the build took the copy for a file of its own) and a file
rewritten within the second at the same size was taken as copied.

Then every ``href`` and ``src`` of every page that points under the address is
looked up in the output: a linked file that is not there is named in the build's output with a
page linking it, not failed, since the old site's own pages linked files it never had (NeurIPS
2022's poster images, two PDFs) and the new site can serve them no more than the old. A
checkout holding none of the linked files is a warning (the wrong folder, most likely).

A file a browser runs (:data:`RUNNABLE`: a script, an HTML or XML page, an SVG image, which can
hold scripts when opened by itself) is not published, and the build's output names each one
left out. At this origin the pages' Content-Security-Policy allows ``script-src 'self'``: a
copied ``.js`` would be a script every page may load, and a copied ``.html`` a page of this
origin that carries no policy at all, both from a checkout the build does not review. Nothing
needs them: the old site's checkout at its head (the bundle's clone) serves no such file (its
static files are ``CNAME`` alone; its one script, ``html5.js``, came from another host), and no
page of the record links one at the old address: its links there are PDFs, photos (JPEG, PNG),
slides (PowerPoint, Keynote) and folders.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal
from urllib.parse import unquote

from sphinx.errors import ConfigError
from sphinx.util import logging

from ..links import SITE
from .fingerprints import Signature, signature

logger = logging.getLogger(__name__)

#: The environment variable naming the checkout when ``workshop_data_assets`` is not set.
ENVIRONMENT = "WORKSHOP_DATA_ASSETS"
#: What Jekyll leaves out of every site besides names starting with ``_`` or ``.``.
JEKYLL_EXCLUDES = (
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle",
    "vendor/cache",
    "vendor/gems",
    "vendor/ruby",
)
#: What a browser runs when it loads the file from this origin (a script, a page that may hold
#: one, an SVG image opened by itself): the old site's files of these suffixes are left out.
RUNNABLE = frozenset(
    {".js", ".mjs", ".html", ".htm", ".shtml", ".xhtml", ".xht", ".xml", ".xsl", ".xslt", ".svg", ".svgz"}
)
#: The record of the copies, in the doctree folder: path -> [the file's signature when it was
#: copied, the copy's] (:func:`.fingerprints.signature`).
RECORD = "workshop_data_assets.json"
#: A copy's file and the copy: their signatures just after copying.
Copied = tuple[Signature, Signature]
#: A link of a written page to the old site's address (the path ends before a query, which
#: never names a file).
_LINK = re.compile(rb"""(?:href|src)=["']""" + re.escape(SITE.encode()) + rb"""([^"'?#]+)""")


def assets_folder(config: Any, environ: Mapping[str, str] = os.environ) -> Path | None:
    """The checkout ``workshop_data_assets`` (else ``$WORKSHOP_DATA_ASSETS`` of ``environ``)
    names, or None.

    :raises ConfigError: it names no folder (one line naming it).
    """
    value = config.workshop_data_assets or environ.get(ENVIRONMENT) or None
    if value is None:
        return None
    folder = Path(value).expanduser()
    if not folder.is_dir():
        raise ConfigError(f"workshop_data_assets: {folder} is not a folder (a checkout of the old site)")
    return folder


def static_files(checkout: Path) -> list[str]:
    """The paths (sorted, ``/``-separated) of the files a Jekyll site serves as they are.

    Jekyll's rule: a file with front matter (its first line ``---``) is a page it renders; a
    name starting with ``_`` or ``.`` (``_config.yml``, ``_layouts``, ``.gitignore``), a default
    exclusion (:data:`JEKYLL_EXCLUDES`) or an entry of ``_config.yml``'s ``exclude`` is not
    published; every other file is served at its path. Symbolic links are not followed (GitHub
    Pages builds in Jekyll's safe mode, which skips them).
    """
    excluded = [*JEKYLL_EXCLUDES, *_configured_excludes(checkout)]
    found: list[str] = []
    for root, dirs, files in os.walk(checkout):
        base = Path(root).relative_to(checkout).as_posix()
        prefix = "" if base == "." else f"{base}/"
        dirs[:] = [d for d in dirs if not _skipped(f"{prefix}{d}", excluded) and not os.path.islink(Path(root, d))]
        for name in files:
            path = f"{prefix}{name}"
            full = Path(root, name)
            if _skipped(path, excluded) or full.is_symlink() or _has_front_matter(full):
                continue
            found.append(path)
    return sorted(found)


def _configured_excludes(checkout: Path) -> list[str]:
    """``_config.yml``'s ``exclude`` entries (none when it has none or does not read)."""
    import yaml

    try:
        config = yaml.safe_load((checkout / "_config.yml").read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    entries = config.get("exclude") if isinstance(config, dict) else None
    return [str(e).strip("/") for e in entries if isinstance(e, str | int)] if isinstance(entries, list) else []


def _skipped(path: str, excluded: list[str]) -> bool:
    if path.rsplit("/", 1)[-1].startswith(("_", ".")):
        return True
    return any(path == e or path.startswith(f"{e}/") or fnmatch.fnmatchcase(path, e) for e in excluded)


def _has_front_matter(file: Path) -> bool:
    try:
        with file.open("rb") as f:
            return f.readline().rstrip(b"\r\n") == b"---"
    except OSError:
        return False


def linked_paths(outdir: Path) -> dict[str, str]:
    """Every path under :data:`~workshop_data.links.SITE` that a page in ``outdir`` links, with the
    first page (relative to ``outdir``) linking it, in the pages' sorted order."""
    found: dict[str, str] = {}
    for page in sorted(outdir.rglob("*.html")):
        for match in _LINK.finditer(page.read_bytes()):
            path = unquote(match.group(1).decode("utf-8", "replace"))
            found.setdefault(path, page.relative_to(outdir).as_posix())
    return found


@dataclass(frozen=True)
class Published:
    """What :func:`publish_old_files` did."""

    #: The old site's files in the output (copied now, or by an earlier build), by path.
    files: tuple[str, ...]
    #: Every path under the address a page links, with the first page linking it.
    linked: dict[str, str]
    #: The linked paths the output still lacks, with the first page linking each.
    missing: dict[str, str]
    #: The old site's static files not published as a browser would run them (:data:`RUNNABLE`).
    left_out: tuple[str, ...] = ()


def publish_old_files(checkout: Path, outdir: Path, record: Path | None = None) -> Published:
    """Copy the old site's static files into ``outdir`` where the build wrote nothing, and find
    the linked paths it still lacks; a file a browser runs (:data:`RUNNABLE`) is left out.

    ``record`` (a file of the doctree folder, :data:`RECORD`) keeps what was copied, so that a
    file changed since its copy is copied again; without one, a copy is told by size and time
    alone and never copied again."""
    files, left_out = [], []
    before, copies = _read_record(record), {}
    for path in static_files(checkout):
        if PurePosixPath(path).suffix.lower() in RUNNABLE:
            left_out.append(path)
            continue
        source, target = checkout / path, outdir / path
        copied = _current_copy(source, target, before.get(path))
        if copied is None:
            continue  # a page, download or redirect the build wrote
        if copied is False:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            copied = (signature(source), signature(target))
        copies[path] = copied
        files.append(path)
    if record is not None and copies != before:
        _write_record(record, copies)
    linked = linked_paths(outdir)
    missing = {
        path: page
        for path, page in linked.items()
        if not path.endswith("/") and not _served(outdir, path)  # a folder's page: never a file
    }
    return Published(tuple(files), linked, missing, tuple(left_out))


def _served(outdir: Path, path: str) -> bool:
    """Whether ``path`` (a plain relative path: no ``..``) is a file of ``outdir``."""
    parts = path.split("/")
    return not any(p in ("", ".", "..") for p in parts) and outdir.joinpath(*parts).is_file()


def _current_copy(source: Path, target: Path, copied: Copied | None) -> Copied | Literal[False] | None:
    """What ``target`` is: a copy of ``source`` as it is now (what the record keeps of it),
    ``False`` when it is to be copied (absent, or the recorded copy of the file as it was),
    ``None`` when the build wrote it (neither the copy recorded, untouched since, nor one of the
    file's size and time)."""
    there = signature(target)
    if there is None:
        return False
    if copied is not None and copied[1] == there:
        return copied if copied[0] == signature(source) else False
    # not recorded (an output of a build before the record) or moved since: size and time, as
    # copy2 keeps it
    try:
        a, b = source.stat(), target.stat()
    except OSError:
        return None
    same = a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime)
    return (signature(source), there) if same else None


def _read_record(record: Path | None) -> dict[str, Copied]:
    """The copies :data:`RECORD` keeps (none when there is none or it does not read)."""
    if record is None:
        return {}
    try:
        kept = json.loads(record.read_text("utf-8"))
        return {str(path): (_signature(was), _signature(copy)) for path, (was, copy) in kept.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def _signature(value: Any) -> Signature:
    return None if value is None else (int(value[0]), int(value[1]), int(value[2]), int(value[3]))


def _write_record(record: Path, copies: dict[str, Copied]) -> None:
    """Replace :data:`RECORD` (a copy kept unrecorded is told by size and time next time)."""
    tmp = record.with_name(f".{record.name}.tmp")
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(copies, sort_keys=True), "utf-8")
        os.replace(tmp, record)
    except OSError:
        return


def _listing(missing: dict[str, str], most: int) -> Iterator[str]:
    for path, page in list(missing.items())[:most]:
        yield f"{SITE}{path} (linked from {page})"
    if len(missing) > most:
        yield f"and {len(missing) - most} more"


def finish(app: Any, exception: BaseException | None) -> None:
    """``build-finished``: publish the old site's files in an HTML build's output."""
    if exception is not None or app.builder.format != "html":
        return
    checkout = assets_folder(app.config)
    if checkout is None:
        return
    done = publish_old_files(checkout, Path(app.outdir), Path(app.doctreedir) / RECORD)
    missing = done.missing
    if missing and not any(path in done.linked for path in done.files):
        logger.warning(
            "workshop_data_assets: %s holds none of the %d files the pages link at %s, e.g. %s",
            checkout,
            len(missing),
            SITE,
            next(_listing(missing, 1)),
            type="workshop_data",
            subtype="assets",
        )
    elif missing:
        logger.info(
            "workshop_data_assets: %d files the pages link at %s are not in %s:%s",
            len(missing),
            SITE,
            checkout,
            "".join(f"\n  {line}" for line in _listing(missing, len(missing))),
        )
    if done.left_out:
        logger.info(
            "workshop_data_assets: %d files of %s not published, as a browser would run them at this site's origin:%s",
            len(done.left_out),
            checkout,
            "".join(f"\n  {path}" for path in done.left_out),
        )
    served = sum(1 for path in done.files if path in done.linked)
    logger.info(
        "workshop_data_assets: %d files of the old site published from %s (%d of them linked by the pages)",
        len(done.files),
        checkout,
        served,
    )


def check(app: Any, config: Any) -> None:
    """``config-inited``: a value that names no folder stops the build before any work."""
    assets_folder(config)


def setup_assets(app: Any) -> None:
    """Register ``workshop_data_assets`` and the events."""
    app.add_config_value("workshop_data_assets", None, "", types=frozenset({str, type(None)}))
    app.connect("config-inited", check)
    app.connect("build-finished", finish)

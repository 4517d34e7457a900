"""Files the pages offer for download, generated at build time from the loaders.

A directive registers each file's text with :func:`add_file` and places a
:class:`generated_file` node where the link goes. The texts live on the environment (merged
from parallel readers, purged with their page); when an HTML build
finishes they are written under ``_downloads/workshop_data/`` in the output directory, each
only when its bytes differ from what is there, so a no-op rebuild rewrites nothing. The link
nodes become references relative to the page that shows them.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Any

from docutils import nodes

from .envdata import PerDoc

#: Where the files go, relative to the HTML output directory.
OUT_DIR = "_downloads/workshop_data"

#: docname -> {relative path under OUT_DIR: text}
GENERATED = PerDoc("workshop_data_generated")


class generated_file(nodes.Inline, nodes.TextElement):  # type: ignore[misc]
    """A link to a generated file (``target`` is its path under :data:`OUT_DIR`)."""


def safe_path(relpath: str) -> str:
    """``relpath`` if it stays inside :data:`OUT_DIR`; else ValueError."""
    path = PurePosixPath(relpath)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"generated file path {relpath!r} leaves the download folder")
    return path.as_posix()


def add_file(env: Any, docname: str, relpath: str, text: str, label: str) -> generated_file:
    """Register a file for ``docname`` and return the link node to place on the page."""
    relpath = safe_path(relpath)
    GENERATED.put(env, docname, relpath, text)
    node = generated_file("", label, target=relpath)
    node["classes"].append("wd-download")
    return node


def resolve_links(app: Any, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: turn each :class:`generated_file` into a relative reference."""
    from sphinx.util.osutil import relative_uri

    page = app.builder.get_target_uri(docname)
    for node in list(doctree.findall(generated_file)):
        uri = relative_uri(page, f"{OUT_DIR}/{node['target']}")
        ref = nodes.reference("", "", *node.children, refuri=uri, internal=False, classes=node["classes"])
        ref["download"] = PurePosixPath(node["target"]).name
        node.replace_self(ref)


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` unless it holds exactly that already; True if written."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # two builds of one source tree never share it
    tmp.write_bytes(data)
    tmp.replace(path)
    return True


def write_files(app: Any, exception: BaseException | None) -> None:
    """``build-finished``: write every registered file into the HTML output."""
    if exception is not None or app.builder.format != "html":
        return
    root = Path(app.outdir) / OUT_DIR
    files: dict[str, str] = {}
    for _, texts in sorted(GENERATED.of(app.env).items()):
        files.update(texts)
    for relpath in sorted(files):
        write_if_changed(root / relpath, files[relpath])


def setup_generated(app: Any) -> None:
    """Register the node and the events."""
    app.add_node(generated_file)
    app.connect("doctree-resolved", resolve_links)
    app.connect("build-finished", write_files)
    GENERATED.connect(app)

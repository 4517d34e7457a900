"""The old site's files (photos, PDFs, templates) published by the new site when
``workshop_data_assets`` names a checkout of the old site (:mod:`workshop_data.sphinxext.assets`).

Built on the synthetic editions of tests/sitedata.py (photos at
``https://mlforsystems.org/assets/images/speakers/<id>.jpg``, PDFs at
``…/assets/papers/<edition>/paper<n>.pdf``, NeurIPS-site poster paths the old site never served).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from sitedata import FEW_EDITIONS, write_site_data
from sphinx.errors import ConfigError
from test_site import build

from workshop_data.sphinxext.assets import (
    ENVIRONMENT,
    RECORD,
    assets_folder,
    check,
    linked_paths,
    publish_old_files,
)

PHOTO = "assets/images/speakers/tim-kraska.jpg"
PDF = "assets/papers/neurips2024/paper1.pdf"


def old_site(folder: Path, files: dict[str, bytes]) -> Path:
    for path, data in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
    return folder


def test_the_old_sites_files_are_published_by_the_new_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS)
    photo, pdf, template = b"\xff\xd8\xff\xe0 a photo", b"%PDF-1.4 a paper", b"\\ProvidesPackage{ml}"
    folder = old_site(
        tmp_path / "old",
        {
            PHOTO: photo,
            PDF: pdf,
            "assets/latex/template.sty": template,  # no page links it: the old site served it
            "README.md": b"# not a page: no front matter, so Jekyll served it as it is",
            "neurips2024/index.html": b"the old site's page, not this site's",
            "neurips2024/schedule.md": b"---\nlayout: default\n---\na page Jekyll rendered",
            "_config.yml": b"title: ML for Systems\nexclude: [notes, '*.bak']\n",
            "_layouts/default.html": b"<html>{{ content }}</html>",
            ".gitignore": b"_site\n",
            "notes/todo.pdf": b"excluded by _config.yml",
            "assets/old.bak": b"excluded by a pattern",
            "assets/js/site.js": b"fetch('/steal')",  # a browser runs these at the site's origin
            "assets/demo.html": b"<script>alert(1)</script>",
            "assets/logo.SVG": b"<svg><script>alert(1)</script></svg>",
        },
    )
    app = build(tmp_path / "src", data, workshop_data_assets=str(folder))
    out = Path(app.outdir)
    assert app.warning.getvalue() == ""
    assert (out / PHOTO).read_bytes() == photo
    assert (out / PDF).read_bytes() == pdf
    assert (out / "assets/latex/template.sty").read_bytes() == template
    assert (out / "README.md").is_file()
    for path in ("neurips2024/schedule.md", "_config.yml", "_layouts", ".gitignore", "notes", "assets/old.bak"):
        assert not (out / path).exists(), path
    # a script, a page and an SVG of the checkout are not served under the pages' script-src 'self'
    # (issue 9: every static file was), and the output names them
    runnable = ("assets/demo.html", "assets/js/site.js", "assets/logo.SVG")
    assert [p for p in runnable if (out / p).exists()] == []
    assert b"the old site's page" not in (out / "neurips2024" / "index.html").read_bytes()
    # the home really links the photo at the old address, which the copy now answers
    home = (out / "neurips2024" / "index.html").read_text("utf-8")
    assert f'src="https://mlforsystems.org/{PHOTO}"' in home
    status = app.status.getvalue()
    assert "workshop_data_assets: 4 files of the old site published from" in status
    # and the old page the build wrote its own over: a browser runs it too
    assert f"workshop_data_assets: 4 files of {folder} not published, as a browser would run them" in status
    assert "".join(f"\n  {p}" for p in [*runnable, "neurips2024/index.html"]) in status
    assert "(2 of them linked by the pages)" in status
    # every other linked file is named once as missing, with a page linking it
    missing = re.search(r"workshop_data_assets: (\d+) files the pages link at \S+ are not in [^:]+:((\n  .*)+)", status)
    assert missing is not None
    linked = {p for p in linked_paths(out) if not (out / p).exists()}
    assert int(missing.group(1)) == len(linked) > 0
    named = re.findall(r"^  https://mlforsystems.org/(\S+) \(linked from (\S+)\)$", missing.group(2), re.M)
    assert {path for path, _ in named} == linked  # each, the NeurIPS site's posters among them
    assert any(path.startswith("media/PosterPDFs/") for path in linked)
    assert all(path in (out / page).read_text("utf-8") for path, page in named)
    # a second build copies nothing again and says the same
    before = (out / PDF).stat().st_mtime_ns
    again = build(tmp_path / "src", data, workshop_data_assets=str(folder))
    assert (out / PDF).stat().st_mtime_ns == before
    assert "workshop_data_assets: 4 files of the old site published from" in again.status.getvalue()
    # a photo replaced in the checkout: the next build publishes it
    (folder / PHOTO).write_bytes(b"\xff\xd8\xff\xe0 another photo")
    build(tmp_path / "src", data, workshop_data_assets=str(folder))
    assert (out / PHOTO).read_bytes() == b"\xff\xd8\xff\xe0 another photo"


def test_a_folder_holding_none_of_them_is_a_warning_and_a_non_folder_an_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_site_data(data, FEW_EDITIONS)
    empty = tmp_path / "empty"
    empty.mkdir()
    app = build(tmp_path / "src", data, workshop_data_assets=str(empty))
    warning = app.warning.getvalue()
    assert re.search(rf"workshop_data_assets: {re.escape(str(empty))} holds none of the \d+ files", warning)
    assert warning.count("\n") == 1
    # checked when the configuration is read (config-inited), before any work: not through a
    # SphinxTestApp, whose logging a failed start leaves set up for the worker's next tests
    config = SimpleNamespace(workshop_data_assets=str(tmp_path / "nowhere"))
    with pytest.raises(ConfigError, match=r"workshop_data_assets: \S+nowhere is not a folder"):
        check(None, config)
    with pytest.raises(ConfigError, match=r"workshop_data_assets: \S+nowhere is not a folder"):
        assets_folder(SimpleNamespace(workshop_data_assets=None), {ENVIRONMENT: str(tmp_path / "nowhere")})


def test_nothing_outside_the_checkout_is_published(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "page.html").write_bytes(
        b'<a href="https://mlforsystems.org/assets/%2e%2e/%2e%2e/secret">x</a>'
        b'<img src="https://mlforsystems.org/assets/images/a.jpg?t=1">'
    )
    (tmp_path / "secret").write_text("not for the site")
    folder = old_site(tmp_path / "old" / "site", {"assets/images/a.jpg": b"a"})
    (folder / "assets" / "leak").symlink_to(tmp_path / "secret")
    (folder / "outside").symlink_to(tmp_path, target_is_directory=True)
    done = publish_old_files(folder, out)
    assert done.files == ("assets/images/a.jpg",)  # the query is no part of the file's path
    assert list(done.missing) == ["assets/../../secret"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "assets",
        "assets/images",
        "assets/images/a.jpg",
        "page.html",
    ]


def test_a_file_changed_in_the_checkout_is_copied_again(tmp_path: Path) -> None:
    """A photo replaced in the checkout after a build copied it (a ``git pull``) is published by
    the next build: at another size, and at the same size within the same second (times set
    here, not slept for), which a copy told by size and whole seconds took as copied. A file the
    build wrote at a path of the checkout stays the build's; a copy an older build made, without
    the record, is taken as a copy."""
    out, record = tmp_path / "out", tmp_path / "doctrees" / RECORD
    folder = old_site(tmp_path / "old", {PHOTO: b"a first photo", PDF: b"%PDF-1.4 the old site's"})
    photo, second = folder / PHOTO, 1_700_000_000 * 10**9

    def replaced(data: bytes, ns: int) -> tuple[str, ...]:
        photo.write_bytes(data)
        os.utime(photo, ns=(second + ns, second + ns))
        files = publish_old_files(folder, out, record).files
        assert (out / PHOTO).read_bytes() == data
        return files

    (out / PDF).parent.mkdir(parents=True)
    (out / PDF).write_bytes(b"a download the build wrote")
    os.utime(photo, ns=(second, second))
    assert publish_old_files(folder, out).files == (PHOTO,)  # a build before the record
    assert publish_old_files(folder, out, record).files == (PHOTO,)
    copied = (out / PHOTO).stat().st_ctime_ns
    assert publish_old_files(folder, out, record).files == (PHOTO,)
    assert (out / PHOTO).stat().st_ctime_ns == copied  # unchanged: not copied again
    assert replaced(b"a second, larger photo", 200_000_000) == (PHOTO,)
    assert replaced(b"a third, LARGER photo!", 700_000_000) == (PHOTO,)  # the same size, the same second
    (folder / PDF).write_bytes(b"%PDF-1.4 the old site's, changed")
    assert publish_old_files(folder, out, record).files == (PHOTO,)
    assert (out / PDF).read_bytes() == b"a download the build wrote"

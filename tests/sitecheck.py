"""Checks over a built site: the old site's URLs, redirects followed, every internal link and anchor.

The old URLs are read from the website's history (every page path that existed at any commit),
not from a list written here, so a page the old site had and the new build lacks is found.
The link walk reads the built HTML with lxml: every ``<a href>`` that stays inside the site must
name a file that exists and, with a ``#fragment``, an element with that id on it.
"""

from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html

#: Folders of a Sphinx build that hold no pages.
NOT_PAGES = ("_static", "_sources", "_downloads", "_images")
REFRESH = re.compile(r"url=([^\"';]+)", re.I)
#: An ``id="..."`` attribute of an old page's HTML.
OLD_ID = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""")
#: Ids of the old pages that named no content a link could want: the Jekyll layout's wrapper, the
#: old time-zone menu of NeurIPS 2020-2022 (a script's hooks), and the widgets NeurIPS 2022's
#: page copied from the conference's site (each talk's collapsed details, bookmark star and
#: video player, by the conference's event numbers).
OLD_CHROME = re.compile(
    r"content-wrapper|timezoneswitcher|current_timezone_option|scheduletable"
    r"|(wse-detail|bookmark-[a-z]+|collapse(-sl)?|presentation-embed)-?\d+"
)


def old_page_paths(repo: Path) -> set[str]:
    """Every page file of the Jekyll site at any commit (Markdown or HTML, outside ``_``/``.``
    folders, which Jekyll does not publish)."""
    out = subprocess.run(
        ["git", "-C", str(repo), "log", "--all", "--name-only", "--pretty=format:"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    paths = set()
    for line in out.splitlines():
        path = PurePosixPath(line.strip())
        if not line.strip() or path.suffix not in (".md", ".html", ".markdown"):
            continue
        if any(part.startswith(("_", ".")) for part in path.parts):
            continue
        paths.add(path.as_posix())
    return paths


def current_pages(repo: Path) -> list[str]:
    """The old site's pages as its last commit has them (:func:`old_page_paths`), sorted."""
    listed = subprocess.run(["git", "-C", str(repo), "ls-files"], capture_output=True, text=True, check=True).stdout
    return sorted(old_page_paths(repo) & set(listed.splitlines()))


def url_of(page: str) -> str:
    """The URL Jekyll serves a page at: ``index.md`` -> ``/``, ``x/index.md`` -> ``/x/``,
    ``x/y.md`` -> ``/x/y.html``."""
    path = PurePosixPath(page)
    if path.stem == "index":
        parent = path.parent.as_posix()
        return "/" if parent == "." else f"/{parent}/"
    return "/" + path.with_suffix(".html").as_posix()


def old_urls(repo: Path) -> list[str]:
    """The old site's page URLs, sorted."""
    return sorted({url_of(p) for p in old_page_paths(repo)})


def old_anchors(repo: Path) -> dict[str, set[str]]:
    """Every anchor (``id``) of the old site's pages as they are at the last commit, by the URL
    that served them: a link to ``/#azalia_bio`` or ``/neurips2023/schedule.html#speakers``
    should still land there. The old layout's and NeurIPS 2022's copied widgets' ids
    (:data:`OLD_CHROME`) are left out."""
    out: dict[str, set[str]] = {}
    for page in current_pages(repo):
        ids = {i for i in OLD_ID.findall((repo / page).read_text("utf-8")) if not OLD_CHROME.fullmatch(i)}
        if ids:
            out.setdefault(url_of(page), set()).update(ids)
    return out


def file_of(outdir: Path, url_path: str) -> Path:
    """The file a static server answers ``url_path`` with (``/x/`` -> ``x/index.html``)."""
    rel = unquote(url_path).lstrip("/")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    return outdir / rel


def redirect_target(page: Path) -> str | None:
    """The URL a redirect page (``<meta http-equiv="refresh">``) sends to, else None."""
    if page.suffix != ".html":
        return None
    doc = lxml.html.fromstring(page.read_bytes())
    for meta in doc.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh":
            found = REFRESH.search(meta.get("content") or "")
            if found:
                return found.group(1).strip()
    return None


def resolve(outdir: Path, url_path: str, hops: int = 5) -> Path | None:
    """The page ``url_path`` ends on (redirects followed), or None when nothing answers."""
    url = "http://site" + url_path
    for _ in range(hops):
        path = file_of(outdir, urlsplit(url).path)
        if not path.is_file():
            return None
        target = redirect_target(path)
        if target is None:
            return path
        url = urljoin(url, target)
        if urlsplit(url).netloc != "site":
            return None
    return None


@functools.lru_cache(maxsize=4096)
def _ids(path: Path) -> frozenset[str]:
    doc = lxml.html.fromstring(path.read_bytes())
    return frozenset(str(x) for x in doc.xpath("//@id | //a/@name"))


def anchors_of(page: Path) -> frozenset[str]:
    """The ids (and ``<a name>``) of a built page: the anchors a link to it can name."""
    return _ids(page)


def pages(outdir: Path) -> list[Path]:
    """Every HTML page of the build."""
    return sorted(
        p for p in outdir.rglob("*.html") if not any(part in NOT_PAGES for part in p.relative_to(outdir).parts)
    )


def broken_links(outdir: Path) -> list[str]:
    """``"page -> href"`` for each link inside the site whose file or anchor does not exist."""
    bad = []
    for page in pages(outdir):
        doc = lxml.html.fromstring(page.read_bytes())
        base = "http://site/" + page.relative_to(outdir).as_posix()
        for href in doc.xpath("//a/@href"):
            url = urljoin(base, str(href))
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != "site":
                continue  # another site, mailto:, javascript:
            target = file_of(outdir, parts.path)
            if not target.is_file():
                bad.append(f"{page.relative_to(outdir)} -> {href}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _ids(target):
                bad.append(f"{page.relative_to(outdir)} -> {href} (no such anchor)")
    return bad

"""Does the site replace the Jekyll site, fact for fact?

For each page of the old site as its last commit has it (every edition's ``index.md``,
``schedule.md``, ``accepted_papers.md`` and ``call_for_papers.md``, and the root's pages of the
newest year), what a visitor read there is read from the page itself, not from the package's
importer: its front matter and Liquid rendered with python-liquid (the accepted papers of 2023 and
2024 are a loop over ``_data``'s CSV files), its Markdown with markdown-it, the HTML read with
lxml. Its facts are every outbound link (paper PDFs, profile links, the submission site, the
contact address), every piece of text (names, affiliations, talk and paper titles, a list of
authors taken name by name) and every time of day. Each must be on the new page the old URL
reaches (redirects followed) or on a page of the same edition that page links to: the new site
splits the old home's schedule into a page of its own, and the schedule's abstracts are on the
home, one link away.

What is deliberately not carried is listed in :data:`NOT_CARRIED`, with the reason per entry; an
entry that is carried after all fails the test too, so the list stays the one that is true.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
import pytest
import yaml
from sitecheck import current_pages, resolve, url_of

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("docs")]  # the real site, built once per worker

#: The old site's host: its own files' links (``/assets/papers/….pdf``) are read as links to it.
OLD_HOST = "https://mlforsystems.org"
#: A link to one of the old site's pages (the URL tests check that each answers), not a fact.
PAGE_SUFFIXES = ("", ".html", ".md")
#: Quotes and spaces a page may write either way.
SAME = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
#: What surrounds a fact in a text without being part of it.
AROUND = " ,.:;-–—()[]|·•*🔽\t\n"
#: Elements whose text a visitor does not read as the page's: scripts, and the time zone menus of
#: NeurIPS 2020-2022 (each zone and its cities; the site has its own zone switch).
NOT_READ = ("script", "style", "select")
#: Where a text is split into its facts when it is not found whole: a list of names ("A, B, and
#: C"), a name and an affiliation ("Farinaz Koushanfar - UCSD"), a label and a title.
PARTS = re.compile(r",\s*(?:and\s+)?|^and\s+|\s+and\s+|\s+[-–|·]\s+|:\s+|\(|\)")
#: A time of day as the old pages print one: ``9:00 AM``, ``8:40am``, ``12:20-2:00 pm``, ``11-11:30 am``.
TIME = re.compile(
    r"\b(\d{1,2})(?::(\d\d))?\s*([ap]\.?m\b\.?)?(?:\s*(?:-|–|to)\s*(\d{1,2})(?::(\d\d))?)?\s*([ap]\.?m\b\.?)?", re.I
)
#: A day before a time (NeurIPS 2022's "Sat 8:30 a.m."), not a fact of its own.
WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)\b")


def old_data(repo: Path) -> dict[str, dict[str, list[dict[str, str]]]]:
    """``site.data`` as Jekyll gives it to Liquid: ``_data/<folder>/<name>.csv`` as rows."""
    out: dict[str, dict[str, list[dict[str, str]]]] = {}
    for path in sorted((repo / "_data").rglob("*.csv")):
        rows = list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))
        out.setdefault(path.parent.name, {})[path.stem] = rows
    return out


def rendered(repo: Path, page: str) -> lxml.html.HtmlElement:
    """The old page's content as its visitor got it: Liquid, then Markdown (HTML kept), as HTML."""
    import liquid
    from markdown_it import MarkdownIt

    text = (repo / page).read_text("utf-8")
    front: dict[str, object] = {}
    if text.startswith("---"):
        _, head, text = text.split("---", 2)
        front = yaml.safe_load(head) or {}
    body = liquid.Template(text).render(site={"data": old_data(repo)}, page=front)
    # kramdown reads an indented line of the pages' HTML as HTML; CommonMark, after a blank
    # line, as code (NeurIPS 2022's schedule, copied from the conference's site, became text)
    body = "\n".join(line.lstrip() for line in body.splitlines())
    html = MarkdownIt("commonmark", {"html": True}).render(body)
    return lxml.html.fromstring(f"<div>{html}</div>")


def same_link(url: str) -> str:
    """A link as a visitor follows it: its escapes read (``%40``), http and https alike."""
    url = unquote(url.strip())
    return re.sub(r"^https?://", "//", url)


def old_links(page: lxml.html.HtmlElement) -> set[str]:
    """Every link of the old page out of it: other sites, addresses, the old site's files."""
    out = set()
    for a in page.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        url = urljoin(OLD_HOST + "/", href)
        if url.startswith(OLD_HOST) and PurePosixPath(urlsplit(url).path).suffix in PAGE_SUFFIXES:
            continue
        out.add(same_link(url))
    return out


def words(text: str) -> str:
    """``text`` as compared: quotes alike, spaces collapsed, case folded."""
    return " ".join(text.translate(SAME).replace("\\", "").split()).casefold()


def old_texts(page: lxml.html.HtmlElement) -> list[str]:
    """Each piece of text of the old page (its text nodes), as compared, in page order."""
    out = []
    for node in page.xpath("//text()"):
        if node.getparent().xpath(f"ancestor-or-self::*[{' or '.join(f'self::{t}' for t in NOT_READ)}]"):
            continue
        text = words(str(node)).strip(AROUND)
        if re.search(r"[^\W_]", text) and len(text) > 1:
            out.append(text)
    return list(dict.fromkeys(out))


def clock(hour: str, minute: str | None, half: str | None) -> set[str]:
    """The 24-hour times ``hour:minute`` may be: the one its ``half`` (am/pm) says, else both."""
    h, m = int(hour) % 12, minute or "00"
    halves = [half.lower().replace(".", "")] if half else ["am", "pm"]
    return {f"{h + (12 if x == 'pm' else 0):02d}:{m}" for x in halves}


def old_times(text: str) -> list[tuple[str, set[str]]]:
    """The times of day a text of the old page prints, each with the 24-hour times it may be."""
    out = []
    for m in TIME.finditer(text):
        h1, m1, half1, h2, m2, half2 = m.groups()
        if not (m1 or m2 or half1 or half2):
            continue  # a bare number
        out.append((m.group(0), clock(h1, m1, half1 or (None if h2 else half2))))
        if h2:
            out.append((m.group(0), clock(h2, m2, half2)))
    return out


def new_pages(built: Path, url: str) -> list[lxml.html.HtmlElement]:
    """The new page the old ``url`` reaches and the pages of its edition it links to."""
    page = resolve(built, url)
    assert page is not None, url
    out, seen = [lxml.html.fromstring(page.read_bytes())], {page.resolve()}
    for href in out[0].xpath("//a/@href"):
        if urlsplit(href).scheme or href.startswith("#"):
            continue
        target = (page.parent / unquote(href.split("#")[0])).resolve()
        same_edition = target.suffix == ".html" and target.parent == page.parent.resolve()
        if same_edition and target not in seen and target.is_file():
            seen.add(target)
            out.append(lxml.html.fromstring(target.read_bytes()))
    return out


def missing(repo: Path, built: Path, page: str) -> set[str]:
    """The facts of the old ``page`` that the new pages do not hold: ``link <url>``, ``text
    <words>``, ``time <as printed>``."""
    old = rendered(repo, page)
    new = new_pages(built, url_of(page))
    links = {same_link(urljoin(OLD_HOST + "/", h)) for p in new for h in p.xpath("//a/@href")}
    text = " ".join(words(p.text_content()) for p in new)
    out = {f"link {url}" for url in old_links(old) - links}
    for said in old_texts(old):
        times = old_times(said)
        if times and not WEEKDAY.sub("", TIME.sub("", said)).strip(AROUND):
            out |= {f"time {printed}" for printed, each in times if not any(t in text for t in each)}
        elif said not in text:
            out |= {f"text {part}" for p in PARTS.split(said) if (part := p.strip(AROUND)) and part not in text}
    return out


#: What the new site does not carry of an old page, on purpose, and why: (page, fact) -> reason.
NOT_CARRIED: dict[tuple[str, str], str] = {
    # layout: headings, link words and notes whose content the new pages give otherwise
    ("neurips2018/schedule.md", "text talk abstracts"): "the heading of the abstracts below the old schedule: the "
    "new schedule links each talk's abstract on the home, under its speaker",
    ("neurips2018/schedule.md", "text 10mn"): "'Closing Remarks (10mn)': the slot's length, which the new schedule "
    "gives as its times, 17:50–18:00",
    ("neurips2022/index.md", "text schedule overview"): "the heading of the old home's first schedule: the new "
    "schedule page is headed 'Schedule'",
    ("neurips2022/index.md", "text link »"): "the words of the copied conference schedule's OpenReview links: each "
    "link is carried (the links are checked), named by the paper's title",
    ("neurips2022/index.md", "text slideslive video »"): "the words of the copied conference schedule's video "
    "player button; its player was a script, which the new site runs none of",
    ("neurips2022/accepted_papers.md", "text equal contribution"): "the footnote '* Equal Contribution' under a "
    "list that marks no author with '*': it explained nothing on the page",
    ("neurips2021/index.md", "text tbd"): "every slot's time printed 'TBD', a placeholder: the new schedule says "
    "'unknown'",
    # one name per person: the data keeps the name the person's entry prints
    ("neurips2018/schedule.md", "text neeraja yadwadkar"): "the old schedule's abstracts name her so; her entry, "
    "and so every new page, 'Neeraja J. Yadwadkar'",
    ("neurips2022/index.md", "text stephen keckler"): "the copied conference schedule's name; his speaker entry, "
    "and so every new page, 'Steve Keckler'",
    ("schedule.md", "text azalia mirhoseni"): "a misspelling on the old 2025 schedule: every new page says 'Azalia "
    "Mirhoseini', as her speaker entry does",
    # what the page said wrongly or stood for no paper
    ("neurips2023/schedule.md", "time 12:30am"): "Lunch printed '12:30AM' between the 11:30AM and 1:30 PM slots: "
    "the new schedule shows it at 12:30",
    ("neurips2023/accepted_papers.md", "text retracted"): "the entry '[Retracted]', a withdrawn paper with no "
    "authors: no paper (the importer's placeholders)",
    (
        "neurips2023/accepted_papers.md",
        "link //mlforsystems.org/assets/papers/neurips2023/paper22.pdf",
    ): "the '(paper)' link of the '[Retracted]' entry: a withdrawn paper's PDF, which the data holds no paper for",
}


def test_the_site_holds_every_fact_of_the_old_pages(site_repo: Path, built_site: Path) -> None:
    pages = current_pages(site_repo)
    # read from the repository: every edition's pages and the root's (NeurIPS 2025's)
    assert {"index.md", "schedule.md", "call_for_papers.md", "neurips2023/accepted_papers.md"} <= set(pages)
    found = {(page, fact) for page in pages for fact in missing(site_repo, built_site, page)}
    read = sum(len(old_texts(rendered(site_repo, page))) + len(old_links(rendered(site_repo, page))) for page in pages)
    assert read > 2500  # 2708 texts and links: the facts compared, not a reading that found none
    assert sorted(found - set(NOT_CARRIED)) == []
    assert sorted(set(NOT_CARRIED) - found) == []  # carried after all: the entry goes


def test_the_facts_are_read_from_the_old_pages(site_repo: Path) -> None:
    """The reading finds what a visitor read: the 2024 papers' loop over ``_data`` gives each
    paper's PDF link; the root's call for papers its submission site; a schedule its times."""
    papers = rendered(site_repo, "neurips2024/accepted_papers.md")
    assert "//mlforsystems.org/assets/papers/neurips2024/paper4.pdf" in old_links(papers)
    assert "cubicml: automated ml for large ml systems co-design with ml prediction of performance" in old_texts(papers)
    cfp = old_links(rendered(site_repo, "call_for_papers.md"))
    assert any("openreview.net" in url for url in cfp), cfp
    assert old_times("12:20-2:00 pm") == [("12:20-2:00 pm", {"00:20", "12:20"}), ("12:20-2:00 pm", {"14:00"})]
    assert old_times("8:40am - 9:30am") == [("8:40am - 9:30am", {"08:40"}), ("8:40am - 9:30am", {"09:30"})]

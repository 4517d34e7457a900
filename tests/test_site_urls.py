"""The real site (conf.py, docs/, the shipped data): every URL the old Jekyll site ever served
answers, every internal link and anchor resolves, a sitemap lists the pages, the Pages
workflow builds it with ``make site``, and the old pages' line breaks in titles are kept."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import REPO
from sitecheck import anchors_of, broken_links, old_anchors, old_urls, pages, redirect_target, resolve

from workshop_data.model import usual_name

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("docs")]  # builds docs/ in place: one worker


def test_every_old_url_answers(site_repo: Path, built_site: Path) -> None:
    urls = old_urls(site_repo)
    # read from the history, not written here: the root, every edition's folder and pages
    known = {"/", "/schedule.html", "/call_for_papers.html", "/neurips2023/", "/neurips2023/accepted_papers.html"}
    assert known <= set(urls)
    assert "/neurips.2018/" in urls and len(urls) >= 35
    missing = [url for url in urls if resolve(built_site, url) is None]
    assert missing == []


def test_old_folder_and_root_pages_redirect_to_the_same_content(site_repo: Path, built_site: Path) -> None:
    assert resolve(built_site, "/neurips.2018/accepted_papers.html") == resolve(
        built_site, "/neurips2018/accepted_papers.html"
    )
    newest = resolve(built_site, "/schedule.html")
    assert newest is not None and newest.parent != built_site and newest.name == "schedule.html"
    assert redirect_target(built_site / "schedule.html") is not None


def test_every_anchor_of_the_old_pages_is_on_the_page_its_url_reaches(site_repo: Path, built_site: Path) -> None:
    anchors = old_anchors(site_repo)
    # read from the pages: NeurIPS 2025's speakers at the root, the speakers list of a schedule
    assert {"azalia_bio", "stoica_bio"} <= anchors["/"]
    assert "speakers" in anchors["/neurips2023/schedule.html"]
    assert "schkufza_talk" in anchors["/neurips2018/schedule.html"]
    lost = {}
    for url, ids in anchors.items():
        page = resolve(built_site, url)
        assert page is not None, url
        if ids - anchors_of(page):
            lost[url] = sorted(ids - anchors_of(page))
    assert lost == {}
    root = BeautifulSoup((built_site / "index.html").read_text("utf-8"), "html.parser")
    # the anchor is the speaker's own section (or the first thing in it), not somewhere else
    target = root.find(id="azalia_bio")
    section = target if target.name == "section" else target.find_parent("section")
    assert section.find(["h2", "h3"]).get_text(strip=True).startswith("Azalia Mirhoseini")


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    assert broken_links(built_site) == []


def test_sitemap_lists_every_page(built_site: Path) -> None:
    tree = lxml.etree.parse(str(built_site / "sitemap.xml"))
    locs = {el.text for el in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    # the root is the newest edition's home again: the sitemap lists the edition's own page
    assert "https://mlforsystems.org/index.html" not in locs
    root = BeautifulSoup((built_site / "index.html").read_text("utf-8"), "html.parser")
    assert root.find("link", rel="canonical")["href"] == "https://mlforsystems.org/neurips2025/index.html"
    assert "https://mlforsystems.org/neurips2025/index.html" in locs
    for page in pages(built_site):
        rel = page.relative_to(built_site).as_posix()
        if redirect_target(page) is None and rel not in (
            "index.html",
            "search.html",
            "genindex.html",
            "py-modindex.html",
            "404.html",
        ):
            assert f"https://mlforsystems.org/{rel}" in locs, rel
    assert "https://mlforsystems.org/404.html" not in locs  # the answer to a missing page is no page


def test_a_missing_page_gets_a_404_page_leading_to_every_edition(built_site: Path) -> None:
    """GitHub Pages answers a missing path with ``404.html`` at that path: its links, style sheets
    and scripts work from any folder (paths from the root: sphinx-notfound-page), and it leads
    to every edition's home, the people and the package's documentation."""
    page = built_site / "404.html"
    doc = lxml.html.fromstring(page.read_bytes())
    assert doc.findtext(".//h1") == "Page not found"
    urls = [str(u) for u in doc.xpath("//a/@href | //link/@href | //script/@src")]
    local = [u.partition("?")[0] for u in urls if not u.startswith(("https://", "#"))]
    assert len(local) > 20 and all(u.startswith("/") for u in local), local
    for asked in ("/neurips2031/shedule.html", "/a/b/c/", "/nosuchpage"):
        landed = {u: resolve(built_site, urljoin(asked, u)) for u in local}
        assert [u for u, found in landed.items() if found is None] == [], asked
    homes = {p.parent.name for p in built_site.glob("*/index.html") if (p.parent / "changelog.html").exists()}
    # its list of editions (the header's top bar, as a page of no edition's, has the newest's own pages)
    shown = {h.strip("/").split("/")[0] for h in doc.xpath("//nav[@class='wd-notfound']//li/a/@href")}
    assert homes - shown == {sorted(homes)[-1]}  # the newest is the root's: /index.html
    assert {"/index.html", "/people/index.html", "/package/index.html"} <= set(urls)
    assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert doc.xpath("//link[@rel='canonical']") == []  # no page of the site: the answer to a missing one


#: The bars under the top bar (sphinxext/templates/layout.html): the edition's pages on a phone, the
#: editions, the people.
BARS = "//nav[@class='wd-pages' or @class='wd-editions' or @class='wd-across']"


def test_the_404_page_has_the_sites_header(built_site: Path) -> None:
    """The 404 page had no header, then a hand-built one without the theme's search and colour
    switch: it has the theme's, as every other page: the site's title, the top bar of a page of
    no edition (the newest edition's pages, as a person's page shows them), the bar of every
    edition and the people, each a path from the site's root."""
    page, person = (lxml.html.fromstring((built_site / p).read_bytes()) for p in ("404.html", "people/index.html"))

    def bars(doc: lxml.html.HtmlElement) -> list[list[str]]:
        shown = doc.xpath(f"//header//nav | {BARS}")
        return [[a.text_content().strip() for a in nav.iter("a")] for nav in shown]

    assert bars(page) == bars(person) and len(bars(page)) == 4
    assert page.xpath("//header//a[contains(@class, 'navbar-brand')]/@href") == ["/index.html"]
    assert all(str(h).startswith("/") for h in page.xpath(f"//header//a/@href | ({BARS})//a/@href"))
    assert page.xpath("//button[contains(@class, 'theme-switch-button')]")
    assert page.xpath("//button[contains(@class, 'search-button__button')]")
    assert page.xpath("//form[@action='/search.html']")


def test_pages_workflow_builds_with_make_site_and_deploys() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    on = workflow.get("on") or workflow.get(True)  # YAML 1.1 reads a bare `on` as true
    assert on["push"]["branches"] == ["main"]
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    for action in ("actions/checkout", "actions/setup-python", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in uses, action
    assert any(step.get("run", "").strip() == "make site" for step in steps)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_build/html"
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_a_person_page_names_them_as_most_editions_print_them(built_site: Path) -> None:
    # the pages print Azalia Mirhoseini for eight editions and "Mirhosseini" for ISCA 2019 (a misprint of that
    # edition, kept on that edition's own page); NeurIPS 2025's schedule row mentions her as "Azalia Mirhoseni"
    # but her own heading on its home page prints "Azalia Mirhoseini", which names her there
    person = BeautifulSoup((built_site / "people" / "azalia-mirhoseini.html").read_text("utf-8"), "html.parser")
    assert person.find("h1").get_text(strip=True).rstrip("#") == "Azalia Mirhoseini"
    index = BeautifulSoup((built_site / "people" / "index.html").read_text("utf-8"), "html.parser")
    assert "Azalia Mirhoseini" in index.get_text() and "Mirhoseni" not in index.get_text()
    isca = BeautifulSoup((built_site / "isca2019" / "index.html").read_text("utf-8"), "html.parser")
    assert "Azalia Mirhosseini" in isca.get_text()
    for page in ("index.html", "schedule.html"):
        nips_2025 = BeautifulSoup((built_site / "neurips2025" / page).read_text("utf-8"), "html.parser").get_text()
        assert "Azalia Mirhoseini" in nips_2025 and "Mirhoseni" not in nips_2025, page
    assert usual_name(["Mirhoseini", "Mirhosseini", "Mirhoseini", "Mirhoseni"]) == "Mirhoseini"
    assert usual_name(["Xinlei Xu", "Mimee Xu"]) == "Mimee Xu"  # equals: the newest


def test_the_2024_schedule_breaks_the_two_titles_the_old_page_printed_on_two_lines(built_site: Path) -> None:
    tree = lxml.html.parse(str(built_site / "neurips2024" / "schedule.html"))
    broken = [li for li in tree.iter("li") if li.find(".//br") is not None]
    shown = [" ".join(li.text_content().split()) for li in broken]
    assert shown == [
        "Don't Transform the Code, Code the Transforms: Towards Precise Code Rewriting using LLMs",
        "Scalable RL for Systems via Offline Imitation from Multiple Baselines: A Case Study in Compiler Optimization",
    ]
    for li in broken:  # a line break element between the two lines, nothing else
        assert [el.tag for el in li.iter() if el.tag != "li"] == ["p", "br"]


def test_a_person_page_names_the_affiliation_printed_with_a_role_where_it_is_not_the_newest(built_site: Path) -> None:
    # Martin Maas: "Google DeepMind" now; NeurIPS 2020 printed "Google Brain" in its organizers and
    # "Google" in its program committee (roles.affiliations); the page showed only the newest
    page = BeautifulSoup((built_site / "people" / "martin-maas.html").read_text("utf-8"), "html.parser")
    assert page.select_one(".wd-person-about .wd-affiliation").get_text() == "Google DeepMind"
    items = [li.get_text(" ", strip=True) for li in page.select("section#at-neurips2020 .wd-activities li")]
    assert items == ["Organizing Committee ( Google Brain )", "Program Committee ( Google )"]
    newest = page.select("section[id^=at-]")[0]
    assert not newest.select(".wd-activities .wd-affiliation")  # as the page heads with: not repeated


def test_a_speakers_talk_is_one_line_on_their_page_with_its_role_and_its_slot(built_site: Path) -> None:
    # NeurIPS 2025's home page and schedule print Azalia Mirhoseini's keynote with the same title:
    # her page listed it twice ("Keynote speaker: Self-improving AI…", "Keynote: Self-improving AI…")
    page = BeautifulSoup((built_site / "people" / "azalia-mirhoseini.html").read_text("utf-8"), "html.parser")
    items = page.select("section#at-neurips2025 .wd-activities li")
    assert [li.get_text(" ", strip=True) for li in items] == [
        "Keynote speaker : Self-improving AI and the Future of Computing Systems · Keynote in the schedule"
        " · Sat 06 Dec 08:40 – 09:20 (ends when the next slot starts)"  # its day and time, as the schedule gives them
    ]
    assert [a["href"] for a in items[0].select("a")] == [
        "../neurips2025/index.html#role-1",
        "../neurips2025/schedule.html#keynote-azalia-mirhoseni",
        "../neurips2025/schedule.html#keynote-azalia-mirhoseni",
    ]
    # where the two print other titles, both lines stay (NeurIPS 2024: Jeff Dean's keynote)
    dean = BeautifulSoup((built_site / "people" / "jeff-dean.html").read_text("utf-8"), "html.parser")
    lines = [li.get_text(" ", strip=True) for li in dean.select("section#at-neurips2024 .wd-activities li")]
    keynote = "Keynote : Advances in Machine Learning for Systems · Sun 15 Dec 08:20 – 09:15"
    assert f"{keynote} (ends when the next slot starts)" in lines

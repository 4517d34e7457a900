"""import-site of an organizer's own checkout: what a Jekyll site does that the bundle's history does not.

Each test makes a small repository (the helpers of tests/test_import_site.py) and says by hand what
Jekyll would serve from it, and so what the import must read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import SHIPPED
from tests.test_import_given import data_dir as given_data_dir
from tests.test_import_given import run as run_import
from tests.test_import_given import site as given_site
from tests.test_import_site import _PAPERS_PAGE, _commit, _new_repo, _papers_csv, _seed
from workshop_data.cli import main
from workshop_data.errors import PROBLEM_MOST
from workshop_data.siteimport import planning
from workshop_data.siteimport.history import publish
from workshop_data.store import release_names
from workshop_data.validation import read_release

#: A home page of NeurIPS 2024 with two speakers, their photos and profiles linked as a Jekyll
#: site served under a base URL links them: by Liquid (``{ANY}``: filled per test) and plainly.
_HOME = (
    "---\ntitle: Home\nworkshop_name: neurips2024\n---\n<h2>Speakers</h2>\n"
    '<div class="speaker-bio"><img src="{{{{ site.baseurl }}}}/assets/images/speakers/ada.jpg">'
    "<div><h3><a href=\"{{{{ '/people/ada.html' | absolute_url }}}}\">Ada Lovelace</a></h3>"
    "<p>Analyst{}.</p></div></div>\n"
    '<div class="speaker-bio"><img src="/assets/images/speakers/bob.jpg">'
    '<div><h3><a href="{{{{ "people/bob.html" | relative_url }}}}">Bob Kahn</a></h3><p>Engineer.</p></div></div>\n'
)
#: The papers page of tests/test_import_site.py with its PDFs linked under the site's base URL.
_PAPERS = _PAPERS_PAGE.replace('href="/assets/', 'href="{{ site.url }}{{ site.baseurl }}/assets/')


def _import(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    data = tmp_path / "data"
    status = main(["import-site", str(repo), "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert status == 0, err
    return data, err


def test_links_jekyll_fills_from_the_sites_url_and_baseurl_are_read_as_the_site_served_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A page linking its photos, profiles and PDFs by {{ site.baseurl }}, `| relative_url`,
    # `| absolute_url` or {{ site.url }} was refused whole ("Liquid ... is not read"), and
    # _config.yml's url was ignored: every site path was made absolute against mlforsystems.org
    # (hattack27). Jekyll fills them from _config.yml at the commit; a plain path (/assets/...)
    # is the served site's, at its url, without the base URL (Jekyll adds none to it).
    repo = _new_repo(tmp_path / "site")
    config = 'title: ML for Systems\nurl: "https://ml4sys.example.org"\nbaseurl: "/workshop"\n'
    first = {
        "_config.yml": config,
        "schedule.md": _seed(),
        "index.md": _HOME.format(""),
        "neurips2024/accepted_papers.md": _PAPERS,
        "_data/neurips2024/papers.csv": _papers_csv('7,Ada Lovelace,Learned Index Structures,"Notes."\n'),
    }
    _commit(repo, first, "2024-11-19T12:00:00Z")
    # the site moves to its own base URL: the config alone changes, and with it the links every
    # page gives, read again from the pages' versions in force (a release of that commit; until
    # hattack29 the pages' next versions alone read it, and the site's links of 11-20 were lost)
    _commit(repo, {"_config.yml": config.replace("/workshop", "/ml4sys/")}, "2024-11-20T12:00:00Z")
    _commit(repo, {"index.md": _HOME.format(" and writer")}, "2024-11-21T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert "Liquid" not in err, err
    assert release_names("neurips2024", data) == ["2024-11-19.1200", "2024-11-20.1200", "2024-11-21.1200"]
    first_release, moved, last_release = (
        read_release(data / "neurips2024" / n) for n in release_names("neurips2024", data)
    )
    ada = next(p for p in moved.people if p.name == "Ada Lovelace")
    assert (ada.photo_url, ada.bio) == ("https://ml4sys.example.org/ml4sys//assets/images/speakers/ada.jpg", "Analyst.")
    assert [p.pdf_url for p in moved.papers] == [
        "https://ml4sys.example.org/ml4sys//assets/papers/neurips2024/paper7.pdf"
    ]
    people = {p.name: (p.photo_url, p.links) for p in first_release.people if p.name in ("Ada Lovelace", "Bob Kahn")}
    assert people == {
        "Ada Lovelace": (
            "https://ml4sys.example.org/workshop/assets/images/speakers/ada.jpg",
            ("https://ml4sys.example.org/workshop/people/ada.html",),
        ),
        "Bob Kahn": (
            "https://ml4sys.example.org/assets/images/speakers/bob.jpg",
            ("https://ml4sys.example.org/workshop/people/bob.html",),
        ),
    }
    assert [p.pdf_url for p in first_release.papers] == [
        "https://ml4sys.example.org/workshop/assets/papers/neurips2024/paper7.pdf"
    ]
    ada = next(p for p in last_release.people if p.name == "Ada Lovelace")
    assert (ada.photo_url, ada.links, ada.bio) == (
        # {{ site.baseurl }} is printed as written, its "/" and the path's both; the filters take one off
        "https://ml4sys.example.org/ml4sys//assets/images/speakers/ada.jpg",
        ("https://ml4sys.example.org/ml4sys/people/ada.html",),
        "Analyst and writer.",
    )


def test_other_liquid_is_still_refused_naming_the_commit_the_page_and_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only what Jekyll fills from _config.yml's url and baseurl is read; {{ page.title }} is not
    # (the site shows the page's title there): the version is reported, the rest imported.
    repo = _new_repo(tmp_path / "site")
    _commit(repo, {"schedule.md": _seed(), "index.md": _HOME.format("")}, "2024-11-19T12:00:00Z")
    bad = _commit(repo, {"index.md": _HOME.format(" of {{ page.title }}")}, "2024-11-20T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {bad}: index.md: line 6: Liquid ('{{{{ page.title }}}}.</p></div></div>') is"
        " not read: Jekyll runs it, and the site shows what it makes, not these words (write a { as &#123; to show it)"
    ], err
    assert release_names("neurips2024", data) == ["2024-11-19.1200"]
    ada = next(p for p in read_release(data / "neurips2024" / "2024-11-19.1200").people if p.name == "Ada Lovelace")
    # no url in _config.yml: the site is mlforsystems.org, as every page's path was read before
    assert ada.photo_url == "https://mlforsystems.org/assets/images/speakers/ada.jpg"


def test_a_problem_of_publishing_is_one_bounded_printable_line(tmp_path: Path) -> None:
    # The problems publishing.py said went into the report as they were made, not through
    # report.problem (hattack27): a data directory whose path holds a line break, or is longer than a
    # problem line may be, printed the line broken in two, or whole. Each is now said the one way.
    release = read_release(SHIPPED)
    data = tmp_path / "data\nset" / ("d" * 200) / ("e" * 200) / ("f" * 200) / ("g" * 200) / ("h" * 200) / "x"
    data = data / ("i" * 200) / ("j" * 200) / ("k" * 200) / ("l" * 200) / ("m" * 200)
    publish({"neurips2024": [release]}, data)
    schedule = data / "neurips2024" / release.name / "slots.csv"
    schedule.write_bytes(schedule.read_bytes().replace(b"Lunch", b"Brunch", 1))
    report = publish({"neurips2024": [release]}, data)
    assert len(str(data)) > PROBLEM_MOST
    [line] = report.problems
    assert line.startswith(f"{tmp_path}/data\\nset/ddd")  # the line break written as its escape
    assert line.endswith("/neurips2024/2024-11-20: exists and differs from what the history gives; kept as it is")
    assert (len(line), line.count("…"), line.count("\n")) == (PROBLEM_MOST, 1, 0)  # cut in its middle


def test_every_problem_is_said_the_one_way() -> None:
    # One way out for a problem line (report.problem: printable, bounded): no module of the import
    # adds to a report's problems itself.
    for module in Path(planning.__file__).parent.glob("*.py"):
        if module.name != "report.py":
            assert ".problems.append(" not in module.read_text(encoding="utf-8"), module.name


#: Two papers as a Jekyll data file of each kind gives them (the rows of the CSV of
#: tests/test_import_site.py's papers page), and a third whose authors are a list.
_ROWS = [
    {"id": 7, "authors": "Ada Lovelace", "title": "Learned Index Structures", "abstract": "Notes on indexes."},
    {"id": 8, "authors": "Grace Hopper, Alan Turing", "title": "Compilers, Again", "abstract": "More notes."},
]
_LISTED = {"authors": ["Alan Turing", "Alonzo Church"], "id": 9, "title": "Computability"}


def _data_file(ext: str, rows: list[dict[str, object]]) -> str:
    if ext == "json":
        return json.dumps(rows, indent=1) + "\n"
    return yaml.safe_dump(rows, sort_keys=False, width=200)


@pytest.mark.parametrize("ext", ["yml", "yaml", "json"])
def test_papers_kept_in_a_jekyll_data_file_of_yaml_or_json_are_read_as_the_csv_is(
    ext: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `{% for paper in site.data.neurips2024.papers %}` reads _data/neurips2024/papers.yml, .yaml
    # or .json as it reads papers.csv (Jekyll's data files); the import looked for the CSV alone and
    # reported the page "missing or empty" (hattack27). A bad row is said by file, row and field;
    # the edition keeps its last list; a data file changed alone is read again, as the CSV is.
    repo = _new_repo(tmp_path / "site")
    data_file = f"_data/neurips2024/papers.{ext}"
    page = {"neurips2024/accepted_papers.md": _PAPERS_PAGE, data_file: _data_file(ext, _ROWS[:1])}
    _commit(repo, {"schedule.md": _seed(), **page}, "2024-11-19T12:00:00Z")
    bad = _commit(repo, {data_file: _data_file(ext, [*_ROWS[:1], _LISTED])}, "2024-11-20T12:00:00Z")
    _commit(repo, {data_file: _data_file(ext, _ROWS)}, "2024-11-21T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {bad}: {data_file}: row 2, field 'authors': a list, which the site prints"
        " run together ({{ paper.authors }}); write it as one text"
    ], err
    assert release_names("neurips2024", data) == ["2024-11-19.1200", "2024-11-21.1200"]
    first, last = (read_release(data / "neurips2024" / n) for n in release_names("neurips2024", data))
    papers = [(p.title, p.abstract, p.pdf_url) for p in last.papers]
    assert papers == [
        (
            "Learned Index Structures",
            "Notes on indexes.",
            "https://mlforsystems.org/assets/papers/neurips2024/paper7.pdf",
        ),
        ("Compilers, Again", "More notes.", "https://mlforsystems.org/assets/papers/neurips2024/paper8.pdf"),
    ]
    assert [[a.name for a in last.authors if a.paper_id == p.paper_id] for p in last.papers] == [
        ["Ada Lovelace"],
        ["Grace Hopper", "Alan Turing"],
    ]
    assert [p.title for p in first.papers] == ["Learned Index Structures"]


def test_a_data_file_jekyll_cannot_read_is_reported_by_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Jekyll stops the site's build at a data file it cannot parse: no version of the site showed
    # it, and the edition keeps the papers it listed before.
    repo = _new_repo(tmp_path / "site")
    page = {"neurips2024/accepted_papers.md": _PAPERS_PAGE, "_data/neurips2024/papers.json": _data_file("json", _ROWS)}
    _commit(repo, {"schedule.md": _seed(), **page}, "2024-11-19T12:00:00Z")
    broken = _data_file("json", _ROWS).replace('"id": 8,', '"id": 8', 1)
    bad = _commit(repo, {"_data/neurips2024/papers.json": broken}, "2024-11-20T12:00:00Z")
    scalar = _commit(repo, {"_data/neurips2024/papers.json": '{"title": "One"}\n'}, "2024-11-21T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {bad}: _data/neurips2024/papers.json: line 10: not valid JSON (Expecting ','"
        " delimiter): Jekyll cannot read the file (the site's build stops there)",
        f"workshop-data: warning: commit {scalar}: _data/neurips2024/papers.json: row 0: not a list of papers (one"
        " mapping of fields a paper), which the loop reads",
    ], err
    assert release_names("neurips2024", data) == ["2024-11-19.1200"]


def test_a_page_whose_own_permalink_moves_it_off_its_address_is_not_read_as_the_editions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # schedule.md with `permalink: /archive/2024-old/` is served there by Jekyll, and nothing at
    # the schedule's address: it was read as the edition's schedule all the same; and program.md
    # given `permalink: /schedule.html` in a later version (not when it was added) was not looked
    # at (hattack27). A permalink of placeholders (:path, :basename…) the import cannot place: the
    # page is read at its own address, and that is said.
    seed = _seed()

    def with_permalink(permalink: str, text: str = seed) -> str:
        return text.replace("title: Schedule\n", f"title: Schedule\npermalink: {permalink}\n", 1)

    repo = _new_repo(tmp_path / "site")
    program = "---\ntitle: Program\n---\n<p>The program.</p>\n"
    _commit(repo, {"schedule.md": seed, "program.md": program}, "2024-11-19T12:00:00Z")
    moved = _commit(
        repo,
        {"schedule.md": with_permalink("/archive/2024-old/", seed.replace("Lunch Break", "Long Lunch"))},
        "2024-11-20T12:00:00Z",
    )
    _commit(repo, {"schedule.md": seed.replace("Poster Session 2", "Poster Session Two")}, "2024-11-21T12:00:00Z")
    taken = _commit(
        repo,
        {"program.md": with_permalink("/schedule.html", program.replace("Program", "Schedule"))},
        "2024-11-22T12:00:00Z",
    )
    own = _commit(
        repo,
        {"schedule.md": with_permalink("/schedule.html", seed.replace("Lunch Break", "Lunch"))},
        "2024-11-23T12:00:00Z",
    )
    placeholders = with_permalink("/:path/:basename:output_ext", seed.replace("Lunch Break", "Brunch"))
    unplaced = _commit(repo, {"schedule.md": placeholders}, "2024-11-24T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {moved}: schedule.md: its front matter's permalink '/archive/2024-old/' puts"
        " it at another address than its own, an edition's page's: the site shows it there, not as the edition's;"
        " not read",
        # schedule.md is there too, and Jekyll writes it last, by name (horg30; hattack29 said "does not say")
        f"workshop-data: warning: commit {taken}: program.md: its front matter's permalink '/schedule.html' is the"
        " address of 'schedule.md' too: Jekyll writes both there, 'schedule.md' last (it writes pages in the order"
        " of their file names), which the site shows; not read",
        f"workshop-data: warning: commit {unplaced}: schedule.md: its front matter's permalink"
        " '/:path/:basename:output_ext' is made of placeholders, whose address the import does not work out: read"
        " as the page at its own address",
    ], err
    names = release_names("neurips2024", data)
    assert names == ["2024-11-19.1200", "2024-11-21.1200", "2024-11-23.1200", "2024-11-24.1200"], (own, names)
    labels = [{s.label for s in read_release(data / "neurips2024" / n).slots} for n in names]
    assert ["Long Lunch" in x for x in labels] == [False, False, False, False]
    assert ["Poster Session Two" in x for x in labels] == [False, True, False, False]
    assert ["Brunch" in x for x in labels] == [False, False, False, True]


def test_the_import_command_reads_a_papers_page_over_a_yaml_data_file_and_names_its_bad_row(tmp_path: Path) -> None:
    # `workshop-data import --papers` reads the data file the loop reads as import-site does
    # (siteimport/given.py): papers.yml where there is no papers.csv, a bad row named by the file read.
    pages, data = given_site(tmp_path), given_data_dir(tmp_path)
    folder = pages.parent / "_data" / "mlsys2027"
    (folder / "papers.csv").unlink()
    rows = [{"id": 1, "title": "Learned Cost Models", "authors": "Hyejin Lee, Minseok Park", "award": None}]
    (folder / "papers.yml").write_text(yaml.safe_dump(rows), encoding="utf-8")
    done = run_import(pages, data, "2026-01-02", "index.md", "accepted_papers.md")
    assert done.returncode == 0, done.stderr
    release = read_release(data / "mlsys2027" / "2026-01-02")
    assert [(p.title, p.pdf_url, p.award) for p in release.papers] == [
        ("Learned Cost Models", "https://mlforsystems.org/assets/papers/mlsys2027/paper1.pdf", "")
    ]
    (folder / "papers.yml").write_text(yaml.safe_dump([{**rows[0], "award": ["Best Paper"]}]), encoding="utf-8")
    bad = run_import(pages, data, "2026-01-03", "index.md", "accepted_papers.md")
    assert (bad.returncode, bad.stderr) == (
        2,
        f"workshop-data: error: {folder.resolve() / 'papers.yml'}: row 1, field 'award': a list, which the site prints"
        " run together ({{ paper.award }}); write it as one text\n",
    )
    assert release_names("mlsys2027", data) == ["2026-01-02"]


def test_a_site_url_that_is_no_web_address_is_reported_and_its_baseurl_still_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `url: mlforsystems.org` (no scheme) is no address a link can start with: said once, at the
    # commit that gave it, and not used; the base URL beside it still is ({{ site.baseurl }}).
    repo = _new_repo(tmp_path / "site")
    config = "url: mlforsystems.org\nbaseurl: /ws\n"
    bad = _commit(
        repo, {"_config.yml": config, "schedule.md": _seed(), "index.md": _HOME.format("")}, "2024-11-19T12:00:00Z"
    )
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {bad}: _config.yml: its url 'mlforsystems.org' is no http(s) address: not"
        " used (the pages' paths are read as https://mlforsystems.org's)"
    ], err
    ada = next(p for p in read_release(data / "neurips2024" / "2024-11-19.1200").people if p.name == "Ada Lovelace")
    assert (ada.photo_url, ada.links) == (
        "https://mlforsystems.org/ws/assets/images/speakers/ada.jpg",
        ("https://mlforsystems.org/ws/people/ada.html",),
    )


#: A papers page looping over its data file's ``pdf`` column, printed through ``{filter}`` (filled
#: per test: `` | relative_url``, `` | absolute_url`` or nothing), with Liquid's whitespace control.
_FILTERED_PAPERS = (
    "---\ntitle: Accepted Papers\n---\n"
    '<section class="main-content accepted_papers_section">\n'
    "{{%- for paper in site.data.neurips2024.papers -%}}\n"
    "<p><details><summary><b>\n  {{{{- paper.title -}}}}\n</b>. {{{{ paper.authors -}}}}.</summary>\n"
    '<p>{{{{paper.abstract}}}} <a href="{{{{ paper.pdf{filter} }}}}"><b>(paper)</b></a></p>\n'
    "</details></p>\n{{%- endfor %}}\n</section>\n"
)
#: Its data file: a PDF linked from the site's root, one at another site, one written without a
#: leading ``/``.
_PDFS = (
    "pdf,authors,title,abstract\n"
    "/assets/papers/p7.pdf,Ada Lovelace,Learned Index Structures,Notes.\n"
    "https://arxiv.org/pdf/1.pdf,Grace Hopper,Compilers That Learn,Again.\n"
    "papers/p9.pdf,Bob Kahn,Routing by Gradient,More.\n"
)


def test_a_papers_loop_printing_a_field_through_relative_url_or_absolute_url_is_read_as_jekyll_fills_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `{{ paper.pdf | relative_url }}` inside the loop (the way Jekyll's docs link a file under
    # the base URL) refused the version ("the Liquid output ... is not read"), and so did `{{-`
    # / `-}}` outside it (hattack29). Jekyll prints relative_url as the base URL and the value
    # (given a leading "/"), absolute_url with the site's url before it, a URL with a scheme as
    # it is; the whitespace control only takes the spaces beside it away.
    repo = _new_repo(tmp_path / "site")
    config = 'url: "https://ml4sys.example.org"\nbaseurl: "/workshop"\n'
    home = (
        "---\ntitle: Home\nworkshop_name: neurips2024\n---\n<h2>Speakers</h2>\n"
        '<div class="speaker-bio"><img src="{{- site.baseurl -}}/assets/ada.jpg">'
        "<div><h3>Ada Lovelace</h3><p>Analyst.</p></div></div>\n"
    )
    files = {"_config.yml": config, "schedule.md": _seed(), "neurips2024/index.md": home}
    _commit(repo, {**files, "_data/neurips2024/papers.csv": _PDFS}, "2024-11-19T12:00:00Z")
    _commit(
        repo,
        {"neurips2024/accepted_papers.md": _FILTERED_PAPERS.format(filter=" | relative_url")},
        "2024-11-20T12:00:00Z",
    )
    _commit(
        repo,
        {"neurips2024/accepted_papers.md": _FILTERED_PAPERS.format(filter=" | absolute_url")},
        "2024-11-21T12:00:00Z",
    )
    data, err = _import(repo, tmp_path, capsys)
    assert err == "", err
    names = release_names("neurips2024", data)
    assert names == ["2024-11-19.1200", "2024-11-20.1200"]  # absolute_url prints the same links here
    papers = read_release(data / "neurips2024" / names[1]).papers
    assert [(p.title, p.pdf_url) for p in papers] == [
        ("Learned Index Structures", "https://ml4sys.example.org/workshop/assets/papers/p7.pdf"),
        ("Compilers That Learn", "https://arxiv.org/pdf/1.pdf"),
        ("Routing by Gradient", "https://ml4sys.example.org/workshop/papers/p9.pdf"),
    ]
    ada = next(p for p in read_release(data / "neurips2024" / names[0]).people if p.name == "Ada Lovelace")
    assert ada.photo_url == "https://ml4sys.example.org/workshop/assets/ada.jpg"


def test_a_link_without_a_leading_slash_is_read_against_the_pages_own_address_as_a_browser_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `<a href="papers/p7.pdf">` on neurips2024/accepted_papers.md was read against the site's
    # root (https://mlforsystems.org/papers/p7.pdf), where a browser reads it against the page's
    # address: Jekyll serves the page at /neurips2024/accepted_papers.html (its folder's), or at
    # its permalink (hattack29). The same goes for a row a papers loop prints (`{{ paper.pdf }}`
    # of a value without a "/") and for a speaker's photo on the edition's home page.
    repo = _new_repo(tmp_path / "site")
    home = (
        "---\ntitle: Home\nworkshop_name: neurips2024\n---\n<h2>Speakers</h2>\n"
        '<div class="speaker-bio"><img src="images/ada.jpg">'
        "<div><h3>Ada Lovelace</h3><p>Analyst.</p></div></div>\n"
    )
    static = _FILTERED_PAPERS.format(filter="")
    _commit(
        repo,
        {
            "schedule.md": _seed(),
            "neurips2024/index.md": home,
            "neurips2024/accepted_papers.md": static,
            "_data/neurips2024/papers.csv": _PDFS,
        },
        "2024-11-19T12:00:00Z",
    )
    moved = static.replace("---\n<section", "permalink: /neurips2024/accepted_papers/\n---\n<section")
    _commit(repo, {"neurips2024/accepted_papers.md": moved}, "2024-11-20T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err == "", err
    first, second = (read_release(data / "neurips2024" / n) for n in release_names("neurips2024", data))
    ada = next(p for p in first.people if p.name == "Ada Lovelace")
    assert ada.photo_url == "https://mlforsystems.org/neurips2024/images/ada.jpg"
    assert [p.pdf_url for p in first.papers] == [
        "https://mlforsystems.org/assets/papers/p7.pdf",
        "https://arxiv.org/pdf/1.pdf",
        "https://mlforsystems.org/neurips2024/papers/p9.pdf",
    ]
    # served at /neurips2024/accepted_papers/ (Jekyll writes neurips2024/accepted_papers/index.html)
    assert second.papers[2].pdf_url == "https://mlforsystems.org/neurips2024/accepted_papers/papers/p9.pdf"


def test_papers_kept_in_a_tsv_data_file_are_read_as_jekyll_reads_it_before_a_csv_of_the_same_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Jekyll reads _data/<edition>/papers.tsv (Ruby's CSV, its columns apart by tabs) and, its
    # data reader reading *.{yaml,yml,json,csv,tsv} in that order, a .tsv last: beside a CSV of the
    # same name, the TSV's papers are the site's. The import never read a .tsv (hattack29): the
    # page kept the CSV's papers, or was reported "missing or empty". A bad row is said by file and
    # row; the edition keeps its last list.
    repo = _new_repo(tmp_path / "site")
    tsv = "_data/neurips2024/papers.tsv"
    header = "id\tauthors\ttitle\tabstract\n"
    csv = {"_data/neurips2024/papers.csv": _papers_csv('7,Ada Lovelace,Learned Index Structures,"Notes."\n')}
    _commit(
        repo, {"schedule.md": _seed(), "neurips2024/accepted_papers.md": _PAPERS_PAGE, **csv}, "2024-11-19T12:00:00Z"
    )
    grace = '8\tGrace Hopper, Ada Lovelace\tCompilers That Learn\t"Tabs, commas and ""quotes""."\n'
    _commit(repo, {tsv: header + grace}, "2024-11-20T12:00:00Z")
    bad = _commit(
        repo, {tsv: header + grace + "9\tAlan Turing\tA Title Without Its Abstract\n"}, "2024-11-21T12:00:00Z"
    )
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {bad}: _data/neurips2024/papers.tsv: row 2: 3 fields where the header names 4"
    ], err
    assert release_names("neurips2024", data) == ["2024-11-19.1200", "2024-11-20.1200"]
    last = read_release(data / "neurips2024" / "2024-11-20.1200")
    assert [(p.title, p.abstract, p.pdf_url) for p in last.papers] == [
        (
            "Compilers That Learn",
            'Tabs, commas and "quotes".',
            "https://mlforsystems.org/assets/papers/neurips2024/paper8.pdf",
        )
    ]
    assert [a.name for a in last.authors] == ["Grace Hopper", "Ada Lovelace"]


def test_a_yaml_data_files_floats_and_times_are_printed_as_jekyll_prints_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A papers loop prints a YAML data file's float or time as Ruby writes it (Jekyll reads the
    # file with SafeYAML: a time is DateTime.parse(...).to_time, its offset kept); the import
    # printed them the Python way, 1e-05 and 2024-12-14T10:30:00-08:00 (hattack29). Each value
    # below is what `ruby -rdate -e 'puts 1.0e-05.to_s'` and
    # `DateTime.parse("2024-12-14 10:30:00-08:00").to_time.to_s` print (Ruby 3.1).
    repo = _new_repo(tmp_path / "site")
    rows = (
        "- {id: 7, authors: Ada Lovelace, title: Learned Index Structures, abstract: 1.0e-05}\n"
        "- {id: 1.0e+16, authors: Grace Hopper, title: Compilers That Learn, abstract: 2024-12-14 10:30:00-08:00}\n"
        "- {id: .inf, authors: Bob Kahn, title: Routing by Gradient, abstract: 2024-12-14 09:00:00.25}\n"
    )
    page = {"neurips2024/accepted_papers.md": _PAPERS_PAGE, "_data/neurips2024/papers.yml": rows}
    _commit(repo, {"schedule.md": _seed(), **page}, "2024-11-19T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err == "", err
    papers = read_release(data / "neurips2024" / "2024-11-19.1200").papers
    assert [(p.abstract, p.pdf_url) for p in papers] == [
        ("1.0e-05", "https://mlforsystems.org/assets/papers/neurips2024/paper7.pdf"),
        ("2024-12-14 10:30:00 -0800", "https://mlforsystems.org/assets/papers/neurips2024/paper1.0e+16.pdf"),
        ("2024-12-14 09:00:00 +0000", "https://mlforsystems.org/assets/papers/neurips2024/paperInfinity.pdf"),
    ]


def test_a_page_whose_permalink_is_an_editions_page_address_is_read_as_that_page_unless_another_has_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # program.md whose front matter says `permalink: /schedule.html` is what the site shows at
    # the schedule's address (Jekyll writes it there); it was reported and not read (hattack27,
    # hattack29): the edition kept its last schedule.md. It is read as the schedule now, while no
    # other page has the address: where two have it, Jekyll writes schedule.md last, by name
    # (test_where_two_pages_have_an_editions_address_the_site_shows_the_one_jekyll_writes_last),
    # and program.md is reported, not read.
    seed = _seed()
    program = seed.replace("title: Schedule\n", "title: Schedule\npermalink: /schedule.html\n", 1)
    repo = _new_repo(tmp_path / "site")
    _commit(repo, {"schedule.md": seed}, "2024-11-19T12:00:00Z")
    (repo / "schedule.md").unlink()
    _commit(repo, {"program.md": program.replace("Lunch Break", "Long Lunch")}, "2024-11-20T12:00:00Z")
    _commit(repo, {"schedule.md": seed.replace("Lunch Break", "Brunch")}, "2024-11-21T12:00:00Z")
    again = _commit(repo, {"program.md": program.replace("Lunch Break", "Late Lunch")}, "2024-11-22T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {again}: program.md: its front matter's permalink '/schedule.html' is"
        " the address of 'schedule.md' too: Jekyll writes both there, 'schedule.md' last (it writes pages in the"
        " order of their file names), which the site shows; not read",
    ], err
    assert release_names("neurips2024", data) == ["2024-11-19.1200", "2024-11-20.1200", "2024-11-21.1200"]
    labels = {s.label for s in read_release(data / "neurips2024" / "2024-11-20.1200").slots}
    assert "Long Lunch" in labels and "Lunch Break" not in labels


def test_a_front_matters_floats_and_times_are_printed_as_jekyll_prints_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The layout prints the front matter's values ({{ page.site_title }}, {{ page.title }}) as Ruby
    # writes them: Jekyll reads the front matter with SafeYAML, as it reads a data file, and a
    # float or a time is printed as a papers loop prints it (hattack29's test above); the import
    # printed them the Python way, 1e-05 and 2024-12-14 10:30:00-08:00 (horg30). Each value below
    # is what `ruby -rdate -e 'puts 1.0e-05.to_s'` and
    # `DateTime.parse("2024-12-14 10:30:00 -0800").to_time.to_s` print (Ruby 3.1).
    seed = _seed().replace("site_title: ML For Systems\n", "site_title: 1.0e-05\n", 1)
    seed = seed.replace("title: Schedule\n", "title: 2024-12-14 10:30:00 -0800\n", 1)
    repo = _new_repo(tmp_path / "site")
    _commit(repo, {"schedule.md": seed}, "2024-11-19T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err == "", err
    workshop = read_release(data / "neurips2024" / "2024-11-19.1200").workshop
    assert (workshop.site_title, workshop.page_title) == ("1.0e-05", "2024-12-14 10:30:00 -0800")


def test_a_quoted_empty_value_through_relative_url_is_the_base_url_as_jekyll_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ruby's CSV reads a quoted empty field ("") as an empty text and an unquoted one as nil
    # (`ruby -rcsv -e 'p CSV.parse(%(pdf\n""\n\n), headers: true).map(&:to_hash)'`); Jekyll's
    # relative_url returns nil for nil, and for "" the base URL (jekyll/filters/url_filters.rb:
    # `return if input.nil?`, then the base URL and the input each given a leading "/" unless
    # empty). The import printed nothing for both (horg30): the (paper) link of the quoted row is
    # the base URL on the site. YAML's `pdf: ""` is the same text; `pdf:` (null) prints nothing.
    repo = _new_repo(tmp_path / "site")
    config = 'url: "https://ml4sys.example.org"\nbaseurl: "/workshop"\n'
    rows = (
        "pdf,authors,title,abstract\n"
        '"",Ada Lovelace,Learned Index Structures,Notes.\n'
        ",Grace Hopper,Compilers That Learn,Again.\n"
    )
    page = _FILTERED_PAPERS.format(filter=" | relative_url")
    files = {"_config.yml": config, "schedule.md": _seed(), "neurips2024/accepted_papers.md": page}
    _commit(repo, {**files, "_data/neurips2024/papers.csv": rows}, "2024-11-19T12:00:00Z")
    (repo / "_data/neurips2024/papers.csv").unlink()
    yml = (
        "- {pdf: '', authors: Ada Lovelace, title: Learned Index Structures, abstract: Notes.}\n"
        "- {pdf: null, authors: Grace Hopper, title: Compilers That Learn, abstract: Again.}\n"
    )
    _commit(repo, {"_data/neurips2024/papers.yml": yml}, "2024-11-20T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err == "", err
    names = release_names("neurips2024", data)
    assert names == ["2024-11-19.1200"]  # the YAML file prints the same links
    papers = read_release(data / "neurips2024" / names[0]).papers
    assert [(p.title, p.pdf_url) for p in papers] == [
        ("Learned Index Structures", "https://ml4sys.example.org/workshop"),
        ("Compilers That Learn", ""),
    ]


def test_a_problem_after_whitespace_control_took_line_breaks_is_named_by_the_files_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `{{-` and `-}}` take the white space beside the output away, line breaks too: the import
    # read the text Jekyll makes, and named a later problem by that text's line, fewer by the line
    # breaks taken (hattack29 left it said in a comment of pages._TRIMMING). The organizer opens
    # the file: the problem is named by its line there (horg30).
    repo = _new_repo(tmp_path / "site")
    home = (
        "---\ntitle: Home\nworkshop_name: neurips2024\n---\n<h2>Speakers</h2>\n"  # lines 1-5
        '<div class="speaker-bio"><img src="\n'  # line 6
        "  {{- site.baseurl -}}\n"  # line 7
        '  /assets/ada.jpg">\n'  # line 8
        "<div><h3>Ada Lovelace</h3><p>Analyst of {{ page.title }}.</p></div></div>\n"  # line 9
    )
    papers = (
        "---\ntitle: Accepted Papers\n---\n"  # lines 1-3
        '<section class="main-content accepted_papers_section">\n<div>Our papers are at\n'  # lines 4-5
        "  {{- site.baseurl -}}\n  /papers/.</div>\n"  # lines 6-7
        "{% for paper in site.data.neurips2024.papers %}\n"  # line 8
        "<p><b>{{ paper.title | upcase }}</b>. {{ paper.authors }}.</p>\n"  # line 9
        "{% endfor %}\n</section>\n"
    )
    csv = {"_data/neurips2024/papers.csv": _papers_csv('7,Ada Lovelace,Learned Index Structures,"Notes."\n')}
    first = _commit(repo, {"schedule.md": _seed(), "neurips2024/index.md": home}, "2024-11-19T12:00:00Z")
    second = _commit(repo, {"neurips2024/accepted_papers.md": papers, **csv}, "2024-11-20T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {first}: neurips2024/index.md: line 9: Liquid ('{{{{ page.title }}}}.</p>"
        "</div></div>') is not read: Jekyll runs it, and the site shows what it makes, not these words (write a {"
        " as &#123; to show it)",
        f"workshop-data: warning: commit {second}: neurips2024/accepted_papers.md: line 9: the Liquid output"
        " {{ paper.title | upcase }} is not read",
    ], err
    assert release_names("neurips2024", data) == ["2024-11-19.1200"]


def _linked_papers(link: str) -> str:
    """A papers page of NeurIPS 2024 whose loop links each title by ``link`` (an attribute as written)."""
    return (
        '---\ntitle: Accepted Papers\n---\n<section class="main-content accepted_papers_section">\n'
        "{% for paper in site.data.neurips2024.papers %}\n"
        f'<p><a class="paper" href={link}><b>{{{{ paper.title }}}}</b></a>. {{{{ paper.authors }}}}.</p>\n'
        "{% endfor %}\n</section>\n"
    )


def test_a_link_holding_a_loop_output_anywhere_is_read_as_a_browser_reads_the_rendered_attribute(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only an href that started with the loop's output, found by a 64-character look-back, was
    # read in each row where the page is served; one with a path before the output was joined
    # before the row's value was in it, and one with a space before the output, or its `href=`
    # further back than 64 characters, was read against the site's root (horg30). A browser reads
    # the attribute the row renders against the page's address (WHATWG URL: the space stripped,
    # "../" resolved), /neurips2024/accepted_papers.html here.
    repo = _new_repo(tmp_path / "site")
    csv = {"_data/neurips2024/papers.csv": "pdf,authors,title\n../assets/p7.pdf,Ada Lovelace,Learned Indexes\n"}
    files = {"schedule.md": _seed(), **csv}
    _commit(
        repo,
        {**files, "neurips2024/accepted_papers.md": _linked_papers('"papers/{{ paper.pdf }}"')},
        "2024-11-19T12:00:00Z",
    )
    _commit(repo, {"neurips2024/accepted_papers.md": _linked_papers('" {{ paper.pdf }}"')}, "2024-11-20T12:00:00Z")
    far = _linked_papers(" " * 70 + '"{{ paper.pdf }}"')
    _commit(
        repo,
        {
            "neurips2024/accepted_papers.md": far,
            "_data/neurips2024/papers.csv": csv["_data/neurips2024/papers.csv"].replace("../assets/", ""),
        },
        "2024-11-21T12:00:00Z",
    )
    data, err = _import(repo, tmp_path, capsys)
    assert err == "", err
    names = release_names("neurips2024", data)
    assert [[p.pdf_url for p in read_release(data / "neurips2024" / n).papers] for n in names] == [
        ["https://mlforsystems.org/neurips2024/assets/p7.pdf"],
        ["https://mlforsystems.org/assets/p7.pdf"],
        ["https://mlforsystems.org/neurips2024/p7.pdf"],
    ]


def test_where_two_pages_have_an_editions_address_the_site_shows_the_one_jekyll_writes_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Jekyll sorts its pages by file name and writes them in that order (jekyll/reader.rb's
    # sort_files!: `site.pages.sort_by!(&:name)`, since 3.0; site.rb's write), one over the other
    # at a shared address: of program.md with `permalink: /schedule.html` and schedule.md, the
    # site shows schedule.md, and program.md once schedule.md is deleted; schedule.md again once it
    # is back. The import reported either "not read" as the one that came, and on schedule.md's
    # deletion kept its last version, though program.md, unchanged, was then the site's (horg30).
    seed = _seed()
    program = seed.replace("title: Schedule\n", "title: Schedule\npermalink: /schedule.html\n", 1)
    repo = _new_repo(tmp_path / "site")
    both = _commit(
        repo, {"schedule.md": seed, "program.md": program.replace("Lunch Break", "Long Lunch")}, "2024-11-19T12:00:00Z"
    )
    (repo / "schedule.md").unlink()
    _commit(repo, {}, "2024-11-20T12:00:00Z")  # schedule.md deleted, program.md as it was
    _commit(repo, {"schedule.md": seed.replace("Lunch Break", "Brunch")}, "2024-11-21T12:00:00Z")
    hidden = _commit(repo, {"program.md": program.replace("Lunch Break", "Late Lunch")}, "2024-11-22T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    shown = (
        " too: Jekyll writes both there, 'schedule.md' last (it writes pages in the order of their file names),"
        " which the site shows; not read"
    )
    assert err.splitlines() == [
        f"workshop-data: warning: commit {both}: program.md: its front matter's permalink '/schedule.html' is the"
        f" address of 'schedule.md'{shown}",
        f"workshop-data: warning: commit {hidden}: program.md: its front matter's permalink '/schedule.html' is the"
        f" address of 'schedule.md'{shown}",
    ], err
    names = release_names("neurips2024", data)
    assert names == ["2024-11-19.1200", "2024-11-20.1200", "2024-11-21.1200"]
    labels = [{s.label for s in read_release(data / "neurips2024" / n).slots} for n in names]
    assert [[x in shown for x in ("Lunch Break", "Long Lunch", "Brunch")] for shown in labels] == [
        [True, False, False],
        [False, True, False],
        [False, False, True],
    ]


def test_a_page_written_after_the_editions_page_hides_it_until_it_is_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # timetable.md sorts after schedule.md: at /schedule.html Jekyll writes it last, and the site
    # shows it; schedule.md's versions meanwhile are shown nowhere, and once timetable.md is
    # deleted, schedule.md, unchanged since, is the site's again (horg30: it was read only at its
    # next change).
    seed = _seed()
    timetable = seed.replace("title: Schedule\n", "title: Schedule\npermalink: /schedule.html\n", 1)
    repo = _new_repo(tmp_path / "site")
    _commit(repo, {"schedule.md": seed}, "2024-11-19T12:00:00Z")
    _commit(repo, {"timetable.md": timetable.replace("Lunch Break", "Long Lunch")}, "2024-11-20T12:00:00Z")
    hidden = _commit(repo, {"schedule.md": seed.replace("Lunch Break", "Brunch")}, "2024-11-21T12:00:00Z")
    (repo / "timetable.md").unlink()
    _commit(repo, {}, "2024-11-22T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert err.splitlines() == [
        f"workshop-data: warning: commit {hidden}: schedule.md: its address is also 'timetable.md''s (its front"
        " matter's permalink): Jekyll writes both there, 'timetable.md' last (it writes pages in the order of their"
        " file names), which the site shows; not read",
    ], err
    names = release_names("neurips2024", data)
    assert names == ["2024-11-19.1200", "2024-11-20.1200", "2024-11-22.1200"]
    labels = [{s.label for s in read_release(data / "neurips2024" / n).slots} for n in names]
    assert [[x in shown for x in ("Lunch Break", "Long Lunch", "Brunch")] for shown in labels] == [
        [True, False, False],
        [False, True, False],
        [False, False, True],
    ]


def test_links_through_jekylls_url_filters_are_normalized_as_addressable_prints_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Jekyll 4's relative_url and absolute_url print Addressable::URI.parse(...).normalize.to_s
    # (jekyll/filters/url_filters.rb): the import printed the text joined and nothing more, so
    # `{{ "" | absolute_url }}` without a baseurl was "https://ML4Sys.example.org", where the site
    # prints "https://ml4sys.example.org/", and a path with a space or an "é" kept them raw. Each
    # expected link is what Ruby 3.1 printed with addressable 2.8 (the filters' code, run alone).
    repo = _new_repo(tmp_path / "site")
    home = _HOME.replace("'/people/ada.html' | absolute_url", "'' | absolute_url").replace(
        '"people/bob.html" | relative_url', '"people/bob kahn/../b%6fb é.html" | relative_url'
    )
    home = home.replace(
        "{{{{ site.baseurl }}}}/assets/images/speakers/ada.jpg", "{{{{ '/assets/ada lovelace.jpg' | absolute_url }}}}"
    )
    files = {"_config.yml": 'url: "https://ML4Sys.example.org:443"\n', "schedule.md": _seed()}
    _commit(repo, {**files, "index.md": home.format("")}, "2024-11-19T12:00:00Z")
    data, err = _import(repo, tmp_path, capsys)
    assert "Liquid" not in err, err
    people = read_release(data / "neurips2024" / "2024-11-19.1200").people
    links = {p.name: (p.photo_url, p.links) for p in people if p.name in ("Ada Lovelace", "Bob Kahn")}
    assert links == {
        "Ada Lovelace": ("https://ml4sys.example.org/assets/ada%20lovelace.jpg", ("https://ml4sys.example.org/",)),
        "Bob Kahn": (
            "https://ml4sys.example.org/assets/images/speakers/bob.jpg",
            ("https://ml4sys.example.org/people/bob%20%C3%A9.html",),
        ),
    }


def test_where_three_pages_have_an_editions_address_the_one_jekyll_writes_last_is_read_and_the_others_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # program.md, schedule.md and timetable.md all at /schedule.html: Jekyll writes them in the
    # order of their names, timetable.md last, and the site shows it. The import knew of one file
    # taking an address: timetable.md was refused ("which the site shows it does not say"), and
    # schedule.md read, as program.md's rival alone (horg30). Once timetable.md goes, schedule.md,
    # unchanged, is the site's again; once schedule.md goes too, program.md.
    seed = _seed()
    program = seed.replace("title: Schedule\n", "title: Schedule\npermalink: /schedule.html\n", 1)
    timetable = seed.replace("title: Schedule\n", "title: Schedule\npermalink: /schedule/\n", 1)
    repo = _new_repo(tmp_path / "site")
    files = {
        "schedule.md": seed,
        "program.md": program.replace("Lunch Break", "Long Lunch"),
        "timetable.md": timetable.replace("Lunch Break", "Late Lunch"),
    }
    three = _commit(repo, files, "2024-11-19T12:00:00Z")
    hidden = _commit(repo, {"schedule.md": seed.replace("Lunch Break", "Brunch")}, "2024-11-20T12:00:00Z")
    (repo / "timetable.md").unlink()
    _commit(repo, {}, "2024-11-21T12:00:00Z")  # schedule.md, unchanged since, is the site's again
    (repo / "schedule.md").unlink()
    _commit(repo, {}, "2024-11-22T12:00:00Z")  # and then program.md
    data, err = _import(repo, tmp_path, capsys)
    last = " (it writes pages in the order of their file names), which the site shows; not read"
    assert err.splitlines() == [
        f"workshop-data: warning: commit {three}: program.md: its front matter's permalink '/schedule.html' is the"
        f" address of 'schedule.md' too, which 'timetable.md' takes too: Jekyll writes all 3 there, 'timetable.md'"
        f" last{last}",
        f"workshop-data: warning: commit {three}: schedule.md: its address is also 'program.md''s and"
        f" 'timetable.md''s (their front matters' permalinks): Jekyll writes all 3 there, 'timetable.md' last{last}",
        f"workshop-data: warning: commit {hidden}: schedule.md: its address is also 'program.md''s and"
        f" 'timetable.md''s (their front matters' permalinks): Jekyll writes all 3 there, 'timetable.md' last{last}",
    ], err
    names = release_names("neurips2024", data)
    assert names == ["2024-11-19.1200", "2024-11-21.1200", "2024-11-22.1200"]
    labels = [{s.label for s in read_release(data / "neurips2024" / n).slots} for n in names]
    assert [[x in shown for x in ("Lunch Break", "Long Lunch", "Late Lunch", "Brunch")] for shown in labels] == [
        [False, False, True, False],
        [False, False, False, True],
        [False, True, False, False],
    ]


def test_a_front_matters_infinity_and_nan_are_printed_as_jekyll_prints_them_and_refused_where_no_data_holds_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # YAML 1.1 reads .inf, -.inf, .nan (and .Inf, .NaN, .INF) as floats, in Psych as in PyYAML, and
    # Liquid prints them as Ruby's Float#to_s does: `ruby -ryaml -e 'p YAML.load("a: .Inf\nb:
    # -.inf\nc: .NaN")'` gives Infinity, -Infinity, NaN. The import refused each version whole
    # ("front matter 'title' is not text") where the site printed the word (horg30). Where such
    # a value is the workshop's day or its zone, no day or zone is it: the version is reported,
    # naming the page and the field, and the value as the site prints it; so is an edition's name
    # (workshop_name: .inf was edition 'inf').
    seed = _seed().replace("site_title: ML For Systems\n", "site_title: -.inf\n", 1)
    seed = seed.replace("title: Schedule\n", "title: .Inf\n", 1)
    repo = _new_repo(tmp_path / "site")
    _commit(repo, {"schedule.md": seed}, "2024-11-19T12:00:00Z")
    dated = _commit(
        repo, {"schedule.md": seed.replace("title: .Inf\n", "title: .Inf\ndate: .NaN\n", 1)}, "2024-11-20T12:00:00Z"
    )
    zoned = _commit(
        repo, {"schedule.md": seed.replace("title: .Inf\n", "title: .Inf\ntimezone: .nan\n", 1)}, "2024-11-21T12:00:00Z"
    )
    named = seed.replace("workshop_name: neurips2024\n", "workshop_name: .inf\n", 1)
    infinite = _commit(repo, {"schedule.md": named}, "2024-11-22T12:00:00Z")  # the edition it names: Infinity
    data, err = _import(repo, tmp_path, capsys)
    *err_lines, last = err.splitlines()
    assert last.startswith(
        f"workshop-data: warning: commit {infinite}: schedule.md: edition 'Infinity' (from its workshop_name) is not"
        " one of the reviewed editions"
    ), err
    assert err_lines == [
        f"workshop-data: warning: commit {dated}: schedule.md: front matter 'date' is NaN, expected YYYY-MM-DD",
        f"workshop-data: warning: commit {zoned}: schedule.md: front matter 'timezone' is 'NaN', not the venue's"
        " 'America/Vancouver' (--timezone; import-site: the reviewed table, siteimport/facts.py): its times would be"
        " read in a zone the page does not say; make them agree",
    ], err
    assert release_names("neurips2024", data) == ["2024-11-19.1200"]
    workshop = read_release(data / "neurips2024" / "2024-11-19.1200").workshop
    assert (workshop.site_title, workshop.page_title) == ("-Infinity", "Infinity")

"""The notebooks: committed clean, load data only through the package, and run top to bottom.

Execution uses nbclient on the ``python3`` kernelspec that ``make`` installs into .venv, from an
empty working directory (so a notebook cannot lean on a relative path), and checks what a reader
of the published page relies on: no error, no warning on stderr, the figures with titles,
labelled axes with units and legends, and the figures the analysis states about the data.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest
from conftest import REPO, require

import workshop_data as wd
from workshop_data.store import edition_names

# one pytest-xdist worker executes each notebook once (``execute`` is cached per process)
pytestmark = pytest.mark.xdist_group("notebooks")

NOTEBOOKS = REPO / "notebooks"
NAMES = tuple(sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))  # every notebook runs
KERNEL = "python3"

# Appended to a copy of each notebook before execution: reports, from inside the kernel, which
# Python runs it and every matplotlib figure the notebook left in its namespace.
PROBE = """
import json as _json, sys as _sys
from matplotlib.backends.backend_agg import FigureCanvasAgg as _Agg
from matplotlib.figure import Figure as _Figure

def _crowded(_f):
    # Texts of a figure drawn over one another: each axis's tick labels that touch their
    # neighbour's (closer than 2 px at the figure's resolution), an axis label longer than its
    # side of the plot (it runs past the plot, beside the title and the legend), and a legend's
    # entry that touches an axis label or a tick label.
    _canvas = _Agg(_f)  # the inline backend closed the figure: drawn again as it was shown
    _canvas.draw()
    _r, _out = _canvas.get_renderer(), []
    for _a in _f.axes:
        _box = _a.get_window_extent(_r)
        for _axis, _lo, _hi, _size in ((_a.xaxis, "x0", "x1", _box.width), (_a.yaxis, "y0", "y1", _box.height)):
            _ticks = [_t for _t in _axis.get_ticklabels() if _t.get_visible() and _t.get_text()]
            _spans = sorted((getattr(_e, _lo), getattr(_e, _hi), _t.get_text()) for _t in _ticks
                            for _e in [_t.get_window_extent(_r)])
            _out += [f"{_p[2]!r} / {_q[2]!r}" for _p, _q in zip(_spans, _spans[1:]) if _q[0] - _p[1] < 2]
            _label = _axis.label.get_window_extent(_r)
            if _axis.label.get_text() and getattr(_label, _hi) - getattr(_label, _lo) > _size + 1:
                _out.append(f"label {_axis.label.get_text()!r} longer than the plot")
        _legend = _a.get_legend()
        _near = [_t for _t in (_a.xaxis.label, _a.yaxis.label, *_a.get_xticklabels()) if _t.get_text()]
        for _t in _legend.get_texts() if _legend else ():
            _e = _t.get_window_extent(_r).expanded(1, 1).padded(1)
            _out += [f"legend {_t.get_text()!r} / {_n.get_text()!r}" for _n in _near
                     if _e.overlaps(_n.get_window_extent(_r))]
    return _out

print(_json.dumps({
    "prefix": _sys.prefix,
    "figures": {
        _n: {
            "suptitle": _f._suptitle.get_text() if _f._suptitle else "",
            "legends": len(_f.legends) + sum(_a.get_legend() is not None for _a in _f.axes),
            "axes": [{"title": _a.get_title(), "xlabel": _a.get_xlabel(), "ylabel": _a.get_ylabel()} for _a in _f.axes],
            "crowded": _crowded(_f),
        }
        for _n, _f in dict(globals()).items() if isinstance(_f, _Figure)
    },
}))
"""

# Ways of reaching data other than the package's loaders.
FORBIDDEN = {
    r"\bopen\(": "open()",
    r"\bread_(csv|json|excel|parquet|table|fwf)\b": "a pandas reader",
    r"\bPath\(|\bpathlib\b|\bos\.path\b|__file__": "a file path",
    r"\bsys\.path\b|\bspec_from_file_location\b|\bimportlib\b|\brunpy\b": "an import by file path",
    r"\bdata_dir\s*=": "a data directory of its own",
    r"\.(csv|json|ipynb)\b": "a file name",
}


def read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / name, as_version=4)


def code_cells(nb: nbformat.NotebookNode) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code"]


# Run before a notebook's first cell: every ``groupby`` and ``pivot_table`` not told ``observed=``
# groups a categorical by all its categories, as pandas 2.x does (the package takes pandas>=2.1);
# pandas 3 groups by those present. The ``edition`` column is a category of every edition.
PANDAS2_OBSERVED = """
import functools as _functools
import pandas as _pd

def _observed_false(_call):
    @_functools.wraps(_call)
    def _with_pandas2_default(*_args, **_kwargs):
        _kwargs.setdefault("observed", False)
        return _call(*_args, **_kwargs)
    return _with_pandas2_default

for _cls, _method in ((_pd.DataFrame, "groupby"), (_pd.Series, "groupby"), (_pd.DataFrame, "pivot_table")):
    setattr(_cls, _method, _observed_false(getattr(_cls, _method)))
_pd.pivot_table = _observed_false(_pd.pivot_table)
"""


@cache
def execute(name: str, prelude: str = "") -> tuple[nbformat.NotebookNode, dict[str, Any]]:
    """The notebook executed on the project's kernel, and the probe's report; ``prelude`` is run
    first, in a cell that is removed from the notebook returned."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient

    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        require(False, f"no {KERNEL!r} kernelspec: run `make` (it installs one into .venv)")
    nb = read(name)
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    if prelude:
        nb.cells.insert(0, nbformat.v4.new_code_cell(prelude))
    with tempfile.TemporaryDirectory() as cwd:
        NotebookClient(nb, kernel_name=KERNEL, timeout=300, resources={"metadata": {"path": cwd}}).execute()
    if prelude:
        nb.cells.pop(0)
    probe = nb.cells.pop()
    return nb, json.loads(probe.outputs[0].text)


def outputs(nb: nbformat.NotebookNode) -> list[Any]:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def text_of(nb: nbformat.NotebookNode) -> str:
    """All text a reader sees in the outputs: streams, markdown and plain reprs."""
    parts = []
    for o in outputs(nb):
        if o.output_type == "stream":
            parts.append(o.text)
        for mime in ("text/markdown", "text/plain"):
            parts.append(o.get("data", {}).get(mime, ""))
    return "\n".join(parts)


def test_every_notebook_is_there() -> None:
    assert {"quickstart.ipynb", "talk_mix.ipynb", "people_and_papers.ipynb", "schedule_changes.ipynb"} <= set(NAMES)


def test_installing_the_kernel_says_nothing_of_frozen_modules(tmp_path: Path) -> None:
    # `make` and make test-docs-floors install the kernel as this does (into another prefix here):
    # ipykernel 6.29.3, on Python 3.11, wrote the debugger's "frozen modules" warning to CI's log
    # (6.29.4 not: the extras' floor, pyproject.toml)
    done = subprocess.run(
        [sys.executable, "-m", "ipykernel", "install", "--prefix", str(tmp_path), "--name", KERNEL],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "share" / "jupyter" / "kernels" / KERNEL / "kernel.json").is_file()
    assert "frozen" not in done.stderr, done.stderr


@pytest.mark.parametrize("name", NAMES)
def test_committed_valid_and_without_outputs(name: str) -> None:
    nb = read(name)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == KERNEL
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{name}: cell {i} was committed with outputs"
            assert cell.execution_count is None, f"{name}: cell {i} was committed with an execution count"


@pytest.mark.parametrize("name", NAMES)
def test_each_edition_the_code_names_is_declared(name: str) -> None:
    # huser10: the quickstart read neurips2024 by name and declared "all" alone, so a site built
    # from data without NeurIPS 2024 ran it and stopped the build in its kernel; declared, it is
    # shown as written there (workshop_data.sphinxext.notebooks.absent)
    nb = read(name)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    named = {
        node.value
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Constant) and node.value in edition_names()
    }
    assert named <= set(nb.metadata.workshop_data.editions), f"{name}: reads {sorted(named)} by name"


@pytest.mark.parametrize("name", NAMES)
def test_one_title_then_sections(name: str) -> None:
    """myst-nb takes the page title from the first heading: one '# ' title, first, then '## ' sections."""
    nb = read(name)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), f"{name}: first cell is not a '# Title'"
    assert len(first.source.split("\n\n")) > 1, f"{name}: the title cell has no introduction"
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert len(re.findall(r"^# ", markdown, flags=re.M)) == 1
    assert re.search(r"^## ", markdown, flags=re.M), f"{name}: no section headings"


@pytest.mark.parametrize("name", NAMES)
def test_data_comes_only_through_the_package(name: str) -> None:
    cells = code_cells(read(name))
    source = "\n".join(cells)
    assert "import workshop_data as wd" in source
    for pattern, what in FORBIDDEN.items():
        assert not re.search(pattern, source), f"{name} uses {what} ({pattern})"
    for i, cell in enumerate(cells):
        tree = ast.parse(cell)  # also rejects IPython magics and shell escapes
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{name}: code cell {i} has a relative import"


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_runs_clean_on_the_projects_kernel(name: str) -> None:
    nb, probe = execute(name)
    assert Path(probe["prefix"]) == Path(sys.prefix), "the python3 kernel is not the project's .venv: run `make`"
    for i, cell in enumerate(nb.cells):
        for o in cell.get("outputs", []):
            assert o.output_type != "error", f"{name}: cell {i} raised {o.ename}"
            assert not (o.output_type == "stream" and o.name == "stderr"), f"{name}: cell {i} wrote {o.text!r}"


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_same_results_under_pandas_2s_groupby_default(name: str) -> None:
    # hanalyst11: in a fresh venv with pandas 2.3 (pyproject allows >=2.1) talk_mix stopped at its
    # second table ("cannot reindex on an axis with duplicate labels": NeurIPS 2021, whose minutes
    # are unknown, grouped in by its category) and the quickstart wrote FutureWarnings; each
    # grouping by a category says observed= so both pandas give the tables pandas 3 gives
    nb, _ = execute(name)
    again, _ = execute(name, PANDAS2_OBSERVED)
    for i, cell in enumerate(again.cells):
        for o in cell.get("outputs", []):
            assert o.output_type != "error", f"{name}: cell {i} raised {o.ename}: {o.evalue}"
    assert text_of(again) == text_of(nb)


@pytest.mark.slow
def test_quickstart_shows_every_step() -> None:
    nb, _ = execute("quickstart.ipynb")
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs, f"quickstart: code cell {i} shows nothing"
    shown = text_of(nb)
    assert "17:20:00+01:00" in shown  # the keynote on Berlin's clock
    # the first keynote of each edition on its venue's clock (wd.venue_times), not UTC's 21:25
    assert re.search(r"neurips2018\s+16:25\s+isca2019\s+09:10", shown)
    assert str(wd.releases("neurips2024")["release"].iloc[-1]) in shown
    for edition in wd.editions()["edition"]:  # "all" with groupby names every edition
        assert edition in shown


#: The notebooks that draw, and how many figures each draws at least.
DRAWN = {"talk_mix.ipynb": 7, "schedule_changes.ipynb": 2}


@pytest.mark.slow
@pytest.mark.parametrize("name", DRAWN)
def test_figures_have_titles_labels_units_and_legends(name: str) -> None:
    nb, probe = execute(name)
    figures = probe["figures"]
    assert len(figures) >= DRAWN[name], sorted(figures)
    pngs = [o for o in outputs(nb) if "image/png" in o.get("data", {})]
    assert len(pngs) == len(figures), "every figure is shown once"
    for fname, fig in figures.items():
        assert fig["legends"] >= 1, f"{fname} has no legend"
        for ax in fig["axes"]:
            assert ax["title"] or fig["suptitle"], f"{fname} has an untitled plot"
            assert ax["xlabel"], f"{fname}: {ax['title']!r} has no x label"
            labels = (ax["xlabel"], ax["ylabel"])
            assert any(re.search(r"\(.+\)", label) for label in labels), (
                f"{fname}: {ax['title']!r}: no unit in {labels}"
            )


@pytest.mark.slow
@pytest.mark.parametrize("name", DRAWN)
def test_figures_texts_stand_apart(name: str) -> None:
    # on the page the tick labels of the sectors chart ran together ("NeurIPSNeurIPSNeurIPS"),
    # the years of the who-comes-back chart too ("2018ISCA2019202020212022"), the topics chart's
    # y label ran past its plot, up beside the title, and the sectors chart's legend touched "Edition"
    _, probe = execute(name)
    crowded = {name: fig["crowded"] for name, fig in probe["figures"].items() if fig["crowded"]}
    assert not crowded, json.dumps(crowded, indent=1)


@pytest.mark.slow
def test_talk_mix_covers_every_edition_and_states_what_it_does_not_know() -> None:
    """Every edition is in the analysis; the open-ended slots are bounded by assumptions that
    say so; sectors come from the package's reviewed table, and what it lacks is listed."""
    from workshop_data import sectors

    nb, _ = execute("talk_mix.ipynb")
    shown = text_of(nb)
    source = "\n".join(code_cells(nb))
    for conference in wd.editions()["conference"]:
        assert conference in shown
    assert "(assumed)" in shown  # the plausible ends of open-ended slots are labelled as assumptions
    assert '["sector"]' in source and "SECTOR_OF" not in source  # one home: the package (load_people)
    assert "TOPICS = {" in source  # the taxonomy is written out where a reader can check it
    people = wd.load_people("all")
    for affiliations in people["affiliations"]:
        for a in affiliations:
            if sectors.affiliation_sector(a) == sectors.NOT_IN_TABLE and a in set().union(
                *people.loc[people["slots"].map(len) > 0, "affiliations"]
            ):
                assert a[:40] in shown  # an unreviewed affiliation of a speaker is listed, not hidden


def definitions(name: str, *names: str) -> dict[str, Any]:
    """The values the notebook's top-level assignments to ``names`` give, run alone (they are
    literals and builtins: no data is read)."""
    found: dict[str, Any] = {}
    for source in code_cells(read(name)):
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) in names for t in node.targets):
                exec(compile(ast.Module(body=[node], type_ignores=[]), name, "exec"), {}, found)
    assert set(found) == set(names), f"{name}: {set(names) - set(found)} not assigned"
    return found


def test_schedule_changes_counts_every_kind_of_change_the_package_reports() -> None:
    # A kind of change with no category (materials, once) falls out of the "kinds of change"
    # chart while the table beside it counts it: the two disagree without a word.
    from workshop_data.changes import CHANGES

    found = definitions("schedule_changes.ipynb", "CATEGORY", "CATEGORY_COLOURS")
    assert set(found["CATEGORY"]) == set(CHANGES)
    assert set(found["CATEGORY"].values()) == set(found["CATEGORY_COLOURS"])


def prose(name: str) -> str:
    """A notebook's Markdown as a reader reads it: one text, its lines joined by spaces."""
    return " ".join(" ".join(c.source.split()) for c in read(name).cells if c.cell_type == "markdown")


def test_talk_mix_names_the_editions_whose_papers_have_abstracts() -> None:
    # the topics section read titles "as abstracts are in the data only for NeurIPS 2023 and
    # 2024", while NeurIPS 2022's papers table gives 16 of its 19 (found by hr-user4)
    claim = re.search(r"abstracts are in the data[^)]*\)", prose("talk_mix.ipynb"))
    assert claim, "talk_mix no longer says which editions' papers have abstracts"
    papers = wd.load_papers("all")
    # observed: pandas 2 (the floor, 2.1) counts every edition of the category, 0 for those with none
    given = papers.dropna(subset=["abstract"]).groupby("edition", observed=True).size()
    years = dict(zip(wd.editions()["edition"], wd.editions()["date"].map(lambda d: str(d.year)), strict=True))
    assert len(given) >= 3
    for edition in papers["edition"].unique():
        named = years[edition] in claim.group(0)
        assert named == (edition in given), f"{edition} ({given.get(edition, 0)} abstracts): {claim.group(0)!r}"
    for edition, n in given.items():
        if n < (papers["edition"] == edition).sum():  # an edition with some abstracts says how many
            assert f"{n} of its {(papers['edition'] == edition).sum()}" in claim.group(0)


def test_talk_mix_says_who_organized_every_edition() -> None:
    # "The steering committee and a core of organizers run through every edition": NeurIPS
    # 2025's page lists no steering committee (its list is commented out), and four people
    # organized each edition up to 2024 (found by hr-user4)
    roles = wd.load_roles("all")
    organized = roles[roles["role"].astype("string").isin({"organizer", "steering"})]
    editions = organized.groupby("person_id")["edition"].agg(set)
    names = roles.drop_duplicates("person_id").set_index("person_id")["name"]
    every = set(wd.editions()["edition"])
    assert not any(e >= every for e in editions), "someone organized every edition: say so"
    before_2025 = every - {"neurips2025"}
    core = sorted(names[p] for p, e in editions.items() if e >= before_2025)
    text = prose("talk_mix.ipynb")
    assert "run through every edition" not in text
    claim = re.search(r"organized every edition from 2018 to 2024 \(([^)]*)\)", text)
    assert claim, "talk_mix does not say who organized every edition up to 2024"
    listed, what = claim.group(1).split(";")  # the names, then what they were
    assert sorted(re.split(r", (?:and )?| and ", listed)) == core
    steering = organized[organized["role"] == "steering"].groupby("edition", observed=True)["person_id"].agg(set)
    core_ids = {p for p, e in editions.items() if e >= before_2025}
    # hanalyst25: "from 2022 all four on the steering committee" hid that two were there before
    order = [str(e) for e in wd.editions()["edition"]]
    joined = {names[p]: min((e for e in steering.index if p in steering[e]), key=order.index) for p in core_ids}
    assert joined == {
        "Milad Hashemi": "neurips2020",
        "Azalia Mirhoseini": "neurips2021",
        "Anna Goldie": "neurips2022",
        "Jonathan Raiman": "neurips2022",
    }
    said = " ".join(what.split())
    became = "Milad Hashemi from 2020, Azalia Mirhoseini from 2021, the other two from 2022"
    assert f"then on the steering committee: {became}" in said
    assert [e for e in sorted(steering.index) if core_ids <= steering[e]] == [
        "neurips2022",
        "neurips2023",
        "neurips2024",
    ]


@pytest.mark.slow
def test_talk_mix_shows_papers_not_in_the_data_as_unknown_not_zero() -> None:
    # NeurIPS 2025 presented accepted papers (its spotlights) but the site lists none: the
    # stage table must not say it accepted 0.
    assert wd.load_papers("neurips2025").empty
    assert (wd.load_schedule("neurips2025")["kind"] == "contributed").any()
    nb, _ = execute("talk_mix.ipynb")
    cell = next(c for c in nb.cells if c.cell_type == "code" and "stage.rename(index=EDITION)" in c.source)
    table = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    row = next(line for line in table.splitlines() if line.startswith("NeurIPS 2025"))
    assert "<NA>" in row, row


# -- hostile data: what the notebooks print from the data is text, never markup -----------------

#: Strings a browser would run if a notebook put them into Markdown or HTML as they are.
LIVE = (
    "<svg onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "<script>alert(1)</script>",
)
#: Text matplotlib would read as TeX math, as it reads whatever lies between two '$': a syntax
#: error there ('$x^$' in the conference, every chart's axis) stopped the notebook, and so the site's
#: build from such a data directory; 'Ke$ha Mc$Donald' was drawn 'Ke*haMc*Donald'.
TEX = "$x^$"
#: Elements the rendered outputs may hold: text formatting, lists, tables, the figures.
SAFE_ELEMENTS = {"p", "strong", "em", "code", "ul", "li", "br", "div", "style", "table", "thead", "tbody"}
SAFE_ELEMENTS |= {"tr", "th", "td"}


def hostile_data_dir(root: Path) -> Path:
    """The shipped release with :data:`LIVE` in the series, conference (with :data:`TEX`: the
    charts' axes name the editions by it), venue, the labels of the slot of unknown length and the
    one marked TBD, and every person's affiliation (the talk-mix notebook lists affiliations its
    sector table does not have)."""
    import dataclasses

    from conftest import SHIPPED

    from workshop_data.datapackage import write_release
    from workshop_data.validation import read_release

    rel = read_release(SHIPPED)
    workshop = dataclasses.replace(rel.workshop, series=LIVE[0], conference=f"{LIVE[1]} {TEX}", venue=LIVE[2])
    slots = tuple(
        dataclasses.replace(s, label=LIVE[3] if s.end is None else LIVE[4]) if s.end is None or s.status == "TBD" else s
        for s in rel.slots
    )
    people = tuple(dataclasses.replace(p, affiliations=(LIVE[0],)) for p in rel.people)
    write_release(dataclasses.replace(rel, workshop=workshop, slots=slots, people=people), root)
    return root


def rendered(output: Any) -> list[str]:
    """The HTML a reader's browser gets from an output: its HTML, and its Markdown rendered as
    CommonMark with raw HTML on (as Jupyter and myst-nb render Markdown)."""
    from markdown_it import MarkdownIt

    data = output.get("data", {})
    pages = [data["text/html"]] if "text/html" in data else []
    if "text/markdown" in data:
        pages.append(MarkdownIt("commonmark", {"html": True}).render(data["text/markdown"]))
    return pages


@pytest.mark.slow
@pytest.mark.parametrize("name", ["talk_mix.ipynb", "schedule_changes.ipynb", "people_and_papers.ipynb"])
def test_an_analysis_shows_hostile_data_as_text(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bs4 import BeautifulSoup
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient

    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        require(False, f"no {KERNEL!r} kernelspec: run `make` (it installs one into .venv)")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(hostile_data_dir(tmp_path / "data")))
    nb = read(name)
    NotebookClient(nb, kernel_name=KERNEL, timeout=300, resources={"metadata": {"path": str(tmp_path)}}).execute()
    shown = ""
    if name in DRAWN:  # people_and_papers draws no chart
        assert any("image/png" in o.get("data", {}) for o in outputs(nb))  # the charts were drawn
    for output in outputs(nb):
        assert output.output_type != "error", output.get("evalue")
        for page in rendered(output):
            soup = BeautifulSoup(page, "html.parser")
            assert {tag.name for tag in soup.find_all(True)} <= SAFE_ELEMENTS, page
            assert not [t for t in soup.find_all(True) if any(a.startswith("on") for a in t.attrs)], page
            shown += soup.get_text()
    shows = {"schedule_changes.ipynb": (f"{LIVE[1]} {TEX}",)}  # it shows no affiliation
    for text in shows.get(name, (LIVE[0], f"{LIVE[1]} {TEX}")):  # an affiliation and the conference, in its tables
        assert text in shown, f"{text!r} is not shown as text"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["talk_mix.ipynb", "schedule_changes.ipynb", "people_and_papers.ipynb"])
def test_an_analysis_runs_on_data_whose_editions_list_no_schedule_yet(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edition's first release is often its call for papers alone (no slot, no paper): a data
    directory of such editions (the site builds from one, README) stopped the notebook twice, and
    the site's build with it: an empty list of booleans selected no column of the speakers, not no
    row (KeyError), and pandas' ``map`` of an empty Series of times cast it to float (TypeError)."""
    import dataclasses

    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient

    from workshop_data.datapackage import write_release

    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        require(False, f"no {KERNEL!r} kernelspec: run `make` (it installs one into .venv)")
    rel = wd.load_release("neurips2024")  # the newest: its schema holds a schedule not listed
    called = dataclasses.replace(rel, slots=(), talks=(), materials=(), corrections=(), papers=(), authors=())
    called = dataclasses.replace(called, paper_materials=(), path=None)
    write_release(called, tmp_path / "data")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))
    nb = read(name)
    NotebookClient(nb, kernel_name=KERNEL, timeout=300, resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert [o.get("evalue") for o in outputs(nb) if o.output_type == "error"] == []


@pytest.mark.slow
@pytest.mark.parametrize("name", DRAWN)
def test_figures_have_alternative_text(name: str) -> None:
    # myst-nb gave each figure's <img> its file's path as its alternative text
    # ("../../_images/86dc41aa….png"): what a screen reader read out for every chart
    nb, probe = execute(name)
    cells = [c for c in nb.cells if c.cell_type == "code" and any("image/png" in o.get("data", {}) for o in c.outputs)]
    alts = [c.metadata.get("mystnb", {}).get("image", {}).get("alt", "") for c in cells]
    assert len(cells) == len(probe["figures"]) >= DRAWN[name]
    assert all(len(alt.split()) >= 15 for alt in alts) and len(set(alts)) == len(alts), alts


# -- tables: no header cell without a name (axe-core's empty-table-header) ------------------------


def empty_headers(html: str) -> list[str]:
    """The header cells (``<th>``) of ``html`` that have no text: what a screen reader announces
    as a header with no name."""
    from bs4 import BeautifulSoup

    return [str(th) for th in BeautifulSoup(html, "html.parser").find_all("th") if not th.get_text(strip=True)]


def test_a_tables_empty_header_cells_are_data_cells() -> None:
    # pandas heads the index with an empty <th>: the corner, and beside a named index a row of
    # them under the columns (a crosstab's). table_html makes each a <td>, and nothing else changes.
    import pandas as pd
    from bs4 import BeautifulSoup

    from workshop_data.notebook import table_html

    schedule = wd.load_schedule("neurips2024")
    frames = {
        "a range index": schedule[["start", "kind", "label"]].head(3),
        "a crosstab": pd.crosstab(schedule["kind"], schedule["end_derived"]),
        "a named index": schedule.set_index("slot_id")[["label"]].head(2),
        "two levels of columns": schedule.groupby("kind", observed=True).agg({"start": ["min", "max"]}),
    }
    for what, frame in frames.items():
        theirs, ours = frame._repr_html_(), table_html(frame)
        assert ours is not None and empty_headers(theirs) and empty_headers(ours) == [], what

        def cells(html: str) -> list[tuple[str, str]]:
            return [(c.name, c.get_text()) for c in BeautifulSoup(html, "html.parser").find_all(["th", "td"])]

        changed = [(a, b) for a, b in zip(cells(theirs), cells(ours), strict=True) if a != b]
        assert changed and set(changed) == {(("th", ""), ("td", ""))}, what
    with pd.option_context("display.notebook_repr_html", False):
        assert table_html(frames["a crosstab"]) is None  # a notebook shows the text then


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_the_published_tables_have_no_empty_header_cell(name: str) -> None:
    # Every table of the published notebooks had an empty <th> above its index (90 of them):
    # axe-core's empty-table-header, the notebook pages' one violation. Checked on the tables the
    # notebook shows when run, and by axe-core itself on a page of them in Chromium.
    nb, _ = execute(name)
    tables = [o.data["text/html"] for o in outputs(nb) if "<table" in o.get("data", {}).get("text/html", "")]
    assert len(tables) >= 8, name
    assert [cell for html in tables for cell in empty_headers(html)] == [], name
    from test_site_browser import chromium_path

    executable = chromium_path()
    try:
        from axe_playwright_python.sync_playwright import Axe
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright or axe-playwright-python is not installed (pip install '.[test]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.set_content(f"<!DOCTYPE html><html lang='en'><title>{name}</title><main>{''.join(tables)}</main></html>")
        found = Axe().run(page, options={"runOnly": ["empty-table-header"]}).response
        browser.close()
    assert found["violations"] == [], name
    assert [rule["id"] for rule in found["passes"]] == ["empty-table-header"], name  # it looked at them


def _first_schedule_and_the_days(edition: str) -> tuple[Any, Any, float]:
    """The schedule of ``edition``'s first release that has one and of the last release published
    before its day began at the venue (slot id -> start), and the first one's days before the
    day (with their fraction); read by the loaders slot by slot, not through ``wd.diff`` as the
    notebook does."""
    row = wd.editions().set_index("edition").loc[edition]
    day_start = row["date"].tz_localize(row["timezone"])
    listed = wd.releases(edition).dropna(subset=["slots"])
    before = listed[listed["published"] < day_start]
    first, on_day = (wd.load_schedule(edition, release=r).set_index("slot_id") for r in before["release"].iloc[[0, -1]])
    # a row the import gave a new id is the same row where a row gone and a row new name the same
    # speakers, the only two that do (ISCA 2019's four invited talks: "invited: H. T. Kung" at 10:30
    # in 2019-06-17.2326, "Speaker" of the same id list on the day)
    gone = first[~first.index.isin(on_day.index)]
    came = on_day[~on_day.index.isin(first.index)]
    by_speakers = [df[df["speaker_ids"].map(len) > 0].groupby("speaker_ids").groups for df in (gone, came)]
    renamed = {
        ids[0]: by_speakers[1][speakers][0]
        for speakers, ids in by_speakers[0].items()
        if len(ids) == 1 and len(by_speakers[1].get(speakers, ())) == 1
    }
    first = first.rename(index=renamed)
    return first["start"], on_day["start"], (day_start - before["published"].iloc[0]).total_seconds() / 86400


def test_schedule_changes_says_how_each_first_schedule_held_until_the_day() -> None:
    # an analyst of "how schedules change before the day" found changes counted by release
    # date, not how much of each edition's first schedule still held on the day (hr-user9)
    text = prose("schedule_changes.ipynb")
    claim = re.search(r"NeurIPS (\d{4}), (\d{4}) and (\d{4}) kept every slot at its first start", text)
    assert claim, "schedule_changes does not say which editions kept their first schedule"
    names = {e: c for e, c in zip(wd.editions()["edition"], wd.editions()["conference"], strict=True)}
    kept_all, days = [], {}
    for edition in names:
        first, on_day, days[edition] = _first_schedule_and_the_days(edition)
        same = first.index.isin(on_day.index) & first.notna().to_numpy()
        # .eq: with pandas 2.1 the renamed index is object, the day's string, and == refuses them
        if same.all() and first[same].eq(on_day[first.index[same]]).all() and first.notna().all():
            kept_all.append(names[edition])
    assert kept_all == [f"NeurIPS {y}" for y in claim.groups()]
    first, on_day, _ = _first_schedule_and_the_days("neurips2018")
    removed, added = len(first.index.difference(on_day.index)), len(on_day.index.difference(first.index))
    both = first.index.intersection(on_day.index)
    kept = int(first[both].eq(on_day[both]).sum())
    said = f"of its first {len(first)} slots {removed} were removed and only {kept} kept their start"
    assert f"{said}, and {added} were added" in text
    # the soonest: every first schedule published within a week of its day, their days rounded
    # (the notebook's table gives them to a tenth: 5.7 days is "six", not the whole days "five")
    week = {e: round(d) for e, d in days.items() if d < 7}
    words = ["no", "one", "two", "three", "four", "five", "six"]
    span = " or ".join(dict.fromkeys(words[d] for d in sorted(week.values())))
    soonest = ", ".join(names[e] for e in week)
    assert f"to {span} days ({soonest})" in text
    table = next(
        o
        for c in execute("schedule_changes.ipynb")[0].cells
        if c.cell_type == "code"
        for o in c.outputs
        if "first schedule (days before)" in o.get("data", {}).get("text/html", "")
    )
    for edition, d in days.items():
        assert f"<td>{d:.1f}</td>" in table["data"]["text/html"], (edition, d)


@pytest.mark.slow
def test_schedule_changes_says_how_far_each_slot_moved_and_which_names_changed() -> None:
    # hanalyst22: the first-to-day table counted moves, not how far a slot moved nor which names
    # the pages printed otherwise by the day. Oracle: the two schedules read slot by slot
    # (_first_schedule_and_the_days), not wd.diff. Hand-checked on the pages (/tmp/p9/site):
    # NeurIPS 2024's schedule.md of its first schedule (b521f0b, 2024-11-18) prints "Panel: Jeff
    # Dean, Natasha Jacques, Tim Kraska" at 4:00 PM and Tim Kraska's retrospective at 1:00 PM;
    # its last before the day (debbc2e, 2024-12-15 01:42 UTC) the panel at 1:00 PM, "Natasha
    # Jaques", and the retrospective at 10:40 AM.
    nb, _ = execute("schedule_changes.ipynb")
    rows = shown_table(nb, "how_far.rename(index=EDITION)")
    conference = dict(zip(wd.editions()["edition"], wd.editions()["conference"], strict=True))
    for edition, name in conference.items():
        first, on_day, _ = _first_schedule_and_the_days(edition)
        both = first.index.intersection(on_day.index)
        known = first[both].notna() & on_day[both].notna()
        minutes = ((on_day[both][known] - first[both][known]).dt.total_seconds() / 60)[lambda m: m != 0]
        moved, earlier, later = (int(v) for v in rows[name][:3])
        assert (moved, earlier, later) == (len(minutes), (minutes < 0).sum(), (minutes > 0).sum()), name
        if len(minutes):
            assert float(rows[name][4]) == minutes.abs().max(), name
        else:
            assert rows[name][3:] == ["<NA>", "<NA>"], name  # no move: no median, not 0
    first, on_day, _ = _first_schedule_and_the_days("neurips2024")
    assert (f"{first['panel']:%H:%M}", f"{on_day['panel']:%H:%M}") == ("16:00", "13:00")
    kraska = "retrospective-tim-kraska"
    assert (f"{first[kraska]:%H:%M}", f"{on_day[kraska]:%H:%M}") == ("13:00", "10:40")
    said = prose("schedule_changes.ipynb")
    assert "its panel three hours earlier (16:00 to 13:00)" in said
    assert "Tim Kraska's retrospective from 13:00 to 10:40" in said
    assert rows["NeurIPS 2024"][:3] == ["6", "3", "3"]
    assert [rows[f"NeurIPS {y}"][0] for y in (2020, 2023, 2025)] == ["0", "0", "0"]
    assert "NeurIPS 2020, 2023 and 2025 moved no slot" in said
    cell = next(c for c in nb.cells if c.cell_type == "code" and '"printed on the day"' in c.source)
    names = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    assert re.search(r"NeurIPS 2024\s+Natasha Jacques\s+Natasha Jaques", names), names
    renamed = wd.diff("neurips2024", "2024-11-18.0440", "2024-12-15.0142")
    renamed = renamed[renamed["change"] == "speaker_renamed"]
    assert set(zip(renamed["old"], renamed["new"], strict=True)) == {
        ("Natasha Jacques", "Natasha Jaques"),
        ("Siva Hari", "Siva Kumar Sastry Hari"),
    }
    assert "Seven names were printed otherwise by the day" in said
    assert names.count("NeurIPS") + names.count("ISCA") == 7


@pytest.mark.slow
def test_talk_mix_counts_talks_and_keeps_unknown_counts_unknown() -> None:
    # the talk mix by count: a block of contributed talks counts its talks, and an edition whose
    # site lists neither contributed talks nor papers (NeurIPS 2021) has them <NA>, not 0
    nb, _ = execute("talk_mix.ipynb")
    cell = next(c for c in nb.cells if c.cell_type == "code" and "mix.rename(index=EDITION)" in c.source)
    table = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    rows: dict[str, list[str]] = {}  # the first block of columns (pandas wraps the rest below)
    for line in table.splitlines():
        if line[:7] in ("NeurIPS", "ISCA 20"):
            rows.setdefault(line[:12], line.split()[2:])
    assert rows["NeurIPS 2021"][:3] == ["0", "6", "<NA>"], rows["NeurIPS 2021"]
    schedule, talks = wd.load_schedule("neurips2020"), wd.load_talks("neurips2020")
    contributed = schedule[schedule["kind"] == "contributed"]
    assert rows["NeurIPS 2020"][2] == str(len(talks) + int((contributed["n_talks"] == 0).sum())) == "17"


@pytest.mark.slow
def test_quickstart_pins_a_release_that_has_a_schedule() -> None:
    # the quickstart pinned neurips2024's first release, its home page alone (no slot), showed
    # the empty schedule's attrs, and its diff to "latest" listed every slot as added
    nb, _ = execute("quickstart.ipynb")
    cell = next(c for c in nb.cells if c.cell_type == "code" and "release=first" in c.source)
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    listed = wd.releases("neurips2024").dropna(subset=["slots"])
    pinned = wd.load_schedule("neurips2024", release=listed["release"].iloc[0])
    assert len(pinned) == listed["slots"].iloc[0] > 0
    assert str(pinned["label"].iloc[0]) in shown and "2024-12-15 08:" in shown, shown
    cell = next(c for c in nb.cells if c.cell_type == "code" and "wd.diff(" in c.source)
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    assert "moved" in shown or "retitled" in shown or "label_changed" in shown, shown  # not only "added"


@pytest.mark.slow
def test_talk_mix_names_the_keynotes_its_schedules_print_as_invited_talks() -> None:
    # hanalyst11: the talk mix counts keynotes by the schedule's kind and showed NeurIPS 2019
    # and 2022 with no keynote (0 in its table, 0 % of their day), without a word, while their
    # home pages name Jeff Dean their "Keynote Speaker" (load_roles); their schedules print his
    # row "Invited Speaker". The notebook lists each such speaker, computed from the data.
    roles, schedule = wd.load_roles("all"), wd.load_schedule("all")
    keynotes = roles[roles["role"] == "keynote"]
    rows = schedule.explode("speaker_ids").dropna(subset=["speaker_ids"])
    printed = keynotes.merge(rows, left_on=["edition", "person_id"], right_on=["edition", "speaker_ids"])
    printed = printed[~printed["kind"].isin(["keynote", "panel"])]  # a keynote speaker on a panel is a panelist
    conference = dict(zip(wd.editions()["edition"], wd.editions()["conference"], strict=True))
    expected = {(conference[e], n) for e, n in zip(printed["edition"], printed["name"], strict=True)}
    assert {("NeurIPS 2019", "Jeff Dean"), ("NeurIPS 2022", "Jeff Dean")} <= expected
    nb, _ = execute("talk_mix.ipynb")
    cell = next(c for c in nb.cells if c.cell_type == "code" and "printed_as" in c.source)
    table = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    shown = {(c, n) for c, n in expected if any(c in line and n in line for line in table.splitlines())}
    assert shown == expected, table
    assert "Invited Speaker" in table  # the label the schedule prints
    assert "counted as an invited talk" in prose("talk_mix.ipynb")


# -- an analyst's pass (hanalyst13): counts that keep every change and every unknown ------------


def shown_table(nb: nbformat.NotebookNode, marker: str) -> dict[str, list[str]]:
    """The table a code cell holding ``marker`` shows, as its plain text gives it: each edition's
    row (keyed by its conference, "NeurIPS 2024") with every column's value in order, the blocks
    pandas wraps a wide table into joined again."""
    cell = next(c for c in nb.cells if c.cell_type == "code" and marker in c.source)
    table = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    rows: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line.startswith(("NeurIPS ", "ISCA ")):
            words = line.split()
            rows.setdefault(" ".join(words[:2]), []).extend(words[2:])
    assert rows, f"no table of editions in the cell of {marker!r}"
    return rows


def _changes_with_days_before() -> Any:
    """Every change of every edition (wd.history), with its days before the edition's day."""
    changes = wd.history("all").merge(wd.editions()[["edition", "day_start"]], on="edition")
    changes["days"] = (changes["day_start"] - changes["published"]).dt.total_seconds() / 86400
    return changes


@pytest.mark.slow
def test_schedule_changes_counts_every_change_before_in_and_after_its_window() -> None:
    # the table beside the charts of change counted the window (60 days before the day to 2
    # after) and what came after it, not what came before: 187 changes (NeurIPS 2019's 73,
    # 2018's 60, all 20 of NeurIPS 2021's) were in no column, and NeurIPS 2021 showed 0 changes
    # and was missing from both charts without a word
    changes = _changes_with_days_before()
    conference = dict(zip(wd.editions()["edition"], wd.editions()["conference"], strict=True))
    nb, _ = execute("schedule_changes.ipynb")
    rows = shown_table(nb, "summary.rename(index=EDITION)")
    # what an edition published after the data's newest release is not known: an edition whose
    # day began after it (NeurIPS 2025) shows <NA> on the day and after the window, not 0
    data_ends = wd.releases("all")["published"].max()
    begun = dict(zip(wd.editions()["edition"], wd.editions()["day_start"] <= data_ends, strict=True))
    for edition, n in changes.groupby("edition", observed=False).size().items():
        before, _, in_window, _, on_day, after = rows[conference[edition]]
        if begun[edition]:
            assert int(before) + int(in_window) + int(after) == n, (edition, rows[conference[edition]])
        else:
            assert int(before) + int(in_window) == n and on_day == after == "<NA>", (edition, rows[conference[edition]])
            assert f"{conference[edition]}'s counts run until the data ends" in prose("schedule_changes.ipynb")
    newest = wd.releases("all").sort_values("published").iloc[-1]
    assert f"{conference[newest['edition']]}'s of {newest['published']:%-d %B %Y}" in prose("schedule_changes.ipynb")
    assert int(rows["NeurIPS 2021"][0]) == (changes["edition"] == "neurips2021").sum() > 0
    in_window = changes[(changes["days"] <= 60) & (changes["days"] >= -2)]
    absent = [conference[e] for e in conference if e not in set(in_window["edition"])]
    assert absent == ["NeurIPS 2021"]  # the data's oracle: every other edition changed in the window
    said = re.search(
        r"NeurIPS 2021 is in neither chart: its releases came (\d+) and (\d+) days", prose("schedule_changes.ipynb")
    )
    assert said, "schedule_changes does not say why NeurIPS 2021 is not in the charts of change"
    days = changes.loc[changes["edition"] == "neurips2021", "days"].round().astype(int).unique()
    assert [int(d) for d in said.groups()] == sorted(days, reverse=True)


def test_talk_mix_says_each_edition_missing_from_the_time_on_stage_chart() -> None:
    # "invited speakers hold at least half of the talk time in every edition", under a chart
    # without NeurIPS 2021 (its talks' times "TBD": no minutes known)
    schedule = wd.load_schedule("all")
    known = set(schedule.dropna(subset=["duration"])["edition"])
    text = prose("talk_mix.ipynb")
    claim = re.search(r"Invited speakers hold at least half of the talk time in every edition[^.]*\.", text)
    assert claim, "talk_mix no longer states the invited share of talk time"
    for edition, name in zip(wd.editions()["edition"], wd.editions()["conference"], strict=True):
        if edition not in known:
            assert "whose minutes are known" in claim.group(0) and f"{name}'s" in claim.group(0), claim.group(0)


def test_talk_mix_reads_sectors_from_the_loader_and_counts_unknown_affiliations() -> None:
    # the sectors were mapped in the notebook (no loader had them), and the prose said NeurIPS's
    # speakers since 2023 "are at least half from industry" while 2 of NeurIPS 2025's 8 have no
    # affiliation given: 3 of 8 known to be industry is not half
    source = "\n".join(code_cells(read("talk_mix.ipynb")))
    assert '"sector"' in source and "person_sector" not in source and "SECTOR_OF" not in source
    roles, people = wd.load_roles("all"), wd.load_people("all")
    speaking = roles[roles["role"].isin(["keynote", "invited", "panelist"])][["edition", "person_id"]]
    speakers = speaking.drop_duplicates().merge(people, on=["edition", "person_id"])
    text = prose("talk_mix.ipynb")
    claim = re.search(r"at least half of NeurIPS's since 2023[^.]*\.", text)
    assert claim, "talk_mix no longer states the sectors of NeurIPS's speakers since 2023"
    for edition, name in zip(wd.editions()["edition"], wd.editions()["conference"], strict=True):
        of = speakers[speakers["edition"] == edition]
        if wd.load_workshop(edition)["date"].year >= 2023 and edition.startswith("neurips"):
            industry, unknown = (of["sector"] == "industry").sum(), (of["sector"] == "affiliation not given").sum()
            if unknown and industry < len(of) / 2:  # half only of the known: the prose must say so
                assert name in claim.group(0) and f"{industry} of {len(of)} speakers" in claim.group(0)


@pytest.mark.slow
def test_schedule_changes_counts_programme_changes_by_kind_and_how_late_the_last_came() -> None:
    # an analyst's question the notebook did not answer: how many changes each schedule had
    # before the day, of which kind, and how late the last came. Oracle: wd.history and
    # wd.releases read here, programme changes after the first release with a schedule
    import pandas as pd

    found = definitions("schedule_changes.ipynb", "CATEGORY")["CATEGORY"]
    changes = _changes_with_days_before()
    changes = changes[changes["change"].astype(str).map(found) == "Programme"]
    first = wd.releases("all").dropna(subset=["slots"]).groupby("edition", observed=True)["published"].min()
    conference = dict(zip(wd.editions()["edition"], wd.editions()["conference"], strict=True))
    nb, _ = execute("schedule_changes.ipynb")
    rows = shown_table(nb, "late.rename(index=EDITION)")
    # the data ends at its newest release: an edition whose day ended after it (NeurIPS 2025's,
    # whose history in the data ends three days before its day) may have changed since, so when
    # its last change came is unknown, not the last the data holds
    data_ends = wd.releases("all")["published"].max()
    day_ends = dict(zip(wd.editions()["edition"], wd.editions()["day_start"] + pd.Timedelta(days=1), strict=True))
    for edition, name in conference.items():
        of = changes[(changes["edition"] == edition) & (changes["published"] > first[edition]) & (changes["days"] > -1)]
        kinds = of["change"].astype(str).value_counts()
        total, added, removed, moved = (int(v) for v in rows[name][:4])
        assert (total, added, removed, moved) == (
            len(of),
            kinds.get("added", 0),
            kinds.get("removed", 0),
            kinds.get("moved", 0),
        ), name
        if day_ends[edition] > data_ends:
            assert rows[name][-1] == "<NA>", name
            assert f"{name}'s last is `<NA>`: the data ends with its release of" in prose("schedule_changes.ipynb")
        else:
            assert float(rows[name][-1]) == round(24 * of["days"].min(), 1), name
    assert rows["NeurIPS 2020"][0] == "125"  # its second run: added, moved twice, removed
    late_2024 = rows["NeurIPS 2024"][-1]
    assert f"NeurIPS 2024's last change came about {round(float(late_2024))} hours before the day" in prose(
        "schedule_changes.ipynb"
    )


@pytest.mark.slow
def test_talk_mix_counts_papers_authors_and_returning_authors() -> None:
    # papers per edition and authors per paper, which the notebook did not give; an edition whose
    # papers the site never listed is <NA> throughout. Oracle: wd.load_authors, counted by hand
    authors = wd.load_authors("all")
    order = [str(e) for e in wd.editions()["edition"]]
    conference = dict(zip(wd.editions()["edition"], wd.editions()["conference"], strict=True))
    nb, _ = execute("talk_mix.ipynb")
    rows = shown_table(nb, "team.rename(index=EDITION)")
    seen: set[str] = set()
    for edition in order:
        mine = authors[authors["edition"] == edition]
        row = rows[conference[edition]]
        if mine.empty:
            assert row == ["<NA>"] * 7, (edition, row)  # not listed: unknown, not 0
            continue
        per_paper = mine.groupby("paper_id").size()
        people = set(mine["person_id"])
        expected = [
            str(per_paper.size), str(len(people)), f"{per_paper.median():.1f}", str(per_paper.max()),
            str(int((per_paper == 1).sum())), str(len(people & seen)),
        ]  # fmt: skip
        assert row[:6] == expected, (edition, row)
        seen |= people
    back = rows["NeurIPS 2024"]
    assert f"{back[5]} of NeurIPS 2024's {back[1]} had a paper in an earlier edition" in prose("talk_mix.ipynb")


@pytest.mark.slow
def test_talk_mix_counts_who_comes_back_in_every_part() -> None:
    # hanalyst24: the notebook counted returning authors by papers alone and returning speakers by
    # the home pages' roles; NeurIPS 2022's spotlights name 34 people in its schedule whom
    # load_people's slots did not hold (load_people's talks does). Oracle: the schedule's and the
    # talks' own speaker_ids, the authors and the roles, as sets, edition by edition
    editions = wd.editions()
    order = [str(e) for e in editions["edition"]]
    conference = dict(zip(order, editions["conference"], strict=True))
    schedule, talks = wd.load_schedule("all"), wd.load_talks("all")
    authors, roles = wd.load_authors("all"), wd.load_roles("all")

    def ids(df: pd.DataFrame, edition: str, column: str = "person_id") -> set[str]:
        values = df.loc[df["edition"] == edition, column]
        return set(values.explode().dropna()) if column == "speaker_ids" else set(values)

    organizing = roles[roles["role"].isin(["organizer", "steering"])]
    nb, _ = execute("talk_mix.ipynb")
    rows = shown_table(nb, "came_back.rename(index=EDITION)")
    before: set[str] = set()
    authored: set[str] = set()
    came_to_stage: set[str] = set()
    for edition in order:
        parts = [
            ids(authors, edition),
            ids(schedule, edition, "speaker_ids") | ids(talks, edition, "speaker_ids"),
            ids(organizing, edition),
            ids(roles[roles["role"] == "committee"], edition),
        ]
        expected = [str(n) for part in parts for n in (len(part), len(part & before))]
        if not parts[0]:
            expected[0:2] = ["<NA>", "<NA>"]  # papers not listed: unknown
        if not parts[3]:
            expected[6:8] = ["<NA>", "<NA>"]  # no committee listed: unknown
        assert rows[conference[edition]] == expected, edition
        came_to_stage |= parts[1] & authored
        authored |= parts[0]
        before |= set().union(*parts)
    assert "natasha-jacques" in came_to_stage and len(came_to_stage) == 12
    text = prose("talk_mix.ipynb")
    mine = rows["NeurIPS 2024"]
    assert f"{mine[1]} of NeurIPS 2024's {mine[0]} authors had taken a part in an earlier edition" in text
    assert f"{len(came_to_stage)} people first listed as authors are named in a later edition's schedule" in text
    spotlights = ids(talks, "neurips2022", "speaker_ids")
    named = spotlights | ids(schedule, "neurips2022", "speaker_ids")
    assert f"every author of each spotlight ({len(spotlights)} of its {len(named)} names)" in text


def _table_rows(nb: nbformat.NotebookNode, marker: str) -> dict[str, list[str]]:
    """The rows of the text table a code cell holding ``marker`` shows, by edition, each row's
    cells of every block pandas wraps the columns into, in order."""
    cell = next(c for c in nb.cells if c.cell_type == "code" and marker in c.source)
    table = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    rows: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line[:7] in ("NeurIPS", "ISCA 20"):
            rows.setdefault(line[:12], []).extend(line[12:].split())
    return rows


@pytest.mark.slow
def test_talk_mix_counts_the_accepted_papers_given_a_talk_from_the_loaders_join() -> None:
    # "which accepted papers were given a talk" was a hand-made join; the notebook reads the
    # loaders' paper_id. Hand-checked on the pages: NeurIPS 2018's schedule has 6 contributed
    # talks of its 19 papers (ReLeQ under its earlier title); NeurIPS 2020 gave all 18 a talk, 17
    # contributed and Benoit Steiner's invited talk on his paper; NeurIPS 2021 and 2025 list none
    source = "\n".join(code_cells(read("talk_mix.ipynb")))
    assert '"paper_id"' in source and "title_key" not in source and "normalise" not in source
    nb, _ = execute("talk_mix.ipynb")
    rows = _table_rows(nb, "given.rename(index=EDITION)")
    # papers listed, given a talk, by the reviewed table, as an invited talk, share, contributed talks, unknown
    assert rows["NeurIPS 2018"] == ["19", "6", "1", "0", "31.6", "6", "0"], rows["NeurIPS 2018"]
    assert rows["NeurIPS 2020"] == ["18", "18", "1", "1", "100.0", "17", "0"], rows["NeurIPS 2020"]
    assert rows["NeurIPS 2021"] == ["<NA>"] * 7, rows["NeurIPS 2021"]
    assert rows["NeurIPS 2025"] == ["<NA>"] * 5 + ["4", "4"], rows["NeurIPS 2025"]  # spotlights, papers unlisted
    text = prose("talk_mix.ipynb")
    assert "ISCA 2019's Best Paper Award (Ithemal), went to a paper given a talk" in text
    awards = next(c for c in nb.cells if c.cell_type == "code" and "awarded = " in c.source)
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in awards.outputs)
    assert "Best Paper Award  contributed" in shown and "ISCA 2019" in shown


@pytest.mark.slow
def test_schedule_changes_shows_the_releases_of_each_day_on_its_venues_clock() -> None:
    # the notebook said NeurIPS 2020's slots "moved twice that evening": 22:38 and 22:51 in UTC,
    # 14:38 and 14:51 at the venue (Pacific time). Oracle: each release's UTC time converted by
    # zoneinfo to its edition's zone, kept where that is the edition's day there
    import datetime as dt
    import zoneinfo

    editions = wd.editions()
    zone = dict(zip(editions["edition"], editions["timezone"], strict=True))
    day = dict(zip(editions["edition"], editions["date"].dt.date, strict=True))
    listed = wd.releases("all")
    expected: dict[str, list[dt.datetime]] = {}
    changed = set(zip(wd.history("all")["edition"], wd.history("all")["release"], strict=True))
    for edition, release, published in zip(listed["edition"], listed["release"], listed["published"], strict=True):
        local = published.to_pydatetime().astimezone(zoneinfo.ZoneInfo(zone[edition]))
        if local.date() == day[edition] and (edition, release) in changed:
            expected.setdefault(edition, []).append(local)
    conference = dict(zip(editions["edition"], editions["conference"], strict=True))
    nb, _ = execute("schedule_changes.ipynb")
    rows = shown_table(nb, "day_releases.rename(index=EDITION)")
    assert set(rows) == {conference[e] for e in expected}
    for edition, times in expected.items():
        releases, _, first, last = rows[conference[edition]]
        assert (int(releases), first, last) == (len(times), f"{min(times):%H:%M}", f"{max(times):%H:%M}"), edition
    assert rows["ISCA 2019"][2:] == ["08:31", "15:43"]  # from before its 9:00 start to the afternoon
    said = prose("schedule_changes.ipynb")
    assert "moved twice that evening" not in said
    assert "hour later and back within a quarter of an hour that afternoon" in said


# -- people_and_papers: every claim of its prose, against the loaders -----------------------------

SPEAKING_ROLES = {"keynote", "invited", "panelist"}


def _presence() -> dict[str, dict[str, set[str]]]:
    """Each way a person is present (spoke, organized, committee, authored) -> person -> the
    editions, counted here from the loaders, not by the notebook's code."""
    roles = wd.load_roles("all")
    schedule = wd.load_schedule("all")
    found: dict[str, dict[str, set[str]]] = {w: {} for w in ("spoke", "organized", "committee", "authored")}

    def add(what: str, edition: Any, person: str) -> None:
        found[what].setdefault(person, set()).add(str(edition))

    for r in roles.itertuples():
        role = str(r.role)
        what = "spoke" if role in SPEAKING_ROLES else "organized" if role in ("organizer", "steering") else "committee"
        add(what, r.edition, r.person_id)
    for s in schedule.itertuples():
        if str(s.kind) in ("keynote", "invited", "panel"):
            for person in s.speaker_ids:
                add("spoke", s.edition, person)
    for a in wd.load_authors("all").itertuples():
        add("authored", a.edition, a.person_id)
    return found


def test_people_and_papers_says_who_comes_back_as_the_data_counts() -> None:
    text = prose("people_and_papers.ipynb")
    found = _presence()
    again = {w: sum(len(e) >= 2 for e in people.values()) for w, people in found.items()}
    assert {w: len(p) for w, p in found.items()} == {"spoke": 45, "organized": 20, "committee": 56, "authored": 648}
    assert again == {"spoke": 4, "organized": 14, "committee": 26, "authored": 53}
    assert "14 of the 20 people on an organizing or steering committee" in text
    assert "4 of 45" in text and "Of 648 authors, 53" in text and "26 of their 56 members" in text
    every = {p for p, e in found["organized"].items() if len(e) == 8}
    assert every == {"anna-goldie", "azalia-mirhoseini", "jonathan-raiman", "milad-hashemi"}
    assert "(Anna Goldie, Azalia Mirhoseini, Jonathan Raiman and Milad Hashemi) in all eight" in text
    spoke = found["spoke"]
    assert {p: len(e) for p, e in spoke.items() if len(e) >= 2} == {
        "jeff-dean": 4,
        "ion-stoica": 3,
        "neeraja-yadwadkar": 2,
        "tim-kraska": 2,
    }
    assert spoke["ion-stoica"] == {"neurips2018", "neurips2019", "neurips2025"}  # panel, invited, keynote
    assert {p for p, e in found["authored"].items() if len(e) >= 3} == {"jonathan-raiman", "tim-kraska"}
    # who moved between roles
    both = set(spoke) & set(found["organized"])
    assert both == {"azalia-mirhoseini", "benoit-steiner", "phitchaya-mangpo-phothilimthana"}
    assert found["organized"]["benoit-steiner"] == {"neurips2021", "neurips2022"} and spoke["benoit-steiner"] == {
        "neurips2020"
    }
    assert spoke["phitchaya-mangpo-phothilimthana"] == {"neurips2021"}
    assert min(found["organized"]["phitchaya-mangpo-phothilimthana"]) == "neurips2023"
    assert spoke["azalia-mirhoseini"] == {"neurips2025"}
    assert "neurips2025" not in found["organized"]["azalia-mirhoseini"]
    organizers = set(found["organized"])
    assert len(organizers & set(found["committee"])) == len(organizers & set(found["authored"])) == 14
    assert len(set(spoke) & set(found["authored"])) == 19
    assert "14 of the 20 organizers also sat on a committee, and 14 had a paper accepted" in text
    assert "(19 of the 45)" in text
    committees = wd.load_roles("all").query("role == 'committee'").groupby("edition", observed=True)["group"].agg(set)
    assert dict(committees) == {
        **{e: {"Program Committee"} for e in ("neurips2018", "isca2019", "neurips2019", "neurips2020")},
        "neurips2023": {"Competition Committee"},
    }


def test_people_and_papers_says_what_the_affiliations_and_sectors_hold() -> None:
    text = prose("people_and_papers.ipynb")
    people = wd.load_people("all")
    roles = wd.load_roles("all")
    printed = {a for affs in pd.concat([people["affiliations"], roles["affiliations"]]) for a in affs}
    # names that differ only in case, spaces and punctuation: read off the list of affiliations
    assert {"NVIDIA", "NVidia", "Nvidia", "Open AI", "OpenAI", "UT Austin", "UT-Austin"} <= printed
    assert "NVIDIA is printed three ways, OpenAI and UT Austin two" in text
    # the names the prose says only a reader can group are all printed
    assert {"NYU", "New York University", "Stanford", "Stanford University", "University of Texas at Austin"} <= printed
    assert {
        "Google",
        "Google Brain",
        "Google Research",
        "Google DeepMind",
        "FAIR",
        "Facebook",
        "Facebook AI Research",
    } <= (printed)
    # two listings of one person in one edition: NeurIPS 2019's organizers ('Xinlei Xu, NYU') and
    # programme committee ('Xinlei Xu, New York University'); 2020's ('Martin Maas, Google Brain';
    # 'Martin Maas, Google')
    two = roles[roles["affiliations"].map(len) > 0].merge(people, on=["edition", "person_id"], suffixes=("", "_p"))
    assert {(str(r.edition), r.name, r.affiliations, r.affiliations_p) for r in two.itertuples()} == {
        ("neurips2019", "Xinlei Xu", ("New York University",), ("NYU",)),
        ("neurips2020", "Martin Maas", ("Google",), ("Google Brain",)),
    }
    unknown = people[people["sector"] == "not in the table"]
    assert [(r.name, r.affiliations) for r in unknown.itertuples()] == [("Yaroslav Bulatov", ("DiUX",))]
    found = _presence()
    sector = people.set_index([people["edition"].astype(str), "person_id"])["sector"]
    not_given = [(e, p) for p, eds in found["spoke"].items() for e in eds if sector[(e, p)] == "affiliation not given"]
    assert len(not_given) == 31
    assert sorted({e for e, _ in not_given}) == [
        "neurips2018",
        "neurips2019",
        "neurips2020",
        "neurips2021",
        "neurips2022",
        "neurips2025",
    ]
    assert sum(e == "neurips2025" for e, _ in not_given) == 2
    not_given_editions = sorted({e for e, _ in not_given} - {"neurips2025"})
    assert "29 of the 31 speakers' presences without one" in text
    # hanalyst25: the prose said every speaker of NeurIPS 2018 to 2022 had their employer in a bio;
    # NeurIPS 2020's and 2021's pages print no bio (neurips2020/index.md links its speakers'
    # "#christina_delimitrou_talk" to no bio on the page), 2018's, 2019's and 2022's invited and
    # keynote speakers each have one
    invited = roles[roles["role"].isin(["keynote", "invited"])].merge(people, on=["edition", "person_id"])
    has_bio = invited.groupby(invited["edition"].astype(str))["bio"].agg(lambda b: set(b.notna()))
    assert {e: has_bio[e] for e in not_given_editions} == {
        "neurips2018": {True},
        "neurips2019": {True},
        "neurips2020": {False},
        "neurips2021": {False},
        "neurips2022": {True},
    }
    speakers = "The invited and keynote speakers of NeurIPS 2018, 2019 and 2022"
    assert f"{speakers} have their employer only inside their bio" in text
    assert "NeurIPS 2020's and 2021's pages print no bio at all" in text
    assert "NeurIPS 2020's and 2021's pages print no bio at all" in prose("talk_mix.ipynb")
    assert wd.load_authors("all").merge(people, on=["edition", "person_id"])["affiliations"].map(len).gt(0).sum() > 0


def test_people_and_papers_says_what_the_papers_record() -> None:
    text = prose("people_and_papers.ipynb")
    papers = wd.load_papers("all")
    by = papers.groupby("edition", observed=True)
    abstracts = by["abstract"].count() / by.size()
    assert dict(abstracts[abstracts > 0]) == {"neurips2022": 1.0, "neurips2023": 1.0, "neurips2024": 1.0}
    assert "every paper of NeurIPS 2022, 2023 and 2024 and for none" in text
    assert list(papers.loc[papers["pdf_url"].isna(), "title"]) == [
        "Dali: Lazy Compilation & Kernel Fusion in Dynamic Computation Graphs"
    ]
    marked = wd.load_authors("all").groupby("edition", observed=True)["equal_contribution"]
    assert set(marked.count()[lambda n: n == 0].index) == {"isca2019", "neurips2023", "neurips2024"}
    assert marked.sum()["neurips2022"] == 0 and marked.count()["neurips2022"] > 0
    awarded = papers.dropna(subset=["award"])
    assert [(str(r.edition), r.title[:8], r.award) for r in awarded.itertuples()] == [
        ("isca2019", "Ithemal:", "Best Paper Award")
    ]
    # talks and their papers: a slot that is one talk, or a talk of a block
    schedule, talks = wd.load_schedule("all"), wd.load_talks("all")
    given = {(str(e), p) for e, p in zip(schedule["edition"], schedule["paper_id"], strict=True) if pd.notna(p)}
    given |= {(str(e), p) for e, p in zip(talks["edition"], talks["paper_id"], strict=True) if pd.notna(p)}
    share = {
        str(e): (sum((str(e), p) in given for p in group["paper_id"]), len(group))
        for e, group in papers.groupby("edition", observed=True)
    }
    # (given a talk, listed): NeurIPS 2018, ISCA 2019, NeurIPS 2019, 2020, 2022, 2023, 2024
    assert list(share.values()) == [(6, 19), (5, 5), (6, 22), (18, 18), (6, 19), (4, 32), (4, 26)]
    assert "4 of 2023's 32 and 4 of 2024's 26" in text
    assert ("isca2019", papers.loc[awarded.index[0], "paper_id"]) in given  # Ithemal was given a talk
    labels = papers.dropna(subset=["presentation"])
    assert set(labels["edition"].astype(str)) == {"neurips2022"}
    with_talk = labels["paper_id"].map(lambda p: ("neurips2022", p) in given)
    assert dict(labels.groupby(["presentation", with_talk]).size()) == {
        ("Poster", True): 5,
        ("Poster", False): 1,
        ("Poster - Recorded Presentation", True): 1,
        ("Poster - Recorded Presentation", False): 12,
    }
    assert '"Poster" (6) or "Poster - Recorded Presentation" (13)' in text
    assert "five posters and one recorded presentation" in text


def test_both_notebooks_name_a_person_by_the_packages_one_rule() -> None:
    # hanalyst25: talk_mix named each person by value_counts()'s first spelling, so a tie went to
    # the oldest edition's (NeurIPS 2020's misprint "Riyadhi Baghdadi", against NeurIPS 2022's
    # "Riyadh Baghdadi"); people_and_papers had a rule of its own. Both call wd.usual_names, the
    # rule the site names people by (workshop_data.model.usual_name)
    for name in ("talk_mix.ipynb", "people_and_papers.ipynb"):
        source = "\n".join(code_cells(read(name)))
        assert "wd.usual_names(people)" in source, name
        assert "value_counts().index[0]" not in source and "def most_printed" not in source, name
    # the spellings the prose gives as examples, as the data prints them, edition by edition
    people = wd.load_people("all")
    printed = people.groupby("person_id")[["edition", "name"]].agg(list)
    assert dict(zip(*printed.loc["riyadh-baghdadi"], strict=True)) == {
        "neurips2020": "Riyadhi Baghdadi",
        "neurips2022": "Riyadh Baghdadi",
    }
    azade = dict(zip(*printed.loc["azade-nova"], strict=True))
    assert list(azade.values()).count("Azade Nazi") == 5 and azade["neurips2022"] == "Azade Nova"
    mirhoseini = dict(zip(*printed.loc["azalia-mirhoseini"], strict=True))
    assert [e for e, n in mirhoseini.items() if n != "Azalia Mirhoseini"] == ["isca2019"]
    assert mirhoseini["isca2019"] == "Azalia Mirhosseini"
    names = wd.usual_names(people)
    assert (names["riyadh-baghdadi"], names["azade-nova"], names["azalia-mirhoseini"]) == (
        "Riyadh Baghdadi",
        "Azade Nazi",
        "Azalia Mirhoseini",
    )
    text = prose("talk_mix.ipynb")
    said = "(Azalia Mirhoseini, printed Mirhosseini in 2019; Azade Nazi in five editions, Azade Nova in 2022)"
    assert said in text
    assert "(Riyadh Baghdadi, printed Riyadhi in 2020)" in text


@pytest.mark.slow
def test_talk_mix_names_the_authors_who_came_to_the_stage_by_their_corrected_spelling() -> None:
    nb, _ = execute("talk_mix.ipynb")
    cell = next(c for c in nb.cells if c.cell_type == "code" and 'later["person_id"].map(names)' in c.source)
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    assert "Riyadh Baghdadi" in shown and "Riyadhi" not in shown
    assert "Natasha Jaques" in shown


# -- an analyst's pass (hanalyst26): each sentence of prose against the data ----------------------


def _first_and_day_releases(edition: str) -> tuple[str, str, Any]:
    """The first release of ``edition`` with a schedule, the last published before its day began
    at the venue, and that day's start (UTC)."""
    day_start = wd.editions().set_index("edition").loc[edition, "day_start"]
    listed = wd.releases(edition).dropna(subset=["slots"])
    before = listed[listed["published"] < day_start]
    return str(before["release"].iloc[0]), str(before["release"].iloc[-1]), day_start


def test_schedule_changes_says_what_the_first_schedules_and_the_days_changed() -> None:
    said = prose("schedule_changes.ipynb")
    # the first schedules of NeurIPS 2018, ISCA 2019 and NeurIPS 2019 print no title at all (it
    # said "most talks"): neurips2018/schedule.md of 2018-09-14 prints "Invited Speaker 1"…, no title
    assert "NeurIPS 2018, ISCA 2019 and NeurIPS 2019 printed no talk's title" in said
    for edition in ("neurips2018", "isca2019", "neurips2019"):
        first, _, _ = _first_and_day_releases(edition)
        assert wd.load_schedule(edition, release=first)["title"].isna().all(), edition
    # NeurIPS 2024 moved six rows, its panel among them, all in the two weeks before its day (it
    # said "its panel and a talk")
    first, on_day, day_start = _first_and_day_releases("neurips2024")
    moved = wd.diff("neurips2024", first, on_day).query("change == 'moved'")
    assert len(moved) == 6 and "Panel: Jeff Dean, Natasha Jaques, Tim Kraska" in set(moved["slot"])
    history = wd.history("neurips2024").query("change == 'moved'")
    history = history[history["published"] < day_start]
    assert ((day_start - history["published"]) < pd.Timedelta(days=14)).all()
    assert "NeurIPS 2024 moved six of its rows, its panel among them, in its last two weeks" in said
    # NeurIPS 2020's day: its talks' papers (every material added a paper's PDF), its accepted
    # papers and its committees (no speaker's role), as the prose says (it said "slides")
    editions = wd.editions().set_index("edition")
    changes = wd.history("neurips2020").pipe(wd.venue_times, columns=["published"])
    day = changes[changes["published"].dt.normalize() == editions.loc["neurips2020", "date"]]
    kinds = set(day["change"].astype(str))
    assert {"material_added", "paper_added", "role_added"} <= kinds and "material_removed" not in kinds
    assert day.query("change == 'material_added'")["new"].str.contains("/assets/papers/").all()
    roles = wd.load_roles("neurips2020", release=str(day["release"].iloc[-1]))
    added = roles[roles["name"].isin(day.query("change == 'role_added'")["new"])]
    assert len(added) and not added["role"].isin(["keynote", "invited", "panelist"]).any()
    assert "NeurIPS 2020 its talks' papers, its list of accepted papers and its committees" in said


def test_schedule_changes_sorts_the_names_printed_otherwise_as_they_read() -> None:
    # "four read as spellings corrected" counted Summer Deng -> Zhaoxia (Summer) Deng, a name
    # printed in full as Siva Hari's was; isca2019/schedule.md prints "Zhaoxia (Summer) Deng"
    said = prose("schedule_changes.ipynb")
    assert "three read as spellings corrected" in said
    assert "two were printed in full (Siva Hari's, and Summer Deng's as Zhaoxia (Summer) Deng)" in said
    first, on_day, _ = _first_and_day_releases("isca2019")
    renamed = wd.diff("isca2019", first, on_day).query("change == 'speaker_renamed'")
    assert ("Summer Deng", "Zhaoxia (Summer) Deng") in set(zip(renamed["old"], renamed["new"], strict=True))


@pytest.mark.slow
def test_quickstart_counts_each_persons_talks_from_the_speaker_rows() -> None:
    # the speakers' rows: Jeff Dean's four talks (2018 and 2024 keynotes, 2019 and 2022 invited
    # talks; his two panels are no talks), the most of anyone
    nb, _ = execute("quickstart.ipynb")
    cell = next(c for c in nb.cells if c.cell_type == "code" and "wd.load_speakers(" in c.source)
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    first = shown.splitlines()[1].split()
    assert first == ["Jeff", "Dean", "4"], shown
    assert "a block's talks' presenters too: `load_speakers`" in prose("quickstart.ipynb")


def test_talk_mix_names_every_kind_of_open_ended_last_slot() -> None:
    # "The figure cannot show the length of the last slot (a panel, a poster session, a closing
    # or a party)" under a chart whose open-ended slots are also ISCA 2019's Turing Award Lecture
    # and NeurIPS 2023's Competition Q&A (found by huser31). Oracle: the loaders' slots of no
    # known minutes, in the editions with some known minutes (the chart's bars)
    schedule = wd.load_schedule("all")
    charted = set(schedule.dropna(subset=["duration"])["edition"])
    open_ended = schedule[schedule["duration"].isna() & schedule["edition"].isin(charted)]
    claim = re.search(r"cannot show the length of the last slot \(([^)]*)\)", prose("talk_mix.ipynb"))
    assert claim, "talk_mix no longer says which last slots the day's chart cannot show"
    named = claim.group(1).lower()
    for label in open_ended["label"]:
        words = [w for w in re.findall(r"[a-z&]+", str(label).lower()) if len(w) >= 3 and w not in {"for", "the"}]
        assert any(w in named for w in words), f"the open-ended {label!r} is not among ({claim.group(1)})"


def test_talk_mix_says_whose_minutes_the_assumed_ends_bound() -> None:
    # "The last slot of most editions has no end at all … NeurIPS 2021 printed "TBD" … and it
    # has no bar. Its minutes are unknown, …, if that slot ran 0, 30 or 60 minutes": between the
    # last slot and the sentences that refer back to it, another subject (NeurIPS 2021) made "its
    # minutes" NeurIPS 2021's and left "that slot" without one (found by huser31)
    text = prose("talk_mix.ipynb")
    start = text.index("The last slot of most editions has no end")
    end = text.index("if that slot ran", start)
    between = text[start:end]
    assert not re.search(r"\b(NeurIPS|ISCA) \d{4}", between), between

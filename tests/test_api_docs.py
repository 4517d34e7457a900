"""The API reference (docs/package/api.md) as a reader follows it: every name a docstring links
(``:func:``, ``:class:``, ``:data:``…) is a link to where that name is documented on the page.

Sphinx renders a reference it cannot resolve as the same code text without a link, and says
nothing unless ``nitpicky`` is on: the site's build passed while 32 of the page's references led
nowhere (huser13: a name written short, such as ``:func:`not_compared``` in ``workshop_data.diff``,
is looked up in the module the function is documented under, ``workshop_data``, not the one it
is written in; helpers named but not documented; types of pandas and Python with no inventory).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
API = REPO / "docs" / "package" / "api.md"
#: Code text a reference role renders, with the link around it when the name resolved.
XREF = re.compile(r'(<a [^>]*>)?<code class="xref py py-(\w+) docutils literal notranslate"><span class="pre">([^<]+)<')


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The API reference built as the site builds it (MyST, autodoc), as HTML."""
    tmp_path = tmp_path_factory.mktemp("api")
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    shutil.copy(API, src / "index.md")
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx.ext.autodoc"]\n'
        'autodoc_typehints = "description"\nautodoc_member_order = "bysource"\n',
        encoding="utf-8",
    )
    # in a process of its own: a Sphinx application in this one registers its nodes with docutils
    # for the rest of the worker's tests (their warnings: "node class … is already registered")
    build = [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(src), str(out)]
    subprocess.run(build, capture_output=True, text=True, cwd=REPO, check=True)
    return (out / "index.html").read_text(encoding="utf-8")


def test_every_reference_in_the_api_reference_is_a_link(page: str) -> None:
    references = XREF.findall(page)
    assert len(references) > 50  # the page's references were found
    assert [f"{role}: {name}" for link, role, name in references if not link] == []


def _shown(page: str, name: str) -> str:
    """The signature line of the documented data ``name`` as a reader sees it (tags dropped)."""
    found = re.search(rf'<dt class="sig sig-object py" id="{re.escape(name)}">(.*?)</dt>', page, re.S)
    assert found is not None, name
    signature = re.sub(r'<a class="headerlink".*?</a>', "", found[1], flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", signature))).strip()


def test_the_kinds_of_slot_show_the_short_tuple_and_leave_the_vocabulary_to_the_data_dictionary(page: str) -> None:
    # INVITED_KINDS was written between KINDS and KINDS' ":no-value:", which then hid the
    # two-kind tuple and showed KINDS' whole dictionary of descriptions in its signature, where
    # the page sends the reader to the data dictionary for them
    assert _shown(page, "workshop_data.schema.INVITED_KINDS").endswith("INVITED_KINDS = ('keynote', 'invited')")
    assert _shown(page, "workshop_data.schema.KINDS").endswith(".KINDS: dict[str, str]")

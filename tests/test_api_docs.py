"""The API reference (docs/package/api.md) as a reader follows it: every name a docstring links
(``:func:``, ``:class:``, ``:data:``…) is a link to where that name is documented on the page.

Sphinx renders a reference it cannot resolve as the same code text without a link, and says
nothing unless ``nitpicky`` is on: the site's build passed while 32 of the page's references led
nowhere (huser13: a name written short, such as ``:func:`not_compared``` in ``workshop_data.diff``,
is looked up in the module the function is documented under, ``workshop_data``, not the one it
is written in; helpers named but not documented; types of pandas and Python with no inventory).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
API = REPO / "docs" / "package" / "api.md"
#: Code text a reference role renders, with the link around it when the name resolved.
XREF = re.compile(r'(<a [^>]*>)?<code class="xref py py-(\w+) docutils literal notranslate"><span class="pre">([^<]+)<')


def test_every_reference_in_the_api_reference_is_a_link(tmp_path: Path) -> None:
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
    page = (out / "index.html").read_text(encoding="utf-8")
    references = XREF.findall(page)
    assert len(references) > 50  # the page's references were found
    assert [f"{role}: {name}" for link, role, name in references if not link] == []

"""import-site's papers loop: which rows are read again where the page is served elsewhere.

A looped row's paper is remembered by its rendering and, where a link of the row may be read
against the page's own address, by that address too (siteimport/papers.py, ``_looped_key``): a
papers page moved from the root to its edition's folder then reads such rows again, and no other.
"""

from __future__ import annotations

import pytest

from workshop_data.siteimport import papers
from workshop_data.siteimport.editions import Site

#: A papers page whose loop links each PDF from the site's root: no link of its own is read against
#: the page's address, and its rows' values are printed outside any tag.
_PAGE = (
    "---\ntitle: Accepted Papers\n---\n"
    '<section class="main-content accepted_papers_section">\n'
    "{%- for paper in site.data.neurips2024.papers -%}\n"
    "<p><details><summary><b>{{ paper.title }}</b>. {{ paper.authors }}.</summary>\n"
    '<p>{{ paper.abstract }} <a href="/assets/{{ paper.pdf }}"><b>(paper)</b></a></p>\n'
    "</details></p>\n{%- endfor %}\n</section>\n"
)

#: The reading of one row, counted by each test's stand-in (:func:`_read_at`).
_LOOPED = papers._looped


def _read_at(folder: str, csv_text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[object]]:
    """The titles of the rows read (not remembered) parsing the page served in ``folder``, and the papers."""
    read: list[str] = []

    def counted(rendered: str, where: str, convention: bool, served: object) -> object:
        read.append(where)
        return _LOOPED(rendered, where, convention, served)  # type: ignore[arg-type]

    monkeypatch.setattr(papers, "_looped", counted)
    found = papers.parse_papers(_PAGE, "accepted_papers.md", csv_text, served=Site().served(folder))
    return read, list(found)


def test_a_row_is_read_again_at_another_address_only_where_a_value_it_prints_adds_a_link_attribute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A row was looked at (and read again at each address) wherever a value it printed held an
    # '=' and the rendering then had "href=" or "src=" anywhere, in an abstract's words too
    # (horg30's _ROW_RELATIVE). An '=' adds an attribute only inside a tag: printed inside one of
    # the loop's, or after a '<' of the value's own. Row 1's abstract speaks of href= in prose (no
    # tag); row 2's abstract links notes.html, which a browser reads against the page's address;
    # row 3's pdf, printed inside the loop's <a href="/assets/...">, gives that tag a src of its own.
    csv_text = (
        "pdf,authors,title,abstract\n"
        'p1.pdf,Ada Lovelace,Rewriting Every Link,"We rewrite each href=target of a page, k = 3."\n'
        'p2.pdf,Grace Hopper,Notes Linked Inline,"See <a href=""notes.html"">our notes</a>."\n'
        '"p3.pdf"" src=""slides.png",Bob Kahn,Slides Beside,Plain words.\n'
    )
    first, at_root = _read_at("", csv_text, monkeypatch)
    again, in_folder = _read_at("neurips2024/", csv_text, monkeypatch)
    rows = [f"_data/neurips2024/papers.csv: row {n}" for n in (1, 2, 3)]
    assert (first, again) == (rows, rows[1:])
    assert at_root[0] == in_folder[0]
    assert at_root[1] != in_folder[1]  # notes.html is another page's at the folder's address

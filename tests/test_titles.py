"""A title's one home (:class:`workshop_data.titles.Title`): emphasis shown as emphasis on the
site and the Jekyll page, plain in the calendar and app exports, hostile strings inert in every
rendering, and line breaks kept by every rendering that can show them; and ``wd.markdown``,
which notebooks use to show data in Markdown.

The oracle for "inert" is a real CommonMark renderer with raw HTML on (markdown-it-py, as MyST
and Jupyter render Markdown) and lxml for the HTML renderings.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import lxml.html
import pytest
from conftest import SHIPPED
from docutils import nodes
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import workshop_data as wd
from workshop_data.formats import writer
from workshop_data.importer.inline import lines_of
from workshop_data.importer.myst import title_of
from workshop_data.model import Release
from workshop_data.sphinxext import markup
from workshop_data.sphinxext.titlenodes import wd_line_break
from workshop_data.titles import Piece, Title
from workshop_data.validation import read_release

#: MyST a hostile data file may hold as a title: each is text, never markup.
HOSTILE = (
    "<script>alert(1)</script>",
    '<svg onload="alert(1)">',
    "[x](javascript:alert(1))",
    "<https://example.org>",
    "![img](x.png)",
    "{raw}`html <b>raw</b>`",
    "$x$ | a | b |",
    "&lt;script&gt; &#60;b&#62;",
    "`<b>code</b>`",
    "a * b ** c",
    "trailing backslash \\",
    "# not a heading",
)
#: The elements a rendered title may hold.
INLINE = {"em", "strong", "br"}


def elements(html_fragment: str) -> set[str]:
    root = lxml.html.fragment_fromstring(f"<p>{html_fragment}</p>")
    return {el.tag for el in root.iter() if isinstance(el.tag, str)} - {"p"}


def commonmark(source: str) -> str:
    """``source`` rendered as CommonMark with raw HTML allowed (what would reach a reader)."""
    return MarkdownIt("commonmark", {"html": True}).renderInline(source)


def title_nodes(title: Title) -> list[nodes.Node]:
    """The title as the site's nodes (its inline pieces, :func:`.markup.title`, as docutils nodes)."""
    return markup.to_nodes(markup.title(title))


def emphasis_release() -> Release:
    shipped = read_release(SHIPPED)
    slot = dataclasses.replace(shipped.slots[0], title="Caches That Learn", title_myst="*Caches* That **Learn**")
    return dataclasses.replace(shipped, slots=(slot, *shipped.slots[1:]))


def test_emphasis_and_strong_in_every_rendering() -> None:
    title = Title("*Caches* That **Learn**")
    assert title.plain == "Caches That Learn"
    assert title.html == "<em>Caches</em> That <strong>Learn</strong>"
    assert title.jekyll_html == "<i>Caches</i> That <b>Learn</b>"
    assert title.myst == "*Caches* That **Learn**"
    assert commonmark(title.myst) == title.html
    parts = title_nodes(title)
    assert [type(n) for n in parts] == [nodes.emphasis, nodes.Text, nodes.strong]
    assert "".join(n.astext() for n in parts) == "Caches That Learn"


def test_nested_and_unbalanced_emphasis() -> None:
    assert Title("**a *b* c**").html == "<strong>a <em>b</em> c</strong>"
    assert Title("***x***").html == "<strong><em>x</em></strong>"
    assert Title("a * b").html == "a * b"  # a delimiter that closes nothing and is never closed is text
    assert Title("*a").plain == "*a"


def test_a_plain_title_written_by_hand_is_text() -> None:
    title = Title.of("2 * 3 <b>", "")
    assert title.plain == "2 * 3 <b>" and title.html == "2 * 3 &lt;b&gt;"
    assert Title.of("ignored", "*kept*").html == "<em>kept</em>"


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_sources_stay_text_in_every_rendering(source: str) -> None:
    title = Title(source)
    assert elements(title.html) <= INLINE
    assert elements(title.jekyll_html) <= {"i", "b", "br"}
    assert elements(commonmark(title.myst)) <= INLINE, commonmark(title.myst)
    for node in title_nodes(title):
        assert not isinstance(node, nodes.raw | nodes.reference | nodes.image | nodes.literal)
    assert Title(title.myst).plain == title.plain  # the safe MyST says the same thing


def test_line_breaks_in_every_rendering() -> None:
    title = Title("Code the Transforms:\\\nTowards *Precise* Rewriting")
    assert title.has_line_breaks
    assert title.plain == "Code the Transforms: Towards Precise Rewriting"
    assert title.html == "Code the Transforms:<br/>Towards <em>Precise</em> Rewriting"
    assert title.jekyll_html == "Code the Transforms:<br/>Towards <i>Precise</i> Rewriting"
    assert commonmark(title.myst) == "Code the Transforms:<br />\nTowards <em>Precise</em> Rewriting"
    parts = title_nodes(title)
    assert not [n for n in parts if isinstance(n, nodes.raw)]  # a node of its own, never raw HTML
    assert [type(n) for n in parts] == [nodes.Text, nodes.Text, wd_line_break, nodes.Text, nodes.emphasis, nodes.Text]
    assert "".join(n.astext() for n in parts) == title.plain  # its text reads as one line
    assert title.one_line == Title("Code the Transforms: Towards *Precise* Rewriting")
    assert not title.one_line.has_line_breaks and title.one_line.plain == title.plain


def written(pieces: list[markup.Inline]) -> str:
    """Inline pieces as the site's HTML (:class:`.markup.Writer`)."""
    out: list[str] = []
    markup.Writer(lambda path: path, lambda doc, anchor: doc).inline(pieces, out)
    return "".join(out)


def test_a_status_keeps_its_comma_with_the_title() -> None:
    """On a narrow screen "…Neural Networks, Best Paper" breaks after the comma, never before it:
    the comma touches the title's last word, inside the one block that holds both."""
    title = markup.title(Title("Ithemal: Using *Deep Neural Networks*"))
    out = written(markup.titled(title, "Best Paper", True))
    assert out == (
        '<span class="wd-titled"><span class="wd-title">Ithemal: Using <em>Deep Neural Networks</em></span>, '
        '<span class="wd-status">Best Paper</span></span>'
    )
    assert written(markup.titled(title, "", True)) == (
        '<span class="wd-title">Ithemal: Using <em>Deep Neural Networks</em></span>'
    )
    # no title: the status alone, after a comma when something precedes it
    assert written(markup.titled([], "TBD", True)) == ', <span class="wd-status">TBD</span>'
    assert written(markup.titled([], "TBD", False)) == '<span class="wd-status">TBD</span>'
    # the nodes say the same
    shown = markup.to_nodes(markup.titled(title, "Best Paper", True))
    assert [n.astext() for n in shown] == ["Ithemal: Using Deep Neural Networks, Best Paper"]


def test_the_page_line_break_is_read_and_kept() -> None:
    cell = lxml.html.fragment_fromstring(
        "<li>Don't Transform the Code, Code the Transforms: <br>Towards <i>Precise</i> Code Rewriting</li>"
    )
    lines, _ = lines_of(cell)
    kept = title_of(lines)
    assert kept.myst == "Don't Transform the Code, Code the Transforms:\\\nTowards *Precise* Code Rewriting"
    assert kept.one_line.myst == "Don't Transform the Code, Code the Transforms: Towards *Precise* Code Rewriting"
    assert kept.plain == kept.one_line.plain


@given(
    st.lists(
        st.lists(
            st.builds(
                Piece,
                st.text(st.sampled_from("ab *_\\`<>[]()&#;{}\n\u00a0é"), max_size=6),
                st.booleans(),
                st.booleans(),
            ),
            max_size=5,
        ),
        max_size=3,
    )
)
@example([[Piece("&a;")]])  # an escaped "&" read back as its own text event, then "a;"
@example([[Piece(";")], [Piece("&a;")]])  # on one line: "&" and "a;" written as one run
def test_what_the_writer_writes_the_reader_reads_back(lines: list[list[Piece]]) -> None:
    title = Title.from_lines(lines)
    assert title.plain == " ".join(" ".join("".join(p.text for p in line) for line in lines).split())
    assert title.myst == title.source
    assert elements(commonmark(title.myst)) <= INLINE
    assert elements(title.html) <= INLINE
    # on one line (a schema before 2.1.0), the title is what the lines joined by a space make
    joined = [piece for number, line in enumerate(lines) for piece in ([Piece(" ")] if number else []) + line]
    assert title.one_line == Title.from_lines([joined])
    assert Title(title.one_line.source).events == title.one_line.events and title.one_line.plain == title.plain


def test_exports_other_than_the_page_carry_the_plain_title() -> None:
    release = emphasis_release()
    ics = writer("ics")(release)
    assert "SUMMARY:Keynote: Jeff Dean — Caches That Learn" in ics.replace("\r\n ", "")
    for fmt in ("frab-xml", "frab-json", "csv", "ics"):
        text = writer(fmt)(release)
        assert "Caches That Learn" in text.replace("\r\n ", ""), fmt
        assert "*Caches*" not in text and "**Learn**" not in text, fmt
    rows = list(csv.DictReader(io.StringIO(writer("csv")(release))))
    assert rows[0]["title"] == "Caches That Learn"
    data = json.loads(writer("json")(release))
    assert data["slots"][0]["title"] == "Caches That Learn"
    assert data["slots"][0]["title_myst"] == "*Caches* That **Learn**"  # the data itself, for readers that want it
    page = writer("jekyll")(release)
    assert "<br/><i>Caches</i> That <b>Learn</b></td>" in page


# -- wd.markdown: Markdown for notebooks, every value escaped --------------------------------------


@pytest.mark.parametrize("value", [*HOSTILE, "line\nbreak <b>", "- not a list", "1. not a list"])
def test_markdown_shows_each_value_as_text(value: str) -> None:
    out = wd.markdown("**{}** at {:%H:%M}: *{status}*", value, dt.time(9, 5), status=value)
    html = commonmark(out)
    assert elements(html) <= {"strong", "em"}, html
    shown = lxml.html.fragment_fromstring(html, create_parent="div").text_content()
    assert shown == f"{' '.join(value.split())} at 09:05: {' '.join(value.split())}"
    assert out._repr_markdown_() == out  # Jupyter shows it as Markdown


def test_markdown_keeps_a_titles_emphasis_and_makes_code_spans() -> None:
    out = wd.markdown("{} — release {!c} in {zone!c}", Title("*Caches* <b>"), "2024-11-20", zone="America/Los_Angeles")
    assert commonmark(out) == (
        "<em>Caches</em> &lt;b&gt; — release <code>2024-11-20</code> in <code>America/Los_Angeles</code>"
    )
    assert commonmark(wd.markdown("{!c}", "`<b>`")) == "<code>`&lt;b&gt;`</code>"

"""An import refuses an lxml whose libxml2 is older than the one it reads pages as
(``importer.page.check_libxml2``): an lxml built against the system's libxml2 (Debian's
python3-lxml, conda) read ISCA 2019's schedule otherwise, and import-site published another title
without a word."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from conftest import SEED
from lxml import etree

from workshop_data.cli import main
from workshop_data.importer.page import LIBXML2_NEEDED, check_libxml2

#: What lxml 5.4's wheels link (libxml2 2.13.8), which drops the vertical tab below.
OLDER = (2, 13, 8)
REFUSED = (
    "workshop-data: error: lxml {lxml} reads HTML with libxml2 2.13.8; the importer needs libxml2 2.14 or newer, "
    "whose parser it reads pages as (lxml's own wheels bring it: pip install --force-reinstall --only-binary lxml "
    "'lxml>=6.0.2')\n"
)


def test_the_libxml2_the_suite_runs_is_the_one_the_importer_needs() -> None:
    assert etree.LIBXML_VERSION >= LIBXML2_NEEDED
    check_libxml2()  # no error
    # the difference the check stands for (ISCA 2019's 'Tricks:\vLearning'): 2.14 keeps the vertical
    # tab, white space to the importer, where 2.13 dropped it and joined the two words
    assert lxml.html.fragment_fromstring("<p>Tricks:\vLearning</p>").text_content() == "Tricks:\vLearning"


def test_import_site_refuses_an_older_libxml2_before_it_reads_or_writes(
    site_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(etree, "LIBXML_VERSION", OLDER)
    data = tmp_path / "data"
    assert main(["import-site", str(site_repo), "--data-dir", str(data)]) == 2
    assert capsys.readouterr().err == REFUSED.format(lxml=etree.__version__)
    assert not data.exists()


def test_import_refuses_an_older_libxml2_before_it_reads_or_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(etree, "LIBXML_VERSION", OLDER)
    data = tmp_path / "data"
    argv = ["import", str(SEED), "--edition", "neurips2024", "--release", "2024-11-20"]
    assert main([*argv, "--timezone", "America/Vancouver", "--data-dir", str(data)]) == 2
    assert capsys.readouterr().err == REFUSED.format(lxml=etree.__version__)
    assert not data.exists()

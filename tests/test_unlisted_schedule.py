"""A release with no schedule did not list one: its slots and talks are unknown, not 0.

NeurIPS 2024's first five releases (2024-08-14 to 2024-10-06) were made from its home page alone
(checked in the bundle: at 322882a, 2024-08-14, the root ``schedule.md`` was still NeurIPS 2023's,
``workshop_name: neurips2023``; from 0374b6c, 2024-08-20, to 597275f, 2024-10-06, there is no
``schedule.md`` and ``index.md`` holds no table; the schedule came with b521f0b, 2024-11-17).
``workshop-data releases`` printed "0 slots, 0 talks" for them, and ``wd.releases()`` 0, which
tells a reader the workshop had no programme. The rule that says so of papers
(:func:`workshop_data.model.listed`) says it of the schedule too, checked here on the shipped
data wherever the count reaches a reader: the CLI's ``releases``, ``editions`` and ``history``,
:func:`workshop_data.releases` and :func:`workshop_data.editions`, the site's data page.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import lxml.html
from conftest import REPO, shipped_env

import workshop_data as wd
from workshop_data.model import listed, talks_listed

#: Hand-checked in the bundle (the module's docstring): NeurIPS 2024's releases before its schedule.
HOME_PAGE_ONLY = ["2024-08-14.1922", "2024-08-21.0027", "2024-09-18.1737", "2024-09-19.1628", "2024-10-06.2255"]


#: The shipped data, as a reader has it, whatever another test of the worker set WORKSHOP_DATA_DIR to.
DATA = REPO / "workshop_data" / "data"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "workshop_data", *args, "--data-dir", str(DATA)]
    return subprocess.run(cmd, capture_output=True, text=True, env=shipped_env(), check=False)


def test_the_rule_covers_the_schedule() -> None:
    assert listed(14) == 14 and listed(0) is None  # no slot: the schedule was not listed
    assert talks_listed(4, 14) == 4
    assert talks_listed(0, 18) == 0  # a schedule with no contributed talk (NeurIPS 2025's): 0 is 0
    assert talks_listed(0, 0) is None  # no schedule: its talks are not known either


def test_the_releases_command_says_schedule_not_listed() -> None:
    proc = run("releases", "neurips2024")
    assert proc.returncode == 0, proc.stderr
    lines = {line.split()[0]: line for line in proc.stdout.splitlines()}
    for name in HOME_PAGE_ONLY:
        assert lines[name].endswith("  schedule not listed, papers not listed"), lines[name]
    assert lines["2024-11-18.0440"].endswith("  15 slots, 0 talks, 26 papers")
    assert lines["2024-11-20"].endswith(" at the venue  14 slots, 4 talks, papers unknown")
    every = run("releases", "all").stdout
    assert " 0 slots" not in every
    # a schedule listed with no contributed talk still says 0 talks: that is what it lists
    last = every.splitlines()[-1]
    assert "2025-12-03 10:03 UTC, 02:03 at the venue " in last
    assert last.endswith(" 18 slots, 0 talks, papers not listed  (latest)")


def test_the_frames_give_na_where_the_schedule_was_not_listed() -> None:
    frame = wd.releases("neurips2024", data_dir=DATA).set_index("release")
    assert {str(frame[c].dtype) for c in ("slots", "talks")} == {"Int64"}
    assert list(frame.index[frame["slots"].isna()]) == HOME_PAGE_ONLY
    assert list(frame.index[frame["talks"].isna()]) == HOME_PAGE_ONLY
    assert (frame.loc["2024-11-20", "slots"], frame.loc["2024-11-20", "talks"]) == (14, 4)
    assert frame.loc["2024-11-18.0440", "talks"] == 0  # its schedule lists no contributed talk
    assert wd.releases("neurips2025", data_dir=DATA)["talks"].tolist()[-1] == 0
    # every edition's latest release has its schedule: the editions frame keeps its counts
    editions = wd.editions(DATA).set_index("edition")
    assert editions.loc["neurips2024", "slots"] == 16 and not editions["slots"].isna().any()
    doc = wd.releases.__doc__ or ""
    said = re.search(r"- ``slots`` and ``talks``: ([^-]*)", doc)  # the columns' list item
    assert said and "``<NA>`` where the release has no slot" in " ".join(said.group(1).split())


def test_history_says_the_first_release_listed_no_schedule() -> None:
    proc = run("history", "--edition", "neurips2024")
    assert proc.returncode == 0, proc.stderr
    first = next(line for line in proc.stdout.splitlines() if line.startswith("Release "))
    assert first == (
        "Release 2024-08-14.1922 · published 2024-08-14 19:22 UTC, 12:22 at the venue · first release: "
        "schedule not listed"
    )


def test_the_site_data_page_says_not_listed(built_site: Path) -> None:
    page = lxml.html.fromstring((built_site / "neurips2024" / "data.html").read_bytes())
    table = page.xpath("//table[contains(@class, 'wd-releases')]")[0]
    heads = [th.text_content().strip() for th in table.xpath(".//thead//th")]
    slots, talks = heads.index("Slots"), heads.index("Talks")
    rows = [[td.text_content().strip() for td in tr.xpath("./td")] for tr in table.xpath(".//tbody/tr")]
    shown = {row[0]: (row[slots], row[talks]) for row in rows}
    # the table lists the releases newest first
    assert [name for name, cells in shown.items() if cells == ("not listed", "not listed")] == HOME_PAGE_ONLY[::-1]
    assert shown["2024-11-20"] == ("14", "4") and shown["2024-11-18.0440"] == ("15", "0")
    assert not any("not listed" in cells for name, cells in shown.items() if name not in HOME_PAGE_ONLY)

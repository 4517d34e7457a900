"""The README's and the guide's console examples run as they stand; their Python examples give data.

Each ```console block of the README and of the user guide is one test: its commands run in order, as typed, in a
scratch folder laid out like the checkout (a copy of ``workshop_data/data``, ``../shared``
beside it) so the relative paths of the examples resolve, without ``WORKSHOP_DATA_DIR``, as a
reader has none: a command reads the package's data unless it names another folder (nothing is
written there: an import needs its data directory named). ``workshop-data`` is this
interpreter's (``python -m workshop_data``); other programs (``sed``, ``git``) are the
system's. ``make`` and ``pip install`` lines are not run: they create a virtual environment and
install the whole project, which is what CI does by running ``make test`` in a fresh clone.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SHARED, require

README = REPO / "README.md"
GUIDE = REPO / "docs" / "package" / "guide.md"
NOT_RUN = ("make", "pip install")
#: The variables a command line sets before its program (``WORKSHOP_DATA_DIR=… make site``).
ASSIGNMENTS = re.compile(r"^(\w+=\S*\s+)*")
#: ``#`` after a space starts a comment (a ``#`` inside a URL or a word does not).
COMMENT = re.compile(r"(^|\s)#(\s|$).*")


def commands(block: str) -> list[str]:
    """The block's command lines, continuation lines joined and comments removed."""
    lines = block.replace("\\\n", " ").splitlines()
    return [c for c in (COMMENT.sub("", line).strip() for line in lines) if c]


def blocks(doc: Path = README) -> list[list[str]]:
    text = doc.read_text(encoding="utf-8")
    return [commands(b) for b in re.findall(r"^```console\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)]


def runnable(command: str) -> bool:
    return not ASSIGNMENTS.sub("", command).startswith(NOT_RUN)


def output_file(args: list[str]) -> Path | None:
    return Path(args[args.index("-o") + 1]) if "-o" in args else None


def test_the_readme_has_console_examples() -> None:
    found = blocks()
    assert len(found) >= 4 and sum(runnable(c) for b in found for c in b) >= 10


def test_the_examples_name_no_path_of_the_checkout() -> None:
    # The blocks run in a folder laid out like the checkout; after `pip install` there is no
    # `workshop_data/` where the reader types them: `validate workshop_data/data/…` failed there.
    # huser22: the guide's organizers imported into `--data-dir workshop_data/data` (in an
    # installed package, a folder of site-packages that its next upgrade replaces), the README
    # into `mydata`
    inside = [c for b in blocks() + blocks(GUIDE) for c in b if runnable(c) and "workshop_data/" in c]
    assert inside == []


def test_the_guide_has_console_examples() -> None:
    assert sum(runnable(c) for b in blocks(GUIDE) for c in b) >= 10


# the guide's were not run: its organizers' block imported a page it had not written yet, as a
# release dated before the edition's newest, which the import refuses
@pytest.mark.parametrize("block", blocks() + blocks(GUIDE), ids=lambda b: b[0].split("#")[0][:40])
def test_console_block_runs_as_written(block: list[str], tmp_path: Path) -> None:
    todo = [c for c in block if runnable(c)]
    if not todo:
        pytest.skip("only `make`/`pip install` lines: they install the whole project (CI runs `make test`)")
    if any("../shared" in c for c in todo):
        require(SHARED.is_dir(), f"{SHARED} is missing (the README reads it)")
        (tmp_path / "shared").symlink_to(SHARED, target_is_directory=True)
    checkout = tmp_path / "repo"
    data = checkout / "workshop_data" / "data"
    shutil.copytree(REPO / "workshop_data" / "data", data)
    # not $WORKSHOP_DATA_DIR: the reader has none, and a command that reads the package's data where
    # the block wrote into another folder must fail here as it does there (huser10: the guide's
    # `diff` after an import into workshop_data/data read the installed package's data)
    env = {k: v for k, v in os.environ.items() if k != "WORKSHOP_DATA_DIR"}
    for command in todo:
        args = shlex.split(command)
        if args[0] == "workshop-data":
            argv = [sys.executable, "-P", "-m", "workshop_data", *args[1:]]  # -P: not the scratch folder's
        elif args[0] == "python":  # the reader's, which has the package
            argv = [sys.executable, "-P", *args[1:]]
        else:
            program = shutil.which(args[0])
            require(program is not None, f"{args[0]} is not installed (the README runs it)")
            argv = [str(program), *args[1:]]
        result = subprocess.run(argv, cwd=checkout, env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"`{command}` exited {result.returncode}: {result.stderr.strip()}"
        # huser22: the guide's new edition kept last year's `release:` (the edition it was exported from)
        assert "front matter 'release'" not in result.stderr, f"`{command}`: {result.stderr.strip()}"
        target = output_file(args)
        if target is not None:
            assert (checkout / target).stat().st_size > 0, f"`{command}` wrote an empty {target}"
        elif args[0] == "workshop-data":
            assert result.stdout.strip(), f"`{command}` printed nothing"
        if args[:2] == ["workshop-data", "diff"]:
            assert "No changes." not in result.stdout, f"`{command}` compares a release with itself"


#: The documents whose ```python examples are checked to give something as written.
PYTHON_DOCS = (README, GUIDE)


def python_calls() -> list[tuple[str, str]]:
    """(document, call) for every ``wd.<function>(…)`` of the documents' ```python blocks whose
    arguments are literals (a call on a variable the example made is left out)."""
    import ast

    found = []
    for doc in PYTHON_DOCS:
        text = doc.read_text(encoding="utf-8")
        for block in re.findall(r"^```python\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
            for node in ast.walk(ast.parse(block)):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "wd"):
                    continue
                args = [*node.args, *(k.value for k in node.keywords)]
                if all(isinstance(n, ast.Constant | ast.List) for n in args):
                    found.append((doc.name, ast.unparse(node)))
    return found


def test_the_docs_python_examples_are_found() -> None:
    calls = [call for _, call in python_calls()]
    assert "wd.load_talks('neurips2024')" in calls and "wd.history('all')" in calls
    assert len(calls) >= 25


@pytest.mark.parametrize(("doc", "call"), python_calls())
def test_each_data_example_of_the_docs_gives_rows(doc: str, call: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the guide's load_talks(), load_papers() and load_authors() read the newest edition, NeurIPS
    # 2025, whose pages list none yet: each gave 0 rows, as written
    import workshop_data as wd

    monkeypatch.delenv("WORKSHOP_DATA_DIR", raising=False)  # the shipped data, as a reader has it
    result = eval(call, {"wd": wd})  # the documents' own examples, their arguments literals
    assert len(result) > 0, f"{doc}: {call} gives nothing"


def python_blocks() -> list[tuple[str, int, str]]:
    """(document, number, source) of each ```python block of :data:`PYTHON_DOCS`."""
    found = []
    for doc in PYTHON_DOCS:
        text = doc.read_text(encoding="utf-8")
        blocks = re.findall(r"^```python\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
        found += [(doc.name, i, block) for i, block in enumerate(blocks, start=1)]
    return found


@pytest.mark.parametrize(("doc", "number", "block"), python_blocks(), ids=lambda v: str(v)[:20])
def test_each_python_block_runs_whole_as_a_reader_types_it(
    doc: str, number: int, block: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # only the calls whose arguments are literals were run: `schedule[schedule.kind == ...]` and
    # `papers.groupby("edition").size()` (0 for two editions under pandas 2, with a FutureWarning)
    # were not. Every statement in order, on the shipped data, a warning an error.
    import warnings

    monkeypatch.delenv("WORKSHOP_DATA_DIR", raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        exec(compile(block, f"{doc} python block {number}", "exec"), {})


#: An example whose comment ends in a value after a colon (``# the day alone: datetime.date(2024,
#: 12, 15)``): a value the reader is told the line gives.
SAYS = re.compile(r"^(?P<code>\S[^#]*?)\s+#[^#\n]*:\s(?P<value>datetime\.date\([0-9, ]+\))$", re.MULTILINE)


def said_values() -> list[tuple[str, str, str]]:
    return [(doc, m["code"], m["value"]) for doc, _, block in python_blocks() for m in SAYS.finditer(block)]


def test_the_docs_say_the_workshops_day_as_a_day() -> None:
    # load_workshop()'s date shows as "2024-12-15 00:00:00" in its Series (a Timestamp at midnight,
    # as the frames' datetime64 column holds it): the README and the guide showed no day, and the
    # README's comment called it a day where the reader saw a time (huser8, from a fresh venv)
    said = said_values()
    assert {(doc, code) for doc, code, _ in said} >= {
        ("README.md", 'wd.load_workshop("neurips2024")["date"].date()'),
        ("guide.md", 'wd.load_workshop("neurips2024")["date"].date()'),
    }


@pytest.mark.parametrize(("doc", "code", "value"), said_values())
def test_an_example_gives_the_value_its_comment_says(
    doc: str, code: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime

    import workshop_data as wd

    monkeypatch.delenv("WORKSHOP_DATA_DIR", raising=False)
    assert eval(code, {"wd": wd}) == eval(value, {"datetime": datetime}), f"{doc}: {code}"


def test_the_readme_and_the_guide_say_the_csv_guard_in_the_words_the_help_gives() -> None:
    # The help and the README said the guard in two wordings, and the help's was short of what it
    # does; both now read one (workshop_data.formats.CSV_GUARD, made of the guard's characters)
    from workshop_data.formats import CSV_GUARD

    for doc in (README, GUIDE):
        assert CSV_GUARD in " ".join(doc.read_text(encoding="utf-8").split()), doc.name

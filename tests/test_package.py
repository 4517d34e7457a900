"""The package as a user installs it: light import, one version, the descriptor, the wheel."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import PINNED, REPO, SHIPPED, InstalledWheel, require
from hypothesis import given, settings
from hypothesis import strategies as st

import workshop_data as wd
from workshop_data.datapackage import TEMPORARY, descriptor_text, release_files, sha256
from workshop_data.defaults import DESCRIPTOR
from workshop_data.encoding import PUBLISHED_FORMAT, json_text, parse_published
from workshop_data.schema import KINDS, resources


def loaded(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has imported after running ``code``."""
    probe = f"import sys; {code}; print(','.join(m for m in {modules!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return [m for m in out.strip().split(",") if m]


def test_import_is_light() -> None:
    heavy = ("pandas", "matplotlib", "sphinx", "icalendar", "lxml", "docutils")
    assert loaded("import workshop_data as w; w.__version__; w.editions", heavy) == []


def test_building_the_cli_imports_no_data_modules() -> None:
    # `workshop-data --help` builds every subcommand's parser: the formats' names and the kinds
    # are known without the schema, the model or their dataclasses, typing and pathlib.
    data = ("workshop_data.schema", "workshop_data.model", "dataclasses", "typing", "pathlib")
    assert loaded("from workshop_data.cli import build_parser; build_parser()", data) == []


def test_the_loaders_path_imports_what_reading_a_release_needs_and_no_more() -> None:
    # `load_schedule()` reads and checks a release and builds frames: not the writer, the
    # importers, ids carried over, the diff, the formats or the CLI, nor what they import; nor
    # `venuetime` (wd.venue_times, imported on first use: the benchmarks count the path); nor the
    # words of the diff, the formats and the site (`words`: its `Linked` is a dataclass to make)
    writers = ("datapackage", "identity", "changes", "importer", "siteimport", "formats", "cli", "titles", "links")
    writers = (*writers, "venuetime", "words")
    others = ("argparse", "socket", "lxml", "yaml", "markdown_it", "icalendar", "difflib", "sphinx")
    never = (*(f"workshop_data.{m}" for m in writers), *others)
    assert loaded("import workshop_data as w; w.load_schedule()", never) == []


def test_the_loaders_path_compiles_no_search_of_unprintable_characters_it_does_not_run() -> None:
    # The searches of refused characters (validation) and of ignorable ones (ids) are classes past
    # Latin-1, each built over 65,536 code points when compiled (17.6 M instructions the three, at
    # every start): the newest release's texts are all printable, and those searches are not run.
    probe = (
        "import workshop_data as w; w.load_schedule(); from workshop_data import ids, validation as v; "
        "print(sum(f.cache_info().currsize for f in (v._control, v._control_bytes, ids._ignorable)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0"]


#: The dataclasses ``load_schedule()`` defines: the records a release is read into, the schema's
#: declarations, a talk's paper. A ``dataclass`` costs every start some 5 M instructions (Python
#: 3.11 compiles its generated methods from source), a :func:`~workshop_data.records.record` only
#: its fields' declaration until a method of it is first called (``tests/test_records.py``), so one only another
#: command makes lives in a module of that command's (``summary.ReleaseSummary``, the listings'; ``words.Linked``, the
#: changelog's), and a new one here is a choice this list records.
LOADERS_DATACLASSES = (
    *(f"model.{name}" for name in ("Person", "Talk", "Slot", "Workshop", "Role", "Paper", "Author", "Correction")),
    *(f"model.{name}" for name in ("Material", "PaperMaterial", "TextLink", "Release", "Edition")),
    "schema.Field",
    "schema.Resource",
    "talk_papers.Reviewed",
    "talk_papers.PaperMatch",
)


def test_the_loaders_path_defines_only_the_dataclasses_it_reads_into() -> None:
    probe = (
        "import dataclasses, sys; import workshop_data as w; w.load_schedule(); "
        "print(','.join(f'{m.__name__[14:]}.{n}' for m in list(sys.modules.values()) "
        "if m.__name__.startswith('workshop_data.') for n, v in vars(m).items() "
        "if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == m.__name__))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert sorted(out.strip().split(",")) == sorted(LOADERS_DATACLASSES)


def test_a_command_line_builds_its_own_command_alone() -> None:
    # `workshop-data import-site ...` imports and builds the import-site command and no other;
    # `--help` (and a word that names no command) builds them all, so that all are listed.
    commands = tuple(f"workshop_data.commands.{module}" for module in ("import_site", "import_page", "export", "diff"))
    parse = "from workshop_data.cli import build_parser; build_parser({!r}).parse_args({!r})"
    assert loaded(parse.format("import-site", ["import-site", "REPO"]), commands) == [commands[0]]
    assert loaded(parse.format(None, ["import-site", "REPO"]), commands) == list(commands)
    from workshop_data.cli import build_parser

    args = build_parser("import-site").parse_args(["import-site", "REPO", "--data-dir", "D"])
    assert (args.command, args.repo, args.data_dir) == ("import-site", "REPO", "D")
    with pytest.raises(SystemExit):  # another command is not known to import-site's parser
        build_parser("import-site").parse_args(["diff", "A", "B"])


def test_version_has_one_home() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert "version" in project["dynamic"] and "version" not in project
    from importlib.metadata import version

    assert version("workshop-data") == wd.__version__


def test_the_packages_one_line_says_what_the_command_says_it_holds() -> None:
    """The line a package index and ``pip show`` give (pyproject's description, the wheel's
    ``Summary``) names what ``workshop-data --help`` says the package is, every edition's record:
    it said "the ML for Systems workshop schedule", the one page version 1.0 shipped."""
    from workshop_data.cli import build_parser

    summary = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["description"]
    record = build_parser(None).description.removesuffix(" as data.")
    assert summary.startswith(record), (summary, record)


def test_the_public_names_are_listed_alike_in_the_package() -> None:
    """``workshop_data/__init__.py`` names each public name three times (``_LAZY``, which module
    defines it; ``__all__``; the imports type checkers read): the three say the same, and each
    name resolves to what its module defines."""
    import ast

    tree = ast.parse(Path(wd.__file__).read_text(encoding="utf-8"))
    checked = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    imported = {a.name: node.module for node in checked.body if isinstance(node, ast.ImportFrom) for a in node.names}
    assert imported == wd._LAZY
    assert sorted(wd.__all__) == sorted([*wd._LAZY, "__version__"])
    from importlib import import_module

    for name, module in wd._LAZY.items():
        assert getattr(wd, name) is getattr(import_module(f"workshop_data.{module}"), name)


def test_help_on_every_public_name_says_what_it_is() -> None:
    """``help(wd.KINDS)`` showed the help of a dict ("dict() -> new empty dictionary", its
    methods) and not one word of the kinds: every name of ``__all__`` shows help of the package's
    own, KINDS each kind with its meaning. ``__version__`` is a string, which ``help()`` takes for
    a topic to look up: the package's own help (``help(wd)``) says what it is."""
    import inspect
    import pydoc

    for name in wd.__all__:
        value = getattr(wd, name)
        if name == "__version__":
            assert "``__version__``, the package's version" in " ".join((inspect.getdoc(wd) or "").split())
            continue
        described = value if inspect.isclass(value) or inspect.isroutine(value) else type(value)
        assert described.__module__.startswith("workshop_data."), name
        own = inspect.getdoc(described)
        assert own, name
        assert own.splitlines()[0] in pydoc.render_doc(value, renderer=pydoc.plaintext), name
    shown = pydoc.render_doc(wd.KINDS, renderer=pydoc.plaintext)
    assert "dict() -> new empty dictionary" not in shown
    assert all(f"- {kind}: {meaning}" in shown for kind, meaning in wd.KINDS.items())
    # a dict still, in all it does
    assert isinstance(wd.KINDS, dict) and dict(wd.KINDS) == wd.KINDS and repr(wd.KINDS) == repr(dict(wd.KINDS))
    assert json.loads(json.dumps(wd.KINDS)) == wd.KINDS and next(iter(wd.KINDS)) == "opening"


def test_every_shipped_file_matches_its_descriptor() -> None:
    for edition_dir in (REPO / "workshop_data" / "data").iterdir():
        if not edition_dir.is_dir():  # .import-site: the last commit the site's import read, no release
            continue
        for release in edition_dir.iterdir():
            descriptor = json.loads((release / DESCRIPTOR).read_text())
            for res in descriptor["resources"]:
                data = (release / res["path"]).read_bytes()
                assert (res["bytes"], res["hash"]) == (len(data), sha256(data)), release / res["path"]


def test_descriptor_is_the_single_definition_of_the_columns() -> None:
    descriptor = json.loads((SHIPPED / DESCRIPTOR).read_text())
    by_name = {r["name"]: r for r in descriptor["resources"]}
    assert descriptor["schema_version"] == "1.0.0"
    for resource in resources("1.0.0"):
        fields = by_name[resource.name]["schema"]["fields"]
        assert [f["name"] for f in fields] == resource.columns
        assert all(f["description"] for f in fields)
    kind = next(f for f in by_name["slots"]["schema"]["fields"] if f["name"] == "kind")
    assert kind["constraints"]["enum"] == list(KINDS)


def test_descriptor_text_is_what_json_dumps_writes() -> None:
    # The descriptor's text is made without json.dumps (whose indented output is slow); it must
    # be json.dumps' text to the byte: every shipped descriptor (written by json.dumps), and
    # values json escapes (quotes, backslashes, control characters, separators of lines) at
    # every depth, empty containers included.
    for descriptor in (REPO / "workshop_data" / "data").glob("*/*/" + DESCRIPTOR):
        assert descriptor_text(json.loads(descriptor.read_text())).encode() == descriptor.read_bytes(), descriptor
    odd = 'a "quoted" \\ back\tslash\x00\u2028 é 🎉 </script>'
    value = {
        "title": odd,
        "n": [0, -1, 10**20, True, False, None],
        "empty": [{}, [], ""],
        "resources": [{"schema": {"fields": [{"name": odd, "constraints": {"enum": [odd, ""]}}], "x": {}}}],
        odd: {"deep": [[{"deeper": [odd]}]]},
    }
    assert descriptor_text(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_a_descriptors_entries_are_what_json_dumps_writes() -> None:
    # A resource's entry is written from its text made once, its file's size and hash put in:
    # the descriptor is json.dumps' text of the entries, in every schema version, at any size
    # and hash (a hash with a character JSON escapes too).
    from workshop_data.datapackage import _Entry, _entry_text, _indented, _resource_entry, _Schema
    from workshop_data.schema import SCHEMA_VERSIONS

    for version in SCHEMA_VERSIONS:
        for resource in resources(version):
            for size, digest in ((0, "sha256:" + "0" * 64), (10**12, 'a "b"\n\u2028')):
                entry, schema = _Entry(version, resource.name, size, digest), _Schema(version, resource.name)
                meant = _resource_entry(resource, size, digest, resource.schema())
                for indent in ("", "    "):
                    expected = json.dumps(meant, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)
                    assert _entry_text(entry, indent) == expected, (version, resource.name)
                    assert _indented(_resource_entry(resource, size, digest, schema), indent) == expected


#: Any JSON value (objects with text keys), as json.loads gives them, tuples too.
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.tuples(inner) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(JSON, st.sampled_from(["", "  ", "      "]))
def test_json_text_is_what_json_dumps_writes(value: Any, indent: str) -> None:
    """The JSON exports and the descriptors are written by json_text: json.dumps' indented text,
    to the byte (at any depth, NaN, big numbers, escapes, empty containers)."""
    expected = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)
    assert json_text(value, indent) == expected


def test_json_text_refuses_what_neither_it_nor_its_default_writes() -> None:
    """A value that is not JSON's is the default's text; one the default does not write either
    (None) is refused with the same error as without a default (the descriptor's writer's case)."""
    written = json_text({"a": [1, {2}]}, default=lambda v, indent: f"<set {sorted(v)} at {len(indent)}>")
    assert written == '{\n  "a": [\n    1,\n    <set [2] at 4>\n  ]\n}'
    for default in (None, lambda v, indent: None):
        with pytest.raises(TypeError, match=r"^not a JSON value: \{2\}$"):
            json_text({"a": [1, {2}]}, default=default)


def _strptime_published(text: str) -> Any:
    """``strptime``'s reading of a publication time (the value, or its error's message)."""
    try:
        return dt.datetime.strptime(text, PUBLISHED_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError as exc:
        return str(exc)


def _published_read(text: str) -> Any:
    try:
        return parse_published(text)
    except ValueError as exc:
        return str(exc)


#: Publication times in the writer's form, each field anywhere from 0 to past its range.
WRITTEN_TIMES = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format,
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(0, 25),
    st.integers(0, 61),
    st.integers(0, 62),
)


@settings(max_examples=500, deadline=None)
@given(WRITTEN_TIMES | st.text(alphabet="0123456789-:TtZz ٣", max_size=22))
def test_a_publication_time_reads_as_strptime_reads_it(text: str) -> None:
    """parse_published reads the writer's form without strptime: the same value (in UTC) or the
    same error as strptime, for every day, time and text (the 60th second, the year 0, one digit,
    lower case, other scripts' digits)."""
    assert _published_read(text) == _strptime_published(text)


@pytest.mark.parametrize(
    "text",
    [
        "2024-12-15T08:00:00Z",
        "2024-02-29T23:59:59Z",
        "2023-02-29T00:00:00Z",
        "2024-12-15T23:59:60Z",
        "0000-01-01T00:00:00Z",
        "2024-1-5T8:0:0Z",
        "2024-12-15t08:00:00z",
    ],
)
def test_a_publication_time_reads_as_strptime_reads_it_examples(text: str) -> None:
    read = _published_read(text)
    assert read == _strptime_published(text)
    assert not isinstance(read, dt.datetime) or read.tzinfo is dt.UTC


def test_release_files_reproduce_the_shipped_release() -> None:
    files = release_files(wd.load_release(*PINNED))
    for name, data in files.items():
        assert (SHIPPED / name).read_bytes() == data, name


def test_frictionless_validates_the_descriptor() -> None:
    import importlib.util

    require(importlib.util.find_spec("frictionless") is not None, "frictionless is not installed (extra 'test')")
    import frictionless

    report = frictionless.validate(str(SHIPPED / DESCRIPTOR))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@pytest.mark.slow
def test_a_killed_publications_leftovers_in_the_data_directory_do_not_ship(tmp_path: Path) -> None:
    """A publication killed mid-way leaves its temporary folder (a release half written) and a
    file's temporary copy in the data directory until the next import sweeps them; a wheel and an
    sdist built in between shipped both among the data. Built here from the checkout's files with
    such leftovers, named as datapackage names them: the data shipped is the checkout's."""
    tree = tmp_path / "tree"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    archive = subprocess.run(["tar", "--null", "-T", "-", "-cf", "-"], cwd=REPO, input=tracked, capture_output=True)
    tree.mkdir()
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    data = tree / "workshop_data" / "data"
    shipped = {p.relative_to(tree).as_posix() for p in data.rglob("*") if p.is_file()}
    left = data / "neurips2024" / f".2024-12-20.0000.{os.getpid()}@host.k2x9q_"
    assert TEMPORARY.fullmatch(left.name)
    left.mkdir()
    (left / "slots.csv").write_text("slot_id\n", "utf-8")
    (data / f".import-site.{os.getpid()}.tmp").write_text("", "utf-8")
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(tree)], capture_output=True
    )
    assert built.returncode == 0, built.stderr.decode()
    with zipfile.ZipFile(next(dist.glob("*.whl"))) as wheel:
        in_wheel = {n for n in wheel.namelist() if n.startswith("workshop_data/data/")}
    with tarfile.open(next(dist.glob("*.tar.gz"))) as sdist:
        files = [m.name.split("/", 1)[1] for m in sdist.getmembers() if m.isfile()]
    in_sdist = {name for name in files if name.startswith("workshop_data/data/")}
    assert "LICENSE" in files  # the licence ships with the source too
    assert in_wheel == shipped
    assert in_sdist == shipped


@pytest.mark.slow
@pytest.mark.xdist_group("installed_wheel")  # the worker that runs the organizer's tests on the same venv
def test_wheel_ships_the_data_and_loads_outside_the_repository(installed_wheel: InstalledWheel, tmp_path: Path) -> None:
    with zipfile.ZipFile(installed_wheel.wheel) as archive:  # the MIT licence's text travels with the code it covers
        metadata = archive.read(f"workshop_data-{wd.__version__}.dist-info/METADATA").decode()
        licence = archive.read(f"workshop_data-{wd.__version__}.dist-info/licenses/LICENSE").decode()
    assert "License-Expression: MIT" in metadata.splitlines() and licence.startswith("MIT License")
    assert "Project-URL: Homepage, https://mlforsystems.org/" in metadata.splitlines()
    env_dir = installed_wheel.bin.parent
    py = env_dir / "bin" / "python"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKSHOP_DATA_DIR")}
    code = (
        "import workshop_data as w; df = w.load_schedule(); a = w.load_papers('all');"
        "print(len(df), df.start.dt.tz, a.edition.nunique(), len(w.editions()), w.__file__)"
    )
    out = subprocess.run([py, "-c", code], cwd=outside, env=env, capture_output=True, text=True, check=True).stdout
    n, tz, with_papers, editions, location = out.split()
    assert (n, tz) == ("18", "America/Los_Angeles")  # the newest edition: NeurIPS 2025, San Diego
    assert (with_papers, editions) == ("7", "9")  # every edition ships; seven list accepted papers
    assert str(env_dir) in location  # loaded from the installed wheel, not the repository
    table = subprocess.run(
        [env_dir / "bin" / "workshop-data", "schedule", "--edition", "neurips2024", "--release", "2024-11-20"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
    )
    assert table.returncode == 0, table.stderr
    assert "times in America/Vancouver" in table.stdout and "16:00  unknown" in table.stdout
    for fmt in ("ics", "frab-xml", "jekyll"):  # every export works from a plain install, no extra
        export = subprocess.run(
            [env_dir / "bin" / "workshop-data", "export", "--format", fmt],
            cwd=outside,
            env=env,
            capture_output=True,
            text=True,
        )
        assert export.returncode == 0 and export.stdout, (fmt, export.stderr)
    schema = subprocess.run(
        [py, "-c", "from workshop_data.formats.jsonformat import schema; print(schema()['title'])"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "JSON format" in schema.stdout


@pytest.mark.slow
@pytest.mark.xdist_group("installed_wheel")  # the venv the organizer's and the wheel's tests share
def test_the_readmes_python_runs_on_the_installed_wheel_outside_the_repository(
    installed_wheel: InstalledWheel, tmp_path: Path
) -> None:
    # tests/test_readme.py runs the README's blocks in this checkout's process; a reader runs them
    # where they work, with the wheel installed (hinfra29's first hour, from a fresh venv): each
    # block whole in the venv's interpreter, in a folder of their own, a warning an error
    from test_readme import python_blocks

    blocks = [(number, block) for doc, number, block in python_blocks() if doc == "README.md"]
    assert blocks
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKSHOP_DATA_DIR")}
    installed = "import sys, workshop_data as w; assert w.__file__.startswith(sys.prefix), w.__file__\n"  # the wheel's
    for number, block in blocks:
        run = subprocess.run(
            [installed_wheel.bin / "python", "-W", "error", "-c", installed + block],
            cwd=outside,
            env=env,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, f"README.md's python block {number}: {run.stderr[-3000:]}"

"""Defaults shared by the loaders and the CLI, and the package's version (kept import-free so that
the CLI starts fast, and so that any layer, a format writing its generator's version, can read
them without importing the package root above it)."""

#: The package's version: ``workshop_data.__version__``, and the wheel's (hatch reads it here).
VERSION = "0.1.0"

#: The edition loaded when none is named: ``None``, the newest edition in the data directory
#: (the one whose workshop day is latest).
DEFAULT_EDITION = None
#: The ``edition`` value that selects every edition (each at its latest release).
ALL = "all"


def every_edition_refused(reader: str, takers: str) -> str:
    """The words refusing :data:`ALL` where one edition is read (``reader``: "this command",
    "this function"), saying what it means and who takes it (``takers``), the same on the command
    line and in Python: it was looked up as an edition named "all", "no edition 'all'", as if the
    word were unknown."""
    return f"{ALL!r} names every edition, and {reader} reads one edition's releases: give one ({takers})"


def every_edition_among(others: list[str]) -> str:
    """The words refusing :data:`ALL` given among other editions (``--edition neurips2024
    --edition all``, ``edition=["neurips2024", "all"]``): it was looked up as an edition named
    "all", "no edition 'all'", as :func:`every_edition_refused` says it was where one is read."""
    named = ", ".join(repr(name) for name in others)
    return f"{ALL!r} names every edition: give it alone, not beside {named} (edition='all', --edition all)"


#: The release name that resolves to the newest release of an edition.
LATEST = "latest"
#: Environment variable naming a data directory of your own.
ENV_VAR = "WORKSHOP_DATA_DIR"
#: The Frictionless descriptor every release folder holds.
DESCRIPTOR = "datapackage.json"
#: A descriptor larger than this is refused (a release's is a few kilobytes), and not read.
MAX_DESCRIPTOR_BYTES = 10 * 1024 * 1024
#: A release's file (a resource) larger than this is refused, and not read: the largest shipped is
#: 41 KB, and reading one costs some seven times its size in memory (a people.csv of 300 MB,
#: edited by hand and its hash re-computed, took 2.1 GB and 38 s to validate; one of 64 MiB 0.5 GB).
MAX_RESOURCE_BYTES = 64 * 1024 * 1024
#: A release's file of more rows than this is refused, and its cells not read: a row costs some
#: 900 bytes of memory and 18 µs however short it is, so the size alone does not bound the cost
#: (a papers.csv and an authors.csv of a million short rows each, 61 MB together, each under
#: :data:`MAX_RESOURCE_BYTES`, took 35 s and 1.9 GB for any loader, load_schedule too; the cap
#: allowed nine files of 2 million rows). The shipped files have at most 193 rows, and an import
#: publishes at most 2,000 records a page (``importer.release.MAX_RECORDS``): this is ten times that.
MAX_RESOURCE_ROWS = 20_000

"""A user's round of the installed package, run by the Python of another venv (make test-compat).

``python tests/installed_check.py SITE_CLONE`` from outside the repository, with the package
installed from its wheel (or with its dependencies' lowest versions): every loader over every
edition, the release history, the CLI's commands, every export format, ``validate`` of every
edition's newest release, and ``import-site`` of the site's history into an empty folder, which
must give the installed package's data byte for byte. Prints a line per step; exits 1 on the
first that fails. Not a pytest module: it runs where pytest and the repository are not.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path


def differences(left: Path, right: Path) -> list[str]:
    """What ``diff -r left right`` reports: files only on one side, or differing, by path."""
    compared = filecmp.dircmp(left, right, ignore=[])
    found = [f"only in {left}: {n}" for n in compared.left_only]
    found += [f"only in {right}: {n}" for n in compared.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, compared.common_files, shallow=False)
    found += [f"differ: {left / n}" for n in (*mismatch, *errors)]
    for name in compared.common_dirs:
        found += differences(left / name, right / name)
    return found


def command(*args: str) -> str:
    """Run the installed ``workshop-data`` with ``args``: its standard output; exit 1 if it fails."""
    program = Path(sys.executable).with_name("workshop-data")
    done = subprocess.run([str(program), *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAILED: workshop-data {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return done.stdout


def main(site: Path) -> None:
    """Every step in turn, printing each."""
    warnings.simplefilter("error", DeprecationWarning)  # a dependency's deprecation shows here first
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="(?!workshop_data)")
    import pandas as pd

    import workshop_data as wd

    here = Path(wd.__file__).parent
    if Path.cwd() in here.parents:
        sys.exit(f"FAILED: {here} is the repository's, not an installed package")
    print(f"Python {sys.version.split()[0]}, pandas {pd.__version__}, workshop_data from {here}")
    editions = wd.editions()
    print(f"editions: {len(editions)}")
    for name in sorted(n for n in wd.__all__ if n.startswith("load_") and n not in ("load_release", "load_edition")):
        table = getattr(wd, name)("all")
        print(f"{name}('all'): {len(table)} rows")
    for edition in editions.edition:
        wd.load_release(edition)
        wd.load_edition(edition)
    print(f"venue_times: {len(wd.load_schedule('all').pipe(wd.venue_times))} rows on their venues' clocks")
    print(f"releases('all'): {len(wd.releases('all'))} rows; history('all'): {len(wd.history('all'))} rows")
    print(f"diff: {len(wd.diff('neurips2024', '2024-11-20', 'latest'))} changes")
    for args in (["editions"], ["schedule"], ["papers", "--edition", "neurips2022"], ["releases", "--edition", "all"]):
        print(f"{' '.join(args)}: {len(command(*args).splitlines())} lines")
    command("history", "--edition", "all", "--format", "csv")
    for fmt in ("csv", "json", "ics", "frab-xml", "frab-json", "jekyll"):
        for edition in editions.edition:
            command("export", "--format", fmt, "--edition", edition)
        print(f"export --format {fmt}: every edition")
    for edition in editions.edition:
        command("validate", str(here / "data" / edition / wd.releases(edition).release.iloc[-1]))
    print("validate: every edition's newest release")
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "data"
        done = subprocess.run(
            [str(Path(sys.executable).with_name("workshop-data")), "import-site", str(site), "--data-dir", str(out)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(f"FAILED: import-site: exit {done.returncode}\n{done.stderr[-2000:]}")
        found = differences(out, here / "data")
        if found:
            sys.exit("FAILED: import-site differs from the shipped data:\n" + "\n".join(found[:20]))
        print(f"import-site: the shipped data byte for byte ({len(done.stderr.splitlines())} problems reported)")
    print("installed_check: all steps passed")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

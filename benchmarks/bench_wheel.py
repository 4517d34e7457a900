"""The wheel with every edition: its size, and what it takes once installed.

Builds the wheel as a release would (``python -m build --wheel --no-isolation``), installs it
with pip into an empty folder (``--target``, no dependencies; pip compiles the modules, as a
normal install does) and prints, for the wheel and for the installed files: the number of
files, their bytes, and the part that is the data (``workshop_data/data``: every release of
every edition). Installed files are also counted as the disk stores them (whole blocks), since
a release is a folder of small files. No floor: a figure to watch as editions and releases are
added.

Run: ``.venv/bin/python benchmarks/bench_wheel.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = "workshop_data/data/"


@dataclass
class Tally:
    """Files and bytes, all of them and those of the data."""

    files: int = 0
    size: int = 0
    data_files: int = 0
    data_size: int = 0
    releases: set[str] = field(default_factory=set)

    def add(self, name: str, size: int) -> None:
        self.files += 1
        self.size += size
        if name.startswith(DATA):
            self.data_files += 1
            self.data_size += size
            if name.endswith("/datapackage.json"):
                self.releases.add(name.rsplit("/", 1)[0])

    def line(self, what: str) -> str:
        return (
            f"{what:<30} {self.size / 1e6:7.2f} MB in {self.files:5d} files; "
            f"data {self.data_size / 1e6:6.2f} MB in {self.data_files} files ({len(self.releases)} releases)"
        )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-wheel-") as tmp:
        dist, target = Path(tmp) / "dist", Path(tmp) / "installed"
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
            check=True,
            capture_output=True,
        )
        wheel = next(dist.glob("workshop_data-*.whl"))
        compressed, unpacked = Tally(), Tally()
        with zipfile.ZipFile(wheel) as zf:
            for info in zf.infolist():
                compressed.add(info.filename, info.compress_size)
                unpacked.add(info.filename, info.file_size)
        print(f"{'wheel file':<30} {wheel.stat().st_size / 1e6:7.2f} MB  ({wheel.name})")
        print(compressed.line("  its members, compressed"))
        print(unpacked.line("  its members, uncompressed"))
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
            check=True,
            capture_output=True,
        )
        installed, on_disk = Tally(), Tally()
        for path in target.rglob("*"):
            if path.is_file():
                name = path.relative_to(target).as_posix()
                installed.add(name, path.stat().st_size)
                on_disk.add(name, path.stat().st_blocks * 512)
        print(installed.line("installed (pip, .pyc included)"))
        print(on_disk.line("  as the disk stores it"))


if __name__ == "__main__":
    main()

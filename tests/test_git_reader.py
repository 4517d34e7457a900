"""The site import's git reader (``siteimport.git.Reader``) ends its ``git cat-file`` process
whatever was left unread: closing it never waits for ever.

Each close runs in a thread joined with a generous limit: a close that waits on git for ever
fails the test (its git process killed after), the suite never hangs."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import pytest

from workshop_data.siteimport import git

#: Long enough for any close on a loaded machine; one that waits on git for ever never ends.
GUARD = 60.0


def _repo(path: Path) -> Path:
    """A repository of one commit holding ``big.txt``, 4 MB: far more than a pipe holds."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"}
    path.mkdir()
    (path / "big.txt").write_bytes(b"0123456789abcdef\n" * (4 * 2**20 // 17))
    for args in (("init", "-q"), ("add", "big.txt"), ("commit", "-q", "-m", "one")):
        subprocess.run(["git", "-C", str(path), *args], check=True, capture_output=True, env=env)
    return path


def _closes(reader: git.Reader) -> bool:
    """Whether ``reader.close()`` returns (in a thread, within :data:`GUARD`); its git is killed
    when it does not, so that the thread and the test end."""
    closing = threading.Thread(target=reader.close, daemon=True)
    closing.start()
    closing.join(GUARD)
    if closing.is_alive():
        reader._proc.kill()
        closing.join(GUARD)
        return False
    return True


def test_closing_after_an_answer_left_unread_ends_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A read stopped between asking and reading the answer (an error, a Ctrl-C in the import) left
    # git writing a 4 MB blob into a full pipe: close() closed git's input and waited for it to
    # end, and it waited for ever, git waiting for the answer to be read.
    reader = git.Reader(_repo(tmp_path / "site"))

    def stopped() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(reader, "_answer", stopped)
    with pytest.raises(KeyboardInterrupt):
        reader.prefetch(["HEAD:big.txt"])
    assert _closes(reader), "close() waited for ever on git writing an answer no one reads"
    assert reader._proc.returncode is not None  # git has ended


def test_closing_a_reader_that_read_everything_ends_git_as_before(tmp_path: Path) -> None:
    reader = git.Reader(_repo(tmp_path / "site"))
    found = reader.read("HEAD", "big.txt")
    assert found is not None and len(found) == 17 * (4 * 2**20 // 17)
    assert _closes(reader)
    assert reader._proc.returncode == 0  # git ended at the end of its input, not killed
    reader.close()  # closing again is harmless


def test_a_round_trip_stopped_while_its_names_are_still_written_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # prefetch writes the names from a thread while it reads the answers: stopped at the first
    # answer (4 MB, filling the pipe git writes into), git read no more names, the thread waited
    # for ever to write the rest (150 KB, more than a pipe holds), and prefetch for ever for it.
    reader = git.Reader(_repo(tmp_path / "site"))
    names = ["HEAD:big.txt", *(f"HEAD:no-such-file-{n:05}.txt" for n in range(5000))]

    def stopped() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(reader, "_answer", stopped)
    out: dict[str, BaseException] = {}

    def round_trip() -> None:
        try:
            reader.prefetch(names)
        except BaseException as exc:  # handed to the test
            out["raised"] = exc

    trip = threading.Thread(target=round_trip, daemon=True)
    trip.start()
    trip.join(GUARD)
    if trip.is_alive():
        reader._proc.kill()
    assert not trip.is_alive(), "prefetch waited for ever on its names' writer"
    assert isinstance(out.get("raised"), KeyboardInterrupt)
    assert _closes(reader) and reader._proc.returncode is not None

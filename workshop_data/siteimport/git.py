"""Reading a site repository's history with the git command-line tool.

Why the git CLI through :mod:`subprocess` rather than a library: it needs no compiled
dependency (pygit2 needs libgit2, dulwich is slow on large histories), it reads any clone,
worktree or bundle clone the organizers have, and the few commands used here are stable,
scriptable interfaces: ``git log`` with an explicit ``--format`` for the commits and the paths
each touched, and ``git cat-file --batch`` (one long-lived process) for the files' text, so
reading hundreds of page versions costs one process, not hundreds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
import subprocess
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from ..errors import WorkshopDataError
from ..importer.page import MAX_BYTES

#: The largest blob read into memory: a page of the site is tens of kilobytes, and git stores a
#: file of gigabytes of one repeated line in a few kilobytes, so a repository of a few kilobytes
#: could make a reader of every blob hold gigabytes. A larger blob is skipped, unread.
MAX_BLOB = MAX_BYTES

#: The most bytes of blobs a reader reads in all: the versions of a site's pages are kept for the
#: import's lifetime and each is parsed (some 25 times its size in memory), so a repository of
#: kilobytes holding many page versions of megabytes each (20 of 10 MB: 200 KB of git objects)
#: took 5 GB of memory and two minutes. The workshop's site reads 8.5 MB in 367 versions.
MAX_TOTAL = 64 * 2**20

#: How long :meth:`Reader.close` waits for ``git cat-file`` to end once its pipes are closed
#: before killing it (it ends at once: an idle git at the end of its input, a writing one at the
#: write that fails).
CLOSE_WAIT = 10.0

#: The markers git leaves on the lines of an unresolved merge conflict, ``<<<<<<<``, ``=======``
#: and ``>>>>>>>``, each alone or before white space: a page committed with them shows both sides
#: (the page readers refuse it, each anchoring it at a line's start in its own text).
CONFLICT_MARKER = r"(?:<{7}|={7}|>{7})(?:\s|$)"

#: Each commit of ``git log`` is its four fields, each after a NUL: no subject, trailer or path (git
#: quotes paths) holds one, where a commit's subject may hold any other character.
_FIELD = "\x00"
_FORMAT = "%x00".join(("", "%H", "%at", "%(trailers:key=Original-commit,valueonly,separator=%x2C)", "%s"))
#: What git is told whatever the user's or the repository's configuration says: paths quoted
#: in ASCII (``core.quotePath=false`` writes them in their own bytes, which need not be UTF-8),
#: subjects in UTF-8, and no signature checks in the log.
_SETTINGS = ("-c", "core.quotePath=true", "-c", "i18n.logOutputEncoding=UTF-8", "-c", "log.showSignature=false")


#: The environment variables that point git at another repository than ``-C`` names, or at other
#: objects, refs or configuration of it: what git itself clears when it runs in another repository
#: (``git rev-parse --local-env-vars``). Set where the import runs (a git hook runs with
#: ``GIT_DIR``: ``workshop-data import-site site`` from one read the hook's repository, not ``site``),
#: they are not passed on.
_REPOSITORY_VARIABLES = frozenset(
    {
        "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
        "GIT_OBJECT_DIRECTORY", "GIT_DIR", "GIT_WORK_TREE", "GIT_IMPLICIT_WORK_TREE", "GIT_GRAFT_FILE",
        "GIT_INDEX_FILE", "GIT_NO_REPLACE_OBJECTS", "GIT_REPLACE_REF_BASE", "GIT_PREFIX",
        "GIT_INTERNAL_SUPER_PREFIX", "GIT_SHALLOW_FILE", "GIT_COMMON_DIR",
    }
)  # fmt: skip


#: What git is told in its environment whatever the repository's configuration says: to fetch
#: nothing (no transport is allowed, ``GIT_ALLOW_PROTOCOL`` empty, which git puts above every
#: ``protocol.*.allow``). A partial clone (``git clone --filter``) fetches a file's contents when
#: asked for them by running what its configuration names (``remote.<name>.uploadpack``,
#: ``core.sshCommand``, a remote helper, ``ext::`` commands, a credential helper): a checkout
#: handed over with such a ``.git/config`` ran its command on ``import-site``. The contents a
#: clone lacks are :class:`Missing`.
_FETCH_NOTHING = {"GIT_ALLOW_PROTOCOL": ""}

#: What git is told in its environment so that it reads the commits as they are: no replace refs
#: (``refs/replace/*``, ``git replace``) and no grafts file (``.git/info/grafts``), each of which
#: every git command honours: a checkout holding one showed the import a history its commits do
#: not have (a commit's parent replaced, a version of a page gone; a page's contents swapped for
#: a text no commit holds). A shallow clone's cut (``.git/shallow``) is refused instead
#: (:func:`_check_whole_history`).
_AS_COMMITTED = {"GIT_NO_REPLACE_OBJECTS": "1", "GIT_GRAFT_FILE": os.devnull}

#: What git says when it would have fetched (a partial clone's ``git log`` needing a tree it lacks).
_FETCH_REFUSED = re.compile(r"fatal: transport '[^']*' not allowed")

#: Why a clone lacking part of its history is not read, and what to do.
_PARTIAL = (
    "(a partial clone, git clone --filter: import-site fetches nothing, as git runs what the repository's "
    "configuration names to fetch); fetch what it lacks first (git fetch --refetch, without the clone's filter), "
    "or clone the site without --filter"
)


#: What a file is that git would read and that never ends, by its :func:`stat.S_IFMT` kind: a
#: named pipe (git waits for a writer that never comes) or a device (``/dev/zero`` has no end,
#: ``/dev/tty`` waits for a person). A socket is not opened (git says so at once).
_NEVER_ENDING = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}

#: How deep git follows includes of configuration files (``MAX_INCLUDE_DEPTH``), and the keys that name one.
_INCLUDE_DEPTH = 10
_INCLUDES = r"^include(if\..*)?\.path$"


def _check_nothing_endless(repo: Path) -> None:
    """A one-line :class:`WorkshopDataError` where git, reading ``repo``, would open a file that
    never ends (:data:`_NEVER_ENDING`): one in its git directory (its configuration, refs,
    objects) or one its configuration includes (``[include] path``, ``[includeIf …] path``, and
    theirs in turn), and the object folders of other repositories its objects' alternates name
    (``git clone --shared``), and theirs. git opens each without looking at what it is and has
    no switch to read a repository's configuration without its includes: a checkout whose
    ``.git/config`` included a named pipe stopped ``import-site`` for ever at git's first
    command. Said before git runs."""
    folders = _git_folders(repo)
    for folder in folders:
        _check_folder(repo, folder)
    objects = [folder / "objects" for folder in folders]
    seen = set(objects)
    while objects:
        for borrowed in _alternates(objects.pop()):
            if borrowed not in seen:
                seen.add(borrowed)
                _check_folder(repo, borrowed)
                objects.append(borrowed)
    for folder in folders:
        for name in ("config", "config.worktree"):
            _check_includes(repo, folder / name, 0)


def _check_folder(repo: Path, folder: Path) -> None:
    """:func:`_check_ends` of every file in ``folder`` and the folders in it."""
    for place, _, names in os.walk(folder):
        for name in names:
            _check_ends(repo, os.path.join(place, name), "")


def _alternates(objects: Path) -> list[Path]:
    """The object folders of other repositories that git reads objects from besides ``objects``
    (an object folder): those its ``info/alternates`` names, a line each, a relative one from
    ``objects``."""
    listed = objects / "info" / "alternates"
    if not listed.is_file():
        return []
    lines = listed.read_text(encoding="utf-8", errors="replace").splitlines()
    return [Path(os.path.normpath(objects / line)) for line in lines if line.strip() and not line.startswith("#")]


def _git_folders(repo: Path) -> tuple[Path, ...]:
    """The git directory git finds for ``repo`` (its ``.git``, the one a ``.git`` file names, or
    ``repo`` or a folder above it when bare or inside one) and its common directory (a linked
    worktree's repository), found as git finds them but without running git; none where none is."""
    for folder in (repo, *repo.parents):
        dot = folder / ".git"
        if dot.is_file():  # "gitdir: <path>", of a linked worktree or a submodule
            said = dot.read_text(encoding="utf-8", errors="replace")[:4096].partition("gitdir:")[2].strip()
            found = Path(os.path.normpath(folder / said)) if said else None
        elif dot.is_dir():
            found = dot
        elif (folder / "HEAD").is_file() and (folder / "objects").is_dir():
            found = folder
        else:
            continue
        if found is None or not found.is_dir():
            return ()
        common = found / "commondir"
        if not common.is_file():
            return (found,)
        said = common.read_text(encoding="utf-8", errors="replace").strip()
        return (found, Path(os.path.normpath(found / said)))
    return ()


def _check_ends(repo: Path, path: str, including: str) -> bool:
    """Whether ``path`` is a file (following links): False where there is none; a
    :class:`WorkshopDataError` where it is one that never ends (:data:`_NEVER_ENDING`), naming
    ``including``, the configuration file that includes it, if any."""
    try:
        kind = stat.S_IFMT(os.stat(path).st_mode)
    except OSError:
        return False
    if kind in _NEVER_ENDING:
        via = f", which {including} includes," if including else ""
        raise WorkshopDataError(
            f"{repo}: {path}{via} is {_NEVER_ENDING[kind]}, not a file: git would wait on it or read it forever; "
            "remove it, or give a clone of the site"
        )
    return kind == stat.S_IFREG


def _check_includes(repo: Path, config: Path, depth: int) -> None:
    """:func:`_check_ends` of each file the configuration file ``config`` includes, and of theirs,
    as git resolves them (a relative path from ``config``'s folder, ``~`` the home folder)."""
    if depth > _INCLUDE_DEPTH or not _check_ends(repo, str(config), ""):
        return
    try:
        if b"include" not in config.read_bytes().lower():  # a section's name in any case: none, no git to ask
            return
    except OSError:  # unreadable: git says so itself
        return
    done = subprocess.run(  # read outside any repository (GIT_DIR no folder): only ``config``, no include
        ["git", "config", "--file", str(config), "--no-includes", "--null", "--get-regexp", _INCLUDES],
        env=_environment() | {"GIT_DIR": os.devnull},
        capture_output=True,
        check=False,
    )
    for entry in done.stdout.split(b"\0") if done.returncode == 0 else ():
        value = os.fsdecode(entry.partition(b"\n")[2])
        if not value or value.startswith("%(prefix)"):
            continue
        included = os.path.normpath(os.path.join(config.parent, os.path.expanduser(value)))
        _check_ends(repo, included, str(config))
        _check_includes(repo, Path(included), depth + 1)


def _environment() -> dict[str, str]:
    """The environment git runs in: this process's, without :data:`_REPOSITORY_VARIABLES`, with
    :data:`_FETCH_NOTHING` and :data:`_AS_COMMITTED`."""
    kept = {name: value for name, value in os.environ.items() if name not in _REPOSITORY_VARIABLES}
    return kept | _FETCH_NOTHING | _AS_COMMITTED


class TooLarge(WorkshopDataError):
    """A blob larger than :data:`MAX_BLOB`, not read."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes, more than a page of the site can be ({MAX_BLOB}): not read")
        self.size = size


class TooMuch(WorkshopDataError):
    """Blobs past :data:`MAX_TOTAL` bytes in all, not read."""

    def __init__(self, repo: Path) -> None:
        super().__init__(
            f"{repo}: the versions of the site's pages add up to more than {MAX_TOTAL} bytes, more than a "
            "workshop's site holds (its own: 8.5 MB); not read further"
        )


class Missing(WorkshopDataError):
    """A blob the history names that git cannot give (a partial clone lacks it: nothing is fetched,
    :data:`_FETCH_NOTHING`), not read."""

    def __init__(self, repo: Path, blob: str, where: str = "") -> None:
        what = f"{where} (blob {blob[:7]})" if where else blob
        super().__init__(f"{repo}: git cannot give the contents of {what}, a file of its history {_PARTIAL}")
        self.repo, self.blob = repo, blob


@dataclass(frozen=True)
class Change:
    """A path a commit touched: ``status`` is git's letter (``A`` added, ``M`` modified, ``D``
    deleted, ``T`` type changed); ``blob`` the id of its contents after the commit (empty when
    deleted): equal blobs are equal texts, so a text is read and parsed once."""

    status: str
    path: str
    blob: str = ""
    #: The path's git mode after the commit (``100644`` a file, ``120000`` a symbolic link,
    #: ``160000`` a submodule; ``000000`` when deleted), empty where not known.
    mode: str = ""

    @property
    def not_a_file(self) -> str:
        """What the path is when the commit made it no file (a symbolic link, whose blob is the
        path it points to, or a submodule, a commit of another repository), else empty."""
        return _NOT_FILES.get(self.mode, "")


#: The git modes of what a path can be that is no file, and what each is.
_NOT_FILES = {"120000": "a symbolic link", "160000": "a submodule (a commit of another repository)"}


@dataclass(frozen=True)
class Commit:
    """A commit of the site: its id, author time (UTC), upstream id and the paths it touched."""

    sha: str
    author_time: dt.datetime
    #: The ``Original-commit:`` trailer (the upstream id of a rewritten history), else empty.
    original: str
    subject: str
    changes: tuple[Change, ...]
    #: Why the author time is none a date holds (then :data:`NO_TIME`), else empty.
    time_problem: str = ""

    @property
    def short(self) -> str:
        """The short id, as people quote it."""
        return self.sha[:7]

    @property
    def label(self) -> str:
        """How reports name the commit: ``abc1234 (upstream def5678)`` when it has a trailer."""
        return f"{self.short} (upstream {self.original[:7]})" if self.original else self.short


def _run(repo: Path, *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *_SETTINGS, *args],
            env=_environment(),
            capture_output=True,
            check=False,
            text=True,
            encoding="utf-8",
            errors="replace",  # a subject that is not UTF-8 (git writes it as it was committed)
        )
    except FileNotFoundError:
        raise WorkshopDataError(
            "git is not installed (import-site reads the repository with the git command)"
        ) from None
    if done.returncode != 0 and _FETCH_REFUSED.search(done.stderr):
        raise WorkshopDataError(f"{repo}: git cannot give its history without fetching part of it {_PARTIAL}")
    if done.returncode != 0:
        raise WorkshopDataError(f"{repo}: not a readable git repository ({_said(done)})")
    return done.stdout


def _said(done: subprocess.CompletedProcess[str]) -> str:
    """What git said went wrong: its ``fatal:`` or ``error:`` line (the hints it prints after it,
    "Use '--' to separate paths from revisions", say nothing of what), else its last line."""
    lines = done.stderr.strip().splitlines()
    return next((line for line in lines if line.startswith(("fatal:", "error:"))), lines[-1] if lines else "") or (
        f"exit status {done.returncode}"
    )


#: The author time of a commit whose author line holds none a date can (:func:`_author_time`):
#: after every clock, so that the import reads the commit as one authored after its clock.
NO_TIME = dt.datetime.max.replace(tzinfo=dt.UTC)


def _author_time(seconds: str) -> tuple[dt.datetime, str]:
    """A commit's author time (``%at``, seconds since 1970) in UTC, and ``""``; for one no date
    holds (git takes ``--date=@99999999999999``, the year 3170843; it reads none in a time
    before 1970), :data:`NO_TIME` and what is wrong with it. Such a commit stopped the import
    of every edition, run after run, until the history was rewritten; its time is not trusted,
    as one after the import's clock is not (``history.dated``)."""
    try:
        return dt.datetime.fromtimestamp(int(seconds), dt.UTC), ""
    except (ValueError, OverflowError, OSError):
        said = seconds.strip()
        why = (
            f"author time {said} (seconds since 1970) is outside the years 1 to 9999"
            if said.lstrip("-").isdigit()  # git gives none for a time it cannot read (before 1970, not a number)
            else "git reads no author time in it (one before 1970, or none)"
        )
        return NO_TIME, why


#: What a backslash in a path git quotes stands for (``quote_c_style``), besides an octal byte.
_C_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def _unquoted(path: str) -> str:
    """A path as ``git log --raw`` writes it, as the path it is: git writes one holding a
    character outside printable ASCII (a line break, a tab, a letter outside ASCII, a ``"``) in
    double quotes, C-style, each such byte escaped (``"neurips2025\\n/schedule.md"``,
    ``"\\342\\200\\256x/index.md"``); read so, a folder's name ended in a quote, and a page in such
    a folder that names an edition was passed over without a word. Bytes that are not UTF-8
    are read as U+FFFD."""
    if len(path) < 2 or not (path.startswith('"') and path.endswith('"')):
        return path
    out, i, inner = bytearray(), 0, path[1:-1]
    while i < len(inner):
        escaped, octal = inner[i + 1 : i + 2], inner[i + 1 : i + 4]
        if inner[i] == "\\" and escaped in _C_ESCAPES:
            out.append(_C_ESCAPES[escaped])
            i += 2
        elif inner[i] == "\\" and len(octal) == 3 and set(octal) <= set("01234567"):
            out.append(int(octal, 8) & 0xFF)
            i += 4
        else:
            out += inner[i].encode("utf-8")
            i += 1
    return out.decode("utf-8", "replace")


def _commit(sha: str, seconds: str, original: str, rest: str) -> Commit:
    subject, _, body = rest.partition("\n")
    changes = []
    for line in body.splitlines():
        if not line.startswith(":"):
            continue
        meta, _, path = line.partition("\t")  # ":100644 100644 <old blob> <new blob> M"
        fields = meta.split()
        status = fields[-1][:1]
        blob = fields[3] if status != "D" and set(fields[3]) != {"0"} else ""
        changes.append(Change(status, _unquoted(path), blob, fields[1]))
    author_time, time_problem = _author_time(seconds)
    return Commit(
        sha=sha,
        author_time=author_time,
        time_problem=time_problem,
        original=original.strip().split(",")[0].strip(),
        subject=subject,
        changes=tuple(changes),
    )


def commits(repo: str | Path) -> list[Commit]:
    """Every commit of the checked-out branch, oldest first (the first-parent line: what the
    site published, merges read against the branch they were merged into). The first commit's
    paths are its whole tree (``--root``, whatever ``log.showRoot`` says: set false, in the
    repository's or the user's configuration, git lists none, and the pages it added were not
    read)."""
    try:
        out = _log(Path(repo))
    except WorkshopDataError:
        if not _has_commit(Path(repo)):
            raise WorkshopDataError(f"{repo}: the repository has no commit yet: no page to import") from None
        raise
    fields = out.split(_FIELD)[1:]
    if len(fields) % 4:
        raise WorkshopDataError(f"{repo}: git log gave {len(fields)} fields, not four per commit")
    return [_commit(*fields[i : i + 4]) for i in range(0, len(fields), 4)]


def _log(repo: Path) -> str:
    """``git log`` of the checked-out branch as :func:`commits` reads it."""
    return _run(
        repo,
        "log",
        "--root",
        "--reverse",
        "--first-parent",
        "--diff-merges=first-parent",
        "--no-renames",
        "--raw",
        "--no-abbrev",
        f"--format={_FORMAT}",
        "HEAD",
    )


#: A commit id as git writes it in full: SHA-1's 40 hex digits, SHA-256's 64.
_COMMIT_ID = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?\Z")


def first_parents(repo: str | Path, sha: str) -> frozenset[str]:
    """The commit ``sha`` and every commit of its first-parent line (what :func:`commits` reads
    when it is the checked-out branch's last); empty when ``sha`` is no full commit id or no
    commit of the repository (a history rewritten and collected, another repository's)."""
    if not _COMMIT_ID.match(sha):
        return frozenset()
    try:
        out = _run(Path(repo), "rev-list", "--first-parent", f"{sha}^{{commit}}", "--")
    except WorkshopDataError:
        return frozenset()
    return frozenset(out.split())


def _has_commit(repo: Path) -> bool:
    """Whether the checked-out branch has a commit (a repository just made by ``git init`` has none,
    and ``git log`` said only "ambiguous argument 'HEAD'")."""
    try:
        _run(repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    except WorkshopDataError:
        return False
    return True


def _check_top_level(repo: Path) -> None:
    """A one-line :class:`WorkshopDataError` where ``repo`` is a folder inside a repository's work
    tree, not its top level (or its ``.git``, or a bare repository): git reads the enclosing
    repository from any folder in it, so ``import-site site/neurips2024`` imported the whole
    site's history, and the folder of a checkout kept inside another repository (a project's
    ``vendor/site``, not a submodule) imported the project's. Said naming both, before anything
    is read or written."""
    prefix = _run(repo, "rev-parse", "--show-prefix").strip()  # empty at the top level, in .git, when bare
    if prefix:
        top = _run(repo, "rev-parse", "--show-toplevel").strip()
        raise WorkshopDataError(
            f"{repo}: a folder inside the git repository {top}, not its top level: import-site reads a whole "
            f"repository's history; give {top}, or the top level of the site's own repository"
        )


def _check_whole_history(repo: Path) -> None:
    """A one-line :class:`WorkshopDataError` where ``repo`` is a shallow clone (``git clone
    --depth 1``, a CI checkout's default): its oldest commit read has no parent, so every page it
    holds was read as first published then, each edition's history made one release at that time
    (the bundle's: nine releases, NeurIPS 2018's dated 2025-12-03), and an import of the whole
    history into that data directory later refused to write the releases behind them. Said
    before anything is read or written."""
    if _run(repo, "rev-parse", "--is-shallow-repository").strip() == "true":
        raise WorkshopDataError(
            f"{repo}: a shallow clone (its history cut short, as by git clone --depth): each release is dated "
            "by the commit that first gave it, and the commits before the cut are missing; run "
            "'git fetch --unshallow' in it first"
        )


class Reader:
    """Files' bytes at commits, through one ``git cat-file --batch`` process; use as a context
    manager (or call :meth:`close`).

    What it reads is kept for its lifetime (an import reads the history twice, and a blob is
    asked for again whenever a commit touches its path): a blob's bytes are read out of git
    once. :meth:`prefetch` reads many in one round trip."""

    def __init__(self, repo: str | Path) -> None:
        self.repo = Path(repo)
        _check_nothing_endless(self.repo)
        _run(self.repo, "rev-parse", "--git-dir")  # a clear error before the long-lived process
        _check_top_level(self.repo)
        _check_whole_history(self.repo)
        self._proc = subprocess.Popen(
            ["git", "-C", str(self.repo), "cat-file", "--batch"],
            env=_environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        #: What each name (a blob id, ``<commit>:<path>``) was found to be.
        self._found: dict[str, tuple[str, bytes] | TooLarge | TooMuch | None] = {}
        #: The bytes of the blobs read (:data:`MAX_TOTAL`).
        self._held = 0

    def read(self, sha: str, path: str) -> bytes | None:
        """The bytes of ``path`` at commit ``sha``; None when the commit has no such file."""
        found = self.blob(f"{sha}:{path}")
        return found[1] if found else None

    def blob(self, spec: str) -> tuple[str, bytes] | None:
        """(blob id, bytes) of a blob named as git names objects (a blob id,
        ``<commit>:<path>``); None when there is no such blob; :class:`TooLarge` when it is
        larger than :data:`MAX_BLOB`."""
        if spec not in self._found:
            self.prefetch([spec])
        found = self._found[spec]
        if isinstance(found, TooLarge):
            raise TooLarge(found.size)
        if isinstance(found, TooMuch):
            raise TooMuch(self.repo)
        return found

    def prefetch(self, specs: Iterable[str]) -> None:
        """Read the blobs named ``specs`` that were not read yet, in one round trip: the names
        are written by a thread while the answers are read here, so that neither pipe fills up
        and blocks the other side. Past :data:`MAX_TOTAL` bytes in all, the answers are read past
        and :class:`TooMuch` raised once the round trip is over; :class:`Missing` where a name that is
        a blob's id (of a file the history changed) is not there: read as no file, a partial clone
        whose remote could not be reached (``git clone --filter=blob:none``) wrote no release and
        said only that the pinned release 'has no schedule page here'."""
        wanted = list(dict.fromkeys(s for s in specs if s not in self._found))
        for spec in [s for s in wanted if "\n" in s]:  # cat-file reads a name a line: it would be two
            self._found[spec] = None
            wanted.remove(spec)
        if not wanted:
            return
        proc = self._proc
        assert proc.stdin is not None and proc.stdout is not None
        names = "".join(f"{spec}\n" for spec in wanted).encode()
        stdin = proc.stdin

        def ask() -> None:
            stdin.write(names)
            stdin.flush()

        def ask_aside() -> None:
            with contextlib.suppress(OSError, ValueError):  # git ended: the reader was closed (below)
                ask()

        asking = threading.Thread(target=ask_aside, daemon=True) if len(wanted) > 1 else None
        if asking is None:
            ask()
        else:
            asking.start()
        try:
            for spec in wanted:
                self._found[spec] = self._answer()
        except BaseException:
            # stopped (an error, a Ctrl-C) with answers unread: git waits for them to be read, and
            # the thread to write the names left; the reader is closed, so both end
            if asking is not None:
                self.close()
            raise
        finally:
            if asking is not None:
                asking.join()
        if any(isinstance(self._found[spec], TooMuch) for spec in wanted):
            raise TooMuch(self.repo)
        lacked = next((s for s in wanted if self._found[s] is None and _COMMIT_ID.match(s)), None)
        if lacked is not None:  # a blob id the history names: it is there, unless the clone lacks it
            raise Missing(self.repo, lacked)

    def _answer(self) -> tuple[str, bytes] | TooLarge | TooMuch | None:
        """The next answer of ``git cat-file --batch``: (blob id, bytes), :class:`TooLarge` or
        :class:`TooMuch` (its bytes read past, a megabyte at a time), or None."""
        stdout = self._proc.stdout
        assert stdout is not None
        header = stdout.readline().decode("utf-8", "replace").split()
        if len(header) < 3 or header[-1] == "missing":
            return None
        size = int(header[2])
        if size > MAX_BLOB or self._held + size > MAX_TOTAL:
            left = size + 1  # and the newline after the contents
            while left > 0 and (chunk := stdout.read(min(left, 1 << 20))):
                left -= len(chunk)
            if header[1] != "blob":
                return None
            return TooLarge(size) if size > MAX_BLOB else TooMuch(self.repo)
        self._held += size
        data = stdout.read(size)
        stdout.read(1)  # the newline after the contents
        return (header[0], data) if header[1] == "blob" else None

    def close(self) -> None:
        """End the git process, whatever was left unread.

        Its output is closed first: a read stopped between asking and reading the answer (an
        error, a Ctrl-C) left git writing a blob into a full pipe, and waiting for it to end at the
        end of its input waited for ever, git waiting for the answer to be read; with its output
        closed, such a write fails and git ends. Its input closed, an idle git ends as it did. One
        that still has not ended after :data:`CLOSE_WAIT` seconds is killed: it only reads."""
        proc = self._proc
        if proc.stdout is not None:
            proc.stdout.close()
        if proc.stdin is not None:
            with contextlib.suppress(OSError):  # what was left to write could not be: git has ended
                proc.stdin.close()
        try:
            proc.wait(CLOSE_WAIT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def __enter__(self) -> Reader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

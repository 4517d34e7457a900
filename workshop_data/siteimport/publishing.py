"""The planned releases written into a data directory: each missing release, atomically.

:func:`publish` writes what the data directory does not have yet, edition by edition
(:class:`workshop_data.datapackage.Publication`: nothing half-written, durable, in order; a
second run writes nothing), and refuses what would mislead a reader: an edition folder
another's but for its case, a newest release no version of the history has (a history
rewritten), an id the data directory's other releases gave to something else; and records
there the last commit the import read (:func:`record_read`), which the next run reads
(:func:`recorded`).

Why a module of its own: it is the only part of the import that reads or writes the data
directory; planning (:mod:`.planning`) never touches it.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from ..datapackage import DISK, Disk, Publication, Run, Staged, check_case, release_files, replace_file
from ..defaults import DESCRIPTOR
from ..encoding import format_published, parse_published
from ..errors import WorkshopDataError
from ..ids import title_key
from ..model import Release
from ..store import edition_names, publication_key, publication_order, release_names
from ..validation import read_release
from .report import Report, problem

#: The file of a data directory, beside its editions' folders, that holds the full id of the last
#: commit whose pages an import read into it (one line): what the next run marks read
#: (:meth:`.report.Report.read_before`). A dot file, no release's: the readers, the site and
#: ``validate`` look at editions' folders alone, and no release's bytes change.
READ_RECORD = ".import-site"
#: The most bytes of the record read (a commit id is 40 or 64 hex digits).
_RECORD_BYTES = 128
#: The file of a data directory, beside :data:`READ_RECORD`, that lists the editions' papers pages
#: the import could not read (:attr:`.report.Report.papers_unread`), one line each: the edition,
#: the commit's author time (UTC) and the problem as the report said it, and, where a version of
#: the edition's papers page was read after it or the page was deleted, unpublished (``published:
#: false``) or became another edition's (not moved: the edition had no papers page then), that
#: commit's author time (UTC), a tab between them. Each run reads the whole history, so it writes
#: the whole list (none: no file). What ``workshop-data papers`` says of a release that lists no
#: papers because its papers page was not read (and not read since: a page mended to list no
#: papers is the site's list), where the import's report, printed once, is gone: a dot file, no
#: release's (no release's bytes change).
PAPERS_UNREAD = ".import-site-papers"


def recorded(root: Path) -> str:
    """The commit id :data:`READ_RECORD` of the data directory ``root`` holds, "" when it holds
    none (no record, not a regular file: a FIFO is not waited on, not ASCII)."""
    data = _read_record(root / READ_RECORD, _RECORD_BYTES)
    return data.decode("ascii").strip() if data.isascii() else ""


def record_read(root: Path, report: Report, disk: Disk = DISK) -> None:
    """Record in the data directory ``root`` the last commit whose pages the import read
    (:attr:`.report.Report.read_to`), atomically and durably, as a release is published
    (:func:`~workshop_data.datapackage.replace_file`: flushed before its rename, the data directory
    after it; ``disk``: how), when it holds a release (a run that wrote none into a new directory
    leaves nothing) and the record names another commit (a run that read nothing new writes
    nothing). Replaced without a flush, the record could reach the disk renamed but empty after a
    power loss: the next run would mark nothing read and print every problem again. A record that
    cannot be written is a problem of the report: the next run prints every problem again, as a
    first one does."""
    sha = report.read_to
    if not sha or recorded(root) == sha or not edition_names(root):
        return
    for stale in root.glob(f"{READ_RECORD}.*.tmp"):  # left by a run killed while writing it
        stale.unlink(missing_ok=True)
    try:
        replace_file(root / READ_RECORD, f"{sha}\n".encode("ascii"), disk)
    except OSError as exc:
        problem(
            report,
            None,
            f"{root / READ_RECORD}: cannot write: {exc.strerror} (the next run prints every problem again)",
        )


def record_papers_unread(root: Path, report: Report, disk: Disk = DISK) -> None:
    """Record in the data directory ``root`` the papers pages the import could not read
    (:data:`PAPERS_UNREAD`), atomically and durably as :func:`record_read` does, when it holds a
    release of the history (one the import wrote or found there: its folders are not listed again)
    and the record would change; a run that found none removes an earlier record."""
    text = "".join(
        f"{e}\t{format_published(t)}\t{said}{_read_again(again)}\n"
        for e, t, said, again in report.papers_unread
        if t < _NO_TIME
    )
    path = root / PAPERS_UNREAD
    if not (report.written or report.existing) or _read_record(path) == text.encode("utf-8"):
        return
    try:
        if text:
            replace_file(path, text.encode("utf-8"), disk)
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:
        problem(report, None, f"{path}: cannot write: {exc.strerror}")


def _read_again(again: dt.datetime | None) -> str:
    """The record's last cell (:data:`PAPERS_UNREAD`) with its tab: when the edition's papers page
    was next read, deleted or another edition's, none where it was none of these."""
    return f"\t{format_published(again)}" if again is not None and again < _NO_TIME else ""


def papers_unread(root: Path, edition: str) -> list[tuple[dt.datetime, str, dt.datetime | None]]:
    """The papers pages of ``edition`` an import into ``root`` could not read
    (:data:`PAPERS_UNREAD`): each commit's author time, the problem said and the author time of
    the commit that next read a version of the page, deleted it or gave it to another edition
    (None: none did), oldest first; none when there is no record (an import that read every one,
    a data directory no import-site made) or it cannot be read."""
    found = []
    data = _read_record(root / PAPERS_UNREAD)
    for line in data.decode("utf-8", "replace").splitlines():
        cells = line.split("\t")
        if len(cells) in (3, 4) and cells[0] == edition:
            try:
                again = parse_published(cells[3]) if len(cells) == 4 else None
                found.append((parse_published(cells[1]), cells[2], again))
            except ValueError:
                continue
    return sorted(found, key=lambda entry: entry[:2])


def _read_record(path: Path, most: int | None = None) -> bytes:
    """The record file ``path``, whole or its first ``most`` bytes: none where there is none or it
    is no regular file (a FIFO is not waited on). :data:`PAPERS_UNREAD` is read whole: one line a
    failure, it has no bound, and one read in part never equals the record a run makes, which
    each run then wrote again (and ``workshop-data papers`` lost its later lines)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        if most is not None:
            return os.read(fd, most)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return b""
    finally:
        os.close(fd)


#: A commit's time that no date holds (:data:`.git.NO_TIME`): no time a record can say.
_NO_TIME = dt.datetime.max.replace(tzinfo=dt.UTC)


def _same_files(folder: Path, release: Release) -> bool:
    try:
        return all((folder / name).read_bytes() == data for name, data in release_files(release).items())
    except OSError:
        return False


def _newest_elsewhere(root: Path, edition: str, planned: Sequence[Release]) -> str | None:
    """A problem when the edition's newest release in ``root`` is no release of ``planned`` (the
    repository's history) and is newer than all of them: the history was rewritten (a
    force-push that dropped the commits it was made from) or it was imported otherwise. The
    releases of the history it does not have would be published behind it, and it would stay
    'latest', a version the site no longer has. None otherwise."""
    if not planned or not (root / edition).is_dir():
        return None
    names = release_names(edition, root)
    given = {r.name for r in planned}
    if not names or names[-1] in given:
        return None
    last = planned[-1]
    if publication_order(root / edition / names[-1]) < publication_key(last.published, last.name):
        return None
    missing = [r.name for r in planned if r.name not in names]
    listed = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
    written = f"{len(missing)} release{'s' if len(missing) != 1 else ''} of the history not written ({listed})"
    return (
        f"{root / edition}: its newest release, {names[-1]}, is no version of the repository's history "
        "(rewritten, as by a force-push, or imported from elsewhere) and would stay 'latest': "
        + (f"{written}; import it into a new data directory" if missing else "kept as it is")
    )


def _ids_of(release: Release) -> set[tuple[str, str]]:
    """The (kind, id) of each slot, talk and paper of ``release``: what its edition never reuses."""
    return {
        *(("slot", s.slot_id) for s in release.slots),
        *(("talk", t.talk_id) for t in release.talks),
        *(("paper", p.paper_id) for p in release.papers),
    }


def _reused_ids(root: Path, edition: str, planned: Sequence[Release]) -> tuple[int, str] | None:
    """Where in ``planned`` the first release to write stands that gives an id of the edition's
    releases in ``root`` that are no version of the repository's history (its history
    rewritten, as by a force-push; a release imported by hand) to something else the history
    makes anew, and the problem said; None when none does. The history's ids are unique across
    the history it has: a release it dropped gave its ids to its own slots (a slot 'Tea Party' at
    17:30), and the history's new one (a session renamed 'Tea Party' at 11:10) would be published
    under the same id, which calendars and the changelog take for the same slot. Nothing of the
    edition is written from there on. The same thing under the same id (a page imported by hand,
    then committed) is no reuse (:func:`_same_thing`)."""
    given = {r.name for r in planned}
    dropped = [n for n in release_names(edition, root) if n not in given] if (root / edition).is_dir() else []
    held: dict[tuple[str, str], Release] = {}
    for name in dropped:
        try:
            found = read_release(root / edition / name)
        except WorkshopDataError:
            continue  # a release that does not load gives no ids a reader sees
        for key in _ids_of(found):
            held.setdefault(key, found)
    seen: set[tuple[str, str]] = set()
    for number, release in enumerate(planned):
        ids = _ids_of(release)
        fresh = sorted((ids - seen) & held.keys()) if held else []
        if fresh and not (root / edition / release.name / DESCRIPTOR).exists():
            for kind, reused in fresh:
                other = held[kind, reused]
                if _same_thing(other, release, kind, reused):
                    continue
                return number, (
                    f"{root / edition}: release {release.name} would give the {kind} id {reused!r}, {other.name}'s"
                    f" for a {kind} of its own (a release of no version of the repository's history: rewritten, as by"
                    f" a force-push), to another {kind} the history makes anew: ids are never reused for something"
                    " else; it and the edition's later releases were not written; import it into a new data directory"
                )
        seen |= ids
    return None


def _same_thing(before: Release, release: Release, kind: str, shared: str) -> bool:
    """Whether ``release``'s ``kind`` (slot, talk or paper) ``shared`` is what ``before`` has under
    that id as a page shows it: a slot of the same label and title at the same time, a talk or a
    paper of the same title."""

    def shown(of: Release) -> list[tuple[object, ...]]:
        if kind == "slot":
            return [(s.start, s.label, s.title) for s in of.slots if s.slot_id == shared]
        if kind == "talk":
            return [(t.title,) for t in of.talks if t.talk_id == shared]
        return [(title_key(p.title),) for p in of.papers if p.paper_id == shared]

    return shown(before) == shown(release)


def publish(
    releases: dict[str, list[Release]], data_dir: str | Path, report: Report | None = None, *, disk: Disk = DISK
) -> Report:
    """Write every release that ``data_dir`` does not have yet, edition by edition; an edition
    whose release cannot be written stops there (the others go on).

    The releases are written and read back first, then flushed to the disk at once and put in
    place in order, each edition's folder flushed after each rename
    (:class:`~workshop_data.datapackage.Publication`; ``disk``: how): a power loss leaves each
    edition's releases in order, each whole or not there.

    An edition whose folder would be another's on a file system that ignores case (``NeurIPS2024``
    beside ``neurips2024``, in ``data_dir`` or among the editions to write) is a
    :class:`WorkshopDataError`, before anything is written (:func:`~workshop_data.datapackage.check_case`).
    """
    report = report if report is not None else Report()
    root = Path(data_dir)
    editions = list(releases)
    for number, edition in enumerate(editions):
        check_case(root, "edition", edition, planned=editions[:number])
    with Publication(root, disk) as publication:
        staged: dict[str, list[Staged]] = {}
        for edition, planned in releases.items():
            staged[edition] = _stage(publication, root, edition, planned, report)
        try:
            publication.flush()
        except WorkshopDataError as exc:  # (the folders staged are removed on the way out)
            problem(report, None, f"{exc}; no release written")
            return report
        for edition, written in staged.items():
            for number, one in enumerate(written):
                try:
                    report.written.append(publication.put(one))
                except WorkshopDataError as exc:
                    problem(report, None, f"{edition}: {exc}; the edition's later releases were not written")
                    for later in written[number + 1 :]:
                        publication.discard(later)
                    break
    return report


def _stage(publication: Publication, root: Path, edition: str, planned: list[Release], report: Report) -> list[Staged]:
    """The releases of ``planned`` (``edition``'s, in order) that ``root`` does not have, staged
    (:meth:`~workshop_data.datapackage.Publication.stage`) up to the first that cannot be written
    (reported); those it has are compared and counted, and what would mislead a reader is
    reported (:func:`_newest_elsewhere`, :func:`_reused_ids`)."""
    elsewhere = _newest_elsewhere(root, edition, planned)
    if elsewhere is not None:
        problem(report, None, elsewhere)
        planned = [r for r in planned if (root / edition / r.name / DESCRIPTOR).exists()]
    reused = _reused_ids(root, edition, planned)
    if reused is not None:
        problem(report, None, reused[1])
        planned = planned[: reused[0]]
    run = Run()  # (the edition's releases in order: each takes what the last published proved)
    staged: list[Staged] = []
    for release in planned:
        folder = root / edition / release.name
        if (folder / DESCRIPTOR).exists():
            report.existing.append(f"{edition}/{release.name}")
            if not _same_files(folder, release):
                problem(report, None, f"{folder}: exists and differs from what the history gives; kept as it is")
            continue
        try:
            staged.append(publication.stage(release, run))
        except WorkshopDataError as exc:
            problem(report, None, f"{edition}: {exc}; the edition's later releases were not written")
            break
    return staged

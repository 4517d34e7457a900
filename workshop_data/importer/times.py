"""Time cells of a schedule page: ``8:20 AM``, ``11:30AM``, ``9:00-9:10 AM``, ``11-11:30 AM``…

A cell gives a start and sometimes an end. The meridiem may be written once, for the end
(``11:55-12:20 PM`` starts at 11:55 AM), or not at all (then the order of the rows decides, with
a warning). A start earlier than the row above it is a typo when flipping its meridiem puts it
back in order (``12:30AM`` right after ``11:30AM`` is 12:30 PM): it is corrected with a warning,
never silently. Anything else out of order is an error naming the row.

A cell that prints a placeholder instead of a time (``TBD``, ``TBA``) gives no time: the row's
start and end are unknown (never guessed from its neighbours), and the next row that prints a
time is kept in order with the last one that did.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from .. import memo
from ..errors import WorkshopDataError
from .inline import collapse
from .people import is_placeholder

#: A mistyped meridiem is corrected only when the corrected time follows the row above by at
#: most this many minutes (12:30AM after 11:30AM; not 8:00 AM after 9:00 AM, which is disorder).
MAX_CORRECTION_GAP = 4 * 60
#: A time cell longer than this is not a time (and is not fed to the regular expressions).
MAX_CELL = 40

_CLOCK = r"(?P<{p}h>\d{{1,2}})(?:[:.h](?P<{p}m>\d{{2}}))?\s*(?P<{p}ap>[ap]\.?\s?m\.?|noon)?"
_TIME = re.compile(r"^" + _CLOCK.format(p="s") + r"$", re.IGNORECASE)
_RANGE = re.compile(
    r"^" + _CLOCK.format(p="s") + r"\s*(?:-|–|—|to)\s*" + _CLOCK.format(p="e") + r"$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clock:
    """A time as printed: hour and minute, and the meridiem if one was written."""

    hour: int
    minute: int
    meridiem: str | None  # "am", "pm", or None when not written (or a 24-hour time)

    def resolve(self, meridiem: str | None) -> dt.time:
        """The 24-hour time, reading the hour with ``meridiem`` (None: as written, 24-hour)."""
        if meridiem is None:
            return dt.time(self.hour % 24, self.minute)
        hour = self.hour % 12 + (12 if meridiem == "pm" else 0)
        return dt.time(hour, self.minute)

    @property
    def twelve_hour(self) -> bool:
        """Whether the hour can be read on a 12-hour clock (1 to 12)."""
        return 1 <= self.hour <= 12


@dataclass(frozen=True)
class TimeCell:
    """A parsed time cell: its start and, for a range, its end."""

    start: Clock
    end: Clock | None


def _clock(match: re.Match[str], prefix: str) -> Clock:
    hour = int(match.group(f"{prefix}h"))
    minute = int(match.group(f"{prefix}m") or 0)
    ap = match.group(f"{prefix}ap")
    meridiem = None
    if ap:
        ap = ap.lower()
        meridiem = "pm" if ap == "noon" or ap.startswith("p") else "am"
    if hour > 23 or minute > 59 or (meridiem and not 1 <= hour <= 12):
        raise ValueError("not a clock time")
    return Clock(hour, minute, meridiem)


@functools.lru_cache(maxsize=4096)  # a site's history prints the same times version after version
def parse_cell(text: str) -> TimeCell:
    """Read a time cell; :class:`ValueError` if it is not a time or a range of times."""
    text = collapse(text)
    if not text or len(text) > MAX_CELL:
        raise ValueError("not a time")
    match = _TIME.match(text)
    if match:
        return TimeCell(_clock(match, "s"), None)
    match = _RANGE.match(text)
    if match:
        return TimeCell(_clock(match, "s"), _clock(match, "e"))
    raise ValueError("not a time")


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _flip(meridiem: str) -> str:
    return "am" if meridiem == "pm" else "pm"


def clock_text(t: dt.time) -> str:
    """``dt.time(14, 5)`` -> ``"2:05 PM"``, as the pages print times."""
    return f"{(t.hour - 1) % 12 + 1}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"


#: The start and end of a time cell read after a row that started at a time (None: no row
#: above, or only placeholders), when reading it reported nothing (no warning, no meridiem
#: corrected, no error): (the cell as printed, the start above) -> (start, end). That reading
#: depends on these two values alone (the row and the file go only into messages), and a site's
#: history prints the same rows version after version (3,097 cells read in an import of the
#: workshop's site, each by a dozen calls in Python).
_QUIET: memo.Memo[tuple[str, dt.time | None], tuple[dt.time | None, dt.time | None]] = memo.Memo(4096)


@dataclass
class Clocks:
    """Resolves the time cells of a page in row order, collecting warnings.

    Messages name the row as ``<where_file>, row <n>``.
    """

    where_file: str
    warnings: list[str]
    previous: dt.time | None = None
    #: The starts read with the other meridiem: row number -> (the cell as printed, the row above's start).
    flipped: dict[int, tuple[str, dt.time]] = field(default_factory=dict)
    #: The row of :attr:`previous` (None: none read yet).
    previous_row: int | None = None
    #: The row and start that the last run of rows read with the other meridiem followed: its own
    #: AM/PM is the likelier typo when that run ends out of order (:meth:`_run_note`).
    run_after: tuple[int, dt.time] | None = None

    def _where(self, row: int) -> str:
        return f"{self.where_file}, row {row}"

    def _start(self, cell: TimeCell, row: int, printed: str) -> dt.time:
        start, end = cell.start, cell.end
        if start.meridiem:
            return start.resolve(start.meridiem)
        if end is not None and end.meridiem and start.twelve_hour:
            # The meridiem is written once, for the end: the start shares it unless that would
            # put the start after the end (11:55-12:20 PM starts at 11:55 AM).
            end_time = end.resolve(end.meridiem)
            for meridiem in (end.meridiem, _flip(end.meridiem)):
                begins = start.resolve(meridiem)
                if _minutes(begins) < _minutes(end_time):
                    return begins
            # neither reading starts before the end: say so in the page's words, not with a start
            # read with the meridiem the page did not write (9:00-8:30 AM does not start at 9:00 PM)
            ends = "as" if start.resolve(end.meridiem) == end_time else "before"
            raise WorkshopDataError(
                f"{self._where(row)}: time cell {printed!r} ends {ends} it starts: {start.hour}:{start.minute:02d} "
                f"is not before {clock_text(end_time)}, read as AM or as PM"
            )
        if not start.twelve_hour or printed.startswith("0"):
            return start.resolve(None)  # a 24-hour time (13:30, 08:20, 0:15)
        return self._guess_meridiem(start, row, printed)

    def _guess_meridiem(self, start: Clock, row: int, printed: str) -> dt.time:
        """No AM/PM written and the hour fits both: the first reading not before the row above."""
        if self.previous is None:
            meridiem = "am" if 7 <= start.hour <= 11 else "pm"
        else:
            am = start.resolve("am")
            meridiem = "am" if _minutes(am) > _minutes(self.previous) else "pm"
        chosen = start.resolve(meridiem)
        self.warnings.append(f"{self._where(row)}: time {printed!r} has no AM/PM; read as {clock_text(chosen)}")
        return chosen

    def _in_order(self, start: dt.time, cell: TimeCell, row: int, printed: str) -> dt.time:
        """The start, corrected when its meridiem is an obvious typo; else an error if out of order."""
        if self.previous is None or _minutes(start) > _minutes(self.previous):
            return start
        flipped = dt.time((start.hour + 12) % 24, start.minute)
        gap = _minutes(flipped) - _minutes(self.previous)
        if cell.start.meridiem and 0 < gap <= MAX_CORRECTION_GAP and start.hour < 12 <= flipped.hour:
            self.warnings.append(
                f"{self._where(row)}: time {printed!r} comes before the row above ({clock_text(self.previous)}); "
                f"read as {clock_text(flipped)} (the AM/PM looks mistyped)"
            )
            if self.previous_row not in self.flipped and self.previous_row is not None:
                self.run_after = (self.previous_row, self.previous)
            self.flipped[row] = (printed, self.previous)
            return flipped
        if _minutes(start) == _minutes(self.previous):
            raise WorkshopDataError(
                f"{self._where(row)}: time cell {printed!r} starts at {clock_text(start)}, the same time as the row "
                f"above (parallel sessions are not supported){self._run_note()}"
            )
        raise WorkshopDataError(
            f"{self._where(row)}: time cell {printed!r} starts at {clock_text(start)}, before the row above "
            f"({clock_text(self.previous)}): rows are out of order{self._run_note()}"
        )

    def _run_note(self) -> str:
        """What an order error adds when the row above was read with the other meridiem: the run of
        rows so read and the row they followed, whose own AM/PM is then the likelier typo (a '9:45
        PM' among morning rows turns every later morning row to PM, until noon is out of order:
        the error's row and times alone point away from it). Empty otherwise."""
        if self.previous_row not in self.flipped or self.run_after is None:
            return ""
        above, _ = self.flipped[self.previous_row]
        first_row, first_start = self.run_after
        run = sorted(r for r in self.flipped if first_row < r <= self.previous_row)
        rows = f"row {run[0]} was" if len(run) == 1 else f"rows {run[0]} to {run[-1]} were"
        return (
            f"; the row above prints {above!r}: {rows} read with the other AM/PM to follow "
            f"row {first_row}'s {clock_text(first_start)} (is that one mistyped?)"
        )

    def resolve(self, printed: str, row: int) -> tuple[dt.time | None, dt.time | None]:
        """The start and end (None when not printed) of the time cell ``printed`` on ``row``;
        both None for a placeholder (``TBD``). A cell read quietly before after the same start
        is read as it was then (:data:`_QUIET`)."""
        key = (printed, self.previous)
        found = _QUIET.results.get(key)
        if found is not None:
            start, end = found[0]
            if start is not None:
                self.previous, self.previous_row = start, row
            return start, end
        warned, flipped = len(self.warnings), len(self.flipped)
        start, end = self._read(printed, row)
        if start is not None:
            self.previous_row = row
        if len(self.warnings) == warned and len(self.flipped) == flipped:
            _QUIET.keep(key, (start, end))
        return start, end

    def _read(self, printed: str, row: int) -> tuple[dt.time | None, dt.time | None]:
        """:meth:`resolve`, reading the cell."""
        if is_placeholder(printed):
            return None, None
        try:
            cell = parse_cell(printed)
        except ValueError:
            shown = printed.strip()[:MAX_CELL]
            raise WorkshopDataError(
                f"{self._where(row)}: time cell {shown!r} is not a time (expected e.g. '8:20 AM' or '9:00-9:10 AM')"
            ) from None
        start = self._in_order(self._start(cell, row, printed.strip()), cell, row, printed.strip())
        end = None
        if cell.end is not None:
            end = (
                cell.end.resolve(cell.end.meridiem)
                if cell.end.meridiem
                else self._end_without_meridiem(cell.end, start)
            )
            if _minutes(end) <= _minutes(start):
                raise WorkshopDataError(
                    f"{self._where(row)}: time cell {printed.strip()!r} ends at {clock_text(end)}, "
                    f"not after its start {clock_text(start)}"
                )
        self.previous = start
        return start, end

    @staticmethod
    def _end_without_meridiem(end: Clock, start: dt.time) -> dt.time:
        """An end printed without AM/PM (``9-10:30``): the first reading after the start."""
        if not end.twelve_hour:
            return end.resolve(None)
        am = end.resolve("am")
        return am if _minutes(am) > _minutes(start) else end.resolve("pm")

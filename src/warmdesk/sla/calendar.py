"""Business-hours calendars: when the SLA clock runs, in the calendar's own timezone.

Pure: every function takes the times it needs (timezone-aware) and returns UTC. A calendar
is a set of weekly opening windows in local wall-clock time plus holidays; a 24x7 calendar
is always open. Windows are turned into UTC day by day through ``zoneinfo``, so a DST change
in either direction shortens or lengthens that day's window by the hour the clocks moved —
the clock counts real elapsed time while the desk is open.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# A calendar with no open time in this many days cannot meet any target.
MAX_SEARCH_DAYS = 3 * 366


class CalendarError(ValueError):
    """A calendar that cannot be used (no opening hours, a naive time)."""


@dataclass(frozen=True, slots=True)
class OpeningWindow:
    """Open from ``opens`` to ``closes`` local time on ``weekday`` (0 = Monday).

    ``closes`` at or before ``opens`` means the window runs past midnight into the next day
    (a night shift); ``closes == time(0)`` is midnight at the end of the day.
    """

    weekday: int
    opens: time
    closes: time

    def on(self, day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """This window on ``day`` (which must fall on its weekday), in UTC."""
        start = datetime.combine(day, self.opens, tzinfo=zone)
        end_day = day + timedelta(days=1) if self.closes <= self.opens else day
        end = datetime.combine(end_day, self.closes, tzinfo=zone)
        return start.astimezone(UTC), end.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    timezone: str
    windows: tuple[OpeningWindow, ...] = ()
    holidays: frozenset[date] = field(default_factory=frozenset)
    always_open: bool = False  # 24x7: holidays and windows do not apply

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def open_spans(self, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The open time between ``start`` and ``end`` as UTC spans, in order."""
        start, end = _utc(start), _utc(end)
        if end <= start:
            return
        if self.always_open:
            yield start, end
            return
        for opens, closes in self._spans_from(start):
            if opens >= end:
                return
            yield max(opens, start), min(closes, end)

    def _spans_from(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Open spans (UTC) that end after ``start``, merged where they touch, forever."""
        if not self.windows:
            raise CalendarError("this calendar has no opening hours")
        zone = self.zone
        # A night window that opened the day before may still be open at ``start``.
        day = start.astimezone(zone).date() - timedelta(days=1)
        pending: tuple[datetime, datetime] | None = None
        for offset in range(MAX_SEARCH_DAYS):
            current = day + timedelta(days=offset)
            if current in self.holidays:
                continue
            for window in self._windows_on(current.weekday()):
                opens, closes = window.on(current, zone)
                if closes <= start or closes <= opens:
                    continue
                if pending and opens <= pending[1]:
                    pending = (pending[0], max(pending[1], closes))
                    continue
                if pending:
                    yield pending
                pending = (opens, closes)
        if pending:
            yield pending
        raise CalendarError(f"no open time within {MAX_SEARCH_DAYS} days")

    def _windows_on(self, weekday: int) -> list[OpeningWindow]:
        return sorted((w for w in self.windows if w.weekday == weekday), key=lambda w: w.opens)

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        """Open time between ``start`` and ``end`` (zero if ``end`` is not after it)."""
        total = timedelta()
        for opens, closes in self.open_spans(start, end):
            total += closes - opens
        return total

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """The UTC moment when ``duration`` of open time has passed since ``start``.

        Raises ``CalendarError`` when the calendar has no opening hours to spend.
        """
        start = _utc(start)
        if duration <= timedelta():
            return start
        if self.always_open:
            return start + duration
        left = duration
        for opens, closes in self._spans_from(start):
            opens = max(opens, start)
            if closes - opens >= left:
                return opens + left
            left -= closes - opens
        raise CalendarError("no open time left")  # pragma: no cover - _spans_from raises

    def is_open(self, moment: datetime) -> bool:
        moment = _utc(moment)
        return self.elapsed(moment, moment + timedelta(seconds=1)) > timedelta()

    def next_open(self, moment: datetime) -> datetime:
        """``moment`` if the desk is open then, else when it next opens (UTC)."""
        moment = _utc(moment)
        if self.always_open:
            return moment
        opens, _ = next(self._spans_from(moment))
        return max(opens, moment)


def always_open(timezone: str = "UTC") -> BusinessCalendar:
    """A 24x7 calendar (used for P1)."""
    return BusinessCalendar(timezone=timezone, always_open=True)


def office_hours(
    timezone: str,
    opens: time = time(9),
    closes: time = time(17),
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4),
    holidays: frozenset[date] = frozenset(),
) -> BusinessCalendar:
    """The same hours on each of ``weekdays`` (Monday to Friday, 09:00-17:00 by default)."""
    windows = tuple(OpeningWindow(day, opens, closes) for day in weekdays)
    return BusinessCalendar(timezone=timezone, windows=windows, holidays=holidays)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise CalendarError("times must be timezone-aware")
    return moment.astimezone(UTC)

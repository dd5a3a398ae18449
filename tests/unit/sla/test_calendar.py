from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from warmdesk.sla.calendar import (
    BusinessCalendar,
    CalendarError,
    OpeningWindow,
    always_open,
    office_hours,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def _london(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LONDON)  # type: ignore[misc]


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


# 2026-11-23 is a Monday; London is on GMT (UTC+0) then.
WEEKDAYS_9_TO_5 = office_hours("Europe/London")


@pytest.mark.parametrize(
    ("start", "hours", "due"),
    [
        # inside hours
        (_london(2026, 11, 23, 10, 0), 2, _london(2026, 11, 23, 12, 0)),
        # before hours: the clock starts at 09:00
        (_london(2026, 11, 23, 7, 0), 1, _london(2026, 11, 23, 10, 0)),
        # after hours: the clock starts next morning
        (_london(2026, 11, 23, 18, 0), 1, _london(2026, 11, 24, 10, 0)),
        # overnight: half an hour today, half an hour tomorrow
        (_london(2026, 11, 23, 16, 30), 1, _london(2026, 11, 24, 9, 30)),
        # Friday to Monday
        (_london(2026, 11, 27, 16, 0), 2, _london(2026, 11, 30, 10, 0)),
        # Saturday: nothing counts until Monday 09:00
        (_london(2026, 11, 28, 11, 0), 1, _london(2026, 11, 30, 10, 0)),
        # exactly at closing: the next day
        (_london(2026, 11, 23, 17, 0), 1, _london(2026, 11, 24, 10, 0)),
        # a full 8-hour day and a bit
        (_london(2026, 11, 23, 9, 0), 9, _london(2026, 11, 24, 10, 0)),
    ],
)
def test_adding_business_hours(start: datetime, hours: int, due: datetime) -> None:
    assert WEEKDAYS_9_TO_5.add(start, timedelta(hours=hours)) == due
    assert WEEKDAYS_9_TO_5.elapsed(start, due) == timedelta(hours=hours)


def test_holidays_are_skipped() -> None:
    calendar = office_hours("Europe/London", holidays=frozenset({date(2026, 12, 25)}))
    # Thursday 24th 16:30 + 1h: half an hour on the 24th, the 25th is a holiday.
    due = calendar.add(_london(2026, 12, 24, 16, 30), timedelta(hours=1))
    assert due == _london(2026, 12, 28, 9, 30)  # Friday 25th off, weekend, Monday


def test_the_spring_change_moves_utc_but_not_the_local_opening() -> None:
    # Friday 27 March 2026 16:00 GMT; the clocks go forward on Sunday the 29th.
    due = WEEKDAYS_9_TO_5.add(_london(2026, 3, 27, 16, 0), timedelta(hours=2))
    assert due == _utc(2026, 3, 30, 9, 0)  # Monday 10:00 BST


def test_the_autumn_change_moves_utc_but_not_the_local_opening() -> None:
    # Friday 23 October 2026 16:00 BST; the clocks go back on Sunday the 25th.
    due = WEEKDAYS_9_TO_5.add(_london(2026, 10, 23, 16, 0), timedelta(hours=2))
    assert due == _utc(2026, 10, 26, 10, 0)  # Monday 10:00 GMT


@pytest.mark.parametrize(
    ("night", "real_length"),
    [(date(2026, 3, 28), timedelta(hours=7)), (date(2026, 10, 24), timedelta(hours=9))],
)
def test_a_night_shift_across_a_dst_change_counts_real_time(
    night: date, real_length: timedelta
) -> None:
    # Saturday 22:00 to Sunday 06:00 local: 8 hours on the wall clock.
    calendar = BusinessCalendar("Europe/London", (OpeningWindow(5, time(22), time(6)),))
    start = datetime.combine(night, time(21), tzinfo=LONDON)
    end = datetime.combine(night + timedelta(days=1), time(7), tzinfo=LONDON)
    assert calendar.elapsed(start, end) == real_length


def test_a_night_shift_that_opened_yesterday_is_still_open() -> None:
    calendar = BusinessCalendar(
        "Europe/London", tuple(OpeningWindow(d, time(22), time(6)) for d in range(7))
    )
    start = _london(2026, 11, 24, 5, 0)  # inside Monday night's shift
    assert calendar.add(start, timedelta(hours=2)) == _london(2026, 11, 24, 23, 0)


def test_the_calendar_timezone_decides_not_the_requester() -> None:
    # A New York desk; a requester in London writes at 14:00 London (09:00 New York).
    desk = office_hours("America/New_York")
    due = desk.add(_london(2026, 11, 23, 14, 0), timedelta(hours=4))
    assert due == datetime(2026, 11, 23, 13, 0, tzinfo=NEW_YORK)
    assert due.astimezone(LONDON) == _london(2026, 11, 23, 18, 0)


def test_24x7_counts_every_minute() -> None:
    calendar = always_open()
    start = _london(2026, 11, 28, 23, 30)  # Saturday night
    assert calendar.add(start, timedelta(hours=1)) == _utc(2026, 11, 29, 0, 30)
    assert calendar.elapsed(start, start + timedelta(days=2)) == timedelta(days=2)
    assert calendar.is_open(start)


def test_open_and_next_open() -> None:
    assert WEEKDAYS_9_TO_5.is_open(_london(2026, 11, 23, 12, 0))
    assert not WEEKDAYS_9_TO_5.is_open(_london(2026, 11, 28, 12, 0))
    assert WEEKDAYS_9_TO_5.next_open(_london(2026, 11, 28, 12, 0)) == _london(2026, 11, 30, 9, 0)
    assert WEEKDAYS_9_TO_5.next_open(_london(2026, 11, 23, 12, 0)) == _london(2026, 11, 23, 12, 0)


def test_elapsed_is_zero_backwards_and_over_a_weekend() -> None:
    assert WEEKDAYS_9_TO_5.elapsed(_london(2026, 11, 24), _london(2026, 11, 23)) == timedelta()
    weekend = WEEKDAYS_9_TO_5.elapsed(_london(2026, 11, 27, 17), _london(2026, 11, 30, 9))
    assert weekend == timedelta()


def test_unusable_calendars_say_why() -> None:
    with pytest.raises(CalendarError, match="no opening hours"):
        BusinessCalendar("UTC").add(_utc(2026, 11, 23), timedelta(hours=1))
    every_day_off = office_hours(
        "UTC", holidays=frozenset(date(2026, 1, 1) + timedelta(days=n) for n in range(4 * 366))
    )
    with pytest.raises(CalendarError, match="no open time"):
        every_day_off.add(_utc(2026, 1, 1), timedelta(hours=1))
    with pytest.raises(CalendarError, match="timezone-aware"):
        WEEKDAYS_9_TO_5.add(datetime(2026, 11, 23, 9), timedelta(hours=1))

"""Office hours and time words, in the person's own timezone."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from warmdesk.demo.timing import (
    describe_local,
    is_working_time,
    next_working_time,
    office_moment,
    round_up_to_quarter,
)

# Thursday 12 March 2026, 14:00 UTC: 14:00 in London, 10:00 in New York (summer time).
THURSDAY = datetime(2026, 3, 12, 14, 0, tzinfo=UTC)


def test_time_words_are_local_and_relative() -> None:
    later = datetime(2026, 3, 12, 16, 30, tzinfo=UTC)
    assert describe_local(later, THURSDAY, "Europe/London") == "16:30 today"
    assert describe_local(later, THURSDAY, "America/New_York") == "12:30 pm today"
    assert describe_local(later, THURSDAY, "Asia/Singapore") == "00:30 tomorrow"
    monday = datetime(2026, 3, 16, 9, 15, tzinfo=UTC)
    assert describe_local(monday, THURSDAY, "Europe/London") == "Monday 09:15"
    assert describe_local(monday, THURSDAY, "America/Chicago") == "Monday 4:15 am"
    much_later = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)
    assert describe_local(much_later, THURSDAY, "Europe/Berlin") == "30 March, 11:00"


def test_office_hours_are_weekdays_eight_to_six_local() -> None:
    assert is_working_time(THURSDAY, "Europe/London")
    assert is_working_time(THURSDAY, "America/New_York")
    assert not is_working_time(THURSDAY, "Asia/Singapore")  # 22:00 there
    saturday = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
    assert not is_working_time(saturday, "Europe/London")


def test_off_hours_move_to_the_next_working_morning() -> None:
    saturday = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
    moved = next_working_time(saturday, "Europe/Berlin", random.Random(1))
    local = moved.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.date(), local.hour) == (date(2026, 3, 16), 8)
    assert next_working_time(THURSDAY, "Europe/London", random.Random(1)) == THURSDAY
    evening = datetime(2026, 3, 12, 23, 0, tzinfo=UTC)  # 19:00 in New York
    local = next_working_time(evening, "America/New_York", random.Random(1)).astimezone(
        ZoneInfo("America/New_York")
    )
    assert (local.day, local.hour) == (13, 8)


def test_office_moments_fall_in_office_hours() -> None:
    rng = random.Random(4)
    for _ in range(200):
        moment = office_moment(rng, date(2026, 3, 11), "Australia/Sydney")
        assert moment.tzinfo is UTC
        assert is_working_time(moment, "Australia/Sydney")


def test_promises_round_up_to_the_quarter_hour() -> None:
    moment = datetime(2026, 3, 12, 14, 7, 12, tzinfo=UTC)
    assert round_up_to_quarter(moment) == datetime(2026, 3, 12, 14, 15, tzinfo=UTC)
    exact = datetime(2026, 3, 12, 14, 45, tzinfo=UTC)
    assert round_up_to_quarter(exact) == exact

"""Office hours and time words in a person's own timezone (pure: every moment is passed in)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WORKDAY_START_HOUR = 8
WORKDAY_END_HOUR = 18
# How likely a ticket starts in each local office hour (8:00 to 17:59): a morning peak,
# a lunch dip and a smaller afternoon peak.
_HOUR_WEIGHTS = (5, 12, 14, 12, 6, 9, 12, 11, 9, 5)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def is_working_time(moment: datetime, timezone: str) -> bool:
    """True on a weekday between 08:00 and 18:00 local time."""
    local = moment.astimezone(ZoneInfo(timezone))
    return local.weekday() < 5 and WORKDAY_START_HOUR <= local.hour < WORKDAY_END_HOUR


def next_working_time(moment: datetime, timezone: str, rng: random.Random) -> datetime:
    """``moment`` if it is in office hours, else a few minutes into the next working morning."""
    if is_working_time(moment, timezone):
        return moment
    zone = ZoneInfo(timezone)
    local = moment.astimezone(zone)
    day = local.date()
    if local.hour >= WORKDAY_START_HOUR or local.weekday() >= 5:
        day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = datetime.combine(day, time(WORKDAY_START_HOUR), zone)
    return (start + timedelta(minutes=rng.randint(2, 50))).astimezone(UTC)


def office_moment(rng: random.Random, day: date, timezone: str) -> datetime:
    """A moment during office hours on ``day`` (local), in UTC."""
    hour = rng.choices(range(WORKDAY_START_HOUR, WORKDAY_END_HOUR), weights=_HOUR_WEIGHTS)[0]
    moment = time(hour, rng.randrange(60), rng.randrange(60))
    return datetime.combine(day, moment, tzinfo=ZoneInfo(timezone)).astimezone(UTC)


def local_date(moment: datetime, timezone: str) -> date:
    return moment.astimezone(ZoneInfo(timezone)).date()


def round_up_to_quarter(moment: datetime) -> datetime:
    """The next quarter hour at or after ``moment`` (what people promise: 14:15, not 14:07)."""
    floor = moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)
    return floor if floor == moment else floor + timedelta(minutes=15)


def describe_local(moment: datetime, reference: datetime, timezone: str) -> str:
    """``moment`` in words as seen from ``reference`` in ``timezone``: "14:30 today",
    "09:00 tomorrow", "Monday 10:00" (American offices get "2:30 pm today")."""
    zone = ZoneInfo(timezone)
    local = moment.astimezone(zone)
    days = (local.date() - reference.astimezone(zone).date()).days
    clock = _clock_words(local, american=timezone.startswith("America/"))
    if days <= 0:
        return f"{clock} today"
    if days == 1:
        return f"{clock} tomorrow"
    if days < 7:
        return f"{_WEEKDAYS[local.weekday()]} {clock}"
    return f"{local.day} {_MONTHS[local.month - 1]}, {clock}"


def _clock_words(local: datetime, *, american: bool) -> str:
    if not american:
        return f"{local.hour:02d}:{local.minute:02d}"
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return f"{hour}:{local.minute:02d} {suffix}"

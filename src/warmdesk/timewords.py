"""Times in words for people: "14:30 today", "tomorrow 09:00", "Mon 30 Nov 09:00".

Pure: the caller gives ``now`` and the reader's timezone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_or_utc(tz: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def when(moment: datetime, tz: str | None, now: datetime) -> str:
    """``moment`` on the reader's wall clock, with the day in words when it is near."""
    zone = zone_or_utc(tz)
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return f"{clock} today"
    if local.date() == today + timedelta(days=1):
        return f"tomorrow {clock}"
    if local.date() == today - timedelta(days=1):
        return f"yesterday {clock}"
    if abs((local.date() - today).days) < 7:
        return f"{local.strftime('%A')} {clock}"
    return local.strftime("%a %d %b %H:%M")

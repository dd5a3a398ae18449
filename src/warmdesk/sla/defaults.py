"""The SLA policies a new desk starts with (the migration that creates the tables inserts
the same; this copy serves databases emptied by tests and ``add_default_policies``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmdesk.sla.models import BusinessCalendarRow, SlaPolicyRow

OFFICE_HOURS = [{"weekday": day, "opens": "09:00", "closes": "17:00"} for day in range(5)]
# name, priority, calendar ("always" or "office"), first response, update every, resolution
# (minutes of open time)
DEFAULT_POLICIES = (
    ("P1 - critical", 1, "always", 15, 30, 4 * 60),
    ("P2 - high", 2, "office", 60, 2 * 60, 8 * 60),
    ("P3 - normal", 3, "office", 4 * 60, 8 * 60, 3 * 8 * 60),
    ("P4 - low", 4, "office", 8 * 60, 2 * 8 * 60, 5 * 8 * 60),
)


def add_default_policies(session: Session, now: datetime, timezone: str = "UTC") -> int:
    """Add the two calendars and four policies when the desk has no policy at all; return
    how many policies were added."""
    if session.scalar(select(func.count()).select_from(SlaPolicyRow)):
        return 0
    always = BusinessCalendarRow(
        name="Around the clock", timezone=timezone, always_open=True, windows=[], holidays=[],
        created_at=now,
    )  # fmt: skip
    office = BusinessCalendarRow(
        name="Office hours", timezone=timezone, always_open=False, windows=OFFICE_HOURS,
        holidays=[], created_at=now,
    )  # fmt: skip
    session.add_all([always, office])
    session.flush()
    calendars = {"always": always.id, "office": office.id}
    for name, priority, calendar, first, update, resolution in DEFAULT_POLICIES:
        session.add(
            SlaPolicyRow(
                name=name,
                priority=priority,
                calendar_id=calendars[calendar],
                first_response_minutes=first,
                update_minutes=update,
                resolution_minutes=resolution,
                at_risk_percent=75,
                breach_actions=[{"action": "notify_lead"}],
                active=True,
                created_at=now,
            )
        )
    session.flush()
    return len(DEFAULT_POLICIES)

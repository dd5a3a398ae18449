"""Reading and writing SLA rows (never commits), and turning them into domain values."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmdesk.sla.calendar import BusinessCalendar, OpeningWindow
from warmdesk.sla.domain import Pause, PolicyScope, SlaPolicy
from warmdesk.sla.models import BusinessCalendarRow, SlaPause, SlaPolicyRow, TicketSla


def calendar_of(row: BusinessCalendarRow) -> BusinessCalendar:
    windows = tuple(
        OpeningWindow(int(w["weekday"]), time.fromisoformat(w["opens"]), _closes(w["closes"]))
        for w in row.windows
    )
    holidays = frozenset(date.fromisoformat(h["date"]) for h in row.holidays)
    return BusinessCalendar(row.timezone, windows, holidays, row.always_open)


def _closes(value: str) -> time:
    # "24:00" is written for "until midnight"; time() cannot hold it.
    return time(0) if value in ("24:00", "24:00:00") else time.fromisoformat(value)


def _minutes(value: int | None) -> timedelta | None:
    return None if value is None else timedelta(minutes=value)


def policy_of(row: SlaPolicyRow, calendar: BusinessCalendar) -> SlaPolicy:
    return SlaPolicy(
        id=row.id,
        name=row.name,
        scope=PolicyScope(row.priority, row.category, row.organization_id),
        calendar=calendar,
        first_response=_minutes(row.first_response_minutes),
        update_every=_minutes(row.update_minutes),
        resolution=_minutes(row.resolution_minutes),
        at_risk_fraction=row.at_risk_percent / 100,
    )


def active_policies(session: Session) -> list[tuple[SlaPolicy, SlaPolicyRow]]:
    """Every active policy with its calendar (two small queries)."""
    rows = list(session.scalars(select(SlaPolicyRow).where(SlaPolicyRow.active.is_(True))))
    calendar_ids = {row.calendar_id for row in rows}
    calendars = {
        c.id: calendar_of(c)
        for c in session.scalars(
            select(BusinessCalendarRow).where(BusinessCalendarRow.id.in_(calendar_ids))
        )
    }
    return [(policy_of(row, calendars[row.calendar_id]), row) for row in rows]


def policy_row(session: Session, policy_id: int) -> SlaPolicyRow | None:
    return session.get(SlaPolicyRow, policy_id)


def ticket_sla(session: Session, ticket_id: int) -> TicketSla | None:
    return session.get(TicketSla, ticket_id)


def pauses_of(session: Session, ticket_id: int) -> list[SlaPause]:
    query = select(SlaPause).where(SlaPause.ticket_id == ticket_id).order_by(SlaPause.started_at)
    return list(session.scalars(query))


def pause_values(rows: list[SlaPause]) -> list[Pause]:
    return [Pause(row.started_at, row.ended_at) for row in rows]


def calendar_windows(
    opens: str, closes: str, weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
) -> list[dict[str, Any]]:
    """The JSON of the same opening hours on each of ``weekdays``."""
    return [{"weekday": day, "opens": opens, "closes": closes} for day in weekdays]


def add_calendar(
    session: Session,
    name: str,
    timezone: str,
    now: datetime,
    windows: list[dict[str, Any]] | None = None,
    always_open: bool = False,
) -> BusinessCalendarRow:
    row = BusinessCalendarRow(
        name=name,
        timezone=timezone,
        always_open=always_open,
        windows=windows or [],
        holidays=[],
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def sla_with_policy(session: Session, ticket_id: int) -> tuple[TicketSla, SlaPolicy | None] | None:
    """The ticket's SLA row and its policy (with the calendar) in one query."""
    query = (
        select(TicketSla, SlaPolicyRow, BusinessCalendarRow)
        .outerjoin(SlaPolicyRow, SlaPolicyRow.id == TicketSla.policy_id)
        .outerjoin(BusinessCalendarRow, BusinessCalendarRow.id == SlaPolicyRow.calendar_id)
        .where(TicketSla.ticket_id == ticket_id)
    )
    found = session.execute(query).first()
    if found is None:
        return None
    row, policy, calendar = found
    if policy is None or calendar is None:
        return row, None
    return row, policy_of(policy, calendar_of(calendar))

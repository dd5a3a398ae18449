"""Admins change calendars and policies; open tickets then follow the new rules.

Each change is audited before and after. Existing open tickets are re-read by the worker
(a ``sla.resync`` timer that works through them in batches), so a change to a busy desk's
rules does not hold the admin's request for seconds."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmdesk.audit.repository import record
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Forbidden, Invalid, NotFound
from warmdesk.people.domain import Role, Viewer
from warmdesk.people.models import Organization
from warmdesk.sla.models import BusinessCalendarRow, SlaPolicyRow
from warmdesk.sla.schemas import CalendarIn, PolicyIn
from warmdesk.sla.service import sync_ticket_sla
from warmdesk.tickets.models import Ticket
from warmdesk.timers import service as timers
from warmdesk.timers.domain import DueTimer

RESYNC_TIMER = "sla.resync"
RESYNC_SUBJECT = "desk"
RESYNC_BATCH = 500
_Row = TypeVar("_Row", BusinessCalendarRow, SlaPolicyRow)


def _require_admin(viewer: Viewer) -> None:
    if viewer.role is not Role.ADMIN:
        raise Forbidden("Only admins change service levels.")


def list_calendars(ctx: AppContext) -> list[BusinessCalendarRow]:
    with ctx.reads() as session:
        rows = list(session.scalars(select(BusinessCalendarRow).order_by(BusinessCalendarRow.id)))
        session.expunge_all()
        return rows


def list_policies(ctx: AppContext) -> list[SlaPolicyRow]:
    with ctx.reads() as session:
        query = select(SlaPolicyRow).order_by(
            SlaPolicyRow.priority.is_(None), SlaPolicyRow.priority, SlaPolicyRow.id
        )
        rows = list(session.scalars(query))
        session.expunge_all()
        return rows


def save_calendar(
    ctx: AppContext, viewer: Viewer, data: CalendarIn, calendar_id: int | None = None
) -> BusinessCalendarRow:
    """Create (``calendar_id`` None) or change a calendar; raises Invalid for an unknown
    timezone or a calendar with neither opening hours nor 24x7."""
    _require_admin(viewer)
    try:
        ZoneInfo(data.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise Invalid(f"Unknown timezone {data.timezone!r}.", field="timezone") from error
    if not data.always_open and not data.windows:
        raise Invalid("Give opening hours, or make the calendar 24x7.", field="windows")
    now = ctx.clock.now()
    values: dict[str, Any] = {
        "name": data.name.strip(),
        "timezone": data.timezone,
        "always_open": data.always_open,
        "windows": [
            {"weekday": w.weekday, "opens": w.opens.strftime("%H:%M"),
             "closes": w.closes.strftime("%H:%M")}
            for w in data.windows
        ],
        "holidays": [
            {"date": h.date.isoformat(), "name": h.name.strip()}
            for h in sorted(data.holidays, key=lambda h: h.date)
        ],
    }  # fmt: skip
    with unit_of_work(ctx.sessions) as session:
        return _save(session, viewer, BusinessCalendarRow, calendar_id, values, now)


def save_policy(
    ctx: AppContext, viewer: Viewer, data: PolicyIn, policy_id: int | None = None
) -> SlaPolicyRow:
    """Create (``policy_id`` None) or change a policy; raises Invalid for an unknown
    calendar or organization."""
    _require_admin(viewer)
    now = ctx.clock.now()
    values: dict[str, Any] = data.model_dump()
    values["name"] = data.name.strip()
    values["category"] = (data.category or "").strip() or None
    values["breach_actions"] = [a.model_dump(exclude_none=True) for a in data.breach_actions]
    with unit_of_work(ctx.sessions) as session:
        if session.get(BusinessCalendarRow, data.calendar_id) is None:
            raise Invalid("Choose one of the calendars.", field="calendar_id")
        if data.organization_id and session.get(Organization, data.organization_id) is None:
            raise Invalid("No such organization.", field="organization_id")
        return _save(session, viewer, SlaPolicyRow, policy_id, values, now)


# The audit trail's name for each kind of row, and the words for "no such one".
_ENTITIES: dict[type[Any], tuple[str, str]] = {
    BusinessCalendarRow: ("business_calendar", "calendar"),
    SlaPolicyRow: ("sla_policy", "policy"),
}


def _save(
    session: Session,
    viewer: Viewer,
    model: type[_Row],
    row_id: int | None,
    values: dict[str, Any],
    now: datetime,
) -> _Row:
    """Insert a row (``row_id`` None) or change the one with that id, audit it, and ask
    the worker to re-read open tickets. Raises NotFound for an unknown id."""
    entity, what = _ENTITIES[model]
    if row_id is None:
        row = model(created_at=now, **values)
        session.add(row)
        session.flush()
        _audit(session, viewer, entity, row.id, "created", values, now)
    else:
        found = session.get(model, row_id)
        if found is None:
            raise NotFound(f"No {what} #{row_id}.")
        row = found
        _apply(session, viewer, entity, row, values, now)
    request_resync(session, now)
    session.expunge(row)
    return row


def _apply(
    session: Session,
    viewer: Viewer,
    entity: str,
    row: Any,
    values: dict[str, Any],
    now: datetime,
) -> None:
    changes = {}
    for name, value in values.items():
        before = getattr(row, name)
        if before != value:
            changes[name] = [before, value]
            setattr(row, name, value)
    if changes:
        _audit(session, viewer, entity, row.id, "updated", changes, now)


def _audit(
    session: Session,
    viewer: Viewer,
    entity: str,
    entity_id: int,
    action: str,
    changes: dict[str, Any],
    now: datetime,
) -> None:
    record(
        session,
        actor_id=viewer.user_id,
        entity_type=entity,
        entity_id=entity_id,
        action=action,
        changes=changes,
        now=now,
    )


def request_resync(session: Session, now: datetime) -> None:
    """Ask the worker to bring every open ticket's SLA up to date (from the first one)."""
    timers.schedule(session, RESYNC_TIMER, RESYNC_SUBJECT, now, {"after_id": 0}, now=now)


def fire_resync(session: Session, timer: DueTimer, now: datetime) -> None:
    """Re-read a batch of open tickets; schedule the next batch if there are more."""
    after_id = int(timer.payload.get("after_id", 0))
    query = (
        select(Ticket)
        .where(Ticket.is_open.is_(True), Ticket.id > after_id)
        .order_by(Ticket.id)
        .limit(RESYNC_BATCH)
    )
    batch = list(session.scalars(query))
    for ticket in batch:
        sync_ticket_sla(session, ticket, now)
    if len(batch) == RESYNC_BATCH:
        payload = {"after_id": batch[-1].id}
        timers.schedule(session, RESYNC_TIMER, RESYNC_SUBJECT, now, payload, now=now)

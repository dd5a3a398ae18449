"""Writing and reading audit events. Never commits: the caller's unit of work does."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmdesk.audit.models import AuditEvent


def record(
    session: Session,
    *,
    actor_id: int | None,
    entity_type: str,
    entity_id: int,
    action: str,
    changes: dict[str, Any],
    now: datetime,
    ticket_id: int | None = None,
) -> AuditEvent:
    event = AuditEvent(
        actor_id=actor_id,
        entity_type=entity_type,
        entity_id=entity_id,
        ticket_id=ticket_id,
        action=action,
        changes=changes,
        created_at=now,
    )
    session.add(event)
    return event


def record_ticket_event(
    session: Session,
    *,
    actor_id: int | None,
    ticket_id: int,
    action: str,
    changes: dict[str, Any],
    now: datetime,
) -> AuditEvent:
    """An event about a ticket itself (the most common kind)."""
    return record(
        session,
        actor_id=actor_id,
        entity_type="ticket",
        entity_id=ticket_id,
        ticket_id=ticket_id,
        action=action,
        changes=changes,
        now=now,
    )


def events_for_ticket(session: Session, ticket_id: int) -> Sequence[AuditEvent]:
    stmt = select(AuditEvent).where(AuditEvent.ticket_id == ticket_id).order_by(AuditEvent.id)
    return session.scalars(stmt).all()


def events_for_entity(session: Session, entity_type: str, entity_id: int) -> Sequence[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    )
    return session.scalars(stmt).all()

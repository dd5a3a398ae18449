"""Telling staff about things that need them: SLA risks and breaches, promises coming due.

``notify`` takes the caller's session (it is part of the caller's transaction); reading and
marking read are use cases of their own."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.notifications.models import Notification

MAX_TEXT = 500


def notify(
    session: Session,
    user_ids: Iterable[int],
    kind: str,
    text: str,
    now: datetime,
    ticket_id: int | None = None,
) -> int:
    """Add one notification per user (each user once); return how many were added."""
    unique = sorted(set(user_ids))
    session.add_all(
        Notification(
            user_id=user_id,
            ticket_id=ticket_id,
            kind=kind,
            text=text[:MAX_TEXT],
            created_at=now,
            read_at=None,
        )
        for user_id in unique
    )
    return len(unique)


def unread_count(ctx: AppContext, user_id: int) -> int:
    with ctx.reads() as session:
        query = select(func.count()).where(
            Notification.user_id == user_id, Notification.read_at.is_(None)
        )
        return int(session.scalar(query) or 0)


def recent_notifications(ctx: AppContext, user_id: int, limit: int = 50) -> list[Notification]:
    """The user's latest notifications, newest first (read ones included)."""
    with ctx.reads() as session:
        query = (
            select(Notification)
            .where(Notification.user_id == user_id)
            .order_by(Notification.id.desc())
            .limit(limit)
        )
        rows = list(session.scalars(query))
        session.expunge_all()
        return rows


def mark_all_read(ctx: AppContext, user_id: int) -> int:
    """Mark every unread notification of the user read; return how many changed."""
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        result = session.execute(
            update(Notification)
            .where(Notification.user_id == user_id, Notification.read_at.is_(None))
            .values(read_at=now)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

"""Keeping the signals of each inbound message, and the ticket's stress that follows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmdesk.signals.analyze import analyze, to_record
from warmdesk.signals.models import MessageSignals
from warmdesk.signals.repeat import REPEAT_WINDOW_DAYS, Resemblance, is_repeat, resemblance
from warmdesk.tickets.models import Message, Ticket


def record_message_signals(
    session: Session,
    ticket: Ticket,
    message: Message,
    writer_timezone: str,
    now: datetime,
    *,
    with_subject: bool = False,
) -> MessageSignals:
    """Analyze an inbound ``message`` (anchored at its own time, in the writer's timezone),
    store the result, and move the ticket's current and peak stress. Never commits.

    The first message of a ticket is read together with the subject, where people often
    put the most pressing words ("URGENT: payroll app down"); evidence offsets then count
    from the start of the subject, which ``record["source"]`` says.
    """
    text = f"{ticket.subject}\n\n{message.body_text}" if with_subject else message.body_text
    signals = analyze(text, message.created_at, _known_zone(writer_timezone))
    impact = signals.impact
    row = MessageSignals(
        message_id=message.id,
        ticket_id=ticket.id,
        stress_score=signals.stress.score,
        stress_level=signals.stress.level.value,
        sentiment=signals.stress.sentiment,
        deadline_at=impact.deadline.due_at if impact.deadline else None,
        affected_scope=impact.affected_scope,
        affected_count=impact.affected_count,
        business_process=impact.business_process,
        workaround=impact.workaround,
        tried_steps=[step.step for step in signals.tried_steps],
        fluency=signals.fluency.level.value,
        abusive=signals.abuse.abusive,
        language=signals.language.code,
        record={**to_record(signals), "source": "subject+body" if with_subject else "body"},
        analyzed_at=now,
    )
    session.add(row)
    ticket.stress_score = signals.stress.score
    ticket.stress_level = signals.stress.level.value
    ticket.stress_peak = max(ticket.stress_peak or 0.0, signals.stress.score)
    return row


def _known_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def signals_for_ticket(session: Session, ticket_id: int) -> Sequence[MessageSignals]:
    """Every analyzed message of the ticket, oldest first (the stress trend)."""
    stmt = (
        select(MessageSignals)
        .where(MessageSignals.ticket_id == ticket_id)
        .order_by(MessageSignals.message_id)
    )
    return session.scalars(stmt).all()


def find_repeat_contact(
    session: Session, ticket: Ticket, now: datetime
) -> tuple[int, Resemblance] | None:
    """The requester's most similar ticket of the last week, if it is the same problem."""
    since = now - timedelta(days=REPEAT_WINDOW_DAYS)
    stmt = (
        select(Ticket.id, Ticket.subject, Ticket.description, Ticket.category)
        .where(
            Ticket.requester_id == ticket.requester_id,
            Ticket.id != ticket.id,
            Ticket.created_at >= since,
            Ticket.merged_into_id.is_(None),
        )
        .order_by(Ticket.created_at.desc())
        .limit(20)
    )
    new_text = f"{ticket.subject} {ticket.description}"
    best: tuple[int, Resemblance] | None = None
    for other_id, subject, description, category in session.execute(stmt):
        found = resemblance(new_text, f"{subject} {description}", category == ticket.category)
        if is_repeat(found) and (best is None or found.score > best[1].score):
            best = (other_id, found)
    return best

"""What follows any change to a ticket, inside the same transaction: its priority is read
again (the requester's stress, a nearer deadline), the timer for the next urgency step is
set, and its SLA targets and timers are brought up to date."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from warmdesk.priority.service import reassess_priority, schedule_recompute
from warmdesk.sla.service import sync_ticket_sla
from warmdesk.tickets.models import Ticket


def after_ticket_change(
    session: Session,
    ticket: Ticket,
    now: datetime,
    *,
    public_update: bool = False,
    reassess: bool = True,
) -> None:
    """``public_update``: staff just wrote to the requester; ``reassess=False`` when the
    caller has just set the priority itself."""
    if reassess and ticket.is_open:
        reassess_priority(session, ticket, now, cause="impact or urgency changed")
    schedule_recompute(session, ticket, now)
    sync_ticket_sla(session, ticket, now, public_update=public_update)

"""Priority that follows impact: the desk's rules, and re-reading a ticket's priority.

``reassess_priority`` runs inside the caller's transaction (ticket services, the worker):
it leaves a priority a person set alone, and otherwise applies the rules to what the ticket
knows (impact, deadline, workaround, the requester's stress and flagged role). A deadline's
urgency steps up a day and four hours before it; ``schedule_recompute`` sets a timer for the
next step so the worker re-reads the priority then, not only when someone touches the ticket.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from warmdesk.audit.repository import record, record_ticket_event
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Forbidden, Invalid
from warmdesk.people.domain import Role, Viewer
from warmdesk.people.models import User
from warmdesk.priority.models import RULES_ROW_ID, PriorityRulesRow
from warmdesk.tickets.domain import (
    DEFAULT_RULES,
    AffectedScope,
    ImpactFacts,
    PriorityRules,
    TicketRuleError,
    Workaround,
    assess_priority,
    check_matrix,
    is_manual_priority,
    next_urgency_change,
)
from warmdesk.tickets.models import Ticket
from warmdesk.timers import service as timers
from warmdesk.timers.domain import DueTimer

RECOMPUTE_TIMER = "priority.recompute"
MAX_PROCESSES = 100


def current_rules(session: Session) -> PriorityRules:
    """The desk's rules; the built-in ones until an admin saves their own."""
    row = session.get(PriorityRulesRow, RULES_ROW_ID)
    if row is None:
        return DEFAULT_RULES
    return PriorityRules(
        matrix=check_matrix(row.matrix), critical_processes=tuple(row.critical_processes)
    )


def get_rules(ctx: AppContext) -> PriorityRules:
    with ctx.reads() as session:
        return current_rules(session)


def update_rules(
    ctx: AppContext, viewer: Viewer, matrix: list[list[int]], critical_processes: list[str]
) -> PriorityRules:
    """Save the matrix and the critical processes (admins only); audited before and after.

    Raises Forbidden for anyone but an admin and Invalid for a malformed matrix."""
    if viewer.role is not Role.ADMIN:
        raise Forbidden("Only admins change the priority rules.")
    try:
        checked = check_matrix(matrix)
    except TicketRuleError as error:
        raise Invalid(str(error), field="matrix") from error
    processes = sorted({p.strip() for p in critical_processes if p.strip()})[:MAX_PROCESSES]
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        before = current_rules(session)
        row = session.get(PriorityRulesRow, RULES_ROW_ID)
        if row is None:
            row = PriorityRulesRow(id=RULES_ROW_ID, matrix=[], critical_processes=[])
            session.add(row)
        row.matrix = [list(r) for r in checked]
        row.critical_processes = processes
        row.updated_at, row.updated_by_id = now, viewer.user_id
        record(
            session,
            actor_id=viewer.user_id,
            entity_type="priority_rules",
            entity_id=RULES_ROW_ID,
            action="updated",
            changes={
                "matrix": [[list(r) for r in before.matrix], row.matrix],
                "critical_processes": [list(before.critical_processes), processes],
            },
            now=now,
        )
        return current_rules(session)


def facts_of(session: Session, ticket: Ticket) -> ImpactFacts:
    """What the rules read from a ticket, its requester's flagged role included."""
    requester = session.get(User, ticket.requester_id)
    return ImpactFacts(
        affected_scope=AffectedScope(ticket.affected_scope) if ticket.affected_scope else None,
        affected_count=ticket.affected_count,
        business_process=ticket.business_process,
        workaround=Workaround(ticket.workaround) if ticket.workaround else None,
        deadline_at=ticket.deadline_at,
        stress_level=ticket.stress_level,
        requester_role=requester.critical_role if requester else None,
    )


def reassess_priority(session: Session, ticket: Ticket, now: datetime, cause: str) -> bool:
    """Apply the rules to the ticket unless a person set its priority; audit a change with
    its ``cause``; return whether the priority changed."""
    if is_manual_priority(ticket.priority_reasons):
        return False
    decision = assess_priority(facts_of(session, ticket), now, current_rules(session))
    if decision.priority == ticket.priority and decision.reasons == ticket.priority_reasons:
        return False
    before = ticket.priority
    ticket.priority, ticket.priority_reasons = decision.priority, decision.reasons
    if before != decision.priority:
        record_ticket_event(
            session,
            actor_id=None,
            ticket_id=ticket.id,
            action="updated",
            changes={"priority": [before, decision.priority], "cause": cause},
            now=now,
        )
    return before != decision.priority


def schedule_recompute(session: Session, ticket: Ticket, now: datetime) -> None:
    """Set (or clear) the timer for the next step in the ticket's deadline urgency."""
    key = f"ticket:{ticket.id}"
    step = next_urgency_change(ticket.deadline_at, now) if ticket.is_open else None
    if step is None:
        timers.cancel(session, RECOMPUTE_TIMER, key)
    else:
        timers.schedule(session, RECOMPUTE_TIMER, key, step, now=now)


def fire_recompute(session: Session, timer: DueTimer, now: datetime) -> None:
    """The worker's side: the deadline is nearer, read the priority again."""
    from warmdesk.sla.service import sync_ticket_sla  # the SLA follows the priority

    ticket = session.get(Ticket, int(timer.subject_key.split(":")[1]))
    if ticket is None or not ticket.is_open:
        return
    if reassess_priority(session, ticket, now, cause="the deadline is nearer"):
        ticket.updated_at = now
        sync_ticket_sla(session, ticket, now)
    schedule_recompute(session, ticket, now)


PRIORITY_TIMER_HANDLERS = {RECOMPUTE_TIMER: fire_recompute}

"""What happens when an SLA timer fires: a target at risk, or breached (once)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmdesk.audit.repository import record_ticket_event
from warmdesk.notifications.service import notify
from warmdesk.people.models import Team, User, team_members
from warmdesk.sla import repository as repo
from warmdesk.sla.domain import TargetClock, TargetState, describe_remaining
from warmdesk.sla.models import TicketSla
from warmdesk.sla.service import (
    AT_RISK_TIMER,
    BREACH_TIMER,
    parse_subject_key,
    record_breach,
    sync_ticket_sla,
    target_clocks,
    target_words,
)
from warmdesk.tickets.models import Ticket
from warmdesk.timers.domain import DueTimer, describe_lateness

# A timer this late says so in the audit trail (the worker was stopped, or behind).
LATE_AFTER = timedelta(minutes=2)


_Found = tuple[Ticket, TicketSla, TargetClock]


def _clock(session: Session, timer: DueTimer, now: datetime) -> _Found | None:
    ticket_id, kind = parse_subject_key(timer.subject_key)
    ticket = session.get(Ticket, ticket_id)
    found = repo.sla_with_policy(session, ticket_id)
    if ticket is None or found is None:
        return None
    row, policy = found
    clock = target_clocks(session, ticket, row, policy, now).get(kind)
    return (ticket, row, clock) if clock is not None else None


def fire_at_risk(session: Session, timer: DueTimer, now: datetime) -> None:
    """Tell the people working the ticket that a target is close to running out."""
    found = _clock(session, timer, now)
    if found is None or found[2].state is not TargetState.AT_RISK:
        return  # met, paused or moved since the timer was set
    ticket, _, clock = found
    text = f"#{ticket.id} {ticket.subject}: {describe_remaining(clock)}"
    record_ticket_event(
        session,
        actor_id=None,
        ticket_id=ticket.id,
        action="sla_at_risk",
        changes={"target": clock.kind.value, **_lateness(timer)},
        now=now,
    )
    notify(session, _workers(session, ticket), "sla_at_risk", text, now, ticket.id)


def fire_breach(session: Session, timer: DueTimer, now: datetime) -> None:
    """Record the breach once and run the policy's breach actions."""
    found = _clock(session, timer, now)
    if found is None or found[2].state is not TargetState.BREACHED:
        return
    ticket, row, clock = found
    if not record_breach(session, ticket, row, clock, now):
        return
    if lateness := _lateness(timer):
        record_ticket_event(
            session,
            actor_id=None,
            ticket_id=ticket.id,
            action="timer_late",
            changes={"timer": BREACH_TIMER, **lateness},
            now=now,
        )
    policy = repo.policy_row(session, row.policy_id) if row.policy_id else None
    actions = policy.breach_actions if policy else []
    text = f"#{ticket.id} {ticket.subject}: {target_words(clock.kind)} SLA breached"
    recipients = set(_workers(session, ticket))
    changed = False
    for action in actions:
        name = action.get("action")
        if name == "notify_lead":
            recipients |= set(_leads(session, ticket))
        elif name == "raise_priority":
            changed |= _raise_priority(session, ticket, clock, now)
        elif name == "reassign" and action.get("team_id"):
            changed |= _reassign(session, ticket, int(action["team_id"]), now)
    notify(session, recipients, "sla_breached", text, now, ticket.id)
    if changed:
        sync_ticket_sla(session, ticket, now)


def _lateness(timer: DueTimer) -> dict[str, str]:
    if timer.late_by <= LATE_AFTER:
        return {}
    return {"fired_late": describe_lateness(timer.late_by)}


def _workers(session: Session, ticket: Ticket) -> list[int]:
    """The assignee, or the team's members when nobody has it yet."""
    if ticket.assignee_id is not None:
        return [ticket.assignee_id]
    if ticket.team_id is None:
        return _leads(session, ticket)
    query = select(team_members.c.user_id).where(team_members.c.team_id == ticket.team_id)
    return list(session.scalars(query))


def _leads(session: Session, ticket: Ticket) -> list[int]:
    """Leads of the ticket's team; every lead when the team has none (or no team)."""
    leads = select(User.id).where(User.role == "lead", User.is_active.is_(True))
    if ticket.team_id is not None:
        in_team = leads.join(team_members, team_members.c.user_id == User.id).where(
            team_members.c.team_id == ticket.team_id
        )
        found = list(session.scalars(in_team))
        if found:
            return found
    return list(session.scalars(leads))


def _raise_priority(session: Session, ticket: Ticket, clock: TargetClock, now: datetime) -> bool:
    if ticket.priority <= 1:
        return False
    before = ticket.priority
    ticket.priority = before - 1
    reason = f"raised to P{ticket.priority}: {target_words(clock.kind)} SLA breached"
    ticket.priority_reasons = [*ticket.priority_reasons, reason]
    ticket.updated_at = now
    record_ticket_event(
        session,
        actor_id=None,
        ticket_id=ticket.id,
        action="updated",
        changes={"priority": [before, ticket.priority], "cause": reason},
        now=now,
    )
    return True


def _reassign(session: Session, ticket: Ticket, team_id: int, now: datetime) -> bool:
    if ticket.team_id == team_id or session.get(Team, team_id) is None:
        return False
    changes = {"team_id": [ticket.team_id, team_id], "assignee_id": [ticket.assignee_id, None]}
    ticket.team_id, ticket.assignee_id, ticket.updated_at = team_id, None, now
    record_ticket_event(
        session,
        actor_id=None,
        ticket_id=ticket.id,
        action="updated",
        changes={**changes, "cause": "SLA breached"},
        now=now,
    )
    return True


SLA_TIMER_HANDLERS = {AT_RISK_TIMER: fire_at_risk, BREACH_TIMER: fire_breach}

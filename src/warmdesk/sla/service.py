"""Keeping each ticket's SLA targets current, and acting once when one runs out.

``sync_ticket_sla`` is called by the ticket services inside their transaction whenever a
ticket changes (opened, replied to, status, priority, category or organization changed). It
chooses the policy, opens or closes a pause while the ticket waits on its requester, stores
each target's due time and schedules two timers per open target: one when it becomes at
risk, one when it is breached. The timers' handlers act once: an audit event, notifications,
and the policy's breach actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from warmdesk.audit.repository import record_ticket_event
from warmdesk.sla import repository as repo
from warmdesk.sla.domain import (
    TARGET_WORDS,
    SlaPolicy,
    TargetClock,
    TargetKind,
    TargetState,
    choose_policy,
    clock_for,
)
from warmdesk.sla.models import SlaPause, TicketSla
from warmdesk.tickets.models import Ticket
from warmdesk.timers import service as timers

BREACH_TIMER = "sla.breach"
AT_RISK_TIMER = "sla.at_risk"
_WAITING_STATUS, _WAITING_REASON = "pending", "requester"
_CLOSED_STATUSES = frozenset({"resolved", "closed"})
# The worst state wins the ticket's one-word summary.
_STATE_ORDER = (
    TargetState.BREACHED,
    TargetState.AT_RISK,
    TargetState.ON_TRACK,
    TargetState.PAUSED,
    TargetState.MET,
)


def subject_key(ticket_id: int, kind: TargetKind) -> str:
    return f"ticket:{ticket_id}:{kind.value}"


def parse_subject_key(key: str) -> tuple[int, TargetKind]:
    """``ticket:42:first_response`` -> (42, FIRST_RESPONSE); ValueError when malformed."""
    prefix, ticket_id, kind = key.split(":")
    if prefix != "ticket":
        raise ValueError(f"not a ticket SLA key: {key!r}")
    return int(ticket_id), TargetKind(kind)


def sync_ticket_sla(
    session: Session, ticket: Ticket, now: datetime, *, public_update: bool = False
) -> TicketSla:
    """Bring the ticket's SLA row, pauses and timers up to date; ``public_update`` when staff
    just wrote to the requester (the update cadence starts again)."""
    policies = [policy for policy, _ in repo.active_policies(session)]
    policy = choose_policy(policies, ticket.priority, ticket.category, ticket.organization_id)
    row = repo.ticket_sla(session, ticket.id)
    if row is None:
        row = TicketSla(
            ticket_id=ticket.id,
            started_at=ticket.created_at,
            update_started_at=ticket.created_at,
            state=TargetState.ON_TRACK.value,
            updated_at=now,
        )
        session.add(row)
    row.policy_id = policy.id if policy else None
    if public_update:
        row.update_started_at = now
        row.update_breached_at = None  # a new cycle may be breached again
    _track_pause(session, ticket, row, now)
    clocks = target_clocks(session, ticket, row, policy, now)
    _store(row, clocks, now)
    _schedule(session, ticket.id, row, clocks, now)
    return row


def _track_pause(session: Session, ticket: Ticket, row: TicketSla, now: datetime) -> None:
    waiting = ticket.status == _WAITING_STATUS and ticket.pending_reason == _WAITING_REASON
    if waiting and row.paused_since is None:
        session.add(SlaPause(ticket_id=ticket.id, started_at=now, ended_at=None))
        row.paused_since = now
        session.flush()
    elif not waiting and row.paused_since is not None:
        for pause in repo.pauses_of(session, ticket.id):
            if pause.ended_at is None:
                pause.ended_at = now
        row.paused_since = None
        session.flush()


def target_clocks(
    session: Session,
    ticket: Ticket,
    row: TicketSla,
    policy: SlaPolicy | None,
    now: datetime,
) -> dict[TargetKind, TargetClock]:
    """Where each target the policy sets stands at ``now``."""
    if policy is None:
        return {}
    pauses = repo.pause_values(repo.pauses_of(session, ticket.id))
    finished = ticket.status in _CLOSED_STATUSES
    finished_at = ticket.resolved_at or ticket.closed_at or now if finished else None
    clocks: dict[TargetKind, TargetClock] = {}
    first = clock_for(
        policy, TargetKind.FIRST_RESPONSE, row.started_at, now, pauses, ticket.first_response_at
    )
    if first is not None:
        clocks[TargetKind.FIRST_RESPONSE] = first
    # The update cadence runs once someone has answered (before that, first response does).
    if ticket.first_response_at is not None or first is None:
        update = clock_for(
            policy, TargetKind.UPDATE, row.update_started_at, now, pauses, finished_at
        )
        if update is not None:
            clocks[TargetKind.UPDATE] = update
    resolution = clock_for(policy, TargetKind.RESOLUTION, row.started_at, now, pauses, finished_at)
    if resolution is not None:
        clocks[TargetKind.RESOLUTION] = resolution
    return clocks


def _open_due(clock: TargetClock | None) -> datetime | None:
    if clock is None or clock.state not in (TargetState.ON_TRACK, TargetState.AT_RISK):
        return None
    return clock.due_at


def _store(row: TicketSla, clocks: dict[TargetKind, TargetClock], now: datetime) -> None:
    row.first_response_due_at = _open_due(clocks.get(TargetKind.FIRST_RESPONSE))
    row.update_due_at = _open_due(clocks.get(TargetKind.UPDATE))
    row.resolution_due_at = _open_due(clocks.get(TargetKind.RESOLUTION))
    dues = [d for d in (row.first_response_due_at, row.update_due_at, row.resolution_due_at) if d]
    row.next_due_at = min(dues) if dues else None
    states = {clock.state for clock in clocks.values()}
    row.state = next((s.value for s in _STATE_ORDER if s in states), TargetState.MET.value)
    row.updated_at = now


def _breached_at(row: TicketSla, kind: TargetKind) -> datetime | None:
    if kind is TargetKind.FIRST_RESPONSE:
        return row.first_response_breached_at
    if kind is TargetKind.UPDATE:
        return row.update_breached_at
    return row.resolution_breached_at


def _schedule(
    session: Session,
    ticket_id: int,
    row: TicketSla,
    clocks: dict[TargetKind, TargetClock],
    now: datetime,
) -> None:
    for kind in TargetKind:
        key = subject_key(ticket_id, kind)
        clock = clocks.get(kind)
        if clock is None or clock.state in (TargetState.MET, TargetState.PAUSED):
            timers.cancel(session, BREACH_TIMER, key)
            timers.cancel(session, AT_RISK_TIMER, key)
            continue
        if clock.state is TargetState.BREACHED:
            timers.cancel(session, AT_RISK_TIMER, key)
            if _breached_at(row, kind) is None:
                timers.schedule(session, BREACH_TIMER, key, clock.due_at or now, now=now)
            continue
        timers.schedule(session, BREACH_TIMER, key, clock.due_at or now, now=now)
        if clock.at_risk_at is not None and clock.at_risk_at > now:
            timers.schedule(session, AT_RISK_TIMER, key, clock.at_risk_at, now=now)


def target_words(kind: TargetKind) -> str:
    return TARGET_WORDS[kind]


def record_breach(
    session: Session, ticket: Ticket, row: TicketSla, clock: TargetClock, now: datetime
) -> bool:
    """Mark the target breached once; return False when it already was."""
    if _breached_at(row, clock.kind) is not None:
        return False
    if clock.kind is TargetKind.FIRST_RESPONSE:
        row.first_response_breached_at = now
    elif clock.kind is TargetKind.UPDATE:
        row.update_breached_at = now
    else:
        row.resolution_breached_at = now
    row.state = TargetState.BREACHED.value
    record_ticket_event(
        session,
        actor_id=None,
        ticket_id=ticket.id,
        action="sla_breached",
        changes={"target": clock.kind.value, "due_at": _iso(clock.due_at)},
        now=now,
    )
    return True


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass(frozen=True, slots=True)
class SlaView:
    """What the ticket pages show: each target's clock and the next update promised."""

    policy_name: str | None
    state: str
    clocks: list[TargetClock]
    paused: bool
    next_update_by: datetime | None  # what the requester is told: the earliest open target


def sla_view(session: Session, ticket: Ticket, now: datetime) -> SlaView | None:
    """The ticket's SLA as of ``now`` (read only), or None when no policy applies."""
    found = repo.sla_with_policy(session, ticket.id)
    if found is None:
        return None
    row, policy = found
    if policy is None:
        return None
    clocks = target_clocks(session, ticket, row, policy, now)
    promised = [
        clock.due_at
        for kind, clock in clocks.items()
        if kind is not TargetKind.RESOLUTION
        and clock.due_at is not None
        and clock.state in (TargetState.ON_TRACK, TargetState.AT_RISK)
    ]
    return SlaView(
        policy_name=policy.name,
        state=row.state,
        clocks=list(clocks.values()),
        paused=row.paused_since is not None,
        next_update_by=min(promised) if promised else None,
    )

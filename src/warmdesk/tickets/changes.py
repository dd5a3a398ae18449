"""Changing a ticket: status, assignment, plain fields, impact, priority and tags.

One use case (:func:`update_ticket`) and the rules each kind of change follows; every
changed field is audited with its value before and after.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from warmdesk.audit import repository as audit
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Conflict, Invalid
from warmdesk.people.domain import Viewer
from warmdesk.priority.service import current_rules, facts_of
from warmdesk.tickets import repository
from warmdesk.tickets.domain import (
    OPEN_STATUSES,
    PendingReason,
    Status,
    TicketRuleError,
    assess_priority,
    check_transition,
    impact_rank,
    is_manual_priority,
    manual_priority_reason,
    normalize_tags,
)
from warmdesk.tickets.effects import after_ticket_change
from warmdesk.tickets.html import clean_text
from warmdesk.tickets.models import Ticket, TicketTag
from warmdesk.tickets.schemas import TicketPatch
from warmdesk.tickets.service import (
    check_team_and_assignee,
    not_found,
    reload_ticket,
)


def update_ticket(ctx: AppContext, viewer: Viewer, ticket_id: int, patch: TicketPatch) -> Ticket:
    """Change a ticket (staff only). Every changed field is audited, before and after."""
    if not viewer.is_staff:
        raise not_found(ticket_id)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        ticket = repository.get_ticket_for_update(session, viewer, ticket_id)
        if ticket is None:
            raise not_found(ticket_id)
        if ticket.merged_into_id is not None:
            raise Conflict(
                f"Ticket #{ticket_id} was merged into #{ticket.merged_into_id}; change that one."
            )
        fields = patch.model_dump(exclude_unset=True)
        changes: dict[str, Any] = {}
        if "status" in fields and fields["status"] is not None:
            changes.update(
                _change_status(ticket, Status(fields["status"]), patch.pending_reason, now)
            )
        changes.update(_change_assignment(session, ticket, fields))
        changes.update(_change_plain_fields(ticket, fields))
        changes.update(_change_impact_and_priority(session, ticket, fields, patch, viewer, now))
        if patch.tags is not None:
            changes.update(_change_tags(ticket, patch.tags))
        if changes:
            ticket.updated_at = now
            audit.record_ticket_event(
                session,
                actor_id=viewer.user_id,
                ticket_id=ticket.id,
                action="updated",
                changes=changes,
                now=now,
            )
            after_ticket_change(session, ticket, now, reassess=False)
        return reload_ticket(session, ticket.id)


def _change_status(
    ticket: Ticket, target: Status, reason: PendingReason | None, now: datetime
) -> dict[str, Any]:
    current = Status(ticket.status)
    if target is current and target is not Status.PENDING:
        return {}
    if target is current and target is Status.PENDING:
        if reason is None or reason.value == ticket.pending_reason:
            return {}
        before = ticket.pending_reason
        ticket.pending_reason = reason.value
        return {"pending_reason": [before, reason.value]}
    try:
        check_transition(current, target, reason)
    except TicketRuleError as error:
        raise Conflict(str(error)) from error
    return apply_status(ticket, target, reason, now)


def apply_status(
    ticket: Ticket, target: Status, reason: PendingReason | None, now: datetime
) -> dict[str, Any]:
    """Set the status and the timestamps and flags that follow from it; return the changes."""
    changes: dict[str, Any] = {"status": [ticket.status, target.value]}
    ticket.status = target.value
    ticket.is_open = target in OPEN_STATUSES
    new_reason = reason.value if target is Status.PENDING and reason else None
    if new_reason != ticket.pending_reason:
        changes["pending_reason"] = [ticket.pending_reason, new_reason]
        ticket.pending_reason = new_reason
    if target is Status.RESOLVED:
        ticket.resolved_at = now
    elif target is Status.CLOSED:
        ticket.closed_at = now
    elif target is Status.REOPENED:
        ticket.reopen_count += 1
        ticket.resolved_at = None
    return changes


def _change_assignment(session: Session, ticket: Ticket, fields: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    team_id = fields.get("team_id", ticket.team_id)
    assignee_id = fields.get("assignee_id", ticket.assignee_id)
    check_team_and_assignee(
        session,
        team_id if "team_id" in fields else None,
        assignee_id if "assignee_id" in fields else None,
    )
    for name in ("team_id", "assignee_id"):
        if name in fields and getattr(ticket, name) != fields[name]:
            changes[name] = [getattr(ticket, name), fields[name]]
            setattr(ticket, name, fields[name])
    return changes


def _change_plain_fields(ticket: Ticket, fields: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("subject", "category", "tier"):
        if name in fields and fields[name] is not None:
            value = fields[name]
            value = value.value if hasattr(value, "value") else value
            value = clean_text(value) if isinstance(value, str) else value
            if getattr(ticket, name) != value:
                changes[name] = [getattr(ticket, name), value]
                setattr(ticket, name, value)
    return changes


_IMPACT_FIELDS = (
    "deadline_at",
    "affected_scope",
    "affected_count",
    "business_process",
    "workaround",
)


def _change_impact_and_priority(
    session: Session,
    ticket: Ticket,
    fields: dict[str, Any],
    patch: TicketPatch,
    viewer: Viewer,
    now: datetime,
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    inferred = dict(ticket.impact_inferred or {})
    corrected: dict[str, Any] = {}
    for name in _IMPACT_FIELDS:
        if name in fields:
            value = fields[name]
            value = value.value if hasattr(value, "value") else value
            if getattr(ticket, name) != value:
                before = getattr(ticket, name)
                changes[name] = [_jsonable(before), _jsonable(value)]
                setattr(ticket, name, value)
                if name in inferred:
                    # A person corrected what was read from the text: keep the pair as
                    # training data (in the audit trail) and stop calling it inferred.
                    corrected[name] = {
                        "inferred": _jsonable(before),
                        "evidence": inferred.pop(name).get("text", ""),
                        "corrected": _jsonable(value),
                    }
    if "affected_scope" in changes:
        ticket.impact_rank = impact_rank(ticket.affected_scope)
    if corrected:
        ticket.impact_inferred = inferred
        changes["inference_corrected"] = corrected
    if patch.priority is not None and patch.priority != ticket.priority:
        if not patch.priority_reason or not patch.priority_reason.strip():
            raise Invalid(
                "Say why you change the priority (priority_reason).", field="priority_reason"
            )
        changes["priority"] = [f"P{ticket.priority}", f"P{patch.priority}"]
        changes["priority_reason"] = [None, patch.priority_reason.strip()]
        ticket.priority = patch.priority
        why = clean_text(patch.priority_reason)
        ticket.priority_reasons = [manual_priority_reason(patch.priority, viewer.name, why)]
    elif changes and not is_manual_priority(ticket.priority_reasons):
        decision = assess_priority(facts_of(session, ticket), now, current_rules(session))
        if decision.priority != ticket.priority:
            changes["priority"] = [f"P{ticket.priority}", decision.label]
        ticket.priority = decision.priority
        ticket.priority_reasons = decision.reasons
    return changes


def _change_tags(ticket: Ticket, tags: list[str]) -> dict[str, Any]:
    try:
        wanted = normalize_tags(tags)
    except TicketRuleError as error:
        raise Invalid(str(error), field="tags") from error
    before = ticket.tags
    if before == wanted:
        return {}
    ticket.tag_rows = [row for row in ticket.tag_rows if row.tag in wanted] + [
        TicketTag(tag=t) for t in wanted if t not in before
    ]
    return {"tags": [before, wanted]}


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value

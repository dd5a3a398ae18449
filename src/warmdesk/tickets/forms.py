"""Turning HTML form values into API shapes (pure). Empty fields mean 'not given'."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from warmdesk.errors import Invalid
from warmdesk.tickets.models import Ticket
from warmdesk.tickets.schemas import TicketPatch


def blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def optional_int(value: str | None, field: str) -> int | None:
    value = blank_to_none(value)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError as error:
        raise Invalid(f"'{value[:20]}' is not a number.", field=field) from error


def local_to_utc(value: str | None, timezone: str) -> datetime | None:
    """A ``datetime-local`` value (no offset) read in the person's own timezone."""
    value = blank_to_none(value)
    if value is None:
        return None
    try:
        naive = datetime.fromisoformat(value)
    except ValueError as error:
        raise Invalid("Give the deadline as a date and a time.", field="deadline_at") from error
    if naive.tzinfo is not None:
        return naive
    return naive.replace(tzinfo=ZoneInfo(timezone))


def split_tags(value: str | None) -> list[str]:
    return [t for t in (part.strip() for part in (value or "").split(",")) if t]


def changed_fields(ticket: Ticket, form: dict[str, Any]) -> TicketPatch:
    """A patch holding only the form values that differ from the ticket as it is."""
    current = {
        "status": ticket.status,
        "pending_reason": ticket.pending_reason,
        "priority": ticket.priority,
        "team_id": ticket.team_id,
        "assignee_id": ticket.assignee_id,
        "category": ticket.category,
        "tier": ticket.tier,
        "tags": ticket.tags,
    }
    changes = {
        name: value for name, value in form.items() if name in current and current[name] != value
    }
    if "pending_reason" in changes and form.get("status") != "pending":
        changes.pop("pending_reason")
    if (
        form.get("status") == "pending"
        and ticket.status == "pending"
        and "pending_reason" in changes
    ):
        changes["status"] = "pending"
    if "priority" in changes:
        changes["priority_reason"] = form.get("priority_reason")
    return TicketPatch.model_validate(changes)

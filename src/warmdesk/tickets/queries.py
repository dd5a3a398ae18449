"""Filters, sorts and cursors for ticket lists (pure: no session, no I/O)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from warmdesk.errors import Invalid
from warmdesk.tickets.domain import Category, Status

SortKey = Literal["priority", "-priority", "updated", "-updated", "created", "-created"]
SORT_KEYS: tuple[SortKey, ...] = (
    "priority",
    "-priority",
    "updated",
    "-updated",
    "created",
    "-created",
)
SORT_LABELS: dict[SortKey, str] = {
    "priority": "Priority, longest waiting first",
    "-priority": "Lowest priority first",
    "-updated": "Recently updated",
    "updated": "Least recently updated",
    "-created": "Newest",
    "created": "Oldest",
}


@dataclass(frozen=True)
class TicketFilters:
    """What a queue shows. ``open_only`` is the default view: new, open, pending, reopened."""

    statuses: tuple[Status, ...] = ()
    open_only: bool = False
    priorities: tuple[int, ...] = ()
    team_id: int | None = None
    unassigned: bool = False
    assignee_id: int | None = None
    category: Category | None = None
    requester_id: int | None = None
    organization_id: int | None = None
    tag: str | None = None
    text: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NameRef:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class TicketRow:
    """A ticket as lists show it: plain values, people and team by id and name.

    Lists read these straight from result rows; building full ORM objects (and the whole
    requester and assignee records) for every row costs several times more CPU per page.
    """

    id: int
    subject: str
    description: str
    status: str
    pending_reason: str | None
    priority: int
    priority_reasons: list[str]
    category: str
    channel: str
    requester: NameRef
    organization_id: int | None
    assignee: NameRef | None
    team: NameRef | None
    tier: int
    deadline_at: datetime | None
    affected_scope: str | None
    affected_count: int | None
    business_process: str | None
    workaround: str | None
    merged_into_id: int | None
    reopen_count: int
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    stress_score: float | None
    stress_peak: float | None
    stress_level: str | None
    tags: list[str]

    @property
    def requester_id(self) -> int:
        return self.requester.id


@dataclass(frozen=True)
class Cursor:
    values: tuple[Any, ...]

    def encode(self) -> str:
        raw = json.dumps([_encode_value(v) for v in self.values], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: SortKey) -> Cursor:
    """Read a cursor made by :meth:`Cursor.encode` for the same sort."""
    try:
        padded = token + "=" * (-len(token) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        if not isinstance(values, list):
            raise ValueError("wrong shape")
        if sort.lstrip("-") == "priority":
            priority, moment, ticket_id = values
            return Cursor((int(priority), _decode_dt(moment), int(ticket_id)))
        moment, ticket_id = values
        return Cursor((_decode_dt(moment), int(ticket_id)))
    except (ValueError, TypeError, UnicodeDecodeError) as error:
        raise Invalid(
            "The cursor is not one this server made; start again without it.", field="cursor"
        ) from error


def cursor_after(
    sort: SortKey, priority: int, updated_at: datetime, created_at: datetime, ticket_id: int
) -> Cursor:
    """The cursor that continues a list after this ticket."""
    base = sort.lstrip("-")
    if base == "priority":
        return Cursor((priority, updated_at, ticket_id))
    moment = updated_at if base == "updated" else created_at
    return Cursor((moment, ticket_id))


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _decode_dt(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("naive time in cursor")
    return moment


def parse_sort(value: str | None) -> SortKey:
    if not value:
        return "priority"
    if value not in SORT_KEYS:
        raise Invalid(f"Sort by one of: {', '.join(SORT_KEYS)}.", field="sort")
    return value

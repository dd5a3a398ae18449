"""Filters, sorts and cursors for ticket lists (pure: no session, no I/O)."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from warmdesk.errors import Invalid
from warmdesk.tickets.domain import Category, Status

SortKey = Literal[
    "priority",
    "-priority",
    "updated",
    "-updated",
    "created",
    "-created",
    "stress",
    "deadline",
    "impact",
]
SORT_KEYS: tuple[SortKey, ...] = (
    "priority",
    "-priority",
    "updated",
    "-updated",
    "created",
    "-created",
    "stress",
    "deadline",
    "impact",
)
# A bare key puts the most pressing first; "-" reverses the whole order. In the stress,
# deadline and impact sorts tickets without a value (no stress read yet, no deadline, scope
# unknown) come last, on both databases; they have no reverse, which would put those first.
SORT_LABELS: dict[SortKey, str] = {
    "priority": "Priority, longest waiting first",
    "-priority": "Lowest priority first",
    "-updated": "Recently updated",
    "updated": "Least recently updated",
    "-created": "Newest",
    "created": "Oldest",
    "stress": "Stress, highest first",
    "deadline": "Deadline, soonest first",
    "impact": "Impact, widest first, then deadline",
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
    impact_rank: int
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
    """The sort values of the last row of a page (see :func:`cursor_after`)."""

    values: tuple[Any, ...]

    def encode(self) -> str:
        raw = json.dumps([_encode_value(v) for v in self.values], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def cursor_after(sort: SortKey, row: TicketRow) -> Cursor:
    """The cursor that continues a list after ``row``: its values of the sort's columns."""
    base = sort.lstrip("-")
    if base == "priority":
        return Cursor((row.priority, row.updated_at, row.id))
    if base == "updated":
        return Cursor((row.updated_at, row.id))
    if base == "created":
        return Cursor((row.created_at, row.id))
    if base == "stress":
        return Cursor((row.stress_score, row.id))
    if base == "deadline":
        return Cursor((row.deadline_at, row.id))
    return Cursor((row.impact_rank, row.deadline_at, row.id))


def decode_cursor(token: str, sort: SortKey) -> Cursor:
    """Read a cursor made by :meth:`Cursor.encode` for the same sort.

    Raises :class:`Invalid` (naming ``cursor``) for anything else."""
    try:
        padded = token + "=" * (-len(token) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        readers = _CURSOR_READERS[sort.lstrip("-")]
        if not isinstance(values, list) or len(values) != len(readers):
            raise ValueError("wrong shape")
        return Cursor(tuple(read(value) for read, value in zip(readers, values, strict=True)))
    except (ValueError, TypeError, UnicodeDecodeError) as error:
        raise Invalid(
            "The cursor is not one this server made; start again without it.", field="cursor"
        ) from error


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _decode_dt(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("naive time in cursor")
    return moment


def _decode_score(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError("not a score")
    return float(value)


def _or_none(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A reader for a value that may be missing (``null`` in the cursor)."""
    return lambda value: None if value is None else read(value)


# How to read each value of a sort's cursor, in order (see cursor_after).
_CURSOR_READERS: dict[str, tuple[Callable[[Any], Any], ...]] = {
    "priority": (int, _decode_dt, int),
    "updated": (_decode_dt, int),
    "created": (_decode_dt, int),
    "stress": (_or_none(_decode_score), int),
    "deadline": (_or_none(_decode_dt), int),
    "impact": (int, _or_none(_decode_dt), int),
}


def parse_sort(value: str | None) -> SortKey:
    if not value:
        return "priority"
    if value not in SORT_KEYS:
        raise Invalid(f"Sort by one of: {', '.join(SORT_KEYS)}.", field="sort")
    return value

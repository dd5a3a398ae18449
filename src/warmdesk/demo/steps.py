"""The demo as a script: dated steps that the seeder replays through the real services.

Tickets are named by a plan key (an int) because their database ids only exist once the
seeder has opened them. People are named by email.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from warmdesk.demo.content.voices import Tone
from warmdesk.demo.directory import Directory
from warmdesk.tickets.domain import (
    AffectedScope,
    Category,
    Channel,
    LinkKind,
    PendingReason,
    Status,
    Workaround,
)


class Arc(StrEnum):
    """Where a ticket's story ends up by ``now``."""

    NEW = "new"
    OPEN = "open"
    PENDING_REQUESTER = "pending_requester"
    PENDING_THIRD_PARTY = "pending_third_party"
    REOPENED = "reopened"
    RESOLVED = "resolved"
    CLOSED = "closed"


@dataclass(frozen=True)
class Impact:
    business_process: str | None
    deadline_at: datetime | None
    affected_scope: AffectedScope | None
    affected_count: int | None
    workaround: Workaround | None


@dataclass(frozen=True)
class TicketDraft:
    subject: str
    description: str
    category: Category
    channel: Channel
    impact: Impact | None  # given on the form; None when only the text mentions it
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpenTicket:
    at: datetime
    ticket: int
    actor: str  # the requester, or the agent who took a phone call
    requester: str
    draft: TicketDraft
    team: str | None = None  # only when staff open it
    assignee: str | None = None


@dataclass(frozen=True)
class PostMessage:
    at: datetime
    ticket: int
    actor: str
    body: str
    note: bool = False  # an internal note rather than a reply
    opens_follow_up: int | None = None  # the key of the ticket a reply to a closed one opens


@dataclass(frozen=True)
class TicketChange:
    """The fields of a ticket update the demo uses; None means "leave as it is"."""

    status: Status | None = None
    pending_reason: PendingReason | None = None
    team: str | None = None
    assignee: str | None = None
    unassign: bool = False  # back to the team's queue, nobody's yet
    tier: int | None = None
    category: Category | None = None
    subject: str | None = None
    tags: tuple[str, ...] | None = None
    priority: int | None = None
    priority_reason: str | None = None
    impact: Impact | None = None


@dataclass(frozen=True)
class ChangeTicket:
    at: datetime
    ticket: int
    actor: str
    change: TicketChange


@dataclass(frozen=True)
class MergeTickets:
    at: datetime
    ticket: int  # the duplicate, closed into ``into``
    actor: str
    into: int


@dataclass(frozen=True)
class LinkTickets:
    at: datetime
    ticket: int
    actor: str
    target: int
    kind: LinkKind


Step = OpenTicket | PostMessage | ChangeTicket | MergeTickets | LinkTickets


@dataclass(frozen=True)
class TicketOutline:
    """What the plan intends for one ticket: for tests, and for reading the plan."""

    key: int
    requester: str
    category: Category
    tone: Tone
    arc: Arc
    created_at: datetime
    final_status: Status
    messages: int  # including those merged in, and internal notes
    escalated_to: str | None = None
    merged_into: int | None = None
    has_impact: bool = False


@dataclass(frozen=True)
class DemoPlan:
    now: datetime
    start: datetime  # when the directory is created, before the first ticket
    directory: Directory
    tickets: tuple[TicketOutline, ...]
    steps: tuple[Step, ...]  # in time order

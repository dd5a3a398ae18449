"""API shapes for tickets, messages, attachments and links."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from warmdesk.tickets.domain import (
    AffectedScope,
    Category,
    Channel,
    LinkKind,
    MessageKind,
    PendingReason,
    Status,
    Workaround,
)

MAX_BODY_CHARS = 100_000


class ImpactIn(BaseModel):
    deadline_at: AwareDatetime | None = Field(
        None, description="When the requester must be working again."
    )
    affected_scope: AffectedScope | None = None
    affected_count: int | None = Field(None, ge=1, le=1_000_000)
    business_process: str | None = Field(None, max_length=120)
    workaround: Workaround | None = None


class TicketIn(ImpactIn):
    subject: str = Field(min_length=1, max_length=300)
    description: str = Field("", max_length=MAX_BODY_CHARS)
    description_html: str | None = Field(None, max_length=MAX_BODY_CHARS)
    category: Category = Category.OTHER
    channel: Channel = Channel.API
    requester_id: int | None = Field(None, description="Staff only: open on behalf of someone.")
    priority: int | None = Field(
        None, ge=1, le=4, description="Staff only; computed from impact when absent."
    )
    team_id: int | None = None
    assignee_id: int | None = None
    tags: list[str] = Field(default_factory=list, max_length=30)


class TicketPatch(BaseModel):
    subject: str | None = Field(None, min_length=1, max_length=300)
    category: Category | None = None
    status: Status | None = None
    pending_reason: PendingReason | None = None
    priority: int | None = Field(None, ge=1, le=4)
    priority_reason: str | None = Field(
        None, max_length=300, description="Required when overriding priority."
    )
    assignee_id: int | None = None
    team_id: int | None = None
    tier: int | None = Field(None, ge=1, le=3)
    tags: list[str] | None = Field(None, max_length=30)
    deadline_at: AwareDatetime | None = None
    affected_scope: AffectedScope | None = None
    affected_count: int | None = Field(None, ge=1, le=1_000_000)
    business_process: str | None = Field(None, max_length=120)
    workaround: Workaround | None = None


class PersonRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str


class TicketOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    subject: str
    description: str
    status: Status
    pending_reason: PendingReason | None
    priority: int
    priority_label: str
    priority_reasons: list[str]
    category: str
    channel: str
    requester: PersonRef
    organization_id: int | None
    assignee: PersonRef | None
    team: PersonRef | None
    tier: int
    tags: list[str]
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
    stress_score: float | None = Field(description="Stress of the requester's latest message, 0-1")
    stress_peak: float | None = Field(description="The highest stress in the conversation")
    stress_level: str | None = Field(description="low, medium or high (latest message)")


class TicketPageOut(BaseModel):
    items: list[TicketOut]
    next_cursor: str | None = Field(
        description="Pass as ?cursor= for the next page; null at the end."
    )


class MessageIn(BaseModel):
    body_text: str = Field("", max_length=MAX_BODY_CHARS)
    body_html: str | None = Field(None, max_length=MAX_BODY_CHARS)
    kind: Literal["reply", "note"] = Field(
        "reply", description="Staff: 'reply' goes to the requester, 'note' stays internal."
    )
    external_id: str | None = Field(None, max_length=255, description="Idempotency key.")


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    ticket_id: int
    kind: MessageKind
    channel: str
    author: PersonRef | None
    body_text: str
    body_html: str | None
    created_at: datetime


class AttachmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    ticket_id: int
    message_id: int | None
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    internal: bool
    created_at: datetime


class MergeIn(BaseModel):
    target_id: int = Field(description="The ticket that remains; this one is closed into it.")


class LinkIn(BaseModel):
    target_id: int
    kind: LinkKind = LinkKind.RELATED


class LinkOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    source_id: int
    target_id: int
    kind: LinkKind
    created_at: datetime


class AuditEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    actor_id: int | None
    entity_type: str
    entity_id: int
    action: str
    changes: dict[str, object]
    created_at: datetime


class MessagePostedOut(MessageOut):
    """A requester's reply to a closed ticket lands on a new ticket: this says which."""

    follow_up_of: int | None = None

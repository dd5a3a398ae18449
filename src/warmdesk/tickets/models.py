"""Tables for tickets, their messages, attachments, tags and links."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import InstrumentedAttribute, Mapped, mapped_column, relationship

from warmdesk.db import Base
from warmdesk.people.models import Organization, Team, User
from warmdesk.tickets.domain import UNKNOWN_IMPACT_RANK


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        # The queue reads open tickets by priority, longest-waiting first; each index below
        # serves one queue without a sort step (see docs/architecture.md). The indexes of
        # the stress, deadline and impact sorts follow the class.
        Index("ix_tickets_queue", "is_open", "priority", "updated_at", "id"),
        Index("ix_tickets_queue_recent", "is_open", "updated_at", "id"),
        Index("ix_tickets_status_priority", "status", "priority", "updated_at", "id"),
        Index("ix_tickets_team_queue", "team_id", "is_open", "priority", "updated_at", "id"),
        Index(
            "ix_tickets_assignee_queue", "assignee_id", "is_open", "priority", "updated_at", "id"
        ),
        Index("ix_tickets_open_created", "is_open", "created_at", "id"),
        Index("ix_tickets_status_updated", "status", "updated_at", "id"),
        Index("ix_tickets_status_created", "status", "created_at", "id"),
        Index("ix_tickets_priority_updated", "priority", "updated_at", "id"),
        Index("ix_tickets_updated", "updated_at", "id"),
        Index("ix_tickets_created", "created_at", "id"),
        Index("ix_tickets_requester_created", "requester_id", "created_at"),
        Index("ix_tickets_org_created", "organization_id", "created_at"),
        Index("ix_tickets_category_status", "category", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    category: Mapped[str] = mapped_column(String(40), default="other")
    channel: Mapped[str] = mapped_column(String(20), default="web")
    status: Mapped[str] = mapped_column(String(20), default="new")
    # Derived from status (new/open/pending/reopened) and kept by the service, so the
    # queue's index can serve "all open work" as one ordered range.
    is_open: Mapped[bool] = mapped_column(default=True)
    pending_reason: Mapped[str | None] = mapped_column(String(30))
    priority: Mapped[int] = mapped_column(default=3)
    priority_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    tier: Mapped[int] = mapped_column(default=1)
    # Business impact, in the requester's words and as structured fields.
    deadline_at: Mapped[datetime | None]
    affected_scope: Mapped[str | None] = mapped_column(String(20))
    affected_count: Mapped[int | None]
    business_process: Mapped[str | None] = mapped_column(String(120))
    workaround: Mapped[str | None] = mapped_column(String(10))
    # Derived from affected_scope by the service (``domain.impact_rank``: 1 = widest,
    # 5 = not known) and kept so that one index serves the queue's impact sort.
    impact_rank: Mapped[int] = mapped_column(server_default=str(UNKNOWN_IMPACT_RANK))
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    reopen_count: Mapped[int] = mapped_column(default=0)
    # From the signals of the requester's messages: the latest and the highest stress.
    stress_score: Mapped[float | None]
    stress_peak: Mapped[float | None]
    stress_level: Mapped[str | None] = mapped_column(String(10))
    # Impact fields read from the requester's words rather than given on a form:
    # {"deadline_at": {"text": "by noon", "message_id": 12}, ...}. A field leaves this map
    # when a person sets it; the audit trail keeps what was inferred and what replaced it.
    # Nullable, so adding it needs no JSON server default (PostgreSQL cannot compare those).
    impact_inferred: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=dict)

    requester: Mapped[User] = relationship(foreign_keys=[requester_id], lazy="raise")
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id], lazy="raise")
    team: Mapped[Team | None] = relationship(lazy="raise")
    organization: Mapped[Organization | None] = relationship(lazy="raise")
    tag_rows: Mapped[list[TicketTag]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="TicketTag.tag"
    )

    @property
    def tags(self) -> list[str]:
        return [row.tag for row in self.tag_rows]


def _index_pressing_sorts(name: str, *leading: InstrumentedAttribute[Any]) -> None:
    """Indexes for the stress, deadline and impact sorts, after the ``leading`` columns.

    Those sorts put tickets without a value last on both databases (SQLite sorts NULL
    first, PostgreSQL last), so they order by "is null" first, and so do these indexes;
    an expression needs the columns, hence after the class."""
    Index(
        f"{name}_stress",
        *leading,
        Ticket.stress_score.is_(None),
        Ticket.stress_score.desc(),
        Ticket.id,
    )
    Index(f"{name}_deadline", *leading, Ticket.deadline_at.is_(None), Ticket.deadline_at, Ticket.id)
    Index(
        f"{name}_impact",
        *leading,
        Ticket.impact_rank,
        Ticket.deadline_at.is_(None),
        Ticket.deadline_at,
        Ticket.id,
    )


# Like the other sorts: one for open work, one by status, one for everything.
_index_pressing_sorts("ix_tickets_open", Ticket.is_open)
_index_pressing_sorts("ix_tickets_status", Ticket.status)
_index_pressing_sorts("ix_tickets")


class TicketTag(Base):
    __tablename__ = "ticket_tags"
    __table_args__ = (Index("ix_ticket_tags_tag", "tag", "ticket_id"),)

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_ticket_created", "ticket_id", "created_at", "id"),
        UniqueConstraint("external_id", name="uq_messages_external_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # inbound (from the requester), outbound (public reply), internal (agents only)
    kind: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(20), default="web")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text)
    raw_source: Mapped[str | None] = mapped_column(Text)
    # Idempotency key from the channel (email Message-ID, Slack event id, API Idempotency-Key).
    external_id: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime]

    author: Mapped[User | None] = relationship(lazy="raise")


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    internal: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]


class TicketLink(Base):
    """A directed relation: ``source`` *kind* ``target`` (e.g. 12 follow_up_of 7)."""

    __tablename__ = "ticket_links"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "kind", name="uq_ticket_links"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]

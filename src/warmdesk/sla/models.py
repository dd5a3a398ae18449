"""SLA tables: calendars, policies, and each ticket's targets with their pauses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from warmdesk.db import Base


class BusinessCalendarRow(Base):
    """Opening hours in a timezone. ``windows``: ``[{"weekday": 0, "opens": "09:00",
    "closes": "17:00"}, ...]``; ``holidays``: ``[{"date": "2026-12-25", "name": "..."}]``."""

    __tablename__ = "business_calendars"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    timezone: Mapped[str] = mapped_column(String(64))
    always_open: Mapped[bool] = mapped_column(Boolean, default=False)
    windows: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    holidays: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime]


class SlaPolicyRow(Base):
    """Targets for the tickets in its scope (``None`` in a scope column matches anything).

    ``breach_actions``: ``[{"action": "notify_lead"}, {"action": "raise_priority"},
    {"action": "reassign", "team_id": 3}]``, run once when a target is breached."""

    __tablename__ = "sla_policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    priority: Mapped[int | None]
    category: Mapped[str | None] = mapped_column(String(40))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE")
    )
    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("business_calendars.id", ondelete="RESTRICT")
    )
    first_response_minutes: Mapped[int | None]
    update_minutes: Mapped[int | None]
    resolution_minutes: Mapped[int | None]
    at_risk_percent: Mapped[int] = mapped_column(default=75)
    breach_actions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class TicketSla(Base):
    """Where each target of one ticket stands, recomputed on every change to the ticket.

    ``*_due_at`` are None when the target is met, paused or not set; ``*_breached_at`` is set
    once, when the breach was handled. ``next_due_at`` is the earliest open due time."""

    __tablename__ = "ticket_slas"
    # Open targets by due time: the "at risk" and "due soon" views read this index.
    __table_args__ = (Index("ix_ticket_slas_next_due", "next_due_at", "ticket_id"),)

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    policy_id: Mapped[int | None] = mapped_column(
        ForeignKey("sla_policies.id", ondelete="SET NULL")
    )
    started_at: Mapped[datetime]
    update_started_at: Mapped[datetime]  # the last public update, or the start
    first_response_due_at: Mapped[datetime | None]
    update_due_at: Mapped[datetime | None]
    resolution_due_at: Mapped[datetime | None]
    next_due_at: Mapped[datetime | None]
    state: Mapped[str] = mapped_column(String(20), default="on_track")  # the worst target
    first_response_breached_at: Mapped[datetime | None]
    update_breached_at: Mapped[datetime | None]
    resolution_breached_at: Mapped[datetime | None]
    paused_since: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class SlaPause(Base):
    """A stretch of time the ticket waited on its requester (``ended_at`` None: still)."""

    __tablename__ = "sla_pauses"
    __table_args__ = (Index("ix_sla_pauses_ticket", "ticket_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]

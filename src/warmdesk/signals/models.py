"""What the signals found in each inbound message, kept with the message."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from warmdesk.db import Base


class MessageSignals(Base):
    __tablename__ = "message_signals"
    __table_args__ = (Index("ix_message_signals_ticket", "ticket_id", "message_id"),)

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    stress_score: Mapped[float] = mapped_column(Float)
    stress_level: Mapped[str] = mapped_column(String(10))
    sentiment: Mapped[float] = mapped_column(Float)
    deadline_at: Mapped[datetime | None]
    affected_scope: Mapped[str | None] = mapped_column(String(20))
    affected_count: Mapped[int | None]
    business_process: Mapped[str | None] = mapped_column(String(120))
    workaround: Mapped[str | None] = mapped_column(String(10))
    tried_steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    fluency: Mapped[str] = mapped_column(String(10))
    abusive: Mapped[bool]
    language: Mapped[str] = mapped_column(String(8))
    # The whole analysis with its evidence (spans and cues), as `warmdesk analyze` prints it.
    record: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    analyzed_at: Mapped[datetime]

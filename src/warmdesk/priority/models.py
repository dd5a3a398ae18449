"""The desk's priority rules: one row an admin edits (the matrix, the critical processes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from warmdesk.db import Base

RULES_ROW_ID = 1


class PriorityRulesRow(Base):
    __tablename__ = "priority_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    matrix: Mapped[list[list[int]]] = mapped_column(JSON)  # [impact][urgency] -> 1..4
    critical_processes: Mapped[list[str]] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

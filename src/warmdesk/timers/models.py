"""The ``timers`` table: one row per piece of due-time work, kept after it fires."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from warmdesk.db import Base

# A timer is pending until it fires or gives up. Both partial indexes below hold pending
# rows only, so neither grows with the history of fired timers. The predicate is written
# once, as SQL, because ON CONFLICT must repeat it exactly (repository.upsert_pending).
PENDING_SQL = "fired_at IS NULL AND failed_at IS NULL"
_PENDING = text(PENDING_SQL)
_FAILED = text("failed_at IS NOT NULL")


class Timer(Base):
    __tablename__ = "timers"
    __table_args__ = (
        # At most one pending timer per (subject, kind): scheduling again moves it. Subject
        # first, so "every pending timer of ticket:42" reads the same index.
        Index(
            "uq_timers_pending_subject_kind",
            "subject_key",
            "kind",
            unique=True,
            sqlite_where=_PENDING,
            postgresql_where=_PENDING,
        ),
        # The worker's due scan: pending timers in due order, read up to "now" and no further.
        Index(
            "ix_timers_pending_due",
            "due_at",
            "id",
            sqlite_where=_PENDING,
            postgresql_where=_PENDING,
        ),
        # Timers that gave up, newest first, for admins: few rows, however long the history.
        Index(
            "ix_timers_failed",
            "failed_at",
            "id",
            sqlite_where=_FAILED,
            postgresql_where=_FAILED,
        ),
        # Every firing leaves a dead entry in the pending index until VACUUM, and scans of
        # the index step over them (a burst of 40,000 fired timers slowed the idle worker
        # cycle from 1.5 to 7.6 ms at 1M rows). By default autovacuum waits for 20% of the
        # table to be dead; for this queue-like table, 1% (plus 1,000 rows).
        {
            "postgresql_with": {
                "autovacuum_vacuum_scale_factor": "0.01",
                "autovacuum_vacuum_threshold": "1000",
            }
        },
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(80))  # e.g. "sla.first_response.breach"
    subject_key: Mapped[str] = mapped_column(String(120))  # e.g. "ticket:42"
    due_at: Mapped[datetime]  # when the next attempt is due (moved on each retry)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime]
    fired_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)  # failed attempts so far
    last_error: Mapped[str | None] = mapped_column(String(300))
    failed_at: Mapped[datetime | None]  # gave up after the last allowed attempt

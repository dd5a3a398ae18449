"""timers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import warmdesk.db

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Pending timers only (warmdesk.timers.models.PENDING_SQL as it was when this ran): the
# indexes stay as small as the work still to do, however many timers have fired.
_PENDING = sa.text("fired_at IS NULL AND failed_at IS NULL")
_FAILED = sa.text("failed_at IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "timers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=80), nullable=False),
        sa.Column("subject_key", sa.String(length=120), nullable=False),
        sa.Column("due_at", warmdesk.db.UTCDateTime(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", warmdesk.db.UTCDateTime(), nullable=False),
        sa.Column("fired_at", warmdesk.db.UTCDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("failed_at", warmdesk.db.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timers")),
        # Vacuum after 1% of the rows (plus 1,000) are dead, not 20%: see timers.models.
        postgresql_with={
            "autovacuum_vacuum_scale_factor": "0.01",
            "autovacuum_vacuum_threshold": "1000",
        },
    )
    op.create_index(
        "uq_timers_pending_subject_kind",
        "timers",
        ["subject_key", "kind"],
        unique=True,
        sqlite_where=_PENDING,
        postgresql_where=_PENDING,
    )
    op.create_index(
        "ix_timers_pending_due",
        "timers",
        ["due_at", "id"],
        unique=False,
        sqlite_where=_PENDING,
        postgresql_where=_PENDING,
    )
    op.create_index(
        "ix_timers_failed",
        "timers",
        ["failed_at", "id"],
        unique=False,
        sqlite_where=_FAILED,
        postgresql_where=_FAILED,
    )


def downgrade() -> None:
    op.drop_index("ix_timers_failed", table_name="timers")
    op.drop_index("ix_timers_pending_due", table_name="timers")
    op.drop_index("uq_timers_pending_subject_kind", table_name="timers")
    op.drop_table("timers")

"""message signals and ticket stress

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 01:42:27.933627
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import warmdesk.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "message_signals",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("stress_score", sa.Float(), nullable=False),
        sa.Column("stress_level", sa.String(length=10), nullable=False),
        sa.Column("sentiment", sa.Float(), nullable=False),
        sa.Column("deadline_at", warmdesk.db.UTCDateTime(), nullable=True),
        sa.Column("affected_scope", sa.String(length=20), nullable=True),
        sa.Column("affected_count", sa.Integer(), nullable=True),
        sa.Column("business_process", sa.String(length=120), nullable=True),
        sa.Column("workaround", sa.String(length=10), nullable=True),
        sa.Column("tried_steps", sa.JSON(), nullable=False),
        sa.Column("fluency", sa.String(length=10), nullable=False),
        sa.Column("abusive", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("analyzed_at", warmdesk.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_message_signals_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_message_signals_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_message_signals")),
    )
    with op.batch_alter_table("message_signals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_message_signals_ticket", ["ticket_id", "message_id"], unique=False
        )

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stress_score", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("stress_peak", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("stress_level", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("stress_level")
        batch_op.drop_column("stress_peak")
        batch_op.drop_column("stress_score")

    with op.batch_alter_table("message_signals", schema=None) as batch_op:
        batch_op.drop_index("ix_message_signals_ticket")

    op.drop_table("message_signals")

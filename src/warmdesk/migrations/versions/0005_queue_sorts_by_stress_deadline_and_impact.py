"""queue sorts by stress, deadline and impact

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 02:27:36.075285
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Ranks tickets.domain.impact_rank as it was when this ran (1 = widest, 5 = not known),
# written out because a migration must not change when the code does.
_RANK_EXISTING_TICKETS = (
    "UPDATE tickets SET impact_rank = CASE affected_scope WHEN 'organization' THEN 1 "
    "WHEN 'department' THEN 2 WHEN 'team' THEN 3 WHEN 'individual' THEN 4 ELSE 5 END "
    "WHERE affected_scope IS NOT NULL"
)
_STRESS_MISSING: sa.ColumnClause[Any] = sa.literal_column("(stress_score IS NULL)")
_DEADLINE_MISSING: sa.ColumnClause[Any] = sa.literal_column("(deadline_at IS NULL)")
# Each sort's index for open work, by status, and for everything (name, leading columns).
_PREFIXES: tuple[tuple[str, list[str]], ...] = (
    ("ix_tickets_open", ["is_open"]),
    ("ix_tickets_status", ["status"]),
    ("ix_tickets", []),
)


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("impact_rank", sa.Integer(), server_default="5", nullable=False)
        )
    op.execute(_RANK_EXISTING_TICKETS)
    for prefix, leading in _PREFIXES:
        op.create_index(
            f"{prefix}_stress",
            "tickets",
            [*leading, _STRESS_MISSING, sa.column("stress_score").desc(), "id"],
        )
        op.create_index(
            f"{prefix}_deadline",
            "tickets",
            [*leading, _DEADLINE_MISSING, "deadline_at", "id"],
        )
        op.create_index(
            f"{prefix}_impact",
            "tickets",
            [*leading, "impact_rank", _DEADLINE_MISSING, "deadline_at", "id"],
        )


def downgrade() -> None:
    # Outside the batch: on SQLite it copies the table, and reflection there cannot see
    # indexes on expressions.
    for prefix, _ in reversed(_PREFIXES):
        for sort in ("impact", "deadline", "stress"):
            op.drop_index(f"{prefix}_{sort}", table_name="tickets")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("impact_rank")

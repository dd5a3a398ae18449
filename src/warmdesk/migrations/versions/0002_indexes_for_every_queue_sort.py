"""indexes for every queue sort

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:30:44.317395
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_created", ["created_at", "id"], unique=False)
        batch_op.create_index(
            "ix_tickets_open_created", ["is_open", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_tickets_priority_updated", ["priority", "updated_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_tickets_status_created", ["status", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_tickets_status_updated", ["status", "updated_at", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_status_updated")
        batch_op.drop_index("ix_tickets_status_created")
        batch_op.drop_index("ix_tickets_priority_updated")
        batch_op.drop_index("ix_tickets_open_created")
        batch_op.drop_index("ix_tickets_created")

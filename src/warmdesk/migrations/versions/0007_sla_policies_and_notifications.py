"""SLA calendars, policies, ticket targets and pauses; notifications; priority rules; a
person's critical role; default policies

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 10:00:00.000000
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import warmdesk.db

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WHEN = warmdesk.db.UTCDateTime()

# Out of the box: P1 around the clock, the rest in office hours (Monday to Friday, 09:00 to
# 17:00, UTC until an admin sets the desk's own zone). Minutes of open time.
_DEFAULT_POLICIES = (
    # name, priority, calendar, first response, update every, resolution
    ("P1 - critical", 1, 1, 15, 30, 4 * 60),
    ("P2 - high", 2, 2, 60, 2 * 60, 8 * 60),
    ("P3 - normal", 3, 2, 4 * 60, 8 * 60, 3 * 8 * 60),
    ("P4 - low", 4, 2, 8 * 60, 2 * 8 * 60, 5 * 8 * 60),
)


def upgrade() -> None:
    op.create_table(
        "business_calendars",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("always_open", sa.Boolean(), nullable=False),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("holidays", sa.JSON(), nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_calendars")),
        sa.UniqueConstraint("name", name=op.f("uq_business_calendars_name")),
    )
    op.create_table(
        "sla_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("first_response_minutes", sa.Integer(), nullable=True),
        sa.Column("update_minutes", sa.Integer(), nullable=True),
        sa.Column("resolution_minutes", sa.Integer(), nullable=True),
        sa.Column("at_risk_percent", sa.Integer(), nullable=False),
        sa.Column("breach_actions", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["business_calendars.id"],
            name=op.f("fk_sla_policies_calendar_id_business_calendars"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_sla_policies_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_policies")),
    )
    op.create_table(
        "ticket_slas",
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=True),
        sa.Column("started_at", _WHEN, nullable=False),
        sa.Column("update_started_at", _WHEN, nullable=False),
        sa.Column("first_response_due_at", _WHEN, nullable=True),
        sa.Column("update_due_at", _WHEN, nullable=True),
        sa.Column("resolution_due_at", _WHEN, nullable=True),
        sa.Column("next_due_at", _WHEN, nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("first_response_breached_at", _WHEN, nullable=True),
        sa.Column("update_breached_at", _WHEN, nullable=True),
        sa.Column("resolution_breached_at", _WHEN, nullable=True),
        sa.Column("paused_since", _WHEN, nullable=True),
        sa.Column("updated_at", _WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["sla_policies.id"],
            name=op.f("fk_ticket_slas_policy_id_sla_policies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_slas_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_ticket_slas")),
    )
    op.create_index("ix_ticket_slas_next_due", "ticket_slas", ["next_due_at", "ticket_id"])
    op.create_table(
        "sla_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("started_at", _WHEN, nullable=False),
        sa.Column("ended_at", _WHEN, nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_sla_pauses_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_pauses")),
    )
    op.create_index("ix_sla_pauses_ticket", "sla_pauses", ["ticket_id", "started_at"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("read_at", _WHEN, nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_notifications_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_notifications_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    op.create_index("ix_notifications_user_unread", "notifications", ["user_id", "read_at", "id"])
    op.create_table(
        "priority_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matrix", sa.JSON(), nullable=False),
        sa.Column("critical_processes", sa.JSON(), nullable=False),
        sa.Column("updated_at", _WHEN, nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["users.id"],
            name=op.f("fk_priority_rules_updated_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_rules")),
    )
    op.add_column("users", sa.Column("critical_role", sa.String(length=120), nullable=True))
    _add_defaults()


def _add_defaults() -> None:
    now = datetime.now(UTC)
    calendars = sa.table(
        "business_calendars",
        sa.column("id", sa.Integer()),
        sa.column("name", sa.String()),
        sa.column("timezone", sa.String()),
        sa.column("always_open", sa.Boolean()),
        sa.column("windows", sa.JSON()),
        sa.column("holidays", sa.JSON()),
        sa.column("created_at", _WHEN),
    )
    office = [{"weekday": day, "opens": "09:00", "closes": "17:00"} for day in range(5)]
    op.bulk_insert(
        calendars,
        [
            {"id": 1, "name": "Around the clock", "timezone": "UTC", "always_open": True,
             "windows": [], "holidays": [], "created_at": now},
            {"id": 2, "name": "Office hours", "timezone": "UTC", "always_open": False,
             "windows": office, "holidays": [], "created_at": now},
        ],
    )  # fmt: skip
    policies = sa.table(
        "sla_policies",
        sa.column("name", sa.String()),
        sa.column("priority", sa.Integer()),
        sa.column("calendar_id", sa.Integer()),
        sa.column("first_response_minutes", sa.Integer()),
        sa.column("update_minutes", sa.Integer()),
        sa.column("resolution_minutes", sa.Integer()),
        sa.column("at_risk_percent", sa.Integer()),
        sa.column("breach_actions", sa.JSON()),
        sa.column("active", sa.Boolean()),
        sa.column("created_at", _WHEN),
    )
    op.bulk_insert(
        policies,
        [
            {
                "name": name,
                "priority": priority,
                "calendar_id": calendar_id,
                "first_response_minutes": first,
                "update_minutes": update,
                "resolution_minutes": resolution,
                "at_risk_percent": 75,
                "breach_actions": [{"action": "notify_lead"}],
                "active": True,
                "created_at": now,
            }
            for name, priority, calendar_id, first, update, resolution in _DEFAULT_POLICIES
        ],
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SELECT setval('business_calendars_id_seq', 2)")


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("critical_role")
    op.drop_table("priority_rules")
    op.drop_index("ix_notifications_user_unread", table_name="notifications")
    op.drop_table("notifications")
    op.drop_index("ix_sla_pauses_ticket", table_name="sla_pauses")
    op.drop_table("sla_pauses")
    op.drop_index("ix_ticket_slas_next_due", table_name="ticket_slas")
    op.drop_table("ticket_slas")
    op.drop_table("sla_policies")
    op.drop_table("business_calendars")

"""Imports every feature's tables so ``Base.metadata`` is complete (Alembic, tests)."""

from warmdesk.audit.models import AuditEvent
from warmdesk.db import Base
from warmdesk.notifications.models import Notification
from warmdesk.people.models import ApiToken, Organization, Team, User, WebSession, team_members
from warmdesk.priority.models import PriorityRulesRow
from warmdesk.signals.models import MessageSignals
from warmdesk.sla.models import BusinessCalendarRow, SlaPause, SlaPolicyRow, TicketSla
from warmdesk.tickets.models import Attachment, Message, Ticket, TicketLink, TicketTag
from warmdesk.timers.models import Timer

__all__ = [
    "ApiToken",
    "Attachment",
    "AuditEvent",
    "Base",
    "BusinessCalendarRow",
    "Message",
    "MessageSignals",
    "Notification",
    "Organization",
    "PriorityRulesRow",
    "SlaPause",
    "SlaPolicyRow",
    "Team",
    "Ticket",
    "TicketLink",
    "TicketSla",
    "TicketTag",
    "Timer",
    "User",
    "WebSession",
    "team_members",
]

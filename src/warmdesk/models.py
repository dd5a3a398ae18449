"""Imports every feature's tables so ``Base.metadata`` is complete (Alembic, tests)."""

from warmdesk.audit.models import AuditEvent
from warmdesk.db import Base
from warmdesk.people.models import ApiToken, Organization, Team, User, WebSession, team_members
from warmdesk.signals.models import MessageSignals
from warmdesk.tickets.models import Attachment, Message, Ticket, TicketLink, TicketTag

__all__ = [
    "ApiToken",
    "Attachment",
    "AuditEvent",
    "Base",
    "Message",
    "MessageSignals",
    "Organization",
    "Team",
    "Ticket",
    "TicketLink",
    "TicketTag",
    "User",
    "WebSession",
    "team_members",
]

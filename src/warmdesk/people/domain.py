"""Pure rules about people: roles, and who may see which ticket."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Role(StrEnum):
    REQUESTER = "requester"
    AGENT = "agent"
    LEAD = "lead"
    ADMIN = "admin"


STAFF_ROLES: frozenset[Role] = frozenset({Role.AGENT, Role.LEAD, Role.ADMIN})
SEE_ALL_ROLES: frozenset[Role] = frozenset({Role.LEAD, Role.ADMIN})


class PeopleRuleError(Exception):
    """Input about people that the rules refuse (answered as HTTP 422, naming ``field``)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Viewer:
    """Who is asking, with what their visibility depends on."""

    user_id: int
    role: Role
    organization_id: int | None
    organization_shares_tickets: bool
    team_ids: frozenset[int]
    name: str = ""
    timezone: str = "UTC"  # where pages show times for this viewer

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def sees_everything(self) -> bool:
        return self.role in SEE_ALL_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


@dataclass(frozen=True)
class TicketAccessFacts:
    requester_id: int
    organization_id: int | None
    team_id: int | None
    assignee_id: int | None


def can_view_ticket(viewer: Viewer, ticket: TicketAccessFacts) -> bool:
    """Requesters: their own (or their organization's, where it shares). Agents: their
    teams' queues, their own assignments and the unrouted queue. Leads and admins: all."""
    if viewer.sees_everything:
        return True
    if viewer.role is Role.AGENT:
        return (
            ticket.team_id is None
            or ticket.team_id in viewer.team_ids
            or ticket.assignee_id == viewer.user_id
        )
    if ticket.requester_id == viewer.user_id:
        return True
    return (
        viewer.organization_shares_tickets
        and viewer.organization_id is not None
        and ticket.organization_id == viewer.organization_id
    )


_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")


def normalize_email(email: str) -> str:
    value = email.strip().lower()
    if len(value) > 320 or not _EMAIL.match(value):
        raise PeopleRuleError(f"'{email[:80]}' is not an email address.", field="email")
    return value


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise PeopleRuleError(
            f"'{name[:64]}' is not a known IANA timezone (e.g. Europe/Berlin).", field="timezone"
        ) from error
    return name


def check_tier(role: Role, tier: int | None) -> int | None:
    if role is Role.REQUESTER:
        return None
    if tier is None:
        return 1
    if tier not in (1, 2, 3):
        raise PeopleRuleError("An agent's tier is 1, 2 or 3.", field="tier")
    return tier

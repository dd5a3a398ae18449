"""Pure ticket rules: statuses and their transitions, reply outcomes, priority.

No I/O, no ORM, no clock: every function takes what it needs, ``now`` included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    REOPENED = "reopened"
    RESOLVED = "resolved"
    CLOSED = "closed"


class PendingReason(StrEnum):
    REQUESTER = "requester"
    THIRD_PARTY = "third_party"


class Channel(StrEnum):
    WEB = "web"
    EMAIL = "email"
    SLACK = "slack"
    TEAMS = "teams"
    CHAT = "chat"
    PHONE = "phone"
    API = "api"


class Category(StrEnum):
    ACCESS = "access"
    PASSWORD = "password"
    VPN = "vpn"
    NETWORK = "network"
    PRINTER = "printer"
    HARDWARE = "hardware"
    EMAIL = "email"
    SOFTWARE = "software"
    OUTAGE = "outage"
    SECURITY = "security"
    OTHER = "other"


class AffectedScope(StrEnum):
    INDIVIDUAL = "individual"
    TEAM = "team"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"


class Workaround(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class MessageKind(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class LinkKind(StrEnum):
    RELATED = "related"
    FOLLOW_UP_OF = "follow_up_of"
    DUPLICATE_OF = "duplicate_of"
    CAUSED_BY = "caused_by"
    REPEAT_OF = "repeat_of"  # the same requester, the same problem, within a week


OPEN_STATUSES: frozenset[Status] = frozenset(
    {Status.NEW, Status.OPEN, Status.PENDING, Status.REOPENED}
)

ALLOWED_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.OPEN, Status.PENDING, Status.RESOLVED}),
    Status.OPEN: frozenset({Status.PENDING, Status.RESOLVED}),
    Status.PENDING: frozenset({Status.OPEN, Status.RESOLVED}),
    Status.REOPENED: frozenset({Status.OPEN, Status.PENDING, Status.RESOLVED}),
    Status.RESOLVED: frozenset({Status.REOPENED, Status.CLOSED}),
    Status.CLOSED: frozenset(),
}


class TicketRuleError(Exception):
    """A change that the ticket's rules do not allow (answered as HTTP 409)."""


class IllegalTransition(TicketRuleError):
    def __init__(self, current: Status, target: Status) -> None:
        allowed = ", ".join(sorted(ALLOWED_TRANSITIONS[current])) or "none (closed is final)"
        super().__init__(
            f"A ticket cannot move from '{current}' to '{target}'. "
            f"From '{current}' it can move to: {allowed}."
        )
        self.current = current
        self.target = target


def check_transition(
    current: Status, target: Status, pending_reason: PendingReason | None = None
) -> None:
    """Raise :class:`IllegalTransition` unless ``current -> target`` is allowed."""
    if target not in ALLOWED_TRANSITIONS[current]:
        raise IllegalTransition(current, target)
    if target is Status.PENDING and pending_reason is None:
        raise TicketRuleError("Say who the ticket waits on: 'requester' or 'third_party'.")


class ReplyOutcome(StrEnum):
    """What a requester's reply does to the ticket it answers."""

    APPEND = "append"  # the conversation simply continues
    RESUME = "resume"  # it was waiting on the requester: back to open
    REOPEN = "reopen"  # resolved recently: reopened
    FOLLOW_UP = "follow_up"  # closed, or resolved too long ago: a new linked ticket


def requester_reply_outcome(
    status: Status,
    pending_reason: PendingReason | None,
    resolved_at: datetime | None,
    now: datetime,
    reopen_window: timedelta,
    *,
    closing_thanks: bool = False,
) -> ReplyOutcome:
    """What a requester's reply does. A reply that only thanks or confirms the fix
    (``closing_thanks``) is kept on a resolved or closed ticket without reopening it or
    opening a new one: "thanks, works now" is not a reopen."""
    if closing_thanks and status in (Status.RESOLVED, Status.CLOSED):
        return ReplyOutcome.APPEND
    if status is Status.CLOSED:
        return ReplyOutcome.FOLLOW_UP
    if status is Status.RESOLVED:
        if resolved_at is not None and now - resolved_at <= reopen_window:
            return ReplyOutcome.REOPEN
        return ReplyOutcome.FOLLOW_UP
    if status is Status.PENDING and pending_reason is PendingReason.REQUESTER:
        return ReplyOutcome.RESUME
    return ReplyOutcome.APPEND


@dataclass(frozen=True)
class ImpactFacts:
    affected_scope: AffectedScope | None
    affected_count: int | None
    business_process: str | None
    workaround: Workaround | None
    deadline_at: datetime | None
    stress_level: str | None = None  # the requester's current stress: low / medium / high
    requester_role: str | None = None  # a role the organization flags ("only refund approver")


@dataclass(frozen=True)
class PriorityDecision:
    priority: int
    reasons: list[str]

    @property
    def label(self) -> str:
        return f"P{self.priority}"


# Rows: impact (1 = widest); columns: urgency (1 = most urgent). ITIL-style matrix.
PRIORITY_MATRIX: tuple[tuple[int, int, int], ...] = (
    (1, 2, 2),
    (2, 2, 3),
    (2, 3, 4),
)
# Business processes whose stop hurts the organization at once (admins edit the list).
CRITICAL_PROCESSES: tuple[str, ...] = (
    "payroll", "month-end close", "customer orders", "invoicing", "release/deploy",
    "exams", "client call/meeting",
)  # fmt: skip
URGENT_WITHIN = timedelta(hours=4)
SOON_WITHIN = timedelta(days=1)


@dataclass(frozen=True)
class PriorityRules:
    """What an admin can change: the matrix and the processes counted as critical."""

    matrix: tuple[tuple[int, int, int], ...] = PRIORITY_MATRIX
    critical_processes: tuple[str, ...] = CRITICAL_PROCESSES

    def is_critical(self, process: str) -> bool:
        name = process.strip().lower()
        return any(name == critical.lower() for critical in self.critical_processes)


DEFAULT_RULES = PriorityRules()


def check_matrix(matrix: list[list[int]]) -> tuple[tuple[int, int, int], ...]:
    """A 3 x 3 matrix of priorities 1-4; raises TicketRuleError otherwise."""
    if len(matrix) != 3 or any(len(row) != 3 for row in matrix):
        raise TicketRuleError("The priority matrix has 3 rows (impact) and 3 columns (urgency).")
    if any(value not in (1, 2, 3, 4) for row in matrix for value in row):
        raise TicketRuleError("Each cell of the priority matrix is P1, P2, P3 or P4.")
    return tuple((row[0], row[1], row[2]) for row in matrix)


def assess_priority(
    facts: ImpactFacts, now: datetime, rules: PriorityRules = DEFAULT_RULES
) -> PriorityDecision:
    """Priority from who is blocked and how soon it matters, with the reasons in words."""
    impact, impact_reasons = _impact_level(facts, rules)
    urgency, urgency_reasons = _urgency_level(facts, now)
    priority = rules.matrix[impact - 1][urgency - 1]
    reasons = impact_reasons + urgency_reasons
    if not reasons:
        reasons = ["no business impact given yet"]
    return PriorityDecision(priority=priority, reasons=reasons)


def _impact_level(facts: ImpactFacts, rules: PriorityRules) -> tuple[int, list[str]]:
    reasons: list[str] = []
    scope = facts.affected_scope
    if scope in (AffectedScope.ORGANIZATION, AffectedScope.DEPARTMENT):
        level = 1
    elif scope is AffectedScope.TEAM:
        level = 2
    else:
        level = 3
    if scope is not None:
        count = f" ({facts.affected_count} people)" if facts.affected_count else ""
        reasons.append(f"affects {_SCOPE_WORDS[scope]}{count}")
    if facts.business_process:
        if rules.is_critical(facts.business_process):
            reasons.append(f"blocks {facts.business_process} (critical)")
            level = max(1, level - 1)
        else:
            reasons.append(f"blocks {facts.business_process}")
            level = max(1, level - 1) if level == 3 else level
    if facts.requester_role:
        reasons.append(f"requester is {facts.requester_role}")
        level = max(1, level - 1)
    return level, reasons


def _urgency_level(facts: ImpactFacts, now: datetime) -> tuple[int, list[str]]:
    reasons: list[str] = []
    level = 3
    if facts.deadline_at is not None:
        remaining = facts.deadline_at - now
        if remaining <= URGENT_WITHIN:
            level = 1
        elif remaining <= SOON_WITHIN:
            level = 2
        reasons.append(describe_deadline(remaining))
    if facts.workaround is Workaround.NO:
        level = max(1, level - 1)
        reasons.append("no workaround")
    elif facts.workaround is Workaround.YES:
        level = min(3, level + 1)
        reasons.append("workaround available")
    if facts.stress_level == "high":
        level = max(1, level - 1)
        reasons.append("requester under high stress")
    return level, reasons


def next_urgency_change(deadline_at: datetime | None, now: datetime) -> datetime | None:
    """When a deadline's urgency next steps up (a day before it, then four hours before),
    so the worker can re-read the priority then; None when no step is ahead."""
    if deadline_at is None:
        return None
    for threshold in (SOON_WITHIN, URGENT_WITHIN):
        moment = deadline_at - threshold
        if moment > now:
            return moment
    return None


_SCOPE_WORDS = {
    AffectedScope.INDIVIDUAL: "one person",
    AffectedScope.TEAM: "a team",
    AffectedScope.DEPARTMENT: "a department",
    AffectedScope.ORGANIZATION: "everyone",
}


# The queue's impact order: 1 = widest, like P1 = most urgent. Stored with the ticket
# (``impact_rank``) so that one index serves the sort.
IMPACT_RANKS: dict[AffectedScope, int] = {
    AffectedScope.ORGANIZATION: 1,
    AffectedScope.DEPARTMENT: 2,
    AffectedScope.TEAM: 3,
    AffectedScope.INDIVIDUAL: 4,
}
UNKNOWN_IMPACT_RANK = 5


def impact_rank(scope: str | None) -> int:
    """Where a ticket with this affected scope comes in the impact order (1 = widest);
    :data:`UNKNOWN_IMPACT_RANK` when the scope is not known."""
    if scope is None:
        return UNKNOWN_IMPACT_RANK
    return IMPACT_RANKS[AffectedScope(scope)]


def describe_deadline(remaining: timedelta) -> str:
    minutes = int(remaining.total_seconds() // 60)
    if minutes < 0:
        return "deadline passed"
    if minutes < 90:
        return f"deadline in {minutes} min"
    hours = minutes // 60
    if hours < 48:
        return f"deadline in {hours} h"
    return f"deadline in {hours // 24} days"


_MANUAL_PREFIX = "set to P"


def manual_priority_reason(priority: int, who: str, why: str | None = None) -> str:
    """The reason recorded when a person sets the priority (it leads the reasons list)."""
    reason = f"{_MANUAL_PREFIX}{priority} by {who or 'staff'}"
    return f"{reason}: {why}" if why else reason


def is_manual_priority(reasons: list[str]) -> bool:
    """True when a person set the priority: it then stays until a person changes it."""
    return bool(reasons) and reasons[0].startswith(_MANUAL_PREFIX)


def priority_label(priority: int) -> str:
    return f"P{priority}"


def normalize_tags(tags: list[str]) -> list[str]:
    """Lower-case, trimmed, de-duplicated, sorted tags of letters, digits, '-' and '_'."""
    cleaned: set[str] = set()
    for tag in tags:
        value = tag.strip().lower().replace(" ", "-")
        if not value:
            continue
        if len(value) > 60 or not all(ch.isalnum() or ch in "-_." for ch in value):
            raise TicketRuleError(
                f"Tag '{tag[:60]}' may only hold letters, digits, '-', '_' and '.'"
            )
        cleaned.add(value)
    return sorted(cleaned)


def check_merge(
    source_id: int,
    target_id: int,
    source_merged: bool,
    target_merged: bool,
    *,
    same_requester: bool = True,
    shared_organization: bool = False,
) -> None:
    """Raise :class:`TicketRuleError` unless ``source`` may be merged into ``target``.

    Merging moves the conversation, so it is only allowed where everyone who could read
    the source can read the target: the same requester, or one organization whose members
    see each other's tickets. Reports from different people are linked instead.
    """
    if source_id == target_id:
        raise TicketRuleError("A ticket cannot be merged into itself.")
    if source_merged:
        raise TicketRuleError(f"Ticket #{source_id} is already merged into another ticket.")
    if target_merged:
        raise TicketRuleError(
            f"Ticket #{target_id} was merged away; merge into the ticket it went to."
        )
    if not (same_requester or shared_organization):
        raise TicketRuleError(
            f"Tickets #{source_id} and #{target_id} come from different requesters who cannot "
            "see each other's tickets; merging would show one person's messages to the other. "
            "Link them instead (for example 'caused_by' for reports of the same outage)."
        )

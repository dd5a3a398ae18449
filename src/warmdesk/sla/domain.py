"""SLA rules: which policy applies, how much business time a target has used, and its state.

Pure: callers pass ``now``, the calendar and the ticket's pauses. A target's clock runs on
the policy's business-hours calendar and stops while the ticket waits on the requester.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from warmdesk.sla.calendar import BusinessCalendar

DEFAULT_AT_RISK_FRACTION = 0.75


class TargetKind(StrEnum):
    FIRST_RESPONSE = "first_response"  # the first public reply from staff
    UPDATE = "update"  # the longest silence allowed while the ticket is open
    RESOLUTION = "resolution"


class TargetState(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    PAUSED = "paused"  # waiting on the requester: the clock is stopped
    MET = "met"


TARGET_WORDS: dict[TargetKind, str] = {
    TargetKind.FIRST_RESPONSE: "first response",
    TargetKind.UPDATE: "next update",
    TargetKind.RESOLUTION: "resolution",
}


@dataclass(frozen=True, slots=True)
class PolicyScope:
    """Where a policy applies; ``None`` matches anything."""

    priority: int | None = None
    category: str | None = None
    organization_id: int | None = None

    def matches(self, priority: int, category: str, organization_id: int | None) -> bool:
        return (
            (self.priority is None or self.priority == priority)
            and (self.category is None or self.category == category)
            and (self.organization_id is None or self.organization_id == organization_id)
        )

    @property
    def specificity(self) -> tuple[int, int, int]:
        """How narrow the scope is: organization first, then category, then priority."""
        return (
            self.organization_id is not None,
            self.category is not None,
            self.priority is not None,
        )


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    id: int
    name: str
    scope: PolicyScope
    calendar: BusinessCalendar
    first_response: timedelta | None
    update_every: timedelta | None
    resolution: timedelta | None
    at_risk_fraction: float = DEFAULT_AT_RISK_FRACTION

    def target(self, kind: TargetKind) -> timedelta | None:
        if kind is TargetKind.FIRST_RESPONSE:
            return self.first_response
        if kind is TargetKind.UPDATE:
            return self.update_every
        return self.resolution


def choose_policy(
    policies: Iterable[SlaPolicy], priority: int, category: str, organization_id: int | None
) -> SlaPolicy | None:
    """The most specific policy that matches the ticket (organization beats category beats
    priority alone); ties go to the lowest id, the oldest policy."""
    matching = [p for p in policies if p.scope.matches(priority, category, organization_id)]
    if not matching:
        return None
    return min(matching, key=lambda p: (tuple(-x for x in p.scope.specificity), p.id))


@dataclass(frozen=True, slots=True)
class Pause:
    """The clock stood still from ``start`` until ``end`` (``None``: still paused)."""

    start: datetime
    end: datetime | None = None


def business_time_used(
    calendar: BusinessCalendar, start: datetime, now: datetime, pauses: Sequence[Pause]
) -> timedelta:
    """Open time between ``start`` and ``now``, less the open time spent paused."""
    used = calendar.elapsed(start, now)
    for pause in pauses:
        pause_end = min(pause.end or now, now)
        pause_start = max(pause.start, start)
        if pause_end > pause_start:
            used -= calendar.elapsed(pause_start, pause_end)
    return max(used, timedelta())


@dataclass(frozen=True, slots=True)
class TargetClock:
    """Where one target stands at ``now``."""

    kind: TargetKind
    target: timedelta
    used: timedelta
    state: TargetState
    due_at: datetime | None  # None while paused or once met
    at_risk_at: datetime | None

    @property
    def remaining(self) -> timedelta:
        return self.target - self.used


def clock_for(
    policy: SlaPolicy,
    kind: TargetKind,
    started_at: datetime,
    now: datetime,
    pauses: Sequence[Pause] = (),
    met_at: datetime | None = None,
) -> TargetClock | None:
    """The clock of one target, started at ``started_at`` (the ticket's creation, or the
    last public update for the update cadence); ``None`` when the policy sets no target.

    A target met at ``met_at`` reports ``MET`` (or ``BREACHED`` if it was met late)."""
    target = policy.target(kind)
    if target is None:
        return None
    calendar = policy.calendar
    end = met_at if met_at is not None and met_at <= now else now
    used = business_time_used(calendar, started_at, end, pauses)
    if met_at is not None and met_at <= now:
        state = TargetState.MET if used <= target else TargetState.BREACHED
        return TargetClock(kind, target, used, state, None, None)
    if pauses and pauses[-1].end is None:
        return TargetClock(kind, target, used, TargetState.PAUSED, None, None)
    due = calendar.add(now, target - used) if used < target else None
    risk_point = target * policy.at_risk_fraction
    at_risk_at = calendar.add(now, risk_point - used) if used < risk_point else None
    if used >= target:
        state, due = TargetState.BREACHED, _breached_at(calendar, started_at, target, pauses)
    elif used >= risk_point:
        state = TargetState.AT_RISK
    else:
        state = TargetState.ON_TRACK
    return TargetClock(kind, target, used, state, due, at_risk_at)


def _breached_at(
    calendar: BusinessCalendar, started_at: datetime, target: timedelta, pauses: Sequence[Pause]
) -> datetime:
    """When the target ran out: walk forward from the start, pushing past each pause."""
    due = calendar.add(started_at, target)
    for pause in sorted(pauses, key=lambda p: p.start):
        if pause.end is not None and pause.start < due:
            due = calendar.add(due, calendar.elapsed(max(pause.start, started_at), pause.end))
    return due


def describe_remaining(clock: TargetClock) -> str:
    """Plain words for an agent: "first response due in 25 min", "resolution 2 h overdue"."""
    what = TARGET_WORDS[clock.kind]
    if clock.state is TargetState.MET:
        return f"{what} met"
    if clock.state is TargetState.PAUSED:
        return f"{what} paused (waiting on the requester)"
    left = clock.remaining
    if left <= timedelta():
        return f"{what} {_duration(-left)} overdue"
    return f"{what} due in {_duration(left)}"


def _duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 90:
        return f"{max(minutes, 1)} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"
    return f"{hours // 24} days"

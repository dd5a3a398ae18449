"""One ticket's life as dated steps, told episode by episode.

The builder keeps a time cursor and mirrors the ticket's status with the domain's own
rules (``check_transition``, ``requester_reply_outcome``), so every step it writes is one
the services will accept when the seeder replays it.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from warmdesk.demo import writer
from warmdesk.demo.content import CATEGORY_TEXTS
from warmdesk.demo.content.people import CITIES, PROCESSES, SERVICE_DESK
from warmdesk.demo.content.voices import Tone
from warmdesk.demo.directory import Directory, Person
from warmdesk.demo.steps import (
    Arc,
    ChangeTicket,
    Impact,
    OpenTicket,
    PostMessage,
    Step,
    TicketChange,
    TicketOutline,
)
from warmdesk.demo.timing import (
    describe_local,
    is_working_time,
    next_working_time,
    round_up_to_quarter,
)
from warmdesk.people.domain import Role
from warmdesk.tickets.domain import (
    AffectedScope,
    Category,
    Channel,
    ImpactFacts,
    PendingReason,
    ReplyOutcome,
    Status,
    assess_priority,
    check_transition,
    requester_reply_outcome,
)

MAX_MESSAGES = 8
CHAT_CHANNELS = frozenset({Channel.SLACK, Channel.TEAMS, Channel.CHAT})
# Minutes until the first reply, by priority (P1 is answered at once, P4 can wait).
FIRST_RESPONSE_MINUTES = {1: (3, 12), 2: (8, 40), 3: (15, 120), 4: (25, 200)}
PROMISE_MINUTES = {1: (30, 60), 2: (60, 150), 3: (90, 300), 4: (240, 1200)}


@dataclass
class PlanContext:
    """What every story of one plan shares: the generator, the people, and the clock."""

    rng: random.Random
    directory: Directory
    now: datetime
    reopen_window: timedelta
    sequence: itertools.count[int] = field(default_factory=itertools.count)


@dataclass(frozen=True)
class Opening:
    """What the planner decides about a ticket before its story is told."""

    key: int
    requester: Person
    category: Category
    tone: Tone
    channel: Channel
    created_at: datetime
    arc: Arc
    impact: Impact | None = None
    form_category: Category | None = None  # what the requester picked, if not ``category``
    escalate: bool = False
    duplicate_key: int | None = None
    follow_up_key: int | None = None


@dataclass(frozen=True)
class Story:
    outlines: tuple[TicketOutline, ...]
    steps: tuple[tuple[int, Step], ...]  # (order, step): order breaks ties between equal times
    triaged_by: str | None = None
    triaged_at: datetime | None = None
    escalated_at: datetime | None = None


class StoryBuilder:
    def __init__(self, ctx: PlanContext, opening: Opening) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.opening = opening
        self.key = opening.key
        self.requester = opening.requester
        self.text = CATEGORY_TEXTS[opening.category]
        # The concrete problem; a ticket that will wait on a supplier needs one that can.
        cases = self.text.cases
        if opening.arc is Arc.PENDING_THIRD_PARTY:
            cases = tuple(c for c in cases if c.vendor_wait) or cases
        self.case = self.rng.choice(cases)
        self.category = opening.category  # as the desk files it in the end
        self.t = opening.created_at
        self.steps: list[tuple[int, Step]] = []
        self.marks: dict[str, int] = {}  # names for step indexes the planner reads later
        self.messages = 0
        self.status = Status.NEW
        self.pending_reason: PendingReason | None = None
        self.resolved_at: datetime | None = None
        self.priority = 3
        self.agent: Person | None = None  # the assignee
        self.escalated_to: str | None = None
        self.promised_by: datetime | None = None
        # Tickets born in this story (a resent duplicate, a follow-up), by the mark of the
        # step that opens them; their created_at is read from that step at the end.
        self.extra: list[tuple[str, TicketOutline]] = []
        self.problem = ""  # the requester's first message, for a resent duplicate
        self.impact_on_form = False  # impact given on the form, or left for triage
        self.scene = self._scene()

    # -- primitives -------------------------------------------------------------------

    def add(self, step: Step, mark: str | None = None) -> None:
        if mark is not None:
            self.marks[mark] = len(self.steps)
        self.steps.append((next(self.ctx.sequence), step))

    def wait(self, minutes: tuple[float, float], who: Person | None = None) -> datetime:
        """Move the cursor on; staff and requesters act in their own office hours."""
        self.t += timedelta(minutes=self.rng.uniform(*minutes))
        if who is not None and not self.on_call:
            self.t = next_working_time(self.t, who.timezone, self.rng)
        return self.t

    def desk_wait(self, minutes: tuple[float, float]) -> datetime:
        """The desk's next step: a follow-the-sun desk works in the requester's hours."""
        return self.wait(minutes, self.requester)

    def wait_until(self, moment: datetime) -> None:
        self.t = max(self.t, moment)

    @property
    def on_call(self) -> bool:
        return self.priority == 1

    def room(self, messages: int) -> bool:
        return self.messages + messages <= MAX_MESSAGES

    def post(self, actor: Person, body: str, *, note: bool = False) -> None:
        self.add(PostMessage(self.t, self.key, actor.email, body, note=note))
        self.messages += 1
        if actor.role is Role.REQUESTER:
            self._requester_replied()
        elif not note and self.status is Status.NEW:
            self.status = Status.OPEN
            self.agent = self.agent or actor

    def change(self, actor: Person, change: TicketChange, mark: str | None = None) -> None:
        self.add(ChangeTicket(self.t, self.key, actor.email, change), mark)
        if change.status is not None:
            self._set_status(change.status, change.pending_reason)
        if change.assignee is not None:
            self.agent = self.ctx.directory.person(change.assignee)
        elif change.unassign:
            self.agent = None
        if change.category is not None:
            self.category = change.category
        if change.impact is not None:
            self.priority = priority_for(change.impact, self.t)
        if change.priority is not None:
            self.priority = change.priority

    def pick_agent(self, team: str, min_tier: int, minutes: tuple[float, float]) -> Person:
        """An agent of ``team`` on shift after the wait; off hours, the first one in."""
        self.wait(minutes)
        candidates = self.ctx.directory.agents(team, min_tier)
        on_shift = [a for a in candidates if is_working_time(self.t, a.timezone)]
        if on_shift or self.on_call:
            return self.rng.choice(on_shift or candidates)
        starts = {a.email: next_working_time(self.t, a.timezone, self.rng) for a in candidates}
        first = min(starts.values())
        chosen = self.rng.choice([a for a in candidates if starts[a.email] == first])
        self.t = first
        return chosen

    def promise(self) -> None:
        """Choose when the desk will next write, in the requester's office hours, and put
        it in words for them ("15:30 today", "09:45 tomorrow")."""
        low, high = PROMISE_MINUTES[self.priority]
        due = self.t + timedelta(minutes=self.rng.uniform(low, high))
        if not self.on_call and not is_working_time(due, self.requester.timezone):
            due = next_working_time(due, self.requester.timezone, self.rng) + timedelta(hours=1)
        self.promised_by = round_up_to_quarter(due)
        self.scene["anchor"] = describe_local(self.promised_by, self.t, self.requester.timezone)

    def desk_delay(self) -> tuple[float, float]:
        """Minutes until the desk's next step: mostly inside the promise, sometimes late."""
        if self.promised_by is not None and self.promised_by > self.t:
            left = (self.promised_by - self.t).total_seconds() / 60
            if self.rng.random() < 0.85:
                return (left * 0.3, left * 0.95)
        return (60, 1440)

    def act_as(self, agent: Person) -> None:
        self.scene["agent"] = agent.first_name
        self.scene["team"] = agent.teams[0] if agent.teams else SERVICE_DESK

    # -- status, mirrored from the services ---------------------------------------------

    def _set_status(self, target: Status, reason: PendingReason | None) -> None:
        if target is self.status is Status.PENDING:
            self.pending_reason = reason
            return
        check_transition(self.status, target, reason)
        self.status = target
        self.pending_reason = reason if target is Status.PENDING else None
        if target is Status.RESOLVED:
            self.resolved_at = self.t
        elif target is Status.REOPENED:
            self.resolved_at = None

    def _requester_replied(self) -> None:
        outcome = requester_reply_outcome(
            self.status, self.pending_reason, self.resolved_at, self.t, self.ctx.reopen_window
        )
        if outcome is ReplyOutcome.RESUME:
            self._set_status(Status.OPEN, None)
        elif outcome is ReplyOutcome.REOPEN:
            self._set_status(Status.REOPENED, None)
        elif outcome is ReplyOutcome.FOLLOW_UP:
            raise AssertionError("a reply that opens a follow-up must go through return_late")

    # -- scene -------------------------------------------------------------------------

    def _scene(self) -> dict[str, str]:
        person, impact = self.requester, self.opening.impact
        base = {
            "name": person.first_name,
            "full_name": person.name,
            "job_title": person.job_title,
            "dept": person.department,
            "site": CITIES[person.timezone],
            "org": person.organization or "",
            "agent": "",
            "team": SERVICE_DESK,
            "prev_agent": "",
            "anchor": "",
            "process": self.rng.choice(PROCESSES.get(person.department, ("the day's work",))),
            "deadline": "",
            "affected": f"a few people in {person.department}",
        }
        if impact is not None:
            base["process"] = impact.business_process or base["process"]
            if impact.deadline_at is not None:
                base["deadline"] = describe_local(impact.deadline_at, self.t, person.timezone)
            base["affected"] = affected_words(impact, person)
        base["vendor"] = self.case.vendor or "our supplier"
        return base | writer.draw_slots(self.rng, self.text, base)

    def impact_summary(self) -> str:
        impact = self.opening.impact
        if impact is None:
            return "one person; no deadline given"
        parts = [affected_words(impact, self.requester, desk=True)]
        if impact.business_process:
            parts.append(f"blocks {impact.business_process}")
        if self.scene["deadline"]:
            parts.append(f"due {self.scene['deadline']} ({self.requester.timezone})")
        if impact.workaround is not None:
            parts.append(f"workaround: {impact.workaround.value}")
        return "; ".join(parts)

    # -- the result --------------------------------------------------------------------

    def outline(self, arc: Arc) -> TicketOutline:
        return TicketOutline(
            key=self.key,
            requester=self.requester.email,
            category=self.category,
            tone=self.opening.tone,
            arc=arc,
            created_at=self.opening.created_at,
            final_status=self.status,
            messages=self.messages,
            escalated_to=self.escalated_to,
            has_impact=self.opening.impact is not None,
        )

    def finish(self, arc: Arc, *, limit: datetime, earliest: datetime) -> Story:
        """The story, moved back whole days (or squeezed) if it would run past ``limit``."""
        steps = fit_before(self.steps, limit=limit, earliest=earliest)

        def at(mark: str) -> datetime | None:
            return steps[self.marks[mark]][1].at if mark in self.marks else None

        outlines = [replace(self.outline(arc), created_at=steps[0][1].at)]
        outlines += [replace(o, created_at=steps[self.marks[m]][1].at) for m, o in self.extra]
        triage = self.marks.get("triage")
        return Story(
            outlines=tuple(outlines),
            steps=tuple(steps),
            triaged_by=steps[triage][1].actor if triage is not None else None,
            triaged_at=at("triage"),
            escalated_at=at("escalated"),
        )


def priority_for(impact: Impact | None, now: datetime) -> int:
    if impact is None:
        return assess_priority(ImpactFacts(None, None, None, None, None), now).priority
    facts = ImpactFacts(
        affected_scope=impact.affected_scope,
        affected_count=impact.affected_count,
        business_process=impact.business_process,
        workaround=impact.workaround,
        deadline_at=impact.deadline_at,
    )
    return assess_priority(facts, now).priority


def affected_words(impact: Impact, person: Person, *, desk: bool = False) -> str:
    """Who is affected, in the requester's words or (``desk``) the desk's."""
    count = impact.affected_count or 1
    if impact.affected_scope is AffectedScope.ORGANIZATION:
        return f"everyone at {person.organization} ({count} people)"
    if impact.affected_scope in (AffectedScope.TEAM, AffectedScope.DEPARTMENT):
        return f"{count} people in {person.department}"
    return "one person" if desk else "just me"


def fit_before(
    steps: list[tuple[int, Step]], *, limit: datetime, earliest: datetime
) -> list[tuple[int, Step]]:
    """Steps that end by ``limit``: moved back by whole days (so office hours stay office
    hours) when that keeps the start after ``earliest``, else squeezed towards the start."""
    start, last = steps[0][1].at, max(step.at for _, step in steps)
    if last <= limit:
        return steps
    days = -((last - limit) // -timedelta(days=1))  # ceiling division
    if start - timedelta(days=days) >= earliest:
        return [(order, shifted(step, -timedelta(days=days))) for order, step in steps]
    factor = (limit - start) / (last - start)
    return [(order, replace(step, at=start + (step.at - start) * factor)) for order, step in steps]


def shifted(step: Step, delta: timedelta) -> Step:
    """``step`` moved by ``delta``, deadlines included."""
    if isinstance(step, OpenTicket) and step.draft.impact is not None:
        draft = replace(step.draft, impact=_shift_impact(step.draft.impact, delta))
        return replace(step, at=step.at + delta, draft=draft)
    if isinstance(step, ChangeTicket) and step.change.impact is not None:
        change = replace(step.change, impact=_shift_impact(step.change.impact, delta))
        return replace(step, at=step.at + delta, change=change)
    return replace(step, at=step.at + delta)


def _shift_impact(impact: Impact, delta: timedelta) -> Impact:
    if impact.deadline_at is None:
        return impact
    return replace(impact, deadline_at=impact.deadline_at + delta)

"""``seed_demo``: replay the demo plan through the real services on a clock we move.

Every ticket, reply, status change, merge and link goes through the same use cases the
web and API call, so audit trails, first-response and resolution times are genuine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.demo.content.people import ADMIN
from warmdesk.demo.directory import Directory, Person
from warmdesk.demo.plan import plan_demo
from warmdesk.demo.steps import (
    ChangeTicket,
    MergeTickets,
    OpenTicket,
    PostMessage,
    Step,
    TicketChange,
)
from warmdesk.demo.timers import catch_up
from warmdesk.errors import WarmdeskError
from warmdesk.people import repository as people_repository
from warmdesk.people import service as people
from warmdesk.people.domain import Viewer
from warmdesk.people.models import Organization, Team, User
from warmdesk.people.schemas import OrganizationIn, TeamIn, UserIn
from warmdesk.tickets import changes as ticket_changes
from warmdesk.tickets import message_service, relations
from warmdesk.tickets import service as tickets
from warmdesk.tickets.domain import Channel
from warmdesk.tickets.models import Message, Ticket
from warmdesk.tickets.schemas import MessageIn, TicketIn, TicketPatch

Progress = Callable[[int, int], None]
_CREATION_GAP = timedelta(seconds=20)  # between directory records, so they sort as made


@dataclass(frozen=True)
class DemoSummary:
    """What the database holds after seeding; ``created`` is False when it already had
    the demo and nothing was changed."""

    created: bool
    tickets: int
    messages: int
    requesters: int
    agents: int
    organizations: int
    teams: int


class DemoSeedError(RuntimeError):
    """A service refused a step of the plan: the plan and the services disagree."""


def seed_demo(
    ctx: AppContext, *, now: datetime, seed: int = 2026, progress: Progress | None = None
) -> DemoSummary:
    """Seed the demo (people, organizations, teams, 60 days of tickets up to ``now``).

    Idempotent: when the demo admin already exists, returns ``created=False`` and changes
    nothing. The admin is created last, so a run that failed half-way is not mistaken for
    a finished one (seeding again then stops on the first name already taken).
    Raises ValueError for a naive ``now`` and DemoSeedError if a service refuses a step.
    """
    if now.tzinfo is None:
        raise ValueError("seed_demo needs a timezone-aware now")
    with ctx.sessions() as session:
        if people_repository.get_user_by_email(session, ADMIN.email) is not None:
            return _summary(session, created=False)
    window = timedelta(days=ctx.settings.tickets.reopen_window_days)
    plan = plan_demo(now, seed=seed, reopen_window=window)
    clock = FixedClock(plan.start)
    replay = _Replay(replace(ctx, clock=clock), clock)
    directory = plan.directory
    total = _directory_size(directory) + len(plan.steps)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    try:
        replay.create_directory(directory, tick)
    except WarmdeskError as error:
        # Typically a database that already holds other people or teams of the same name.
        raise DemoSeedError(f"the demo directory could not be created: {error}") from error
    for step in plan.steps:
        replay.run(step)
        tick()
    catch_up(replay.ctx, clock, now)
    clock.set(plan.start)
    replay.create_person(directory.admin)
    tick()
    with ctx.sessions() as session:
        return _summary(session, created=True)


def _directory_size(directory: Directory) -> int:
    people_count = len(directory.staff) + len(directory.requesters) + 1  # + the admin
    return len(directory.organizations) + len(directory.teams) + people_count


def _summary(session: Session, *, created: bool) -> DemoSummary:
    roles = people_repository.count_users_by_role(session)

    def rows(model: type[Any]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return DemoSummary(
        created=created,
        tickets=rows(Ticket),
        messages=rows(Message),
        requesters=roles.get("requester", 0),
        agents=roles.get("agent", 0),
        organizations=rows(Organization),
        teams=rows(Team),
    )


class _Replay:
    """Turns plan steps into service calls, keeping plan keys and emails mapped to ids."""

    def __init__(self, ctx: AppContext, clock: FixedClock) -> None:
        self.ctx = ctx
        self.clock = clock
        self.organization_ids: dict[str, int] = {}
        self.team_ids: dict[str, int] = {}
        self.user_ids: dict[str, int] = {}
        self.viewers: dict[str, Viewer] = {}
        self.ticket_ids: dict[int, int] = {}
        self.ticket_channels: dict[int, Channel] = {}

    def create_directory(self, directory: Directory, tick: Callable[[], None]) -> None:
        for org in directory.organizations:
            data = OrganizationIn(
                name=org.name, domain=org.domain, shared_tickets=org.shares_tickets, notes=org.notes
            )
            self.organization_ids[org.name] = people.create_organization(self.ctx, None, data).id
            self._next_record(tick)
        for name, description in directory.teams:
            team = people.create_team(self.ctx, None, TeamIn(name=name, description=description))
            self.team_ids[name] = team.id
            self._next_record(tick)
        for person in (*directory.staff, *directory.requesters):
            self.create_person(person)
            self._next_record(tick)
        self._load_viewers()

    def create_person(self, person: Person) -> None:
        data = UserIn(
            email=person.email,
            name=person.name,
            role=person.role,
            organization_id=self.organization_ids.get(person.organization or ""),
            department=person.department,
            job_title=person.job_title,
            timezone=person.timezone,
            preferred_channel=person.channel,
            tier=person.tier,
            skills=list(person.skills),
            team_ids=[self.team_ids[name] for name in person.teams],
            password=person.password,
        )
        self.user_ids[person.email] = people.create_user(self.ctx, None, data).id

    def _next_record(self, tick: Callable[[], None]) -> None:
        self.clock.advance(_CREATION_GAP)
        tick()

    def _load_viewers(self) -> None:
        with self.ctx.sessions() as session:
            users = session.scalars(select(User).where(User.id.in_(self.user_ids.values())))
            for user in users:
                self.viewers[user.email] = people_repository.viewer_for_user(session, user)

    def run(self, step: Step) -> None:
        catch_up(self.ctx, self.clock, step.at)
        viewer = self.viewers[step.actor]
        try:
            self._call(step, viewer)
        except WarmdeskError as error:
            raise DemoSeedError(f"the services refused {step!r}: {error}") from error

    def _call(self, step: Step, viewer: Viewer) -> None:
        if isinstance(step, OpenTicket):
            ticket = tickets.open_ticket(self.ctx, viewer, self._ticket_in(step))
            self.ticket_ids[step.ticket] = ticket.id
            self.ticket_channels[step.ticket] = step.draft.channel
        elif isinstance(step, PostMessage):
            data = MessageIn(body_text=step.body, kind="note" if step.note else "reply")
            # Requesters answer where they wrote in; agents answer from the console.
            channel = Channel.WEB if viewer.is_staff else self.ticket_channels[step.ticket]
            posted = message_service.post_message(
                self.ctx, viewer, self.ticket_ids[step.ticket], data, channel
            )
            if step.opens_follow_up is not None:
                if posted.follow_up_of is None:
                    raise DemoSeedError(f"expected a follow-up ticket from {step!r}")
                self.ticket_ids[step.opens_follow_up] = posted.ticket_id
                self.ticket_channels[step.opens_follow_up] = channel
        elif isinstance(step, ChangeTicket):
            patch = self._patch(step.change)
            ticket_changes.update_ticket(self.ctx, viewer, self.ticket_ids[step.ticket], patch)
        elif isinstance(step, MergeTickets):
            source, target = self.ticket_ids[step.ticket], self.ticket_ids[step.into]
            relations.merge_tickets(self.ctx, viewer, source, target)
        else:
            source, target = self.ticket_ids[step.ticket], self.ticket_ids[step.target]
            relations.link_tickets(self.ctx, viewer, source, target, step.kind)

    def _ticket_in(self, step: OpenTicket) -> TicketIn:
        draft, impact = step.draft, step.draft.impact
        on_behalf = step.actor != step.requester
        return TicketIn(
            subject=draft.subject,
            description=draft.description,
            category=draft.category,
            channel=draft.channel,
            requester_id=self.user_ids[step.requester] if on_behalf else None,
            team_id=self.team_ids[step.team] if step.team else None,
            assignee_id=self.user_ids[step.assignee] if step.assignee else None,
            tags=list(draft.tags),
            deadline_at=impact.deadline_at if impact else None,
            affected_scope=impact.affected_scope if impact else None,
            affected_count=impact.affected_count if impact else None,
            business_process=impact.business_process if impact else None,
            workaround=impact.workaround if impact else None,
        )

    def _patch(self, change: TicketChange) -> TicketPatch:
        """A patch holding only the fields the change sets (unset fields stay unset)."""
        fields: dict[str, Any] = {}
        if change.status is not None:
            fields["status"] = change.status
            fields["pending_reason"] = change.pending_reason
        if change.team is not None:
            fields["team_id"] = self.team_ids[change.team]
        if change.assignee is not None:
            fields["assignee_id"] = self.user_ids[change.assignee]
        elif change.unassign:
            fields["assignee_id"] = None
        if change.tags is not None:
            fields["tags"] = list(change.tags)
        if change.priority is not None:
            fields["priority"] = change.priority
            fields["priority_reason"] = change.priority_reason
        if change.impact is not None:
            fields["deadline_at"] = change.impact.deadline_at
            fields["affected_scope"] = change.impact.affected_scope
            fields["affected_count"] = change.impact.affected_count
            fields["business_process"] = change.impact.business_process
            fields["workaround"] = change.impact.workaround
        for name in ("tier", "category", "subject"):
            if getattr(change, name) is not None:
                fields[name] = getattr(change, name)
        return TicketPatch(**fields)

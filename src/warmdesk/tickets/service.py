"""Ticket use cases: open, read, list, change, merge and link. Each owns its transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from warmdesk.audit import repository as audit
from warmdesk.audit.models import AuditEvent
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Invalid, NotFound
from warmdesk.people import repository as people_repository
from warmdesk.people.domain import Role, Viewer
from warmdesk.people.models import Team, User
from warmdesk.priority.service import current_rules, facts_of
from warmdesk.signals.models import MessageSignals
from warmdesk.signals.service import (
    find_repeat_contact,
    record_message_signals,
    signals_for_ticket,
)
from warmdesk.sla.service import SlaView, sla_view
from warmdesk.tickets import repository
from warmdesk.tickets.domain import (
    AffectedScope,
    ImpactFacts,
    LinkKind,
    MessageKind,
    Status,
    TicketRuleError,
    Workaround,
    assess_priority,
    impact_rank,
    is_manual_priority,
    manual_priority_reason,
    normalize_tags,
)
from warmdesk.tickets.effects import after_ticket_change
from warmdesk.tickets.html import clean_text, html_to_text, sanitize_html
from warmdesk.tickets.models import Attachment, Message, Ticket, TicketLink, TicketTag
from warmdesk.tickets.queries import Cursor, SortKey, TicketFilters, TicketRow, cursor_after
from warmdesk.tickets.schemas import TicketIn


@dataclass(frozen=True)
class TicketPage:
    items: list[TicketRow]
    next_cursor: str | None


@dataclass(frozen=True)
class TicketDetail:
    ticket: Ticket
    messages: list[Message]
    attachments: list[Attachment]
    links: list[TicketLink]
    recent_tickets: list[Ticket]
    audit_events: list[AuditEvent]
    stress_trend: list[MessageSignals]
    sla: SlaView | None = None


def not_found(ticket_id: int) -> NotFound:
    return NotFound(f"No ticket #{ticket_id}, or you cannot see it.")


def open_ticket(ctx: AppContext, viewer: Viewer, data: TicketIn) -> Ticket:
    """Open a ticket with its first message; priority comes from impact unless staff set it."""
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        requester = _requester_for(session, viewer, data.requester_id)
        ticket = new_ticket(session, viewer, requester, data, now)
        return reload_ticket(session, ticket.id)


def new_ticket(
    session: Session,
    viewer: Viewer,
    requester: User,
    data: TicketIn,
    now: datetime,
    *,
    with_first_message: bool = True,
) -> Ticket:
    """Insert a ticket (and, by default, its description as the first message) inside the
    caller's transaction."""
    staff_fields = viewer.is_staff
    description_html = sanitize_html(data.description_html) if data.description_html else None
    description = clean_text(
        data.description or (html_to_text(description_html) if description_html else "")
    )
    facts = replace(impact_facts(data), requester_role=requester.critical_role)
    decision = assess_priority(facts, now, current_rules(session))
    priority, reasons = decision.priority, decision.reasons
    if staff_fields and data.priority is not None and data.priority != priority:
        reasons = [manual_priority_reason(data.priority, viewer.name), *reasons]
        priority = data.priority
    try:
        tags = normalize_tags(data.tags)
    except TicketRuleError as error:
        raise Invalid(str(error), field="tags") from error
    team_id = data.team_id if staff_fields else None
    assignee_id = data.assignee_id if staff_fields else None
    check_team_and_assignee(session, team_id, assignee_id)
    ticket = Ticket(
        subject=clean_text(data.subject)[:300] or "(no subject)",
        description=description,
        requester_id=requester.id,
        organization_id=requester.organization_id,
        category=data.category.value,
        channel=data.channel.value,
        status=Status.NEW.value,
        is_open=True,
        priority=priority,
        priority_reasons=reasons,
        team_id=team_id,
        assignee_id=assignee_id,
        tier=1,
        deadline_at=data.deadline_at,
        affected_scope=data.affected_scope.value if data.affected_scope else None,
        impact_rank=impact_rank(data.affected_scope),
        affected_count=data.affected_count,
        business_process=clean_text(data.business_process) if data.business_process else None,
        workaround=data.workaround.value if data.workaround else None,
        created_at=now,
        updated_at=now,
        tag_rows=[TicketTag(tag=t) for t in tags],
    )
    session.add(ticket)
    session.flush()
    if with_first_message:
        first = Message(
            ticket_id=ticket.id,
            author_id=viewer.user_id,  # who typed it: staff may log a call
            kind=MessageKind.INBOUND.value,
            channel=data.channel.value,
            body_text=description,
            body_html=description_html,
            raw_source=data.description_html or data.description,
            created_at=now,
        )
        session.add(first)
        session.flush()
        # The requester's words, in the requester's timezone, whoever typed them.
        found = record_message_signals(
            session, ticket, first, requester.timezone, now, with_subject=True
        )
        infer_impact(session, ticket, found, viewer.user_id, now)
        _link_repeat_contact(session, ticket, found, viewer.user_id, now)
    after_ticket_change(session, ticket, now, reassess=False)
    audit.record_ticket_event(
        session,
        actor_id=viewer.user_id,
        ticket_id=ticket.id,
        action="created",
        changes={
            "status": [None, ticket.status],
            "priority": [None, f"P{priority}"],
            "requester_id": [None, requester.id],
            "channel": [None, ticket.channel],
        },
        now=now,
    )
    return ticket


_INFERABLE = ("deadline_at", "affected_scope", "affected_count", "business_process", "workaround")


def infer_impact(
    session: Session, ticket: Ticket, found: MessageSignals, actor_id: int | None, now: datetime
) -> None:
    """Fill the impact fields nobody gave from what the requester wrote, mark them as
    inferred with the words that showed them, and re-read the priority (unless a person set
    it). Fields a person filled are never overwritten."""
    evidence = {item["cue"]: item["text"] for item in found.record.get("impact_evidence", [])}
    cue_for = {"deadline_at": "deadline"}
    inferred = dict(ticket.impact_inferred or {})
    changes: dict[str, Any] = {}
    for name in _INFERABLE:
        value = getattr(found, name)
        if value is None or getattr(ticket, name) is not None:
            continue
        setattr(ticket, name, value)
        quote = evidence.get(cue_for.get(name, name), "")
        inferred[name] = {"text": quote, "message_id": found.message_id}
        changes[name] = [None, value.isoformat() if isinstance(value, datetime) else value]
    if not changes:
        return
    ticket.impact_inferred = inferred
    ticket.impact_rank = impact_rank(ticket.affected_scope)
    if not is_manual_priority(ticket.priority_reasons):
        decision = assess_priority(facts_of(session, ticket), now, current_rules(session))
        if decision.priority != ticket.priority:
            changes["priority"] = [f"P{ticket.priority}", decision.label]
        ticket.priority = decision.priority
        ticket.priority_reasons = decision.reasons
    audit.record_ticket_event(
        session,
        actor_id=actor_id,
        ticket_id=ticket.id,
        action="impact_inferred",
        changes={
            **changes,
            "evidence": {k: v["text"] for k, v in inferred.items() if k in changes},
        },
        now=now,
    )


def _link_repeat_contact(
    session: Session, ticket: Ticket, found: MessageSignals, actor_id: int | None, now: datetime
) -> None:
    """Link a new ticket to the requester's recent report of the same problem, and keep the
    resemblance (score and shared words) with the message's signals."""
    repeat = find_repeat_contact(session, ticket, now)
    if repeat is None:
        return
    other_id, resemblance = repeat
    session.add(
        TicketLink(
            source_id=ticket.id,
            target_id=other_id,
            kind=LinkKind.REPEAT_OF.value,
            created_by_id=None,
            created_at=now,
        )
    )
    evidence = {"ticket_id": other_id, "score": resemblance.score, "shared": resemblance.shared}
    found.record = {**found.record, "repeat_of": evidence}
    audit.record_ticket_event(
        session,
        actor_id=actor_id,
        ticket_id=ticket.id,
        action="repeat_contact",
        changes={"repeat_of": other_id, "shared_words": list(resemblance.shared)},
        now=now,
    )


def impact_facts(data: TicketIn | Ticket) -> ImpactFacts:
    scope = data.affected_scope
    workaround = data.workaround
    return ImpactFacts(
        affected_scope=AffectedScope(scope) if scope else None,
        affected_count=data.affected_count,
        business_process=data.business_process,
        workaround=Workaround(workaround) if workaround else None,
        deadline_at=data.deadline_at,
    )


def _requester_for(session: Session, viewer: Viewer, requester_id: int | None) -> User:
    if not viewer.is_staff or requester_id is None or requester_id == viewer.user_id:
        user = session.get(User, viewer.user_id)
        if user is None:
            raise NotFound("Your account no longer exists.")
        return user
    user = session.get(User, requester_id)
    if user is None or not user.is_active:
        raise Invalid(f"No active person #{requester_id}.", field="requester_id")
    return user


def check_team_and_assignee(session: Session, team_id: int | None, assignee_id: int | None) -> None:
    if team_id is not None and session.get(Team, team_id) is None:
        raise Invalid(f"No team #{team_id}.", field="team_id")
    if assignee_id is not None:
        assignee = session.get(User, assignee_id)
        if assignee is None or assignee.role == Role.REQUESTER or not assignee.is_active:
            raise Invalid(f"#{assignee_id} is not an active agent.", field="assignee_id")


def reload_ticket(session: Session, ticket_id: int) -> Ticket:
    """The ticket as just written. Access was checked before the change; checking it again
    would undo a hand-off that moves the ticket out of the viewer's own queues."""
    session.flush()
    session.expire_all()
    ticket = repository.get_ticket(session, ticket_id)
    if ticket is None:
        raise not_found(ticket_id)
    return ticket


def get_ticket(ctx: AppContext, viewer: Viewer, ticket_id: int) -> Ticket:
    with ctx.reads() as session:
        ticket = repository.get_visible_ticket(session, viewer, ticket_id)
        if ticket is None:
            raise not_found(ticket_id)
        return ticket


def get_ticket_detail(ctx: AppContext, viewer: Viewer, ticket_id: int) -> TicketDetail:
    """The ticket with its conversation; internal notes and the audit trail for staff only."""
    with ctx.reads() as session:
        ticket = repository.get_visible_ticket(session, viewer, ticket_id)
        if ticket is None:
            raise not_found(ticket_id)
        staff = viewer.is_staff
        return TicketDetail(
            ticket=ticket,
            messages=list(repository.messages_for(session, ticket_id, include_internal=staff)),
            attachments=list(
                repository.attachments_for(session, ticket_id, include_internal=staff)
            ),
            links=[
                link
                for link in repository.links_for(session, ticket_id)
                if staff or _link_visible(session, viewer, link, ticket_id)
            ],
            recent_tickets=list(repository.recent_tickets_of(session, viewer, ticket.requester_id))
            if staff
            else [],
            audit_events=list(audit.events_for_ticket(session, ticket_id)) if staff else [],
            stress_trend=list(signals_for_ticket(session, ticket_id)) if staff else [],
            sla=sla_view(session, ticket, ctx.clock.now()),
        )


def _link_visible(session: Session, viewer: Viewer, link: TicketLink, ticket_id: int) -> bool:
    other = link.target_id if link.source_id == ticket_id else link.source_id
    return repository.get_visible_ticket(session, viewer, other) is not None


def list_tickets(
    ctx: AppContext,
    viewer: Viewer,
    filters: TicketFilters,
    sort: SortKey = "priority",
    cursor: Cursor | None = None,
    limit: int | None = None,
) -> TicketPage:
    """One page of the tickets the viewer may see; ``next_cursor`` continues it."""
    size = min(limit or ctx.settings.tickets.page_size, 200)
    with ctx.reads() as session:
        return _page(session, viewer, filters, sort, cursor, size)


@dataclass(frozen=True)
class QueueView:
    page: TicketPage
    teams: list[tuple[int, str]]
    agents: list[tuple[int, str]]


def queue_view(
    ctx: AppContext,
    viewer: Viewer,
    filters: TicketFilters,
    sort: SortKey,
    cursor: Cursor | None,
) -> QueueView:
    """The agent queue: a page of tickets and the teams and agents its filters offer, read
    in one session (one connection checkout per page)."""
    if not viewer.is_staff:
        raise NotFound("Not found.")
    with ctx.reads() as session:
        page = _page(session, viewer, filters, sort, cursor, ctx.settings.tickets.page_size)
        teams, agents = people_repository.staff_choices(session)
    return QueueView(page=page, teams=teams, agents=agents)


def _page(
    session: Session,
    viewer: Viewer,
    filters: TicketFilters,
    sort: SortKey,
    cursor: Cursor | None,
    size: int,
) -> TicketPage:
    rows = repository.list_tickets(session, viewer, filters, sort, cursor, size + 1)
    has_more = len(rows) > size
    rows = rows[:size]
    next_cursor = None
    if has_more and rows:
        last = rows[-1]
        next_cursor = cursor_after(sort, last).encode()
    return TicketPage(items=rows, next_cursor=next_cursor)


def ticket_audit(ctx: AppContext, viewer: Viewer, ticket_id: int) -> list[AuditEvent]:
    if not viewer.is_staff:
        raise not_found(ticket_id)
    with ctx.reads() as session:
        if repository.get_visible_ticket(session, viewer, ticket_id) is None:
            raise not_found(ticket_id)
        return list(audit.events_for_ticket(session, ticket_id))

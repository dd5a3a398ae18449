"""Merging duplicate tickets and linking related ones. Each use case owns its transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from warmdesk.audit import repository as audit
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Conflict, NotFound
from warmdesk.people.domain import Viewer
from warmdesk.signals.models import MessageSignals
from warmdesk.tickets import repository
from warmdesk.tickets.domain import LinkKind, Status, TicketRuleError, check_merge
from warmdesk.tickets.effects import after_ticket_change
from warmdesk.tickets.models import Attachment, Message, Ticket, TicketLink
from warmdesk.tickets.service import not_found, reload_ticket


@dataclass(frozen=True)
class LinkResult:
    link: TicketLink
    created: bool  # False when the same link already existed (linking is idempotent)


def merge_tickets(ctx: AppContext, viewer: Viewer, source_id: int, target_id: int) -> Ticket:
    """Close ``source`` into ``target``: its messages and attachments move; both are audited."""
    if not viewer.is_staff:
        raise not_found(source_id)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        source = repository.get_ticket_for_update(session, viewer, source_id)
        target = repository.get_ticket_for_update(session, viewer, target_id)
        if source is None:
            raise not_found(source_id)
        if target is None:
            raise not_found(target_id)
        try:
            check_merge(
                source_id,
                target_id,
                source.merged_into_id is not None,
                target.merged_into_id is not None,
                same_requester=source.requester_id == target.requester_id,
                shared_organization=source.organization_id is not None
                and source.organization_id == target.organization_id
                and repository.organization_shares_tickets(session, source.organization_id),
            )
        except TicketRuleError as error:
            raise Conflict(str(error)) from error
        moved = session.execute(
            update(Message).where(Message.ticket_id == source_id).values(ticket_id=target_id)
        ).rowcount  # type: ignore[attr-defined]
        session.execute(
            update(Attachment).where(Attachment.ticket_id == source_id).values(ticket_id=target_id)
        )
        session.execute(
            update(MessageSignals)
            .where(MessageSignals.ticket_id == source_id)
            .values(ticket_id=target_id)
        )
        before_status = source.status
        source.status = Status.CLOSED.value
        source.is_open = False
        source.closed_at = now
        source.merged_into_id = target_id
        source.updated_at = now
        target.updated_at = now
        session.add(
            TicketLink(
                source_id=source_id,
                target_id=target_id,
                kind=LinkKind.DUPLICATE_OF.value,
                created_by_id=viewer.user_id,
                created_at=now,
            )
        )
        audit.record_ticket_event(
            session,
            actor_id=viewer.user_id,
            ticket_id=source_id,
            action="merged_into",
            changes={
                "status": [before_status, Status.CLOSED.value],
                "merged_into_id": [None, target_id],
                "messages_moved": moved,
            },
            now=now,
        )
        audit.record_ticket_event(
            session,
            actor_id=viewer.user_id,
            ticket_id=target_id,
            action="merged_from",
            changes={"source_id": source_id, "messages_moved": moved},
            now=now,
        )
        after_ticket_change(session, source, now)  # closed: its timers are cancelled
        return reload_ticket(session, target_id)


def link_tickets(
    ctx: AppContext, viewer: Viewer, source_id: int, target_id: int, kind: LinkKind
) -> LinkResult:
    if not viewer.is_staff:
        raise not_found(source_id)
    if source_id == target_id:
        raise Conflict("A ticket cannot be linked to itself.")
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        for ticket_id in (source_id, target_id):
            if repository.get_visible_ticket(session, viewer, ticket_id) is None:
                raise not_found(ticket_id)
        existing = session.scalars(
            select(TicketLink).where(
                TicketLink.source_id == source_id,
                TicketLink.target_id == target_id,
                TicketLink.kind == kind.value,
            )
        ).one_or_none()
        if existing is not None:
            return LinkResult(existing, created=False)
        link = TicketLink(
            source_id=source_id,
            target_id=target_id,
            kind=kind.value,
            created_by_id=viewer.user_id,
            created_at=now,
        )
        session.add(link)
        session.flush()
        for ticket_id, other in ((source_id, target_id), (target_id, source_id)):
            audit.record_ticket_event(
                session,
                actor_id=viewer.user_id,
                ticket_id=ticket_id,
                action="linked",
                changes={"kind": kind.value, "other_ticket_id": other, "link_id": link.id},
                now=now,
            )
        return LinkResult(link, created=True)


def unlink_tickets(ctx: AppContext, viewer: Viewer, ticket_id: int, link_id: int) -> None:
    if not viewer.is_staff:
        raise not_found(ticket_id)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        link = session.get(TicketLink, link_id)
        if link is None or ticket_id not in (link.source_id, link.target_id):
            raise NotFound(f"No link #{link_id} on ticket #{ticket_id}.")
        if repository.get_visible_ticket(session, viewer, ticket_id) is None:
            raise not_found(ticket_id)
        for side in (link.source_id, link.target_id):
            audit.record_ticket_event(
                session,
                actor_id=viewer.user_id,
                ticket_id=side,
                action="unlinked",
                changes={
                    "kind": link.kind,
                    "source_id": link.source_id,
                    "target_id": link.target_id,
                },
                now=now,
            )
        session.delete(link)
